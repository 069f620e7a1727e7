"""The day of a release's dateline, which its relative dates count from when it has no publication date, and
ISO days: whether a value is one day, the day some days after another."""

from __future__ import annotations

import datetime as dt

from govnews.extract.dates.found import _Found
from govnews.records import Entity


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


def _dateline_with_year(found: list[_Found], index: int, text: str) -> bool:
    """Whether the text opens with a dateline that gives its year (`ABU DHABI, 14th March, 2024 (WAM)`): the
    publication date, which the text's other dates are read against; a range of years opening a title is none
    (`The 2019–20 coronavirus pandemic`)."""
    first = found[0]
    return index > 0 and _at_dateline(first.start, text) and len(first.parts) == 1 and first.parts[0][0] is not None
