"""What a claim is about, round 4: an organisation's own words that leave their subject
out (已完成融资, 将于下月开售) are about the organisation; 新机 / 该机 / 机身 stand for the
product named last; 他们 / 对方 in someone's words for the organisation named last that is
not the speaker's own. Templates over catalog companies and invented people and
sentences, simplified and traditional, full- and half-width punctuation, twenty variants
or more each."""

from __future__ import annotations

import itertools

import opencc
import pytest

_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")
ORGS = ["英特尔", "联发科", "小米", "美团", "百度", "台积电", "微软", "亚马逊", "寒武纪", "快手", "京东", "高通"]
PEOPLE = ["陈国栋", "林嘉怡", "周振宇", "许雅婷", "郑思远", "谢伟杰", "罗嘉怡", "梁文博", "吴海峰", "胡晓婷", "高振华",
          "蔡明哲"]


def _styles(text):
    """Simplified and traditional, each with full- and half-width commas."""
    trad = _S2T.convert(text)
    return [text, text.replace(",", "，"), trad, trad.replace(",", "，")]


def _claim(extract, text, clause):
    x = extract("新闻\n" + text)
    return next(c for c in x.claims if _T2S.convert(clause) in _T2S.convert(c.text))


def _about(extract, text, clause=None):
    """What the last claim (or the claim holding ``clause``, in either script) is about."""
    x = extract("新闻\n" + text)
    claims = [c for c in x.claims if clause is None or _T2S.convert(clause) in _T2S.convert(c.text)]
    return set(claims[-1].about)


def _key(nlp, name):
    return nlp.get_pipe("claimgraph_entity_matcher_v1").lookup(name)


PREDICATES = ["已完成5亿元B轮融资", "将于下月在海外上市新一代产品", "暂停了两条亏损的产品线", "完成了对华东三个仓库的改造",
              "继续扩大在东南亚的投资", "已经把海外收入比重提高到三成", "要给全职员工全额缴纳社保"]
CUES = ["表示", "宣布", "回应称", "称", "在声明中指出"]
UNSAID = [(t, org, clause) for org, clause, cue in zip(ORGS, itertools.cycle(PREDICATES), itertools.cycle(CUES))
          for t in _styles(f"{org}{cue},{clause}。")]


@pytest.mark.parametrize("text, org, clause", UNSAID)
def test_an_organisations_words_without_a_subject_are_about_the_organisation(extract, nlp, text, org, clause):
    assert _key(nlp, org) in set(_claim(extract, text, clause[2:]).about)


FIGURES = [(t, org) for org in ORGS for t in _styles(f"{org}数据显示,第二季度全省新增用户同比增长19%。")[:2]]


@pytest.mark.parametrize("text, org", FIGURES)
def test_a_source_of_figures_is_not_what_its_figures_are_about(extract, nlp, text, org):
    assert _key(nlp, org) not in set(_claim(extract, text, "新增用户").about)


PRODUCTS = [("三星", "Galaxy S24"), ("苹果", "Vision Pro"), ("OPPO", "Find N3"), ("小米", "Redmi K70"), ("华为", "Mate 60"),
            ("谷歌", "Pixel 8"), ("微软", "Surface Pro"), ("亚马逊", "Kindle Scribe"), ("特斯拉", "Model Y")]
PRODUCT_NOUNS = [("新机", "将于9月3日在海外上市"), ("该机", "重量只有239克"), ("机身", "温度处于正常范围"),
                 ("新品", "首周销量超过10万台"), ("这款产品", "会先在东南亚上市")]
PRODUCT_CASES = [(t, product, rest) for (maker, product), (noun, rest) in zip(
    PRODUCTS * 2, itertools.cycle(PRODUCT_NOUNS))
    for t in _styles(f"{maker}周二在杭州推出了{product},定价4299元。{noun}{rest}。")[::3]]


@pytest.mark.parametrize("text, product, rest", PRODUCT_CASES)
def test_a_product_noun_stands_for_the_product_named_last(extract, nlp, text, product, rest):
    x = extract("新闻\n" + text)
    claim = next(c for c in x.claims if _T2S.convert(rest[-4:]) in _T2S.convert(c.text))
    named = {m.entity for m in x.mentions if _T2S.convert(m.text) == _T2S.convert(product)}
    assert named and named <= set(claim.about)


