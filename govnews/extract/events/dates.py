"""When an event is: its start and end from the DATE nearest a mention, the day a release says it lasts until
(`ويستمر حتى`, `runs until`), the day it closed (`اختتم ... اليوم`), and the days it lasts (`على مدى يومين`,
`a five-day course`)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from govnews.extract.dates import days_after, one_day
from govnews.extract.events.bodies import _AGENCIES
from govnews.extract.events.cues import _CLOSE_AR, _CLOSE_EN
from govnews.extract.events.grouping import _Record
from govnews.extract.events.mentions import _WEEKDAY_EN, _Mention
from govnews.extract.events.sentences import _in
from govnews.records import Entity

# a year an event is about, after `لعام` / `لسنة` / `for`, with the year alone
_YEAR_OF = re.compile(r"(?:(?<!\w)(?:ل|لل)(?:عام|سنة|موسم)|\bfor(?: the year)?)\s*(?:19|20)\d\d(?:\s*م)?$")


def _dates(r, entities, bounds, others: set[int], *, skip: Entity | None = None, named_day: bool = False, text: str = "") -> str | None:
    """The date of an event: the nearest in a sentence that mentions it (the first such that gives
    the day, else the first: `الملتقى الخامس عشر 2015م` is dated by its later `19 – 25 يوليو 2015`),
    else in the sentence after or before its first mention, unless that sentence is about another
    event (its date is that one's). `skip`: a date that is not the start (the day it lasts until);
    `named_day`: a day named after the mention outweighs the dateline's (`الدوحة في 20 فبراير / قنا /
    نظمت ... محاضرة ... يوم الأربعاء 21 فبراير`). An event told in the past is not dated after the
    release's day by a weekday (`أقامت ... حفل معايدة، وتغادر البعثة يوم الخميس`: the Thursday is the trip's;
    but `نظمت ... يوم الأربعاء 21 فبراير` a day after the dateline stands)."""
    dates = [e for e in entities if e.type == "DATE" and e.value and e is not skip and not e.attrs.get("aside") and not _hijri_year(e)]
    if not dates:
        return None
    release = next((e.value for e in dates if _full_day(e.value) and _dateline(e, entities)), None)
    found = []
    for m in r.mentions:
        span = bounds[m.sent]
        near = [e for e in dates if _in(e, span)]
        if any(len(e.value) >= 7 for e in near):  # حفل تكريم المتميزين لعام 2024: the year honoured, not the day held
            near = [e for e in near if not _YEAR_OF.search(text, max(0, e.start - 8), e.end)]
        if release and _PAST_VERB.search(text, max(span[0], m.start - 60), m.start):
            near = [e for e in near if not e.attrs.get("relative") or e.value[:10] <= release]
        if near:
            nearest = min(near, key=lambda e: abs(e.start - m.end))
            days = [e for e in near if _day_range(e.value)]
            if named_day and not days:
                days = [e for e in near if e.start >= m.end and len(e.value) == 10 and not _dateline(e, entities)]
            if days and _dateline(nearest, entities):
                nearest = days[0]  # المنامة في 1 يونيو / بنا / ... زيارة الدولة ... خلال الفترة من 28 إلى 31 مايو
            elif nearest.end <= m.start and (after := [e for e in days if e.start >= m.end]):
                nearest = after[0]  # announced today a training course ... from 15 to 19 October: the course's days
            found.append(nearest.value)
    if found:
        day = next((v for v in found if len(v.split("/")[0]) >= 10), found[0])
        # a range of days that holds it: `انطلقت اليوم` ... `من 7 إلى 9 نوفمبر`
        return next((v for v in found if _day_range(v) and v[:10] <= day[:10] <= v[11:]), day)
    m = r.mentions[0]
    day = next((e.value for e in dates if len(e.value) == 10 and _dateline(e, entities)), None)  # with its year or not
    signed = r.type == "agreement" and _SIGNED.search(text, bounds[m.sent][0] if m.sent in bounds else 0, m.start)
    if signed and day and m.sent - 1 in bounds:
        # `... held talks today ... . The two sides signed a memorandum of understanding`: signed on the day of the
        # talks the sentence before dates by the release's day
        if any(_in(e, bounds[m.sent - 1]) and e.value == day for e in dates):
            return day
    for s in (m.sent + 1, m.sent - 1):  # (a day, not a year: `... reached 86% in 2023` tells no event's date)
        if s in bounds and s not in others:
            near = [e for e in dates if _in(e, bounds[s]) and len(e.value) >= 7]
            if near:
                return near[0].value
    # `During the meeting, ...` opening a paragraph: the meeting is the one the paragraph before told of
    # with its day (a full stop before a line break leaves a sentence number empty)
    before = max((s for s in bounds if s < m.sent), default=None)
    if m.definite and before is not None and before not in others and m.sent - 1 not in bounds:
        near = [e for e in dates if _in(e, bounds[before]) and _full_day(e.value)]
        if near:
            return near[0].value
    return None


def _hijri_year(e: Entity) -> bool:
    """Whether a date is a Hijri year or a span of them alone (`عيد الفطر المبارك 1436هـ`, `مهرجان أبها يجمعنا
    1436هـ`, `للعام الدراسي 1436/1437هـ`): the year of an occasion, an edition or a school or fiscal year, not the
    days an event is held (its Gregorian value spans a year or more)."""
    return e.attrs.get("calendar") == "hijri" and e.attrs.get("precision") == "year"


# a verb of lasting, then `حتى` / `until`: the date after it is the day an event ends (`ويستمر حتى 7 أكتوبر`,
# `وتستمر الورشة حتى 25 يناير`, `التي تتواصل فعالياتها إلى 30 نوفمبر`, `runs until November 22`)
_LASTS_AR = r"(?:[يت]ستمر|استمرت?|[يت]تواصل|تواصلت?|[يت]متد|امتدت?|[يت]ستغرق|استغرقت?)"  # يستمر, تواصلت, امتد, تستغرق
# or a verb of closing still to come, then the day (`فيما تختتم أعماله يوم السبت 19 أكتوبر`, `will conclude on
# Saturday, October 19`)
_UNTIL = {
    "ar": re.compile(
        rf"(?<!\w)[وف]?س?{_LASTS_AR}(?:\s+\w+){{0,3}}?"
        r"\s+(?:حتى|لغاية|[إا]لى\s+غاية|[إا]لى)\s+(?:يوم\s+)?$"
        r"|(?<!\w)[وف]?س?(?:[يت]ختتم|[يت]نتهي|[يت]ُختتم)(?:\s+\w+){0,3}?\s+(?:في\s+)?(?:يوم\s+)?(?:\w+\s+)?$"
    ),
    "en": re.compile(
        r"\b(?:(?:will|to)\s+)?(?:run|runs|running|ran|continue|continues|continuing|last|lasts|lasting|extend|extends)"
        rf"(?:\s+[\w\-]+){{0,3}}?\s+(?:until|till|through|to)\s+(?:the\s+)?(?:(?:{_WEEKDAY_EN}),?\s+)?$"
        rf"|\b(?:will|to)\s+(?:conclude|end|close)(?:\s+[\w\-]+){{0,3}}?\s+on\s+(?:(?:{_WEEKDAY_EN}),?\s+)?$"
    ),
}


# in the sentence after an event's first mention, the verb of lasting with no subject but the event's activities
# (`The three-day event, which runs until 16th October`, `وتستمر فعالياته حتى 16 أكتوبر`; not `ويستمر التسجيل حتى`)
_UNTIL_NEXT = {
    "ar": re.compile(
        rf"(?<!\w)[وف]?{_LASTS_AR}(?:\s+(?:فعاليات|أعمال|اعمال)\w*)?\s+(?:حتى|لغاية|[إا]لى\s+غاية)\s+(?:يوم\s+)?$"),
    "en": re.compile(
        r"\b(?:event|events|activities)\b,?\s+(?:(?:which|that)\s+)?(?:runs|run|continues|continue|lasts|last)"
        r"\s+(?:until|till|through)\s+(?:the\s+)?$"),
}


def _lasting_until(r, text: str, entities: list[Entity], bounds, lang: str, others: set[int] = frozenset()) -> Entity | None:
    """The day a release says an event lasts until, in a sentence of its mentions, or in the sentence right after
    the first when that tells of no other event and the verb has no subject of its own (`... launched the Nafis
    Career Fair ... The three-day event, which runs until 16th October`)."""
    after = min((s for s in bounds if s > r.mentions[0].sent), default=None)
    told = [(bounds[m.sent], _UNTIL[lang]) for m in r.mentions]
    if after is not None and after not in others:
        told.append((bounds[after], _UNTIL_NEXT[lang]))
    for e in entities:
        if e.type == "DATE" and e.value and len(e.value) == 10:
            if any(_in(e, span) and until.search(text, max(0, e.start - 60), e.start) for span, until in told):
                return e
    return None


# a verb of closing before an event, and the day between them: the day it ends (`اختتم المعهد اليوم دورة`,
# `concluded today a five-day training course`)
# or the noun of its closing right before its mention (`وفي ختام أعمال المنتدى`, `خلال اختتام المؤتمر`)
_CLOSING = re.compile(
    rf"(?<!\w)[وف]?(?:{'|'.join(_CLOSE_AR.split())})(?!\w)|\b(?:{_CLOSE_EN}|wrapped up)\b"
    r"|(?<!\w)[وف]?[بل]?(?:ختام|اختتام)(?=\s+(?:(?:أعمال|فعاليات)\s+)?$)"
)
_DAYS = re.compile(r"P(\d+)([DW])")  # days or weeks (`لمدة أسبوع`: seven days)
_ONE_DAY = frozenset({"meeting", "lecture", "visit", "agreement", "launch", "award"})  # the day they close is their day


# a verb in the past of holding or closing an event, right before its mention (`أقامت الإدارة حفل`, `held a meeting`)
_PAST_VERB = re.compile(
    r"(?<!\w)[وف]?(?:نظم|نظمت|عقد|عقدت|أقام|أقامت|اقام|اقامت|نفذ|نفذت|استضاف|استضافت|دشن|دشنت|افتتح|افتتحت|اختتم|اختتمت|وقع|وقعت)(?!\w)"
    r"|\b(?:organi[sz]ed|held|hosted|conducted|inaugurated|opened|concluded|signed)\b"
)


def _closing_day(r, text: str, entities: list[Entity], bounds) -> tuple[str | None, str] | None:
    """(start, end) of an event whose first mention follows a verb of closing with the day between
    (`concluded today a training course`): the day is its end, and with a number of days told beside
    the mention (`a five-day training course`, `دورة ... استمرت خمسة أيام`) the start is counted back."""
    if r.type in _ONE_DAY:
        return None
    m = r.mentions[0]
    lo, hi = bounds[m.sent]
    verb = None
    for verb in _CLOSING.finditer(text, max(lo, m.start - 60), m.start):
        pass  # the last before the mention, its object (not `اختتم ... زيارته ... بلقاء`)
    if verb is None:
        return None
    dated = [e for e in entities if e.type == "DATE" and e.value and one_day(e.value)]
    day = next((e for e in dated if verb.end() <= e.start and e.end <= m.start), None)
    if day is None:  # or right before the verb (`The Institute on Sunday concluded a five-day training course`)
        day = next((e for e in dated if lo <= e.start and 0 <= verb.start() - e.end <= 2), None)
    if day is None:  # with no day told, the release's own: `Manama, Nov. 18 (BNA): The Institute concluded a course`
        day = next((e for e in reversed(dated) if e.end <= verb.start() and _dateline(e, entities)), None)
    if day is None:
        return None
    days = _days_beside(m, entities, bounds, text, any_near=True)
    return (days_after(day.value, 1 - days) if days else None), day.value


# the closing of another event in an Arabic award's sentence (`في ختام أعمال المنتدى`, `خلال اختتام المؤتمر`)
_AT_CLOSE_AR = re.compile(r"(?<!\w)[وف]?(?:في|خلال|ب)\s*(?:ختام|اختتام)(?!\w)")


def _given_at_closing(r: _Record, text: str, bounds, start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """The day of an award given at the closing of the event whose days its sentence tells (`سلم الوزير جائزة
    المنتدى للفائزين في ختام أعمال المنتدى الذي أقيم يومي 14 و15 أكتوبر`): the last of those days."""
    if r.type != "award" or start is None or end is None or start == end:
        return start, end
    if any(_AT_CLOSE_AR.search(text, *bounds[m.sent]) for m in r.mentions):
        return end, None
    return start, end


def _days_beside(m: _Mention, entities: list[Entity], bounds, text: str, *, any_near: bool = False, told: bool = False) -> int | None:
    """The number of days an event lasts, told beside its mention (`a five-day training course`, `دورة
    ... استمرت خمسة أيام`) as what the event lasts (`تتواصل على مدى يومين`, `for three days`), not as a time
    after or between (`بعد السوبر بخمسة أيام`, `توقفت لمدة يومين`). `any_near` (an event closed on a known day):
    any days right beside the mention, and also the days said to be lasted further on in its sentence
    (`الدورة ... التي نظمتها إدارة التدريب بالتعاون مع ... على مدى خمسة أيام`). Days a verb of lasting tells
    count anywhere after the mention in its sentence (`ندوة ... وتستمر يومين`, `The symposium runs for two days`);
    `told` (an event most often of one day): only those."""
    lo, hi = bounds[m.sent]
    for e in entities:
        if e.type != "DURATION" or not e.value or not lo <= e.start or not e.end <= hi or not (length := _DAYS.fullmatch(e.value)):
            continue
        days = int(length.group(1)) * (7 if length.group(2) == "W" else 1)
        lasts = _LASTS.search(text, max(lo, e.start - 30), e.start) if m.end <= e.start else None
        if lasts and m.type not in ("visit", "agreement") and (lasts.group(1) or e.start - m.end <= 40 or _INSERTED.fullmatch(text, m.end, lasts.start())):
            return days
        if told:
            continue
        if m.start - 40 <= e.start and e.end <= m.end + 80:
            if any_near or e.text.endswith(("day", "week")) or _LASTING.search(text, max(lo, e.start - 40), e.start):
                return days
            if m.end <= e.start and _FOR_AFTER_NAME.fullmatch(text, m.end, e.start):
                return days
        elif any_near and m.end <= e.start < m.end + 300 and _LASTING.search(text, max(lo, e.start - 40), e.start):
            return days
    return None


# what comes before the days an event lasts (`ويستمر ثلاثة أيام`, `تتواصل فعالياته على مدى يومين`, `for three days`)
_LASTING = re.compile(
    rf"(?:(?<!\w)[وف]?{_LASTS_AR}(?:\s+\S+){{0,2}}?\s+(?:لمدة\s+|على\s+مدى\s+|طيلة\s+)?"
    r"|(?<!\w)(?:على\s+مدى|ومدته|ومدتها|مدته|مدتها)\s+"
    r"|\b(?:runs?|lasts?|lasting|continues?|over|for)\s+(?:a\s+period\s+of\s+)?)$"
)


# `لمدة` after an event's mention and the words that go on naming it (`دورة تدريبية في إدارة المشاريع لمدة خمسة
# أيام`), with no clause between (not `مهرجان التراث بعد أن توقفت لمدة يومين`)
_FOR_AFTER_NAME = re.compile(r"(?:\s+(?!(?:أن|بعد|قبل|منذ|حيث|ثم|التي|الذي|اللذين|التى)(?!\w))[^\s\d،,.;:؛]+){0,5}?\s+لمدة\s+")


# a verb of lasting right before the days (`وتستمر يومين`, `runs for two days`): a clause of its own about the
# event (group 1: `ويستمر`, far from the mention) or the mention's verb (`The symposium runs for`; not `معسكر تدريبي
# يستمر لمدة 16 يوما`, `المنافسات التي تستمر 16 يوما`: another thing's)
_LASTS = re.compile(rf"(?:(?<!\w)(و)?س?{_LASTS_AR}(?:\s+\S+)?\s+(?:لمدة\s+|على\s+مدى\s+|طيلة\s+)?|\b(?:runs?|lasts?|continues?)\s+(?:for\s+)?)$")


# a clause set between an event's mention and its verb (`The conference, organized by ..., will continue for`)
_INSERTED = re.compile(r"\s*[,،][^,،.;]*[,،]\s*(?:(?:will|would|is\s+to|is\s+set\s+to)\s+)?")


def _end_after_days(r: _Record, start: str | None, text: str, entities: list[Entity], bounds) -> str | None:
    """The last day of an event that starts on a known day and lasts the days told beside a mention; a day
    without its year (`XXXX-10-05`) ends on one without it too."""
    if start is None or not one_day(start):
        return None
    # (a meeting or a symposium said to last two days does; a visit told of on one of its days has begun before,
    # unless the visitor sets off or arrives that day)
    days = next((d for m in r.mentions if (d := _days_beside(m, entities, bounds, text, told=_one_day_told(r, m, text, bounds)))), None)
    return days_after(start, days - 1) if days and days > 1 else None


# a verb of setting off on, arriving for or beginning a visit (`يزور ... غدا إندونيسيا في زيارة`, `يتوجه ... غدا إلى المنيا في زيارة`, `وصل ... اليوم
# في زيارة`, `يبدأ ... زيارة`, `arrived in Cairo on Monday on a visit`, `will begin a two-day visit`)
_SETS_OFF = re.compile(
    r"(?<!\w)[وف]?س?(?:[يت]زور|[يت]توجه|توجهت?|[يت]غادر|غادرت?|[يت]صل|وصلت?|[يت]بدأ|بدأت?|[يت]ستهل|استهلت?|[يت]قوم)(?!\w)"
    r"|\b(?:arriv(?:e|es|ed|ing)|(?:begin|begins|began|start|starts|started|kicks?\s+off|kicked\s+off|embark(?:s|ed)?)"
    r"|(?:leaves?|left|leaving|heads?|headed|heading|sets?\s+off)(?:\s+\w+){0,2}?\s+for|will\s+pay)\b"
)


def _one_day_told(r: _Record, m: _Mention, text: str, bounds) -> bool:
    """Whether an event is of a type most often of one day, and so takes only the days a verb of lasting tells:
    a visit the sentence of mention `m` tells, before it, of the visitor setting off on, arriving for or
    beginning takes any days beside it (that day is its first)."""
    if r.type not in _ONE_DAY:
        return False
    return r.type != "visit" or not _SETS_OFF.search(text, bounds[m.sent][0], m.start)


def _full_day(value: str) -> bool:
    """Whether an ISO value is one day with its year (`2024-05-28`, not `XXXX-05-28`)."""
    return len(value) == 10 and value[0].isdigit()


def _day_range(value: str) -> bool:
    """Whether an ISO value is a range of two days (`2024-05-28/2024-05-31`)."""
    return "/" in value and len(value) == 21


def _dateline(e: Entity, entities: list[Entity]) -> bool:
    """Whether a date is the dateline's, the release's own: the news agency named right after it
    (`المنامة في 1 يونيو / بنا /`, `ABU DHABI, 9th July, 2024 (WAM)`), or its day told again as today (`صدر اليوم`)."""
    if any(a.type == "ORG" and a.attrs.get("key") in _AGENCIES and 0 <= a.start - e.end <= 4 for a in entities):
        return True
    return bool(e.attrs.get("relative")) and e.value is not None and any(
        d.type == "DATE" and not d.attrs.get("relative") and d.value == e.value and _dateline(d, entities) for d in entities
    )


_LONG_AGO = 365  # days: an event that ended more than a year before its release is history, no event it reports


def long_before(start: str | None, end: str | None, published: dt.date | None) -> bool:
    """Whether an event whose dates are `start` and `end` (ISO, with a year: `2012`, `2012-03`, `2012-03-05`)
    ended more than a year before the release was `published` (`قمة كامب ديفيد` in 1978, `جائزة الدولة
    التشجيعية` in 1994): an event told of in history. An event with no year is none."""
    last = _last_day(end or start or "")
    return published is not None and last is not None and (published - last).days > _LONG_AGO


# a verb of signing before an agreement in its sentence (`ووقع الجانبان`, `The two sides signed`): a signing told
_SIGNED = re.compile(r"(?<!\w)[وف]?(?:وقع|وقعت|وقعا|وقّع|وقّعت|وقّعا|تم توقيع|جرى توقيع)(?!\w)|\bsigned\b")


_RECALLED_AFTER = 30  # days: an event that ended a month before its release, told as past, is background
# words that tell an event as past, recalled beside the news (`يذكر أن الغرفة نظمت في نوفمبر الماضي`, `وكانت الهيئة قد
# أقامت`, `سبق أن`, `in March last year`, `had organized`, `earlier this year`)
_RECALL = {
    "ar": re.compile(
        r"(?<!\w)(?:ال)?(?:ماضي|ماضية|فائت|فائتة|منصرم|منصرمة)(?!\w)|(?<!\w)[وف]?(?:يذكر|يُذكر|يشار|يُشار)\s+(?:أن|ان|إلى)"
        r"|(?<!\w)[وف]?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,4}?قد(?!\w)|(?<!\w)[وف]?سبق\s+(?:أن|ان|ل)|(?<!\w)عام\s+\d{4}"
    ),
    "en": re.compile(
        r"\blast\s+(?:year|month|week|January|February|March|April|May|June|July|August|September|October|November|"
        r"December)\b|\b(?:earlier\s+this\s+year|previously|had\s+(?:been\s+)?\w+ed)\b|\bin\s+(?:19|20)\d\d\b",
        re.I,
    ),
}


def recalled(start: str | None, end: str | None, published: dt.date | None, sentences: list[str], lang: str) -> bool:
    """Whether an event whose dates are `start` and `end` is recalled as background, no event the release reports: it
    ended more than a month before the release was `published`, and a sentence of its mentions tells it as past
    (`وفي مارس الماضي عقدت الوزارة مؤتمر الصحة الرقمية`, `يذكر أن الغرفة نظمت في نوفمبر الماضي ورشة عمل`)."""
    last = _last_day(end or start or "")
    if published is None or last is None or (published - last).days <= _RECALLED_AFTER:
        return False
    return any(_RECALL[lang].search(s) for s in sentences)


def _last_day(value: str) -> dt.date | None:
    """The last day an ISO value with a year may be (`2012`: 31 December 2012; `2012-02`: 29 February 2012)."""
    found = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value[:10])
    if found is None:
        return None
    year, month, day = int(found[1]), int(found[2] or 12), found[3]
    if not 1 <= month <= 12 or year < 1:
        return None
    try:
        return dt.date(year, month, int(day) if day else calendar.monthrange(year, month)[1])
    except ValueError:
        return None
