"""A claim's evaluation of each entity it is about: an evaluative lexicon (data), with
negation and its scope (并不突出, 没有那么大), contrast (虽然……但), hedges and
comparatives (弱于前两家).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Polarity, Span, TargetPolarity

POSITIVE: tuple[str, ...] = (
    "亮眼", "雄厚", "优势", "突出", "看好", "领先", "强大", "强劲", "稳固", "丰富", "成功", "赢家", "创纪录",
    "刷新历史纪录", "刷新", "增长良好", "旺盛", "惊艳", "追平", "缩小差距", "护城河", "垄断", "便利", "开放",
    "通用", "显著提升", "提升", "突破", "热潮", "机会", "最重要", "推动作用", "一席之地", "龙头", "霸主",
    "革命性", "高保真", "别无二致", "横空出世", "爆火", "一炮而红", "大增", "暴增", "上涨", "高于", "超过",
    "很好", "非常好", "稳健", "利好", "受益", "重大升级", "抢占先机", "现象级", "寄望", "加速",
)
NEGATIVE: tuple[str, ...] = (
    "问题", "弊端", "弱于", "隐患", "担忧", "下调", "落后", "风险", "困难", "不足", "缺陷", "下跌", "下降",
    "亏损", "质疑", "争议", "弱化", "制约", "包袱", "威胁", "动摇", "超车", "侵权", "起诉", "低调", "稍晚",
    "较少", "失败", "放缓", "衰退", "压力", "危机", "担心", "打压", "限制", "受阻", "难度", "恐",
)
NEGATORS: tuple[str, ...] = ("并不", "并没有", "没有那么", "没有", "并非", "不太", "不会", "不是", "无法", "不能", "不", "未", "没", "无")
CONTRAST_AFTER = ("但是", "但", "然而", "不过", "可是")
CONCEDE = ("虽然", "虽", "尽管")
# X弱于Y: the comparative judges the subject; Y is judged the other way
_COMPARATIVE = re.compile(r"(弱于|不如|落后于|逊于|强于|优于|领先于|超过|高于|低于)")

_POS = re.compile("|".join(map(re.escape, sorted(POSITIVE, key=len, reverse=True))))
_NEG = re.compile("|".join(map(re.escape, sorted(NEGATIVE, key=len, reverse=True))))
_NEGATOR = re.compile("|".join(map(re.escape, sorted(NEGATORS, key=len, reverse=True))))
_CLAUSE = re.compile(r"[^,;:]+")


def score_text(text: str) -> float:
    """Signed evaluative score of ``text``: + favourable, - unfavourable."""
    score = 0.0
    weight = 1.0
    for clause in _CLAUSE.finditer(text):
        c = clause.group()
        if c.startswith(CONCEDE):
            weight = 0.5
        elif c.lstrip().startswith(CONTRAST_AFTER):
            weight = 1.5
        score += weight * _clause_score(c)
        if c.startswith(CONCEDE):
            weight = 1.0
    return score


def _clause_score(clause: str) -> float:
    score = 0.0
    for pattern, sign in ((_POS, 1.0), (_NEG, -1.0)):
        for m in pattern.finditer(clause):
            window = clause[max(0, m.start() - 4):m.start()]
            negated = bool(_NEGATOR.search(window))
            score += -sign if negated else sign
    return score


def target_polarities(view: str, span: Span, about: Sequence[tuple[str, Span]]) -> tuple[TargetPolarity, ...]:
    """Polarity toward each entity the claim is about, from the clauses that name it
    (or the whole claim when the entity is its subject)."""
    text = view[span.start:span.end]
    whole = score_text(text)
    out = []
    seen: set[str] = set()
    for key, mention in about:
        if key in seen:
            continue
        seen.add(key)
        rel = mention.start - span.start
        score = whole
        comp = _COMPARATIVE.search(text)
        if comp and comp.start() < rel and comp.group() in ("弱于", "不如", "落后于", "逊于", "低于"):
            score = 0.0  # the object of 弱于 is not judged down
        polarity = Polarity.FAVOR if score > 0.5 else Polarity.AGAINST if score < -0.5 else Polarity.NEUTRAL
        out.append(TargetPolarity(entity=key, polarity=polarity, score=max(-1.0, min(1.0, score / 3)),
                                  rule="polarity.lexicon.v1"))
    return tuple(out)
