"""Numbers as releases write them: "1,200", "seven", "one million", "fifth", "13th"."""

from __future__ import annotations

import re

WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "dozen": 12,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:thousand|million|billion))?"
    r"|(?:" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")"
    r"(?:\s+(?:thousand|million|billion))?"
)
_NUM_RE = re.compile(NUMBER, re.I)
ORDINAL = r"\d+(?:st|nd|rd|th)|" + "|".join(ORDINALS)


def parse_number(text: str) -> int | float | None:
    """``"1,200" -> 1200``, ``"seven" -> 7``, ``"one million" -> 1000000``; None if not a number."""
    parts = text.strip().lower().split()
    if not parts:
        return None
    head, scale = parts[0], 1
    if len(parts) == 2 and parts[1] in SCALES:
        scale = SCALES[parts[1]]
    elif len(parts) != 1:
        return None
    if head in WORDS:
        value: float = WORDS[head]
    else:
        try:
            value = float(head.replace(",", ""))
        except ValueError:
            return None
    value *= scale
    return int(value) if value == int(value) else value


def ordinal(text: str) -> str | None:
    """``"fifth" -> "5th"``, ``"13th" -> "13th"``; None if not an ordinal."""
    t = text.strip().lower()
    if t in ORDINALS:
        n = ORDINALS[t]
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    return t if re.fullmatch(r"\d+(?:st|nd|rd|th)", t) else None
