"""Strip an article's boilerplate and read its header: category, title, dateline, source.

`clean` works line by line and is conservative: it removes only what matches a known
shape (a category word at the very top, a short unpunctuated title line before the body,
a dateline, an agency sign-off, footnotes, web furniture such as comment forms and share
buttons) and never a sentence of the article. Every removed piece is kept, in document
order, in `Cleaned.boilerplate`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Literal

Lang = Literal["ar", "en"] | str


@dataclass(frozen=True)
class Cleaned:
    """An article body with the header and boilerplate taken out of it."""

    text: str  # the body: stripped paragraphs joined by one blank line
    title: str | None = None  # the headline line, when the text starts with one
    dateline: str | None = None  # place of the dateline: `دبي`, `DUBAI`
    source: str | None = None  # agency or paper of the dateline, else of the sign-off
    category: str | None = None  # section word above the headline: `تكنولوجيا`
    boilerplate: list[str] = field(default_factory=list)  # every removed piece, in document order
    published: dt.date | None = None  # the day the dateline or a page stamp gives: `أبوظبي في 17 مارس 2024`


# News agencies as they sign datelines and sign-offs (Arabic and Latin spellings).
_AGENCIES = (
    "وام", "واس", "بنا", "بترا", "كونا", "قنا", "العمانية", "ومع", "سانا", "واع", "سبأ", "وفا", "أ ش أ",
    "وأج", "وات", "سونا", "وال", "الأناضول", "رويترز", "أ ف ب", "فرانس برس", "د ب أ", "شينخوا", "يونا",
    "WAM", "SPA", "BNA", "Petra", "PETRA", "KUNA", "QNA", "ONA", "MAP", "SANA", "INA", "Saba", "SABA", "WAFA",
    "MENA", "APS", "TAP", "SUNA", "LANA", "Anadolu", "Reuters", "AFP", "AP", "dpa", "DPA", "Xinhua", "UNA",
)
_CATEGORIES = frozenset(
    """تكنولوجيا تقنية اقتصاد أعمال سياسة رياضة محليات ثقافة فن فنون منوعات صحة علوم تعليم مجتمع أخبار دولي عربي خليجي
    العالم الإمارات السعودية البحرين الكويت مصر عربي_ودولي اقتصاد_وأعمال technology tech business economy politics
    sports sport world local health culture science education society news""".replace("_", " ").split()
)
_RELEASE_HEADERS = re.compile(
    r"^(?:بيان صحفي|بيان صحافي|خبر صحفي|للنشر الفوري|press release|for immediate release|news release)\s*[:.]?$", re.I
)



def _voweled(name: str) -> str:
    """An agency's name written with vowels or tatweel (`العُمانيّة`) as a regex."""
    return "".join(re.escape(c) + ("[\u064B-\u0652\u0640]*" if "\u0621" <= c <= "\u064A" else "") for c in name)


# the names with the article may carry vowels (`/العُمانية/`); tried after the plain names, which cost less
_AGENCY_ALT = "|".join([*sorted((re.escape(a) for a in _AGENCIES), key=len, reverse=True),
                        *(_voweled(a) for a in _AGENCIES if a.startswith("ال"))])
_AG = rf"(?<![\w])(?:{_AGENCY_ALT})(?![\w])"
_SEP = r"[-–—:/]"

