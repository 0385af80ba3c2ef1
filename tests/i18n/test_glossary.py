"""Glossary API: lookup, find (longest first, non-overlapping, apostrophe-blind), user files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafting.errors import InputError
from drafting.i18n.glossary import Glossary, Term, fold, load_glossary

G = load_glossary()


def test_lookup_is_apostrophe_insensitive() -> None:
    assert G.lookup("Global Mayors’ Forum", "zh") == "全球市长论坛"
    assert G.lookup("Global Mayors' Forum", "es") == "Foro Mundial de Alcaldes"
    assert G.lookup("Nowhere Summit", "zh") is None
    assert G.lookup("Guangzhou", "en") == "Guangzhou"


def test_find_prefers_longest_names() -> None:
    text = (
        "the 6th Guangzhou International Award for Urban Innovation (“Guangzhou Award”) "
        "in Guangzhou"
    )
    hits = [(text[s:e], t.zh) for s, e, t in G.find(text)]
    assert hits == [
        ("Guangzhou International Award for Urban Innovation", "广州国际城市创新奖"),
        ("Guangzhou Award", "广州奖"),
        ("Guangzhou", "广州"),
    ]


def test_find_respects_word_boundaries_and_aliases() -> None:
    assert [t.en for _, _, t in G.find("Metropolises grew")] == []
    assert [t.en for _, _, t in G.find("and Mayors'Dialogue.")] == ["Mayors' Dialogue"]


def test_user_glossary_wins(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        "terms:\n  - en: Guangzhou\n    zh: 羊城\n    es: Guangzhou\n    kind: place\n"
        "  - en: Canton Tower\n    zh: 广州塔\n    es: Torre de Cantón\n    kind: venue\n",
        encoding="utf-8",
    )
    g = load_glossary([user])
    assert g.lookup("Guangzhou", "zh") == "羊城"
    assert g.lookup("Canton Tower", "es") == "Torre de Cantón"
    assert g.lookup("Global Mayors' Forum", "zh") == "全球市长论坛"
    assert g.get("Canton Tower").origin == str(user)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "content",
    [
        "terms: [unclosed",
        "terms: {en: x}",
        "terms:\n  - zh: 无\n",
        "terms:\n  - en: A\n    colour: red\n",
    ],
)
def test_malformed_user_glossary(tmp_path: Path, content: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_glossary([bad])
    assert str(bad) in str(info.value)


NAMES = st.sampled_from([t.en for t in G.terms])
FILLER = st.text(alphabet=st.sampled_from(list("abc xyz,.;’'-")), max_size=12)


@given(st.lists(st.tuples(FILLER, NAMES), max_size=6), FILLER)
def test_find_is_ordered_non_overlapping_and_exact(parts: list[tuple[str, str]], tail: str) -> None:
    text = "".join(f"{f} {n} " for f, n in parts) + tail
    hits = G.find(text)
    assert [h[0] for h in hits] == sorted(h[0] for h in hits)
    for (_s1, e1, _), (s2, _, _) in zip(hits, hits[1:], strict=False):
        assert e1 <= s2
    for s, e, term in hits:
        assert fold(text[s:e]) in {fold(x) for x in term.spellings}
    for _, name in parts:  # every name placed between spaces is covered by some hit
        start = fold(text).find(f" {fold(name)} ") + 1
        assert any(s <= start < e for s, e, _ in hits)


@given(st.text(max_size=40))
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_merged_replaces_by_any_spelling() -> None:
    base = Glossary([Term("PR Newswire", zh="美通社", aliases=("PRNewswire",))])
    merged = base.merged([Term("PRNewswire", zh="美通社（新）")])
    assert merged.lookup("PRNewswire", "zh") == "美通社（新）"
    assert merged.lookup("PR Newswire", "zh") is None
