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

import regex

from ..rules import compiled
from ..rules.cache import same_pattern
from ..rules.samples import SampleRules, samples
from . import scope
from .lines import line_starts_after, on_one_line
from .model import STATUS_FAMILIES, Finding
from .samples_rows import row_sample
from .scope import line_end, line_start

PARAGRAPH_BACK = 400  # characters before a value where its sample may be named
PROSE_BACK = 200  # characters before a value where the sentence naming its sample may start
LINKING_VERBS = (
    " was",
    " were",
    "showed",
    "demonstrated",
    " fue",
    " era",
    "mostr",
    " con",
    "reported",
    "rep0rted",
)
INTRO_WORDS = (
    "for the",
    "on the",
    "in the",
    "en la",
    "en el",
    "para la",
    "para el",
)  # "For the core biopsy, HER2"
SECTION_LABEL_REACH = 40  # characters from a line's start where a section's own label ends
SECTION_BACK = 3000  # characters before a value where a form section's drawn heading may be
RESULT_FAMILIES = (*STATUS_FAMILIES, "mutation")


def paragraph_start(text: str, pos: int, r: SampleRules) -> int:
    """Where the paragraph holding `pos` starts (after the last blank line), at most PARAGRAPH_BACK back."""
    floor = max(0, pos - PARAGRAPH_BACK)
    last = None
    for m in r.blank_line.finditer(text, floor, pos):
        last = m
    return last.end() if last else floor


def _aside(text: str, m: regex.Match[str]) -> bool:
    """The cue is a bracketed aside, "(pre-treatment)" or "(pretx core)": it names the sample of
    the value before it ("changed from positive (pre-treatment) to negative"), not of later text.
    A bracket that holds its own value after the cue ("negative (pre-treatment HER2 3+)") is no
    aside: the cue names the value inside it (devset8 b8-f02-11)."""
    close = text.find(")", m.end(), m.end() + 25)
    return (
        text[max(0, m.start() - 3) : m.start()].rstrip().endswith("(")
        and close >= 0
        and "(" not in text[m.end() : close]
        # "HER2 (pre-treatment biopsy, 2026-03): 3+": a bracket before a colon labels what follows
        and not text[close + 1 : close + 4].lstrip(" \t").startswith(":")
        and not _holds_value(text, m.end(), close)
    )


def _holds_value(text: str, lo: int, hi: int) -> bool:
    """[lo, hi) names HER2 or prints a score of its own: "HER2 3+", "IHC 2+", "3+"."""
    return bool(compiled().her2.search(text, lo, hi) or samples().cell_score.search(text, lo, hi))


def _bracket_close(text: str, pos: int) -> int:
    """Where the bracket open at `pos` closes on its line (-1: none, or another opens first)."""
    close = text.find(")", pos, line_end(text, pos))
    return close if close >= 0 and "(" not in text[pos:close] else -1


