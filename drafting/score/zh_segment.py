"""Chinese word segmentation with jieba, quiet and offline.

jieba ships its dictionary; on first use it builds a prefix dictionary and
caches it. We keep that cache in our user cache folder (not /tmp), and keep
its "Building prefix dict..." log lines off the user's terminal.
"""

from __future__ import annotations

import logging
from functools import cache, lru_cache
from typing import Any


@cache
def _tokenizer() -> Any:
    from pathlib import Path

    import jieba
    from platformdirs import user_cache_dir

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    cache_dir = Path(user_cache_dir("drafting")) / "jieba"
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tok.tmp_dir = str(cache_dir)
    except OSError:
        pass  # jieba then caches in the system temp folder
    tok.initialize()
    return tok


@lru_cache(maxsize=8192)
def segment(text: str) -> tuple[str, ...]:
    """Words of ``text`` by jieba's default (accurate) mode, HMM on; whitespace dropped.

    Cached because a sentence is segmented for the document, its paragraph
    and itself.
    """
    if not text.strip():
        return ()
    return tuple(w for w in _tokenizer().lcut(text) if w.strip())
