"""A picture of where the report's own numbers sit: the IHC scale and the ISH/NGS number lines.

People would rather look than read a threshold. This module turns the values the report gives
into small scales (a row of IHC categories, or a number line with the guideline's cut-offs) and
draws each one twice: in plain characters for the terminal and plain-text files (readable
without color), and as inline SVG for the printable page (nothing fetched). Every scale carries
one sentence that says the same thing in words: the text alternative a screen reader reads.

A scale is drawn only for a value the report gives. An NGS copy number is compared only with a
cut-off the lab itself states; a plasma (blood) copy number is never put against a tissue
cut-off, because normal DNA in blood dilutes it (docs/clinical-rules.md §7).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Protocol

from her2cli.interpret.rule_sets import RuleSet, rule_sets
from her2cli.messages import load_messages

IHC_SCORES = ("0", "1+", "2+", "3+")
# Meaning of each IHC score under every scoring rule her2cli applies (0/1+ negative, 2+ borderline
# until ISH decides, 3+ positive); the tumor type changes the cut-off wording, not the categories.
IHC_MEANINGS = ("negative", "negative", "decide", "positive")


@dataclass(frozen=True)
class AxisSpec:
    """Cut-off lines and the axis around them: ticks every `step`, from 0 to at least `least`
    and at most `most` (a larger value sits at the end, marked as beyond the scale)."""

    cutoffs: tuple[float, ...]
    step: float
    least: float
    most: float


# ASCO/CAP 2018 dual-probe groups split the average HER2 copies per cell at 4.0 and 6.0 (docs/clinical-rules.md §2).
ASCO_CAP_GROUP_COPIES = (4.0, 6.0)


def ratio_axis(rules: RuleSet) -> AxisSpec:
    """The HER2/CEP17 ratio against the cut-off of this tumor type's scoring rules (2.0 for all)."""
    return AxisSpec(cutoffs=(rules.ish_ratio_cutoff,), step=1.0, least=4.0, most=10.0)


def copies_axis(rules: RuleSet) -> AxisSpec | None:
    """Average HER2 copies per cell against the cut-offs the rules use: 4.0 and 6.0 where the
    ASCO/CAP groups apply (breast), 6.0 where copies alone count (gastric, other), none for
    colorectal (HERACLES decides on the ratio), so no line is drawn that the rules do not use."""
    if rules.uses_asco_cap_groups:
        cutoffs: tuple[float, ...] = ASCO_CAP_GROUP_COPIES
    elif rules.ish_mean_cutoff is not None:
        cutoffs = (rules.ish_mean_cutoff,)
    else:
        return None
    return AxisSpec(cutoffs=cutoffs, step=2.0, least=8.0, most=20.0)


def lab_axis(cutoff: float) -> AxisSpec:
    """An axis for the one cut-off a sequencing lab states (its copy number threshold)."""
    step = 1.0 if cutoff <= 5 else 2.0 if cutoff <= 12 else 5.0
    return AxisSpec(cutoffs=(cutoff,), step=step, least=2 * cutoff, most=max(10 * step, 2 * cutoff))


class ScaleKind(StrEnum):
    IHC = "ihc"
    ISH_RATIO = "ratio"
    ISH_COPIES = "copies"
    NGS_COPIES = "ngs"


@dataclass(frozen=True)
class Category:
    """One cell of a category scale: its label, what it means, and whether the report gave it."""

    label: str
    meaning: str
    marked: bool


@dataclass(frozen=True)
class Band:
    """A named stretch of a category scale (HER2-low: 1+ and 2+ in breast cancer)."""

    first: int
    last: int
    label: str


@dataclass(frozen=True)
class CategoryScale:
    kind: ScaleKind
    title: str
    marker: str
    categories: tuple[Category, ...]
    band: Band | None
    alt: str
    notes: tuple[str, ...]


@dataclass(frozen=True)
class NumberScale:
    """A number line from 0 to `end` with tick marks every `step` and the cut-off lines."""

    kind: ScaleKind
    title: str
    marker: str
    value: float
    value_text: str
    end: float
    step: float
    cutoffs: tuple[float, ...]
    cutoff_texts: tuple[str, ...]
    alt: str
    notes: tuple[str, ...]

    @property
    def clipped(self) -> bool:
        return self.value > self.end


Scale = CategoryScale | NumberScale


