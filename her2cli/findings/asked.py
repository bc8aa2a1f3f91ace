"""Statements that name a HER2 status without stating it: a request or order ("Requested: rule
out HER2-positive disease", "please confirm HER2 3+"), a question ("HER2 positive?", "Query HER2
amplification"), a condition. Every reader's values are held to the same families: the value
readers through findings/context.py (`check_values`), a checkbox form's marked box and a column
table's cells through `form_or_column_reason` (tests/test_phrases_safety5_context.py walks every
reader). `context_reason` names the family that sets aside a mention with no value at all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mention_scope import MentionScope
from .model import Finding
from .scope import finditer, line_end, line_start, reader_memo, remembered, search

if TYPE_CHECKING:
    from .scanner import PageScanner


# Context families, in the order they are reported as the reason a value-less mention is not a result.
REASON_ORDER = ("control", "legend", "pending", "recommendation", "hypothetical", "therapy", "methods")


_reasons = reader_memo()  # (text, lo, hi) -> context_reason's answer (scope.reader_memo)


def context_reason(s: PageScanner, lo: int, hi: int) -> str | None:
    """The first context family whose trigger occurs in text[lo:hi]. The same clause is asked
    about from several readers of a name: on the fast path its answer is kept for the document."""
    return remembered(_reasons, (s.text, lo, hi), lambda: _context_reason(s, lo, hi))


def _context_reason(s: PageScanner, lo: int, hi: int) -> str | None:
    clause = s.text[lo:hi]
    for name in REASON_ORDER:
        if search(s.c.context[name], clause):
            return name
    return None


def asked_not_stated(s: PageScanner, lo: int, hi: int, mention: int) -> str | None:
    """ "pending" for a request to test or confirm ("Requested: rule out HER2-positive disease",
    "please confirm HER2 3+"), "question" for a status asked ("HER2 positive?", "query HER2
    amplification"): text[lo:hi] names a status without stating it. Every reader's values are
    held to it (the value readers in _statement_reason, a form's marked box and a column's cells
    in `form_or_column_reason`): tests/test_phrases_safety5_context.py walks every reader."""
    if search(s.c.context["order"], s.text, lo, hi):
        return "pending"
    # a question before the name asks about it only on the name's own line ("Why test HER2?"
    # ends a question of its own; OCR leaves stray question marks in long lines of prose)
    own_line = line_start(s.text, mention)
    for m in finditer(s.c.context["question"], s.text, lo, hi):
        if m.start() >= own_line and not _question_closed_before(s.text, m.start(), m.end(), mention):
            return "question"
    return None


def _question_closed_before(t: str, start: int, end: int, mention: int) -> bool:
    """A question that ends before the name, and a new statement that opens with it or another
    capital: "Is the tumour HER2 positive? HER2 IHC (4B5): 3+" answers the question on the same
    line (safety7). '"? HER2+ per outside core"' and "?HER2+" (a query mark before the name, after
    a quote or a space: variants5 A-06) and "HER2 3+?" stay questions."""
    if end > mention or start == 0 or not (t[start - 1].isalnum() or t[start - 1] in "+)"):
        return False
    rest = t[end:mention].lstrip(" \t\"')")
    return rest == "" or rest[0].isupper()


def form_or_column_reason(s: PageScanner, scope: MentionScope) -> str | None:
    """Why a checkbox form's marked box or a column's cells are no result: the label the name
    heads (its line up to the first box) asks, orders or sets a condition ("Requested:", "rule
    out", "if ..."), like any value reader's statement (`_statement_reason`)."""
    t = s.text
    hi = line_end(t, scope.end)
    box = search(s.c.checkbox, t, scope.end, hi)
    hi = box.start() if box else hi
    asked = asked_not_stated(s, scope.back_start, hi, scope.start)
    if asked:
        return asked
    if search(s.c.context["hypothetical"], t, scope.back_start, hi) or search(
        s.c.context["rule_out"], t, scope.back_start, hi
    ):
        return "hypothetical"
    return None


RULE_OUT_STOPS = "(;\n"  # a rule-out governs the status it names up to the first of these


def outside_rule_out(s: PageScanner, scope: MentionScope, values: list[Finding]) -> list[Finding]:
    """The values no rule-out trigger governs. "Requested: rule out HER2-positive disease" asks
    whether HER2 is positive (variants4 v4-F-02); "r/o HER2 amplification (IHC 2+ on core at
    outside lab)" asks about amplification and restates the core's 2+ as a fact (variants5
    v5-A-02): a trigger governs the values that end after it and before the next bracket,
    semicolon or line end."""
    t, stop = s.text, scope.statement_stop
    kept = values
    for m in finditer(s.c.context["rule_out"], t, scope.back_start, stop):
        ends = [i for i in (t.find(ch, m.end(), stop) for ch in RULE_OUT_STOPS) if i >= 0]
        aside = min(ends, default=stop)
        kept = [f for f in kept if not m.end() <= f.nend <= aside]
    return kept


def blood_panel_not_detected(s: PageScanner, scope: MentionScope) -> list[Finding]:
    """ERBB2 on a blood report's copy-number gene list ("Genes with copy number reporting: ERBB2,
    MET, ...") when the report detected no alteration at all ("RESULT: NO SOMATIC ALTERATIONS
    DETECTED"): the blood test's ERBB2 amplification not detected, which is no HER2 negative
    (facts.md §7) - the status stays not found, with the blood-test note (variants4 v4-F-02).
    Empty for any other gene list."""
    t, c = s.text, s.c
    if (
        not s.ctx.ctdna_document
        or search(c.copy_number_list_label, t, line_start(t, scope.start), scope.start) is None
    ):
        return []
    if search(c.no_alterations_detected, t) is None:
        return []
    return [s.make("ngs", scope.start, scope.end, {"amplification": "not_amplified"})]
