"""Who speaks, read by the structure of the phrase, whatever words fill it:

- the function words the segmenter's HMM glues before an unknown name (另|据|某某, 称|某某)
  stand alone, so that the name is the company's and no 称某某 is made;
- one of a company's people (某某科技一名不愿具名的员工, 一位高管, 前高管, 前员工) and a
  person named by whom they are to someone (他的同事, 其家人) are unnamed sources, 据 before
  them too; a body's counted voice (某某的一名发言人) still speaks for it;
- what an unnamed source goes on to say of another's silence (……,但公司迟迟没有公布……) is
  the source's; its own refusal (但该人士拒绝透露……) is the article's narration;
- a clause that names the words just reported as such (这种说法言过其实) is the verdict of
  whoever reported them (the article, or the speaker who quotes someone), and disputes them;
  a denied report (相关报道纯属捏造) stays the speaker's words;
- a clause that only frames a question (问题在于,有多少……?) is no claim;
- a one-character given name the segmenter runs into a verb of saying (李|明说, 张|学说) is
  read with its surname;
- a place and its level of government (某某|市, 某某|省) belong to the body after them
  (某某市中级人民法院, 某某市人民政府, 某某省发展和改革委员会);
- 公司 in the words of one who speaks for a company is that company;
- the reporters of a byline are no antecedent of a 他 in the body.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import half_width, in_script, nth_case
from claimgraph.models import RelationType
from relation_text import relation_triples

COMPANIES = ("澜川科技", "汀岚数据", "鹭屿智能", "汐屿物流")
CONTENTS = ("公司上个月已经暂停了所有招聘", "裁员名单早在两周前就已确定", "项目组被整体撤销", "年终奖将推迟发放")
LATER = ("补偿标准至今没有公布", "部分员工已经离职", "新业务的进展不及预期", "研发预算被砍掉了一半")


def _article(body: str, i: int) -> str:
    text, = in_script(i, "财经快讯\n\n" + (half_width(body) if i % 3 == 0 else body) + "\n")
    return text


def _claim(x, content: str):
    claim = next((c for c in x.claims if c.text == content), None)
    assert claim is not None, (content, [c.text for c in x.claims])
    return claim


def _said_by(extract, i: int, body: str, content: str, name: str):
    """The extraction of case ``i``'s article around ``body``, once ``content`` is checked to
    be the words of the entity written ``name``, in the case's script."""
    x = extract(_article(body, i))
    want, name = in_script(i, content, name)
    assert _speaker(x, want) == ("entity", name)
    return x


def _speaker(x, content: str) -> tuple[str, str | None]:
    """(kind, the speaker's name as written) of the claim ``content``."""
    claim = _claim(x, content)
    if claim.speaker.kind != "entity":
        return claim.speaker.kind, None
    return "entity", next((m.text for m in x.mentions if m.entity == claim.speaker.key), claim.speaker.key)


INTRO = "{company}今年以来业绩持续下滑。"
UNNAMED_PEOPLE = ("{company}一名不愿具名的中层管理人员告诉记者", "{company}一位高管表示", "{company}前高管表示",
                  "{company}前员工透露", "据{company}前员工透露", "据{company}员工透露", "他的同事则表示",
                  "其家人表示", "她的邻居说", "{company}原首席执行官说")
PEOPLE_CASES = list(itertools.product(range(len(UNNAMED_PEOPLE)), COMPANIES))


@pytest.mark.parametrize("i", range(len(PEOPLE_CASES)))
def test_one_of_a_company_s_people_or_a_person_named_by_a_tie_is_an_unnamed_source(extract, i):
    k, company = PEOPLE_CASES[i]
    phrase = UNNAMED_PEOPLE[k].format(company=company)
    content = CONTENTS[i % len(CONTENTS)]
    x = extract(_article(INTRO.format(company=company) + f"{phrase}，{content}。", i))
    want, = in_script(i, content)
    assert _speaker(x, want) == ("unnamed", None)


@pytest.mark.parametrize("i", range(len(COMPANIES) * 2))
def test_a_company_s_counted_spokesperson_or_its_officer_still_speaks_for_it(extract, i):
    company = COMPANIES[i % len(COMPANIES)]
    phrase = ("{company}的一名发言人表示", "{company}相关负责人回应称")[i % 2].format(company=company)
    content = CONTENTS[i % len(CONTENTS)]
    x = extract(_article(INTRO.format(company=company) + f"{phrase}，{content}。", i))
    want, name = in_script(i, content, company)
    assert _speaker(x, want) == ("entity", name)


