"""The local page in a real browser: Playwright driving Debian's Chromium against `her2cli serve`.

Chromium is launched by its executable path (never downloaded) with networking side channels off.
The tests act as a patient does: drop a report, read the status, switch to Spanish, get a clear
message for a broken file or a password, wait for a photo to be read, print, save. The expected
statuses come from sample_reports/expected and sample_reports/scans/expected, the expected words
from the message files; nothing is written here for one sample.

Screenshots of the page before and after a report is dropped, in English and Spanish, are saved to
$HER2CLI_SCREENSHOT_DIR when it is set (for the issue's note).
"""

from __future__ import annotations

import base64
import io
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette", reason="the web page needs the extra her2cli[web]")
pytest.importorskip("uvicorn", reason="the web page needs the extra her2cli[web]")
pytest.importorskip("playwright.sync_api", reason="browser tests need the test extra 'playwright'")

from playwright import sync_api

from her2cli.messages import load_messages
from her2cli.web.page import load_texts

from . import hostile
from .conftest import SAMPLES
from .web_support import Served, start_server

CHROMIUM = os.environ.get("HER2CLI_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
TEXT_PDF = SAMPLES / "crc_ihc2_fish_amplified.pdf"
SCAN = SAMPLES / "scans" / "gastric_fish_ratio_1_6_negative__clean200.png"
READ_TIMEOUT_MS = 120_000  # a scan is read by OCR: seconds, not milliseconds
# every other Playwright wait (a click, a download, a page load; 30 s by default): a loaded CI
# machine can stall Chromium for seconds, and each of these waits for a state, not a duration
ACTION_TIMEOUT_MS = 120_000

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason=f"Chromium not found at {CHROMIUM} (Debian package 'chromium'; or set HER2CLI_CHROMIUM)",
)


def expected_status(report: Path) -> str:
    return str(json.loads((report.parent / "expected" / f"{report.stem}.json").read_text())["status"])


def headline(status: str, lang: str) -> str:
    return str(load_messages(lang)["headline"][status])


def shot(page: Any, name: str) -> None:
    folder = os.environ.get("HER2CLI_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"issue15-{name}.png"), full_page=True)


@pytest.fixture(scope="module")
def server() -> Iterator[Served]:
    served = start_server()
    yield served
    served.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, timeout=ACTION_TIMEOUT_MS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, server: Served) -> Iterator[Any]:
    """A fresh tab on the page; fails the test on any console error (a CSP refusal shows there)."""
    context = browser.new_context(viewport={"width": 1000, "height": 900}, accept_downloads=True)
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    tab = context.new_page()
    problems: list[str] = []
    tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: problems.append(str(e)))
    tab.goto(server.url)
    yield tab
    context.close()
    assert problems == []


def drop_file(page: Any, path: Path) -> None:
    """A drag-and-drop of `path` onto the drop zone, as from a file manager."""
    payload = base64.b64encode(path.read_bytes()).decode()
    transfer = page.evaluate_handle(
        """([data, name]) => {
            const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
            const transfer = new DataTransfer();
            transfer.items.add(new File([bytes], name));
            return transfer;
        }""",
        [payload, path.name],
    )
    page.dispatch_event("#drop", "drop", {"dataTransfer": transfer})


def summary_headline(page: Any) -> str:
    page.wait_for_selector("#summary h1", timeout=READ_TIMEOUT_MS)
    return str(page.inner_text("#summary h1"))


def test_drop_a_report_see_its_status_then_switch_to_spanish(page: Any) -> None:
    status = expected_status(TEXT_PDF)
    assert page.title() == load_texts("en")["page"]["title"]
    shot(page, "en-before")
    drop_file(page, TEXT_PDF)
    assert headline(status, "en") in summary_headline(page)
    assert page.locator("#summary blockquote").count() >= 1  # the quoted report lines
    assert page.inner_text("#announce") == load_texts("en")["page"]["read_done"]
    assert page.evaluate("document.activeElement.id") == "summary"  # focus goes to the result
    shot(page, "en-after")
    page.select_option("#lang", "es")
    assert headline(status, "es") in summary_headline(page)
    assert page.get_attribute("html", "lang") == "es"
    assert page.title() == load_texts("es")["page"]["title"]
    assert page.inner_text("#print") == load_texts("es")["page"]["print"]
    assert load_messages("es")["labels"]["sections"]["questions"] in page.inner_text("#summary")
    shot(page, "es-after")


def test_the_page_starts_in_spanish_when_asked(page: Any) -> None:
    page.select_option("#lang", "es")
    assert page.inner_text("h1") == load_texts("es")["page"]["title"]
    shot(page, "es-before")


def test_a_broken_file_shows_a_clear_message(page: Any, tmp_path: Path) -> None:
    broken = hostile.make_truncated_pdf(tmp_path, 0.4)
    page.set_input_files("#file", str(broken))
    page.wait_for_selector("#error:not(:empty)", timeout=READ_TIMEOUT_MS)
    assert page.inner_text("#error") == load_texts("en")["errors"]["truncated_or_corrupt"]
    assert page.get_attribute("#error", "role") == "alert"
    assert not page.is_visible("#result")
    page.select_option("#lang", "es")
    assert page.inner_text("#error") == load_texts("es")["errors"]["truncated_or_corrupt"]