# A dateline that fills its line: `دبي- صوت الإمارات`, `دبي- سويفت نيوز:`, `الرياض - واس:`.
_DATELINE_LINE = re.compile(rf"^(?P<place>[^\W\d][^\d\-–—:/,،()]{{0,30}}?)\s*{_SEP}+\s*(?P<source>[^\W\d][^\d:،,.\-–—/]{{0,40}}?)\s*[:\-–—/]*$")
# A known agency marking a dateline: `(WAM)`, `/ وام /`, `- واس:`, `... م واس` (at the end of its line).
_AGENCY_MARK = re.compile(
    rf"\(\s*(?P<a1>{_AG})\s*\)|/\s*(?P<a2>{_AG})\s*/|(?:(?<=[\s\-–—:/,،])|^)(?P<a3>{_AG})(?=[\s:\-–—/]|$)"
)
_AFTER_AGENCY = re.compile(r"\s*(?:--|[-–—:/])*\s*")
_SEPARATOR_AFTER = re.compile(r"\s*(?:--|[-–—:/]|$)")
# Where the place of a dateline ends: `أبوظبي في 17`, `DUBAI, 17th`, `الرباط/ 12`, `الرياض - واس`.
_PLACE_END = re.compile(r"\s+في\s|[\d,،/()\-–—]|\s*$")
_PLACE = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*(?: [^\W\d_]+(?:[-'’.][^\W\d_]+)*){0,3}")
_HEAD = 200  # datelines sit in the first characters of a line; regexes never see more
# A dateline opening the first paragraph without a known agency: `دبي - صوت الإمارات: نظمت`,
# `الرباط - أعلن`, `DUBAI, 17th September 2014 -- The`.
_DATELINE_SOURCE_COLON = re.compile(r"^(?P<place>[^\W\d][^\d\-–—:/,،()]{0,30}?)\s*[-–—]\s*(?P<source>[^\W\d][^\d:،,.\-–—/]{1,30}?)\s*:\s+")
_DATELINE_PLACE_DASH = re.compile(r"^(?P<place>[^\W\d][^\d\-–—:/,،()]{0,30}?)\s+[-–—]{1,2}\s+(?=\S)")
# A known place and a date before the body, as ministries write them: `Geneva, 27 February 2024 - The`,
# `Riyadh, March 11, 2024 — The`, `أبوظبي، 11 مارس 2024: أعلنت`.
_DATELINE_PLACE_DATE = re.compile(r"^(?P<place>[^\W\d][^\d,،:()\n]{0,30}?)[,،]\s+(?P<date>[^\n()]{3,40}?)\s*(?:--|[-–—:])\s+(?=\S)")
_DATELINE_EN_DATE = re.compile(r"^(?P<place>[A-Z][A-Z .'-]{1,30}),\s+(?P<date>[^\n()]{3,40}?)\s*(?:--|—|–)\s*(?=\S)")

_CODES = r"(?:/[^\n]{0,80}|(?:[\s/.\-]+[^\W\d]{1,3}){1,10}|\s+\d{3,4}\s*(?:GMT|جمت|ت\s?غ)[^\n]{0,30})"
_SIGNOFF_LINE = re.compile(
    rf"^[-–—/(\s]*(?:(?P<agency>{_AG})\s*\)?\s*\.?\s*{_CODES}?|\(?\s*(?:النهاية|انتهى|END|End|end)\s*\)?[^\n]{{0,40}}"
    rf"|/+\s*انتهى\s*/+|(?:المصدر|Source)\s*[:：]\s*(?P<named>[^\n.]{{2,40}}))\s*[-–—/.]*$"
)
# Editors' initials under a release: `ع ع / ع ذ`, `A.A.H`, `SS/AA`.
# Single letters, or letter pairs joined by `/` or `.`, never words: `نص ثان.` is a sentence.
_INITIALS_LINE = re.compile(r"^[^\W\d](?:\s+[^\W\d]){1,7}(?:\s*/\s*[^\W\d](?:\s+[^\W\d]){0,7})*$"
                            r"|^[^\W\d]{1,2}(?:[./]+[^\W\d]{1,2})+(?:[\s./]+[^\W\d]{1,2})*$")
# Slider/pager links scraped in front of the first line: `Next Previous`, `السابق التالي`.
_PAGER = re.compile(r"^(?:(?:Next|Previous|Prev|السابق|التالي)\s*)+(?=\S|$)", re.I)
# A byline of two short parts: `عين اليوم – الرياض`, `عمر إبراهيم – عين اليوم`.
_BYLINE = re.compile(r"^(?P<a>[^\W\d][^\d\-–—ـ:/,،().]{0,30}?)(?:\s*[-–—]\s*|\s+ـ\s*|\s*ـ\s+)(?P<b>[^\W\d][^\d\-–—ـ:/,،().]{0,30}?)$")
_SIGNOFF_TAIL = re.compile(
    rf"(?:\s+(?:--|—)\s*(?P<a1>{_AG})(?:\s*/[^\n]{{0,80}})?|(?<=[.!؟?»”\"])\s+/?\s*(?P<a2>{_AG})\s*/?\s*\.?"
    rf"|\s*/+\s*انتهى\s*/+|\s*\((?:النهاية|END|end)\)[^\n]{{0,40}})\s*$"
)

_FURNITURE = re.compile(
    r"^(?:"
    # Arabic comment forms, share/print bars, related links, navigation
    r"[اأإ]ترك (?:تعليق[اًا]*|ردا?ً?)|[اأ]ضف تعليق[اًكا]*|التعليقات|تعليقات|تعليق|[0-9]+ تعليق(?:ات)?|شارك(?:ها|ه)?"
    r"|مشاركة|شارك (?:الخبر|هذا الخبر|هذا المقال|المقال)|طباعة(?: الخبر)?|[اإ]طبع|[اأإ]رسل(?:ال)? لصديق"
    r"|زر الذهاب إلى الأعلى|العودة (?:إلى|ل)ل?أعلى|الذهاب للأعلى|[اإ]قرأ (?:أيضا[ًا]?|المزيد)(?:\s*[:：].{0,200})?"
    r"|شاهد أيضا[ًا]?|(?:أخبار|مواضيع|مقالات) ذات (?:صلة|علاقة)|ذات صلة"
    r"|(?:الوسوم|كلمات دلالية|الكلمات الدلالية|الكلمات المفتاحية|كلمات مفتاحية)(?:\s*[:：].{0,200})?"
    r"|هل (?:كان|كانت) (?:محتوى )?(?:هذه )?(?:الصفحة|المحتوى|المعلومات|الخدمة) (?:مفيد|مفيدة)[اًا]*\s*[؟?].{0,20}"
    r"|تابعونا على.{0,80}|جميع الحقوق محفوظة.{0,80}|حقوق النشر محفوظة.{0,80}"
    r"|لن يتم نشر عنوان بريدك الإلكتروني.{0,120}|الحقول الإلزامية مشار إليها.{0,40}|حفظ اسمي.{0,160}"
    r"|الاسم\s*\*?|البريد الإلكتروني\s*\*?|الموقع الإلكتروني|[اإ]رسال التعليق|[اأ]رسل التعليق|نشر التعليق"
    # English
    r"|leave a (?:comment|reply)|your email address will not be published.{0,80}|required fields are marked.{0,10}"
    r"|save my name, email.{0,120}|share this(?: article| story| post| page)?|share(?: on \w+)?|print(?: this (?:article|page))?"
    r"|e-?mail(?: this)?|tweet|related(?: posts| articles| news| stories)?|(?:read (?:more|also)|see also)(?:\s*[:：].{0,200})?"
    r"|back to top|keywords\s*[:：].{0,200}|was this (?:page|article|information|content) (?:helpful|useful)\?.{0,20}"
    r"|go to top|tags?\s*[:：].{0,200}|filed under\s*[:：]?.{0,100}|click to (?:share|print|email).{0,60}|like this"
    r"|loading\.\.\.|all rights reserved.{0,80}|copyright\s*©.{0,80}|©\s*\d{4}.{0,80}|comments?|name\s*\*|website"
    r"|post comment|submit|advertisement|subscribe to our newsletter|follow us on.{0,60}|you may also like"
    r")\s*[:：.!]*$",
    re.I,
)
_NETWORK = (
    r"(?:فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تيليجرام|تلغرام|لينكدإن|لينكد إن|البريد الإلكتروني"
    r"|facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|email|e-mail|reddit|tumblr|messenger)"
)
_SOCIAL_ONLY = re.compile(
    rf"^(?:(?:{_NETWORK}|طباعة|مشاركة|print|share|google\+)"
    r"(?>\s*[|،,·•/]?\s*)){2,}$",  # atomic: the spaces around a separator split only one way
    re.I,
)
# `Share this article: Facebook Twitter WhatsApp`, `شارك الخبر عبر: فيسبوك`
_SHARE_BAR = re.compile(
    rf"^(?:share(?: this(?: article| story| post| page)?)?(?: on| via)?|شارك(?:ها|ه)?(?: \S+){{0,2}}?(?: عبر| على)?)\s*[:：]?\s*"
    rf"{_NETWORK}(?:(?>\s*[|،,·•/]?\s*){_NETWORK})*$",
    re.I,
)
# a photo's credit line: `Photo: WAM`, `الصورة: وام`
_PHOTO_CREDIT = re.compile(r"^\(?(?:photo|image|picture|صورة|الصورة|تصوير)\s*[:：]\s*[^\n.!?؟]{1,60}\)?$", re.I)
# navigation above a page's headline: `Home > UAE > Government`, `الرئيسية » أخبار الإمارات`
_BREADCRUMB = re.compile(
    r"^(?:home|main|الرئيسية|الصفحة الرئيسية)\s*[>»›/|]\s*[^\n]{0,100}$"
    r"|^[^>»›\n.!?؟]{1,40}(?:\s[>»›]\s[^>»›\n.!?؟]{1,40}){2,}$",
    re.I,
)
# a page's view counter: `عدد المشاهدات: 1245`, `Views: 1,024`
_VIEWS = re.compile(
    r"(?:^|\s*[|·•\-–]?\s+)(?:(?:عدد )?(?:المشاهدات|القراءات|الزيارات|الزوار|مرات القراءة|مرات المشاهدة)|views?|reads|hits)"
    r"\s*[:：]?\s*\d[\d,.]*$",
    re.I,
)
# What follows a release's sign-off on agency pages: a clock time (`14:37ت م`, `12:05:33`) or a serial (`0107`).
_TAIL_STAMP = re.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[^\W\d]{1,3}\.?\s*){0,3}|\d{1,6})$")
_FOOTNOTE_LINE = re.compile(r"^\[\d{1,3}\]")
_GLUED_MARKER = re.compile(r"(?<=\S)\[\d{1,3}\]")
_ANY_MARKER = re.compile(r"\s?\[\d{1,3}\]")
_TERMINAL = re.compile(r"[.!?؟:؛،,…][^\w]*$")
_PUNCT_KEY = re.compile(r"[^\w]+")
_BODY_END = re.compile(r"[.!?؟…\"”»)]$")
_PARAGRAPH_END = re.compile(r"[.!?؟:؛…\"”»)][^\w]*$")
# Bidirectional and zero-width marks left at the edges of lines by editors and web pages.
_INVISIBLE = "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_LIST_ITEM = re.compile(r"^(?:[-•*▪●◦–]|\d{1,2}\s*[-.)])")
_BULLET = re.compile(r"^[-•*▪●◦–]\s")
_DIGIT = re.compile(r"\d")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH_DAY = re.compile(r"XXXX-\d{2}-\d{2}")


