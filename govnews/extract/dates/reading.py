"""Read one match token by token into a candidate: numeric dates, days, months and years grouped into dates
that share month and year (lists, ranges, one day in both calendars), a bare month or year only where it is a date,
a weekday with the tense of its clause; durations and relative dates go to their modules."""

from __future__ import annotations

import re
from functools import cache

from govnews.extract.dates.durations import _GENERAL_AFTER_PLURAL, _duration, _span_cue_before
from govnews.extract.dates.found import _Found
from govnews.extract.dates.grammar import _PART_ORDINALS, _PARTS_OF_YEAR, Lang, _direction, _ordinal_days
from govnews.extract.dates.relative import _CLAUSE_END, _day_of_month, _relative, _today_is_date
from govnews.extract.wordlists import DIGIT, alternation, ascii_digits, fold, table

_YEAR_CUES = {
    "ar": frozenset(fold(w) for w in ("منذ", "حتى", "خلال", "مطلع", "بداية", "نهاية", "أواخر", "أوائل", "منتصف",
                                      "قبل", "بعد", "بحلول", "ومنذ", "وحتى", "وخلال", "ومطلع", "وبداية", "ونهاية", "في", "وفي",
                                      # a season or a pilgrimage of a year (موسم 2007, لموسم 2016, حج 1445)
                                      "موسم", "الموسم", "لموسم", "للموسم", "بموسم", "وموسم", "حج", "الحج", "لحج")),
    "en": frozenset(("in", "since", "by", "until", "during", "early", "late", "mid-", "end", "beginning", "before",
                     "after", "through", "from", "of", "in-", "year", "season")),
}
_SEASON_AFTER_EN = re.compile(r"\s+seasons?\b", re.IGNORECASE)  # the 2007 season: a year named by what follows it
_IN_AR = frozenset(fold(w) for w in ("في", "وفي"))  # year cues only before the clause's end
# what goes on after a year of `في` that no counted noun is (`في 2023 مقابل 9 مليارات في 2022`, `في 2023 بنسبة 5%`)
_YEAR_CLAUSE_GOES_ON = re.compile(
    r"\s+(?:مقابل|مقارنة|بنسبة|بقيمة|بمقدار|بإجمالي|حيث|عندما|بينما|فيما|ليصل|ليبلغ|لتصل|لتبلغ|وفي|إلى|الى)(?!\w)"
)


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


def _season(span: str, first: int, start: int, end: int) -> _Found | None:
    """A year and the next written with its last two digits, a season's or a fiscal year's (`2023-24`, `2015/16`)."""
    last = int(re.search(r"(\d\d)\D*$", ascii_digits(span)).group(1))
    if not (1900 <= first < 2100 and last == (first + 1) % 100):
        return None
    return _Found("DATE", start, end, [[first, None, None], [first + 1, None, None]])


def _hijri_years(span: str, first: int, last: int) -> bool:
    """Whether two years joined are a range of Hijri years: marked so (`1357 - 1405هـ`), or a year and the next one,
    as a Hijri fiscal or school year is written (`1436-1437`)."""
    return 1300 <= first < last < 1500 and (last <= first + 50 and _HIJRI_MARK.search(span) is not None or last == first + 1)


_HIJRI_MARK = re.compile(r"(?:هـ|ه|هجري[ةه]?)$")


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
        seasoned = kind == "py" and lang == "en" and _SEASON_AFTER_EN.match(text, end) is not None
        if cue == "season" and before.group(1) != "season":
            return None  # Riyadh Season 2024: a year in a name
        if cue not in _YEAR_CUES[lang] and not seasoned or (kind == "py" and re.match(r"\w|\s?[%٪]", text[end:end + 2])):
            return None
        if cue in _IN_AR and not (_CLAUSE_END.match(text, end) or _YEAR_CLAUSE_GOES_ON.match(text, end)):
            return None  # في 2024.: a year; في 2000 موقع: a count; في 2023 مقابل ...: a year
    if kind == "qtr":
        return _part_of_year(span, start, end, lang)
    if kind == "numeric":
        return _numeric(span, start, end, lang)
    if kind in ("yr", "yb"):
        years = re.findall(r"\d{4}", ascii_digits(span))
        if len(years) < 2:
            return _season(span, int(years[0]), start, end)
        first, last = (int(y) for y in years[:2])
        if not (1900 <= first < last <= min(first + 50, 2100) or _hijri_years(span, first, last)):
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


_PART_OF_YEAR = re.compile(r"(?:ال|لل)?(ربع|نصف)\s+(\S+)|(?<![\w-])(\S+?)[\s-]+(quarter|half)|\b([qh])([1-4])\b",
                           re.IGNORECASE)
_YEAR_DIGITS = re.compile(rf"{DIGIT}{{4}}")
_TO_THE_YEAR = re.compile(r"(?<!\S)لل(?=عام|سن)")


def _part_of_year(span: str, start: int, end: int, lang: Lang) -> _Found | None:
    """A quarter or half of a year (`الربع الثالث من عام 2015`, `first half of last year`, `Q3 2015`): the year
    given or relative, with the first and last month of the part."""
    told = _PART_OF_YEAR.search(fold(span) if lang == "ar" else span.lower())
    if told is None:
        return None
    if told.group(5):
        size, number = _PARTS_OF_YEAR[told.group(5)], int(told.group(6))
    else:
        size = _PARTS_OF_YEAR[told.group(1) or told.group(4)]
        number = _PART_ORDINALS[told.group(2) or told.group(3)]
    parts = 12 // size
    number = parts if number == -1 else number
    if not 1 <= number <= parts:
        return None
    months = (size * (number - 1) + 1, size * number)
    year = _YEAR_DIGITS.search(span)
    if year is None:
        found = _relative(_TO_THE_YEAR.sub("ال", span[told.end():]), start, end, lang)  # للعام الماضي
    elif 1300 <= (number := int(ascii_digits(year.group()))) < 1500:  # a Hijri year: its months
        return _Found("DATE", start, end, [[number, months[0], None], [number, months[1], None]], hijri=True)
    else:
        found = _Found("DATE", start, end, [[number, None, None]])
    if found is not None:
        found.months = months
    return found


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
