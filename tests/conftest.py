from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_reports"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="Rewrite tests/golden/*.txt from the current output."
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(autouse=True)
def _no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("HER2CLI_PDF_PASSWORD", raising=False)


os.environ.setdefault("TYPER_USE_RICH", "0")

# Hypothesis: no per-example deadline (200 ms by default) and no "too slow" health check. Both
# measure time, and on a loaded CI machine one slow example (a first call that loads rule files,
# a scheduler pause) fails a property that holds. Properties are checked, never speed.
settings.register_profile("her2cli", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("her2cli")
