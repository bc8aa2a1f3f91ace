"""Issue 10 leftovers (session 3, helper summary3): a sample shown by the report's own name, the
ISH method the report used named and explained, and the colorectal approval sentence for a blood
result neutral about whether a blood test qualifies. Each test failed before its change; the
near-misses keep what was right."""

from __future__ import annotations

import sys

import pytest

from her2cli import explain_text
from her2cli.explain import Explanation
from her2cli.sample_names import read_sample_names, sample_key
from her2cli.summary_words import named_ish_method


def _exp(text: str, lang: str = "en") -> Explanation:
    result = explain_text(text, lang=lang)
    assert result.explanation is not None
    return result.explanation


def _sample_rows(exp: Explanation) -> list[str]:
    return [r.label for r in exp.report_says if r.kind == "specimen_result"]


# ---- 1. a sample the report names "A" / "Part 1" is shown with its name ----------------------
TWO_PARTS = (
    "SURGICAL PATHOLOGY\n"
    "PART 1: LEFT BREAST, 2 O'CLOCK, CORE BIOPSY\n"
    "PART 2: LEFT AXILLARY LYMPH NODE, CORE BIOPSY\n\n"
    "DIAGNOSIS:\n"
    "1. Invasive ductal carcinoma, grade 2.\n"
    "2. Metastatic carcinoma.\n\n"
    "HER2 (4B5) by IHC:\n"
    "  Part 1: 1+ (negative)\n"
    "  Part 2: 3+ (positive)\n"
)


@pytest.mark.parametrize(
    ("lang", "first"),
    [
        ("en", "Result for sample Part 1 (left breast, 2 o'clock, core biopsy)"),
        ("es", "Resultado de la muestra Parte 1 (left breast, 2 o'clock, core biopsy)"),
    ],
)
def test_a_numbered_part_is_shown_with_the_name_its_report_gives(lang: str, first: str) -> None:
    exp = _exp(TWO_PARTS, lang)
    rows = _sample_rows(exp)
    assert rows and rows[0] == first, rows
    assert rows[1].endswith("(left axillary lymph node, core biopsy)")
    # the diagnosis lines "1. Invasive ductal carcinoma" are not names
    assert not any("carcinoma" in r for r in rows)


def test_a_letter_with_no_name_in_the_report_stays_a_letter() -> None:
    text = "HER2 IHC (4B5):\n  A: 3+ (strong complete staining) - POSITIVE\n  B: 1+ (faint) - NEGATIVE\n"
    rows = _sample_rows(_exp(text))
    assert rows == ["Result for sample A", "Result for sample B"], "a name is never made up"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Specimens: A. Gastric body biopsies (4). B. Gastric antrum biopsies (3).\n",
            {"A": "gastric body biopsies"},
        ),
        (
            "A. SIGMOID COLON, SIGMOIDECTOMY:\nB. LIVER, SEGMENT VII, WEDGE RESECTION:\n",
            {"A": "sigmoid colon, sigmoidectomy"},
        ),
        # an entry at a line's start beats one inside a sentence; an accession number is not a name
        (
            "Material received: (B) right breast lumpectomy, ETH-25-30881\nB. Right breast, lumpectomy: carcinoma\n",
            {"B": "right breast, lumpectomy"},
        ),
    ],
)
def test_sample_names_read_from_the_list_of_samples(text: str, names: dict[str, str]) -> None:
    got = dict(read_sample_names(text))
    assert {k: got.get(k) for k in names} == names


@pytest.mark.parametrize(
    "line",
    [
        "A. Invasive ductal carcinoma, grade 1, 7 mm core involvement.\n",
        "A. ER 95%, PR 80%, HER2 IHC 1+ (negative).\n",
        "G. Whitcombe, MD\n",
        "A: 2+ (weak-to-moderate complete staining)\n",
        "A. Received fresh labeled sigmoid colon is a segment of bowel.\n",
    ],
)
def test_a_diagnosis_result_or_signature_line_is_not_a_name(line: str) -> None:
    assert read_sample_names(line) == ()


def test_only_a_bare_label_takes_a_name() -> None:
    assert [sample_key(x) for x in ("A", "Part 1", "Specimen B", "A. Primary tumor", "Block A3")] == [
        "A",
        "1",
        "B",
        None,
        None,
    ]


# ---- 2. the ISH method the report used, named and explained -----------------------------------
SISH = (
    "Breast, core biopsy: invasive ductal carcinoma.\n"
    "HER2 IHC (4B5): 2+ (equivocal).\n"
    "Reflex HER2 SISH (dual probe), same block:\n"
    "   HER2/CEP17 ratio: 2.8   Mean HER2 signals/cell: 6.1\n"
    "FINAL HER2 STATUS: POSITIVE (IHC 2+ / ISH amplified).\n"
)


