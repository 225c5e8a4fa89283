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

from charset_normalizer import from_bytes

from .errors import ArticleError
from .models import Article, Span, slug

# Encodings Chinese news arrives in besides UTF-8; a detector's guess outside this set
# (or a guess it is not confident of) is rejected rather than decoded into mojibake.
_LEGACY_ENCODINGS = {"gb18030": "gb18030", "gbk": "gb18030", "gb2312": "gb18030",
                     "big5": "big5hkscs", "big5hkscs": "big5hkscs", "cp950": "big5hkscs",
                     "utf_16": "utf_16", "utf_16_le": "utf_16_le", "utf_16_be": "utf_16_be"}
_MAX_CHAOS = 5.0  # percent of "mess" charset-normalizer may see in a decoding we accept

_LINE = re.compile(r"[^\n]*(?:\r?\n|$)")
_BOILERPLATE = re.compile(
    r"^\s*(?:当前位置|當前位置|您的位置|首页\s*[>|›]|首頁\s*[>|›]|Copyright|版权所有|版權所有|©|\(c\)\s*\d{4}"
    r"|责任编辑|責任編輯|编辑[:：]|免责声明|免責聲明|声明[:：]本文|本文来源|来源[:：]|來源[:：]|扫码|掃碼"
    r"|关注.{0,8}公众号|原标题|原標題|(?:作者|发布时间|發布時間|发布日期|時間)[:：])",
    re.IGNORECASE)
_FOOTER_HINT = re.compile(r"ICP备|ICP證|ICP证|版权所有|版權所有|Copyright|All rights reserved", re.I)
_ORIGINAL_TITLE = re.compile(r"^\s*(?:原标题|原標題)[:：]\s*(?P<title>.+?)\s*$")
_PUBLISHER = re.compile(r"(?:作者|来源|來源|出处)[:：]\s*(?P<pub>[^\s:：|]{2,20}?)\s*(?=发布时间|發布時間|时间|時間|$|\s)")
_DATES = (
    re.compile(r"(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"),
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]"),
)
_DATE_LABEL = re.compile(r"(?:发布时间|發布時間|发布日期|發布日期|时间|時間|日期|发表于|發表於)[:：]?\s*$")
# A byline: 本报记者 陈锋 实习生 李欣雨 北京报道 / （中央社記者吳家豪台北28日電）
_ROLE = r"(?:记者|記者|实习生|實習生|通讯员|通訊員|特约记者|特約記者|撰稿|文)"
_BYLINE = re.compile(
    r"^[\s（(]*(?P<pub>[^\s（()）]{1,12}?)?(?:\([^)]*\)|（[^）]*）)?\s*" + _ROLE +
    r"[\s:：]*(?P<rest>.+?)(?:报道|報導|报导|電|电)?[）)]?\s*$")
_DATELINE = re.compile(
    # （中央社記者吳家豪台北28日電） and 新华社北京11月20日电（记者 周文涛）
    r"^[（(](?P<pub>[^\s（()）記记]{2,6}?)(?:記者|记者)(?P<names>.+?)(?:\d{1,2}日)?(?:電|电)[）)]"
    r"|^(?P<pub2>[^\s（()）]{2,5}?社)[^\s（()）]{0,8}?(?:\d{1,2}月)?\d{1,2}日(?:電|电)\s*"
    r"[（(](?:記者|记者)\s*(?P<names2>[^）)]+)[）)]")
# 【明報專訊】, 【新华社快讯】: the outlet's tag before the lead
_SOURCE_TAG = re.compile(r"^\s*【(?P<tag>[^】\s]{2,8}?)(?:專訊|专讯|快訊|快讯|消息|訊|讯)】\s*")
_PERSON_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
_PLACE_SUFFIX = ("北京", "上海", "广州", "深圳", "台北", "臺北", "香港", "杭州", "南京", "成都",
                 "武汉", "天津", "重庆", "西安", "纽约", "紐約", "华盛顿", "華盛頓", "东京", "東京",
                 "伦敦", "倫敦", "新竹", "台中", "高雄", "苏州", "厦门", "澳门", "澳門")
_SENTENCE_END = "。!?！？…”」』\"'"


