"""Word lists the extraction rules read, as immutable data.

All in simplified script: rules run over the folded view, where traditional characters
are already simplified and full-width punctuation is ASCII.
"""

from __future__ import annotations

# Verbs that attribute speech or belief to the words before them (张奇表示, 他进一步指出).
SPEECH_VERBS: tuple[str, ...] = (
    "表示", "认为", "指出", "续指", "又指", "续称", "预估", "估计", "预料", "重申", "表明", "分析称", "分析认为", "分析指出", "称", "说", "说道", "透露", "强调", "坦言", "澄清",
    "感慨", "感叹", "告诉记者", "对记者表示", "向记者表示", "对记者说", "告诉", "证实", "介绍", "直言",
    "提到", "解释", "补充", "补充道", "预计", "预测", "相信", "判断", "评价", "回应", "坦承", "承认",
    "表态", "警告", "呼吁", "建议", "提醒", "直呼", "形容", "宣布", "宣称", "声称", "披露", "发现",
    "看来", "写道", "援引", "报道称", "在声明中称", "在声明中表示", "发布公告称", "公告称", "发文称",
)
# Cues whose source is data or documents: they cover their own sentence only.
DATA_CUES: tuple[str, ...] = (
    "数据显示", "报告显示", "研究显示", "调查显示", "统计显示", "资料显示", "公告显示", "财报显示",
    "数据表明", "报告指出", "报告称", "数据称", "显示",
)
# Sources the article leaves unnamed, keyed by the label they get (the cue's head).
UNNAMED_SOURCES: tuple[str, ...] = (
    "有观点", "有分析", "有分析人士", "有人", "有专家", "有业内人士", "有消息", "有媒体", "有报道",
    "外界", "外传", "市场", "业内人士", "业内", "业界", "知情人士", "分析人士", "分析师", "专家",
    "资料", "消息人士", "消息", "媒体", "网友", "舆论", "投资者", "观察人士", "评论", "坊间",
    "社交媒体上", "社交媒体", "多位创业者", "多位业内人士", "一些从业者", "有从业者", "从业者",
)
# Cue verbs that may follow an unnamed source directly, without a comma (外界认为恐…, 外传…).
UNNAMED_VERBS: tuple[str, ...] = (
    "认为", "称", "指出", "担忧", "担心", "预计", "预期", "质疑", "猜测", "透露", "传出消息", "传出",
    "消息称", "显示", "普遍认为", "普遍预计", "分析", "看来", "表示", "看到", "说",
)
# Bare reporting words that stand for an unnamed source on their own.
BARE_UNNAMED: tuple[str, ...] = ("外传", "据悉", "据报道", "据了解", "据传", "据称", "传闻", "传言")
# Pronouns that stand for the last person named.
PERSON_PRONOUNS: tuple[str, ...] = ("他们", "她们", "他", "她")
ORG_ANAPHORS: tuple[str, ...] = ("该公司", "这家公司", "该企业", "该集团", "公司", "其")

