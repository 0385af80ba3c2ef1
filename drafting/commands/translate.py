"""``drafting translate``: releases to Chinese and Spanish, offline, in layers.

Exit codes: 0 translated and every check passed (warnings allowed); 1 written,
but a check reported an error (figure or glossary term missing, English left);
2 bad input, or no model installed for a pair that needs MT (nothing written).
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import click

from drafting.errors import EXIT_FINDINGS, EXIT_OK, InputError, ModelError

TARGETS = ("zh", "es")


def _targets(value: str | None) -> list[str]:
    if not value:
        return []
    langs = [x.strip().lower() for x in value.split(",") if x.strip()]
    bad = [x for x in langs if x not in TARGETS]
    if bad:
        raise InputError(
            f"cannot translate to {', '.join(bad)}", path="--to", hint="use zh, es or zh,es"
        )
    return list(dict.fromkeys(langs))


@contextmanager
def _progress(label: str):  # type: ignore[no-untyped-def]
    """A Rich bar on stderr while MT runs; nothing when stderr is not a terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None)

        def tick(done: int, total: int) -> None:
            if total >= 20:  # short jobs finish before a bar is worth drawing
                bar.update(task, completed=done, total=total)

        yield tick


@click.command("translate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--to", "to", metavar="LANGS", help="Target languages: zh, es or zh,es.")
@click.option(
    "-o",
    "--out-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder for the translations (default: next to each source).",
)
@click.option(
    "--engine",
    default="argos",
    show_default=True,
    help="argos, argos-loop, apertium, an entry point name, or module:callable.",
)
@click.option(
    "--glossary",
    "glossaries",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Extra glossary YAML (repeatable); wins over the bundled one.",
)
@click.option("--force", is_flag=True, help="Overwrite existing output files.")
@click.option(
    "--xliff",
    "xliff_out",
    type=click.Path(path_type=Path),
    help="Write a post-editing job (XLIFF 1.2) instead of the translation.",
)
@click.option(
    "--apply",
    "apply_job",
    type=click.Path(path_type=Path),
    help="Apply a post-edited XLIFF job: finished segments go into memory, "
    "and the translation is written.",
)
@click.option(
    "--import-tmx",
    "tmx_in",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Add a TMX file to the translation memory (for each --to language).",
)
@click.option(
    "--export-tmx",
    "tmx_out",
    type=click.Path(path_type=Path),
    help="Write the translation memory for the --to language as TMX.",
)
@click.option(
    "--keep-junk",
    is_flag=True,
    help="Translate syndication junk (bylines, site chrome, repeated titles) too.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="How check findings are printed.",
)
def command(
    paths: tuple[Path, ...],
    to: str | None,
    out_dir: Path | None,
    engine: str,
    glossaries: tuple[Path, ...],
    force: bool,
    xliff_out: Path | None,
    apply_job: Path | None,
    tmx_in: tuple[Path, ...],
    tmx_out: Path | None,
    keep_junk: bool,
    fmt: str,
) -> int:
    """Translate releases offline: memory first, then glossary, then MT, then checks.

    Exit 0: written, checks clean (warnings allowed); 1: written, but a check
    found a missing figure or term or English left; 2: bad input, or no model
    installed for a pair that needs MT (nothing written).
    """

    langs = _targets(to)
    if apply_job is not None:
        return _apply(apply_job, out_dir, engine, glossaries, force, fmt, keep_junk)
    if (paths or tmx_in or tmx_out or xliff_out) and not langs:
        raise InputError(
            "no target language", path="--to", hint="add --to zh, --to es or --to zh,es"
        )
    for tmx in tmx_in:
        _import_tmx(tmx, langs)
    if tmx_out is not None:
        _export_tmx(tmx_out, langs, force)
    if not paths:
        if tmx_in or tmx_out:
            return EXIT_OK
        raise InputError(
            "no file to translate", path="translate", hint="give PATH... (or --apply JOB.xlf)"
        )
    texts = {p: _source_text(p, keep_junk) for p in paths}
    _english_only(texts)
    if xliff_out is not None:
        return _export_job(texts, langs, xliff_out, engine, glossaries, force)
    outputs = {(p, lang): output_path(p, lang, out_dir) for p in paths for lang in langs}
    if not force:
        from drafting.errors import OutputError

        for out in outputs.values():
            if out.exists():
                raise OutputError("already exists", path=out, hint="use --force to overwrite it")
    return _translate(texts, langs, outputs, engine, glossaries, force, fmt)


