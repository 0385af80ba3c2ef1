"""Post-editing jobs as XLIFF 1.2, written and read with translate-toolkit.

A job holds one ``<file>`` per source document (``original`` = its path) and
one ``<trans-unit>`` per unique sentence: the draft target (memory, glossary or
MT), its state, where it came from, and memory fuzzy matches as
``<alt-trans>``. A translator edits targets and marks them translated (or
approved); :func:`confirmed` is what goes back into the memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafting.errors import InputError

NS_11 = "urn:oasis:names:tc:xliff:document:1.1"
NS_12 = "urn:oasis:names:tc:xliff:document:1.2"
#: states a translator sets on a finished segment (XLIFF 1.2 state values)
DONE_STATES = frozenset({"translated", "final", "signed-off"})
#: the state given to each draft, by where it came from
DRAFT_STATE = {
    "memory": "translated",
    "glossary": "translated",
    "mt": "needs-review-translation",
    "none": "needs-translation",
}


@dataclass
class JobUnit:
    id: str
    source: str
    target: str = ""
    state: str = "needs-translation"
    approved: bool = False
    origin: str = ""
    alternatives: list[tuple[str, str, float]] = field(default_factory=list)  # (src, tgt, score)


@dataclass
class JobFile:
    original: str  # the source document's path
    source: str
    target: str
    units: list[JobUnit] = field(default_factory=list)


def write_job(files: list[JobFile]) -> str:
    """The XLIFF 1.2 document for ``files`` (all with the same language pair)."""
    from translate.storage import xliff

    store = xliff.xlifffile(sourcelanguage=files[0].source, targetlanguage=files[0].target)
    for jf in files:
        for unit in jf.units:
            tu = store.addsourceunit(unit.source, filename=jf.original, createifmissing=True)
            tu.setid(unit.id)
            if unit.target:
                tu.settarget(unit.target)
            _set_state(tu, unit.state)
            if unit.origin:
                tu.addnote(f"origin: {unit.origin}", origin="drafting")
            for src, tgt, score in unit.alternatives:
                tu.addalttrans(
                    tgt, origin="memory", sourcetxt=src, matchquality=f"{score * 100:.0f}"
                )
    for node in store.document.getroot().iter(store.namespaced("file")):
        node.set("target-language", files[0].target)
        if node.get("original") == "NoName":
            node.getparent().remove(node)
    text = bytes(store).decode("utf-8")
    return text.replace(NS_11, NS_12).replace('version="1.1"', 'version="1.2"', 1)


def _set_state(tu, state: str) -> None:  # type: ignore[no-untyped-def]
    target = tu.xmlelement.find(tu.namespaced("target"))
    if target is None:
        target = tu.xmlelement.makeelement(tu.namespaced("target"), {})
        tu.xmlelement.find(tu.namespaced("source")).addnext(target)
    target.set("state", state)
    tu.xmlelement.attrib.pop("approved", None)


def read_job(text: str, *, path: str = "-") -> list[JobFile]:
    """Parse an XLIFF 1.1/1.2 job back into :class:`JobFile` records."""
    from translate.storage import xliff

    try:
        store = xliff.xlifffile.parsestring(text.encode("utf-8"))
    except Exception as exc:  # lxml raises several types for bad XML
        raise InputError(
            f"not a valid XLIFF file ({exc})", path=path, hint="check the XML"
        ) from None
    files: dict[str, JobFile] = {}
    for node in store.document.getroot().iter(store.namespaced("file")):
        original = node.get("original") or ""
        files[original] = JobFile(
            original, node.get("source-language") or "en", node.get("target-language") or ""
        )
    for tu in store.units:
        original = _original_of(tu)
        jf = files.setdefault(original, JobFile(original, "en", ""))
        target = tu.xmlelement.find(tu.namespaced("target"))
        state = target.get("state", "") if target is not None else ""
        jf.units.append(
            JobUnit(
                id=tu.xmlelement.get("id", ""),
                source=str(tu.source or ""),
                target=str(tu.target or ""),
                state=state,
                approved=tu.xmlelement.get("approved") == "yes",
            )
        )
    if not files or not any(jf.target for jf in files.values()):
        raise InputError(
            "no <file> with a target-language",
            path=path,
            hint="give a job written by `drafting translate --xliff`",
        )
    return list(files.values())


def _original_of(tu) -> str:  # type: ignore[no-untyped-def]
    node = tu.xmlelement
    while node is not None and not str(node.tag).endswith("}file") and node.tag != "file":
        node = node.getparent()
    return node.get("original", "") if node is not None else ""


def confirmed(jf: JobFile) -> list[JobUnit]:
    """Units a translator finished: a target, and approved or in a done state."""
    return [u for u in jf.units if u.target.strip() and (u.approved or u.state in DONE_STATES)]
