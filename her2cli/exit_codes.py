"""Exit statuses, documented in `--help` and the README (httpie's ExitStatus is the model)."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0  # the report (or every report of a batch) was read; the status is in the output
    FAILED = 1  # the report (or every report of a batch) could not be read
    USAGE = 2  # bad command-line usage
    PARTIAL = 3  # a batch where some reports were read and others could not be
    INTERRUPTED = 130  # Ctrl-C
    # the reader of stdout went away (`her2cli scan DIR | head`): what the shell shows for a
    # process SIGPIPE ended, so `set -o pipefail` scripts see the usual status, not a bug
    OUTPUT_CLOSED = 141


ExitCode = ExitStatus  # the earlier name, kept for code written against it

EXIT_CODES_HELP = (
    "Exit codes: 0 read OK (whatever the HER2 status); 1 a report could not be read; 2 usage error; "
    "3 a batch where some reports were read and some could not be; 130 interrupted; "
    "141 the reader of the output went away (e.g. | head)."
)


def batch_status(total: int, failed: int) -> ExitStatus:
    """The status of a batch of `total` inputs of which `failed` could not be read."""
    if failed == 0:
        return ExitStatus.OK
    return ExitStatus.PARTIAL if failed < total else ExitStatus.FAILED
