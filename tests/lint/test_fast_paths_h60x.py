"""DR603's and DR602's cheaper scans give what the plain definitions they replace give:
the run before "(ACR)" read back in one match over the window reversed (not a match a
word), the folded names compared once per expansion, the runs' pattern with possessive
repeats, and the runs of only the words that can start a finding."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafting.facts.model import FactSet, Organization
from drafting.lint.document import LintDoc
from drafting.lint.names import name_tokens, norm_name, norm_token
from drafting.lint.rules import facts_acronyms as fa
from drafting.lint.rules import facts_names as fn
from drafting.lint.rules.facts_common import EXAMPLE_FACTS

from .strategies import joined
from .test_fast_paths_names import TWISTED_FACTS, _findings, _texts

# Name words, connectives and words that only start like one, what no name holds, and
# every kind of whitespace a window may hold (line breaks that end a run, a space that
# is no ASCII one, a separator \S and str.split must agree on)
_PIECES = [
    "United", "Cities", "and", "Local", "Governments", "the", "The", "of", "for", "of-",
    "UCLG", "(UCLG)", "(UCGL)", "(CPAFFC)", "(Ab)", "(X)", "Chinese", "People's", "People’s",
    "Association", "Friendship", "with", "Foreign", "Countries", "World", "Health", "Org.",
    "A&B", "x", "said", "2023", ",", ".", "(", ")", "É", "é", "中文", "fo", "eht", "ofX", "Xof",
    "oF", "forth", "A(b", "x.Y", "_A", "A_", "a-B", "’s",
    " ", " ", " ", "  ", "\t", "\n", "\n\n", "\n \n", "\r\n", "\xa0", "\u2003", "\x1c", "\x85",
]  # fmt: skip

_FACTS = FactSet(
    organizations=[
        Organization("United Cities and Local Governments", "UCLG"),
        Organization("World Organization of United Cities and Local Governments", "UCLG"),
        Organization(
            "Chinese People's Association for Friendship with Foreign Countries", "CPAFFC"
        ),
        Organization("The Foreign Office", "FO"),
        Organization("Ab", "AB"),
    ]
)


def _ref_expansions(view: str, wanted: Callable[[str, str], bool]) -> Iterator[fa._Expansion]:
    """``_expansions`` as it was: every word of the window matched by r"\\S+"."""
    for m in fa._DEFINITION.finditer(view):
        end = m.start()
        while end > 0 and view[end - 1] in " \t":
            end -= 1
        if end == m.start() or end == 0:
            continue
        last = view[max(0, end - 200) : end].rsplit(None, 1)
        if not last or not wanted(m.group("acr"), last[-1]):
            continue
        start = end
        for tok in reversed(list(re.finditer(r"\S+", view[max(0, end - 200) : end]))):
            if (
                not fa._NAME_TOKEN.match(tok.group())
                or view[max(0, end - 200) + tok.end() : start].count("\n") > 1
            ):
                break
            start = max(0, end - 200) + tok.start()
        while start < end and not view[start].isupper():
            nxt = view.find(" ", start, end)
            start = end if nxt < 0 else nxt + 1
        if start < end:
            yield fa._Expansion(
                start, end, view[start:end], m.start("acr"), m.end("acr"), m.group("acr")
            )


@settings(max_examples=1500, deadline=None)
@given(joined(_PIECES, 40), st.integers(0, 230))
def test_run_before_a_definition_read_back_in_one_match_is_the_word_by_word_s(text, pad):
    """The run matched over the reversed window (whole words ``_NAME_TOKEN`` takes, gaps
    of one line break at most) starts where the walk back over its r"\\S+" words stops,
    and ``wanted`` is asked the same (windows cut at 200 characters too)."""
    view = "Forum " * (pad // 6) + text
    asked: list[tuple[str, str]] = []
    told: list[tuple[str, str]] = []

    def ask(acr: str, last: str) -> bool:
        asked.append((acr, last))
        return True

    def tell(acr: str, last: str) -> bool:
        told.append((acr, last))
        return True

    assert list(fa._expansions(view, ask)) == list(_ref_expansions(view, tell))
    assert asked == told


def test_a_definition_after_nothing_but_line_breaks_is_no_expansion():
    """Before the fix, "(ACR)" with only line breaks and spaces before it in its
    200-character window crashed DR603 (an IndexError out of ``drafting lint``)."""
    from drafting.lint.engine import lint_text

    assert list(fa._expansions("\n (UCLG) met", lambda a, last: True)) == []
    assert lint_text("\n (UCLG) met.\n", "x.txt", facts=EXAMPLE_FACTS) is not None


def _ref_ends_with(tokens: list[str], name: str) -> bool:
    want = norm_name(name).split()
    got = norm_name(" ".join(tokens)).split()
    return len(got) >= len(want) and got[-len(want) :] == want


@settings(max_examples=600, deadline=None)
@given(joined(_PIECES, 30))
def test_acronym_rule_with_names_folded_once_is_the_plain_rule(text):
    """Each expansion folded once and compared with the names' folds (kept per facts)
    finds what folding both for every name found."""
    doc = LintDoc.from_text(text, "x.txt", facts=_FACTS)
    by_acr = fa._acronym_index(_FACTS)[0]
    for m in _ref_expansions(doc.view, lambda a, last: True):
        known = by_acr.get(m.acr)
        if known:
            got = norm_name(m.exp).split()
            assert any(got[-len(w) :] == w for w in fa._folded(_FACTS, m.acr)) == any(
                _ref_ends_with(m.exp.split(), name) for name in known
            )


_RUN_PIECES = [
    "Global", "Forum", "Mayors'", "Mayors’", "de", "la", "del", "of", "the", "and", "theX",
    "dex", "ofa", "A", "2023", "4th", "U.S.", "&", "-", "_", "É", "é", "x", "'", "’",
    " ", " ", "  ", "\t", "\n", ", ", ". ", "(", ")",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(joined(_RUN_PIECES, 30), st.integers(0, 20))
def test_runs_with_possessive_repeats_are_the_greedy_pattern_s(text, pos):
    """Nothing follows the runs' repeats but what they cannot hold (a word's characters
    are no space, a space starts no word): giving none back never matches, so possessive
    repeats find the runs of the greedy pattern."""
    greedy = re.compile(
        r"[A-Z][\w'’.&-]*(?:[ \t]+(?:[A-Z0-9][\w'’.&-]*"
        r"|(?:de|la|del|der|des|di|da|du|van|von|le|el|of|for"
        r"|and|the|with|in|on|to|at|through|from)\b))*"
    )
    got = [(m.start(), m.end()) for m in fn._RUN.finditer(text, min(pos, len(text)))]
    assert got == [(m.start(), m.end()) for m in greedy.finditer(text, min(pos, len(text)))]


_WORDS = [
    "Guangzhou", "Guangzhuo", "Guangzhou's", "GUANGZHOU", "Global", "Globel", "Forum", "Forums",
    "Metropolis", "Metropole", "UCLG", "UCGL", "CPAFC", "Octavi", "Varga", "Vargas", "Ocatvi",
    "Zzyzx", "Mayors'", "Friendship", "Emilai", "Saiz", "Sais", "İstanbul", "Ab",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12), st.booleans())
def test_words_sought_are_anchors_and_near_spellings_of_one_word_names(words, twisted):
    """Of the words the judge visits, those whose runs are sought anchor a multi-word name
    or nearly spell a one-word name: the others can start no finding."""
    facts = TWISTED_FACTS if twisted else EXAMPLE_FACTS
    doc = LintDoc.from_text(" ".join(words), "x.txt", facts=facts)
    singles, multi, _ = fn._name_index(facts)
    judge = fn._judge(doc)
    for w in filter(judge.__getitem__, words):
        f = norm_token(w)
        assert judge.seek[w] == (
            f in multi or fn._near_single(facts, singles, f, w.isupper()) is not None
        )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.booleans())
def test_name_near_miss_seeking_fewer_words_is_the_plain_algorithm(data, twisted):
    """The runs of the words that can start no finding left out, the rule finds what the
    plain algorithm (every run of every word visited) finds."""
    new, ref = _findings(TWISTED_FACTS if twisted else EXAMPLE_FACTS, data.draw(_texts))
    assert new == ref


_NAME_BITS = [
    "The", "the", "of", "Mayors'", "Mayors’", "People's", "'s", "’s", "'", "A&B", "U.S.",
    "x-y", "İstanbul", "Straße", "ﬁ", "(", ")", ",", " ", "  ", "\n", "_", "2023",
]  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(joined(_NAME_BITS, 12))
def test_words_folded_once_each_are_those_norm_name_joins(text):
    """The kept folds of a text's words (``name_tokens``, which ``norm_name`` now joins)
    are the plain definition's: its words after a split, and the last of its words (what
    an empty word leaves at the end too)."""
    tokens = [norm_token(t) for t in re.findall(r"[\w'’&.-]+", text)]
    plain = " ".join(tokens[1:] if tokens and tokens[0] == "the" else tokens)
    folded = name_tokens(text)
    assert norm_name(text) == plain
    assert list(filter(None, folded)) == plain.split()
    assert (folded[-1] if folded else "") == plain.rsplit(" ", 1)[-1]