def clean(text: str, *, lang: Lang = "ar", title: str | None = None) -> Cleaned:
    """Separate an article's body from its header, sign-off, footnotes and web furniture.

    `lang` is the article's language (`ar`, `en`; others get the language-neutral rules).
    `title` is the headline the input gave (JSON field, HTML `<h1>`), if any: a first line
    repeating it is taken off as the title, and no other unpunctuated first line is guessed
    to be one (it may be a photo caption or a lead sentence).

    >>> c = clean("تكنولوجيا\\n\\nقمة الحكومات الخليجية للتواصل الاجتماعي\\n\\nدبي- سويفت نيوز:\\n\\n"
    ...           "أعلنت الجهة المنظمة أن القمة ستقام في دبي.\\n\\nاترك تعليقاً", lang="ar")
    >>> (c.category, c.title, c.dateline, c.source, c.text)
    ('تكنولوجيا', 'قمة الحكومات الخليجية للتواصل الاجتماعي', 'دبي', 'سويفت نيوز', 'أعلنت الجهة المنظمة أن القمة ستقام في دبي.')
    >>> c.boilerplate[-1]
    'اترك تعليقاً'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    lines = [line.strip().strip(_INVISIBLE).strip() for line in text.split("\n")]
    body: list[tuple[int, str]] = [(i, line) for i, line in enumerate(lines) if line]
    removed: list[tuple[int, int, str]] = []  # (line, offset, piece) to sort into document order
    found: dict[str, str | None] = {"title": None, "dateline": None, "source": None, "category": None}
    dated: list[str] = []  # the header's dateline and page stamps, which may give the day of the release

    body = _drop_furniture(body, removed)
    footnotes = _drop_tail(body, removed, found)
    body = [(i, _drop_markers(i, line, removed, footnotes)) for i, line in body]
    body = [(i, line) for i, line in body if line]
    first = body[0][1] if body else ""
    _read_header(body, removed, found, title, dated)
    body = _unwrap(body, english=lang == "en", cut=bool(body) and body[0][1] != first and first.endswith(body[0][1]))

    removed.sort(key=lambda item: (item[0], item[1]))
    return Cleaned(
        text="\n\n".join(line for _, line in body),
        title=found["title"],
        dateline=found["dateline"],
        source=found["source"],
        category=found["category"],
        boilerplate=[piece for _, _, piece in removed],
        published=_day_of(dated, lang),
    )


def _day_of(pieces: list[str], lang: Lang) -> dt.date | None:
    """The first full date (day, month and year) the header's pieces give.

    A numeric date that reads both ways (`3/11/2024`) is read the way that agrees with the
    dateline's day and month (`RIYADH, March 11`), when the dateline gives them without a year.
    """
    from .extract.dates import find_dates

    dates = [entity.value for piece in pieces for entity in find_dates(piece, lang="en" if lang == "en" else "ar")
             if entity.type == "DATE" and entity.value]
    month_days = {value[5:] for value in dates if _MONTH_DAY.fullmatch(value)}
    for value in dates:
        if _ISO_DAY.fullmatch(value):
            swapped = f"{value[8:]}-{value[5:7]}"
            if month_days and value[5:] not in month_days and swapped in month_days:
                value = f"{value[:4]}-{swapped}"
            return dt.date.fromisoformat(value)
    return None


def masked(text: str, *, lang: Lang = "ar", cleaned: Cleaned | None = None) -> str:
    """Blank out with spaces what `clean` takes off an article but its headline: offsets stay as they were.
    `cleaned`: the article's `clean`, when it was cleaned already.

    >>> text = "أبوظبي في 12 مارس / وام / استقبل الرئيس الوفد.\\nوام/ح م/س ر"
    >>> m = masked(text, lang="ar")
    >>> len(m) == len(text), m.split()
    (True, ['استقبل', 'الرئيس', 'الوفد.'])
    """
    cleaned = cleaned if cleaned is not None else clean(text, lang=lang)
    out, at = [], 0
    title = cleaned.title
    for piece in cleaned.boilerplate:
        if piece == title:
            title = None  # the headline is the release's own: it stays
            continue
        found = text.find(piece, at)
        if found < 0:
            continue
        out += [text[at:found], " " * len(piece)]
        at = found + len(piece)
    out.append(text[at:])
    return "".join(out)


def _unwrap(body: list[tuple[int, str]], *, english: bool, cut: bool = False) -> list[tuple[int, str]]:
    """Join the lines of hard-wrapped paragraphs (40 to 100 characters, cut mid-sentence).

    The text counts as hard-wrapped when one block (lines between blank lines) of three lines
    or more is mostly wrapped lines; then a wrapped line is joined to the next when that
    visibly continues its sentence. Blocks with list items, `*`/`***` (verse) or one rhyme
    at every line end keep their lines.
    """
    blocks: list[list[tuple[int, str]]] = []
    for item in body:
        if blocks and item[0] == blocks[-1][-1][0] + 1:
            blocks[-1].append(item)
        else:
            blocks.append([item])
    flags = [_wrapped_lines(block, cut=cut and k == 0) for k, block in enumerate(blocks)]
    if not any(len(block) >= 3 and sum(f) >= 0.7 * len(f) for block, f in zip(blocks, flags)):
        return body
    joined: list[tuple[int, str]] = []
    for block, wrapped in zip(blocks, flags):
        joined.append(block[0])
        for (i, line), previous_wrapped in zip(block[1:], wrapped):
            if previous_wrapped and _continues(joined[-1][1], line, english):
                joined[-1] = (joined[-1][0], f"{joined[-1][1]} {line}")
            else:
                joined.append((i, line))
    return joined


def _continues(line: str, following: str, english: bool) -> bool:
    """Tell whether `following` goes on with the sentence that `line` leaves unfinished.

    A lower-case start or a line cut after a comma says so; in English, also a line that
    ends with a lower-case word. Arabic has no case, so lines of headlines stay apart.
    """
    if following[:1].islower() or line.endswith((",", "،")):
        return True
    return english and line[-1:].islower()


def _wrapped_lines(block: list[tuple[int, str]], *, cut: bool = False) -> list[bool]:
    """For each line but the last, whether it is cut mid-sentence by a fixed width."""
    lines = [line for _, line in block]
    if len(lines) < 2 or any(_LIST_ITEM.match(line) or "*" in line for line in lines):
        return [False] * (len(lines) - 1)
    # A fixed width cuts lines at nearly the same length; the first line of the article may
    # be shorter for the dateline taken off it.
    width = max(len(line) for line in lines)
    flags = [40 <= width <= 100 and (len(line) >= 0.7 * width or k == 0 and cut) and not _PARAGRAPH_END.search(line)
             for k, line in enumerate(lines[:-1])]
    ends = [line[-1] for line, flag in zip(lines, flags) if flag]
    if len(ends) >= 3 and len(set(ends)) <= len(ends) // 3:
        return [False] * len(flags)  # one rhyme: verse
    return flags


def _is_furniture(line: str) -> bool:
    return len(line) <= 240 and bool(
        _FURNITURE.match(line)
        or _VIEWS.match(line)
        or _SOCIAL_ONLY.match(line)
        or _SHARE_BAR.match(line)
        or _BREADCRUMB.match(line)
        or _PHOTO_CREDIT.match(line)
    )


def _drop_furniture(body: list[tuple[int, str]], removed: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    kept = []
    for i, line in body:
        if _is_furniture(line):
            removed.append((i, 0, line))
        else:
            kept.append((i, line))
    return kept


def _drop_tail(body: list[tuple[int, str]], removed: list[tuple[int, int, str]], found: dict[str, str | None]) -> bool:
    """Remove footnotes and the agency sign-off at the end of the article; tell whether footnotes were found."""
    footnotes = False
    signoff = False
    _drop_trailing_stamps(body, removed)
    while len(body) > 1:
        i, line = body[-1]
        if _FOOTNOTE_LINE.match(line):
            footnotes = True
        elif len(line) <= 24 and _INITIALS_LINE.match(line):
            pass
        elif not signoff and len(line) <= 120 and (match := _SIGNOFF_LINE.match(line)):
            signoff = True
            _note_source(found, match.group("agency") or match.group("named"))
        else:
            break
        removed.append((i, 0, line))
        body.pop()
    if body and not signoff:
        i, line = body[-1]
        tail = max(0, len(line) - _HEAD)  # a sign-off is short: never scan a whole long line
        match = _SIGNOFF_TAIL.search(line, tail)
        if match and match.start() > 0:
            removed.append((i, match.start(), match.group().strip()))
            body[-1] = (i, line[: match.start()].rstrip())
            _note_source(found, match.group("a1") or match.group("a2"))
    return footnotes


def _drop_trailing_stamps(body: list[tuple[int, str]], removed: list[tuple[int, int, str]]) -> None:
    """Remove the page stamps under a release: `Last updated: ...` lines, and the clock times,
    serials and dates under an agency's sign-off (`// انتهى //`, `14:37ت م`, `0107`)."""
    end = len(body)
    while end > 1 and _STAMP_KEY.match(body[end - 1][1]) and _is_page_stamp(body[end - 1][1]):
        end -= 1
    above = end
    while above > 1 and (_TAIL_STAMP.match(body[above - 1][1]) or _is_date_line(body[above - 1][1])):
        above -= 1
    if above < end and _ends_release(body[above - 1][1]):
        end = above
    removed.extend((i, 0, line) for i, line in body[end:])
    del body[end:]


