"""The real engine with the tiny model: install, list, load, batch, cache, errors, online index.

The tiny model's output is noise, so nothing here depends on what it says;
only on how many results come back, that they are stable, and what is cached.
"""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading

import pytest
from translate_helpers import SEED_003, run_cli

from drafting.translate.cache import SegmentCache
from drafting.translate.engines.argos import ArgosEngine
from drafting.translate.engines.base import EngineError, ModelMissing
from drafting.translate.memory import TranslationMemory
from drafting.translate.pipeline import build_layers
from drafting.translate.release import translate_text


def invoke(*args):
    return run_cli(*args)


def test_models_install_list_path_from_file(home, tiny_model):
    assert invoke("models", "path").out.strip() == str(home / "models")
    assert invoke("models", "list", "--json").out.count('"name"') == 0
    result = invoke("models", "install", tiny_model)
    assert result.code == 0, result.err
    assert "installed translate-en_es-tiny (en->es)" in result.out
    assert (home / "models" / "translate-en_es-tiny" / "model" / "model.bin").exists()
    listed = json.loads(invoke("models", "list", "--json").out)["models"]
    assert [(m["from"], m["to"], m["name"]) for m in listed] == [
        ("en", "es", "translate-en_es-tiny")
    ]


def test_install_rejects_a_file_that_is_not_a_package(home, tmp_path):
    bad = tmp_path / "x.argosmodel"
    bad.write_text("not a zip")
    result = invoke("models", "install", bad)
    assert result.code == 2 and "not an .argosmodel" in result.err and result.err.count("\n") == 1


def test_engine_batches_whole_document_one_result_per_segment_stable(installed_tiny):
    engine = ArgosEngine()
    segs = [
        "The forum opens today.",
        "Nearly 600 guests from 113 cities.",
        "Hello.",
        "The forum opens today.",
    ]
    first = engine.translate_batch(segs, "en", "es")
    assert len(first) == 4 and all(isinstance(s, str) for s in first)
    assert first[0] == first[3] and engine.translate_batch(segs, "en", "es") == first
    assert engine.supports("en", "es") and not engine.supports("en", "zh")


def test_argostranslate_loop_mode_runs_the_same_package(installed_tiny):
    out = ArgosEngine(batch="argos").translate_batch(["The forum opens.", "Hello."], "en", "es")
    assert len(out) == 2 and all(isinstance(s, str) for s in out)


def test_missing_pair_and_broken_model_raise_engine_errors(installed_tiny):
    with pytest.raises(ModelMissing):
        ArgosEngine().translate_batch(["Hello."], "en", "zh")
    (installed_tiny / "model" / "model.bin").write_bytes(b"broken")
    with pytest.raises(EngineError, match="cannot load"):
        ArgosEngine().translate_batch(["Hello."], "en", "es")


def test_cache_means_a_second_run_never_calls_the_model(installed_tiny, tmp_path):
    text = SEED_003.read_text(encoding="utf-8")
    cache = SegmentCache(tmp_path / "c.sqlite3")

    def layers():
        return build_layers(
            "es", engine=ArgosEngine(), memory=TranslationMemory("en", "es"), cache=cache
        )

    first_layers = layers()
    first = translate_text(text, first_layers)
    assert first_layers.stats["engine_calls"] == 1  # the whole document in one batch
    assert first_layers.stats["engine_segments"] == len({u.source for u in first.units})
    second_layers = layers()
    assert translate_text(text, second_layers).text == first.text
    assert second_layers.stats["engine_calls"] == 0


def test_seed_translates_end_to_end_offline_with_the_tiny_model(home, tiny_model, tmp_path):
    assert invoke("models", "install", tiny_model).code == 0
    result = invoke("translate", SEED_003, "--to", "es", "-o", tmp_path / "out")
    assert result.code in (0, 1), result.err  # 1: checks flag the noise, as they should
    out = (tmp_path / "out" / f"{SEED_003.stem}.es.txt").read_text(encoding="utf-8")
    assert out.startswith("GUANGZHOU, China, 5 de noviembre de 2021 /PRNewswire/ -- ")
    assert out.count("\n\n") == SEED_003.read_text(encoding="utf-8").count("\n\n")


@pytest.fixture
def package_index(tiny_model, tmp_path):
    """A package index and the tiny package served from 127.0.0.1 in a thread."""
    root = tmp_path / "www"
    root.mkdir()
    shutil.copy(tiny_model, root / tiny_model.name)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *a: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    index = [
        {
            "type": "translate",
            "code": "translate-en_es-tiny",
            "from_code": "en",
            "to_code": "es",
            "from_name": "English",
            "to_name": "Spanish",
            "package_version": "0.0.1-tiny",
            "argos_version": "1.11.0",
            "links": [url + tiny_model.name],
        }
    ]
    (root / "index.json").write_text(json.dumps(index), encoding="utf-8")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield url
    server.shutdown()
    server.server_close()


def test_online_install_uses_argos_index_functions_against_local_server(home, package_index):
    result = invoke("models", "install", "translate-en_es", "--online", "--index", package_index)
    assert result.code == 0, result.err
    assert "installed translate-en_es-tiny (en->es)" in result.out
    missing = invoke("models", "install", "translate-en_zh", "--online", "--index", package_index)
    assert missing.code == 2 and "no package 'translate-en_zh'" in missing.err


def test_a_missing_pair_among_several_writes_nothing(installed_tiny, tmp_path):
    result = invoke("translate", SEED_003, "--to", "es,zh", "-o", tmp_path / "out")
    assert result.code == 2 and "no en->zh translation model" in result.err
    assert not (tmp_path / "out").exists()