@pytest.mark.parametrize(
    ("lang", "row", "term", "words"),
    [
        ("en", "SISH (silver in situ hybridization)", "ISH, SISH", "ordinary microscope"),
        ("es", "SISH (hibridación in situ con plata)", "ISH, SISH", "microscopio común"),
    ],
)
def test_a_brightfield_method_is_named_and_explained(lang: str, row: str, term: str, words: str) -> None:
    exp = _exp(SISH, lang)
    assert {r.kind: r.value for r in exp.report_says}.get("ish_method") == row
    entries = [g for g in exp.glossary if g.term.startswith(term)]
    assert entries and words in entries[0].text
    assert not [g for g in exp.glossary if g.term.startswith("ISH, FISH")], "FISH was not used"


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("HER2 dual ISH (reflex): ratio 2.4", "DISH"),
        ("Method: Dual ISH (DISH), HER2 / chr17", "DISH"),
        ("chromogenic in situ hybridization (CISH) on block A1", "CISH"),
        ("HER2 FISH - DUAL PROBE (HER2/CEP17)", "FISH"),
        # near-misses: "dual probe" alone is no method; two methods are not one
        ("ISH (dual probe): ratio 2.4", None),
        ("FISH and SISH were both performed", None),
    ],
)
def test_the_method_a_report_names(text: str, method: str | None) -> None:
    assert named_ish_method(text) == method


def test_a_method_the_report_does_not_name_is_not_shown() -> None:
    text = SISH.replace("Reflex HER2 SISH (dual probe), same block:", "Reflex HER2 ISH, same block:")
    exp = _exp(text)
    assert {r.kind: r.value for r in exp.report_says}.get("ish_method") in (
        None,
        "ISH (in situ hybridization)",
    )
    assert [g.term for g in exp.glossary if g.term.startswith("ISH")] == ["ISH, FISH (in situ hybridization)"]


# ---- 3. colorectal, blood result: the approval sentence neither says it qualifies nor not -------
BLOOD = (
    "Liquid biopsy (plasma ctDNA) report. Diagnosis: metastatic colorectal adenocarcinoma.\n"
    "ERBB2 amplification: DETECTED, plasma copy number 4.2.\n"
    "KRAS: not detected (wild-type). NRAS: not detected (wild-type). BRAF: not detected.\n"
)


@pytest.mark.parametrize(
    ("lang", "ask"),
    [
        ("en", "whether it is enough for this, or whether a tissue test is needed"),
        ("es", "si basta para esto o si hace falta una prueba en tejido"),
    ],
)
def test_blood_positive_colorectal_names_the_approval_and_asks_about_tissue(lang: str, ask: str) -> None:
    exp = _exp(BLOOD, lang)
    keys = [s.key for s in exp.meaning]
    assert "approval_crc_blood" in keys and "approval_crc" not in keys
    sentence = next(s for s in exp.meaning if s.key == "approval_crc_blood")
    assert "tucatinib" in sentence.text and ask in sentence.text
    for claim in ("qualifies", "counts for", "is not enough", "does not qualify"):
        assert claim not in sentence.text
    assert sentence.sources and all("facts.md" not in s for s in sentence.sources)


def test_tissue_positive_colorectal_keeps_the_plain_approval_sentence() -> None:
    text = (
        "Colon, resection: adenocarcinoma. HER2 IHC (4B5): 3+ in 60% of tumor cells, POSITIVE (HERACLES).\n"
    )
    keys = [s.key for s in _exp(text).meaning]
    assert "approval_crc" in keys and "approval_crc_blood" not in keys


# ---- 6. every sentence cites the primary source itself, listed in docs/sources.md ----------------
def test_every_message_source_is_a_primary_source_listed_in_the_docs() -> None:
    from her2cli.messages import load_catalog

    from .conftest import ROOT

    catalog = load_catalog()
    page = (ROOT / "docs" / "sources.md").read_text(encoding="utf-8")
    sys.path.insert(0, str(ROOT / "tools"))
    from sources_doc import render

    assert page == render(), "docs/sources.md is stale: run python tools/sources_doc.py"
    for source in catalog.sources.values():
        assert f"`{source.id}`: {source.cite}" in page, source.id
        assert "facts.md" not in source.cite, source.id  # an internal file a reader cannot check
    for rules in catalog.rules.values():
        for rule in rules:
            assert all("facts.md" not in s for s in rule.sources), rule.id


def test_a_clinical_sentence_rests_on_more_than_a_wording_rule() -> None:
    """Sentences that name a test rule, an approval or a figure cite a clinical source; only
    sentences that restate the report or point to the care team rest on a wording rule alone."""
    from her2cli.messages import load_catalog

    catalog = load_catalog()
    wording = {s.cite for s in catalog.sources.values() if s.kind == "wording"}
    clinical_words = ("approval", "common", "pos_", "neg_", "low", "eq_", "crc_", "mutation_depends")
    for rule in catalog.rules["meaning"]:
        if rule.id.startswith(clinical_words) and rule.id != "neg_stated":  # it restates the report only
            assert set(rule.sources) - wording, rule.id


def test_an_unknown_source_id_is_refused() -> None:
    from her2cli.messages import CatalogError, _rule

    with pytest.raises(CatalogError, match="unknown source"):
        _rule("meaning", {"id": "x", "sources": ["facts-md-4"], "as_of": "2026-11-29"})
