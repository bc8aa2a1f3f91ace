"""The `explain` and `schema` commands end to end: the JSON contract, stdin, every bad input as one
clear stderr line (and one JSON object with --json), saved summaries, colours and odd file names.

Most cases run in-process through typer's CliRunner; where a real process matters (imports,
terminals, file names that are not UTF-8) they run `python -m her2cli` in a subprocess.
"""

from __future__ import annotations

import json
import os
import pty
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from her2cli.cli import app

from . import hostile

REQUIRED_FIELDS = (
    "schema_version",
    "her2cli_version",
    "source",
    "status",
    "status_basis",
    "cancer_type",
    "her2_low",
    "her2_ultralow",
    "ihc",
    "ish",
    "ngs",
    "related",
    "evidence",
    "mentions",
    "warnings",
    "error",
)
SOURCE_FIELDS = ("path", "kind", "pages", "ocr_pages", "sha256")
RELATED_FIELDS = ("kras", "nras", "braf", "msi", "mmr")
EVIDENCE_FIELDS = ("page", "text", "finding", "value", "start", "end", "match")
ERROR_KINDS = {
    "not_found_file",
    "is_directory",
    "unreadable",
    "not_a_report",
    "empty",
    "truncated_or_corrupt",
    "password_required",
    "unsupported_encryption",
    "no_text_layer",
    "garbled_text",
    "too_large",
    "timeout",
    "memory_limit",
    "ocr_unavailable",
    "internal_error",
}

runner = CliRunner()


def invoke(*args: str, input: bytes | str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def run_process(
    *args: str | bytes,
    input: bytes | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "her2cli", *args],
        input=input,
        capture_output=True,
        env=env,
        cwd=cwd,
        timeout=timeout,
    )


def assert_contract(obj: dict) -> None:
    for key in REQUIRED_FIELDS:
        assert key in obj, key
    assert obj["schema_version"] == "1.4"
    for key in SOURCE_FIELDS:
        assert key in obj["source"], key
    for key in RELATED_FIELDS:
        assert key in obj["related"], key
    assert obj["status"] in ("positive", "negative", "equivocal", "not_found")
    for item in obj["evidence"] + obj["mentions"]:
        for key in EVIDENCE_FIELDS:
            assert key in item, key
        assert item["page"] >= 1
        assert 0 <= item["start"] <= item["end"]
    if obj["error"] is not None:
        assert obj["status"] == "not_found"
        assert obj["error"]["kind"] in ERROR_KINDS
        assert obj["error"]["message"] and "\n" not in obj["error"]["message"]


def assert_one_error_line(stderr: str, name: str) -> str:
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("her2cli: error:")]
    assert len(errors) == 1, stderr
    assert name in errors[0], (name, errors[0])
    return errors[0]


# --- the JSON contract ------------------------------------------------------------------------


def test_explain_json_has_the_contract_fields(tmp_path: Path) -> None:
    report = tmp_path / "colon.txt"
    report.write_text(hostile.POSITIVE_TEXT)
    code, out, err = invoke("explain", "--json", str(report))
    assert code == 0, err
    obj = json.loads(out)  # exactly one JSON value on stdout
    assert_contract(obj)
    assert obj["status"] == "positive"
    assert obj["cancer_type"] == "colorectal"
    assert obj["ihc"]["score"] == "3+"
    assert obj["error"] is None
    assert obj["source"] == {
        "path": str(report),
        "kind": "text",
        "pages": 1,
        "ocr_pages": [],
        "sha256": obj["source"]["sha256"],
    }
    assert len(obj["source"]["sha256"]) == 64
    assert obj["evidence"], "a positive status rests on quoted lines"
    ev = obj["evidence"][0]
    assert ev["text"] and "3+" in ev["text"]
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (hostile.POSITIVE_TEXT, "positive"),
        (hostile.NEGATIVE_TEXT, "negative"),
        (hostile.NOT_FOUND_TEXT, "not_found"),
    ],
)
def test_explain_status_of_generated_reports(tmp_path: Path, text: str, status: str) -> None:
    report = tmp_path / "r.txt"
    report.write_text(text)
    code, out, _ = invoke("explain", "--json", str(report))
    assert code == 0
    obj = json.loads(out)
    assert obj["status"] == status
    assert obj["error"] is None


