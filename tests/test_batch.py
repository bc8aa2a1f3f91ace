"""`her2cli scan` and her2cli.batch (issue 4): one record per input whatever happens to it, in a
stable order; CSV that round-trips and cannot inject formulas; --output / --resume / --force;
--redact; and worker isolation: a hung worker is timed out, a crashed or ballooning one becomes an
error record, and the batch carries on.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from her2cli import batch
from her2cli.batch import InputItem, WorkOptions, collect_inputs, run_batch, run_isolated
from her2cli.cli import app
from her2cli.render.csv_ import CSV_COLUMNS, escape_cell

from . import hostile

runner = CliRunner()
SENTINEL = "ZQXJ-SENTINEL-7731"


def scan(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["scan", "--quiet", *args])
    # stdout_bytes: Result.stdout turns the CSV's \r\n into \n
    return result.exit_code, result.stdout_bytes.decode("utf-8"), result.stderr


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def kinds(records: list[dict[str, Any]]) -> dict[str, str | None]:
    return {os.path.basename(r["file"]): (r["error"] or {}).get("kind") for r in records}


# --- a mixed folder ---------------------------------------------------------------------------


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Three good reports, a plain text file and every kind of bad input a folder can hold."""
    d = tmp_path / "reports"
    d.mkdir()
    (d / "a_positive.txt").write_text(hostile.POSITIVE_TEXT)
    (d / "b_negative.txt").write_text(hostile.NEGATIVE_TEXT)
    (d / "c_not_found.txt").write_text(hostile.NOT_FOUND_TEXT)
    (d / "d_notes.txt").write_text("Call the clinic on Monday about the appointment.\n")
    hostile.make_truncated_pdf(d, 0.5, name="e_damaged.pdf")
    hostile.make_user_password_pdf(d, name="f_locked.pdf")
    hostile.make_empty(d, name="g_empty.txt")
    hostile.make_fifo(d, name="h_pipe.txt")
    hostile.make_dev_zero_link(d, name="x.pdf")
    sub = d / "sub"
    sub.mkdir()
    (sub / "s_positive.txt").write_text(hostile.POSITIVE_TEXT)
    hostile.make_symlink_loop(sub, name="loop")  # sub/loop -> sub
    (d / "ignored.docx").write_bytes(b"PK\x03\x04not a report type")
    return d


EXPECTED_MIXED = [  # (name, status, error kind) in scan order
    ("a_positive.txt", "positive", None),
    ("b_negative.txt", "negative", None),
    ("c_not_found.txt", "not_found", None),
    ("d_notes.txt", "not_found", None),
    ("e_damaged.pdf", "not_found", "truncated_or_corrupt"),
    ("f_locked.pdf", "not_found", "password_required"),
    ("g_empty.txt", "not_found", "empty"),
    ("h_pipe.txt", "not_found", "unreadable"),
    ("loop", "not_found", "unreadable"),
    ("s_positive.txt", "positive", None),
    ("x.pdf", "not_found", "unreadable"),
]


def test_mixed_folder_one_record_per_input(mixed: Path) -> None:
    # a FIFO or /dev/zero must not block the walk or a worker: a blocked worker's record would be
    # a timeout, not the "unreadable" EXPECTED_MIXED asks for (no wall-clock bound: CI is loaded)
    code, out, err = scan("--recursive", "-j", "2", "--format", "jsonl", str(mixed))
    assert code == 3, err  # some read, some not (exit status PARTIAL)
    assert "Traceback" not in err
    records = jsonl(out)
    got = [(os.path.basename(r["file"]), r["status"], (r["error"] or {}).get("kind")) for r in records]
    assert got == EXPECTED_MIXED
    for r in records:
        assert r["schema_version"] == "1.4"
        assert "source" in r and r["file"]
        if r["error"]:
            assert r["status"] == "not_found"
            assert r["error"]["message"] and "\n" not in r["error"]["message"]
    # the stable order: the same again, and with one job
    code2, out2, _ = scan("--recursive", "-j", "1", "--format", "jsonl", str(mixed))
    assert code2 == 3  # some read, some not (exit status PARTIAL)
    assert [r["file"] for r in jsonl(out2)] == [r["file"] for r in records]


def test_mixed_folder_without_recursive_skips_sub_folders(mixed: Path) -> None:
    code, out, _ = scan("--format", "jsonl", str(mixed))
    assert code == 3  # some read, some not (exit status PARTIAL)
    names = [os.path.basename(r["file"]) for r in jsonl(out)]
    assert names == [n for n, _, _ in EXPECTED_MIXED if n not in ("loop", "s_positive.txt")]


