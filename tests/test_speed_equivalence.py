"""The fast path of issue 13 changes no output. `findings.scope.FAST_PATH` turns on the shortcuts
(a search's answer kept for the document being scanned, checks that need a word the whole text
lacks skipped, the prefilter of rules/prefilter.py: a pattern not run over a window without a
text it requires, a context family run rule by rule, a pattern matched only where one of its first
texts begins); every labelled report gives byte for byte the record of the full path, and so do
generated texts built from the names, headers and values the rules read (a property test)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from her2cli.api import explain_document
from her2cli.findings import scan_document, scope
from her2cli.rules import prefilter
from her2cli.sources import Document, Page, load_document
from her2cli.sources.ocr import tesseract_path

from .conftest import ROOT, SAMPLES


def _shared() -> Path:
    """shared/ lies beside the checkout (CI, /work/main) or at /work/shared (a worktree)."""
    for candidate in (ROOT.parent / "shared", Path("/work/shared")):
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared"


LABELLED_SETS = {
    "sample_reports": SAMPLES,
    "sample_reports/scans": SAMPLES / "scans",
    "real-reports": _shared() / "real-reports" / "texts",
    "tests/devset": ROOT / "tests" / "devset" / "texts",
    "tests/devset2": ROOT / "tests" / "devset2" / "texts",
    "tests/devset3": ROOT / "tests" / "devset3" / "texts",
    "tests/devset4": ROOT / "tests" / "devset4" / "texts",
    "tests/devset5": ROOT / "tests" / "devset5" / "texts",
    "tests/devset6": ROOT / "tests" / "devset6" / "texts",
    "tests/devset7": ROOT / "tests" / "devset7" / "texts",
    "tests/devset8": ROOT / "tests" / "devset8" / "texts",
    "tests/devset9": ROOT / "tests" / "devset9" / "texts",
    "tests/devset10": ROOT / "tests" / "devset10" / "texts",
    "tests/devset11": ROOT / "tests" / "devset11" / "texts",
    "tests/devset12": ROOT / "tests" / "devset12" / "texts",
    "tests/variants4": ROOT / "tests" / "variants4" / "texts",
    "tests/variants5": ROOT / "tests" / "variants5" / "texts",
    "tests/variants6": ROOT / "tests" / "variants6" / "texts",
    "tests/variants7": ROOT / "tests" / "variants7" / "texts",
    "tests/variants8": ROOT / "tests" / "variants8" / "texts",
    "tests/variants9": ROOT / "tests" / "variants9" / "texts",
}
REPORT_SUFFIXES = {".pdf", ".txt", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


@contextmanager
def full_path() -> Iterator[None]:
    scope.FAST_PATH = False
    prefilter.SKIP_ABSENT = False
    scope.clear_memo()
    try:
        yield
    finally:
        scope.FAST_PATH = True
        prefilter.SKIP_ABSENT = True


def _record(doc: Document) -> str:
    return json.dumps(explain_document(doc).to_dict(), ensure_ascii=False, sort_keys=True)


def _reports(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in REPORT_SUFFIXES)


@pytest.mark.parametrize("name", list(LABELLED_SETS))
def test_every_labelled_report_gives_the_record_of_the_full_path(name: str) -> None:
    folder = LABELLED_SETS[name]
    if not folder.is_dir():
        pytest.skip(f"{folder} is not on this machine")
    if name.endswith("scans") and tesseract_path() is None:
        pytest.skip("Tesseract OCR is not installed")
    reports = _reports(folder)
    assert reports
    compared, differ = 0, []
    for report in reports:
        try:
            doc = load_document(str(report))  # read once (OCR is slow); matched both ways
        except Exception:  # noqa: BLE001 - unreadable inputs (hostile samples) have no findings to compare
            continue
        fast = _record(doc)
        with full_path():
            full = _record(doc)
        compared += 1
        if fast != full:
            differ.append(report.name)
    assert compared >= len(reports) // 2
    assert differ == []


# --- generated texts -----------------------------------------------------------------------------

FRAGMENTS = [
    "HER2", "HER-2/neu", "ERBB2", "c-erbB-2", "HER2 (4B5)", "Her2neu", "neu protein",
    "ER", "PR", "ER positive", "PgR", "Ki-67", "MMR", "MSI", "KRAS", "BRAF", "EGFR", "HER3",
    "PD-L1", "CK7", "CDX2", "mismatch repair", "estrogen receptor", "breast", "colon", "gastric",
    "FINAL DIAGNOSIS", "Diagnosis:", "Comment", "COMMENT:", "Methods", "Results", "1. Addendum",
    "AMENDED REPORT", "Original report (10/30/2026), retained for the record:", "revised", "corrected",
    "Interpretive criteria: 3+ positive", "Specimen A:", "Block B2", "History", "positive control",
    "3+", "2+", "1+", "0", "score 2", "(2+)", "positive", "negative", "equivocal", "not amplified",
    "amplified", "ratio 2.3", "HER2/CEP17 ratio 1.1", "copy number 6.2", "in 80% of tumor cells",
    "pending", "see addendum", "trastuzumab", "adenocarcinoma", "carcinoma", "failed", "repeated",
    "is defined as", "criteria:", "guidelines", "control", "recommended", "if", "history of",
    "will be reported", "please see", "is considered positive", "study", "patients", "cannot exclude",
    "clone 4B5", "validated", "superseded", "MSI-high", "KRAS wild-type", "FISH", "average HER2 copy number",
    "MLH1 intact", "PMS2: loss", "pMMR", "loss of nuclear expression", "plasma", "ctDNA", "NGS panel",
    "colon adenocarcinoma", "rectal", "ductal carcinoma", "microsatellite stable", "p53", "PD-L1 (22C3)",
    ".", ",", ";", ":", "(", ")", "-", "/",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "\n", "\n", "\n\n", "  ", "\t", "\r\n", "\x0c", "\n \n"]
TEXTS = st.lists(
    st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), min_size=1, max_size=120
).map(lambda parts: "".join(f + s for f, s in parts))


def _text_document(text: str) -> Document:
    pages = tuple(Page(number=i + 1, text=part, origin="text") for i, part in enumerate(text.split("\f")))
    return Document(path="<generated>", kind="text", pages=pages, sha256="0" * 64)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(TEXTS, st.lists(TEXTS, min_size=2, max_size=3).map("\f".join)))
def test_generated_texts_give_the_findings_of_the_full_path(text: str) -> None:
    doc = _text_document(text)
    fast = scan_document(doc)
    with full_path():
        full = scan_document(doc)
    assert fast == full


def test_a_kept_answer_is_the_answer_of_the_search_itself() -> None:
    """The memo returns for a (pattern, text, pos, endpos) what searching it returns, and is
    emptied when the next document is scanned."""
    from her2cli.rules import compiled

    c = compiled()
    text = "ER positive. HER2 (4B5): 2+ equivocal; HER2 FISH not amplified."
    scope.clear_memo()
    for pos, endpos in ((0, None), (13, 40), (13, 40), (30, len(text)), (0, 5)):
        kept = scope.search(c.her2, text, pos, endpos)
        direct = c.her2.search(text, pos, len(text) if endpos is None else endpos)
        assert (kept and kept.span()) == (direct and direct.span())
    scan_document(_text_document(text))
    assert not scope._memo


def test_all_matches_of_a_long_text_are_kept_for_the_document_only() -> None:
    """The HER2 names of a whole document are found once (OCR word repair, then the scanner):
    the kept matches are the pattern's own, and are forgotten when the next document starts."""
    from her2cli.rules import compiled

    c = compiled()
    text = "Report. HER2 (4B5): 2+; ERBB2 not amplified; HER-2/neu by FISH. " * 60
    assert len(text) > scope.BUDGETED_WINDOW
    scope.clear_memo()
    kept = scope.all_matches(c.her2, text)
    assert [m.span() for m in kept] == [m.span() for m in c.her2.finditer(text)]
    assert scope.all_matches(c.her2, text) is kept
    scan_document(_text_document("HER2 3+"))
    assert scope.all_matches(c.her2, text) is not kept
    with full_path():
        assert [m.span() for m in scope.all_matches(c.her2, text)] == [m.span() for m in kept]


