"""`python -m her2cli` and the `her2cli` console script.

`explain`'s and `scan`'s first worker is forked before anything else is imported (her2cli/prefork.py), so that it
loads the engine on the second core while this process loads typer and parses the command line;
and the process ends at once after the command (her2cli.cli.end_now), without the teardown."""

import sys


def main() -> None:
    from her2cli import prefork

    prefork.start(sys.argv[1:])
    from her2cli.cli import end_now
    from her2cli.cli import main as cli_main

    try:
        cli_main()
    except SystemExit as done:  # typer ends every command this way, with its exit status
        end_now(done.code)  # at once, without the interpreter's teardown (when nothing is lost)
        raise


if __name__ == "__main__":
    main()