GLUED_BEFORE = ("有消息称{company}将在年底前裁减约15%的员工。", "另据{company}内部人士透露，{content}。")


@pytest.mark.parametrize("i", range(len(COMPANIES) * 2))
def test_a_function_word_glued_before_an_unknown_name_stands_alone(extract, i):
    company = COMPANIES[i % len(COMPANIES)]
    content = CONTENTS[i % len(CONTENTS)]
    body = f"{company}今年以来业绩持续下滑。" + GLUED_BEFORE[i % 2].format(company=company, content=content)
    x = extract(_article(body, i))
    name, = in_script(i, company)
    texts = {m.text for m in x.mentions}
    assert name in texts and not any(t.endswith(name) and t != name for t in texts), texts
    assert len({m.entity for m in x.mentions if m.text == name}) == 1


@pytest.mark.parametrize("i", range(8))
def test_another_s_silence_in_an_unnamed_source_s_words_is_the_source_s(extract, i):
    company = COMPANIES[i % len(COMPANIES)]
    source = ("知情人士表示", "一位接近公司的人士透露", "他的同事则表示", "有员工称")[i % 4]
    first, silence = CONTENTS[i % len(CONTENTS)], "但公司迟迟没有公布补偿标准"
    x = extract(_article(INTRO.format(company=company) + f"{source}，{first}，{silence}。", i))
    want_first, want_silence = in_script(i, first, silence)
    assert _speaker(x, want_first) == ("unnamed", None)
    assert _speaker(x, want_silence) == ("unnamed", None)


@pytest.mark.parametrize("i", range(4))
def test_the_unnamed_source_s_own_refusal_is_the_article_s_narration(extract, i):
    first, refusal = CONTENTS[i], "但该人士拒绝透露更多细节"
    x = extract(_article(f"{COMPANIES[i]}今年以来业绩持续下滑。知情人士表示，{first}，{refusal}。", i))
    want, = in_script(i, refusal)
    assert _speaker(x, want) == ("author", None)


CLAIMED = ("解放双手", "产品绝对安全", "续航可以达到一千公里", "年底前实现盈利")
VERDICTS = ("这种说法显然言过其实", "这一说法并不准确", "此种论调言过其实", "这个说法太乐观了")
SOURCES = ("一些车企的发布会却动辄宣称", "有车企高管声称", "{company}在广告中宣称")


@pytest.mark.parametrize("i", range(len(CLAIMED) * len(VERDICTS)))
def test_a_clause_naming_the_words_just_reported_is_the_reporter_s_verdict(extract, lexicon, i):
    claimed, verdict, source = nth_case(i, CLAIMED, VERDICTS, SOURCES)
    company = COMPANIES[i % len(COMPANIES)]
    opening, closing = (("“", "”"), ("「", "」"), ('"', '"'))[i % 3]
    body = f"{company}近日发布新车。" + source.format(company=company) + f"{opening}{claimed}{closing}，{verdict}。"
    x = extract(_article(body, i))
    want_claimed, want_verdict = in_script(i, claimed, verdict)
    assert _speaker(x, want_verdict) == ("author", None)
    assert _speaker(x, want_claimed) != ("author", None)
    found = relation_triples(x, lexicon)
    assert (want_verdict, RelationType.DISPUTES.value, want_claimed) in found, found


@pytest.mark.parametrize("i", range(4))
def test_a_speaker_who_reports_another_s_words_gives_the_verdict_on_them(extract, i):
    name = ("卢安澜", "宋启航", "韦嘉禾", "柯明远")[i]
    claimed, verdict = "公司将裁员三成", ("这种说法毫无根据", "这一说法并不准确")[i % 2]
    x = extract(_article(f"{COMPANIES[i]}董事长{name}表示，外界有人称{claimed}，{verdict}。", i))
    want_claimed, want_verdict, want_name = in_script(i, claimed, verdict, name)
    assert _speaker(x, want_claimed) == ("unnamed", None)
    assert _speaker(x, want_verdict) == ("entity", want_name)


@pytest.mark.parametrize("i", range(4))
def test_a_denied_report_stays_the_denying_speaker_s_words(extract, i):
    company = COMPANIES[i]
    first, denial = "公司目前没有任何正在进行的收购谈判", ("相关报道纯属捏造", "有关传言并不属实")[i % 2]
    x = extract(_article(f"媒体报道称{company}将被收购。{company}表示，{first}，{denial}。", i))
    want_denial, name = in_script(i, denial, company)
    denying = [c for c in x.claims if want_denial in c.text]
    assert denying, [c.text for c in x.claims]
    assert all(c.speaker.kind == "entity" and c.speaker.key in {m.entity for m in x.mentions if m.text == name}
               for c in denying), [(c.text, c.speaker) for c in denying]


