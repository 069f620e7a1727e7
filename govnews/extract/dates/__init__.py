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

The modules:

    grammar.py     the regex of each language that finds the candidates, the word tables it is built from,
                   and which way a direction word points (`الماضي`, `المقبل`, `next`)
    found.py       _Found: a candidate read from one match, before missing years are filled in
    reading.py     a match read token by token into [year, month, day] parts: numeric dates, calendar phrases,
                   weekdays, a bare year after its cue
    durations.py   durations anchored on a time word, and a unit without a numeral after a span cue (`لمدة أسبوع`)
    relative.py    relative dates (`أمس`, `غدا الأربعاء`, `الشهر المقبل`, `next week`, `21 من الشهر الجاري`)
                   and when `اليوم` is today
    years.py       the year of a date without one: the years that are no anchor (aimed at, of history, compared
                   with, a plan's period), the anchor, the nearest year, the year a dateline's weekday tells
    dateline.py    the day of a release's dateline, and ISO days: `one_day`, `days_after`
    values.py      a candidate's entity and its ISO 8601 value, Gregorian or converted from Hijri
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from govnews.records import Entity
from govnews.extract.dates.dateline import _dateline_day, days_after, one_day
from govnews.extract.dates.found import _Found
from govnews.extract.dates.grammar import Lang, _direction, _grammar
from govnews.extract.dates.reading import _read
from govnews.extract.dates.relative import _WORD_AFTER
from govnews.extract.dates.values import _entity, _relative_value
from govnews.extract.dates.years import _aside, _plan_period

__all__ = ["Lang", "days_after", "find_dates", "one_day"]


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
