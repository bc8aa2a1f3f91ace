"""Checkbox forms (synoptic templates): every category is printed and the lab marks one.

    HER2 (ERBB2) by Immunohistochemistry
      [ ] Negative (Score 0)
      [ ] Negative (Score 1+)
      [ ] Equivocal (Score 2+)
      [x] Positive (Score 3+)

    HER2 IHC | [ ] 0  [ ] 1+  [ ] 2+  [x] 3+ | clone 4B5

The options are the boxes on the name's line and on the lines right below it (one option per box,
its words running to the next box, a "|" or the line's end). Exactly one marked box is the result;
no marked box is a blank form (a legend, not a result); two or more marked boxes are not read (a
guess would be the worst outcome). A marked "Not performed" or "Cannot be determined" is no result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from ..rules import Compiled, compiled
from .ihc import call_of, score_from_match
from .mark_column import read_mark_column
from .mention_scope import MentionScope
from .model import ISH_RESULT_OF_CALL, Finding
from .scope import line_end, line_start, search
from .values import amplification_polarity, to_float

if TYPE_CHECKING:
    from .scanner import PageScanner

MAX_OPTION_LINES = 8
MAX_LINE_CHARS = 400
MAX_RATIO = 50  # a larger "ratio" is no HER2/CEP17 ratio (findings/ish.py reads the same way)
FIRST_BOX_LINES = 2  # the first box is on the name's line or at most this many lines below it
# The checkbox ("[x]", "(X)", a ticked box: group "marked"; "[ ]", "( )": "empty") and where an
# option's words end are value patterns: data/rules/document.toml, family "checkbox".


@dataclass(frozen=True)
class Option:
    marked: bool
    start: int  # offsets of the option's words in the text
    end: int
    text: str


def _lines_from(text: str, pos: int) -> list[tuple[int, int]]:
    """(start, end) of the line holding `pos` and the lines after it."""
    out = []
    start = line_start(text, pos)
    for _ in range(MAX_OPTION_LINES + FIRST_BOX_LINES + 1):
        end = line_end(text, start)
        out.append((start, end))
        if end >= len(text):
            break
        start = end + 1
    return out


def _trailing(text: str, lo: int, hi: int, boxes: list[regex.Match[str]]) -> bool:
    """The line's boxes follow their options' words ("Negative (Score 1+) ____ Positive (Score
    3+) ____", a fill-in blank after each choice): an option's words (a call or a score) before
    the first box and none after the last. Read the usual way, each box would take the next option's words, so a mark after
    "Negative" would read as "Positive" (late7)."""
    c = compiled()
    before = text[lo : boxes[0].start()]
    after = text[boxes[-1].end() : hi].strip(" \t|")
    words = (c.call_word, c.ihc_score, c.amp_word)
    return not after and any(w.search(before) for w in words)  # a label ("by IHC:") is no option


def _stacked_option(text: str, lo: int, hi: int, boxes: list[regex.Match[str]]) -> bool:
    """A line below the name that is one of its options with the box after the words
    ("  Negative (Score 1+) __X__" under "HER2 by IHC:"): one box, trailing a call or a score, and
    no other marker's or test's name. Read as another label's line, the form was skipped and
    the "3+" of the next option read as the result."""
    c = compiled()
    words = text[lo : boxes[0].start()]
    return (
        len(boxes) == 1
        and _trailing(text, lo, hi, boxes)
        and not any(
            search(p, words) for p in (c.other_marker_ci, c.other_marker_cs, c.her2, c.ish_method, c.ihc_word)
        )
    )


def _line_options(text: str, lo: int, hi: int, boxes: list[regex.Match[str]]) -> list[Option]:
    """The options of one line: each box with the words after it up to the next box, a "|" or
    the line's end, or, when the boxes trail their words, the words before it."""
    c = compiled()
    out = []
    trailing = _trailing(text, lo, hi, boxes)
    for j, box in enumerate(boxes):
        if trailing:
            start = boxes[j - 1].end() if j else lo
            bar = text.rfind("|", start, box.start())
            start = bar + 1 if bar >= 0 else start
            words = text[start : box.start()].strip(" \t:-")
            begin = box.start() - len(text[start : box.start()].lstrip(" \t:-"))
            out.append(Option(box.group("marked") is not None, begin, box.start(), words))
            continue
        stop = boxes[j + 1].start() if j + 1 < len(boxes) else hi
        end_m = c.option_end.search(text, box.end(), stop)
        end = end_m.start() if end_m else stop
        words = text[box.end() : end].strip()
        out.append(Option(box.group("marked") is not None, box.end(), end, words))
    return out


