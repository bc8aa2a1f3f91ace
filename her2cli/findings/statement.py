"""A plain status word next to the name ("HER2: Negative", "negative for HER2", "ER+, PR+,
HER2-", "no HER2 overexpression"): a statement without a score, and the test it names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .ihc import call_of
from .lines import on_one_line
from .listing import opens_negative_list
from .mention_scope import MentionScope
from .model import Finding
from .name_list import in_own_position
from .scope import SCOPE, finditer, line_end, line_start, search, sentence_end, sentence_start

if TYPE_CHECKING:
    from .scanner import PageScanner

# (call, start, end) of a statement in normalized text
Statement = tuple[str, int, int]
# "from EQUIVOCAL to POSITIVE", "from positive (pre-treatment) to negative": room for a short aside
FROM_TO_GAP = 45
NOT_REACH = 12  # characters before a name where "; not", "is not" deny the status after it


def _call_after(s: PageScanner, scope: MentionScope) -> Statement | None:
    """ "HER2/neu overexpression: NEGATIVE", "HER2 status: positive", "HER2 by IHC: 1+ negative"."""
    t, c, end = s.text, s.c, scope.end
    # "ER/PR/HER2: pos/pos/neg": the call at HER2's place in a slash list
    calls = finditer(c.call_word, t, end, min(scope.near_stop, end + 70))
    call_m = next((m for m in calls if in_own_position(s, scope, m.start())), None)
    if call_m is None:
        return None
    gap = t[end : call_m.start()]
    if "\n" in gap and opens_negative_list(t, call_m.start(), call_m.end(), c):
        return None  # "HER2 IHC 3+" over "Negative for: lymphovascular invasion": a list's label (lead24)
    if c.call_negated.search(gap):
        return None  # "(not a positive result)": what the result is not (devset7 b7-f11-04)
    if "\n" in gap:
        from .own_row import call_in_other_sample_row  # a call on a row below: rare, imported here

        if call_in_other_sample_row(s, call_m.start()):
            return None  # "2021 core (outside) | negative" above "This excision | ..." (probe19b)
    limit = 70 if c.results_label.search(gap) else 60
    if len(gap) <= limit and not c.call_gap_blocker.search(gap):
        # "revised from EQUIVOCAL to POSITIVE": the call it was changed to (issue 10, defect 6)
        if c.from_before.search(gap):
            to_m = next(
                iter(finditer(c.call_word, t, call_m.end(), min(len(t), call_m.end() + FROM_TO_GAP))), None
            )
            if to_m is not None and c.to_between.match(t[call_m.end() : to_m.start()]):
                return call_of(to_m), end, to_m.end()
        return call_of(call_m), end, call_m.end()
    return None


def _interpreted_as(s: PageScanner, scope: MentionScope) -> Statement | None:
    """ "HER2 immunostain: faint staining in under 10% of cells, therefore interpreted as negative"."""
    t, c, end = s.text, s.c, scope.end
    m = search(c.interpreted_as, t, end, scope.near_stop)
    if m is None or c.call_gap_blocker.search(t, end, m.start()):
        return None
    return call_of(m), end, m.end()


def _call_before(s: PageScanner, scope: MentionScope) -> Statement | None:
    """ "negative for HER2", "no HER2 overexpression", shorthand "HER2-", "without overexpression of HER2"."""
    t, c, start, end = s.text, s.c, scope.start, scope.end
    back_lo = max(scope.back_start, start - SCOPE.back)
    back_text = t[back_lo:start]
    back_call = c.call_before_name.search(back_text)
    if back_call:
        return back_call.group("call").lower(), back_lo + back_call.start(), end
    if c.no_expression_before.search(t[max(0, start - 20) : start]) and c.expression_after.match(
        t[end : end + 30]
    ):
        return "negative", max(0, start - 20), end
    # shorthand "ER+, PR+, HER2-" / "HER2+": the sign right after the name
    sign = c.sign_after_name.match(t[end : end + 2])
    if sign and not c.dash_at_line_end.match(t[end : end + 3]):
        return ("positive" if sign.group("sign") == "+" else "negative"), start, end + 1
    overexpr = c.overexpression_before_name.search(back_text)
    if overexpr:
        return ("negative" if overexpr.group("neg") else "positive"), back_lo + overexpr.start(), end
    return None


def _method_of(s: PageScanner, scope: MentionScope, hi_q: int) -> str | None:
    """The test named between the name and the call word, or right after it ("negative by FISH")."""
    t, c = s.text, s.c
    after = t[hi_q : hi_q + 20]
    # not past the mention's line start: "HER2_LOW_CATEGORY=NOT ASSIGNED (awaiting ISH)" over
    # "HER2_FINAL=EQUIVOCAL" names the pending test, not the final call's (fix19b: v12b-f11-05)
    between = t[max(scope.back_start, scope.start - 12, line_start(t, scope.start)) : hi_q]
    if search(c.ish_method, between) or c.by_ish_after.match(after):
        return "ish"
    if c.ihc_between.search(between) or c.by_ihc_after.match(after):
        return "ihc"
    return None


def _has_own_call(f: Finding) -> bool:
    """A score or amplification word: what a call word right after it belongs to."""
    if f.family == "ish":
        return f.values.get("result") is not None
    if f.family == "ngs":
        return f.values.get("amplification") is not None
    return f.family == "ihc"


def _far_criterion_value(s: PageScanner, f: Finding, call_end: int, scope: MentionScope) -> bool:
    """A value read past the end of the sentence that holds the statement's call word, in a later
    sentence that states a condition or criterion: "HER2 NEGATIVE per HERACLES.\n(HERACLES:
    equivocal only if 2+ in >=50%)" -- the 2+ is the criterion's (context.py sets it aside), so
    "NEGATIVE" stays the statement's call whichever call word the 2+ took (lead24, blind set 27).
    A later sentence that is no criterion ("POSITIVE.\nNote: differs from the core biopsy (IHC
    0)") keeps the old reading, where the samples' reader sorts the values out."""
    stop = scope.statement_stop
    return call_end <= stop < f.nend and search(s.c.context["hypothetical"], s.text, stop, f.nend) is not None


