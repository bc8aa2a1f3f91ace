"""The page scanner: finds every HER2 name in one view of a document and asks the readers
(ihc, ish, ngs, statement) for its values and the context checks whether they count."""

from __future__ import annotations

import bisect
from typing import Any

import regex

from ..normalize import NormalizedText
from ..rules import Compiled
from . import checkbox, column_reader, context, earlier, far_legend, ihc, ish, ngs, statement, therapy_prose
from .asked import blood_panel_not_detected, context_reason, form_or_column_reason
from .comparison_parts import mark_comparison_parts
from .mention_scope import MentionScope, mention_scope
from .model import PAGE_BREAK, Finding, PageContext
from .pending_line import name_pending_sample
from .sample_clauses import clause_values, line_sample_clauses
from .samples import attribute_samples
from .samples_columns import read_sample_columns, split_ish_columns
from .scope import FAR_AWAY, MAX_MENTIONS, all_matches, find_sections, other_marker_positions, section_at
from .unnamed_ihc import read_unnamed_ihc


class PageScanner:
    """Reads one view of a document (all pages joined, or one page's layout view) and yields
    findings in text order. Scopes may run across a page break: a heading at the foot of one
    page often has its score at the top of the next."""

    def __init__(
        self,
        pages: list[tuple[int, int, int]],
        norm: NormalizedText,
        ctx: PageContext,
        c: Compiled,
        order_base: int,
    ) -> None:
        # pages: (normalized start, original start, page number), in order
        self.pages = pages
        self.page_norm_starts = [p[0] for p in pages]
        self.norm = norm
        self.text = norm.text
        self.ctx = ctx
        self.c = c
        self.order_base = order_base
        self.sections = find_sections(self.text, c)
        self.markers = other_marker_positions(self.text, c)
        self.mentions = list(all_matches(c.her2, self.text))
        self.mention_starts = [m.start() for m in self.mentions]
        self.definition_blocks: list[tuple[int, int]] | None = None  # findings/definitions.py
        self.named_case: str | None = None  # findings/case_list.py ("" = the document names none)

    def _page_of(self, pos: int) -> tuple[int, int]:
        """(page number, original offset where that page starts) for a normalized position."""
        i = max(0, bisect.bisect_right(self.page_norm_starts, pos) - 1)
        return self.pages[i][2], self.pages[i][1]

    def _page_end(self, pos: int) -> int:
        """Original offset where the page holding `pos` ends."""
        i = max(0, bisect.bisect_right(self.page_norm_starts, pos) - 1)
        if i + 1 < len(self.pages):
            return self.pages[i + 1][1] - len(PAGE_BREAK)
        return len(self.norm.original)

    def make(
        self, family: str, start: int, end: int, values: dict[str, Any], reason: str | None = None
    ) -> Finding:
        """A finding quoted from the original text of normalized span [start, end)."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        s, e = self.norm.source_span(start, end)
        section = section_at(self.sections, start).kind
        page, page_origin = self._page_of(start)
        page_end = self._page_end(start)
        if e > page_end:
            e = max(s, page_end)  # a finding that runs onto the next page is quoted from its first page
        return Finding(
            family=family,
            page=page,
            start=s - page_origin,
            end=e - page_origin,
            quote=self.norm.quote_lines(start, end),
            match=" ".join(self.norm.original[s:e].split()),
            values=values,
            reason=reason,
            section=section,
            order=self.order_base + start,
            nstart=start,
            nend=end,
        )

    def mention(self, scope: MentionScope, reason: str) -> list[Finding]:
        """The mention itself as a non-result, with the reason it is not one."""
        return [self.make("mention", scope.start, scope.end, {}, reason)]

    def context_reason(self, lo: int, hi: int) -> str | None:
        return context_reason(self, lo, hi)

    def next_mention_after(self, pos: int) -> int:
        i = bisect.bisect_right(self.mention_starts, pos)
        return self.mention_starts[i] if i < len(self.mention_starts) else FAR_AWAY

    def scan(self) -> list[Finding]:
        out: list[Finding] = []
        for m in self.mentions[:MAX_MENTIONS]:
            out.extend(self._scan_mention(m))
        out.extend(read_unnamed_ihc(self, out))  # "Prior IHC: 2+" in an ISH report (probe20)
        out.extend(read_sample_columns(self, out))  # scores side by side under their samples' names
        out.extend(split_ish_columns(self, out))  # an ISH table's columns of samples
        attribute_samples(self.text, out, self.ctx.post_treatment)
        earlier.mark_earlier(self, out)
        name_pending_sample(self, out)  # "Left breast, core biopsy: ... HER2 testing to follow."
        mark_comparison_parts(self.text, out)  # "B. Outside slides (2019), for comparison"
        return out

    def scan_at(self, m: regex.Match[str]) -> list[Finding]:
        """The findings of one name's match, as the scan reads it (findings/unnamed_ihc.py)."""
        return self._scan_mention(m)

    def _scan_mention(self, m: regex.Match[str]) -> list[Finding]:
        scope = mention_scope(
            self.text, m, self.sections, self.markers, self.next_mention_after(m.start()), self.c
        )
        reason = context.reason_before_values(self, scope)
        if reason:
            return self.mention(scope, reason)
        # a checkbox form's result is its one marked box; a column header's values are in its
        # column, not in the next cells in reading order
        boxed = checkbox.read_checkboxes(self, scope)
        in_column = column_reader.read_column(self, scope) if boxed is None else []
        read = in_column if boxed is None else boxed
        if read:
            asked = form_or_column_reason(self, scope)
            if asked and any(f.family != "mention" for f in read):
                return self.mention(scope, asked)
            return read
        if boxed is not None:
            return boxed
        values = self.read_values(scope)
        reason = context_reason(self, scope.back_start, scope.statement_stop)
        if values:
            reason_against, values = context.check_values(self, scope, values)
            if reason_against:
                final = far_legend.final_word_beside_far_legend(self, scope, values, reason_against)
                return final or self.mention(scope, reason_against)
        if values and therapy_prose.in_therapy_prose(self, scope, reason, values):
            # In therapy/background prose only measured values count, never an adjective like
            # "HER2-positive breast cancer" or "(IHC 3+) indication".
            values = [f for f in values if therapy_prose.counts_in_therapy_prose(self, f)]
            if not values:
                return self.mention(scope, "therapy")
        if not values:
            # a column header row names several genes too: its column was read before the
            # mention is taken for a gene list
            if context.is_gene_list(self, scope.start, scope.end):
                return (
                    blood_panel_not_detected(self, scope)
                    or ngs.gene_list_not_amplified(self, scope)
                    or self.mention(scope, "gene_list")
                )
            # "Copy number alterations: none detected (genes assessed include ERBB2)": a negated
            # copy-number result over its genes, however few of them it lists (left9)
            covered = [] if reason else ngs.gene_list_not_amplified(self, scope)
            return covered or self.mention(scope, reason or "no_result")
        return values

    def read_values(self, scope: MentionScope) -> list[Finding]:
        """Every reader in turn; the statement reader sees what the others found. A line whose
        clauses give an earlier sample's result and this sample's ("amplified (biopsy 2020); not
        amplified (mastectomy)") is read clause by clause (findings/sample_clauses.py, fix24)."""
        out = ihc.read_ihc(self, scope)
        out += ihc.read_her2_low(self, scope)
        clauses = None if out else line_sample_clauses(self, scope)
        if clauses is not None:
            return clause_values(self, scope, clauses, lambda sub: self._read_tests(sub, []))
        return self._read_tests(scope, out)

    def _read_tests(self, scope: MentionScope, out: list[Finding]) -> list[Finding]:
        """The ISH, NGS and statement readers after the IHC readers' findings `out`."""
        out = out + ish.read_amplification(self, scope)
        if not any(f.family == "ihc" for f in out):
            out += ngs.read_mutations(self, scope)
        out += statement.read_statement(self, scope, out)
        if not out:
            out = ngs.blood_no_alterations(self, scope)  # a current blood sample's "no alterations in ERBB2"
        return out
