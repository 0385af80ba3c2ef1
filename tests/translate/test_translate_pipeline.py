"""The layers in order, structure kept, terms protected, cache honoured (with fake engines)."""

from __future__ import annotations

import re

from translate_fakes import DropDigitsEngine, NoModelEngine, TagEngine

from drafting.i18n.glossary import Glossary, Term
from drafting.translate.cache import SegmentCache
from drafting.translate.memory import TranslationMemory
from drafting.translate.pipeline import build_layers, translate_segments
from drafting.translate.release import translate_text

GLOSSARY = Glossary(
    [
        Term("Global Mayors' Forum", zh="全球市长论坛", es="Foro Mundial de Alcaldes"),
        Term("Guangzhou", zh="广州", es="Cantón"),
        Term("Metropolis", zh="世界大都市协会", es="Metropolis"),
    ]
)


def layers(target, engine=None, memory=None, cache=None):
    return build_layers(
        target,
        engine=engine or TagEngine(),
        glossary=GLOSSARY,
        memory=memory or TranslationMemory("en", target),
        cache=cache or SegmentCache(),
    )


def test_layers_apply_in_order_memory_glossary_mt():
    tm = TranslationMemory("en", "es")
    tm.add("Guangzhou", "Guangzhou (de memoria)")
    tm.add("The forum opens.", "El foro abre.")
    engine = TagEngine()
    got = translate_segments(
        ["The forum opens.", "Guangzhou", "Metropolis", "Cities meet.", "  "],
        "es",
        glossary=GLOSSARY,
        engine=engine,
        memory=tm,
        cache=SegmentCache(),
    )
    assert [r.origin for r in got[:4]] == ["memory", "memory", "glossary", "mt"]
    assert got[0].text == "El foro abre." and got[2].text == "Metropolis"
    assert got[3].text == "<es>Cities meet.</es>"
    assert engine.seen == ["Cities meet."]


def test_missing_model_keeps_english_and_never_raises():
    got = translate_segments(
        ["Cities meet.", "Guangzhou"],
        "zh",
        glossary=GLOSSARY,
        engine=NoModelEngine(),
        memory=TranslationMemory("en", "zh"),
        cache=SegmentCache(),
    )
    assert [(r.text, r.origin) for r in got] == [("Cities meet.", "none"), ("广州", "glossary")]


def test_glossary_terms_never_reach_the_engine_and_come_back_in_target_form():
    engine = TagEngine()
    done = translate_text(
        "The Global Mayors' Forum opens in Guangzhou today.\n", layers("zh", engine)
    )
    assert not any("Guangzhou" in s or "Mayors" in s for s in engine.seen)
    assert "全球市长论坛" in done.text and "广州" in done.text
    assert "Guangzhou" not in done.text


def test_structure_numbers_urls_and_emails_are_kept():
    src = (
        "# Forum opens in Guangzhou\n\n"
        "GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- Over 1,200 guests came. See "
        "[the site](https://example.org/a_b?x=1) or write to press@example.org.\n\n"
        "- **Bold** item with 3.5% growth.\n"
        "- Second item.\n\n"
        "> Quoted line.\n"
    )
    engine = TagEngine()
    out = translate_text(src, layers("es", engine)).text
    assert out.startswith("# <es>Forum opens in Cantón</es>\n\n")
    assert "GUANGZHOU, China, 11 de diciembre de 2023 /PRNewswire/ -- <es>Over 1,200 guests" in out
    assert "[the site](https://example.org/a_b?x=1)" in out and "press@example.org" in out
    assert "\n\n- <es>**Bold** item with 3.5% growth.</es>\n- <es>Second item.</es>\n\n> " in out
    assert out.endswith("<es>Quoted line.</es>\n")
    sent = [re.sub(r"⟦\d+⟧", "", s) for s in engine.seen]
    assert sent and not any(re.search(r"\d|https|@|\*\*", s) for s in sent)


