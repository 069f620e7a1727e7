"""`date`: dates and ranges that differ between the sides, and weekdays that contradict their date.

Dates are compared by their ISO values at the precision each side gives (`2014` agrees with
`2014-09-17`; `2014-09-17/2014-09-18` does not agree with `2014-09-17/2014-09-19`). A date with no
counterpart is a warning, but only a note when translations routinely drop it: a Hijri date, or a
relative one (`today`, `اليوم`) that only one side could resolve. Bare years are compared with the values of the
number check, which reports two that differ as a date difference.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from govnews.checks._text import quote
from govnews.checks._units import PairContext
from govnews.records import Entity, Finding

_YEAR_ONLY_RE = re.compile(r"^\d{4}$")
_ISO_RE = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?$")  # XXXX: a year the text does not give
_WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WEEKDAYS_AR = {
    "الاثنين": 0, "الإثنين": 0, "الأثنين": 0,
    "الثلاثاء": 1, "الثلثاء": 1,
    "الأربعاء": 2, "الاربعاء": 2,
    "الخميس": 3,
    "الجمعة": 4, "الجمعه": 4,
    "السبت": 5,
    "الأحد": 6, "الاحد": 6,
}
_WEEKDAY_RE = re.compile(
    r"(?<!\w)[وب]?(?P<day>" + "|".join(sorted(list(_WEEKDAYS_AR) + _WEEKDAYS_EN, key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)
_WEEKDAY_INDEX = {**_WEEKDAYS_AR, **{name.lower(): i for i, name in enumerate(_WEEKDAYS_EN)}}
_WEEKDAY_REACH = 25  # characters before a date where its weekday may stand (`يوم الثلاثاء الموافق 17 ...`)

Point = tuple[int | None, int | None, int | None]


def _point(text: str) -> Point | None:
    match = _ISO_RE.match(text)
    if not match:
        return None
    year, month, day = match.groups()
    return int(year) if year != "XXXX" else None, int(month) if month else None, int(day) if day else None


def parse(value: str | None) -> tuple[Point, Point] | None:
    """Read an ISO date or range (`2014-09-17`, `2014-09-17/2014-09-18`) as (start, end) points."""
    if not value:
        return None
    start, _, end = value.partition("/")
    first = _point(start)
    last = _point(end) if end else first
    if first is None or last is None:
        return None
    return first, last


def _agree(a: Point, b: Point) -> bool:
    """Two points agree when they give a part in common and every part both give is the same: `3 February`
    (its year not given) is not `2024`, which tells no month or day."""
    shared = [(x, y) for x, y in zip(a, b) if x is not None and y is not None]
    return bool(shared) and all(x == y for x, y in shared)


def agree(a: tuple[Point, Point], b: tuple[Point, Point]) -> bool:
    """Tell whether two dates or ranges can be the same at the precision each gives."""
    return _agree(a[0], b[0]) and _agree(a[1], b[1])


def _dates(entities) -> list[tuple[Entity, tuple[Point, Point]]]:
    """The dates of a side with their points; a year taken from another date of the text (`attrs.year_from_text`)
    is no year the text gives, so either side's agrees with it."""
    out = []
    for e in entities:
        if e.type == "DATE" and e.value and not _YEAR_ONLY_RE.match(e.value):  # bare years: the number check's
            parsed = parse(e.value)
            if parsed and (e.attrs or {}).get("year_from_text"):
                parsed = ((None, *parsed[0][1:]), (None, *parsed[1][1:]))
            if parsed:
                out.append((e, parsed))
    return out


def _covered(parsed: tuple[Point, Point], others: list[tuple[Point, Point]]) -> bool:
    if any(agree(parsed, o) for o in others):
        return True
    # a range one side writes as two dates (`17 و18 سبتمبر` read as two mentions)
    ends = [p for o in others for p in o]
    return parsed[0] != parsed[1] and all(any(_agree(p, q) for q in ends) for p in parsed)


def _distance(a: tuple[Point, Point], b: tuple[Point, Point]) -> tuple[int, int]:
    """Order candidate dates: same precision first, then the fewest differing components."""
    shape = sum((x is None) != (y is None) for p, q in zip(a, b) for x, y in zip(p, q))
    differing = sum(x != y for p, q in zip(a, b) for x, y in zip(p, q))
    return shape, differing


