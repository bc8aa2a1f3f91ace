"""The one runner of the probe files (tests/probeNN_cases.py): each case is (id, family, text,
allowed statuses, {dotted JSON path: expected value}); a case the engine still reads another way is
listed with its reason in the file's NOT_YET and runs as a strict xfail, so a fix fails the test
until the mark is removed. The fixers' phrase files (tests/test_phrases_fixNN.py) and the family
files that compare a few named fields of a result (tests/test_phrases_fam4.py) share it too. A probe
file binds its two tests from `probe_tests`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pytest

from her2cli import explain_text
from her2cli.model import Result

ProbeCase = tuple[str, str, str, frozenset[str], dict[str, Any]]
# a fixer's phrase case (tests/test_phrases_fixNN.py): (id, text, the one status, {path: value})
PhraseCase = tuple[str, str, str, dict[str, Any]]

# the allowed readings a probe case names (a trap may read not_found where the report leaves room)
POS = frozenset({"positive"})
NEG = frozenset({"negative"})
EQV = frozenset({"equivocal"})
NF = frozenset({"not_found"})
NEG_NF = frozenset({"negative", "not_found"})
EQV_NF = frozenset({"equivocal", "not_found"})
NOT_POS = frozenset({"negative", "equivocal", "not_found"})
POS_NF = frozenset({"positive", "not_found"})


def field(d: dict[str, Any], path: str) -> Any:
    """The value at a dotted path of a result's JSON ("ihc.score"), None where a part is missing."""
    for part in path.split("."):
        if not isinstance(d, dict):
            return None
        d = d.get(part)  # type: ignore[assignment]
    return d


def probe_params(cases: Sequence[ProbeCase], not_yet: Mapping[str, str]) -> list[Any]:
    out = []
    for cid, family, text, allowed, keys in cases:
        marks = [pytest.mark.xfail(strict=True, reason=not_yet[cid])] if cid in not_yet else []
        out.append(pytest.param(text, allowed, keys, id=f"{family}:{cid}", marks=marks))
    return out


def phrase_params(cases: Sequence[PhraseCase], not_yet: Mapping[str, str] | None = None) -> list[Any]:
    """A fixer's cases as pytest params (text, status, keys) named by their ids; a case in `not_yet`
    runs as a strict xfail with its reason."""
    not_yet = not_yet or {}
    return [
        pytest.param(
            text,
            status,
            keys,
            id=cid,
            marks=[pytest.mark.xfail(strict=True, reason=not_yet[cid])] if cid in not_yet else [],
        )
        for cid, text, status, keys in cases
    ]


def assert_ids_unique_and_known(cases: Sequence[ProbeCase], not_yet: Mapping[str, str]) -> None:
    ids = [c[0] for c in cases]
    assert len(ids) == len(set(ids))
    assert set(not_yet) <= set(ids)


def assert_reads_as_written(text: str, allowed: frozenset[str], keys: dict[str, Any]) -> None:
    result = explain_text(text)
    d = result.to_dict()
    assert result.status in allowed
    for path, value in keys.items():
        assert field(d, path) == value, path


def probe_tests(
    cases: Sequence[ProbeCase], not_yet: Mapping[str, str]
) -> tuple[Callable[[], None], Callable[[str, frozenset[str], dict[str, Any]], None]]:
    """The two tests of a probe file (tests/test_phrases_probeNN.py), bound there to its test names:
    the case ids are unique and NOT_YET names only known ones; each case reads as written (a case in
    NOT_YET runs as a strict xfail with its reason)."""

    def ids_are_unique_and_known() -> None:
        assert_ids_unique_and_known(cases, not_yet)

    @pytest.mark.parametrize(("text", "allowed", "keys"), probe_params(cases, not_yet))
    def reads_as_written(text: str, allowed: frozenset[str], keys: dict[str, Any]) -> None:
        assert_reads_as_written(text, allowed, keys)

    return ids_are_unique_and_known, reads_as_written


def assert_reads_status(text: str, status: str, keys: dict[str, Any]) -> None:
    """A fixer's case names one status, not a set of allowed ones."""
    assert_reads_as_written(text, frozenset({status}), keys)


# a result's fields by the short names the family files compare (tests/test_phrases_fam4.py)
RESULT_FIELDS: dict[str, Callable[[Result], Any]] = {
    "status": lambda r: r.status,
    "cancer": lambda r: r.cancer_type,
    "ihc": lambda r: r.ihc.score if r.ihc else None,
    "ish": lambda r: r.ish.result if r.ish else None,
    "ratio": lambda r: r.ish.ratio if r.ish else None,
    "mean": lambda r: r.ish.her2_copy_number if r.ish else None,
    "group": lambda r: r.ish.group if r.ish else None,
    "ngs": lambda r: r.ngs.amplification if r.ngs else None,
    "mutations": lambda r: list(r.ngs.mutations) if r.ngs else [],
    "braf_variant": lambda r: r.related.get("braf_variant"),
    **{g: (lambda r, g=g: r.related.get(g)) for g in ("kras", "nras", "braf", "msi", "mmr")},
}


def result_fields(text: str, names: Sequence[str]) -> dict[str, Any]:
    """The named fields (RESULT_FIELDS) of the text's result."""
    r = explain_text(text)
    return {name: RESULT_FIELDS[name](r) for name in names}


def assert_fields(text: str, expected: Mapping[str, Any]) -> None:
    """The text's result has the expected value in each named field."""
    assert result_fields(text, list(expected)) == expected
