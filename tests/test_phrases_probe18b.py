"""Unsafe positives still open after session 17, and their near-misses (probe18b, session 18;
cases in tests/probe18b_cases.py). Fixed for their family:
- a quoted result dated by a year after it ("Primary breast tumour HER2: positive (3+), 2019.")
  beside the current specimen's own 0 read POSITIVE: samples.toml year-after-value and
  earlier-tumour-word (findings/year_after.py) mark it earlier, so the current value sets it aside;
- "HER2 IHC: 3+ (see comment)" whose comment says the result is not valid without naming HER2
  again read POSITIVE: findings/pointed_comment.py reads the first failed-stain sentence after the
  value, before HER2 is named again and naming no other marker;
- a provisional 3+ from a screening image or pre-screen "to be confirmed on the stained slide"
  read POSITIVE: context.toml hypothetical-provisional-read;
- "intensity 3, completeness 10%" read POSITIVE: an intensity is no score, and a share of exactly
  10% beside it is at most the floor (findings/intensity.py), so the 3+ needs confirmation;
- a decalcified bone biopsy whose own HER2 was not done quoting "Primary HER2 3+ (2020)" read
  POSITIVE: samples.toml own-test-not-done (interpret/not_done_here.py) sets the quote aside.
Strict xfails of session 17 fixed here (cases BOARD_LIST .. PENDING_OWN_LINE add variants):
- a meeting list "Case 1 (MRN 44812): HER2 3+" / "Case 3 (MRN 45590, this patient): ... pending"
  and "1) J.S., 64F - ..., HER2 3+" / "2) M.K., 51F (this patient) - ..." read POSITIVE:
  samples.toml case-list-item takes a "Case N" item with no number before it and an initials-and-age
  item, case-list-self a mark after a comma inside the brackets;
- a quiz's "Answer: ...; HER2 2+, FISH amplified" a sentence after "Breast pathology quiz" read
  POSITIVE: context.toml population-quiz-answer (the HER2 name looks back for the quiz and answer);
- a ticked "[x] HER2-positive breast cancer (2019)" under "Clinical history:" read POSITIVE:
  findings/history_box.py (a marked box in a history block is history);
- "Prior right breast, core biopsy: HER2 IHC 3+." over "Left breast, core biopsy: ... HER2 testing
  to follow." read POSITIVE: findings/pending_line.py names the pending note's sample from its line.
New families (part C), POSITIVE on main before:
- an image-analysis or AI score beside the pathologist's lower one: context.toml
  earlier-machine-score marks it earlier, current-words takes "Pathologist HER2 score";
- one observer's 3+ beside the consensus ("consensus score 2+", "agreed score after joint review:
  1+"): ihc.toml overall-score;
- a 3+ "seen in the adjacent apocrine metaplasia only": document.toml in-situ-after-score.
Fixed in probe19b (session 19): an AI-assisted 3+ over "Pathologist's score after review: 2+" (no
HER2 name on the pathologist's line) read POSITIVE: ihc.toml overall-score takes the pathologist's
score label, so the pathologist's 2+ is the result.
The cases still read another way are marked below with the reason; the list may only shrink.
"""

from __future__ import annotations

from .probe18b_cases import CASES
from .probe_runner import probe_tests

# id -> why it still reads another way (strict: a fix makes the test fail until it is removed)
NOT_YET: dict[str, str] = {}


test_case_ids_are_unique_and_known, test_phrase_reads_as_written = probe_tests(CASES, NOT_YET)
