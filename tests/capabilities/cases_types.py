"""Capability cases for the claim type (round 4): the sieves of ``extract/classify.py``
that read a claim's structure, each with invented sentences in the ``Case`` model and
variation of ``cases.py`` (simplified and traditional, full- and half-width punctuation).
What each capability pins down is in its docstring; every text here is written for the tests.
"""

from __future__ import annotations

from .cases import ORGS, PEOPLE, Case, _pick, spread

# invented products and groups the sentences talk about
PRODUCTS = ("智能手表", "折叠屏手机", "电动滑板车", "家用机器人", "无线耳机", "车载芯片", "云端硬盘", "翻译软件")
GROUPS = ("中小卖家", "年轻用户", "外卖骑手", "独立开发者", "老年用户", "县城家庭")
FIRMS = ("远星汽车", "蓝湾资本", "恒川科技", "青禾食品", "北辰证券", "云杉物流")  # invented, no catalog knows them


def _typed(claim: str, ctype: str) -> Case:
    """The article's one sentence ``claim``, which must come out whole with type ``ctype``."""
    return Case(text=f"{claim}。", types=((claim, ctype),))


def extent_words() -> list[Case]:
    """完全 'entirely' and 加速 'speed up' state extent and change, not an evaluation: an
    article's sentence with them and an event verb is a fact."""
    base = []
    for i in range(6):
        a, b, p = _pick(FIRMS, i), _pick(FIRMS, i + 1), _pick(PRODUCTS, i)
        base += [
            _typed(f"{a}与{b}走了两条完全不同的技术路线", "fact"),
            _typed(f"{a}去年推出了完全自主设计的{p}", "fact"),
            _typed(f"{a}上个月加速了{p}的量产", "fact"),
            _typed(f"{a}的{p}仍然完全依赖进口零件", "fact"),
        ]
    return spread(base)


def inference_markers() -> list[Case]:
    """可见 / 由此可见 / 可以看出 / 换言之 + a clause: the claim reads what came before,
    an opinion, even when the clause holds a future word (……并不会……)."""
    openers = ("可见", "由此可见", "可以看出", "换言之", "不难看出", "也就是说")
    base = []
    for i, op in enumerate(openers * 2):
        a, p, g = _pick(FIRMS, i), _pick(PRODUCTS, i), _pick(GROUPS, i)
        first = f"{a}去年关闭了{p}的推荐功能。"
        claim = f"{op}，降价并不会让{a}失去{g}" if i % 2 else f"{op}，{a}的{p}已经失去了{g}"
        base.append(Case(text=f"{first}{claim}。", types=((claim, "opinion"),)))
    return spread(base)


def perspective_frames() -> list[Case]:
    """A point of view framed (对X而言 / 对X来说 / 在X看来 / 在我看来, 毕竟, 当然, 其实):
    an opinion, whether the article or a person speaks."""
    frames = ("对{g}而言", "对{g}来说", "在{g}看来", "在我看来", "毕竟", "当然", "其实", "在{g}眼中")
    base = []
    for i, frame in enumerate(frames):
        for k in range(2):
            a, p, g, name = _pick(FIRMS, i + k), _pick(PRODUCTS, i + k), _pick(GROUPS, i + k), _pick(PEOPLE, i + k)
            claim = f"{frame.format(g=g)}，{a}的{p}只是另一种选择"
            text = f"{claim}。" if k == 0 else f"{a}研究总监{name}表示，{claim}。"
            base.append(Case(text=text, types=((claim, "opinion"),)))
    return spread(base)


def denied_equivalence() -> list[Case]:
    """A并不等于B / 并非 / 不代表 / 与X无关: a denied equivalence or relevance reads the
    facts, an opinion."""
    shapes = ("{g}下载了{p}，并不等于{g}会长期使用它", "并非所有{g}都需要{a}的{p}",
              "{a}的{p}销量下滑，不代表{g}不再关心价格", "{g}购买{p}的理由与品牌无关")
    base = []
    for i in range(6):
        for shape in shapes:
            a, p, g = _pick(FIRMS, i), _pick(PRODUCTS, i + 1), _pick(GROUPS, i + 2)
            claim = shape.format(a=a, p=p, g=g)
            base.append(_typed(claim, "opinion"))
    return spread(base)