FRAMES = ("但问题在于", "关键在于", "问题是")


@pytest.mark.parametrize("i", range(len(FRAMES) * 2))
def test_a_clause_that_only_frames_a_question_is_no_claim(extract, i):
    frame = FRAMES[i % len(FRAMES)]
    mark = "？" if i % 2 else "?"
    x = extract(_article(f"车企在手册中写明了使用限制。{frame}，有多少消费者会认真阅读长达数百页的手册{mark}", i))
    framed, = in_script(i, frame)
    assert not any(c.text.startswith(framed[:2]) for c in x.claims), [c.text for c in x.claims]
    assert len(x.claims) == 1


SURNAMES = ("李", "张", "陈", "刘", "吴")
GIVEN = ("明", "学", "传", "演")  # 明说, 学说, 传说, 演说 are words of the dictionary
GLUED = list(itertools.product(SURNAMES, GIVEN))


@pytest.mark.parametrize("i", range(len(GLUED)))
def test_a_given_name_run_into_a_verb_of_saying_is_read_with_its_surname(extract, i):
    surname, given = GLUED[i]
    opening, closing = (("“", "”"), ("「", "」"), ("『", "』"), ('"', '"'))[i % 4]
    first, then = CONTENTS[i % len(CONTENTS)], LATER[i % len(LATER)]
    x = extract(_article(f"{opening}{first}，{closing}{surname}{given}说，{opening}{then}。{closing}", i))
    want_first, want_then, name = in_script(i, first, then, surname + given)
    assert _speaker(x, want_first) == ("entity", name)
    assert _speaker(x, want_then) == ("entity", name)


PLACES = ("滨海", "青川", "临溪", "云岭", "沙湾", "望江")
LEVELS = ("市", "省")
BODIES = (("人民政府", "表示"), ("中级人民法院", "认为"), ("发展和改革委员会", "表示"), ("教育局", "通报"))
PLACED = list(itertools.product(PLACES, LEVELS, BODIES))


@pytest.mark.parametrize("i", range(0, len(PLACED), 2))
def test_a_place_and_its_level_belong_to_the_body_after_them(extract, i):
    place, level, (body, cue) = PLACED[i]
    content = ("项目将于年内开工", "被告的行为构成不正当竞争", "今年的招生计划保持不变")[i % 3]
    x = extract(_article(f"{place}{level}{body}{cue}，{content}。", i))
    want, name = in_script(i, content, place + level + body)
    assert _speaker(x, want) == ("entity", name)


EXECUTIVES = (("星穹手机", "总裁", "葛云帆"), ("澜川科技", "首席执行官", "柯明远"), ("鹭屿智能", "董事长", "宋启航"))


@pytest.mark.parametrize("i", range(len(EXECUTIVES) * 2))
def test_gongsi_in_the_words_of_one_who_speaks_for_a_company_is_that_company(extract, i):
    company, role, name = EXECUTIVES[i % len(EXECUTIVES)]
    body = (f"{company}{role}{name}表示，降价主要得益于供应链成本下降。\n\n"
            f"不过，弘远咨询分析师梅若兰认为，持续降价会压缩厂商的利润空间。\n\n"
            f"{name}回应称，公司并没有牺牲利润。")
    x = extract(_article(body, i))
    want, = in_script(i, "公司并没有牺牲利润")
    claim = _claim(x, want)
    keys = {m.entity for m in x.mentions if m.text == in_script(i, company)[0]}
    assert len(keys) == 1 and set(claim.about) == keys, (claim.about, keys)


@pytest.mark.parametrize("i", range(4))
def test_a_reply_s_own_verdict_on_the_words_it_answers_stays_the_replier_s(extract, i):
    name = ("卢安澜", "宋启航", "韦嘉禾", "柯明远")[i]
    cue = ("表示", "回应称", "指出", "回应说")[i]
    x = extract(_article(f"有观点认为，价格战将会持续到明年。对此，青岚集团董事长{name}{cue}，"
                         f"价格战不会持续太久，这种说法是错误的。", i))
    want, name = in_script(i, "这种说法是错误的", name)
    assert _speaker(x, want) == ("entity", name)


TELLERS = ("回应{outlet}记者称", "告诉{outlet}记者", "回应记者称", "向{outlet}表示")
OUTLETS = ("澎湃新闻", "新京报", "第一财经")


