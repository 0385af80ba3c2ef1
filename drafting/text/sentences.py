"""The one sentence splitter that score, lint and translate share.

Pure regular expressions and a few word lists, because it sits on lint's hot
path and must not import a language model. A sentence ends at a paragraph
break, at a new list item or heading line, after Chinese 。！？ (with any
closing quotes), and after ``. ! ? …`` (with any closing quotes) when
whitespace and a likely sentence start follow. Abbreviations ("Dec. 11",
"No. 5", "Mr. Smith"), initialisms ("U.S.", "p.m.", "H.ID.RA.N.T.") and
anything without whitespace after the dot (decimals, URLs, e-mails) do not
end a sentence.
"""

from __future__ import annotations

import re

from drafting.text.spans import Span

#: closing quotes and brackets that stay with the sentence they end
_CLOSERS = "\"'”’»)]」』）》"
#: opening marks a word may carry before its first letter
_OPENERS = "\"'“‘«([¿¡「『（《"

_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r|\n)(?:[^\S\r\n]*(?:\r\n|\r|\n))+")
#: a new line that starts a list item or a Markdown heading also starts a sentence
_ITEM_START = re.compile(r"(?:\r\n|\r|\n)[^\S\r\n]*(?=(?:[-*+•]|#{1,6}|\d{1,3}[.)])[^\S\r\n])")
#: Chinese 。！？ (with closers), or ! ? before a Han character: one character class first,
#: so the engine skips to those marks at C speed (English text holds few)
_CJK_END = re.compile(
    rf"[。！？!?](?:(?<=[。！？])[。！？]*[{re.escape(_CLOSERS)}]*|(?<=[!?])[!?]*(?=[\u3400-\u9fff]))"
)
_LATIN_END = re.compile(rf"[.!?…]+[{re.escape(_CLOSERS)}]*(?=\s)")

#: never end a sentence: titles and Latin short forms
_ALWAYS_ABBREV = frozenset(
    """mr mrs ms dr prof st sr jr rev hon gen gov sen rep capt col lt sgt mt ft
    messrs mme mlle e.g i.e cf vs approx dept est esp fig figs
    sra srta dra dña ud uds lic ing arq av avda ee""".split()
)
#: company suffixes and "UU." (of "EE. UU."): end a sentence only before a common starter
_STARTER_ONLY = frozenset("inc corp co ltd llc plc bros uu".split())
#: end no sentence when a number follows: "Dec. 11", "No. 5", "p. 12"
_BEFORE_NUMBER = frozenset(
    """no nos vol vols p pp art arts ch sec para tel ext op
    jan feb mar apr jun jul aug sep sept oct nov dec
    ene abr ago dic núm pág""".split()
)
#: initials and dotted initialisms ("F.", "U.S.", "p.m.", "H.ID.RA.N.T.")
_INITIALS = re.compile(r"^(?:[A-Za-z]|[A-Za-z]{1,4}(?:\.[A-Za-z]{1,4})+)$")
#: words that often start a sentence; after "U.S." or "p.m." only these end it
_STARTERS = frozenset(
    """the this that these those it its he she we they i you our his her their
    there here today now in on at for but and as a an with according after
    before during by from if when while however meanwhile also since so yet
    el la los las un una en este esta estos estas se por con según además sin
    pero es hoy durante tras desde para como cuando aunque también ahora así su sus""".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def split_sentences(text: str, lang: str = "en") -> list[Span]:
    """Spans of the sentences in ``text``, in order, stripped of surrounding whitespace.

    ``lang`` is accepted for callers that know it; the rules cover English,
    Spanish and Chinese together so mixed text (a Chinese release quoting an
    English name) splits the same whatever the caller says.
    """
    cuts = {0, len(text)}
    if "\n" in text or "\r" in text:  # (a paragraph of one line has neither)
        for m in _PARAGRAPH_BREAK.finditer(text):
            cuts.add(m.start())
            cuts.add(m.end())
        for m in _ITEM_START.finditer(text):
            cuts.add(m.start())
    for m in _CJK_END.finditer(text):
        cuts.add(m.end())
    for m in _LATIN_END.finditer(text):
        if _ends_sentence(text, m.start(), m.end()):
            cuts.add(m.end())
    return _spans_between(text, sorted(cuts))


def _spans_between(text: str, cuts: list[int]) -> list[Span]:
    spans = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        chunk = text[a:b]
        stripped = chunk.strip()
        if not stripped:
            continue
        start = a + (len(chunk) - len(chunk.lstrip()))
        end = start + len(stripped)
        spans.append(Span(start, end, stripped))
    return spans


def _ends_sentence(text: str, term_start: int, term_end: int) -> bool:
    """Decide whether the terminator at ``text[term_start:term_end]`` ends a sentence."""
    n = term_end
    while n < len(text) and text[n].isspace():
        n += 1
    if n == len(text):
        return True
    nxt = text[n]
    if nxt.islower():
        return False
    marks = text[term_start:term_end].rstrip(_CLOSERS)
    if marks != ".":
        return True  # "!", "?", "...", "…": a capital or a mark follows
    if term_end != term_start + 1:
        return True  # 'he said." Next' : the quote closes the sentence
    token = _token_before(text, term_start)
    low = token.lower()
    if low in _ALWAYS_ABBREV:
        return False
    if nxt.isdigit():
        return low not in _BEFORE_NUMBER and not _INITIALS.match(token)
    if _INITIALS.match(token) or low in _STARTER_ONLY:
        word = _WORD.match(text, n + (1 if nxt in _OPENERS else 0))
        return bool(word) and word.group().lower() in _STARTERS
    return True


def _token_before(text: str, end: int) -> str:
    """The run of non-space characters before ``end``, without opening marks."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lstrip(_OPENERS)