def _one_part_differs(a: tuple[Point, Point], b: tuple[Point, Point]) -> bool:
    """Tell whether two dates of the same precision differ in the day, the month or the year alone."""
    if _distance(a, b)[0]:
        return False
    return sum(1 for k in range(3) if a[0][k] != b[0][k] or a[1][k] != b[1][k]) == 1


def _describe(entity: Entity) -> str:
    value = entity.value or ""
    if (entity.attrs or {}).get("year_from_text"):  # a year the text does not give, compared as none
        value = re.sub(r"(?<![\d-])\d{4}(?=-)", "XXXX", value)
    return f"{quote(entity.text)} ({value})"


def weekday_findings(ctx: PairContext, side: str) -> Iterator[Finding]:
    """Yield a finding for each weekday named next to a date that falls on another day."""
    doc = ctx.ar_doc if side == "ar" else ctx.en_doc
    entities = ctx.ar_entities if side == "ar" else ctx.en_entities
    for entity, parsed in _dates(entities):
        year, month, day = parsed[0]
        if year is None or month is None or day is None:
            continue
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        window_start = max(0, entity.start - _WEEKDAY_REACH)
        named = list(_WEEKDAY_RE.finditer(doc.text, window_start, entity.end))
        if not named:
            continue
        weekday = named[-1] if named[-1].start() < entity.start else named[0]
        said = _WEEKDAY_INDEX[weekday.group("day").lower()]
        if said == date.weekday():
            continue
        span = (min(weekday.start(), entity.start), max(weekday.end(), entity.end))
        language = "Arabic" if side == "ar" else "English"
        message = (
            f"{language} says {quote(doc.text[span[0]:span[1]])}, but {date.isoformat()} "
            f"is a {_WEEKDAYS_EN[date.weekday()]}, not a {_WEEKDAYS_EN[said]}"
        )
        yield ctx.finding("date", "error", message, **{side: span})


def find(ctx: PairContext) -> Iterator[Finding]:
    """Yield a finding for every date one side lacks or states differently, and every wrong weekday."""
    ar_units = [_dates(u.ar_entities) for u in ctx.units]
    en_units = [_dates(u.en_entities) for u in ctx.units]
    ar_all = [p for _, p in _dates(ctx.ar_entities)]
    en_all = [p for _, p in _dates(ctx.en_entities)]

    def unmatched(index: int, mentions, other_units):
        near = [p for j in range(max(0, index - 1), min(len(other_units), index + 2)) for _, p in other_units[j]]
        return [(e, p) for e, p in mentions if not _covered(p, near)]

    def alone(index: int, units, other_units) -> list[Entity]:
        """Dates of a unit that no date of the other side's same unit agrees with."""
        return [e for e, p in units[index] if not _covered(p, [q for _, q in other_units[index]])]

    used: set[tuple[int, int]] = set()
    left: list[tuple[str, Entity, tuple[Point, Point], int]] = []
    for unit in ctx.units:
        if unit.index in ctx.skip_en_units or ctx.one_sided(unit):
            continue  # reported whole as untranslated, omitted or added
        ar_left = unmatched(unit.index, ar_units[unit.index], en_units)
        en_left = unmatched(unit.index, en_units[unit.index], ar_units)
        while ar_left and en_left:
            ar_e, ar_p = ar_left.pop(0)
            # the closest date of the same precision is the one the translator changed
            en_e, en_p = min(en_left, key=lambda m: _distance(ar_p, m[1]))
            en_left.remove((en_e, en_p))
            used.update({(ar_e.start, ar_e.end), (en_e.start, en_e.end)})
            yield _differ(ctx, ar_e, en_e)
        left += [("ar", e, p, unit.index) for e, p in ar_left] + [("en", e, p, unit.index) for e, p in en_left]
    # a date left over on one side may face, in its unit or the next (the alignment may slip), a date
    # of the same precision differing in one part that an unrelated date elsewhere seemed to cover
    lone = {
        side: {(e.start, e.end): (e, p, j) for j in range(len(ctx.units)) for e, p in (ar_units if side == "ar" else en_units)[j]
               if e in alone(j, *((ar_units, en_units) if side == "ar" else (en_units, ar_units)))}
        for side in ("ar", "en")
    }
    for side, e, p, index in left:
        if (e.start, e.end) in used:
            continue
        other = "en" if side == "ar" else "ar"
        facing = [
            (o, q) for key, (o, q, j) in lone[other].items()
            if key not in used and abs(j - index) <= 1 and _one_part_differs(p, q)
        ]
        if len(facing) == 1:
            o, _ = facing[0]
            used.update({(e.start, e.end), (o.start, o.end)})
            ar_e, en_e = (e, o) if side == "ar" else (o, e)
            yield _differ(ctx, ar_e, en_e)
            continue
        # a date given once more elsewhere in the other document is not missing (the alignment may slip)
        if _covered(p, en_all if side == "ar" else ar_all):
            continue
        if side == "ar":
            message = f"Arabic says {_describe(e)}; the English gives no such date"
        else:
            message = f"English says {_describe(e)}; the Arabic gives no such date"
        yield ctx.finding("date", "info" if _often_dropped(e) else "warning", message, **{side: (e.start, e.end)})
    yield from weekday_findings(ctx, "ar")
    yield from weekday_findings(ctx, "en")
    yield from _weekdays_differ(ctx)