class ScaleFacts(Protocol):
    """The values a scale needs (her2cli.facts.ReportFacts has them); `None` where the report is silent."""

    @property
    def cancer_type(self) -> str: ...
    @property
    def ihc_score(self) -> str | None: ...
    @property
    def ihc_score_range(self) -> str | None: ...
    @property
    def ish_ratio(self) -> float | None: ...
    @property
    def ish_copy_number(self) -> float | None: ...
    @property
    def ngs_copy_number(self) -> float | None: ...
    @property
    def ngs_threshold(self) -> float | None: ...
    @property
    def blood(self) -> bool: ...
    @property
    def her2_ultralow(self) -> bool: ...
    @property
    def rules_named(self) -> tuple[str, ...]: ...
    @property
    def ish_result(self) -> str | None: ...
    @property
    def status(self) -> str: ...
    @property
    def single_probe(self) -> bool: ...
    @property
    def ish_group(self) -> int | None: ...
    @property
    def call_source(self) -> str | None: ...
    @property
    def warning_codes(self) -> frozenset[str]: ...


def format_number(value: float, lang: str, *, decimals: int | None = None) -> str:
    """3.4 in English, 3,4 in Spanish; cut-offs keep one decimal as guidelines print them (2.0)."""
    text = f"{value:.{decimals}f}" if decimals is not None else f"{value:g}"
    return text.replace(".", ",") if lang == "es" else text


def _where(value: float, cutoffs: tuple[float, ...], texts: tuple[str, ...], words: dict[str, str]) -> str:
    """Where value sits among the cut-offs, in words: below / at / between / above."""
    for cutoff, text in zip(cutoffs, texts, strict=True):
        if math.isclose(value, cutoff):
            return words["on"].format(low=text)
    if value < cutoffs[0]:
        return words["below"].format(low=texts[0])
    for i in range(len(cutoffs) - 1):
        if cutoffs[i] < value < cutoffs[i + 1]:
            return words["between"].format(low=texts[i], high=texts[i + 1])
    if len(cutoffs) > 1:
        return words["above_all"].format(low=texts[0], high=texts[-1])
    return words["above"].format(low=texts[-1])


def _axis_end(value: float, axis: AxisSpec) -> float:
    """Room for the value and the cut-offs, in whole steps, but never wider than `axis.most`."""
    wanted = max(axis.least, max(axis.cutoffs) + axis.step, value)
    return min(axis.most, math.ceil(wanted / axis.step) * axis.step)


def _number_scale(kind: ScaleKind, value: float, axis: AxisSpec, lang: str) -> NumberScale:
    msgs = load_messages(lang)["scale"]
    table: dict[str, Any] = msgs[kind.value]
    texts = tuple(format_number(c, lang, decimals=1) for c in axis.cutoffs)
    # an ISH ratio or mean keeps its decimal as reports print it: 6.0, not 6 (qa5 U9)
    whole = float(value).is_integer() and kind in (ScaleKind.ISH_RATIO, ScaleKind.ISH_COPIES)
    value_text = format_number(value, lang, decimals=1 if whole else None)
    where = _where(value, axis.cutoffs, texts, msgs["position"])
    source = table["source_one"] if len(axis.cutoffs) == 1 else table["source_many"]
    source = source.format(low=texts[0], high=texts[-1])  # "the lines, at 4.0 and 6.0" (qa5 C10)
    alt = f"{table['alt'].format(value=value_text, where=where)} {source}"
    notes = tuple(table.get("notes", ()))
    return NumberScale(
        kind=kind,
        title=table["title"],
        marker=msgs["your_result"],
        value=value,
        value_text=value_text,
        end=_axis_end(value, axis),
        step=axis.step,
        cutoffs=axis.cutoffs,
        cutoff_texts=texts,
        alt=alt,
        notes=notes,
    )


def _marked_scores(facts: ScaleFacts) -> tuple[set[str], str] | None:
    """The IHC cells the report gives (one score, or every cell of a range such as 1-2+)."""
    if facts.ihc_score in IHC_SCORES:
        return {facts.ihc_score}, facts.ihc_score
    if not facts.ihc_score_range:
        return None
    low, _, high = facts.ihc_score_range.partition("-")
    low = low if low == "0" else f"{low.rstrip('+')}+"
    high = high if high == "0" else f"{high.rstrip('+')}+"
    if low not in IHC_SCORES or high not in IHC_SCORES:
        return None
    return set(IHC_SCORES[IHC_SCORES.index(low) : IHC_SCORES.index(high) + 1]), facts.ihc_score_range


