"""`her2cli scan` option handling (cli/scan.py) and `--subject` for FHIR NDJSON (issue 12,
leftover of issue 14): the format a scan chooses, the option pairs it refuses, and the patient
reference each Bundle gets, fixed or made from the file's name or position."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from her2cli import batch
from her2cli.cli import app, common
from her2cli.cli.scan import ScanFormat, ScanSettings, check_settings, choose_format, subject_for

from .conftest import SAMPLES

runner = CliRunner()
POSITIVE = "crc_resection_ihc3_ngs_amp_txt.txt"
NOT_FOUND = "breast_core_studies_pending.txt"


def _subjects(ndjson: Path) -> list[Any]:
    """Per line: the patient reference of every resource that has one, or the resource type."""
    out: list[Any] = []
    for line in ndjson.read_text().splitlines():
        resource = json.loads(line)
        if resource["resourceType"] != "Bundle":
            out.append(resource["resourceType"])
            continue
        refs = {e["resource"].get("subject", {}).get("reference") for e in resource["entry"]}
        refs.discard(None) if len(refs) > 1 else None
        out.append(sorted(refs, key=str))
    return out


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two readable reports with id-like names and one damaged file."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "p-101.txt").write_bytes((SAMPLES / POSITIVE).read_bytes())
    (folder / "p-102.txt").write_bytes((SAMPLES / NOT_FOUND).read_bytes())
    (folder / "p-103.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")
    return folder


def test_subject_template_fills_stem_and_position_and_refuses_what_is_not_a_reference() -> None:
    assert subject_for("Patient/123", stem="anything", index=7) == "Patient/123"
    assert subject_for("Patient/{stem}", stem="mrn-0042", index=7) == "Patient/mrn-0042"
    assert subject_for("Patient/case-{index}", stem="x", index=7) == "Patient/case-7"
    assert subject_for("Patient/{index:04d}", stem="x", index=7) == "Patient/0007"
    # near misses: a name with a space, an unknown field, a positional field, a bare id
    assert subject_for("Patient/{stem}", stem="Jane Doe", index=1) is None
    assert subject_for("Patient/{name}", stem="x", index=1) is None
    assert subject_for("Patient/{0}", stem="x", index=1) is None
    assert subject_for("{stem}", stem="x", index=1) is None
    assert subject_for("Patient/{stem:d}", stem="x", index=1) is None


def test_scan_subject_template_gives_each_bundle_its_reference(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "bundles.ndjson"
    result = runner.invoke(
        app,
        ["scan", "-q", str(folder), "--format", "fhir-ndjson", "-o", str(out), "--subject", "Patient/{stem}"],
    )
    assert result.exit_code == 3, result.stderr  # the damaged file is an OperationOutcome
    assert _subjects(out) == [["Patient/p-101"], ["Patient/p-102"], "OperationOutcome"]
    by_index = tmp_path / "by_index.ndjson"
    runner.invoke(
        app,
        [
            "scan",
            "-q",
            str(folder),
            "--format",
            "fhir-ndjson",
            "-o",
            str(by_index),
            "--subject",
            "Patient/n{index}",
        ],
    )
    assert _subjects(by_index) == [["Patient/n1"], ["Patient/n2"], "OperationOutcome"]


def test_scan_fixed_subject_and_no_subject(folder: Path, tmp_path: Path) -> None:
    fixed, none = tmp_path / "fixed.ndjson", tmp_path / "none.ndjson"
    runner.invoke(
        app,
        ["scan", "-q", str(folder), "--format", "fhir-ndjson", "-o", str(fixed), "--subject", "Patient/9"],
    )
    runner.invoke(app, ["scan", "-q", str(folder), "--format", "fhir-ndjson", "-o", str(none)])
    assert _subjects(fixed) == [["Patient/9"], ["Patient/9"], "OperationOutcome"]
    assert '"subject"' not in none.read_text()


def test_resume_reads_a_bundle_again_when_its_subject_changed(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "bundles.ndjson"
    args = ["scan", str(folder), "--format", "fhir-ndjson", "-o", str(out)]
    runner.invoke(app, [*args, "-q", "--subject", "Patient/{stem}"])
    same = runner.invoke(app, [*args, "--resume", "--subject", "Patient/{stem}"])
    assert "2 already done" in same.stderr
    changed = runner.invoke(app, [*args, "--resume", "--subject", "Patient/n{index}"])
    assert "already done" not in changed.stderr
    assert _subjects(out) == [["Patient/n1"], ["Patient/n2"], "OperationOutcome"]


def test_a_file_name_that_makes_no_reference_stops_the_scan_before_reading(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "Jane Doe.txt").write_bytes((SAMPLES / POSITIVE).read_bytes())
    out = tmp_path / "bundles.ndjson"
    result = runner.invoke(
        app,
        ["scan", "-q", str(folder), "--format", "fhir-ndjson", "-o", str(out), "--subject", "Patient/{stem}"],
    )
    assert result.exit_code == 2
    assert "Jane Doe.txt" in result.stderr and "{index}" in result.stderr
    assert not out.exists() or out.read_text() == ""


@pytest.mark.parametrize(
    "extra",
    [
        ["--format", "jsonl", "--subject", "Patient/1"],  # a subject only means something in FHIR
        ["--format", "fhir-ndjson", "--subject", "Jane Doe"],
        ["--format", "fhir-ndjson", "--subject", "Patient/{name}"],
    ],
    ids=["jsonl", "not-a-reference", "unknown-field"],
)
def test_subject_usage_errors(folder: Path, tmp_path: Path, extra: list[str]) -> None:
    result = runner.invoke(app, ["scan", "-q", str(folder), "-o", str(tmp_path / "out.x"), *extra])
    assert result.exit_code == 2 and "--subject" in result.stderr
    assert not (tmp_path / "out.x").exists()


@pytest.mark.parametrize(
    ("fmt", "output", "terminal", "expected"),
    [
        (None, None, True, ScanFormat.table),
        (None, None, False, ScanFormat.jsonl),
        (None, "r.CSV", False, ScanFormat.csv),
        (None, "r.db", True, ScanFormat.sqlite),
        (None, "r.sqlite3", True, ScanFormat.sqlite),
        (None, "r.jsonl", True, ScanFormat.jsonl),
        (None, "r.ndjson", True, ScanFormat.jsonl),  # FHIR only when asked for
        (ScanFormat.csv, "r.db", True, ScanFormat.csv),  # --format wins over the suffix
    ],
)
def test_choose_format(
    fmt: ScanFormat | None, output: str | None, terminal: bool, expected: ScanFormat
) -> None:
    assert choose_format(fmt, Path(output) if output else None, to_terminal=terminal) == expected


def test_check_settings_refuses_options_that_do_not_go_together(tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    for settings in (
        ScanSettings(ScanFormat.jsonl, resume=True),
        ScanSettings(ScanFormat.table, output=out),
        ScanSettings(ScanFormat.sqlite),
        ScanSettings(ScanFormat.csv, output=out, subject="Patient/1"),
    ):
        with pytest.raises(typer.BadParameter):
            check_settings(settings)
    check_settings(ScanSettings(ScanFormat.fhir_ndjson, output=out, subject="Patient/{index}"))
    out.write_text("")
    with pytest.raises(common.CommandError):
        check_settings(ScanSettings(ScanFormat.jsonl, output=out))
    check_settings(ScanSettings(ScanFormat.jsonl, output=out, force=True))


def test_shared_option_defaults_are_the_workers() -> None:
    """cli/common.py repeats the reading limits' defaults (importing batch would slow `--help`)."""
    from her2cli.sources import ReadOptions

    assert common.MAX_PAGES_OPT.default == ReadOptions().max_pages == batch.WorkOptions().max_pages
    assert (common.DEFAULT_TIMEOUT, common.DEFAULT_MAX_MEMORY_MB) == (
        batch.DEFAULT_TIMEOUT,
        batch.DEFAULT_MAX_MEMORY_MB,
    )
    assert (common.TIMEOUT_OPT.default, common.MAX_MEMORY_OPT.default) == (
        batch.DEFAULT_TIMEOUT,
        batch.DEFAULT_MAX_MEMORY_MB,
    )


@pytest.mark.parametrize("fmt", ["jsonl", "fhir-ndjson", "csv"])
def test_resume_leaves_one_line_per_input_when_nothing_is_kept(tmp_path: Path, fmt: str) -> None:
    """Failed records are read again on --resume; their earlier lines must not stay beside the new
    ones (with nothing kept, appending alone left two lines for one input)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")
    out = tmp_path / "out.txt"
    args = ["scan", "-q", str(folder), "--format", fmt, "-o", str(out)]
    first = runner.invoke(app, args)
    again = runner.invoke(app, [*args, "--resume"])
    assert (first.exit_code, again.exit_code) == (1, 1)
    rows = [line for line in out.read_text().splitlines() if line and not line.startswith("file,")]
    assert len(rows) == 1, rows
