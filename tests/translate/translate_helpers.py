"""Helpers shared by the translation tests (a module, not conftest, so imports are unambiguous)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED_003 = next((ROOT / "seeds").glob("003_*.txt"))


class Ran:
    """A CLI run: exit code, stdout, stderr (with the one-line error, as main prints it)."""

    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err


def run_cli(*args) -> Ran:
    """Invoke ``drafting`` in-process (so the socket guard applies) the way ``main`` does."""
    from click.testing import CliRunner

    from drafting.cli import cli
    from drafting.errors import DraftingError

    result = CliRunner().invoke(cli, [str(a) for a in args], standalone_mode=False)
    exc = result.exception
    if isinstance(exc, DraftingError):
        return Ran(exc.exit_code, result.stdout, result.stderr + f"Error: {exc}\n")
    if exc is not None and not isinstance(exc, SystemExit):
        raise exc
    code = result.return_value if isinstance(result.return_value, int) else result.exit_code
    return Ran(code, result.stdout, result.stderr)
