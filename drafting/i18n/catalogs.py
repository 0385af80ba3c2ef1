"""Gettext catalogs for the template words, compiled from ``.po`` when needed.

Compiled ``.mo`` files are build products (git-ignored): the install step
compiles them, and loading compiles any that is missing or older than its
``.po`` so that a fresh checkout works without a build step.
"""

from __future__ import annotations

import gettext
import io
from pathlib import Path

from drafting.errors import TemplateError
from drafting.i18n.paths import locales_dir

DOMAIN = "drafting"


def compile_catalog(po: Path) -> Path:
    """Compile one ``.po`` to the ``.mo`` beside it (only when stale); return the ``.mo``."""
    mo = po.with_suffix(".mo")
    if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
        return mo
    data = _compiled(po)
    tmp = mo.with_suffix(".mo.tmp")
    tmp.write_bytes(data)
    tmp.replace(mo)
    return mo


def _compiled(po: Path) -> bytes:
    """The ``.mo`` bytes of ``po``; a broken catalog is a TemplateError naming it."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    try:
        with po.open("rb") as fh:
            catalog = read_po(fh)
    except Exception as exc:  # Babel raises several types for a broken catalog
        raise TemplateError(
            f"cannot read catalog ({exc})", path=po, hint="fix the .po file (msgfmt -c)"
        ) from None
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    return buf.getvalue()


def compile_all(root: Path | None = None) -> list[Path]:
    """Compile every ``locales/*/LC_MESSAGES/*.po``; return the ``.mo`` paths."""
    root = root or locales_dir()
    return [compile_catalog(po) for po in sorted(root.glob("*/LC_MESSAGES/*.po"))]


def translations(lang: str, root: Path | None = None) -> gettext.NullTranslations:
    """The catalog for ``lang`` (English, or no catalog, gives the template words as written)."""
    if lang == "en":
        return gettext.NullTranslations()
    root = root or locales_dir()
    po = root / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po.exists():
        raise TemplateError(
            f"no catalog for language '{lang}'",
            path=po,
            hint="create it with 'pybabel init -D drafting -i locales/drafting.pot -d locales -l "
            f"{lang}'",
        )
    try:
        mo = compile_catalog(po)
    except OSError:  # an installed, read-only locales folder: compile in memory
        return gettext.GNUTranslations(io.BytesIO(_compiled(po)))
    with mo.open("rb") as fh:
        return gettext.GNUTranslations(fh)