def test_all_good_inputs_exit_0(tmp_path: Path) -> None:
    for i, text in enumerate((hostile.POSITIVE_TEXT, hostile.NEGATIVE_TEXT, hostile.NOT_FOUND_TEXT)):
        (tmp_path / f"{i}.txt").write_text(text)
    code, out, _ = scan("--format", "jsonl", str(tmp_path))
    assert code == 0
    assert [r["status"] for r in jsonl(out)] == ["positive", "negative", "not_found"]


def test_files_and_globs_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(hostile.POSITIVE_TEXT)
    (tmp_path / "two.txt").write_text(hostile.NEGATIVE_TEXT)
    code, out, _ = scan(
        "--format",
        "jsonl",
        str(tmp_path / "one.txt"),
        str(tmp_path / "t*.txt"),
        str(tmp_path / "nope.pdf"),
        str(tmp_path / "z*.pdf"),
    )
    assert code == 3  # some read, some not (exit status PARTIAL)
    records = jsonl(out)
    assert [(os.path.basename(r["file"]), r["status"], (r["error"] or {}).get("kind")) for r in records] == [
        ("one.txt", "positive", None),
        ("two.txt", "negative", None),
        ("nope.pdf", "not_found", "not_found_file"),
        ("z*.pdf", "not_found", "not_found_file"),
    ]


def test_real_process_mixed_folder(mixed: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "her2cli", "scan", "-r", "-j", "2", str(mixed)],
        capture_output=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 3  # some read, some not (exit status PARTIAL)
    assert b"Traceback" not in proc.stderr
    records = jsonl(proc.stdout.decode("utf-8"))  # jsonl is the default when stdout is not a terminal
    assert len(records) == len(EXPECTED_MIXED)
    summary = proc.stderr.decode().strip().splitlines()[-1]
    assert summary.startswith("her2cli: ") and "errors: 6" in summary


# --- CSV --------------------------------------------------------------------------------------


def test_csv_parses_and_round_trips(mixed: Path) -> None:
    code, out, _ = scan("--recursive", "--format", "csv", str(mixed))
    assert code == 3  # some read, some not (exit status PARTIAL)
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert list(rows[0].keys()) == list(CSV_COLUMNS)
    assert [
        (os.path.basename(r["file"]), r["status"], r["error_kind"] or None) for r in rows
    ] == EXPECTED_MIXED
    positive = rows[0]
    assert positive["ihc_score"] == "3+"
    assert positive["cancer_type"] == "colorectal"
    assert positive["evidence"].startswith("p1: ")
    # round trip: writing the parsed rows back gives the same bytes
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    assert buf.getvalue() == out


def test_csv_output_file_and_bom(mixed: Path, tmp_path: Path) -> None:
    target = tmp_path / "sheet.csv"
    code, out, _ = scan("--recursive", "--bom", "--output", str(target), str(mixed))
    assert code == 3  # some read, some not (exit status PARTIAL)
    assert out == ""
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == len(EXPECTED_MIXED)
    assert oct(target.stat().st_mode & 0o777) == oct(0o600)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".sheet.csv")], (
        "no partial file left behind"
    )


@pytest.mark.parametrize("value", ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_escape_cell_neutralises_formulas(value: str) -> None:
    assert escape_cell(value) == "'" + value


def test_formula_injection_in_file_names_is_escaped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = ["=cmd.txt", "+plus.txt", "-minus.txt", "@at.txt", "safe.txt"]
    for name in names:
        (tmp_path / name).write_text(hostile.POSITIVE_TEXT)
    monkeypatch.chdir(tmp_path)
    code, out, _ = scan("--format", "csv", "--", *names)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert [r["file"] for r in rows] == ["'=cmd.txt", "'+plus.txt", "'-minus.txt", "'@at.txt", "safe.txt"]
    for r in rows:
        for column, cell in r.items():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)


