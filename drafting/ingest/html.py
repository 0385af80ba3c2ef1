"""Visible text of an HTML release, with each character's offset in the source.

Uses the standard library's :class:`html.parser.HTMLParser`; block elements
become line breaks so that headings and paragraphs stay apart, scripts and
styles are dropped, entities are decoded.
"""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

from drafting.text.spans import LineIndex

_BLOCK = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th title tr ul".split()
)
_HIDDEN = frozenset({"script", "style", "head", "noscript", "template"})


class _Extractor(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        # HTMLParser counts lines on "\n" only
        self.lines = LineIndex(source.replace("\r", " "))
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.hidden = 0

    def _here(self) -> int:
        line, col = self.getpos()
        return self.lines.offset(line, col + 1)

    def _break(self) -> None:
        if self.chars and self.chars[-1] != "\n":
            self.chars.append("\n")
            self.offsets.append(self._here())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        at = self._here()
        for i, ch in enumerate(data):
            self.chars.append(" " if ch.isspace() else ch)
            self.offsets.append(at + i)

    def _entity(self, raw: str) -> None:
        if self.hidden:
            return
        at = self._here()
        for ch in unescape(raw):
            self.chars.append(" " if ch.isspace() else ch)
            self.offsets.append(at)

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name};")


def html_to_text(source: str) -> tuple[str, list[int]]:
    """``(text, offsets)``: visible text and, per character, its offset in ``source``."""
    ex = _Extractor(source)
    ex.feed(source)
    ex.close()
    return "".join(ex.chars), ex.offsets
