"""Which RAS/BRAF/MSI/MMR names are no result of this tumor (findings/related.py): a population
("in RAS wild-type metastatic colorectal cancer"), a hypothesis or therapy sentence, a kind of
cancer, a caveat, a testing policy, a method that says what an assay CAN detect, a definition or
legend ("MSI-H is defined as ..."), another cancer's history."""

from __future__ import annotations

import regex

from ..rules import Compiled
from .checkbox import box_right_before
from .clauses import PROSE_CLAUSE, ClauseEnds, clause_start, clause_stop
from .document import own_sentence, sentence_or_line_start
from .scope import find_sections, finditer, line_start, search, section_at
from .tissue import tissue_sourced
from .withdrawn_marker import withdrawn_in_clause

EMPTY_BOX_REACH = 12  # an unchosen option's words follow its empty box closely
RAS_WINDOW = 80  # characters after a gene name where its own value lies
LINE_CLAUSE = ClauseEnds((". ", ";"))  # a clause on its line: a full stop or a semicolon ends it
# a sentence across wrapped lines: a full stop (before a space or a line break) or a blank line
WRAPPED_SENTENCE = ClauseEnds((". ", ".\n", "\n\n"))


def is_generic(text: str, m: regex.Match[str], c: Compiled, population_after: regex.Pattern[str]) -> bool:
    """Generic statements are not results: "in RAS wild-type metastatic colorectal cancer",
    "KRAS-mutant tumours respond poorly", "Pembrolizumab is approved for MSI-H/dMMR ...", "If MMR
    deficient, ...", "BRAF pending. If wild-type, ...", a therapy sentence without a label."""
    back = text[max(0, m.start() - 60) : m.start()]
    sentence = own_sentence(text, m.start(), m.end())
    return bool(
        # "with KRAS/NRAS/BRAF wild-type by tissue PCR" names its test: a result, no population
        (c.generic_population_before.search(back) and not tissue_sourced(text, m.start(), m.end(), c))
        or population_after.match(text[m.end() : m.end() + RAS_WINDOW])
        # "Await RAS/BRAF. If wild-type, request HER2": the plan for a state not yet known
        or c.marker_state_condition_after.match(text, m.end(), min(len(text), m.end() + RAS_WINDOW))
        or search(c.context["hypothetical"], text[sentence_or_line_start(text, m.start()) : m.start()])
        or (search(c.context["therapy"], sentence) and ":" not in sentence)
        or _about_a_kind_of_cancer(text, m, c)
        # the name is what a caveat says a negative result cannot rule out ("A 'not detected'
        # result does not exclude the presence of MSI-H"): no result
        or _caveat_before(text, m.start(), c)
        or _policy_or_indication(text, m, c)
        or _method_or_definition(text, m, c)
    )


def _method_or_definition(text: str, m: regex.Match[str], c: Compiled) -> bool:
    """The name is in a method sentence saying what an assay can detect ("the assay detects KRAS
    G12C, ... and BRAF V600E mutations"), a definition ("MSI-H is defined as ..."), a legend
    ("Key: MSI-H = microsatellite instability-high"), a control's ("Positive control: BRAF V600E
    detected in control DNA"), a prevalence ("BRAF V600E occurs in 8-10% of colorectal cancers") or
    a threshold ("MSI-H if two or more markers are unstable"): no result (markers10)."""
    after = (
        c.marker_definition_after,
        c.marker_control_after,
        c.marker_prevalence_after,
        c.marker_condition_after,
    )
    if any(p.match(text, m.end()) for p in after):
        return True
    if search(c.context["control"], _clause_of(text, m.start())):
        return True  # "Positive control: BRAF V600E detected in control DNA"
    if c.marker_legend_lead.match(_clause_of(text, m.start()).lstrip(" .;")):
        return True
    return search(c.marker_method_lead, _sentence_through_lines(text, m.start())) is not None


def _clause_of(text: str, start: int) -> str:
    """The words of `start`'s clause on its line before it (from the line start, a full stop or a
    semicolon)."""
    return text[clause_start(text, max(line_start(text, start), start - 120), start, LINE_CLAUSE) : start]


def _sentence_through_lines(text: str, start: int) -> str:
    """The words of `start`'s sentence before it, across wrapped lines (from the last full stop or
    blank line, at most 250 characters back)."""
    return text[clause_start(text, max(0, start - 250), start, WRAPPED_SENTENCE) : start]


def other_cancer_history(text: str, m: regex.Match[str], c: Compiled, cancer: str) -> bool:
    """The name is in a clause about another cancer's history than this report's: "Patient with
    prior history of sigmoid COLON adenocarcinoma (2023) -- HER2 amplified by FISH (ratio 3.6),
    RAS wild-type, treated" in a bladder report (devset7 b7-f07-08) is that cancer's RAS result."""
    if cancer == "unknown":
        return False
    before = clause_before(text, m.start())
    history = [h.start() for h in finditer(c.context["history"], before)]
    if not history:
        return False
    before = before[before.rfind("\n", 0, history[-1]) + 1 :]  # from the history word's line on
    sites = {k for k, p in c.site_words.items() if search(p, before)}
    return bool(sites) and cancer not in sites


