"""DR4xx wire and AP style: datelines, months, numerals, percent, acronyms, release parts.

These are house-style choices, so they are warnings or info, each configurable
(``severity``, ``ignore``, ``[options.CODE]``, ``[style] require``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drafting.lint.datafiles import table
from drafting.lint.document import LintDoc
from drafting.lint.finding import Finding
from drafting.lint.registry import rule
from drafting.text.lang import lower_folds
from drafting.text.lazy import lazy

_MONTH_WORDS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][\w .'’-]*?),[ \t]*(?:(?P<region>[A-Z][\w .'’-]*?),[ \t]*)?"
    rf"(?P<month>(?:{_MONTH_WORDS})\.?)[ \t]+(?P<day>\d{{1,2}}),[ \t]*(?P<year>\d{{4}})"
    r"[ \t]*(?:/(?P<wire>[^/\n]{2,40})/)?[ \t]*(?P<sep>--|—|–|-)?",
    re.M,
)


@lru_cache(maxsize=1)
def ap_month() -> dict[str, str]:
    """Every spelling of a month (full, abbreviated, with or without the stop) -> AP form."""
    out = {}
    for full, ap in table("ap_months.tsv"):
        forms = {full, full + ".", full[:3], full[:3] + ".", ap, ap.rstrip(".")}
        if full == "September":
            forms |= {"Sep", "Sep."}
        for form in forms:
            out[form] = ap
    return out


# A month after a comma: every dateline holds one ("CITY, Dec." or "CITY, Region, Dec.").
_COMMA_MONTH = re.compile(r",[ \t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


def _datelines(view: str) -> Iterator[re.Match[str]]:
    """``DATELINE.finditer(view)``, tried only at the start of a line that holds a month
    after a comma (found from its literal comma, at C speed): the pattern's ``^`` is
    otherwise tried at every position, and a match never leaves its line (so none can
    hide another). Most lines of a release hold no such month."""
    starts = {view.rfind("\n", 0, m.start()) + 1 for m in _COMMA_MONTH.finditer(view)}
    for pos in sorted(starts):
        m = DATELINE.match(view, pos)
        if m is not None:
            yield m


def all_datelines(doc: LintDoc) -> list[re.Match[str]]:
    """``_datelines(doc.view)``, looked for once per document (DR401 reads them all, the
    other DR4xx rules the first)."""
    found = doc.memo.get("datelines")
    if found is None:
        found = doc.memo["datelines"] = list(_datelines(doc.view))
    return found  # type: ignore[return-value]


def find_dateline(doc: LintDoc) -> re.Match[str] | None:
    """The first dateline of the document (looked for once per document)."""
    found = all_datelines(doc)
    return found[0] if found else None


@rule(
    "DR401",
    "dateline",
    "dateline not in wire form: CITY, Region, Mon. D, YYYY /Wire/ --",
    "warning",
    must_flag=(
        "GUANGZHOU, China, December 11, 2023 /PRNewswire/ -- The forum opened.",
        "Guangzhou, China, Dec. 11, 2023 /PRNewswire/ -- The forum opened.",
        "GUANGZHOU, China, Sep. 11, 2023 /PRNewswire/ -- The forum opened.",
    ),
    must_not_flag=(
        "GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- The forum opened.",
        "NEW YORK, May 5, 2024 /PRNewswire/ -- Shares rose.",
        "BARCELONA, Spain, Sept. 3, 2024 /PRNewswire/ — The summit opened.",
    ),
)
def dateline(doc: LintDoc) -> Iterator[Finding]:
    for m in all_datelines(doc):
        if not (m.group("wire") or m.group("sep")):
            continue  # a date in a sentence, not a dateline
        city = m.group("city")
        if any(c.islower() for c in city):
            yield Finding(
                "DR401",
                f"write the dateline city in capitals: '{city.upper()}'",
                m.start("city"),
                m.end("city"),
                "warning",
                (city.upper(),),
            )
        month = m.group("month")
        want = ap_month().get(month)
        if want and want != month:
            yield Finding(
                "DR401",
                f"wire datelines write the month '{want}'",
                m.start("month"),
                m.end("month"),
                "warning",
                (want,),
            )


# The month words first, so the engine skips to their first letters at C speed; that a
# month starts a word is checked by the caller (a match inside a word hides no other:
# it is all letters up to the space before the day).
_BODY_DATE = re.compile(
    rf"(?P<month>{_MONTH_WORDS})\.?(?=[ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b(?![:.]\d))"
)


# Digits become "#", and so does "?", which stands for any character beyond Latin-1 (a
# digit of another script among them); tabs become spaces. Read backwards, a month word
# before the day's digit is then "#", spaces and the word reversed: a literal first.
_DAY_MARKS = bytes.maketrans(b"0123456789?\t#", b"########### !")
_DAY_MONTH_REVERSED = re.compile(
    ("# +\\.?(?:" + "|".join(w[::-1] for w in _MONTH_WORDS.split("|")) + ")").encode()
)


def _body_dates(doc: LintDoc) -> list[re.Match[str]]:
    """``list(_BODY_DATE.finditer(doc.view))``, tried only where a month word (and maybe a
    stop) ends before spaces and a digit: found backwards from the digit, where the month
    words first are tried at every capital. No month word ends another, so each such place
    is one month's start; and the matches hold no digit, so none hides another."""
    view = doc.view
    marked = doc.latin1.translate(_DAY_MARKS)[::-1]
    n = len(view)
    out = []
    for hit in _DAY_MONTH_REVERSED.finditer(marked):
        m = _BODY_DATE.match(view, n - hit.end())
        if m is not None:
            out.append(m)
    out.reverse()
    return out