def graded_judgements() -> list[Case]:
    """A degree or a negation glued to a gradable adjective (起步较晚, 投入颇大, 价格太贵,
    门槛不高) or before one at the clause's end (差别不大) is a judgement, an opinion; a
    lexicalized token of that shape (稍早 'earlier today', 很多 'many') is not."""
    graded = ("{a}的{p}布局起步较晚", "{a}在{p}上的投入颇大", "{a}的{p}价格太贵", "{g}使用{p}的门槛不高",
              "{a}的{p}与同类产品差别不大", "{a}的{p}更新速度稍慢")
    plain = ("{a}稍早发布了新款{p}", "很多{g}去年买了{a}的{p}")
    base = []
    for i in range(4):
        a, p, g = _pick(FIRMS, i), _pick(PRODUCTS, i + 2), _pick(GROUPS, i + 1)
        base += [_typed(c.format(a=a, p=p, g=g), "opinion") for c in graded]
        base += [_typed(c.format(a=a, p=p, g=g), "fact") for c in plain]
    return spread(base, 32)


def past_frames() -> list[Case]:
    """A person's words in a past time frame or a negated past (去年……, 过去一年……, 并未……)
    report what happened: a fact; the same words without the frame stay the speaker's view."""
    frames = ("去年第三季", "过去两年", "以往", "上个月", "当时")
    base = []
    for i in range(10):
        a, g, name = _pick(FIRMS, i), _pick(GROUPS, i + 1), _pick(PEOPLE, i)
        frame = frames[i % len(frames)]
        past = f"{frame}，{g}关心的是{a}的售后服务"
        base.append(Case(text=f"{a}副总裁{name}表示，{past}。", types=((past, "fact"),)))
        unmet = f"{a}这一目标并未达成"
        base.append(Case(text=f"{a}创办人{name}坦言，{unmet}。", types=((unmet, "fact"),)))
        view = f"{g}关心的是{a}的售后服务"
        base.append(Case(text=f"{a}副总裁{name}表示，{view}。", types=((view, "opinion"),)))
    return spread(base)


def yao_in_context() -> list[Case]:
    """要 is 'will' only in context: after 起码 / 至少 / 就是 it is 'need' or 'is meant to',
    before 来得 / 更 it compares; with a judgement such claims are opinions, while
    要 + a verb after a subject stays a forecast."""
    base = []
    for i in range(8):
        a, p, g, n = _pick(FIRMS, i), _pick(PRODUCTS, i), _pick(GROUPS, i + 3), 2 + i % 4
        need = f"这是一笔很划算的交易，{a}自己研发{p}起码要再花{n}年"
        meant = f"{a}把{p}的价格压低，就是要让{g}买得起"
        compare = f"对{g}来说，售后服务比价格要来得重要得多"
        forecast = f"{a}下个月要推出新款{p}"
        base += [_typed(need, "opinion"), _typed(meant, "opinion"),
                 _typed(compare, "opinion"),
                 _typed(forecast, "prediction")]
    return spread(base, 32)


def stated_terms() -> list[Case]:
    """根据协议 / 按照新规 / 依据条例 + what it lays down: terms stated, a fact, even with
    将 or 要; the same clause without the document stays a forecast."""
    docs = ("根据协议", "按照新规", "依据合同", "根据条例", "按照办法")
    base = []
    for i in range(10):
        a, b, p = _pick(FIRMS, i), _pick(FIRMS, i + 1), _pick(PRODUCTS, i)
        terms = f"{docs[i % len(docs)]}，{a}将与{b}共建{p}实验室"
        duty = f"{docs[(i + 2) % len(docs)]}，{a}要自建{p}回收网点"
        base += [_typed(terms, "fact"), _typed(duty, "fact")]
        if i % 2:
            plain = f"{a}将与{b}共建{p}实验室"
            base.append(_typed(plain, "prediction"))
    return spread(base, 30)


def approximate_counts() -> list[Case]:
    """A count made approximate (约480间, 逾30家, 20多个, 600余家) is stated as a figure, a
    statistic; one exact small count in passing is not."""
    base = []
    for i in range(8):
        a, p, n = _pick(FIRMS, i), _pick(PRODUCTS, i), 120 + 45 * i
        base += [
            _typed(f"{a}经营约{n}间门店", "statistic"),
            _typed(f"{a}的{p}已进入{n % 30 + 12}多个国家的{n}余家商场", "statistic"),
            _typed(f"{a}逾{n}家客户采用了{p}", "statistic"),
        ]
    return spread(base)


