"""Capability cases for the shapes unseen articles bring (round 3): interview labels of
every form, press-conference Q&A, wire and press framing, data sources, unnamed groups,
and clause types read from structure. Same ``Case`` model and variation as ``cases.py``;
every text, name and figure is invented here.
"""

from __future__ import annotations

from claimgraph.models import EntityType

from .cases import AUTHOR, MORE, CONTENTS, ORGS, OUTLETS, PEOPLE, QUOTES, ROLES, SAY, UNNAMED, Case, _pick, spread

# roles that end a gloss or a label (an organisation before them)
TITLES = ("副总裁", "分析师", "创办人", "研究员", "首席执行官", "总监")
FIRMS = ("远星汽车", "中金公司", "蓝湾资本", "恒川科技", "北辰证券", "青禾食品")  # invented, no catalog knows them


def interview_labels() -> list[Case]:
    """A paragraph that opens with a speaker label in any form is that speaker's turn:
    name（organisation + role）：, 【name】, name｜organisation role：, **name**：, and the
    shortened label later; a host's question is no claim."""
    base = []
    for i in range(6):
        name, firm, title = _pick(PEOPLE, i), _pick(FIRMS, i), _pick(TITLES, i)
        host = _pick(PEOPLE, i + 4)
        c1, c2, c3 = _pick(CONTENTS, i), _pick(MORE, i), _pick(CONTENTS, i + 5)
        base.append(Case(text=f"{name}（{firm}{title}）：{c1}。{c2}。",
                         claims=((c1, name), (c2, name))))
        base.append(Case(text=f"【{name}】{c1}。\n\n【{host}】那么{c2}吗？\n\n【{name}】{c3}。",
                         claims=((c1, name), (c3, name)), absent=(c2,)))
        base.append(Case(text=f"{host}｜主持人：你们为什么{c2}？\n\n{name}｜{firm}{title}：{c1}。\n\n"
                              f"{host}：那明年呢？\n\n{name}：{c3}。",
                         claims=((c1, name), (c3, name)), absent=(c2,)))
        base.append(Case(text=f"**{name}**：{c1}。\n\n**主持人**：为什么{c2}？\n\n**{name}**：{c3}。",
                         claims=((c1, name), (c3, name)), absent=(c2,)))
    return spread(base)


def spaced_labels() -> list[Case]:
    """A label that names the role, a space, then the person (嘉宾 赵文（某公司创始人）：,
    主持人 林晓：, after 主持人（林晓）：) is that person's turn; the host's question is no claim."""
    base = []
    for i in range(8):
        name, firm, title = _pick(PEOPLE, i), _pick(FIRMS, i), _pick(TITLES, i)
        host = _pick(PEOPLE, i + 5)
        c1, c2, c3 = _pick(CONTENTS, i), _pick(MORE, i), _pick(CONTENTS, i + 5)
        role = ("嘉宾", "来宾", "受访者", "嘉宾")[i % 4]
        space = (" ", "\u3000")[i % 2]
        opening = f"主持人{space}{host}" if i % 4 < 2 else f"主持人（{host}）"
        turn = f"{opening}：为什么{c2}？\n\n{role}{space}{name}（{firm}{title}）：{c1}。"
        base.append(Case(text=f"{turn}\n\n{host}：那明年呢？\n\n{name}：{c3}。",
                         claims=((c1, name), (c3, name)), absent=(c2,)))
        base.append(Case(text=turn, claims=((c1, name),), absent=(c2,)))  # the guest's one turn
    return spread(base)


def press_conference() -> list[Case]:
    """A press conference in 问：/答： (or Q：/A：) form: every answer is the spokesperson's
    the lead paragraph named (我们 included, whoever the question named); the question's
    assertions go to an unnamed asker, its questions are no claims; a cue inside an answer
    still names its own speaker."""
    labels = (("问", "答"), ("Q", "A"), ("记者", "答"), ("问", "答"))
    base = []
    for i in range(8):
        name, org, other = _pick(PEOPLE, i), _pick(ORGS, i), _pick(PEOPLE, i + 3)
        rival = _pick(ORGS, i + 5)
        c1, c2, c3 = _pick(CONTENTS, i), _pick(MORE, i), _pick(CONTENTS, i + 6)
        q, a = labels[i % 4]
        text = (f"{org}昨天举行例行新闻发布会，新闻发言人{name}回答了记者提问。以下为问答实录：\n\n"
                f"{q}：有报道称{c1}。您怎么看？\n\n"
                f"{a}：{c2}。我们认为{c3}。\n\n"
                f"{q}：{rival}{_pick(ROLES, i)}{other}上周说了什么？\n\n"
                f"{a}：总体上{rival}是欢迎的。我们会继续加强沟通。")
        base.append(Case(text=text, claims=((c1, UNNAMED), (c2, name), (c3, name), (f"总体上{rival}是欢迎的", name),
                                            ("我们会继续加强沟通", name)), absent=("您怎么看",)))
    return spread(base)


def press_framing() -> list[Case]:
    """A spokesperson at a briefing, continued over later paragraphs without a subject;
    named again by surname + role with 指出 / 强调 / 回应称; an outlet first (据路透社报道)
    speaks unless it names a source; a narrative sentence with its own subject stops it."""
    cues = ("指出", "强调", "回应称", "进一步表示")
    base = []
    for i in range(8):
        name, org = _pick(PEOPLE, i), _pick(ORGS, i)
        c1, c2, c3 = _pick(CONTENTS, i), _pick(MORE, i), _pick(CONTENTS, i + 4)
        outlet = _pick(OUTLETS, i)
        base.append(Case(text=f"{org}新闻发言人{name}在例行记者会上表示，{c1}。\n\n{c2}。\n\n"
                              f"{name[0]}发言人{cues[i % 4]}，{c3}。",
                         claims=((c1, name), (c2, name), (c3, name))))
        base.append(Case(text=f"据{outlet}报道，{c1}。", claims=((c1, outlet),)))
        base.append(Case(text=f"{_pick(ROLES, i)}{name}表示，{c1}。\n\n{org}上周已经发布了年报。",
                         claims=((c1, name), (f"{org}上周已经发布了年报", AUTHOR))))
    return spread(base)


def data_sources() -> list[Case]:
    """X数据显示 / X报告显示 / 据X统计: the organisation whose data it is speaks the figures."""
    frames = ("{o}数据显示，", "{o}发布的报告显示，", "据{o}统计，", "{o}的最新报告显示，")
    base = []
    for i in range(8):
        org = _pick(ORGS, i)
        n, m = 20 + 7 * i, 3 + i
        content = f"今年一季度出货量同比增长{n}%"
        base.append(Case(text=frames[i % 4].format(o=org) + content + "。", claims=((content, org),),
                         types=((content, "statistic"),)))
        base.append(Case(text=f"{frames[(i + 1) % 4].format(o=org)}行业库存下降了{m}个百分点。",
                         claims=((f"行业库存下降了{m}个百分点", org),)))
    return spread(base)


def unnamed_groups() -> list[Case]:
    """有 / 也有 / 另有 + a group or an analysis + a cue: an unnamed source, not an entity."""
    groups = ("有一些中小企业反映", "也有早期用户反映", "另有分析指出", "有业内人士担心", "有投资者抱怨",
              "也有部分经销商表示", "有车企担心", "另有券商分析师认为")
    base = []
    for i, g in enumerate(groups):
        c = _pick(CONTENTS, i)
        base.append(Case(text=f"{g}，{c}。", claims=((c, UNNAMED),)))
        base.append(Case(text=f"{_pick(ORGS, i)}的新品上周开售。{g}，{c}。", claims=((c, UNNAMED),)))
    return spread(base)


