"""``--format html``: one self-contained page (inline CSS, no scripts, no links out).

Each document's body is shown as written, with hard sentences marked in
place (yellow: hard, red: very hard) and their grade and reasons on hover
and in a list below. All document text is HTML-escaped.
"""

from __future__ import annotations

from html import escape

from drafting.score.model import DocumentScore
from drafting.score.render_text import column_names, summary_rows

_CSS = """
body{font:15px/1.55 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}
td,th{padding:.25rem .6rem;border-bottom:1px solid #ddd}
th{text-align:left}td.n{text-align:right}
mark.hard{background:#fff3b0}mark.very-hard{background:#ffc9c9}
.pass{color:#176f2c;font-weight:bold}.miss{color:#b00020;font-weight:bold}
.warn{color:#8a5a00}.doc{border-top:2px solid #333;margin-top:2rem}
.para{margin:.8rem 0}.line{color:#888;font-size:.8em;margin-right:.5em}
"""


def render_html(docs: list[DocumentScore]) -> str:
    """The report as a complete HTML document."""
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<title>Readability report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Readability report</h1>",
        _summary(docs),
    ]
    parts += [_document(d) for d in docs]
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _summary(docs: list[DocumentScore]) -> str:
    head = "".join(f"<th>{escape(name)}</th>" for name in column_names(docs))
    rows = []
    for label, cells in summary_rows(docs):
        tds = []
        for cell in cells:
            cls = {"pass": "n pass", "MISSED": "n miss"}.get(cell, "n")
            tds.append(f'<td class="{cls}">{escape(cell)}</td>')
        rows.append(f"<tr><th>{escape(label)}</th>{''.join(tds)}</tr>")
    return f"<table><tr><th></th>{head}</tr>{''.join(rows)}</table>"


def highlight(text: str, start: int, end: int, doc: DocumentScore) -> str:
    """``text[start:end]`` escaped, with each hard sentence inside it wrapped in <mark>."""
    out = []
    pos = start
    for h in sorted(doc.hard_sentences, key=lambda h: h.start):
        if h.start < start or h.end > end:
            continue
        out.append(escape(text[pos : h.start]))
        title = f"{h.measure} {h.score:.1f} ({h.level}): {'; '.join(h.reasons)}"
        cls = h.level.replace(" ", "-")
        out.append(f'<mark class="{cls}" title="{escape(title)}">'
                   f"{escape(text[h.start : h.end])}</mark>")
        pos = h.end
    out.append(escape(text[pos:end]))
    return "".join(out)


def _document(d: DocumentScore) -> str:
    status = ('<span class="pass">passed</span>' if d.passed
              else '<span class="miss">missed: ' + escape("; ".join(d.gate_misses)) + "</span>")
    parts = [f'<section class="doc" lang="{d.lang}"><h2>{escape(d.path)}</h2>',
             f"<p>Grade {d.grade:.1f} ({escape(d.grade_label)})"
             + (f", ease {d.ease:.1f} ({escape(d.ease_label or '')})" if d.ease is not None
                else "") + f". Gate: {status}</p>"]
    for w in d.warnings:
        line = f"line {w.line}: " if w.line else ""
        parts.append(f'<p class="warn">Warning: {escape(line + w.message)}</p>')
    if d.headline:
        parts.append(f"<h3>{escape(d.headline)}</h3>")
    for p in d.paragraphs:
        parts.append(f'<p class="para"><span class="line">{p.line}</span>'
                     f"{highlight(d.text, p.start, p.end, d)}</p>")
    if d.hard_sentences:
        parts.append("<h3>Hard sentences, hardest first</h3><table>"
                     f"<tr><th>line</th><th>{escape(d.hard_sentences[0].measure)}</th>"
                     "<th>why</th><th>sentence</th></tr>")
        for h in d.hard_sentences:
            parts.append(f'<tr><td class="n">{h.line}</td><td class="n">{h.score:.1f}</td>'
                         f"<td>{escape('; '.join(h.reasons))}</td><td>{escape(h.text)}</td></tr>")
        parts.append("</table>")
    parts.append("</section>")
    return "\n".join(parts)