def conditional_judgements() -> list[Case]:
    """A condition over a judgement with no future word (如果只比续航，两款相当) is an
    opinion; with a future word (……只会……, ……会……) it stays a forecast."""
    conds = ("如果只比价格", "若只看续航", "假如只论外观", "如果只谈售后")
    base = []
    for i in range(8):
        a, b, p = _pick(FIRMS, i), _pick(FIRMS, i + 2), _pick(PRODUCTS, i)
        judged = f"{conds[i % 4]}，{a}的{p}与{b}相当"
        forecast = f"{conds[(i + 1) % 4]}，{a}的{p}只会越来越贵"
        base += [_typed(judged, "opinion"),
                 _typed(forecast, "prediction")]
    return spread(base)


def jiang_disposal() -> list[Case]:
    """将 + an object + a resultative verb (将A分拆为B, 将A改造成B, 将A提高至B) is 'take', no
    future word: the article's clause is a fact; 将于……成为…… and 将逐步转为…… stay forecasts."""
    results = ("分拆为子公司", "改造成{p}工厂", "并入{b}", "出售给{b}")
    base = []
    for i in range(8):
        a, b, p = _pick(FIRMS, i), _pick(ORGS, i + 3), _pick(PRODUCTS, i)  # b a catalog name: one token
        took = f"{a}上月将{p}业务{results[i % 4].format(p=p, b=b)}"
        will = f"{a}的{p}业务将于明年成为独立公司" if i % 2 else f"{a}的{p}工厂将逐步转为研发中心"
        base += [_typed(took, "fact"), _typed(will, "prediction")]
        if i % 2:
            took = f"{a}决定将{p}业务{results[(i + 1) % 4].format(p=p, b=b)}"
            base.append(_typed(took, "fact"))
    return spread(base)


def own_attitudes() -> list[Case]:
    """A first-person subject with a verb of attitude (我不怀疑, 我从不反对, 我们一直欢迎):
    the speaker's own view, an opinion, also in the article's voice (a column)."""
    shapes = ("我不怀疑{a}公布的{p}销量", "我从不反对{g}使用{p}", "我们一直欢迎{g}试用{a}的{p}",
              "笔者赞同{a}放缓{p}扩张的做法", "我一直欣赏{a}做{p}的方式")
    base = []
    for i in range(5):
        for k, shape in enumerate(shapes):
            a, p, g = _pick(FIRMS, i + k), _pick(PRODUCTS, i), _pick(GROUPS, i + k)
            claim = shape.format(a=a, p=p, g=g)
            base.append(_typed(claim, "opinion"))
    return spread(base)


def built_on_modals() -> list[Case]:
    """A word jieba builds on a modal of evaluation (值得|一提 as one token, 值得关注) and an
    attitude adjective or a noun of risk (态度谨慎, 一大不确定性): an opinion."""
    shapes = ("{a}在{p}上的尝试值得一提", "{a}对{p}市场的态度谨慎", "{p}的价格是{a}眼下的一大不确定性",
              "{a}的{p}路线值得关注")
    base = []
    for i in range(6):
        for shape in shapes:
            a, p = _pick(FIRMS, i), _pick(PRODUCTS, i + 1)
            claim = shape.format(a=a, p=p)
            base.append(_typed(claim, "opinion"))
    return spread(base)


def figures_after_change() -> list[Case]:
    """A figure right after a verb of change (提升至20%, 扩大到三成, 做到5000万单) is the
    claim's point: a statistic when stated, a prediction under a target or a hedge."""
    verbs = ("提升至", "扩大到", "提高到", "做到")
    base = []
    for i in range(8):
        a, p, n = _pick(FIRMS, i), _pick(PRODUCTS, i), 12 + 3 * i
        stated = f"{a}的{p}线上占比去年{verbs[i % 4]}{n}%"
        target = f"{a}的目标是三年内把{p}线上占比{verbs[(i + 1) % 4]}{n}%"
        hedged = f"{a}的{p}线上占比有望{verbs[(i + 2) % 4]}{n + 5}%"
        base += [_typed(stated, "statistic"),
                 _typed(target, "prediction"),
                 _typed(hedged, "prediction")]
    return spread(base)


