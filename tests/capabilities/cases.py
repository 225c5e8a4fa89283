"""Capability cases for the claim stage (the CheckList idea): for each capability, short
articles generated from templates (invented people, the catalog's organisations, numbers,
verbs; simplified and traditional script; full- and half-width punctuation; every
quotation style), each with the claims, speakers and types it must yield.

``CAPABILITIES`` maps a capability's name to a function that returns its cases; the
pytest suite (``test_capabilities.py``) and ``bench/capabilities.py`` both read it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import opencc

from claimgraph.models import ArticleExtraction, EntityType

HEAD = "科技观察\n\n"
AUTHOR, UNNAMED = "@author", "@unnamed"

# invented people (no catalog knows them), the catalog's organisations and outlets
PEOPLE = ("李文涛", "王凯", "陈思远", "刘雅婷", "赵建国", "周晓峰", "孙立平", "吴佳怡", "郑海燕", "黄志强", "林美玲", "许志明")
ROLES = ("分析师", "首席经济学家", "研究总监", "执行长", "董事长", "总经理", "教授", "首席执行官", "策略师", "副总裁")
ORGS = ("英伟达", "苹果", "腾讯", "百度", "小米", "华为", "台积电", "联发科", "高通", "美光", "英特尔", "京东")
OUTLETS = ("路透社", "彭博社", "新华社", "财新")
LATIN_ORGS = ("Bernstein", "Evercore", "Jefferies", "Morningstar", "Needham", "Wedbush")
LATIN_PEOPLE = ("Anna Price", "David Stone", "Laura Chen", "Mark Bell", "Susan Reed", "Peter Wolf")
CONTENTS = ("明年芯片需求将回升", "行业库存仍然偏高", "数据中心业务增长强劲", "价格战难以持续", "手机市场已经触底",
            "云服务利润率正在改善", "出口订单明显放缓", "新产品的竞争力很强", "中小厂商压力最大", "供应链风险仍然存在",
            "汽车芯片需求依然疲弱", "人工智能投资还会增加")
MORE = ("客户的订单排到了明年", "公司会继续扩大产能", "渠道库存已经消化完毕", "毛利率还有提升空间",
        "海外市场的份额正在扩大", "竞争对手的产品迟迟没有上市")
QUOTES = (("“", "”"), ("「", "」"), ("『", "』"), ('"', '"'))
SAY = ("表示", "指出", "认为", "预期", "预计", "透露", "强调", "坦言", "直言", "警告", "质疑", "否认", "补充说",
       "敦促", "看好", "估计", "相信", "称", "说", "回应", "分析称", "提醒")


@dataclass(frozen=True)
class Case:
    """One generated article and what the claim stage must find in it."""

    text: str
    claims: tuple[tuple[str, str], ...] = ()  # (claim text, speaker: entity name, @author or @unnamed)
    absent: tuple[str, ...] = ()  # no claim holds these words
    types: tuple[tuple[str, str], ...] = ()  # (claim text, fact | statistic | opinion | prediction)
    entities: tuple[tuple[str, EntityType], ...] = ()  # speakers no catalog knows, with their type
    same_speaker: tuple[tuple[str, str], ...] = ()  # two claims one speaker (one node, one unnamed source)
    notes: dict = field(default_factory=dict, compare=False)


# -- variation --------------------------------------------------------------------------

_T = opencc.OpenCC("s2t")
_HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")"})


def traditional(text: str) -> str:
    """Character by character (so that an expected string and the article agree)."""
    return "".join(_T.convert(ch) for ch in text)


def nth_case(i: int, *options: Sequence) -> tuple:
    """The ``i``-th combination of ``options`` (itertools.product order)."""
    return list(itertools.product(*options))[i]


def in_script(i: int, *texts: str) -> tuple[str, ...]:
    """``texts`` as they are for an even ``i``, in traditional script for an odd one."""
    return tuple(traditional(t) for t in texts) if i % 2 else texts


def half_width(text: str) -> str:
    return text.translate(_HALF)


def styled(case: Case, script: str, width: str) -> Case:
    """The case in traditional script and / or half-width punctuation."""
    def f(s: str) -> str:
        s = traditional(s) if script == "traditional" else s
        return half_width(s) if width == "half" else s

    return Case(text=f(case.text), claims=tuple((f(t), f(s) if s not in (AUTHOR, UNNAMED) else s) for t, s in case.claims),
                absent=tuple(f(a) for a in case.absent), types=tuple((f(t), k) for t, k in case.types),
                entities=tuple((f(n), k) for n, k in case.entities),
                same_speaker=tuple((f(a), f(b)) for a, b in case.same_speaker))


def spread(base: Sequence[Case], n: int = 24) -> list[Case]:
    """``n`` variants of the base cases, cycling simplified / traditional and full / half width."""
    styles = list(itertools.product(("simplified", "traditional"), ("full", "half")))
    out = []
    for i in range(n):
        case = base[i % len(base)]
        script, width = styles[(i // len(base) + i) % len(styles)]
        out.append(styled(case, script, width))
    return out


def _pick(seq: Sequence[str], i: int, k: int = 1) -> str:
    return seq[(i * 7 + k * 3) % len(seq)]


# -- capabilities -------------------------------------------------------------------------

def cue_verbs() -> list[Case]:
    """A verb of saying, believing, predicting, revealing, denying, urging or evaluating
    after a role and a name: the named person speaks, the cue is left out."""
    base = []
    for i, verb in enumerate(SAY):
        name, role, content = _pick(PEOPLE, i), _pick(ROLES, i, 2), _pick(CONTENTS, i, 3)
        base.append(Case(text=f"{_pick(ORGS, i)}{role}{name}{verb}，{content}。", claims=((content, name),)))
    return spread(base)


def every_cue() -> list[Case]:
    """Every cue word of data/cues.toml that takes a clause (saying, believing, predicting,
    revealing, denying, urging, evaluating), simplified and traditional, after a name:
    the named person speaks the clause after the comma."""
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("claimgraph.data").joinpath("cues.toml").read_text(encoding="utf-8"))
    words: list[str] = []
    for cls in ("say", "believe", "predict", "reveal", "deny", "urge"):
        words += data[cls]["direct"] + data[cls]["comma"]
    words += data["evaluate"]["favor"]["direct"] + data["evaluate"]["against"]["direct"]
    cases = []
    for i, verb in enumerate(dict.fromkeys(words)):
        name, role, content = _pick(PEOPLE, i), _pick(ROLES, i, 2), _pick(CONTENTS, i, 3)
        text = f"{_pick(ORGS, i)}{role}{name}{verb}，{content}。"
        cases.append(Case(text=text, claims=((content, name),)))
    return cases


def speaker_structure() -> list[Case]:
    """Organisation + role + name, adverbs and prepositional phrases before the cue: the
    name at the end of the chain speaks, never the object of 向 / 在."""
    middles = ("", "还", "今天", "在会上", "向记者", "在声明中", "接受采访时", "昨天在论坛上", "对媒体", "进一步")
    base = []
    for i, mid in enumerate(middles):
        name, role, org, content = _pick(PEOPLE, i), _pick(ROLES, i), _pick(ORGS, i, 2), _pick(CONTENTS, i, 4)
        base.append(Case(text=f"{org}{role}{name}{mid}表示，{content}。", claims=((content, name),)))
        other = _pick(PEOPLE, i + 5)
        base.append(Case(text=f"{role}{name}向{_pick(ROLES, i + 1)}{other}喊话，{content}。", claims=((content, name),)))
        base.append(Case(text=f"{org}副总裁、云业务总裁{name}在接受{_pick(OUTLETS, i)}采访时说，{content}。",
                         claims=((content, name),)))
        base.append(Case(text=f"财政部长{name}{mid}强调，{content}。", claims=((content, name),)))
    return spread(base, 30)


def glossed_names() -> list[Case]:
    """A transliterated name glossed in brackets after a role, named again later: one
    discovered person speaks both times."""
    names = ("普莱斯", "斯通", "贝尔", "里德", "沃尔夫", "卡特", "摩尔", "霍华德")
    base = []
    for i, tname in enumerate(names):
        latin, c1, c2 = _pick(LATIN_PEOPLE, i), _pick(CONTENTS, i), _pick(MORE, i)
        base.append(Case(text=f"{_pick(LATIN_ORGS, i)}分析师{tname}（{latin}）指出，{c1}。{tname}更认为，{c2}。",
                         claims=((c1, tname), (c2, tname)), entities=((tname, EntityType.PERSON),),
                         same_speaker=((c1, c2),)))
    return spread(base)


def latin_organisations() -> list[Case]:
    """A Latin-script firm no catalog knows, speaking through a report: an organisation."""
    frames = ("在报告中指出", "发表研究报告称", "在最新报告中认为", "发布报告预计")
    base = []
    for i, firm in enumerate(LATIN_ORGS):
        for k, frame in enumerate(frames[:2]):
            content = _pick(CONTENTS, i + k)
            base.append(Case(text=f"{firm}{frame}，{content}。", claims=((content, firm),),
                             entities=((firm, EntityType.ORGANIZATION),)))
    return spread(base)


def pronouns() -> list[Case]:
    """他 / 她 before a cue stands for the last person named."""
    base = []
    for i in range(8):
        name, role, content = _pick(PEOPLE, i), _pick(ROLES, i), _pick(CONTENTS, i)
        pronoun = "他" if i % 2 else "她"
        base.append(Case(text=f"{role}{name}昨天出席了行业论坛。{pronoun}认为，{content}。", claims=((content, name),)))
    return spread(base)


def joint_statements() -> list[Case]:
    """Two companies announcing together: the article reports it, no one company speaks."""
    joins = ("与", "和", "与", "联合")
    base = []
    for i in range(8):
        a, b, content = _pick(ORGS, i), _pick(ORGS, i + 4), _pick(MORE, i)
        base.append(Case(text=f"{a}{joins[i % 4]}{b}宣布，{content}。", claims=((content, AUTHOR),)))
    return spread(base)


def outlets_and_hearers() -> list[Case]:
    """路透社引述知情人士报道 -> the outlet; X告诉彭博社 -> X, not the outlet; 据X公布 -> X."""
    base = []
    for i in range(6):
        outlet, content, org = _pick(OUTLETS, i), _pick(CONTENTS, i), _pick(ORGS, i)
        name, role = _pick(PEOPLE, i), _pick(ROLES, i)
        base.append(Case(text=f"{outlet}引述知情人士报道，{content}。", claims=((content, outlet),)))
        base.append(Case(text=f"{org}{role}{name}告诉{outlet}，{content}。", claims=((content, name),)))
        base.append(Case(text=f"据{org}公布，{content}。", claims=((content, org),)))
    return spread(base)


def unnamed_sources() -> list[Case]:
    """Unnamed sources, and 该人士 standing for the same one."""
    sources = ("知情人士", "消息人士", "一位不愿具名的官员", "多位业内人士", "接近该公司的人士", "市场人士")
    anaphors = ("该人士", "这位人士", "上述人士", "该人士")
    base = []
    for i, src in enumerate(sources):
        c1, c2 = _pick(CONTENTS, i), _pick(MORE, i)
        base.append(Case(text=f"{src}透露，{c1}。{anaphors[i % 4]}表示，{c2}。",
                         claims=((c1, UNNAMED), (c2, UNNAMED)), same_speaker=((c1, c2),)))
    return spread(base)


def quotation_styles() -> list[Case]:
    """One quotation model for “” 「」 『』 and ASCII quotes: cue before, after, or around a
    split quotation."""
    base = []
    for i, (o, c) in enumerate(QUOTES):
        name, role = _pick(PEOPLE, i), _pick(ROLES, i)
        c1, c2 = _pick(CONTENTS, i), _pick(MORE, i)
        base.append(Case(text=f"{role}{name}表示：{o}{c1}。{c}", claims=((c1, name),)))
        base.append(Case(text=f"{o}{c1}。{c}{role}{name}说。", claims=((c1, name),)))
        base.append(Case(text=f"{o}{c1}，{c}{role}{name}说：{o}{c2}。{c}", claims=((c1, name), (c2, name))))
        base.append(Case(text=f"{o}{c1}。{c}{role}{name}分析称，{c2}。", claims=((c1, name), (c2, name))))
        base.append(Case(text=f"{role}{name}坦言，{c1}，{o}{c2}。{c}", claims=((c1, name), (c2, name))))
    return spread(base, 30)


def colon_quotations() -> list[Case]:
    """Several sentences quoted after a colon, then narrative: one claim per sentence, the
    narrative no longer the speaker's words."""
    base = []
    for i, (o, c) in enumerate(QUOTES):
        for k in range(2):
            name, role = _pick(PEOPLE, i + k), _pick(ROLES, i + k)
            c1, c2 = _pick(CONTENTS, i + k), _pick(MORE, i + k)
            base.append(Case(text=f"{role}{name}表示：{o}{c1}。{c2}。{c}随后{name}离开了会场。",
                             claims=((c1, name), (c2, name), (f"随后{name}离开了会场", AUTHOR))))
    return spread(base)


