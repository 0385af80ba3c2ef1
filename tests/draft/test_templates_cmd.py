"""``drafting templates`` lists each template with the event keys it needs."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from drafting.cli import cli


def test_lists_four_templates_with_needed_keys() -> None:
    result = CliRunner().invoke(cli, ["templates", "--json"])
    assert result.exit_code == 0, result.output
    info = {t["name"]: t for t in json.loads(result.stdout)}
    assert sorted(info) == ["advisory", "award", "closing", "opening"]
    opening = info["opening"]
    # found by following the includes into the partials (_about, _contact, _end)
    for key in ("event.venue", "event.theme", "event.organizers", "contact.email", "release.date"):
        assert key in opening["variables"], key
    assert "contact.phone" in opening["optional"] and "release.source" in opening["optional"]
    assert "award.deadline" in info["award"]["variables"]
    assert "press_conference.date" in info["advisory"]["variables"]


def test_user_templates_are_listed(tmp_path: Path) -> None:
    (tmp_path / "mine.md.j2").write_text("{# Mine. #}\n{{ event.slogan }} {{ release.dateline }}\n")
    (tmp_path / "_partial.md.j2").write_text("x")
    result = CliRunner().invoke(cli, ["templates", "--templates", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "mine  (mine.md.j2)\n  Mine.\n  needs: event.slogan, release.date" in result.stdout
    assert "_partial" not in result.stdout and "opening" in result.stdout