def test_the_full_path_runs_every_pattern_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    """The prefilter (rules/prefilter.py) is part of the fast path only, so the comparisons above
    compare it with the patterns as written."""
    from her2cli.rules.prefilter import Shortcut

    used: list[str] = []
    search, finditer = Shortcut.search, Shortcut.finditer
    monkeypatch.setattr(Shortcut, "search", lambda self, *a, **k: used.append("s") or search(self, *a, **k))
    monkeypatch.setattr(
        Shortcut, "finditer", lambda self, *a, **k: used.append("f") or finditer(self, *a, **k)
    )
    doc = _text_document("HER2 (4B5): 2+, equivocal. Positive is defined as 3+. Trastuzumab was given.")
    fast = scan_document(doc)
    assert used
    used.clear()
    with full_path():
        assert scan_document(doc) == fast
    assert used == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=6))
def test_dropping_lines_by_slices_keeps_what_the_character_filter_kept(text: str, spans: list) -> None:
    """drop_page_furniture cuts its lines out as slices; the result is the character filter's."""
    from her2cli.findings.document import _without
    from her2cli.normalize import NormalizedText

    dropped, pos = [], 0
    for gap, width in spans:  # in order, not overlapping, possibly running past the end
        start = min(len(text), pos + gap)
        end = min(len(text), start + width)
        if end > start:
            dropped.append((start, end))
        pos = end
    norm = NormalizedText(text, tuple(range(3, len(text) + 4)), "x" * (len(text) + 3))
    keep = [not any(a <= i < b for a, b in dropped) for i in range(len(text))]
    want_text = "".join(ch for ch, k in zip(text, keep, strict=True) if k)
    want_offsets = tuple(o for o, k in zip(norm.offsets[:-1], keep, strict=True) if k) + (norm.offsets[-1],)
    got = _without(norm, dropped)
    assert (got.text, tuple(got.offsets)) == (want_text, want_offsets)


