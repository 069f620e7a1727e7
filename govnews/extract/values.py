"""All values of a text: dates, durations, numbers, percentages and money, without overlaps."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from govnews.records import Entity
from govnews.extract.dates import find_dates
from govnews.extract.numbers import find_numbers

# On overlap a date wins; otherwise the longer mention, and on equal length the more specific type.
_RANK = {"DATE": 0, "MONEY": 1, "PERCENT": 2, "DURATION": 3, "NUMBER": 4}


def find_values(text: str, *, lang: Literal["ar", "en"], published: dt.date | None = None) -> list[Entity]:
    """Find DATE, DURATION, NUMBER, PERCENT and MONEY mentions, sorted by start, never overlapping.

    A date wins over the numbers inside it, a percent or an amount over its number. Offsets are
    into `text` as given; relative dates resolve against `published`.

    >>> [(e.type, e.text, e.value) for e in find_values("شارك 22 موظفا في 17 سبتمبر 2014", lang="ar")]
    [('NUMBER', '22 موظفا', '22'), ('DATE', '17 سبتمبر 2014', '2014-09-17')]
    """
    if lang not in ("ar", "en"):
        from govnews.errors import ConfigError

        raise ConfigError(f"lang must be 'ar' or 'en', not {lang!r}")
    dates = find_dates(text, lang=lang, published=published)
    spans = [(e.start, e.end) for e in dates if e.type == "DATE"]
    candidates = dates + find_numbers(text, lang=lang, skip=spans)
    candidates.sort(key=lambda e: (e.type != "DATE", e.start - e.end, _RANK[e.type], e.start))
    taken: list[Entity] = []
    covered = bytearray(len(text) + 1)  # the characters of the mentions taken
    for entity in candidates:
        if 1 not in covered[entity.start : entity.end]:
            taken.append(entity)
            covered[entity.start : entity.end] = b"\1" * (entity.end - entity.start)
    return sorted(taken, key=lambda e: e.start)
