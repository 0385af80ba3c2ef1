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

from .strategies import joined

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


# Each class-first pattern against the plain form it replaced (a leading \b or look-behind).
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_PLAIN_FORMS = {
    "percent": r"%|\b[Pp][Ee][Rr][ \t]?[Cc][Ee][Nn][Tt]\b",
    "small": r"(?<![\w.,/:$€£¥#+-])([1-9])(?![\w.,:%/°-]|[ \t]*(?:%|[ap]\.m\.|(?:percent|per cent"
    r"|million|billion|trillion|km|kg|cm|mm|m|am|pm|GB|MB)\b))",
    "year_name": r"\b((?:19|20)\d\d)[ \t]+((?:(?:[A-Z][\w’'.&-]*|of|for|and|on|the|de|la|in)"
    r"[ \t]+){1,10}?)\1\b",
    "quote_chars": r"[\"“”]|(?<=\w)['’](?=\w)",
    "cjk_end": r"[。！？]+[\"'”’»)\]」』）》]*|[!?]+(?=[\u3400-\u9fff])",
}
_PIECES = st.sampled_from(
    ["per", "PER", "cent", " ", "\t", "%", "5", "1", "9", "2021", "20", "Forum", "of", "x", "_",
     "'", "’", '"', "“", "”", ".", ",", "km", "。", "！", "?", "中", "」", "Dec", "Sept", "\n"]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=14).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_class_first_patterns_find_what_their_plain_forms_find(text):
    from drafting.lint.rules import grammar, spacing, style
    from drafting.text import sentences

    fast = {
        "percent": style._PERCENT,
        "small": style._SMALL,
        "year_name": grammar._YEAR_NAME,
        "quote_chars": spacing._QUOTE_CHARS,
        "cjk_end": sentences._CJK_END,
    }
    for name, plain in _PLAIN_FORMS.items():
        want = [m.span() for m in re.finditer(plain, text)]
        assert [m.span() for m in fast[name].finditer(text)] == want, name


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_body_dates_found_month_first_are_the_word_start_ones(text):
    from drafting.lint.rules import style

    plain = (
        rf"(?<![\w])(?=[ADFJMNOS])(?P<month>{_MONTHS})\.?"
        r"(?=[ \t]+\d{1,2}(?:st|nd|rd|th)?\b(?![:.]\d))"
    )
    fast = [
        m.span()
        for m in style._BODY_DATE.finditer(text)
        if not (m.start() and re.match(r"\w", text[m.start() - 1]))
    ]
    assert fast == [m.span() for m in re.finditer(plain, text)]


_LINES = joined(
    ["GUANGZHOU", "Guangzhou", ", ", "China", "Dec.", " 11", ", 2023", " /PRNewswire/",
     " --", "\n", "\r\n", "\r", " ", "\t", "x", "May"],
    14,
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_datelines_tried_at_lines_with_a_month_are_every_dateline(text):
    from drafting.lint.rules import style

    want = [m.span() for m in style.DATELINE.finditer(text)]
    assert [m.span() for m in style._datelines(text)] == want


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["@", "#", "a", "_", " ", "1", "x@y", "##", "."]), max_size=12))
def test_handles_found_at_each_mark_are_every_handle(pieces):
    from drafting.lint.document import _HANDLE, _handles

    text = "".join(pieces)
    assert sorted(_handles(text)) == sorted(m.span() for m in _HANDLE.finditer(text))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["the", "forum", "Forum", "sucess", "co-operate", "isn't", "e-mail", "mail.com",
             "a/b", "x@y.org", "3rd", "Teh", "recieved", "(city)", "cities.The", " ", "\n",
             "Forum-sucess", "UCLG-recieved", "GUANGZHOU,", "Mayors'", "Well-known", "É"]
        ),
        max_size=12,
    ).map(" ".join)
)  # fmt: skip
def test_spelling_over_distinct_chunks_finds_what_a_full_scan_finds(text):
    """DR101 scans each distinct chunk once and skips plain known words: the unknown words
    are those of the plain full-text scan."""
    from drafting.lint.document import LintDoc
    from drafting.lint.rules import spelling

    doc = LintDoc.from_text(text, "x.txt")
    found = {w for w in spelling._CANDIDATE.findall(doc.view) if w.islower()}
    want = {
        w
        for w in found - doc.lexicon.known - doc.known_words
        if not spelling.is_known(w, doc)
    }
    assert spelling.unknown_words(doc) == want


