"""Character classes, digit scanning and value formatting shared by the checks."""

from __future__ import annotations

import functools
import math
import re

# Arabic script blocks: letters, Arabic-Indic digits, presentation forms.
ARABIC_CHARS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
ARABIC_LETTER_RE = re.compile(f"[{ARABIC_CHARS}]")
ARABIC_WORD_RE = re.compile(f"[{ARABIC_CHARS}]*[\u0621-\u064a\u0671-\u06d3][{ARABIC_CHARS}]*")
LATIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_DIGIT_RUN_RE = re.compile(r"[0-9٠-٩۰-۹]+(?:[.,٫٬'][0-9٠-٩۰-۹]+)*")
_SCALE_RE = re.compile(
    r"(?:\s*|-)(?:(?P<en>thousand|million|billion|trillion|mn|bn)"
    r"|(?P<ar>ألف|آلاف|الف|ملايين|ملايير|مليون|مليار|مليارات|بليون|تريليون))",
    re.IGNORECASE,
)
_SCALES = {
    "thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12,
    "ألف": 1e3, "آلاف": 1e3, "الف": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليار": 1e9, "مليارات": 1e9, "ملايير": 1e9,
    "بليون": 1e9, "تريليون": 1e12,
}

_VALUE_RE = re.compile(r"(?<![A-Za-z0-9٠-٩])(?<![^\W\d_]-)(?<![0-9٠-٩][.,٫٬])[0-9٠-٩]+(?:[.,٫٬][0-9٠-٩]+)*")


def values(text: str) -> set[str]:
    """Return the numbers a text states as values in one form (`align.number_keys`), codes (COVID-19, N95) left out.

    >>> sorted(values("كوفيد-19: ٢٠٢٠ و900,000 عامل, N95, a 14-day stay.80% of 1.5"))
    ['14', '15', '2020', '80', '900000']
    """
    return {key for _, key in _value_positions(text)}


@functools.lru_cache(maxsize=16)
def _value_positions(text: str) -> tuple[tuple[int, str], ...]:
    from govnews.align import number_keys

    return tuple((m.start(), key) for m in _VALUE_RE.finditer(text) for key in number_keys(m.group()))


def own_values(text: str, span: tuple[int, int]) -> set[str]:
    """Return the numbers of two digits or more that the passage `span` of `text` states and the rest does not."""
    inside, rest = set(), set()
    for start, key in _value_positions(text):
        (inside if span[0] <= start < span[1] else rest).add(key)
    return {k for k in inside if len(k) >= 2} - rest


def ascii_digits(text: str) -> str:
    """Return `text` with Arabic-Indic and Persian digits written as ASCII digits (same length)."""
    return text.translate(_DIGITS)


def _readings(run: str) -> set[float]:
    """Every value a digit run may stand for: separators read as thousands or as a decimal point."""
    run = ascii_digits(run).replace("٫", ".").replace("٬", ",").replace("'", ",")
    values = {float(re.sub(r"[.,]", "", run))}
    last = max(run.rfind("."), run.rfind(","))
    if last >= 0:
        values.add(float(re.sub(r"[.,]", "", run[:last]) + "." + run[last + 1 :]))
    return values


def digit_values(text: str) -> set[float]:
    """Return the values the digits of `text` may stand for, scale words applied.

    A loose reading used to tell whether a value occurs in a text at all, whichever way it is written:

    >>> sorted(digit_values("بلغت 59,19 مليون درهم"))[:2]
    [59.19, 5919.0]
    """
    values: set[float] = set()
    for match in _DIGIT_RUN_RE.finditer(text):
        readings = _readings(match.group())
        values |= readings
        scale = _SCALE_RE.match(text, match.end())
        if scale:
            factor = _SCALES[scale.group().strip().lstrip("-").lower()]
            values |= {value * factor for value in readings}
    return values


def same_value(a: float, b: float) -> bool:
    """Tell whether two numbers are the same value, allowing for float rounding."""
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def contains_value(values: set[float] | list[float], value: float) -> bool:
    return any(same_value(value, other) for other in values)


def format_value(value: float) -> str:
    """Write a number the way a translator reads it: `59190000.0` -> `59,190,000`, `12.5` -> `12.5`."""
    if value == int(value) and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def quote(text: str, *, limit: int = 60) -> str:
    """Shorten a span for a message, on one line."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
