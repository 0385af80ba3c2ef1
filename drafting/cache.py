"""Where drafting keeps its caches (lint's word lists, score's dictionaries), and how a
cache keyed by a package's data file tells that it is stale.

Caches are keyed by the data file they were derived from (its size and
modification time), found without importing its package: a stat costs
microseconds, where ``importlib.metadata.version`` costs 30 ms of imports on
every start.
"""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path


def cache_dir() -> Path:
    """``drafting`` in the user cache folder (XDG_CACHE_HOME is honoured)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("drafting"))


def data_stamp(package: str, relative: str) -> str:
    """``size-mtime`` of ``relative`` inside installed ``package``; its version if not found.

    A reinstall or an upgrade changes it, so a cache keyed by it is rebuilt.
    """
    spec = find_spec(package)
    if spec is not None and spec.origin:
        try:
            st = (Path(spec.origin).parent / relative).stat()
            return f"{st.st_size}-{st.st_mtime_ns}"
        except OSError:
            pass
    from importlib.metadata import version

    return version(package)
