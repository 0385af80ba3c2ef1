"""Translation memory: reuse what a person already translated.

Exact matches (ignoring runs of whitespace) are reused verbatim; close matches
are *offered* with a similarity score, never applied silently. The store is one
TMX file per language pair under the data dir, read and written with
translate-toolkit so other CAT tools can open it as is.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from drafting.errors import InputError
from drafting.fileio import atomic_write, read_text

_SPACES = re.compile(r"\s+")

#: below this similarity a match is not worth a translator's time
FUZZY_THRESHOLD = 0.75


def normalize(segment: str) -> str:
    """The key for exact matching: trimmed, whitespace runs collapsed."""
    return _SPACES.sub(" ", segment).strip()


@dataclass(frozen=True)
class FuzzyMatch:
    source: str
    target: str
    score: float  # 0..1, difflib ratio on normalized text


@dataclass
class TranslationMemory:
    source: str
    target: str
    entries: dict[str, str] = field(default_factory=dict)  # normalized source -> target

    def add(self, source: str, target: str) -> None:
        if normalize(source) and target.strip():
            self.entries[normalize(source)] = target.strip()

    def exact(self, segment: str) -> str | None:
        return self.entries.get(normalize(segment))

    def fuzzy(
        self, segment: str, *, threshold: float = FUZZY_THRESHOLD, limit: int = 3
    ) -> list[FuzzyMatch]:
        """Closest entries above ``threshold``, best first (an exact match scores 1.0)."""
        key = normalize(segment)
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(key)
        found = []
        for src, tgt in self.entries.items():
            matcher.set_seq1(src)
            if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                continue
            score = matcher.ratio()
            if score >= threshold:
                found.append(FuzzyMatch(src, tgt, round(score, 3)))
        found.sort(key=lambda m: (-m.score, m.source))
        return found[:limit]

    def __len__(self) -> int:
        return len(self.entries)

    # -- TMX ---------------------------------------------------------------
    def to_tmx(self) -> str:
        from translate.storage import tmx

        store = tmx.tmxfile(sourcelanguage=self.source, targetlanguage=self.target)
        for src, tgt in sorted(self.entries.items()):
            store.addtranslation(src, self.source, tgt, self.target)
        return bytes(store).decode("utf-8")

    def merge_tmx(self, text: str, *, path: str | Path = "-") -> int:
        """Add every unit of a TMX document whose languages match this pair; return the count."""
        from translate.storage import tmx

        try:
            store = tmx.tmxfile.parsestring(text.encode("utf-8"))
        except Exception as exc:  # lxml raises several types for bad XML
            raise InputError(
                f"not a valid TMX file ({exc})", path=path, hint="check the XML"
            ) from None
        added = 0
        for unit in store.units:
            langs = _tuv_langs(unit)
            src, tgt = _pick(langs, self.source), _pick(langs, self.target)
            if src and tgt:
                self.add(src, tgt)
                added += 1
        return added


def _tuv_langs(unit) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """language -> text for each <tuv> of a TMX unit (translate-toolkit exposes only two)."""
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    out = {}
    for tuv in unit.xmlelement.iter("{*}tuv", "tuv"):
        seg = next(tuv.iter("{*}seg", "seg"), None)
        lang = (tuv.get(xml_lang) or tuv.get("lang") or "").lower()
        if seg is not None and lang:
            out[lang] = "".join(seg.itertext())
    return out


def _pick(langs: dict[str, str], code: str) -> str | None:
    """Text for ``code``, accepting regional tags (zh-CN, es-ES, zh-Hans)."""
    for lang, text in langs.items():
        if lang == code or lang.split("-")[0].split("_")[0] == code:
            return text
    return None


def memory_path(source: str, target: str) -> Path:
    from drafting.translate.paths import memory_dir

    return memory_dir() / f"{source}-{target}.tmx"


def load_memory(source: str, target: str) -> TranslationMemory:
    """The user's memory for a pair (empty when none has been saved yet)."""
    tm = TranslationMemory(source, target)
    path = memory_path(source, target)
    if path.exists():
        tm.merge_tmx(read_text(path, allow_empty=True) or "<tmx/>", path=path)
    return tm


def save_memory(tm: TranslationMemory) -> Path:
    return atomic_write(memory_path(tm.source, tm.target), tm.to_tmx(), force=True)