def clause_types() -> list[Case]:
    """Type from the clause's structure: a figure with its unit as the predicate is a
    statistic, a modal or future marker a prediction, an evaluative predicate an opinion,
    else a fact; a speaker's figure stays a statistic."""
    base = []
    for i in range(4):
        org, name, n = _pick(ORGS, i), _pick(PEOPLE, i), 12 + 9 * i
        base += [
            Case(text=f"{org}第二季度营收为{n}亿元。", types=((f"{org}第二季度营收为{n}亿元", "statistic"),)),
            Case(text=f"{org}的市场份额从去年的{n}%降至{n - 5}%。",
                 types=((f"{org}的市场份额从去年的{n}%降至{n - 5}%", "statistic"),)),
            Case(text=f"{org}预计明年营收将增长{n}%。", types=((f"明年营收将增长{n}%", "prediction"),)),
            Case(text=f"{org}下个月将推出新款平板电脑。", types=((f"{org}下个月将推出新款平板电脑", "prediction"),)),
            Case(text=f"{org}的新品定价过高。", types=((f"{org}的新品定价过高", "opinion"),)),
            Case(text=f"{org}上周在上海开设了新门店。", types=((f"{org}上周在上海开设了新门店", "fact"),)),
            Case(text=f"分析师{name}表示，{org}的管理层非常务实。", types=((f"{org}的管理层非常务实", "opinion"),)),
            Case(text=f"分析师{name}表示，{org}去年研发投入达{n}亿元。",
                 types=((f"{org}去年研发投入达{n}亿元", "statistic"),)),
            Case(text=f"{org}已经与三家银行签署了合作协议。", types=((f"{org}已经与三家银行签署了合作协议", "fact"),)),
            Case(text=f"{org}可能会在年底前裁员。", types=((f"{org}可能会在年底前裁员", "prediction"),)),
        ]
    return spread(base, 40)


def titled_speakers() -> list[Case]:
    """A person named by title alone (a caucus whip, a committee's convener) speaks as a
    discovered person; a vice minister's name after the title is read too."""
    bodies = ("青年党团总召", "经济委员会召委", "民生党团总召", "财政委员会召集人")
    base = []
    for i in range(8):
        title, c1 = bodies[i % 4], _pick(CONTENTS, i)
        name, c2 = _pick(PEOPLE, i), _pick(MORE, i)
        base.append(Case(text=f"不过，{title}质疑，{c1}。", claims=((c1, title),),
                         entities=((title, EntityType.PERSON),)))
        base.append(Case(text=f"对此，财政部次长{name}回应，{c2}。", claims=((c2, name),),
                         entities=((name, EntityType.PERSON),)))
    return spread(base)


def refused_statements() -> list[Case]:
    """A telling refused or not made (拒绝透露, 并未说明, 没有透露) is the article's narration,
    not the speaker's words; what the refuser does say after 但 is theirs, a refusal
    quoted as the reply (回复称「不予置评」) stays the replier's, and another's silence told
    by a speaker (分析师指出，某公司迟迟未公布……) is the speaker's claim."""
    refusals = ("拒绝透露", "并未说明", "没有透露", "不愿透露", "未予说明", "拒绝透露")
    things = ("投资金额", "裁员原因", "收购价格", "具体细节", "客户名单", "新品定价")
    base = []
    for i in range(6):
        name, org = _pick(PEOPLE, i), _pick(ORGS, i)
        c1, c2 = _pick(CONTENTS, i), _pick(MORE, i)
        refusal, thing = refusals[i], things[i]
        base.append(Case(text=f"{name}表示，{c1}，但他{refusal}{thing}。",
                         claims=((c1, name), (f"但他{refusal}{thing}", AUTHOR))))
        base.append(Case(text=f"{org}{refusal}{thing}，但表示{c2}。",
                         claims=((f"{org}{refusal}{thing}", AUTHOR), (c2, org))))
        base.append(Case(text=f"{org}发言人回复称：“{refusal}{thing}。”", claims=((f"{refusal}{thing}", org),)))
        silence = ("迟迟未公布", "始终没有说明", "一直不愿透露")[i % 3]
        base.append(Case(text=f"{name}指出，{org}{silence}{thing}。", claims=((f"{org}{silence}{thing}", name),)))
    return spread(base)


def offices_of_bodies() -> list[Case]:
    """An office named with its body and no name (财政司司长在网志上写道, 美国总统表示,
    某党立委质疑) is a person by title who speaks, the body part of the title."""
    offices = (("财政司", "司长"), ("美国", "总统"), ("日本", "首相"), ("青年党", "立委"), ("民生党", "议员"),
               ("星澜市", "市长"), ("保安局", "局长"), ("加拿大", "总理"))
    frames = ("在网志上写道", "表示", "质疑", "回应说")
    base = []
    for i, (body, office) in enumerate(offices):
        c1 = _pick(CONTENTS, i)
        base.append(Case(text=f"{body}{office}{frames[i % 4]}，{c1}。", claims=((c1, f"{body}{office}"),)))
    return spread(base)


def whips_of_known_parties() -> list[Case]:
    """The whip of a party the catalog knows is a person too, not the party; a company's
    officer named by title alone still speaks for the company (腾讯总裁回应)."""
    base = []
    for i, party in enumerate(("民进党", "国民党") * 4):
        c1, c2, org = _pick(CONTENTS, i), _pick(MORE, i), _pick(ORGS, i)
        base.append(Case(text=f"不过，{party}团总召质疑，{c1}。", claims=((c1, f"{party}团总召"),),
                         entities=((f"{party}团总召", EntityType.PERSON),)))
        base.append(Case(text=f"对此，{org}总裁回应称，{c2}。", claims=((c2, org),)))
    return spread(base)


def linked_sources() -> list[Case]:
    """A source clause opened by an adverb or connective the segmenter glues to 据 (另据,
    而据, 并据) reads as 据 alone: the outlet, the unnamed source, 据悉 / 据了解."""
    links = ("另", "而", "但", "并", "且", "此外")
    base = []
    for i, link in enumerate(links):
        outlet, c1, c2, c3 = _pick(OUTLETS, i), _pick(CONTENTS, i), _pick(MORE, i), _pick(CONTENTS, i + 5)
        base.append(Case(text=f"{link}据{outlet}报道，{c1}。", claims=((c1, outlet),)))
        base.append(Case(text=f"{link}据知情人士透露，{c2}。该人士说，{c3}。",
                         claims=((c2, UNNAMED), (c3, UNNAMED)), same_speaker=((c2, c3),)))
        base.append(Case(text=f"{link}据了解，{c3}。", claims=((c3, UNNAMED),)))
    return spread(base)


INVESTORS = ("澄湖产投", "北冥创投", "启曜资本", "嘉木科创", "星禾资管", "云岫投资", "青岚基金", "鹿鸣资本")
PRODUCTS = (("新款手机", "星耀15", ""), ("新车型", "远航S9", ""), ("", "灵犀", "大模型"), ("", "天璇", "智驾系统"),
            ("新款耳机", "声岚Pro", ""), ("", "幻海纪元", "手游"), ("旗舰芯片", "曜石X2", ""), ("", "澜图", "操作系统"))


