"""The command line: a thin typer layer over her2cli.api and her2cli.render.

Heavy libraries (pdfplumber, pypdfium2, rich's markdown) are imported inside commands so that
`her2cli --help` stays fast (perf.md §3).
"""

from __future__ import annotations

import os
import sys

import typer

from ..exit_codes import EXIT_CODES_HELP, ExitCode

app = typer.Typer(
    name="her2cli",
    help=(
        "Read a pathology or genomic (NGS) report and explain, in plain words, what it says about HER2 (ERBB2).\n\n"
        "This is an aid to reading your report, not medical advice: always talk it over with your care team.\n\n"
        + EXIT_CODES_HELP
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="Show the version and exit.", is_eager=True),
) -> None:
    if version:
        from .. import __version__

        typer.echo(f"her2cli {__version__}")
        raise typer.Exit(0)


from . import explain as _explain  # noqa: E402,F401  (registers the command)
from . import scan as _scan  # noqa: E402,F401
from . import schema as _schema  # noqa: E402,F401
from . import serve as _serve  # noqa: E402,F401


def main() -> None:
    """Console-script entry point."""
    # the rich help formatter alone costs ~0.2 s (perf.md §3); plain help is just as readable
    os.environ.setdefault("TYPER_USE_RICH", "0")
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("her2cli: interrupted\n")
        sys.exit(ExitCode.INTERRUPTED)
