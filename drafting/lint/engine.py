"""Run the selected rules on one document and return its findings, in order."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from drafting.lint.document import LintDoc
from drafting.lint.finding import Finding
from drafting.lint.registry import Rule, all_rules
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
    found: dict[tuple[int, int, str], Finding] = {}
    for code, rule, severity in _plan(doc.cfg, doc.lang, facts is not None):
        for f in rule.check(doc):
            if doc.mask.overlaps(f.start, f.end) or (quiet and is_suppressed(code, f.start, quiet)):
                continue
            f = replace(f, path=path, **({"severity": severity} if severity else {}))
            found.setdefault((f.start, f.end, f.rule), f)
    return sorted(found.values(), key=lambda f: (f.start, f.end, f.rule))


_Plan = list[tuple[str, Rule, str | None]]
_PLANS: dict[tuple[object, ...], _Plan] = {}


def _plan(cfg: LintConfig, lang: str, with_facts: bool) -> _Plan:
    """(code, rule, severity override) of the rules to run, in code order: the same for
    every file of a run, so worked out once per configuration, language and facts."""
    rules = all_rules()
    key = (
        tuple(cfg.select),
        tuple(cfg.ignore),
        tuple(sorted(cfg.severity.items())),
        lang,
        with_facts,
        tuple(rules),
    )
    plan = _PLANS.get(key)
    if plan is None:
        plan = _PLANS[key] = [
            (code, rule, cfg.severity.get(code))
            for code, rule in rules.items()
            if lang in rule.langs
            and cfg.enabled(code)
            and not (rule.needs_facts and not with_facts)
        ]
    return plan
