"""The evaluative lexicon as data, and how its words are found: on token boundaries, in
simplified and traditional text."""

from __future__ import annotations

import opencc
import pytest

from claimgraph.errors import ClaimgraphError
from claimgraph.extract.evaluation import ROLES, Tokens, boundaries, load_evaluative, units
from claimgraph.extract.polarity import load_lexicon, word_lists
from claimgraph.nlp import Folder

CLASSES = ("praise", "criticism", "success", "failure", "risk", "support", "opposition", "forecast_up",
           "forecast_down")
SCRIPTS = ("s2t", "s2tw", "s2hk")  # OpenCC: traditional, Taiwan and Hong Kong characters


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


@pytest.fixture(scope="module")
def folder():
    return Folder()


def _found(nlp, lex, folder, text: str) -> list[tuple[str, str, float]]:
    """(word, class, value) of the evaluative units of ``text``, read as the pipeline reads it."""
    view = folder.view(text)
    tokens = Tokens(view, boundaries(view, [t.idx for t in nlp.tokenizer(text)], nlp.tokenizer.jieba_seg.known))
    return [(u.text, u.entry.cls, u.value) for u in units(view, tokens, 0, len(view), (), lex.evaluative, lex.fw)
            if u.entry is not None]


def test_lexicon_holds_a_thousand_entries_in_nine_classes(lex):
    sizes = lex.evaluative.sizes()
    assert set(sizes) == set(CLASSES)
    assert sum(sizes.values()) >= 1000
    assert all(n >= 80 for n in sizes.values()), sizes


def test_every_entry_has_a_sign_a_strength_and_a_role(lex):
    for word, e in lex.evaluative.entries.items():
        assert e.sign in (1, -1) and 0 < e.strength <= 1 and e.role in ROLES
        assert e.sign == (1 if e.cls in ("praise", "success", "support", "forecast_up") else -1), word


def test_every_entry_is_found_in_simplified_and_traditional_text(nlp, lex, folder):
    """Each entry, between punctuation, in simplified and in OpenCC's traditional, Taiwan and
    Hong Kong forms, is found as one evaluative word of its class."""
    converters = [opencc.OpenCC(c) for c in SCRIPTS]
    missed = []
    for word, e in lex.evaluative.entries.items():
        for text in {word, *(c.convert(word) for c in converters)}:
            if (folder.view(text), e.cls) not in {(w, c) for w, c, _ in _found(nlp, lex, folder, f"他说，{text}。")}:
                missed.append(text)
    assert missed == []


def test_entries_are_found_where_jieba_glues_them_to_a_neighbour(nlp, lex, folder):
    """jieba's HMM makes up words such as 这不佳; inside those every character is a boundary."""
    missed = [w for w in lex.evaluative.entries
              if w not in {found for found, _, _ in _found(nlp, lex, folder, f"分析人士认为这{w}。")}]
    assert len(missed) <= len(lex.evaluative.entries) // 100, missed


@pytest.mark.parametrize(("text", "hits"), [
    ("这是一个机会。", []),  # 会 is inside the dictionary word 机会
    ("他明天会来。", ["会"]),
    ("機會難得。", []),
    ("他們一定會成功。", ["会"]),
])
def test_a_word_inside_a_dictionary_word_is_no_match(nlp, folder, text, hits):
    toy = load_lexicon(evaluative='[strengths]\nmoderate = 0.7\n[classes]\npraise = 1\n'
                                  '[praise.subject]\nmoderate = ["会"]\n')
    assert [w for w, _, _ in _found(nlp, toy, folder, text)] == hits