def options_after(text: str, name_end: int) -> list[Option]:
    """The checkbox options of the name ending at `name_end` (empty when it has none)."""
    c = compiled()
    lines = _lines_from(text, name_end)
    options: list[Option] = []
    starred = False  # a "(*)" mark: a form's only when the form has empty boxes too
    started = False
    # options stacked under the name with their boxes after the words: only under a name whose
    # own line states no value ("HER2 IHC: 3+" over "Positive control: stained [x]" is no form)
    # (asked only when a line below holds words before its box: most names have no box at all,
    # and the IHC score's search cost ~6% of the matching when it ran for every name, issue 13)
    stack: bool | None = None
    skipped = 0  # lines between the name and its first box that do not count as other lines
    name_value: bool | None = None  # the name's own line gives a value (then no line is skipped)
    for i, (lo, hi) in enumerate(lines):
        lo = max(lo, name_end) if i == 0 else lo
        if hi - lo > MAX_LINE_CHARS:
            break  # a form's option line is short; a long line is prose
        boxes = list(c.checkbox.finditer(text, lo, hi))
        if not boxes:
            if started:
                break
            if i > 0 and _form_heading(text, lo, hi):
                if name_value is None:  # asked once, and only here: three searches of the name's line
                    name_value = _name_line_value(text, name_end, lines[0][1])
                if not name_value:
                    skipped += 1  # a blank line or the form's own "Results (check one):" above its boxes
                    continue
            if skipped or i >= FIRST_BOX_LINES:
                break  # past a skipped line only the form's own boxes may follow ("ER result:" may not)
            continue
        if not started and i > 0 and _other_marker_between(text, lines[0][1], lo):
            break  # "ESTROGEN RECEPTOR (ER)" or "+ Clone: SP1 (ER)" above the boxes: another form's
        label = text[lo : boxes[0].start()].strip(" \t:|-")
        # "Result options:" before the form's first box, under a name whose line gives no value
        # of its own, is the form's own label (b16-f11-08)
        own_label = (
            not started
            and _open_name_line(text, name_end, lines[0][1])
            and c.checkbox_options_label.match(label)
        )
        if label and i > 0 and not own_label:
            if stack is None:
                if name_value is None:
                    name_value = _name_line_value(text, name_end, lines[0][1])
                stack = not name_value
            if not (stack and _stacked_option(text, lo, hi, boxes)):
                # another label's line ("ER: [x] Positive") is not this name's, neither before its
                # options nor after them ("HER2 ISH: [x] Not performed" below the IHC options:
                # blind set 5, b5-f01-07)
                break
        started = True
        options.extend(_line_options(text, lo, hi, boxes))
        starred = starred or any("*" in box.group(0) for box in boxes)
    if starred and all(o.marked for o in options):
        return []  # "2+ (*)" and "(*) see comment": a footnote mark, not a form
    return options


def _other_marker_between(text: str, lo: int, hi: int) -> bool:
    """A line between the name's line and the first box names another marker: the boxes below
    are that marker's form ("HER2 (ERBB2) BY IMMUNOHISTOCHEMISTRY: to follow" over "ESTROGEN
    RECEPTOR (ER)", "+ Result:", "[x] Positive (95%)" read POSITIVE; mend19b, review19 item 5).
    Asked once, at the first box line below the name (most names have no box at all)."""
    c = compiled()
    return any(search(p, text, lo, hi) for p in (c.other_marker_ci, c.other_marker_cs))


def _form_heading(text: str, lo: int, hi: int) -> bool:
    """A line between a value-free test name ("Test: HER2 by IHC   Antibody: 4B5") and its first
    box that is no other line: blank, or the form's own label alone ("Results (check one):",
    "Interpretation:"). Counted as a line, it pushed the boxes past FIRST_BOX_LINES and the marked
    3+ was lost (devset19 b19-f11-07, probe17 form_heading_gap)."""
    line = text[lo:hi].strip()
    c = compiled()
    return (
        not line
        or (line.endswith(":") and c.checkbox_options_label.match(line[:-1].strip()) is not None)
        or c.checkbox_header_line.match(line) is not None  # "+ Antibody: 4B5", "+ Result:" (b21-f01-05)
    )


