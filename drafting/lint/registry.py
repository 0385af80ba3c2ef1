"""Every lint rule, registered in one place with its code, examples and fix policy.

A rule is a pure function ``check(doc) -> Iterable[Finding]`` plus the data that
documents and tests it: ``must_flag`` and ``must_not_flag`` examples (run by one
test, and a meta-test fails when a rule has none) and ``fixes`` as
``(before, after)`` pairs for rules whose fix is safe. Codes are grouped by class:
DR1xx spelling, DR2xx grammar, DR3xx spacing/punctuation, DR4xx wire style,
DR5xx syndication leftovers, DR6xx fact consistency; TR1xx are the translation
checks of :mod:`drafting.translate.checks`, run on Chinese and Spanish copy.

Each rule names the languages it applies to (``langs``; English only unless it
says otherwise): the engine runs a rule only on documents in one of them, so
spelling, a/an and AP style never run on zh/es text.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from drafting.lint.finding import Finding, Severity

if TYPE_CHECKING:
    from drafting.lint.document import LintDoc

Check = Callable[["LintDoc"], Iterable[Finding]]

RULE_MODULES = (
    "spelling",
    "realword",
    "grammar",
    "spacing",
    "style",
    "junk",
    "facts_figures",
    "facts_names",
    "facts_acronyms",
    "facts_dates",
    "translation",
)

#: every language the linter knows (documents are told apart by ``drafting.text.lang``)
LANGS = ("en", "es", "zh")


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    description: str  # one line, shown in --format sarif and docs
    severity: Severity
    check: Check
    must_flag: tuple[str, ...]
    must_not_flag: tuple[str, ...]
    fixes: tuple[tuple[str, str], ...] = ()  # (before, after) for a safe fix
    needs_facts: bool = False  # examples run with the test facts
    options: dict[str, object] = field(default_factory=dict)  # defaults of per-rule options
    langs: tuple[str, ...] = ("en",)  # document languages the rule runs on
    example_lang: str | None = None  # language its examples are in (None: detected)


_RULES: dict[str, Rule] = {}


def rule(
    code: str,
    name: str,
    description: str,
    severity: Severity,
    *,
    must_flag: Iterable[str],
    must_not_flag: Iterable[str],
    fixes: Iterable[tuple[str, str]] = (),
    needs_facts: bool = False,
    options: dict[str, object] | None = None,
    langs: Iterable[str] = ("en",),
    example_lang: str | None = None,
) -> Callable[[Check], Check]:
    """Decorator: register ``check`` under ``code`` (codes are unique and stable)."""

    def register(check: Check) -> Check:
        if code in _RULES:
            raise ValueError(f"duplicate rule code {code}")
        _RULES[code] = Rule(
            code,
            name,
            description,
            severity,
            check,
            tuple(must_flag),
            tuple(must_not_flag),
            tuple(fixes),
            needs_facts,
            dict(options or {}),
            tuple(langs),
            example_lang,
        )
        return check

    return register


_SORTED: list[dict[str, Rule]] = []  # the rules in code order, while no rule is added


def all_rules() -> dict[str, Rule]:
    """Every registered rule by code, in code order (imports the rule modules once).

    The sorted table is kept until a rule is registered, and a copy handed out so callers
    may change theirs."""
    return dict(_sorted_rules())


def _sorted_rules() -> dict[str, Rule]:
    if not _SORTED or len(_SORTED[0]) != len(_RULES):
        for mod in RULE_MODULES:
            importlib.import_module(f"drafting.lint.rules.{mod}")
        _SORTED[:] = [dict(sorted(_RULES.items()))]
    return _SORTED[0]


def rules_key() -> int:
    """Changes whenever a rule is registered (the rule modules imported first): the
    engine keys the rules it runs on it, and asks for every file it lints."""
    return len(_sorted_rules())
