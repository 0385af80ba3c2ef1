"""Event files and --set: parsed into plain data, or a clear EventFileError."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from drafting.draft.event import EventFileError, apply_sets, parse_event

KEY = st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True)
VALUE = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)


def test_dates_become_iso_strings() -> None:
    data = parse_event("event:\n  start: 2025-12-08\n  name: Forum\n")
    assert data == {"event": {"start": "2025-12-08", "name": "Forum"}}


@pytest.mark.parametrize(
    "text", ["event: [a", "- a\n- b\n", "release: 5\n", "quotes: {a: 1}\n", "1: x\n"]
)
def test_malformed(text: str) -> None:
    with pytest.raises(EventFileError):
        parse_event(text)


@given(st.lists(st.tuples(st.lists(KEY, min_size=1, max_size=3), VALUE), max_size=5))
def test_sets_land_where_they_say(assignments: list[tuple[list[str], str]]) -> None:
    data: dict = {}
    applied = []
    for path, value in assignments:
        try:
            data = apply_sets(data, [f"{'.'.join(path)}={value}"])
        except EventFileError:
            continue  # a path through an existing text value: refused, data unchanged
        applied.append((path, value))
        node = data
        for part in path:
            node = node[part]
        assert node == value


@given(st.dictionaries(KEY, st.dictionaries(KEY, VALUE, max_size=3), max_size=3))
def test_parse_round_trips_yaml(data: dict) -> None:
    text = yaml.safe_dump(data, allow_unicode=True)
    parsed = parse_event(text)
    assert parsed == data


def test_set_needs_key_and_value() -> None:
    for bad in ["novalue", "=x", "a..b=1"]:
        with pytest.raises(EventFileError):
            apply_sets({}, [bad])
    assert apply_sets({"event": {"a": "1"}}, ["event.b=2"]) == {"event": {"a": "1", "b": "2"}}
