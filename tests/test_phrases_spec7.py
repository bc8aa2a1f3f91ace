"""Several samples, samples after treatment and the current sample (blind set 7 families 1 and 2)
as a specification.

1. After treatment the CURRENT sample decides, in more layouts:
   - a metastasis biopsied to test the markers again ("New liver lesions. Biopsy to re-assess
     receptor status.", "Rebiopsy ... for re-evaluation of HER2") is a sample after treatment:
     the primary restated in its history ("Primary (2022, left breast) was HER2 2+ with FISH
     amplification") and the primary it is compared with ("differs from the primary tumor
     (amplified)") are the earlier sample, listed in `specimens`, never the status;
   - the tumour before treatment named as such in the value's own clause ("the residual nodal
     disease is HER2 1+; the original tumor was HER2-amplified", "el tumor original era ...")
     is the earlier sample, however close to the residual tumour's value;
   - a relapse (a recurrence, a metastasis diagnosed as such, progression) of a primary the
     report says was treated ("treated with trastuzumab", "after trastuzumab") or dates before
     its own year ("In 2022 the primary was", "primary resected 2019") is a sample after
     treatment: the primary's FISH is not the metastasis's;
   - "Prior core (FH-26-10455) reported HER2 3+" is the biopsy before treatment.
   Near-misses: "HER2 to be re-assessed on the excision" is no sample after treatment (core and
   excision are both current); "Original tumour size" is no sample; a metastasis biopsied at
   first diagnosis keeps its one result; the nodes of a primary resection ("metastatic
   carcinoma in 2 of 14 lymph nodes") are no relapse.
2. Sample layouts the finder did not see: an abbreviated procedure label ("Core bx (CP26-1984,
   block A1):"), a side with its part in brackets ("Right (Part 1):" / "Left (Part 2):"), a test
   heading that names its sample in brackets ("HER2 (ERBB2) BY IMMUNOHISTOCHEMISTRY (excision)"),
   "Earlier result on core (HC-1, block A1):", and a comment naming each sample right before the
   bracket its value sits in ("between core (score 0) and excision (score 2+, ISH amplified)").
   More layouts of the same kind: a table whose first column names each sample in words under a
   "Specimen  HER2 IHC  HER2 ISH" header, sample headings underlined on the next line, sentences
   that open with their sample ("For the core biopsy, HER2 was 1+; for the excision, ..."),
   sample names with leader dots ("Excision, block B3 ...... HER2 IHC 3+"), numbered samples
   with a clock time or a block ("1) Core needle biopsy, right breast 10:00 - HER2 ..."), and
   Spanish sides ("Derecha (Parte 1):").
   Near-misses: a single-sample report stays single ("HER2 IHC (4B5)" is a clone, not a sample;
   one excision named in a heading and in a comment is one sample); "Right: ..." alone is no label.
"""

from __future__ import annotations

import pytest

from .specimen_cases import Spec, check_sample_case

