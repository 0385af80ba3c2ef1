"""Which language a document is in, cheaply: the linter runs on save.

``drafting.text.lang.detect_language`` decides, on the first couple of thousand
characters of the prose view. Most copy is plainly English (no Han character, and
" the " far more often than " de ", " la ", " el "): that is answered with a few
``str.count`` calls and no word loop, so English lint pays almost nothing, and a
short text never reaches the word-frequency tie-break of ``detect_language``
unless it has a Spanish or Chinese look (that loads wordfreq's lists, a few
hundred milliseconds).
"""

from __future__ import annotations

import re

from drafting.text.lang import HAN_CHAR, detect_language, may_hold_cjk
from drafting.text.lazy import lazy

SAMPLE = 2000  # characters looked at: a release's headline and first paragraph(s)
_MAYBE_SPANISH = lazy(r"[ñÑ¿¡áéíóúÁÉÍÓÚ]|\b(?:los|las|del|una|según|para|por|con)\b", re.I)


def _has_han(sample: str) -> bool:
    # (HAN_CHAR compiles on first use: only text with a character past U+3000 needs it;
    # ``isascii`` answers most English copy at once, a byte scan the rest)
    return may_hold_cjk(sample) and HAN_CHAR.search(sample) is not None


def document_language(view: str, low: str | None = None) -> str:
    """``en``, ``es`` or ``zh`` for the prose ``view`` of a document (``low``:
    ``view.lower()``, when the caller has it: lower-casing is per character and slow on
    text beyond Latin-1, and the linter lower-cases each file anyway)."""
    sample = view[:SAMPLE]
    if not _has_han(sample):
        # the same letters at the same offsets unless lower-casing lengthened one ("İ")
        low = low[:SAMPLE] if low is not None and len(low) == len(view) else sample.lower()
        english = low.count(" the ") + low.count(" and ") + low.count(" of ")
        spanish = low.count(" de ") + low.count(" la ") + low.count(" el ") + low.count(" y ")
        if english >= 8 and english >= 4 * spanish:
            return "en"
        if not _MAYBE_SPANISH.search(sample):
            return "en"
    return detect_language(sample)