RIVALS = [(t, own, other) for (own, other), person in zip(
    zip(ORGS, ORGS[3:] + ORGS[:3]), PEOPLE)
    for t in _styles(f"{own}执行长{person}表示,{other}的产品我用过,做得确实细致。不过他们的渠道集中在大城市。")[::3]
    + _styles(f"{own}执行长{person}表示,{other}的产品我用过,做得确实细致。但对方的渠道集中在大城市。")[1:2]]


@pytest.mark.parametrize("text, own, other", RIVALS)
def test_they_in_someones_words_is_the_other_organisation_named_last(extract, nlp, text, own, other):
    claim = _claim(extract, text, "渠道集中")
    assert _key(nlp, other) in set(claim.about) and _key(nlp, own) not in set(claim.about)


CONCEPTS = [("AI", "artificial_intelligence"), ("人工智能", "artificial_intelligence"), ("GPU", "gpu"),
            ("云计算", "cloud_computing"), ("深度学习", "deep_learning"), ("机器学习", "machine_learning")]
NOUNS = ["技术", "框架", "系统", "工具", "能力", "方案", "助手"]
QUALIFIED = [(t, org, key) for (concept, key), noun, org, person in zip(
    CONCEPTS * 2, itertools.cycle(NOUNS), ORGS, PEOPLE)
    for t in _styles(f"分析师{person}表示,随着{concept}{noun}的不断提升,{org}的优势越来越明显。")[::3]]


@pytest.mark.parametrize("text, org, concept", QUALIFIED)
def test_a_concept_glued_to_a_noun_it_qualifies_is_not_what_the_claim_is_about(extract, nlp, text, org, concept):
    about = set(_claim(extract, text, "优势越来越明显").about)
    assert concept not in about and _key(nlp, org) in about


SUBJECT = [(t, key) for (concept, key), noun, person in zip(CONCEPTS * 2, itertools.cycle(NOUNS), PEOPLE)
           for t in _styles(f"分析师{person}表示,{concept}{noun}迅速普及,正在改变中小企业的采购习惯。")[::3]]


@pytest.mark.parametrize("text, concept", SUBJECT)
def test_a_concept_compound_that_opens_its_clause_is_what_the_claim_is_about(extract, text, concept):
    assert concept in set(_claim(extract, text, "采购习惯").about)


NARROWER = [(t, org) for org, head in zip(ORGS * 2, itertools.cycle(["实体", "边缘", "终端", "工业"]))
            for t in _styles(f"{org}在{head}AI领域的布局备受关注。")[::3]]


@pytest.mark.parametrize("text, org", NARROWER)
def test_a_latin_concept_after_a_noun_names_a_narrower_concept(extract, nlp, text, org):
    about = set(_claim(extract, text, "布局").about)
    assert "artificial_intelligence" not in about and _key(nlp, org) in about


PAIRS = list(zip(ORGS, ORGS[5:] + ORGS[:5]))
NAMED = [(t, a, b) for (a, b), person in zip(PAIRS * 2, PEOPLE * 2)
         for t in _styles(f"{person}指出,相比{a}依靠渠道的模式,{b}的模式更加开放。"
                          f"{person}认为,就眼下的市场格局来看,{b}明年的增长仍有不少隐忧。")[::3]]


@pytest.mark.parametrize("text, a, b", NAMED)
def test_a_clause_that_names_what_it_is_about_does_not_inherit_the_claim_before(extract, nlp, text, a, b):
    about = set(_claim(extract, text, "隐忧").about)
    assert _key(nlp, b) in about and _key(nlp, a) not in about


SPEAKER_FIRST = [(t, a, b) for (a, b) in PAIRS for t in _styles(
    f"{a}的骑手补贴今年又涨了。{b}随后回应称,只做高品质的外卖,不做低价的外卖。")[::3]]


@pytest.mark.parametrize("text, a, b", SPEAKER_FIRST)
def test_an_organisations_subject_less_words_do_not_inherit_the_claim_before(extract, nlp, text, a, b):
    about = set(_claim(extract, text, "高品质").about)
    assert _key(nlp, b) in about and _key(nlp, a) not in about


SELF = [(t, org, clause) for org, (clause, key) in zip(ORGS * 2, itertools.cycle([
    ("员工的培训费用全由公司承担", "培训费用"), ("相关费用都由公司承担", "相关费用"), ("旗下的视频模型再次升级", "视频模型"),
    ("这笔补贴将给公司带来压力", "补贴"), ("新的规定对公司影响有限", "规定")]))
    for t in _styles(f"{org}在声明中表示,{clause}。")[::3]]