def questions_in_quotations() -> list[Case]:
    """A question inside a quotation is no claim; the quotation's other sentences are."""
    questions = ("我们还能承受更多削减吗", "谁来承担这些成本", "这样的价格还能维持多久", "客户为什么要等待")
    base = []
    for i, (o, c) in enumerate(QUOTES):
        for k in range(2):
            name, role, c1, q = _pick(PEOPLE, i + k), _pick(ROLES, i + k), _pick(CONTENTS, i + k), questions[(i + k) % 4]
            base.append(Case(text=f"{o}{c1}。{q}？{c}{role}{name}说。", claims=((c1, name),), absent=(q,)))
    return spread(base)


def transcripts() -> list[Case]:
    """Transcript labels of any length, in markup, without a cue verb; the asker's
    assertions to an unnamed source, its questions dropped; answers to the respondent."""
    base = []
    for i in range(8):
        name, org, c1, c2 = _pick(PEOPLE, i), _pick(ORGS, i), _pick(CONTENTS, i), _pick(MORE, i)
        base.append(Case(text=f"{org}新闻发言人{name}：{c1}。{c2}。", claims=((c1, name), (c2, name))))
        base.append(Case(text=f"**{_pick(ROLES, i)}{name}：**{c1}。", claims=((c1, name),)))
        base.append(Case(text=f"专访{_pick(ROLES, i)}{name}\n\n问：{c1}，您怎么看？\n\n答：{c2}。",
                         claims=((c1, UNNAMED), (c2, name)), absent=("您怎么看",)))
        base.append(Case(text=f"对话{_pick(ROLES, i)}{name}\n\n记者：为什么{c1}？\n\n{name}：{c2}。我们会继续观察。",
                         claims=((c2, name), ("我们会继续观察", name)), absent=(c1,)))
    return spread(base, 32)


