"""One release syndicated twice is found by its body, not its file name."""

from __future__ import annotations

from pathlib import Path

from drafting.ingest import find_duplicates, load_release, parse_release

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def test_seeds_000_and_001_are_one_release_keep_001():
    docs = [load_release(p) for p in SEEDS]
    groups = find_duplicates(docs)
    assert len(groups) == 1
    keep, *others = groups[0]
    assert Path(keep).name.startswith("001") and [Path(o).name[:3] for o in others] == ["000"]


def test_same_body_under_other_names_with_different_junk():
    body = (
        "PARIS, France, May 2, 2022 /PRNewswire/ -- The city opened a new library with 40,000 "
        "books and a garden for readers of all ages. The mayor said it was a good day for Paris."
    )
    a = parse_release(f"Paris Opens Library\n\n{body}\n\nFollow us on X\n", "zz.txt")
    b = parse_release(f" date 2022-05-02 {body}\n", "aa.txt")
    c = parse_release(
        body.replace("library", "stadium")
        .replace("books", "seats")
        .replace("readers", "fans")
        .replace("good day", "bad day"),
        "c.txt",
    )
    groups = find_duplicates([b, c, a])
    assert groups == [["zz.txt", "aa.txt"]]
