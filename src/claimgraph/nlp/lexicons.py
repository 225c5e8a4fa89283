"""Word lists the entity rules read, as immutable data; the broad classed lists (titles
and roles, organisation heads) are TOML beside the code, read by ``load_name_words`` (simplified script: rules match
against the folded view of a text, where traditional characters are already simplified).
"""

from __future__ import annotations

import re

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

# Titles and roles that stand right before a person's name (教授宋立言, 执行长黄仁勋).
PERSON_TITLES: frozenset[str] = frozenset({
    "教授", "副教授", "博士生导师", "博导", "研究员", "院士", "博士", "讲师", "学者", "专家",
    "记者", "实习生", "通讯员", "编辑", "主编", "主持人", "创始人", "联合创始人", "创办人",
    "董事长", "副董事长", "董事", "总裁", "副总裁", "总经理", "副总经理", "总监", "经理",
    "首席执行官", "首席技术官", "首席财务官", "首席科学家", "首席经济学家", "执行长", "执行官",
    "CEO", "CTO", "CFO", "COO", "负责人", "主任", "副主任", "院长", "副院长", "所长", "校长",
    "部长", "局长", "市长", "省长", "主席", "副主席", "发言人", "分析师", "合伙人", "投资人",
    "工程师", "科学家", "律师", "秘书长", "理事长", "会长", "组长", "总编辑", "高管", "老板",
})

# The characters foreign names are written with (data/transliteration.toml): an unknown word of them
# right after a foreign name is more of it (费尔南|迪斯)
TRANSLITERATION: frozenset[str] = frozenset(
    "".join(tomllib.loads(resources.files("claimgraph").joinpath("data", "transliteration.toml")
                          .read_text(encoding="utf-8"))["characters"].split()))

# Common Chinese surnames (single and double), for telling a name from an ordinary word.
SURNAMES: frozenset[str] = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
    "武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒"
    "阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓"
    "古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣"
    "巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    # rarer ones that open no common word (郁, 芮, 贝, 阎: 郁某某, 芮某某)
    "郁芮贝竺荀蔺鄢郜逯濮冀阚嵇郦鞠晁仝亓綦昝扈阎"
    # common ones of Taiwan, Hong Kong and the south (赖, 洪, 萧, 傅, 冼, 区: 赖某某, 萧某某, 区某某)
    "赖洪萧傅冼区禤"
) | frozenset({"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐",
               # rarer ones that are no common word (not 西门, 百里, 第五: a gate, a distance, an ordinal)
               "夏侯", "万俟", "端木", "钟离", "轩辕", "南宫", "独孤", "澹台", "申屠", "呼延", "闻人", "赫连", "拓跋",
               "淳于", "公冶", "东郭", "公羊", "巫马", "太史", "宗政", "仲孙", "叔孙", "乐正", "漆雕", "颛孙", "闾丘",
               "鲜于", "公良", "公西", "壤驷", "亓官", "宰父", "段干", "左丘", "梁丘", "司寇", "子车", "太叔", "羊舌",
               "微生"})

# Suffixes that make a word an organisation's name (复旦大学, 华夏时报社, 腾讯星图实验室).
ORG_SUFFIXES: tuple[str, ...] = (
    "大学", "学院", "研究院", "研究所", "研究中心", "实验室", "科学院", "工程院",
    "有限责任公司", "股份有限公司", "有限公司", "公司", "集团", "控股", "银行", "证券", "基金",
    "资本", "研究", "咨询", "协会", "学会", "委员会", "基金会", "联盟", "交易所",
    "日报", "晚报", "时报", "周刊", "杂志社", "报社", "通讯社", "电视台", "出版社",
)

# Words that look like names by their suffix or shape but denote no one in particular.
GENERIC_WORDS: frozenset[str] = frozenset({
    "科技圈", "财经圈", "市场", "媒体", "外媒", "外界", "公众", "公司", "团队", "企业", "厂商", "行业", "业内", "业界", "机构",
    "该公司", "本公司", "母公司", "子公司", "分公司", "这家公司", "科技公司", "芯片公司", "上市公司",
    "大学", "学院", "实验室", "研究院", "集团", "控股", "银行", "证券", "基金", "资本", "研究",
    "日报", "时报", "报社", "用户", "网友", "投资者", "分析师", "专家", "学者", "记者", "官方",
    "科技巨头", "巨头", "大厂", "同行", "对手", "竞争对手", "客户", "政府", "监管", "监管部门",
    "咨询", "协会", "委员会", "联盟", "交易所", "基金会", "研究中心", "合资公司", "独角兽",
    "商业银行", "中央银行", "国家银行", "投资银行", "创投基金", "风投资本", "科研机构", "高校",
    "有限公司", "股份公司", "集团公司", "总公司", "初创公司", "创业公司", "互联网公司", "平台公司",
})