def continuation() -> list[Case]:
    """The speaker's words carry on into a sentence without a subject of its own, and stop
    at one that opens with its own subject (investors, another person, a date)."""
    base = []
    stops = ("投资者目前正等待公司公布财报", "市场人士普遍保持观望", "周二公司股价上涨了3%",
             "分析师随后下调了评级")
    for i in range(8):
        name, role, c1, c2 = _pick(PEOPLE, i), _pick(ROLES, i), _pick(CONTENTS, i), _pick(MORE, i)
        base.append(Case(text=f"{role}{name}表示，{c1}。而且{c2}。", claims=((c1, name), (f"而且{c2}", name))))
        stop = stops[i % 4]
        base.append(Case(text=f"{role}{name}表示，{c1}。{stop}。", claims=((c1, name), (stop, AUTHOR))))
        o, c = QUOTES[i % 4]
        base.append(Case(text=f"{role}{name}表示，{c1}。\n\n{o}{c2}。{c}",
                         claims=((c1, name), (c2, name))))
    return spread(base, 32)


def segmentation() -> list[Case]:
    """A clause with a subject of its own (X则, 这一合作, 该公司, 他) or opened by a
    connective (从而, 这表明, 使其, 若, 不仅…更) is a claim of its own; one 尽管 early does
    not hold back a later 但."""
    pairs = (("{a}将在下季度推出新处理器", "{b}的同级产品则要到明年才上市"),
             ("{a}与{b}签署了长期供货协议", "这一合作将使双方的成本下降"),
             ("{a}的订单连续三个月增长", "这表明终端需求正在回暖"),
             ("{a}大幅提高了研发投入", "从而缩小了与{b}的差距"),
             ("尽管成本上升，{a}仍维持盈利", "但毛利率下滑"),
             ("{a}去年收购了一家设计公司", "使其产品线更加完整"),
             ("{a}的新品销量不及预期", "若价格继续下降，利润将进一步收窄"),
             ("{a}不仅扩大了产能", "更把交货周期缩短到两周"),
             ("{a}推出了新一代芯片", "该公司还计划在年底前量产"))
    base = []
    for i in range(4):
        a, b = _pick(ORGS, i), _pick(ORGS, i + 5)
        for first, second in pairs:
            first, second = first.format(a=a, b=b), second.format(a=a, b=b)
            base.append(Case(text=f"{first}，{second}。", claims=((first, AUTHOR), (second, AUTHOR))))
        base.append(Case(text=f"虽然{a}起步较晚，但其生态优势明显。", claims=((f"虽然{a}起步较晚，但其生态优势明显", AUTHOR),)))
    return spread(base, 40)


