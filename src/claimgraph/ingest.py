"""Bytes -> Article: decoding, site boilerplate, and the metadata a news page carries.

The article's ``text`` is the file decoded (a BOM dropped, line endings untouched);
boilerplate is not cut out of it but left out of ``Article.body``, so that every offset
any later stage reports points into the file as the user sees it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from pathlib import Path

from typing import NamedTuple

from charset_normalizer import from_bytes

from .boilerplate import contact_block, credit_start, is_site_furniture
from .errors import ArticleError
from .files import FileRefused, display_path, read_regular
from .models import Article, Span, slug

# Encodings Chinese news arrives in besides UTF-8; a detector's guess outside this set
# (or a guess it is not confident of) is rejected rather than decoded into mojibake.
_LEGACY_ENCODINGS = {"gb18030": "gb18030", "gbk": "gb18030", "gb2312": "gb18030",
                     "big5": "big5hkscs", "big5hkscs": "big5hkscs", "cp950": "big5hkscs",
                     "utf_16": "utf_16", "utf_16_le": "utf_16_le", "utf_16_be": "utf_16_be"}
_MAX_CHAOS = 5.0  # percent of "mess" charset-normalizer may see in a decoding we accept
_UTF8_BOM = b"\xef\xbb\xbf"
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
         (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))  # UTF-32's before UTF-16's, which they start with
_MAX_DAMAGED = 8  # damaged sequences a UTF-8 file is read with (as U+FFFD, with a warning)
MAX_ARTICLE_BYTES = 1_000_000  # the default limit of one article file's size

_LINE = re.compile(r"[^\n]*(?:\r?\n|$)")
_BOILERPLATE = re.compile(
    r"^\s*(?:当前位置|當前位置|您的位置|首页\s*[>|›]|首頁\s*[>|›]|Copyright|版权所有|版權所有|©|\(c\)\s*\d{4}"
    r"|责任编辑|責任編輯|编辑[:：]|免责声明|免責聲明|声明[:：]本文|本文来源|来源[:：]|來源[:：]|扫码|掃碼"
    r"|关注.{0,8}公众号|原标题|原標題|(?:作者|发布时间|發布時間|发布日期|時間)[:：])",
    re.IGNORECASE)
_FOOTER_HINT = re.compile(r"ICP备|ICP證|ICP证|版权所有|版權所有|Copyright|All rights reserved", re.I)
_ORIGINAL_TITLE = re.compile(r"^\s*(?:原标题|原標題)[:：]\s*(?P<title>.+?)\s*$")
# the reporters a timestamp line names after its source (……来源：某某 作者：吴静 王磊)
_AUTHOR_FIELD = re.compile(r"(?<=\s)(?:作者|记者|記者)(?:[:：]\s*|\s+)(?P<names>[^:：|]{2,20}?)\s*$")
_PUBLISHER = re.compile(r"(?<!图片)(?<!圖片)(?<![图圖])(?:作者|来源|來源|出处)[:：]\s*(?P<pub>[^\s:：|]{2,20}?)\s*(?=发布时间|發布時間|时间|時間|$|\s)")
_DATES = (
    re.compile(r"(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"),
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]"),
)
# the year last (03/11/2025 09:21, as Hong Kong's and Singapore's Chinese press write it): day
# first, which is how Chinese writes a date whose year comes last; month first only where the
# day-first reading is no date (11/28/2025)
_YEAR_LAST = re.compile(r"(?<![A-Za-z\d/.-])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d/.-]*\d)")
# a date in Chinese numerals (二〇二六年三月十八日) and in English (March 18, 2026; 18 Mar 2026)
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_CHINESE_DATE = re.compile(r"(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})[日号號]")
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_ENGLISH_DATE = re.compile(rf"\b(?P<mon>{_MONTH_NAME})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d{{2}})\b"
                           rf"|\b(?P<d2>\d{{1,2}})\s+(?P<mon2>{_MONTH_NAME})\s+(?P<y2>(?:19|20)\d{{2}})\b")


def _cn_number(text: str) -> int:
    """A month's or a day's number in Chinese numerals (十八 -> 18, 三十一 -> 31, 九 -> 9)."""
    if "十" not in text:
        return _CN_DIGIT[text]
    tens, _, ones = text.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


# full-width digits, letters and marks as their ASCII forms, for reading a date (２０２５／１１／０３)
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
# a date and a time that open a line (2026-10-15 13:20, 2026年10月15日 13:20:05, 2026/10/15)
_LEADING_TIME = re.compile(r"^\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s+")
# a headline that opens with a quotation, then a dash or a colon and its subject (“……”——对话某某)
_QUOTED_TITLE = re.compile(r"^[“「][^”」]{2,60}[”」]\s*(?:——|—|--|:|：|\||｜)\s*\S")
# a line of a date, its time and its weekday, and the outlet's name before or after them
# (2026-02-14 某某周末, 2026年9月12日 星期六 某某商報, 某某网 2026/05/20 10:00): the header
_WHEN = (r"(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号號]?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
         r"(?:\s*[(（]?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天][)）]?)?")
_OUTLET_WORD = r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·]{1,11}"
_DATED_LINE = re.compile(rf"^\s*(?:{_WHEN}(?:[ \t\u3000]+(?P<after>{_OUTLET_WORD}))?|(?P<before>{_OUTLET_WORD})[ \t\u3000]+{_WHEN})\s*$")
_ASKER_LABEL = re.compile(r"^[*【\[]*(?:记者|記者|问|問|主持人|提问|提問|Q)[】\]*]*\s*[:：]")
_DATE_LABEL = re.compile(r"(?:发布时间|發布時間|发布日期|發布日期|时间|時間|日期|发表于|發表於)[:：]?\s*$")
# A byline: 本报记者 周明远 实习生 孙晓 北京报道 / （中央社記者林志豪台北12日電）
# the roles before and between reporters' names; 文 only as a credit (文/王凯), never inside or at the
# end of a name (陈文华, 記者王怡文/台北報導), and between names only before its slash or colon
# (记者会, a press conference, is no reporter: 某某航空記者會致歉 is a headline, no byline)
_ROLES = r"记者(?![会會])|記者(?![会會])|实习生|實習生|通讯员|通訊員|特约记者|特約記者|特约撰稿人?|特約撰稿人?|撰稿"
_CREDIT = r"(?<![\u4e00-\u9fff])文"
_ROLE = rf"(?:{_ROLES}|{_CREDIT})"
_NAME_ROLE = rf"(?:{_ROLES}|{_CREDIT}(?=[/／:：]))"
_BYLINE = re.compile(
    r"^[\s（(【〔［\[]*(?P<pub>[^\s（()）【】〔〕［］\[\]]{1,12}?)??(?:\([^)]*\)|（[^）]*）)?\s*" + _ROLE +
    r"[\s:：]*(?P<rest>.+?)(?:报道|報導|報道|报导|電|电)?[）)】〕］\]]?\s*$")
_DATELINE = re.compile(
    # （中央社記者林志豪台北12日電） and 新华社北京11月20日电（记者 周文涛）
    r"^[（(](?P<pub>[^\s（()）記记]{2,6}?)(?:記者|记者)(?P<names>.+?)(?:\d{1,2}日)?(?:電|电)[）)]"
    r"|^(?P<pub2>[^\s（()）]{2,5}?社)[^\s（()）]{0,8}?(?:\d{1,2}月)?\d{1,2}日(?:電|电)\s*"
    r"[（(](?:記者|记者)\s*(?P<names2>[^）)]+)[）)]"
    # 本报讯（记者 陈静）, 本报北京3月5日讯（记者 陈静 通讯员 李明）, 某某网讯(记者王凯)
    r"|^(?P<pub3>[^\s\d（()）【】]{1,12}?)(?:\d{1,2}月)?(?:\d{1,2}日)?(?:讯|訊)\s*"
    r"[（(](?:記者|记者)\s*(?P<names3>[^）)]+)[）)]"
    # 本报讯 某某……, 本报北京3月5日讯：: the paper's own dateline with no reporter
    r"|^(?:本报|本報|本刊|本台|本网|本網)[^\s\d（()）【】]{0,6}?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:讯|訊)(?:[\s:：]+|(?=[^\s]))"
    # 中央社記者林志豪台北12日電 on a line of its own (the brackets dropped or 【】), a date before it or not
    r"|^[【〔［\[]?(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?(?P<pub4>[^\s（()）【】〔〕［］\[\]記记\d]{2,6}?)"
    r"(?:記者|记者)(?P<names4>[^\s,，。:：（()）【】\d]{2,16}?)\d{1,2}日(?:電|电)[】〕］\]]?[ \t\u3000]*"
    # 中新网北京3月18日电 国家统计局……, 新华社华盛顿3月18日电: a wire's dateline with no reporter
    r"|^(?P<pub5>[^\s\d（()）【】,，。:：]{1,6}?(?:社|网|網|报|報|台))[^\s\d（()）【】,，。:：]{0,6}?"
    r"(?:\d{1,2}月)?\d{1,2}日(?:電|电)(?![^\s（(])[ \t\u3000]*"
    # （本報記者林宜蓁／台北報導）, 〔記者王凱／台中報導〕: a bracketed byline, the place after a slash
    r"|^[（(〔［\[【](?P<pub6>[^\s（()）〔〕【】記记／/]{1,6}?)?(?:記者|记者)\s*(?P<names6>[^\s／/（()）〔〕【】\]］]{2,20}?)\s*[／/]\s*"
    r"[^\s（()）〔〕【】／/]{1,8}?(?:報導|报道|報道|报导)[）)〕］\]】]\s*"
    # 东京12月2日消息 日本央行……: a place's dateline with no outlet, a blank or a colon after it
    r"|^[\u4e00-\u9fff]{2,6}?(?:\d{1,2}月)?\d{1,2}日(?:消息|讯|訊)(?:[ \t\u3000]+|[:：]\s*)"
    # 【记者 某某】, （记者 某某 某某）, 【記者 某某 報道】: a bracketed byline of reporters alone before the lead
    r"|^[【〔［\[（(](?:本报|本報)?(?:記者|记者)[\s:：]*(?P<names7>[\u4e00-\u9fff·][\u4e00-\u9fff·\s、]{1,19}?)\s*"
    r"(?:报道|報導|報道|报导)?[】〕］\]）)]\s*")
# 【明報專訊】, 【新华社快讯】: the outlet's tag before the lead
_SOURCE_TAG = re.compile(r"^\s*[【《](?P<tag>[^】》\s]{2,8}?)(?:\d{1,2}日)?(?:專訊|专讯|快訊|快讯|消息|訊|讯)[】》]\s*")
_SELF = ("本报", "本報", "本刊", "本台", "本网", "本網")  # the paper's word for itself names no publisher


def _outlet(name: str | None) -> str | None:
    """The outlet a dateline opens with, its place left off (某某网北京 -> 某某网); none for 本报."""
    if name is None or name.startswith(_SELF):
        return None
    place = next((p for p in _PLACE_SUFFIX if name.endswith(p) and len(name) > len(p)), None)
    return name[:-len(place)] if place else name


_PERSON_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
_PLACE_SUFFIX = ("北京", "上海", "广州", "深圳", "台北", "臺北", "香港", "杭州", "南京", "成都",
                 "武汉", "天津", "重庆", "西安", "纽约", "紐約", "华盛顿", "華盛頓", "东京", "東京",
                 "伦敦", "倫敦", "新竹", "台中", "高雄", "苏州", "厦门", "澳门", "澳門")
_SENTENCE_END = "。!?！？…”」』\"'"
_CLOSING_QUOTES = "”」』\"'"  # a line that ends in one ends a sentence only with a stop inside it
_COLUMN_LABEL = 4  # 专访, 独家, 深度观察: a column's label before a headline is this short
_ASKING_TITLE = 40  # a headline that asks or exclaims is short; a longer first line is the lead


def read_article(path: Path, name: str | None = None, max_bytes: int | None = MAX_ARTICLE_BYTES) -> Article:
    """Read one article file; ``name`` (default: the file name) gives its id. Raises
    ArticleError naming the file and the reason: not a regular file (nothing else is
    opened), larger than ``max_bytes``, or not readable text."""
    shown = name or display_path(path.name)
    try:
        data = read_regular(path, max_bytes)
    except FileRefused as err:
        advice = ("; split it into several articles, or raise the limit with --max-article-size"
                  if "limit" in err.reason else "")
        raise ArticleError(display_path(path), err.reason + advice) from err
    return parse_article(data, shown)


def parse_article(data: bytes, name: str, *, markup: bool = True) -> Article:
    """Decode ``data`` and read its metadata; ``name`` is the file name, used for the id.
    With ``markup``, an HTML page (by its name, or its content) is read by ingest_html."""
    text, encoding, warnings = decode_text(data, name)
    if markup:
        from .ingest_html import read_page  # noqa: PLC0415 - ingest_html builds on this module

        if (page := read_page(data, text, encoding, name)) is not None:
            return page.model_copy(update={"warnings": (*warnings, *page.warnings)})
    lines = list(_lines(text))
    boiler = {i for i, (_, line) in enumerate(lines) if _is_boilerplate(line)} | contact_block([x for _, x in lines])
    headline, date, publisher, authors, meta = _metadata(lines, boiler)
    body = []
    for i, (start, line) in enumerate(lines):
        if i in boiler or i in meta or not line.strip():
            continue
        end = start + len(line.rstrip("\r\n"))
        if (m := _DATELINE.match(line) or _SOURCE_TAG.match(line)):  # metadata; the lead after it is body
            start += m.end()
            publisher = publisher or _outlet(m.groupdict().get("tag"))  # 【本報訊】 names no outlet
            if start >= end:
                continue  # the dateline is the whole line
        if (credit := credit_start(text, start, end)) < end:  # an editor's credit is no part of the text
            end = start + len(text[start:credit].rstrip())
            if start >= end:
                continue
        body.append(Span(start=start, end=end))

    def spans(indexes: set[int]) -> tuple[Span, ...]:
        return tuple(Span(start=lines[i][0], end=lines[i][0] + len(lines[i][1].rstrip("\r\n"))) for i in sorted(indexes))

    return Article(
        id=article_id(name), path=name, sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding, text=text, warnings=warnings, headline=headline, date_published=date,
        publisher=publisher, authors=tuple(authors), body=tuple(body),
        metadata_spans=spans(meta | boiler), boilerplate=spans(boiler))


def article_id(name: str) -> str:
    """A stable id from the file's name below the corpus: without .txt, IRI-safe
    (``sub/a.txt`` -> ``sub%2Fa``)."""
    return slug(name.removesuffix(".txt"))


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of ``data`` and its encoding (see ``decode_text``)."""
    decoded = decode_text(data, name)
    return decoded.text, decoded.encoding


