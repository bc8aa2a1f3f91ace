"""The printable page (`--save x.html`): one sheet of US Letter and one of A4, readable by everyone.

The page count is measured in a real browser: Playwright drives the system Chromium (Debian
package `chromium`; no browser is ever downloaded), prints each golden case in both languages to
PDF and pypdf counts the pages. These tests skip, saying why, only where Chromium is not
installed. Accessibility is checked on the HTML itself: languages, hidden symbols, captions, and
text contrast computed from the page's CSS colors.
"""

from __future__ import annotations

import html
import io
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from her2cli import explain_file
from her2cli.explain import Explanation, GlossaryEntry, LearnMore, explanation_for
from her2cli.messages import LANGUAGES, load_messages
from her2cli.render.html import (
    NOTE_LINES,
    PAGE_CSS,
    estimated_lines,
    render_html,
    render_html_body,
    text_language,
)
from her2cli.render.scale import scales_for
from her2cli.render.terminal import summary_lines

from .conftest import SAMPLES
from .test_render import PICKS

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PAPER_SIZES = ("Letter", "A4")
A_DAY = date(2026, 11, 29)


def _chromium() -> str | None:
    """The system Chromium: HER2CLI_CHROMIUM, else `chromium` on PATH (Debian installs /usr/bin/chromium)."""
    candidate = (
        os.environ.get("HER2CLI_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )
    return candidate if candidate and Path(candidate).exists() else None


@pytest.fixture(scope="module")
def browser_page() -> Iterator[Any]:
    executable = _chromium()
    if executable is None:
        pytest.skip(
            "Chromium is not installed (Debian: apt-get install chromium); the one-page print test needs it"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # waits for states (browser up, content set, PDF made) get 120 s, not the default 30 s a
        # loaded CI machine can use up
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, timeout=120_000)
        page = browser.new_page()
        page.set_default_timeout(120_000)
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.route("**/*", lambda route: route.abort())  # the page must need nothing from outside
        yield page, requests
        browser.close()


def _printed_pages(browser_page: Any, document: str, paper: str) -> int:
    page, requests = browser_page
    page.set_content(document)
    pdf = page.pdf(format=paper)
    assert not requests, f"the page tried to fetch {requests}"
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("combo", "report"), PICKS, ids=[p[0] for p in PICKS])
def test_every_golden_case_prints_on_one_letter_and_one_a4_page(
    browser_page: Any, combo: str, report: str, lang: str
) -> None:
    document = render_html(explain_file(report), lang, prepared_on=A_DAY)
    pages = {paper: _printed_pages(browser_page, document, paper) for paper in PAPER_SIZES}
    assert pages == {"Letter": 1, "A4": 1}, f"{combo} ({lang}) printed on {pages}"


def _longest_case(lang: str) -> Explanation:
    explanations = [explanation_for(explain_file(report), lang) for _, report in PICKS]
    return max(
        explanations, key=lambda exp: estimated_lines(exp, scales_for(exp.facts, lang) if exp.facts else [])
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_summary_with_a_long_glossary_still_prints_on_one_page(browser_page: Any, lang: str) -> None:
    """The densest layout holds the longest golden case plus eight glossary words and five sources."""
    glossary = tuple(
        GlossaryEntry(f"Word {i}", "One plain sentence of about twenty words that says what this word means.")
        for i in range(8)
    )
    sources = tuple(LearnMore("National Cancer Institute", "cancer.gov", "1-800-422-6237") for _ in range(5))
    exp = replace(_longest_case(lang), glossary=glossary, learn_more=sources, facts_checked_date="2026-11-01")
    body = render_html_body(exp, prepared_on=A_DAY)
    assert '<main class="sheet denser">' in body
    document = f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><style>{PAGE_CSS}</style></head><body>{body}</body></html>'
    for paper in PAPER_SIZES:
        assert _printed_pages(browser_page, document, paper) == 1


def test_longer_summaries_never_get_larger_type() -> None:
    exp = _longest_case("en")
    classes = ["sheet", "sheet dense", "sheet denser"]
    seen = []
    for words in range(0, 14, 2):
        glossary = tuple(
            GlossaryEntry(
                f"Word {i}", "One plain sentence of about twenty words that says what this word means."
            )
            for i in range(words)
        )
        body = render_html_body(replace(exp, glossary=glossary), prepared_on=A_DAY)
        seen.append(classes.index(re.search(r'<main class="([^"]+)">', body).group(1)))
    assert seen == sorted(seen) and seen[-1] == 2, seen


def test_the_saved_file_is_the_page_that_prints_on_one_sheet(browser_page: Any, tmp_path: Path) -> None:
    target = tmp_path / "visit.html"
    report = SAMPLES / "breast_lumpectomy_ihc2_fish_amplified.pdf"
    cli = [sys.executable, "-m", "her2cli", "explain", str(report), "--lang", "es", "--save", str(target)]
    done = subprocess.run(cli, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    document = target.read_text(encoding="utf-8")
    assert 'lang="es"' in document
    for paper in PAPER_SIZES:
        assert _printed_pages(browser_page, document, paper) == 1


# ---- accessibility, on the HTML itself ----------------------------------------------------------


def _relative_luminance(color: str) -> float:
    hex_digits = color.lstrip("#")
    if len(hex_digits) == 3:
        hex_digits = "".join(ch * 2 for ch in hex_digits)
    channels = [int(hex_digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two #rgb / #rrggbb colors."""
    lighter, darker = sorted((_relative_luminance(foreground), _relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _css_rules(css: str) -> dict[str, dict[str, str]]:
    """selector -> declarations, for every rule (inside @media blocks too; later rules win)."""
    rules: dict[str, dict[str, str]] = {}
    for selectors, body in re.findall(r"([^{}@]+)\{([^{}]*)\}", css):
        declarations = dict(
            (name.strip(), value.strip())
            for name, _, value in (d.partition(":") for d in body.split(";"))
            if value
        )
        for selector in selectors.split(","):
            rules.setdefault(selector.strip(), {}).update(declarations)
    return rules


def _text_color_pairs(css: str) -> list[tuple[str, str, str]]:
    """(selector, text color, background) for every rule that colors text.

    HTML text sits on its rule's own background, else on the page's. SVG text (`fill` on a
    selector ending in "text") sits on the `rect` of the same group when one is filled, else on
    the page.
    """
    rules = _css_rules(css)
    page = rules["body"]["background"]
    pairs = []
    for selector, declarations in rules.items():
        if "color" in declarations:
            pairs.append((selector, declarations["color"], declarations.get("background", page)))
        if selector.endswith("text") and "fill" in declarations:
            shape = rules.get(selector[: -len("text")] + "rect", {})
            pairs.append((selector, declarations["fill"], shape.get("fill", page)))
    return pairs


def test_the_contrast_calculation_itself() -> None:
    assert contrast("#000", "#fff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just below AA


def test_every_text_color_in_the_page_css_has_contrast_of_at_least_4_5() -> None:
    pairs = _text_color_pairs(PAGE_CSS)
    assert len(pairs) >= 6, pairs  # body, prepared, quotes, marks, warnings, footer, SVG text...
    assert any(selector.endswith(".scale .cell.on text") for selector, _, _ in pairs)
    for selector, foreground, background in pairs:
        ratio = contrast(foreground, background)
        assert ratio >= 4.5, f"{selector}: {foreground} on {background} has contrast {ratio:.2f}"


def test_page_language_and_english_report_quotes_in_a_spanish_page() -> None:
    result = explain_file(str(SAMPLES / "crc_resection_ihc3_ngs_amp.pdf"))
    spanish = render_html(result, "es", prepared_on=A_DAY)
    assert '<html lang="es">' in spanish
    quotes = re.findall(r"<q( lang=\"en\")?>", spanish)
    assert quotes and all(quotes), 'every quoted (English) report line carries lang="en"'
    english = render_html(result, "en", prepared_on=A_DAY)
    assert '<html lang="en">' in english and '<q lang="en">' not in english and "<q>" in english


def test_report_language_guess() -> None:
    assert text_language("HER2 3+: intense, complete membrane staining in 80% of the tumor cells") == "en"
    assert text_language("Se observa tinción de membrana completa en el 80% de las células del tumor") == "es"


def test_symbols_are_hidden_from_screen_readers_and_scales_are_named_by_their_caption() -> None:
    page = render_html(
        explain_file(str(SAMPLES / "breast_lumpectomy_ihc2_fish_amplified.pdf")), "en", prepared_on=A_DAY
    )
    assert re.search(r'<span aria-hidden="true">[▲▼◆○▽◇]</span>', page)
    names = re.findall(r'<svg class="scale" role="img" aria-labelledby="([^"]+)"', page)
    assert len(names) == 3  # IHC, ratio, copies
    for name in names:
        assert re.search(rf'<figcaption id="{name}">.*?Your', page), name
    assert "<script" not in page and "http" not in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_prepared_on_date_and_ruled_note_lines(lang: str) -> None:
    result = explain_file(str(SAMPLES / "gastric_biopsy_ihc3_cluster.pdf"))
    body = render_html_body(explanation_for(result, lang), prepared_on=A_DAY)
    expected = {"en": "Prepared on November 29, 2026", "es": "Preparado el 29 de noviembre de 2026"}[lang]
    assert expected in body
    assert body.count('<div class="note-lines">' + "<div></div>" * NOTE_LINES + "</div>") == 1
    assert load_messages(lang)["page"]["your_notes"] in body


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("combo", "report"), PICKS, ids=[p[0] for p in PICKS])
def test_the_page_has_the_same_sections_as_the_terminal_view(combo: str, report: str, lang: str) -> None:
    result = explain_file(report)
    terminal = [text for text, style in summary_lines(result, lang) if style == "bold underline"]
    body = render_html_body(explanation_for(result, lang), prepared_on=A_DAY)
    page = [html.unescape(re.sub(r"<[^>]+>", "", h)) for h in re.findall(r"<h2>(.*?)</h2>", body)]
    page_only = load_messages(lang)["page"]["your_notes"]
    assert [h for h in page if h != page_only] == terminal, combo


def test_html_escapes_report_text() -> None:
    page = render_html(explain_file(str(SAMPLES / "crc_resection_ihc3_ngs_amp.pdf")), "en", prepared_on=A_DAY)
    assert page.startswith("<!doctype html>")
    for quote in re.findall(r"<q[^>]*>(.*?)</q>", page):
        assert "<" not in re.sub(r"</?mark>", "", quote)


def test_type_sizes_follow_the_pages_own_size() -> None:
    """Font sizes are relative to the sheet (em), never to the host page's root (rem), so a line
    such as "Medical facts last checked" is never set larger than the text around it in print."""
    assert not re.search(r"font-size:[\d.]+rem", PAGE_CSS)


def test_phone_numbers_and_dates_never_break_across_lines() -> None:
    exp = replace(
        _longest_case("es"),
        learn_more=(LearnMore("Instituto Nacional del Cáncer", "cancer.gov/espanol", "1-800-422-6237"),),
        facts_checked_date="2026-11-29",
    )
    body = render_html_body(exp, prepared_on=A_DAY)
    assert '<span class="nowrap">1-800-422-6237</span>' in body
    assert '<span class="nowrap">2026-11-29</span>' in body
    assert "main.sheet .nowrap{white-space:nowrap}" in PAGE_CSS