def token_types() -> list[Case]:
    """Type from tokens: 会 is not in 机会 or 国会, 计划 after a noun is no forecast, 使 not
    in 使用, 最 not in 最近; a figure that is the point outranks a future word; an
    interpretation (这表明……) is an opinion."""
    base = []
    for i in range(4):
        org, n = _pick(ORGS, i), 120 + 35 * i
        base += [
            Case(text=f"{org}看到了新的市场机会。", types=((f"{org}看到了新的市场机会", "fact"),)),
            Case(text=f"国会议员昨天就{org}举行了听证会。", types=((f"国会议员昨天就{org}举行了听证会", "fact"),)),
            Case(text=f"{org}公布了新的投资计划。", types=((f"{org}公布了新的投资计划", "fact"),)),
            Case(text=f"{org}的工程师都在使用新的开发工具。", types=((f"{org}的工程师都在使用新的开发工具", "fact"),)),
            Case(text=f"{org}最近推出了新手机。", types=((f"{org}最近推出了新手机", "fact"),)),
            Case(text=f"{org}将支付约{n}亿美元收购该业务。", types=((f"{org}将支付约{n}亿美元收购该业务", "statistic"),)),
            Case(text="这表明终端需求正在回暖。", types=(("这表明终端需求正在回暖", "opinion"),)),
            Case(text=f"{org}明年将推出新芯片。", types=((f"{org}明年将推出新芯片", "prediction"),)),
            Case(text=f"{org}营收同比增长{n % 40}%。", types=((f"{org}营收同比增长{n % 40}%", "statistic"),)),
            Case(text=f"如果需求回暖，{org}的股价会继续上涨。",
                 types=((f"如果需求回暖，{org}的股价会继续上涨", "prediction"),)),
        ]
    return spread(base, 40)