def _ends_release(line: str) -> bool:
    """Whether a line is an agency's sign-off or editors' initials, or ends with a sign-off."""
    return bool(
        len(line) <= 24 and _INITIALS_LINE.match(line)
        or len(line) <= 120 and _SIGNOFF_LINE.match(line)
        or _SIGNOFF_TAIL.search(line, max(0, len(line) - _HEAD))
    )


def _note_source(found: dict[str, str | None], agency: str | None) -> None:
    if agency and not found["source"]:
        found["source"] = _MARKS.sub("", agency.strip())


def _drop_markers(i: int, line: str, removed: list[tuple[int, int, str]], footnotes: bool) -> str:
    """Remove footnote markers (`الانترنت[1]`); loose ones (`text [2]`) only when the article has footnotes."""
    pattern = _ANY_MARKER if footnotes else _GLUED_MARKER
    if "[" not in line or not pattern.search(line):
        return line
    for match in pattern.finditer(line):
        removed.append((i, match.start() + 1, match.group().strip()))
    return pattern.sub("", line).strip()


def _read_header(
    body: list[tuple[int, str]],
    removed: list[tuple[int, int, str]],
    found: dict[str, str | None],
    given: str | None,
    dated: list[str],
) -> None:
    """Take the release header, category, title and dateline off the top of the article (the
    dateline and page stamps also go to `dated`)."""
    if body and (pager := _PAGER.match(body[0][1])):
        i, line = body[0]
        removed.append((i, 0, pager.group().strip()))
        body[0] = (i, line[pager.end() :])
        if not body[0][1]:
            body.pop(0)
    if len(body) > 1 and _RELEASE_HEADERS.match(body[0][1]):
        removed.append((body[0][0], 0, body.pop(0)[1]))
    category = len(body) > 2 and _is_category(body[0][1], body[1][1], body[2][1])
    if category:
        found["category"] = body[0][1]
        removed.append((body[0][0], 0, body.pop(0)[1]))
    if len(body) > 1 and _dateline_line(body[0][1]) is None and _byline(body[0][1], body[1][1]) is None:
        # the page's date, author and time stamps may stand between the headline and the dateline
        stamped = _is_header_stamp(body[1][1])  # a date, author or time stamp under it: a page's headline
        following = next((line for _, line in body[2:5] if not _is_header_stamp(line)), body[1][1]) if stamped else body[1][1]
        if _same_title(body[0][1], given) or _is_title(
            body[0][1], following, guess=not category and not given, stamped=stamped
        ):
            found["title"] = body[0][1]
            removed.append((body[0][0], 0, body.pop(0)[1]))
    # `14 مارس 2023`, `By Staff Reporter`, `Published: ...`, `Doha, March 11 (QNA) | 11-03-2024 | 01:47 PM`
    while len(body) > 1:
        prefix = _stamped_dateline(body[0][1])
        if prefix is None and not _is_page_stamp(body[0][1]):
            break
        if prefix:
            found["dateline"], found["source"] = prefix[0][0], prefix[0][1] or found["source"]
        dated.append(body[0][1])
        removed.append((body[0][0], 0, body.pop(0)[1]))
    if len(body) > 1 and (dateline := _dateline_line(body[0][1]) or _byline(body[0][1], body[1][1])):
        place, source = dateline
        found["dateline"] = place or found["dateline"]
        found["source"] = source or found["source"]
        dated.insert(0, body[0][1])
        removed.append((body[0][0], 0, body.pop(0)[1]))
    elif body and (prefix := _dateline_prefix(body[0][1])):
        (found["dateline"], source), cut = prefix
        found["source"] = source or found["source"]
        i, line = body[0]
        dated.insert(0, line[:cut].strip())
        removed.append((i, 0, line[:cut].strip()))
        body[0] = (i, line[cut:].strip())


