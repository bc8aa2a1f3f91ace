"""HER2 named without a result of this tumor: scoring keys laid out as tables, and patient
information that explains what the scores mean (fourth blind set, tests/devset4).

- b4-f09-02: "HER2 SCORING KEY (ASCO/CAP 2018), for information:" over one row per score
  ("Score 1+  Incomplete faint membrane staining in >10% of cells  Negative") was read as IHC 1+,
  negative, for a report whose HER2 result is in a separate report.
- b4-f09-03: a patient information and consent form ("A score of 3+ or an amplified ISH result
  means HER2-positive; ... results are scored 0, 1+, 2+ or 3+") was read as ISH amplified,
  positive - the worst direction - for a form with no result at all.
A key or a definition lists every category; a result names one, and stays read beside a key.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Left breast, excision: invasive ductal carcinoma, grade 2.\n"

KEY_ROWS = (
    "  Score 0      No staining or incomplete faint staining in <=10% of cells      Negative\n"
    "  Score 1+     Incomplete faint membrane staining in >10% of cells            Negative\n"
    "  Score 2+     Weak to moderate complete staining in >10% of cells            Equivocal\n"
    "  Score 3+     Complete intense circumferential staining in >10% of cells     Positive\n"
)

NO_RESULT = [
    (
        "scoring-key-table",
        BREAST + "HER2: see separate report (report to follow)\n\n"
        "HER2 SCORING KEY (ASCO/CAP 2018), for information:\n" + KEY_ROWS,
    ),
    ("interpretation-guide-table", BREAST + "HER2 IHC interpretation guide\n" + KEY_ROWS),
    (
        "equals-rows",
        BREAST
        + "HER2 (IHC) scoring:\n  3+ = positive\n  2+ = equivocal, reflex ISH\n  1+ = negative\n  0 = negative\n",
    ),
    (
        "leaflet-a-result-means",
        "What is HER2?\nA score of 3+ or an amplified ISH result means HER2-positive; 2+ needs an ISH test; "
        "0 or 1+ is HER2-negative.\n",
    ),
    (
        "leaflet-scored-list-in-next-sentence",
        'Some cancers make too much HER2 ("HER2-positive"). Testing uses immunohistochemistry (IHC; '
        "results are scored 0, 1+, 2+ or 3+) and sometimes ISH.\n",
    ),
    ("leaflet-an-ihc-score-means", "An IHC score of 3+ means the cancer is HER2-positive.\n"),
]

STILL_READ = [
    (
        "nm-result-then-key-table",
        BREAST + "HER2 IHC (4B5): score 1+ (negative).\n\nScoring key:\n" + KEY_ROWS,
        "negative",
    ),
    (
        "nm-this-score-means",
        BREAST + "HER2 IHC score 3+, which means this tumor is HER2-positive.\n",
        "positive",
    ),
    (
        "nm-distribution-rows",
        BREAST
        + "HER2 IHC (4B5): score 3+ (positive)\n  Staining distribution:\n  3+   80%\n  2+   10%\n  1+   10%\n",
        "positive",
    ),
    ("nm-ish-result-line", BREAST + "HER2 FISH: HER2/CEP17 ratio 4.1, amplified (positive).\n", "positive"),
]


@pytest.mark.parametrize(("name", "text"), NO_RESULT, ids=[c[0] for c in NO_RESULT])
def test_a_key_or_a_definition_is_no_result(name: str, text: str) -> None:
    assert explain_text(text).status == "not_found", name


@pytest.mark.parametrize(("name", "text", "status"), STILL_READ, ids=[c[0] for c in STILL_READ])
def test_a_result_beside_a_key_is_read(name: str, text: str, status: str) -> None:
    assert explain_text(text).status == status, name


# --- a contrast names a status to say this finding is not it: "ERBB2 kinase mutations ... are
# distinct from HER2 overexpression (HER2-positive disease)" (b4-f04-03: read as a statement that
# HER2 is positive, and a false "the report calls HER2 positive in one place" note).

NGS_BREAST = (
    "TISSUE GENOMIC PROFILE (next-generation sequencing)\n"
    "Diagnosis: invasive lobular carcinoma of breast, metastatic.\n"
)

CONTRASTS = [
    (
        "distinct-from-alone",
        NGS_BREAST
        + "ERBB2 kinase mutations are distinct from HER2 overexpression (HER2-positive disease).\n",
        "not_found",
    ),
    (
        "different-from-alone",
        NGS_BREAST
        + "ERBB2 S310F is an activating mutation, different from HER2 amplification (HER2-positive).\n",
        "not_found",
    ),
    (
        "as-opposed-to",
        NGS_BREAST + "A HER2 mutation, as opposed to HER2-positive disease, is found by sequencing.\n",
        "not_found",
    ),
    (
        "contrast-then-this-tumor-not-amplified",
        NGS_BREAST + "ERBB2 amplification: not detected.\nHER2 kinase mutations are distinct from HER2 "
        "overexpression (HER2-positive disease); this tumor is NOT ERBB2-amplified.\n",
        "negative",
    ),
    (
        "nm-result-then-contrast-with-other-marker",
        "Left breast core: invasive ductal carcinoma.\nHER2 (4B5): 3+, positive, as opposed to the ER stain.\n",
        "positive",
    ),
]


@pytest.mark.parametrize(("name", "text", "status"), CONTRASTS, ids=[c[0] for c in CONTRASTS])
def test_a_status_named_in_a_contrast_is_no_call(name: str, text: str, status: str) -> None:
    result = explain_text(text)
    assert result.status == status, name
    assert "statement_conflict" not in result.warning_codes, name
