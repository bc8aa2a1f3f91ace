"""`scan --jobs N` shares the CPUs between its workers' Tesseract processes: N jobs never start
more OCR processes than there are CPUs (issue 12: before, each job could start about four)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from typer.testing import CliRunner

from her2cli import batch
from her2cli.batch import BatchStats, ocr_workers_per_job
from her2cli.cli import app
from her2cli.sources import ReadOptions, load_bytes
from her2cli.sources import ocr as ocr_module
from her2cli.sources.base import Page


@pytest.mark.parametrize(
    ("cpus", "jobs", "workers"),
    [(8, 1, 8), (8, 2, 4), (8, 3, 2), (8, 8, 1), (8, 16, 1), (2, 2, 1), (1, 1, 1)],
)
def test_each_job_gets_its_share_of_the_cpus(
    monkeypatch: pytest.MonkeyPatch, cpus: int, jobs: int, workers: int
) -> None:
    monkeypatch.setattr(batch.os, "cpu_count", lambda: cpus)
    assert ocr_workers_per_job(jobs) == workers
    assert ocr_workers_per_job(jobs) * min(jobs, cpus) <= cpus


def test_scan_passes_the_budget_to_its_workers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen: dict[str, Any] = {}

    def fake_run_batch(items: Any, options: batch.WorkOptions, jobs: int, on_record: Any) -> BatchStats:
        seen.update(options=options, jobs=jobs)
        return BatchStats()

    monkeypatch.setattr(batch, "run_batch", fake_run_batch)
    (tmp_path / "a.txt").write_text("HER2 (4B5): 3+ positive", encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", "-j", "2", "-q", "--format", "jsonl", str(tmp_path / "a.txt")])
    assert result.exit_code == 0, result.output
    assert seen["jobs"] == 2
    assert seen["options"].ocr_workers == ocr_workers_per_job(2)


def test_the_budget_reaches_the_ocr_of_an_image(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int | None] = []

    def fake_ocr(
        frames: Any, *, source: str, timeout: float = 60.0, workers: int | None = None
    ) -> list[Page]:
        asked.append(workers)
        return [Page(number=1, text="HER2 (4B5): 3+", origin="ocr")]

    monkeypatch.setattr(ocr_module, "tesseract_path", lambda: "/usr/bin/tesseract")
    monkeypatch.setattr(ocr_module, "ocr_pages_from_images", fake_ocr)
    png = io.BytesIO()
    Image.new("L", (40, 40), 255).save(png, format="PNG")
    load_bytes(png.getvalue(), "scan.png", ReadOptions(ocr_workers=1))
    load_bytes(png.getvalue(), "scan.png", ReadOptions())
    assert asked == [1, None]  # None: the reader's own default for one report (a CPU each, at most 4)
