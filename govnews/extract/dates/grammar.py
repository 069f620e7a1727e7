"""The regex of each language that finds the candidates (numeric dates, day-month-year phrases and their ranges,
month-year, a year after a cue, months, weekdays, relative words, durations), the word tables it is built from
(directions, span cues, ordinal days), and which way a direction word points."""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from govnews.extract.wordlists import DIGIT, MARKS, alternation, definite_tens_ar, fold, table

Lang = Literal["ar", "en"]

_AR_PAST = ("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته", "السابق", "الاخير", "الاخيره",
            "الماضيين", "الاخيرين", "المنصرمين")
_AR_NEXT = ("المقبل", "المقبله", "القادم", "القادمه", "المقبلين", "القادمين")
_AR_THIS = ("الحالي", "الحاليه", "الجاري", "الجاريه", "هذا", "هذه")
# words after which a time unit without a numeral is a span of one (لمدة أسبوع, استغرق عاما, طوال شهر)
_AR_SPAN_CUES = ("لمده", "بمده", "مده", "مدته", "مدتها", "طوال", "طيله", "خلال", "امتد", "امتدت", "دام", "دامت",
                 "استمر", "استمرت", "يستمر", "تستمر", "استغرق", "استغرقت", "يستغرق", "تستغرق")
_AR_SINGULAR_UNITS = ("يوم", "يوما", "اسبوع", "اسبوعا", "شهر", "شهرا", "سنه", "عام", "عاما", "عقد", "ساعه", "دقيقه",
                      "ثانيه")
_AR_SINGLE_UNITS = ("اسبوع", "اسبوعا", "شهر", "شهرا", "عام", "عاما", "سنه", "ساعه", "يوم", "يوما")
# a quarter or half of a year (`الربع الثالث`, `النصف الأول`, `the third quarter`, `Q3`, `H1`): its first and last
# month are read by the ordinal; the last one is the fourth quarter or the second half
_PARTS_OF_YEAR = {"ربع": 3, "نصف": 6, "quarter": 3, "half": 6, "q": 3, "h": 6}
_PART_ORDINALS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": -1, "first": 1, "second": 2,
                  "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": -1, "last": -1}
