"""ER and PR as the report gives them for the tumour and sample it is about (report_words.TextFacts
er/pr): named values ("ER positive (95%)", "Estrogen receptor: negative"), a biomarker table's row,
a table with ER and PR columns, the shorthand "ER/PR/HER2: +/+/-", and the other samples' columns
on a receptor's row ("mixed" when the current values disagree).

A module of its own because reading the receptors is a job of its own, with its own layouts;
report_words.py reads the report's other facts and decides, for the summary too, which sentence's
receptors are this tumour's current ones (receptor_in_scope), which this module asks.
"""

from __future__ import annotations

import regex

from .report_words import _words, receptor_in_scope


def _sign(word: str) -> str:
    return "positive" if word.lower().startswith(("+", "pos")) else "negative"


def receptors(text: str) -> tuple[str | None, str | None]:
    """ER and PR as the report gives them for the tumour and sample it is about: "ER positive
    (95%)", "Estrogen receptor: negative", the shorthand "ER/PR/HER2: +/+/-" (whose third value is
    HER2, read by the engine), a biomarker table row (name, clone and description on wrapped lines,
    then the call), or a table with ER and PR columns. Values of another cancer or of the sample
    taken before treatment are left out (`receptor_in_scope`); "mixed" when the current values
    disagree (two tumours, two samples, or a row with one column per sample)."""
    w = _words()
    er, pr = named_receptor_calls(text)
    # the shorthand fills what no named value gives: a clinical line's "ER+/PR+/HER2-negative" may
    # be the earlier sample's, and the biomarker table's "PR negative, <1%" is this one's
    # (sentences13: devset14 b14-f02-05 showed PR positive beside the table's negative PR)
    short = next((m for m in w.receptor_shorthand.finditer(text) if receptor_in_scope(text, m.start())), None)
    if short:
        er, pr = er or _sign(short.group("er")), pr or _sign(short.group("pr"))
    return er, pr


def named_receptor_calls(text: str) -> tuple[str | None, str | None]:
    """ER and PR as a named value, a table row or table columns give them (`receptors` without
    the "ER+/PR+" shorthand, which may be an earlier sample's: summary_receptors.call_against_share)."""
    w = _words()
    er, pr = _named_receptors(w.receptor, text)
    if er is None or pr is None:
        row_er, row_pr = _named_receptors(w.receptor_row, text)
        er, pr = er or row_er, pr or row_pr
    return (er, pr) if er is not None or pr is not None else _receptor_columns(text)


def column_values(text: str, end: int) -> list[str]:
    """The further calls on a receptor's row after its first value, each after a column gap (two
    spaces, a tab or a bar), up to the next marker's name, the sentence end or the line end: other
    samples' columns ("ER        Positive, 90%        Negative, 0%"). "ER: Positive. Margins
    negative" and "ER positive, PR negative" have none."""
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    nxt = _words().receptor_name.search(rest)
    rest = rest[: nxt.start()] if nxt else rest
    rest = rest.split(". ")[0].split(";")[0]
    calls: list[str] = []
    last = 0
    for v in _words().receptor_value.finditer(rest):
        gap = rest[last : v.start()]
        if _words().control_value_before.search(gap):
            last = v.end()
            continue  # "internal control positive": the control's call, not a sample's (b13-f01-04)
        if "  " in gap or "\t" in gap or "|" in gap:
            calls.append(_call(v.group("value")))
        last = v.end()
    return calls


def _one_call(calls: list[str]) -> str:
    """One receptor's current value from every reading of it: the first, unless a reading says
    the opposite (positive beside negative: two samples or tumours that differ -> "mixed"); a "low
    positive" beside a "positive" is one result written two ways, not a disagreement."""
    signs = {call.removeprefix("low_") for call in calls}
    return calls[0] if len(signs) == 1 else "mixed"


def _named_receptors(pattern: regex.Pattern[str], text: str) -> tuple[str | None, str | None]:
    er: list[str] = []
    pr: list[str] = []
    for m in pattern.finditer(text):
        if not receptor_in_scope(text, m.start()) or _words().receptor_category.match(text, m.end()):
            continue  # another cancer's, the earlier sample's, or a kind of tumour ("ER-negative tumors")
        name = " ".join(m.group("name").lower().split())
        calls = [_call(m.group("value")), *column_values(text, m.end())]
        (er if name in ("er", "re") or "estr" in name else pr).extend(calls)
    return (_one_call(er) if er else None), (_one_call(pr) if pr else None)


def _call(word: str) -> str:
    """A receptor call in the summary's words: "POSITIVO", "pos" -> "positive", "neg" -> "negative";
    "Low positive" (1-10% of cells, facts.md §2) is kept as the report's own category."""
    words = word.lower().replace("-", " ").replace("0", "o").split()  # "p0sitive": a fax's O read as 0
    call = "positive" if words[-1].startswith("pos") else "negative"
    return f"low_{call}" if words[0] == "low" else call


def _receptor_columns(text: str) -> tuple[str | None, str | None]:
    """ER and PR from a table whose header names them as columns, one row per sample below it."""
    w = _words()
    head = w.receptor_columns.search(text)
    if head is None:
        return None, None
    rows: list[tuple[str, str]] = []
    for line in text[head.end() :].lstrip("\n").split("\n")[:8]:
        values = [m.group("value").lower() for m in w.receptor_value.finditer(line)]
        if len(values) < 2:
            break
        rows.append((values[0], values[1]))
    if not rows:
        return None, None

    def one(calls: set[str]) -> str:
        return calls.pop() if len(calls) == 1 else "mixed"

    return one({r[0] for r in rows}), one({r[1] for r in rows})
