"""Several samples in one report (blind set 4 families 1, 2 and 6) as a specification.

1. After treatment, the earlier (pre-treatment, diagnostic, outside) result quoted by the report
   never decides the status when the sample after treatment has its own result, however the
   report quotes it: under a history heading on its own line, with an abbreviation ("Pretx",
   "CLIN HX:"), with the cue just after the value ("negative (pre-treatment)", "3+ on the
   pre-treatment biopsy"). Near-misses: a report that says no treatment was given ("No treatment
   effect.", "Treatment effect: no known presurgical therapy") keeps the earlier specimen's
   result as this tumor's.
2. `specimens` lists the earlier sample next to the current one (the devset2-4 convention), and
   several current samples by the names the report gives them in more layouts ("HER2 on core:",
   "Core biopsy (ID, date):", "FINAL HER2 STATUS, MASTECTOMY:", "HER2 (block B3; ...):").
   Near-misses: one sample named twice is one; numbered test sections ("1. IHC", "2. FISH") are
   not samples; a status line that only repeats the call is not another sample.
3. ISH words near a sample's result: "FISH amplified (ratio 2.4). No preoperative therapy." is
   amplified; "amplified cells <10%" and "amplification cannot be excluded" are not calls; dot
   leaders still reach "NOT DETECTED".
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

MASTECTOMY_AFTER = (
    "FINAL DIAGNOSIS\nA. LEFT BREAST, MASTECTOMY:\n   - Residual invasive ductal carcinoma, 0.8 cm, "
    "following neoadjuvant therapy.\n   ypT1b ypN0.\n\n"
)

# (id, text, status, ihc)
STATUS_CASES = [
    (
        "history-heading-own-line",
        "CLINICAL HISTORY\nLeft breast IDC, diagnosed on core biopsy (S26-10233):\nER 5%, PR 0%, HER2 IHC 3+ "
        "(positive). Completed neoadjuvant TCHP.\n\n"
        + MASTECTOMY_AFTER
        + "BIOMARKERS ON RESIDUAL TUMOR (block A5)\n"
        "   HER2 (4B5) immunohistochemistry: 1+ -- NEGATIVE\n",
        "negative",
        "1+",
    ),
    (
        "history-heading-own-line-gastric",
        "Clinical History\nGastric adenocarcinoma; HER2 3+ at the referring hospital.\nPerioperative FLOT "
        "given.\n\nDIAGNOSIS\nResidual adenocarcinoma with treatment effect, ypT3 ypN1.\n\n"
        "HER2 on residual tumor (block C2):\n IHC score 0, NEGATIVE.\n",
        "negative",
        "0",
    ),
    (
        "abbreviated-pretx-clin-hx",
        "CLIN HX: R breast ca, neoadjuvant AC-T completed. Pretx core (S-0223):\nER+ 80%, HER2 POSITIVE (IHC 3+).\n\n"
        "DX: R BREAST LUMPECTOMY - Residual invasive ductal ca, 1.7 cm, ypT1c.\n\n"
        "RE-TEST OF HER2 ON RESIDUAL DISEASE (block A3):\n  IHC (4B5) ......... 1+ (negative)\n",
        "negative",
        "1+",
    ),
    (
        "cue-just-after-the-value",
        MASTECTOMY_AFTER + "HER2 IHC 1+ on residual tumor; HER2 3+ on the pre-treatment biopsy.\n",
        "negative",
        "1+",
    ),
    (
        "changed-from-to",
        MASTECTOMY_AFTER + "HER2 status changed from positive (pre-treatment) to negative.\n",
        "negative",
        None,
    ),
    (
        "antecedente-sin-dos-puntos",
        "Muestra: mastectomía tras quimioterapia neoadyuvante.\n\nANTECEDENTES CLÍNICOS\nCarcinoma de mama, "
        "HER2 positivo (3+) en la biopsia diagnóstica.\n\nDIAGNÓSTICO: Carcinoma infiltrante residual, 6 mm.\n\n"
        "Biomarcadores en el tumor residual (bloque B4):\n   HER2 (IHQ): NEGATIVO (1+)\n",
        "negative",
        "1+",
    ),
    # near-misses: no treatment was given, so the earlier specimen's result is this tumor's
    (
        "nm-no-treatment-effect-outside-fish-counts",
        "HISTORY: Gastric adenocarcinoma. Outside biopsy (MG-26-3314):\nHER2 IHC 2+, FISH amplified (ratio 2.4). "
        "Upfront surgery; no preoperative therapy.\n\nDIAGNOSIS: Distal gastrectomy, adenocarcinoma, pT3. "
        "No treatment effect.\n",
        "positive",
        "2+",
    ),
    (
        "nm-treatment-effect-none-history-counts",
        "CLINICAL HISTORY\nHER2 3+ on the outside core biopsy.\n\nSYNOPTIC\n Treatment effect: no known presurgical "
        "therapy\n Tumor size: 2.3 cm\n",
        "positive",
        "3+",
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "ihc"), [c[1:] for c in STATUS_CASES], ids=[c[0] for c in STATUS_CASES]
)
def test_current_sample_decides(text: str, status: str, ihc: str | None) -> None:
    result = explain_text(text)
    assert result.status == status, (result.status, [e.text for e in result.evidence])
    assert (result.ihc.score if result.ihc else None) == ihc


# (id, text, [(ihc, ish, call) per specimen in report order])
SPECIMEN_CASES = [
    (
        "post-treatment-earlier-then-current",
        STATUS_CASES[0][1],
        [("3+", None, "positive"), ("1+", None, "negative")],
    ),
    (
        "post-treatment-cue-names-earlier-under-current-heading",
        MASTECTOMY_AFTER
        + "HER2 retest on residual tumour (block 12):\n   IHC (4B5): 2+\n   SISH: ratio 1.6; "
        "NOT AMPLIFIED.\n   Result: residual tumour HER2 NEGATIVE. Note: discordant with pre-treatment biopsy (3+).\n",
        [("3+", None, "positive"), ("2+", "not_amplified", "negative")],
    ),
    (
        "core-and-lumpectomy-with-ids",
        "DIAGNOSIS: Invasive ductal carcinoma, 1.9 cm.\n\nHER2 STUDIES:\n  Core biopsy (KVH-06120, 08/02/2026): "
        "HER2 IHC 3+ (positive).\n  Lumpectomy (block A2, this specimen): HER2 IHC 1+.\n",
        [("3+", None, "positive"), ("1+", None, "negative")],
    ),
    (
        "her2-on-core-and-studies-on-excision",
        "Clinical: R breast IDC on core. HER2 on core: IHC 1+.\n\nAncillary studies on excision (block 1F):\n"
        "   HER2 IHC (4B5) ........ 3+ (POSITIVE)\n",
        [("1+", None, "negative"), ("3+", None, "positive")],
    ),
    (
        "status-line-names-the-sample",
        "SUMMARY OF RESULTS\n A) Core 10:00 -- IDC grade 2. HER2 IHC: 1+, negative.\n\n"
        "FINAL HER2 STATUS, MASTECTOMY: EQUIVOCAL (IHC 2+, ISH pending).\n",
        [("1+", None, "negative"), ("2+", None, "equivocal")],
    ),
    # near-misses
    (
        "nm-one-sample-named-twice",
        "B) Mastectomy -- HER2 IHC 3+.\n\nFINAL HER2 STATUS, MASTECTOMY: POSITIVE (IHC 3+).\n",
        [],
    ),
    (
        "nm-numbered-test-sections",
        "1. Inmunohistoquímica (IHQ)\n   HER2: dudoso (2+).\n\n2. Hibridación in situ (FISH)\n   Cociente "
        "HER2/CEP17: 1,3\n   Resultado: NO AMPLIFICADO.\n\nCONCLUSIÓN: HER2 negativo (IHQ 2+, FISH no amplificado).\n",
        [],
    ),
    (
        "nm-status-repeats-the-call",
        MASTECTOMY_AFTER
        + "RE-TEST OF HER2 ON RESIDUAL DISEASE (block A3):\n  IHC 2+; ISH ratio 2.3, AMPLIFIED.\n"
        "  FINAL: HER2 POSITIVE ON RESIDUAL TUMOR.\n",
        [],
    ),
    (
        "nm-list-item-above-is-another-sample",
        "HER2 status:\n- Residual tumor in the present gastrectomy specimen (block 5): HER2 IHC (4B5)\n  score 0, "
        "negative.\n",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in SPECIMEN_CASES], ids=[c[0] for c in SPECIMEN_CASES]
)
def test_specimens(text: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    specimens = explain_text(text).specimens
    assert [(s.ihc, s.ish, s.call) for s in specimens] == expected, specimens
    assert len({s.label for s in specimens}) == len(specimens), "each sample has its own name"


def test_post_treatment_specimens_warn_which_result_counts_not_the_highest() -> None:
    result = explain_text(STATUS_CASES[0][1])
    assert "post_treatment" in result.warning_codes
    assert "multiple_specimens" not in result.warning_codes
    assert result.specimens[0].label == "before treatment"  # the history section names no sample


def test_post_treatment_summary_says_which_result_it_shows_in_both_languages() -> None:
    from her2cli.explain import localized_warnings

    result = explain_text(STATUS_CASES[0][1])
    en = " ".join(localized_warnings(result, "en"))
    es = " ".join(localized_warnings(result, "es"))
    assert "sample taken after treatment" in en and "care team" in en
    assert "después del tratamiento" in es and "equipo de atención" in es


# (id, text, ish result)
ISH_CASES = [
    (
        "amplified-then-a-new-sentence-with-no",
        "HER2 FISH amplified (ratio 2.4). No preoperative therapy.\n",
        "amplified",
    ),
    (
        "amplified-full-stop-no",
        "Gastric adenocarcinoma. HER2 FISH amplified. No therapy was given.\n",
        "amplified",
    ),
    (
        "nm-amplified-cells-and-hedge-then-not-amplified",
        "HER2 IHC 2+. Dual ISH: ratio 1.9; mean HER2 3.8/cell. A minor subclone with HER2 amplification cannot be "
        "entirely excluded (amplified cells <10%).\nRESULT: NOT AMPLIFIED.\n",
        "not_amplified",
    ),
    (
        "nm-dot-leaders-not-detected",
        "ERBB2 amplification ....... NOT DETECTED (estimated copy number 2.3)\n",
        None,
    ),
]


@pytest.mark.parametrize(("text", "ish"), [c[1:] for c in ISH_CASES], ids=[c[0] for c in ISH_CASES])
def test_ish_words_near_a_result(text: str, ish: str | None) -> None:
    result = explain_text(text)
    got = result.ish.result if result.ish else None
    if ish is None:  # a sequencing-style row: not amplified, never amplified
        assert got != "amplified" and result.status == "negative", (got, result.status)
        return
    assert got == ish, (got, [e.text for e in result.evidence])
