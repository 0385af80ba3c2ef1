"""Run the selected rules on one document and return its findings, in order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafting.lint.document import LintDoc
from drafting.lint.finding import Finding
from drafting.lint.registry import Rule, all_rules, rules_key
from drafting.lint.suppress import is_suppressed, suppressions

if TYPE_CHECKING:
    from drafting.facts.model import FactSet
    from drafting.lint.config import LintConfig


def lint_text(
    text: str,
    path: str = "-",
    *,
    config: LintConfig | None = None,
    facts: FactSet | None = None,
    kind: str | None = None,
    lang: str | None = None,
) -> list[Finding]:
    """Findings for ``text``: selected rules for its language (``lang``, else detected),
    minus masked and suppressed ones."""
    doc = LintDoc.from_text(text, path, config=config, facts=facts, kind=kind, lang=lang)
    quiet = suppressions(text)
    mask = doc.mask if doc.masked else None  # a .txt file has nothing masked
    found: dict[tuple[int, int, str], Finding] = {}
    for code, rule, severity in _plan(doc.cfg, doc.lang, facts is not None):
        for f in rule.check(doc):
            start, end = f.start, f.end
            if (mask is not None and mask.overlaps(start, end)) or (
                quiet and is_suppressed(code, start, quiet)
            ):
                continue
            key = (start, end, f.rule)
            if key not in found:
                found[key] = _stamped(f, path, severity)
    return [found[key] for key in sorted(found)]


def _stamped(f: Finding, path: str, severity: str | None) -> Finding:
    """``f`` with the file's path and the configured severity: a shallow copy of its
    fields (``dataclasses.replace`` re-runs ``__init__``, several times slower, and the
    engine does this for every finding)."""
    if f.path == path and (severity is None or f.severity == severity):
        return f
    new = object.__new__(Finding)
    fields = new.__dict__
    fields.update(f.__dict__)
    fields["path"] = path
    if severity is not None:
        fields["severity"] = severity
    return new


_Plan = list[tuple[str, Rule, str | None]]
_PLANS: dict[tuple[object, ...], _Plan] = {}


def _plan(cfg: LintConfig, lang: str, with_facts: bool) -> _Plan:
    """(code, rule, severity override) of the rules to run, in code order: the same for
    every file of a run, so worked out once per configuration, language and facts."""
    key = (
        tuple(cfg.select),
        tuple(cfg.ignore),
        tuple(sorted(cfg.severity.items())) if cfg.severity else (),
        lang,
        with_facts,
        rules_key(),
    )
    plan = _PLANS.get(key)
    if plan is None:
        plan = _PLANS[key] = [
            (code, rule, cfg.severity.get(code))
            for code, rule in all_rules().items()
            if lang in rule.langs
            and cfg.enabled(code)
            and not (rule.needs_facts and not with_facts)
        ]
    return plan