# Latin-script tokens that are ordinary words or units, not names of things.
LATIN_STOPWORDS: frozenset[str] = frozenset({
    "a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "with", "by", "is", "are",
    "we", "you", "i", "it", "just", "have", "keep", "very", "fast", "running", "be",
    "ceo", "cto", "cfo", "coo", "cio", "cdo", "vs", "ok", "app", "pc", "it", "ip", "id",
    "gaap", "ipo", "gdp", "cpi", "yoy", "qoq", "usd", "rmb", "cny", "hkd", "twd", "eur",
    "km", "kg", "gb", "tb", "mb", "ms", "cm", "mm", "nm", "hz", "ghz", "mhz", "kw", "mw",
    "tokens", "token", "www", "com", "cn", "net", "org", "http", "https", "html",
    "ios", "am", "pm", "no", "yes", "q1", "q2", "q3", "q4", "h1", "h2", "ai",
    # generic acronyms of trades and measures (IC设计业, EV市场, IPO): kinds, not names
    "ic", "ev", "tv", "ppi", "esg", "api", "kol", "ar", "vr", "ui", "ux",
    # kinds of product written in Latin letters (某某SUV, 某某GPU): nouns, not names
    "suv", "mpv", "gpu", "cpu", "npu", "tpu",
    # ordinary English words that head or tail a name but are none on their own
    "one", "two", "three", "new", "pro", "max", "plus", "ultra", "mini", "lite", "all", "more",
    "best", "top", "first", "next", "this", "that", "not", "my", "our", "your", "his", "her",
    "their", "its", "me", "us", "they", "he", "she", "so", "if", "as", "at", "from", "but", "can",
    "will", "do", "does", "hello", "hi", "thanks", "open", "free", "beta", "demo", "live", "plan",
    "news", "update", "version", "model", "chip", "data", "cloud", "online", "team", "inc", "ltd",
    "co", "corp", "group", "lab", "labs", "air", "go", "home", "smart", "edge", "link", "fit", "note",
})

# Verbs of saying and reporting: a surname-initial word no dictionary knows, right before
# one of these, is a person's name (吴某某表示).
# what only a person takes after their name: a courtesy, 本人, or the word for an elder or a
# tradesman one addresses so (陈秀兰老人说, 某某阿伯表示, 某某师傅说)
HONORIFICS = frozenset({"先生", "女士", "小姐", "本人", "老人", "老伯", "阿伯", "伯伯", "婆婆", "阿婆", "大爷", "大妈",
                        "奶奶", "爷爷", "阿姨", "师傅", "師傅"})
# whom a person is to someone, before their name (其长子某某, 死者的女儿某某): a kind of person
KIN = frozenset({"长子", "次子", "幼子", "独子", "长女", "次女", "幼女", "独女", "儿子", "女儿", "妻子", "丈夫",
                 "父亲", "母亲", "哥哥", "姐姐", "弟弟", "妹妹", "孙子", "孙女", "外孙", "外孙女", "儿媳", "女婿",
                 "侄子", "侄女", "外甥", "外甥女", "前妻", "前夫", "未婚妻", "未婚夫", "男友", "女友", "遗孀",
                 "胞弟", "胞兄", "胞妹", "胞姐"})
SPEECH_VERBS: tuple[str, ...] = (
    "表示", "说", "称", "认为", "指出", "透露", "介绍", "坦言", "强调", "告诉", "感慨", "直言",
    "补充", "回应", "解释", "形容", "忆述", "追忆", "提到", "提出", "宣布", "预计", "预测", "分析", "建议", "笑称", "笑说", "笑道", "谦称", "坦承",
    "警告", "提醒", "承认", "否认", "质疑", "批评", "称赞", "赞扬", "抨击", "指责", "抱怨", "反驳",
    "诉称", "辩称", "解读",  # a party's complaint and defence in court (原告某某诉称)
    "官宣",  # an official announcement (某某俱乐部今日官宣)
    # how it was said, what it recalls or confirms (刘芳感叹道, 王强回忆说, 某某证实)
    "感叹", "叹道", "回忆", "表态", "说道", "写道", "问道", "答道", "坦陈", "直指", "吐槽", "证实",
    # what one fears, trusts or reckons, as 认为 tells what one thinks (某某担心……, 某某相信……)
    "担心", "担忧", "相信", "觉得", "估计",
)
# verbs of saying that are nouns as often (市场预期, 保守估计): they show that the words
# before them are a speaker only where a title already does (部长某某预期)
NOUN_LIKE_SPEECH_VERBS: tuple[str, ...] = ("预期", "估计", "预估", "判断", "看好", "担心", "呼吁")

