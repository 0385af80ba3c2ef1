"""``--format text``: Rich tables for people, colourless when piped.

Several documents share one summary table, one column each, so a
translation reads side by side with its source.
"""

from __future__ import annotations

import io
from pathlib import Path

from drafting.score.languages import language
from drafting.score.model import DocumentScore

#: hard sentences shown per document; JSON and HTML list them all
SHOW_HARD = 10
_NA = "—"


def _fmt(value: object) -> str:
    if value is None or value == "":
        return _NA
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def column_names(docs: list[DocumentScore]) -> list[str]:
    """File names as column heads; whole paths when two files share a name (en/a.md, zh/a.md)."""
    names = [Path(d.path).name for d in docs]
    return names if len(set(names)) == len(names) else [d.path for d in docs]


def summary_rows(docs: list[DocumentScore]) -> list[tuple[str, list[str]]]:
    """(label, one cell per document) for the side-by-side table."""
    rows: list[tuple[str, list[str]]] = [
        ("Language", [language(d.lang).name for d in docs]),
        ("Words", [_fmt(d.metrics.get("words")) for d in docs]),
        ("Sentences", [_fmt(d.metrics.get("sentences")) for d in docs]),
        ("Words per sentence", [_fmt(d.metrics.get("avg_sentence_length")) for d in docs]),
        ("% long words", [_fmt(d.metrics.get("percent_long_words")) for d in docs]),
    ]
    seen: set[str] = set()
    for code in dict.fromkeys(d.lang for d in docs):
        for key, label in language(code).shown:
            if key not in seen:
                seen.add(key)
                rows.append((label, [_fmt(d.metrics.get(key)) for d in docs]))
    rows += [
        ("Grade (gated)", [f"{d.grade:.1f}" for d in docs]),
        ("Ease (gated)", [_fmt(d.ease) for d in docs]),
        (
            "Hard / very hard sentences",
            [
                f"{sum(h.level == 'hard' for h in d.hard_sentences)} / "
                f"{sum(h.level == 'very hard' for h in d.hard_sentences)}"
                for d in docs
            ],
        ),
        ("Gate", ["pass" if d.passed else "MISSED" for d in docs]),
    ]
    return rows


def render_text(docs: list[DocumentScore], *, color: bool = False, width: int = 120) -> str:
    """The whole report as text (ANSI colour only when ``color``)."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    out = io.StringIO()
    console = Console(
        file=out, width=width, force_terminal=color, no_color=not color, highlight=False
    )
    summary = Table(box=box.SIMPLE_HEAD, title="Readability", title_justify="left")
    summary.add_column("")
    for name in column_names(docs):
        summary.add_column(name, justify="right", overflow="fold")
    for label, cells in summary_rows(docs):
        style = "bold" if label.startswith(("Grade", "Gate")) else None
        summary.add_row(label, *cells, style=style)
    console.print(summary)

    for d in docs:
        console.print(f"[bold]{d.path}[/bold]  grade = {d.grade_label}"
                      + (f"; ease = {d.ease_label}" if d.ease_label else ""))
        paras = Table(box=box.SIMPLE_HEAD, title="Paragraphs", title_justify="left")
        for col in ("#", "line", "words", "sentences", "grade", "ease"):
            paras.add_column(col, justify="right")
        for i, p in enumerate(d.paragraphs, 1):
            paras.add_row(str(i), str(p.line), str(p.words), str(p.sentences),
                          f"{p.grade:.1f}", _fmt(p.ease))
        console.print(paras)
        if d.hard_sentences:
            hard = Table(box=box.SIMPLE_HEAD, title="Hard sentences, hardest first",
                         title_justify="left")
            hard.add_column("line", justify="right")
            hard.add_column(d.hard_sentences[0].measure, justify="right")
            hard.add_column("sentence", overflow="fold", ratio=3)
            hard.add_column("why", overflow="fold", ratio=2)
            for h in d.hard_sentences[:SHOW_HARD]:
                style = "red" if h.level == "very hard" else "yellow"
                excerpt = h.text if len(h.text) <= 90 else h.text[:87] + "..."
                hard.add_row(str(h.line), f"{h.score:.1f}", excerpt, "; ".join(h.reasons),
                             style=style)
            console.print(hard)
            more = len(d.hard_sentences) - SHOW_HARD
            if more > 0:
                console.print(f"... and {more} more (see --format json or html)")
        for w in d.warnings:
            where = f"{d.path}:{w.line}" if w.line else d.path
            console.print(f"{where}: warning: {w.message} [{w.code}]", markup=False)
        for miss in d.gate_misses:
            console.print(f"{d.path}: gate missed: {miss}", markup=False)
        console.print()
    return out.getvalue()
