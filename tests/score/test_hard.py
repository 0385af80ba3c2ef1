"""Hard sentences: found, hardest first, with reasons a writer can act on."""

from __future__ import annotations

import pytest

from drafting.score.hard import find_hard_sentences, level_of, reasons
from drafting.score.languages import language
from drafting.score.passive import find_passives
from drafting.text.sentences import split_sentences
from drafting.text.spans import LineIndex

EN = (
    "We won.\n\n"
    "On December 8, the 2023 Global Mayors' Forum, co-organized by the Chinese People's "
    "Association for Friendship with Foreign Countries and several international "
    "organizations, was kicked off in Guangzhou, attracting over 800 representatives.\n\n"
    "The forum considered institutional modernization alternatives comprehensively. It ended."
)


def test_english_hard_sentences_are_sorted_and_explained():
    lang = language("en")
    hard = find_hard_sentences(split_sentences(EN), lang, LineIndex(EN))
    assert sorted(h.line for h in hard) == [3, 5]
    assert hard[0].score >= hard[1].score
    forum = next(h for h in hard if h.line == 3)
    dense = next(h for h in hard if h.line == 5)
    assert forum.level == "very hard" and forum.measure == "Flesch-Kincaid grade"
    assert any(r.startswith("long: ") for r in forum.reasons)
    assert 'passive voice: "was kicked"' in forum.reasons
    assert any("long words" in r and "institutional" in r for r in dense.reasons)
    assert all(EN[h.start:h.end] == h.text for h in hard)
    assert "We won." not in [h.text for h in hard]


def test_spanish_uses_inflesz_levels_lower_is_harder():
    lang = language("es")
    assert level_of(70, lang) is None
    assert level_of(50, lang) == "hard"
    assert level_of(30, lang) == "very hard"
    text = ("Hoy llueve. La inauguración institucional del foro internacional fue organizada "
            "conjuntamente por numerosas administraciones municipales latinoamericanas.")
    hard = find_hard_sentences(split_sentences(text, "es"), lang, LineIndex(text))
    assert len(hard) == 1 and hard[0].text.startswith("La inauguración")
    assert any("passive voice" in r for r in hard[0].reasons)


def test_chinese_reasons_name_length_and_uncommon_words():
    sentence = ("为深入贯彻落实党的二十大精神，加快推进城市治理体系和治理能力现代化，"
                "广州市人民政府外事办公室会同有关部门统筹谋划，系统部署，"
                "全面推动国际交流合作高质量发展。")
    why = reasons(sentence, language("zh"))
    assert any(r.startswith("long: ") and "characters" in r for r in why)
    assert any("uncommon words" in r for r in why)


@pytest.mark.parametrize(
    "text, lang, found",
    [
        ("The forum was kicked off in Guangzhou.", "en", ["was kicked"]),
        ("It has been widely recognized.", "en", ["been widely recognized"]),
        ("Awards were given to five cities.", "en", ["were given"]),
        ("He was happy. The car is red.", "en", []),
        ("We kicked off the forum.", "en", []),
        ("El foro fue inaugurado ayer.", "es", ["fue inaugurado"]),
        ("El alcalde inauguró el foro.", "es", []),
        ("他被选为市长。", "zh", ["被选为市长"]),
        ("他当选为市长。", "zh", []),
    ],
)
def test_passive_voice(text, lang, found):
    assert [text[a:b] for a, b in find_passives(text, lang)] == found
