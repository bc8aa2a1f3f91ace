"""The fast path (reading-order view, row view only where needed) gives the same answers as the
slow path (both views of every page) on every sample report."""

from __future__ import annotations

from pathlib import Path

import pytest

from her2cli.api import explain_document
from her2cli.sources import load_document

from .test_samples import CASES

PDFS = [(stem, report) for stem, report, _ in CASES if report.suffix == ".pdf"]


def _summary(report: Path, layout: str) -> tuple:
    r = explain_document(load_document(str(report)), layout=layout)
    return (
        r.status,
        r.cancer_type,
        r.her2_low,
        r.ihc.score if r.ihc else None,
        r.ish.result if r.ish else None,
        r.ish.ratio if r.ish else None,
        r.ngs.amplification if r.ngs else None,
    )


@pytest.mark.parametrize(("stem", "report"), PDFS, ids=[p[0] for p in PDFS])
def test_fast_path_matches_slow_path(stem: str, report: Path) -> None:
    assert _summary(report, "auto") == _summary(report, "always")


def test_help_imports_no_pdf_or_ocr_library() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "sys.argv=['her2cli','--help']\n"
        "from her2cli.cli import main\n"
        "try:\n main()\nexcept SystemExit:\n pass\n"
        "heavy={'pdfplumber','pdfminer','pypdfium2','pytesseract','PIL','regex'}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"