def read_statement(s: PageScanner, scope: MentionScope, found: list[Finding]) -> list[Finding]:
    """The statement, unless its call word already belongs to a score or amplification in `found`."""
    end = scope.end
    # 90 characters: "does not indicate HER2 protein overexpression or gene amplification (" (b16-f07-02);
    # a "not" right before the name counts across the statement's start ("HER2-low (1+) ; not
    # HER2-positive", b16-f09-08)
    negated = s.c.statement_negated_before
    if negated.search(s.text, max(scope.back_start, scope.start - 90), scope.start) or negated.search(
        s.text, max(0, scope.start - NOT_REACH), scope.start
    ):
        return []  # "this result does not establish HER2-positive status"
    statement = _call_after(s, scope) or _call_before(s, scope) or _interpreted_as(s, scope)
    if statement is None:
        return []
    # an ISH or NGS finding without a result word ("HER2 FISH: EQUIVOCAL (ratio 1.9)": the ratio
    # alone) owns no call word: the statement is its result (blind set 4)
    call, lo_q, hi_q = statement
    specific_end = max(
        (f.nend for f in found if _has_own_call(f) and not _far_criterion_value(s, f, hi_q, scope)),
        default=-1,
    )
    if lo_q >= end and (hi_q <= specific_end or search(s.c.amp_word, s.text, end, hi_q)):
        return []  # the call word already belongs to the score or amplification read above
    if lo_q >= end and _in_scoring_key(s, end, hi_q):
        return []  # "HER2 1+" over "Note: Scoring key - 0 and 1+ negative": the key's call (probe18)
    if lo_q >= end and s.c.answered_no_after_score.match(s.text, hi_q):
        return []  # "Positive (3+) - NO   Negative - YES": a checklist's option answered no (probe12)
    if s.c.defined_after_call.match(s.text, hi_q):
        return []  # '"HER2-positive" as defined by IHC/ISH': a term defined, not a result
    if s.c.call_denied_after.match(s.text, hi_q):
        return []  # "carcinomas are HER2-positive; this one is not": a group's, denied for this tumour
    if call == "positive" and s.c.call_names_a_mutation.match(s.text, hi_q):
        return []  # "HER2 POSITIVE (mutation)": a mutation call, never a HER2 status
    if not found and _in_diagnostic_panel(s, min(scope.start, lo_q), max(end, hi_q)):
        return []  # "CK7+, HER2+, p63-": a diagnostic stain in a panel, not a HER2 status (probe12c)
    lo, hi = min(scope.start, lo_q), max(end, hi_q)
    method = _method_of(s, scope, hi_q)
    if _blood_not_detected(s, statement, method, lo, hi):
        return [s.make("ngs", lo, hi, {"amplification": "not_amplified"})]
    vals: dict[str, object] = {"call": "equivocal" if call == "weakly_positive" else call}
    if method:
        vals["method"] = method
    if _under_final_label(s, lo, lo_q, hi_q):
        vals["final"] = True  # "FINAL HER2 STATUS: EQUIVOCAL": the lab's last word (interpret/decide.py)
    return [s.make("status_statement", lo, hi, vals)]


