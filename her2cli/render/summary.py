"""The plain-language explanation: which meaning text and which questions fit this result.

The choice is data-driven: meaning and questions are keyed by status (or breast low/ultralow)
and cancer type in the message files; situational questions are added by the conditions below.
"""

from __future__ import annotations

from dataclasses import dataclass

from her2cli.messages import load_messages
from her2cli.model import Result

MAX_QUESTIONS = 6
MIN_QUESTIONS = 3


def status_key(result: Result) -> str:
    """positive/negative/equivocal/not_found, or low/ultralow for breast HER2-low results."""
    if result.status == "negative" and result.cancer_type == "breast":
        if result.her2_low:
            return "low"
        if result.her2_ultralow:
            return "ultralow"
    return result.status


def _ras_braf_wild_type(result: Result) -> bool:
    r = result.related
    return r.get("kras") == "wild-type" and r.get("nras") == "wild-type" and r.get("braf") in ("wild-type", None)


def situational_questions(result: Result) -> list[str]:
    """Keys of questions.extra that apply to this result, most specific first."""
    keys: list[str] = []
    codes = set(result.warning_codes)
    ihc_score = result.ihc.score if result.ihc else None
    if result.status == "equivocal" and ihc_score == "2+" and (result.ish is None or result.ish.result is None):
        keys.append("equivocal_no_ish")
    if result.status == "not_found" and result.cancer_type == "colorectal" and _ras_braf_wild_type(result):
        keys.append("not_found_crc_ras_wildtype")
    if result.ngs and result.ngs.ctdna:
        if result.status_basis and result.status_basis.test == "ctdna" and result.status == "positive":
            keys.append("ctdna_only")
        if result.ngs.amplification == "not_amplified" and result.status == "not_found":
            keys.append("ctdna_not_detected")
    if result.cancer_type == "breast" and result.her2_low:
        keys.append("breast_low")
    if result.cancer_type == "breast" and result.her2_ultralow:
        keys.append("breast_ultralow")
    if result.ngs and result.ngs.mutations and result.status != "positive":
        keys.append("mutation_only")
    if result.status == "positive" and result.cancer_type == "colorectal":
        keys.append("positive_crc")
    if "pending" in codes:
        keys.append("pending")
    if "conflict" in codes or "revised_by_addendum" in codes:
        keys.append("conflict")
    if result.source and result.source.ocr_pages:
        keys.append("ocr")
    return keys


def _words(text: str) -> set[str]:
    tokens = [w.strip("¿?.,!()") for w in text.split()]
    # content words, and test names such as ISH or IHC
    return {t.lower() for t in tokens if len(t) >= 4 or (len(t) >= 2 and t.isupper())}


def _asks_the_same(question: str, existing: str) -> bool:
    """A generic question is left out when a tailored one already asks it (most of its words)."""
    words = _words(question)
    return bool(words) and len(words & _words(existing)) >= 0.65 * len(words)


@dataclass
class Explanation:
    headline: str
    meaning: str
    meaning_sources: list[str]
    questions: list[str]
    warnings: list[str]
    disclaimer: str


def build_explanation(result: Result, lang: str = "en") -> Explanation:
    msgs = load_messages(lang)
    key = status_key(result)
    cancer = result.cancer_type
    meaning_table = msgs["meaning"].get(key, {}).get(cancer) or msgs["meaning"][result.status][cancer]
    generic = msgs["questions"].get(key, {}).get(cancer) or msgs["questions"][result.status][cancer]
    questions: list[str] = [msgs["questions"]["extra"][k] for k in situational_questions(result)]
    skipped: list[str] = []
    for q in generic["items"]:
        if any(_asks_the_same(q, existing) for existing in questions):
            skipped.append(q)
        else:
            questions.append(q)
    questions += skipped[: max(0, MIN_QUESTIONS - len(questions))]
    return Explanation(
        headline=msgs["headline"][key] if key in msgs["headline"] else msgs["headline"][result.status],
        meaning=meaning_table["text"],
        meaning_sources=list(meaning_table.get("sources", [])),
        questions=questions[:MAX_QUESTIONS],
        warnings=localized_warnings(result, lang),
        disclaimer=msgs["meta"]["disclaimer"],
    )


def localized_warnings(result: Result, lang: str) -> list[str]:
    """Warnings in the reader's language where the message files have them."""
    msgs = load_messages(lang)["warnings"]
    out: list[str] = []
    for code, english, params in zip(result.warning_codes, result.warnings, result.warning_params, strict=False):
        template = msgs.get(code)
        if template is None:
            out.append(english)
            continue
        try:
            out.append(template.format(**params))
        except (KeyError, IndexError):
            out.append(english)
    return out


def attach_explanation(result: Result, lang: str = "en") -> Result:
    """Fill result.meaning and result.questions (they go into --json output too)."""
    exp = build_explanation(result, lang)
    result.meaning = exp.meaning
    result.questions = exp.questions
    return result
