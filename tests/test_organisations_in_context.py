"""An organisation whose name is a word the dictionary knows (a place, a locative, a common
noun or adjective) before a specific head (证券, 银行) or a trade (电器, 乳业) is found where
the context shows one: it opens its clause and speaks, after a phrase of where or how
(在最新报告中预计, 通过官方微博回应称), or something only an organisation has follows
(的观点). Words of a kind (外资银行, 股份制银行) and a verb with its object (发布视频称)
name none. Names, people and sentences are invented.
"""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import half_width, in_script, nth_case
from claimgraph.models import EntityType

# each a word jieba's dictionary knows, tagged a place (ns), a locative (f, s), a noun or an adjective
STEMS = ("北港", "南岸", "东岸", "青松", "苍松", "海湾")
HEADS = ("证券", "银行", "资本", "保险")
SPEAKING = (
    "{name}在最新报告中预计，明年指数将上涨一成。",
    "{name}今天表示，明年利率会下降。",
    "{name}通过官方微博回应称，公司经营一切正常。",
    "{name}在一份声明中强调，相关传闻并不属实。",
)
CONTENT = {0: "明年指数将上涨一成", 1: "明年利率会下降", 2: "公司经营一切正常", 3: "相关传闻并不属实"}
CASES = list(itertools.product(STEMS, HEADS, range(len(SPEAKING))))
ORG_RULES = frozenset({"discover.org_in_context.v1", "discover.org_suffix.v1", "discover.trade_company.v1"})


def _article(body: str, i: int) -> tuple[str, ...]:
    return in_script(i, "财经快讯\n\n" + (half_width(body) if i % 3 == 0 else body) + "\n")


