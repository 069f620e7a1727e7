"""Durations: a time word with its count or ending (`يومين`, `السنوات الثلاث الأخيرة`, `last three years`,
`a five-day course`), and a unit without a numeral after a word that says a span follows (`لمدة أسبوع`, `for a
week`), with ISO 8601 values (`P2D`, `PT48H`)."""

from __future__ import annotations

import re
from functools import cache

from govnews.extract.dates.found import _Found
from govnews.extract.dates.grammar import _SPAN_CUE, Lang, _direction
from govnews.extract.dates.relative import _WORD_AFTER
from govnews.extract.wordlists import ascii_digits, fold, table


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
            tens = token.startswith("وال")  # الأربع والعشرين: the tens of a compound add to its units
            bare = token[3:] if tens else token[2:] if token.startswith("ال") else token
            if bare in cardinals and (count is None or tens):
                count = cardinals[bare] + (count or 0)
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
