"""All rule patterns by name, compiled once per process with the `regex` module (bounded windows
only, no nested quantifiers: docs/performance.md), applied to normalized page text (normalize.py).
The patterns are records with examples in her2cli/data/rules/*.toml (rules/patterns.py); a field
`ihc_score` is the record with id "ihc-score", case-insensitive unless the record says otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .data import PATTERN_FLAGS, context_rules, family_patterns
from .prefilter import Shortcuts


# No generated __init__, __eq__ or __repr__: for ~220 fields, writing and compiling them cost
# ~5 ms of every process's start-up (one record per process, made by patterns.bind or loaded
# from the pattern cache, and compared by identity only).
@dataclass(frozen=True, init=False, eq=False, repr=False)
class Compiled:
    """Every pattern the readers use, by name."""

    her2: regex.Pattern[str]
    non_result_compound: regex.Pattern[str]
    other_marker_ci: regex.Pattern[str]
    other_marker_cs: regex.Pattern[str]
    marker_list_before: regex.Pattern[str]
    other_marker_clone_label: regex.Pattern[str]
    panel_gene: regex.Pattern[str]
    gene_like: regex.Pattern[str]
    negated_other_gene_line: regex.Pattern[str]
    symbol_accession_tail: regex.Pattern[str]
    chromosome17_probe: regex.Pattern[str]
    ihc_score: regex.Pattern[str]
    call_word: regex.Pattern[str]
    interpretation_row: regex.Pattern[str]
    criterion_lead: regex.Pattern[str]
    clone: regex.Pattern[str]
    percent: regex.Pattern[str]
    percent_of_cells: regex.Pattern[str]
    percent_rule_context: regex.Pattern[str]
    score_rule_context: regex.Pattern[str]
    score_key_words: regex.Pattern[str]
    score_said_of: regex.Pattern[str]
    score_label_line: regex.Pattern[str]
    label_score_options: regex.Pattern[str]
    checklist_bullet_options: regex.Pattern[str]
    checklist_pick_one: regex.Pattern[str]
    percent_row_label: regex.Pattern[str]
    percent_qualifier: regex.Pattern[str]
    no_staining: regex.Pattern[str]
    her2_low: regex.Pattern[str]
    her2_low_negated_before: regex.Pattern[str]
    her2_low_purpose_before: regex.Pattern[str]
    her2_low_purpose_after: regex.Pattern[str]
    ish_method: regex.Pattern[str]
    method_not_done: regex.Pattern[str]
    amp_word: regex.Pattern[str]
    contrast_cue: regex.Pattern[str]
    contrast_sample: regex.Pattern[str]
    every_area_amplified: regex.Pattern[str]
    area_not_amplified: regex.Pattern[str]
    ultralow_list_item: regex.Pattern[str]
    contrast_inner: regex.Pattern[str]
    amp_neg_before: regex.Pattern[str]
    amp_neg_after: regex.Pattern[str]
    amp_no_test_value: regex.Pattern[str]
    amp_labelled_pair: regex.Pattern[str]
    ratio_sample_pair: regex.Pattern[str]
    condition_after_value: regex.Pattern[str]
    threshold_staining_equals_score: regex.Pattern[str]
    gain_negated_value: regex.Pattern[str]
    key_row_cutoff: regex.Pattern[str]
    amp_hedge_after: regex.Pattern[str]
    amp_except_gene: regex.Pattern[str]
    amp_after_cutoff: regex.Pattern[str]
    amp_double_negated: regex.Pattern[str]
    amp_describes_cells: regex.Pattern[str]
    amp_called_positive: regex.Pattern[str]
    amp_pos_after: regex.Pattern[str]
    amp_pos_before: regex.Pattern[str]
    amp_equivocal: regex.Pattern[str]
    ish_workup_pending: regex.Pattern[str]
    amp_not_assessed: regex.Pattern[str]
    amp_test_noun_after: regex.Pattern[str]
    amp_test_noun_before: regex.Pattern[str]
    ratio: regex.Pattern[str]
    ratio_bare: regex.Pattern[str]
    threshold: regex.Pattern[str]
    threshold_expr: regex.Pattern[str]
    ish_copy: regex.Pattern[str]
    ish_copy_after: regex.Pattern[str]
    ish_cep17: regex.Pattern[str]
    ish_cells: regex.Pattern[str]
    ish_group: regex.Pattern[str]
    value_call_gap: regex.Pattern[str]
    criteria_aside: regex.Pattern[str]
    result_line_label: regex.Pattern[str]
    summary_column: regex.Pattern[str]
    summary_ratio_lead: regex.Pattern[str]
    summary_count_row: regex.Pattern[str]
    score_of_subpopulation: regex.Pattern[str]
    criteria_row_label: regex.Pattern[str]
    labelled_result_line: regex.Pattern[str]
    final_status_label: regex.Pattern[str]
    amp_defined_after: regex.Pattern[str]
    single_probe: regex.Pattern[str]
    ngs_cue: regex.Pattern[str]
    protein_not_tested: regex.Pattern[str]
    ctdna_cue: regex.Pattern[str]
    letter_spaced_word: regex.Pattern[str]
    blood_sample_line: regex.Pattern[str]
    matched_normal_sample: regex.Pattern[str]
    lab_call_lead: regex.Pattern[str]
    gain_below_threshold: regex.Pattern[str]
    result_block_label: regex.Pattern[str]
    numeric_cells_gap: regex.Pattern[str]
    amp_qualifier_gap: regex.Pattern[str]
    kv_gene_key: regex.Pattern[str]
    kv_call_gap: regex.Pattern[str]
    kv_call_voided: regex.Pattern[str]
    no_alterations_detected: regex.Pattern[str]
    copy_number_list_label: regex.Pattern[str]
    copy_number: regex.Pattern[str]
    adjusted_copy_number: regex.Pattern[str]
    protein_change: regex.Pattern[str]
    exon20: regex.Pattern[str]
    vus: regex.Pattern[str]
    vus_heading_line: regex.Pattern[str]
    tested_list_heading: regex.Pattern[str]
    methods_heading_line: regex.Pattern[str]
    context: dict[str, regex.Pattern[str]]
    section_header: regex.Pattern[str]
    section_kinds: tuple[tuple[regex.Pattern[str], str], ...]
    revision: regex.Pattern[str]
    current_version_heading: regex.Pattern[str]
    her2_retest_advised: regex.Pattern[str]
    pending_test_words: regex.Pattern[str]
    choice_list: regex.Pattern[str]
    site_words: dict[str, regex.Pattern[str]]
    cancer_phrase: dict[str, regex.Pattern[str]]
    organ_words: dict[str, regex.Pattern[str]]
    diagnosis_line: regex.Pattern[str]
    specimen_side: regex.Pattern[str]
    side_word: regex.Pattern[str]
    ras_gene: regex.Pattern[str]
    call_names_a_mutation: regex.Pattern[str]
    diagnostic_panel_marker: regex.Pattern[str]
    predictive_panel_marker: regex.Pattern[str]
    wild_type: regex.Pattern[str]
    mutant: regex.Pattern[str]
    msi: regex.Pattern[str]
    mmr: regex.Pattern[str]
    sentence_end: regex.Pattern[str]
    year: regex.Pattern[str]
    row_date: regex.Pattern[str]
    site_negated_before: regex.Pattern[str]
    site_indication_before: regex.Pattern[str]
    site_in_question: regex.Pattern[str]
    site_spread_before: regex.Pattern[str]
    site_spread_after: regex.Pattern[str]
    breast_metastasis_origin: regex.Pattern[str]
    breast_test_word: regex.Pattern[str]
    legend_heading: regex.Pattern[str]
    specimen_row: regex.Pattern[str]
    stain_repeated: regex.Pattern[str]
    repeat_per_protocol: regex.Pattern[str]
    # formerly inline in the readers
    ihc_word: regex.Pattern[str]
    score_alternatives: regex.Pattern[str]
    score_disjunction: regex.Pattern[str]
    generic_article_before_name: regex.Pattern[str]
    class_criteria_after_name: regex.Pattern[str]
    own_tumour_before_name: regex.Pattern[str]
    result_alternatives: regex.Pattern[str]
    approval_words: regex.Pattern[str]
    condition_opening: regex.Pattern[str]
    condition_inside: regex.Pattern[str]
    withdrawn_after_value: regex.Pattern[str]
    category_definition: regex.Pattern[str]
    call_negated: regex.Pattern[str]
    overall_score: regex.Pattern[str]
    reader_score_label: regex.Pattern[str]
    machine_score_cue: regex.Pattern[str]
    legend_stop: regex.Pattern[str]
    scale_range: regex.Pattern[str]
    cutoff_number: regex.Pattern[str]
    score_as_threshold: regex.Pattern[str]
    score_defined_as_staining: regex.Pattern[str]
    key_row_staining: regex.Pattern[str]
    key_row_plain_share: regex.Pattern[str]
    score_defined_as_category: regex.Pattern[str]
    ngs_not_done_after: regex.Pattern[str]
    footnote_call: regex.Pattern[str]
    call_denied_after: regex.Pattern[str]
    score_versus: regex.Pattern[str]
    required_after_score: regex.Pattern[str]
    replaced_score: regex.Pattern[str]
    no_result_after_name: regex.Pattern[str]
    now_score_lead: regex.Pattern[str]
    own_tumour_score_lead: regex.Pattern[str]
    own_lead_clause_end: regex.Pattern[str]
    relative_attributed_after: regex.Pattern[str]
    relative_list_item: regex.Pattern[str]
    remainder_score: regex.Pattern[str]
    share_none_row: regex.Pattern[str]
    answered_no_after_score: regex.Pattern[str]
    block_part_tail: regex.Pattern[str]
    not_done_after_score: regex.Pattern[str]
    footnote_mark: regex.Pattern[str]
    probe_pair_header: regex.Pattern[str]
    negated_score: regex.Pattern[str]
    ish_cross_reference: regex.Pattern[str]
    ratio_derived: regex.Pattern[str]
    ratio_measured_after: regex.Pattern[str]
    negation_word: regex.Pattern[str]
    cn_table_row: regex.Pattern[str]
    row_label: regex.Pattern[str]
    row_label_not_result: regex.Pattern[str]
    word_in_gap: regex.Pattern[str]
    prose_after_amp: regex.Pattern[str]
    variant_negated: regex.Pattern[str]
    exon20_negated: regex.Pattern[str]
    negated_list_opening: regex.Pattern[str]
    variant_not_found: regex.Pattern[str]
    adjective_lead: regex.Pattern[str]
    cancer_noun_after: regex.Pattern[str]
    dangling_word: regex.Pattern[str]
    junction: regex.Pattern[str]
    digit_run: regex.Pattern[str]
    generic_population_before: regex.Pattern[str]
    gene_list_joiners: regex.Pattern[str]
    no_mutations_in_list: regex.Pattern[str]
    gene_negated_before: regex.Pattern[str]
    gene_mutation_noun_after: regex.Pattern[str]
    msi_negated_before: regex.Pattern[str]
    msi_negated_after: regex.Pattern[str]
    mmr_loss_row: regex.Pattern[str]
    msi_low_stable_pair: regex.Pattern[str]
    variant_negated_before: regex.Pattern[str]
    variant_negated_after: regex.Pattern[str]
    generic_population_after: regex.Pattern[str]
    marker_state_condition_after: regex.Pattern[str]
    lab_policy: regex.Pattern[str]
    drug_label_before: regex.Pattern[str]
    negative_not_excluding: regex.Pattern[str]
    caveat_markers: regex.Pattern[str]
    variants_tested_before: regex.Pattern[str]
    variants_tested_after: regex.Pattern[str]
    no_alterations_heading: regex.Pattern[str]
    vus_heading: regex.Pattern[str]
    not_detected_heading: regex.Pattern[str]
    list_wraps_on: regex.Pattern[str]
    negative_list_label: regex.Pattern[str]
    other_list_heading: regex.Pattern[str]
    detected_list_heading: regex.Pattern[str]
    tissue_source: regex.Pattern[str]
    tissue_row_cell: regex.Pattern[str]
    row_leader: regex.Pattern[str]
    state_population_after: regex.Pattern[str]
    generic_statement_lead: regex.Pattern[str]
    inferred_state_before: regex.Pattern[str]
    marker_method_lead: regex.Pattern[str]
    marker_withdrawn: regex.Pattern[str]
    marker_withdrawn_other: regex.Pattern[str]
    marker_legend_lead: regex.Pattern[str]
    marker_definition_after: regex.Pattern[str]
    related_vus: regex.Pattern[str]
    marker_control_after: regex.Pattern[str]
    marker_no_result_after: regex.Pattern[str]
    marker_prevalence_after: regex.Pattern[str]
    marker_condition_after: regex.Pattern[str]
    marker_unknown_after: regex.Pattern[str]
    variant_wild_type_gloss_after: regex.Pattern[str]
    marker_value_line_label: regex.Pattern[str]
    variant_negated_before_gene: regex.Pattern[str]
    related_ocr_folds: tuple[tuple[regex.Pattern[str], str], ...]
    results_label: regex.Pattern[str]
    call_gap_blocker: regex.Pattern[str]
    germline_test: regex.Pattern[str]
    ish_method_spanish: regex.Pattern[str]
    amp_gene_list_type: regex.Pattern[str]
    amp_gene_list_type_before: regex.Pattern[str]
    blood_no_alterations_before: regex.Pattern[str]
    blood_no_alterations_after: regex.Pattern[str]
    blood_no_alterations_part: regex.Pattern[str]
    germline_test_blocker: regex.Pattern[str]
    defined_after_call: regex.Pattern[str]
    not_detected_call: regex.Pattern[str]
    detection_call: regex.Pattern[str]
    interpreted_as: regex.Pattern[str]
    call_before_name: regex.Pattern[str]
    statement_negated_before: regex.Pattern[str]
    overexpression_before_name: regex.Pattern[str]
    no_expression_before: regex.Pattern[str]
    expression_after: regex.Pattern[str]
    sign_after_name: regex.Pattern[str]
    dash_at_line_end: regex.Pattern[str]
    by_ish_after: regex.Pattern[str]
    ihc_between: regex.Pattern[str]
    by_ihc_after: regex.Pattern[str]
    from_before: regex.Pattern[str]
    to_between: regex.Pattern[str]
    column_gap: regex.Pattern[str]
    row_cell_gap: regex.Pattern[str]
    labelled_value_mark: regex.Pattern[str]
    table_cell: regex.Pattern[str]
    value_cell: regex.Pattern[str]
    empty_value_cell: regex.Pattern[str]
    control_header_cell: regex.Pattern[str]
    trial_table_header: regex.Pattern[str]
    version_cell_current: regex.Pattern[str]
    version_cell_earlier: regex.Pattern[str]
    reference_column_header: regex.Pattern[str]
    version_heading: regex.Pattern[str]
    version_heading_verb: regex.Pattern[str]
    version_void: regex.Pattern[str]
    version_comment_only: regex.Pattern[str]
    version_revised_value: regex.Pattern[str]
    version_date: regex.Pattern[str]
    version_number: regex.Pattern[str]
    version_cue: regex.Pattern[str]
    version_withdrawn: regex.Pattern[str]
    replaces_after_value: regex.Pattern[str]
    revised_label_before_value: regex.Pattern[str]
    replaced_by_before_value: regex.Pattern[str]
    void_after_value: regex.Pattern[str]
    bare_score: regex.Pattern[str]
    measure_header: regex.Pattern[str]
    ratio_header: regex.Pattern[str]
    per_cell_row: regex.Pattern[str]
    summary_row_label: regex.Pattern[str]
    value_between: regex.Pattern[str]
    cell_number: regex.Pattern[str]
    cell_decimal: regex.Pattern[str]
    checkbox: regex.Pattern[str]
    option_end: regex.Pattern[str]
    checklist_item_value: regex.Pattern[str]
    checkbox_options_label: regex.Pattern[str]
    checkbox_header_line: regex.Pattern[str]
    abbreviation_key: regex.Pattern[str]
    column_mark: regex.Pattern[str]
    see_comment: regex.Pattern[str]
    result_anaphor: regex.Pattern[str]
    void_verdict_lead: regex.Pattern[str]
    decal_retest_advised: regex.Pattern[str]
    control_word: regex.Pattern[str]
    control_before_score: regex.Pattern[str]
    control_after_score: regex.Pattern[str]
    control_field_key: regex.Pattern[str]
    disregarded_after_value: regex.Pattern[str]
    value_disowned: regex.Pattern[str]
    in_situ_before_score: regex.Pattern[str]
    in_situ_after_score: regex.Pattern[str]
    criteria_heading: regex.Pattern[str]
    amp_both_poles: regex.Pattern[str]
    labelled_row: regex.Pattern[str]
    fax_word: regex.Pattern[str]
    fax_between_letters: regex.Pattern[str]
    fax_i_word: regex.Pattern[str]
    tissue_item_label: regex.Pattern[str]
    no_amplification_lead: regex.Pattern[str]
    amp_list_label: regex.Pattern[str]
    capability_lead: regex.Pattern[str]
    capability_gap_verb: regex.Pattern[str]
    capability_object: regex.Pattern[str]
    list_exception: regex.Pattern[str]
    copy_number_heading: regex.Pattern[str]
    fax_staging: regex.Pattern[str]
    fax_decimal_letter: regex.Pattern[str]
    fax_decimal_o: regex.Pattern[str]
    fax_score_letter: regex.Pattern[str]
    spelled_zero: regex.Pattern[str]
    fax_score_o: regex.Pattern[str]
    fax_negation_not: regex.Pattern[str]
    overall_ish_result: regex.Pattern[str]
    ish_result_words: dict[str, regex.Pattern[str]]  # ISH result -> the words that state it
    # how the fast path runs a pattern whose records declare `requires` or `starts` (prefilter.py)
    shortcuts: Shortcuts


# The pattern files whose records are Compiled's fields (data/rules/<name>.toml).
PATTERN_FILES = ("names", "ihc", "ish", "ngs", "sections", "document", "statement")


@cache
def compiled() -> Compiled:
    """All patterns, read from the rule files and compiled once per process (the loader is
    imported here, not at the top: importing the package reads and compiles nothing). A process
    that finds the pattern cache loads the record built by an earlier one (rules/cache.py,
    snapshots: the same rule files and code) instead of reading, checking and binding every
    record again."""
    from . import cache as pattern_cache

    kept = pattern_cache.snapshot("compiled")
    if isinstance(kept, Compiled):
        return kept
    c = _build()
    pattern_cache.keep_snapshot("compiled", c)
    if pattern_cache.enabled():
        if not pattern_cache.found():
            # no cache file for these rules yet: compile the other rule files too, once, so
            # that the next run finds every pattern it may need in the file
            compile_rule_files()
        pattern_cache.save()
    return c


def _build() -> Compiled:
    """Compiled from the rule files: read, checked and bound."""
    from . import cache as pattern_cache
    from .patterns import bind, pattern_file
    from .shortcut_map import shortcuts

    sections = pattern_file("sections")
    document = pattern_file("document")
    return bind(
        Compiled,
        PATTERN_FILES,
        context={
            name: pattern_cache.compile_pattern(p, PATTERN_FLAGS)
            for name, p in family_patterns(context_rules()).items()
        },
        section_kinds=tuple((pattern, kind) for kind, pattern in sections.listed("section-kind")),
        site_words=dict(document.listed("site-word")),
        cancer_phrase=dict(document.listed("cancer-phrase")),
        organ_words=dict(document.listed("organ-word")),
        ish_result_words=dict(pattern_file("ish").listed("ish-result")),
        related_ocr_folds=tuple((pattern, letter) for letter, pattern in document.listed("related-ocr-fold")),
        shortcuts=shortcuts(PATTERN_FILES),
    )


def compile_rule_files() -> tuple[str, ...]:
    """Read, check and compile every rule file now (all but the context rules and the files of
    compiled(), which it needs first), and name the pattern files read."""
    from ..data_files import file_names, read_text
    from .patterns import pattern_file
    from .samples import samples
    from .text import text_patterns

    samples()
    text_patterns()
    names = sorted(
        name.removesuffix(".toml")
        for name in file_names("data", "rules")
        if name.endswith(".toml") and "[[pattern]]" in read_text("data", "rules", name)
    )
    for name in names:
        pattern_file(name)
    return tuple(names)
