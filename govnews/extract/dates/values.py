"""The entity of a candidate with its ISO 8601 value: relative dates counted from the publication date, calendar
dates with their missing years filled in, Hijri dates converted to Gregorian (the Hijri value kept in attrs)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from govnews.records import Entity
from govnews.extract.dates.dateline import _dateline_with_year
from govnews.extract.dates.found import _Found
from govnews.extract.dates.years import _anchor, _nearest_year, _weekday, _year_of_weekday

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_PRECISION = {"D": "day", "MD": "day", "W": "week", "M": "month", "Y": "year"}


def _near(part: list[int | None], published: dt.date | None) -> bool:
    """Whether a day read with the publication's nearest year falls within a month of it: then its year is the
    publication's, whatever weekday the text gives (`Amman, Feb. 12 (Petra) -- ... on Sunday concluded`, published on
    Monday 12 February 2024: Sunday is the day before, not a sign of 2023)."""
    if published is None:
        return False
    try:
        return abs((dt.date(part[0], part[1], part[2]) - published).days) <= 31
    except (TypeError, ValueError):
        return False


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
    if item.months is not None:
        attrs["precision"] = "month"
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
    return _months_of_year(f"{published.year + offset:04d}", item.months)


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
        if anchor is not None and not item.hijri and len(parts) == 1 and parts[0][2] is not None and not _near(parts[0], published):
            parts[0][0] = _year_of_weekday(parts[0], found, index, text) or parts[0][0]
    if item.hijri:
        return _hijri_value(parts, attrs)
    try:
        for part in parts:
            if part[0] is not None and part[2] is not None:
                dt.date(part[0], part[1], part[2])
    except ValueError:
        return False
    return _months_of_year("/".join(_iso(p) for p in parts), item.months)


def _months_of_year(year: str, months: tuple[int, int] | None) -> str:
    """The value of a year, or of the quarter or half of it from its first to its last month (`2015-07/2015-09`)."""
    if months is None:
        return year
    return f"{year}-{months[0]:02d}/{year}-{months[1]:02d}"


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
                days.append(_hijri_day(year, month, day))
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


def _hijri_day(year: int, month: int, day: int) -> str:
    """The Gregorian day of a Hijri one; the 30th of a month of 29 days in the Umm al-Qura table is the day after
    its 29th (`30 شوال 1445 هـ`: the month was sighted a day later)."""
    from hijridate import Hijri

    if day == 30 and Hijri(year, month, 1).month_length() == 29:
        return (Hijri(year, month, 29).to_gregorian() + dt.timedelta(days=1)).isoformat()
    return Hijri(year, month, day).to_gregorian().isoformat()
