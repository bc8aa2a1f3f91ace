"""Which sample a result was measured on (issue 11, families 1 and 6).

A report may give HER2 for several samples: the biopsy before neoadjuvant treatment (restated)
and the residual tumor now; a core biopsy and the excision; two tumors; a primary and a
metastasis. Each result finding gets

- `pre_treatment`: the result is restated from a sample taken before treatment - history for a
  report on the sample after treatment (docs/clinical-rules.md §11);
- `specimen`: the label the report gives its sample ("A", "Part 2", "Liver metastasis") on the
  result's own line or on a label line above it in the same paragraph.

The sample cue nearest before the value decides, within its paragraph, so a table row or bullet
that names its own sample is not overruled by the row above.
"""

from __future__ import annotations

from ..rules.samples import SampleRules, samples
from .model import Finding
from .scope import line_end

PARAGRAPH_BACK = 400  # characters before a value where its sample may be named
RESULT_FAMILIES = ("ihc", "ish", "ngs", "status_statement", "her2_low", "mutation")


def paragraph_start(text: str, pos: int, r: SampleRules) -> int:
    """Where the paragraph holding `pos` starts (after the last blank line), at most PARAGRAPH_BACK back."""
    floor = max(0, pos - PARAGRAPH_BACK)
    last = None
    for m in r.blank_line.finditer(text, floor, pos):
        last = m
    return last.end() if last else floor


def is_pre_treatment(
    text: str, value_end: int, post_treatment_report: bool, r: SampleRules, in_history: bool = False
) -> bool:
    """The nearest sample cue before the value, in its paragraph, says "before treatment". In a
    report on the sample after treatment, a first/diagnostic/outside biopsy, a history heading
    ("CLINICAL HISTORY:", "Antecedente:") and the history section itself (a heading on its own
    line, "CLINICAL HISTORY" with no colon) are such cues too: the section's cue stands at the
    paragraph's start, so a "residual"/"after treatment" cue before the value still wins."""
    lo = paragraph_start(text, value_end, r)
    last_pre = max((m.end() for m in r.pre_treatment.finditer(text, lo, value_end)), default=-1)
    if post_treatment_report:
        earlier = (r.first_biopsy, r.history_heading)
        last_pre = max([last_pre] + [m.end() for p in earlier for m in p.finditer(text, lo, value_end)])
        if in_history:
            last_pre = max(last_pre, lo)
    if last_pre < 0:
        return False
    last_current = max((m.end() for m in r.current_sample.finditer(text, lo, value_end)), default=-1)
    return last_pre > last_current


def specimen_label(text: str, value_pos: int, r: SampleRules) -> str | None:
    """The label of the sample on the value's line, else on a line above it in its paragraph."""
    lo = paragraph_start(text, value_pos, r)
    floor = max(0, lo - 1)  # the newline that ends the line before the paragraph, if any
    pos = text.rfind("\n", floor, value_pos) + 1
    while pos >= lo:
        m = r.line_label.match(text, pos, line_end(text, pos))
        if m:
            return " ".join(m.group("label").strip(" \t().:-").split())
        if pos == 0:
            return None
        pos = text.rfind("\n", floor, pos - 1) + 1
    return None


def post_treatment_report(text: str) -> bool:
    return bool(samples().post_treatment_report.search(text))


def attribute_samples(text: str, findings: list[Finding], post_treatment: bool) -> None:
    """Set `pre_treatment` and `specimen` on every result finding read from `text`."""
    r = samples()
    for f in findings:
        if f.family not in RESULT_FAMILIES or f.nend < 0:
            continue
        # only a report on the sample after treatment restates a pre-treatment result; in the
        # biopsy taken before treatment, "prior to neoadjuvant therapy" describes the current sample
        f.pre_treatment = post_treatment and is_pre_treatment(text, f.nend, post_treatment, r, f.section == "history")
        f.specimen = specimen_label(text, max(f.nstart, f.nend - 1), r)
