"""Chinese and Spanish releases: datelines, headlines, end marks, source lines, contacts.

All releases here are made up; they use the shapes wires print, in the three
languages the toolkit drafts (and CRLF and Markdown, as drafts and translations do).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafting.ingest import find_dateline, parse_release
from drafting.ingest.dateline_intl import (
    ES_MONTHS,
    WIRE_NAMES,
    ZH_COUNTRIES,
    find_intl_dateline,
)
from drafting.ingest.sections import (
    CONTACT_HEADINGS,
    SOURCE_WORDS,
    is_contact_heading,
    is_end_mark,
    is_source_line,
)
from drafting.ingest.shape import is_heading, is_title_case, is_title_like, length

ZH_CASES = [
    ("成都2024年5月6日 /美通社/ -- 某公司今天宣布", ("成都", None, "2024-05-06", "PRNewswire"),
     "成都2024年5月6日 /美通社/ -- "),
    ("中国杭州2022年9月30日电 /美通社/ -- 第三届", ("杭州", "中国", "2022-09-30", "PRNewswire"),
     "中国杭州2022年9月30日电 /美通社/ -- "),
    ("中国杭州2022年9月30日电 /美通社/——第三届", ("杭州", "中国", "2022-09-30", "PRNewswire"),
     "中国杭州2022年9月30日电 /美通社/——"),
    ("西安２０２１年１月２日电／美通社／：今天", ("西安", None, "2021-01-02", "PRNewswire"),
     "西安２０２１年１月２日电／美通社／："),
    ("新加坡2023年3月4日 /美通社亚洲/ -- 一家", ("新加坡", None, "2023-03-04", "PRNewswire-Asia"),
     "新加坡2023年3月4日 /美通社亚洲/ -- "),
    ("美国纽约2020年7月8日 /商业资讯/ -- 某", ("纽约", "美国", "2020-07-08", "Business Wire"),
     "美国纽约2020年7月8日 /商业资讯/ -- "),
    ("昆明2019年11月12日电 —— 会议", ("昆明", None, "2019-11-12", None),
     "昆明2019年11月12日电 —— "),
]

ES_CASES = [
    ("SEVILLA, España, 4 de julio de 2022 /PRNewswire/ -- La empresa",
     ("Sevilla", "España", "2022-07-04", "PRNewswire"),
     "SEVILLA, España, 4 de julio de 2022 /PRNewswire/ -- "),
    ("LIMA, 15 de enero de 2021 /PRNewswire/ \u2014 Hoy",
     ("Lima", None, "2021-01-15", "PRNewswire"), "LIMA, 15 de enero de 2021 /PRNewswire/ \u2014 "),
    ("(Marketwired - 3 de agosto de 2016) - Acme anunció",
     (None, None, "2016-08-03", "Marketwired"), "(Marketwired - 3 de agosto de 2016) - "),
    ("QUITO, ECUADOR--(Marketwired - 9 de marzo de 2015) - Acme",
     ("Quito", "ECUADOR", "2015-03-09", "Marketwired"),
     "QUITO, ECUADOR--(Marketwired - 9 de marzo de 2015) - "),
    ("CIUDAD DE MÉXICO, 1º de mayo del 2023 /PRNewswire/ -- Texto",
     ("Ciudad de México", None, "2023-05-01", "PRNewswire"),
     "CIUDAD DE MÉXICO, 1º de mayo del 2023 /PRNewswire/ -- "),
    ("BOGOTÁ, Colombia, 5 de sept. de 2022 /PRNewswire/ -- Texto",
     ("Bogotá", "Colombia", "2022-09-05", "PRNewswire"),
     "BOGOTÁ, Colombia, 5 de sept. de 2022 /PRNewswire/ -- "),
]


@pytest.mark.parametrize(
    "text,fields,span", ZH_CASES + ES_CASES, ids=[c[2] for c in ZH_CASES + ES_CASES]
)
def test_chinese_and_spanish_datelines(text, fields, span):
    dl = find_dateline(text)
    assert dl is not None
    assert (dl.city, dl.country, dl.date, dl.wire) == fields
    assert dl.span.text == span == text[dl.span.start : dl.span.end]


@pytest.mark.parametrize(
    "text",
    [
        "今天是2025年12月8日，天气很好。",
        "论坛于2025年12月8日开幕 -- 会期三天",  # a date in prose, no wire, no 电
        "El 8 de diciembre de 2025 se inauguró el foro.",
        "La reunión del 3 de marzo de 2024 fue un éxito -- dijo.",
    ],
)
def test_dates_in_prose_are_not_datelines(text):
    assert find_dateline(text) is None


def test_impossible_dates_keep_the_dateline_without_a_date():
    assert find_dateline("上海2023年2月30日 /美通社/ -- 文").date is None
    dl = find_dateline("MADRID, 31 de abril de 2024 /PRNewswire/ -- x")
    assert dl is not None and dl.city == "Madrid" and dl.date is None


def test_dateline_mid_line_after_a_stamp_and_the_earliest_wins():
    text = (
        " date 2024-05-06 成都2024年5月6日 /美通社/ -- 文 "
        "MADRID, 3 de marzo de 2024 /PRNewswire/ --"
    )
    dl = find_dateline(text)
    assert dl is not None and dl.city == "成都" and dl.span.start == text.index("成都")


# --- shapes -----------------------------------------------------------------------


def test_cjk_lines_have_no_title_case_and_full_stops_end_them():
    assert not is_title_case("2025年12月8日，论坛在广州开幕")
    assert not is_heading("广州2025年12月8日，论坛在广州开幕，汇聚了来自70个城市的代表。")
    assert not is_title_like("他说：“论坛很成功。”")
    assert is_title_like("关于全球市长论坛") and is_heading("关于全球市长论坛")
    assert length("全球市长论坛") == 3 and length("Acme 公司") == 2


# --- documents --------------------------------------------------------------------

ZH_MD = (
    "# 第五届江南科技论坛在杭州开幕\r\n\r\n"
    "## 聚焦人工智能与绿色发展\r\n\r\n"
    "中国杭州2022年9月30日电 /美通社/ —— "
    "第五届江南科技论坛今天开幕。来自20个国家的代表出席。\r\n\r\n"
    "论坛为期三天，设有六场分论坛。\r\n\r\n"
    "**论坛亮点**\r\n\r\n"
    "主办方表示，今年的论坛规模为历届之最。\r\n\r\n"
    "**媒体联系人**\r\n\r\n"
    "江南科技论坛秘书处  \r\n"
    "电子邮箱：press@example.com  \r\n"
    "电话：+86 571 5555 0199\r\n\r\n"
    "消息来源：江南科技论坛秘书处\r\n\r\n"
    "###\r\n"
)


def test_chinese_markdown_release_with_crlf():
    doc = parse_release(ZH_MD, "r.zh.md")
    assert doc.headline.text == "第五届江南科技论坛在杭州开幕"
    assert (doc.dateline.city, doc.dateline.country, doc.dateline.date, doc.dateline.wire) == (
        "杭州", "中国", "2022-09-30", "PRNewswire")
    assert [s.text for s in doc.subheads] == ["聚焦人工智能与绿色发展", "论坛亮点"]
    assert [p.text for p in doc.paragraphs] == [
        "第五届江南科技论坛今天开幕。来自20个国家的代表出席。",
        "论坛为期三天，设有六场分论坛。",
        "主办方表示，今年的论坛规模为历届之最。",
    ]
    assert doc.source.text == "消息来源：江南科技论坛秘书处"
    assert doc.contact.text.startswith("**媒体联系人**\r\n")
    assert doc.contact.text.endswith("电话：+86 571 5555 0199")
    _spans_index_text(doc)


def test_chinese_release_without_dateline_finds_the_unpunctuated_headline():
    doc = parse_release("江南科技论坛闭幕\n\n论坛今天闭幕。\n\n代表们达成共识。\n", "r.txt")
    assert doc.headline.text == "江南科技论坛闭幕" and doc.subheads == []
    assert [p.text for p in doc.paragraphs] == ["论坛今天闭幕。", "代表们达成共识。"]


ES_TXT = (
    "Se inaugura en Sevilla la Feria del Agua 2022\n\n"
    "SEVILLA, España, 4 de julio de 2022 /PRNewswire/ -- "
    "La Feria del Agua abrió hoy sus puertas.\n\n"
    "Más de 300 empresas participan este año.\n\n"
    "Contacto de prensa:\n"
    "María Pérez\n"
    "Correo: prensa@example.es\n"
    "Tel.: +34 955 000 111\n\n"
    "FUENTE Feria del Agua\n\n"
    "-30-\n\n"
    "Otras noticias del día\n"
)


def test_spanish_release_with_end_mark_source_and_contact():
    doc = parse_release(ES_TXT, "r.es.txt")
    assert doc.headline.text == "Se inaugura en Sevilla la Feria del Agua 2022"
    assert (doc.dateline.city, doc.dateline.country, doc.dateline.date) == (
        "Sevilla", "España", "2022-07-04")
    assert [p.text for p in doc.paragraphs] == [
        "La Feria del Agua abrió hoy sus puertas.",
        "Más de 300 empresas participan este año.",
    ]
    assert doc.subheads == []  # nothing after the end is a subhead either
    assert doc.source.text == "FUENTE Feria del Agua"
    assert doc.contact.text == (
        "Contacto de prensa:\nMaría Pérez\nCorreo: prensa@example.es\nTel.: +34 955 000 111"
    )
    _spans_index_text(doc)


def test_spanish_marketwired_dateline_in_a_document():
    doc = parse_release(
        "Acme abre oficina\n\n(Marketwired - 27 de febrero de 2017) - Acme abrió hoy.\n", "r.txt")
    assert doc.dateline.date == "2017-02-27" and doc.paragraphs[0].text == "Acme abrió hoy."


EN_MD = (
    "# Acme Opens Plant\n\n"
    "DAYTON, Ohio, May 2, 2022 /PRNewswire/ -- Acme opened a plant.\n\n"
    "Media contact: Jane Doe, jane@example.com, +1 937 555 0100\n\n"
    "**About Acme**\n\n"
    "Acme makes anvils.\n\n"
    "# # #\n\n"
    "Acme Unrelated Story Headline\n"
)


def test_english_end_mark_and_inline_contact():
    doc = parse_release(EN_MD, "r.md")
    assert [p.text for p in doc.paragraphs] == ["Acme opened a plant.", "Acme makes anvils."]
    assert [s.text for s in doc.subheads] == ["About Acme"]
    assert doc.contact.text == "Media contact: Jane Doe, jane@example.com, +1 937 555 0100"
    assert doc.source is None


def test_contact_block_stops_at_prose_and_after_its_last_detail():
    text = (
        "Acme Opens Plant\n\nDAYTON, Ohio, May 2, 2022 /PRNewswire/ -- Acme opened.\n\n"
        "Media contacts\nJane Doe\njane@example.com\nAbout Acme\n"
        "Acme has made anvils in Dayton since 1901 and sells them worldwide.\n"
    )
    doc = parse_release(text, "r.txt")
    assert doc.contact.text == "Media contacts\nJane Doe\njane@example.com"
    assert [s.text for s in doc.subheads] == ["About Acme"]
    assert doc.paragraphs[-1].text.startswith("Acme has made anvils")


def test_document_without_contact_keeps_contact_none():
    doc = parse_release("A Title\n\nBody text here.\n", "x.txt")
    assert doc.contact is None and doc.source is None


def _spans_index_text(doc):
    spans = [*doc.subheads, *doc.paragraphs]
    spans += [s for s in (doc.headline, doc.source, doc.contact) if s]
    spans.append(doc.dateline.span)
    for span in spans:
        assert doc.text[span.start : span.end] == span.text


# --- end marks, source lines, tables ------------------------------------------------


@pytest.mark.parametrize("line", ["###", "# # #", "-30-", "- 30 -", "  ###  "])
def test_end_marks(line):
    assert is_end_mark(line)


@pytest.mark.parametrize("line", ["####", "## Heading", "-300-", "30"])
def test_not_end_marks(line):
    assert not is_end_mark(line)


@pytest.mark.parametrize(
    "line,expected",
    [
        ("SOURCE Acme Corp", True),
        ("FUENTE Acme", True),
        ("消息来源：某公司", True),
        ("Source of the river is the lake.", False),
        ("Fuente de agua potable para la ciudad.", False),
        ("来源于生活的艺术作品。", False),
    ],
)
def test_source_lines(line, expected):
    assert is_source_line(line) is expected


def test_contact_headings():
    assert is_contact_heading("Media Contact:") and is_contact_heading("媒体联系人")
    assert is_contact_heading("Contacto de prensa")
    assert not is_contact_heading("Contact us to learn more about anvils.")


def test_tables_are_clean():
    for table in (*CONTACT_HEADINGS.values(), *SOURCE_WORDS.values()):
        assert len(set(table)) == len(table)
    for heads in CONTACT_HEADINGS.values():
        assert all(h == h.lower() == h.strip() for h in heads)
    assert len(set(ZH_COUNTRIES)) == len(ZH_COUNTRIES)
    assert all(1 <= n <= 12 for n in ES_MONTHS.values()) and set(ES_MONTHS.values()) == set(
        range(1, 13))
    assert all(k != v for k, v in WIRE_NAMES.items())
    assert not set(WIRE_NAMES.values()) & set(WIRE_NAMES)  # no chains


# --- property tests ---------------------------------------------------------------

_PIECES = st.sampled_from([
    "广州", "中国", "2025", "年", "12", "月", "8", "日", "电", " ", "/", "／", "美通社",
    "--", "——", "：", "，", "。", "MADRID", ", ", "de", " de ", "diciembre", "(Marketwired - ",
    ")", "/PRNewswire/", "\n", "\r\n", "x", "é", "3",
])


@given(st.lists(_PIECES, max_size=40).map("".join), st.text(max_size=40))
def test_intl_dateline_never_crashes_and_stays_in_bounds(pieces, noise):
    for text in (pieces, noise + pieces, pieces + noise):
        for dl in (find_intl_dateline(text), find_dateline(text)):
            if dl is not None:
                assert 0 <= dl.span.start < dl.span.end <= len(text)
                assert text[dl.span.start : dl.span.end] == dl.span.text
                assert dl.date is None or len(dl.date) == 10


_DATELINES = st.sampled_from([c[2] for c in ZH_CASES + ES_CASES])


@given(st.text(max_size=200), st.text(max_size=40), _DATELINES)
def test_intl_dateline_is_found_after_any_prefix(prefix, suffix, dateline):
    text = prefix + "\n" + dateline + suffix
    dl = find_dateline(text, len(prefix) + 1)
    assert dl is not None and dl.span.start == len(prefix) + 1
    assert text[dl.span.start : dl.span.end] == dl.span.text


@given(st.lists(_PIECES, max_size=60).map("".join))
def test_parse_release_spans_stay_in_bounds(text):
    doc = parse_release(text, "x")
    spans = [*doc.subheads, *doc.paragraphs]
    spans += [s for s in (doc.headline, doc.source, doc.contact) if s]
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
