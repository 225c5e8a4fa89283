"""Claim type (fact, statistic, opinion, prediction) and the hedged / conditional flags,
decided on the claim's tokens (会 is a marker, 机会 and 国会 are not; 计划 after a noun
is a plan, not a forecast; 使 is not in 使用, 最 not in 最近).

Sieves, most precise first; each names its rule (the claim's ``type_rule``): a conditional
forecast (or advice, or a judgement with no future word), a figure that is the point (an
approximate count too), a reading of the facts (可见, 并不等于), terms a document states
(根据协议), a future word read in context or a predictive hedge, a rank on a measure (销量
第一), an interpretation (这表明……), the speaker's own attitude (我从不反对), a framed point of
view (对买家而言, 毕竟), a causative, an evaluation (degree and modal words, evaluative words
that are not a topic, graded adjectives: 较晚, 不大, 比同行贵), an event, a past frame
(去年……, 并未……), and else the speaker (a person's words are opinion, the article's fact).
Every word list is classed data in ``data/types.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import ClaimType, Quantity, Span
from .lexicons import ClaimLexicon
from .quantities import DURATION_UNITS
from .tokens import Tokens

_NUMBER = re.compile(r"[0-9][0-9.,]*|[一二两兩三四五六七八九十百千万萬亿億半]+")
_NUMBER_UNIT = re.compile(r"([0-9][0-9.,]*|[一二两兩三四五六七八九十百千半]{1,4})(\D{1,4})")
_NUMERAL_STARTS = frozenset("0123456789一二两兩三四五六七八九十百千万萬亿億半")  # what either pattern starts with
_STATISTIC_UNITS = frozenset({"percent", "USD", "CNY", "HKD", "TWD", "EUR", "JPY", "GBP", "KRW"})
# before an event word, these make it a noun (这次发布, Sora2的发布)
_NOUN_BEFORE = frozenset({"的", "这次", "此次", "本次", "该次", "次", "这", "那次", "首次"})
# a figure stated with these is given as a figure (超700辆, 逾30家)
_COMPARATIVE_PREFIXES = ("超", "超过", "逾", "近", "约", "达", "高达", "将近", "接近")
_COMPARATORS = frozenset({"少于", "多于", "低于", "高于", "不到", "不足", "超过", "仅", "只有", "达到", "多达"})
_YAO_NOT_FUTURE = frozenset({"是", "的", "求", "点", "么", "不", "数", "素", "闻", ",", "#", "。"})
_POINT_VERBS = ("支付", "收购", "投资", "融资", "估值", "达", "达到", "增长", "增加", "下降", "减少", "上涨", "下跌", "涨",
                "跌", "突破", "超过", "超", "高达", "录得", "报", "为", "是", "占", "降至", "升至", "跌至", "涨至", "提高",
                "降低", "上调", "下调", "营收", "净利润", "收入")


def words_of(view: str, span: Span, tokens: Tokens, masked: Sequence[Quantity] = ()) -> list[str]:
    """The claim's tokens, figures replaced by '#'."""
    return _masked(view, tokens.between(span.start, span.end), masked)


def plain_and_masked(view: str, span: Span, tokens: Tokens, masked: Sequence[Quantity]) -> tuple[list[str], list[str]]:
    """``words_of`` the claim as it is and with the figures ``masked``, the tokens looked up once."""
    pieces = tokens.between(span.start, span.end)
    plain = [view[a:b] for a, b in pieces]
    return plain, _masked(view, pieces, masked) if masked else list(plain)  # no figure: nothing to mask


def _masked(view: str, pieces: Sequence[tuple[int, int]], masked: Sequence[Quantity]) -> list[str]:
    out = []
    for a, b in pieces:
        if any(q.span.start < b and a < q.span.end for q in masked):
            if not out or out[-1] != "#":
                out.append("#")
            continue
        out.append(view[a:b])
    return out


