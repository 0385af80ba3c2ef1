"""``drafting facts PATH...``: facts, with provenance, from past releases.

Directories are walked for releases; one release syndicated twice is read
once (the copy with the most structure is kept, and stderr says so); junk is
left out of the analysis. Data goes to stdout or ``-o``; notes go to stderr.
"""

from __future__ import annotations

from pathlib import Path

import click

from drafting.errors import EXIT_OK, InputError, OutputError


def release_files(paths: tuple[Path, ...]) -> list[Path]:
    """Files named, plus releases found under directories named, in a stable order."""
    from drafting.ingest import RELEASE_SUFFIXES

    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in RELEASE_SUFFIXES
            )
            if not found:
                raise InputError(
                    "no .txt, .md or .html releases in this folder",
                    path=path,
                    hint="check the path",
                )
            out += found
        else:
            out.append(path)
    unique: dict[Path, Path] = {}
    for p in out:
        unique.setdefault(p.resolve(), p)  # a file named twice is read once
    return list(unique.values())


@click.command("facts")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write to FILE (atomically).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["yaml", "json"]),
    default=None,
    help="Output format (default: from -o's suffix, else yaml).",
)
@click.option(
    "--merge", "merged", is_flag=True, help="One merged object instead of one per release."
)
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
def command(
    paths: tuple[Path, ...], output: Path | None, fmt: str | None, merged: bool, force: bool
) -> int:
    """Extract facts (dateline, organisations, events, figures, people, quotes, lists)."""
    from drafting.facts import extract_facts, merge
    from drafting.facts.store import dump_facts, dump_releases
    from drafting.fileio import atomic_write
    from drafting.ingest import find_duplicates, load_release

    if fmt is None:
        fmt = "json" if output is not None and output.suffix.lower() == ".json" else "yaml"
    if output is not None and output.exists() and not force:  # fail before the work, not after
        raise OutputError("already exists", path=output, hint="use --force to overwrite it")
    docs = [load_release(p) for p in release_files(paths)]
    dropped: set[str] = set()
    for group in find_duplicates(docs):
        keep, others = group[0], group[1:]
        in_order = [d.file for d in docs if d.file in group]
        click.echo(f"{' and '.join(in_order)} are one release; keeping {keep}", err=True)
        dropped.update(others)
    factsets = [extract_facts(d) for d in docs if d.file not in dropped]
    text = dump_facts(merge(factsets), fmt) if merged else dump_releases(factsets, fmt)
    if output is None:
        click.echo(text, nl=False)
    else:
        atomic_write(output, text, force=force)
        click.echo(f"wrote facts from {len(factsets)} release(s) to {output}", err=True)
    return EXIT_OK