@pytest.mark.parametrize("i", range(len(TELLERS) * len(OUTLETS)))
def test_the_outlet_a_company_tells_is_told_and_does_not_speak(extract, i):
    teller, outlet = nth_case(i, TELLERS, OUTLETS)
    company = COMPANIES[i % len(COMPANIES)]
    content = "公司一直在评估海外市场的布局机会"
    x = extract(_article(f"{company}宣布在墨西哥建厂。对于上述报道，{company}{teller.format(outlet=outlet)}，{content}。", i))
    want, name = in_script(i, content, company)
    assert _speaker(x, want) == ("entity", name)


TITLED = ("国家统计局首席统计师{name}解读称", "国家统计局城市司首席统计师{name}解读说", "国家统计局高级统计师{name}表示",
          "北辰证券首席经济学家{name}团队在点评报告中认为", "北辰证券首席经济学家{name}团队认为",
          "北辰证券首席经济学家{name}团队在研报中指出")


@pytest.mark.parametrize("i", range(len(TITLED) * 2))
def test_a_profession_s_title_or_a_person_s_team_reads_as_the_person(extract, i):
    name = ("董丽娟", "卢安澜", "彭文韬")[i % 3]
    content = "物价低位运行的格局短期内难以改变"
    _said_by(extract, i, TITLED[i % len(TITLED)].format(name=name) + f"，{content}。", content, name)


@pytest.mark.parametrize("i", range(6))
def test_an_adverb_after_a_role_names_no_one(extract, i):
    role = ("高管", "分析师", "业内人士")[i % 3]
    adverb = ("曾公开", "曾多次", "常公开")[i % 3]
    content = "人工智能将让手机换机周期缩短到两年"
    x = extract(_article(f"有厂商{role}{adverb}表示，{content}。", i))
    adverbs, = in_script(i, adverb)
    assert not any(m.text == adverbs for m in x.mentions), [(m.text, m.rule) for m in x.mentions]
    want, = in_script(i, content)
    assert _speaker(x, want) == ("unnamed", None)


@pytest.mark.parametrize("i", range(4))
def test_a_predicate_s_adverb_and_modal_make_no_bare_speaker(extract, i):
    lead = ("最快将于明年一季度宣布", "最早将在年底前宣布", "或将于下月公布", "有望在明年宣布")[i]
    x = extract(_article(f"一名知情人士称，{COMPANIES[i]}已与当地政府进行了多轮谈判，{lead}。", i))
    assert not any(m.text.startswith(in_script(i, lead[:2])[0]) for m in x.mentions), [m.text for m in x.mentions]
    assert all(c.speaker.kind == "unnamed" for c in x.claims), [(c.text, c.speaker) for c in x.claims]


@pytest.mark.parametrize("i", range(6))
def test_the_writer_s_i_ends_a_speaker_s_reported_words(extract, i):
    name = ("王立新", "卢安澜", "宋启航")[i % 3]
    mine = ("我对此持保留态度", "我并不认同这一判断", "我倒觉得未必")[i % 3]
    x = extract(_article(f"分析师{name}表示，人工智能将让手机换机周期缩短到两年。{mine}。", i))
    want, = in_script(i, mine)
    assert _speaker(x, want) == ("author", None)


DATA_NAMES = ("汀岚数据", "鹭屿数据", "青岚数据")


@pytest.mark.parametrize("i", range(len(DATA_NAMES) * 2))
def test_a_word_inside_a_company_s_name_is_no_word_of_the_text(extract, lexicon, i):
    company = DATA_NAMES[i % len(DATA_NAMES)]
    opening, closing = (("“", "”"), ("「", "」"))[i % 2]
    body = f"{company}近日发布新车。{company}在广告中宣称{opening}解放双手{closing}，这一说法并不准确。"
    x = extract(_article(body, i))
    claimed, verdict = in_script(i, "解放双手", "这一说法并不准确")
    found = relation_triples(x, lexicon)
    assert (verdict, RelationType.DISPUTES.value, claimed) in found, found
    assert (claimed, RelationType.SUPPORTS.value, verdict) not in found, found


@pytest.mark.parametrize("i", range(4))
def test_as_soon_as_one_thing_happens_the_next_is_one_claim(extract, i):
    subject = ("提案", "新规", "该计划", "这一消息")[i]
    body = f"{subject}一经公布，即遭到多家行业协会的反对。"
    x = extract(_article(body, i))
    whole, = in_script(i, body.rstrip("。"))
    assert [c.text for c in x.claims] == [whole.replace("，", ",") if i % 3 == 0 else whole]