_PROSE = st.lists(
    st.sampled_from(
        ["Shinning", "shinning", "up", "Moments", "a", "tree", "their", "there", "its", "it's",
         "The", "the", "city", "lead", "led", "by", "Metropolis", "then", "than", "more",
         "site", "cite", "affect", "effect", "loose", "lose", "principal", "principle",
         "forth", "fourth", "complement", "compliment", "council", "counsel", "they're",
         "is", "will", "to", "of", "own", "plans", ",", ".", "’s", "İ", "\n"]
    ),
    max_size=16,
).map(" ".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_PROSE)
def test_real_word_shortcuts_judge_each_hit_as_the_full_patterns_do(text):
    """DR102 rejects a hit by its pattern's head and tail, and runs lower-case patterns on
    the lower-cased text: every row still decides as its full case-blind pattern does."""
    assert_hits_judged_as_full_patterns(text)


def assert_hits_judged_as_full_patterns(text: str) -> None:
    """Each hit of DR102 in ``text`` is judged as its rows' full case-blind patterns judge
    it in the hit's window (the plain definition)."""
    from drafting.lint.rules import realword
    from drafting.text.lang import lower_folds

    low = text.lower()
    folds = lower_folds(text)
    for start, end, hit in realword._hits(text, low):
        lo = max(0, start - 40)
        window = text[lo : end + 60]
        want = []
        for row in realword._rows_for(hit.replace("’", "'").lower()):
            for m in re.finditer(row.pattern, window, re.I):
                word = m.group("w")
                plain = word.replace("’", "'").lower()
                if lo + m.start("w") == start and plain.startswith(row.wrong):
                    fixed = realword.match_case(word, row.right + plain[len(row.wrong) :])
                    want.append((word, fixed, row.safe))
                    break
        assert realword._judge(text, low if folds else None, start, end, hit) == want


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["abc", "xyz'abc", "abc'd", " ", ".", "/", "@", "'", "a", "\n"]),
             max_size=12).map("".join),
    st.sets(st.sampled_from(["abc", "xyz'abc", "abc'd", "a"]), min_size=1),
)  # fmt: skip
def test_unknown_words_are_found_as_the_one_alternation_would(text, words):
    from drafting.lint.rules import spelling

    rx = re.compile(
        r"(?<![\w@#$%&=/\\.])(?:"
        + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
        + r")(?![\w@=/\\'’])"
    )
    assert spelling._whole_words(text, words) == [m.span() for m in rx.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["SOURCE", " City", "Contact", "contact:", "Media ", "Inquiries", "E-mail", "Tel",
             " :", ":", "###", "- 30 -", "-30-", "\n", "\r\n", "\r", " ", "\t", "x", "ı"]
        ),
        max_size=14,
    ).map("".join)
)  # fmt: skip
def test_release_parts_found_on_anchor_lines_are_found_anywhere(text):
    from drafting.lint.rules import style

    low = text.lower()
    for rx, anchors, _, _ in style._PARTS.values():
        if rx.flags & re.I and (len(low) != len(text) or "ı" in text):
            continue  # the rule searches the whole text then
        find_in = low if rx.flags & re.I else text
        assert style._has_line(rx, text, find_in, anchors) == (rx.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x10FFFF, blacklist_categories=("Cs",))))
def test_the_cjk_pre_check_misses_no_character_from_u3000_on(text):
    from drafting.text.lang import may_hold_cjk

    assert may_hold_cjk(text) == any(c >= "\u3000" for c in text)


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet="abcisklKIS \u212a\u0130\u0131\u017f\u00df\u03a3\u03c2\u1e9eÉé'’",
        max_size=20,
    )
)
def test_lower_case_patterns_on_lowered_text_match_as_case_blind_ones(text):
    """``lower_folds``: where it says yes, a lower-case pattern run on the lowered text
    finds what it finds case-blind in the text as written (DR501, DR102, DR407 rely on it)."""
    from drafting.text.lang import lower_folds

    if not lower_folds(text):
        return
    low = text.lower()
    assert len(low) == len(text)
    for pattern in (r"kiss", r"\bis\b", r"[a-k]+", r"s'", r"\w+ss", "é"):
        want = [m.span() for m in re.finditer(pattern, text, re.I)]
        assert [m.span() for m in re.finditer(pattern, low)] == want, pattern