def read_article(path: Path, name: str | None = None) -> Article:
    """Read one article file; ``name`` (default: the file name) gives its id. Raises
    ArticleError naming the file and the reason."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ArticleError(str(path), f"cannot be read ({err.strerror})") from err
    return parse_article(data, name or path.name)


def parse_article(data: bytes, name: str) -> Article:
    """Decode ``data`` and read its metadata; ``name`` is the file name, used for the id."""
    text, encoding = decode(data, name)
    lines = list(_lines(text))
    boiler = {i for i, (_, line) in enumerate(lines) if _is_boilerplate(line)}
    headline, date, publisher, authors, meta = _metadata(lines, boiler)
    body = []
    for i, (start, line) in enumerate(lines):
        if i in boiler or i in meta or not line.strip():
            continue
        end = start + len(line.rstrip("\r\n"))
        if (m := _DATELINE.match(line) or _SOURCE_TAG.match(line)):  # metadata; the lead after it is body
            start += m.end()
            publisher = publisher or m.groupdict().get("tag")
        body.append(Span(start=start, end=end))

    def spans(indexes: set[int]) -> tuple[Span, ...]:
        return tuple(Span(start=lines[i][0], end=lines[i][0] + len(lines[i][1].rstrip("\r\n"))) for i in sorted(indexes))

    return Article(
        id=article_id(name), path=name, sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding, text=text, headline=headline, date_published=date,
        publisher=publisher, authors=tuple(authors), body=tuple(body),
        metadata_spans=spans(meta | boiler), boilerplate=spans(boiler))


def article_id(name: str) -> str:
    """A stable id from the file's name below the corpus: without .txt, IRI-safe
    (``sub/a.txt`` -> ``sub%2Fa``)."""
    return slug(name.removesuffix(".txt"))


def decode(data: bytes, name: str) -> tuple[str, str]:
    """UTF-8 first; GB18030, Big5 or UTF-16 when a detector is confident; else an error."""
    if not data.strip():
        raise ArticleError(name, "is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = [("utf_16", data.decode("utf_16", errors="replace"))]
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
        else:
            return _checked(text, name), "utf-8"
        if b"\x00" in data:
            raise ArticleError(name, "is a binary file, not text (it holds NUL bytes)")
        best = from_bytes(data).best()
        if best is None or best.encoding not in _LEGACY_ENCODINGS or best.percent_chaos > _MAX_CHAOS:
            guess = "no encoding fits" if best is None else f"best guess {best.encoding} is not confident"
            raise ArticleError(name, f"is not UTF-8 and its encoding cannot be told ({guess}); "
                                     "convert it to UTF-8, e.g. `iconv -f GB18030 -t UTF-8`")
        encoding = _LEGACY_ENCODINGS[best.encoding]
        candidates = [(encoding, data.decode(encoding, errors="strict"))]
    encoding, text = candidates[0]
    return _checked(text.lstrip("\ufeff"), name), encoding


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
    return bool(s) and (bool(_BOILERPLATE.match(s)) or bool(_FOOTER_HINT.search(s)) and len(s) < 200)


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
        if i in boiler:
            continue
        if (m := _DATELINE.match(line)):
            publisher = publisher or m.group("pub") or m.group("pub2")
            authors = authors or _names(m.group("names") or m.group("names2"))
        elif (names := _byline_names(line)) is not None:
            authors = authors or names[1]
            meta.add(i)
            if publisher is None and names[0] not in ("本报", "本報", "本台", "本刊", ""):
                publisher = names[0]
        elif i == first_content and _looks_like_title(line):
            headline = headline or _clean_title(line)
            meta.add(i)
    return headline, date, publisher, authors, meta


def _byline_names(line: str) -> tuple[str, list[str]] | None:
    """(publisher word, reporter names) of a byline such as 本报记者 陈锋 北京报道."""
    m = _BYLINE.match(line)
    if m is None or len(line) >= 80 or line.rstrip("”」』\"").endswith(tuple("。！？")):
        return None
    names = _names(m.group("rest"), reported=line.endswith(("报道", "報導", "报导")))
    return (m.group("pub") or "", names) if names else None


def _looks_like_title(line: str) -> bool:
    return len(line) <= 80 and not line.endswith(tuple(_SENTENCE_END)) and not line.startswith(("“", "「"))


def _clean_title(title: str) -> str:
    """Drop a trailing section or site name: 标题|栏目 / 标题_网站."""
    return re.split(r"\s*[|_｜]\s*", title.strip())[0] or title.strip()


def _find_date(line: str) -> dt.date | None:
    for pattern in _DATES:
        for m in pattern.finditer(line):
            try:
                return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
    return None


def _names(rest: str, reported: bool = False) -> list[str]:
    """Reporter names from the text after 记者: split on roles and spaces, drop the place.

    ``reported`` says the byline ended in 报道, whose last word is then the place.
    """
    names = []
    parts = [p for p in re.split(_ROLE + r"|[\s、,，/]+", rest) if p.strip()]
    if reported and len(parts) > 1:
        parts = parts[:-1]
    for part in parts:
        part = part.strip("（）() :：")
        for place in _PLACE_SUFFIX:
            if part.endswith(place) and len(part) > len(place):
                part = part[: -len(place)]
        part = re.sub(r"\d{1,2}日$", "", part)
        if _PERSON_NAME.match(part) and part not in ("本报", "本報"):
            names.append(part)
    return names
