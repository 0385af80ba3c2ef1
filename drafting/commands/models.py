"""``drafting models``: install, list and locate offline translation models.

Nothing is downloaded unless ``install NAME --online`` is asked for; then
argostranslate's own package-index functions fetch it (``--index URL`` points
them at a mirror).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import click

from drafting.errors import EXIT_OK, InputError, ModelError

DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"


@click.group("models")
def command() -> None:
    """Install and list offline translation models (argos packages)."""


@command.command("path")
def path_cmd() -> int:
    """Print the folder models are installed in (set DRAFTING_MODELS to move it)."""
    from drafting.translate.paths import models_dir

    click.echo(str(models_dir()))
    return EXIT_OK


@command.command("list")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def list_cmd(as_json: bool) -> int:
    """List installed models: pair, version, folder."""
    from drafting.translate.models import installed
    from drafting.translate.paths import models_dir

    models = installed()
    if as_json:
        rows = [
            {
                "name": m.name,
                "from": m.source,
                "to": m.target,
                "version": m.version,
                "path": str(m.path),
            }
            for m in models
        ]
        click.echo(json.dumps({"version": 1, "models": rows}, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not models:
        click.echo(f"no models installed in {models_dir()}", err=True)
        click.echo("install one with `drafting models install FILE.argosmodel`", err=True)
        return EXIT_OK
    for m in models:
        click.echo(f"{m.source}->{m.target}\t{m.version or '-'}\t{m.name}\t{m.path}")
    return EXIT_OK


@command.command("install")
@click.argument("what")
@click.option("--online", is_flag=True, help="Download WHAT (e.g. translate-en_zh) from the index.")
@click.option(
    "--index",
    "index_url",
    default=None,
    metavar="URL",
    help="Package index to use with --online (default: argos's public index).",
)
def install_cmd(what: str, online: bool, index_url: str | None) -> int:
    """Install a model from FILE.argosmodel, or by name with --online."""
    from drafting.translate.models import installed

    before = {m.name for m in installed()}
    if online:
        _install_online(what, index_url or DEFAULT_INDEX)
    else:
        _install_file(Path(what))
    new = [m for m in installed() if m.name not in before] or installed()
    for m in new:
        click.echo(f"installed {m.name} ({m.source}->{m.target}) in {m.path}")
    return EXIT_OK


def check_package(path: Path) -> dict[str, object]:
    """The metadata of a .argosmodel file, or an InputError saying what is wrong with it."""
    if not path.is_file():
        raise InputError(
            "no such file",
            path=path,
            hint="give a .argosmodel file (or a package name with --online)",
        )
    if not zipfile.is_zipfile(path):
        raise InputError("not an .argosmodel (zip) file", path=path, hint="check the download")
    with zipfile.ZipFile(path) as zf:
        metas = [n for n in zf.namelist() if n.count("/") == 1 and n.endswith("/metadata.json")]
        if not metas:
            raise InputError(
                "no <package>/metadata.json inside", path=path, hint="this is not an argos package"
            )
        try:
            meta = json.loads(zf.read(metas[0]).decode("utf-8"))
        except ValueError:
            raise InputError("metadata.json is not valid JSON", path=path) from None
    if not meta.get("from_code") or not meta.get("to_code"):
        raise InputError("metadata.json lacks from_code/to_code", path=path)
    return meta


def _install_file(path: Path) -> None:
    from drafting.translate import argos_env

    check_package(path)
    try:
        argos_env.package().install_from_path(path)
    except Exception as exc:  # argostranslate raises bare Exception
        raise ModelError(f"cannot install ({exc})", path=path) from None


def _install_online(name: str, index_url: str) -> None:
    from drafting.translate import argos_env

    st = argos_env.settings()
    st.remote_package_index = (
        index_url if index_url.endswith(".json") else (index_url.rstrip("/") + "/index.json")
    )
    pkg = argos_env.package()
    Path(st.local_package_index).unlink(missing_ok=True)
    pkg.update_package_index()  # logs and returns on network errors
    if not Path(st.local_package_index).exists():
        raise ModelError(
            "cannot fetch the package index",
            path=st.remote_package_index,
            hint="check the network, or install a downloaded FILE.argosmodel",
        )
    available = pkg.get_available_packages()
    match = [p for p in available if pkg.argospm_package_name(p) == name or p.code == name]
    if not match:
        names = ", ".join(sorted(pkg.argospm_package_name(p) for p in available)[:10])
        raise InputError(
            f"no package {name!r} in the index",
            path=st.remote_package_index,
            hint=f"available: {names}" if names else "the index is empty",
        )
    try:
        download = match[0].download()
    except Exception as exc:  # argostranslate raises bare Exception on failed downloads
        raise ModelError(f"download failed ({exc})", path=name, hint="try again later") from None
    check_package(Path(download))
    try:
        pkg.install_from_path(download)
    finally:
        Path(download).unlink(missing_ok=True)
