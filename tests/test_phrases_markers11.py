"""KRAS/NRAS/BRAF, MSI and MMR fields never read the wrong way, second round (session 11, markers11).

Blind set 13 (tests/devset13) still read wild-type BRAF/NRAS as mutant, MSS as MSI-H and a HER2
"loss of expression" as MMR deficient after markers10. One family per report; each case is
(id, fragment, field, expected). Safety first: where a fragment is not clearly mutant / MSI-H /
deficient the field must be None or the negative reading. A blood (ctDNA) "not detected" is no
wild-type result (facts.md §7, §10): expected None there.

- hotspot-list: a gene's list of covered changes ending in one negative value ("BRAF V600E and
  non-V600: not detected"; b13-f05-04), and a not-detected heading with an aside or without a
  colon over the gene list ("NOT DETECTED (RAS/RAF)", "Alterations NOT detected").
- ocr-split: a negation word split by OCR ("V600E n ot detected (wild-type)"; b13-f06-04).
- ocr-n-zero: "N0" for "NO" before a Spanish or English value word ("N0 MUTADO", "N0 DETECTADA";
  b13-f08-04).
- msi-threshold: MSI-H named in the methods' calling rule ("MSI-H called at >= 20 % unstable
  loci"; b13-f12-03).
- unknown: changes named as what a failed test could not report ("KRAS G12C, BRAF V600E ...
  status remain UNKNOWN"; b13-f09-03).
- loss-other: a loss of expression of another protein than an MMR protein ("pérdida de expresión
  de HER2"; b13-f08-06).
- reads: a hotspot found in no read ("BRAF V600E detected in 0 of 5000 reads").
- value-below: a bare change on its table row whose value is on the line below ("BRAF   V600E   PCR"
  over "       Not detected"; "BRAF V600E" over "Result: negative"), and slash lists of whole changes
  ("KRAS G12C/G12D/G13D   Not detected").
- negation-forms: a negation before the gene name ("No evidence of BRAF V600E", "Neither KRAS G12C
  nor ..."), a limit-of-detection, "ruled out", "excluded" or "no evidence of mutation" value after
  the change, an MMR state negated before it ("no MMR loss").
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

HEAD = "Colon adenocarcinoma, sigmoid, resection; tissue NGS panel.\n"
CTDNA_HEAD = "Liquid biopsy (plasma cell-free DNA, ctDNA) in metastatic colorectal cancer.\n"
BREAST_HEAD = "Carcinoma infiltrante de mama, pieza tras tratamiento neoadyuvante.\n"
WT, MUT = "wild-type", "mutant"

CASES = [
    # --- hotspot-list (b13-f05-04) ---
    ("hl-non-v600", "BRAF V600E and non-V600: not detected.\n", "braf", WT),
    (
        "hl-non-v600-list",
        "KRAS exons 2-4, NRAS exons 2-4, BRAF V600E and non-V600: not detected.\n",
        "braf",
        WT,
    ),
    ("hl-other-codons", "BRAF V600E and other codons: negative\n", "braf", WT),
    ("hl-v600-non-v600-class", "BRAF (V600E, non-V600 class II/III): not detected\n", "braf", WT),
    ("hl-kras-g12-other", "KRAS G12C, G12D and other exon 2 variants: not detected\n", "kras", WT),
    ("hl-es-no-v600", "BRAF V600E y no-V600: no detectadas\n", "braf", WT),
    ("hl-heading-aside", "NOT DETECTED (RAS/RAF)\n  KRAS G12C\n  BRAF V600E\n", "braf", WT),
    ("hl-heading-aside-kras", "NOT DETECTED (RAS/RAF)\n  KRAS G12C\n  BRAF V600E\n", "kras", WT),
    ("hl-heading-aside-es", "NO DETECTADO (RAS/BRAF)\n  KRAS G12D\n  BRAF V600E\n", "braf", WT),
    ("hl-heading-no-colon", "Alterations NOT detected\nKRAS G12C\nNRAS Q61K\nBRAF V600E\n", "braf", WT),
    ("hl-heading-no-colon-nras", "Alterations NOT detected\nKRAS G12C\nNRAS Q61K\nBRAF V600E\n", "nras", WT),
    # near-misses: a found change stays mutant
    ("hl-nm-found", "BRAF V600E: detected (VAF 18%); non-V600: not detected\n", "braf", MUT),
    ("hl-nm-and-detected", "BRAF V600E and non-V600 testing: V600E detected\n", "braf", MUT),
    ("hl-nm-detected-heading", "DETECTED (RAS/RAF)\n  BRAF V600E\n", "braf", MUT),
    (
        "hl-nm-heading-then-detected",
        "Alterations NOT detected\nNRAS\n\nAlterations detected\nBRAF V600E\n",
        "braf",
        MUT,
    ),
    # --- ocr-split (b13-f06-04) ---
    ("os-n-ot", "BRAF  V600E n ot detected (wild-type)\n", "braf", WT),
    ("os-no-t", "BRAF V600E no t detected\n", "braf", WT),
    ("os-n-ot-caps", "BRAF V600E   N OT DETECTED\n", "braf", WT),
    ("os-wild-type-split", "BRAF V600E: wi ld-type\n", "braf", WT),
    ("os-neg-ative", "BRAF V600E  neg ative\n", "braf", WT),
    ("os-row-wt-after", "BRAF  V600E ... (wild-type)\n", "braf", WT),
    ("os-detec-ted", "BRAF V600E: not detec ted\n", "braf", WT),
    ("os-detect-ed-caps", "BRAF V600E: NOT DETECT ED\n", "braf", WT),
    ("os-capital-i", "KRAS G12D: wiId-type\n", "kras", WT),
    ("os-n-slash-d", "BRAF V600E : N/D\n", "braf", None),
    ("os-n-dot-d", "BRAF V600E: n.d.\n", "braf", None),
    ("os-nm-found", "BRAF  V600E detected (VAF 21%)\n", "braf", MUT),
    ("os-nm-no-tumour", "BRAF V600E mutation detected; no tumour necrosis.\n", "braf", MUT),
    # --- ocr-n-zero (b13-f08-04) ---
    ("nz-mutado", " NRAS (exones 2,3,4) ......... N0 MUTADO\n", "nras", WT),
    ("nz-detectada", " BRAF V600E ................. N0 DETECTADA\n", "braf", WT),
    ("nz-mutado-nativo", " KRAS (exones 2,3,4) ......... N0 MUTADO (nativ0 / wild-type)\n", "kras", WT),
    ("nz-se-detecta", "BRAF: N0 SE DETECTA MUTACIÓN\n", "braf", WT),
    ("nz-en-detected", "BRAF V600E ........ N0T DETECTED\n", "braf", WT),
    ("nz-lower", "nras: n0 mutado\n", "nras", None),
    ("nz-nm-mutado", " NRAS (exones 2,3,4) ......... MUTADO (p.Q61K)\n", "nras", MUT),
    ("nz-nm-stage", "Estadio pT3 N0 M0. BRAF V600E: DETECTADA\n", "braf", MUT),
    # --- msi-threshold (b13-f12-03) ---
    (
        "mt-called-at",
        "MSI: MSS\nMethods: MSI: 115 homopolymer loci; MSI-H called at >= 20 % unstable loci.\n",
        "msi",
        "MSS",
    ),
    ("mt-called-when", "MSI: MSS\nMSI-High is called when 20% or more of loci are unstable.\n", "msi", "MSS"),
    ("mt-assigned", "MSI status: stable\nMSI-H is assigned for scores \u2265 0.20.\n", "msi", "MSS"),
    (
        "mt-reported-above",
        "Microsatellite status: MSS\nMSI-H reported above 20 % unstable loci.\n",
        "msi",
        "MSS",
    ),
    (
        "mt-colon-ge",
        "MSI: MSS (3/115 loci)\nCalling: MSI-H: \u2265 20 % unstable loci; MSS: < 20 %.\n",
        "msi",
        "MSS",
    ),
    (
        "mt-es",
        "IMS: estable\nSe asigna MSI-H con \u2265 20 % de loci inestables; MSI-H se asigna con \u2265 20 %.\n",
        "msi",
        "MSS",
    ),
    ("mt-nm-result", "MSI: MSI-H (38 % unstable loci)\n", "msi", "MSI-H"),
    ("mt-nm-called-value", "Result: MSI-H, called at 38% unstable loci.\n", "msi", "MSI-H"),
    ("mt-nm-detected-at", "MSI-H detected at 42 % of loci.\n", "msi", "MSI-H"),
    # --- unknown (b13-f09-03) ---
    (
        "un-remain-unknown",
        "The DNA component could not be reported, so EGFR, KRAS G12C, BRAF V600E, ERBB2 (HER2) mutation\n"
        "and MET amplification status remain UNKNOWN.\n",
        "kras",
        None,
    ),
    (
        "un-remain-unknown-braf",
        "The DNA component could not be reported, so EGFR, KRAS G12C, BRAF V600E, ERBB2 (HER2) mutation\n"
        "and MET amplification status remain UNKNOWN.\n",
        "braf",
        None,
    ),
    (
        "un-could-not-be-assessed",
        "KRAS G12C and BRAF V600E could not be assessed (DNA failed QC).\n",
        "braf",
        None,
    ),
    ("un-status-unknown", "BRAF V600E status: unknown (insufficient DNA).\n", "braf", None),
    ("un-is-unknown", "KRAS G12D status is unknown because sequencing failed.\n", "kras", None),
    ("un-es", "El estado de KRAS G12C y BRAF V600E es desconocido (ADN insuficiente).\n", "braf", None),
    ("un-not-assessable", "BRAF V600E: not assessable\n", "braf", None),
    ("un-nm-found-then-unknown", "KRAS G12C detected; BRAF status unknown.\n", "kras", MUT),
    ("un-nm-found-vaf", "KRAS p.G12C (VAF 31%) detected. MET status remains unknown.\n", "kras", MUT),
    # --- reads ---
    ("rd-zero-of", "BRAF V600E detected in 0 of 5000 reads\n", "braf", WT),
    ("rd-zero-slash", "BRAF V600E: 0/4800 reads\n", "braf", WT),
    ("rd-zero-mutant-reads", "KRAS G12D: 0 mutant reads (depth 3100x)\n", "kras", WT),
    ("rd-nm-some", "BRAF V600E detected in 612 of 5000 reads\n", "braf", MUT),
]

# value-below: a bare change on its row, its value on the line below ("BRAF      V600E      PCR" over
# "          Not detected", "BRAF V600E" over "Result: negative"); one at the row's own margin may be a
# heading or a value: no reading.
BELOW_CASES = [
    (
        "vb-indented",
        "Gene      Variant tested      Method\nBRAF      V600E               PCR\n          Not detected\n",
        "braf",
        WT,
    ),
    ("vb-result-label", "BRAF V600E\nResult: Not detected\n", "braf", WT),
    ("vb-analysis-label", "BRAF V600E mutation analysis\nResult: Negative\n", "braf", WT),
    ("vb-es", "BRAF V600E\nResultado: no detectada\n", "braf", WT),
    ("vb-margin", "Gene    Variant\nBRAF    V600E\nNot detected\n", "braf", None),
    ("vb-slash-row", "KRAS     G12C/G12D/G13D            Not detected\n", "kras", WT),
    ("vb-slash-colon", "NRAS Q61K / Q61L / Q61R: negative\n", "nras", WT),
    ("vb-nm-detected", "BRAF p.V600E\n  Result: Detected (VAF 21%)\n", "braf", MUT),
    ("vb-nm-heading", "DETECTED\n  BRAF V600E\nNOT DETECTED\n  KRAS G12D\n", "braf", MUT),
    ("vb-nm-heading-kras", "DETECTED\n  BRAF V600E\nNOT DETECTED\n  KRAS G12D\n", "kras", WT),
    ("vb-nm-gene-below", "Mutations detected:\nBRAF V600E\nNo KRAS mutation.\n", "braf", MUT),
    ("vb-nm-tier", "BRAF V600E\nTier I, VAF 23%\n", "braf", MUT),
    ("vb-nm-slash-detected", "KRAS G12C/G12D detected\n", "kras", MUT),
]

# negation-forms (markers11 probe of the family beyond the blind set): a change or state negated by
# words before the gene name, or by a limit-of-detection, "ruled out" or "no evidence" value after it.
NEGATION_CASES = [
    ("ng-absence-of", "Absence of BRAF V600E.\n", "braf", WT),
    ("ng-no-evidence-of", "No evidence of BRAF V600E.\n", "braf", WT),
    ("ng-neither-nor-kras", "Neither KRAS G12C nor BRAF V600E was detected.\n", "kras", WT),
    ("ng-neither-nor-braf", "Neither KRAS G12C nor BRAF V600E was detected.\n", "braf", None),
    ("ng-es-ausencia", "BRAF V600E: ausencia de mutación\n", "braf", WT),
    ("ng-es-sin-evidencia", "BRAF V600E: sin evidencia de mutación\n", "braf", WT),
    ("ng-no-evidence-after", "BRAF V600E: no evidence of mutation\n", "braf", WT),
    ("ng-excluded", "BRAF V600E mutation: excluded\n", "braf", WT),
    ("ng-ruled-out", "BRAF V600E ruled out\n", "braf", WT),
    ("ng-zero-lod", "BRAF V600E: 0.0% (LOD 0.5%)\n", "braf", WT),
    ("ng-below-lod", "BRAF V600E \u2014 below limit of detection\n", "braf", WT),
    ("ng-lt-lod", "KRAS G12D: < LOD\n", "kras", WT),
    ("ng-msi-ruled-out", "MSI status: MSI-H ruled out (MSS)\n", "msi", "MSS"),
    ("ng-nm-vaf-lod", "BRAF V600E: 12.0% (LOD 0.5%)\n", "braf", MUT),
    ("ng-nm-resistance", "BRAF V600E detected; no evidence of resistance mutations.\n", "braf", MUT),
    ("ng-nm-mutations-label", "Mutations: BRAF V600E\n", "braf", MUT),
    (
        "ng-nm-excluded-from",
        "BRAF V600E mutation detected (VAF 30%); KRAS excluded from analysis.\n",
        "braf",
        MUT,
    ),
    ("ng-nm-msi-lynch", "MSI-H (score 45%); germline Lynch syndrome ruled out.\n", "msi", "MSI-H"),
    ("ng-arrow-not-detected", "BRAF V600E -> not detected\n", "braf", WT),
    ("ng-arrow-wild-type", "BRAF V600E => wild-type\n", "braf", WT),
    ("ng-wt", "BRAF V600E: wt\n", "braf", WT),
    ("ng-minus-ve", "BRAF V600E: -ve\n", "braf", WT),
    ("ng-bracket-minus", "BRAF V600E: (-)\n", "braf", WT),
    ("ng-not-seen", "BRAF V600E: not seen\n", "braf", WT),
    ("ng-zero-bracket", "KRAS G12D (0%)\n", "kras", WT),
    ("ng-by-ihc", "BRAF V600E by IHC: negative staining\n", "braf", WT),
    ("ng-es-no-se-detecto", "BRAF V600E: no se detectó\n", "braf", WT),
    ("ng-es-no-se-identifico", "BRAF V600E: no se identificó mutación\n", "braf", WT),
    ("ng-unicode-minus", "BRAF V600E: \u2212\n", "braf", None),
    ("ng-nm-arrow-detected", "BRAF V600E -> detected (VAF 14%)\n", "braf", MUT),
    ("ng-nm-vaf-bracket", "KRAS G12D (12%)\n", "kras", MUT),
    ("ng-nm-wt-allele", "KRAS G12D (wt allele 60%)\n", "kras", MUT),
    ("ng-msi-question-no", "MSI-H? No\n", "msi", "MSS"),
    ("ng-msi-zero-of", "MSI-H: 0 of 5 markers unstable\n", "msi", "MSS"),
    ("ng-msi-below-threshold", "MSI-H: below threshold (score 3%)\n", "msi", "MSS"),
    ("ng-msi-cannot-determine", "MSI-H status cannot be determined\n", "msi", None),
    ("ng-msi-not-assessable", "MSI-H not assessable (low tumour content)\n", "msi", None),
    ("ng-msi-es-bracket", "MSI-H (negativo)\n", "msi", "MSS"),
    ("ng-nm-msi-three-of", "MSI-H: 3 of 5 markers unstable\n", "msi", "MSI-H"),
    ("ng-nm-msi-question-yes", "MSI-H? Yes\n", "msi", "MSI-H"),
    (
        "ng-panel-semicolon",
        "Hotspot panel (KRAS G12C, G12D, G13D; NRAS Q61K; BRAF V600E): all negative\n",
        "nras",
        WT,
    ),
    ("ng-tested-list-kras", "Tested variants: BRAF V600E, KRAS G12C. Result: none detected.\n", "kras", WT),
    ("ng-square-brackets", "[BRAF V600E] negative\n", "braf", WT),
    ("ng-nm-square-detected", "[BRAF V600E] detected\n", "braf", MUT),
    ("ng-nm-panel-detected", "Panel (BRAF V600E detected; KRAS G12C: not detected)\n", "braf", MUT),
    ("ng-nm-mutations-detected-list", "Mutations detected: BRAF V600E, KRAS G12C.\n", "kras", MUT),
    (
        "ng-nm-tested-then-found",
        "Tested variants: BRAF V600E, KRAS G12C. Result: KRAS G12C detected.\n",
        "kras",
        MUT,
    ),
    ("ng-es-no-se-ha", "KRAS G12C: No se ha detectado\n", "kras", WT),
    ("ng-es-no-se-han", "KRAS G12C: no se han detectado mutaciones\n", "kras", WT),
    ("ng-es-objetiva", "BRAF V600E: no se objetiva\n", "braf", WT),
    ("ng-es-evidenciada", "BRAF V600E: no evidenciada\n", "braf", WT),
    ("ng-es-ausencia-alone", "BRAF p.V600E \u2014 ausencia\n", "braf", WT),
    ("ng-es-ihq", "BRAF V600E IHQ (VE1): negativa\n", "braf", WT),
    ("ng-nm-es-se-ha", "KRAS G12C: se ha detectado (VAF 18 %)\n", "kras", MUT),
    ("ng-nm-es-ihq-positiva", "BRAF V600E IHQ (VE1): positiva\n", "braf", MUT),
    ("ng-msi-tmb-not-detected", "MSI-H/TMB-H: not detected\n", "msi", "MSS"),
    (
        "ng-msi-result-would",
        "MSI: stable. Note: an MSI-H result would prompt germline testing.\n",
        "msi",
        "MSS",
    ),
    ("ng-nm-msi-tmb-detected", "MSI-H/TMB-H: detected\n", "msi", "MSI-H"),
    ("ng-nm-msi-result", "MSI-H result (5/5 markers unstable).\n", "msi", "MSI-H"),
    ("rq-recommended", "BRAF V600E testing is recommended for all metastatic CRC.\n", "braf", None),
    ("rq-please-test", "Please test BRAF V600E.\n", "braf", None),
    ("rq-reflex", "Reflex testing: BRAF V600E, MLH1 promoter methylation.\n", "braf", None),
    ("rq-order", "Order: KRAS/NRAS/BRAF (G12C, V600E) panel\n", "braf", None),
    ("rq-awaiting", "BRAF V600E: awaiting results\n", "braf", None),
    ("rq-separate", "BRAF V600E: see separate report\n", "braf", None),
    ("rq-msi-awaiting", "MSI-H: awaiting results\n", "msi", None),
    ("rq-would-support", "BRAF V600E mutation would support a sporadic origin.\n", "braf", None),
    ("rq-nm-found-then-recommended", "BRAF V600E: detected; KRAS testing is recommended.\n", "braf", MUT),
    ("rq-nm-result-label", "Result: BRAF V600E detected.\n", "braf", MUT),
    ("ng-mmr-no-evidence", "No evidence of mismatch repair deficiency.\n", "mmr", None),
    ("ng-mmr-no-loss", "Lynch screen: negative (no MMR loss)\n", "mmr", None),
    (
        "ng-mmr-loss-not-seen",
        "MMR IHC: all four proteins retained; loss of expression not seen\n",
        "mmr",
        None,
    ),
    (
        "ng-mmr-would-indicate",
        "Mismatch repair proteins: expression retained (MMR proficient). Loss would indicate dMMR.\n",
        "mmr",
        "proficient",
    ),
    ("ng-mmr-es-no-observada", "MMR: pérdida de expresión no observada\n", "mmr", None),
    (
        "ng-nm-msi-would-not",
        "MSI-H (5/5 markers unstable); this would indicate Lynch screening.\n",
        "msi",
        "MSI-H",
    ),
    ("ng-nm-mmr-loss-seen", "MMR IHC: loss of expression of MLH1 and PMS2 seen\n", "mmr", "deficient"),
    ("ng-nm-mmr-partial", "MMR IHC: loss of MLH1 and PMS2 (no MSH2/MSH6 loss)\n", "mmr", "deficient"),
    ("ng-nm-dmmr", "dMMR (MLH1/PMS2 loss)\n", "mmr", "deficient"),
]

# loss-other (b13-f08-06): MMR stays unread when the loss is another protein's; an MMR loss stays
# deficient.
MMR_CASES = [
    ("lo-es-her2", BREAST_HEAD, "La pérdida de expresión de HER2 tras tratamiento está descrita.\n", None),
    ("lo-en-her2", BREAST_HEAD, "Loss of expression of HER2 after neoadjuvant therapy is described.\n", None),
    ("lo-en-er", BREAST_HEAD, "Loss of nuclear expression of ER was seen in the residual tumour.\n", None),
    ("lo-es-la-her2", BREAST_HEAD, "pérdida de la expresión de HER2 en el tumor residual\n", None),
    ("lo-ecad", BREAST_HEAD, "Loss of expression of E-cadherin, consistent with lobular carcinoma.\n", None),
    ("lo-es-receptores", BREAST_HEAD, "pérdida de expresión de receptores hormonales\n", None),
    ("lo-nm-mlh1", HEAD, "Loss of nuclear expression of MLH1 and PMS2.\n", "deficient"),
    ("lo-nm-colon", HEAD, "MMR IHC - loss of nuclear expression: MLH1, PMS2\n", "deficient"),
    ("lo-nm-es-mlh1", HEAD, "Pérdida de expresión de MLH1 y PMS2 en las células tumorales.\n", "deficient"),
    ("lo-nm-proteins", HEAD, "Loss of expression of the MMR proteins MSH2 and MSH6.\n", "deficient"),
    ("lo-nm-no-loss", HEAD, "No loss of nuclear expression of MLH1, PMS2, MSH2 or MSH6.\n", "proficient"),
]


@pytest.mark.parametrize(("text", "field", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_marker_field(text: str, field: str, want: str | None) -> None:
    assert explain_text(HEAD + text).related.get(field) == want


@pytest.mark.parametrize(
    ("text", "field", "want"), [c[1:] for c in BELOW_CASES], ids=[c[0] for c in BELOW_CASES]
)
def test_value_below_bare_change(text: str, field: str, want: str | None) -> None:
    assert explain_text(HEAD + text).related.get(field) == want


@pytest.mark.parametrize(
    ("text", "field", "want"), [c[1:] for c in NEGATION_CASES], ids=[c[0] for c in NEGATION_CASES]
)
def test_negation_forms(text: str, field: str, want: str | None) -> None:
    assert explain_text(HEAD + text).related.get(field) == want


@pytest.mark.parametrize(("head", "text", "want"), [c[1:] for c in MMR_CASES], ids=[c[0] for c in MMR_CASES])
def test_mmr_loss_other_protein(head: str, text: str, want: str | None) -> None:
    assert explain_text(head + text).related.get("mmr") == want


def test_ctdna_hotspot_list_is_no_mutant() -> None:
    """b13-f05-04's family in blood: never mutant; a blood 'not detected' is no wild-type either."""
    text = (
        CTDNA_HEAD
        + "NOT DETECTED (RAS/RAF)\n  KRAS exons 2-4, NRAS exons 2-4, BRAF V600E and non-V600: not detected.\n"
    )
    related = explain_text(text).related
    assert related.get("braf") is None and related.get("kras") is None
