"""Free text nobody translated goes through the translation pipeline in one batch.

The engine here is a stand-in (the issue: tests must not depend on what a model
says); what is tested is the layering: event translations and glossary first,
one batched engine call for the rest, glossary names protected inside it.
"""

from __future__ import annotations

import pytest
from draft_support import EXAMPLES, SNAPSHOT

from drafting.draft.drafter import Drafter
from drafting.draft.event import apply_sets, parse_event
from drafting.errors import ModelError
from drafting.facts.store import load_facts
from drafting.i18n.glossary import load_glossary
from drafting.translate.engines import base as engines


def _drafter(engine, *sets: str) -> Drafter:  # type: ignore[no-untyped-def]
    text = (EXAMPLES / "opening.event.yaml").read_text(encoding="utf-8")
    event = apply_sets(parse_event(text), list(sets))
    return Drafter(load_facts(SNAPSHOT), event, load_glossary(), engine=engine)


def test_untranslated_free_text_goes_to_the_engine_once() -> None:
    calls: list[list[str]] = []

    def fake(segments: list[str], source: str, target: str) -> list[str]:
        calls.append(list(segments))
        return [f"译{s.upper()}" for s in segments]

    engine = engines.CallableEngine(fake, "fake-for-test")
    theme = "event.theme=Cities for Everyone in Guangzhou"
    draft = _drafter(engine, theme, "event.venue=Canton Tower").draft("opening", "zh")
    assert draft.untranslated == 0
    assert "“译CITIES FOR EVERYONE IN 广州”" in draft.text  # glossary name kept through MT
    assert "needs translation" not in draft.text
    assert len(calls) == 1  # one batch for the whole release
    sent = " | ".join(calls[0])
    assert "Canton Tower" in sent  # a venue no glossary knows is free text
    assert "Media Office" not in sent  # the event file's own zh form wins
    assert "Artificial Intelligence" not in sent  # glossary sub-forums never reach MT


def test_a_broken_engine_is_a_model_error() -> None:
    def broken(segments: list[str], source: str, target: str) -> list[str]:
        raise engines.EngineError("model file is corrupt")

    engine = engines.CallableEngine(broken, "broken-for-test")
    with pytest.raises(ModelError) as info:
        _drafter(engine, "event.theme=Cities for Everyone").draft("opening", "es")
    assert "drafting models list" in str(info.value)