def is_conditional(text: str, lex: ClaimLexicon, words: Sequence[str] | None = None) -> bool:
    """如果, 若, 假如, 一旦, 取决于, 在……条件下 (on tokens when given)."""
    if _frame(text, ("在", "条件下")) or _frame(text, ("在", "前提下")) or _frame(text, ("当", "时")):
        return True
    return _has(text, lex.conditions, words)


def is_hedged(text: str, lex: ClaimLexicon, words: Sequence[str] | None = None) -> bool:
    """可能, 可望, 或许, 也许 … (on tokens when given)."""
    return _has(text, lex.hedges, words)


def claim_type(words: Sequence[str], quantities: Sequence[Quantity], person_speaks: bool,
               lex: ClaimLexicon, forecast: bool = False) -> tuple[ClaimType, str]:
    """The claim's type and the rule that decided it (``forecast``: the cue that governs
    the claim predicts: 预计, 预测 …)."""
    text = "".join(words)
    if is_conditional(text, lex, words) and lex.habitual.isdisjoint(words):
        if not lex.modal.isdisjoint(words) or any(a + b in lex.modal for a, b in zip(words, words[1:])):
            return ClaimType.OPINION, "type.conditional_advice.v1"  # 若……,更该……: advice, not a forecast
        if _future(words, lex) is None and lex.hedges.isdisjoint(words) and _evaluative(words, lex):
            return ClaimType.OPINION, "type.conditional_judgement.v1"  # 如果只比续航，两款相当: no forecast
        return ClaimType.PREDICTION, "type.conditional.v1"
    words, raw, raw_counted, approximate = _raw_figures(words, lex)
    measured = [q for q in quantities if _is_statistic(q)] + raw
    counted = [q for q in quantities if q.unit is not None and q.unit not in DURATION_UNITS and not _is_statistic(q)]
    point = bool(measured) and _figure_is_point(words, lex) or len(counted) + raw_counted >= 2 or approximate > 0 \
        or any(q.approximate for q in counted) or bool(counted) and _totalled(words) or any(
        q.text.startswith(_COMPARATIVE_PREFIXES) for q in counted) or _compared(words)
    if point and (forecast or _figure_forecast(words, lex)):
        return ClaimType.PREDICTION, "type.forecast_figure.v1"  # 有望突破500亿元, 预计明年营收将增长20%
    if point:
        return ClaimType.STATISTIC, "type.quantity.v1"
    if _run_in(words, lex.inference):
        return ClaimType.OPINION, "type.inference.v1"  # 可见，……并不会……: a reading, not a forecast
    if _run_in(words, lex.denied_equivalence):
        return ClaimType.OPINION, "type.denied_equivalence.v1"  # A并不等于B会……, 与政治无关
    if _stated_terms(words, lex):
        return ClaimType.FACT, "type.stated_terms.v1"  # 根据协议，双方将共建……: terms, not a forecast
    future = _future(words, lex)
    if future is not None:
        return ClaimType.PREDICTION, "type.future_marker.v1"
    if not lex.predictive.isdisjoint(words):
        return ClaimType.PREDICTION, "type.predictive_hedge.v1"
    if _ranked(words, lex):
        return ClaimType.STATISTIC, "type.ranking.v1"  # 销量第一, 日活用户数最高: a rank on a measure
    if words and _interpretive(words, lex):
        return ClaimType.OPINION, "type.interpretive.v1"
    if _own_attitude(words, lex):
        return ClaimType.OPINION, "type.own_attitude.v1"  # 我从不反对……, 我们一直欢迎……
    if _perspective(words, lex):
        return ClaimType.OPINION, "type.perspective.v1"  # 在我看来……, 对买家而言……, 毕竟……
    if not lex.causative.isdisjoint(words[1:]):
        return ClaimType.OPINION, "type.causative.v1"
    evaluative = _evaluative(words, lex)
    if measured and not evaluative:
        return ClaimType.STATISTIC, "type.quantity.v1"
    if evaluative:
        return ClaimType.OPINION, "type.evaluative.v1"
    if any(w in lex.events and (not i or words[i - 1] not in _NOUN_BEFORE) for i, w in enumerate(words)):
        return ClaimType.FACT, "type.event_verb.v1"
    if not lex.past.isdisjoint(words):
        return ClaimType.FACT, "type.past_frame.v1"  # 前年三月我们就已盈利, 这一承诺并未兑现
    if person_speaks:
        return ClaimType.OPINION, "type.speaker_default.v1"
    return ClaimType.FACT, "type.article_default.v1"


