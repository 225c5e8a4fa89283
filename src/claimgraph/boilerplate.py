"""Lines of a news page that are not article text: timestamps, bylines, image credits and
captions, share and advertising lines, in simplified and traditional script.

``ingest`` keeps such lines out of the article's body (they stay in its text, so offsets
hold); a name found only there is no entity of the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_DATE = r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})"
_ZONE = r"(?:\s*(?:HKT|CST|UTC|GMT|JST|KST|EST|EDT|PST|PDT|BST|CET|[+-]\d{2}:?\d{2}|\(?(?:北京|台北|香港)?时间\)?))?"
_STAMP = rf"(?:{_DATE}\s*{_CLOCK}|{_CLOCK}\s*{_DATE}|{_DATE}){_ZONE}"

# the source or author a timestamp line may end in (2026-03-02 09:15　来源：某某日报)
_SOURCE = (r"(?:(?:(?:来源|來源|作者|出处|出處)\s*[:：]|(?:记者|記者)\s*[:：]?)\s*[^\s。！？]{1,20}"
           r"(?:[ \u3000][\u4e00-\u9fff]{2,4}){0,3}\s*)")  # 来源：某某 作者：某某 / 记者 某某
# a line that is only a date and time, or a labelled one (更新時間：09:15 2026-03-02 HKT)
_TIMESTAMP = re.compile(
    rf"^\s*(?:(?:最后|最後)?(?:更新|发布|發布|发表|發表|刊登|上传|上傳|出版)?(?:时间|時間|日期|于|於)?\s*[:：]?\s*)?"
    rf"{_STAMP}\s*(?:(?:更新|发布|發布|发表|發表))?\s*{_SOURCE}{{0,3}}$")  # 来源：某某 作者：某某
# 文|某某, 文/某某, 撰文：某某, 编辑：某某, 攝影：某某
_BYLINE = re.compile(
    r"^\s*(?:文|撰文|作者|编辑|編輯|责编|責編|校对|校對|审核|審核|摄影|攝影|图|圖|撰稿|采写|採寫|口述|整理)"
    r"\s*[|｜/／:：]\s*\S[^。！？!?]{0,20}$")
# 图片来源：……, （图／某某）, 視覺中國, 图为……, ▲……
_IMAGE = re.compile(
    r"^\s*(?:[(（]?\s*(?:图片来源|圖片來源|图片|圖片|图源|圖源|图|圖|照片|相片|来源图|配图|配圖|资料图|資料圖|题图|題圖)"
    r"\s*(?:来源|來源|提供|由)?\s*[:：/／|｜]|图为|圖為|图说|圖說|▲|△|▼|\(图\)|（图）|（圖）)")
_IMAGE_CREDIT = re.compile(r"^\s*[(（]?[^。！？\n]{0,30}(?:供图|供圖|摄$|攝$|图片由.{1,20}提供|圖片由.{1,20}提供)[)）]?\s*$")
# share, follow, download and advertising lines
_SHARE = re.compile(
    r"^\s*(?:(?:分享到|分享至|转发到|轉發到|分享给|分享給|扫一扫|掃一掃|长按识别|長按識別|长按二维码|長按二維碼|打开APP|打開APP|下载APP|下載APP|"
    r"下载客户端|下載客戶端|点击关注|點擊關注|点击阅读|點擊閱讀|点击查看|點擊查看|关注我们|關注我們|返回搜狐|阅读全文|閱讀全文|"
    r"收藏本文|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|相关阅读|相關閱讀|相关新闻|相關新聞|热门推荐|熱門推薦|更多精彩)"
    r"|(?:分享|转发|轉發|点赞|點讚|订阅|訂閱|广告|廣告|推广|推廣|赞助|贊助|举报|舉報|AD|Advertisement|Share|Follow us)"
    r"(?:\s*[:：|｜>»]|\s*$))",
    re.IGNORECASE)
# a press release's contact block and source line (媒体联系：, 电话：021-…, 消息来源：某某)
_CONTACT = re.compile(
    r"^\s*(?:媒体联系|媒體聯繫|媒体联络|媒體聯絡|新闻联络|新聞聯絡|联系人|聯絡人|聯繫人|联系方式|聯絡方式|聯繫方式|电话|電話|手机|手機|"
    r"传真|傳真|邮箱|郵箱|电子邮件|電子郵件|电邮|電郵|地址|网址|網址|消息来源|消息來源|Tel|Fax|E-?mail|Contact)\s*[:：]",
    re.IGNORECASE)
_MAX_LINE = 80  # a furniture line is short; a paragraph that starts like one is text
# an editor's credit closing the last paragraph, and the wire's date code after it (……。（編輯：某某）1140621)
_TRAILING_CREDIT = re.compile(r"[(（]\s*(?:编辑|編輯|责编|責編|责任编辑|責任編輯|校对|校對|审校|審校)\s*[:：/／]\s*"
                              r"[^()（）\n]{1,20}[)）]\s*[0-9０-９]{0,8}\s*$")


def is_site_furniture(line: str) -> bool:
    """Whether a line (stripped) is a timestamp, byline, image credit, caption or a share
    or advertising line rather than article text."""
    s = line.strip()
    if not s or len(s) > _MAX_LINE:
        return False
    return any(p.match(s) for p in (_TIMESTAMP, _BYLINE, _IMAGE, _IMAGE_CREDIT, _SHARE, _CONTACT))


def credit_start(text: str, start: int, end: int) -> int:
    """Where an editor's credit that closes the line ``text[start:end]`` begins (the line's end
    where none does): furniture inside a line of text, kept out of the body as a line of it is."""
    credit = _TRAILING_CREDIT.search(text, start, end)
    return credit.start() if credit is not None else end


def is_widget(line: str) -> bool:
    """Whether a furniture line is a share, follow, download or advertising widget (分享到：微信
    微博): the names in it are the site's buttons, not anything the article names."""
    s = line.strip()
    return bool(s) and len(s) <= _MAX_LINE and _SHARE.match(s) is not None


_SENTENCE_END = re.compile(r"[。！？!?]")


def contact_block(lines: Sequence[str]) -> set[int]:
    """The indexes of the short lines a contact label opens on its own (媒体联系： then
    王女士, 电话：…): the block runs to the next blank line, and a line that reads as a
    sentence ends it."""
    block: set[int] = set()
    for i, line in enumerate(lines):
        s = line.strip()
        m = _CONTACT.match(s)
        if m is None or s[m.end():].strip():
            continue
        for j in range(i + 1, len(lines)):
            t = lines[j].strip()
            if not t or len(t) > 30 or _SENTENCE_END.search(t):
                break
            block.add(j)
    return block