def test_stdin_text() -> None:
    code, out, err = invoke("explain", "--json", "-", input=hostile.POSITIVE_TEXT.encode())
    assert code == 0, err
    obj = json.loads(out)
    assert_contract(obj)
    assert obj["source"]["path"] == "-"
    assert obj["source"]["kind"] == "text"
    assert obj["status"] == "positive"


def test_stdin_pdf_bytes() -> None:
    code, out, err = invoke("explain", "--json", "-", input=hostile.report_pdf(hostile.NEGATIVE_LINES))
    assert code == 0, err
    obj = json.loads(out)
    assert_contract(obj)
    assert obj["source"]["path"] == "-"
    assert obj["source"]["kind"] == "pdf"
    assert obj["status"] == "negative"


def test_stdin_pdf_bytes_in_a_real_process() -> None:
    proc = run_process("explain", "--json", "-", input=hostile.report_pdf())
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["status"] == "positive"


def test_stdin_empty_is_an_error() -> None:
    code, out, err = invoke("explain", "--json", "-", input=b"")
    assert code == 1
    assert json.loads(out)["error"]["kind"] == "empty"
    assert_one_error_line(err, "-")


# --- every bad input: exit 1, one stderr line naming the file, one JSON object with --json ---------


def _missing(d: Path) -> Path:
    return d / "no such report.pdf"


def _directory(d: Path) -> Path:
    (d / "folder").mkdir()
    return d / "folder"


def _whitespace(d: Path) -> Path:
    (d / "blank.txt").write_bytes(b"  \n\t\n  \r\n")
    return d / "blank.txt"


def _binary_txt(d: Path) -> Path:
    (d / "binary.txt").write_bytes(bytes(range(0, 32)) * 64)
    return d / "binary.txt"


def _png(d: Path) -> Path:
    (d / "photo.png").write_bytes(hostile.png_bytes(32, 32))
    return d / "photo.png"


BAD_INPUTS: list[tuple[str, Callable[[Path], Path], list[str], str]] = [
    ("missing", _missing, [], "not_found_file"),
    ("directory", _directory, [], "is_directory"),
    ("zero_byte", hostile.make_empty, [], "empty"),
    ("whitespace_only", _whitespace, [], "empty"),
    ("zip_named_pdf", hostile.make_zip_named_pdf, [], "not_a_report"),
    ("html_named_pdf", hostile.make_html_named_pdf, [], "not_a_report"),
    ("binary_named_txt", _binary_txt, [], "not_a_report"),
    ("png_named_pdf_no_ocr", hostile.make_png_named_pdf, ["--ocr", "never"], "no_text_layer"),
    ("png_no_ocr", _png, ["--ocr", "never"], "no_text_layer"),
    ("truncated_pdf", lambda d: hostile.make_truncated_pdf(d, 0.5), [], "truncated_or_corrupt"),
    ("user_password_pdf", hostile.make_user_password_pdf, [], "password_required"),
    ("wrong_password", hostile.make_user_password_pdf, ["--password", "not-it"], "password_required"),
    ("image_only_pdf_no_ocr", hostile.make_image_only_pdf, ["--ocr", "never"], "no_text_layer"),
    ("fifo", hostile.make_fifo, [], "unreadable"),
    ("link_to_dev_zero", hostile.make_dev_zero_link, [], "unreadable"),
    ("dangling_link", hostile.make_dangling_link, [], "unreadable"),
]


@pytest.mark.parametrize(
    ("make", "extra", "kind"), [c[1:] for c in BAD_INPUTS], ids=[c[0] for c in BAD_INPUTS]
)
def test_bad_input_one_line_and_exit_1(
    tmp_path: Path, make: Callable[[Path], Path], extra: list[str], kind: str
) -> None:
    path = make(tmp_path)
    code, out, err = invoke("explain", *extra, str(path))
    assert code == 1, (out, err)
    assert_one_error_line(err, str(path))
    assert "{" not in out  # no JSON unless asked for