def _mentions(x) -> list[tuple[str, str]]:
    return [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i", range(len(CASES)))
def test_a_named_organisation_that_opens_its_clause_and_speaks_is_found_and_speaks(extract, i):
    stem, head, k = nth_case(i, STEMS, HEADS, range(len(SPEAKING)))
    text, = _article(SPEAKING[k].format(name=stem + head), i)
    name, content = in_script(i, stem + head, CONTENT[k])
    x = extract(text)
    assert name in {m.text for m in x.mentions}, (text, _mentions(x))
    key = next(m.entity for m in x.mentions if m.text == name)
    claim = next((c for c in x.claims if c.text == content), None)
    assert claim is not None, (text, [c.text for c in x.claims])
    assert claim.speaker.kind == "entity" and claim.speaker.key == key, (text, claim.speaker)


@pytest.mark.parametrize("stem, head", list(itertools.product(STEMS, HEADS)))
@pytest.mark.parametrize("frame", ["{name}的观点则相对保守，认为经济仍在探底。", "{name}的年度展望显示，明年利率会下降。"])
def test_what_only_an_organisation_has_names_it(extract, stem, head, frame):
    x = extract("财经快讯\n\n" + frame.format(name=stem + head) + "\n")
    assert stem + head in {m.text for m in x.mentions}, _mentions(x)


@pytest.mark.parametrize("kind, head", list(itertools.product(("外资", "股份制", "地方", "中小", "国有", "头部"),
                                                               ("银行", "证券", "保险"))))
@pytest.mark.parametrize("frame", SPEAKING[:3])
def test_a_word_of_a_kind_before_a_head_names_no_organisation(extract, kind, head, frame):
    x = extract("财经快讯\n\n" + frame.format(name=kind + head) + "\n")
    assert not any(m.text == kind + head and m.rule in ORG_RULES for m in x.mentions), _mentions(x)


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("frame", [
    "{stem}公司在年报中表示，明年会扩大产能。",  # a place and a plain kind
    "记者在{stem}银行的网点看到，排队的人不多。",  # no subject of a clause that speaks
    "{stem}银行业的整体利润在下降，分析人士表示担忧。",  # the head goes on into another noun
])
def test_a_known_word_and_a_head_without_such_context_name_no_organisation(extract, stem, frame):
    x = extract("财经快讯\n\n" + frame.format(stem=stem) + "\n")
    assert not any(m.rule == "discover.org_in_context.v1" for m in x.mentions), _mentions(x)


# common nouns of the dictionary before a trade word: named only where the context shows a company
TRADE_STEMS = ("清漪", "银杉", "青松", "绿洲")
TRADES = ("电器", "乳业", "物流")


@pytest.mark.parametrize("i", range(len(TRADE_STEMS) * len(TRADES) * 2))
def test_a_company_of_a_common_word_and_a_trade_that_speaks_after_a_phrase_is_found(extract, i):
    stem, trade, k = nth_case(i, TRADE_STEMS, TRADES, (2, 0))
    text, = _article(SPEAKING[k].format(name=stem + trade), i)
    name, content = in_script(i, stem + trade, CONTENT[k])
    x = extract(text)
    assert name in {m.text for m in x.mentions}, (text, _mentions(x))
    claim = next((c for c in x.claims if c.text == content), None)
    assert claim is not None and claim.speaker.kind == "entity", (text, [(c.text, c.speaker) for c in x.claims])


@pytest.mark.parametrize("stem, trade", list(itertools.product(TRADE_STEMS, TRADES)))
@pytest.mark.parametrize("frame", [
    "数家{stem}{trade}企业的销售负责人认为，中小厂商压力最大。",  # the words modify a noun that goes on
    "{stem}{trade}通过了质量认证，销量随之大增。",  # no verb of saying in the clause
])
def test_a_common_word_and_a_trade_that_modify_or_do_not_speak_name_no_company(extract, stem, trade, frame):
    x = extract("财经快讯\n\n" + frame.format(stem=stem, trade=trade) + "\n")
    assert not any(m.text.endswith(stem + trade) and m.rule in ORG_RULES for m in x.mentions), _mentions(x)


@pytest.mark.parametrize("verb, obj", list(itertools.product(("发布", "上传", "发表"), ("视频", "文章", "长文"))))
def test_a_verb_and_its_object_before_a_cue_name_no_company(extract, verb, obj):
    x = extract(f"科技快讯\n\n博主王小川在社交平台{verb}{obj}称，这款耳机的续航只有一半。\n")
    assert not any(m.text == verb + obj for m in x.mentions), _mentions(x)


# ---------------------------------------------------------------- titles that hold a head

OFFICERS = ("首席投资官", "首席风险官", "首席产品官", "亚洲区首席投资官")
FIRMS = ("晨岭资产管理", "青禾资管", "远帆投资管理")


@pytest.mark.parametrize("i", range(len(OFFICERS) * len(FIRMS)))
def test_a_title_that_holds_a_head_names_the_person_not_an_organisation(extract, i):
    title, firm = nth_case(i, OFFICERS, FIRMS)
    text, = _article(f"“市场低估了政策的连续性，”{firm}{title}郑维安对本报记者表示。", i)
    person, content = in_script(i, "郑维安", "市场低估了政策的连续性")
    x = extract(text)
    assert not any(m.text.endswith(("投资", "投資")) for m in x.mentions), (text, _mentions(x))
    claim = next((c for c in x.claims if c.text == content), None)
    spoken = {m.entity for m in x.mentions if m.text == person}
    assert claim is not None and claim.speaker.key in spoken, (text, [(c.text, c.speaker) for c in x.claims])


# ---------------------------------------------------------------- what was published

@pytest.mark.parametrize("i", range(12))
def test_a_cue_word_a_verb_of_publishing_takes_as_its_object_is_no_cue(extract, i):
    subject, verb, noun = nth_case(i, ("多家投行", "几家外资机构"), ("发布了", "陆续发布", "给出了"),
                                   ("2027年市场展望", "全年预测"))
    text, = _article(f"临近年末，{subject}{verb}{noun}，整体态度较去年明显转暖。", i)
    x = extract(text)
    assert not any(c.speaker.kind == "unnamed" for c in x.claims), (text, [(c.text, c.speaker) for c in x.claims])
    assert any(c.text.endswith(in_script(i, "整体态度较去年明显转暖")[0]) and c.speaker.kind == "author"
               for c in x.claims), (text, [(c.text, c.speaker) for c in x.claims])


@pytest.mark.parametrize("stem, cue", list(itertools.product(("北港", "苍松"), ("预计", "预测", "认为"))))
def test_a_document_between_the_verb_and_the_cue_leaves_the_cue_a_verb(extract, stem, cue):
    x = extract(f"财经快讯\n\n{stem}证券发布报告{cue}，明年指数将上涨一成。\n")
    claim = next((c for c in x.claims if c.text == "明年指数将上涨一成"), None)
    assert claim is not None and claim.speaker.kind == "entity", [(c.text, c.speaker) for c in x.claims]


# ---------------------------------------------------------------- online handles

HANDLE_NOUNS = ("博主", "网友", "车评人", "主播", "用户")
HANDLES = ("阿哲测评", "小鱼儿", "老周说车", "Kiki的日常")
MARKS = (("“", "”"), ("「", "」"), ('"', '"'))


@pytest.mark.parametrize("i", range(len(HANDLE_NOUNS) * len(HANDLES)))
def test_a_quoted_name_after_an_accounts_noun_is_a_person(extract, i):
    noun, handle = nth_case(i, HANDLE_NOUNS, HANDLES)
    o, c = MARKS[i % len(MARKS)]
    text, = _article(f"近日，数码{noun}{o}{handle}{c}发布视频，称这款耳机的续航只有一半。", i)
    name, = in_script(i, handle)
    x = extract(text)
    found = [m for m in x.mentions if m.text == name]
    assert found and found[0].rule == "discover.quoted_handle.v1", (text, _mentions(x))
    types = {e.key: e.type for e in x.entities}
    assert types[found[0].entity] is EntityType.PERSON


@pytest.mark.parametrize("many", ("不少", "很多", "部分"))
@pytest.mark.parametrize("scare", ("吐槽", "翻车", "真香"))
def test_a_quoted_word_after_many_accounts_is_a_scare_quote(extract, many, scare):
    x = extract(f"科技快讯\n\n{many}网友“{scare}”，认为这款耳机的续航只有一半。\n")
    assert not any(m.rule == "discover.quoted_handle.v1" for m in x.mentions), _mentions(x)


# ---------------------------------------------------------------- investors as a body

@pytest.mark.parametrize("i", range(12))
def test_investors_named_as_a_body_are_an_unnamed_source(extract, i):
    body, cue = nth_case(i, ("法人", "外资法人", "券商", "大行"), ("预估", "认为", "估计"))
    text, = _article(f"{body}{cue}，这家公司全年每股盈余可望达12元。", i)
    content, = in_script(i, "这家公司全年每股盈余可望达12元")
    x = extract(text)
    claim = next((c for c in x.claims if c.text == content), None)
    assert claim is not None and claim.speaker.kind == "unnamed", (text, [(c.text, c.speaker) for c in x.claims])


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("frame", SPEAKING[:3])
def test_a_place_word_and_jituan_that_opens_its_clause_and_speaks_is_a_group(extract, stem, frame):
    x = extract("财经快讯\n\n" + frame.format(name=stem + "集团") + "\n")
    assert stem + "集团" in {m.text for m in x.mentions}, _mentions(x)


@pytest.mark.parametrize("kind", ["美国", "中国", "国内", "海外", "大型"])
@pytest.mark.parametrize("head", ["集团", "公司"])
def test_a_word_of_a_kind_and_jituan_names_no_group(extract, kind, head):
    x = extract("财经快讯\n\n" + SPEAKING[1].format(name=kind + head) + "\n")
    assert kind + head not in {m.text for m in x.mentions}, _mentions(x)