class Decoded(NamedTuple):
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode_text(data: bytes, name: str) -> Decoded:
    """UTF-8 (or UTF-16/32, by their BOM or, without one, by where their zero bytes fall);
    UTF-8 with a few damaged bytes, each read as U+FFFD and named in a warning; GB18030,
    Big5 or UTF-16 when a detector is confident; else an error that names the first byte
    that is not UTF-8."""
    if not data.strip():
        raise ArticleError(name, "is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_checked(data[len(bom):].decode(encoding), name), encoding.replace("-", "_"))
            except UnicodeDecodeError as err:
                raise ArticleError(name, f"starts with a {encoding.upper()} byte-order mark but is not "
                                         f"{encoding.upper()} (byte {err.start + len(bom)})") from err
    text, bad = _utf8_with_damage(data)
    # valid UTF-8 is UTF-8, unless its zero bytes have the shape of mostly-ASCII UTF-16/32
    if b"\x00" in data and not data.startswith(_UTF8_BOM) and (
            wide := _wide(data, share=0.0 if bad else 0.3, least=1 if bad else 4)) is not None:
        return Decoded(_checked(wide[0], name), wide[1])
    if not bad:
        return Decoded(_checked(text, name), "utf-8")
    if bad and len(bad) > _MAX_DAMAGED and _mostly_utf8(text, bad, 2):
        raise ArticleError(name, f"is UTF-8 with more than {_MAX_DAMAGED} damaged bytes (the first at byte "
                                 f"{bad[0][0]}); repair them, or save the file as UTF-8 again")
    if bad and len(bad) <= _MAX_DAMAGED and _mostly_utf8(text, bad, 8):
        shown = ", ".join(f"byte {b} (character {c})" for b, c in bad[:5]) + (" …" if len(bad) > 5 else "")
        return Decoded(_checked(text, name), "utf-8", (
            f"{len(bad)} damaged byte sequence(s) that are not UTF-8 were read as U+FFFD (\ufffd): {shown}; "
            "fix them in the file to keep what they said",))
    if b"\x00" in data:
        raise ArticleError(name, "is a binary file, not text (it holds NUL bytes)")
    best = from_bytes(data).best()
    if best is None or best.encoding not in _LEGACY_ENCODINGS or best.percent_chaos > _MAX_CHAOS:
        guess = "no encoding fits" if best is None else f"best guess {best.encoding} is not confident"
        first = f"; its first byte that is not UTF-8 is byte {bad[0][0]}" if bad else ""
        raise ArticleError(name, f"is not UTF-8 and its encoding cannot be told ({guess}){first}; convert it "
                                 "to UTF-8 from the encoding it was saved in: `iconv -f ENCODING -t UTF-8`")
    encoding = _LEGACY_ENCODINGS[best.encoding]
    return Decoded(_checked(data.decode(encoding, errors="strict").lstrip("\ufeff"), name), encoding)


def _utf8_with_damage(data: bytes) -> tuple[str, list[tuple[int, int]]]:
    """``data`` as UTF-8 (a BOM dropped) with each damaged sequence read as U+FFFD, and
    (byte offset in the file, character offset in the text) of each; stops after
    ``_MAX_DAMAGED`` + 1 of them."""
    pos = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    pieces: list[str] = []
    bad: list[tuple[int, int]] = []
    chars = 0
    while True:
        try:
            pieces.append(data[pos:].decode("utf-8"))
            return "".join(pieces), bad
        except UnicodeDecodeError as err:
            good = data[pos:pos + err.start].decode("utf-8")
            pieces += [good, "\ufffd"]
            bad.append((pos + err.start, chars + len(good)))
            chars += len(good) + 1
            pos += err.end
            if len(bad) > _MAX_DAMAGED:
                return "".join(pieces), bad


def _mostly_utf8(text: str, bad: list[tuple[int, int]], times: int) -> bool:
    """Whether a text with damaged sequences is UTF-8 all the same: valid multi-byte
    characters, which other encodings' bytes almost never form by chance, outnumber the
    damaged sequences ``times`` over."""
    return sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd") >= times * len(bad)


def _wide(data: bytes, share: float, least: int) -> tuple[str, str] | None:
    """UTF-32 or UTF-16 without a byte-order mark, told by where the zero bytes fall (the
    high bytes of ASCII characters, and of every character in UTF-32): all (UTF-32) or
    nearly all (UTF-16: a CJK character U+XX00 puts one elsewhere) in one position of the
    code unit, at least ``least`` of them and ``share`` of the code units; it must decode
    to text without NUL."""
    candidates = []
    if len(data) % 4 == 0:
        units = len(data) // 4
        if data[3::4].count(0) == units and max(data[2::4]) <= 0x10:
            candidates.append("utf_32_le")
        if data[0::4].count(0) == units and max(data[1::4]) <= 0x10:
            candidates.append("utf_32_be")
    if len(data) % 2 == 0:
        units = len(data) // 2
        odd, even = data[1::2].count(0), data[0::2].count(0)
        if odd >= max(4 * even, least, share * units):
            candidates.append("utf_16_le")
        elif even >= max(4 * odd, least, share * units):
            candidates.append("utf_16_be")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text, encoding
    return None


def _checked(text: str, name: str) -> str:
    if not text.strip():
        raise ArticleError(name, "holds only white space")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t")
    if controls > max(2, len(text) // 200):
        raise ArticleError(name, f"is a binary file, not text ({controls} control characters)")
    return text


def _lines(text: str):
    """(offset, line with its line ending) for every line of ``text``."""
    for m in _LINE.finditer(text):
        if m.start() == len(text):
            break
        yield m.start(), m.group()


def _is_boilerplate(line: str) -> bool:
    s = line.strip()
    return bool(s) and (bool(_BOILERPLATE.match(s)) or bool(_FOOTER_HINT.search(s)) and len(s) < 200
                        or is_site_furniture(s))


def _metadata(lines, boiler):
    """Headline, date, publisher, reporters, and the indexes of the lines that held them."""
    headline = date = publisher = None
    authors: list[str] = []
    meta: set[int] = set()
    first_content = next((i for i, (_, line) in enumerate(lines) if line.strip() and i not in boiler), None)
    for i, (_, raw) in enumerate(lines[:12]):
        line = raw.strip()
        if not line:
            continue
        if (m := _ORIGINAL_TITLE.match(line)) and headline is None:
            headline = _clean_title(m.group("title"))
        if date is None and (i in boiler or i == first_content or len(line) < 60):
            date = _find_date(line)
        if publisher is None and i in boiler and (m := _PUBLISHER.search(line)):
            publisher = m.group("pub")
        if not authors and i in boiler and (m := _AUTHOR_FIELD.search(line)):
            authors = _names(m.group("names"))  # 2026-08-20 来源：某某 作者：吴静
        if i in boiler:
            # 2026-10-15 13:20 某某新闻网 记者某某／台北报导: a byline after the time of a source line
            rest = _LEADING_TIME.sub("", line)
            if rest != line and (names := _byline_names(rest)) is not None:
                authors = authors or names[1]
                if publisher is None and names[0] not in ("本报", "本報", "本台", "本刊", ""):
                    publisher = names[0]
            continue
        if (m := _DATELINE.match(line)):
            publisher = publisher or m.group("pub") or m.group("pub2") or _outlet(m.group("pub3")) or m.group("pub4") \
                or m.group("pub5") or _outlet(m.group("pub6"))
            names = m.group("names") or m.group("names2") or m.group("names3") or m.group("names4") or m.group("names6") \
                or m.group("names7")
            authors = authors or (_names(names) if names else [])
        elif (names := _byline_names(_LEADING_TIME.sub("", line))) is not None:  # after its time, if any
            authors = authors or names[1]
            meta.add(i)
            if publisher is None and names[0] not in ("本报", "本報", "本台", "本刊", ""):
                publisher = names[0]
        elif (m := _DATED_LINE.match(line)) is not None:
            outlet = m.group("after") or m.group("before")
            if publisher is None and outlet is not None and outlet not in _SELF:
                publisher = outlet
            meta.add(i)  # the header's date line: no part of the body
        elif i == first_content and _looks_like_title(line):
            headline = headline or _clean_title(line)
            meta.add(i)
    return headline, date, publisher, authors, meta


def _byline_names(line: str) -> tuple[str, list[str]] | None:
    """(publisher word, reporter names) of a byline such as 本报记者 周明远 北京报道."""
    m = _BYLINE.match(line)
    if m is None or len(line) >= 80 or line.rstrip("”」』\"").endswith(tuple("。！？")):
        return None
    names = _names(m.group("rest"), reported=line.rstrip("）)】〕］] ").endswith(("报道", "報導", "報道", "报导")))
    return (m.group("pub") or "", names) if names else None


def _looks_like_title(line: str) -> bool:
    """A first line that does not end a sentence, or a short one that asks or exclaims
    (外卖补贴战何时休？): one sentence of headline length, no quotation, no asker's label
    (记者：……？ opens a transcript)."""
    if _ASKER_LABEL.match(line):
        return False
    if line.startswith(("“", "「")):
        # “……”——对话某某: a quotation the headline sets before its subject, not a paragraph of
        # one; 「某某」風波延燒 業者：……: a quoted term the headline's words go on from, with no
        # comma after it (「……」，他說 is a paragraph's)
        if line.rstrip(_CLOSING_QUOTES).endswith(tuple(_SENTENCE_END)) or len(line) > 80:
            return False
        if _QUOTED_TITLE.match(line) is not None:
            return True
        closing = line.find("”" if line[0] == "“" else "」")
        rest = line[closing + 1:] if closing > 0 else ""
        return len(line) <= _ASKING_TITLE and bool(rest.strip()) and not any(mark in rest for mark in ",，")
    if line.endswith(("?", "？", "!", "！")):
        return len(line) <= _ASKING_TITLE and not any(mark in line[:-1] for mark in "。？！?!")
    return len(line) <= 80 and not line.rstrip(_CLOSING_QUOTES).endswith(tuple(_SENTENCE_END))  # 议员批「只顾赚钱」: a quote, not a sentence, ends it


def _clean_title(title: str) -> str:
    """Drop Markdown's heading and bold marks around it (## **标题**), a trailing section or
    site name (标题|栏目 / 标题_网站), or a leading column label shorter than what follows it
    (专访|某某:……, 独家｜……)."""
    title = title.strip().lstrip("#").strip().strip("*").strip()
    pieces = [p for p in re.split(r"\s*[|_｜]\s*", title) if p]
    if len(pieces) > 1 and len(pieces[0]) <= _COLUMN_LABEL < len(pieces[1]):
        return pieces[1]
    return pieces[0] if pieces else title


def _find_date(line: str) -> dt.date | None:
    line = line.translate(_HALF_WIDTH)
    for pattern in _DATES:
        for m in pattern.finditer(line):
            try:
                return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
    for m in _CHINESE_DATE.finditer(line):  # 二〇二六年三月十八日, as official notices write it
        try:
            return dt.date(int("".join(str(_CN_DIGIT[c]) for c in m.group("y"))), _cn_number(m.group("m")),
                           _cn_number(m.group("d")))
        except ValueError:
            continue
    for m in _ENGLISH_DATE.finditer(line):  # March 18, 2026 / 18 March 2026
        try:
            return dt.date(int(m.group("y") or m.group("y2")), _MONTHS[(m.group("mon") or m.group("mon2"))[:3].lower()],
                           int(m.group("d") or m.group("d2")))
        except ValueError:
            continue
    for m in _YEAR_LAST.finditer(line):
        y, a, b = int(m.group("y")), int(m.group("a")), int(m.group("b"))
        for month, day in ((b, a), (a, b)):
            try:
                return dt.date(y, month, day)
            except ValueError:
                continue
    return None


# the place a Taiwan byline gives after a slash, at its end (記者王凱／台中, 特約撰稿 許雅雯／台南)
_SLASHED_PLACE = re.compile(r"[/／]\s*[\u4e00-\u9fff]{2,3}\s*$")


def _names(rest: str, reported: bool = False) -> list[str]:
    """Reporter names from the text after 记者: split on roles and spaces, drop the place.

    ``reported`` says the byline ended in 报道, whose last word is then the place.
    """
    names = []
    parts = [p for p in re.split(_NAME_ROLE + r"|[\s、,，/／]+", rest) if p.strip()]
    dated = _SLASHED_PLACE.search(rest) is not None  # 許雅雯／台南: the place after the slash, 报道 or not
    if (reported or dated) and len(parts) > 1:
        parts = parts[:-1]
    for part in parts:
        part = re.sub(r"\d{1,2}日$", "", part.strip("（）() :："))  # 新竹20日電: the day, then the place
        for place in _PLACE_SUFFIX:
            if part.endswith(place) and len(part) > len(place):
                part = part[: -len(place)]
        if _PERSON_NAME.match(part) and part not in ("本报", "本報") and part not in _REPORT_KINDS:
            names.append(part)
    return names


# what kind of piece a byline says it is, after the reporter (记者 某某／专访): no one's name
_REPORT_KINDS = frozenset({"专访", "專訪", "专稿", "專稿", "特稿", "整理", "编译", "編譯", "采访", "採訪", "摄影", "攝影",
                           "报道", "報導", "报导", "報道", "综合", "綜合", "综述", "綜述", "撰文", "执笔", "執筆"})