def _name_line_value(text: str, name_end: int, name_line_end: int) -> bool:
    """The rest of the name's line gives a call, a score or an amplification word: its lines below
    are no form's, and none is skipped (asked after the cheap line test: it cost ~11 ms a
    benchmark report when asked of every line without a box, issue 13). Through `scope.search`:
    the IHC score searched directly tried its lookbehinds at every position of the line (~0.35 ms
    a call over a 100-character line), scope's prefilter tries it only where a score may begin."""
    c = compiled()
    return any(search(w, text, name_end, name_line_end) for w in (c.call_word, c.ihc_score, c.amp_word))


def _open_name_line(text: str, name_end: int, line_end_at: int) -> bool:
    """The rest of the name's line gives no value after a colon ("Test performed ..... HER2 by
    immunohistochemistry", "HER2 IHC (4B5)"); "Cociente HER2/CEP17: 2,9" gives its own."""
    rest = text[name_end:line_end_at]
    colon = rest.find(":")
    return colon < 0 or not rest[colon + 1 :].strip()


def option_at(text: str, pos: int) -> tuple[bool, int, int] | None:
    """(marked, start, end) of the checkbox option whose words hold `pos`: the nearest box before
    it on its line, up to the next box or the line's end ("ISH RESULT: ( ) Not amplified  (*)
    Amplified  ( ) Equivocal": "Amplified" is marked, and "Not" is the option before it). None
    when no box precedes `pos` on its line."""
    lo, hi = line_start(text, pos), line_end(text, pos)
    boxes = list(compiled().checkbox.finditer(text, lo, pos))
    if not boxes:
        return None
    box, following = boxes[-1], compiled().checkbox.search(text, pos, hi)
    return box.group("marked") is not None, box.end(), following.start() if following else hi


def box_right_before(text: str, start: int, lo: int, reach: int) -> regex.Match[str] | None:
    """The checkbox that stands right before `start`, only spaces between, at most `reach`
    characters back and not before `lo`: the box a form's option words follow ("[X] Positive",
    "[ ] deficient")."""
    boxes = list(compiled().checkbox.finditer(text, max(lo, start - reach), start))
    if boxes and not text[boxes[-1].end() : start].strip():
        return boxes[-1]
    return None


def has_checkboxes(s: PageScanner, scope: MentionScope) -> bool:
    return len(options_after(s.text, scope.end)) >= 2


def _amplification_option(s: PageScanner, option: Option) -> str | None:
    """The ISH result an option's amplification words name ("[x] Not amplified"), or None."""
    amp = s.c.amp_word.search(s.text, option.start, option.end)
    if amp is None:
        return None
    pol = amplification_polarity(s.text, amp, option.start, option.end, s.c)
    return "amplified" if pol == "amplified_statement" else pol if pol != "gain" else None


def _unblanked_option(s: PageScanner, scope: MentionScope, options: list[Option]) -> list[Option]:
    """A form printed with a blank ("___") before every option not chosen and none before the
    chosen one, on the only line between the name and the blanks ("HER2 by IHC:" / "Negative
    (Score 1+)" / "___ Negative (Score 0)" / "___ Equivocal (Score 2+)" ...): that line is the
    answer (lead24, blind set 27). Only when every option's box is such a blank and the line
    holds a call word and a score of the same shape as the options."""
    t, c = s.text, s.c
    first = line_start(t, options[0].start)
    if any(o.marked for o in options) or not all(
        t[line_start(t, o.start) : o.start].strip().strip("_") == "" for o in options
    ):
        return []
    lo = line_end(t, scope.end) + 1
    if lo >= first:
        return []
    lines = [ln for ln in t[lo:first].split("\n") if ln.strip()]
    if len(lines) != 1:
        return []
    at = t.index(lines[0].strip(), lo)
    words = lines[0].strip()
    if not (c.call_word.search(words) and c.ihc_score.search(words)):
        return []
    # the line is one of the options moved out of the list: an option's shape with its own call and
    # score ("Negative (Score 1+)" beside "___ Negative (Score 0)"), not a line that quotes one
    # ("Prior result (2019 biopsy): Positive (Score 3+)") nor an option the list still holds (review24)
    texts = {_squeezed(o.text) for o in options}
    if _squeezed(words) in texts or _option_shape(c, words) not in {
        _option_shape(c, o.text) for o in options
    }:
        return []
    return [Option(True, at, at + len(words), words)]


