"""The three output formats from one Markdown rendering.

Templates are Markdown. HTML output is rendered with Jinja's autoescape on
(so values such as ``<script>`` from an event file arrive escaped) and then
converted by markdown-it; plain text drops the Markdown marks.
"""

from __future__ import annotations

import re

FORMATS = ("md", "txt", "html")
END_MARK = "###"
HTML_LANG = {"en": "en", "zh": "zh-Hans", "es": "es"}

_HEADING = re.compile(r"^#{1,6} +", re.M)
_STRONG = re.compile(r"\*\*(.+?)\*\*")
_EMPH = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_COMMENT = re.compile(r"\s*<!--.*?-->")


def to_text(markdown: str) -> str:
    """Plain text: headings, emphasis and HTML comments removed; the ### end mark kept."""
    out = []
    for line in markdown.splitlines():
        if line.strip() != END_MARK:
            line = _HEADING.sub("", line)
        line = _STRONG.sub(r"\1", line)
        line = _EMPH.sub(r"\1", line)
        out.append(_COMMENT.sub("", line))
    return "\n".join(out).rstrip() + "\n"


def to_html(markdown: str, title: str = "", lang: str = "en") -> str:
    """A standalone HTML page from autoescaped Markdown (values are already escaped)."""
    from markdown_it import MarkdownIt

    lines = [
        '<p class="end">###</p>' if line.strip() == END_MARK else line
        for line in markdown.splitlines()
    ]
    body = MarkdownIt("commonmark", {"html": True}).render("\n".join(lines) + "\n")
    return (
        f"<!DOCTYPE html>\n<html lang=\"{HTML_LANG.get(lang, lang)}\">\n<head>\n"
        "<meta charset=\"utf-8\">\n"
        f"<title>{title}</title>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