KINDS = ("美国科技公司", "本土汽车企业", "国内手机公司", "海外物流公司")


@pytest.mark.parametrize("i", range(len(KINDS)))
def test_places_and_a_trade_before_a_plain_head_name_a_kind_not_a_company(extract, i):
    kind = KINDS[i]
    x = extract(_article(f"提案公布后，遭到多家{kind}的反对。{kind}表示，新规将扼杀创新。", i))
    named, = in_script(i, kind)
    assert not any(m.text == named for m in x.mentions), [(m.text, m.rule) for m in x.mentions]


TWO_FIELDS = (("食物", "卫生局"), ("运输", "物流局"), ("劳工", "福利局"), ("环境", "生态局"))


@pytest.mark.parametrize("i", range(len(TWO_FIELDS) * 2))
def test_a_body_of_two_fields_is_named_whole(extract, i):
    first, body = TWO_FIELDS[i % len(TWO_FIELDS)]
    name = f"{first}及{body}"
    content = "政府一直关注业界的经营环境"
    text = f"{name}发言人表示，{content}。"
    if i >= len(TWO_FIELDS):  # Hong Kong's own characters (衞 for 卫)
        text, = in_script(1, text)
        text, content, name = text.replace("衛", "衞"), in_script(1, content)[0], in_script(1, name)[0]
    x = extract("新闻\n\n" + text + "\n")
    claim = _claim(x, content)
    assert claim.speaker.kind == "entity"
    assert any(m.text.replace("衞", "衛") == name and m.entity == claim.speaker.key for m in x.mentions), \
        [(m.text, m.entity) for m in x.mentions]


ENDING_IN_HE = ("黄家和", "陈永和", "李建和", "周平和")


@pytest.mark.parametrize("i", range(len(ENDING_IN_HE)))
def test_a_name_may_end_in_he_when_a_cue_follows(extract, i):
    name = ENDING_IN_HE[i]
    content = "今年上半年已有超过三百间食肆结业"
    _said_by(extract, i, f"餐饮联业协会会长{name}早前指出，{content}。", content, name)


@pytest.mark.parametrize("i", range(4))
def test_two_people_joined_by_he_speak_together(extract, i):
    first, second = (("王凯", "李明"), ("卢安澜", "宋启航"), ("韦嘉禾", "周敏"), ("柯明远", "陈立"))[i]
    x = extract(_article(f"分析师{first}和{second}表示，今年上半年已有超过三百间食肆结业。", i))
    joined, = in_script(i, "和" + second)
    assert not any(m.text == joined for m in x.mentions), [(m.text, m.rule) for m in x.mentions]


LETTERS = ("问询函", "关注函", "监管函")


@pytest.mark.parametrize("i", range(len(LETTERS) * 2))
def test_a_regulator_s_letter_speaks_for_the_regulator(extract, i):
    letter = LETTERS[i % len(LETTERS)]
    company = COMPANIES[i % len(COMPANIES)]
    content = "公司第三季度应收账款余额较年初增长2.3倍"
    x = extract(_article(f"{company}发布公告称，公司前三季度净利润同比下降78%。"
                         f"深交所向{company}下发{letter}，要求公司说明业绩下滑的原因。{letter}指出，{content}。", i))
    assert any(m.text == in_script(i, company)[0] for m in x.mentions)  # the one it was sent to is known
    want, = in_script(i, content)
    claim = _claim(x, want)
    assert claim.speaker.kind == "entity" and claim.speaker.key == "szse", claim.speaker
    asked, = in_script(i, "要求公司")
    assert not any(m.text == asked for m in x.mentions), [(m.text, m.rule) for m in x.mentions]


PARTIES = (("原告", "邓某", "诉称"), ("原告", "张某某", "诉称"), ("被告人", "李某", "辩称"), ("上诉人", "王某某", "称"))


@pytest.mark.parametrize("i", range(len(PARTIES) * 2))
def test_a_party_of_a_case_named_by_surname_and_mou_speaks(extract, i):
    party, name, cue = PARTIES[i % len(PARTIES)]
    content = "其2024年起为平台配送外卖"
    _said_by(extract, i, f"临港区人民法院日前对一起工伤赔偿案作出一审判决。{party}{name}{cue}，{content}。", content, name)


@pytest.mark.parametrize("i", range(4))
def test_a_side_of_a_case_the_article_does_not_name_is_unnamed(extract, i):
    side = ("被告公司辩称", "原告方表示", "被告方辩称", "原告公司诉称")[i]
    content = "双方之间不存在劳动关系"
    x = extract(_article(f"临港区人民法院日前对一起工伤赔偿案作出一审判决。{side}，{content}。", i))
    want, = in_script(i, content)
    assert _speaker(x, want) == ("unnamed", None)
    assert not any(m.text.endswith(in_script(i, side[-2:])[0]) for m in x.mentions), [m.text for m in x.mentions]


