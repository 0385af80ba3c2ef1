"""Passive voice, found the way Hemingway-style editors find it: a pattern, not a parse.

English: a form of "be" (or "get"), up to two adverbs, then a past participle
("was kicked off", "has been widely recognized"). Spanish: a form of "ser"
plus a participle ("fue inaugurado"). Chinese: the 被 construction. A parser
would be more exact, but none that ships offline is light enough for this.
"""

from __future__ import annotations

import re

#: common irregular English past participles (regular ones end in -ed)
_IRREGULAR = """arisen awoken borne born beaten become begun bent bet bid bitten bled blown
broken bred brought built burnt burst bought cast caught chosen clung come cost crept
cut dealt dug done drawn dreamt drunk driven eaten fallen fed felt fought found fled
flung forbidden forgotten forgiven frozen gotten given gone ground grown hung heard
hidden hit held hurt kept knelt known laid led leant leapt learnt left lent let lain
lit lost made meant met paid proven put quit read ridden rung risen run said seen
sought sold sent set sewn shaken shed shone shot shown shrunk shut sung sunk sat slain
slept slid slung slit spoken sped spent spilt spun spread sprung stood stolen stuck
stung stunk struck strung sworn swept swollen swum swung taken taught torn told thought
thrown thrust trodden understood undertaken upheld upset woken worn woven wed wept won
wound withdrawn written""".split()

_BE = r"(?:am|is|are|was|were|be|been|being|get|gets|got|gotten|getting|'s|'re)"
_EN = re.compile(
    rf"\b{_BE}\s+(?:\w+ly\s+){{0,2}}(?:\w{{2,}}ed|{'|'.join(_IRREGULAR)})\b", re.IGNORECASE
)
_SER = r"(?:es|son|era|eran|fue|fueron|será|serán|sería|serían|sido|ser|siendo|sea|sean)"
_ES = re.compile(
    rf"\b{_SER}\s+(?:\w+mente\s+)?"
    r"(?:\w+(?:ado|ada|ados|adas|ido|ida|idos|idas)|hecho|hecha|hechos|hechas|dicho|dicha|"
    r"escrito|escrita|visto|vista|puesto|puesta|abierto|abierta|cubierto|cubierta|"
    r"resuelto|resuelta|vuelto|roto|rota|elegido|elegida)\b",
    re.IGNORECASE,
)
_ZH = re.compile(r"被[^，。！？；、]{1,12}")


def find_passives(text: str, lang: str) -> list[tuple[int, int]]:
    """Offsets ``(start, end)`` of each passive phrase in ``text``."""
    pattern = {"en": _EN, "es": _ES, "zh": _ZH}.get(lang)
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(text)]
