"""Where a release's body ends, and its media contact block, by shape and per-language tables.

* End marks: ``###``, ``# # #``, ``-30-``, ``- 30 -`` alone on a line.
* Source lines: a source word in :data:`SOURCE_WORDS` at the start of the line,
  followed by a space or a colon (``SOURCE Acme``, ``FUENTE Acme``,
  ``消息来源：广州市``). Latin words must be in capitals, as wires print them, so
  a sentence starting "Source of ..." is not one.
* Contact blocks: a heading from :data:`CONTACT_HEADINGS` (any case, with an
  optional colon and text after it), then the lines that look like contact
  details: an e-mail address, a phone number, a web address, ``Label: value``,
  or a short line without sentence punctuation (a name, an office).
"""

from __future__ import annotations

import re

from drafting.ingest.shape import ends_sentence, length

#: Words that start a wire's source line, per language.
SOURCE_WORDS = {
    "en": ("SOURCE",),
    "es": ("FUENTE",),
    "zh": ("消息来源", "消息來源", "新闻来源", "新聞來源", "来源", "來源"),
}

#: Headings of a media contact block, per language (matched case-insensitively).
CONTACT_HEADINGS = {
    "en": (
        "media contact", "media contacts", "press contact", "press contacts", "contact",
        "contacts", "media inquiries", "media enquiries", "press inquiries", "press enquiries",
        "for more information", "for further information", "for media inquiries",
        "investor contact", "investor contacts",
    ),
    "es": (
        "contacto de prensa", "contactos de prensa", "contacto para medios",
        "contacto con los medios", "contacto", "contactos", "contacto de medios",
        "para más información", "para mayor información", "consultas de prensa",
    ),
    "zh": (
        "媒体联系人", "媒體聯繫人", "媒体联络人", "媒體聯絡人", "媒体联系", "媒體聯繫",
        "新闻联系人", "新聞聯繫人", "联系人", "聯繫人", "联系方式", "聯繫方式", "媒体垂询",
        "媒體垂詢",
    ),
}  # fmt: skip

END_MARK = re.compile(r"^(?:#[ \t]*#[ \t]*#|-[ \t]*30[ \t]*-)[ \t]*$")

_SRC_LATIN = "|".join(w for ws in SOURCE_WORDS.values() for w in ws if w.isascii())
_SRC_CJK = "|".join(w for ws in SOURCE_WORDS.values() for w in ws if not w.isascii())
SOURCE_LINE = re.compile(
    rf"(?:(?:{_SRC_LATIN})(?:[ \t]+|[ \t]*:[ \t]*)|(?:{_SRC_CJK})[ \t]*[:：])\S"
)

_HEADINGS = sorted({h for hs in CONTACT_HEADINGS.values() for h in hs}, key=len, reverse=True)
CONTACT_HEADING = re.compile(
    rf"(?i:{'|'.join(re.escape(h) for h in _HEADINGS)})[ \t]*(?:[:：][ \t]*(?P<rest>.*))?$"
)

_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_PHONE = re.compile(r"\+?\(?\d[\d ()\-./]{6,}\d")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_LABEL = re.compile(r"^[^\s:：]{1,20}(?:[ \t][^\s:：]{1,20}){0,2}[ \t]*[:：][ \t]*\S")
#: A name or office line in a contact block is at most this long (in words).
CONTACT_LINE_WORDS = 12


def is_end_mark(text: str) -> bool:
    return bool(END_MARK.match(text.strip()))


def is_source_line(text: str) -> bool:
    return bool(SOURCE_LINE.match(text))


def is_contact_heading(text: str) -> bool:
    return bool(CONTACT_HEADING.match(text.strip()))


def has_contact_data(text: str) -> bool:
    """An e-mail address, a phone number, a web address, or ``Label: value``."""
    digits = sum(c.isdigit() for c in text)
    phone = _PHONE.search(text) is not None and digits >= 7
    return bool(_EMAIL.search(text) or phone or _URL.search(text) or _LABEL.match(text))


def is_contact_line(text: str) -> bool:
    """A line that may belong to a contact block."""
    if has_contact_data(text):
        return length(text) <= 3 * CONTACT_LINE_WORDS
    return 0 < length(text) <= CONTACT_LINE_WORDS and not ends_sentence(text)
