"""A candidate date or duration as read from one match: its parts, calendar, direction, relative offset and
weekday, before missing years are filled in and its value is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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
    months: tuple[int, int] | None = None  # the first and last month of the quarter or half of its year it names
    # a year aimed at (بحلول عام 2030, by 2030) or of the past a text recounts (تأسست عام 1976, since 1990):
    # no anchor for dates without a year
    aside: bool = False