def honoured_people() -> list[Case]:
    """People the article names by surname and honorific (陈小姐(化名), 黄先生) or by a
    familiar name (阿杰), after a kind of person (求职者, 用户): persons who speak, and a
    quotation before its cue (「……」她说) is theirs."""
    people = ("陈小姐", "黄先生", "林女士", "周太太", "阿杰", "阿明", "郑先生", "许小姐", "何太", "梁太")
    kinds = ("求职者", "老用户", "受访者", "店主")
    base = []
    for i, who in enumerate(people):
        c1, c2 = _pick(CONTENTS, i), _pick(MORE, i)
        gloss = "(化名)" if i % 2 else ""
        pronoun = "他" if who.endswith("先生") else "她"  # (a 她 stands for no 先生)
        base.append(Case(text=f"另一名{kinds[i % 4]}{who}{gloss}则表示，{c1}。「{c2}。」{pronoun}说。",
                         claims=((c1, who), (c2, who)), entities=((who, EntityType.PERSON),)))
    return spread(base)


def bodies_spokespeople() -> list[Case]:
    """A spokesperson of a body no catalog knows, with no name of their own (某某公署发言人
    回复查询时表示): the body, discovered by its head, speaks."""
    bodies = ("星澜专员公署", "青禾管理局", "星澜产业联盟", "北辰行业协会", "鹿鸣基金会", "远川监管局",
              "云岫委员会", "汀兰研究院")
    frames = ("回复查询时表示", "表示", "在声明中称", "回应说")
    base = []
    for i, body in enumerate(bodies):
        c1 = _pick(CONTENTS, i)
        base.append(Case(text=f"{body}发言人{frames[i % 4]}，{c1}。", claims=((c1, body),),
                         entities=((body, EntityType.ORGANIZATION),)))
    return spread(base)


