"""Bad input exits 2 with one line naming the file and the fix; output is never clobbered."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_support import EXAMPLES, run


def _one_line_error(proc) -> str:  # type: ignore[no-untyped-def]
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert lines[0].startswith("Error: ")
    return lines[0]


def test_missing_variable_names_template_variable_and_file(seed_facts: Path, tmp_path: Path):
    event = tmp_path / "opening.event.yaml"
    text = (EXAMPLES / "opening.event.yaml").read_text(encoding="utf-8")
    event.write_text(text.replace("  venue: Guangzhou Yuexiu International Congress Center\n", ""))
    line = _one_line_error(
        run(["draft", "opening", "--facts", str(seed_facts), "--event", str(event)])
    )
    assert "opening.md.j2: needs 'event.venue'" in line
    assert f"add 'venue:' under 'event:' in {event}" in line
    assert "--set event.venue=" in line


def test_missing_variable_can_be_supplied_with_set(seed_facts: Path, tmp_path: Path):
    event = tmp_path / "e.yaml"
    text = (EXAMPLES / "opening.event.yaml").read_text(encoding="utf-8")
    event.write_text(text.replace("  venue: Guangzhou Yuexiu International Congress Center\n", ""))
    proc = run(["draft", "opening", "--facts", str(seed_facts), "--event", str(event),
                "--set", "event.venue=Canton Tower"])  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "opened on Dec. 8 at Canton Tower" in proc.stdout


def test_no_event_file_says_which_option_supplies_it(seed_facts: Path):
    line = _one_line_error(run(["draft", "award", "--facts", str(seed_facts)]))
    assert "award.md.j2: needs 'award.name'" in line
    assert "an event file (--event FILE)" in line


def test_dateline_needs_release_date(seed_facts: Path, tmp_path: Path):
    event = tmp_path / "e.yaml"
    text = (EXAMPLES / "closing.event.yaml").read_text(encoding="utf-8")
    event.write_text(text.replace("  date: 2025-12-11\n", ""))
    line = _one_line_error(
        run(["draft", "closing", "--facts", str(seed_facts), "--event", str(event)])
    )
    assert "needs 'release.date'" in line and "--set release.date=" in line


@pytest.mark.parametrize(
    "content",
    ["event: [unclosed\n", "- just\n- a list\n", "event: 3\n", "speakers: {a: 1}\n"],
)
def test_malformed_event_file(seed_facts: Path, tmp_path: Path, content: str):
    event = tmp_path / "bad.event.yaml"
    event.write_text(content)
    line = _one_line_error(
        run(["draft", "opening", "--facts", str(seed_facts), "--event", str(event)])
    )
    assert str(event) in line and "malformed event file" in line
    assert "examples/opening.event.yaml" in line


@pytest.mark.parametrize(
    "content", ["releases: [unclosed\n", "figures: 12\n", "people: [{nom: x}]\n"]
)
def test_malformed_facts_file(tmp_path: Path, content: str):
    facts = tmp_path / "facts.yaml"
    facts.write_text(content)
    line = _one_line_error(
        run(["draft", "opening", "--facts", str(facts), "--event",
             str(EXAMPLES / "opening.event.yaml")])
    )  # fmt: skip
    assert str(facts) in line and "drafting facts" in line


def test_non_utf8_event_file(seed_facts: Path, tmp_path: Path):
    event = tmp_path / "latin1.yaml"
    event.write_bytes("event:\n  venue: Bogot\xe1\n".encode("latin-1"))
    line = _one_line_error(
        run(["draft", "opening", "--facts", str(seed_facts), "--event", str(event)])
    )
    assert "not valid UTF-8" in line


def test_unknown_template_and_language(seed_facts: Path):
    line = _one_line_error(run(["draft", "nope", "--facts", str(seed_facts)]))
    assert "nope" in line and "drafting templates" in line
    proc = run(["draft", "opening", "--facts", str(seed_facts), "--lang", "fr"])
    assert proc.returncode == 2 and "fr" in proc.stderr and "Traceback" not in proc.stderr


def test_output_never_overwritten_without_force(seed_facts: Path, tmp_path: Path):
    args = ["draft", "award", "--facts", str(seed_facts), "--event",
            str(EXAMPLES / "award.event.yaml"), "-o", str(tmp_path), "--lang", "en,es"]  # fmt: skip
    assert run(args).returncode == 0
    target = tmp_path / "award.en.md"
    target.write_text("edited by hand\n")
    line = _one_line_error(run(args))
    assert "award.en.md: already exists" in line and "--force" in line
    assert target.read_text() == "edited by hand\n"
    assert run([*args, "--force"]).returncode == 0
    assert target.read_text().startswith("# Submissions Open for the 7th")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_user_templates_run_sandboxed(seed_facts: Path, tmp_path: Path):
    (tmp_path / "evil.md.j2").write_text("{{ ''.__class__.__mro__[1].__subclasses__() }}\n")
    line = _one_line_error(
        run(["draft", "evil", "--facts", str(seed_facts), "--templates", str(tmp_path)])
    )
    assert "evil.md.j2" in line and "sandbox" in line


def test_user_template_can_use_bundled_partials(seed_facts: Path, tmp_path: Path):
    (tmp_path / "short.md.j2").write_text(
        "# {{ event.title }}\n\n{{ release.dateline }} {{ event.theme }}\n\n"
        '{% include "_end.md.j2" %}\n'
    )
    proc = run(["draft", "short", "--facts", str(seed_facts), "--templates", str(tmp_path),
                "--event", str(EXAMPLES / "opening.event.yaml"), "--lang", "zh"])  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(
        "# 2025年全球市长论坛\n\n广州2025年12月8日 /美通社/ -- 开放城市，共享繁荣"
    )
    assert proc.stdout.rstrip().endswith("###")


def test_html_output_escapes_event_values(seed_facts: Path, tmp_path: Path):
    proc = run(["draft", "opening", "--facts", str(seed_facts), "--event",
                str(EXAMPLES / "opening.event.yaml"), "--format", "html",
                "--set", "event.venue=<script>alert(1)</script> Hall"])  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "<script>" not in proc.stdout
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Hall" in proc.stdout
    assert "<h1>2025 Global Mayors' Forum Opens in Guangzhou</h1>" in proc.stdout
    assert '<p class="end">###</p>' in proc.stdout


def test_txt_output_has_no_markdown(seed_facts: Path):
    proc = run(["draft", "advisory", "--facts", str(seed_facts), "--event",
                str(EXAMPLES / "advisory.event.yaml"), "--format", "txt"])  # fmt: skip
    assert proc.returncode == 0
    assert "**" not in proc.stdout and not proc.stdout.startswith("#")
    assert proc.stdout.rstrip().endswith("###")


def test_an_empty_value_counts_as_missing(seed_facts: Path):
    line = _one_line_error(
        run(["draft", "opening", "--facts", str(seed_facts), "--event",
             str(EXAMPLES / "opening.event.yaml"), "--set", "event.venue="])
    )  # fmt: skip
    assert "needs 'event.venue'" in line


@pytest.mark.parametrize(
    ("template", "assignment", "expected"),
    [
        ("opening", "event.start=Dec 8", "'event.start': 'Dec 8' is not a date (write YYYY-MM-DD)"),
        ("award", "award.edition=seventh", "'award.edition': 'seventh' is not a whole number"),
        ("opening", "event.organizers=ACME", "'ACME' is not an organisation in"),
        ("opening", "history.edition=1999", "no 1999 figure counting 'representatives' in"),
    ],
)
def test_unusable_event_values(seed_facts: Path, template: str, assignment: str, expected: str):
    event = EXAMPLES / f"{template}.event.yaml"
    line = _one_line_error(
        run(["draft", template, "--facts", str(seed_facts), "--event", str(event),
             "--set", assignment])
    )  # fmt: skip
    assert line.startswith(f"Error: {event}: ") and expected in line