def test_a_password_protected_pdf_asks_for_its_password(page: Any, tmp_path: Path) -> None:
    locked = hostile.make_user_password_pdf(tmp_path, password="s3cret")
    page.set_input_files("#file", str(locked))
    page.wait_for_selector("#password-form:not([hidden])", timeout=READ_TIMEOUT_MS)
    assert page.inner_text("#error") == load_texts("en")["errors"]["password_required"]
    assert page.evaluate("document.activeElement.id") == "password"
    page.fill("#password", "wrong")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "(text) => document.getElementById('error').textContent === text",
        arg=load_texts("en")["errors"]["wrong_password"],
        timeout=READ_TIMEOUT_MS,
    )
    page.fill("#password", "s3cret")
    page.click("#password-form button")
    assert headline("positive", "en") in summary_headline(page)  # hostile.POSITIVE_LINES
    assert not page.is_visible("#password-form") and page.inner_text("#error") == ""


def test_a_scanned_report_is_read_by_ocr(page: Any) -> None:
    if not shutil.which("tesseract") and not os.environ.get("HER2CLI_TESSERACT"):
        pytest.skip("Tesseract OCR is not installed")
    page.set_input_files("#file", str(SCAN))
    assert page.is_visible("#busy")  # the progress indicator while OCR runs
    assert headline(expected_status(SCAN), "en") in summary_headline(page)
    assert not page.is_visible("#busy")
    assert "OCR" in page.inner_text("#summary")  # the note that the lines were read from an image


PRINTED = [
    TEXT_PDF,
    SAMPLES / "breast_lumpectomy_ihc2_fish_amplified.pdf",
    SAMPLES / "crc_ctdna_erbb2_amp_plasma_cn.pdf",
    SAMPLES / "crc_foundation_like_erbb2_amp.pdf",
]


@pytest.mark.parametrize("report", PRINTED, ids=[p.stem for p in PRINTED])
def test_print_gives_one_page_with_the_summary_only(page: Any, report: Path) -> None:
    from pypdf import PdfReader

    drop_file(page, report)
    summary_headline(page)
    for lang in ("en", "es"):
        page.select_option("#lang", lang)
        for paper in ("Letter", "A4"):
            pdf = PdfReader(io.BytesIO(page.pdf(format=paper)))
            assert len(pdf.pages) == 1, (lang, paper)
            text = pdf.pages[0].extract_text()
            assert headline(expected_status(report), lang) in text
            words = load_texts(lang)["page"]
            assert words["drop"] not in text and words["print"] not in text and words["stop"] not in text


def test_save_downloads_the_printable_page(page: Any) -> None:
    drop_file(page, TEXT_PDF)
    summary_headline(page)
    page.select_option("#lang", "es")
    with page.expect_download() as download:
        page.click("#save")
    saved = download.value
    assert saved.suggested_filename == load_texts("es")["page"]["save_name"]
    html = Path(saved.path()).read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and '<html lang="es">' in html
    assert headline(expected_status(TEXT_PDF), "es") in html


def test_keyboard_only_reaches_the_language_and_the_file_picker(page: Any) -> None:
    # Listening from the start turns Chromium's file-chooser interception on before any key is
    # pressed; expect_file_chooser() turns it on only as the key goes, a race a loaded machine loses.
    choosers: list[Any] = []
    page.on("filechooser", lambda chooser: choosers.append(chooser))
    page.bring_to_front()  # keys go to the focused tab; the module's browser has opened others
    reached: list[str] = []
    for _ in range(6):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.id"))
        if reached[-1] == "file":
            break
    assert "lang" in reached and reached[-1] == "file", reached
    # the picker's focus is visible on its button-like label
    assert page.evaluate("getComputedStyle(document.querySelector('label[for=file]')).outlineStyle") != "none"
    page.keyboard.press("Space")
    for _ in range(1200):  # up to 120 s; events are delivered while Playwright waits
        if choosers:
            break
        page.wait_for_timeout(100)
    assert len(choosers) == 1, "Space on the focused picker did not open the file chooser"
    choosers[0].set_files(str(TEXT_PDF))
    assert headline(expected_status(TEXT_PDF), "en") in summary_headline(page)


def test_labels_for_screen_readers(page: Any) -> None:
    for control in ("lang", "file", "password"):
        assert page.locator(f"label[for={control}]").count() == 1
    assert page.get_attribute("#announce", "role") == "status"
    assert page.get_attribute("html", "lang") == "en"


def test_readable_on_a_phone_and_in_dark_mode(browser: Any, server: Served) -> None:
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, color_scheme="dark", device_scale_factor=2
    )
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    try:
        tab = context.new_page()
        tab.goto(server.url)
        drop_file(tab, TEXT_PDF)
        summary_headline(tab)
        assert tab.evaluate(
            "document.documentElement.scrollWidth <= window.innerWidth + 1"
        )  # no sideways scrolling
        background = tab.evaluate("getComputedStyle(document.body).backgroundColor")
        text = tab.evaluate("getComputedStyle(document.body).color")
        assert _luminance(background) < 0.1 < 0.6 < _luminance(text)
        shot(tab, "phone-dark-after")
    finally:
        context.close()


def _luminance(css_color: str) -> float:
    """Relative luminance (WCAG) of an rgb()/rgba() value."""
    channels = [int(float(v)) / 255 for v in css_color[css_color.index("(") + 1 : -1].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
