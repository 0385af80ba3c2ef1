"""Quotations and who said them.

A quotation is quoted text of six words or more that a speech verb ("said",
"added", "continued") attaches to a speaker: the name next to it, a pronoun
standing for the last person named, or the speaker of the passage's
"X said that ..." sentence. Short quoted phrases (titles, themes) are not quotes.
"""

from __future__ import annotations

import re

from drafting.facts.model import Person, Quote
from drafting.facts.passage import Passage
from drafting.facts.people import NAME

_QUOTED = re.compile(r'"(?P<q>[^"]{20,}?)"')
_VERB = (
    r"(?:said|says|added|adds|continued|noted|stated|explained|remarked|told|stressed|emphasized)"
)
_AFTER = re.compile(rf"^\s*(?:(?P<name>{NAME})|(?P<pron>he|she|they))\b[^.\"]{{0,120}}?\b{_VERB}\b")
_AFTER_VERB_FIRST = re.compile(rf"^\s*{_VERB}\s+(?P<name>{NAME})")
_BEFORE = re.compile(rf"(?P<name>{NAME})\b[^\"]{{0,200}}?\b{_VERB}\b(?:\s+that)?[^\"]*$")


def find_quotes(p: Passage, people: list[Person], last_speaker: str | None = None) -> list[Quote]:
    """Quotes in one passage; ``people`` resolve pronouns, ``last_speaker`` carries over."""
    text = p.text
    out: list[Quote] = []
    speaker = last_speaker
    for m in _QUOTED.finditer(text):
        words = m.group("q").split()
        if len(words) < 6:
            continue
        after = text[m.end() : m.end() + 200]
        before = text[max(0, m.start() - 400) : m.start()]
        who = None
        a = _AFTER.match(after) or _AFTER_VERB_FIRST.match(after)
        if a and a.groupdict().get("name"):
            who = a.group("name")
        elif a:
            who = speaker or (people[-1].name if people else None)
        else:
            b = _BEFORE.search(before)
            if b:
                who = b.group("name")
            elif speaker and re.search(rf"\b{_VERB}\b", before):
                who = speaker
            elif speaker is None:
                continue  # quoted text nobody is said to speak: a title or a theme
        q0, q1 = m.start("q"), m.end("q")
        body = m.group("q").rstrip(",")
        out.append(Quote(text=body, speaker=who, provenance=p.provenance(q0, q0 + len(body))))
        speaker = who or speaker
        del q1
    return out