def _policy_or_indication(text: str, m: regex.Match[str], c: Compiled) -> bool:
    """The name is in a laboratory's testing policy ("HER2 IHC is performed on RAS/BRAF
    wild-type metastatic colorectal carcinoma only", devset7 b7-f09-05) or is the indication a
    drug on its line is labelled with ("Pembrolizumab / nivolumab: MSI-H/dMMR CRC", b7-f04-08):
    which cases are tested or treated, not this tumor's result."""
    stop = clause_stop(text, m.start(), min(len(text), m.start() + 160), PROSE_CLAUSE)
    statement = clause_before(text, m.start()) + text[m.start() : stop]
    if search(c.lab_policy, statement):
        return True
    lo = line_start(text, m.start())
    return ":" in text[lo : m.start()] and bool(c.drug_label_before.match(text, lo, m.start()))


def _caveat_before(text: str, start: int, c: Compiled) -> bool:
    """A caveat on negative results ends the clause before `start`, outside brackets (a row's own
    note "(germline origin cannot be excluded)" is no caveat on the next row; devset7 b7-f04-03)."""
    lo = start - len(clause_before(text, start))
    return any(not in_brackets(text, x.start()) for x in finditer(c.negative_not_excluding, text, lo, start))


def _about_a_kind_of_cancer(text: str, m: regex.Match[str], c: Compiled) -> bool:
    """The name's clause is about a kind of cancer or a menu of targets ("In biliary tract
    cancers, targetable alterations include ... BRAF V600E, ... MSI-H/dMMR"), or it states a state
    the report infers rather than measured ("MLH1/PMS2 loss favors sporadic MSI-H carcinoma"):
    no result of this tumor (blind set 5, b5-f04-04, b5-f06-02)."""
    before = clause_before(text, m.start())
    return bool(search(c.generic_statement_lead, before) or c.inferred_state_before.search(before[-60:]))


def clause_before(text: str, start: int) -> str:
    """The words of `start`'s clause before it, across line breaks (from the last sentence end,
    semicolon or blank line, at most 200 characters back)."""
    return text[clause_start(text, max(0, start - 200), start, PROSE_CLAUSE) : start]


def in_brackets(text: str, pos: int) -> bool:
    """`pos` is inside brackets opened on its line: a note on one row's finding ("CDH1 ... --
    pathogenic (germline origin cannot be excluded)"), not a caveat about the report's negatives,
    whose clause would otherwise run back over the table rows above (devset7 b7-f04-03)."""
    before = text[line_start(text, pos) : pos]
    return before.count("(") > before.count(")")


def result_names(text: str, matches: list[regex.Match[str]], c: Compiled) -> list[regex.Match[str]]:
    """The names and states that may be results: not in a methods section or under a methods
    heading's paragraph (in English, Spanish, Portuguese or French), where a name says what
    an assay covers or how it was tested ("RAS/BRAF: real-time PCR covering KRAS/NRAS exons 2-4
    and BRAF V600 (LoD 1-5% mutant alleles)", "BRAF V600E: PCR en tiempo real"; fix16: devset17
    b17-f12-09, b17-f08-06 read BRAF mutant for wild-type tumours), and not an option after an
    empty checkbox ("MMR IHC: [X] proficient  [ ] deficient"; fix16: devset17 b17-f09-07 read MMR
    deficient for a proficient tumour)."""
    if not matches:
        return matches
    sections = find_sections(text, c)
    return [
        m
        for m in matches
        if section_at(sections, m.start()).kind != "methods"
        and not _under_methods_heading(text, m.start(), c)
        and not _after_empty_box(text, m)
        and not withdrawn_in_clause(text, m, c)  # "KRAS ... entered as 'G12V detected' in error"
    ]


def _under_methods_heading(text: str, start: int, c: Compiled) -> bool:
    """A methods heading line ("MÉTODOS", "5. METODOLOGÍA") opens the paragraph holding `start`
    (no blank line and no other heading, "RESULTS", between)."""
    blank = text.rfind("\n\n", max(0, start - 600), start)
    lo = blank + 2 if blank >= 0 else max(0, start - 600)
    headings = list(finditer(c.methods_heading_line, text, lo, start))
    return bool(headings) and search(c.section_header, text, headings[-1].end(), start) is None


def _after_empty_box(text: str, m: regex.Match[str]) -> bool:
    """An empty checkbox ("[ ]", "( )", "☐") stands right before the match or its last word (a
    match may run from its label to the state: "MMR IHC: [X] proficient  [ ] deficient"), only
    spaces between: the option is one the form did not choose."""
    words = m.group(0).rstrip().split()
    last = m.start() + len(m.group(0).rstrip()) - len(words[-1]) if words else m.start()
    return any(_empty_box_before(text, at) for at in {m.start(), last})


def _empty_box_before(text: str, start: int) -> bool:
    box = box_right_before(text, start, line_start(text, start), EMPTY_BOX_REACH)
    return box is not None and box.group("empty") is not None
