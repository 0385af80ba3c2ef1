"""``drafting draft TEMPLATE --facts FILE [--event FILE] ...``: a new release from a template.

The only I/O of drafting: read facts, event file and glossaries, render each
language, write to stdout or ``-o DIR`` (atomically, never over a file without
``--force``), and say on stderr how many segments still need translation.
"""

from __future__ import annotations

from pathlib import Path

import click

from drafting.errors import EXIT_OK, InputError, OutputError

LANGS = ("en", "zh", "es")


def _langs(value: str) -> list[str]:
    langs = [x.strip() for x in value.split(",") if x.strip()]
    bad = [x for x in langs if x not in LANGS]
    if bad or not langs:
        raise click.BadParameter(f"{','.join(bad) or value!r}: choose from en, zh, es (comma list)")
    return list(dict.fromkeys(langs))


def _load_event(path: Path | None, sets: tuple[str, ...]) -> dict:
    from drafting.draft.event import EventFileError, apply_sets, check_values, parse_event
    from drafting.fileio import read_text

    data = {}
    if path is not None:
        try:
            data = parse_event(read_text(path))
        except EventFileError as exc:
            raise InputError(
                f"malformed event file ({exc})", path=path,
                hint="see examples/opening.event.yaml for the shape",
            ) from None  # fmt: skip
    try:
        data = apply_sets(data, list(sets))
    except EventFileError as exc:
        raise InputError(str(exc), hint="write --set section.key=value") from None
    try:
        check_values(data)
    except EventFileError as exc:
        raise InputError(
            str(exc), path=path or "--set", hint="fix it in the event file or with --set"
        ) from None
    return data


@click.command(name="draft")
@click.argument("template")
@click.option("--facts", "facts_path", required=True, type=click.Path(path_type=Path),
              help="Facts file from 'drafting facts' (YAML or JSON).")
@click.option("--event", "event_path", type=click.Path(path_type=Path),
              help="Event file: what is new (see examples/*.event.yaml).")
@click.option("--set", "sets", multiple=True, metavar="KEY=VALUE",
              help="Set or override an event value, e.g. --set event.venue=...")
@click.option("-o", "--output", "out_dir", type=click.Path(path_type=Path),
              help="Write DIR/TEMPLATE.LANG.FORMAT instead of printing.")
@click.option("--format", "fmt", type=click.Choice(["md", "txt", "html"]), default="md",
              show_default=True)
@click.option("--lang", "lang_spec", default="en", show_default=True,
              help="en, zh, es or a comma list (en,zh,es).")
@click.option("--templates", "templates_dir", type=click.Path(path_type=Path),
              help="Folder of your own templates (run sandboxed).")
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path),
              help="Extra glossary YAML; its entries win over the bundled ones.")
@click.option("--force", is_flag=True, help="Overwrite existing output files.")
def command(
    template: str,
    facts_path: Path,
    event_path: Path | None,
    sets: tuple[str, ...],
    out_dir: Path | None,
    fmt: str,
    lang_spec: str,
    templates_dir: Path | None,
    glossaries: tuple[Path, ...],
    force: bool,
) -> int:
    """Draft a release from TEMPLATE, the facts file and the event file."""
    from drafting.draft.drafter import Drafter
    from drafting.facts.store import load_facts
    from drafting.fileio import atomic_write
    from drafting.i18n.glossary import load_glossary

    langs = _langs(lang_spec)
    if templates_dir is not None and not templates_dir.is_dir():
        raise InputError("not a folder of templates", path=templates_dir, hint="name a folder")
    facts = load_facts(facts_path)
    event = _load_event(event_path, sets)
    drafter = Drafter(
        facts=facts,
        event=event,
        glossary=load_glossary(glossaries),
        user_templates=templates_dir,
        facts_file=str(facts_path),
        event_file=str(event_path) if event_path else None,
    )
    outputs = [(lang, drafter.draft(template, lang, fmt)) for lang in langs]
    for lang, result in outputs:
        if result.untranslated:
            click.echo(
                f"warning: {lang}: {result.untranslated} segment(s) need machine translation and "
                "were left in English (marked); install a model with "
                "'drafting models install FILE.argosmodel'",
                err=True,
            )
    if out_dir is None:
        click.echo("\n".join(result.text for _, result in outputs), nl=False)
        return EXIT_OK
    targets = [(out_dir / f"{Path(template).name.split('.')[0]}.{lang}.{fmt}", r)
               for lang, r in outputs]  # fmt: skip
    existing = [str(p) for p, _ in targets if p.exists()]
    if existing and not force:
        raise OutputError("already exists", path=existing[0], hint="use --force to overwrite it")
    for path, result in targets:
        atomic_write(path, result.text, force=force)
        click.echo(f"wrote {path}", err=True)
    return EXIT_OK
