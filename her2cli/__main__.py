"""`python -m her2cli` and the `her2cli` console script.

`explain`'s worker is forked before anything else is imported (her2cli/prefork.py), so that it
loads the engine on the second core while this process loads typer and parses the command line."""

import sys


def main() -> None:
    from her2cli import prefork

    prefork.start(sys.argv[1:])
    from her2cli.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
