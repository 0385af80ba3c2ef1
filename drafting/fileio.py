"""Reading user files strictly and writing them atomically.

Every command reads through :func:`read_text` so that a bad file always gives
the same clear message, and writes through :func:`atomic_write` so that no
command can leave a user's file half-written.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from drafting.errors import InputError, OutputError

BOM = "\ufeff"


def read_text(path: str | Path, *, allow_empty: bool = False) -> str:
    """Return the file's text decoded as UTF-8 (a BOM is dropped; CRLF is kept).

    Offsets used anywhere in drafting are code-point offsets into this string.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=p, hint="check the path") from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", path=p, hint="name a file") from None
    except OSError as exc:
        raise InputError(
            f"cannot read ({exc.strerror})", path=p, hint="check permissions"
        ) from None
    if b"\x00" in data[:8192]:
        raise InputError(
            "looks like a binary file, not text", path=p, hint="give a .txt, .md or .html release"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte {exc.start})",
            path=p,
            hint="re-save the file as UTF-8",
        ) from None
    if text.startswith(BOM):
        text = text[1:]
    if not allow_empty and not text.strip():
        raise InputError("file is empty", path=p, hint="give a file with some text")
    return text


def atomic_write(path: str | Path, text: str, *, force: bool = True) -> Path:
    """Write ``text`` to ``path`` via a temp file in the same folder and a rename.

    With ``force=False`` an existing file is never replaced.
    """
    p = Path(path)
    if p.exists() and not force:
        raise OutputError("already exists", path=p, hint="use --force to overwrite it")
    if p.exists() and p.is_dir():
        raise OutputError("is a directory", path=p, hint="name a file")
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    except OSError as exc:
        raise OutputError(
            f"cannot write ({exc.strerror})", path=p, hint="check the folder"
        ) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if p.exists():
            os.chmod(tmp, p.stat().st_mode & 0o7777)
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return p


def write_cache(path: Path, data: bytes) -> bool:
    """Best effort: ``data`` at ``path`` via a temp file and a rename (concurrent runs may
    race; each rename is whole). False when it cannot be written: a cache only costs speed.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return False
    return True