def test_chinese_dateline_and_joined_sentences():
    tm = TranslationMemory("en", "zh")
    tm.add("It opened.", "论坛开幕。")
    tm.add("Guests came.", "嘉宾到场。")
    src = "GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- It opened. Guests came.\n"
    bundled = build_layers(
        "zh", engine=TagEngine(), memory=tm, cache=SegmentCache()
    )  # real glossary
    done = translate_text(src, bundled)
    assert done.text == "广州2023年12月11日 /美通社/ -- 论坛开幕。嘉宾到场。\n"
    assert done.dateline == "广州2023年12月11日 /美通社/ --"


def test_chinese_mt_output_gets_full_width_punctuation():
    class Zh(TagEngine):
        def translate_batch(self, segments, source, target):
            return ["论坛 开幕, 嘉宾 到场." for _ in segments]

    out = translate_segments(
        ["The forum opens, guests arrive."],
        "zh",
        glossary=GLOSSARY,
        engine=Zh(),
        memory=TranslationMemory("en", "zh"),
        cache=SegmentCache(),
    )
    assert out[0].text == "论坛开幕，嘉宾到场。"


def test_each_unique_segment_is_translated_once_and_cached_across_runs(tmp_path):
    cache = SegmentCache(tmp_path / "cache.sqlite3")
    engine = TagEngine()
    text = "Cities meet. Cities meet. Mayors talk.\n\nCities meet.\n"
    first = translate_text(text, layers("es", engine, cache=cache))
    assert engine.calls == [["Cities meet.", "Mayors talk."]]
    again = translate_text(
        text, layers("es", engine, cache=SegmentCache(tmp_path / "cache.sqlite3"))
    )
    assert engine.calls == [["Cities meet.", "Mayors talk."]]  # no second call
    assert again.text == first.text


def test_lost_placeholders_are_reported():
    out = translate_segments(
        ["Over 1,200 guests came to Guangzhou."],
        "es",
        glossary=GLOSSARY,
        engine=DropDigitsEngine(),
        memory=TranslationMemory("en", "es"),
        cache=SegmentCache(),
    )
    assert out[0].origin == "mt" and set(out[0].lost) == {"1,200", "Cantón"}


def test_fuzzy_matches_are_offered_not_applied():
    tm = TranslationMemory("en", "es")
    tm.add("The forum opens today.", "El foro abre hoy.")
    out = translate_segments(
        ["The forum opened today."],
        "es",
        glossary=GLOSSARY,
        engine=TagEngine(),
        memory=tm,
        cache=SegmentCache(),
    )
    assert out[0].origin == "mt" and out[0].fuzzy[0].target == "El foro abre hoy."


def test_progress_reports_done_and_total_up_to_completion():
    seen = []
    text = " ".join(f"Sentence number {w} here." for w in "abcdefghijklmnopqrstuvwxyz" * 2)
    translate_text(text, layers("es"), lambda done, total: seen.append((done, total)))
    totals = {t for _, t in seen}
    assert totals == {26} and seen[0] == (0, 26) and seen[-1] == (26, 26)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_name_glossed_by_its_own_acronym_is_not_repeated():
    glossary = Glossary(
        [
            Term(
                "World Association of Major Metropolises",
                zh="世界大都市协会",
                es="Asociación Mundial",
            ),
            Term("Metropolis", zh="世界大都市协会", es="Metropolis"),
        ]
    )
    out = translate_segments(
        ["It was co-organized by World Association of Major Metropolises (Metropolis) in May."],
        "zh",
        glossary=glossary,
        engine=TagEngine(),
        memory=TranslationMemory("en", "zh"),
        cache=SegmentCache(),
    )
    assert "世界大都市协会" in out[0].text and "（世界大都市协会）" not in out[0].text
    es = translate_segments(
        ["It was co-organized by World Association of Major Metropolises (Metropolis) in May."],
        "es",
        glossary=glossary,
        engine=TagEngine(),
        memory=TranslationMemory("en", "es"),
        cache=SegmentCache(),
    )
    assert "Asociación Mundial (Metropolis)" in es[0].text