def _squeezed(words: str) -> str:
    return " ".join(words.lower().split())


def _option_shape(c: Compiled, words: str) -> str:
    """An option's words with its call word and score blanked: "Negative (Score 1+)" and
    "Positive (Score 3+)" have one shape."""
    return _squeezed(c.ihc_score.sub("#", c.call_word.sub("@", words)))


def read_checkboxes(s: PageScanner, scope: MentionScope) -> list[Finding] | None:
    """The marked option's result; a mention for a blank or ambiguous form; None when the name
    has no checkbox options."""
    options = options_after(s.text, scope.end)
    if len(options) < 2:
        return read_mark_column(s, scope)  # no boxes: perhaps marks in a column of their own
    box = s.c.checkbox.search(s.text, line_start(s.text, scope.start), scope.start)
    if box is not None:
        rest = (scope.end, line_end(s.text, scope.end))
        if (
            box.group("marked") is not None
            and s.c.checklist_item_value.match(s.text, scope.end)
            and s.c.checkbox.search(s.text, *rest) is None
        ):
            return None  # "[x] HER2 IHC -- 2+ (equivocal)": a checklist's item, its value on its line
        # the name is an option's own words ("[X] 1+  Negative (HER2-low)"): the boxes below it
        # are its form's other options, which the form's label reads
        return s.mention(scope, "legend")
    marked = [o for o in options if o.marked] or _unblanked_option(s, scope, options)
    if len(marked) != 1:
        return s.mention(scope, "legend")
    option = marked[0]
    c = s.c
    call_m = c.call_word.search(option.text)
    call = call_of(call_m) if call_m else None
    label = s.text[scope.start : options[0].start]
    ratio = c.ratio.search(label)
    if c.ish_method.search(label) or ratio or (call is not None and c.amp_word.search(option.text)):
        # an ISH form: its method named, or its ratio or "(amplified)" on the marked option's row
        # ("HER2/CEP17 ratio: 2.76" / "[x] Positive (amplified): Group 1", devset8 b8-f01-07)
        result = ISH_RESULT_OF_CALL.get(call, "equivocal") if call else _amplification_option(s, option)
        if result is None:
            return s.mention(scope, "no_result")
        values: dict[str, object] = {"result": result}
        measured = to_float(ratio.group("ratio")) if ratio else None
        if measured is not None and measured <= MAX_RATIO:
            values["ratio"] = measured
        return [s.make("ish", scope.start, option.end, values)]
    score_m = c.ihc_score.search(option.text)
    score, _, zero_plus = score_from_match(score_m) if score_m else (None, None, False)
    if score_m is None and _bare_zero_among_scores(c, option, options):
        score = "0"  # "[x] 0" over "[ ] 1+  [ ] 2+  [ ] 3+": a bare 0 is a score beside its scale
    if score is None and call is None:
        return s.mention(scope, "no_result")  # "[x] Not performed", "[x] Cannot be determined"
    if score is None:
        return [s.make("status_statement", scope.start, option.end, {"call": call})]
    values = {"score": score}
    if zero_plus:  # "(X) Negative (Score 0+)": CAP's 0+ is what is also called HER2-ultralow (qa4 23)
        values["zero_plus"] = True
    if call is not None:
        values["lab_call"] = "equivocal" if call == "weakly_positive" else call
    return [s.make("ihc", scope.start, option.end, values)]


def _bare_zero_among_scores(c: Compiled, option: Option, options: list[Option]) -> bool:
    """The option's words are a bare 0 ("[x] 0", "(X) 0 (negative)") and another option of the
    form is a score ("[ ] 1+"): a lone 0 is no score by itself (the score pattern needs a label
    or a description for it), but on a score scale it is the 0 (probe19: "HER2 IHC:" with its
    boxes below a blank line read not found)."""
    words = option.text.strip()
    if not words.startswith("0") or (len(words) > 1 and words[1] not in " \t("):
        return False
    return any(o is not option and c.ihc_score.search(o.text) is not None for o in options)
