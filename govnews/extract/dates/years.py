"""The year of a date told without one: the years that are no anchor (aimed at, of history, compared with, a
plan's period), the (year, month) a date is read against, the nearest year to it, and the year in which a
dateline's day falls on the weekday the text gives."""

from __future__ import annotations

import datetime as dt
import re

from govnews.extract.dates.dateline import _at_dateline
from govnews.extract.dates.found import _Found
from govnews.extract.wordlists import alternation


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
