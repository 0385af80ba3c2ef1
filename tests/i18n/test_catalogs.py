"""The zh and es catalogs translate every template string and compile on load."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from drafting.i18n.catalogs import compile_catalog, translations
from drafting.i18n.paths import ROOT, locales_dir

PLACEHOLDER = re.compile(r"%\(\w+\)s")


def _catalog(lang: str):  # type: ignore[no-untyped-def]
    with (locales_dir() / lang / "LC_MESSAGES" / "drafting.po").open("rb") as fh:
        return read_po(fh)


def _extract(tmp_path: Path) -> set:
    pot = tmp_path / "drafting.pot"
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg",
         "-o", str(pot), "."],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    with pot.open("rb") as fh:
        return {(m.context, m.id) for m in read_po(fh) if m.id}


@pytest.fixture(scope="module")
def template_messages(tmp_path_factory: pytest.TempPathFactory) -> set:
    return _extract(tmp_path_factory.mktemp("pot"))


@pytest.mark.parametrize("lang", ["zh", "es"])
def test_every_extracted_string_is_translated(lang: str, template_messages: set) -> None:
    catalog = _catalog(lang)
    assert len(template_messages) > 50
    for context, msgid in template_messages:
        message = catalog.get(msgid, context=context)
        assert message is not None, f"{lang}: {msgid!r} not in the catalog (run pybabel update)"
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"{lang}: {msgid!r} untranslated"
        assert not message.fuzzy
        source = msgid if isinstance(msgid, str) else msgid[0]
        for s in strings:
            assert sorted(PLACEHOLDER.findall(s)) == sorted(PLACEHOLDER.findall(source)), s


def test_zh_catalog_uses_full_width_punctuation() -> None:
    for message in _catalog("zh"):
        for s in message.string if isinstance(message.string, tuple) else (message.string,):
            assert not re.search(r"[\u3400-\u9fff][,.:;()]|[,.:;()][\u3400-\u9fff]", s or ""), s


def test_es_catalog_quotes_are_guillemets() -> None:
    for message in _catalog("es"):
        for s in message.string if isinstance(message.string, tuple) else (message.string,):
            assert "“" not in (s or "") and '"' not in (s or "")


def test_plural_forms() -> None:
    es, zh = translations("es"), translations("zh")
    assert es.ngettext("%(num)s city", "%(num)s cities", 1) == "%(num)s ciudad"
    assert es.ngettext("%(num)s city", "%(num)s cities", 65) == "%(num)s ciudades"
    assert zh.ngettext("%(num)s city", "%(num)s cities", 65) == "%(num)s个城市"


@pytest.fixture
def scratch_locales(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of locales/ without compiled catalogs, used in place of the bundled one."""
    root = tmp_path / "locales"
    shutil.copytree(locales_dir(), root, ignore=shutil.ignore_patterns("*.mo"))
    monkeypatch.setenv("DRAFTING_LOCALES", str(root))
    return root


def test_missing_or_stale_mo_is_compiled_on_load(scratch_locales: Path) -> None:
    root = scratch_locales
    po = root / "es" / "LC_MESSAGES" / "drafting.po"
    mo = po.with_suffix(".mo")
    assert not mo.exists()
    assert translations("es").gettext("Highlights") == "Aspectos destacados"
    assert mo.exists()
    # edit the .po: the stale .mo is rebuilt on the next load
    text = po.read_text(encoding="utf-8").replace('"Aspectos destacados"', '"Lo más destacado"')
    po.write_text(text, encoding="utf-8")
    os.utime(mo, (mo.stat().st_mtime - 10, mo.stat().st_mtime - 10))
    assert translations("es").gettext("Highlights") == "Lo más destacado"
    assert compile_catalog(po) == mo


def test_read_only_locales_folder_is_compiled_in_memory(
    scratch_locales: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wheel installs the catalogs under <prefix>/share/drafting, which may be read-only."""

    def refuse(self: Path, data: bytes) -> int:
        raise PermissionError(13, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "write_bytes", refuse)
    assert translations("zh").gettext("Highlights") == "亮点"
    assert not list(scratch_locales.glob("*/LC_MESSAGES/*.mo"))


def test_compile_script(tmp_path: Path) -> None:
    root = tmp_path / "locales"
    shutil.copytree(locales_dir(), root, ignore=shutil.ignore_patterns("*.mo"))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "compile_catalogs.py")],
        env={**os.environ, "DRAFTING_LOCALES": str(root)}, capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.parent.parent.name for p in root.glob("*/LC_MESSAGES/*.mo")) == ["es", "zh"]
