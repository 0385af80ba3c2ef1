"""Post-editing jobs: XLIFF 1.2 out, edited, back in."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafting.errors import InputError
from drafting.translate.xliff import JobFile, JobUnit, confirmed, read_job, write_job

_seg = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
    lambda s: s.strip() == s and s
)


@given(st.lists(st.tuples(_seg, _seg), min_size=1, max_size=6, unique_by=lambda p: p[0]))
def test_round_trip_keeps_sources_targets_and_states(pairs):
    units = [
        JobUnit(f"s{i}", s, t, "needs-review-translation", origin="mt")
        for i, (s, t) in enumerate(pairs)
    ]
    back = read_job(write_job([JobFile("/tmp/r.txt", "en", "zh", units)]))
    assert len(back) == 1 and back[0].original == "/tmp/r.txt" and back[0].target == "zh"
    assert [(u.id, u.source, u.target, u.state) for u in back[0].units] == [
        (u.id, u.source, u.target, u.state) for u in units
    ]


def test_written_job_is_xliff_1_2_with_fuzzy_alternatives():
    unit = JobUnit(
        "s1",
        "Bye now.",
        "",
        "needs-translation",
        origin="none",
        alternatives=[("Bye.", "再见。", 0.8)],
    )
    xml = write_job([JobFile("a.txt", "en", "zh", [unit])])
    assert 'version="1.2"' in xml and "urn:oasis:names:tc:xliff:document:1.2" in xml
    assert 'match-quality="80"' in xml and "再见。" in xml


def test_only_finished_units_are_confirmed():
    jf = JobFile(
        "a.txt",
        "en",
        "es",
        [
            JobUnit("1", "A.", "Una.", "translated"),
            JobUnit("2", "B.", "Be.", "needs-review-translation"),
            JobUnit("3", "C.", "Ce.", "needs-review-translation", approved=True),
            JobUnit("4", "D.", "", "final"),
        ],
    )
    assert [u.id for u in confirmed(jf)] == ["1", "3"]


def test_not_xliff_is_an_input_error():
    with pytest.raises(InputError):
        read_job("<xliff><file", path="job.xlf")
