"""Session-wide test setup: no network, and no writes outside temp dirs.

Every test runs with outbound sockets blocked (loopback stays open for the
local package-index server in the translate tests), which proves the offline
promise rather than assuming it.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

_real_connect = socket.socket.connect
_LOOPBACK = ("127.", "::1", "localhost")


def _guarded_connect(self, address):  # type: ignore[no-untyped-def]
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and (host.startswith(_LOOPBACK) or host == ""):
        return _real_connect(self, address)
    if self.family == socket.AF_UNIX:
        return _real_connect(self, address)
    raise OSError(f"network access blocked in tests: {address!r}")


@pytest.fixture(autouse=True, scope="session")
def _no_network():
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]


@pytest.fixture(autouse=True, scope="session")
def _private_dirs(tmp_path_factory):
    """Point every user-level folder (XDG, models, caches) at a temp dir."""
    base = tmp_path_factory.mktemp("home")
    mp = pytest.MonkeyPatch()
    for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        mp.setenv(var, str(base / var.lower()))
    mp.setenv("DRAFTING_HOME", str(base / "drafting"))
    yield base
    mp.undo()


@pytest.fixture
def seeds() -> list[Path]:
    return list(SEEDS)
