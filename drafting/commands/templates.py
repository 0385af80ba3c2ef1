"""``drafting templates``: the release templates and the values each one needs."""

from __future__ import annotations

import json
from pathlib import Path

import click

from drafting.errors import EXIT_OK, InputError


@click.command(name="templates")
@click.option("--templates", "templates_dir", type=click.Path(path_type=Path),
              help="Also list the templates in this folder (yours override bundled ones).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def command(templates_dir: Path | None, as_json: bool) -> int:
    """List the release templates and the variables each needs."""
    from drafting.draft.discovery import describe, release_templates
    from drafting.draft.environment import make_environment
    from drafting.i18n.paths import templates_dir as bundled

    if templates_dir is not None and not templates_dir.is_dir():
        raise InputError("not a folder of templates", path=templates_dir, hint="name a folder")
    path = [templates_dir, bundled()] if templates_dir else [bundled()]
    env = make_environment(path, sandboxed=templates_dir is not None)
    infos = [describe(env, name) for name in release_templates(env)]
    if as_json:
        data = [
            {"name": i.name, "file": i.file, "description": i.description,
             "variables": list(i.variables), "optional": list(i.optional)}
            for i in infos
        ]  # fmt: skip
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    for info in infos:
        click.echo(f"{info.name}  ({info.file})")
        if info.description:
            click.echo(f"  {info.description}")
        click.echo(f"  needs: {', '.join(info.variables)}")
        if info.optional:
            click.echo(f"  optional: {', '.join(info.optional)}")
    return EXIT_OK