def _ihc_scale(facts: ScaleFacts, lang: str) -> CategoryScale | None:
    given = _marked_scores(facts)
    if given is None:
        return None
    marked, value = given
    msgs = load_messages(lang)["scale"]
    table: dict[str, Any] = msgs["ihc"]
    cancer = facts.cancer_type if facts.cancer_type in table["cutoff"] else "unknown"
    if cancer == "colorectal" and not any("HERACLES" in name.upper() for name in facts.rules_named):
        cancer = (
            "colorectal_unnamed"  # labs use different rules for colorectal cancer (docs/clinical-rules.md §4)
        )
    categories = tuple(
        Category(label=score, meaning=table["meanings"][meaning], marked=score in marked)
        for score, meaning in zip(IHC_SCORES, IHC_MEANINGS, strict=True)
    )
    # the HER2-low band and note belong to a negative breast result, never beside a positive one
    # (qa3 18) nor beside a borderline 2+ still waiting for its ISH ("still HER2-negative", qa4 32)
    breast = facts.cancer_type == "breast" and facts.status not in ("positive", "equivocal")
    notes = [table["low_note"]] if breast else []
    if breast and facts.her2_ultralow:
        notes.append(table["ultralow_note"])
    alt_key = "alt" if len(marked) == 1 else "alt_range"
    cutoff = table["cutoff"][cancer]
    if marked == {"3+"} and "ihc3_low_percent" in facts.warning_codes:
        few = table["cutoff_few_cells"]  # a 3+ in fewer cells than the rules ask for (sentences16)
        cutoff = few.get(facts.cancer_type, few["other"])
    return CategoryScale(
        kind=ScaleKind.IHC,
        title=table["title"],
        marker=table["your_score"] if len(marked) == 1 else table["your_range"],
        categories=categories,
        band=Band(first=1, last=2, label=table["low_band"]) if breast else None,
        alt=table[alt_key].format(value=value) + " " + cutoff,
        notes=tuple(notes),
    )


def _lab_result_shown(facts: ScaleFacts) -> bool:
    """The lab's own ISH answer is a row above the scales ("Its own result is shown above"): not for
    a group 2-4 with no answer of its own, nor for a result this summary worked out (qa5 C10)."""
    unsettled = facts.ish_result == "equivocal" or facts.call_source == "computed"
    return facts.ish_result is not None and not (unsettled and facts.ish_group in (2, 3, 4))


def _ratio_decided(facts: ScaleFacts, copies: AxisSpec) -> bool:
    """Outside breast cancer an amplified ratio decides; the copies line (6.0) is only some labs' extra
    rule, so a copy number below it beside an amplified ratio is not drawn "below the cut-off" on a
    positive result (qa5 C10)."""
    return (
        facts.cancer_type != "breast"
        and facts.ish_ratio is not None
        and facts.ish_result == "amplified"
        and facts.ish_copy_number is not None
        and facts.ish_copy_number < max(copies.cutoffs)
    )


def scales_for(facts: ScaleFacts, lang: str = "en") -> list[Scale]:
    """The scales for the values this report gives, in reading order (IHC, ISH, then NGS).

    The ISH lines are the cut-offs of the scoring rules this tumor type is read by (the same data
    the status comes from). An NGS copy number gets a scale only against the cut-off the lab
    states in the report, and a blood (plasma) copy number never does: tissue cut-offs do not
    apply to blood.
    """
    scales: list[Scale] = []
    ihc = _ihc_scale(facts, lang)
    if ihc is not None:
        scales.append(ihc)
    rules = rule_sets().get(facts.cancer_type) or rule_sets()["other"]
    shown = _lab_result_shown(facts)
    if facts.ish_ratio is not None:
        ratio = _number_scale(ScaleKind.ISH_RATIO, facts.ish_ratio, ratio_axis(rules), lang)
        if facts.ish_copy_number is None or not shown:
            ratio = replace(ratio, notes=())  # "read together with the copy number; its result is above"
        scales.append(ratio)
    copies = copies_axis(rules)
    if copies is not None and _ratio_decided(facts, copies):
        copies = None
    if facts.ish_copy_number is not None and copies is not None:
        drawn = _number_scale(ScaleKind.ISH_COPIES, facts.ish_copy_number, copies, lang)
        if facts.single_probe and facts.ish_ratio is None and facts.ish_result is not None:
            # copies with no ratio (a single-probe test): nothing is read "together" (qa4 27)
            drawn = replace(drawn, notes=tuple(load_messages(lang)["scale"]["copies"]["notes_copies_only"]))
        scales.append(drawn if shown else replace(drawn, notes=()))
    cutoff = facts.ngs_threshold
    if facts.ngs_copy_number is not None and not facts.blood and cutoff is not None and cutoff > 0:
        scales.append(_number_scale(ScaleKind.NGS_COPIES, facts.ngs_copy_number, lab_axis(cutoff), lang))
    return scales


# ---- plain characters (terminal, --save x.txt) ----------------------------------------------

RULER_WIDTH = 40


DRAWING_INDENT = 4
MIN_RULER = 20


