"""Core behaviour every command relies on: strict reading, atomic writing, error exits."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafting.errors import InputError, OutputError
from drafting.fileio import atomic_write, read_text
from drafting.text.spans import LineIndex


def test_read_text_drops_bom_keeps_crlf(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbfHello\r\nWorld\r\n")
    assert read_text(p) == "Hello\r\nWorld\r\n"


@pytest.mark.parametrize(
    "data, words",
    [
        (b"caf\xe9 latin-1", "not valid UTF-8"),
        (b"", "empty"),
        (b"  \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ],
)
def test_read_text_rejects_bad_files(tmp_path, data, words):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_text(p)
    assert words in str(info.value) and str(p) in str(info.value)


def test_atomic_write_refuses_overwrite_without_force(tmp_path):
    p = tmp_path / "out.md"
    p.write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputError):
        atomic_write(p, "new", force=False)
    assert p.read_text(encoding="utf-8") == "keep me"
    atomic_write(p, "new")
    assert p.read_text(encoding="utf-8") == "new"
    assert [x.name for x in tmp_path.iterdir()] == ["out.md"]


@given(st.text(alphabet="ab\r\n", max_size=40))
def test_line_index_round_trips(text):
    idx = LineIndex(text)
    for off in range(len(text) + 1):
        line, col = idx.position(off)
        assert idx.offset(line, col) == off


def test_cli_help_and_bad_command():
    run = subprocess.run(
        [sys.executable, "-m", "drafting", "--help"], capture_output=True, text=True
    )
    assert run.returncode == 0 and "lint" in run.stdout
    run = subprocess.run(
        [sys.executable, "-m", "drafting", "nonsense"], capture_output=True, text=True
    )
    assert run.returncode == 2 and "Traceback" not in run.stderr
