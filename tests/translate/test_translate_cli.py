"""``drafting translate`` through the CLI, with fake engines (pipeline) and no model (errors)."""

from __future__ import annotations

import re

import pytest
from translate_helpers import SEED_003, run_cli

from drafting.translate.memory import load_memory
from drafting.translate.xliff import read_job, write_job


def run(*args):
    ran = run_cli(*args)
    return ran.code, ran.out + ran.err


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
    ran = run_cli(*args)
    code, rows = ran.code, json.loads(ran.out)
    assert code == 1 and rows and {"path", "line", "column", "rule", "message"} <= set(rows[0])
    assert all(re.fullmatch(r"TR10\d", r["rule"]) for r in rows)


def test_default_engine_does_not_import_argostranslate_or_torch(home, tmp_path):
    import subprocess
    import sys

    code = (
        "import sys; from drafting.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('argostranslate', 'torch', 'stanza') if m in sys.modules))"
    )
    src = release(tmp_path)
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            "translate",
            str(src),
            "--to",
            "es",
            "--engine",
            "argos",
            "-o",
            str(tmp_path / "o"),
        ],
        capture_output=True,
        text=True,
    )
    assert "no en->es translation model" in out.stderr  # it got as far as looking for a model
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_apply_uses_unconfirmed_drafts_but_keeps_them_out_of_memory(home, tmp_path):
    src = release(tmp_path)
    job = tmp_path / "job.xlf"
    assert (
        run(
            "translate", src, "--to", "es", "--xliff", job, "--engine", "translate_fakes:TagEngine"
        )[0]
        == 0
    )
    files = read_job(job.read_text(encoding="utf-8"))
    units = files[0].units
    assert all(u.state == "needs-review-translation" and u.target.startswith("<es>") for u in units)
    units[2].target, units[2].state = "Los alcaldes hablaron de ciudades.", "final"
    job.write_text(write_job(files), encoding="utf-8")
    code, output = run("translate", "--apply", job, "--engine", "translate_fakes:NoModel")
    out = (tmp_path / "release.es.txt").read_text(encoding="utf-8")
    assert "<es>Over 800 guests came.</es>" in out and "Los alcaldes hablaron de ciudades." in out
    memory = load_memory("en", "es")
    assert len(memory) == 1 and memory.exact("Mayors talked about cities.")
    assert "1 of 3 en->es segments confirmed" in output


def test_html_source_is_translated_as_its_visible_text(home, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h1>Forum opens</h1><p>Mayors talked about <b>cities</b>.</p></body></html>",
        encoding="utf-8",
    )
    code, _ = run("translate", page, "--to", "es", "--engine", "translate_fakes:upper_engine")
    out = (tmp_path / "page.es.txt").read_text(encoding="utf-8")
    assert "<p>" not in out and "<b>" not in out
    assert "[es] FORUM OPENS" in out and "[es] MAYORS TALKED ABOUT CITIES." in out


def test_syndication_junk_is_left_out_unless_asked(home, tmp_path, seeds):
    seed = next(p for p in seeds if p.name.startswith("001_"))
    args = (
        "translate",
        seed,
        "--to",
        "es",
        "-o",
        tmp_path,
        "--engine",
        "translate_fakes:upper_engine",
    )
    code, output = run(*args)
    out = (tmp_path / f"{seed.stem}.es.txt").read_text(encoding="utf-8")
    assert "GOOGLE NEWS" not in out and "BY CISION" not in out
    assert "left out 4 junk span(s)" in output
    assert out.startswith("[es] GLOBAL MAYORS GATHER IN Cantón TO")
    run(*args, "--keep-junk", "--force")
    kept = (tmp_path / f"{seed.stem}.es.txt").read_text(encoding="utf-8")
    assert "GOOGLE NEWS" in kept


_WITHOUT_MT_EXTRA = (
    "import sys\n"
    "class Block:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name.split('.')[0] in ('argostranslate', 'ctranslate2', 'sentencepiece'):\n"
    "            raise ImportError(name)\n"
    "sys.meta_path.insert(0, Block())\n"
    "from drafting.cli import main\n"
    "main(sys.argv[1:])\n"
)


@pytest.mark.parametrize("engine", ["argos", "argos-loop"])
def test_without_the_mt_extra_translate_says_what_to_install(
    installed_tiny, tmp_path, engine
):
    """A model is installed but the mt extra is not: one line naming the extra, exit 2."""
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", _WITHOUT_MT_EXTRA, "translate", str(release(tmp_path)),
         "--to", "es", "--engine", engine, "-o", str(tmp_path / "o")],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert out.returncode == 2, out.stderr
    assert out.stderr.count("\n") == 1 and "drafting[mt]" in out.stderr
    assert "Traceback" not in out.stderr and not (tmp_path / "o").exists()