# (id, text, status, top-level ihc, top-level ish, specimens in report order)
AFTER_TREATMENT_CASES: list[tuple[str, str, str, str | None, str | None, list[Spec]]] = [
    (
        "metastasis-biopsied-to-reassess-dated-primary-in-history",
        "CLINICAL INFORMATION\n"
        "  Metastatic breast cancer. Primary (2021, right breast) was HER2 3+; treated with\n"
        "  trastuzumab and pertuzumab. New liver lesions. Biopsy to re-assess receptor status.\n\n"
        "DIAGNOSIS\n"
        "  Liver, core biopsy: metastatic breast carcinoma.\n\n"
        "RECEPTOR STATUS ON THIS METASTASIS\n"
        "  ER .......... 80%\n"
        "  HER2 ........ 1+ (NEGATIVE)\n\n"
        "NOTE: HER2 status of the liver metastasis (1+) differs from the primary tumour (3+).\n",
        "negative",
        "1+",
        None,
        [("3+", None, "positive"), ("1+", None, "negative")],
    ),
    (
        "metastasis-rebiopsy-primary-fish-amplified",
        "Clinical: stage IV breast carcinoma, on T-DM1. Rebiopsy of a new bone lesion for\n"
        "re-evaluation of HER2 status.\n"
        "History: primary (2020, left breast): HER2 IHC 2+, FISH amplified.\n\n"
        "Bone, core biopsy: metastatic carcinoma.\n"
        "HER2 IHC (4B5): 0, no membrane staining.\n\n"
        "Comment: discordant with the primary (amplified).\n",
        "negative",
        "0",
        None,
        [("2+", "amplified", "positive"), ("0", None, "negative")],
    ),
    (
        "original-tumour-clause-beside-the-residual-value",
        "Left breast, lumpectomy post neoadjuvant chemotherapy.\n"
        "Residual invasive carcinoma, 4 mm (ypT1a).\n\n"
        "Pre-treatment core (AG-1): HER2 IHC 3+.\n\n"
        "COMMENT: The residual tumour is HER2 1+; the original tumour was HER2-amplified.\n",
        "negative",
        "1+",
        None,
        [("3+", "amplified", "positive"), ("1+", None, "negative")],
    ),
    (
        "espanol-tumor-original",
        "Mama derecha, mastectomía tras quimioterapia neoadyuvante.\n"
        "Carcinoma infiltrante residual de 8 mm.\n\n"
        "Comentario: el tumor residual es HER2 1+ (negativo); el tumor original era HER2 positivo (3+).\n",
        "negative",
        "1+",
        None,
        [("3+", None, "positive"), ("1+", None, "negative")],
    ),
    (
        "prior-core-reported",
        "Right breast and axilla, post-neoadjuvant. Prior core (FH-26-10455) reported HER2 3+.\n\n"
        "Residual invasive carcinoma 0.7 cm (ypT1b).\n\n"
        "HER2 (retest on residual carcinoma, block B2): Score 1+ (negative).\n",
        "negative",
        "1+",
        None,
        [("3+", None, "positive"), ("1+", None, "negative")],
    ),
    (
        "dated-primary-sentence-then-the-metastasis-after-anti-her2",
        "Liver, core biopsy: metastatic breast carcinoma.\n"
        "Clinical: In 2022 the primary was HER2 3+ (FISH amplified); treated with trastuzumab. Now\n"
        "progression.\n\n"
        "HER2 IHC on this metastasis: 1+ (negative).\n",
        "negative",
        "1+",
        None,
        [("3+", "amplified", "positive"), ("1+", None, "negative")],
    ),
    (
        "recurrence-after-trastuzumab-primary-resected-years-before",
        "Pleural fluid cell block: metastatic breast carcinoma.\n"
        "History: right breast primary resected 2019 (HER2 FISH amplified, ratio 4.0); recurrence 2026\n"
        "after trastuzumab.\n\n"
        "HER2 IHC: 0 (negative). No ISH performed.\n",
        "negative",
        "0",
        None,
        [(None, "amplified", "positive"), ("0", None, "negative")],
    ),
    (
        "espanol-metastasis-tras-trastuzumab-fish-del-primario",
        "Biopsia hepática: carcinoma metastásico compatible con origen mamario.\n"
        "Antecedentes: carcinoma de mama izquierda (2021), HER2 amplificado por FISH (cociente 4,2),\n"
        "tratada con trastuzumab y pertuzumab.\n\n"
        "Estudio de receptores en esta metástasis:\n HER2 (IHQ): 1+ (negativo)\n",
        "negative",
        "1+",
        None,
        [(None, "amplified", "positive"), ("1+", None, "negative")],
    ),
    # near-miss: nodes of a primary resection are no relapse; the core restated beside the
    # excision is the same tumour's current result, and the highest decides
    (
        "nodal-metastases-of-a-resection-are-no-relapse",
        "Left breast, mastectomy: invasive ductal carcinoma, 2.4 cm.\n"
        "Metastatic carcinoma in 2 of 14 lymph nodes.\n"
        "Breast cancer diagnosed 2026, treated with surgery. Core biopsy CB-26-7 was HER2 IHC 3+.\n\n"
        "HER2 on excision (block A2): IHC 1+ (negative).\n",
        "positive",
        "3+",
        None,
        [("3+", None, "positive"), ("1+", None, "negative")],
    ),
    # near-miss: the excision re-assessed after a core is two current samples, the highest decides
    (
        "excision-reassessed-is-not-after-treatment",
        "Right breast, excision (prior core biopsy CB-1).\n"
        "Core biopsy CB-26-1 was HER2 1+. HER2 to be re-assessed on the excision:\n\n"
        "HER2 on excision (block B3): IHC 3+, positive.\n",
        "positive",
        "3+",
        None,
        [("1+", None, "negative"), ("3+", None, "positive")],
    ),
    # near-miss: the size of the original tumour is no sample; the residual value decides alone
    (
        "original-tumour-size-is-no-sample",
        "Mastectomy after neoadjuvant chemotherapy. Original tumour size 3.1 cm on imaging.\n"
        "Residual tumour (block A4): HER2 IHC 3+ (positive).\n",
        "positive",
        "3+",
        None,
        [],
    ),
    # near-miss: a metastasis at first diagnosis, compared with nothing, keeps its one result
    (
        "metastasis-at-diagnosis-single-result",
        "Liver, core biopsy: metastatic adenocarcinoma, primary site unknown; favour breast.\n"
        "Biopsy for HER2 testing.\n"
        "HER2 IHC (4B5): 3+ (positive).\n",
        "positive",
        "3+",
        None,
        [],
    ),
]