CAPABILITIES: dict[str, Callable[[], list[Case]]] = {
    "cue verbs": cue_verbs,
    "every cue word": every_cue,
    "speaker structure": speaker_structure,
    "glossed names": glossed_names,
    "latin organisations": latin_organisations,
    "pronouns": pronouns,
    "joint statements": joint_statements,
    "outlets and hearers": outlets_and_hearers,
    "unnamed sources": unnamed_sources,
    "quotation styles": quotation_styles,
    "colon quotations": colon_quotations,
    "questions in quotations": questions_in_quotations,
    "transcripts": transcripts,
    "continuation": continuation,
    "segmentation": segmentation,
    "token types": token_types,
}


# -- checking -----------------------------------------------------------------------------

def check(x: ArticleExtraction, case: Case, fold: Callable[[str], str]) -> str | None:
    """None when the extraction meets the case, else what it got wrong."""
    claims = {c.text: c for c in x.claims}
    entities = {e.key: e for e in x.entities}
    got = [(c.text, c.speaker.key) for c in x.claims]
    for text, speaker in case.claims:
        claim = claims.get(text)
        if claim is None:
            return f"no claim {text!r}; got {got}"
        if not _speaks(claim.speaker, speaker, entities, fold, x):
            return f"{text!r} said by {claim.speaker.key} ({claim.speaker.rule}), not {speaker}"
    for text in case.absent:
        if any(text in c.text for c in x.claims):
            return f"{text!r} should be no claim; got {got}"
    for text, ctype in case.types:
        claim = claims.get(text)
        if claim is None:
            return f"no claim {text!r}; got {got}"
        if claim.type.value != ctype:
            return f"{text!r} typed {claim.type.value} ({claim.type_rule}), not {ctype}"
    for name, etype in case.entities:
        found = [e for e in entities.values() if fold(name) in {fold(lab) for lab in _labels(e)}
                 | {fold(m.text) for m in x.mentions if m.entity == e.key}]
        if not found or found[0].type is not etype:
            return f"no {etype.value} entity {name!r}; got {[(e.label, e.type.value) for e in entities.values()]}"
    for a, b in case.same_speaker:
        if claims[a].speaker.key != claims[b].speaker.key:
            return f"{a!r} and {b!r} have two speakers: {claims[a].speaker.key}, {claims[b].speaker.key}"
    return None


