"""Build ``locales/glossary.yaml`` from the researched term list (terms.tsv).

The TSV (``kind en zh es zh_source es_source note``) holds only forms seen in a
cited page; an empty cell means no source was found. Drafts in zh and es must
not fall back to English for a name, so this script fills those gaps from
``SUPPLEMENT`` below and marks each filled form with
``source: drafting team (no published source)``, keeping the published
sources beside it. Run once after the TSV changes:

    python scripts/build_glossary.py /work/shared/terms/terms.tsv

The YAML it writes is the file the tool reads and the one people edit.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import yaml

OURS = "drafting team (no published source)"

#: TSV 'en' cells that carry a descriptor in brackets -> (matchable en, aliases)
CLEAN_EN: dict[str, tuple[str, list[str]]] = {
    "annual board of directors meeting (Metropolis)": ("annual board of directors meeting", []),
    "Metropolises through Children's Eyes (painting contest)": (
        "Metropolises through Children's Eyes",
        ["Metropolis through Children's Eyes"],
    ),
    "Cities for Global Health (platform)": ("Cities for Global Health", []),
    "Cultural H.ID.RA.N.T. initiative (Halandri)": (
        "Cultural H.ID.RA.N.T. initiative",
        ["Cultural H.ID.RA.N.T."],
    ),
    "UTOPÍAS initiative (Iztapalapa)": ("UTOPÍAS initiative", ["UTOPÍAS"]),
    "SDGs (Sustainable Development Goals)": ("Sustainable Development Goals", ["SDGs"]),
    "Urban Sustainable Experiences (USE)": ("Urban Sustainable Experiences", []),
    "GUANGZHOU, China (dateline)": ("GUANGZHOU, China", []),
    "SOURCE (release footer)": ("SOURCE", []),
    "Mayors' Dialogue": ("Mayors' Dialogue", ["Mayors'Dialogue"]),
    "High-quality Growth with Urban Innovation and City-to-city Cooperation": (
        "High-quality Growth with Urban Innovation and City-to-city Cooperation",
        ["High-quality Growth with Urban Innovation and City-to-City Cooperation"],
    ),
    "World Congress of Metropolis": (
        "World Congress of Metropolis",
        ["Metropolis World Congress", "World Congress of the World Association of Metropolis"],
    ),
    "Guangzhou Foreign Affairs Office": (
        "Guangzhou Foreign Affairs Office",
        ["Foreign Affairs Office of the People's Government of Guangzhou Municipality"],
    ),
    "13th World Congress of Metropolis": (
        "13th World Congress of Metropolis",
        ["13th World Congress of the World Association of Metropolis"],
    ),
    "Cision": ("Cision", []),
    "PR Newswire": ("PR Newswire", ["PRNewswire"]),
}

#: forms the TSV leaves empty (or that must differ for matching), by en
SUPPLEMENT: dict[str, dict[str, str]] = {
    # -- no zh source
    "Cities for Global Health": {"zh": "“城市促进全球健康”"},
    "Emergency Governance Initiative": {"zh": "应急治理倡议"},
    "UTOPÍAS initiative": {"zh": "UTOPÍAS计划"},
    # -- neither
    "Mayors' Dialogue": {"zh": "市长对话", "es": "Diálogo de Alcaldes"},
    "Metropolises and Cities in Transformation: Rethinking our Future Together": {
        "zh": "转型中的大都市与城市：共同重新思考我们的未来",
        "es": "Metrópolis y ciudades en transformación: repensar juntos nuestro futuro",
    },
    "Rethink Metropolitan Spaces": {
        "zh": "“重新思考大都市空间”倡议",
        "es": "Repensar los Espacios Metropolitanos",
    },
    "Urban Cultural and Historical Heritage": {
        "zh": "城市历史文化遗产",
        "es": "Patrimonio cultural e histórico urbano",
    },
    "New Philosophies in Urban Planning and Construction": {
        "zh": "城市规划建设新理念",
        "es": "Nuevas filosofías en planificación y construcción urbanas",
    },
    "Urban Social Safety Nets and Community Governance": {
        "zh": "城市社会保障网与社区治理",
        "es": "Redes urbanas de protección social y gobernanza comunitaria",
    },
    "Urban Sustainable Experiences": {
        "zh": "城市可持续经验平台",
        "es": "Experiencias Urbanas Sostenibles",
    },
    "Global Healthy Cities": {"zh": "全球健康城市", "es": "Ciudades Saludables Globales"},
    "Cities are Listening": {"zh": "“城市在倾听”", "es": "Las Ciudades Escuchan"},
    "Dialogue between Metropolises": {"zh": "大都市间对话", "es": "Diálogo entre Metrópolis"},
    "Metropolis Observatory": {"zh": "世界大都市协会观察站", "es": "Observatorio de Metropolis"},
    "Cultural H.ID.RA.N.T. initiative": {
        "zh": "Cultural H.ID.RA.N.T.项目",
        "es": "iniciativa Cultural H.ID.RA.N.T.",
    },
    "bringism": {"zh": "拿来主义", "es": "«tomar lo útil»"},
    "Cision": {"zh": "Cision", "es": "Cision"},
    "SOURCE": {"zh": "消息来源", "es": "FUENTE"},
    # -- no es source
    "Foreign Affairs Office of Guangzhou Government": {
        "es": "Oficina de Asuntos Exteriores del Gobierno de Guangzhou"
    },
    "Guangzhou Foreign Affairs Office": {"es": "Oficina de Asuntos Exteriores de Guangzhou"},
    "Guangzhou Institute for Urban Innovation": {
        "es": "Instituto de Innovación Urbana de Guangzhou"
    },
    "Information Office of Guangzhou Municipal People's Government": {
        "es": "Oficina de Información del Gobierno Popular Municipal de Guangzhou"
    },
    "People's Government of Guangzhou Municipality": {
        "es": "Gobierno Popular del Municipio de Guangzhou"
    },
    "13th World Congress of Metropolis": {"es": "XIII Congreso Mundial de Metropolis"},
    "2021 Global Mayors' Forum Serial Events": {
        "es": "Serie de Eventos del Foro Mundial de Alcaldes 2021"
    },
    "annual board of directors meeting": {"es": "reunión anual del Consejo de Administración"},
    "Metropolises through Children's Eyes": {
        "zh": "“童眼看大都市”",
        "es": "«Las metrópolis a través de los ojos de los niños»",
    },
    "Yuexiu International Congress Center": {"es": "Centro Internacional de Congresos Yuexiu"},
    "Octavi de la Varga": {"es": "Octavi de la Varga"},
    "Nicholas You": {"es": "Nicholas You"},
    "Advisor to the Guangzhou Award": {"es": "asesor del Premio Guangzhou"},
    "Deputy Director-General of the Foreign Affairs Office of Guangzhou Government": {
        "es": "subdirector general de la Oficina de Asuntos Exteriores del Gobierno de Guangzhou"
    },
    "Executive Director of the Guangzhou Institute for Urban Innovation": {
        "es": "director ejecutivo del Instituto de Innovación Urbana de Guangzhou"
    },
    "presidential city of Metropolis": {"es": "ciudad presidenta de Metropolis"},
    "High-quality Growth with Urban Innovation and City-to-city Cooperation": {
        "es": "Crecimiento de alta calidad con innovación urbana y cooperación entre ciudades"
    },
    "Moving Forward Together, Modernizing Global Urban Governance": {
        "es": "Avanzar juntos, modernizar la gobernanza urbana global"
    },
    "Coordinated Development of Bay Areas and City Clusters": {
        "es": "Desarrollo coordinado de áreas de bahía y aglomeraciones urbanas"
    },
    "High-Level Urban Opening-Up --- Global Cities Evaluation": {
        "es": "Apertura urbana de alto nivel: evaluación de ciudades globales"
    },
    "Artificial Intelligence and Digital Economy": {
        "es": "Inteligencia artificial y economía digital"
    },
    "Green Cities and Resilient Communities": {"es": "Ciudades verdes y comunidades resilientes"},
    # The issue fixes the Spanish wire dateline as 'GUANGZHOU, China' (PRN uses both).
    "GUANGZHOU, China": {"es": "GUANGZHOU, China"},
}

#: the kind used for the dateline row, so body text 'Guangzhou' -> 'Cantón' stays apart
KIND_FIX = {"GUANGZHOU, China": "dateline"}

#: names the facts extractor reports that the TSV lists in another shape, and names
#: the 2025 example events use that the seeds do not (each ours)
EXTRA: list[dict[str, str]] = [
    {
        "kind": "organization",
        "en": "USE",
        "zh": "USE",
        "es": "USE",
        "note": "Acronym of Urban Sustainable Experiences (seed 004); kept as written.",
    },
    {
        "kind": "theme",
        "en": "Cities for Global Health Platform",
        "zh": "“城市促进全球健康”平台",
        "es": "plataforma Ciudades para la Salud Global",
        "note": "Seed 004's wording; composed from the 'Cities for Global Health' row.",
    },
    {
        "kind": "event",
        "en": "press conference of the Information Office of Guangzhou Municipal People's "
        "Government",
        "zh": "广州市人民政府新闻办公室新闻发布会",
        "es": "rueda de prensa de la Oficina de Información del Gobierno Popular Municipal de "
        "Guangzhou",
    },
    {
        "kind": "title",
        "en": "Advisor to the Guangzhou Award and Executive Director of the Guangzhou Institute "
        "for Urban Innovation",
        "zh": "广州国际城市创新奖顾问、广州国际城市创新研究会执行主任",
        "es": "asesor del Premio Guangzhou y director ejecutivo del Instituto de Innovación "
        "Urbana de Guangzhou",
        "note": "Nicholas You's two titles in seed 003, composed from the TSV's two rows.",
    },
    {
        "kind": "title",
        "en": "Director-General of the Guangzhou Foreign Affairs Office",
        "zh": "广州市人民政府外事办公室主任",
        "es": "director general de la Oficina de Asuntos Exteriores de Guangzhou",
    },
    {
        "kind": "title",
        "en": "Secretary-General of UCLG",
        "zh": "世界城地组织秘书长",
        "es": "secretario general de CGLU",
    },
]


#: articles names take in running text ("co-organized by the ...", "por la ...")
ARTICLES: dict[str, dict[str, str]] = {
    "Chinese People's Association for Friendship with Foreign Countries": {"en": "the", "es": "la"},
    "People's Government of Guangzhou Municipality": {"en": "the", "es": "el"},
    "World Association of Major Metropolises": {"en": "the", "es": "la"},
    "World Association of Metropolis": {"en": "the", "es": "la"},
    "Guangzhou Foreign Affairs Office": {"en": "the", "es": "la"},
    "Foreign Affairs Office of Guangzhou Government": {"en": "the", "es": "la"},
    "Information Office of Guangzhou Municipal People's Government": {"en": "the", "es": "la"},
    "International Association of Educating Cities": {"en": "the", "es": "la"},
    "Guangzhou Institute for Urban Innovation": {"en": "the", "es": "el"},
    "World Organization of United Cities and Local Governments": {"en": "the", "es": "la"},
    "Guangzhou Yuexiu International Congress Center": {"en": "the", "es": "el"},
    "Yuexiu International Congress Center": {"en": "the", "es": "el"},
}


def build(tsv: Path) -> list[dict[str, object]]:
    """Rows of the TSV, cleaned and completed, as glossary entries."""
    out: list[dict[str, object]] = []
    with tsv.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            en, aliases = CLEAN_EN.get(row["en"], (row["en"], []))
            sup = SUPPLEMENT.get(en, {})
            entry: dict[str, object] = {"en": en, "kind": KIND_FIX.get(en, row["kind"])}
            if aliases:
                entry["aliases"] = aliases
            for lang in ("zh", "es"):
                if lang in sup:
                    entry[lang] = sup[lang]
                    entry[f"{lang}_source"] = OURS
                    if row[lang]:
                        entry[f"{lang}_published"] = row[lang]
                elif row[lang]:
                    entry[lang] = row[lang]
                if row[f"{lang}_source"]:
                    key = f"{lang}_source" if lang not in sup else f"{lang}_published_source"
                    entry[key] = row[f"{lang}_source"]
            if en in ARTICLES:
                entry["articles"] = ARTICLES[en]
            if row["note"]:
                entry["note"] = row["note"]
            out.append(entry)
    for extra in EXTRA:
        out.append({**extra, "zh_source": OURS, "es_source": OURS})
    return out


HEADER = """\
# Glossary: established Chinese (zh-Hans) and Spanish forms of names.
# Built by scripts/build_glossary.py from the researched terms.tsv; each form
# keeps its source URL (zh_source / es_source). Forms no page was found for are
# the drafting team's own translations, marked "drafting team (no published
# source)"; a published form we chose not to use is kept as zh_published /
# es_published. Users add or override entries with --glossary FILE (same shape).
"""


def main(argv: list[str]) -> int:
    tsv = Path(argv[1] if len(argv) > 1 else "/work/shared/terms/terms.tsv")
    dest = Path(__file__).resolve().parent.parent / "locales" / "glossary.yaml"
    data = {"version": 1, "terms": build(tsv)}
    text = HEADER + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(text, encoding="utf-8")
    print(f"wrote {dest} ({len(data['terms'])} terms)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