# what follows a word when no verb follows it: a clause's end, a conjunction, a time after it
# (发布会后, 股东会期间: 会 'meeting', never 会 'will'; 对前景有信心。: confidence in a thing)
_NO_VERB_NEXT = frozenset({",", "。", ";", ":", "!", "?", "、", "#", "并", "和", "及", "与", "时", "后", "前", "期间", "中",
                            "现场", "结束"})


# verbs of reaching a target (已接近……目标, 已完成……目标): what they say is done, not planned
_REACHED = frozenset({"接近", "达到", "达成", "完成", "实现", "超过", "超出", "突破", "逼近", "#"})


def _totalled(words: Sequence[str]) -> bool:
    """A count given as a total (共有157款, 累计超过#家): the figure is what the claim says."""
    return any(w in _TOTALS and nxt == "#" for w, nxt in zip(words, words[1:]))


_TOTALS = frozenset({"共有", "共计", "合计", "总共", "一共", "累计", "总计", "共", "达"})


def _confident_in(word: str, after: Sequence[str]) -> bool:
    """有信心 / 有把握 with no verb after it (对前景有信心。): confidence in a thing, not a deed to come."""
    return word in ("有信心", "有把握") and (not after or after[0] in _NO_VERB_NEXT or after[0] in ("的", "地"))


def _future(words: Sequence[str], lex: ClaimLexicon) -> str | None:
    """The first token that puts the claim in the future, read in context: 将 'will', not
    将 'take' (将这些资源……汇聚, 已将……纳入); 计划 the verb, not the noun (投资计划)."""
    for i, w in enumerate(words):
        if w not in lex.future:
            # two tokens that make a future word (下|月): asked only where one starts so
            if w[:1] in lex.future.firsts and i + 1 < len(words) and w + words[i + 1] in lex.future \
                    and words[i + 1] not in lex.future and not _confident_in(w + words[i + 1], words[i + 2:i + 3]):
                return w + words[i + 1]
            continue
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if w in ("最快", "最迟") and after in ("的", "之一"):
            continue  # 最快的芯片 'fastest'

        if w in ("将", "将会") and (before in lex.jiang_before or after in lex.jiang_objects
                                   or not lex.jiang_verbs.isdisjoint(words[i + 1:i + 8])):
            continue
        if w == "将" and _disposal(words[i + 1:i + 8], lex):
            continue
        if w in lex.plan_nouns and (not after or after in ("的", ",", "。", "#") or before and before not in lex.adverbs
                                    and before not in ("将", "还", "也", "并", "正", "已", "仍", "原", "原本", "正在", "已经")
                                    and not _subject_like(before, i)):
            continue
        if w == "会" and after in ("议", "上", "场", "面", "谈", "员", "长"):
            continue
        if _confident_in(w, words[i + 1:i + 2]):
            continue  # 对美国厂有信心: confidence in something, no deed to come
        if w == "会" and i and (not after or after in _NO_VERB_NEXT):
            continue  # 召开法说会, 举行发布会并……: the meeting, with no verb after it to forecast
        if w == "要" and (not after or after in _YAO_NOT_FUTURE or before in ("只", "主", "重", "需", "必")):
            continue  # 要是, 只要, 主要: not 'is going to'
        if w == "要" and (before in lex.yao_need_before or after in lex.yao_compare_after):
            continue  # 起码要再等两年 'need', 就是要让…… 'is meant to', 要来得更…… 'compares'
        if (w == "要" or w.endswith("会")) and not lex.habitual.isdisjoint(words):
            continue  # 通常要由……, 往往会……: a habit, not a forecast

        return w
    return None