_SPAN_CUE = re.compile(rf"(?<!\w)(?:[وف]?(?:{alternation(_AR_SPAN_CUES)})|عل[ىي]\s+مد(?:[ىي]|ار))\s+$")


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
    # the tens of a definite compound (`الساعات الأربع والعشرين`, `الأربع والعشرين ساعة الماضية`)
    and_tens = rf"(?:{definite_tens_ar()})?"
    # الساعات الثلاث; not الدقيقة الثلاثين, اليوم العشرين: after a singular unit the number is an ordinal
    plural_unit = alternation(k for k in time_units if k not in _AR_SINGULAR_UNITS)
    duration = (rf"(?P<dur>(?:ال)?{plural_unit}\s+ال(?:{plural_count}){MARKS}{and_tens}(?:\s+{ends})?"
                rf"|ال(?:{numword}{and_tens}|\u0640?\s?{DIGIT}+)\s+{unit}\s+{ends}"
                # not الدقيقتين 25 و43: the two minutes the figures name
                rf"|(?:ال)?{alternation(words['ar_time_duals'])}(?!\w)(?!\s*{DIGIT})(?:\s+{ends})?)(?!\w)")
    # لمدة أسبوع, خلال شهر, على مدى عام: one unit after a word that says a span of time follows;
    # not خلال شهر رمضان, خلال عام 2023, خلال يوم مفتوح
    # (the cue before it is read by _span_cue_before: a cue word in the prefilter would cost at every one)
    ends = "|".join(sorted({fold(cue)[-2:] for cue in _AR_SPAN_CUES} | {"دي", "ار"}))  # cheap: the cue's last letters
    one = (rf"(?<={alternation(ends.split('|'))}\s)(?P<one>{alternation(_AR_SINGLE_UNITS)}{MARKS}(?!\w)(?!\s*{DIGIT})"
           rf"(?:\s+(?:واحد[ةه]?|كامل(?:[ةه]|ا)?){MARKS}(?!\w))?)")
    # غد, الغد are tomorrow after يوم, بعد (the day after), صباح or مساء (يوم غد الخميس, صباح الغد); alone they
    # are a noun (غد أفضل, شباب الغد)
    tomorrow = rf"(?:(?:يوم|بعد)\s+|(?<=صباح\s)|(?<=مساء\s))(?:ال)?غدا?{MARKS}(?!\w)"
    # أمس (الأربعاء): the weekday in brackets with its closing one
    relative = (rf"(?P<rel>(?:اليوم|[اأ]مس|غدا{MARKS}|{tomorrow})(?:\s*\(\s*{weekday}(?:\s*\))?|\s*[،,]?\s*{weekday})"
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
    # الربع الثالث من عام 2015, النصف الأول من العام الجاري, الربع الأول 2016: a year's quarter or half
    ordinal = alternation(k for k in _PART_ORDINALS if not k.isascii())
    this_year = alternation([*_AR_PAST, *_AR_NEXT, *_AR_THIS[:4]])
    part_of_year = (rf"(?P<qtr>(?:ال|لل)(?:ربع|نصف)\s+{ordinal}\s+(?:(?:من|في)\s+)?"
                    rf"(?:(?:(?:ال|ل|لل)?(?:عام|سن[ةه])\s+)?{year}{suffix}"
                    rf"|(?:(?:ال|لل)(?:عام|سن[ةه])\s+(?:{this_year})|هذا\s+العام|هذه\s+السن[ةه])(?:\s+{year}{suffix})?)(?!\w))")
    # the dateline of KUNA's Arabic service: الكويت - 5 - 3 (كونا) -- is 5 March
    kuna = rf"(?P<kuna>{DIGIT}{{1,2}}\s?[-–]\s?{DIGIT}{{1,2}}(?=\s*\(كونا\)))"
    body = "|".join([part_of_year, rf"{numeric[:-1]}{suffix})", dmy_range, day_of_month, month_year, cue_year, _YEARS.format(year=year, suffix=suffix),
                     duration, relative, weekday_alone, bare_month, kuna, one])
    body = f"{body}|{cued_year}"
    first = _first_words_ar(months, words, cardinals)
    prefilter = rf"(?=[(]?{DIGIT}|ال\u0640?\s?{DIGIT}|(?:{first}){MARKS}(?!\w))"
    pattern = rf"(?<![\w/.\-])(?:[وبلف](?=ال|[اأ]مس|غد|يوم|{DIGIT}))?{prefilter}(?:{body})"
    return re.compile(_one_line(pattern))


# two years joined by a dash, a range when the second is the later within fifty years (`2024-2030`, `2016–2019`,
# `1434 - 1435هـ`)
_YEARS = r"(?P<yr>{year}\s?[-–/]\s?(?:{year}|\d\d(?!\d)){suffix})"  # and a season's `2023-24`, `2015/16`


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
    first |= {"للعام", "للسنه", "الشهر", "الاسبوع", "الربع", "النصف", "للربع", "للنصف"}
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
    one_month = rf"(?:(?:early|late|mid)(?:\s+|-))?{month},?\s+(?:of\s+)?{year}"
    # from October 2023 to June 2024, between October 2023 and June 2024: one range (`and` after `between` only;
    # `in October 2023 and June 2024` names two months)
    month_year = (rf"(?:(?<=between\s){one_month}\s+and\s+{one_month}|{one_month}{to}{one_month}"
                  rf"|(?:(?:early|late|mid)(?:\s+|-))?{month}(?:{sep}{month})?,?\s+(?:of\s+)?{year})")
    units = alternation(words["en_time_units"], arabic=False)
    numword = alternation(cardinals, arabic=False)
    duration = (rf"(?P<dur>(?:last|past|next|coming|first|previous)\s+(?:{numword}|\d+)\s+{units}"
                rf"|(?:{numword}|\d+)-{units})(?![\w-])")
    # for a week, lasted a year; a month-long campaign, a yearlong programme
    single = r"(?:day|week|month|year|decade|hour)"
    one = (rf"(?:for|lasts?|lasted|lasting|took|takes|spanning|spans?|spanned)\s+(?P<one>an?\s+{single})(?![\w-])"
           rf"|(?P<long>{single}-?long)(?![\w-])")
    relative = (rf"(?P<rel>(?:yesterday|today|tomorrow|tonight)(?:,?\s+{weekday}(?!\w)|\s*\(\s*{weekday}(?!\w)(?:\s*\))?)?"
                rf"|(?:last|next|this|the\s+coming|the\s+past)\s+(?:week|month|year))(?!\w)")
    bare_month = rf"(?P<mon>(?:(?:last|next|this|early|late)\s+)?{month})(?![\w])"
    weekday_alone = rf"(?P<wd>(?:(?:last|next|this)\s+)?{weekday})(?!\w)"
    # the third quarter of 2015, first half of this year, Q3 2015, H1 2016: a year's quarter or half
    ordinal = alternation((k for k in _PART_ORDINALS if k.isascii()), arabic=False)
    part_of_year = (rf"(?P<qtr>(?:(?:{ordinal})(?:\s+|-)(?:quarter|half)|Q[1-4]|H[12])(?:\s+of)?(?:\s+|\s?[-/]\s?)"
                    rf"(?:{year}|(?:last|this|next|the\s+current|the\s+coming)\s+year))(?![\w-])")
    body = "|".join([part_of_year, numeric, rf"(?P<dmy>{dmy}|{mdy})", rf"(?P<my>{month_year})", duration, one, relative, weekday_alone])
    years = rf"(?P<yb>(?:between\s+{year}\s+and|from\s+{year}\s+(?:to|until|till|through))\s+{year})|{_YEARS.format(year=year, suffix='')}"
    cued = rf"{years}|(?P<cy>(?:fiscal\s+|financial\s+|the\s+)?year\s+{year}(?:\s?[-–/]\s?{year})?)|(?P<py>{year})(?![\w-]){_NOT_A_CLOCK}"
    return rf"(?<![\w/.\-])(?:{body}|{cued}|{bare_month})"


# a time of day in twenty-four hours, which no year is (`by 0900 GMT`, `at 1400 hours`)
_NOT_A_CLOCK = r"(?!\s*(?:GMT|UTC|local\s+time|hours|hrs)\b)"


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