def counted_spokespeople() -> list[Case]:
    """An organisation's spokesperson counted after 的 (某某的一名发言人, 的一位女发言人)
    speaks for the organisation, known or discovered; its employees stay unnamed."""
    new_orgs = ("星澜集团", "曜石科技", "青禾控股", "北辰能源")
    roles = ("一名发言人", "一位女发言人", "一位发言人", "一名男发言人")
    base = []
    for i in range(8):
        org = _pick(ORGS, i) if i % 2 else new_orgs[i // 2]
        c1, c2 = _pick(CONTENTS, i), _pick(MORE, i)
        base.append(Case(text=f"{org}的{roles[i % 4]}在电子邮件中说，{c1}。", claims=((c1, org),)))
        base.append(Case(text=f"{_pick(ORGS, i + 3)}的一名员工透露，{c2}。", claims=((c2, UNNAMED),)))
    return spread(base)


def interview_clauses() -> list[Case]:
    """A person who speaks while being interviewed (某某接受本报访问时指, 接受查询时则说): the
    clause between the name and the cue is left out, however the segmenter glued the cue
    to 时. (A bare two-character name is typed an organisation, as 花旗 would be: only a
    three-character one after a surname reads as a person.)"""
    frames = ("接受本报访问时", "接受{o}采访时", "接受查询时", "在接受{o}专访时")
    cues = ("指", "说", "称", "则说", "表示", "也说")
    base = []
    for i in range(8):
        name, outlet, c1 = _pick(PEOPLE, i + 3), _pick(OUTLETS, i), _pick(CONTENTS, i)
        frame = frames[i % 4].format(o=outlet)
        base.append(Case(text=f"{name}{frame}{cues[i % 6]}，{c1}。", claims=((c1, name),),
                         absent=(f"{frame}{cues[i % 6]}",)))
    return spread(base)


def association_officers() -> list[Case]:
    """What stands before an association officer's title (秘书长, 副会长) is the body, an
    organisation, and the person after it speaks."""
    bodies = ("中汽协", "中电协", "中钢协", "中物联", "中纺联", "中建协", "中乳协", "中药协")
    titles = ("秘书长", "副秘书长", "副会长", "常务副会长")
    base = []
    for i, body in enumerate(bodies):
        name, c1 = _pick(PEOPLE, i), _pick(CONTENTS, i)
        base.append(Case(text=f"{body}{titles[i % 4]}{name}表示，{c1}。", claims=((c1, name),),
                         entities=((body, EntityType.ORGANIZATION), (name, EntityType.PERSON))))
    return spread(base)


def funding_investors() -> list[Case]:
    """The names listed right before a verb of taking part in a round (领投, 跟投, 参投) are
    organisations, whatever their heads; a word for the kind of investor (老股东) is not
    part of the name after it."""
    base = []
    for i in range(8):
        lead, a, b = INVESTORS[i], INVESTORS[(i + 3) % 8], INVESTORS[(i + 5) % 8]
        org, n = _pick(ORGS, i), 5 + i
        base.append(Case(text=f"{org}旗下子公司完成{n}亿元融资，由{lead}领投，{a}、{b}跟投。",
                         entities=((lead, EntityType.ORGANIZATION), (a, EntityType.ORGANIZATION),
                                   (b, EntityType.ORGANIZATION))))
        base.append(Case(text=f"公司获得了{lead}领投的{n}亿元融资，老股东{a}继续参投。",
                         entities=((lead, EntityType.ORGANIZATION), (a, EntityType.ORGANIZATION))))
    return spread(base)


def quoted_products() -> list[Case]:
    """A short quoted name right after or right before the noun of a product (新款手机“某某”,
    “某某”大模型) is that product, in every quotation style."""
    base = []
    for i, (before, name, after) in enumerate(PRODUCTS):
        org = _pick(ORGS, i)
        for left, right in (("“", "”"), ("「", "」")):
            base.append(Case(text=f"{org}昨天发布了{before}{left}{name}{right}{after}，售价{1999 + i * 100}元。",
                             entities=((name, EntityType.PRODUCT),)))
    return spread(base)


def asides() -> list[Case]:
    """A sentence adverb built on a verb of saying (老实说, 说实话, 坦白讲) is no speaker
    and no cue: the words carry on as the speaker's, or stay the article's."""
    words = ("老实说", "说实话", "坦白讲", "简单来说", "说真的", "老实讲")
    base = []
    for i in range(6):
        aside, name, role = words[i], _pick(PEOPLE, i), _pick(ROLES, i)
        c1, c2 = _pick(CONTENTS, i), _pick(MORE, i)
        base.append(Case(text=f"{role}{name}表示，{c1}。{aside}，{c2}。",
                         claims=((c1, name), (f"{aside}，{c2}", name))))
        base.append(Case(text=f"{aside}，{c2}。", claims=((f"{aside}，{c2}", AUTHOR),)))
    return spread(base)


def conditional_advice() -> list[Case]:
    """A condition with a modal of obligation is advice, an opinion (若……,更该……); with a
    future marker it stays a forecast (如果……,……会……); 换句话说 reads what came before."""
    conds = ("如果需求继续放缓", "若价格战持续", "假如监管趋严", "一旦成本上升")
    modals = ("应该", "必须", "更该", "应当")
    acts = ("先削减库存", "加快海外布局", "提高研发投入", "调整定价策略")
    base = []
    for i in range(8):
        org, cond, modal, act = _pick(ORGS, i), conds[i % 4], modals[(i + 1) % 4], acts[(i + 2) % 4]
        advice = f"{cond}，{org}{modal}{act}"
        forecast = f"{cond}，{org}的利润会继续下滑"
        base.append(Case(text=f"{advice}。", types=((advice, "opinion"),)))
        base.append(Case(text=f"{forecast}。", types=((forecast, "prediction"),)))
        base.append(Case(text=f"{org}去年没有盈利。换句话说，{org}仍在烧钱。",
                         types=((f"换句话说，{org}仍在烧钱", "opinion"),)))
    return spread(base)


# full names the segmenter's dictionary lacks, whose last character its HMM glues to a
# preposition or a verb after them (郑家|豪在)
UNKNOWN_NAMES = ("郑家豪", "林慧珊", "邱俊霖", "蔡雅筑", "叶柏宏", "骆思妤", "卓冠廷", "潘咏琪")
PLACES_SAID = ("在发布会上表示", "称", "在记者会上指出", "在声明中说", "向记者透露", "在论坛上认为")


def glued_names() -> list[Case]:
    """A person after a role whose name jieba cuts apart and glues to the preposition or
    verb after it (创办人郑家豪在发布会上表示: 郑家|豪在) is read whole and speaks."""
    base = []
    for i, name in enumerate(UNKNOWN_NAMES):
        role, c1 = _pick(ROLES + TITLES, i), _pick(CONTENTS, i)
        for k in range(3):
            said = _pick(PLACES_SAID, i, k)
            base.append(Case(text=f"{role}{name}{said}，{_pick(CONTENTS, i, k)}。",
                             claims=((_pick(CONTENTS, i, k), name),), entities=((name, EntityType.PERSON),)))
    return spread(base)


def honorific_references() -> list[Case]:
    """A person named in full and later by surname and honorific (郑家豪 … 郑先生又指) is one
    person: the later words are theirs; where two people of that surname came before, the
    honorific stays a person of its own."""
    honorifics = ("先生", "女士", "小姐", "先生")
    base = []
    for i, name in enumerate((*UNKNOWN_NAMES, *PEOPLE[:4])):
        who = name[0] + honorifics[i % 4]
        c1, c2 = _pick(CONTENTS, i), _pick(MORE, i)
        base.append(Case(text=f"{_pick(ROLES, i)}{name}表示，{c1}。\n\n{who}又指，{c2}。",
                         claims=((c1, name), (c2, name))))
        other = name[0] + ("志远", "美华", "国栋", "淑芬")[i % 4]
        if i % 3 == 0:
            base.append(Case(text=f"{_pick(ROLES, i)}{name}表示，{c1}。{_pick(ROLES, i + 1)}{other}认为，"
                                  f"{_pick(CONTENTS, i + 1)}。\n\n{who}则称，{c2}。",
                             claims=((c1, name), (c2, who))))
    return spread(base)


def role_anaphors() -> list[Case]:
    """这名官员, 该发言人: a role named with a determiner refers back to whoever the last
    speaker phrase with that role named (某部官员表示 -> the ministry), even when another
    person spoke in between."""
    anaphors = (("官员", "这名官员"), ("发言人", "该发言人"), ("官员", "这位官员"), ("发言人", "这位发言人"))
    bodies = ("经济部", "北辰能源", "交通部", "星澜集团")
    base = []
    for i in range(8):
        role, anaphor = anaphors[i % 4]
        body, person = bodies[i % 4], _pick(PEOPLE, i)
        c1, c2, c3 = _pick(CONTENTS, i), _pick(MORE, i), _pick(CONTENTS, i + 3)
        base.append(Case(text=f"{body}{role}表示，{c1}。{_pick(ROLES, i)}{person}认为，{c3}。{anaphor}说，{c2}。",
                         claims=((c1, body), (c3, person), (c2, body))))
    return spread(base)


def pronouns_after_unnamed() -> list[Case]:
    """他/她 after an unnamed person spoke (一位高管表示……。在他看来) is that unnamed source,
    not a person named before it; after a named person it stays that person."""
    kinds = ("一位电池企业高管", "一名知情官员", "一位基金经理", "一名行业分析师")
    frames = ("在他看来，", "她还表示，", "他举例说，", "他认为，")
    base = []
    for i in range(8):
        person, role = _pick(PEOPLE, i), _pick(ROLES, i)
        c1, c2, c3 = _pick(CONTENTS, i), _pick(MORE, i), _pick(CONTENTS, i + 4)
        kind, frame = kinds[i % 4], frames[(i + i // 4) % 4]
        base.append(Case(text=f"{role}{person}表示，{c3}。\n\n{kind}对记者表示，{c1}。{frame}{c2}。",
                         claims=((c3, person), (c1, UNNAMED), (c2, UNNAMED)), same_speaker=((c1, c2),)))
        base.append(Case(text=f"{kind}对记者表示，{c1}。{role}{person}认为，{c3}。{frame}{c2}。",
                         claims=((c1, UNNAMED), (c3, person), (c2, person))))
    return spread(base)


def opinion_nouns() -> list[Case]:
    """某某的看法是, 的观点则是, 的判断是: a person's view named by a noun of opinion after 的 is
    that person's claim."""
    nouns = ("的看法是", "的观点是", "的判断是", "的结论是", "的看法则是", "的观点也是")
    base = []
    for i in range(12):
        person, c1 = _pick(PEOPLE, i), _pick(CONTENTS, i)
        lead = f"{_pick(ROLES, i)}{person}" if i % 2 else person
        base.append(Case(text=f"{lead}{nouns[i % 6]}，{c1}。", claims=((c1, person),)))
    return spread(base)


def transliterated_after_titles() -> list[Case]:
    """A foreign name in Chinese characters after a title (贸易部长莫拉莱斯表示), however the
    segmenter cut it (莫拉莱|斯), is read whole and speaks."""
    names = ("莫拉莱斯", "卡瓦略", "桑切斯", "罗德里格斯", "奥利维拉", "彼得罗夫", "贡萨尔维斯", "科瓦尔斯基")
    titles = ("贸易部长", "财政部长", "外交部长", "首席执行官", "总统", "央行行长")
    base = []
    for i, name in enumerate(names):
        for k in range(3):
            c1 = _pick(CONTENTS, i, k)
            base.append(Case(text=f"{_pick(titles, i, k)}{name}{_pick(SAY[:4], i, k)}，{c1}。", claims=((c1, name),)))
    return spread(base)


def local_bodies() -> list[Case]:
    """A local government body named with its level (市统计局, 省教育厅, 区卫健委) is one
    organisation, whole, and speaks through its data or its words."""
    levels, bodies = ("市", "省", "县", "区"), ("统计局", "教育厅", "卫健委", "交通局", "财政局", "商务厅")
    frames = ("数据显示", "表示", "昨日发布数据显示", "在通报中称", "今天发布的数据显示", "指出")
    base = []
    for i in range(12):
        body = levels[i % 4] + bodies[i % 6]
        c1 = _pick(CONTENTS, i)
        base.append(Case(text=f"{body}{frames[(i + i // 6) % 6]}，{c1}。", claims=((c1, body),),
                         entities=((body, EntityType.ORGANIZATION),)))
    return spread(base)


def no_comment() -> list[Case]:
    """A speaker's refusal to comment (表示不予置评, 说对此暂不回应, 回应称对传闻无可奉告) is no
    claim of theirs, with or without a prepositional phrase before it; what they say besides
    still is."""
    refusals = ("不予置评", "暂不回应", "无可奉告", "不予评论", "暂不评论", "不便置评")
    frames = ("表示{r}", "在电邮中表示{r}", "说，对此{r}", "回应称，对有关传闻{r}")
    base = []
    for i in range(12):
        who = _pick(ORGS, i) if i % 2 else _pick(PEOPLE, i)
        r, c1 = refusals[i % 6], _pick(CONTENTS, i)
        said = frames[i % 4].format(r=r)
        base.append(Case(text=f"{who}{said}。", absent=(r,)))
        base.append(Case(text=f"{who}{said}，但强调{c1}。", claims=((c1, who),), absent=(r,)))
    return spread(base)

def offices_of_places() -> list[Case]:
    """A country or a place pointed at (德国, 巴西, 该国, 对方国家) before an office and its
    holder's name (德国经济部长某某说, 该国贸易部长莫拉莱斯表示): the holder speaks."""
    places = ("德国", "巴西", "该国", "对方国家", "日本", "当地", "印度", "法国")
    offices = ("经济部长", "贸易部长", "经济产业大臣", "财政部长", "外交部长", "央行行长", "财相", "议长")
    names = ("王志明", "莫拉莱斯", "林慧珊", "桑切斯", "叶柏宏", "彼得罗夫")
    base = []
    for i in range(12):
        name, c1 = names[i % 6], _pick(CONTENTS, i)
        base.append(Case(text=f"{places[i % 8]}{offices[(i + 3) % 8]}{name}{_pick(SAY[:6], i)}，{c1}。",
                         claims=((c1, name),)))
    return spread(base)


def trailing_cues() -> list[Case]:
    """A cue after its words with no quotation marks (……，王凯说。, ……，他补充道。), as wire
    copy writes it: the words are the speaker's, 我们 among them."""
    firsts = ("我们预计", "我们认为", "我认为", "我们相信")
    trails = ("说", "表示", "补充说", "指出")
    base = []
    for i in range(12):
        person, role = _pick(PEOPLE, i), _pick(ROLES, i)
        c0, c1, c2 = _pick(CONTENTS, i), _pick(CONTENTS, i + 5), _pick(MORE, i)
        base.append(Case(text=f"{role}{person}表示，{c0}。{firsts[i % 4]}{c1}，{person}{trails[i % 4]}。",
                         claims=((c0, person), (c1, person))))
        base.append(Case(text=f"{c1}，{role}{person}{trails[(i + 1) % 4]}。{c2}，他补充道。",
                         claims=((c1, person), (c2, person))))
    return spread(base)


def launched_products() -> list[Case]:
    """A short quoted name right after a launch verb (推出的“灵犀”支持……, 发布了“天璇”。) is
    the product launched; a quoted campaign before its noun (推出“以旧换新”活动) is none."""
    names = ("灵犀", "天璇", "曜石X2", "幻海", "澜图", "声岚Pro")
    verbs = ("推出的", "发布了", "最新发布的", "上线了", "推出", "首发的")
    base = []
    for i in range(12):
        org, name, c1 = _pick(ORGS, i), names[i % 6], _pick(CONTENTS, i)
        verb = verbs[(i + i // 6) % 6]
        q = QUOTES[i % 4]
        base.append(Case(text=f"{org}{verb}{q[0]}{name}{q[1]}支持多种语言。分析师{_pick(PEOPLE, i)}认为，{c1}。",
                         entities=((name, EntityType.PRODUCT),)))
    return spread(base)


def head_anaphors() -> list[Case]:
    """A bare head noun as a subject (法院认为, 交易所表示, 研究院指出) stands for the last
    organisation named before it whose name ends in that noun, even after a person spoke."""
    bodies = (("北辰能源研究院", "研究院"), ("远川大学", "大学"), ("青禾电池研究所", "研究所"),
              ("星澜人工智能学会", "学会"), ("汀兰市统计局", "统计局"), ("鹿鸣光伏行业协会", "协会"))
    base = []
    for i in range(12):
        body, head = bodies[i % 6]
        person, c1, c2 = _pick(PEOPLE, i), _pick(CONTENTS, i), _pick(MORE, i)
        base.append(Case(text=f"{body}昨日公布了调查结果。{_pick(ROLES, i)}{person}表示，{c1}。{head}{_pick(SAY[:4], i)}，{c2}。",
                         claims=((c1, person), (c2, body))))
    return spread(base)


# names no dictionary knows: a surname, then a given name the segmenter has never seen
FRESH_PEOPLE = ("聂文清", "柯嘉言", "庞书远", "骆思彤", "符清源", "童语嫣")


def trailing_attributions() -> list[Case]:
    """A quotation, then its speaker and a cue that closes the sentence with words between
    them (“……”聂文清对记者说。, “……，”某某昨天在会上表示。, ……，某某向本报透露。): the
    quotation is the speaker's, whom no other rule named before."""
    betweens = ("对记者", "昨天在会上", "对本报记者", "在声明中", "向媒体", "则", "也", "在接受采访时")
    verbs = ("说", "表示", "透露", "指出")
    base = []
    for i in range(16):
        person, c1 = FRESH_PEOPLE[i % 6], _pick(CONTENTS, i)
        o, c = QUOTES[i % 4]
        inner = "。" if i % 2 else "，"
        said = f"{person}{betweens[i % 8]}{verbs[(i + i // 8) % 4]}"
        base.append(Case(text=f"{o}{c1}{inner}{c}{said}。", claims=((c1, person),),
                         entities=((person, EntityType.PERSON),)))
        base.append(Case(text=f"{c1}，{said}。", claims=((c1, person),)))
    return spread(base)


def counted_organisations_roles() -> list[Case]:
    """A role of an organisation the article counts but does not name (一家车企的销售负责人,
    两家银行的高管) speaks as an unnamed source, before its words or between the two halves
    of a quotation."""
    kinds = ("一家车企", "两家银行", "一家合资车企", "几家券商", "一家基金公司", "数家电池企业")
    roles = ("的销售负责人", "的高管", "的一位主管", "的研究负责人", "的分析师", "的内部人士")
    base = []
    for i in range(12):
        who = kinds[i % 6] + roles[(i + i // 6) % 6]
        c1, c2 = _pick(CONTENTS, i), _pick(MORE, i)
        o, c = QUOTES[i % 4]
        base.append(Case(text=f"{who}{_pick(SAY[:3], i)}，{c1}。", claims=((c1, UNNAMED),)))
        base.append(Case(text=f"{o}{c1}，{c}{who}对本报记者说，{o}{c2}。{c}", claims=((c1, UNNAMED), (c2, UNNAMED))))
    return spread(base)


def adverbs_after_names() -> list[Case]:
    """A name no dictionary knows after an apposition, a modifier or a title (来自某某证券的聂文清,
    另一位分析师、某某, 教授某某), then 则/也/还 or an adverb that is a surname too (曾撰文) and
    a cue: the name speaks, and the adverb starts no second name."""
    leads = ("来自北辰证券的", "另一位分析师、", "蓝湾资本的", "", "教授", "研究员")
    glue = ("则", "也", "还", "则", "曾撰文", "也曾")
    base = []
    for i in range(12):
        person, c1 = FRESH_PEOPLE[i % 6], _pick(CONTENTS, i)
        base.append(Case(text=f"{leads[i % 6]}{person}{glue[(i + i // 6) % 6]}{_pick(SAY[:3], i)}，{c1}。",
                         claims=((c1, person),), entities=((person, EntityType.PERSON),)))
    return spread(base)


def anonymous_sources() -> list[Case]:
    """A source whose anonymity a verb of telling describes (一名不愿透露姓名的银行界人士认为,
    要求不具名的官员说): the source speaks; the refusal is part of its name, not a statement
    withheld. A refusal of a thing (某公司未透露具体的金额) stays the article's narration."""
    modifiers = ("不愿透露姓名的", "不愿透露身份的", "要求不具名的", "不愿具名的", "拒绝透露姓名的", "不愿公开身份的")
    heads = ("银行界人士", "官员", "知情人士", "业内人士", "高管", "消息人士")
    base = []
    for i in range(12):
        who = ("一名", "一位", "多位", "另一名")[i % 4] + modifiers[i % 6] + heads[(i + i // 6) % 6]
        c1, c2 = _pick(CONTENTS, i), _pick(MORE, i)
        base.append(Case(text=f"{who}{_pick(SAY[:3], i)}，{c1}。", claims=((c1, UNNAMED),)))
        withheld = f"{_pick(ORGS, i)}未透露具体的收购金额"  # the article's narration
        base.append(Case(text=f"{withheld}。{who}透露，{c2}。", claims=((withheld, AUTHOR), (c2, UNNAMED))))
    return spread(base)


def clauses_of_time() -> list[Case]:
    """A clause of time between a speaker and the cue, however it opens (发言人其后回应查询时
    重申, 某某出席论坛后表示, 某某在回答提问时说): the speaker speaks."""
    clauses = ("其后回应查询时", "出席论坛后", "在回答提问时", "昨日接受访问时", "会见投资者期间", "视察工厂之后")
    base = []
    for i in range(12):
        c1 = _pick(CONTENTS, i)
        if i % 2:
            who, key = f"{_pick(ROLES, i)}{FRESH_PEOPLE[i % 6]}", FRESH_PEOPLE[i % 6]
        else:
            who, key = f"{_pick(ORGS, i)}发言人", _pick(ORGS, i)
        base.append(Case(text=f"{who}{clauses[i % 6]}{_pick(SAY[:3], i)}，{c1}。", claims=((c1, key),)))
    return spread(base)


def companies_by_what_they_own() -> list[Case]:
    """A name no dictionary knows, then a trade word, then what a company has or publishes
    (某某半导体的股价, 某某咨询的最新预测, 某某医药今年营收): a company, found and typed as an
    organisation, whether or not anyone speaks (common nouns before a trade word:
    tests/test_owned_not_companies.py)."""
    names = ("澜芯", "宸拓", "朔禾", "翎川", "沐垣", "烁源")
    trades = ("半导体", "咨询", "科技", "物流", "医药", "能源")
    owned = ("的股价", "的团队", "今年营收", "的最新预测", "的财报", "的估值")
    tails = ("上涨了两成", "很扎实", "增长了三成", "相对乐观", "好于预期", "已经翻倍")
    base = []
    for i in range(12):
        company = names[i % 6] + trades[(i + i // 6) % 6]
        k = (i + 2 * (i // 6)) % 6
        base.append(Case(text=f"{company}{owned[k]}{tails[k]}。", entities=((company, EntityType.ORGANIZATION),)))
    return spread(base)


# companies no catalog knows, named by a word no dictionary knows and a generic head
FRESH_GROUPS = ("星澜集团", "朔禾集团", "翎川控股", "沐垣集团", "宸拓控股", "烁源集团")


def groups_and_their_documents() -> list[Case]:
    """A group no catalog knows (某某集团, 某某控股) speaks through a prepositional phrase
    (在财报中称, 通过官方微信公众号回应称, 透过发言人表示) and through its document (某某集团的
    公告显示): the group is an organisation and the speaker."""
    frames = ("在财报中称", "通过官方微信公众号回应称", "透过发言人表示", "的公告显示", "在其官方微博上发文称", "的年报显示")
    base = []
    for i in range(12):
        group, c1 = FRESH_GROUPS[i % 6], _pick(CONTENTS, i)
        base.append(Case(text=f"{group}{frames[(i + i // 6) % 6]}，{c1}。", claims=((c1, group),),
                         entities=((group, EntityType.ORGANIZATION),)))
    return spread(base)


def in_ones_view() -> list[Case]:
    """在某某看来, (in X's view): X speaks, a name no dictionary knows included."""
    base = []
    for i in range(12):
        person, c1 = FRESH_PEOPLE[i % 6], _pick(CONTENTS, i)
        lead = f"{_pick(ROLES, i)}{person}" if i % 3 == 0 else person
        base.append(Case(text=f"在{lead}看来，{c1}。", claims=((c1, person),), entities=((person, EntityType.PERSON),)))
    return spread(base)


def glossed_foreign_names() -> list[Case]:
    """A foreign name in Chinese characters glossed in Latin letters, diacritics included
    (会长穆勒（Hildegard Müller）则警告, 部长桑切斯（José Sánchez）表示): one person, who speaks,
    and whose gloss is no second entity."""
    people = (("穆勒", "Hildegard Müller"), ("桑切斯", "José Sánchez"), ("科瓦尔斯基", "Łukasz Kowalski"),
              ("奥利维拉", "João Oliveira"), ("勒菲弗", "Amélie Lefèvre"), ("彼得森", "Søren Petersen"))
    titles = ("会长", "部长", "执行长", "发言人", "主席", "总监")
    base = []
    for i in range(12):
        (name, gloss), c1 = people[i % 6], _pick(CONTENTS, i)
        base.append(Case(text=f"{titles[(i + i // 6) % 6]}{name}（{gloss}）{('则', '')[i % 2]}{_pick(SAY[:3], i)}，{c1}。",
                         claims=((c1, name),), entities=((name, EntityType.PERSON),)))
    return spread(base)


def data_inside_quotations() -> list[Case]:
    """Data a speaker cites inside their own quotation (某某说:“调查显示,……”) are the
    speaker's words, not a document's."""
    leads = ("调查显示", "数据显示", "研究发现", "报告指出")
    base = []
    for i in range(12):
        person, c1 = _pick(PEOPLE, i), _pick(CONTENTS, i)
        o, c = QUOTES[i % 4]
        lead = leads[(i + i // 4) % 4]
        base.append(Case(text=f"{_pick(ROLES, i)}{person}在记者会上说：{o}{lead}，{c1}。{c}",
                         claims=((f"{lead}，{c1}", person),)))
    return spread(base)


def unnamed_spokespeople_transcripts() -> list[Case]:
    """A Q&A whose title names the respondent by role only (某部发言人就……答记者问) and whose
    answers are labelled 答：: every answer is that body's, 我们 included; what the asker
    asserts goes to the unnamed asker."""
    bodies = ("商务部", "外交部", "国防部", "教育部")
    topics = ("出口管制", "芯片关税", "稀土出口", "留学签证")
    base = []
    for i in range(8):
        body, topic = bodies[i % 4], topics[(i + i // 4) % 4]
        c1, c2, c3 = _pick(CONTENTS, i), _pick(MORE, i), _pick(CONTENTS, i + 6)
        text = (f"{body}发言人就{topic}问题答记者问\n\n问：有报道称{c1}。对此有何回应？\n\n"
                f"答：{c2}。我们认为{c3}。")
        base.append(Case(text=text, claims=((c1, UNNAMED), (c2, body), (c3, body)), absent=("对此有何回应",)))
    return spread(base)


def parties_addressed() -> list[Case]:
    """向日方提出, 向对方表示: the side addressed after 向 is no person surnamed 向."""
    parties = ("日方", "美方", "对方", "双方", "日方", "各方")
    base = []
    for i in range(12):
        body, c1 = ("外交部", "商务部", _pick(ORGS, i))[i % 3], _pick(CONTENTS, i)
        base.append(Case(text=f"{body}已向{parties[i % 6]}表示，{c1}。", claims=((c1, body),)))
    return spread(base)


def heads_of_workplaces() -> list[Case]:
    """The head of a shop, plant or team named by title and name, familiar names included
    (店长小刘, 厂长老王, 村长聂文清), before or after the quotation, a place's clause between."""
    titles = ("店长", "厂长", "村长", "站长", "队长", "馆长")
    names = ("小刘", "老王", "阿杰", "聂文清", "小陈", "柯嘉言")
    places = ("在北京朝阳区一家中介门店，", "在城郊的一家工厂里，", "")
    base = []
    for i in range(12):
        title, name, c1 = titles[i % 6], names[(i + i // 6) % 6], _pick(CONTENTS, i)
        o, c = QUOTES[i % 4]
        base.append(Case(text=f"{o}{c1}。{c}{places[i % 3]}{title}{name}说。", claims=((c1, name),)))
        base.append(Case(text=f"{title}{name}{_pick(SAY[:3], i)}，{c1}。", claims=((c1, name),)))
    return spread(base)


def place_named_companies() -> list[Case]:
    """A company named after a place and a trade (中原地产, 华南物流), followed by its officer's
    title and name: the company is an organisation, the officer speaks."""
    places = ("中原", "华南", "江南", "西北", "岭南", "华东")
    trades = ("地产", "物流", "证券", "医药", "能源", "电子")
    titles = ("首席分析师", "董事长", "研究总监", "副总裁")
    base = []
    for i in range(12):
        company = places[i % 6] + trades[(i + i // 6) % 6]
        person, c1 = FRESH_PEOPLE[i % 6], _pick(CONTENTS, i)
        base.append(Case(text=f"{company}{titles[i % 4]}{person}{_pick(SAY[:3], i)}，{c1}。", claims=((c1, person),),
                         entities=((company, EntityType.ORGANIZATION), (person, EntityType.PERSON))))
    return spread(base)


def own_forecasts_of_figures() -> list[Case]:
    """A speaker's own forecast of a figure (某某表示,我们预计第四季度营收将在61亿元到64亿元之间;
    “我们预测……”): the speaker's (我们 is theirs, not the article's), and a prediction, not a
    statistic."""
    verbs = ("我们预计", "我们预测", "我们预估", "我们预期")
    ranges = (("61", "64"), ("12", "15"), ("3.5", "4"), ("800", "900"))
    measures = ("第四季度营收", "明年净利润", "全年出货量", "明年销售额")
    base = []
    for i in range(12):
        person, (lo, hi) = _pick(PEOPLE, i), ranges[i % 4]
        figure = f"{measures[(i + i // 4) % 4]}将在{lo}亿元到{hi}亿元之间"
        claim = verbs[i % 4] + figure
        o, c = QUOTES[i % 4]
        said = f"：{o}{claim}。{c}" if i % 2 else f"，{claim}。"  # the inner cue, the speaker's own, is left out
        base.append(Case(text=f"{_pick(ROLES, i)}{person}表示{said}", claims=((figure, person),),
                         types=((figure, "prediction"),)))
    return spread(base)


def documents_through_semicolons() -> list[Case]:
    """A company's document that speaks (财报显示,……) covers the clauses after a semicolon in
    its sentence (……;归母净利润9.2亿元), and no further."""
    base = []
    for i in range(12):
        company = FRESH_GROUPS[i % 6]
        first, second = f"公司当季营收为{50 + i}.6亿元", f"归母净利润{3 + i % 5}.2亿元"
        narration = "受此影响，股价一度上涨8%"
        base.append(Case(text=f"{company}周四发布第三季度财报。财报显示，{first}；{second}。{narration}。",
                         claims=((first, company), (second, company), (narration, AUTHOR))))
    return spread(base)


def courts_and_parties() -> list[Case]:
    """Court news: a court named with its place, level and rank (滨海市中级人民法院) is one
    organisation and speaks through its finding (审理认为, 经审理查明); a party of the suit
    (被告, 原告, 上诉人) argues as an unnamed source (辩称)."""
    places = ("滨海", "汀兰", "澄江", "青禾")
    ranks = ("中级", "高级", "第一中级", "基层")
    findings = ("审理认为", "经审理认为", "审理后认为", "审查认为")
    parties = ("被告", "原告", "上诉人", "被告方")
    base = []
    for i in range(12):
        court = f"{places[i % 4]}市{ranks[(i + i // 4) % 4]}人民法院"
        c1, c2 = _pick(CONTENTS, i), _pick(MORE, i)
        base.append(Case(text=f"{court}{findings[i % 4]}，{c1}。{parties[(i + 1) % 4]}辩称，{c2}。",
                         claims=((c1, court), (c2, UNNAMED)), entities=((court, EntityType.ORGANIZATION),)))
    return spread(base)


def companies_after_bodies() -> list[Case]:
    """公司 / 该公司 after a public body spoke (法院审理认为……。公司表示……) is the company
    named before, not the body; 该部 still the ministry."""
    bodies = ("滨海市中级人民法院审理认为", "经济部表示", "市统计局指出", "交通部认为")
    base = []
    for i in range(12):
        company, c1, c2 = FRESH_GROUPS[i % 6], _pick(CONTENTS, i), _pick(MORE, i)
        anaphor = ("公司", "该公司", "这家公司")[i % 3]
        base.append(Case(text=f"{company}提起上诉。{bodies[i % 4]}，{c1}。对此，{anaphor}表示，{c2}。",
                         claims=((c2, company),)))
    return spread(base)


# -- round 7 ------------------------------------------------------------------------------


def qualified_officers() -> list[Case]:
    """An officer whose role a modifier qualifies (某某协会相关负责人, 某某公司有关负责人,
    某某银行主要负责人) speaks for the organisation, known or discovered; 公司 / 该公司 before
    such a role is the organisation named before; the role alone (相关负责人表示) is unnamed;
    该负责人 later is the same organisation."""
    new_orgs = ("星澜集团", "曜石科技", "青禾控股", "北辰能源", "远川汽车", "蓝湾银行")
    modifiers = ("相关负责人", "有关负责人", "主要负责人", "相关负责人")
    cues = ("表示", "对记者说", "透露", "在接受采访时表示", "告诉记者")
    base = []
    for i in range(12):
        org = _pick(ORGS, i) if i % 3 == 0 else new_orgs[i % len(new_orgs)]
        role, cue = modifiers[i % 4], cues[i % 5]
        c1, c2, c3 = _pick(CONTENTS, i), _pick(MORE, i), _pick(CONTENTS, i + 4)
        base.append(Case(text=f"{org}{role}{cue}，{c1}。该负责人还说，{c2}。", claims=((c1, org), (c2, org))))
        anaphor = ("公司", "该公司")[i % 2]
        base.append(Case(text=f"{org}今年推出了三款新品。{anaphor}{role}{cue}，{c3}。", claims=((c3, org),)))
        base.append(Case(text=f"{role}{cue}，{c2}。", claims=((c2, UNNAMED),)))
    return spread(base)


def reckonings_without_source() -> list[Case]:
    """据统计 / 据不完全统计 / 据初步估算 / 据保守估计, which name no source: the figures are an
    unnamed source's, without the words of the reckoning; a source before the words of how it
    reckoned (据某某不完全统计) is that source."""
    frames = ("据不完全统计", "据初步统计", "据粗略估算", "据保守估计", "据统计", "据最新统计", "据初步估算", "据不完全统计")
    base = []
    for i in range(8):
        n, m = 12 + 5 * i, 3 + i
        content = f"今年已有{n}家企业退出市场"
        base.append(Case(text=f"{frames[i]}，{content}。", claims=((content, UNNAMED),), absent=(frames[i],)))
        org = _pick(ORGS, i)
        more = f"行业损失超过{m}0亿元"
        base.append(Case(text=f"据{org}{('不完全统计', '初步统计', '最新统计', '粗略统计')[i % 4]}，{more}。",
                         claims=((more, org),)))
    return spread(base)


def time_phrases_after_cues() -> list[Case]:
    """A time phrase of its own between the cue and the content (她指出，今年前十个月，……;
    过去三年里, 未来五年内, 2023年至今, 前三季度) opens the speaker's claim; it is no claim of its own."""
    phrases = ("今年前十个月", "过去三年里", "未来五年内", "2023年至今", "前三季度", "近五年来", "今年头两个月",
               "过去十二个月", "上半年以来", "截至今年6月底")
    contents = ("行业平均利润率已从6.2%降至4.5%", "公司研发投入翻了一番", "储能市场规模将突破万亿元",
                "海外收入同比增长35%", "平台用户数已增长两倍", "行业集中度持续提升")
    base = []
    for i in range(10):
        name, say = _pick(PEOPLE, i), ("指出", "表示", "透露", "说", "强调")[i % 5]
        phrase, content = phrases[i], contents[i % len(contents)]
        claim = f"{phrase}，{content}"
        base.append(Case(text=f"{name}{say}，{claim}。", claims=((claim, name),), absent=()))
        base.append(Case(text=f"{_pick(ORGS, i)}发布报告称，{claim}。", claims=((claim, _pick(ORGS, i)),)))
    return spread(base)


def groups_telling_reporters() -> list[Case]:
    """A counted group or a person named by trade that tells the reporter (有餐饮老板向记者
    抱怨, 一位网约车司机对记者说, 餐饮老板王先生向记者坦言) speaks: the one told is no part
    of the speaker, and 向记者 is no person's name."""
    quantifiers = ("有", "一位", "多名", "不少", "也有")
    heads = ("餐饮老板", "老板", "网约车司机", "店主", "商家", "外卖骑手")
    told = ("向记者", "对记者", "向本报记者", "跟记者")
    cues = ("抱怨", "说", "表示", "透露", "坦言")
    names = ("王先生", "李女士", "赵先生", "刘女士")
    base = []
    for i in range(12):
        c1, c2 = _pick(CONTENTS, i), _pick(MORE, i)
        group = quantifiers[i % 5] + heads[i % 6]
        base.append(Case(text=f"{group}{told[i % 4]}{cues[i % 5]}，{c1}。", claims=((c1, UNNAMED),)))
        name = names[i % 4]
        base.append(Case(text=f"{heads[(i + 1) % 6]}{name}{told[(i + 1) % 4]}{cues[(i + 2) % 5]}，{c2}。",
                         claims=((c2, name),)))
    return spread(base)


def companies_judged() -> list[Case]:
    """A company no catalog knows (a word no dictionary knows, then a trade) is found where a
    claim judges it: as the owner of what companies have (某某科技的前景, 的商业模式, 的新车
    定价) or as a preposition's object (对某某电商); a degree adverb before the cue (十分看好)
    is no part of the speaker's name."""
    firms = ("星澜科技", "青禾电商", "曜石半导体", "远川汽车", "翎峰物流", "霁川能源", "岱蓝机器人", "禾川科技")
    owned = ("业绩", "商业模式", "新车定价", "海外业务", "财务状况", "经营状况", "裁员计划", "主营业务")
    judged = ("令人担忧", "难以为继", "缺乏竞争力", "表现亮眼", "风险正在上升", "压力较大", "值得期待", "明显改善")
    base = []
    for i in range(8):
        name, firm, thing, verdict = _pick(PEOPLE, i), firms[i], owned[i], judged[i]
        claim = f"{firm}的{thing}{verdict}"
        base.append(Case(text=f"{name}{_pick(SAY, i)}，{claim}。", claims=((claim, name),),
                         entities=((firm, EntityType.ORGANIZATION),)))
        adverb = ("十分", "非常", "颇为", "相当")[i % 4]
        liked = f"{firms[(i + 3) % 8]}的{owned[(i + 2) % 8]}"
        other = _pick(PEOPLE, i + 5)
        base.append(Case(text=f"{other}{adverb}看好{liked}。", entities=((firms[(i + 3) % 8], EntityType.ORGANIZATION),
                                                                      (other, EntityType.PERSON))))
    return spread(base)


UNSEEN = {
    "companies judged": companies_judged,
    "groups telling reporters": groups_telling_reporters,
    "qualified officers": qualified_officers,
    "reckonings without a source": reckonings_without_source,
    "time phrases after cues": time_phrases_after_cues,
    "companies after bodies": companies_after_bodies,
    "courts and parties": courts_and_parties,
    "own forecasts of figures": own_forecasts_of_figures,
    "documents through semicolons": documents_through_semicolons,
    "place-named companies": place_named_companies,
    "heads of workplaces": heads_of_workplaces,
    "unnamed spokespeople's transcripts": unnamed_spokespeople_transcripts,
    "parties addressed": parties_addressed,
    "glossed foreign names": glossed_foreign_names,
    "data inside quotations": data_inside_quotations,
    "groups and their documents": groups_and_their_documents,
    "in one's view": in_ones_view,
    "companies by what they own": companies_by_what_they_own,
    "anonymous sources": anonymous_sources,
    "clauses of time": clauses_of_time,
    "trailing attributions": trailing_attributions,
    "counted organisations' roles": counted_organisations_roles,
    "adverbs after names": adverbs_after_names,
    "head anaphors": head_anaphors,
    "launched products": launched_products,
    "trailing cues": trailing_cues,
    "offices of places": offices_of_places,
    "no comment": no_comment,
    "local bodies": local_bodies,
    "transliterated names after titles": transliterated_after_titles,
    "opinion nouns": opinion_nouns,
    "pronouns after unnamed sources": pronouns_after_unnamed,
    "role anaphors": role_anaphors,
    "glued names": glued_names,
    "honorific references": honorific_references,
    "conditional advice": conditional_advice,
    "asides": asides,
    "funding investors": funding_investors,
    "association officers": association_officers,
    "interview clauses": interview_clauses,
    "counted spokespeople": counted_spokespeople,
    "spokespeople of bodies": bodies_spokespeople,
    "honoured people": honoured_people,
    "quoted products": quoted_products,
    "linked sources": linked_sources,
    "titled speakers": titled_speakers,
    "whips of known parties": whips_of_known_parties,
    "offices of bodies": offices_of_bodies,
    "refused statements": refused_statements,
    "interview labels": interview_labels,
    "spaced labels": spaced_labels,
    "press conference": press_conference,
    "press framing": press_framing,
    "data sources": data_sources,
    "unnamed groups": unnamed_groups,
    "clause types": clause_types,
}