# A name in 「」 is a source or an outlet (向「某某」透露, 据「某某」报道, 「某某」获悉),
# not a quotation, when it stands between these words.
OUTLET_BEFORE: tuple[str, ...] = ("向", "据", "告诉", "接受", "对")
OUTLET_AFTER: tuple[str, ...] = ("获悉", "了解到", "注意到", "报道", "独家", "发现", "梳理")

# Nouns that introduce a product's name in apposition (视频模型某某, 芯片某某).
PRODUCT_HEADS: frozenset[str] = frozenset({
    "模型", "大模型", "芯片", "平台", "产品", "应用", "助手", "机器人", "工具", "软件", "系统", "处理器",
})

# Last characters of dictionary "names" that are things, places or qualities (黄金周, 季后赛, 杜鹃花, 安全性).
NOT_NAME_ENDINGS: frozenset[str] = frozenset("周赛花楼河桥市县庙湖郡冲洲山人帝主筑科街路村镇港湾岛城寺宫门塔堂园馆站场厂性")

# jieba dictionary tags of words that may be part of an organisation's name.
NAME_TAGS: frozenset[str] = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz", "j", "eng"})

# Nouns that introduce an organisation's name in apposition (分析机构Omdia, 初创公司Runway).
ORG_HEADS: tuple[str, ...] = (
    "机构", "公司", "企业", "集团", "实验室", "研究院", "厂商", "媒体", "创业公司", "初创公司",
    "咨询公司", "研究公司", "投资公司", "基金", "交易所", "银行", "券商", "大学", "团队",
)


_CLAUSE_END = re.compile(r"[,，。;；:：!！?？\n]")
_CLAUSE_OPEN = frozenset(",，。;；:：!！?？\n 　」”』\"")  # what stands before a clause's first word


def opens_clause(view: str, start: int) -> bool:
    """Whether ``start`` is where a clause's words begin."""
    return start == 0 or view[start - 1] in _CLAUSE_OPEN


def speaks_in_clause(view: str, start: int, verbs: tuple[str, ...] = SPEECH_VERBS) -> bool:
    """Whether a verb of saying (of ``verbs``) follows ``start`` in its clause (发言人在声明中称,
    发言人回复查询时表示)."""
    clause = _CLAUSE_END.search(view, start)
    rest = view[start:clause.start() if clause else len(view)]
    return any(verb in rest for verb in verbs)


# the tags of the word after a clause's subject: a preposition, an adverb, a time word or a verb
# (某某证券|在报告中预计, 某某电器|通过……回应称, 某某银行|今天表示), not a noun that goes on with it
_PREDICATE_TAGS = frozenset({"p", "d", "t", "v", "vd", "vn", "c"})
# the same of one character, which the tag table lacks: prepositions and adverbs
_PREDICATE_CHARS = frozenset("在于於对對向从從据據经經将將已曾正也还還又都就才仍均并並则則")


def opens_speaking(view: str, start: int, end: int, next_word: str, tags: Mapping[str, str]) -> bool:
    """Whether the words ``view[start:end]`` are the subject that opens their clause and
    the clause then says something (某某证券在报告中预计, 某某电器通过官方微博回应称): what
    only a speaker is. ``next_word``: the word right after ``end``, which must start a
    predicate (数家电池|企业的负责人认为: a noun goes on, the words only modify it)."""
    predicate = next_word in _PREDICATE_CHARS or tags.get(next_word) in _PREDICATE_TAGS or next_word in SPEECH_VERBS
    return predicate and opens_clause(view, start) and speaks_in_clause(view, end)


class WordList(tuple):
    """Words in a fixed order (longest first, as ``str.endswith`` tries them) whose
    membership test is a set lookup, not a scan of the tuple."""

    def __new__(cls, words):
        self = super().__new__(cls, words)
        self._set = frozenset(self)
        return self

    def __contains__(self, word: object) -> bool:
        return word in self._set