COURTS = (("临", "港区"), ("滨", "江区"), ("望", "海区"))


@pytest.mark.parametrize("i", range(len(COURTS) * 2))
def test_a_place_the_segmenter_cut_into_a_character_and_a_level_belongs_to_the_court(extract, i):
    first, rest = COURTS[i % len(COURTS)]
    court = f"{first}{rest}人民法院"
    x = extract(_article(f"{court}日前对一起工伤赔偿案作出一审判决。法院认为，双方符合劳动关系的特征。", i))
    name, = in_script(i, court)
    assert any(m.text == name for m in x.mentions), [m.text for m in x.mentions]


DATED = ("10月29日晚间发布三季报", "29日晚间发布公告", "2026年10月29日发布三季报")


@pytest.mark.parametrize("i", range(len(DATED) * 2))
def test_a_date_between_a_company_and_its_announcement_still_shows_a_company(extract, i):
    company = ("海峰科技", "澜川科技")[i % 2]
    x = extract(_article(f"{company}{DATED[i % len(DATED)]}，第三季度实现营业收入48.6亿元。", i))
    name, = in_script(i, company)
    assert any(m.text == name for m in x.mentions), [m.text for m in x.mentions]


HEADERS = (("2026-11-20 来源：新京报\n\n本报记者 {name}", ("韩素云", "林怡萱", "周敏", "卢安澜")),
           ("2026-10-30 来源：{name}", ("证券时报", "第一财经", "新京报", "澎湃新闻")))