HEDGES: tuple[str, ...] = (
    "可能", "很可能", "或许", "也许", "可望", "有望", "大概", "恐怕", "或将", "似乎", "好像",
    "估计", "预计", "不排除", "未必", "不一定", "或", "恐",
)
CONDITIONALS: tuple[str, ...] = (
    "如果", "假如", "若", "一旦", "倘若", "要是", "假设", "只要", "除非", "如若", "万一", "当…时",
)
FUTURE_MARKERS: tuple[str, ...] = (
    "将", "将会", "会", "未来", "预计", "有望", "可望", "即将", "就要", "将要", "计划", "打算",
    "寄望", "变数", "前景", "将来", "明年", "后年", "今后", "接下来",
)
OPINION_MARKERS: tuple[str, ...] = (
    "很", "非常", "更加", "更", "最", "太", "相当", "十分", "极", "特别", "越来越", "较",
    "认为", "应该", "应当", "需要", "必须", "值得", "问题", "优势", "劣势", "弊端", "意味着",
    "重要", "关键", "突出", "亮眼", "强大", "显著", "稳固", "通用", "一席之地", "别无二致", "革命性", "热议",
    "龙头", "霸主", "偏高", "偏低", "过高", "过低", "领先", "落后", "吸引", "隐忧", "强劲", "疲软", "乐观", "悲观", "看好", "风险", "压力", "机会", "优于", "逊于", "不及", "有限", "难以", "不足", "让", "使", "促使", "拉动", "搅动", "仿佛", "像", "一样", "影响", "变化", "加速了", "切面",
)
# Hedges that put a claim in the future (Meta可能采用……, 恐动摇……), unlike 好像 or 似乎.
PREDICTIVE_HEDGES: tuple[str, ...] = ("很可能", "可能", "或将", "有望", "可望", "势必", "料将", "恐")
# Words that make a conditional a habit rather than a prediction (现在……如果不聊……, 通常……).
HABITUAL_MARKERS: tuple[str, ...] = ("现在", "通常", "往往", "一般", "每当", "总是")
FACT_MARKERS: tuple[str, ...] = (
    "发布", "推出", "宣布", "创立", "成立", "发明", "收购", "起诉", "上市", "完成", "签署",
    "现身", "探望", "用餐", "采购", "返回", "前往", "接受", "举行", "召开", "获得", "达成",
    "升级", "成为", "出世", "要求", "在使用",
)
CONTRAST_OPENERS: tuple[str, ...] = ("但是", "但", "不过", "然而", "可是", "只是")
CONCESSIVES: tuple[str, ...] = ("虽然", "虽", "尽管", "固然")
RESPONSE_OPENERS: tuple[str, ...] = ("对此", "对于此", "就此", "针对这一观点", "对于这一观点")
# Openers of an adverbial clause that belongs to the claim a cue comes after
# (随着……爆火,市场担忧……).
ADVERBIAL_OPENERS: tuple[str, ...] = ("随着", "由于", "伴随", "面对", "鉴于")
# Clause openers that start a new proposition after a comma.
CLAUSE_BREAKERS: tuple[str, ...] = ("比如", "例如", "譬如")
# Clause openers that bring a new subject or step of the argument after a comma.
NEW_SUBJECT_OPENERS: tuple[str, ...] = (
    "而且", "并且", "此外", "另外", "随着", "这意味着", "这是", "这也是", "这就是", "该公司", "这家公司", "该企业",
    "其中", "被", "即", "没有", "随后", "然后", "接着", "之后", "直到", "先", "能", "可以",
)
# Words after 其 that do not make it a subject (其实 'in fact', 其他 'other').
QI_NOT_SUBJECT: tuple[str, ...] = ("其实", "其他", "其它", "其余", "其次", "其间")
# Time words that open a clause of its own (…,下午到四平街采购).
TIME_OPENERS: tuple[str, ...] = (
    "今天", "昨天", "明天", "前天", "今日", "昨日", "次日", "当天", "当晚", "上午", "下午", "中午", "晚间", "晚上",
    "凌晨", "傍晚", "早上", "稍后",
)
# Clause endings that make a clause a time frame rather than a claim (国庆假期刚过,…).
TEMPORAL_ENDINGS: tuple[str, ...] = ("刚过", "之际", "期间", "之后", "以后", "以来", "前夕", "之时", "的时候")
# Verbs that take the reported clause without a comma (百度宣布旗下……, 并形容……).
DIRECT_VERBS: tuple[str, ...] = (
    "宣布", "称", "表示", "透露", "指出", "强调", "认为", "预计", "形容", "直呼", "坦言", "证实", "澄清",
    "宣称", "声称", "披露", "相信", "坦承", "承认", "警告", "直言",
)
# Words that may stand before a cue verb whose subject is left out (并形容……, 还向媒体直呼……).
ZERO_SUBJECT_LINKS: tuple[str, ...] = ("并", "还", "也", "又", "同时", "随后", "更", "再", "则", "亦")
# Words a clause opens with when it leaves its subject out (能在……运行, 被寄望……, 随后又……).
ZERO_OPENERS: tuple[str, ...] = (
    "能", "可以", "被", "先", "再", "随后", "然后", "接着", "之后", "直到", "没有", "还", "也", "又", "就", "已经",
    "已", "才", "便", "必须", "需要", "正在", "仍",
)
# Nouns a concept only qualifies (AI芯片, AI行业, AI视频): the claim is about the noun, not the concept.
MODIFIED_HEADS: tuple[str, ...] = (
    "芯片", "晶片", "行业", "产业", "领域", "视频", "长视频", "团队", "赛道", "霸主", "应用", "版", "整体", "云",
    "模型", "部分", "公司", "企业", "厂商", "平台",
)
# Speaker labels of an interview transcript: the interviewer's turns hold questions.
INTERVIEWER_LABELS: frozenset[str] = frozenset({"记者", "本报记者", "问", "Q", "主持人", "编者", "提问"})
ANSWER_LABELS: frozenset[str] = frozenset({"答", "A"})