@rule(
    "DR402",
    "month-style",
    "a month with a date not in AP form (Jan., Feb., Aug., Sept., Oct., Nov., Dec.)",
    "info",
    must_flag=("The forum opens on December 8.", "It ends Sep. 9.", "It ends Jul. 9."),
    must_not_flag=(
        "The forum opens on Dec. 8.",
        "It opens in December.",
        "It ends March 9.",
        "It ends Sept. 9.",
    ),
)
def month_style(doc: LintDoc) -> Iterator[Finding]:
    dl = find_dateline(doc)
    view = doc.view
    for m in _body_dates(doc):
        if m.start() and _WORD_CHAR.match(view, m.start() - 1):
            continue  # "xJan 5": not a month
        if dl and dl.start("month") == m.start():
            continue  # DR401 covers the dateline
        written = doc.view[m.start() : m.end() + (doc.view[m.end() : m.end() + 1] == ".")]
        want = ap_month().get(written) or ap_month().get(m.group("month"))
        if want and want != written:
            yield Finding(
                "DR402",
                f"AP style writes '{want}' with a date",
                m.start(),
                m.start() + len(written),
                "info",
                (want,),
            )


@lru_cache(maxsize=1)
def _number_words() -> dict[str, str]:
    return dict(table("numbers.tsv"))  # type: ignore[arg-type]


_SMALL = re.compile(  # the digit first: the engine skips to digits at C speed
    r"([1-9])(?<![\w.,/:$€£¥#+-][1-9])(?![\w.,:%/°-]|[ \t]*(?:%|[ap]\.m\."
    r"|(?:percent|per cent|million|billion|trillion|km|kg|cm|mm|m|am|pm|GB|MB)\b))"
)
_NUMERAL_OK_BEFORE = lazy(  # the definition (tests); the linter reads it backwards
    r"(?:\b(?:No|Nos|Article|Room|Chapter|Phase|Level|Grade|Type|Step|Page|Gate|Hall|Section"
    r"|Item|Figure|Table|Version|ages?(?:[ \t]+of)?|aged|age|vs|"
    + _MONTH_WORDS
    + r")\.?|[-–—]|\bages?\b.*\band)[ \t]*$",
    re.I,
)
# The same read backwards, from the figure: searched forwards, the pattern above is tried
# at every position of the text before a figure, each against some forty words
# case-blind; matched backwards, only from the figure ("$" may also stand before a final
# line break).
_NUMERAL_OK_BEFORE_BACKWARDS = lazy(  # (1 ms to compile: when a figure 1-9 is found)
    r"\n?[ \t]*(?:\.?(?:"
    + "|".join(
        word[::-1]
        for word in (
            "No|Nos|Article|Room|Chapter|Phase|Level|Grade|Type|Step|Page|Gate|Hall|Section"
            "|Item|Figure|Table|Version|aged|age|vs|" + _MONTH_WORDS
        ).split("|")
    )
    + r"|(?:fo[ \t]+)?s?ega)\b|[-–—]|dna\b.*\bs?ega\b)",
    re.I,
)