# --- the report's own words (report_words.py) ----------------------------------------------------


def _report_words_texts() -> list[str]:
    """Every example and near-miss of the report-words records, alone and all joined: each record
    that declares `requires` meets texts with and without its words."""
    from her2cli.rules.patterns import pattern_file

    texts = [
        t
        for r in pattern_file("report_words").records
        for t in (*(e.text for e in r.examples), *r.not_examples)
    ]
    return [*texts, "\n".join(texts), ". ".join(texts[::3])]


def test_the_report_words_read_the_same_facts_with_and_without_the_prefilter() -> None:
    """report_words.py skips a pattern whose `requires` texts the report lacks (issue 13): the
    facts are those of every pattern run as written, on every record's examples and near-misses
    (the labelled reports are compared above, whole records both ways)."""
    from her2cli.report_words import read_text_facts

    texts = _report_words_texts()
    fast = [read_text_facts(t) for t in texts]
    with full_path():
        full = [read_text_facts(t) for t in texts]
    assert fast == full
    assert any(f != read_text_facts("") for f in fast)  # the texts do state facts


def test_a_report_without_a_records_words_skips_its_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """The prefilter is on the default path: a text without any of a pattern's required words
    never reaches that pattern."""
    from her2cli import report_words

    words = report_words._words()
    asked: list[str] = []
    real = report_words._may_match
    monkeypatch.setattr(report_words, "_may_match", lambda p, t: asked.append(p.pattern) or real(p, t))
    assert report_words._search(words.plus_levels, "HER2 IHC 2+, equivocal.") is None
    assert asked == [words.plus_levels.pattern]
    assert not prefilter.may_hold(("amplification",), "HER2 IHC 2+, equivocal.")
    assert prefilter.may_hold(("amplification",), "HER2 AMPLIFICATION present")
    assert prefilter.may_hold(None, "anything")


# --- a line-anchored pattern's matches in a window, from the text's (scope.last_line_match) -----

