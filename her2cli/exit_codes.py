"""Exit codes, documented in `--help` and the README (style.md: httpie's ExitStatus)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # the report (or every report of a batch) was read; the status is in the output
    FAILED = 1  # the report (or some reports of a batch) could not be read
    USAGE = 2  # bad command-line usage
    INTERRUPTED = 130  # Ctrl-C


EXIT_CODES_HELP = "Exit codes: 0 read OK (whatever the HER2 status); 1 a report could not be read; 2 usage error; 130 interrupted."
