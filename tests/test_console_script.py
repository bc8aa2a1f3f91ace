"""Every flag the README documents, run once through the installed `her2cli` console script (a
real process, as a user or a shell pipeline runs it; CliRunner tests live in test_cli.py).

The flags come from the README's "`explain` options:", "`scan` options:" and "`schema` options:"
paragraphs; how many values each takes and its choices come from the app itself, so a flag
documented but not defined, or defined with a value the test cannot make up, fails here; and every
option in a command's `--help` must be documented in the README. `serve` starts a server that runs
until stopped: its flags are checked against `--help` here and run by tests/test_web_http.py;
`scan --dask` and `--send-bytes` need a cluster and run through a real process in tests/test_dask.py.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from typer.testing import CliRunner

from her2cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SCRIPT = shutil.which("her2cli", path=str(Path(sys.executable).parent))
REPORT = ROOT / "sample_reports" / "bladder_urothelial_ihc3_txt.txt"

# Flags that only mean something together with another one.
COMPANIONS: dict[tuple[str, str], list[str]] = {
    ("explain", "--force"): ["--save", "{tmp}/visit.html"],
    ("explain", "--subject"): ["--format", "fhir"],
    ("scan", "--resume"): ["--output", "{tmp}/out.jsonl"],
    ("scan", "--force"): ["--output", "{tmp}/out.jsonl"],
    ("scan", "--bom"): ["--format", "csv"],
    ("scan", "--subject"): ["--format", "fhir-ndjson"],
}
# Values for options whose value is not a choice or a number.
TEXT_VALUES = {
    "--save": "{tmp}/visit.html",
    "--output": "{tmp}/out.csv",
    "--password": "not-needed",
    "--subject": "Patient/123",
}


def documented_flags(command: str) -> list[str]:
    """The flags named in the README paragraph that starts "`command` options:"."""
    paragraph = re.search(rf"^`{command}` options:(.+?)(?:\n\n|\Z)", README, re.M | re.S)
    assert paragraph, f"README has no '`{command}` options:' paragraph"
    return sorted(set(re.findall(r"`(--[a-z][a-z-]*)", paragraph.group(1))))


@cache
def _options(command: str) -> dict[str, str]:
    """Option name -> its help entry (placeholder, text, default and range), from `--help`."""
    result = CliRunner().invoke(app, [command, "--help"], env={"TYPER_USE_RICH": "0", "COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    entries: dict[str, str] = {}
    names: list[str] = []
    lines: list[str] = []
    for line in result.output.split("Options:", 1)[1].splitlines():
        found = re.findall(r"(?:^  |, )(--[a-z][a-z-]*)", line)
        if found:  # a new option's entry starts; its text may wrap onto the next lines
            names, lines = found, []
        lines.append(line)
        for name in names:
            entries[name] = " ".join(" ".join(lines).split())
    return entries


def _value(flag: str, entry: str) -> str | None:
    """A value for the option, or None for a flag that takes none."""
    placeholder = re.search(rf"{flag} <([^>]+)>", entry)
    if placeholder is None:
        return None
    kind = placeholder.group(1)
    if "|" in kind:
        return kind.split("|")[0]
    default = re.search(r"\[default: ([^;\]]+)", entry)
    if kind in ("int range", "float range", "int", "float"):
        if default:
            return default.group(1)
        low = re.search(r"\[(\d+(?:\.\d+)?)<=x", entry)
        assert low, f"{flag}: no default and no lower bound in its help"
        return low.group(1)
    if flag in TEXT_VALUES:
        return TEXT_VALUES[flag]
    if default:
        return default.group(1)
    raise AssertionError(
        f"{flag} <{kind}>: add a value for it to TEXT_VALUES in tests/test_console_script.py"
    )


def _args(command: str, flag: str, tmp: Path) -> list[str]:
    value = _value(flag, _options(command)[flag])
    args = [flag] if value is None else [flag, value]
    args += COMPANIONS.get((command, flag), [])
    return [a.replace("{tmp}", str(tmp)) for a in args]


COMMANDS = ("explain", "scan", "schema", "serve")
RUN_COMMANDS = ("explain", "scan", "schema")  # serve runs until stopped (see the docstring)
CASES = [(cmd, flag) for cmd in RUN_COMMANDS for flag in documented_flags(cmd)]
DEFINED_CASES = [(cmd, flag) for cmd in COMMANDS for flag in documented_flags(cmd)]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_option_in_help_is_documented(command: str) -> None:
    documented = set(re.findall(r"`(--[a-z][a-z-]*)", README))
    missing = sorted(set(_options(command)) - {"--help"} - documented)
    assert missing == [], f"`her2cli {command}` has options the README does not document: {missing}"


@pytest.mark.parametrize(("command", "flag"), DEFINED_CASES, ids=[f"{c} {f}" for c, f in DEFINED_CASES])
def test_documented_flag_is_defined(command: str, flag: str) -> None:
    assert flag in _options(command), (
        f"README documents `{command} {flag}` but the command has no such option"
    )


@pytest.mark.skipif(SCRIPT is None, reason="the her2cli console script is not installed next to this Python")
@pytest.mark.parametrize(("command", "flag"), CASES, ids=[f"{c} {f}" for c, f in CASES])
def test_documented_flag_runs_through_the_console_script(command: str, flag: str, tmp_path: Path) -> None:
    target: Path | None = REPORT
    if command == "schema":
        target = None
    elif command == "scan":
        target = tmp_path / "reports"
        target.mkdir()
        shutil.copy(REPORT, target / REPORT.name)
    argv = [str(SCRIPT), command, *([str(target)] if target else []), *_args(command, flag, tmp_path)]
    proc = subprocess.run(
        argv, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL, cwd=tmp_path
    )
    assert proc.returncode == 0, (argv, proc.stderr)
    assert "Traceback" not in proc.stderr
    assert proc.stdout or list(tmp_path.glob("*.*")), "the command printed or saved nothing"


@pytest.mark.skipif(SCRIPT is None, reason="the her2cli console script is not installed next to this Python")
@pytest.mark.parametrize(
    "argv",
    [[str(SCRIPT), "--version"], [sys.executable, "-m", "her2cli", "--version"]],
    ids=["her2cli --version", "python -m her2cli --version"],
)
def test_version(argv: list[str]) -> None:
    from her2cli import __version__

    proc = subprocess.run(argv, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert (proc.returncode, proc.stdout.strip(), proc.stderr) == (0, f"her2cli {__version__}", "")


@pytest.mark.skipif(SCRIPT is None, reason="the her2cli console script is not installed next to this Python")
@pytest.mark.skipif(shutil.which("bash") is None, reason="the completion script shown is bash's")
def test_shell_completion_through_the_console_script() -> None:
    """`--show-completion` takes no value: it prints the script for the shell it finds among its
    parent processes (shellingham), so it is run from bash here, as a user runs it. Run straight
    from pytest it would depend on whatever started the test run (no shell at all: "Shell not
    supported", exit 1). The `; exit` keeps bash from replacing itself with her2cli."""
    shown = subprocess.run(
        ["bash", "-c", f"{shlex.quote(str(SCRIPT))} --show-completion; exit $?"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shown.returncode == 0 and "_HER2CLI_COMPLETE=complete_bash" in shown.stdout, shown.stderr
    env = {**os.environ, "_HER2CLI_COMPLETE": "complete_bash"}
    for words, cword, expected in (
        ("her2cli sc", "1", ["scan", "schema"]),
        ("her2cli explain report.pdf --format ", "4", ["terminal", "json", "text", "html", "fhir"]),
    ):
        got = subprocess.run(
            [str(SCRIPT)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**env, "COMP_WORDS": words, "COMP_CWORD": cword},
        )
        assert got.stdout.split() == expected, (words, got.stdout, got.stderr)


@pytest.mark.skipif(SCRIPT is None, reason="the her2cli console script is not installed next to this Python")
def test_schema_and_help_run_through_the_console_script() -> None:
    for argv in ([str(SCRIPT), "schema"], [str(SCRIPT), "--help"], [str(SCRIPT), "explain", "--help"]):
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
        assert proc.returncode == 0 and proc.stdout and not proc.stderr, argv
