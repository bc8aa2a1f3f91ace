"""All rule patterns compiled once per process with the `regex` module (bounded windows only,
no nested quantifiers: docs/performance.md), applied to normalized page text (normalize.py),
case-insensitively unless a rule says otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from . import context, document, ihc, ish, names, ngs, statement
from .data import PATTERN_FLAGS, context_rules, family_patterns

FLAGS = regex.IGNORECASE | regex.VERBOSE


@dataclass(frozen=True)
class Compiled:
    her2: regex.Pattern[str]
    non_result_compound: regex.Pattern[str]
    other_marker_ci: regex.Pattern[str]
    other_marker_cs: regex.Pattern[str]
    panel_gene: regex.Pattern[str]
    gene_like: regex.Pattern[str]
    ihc_score: regex.Pattern[str]
    call_word: regex.Pattern[str]
    clone: regex.Pattern[str]
    percent: regex.Pattern[str]
    percent_of_cells: regex.Pattern[str]
    percent_rule_context: regex.Pattern[str]
    score_rule_context: regex.Pattern[str]
    percent_row_label: regex.Pattern[str]
    percent_qualifier: regex.Pattern[str]
    no_staining: regex.Pattern[str]
    her2_low: regex.Pattern[str]
    ish_method: regex.Pattern[str]
    amp_word: regex.Pattern[str]
    amp_neg_before: regex.Pattern[str]
    amp_neg_after: regex.Pattern[str]
    amp_pos_after: regex.Pattern[str]
    amp_pos_before: regex.Pattern[str]
    amp_equivocal: regex.Pattern[str]
    ratio: regex.Pattern[str]
    ratio_bare: regex.Pattern[str]
    threshold: regex.Pattern[str]
    threshold_expr: regex.Pattern[str]
    ish_copy: regex.Pattern[str]
    ish_copy_after: regex.Pattern[str]
    ish_cep17: regex.Pattern[str]
    ish_cells: regex.Pattern[str]
    ish_group: regex.Pattern[str]
    ngs_cue: regex.Pattern[str]
    ctdna_cue: regex.Pattern[str]
    copy_number: regex.Pattern[str]
    protein_change: regex.Pattern[str]
    exon20: regex.Pattern[str]
    vus: regex.Pattern[str]
    context: dict[str, regex.Pattern[str]]
    section_header: regex.Pattern[str]
    section_kinds: tuple[tuple[regex.Pattern[str], str], ...]
    revision: regex.Pattern[str]
    choice_list: regex.Pattern[str]
    site_words: dict[str, regex.Pattern[str]]
    cancer_phrase: dict[str, regex.Pattern[str]]
    diagnosis_line: regex.Pattern[str]
    ras_gene: regex.Pattern[str]
    wild_type: regex.Pattern[str]
    mutant: regex.Pattern[str]
    msi: regex.Pattern[str]
    mmr: regex.Pattern[str]
    sentence_end: regex.Pattern[str]
    specimen_row: regex.Pattern[str]
    # formerly inline in the readers
    ihc_word: regex.Pattern[str]
    score_alternatives: regex.Pattern[str]
    legend_stop: regex.Pattern[str]
    cutoff_number: regex.Pattern[str]
    score_as_threshold: regex.Pattern[str]
    ratio_derived: regex.Pattern[str]
    negation_word: regex.Pattern[str]
    cn_table_row: regex.Pattern[str]
    row_label: regex.Pattern[str]
    word_in_gap: regex.Pattern[str]
    prose_after_amp: regex.Pattern[str]
    variant_negated: regex.Pattern[str]
    exon20_negated: regex.Pattern[str]
    variant_not_found: regex.Pattern[str]
    adjective_lead: regex.Pattern[str]
    cancer_noun_after: regex.Pattern[str]
    dangling_word: regex.Pattern[str]
    junction: regex.Pattern[str]
    digit_run: regex.Pattern[str]
    generic_population_before: regex.Pattern[str]
    gene_list_joiners: regex.Pattern[str]
    no_mutations_in_list: regex.Pattern[str]
    msi_negated_before: regex.Pattern[str]
    msi_negated_after: regex.Pattern[str]
    variant_negated_before: regex.Pattern[str]
    variant_negated_after: regex.Pattern[str]
    generic_population_after: regex.Pattern[str]
    negative_not_excluding: regex.Pattern[str]
    caveat_markers: regex.Pattern[str]
    variants_tested_before: regex.Pattern[str]
    variants_tested_after: regex.Pattern[str]
    no_alterations_heading: regex.Pattern[str]
    state_population_after: regex.Pattern[str]
    vus_heading: regex.Pattern[str]
    related_ocr_folds: tuple[tuple[regex.Pattern[str], str], ...]
    results_label: regex.Pattern[str]
    call_gap_blocker: regex.Pattern[str]
    interpreted_as: regex.Pattern[str]
    call_before_name: regex.Pattern[str]
    overexpression_before_name: regex.Pattern[str]
    no_expression_before: regex.Pattern[str]
    expression_after: regex.Pattern[str]
    sign_after_name: regex.Pattern[str]
    dash_at_line_end: regex.Pattern[str]
    by_ish_after: regex.Pattern[str]
    ihc_between: regex.Pattern[str]
    by_ihc_after: regex.Pattern[str]


def _c(pattern: str, flags: int = FLAGS) -> regex.Pattern[str]:
    return regex.compile(pattern, flags)


@cache
def compiled() -> Compiled:
    """All patterns, compiled once per process."""
    gene_alt = "|".join(names.PANEL_GENES)
    return Compiled(
        her2=_c(names.HER2_NAME),
        non_result_compound=_c(names.HER2_NON_RESULT_COMPOUND),
        other_marker_ci=_c(names.OTHER_MARKER_CI),
        other_marker_cs=_c(names.OTHER_MARKER_CS, regex.VERBOSE),
        panel_gene=_c(rf"(?<![A-Za-z0-9])(?:{gene_alt})(?![A-Za-z0-9])", regex.VERBOSE),
        gene_like=_c(names.GENE_LIKE, regex.VERBOSE),
        ihc_score=_c(ihc.IHC_SCORE),
        call_word=_c(ihc.CALL_WORD),
        clone=_c(ihc.IHC_CLONE),
        percent=_c(ihc.PERCENT_CELLS),
        percent_of_cells=_c(ihc.PERCENT_OF_CELLS),
        percent_rule_context=_c(ihc.PERCENT_RULE_CONTEXT),
        score_rule_context=_c(ihc.SCORE_RULE_CONTEXT),
        percent_row_label=_c(ihc.PERCENT_ROW_LABEL),
        percent_qualifier=_c(ihc.PERCENT_QUALIFIER),
        no_staining=_c(ihc.NO_STAINING),
        her2_low=_c(ihc.HER2_LOW),
        ish_method=_c(ish.ISH_METHOD, regex.VERBOSE),
        amp_word=_c(ish.AMPLIFICATION_WORD),
        amp_neg_before=_c(ish.AMP_NEGATION_BEFORE),
        amp_neg_after=_c(ish.AMP_NEGATION_AFTER),
        amp_pos_after=_c(ish.AMP_POSITIVE_AFTER),
        amp_pos_before=_c(ish.AMP_POSITIVE_BEFORE),
        amp_equivocal=_c(ish.AMP_EQUIVOCAL_NEAR),
        ratio=_c(ish.ISH_RATIO),
        ratio_bare=_c(ish.ISH_RATIO_BARE),
        threshold=_c(ish.THRESHOLD_WORDS),
        threshold_expr=_c(ish.THRESHOLD_EXPR),
        ish_copy=_c(ish.ISH_COPY_NUMBER),
        ish_copy_after=_c(ish.ISH_COPY_NUMBER_AFTER),
        ish_cep17=_c(ish.ISH_CEP17),
        ish_cells=_c(ish.ISH_CELLS),
        ish_group=_c(ish.ISH_GROUP),
        ngs_cue=_c(ngs.NGS_CUE),
        ctdna_cue=_c(ngs.CTDNA_CUE),
        copy_number=_c(ngs.COPY_NUMBER),
        protein_change=_c(ngs.PROTEIN_CHANGE, regex.VERBOSE),
        exon20=_c(ngs.EXON20_INSERTION),
        vus=_c(ngs.VUS),
        context={name: _c(p, PATTERN_FLAGS) for name, p in family_patterns(context_rules()).items()},
        section_header=_c(context.SECTION_HEADER, FLAGS | regex.MULTILINE),
        section_kinds=tuple((_c(p), kind) for p, kind in context.SECTION_KINDS),
        revision=_c(context.REVISION),
        choice_list=_c(context.CHOICE_LIST),
        site_words={
            k: _c(rf"(?<![A-Za-z])(?:{v})(?![A-Za-z])") for k, v in document.CANCER_SITE_WORDS.items()
        },
        cancer_phrase={
            k: _c(
                rf"(?<![A-Za-z])(?:(?:{v})(?:\s+\w+){{0,2}}[,:;\s][^\n.]{{0,50}}?(?:{document.CANCER_NOUN})|(?:{v})\s+(?:\w+\s+){{0,2}}(?:{document.CANCER_NOUN})|(?:{document.CANCER_NOUN})\s+(?:of|from|in|involving)\s+(?:the\s+)?(?:\w+\s+){{0,2}}(?:{v}))(?![A-Za-z])"
            )
            for k, v in document.CANCER_SITE_WORDS.items()
        },
        diagnosis_line=_c(document.DIAGNOSIS_LINE, FLAGS | regex.MULTILINE),
        ras_gene=_c(document.RAS_GENE, regex.VERBOSE),
        wild_type=_c(document.WILD_TYPE),
        mutant=_c(document.MUTANT),
        msi=_c(document.MSI),
        mmr=_c(document.MMR),
        sentence_end=_c(document.SENTENCE_END, regex.VERBOSE),
        specimen_row=_c(document.SPECIMEN_ROW, FLAGS | regex.MULTILINE),
        ihc_word=_c(ihc.IHC_WORD, regex.IGNORECASE),
        score_alternatives=_c(ihc.SCORE_ALTERNATIVES, 0),
        legend_stop=_c(ihc.LEGEND_STOP, 0),
        cutoff_number=_c(ihc.CUTOFF_NUMBER, 0),
        score_as_threshold=_c(ihc.SCORE_AS_THRESHOLD),
        ratio_derived=_c(ish.RATIO_DERIVED, regex.IGNORECASE),
        negation_word=_c(ish.NEGATION_WORD, regex.IGNORECASE),
        cn_table_row=_c(ngs.CN_TABLE_ROW, regex.IGNORECASE),
        row_label=_c(ngs.ROW_LABEL, regex.IGNORECASE),
        word_in_gap=_c(ngs.WORD_IN_GAP, regex.IGNORECASE),
        prose_after_amp=_c(ngs.PROSE_AFTER_AMP, regex.IGNORECASE),
        variant_negated=_c(ngs.VARIANT_NEGATED, regex.IGNORECASE),
        exon20_negated=_c(ngs.EXON20_NEGATED, regex.IGNORECASE),
        variant_not_found=_c(ngs.VARIANT_NOT_FOUND, regex.IGNORECASE),
        adjective_lead=_c(context.ADJECTIVE_LEAD, regex.IGNORECASE),
        cancer_noun_after=_c(context.CANCER_NOUN_AFTER, regex.IGNORECASE),
        dangling_word=_c(context.DANGLING_WORD, regex.IGNORECASE),
        junction=_c(document.JUNCTION, regex.IGNORECASE),
        digit_run=_c(document.DIGIT_RUN, 0),
        generic_population_before=_c(document.GENERIC_POPULATION_BEFORE, regex.IGNORECASE),
        gene_list_joiners=_c(document.GENE_LIST_JOINERS, regex.IGNORECASE),
        no_mutations_in_list=_c(document.NO_MUTATIONS_IN_LIST, regex.IGNORECASE),
        msi_negated_before=_c(document.MSI_NEGATED_BEFORE, regex.IGNORECASE),
        msi_negated_after=_c(document.MSI_NEGATED_AFTER, regex.IGNORECASE),
        variant_negated_before=_c(document.VARIANT_NEGATED_BEFORE, regex.IGNORECASE),
        variant_negated_after=_c(document.VARIANT_NEGATED_AFTER, regex.IGNORECASE),
        generic_population_after=_c(document.GENERIC_POPULATION_AFTER, regex.IGNORECASE),
        negative_not_excluding=_c(document.NEGATIVE_NOT_EXCLUDING, regex.IGNORECASE),
        caveat_markers=_c(document.CAVEAT_MARKERS, regex.IGNORECASE),
        variants_tested_before=_c(document.VARIANTS_TESTED_BEFORE, regex.IGNORECASE),
        variants_tested_after=_c(document.VARIANTS_TESTED_AFTER, regex.IGNORECASE),
        no_alterations_heading=_c(document.NO_ALTERATIONS_HEADING, regex.IGNORECASE | regex.MULTILINE),
        state_population_after=_c(document.STATE_POPULATION_AFTER, regex.IGNORECASE),
        vus_heading=_c(document.VUS_HEADING, regex.IGNORECASE | regex.MULTILINE),
        related_ocr_folds=tuple((_c(p, 0), letter) for p, letter in document.RELATED_OCR_FOLDS),
        results_label=_c(statement.RESULTS_LABEL, regex.IGNORECASE),
        call_gap_blocker=_c(statement.CALL_GAP_BLOCKER, regex.IGNORECASE),
        interpreted_as=_c(statement.INTERPRETED_AS + ihc.CALL_WORD),
        call_before_name=_c(statement.CALL_BEFORE_NAME, regex.IGNORECASE),
        overexpression_before_name=_c(statement.OVEREXPRESSION_BEFORE_NAME, regex.IGNORECASE),
        no_expression_before=_c(statement.NO_EXPRESSION_BEFORE, regex.IGNORECASE),
        expression_after=_c(statement.EXPRESSION_AFTER, regex.IGNORECASE),
        sign_after_name=_c(statement.SIGN_AFTER_NAME, 0),
        dash_at_line_end=_c(statement.DASH_AT_LINE_END, 0),
        by_ish_after=_c(statement.BY_ISH_AFTER, regex.IGNORECASE),
        ihc_between=_c(statement.IHC_BETWEEN, regex.IGNORECASE),
        by_ihc_after=_c(statement.BY_IHC_AFTER, regex.IGNORECASE),
    )