def _small_marks() -> bytes:
    """Digits 1-9 become "D"; what may stand on neither side of a lone figure (a word
    character, ".", ",", ":", "/", "-") "a"; anything else a space ("?" among them: it
    stands for a character beyond Latin-1, which may stand beside one)."""
    neither = re.compile(r"[\w.,:/-]")
    return bytes(
        ord("D") if c in "123456789" else ord("a") if neither.match(c) else ord(" ")
        for c in map(chr, range(256))
    )


_SMALL_MARKS = _small_marks()
_LONE_DIGIT = re.compile(rb"D(?<![aD]D)(?![aD])")


def _small_figures(doc: LintDoc) -> list[re.Match[str]]:
    """``list(_SMALL.finditer(doc.view))``, tried only at a digit 1-9 with no word character,
    ".", ",", ":", "/" or "-" on either side (found from a literal in the marked bytes,
    where ``_SMALL`` is tried at every digit of every figure and year)."""
    view = doc.view
    marked = doc.latin1.translate(_SMALL_MARKS)
    out = []
    for hit in _LONE_DIGIT.finditer(marked):
        m = _SMALL.match(view, hit.start())
        if m is not None:
            out.append(m)
    return out


@rule(
    "DR403",
    "numerals",
    "one to nine spelled out in body copy (AP)",
    "info",
    must_flag=("The forum drew 9 international organizations.", "It held 3 sub-forums."),
    must_not_flag=(
        "It drew 800 guests.",
        "It grew 5 percent.",
        "It opens Dec. 8.",
        "children aged 5 to 14",
        "Article 12 of the convention",
        "It costs $5.",
        "at 9 a.m.",
        "Phase 2 of the plan",
        "3.5 million",
        "the 5th award",
        "COVID-19 cases",
        "between the ages of 5 and 14",
    ),
)
def numerals(doc: LintDoc) -> Iterator[Finding]:
    view = doc.view
    for m in _small_figures(doc):
        before = view[max(0, m.start() - 25) : m.start()]
        if _NUMERAL_OK_BEFORE_BACKWARDS.match(before[::-1]) or doc.protected.overlaps(
            m.start(), m.end()
        ):
            continue
        word = _number_words()[m.group(1)]
        yield Finding(
            "DR403",
            f"spell out '{m.group(1)}' as '{word}' in body copy",
            m.start(),
            m.end(),
            "info",
            (word,),
        )


# "%", or "percent"/"per cent" as a word: one character class first, so the engine
# skips to "%", "P" and "p" at C speed (a leading \b is tried at every position).
_PERCENT = re.compile(r"[%Pp](?:(?<=%)|(?<![\w][Pp])[Ee][Rr][ \t]?[Cc][Ee][Nn][Tt]\b)")
_WORD_CHAR = re.compile(r"\w")
PERCENT_FORMS = ("percent", "per cent", "%")


def _percents(doc: LintDoc) -> list[re.Match[str]]:
    """``list(_PERCENT.finditer(doc.view))``, tried only at each "%" and three or four
    characters before each "cent" of the lower-cased view (``str.find``, in C; the pattern
    is tried at every "p"). Each match holds its own "%" or "cent", so none hides another."""
    view, low = doc.view, doc.low
    if len(low) != len(view):  # lower-casing lengthened a letter: offsets differ
        return list(_PERCENT.finditer(view))
    starts = set()
    pos = view.find("%")
    while pos != -1:
        starts.add(pos)
        pos = view.find("%", pos + 1)
    pos = low.find("cent", 3)
    while pos != -1:
        starts.update((pos - 3, pos - 4))  # "percent", "per cent"
        pos = low.find("cent", pos + 4)
    starts.discard(-1)
    out = []
    for start in sorted(starts):
        m = _PERCENT.match(view, start)
        if m is not None:
            out.append(m)
    return out