def _last(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> regex.Match[str] | None:
    last = None
    for m in pattern.finditer(text, lo, hi):
        if not _aside(text, m):
            last = m
    return last


def _cue_end(m: regex.Match[str] | None) -> int:
    return m.end() if m else -1


def sample_cue(
    text: str, value_end: int, post_treatment_report: bool, r: SampleRules, in_history: bool = False
) -> tuple[bool, str | None]:
    """(the value is restated from before treatment, the sample its deciding cue names).

    The nearest sample cue before the value, in its paragraph, decides. In a report on the sample
    after treatment, a first/diagnostic/outside biopsy, a history heading ("CLINICAL HISTORY:",
    "Antecedente:") and the history section itself (a heading on its own line, "CLINICAL HISTORY"
    with no colon) say "before treatment" too: the section's cue stands at the paragraph's start,
    so a "residual"/"after treatment" cue before the value still wins."""
    after = r.earlier_cue_after.match(text, value_end) if post_treatment_report else None
    if after and "(" in text[value_end : after.start("cue")]:
        close = _bracket_close(text, after.start("cue"))
        if close >= 0 and _holds_value(text, after.end("cue"), close):
            after = None  # "negative (pre-treatment HER2 3+)": the bracket's own value is earlier
    if after:  # "negative (pre-treatment)", "3+ on the pre-treatment biopsy", "0 at diagnosis"
        return True, cue_name(text, after, r)
    paragraph = paragraph_start(text, value_end, r)
    lo = block_start(text, paragraph, value_end)
    if lo > paragraph and not r.history_heading.match(text, lo):
        in_history = False  # a section's own label ("Interpretation:") opens the value's block
    cues = [r.pre_treatment] + (
        [r.first_biopsy, r.earlier_sample, r.history_heading] if post_treatment_report else []
    )
    pre = max((_last(p, text, lo, value_end) for p in cues), key=_cue_end)
    last_pre = max(_cue_end(pre), lo if post_treatment_report and in_history else -1)
    current = _last(r.current_sample, text, lo, value_end)
    if last_pre < 0 or last_pre <= _cue_end(current):
        return False, _current_name(text, lo, value_end, r)
    named = pre is not None and not same_pattern(pre.re, r.history_heading) and pre.end() == last_pre
    return True, cue_name(text, pre, r) if named else None


def block_start(text: str, lo: int, hi: int) -> int:
    """Where the block of lines holding `hi` starts within its paragraph [lo, hi): at the last line
    that opens with a section's own label ("DIAGNOSIS: Metastatic carcinoma", "COMMENT: ..."). A
    cue in the clinical lines above ("Clinical: Right breast carcinoma 2019, HER2-negative") does
    not reach a value under the report's own diagnosis (variants7 v7-H-10, devset2 b2-f10-02)."""
    header = compiled().section_header
    start = lo
    for line in line_starts_after(text, lo, hi):
        colon = text.find(":", line, min(hi, line + SECTION_LABEL_REACH))
        if colon > line and on_one_line(text, line, colon) and header.match(text, line, colon + 1):
            start = line
    return start


def _current_name(text: str, lo: int, hi: int, r: SampleRules) -> str | None:
    """The name the nearest current-sample cue that names a sample gives it: "residual cells"
    in a line of staining words names none, the heading's "RESIDUAL TUMOUR (block A11)" does."""
    cues = [m for m in r.current_sample.finditer(text, lo, hi) if not _aside(text, m)]
    return next((name for m in reversed(cues) if (name := cue_name(text, m, r))), None)


def cue_name(text: str, cue: regex.Match[str] | None, r: SampleRules) -> str | None:
    """The sample a cue names with the noun next to it ("Pre-treatment core biopsy", "Residual
    tumor (block A5)", "tumor residual"); None for a cue that names no sample ("after therapy")."""
    if cue is None:
        return None
    start, end = cue.span("cue") if "cue" in cue.groupdict() else cue.span()
    lead = r.comparison_lead.match(text, start, end)
    start = lead.end() if lead else start  # "change from primary tumour" names "Primary tumour"
    before = r.sample_noun_before.search(text, max(0, start - 12), start)
    after = r.sample_noun_after.match(text, end)
    if before:
        start = before.start()
    if after:
        end = after.end()
    if not (before or after or any(same_pattern(cue.re, p) for p in (r.first_biopsy, r.earlier_sample))):
        return None
    words = [w.lower() if w.isalpha() and w.isupper() and len(w) > 2 else w for w in text[start:end].split()]
    name = " ".join(words).strip(" .,:;-")
    return name[:1].upper() + name[1:]


def _tidy_label(label: str) -> str:
    """ "(A)" -> "A", "Lumpectomy (block A2):" -> "Lumpectomy (block A2)", "biopsy" -> "Biopsy",
    "RECURRENT TUMOR" -> "Recurrent tumor" (a label in capitals; short words may be acronyms: FNA)."""
    label = " ".join(label.strip(" \t().:-").split()).replace(" ,", ",")
    if label.isupper():  # "RIGHT BREAST, 9 O'CLOCK," -> "right breast, 9 o'clock,"
        label = " ".join(w.lower() if _word(w) and len(w.strip(",.;:")) > 3 else w for w in label.split())
    label += ")" * _unclosed(label)  # "2) Lumpectomy (block A3" -> "2) Lumpectomy (block A3)"
    return label[:1].upper() + label[1:]


def _unclosed(label: str) -> int:
    """How many brackets the label opens and does not close (a list number's ")" closes none)."""
    depth = 0
    for ch in label:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
    return depth


def _word(token: str) -> bool:
    """A word of letters, perhaps hyphenated or with an apostrophe or a comma after it."""
    core = token.strip(",.;:")
    return bool(core) and all(ch.isalpha() or ch in "-'" for ch in core)


def _inline_label(text: str, lo: int, hi: int, heading: bool, r: SampleRules) -> str | None:
    """A sample named after the test's name in [lo, hi): "HER2 on core: 2+", "Ancillary studies
    on excision (block 1F):". On a line above the value only a heading (a line ending in ':') counts."""
    last = None
    # through findings.scope: the lines above a value are read again for every value below them,
    # and a small window's matches are kept for the document (issue 13)
    for m in scope.finditer(r.inline_label, text, lo, hi):
        last = m
    # a heading names the values below it: it ends in ':' or with the label itself
    # ("HER2 STATUS - excision (block A3)")
    rest = text[last.end() : hi].strip() if last else ""
    if last is None or (heading and rest and not rest.endswith(":")):
        return None
    return _tidy_label(last.group("label"))


def section_sample(text: str, value_pos: int, r: SampleRules) -> str | None:
    """The sample a drawn heading above the value names ("--- RIGHT BREAST ---"): the nearest
    such heading decides, so one that names no sample ("--- COMMENT ---") ends the one above."""
    last = scope.last_line_match(
        r.drawn_heading, text, max(0, value_pos - SECTION_BACK), line_start(text, value_pos)
    )
    if last is None or not r.column_sample_name.match(last.group("title").strip()):
        return None
    return _tidy_label(last.group("title"))


def specimen_label(text: str, value_pos: int, r: SampleRules) -> str | None:
    """The label of the sample on the value's line (a table row that names its sample), else on
    a line above it in its paragraph: a label opening the line, or a sample named after the
    test's name; else the sample a drawn heading above names (a form's section)."""
    return (
        row_sample(text, value_pos, r)
        or _label_above(text, value_pos, r)
        or section_sample(text, value_pos, r)
    )


def _label_above(text: str, value_pos: int, r: SampleRules) -> str | None:
    """A label opening the value's line or a line above it in its paragraph, or a sample named
    after the test's name. Walking up stops at a list item that names no sample: the items
    above it are other samples."""
    lo = paragraph_start(text, value_pos, r)
    floor = max(0, lo - 1)  # the newline that ends the line before the paragraph, if any
    # a line longer than the paragraph's reach (a run-on report) is read from the reach's start
    pos = max(text.rfind("\n", floor, value_pos) + 1, lo)
    own_line = True
    while pos >= lo:
        end = line_end(text, pos)
        m = r.line_label.match(text, pos, end)
        if m:
            return _tidy_label(m.group("label"))
        letter = _declared_letter(text, pos, end, r)
        if letter:
            return letter
        inline = _inline_label(text, pos, value_pos if own_line else end, not own_line, r)
        if inline or pos == 0 or r.item_start.match(text, pos, end):
            return inline
        own_line = False
        pos = text.rfind("\n", floor, pos - 1) + 1
    return _introducing_line(text, lo, r)


def _declared_letter(text: str, pos: int, end: int, r: SampleRules) -> str | None:
    """The letter of a line that opens with a letter and a test's name ("(B) HER2 IHC on cell
    block: 2+"), when the report gives that letter to a sample on another line ("(B) Metastatic
    carcinoma ..."): a specimen's results. A lettered test heading whose letter names nothing else
    ("D. HER2 (ERBB2)" among sections A. to E.) is a section, not a sample (devset9 b9-f01-06)."""
    m = r.lettered_test_line.match(text, pos, end)
    if m is None:
        return None
    letter = m.group("letter")
    for other in r.lettered_sample_line.finditer(text):
        if other.group("letter") == letter and not pos <= other.start() <= end:
            return _tidy_label(m.group("label"))
    return None


def _introducing_line(text: str, lo: int, r: SampleRules) -> str | None:
    """The sample a line ending in ':' names when a blank line separates it from the block it
    introduces ("HER2 ISH was therefore performed on the current\nexcision, block A4:", blank
    line, the FISH block). Only the paragraph right after it: a blank line bounds `lo`."""
    end = len(text[:lo].rstrip())
    if lo == 0 or end <= 0 or text.count("\n", end, lo) < 2 or text[end - 1] != ":":
        return None
    start = line_start(text, end - 1)
    m = r.line_label.match(text, start, end)
    if m:
        return _tidy_label(m.group("label"))
    return _inline_label(text, start, end, True, r)


def prose_label(text: str, value_start: int, r: SampleRules) -> str | None:
    """An earlier or identified sample the value's own sentence names just before it ("The prior
    core needle biopsy (SB-26-06102) was HER2 IHC 2+", "left breast cancer 2021 (ER+, HER2 1+)"):
    nearer than any label line above, so it decides. The sample must say when it was taken or
    which it is (an id, a year): "the core biopsy was HER2 3+" names the report's one sample."""
    lo = max(0, value_start - PROSE_BACK)
    window = text[lo:value_start].lower()
    if "(" not in window and not any(word in window for word in LINKING_VERBS + INTRO_WORDS):
        return None  # cheap prefilter: no bracket, linking verb or opening words before the value
    m = r.prose_sample.search(text, lo, value_start)
    ident = " ".join(m.group("ident").split()) if m else ""
    # a procedure with the value in brackets right after it names the sample the value is
    # measured on, dated or not: "Discordance between core (score 0) and excision (score 2+)"
    bracketed = m is not None and bool(m.group("procedure") and m.group("bracket"))
    # "For the core biopsy, HER2 was 1+; for the excision, HER2 was 3+": a sample the sentence
    # opens with; a bare comma after a sample names none ("carcinoma, HER2 3+")
    introduced = m is not None and bool(m.group("procedure") and m.group("intro") and m.group("comma"))
    if m is None or (m.group("comma") and not introduced):
        return None
    if not (m.group("when") or m.group("when_after") or ident or bracketed or introduced):
        return None
    return _tidy_label(f"{m.group('label')} {ident}")


def _bracket_label(text: str, f: Finding) -> str | None:
    """The sample named just before a bracket the value is printed in, after the test's name:
    "Discordance between core (score 0) and excision (score 2+, ISH amplified)" - each value's
    own sample, however far back the HER2 its reading started from is."""
    end = max(f.nstart, f.nend)
    opened = text.rfind("(", max(f.nstart, line_start(text, end - 1)), end)
    if opened < 0 or ")" in text[opened:end]:
        return None
    return prose_label(text, opened + 1, samples())


def _value_pos(text: str, f: Finding) -> int:
    """Where the value of a finding is printed: its span's end ("HER2 IHC 4B5 2+"), or its start
    when the span ends on the HER2 name it was read for ("Amplified\nB HER2": a value read back
    from the next table row's name belongs to the row it is printed in)."""
    end = max(f.nstart, f.nend - 1)
    crosses = not on_one_line(text, f.nstart, f.nend)
    if (
        crosses
        and compiled().her2.search(text, line_start(text, end), f.nend)
        and not compiled().her2.match(text, f.nstart)
    ):
        return f.nstart
    return end


def post_treatment_report(text: str) -> bool:
    """The report describes a sample taken after treatment: it says so ("residual carcinoma",
    "ypT2", "post-neoadjuvant"), or its sample is a relapse (a recurrence, a metastasis diagnosed
    as such) of a primary it says was treated or dates before its own year. There the primary's
    restated result is the earlier sample, never the current one (devset7 b7-f02-03)."""
    r = samples()
    # through findings.scope: these records declare `starts`, so the fast path matches them only
    # where a cue word begins (~0.5 ms a report less than a search from every position)
    if any(not _in_untested_sentence(text, m, r) for m in _post_treatment_cues(text, r)):
        # "residual carcinoma at biopsy site ... (No neoadjuvant therapy was given.)": what the
        # earlier biopsy left, not a tumour after treatment (devset8 b8-f01-06)
        return not _stated_untreated(text, r)
    if scope.search(r.relapse_sample, text) is None:
        return False
    return bool(scope.search(r.past_treatment, text)) or _primary_dated_earlier(text, r)


def _post_treatment_cues(text: str, r: SampleRules) -> list[regex.Match[str]]:
    """The report's post-treatment cues: the first, and the rest only when the first sits in a
    sentence about an untested sample (rare: most reports stop at one search)."""
    first = scope.search(r.post_treatment_report, text)
    if first is None:
        return []
    if not _in_untested_sentence(text, first, r):
        return [first]
    return list(scope.finditer(r.post_treatment_report, text))


def _in_untested_sentence(text: str, m: regex.Match[str], r: SampleRules) -> bool:
    """The cue's sentence says HER2 of the sample it names is not known or not tested ("HER2
    status of the current (post-treatment) metastatic disease is not known"): the report names a
    sample it did not test, not its own (fix20, devset22 b22-f06-07)."""
    c = compiled()
    lo = scope.sentence_start(text, m.start(), max(0, m.start() - 120), c)
    hi = scope.sentence_end(text, m.end(), min(len(text), m.end() + 120), c)
    return scope.search(r.untested_sample_status, text, lo, hi) is not None


def _stated_untreated(text: str, r: SampleRules) -> bool:
    """The report says no treatment came before its sample, and names none it received."""
    return bool(scope.search(r.no_prior_treatment, text)) and not scope.search(r.past_treatment, text)


def _primary_dated_earlier(text: str, r: SampleRules) -> bool:
    """A primary named by a year before the latest year the report writes (its own date), or by
    the only year it writes ("Primary (2022, left breast)" in a report dated only by its number)."""
    latest = max((int(m.group(0)) for m in r.year.finditer(text)), default=0)
    return any(
        int(m.group("year")) < latest or latest == int(m.group("year")) == _only_year(text, r)
        # searched directly: its first texts ("c", "in", "19", ...) begin at a few hundred places
        # of a report, and a call at each (timed on a long text) cost twice the search
        for m in r.dated_primary.finditer(text)
    )


def _only_year(text: str, r: SampleRules) -> int:
    years = {m.group(0) for m in r.year.finditer(text)}
    return int(years.pop()) if len(years) == 1 else -1


def attribute_samples(text: str, findings: list[Finding], post_treatment: bool) -> None:
    """Set `pre_treatment` and `specimen` on every result finding read from `text`."""
    r = samples()
    for f in findings:
        if f.family not in RESULT_FAMILIES or f.nend < 0:
            continue
        # only a report on the sample after treatment restates a pre-treatment result; in the
        # biopsy taken before treatment, "prior to neoadjuvant therapy" describes the current sample
        pre, named = (
            sample_cue(text, f.nend, post_treatment, r, f.section == "history")
            if post_treatment
            else (False, None)
        )
        # its sample column's header said (samples_columns.py); outside a report after treatment
        # a dated column marks an earlier result instead (findings/earlier.py)
        if f.column_pre_treatment is not None and post_treatment:
            pre, named = f.column_pre_treatment, None
        else:
            pre = pre or f.pre_treatment  # a table row may have said so (findings/columns.py)
        f.pre_treatment = pre
        # a label already read (a sample column's header, findings/samples_columns.py) stands
        label = (
            f.specimen
            or prose_label(text, f.nstart, r)
            or _bracket_label(text, f)
            or specimen_label(text, _value_pos(text, f), r)
        )
        # a restated earlier result under the current sample's heading is named by its own cue
        f.specimen = (named or label) if pre else (label or named)
