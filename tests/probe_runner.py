"""The one runner of the probe files (tests/probeNN_cases.py): each case is (id, family, text,
allowed statuses, {dotted JSON path: expected value}); a case the engine still reads another way is
listed with its reason in the file's NOT_YET and runs as a strict xfail, so a fix fails the test
until the mark is removed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest

from her2cli import explain_text

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


def assert_reads_status(text: str, status: str, keys: dict[str, Any]) -> None:
    """A fixer's case names one status, not a set of allowed ones."""
    assert_reads_as_written(text, frozenset({status}), keys)
