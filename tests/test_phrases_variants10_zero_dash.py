"""A zero told by its description after a dash (variants10 C-02: "HER2 (4B5), biopsy criteria: 0 --
no tumour cell cluster with membrane staining -> NEGATIVE", the last item of a list of markers
whose p53 and Claudin 18.2 items print 3+ and 2+/3+, read not found).

The score token: a bare 0-3 followed by one or two dashes and the words that describe it ("no
membrane staining", "no tumour cell(s)/cluster(s) with membrane staining", "faint ..."). Near-misses:
another marker's 3+ in the same list is never HER2's; a pending HER2 item stays not found.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

GASTRIC = "Esophagogastric junction biopsy: adenocarcinoma, poorly differentiated.\n\nImmunohistochemistry\n"
BREAST = "Left breast core biopsy: invasive ductal carcinoma, grade 2.\n\n"

ZEROS = [
    (
        GASTRIC,
        " - p53: overexpression pattern, strong 3+ nuclear staining in >90% of tumour nuclei\n"
        " - Claudin 18.2 (43-14A): 80% of tumour cells moderate-to-strong (2+/3+) membranous -> POSITIVE\n"
        " - MMR: MLH1, PMS2, MSH2, MSH6 intact\n"
        " - HER2 (4B5), biopsy criteria: 0 -- no tumour cell cluster with membrane staining -> NEGATIVE\n",
    ),
    (BREAST, "HER2 IHC: 0 -- no membrane staining\n"),
    (GASTRIC, "HER2 (4B5): 0 -- no tumor cells with membranous reactivity (resection criteria)\n"),
    (GASTRIC, "HER2 (4B5), gastric biopsy criteria: 0 - no tumour cell clusters with membrane staining\n"),
    (BREAST, "ER 95%, PR 40%, HER2 (HercepTest): 0 -- no staining\n"),
]


@pytest.mark.parametrize(("head", "text"), ZEROS)
def test_a_zero_with_its_description_after_a_dash_is_read(head: str, text: str) -> None:
    result = explain_text(head + text)
    assert (result.status, result.ihc and result.ihc.score) == ("negative", "0"), [
        (e.text, e.value) for e in result.evidence
    ]


def test_other_markers_scores_in_the_list_are_not_her2s() -> None:
    text = (
        GASTRIC + " - p53: overexpression pattern, strong 3+ nuclear staining in >90% of tumour nuclei\n"
        " - Claudin 18.2 (43-14A): 80% of tumour cells moderate-to-strong (2+/3+) membranous -> POSITIVE\n"
        " - HER2 (4B5): pending, to follow in an addendum\n"
    )
    assert explain_text(text).status == "not_found"


def test_a_one_plus_after_a_dash_stays_one_plus() -> None:
    result = explain_text(BREAST + "HER2/neu (4B5): 1+ -- faint incomplete membrane staining in 20%\n")
    assert (result.status, result.ihc and result.ihc.score) == ("negative", "1+")
