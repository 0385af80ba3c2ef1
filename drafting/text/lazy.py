"""Regular expressions compiled on first use.

``drafting lint`` runs on save, and compiling a pattern costs 0.1-5 ms (character
classes over CJK ranges the most). Patterns that only some files or options need
(the fact rules without ``--facts``, Markdown and HTML masking for a .txt file,
the Chinese test of an English file) are declared with :func:`lazy` and compiled
the first time a method is called; after that each call is a plain attribute look-up.
"""

from __future__ import annotations

import re
from typing import Any, cast

# What callers use of a compiled pattern: bound once, on first use, onto the instance.
_ATTRIBUTES = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
    "pattern", "flags", "groups", "groupindex",
)  # fmt: skip


class _LazyPattern:
    def __init__(self, source: str, flags: int) -> None:
        self._args = (source, flags)

    def __getattr__(self, name: str) -> Any:  # only called while an attribute is missing
        compiled = re.compile(*self._args)
        for attr in _ATTRIBUTES:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)


def lazy(source: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that behaves like ``re.compile(source, flags)``, compiled when first used."""
    return cast("re.Pattern[str]", _LazyPattern(source, flags))