@functools.lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    """Month and weekday names of every family (folded forms), and the words that go with dates."""
    import json

    months = json.loads((Path(__file__).parent / "extract" / "data" / "months.json").read_text(encoding="utf-8"))
    words = {w for key, forms in months.items() if key != "_comment" for form in forms for w in form.split()}
    return frozenset(words | {"م", "هـ", "ه", "الموافق", "am", "pm", "ص", "مساء", "صباحا", "gmt", "updated", "محدث",
                              "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})


_DATE_LINE_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_FOLD = str.maketrans("أإآٱىة", "اااايه")
_NUMERIC_DATE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[\sT,]+\d{1,2}:\d{2}(?::\d{2})?)?$")


# An author's line or a publication stamp under a headline: `By Staff Reporter`, `كتب: محمد أحمد`,
# `Published: Tue 12 Mar 2024, 10:15 AM`, `آخر تحديث: 12 مارس 2024`.
_AUTHOR_LINE = re.compile(r"^(?:by|written by|كتب|كتبت|بقلم|إعداد|اعداد|متابعة)\s*[:：]?\s+[^\W\d][^\d.!?؟،,:]{1,50}$", re.I)
_STAMP_KEY = re.compile(
    r"^(?:published|updated|last updated|last modified|posted|نشر|تاريخ النشر|آخر تحديث|آخر تعديل|تاريخ التعديل|تم النشر)"
    r"(?: on| في| بتاريخ)?\s*", re.I
)


def _is_header_stamp(line: str) -> bool:
    """A page stamp, or a dateline followed by nothing but the page's date and time."""
    return _is_page_stamp(line) or _stamped_dateline(line) is not None


_STAMP_SEPARATORS = " |-–—,·•"


def _stamped_dateline(line: str) -> tuple[tuple[str, str | None], int] | None:
    """Read a dateline with the page's date and time after it (`Doha, March 11 (QNA) | 11-03-2024 |
    01:47 PM`) rather than the body: the dateline as `_dateline_prefix` gives it, or None."""
    prefix = _dateline_prefix(line) if len(line) <= 100 else None
    if prefix is None:
        return None
    rest = line[prefix[1] :].strip(_STAMP_SEPARATORS)
    return prefix if rest and (_is_date_line(rest) or _TAIL_STAMP.match(rest)) else None


def _is_page_stamp(line: str) -> bool:
    """A line of the page's header between headline and body: its date, author or time stamps
    (a view counter after them aside: `11/03/2024 12:05:33 عدد المشاهدات: 1245`)."""
    if len(line) > 100:
        return False
    views = _VIEWS.search(line)
    if views and views.start() > 0:
        line = line[: views.start()]
    if _is_date_line(line) or (len(_words(line)) <= 6 and _AUTHOR_LINE.match(line)):
        return True
    key = _STAMP_KEY.match(line)  # `Published: <anything with a digit>`, `Updated 12 Mar 2024`
    rest = line[key.end() :] if key else ""
    return bool(key) and (rest.startswith((":", "：")) and bool(_DIGIT.search(rest)) or _is_date_line(rest))


def _is_date_line(line: str) -> bool:
    """Whether a short line holds only a date (and time): digits, month and weekday names."""
    if len(line) > 60 or not _DIGIT.search(line):
        return False
    words = _DATE_LINE_TOKEN.findall(line.translate(_FOLD).lower())
    if not words:
        return bool(_NUMERIC_DATE.match(line))
    return len(words) <= 6 and all(w in _date_words() or w in _agency_words() for w in words)


@functools.lru_cache(maxsize=1)
def _agency_words() -> frozenset[str]:
    """The one-word agency names (folded), which may close a page's date stamp: `12 مارس 2024 م واس`."""
    return frozenset(a.translate(_FOLD).lower() for a in _AGENCIES if " " not in a)


def _is_date_word_only(text: str) -> bool:
    """Whether a text is only weekday or month names: `الثلاثاء`, `Mon`."""
    words = _DATE_LINE_TOKEN.findall(text.translate(_FOLD).lower())
    return bool(words) and all(w in _date_words() for w in words)


def _byline(line: str, following: str) -> tuple[str | None, str | None] | None:
    """Read a two-part byline above a long paragraph: (place, source) where a side is a known place."""
    match = _BYLINE.match(line) if len(line) <= 80 else None
    if not match or len(_words(following[:_HEAD])) < 12:
        return None
    a, b = match.group("a").strip(), match.group("b").strip()
    if len(_words(a)) > 3 or len(_words(b)) > 3:
        return None
    if _is_place(b):
        return b, a
    if _is_place(a):
        return a, b
    if re.fullmatch(_AG, b):
        return None, b
    return None, None


def _words(line: str) -> list[str]:
    return line.split()


def _is_category(line: str, following: str, after: str | None) -> bool:
    """A section word or two alone on the first line, above a headline or a dateline."""
    words = _words(line)
    if not 1 <= len(words) <= 2 or len(line) > 25 or _DIGIT.search(line) or re.search(r"[^\w\s&]", line):
        return False
    if _is_place(line):
        return False
    if line.lower() in _CATEGORIES:
        return True
    return _dateline_line(following) is not None or (after is not None and _is_title(following, after, guess=False))


def _same_title(line: str, given: str | None) -> bool:
    """Tell whether a line repeats the title the input gave (punctuation and spacing aside)."""
    if not given:
        return False
    a, b = _PUNCT_KEY.sub(" ", line).strip(), _PUNCT_KEY.sub(" ", given).strip()
    return bool(a) and a == b


def _is_title(line: str, following: str, *, guess: bool, stamped: bool = False) -> bool:
    """A short line without final punctuation standing above a dateline or the page's stamps
    (`stamped`: its date, author or time), or, guessing, above a long paragraph.

    Guessing is strict because a lead sentence may lack its full stop: the line must be at
    most 12 words, without a comma, above a paragraph three times as long that ends like one.
    """
    words = _words(line)
    if not 2 <= len(words) <= 25 or len(line) > 220 or _TERMINAL.search(line) or _BULLET.match(line):
        return False
    if stamped:
        return True
    if _dateline_line(following) or _dateline_prefix(following) or (len(following) <= 80 and _BYLINE.match(following)):
        return True
    return (
        guess
        and len(words) <= 12
        and not re.search(r"[،,؛;]", line)
        and len(following) > 3 * len(line)
        and bool(_BODY_END.search(following))
    )


@functools.cache
def _places() -> frozenset[str]:
    """Load the dateline places (package data), lower-cased, once per process."""
    text = resources.files("govnews").joinpath("data/dateline_places.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


_MARKS = re.compile(r"[\u064B-\u0652\u0670\u0640]")


def _is_place(place: str) -> bool:
    return _MARKS.sub("", place).lower() in _places()


def _dateline_line(line: str) -> tuple[str, str | None] | None:
    """Read a line that is only a dateline: place and source."""
    if len(line) > 120:
        return None
    agency = _agency_dateline(line)
    if agency and agency[2] == len(line):
        return agency[0], agency[1]
    match = _DATELINE_LINE.match(line)
    if match and len(_words(match.group("source"))) <= 4 and len(_words(match.group("place"))) <= 3:
        place, source = _place(match.group("place")), match.group("source").strip()
        if _is_place(place) or re.fullmatch(_AG, source):
            return place, source
    return None


def _dateline_prefix(line: str) -> tuple[tuple[str, str | None], int] | None:
    """Read a dateline opening a paragraph; return (place, source) and where the body starts."""
    line = line[:_HEAD]
    agency = _agency_dateline(line)
    if agency and agency[2] < len(line):
        return (agency[0], agency[1]), agency[2]
    match = _DATELINE_SOURCE_COLON.match(line)
    if match and _is_place(_place(match.group("place"))) and len(_words(match.group("source"))) <= 3:
        return (_place(match.group("place")), match.group("source").strip()), match.end()
    match = _DATELINE_PLACE_DASH.match(line)
    if match and _is_place(_place(match.group("place"))):
        return (_place(match.group("place")), None), match.end()
    match = _DATELINE_EN_DATE.match(line)
    if match and _DIGIT.search(match.group("date")):
        return (_place(match.group("place")), None), match.end()
    match = _DATELINE_PLACE_DATE.match(line)
    if match and _is_place(_place(match.group("place"))) and _is_date_line(match.group("date")):
        return (_place(match.group("place")), None), match.end()
    return None


def _agency_dateline(line: str) -> tuple[str, str, int] | None:
    """Read `PLACE [date] AGENCY` at the start of a line: (place, agency, where the body starts).

    Parsed in two steps (find the agency mark, then read the place before it) because one
    regex with optional place, date and separators backtracks badly on long lines.
    """
    mark = _AGENCY_MARK.search(line, 0, min(len(line), 120))
    if mark is None or mark.start() == 0:
        return None
    prefix = line[: mark.start()]
    cut = _PLACE_END.search(prefix)
    place = prefix[: cut.start()].strip() if cut else prefix.strip()
    middle = prefix[len(place) :].strip() if prefix.startswith(place) else prefix
    if not place or len(place) > 40 or not _PLACE.fullmatch(_MARKS.sub("", place)) or len(middle) > 60:
        return None
    if not (_is_place(place) or _DIGIT.search(middle)):
        return None  # `أعلنت وكالة (وام) - ...` is a sentence, not a dateline
    if _is_date_word_only(place):
        return None  # `الثلاثاء 1445/9/1 هـ 12 مارس 2024 م واس` is the page's date stamp
    end = mark.end()
    # `(وام)` and `/ وام /` mark themselves; a bare agency needs a separator after it, or a known
    # place and a date before it (`الرياض 01 رمضان 1445 هـ الموافق 11 مارس 2024 م واس رأس ...`)
    bare = not (mark.group("a1") or mark.group("a2"))
    if bare and not _SEPARATOR_AFTER.match(line, end) and not (_is_place(place) and _DIGIT.search(middle)):
        return None
    end = _AFTER_AGENCY.match(line, end).end()
    agency = mark.group("a1") or mark.group("a2") or mark.group("a3")
    return _place(place), _MARKS.sub("", agency.strip()), end


def _place(raw: str) -> str:
    place = raw.strip(" \t-–—,،:/")
    return place[:-3].rstrip() if place.endswith(" في") else place