@pytest.mark.parametrize("i", range(8))
def test_a_name_of_the_header_is_no_antecedent_in_the_body(extract, i):
    header, names = HEADERS[i // 4]  # a byline's reporter (他), the source line's publisher (公司)
    name, company = names[i % 4], COMPANIES[i % 4]
    text, = in_script(i, f"{company}裁员风波持续发酵\n\n" + header.format(name=name) + "\n\n"
                         f"{company}今年以来业绩持续下滑。他的同事则表示，裁员名单早已确定，但公司迟迟没有公布补偿标准。"
                         f"公司董事长叶长风表示，公司会逐步拓展新客户。\n")
    x = extract(text)
    keys = {m.entity for m in x.mentions if m.text == in_script(i, name)[0]}
    assert keys
    assert all(keys.isdisjoint(c.about) for c in x.claims), [(c.text, c.about) for c in x.claims]


TOPICS = ("这样的价格战", "这场价格战", "这一轮价格战")


@pytest.mark.parametrize("i", range(len(TOPICS) * 2))
def test_a_topic_before_a_question_is_no_claim(extract, i):
    topic = TOPICS[i % len(TOPICS)]
    question = ("难道真的对消费者有利吗", "谁会是最后的赢家")[i % 2]
    x = extract(_article(f"今年已有超过50个品牌宣布降价。{topic}，{question}？", i))
    assert len(x.claims) == 1, [c.text for c in x.claims]


LATIN_PEOPLE = (("CEO", "Daniel Hsu"), ("CTO", "Maria Lopez"), ("CFO", "Kevin Brandt"))


@pytest.mark.parametrize("i", range(len(LATIN_PEOPLE) * 2))
def test_a_latin_title_before_a_latin_name_is_no_part_of_it_and_the_surname_alone_is_the_person(extract, i):
    title, name = LATIN_PEOPLE[i % len(LATIN_PEOPLE)]
    surname = name.split()[1]
    first, then = "公司目前仍处于亏损状态", "公司计划在明年推出企业版"
    x = extract(_article(f"ChatWave创始人兼{title} {name}在接受采访时表示，{first}。{surname}透露，{then}。", i))
    want_first, want_then = in_script(i, first, then)
    assert _speaker(x, want_first) == ("entity", name)
    assert _claim(x, want_first).speaker.key == _claim(x, want_then).speaker.key
    assert not any(m.text.startswith(title) for m in x.mentions), [m.text for m in x.mentions]


LEGAL = (("特斯帕汽车", "上海"), ("澜川科技", "深圳"), ("鹭屿智能", "苏州"))


@pytest.mark.parametrize("i", range(len(LEGAL) * 2))
def test_a_legal_name_with_its_place_and_the_short_name_are_one_company(extract, i):
    name, place = LEGAL[i % len(LEGAL)]
    short = name[:3] if name.startswith("特斯帕") else name[:2]
    opening, closing = (("（", "）"), ("(", ")"))[i % 2]
    content = "将通过远程升级的方式免费升级软件"
    x = extract(_article(f"{short}宣布召回部分电动汽车。{name}{opening}{place}{closing}有限公司将自12月1日起召回部分车辆。"
                         f"{short}方面表示，{content}。", i))
    want, = in_script(i, content)
    claim = _claim(x, want)
    assert claim.speaker.kind == "entity"
    legal = {m.entity for m in x.mentions if m.text.endswith(in_script(i, "有限公司")[0])}
    assert legal == {claim.speaker.key}, ([(m.text, m.entity) for m in x.mentions], claim.speaker)


@pytest.mark.parametrize("i", range(4))
def test_a_body_named_after_its_ministry_stays_a_body_of_its_own(extract, i):
    body = ("经济部商业署", "经济部能源署", "经济部国际贸易署", "经济部产业发展署")[i]
    x = extract(_article(f"{body[:3]}今天公布新方案。{body}表示，补贴将于下月发放。", i))
    parent, child = in_script(i, body[:3], body)
    keys = {m.text: m.entity for m in x.mentions}
    assert parent in keys and child in keys and keys[parent] != keys[child], keys


DATELINES = ("中央社 記者鍾佳玲新竹20日電", "中央社 記者林怡萱台北20日電", "中央社 記者蔡佳穎高雄20日電")


@pytest.mark.parametrize("i", range(len(DATELINES)))
def test_a_wire_s_dateline_after_the_time_names_its_publisher_and_reporter(extract, i):
    line = DATELINES[i]
    x = extract(f"缺工潮延燒 半導體廠祭高薪搶人\n\n2026/11/20 09:15 {line}\n\n台灣半導體業缺工問題持續惡化。\n")
    assert x.article.publisher == "中央社"
    assert x.article.authors == (line[line.index("者") + 1:line.index("者") + 4],)


WORKPLACES = ("竹科一家封測廠人資主管透露", "一家连锁超市的店长说", "某物流公司一名员工透露")


@pytest.mark.parametrize("i", range(len(WORKPLACES)))
def test_gongsi_in_the_words_of_an_unnamed_worker_is_about_no_named_company(extract, i):
    x = extract(_article(f"人力银行的调查显示，职缺数创历史新高。{WORKPLACES[i]}，公司今年已经调薪两次。", i))
    want, = in_script(i, "公司今年已经调薪两次")
    claim = _claim(x, want)
    assert claim.speaker.kind == "unnamed" and claim.about == (), (claim.speaker, claim.about)


@pytest.mark.parametrize("i", range(4))
def test_a_preposition_s_topic_is_no_claim_of_its_own(extract, i):
    frame = ("对于市场传闻", "关于裁员的报道", "针对外界的质疑", "至于具体金额")[i]
    x = extract(_article(f"公司股价连日下跌。{frame}，公司未予置评。", i))
    framed, = in_script(i, frame)
    assert not any(c.text == framed for c in x.claims), [c.text for c in x.claims]


@pytest.mark.parametrize("i", range(4))
def test_an_ascii_period_after_chinese_words_ends_a_sentence(extract, i):
    company = ("Veltra", "Nexora", "Quorix", "Zentra")[i]
    body = (f"加密货币交易所{company}周四宣布,将裁减约20%的员工.这是该公司今年第二次裁员.\n"
            f"{company}首席执行官Marcus Reid表示,用户数量已经下降了三成.")
    x = extract("快讯\n\n" + body + "\n")
    texts = [c.text for c in x.claims]
    assert "这是该公司今年第二次裁员" in texts and "用户数量已经下降了三成" in texts, texts
    assert not any(t.endswith(".") for t in texts), texts


@pytest.mark.parametrize("i", range(4))
def test_a_reckoning_names_no_one(extract, i):
    lead = ("据不完全统计", "据初步统计", "据不完全統計", "据粗略估算")[i]
    x = extract(_article(f"{lead}，今年以来国内人形机器人领域已发生超过80起融资事件。", i))
    assert x.mentions == () or not any(m.rule.startswith("discover") for m in x.mentions), \
        [(m.text, m.rule) for m in x.mentions]


CITIES = (("江", "城市", "教育局"), ("海", "城市", "统计局"), ("云", "城市", "交通运输局"))


@pytest.mark.parametrize("i", range(len(CITIES) * 2))
def test_an_officer_citing_a_survey_still_speaks_for_the_body(extract, i):
    first, city, body = CITIES[i % len(CITIES)]
    name = first + city + body
    content = "全市超过六成的初中生每天睡眠不足8小时"
    x = extract(_article(f"近日，{name}发布通知，要求学校推迟到校时间。{name}相关负责人表示，调查显示，{content}。", i))
    want, name = in_script(i, content, name)
    claim = next((c for c in x.claims if c.text.endswith(want)), None)
    assert claim is not None and claim.speaker.kind == "entity", [(c.text, c.speaker) for c in x.claims]
    assert any(m.text == name and m.entity == claim.speaker.key for m in x.mentions), [m.text for m in x.mentions]


@pytest.mark.parametrize("i", range(3))
def test_a_common_latin_word_before_a_name_is_no_part_of_it(extract, i):
    lead = ("Crypto exchange Veltra", "Cloud provider Nexora", "AI startup Quorix")[i]
    x = extract(f"{lead} to cut 20% of staff\n\n{lead.split()[-1]}周四宣布,将裁减约20%的员工。\n")
    assert not any(m.text.split()[0].islower() for m in x.mentions if " " in m.text), [m.text for m in x.mentions]


RIVALS = (("恒锂能源", "川沃储能"), ("澜川科技", "汀岚数据"), ("鹭屿智能", "青岚动力"))
DENIALS = ("毫无事实依据", "毫无根据", "纯属捏造", "与事实不符")


@pytest.mark.parametrize("i", range(len(RIVALS) * len(DENIALS)))
def test_a_denial_of_the_accuser_s_statement_disputes_the_accusation(extract, lexicon, i):
    (accuser, accused), denial = nth_case(i, RIVALS, DENIALS)
    accusation = f"{accused}的产品在结构设计上与其专利技术高度相似"
    body = (f"{accuser}发布声明，指控{accused}侵犯其专利。{accuser}在声明中称，{accusation}，公司将坚决维护自身权益。"
            f"对此，{accused}当晚回应称，{accuser}的指控{denial}。{accused}还表示，不排除对{accuser}提起反诉。")
    x = extract(_article(body, i))
    found = relation_triples(x, lexicon)
    denied, said = in_script(i, f"{accuser}的指控{denial}", accusation)
    assert (denied, RelationType.DISPUTES.value, said) in found, found
    countersuit, = in_script(i, f"不排除对{accuser}提起反诉")
    assert not any(s == countersuit and kind == RelationType.DISPUTES.value for s, kind, _ in found), found


RESULTS = ("周三公布的第三季度业绩显示", "公布的上半年业绩显示", "发布的2025年度报告显示", "披露的三季报显示")


@pytest.mark.parametrize("i", range(len(RESULTS) * 2))
def test_a_company_s_published_results_speak_for_it_whatever_period_they_cover(extract, i):
    company = ("星野航空", "澜川科技")[i % 2]
    content = "公司当季净利润为18.6亿元"
    _said_by(extract, i, f"{company}{RESULTS[i % len(RESULTS)]}，{content}。", content, company)


AFTER = ("公布三季报后", "发布财报之后", "宣布裁员以后")


@pytest.mark.parametrize("i", range(len(AFTER) * 2))
def test_a_clause_of_what_was_announced_before_after_is_a_frame_not_words(extract, i):
    company = ("云图半导体", "澜川科技")[i % 2]
    x = extract(_article(f"{company}{AFTER[i % len(AFTER)]}，多家券商上调其目标价。", i))
    assert [c.speaker.kind for c in x.claims] == ["author"], [(c.text, c.speaker) for c in x.claims]
    recalled = extract(_article("这让我想起早年京东还没稳定盈利时，坚持给快递员交五险一金。", i))
    assert all(not c.text.startswith(in_script(i, "这让我想起")[0]) for c in recalled.claims), \
        [c.text for c in recalled.claims]


HOW_FOUND = ("经后台数据核实", "经法院审理", "经初步调查", "經技術人員檢測")


@pytest.mark.parametrize("i", range(len(HOW_FOUND) * 2))
def test_how_a_finding_was_reached_frames_the_finding(extract, i):
    frame, content = HOW_FOUND[i % len(HOW_FOUND)], "事故发生前驾驶员已主动接管车辆"
    x = extract(_article(f"小鹏汽车发布声明称，{frame}，{content}。", i))
    framed, = in_script(i, frame)
    assert not any(c.text == framed for c in x.claims), [c.text for c in x.claims]
    assert len(x.claims) == 1 and x.claims[0].speaker.kind == "entity", [(c.text, c.speaker) for c in x.claims]
