"""Scanned and photographed reports (sample_reports/scans, made by tools/make_scans.py) give the
status of the report they were rasterised from. Needs the Tesseract program."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from her2cli import explain_file
from her2cli.normalize import fix_ocr_confusions
from her2cli.sources.ocr import tesseract_path

from .conftest import SAMPLES

SCANS = SAMPLES / "scans"
CASES = sorted(
    (e.stem, next(p for p in SCANS.glob(f"{e.stem}.*") if p.suffix != ".json"), json.loads(e.read_text()))
    for e in (SCANS / "expected").glob("*.json")
)
needs_tesseract = pytest.mark.skipif(tesseract_path() is None, reason="Tesseract OCR is not installed")


def test_scan_corpus_covers_every_status() -> None:
    assert len(CASES) >= 8
    assert {c[2]["status"] for c in CASES} == {"positive", "negative", "equivocal", "not_found"}
    assert {p.suffix for _, p, _ in CASES} >= {".png", ".jpg", ".pdf", ".tif"}


@needs_tesseract
@pytest.mark.parametrize(("stem", "path", "expected"), CASES, ids=[c[0] for c in CASES])
def test_scanned_report(stem: str, path: Path, expected: dict) -> None:
    result = explain_file(str(path))
    assert result.status == expected["status"]
    assert result.cancer_type == expected["cancer_type"]
    for family, key in (("ihc", "score"), ("ish", "result"), ("ngs", "amplification")):
        if expected.get(family) and key in expected[family]:
            assert getattr(getattr(result, family), key) == expected[family][key]
    assert result.source is not None and result.source.ocr_pages
    assert "ocr_read" in result.warning_codes
    for ev in result.evidence:
        assert ev.ocr_confidence is None or 0 <= ev.ocr_confidence <= 100


def test_ocr_fixes_keep_length_and_only_touch_tokens() -> None:
    text = "HERZ (4BS): O+ ; ERB82 3* l+ {2+}"
    fixed = fix_ocr_confusions(text)
    assert len(fixed) == len(text)
    assert fixed == "HER2 (4B5): 0+ ; ERBB2 3+ 1+ (2+)"
    assert fix_ocr_confusions("Oncology 0+") == "Oncology 0+"


def test_ocr_fixes_are_not_applied_to_text_layers(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(
        "Breast, core biopsy: invasive ductal carcinoma.\nHER2 (4B5): 3* strong complete staining\n"
    )
    assert explain_file(str(report)).ihc is None


def test_image_without_tesseract_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from her2cli.errors import OcrUnavailableError

    monkeypatch.setenv("HER2CLI_TESSERACT", str(tmp_path / "no-such-tesseract"))
    monkeypatch.setenv("PATH", str(tmp_path))
    assert shutil.which("tesseract") is None
    image = next(p for _, p, _ in CASES if p.suffix == ".png")
    with pytest.raises(OcrUnavailableError) as info:
        explain_file(str(image))
    assert "install" in str(info.value).lower()
