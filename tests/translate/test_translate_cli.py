"""``drafting translate`` through the CLI, with fake engines (pipeline) and no model (errors)."""

from __future__ import annotations

import re

from click.testing import CliRunner
from conftest import SEED_003

from drafting.cli import cli
from drafting.translate.memory import load_memory
from drafting.translate.xliff import read_job, write_job


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], standalone_mode=False)
    if result.exception and not isinstance(result.exception, SystemExit):
        # the real entry point turns DraftingError into one line; mimic it for assertions
        from drafting.errors import DraftingError

        if isinstance(result.exception, DraftingError):
            return result.exception.exit_code, f"Error: {result.exception}"
        raise result.exception
    return result.return_value, result.output


def release(
    tmp_path,
    text="GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- Over 800 guests came. "
    "The Global Mayors' Forum opened.\n\nMayors talked about cities.\n",
):
    p = tmp_path / "release.txt"
    p.write_text(text, encoding="utf-8")
    return p


def test_missing_model_is_exit_2_with_one_line_naming_the_install_command(home, tmp_path):
    import subprocess
    import sys

    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "drafting",
            "translate",
            str(SEED_003),
            "--to",
            "es",
            "-o",
            str(tmp_path / "o"),
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "drafting models install" in out.stderr
    assert "Traceback" not in out.stderr and not (tmp_path / "o").exists()


def test_callable_engine_writes_targets_and_reports_findings(home, tmp_path):
    src = release(tmp_path)
    code, output = run(
        "translate",
        src,
        "--to",
        "zh,es",
        "-o",
        tmp_path / "out",
        "--engine",
        "translate_fakes:upper_engine",
    )
    zh = (tmp_path / "out" / "release.zh.txt").read_text(encoding="utf-8")
    es = (tmp_path / "out" / "release.es.txt").read_text(encoding="utf-8")
    assert zh.startswith("广州2023年12月11日 /美通社/ -- ") and "全球市长论坛" in zh
    assert es.startswith("GUANGZHOU, China, 11 de diciembre de 2023 /PRNewswire/ -- ")
    assert "Foro Mundial de Alcaldes" in es and "800" in es
    # the fake engine leaves English (upper-cased) behind: checks say so, exit 1
    assert code == 1 and "TR103" in output


def test_existing_output_needs_force(home, tmp_path):
    src = release(tmp_path)
    args = ("translate", src, "--to", "es", "--engine", "translate_fakes:upper_engine")
    run(*args)
    code, output = run(*args)
    assert code == 2 and "--force" in output
    assert run(*args, "--force")[0] == 1


def test_bad_target_language_is_exit_2(home, tmp_path):
    code, output = run("translate", release(tmp_path), "--to", "fr")
    assert code == 2 and "--to" in output


def test_non_english_source_is_refused(home, tmp_path):
    code, output = run("translate", release(tmp_path, "论坛今天在广州开幕。\n"), "--to", "es")
    assert code == 2 and "English" in output


def test_tmx_import_makes_translation_clean_and_exit_0(home, tmp_path):
    src = release(tmp_path, "Mayors talked about 65 cities.\n\nThe Global Mayors' Forum opened.\n")
    tmx = tmp_path / "tm.tmx"
    tmx.write_text(
        '<?xml version="1.0"?><tmx version="1.4"><header srclang="en" segtype="sentence" '
        'datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" '
        'creationtoolversion="1"/><body>'
        '<tu><tuv xml:lang="en"><seg>Mayors talked about 65 cities.</seg></tuv>'
        '<tuv xml:lang="es"><seg>Los alcaldes hablaron de 65 ciudades.</seg></tuv></tu>'
        '<tu><tuv xml:lang="en"><seg>The Global Mayors\' Forum opened.</seg></tuv>'
        '<tuv xml:lang="es"><seg>Se inauguró el Foro Mundial de Alcaldes.</seg></tuv></tu>'
        "</body></tmx>",
        encoding="utf-8",
    )
    assert run("translate", "--import-tmx", tmx, "--to", "es")[0] == 0
    code, output = run("translate", src, "--to", "es", "--engine", "translate_fakes:NoModel")
    assert code == 0, output
    assert (tmp_path / "release.es.txt").read_text(encoding="utf-8") == (
        "Los alcaldes hablaron de 65 ciudades.\n\nSe inauguró el Foro Mundial de Alcaldes.\n"
    )
    assert run("translate", "--export-tmx", tmp_path / "back.tmx", "--to", "es")[0] == 0
    assert "Los alcaldes hablaron" in (tmp_path / "back.tmx").read_text(encoding="utf-8")


def test_xliff_job_edit_and_apply_fills_memory_and_writes_target(home, tmp_path):
    src = release(tmp_path)
    job = tmp_path / "job.xlf"
    code, _ = run(
        "translate", src, "--to", "es", "--xliff", job, "--engine", "translate_fakes:NoModel"
    )
    assert code == 0 and not (tmp_path / "release.es.txt").exists()
    files = read_job(job.read_text(encoding="utf-8"))
    units = files[0].units
    assert [u.source for u in units] == [
        "Over 800 guests came.",
        "The Global Mayors' Forum opened.",
        "Mayors talked about cities.",
    ]
    assert all(u.state == "needs-translation" and not u.target for u in units)
    edits = [
        "Vinieron más de 800 invitados.",
        "Se inauguró el Foro Mundial de Alcaldes.",
        "Los alcaldes hablaron de ciudades.",
    ]
    for unit, edit in zip(units, edits, strict=True):
        unit.target, unit.state = edit, "translated"
    job.write_text(write_job(files), encoding="utf-8")

    code, output = run("translate", "--apply", job, "--engine", "translate_fakes:NoModel")
    assert code == 0, output
    out = (tmp_path / "release.es.txt").read_text(encoding="utf-8")
    assert out == (
        "GUANGZHOU, China, 11 de diciembre de 2023 /PRNewswire/ -- Vinieron más de 800 "
        "invitados. Se inauguró el Foro Mundial de Alcaldes.\n\n"
        "Los alcaldes hablaron de ciudades.\n"
    )
    assert (
        load_memory("en", "es").exact("Mayors talked about cities.")
        == "Los alcaldes hablaron de ciudades."
    )


def test_json_findings_use_the_lint_contract(home, tmp_path):
    import json

    args = [
        "translate",
        str(release(tmp_path)),
        "--to",
        "es",
        "--format",
        "json",
        "--engine",
        "translate_fakes:upper_engine",
    ]
    result = CliRunner().invoke(cli, args, standalone_mode=False)
    code, rows = result.return_value, json.loads(result.stdout)
    assert code == 1 and rows and {"path", "line", "column", "rule", "message"} <= set(rows[0])
    assert all(re.fullmatch(r"TR10\d", r["rule"]) for r in rows)
