"""One family of errors meant for people, mapped to exit codes by the CLI.

Anything raised as a :class:`DraftingError` is printed as a single line
``Error: FILE: what is wrong; what to do`` and never as a traceback.
"""

from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2


class DraftingError(Exception):
    """A problem with the user's input that they can fix."""

    exit_code = EXIT_BAD_INPUT

    def __init__(self, message: str, *, path: str | Path | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.hint = hint

    def __str__(self) -> str:
        parts = []
        if self.path:
            parts.append(f"{self.path}: ")
        parts.append(self.message)
        if self.hint:
            parts.append(f"; {self.hint}")
        return "".join(parts)


class InputError(DraftingError):
    """An input file is missing, unreadable, not UTF-8, empty or malformed."""


class TemplateError(DraftingError):
    """A template is missing, broken, or needs a value that nothing supplies."""


class ModelError(DraftingError):
    """A translation model is missing or cannot be loaded."""


class OutputError(DraftingError):
    """An output file cannot be written, or would overwrite one without --force."""