def _source_text(path: Path, keep_junk: bool = False) -> str:
    """The text to translate: the file (an HTML page's visible text), minus syndication junk."""
    from drafting.fileio import read_text
    from drafting.translate.document import without_junk

    text = read_text(path)
    if path.suffix.lower() in (".html", ".htm"):
        from drafting.ingest.html import html_to_text

        text = html_to_text(text)[0]
    if keep_junk:
        return text
    text, kinds = without_junk(text)
    if kinds:
        click.echo(
            f"{path}: left out {len(kinds)} junk span(s) ({', '.join(sorted(set(kinds)))});"
            " --keep-junk translates them",
            err=True,
        )
    return text


def output_path(src: Path, lang: str, out_dir: Path | None) -> Path:
    """``release.txt`` -> ``release.zh.txt`` next to it, or in ``out_dir`` (HTML -> .txt)."""
    suffix = ".txt" if src.suffix.lower() in (".html", ".htm", "") else src.suffix
    return (out_dir or src.parent) / f"{src.stem}.{lang}{suffix}"


def _english_only(texts: dict[Path, str]) -> None:
    from drafting.text.lang import detect_language

    for path, text in texts.items():
        lang = detect_language(text)
        if lang != "en":
            raise InputError(
                f"looks like {lang}, not English",
                path=path,
                hint="drafting translates English releases",
            )


def _layers(lang: str, engine: str, glossaries: tuple[Path, ...], memory=None):  # type: ignore[no-untyped-def]
    from drafting.translate.engines.loader import load_engine
    from drafting.translate.pipeline import build_layers, default_glossary

    return build_layers(
        lang, engine=load_engine(engine), glossary=default_glossary(glossaries), memory=memory
    )


def _translate(texts, langs, outputs, engine, glossaries, force, fmt, memory_for=None) -> int:  # type: ignore[no-untyped-def]
    """Translate everything first, so a missing model means no file is written at all."""
    from drafting.fileio import atomic_write
    from drafting.report import writer
    from drafting.report.model import Report
    from drafting.translate.checks import check_target, check_units
    from drafting.translate.models import install_command
    from drafting.translate.release import translate_text

    done = []
    for lang in langs:
        layers = _layers(lang, engine, glossaries, memory_for(lang) if memory_for else None)
        for path, text in texts.items():
            with _progress(f"{path.name} -> {lang}") as tick:
                result = translate_text(text, layers, tick)
            if any(r.origin == "none" for r in result.results):
                raise ModelError(
                    f"no en->{lang} translation model installed",
                    path=path,
                    hint=install_command("en", lang),
                )
            done.append((outputs[(path, lang)], lang, layers.glossary, result))
    reports = []
    for out, lang, glossary, result in done:
        atomic_write(out, result.text, force=force)
        findings = check_units(result.units, result.text, lang, glossary, path=str(out))
        findings += check_target(result.text, lang, glossary=glossary, path=str(out))
        findings.sort(key=lambda f: (f.start, f.rule))
        reports.append(Report(str(out), result.text, findings))
        click.echo(f"{out}: {_summary(result.results)}", err=True)
    click.echo(writer(fmt)(reports), nl=False)
    errors = sum(f.severity == "error" for r in reports for f in r.findings)
    return EXIT_FINDINGS if errors else EXIT_OK


def _summary(results) -> str:  # type: ignore[no-untyped-def]
    from collections import Counter

    count = Counter(r.origin for r in results)
    fuzzy = sum(bool(r.fuzzy) for r in results if r.origin == "mt")
    parts = [f"{count[o]} {o}" for o in ("memory", "glossary", "mt", "none") if count[o]]
    tail = f"; {fuzzy} with fuzzy memory matches (see --xliff)" if fuzzy else ""
    return f"{len(results)} sentences: " + ", ".join(parts) + tail