@pytest.mark.parametrize(
    ("make", "extra", "kind"), [c[1:] for c in BAD_INPUTS], ids=[c[0] for c in BAD_INPUTS]
)
def test_bad_input_json_error_kind(
    tmp_path: Path, make: Callable[[Path], Path], extra: list[str], kind: str
) -> None:
    path = make(tmp_path)
    code, out, err = invoke("explain", "--json", *extra, str(path))
    assert code == 1
    obj = json.loads(out)  # still exactly one JSON object
    assert_contract(obj)
    assert obj["status"] == "not_found"
    assert obj["error"]["kind"] == kind, obj["error"]
    assert obj["evidence"] == [] and obj["ihc"] is None
    assert_one_error_line(err, str(path))


def test_bad_input_in_a_real_process_has_no_traceback(tmp_path: Path) -> None:
    path = hostile.make_truncated_pdf(tmp_path, 0.9)
    proc = run_process("explain", "--json", str(path))
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["error"]["kind"] == "truncated_or_corrupt"
    assert_one_error_line(proc.stderr.decode(), str(path))


def test_user_password_pdf_opens_with_the_password(tmp_path: Path) -> None:
    path = hostile.make_user_password_pdf(tmp_path, password="s3cret")
    code, out, err = invoke("explain", "--json", "--password", "s3cret", str(path))
    assert code == 0, err
    obj = json.loads(out)
    assert obj["error"] is None
    assert obj["status"] == "positive"


def test_password_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = hostile.make_user_password_pdf(tmp_path, password="s3cret")
    result = runner.invoke(app, ["explain", "--json", str(path)], env={"HER2CLI_PDF_PASSWORD": "s3cret"})
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["status"] == "positive"


def test_owner_password_only_pdf_just_works(tmp_path: Path) -> None:
    path = hostile.make_owner_password_pdf(tmp_path)
    code, out, err = invoke("explain", "--json", str(path))
    assert code == 0, err
    obj = json.loads(out)
    assert obj["error"] is None
    assert obj["status"] == "positive"


def test_usage_error_exit_2(tmp_path: Path) -> None:
    code, _, _ = invoke("explain", "--format", "nonsense", str(tmp_path / "x.txt"))
    assert code == 2


# --- start-up, schema, colours ----------------------------------------------------------------


def test_help_does_not_import_pdf_libraries() -> None:
    code = (
        "import sys\n"
        "sys.argv = ['her2cli', '--help']\n"
        "from her2cli.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = {'pdfplumber', 'pdfminer', 'pypdfium2'}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "Exit codes" in proc.stdout
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_schema_is_json_and_covers_every_key_of_a_result(tmp_path: Path) -> None:
    code, out, _ = invoke("schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["properties"]["schema_version"] == {"const": "1.4"}
    report = tmp_path / "r.txt"
    report.write_text(hostile.POSITIVE_TEXT)
    _, explained, _ = invoke("explain", "--json", str(report))
    keys = set(json.loads(explained))
    _, scanned, _ = invoke("scan", "--format", "jsonl", "--quiet", str(report))
    keys |= set(json.loads(scanned.splitlines()[0]))
    if schema.get("additionalProperties") is False:
        missing = keys - set(schema["properties"])
        assert not missing, f"keys of a real result missing from the schema: {sorted(missing)}"
    for key in REQUIRED_FIELDS:
        assert key in schema["required"]


def test_results_validate_against_the_schema(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(invoke("schema")[1])
    good = tmp_path / "r.txt"
    good.write_text(hostile.NEGATIVE_TEXT)
    for path in (good, tmp_path / "missing.pdf"):
        obj = json.loads(invoke("explain", "--json", str(path))[1])
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(obj))
        assert not errors, [e.message for e in errors]


def _run_on_tty(args: list[str], env: dict[str, str]) -> bytes:
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "her2cli", *args],
            stdin=subprocess.DEVNULL,
            stdout=slave,
            stderr=slave,
            env=env,
        )
    finally:
        os.close(slave)
    out = b""
    try:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            out += chunk
    finally:
        os.close(master)
        proc.wait(timeout=60)
    return out


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM")}
    env.update(extra)
    return env


@pytest.fixture
def report_txt(tmp_path: Path) -> Path:
    report = tmp_path / "report.txt"
    report.write_text(hostile.POSITIVE_TEXT)
    return report


