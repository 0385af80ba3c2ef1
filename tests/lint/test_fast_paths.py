"""The shortcuts that keep lint fast give what the plain definitions give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from drafting.lint.config import LintConfig
from drafting.lint.document import make_view
from drafting.lint.engine import lint_text
from drafting.lint.lexicon import Lexicon
from drafting.lint.suggest import _edits2_known, _known, edits1, suggestions
from drafting.text.lazy import lazy

WORDS = frozenset(
    "forum form from farm firm city cite site sight shining shinning mayor major mayors "
    "global glob lobal urban turban urbane an a at ant and hand hound".split()
)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="abdfgilmnorstuy", max_size=6))
def test_two_edit_candidates_are_every_known_word_two_edits_away(word):
    """Bisecting for known starts and ends prunes, but finds what enumerating all finds."""
    lexicon = Lexicon(WORDS)
    every = _known((e2 for e1 in edits1(word) for e2 in edits1(e1)), lexicon)
    assert _known(_edits2_known(word, lexicon), lexicon) == every


def test_suggestions_two_edits_away_are_ranked_and_cached(tmp_path):
    counts = tmp_path / "counts-en-v1.marshal"
    import marshal

    counts.write_bytes(marshal.dumps({"forum": 5, "form": 9}))
    lexicon = Lexicon(WORDS, counts)
    # most frequent first, then the words only wordfreq knows (count 0) in order
    assert suggestions("fxrxm", lexicon) == (["form", "forum", "farm", "firm", "from"], 2)
    assert (tmp_path / "sorted-en-v1.marshal").exists()  # the sorted words, for next time
    again = Lexicon(WORDS | {"farms"}, counts)  # another word list: the cache is not used
    assert "farms" in again.sorted_words()[0]


def test_markdown_and_html_views_of_large_documents_mask_every_tag():
    """Masking used to test every earlier range for every tag (5 s for 80 KB of HTML;
    bench/lint_bench.py measures speed, this checks the result stays right)."""
    html = "".join(f"<p>Item {i} &amp; <b>more</b> text.</p>\n" for i in range(3000))
    md = "".join(f"Item {i}, `code` and [a link](https://x.example/{i}).\n\n" for i in range(3000))
    for text, kind in ((html, "html"), (md, "md")):
        view, masked = make_view(text, kind)
        assert len(view) == len(text) and masked
        assert "<b>" not in view and "https://" not in view and "`" not in view


def test_lazy_patterns_behave_like_compiled_ones():
    source = r"(?P<w>[a-z]+)(\d)"
    eager, late = re.compile(source, re.I), lazy(source, re.I)
    text = "ab1 CD2 e"
    assert late.findall(text) == eager.findall(text)
    assert [m.span() for m in late.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert late.sub("-", text) == eager.sub("-", text)
    assert (late.pattern, late.flags, late.groupindex) == (eager.pattern, eager.flags, {"w": 1})


def test_the_rules_run_follow_each_calls_configuration():
    """Which rules run is worked out once per configuration, not once per run."""
    text = "It was an showcase in in the city."
    first = {f.rule for f in lint_text(text, config=LintConfig(select=("DR201",)))}
    second = {f.rule for f in lint_text(text, config=LintConfig(select=("DR202",)))}
    both = {f.rule for f in lint_text(text, config=LintConfig(select=("DR2",), ignore=("DR203",)))}
    assert (first, second, both) == ({"DR201"}, {"DR202"}, {"DR201", "DR202"})
    quiet = LintConfig(select=("DR2",), severity={"DR201": "info"})
    assert {f.severity for f in lint_text(text, config=quiet) if f.rule == "DR201"} == {"info"}
