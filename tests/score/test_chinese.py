"""The Chinese measure: ranks texts of known difficulty, segments quietly, works offline."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from drafting.score.chinese import chinese_metrics, count_chinese, sun_index
from drafting.score.zh_lexicon import derive_lexicon

# Three levels of known difficulty, two or more texts each.
SIMPLE = [  # short sentences of everyday words, as in children's news
    "小猫在家。它很饿。妈妈给它鱼。它吃得很快。",
    "今天北京下雨了。很多人带了伞。明天会晴。",
    "我们去公园。公园里有很多花。孩子们很高兴。",
]
NEWS = [  # ordinary news sentences
    "广州市今天举行全球市长论坛。来自三十多个国家的代表参加了会议。他们讨论了城市发展的问题。",
    "今年夏天，这座城市的游客比去年多了很多。很多人选择坐火车旅行，因为火车方便又便宜。",
    "市政府宣布，明年将新建十所学校。这些学校会在九月开学，可以接收一万名学生。",
]
OFFICIAL = [  # dense official prose: one long sentence, formal vocabulary
    "为深入贯彻落实党的二十大精神，加快推进城市治理体系和治理能力现代化，广州市人民政府外事办公室"
    "会同有关部门统筹谋划，系统部署，全面推动国际交流合作高质量发展。",
    "根据《中华人民共和国行政许可法》及相关法律法规的规定，申请人应当自收到不予许可决定书之日起六十日内，"
    "依法向上一级行政机关申请行政复议，或者自收到决定书之日起六个月内依法向人民法院提起行政诉讼，"
    "逾期不申请复议或者不提起诉讼的，视为放弃上述权利。",
]


def index(text: str) -> float:
    return float(chinese_metrics(text)["sun_index"])


def test_ranks_texts_of_known_difficulty_in_order():
    simple = [index(t) for t in SIMPLE]
    news = [index(t) for t in NEWS]
    official = [index(t) for t in OFFICIAL]
    assert max(simple) < min(news)
    assert max(news) < min(official)


def test_features_move_the_way_the_research_says():
    easy, hard = chinese_metrics(SIMPLE[0]), chinese_metrics(OFFICIAL[1])
    assert easy["avg_sentence_chars"] < hard["avg_sentence_chars"]
    assert easy["avg_sentence_length"] < hard["avg_sentence_length"]
    assert easy["percent_uncommon_words"] < hard["percent_uncommon_words"]


def test_formula_is_the_documented_one():
    c = count_chinese(NEWS[0])
    uw = len(c.uncommon_words) / c.han_words
    expected = (0.15 * c.characters / c.sentences + 0.164 * c.words / c.sentences + 7.117 * uw)
    assert sun_index(c) == expected
    assert c.sentences == 3


def test_empty_and_wordless_text_score_zero():
    for text in ("", "   ", "。！？"):
        m = chinese_metrics(text)
        assert m["sun_index"] == 0.0 and m["words"] == 0 and m["sentences"] == 0


def test_jieba_is_silent_and_caches_in_the_user_cache_folder(tmp_path):
    script = (
        "from drafting.score.chinese import chinese_metrics;"
        "print(chinese_metrics('广州举办全球市长论坛。')['words'])"
    )
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    import os

    env = {**os.environ, **env}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env=env, timeout=120, check=True)
    assert int(out.stdout) > 0
    assert "prefix dict" not in out.stderr and out.stderr.strip() == ""
    assert any((tmp_path / "drafting" / "jieba").iterdir())


@given(st.dictionaries(st.text(alphabet="的是在人中国大学abc", min_size=1, max_size=4),
                       st.floats(min_value=1e-9, max_value=1.0), max_size=30),
       st.integers(0, 10), st.integers(0, 10))
def test_derived_lexicon_takes_the_most_frequent_han_entries(freqs, n_words, n_chars):
    words, chars = derive_lexicon(freqs, n_words, n_chars)
    han = {w: f for w, f in freqs.items() if all("\u4e00" <= ch <= "\u9fff" for ch in w)}
    assert len(words) == min(n_words, len(han)) and len(set(words)) == len(words)
    assert set(words) <= set(han)
    if words:
        assert min(han[w] for w in words) >= max(
            (f for w, f in han.items() if w not in words), default=0.0
        )
    assert len(set(chars)) == len(chars) <= n_chars
    assert all(any(ch in w for w in han) for ch in chars)
