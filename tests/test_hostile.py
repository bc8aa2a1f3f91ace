"""Hostile and broken inputs (issue 6): every case gets its exact outcome (an error kind or a
status), the right exit code, no traceback, one stderr line, and an answer within a time bound;
then all of them go through one `scan` next to good reports, which must come out untouched.

Outcomes are written "status:<status>" or an error kind. Where more than one outcome is right
(a damaged file one PDF engine repairs and another refuses), the case lists the acceptable set;
no case ever accepts `internal_error`, and only a file whose visible text says positive may be
positive. The files are built by tests/hostile.py; big variants are marked slow and the default
run covers each case at a smaller size.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from . import hostile as h

# Seconds per file: the product's default --timeout (120 s) plus start-up. What is checked is
# that no input escapes the limit (a hang), not speed (benchmarks/ measure that): the slowest
# default case takes ~10 s on an idle machine, several times that on a loaded CI machine.
TIME_BOUND = 150.0
LOOP_TIMEOUT = "10"  # --timeout for the file pdfminer spins on forever
ERRORS_OK_FOR_DAMAGED = {"truncated_or_corrupt"}
NO_TEXT = {"no_text_layer", "ocr_unavailable"}  # ocr_unavailable where Tesseract is not installed


@dataclass(frozen=True)
class Case:
    id: str
    make: Callable[[Path], Path]
    expect: frozenset[str]
    args: tuple[str, ...] = ()
    slow: bool = False
    in_batch: bool = True  # part of the mixed batch (cases that need their own options are not)
    hidden_warning: bool = False  # the result must say some text was ignored
    extra_batch_outcomes: frozenset[str] = field(default_factory=frozenset)


def case(id: str, make: Callable[[Path], Path], *expect: str, **kw: Any) -> Case:
    return Case(id, make, frozenset(expect), **kw)


CASES: list[Case] = [
    # not reports, or nothing in them
    case("zero_byte", lambda d: h.make_empty(d, "zero.pdf"), "empty"),
    case("html_named_pdf", h.make_html_named_pdf, "not_a_report"),
    case("png_named_pdf", h.make_png_named_pdf, *NO_TEXT),
    case(
        "png_named_pdf_ocr_never",
        lambda d: h.make_png_named_pdf(d, "picture2.pdf"),
        "no_text_layer",
        args=("--ocr", "never"),
        in_batch=False,
    ),
    case("zip_named_pdf", h.make_zip_named_pdf, "not_a_report"),
    case("zip_holding_a_pdf", h.make_zip_holding_pdf, "not_a_report"),
    case("gzip_named_pdf", h.make_gzip_named_pdf, "not_a_report"),
    # damaged PDFs
    case("truncated_10", lambda d: h.make_truncated_pdf(d, 0.10), "truncated_or_corrupt"),
    case("truncated_50", lambda d: h.make_truncated_pdf(d, 0.50), "truncated_or_corrupt"),
    case("truncated_90", lambda d: h.make_truncated_pdf(d, 0.90), "truncated_or_corrupt"),
    case("broken_xref", h.make_broken_xref_pdf, "status:negative", "truncated_or_corrupt"),
    case("missing_eof", h.make_no_eof_pdf, "status:negative", "truncated_or_corrupt"),
    case("reference_loop", h.make_reference_loop_pdf, "truncated_or_corrupt", *NO_TEXT),
    case(
        "length_reference_loop",
        h.make_length_loop_pdf,
        "timeout",
        "status:not_found",
        args=("--timeout", LOOP_TIMEOUT),
    ),
    case("self_referencing_page_tree", h.make_self_referencing_tree_pdf, "truncated_or_corrupt"),
    case("nested_arrays_100k", h.make_nested_arrays_pdf, "status:negative", "truncated_or_corrupt"),
    case(
        "flate_bomb_512mb_capped",
        lambda d: h.make_flate_bomb_pdf(d, 512, "bomb_512.pdf"),
        "memory_limit",
        "truncated_or_corrupt",
        args=("--max-memory", "300"),
    ),
    case(
        "flate_bomb_1_5gb",
        lambda d: h.make_flate_bomb_pdf(d, 1536, "bomb_1536.pdf"),
        "memory_limit",
        "truncated_or_corrupt",
        "status:negative",
        slow=True,
    ),
    case("pages_5000", lambda d: h.make_many_pages_pdf(d, 5000), "too_large"),
    # encryption
    case("user_password", h.make_user_password_pdf, "password_required"),
    case(
        "user_password_given",
        lambda d: h.make_user_password_pdf(d, "s3cret", "locked2.pdf"),
        "status:positive",
        args=("--password", "s3cret"),
        in_batch=False,
    ),
    case("owner_password_only", h.make_owner_password_pdf, "status:positive"),
    # text a reader cannot see, or cannot read
    case("image_only_pdf", h.make_image_only_pdf, *NO_TEXT),
    case(
        "image_only_pdf_ocr_never",
        lambda d: h.make_image_only_pdf(d, "scan2.pdf"),
        "no_text_layer",
        args=("--ocr", "never"),
        in_batch=False,
    ),
    case("white_and_off_page_text", h.make_hidden_text_pdf, "status:negative", hidden_warning=True),
    case("only_hidden_text", h.make_only_hidden_text_pdf, "status:not_found", hidden_warning=True),
    case("text_under_filled_rectangles", h.make_covered_text_pdf, "status:negative", hidden_warning=True),
    case("shaded_cell_highlight_and_rules", h.make_shaded_table_pdf, "status:positive"),
    case(
        "font_without_tounicode",
        h.make_no_tounicode_pdf,
        "garbled_text",
        "status:negative",
        "status:not_found",
    ),
    # text files
    case("utf16_bom", h.make_utf16_text, "status:positive"),
    case("utf16le_no_bom", lambda d: h.make_utf16_text(d, "utf16le.txt", bom=False), "status:positive"),
    case("latin1", h.make_latin1_text, "status:positive"),
    case("nul_laden", h.make_nul_text, "status:positive"),
    case("terminal_escape_sequences", h.make_terminal_capture_text, "status:negative"),
    case("single_line_2mb", lambda d: h.make_single_line_text(d, 2, "one_line_2mb.txt"), "status:negative"),
    case(
        "single_line_50mb",
        lambda d: h.make_single_line_text(d, 50, "one_line_50mb.txt"),
        "status:negative",
        "timeout",
        "memory_limit",
        "too_large",
        slow=True,
    ),
    *[
        case(f"backtrack_{kind}_100k", lambda d, k=kind: h.make_backtracking_text(d, k), "status:negative")
        for kind in h.BACKTRACK_UNITS
    ],
    # special files
    case("fifo", h.make_fifo, "unreadable"),
    case("link_to_dev_zero", h.make_dev_zero_link, "unreadable"),
    case("link_to_itself", h.make_self_link, "unreadable"),
    case("dangling_link", h.make_dangling_link, "unreadable"),
]
DEFAULT_CASES = [c for c in CASES if not c.slow]


def _params(cases: list[Case]) -> list[Any]:
    return [pytest.param(c, id=c.id, marks=[pytest.mark.slow] if c.slow else []) for c in cases]


def outcome_of(record: dict[str, Any]) -> str:
    return record["error"]["kind"] if record.get("error") else f"status:{record['status']}"


def run_explain(path: Path, args: tuple[str, ...] = ()) -> tuple[subprocess.CompletedProcess[bytes], float]:
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "her2cli", "explain", "--json", *args, "--", str(path)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIME_BOUND * 3,
    )
    return proc, time.monotonic() - start


def check_record(c: Case, record: dict[str, Any], outcome: str) -> None:
    assert outcome != "internal_error", record["error"]
    assert outcome in c.expect, f"{c.id}: got {outcome}, expected one of {sorted(c.expect)}"
    if outcome == "status:positive":
        assert "status:positive" in c.expect
    if record.get("error"):
        assert record["status"] == "not_found"
        assert record["evidence"] == []
    if c.hidden_warning:
        assert any("cannot be seen" in w for w in record["warnings"]), record["warnings"]


@pytest.mark.parametrize("c", _params(CASES))
def test_hostile_case(tmp_path: Path, c: Case) -> None:
    path = c.make(tmp_path)
    proc, seconds = run_explain(path, c.args)
    stderr = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert seconds < TIME_BOUND, f"{c.id} took {seconds:.1f} s"
    record = json.loads(proc.stdout.decode("utf-8"))  # exactly one JSON object
    outcome = outcome_of(record)
    check_record(c, record, outcome)
    if outcome.startswith("status:"):
        assert proc.returncode == 0, stderr
        assert "her2cli: error:" not in stderr
    else:
        assert proc.returncode == 1
        error_lines = [line for line in stderr.splitlines() if line.startswith("her2cli: error:")]
        assert len(error_lines) == 1, stderr
        assert path.name in error_lines[0]
        assert len([line for line in stderr.splitlines() if line.strip()]) == 1, stderr


def test_every_default_case_builds_quickly(tmp_path: Path) -> None:
    start = time.monotonic()
    for c in DEFAULT_CASES:
        c.make(tmp_path)
    assert time.monotonic() - start < 120  # ~4 s idle; the bound only catches a builder gone wrong


# --- all of them in one batch, next to good reports -------------------------------------------


def _digest(path: Path) -> str | None:
    if path.is_symlink() or not path.is_file():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _good_reports(folder: Path) -> list[Path]:
    (folder / "keep_a_positive.txt").write_text(h.POSITIVE_TEXT)
    (folder / "keep_b_negative.pdf").write_bytes(h.report_pdf(h.NEGATIVE_LINES))
    (folder / "keep_c_positive.pdf").write_bytes(h.report_pdf(h.POSITIVE_LINES))
    (folder / "keep_d_not_found.txt").write_text(h.NOT_FOUND_TEXT)
    return sorted(folder.glob("keep_*"))


# No batch case may time out (the looping file, which needs --timeout, is not in the batch), so
# the limit is the product's default: with 20 s the 2 MB one-line text timed out on a loaded
# 2-core machine (2 of 2 runs with three CPU burners), ~5 s idle.
BATCH_ARGS = [
    "--quiet",
    "--format",
    "jsonl",
    "-j",
    "2",
    "--timeout",
    "120",
    "--max-memory",
    "400",
    "--recursive",
]


def _scan(paths: list[str]) -> tuple[subprocess.CompletedProcess[bytes], list[dict[str, Any]]]:
    proc = subprocess.run(
        [sys.executable, "-m", "her2cli", "scan", *BATCH_ARGS, "--", *paths],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=600,
    )
    records = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines() if line.strip()]
    return proc, records


def test_hostile_batch_leaves_other_files_untouched(tmp_path: Path) -> None:
    good_dir = tmp_path / "good_only"
    good_dir.mkdir()
    _good_reports(good_dir)
    _, reference = _scan([str(good_dir)])
    assert [outcome_of(r) for r in reference] == [
        "status:positive",
        "status:negative",
        "status:positive",
        "status:not_found",
    ]

    mixed = tmp_path / "mixed"
    shutil.copytree(good_dir, mixed)
    batch_cases = [c for c in DEFAULT_CASES if c.in_batch and not c.args]
    by_name: dict[str, Case] = {}
    for c in batch_cases:
        sub = mixed / c.id  # one folder per case: names never clash and the walk is exercised
        sub.mkdir()
        by_name[str(c.make(sub))] = c
    h.make_symlink_loop(mixed, "loop")  # a folder link to its own parent
    bomb_dir = mixed / "flate_bomb"
    bomb_dir.mkdir()
    bomb = h.make_flate_bomb_pdf(bomb_dir, 768, "bomb.pdf")
    before = {p: _digest(p) for p in mixed.rglob("*") if not p.is_symlink()}

    proc, records = _scan([str(mixed)])  # bounded by _scan's 600 s: a hang fails, a slow machine not
    stderr = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    assert proc.returncode == 3  # some read, some not (exit status PARTIAL)

    files = [r["file"] for r in records]
    assert len(files) == len(set(files)), "one record per input"
    expected_inputs = (
        set(by_name) | {str(bomb), str(mixed / "loop")} | {str(mixed / p.name) for p in good_dir.iterdir()}
    )
    assert set(files) == expected_inputs
    for r in records:
        outcome = outcome_of(r)
        assert outcome != "internal_error", r
        if r["file"] in by_name:
            c = by_name[r["file"]]
            check_record(c, r, outcome)
        elif r["file"] == str(bomb):
            assert outcome in {"memory_limit", "truncated_or_corrupt"}
        elif r["file"] == str(mixed / "loop"):
            assert outcome == "unreadable"

    # the good reports: exactly the records they get on their own (paths aside)
    good = [r for r in records if os.path.basename(r["file"]).startswith("keep_")]
    assert len(good) == len(reference)
    for got, ref in zip(good, reference, strict=True):
        assert os.path.basename(got["file"]) == os.path.basename(ref["file"])
        for key in ("file", "source"):
            got.pop(key), ref.pop(key)
        assert got == ref
    # and no input was modified
    assert {p: _digest(p) for p in mixed.rglob("*") if not p.is_symlink()} == before
    # the order is stable
    _, again = _scan([str(mixed)])
    assert [r["file"] for r in again] == files


# --- unreadable by permissions ----------------------------------------------------------------


def _as_nobody(fn: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """Run fn in a forked child that has dropped root for 'nobody' (root ignores file modes)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            os.close(read_fd)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            payload = json.dumps(fn()).encode()
        except BaseException as exc:  # noqa: BLE001
            payload = json.dumps({"child_error": repr(exc)}).encode()
        os.write(write_fd, payload)
        os._exit(0)
    os.close(write_fd)
    chunks = []
    while chunk := os.read(read_fd, 65536):
        chunks.append(chunk)
    os.close(read_fd)
    os.waitpid(pid, 0)
    result = json.loads(b"".join(chunks))
    assert "child_error" not in result, result
    return result


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to drop privileges")
def test_chmod_000_file_is_unreadable() -> None:
    # imported before dropping privileges: 'nobody' cannot read the Python install (under /root,
    # mode 700); lifeline and the worker's memory cap import these lazily, pypdfium2 needs ctypes
    import ctypes  # noqa: F401
    import resource  # noqa: F401

    from typer.testing import CliRunner

    import her2cli.api  # noqa: F401 - imported before dropping privileges: the child may not read site-packages
    import her2cli.batch
    import her2cli.cli.common  # noqa: F401
    import her2cli.render.json_  # noqa: F401
    import her2cli.sources  # noqa: F401
    from her2cli.cli import app

    folder = Path(tempfile.mkdtemp(prefix="her2cli-perm-"))
    try:
        folder.chmod(0o755)
        locked = folder / "locked.txt"
        locked.write_text(h.POSITIVE_TEXT)
        locked.chmod(0)
        (folder / "fine.txt").write_text(h.NEGATIVE_TEXT)
        (folder / "fine.txt").chmod(0o644)
        # warm up: every module (and typer's lazy ones) loaded before the child drops root and may
        # no longer read site-packages
        her2cli.batch.warm_up()  # what a scan imports before it forks its workers
        warm = CliRunner()
        assert warm.invoke(app, ["explain", "--json", str(folder / "fine.txt")]).exit_code == 0
        assert warm.invoke(app, ["explain", "--json", str(folder / "missing.txt")]).exit_code == 1
        assert (
            warm.invoke(app, ["scan", "--quiet", "--format", "jsonl", str(folder / "fine.txt")]).exit_code
            == 0
        )

        def run() -> dict[str, Any]:
            runner = CliRunner()
            one = runner.invoke(app, ["explain", "--json", str(locked)])
            many = runner.invoke(app, ["scan", "--quiet", "--format", "jsonl", str(folder)])
            return {
                "explain": [one.exit_code, one.stdout, one.stderr, repr(one.exception)],
                "scan": [many.exit_code, many.stdout, many.stderr, repr(many.exception)],
            }

        if os.geteuid() == 0:
            if not hasattr(os, "setuid"):
                pytest.skip("running as root and cannot drop privileges")
            result = _as_nobody(run)
        else:
            result = run()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    code, out, err, exc = result["explain"]
    assert code == 1, exc
    assert json.loads(out)["error"]["kind"] == "unreadable"
    assert err.count("her2cli: error:") == 1 and "locked.txt" in err and "Traceback" not in err
    code, out, err, exc = result["scan"]
    assert code == 3, exc  # fine.txt read, locked.txt not (exit status PARTIAL)
    records = [json.loads(line) for line in out.splitlines()]
    assert [(os.path.basename(r["file"]), outcome_of(r)) for r in records] == [
        ("fine.txt", "status:negative"),
        ("locked.txt", "unreadable"),
    ]


# --- known misreads -------------------------------------------------------------------------------


def test_score_before_a_pending_her2_line_is_not_a_result(tmp_path: Path) -> None:
    from her2cli.api import explain_text

    result = explain_text("Colon adenocarcinoma.\nBlock A1 3  +x\nHER2 IHC: pending\n")
    assert result.status != "positive"


def test_garbled_text_layer_is_flagged(tmp_path: Path) -> None:
    # without OCR the junk text layer is refused as garbled, never read as a result
    proc, _ = run_explain(h.make_no_tounicode_pdf(tmp_path), ("--ocr", "never"))
    record = json.loads(proc.stdout)
    assert record["error"]["kind"] == "garbled_text"
    assert proc.returncode == 1