@dataclass(frozen=True)
class NameWords:
    """The classed word lists of ``data/roles.toml`` and ``data/org_suffixes.toml``."""

    titles: tuple[str, ...]  # every title, longest first
    organisation_titles: frozenset[str]  # titles whose name-like words before them name an organisation
    free_heads: tuple[str, ...]  # longest first
    bound_heads: frozenset[str]
    generic_organisations: frozenset[str]
    industry_heads: frozenset[str] = frozenset()  # 科技, 食品, 物流: a trade that ends a company's name
    kind_nouns: frozenset[str] = frozenset()  # 厂商, 运营方: the kind of the company named next
    abbreviated_heads: frozenset[str] = frozenset()  # 协, 联, 会: the end of 中汽协, 中物联
    body_titles: frozenset[str] = frozenset()  # 秘书长, 副会长: an association's officers
    spokespeople: frozenset[str] = frozenset()  # 发言人: a role that speaks for its body, named or not
    staff: frozenset[str] = frozenset()  # 客服, 工作人员: who answer for a body but hold no office
    admin_levels: frozenset[str] = frozenset()  # 市, 省: the level of government before a local body (市|统计局)
    body_ranks: frozenset[str] = frozenset()  # 中级, 高级: a court's rank before its name (市|中级|人民法院)
    owned: frozenset[str] = frozenset()  # 股价, 财报, 预测: what a company has or publishes (某某科技的股价)
    kind_characters: frozenset[str] = frozenset()  # 新, 老, 中, 外: a lone character of a kind, not a name
    qualifiers: frozenset[str] = frozenset()  # 资深, 知名: a person's standing before a trade and a title
    descriptors: frozenset[str] = frozenset()  # 外资, 股份制: the kind of an organisation, before its head
    quantities: tuple[str, ...] = ()  # 部分, 多家: how many bodies of a kind, before it (for str.startswith)
    share_moves: frozenset[str] = frozenset()  # 急挫, 收涨: a share price's move, before a figure
    personal_heads: frozenset[str] = frozenset()  # 工作室: a free head after a person's name, no short form
    services: frozenset[str] = frozenset()  # 疾控中心, 气象台: a public service's one word, named by the place before it
    placed_kinds: tuple[str, ...] = ()  # 大学, 医院: how a school's or hospital's one word ends, named by the place before it
    trades: frozenset[str] = frozenset()  # the industry words and the free heads: what ends a company's name
    field_titles: tuple[str, ...] = ()  # 分析师, 研究员: a title a field may stand before (半导体|分析师)


def load_name_words() -> NameWords:
    """The title and organisation-head lexicons packaged in ``claimgraph/data``; read once
    per pipeline (``EntityMatcher.configure``)."""
    data = resources.files("claimgraph").joinpath("data")
    roles = tomllib.loads(data.joinpath("roles.toml").read_text(encoding="utf-8"))
    heads = tomllib.loads(data.joinpath("org_suffixes.toml").read_text(encoding="utf-8"))
    titles = {w for cls in roles.values() for w in cls["words"]}
    org_titles = {w for cls in roles.values() if cls.get("organisation_before") for w in cls["words"]}
    free = {*heads["free"], *heads["personal"], *heads["services"]}  # every free head, whatever its class
    return NameWords(
        titles=WordList(sorted(titles, key=lambda w: (-len(w), w))), organisation_titles=frozenset(org_titles),
        free_heads=WordList(sorted(free, key=lambda w: (-len(w), w))),
        bound_heads=frozenset(heads["bound"]), generic_organisations=frozenset(heads["generic"]),
        industry_heads=frozenset(heads["industry"]), kind_nouns=frozenset(heads["kind_before"]),
        abbreviated_heads=frozenset(heads["abbreviated"]), admin_levels=frozenset(heads["admin_levels"]),
        body_titles=frozenset(roles["association_officers"]["words"]),
        spokespeople=frozenset(roles["spokespeople"]["words"]), staff=frozenset(roles["spokespeople"]["staff"]),
        owned=frozenset(heads["owned"]),
        kind_characters=frozenset(heads["kind_characters"]), body_ranks=frozenset(heads["body_ranks"]),
        qualifiers=frozenset(heads["qualifiers"]), descriptors=frozenset(heads["descriptors"]),
        quantities=tuple(heads["quantities"]),
        share_moves=frozenset(heads["share_moves"]), personal_heads=frozenset(heads["personal"]),
        services=frozenset(heads["services"]),
        placed_kinds=tuple(heads["placed_kinds"]),
        trades=frozenset({*heads["industry"], *free}),
        field_titles=tuple(sorted((w for cls in roles.values() if cls.get("covers_field") for w in cls["words"]),
                                  key=lambda w: (-len(w), w))))
