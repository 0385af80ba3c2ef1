"""Context values that know their own path, so a missing one can be named exactly.

Jinja's ``StrictUndefined`` already refuses to render a missing value; these
pieces make the refusal say *which* value ("event.venue") so the command can
tell the user which file should supply it.
"""

from __future__ import annotations

from typing import Any

from jinja2 import StrictUndefined
from jinja2.exceptions import SecurityError


class MissingVariable(Exception):
    """A template needed ``path`` and nothing supplied it."""

    def __init__(self, path: str):
        super().__init__(path)
        self.path = path


class Record(dict):
    """A mapping for templates that remembers where it sits in the context."""

    def __init__(self, path: str, data: dict[str, Any] | None = None):
        super().__init__(data or {})
        self.path = path


class Deferred:
    """A value that could not be built because ``path`` is missing: fails only if used."""

    def __init__(self, path: str):
        self.path = path

    def _fail(self, *args: Any, **kwargs: Any) -> Any:
        raise MissingVariable(self.path)

    __str__ = __html__ = __iter__ = __len__ = __bool__ = _fail  # type: ignore[assignment]


class NamedUndefined(StrictUndefined):
    """StrictUndefined that raises :class:`MissingVariable` with the dotted path."""

    def _fail_with_undefined_error(self, *args: Any, **kwargs: Any) -> Any:
        if self._undefined_exception is SecurityError:  # the sandbox refused an attribute
            raise SecurityError(self._undefined_hint or "unsafe access in a sandboxed template")
        obj = self._undefined_obj
        name = self._undefined_name
        if isinstance(obj, Record):
            raise MissingVariable(f"{obj.path}.{name}")
        if name is not None and obj is not None and not isinstance(obj, Deferred):
            raise MissingVariable(f"{type(obj).__name__}.{name}")
        raise MissingVariable(str(name))


# Route every operation StrictUndefined refuses through the path-naming failure.
for _name in (
    "__str__", "__iter__", "__len__", "__bool__", "__eq__", "__ne__", "__hash__",
    "__contains__", "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
    "__truediv__", "__mod__", "__getitem__", "__call__", "__lt__", "__le__", "__gt__",
    "__ge__", "__int__", "__float__", "__neg__", "__pos__",
):  # fmt: skip
    setattr(NamedUndefined, _name, NamedUndefined._fail_with_undefined_error)


def need(record: dict[str, Any], key: str) -> Any:
    """``record[key]`` or a :class:`MissingVariable` naming it."""
    value = record.get(key)
    if value is None or value == "":
        path = getattr(record, "path", "")
        raise MissingVariable(f"{path}.{key}" if path else key)
    return value