def _disposal(rest: Sequence[str], lex: ClaimLexicon) -> bool:
    """将 'take': an object, then a resultative verb (将|小组|分拆|为, 将|厂房|改造成) in the
    same clause; not 将于/将在 'will at', not a manner adverb where the object would be
    (将|逐步|转为), not a verb that only looks resultative (成为), nor a figure's target
    (将|大幅|提升至|#)."""
    if not rest or rest[0] in ("于", "在", "从", "会", "要", "被", "是", "不", "可", "能") or rest[0] in lex.jiang_adverbs:
        return False
    for k, x in enumerate(rest):
        if x in (",", ";", "。", ":"):
            return False
        resultative = x in lex.jiang_results and k > 1 or len(x) >= 2 and x[-1] in lex.jiang_results
        if k and resultative and x not in lex.jiang_not_results and rest[k + 1:k + 2] != ["#"]:
            return True
    return False


def _figure_forecast(words: Sequence[str], lex: ClaimLexicon) -> bool:
    """A figure forecast, not stated: a hedge that looks ahead (有望, 可能, 恐怕), a future
    marker followed by a verb of change (将超过, 会增长), a target (目标是卖出……), or a verb
    of forecasting that opens the claim after at most its subject (我们预计……)."""
    for i, w in enumerate(words):
        if w == "目标" and not lex.perfective.isdisjoint(words[:i]) and not _REACHED.isdisjoint(words[:i]) \
                and words[i + 1:i + 2] not in (["是"], ["为"]):  # a figure's 接近 is read with it: # stands for both
            continue  # 通胀已接近2%的目标: a target reached or neared is the state of things, no forecast
        if w in lex.predictive or w in ("目标", "目標", "恐怕"):
            return True
        if i < 2 and (cue := lex.cues.get(w)) is not None and cue.cls == "predict":
            return True  # 我们预计……营收将在61亿元到64亿元之间: the claim's own forecast verb at its head
        if w in lex.future and w not in lex.plan_nouns and _future(words[i:i + 1], lex) is not None \
                and (not lex.change_verbs.isdisjoint(words[i + 1:i + 4]) or words[i + 1:i + 2] == ["#"]):
            return True
    return False


def _raw_figures(words: Sequence[str], lex: ClaimLexicon) -> tuple[list[str], list[str], int, int]:
    """Numbers with a unit the quantity reader left as words (4.1|毫米, 两|成, 约|480|间):
    the words with each such figure as '#', the measured figures, how many counted, and how
    many of those are approximate (约|480|间, 20|多个): a count stated as a figure."""
    out: list[str] = []
    measured: list[str] = []
    counted = approximate = 0
    for i, w in enumerate(words):
        if out and out[-1] == "#" and i and words[i - 1] != "#" and _NUMBER.fullmatch(words[i - 1]) \
                and (w in lex.measures or w in lex.counts):
            continue  # the unit of the number just read
        if w[:1] not in _NUMERAL_STARTS:  # neither pattern matches: no figure starts here
            out.append(w)
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        glued = _NUMBER_UNIT.fullmatch(w)
        number, unit = (w, nxt) if _NUMBER.fullmatch(w) else (glued.group(1), glued.group(2)) if glued else ("", "")
        digits = number[:1].isdigit()
        if unit in lex.measures and (digits or unit in ("成", "倍", "个百分点")):
            out.append("#")
            measured.append(number + unit)
        elif unit in lex.counts and digits:
            out.append("#")
            counted += 1
            approximate += i > 0 and words[i - 1] in _COMPARATIVE_PREFIXES  # 约|480|间, 逾|30|家
        elif digits and unit[:1] in lex.approximators and unit[1:] in lex.counts:
            out.append("#")  # 20|多个, 600|余家
            counted += 1
            approximate += 1
        else:
            out.append(w)
    return out, measured, counted, approximate


