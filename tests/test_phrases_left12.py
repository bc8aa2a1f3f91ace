"""left12 (session 12): last session's probe leftovers as phrase families, each with near-misses
that must keep their reading.

1. A result given to another primary in another organ than the report's own tumour, where both
   organs are ones the scoring rules file under "other" (a lung report's "Other primary: urothelial
   carcinoma of bladder (2020), HER2 3+"): document.toml organ-word-*, findings/document.py
   report_organ, findings/other_cancer.py another_organ.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text
from her2cli.rules import compiled

NF = frozenset({"not_found"})
NEG = frozenset({"negative"})
POS = frozenset({"positive"})
EQV = frozenset({"equivocal"})

LUNG = "Lung, right upper lobe, wedge resection: adenocarcinoma, acinar predominant.\n"
BLADDER = "Bladder, transurethral resection: invasive urothelial carcinoma, high grade.\n"
UTERUS = "Uterus, total hysterectomy: endometrial serous carcinoma.\n"
COLON = "Colon, sigmoid, resection: adenocarcinoma, moderately differentiated.\n"
GASTRIC = "Stomach, gastrectomy: adenocarcinoma, intestinal type.\n"

# id: (text, allowed statuses)
OTHER_ORGAN: dict[str, tuple[str, frozenset[str]]] = {
    "lung-other-primary-bladder": (
        LUNG + "Other primary: urothelial carcinoma of bladder (2020), HER2 3+.\n"
        "HER2 testing on the current tumour: not performed.\n",
        NF,
    ),
    "lung-second-primary-urothelial-current-1plus": (
        LUNG + "HER2 IHC (4B5): 1+.\nSecond primary: urothelial carcinoma (2019), HER2 3+.\n",
        NEG,
    ),
    "lung-synchronous-endometrial": (
        LUNG + "Synchronous endometrial serous carcinoma: HER2 3+ (see separate report).\n",
        NF,
    ),
    "lung-known-ovarian": (
        LUNG + "History of ovarian high-grade serous carcinoma (2018), HER2 3+ at that time.\n",
        NF,
    ),
    "lung-separate-primary-pancreas": (
        LUNG + "Separate primary: pancreatic ductal adenocarcinoma, HER2 IHC 3+ (outside report).\n",
        NF,
    ),
    "bladder-other-primary-lung": (
        BLADDER + "Other primary: lung adenocarcinoma (2021), HER2 3+.\n",
        NF,
    ),
    "bladder-known-lung": (
        BLADDER + "Known lung adenocarcinoma, HER2 3+.\nHER2 IHC on this tumour: 0.\n",
        NEG,
    ),
    "uterus-second-primary-bladder": (
        UTERUS + "Second primary: urothelial carcinoma of the bladder, HER2 3+.\n",
        NF,
    ),
    "colon-other-primary-bladder": (
        COLON + "Other primary: urothelial carcinoma of bladder (2020), HER2 3+.\n",
        NF,
    ),
    "gastric-synchronous-lung": (
        GASTRIC
        + "Synchronous lung adenocarcinoma, HER2 3+ (see report B).\nHER2 IHC (gastric tumour): 1+.\n",
        NEG,
    ),
    "es-pulmon-segundo-primario-vejiga": (
        "Pulmón, lobectomía superior derecha: adenocarcinoma.\n"
        "Segundo primario: carcinoma urotelial de vejiga (2020), HER2 3+.\n",
        NF,
    ),
    # a HER2 adjective of another organ's cancer (findings/other_cancer.py describes_other_cancer)
    "lung-patient-with-her2-positive-endometrial": (
        LUNG + "A patient with HER2-positive endometrial serous carcinoma now presents with a lung mass.\n",
        NF,
    ),
    "near-lung-her2-positive-lung-adenocarcinoma": (
        LUNG + "HER2-positive lung adenocarcinoma (IHC 3+).\n",
        POS,
    ),
    "near-bladder-her2-positive-urothelial": (
        BLADDER + "HER2-positive urothelial carcinoma (IHC 3+).\n",
        POS,
    ),
    # near-misses: the report's own organ named in the same words, or the report's own result
    "near-lung-second-primary-lung": (
        LUNG + "Second primary lung adenocarcinoma (left lower lobe, synchronous): HER2 IHC 3+.\n",
        POS,
    ),
    "near-bladder-own-urothelial": (
        BLADDER + "HER2 IHC (urothelial carcinoma): 3+, strong complete membranous staining.\n",
        POS,
    ),
    "near-lung-own-result-other-negative": (
        LUNG + "HER2 IHC: 3+.\nOther primary: urothelial carcinoma of bladder (2020), HER2 negative.\n",
        POS,
    ),
    "near-lung-metastatic-urothelial": (
        "Lung, wedge resection: metastatic urothelial carcinoma, consistent with bladder primary.\n"
        "HER2 IHC: 3+.\n",
        POS,
    ),
    "near-uterus-own-endometrial": (
        UTERUS + "HER2 IHC (endometrial serous carcinoma): 3+ in 60% of tumour cells.\n",
        POS,
    ),
}


@pytest.mark.parametrize("cid", list(OTHER_ORGAN))
def test_other_organ_primary(cid: str) -> None:
    text, allowed = OTHER_ORGAN[cid]
    assert explain_text(text).status in allowed


def test_organ_words_are_other_site_words() -> None:
    """Each organ word refines the "other" site: its examples are "other" site words."""
    c = compiled()
    other = c.site_words["other"]
    from her2cli.rules.patterns import pattern_file

    for rec in pattern_file("document").records:
        if rec.family == "organ-word":
            for ex in rec.examples:
                assert other.search(ex.text), (rec.id, ex.text)


# 2. MMR rows labelled with the loss itself, and the combined "MSI-Low / MSS" category
# (document.toml mmr-loss-row, msi-low-stable-pair; findings/marker_rows.py)
# id: (text after the colon head, marker, expected value)
MARKERS: dict[str, tuple[str, str, str | None]] = {
    "loss-row-all-absent": (
        "Loss of MLH1: absent\nLoss of PMS2: absent\nLoss of MSH2: absent\nLoss of MSH6: absent\n",
        "mmr",
        "proficient",
    ),
    "loss-row-pair-not-identified": ("Loss of MLH1/PMS2 expression: not identified\n", "mmr", "proficient"),
    "loss-row-nuclear-no": ("Loss of nuclear expression of MSH2 and MSH6: no\n", "mmr", "proficient"),
    "loss-row-table-no": ("Loss of MLH1    No\nLoss of MSH2    No\n", "mmr", "proficient"),
    "loss-row-present": ("Loss of MLH1: present\nLoss of PMS2: present\n", "mmr", "deficient"),
    "loss-row-table-yes": ("Loss of MLH1    Yes\nLoss of MSH6    No\n", "mmr", "deficient"),
    "loss-row-mixed": ("Loss of MLH1: absent\nLoss of PMS2: present\n", "mmr", "deficient"),
    "loss-row-es-no": (
        "Pérdida de expresión de MLH1: no\nPérdida de expresión de MSH2: no\n",
        "mmr",
        "proficient",
    ),
    "loss-row-es-si": ("Pérdida de MSH6: sí\n", "mmr", "deficient"),
    # near-misses: the plain loss and the plain stain rows keep their reading
    "near-loss-sentence": ("Loss of nuclear expression of MLH1 and PMS2.\n", "mmr", "deficient"),
    "near-loss-negative-staining": (
        "Loss of nuclear expression of MLH1 and PMS2 (negative staining).\n",
        "mmr",
        "deficient",
    ),
    "near-stain-absent": ("MLH1: absent\nPMS2: absent\nMSH2: present\nMSH6: present\n", "mmr", "deficient"),
    "near-stain-present": ("MLH1: present\nPMS2: present\n", "mmr", "proficient"),
    "near-loss-her2": ("Loss of HER2: absent.\n", "mmr", None),
    "msi-low-slash-mss": ("MSI status: MSI-Low / MSS\n", "msi", "MSS"),
    "msi-mss-slash-low": ("Microsatellite status (PCR): MSS/MSI-L\n", "msi", "MSS"),
    "msi-l-mss-stable-word": ("MSI: MSI-L/MSS (microsatellite stable)\n", "msi", "MSS"),
    "near-msi-low-alone": ("MSI (PCR): MSI-Low (instability at 1 of 5 markers).\n", "msi", "MSI-L"),
    "near-msi-high": ("MSI status: MSI-H (3/5 markers unstable)\n", "msi", "MSI-H"),
    "near-msi-three-choices-ticked": ("MSI status:  \u2610 MSI-H  \u2610 MSI-L  \u2612 MSS\n", "msi", "MSS"),
}


@pytest.mark.parametrize("cid", list(MARKERS))
def test_marker_wording(cid: str) -> None:
    text, marker, value = MARKERS[cid]
    related = explain_text(COLON + text).to_dict()["related"]
    assert related[marker] == value


# 3. Scoring keys and reference labels: a key heading joined to its first row, a bare
# "Reference:" / "Ref. range:" / "(reference ...)" label before the categories (context.toml
# legend-reference-label). Each read the key's score as the result on main.
BREAST = "Breast, left, core biopsy: invasive ductal carcinoma, grade 2.\n"
KEYS: dict[str, tuple[str, frozenset[str]]] = {
    "key-reference-colon-3plus": (BREAST + "HER2 (4B5)   Reference: 3+ positive\n", NF),
    "key-reference-paren": (BREAST + "HER2 IHC (reference 3+ positive): pending\n", NF),
    "key-ref-range-abbrev": (BREAST + "HER2 (4B5)   Ref. range: 0/1+ negative, 3+ positive\n", NF),
    "key-reference-all-scores": (BREAST + "HER2 (4B5)   Reference: 0 / 1+ / 2+ / 3+\n", NF),
    "key-heading-joined-same-line": (BREAST + "HER2 IHC Scoring key 3+ = strong complete staining\n", NF),
    "key-reference-interval-below": (
        BREAST + "HER2 IHC result     Reference interval\n                     0-1+ negative; 3+ positive\n",
        NF,
    ),
    "key-heading-joined-below-pending": (
        BREAST + "HER2 IHC: pending.\nScoring key 0 = no staining; 1+ = faint incomplete; "
        "2+ = weak to moderate complete; 3+ = strong complete in >10%.\n",
        NF,
    ),
    "key-es-referencia": (BREAST + "HER2 (4B5)   Referencia: 3+ positivo\n", NF),
    "key-es-valores-de-referencia": (BREAST + "HER2 (4B5)  Valores de referencia: 3+ positivo\n", NF),
    # near-misses: a real result before or beside the key, a citation, a lab reference number
    "near-result-then-joined-key": (
        BREAST + "HER2 IHC: 1+ (negative).\nScoring key 0 = no staining; 1+ = faint incomplete; "
        "2+ = weak to moderate complete; 3+ = strong complete in >10%.\n",
        NEG,
    ),
    "near-result-then-reference-range": (
        BREAST + "HER2 IHC: 3+\nReference range: 0-1+ negative; 2+ equivocal; 3+ positive\n",
        POS,
    ),
    "near-result-then-reference-line": (
        BREAST
        + "HER2 IHC: 2+ (equivocal).\nReference: 0/1+ negative, 2+ equivocal, 3+ positive.\nFISH pending.\n",
        EQV,
    ),
    "near-citation": (
        BREAST + "HER2 IHC: 3+ (positive). Reference: Wolff AC et al, J Clin Oncol 2018.\n",
        POS,
    ),
    "near-lab-reference-number": (BREAST + "Ref: S26-1234   HER2 (4B5): 3+\n", POS),
}


@pytest.mark.parametrize("cid", list(KEYS))
def test_scoring_key(cid: str) -> None:
    text, allowed = KEYS[cid]
    assert explain_text(text).status in allowed


# 4. Endometrial serous carcinoma: IHC 3+ needs strong complete or basolateral/lateral staining in
# more than 30% of tumour cells (Fader 2018 trial criteria, the basis of the Buza 2019 proposal;
# Hagemann et al., Arch Pathol Lab Med 2023, Table 2, PMID 36538387). tumor_types.toml [uterus],
# chosen by the report's organ (interpret/rule_sets.py rules_for).
ENDOMETRIAL: dict[str, tuple[str, frozenset[str]]] = {
    "endo-hysterectomy-20": (
        "Uterus, total hysterectomy: serous carcinoma.\nHER2 IHC: 3+ in 20% of tumour cells.\n",
        EQV,
    ),
    "endo-biopsy-25": (
        "Endometrium, biopsy: serous carcinoma.\nHER2 (4B5): 3+, 25% of tumour cells. FISH to follow.\n",
        EQV,
    ),
    "endo-carcinosarcoma-15": (
        "Uterus, hysterectomy: carcinosarcoma (serous epithelial component).\n"
        "HER2 IHC: 3+ (intense basolateral staining) in 15% of tumour cells.\n",
        EQV,
    ),
    "endo-es-utero-20": (
        "Útero, histerectomía: carcinoma seroso de endometrio.\nHER2 IHQ: 3+ en el 20% de las células tumorales.\n",
        EQV,
    ),
    # near-misses: a 3+ in more than 30%, the lab's own positive call, an amplified ISH, another organ
    "near-endo-60": (UTERUS + "HER2 IHC: 3+ in 60% of tumour cells.\n", POS),
    "near-endo-amplified": (
        UTERUS + "HER2 IHC: 3+ in 20% of tumour cells.\nHER2 FISH: amplified, HER2/CEP17 ratio 3.2.\n",
        POS,
    ),
    "near-endo-lab-positive": (UTERUS + "HER2 IHC: 3+ in 20% of tumour cells, POSITIVE.\n", POS),
    # the lab's positive word in a sentence of its own is not taken as overriding the share rule
    "endo-positive-word-apart": (UTERUS + "HER2 IHC: 3+ in 20% of tumour cells. HER2 POSITIVE.\n", EQV | POS),
    "near-endo-1plus": (UTERUS + "HER2 IHC: 1+ (negative).\n", NEG),
    "near-lung-3plus-20": (LUNG + "HER2 IHC: 3+ in 20% of tumour cells.\n", POS),
}


@pytest.mark.parametrize("cid", list(ENDOMETRIAL))
def test_endometrial_serous_share(cid: str) -> None:
    text, allowed = ENDOMETRIAL[cid]
    assert explain_text(text).status in allowed


# 5. A result line over a criteria key whose rows name scores and calls ("HER2 (IHC): 1+." over
# "Criteria: 0 and 1+ negative; 2+ equivocal; 3+ positive."): the key row's call word belongs to
# its own score, not to the result (findings/call_rows.py). Each was not_found on main (probe11
# spanish-legend-criteria, English forms).
CRITERIA_BELOW: dict[str, tuple[str, frozenset[str]]] = {
    "crit-1plus": (
        BREAST + "HER2 (IHC): 1+.\nCriteria: 0 and 1+ negative; 2+ equivocal; 3+ positive.\n",
        NEG,
    ),
    "crit-zero-interpretation": (
        BREAST + "HER2 IHC: 0.\nInterpretation: 0 and 1+ negative, 2+ equivocal, 3+ positive.\n",
        NEG,
    ),
    "crit-2plus": (BREAST + "HER2 IHC: 2+.\nCriteria: 0/1+ negative; 2+ equivocal; 3+ positive.\n", EQV),
    "crit-3plus": (BREAST + "HER2 IHC: 3+.\nCriteria: 0 and 1+ negative; 2+ equivocal; 3+ positive.\n", POS),
    # near-misses: no result above the key; a call on its own labelled row below the score
    "near-crit-pending": (
        BREAST + "HER2 IHC: pending.\nCriteria: 0 and 1+ negative; 2+ equivocal; 3+ positive.\n",
        NF,
    ),
    "near-final-result-row": (BREAST + "HER2 IHC: 1+\nFinal result: negative\n", NEG),
}


@pytest.mark.parametrize("cid", list(CRITERIA_BELOW))
def test_result_over_criteria_key(cid: str) -> None:
    text, allowed = CRITERIA_BELOW[cid]
    assert explain_text(text).status in allowed
