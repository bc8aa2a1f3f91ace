"""Trap phrase families written blind of the labelled sets (probe13, session 13).

Short report fragments (tests/probe13_cases.py), weighted to the unsafe direction: values of
control material or of other subjects (cell-line and known-positive controls, FISH control ratios,
proficiency samples, tumour board lists, xenografts and organoids, validation studies, results
withdrawn as another patient's), values of another time inside the current sentence, another
component or specimen of the same report (in-situ component, node), hypothetical and
prior-authorisation wording, NGS copy number not assessed, odd layouts (interleaved key columns,
blank forms, struck-through or corrected values, addenda) and Spanish, Portuguese and French forms
of them. Each was run on main first. The cases still read another way are marked below with the
reason; the list may only shrink.
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe13_cases import CASES
from .probe_runner import assert_ids_unique_and_known, assert_reads_as_written, probe_params

# id -> why it still reads another way (strict: a fix makes the test fail until it is removed)
NOT_YET: dict[str, str] = {
    "subj-tumour-board-list": "WRONG WAY: a tumour board's list of other patients' cases reads the first case's 3+",
    "subj-board-other-cases-sentence": "WRONG WAY: 'two other patients whose tumours were HER2 3+' is read as this patient's",
    "subj-xenograft": "WRONG WAY: a xenograft's (PDX) 3+ is read over the clinical 1+",
    "subj-organoid-only": "WRONG WAY: an organoid's ddPCR amplification reads as the tumour's ISH amplified",
    "subj-validation-cases": "WRONG WAY: an assay validation sentence's case counts (12 HER2 3+) are read as a result",
    "time-slash-years": "WRONG WAY: 'HER2 IHC: 3+ (2019) / 0 (2026)' reads the dated earlier 3+",
    "time-date-rows-oldest-first": "WRONG WAY: a history table with a date per row reads the 2019 row's 3+",
    "time-date-rows-newest-first": "WRONG WAY: a history table with a date per row reads the 2019 row's 3+",
    "comp-in-situ-carcinoma-spanish": "WRONG WAY: 'El componente in situ muestra HER2 3+' is read as the invasive result",
    "comp-node-3plus-primary-pending": "WRONG WAY: a node's 3+ reported under another specimen number is read as this core's",
    "hyp-clinician-suspects": "WRONG WAY: 'clinician suspects HER2 positive disease; please test' reads as positive",
    "ngs-amp-not-evaluated": "WRONG WAY: 'ERBB2 amplification: not evaluated' reads as amplified",
    "ngs-prior-tissue-amp-not-in-assay": "WRONG WAY: a prior tissue NGS amplification quoted in a plasma report reads as current",
    "lay-interleaved-key-column": "lost negative: 'HER2 IHC 0' beside an interpretation key column is not read",
    "lay-interleaved-key-column-1plus": "lost negative: the key column's 3+ is read as the score (status not_found)",
    "lay-struck-corrected-to": "WRONG WAY: a struck-through '~~3+~~ 1+ (corrected ...)' reads the struck 3+",
    "lay-corrected-to-sentence": "WRONG WAY: 'score 3+ corrected to 1+' reads the replaced 3+",
    "rom-pt-previously-now": "WRONG WAY: Portuguese 'era 3+ no diagnóstico (2019); atualmente HER2 0' reads 3+",
    "rom-pt-cdis": "WRONG WAY: Portuguese 'Carcinoma ductal in situ: HER2 3+' is read as the invasive result",
    "rom-fr-etait-au-diagnostic": "WRONG WAY: French 'était 3+ au diagnostic ; il est actuellement 0' reads 3+",
    "rom-fr-in-situ": "WRONG WAY: French 'Composante in situ : HER2 3+' is read as the invasive result",
    "rom-es-era-al-diagnostico": "WRONG WAY: Spanish 'era 3+ al diagnóstico y actualmente es 0' reads 3+",
    "rom-es-paso-de-a": "WRONG WAY: Spanish 'pasó de 3+ (biopsia) a 1+' reads the earlier 3+",
}


def test_case_ids_are_unique_and_known() -> None:
    assert_ids_unique_and_known(CASES, NOT_YET)


@pytest.mark.parametrize(("text", "allowed", "keys"), probe_params(CASES, NOT_YET))
def test_trap_reads_as_written(text: str, allowed: frozenset[str], keys: dict[str, Any]) -> None:
    assert_reads_as_written(text, allowed, keys)