@rule(
    "DR404",
    "percent",
    "'percent' as the house style writes it (AP: 'percent'; [style] percent = '%' or 'per cent')",
    "warning",
    must_flag=("Visitors rose 15% this year.", "Visitors rose 15 per cent."),
    must_not_flag=("Visitors rose 15 percent this year.", "a percentage point", "50 cents"),
)
def percent(doc: LintDoc) -> Iterator[Finding]:
    view = doc.view
    if "%" not in view and "cent" not in doc.low:
        return  # (the pattern takes "cent" in any case: "PerCent" too)
    want = str(doc.cfg.style.get("percent", "percent"))
    for m in _percents(doc):
        form = m.group()
        written = "%" if form == "%" else ("per cent" if form[3:4] in " \t" else "percent")
        if written == want or doc.protected.overlaps(m.start(), m.end()):
            continue
        start = m.start()
        if start and view[start - 1] in " \t" and start > 1 and view[start - 2].isdigit():
            start -= 1  # "15 percent": the space goes with the unit
        after_figure = start > 0 and view[start - 1].isdigit()
        if form == "%" and not after_figure:
            continue  # a lone "%" sign, not a figure's unit
        fix = want if want == "%" and after_figure else (" " + want if after_figure else want)
        yield Finding("DR404", f"write '{want}'", start, m.end(), "warning", (fix,))


_DEFINED = re.compile(r"\((?P<acr>[A-Z][A-Z&]{1,9})s?\)")


def _is_word(c: str) -> bool:
    """``c`` is a word character, as ``\\w`` takes it."""
    return c.isalnum() or c == "_"


def _first_use(view: str, acr: str, start: int, end: int) -> int:
    """Where ``re.search(rf"\\b{re.escape(acr)}\\b", view[start:end])`` matches, as an
    offset in ``view``, or -1: found with ``str.find`` and the word bounds tested by hand
    (the pattern's leading ``\\b`` is tried at every position of a copied slice)."""
    tail_word = _is_word(acr[-1])  # an acronym may end with "&"
    pos = view.find(acr, start, end)
    while pos != -1:
        after = pos + len(acr)
        if (pos == start or not _is_word(view[pos - 1])) and tail_word != (
            after < end and _is_word(view[after])
        ):
            return pos
        pos = view.find(acr, pos + 1, end)
    return -1


@rule(
    "DR405",
    "acronym-before-definition",
    "an acronym used before it is spelt out",
    "warning",
    must_flag=("The UCLG met today. United Cities and Local Governments (UCLG) has 240 members.",),
    must_not_flag=(
        "United Cities and Local Governments (UCLG) met. The UCLG has members.",
        "The NGO met. Other NGOs came.",
    ),
)
def acronym_before_definition(doc: LintDoc) -> Iterator[Finding]:
    view = doc.view
    dl = find_dateline(doc)
    body = dl.start() if dl else 0
    seen: set[str] = set()
    for d in _DEFINED.finditer(view):
        acr = d.group("acr")
        before = view[max(0, d.start() - 2) : d.start()]
        if acr in seen or len(before) < 2 or not (before[-1] in " \t" and before[0].isalnum()):
            continue  # "(ACR)" right after a spelt-out name, not "(see ACR)" or a list
        seen.add(acr)
        pos = _first_use(view, acr, body, d.start("acr"))
        if pos != -1:
            yield Finding(
                "DR405",
                f"'{acr}' is used before it is spelt out (later, at its definition)",
                pos,
                pos + len(acr),
                "warning",
            )


_SOURCE = re.compile(r"^[ \t]*SOURCE[ \t]+\S", re.M)
CONTACT = re.compile(
    r"^[ \t]*(?:media |press |news )?(?:contacts?|inquiries|enquiries)\b|\bcontact:"
    r"|^[ \t]*(?:e-?mail|tel|phone)[ \t]*:",
    re.I | re.M,
)
END_MARK = re.compile(r"^[ \t]*(?:#{3}|-[ \t]?30[ \t]?-)[ \t]*$", re.M)
# What every match of each part's pattern holds (lower case for the case-blind CONTACT),
# and a match begins at its line's start or at it: only there is the pattern tried.
_PARTS = {
    "source": (
        _SOURCE,
        ("SOURCE",),
        "DR406",
        "no SOURCE line (e.g. 'SOURCE Guangzhou Foreign Affairs Office')",
    ),
    "contact": (
        CONTACT,
        ("contact", "nquiries", "mail", "tel", "phone"),
        "DR407",
        "no media contact (a 'Contact:' block with name, e-mail or phone)",
    ),
    "end-mark": (
        END_MARK,
        ("###", "30"),
        "DR408",
        "no end mark ('###' on its own line after the copy)",
    ),
}


