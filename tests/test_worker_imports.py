"""What a report worker imports before its first record (issue 13, docs/performance.md §1 and §3).

`explain --json` waits for its worker's chain of imports, so a module the worker does not need is
paid on every report. With a warm pattern cache the worker reads the package's data files from
its folder (no importlib.resources, zipfile or tomllib) and a PDF's text layer through pdfium's
raw bindings (no pypdfium2 object layer), and the raw reader reads exactly what pypdfium2 reads.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_reports"
NOT_ON_THE_WORKER_PATH = ("importlib.resources", "zipfile", "tomllib", "pypdfium2", "pypdfium2_cfg")
# readers of rare texts, imported where they are first needed (speed24): OCR's page layout, an
# ISH value's area cues, a call on another sample's row, a pending word's purpose aside, a
# withdrawn version, two differing ISH calls, a table of sample columns, the samples' own names
RARE_READERS = (
    "her2cli.sources.ocr_layout",
    "her2cli.findings.column_samples",
    "her2cli.findings.every_area",
    "her2cli.findings.only_area",
    "her2cli.findings.own_row",
    "her2cli.findings.pointed_comment",
    "her2cli.findings.purpose_aside",
    "her2cli.findings.version_withdrawn",
    "her2cli.interpret.overall_ish",
    "her2cli.sample_names",
)

# Modules already loaded when the interpreter starts (a site .pth file of the machine's Python may
# import importlib.resources, as CI's does) are not the worker's cost: only what it adds is counted.
WORKER = """
import json, sys
at_start = set(sys.modules)
from her2cli import isolated, sources
from her2cli.batch import WorkOptions, explain_with, keep_compiled, load_engine
load_engine()
record = explain_with(sys.argv[1], WorkOptions(explanation="record")).to_dict()
keep_compiled()
print(json.dumps({"status": record["status"], "modules": sorted(set(sys.modules) - at_start)}))
"""


def _worker_run(report: Path, cache: Path) -> dict[str, object]:
    env = {**os.environ, "HER2CLI_CACHE_DIR": str(cache)}
    env.pop("HER2CLI_NO_CACHE", None)
    proc = subprocess.run(
        [sys.executable, "-c", WORKER, str(report)], capture_output=True, text=True, env=env, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def test_a_warm_worker_reads_a_pdf_without_the_modules_it_does_not_need(tmp_path: Path) -> None:
    report = SAMPLES / "breast_core_biomarker_table_ihc3.pdf"
    first = _worker_run(report, tmp_path)  # fills the pattern cache, as a first run does
    warm = _worker_run(report, tmp_path)
    assert warm["status"] == first["status"] == "positive"
    modules = warm["modules"]
    assert isinstance(modules, list)
    loaded = set(modules)
    assert "pypdfium2_raw" in loaded  # the PDF was read, through the raw bindings
    assert sorted(loaded & set(NOT_ON_THE_WORKER_PATH)) == []
    assert sorted(loaded & set(RARE_READERS)) == []  # this report needs none of them


PDFS = sorted(SAMPLES.glob("*.pdf"))


@pytest.mark.parametrize("path", PDFS, ids=[p.name for p in PDFS])
def test_the_raw_reader_reads_what_pypdfium2_reads(path: Path) -> None:
    import pypdfium2

    from her2cli.sources.pdf import read_pdf_pages

    data = path.read_bytes()
    pages = read_pdf_pages(data, str(path))
    pdf = pypdfium2.PdfDocument(data)
    try:
        assert len(pages) == len(pdf)
        for page, ours in zip((pdf[i] for i in range(len(pdf))), pages, strict=True):
            textpage = page.get_textpage()
            try:
                assert ours.char_count == textpage.count_chars()
                if not ours.hidden:  # with hidden text the page is rebuilt glyph by glyph
                    expected = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
                    assert ours.text == expected
            finally:
                textpage.close()
                page.close()
    finally:
        pdf.close()