def _subject_like(before: str, i: int) -> bool:
    """A pronoun or short name right before a plan word at the claim's head (公司计划……)."""
    return i <= 2 and before in ("公司", "我们", "他", "她", "他们", "其", "该公司", "集团")


def _figure_is_point(words: Sequence[str], lex: ClaimLexicon) -> bool:
    """Whether a figure is what the claim states (将支付约200亿美元, 营收将增长20%, 份额提升至
    20%): the figure comes right after a verb of amount or change, or the claim is little
    more than the figure."""
    for i, w in enumerate(words):
        if w == "#":
            window = words[max(0, i - 3):i]
            if any(x in _POINT_VERBS or x in lex.change_verbs for x in window):
                return True
    figures = sum(1 for w in words if w == "#")
    return figures >= 2 or len(words) <= 6 and figures >= 1


def _compared(words: Sequence[str]) -> bool:
    """A figure compared (少于30分钟, 不到三成): the figure is the point."""
    return any(w == "#" and i and (words[i - 1] in _COMPARATORS or i > 1 and words[i - 2] in _COMPARATORS)
               for i, w in enumerate(words))


def _interpretive(words: Sequence[str], lex: ClaimLexicon) -> bool:
    """这表明…… / 揭示了…… / 意味着: the claim reads facts rather than states one."""
    return lex.interpretive.prefix("".join(words[:3])) is not None or any(
        w in ("意味着", "揭示", "揭示了", "表明", "反映出", "标志着") for w in words)


def _run_in(words: Sequence[str], table, longest: int = 4) -> bool:
    """Whether a run of whole tokens (one to ``longest``) is a word of ``table`` (可以|看出,
    并|不|等于): a phrase jieba cut in pieces, never a piece of a token."""
    for i in range(len(words)):
        if words[i][:1] not in table.firsts:
            continue  # no word of the table starts so (an empty token's runs are those of the next)
        run = ""
        for word in words[i:i + longest]:
            run += word
            if len(run) > table.longest:
                break  # no word of the table is that long
            if run in table:
                return True
    return False


def _evaluative(words: Sequence[str], lex: ClaimLexicon) -> bool:
    """A degree word, a modal of obligation (or a word built on one: 值得|一提 as 值得一提),
    an evaluative word or a graded judgement."""
    return any(w in lex.degree or w in lex.modal or w in lex.opinion and not _topic(words, i, lex)
               or len(w) > 2 and w[:2] in lex.modal for i, w in enumerate(words)) or _graded(words, lex)


def _topic(words: Sequence[str], i: int, lex: ClaimLexicon) -> bool:
    """An evaluative noun named as a topic, not judged: after a verb of discussing or
    existing in its clause (讨论了|相关|问题, 存在|续航|问题; not 存在|风险, an assessment) or before a
    document noun (影响|评估)."""
    if words[i] not in lex.topic_nouns:
        return False
    if words[i + 1:i + 2] and words[i + 1] in lex.topic_documents:
        return True
    for x in reversed(words[max(0, i - 8):i]):
        if x in (",", ";", "。", ":"):
            return False
        if x in lex.topic_verbs:
            return not (x in lex.exist_verbs and words[i] in lex.assessments)  # 存在|风险 still judges
    return False


def _stated_terms(words: Sequence[str], lex: ClaimLexicon) -> bool:
    """The claim opens with the document whose terms it states (根据|协议|,……; 按照|新规|,……)."""
    if not words or words[0] not in lex.terms_openers:
        return False
    for x in words[1:6]:
        if x in (",", ";", ":"):
            return False
        if x in lex.terms_documents:
            return True
    return False


