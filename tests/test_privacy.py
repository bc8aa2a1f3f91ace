"""Reports are private health information: no network, and no report text on stderr."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from her2cli import explain_file

from .test_samples import CASES

SENTINELS = ("ZEBULON QUATERMASS", "MRN 99887766", "SENTINEL-HER2-LINE")


def _summaries() -> list[str]:
    return [json.dumps(explain_file(str(report)).to_dict(), sort_keys=True) for _, report, _ in CASES]


def test_whole_corpus_runs_with_sockets_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    normal = _summaries()

    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("her2cli tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert _summaries() == normal


def _write_reports(folder: Path) -> list[Path]:
    header = f"Patient: {SENTINELS[0]}   {SENTINELS[1]}\n"
    good = folder / "good.txt"
    good.write_text(header + f"Colon adenocarcinoma. HER2 IHC: 3+ positive. {SENTINELS[2]}\n")
    broken = folder / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + header.encode() + b"1 0 obj << /Type /Catalog >> endobj\n")
    html = folder / "page.pdf"
    html.write_text(f"<html><body>{header} HER2 3+ {SENTINELS[2]}</body></html>")
    binary = folder / "binary.txt"
    binary.write_bytes(header.encode() + bytes(range(0, 32)) * 50)
    return [good, broken, html, binary]


@pytest.mark.parametrize("command", ["explain", "explain-json", "scan"])
def test_no_report_text_on_stderr(tmp_path: Path, command: str) -> None:
    reports = _write_reports(tmp_path)
    runs = []
    if command == "scan":
        runs.append([sys.executable, "-m", "her2cli", "scan", str(tmp_path), "--format", "jsonl"])
    else:
        for r in reports:
            extra = ["--json"] if command == "explain-json" else []
            runs.append([sys.executable, "-m", "her2cli", "explain", str(r), *extra])
    for argv in runs:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=120)
        for sentinel in SENTINELS:
            assert sentinel not in proc.stderr, (argv, proc.stderr)
        assert "Traceback" not in proc.stderr
