"""The ``drafting`` command line: a thin Click group.

Subcommands live in ``drafting/commands/<name>.py`` and are imported only when
invoked, so ``drafting lint`` never pays for the translation stack. Every
:class:`~drafting.errors.DraftingError` becomes one line on stderr and its exit
code; nothing reaches the user as a traceback.
"""

from __future__ import annotations

import importlib
import sys

import click

from drafting import __version__
from drafting.errors import EXIT_BAD_INPUT, DraftingError

#: command name -> (module under drafting.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "facts": ("facts", "Extract facts, with provenance, from past releases."),
    "templates": ("templates", "List the release templates and the variables each needs."),
    "draft": ("draft", "Draft a new release from a template, facts and an event file."),
    "lint": ("lint", "Check copy for typos, slips, style, syndication junk and fact errors."),
    "score": ("score", "Score readability (English, Spanish, Chinese) and list hard sentences."),
    "translate": ("translate", "Translate releases offline to Chinese and Spanish."),
    "models": ("models", "Install and list offline translation models."),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module = importlib.import_module(f"drafting.commands.{COMMANDS[cmd_name][0]}")
        return module.command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, help_) for name, (_, help_) in COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="drafting")
def cli() -> None:
    """Draft, lint, score and translate press releases, offline."""


@cli.result_callback()
@click.pass_context
def _exit_with_result(ctx: click.Context, rv: object, **_: object) -> object:
    """Commands return their exit code; make it the process's (and CliRunner's) exit code."""
    if isinstance(rv, int) and rv:
        ctx.exit(rv)
    return rv


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and turn user errors into one line and exit code 2."""
    try:
        rv = cli.main(args=argv, prog_name="drafting", standalone_mode=False)
    except DraftingError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_BAD_INPUT if exc.exit_code == 1 else exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    sys.exit(rv if isinstance(rv, int) else 0)
