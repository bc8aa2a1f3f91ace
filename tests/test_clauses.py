"""findings/clauses.py, the one clause splitter of the line readers, as a specification: what ends
a value's clause under each reader's ends, and the near-misses (an abbreviation's stop, a decimal,
a bracket) that do or do not. "|" in a case marks the value: the clause is read around it."""

from __future__ import annotations

import pytest

from her2cli.findings import disowned
from her2cli.findings.clauses import PROSE_CLAUSE, ClauseEnds, Stops, clause_start, clause_stop, open_brackets
from her2cli.findings.document import SENTENCE_OR_LINE
from her2cli.interpret import lab_equivocal, unreviewed
from her2cli.interpret.doubt import doubt_words

SPACED = ClauseEnds(("; ", ". "))  # findings/disowned.py
BARE = ClauseEnds((";", ". "))  # interpret/lab_equivocal.py
BRACKETED = ClauseEnds((". ",), outside_brackets=(";",))  # interpret/unreviewed.py


def _clause(case: str, stops: Stops) -> str:
    """The clause around the value marked by "|" ("a; b|c; d" -> "bc")."""
    text = case.replace("|", "")
    at = case.index("|")
    start = clause_start(text, 0, at, stops)
    stop = clause_stop(text, at, len(text), stops, open_brackets(text[:at]))
    return text[start:stop]


def test_each_reader_passes_its_own_ends() -> None:
    assert disowned.CLAUSE_ENDS == SPACED
    assert lab_equivocal.CLAUSE_ENDS == BARE
    assert unreviewed.CLAUSE_ENDS == BRACKETED


@pytest.mark.parametrize(
    ("case", "stops", "clause"),
    [
        # a full stop with its space, and a semicolon, end a clause on either side of the value
        # (the end's first character closes the clause, the space after it opens the next one)
        ("ER positive. HER2 |3+ (positive). PR negative", SPACED, " HER2 3+ (positive)"),
        ("ER positive; HER2 |3+ [wrong patient]; PR 0", SPACED, " HER2 3+ [wrong patient]"),
        ("ER positive; HER2 |3+ [wrong patient]; PR 0", BARE, " HER2 3+ [wrong patient]"),
        # a semicolon without its space: an end for the bare ends only
        ("HER2 |3+;wrong patient", SPACED, "HER2 3+;wrong patient"),
        ("HER2 |3+;wrong patient", BARE, "HER2 3+"),
        # a decimal's stop is no end: no space follows it
        ("ratio |1.8 (not amplified); ISH", SPACED, "ratio 1.8 (not amplified)"),
        ("HER2/CEP17 ratio 2.|4, not reviewed", BARE, "HER2/CEP17 ratio 2.4, not reviewed"),
        # the literal ". " does not know an abbreviation: "e.g. ", "approx. 3" and "(Hosp. A)" end
        # a clause (a shorter clause can only miss a disclaimer, never add one)
        ("outside results, e.g. HER2 |3+, not reviewed", SPACED, " HER2 3+, not reviewed"),
        ("HER2 |3+ in approx. 30% of cells", BARE, "HER2 3+ in approx"),
        ("HER2 |2+ (outside lab, Hosp. A)", BRACKETED, "HER2 2+ (outside lab, Hosp"),
        # the line's own ends: no end at all keeps the whole text
        (
            "HER2 IHC |1+ (external laboratory, not reviewed)",
            SPACED,
            "HER2 IHC 1+ (external laboratory, not reviewed)",
        ),
    ],
)
def test_literal_ends(case: str, stops: ClauseEnds, clause: str) -> None:
    assert _clause(case, stops) == clause


@pytest.mark.parametrize(
    ("case", "stops", "clause"),
    [
        # prose runs over a wrapped line; a blank line, a semicolon or a sentence end ends it
        (
            "KRAS wild-type in\nmetastatic |colorectal cancer; see note",
            PROSE_CLAUSE,
            "KRAS wild-type in\nmetastatic colorectal cancer",
        ),
        ("Table\n\nIf MMR |deficient, refer. Next", PROSE_CLAUSE, "\nIf MMR deficient, refer"),
        ("ratio |1.8. Next", PROSE_CLAUSE, "ratio 1.8"),
        # a sentence or a line: a line break ends it too, a semicolon does not
        ("Note:\nERBB2 |amplified; see\nbelow", SENTENCE_OR_LINE, "ERBB2 amplified; see"),
        ("Rx. If |amplified, trastuzumab", SENTENCE_OR_LINE, " If amplified, trastuzumab"),
    ],
)
def test_prose_and_line_ends(case: str, stops: ClauseEnds, clause: str) -> None:
    assert _clause(case, stops) == clause


@pytest.mark.parametrize(
    ("case", "clause"),
    [
        # after the value, a ";" inside the brackets it stands in does not end its clause...
        (
            "HER2 |1+ (external laboratory; slides not reviewed)",
            "HER2 1+ (external laboratory; slides not reviewed)",
        ),
        ("HER2 (|1+; outside, unverified) ER 0", "HER2 (1+; outside, unverified) ER 0"),
        # ... one outside them does, and a bracket opened and closed after the value counts back to 0
        ("HER2 |3+ (positive); outside ER results not reviewed", "HER2 3+ (positive)"),
        ("HER2 |3+ [a; b] (c); d", "HER2 3+ [a; b] (c)"),
        # ". " ends it inside a bracket too
        ("HER2 |1+ (external. Not reviewed)", "HER2 1+ (external"),
        # before the value every end counts, bracketed or not
        ("(outside; not reviewed) HER2 |3+", " not reviewed) HER2 3+"),
    ],
)
def test_ends_outside_brackets(case: str, clause: str) -> None:
    assert _clause(case, BRACKETED) == clause


def test_stops_are_looked_for_within_the_bounds() -> None:
    text = "a; b; HER2 3+; c; d"
    at = text.index("HER2")
    # an end that reaches past the bound is not one: "; " cut at its space
    assert clause_start(text, 0, at - 1, SPACED) == len("a;")
    assert clause_start(text, 0, at, SPACED) == len("a; b;")
    assert clause_stop(text, at, text.index(";", at) + 1, SPACED) == text.index(";", at) + 1
    assert clause_stop(text, at, len(text), SPACED) == text.index(";", at)
    # no end before the bound's start: the bound itself
    assert clause_start(text, 3, 4, SPACED) == 3
    assert clause_stop(text, 6, 10, SPACED) == 10


def test_open_brackets() -> None:
    assert open_brackets("HER2 (a [b") == 2
    assert open_brackets("HER2 (a) [b]") == 0
    assert open_brackets("a) b") == -1


@pytest.mark.parametrize(
    ("case", "clause"),
    [
        # the doubt gate's stops (a rule record): a sentence end before a space or the line's end,
        # a label's colon, a line break, a table's cell gap
        ("Comment: HER2 |3+ cannot be excluded. ER 0", " HER2 3+ cannot be excluded"),
        ("HER2 |3+\nnot performed", "HER2 3+"),
        ("Excision |3+    not performed", "Excision 3+"),
        ("HER2 |3+ (positive).", "HER2 3+ (positive)"),
        # near-misses: a decimal, a time, a comma
        ("ratio |2.4 at 10:30, not confirmed", "ratio 2.4 at 10:30, not confirmed"),
        # the pattern does not know an abbreviation either: the gate blanks brackets first
        ("HER2 |3+ e.g. in the core", "HER2 3+ e.g"),
    ],
)
def test_pattern_stops(case: str, clause: str) -> None:
    assert _clause(case, doubt_words().doubt_clause_stop) == clause
