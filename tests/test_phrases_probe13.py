"""Trap phrase families written blind of the labelled sets (probe13, session 13).

Short report fragments (tests/probe13_cases.py), weighted to the unsafe direction: values of
control material or of other subjects (cell-line and known-positive controls, FISH control ratios,
proficiency samples, tumour board lists, xenografts and organoids, validation studies, results
withdrawn as another patient's), values of another time inside the current sentence, another
component or specimen of the same report (in-situ component, node), hypothetical and
prior-authorisation wording, NGS copy number not assessed, odd layouts (interleaved key columns,
blank forms, struck-through or corrected values, addenda) and Spanish, Portuguese and French forms
of them. Each was run on main first (76 fragments, 21 read the wrong way); fixed for their family:
- a current score after an earlier one in the same statement without HER2 named again ("was 3+ at
  diagnosis; it is now 1+", "il est actuellement 0"), and a bare 0 after now/currently/actualmente
  (ihc.toml now-score-lead, ihc-score; findings/now_score.py);
- French/Portuguese "au diagnostic", "no diagnóstico" and a value "corrected to" / "corregido a"
  another mark an earlier value (context.toml earlier-after-value); "pasó de", "passou de", "est
  passé de" name the replaced score (ihc.toml replaced-score); a struck-through "~~3+~~" is no score;
- the in-situ component in Spanish, Portuguese and French (context.toml in-situ-component);
- other patients or cases, xenografts, organoids and an assay's validation cases (context.toml
  population-other-subjects); a clinician's suspicion is a question (context.toml rule-out);
- NGS amplification "not evaluated" / "not assessed" / "non évaluable" / "QNS" is no value (ngs.toml
  amp-not-assessed);
- a HER2 history table with a date per row: rows older than the latest are earlier
  (findings/earlier.py mark_dated_rows, document.toml row-date).
A second batch (b2-*, 25 fragments, 17 wrong way on main) was fixed the same way: a value an arrow
leads away from ("3+ -> 1+"; Unicode arrows folded to "->" in normalize.py) is earlier (context.toml
earlier-after-arrow); "formerly", "down from", "at baseline", "antes" mark an earlier value and "on
progression", "ahora", "agora" a current one (earlier-words, current-words); research-only or
investigational readings, interlaboratory, teaching and reference cases are other subjects
(population-research-reference); "likely/expected/predicted to be" asks, not states (rule-out);
Portuguese/French controls ("Controle (linhagem celular 3+)", "Contrôle positif", "Témoin")
(control-abbreviated); Portuguese "escore 0" is a score (ihc-score).
The cases still read another way are marked below with the reason; the list may only shrink.
"""

from __future__ import annotations

from .probe13_cases import CASES
from .probe_runner import probe_tests

# id -> why it still reads another way (strict: a fix makes the test fail until it is removed)
NOT_YET: dict[str, str] = {
    "lay-interleaved-key-column": "lost negative: 'HER2 IHC 0' beside an interpretation key column is not read",
    "lay-interleaved-key-column-1plus": "lost negative: the key column's 3+ is read as the score (status not_found)",
}


test_case_ids_are_unique_and_known, test_trap_reads_as_written = probe_tests(CASES, NOT_YET)
