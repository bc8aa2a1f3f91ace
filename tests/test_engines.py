"""The library entry point for other engines (issue 13, docs/engines.md):
`her2cli.explain_bytes(data, name=...)` gives the record `explain_file` gives for the same file,
with `name` as the only label, and raises Her2cliError (kind + one line) for unreadable bytes."""

from __future__ import annotations

import pytest

import her2cli
from her2cli.errors import Her2cliError

from .conftest import SAMPLES

REPORTS = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".txt"))[::7]


@pytest.mark.parametrize("path", REPORTS, ids=[p.name for p in REPORTS])
def test_bytes_and_file_give_the_same_record(path) -> None:
    from_file = her2cli.explain_file(str(path)).to_dict()
    from_bytes = her2cli.explain_bytes(path.read_bytes(), name=str(path)).to_dict()
    assert from_bytes == from_file


def test_the_name_is_only_a_label() -> None:
    data = (SAMPLES / "breast_core_ihc2_fish_pending.txt").read_bytes()
    record = her2cli.explain_bytes(data, name="store://blob/7").to_dict()
    assert record["source"]["path"] == "store://blob/7"
    assert record["status"] == her2cli.explain_text(data.decode("utf-8")).status


def test_unreadable_bytes_raise_a_kind_and_one_line() -> None:
    with pytest.raises(Her2cliError) as caught:
        her2cli.explain_bytes(b"PK\x03\x04 not a report", name="x.pdf")
    assert caught.value.kind == "not_a_report" and "\n" not in caught.value.message
