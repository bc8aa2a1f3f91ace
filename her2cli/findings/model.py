"""The records the readers produce: a finding, the document's context, a section of text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# A form feed on its own line joins the pages, so that no line (and no quote) spans two pages.
PAGE_BREAK = "\n\f\n"
# The families of a finding that are a HER2 result of some sample (a mutation is not a HER2
# status): the readers that place, date or set aside a result look at these.
STATUS_FAMILIES = ("ihc", "ish", "ngs", "status_statement", "her2_low")
# The ISH result a lab's call word states ("positive" for an ISH is "amplified").
ISH_RESULT_OF_CALL = {"positive": "amplified", "negative": "not_amplified", "equivocal": "equivocal"}


@dataclass
class Finding:
    """One thing the report says about HER2 (or a mention that is not a result, with `reason`)."""

    family: str  # ihc | ish | ngs | mutation | her2_low | status_statement | mention
    page: int
    start: int  # offsets in the page's original text
    end: int
    quote: str
    match: str
    values: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None
    section: str | None = None
    order: int = 0  # position in the document: later findings come from later text
    view: str = "text"  # "layout" when read from pdfplumber's row-preserving view of the page
    confidence: float | None = None  # OCR pages: lowest word confidence (0-100) of the words used
    demoted_from: str | None = None  # OCR pages: the family of a result whose words were unclear
    nstart: int = field(default=-1, repr=False, compare=False)  # span in the normalized text
    nend: int = field(default=-1, repr=False, compare=False)
    # the sample it was measured on (findings.samples): a restated pre-treatment result, a label
    pre_treatment: bool = False
    specimen: str | None = None
    # a sample column's header says whether its results are restated from before treatment
    # (findings/samples_columns.py); None: no such column, the nearest cue decides
    column_pre_treatment: bool | None = None
    # an ISH count on a row labelled as the summary of the counts above it ("Combined:", "Overall")
    summary_count: bool = False
    # an earlier, quoted or withdrawn result beside the current one (findings/earlier.py)
    earlier: bool = False
    # one line's clauses name this value's sample: True an earlier one, False this one
    # ("amplified (biopsy 2020); not amplified (mastectomy)": findings/sample_clauses.py)
    clause_earlier: bool | None = field(default=None, repr=False, compare=False)
    # a later version of the report (a correction, an amended report) gives this test again
    # (findings/report_versions.py): set aside whatever the current value says
    replaced: bool = False

    def key(self) -> tuple[Any, ...]:
        return (
            self.family,
            self.page,
            self.quote,
            tuple(sorted((k, str(v)) for k, v in self.values.items())),
            self.reason,
            self.specimen,  # one value on one (run-on) line for two samples is two results
        )


@dataclass
class PageContext:
    """What is known about the whole document when a page is read."""

    cancer_type: str
    ngs_document: bool
    ctdna_document: bool
    ish_document: bool
    post_treatment: bool = False  # the report describes a sample taken after (neoadjuvant) treatment
    side: str | None = None  # left | right: the side the report's specimen is from, when it names one
    organ: str | None = None  # of an "other" cancer_type: its organ (lung, bladder ...), if clear


@dataclass
class Section:
    start: int
    kind: str  # methods | therapy | history | addendum | diagnosis | signature | other