def test_formula_injection_in_report_text_is_escaped(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text(hostile.POSITIVE_TEXT)
    record = json.loads(scan("--format", "jsonl", str(tmp_path))[1])
    record["warnings"] = ['=HYPERLINK("http://x")']
    record["error"] = {"kind": "empty", "message": "-1+1"}
    from her2cli.render.csv_ import csv_row

    row = csv_row(record)
    assert row["warnings"] == '\'=HYPERLINK("http://x")'
    assert row["error"] == "'-1+1"


# --- --output, --force, --resume ----------------------------------------------------------------


def test_output_refuses_an_existing_file(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text(hostile.POSITIVE_TEXT)
    out_file = tmp_path / "out.jsonl"
    out_file.write_text("precious\n")
    code, _, err = scan("--output", str(out_file), str(tmp_path / "r.txt"))
    assert code != 0
    assert "her2cli: error:" in err and "--resume" in err and "--force" in err
    assert out_file.read_text() == "precious\n"
    code, _, _ = scan("--output", str(out_file), "--force", str(tmp_path / "r.txt"))
    assert code == 0
    records = jsonl(out_file.read_text())
    assert len(records) == 1 and records[0]["status"] == "positive"
    assert oct(out_file.stat().st_mode & 0o777) == oct(0o600)


def test_resume_skips_done_inputs_and_reruns_changed_ones(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    for i in range(4):
        (d / f"r{i}.txt").write_text(hostile.POSITIVE_TEXT if i % 2 else hostile.NEGATIVE_TEXT)
    out_file = tmp_path / "out.jsonl"
    assert scan("--output", str(out_file), str(d))[0] == 0
    first = jsonl(out_file.read_text())
    (d / "r0.txt").write_text(hostile.POSITIVE_TEXT)  # content changed: must be read again
    (d / "r9.txt").write_text(hostile.NEGATIVE_TEXT)  # new input
    code, _, err = (
        runner.invoke(app, ["scan", "--output", str(out_file), "--resume", str(d)]).exit_code,
        "",
        "",
    )
    assert code == 0, err
    second = jsonl(out_file.read_text())
    assert [os.path.basename(r["file"]) for r in second] == ["r0.txt", "r1.txt", "r2.txt", "r3.txt", "r9.txt"]
    assert second[0]["status"] == "positive" and first[0]["status"] == "negative"
    assert second[1:4] == first[1:4]


def _reports_for_resume(folder: Path, n: int = 40) -> None:
    filler = (
        "Gross description: a segment of colon with attached mesentery and lymph nodes, inked and sectioned. "
    )
    endings = [hostile.POSITIVE_TEXT, hostile.NEGATIVE_TEXT, hostile.NOT_FOUND_TEXT]
    for i in range(n):
        (folder / f"report_{i:02d}.txt").write_text(
            "Colon adenocarcinoma.\n" + filler * 200 + "\n" + endings[i % 3]
        )
    hostile.make_empty(folder, name="report_empty.txt")  # an error record, which resume must redo


def test_resume_after_a_killed_run_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    _reports_for_resume(d)
    n_inputs = len(list(d.iterdir()))
    out_file = tmp_path / "out.jsonl"
    argv = [sys.executable, "-m", "her2cli", "scan", str(d), "--output", str(out_file), "-j", "1", "-q"]
    proc = subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if out_file.exists() and out_file.read_bytes().count(b"\n") >= 3:
                break
            time.sleep(0.005)
        still_running = proc.poll() is None
        os.killpg(proc.pid, signal.SIGKILL)  # the scan and its worker, mid-batch
    finally:
        proc.wait(timeout=30)
    assert still_running, "the scan finished before it could be interrupted; make the reports bigger"
    done = out_file.read_bytes()
    assert 3 <= done.count(b"\n") < n_inputs
    with open(out_file, "ab") as fh:  # and a record cut short by the crash
        fh.write(b'{"schema_version":"1.1","source":{"path":')

    code = runner.invoke(
        app, ["scan", str(d), "--output", str(out_file), "-j", "1", "--resume", "-q"]
    ).exit_code
    assert code == 3  # the empty file is an error, the others were read
    resumed = jsonl(out_file.read_text(encoding="utf-8"))

    reference = tmp_path / "reference.jsonl"
    assert runner.invoke(app, ["scan", str(d), "--output", str(reference), "-j", "2", "-q"]).exit_code == 3
    expected = jsonl(reference.read_text(encoding="utf-8"))

    assert len(resumed) == n_inputs
    assert len({r["file"] for r in resumed}) == n_inputs
    assert resumed == expected


# --- --redact ---------------------------------------------------------------------------------


def test_redact_removes_evidence_text(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text(f"Colon adenocarcinoma. HER2 IHC: 3+ (positive), {SENTINEL}.\n")
    _, plain, _ = scan("--format", "jsonl", str(tmp_path))
    assert SENTINEL in plain, "sanity: without --redact the evidence quotes the report"
    code, out, _ = scan("--format", "jsonl", "--redact", str(tmp_path))
    assert code == 0
    assert SENTINEL not in out
    record = jsonl(out)[0]
    assert record["status"] == "positive"
    assert record["evidence"]
    assert all(e["text"] == "" and e["match"] == "" for e in record["evidence"] + record["mentions"])
    _, csv_out, _ = scan("--format", "csv", "--redact", str(tmp_path))
    assert SENTINEL not in csv_out
    assert next(csv.DictReader(io.StringIO(csv_out, newline="")))["evidence"] == ""


# --- worker isolation -------------------------------------------------------------------------


def _patch_explain(monkeypatch: pytest.MonkeyPatch, behaviour: dict[str, Any]) -> None:
    """Make the worker (a fork of this process) misbehave on chosen file names."""
    import her2cli.api as api

    real = api.explain_file

    def fake(path: str, **kwargs: Any) -> Any:
        action = behaviour.get(os.path.basename(path))
        if action == "sleep":
            time.sleep(600)
        elif action == "segfault":
            import faulthandler

            faulthandler.disable()  # pytest's fault handler would print a dump for this planned crash
            os.kill(os.getpid(), signal.SIGSEGV)
        elif action == "exit":
            os._exit(3)
        elif action == "balloon":
            hog = [bytearray(64 * 1024 * 1024) for _ in range(1000)]
            del hog
        elif action == "raise":
            raise KeyError("surprise")
        return real(path, **kwargs)

    monkeypatch.setattr(api, "explain_file", fake)


def _items(folder: Path, names: list[str]) -> list[InputItem]:
    for name in names:
        if not (folder / name).exists():
            (folder / name).write_text(hostile.POSITIVE_TEXT)
    return [InputItem(i, str(folder / name)) for i, name in enumerate(names)]


def _run(items: list[InputItem], options: WorkOptions, jobs: int = 1) -> dict[str, dict[str, Any]]:
    return {os.path.basename(items[i].path): rec for i, rec in run_isolated(items, options, jobs)}


def test_worker_timeout_then_the_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _patch_explain(monkeypatch, {"hang.txt": "sleep"})
    items = _items(tmp_path, ["hang.txt", "next.txt"])
    start = time.monotonic()
    # next.txt gets the same limit in a fresh worker: 5 s, room for a loaded machine
    got = _run(items, WorkOptions(timeout=5, ocr="never"), jobs=1)
    assert time.monotonic() - start < 300  # the hung worker is killed at its limit, not after its 600 s sleep
    assert got["hang.txt"]["error"]["kind"] == "timeout"
    assert got["hang.txt"]["status"] == "not_found"
    assert got["next.txt"]["status"] == "positive" and got["next.txt"]["error"] is None


def test_fifo_given_straight_to_a_worker_does_not_block(tmp_path: Path) -> None:
    hostile.make_fifo(tmp_path, "pipe.txt")
    items = _items(tmp_path, ["pipe.txt", "next.txt"])
    got = _run(items, WorkOptions(timeout=20, ocr="never"))
    assert got["pipe.txt"]["error"]["kind"] in {"unreadable", "timeout"}
    assert got["next.txt"]["status"] == "positive"


@pytest.mark.parametrize(
    ("action", "kinds_ok"),
    [
        ("segfault", {"truncated_or_corrupt"}),
        ("exit", {"truncated_or_corrupt"}),
        ("balloon", {"memory_limit"}),
        ("raise", {"internal_error"}),  # a bug in our own code is reported as such, and the batch goes on
    ],
)
def test_worker_failures_become_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, action: str, kinds_ok: set[str]
) -> None:
    _patch_explain(monkeypatch, {"bad.txt": action})
    items = _items(tmp_path, ["bad.txt", "next.txt", "last.txt"])
    records: list[tuple[str, dict[str, Any]]] = []
    stats = run_batch(
        items,
        WorkOptions(timeout=120, max_memory_mb=512, ocr="never"),
        2,
        lambda item, rec: records.append((os.path.basename(item.path), rec)),
    )
    assert [name for name, _ in records] == ["bad.txt", "next.txt", "last.txt"]
    assert records[0][1]["error"]["kind"] in kinds_ok
    assert all(rec["status"] == "positive" for _, rec in records[1:])
    assert stats.errors == 1 and stats.by_status == {"positive": 2}


def _flate_bomb_case(tmp_path: Path, inflated_mb: int) -> None:
    """The scan runs in a fresh interpreter: workers fork from their parent, and a test process
    that has imported the whole suite's libraries can already be larger than the 300 MB cap."""
    if not sys.platform.startswith("linux"):
        pytest.skip("RLIMIT_AS caps are exercised on Linux")
    bomb = hostile.make_flate_bomb_pdf(tmp_path, inflated_mb)
    after = tmp_path / "after.txt"
    after.write_text(hostile.POSITIVE_TEXT)
    out = tmp_path / "records.jsonl"
    args = [str(bomb), str(after), "--max-memory", "300", "--timeout", "120", "--ocr", "never"]
    proc = subprocess.run(
        [sys.executable, "-m", "her2cli", "scan", *args, "--format", "jsonl", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 3, proc.stderr  # the documented exit code of a scan with an error record
    got = {
        os.path.basename(rec["source"]["path"]): rec for rec in map(json.loads, out.read_text().splitlines())
    }
    assert got[bomb.name]["error"]["kind"] in {"memory_limit", "truncated_or_corrupt"}
    assert got[bomb.name]["status"] == "not_found"
    assert got["after.txt"]["status"] == "positive", got["after.txt"]["error"]


def test_memory_cap_on_a_flate_bomb(tmp_path: Path) -> None:
    _flate_bomb_case(tmp_path, 512)


@pytest.mark.slow
def test_memory_cap_on_a_1_5_gb_flate_bomb(tmp_path: Path) -> None:
    _flate_bomb_case(tmp_path, 1536)


def test_collect_inputs_terminates_on_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "r.txt").write_text(hostile.POSITIVE_TEXT)
    hostile.make_symlink_loop(tmp_path / "a", "up")
    os.symlink(tmp_path, tmp_path / "a" / "root")
    os.symlink("self.pdf", tmp_path / "self.pdf")  # a link to itself
    items = collect_inputs([str(tmp_path)], recursive=True)
    assert [os.path.relpath(i.path, tmp_path) for i in items if i.error_kind is None] == ["a/r.txt"]
    assert all(i.error_kind == "unreadable" for i in items if i.error_kind)
    assert len(items) == 4  # r.txt, the two looping folder links and the self link


def test_recycled_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "RECYCLE_AFTER", 2)
    items = _items(tmp_path, [f"r{i}.txt" for i in range(7)])
    got = _run(items, WorkOptions(ocr="never"), jobs=2)
    assert len(got) == 7 and all(r["status"] == "positive" for r in got.values())


# --- reports queued ahead in a busy worker's pipe (issue 13) -----------------------------------


@pytest.mark.parametrize(("action", "kind"), [("segfault", "truncated_or_corrupt"), ("sleep", "timeout")])
def test_a_report_queued_behind_a_failing_one_is_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, action: str, kind: str
) -> None:
    """One worker, so the report after the bad one is already in its pipe when it dies or runs
    out of time: it goes back to the queue and is read by the next worker, once."""
    _patch_explain(monkeypatch, {"bad.txt": action})
    names = ["first.txt", "bad.txt", "after.txt", "later.txt", "last.txt"]
    items = _items(tmp_path, names)
    results = list(run_isolated(items, WorkOptions(timeout=5, ocr="never"), jobs=1))
    assert sorted(i for i, _ in results) == list(range(len(names)))  # each exactly once
    got = {os.path.basename(items[i].path): rec for i, rec in results}
    assert got["bad.txt"]["error"]["kind"] == kind
    assert all(got[n]["status"] == "positive" and got[n]["error"] is None for n in names if n != "bad.txt")


def test_busy_workers_get_their_next_report_ahead_but_never_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    queued: list[str] = []
    real = batch._Worker.send_ahead

    def spy(self: batch._Worker, item: InputItem) -> bool:
        queued.append(os.path.basename(item.path))
        return real(self, item)

    monkeypatch.setattr(batch._Worker, "send_ahead", spy)
    items = _items(tmp_path, [f"r{i}.txt" for i in range(6)])
    got = _run(items, WorkOptions(ocr="never"), jobs=2)
    assert len(got) == 6 and all(r["status"] == "positive" for r in got.values())
    assert queued, "no report was queued ahead"
    queued.clear()
    with_bytes = [InputItem(i, it.path, data=Path(it.path).read_bytes()) for i, it in enumerate(items)]
    got = _run(with_bytes, WorkOptions(ocr="never"), jobs=2)
    assert len(got) == 6 and all(r["status"] == "positive" for r in got.values())
    assert queued == []