def _labels(entity) -> Iterator[str]:
    yield entity.key
    yield from (x for x in (entity.label_zh, entity.label_en, *entity.aliases) if x)


def _speaks(speaker, expected: str, entities, fold, x: ArticleExtraction) -> bool:
    if expected == AUTHOR:
        return speaker.kind == "author"
    if expected == UNNAMED:
        return speaker.kind == "unnamed"
    if speaker.kind != "entity":
        return False
    entity = entities.get(speaker.key)
    names = {fold(n) for n in _labels(entity)} if entity else {fold(speaker.key)}
    names |= {fold(m.text) for m in x.mentions if m.entity == speaker.key}
    return fold(expected) in names


PASS_RATE = 0.95


def failures_of(name: str, cases: Sequence[Case], extract, fold: Callable[[str], str]) -> str | None:
    """None when at least PASS_RATE of ``cases`` pass; else what failed, for the assertion."""
    assert len(cases) >= 20
    failures = [f"{case.text}\n    {reason}" for case in cases
                if (reason := check(extract(HEAD + case.text), case, fold)) is not None]
    rate = 1 - len(failures) / len(cases)
    return None if rate >= PASS_RATE else f"{name}: {rate:.0%} of {len(cases)} variants pass; failing:\n" + "\n".join(failures)


def variant(i: int, text: str, *parts: str) -> tuple[str, ...]:
    """The ``i``-th variant of an article ``text`` and the ``parts`` expected in it: odd ones in
    traditional script, every third article in half-width punctuation (the parts hold none)."""
    if i % 2:
        text, parts = traditional(text), tuple(traditional(p) for p in parts)
    return (half_width(text) if i % 3 == 0 else text, *parts)


def about_names(nlp, x: ArticleExtraction, claim) -> list[str]:
    """The folded labels of the entities ``claim`` (of the extraction ``x``) is about, in order."""
    fold = nlp.get_pipe("claimgraph_entity_matcher_v1").folder.key
    labels = {e.key: e.label for e in x.entities}
    return [fold(labels.get(k) or k) for k in claim.about]
