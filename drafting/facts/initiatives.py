"""Named initiatives, platforms, programmes and contests, recorded as events with a ``kind``.

A release names them in a few ways; the kind is the word it uses:

- a capitalised name ending in the kind: "the Cities for Global Health Platform";
- a name before the kind in lower case: "the UTOPÍAS initiative";
- the kind, then "entitled/called/named/dubbed" and a title:
  "a painting contest entitled Metropolises through Children's Eyes";
- the kind, then "to" and a capitalised title right after it: "our initiative to
  Rethink Metropolitan Spaces" (not "an initiative to the Water Council");
- a name with its acronym that an organisation "established" or "launched":
  "Metropolis has successfully established Urban Sustainable Experiences (USE)". The
  release does not say what it is, so the kind is the generic "initiative".

The organiser is the known organisation that the sentence says launched or
established it; the start is the date (or month, or year) nearest that verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafting.facts.dates import SINGLE, resolve
from drafting.facts.names import proper_phrases
from drafting.facts.organizations import ORG_HEADS
from drafting.facts.when import find_when

KIND_WORDS = (
    "platform",
    "initiative",
    "programme",
    "program",
    "project",
    "campaign",
    "contest",
    "competition",
    "challenge",
)
_KIND = "|".join(KIND_WORDS)
_LAUNCH = r"(?:launched|established|created|set up|initiated|introduced|unveiled|started|founded)"
_DETERMINERS = frozenset("the a an its our their his her this".split())
_TITLE_LINKS = frozenset(
    "of for the and through in on to with a an at by from our your their".split()
)
_NAMED = re.compile(
    rf"\b(?P<kind>{_KIND})\s+(?:entitled|titled|called|named|dubbed|known as)\s+"
    r"(?:\"(?P<quoted>[^\"]{2,80})\"|(?P<title>\w))",
    re.I,
)
_KIND_TO = re.compile(rf"\b(?:our|its|their|the|a|an|new)\s+(?P<kind>{_KIND})\s+to\s+", re.I)
_LOWER_KIND = re.compile(rf"\s(?P<kind>{_KIND})\b")
_TOKEN = re.compile(r"[^\W_][\w'\-]*")
_ACRONYM_THING = re.compile(
    rf"\b{_LAUNCH}\s+(?:the\s+)?(?P<name>[A-Z][\w'\-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*"
    r"[A-Z][\w'\-]*){1,7})\s+\((?P<acr>[A-Z]{2,10})\)"
)
_NEAR = 160  # characters either side of "launched" searched for its date
_WHICH_LAUNCHED = re.compile(
    rf",?\s+(?:which|that)\s+(?:was|were|has been|had been|is)\s+(?:\w+ly\s+)?{_LAUNCH}\b"
)


@dataclass
class Found:
    """One initiative named in a passage, in passage offsets (``start``-``end`` is cited)."""

    name: str
    kind: str
    start: int
    end: int
    name_start: int
    name_end: int
    alias: str | None = None


def _kind(word: str) -> str:
    return word.lower()


def _title_after(text: str, pos: int) -> tuple[int, int] | None:
    """A title-case run starting at ``pos`` ("Metropolises through Children's Eyes")."""
    end, first_cap, last_cap = pos, None, None
    for m in _TOKEN.finditer(text, pos):
        if text[end : m.start()] not in ("", " "):
            break
        word = m.group()
        if word[0].isupper():
            first_cap = m.start() if first_cap is None else first_cap
            last_cap = m.end()
        elif word not in _TITLE_LINKS or len(text[pos : m.end()]) > 120:
            break
        end = m.end()
    return (first_cap, last_cap) if first_cap is not None and last_cap else None


def _capitalised_before(text: str, end: int) -> int | None:
    """Start of the capitalised words (dots allowed: "H.ID.RA.N.T.") ending at ``end``,
    when a determiner ("the", "our") comes right before them."""
    base = max(0, end - 160)
    if base:
        base = text.find(" ", base, end) + 1 or end
    words = text[base:end].split(" ")
    if words and words[-1] == "":
        words.pop()
    taken = 0
    while words and words[-1] and words[-1][0].isupper() and taken < 5:
        if words[-1].lower() in _DETERMINERS:
            break  # "The" opening a sentence
        if not re.fullmatch(r"[^\W\d_][\w.'\-]*", words[-1]):
            return None
        taken += 1
        words.pop()
    if not taken or not words or words[-1].lower() not in _DETERMINERS:
        return None
    return base + len(" ".join(words)) + 1


def _name_end(words: tuple[str, ...], i: int) -> int | None:
    """Index of the last word of a name whose kind word is ``words[i]``, or None.

    "Clean Rivers Platform in 2019" ends at the kind; "Platform for Healthy Cities"
    runs on to its last capitalised word (before any number).
    """
    if i + 1 == len(words) or words[i + 1] not in ("of", "for"):
        return i
    j = None
    for k in range(i + 2, len(words)):
        if words[k][0].isdigit():
            break
        if words[k][0].isupper():
            j = k
    return j


def find_initiatives(text: str, not_names: set[str]) -> list[Found]:
    """Initiatives named in ``text``; ``not_names`` (organisations, places) are never one."""
    out: list[Found] = []

    def add(f: Found) -> None:
        if f.alias is None and f.name.casefold() in {n.casefold() for n in not_names}:
            return
        if any(o.name_start < f.name_end and f.name_start < o.name_end for o in out):
            return
        out.append(f)

    for m in _NAMED.finditer(text):
        if m.group("quoted"):
            a, b = m.start("quoted"), m.end("quoted")
            add(Found(m.group("quoted"), _kind(m.group("kind")), m.start(), b + 1, a, b))
            continue
        span = _title_after(text, m.start("title"))
        if span:
            a, b = span
            add(Found(text[a:b], _kind(m.group("kind")), m.start(), b, a, b))
    for m in _KIND_TO.finditer(text):
        span = _title_after(text, m.end())  # "to Rethink Metropolitan Spaces", not "to the X"
        if (
            span
            and span[0] == m.end()
            and sum(w[0].isupper() for w in text[slice(*span)].split()) >= 2
        ):
            a, b = span
            add(Found(text[a:b], _kind(m.group("kind")), m.start("kind"), b, a, b))
    for m in _ACRONYM_THING.finditer(text):
        name = m.group("name")
        capitals = "".join(w[0] for w in name.split() if w[0].isupper())
        if capitals != m.group("acr") or name.split()[-1] in ORG_HEADS:
            continue
        add(
            Found(
                name, "initiative", m.start("name"), m.end(), m.start("name"), m.end("name"),
                alias=m.group("acr"),
            )
        )  # fmt: skip
    for ph in proper_phrases(text):
        for i, word in enumerate(ph.words):
            if word.lower() not in KIND_WORDS or i == 0:
                continue
            j = _name_end(ph.words, i)
            if j is not None:
                sub = ph.sub(0, j + 1)
                add(Found(sub.text, _kind(word), sub.start, sub.end, sub.start, sub.end))
            break
    for m in _LOWER_KIND.finditer(text):
        a = _capitalised_before(text, m.start())
        if a is None:
            continue
        name = text[a : m.start()]
        add(Found(name, _kind(m.group("kind")), a, m.end(), a, m.start()))
    return sorted(out, key=lambda f: f.start)


def organizer(sentence_before: str, known: list[str]) -> str | None:
    """The known organisation that ``sentence_before`` (text up to the name) says launched it."""
    m = re.search(rf"{_LAUNCH}\b[^.;]{{0,40}}$", sentence_before)
    if not m:
        return None
    head = sentence_before[: m.start()]
    best = None
    for name in known:
        hit = re.search(rf"\b{re.escape(name)}\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$", head)
        if hit and (best is None or len(name) > len(best)):
            best = name
    return best


def launch_date(text: str, lo: int, hi: int, f: Found, release: str | None) -> str | None:
    """The date nearest the verb that launched ``f``, when the sentence has both."""
    cue = None
    before = re.search(rf"{_LAUNCH}\b[^.;]{{0,40}}$", text[lo : f.start])
    if before:
        cue = lo + before.start()
    after = _WHICH_LAUNCHED.match(text, f.end)
    if after:
        cue = after.end()
    if cue is None:
        return None
    lo, hi = max(lo, cue - _NEAR), min(hi, cue + _NEAR)  # a date this near the verb, no further
    dates = [(w.start, w.value) for w in find_when(text, release, lo, hi)]
    for m in SINGLE.finditer(text, lo, hi):
        iso = resolve(m.group("m1"), m.group("d1"), m.group("year"), release)
        if iso:
            dates.append((m.start(), iso))
    dates = [d for d in dates if not (f.name_start <= d[0] < f.name_end)]
    if not dates:
        return None
    return min(dates, key=lambda d: abs(d[0] - cue))[1]