@pytest.mark.parametrize("text, org, clause", SELF)
def test_the_company_in_an_organisations_own_words_is_the_organisation(extract, nlp, text, org, clause):
    assert _key(nlp, org) in set(_claim(extract, text, clause[-4:]).about)


FRAMED = [(t, org) for org, frame in zip(ORGS * 2, itertools.cycle(["鉴于调查尚未结束", "由于监管要求", "为了保护用户"]))
          for t in _styles(f"{org}回应称,{frame},暂停新用户注册。")[::3]]


@pytest.mark.parametrize("text, org", FRAMED)
def test_a_predicate_after_a_frame_leaves_the_organisations_subject_out(extract, nlp, text, org):
    assert _key(nlp, org) in set(_claim(extract, text, "注册").about)


QUALIFYING_VERB = [(t, org, clause) for org, clause in zip(ORGS * 2, itertools.cycle([
    "回收电池正在进入集中报废期", "审核时间早就缩短到两天", "注册资本为五千万元", "补贴规模每年约12亿元",
    "降温的是资本而不是消费"]))
    for t in _styles(f"{org}在报告中指出,{clause}。")[::3]]


@pytest.mark.parametrize("text, org, clause", QUALIFYING_VERB)
def test_a_verb_that_qualifies_the_subject_does_not_leave_the_subject_out(extract, nlp, text, org, clause):
    assert _key(nlp, org) not in set(_claim(extract, text, clause[-4:]).about)


MODAL_VERB = [(t, org, clause) for org, clause in zip(ORGS * 2, itertools.cycle([
    "下半年要进泰国和越南", "今年要做到收支平衡", "已获三家银行的授信", "将于下月开售"]))
    for t in _styles(f"{org}宣布,{clause}。")[::3]]


@pytest.mark.parametrize("text, org, clause", MODAL_VERB)
def test_a_modal_glued_to_a_verb_opens_a_subject_less_clause(extract, nlp, text, org, clause):
    assert _key(nlp, org) in set(_claim(extract, text, clause[-4:]).about)


CABINETS = ["行政院", "国务院"]
MINISTRIES = ["经济部", "商务部", "交通部", "数位发展部"]
GOVERNMENT = [(t, cabinet, ministry) for (cabinet, ministry), person in zip(
    itertools.product(CABINETS, MINISTRIES), PEOPLE * 2)
    for t in _styles(f"{cabinet}与{ministry}今天公布了新的补贴方案。评论人士{person}认为,政府如果重视消费者,"
                     f"应先把物流安全管好。")[::3] + _styles(f"{ministry}与{cabinet}今天公布了新的补贴方案。"
                                                      f"评论人士{person}认为,政府如果重视消费者,应先把物流安全管好。")[1:2]]


def _org_named(x, name):
    """The key of the organisation mention whose text is ``name`` (either script)."""
    return next(m.entity for m in x.mentions if _T2S.convert(m.text) == name)


@pytest.mark.parametrize("text, cabinet, ministry", GOVERNMENT)
def test_the_government_is_the_cabinet_named_before(extract, text, cabinet, ministry):
    x = extract("新闻\n" + text)
    claim = next(c for c in x.claims if "物流安全" in _T2S.convert(c.text))
    assert _org_named(x, cabinet) in claim.about and _org_named(x, ministry) not in claim.about


MINISTRY_ONLY = [(t, ministry) for ministry, person in zip(MINISTRIES * 6, PEOPLE * 2)
                 for t in _styles(f"{ministry}今天公布了新的补贴方案。学者{person}认为,政府应当先补齐跨部门的数据共享机制。")[::3]]


@pytest.mark.parametrize("text, ministry", MINISTRY_ONLY)
def test_the_government_is_else_the_ministry_named_before(extract, text, ministry):
    x = extract("新闻\n" + text)
    claim = next(c for c in x.claims if "数据共享" in _T2S.convert(c.text))
    assert _org_named(x, ministry) in claim.about


LAWS = ["无人载具创新实验条例", "数据安全管理办法", "个人信息保护细则", "储能安全管理办法", "平台经济监管条例",
        "人才留任条例"]
RULE_WORD = [(t, law) for law, person in zip(LAWS * 2, PEOPLE)
             for t in _styles(f"本地至今沿用2016年公布的《{law}》。学者{person}认为,法规再不更新,企业的合规负担只会越来越重。")[::3]]


