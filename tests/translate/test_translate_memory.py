"""Translation memory: exact reuse, fuzzy offers, TMX in and out."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafting.errors import InputError
from drafting.translate.memory import TranslationMemory, load_memory, memory_path, save_memory


def test_exact_match_ignores_whitespace_runs_only():
    tm = TranslationMemory("en", "zh")
    tm.add("The forum  opens\ttoday.", "论坛今天开幕。")
    assert tm.exact(" The forum opens today. ") == "论坛今天开幕。"
    assert tm.exact("The forum opens today") is None
    assert tm.exact("the forum opens today.") is None


def test_fuzzy_offers_close_matches_best_first_with_scores():
    tm = TranslationMemory("en", "es")
    tm.add("The forum opens today.", "El foro abre hoy.")
    tm.add("The forum opened today.", "El foro abrió hoy.")
    tm.add("Something else entirely.", "Otra cosa.")
    found = tm.fuzzy("The forum opens today!")
    assert [m.target for m in found] == ["El foro abre hoy.", "El foro abrió hoy."]
    assert 0.75 <= found[1].score < found[0].score < 1
    assert tm.fuzzy("Completely unrelated words here.") == []


_seg = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(
    lambda s: s.strip()
)


@given(st.dictionaries(_seg, _seg, max_size=8))
def test_tmx_round_trip(entries):
    tm = TranslationMemory("en", "zh")
    for s, t in entries.items():
        tm.add(s, t)
    back = TranslationMemory("en", "zh")
    assert back.merge_tmx(tm.to_tmx()) == len(tm)
    assert back.entries == tm.entries


def test_tmx_import_accepts_regional_codes_and_skips_other_pairs():
    tmx = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en-US" segtype="sentence" datatype="plaintext"
 adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>
<tu><tuv xml:lang="en-US"><seg>Hello.</seg></tuv><tuv xml:lang="zh-CN"><seg>你好。</seg></tuv></tu>
<tu><tuv xml:lang="en-US"><seg>Bye.</seg></tuv><tuv xml:lang="fr-FR"><seg>Salut.</seg></tuv></tu>
</body></tmx>"""
    tm = TranslationMemory("en", "zh")
    assert tm.merge_tmx(tmx) == 1
    assert tm.exact("Hello.") == "你好。"


def test_bad_tmx_is_an_input_error():
    with pytest.raises(InputError, match="not a valid TMX"):
        TranslationMemory("en", "zh").merge_tmx("<tmx><body>", path="x.tmx")


def test_memory_persists_under_drafting_home(home):
    tm = load_memory("en", "es")
    assert len(tm) == 0
    tm.add("Hello.", "Hola.")
    save_memory(tm)
    assert memory_path("en", "es").is_relative_to(home)
    assert load_memory("en", "es").exact("Hello.") == "Hola."