def _graded(words: Sequence[str], lex: ClaimLexicon) -> bool:
    """A degree or a negation with a gradable adjective: glued in one token (较晚, 颇大,
    不难) or the adjective ending its clause after one (差别|不|大); not a lexicalized
    token of that shape (稍早, 很多, 不久)."""
    for i, w in enumerate(words):
        if w in lex.lexicalized:
            continue
        if w in ("比", "比起") and _compares_quality(words[i + 1:i + 8], lex):
            return True
        if any(w[:n] in lex.degree_prefixes and w[n:] in lex.gradable for n in (1, 2) if len(w) > n):
            return True
        after = words[i + 1] if i + 1 < len(words) else ","
        if w in lex.gradable and len(w) == 1 and i and words[i - 1] in lex.degree_prefixes \
                and after in (",", ";", "。", "#", "的", "了"):
            return True
    return False


def _own_attitude(words: Sequence[str], lex: ClaimLexicon) -> bool:
    """A first-person subject, then within three words a verb of attitude (我|从|不|反对)."""
    return any(w in lex.first_person and not lex.attitudes.isdisjoint(words[i + 1:i + 4])
               and not any(x in (",", ";", "。") for x in words[i + 1:i + 3]) for i, w in enumerate(words))


def _ranked(words: Sequence[str], lex: ClaimLexicon) -> bool:
    """A measure (one or two tokens: 销量, 市|占率) with a rank within three words after it."""
    for i in range(len(words)):
        if words[i][:1] not in lex.measure_nouns.firsts:
            continue  # no measure starts so
        for j in (i + 1, i + 2):
            if "".join(words[i:j]) in lex.measure_nouns and not lex.ranks.isdisjoint(words[j:j + 3]):
                return True
    return False


def _compares_quality(rest: Sequence[str], lex: ClaimLexicon) -> bool:
    """比 + what it compares + a gradable adjective in the same clause (比同行|清楚|得多,
    比同行|贵): a judgement by comparison; a figure compared is a statistic, read before."""
    for k, x in enumerate(rest):
        if x in (",", ";", "。", ":", "#"):
            return False
        if x in lex.gradable or x == "得多" or x == "得" and rest[k + 1:k + 2] == ["多"]:
            return True
    return False


def _perspective(words: Sequence[str], lex: ClaimLexicon) -> bool:
    """A point of view framed: a frame word (在我看来, 毕竟), or an opener whose closer
    follows in the same clause (对|买家|而言, 在|投资人|眼中)."""
    if _run_in(words, lex.perspective):
        return True
    for i, w in enumerate(words):
        if w not in lex.perspective_openers:
            continue
        for x in words[i + 2:i + 8]:
            if x in (",", ";", ":", "。"):
                break
            if x in lex.perspective_closers:
                return True
    return False


def _is_statistic(q: Quantity) -> bool:
    """A figure that measures something: a share, money, a large count, or a named measure."""
    return q.unit not in DURATION_UNITS and (q.unit in _STATISTIC_UNITS or q.value >= 1e4 or q.measure is not None)


def _has(text: str, table, words: Sequence[str] | None) -> bool:
    if words is not None:
        return not table.isdisjoint(words) or table.in_text(text, 2)
    return table.in_text(text, 1)


def _frame(text: str, pair: tuple[str, str]) -> bool:
    """在……条件下, 当……时: an opener and a closer within one clause."""
    open_at = text.find(pair[0])
    if open_at < 0:
        return False
    close_at = text.find(pair[1], open_at + len(pair[0]) + 1)
    return 0 < close_at - open_at <= 20 and "," not in text[open_at:close_at] and (
        pair[0] != "当" or open_at == 0 or text[open_at - 1] in ",") and (pair[1] != "时" or close_at + 1 >= len(text)
                                                                          or text[close_at + 1] in ",")
