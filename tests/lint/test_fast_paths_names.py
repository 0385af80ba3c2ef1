"""DR602's shortcuts (per-facts anchor places, two tokens tested before a window is counted)
give what the plain algorithm gives: the reference below is the rule's loop as it was
before them (the window judgement, unchanged, is the rule's own)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from operator import ne

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafting.facts.model import Event, FactSet, Organization, Person
from drafting.lint.document import WORD, LintDoc
from drafting.lint.finding import Finding
from drafting.lint.names import norm_token
from drafting.lint.rules import facts_names as fn
from drafting.lint.rules.facts_common import EXAMPLE_FACTS
from drafting.text.spans import pieces_holding


def _ref_multi(facts: FactSet) -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    multi: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = defaultdict(list)
    for name in fn._known_names(facts):
        toks = tuple(m.group() for m in WORD.finditer(name))
        folded = tuple(norm_token(t) for t in toks)
        if len(toks) > 1:
            multi[folded[0]].append((toks, folded))
            if folded[-1] != folded[0]:
                multi[folded[-1]].append((toks, folded))
    return {key: list(dict.fromkeys(names)) for key, names in multi.items()}


def _ref_words(runs: list[tuple[int, str]], picked: list[int]) -> tuple[list[int], list[str]]:
    starts: list[int] = []
    texts: list[str] = []
    for i in picked:
        base, chunk = runs[i]
        for m in WORD.finditer(chunk):
            starts.append(base + m.start())
            texts.append(m.group())
        starts.append(base + len(chunk))
        texts.append(" ")
    return starts, texts


def _reference(doc: LintDoc) -> Iterator[Finding]:
    """DR602 without its shortcuts: every window of every name at both ends of an anchor."""
    assert doc.facts is not None
    singles, _, tokens = fn._name_index(doc.facts)
    multi = _ref_multi(doc.facts)
    lists = tokens | doc.lexicon.known | doc.known_words
    words = set(WORD.findall(doc.view))
    fold = {w: norm_token(w) for w in words}
    visit = {
        w
        for w, f in fold.items()
        if w[0].isupper() and (f in multi or (len(f) >= 4 and f not in lists))
    }
    runs = [(m.start(), m.group()) for m in fn._RUN.finditer(doc.view)]
    holding = pieces_holding([chunk for _, chunk in runs], visit)
    starts, texts = _ref_words(runs, sorted(holding))
    folded = [norm_token(t) for t in texts]
    flagged: set[int] = set()
    for i in range(len(texts)):
        if texts[i] not in visit:
            continue
        text, tok = texts[i], folded[i]
        for name, fname in multi.get(tok, ()):
            n = len(name)
            for lo in (i, i - n + 1):
                if 0 <= lo <= len(texts) - n and sum(map(ne, folded[lo : lo + n], fname)) == 1:
                    hit = fn._window_near_miss(doc, starts, texts, folded, flagged, lo, name, fname)
                    if hit:
                        yield hit
        start = starts[i]
        if start in flagged or tok in tokens or len(tok) < 4:
            continue
        if tok in doc.lexicon.known or tok in doc.known_words:
            continue
        end = start + len(text)
        if doc.view[start - 1 : start] == "(" and doc.view[end : end + 1] == ")":
            continue
        near = fn._near_single(doc.facts, singles, tok, text.isupper())
        if near:
            flagged.add(start)
            end = start + len(fn._strip_possessive(text))
            yield Finding(
                "DR602",
                f"'{doc.text[start:end]}' is close to the known name '{near}'",
                start,
                end,
                "error",
                (near,),
            )


#: names whose first and last words are slips of each other ("Varga to Vargas"), a name
#: that starts and ends with one word, two-word names, names inside names
TWISTED_FACTS = FactSet(
    organizations=[
        Organization("Forum for Forums"),
        Organization("Varga to Vargas"),
        Organization("Metropole of Metropolis"),
        Organization("Guangzhou to Guangzhou"),
        Organization("Varga Vargas Institute"),
        Organization("Global Mayors' Forum Secretariat"),
        Organization("United Cities and Local Governments", acronym="UCLG"),
    ],
    people=[Person("Octavi de la Varga"), Person("Emilia Saiz"), Person("Li Mei")],
    events=[Event("Global Mayors' Forum", "2023"), Event("Metropolis World Congress")],
)

_NAME_WORDS = sorted(
    {
        t
        for facts in (EXAMPLE_FACTS, TWISTED_FACTS)
        for name in fn._known_names(facts)
        for t in WORD.findall(name)
        for t in (t, t.lower())
    }
)
_SLIPS = [
    "Guangzhuo", "Guangzhou's", "Vargas", "Varga's", "Mayor", "Mayors", "Mayors'", "Forums",
    "Forun", "Globel", "Metropolises", "Metropole", "Citties", "Goverments", "UCGL", "CPAFC",
    "Ocatvi", "Emilai", "Saiz's", "Sais", "Lee", "Forrum", "Awards", "Inovation", "Zzyzx",
]  # fmt: skip
_SMALL = ["de", "la", "of", "for", "and", "the", "to", "in", "with", "through", "said", "To", "Of"]
_GAPS = [" ", " ", " ", "  ", "\t", "\n", "\n\n", ", ", ". ", " (", ") ", "'s ", "-", "’ "]

_NAMES = sorted(
    name.split() for facts in (EXAMPLE_FACTS, TWISTED_FACTS) for name in fn._known_names(facts)
)
_piece = st.sampled_from(_NAME_WORDS + _SLIPS + _SMALL)


@st.composite
def _slip(draw: st.DrawFn, word: str) -> str:
    """``word`` with one letter dropped, doubled or swapped with the next, or an "s" added."""
    k = draw(st.integers(0, len(word) - 1))
    swapped = word[:k] + word[k + 1 : k + 2] + word[k] + word[k + 2 :]
    dropped, doubled = word[:k] + word[k + 1 :], word[:k] + word[k] + word[k:]
    return draw(st.sampled_from([dropped, doubled, swapped, word + "s", word.lower()]))


@st.composite
def _name_like(draw: st.DrawFn) -> str:
    """A name of the facts, often with one word a slip of its own or another word."""
    words = list(draw(st.sampled_from(_NAMES)))
    if draw(st.booleans()):
        k = draw(st.integers(0, len(words) - 1))
        words[k] = draw(st.one_of(_slip(words[k]), _piece))
    return " ".join(words)


_texts = st.lists(
    st.tuples(st.one_of(_name_like(), _piece), st.sampled_from(_GAPS)), max_size=20
).map(lambda parts: "".join(w + g for w, g in parts))


def _findings(facts: FactSet, text: str) -> tuple[list[Finding], list[Finding]]:
    new = list(fn.name_near_miss(LintDoc.from_text(text, "x.txt", facts=facts)))
    ref = list(_reference(LintDoc.from_text(text, "x.txt", facts=facts)))
    return new, ref


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_texts, twisted=st.booleans())
def test_name_near_miss_is_the_plain_algorithm(text, twisted):
    new, ref = _findings(TWISTED_FACTS if twisted else EXAMPLE_FACTS, text)
    assert new == ref


def test_the_reference_flags_what_the_rule_must():
    for facts, text in (
        (EXAMPLE_FACTS, "The forum opened in Guangzhuo."),
        (EXAMPLE_FACTS, "Octavi de la Vargas spoke."),
        (EXAMPLE_FACTS, "The Global Mayor's Forum and the Globel Mayors' Forum met."),
        (TWISTED_FACTS, "The Forums for Forums met, and Guangzhou to Guangzhuo."),
        (TWISTED_FACTS, "Varga Vargas Institut and Global Mayors' Forum Secretariet."),
        (TWISTED_FACTS, "Vargas To-vargas met."),
        (TWISTED_FACTS, "Emilia Sais spoke, and Eilia Saiz."),
        (EXAMPLE_FACTS, "The Guangzhou Awrad was given."),
    ):
        new, ref = _findings(facts, text)
        assert ref and new == ref
