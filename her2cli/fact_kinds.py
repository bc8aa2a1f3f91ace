"""The kinds report facts are made of (facts.py): which test decided the status, which HER2
change the report describes, the disease setting, who made the call, and why no result was found.
Each is a closed set of values the patient summary's sentences are chosen by (data/messages).
"""

from __future__ import annotations

from enum import StrEnum


class Assay(StrEnum):
    """The kind of test whose result decided the status."""

    IHC = "ihc"  # protein stain
    ISH = "ish"  # gene copy test on tissue (FISH, CISH, SISH, DISH)
    NGS = "ngs"  # tumor DNA sequencing on tissue
    CTDNA = "ctdna"  # tumor DNA in blood (liquid biopsy)


class Alteration(StrEnum):
    """What kind of HER2 change the report describes (docs/clinical-rules.md §6: keep them apart)."""

    AMPLIFICATION = "amplification"  # extra protein or extra gene copies: what HER2-positive means
    MUTATION = "mutation"  # a change in the gene's letters; never "HER2-positive"
    BOTH = "both"
    NONE = "none"


class Setting(StrEnum):
    """The disease setting, only where the report states it in words."""

    METASTATIC = "metastatic"  # "metastatic", "stage IV", "advanced", "unresectable"
    EARLY = "early"  # "stage I-III", "early-stage", a resection with no stated spread
    NOT_STATED = "not_stated"


class CallSource(StrEnum):
    """Whether the lab wrote the call in words or the scoring rule worked it out from numbers."""

    LAB = "lab"
    COMPUTED = "computed"


class NotFoundReason(StrEnum):
    """Why no HER2 result was found (issue 10, defect 10): each gets its own sentence."""

    IN_SITU_ONLY = "in_situ_only"  # only carcinoma in situ (DCIS), no invasive cancer to test (qa4 11)
    NO_TUMOR = "no_tumor"  # not enough tumor (or no tumor) in the sample to test
    PENDING = "pending"  # test ordered, pending, sent out, or reported separately
    UNINTERPRETABLE = "uninterpretable"  # stain could not be read; repeat or addendum expected
    NOT_PERFORMED = "not_performed"  # the report says HER2 was not tested (not requested, not done)
    RECOMMENDED = "recommended"  # the report suggests HER2 testing; no result yet
    # the report says HER2 testing is not indicated for this cancer (esophageal squamous, b9-f06-05):
    # not "recommended", and not a test that was left undone by chance
    NOT_INDICATED = "not_indicated"
    NGS_NO_ERBB2 = "ngs_no_erbb2"  # sequencing done, no ERBB2 copy result (maybe only a mutation)
    # a DNA test says gene copies could not be assessed on this sample (low tumor fraction): not a
    # stain that could not be read (b4-f04-05), not "not enough tumor" in general (summary7)
    NGS_NOT_EVALUABLE = "ngs_not_evaluable"
    MUTATION_ONLY = "mutation_only"  # an ERBB2 mutation, no amplification result
    BLOOD_NOT_DETECTED = "blood_not_detected"  # a blood test did not detect amplification
    OTHER_CANCER = "other_cancer"  # HER2 named only for an earlier or different cancer
    LOW_CONFIDENCE = "low_confidence"  # read from a scan too unsure to give a status
    NOT_MENTIONED = "not_mentioned"  # nothing about HER2 for this tumor
    # the engine read a positive or borderline result, but the report's own lines do not support it:
    # they give the lab's final answer as negative, or are only history, a legend or a method text
    # (qa5 H1, U4). The summary says "please check with your care team" instead of the result.
    UNSUPPORTED = "unsupported"
