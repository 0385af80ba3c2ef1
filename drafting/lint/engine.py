"""Run the selected rules on one document and return its findings, in order."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from drafting.lint.document import LintDoc
from drafting.lint.finding import Finding
from drafting.lint.registry import all_rules
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
    cfg = doc.cfg
    quiet = suppressions(text)
    found: dict[tuple[int, int, str], Finding] = {}
    for code, rule in all_rules().items():
        if (
            doc.lang not in rule.langs
            or not cfg.enabled(code)
            or (rule.needs_facts and facts is None)
        ):
            continue
        severity = cfg.severity.get(code)
        for f in rule.check(doc):
            if doc.mask.overlaps(f.start, f.end) or is_suppressed(code, f.start, quiet):
                continue
            f = replace(f, path=path, **({"severity": severity} if severity else {}))
            found.setdefault((f.start, f.end, f.rule), f)
    return sorted(found.values(), key=lambda f: (f.start, f.end, f.rule))
