"""``drafting score``: readability per document, paragraph and sentence, as a gate.

The CLI edge: reads releases (through ingest, so junk is not scored), calls
the pure scorer, writes one report. Exit 0 when every document passes
``--max-grade``/``--min-ease``, 1 when one misses, 2 on bad input.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from drafting.errors import EXIT_FINDINGS, EXIT_OK


@click.command("score")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--lang", type=click.Choice(["auto", "en", "es", "zh"]), default="auto",
              show_default=True, help="Language of every file; auto detects each one.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text",
              show_default=True, help="Report format.")
@click.option("--max-grade", type=float, default=None,
              help="Fail (exit 1) when a document's grade is above N.")
@click.option("--min-ease", type=float, default=None,
              help="Fail (exit 1) when a document's ease is below N (English, Spanish).")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Write the report to FILE instead of standard output.")
@click.option("--force", is_flag=True, help="Overwrite --output if it exists.")
def command(
    paths: tuple[Path, ...],
    lang: str,
    fmt: str,
    max_grade: float | None,
    min_ease: float | None,
    output: Path | None,
    force: bool,
) -> int:
    """Score readability (English, Spanish, Chinese) and list the hard sentences.

    Several files are shown side by side, so a translation can be compared
    with its source: drafting score en.md zh.md es.md
    """
    from drafting.fileio import atomic_write
    from drafting.ingest import load_release
    from drafting.score.analyse import score_document
    from drafting.score.layout import scoring_parts

    docs = []
    for path in paths:
        release = load_release(path)
        headline, paragraphs = scoring_parts(
            release.headline, release.subheads, release.paragraphs
        )
        docs.append(
            score_document(
                str(path),
                release.text,
                paragraphs,
                headline=headline,
                lang=lang,
                max_grade=max_grade,
                min_ease=min_ease,
            )
        )
    report = _render(docs, fmt, to_terminal=output is None and sys.stdout.isatty())
    if output is not None:
        atomic_write(output, report, force=force)
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(report, nl=False)
    return EXIT_OK if all(d.passed for d in docs) else EXIT_FINDINGS


def _render(docs: list, fmt: str, *, to_terminal: bool) -> str:
    if fmt == "json":
        from drafting.score.render_json import render_json

        return render_json(docs)
    if fmt == "html":
        from drafting.score.render_html import render_html

        return render_html(docs)
    from drafting.score.render_text import render_text

    if to_terminal:
        import shutil

        return render_text(docs, color=True, width=shutil.get_terminal_size().columns)
    return render_text(docs, color=False)