def _import_tmx(tmx: Path, langs: list[str]) -> None:
    from drafting.fileio import read_text
    from drafting.translate.memory import load_memory, save_memory

    text = read_text(tmx)
    for lang in langs:
        tm = load_memory("en", lang)
        added = tm.merge_tmx(text, path=tmx)
        saved = save_memory(tm)
        click.echo(f"{tmx}: {added} en->{lang} units added to {saved} ({len(tm)} in all)", err=True)


def _export_tmx(out: Path, langs: list[str], force: bool) -> None:
    from drafting.fileio import atomic_write
    from drafting.translate.memory import load_memory

    if len(langs) != 1:
        raise InputError("--export-tmx needs exactly one --to language", path=out)
    tm = load_memory("en", langs[0])
    atomic_write(out, tm.to_tmx(), force=force)
    click.echo(f"{out}: {len(tm)} en->{langs[0]} units", err=True)


def _export_job(texts, langs, out: Path, engine, glossaries, force) -> int:  # type: ignore[no-untyped-def]
    from drafting.fileio import atomic_write
    from drafting.translate.release import translate_text
    from drafting.translate.xliff import DRAFT_STATE, JobFile, JobUnit, write_job

    if len(langs) != 1:
        raise InputError("--xliff needs exactly one --to language", path=out)
    if not force and out.exists():
        from drafting.errors import OutputError

        raise OutputError("already exists", path=out, hint="use --force to overwrite it")
    lang = langs[0]
    layers = _layers(lang, engine, glossaries)
    files = []
    for path, text in texts.items():
        done = translate_text(text, layers)
        jf = JobFile(str(path.resolve()), "en", lang)
        seen: set[str] = set()
        for unit, res in zip(done.units, done.results, strict=True):
            if unit.source in seen:
                continue
            seen.add(unit.source)
            jf.units.append(
                JobUnit(
                    id=f"s{len(jf.units) + 1}",
                    source=unit.source,
                    target="" if res.origin == "none" else res.text.strip(),
                    state=DRAFT_STATE[res.origin],
                    origin=res.origin,
                    alternatives=[(m.source, m.target, m.score) for m in res.fuzzy],
                )
            )
        files.append(jf)
        click.echo(f"{path}: {_summary(done.results)}", err=True)
    atomic_write(out, write_job(files), force=force)
    click.echo(f"{out}: XLIFF 1.2 job, {sum(len(f.units) for f in files)} segments", err=True)
    return EXIT_OK


def _apply(job: Path, out_dir, engine, glossaries, force, fmt, keep_junk) -> int:  # type: ignore[no-untyped-def]
    from drafting.fileio import read_text
    from drafting.translate.memory import TranslationMemory, load_memory, save_memory
    from drafting.translate.xliff import confirmed, read_job

    files = read_job(read_text(job), path=job)
    if len({jf.target for jf in files}) > 1:
        raise InputError(
            "a job must have one target language",
            path=job,
            hint="write one job per language with --xliff",
        )
    overlays: dict[str, TranslationMemory] = {}
    texts: dict[Path, str] = {}
    outputs = {}
    for jf in files:
        src = Path(jf.original)
        if not src.is_absolute():
            src = job.parent / src
        lang = jf.target
        if lang not in TARGETS:
            raise InputError(f"target-language {lang!r} is not zh or es", path=job)
        tm = load_memory("en", lang)
        done = confirmed(jf)
        for unit in done:
            tm.add(unit.source, unit.target)
        save_memory(tm)
        overlay = overlays.setdefault(lang, TranslationMemory("en", lang, dict(tm.entries)))
        overlay.entries.update(tm.entries)
        for unit in jf.units:  # unfinished drafts still beat fresh MT, but stay out of memory
            if unit.target.strip() and overlay.exact(unit.source) is None:
                overlay.add(unit.source, unit.target)
        click.echo(
            f"{job}: {len(done)} of {len(jf.units)} en->{lang} segments confirmed "
            "and added to memory",
            err=True,
        )
        texts[src] = _source_text(src, keep_junk)
        outputs[(src, lang)] = output_path(src, lang, out_dir)
    langs = list(dict.fromkeys(jf.target for jf in files))
    return _translate(
        texts, langs, outputs, engine, glossaries, force, fmt, memory_for=overlays.__getitem__
    )
