"""``drafting lint``: the CLI edge of the linter (files in, reports out, fixes written)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from drafting.errors import EXIT_FINDINGS, EXIT_OK, InputError

if TYPE_CHECKING:
    from drafting.lint.finding import Finding

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def _codes(value: str | None) -> tuple[str, ...]:
    return tuple(c.strip().upper() for c in (value or "").replace(",", " ").split() if c.strip())


def collect(paths: tuple[str, ...]) -> list[Path]:
    """Named files as given; folders walked (sorted, hidden ones skipped) for prose files."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(
                f
                for f in sorted(p.rglob("*"))
                if f.is_file()
                and f.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        elif p.exists():
            out.append(p)
        else:
            raise InputError("no such file or folder", path=p, hint="check the path")
    return out


def rule_table() -> str:
    """One line per registered rule: what ``--select``/``--ignore`` and configs refer to."""
    from drafting.lint.registry import all_rules

    lines = []
    for code, r in all_rules().items():
        fix = "fix" if r.fixes else "-"
        facts = " (needs --facts)" if r.needs_facts else ""
        langs = ",".join(r.langs)
        lines.append(f"{code}  {r.severity:<7}  {langs:<8}  {fix:<3}  {r.description}{facts}")
    return "\n".join(lines)


def _read_stdin() -> str:
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte {exc.start})", path="<stdin>", hint="send UTF-8 text"
        ) from None


@click.command("lint")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--facts",
    "facts_path",
    type=click.Path(),
    help="Facts file (YAML/JSON) to check figures, names and dates against.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "sarif", "github"]),
    default="text",
    show_default=True,
    help="text for people, json for tools, sarif for code scanning, github for Actions.",
)
@click.option("--fix", is_flag=True, help="Apply safe fixes in place (atomically).")
@click.option("--diff", is_flag=True, help="Print safe fixes as a unified diff; write nothing.")
@click.option("--select", help="Only these rule codes or prefixes (e.g. DR1,DR202).")
@click.option("--ignore", help="Skip these rule codes or prefixes.")
@click.option("--stdin", "use_stdin", is_flag=True, help="Read the document from standard input.")
@click.option(
    "--stdin-filename", help="Name (and so the kind: .md/.html/.txt) of the stdin document."
)
@click.option(
    "--config", "config_path", type=click.Path(), help="A drafting.toml or pyproject.toml to use."
)
@click.option(
    "--lang",
    type=click.Choice(["auto", "en", "es", "zh"]),
    default="auto",
    show_default=True,
    help="Language of the documents (auto: detected per file); picks the rules that apply.",
)
@click.option(
    "--list-rules",
    is_flag=True,
    help="List every rule (code, severity, languages, fix, description) and exit.",
)
def command(
    paths: tuple[str, ...],
    facts_path: str | None,
    fmt: str,
    fix: bool,
    diff: bool,
    select: str | None,
    ignore: str | None,
    use_stdin: bool,
    stdin_filename: str | None,
    config_path: str | None,
    lang: str,
    list_rules: bool,
) -> int:
    """Check press-release copy; exit 0 clean, 1 findings, 2 bad input."""
    if list_rules:
        click.echo(rule_table())
        return EXIT_OK
    from drafting.fileio import atomic_write, read_text
    from drafting.lint.config import LintConfig, find_config, load_config
    from drafting.lint.engine import lint_text
    from drafting.lint.fix import fix_until_stable, unified_diff
    from drafting.report import writer
    from drafting.report.model import Report

    if not paths and not use_stdin:
        raise InputError("nothing to lint", hint="name files or folders, or use --stdin")
    if fix and diff:
        raise InputError("--fix and --diff exclude each other", hint="use one")
    facts = None
    if facts_path:
        from drafting.facts.store import load_facts

        facts = load_facts(facts_path)
    sel, ign = _codes(select), _codes(ignore)
    configs: dict[Path | None, LintConfig] = {}

    def config_for(where: Path) -> LintConfig:
        src = Path(config_path) if config_path else find_config(where)
        if src not in configs:
            configs[src] = load_config(src).with_cli(sel, ign)
        return configs[src]

    docs: list[tuple[str, str, Path | None]] = []
    if use_stdin:
        docs.append((stdin_filename or "-", _read_stdin(), None))
    docs += [(str(p), read_text(p, allow_empty=True), p) for p in collect(paths)]

    reports: list[Report] = []
    diffs: list[str] = []
    fixed_total = 0
    doc_lang = None if lang == "auto" else lang
    for name, text, path in docs:
        cfg = config_for(path if path else Path(stdin_filename or ".").absolute())

        def run(t: str, name: str = name, cfg: LintConfig = cfg) -> list[Finding]:
            return lint_text(t, name, config=cfg, facts=facts, lang=doc_lang)

        if fix or diff:
            new, n = fix_until_stable(text, run)
            fixed_total += n
            if diff:
                diffs.append(unified_diff(name, text, new))
                continue
            if path is None:  # an editor piping a buffer gets the fixed buffer back
                click.echo(new, nl=False)
                continue
            if new != text:
                atomic_write(path, new, force=True)
            text = new
        reports.append(Report(name, text, run(text)))

    if diff:
        out = "".join(diffs)
        click.echo(out, nl=False)
        return EXIT_FINDINGS if out else EXIT_OK
    if fix and use_stdin and not paths:
        return EXIT_OK
    findings = [f for r in reports for f in r.findings]
    if fmt == "text" and sys.stdout.isatty():
        from drafting.report.text import print_rich

        print_rich(reports)
    else:
        click.echo(writer(fmt)(reports), nl=False)
    if fmt == "text":
        _summary(findings, len(reports), fixed_total, fix)
    return EXIT_FINDINGS if findings else EXIT_OK


def _summary(findings: list[Finding], files: int, fixed: int, did_fix: bool) -> None:
    """One line on stderr, so stdout stays the findings alone."""
    by = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}
    fixable = sum(f.safe_fix for f in findings)
    parts = [
        f"{by['error']} error(s), {by['warning']} warning(s), {by['info']} info in {files} file(s)"
    ]
    if did_fix:
        parts.append(f"{fixed} fixed")
    elif fixable:
        parts.append(f"{fixable} fixable with --fix")
    click.echo("; ".join(parts), err=True)