def _in_scoring_key(s: PageScanner, end: int, call_end: int) -> bool:
    """The call word is on a later line than the HER2 name, after a scoring key's name on its own
    line ("Note: Scoring key used by this department - 0 and 1+ negative"): the key's category."""
    t = s.text
    if on_one_line(t, end, call_end):
        return False
    return search(s.c.score_key_words, t, line_start(t, call_end), call_end) is not None


def _in_diagnostic_panel(s: PageScanner, lo: int, hi: int) -> bool:
    """The statement's sentence names two or more markers that tell tumour types apart (CK7,
    p63, GATA3, TTF-1, ...) and no ER or PR: HER2 stained as one of a diagnostic panel ("CK7+,
    HER2+, p63-" in Paget disease; "positive for GATA3 and HER2 and negative for TTF-1")."""
    t, c = s.text, s.c
    a = sentence_start(t, lo, line_start(t, lo), c)
    b = sentence_end(t, hi, line_end(t, hi), c)
    if search(c.predictive_panel_marker, t, a, b):
        return False
    return sum(1 for _ in finditer(c.diagnostic_panel_marker, t, a, b)) >= 2


def _under_final_label(s: PageScanner, lo: int, lo_q: int, hi_q: int) -> bool:
    """The statement's call word follows a label of the lab's final word on its line ("FINAL
    HER2 STATUS: EQUIVOCAL", "Overall HER2 result: equivocal")."""
    call_start = max((m.start() for m in finditer(s.c.call_word, s.text, lo_q, hi_q)), default=lo_q)
    return s.c.final_status_label.search(s.text, line_start(s.text, lo), call_start) is not None


def _blood_not_detected(s: PageScanner, statement: Statement, method: str | None, lo: int, hi: int) -> bool:
    """A blood (ctDNA) report's "ERBB2 ... not detected" is the plasma test's own result, not a
    HER2 negative (facts.md §7, §10): it is read as the blood test's ERBB2 amplification not
    detected (no amplification value, no status). One reader for the two ways it is written: a
    detection word ending the statement's call ("ERBB2 amplification: NOT DETECTED", variants4
    F-01, F-06), or a negative call naming no test whose words say not detected ("ERBB2 (HER2)
    Not Detected"), where a tissue source on the statement's lines ("on the resection specimen")
    keeps the negative. text[lo:hi] is the statement."""
    if not s.ctx.ctdna_document:
        return False
    t, (call, lo_q, hi_q) = s.text, statement
    if search(s.c.detection_call, t, max(lo_q, hi_q - 30), hi_q):
        return True
    if call != "negative" or method is not None:
        return False
    return bool(s.c.not_detected_call.search(t, lo, hi)) and not search(
        s.c.tissue_source, t, line_start(t, lo), line_end(t, hi)
    )