def _weekdays(text: str, offset: int = 0) -> dict[int, tuple[int, int]]:
    """Return each weekday a text names, with the span of its first mention (offsets plus `offset`)."""
    found: dict[int, tuple[int, int]] = {}
    for match in _WEEKDAY_RE.finditer(text):
        found.setdefault(_WEEKDAY_INDEX[match.group("day").lower()], (offset + match.start("day"), offset + match.end("day")))
    return found


_WEEKDAY_UNIT_REACH = 2  # units apart a weekday each side names alone may stand (a sentence moved to the lead)


def _weekdays_differ(ctx: PairContext) -> Iterator[Finding]:
    """Yield an error for a unit whose two sides name different weekdays, neither named anywhere on the
    other side: `اليوم الثلاثاء` rendered `on Wednesday` (the day a release gives without a date). A weekday
    left so on each side, in units near each other, is the same change in a sentence the translator moved
    (`وقالت ... اليوم الثلاثاء` in the second paragraph, `announced on Wednesday` in the lead)."""
    ar_all, en_all = _weekdays(ctx.ar_doc.text), _weekdays(ctx.en_doc.text)
    ar_left: list[tuple[int, int, tuple[int, int]]] = []
    en_left: list[tuple[int, int, tuple[int, int]]] = []
    for unit in ctx.units:
        if unit.ar_span is None or unit.en_span is None or unit.index in ctx.skip_en_units:
            continue
        ar_days = {d: span for d, span in _weekdays(unit.ar_text, unit.ar_span[0]).items() if d not in en_all}
        en_days = {d: span for d, span in _weekdays(unit.en_text, unit.en_span[0]).items() if d not in ar_all}
        if not ar_days or not en_days:
            ar_left += [(unit.index, d, span) for d, span in ar_days.items()]
            en_left += [(unit.index, d, span) for d, span in en_days.items()]
            continue
        (ar_day, ar_span), (en_day, en_span) = (min(days.items(), key=lambda d: d[1]) for days in (ar_days, en_days))
        yield _weekday_error(ctx, ar_day, ar_span, en_day, en_span)
    if len({d for _, d, _ in ar_left}) == 1 and len({d for _, d, _ in en_left}) == 1:
        (ar_index, ar_day, ar_span), (en_index, en_day, en_span) = ar_left[0], en_left[0]
        if abs(ar_index - en_index) <= _WEEKDAY_UNIT_REACH:
            yield _weekday_error(ctx, ar_day, ar_span, en_day, en_span)


def _weekday_error(ctx: PairContext, ar_day: int, ar_span: tuple[int, int], en_day: int, en_span: tuple[int, int]) -> Finding:
    message = f"Arabic says {_WEEKDAYS_EN[ar_day]}; English says {_WEEKDAYS_EN[en_day]}"
    return ctx.finding("date", "error", message, ar=ar_span, en=en_span)


def _often_dropped(entity: Entity) -> bool:
    """Tell whether a date with no counterpart is one translations routinely leave out or render
    loosely: a Hijri date (English releases give the Gregorian day only), or a relative one (`today`,
    `اليوم`), whose value depends on a publication date each side may know differently or not at all."""
    return bool(entity.attrs.get("relative")) or entity.attrs.get("calendar") == "hijri"


def _differ(ctx: PairContext, ar_e: Entity, en_e: Entity) -> Finding:
    """The error finding for a date the two sides give differently."""
    message = f"Arabic says {_describe(ar_e)}; English says {_describe(en_e)}"
    return ctx.finding("date", "error", message, ar=(ar_e.start, ar_e.end), en=(en_e.start, en_e.end))
