"""Dates and durations in Arabic and English text, with ISO 8601 values.

One compiled regex a language finds the candidates: numeric dates, day-month-year phrases with
their ranges and lists (`يومي 17 و18 سبتمبر 2014`, `April 28 - May 2, 2024`), month-year, a year
after a cue (`لعام 2009`, `in 2014`), month names of every Arabic family and of the Hijri
calendar, weekdays, relative words (`أمس`, `الأسبوع المقبل`, `next week`) and durations anchored
on a time word (`يومين`, `السنوات الثلاث الأخيرة`, `last three years`). Each match is then read
token by token. A date without a year takes it from its own range, else from the publication
date, else from the nearest date of the text that gives one; relative dates need the
publication date and stay unresolved (value None, attrs relative) without it.

Counted durations (`خمسة ايام`, `48 hours`) are read by `govnews.extract.numbers`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, Literal

from govnews.records import Entity
from govnews.extract.wordlists import DIGIT, MARKS, alternation, ascii_digits, fold, table

Lang = Literal["ar", "en"]

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_AR_PAST = ("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته", "السابق", "الاخير", "الاخيره",
            "الماضيين", "الاخيرين", "المنصرمين")
_AR_NEXT = ("المقبل", "المقبله", "القادم", "القادمه", "المقبلين", "القادمين")
_AR_THIS = ("الحالي", "الحاليه", "الجاري", "الجاريه", "هذا", "هذه")
# words after which a time unit without a numeral is a span of one (لمدة أسبوع, استغرق عاما, طوال شهر)
_AR_SPAN_CUES = ("لمده", "بمده", "مده", "مدته", "مدتها", "طوال", "طيله", "خلال", "امتد", "امتدت", "دام", "دامت",
                 "استمر", "استمرت", "يستمر", "تستمر", "استغرق", "استغرقت", "يستغرق", "تستغرق")
_AR_SINGLE_UNITS = ("اسبوع", "اسبوعا", "شهر", "شهرا", "عام", "عاما", "سنه", "ساعه", "يوم", "يوما")
_SPAN_CUE = re.compile(rf"(?<!\w)(?:[وف]?(?:{alternation(_AR_SPAN_CUES)})|عل[ىي]\s+مد(?:[ىي]|ار))\s+$")


@dataclass
class _Found:
    """A candidate read from one match, before missing years are filled in."""

    kind: str  # DATE or DURATION
    start: int
    end: int
    parts: list[list[int | None]] = field(default_factory=list)  # [year, month, day] each
    hijri: bool = False
    direction: str | None = None  # past / next / this: which occurrence a bare month means
    relative: tuple[str, int] | None = None  # (unit, offset) from the publication date: ("D", -1)
    weekday: int | None = None
    tense: str | None = None  # past / next: the tense of the clause a weekday alone is told in
    value: str | None = None  # set at once for durations
    attrs: dict[str, Any] = field(default_factory=dict)
    # a year aimed at (بحلول عام 2030, by 2030) or of the past a text recounts (تأسست عام 1976, since 1990):
    # no anchor for dates without a year
    aside: bool = False


def find_dates(text: str, *, lang: Lang, published: dt.date | None = None) -> list[Entity]:
    """Find DATE and DURATION mentions with ISO 8601 values, in text order, without overlaps.

    >>> [(e.text, e.value) for e in find_dates("ستقام يومي 17 و18 سبتمبر 2014 في دبي", lang="ar")]
    [('يومي 17 و18 سبتمبر 2014', '2014-09-17/2014-09-18')]
    """
    grammar = _grammar(lang)
    found: list[_Found] = []
    for match in grammar.finditer(text):
        item = _read(match, lang, text)
        if item is not None:
            item.aside = _aside(text, item.start) or _plan_period(item)
            if lang == "ar" and item.parts and item.direction is None and (after := _WORD_AFTER.match(text, item.end, item.end + 20)):
                item.direction = _direction(after.group(1), lang)  # 10 نوفمبر المقبل: the coming one
            found.append(item)
    entities: list[Entity] = []
    for index, item in enumerate(found):
        entity = _entity(item, found, index, text, published)
        if entity is not None and entity.value is None and entity.type == "DATE" and entity.attrs.get("relative"):
            day = _dateline_day(entities, text)
            if day is not None and day[0].isdigit():  # `KUWAIT, Feb 10 2025 (KUNA) -- ... on Tuesday`: before the dateline's day
                entity = replace(entity, value=_relative_value(item, dt.date.fromisoformat(day)))
            elif day is not None and item.relative and item.relative[0] == "D":
                entity = replace(entity, value=days_after(day, item.relative[1]))  # غدا الثلاثاء of `القاهرة في 9 ديسمبر /أ ش أ/`
        if entity is not None:
            entities.append(entity)
    return entities


def _dateline_day(before: list[Entity], text: str) -> str | None:
    """The day of a release's dateline, read before any other date (`القاهرة في 9 ديسمبر`, `KUWAIT, Nov 18`),
    when the text has no publication date: the day its relative dates (`اليوم`, `غدا`, `yesterday`, `on Tuesday`,
    `next week`) count from."""
    first = before[0] if before else None
    if first is None or not _at_dateline(first.start, text) or not first.value or not one_day(first.value):
        return None
    return first.value


def _at_dateline(start: int, text: str) -> bool:
    """Whether a date at `start` can be a dateline's: in the first words of the text's first line."""
    return start <= 60 and "\n" not in text[:start]


def one_day(value: str) -> bool:
    """Whether an ISO value is one day, with its year or without (`2024-05-28`, `XXXX-05-28`)."""
    return len(value) == 10 and (value[0].isdigit() or value.startswith("XXXX-"))


def days_after(day: str, days: int) -> str:
    """The day `days` after ISO `day` (before it when negative), without a year when `day` has none.

    >>> days_after("XXXX-12-31", 1), days_after("2024-02-28", 1)
    ('XXXX-01-01', '2024-02-29')
    """
    if day[0].isdigit():
        return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()
    proxy = dt.date.fromisoformat(("2000" if day.endswith("02-29") else "2001") + day[4:])  # a year with the day
    return "XXXX" + (proxy + dt.timedelta(days=days)).isoformat()[4:]


# a year the text aims at, written just before it
_TARGET = re.compile(r"(?:بحلول|رؤي[ةه]|\b(?:[Bb]y|[Vv]ision))\s+(?:(?:ال)?(?:عام|سن[ةه])\s+|the end of\s+|(?:the )?year\s+)?$")
# a year of history: the founding, building or start of what the text speaks of, with at most three words
# between (تأسست الجمعية عام 1976, منذ تأسيسها عام 1976, شيد عام 1865, founded in 1976, since 1990); the
# passive and the noun only (أنشئت, تأسيسها), as the active (أنشأت الوزارة مركزا) may tell the news itself
_HISTORY_AR = ("تاسس", "تاسست", "تاسيس", "تاسيسه", "تاسيسها", "انشئ", "انشئت", "انشائه", "انشائها",
               "بنيت", "شيد", "شيدت", "تشييد", "تشييده", "تشييدها", "منذ")
_HISTORY = re.compile(
    rf"(?:(?<!\w)[وف]?(?:{alternation(_HISTORY_AR)})"
    r"|\b(?i:(?:founded|established|built|constructed|set up|incorporated)\s+(?:in|on)|since|dat(?:es|ing) back to))"
    r"(?:\s+[^\s.,،;:؛()]+){0,3}\s+$"
)


# a year the news compares with (بزيادة 12 في المئة عن عام 2024, مقارنة بعام 2024, up 12 percent from 2024,
# compared with 2024)
_COMPARED = re.compile(
    r"(?:(?:مقارن[ةه]|قياسا)\s+(?:(?:ب|مع\s+)(?:ال)?(?:(?:عام|سن[ةه])\s+)?)?"
    r"|(?<!\w)(?:ب?(?:زياد[ةه]|ارتفاع|انخفاض|تراجع|نمو)|(?:زاد|ارتفع|انخفض|تراجع|نما)(?:ت)?)[^.،\n]{0,40}\sعن\s+(?:ال)?(?:(?:عام|سن[ةه])\s+)?"
    r"|\b(?i:compared\s+(?:to|with)|than(?:\s+in)?|(?:up|down|increase[sd]?|decrease[sd]?|rose|fell|grew|higher|lower)"
    r"[^.,;\n]{0,40}\sfrom)\s+(?:the\s+)?(?:year\s+)?)$"
)


def _plan_period(item: _Found) -> bool:
    """Whether a date is a span of whole years three or more apart, a plan's period (`استراتيجية الدائرة للفترة
    2025-2030`), whose last year is no anchor for the text's days without a year (a season, `2025-2026`, is)."""
    if len(item.parts) != 2 or any(p[1] is not None or p[0] is None for p in item.parts):
        return False
    return item.parts[1][0] - item.parts[0][0] >= 3


def _aside(text: str, start: int) -> bool:
    """Whether the year of a date at `start` is aimed at, of history or compared with, no anchor for the text's
    other dates."""
    return (_TARGET.search(text, max(0, start - 24), start) is not None
            or _HISTORY.search(text, max(0, start - 60), start) is not None
            or _COMPARED.search(text, max(0, start - 70), start) is not None)


# ---------------------------------------------------------------- grammar


@cache
def _grammar(lang: Lang) -> re.Pattern[str]:
    months, words = table("months"), table("quantities")
    cardinals = table("numerals")[f"{lang}_cardinals"]
    day = rf"{DIGIT}{{1,2}}(?!{DIGIT})"
    year = rf"{DIGIT}{{4}}(?!{DIGIT})"
    numeric = (rf"(?P<numeric>(?:{DIGIT}{{1,2}} ?(?P<s1>[/.\-]) ?{DIGIT}{{1,2}} ?(?P=s1) ?{year}"
               rf"|{year} ?(?P<s2>[/.\-]) ?{DIGIT}{{1,2}} ?(?P=s2) ?{DIGIT}{{1,2}}(?!{DIGIT})))")
    if lang == "en":
        return re.compile(_one_line(_english(months, words, cardinals, day, year, numeric)), re.IGNORECASE)
    month = alternation(months["gregorian_ar"])
    # أيار/مايو, مايو (أيار), أكتوبر تشرين الأول: one month named twice
    month = rf"(?:{month}){MARKS}(?!\w)(?:\s*[/(\-]?\s*(?:{month}){MARKS}(?!\w)(?:\s*\))?)?"
    hmonth = rf"{alternation(months['hijri_ar'])}{MARKS}(?!\w)"
    anymonth = rf"(?:{month}|{hmonth})"
    weekday = alternation(months["weekdays_ar"])
    suffix = r"(?:\s?(?:هـ|ه(?!\w)|هجري[ةه]?|م(?!\w)|ميلادي[ةه]?))?"
    sep = r"\s*(?:-|–|—|/|،|,|و|[اإ]لى|حت[ىي]|وحت[ىي]|ولغاية|لغاية)\s*"
    dayword = r"(?:يوم[يا]?|[اأ]يام)"
    of_year = rf"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:ال|ل)?(?:عام|سن[ةه])\s+)?{year}{suffix})"
    day = rf"(?:{day}|{alternation(_ordinal_days())})"  # 17, السابع عشر, غرة
    dmy = (rf"(?:(?:يوم\s+)?{weekday}\s*[،,(]?\s*(?:الموافق\s+)?)?(?:{dayword}\s+)?{day}(?:{sep}{day})*\s*(?:من\s+)?(?:شهر\s+)?"
           rf"{anymonth}{of_year}?")
    dmy_range = rf"(?P<dmy>{dmy}(?:{sep}(?:{weekday}\s*[،,]?\s*)?{day}\s*(?:من\s+)?(?:شهر\s+)?{anymonth}{of_year}?)?)"
    month_year = rf"(?P<my>(?:(?:شهر\s+)?{anymonth}{of_year}?{sep})?(?:شهر\s+)?{anymonth}{of_year})"
    cue_year = (rf"(?P<cy>[وبلف]?(?:ال)?(?:عام|سن[ةه]|عامي)\s+{year}{suffix}(?:\s*[-–/]\s*{year}|\s*و\s*{year}"
                rf"|\s*(?:[اإ]لى|حت[ىي]|ولغاية|لغاية)\s+(?:(?:ال)?(?:عام|سن[ةه])\s+)?{year}{suffix})?"
                rf"|لل(?:عام|سن[ةه])\s+{year}{suffix}(?:\s*[-–/]\s*{year})?|{year}\s?(?:هـ|م)(?!\w))")
    cued_year = rf"(?P<py>{year})"  # a bare year is a date only after a cue word (_YEAR_CUES)
    time_units = {k: v for k, v in words["ar_time_units"].items()}
    numword = alternation(k for k, v in cardinals.items() if 2 < v < 1000 or k in ("اثنتين", "اثنين"))
    unit = alternation(time_units)
    ends = alternation([*_AR_PAST, *_AR_NEXT, "الاولي"])
    # الأيام الخمسة; not يوم الاثنين (Monday): two is said with a dual (اليومين)
    plural_count = alternation(k for k, v in cardinals.items() if 2 < v < 1000)
    duration = (rf"(?P<dur>(?:ال)?{unit}\s+ال(?:{plural_count}){MARKS}(?:\s+{ends})?"
                rf"|ال(?:{numword}|\u0640?\s?{DIGIT}+)\s+{unit}\s+{ends}"
                rf"|(?:ال)?{alternation(words['ar_time_duals'])}(?:\s+{ends})?)(?!\w)")
    # لمدة أسبوع, خلال شهر, على مدى عام: one unit after a word that says a span of time follows;
    # not خلال شهر رمضان, خلال عام 2023, خلال يوم مفتوح
    # (the cue before it is read by _span_cue_before: a cue word in the prefilter would cost at every one)
    ends = "|".join(sorted({fold(cue)[-2:] for cue in _AR_SPAN_CUES} | {"دي", "ار"}))  # cheap: the cue's last letters
    one = (rf"(?<={alternation(ends.split('|'))}\s)(?P<one>{alternation(_AR_SINGLE_UNITS)}{MARKS}(?!\w)(?!\s*{DIGIT})"
           rf"(?:\s+(?:واحد[ةه]?|كامل(?:[ةه]|ا)?){MARKS}(?!\w))?)")
    # غد, الغد are tomorrow after يوم, بعد (the day after), صباح or مساء (يوم غد الخميس, صباح الغد); alone they
    # are a noun (غد أفضل, شباب الغد)
    tomorrow = rf"(?:(?:يوم|بعد)\s+|(?<=صباح\s)|(?<=مساء\s))(?:ال)?غد{MARKS}(?!\w)"
    relative = (rf"(?P<rel>(?:اليوم|[اأ]مس|غدا{MARKS}|{tomorrow})\s*[(،,]?\s*{weekday}"
                rf"|(?:[اأ]ول\s+)?[اأ]مس(?:\s+ال[اأ]ول)?|البارح[ةه]|غدا{MARKS}|{tomorrow}"
                rf"|(?:هذا|هذه)\s+(?:العام|السن[ةه]|الشهر|الاسبوع|الأسبوع)"
                rf"|(?:العام|السن[ةه]|الشهر|الاسبوع|الأسبوع)\s+"
                rf"(?:{alternation([*_AR_PAST, *_AR_NEXT, *_AR_THIS[:4]])}))(?!\w)"
                rf"|(?P<today>اليوم)(?!\w)")  # after a verb or صباح, مساء: read by _today_is_date
    bare_month = rf"(?P<mon>(?:شهر\s+)?{anymonth}(?:\s+(?:{alternation([*_AR_PAST, *_AR_NEXT])}))?)(?!\w)"
    # حتى الحادي والعشرين من الشهر الجاري, في 5 من الشهر المقبل: a day of the month the publication's is told against
    day_of_month = rf"(?P<dom>{day}\s+من\s+(?:هذا\s+)?الشهر\s+(?:{alternation([*_AR_PAST, *_AR_NEXT, *_AR_THIS[:4]])}))(?!\w)"
    # الاثنين والعشرين is an ordinal (the twenty-second), not Monday
    weekday_alone = (rf"(?P<wd>(?:يوم\s+)?{weekday}(?:\s+(?:{alternation([*_AR_PAST, *_AR_NEXT])}))?)(?!\w)"
                     rf"(?!\s+وال?(?:عشر|ثلاث|[اأ]ربع|خمس|ست|سبع|ثمان|تسع))")
    # the dateline of KUNA's Arabic service: الكويت - 5 - 3 (كونا) -- is 5 March
    kuna = rf"(?P<kuna>{DIGIT}{{1,2}}\s?[-–]\s?{DIGIT}{{1,2}}(?=\s*\(كونا\)))"
    body = "|".join([rf"{numeric[:-1]}{suffix})", dmy_range, day_of_month, month_year, cue_year, _YEARS.format(year=year),
                     duration, relative, weekday_alone, bare_month, kuna, one])
    body = f"{body}|{cued_year}"
    first = _first_words_ar(months, words, cardinals)
    prefilter = rf"(?=[(]?{DIGIT}|ال\u0640?\s?{DIGIT}|(?:{first}){MARKS}(?!\w))"
    pattern = rf"(?<![\w/.\-])(?:[وبلف](?=ال|[اأ]مس|غد|يوم|{DIGIT}))?{prefilter}(?:{body})"
    return re.compile(_one_line(pattern))


# two years joined by a dash, a range when the second is the later within fifty years (`2024-2030`, `2016–2019`)
_YEARS = r"(?P<yr>{year}\s?[-–/]\s?{year})"


def _one_line(pattern: str) -> str:
    """Keep a date within one line: its spaces never match a line break."""
    return pattern.replace(r"\s", r"[^\S\n]")


@cache
def _ordinal_days() -> dict[str, int]:
    """Days of the month written as ordinals, folded: الاول 1, التاسع عشر 19, الحادي والثلاثين 31, غره 1."""
    units = {v: k for k, v in table("numerals")["ar_ordinals"].items() if v <= 10 and not k.endswith("ه")}
    units[1] = "الاول"
    days = {word: value for value, word in units.items()}
    days |= {"غره": 1, "العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30}
    for value in range(1, 10):
        word = "الحادي" if value == 1 else units[value]
        days[f"{word} عشر"] = 10 + value
        days[f"{word} والعشرين"] = 20 + value
        days[f"{word} والعشرون"] = 20 + value
    days["الحادي والثلاثين"] = days["الحادي والثلاثون"] = 31
    return days


def _first_words_ar(months: dict, words: dict, cardinals: dict) -> str:
    """Every word an Arabic date or duration can begin with: a cheap test before the full pattern."""
    first = {key.split()[0] for table_ in ("gregorian_ar", "hijri_ar") for key in months[table_]}
    first |= set(months["weekdays_ar"]) | set(words["ar_time_duals"]) | {"ال" + w for w in words["ar_time_duals"]}
    first |= {"يوم", "يومي", "يوما", "ايام", "شهر", "هذا", "هذه", "امس", "اول", "البارحه", "غدا", "غد", "الغد", "بعد", "اليوم"}
    first |= {"ال" + unit for unit in words["ar_time_units"]} | {"ال" + unit for unit in cardinals}
    first |= {p + w for w in ("عام", "سنه", "عامي") for p in ("", "ال", "و", "ب", "ل", "ف", "وال", "بال", "فال")}
    first |= {"للعام", "للسنه", "الشهر", "الاسبوع"}
    first |= {key.split()[0] for key in _ordinal_days()}
    first |= set(_AR_SINGLE_UNITS)
    return alternation(first)


def _english(months: dict, words: dict, cardinals: dict, day: str, year: str, numeric: str) -> str:
    names = [*months["gregorian_en"], *months["hijri_en"]]
    short = [k for k in names if any(other != k and other.startswith(k) for other in names)]  # jan, sept
    # a full stop after an abbreviation is part of it (`Feb. 3`); after a full name it ends the sentence
    month = rf"(?:{alternation([k for k in names if k not in short], arabic=False)}|(?:{alternation(short, arabic=False)})\.?)"
    year = rf"{year}(?:\s?(?:A\.H\.|AH|H)(?!\w|\.\w))?"  # 1445 AH
    weekday = alternation(months["weekdays_en"], arabic=False)
    dayx = rf"{day}(?:st|nd|rd|th)?"
    sep = r"\s*(?:-|–|—|to|and|&|until|till|through)\s*"
    to = r"\s*(?:-|–|—|to|until|till|through)\s*"  # the end of a range, not a second date (`and`)
    weekdays = rf"{weekday}(?:{sep}{weekday})?"  # Monday and Tuesday, 11 and 12 March: the days of a range
    dmy = (rf"(?:{weekdays},?\s+)?{dayx}(?:{sep}{dayx})*\s+(?:of\s+)?{month}(?:,?\s*{year})?"
           rf"(?:{sep}{dayx}\s+(?:of\s+)?{month}(?:,?\s*{year})?)?")
    mdy = (rf"(?:{weekdays},?\s+)?{month}\s+{dayx}(?:{sep}(?:{month}\s+)?{dayx})*(?:,?\s*{year})?"
           rf"(?:{to}{month}\s+{dayx}(?:,?\s*{year})?)?")  # from April 10, 2024 to June 25, 2025
    month_year = rf"(?:(?:(?:early|late|mid)(?:\s+|-))?{month}(?:{sep}{month})?,?\s+(?:of\s+)?{year})"
    units = alternation(words["en_time_units"], arabic=False)
    numword = alternation(cardinals, arabic=False)
    duration = (rf"(?P<dur>(?:last|past|next|coming|first|previous)\s+(?:{numword}|\d+)\s+{units}"
                rf"|(?:{numword}|\d+)-{units})(?![\w-])")
    # for a week, lasted a year; a month-long campaign, a yearlong programme
    single = r"(?:day|week|month|year|decade|hour)"
    one = (rf"(?:for|lasts?|lasted|lasting|took|takes|spanning|spans?|spanned)\s+(?P<one>an?\s+{single})(?![\w-])"
           rf"|(?P<long>{single}-?long)(?![\w-])")
    relative = (rf"(?P<rel>(?:yesterday|today|tomorrow|tonight)(?:(?:,?\s+|\s*\(\s*){weekday}(?!\w))?"
                rf"|(?:last|next|this|the\s+coming|the\s+past)\s+(?:week|month|year))(?!\w)")
    bare_month = rf"(?P<mon>(?:(?:last|next|this|early|late)\s+)?{month})(?![\w])"
    weekday_alone = rf"(?P<wd>(?:(?:last|next|this)\s+)?{weekday})(?!\w)"
    body = "|".join([numeric, rf"(?P<dmy>{dmy}|{mdy})", rf"(?P<my>{month_year})", duration, one, relative, weekday_alone])
    years = rf"(?P<yb>(?:between\s+{year}\s+and|from\s+{year}\s+(?:to|until|till|through))\s+{year})|{_YEARS.format(year=year)}"
    cued = rf"{years}|(?P<cy>(?:fiscal\s+|financial\s+|the\s+)?year\s+{year}(?:\s?[-–/]\s?{year})?)|(?P<py>{year})(?![\w-])"
    return rf"(?<![\w/.\-])(?:{body}|{cued}|{bare_month})"


@cache
def _tokens(lang: Lang) -> tuple[re.Pattern[str], dict[str, int], dict[str, int], dict[str, int]]:
    """The token regex that reads a matched date: years, days, months, weekdays."""
    months = table("months")
    if lang == "ar":
        greg, hijri, weekdays = months["gregorian_ar"], months["hijri_ar"], months["weekdays_ar"]
        pattern = (rf"(?P<y>{DIGIT}{{4}})(?P<ys>\s?(?:هـ|ه(?!\w)|هجري|م(?!\w)|ميلادي))?|(?P<d>{DIGIT}{{1,2}})"
                   rf"|(?P<od>{alternation(_ordinal_days())})(?!\w)"
                   rf"|(?P<h>{alternation(hijri)})|(?P<m>{alternation(greg)})|(?P<w>{alternation(weekdays)})")
        return re.compile(pattern), greg, hijri, weekdays
    greg, hijri, weekdays = months["gregorian_en"], months["hijri_en"], months["weekdays_en"]
    pattern = (rf"(?P<y>\d{{4}})|(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|(?P<h>{alternation(hijri, arabic=False)})(?![a-z])"
               rf"|(?P<m>{alternation(greg, arabic=False)})(?![a-z])|(?P<w>{alternation(weekdays, arabic=False)})")
    return re.compile(pattern, re.IGNORECASE), greg, hijri, weekdays


def _key(word: str, lang: Lang) -> str:
    return " ".join((fold(word) if lang == "ar" else word.lower().rstrip(".")).split())


def _read(match: re.Match[str], lang: Lang, text: str) -> _Found | None:
    kind = match.lastgroup
    if kind in ("s1", "s2"):
        kind = "numeric"
    start, end = match.span(kind)
    span = match.group(kind)
    if kind == "py" or (kind == "mon" and lang == "en" and not _direction(span, lang)):
        before = re.search(r"(\S+)\s*$", text[max(0, start - 16):start])
        cue = before and (fold(before.group(1)) if lang == "ar" else before.group(1).lower())
        if cue not in _YEAR_CUES[lang] or (kind == "py" and re.match(r"\w|\s?[%٪]", text[end:end + 2])):
            return None
        if cue in _IN_AR and not _CLAUSE_END.match(text, end):
            return None  # في 2024.: a year; في 2000 موقع: a count
    if kind == "numeric":
        return _numeric(span, start, end, lang)
    if kind in ("yr", "yb"):
        first, last = (int(ascii_digits(y)) for y in re.findall(r"\d{4}", ascii_digits(span))[:2])
        if not (1900 <= first < last <= min(first + 50, 2100)):
            return None
        return _calendar(span, start, end, lang, "cy")
    if kind == "kuna":
        day, month = (int(n) for n in re.findall(r"\d+", ascii_digits(span)))
        return _Found("DATE", start, end, [[None, month, day]]) if 1 <= day <= 31 and 1 <= month <= 12 else None
    if kind in ("dmy", "my", "cy", "py", "py2", "mon"):
        return _calendar(span, start, end, lang, kind)
    if kind == "dur":
        if lang == "ar" and fold(span).startswith("العام") and _GENERAL_AFTER_PLURAL.search(text, max(0, start - 30), start):
            return None  # المديرين العامين: the directors general, not two years
        return _duration(span, start, end, lang)
    if kind == "one" and lang == "ar" and not _span_cue_before(text, start, span):
        return None
    if kind in ("one", "long"):  # a unit without a numeral: one of it
        return _duration(span, start, end, lang, count=1)
    if kind == "today" and not _today_is_date(text, start, end):
        return None
    if kind in ("rel", "today"):
        return _relative(span, start, end, lang)
    if kind == "dom":
        return _day_of_month(span, start, end)
    if kind == "wd":
        pattern, _, _, weekdays = _tokens(lang)
        token = pattern.search(span)
        if token is None or token.group("w") is None:
            return None
        weekday = weekdays[_key(token.group("w"), lang)]
        tense = _tense_before(text, start) if lang == "en" else None
        return _Found("DATE", start, end, weekday=weekday, direction=_direction(span, lang), tense=tense)
    return None


# in the clause before an English weekday: a future (`will hold ... on Thursday`, `is scheduled to open on`)
# or a verb in the past (`announced on Tuesday`, `held on Monday`, `met on Sunday`)
_FUTURE_EN = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:to|set\s+to|due\s+to|scheduled|slated|expected)"
                        r"|to\s+be\s+held|(?:plans?|plan(?:s|ning))\s+to|going\s+to|upcoming)\b", re.IGNORECASE)
_PAST_EN = re.compile(r"\b(?:[a-z]{2,}(?<!e)ed|said|held|met|took|gave|began|sent|won|told|made|saw|went|came|"
                      r"chaired|paid|left|led|spoke|issued|was|were|had)\b")
_CLAUSE_BEFORE_EN = re.compile(r"[^.!?;\n]*$")


def _tense_before(text: str, start: int) -> str | None:
    """The tense of the clause an English weekday ends (`will open on Thursday`: next; `said on Tuesday`: past),
    None when it tells neither; a weekday alone is then the nearest one."""
    clause = _CLAUSE_BEFORE_EN.search(text, max(0, start - 160), start).group()
    if _FUTURE_EN.search(clause):
        return "next"
    return "past" if _PAST_EN.search(clause) else None


def _numeric(span: str, start: int, end: int, lang: Lang) -> _Found | None:
    numbers = [int(n) for n in re.findall(r"\d+", ascii_digits(span))]
    if len(numbers) != 3:
        return None
    if numbers[0] > 999:
        year, month, day = numbers
    else:
        day, month, year = numbers
        if lang == "en" and day <= 12 < month:  # 9/17/2014 can only be month-first
            day, month = month, day
    hijri = 1300 <= year < 1500
    if not (1 <= month <= 12 and 1 <= day <= 31) or not (hijri or 1800 <= year <= 2200):
        return None
    return _Found("DATE", start, end, [[year, month, day]], hijri=hijri)


def _calendar(span: str, start: int, end: int, lang: Lang, kind: str) -> _Found | None:
    """Read days, months and years in order and group them into dates that share month and year."""
    pattern, greg, hijri_months, _ = _tokens(lang)
    tokens: list[tuple[str, int]] = []
    hijri = False
    weekday = None
    months_of: list[bool] = []  # for each month named, whether it is a Hijri one
    for token in pattern.finditer(span):
        name = token.lastgroup if token.lastgroup != "ys" else "y"
        if name == "y":
            suffix = (token.group("ys") or "").strip() if lang == "ar" else ""
            year = int(ascii_digits(token.group("y")))
            if suffix[:1] == "ه" or 1300 <= year < 1500:
                hijri = True
            tokens.append(("y", year))
        elif name == "d":
            tokens.append(("d", int(ascii_digits(token.group("d")))))
        elif name == "od":
            tokens.append(("d", _ordinal_days()[_key(token.group("od"), lang)]))
        elif name == "m":
            month = greg[_key(token.group("m"), lang)]
            if tokens and tokens[-1] == ("m", month):
                continue  # أيار/مايو names one month twice
            tokens.append(("m", month))
            months_of.append(False)
        elif name == "h":
            tokens.append(("m", hijri_months[_key(token.group("h"), lang)]))
            months_of.append(True)
            hijri = True
        elif name == "w":
            weekday = _tokens(lang)[3][_key(token.group("w"), lang)]
    if len(set(months_of)) == 2:  # one day in both calendars: `8 رمضان 1445 هـ - 18 مارس 2024 م`
        tokens, hijri = _gregorian_side(tokens, hijri_first=months_of[0]), False
    if not tokens:
        return None
    if kind == "mon" and not _plain_month_is_date(span, lang, hijri):
        return None
    parts: list[list[int | None]] = []
    pending_days: list[int] = []
    month_first = lang == "en" and next((t[0] for t in tokens if t[0] != "y"), "y") == "m"
    current_month = None
    for name, value in tokens:
        if name == "d":
            if not 1 <= value <= 31:
                return None
            if month_first and current_month is not None:
                parts.append([None, current_month, value])
            else:
                pending_days.append(value)
        elif name == "m":
            if month_first:
                if current_month is not None and (not parts or parts[-1][1] != current_month):
                    parts.append([None, current_month, None])  # January and March 2024
                current_month = value
                if pending_days:
                    return None
            else:
                parts.extend([None, value, d] for d in pending_days)
                if not pending_days:
                    parts.append([None, value, None])
                pending_days = []
        else:
            if month_first and current_month is not None and (not parts or parts[-1][1] != current_month):
                parts.append([None, current_month, None])  # Sept. 2014
            if not parts or (parts[-1][1] is None and parts[-1][0] is not None and parts[-1][0] < value):
                parts.append([value, None, None])  # عام 2016 حتى عام 2019, between 2016 and 2019: a range of years
            for part in parts:
                if part[0] is None:
                    part[0] = value
            if 1300 <= value < 1500 and len(tokens) == 1:
                hijri = True
    if month_first and current_month is not None and not parts:
        parts.append([None, current_month, None])
    if pending_days or not parts:
        return None
    for index in range(len(parts) - 2, -1, -1):  # a list or range shares its month and year with its end
        later = parts[index + 1]
        if parts[index][1] is None:
            parts[index][1] = later[1]
        if parts[index][0] is None and later[0] is not None:
            parts[index][0] = later[0] - (1 if (parts[index][1] or 0) > (later[1] or 0) else 0)
    if len(parts) > 2:
        parts = [parts[0], parts[-1]]
    found = _Found("DATE", start, end, parts, hijri=hijri, weekday=weekday, direction=_direction(span, lang))
    return found


def _gregorian_side(tokens: list[tuple[str, int]], *, hijri_first: bool) -> list[tuple[str, int]]:
    """The tokens of the Gregorian date of a day given in both calendars: the first date ends at
    the first year after its month."""
    month = next(i for i, (name, _) in enumerate(tokens) if name == "m")
    cut = next((i + 1 for i in range(month, len(tokens)) if tokens[i][0] == "y"), len(tokens))
    return tokens[cut:] if hijri_first else tokens[:cut]


def _plain_month_is_date(span: str, lang: Lang, hijri: bool) -> bool:
    """A month name alone is a date after شهر or a direction, or when it is no common word."""
    if lang == "en":  # "this may", "march on": a verb; Ramadan, Rajab: also names
        return not hijri and span.split()[-1][:1].isupper()
    words = fold(span).split()
    if words[0] == "شهر" or _direction(span, lang):
        return True
    if hijri:
        return False  # رمضان, رجب, شعبان are also given names
    return " ".join(words) not in table("months")["ambiguous_ar"]


def _direction(span: str, lang: Lang) -> str | None:
    words = fold(span).split() if lang == "ar" else span.lower().split()
    if lang == "ar":
        if any(w in _AR_PAST for w in words):
            return "past"
        if any(w in _AR_NEXT for w in words):
            return "next"
        return "this" if any(w in _AR_THIS for w in words) else None
    for word, direction in (("last", "past"), ("past", "past"), ("next", "next"), ("coming", "next"), ("this", "this")):
        if word in words:
            return direction
    return None


def _span_cue_before(text: str, start: int, span: str) -> bool:
    """Whether a word saying that a span of time follows stands before a unit without a numeral (`لمدة أسبوع`);
    `يوم` after `خلال` is an occasion (`خلال يوم مفتوح`)."""
    cue = _SPAN_CUE.search(text, max(0, start - 16), start)
    if cue is None or "خلال" in cue.group() and (span.startswith("يوم") or text[:cue.start()].endswith("من ")):
        return False  # من خلال ساعة: through a watch
    after = _WORD_AFTER.match(text, start + len(span.split()[0]), start + 40)  # خلال شهر رمضان, لمدة يوم الخميس
    return after is None or fold(after.group(1)) not in _month_and_weekday_words()


@cache
def _month_and_weekday_words() -> frozenset[str]:
    months = table("months")
    return frozenset(key.split()[0] for name in ("gregorian_ar", "hijri_ar", "weekdays_ar") for key in months[name])


# a definite plural of people right before `العامين` / `العامون` (`المديرين العامين`, `المدراء العامين`, `الأمناء العامين`)
_GENERAL_AFTER_PLURAL = re.compile(r"(?<!\w)[وبلف]?ال\w+(?:ين|ون|اء)\s+$")


def _duration(span: str, start: int, end: int, lang: Lang, count: int | None = None) -> _Found | None:
    words = table("quantities")
    units = words[f"{lang}_time_units"]
    cardinals = table("numerals")[f"{lang}_cardinals"]
    period = None
    if lang == "ar":
        key = fold(span)
        duals = words["ar_time_duals"]
        dual = key.split()[0].removeprefix("ال")
        if dual in duals:  # يومين, العامين الماضيين
            count, period = 2, duals[dual]
        for token in re.split(r"[\s\u0640]+", key):
            bare = token[2:] if token.startswith("ال") else token
            if bare in cardinals and count is None:
                count = cardinals[bare]
            elif token.isdigit() or ascii_digits(bare).isdigit() and bare:
                count = int(ascii_digits(bare))
            elif bare in units and period is None:
                period = units[bare]
    else:
        for token in re.split(r"[\s-]+", span.lower().removesuffix("long")):
            if token in cardinals:
                count = cardinals[token]
            elif token.isdigit():
                count = int(token)
            elif token in units:
                period = units[token]
    if count is None or period is None or count == 0:
        return None
    if period == "10Y":
        count, period = count * 10, "Y"
    value = f"PT{count}{'M' if period == 'MIN' else period}" if period in ("H", "MIN", "S") else f"P{count}{period}"
    direction = _direction(span, lang)
    return _Found("DURATION", start, end, value=value, attrs={"direction": direction} if direction else {})


_PRECISION = {"D": "day", "MD": "day", "W": "week", "M": "month", "Y": "year"}
_YEAR_CUES = {
    "ar": frozenset(fold(w) for w in ("منذ", "حتى", "خلال", "مطلع", "بداية", "نهاية", "أواخر", "أوائل", "منتصف",
                                      "قبل", "بعد", "بحلول", "ومنذ", "وحتى", "وخلال", "ومطلع", "وبداية", "ونهاية", "في", "وفي")),
    "en": frozenset(("in", "since", "by", "until", "during", "early", "late", "mid-", "end", "beginning", "before",
                     "after", "through", "from", "of", "in-", "year")),
}
_IN_AR = frozenset(fold(w) for w in ("في", "وفي"))  # year cues only before the clause's end
_RELATIVE_AR = {"امس": ("D", -1), "البارحه": ("D", -1), "غدا": ("D", 1), "غد": ("D", 1), "الغد": ("D", 1), "اليوم": ("D", 0)}
_RELATIVE_EN = {"yesterday": ("D", -1), "today": ("D", 0), "tonight": ("D", 0), "tomorrow": ("D", 1)}
_PERIODS = {"العام": "Y", "السنه": "Y", "الشهر": "M", "الاسبوع": "W", "year": "Y", "month": "M", "week": "W"}


# a word between a verb and اليوم that says the day is no adverb (في اليوم, حتى اليوم, إن العالم اليوم)
_NOT_BEFORE_TODAY = frozenset(fold(w) for w in (
    "في", "إلى", "الى", "على", "عن", "من", "مع", "حتى", "منذ", "خلال", "طوال", "طيلة", "مدار", "مدى", "بعد", "قبل",
    "هذا", "هذه", "ذلك", "تلك", "كل", "إن", "أن", "لأن", "مثل", "نهاية", "بداية", "منتصف", "حتي"))
# after اليوم, a word that makes it a noun: اليوم الأول, اليوم المفتوح, اليوم نفسه (and any nisba: اليوم الوطني)
_NOUN_AFTER_TODAY = frozenset(fold(w) for w in (
    "الأخير", "السابق", "المفتوح", "الموعود", "الكامل", "المشهود", "نفسه", "ذاته", "عينه", "الذي", "الأول"))


_WORD_AFTER = re.compile(r"[^\S\n]+(\w+)")
_BETWEEN_COMMAS = re.compile(r"\w[^\S\n]*[،,][^\S\n]*$")
_COMMA_AFTER = re.compile(r"[^\S\n]*[،,]")
_CLAUSE_END = re.compile(r"[.،,:;؛!?؟()\"«»\n]")


def _today_is_date(text: str, start: int, end: int) -> bool:
    """Whether `اليوم` is today: after صباح or مساء, or after a verb of news with at most its subject between
    (`أعلنت الهيئة العامة للإحصاء اليوم`, `افتتح اليوم`); not a noun (`باليوم الوطني`, `اليوم الأول`, `شباب اليوم`)."""
    if start and text[start - 1].isalpha():
        return False  # باليوم, واليوم
    before = text[max(0, start - 120):start]
    if _TIME_OF_DAY_BEFORE.search(before):
        return True  # صباح اليوم, قبل ظهر اليوم
    if _BETWEEN_COMMAS.search(before) and _COMMA_AFTER.match(text, end):
        return True  # افتتح سمو الأمير ... أمير منطقة الرياض، اليوم، فعاليات المؤتمر: an adverb set off by commas
    after = _WORD_AFTER.match(text, end, end + 40)
    if after:
        word = fold(after.group(1))
        nisba = word.startswith("ال") and word.endswith("ي") and word not in _NOUNS_IN_ALEF_MAQSURA
        if word in _NOUN_AFTER_TODAY or word in _ordinal_days() or nisba:
            return False  # اليوم الوطني (but افتتح اليوم المنتدى)
    words = _CLAUSE_END.split(before)[-1].split()
    for position, word in enumerate(reversed(words[-12:])):
        key = fold(word)
        bare = _OBJECT_PRONOUN.sub("", key)
        if _is_news_verb(key) or bare != key and _is_news_verb(bare):
            return True  # افتتح ... اليوم, ندوة صحفية عقدها اليوم
        if position == 0 and (key in _NOT_BEFORE_TODAY or key in _OWNERS_OF_TODAY):
            return False  # في اليوم, حتى اليوم, شباب اليوم: a noun before it owns it
        if key in _CLAUSE_OPENERS:
            return False  # أكد أن ... اليوم: the verb is another clause's
    return False


_TIME_OF_DAY_BEFORE = re.compile(r"(?<!\w)(?:صباح|مساء|ظهر|عصر|فجر|ظهيرة|ليل|ضحى|ضحي)[^\S\n]+$")
_OBJECT_PRONOUN = re.compile(r"(?:ها|هما|هم|ه)$")  # عقدها, افتتحه
_CLAUSE_OPENERS = frozenset(fold(w) for w in ("إن", "أن", "لأن", "الذي", "التي", "الذين", "حيث", "كما", "بينما"))
# nouns that own a following اليوم as "of today" (`شباب اليوم`, `عالم اليوم`), not an adverb of the verb before
_OWNERS_OF_TODAY = frozenset(fold(w) for w in (
    "شباب", "أطفال", "جيل", "أجيال", "عالم", "إنسان", "مجتمع", "مجتمعات", "طلاب", "طالب", "نساء", "رجال", "شعوب", "أبطال",
    "نجوم", "نجم", "تحديات", "متطلبات", "قضايا", "اقتصاد", "اقتصادات", "حياة", "لغة", "واقع", "عصر", "زمن", "أيام",
    "حدث", "أحداث", "مباريات", "مباراة", "لقاء", "لقاءات", "ضيف", "ضيوف", "صحف", "أخبار", "برنامج", "جدول", "فعاليات",
    "نهار", "ساعات", "يوم", "حال", "أسعار", "سعر", "طقس", "درجات", "صلاة", "خطبة"))  # (and _NOT_BEFORE_TODAY)


# nouns in alef maqsura that fold as a nisba adjective does (`المنتدى`: `المنتدي`)
_NOUNS_IN_ALEF_MAQSURA = frozenset(fold(w) for w in "المنتدى الملتقى المستشفى المبنى المستوى المقهى".split())


@cache
def _news_verbs() -> frozenset[str]:
    """Folded forms of the verbs after which اليوم is today: past (أعلن, أعلنت, أعلنوا) and present (يعلن, تعلن)."""
    verbs = table("months")["verbs_before_today_ar"]
    forms = {f + s for f in verbs["past"] for s in ("", "ت", "وا")}
    forms |= {p + f[1:] + s for f in verbs["present"] for p in ("ي", "ت") for s in ("", "ون")}
    return frozenset(forms)


def _is_news_verb(word: str) -> bool:
    verbs = _news_verbs()
    return word in verbs or word[:1] in "وفس" and (word[1:] in verbs or word[1:2] == "س" and word[2:] in verbs)


def _relative(span: str, start: int, end: int, lang: Lang) -> _Found | None:
    key = fold(span) if lang == "ar" else span.lower()
    words = [w for w in (w.strip("(،,") for w in key.split()) if w]  # اليوم، الأحد; tomorrow (Tuesday
    days = _RELATIVE_AR if lang == "ar" else _RELATIVE_EN
    weekday = table("months")[f"weekdays_{lang}"].get(words[-1]) if len(words) > 1 else None
    if words[0] == "يوم":
        words = words[1:]  # يوم غد
    if words[0] in days and len(words) == (1 if weekday is None else 2):  # غدا, غدا الأربعاء, tomorrow, Tuesday
        return _Found("DATE", start, end, relative=days[words[0]], weekday=weekday)
    if lang == "ar":
        if words[0] == "بعد":  # بعد غد, بعد الغد
            return _Found("DATE", start, end, relative=("D", 2), weekday=weekday)
        if "امس" in words and len(words) == 2:  # أول أمس, أمس الأول
            return _Found("DATE", start, end, relative=("D", -2))
    period = next((_PERIODS[w] for w in words if w in _PERIODS), None)
    if period is None:
        return None
    offset = {"past": -1, "next": 1}.get(_direction(span, lang) or "this", 0)
    return _Found("DATE", start, end, relative=(period, offset))


def _day_of_month(span: str, start: int, end: int) -> _Found | None:
    """A day of this, the next or the last month (`21 من الشهر الجاري`, `الخامس من الشهر المقبل`)."""
    told = fold(span).split(" من ")[0].strip()
    day = _ordinal_days().get(told) or (int(ascii_digits(told)) if ascii_digits(told).isdigit() else 0)
    if not 1 <= day <= 31:
        return None
    offset = {"past": -1, "next": 1}.get(_direction(span, "ar") or "this", 0)
    return _Found("DATE", start, end, [[None, None, day]], relative=("MD", offset))


# ---------------------------------------------------------------- values


def _entity(item: _Found, found: list[_Found], index: int, text: str, published: dt.date | None) -> Entity | None:
    attrs = dict(item.attrs)
    if item.kind == "DURATION":
        return Entity("DURATION", text[item.start:item.end], item.start, item.end, item.value, attrs=attrs)
    if item.weekday is not None:
        attrs["weekday"] = _WEEKDAY_NAMES[item.weekday]
    if item.aside:
        attrs["aside"] = True  # a year aimed at or of the past recounted (بحلول عام 2030, founded in 1976)
    value: str | None
    if item.relative is not None or not item.parts:
        attrs["relative"] = True
        attrs["precision"] = _PRECISION[item.relative[0] if item.relative else "D"]
        value = _relative_value(item, published) if published else None
    else:
        first = item.parts[0]
        attrs["precision"] = "day" if first[2] is not None else "month" if first[1] is not None else "year"
        value = _calendar_value(item, found, index, published, attrs, text)
        if value is False:
            return None
    return Entity("DATE", text[item.start:item.end], item.start, item.end, value, attrs=attrs)


def _relative_value(item: _Found, published: dt.date) -> str | None:
    if item.relative is None:  # a weekday alone: the nearest one, the past one on a tie
        assert item.weekday is not None
        delta = (item.weekday - published.weekday()) % 7
        if item.direction is None and item.tense is not None:  # on the publication day itself or in the week told
            return (published + dt.timedelta(days=delta - 7 if item.tense == "past" and delta else delta)).isoformat()
        if item.direction == "past" or (item.direction is None and delta > 3):
            delta -= 7
        if item.direction == "past" and delta == 0:
            delta = -7
        if item.direction == "next" and delta == 0:
            delta = 7
        return (published + dt.timedelta(days=delta)).isoformat()
    unit, offset = item.relative
    if unit == "D":
        return (published + dt.timedelta(days=offset)).isoformat()
    if unit == "W":
        year, week, _ = (published + dt.timedelta(weeks=offset)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit in ("M", "MD"):
        months = published.year * 12 + published.month - 1 + offset
        month = f"{months // 12:04d}-{months % 12 + 1:02d}"
        if unit == "M":
            return month
        day = item.parts[0][2]
        return f"{month}-{day:02d}" if _weekday(months // 12, months % 12 + 1, day) is not None else None
    return f"{published.year + offset:04d}"


def _calendar_value(item: _Found, found: list[_Found], index: int, published: dt.date | None,
                    attrs: dict[str, Any], text: str):
    parts = [list(p) for p in item.parts]
    if any(p[0] is None for p in parts):
        anchor = _anchor(found, index, published, item.hijri)
        for part in parts:
            if part[0] is None and anchor is not None:
                part[0] = _nearest_year(part, anchor, item.direction)
        if anchor is not None and published is None and not _dateline_with_year(found, index, text):
            attrs["year_from_text"] = True  # April 23 in a text of 2024: a guess a reader may overrule
        if anchor is not None and not item.hijri and len(parts) == 1 and parts[0][2] is not None:
            parts[0][0] = _year_of_weekday(parts[0], found, index, text) or parts[0][0]
    if item.hijri:
        return _hijri_value(parts, attrs)
    try:
        for part in parts:
            if part[0] is not None and part[2] is not None:
                dt.date(part[0], part[1], part[2])
    except ValueError:
        return False
    return "/".join(_iso(p) for p in parts)


def _dateline_with_year(found: list[_Found], index: int, text: str) -> bool:
    """Whether the text opens with a dateline that gives its year (`ABU DHABI, 14th March, 2024 (WAM)`): the
    publication date, which the text's other dates are read against."""
    first = found[0]
    return index > 0 and _at_dateline(first.start, text) and bool(first.parts) and first.parts[0][0] is not None


def _anchor(found: list[_Found], index: int, published: dt.date | None, hijri: bool) -> tuple[int, int | None] | None:
    """The (year, month) a date without a year is read against."""
    if published is not None:
        if hijri:
            from hijridate import Gregorian

            h = Gregorian(published.year, published.month, published.day).to_hijri()
            return h.year, h.month
        return published.year, published.month
    order = [k for k in [*range(index - 1, -1, -1), *range(index + 1, len(found))] if not found[k].aside]
    for other in order:
        candidate = found[other]
        if candidate.hijri == hijri and candidate.parts and all(p[0] is not None for p in candidate.parts):
            nearest = candidate.parts[-1] if other < index else candidate.parts[0]  # the end of a range before, the start of one after
            if nearest[1] is not None or other == order[-1]:
                return nearest[0], nearest[1]
    # else the latest year the text names (`ارتفعت من 4% في عام 2020 إلى 17% في 2024`: a release of 2024 or later)
    years = [found[k].parts[-1][0] for k in order if found[k].hijri == hijri and found[k].parts and found[k].parts[-1][0] is not None]
    return (max(years), None) if years else None


def _year_of_weekday(part: list[int | None], found: list[_Found], index: int, text: str) -> int | None:
    """The year, of the one read and those beside it, in which a release's own day without a year (its first date:
    `عمان 3 آذار (بترا)`) falls on the weekday the text gives today (`اليوم الأحد`, `yesterday, Saturday`, or a
    weekday alone in the English dateline's sentence: `Amman, March 3 (Petra) -- ... on Sunday signed`)."""
    if index != 0 or not _at_dateline(found[0].start, text):
        return None
    told = next((f for f in found if f.weekday is not None and (
        f.relative is not None and f.relative[0] == "D"
        or f.relative is None and f.direction is None and f.tense != "next" and _DATELINE_SENTENCE.fullmatch(text, found[0].end, f.start)
    )), None)  # fmt: skip
    if told is None:
        return None
    weekday = (told.weekday - (told.relative[1] if told.relative else 0)) % 7
    years = [y for y in (part[0] - 1, part[0], part[0] + 1) if _weekday(y, part[1], part[2]) == weekday]
    return years[0] if len(years) == 1 else None


# what lies between an English dateline's date and a weekday of its sentence (`(KUNA) -- The Institute ... on`)
_DATELINE_SENTENCE = re.compile(r"[^.!?\n\u0600-\u06ff]{0,200}?\b(?:on|today,?)\s+\(?")


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def _nearest_year(part: list[int | None], anchor: tuple[int, int | None], direction: str | None) -> int:
    year, month = anchor
    if month is None or part[1] is None:
        return year
    options = [year - 1, year, year + 1]
    distance = {y: (y * 12 + part[1]) - (year * 12 + month) for y in options}
    same = part[2] is not None  # a day of the anchor's month may be to come or past (`10 شوال المقبل` on 5 Shawwal)
    if direction == "past":
        return max((y for y in options if distance[y] < 0 or same and distance[y] == 0), default=year)
    if direction == "next":
        return min((y for y in options if distance[y] > 0 or same and distance[y] == 0), default=year)
    return min(options, key=lambda y: (abs(distance[y]), distance[y] < 0))


def _iso(part: list[int | None]) -> str:
    year, month, day = part
    text = "XXXX" if year is None else f"{year:04d}"
    if month is not None:
        text += f"-{month:02d}"
        if day is not None:
            text += f"-{day:02d}"
    return text


def _hijri_value(parts: list[list[int | None]], attrs: dict[str, Any]):
    """Convert Hijri (Umm al-Qura) parts to a Gregorian value; keep the Hijri one in attrs."""
    from hijridate import Hijri

    attrs["calendar"] = "hijri"
    attrs["hijri"] = "/".join(_iso(p) for p in parts)
    if any(p[0] is None for p in parts):
        return None
    days: list[str] = []
    try:
        for year, month, day in parts:
            if day is not None:
                days.append(Hijri(year, month, day).to_gregorian().isoformat())
                continue
            first = Hijri(year, month or 1, 1)
            last_month = Hijri(year, month or 12, 1)
            days.append(first.to_gregorian().isoformat())
            days.append(Hijri(year, month or 12, last_month.month_length()).to_gregorian().isoformat())
    except (ValueError, OverflowError):
        return False
    if len(days) > 2:
        days = [days[0], days[-1]]
    return "/".join(days)