_CASE_BLIND = re.I.value  # an ``int``: ``flags & re.I`` builds an enum member each time


def _has_line(rx: re.Pattern[str], text: str, find_in: str, anchors: tuple[str, ...]) -> bool:
    """``rx.search(text)`` for a pattern whose matches are one line each, hold one of
    ``anchors`` (found in ``find_in``: ``text`` or ``text`` lower-cased) and begin at their
    line's start or at that anchor: only there is it tried, where a search of the line
    tries a leading ``^`` at every position (and "tel" or "30" hit long paragraphs)."""
    tried = set()  # line starts
    for anchor in anchors:
        pos = find_in.find(anchor)
        while pos != -1:
            start = text.rfind("\n", 0, pos) + 1
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            if start not in tried:
                tried.add(start)
                if rx.match(text, start, end):
                    return True
            if pos != start and rx.match(text, pos, end):
                return True
            pos = find_in.find(anchor, pos + 1)
    return False


_RELEASE = (
    "GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- The forum opened.\n\n"
    "SOURCE City Office\n\nContact: Li Wei, press@example.org\n\n###\n"
)


def _missing(doc: LintDoc, part: str) -> Iterator[Finding]:
    rx, anchors, code, message = _PARTS[part]
    if part not in doc.cfg.style.get("require", []):
        return
    dl = find_dateline(doc)
    if dl is None or not (dl.group("wire") or dl.group("sep")):
        return  # not a full release: a paragraph or a fragment
    view = doc.view
    if not rx.flags & _CASE_BLIND:
        found = _has_line(rx, view, view, anchors)
    elif lower_folds(view):
        found = _has_line(rx, view, doc.low, anchors)
    else:  # lower-casing moved or missed a letter: the whole text
        found = rx.search(view) is not None
    if not found:
        yield Finding(code, f"release has {message}", dl.start(), dl.end(), "info")


@rule(
    "DR406",
    "source-line",
    "a release without a SOURCE line",
    "info",
    must_flag=(_RELEASE.replace("SOURCE City Office", ""),),
    must_not_flag=(_RELEASE, "A paragraph."),
)
def source_line(doc: LintDoc) -> Iterator[Finding]:
    return _missing(doc, "source")


@rule(
    "DR407",
    "contact",
    "a release without a media contact",
    "info",
    must_flag=(_RELEASE.replace("Contact: Li Wei, press@example.org", ""),),
    must_not_flag=(_RELEASE, "A paragraph."),
)
def contact(doc: LintDoc) -> Iterator[Finding]:
    return _missing(doc, "contact")


@rule(
    "DR408",
    "end-mark",
    "a release without the ### end mark",
    "info",
    must_flag=(_RELEASE.replace("###", ""),),
    must_not_flag=(_RELEASE, "A paragraph."),
)
def end_mark(doc: LintDoc) -> Iterator[Finding]:
    return _missing(doc, "end-mark")


_FIRST_LINE = re.compile(r"\A\s*([^\r\n]+)")


@rule(
    "DR409",
    "headline-length",
    "headline longer than the house maximum (default 100 characters)",
    "warning",
    must_flag=(
        "The 2021 Global Mayors' Forum Serial Events Unveils 800 Chinese and International "
        "Participants' "
        "Focus on the Guangzhou Moment\n\nGUANGZHOU, China, Nov. 10, 2021 /PRNewswire/ -- Text.",
    ),
    must_not_flag=(
        "Global Mayors Gather in Guangzhou\n\n"
        "GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- Text.",
    ),
    options={"max": 100},
)
def headline_length(doc: LintDoc) -> Iterator[Finding]:
    limit = int(doc.option("DR409", "max", 100))  # type: ignore[call-overload]
    m = _FIRST_LINE.match(doc.view)
    dl = find_dateline(doc)
    if not m or dl is None or dl.start() <= m.start(1):
        return  # no headline above a dateline
    head = m.group(1).rstrip()
    if len(head) > limit and not head.endswith((".", "!", "?")):
        yield Finding(
            "DR409",
            f"headline is {len(head)} characters; keep it within {limit}",
            m.start(1),
            m.start(1) + len(head),
            "warning",
        )