def test_no_ansi_escapes_when_output_is_not_a_terminal(report_txt: Path) -> None:
    proc = run_process("explain", str(report_txt), env=_env(TERM="xterm-256color"))
    assert proc.returncode == 0
    assert b"HER2" in proc.stdout
    assert b"\x1b" not in proc.stdout + proc.stderr


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_no_ansi_escapes_on_a_terminal_with_no_color(report_txt: Path) -> None:
    assert b"\x1b[" in _run_on_tty(["explain", str(report_txt)], _env(TERM="xterm-256color")), (
        "sanity: colours are on for a terminal, so the checks below mean something"
    )
    assert b"\x1b[" not in _run_on_tty(
        ["explain", str(report_txt)], _env(TERM="xterm-256color", NO_COLOR="1")
    )
    assert b"\x1b[" not in _run_on_tty(
        ["explain", "--no-color", str(report_txt)], _env(TERM="xterm-256color")
    )


# --- --save -----------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".html", ".txt"])
def test_save_writes_owner_only_and_refuses_to_overwrite(
    report_txt: Path, tmp_path: Path, suffix: str
) -> None:
    target = tmp_path / f"summary{suffix}"
    code, _, err = invoke("explain", "--save", str(target), str(report_txt))
    assert code == 0, err
    content = target.read_text(encoding="utf-8")
    assert "HER2" in content
    if suffix == ".html":
        assert "<html" in content.lower()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".summary")], (
        "no temporary file left behind"
    )

    target.write_text("keep me")
    code, _, err = invoke("explain", "--save", str(target), str(report_txt))
    assert code == 1
    assert_one_error_line(err, str(target))
    assert "--force" in err
    assert target.read_text() == "keep me"

    code, _, err = invoke("explain", "--save", str(target), "--force", str(report_txt))
    assert code == 0, err
    assert "HER2" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


# --- file names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        b"my report (copy).txt",
        b"-report.txt",
        b"--json.txt",
        b"two\nlines.txt",
        b"caf\xe9 r\xe9sultat.txt",
        b"tab\there.txt",
    ],
    ids=["spaces", "leading_dash", "double_dash", "newline", "latin1_bytes", "tab"],
)
def test_odd_file_names_are_processed(tmp_path: Path, name: bytes) -> None:
    (tmp_path / os.fsdecode(name)).write_text(hostile.POSITIVE_TEXT)
    proc = run_process("explain", "--json", "--", name, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    obj = json.loads(proc.stdout.decode("utf-8"))  # valid UTF-8 even for a non-UTF-8 name
    assert obj["status"] == "positive"
    assert os.fsencode(obj["source"]["path"]) == name  # the name round-trips through JSON


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        (b"two\nlines.txt", b"two\\x0alines.txt"),
        (b"caf\xe9.txt", b"caf\\xe9.txt"),
        (b"esc\x1b[31mred.txt", b"esc\\x1b[31mred.txt"),
        (b"-dash.txt", b"-dash.txt"),
        (b"with space.txt", b"with space.txt"),
    ],
    ids=["newline", "latin1_bytes", "escape_sequence", "leading_dash", "space"],
)
def test_odd_file_names_are_printed_escaped(tmp_path: Path, name: bytes, shown: bytes) -> None:
    (tmp_path / os.fsdecode(name)).write_bytes(b"")  # empty: an error line naming the file
    proc = run_process("explain", "--json", "--", name, cwd=tmp_path)
    assert proc.returncode == 1
    assert json.loads(proc.stdout.decode("utf-8"))["error"]["kind"] == "empty"
    err = proc.stderr
    assert b"Traceback" not in err
    assert err.count(b"\n") == 1 and err.endswith(b"\n"), err  # one line: no raw newline from the name
    assert not any(b < 32 for b in err[:-1]), err  # no raw control characters at all
    assert err.startswith(b"her2cli: error: ")
    assert shown in err, err


def test_odd_file_name_in_the_terminal_summary(tmp_path: Path) -> None:
    name = b"esc\x1b]0;title\x07\xff.txt"
    (tmp_path / os.fsdecode(name)).write_text(hostile.POSITIVE_TEXT)
    proc = run_process("explain", "--", name, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert b"\x1b" not in proc.stdout and b"\x07" not in proc.stdout
    assert b"Traceback" not in proc.stderr


def test_save_to_a_non_utf8_name(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text(hostile.POSITIVE_TEXT)
    target = b"r\xe9sum\xe9.txt"
    proc = run_process("explain", "--save", target, "r.txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / os.fsdecode(target)).exists()
    assert b"Traceback" not in proc.stderr
