"""NGS and ctDNA: ERBB2 copy number and amplification rows of a genomic-alterations table, and
ERBB2 mutations (S310F, L755S, exon 20 insertions). A mutation is never "HER2-positive"
(docs/clinical-rules.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .alias_name import alias_of_gene_symbol
from .document import among_gene_rows
from .listing import list_heading_above, under_not_detected, under_vus_heading
from .mention_scope import MentionScope
from .model import Finding
from .other_gene_clause import another_gene_clause_before
from .scope import finditer, line_end, line_start, search, sentence_end, sentence_start
from .values import amplification_polarity, method_is_named_test, protein_change, to_float

if TYPE_CHECKING:
    from ..rules import Compiled
    from .scanner import PageScanner

Polarities = list[tuple[str | None, regex.Match[str]]]


def ngs_context(s: PageScanner, scope: MentionScope) -> bool:
    """The mention is read as sequencing, not ISH: an NGS cue near it, or an NGS or blood-test
    document (an ISH method named next to it still makes it ISH)."""
    t, start, stop = s.text, scope.start, scope.near_stop
    lo = max(0, start - 200)
    # a name that opens a row ("ERBB2   amplification - equivocal") is judged by its own line,
    # not by a footnote after it ("confirmation by IHC/ISH is recommended")
    ends = line_end(t, start)
    ish_stop = min(stop, ends) if not t[line_start(t, start) : start].strip() else stop
    # ... nor by a method in the row above (scope.back_start stops at a result row's start)
    method = search(s.c.ish_method, t, max(scope.back_start, start - 60), ish_stop)
    if method and method_is_named_test(t, method, s.c):
        return False
    if any(  # "Lung NGS panel not requested" is no cue (sentences15: b17-f02-10)
        not s.c.ngs_not_done_after.match(t, cue.end())
        for cue in finditer(s.c.ngs_cue, t, lo, min(len(t), stop + 100))
    ):
        return True
    if among_gene_rows(t, start, s.c):
        return True
    # a blood (plasma, cfDNA, ctDNA) test is sequencing whatever it calls its rows: its copy
    # numbers and amplification calls are never ISH (issue 11, family 11)
    if s.ctx.ctdna_document:
        return True
    gene_name = scope.name.startswith("erb") or alias_of_gene_symbol(s, start)  # "ERBB2 (HER2)" (fix23)
    return bool(s.ctx.ngs_document and (gene_name or not s.ctx.ish_document))


def on_gene_row_above(text: str, name_start: int, pos: int, c: Compiled) -> bool:
    """`pos` lies on a line above the HER2 name's own line that opens with another gene's symbol
    ("MET .......... no amplification" over "Interpretation: ERBB2 (HER2) amplification
    detected"): that gene's row, not words about HER2 (devset14 b14-f10-09, read not amplified)."""
    opens = line_start(text, pos)
    if opens >= line_start(text, name_start):
        return False
    row = text[opens : line_end(text, pos)]
    head = len(row) - len(row.lstrip(" \t|*-"))
    return bool(
        c.gene_like.match(row, head) or c.panel_gene.match(row, head) or c.other_marker_cs.match(row, head)
    ) and not c.her2.match(row, head)


def on_other_gene_row(text: str, name_start: int, pos: int, c: Compiled) -> bool:
    """`pos` lies on a line after the HER2 name's own line that opens with another gene's symbol:
    a row of a genomic-alterations table about that gene ("ERBB2   AMPLIFICATION   fold change
    4.1" over "CCND1   AMPLIFICATION   fold change 2.6"), whose words are not HER2's (devset7
    b7-f04-06: a lower row's "FGF19 AMPLIFICATION" over "Structural variants: none" read as
    ERBB2 not amplified)."""
    opens = line_start(text, pos)
    if opens <= name_start:
        return False
    row = text[opens : line_end(text, pos)]
    head = len(row) - len(row.lstrip(" \t|*-"))
    return bool(
        c.gene_like.match(row, head)
        or c.panel_gene.match(row, head)
        or c.other_marker_cs.match(row, head)
        or c.negated_other_gene_line.match(row)  # "No MET amplification detected", "No other ..." (lead25)
    )


def not_this_row(text: str, name_start: int, pos: int, c: Compiled) -> bool:
    """`pos` lies on another gene's row below or above the HER2 name's, or on the column headers
    over a row the name opens (header_above_own_row): its words are not HER2's."""
    return (
        on_other_gene_row(text, name_start, pos, c)
        or on_gene_row_above(text, name_start, pos, c)
        or header_above_own_row(text, name_start, pos, c)
    )


def header_above_own_row(text: str, name_start: int, pos: int, c: Compiled) -> bool:
    """`pos` lies on the column headers over a table row that the HER2 name opens and that holds
    its own amplification word ("Alteration    % cfDNA or Amp    Note" over "ERBB2 (HER2) Amp
    ++ (plasma CN 3.1)  amplification detected"): the header names a column, and quoted as the
    result's start it hid the row from the result-line rule (devset19 b19-f05-01, probe17
    header_over_row). A row with no amplification word of its own that reads a call
    ("ERBB2   Detected   8.1" under "Amplification", "ERBB2 (HER2) Amplification   ++" under "%
    cfDNA or Amp") keeps its header."""
    row = line_start(text, name_start)
    opens = line_start(text, pos)
    before = c.her2.sub("", text[row:name_start]).strip(" \t|*-()/")  # "ERBB2 (HER2)" opens it too
    if opens >= row or before or text[opens:row].count("\n") > 1:
        return False
    header = text[opens : line_end(text, pos)]
    if c.her2.search(header) or any(ch.isdigit() for ch in header) or not c.column_gap.search(header):
        return False
    row_end = line_end(text, name_start)
    return any(
        amplification_polarity(text, a, a.start(), row_end, c) in ("amplified", "not_amplified", "equivocal")
        for a in finditer(c.amp_word, text, name_start, row_end)
    )


GENE_LIST_REACH = 120  # characters between a negated amplification lead and a gene it lists


def gene_list_not_amplified(s: PageScanner, scope: MentionScope) -> list[Finding]:
    """ERBB2 on the gene list of a sentence that says no amplification was found ("No
    amplifications detected among assessed genes (includes ERBB2, MET, EGFR, MYC, CCND1)."): not
    amplified, as a sequencing result (devset7 b7-f04-05); a blood test's stays no negative
    (interpret). Empty for any other list, or when an exception ("except ERBB2") comes between."""
    t, c = s.text, s.c
    lo = sentence_start(t, scope.start, max(0, scope.start - GENE_LIST_REACH), c)
    leads = list(finditer(c.no_amplification_lead, t, lo, scope.start))
    lead = leads[-1] if leads else None
    if lead is None or search(c.list_exception, t, lead.end(), scope.start) is not None:
        return []
    labelled = ":" in lead.group()  # "Copy number alterations: none detected (...)" is its own heading
    if (
        not labelled
        and search(c.copy_number_heading, t, _line_above(t, lead.start()), lead.start()) is None
        and not _bullet_under_result_label(t, lead.start(), c)
    ):
        return []  # not under a copy-number heading nor a result label: a list of the genes evaluated
    return [s.make("ngs", lead.start(), scope.end, {"amplification": "not_amplified"})]


BULLET_LINES_UP = 4  # bulleted lines between a result label and the sentence


def _bullet_under_result_label(text: str, pos: int, c: Compiled) -> bool:
    """`pos`'s line is a bulleted item of a list that hangs from the report's result label
    ("RESULT: No reportable alterations." over " - No reportable copy number alterations were
    detected ..."; devset8 b8-f04-05)."""
    here = line_start(text, pos)
    if not text[here:pos].strip().startswith(ITEM_BULLETS):
        return False
    for _ in range(BULLET_LINES_UP):
        if here <= 0:
            return False
        here = line_start(text, here - 1)
        line = text[here : line_end(text, here)]
        if not line.strip():
            return False
        if not line.strip().startswith(ITEM_BULLETS):
            return c.result_block_label.match(line) is not None
    return False


def _line_above(text: str, pos: int) -> int:
    """The start of the last non-blank line above `pos`'s line (or of `pos`'s line at the top)."""
    here = line_start(text, pos)
    above = here
    while above > 0:
        above = line_start(text, above - 1)
        if text[above:here].strip():
            return above
    return here


def copy_number(s: PageScanner, scope: MentionScope, amp_results: Polarities) -> float | None:
    """The ERBB2 copy number of a sequencing statement. A copy-number table row ("ERBB2   2.1
    Not amplified") also adds its amplification word to `amp_results` when none was read."""
    t, c, end = s.text, s.c, scope.end
    stop = scope.far_stop if amp_results else scope.near_stop
    cnm = next(
        (m for m in finditer(c.copy_number, t, end, stop) if not _adjusted_estimate(t, m.start(), c)), None
    )
    if cnm and another_gene_clause_before(t, end, cnm.start(), c):
        return None  # "ERBB2: wild-type; MET not amplified (CN 2.3)": MET's copy number
    if cnm and not search(c.threshold, t, max(0, cnm.start() - 15), cnm.start()):
        return to_float(cnm.group("cn") or cnm.group("cn2"))
    row = c.cn_table_row.match(t[end : min(len(t), end + 120)])
    if not row:
        return None
    if not amp_results:
        after_cn = end + row.end()
        for a in finditer(c.amp_word, t, after_cn, min(len(t), after_cn + 45)):
            pol = amplification_polarity(t, a, after_cn, min(len(t), after_cn + 60), c)
            amp_results.append(("amplified" if pol == "amplified_statement" else pol, a))
    return to_float(row.group("cn"))


ADJUSTED_REACH = 50  # characters before a copy number where "fraction-adjusted" may be


def _adjusted_estimate(t: str, pos: int, c: Compiled) -> bool:
    """The copy number at `pos` is an estimate adjusted for tumour fraction or purity, not the
    observed one the lab reports ("TF-adjusted tumour copy number . ~31")."""
    return search(c.adjusted_copy_number, t, max(line_start(t, pos), pos - ADJUSTED_REACH), pos) is not None


def resolve_statements(s: PageScanner, scope: MentionScope, amp_results: Polarities, ngs: bool) -> Polarities:
    """A bare "amplification" counts only as a row of a genomic-alterations table ("ERBB2
    amplification", "ERBB2 | Amplification | CN 24"), never as prose about a test."""
    resolved: Polarities = []
    for pol, a in amp_results:
        # an item of a not-detected list, whatever its words ("ERBB2 (amp/mut)", devset6 b6-f05-06)
        if pol in ("amplified", "amplified_statement", "gain") and _listed_not_detected(s, scope, a):
            resolved.append(("not_amplified", a))
            continue
        if pol == "amplified_statement":
            if not (ngs and _is_alteration_row(s, scope, a)):
                continue
            pol = "amplified"
        resolved.append((pol, a))
    return resolved


def lab_call_after(s: PageScanner, scope: MentionScope) -> tuple[str, regex.Match[str]] | None:
    """The lab's own call that closes a statement about a copy-number gain, later in the same
    item ("ERBB2 copy number gain (4 copies) -- does not meet the laboratory threshold for
    amplification (>= 6 copies); reported as NOT AMPLIFIED"): the lab's last word on the gene
    outranks the gain it describes (devset8 b8-f04-10). Not past the item: a blank line, a new
    bullet or another gene's row ends it."""
    t, c = s.text, s.c
    hi = _item_end(t, scope.end, scope.far_stop)
    # ... in the gain's own sentence: "..., below the threshold for amplification" (probe14 g2);
    # a key's next sentence ("Gains below the threshold ... are reported as gains") is no call
    below = search(c.gain_below_threshold, t, scope.end, sentence_end(t, scope.end, hi, c))
    if below is not None:
        return ("not_amplified", below)
    leads = [m.end() for m in finditer(c.lab_call_lead, t, scope.end, hi)]
    # ... or a sentence of its own that is the call ("(gain, below the threshold of 6). Not
    # amplified.", "Interpretation: not amplified")
    for end in finditer(c.sentence_end, t, scope.end, hi):
        pos = _past_space(t, end.end(), hi)
        label = c.result_line_label.match(t, pos, hi)
        leads.append(_past_space(t, label.end(), hi) if label else pos)
    for lead in sorted(leads):
        a = c.amp_word.match(t, lead, hi)
        if a is None or _names_another_gene(t, lead, a.end(), hi, c):
            continue  # "Amplification of MYC is also seen" is MYC's
        pol = amplification_polarity(t, a, lead, hi, c)
        if pol in ("amplified", "not_amplified", "equivocal", "amplified_statement"):
            return ("amplified" if pol == "amplified_statement" else pol, a)
    return None


def _past_space(text: str, pos: int, hi: int) -> int:
    """The first position from `pos` (up to `hi`) that is not white space."""
    return pos + len(text[pos:hi]) - len(text[pos:hi].lstrip())


def labels_other_genes(text: str, name_start: int, word: regex.Match[str], c: Compiled) -> bool:
    """An amplification word after the ERBB2 name labels a list whose first item is another gene
    ("ERBB2 wild-type; amplified genes: FGFR1, CCND1", "ERBB2: amplifications detected: MET"):
    those genes are the amplified ones, not ERBB2 (review20)."""
    if word.start() < name_start or word.group("prefix") is not None:
        return False
    label = c.amp_list_label.match(text, word.end())
    if label is None:
        return False
    return (
        c.panel_gene.match(text, label.end()) is not None or c.gene_like.match(text, label.end()) is not None
    )


def _names_another_gene(text: str, pos: int, word_end: int, hi: int, c: Compiled) -> bool:
    """The sentence from `pos` names another gene ("Amplification of MYC is also seen"); a
    bracket after the call word is its explanation, not its subject ("reported as NOT AMPLIFIED
    (low-level gain, ... as neighbouring genes TOP2A and RARA show the same change)", blind set 30)."""
    stop = sentence_end(text, pos, min(len(text), max(hi, pos + GENE_LIST_REACH)), c)
    bracket = text.find("(", word_end, stop)
    stop = bracket if bracket >= 0 else stop
    return any(search(p, text, pos, stop) is not None for p in (c.panel_gene, c.gene_like))


ITEM_BULLETS = ("\u2022", "-", "*", "\u25cf", "\u00b7")


def _item_end(text: str, pos: int, stop: int) -> int:
    """Where the item holding `pos` ends, at most at `stop`: a blank line, or a line that opens
    with a bullet."""
    end = line_end(text, pos)
    while end < stop:
        line = text[end + 1 : line_end(text, end + 1)].strip()
        if not line or line.startswith(ITEM_BULLETS):
            return end
        end = line_end(text, end + 1)
    return stop


def _listed_not_detected(s: PageScanner, scope: MentionScope, a: regex.Match[str]) -> bool:
    """The name and its amplification word are one item of a list under a "NOT DETECTED"
    heading or after a "Not detected:" label (listing.py, blind set 4 b4-f05-03)."""
    t = s.text
    same_line = line_start(t, a.start()) == line_start(t, scope.start)
    return same_line and under_not_detected(t, min(a.start(), scope.start), s.c)


def _is_alteration_row(s: PageScanner, scope: MentionScope, a: regex.Match[str]) -> bool:
    t, c, start, end = s.text, s.c, scope.start, scope.end
    gap = t[end : a.start()]
    follow = t[a.end() : a.end() + 40]
    opens = line_start(t, start)
    opens = max(opens, t.rfind(". ", opens, start) + 2)
    # the name opens its line or sentence, or follows a short label ("Genomic findings: ERBB2 ...")
    label = t[opens:start]
    if c.row_label_not_result.search(label):
        return False  # "Genes tested: ERBB2 amplification, MET amplification": a list of tests
    row_like = bool(c.row_label.match(label)) or bool(
        search(c.copy_number, t, a.end(), min(len(t), a.end() + 40))
    )
    # ... or only numeric cells of its table row stand between ("ERBB2   17q12   log2 +1.8
    # ~7 copies    AMPLIFICATION"; devset8 b8-f04-09)
    # ... a dot leader is a gap too ("ERBB2 ........ AMPLIFICATION, estimated copy number 22",
    # devset14 b14-f10-09)
    leader = gap.strip(" \t")
    dots = len(leader) >= 3 and not leader.strip(".")
    short_gap = (len(leader) <= 3 or dots) and len(gap) <= 40 and not c.word_in_gap.search(gap)
    cells_gap = "\n" not in gap and c.numeric_cells_gap.match(gap) is not None
    # ... or only what kind of amplification it is ("ERBB2 focal amplification (CN=8)"; probe15b)
    kind_gap = c.amp_qualifier_gap.match(gap) is not None
    # ... or a system's key=value record: "GENE=ERBB2;ALT_TYPE=CNV;CALL=AMPLIFICATION" (probe24)
    kv_row = "=" in gap and _is_kv_record(t, opens, start, gap, c) and not _kv_voided(t, opens, a.end(), c)
    return (
        (row_like or kv_row)
        and a.start() >= end
        and (short_gap or cells_gap or kind_gap or kv_row)
        and not c.prose_after_amp.match(follow)
    )


def _is_kv_record(text: str, opens: int, start: int, gap: str, c: Compiled) -> bool:
    """The name is a gene key's value and the amplification word the call key's, with only other
    key=value fields between, on one line of a laboratory system's export."""
    return (
        "\n" not in gap
        and bool(c.kv_gene_key.search(text, opens, start))
        and c.kv_call_gap.match(gap) is not None
    )


def _kv_voided(text: str, opens: int, amp_end: int, c: Compiled) -> bool:
    """The record's call is negated by its suffix ("AMPLIFICATION_NOT_DETECTED") or a field of its
    line says it failed ("FILTER=FAIL", "QC=FAILED"; review24)."""
    return c.kv_call_voided.match(text, amp_end) is not None or (
        search(c.kv_call_voided, text, opens, line_end(text, amp_end)) is not None
    )


def _is_vus(s: PageScanner, scope: MentionScope) -> bool:
    """The change is a VUS by its own line ("ERBB2 T862A 0.3% (VUS)", "Variants of uncertain
    significance: ERBB2 E1021Q") and the words after it, or by the heading of the list it is in;
    not for a VUS named in the paragraph above (blind set 4, b4-f05-03)."""
    t, c = s.text, s.c
    later = search(c.vus, t, line_start(t, scope.start), min(len(t), scope.near_stop + 40))
    if later is not None:
        # ... but a VUS heading on a later line opens the next list
        heading = c.vus_heading_line.match(t, line_start(t, later.start()), line_end(t, later.start()))
        if heading is None or line_start(t, later.start()) == line_start(t, scope.start):
            return True
    return under_vus_heading(t, scope.start, c)


LIST_LINES_BACK = 4  # lines a list wrapped with trailing commas may run over
EXON20_ROW_TAIL = 60  # characters after an exon 20 insertion its row's "not detected" may sit at


def _row_tail_end(t: str, pos: int) -> int:
    """Where the words after an exon 20 insertion are read to: 30 characters (the next line's
    "not detected" included), or to the end of its row when a dot leader runs it longer."""
    return max(pos + 30, min(line_end(t, pos), pos + EXON20_ROW_TAIL))


SENTENCE_REACH = 200  # characters before an item where its negated sentence may open


def _in_negated_list(t: str, pos: int, c: Compiled) -> bool:
    """`pos` is an item of a line, or a comma-wrapped list, that opens with a negation ("No
    ERBB2 point mutation or exon 20 insertion was found", "NO EVIDENCE of the following: ...")."""
    lo = line_start(t, pos)
    for _ in range(LIST_LINES_BACK):
        if lo == 0 or not t[line_start(t, lo - 1) : lo - 1].rstrip().endswith(","):
            break
        lo = line_start(t, lo - 1)
    if c.negated_list_opening.match(t, lo, pos) is not None:
        return True
    # ... or the sentence opens with it across a line break: "No ERBB2 (HER2) amplification and
    # no HER2 activating\n(exon 20 insertion or ...) mutation was identified" (blind set 26)
    # only when the item's line carries the sentence on ("(exon 20 ...", "insertion ..."): a line
    # that opens with a capital is a row of its own ("ERBB2 exon 20 insertion detected")
    if not _continues_sentence(t[lo:pos]):
        return False
    opening = sentence_start(t, pos, max(0, pos - SENTENCE_REACH), c)
    return opening < lo and c.negated_list_opening.match(t, opening, pos) is not None


def _continues_sentence(line_head: str) -> bool:
    """The start of a line goes on with the sentence of the line above: an opening bracket or a
    lower-case word, not a new row's name."""
    first = line_head.lstrip(" \t")[:1]
    return first == "(" or first.islower()


def read_mutations(s: PageScanner, scope: MentionScope) -> list[Finding]:
    """ERBB2 protein changes right after the name, and exon 20 insertions near it."""
    t, c, start, end = s.text, s.c, scope.start, scope.end
    out: list[Finding] = []
    changes = tuple(finditer(c.protein_change, t, end, min(scope.near_stop, end + 80)))
    ex = search(c.exon20, t, max(scope.back_start, start - 40), scope.near_stop)
    # the heading is asked only of a name with a change or an insertion near it (a name with
    # neither gives nothing either way): most names have neither (docs/performance.md §4, session 16)
    if (changes or ex) and (
        list_heading_above(t, start, c, c.tested_list_heading)
        # a "NOT DETECTED (selected)" heading over "... ERBB2 mutations (incl. exon 20 insertions)":
        # what the test looked for and did not find (sentences17: devset19 b19-f05-07)
        # or an item of a "NEGATIVE FOR:" list wrapped onto the name's line (lead24, b27-f07-10)
        or under_not_detected(t, start, c)
    ):
        return out  # "Genes / alteration classes tested:" over "ERBB2 ... exon 20 insertions" (b16-f05-02)
    for pc in changes:
        if (
            search(c.panel_gene, t, end, pc.start())
            or search(c.other_marker_ci, t, end, pc.start())
            or search(c.gene_like, t, end, pc.start())
        ):
            break  # the variant belongs to a gene named after HER2
        if c.variant_negated.search(t[pc.end() : min(len(t), pc.end() + 40)]):
            continue
        vus = _is_vus(s, scope)
        out.append(s.make("mutation", start, pc.end(), {"mutation": protein_change(pc), "vus": vus}))
    if (
        ex
        # the row's own words after it, a dot leader included ("exon 20 insertions ........
        # NOT DETECTED" runs past 30 characters; sentences23: devset25 b25-f05-06)
        and not c.exon20_negated.search(t[ex.end() : _row_tail_end(t, ex.end())])
        and not _in_negated_list(t, ex.start(), c)
    ):
        out.append(
            s.make(
                "mutation",
                min(start, ex.start()),
                max(end, ex.end()),
                {"mutation": "exon 20 insertion", "vus": False},
            )
        )
    return out


def blood_no_alterations(s: PageScanner, scope: MentionScope) -> list[Finding]:
    """A blood (ctDNA) report's "no alterations detected in ERBB2", "No ERBB2 alterations
    detected", "ERBB2: no alteration detected": the plasma test's ERBB2 amplification not detected
    (never a HER2 negative, facts.md §7). It is this sample's value, so an amplification the
    report restates from an earlier sample is set aside by it (probe12b serial ctDNA)."""
    if not s.ctx.ctdna_document:
        return []
    t, c = s.text, s.c
    lo, hi = line_start(t, scope.start), line_end(t, scope.end)
    if c.blood_no_alterations_part.match(t[scope.end : hi]):
        return []  # "... in ERBB2 exon 20": a part of the gene
    before = c.blood_no_alterations_before.search(t[lo : scope.start])
    after = c.blood_no_alterations_after.match(t[scope.end : hi])
    if before is not None and before.group("bare"):
        found = after is not None and after.group("short") is not None
    else:
        found = before is not None or (after is not None and after.group("short") is None)
    if not found:
        return []
    start = lo + before.start() if before is not None else scope.start
    end = scope.end + after.end() if after is not None else scope.end
    return [s.make("ngs", start, end, {"amplification": "not_amplified"})]