HEADING_LINES = [
    "CORE BIOPSY", "-----------", "=====", "Excision (block B3)", "--- RIGHT BREAST ---", "=== Specimen B ===",
    "## Tumor 2 (block A9) ##", "-- COMMENT --", "[ Left breast ]", "HER2 IHC: 1+", "  ~~ Liver ~~", "___",
    "Result: 3+", "A. Left breast: HER2 3+", "", "   ", "x" * 70, "--", "Title\t", "ER 95%",
]  # fmt: skip
LINE_TEXTS = st.lists(st.sampled_from(HEADING_LINES), min_size=1, max_size=40).map("\n".join)


def _line_anchored() -> list[object]:
    """The patterns findings read through scope.last_line_match, which must match only at a
    line start and look at nothing outside the match but the character after it."""
    from her2cli.rules.samples import samples

    return [samples().drawn_heading]


def _window_answer(pattern: object, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    last = None
    for m in pattern.finditer(text, lo, hi):  # type: ignore[attr-defined]
        last = m
    return last and last.span()


def test_a_line_anchored_pattern_opens_with_a_line_start_and_has_no_lookaround() -> None:
    import regex

    for pattern in _line_anchored():
        source = pattern.pattern.lstrip()  # type: ignore[attr-defined]
        assert source.startswith("^") and pattern.flags & regex.MULTILINE  # type: ignore[attr-defined]
        assert not any(x in source for x in ("(?=", "(?!", "(?<=", "(?<!", "\\A", "\\Z", "\\G"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINE_TEXTS, st.integers(0, 400), st.integers(0, 400))
def test_a_window_of_a_line_anchored_pattern_gives_what_searching_it_gives(
    text: str, lo: int, hi: int
) -> None:
    for pattern in _line_anchored():
        scope.clear_memo()
        got = scope.last_line_match(pattern, text, lo, hi)  # type: ignore[arg-type]
        assert (got and got.span()) == _window_answer(pattern, text, lo, hi)


@pytest.mark.parametrize("name", ["tests/devset5", "tests/devset7", "tests/devset8", "real-reports"])
def test_line_anchored_windows_of_labelled_reports_give_what_searching_gives(name: str) -> None:
    folder = LABELLED_SETS[name]
    if not folder.is_dir():
        pytest.skip(f"{folder} is not on this machine")
    for report in _reports(folder):
        if report.suffix != ".txt":
            continue
        text = report.read_text(encoding="utf-8")
        scope.clear_memo()
        for pattern in _line_anchored():
            for hi in range(0, len(text) + 1, 53):
                # windows that end at a line start (as the readers ask) and anywhere
                for end in (scope.line_start(text, hi), hi):
                    lo = max(0, end - 3000)
                    got = scope.last_line_match(pattern, text, lo, end)  # type: ignore[arg-type]
                    assert (got and got.span()) == _window_answer(pattern, text, lo, end), (
                        report.name,
                        lo,
                        end,
                    )


# --- the first sentence end of a window, from the text's (scope.sentence_end) --------------------

# What a shorter window can make succeed: a negative lookaround, an anchor or a word boundary (which
# looks past the window's end), an atomic group or a possessive repeat (which may give back less).
NOT_MONOTONE = ("(?!", "(?<!", "^", "$", "\\A", "\\Z", "\\b", "\\B", "\\G", "(?>", "*+", "++", "?+", "}+")


def test_the_sentence_end_pattern_only_fails_in_a_shorter_window() -> None:
    """scope.sentence_end takes a long text's first sentence end in a window from the text's
    own matches: that holds for a pattern a window's end can only make fail."""
    from her2cli.rules import compiled

    source = compiled().sentence_end.pattern
    # the one bounded negative lookahead (an abbreviation's full stop inside a short bracket, "(Hosp.
    # A)", fix19): scope.sentence_end searches a window's last 32 characters as the window itself
    bracket = r"(?![ \t]{1,2}(?:[A-Za-z]{1,6}\.[ \t]{1,2}){0,2}[A-Za-z0-9]{1,6}\))"
    assert bracket in source
    assert not [x for x in NOT_MONOTONE if x in source.replace(bracket, "")]


@pytest.mark.parametrize("name", ["tests/devset7", "tests/devset8", "real-reports"])
def test_sentence_ends_of_windows_of_long_texts_are_where_searching_finds_them(name: str) -> None:
    from her2cli.rules import compiled

    c = compiled()
    folder = LABELLED_SETS[name]
    if not folder.is_dir():
        pytest.skip(f"{folder} is not on this machine")
    texts = [p.read_text(encoding="utf-8") for p in _reports(folder) if p.suffix == ".txt"]
    long = [t for t in texts if len(t) > scope.BUDGETED_WINDOW]
    assert long
    for text in long:
        scope.clear_memo()
        for pos in range(0, len(text), 11):
            for limit in (pos, pos + 1, pos + 12, pos + 160, pos + 320, len(text)):
                limit = min(limit, len(text))
                m = c.sentence_end.search(text, pos, limit)
                assert scope.sentence_end(text, pos, limit, c) == (m.start() if m else limit), (pos, limit)


# --- a line-anchored pattern's matches over a whole text (scope.line_anchored_matches) ------------


def _whole_text_line_anchored() -> list[object]:
    """The patterns findings read over a whole text through scope.line_anchored_matches, which
    must match only at a line start."""
    from her2cli.rules import compiled

    c = compiled()
    return [c.section_header, c.other_marker_clone_label, c.diagnosis_line, c.specimen_side]


def _top_level_bars(source: str, verbose: bool) -> int:
    """How many `|` of a pattern's source lie outside every group and character set (escapes
    and, in a verbose pattern, comments skipped)."""
    depth, bars, i = 0, 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _set_end(source, i)
            continue
        if ch == "#" and verbose:
            end = source.find("\n", i)
            i = len(source) if end < 0 else end
            continue
        depth += {"(": 1, ")": -1}.get(ch, 0)
        bars += ch == "|" and depth == 0
        i += 1
    return bars


def _set_end(source: str, i: int) -> int:
    """Where the character set opening at source[i] ends (past its "]"; a "]" first is a literal)."""
    j = i + 1
    j += source[j : j + 1] == "^"
    j += source[j : j + 1] == "]"
    while j < len(source) and source[j] != "]":
        j += 2 if source[j] == "\\" else 1
    return j + 1


def test_a_whole_text_line_anchored_pattern_opens_with_a_line_start_and_has_no_top_level_bar() -> None:
    import regex

    assert _top_level_bars("^a(?:b|c)[|]", False) == 0
    assert _top_level_bars("^a|b", False) == 1
    assert _top_level_bars("^a # x|y\n", True) == 0
    assert _top_level_bars("^a\\|b[^]|]", False) == 0
    for pattern in _whole_text_line_anchored():
        source = pattern.pattern.lstrip()  # type: ignore[attr-defined]
        source = source.removeprefix("(?m)").lstrip()
        assert source.startswith("^") and pattern.flags & regex.MULTILINE  # type: ignore[attr-defined]
        assert _top_level_bars(source, bool(pattern.flags & regex.VERBOSE)) == 0  # type: ignore[attr-defined]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(LINE_TEXTS, TEXTS))
def test_the_line_start_matches_of_a_text_are_what_finditer_gives(text: str) -> None:
    for pattern in _whole_text_line_anchored():
        scope.clear_memo()
        got = scope.line_anchored_matches(pattern, text)  # type: ignore[arg-type]
        assert _spans(got) == _spans(pattern.finditer(text))  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", [n for n in LABELLED_SETS if not n.endswith("scans")])
def test_line_start_matches_of_labelled_reports_are_what_finditer_gives(name: str) -> None:
    folder = LABELLED_SETS[name]
    if not folder.is_dir():
        pytest.skip(f"{folder} is not on this machine")
    for report in _reports(folder):
        if report.suffix != ".txt":
            continue
        text = report.read_text(encoding="utf-8", errors="replace")  # a hostile sample is text too
        scope.clear_memo()
        for pattern in _whole_text_line_anchored():
            got = scope.line_anchored_matches(pattern, text)  # type: ignore[arg-type]
            assert _spans(got) == _spans(pattern.finditer(text)), report.name  # type: ignore[attr-defined]
