"""The command line: a thin typer layer over her2cli.api and her2cli.render.

Heavy libraries (pdfplumber, pypdfium2, rich's markdown) are imported inside commands so that
`her2cli --help` stays fast (docs/performance.md §3).
"""

from __future__ import annotations

import os
import sys
import traceback
from typing import Any

import typer
from typer.core import TyperGroup

from ..errors import Her2cliError, describe_error, progress_line
from ..exit_codes import EXIT_CODES_HELP, ExitStatus
from .common import DEBUG_KEY, LANG_KEY, CommandError, argv_lang

# typer's own exceptions (usage errors, --help, exits) pass through to typer, which prints them
_TYPER_EXCEPTIONS: tuple[type[BaseException], ...] = (
    typer.Exit,
    typer.Abort,
    *[c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"],
)


class Her2cliGroup(TyperGroup):
    """The one error handler of the app (httpie's raw_main is the model): a command's
    CommandError or a reader's Her2cliError becomes one line on stderr and its exit status;
    anything else is a bug, reported in one line (with the traceback only under --debug);
    Ctrl-C exits 130. Nothing a command already wrote to stdout is lost."""

    def invoke(self, ctx: Any) -> Any:  # a click Context (typer vendors click; its type is private)
        try:
            return super().invoke(ctx)
        except _TYPER_EXCEPTIONS:
            raise
        except CommandError as exc:
            _fail(exc.text(_lang(ctx)), exc.status, _lang(ctx))
        except KeyboardInterrupt:
            sys.stderr.write(progress_line("interrupted", _lang(ctx)))
            raise typer.Exit(ExitStatus.INTERRUPTED) from None
        except BrokenPipeError:
            _output_closed()
        except Exception as exc:  # noqa: BLE001 - the one place every other failure is turned into a line
            if ctx.meta.get(DEBUG_KEY):
                traceback.print_exc()
            path = exc.path if isinstance(exc, Her2cliError) else "her2cli"
            _fail(describe_error(exc, path, _lang(ctx))[1], ExitStatus.FAILED, _lang(ctx))


def _output_closed() -> None:
    """The reader of stdout went away (`her2cli scan DIR | head`): not a bug and nothing to say.
    Python's own advice: point stdout at /dev/null so the flush at exit cannot fail again, and
    end with the status a SIGPIPE'd process has in the shell. Output files (--output, --resume)
    are written and closed by the command itself and are not affected."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    raise typer.Exit(ExitStatus.OUTPUT_CLOSED) from None


def _lang(ctx: Any) -> str:
    """The command's --lang (common.remember_lang), else English."""
    return str(ctx.meta.get(LANG_KEY, "en"))


def _fail(message: str, status: ExitStatus, lang: str) -> None:
    sys.stderr.write(progress_line("error", lang, message=message))
    raise typer.Exit(status) from None


def _show_version(value: bool) -> None:
    """An eager parameter callback: runs while the options are parsed, before typer asks for a command."""
    if value:
        from .. import __version__

        typer.echo(f"her2cli {__version__}")
        raise typer.Exit(ExitStatus.OK)


app = typer.Typer(
    cls=Her2cliGroup,
    name="her2cli",
    help=(
        "Read a pathology or genomic (NGS) report and explain, in plain words, what it says about HER2 (ERBB2).\n\n"
        "This is an aid to reading your report, not medical advice: always talk it over with your care team.\n\n"
        + EXIT_CODES_HELP
    ),
    no_args_is_help=True,
    # shell completion (--install-completion, --show-completion) costs nothing measurable at start-up:
    # typer imports its completion modules either way (README "Shell completion" has the figures)
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", help="Show the version and exit.", is_eager=True, callback=_show_version
    ),
) -> None:
    """The group itself does nothing: --version is handled while the options are parsed."""


from . import explain as _explain  # noqa: E402,F401  (registers the command)
from . import scan as _scan  # noqa: E402,F401
from . import schema as _schema  # noqa: E402,F401
from . import serve as _serve  # noqa: E402,F401


def main() -> None:
    """Console-script entry point."""
    # the rich help formatter alone costs ~0.2 s (docs/performance.md §3); plain help is just as readable
    os.environ.setdefault("TYPER_USE_RICH", "0")
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write(progress_line("interrupted", argv_lang(sys.argv[1:])))
        sys.exit(ExitStatus.INTERRUPTED)


def end_now(code: object) -> None:
    """End the process at once with `code`, once the output is flushed and the exit handlers
    have run: not tear down every module and object first (the console script calls this with
    the status `main` exits with; her2cli.__main__). After a scan (the engine loaded, ~250
    patterns compiled) the interpreter's teardown took 50-140 ms of CPU, after any command at
    least the ~20-50 ms of typer's (docs/performance.md §3). Nothing is lost: files are closed
    where they are written, the exit handlers (logging, temporary files, multiprocessing's
    children) run here. When an output cannot be flushed (a reader that went away), a thread
    other than a daemon still runs, or the status is not a number, this returns and Python ends
    as usual, reporting what it reports."""
    import atexit
    import threading

    if not (code is None or isinstance(code, int)):
        return
    if any(t is not threading.main_thread() and not t.daemon for t in threading.enumerate()):
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        os._exit(120)  # what Python's own exit gives when it cannot flush stdout
    os._exit(code or 0)
