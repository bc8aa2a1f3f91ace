"""Trap phrase families written blind of the labelled sets (probe14, session 14).

Short report fragments (tests/probe14_cases.py), weighted to the unsafe direction: filled-in
forms, antibody/probe/kit names and catalogue, block, slide and accession numbers beside a score,
a control's score in the HER2 name's bracket, multi-marker rows, interpretation sentences that
overrule the number, HER2 protein vs gene vs mutation, results reported elsewhere, and Spanish
and Portuguese forms of them. Each was run on main first; fixed for their family:
- a bare verdict in the clause after a value's statement voids it ("HER2 IHC: 3+. Not
  interpretable.", "3+; not reportable", "Note: the external control was not adequate", "no
  valorable", "não avaliável"; document.toml void-verdict-lead, findings/voided_next.py);
- a value in a bracket that names a control, or right beside a control word ("HER2 IHC slide A3
  (3+ controls on slide): score 1+", "control 3+, tumour 1+", "(controle 3+ na mesma lâmina)") is
  the control's (document.toml control-word, control-before-score, control-after-score;
  findings/control_label.py control_owns);
- a value a bracket sends to another report by its number ("3+ (see report S26-1234 for the
  breast primary)", "(ver informe B26-0456)") is that report's, set aside by this specimen's
  lower value (context.toml attributed-after-earlier-sample);
- another laboratory's label ("Referring laboratory HER2:", "External laboratory:", "Laboratorio
  remitente:", "Laudo externo:") marks an earlier reading (context.toml earlier-label), "reported
  elsewhere as 3+" an earlier value (earlier-words), "per core biopsy S26-1111" another report's
  (attributed-after-earlier-sample), and "nossa revisão", "em nosso serviço" a current one
  (current-words).
A second batch (BATCH2, 53 fragments, 8 wrong way on main) was fixed the same way: a value its
clause sets aside right after it ("(3+ intensity, cytoplasmic) is disregarded", "excluded from
scoring"; document.toml disregarded-after-value) and a score the in-situ component labels ("DCIS:
3+   Invasive carcinoma: 1+", "invasive 1+, DCIS 3+"; in-situ-before-score, in-situ-after-score)
are set aside one by one (findings/set_aside.py); an exon, insertion or YVMA between HER2 and its
call makes the call the mutation's (statement.toml call-gap-blocker).
A third batch (BATCH3, 48 fragments, 8 wrong way on main): a row's empty HER2 cell after other
markers' scores ("ER: 3+ (90%)   PR: 3+ (70%)   HER2:") took PR's 3+ (findings/name_list.py: a
layout gap or a bar also closes another marker's item); a verdict after one bare clause or after
a label's colon ("Fixation time over 72 hours: resultado no valorable", "Acid decalcification
renders HER2 testing unreliable; result not reportable") and a bilingual withdrawal ("Nota / Note:
resultado anulado / result withdrawn") void the value before (findings/voided_next.py,
void-verdict-lead); a report number in the HER2 name's bracket ("HER2 (per primary report
S26-1234): 3+") marks an earlier value (earlier-words); Portuguese "Não" answers a checklist
(ihc.toml answered-no-after-score).
A fourth batch (BATCH4, 11 fragments, 3 wrong way on main): "Resultado inválido" voids the value
before; "(fewer than 5 cells: not a positive cluster)" sets its score aside
(disregarded-after-value); a report number in a bracket with words after it ("HER2 (según informe
B26-0456 del primario): 3+") marks an earlier value.
Three lost results were read by probe15b (session 15): a bracket of three items before a bare 0
("c-erbB-2 (Dako A0485, polyclonal, 1:300): 0"), a run id "3+-26-0912" (no score: ihc.toml
ihc-score), and a gain "below the threshold for amplification" in its own sentence (not amplified:
ngs.toml gain-below-threshold).
The cases still read another way are marked below with the reason; the list may only shrink.
"""

from __future__ import annotations

from .probe14_cases import CASES
from .probe_runner import probe_tests

# id -> why it still reads another way (strict: a fix makes the test fail until it is removed)
NOT_YET: dict[str, str] = {
    "ctl-near-miss-control-0-after-3plus": "lost positive (as on main): a control named in a bracket after the 3+ sets the whole statement aside",
    "f2-yn-letter": "lost negative: a 'Y / N: N' answer to 'HER2 overexpression (IHC 3+)?' sets the line's 1+ aside too",
}


test_case_ids_are_unique_and_known, test_trap_reads_as_written = probe_tests(CASES, NOT_YET)
