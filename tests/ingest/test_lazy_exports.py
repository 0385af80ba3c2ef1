"""``drafting.ingest`` imports its submodules on first use: every exported name still
resolves, and ``normalize`` stays the function (it shares its module's name)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_every_export_resolves() -> None:
    import drafting.ingest as ingest

    for name in ingest.__all__:
        assert getattr(ingest, name) is not None, name
    assert callable(ingest.normalize)
    assert set(ingest.__all__) <= set(dir(ingest))


def test_unknown_name_is_an_attribute_error() -> None:
    import drafting.ingest as ingest

    with pytest.raises(AttributeError):
        ingest.no_such_name  # noqa: B018


@pytest.mark.parametrize(
    "first",
    ["drafting.ingest.normalize", "drafting.ingest.document", "drafting.facts.extract"],
)
def test_normalize_is_the_function_whatever_imports_first(first: str) -> None:
    """In a fresh process, whichever module is imported first."""
    code = (
        f"import {first}\n"
        "from drafting.ingest import normalize, parse_release, load_release\n"
        "assert callable(normalize) and normalize.__name__ == 'normalize', normalize\n"
        "assert parse_release.__name__ == 'parse_release'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_import_is_light() -> None:
    """Importing the package does not import the release parser or the dateline finder."""
    code = (
        "import sys, drafting.ingest\n"
        "heavy = {'drafting.ingest.dateline', 'drafting.ingest.document',"
        " 'drafting.ingest.duplicates'}\n"
        "assert not heavy & set(sys.modules), heavy & set(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
