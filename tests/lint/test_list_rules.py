"""``drafting lint --list-rules``: the codes that --select, --ignore and configs name."""

from __future__ import annotations

from click.testing import CliRunner

from drafting.cli import cli
from drafting.lint.registry import all_rules


def test_every_registered_rule_is_listed_once_with_its_description():
    result = CliRunner().invoke(cli, ["lint", "--list-rules"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    rules = all_rules()
    assert [line.split()[0] for line in lines] == list(rules)
    for line, r in zip(lines, rules.values(), strict=True):
        assert r.description in line and r.severity in line
    assert "(needs --facts)" in next(line for line in lines if line.startswith("DR601"))
