"""DR602's scans in C give what the plain definitions they replace give: the runs holding
a word (found round each place the word occurs, not by a scan of the whole text), the
words of the chunks and of the runs (split in C), and the offsets worked out on demand.
The rule as a whole is checked against its plain algorithm in test_fast_paths_names.py."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from drafting.lint.document import WORD
from drafting.lint.rules import facts_names as fn

# Capitalised words, the small words a run may hold (and words that only start like one),
# words that start a run inside them ("macDonald", "x-Ray", "de-Bar"), digits, letters
# outside ASCII (a capital no run starts at, a number that counts as a letter, a lone
# surrogate), two apostrophes that meet, the break mark; between them spaces, tabs, line
# breaks and marks a run holds or ends at.
_WORD_PIECES = [
    "Global", "Forum", "Forums", "Mayors'", "Mayors’", "GUANGZHOU", "Guangzhou's", "A", "B",
    "Plan", "The", "de", "la", "del", "van", "Von", "of", "the", "and", "through", "from",
    "with", "to", "theX", "dex", "fromage", "ofa", "the’s", "de-", "-Bar", "macDonald",
    "x-Ray", "forum", "city", "said", "2023", "4th", "U.S.", "&", "_", "É", "Émile", "é",
    "中文", "²", "o''clock", "d'’x", "’", "'", "|", "\ud800",
]  # fmt: skip
_GAP_PIECES = [" ", " ", " ", " ", "  ", "\t", "\n", "", ", ", ". ", " (", ") ", "-", "’ ", "'s "]
# phrases of words a space apart (the runs), glued together by the gaps
_PHRASES = st.lists(st.sampled_from(_WORD_PIECES), min_size=1, max_size=5).map(" ".join)
_TEXTS = st.lists(st.tuples(_PHRASES, st.sampled_from(_GAP_PIECES)), max_size=8).map(
    lambda parts: "".join(w + g for w, g in parts)
)
# words DR602 visits: capitalised (a word from a capital cannot run past the run's end)
_WORDS = ["Global", "Forum", "Forums", "Mayors", "Mayors'", "Guangzhou", "GUANGZHOU", "Bar",
          "Donald", "Ray", "Émile", "A", "B", "The", "Plan", "Orum"]  # fmt: skip


def _ref_words(runs: list[tuple[int, str]]) -> tuple[list[int], list[str]]:
    """The runs' word tokens and their offsets, each run followed by a break at its end."""
    starts: list[int] = []
    texts: list[str] = []
    for base, chunk in runs:
        for m in WORD.finditer(chunk):
            starts.append(base + m.start())
            texts.append(m.group())
        starts.append(base + len(chunk))
        texts.append(fn._BREAK)
    return starts, texts


@settings(max_examples=800, deadline=None)
@given(_TEXTS, st.data())
def test_runs_holding_a_word_are_those_a_scan_of_the_whole_text_finds(text, data):
    """Searched for only from a place no run holds (or the end of the run before), the
    runs round the places of the words are the runs of a scan of the whole text."""
    own = sorted(w for w in set(WORD.findall(text)) if w[0].isupper())
    words = data.draw(st.sets(st.sampled_from(_WORDS + own), min_size=1, max_size=4))
    want = [
        (m.start(), m.group()) for m in fn._RUN.finditer(text) if any(w in m.group() for w in words)
    ]
    assert [(m.start(), m.group()) for m in fn._runs_holding(text, words)] == want


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_words_of_chunks_split_in_c_are_those_of_the_pattern(text):
    chunks = list(set(text.split()))
    assert fn._capital_words(chunks) == set(WORD.findall("\n".join(chunks)))


@settings(max_examples=500, deadline=None)
@given(_TEXTS, st.data())
def test_words_of_runs_and_their_offsets_are_those_of_the_pattern(text, data):
    """The runs' tokens split in C, and each offset, worked out per run when first asked
    for (in any order), are the pattern's tokens and offsets."""
    runs = list(fn._RUN.finditer(text))
    want_starts, want_texts = _ref_words([(m.start(), m.group()) for m in runs])
    texts = fn._run_words(runs)
    assert texts == want_texts
    starts = fn._Starts(runs, texts)
    order = data.draw(st.permutations(range(len(texts))))
    assert [starts[i] for i in order] == [want_starts[i] for i in order]


def test_words_split_in_c_step_aside_for_what_they_do_not_handle():
    """Two apostrophes that meet, or a number that counts as a letter, leave the split to
    the pattern (None); letters outside ASCII and the curly apostrophe do not."""
    assert fn._words("o''clock", fn._GAPS) is None
    assert fn._words("Mayors’’ x²", fn._GAPS) is None
    assert fn._words("x² Forum", fn._GAPS) is None
    assert fn._words("Quién Mayors’ d’Este, 2023", fn._GAPS) == ["Quién", "Mayors", "d’Este"]
    assert fn._words("The Forum | Global |", fn._GAPS_BUT_BREAK) == [
        "The", "Forum", "|", "Global", "|"
    ]  # fmt: skip
