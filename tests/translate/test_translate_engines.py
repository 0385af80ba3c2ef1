"""Choosing an engine: built-ins, module:callable, entry points, and clean errors."""

from __future__ import annotations

import shutil

import pytest
from translate_fakes import TagEngine

from drafting.errors import InputError
from drafting.translate.engines.base import CallableEngine, EngineError
from drafting.translate.engines.loader import load_engine


def test_module_callable_forms():
    assert isinstance(load_engine("translate_fakes:TagEngine"), TagEngine)
    plain = load_engine("translate_fakes:upper_engine")
    assert isinstance(plain, CallableEngine)
    assert plain.translate_batch(["a b"], "en", "es") == ["[es] A B"]


@pytest.mark.parametrize("spec", ["nope", "translate_fakes:missing", "no_such_module:x"])
def test_unknown_engines_are_input_errors(spec):
    with pytest.raises(InputError):
        load_engine(spec)


def test_entry_point_group_drafting_engines(tmp_path, monkeypatch):
    dist = tmp_path / "fake_engine_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: fake-engine-plugin\nVersion: 1.0\n"
    )
    (dist / "entry_points.txt").write_text(
        "[drafting.engines]\ntagger = translate_fakes:TagEngine\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert isinstance(load_engine("tagger"), TagEngine)


def test_apertium_is_used_only_when_installed():
    if shutil.which("apertium") is None:
        with pytest.raises(InputError, match="apertium"):
            load_engine("apertium")
        from drafting.translate.engines.apertium import ApertiumEngine

        with pytest.raises(EngineError, match="not installed"):
            ApertiumEngine().translate_batch(["Hello."], "en", "es")
    else:
        out = load_engine("apertium").translate_batch(["Hello.", "The city."], "en", "es")
        assert len(out) == 2 and out != ["Hello.", "The city."]