LAYOUT_CASES: list[tuple[str, str, str, str | None, str | None, list[Spec]]] = [
    (
        "core-bx-and-excision-labels-ocr",
        "HER2 TESTlNG SUMMARY\n"
        " Core bx (CP26-1984 , bl0ck A1):\n"
        "   HER2 lHC (4B5) .... 1+ , negatlve\n"
        " Excisi0n (this case, b1ock B3):\n"
        "   HER2 IHC (4B5) .... 3+ , positive\n",
        "positive",
        "3+",
        None,
        [("1+", None, "negative"), ("3+", None, "positive")],
    ),
    (
        "sides-with-their-parts-in-brackets",
        "Immunohistochemistry (performed on each part)\n"
        "Right (Part 1): ER 0%, PR 0%. HER2 shows strong complete membrane staining\n"
        "in 90% of invasive cells -- score 3+, POSITIVE.\n"
        "Left (Part 2): ER 100%, PR 90%. HER2: no membrane staining -- score 0,\n"
        "NEGATIVE.\n",
        "positive",
        "3+",
        None,
        [("3+", None, "positive"), ("0", None, "negative")],
    ),
    (
        "test-headings-name-the-excision-earlier-core-result",
        "Earlier result on core (HC-26-29770, block A1): HER2 IHC score 0 (negative)\n\n"
        "HER2 (ERBB2) BY IMMUNOHISTOCHEMISTRY (excision)\n"
        "  Score: 2+ (equivocal)\n\n"
        "HER2 (ERBB2) BY IN SITU HYBRIDIZATION (excision, block B2)\n"
        "  HER2/CEP17 ratio: 2.4\n"
        "  Result: AMPLIFIED\n",
        "positive",
        "2+",
        "amplified",
        [("0", None, "negative"), ("2+", "amplified", "positive")],
    ),
    (
        "comment-names-each-sample-before-its-bracket",
        "Left breast, excision.\n\n"
        "COMMENT: HER2 discordance between core (score 1+) and excision (score 3+) likely reflects\n"
        "heterogeneity.\n",
        "positive",
        "3+",
        None,
        [("1+", None, "negative"), ("3+", None, "positive")],
    ),
    (
        "table-whose-first-column-names-each-sample",
        "HER2 RESULTS BY SPECIMEN\n\n"
        "Specimen                      HER2 IHC    HER2 ISH\n"
        "Core biopsy (CB-26-101)       1+          not performed\n"
        "Excision (block B3)           3+          not performed\n",
        "positive",
        "3+",
        None,
        [("1+", None, "negative"), ("3+", None, "positive")],
    ),
    (
        "underlined-sample-headings",
        "CORE BIOPSY\n-----------\nHER2 IHC (4B5): 1+ (negative)\n\n"
        "EXCISION\n--------\nHER2 IHC (4B5): 3+ (positive)\n",
        "positive",
        "3+",
        None,
        [("1+", None, "negative"), ("3+", None, "positive")],
    ),
    (
        "sentences-that-open-with-their-sample",
        "Left breast, excision.\n"
        "For the core biopsy, HER2 was 1+ (negative); for the excision, HER2 was 3+ (positive).\n",
        "positive",
        "3+",
        None,
        [("1+", None, "negative"), ("3+", None, "positive")],
    ),
    (
        "samples-with-leader-dots",
        "Biomarker summary\n"
        "  Core biopsy CB-26-101 ...... HER2 IHC 1+ (negative)\n"
        "  Excision, block B3 ......... HER2 IHC 3+ (positive)\n",
        "positive",
        "3+",
        None,
        [("1+", None, "negative"), ("3+", None, "positive")],
    ),
    (
        "numbered-samples-with-a-clock-time-and-a-block",
        "RESULTS\n"
        "1) Core needle biopsy, right breast 10:00 - HER2 IHC 1+ (negative)\n"
        "2) Right breast lumpectomy (block A3) - HER2 IHC 3+ (positive)\n",
        "positive",
        "3+",
        None,
        [("1+", None, "negative"), ("3+", None, "positive")],
    ),
    (
        "espanol-lados-con-su-parte",
        "Mama derecha y mama izquierda, biopsias con aguja gruesa.\n"
        "Derecha (Parte 1): RE 0%. HER2: puntuación 3+, POSITIVO.\n"
        "Izquierda (Parte 2): RE 100%. HER2 (IHQ): 1+ (negativo).\n",
        "positive",
        "3+",
        None,
        [("3+", None, "positive"), ("1+", None, "negative")],
    ),
    # near-misses: one sample in each of those layouts stays one sample
    (
        "one-underlined-heading-stays-single",
        "SURGICAL PATHOLOGY REPORT\n=========================\n\n"
        "CORE BIOPSY\n-----------\nHER2 IHC (4B5): 3+ (positive)\nHER2 FISH: amplified, ratio 4.1\n",
        "positive",
        "3+",
        "amplified",
        [],
    ),
    (
        "one-table-row-stays-single",
        "Specimen                      HER2 IHC    HER2 ISH\n"
        "Core biopsy (CB-26-101)       2+          amplified\n",
        "positive",
        "2+",
        "amplified",
        [],
    ),
    (
        "a-sentence-opening-with-the-one-sample",
        "For the core biopsy, HER2 was 2+ (equivocal); reflex FISH was not amplified (ratio 1.3).\n",
        "negative",
        "2+",
        "not_amplified",
        [],
    ),
    # near-miss: one excision named in a heading and in a comment is one sample
    (
        "one-excision-named-twice-stays-single",
        "HER2 BY IMMUNOHISTOCHEMISTRY (excision)\n"
        "  Score: 3+ (positive)\n\n"
        "COMMENT: the excision (score 3+) is HER2 positive.\n",
        "positive",
        "3+",
        None,
        [],
    ),
    # near-miss: a clone in brackets is no sample; two scores of one sample stay one sample
    (
        "clone-in-brackets-is-no-sample",
        "HER2 IHC (4B5)\n  Score: 1+ (negative)\n\nHER2 IHC (HercepTest)\n  Score: 1+ (negative)\n",
        "negative",
        "1+",
        None,
        [],
    ),
    # near-miss: a side alone before a colon is no label
    (
        "side-alone-is-no-label",
        "Breast, core biopsy.\nRight: HER2 IHC 3+ (positive).\n",
        "positive",
        "3+",
        None,
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "ihc", "ish", "specimens"),
    [c[1:] for c in AFTER_TREATMENT_CASES],
    ids=[c[0] for c in AFTER_TREATMENT_CASES],
)
def test_after_treatment_the_current_sample_decides(
    text: str, status: str, ihc: str | None, ish: str | None, specimens: list[Spec]
) -> None:
    check_sample_case(text, status, ihc, ish, specimens)


@pytest.mark.parametrize(
    ("text", "status", "ihc", "ish", "specimens"),
    [c[1:] for c in LAYOUT_CASES],
    ids=[c[0] for c in LAYOUT_CASES],
)
def test_sample_layouts_are_seen(
    text: str, status: str, ihc: str | None, ish: str | None, specimens: list[Spec]
) -> None:
    check_sample_case(text, status, ihc, ish, specimens)