@pytest.mark.parametrize("text, law", RULE_WORD)
def test_the_regulation_stands_for_the_rule_named_before(extract, text, law):
    x = extract("新闻\n" + text)
    claim = next(c for c in x.claims if "合规负担" in _T2S.convert(c.text))
    named = {m.entity for m in x.mentions if _T2S.convert(m.text).strip("《》") == law}
    assert named and named <= set(claim.about)


SAID = [(t, org) for org, (noun, verdict) in zip(ORGS * 2, itertools.cycle([
    ("这份回应", "避重就轻"), ("这个建议", "比原方案更高明"), ("有关报道", "并不准确"), ("该说法", "毫无根据"),
    ("这番表态", "令人失望")]))
    for t in _styles(f"{org}在声明中表示,公司一向重视隐私保护。\n\n评论人士普遍认为,{noun}{verdict}。")[::3]]


@pytest.mark.parametrize("text, org", SAID)
def test_a_noun_for_what_was_said_stands_for_who_said_it(extract, nlp, text, org):
    assert _key(nlp, org) in _about(extract, text)


UNNAMED_SAID = [(t, org) for org in ORGS for t in _styles(
    f"{org}的工厂上月停工。有媒体报道称,部分工厂的产能大量闲置。{org}回应称,这个说法与事实不符。")[::2]]


@pytest.mark.parametrize("text, org", UNNAMED_SAID)
def test_what_an_unnamed_source_said_is_about_no_one(extract, nlp, text, org):
    assert _about(extract, text, "事实不符") <= {_key(nlp, org)}


ROUNDS = [(t, org, lead) for (org, lead), (rnd, rest) in zip(PAIRS * 2, itertools.cycle([
    ("本轮", "由{lead}领投,老股东继续超额认购"), ("本轮融资", "将重点用于海外渠道建设"), ("这轮", "筹到的资金足够支撑两年研发"),
    ("此轮", "由{lead}领投")]))
    for t in _styles(f"{org}昨日宣布获得6亿元人民币D轮融资。{rnd}{rest.format(lead=lead)}。")[::3]]


@pytest.mark.parametrize("text, org, lead", ROUNDS)
def test_this_round_stands_for_the_organisation_that_raised_it(extract, nlp, text, org, lead):
    assert _key(nlp, org) in _about(extract, text)


ROUNDS_AFTER_A_LINE = [(t, org) for org in ORGS for t in _styles(
    f"{org}今年初完成3亿元B轮融资。\n\n本集重点:\n12:40 融资与补助\n\n问:资金够用吗?\n\n答:这轮筹到的资金足够支撑两年研发。")[::2]]


@pytest.mark.parametrize("text, org", ROUNDS_AFTER_A_LINE)
def test_this_round_reaches_past_a_line_that_names_funding_and_no_one(extract, nlp, text, org):
    assert _key(nlp, org) in _about(extract, text, "两年研发")


ACTS = [(t, a) for (a, b), (before, act) in zip(PAIRS * 2, itertools.cycle([
    ("{a}上周在路演材料中贬低{b}的技术,", "此举在业内恐成笑谈"),
    ("{a}在发布会上多次贬低{b}的产品。", "此类行为迟早会拖累它的口碑"),
    ("{a}上月把退款按钮移到了首页。", "这一做法值得一提"),
    ("{a}决定暂停与{b}的合作。", "这一决定出乎市场意料")]))
    for t in _styles(before.format(a=a, b=b) + act + "。")[::3]]


@pytest.mark.parametrize("text, doer", ACTS)
def test_a_noun_for_what_was_done_stands_for_who_did_it(extract, nlp, text, doer):
    assert _key(nlp, doer) in _about(extract, text)


DEVICES = ["眼镜", "手机", "芯片", "服务器", "耳机", "汽车", "机器人"]
DEVICE_SUBJECT = [(t, key) for (concept, key), noun, person in zip(CONCEPTS * 2, itertools.cycle(DEVICES), PEOPLE)
                  for t in _styles(f"分析师{person}表示,{concept}{noun}今年的出货量将翻倍。")[::3]]


@pytest.mark.parametrize("text, concept", DEVICE_SUBJECT)
def test_a_concept_that_opens_its_clause_glued_to_a_device_only_qualifies_it(extract, text, concept):
    """AI眼镜今年的出货量将翻倍: the claim is about the glasses, not AI; the concept's own
    field or software (AI技术, 深度学习工具, above) is another matter."""
    assert concept not in set(_claim(extract, text, "出货量将翻倍").about), text