def scale_drawing(scale: Scale, lang: str = "en", width: int | None = None) -> list[str]:
    """The drawing alone, each line indented, never wider than `width` (None: the full drawing).

    A drawing cannot be wrapped like prose (a wrapped ruler points at the wrong number), so a
    narrow terminal gets a narrower one: a shorter ruler, or the IHC categories one per line.
    """
    room = None if width is None else width - DRAWING_INDENT
    if isinstance(scale, CategoryScale):
        drawing = _category_text(scale)
        if room is not None and max(len(line) for line in drawing) > room:
            drawing = _category_rows(scale)
    else:
        ruler = RULER_WIDTH if room is None else max(MIN_RULER, min(RULER_WIDTH, room - 8))
        drawing = _number_text(scale, lang, ruler)
    return [f"{' ' * DRAWING_INDENT}{line}".rstrip() for line in drawing]


def scale_text_lines(scale: Scale, lang: str = "en", width: int | None = None) -> list[str]:
    """The scale drawn in plain characters, then its sentence: readable with no color at all."""
    return [scale.title, *scale_drawing(scale, lang, width), scale.alt]


def section_notes(scales: list[Scale]) -> list[str]:
    """The notes that explain the scales, each once however many scales share it."""
    notes: list[str] = []
    for scale in scales:
        notes.extend(n for n in scale.notes if n not in notes)
    return notes


def text_section(facts: ScaleFacts, lang: str = "en", width: int | None = None) -> list[str]:
    """The lines under "Where your result sits" in the text views; empty when no value is given."""
    return [text for text, _drawing in text_section_parts(facts, lang, width)]


def text_section_parts(
    facts: ScaleFacts, lang: str = "en", width: int | None = None
) -> list[tuple[str, bool]]:
    """Like `text_section`, each line with whether it is drawing (never wrapped) or words (wrapped)."""
    scales = scales_for(facts, lang)
    lines: list[tuple[str, bool]] = []
    for scale in scales:
        lines.append((scale.title, False))
        lines.extend((line, True) for line in scale_drawing(scale, lang, width))
        lines.extend([(scale.alt, False), ("", False)])
    if any(isinstance(s, NumberScale) for s in scales):
        lines.append((load_messages(lang)["scale"]["cutoff_mark"], False))  # the legend of the text drawing
    return lines + [(note, False) for note in section_notes(scales)] if scales else []


def _category_text(scale: CategoryScale) -> list[str]:
    width = max(max(len(c.meaning) for c in scale.categories), 8) + 2
    labels = "|".join((f"[ {c.label} ]" if c.marked else c.label).center(width) for c in scale.categories)
    meanings = "|".join(c.meaning.center(width) for c in scale.categories)
    lines = [f"|{labels}|", f"|{meanings}|"]
    if scale.band is not None:
        start = 1 + scale.band.first * (width + 1)
        span = (scale.band.last - scale.band.first + 1) * (width + 1) - 1
        lines.append(" " * start + f"<{f' {scale.band.label} '.center(span - 2, '-')}>")
    centers = [1 + i * (width + 1) + width // 2 for i, c in enumerate(scale.categories) if c.marked]
    marker = [" "] * (centers[-1] + 1)
    for col in centers:
        marker[col] = "^"
    lines.append("".join(marker) + f" {scale.marker}")
    return lines


def _category_rows(scale: CategoryScale) -> list[str]:
    """The IHC categories one per line, for a terminal too narrow for the row of cells."""
    width = max(len(c.label) for c in scale.categories) + 4
    lines = []
    for c in scale.categories:
        label = f"[ {c.label} ]" if c.marked else f"  {c.label}"
        mark = f" <- {scale.marker}" if c.marked else ""
        lines.append(f"{label.ljust(width)} {c.meaning}{mark}")
    if scale.band is not None:
        scores = ", ".join(c.label for c in scale.categories[scale.band.first : scale.band.last + 1])
        lines.append(f"{' ' * (width + 1)}{scores}: {scale.band.label}")
    return lines


def _column(value: float, end: float, ruler: int = RULER_WIDTH) -> int:
    return round(min(value, end) / end * ruler)


def _number_text(scale: NumberScale, lang: str, width: int = RULER_WIDTH) -> list[str]:
    ticks = [i * scale.step for i in range(int(scale.end / scale.step) + 1)]
    top = [" "] * (width + 6)
    ruler = ["-"] * (width + 1)
    free = 0  # a tick label is left out where it would run into the one before (a short ruler)
    for tick in ticks:
        col = _column(tick, scale.end, width)
        text = format_number(tick, lang)
        if col >= free:
            top[col : col + len(text)] = text
            free = col + len(text) + 1
        ruler[col] = "+"
    for cutoff in scale.cutoffs:
        ruler[_column(cutoff, scale.end, width)] = "|"
    if scale.clipped:
        ruler[-1] = ">"
    col = _column(scale.value, scale.end, width)
    label = f"{scale.marker}: {scale.value_text}"
    marker = (
        " " * col + f"^ {label}"
        if col + len(label) + 2 <= width + 8
        else " " * max(0, col - len(label) - 1) + f"{label} ^"
    )
    return ["".join(top).rstrip(), "".join(ruler), marker]
