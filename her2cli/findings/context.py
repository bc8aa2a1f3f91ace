"""Why a HER2 mention is not a result, as ordered checks in the spirit of NegEx/ConText
(docs/clinical-rules.md, "Mentions that are not results"): pending, recommendation, history of
another cancer, control tissue, legends, therapy background, gene lists, methods sections.

Each check returns the `reason` reported in `mentions`, or None when the mention may count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import keys, scope
from .asked import asked_not_stated, outside_rule_out
from .capability import governed_by_capability
from .checkbox import has_checkboxes
from .columns import is_header_cell
from .control_label import (
    COLUMN_GAP,
    control_before_value,
    control_in_statement,
    control_line_after,
    in_column_right_of_result,
    opens_with_control_label,
    without_control_lines,
)
from .criteria import (
    generic_class_values,
    governed_by_condition,
    offered_as_alternative,
    offered_scores,
    therapy_before,
)
from .cutoffs import (
    key_row_under_legend_heading,
    legend_in_statement,
    under_criteria_heading,
    under_legend_heading,
    without_cutoff_values,
)
from .definitions import conditional_in_statement, in_definition_block
from .earlier import voided_by_next_sentence
from .germline import under_germline_test
from .history_box import marked_box_under_history
from .ihc import score_from_match
from .invasive_clause import in_invasive_clause
from .keys import KEY_ROWS, in_scale_range, is_distribution_row, key_row_scores, listed_in_own_sentence
from .mention_scope import MentionScope
from .method_label import label_bracket_end
from .model import Finding
from .name_line import before_next_name_line
from .negated_score import ruled_out
from .now_score import stated_after_statement
from .other_cancer import describes_other_cancer, history_other_tumor
from .overall_label import overall_label_score
from .prose_lines import prose_line_end, prose_line_start
from .relatives import names_a_relative
from .repeat_next import repeated_after
from .repeat_notes import repeated_tests, test_of
from .scope import (
    SCOPE,
    finditer,
    first_after,
    line_end,
    line_start,
    next_section_start,
    search,
    section_at,
    sentence_end,
    sentence_start,
)
from .set_aside import own_values
from .therapy_prose import is_measured
from .trial_table import in_trial_table
from .versions import current_heading_between

if TYPE_CHECKING:
    from .scanner import PageScanner

# the reasons a statement's requirement or rule gives that a clause stating this tumour's own score
# after the statement does not share ("...; this tumour is 1+", fix27)
OWN_CLAUSE_KEPT = ("legend", "hypothetical", "therapy", "recommendation")
SUPERSEDED_REACH = 1500  # characters after a kept-original header that its block may run
COMPOUND_REACH = 32  # characters after a HER2 name where a compound or an indication may close ("-negative advanced disease)")


def is_gene_list(s: PageScanner, start: int, end: int) -> bool:
    lo = max(0, start - 50)
    hi = min(len(s.text), end + 50)
    genes = list(finditer(s.c.panel_gene, s.text, lo, hi))
    return len(genes) >= 3


def reason_before_values(s: PageScanner, scope: MentionScope) -> str | None:
    """Checks that set a mention aside before any value is read: a compound name ("HER2-targeted",
    a drug's indication "(HR+ HER2- MBC)"; "HER2-enriched" is left to the subtype rules of
    context.toml), a methods section, another cancer, a form that prints every choice."""
    t, c, start, end = s.text, s.c, scope.start, scope.end
    compound = search(c.non_result_compound, t, end, min(len(t), end + COMPOUND_REACH))
    if compound:
        return "therapy"
    if scope.section.kind in ("methods", "signature"):
        return "methods"
    if governed_by_capability(t, start, c, s.mention_starts):
        return "methods"  # what the assay can detect: "expected to detect ERBB2 amplification"
    if in_superseded_version(s, start):
        return "superseded"
    if in_definition_block(s, start):
        return "legend"
    # a failure said in the statement, up to a later line that opens a statement of its own: a
    # wrapped line that goes on with the sentence ("... make the\ndistinction between IHC 0 and
    # 1+ (HER2-low) unreliable") still belongs to it (fix20)
    if search(c.context["failed"], t, scope.back_start, before_next_name_line(s, scope, opening=True)):
        return "failed"
    # a repeat note whose own subject is this HER2 name ("HER2 IHC is being repeated")
    if repeated_tests(s, scope.back_start, scope.statement_stop, start):
        return "failed"
    # control tissue is often another cancer ("positive control: HER2 3+ breast carcinoma"):
    # it is a quality-control statement, not a different tumor (issue 10, defect 2)
    if control_in_statement(s, scope):
        return "control"
    # a history line below that names HER2 again is that line's statement ("HER2 (4B5) ....
    # Positive (Score 3+)" over "History: contralateral breast carcinoma ..., HER2 IHC 1+"; probe19)
    if history_other_tumor(s, scope.back_start, before_next_name_line(s, scope, opening=True), start):
        return "other_tumor"
    if describes_other_cancer(s, end):
        return "other_tumor"
    if names_a_relative(s, scope) or marked_box_under_history(s, scope):
        return "history"
    if in_trial_table(s, start):
        return "therapy"  # a trial table's row: its status is an entry criterion (probe19b)
    # a form prints every choice; a column header's cells below are several rows' values
    if (
        search(c.choice_list, t, end, min(scope.near_stop + 20, len(t)))
        and not is_header_cell(s, start, end)
        and not has_checkboxes(s, scope)
    ):
        return "legend"
    return None


def in_superseded_version(s: PageScanner, pos: int) -> bool:
    """In an amended report, a result in the block that keeps the original version ("ORIGINAL
    REPORT (10/30/2026), retained for the record:") is the corrected result's history. The
    header must open its line, and no addendum section may start between it and the result."""
    t = s.text
    if scope.FAST_PATH and not search(s.c.revision, t):
        return False  # the answer needs a revision word in the text: looked for once per text
    lo = max(0, pos - SUPERSEDED_REACH)
    header = None
    for m in finditer(s.c.context["superseded"], t, lo, pos):
        if not t[line_start(t, m.start()) : m.start()].strip(" \t*#=-_>"):
            header = m
    if (
        header is None
        or section_at(s.sections, pos).start > header.start()
        and (section_at(s.sections, pos).kind == "addendum")
    ):
        return False
    if current_heading_between(s, header.end(), pos):
        return False  # "CURRENT DIAGNOSIS" below the original's block: the current version (probe18)
    return bool(search(s.c.revision, t))


def points_to_failed_stain(s: PageScanner, scope: MentionScope, values: list[Finding]) -> bool:
    """'HER2 IHC: 3+ (see comment)' where a comment says the HER2 stain failed or is to be
    disregarded: the value is the instrument's, not a result."""
    t = s.text
    last = max(f.nend for f in values)
    if not s.c.see_comment.search(t, scope.start, line_end(t, last)):
        return False
    from .pointed_comment import pointed_comment_voids  # rare ("see comment"): imported when met

    if pointed_comment_voids(s, last):
        return True
    for m in finditer(s.c.context["failed"], t):
        lo = sentence_start(t, m.start(), max(0, m.start() - SCOPE.statement), s.c)
        hi = sentence_end(t, m.end(), min(len(t), m.end() + SCOPE.statement), s.c)
        if search(s.c.her2, t, lo, hi):
            return True
    # a comment about HER2 that the stain behind the values is being repeated
    voided: set[str] = set()
    for m in finditer(s.c.stain_repeated, t):
        lo = sentence_start(t, m.start(), max(0, m.start() - SCOPE.statement), s.c)
        hi = sentence_end(t, m.end(), min(len(t), m.end() + SCOPE.statement), s.c)
        if search(s.c.her2, t, lo, hi):
            voided |= repeated_tests(s, lo, hi)
    tests = {test_of(f) for f in values} - {None}
    return bool(tests) and tests <= voided


def _is_negative(f: Finding) -> bool:
    v = f.values
    return (
        v.get("amplification") == "not_amplified"
        or v.get("result") == "not_amplified"
        or v.get("call") == "negative"
        or v.get("lab_call") == "negative"
    )


def check_values(
    s: PageScanner, scope: MentionScope, values: list[Finding]
) -> tuple[str | None, list[Finding]]:
    """(reason, None-or-kept values): values in a control, legend or conditional statement are
    not results; ISH values after a cut-off in their sentence are dropped."""
    own, reason_none = own_values(s, without_control_lines(s, scope, values), len(values))
    if not own:
        return reason_none, values
    if under_germline_test(s, scope, own):
        return "germline", values  # a hereditary panel's result, not the tumour's (probe12b)
    own = outside_rule_out(s, scope, own)
    if not own:
        return "hypothetical", values
    # a key on a line below, or a checklist's answer under its printed options
    own, settled = keys.read_key_rows(s, scope.start, own)
    if settled is not None:
        return (settled or None), (own if not settled else values)
    far_reason, far_gone = _far_conditions(s, scope, own)
    own = [f for f in own if f not in far_gone]
    if far_reason and not own:
        return far_reason, values
    # a score offered with another as alternatives, or a drug's class of results: a criterion
    criteria = offered_scores(s, own) + generic_class_values(s, scope.start, own)
    own = [f for f in own if f not in criteria]
    if criteria and not own:
        return "hypothetical", values
    reason, own = _statement_reason_past_own_clause(s, scope, own)
    if reason:
        return reason, own
    values = own
    if points_to_failed_stain(s, scope, values) or voided_by_next_sentence(s, values):
        return "failed", values
    if s.c.withdrawn_after_value.match(s.text, max(f.nend for f in values)):
        return "superseded", values
    # a repeat note in the statement, or in a clause after it, voids the stain it names, and only that one
    voided = repeated_tests(s, scope.back_start, scope.statement_stop) | repeated_after(s, values)
    if voided:
        kept = [f for f in values if test_of(f) not in voided]
        if not kept:
            return "failed", values
        values = kept
    if all(_is_negative(f) for f in values) and search(
        s.c.context["limited"], s.text, scope.back_start, scope.statement_stop
    ):
        return "limited", values
    kept = without_cutoff_values(s, values)
    if not kept:
        return "legend", values
    whole = [f for f in kept if not _in_one_area(s, f)]
    if not whole:
        return "subregion", values
    return None, whole


def _statement_reason_past_own_clause(
    s: PageScanner, scope: MentionScope, values: list[Finding]
) -> tuple[str | None, list[Finding]]:
    """The statement's reason, and the values: a requirement's or a rule's reason is not shared
    by the values a clause after the statement states of this tumour ("HER2 IHC 3+ is required
    for trastuzumab eligibility; this tumour is 1+"): those alone are kept, with no reason (fix27)."""
    reason = _statement_reason(s, scope, values)
    stated = stated_after_statement(s, scope, values) if reason in OWN_CLAUSE_KEPT else []
    return (None, stated) if stated else (reason, values)


def _far_conditions(
    s: PageScanner, scope: MentionScope, values: list[Finding]
) -> tuple[str | None, list[Finding]]:
    """(reason, values) for the values read past the mention's own statement (its far scope) whose own sentence, on its own
    line, is a condition or a legend: "HER2 protein expression is assessed with the anti-HER2/neu (4B5)
    antibody ... Cases scoring 2+ are reflexed to dual-color ISH" (devset5 b5-f09-06). The
    mention's statement was checked for context; a sentence further on must be too."""
    t, c = s.text, s.c
    reason, gone = None, []
    for f in values:
        if f.nend <= scope.statement_stop:
            continue
        pos = max(f.nend - 1, 0)
        lo = sentence_start(t, pos, max(0, prose_line_start(t, pos), pos - SCOPE.statement), c)
        hi = sentence_end(t, pos, min(len(t), prose_line_end(t, pos), pos + SCOPE.statement), c)
        lo = max(lo, scope.statement_stop, label_bracket_end(t, scope, pos))  # findings/method_label.py
        # a legend there voids a bare value; a value that took its call word from a row the
        # legend shares ("HERACLES interpretation: NEGATIVE (2+ in <50% is scored negative)") stays
        if search(c.context["hypothetical"], t, lo, hi):
            reason = reason or "hypothetical"
            gone.append(f)
        elif not f.values.get("lab_call") and search(c.context["legend"], t, lo, hi):
            reason = reason or "legend"
            gone.append(f)
        elif not is_measured(f) and therapy_before(s, lo, f.nend):
            # a bare score in a drug's approval: "T-DXd is approved ... for IHC 3+ solid tumours"
            reason = reason or "therapy"
            gone.append(f)
    return reason, gone


def _in_one_area(s: PageScanner, f: Finding) -> bool:
    """An ISH value whose sentence describes one area, cluster or subpopulation of the tumor
    ("ratio estimated 3.5 in that area; the remaining tumor is not amplified"): a heterogeneity
    note beside the overall result, not the tumor's result (blind set 4)."""
    if f.family not in ("ish", "ihc"):
        return False
    t = s.text
    # its own sentence, ending with its last line ("ratio: 1.9" above a heterogeneity line is not in it)
    lo = sentence_start(t, max(f.nstart, 0), max(0, f.nstart - SCOPE.back), s.c)
    hi = min(line_end(t, f.nend), sentence_end(t, f.nend, min(len(t), f.nend + SCOPE.back), s.c))
    # an IHC score of the in-situ component: HER2 is scored on invasive carcinoma only (safety7)
    family = "subregion" if f.family == "ish" else "in_situ"
    if family == "in_situ" and f.nend > 0 and in_invasive_clause(s, lo, f):
        return False  # "3+ in the DCIS; the invasive carcinoma is 1+": the 1+'s clause (fix27)
    hit = search(s.c.context[family], t, lo, hi)
    if hit is None:
        return False
    if f.family != "ish":
        return True
    # rare (an area cue in an ISH value's sentence): its two readers are imported when met
    from .every_area import every_area_amplified
    from .only_area import only_area_is_tumour

    if only_area_is_tumour(s, hit, lo, hi):
        return False  # "area 1 only, the only invasive focus": with no other value, the tumour's count
    return not every_area_amplified(s, lo, hi)  # "amplified in area 1 and in area 2"


def _condition_wrapped_end(s: PageScanner, last_value: int) -> int:
    """The end of the last value's line, or of the next line when a condition opened after the value
    wraps onto it as prose ("reported as HER2 AMPLIFIED when a distinct amplified population" /
    "exceeds 10% of tumour cells": the rule's sentence, read whole; lead26, devset28 b28-f03-06).
    Only a condition: a wrapped row's other words ("3+ in ~70% of" / "tumor cells, HERACLES
    criteria: POSITIVE") stay out of the value's statement."""
    t = s.text
    own = line_end(t, last_value)
    wrapped = prose_line_end(t, last_value)
    if wrapped > own and search(s.c.condition_after_value, t, last_value, own) is not None:
        return wrapped
    return own


def _statement_reason(s: PageScanner, scope: MentionScope, values: list[Finding]) -> str | None:
    t, c, start, end = s.text, s.c, scope.start, scope.end
    clause_lo = scope.back_start
    # The statement the values belong to: from the start of the mention's line (or its
    # sentence) to the end of the line holding the last value. A table row is its own
    # statement even without a full stop, so a legend on the next line is not its context.
    last_value = max(f.nend for f in values)
    ctl_hi = max(min(scope.statement_stop, _condition_wrapped_end(s, last_value)), end)
    right = t.find(COLUMN_GAP, last_value, ctl_hi)
    if right >= 0 and in_column_right_of_result(s, scope, ctl_hi - 1):
        ctl_hi = max(right, end)  # a layout column right of the result is another's
    # control tissue in the same statement: "HER2: external positive control shows 3+"
    near = max(clause_lo, start - 40)  # a cue near the name, or the statement's own label
    if control_before_value(s, scope, near, ctl_hi) or opens_with_control_label(s, clause_lo, start):
        return "control"
    # a trial or study population: even a measured score there is other patients' (review qa3)
    if search(c.context["population"], t, clause_lo, ctl_hi):
        return "therapy"
    # a request to test that quotes a score is an order (issue 11, family 3); a question asks
    asked = asked_not_stated(s, clause_lo, ctl_hi, start)
    if asked:
        return asked
    # a legend lists several scores before the next HER2 mention ("0 and 1+ negative; 2+ ...");
    # scores past another marker's name are that marker's ("Claudin 18.2 ... 3+ (>=75% 2+/3+)"
    # two rows below "HER2 ... Score 0 - NEGATIVE" is no HER2 key: variants8 B-04)
    full_stop = c.legend_stop.search(t, last_value)
    legend_stop = min(
        len(t),
        end + 220,
        s.next_mention_after(start),
        next_section_start(s.sections, start),
        full_stop.start() if full_stop else len(t),
        first_after(s.markers, last_value),
    )
    legend_stop = control_line_after(s, last_value, legend_stop)  # a control's own line below
    listed = {
        score_from_match(x)[0]
        for x in finditer(c.ihc_score, t, end, legend_stop)
        if not is_distribution_row(s, x.start())  # "2+   10%" rows under a result are its own
        and not in_scale_range(s, x.start(), x.end())  # "Scored 0 to 3+" names the scale, no key
    } - {None}
    if len(listed) >= KEY_ROWS:
        return "legend"
    # a key laid out as a table, one row per score with its category, under the mention's line;
    # or a value whose own sentence lists the scores ("results are scored 0, 1+, 2+ or 3+")
    if len(key_row_scores(s, start)) >= KEY_ROWS or (
        any(
            len(listed_in_own_sentence(s, max(f.nstart, f.nend - 1))) >= KEY_ROWS
            for f in values
            if f.family == "ihc"
        )
        and overall_label_score(s, scope) is None  # "OVERALL HER2 SCORE: 1+" under its table (probe18)
    ):
        return "legend"
    # a scoring legend in the same statement, or a key block the values sit under
    if legend_in_statement(s, clause_lo, ctl_hi, start) or under_legend_heading(
        s, min(f.nstart for f in values)
    ):
        return "legend"
    # the key's heading names the test ("ASCO/CAP HER2 IHC scoring key (for reference only):") and
    # the value sits on a row under it ("  1+ = faint incomplete staining >10%"; mend22c)
    if any(f.nend > 0 and key_row_under_legend_heading(s, f.nend - 1) for f in values):
        return "legend"
    if under_criteria_heading(s, min(f.nstart for f in values)):
        return "hypothetical"
    # a condition or a definition, not a result: "if HER2 is amplified", "(IHC 3+ or 2+/ISH+)"
    if conditional_in_statement(s, scope, values, clause_lo, ctl_hi) or governed_by_condition(s, start):
        return "hypothetical"
    # two different scores offered as alternatives: "IHC 3+ in >= 50% of cells, or IHC 2+ with ..."
    alternatives = c.score_alternatives.search(t[clause_lo:ctl_hi])
    if (
        alternatives
        and alternatives.group("a") != alternatives.group("b")
        and not ruled_out(t, c, clause_lo + alternatives.start("a"))  # "no cluster with 2+ or 3+"
    ):
        return "legend"
    # a value joined by "or" to another test's result: "HER2-positive is IHC 3+ or ISH-amplified"
    if offered_as_alternative(s, values, clause_lo, ctl_hi):
        return "hypothetical"
    if len(keys.scores_not_distributed(s, values)) >= KEY_ROWS:
        return "legend"
    return None