_ACRONYM_RUNS = st.tuples(
    st.lists(st.sampled_from(["the", "The", "of", "—", "Local", "Inc.", "countries."]), max_size=3),
    st.sampled_from(
        ["United Cities and Local Governments", "the United Cities and Local Governments",
         "Chinese People's Association for Friendship with Foreign Countries", "Local Governments",
         "United Cities and Local Government", "Friendship with Foreign Countries'", ""]
    ),
    st.lists(st.sampled_from(["Governments", "UCLG", "the", "—", "'s", "Countries"]), max_size=2),
).map(lambda t: [*t[0], *t[1].split(), *t[2]])  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_ACRONYM_RUNS)
def test_a_run_is_read_back_whenever_a_suffix_of_it_is_a_name_the_facts_abbreviate(toks):
    """DR603 skips an unknown "(ACR)" by the last chunk of the run before it."""
    from drafting.lint.names import norm_name
    from drafting.lint.rules import facts_acronyms
    from drafting.lint.rules.facts_common import EXAMPLE_FACTS

    if not toks:
        return
    by_name = facts_acronyms._acronym_index(EXAMPLE_FACTS)[1]
    ends = facts_acronyms._name_ends(EXAMPLE_FACTS)
    if any(norm_name(" ".join(toks[k:])) in by_name for k in range(len(toks))):
        assert facts_acronyms._may_end_name(toks[-1], ends)
    else:  # the shortcut's point: most runs are ruled out
        assert not facts_acronyms._may_end_name("Inc.", ends)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" a\n\r\t\x0b\x85\u2028b\x0c", max_size=40))
def test_paragraphs_cut_at_line_feeds_are_the_runs_of_non_blank_lines(text):
    from drafting.lint.document import _PARA, paragraphs
    from drafting.text.spans import Span

    want = [Span(m.start(), m.end(), m.group()) for m in _PARA.finditer(text) if m.group().strip()]
    assert paragraphs(text) == want


_MARKUP = joined(
    ["[a]", "](", "(x)", ")", "]", "(", " ", '"t"', "\n", "```", "~~~", "<!--", "-->",
     "<p>", "</p>", "<b>", "&amp;", "&nbsp;", "`c`", "[r]: u", "<https://x.y>", "]:", "x"],
    16,
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_MARKUP)
def test_markup_views_skipping_absent_marks_mask_what_every_pattern_masks(text):
    """``make_view`` runs a pattern only when its mark is present, and finds link targets
    at each "](": the same view and masks as running every pattern everywhere."""
    from drafting.lint import document

    spans = [m.span() for m in document._MD_LINK_TARGET.finditer(text)]
    assert list(document._link_targets(text)) == spans
    for kind in ("md", "html"):
        view, masked = document.make_view(text, kind)
        assert len(view) == len(text)
        assert all(view[s:e].strip() == "" or kind == "html" for s, e in masked)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Guangzhou", "Guangzhuo", "Guangzhou's", "Global", "Forum", "Forums", "The",
             "Metropolis", "Metropole", "UCLG", "UCGL", "Octavi", "Varga", "Vargas", "Zzyzx",
             "zzyzx", "Mayors'", "CPAFC", "Friendship", "friendship", "Ab", "İstanbul"]
        ),
        max_size=12,
    )
)  # fmt: skip
def test_words_judged_once_per_run_are_those_the_plain_sets_pick(words):
    """DR602 keeps, per facts and word lists, whether a word is one to visit."""
    from drafting.lint.document import LintDoc
    from drafting.lint.names import norm_token
    from drafting.lint.rules import facts_names
    from drafting.lint.rules.facts_common import EXAMPLE_FACTS

    doc = LintDoc.from_text(" ".join(words), "x.txt", facts=EXAMPLE_FACTS)
    _, multi, tokens = facts_names._name_index(EXAMPLE_FACTS)
    fold = {w: norm_token(w) for w in words}
    lists = tokens | doc.lexicon.known | doc.known_words
    unknown = {f for f in fold.values() if len(f) >= 4 and f not in lists}
    want = {w for w, f in fold.items() if w[0].isupper() and (f in multi or f in unknown)}
    judge = facts_names._judge(doc)
    assert {w for w in words if judge[w]} == want
    assert facts_names._judge(doc) is judge  # the same files' run: judged once


