"""Warnings collected while interpreting: a stable code (for translation and tests), English text
and parameters. The patient-facing wording of each code lives in her2cli/data/messages/."""

from __future__ import annotations

from typing import Any

WARNING_TEXT: dict[str, str] = {
    # docs/clinical-rules.md §7: a blood test can miss amplification; tissue testing may be needed.
    "ctdna_not_detected": "The blood (ctDNA) test did not detect ERBB2 amplification. Blood tests can miss it when the tumor sheds little DNA; this is not the same as HER2-negative, and tissue testing may be needed.",
    "ctdna_positive_only": "ERBB2 amplification was found in a blood (ctDNA) test only; tissue testing may be used to confirm it.",
    "plasma_cn_not_tissue": "Plasma copy numbers are diluted by normal DNA and cannot be compared with tissue cut-offs.",
    # docs/clinical-rules.md §6: a mutation is not HER2-positive.
    "mutation_not_positive": "An ERBB2 (HER2) mutation was found. A mutation is not the same as HER2-positive (overexpression or amplification).",
    "ihc_equivocal_no_ish": "IHC 2+ is equivocal: an in situ hybridization (ISH/FISH) test is needed to decide.",
    "pending": "The report says a HER2 test is pending, ordered or reported separately; the result may be in an addendum or another report.",
    "history_only": "HER2 is mentioned only about an earlier or different cancer, not this tumor.",
    # facts.md §10, §11: the report's own advice to repeat the HER2 test (interpret/retest.py)
    "retest_recommended": "The report recommends testing HER2 again (for example on the surgery sample or a new biopsy); ask the care team whether and when this will be done.",
    "unknown_cancer_type": "The cancer type could not be told from the report; general solid-tumor HER2 rules were used.",
}


class Notes:
    """Warnings with a stable code (for translation and tests) and their English text."""

    def __init__(self) -> None:
        self.codes: list[str] = []
        self.texts: list[str] = []
        self.params: list[dict[str, Any]] = []

    def add(self, code: str, text: str, **params: Any) -> None:
        if text in self.texts:
            return
        self.codes.append(code)
        self.texts.append(text)
        self.params.append(params)

    def drop(self, code: str) -> None:
        """Take back every warning of `code`: a later reading showed it no longer holds."""
        keep = [i for i, c in enumerate(self.codes) if c != code]
        self.codes = [self.codes[i] for i in keep]
        self.texts = [self.texts[i] for i in keep]
        self.params = [self.params[i] for i in keep]
