"""``drafting score`` through the real CLI: formats, side-by-side table, gate exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafting.cli import cli
from drafting.errors import InputError, OutputError

DATA = Path(__file__).resolve().parent / "data"
EN, ES, ZH = DATA / "release_en.md", DATA / "release_es.md", DATA / "release_zh.md"
SEED = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[2]


def run(*args: str):
    """Invoke like the real entry point does (the command's return value is the exit code)."""
    result = CliRunner().invoke(cli, ["score", *args], standalone_mode=False)
    return result


def test_text_table_shows_files_side_by_side():
    result = run(str(EN), str(ZH), str(ES))
    assert result.exception is None and result.return_value == 0
    out = result.output
    header = next(line for line in out.splitlines() if "release_en.md" in line)
    assert header.index("release_en.md") < header.index("release_zh.md") < header.index(
        "release_es.md")
    for label in ("Flesch Reading Ease", "Sun 1992 index", "Szigriszt-Pazos", "INFLESZ band",
                  "Hard / very hard sentences", "Gate"):
        assert label in out
    languages = next(line for line in out.splitlines() if line.strip().startswith("Language"))
    assert languages.split()[1:] == ["English", "Chinese", "Spanish"]
    assert "\x1b[" not in out  # plain when not a terminal
    assert "passive voice" in out and "Hard sentences, hardest first" in out


def test_json_is_versioned_and_complete():
    result = run("--format", "json", str(EN), str(ES))
    data = json.loads(result.output)
    assert data["version"] == 1 and data["passed"] is True
    en, es = data["documents"]
    assert (en["lang"], es["lang"]) == ("en", "es")
    assert en["metrics"]["text_standard"] and es["metrics"]["inflesz"]
    assert en["paragraphs"] and en["paragraphs"][0]["line"] == 3
    hard = en["hard_sentences"][0]
    assert set(hard) == {"start", "end", "line", "text", "score", "measure", "level", "reasons"}
    assert EN.read_text(encoding="utf-8")[hard["start"]:hard["end"]] == hard["text"]


def test_lang_option_overrides_detection_with_a_warning():
    data = json.loads(run("--format", "json", "--lang", "es", str(EN)).output)
    doc = data["documents"][0]
    assert doc["lang"] == "es"
    assert [w["code"] for w in doc["warnings"]] == ["lang-mismatch"]
    assert "English" in doc["warnings"][0]["message"]
    data = json.loads(run("--format", "json", "--lang", "en", str(EN)).output)
    assert data["documents"][0]["warnings"] == []


def test_html_is_self_contained_escaped_and_marks_hard_sentences(tmp_path):
    src = tmp_path / "x.md"
    src.write_text(
        "Headline <script>alert(1)</script>\n\n"
        "GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- The forum, co-organized by many "
        "international organizations and municipal administrations from numerous countries "
        "<b>worldwide</b>, was kicked off in Guangzhou, attracting over 800 representatives.\n\n"
        "It ended well.\n",
        encoding="utf-8",
    )
    result = run("--format", "html", str(src))
    html = result.output
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html and "<b>" not in html
    assert 'class="very-hard"' in html or 'class="hard"' in html
    assert "http://" not in html and "https://" not in html and "<link" not in html


def test_output_file_is_not_overwritten_without_force(tmp_path):
    out = tmp_path / "report.json"
    result = run("--format", "json", "-o", str(out), str(EN))
    assert result.return_value == 0 and json.loads(out.read_text(encoding="utf-8"))["version"]
    out.write_text("keep", encoding="utf-8")
    result = run("--format", "json", "-o", str(out), str(EN))
    assert isinstance(result.exception, OutputError)
    assert out.read_text(encoding="utf-8") == "keep"
    result = run("--format", "json", "-o", str(out), "--force", str(EN))
    assert result.return_value == 0 and out.read_text(encoding="utf-8") != "keep"


def test_missing_file_is_an_input_error(tmp_path):
    result = run(str(tmp_path / "nope.md"))
    assert isinstance(result.exception, InputError)
    assert "nope.md" in str(result.exception)


@pytest.mark.parametrize(
    "args, code",
    [
        (["--max-grade", "30"], 0),
        (["--max-grade", "5"], 1),
        (["--min-ease", "90"], 1),
        (["--min-ease", "-50", "--max-grade", "40"], 0),
    ],
)
def test_gate_exit_codes_in_a_real_process(args, code):
    proc = subprocess.run([sys.executable, "-m", "drafting", "score", "--format", "json",
                           *args, str(SEED)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == code, proc.stderr
    data = json.loads(proc.stdout)
    assert data["passed"] is (code == 0)
    assert bool(data["documents"][0]["gate_misses"]) is (code == 1)


def test_bad_input_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"caf\xe9")
    proc = subprocess.run([sys.executable, "-m", "drafting", "score", str(bad)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "bad.md" in proc.stderr and "UTF-8" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "drafting", "score", "--lang", "fr", str(bad)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2


def test_terminal_report_has_colour_and_piped_one_has_none():
    from drafting.ingest import load_release
    from drafting.score.analyse import score_document
    from drafting.score.render_text import render_text

    doc = load_release(EN)
    scored = score_document(str(EN), doc.text, doc.paragraphs, headline=doc.headline)
    coloured = render_text([scored], color=True, width=100)
    plain = render_text([scored], color=False, width=100)
    assert "\x1b[" in coloured and "\x1b[" not in plain
    assert "Flesch Reading Ease" in plain and "Hard sentences, hardest first" in plain


def test_files_with_the_same_name_get_their_paths_as_column_heads(tmp_path):
    for sub in ("en", "es"):
        (tmp_path / sub).mkdir()
    (tmp_path / "en" / "release.md").write_text(EN.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "es" / "release.md").write_text(ES.read_text(encoding="utf-8"), encoding="utf-8")
    out = run(str(tmp_path / "en" / "release.md"), str(tmp_path / "es" / "release.md")).output
    assert "en/release.md" in out and "es/release.md" in out


@pytest.mark.parametrize("name", ["release_en", "release_es", "release_zh"])
def test_json_output_is_pinned_by_golden_files(name, monkeypatch):
    """Regenerate after an intended change: cd tests/score/data &&
    drafting score --format json NAME.md > ../golden/NAME.json"""
    monkeypatch.chdir(DATA)
    result = run("--format", "json", f"{name}.md")
    golden = (DATA.parent / "golden" / f"{name}.json").read_text(encoding="utf-8")
    assert json.loads(result.output) == json.loads(golden)