@pytest.mark.parametrize(("text", "sign"), [
    ("表现出色", 1), ("表现并不出色", -1), ("没有优势", -1), ("不够稳健", -1), ("并非失败", 1),
    ("表現出色", 1), ("表現並不出色", -1), ("沒有優勢", -1), ("不夠穩健", -1), ("並非失敗", 1),
    ("优势并不明显", -1), ("作用有限", -1), ("失去优势", -1), ("摆脱困境", 1), ("护城河正被削弱", -1),
    ("優勢並不明顯", -1), ("貢獻不大", -1), ("失去優勢", -1), ("擺脫困境", 1), ("護城河正被削弱", -1),
])
def test_composition_turns_words_around(nlp, lex, folder, text, sign):
    values = [v for _, _, v in _found(nlp, lex, folder, text)]
    assert values and all(v * sign > 0 for v in values if v), values


def test_degree_words_strengthen_and_weaken(nlp, lex, folder):
    (plain,), (strong,), (weak,) = ([v for *_, v in _found(nlp, lex, folder, t)] for t in ("出色", "非常出色", "略显出色"))
    assert weak < plain < strong


def test_a_number_after_a_word_is_a_description(nlp, lex, folder):
    assert [v for *_, v in _found(nlp, lex, folder, "营收大增265%")] == [0.0]


@pytest.mark.parametrize(("data", "message"), [
    ('[strengths]\nmoderate = 0.7\n[classes]\npraise = 1\ncriticism = -1\n'
     '[praise.subject]\nmoderate = ["出色"]\n[criticism.subject]\nmoderate = ["出色"]\n', "keep it in one place"),
    ('[strengths]\nmoderate = 0.7\n[classes]\npraise = 1\n[praise.verb]\nmoderate = ["出色"]\n', "use one of subject"),
    ('[strengths]\nmoderate = 0.7\n[classes]\npraise = 1\n[praise.subject]\nhuge = ["出色"]\n', "use one of moderate"),
    ('[strengths]\nmoderate = 0.7\n[classes]\npraise = 2\n', "write 1 or -1"),
    ('[strengths]\nmoderate = 0.7\n[classes]\npraise = 1\n[joy.subject]\nmoderate = ["出色"]\n', "add joy = 1 or -1"),
    ('[classes]\npraise = 1\n', r"it needs \[strengths\]"),
])
def test_inconsistent_lexicon_is_refused_with_the_fix(data, message):
    with pytest.raises(ClaimgraphError, match=message):
        load_evaluative(data)


def test_a_traditional_entry_is_folded_when_read():
    lex = load_evaluative('[strengths]\nmoderate = 0.7\n[classes]\ncriticism = -1\n'
                          '[criticism.subject]\nmoderate = ["漏氣", "誤導"]\n')
    assert set(lex.entries) == {"漏气", "误导"}


def test_the_lexicon_is_immutable(lex):
    with pytest.raises(AttributeError):
        lex.negators = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        lex.evaluative.entries["出色"] = None  # type: ignore[index]


def test_function_word_lists_are_all_required():
    text = "\n".join(f"{name} = []" for name in word_lists() if name != "negators")
    with pytest.raises(ClaimgraphError, match="no list negators; add e.g. negators = \\[\\]"):
        load_lexicon(text)
    assert load_lexicon(text + "\nnegators = []").negators == ()


@pytest.mark.parametrize("text, starts", [
    ("甲乙公司表示,丙丁产品 很好。", (0, 2, 4, 6, 7, 9, 11, 12, 14, 15)),  # a token of white space
    ("星河科技 \n 业绩出色;  但是\n\n风险很高。", (0, 4, 5, 6, 7, 9, 11, 12, 14, 16, 17, 19, 21, 23)),
    ("Alpha Beta增长了3.5%, 利润下滑。", (0, 6, 10, 12, 13, 16, 17, 18, 19, 21, 23)),  # tokens ending in spaces
])
def test_token_edges_are_the_bounds_of_the_tokens_between(text, starts):
    """``edges`` (sliced from the article's token bounds) gives what ``between`` gives, for every
    clause the text holds, however its ends fall on the tokens."""
    tokens = Tokens(text, starts)
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            assert list(tokens.edges(start, end)) == sorted({start, end}.union(*tokens.between(start, end))), (start, end)
