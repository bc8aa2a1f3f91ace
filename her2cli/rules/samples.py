"""Which sample a result was measured on (issue 11, families 1 and 6): cues for a result restated
from before treatment, for the sample after treatment, and specimen labels at a line's start.

The patterns are records with examples in her2cli/data/rules/samples.toml; `samples()` compiles
them once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex


@dataclass(frozen=True, init=False, eq=False, repr=False)
class SampleRules:
    """The sample cues, by name (made by patterns.bind: no generated __init__, __eq__ or __repr__,
    which cost start-up time; rules/compiled.py)."""

    pre_treatment: regex.Pattern[str]
    first_biopsy: regex.Pattern[str]
    earlier_sample: regex.Pattern[str]
    comparison_lead: regex.Pattern[str]
    history_heading: regex.Pattern[str]
    current_sample: regex.Pattern[str]
    sample_noun: regex.Pattern[str]
    earlier_result: regex.Pattern[str]
    current_row: regex.Pattern[str]
    labelled_sample_row: regex.Pattern[str]
    row_current_mark: regex.Pattern[str]
    row_sample_word: regex.Pattern[str]
    pending_here: regex.Pattern[str]
    post_treatment_report: regex.Pattern[str]
    untested_sample_status: regex.Pattern[str]
    relapse_sample: regex.Pattern[str]
    past_treatment: regex.Pattern[str]
    no_prior_treatment: regex.Pattern[str]
    dated_primary: regex.Pattern[str]
    year: regex.Pattern[str]  # data/rules/document.toml
    line_label: regex.Pattern[str]
    lettered_test_line: regex.Pattern[str]
    lettered_sample_line: regex.Pattern[str]
    sample_list_line: regex.Pattern[str]
    case_list_item: regex.Pattern[str]
    case_list_self: regex.Pattern[str]
    case_list_named_self: regex.Pattern[str]
    blank_line: regex.Pattern[str]
    sample_noun_after: regex.Pattern[str]
    sample_noun_before: regex.Pattern[str]
    earlier_cue_after: regex.Pattern[str]
    inline_label: regex.Pattern[str]
    prose_sample: regex.Pattern[str]
    item_start: regex.Pattern[str]
    column_sample_name: regex.Pattern[str]
    column_current: regex.Pattern[str]
    column_other_lab: regex.Pattern[str]
    column_our_lab: regex.Pattern[str]
    cell_score: regex.Pattern[str]
    representative_sample: regex.Pattern[str]
    sample_column_header: regex.Pattern[str]
    row_id_cell: regex.Pattern[str]
    row_name_cell: regex.Pattern[str]
    drawn_heading: regex.Pattern[str]
    year_after_value: regex.Pattern[str]
    year_sample_after_value: regex.Pattern[str]
    biopsy_year_bracket_after_value: regex.Pattern[str]
    earlier_tumour_word: regex.Pattern[str]
    own_test_not_done: regex.Pattern[str]
    outside_unreviewed: regex.Pattern[str]
    comparison_part: regex.Pattern[str]
    table_cell: regex.Pattern[str]  # data/rules/document.toml: cells two or more spaces apart


@cache
def samples() -> SampleRules:
    """The sample cues of data/rules/samples.toml, compiled once per process."""
    from .patterns import bind

    return bind(SampleRules, ("samples", "document"))
