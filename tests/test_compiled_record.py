"""rules.Compiled has no generated __init__ (issue 13 start-up, rules/compiled.py): patterns.bind
sets its fields one by one, and still refuses a field that is no field of it, as the generated
__init__ did; every field is set."""

from __future__ import annotations

from dataclasses import fields

import pytest
import regex

from her2cli.rules import Compiled, compiled
from her2cli.rules.compiled import PATTERN_FILES
from her2cli.rules.patterns import bind


def test_every_field_of_the_record_is_set() -> None:
    c = compiled()
    for f in fields(Compiled):
        assert f.name in vars(c), f.name
    assert isinstance(c.her2, regex.Pattern)


def test_the_record_stays_frozen() -> None:
    with pytest.raises(AttributeError):
        compiled().her2 = compiled().ihc_score  # type: ignore[misc]


def test_bind_sets_every_field_and_refuses_one_the_record_does_not_have() -> None:
    c = compiled()
    every = {f.name: getattr(c, f.name) for f in fields(Compiled)}
    again = bind(Compiled, PATTERN_FILES, **every)
    assert all(getattr(again, name) is value for name, value in every.items())
    with pytest.raises(TypeError, match="no fields"):
        bind(Compiled, PATTERN_FILES, **every, not_a_field=c.her2)


def test_the_other_bound_records_have_every_field_set() -> None:
    from her2cli.rules.samples import SampleRules, samples
    from her2cli.rules.text import TextPatterns, text_patterns

    for record, cls in ((samples(), SampleRules), (text_patterns(), TextPatterns)):
        assert all(f.name in vars(record) for f in fields(cls)), cls.__name__
