"""Chinese word segmentation with jieba, quiet, offline and quick to start.

jieba ships its dictionary; on first use it builds a prefix dictionary (about
500,000 entries) and caches it with marshal. We keep that cache in our user
cache folder (not /tmp) and keep its "Building prefix dict..." log lines off
the user's terminal. Reading jieba's marshal cache takes 0.8 s here, so we
also keep the same prefix dictionary in a flat file (:func:`write_prefix_dict`)
that loads in a third of that time, and hand it to the tokenizer.
"""

from __future__ import annotations

import array
import logging
import struct
import sys
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from drafting.cache import cache_dir, data_stamp
from drafting.fileio import write_cache

#: file layout: magic; entry count, total, bytes of words; the counts (int64); the words
_MAGIC = b"drafting-jieba-pfdict-2-" + sys.byteorder.encode() + b"\n"
_HEADER = struct.Struct("<qqq")

PrefixDict = tuple[dict[str, int], int]


@cache
def _tokenizer() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    folder = _cache_folder()
    if folder is None:
        tok.initialize()  # jieba then caches in the system temp folder
        return tok
    tok.tmp_dir = str(folder)
    flat = folder / f"prefix-dict-{data_stamp('jieba', 'dict.txt')}.bin"
    loaded = read_prefix_dict(flat)
    if loaded is None:
        tok.initialize()  # jieba's own way: its marshal cache, or built from dict.txt
        write_prefix_dict(flat, (tok.FREQ, tok.total))
    else:
        tok.FREQ, tok.total = loaded
        tok.initialized = True  # all that jieba's initialize() sets besides FREQ and total
    return tok


def _cache_folder() -> Path | None:
    """``<user cache>/drafting/jieba``, or None when it cannot be made (jieba then uses /tmp)."""
    folder = cache_dir() / "jieba"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


def write_prefix_dict(path: Path, prefix_dict: PrefixDict) -> None:
    """Save jieba's ``(FREQ, total)`` as counts, then words; a failure only costs speed."""
    freq, total = prefix_dict
    if any("\n" in w for w in freq):
        return
    counts = array.array("q", freq.values())
    words = "\n".join(freq).encode("utf-8")
    header = _HEADER.pack(len(freq), total, len(words))
    write_cache(path, b"".join((_MAGIC, header, counts.tobytes(), words)))


def read_prefix_dict(path: Path) -> PrefixDict | None:
    """What :func:`write_prefix_dict` saved, or None if it is missing or damaged."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    start = len(_MAGIC) + _HEADER.size
    if not data.startswith(_MAGIC) or len(data) < start:
        return None
    n, total, n_bytes = _HEADER.unpack_from(data, len(_MAGIC))
    words_at = start + 8 * n
    if n <= 0 or len(data) != words_at + n_bytes:
        return None
    counts = array.array("q")
    counts.frombytes(data[start:words_at])
    try:
        words = data[words_at:].decode("utf-8").split("\n")
    except UnicodeDecodeError:
        return None
    if len(words) != n:
        return None
    return dict(zip(words, counts.tolist(), strict=True)), total


@lru_cache(maxsize=8192)
def segment(text: str) -> tuple[str, ...]:
    """Words of ``text`` by jieba's default (accurate) mode, HMM on; whitespace dropped.

    Cached because a sentence is segmented for the document, its paragraph
    and itself.
    """
    if not text.strip():
        return ()
    return tuple(w for w in _tokenizer().lcut(text) if w.strip())
