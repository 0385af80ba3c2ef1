"""Property tests for the parsers (document views, suppressions, config) and the fixer."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafting.lint.config import LintConfig
from drafting.lint.document import make_view
from drafting.lint.engine import lint_text
from drafting.lint.finding import Finding
from drafting.lint.fix import apply_fixes, fix_until_stable
from drafting.lint.suppress import suppressions

PIECES = [
    "an",
    "a",
    "An",
    "the",
    "The",
    "hour",
    "showcase",
    "university",
    "MBA",
    "UCLG",
    "800-seat",
    "cities.The",
    "Mayors'Dialogue",
    "Mayors’ Forum",
    "2021",
    "Global",
    "Forum",
    "Shinning",
    "Moments",
    "loose",
    "their",
    "is",
    "then",
    "ever",
    "more",
    "U.S.",
    "3.5",
    "10:00",
    "https://x.org/a.B",
    "a@b.org",
    ",",
    ".",
    "(",
    ")",
    "“",
    "”",
    '"',
    "'",
    "  ",
    " ",
    " ",
    " ",
    "\n",
    "\r\n",
    "\n\n",
    "\t",
    "<!-- drafting: ignore DR201 -->",
    "drafting: ignore",
    "`code`",
    "<b>",
    "</p>",
    "&amp;",
    "###",
    "GUANGZHOU, China, December 11, 2023 /PRNewswire/ --",
    "sucess",
    "9",
    "15%",
    "Café",
    "UTOPÍAS",
]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast
@given(texts, st.sampled_from(["txt", "md", "html"]))
def test_view_keeps_length_and_offsets(text: str, kind: str) -> None:
    view, masked = make_view(text, kind)
    assert len(view) == len(text)
    covered = [False] * len(text)
    for s, e in masked:
        assert 0 <= s < e <= len(text)
        for i in range(s, e):
            covered[i] = True
    # outside masks the view is the text, character for character
    assert all(v == t for v, t, c in zip(view, text, covered, strict=True) if not c)
    if kind == "md":  # markdown masks never move a line break
        assert [i for i, c in enumerate(view) if c in "\r\n"] == [
            i for i, c in enumerate(text) if c in "\r\n"
        ]


@fast
@given(texts)
def test_suppressions_are_ranges_inside_the_text(text: str) -> None:
    for s, e, codes in suppressions(text):
        assert 0 <= s <= e <= len(text)
        assert all(c.isupper() or c.isalnum() for code in codes for c in code)


@fast
@given(texts, st.sampled_from(["x.txt", "x.md", "x.html"]))
def test_findings_are_well_formed(text: str, path: str) -> None:
    for f in lint_text(text, path):
        assert 0 <= f.start <= f.end <= len(text)
        assert f.severity in ("error", "warning", "info")
        assert not f.safe_fix or f.replacements


@fast
@given(texts, st.sampled_from(["x.txt", "x.md"]))
def test_fix_is_idempotent_and_keeps_line_breaks(text: str, path: str) -> None:
    once, _ = fix_until_stable(text, lambda t: lint_text(t, path))
    twice, n = fix_until_stable(once, lambda t: lint_text(t, path))
    assert n == 0 and twice == once
    assert once.count("\n") == text.count("\n") and once.count("\r") == text.count("\r")


@st.composite
def text_and_fixes(draw):  # type: ignore[no-untyped-def]
    text = draw(st.text(max_size=60))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    fixes = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        fixes.append(
            Finding("DRT", "t", a, b, replacements=(draw(st.text(max_size=3)),), safe_fix=True)
        )
    return text, fixes


@fast
@given(text_and_fixes())
def test_apply_fixes_touches_only_the_spans(data) -> None:  # type: ignore[no-untyped-def]
    text, fixes = data
    out, n = apply_fixes(text, fixes)
    assert n <= len(fixes)
    # rebuild independently: keep the gaps, substitute the spans of the applied fixes
    pos, parts = 0, []
    for f in sorted(fixes, key=lambda f: f.start):
        if f.start < pos:
            continue
        parts += [text[pos : f.start], f.replacements[0]]
        pos = f.end
    parts.append(text[pos:])
    assert out == "".join(parts)
    unsafe = [
        Finding(f.rule, f.message, f.start, f.end, replacements=f.replacements) for f in fixes
    ]
    assert apply_fixes(text, unsafe) == (text, 0)  # unsafe fixes are never applied


codes = st.from_regex(r"DR[1-6]([0-9]{1,2})?", fullmatch=True)


@fast
@given(
    st.lists(codes, max_size=4),
    st.lists(codes, max_size=4),
    st.from_regex(r"DR[1-6][0-9]{2}", fullmatch=True),
)
def test_select_and_ignore_semantics(select: list[str], ignore: list[str], code: str) -> None:
    # ignoring the exact code always wins
    assert not LintConfig(select=(*select, code), ignore=(*ignore, code)).enabled(code)
    # selecting the exact code beats any shorter ignore prefix
    shorter = tuple(p for p in ignore if len(p) < len(code))
    assert LintConfig(select=(code,), ignore=shorter).enabled(code)
    # nothing selected that matches: off
    others = tuple(p for p in select if not code.startswith(p))
    assert not LintConfig(select=others, ignore=()).enabled(code)
    # the default selects every rule
    assert LintConfig().enabled(code)