def rankings() -> list[Case]:
    """A rank on a measure (销量第一, 下载量最高, 市占率居首) is a figure without a number, a
    statistic; a rank on no measure (第一款产品) is not."""
    shapes = ("{a}的{p}上月位居本季销量榜第一", "{a}的{p}成为今年下载量最高的应用", "{a}在{p}市场的市占率居首",
              "{a}的{p}去年出货量排名第二")
    base = []
    for i in range(5):
        a, p = _pick(FIRMS, i), _pick(PRODUCTS, i + 2)
        base += [_typed(c.format(a=a, p=p), "statistic") for c in shapes]
        plain = f"{a}上月推出了第一款{p}"
        base.append(_typed(plain, "fact"))
    return spread(base)


def topic_nouns() -> list[Case]:
    """An evaluative noun named as a topic (讨论了相关问题, 存在发热问题, 没有提交风险评估)
    is no judgement: the article's clause stays a fact; judged (问题很严重), or a risk said to
    exist (存在风险), it is an opinion."""
    base = []
    for i in range(6):
        a, p, g = _pick(FIRMS, i), _pick(PRODUCTS, i), _pick(GROUPS, i + 1)
        topic = (f"{a}上周与{g}一起讨论了相关问题", f"{a}的{p}存在发热问题", f"{a}从未提交{p}的风险评估")[i % 3]
        base.append(_typed(topic, "fact"))
        other = (f"{a}在论坛上讨论了{p}的安全问题", f"{a}的{p}电池存在鼓包问题", f"{a}去年发布了{p}的影响评估")[i % 3]
        base.append(_typed(other, "fact"))
        judged = f"{a}的{p}发热问题很严重"
        base.append(_typed(judged, "opinion"))
        worry = f"{a}的{p}最大的风险是价格" if i % 2 else f"{a}的{p}供应链存在风险"
        base.append(_typed(worry, "opinion"))
    return spread(base)


def comparisons_and_soon() -> list[Case]:
    """比 + what it compares + a gradable adjective (比同行清楚得多, 比去年贵) is a judgement,
    an opinion, while a figure compared stays a statistic; 最快 / 最迟 + a time (最快下月,
    最迟年底) is a forecast, while 最快的 is 'fastest'."""
    base = []
    for i in range(6):
        a, b, p, n = _pick(FIRMS, i), _pick(FIRMS, i + 2), _pick(PRODUCTS, i), 10 + 4 * i
        rival = _pick(ORGS, i)  # a name the catalog knows is one token (比|英伟达), not glued to 比
        judged = f"{a}的{p}售后规定比{rival}清楚得多"
        pricier = f"{a}的{p}比{rival}的同类产品贵"
        figure = f"{a}的{p}销量比去年增长{n}%"
        soon = f"{a}与{b}最快下月敲定{p}合作协议" if i % 2 else f"{a}的{p}最迟年底前在本地上市"
        fastest = f"{a}上周发布了目前最快的{p}"
        base += [_typed(judged, "opinion"),
                 _typed(pricier, "opinion"),
                 _typed(figure, "statistic"),
                 _typed(soon, "prediction"),
                 _typed(fastest, "fact")]
    return spread(base, 30)


def benefit_judgements() -> list[Case]:
    """What something does for another, judged (有助产业升级, 有利于中小企业, 对行业不利,
    无助于降低成本): an opinion, even beside an event verb (升级, 发展)."""
    verbs = ("有助", "有助于", "有利于", "有利", "不利于", "无助于")
    aims = ("产业升级", "中小企业发展", "降低成本", "扩大出口", "吸引人才", "改善服务")
    base = []
    for i in range(6):
        a, p = _pick(FIRMS, i), _pick(PRODUCTS, i)
        base += [
            _typed(f"{a}的新规{verbs[i]}{aims[i]}", "opinion"),
            _typed(f"{a}推出{p}{verbs[(i + 1) % 6]}{aims[(i + 2) % 6]}", "opinion"),
            _typed(f"这项补贴对{a}不利", "opinion"),
        ]
    return spread(base)


TYPES = {
    "benefit judgements": benefit_judgements,
    "comparisons and soon": comparisons_and_soon,
    "topic nouns": topic_nouns,
    "rankings": rankings,
    "figures after change": figures_after_change,
    "own attitudes": own_attitudes,
    "built on modals": built_on_modals,
    "jiang disposal": jiang_disposal,
    "yao in context": yao_in_context,
    "stated terms": stated_terms,
    "approximate counts": approximate_counts,
    "conditional judgements": conditional_judgements,
    "past frames": past_frames,
    "graded judgements": graded_judgements,
    "extent words": extent_words,
    "inference markers": inference_markers,
    "perspective frames": perspective_frames,
    "denied equivalence": denied_equivalence,
}
