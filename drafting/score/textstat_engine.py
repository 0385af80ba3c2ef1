"""One textstat instance per language, ready to use offline.

textstat keeps its language on the instance, so English and Spanish each get
their own; both are built lazily because importing textstat imports NLTK,
which costs half a second that ``drafting lint`` must never pay.
"""

from __future__ import annotations

import warnings
from functools import cache
from typing import Any

#: textstat's language code for each of ours
_TEXTSTAT_LANG = {"en": "en_US", "es": "es"}


@cache
def textstat_for(lang: str) -> Any:
    """A ``textstatistics`` set to ``lang`` ("en" or "es"), with the CMU dictionary in place."""
    from drafting.score.cmu import ensure_cmudict

    ensure_cmudict()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from textstat.textstat import textstatistics

        ts = textstatistics()
        ts.set_lang(_TEXTSTAT_LANG[lang])
    return ts
