"""``drafting facts`` from the command line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml
from click.testing import CliRunner

from drafting.cli import cli

from .helpers import ROOT


def _run(*args: str, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "drafting", "facts", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_seeds_folder_reports_the_duplicate_and_keeps_one():
    result = CliRunner().invoke(cli, ["facts", "seeds", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert (
        "seeds/000_37bea21e76a143f0.txt and seeds/001_ff3772612f942980.txt are one release; "
        "keeping seeds/001_ff3772612f942980.txt"
    ) in result.stderr
    data = json.loads(result.stdout)
    assert [d["release"]["file"][6:9] for d in data] == ["001", "002", "003", "004"]
    assert all(set(d) >= {"release", "organizations", "figures", "people", "events"} for d in data)


def test_json_items_always_carry_the_published_keys():
    """Consumers index ``release["headline"]`` etc.: unknown values are null, not absent."""
    seed = "seeds/003_2ebf9845b723cc60.txt"
    result = CliRunner().invoke(cli, ["facts", seed, "--format", "json"])
    (doc,) = json.loads(result.stdout)
    assert doc["release"]["headline"] is None and doc["release"]["source"] is None
    assert doc["release"]["date"] == "2021-11-05"
    shape = {
        "organizations": {"name", "acronym"},
        "figures": {"value", "unit", "qualifier", "text", "provenance"},
        "people": {"name", "title", "organization", "provenance"},
        "events": {"name", "theme", "start", "end", "venue", "provenance"},
    }
    for kind, keys in shape.items():
        assert doc[kind] and all(set(item) >= keys for item in doc[kind]), kind


def test_merge_to_a_file_refuses_to_overwrite(tmp_path):
    out = tmp_path / "facts.yaml"
    first = _run("seeds", "--merge", "-o", str(out))
    assert first.returncode == 0 and out.exists()
    merged = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert len(merged["releases"]) == 4 and "release" not in merged
    again = _run("seeds", "--merge", "-o", str(out))
    assert again.returncode == 2
    assert again.stderr.strip().splitlines() == [
        f"Error: {out}: already exists; use --force to overwrite it"
    ]
    assert _run("seeds", "--merge", "-o", str(out), "--force").returncode == 0


def test_single_file_yaml_round_trips_through_load_facts(tmp_path):
    from drafting.facts.store import load_facts

    out = tmp_path / "f.yaml"
    assert _run("seeds/003_2ebf9845b723cc60.txt", "-o", str(out)).returncode == 0
    facts = load_facts(out)
    assert facts.releases[0].date == "2021-11-05" and len(facts.people) == 4


@pytest.mark.parametrize(
    "name,data,words",
    [
        ("latin1.txt", "Caf\xe9 news".encode("latin-1"), "not valid UTF-8"),
        ("empty.txt", b"  \n", "file is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ],
)
def test_bad_input_is_one_line_exit_2(tmp_path, name, data, words):
    path = tmp_path / name
    path.write_bytes(data)
    result = _run(str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and words in lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_folder_without_releases_is_bad_input(tmp_path):
    result = _run(str(tmp_path))
    assert result.returncode == 2 and "no .txt, .md or .html releases" in result.stderr
