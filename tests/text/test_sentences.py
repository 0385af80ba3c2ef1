"""The shared sentence splitter: the hard cases from real releases, and its invariants."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafting.fileio import read_text
from drafting.text.sentences import split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def texts(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in split_sentences(text, lang)]


def seed(prefix: str) -> str:
    return read_text(next(SEEDS.glob(f"{prefix}_*.txt")))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- Winter comes late. It is here.",
            ["GUANGZHOU, China, Dec. 11, 2023 /PRNewswire/ -- Winter comes late.", "It is here."],
        ),
        (
            "Mr. Smith moved to the U.S. last year. He works in the U.S. The pay is good.",
            ["Mr. Smith moved to the U.S. last year.", "He works in the U.S.", "The pay is good."],
        ),
        ("It is Company No. 5 in the list. Next.", ["It is Company No. 5 in the list.", "Next."]),
        (
            "The Cultural H.ID.RA.N.T. initiative won. It was in Greece.",
            ["The Cultural H.ID.RA.N.T. initiative won.", "It was in Greece."],
        ),
        ("Doors open at 3 p.m. sharp. Come early.", ["Doors open at 3 p.m. sharp.", "Come early."]),
        ("Doors open at 3 p.m. The talk follows.", ["Doors open at 3 p.m.", "The talk follows."]),
        ("It grew 3.5 per cent. Costs fell 0.2%.", ["It grew 3.5 per cent.", "Costs fell 0.2%."]),
        (
            "Read https://www.example.com/a.html. Or mail info@example.org. Thanks.",
            ["Read https://www.example.com/a.html.", "Or mail info@example.org.", "Thanks."],
        ),
        (
            '"This will be special," he said. "We won." Then he left.',
            ['"This will be special," he said.', '"We won."', "Then he left."],
        ),
        ("“It is done.” She smiled.", ["“It is done.”", "She smiled."]),
        ("Wait... What happened? Nothing! Fine.",
         ["Wait...", "What happened?", "Nothing!", "Fine."]),
        ("He paused… and went on.", ["He paused… and went on."]),
        ("John F. Kennedy spoke. Plan B. The end.",
         ["John F. Kennedy spoke.", "Plan B.", "The end."]),
        ("Dr. Jones met Prof. Li at St. Paul's.", ["Dr. Jones met Prof. Li at St. Paul's."]),
        ("Acme Co. Ltd. Announced it. Apple Inc. The firm grew.",
         ["Acme Co. Ltd. Announced it.", "Apple Inc.", "The firm grew."]),
        ("Viajó a EE. UU. El viaje fue largo.", ["Viajó a EE. UU.", "El viaje fue largo."]),
        ("Se vieron en EE. UU. Durante la visita hubo fotos.",
         ["Se vieron en EE. UU.", "Durante la visita hubo fotos."]),
        ("«¿Vienes?» dijo ella. Sí.", ["«¿Vienes?» dijo ella.", "Sí."]),
        ("At 9 a.m. Monday we open. U.S. President Biden spoke.",
         ["At 9 a.m. Monday we open.", "U.S. President Biden spoke."]),
        ("广州今天下雨。他说：“我们赢了！”然后离开了？好的。",
         ["广州今天下雨。", "他说：“我们赢了！”", "然后离开了？", "好的。"]),
        ("Llegó el Sr. García. ¿Cómo estás? ¡Muy bien! Adiós.",
         ["Llegó el Sr. García.", "¿Cómo estás?", "¡Muy bien!", "Adiós."]),
        ("A headline without a stop\n\nThe body starts here.",
         ["A headline without a stop", "The body starts here."]),
        ("Topics:\n- health\n- climate\n1. first item", ["Topics:", "- health", "- climate",
                                                         "1. first item"]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_splits_hard_cases(text, expected):
    assert texts(text) == expected


def test_seed_002_boundaries():
    sents = texts(seed("002"))
    assert "The 2023 Global Mayors’ Forum Ends Successfully" in sents  # subhead, no stop
    assert any(s.startswith("GUANGZHOU, China, Dec. 15, 2023 /PRNewswire/") and
               s.endswith("by Guangzhou Foreign Affairs Office.") for s in sents)
    assert ("In the old city of Halandri, Greece, the Cultural H.ID.RA.N.T. initiative "
            "re-introduces") in "\n".join(sents)
    hydrant = next(s for s in sents if "H.ID.RA.N.T." in s)
    assert hydrant.startswith("In the old city of Halandri")
    assert hydrant.endswith("winning the 6th Guangzhou Award for Halandri.")
    assert any(s.endswith("square meters into a beautiful and diversified community with cozy "
                          "dwelling environment for the poor.") for s in sents)


def test_seed_004_boundaries():
    sents = texts(seed("004"))
    assert ("The 2021 Global Mayors' Forum Serial Events will last for six days (Nov. 8-13)."
            in sents)
    quote = next(s for s in sents if s.startswith('"This will be the most special'))
    assert quote.endswith("said in his address at the conference.")
    assert ('"We soon realized that we lacked an important voice that is often neglected but '
            'represents the future - the voice of children living in metropolises."') in sents
    assert any(s.startswith("GUANGZHOU, China, Nov. 10, 2021 /PRNewswire/")
               and s.endswith("was held in Guangzhou.") for s in sents)
    assert "To date, the contest has received 1,200 drawings from children between the ages " \
           "of 5 and 14." in sents


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seeds_keep_invariants(path):
    text = read_text(path)
    _check_invariants(text, split_sentences(text))


def _check_invariants(text, spans):
    prev_end = 0
    for s in spans:
        assert prev_end <= s.start < s.end <= len(text)
        assert s.text == text[s.start:s.end] == text[s.start:s.end].strip()
        prev_end = s.end
    covered = set()
    for s in spans:
        covered.update(range(s.start, s.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


_ALPHABET = st.sampled_from(
    list("ab AB.!?…\"”’)(¿¡。！？ \n\t5") + ["U.S.", "Dec. ", "p.m. ", "\n\n", "Mr. ", "3.5",
                                        "“", "他说", "\r\n"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join), st.sampled_from(["en", "es", "zh"]))
def test_spans_are_ordered_disjoint_and_cover_all_text(text, lang):
    _check_invariants(text, split_sentences(text, lang))


_WORDS = st.sampled_from("city mayors forum award urban growth will open green the in of".split())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=8), min_size=1, max_size=6),
       st.sampled_from([" ", "  ", "\n", " \t"]), st.sampled_from([".", "!", "?", ".\u201d"]))
def test_plain_sentences_round_trip(sentence_words, gap, stop):
    """Sentences of ordinary words, capitalised and stopped, split back exactly."""
    sentences = [" ".join(ws).capitalize() + stop for ws in sentence_words]
    assert texts(gap.join(sentences)) == sentences


_PARA = st.lists(_ALPHABET, max_size=30).map("".join).filter(lambda s: s.strip())


@settings(max_examples=200, deadline=None)
@given(_PARA, _PARA)
def test_a_blank_line_always_ends_a_sentence(a, b):
    """Splitting two paragraphs equals splitting each on its own, and none straddles the gap."""
    a, b = a.strip("\r\n"), b.strip("\r\n")
    if not a.strip() or not b.strip():
        return
    text = a + "\n\n" + b
    spans = split_sentences(text)
    assert all("\n\n" not in s.text and "\r\n\r\n" not in s.text for s in spans)
    shift = len(a) + 2
    expected = [s.text for s in split_sentences(a)] + [s.text for s in split_sentences(b)]
    assert [s.text for s in spans] == expected
    assert [s.start for s in spans if s.start >= shift] == [
        s.start + shift for s in split_sentences(b)
    ]