def test_counts_in_buckets_rank_as_the_flat_table_and_decode_on_demand(tmp_path):
    """The cache keeps corpus counts by first letter, each bucket decoded when asked."""
    import marshal

    from drafting.lint.lexicon import _buckets

    flat = {"forum": 5, "form": 9, "city": 7, "cite": 2}
    old, new = tmp_path / "counts-old.marshal", tmp_path / "counts-new.marshal"
    old.write_bytes(marshal.dumps(flat))
    new.write_bytes(marshal.dumps({k: marshal.dumps(b) for k, b in _buckets(flat).items()}))
    flat_lexicon, bucketed = Lexicon(WORDS, old), Lexicon(WORDS, new)
    for word in [*flat, "farm", "", "zzz"]:
        assert bucketed.count(word) == flat_lexicon.count(word) == flat.get(word, 0)
    assert isinstance(bucketed._counts["f"], dict)  # asked for: decoded
    new_only_f = Lexicon(WORDS, new)
    new_only_f.count("forum")
    assert isinstance(new_only_f._counts["c"], bytes)  # never asked for: still bytes


_LANGUAGE_PIECES = (
    " the ", " of ", " and ", " de ", " la ", " y ", " el ", "The ", "İ", "ñ", "los ",
    "城市", "论坛", "forum", ". ", "\n", "’",
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(joined(_LANGUAGE_PIECES, 80))
def test_language_from_the_shared_lower_case_view_is_the_language_of_the_view(text):
    """The document's lower-cased view, cut to the sample, stands in for the sample
    lower-cased, also when lower-casing lengthens a letter ("İ") before the cut."""
    from drafting.lint.language import SAMPLE, document_language

    for padded in (text, "x" * (SAMPLE - 5) + text):
        assert document_language(padded, padded.lower()) == document_language(padded)


_SPACING_PIECES = (
    ".", "!", "?", ",", ";", ":", ")", "]", "'", "’", " ", "\t", "\n", "a", "Z", "é", "ª",
    "²", "½", "×", "ł", "城", "—", "_", "1", "P", "S", "L", "Q",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(joined(_SPACING_PIECES, 40))
def test_marked_bytes_find_every_glued_mark_and_spaced_mark(text):
    """DR301 and DR303 try their patterns only where the marked Latin-1 bytes show a mark
    next to a letter or after a space: the same matches as scanning every character."""
    from drafting.lint.document import LintDoc
    from drafting.lint.rules import spacing

    doc = LintDoc.from_text(text, "t.txt")
    assert [m.span() for m in spacing._glue_candidates(doc)] == [
        m.span() for m in spacing._GLUE_CANDIDATE.finditer(text)
    ]
    assert [m.span() for m in spacing._punct_after_space(doc)] == [
        m.span() for m in spacing._PUNCT_AFTER_SPACE.finditer(text)
    ]


@settings(max_examples=400, deadline=None)
@given(
    joined(
        ["www", "mail", ".com", ".COM", ".Org", ".eſ", ".es", ".ıo", ".io", ".UK", ".uK",
         ".news", "/path", "x", "É", "İ", "_", "1", ".", " ", "\n", "-", "“", "'"],
        12,
    )
)  # fmt: skip
def test_domain_endings_are_found_in_the_lower_cased_view_as_case_blind(text):
    """Bare domains end where the case-blind ``_TLD`` matches the view, though the view
    lower-cased is searched without re.I where that finds the same."""
    from drafting.lint import document

    want = [m.span() for m in document._TLD.finditer(text)]
    assert [m.span() for m in document._domain_ends(text, text.lower())] == want


@settings(max_examples=300, deadline=None)
@given(joined([" ", "  ", "\t", "x", "é", "中", "\n", "\xa0", "\u3000", "?"], 16))
def test_runs_of_spaces_are_found_in_the_marked_bytes_as_in_the_view(text):
    """DR302 finds runs of spaces and tabs from a literal in the view's marked Latin-1
    bytes: the runs the plain pattern finds in the view."""
    from drafting.lint.document import LintDoc
    from drafting.lint.rules import spacing

    doc = LintDoc.from_text(text, "x.txt")
    want = [m.span() for m in spacing._RUN_OF_SPACES.finditer(text)]
    assert list(spacing._runs_of_spaces(doc)) == want
