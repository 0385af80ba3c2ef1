"""DR501 syndication leftovers, as ingest recognises them (``find_junk``).

Copy meant to be clean should carry none of a news site's wrapping: bylines,
"Follow us", disclaimers, credits, repeated titles, trailing headlines.
Removing it is left to a person: the detector judges by shape, so no auto-fix.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from drafting.lint.document import LintDoc
from drafting.lint.finding import Finding
from drafting.lint.registry import rule

if TYPE_CHECKING:
    from drafting.ingest.junk import Junk

_ADVICE = {
    "scrape-stamp": "a scraper's date stamp",
    "byline": "a site's publication stamp",
    "site-chrome": "site navigation or a notice",
    "disclaimer": "a site's legal disclaimer",
    "link": "a link line added by the site",
    "credit": "a republishing credit",
    "repeated-title": "the title repeated",
    "banner": "an image banner or caption",
    "trailing-headline": "another story's headline",
}


@rule(
    "DR501",
    "syndication-leftover",
    "text a news site or scraper added around the release",
    "error",
    must_flag=(
        "Dec. 11, 2023 /PRNewswire/ -- The forum opened.\n\nFollow us on Google News:\n",
        "The forum opened in Guangzhou on Monday.\n\nImages courtesy of https://pixabay.com\n",
    ),
    must_not_flag=(
        "The forum opened in Guangzhou on Monday.\n\nSOURCE Guangzhou Foreign Affairs Office\n",
        "Mayors follow the example of Guangzhou in urban renewal.",
        "GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- The forum opened.\n\n"
        "SOURCE City Office\n\n"
        "Media contact: Li Wei, press@example.org\n\n###\n",
        "GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- The forum opened.\n\n"
        "SOURCE City Office\n\nMedia Contact\nLi Wei\npress@example.org\n",
        "The forum opened.\n\n"
        'Editors delete any line such as "Images courtesy of" before filing.\n',
        "Members only: click here to read more",
    ),
)
def syndication(doc: LintDoc) -> Iterator[Finding]:
    find_junk = _find_junk()
    if find_junk is None:  # ingest not installed in this build: nothing to report
        return
    for junk in find_junk(doc.view, doc.low):
        if junk.kind == "trailing-headline":
            from drafting.lint.rules.style import CONTACT, END_MARK

            piece = doc.view[junk.start : junk.end]
            if CONTACT.search(piece) or END_MARK.search(piece):
                continue  # the release's own contact block or end mark, not another story
        what = _ADVICE.get(junk.kind, junk.kind)
        yield Finding(
            "DR501",
            f"syndication leftover, {what}; delete it",
            junk.start,
            junk.end,
            "error",
            ("",),
        )


@cache
def _find_junk() -> Callable[[str, str | None], list[Junk]] | None:
    """``drafting.ingest.junk.find_junk``, imported on first use (an import statement run
    for every file costs more than the rule's own work on a short one), or None."""
    try:
        from drafting.ingest.junk import find_junk
    except ImportError:
        return None
    return find_junk
