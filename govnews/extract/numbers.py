"""Numbers, percentages, amounts of money and counted durations in Arabic and English text.

One compiled regex a language finds the candidates (digits in any script, number words, a
currency sign before them, a scale word after); each match is then read by cheap anchored
regexes around it: a qualifier before (`أكثر من`, `about`), what follows (`%`, a currency, a
time unit, the counted noun), and the cues that make a number not a statistic (`القرار رقم 10`,
`Law No. 5`, a footnote `[1]`, a phone number, a time `الساعة 10`, a year in a name `رؤية 2030`).

A number followed by a time unit (`خمسة ايام`, `48 hours`) is a DURATION here; the other
durations and every date are found by `govnews.extract.dates`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import Literal, Sequence

from govnews.records import Entity, evolve
from govnews.extract.wordlists import DIGIT, MARKS, alternation, ascii_digits, definite_tens_ar, fold, table

Lang = Literal["ar", "en"]

_AR_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
_AR_WORD = f"[{_AR_LETTERS}][{_AR_LETTERS}\u0640\u064b-\u0652\u0670]*"
_BOUND = ("more_than", "less_than", "at_least", "up_to")
_FRACTIONS = {"نصف": (1, 2), "ربع": (1, 4), "ثلث": (1, 3)}  # of a scale: مليار ونصف المليار is 1.5 billion
# the denominators of English fractions: a third of, two-thirds of, three quarters of
_PARTS_EN = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
             "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10}
# an international or local phone number written in groups: +973 1712 3456, 00966 11 234 5678, 011 234 5678
_PHONE = re.compile(rf"(?<!{DIGIT})(?:\+|00|0){DIGIT}{{1,4}}(?:[ \-]{DIGIT}{{2,5}}){{2,4}}(?!{DIGIT})")


@dataclass(frozen=True)
class _Grammar:
    """The compiled regexes and folded tables of one language."""

    candidates: re.Pattern[str]
    qualifier_before: re.Pattern[str]
    not_statistic_before: re.Pattern[str]
    percent_after: re.Pattern[str]
    currency_after: re.Pattern[str]
    words_after: re.Pattern[str]
    fraction_after: re.Pattern[str]  # ونصف المليار after a scale word
    words: dict[str, int]  # number word -> value
    scales: dict[str, int]
    currencies: dict[str, str]
    currency_adjectives: dict[str, str]
    qualifiers: dict[str, str]
    time_units: dict[str, str]
    not_unit: frozenset[str]


@cache
def _definite_count_ar() -> str:
    """A definite count in words (`الخمسة`, `الثلاثة عشر`, `الاثنا عشر`, `الخمسة والعشرون`); not a ten alone (`الدورة
    الخمسين` is an ordinal), nor two or one alone (`الاثنين` is Monday, `الأحد` Sunday)."""
    cardinals = table("numerals")["ar_cardinals"]
    units = alternation(k for k, v in cardinals.items() if 3 <= v <= 10)
    teen = rf"\s+عشر[ةه]?{MARKS}"
    ones = alternation(("احد", "احدي", "اثنا", "اثني", "اثنتا", "اثنتي"))
    twos = alternation(("اثنان", "اثنين", "اثنتان", "اثنتين"))
    tens = definite_tens_ar()
    return rf"ال(?:{units}{MARKS}(?:{teen}|{tens})?|{ones}{MARKS}{teen}|{twos}{MARKS}{tens})(?!\w)"


def _is_definite(words: str | None, grammar: _Grammar) -> bool:
    """Whether a count in Arabic words is definite (`الخمسة والعشرين`), not a scale that starts with the same letters
    (`ألف`, `آلاف`)."""
    first = fold(words.split()[0]) if words else ""
    return first.startswith("ال") and first not in grammar.words and first not in grammar.scales


def parse_number(text: str, *, lang: Lang) -> float | None:
    """Read a number written in digits (any script, with separators and a scale word) or in words.

    >>> parse_number("59,19 مليون", lang="ar")
    59190000.0
    >>> parse_number("ثلاثة ملايين ومئتا ألف", lang="ar")
    3200000.0
    >>> parse_number("one hundred and fifty", lang="en")
    150.0
    """
    grammar = _grammar(lang)
    text = text.strip()
    match = grammar.candidates.fullmatch(text)
    fraction: tuple[Decimal, int] | None = None
    if match is None:
        match = grammar.candidates.match(text)
        fraction = match and _fraction(text, match.end(), match, grammar)
        if fraction is None or fraction[1] != len(text):
            return None
    value = _value(match, grammar, lang)
    return None if value is None else float(value + (fraction[0] if fraction else 0))


def find_numbers(text: str, *, lang: Lang, skip: Sequence[tuple[int, int]] = ()) -> list[Entity]:
    """Find NUMBER, PERCENT, MONEY and counted DURATION mentions, in text order, without overlaps.

    `skip` holds sorted (start, end) spans already taken (dates): numbers that start inside them
    are not read.

    >>> [(e.type, e.text, e.number, e.unit) for e in find_numbers("شارك فيها 22 موظفا", lang="ar")]
    [('NUMBER', '22 موظفا', 22.0, 'موظف')]
    """
    grammar = _grammar(lang)
    written, text = text, _undashed_ranges(text, grammar, lang)  # 10-15 million: both ends are read
    if lang == "ar":
        text = _bracketed_before_scale(_decimals_after_ra(text))  # 66ر47: 47.66; (50) ألف: 50 thousand
    # read apart: a third of, half a million; ورشتين, راتبين (a dual counts two of its noun)
    apart = _fractions_en(text, skip) if lang == "en" else _duals_ar(text, skip)
    if apart:
        skip = sorted([*skip, *((e.start, e.end) for e in apart)])
    found: list[Entity] = []
    last_end = 0
    context: dict[str, str] = {}
    taken = iter(skip)
    span = next(taken, None)
    position = 0
    second = False  # whether the candidate is the second of two numbers joined (`three` in `two and three million`)
    while (match := grammar.candidates.search(text, position)) is not None:
        position = match.end()
        while span is not None and span[1] <= match.start():
            span = next(taken, None)
        if span is not None and span[0] <= match.start():
            continue
        entity = _read(text, match, grammar, lang, context)
        if entity is not None and second and entity.type == "NUMBER" and _unscaled(entity, grammar, lang):
            entity = None  # أربع وخمس وحتى عشر: the noun after the second of two counts may be none
        second = False
        if entity is not None and entity.start >= last_end:
            found.append(entity)
            last_end = entity.end
            position = max(entity.end, match.start() + 1)  # a rejected joined part is read again
        elif entity is None and _two_numbers(text, match, grammar, lang):
            position = match.start("words") + len(match.group("words").split()[0])
            second = True
    _currency_carried_over(text, found, lang)
    _ranges(written, found, grammar, lang)
    if lang == "ar" and text is not written:
        found = [_as_written(e, written) if e.text != written[e.start:e.end] else e for e in found]
    found = [_closed(e, written) for e in found]
    return sorted(found + apart, key=lambda e: e.start) if apart else found


# a decimal figure as agencies' wires write it, the fraction first and `ر` for the decimal sign (`66ر47 نقطة` is 47.66
# points, `5ر1 مليون` 1.5 million, `000ر30` thirty thousand)
_DECIMAL_AFTER_RA = re.compile(
    rf"(?<![\w.,/\u066b\u066c])(?P<fraction>{DIGIT}{{1,3}})ر(?P<whole>{DIGIT}{{1,9}})(?!{DIGIT}|[.,/\u066b\u066c]{DIGIT})"
)


def _closed(entity: Entity, text: str) -> Entity:
    """`entity` with the closing parenthesis of one it opens (`أكثر من (99.9%)`: a qualifier before the parenthesis)."""
    start, end = entity.start, entity.end
    if text[end:end + 1] == ")" and text.count("(", start, end) > text.count(")", start, end):
        return evolve(entity, text=text[start:end + 1], end=end + 1)
    return entity


def _as_written(entity: Entity, written: str) -> Entity:
    """`entity` with the text as written, and the opening parenthesis of a figure set off before its scale."""
    start = entity.start
    if written[start - 1:start] == "(" and ")" in written[start:entity.end]:
        start -= 1
    return evolve(entity, text=written[start:entity.end], start=start)


@cache
def _bracketed_figure_ar() -> re.Pattern[str]:
    """A figure set off in parentheses before its scale word (`(50) ألف ريال`, `(72) مليون ريال`)."""
    scales = alternation(table("numerals")["ar_scales"])
    return re.compile(rf"(?<=\(){DIGIT}+(?:[.,]{DIGIT}+)?\s*(?P<close>\))(?=\s*{scales}{MARKS}(?!\w))")


def _bracketed_before_scale(text: str) -> str:
    """`text` with a space for the closing parenthesis of each figure set off before its scale word, so that the
    figure and the scale are read as one; the same length, so offsets hold."""
    if ")" not in text:
        return text
    return _bracketed_figure_ar().sub(lambda m: m.group()[:m.start("close") - m.start()] + " ", text)


def _decimals_after_ra(text: str) -> str:
    """`text` with each decimal figure written fraction first around `ر` written whole first with a dot (`66ر47` ->
    `47.66`); the same length, so offsets hold."""
    if "ر" not in text:
        return text
    return _DECIMAL_AFTER_RA.sub(lambda m: f"{m.group('whole')}.{m.group('fraction')}", text)


# what joins an amount to a second one that leaves its currency unsaid (`12 مليار دولار في 2023 مقابل 9 مليارات`,
# `rose to $5.2 billion from 3.9 billion`): a joining word right before the second, a few words after the first
_JOINS_AMOUNTS = {
    "ar": re.compile(r"(?<!\w)(?:مقابل|مقارنة\s+(?:ب|مع)|من|إلى|الى|و)\s*$"),
    "en": re.compile(r"\b(?:from|to|against|versus|compared\s+(?:with|to)|and)\s+$", re.I),
}
_WORDS_BETWEEN_AMOUNTS = {"ar": 3, "en": 6}  # `في 2023 مقابل`, `in the first half, up from`
_CLAUSE_BREAK = re.compile(r"[.!?؟\n;؛:()\"«»“”]")
_SCALED = re.compile(r"[^\d\s.,\u0660-\u0669\u066b\u066c]")  # a scale word after the digits (`9 مليارات`, `3.9 billion`)


def _currency_carried_over(text: str, found: list[Entity], lang: Lang) -> None:
    """Make MONEY of a scaled figure with no unit right after an amount of money it is set against."""
    for i in range(1, len(found)):
        before, entity = found[i - 1], found[i]
        if not (before.type == "MONEY" and entity.type == "NUMBER" and entity.unit is None and _SCALED.search(entity.text)):
            continue
        gap = text[before.end : entity.start]
        if _JOINS_AMOUNTS[lang].search(gap) and not _CLAUSE_BREAK.search(gap) and len(gap.split()) <= _WORDS_BETWEEN_AMOUNTS[lang]:
            found[i] = evolve(entity, type="MONEY", unit=before.unit)


# the low end of a range, which leaves its sign, scale and currency to the high end (`between 3 and 4 percent`, `2 to
# 3 percent`, `بين 3 و4 في المئة`, `between 10 and 15 million dollars`, `من 3 إلى 5 مليارات درهم`, `10-15 million`): the
# joining word is all that stands between them; `and` and `و` join a range only after `between`
_RANGE_JOIN = {
    "ar": re.compile(r"[^\S\n]*(?:و|[-–]|(?:إلى|الى|حتى)[^\S\n]+)[^\S\n]*"),
    "en": re.compile(r"[^\S\n]*(?:and|to|[-–])[^\S\n]*"),
}
_WORDS_TO = frozenset(("إلى", "الى", "حتى", "to"))
_FROM = re.compile(r"(?<!\w)(?:from|between|من|بين)[^\S\n]+$", re.I)
_BETWEEN = re.compile(r"(?<!\w)(?:between|بين|ما\s+بين)[^\S\n]+$", re.I)


def _ranges(text: str, found: list[Entity], grammar: _Grammar, lang: Lang) -> None:
    """Give the low end of a range what its figure leaves to the high end: the percent sign (a bare figure before
    a percentage), the scale, and the currency or counted noun (`10` before `15 million dollars` is 10 million
    dollars; not `800` before `1.2 million`, a figure larger than the high end's count). A low end in words, which
    counts nothing by itself (`two` in `between two and three million dollars`), is kept only so. Before a duration
    the low end is a duration of the same time unit (`3` in `من 3 إلى 5 أيام`)."""
    lows = _low_ends_in_words(text, found, grammar, lang)
    if lows:
        found[:] = sorted(found + lows, key=lambda e: e.start)
    for i in range(len(found) - 1):
        low, high = found[i], found[i + 1]
        join = _RANGE_JOIN[lang].fullmatch(text, low.end, high.start)
        if join is None or low.type not in ("NUMBER", "MONEY") or low.type == "NUMBER" and low.unit is not None:
            continue
        if join.group().strip() in ("and", "و") and not _BETWEEN.search(text, max(0, low.start - 12), low.start):
            continue  # 30 طالبا و40%: two figures; بين 3 و4%: a range
        low_figure, high_figure = _figure(low.text, grammar, lang), _figure(high.text, grammar, lang)
        if low_figure is None or high_figure is None or low_figure[1] != 1:
            continue
        if high.type == "DURATION":  # من ثلاثة إلى خمسة أيام, between 10 and 15 days: the low end is a span too
            if low.type == "NUMBER" and high_figure[1] == 1 and low_figure[0] < high_figure[0]:
                found[i] = evolve(low, type="DURATION", value=_same_period(high, low_figure[0]), unit=None)
            continue
        if high.type == "PERCENT" and low.type == "NUMBER":
            found[i] = evolve(low, type="PERCENT")
            continue
        count, scale = high_figure
        if high.type == "PERCENT" or low_figure[0] >= count:
            continue
        if scale == 1:  # من 167 إلى 175 سنتيمترا, from 5 to 7 members: the low end counts the same noun
            if (low.type == "NUMBER" and high.type in ("NUMBER", "MONEY") and high.unit is not None
                    and join.group().strip() in _WORDS_TO and _FROM.search(text, max(0, low.start - 8), low.start)):
                found[i] = evolve(low, type=high.type, unit=high.unit)
            continue
        if low.type == "MONEY" and high.type == "NUMBER" and high.unit is None:  # $10-15 million
            found[i + 1] = high = evolve(high, type="MONEY", unit=low.unit)
        elif low.type == "MONEY" and low.unit != high.unit:
            continue
        number = low_figure[0] * scale
        found[i] = evolve(low, type=high.type, value=_text_value(number), number=float(number), unit=high.unit)
    if lows:
        found[:] = [e for e in found if not any(e is low for low in lows)]


def _low_ends_in_words(text: str, found: list[Entity], grammar: _Grammar, lang: Lang) -> list[Entity]:
    """Bare numbers for the number words joined as the low end of a range to a found percentage, scaled figure or
    duration (`five` in `from five to seven billion riyals`, `ثلاثة` in `بين ثلاثة وخمسة ملايين دولار`, `three` in
    `between three and five weeks`)."""
    lows: list[Entity] = []
    for i, high in enumerate(found):
        figure = _figure(high.text, grammar, lang)
        if figure is None or high.type not in ("PERCENT", "DURATION") and figure[1] == 1:
            continue
        before = _WORD_BEFORE_RANGE_JOIN[lang].search(text, max(0, high.start - 40), high.start)
        if before is None or i and found[i - 1].end > before.start("low"):
            continue
        low = grammar.candidates.fullmatch(before.group("low"))
        if low is None or not low.group("words") or lang == "ar" and _is_definite(low.group("words"), grammar):
            continue
        number = _value(low, grammar, lang)
        glued = low.start("words") if _key(before.group("low"), lang) not in grammar.words else 0  # بثلاثة, not واحد
        if number is not None:
            start, attrs = _qualified(text, before.start("low") + glued, before.end("low"), grammar, lang)
            lows.append(_entity("NUMBER", text, start, before.end("low"), number, None, attrs))
    return lows


_ISO_COUNT = re.compile(r"\d+(?:\.\d+)?")


def _same_period(duration: Entity, count: Decimal) -> str:
    """The ISO 8601 value of `count` of the time unit of `duration` (`P5W` and 3: `P3W`; `P50Y` of five decades and 3:
    `P30Y`)."""
    match = _ISO_COUNT.search(duration.value)
    per = Decimal(match.group()) / Decimal(str(duration.number))
    return duration.value[:match.start()] + _text_value(count * per) + duration.value[match.end():]


# a word before the joining word of a range that ends where the high end starts
_WORD_BEFORE_RANGE_JOIN = {
    lang: re.compile(rf"(?<![\w-])(?P<low>[^\W\d_]+(?:-[^\W\d_]+)?)(?:{join.pattern})$")
    for lang, join in _RANGE_JOIN.items()
}


def _figure(mention: str, grammar: _Grammar, lang: Lang) -> tuple[Decimal, int] | None:
    """The count of a mention and the scale that multiplies it (`15 million dollars`, `fifteen million dollars`: 15
    and a million); None for a figure of two parts or a definite count."""
    match = grammar.candidates.search(mention)
    if match is None or "dig2" in grammar.candidates.groupindex and match.group("dig2"):
        return None
    if match.group("words"):
        return _figure_in_words(match.group("words"), grammar, lang)
    scale = _scale_of(match, grammar, lang)
    count = _digits(match.group("dig"), scaled=scale != 1, lang=lang)
    return None if count is None else (count, scale)


def _figure_in_words(words: str, grammar: _Grammar, lang: Lang) -> tuple[Decimal, int] | None:
    """The count and the scale of number words (`seven billion`: 7 and a billion, `ثلاثة`: 3 and 1)."""
    if lang == "ar" and _is_definite(words, grammar):
        return None
    *count, last = words.split()
    scale = grammar.scales.get(_key(last, lang)) if count else None
    number = _words(" ".join(count) if scale else words, grammar, lang)
    return None if number is None else (number, scale or 1)


# two figures joined by a dash, which the candidates' regex leaves alone (a date, a code, a range)
_DASHED_RANGE = re.compile(rf"(?<![\w.,/:\-])({DIGIT}+(?:[.,\u066b]{DIGIT}+)?)[^\S\n]?[-–][^\S\n]?({DIGIT}+(?:[.,\u066b]{DIGIT}+)?)(?![\w.,/\-])")


def _undashed_ranges(text: str, grammar: _Grammar, lang: Lang) -> str:
    """`text` with a space for the dash of each range of two figures whose high end is a percentage, a scaled figure or
    a count of a time unit (`2-3%`, `5–7 percent`, `10-15 million`, `3-5 أيام`), so that both ends are read; the same
    length, so offsets hold."""
    if "-" not in text and "–" not in text:
        return text
    out = text
    for match in _DASHED_RANGE.finditer(text):
        dash = text.index(text[match.end(1):match.start(2)].strip(), match.end(1))
        spaced = out[:dash] + " " + out[dash + 1:]
        high = grammar.candidates.match(spaced, match.start(2))
        if (grammar.percent_after.match(text, match.end()) or high is not None and _scale_of(high, grammar, lang) != 1
                or _time_unit_after(text, match.end(), grammar, lang)):
            out = spaced
    return out


def _time_unit_after(text: str, end: int, grammar: _Grammar, lang: Lang) -> bool:
    """Whether the word after `end` is a time unit (`أيام`, `weeks`)."""
    after = grammar.words_after.match(text, end)
    return after is not None and _key(after.group("w1").strip(), lang) in grammar.time_units


@cache
def _fraction_grammar_en() -> re.Pattern[str]:
    """English fractions: of a scale (`one and a half million`, `2 and a half billion`, `half a million`) or of
    a whole before `of` (`a third of`, `two-thirds of`, `three quarters of`, `half of`)."""
    numerals = table("numerals")
    counts = alternation([k for k, v in numerals["en_cardinals"].items() if v <= 10], arabic=False)
    scale = alternation(numerals["en_scales"], arabic=False)
    return re.compile(
        rf"(?<![\w.,$-])(?:(?P<whole>\d+|{counts})\s+and\s+(?:a|one)[\s-]half\s+(?P<scale>{scale})"
        rf"|half\s+an?\s+(?P<half>{scale})"
        rf"|(?P<count>an?|{counts})[\s-](?P<part>{alternation(_PARTS_EN, arabic=False)})(?=\s+of\s)"
        rf"|(?<!the\s)(?<!first\s)(?<!second\s)(?<!other\s)(?P<alone>half)(?=\s+of\s))(?![\w-])",
        re.IGNORECASE,
    )


def _fractions_en(text: str, skip: Sequence[tuple[int, int]]) -> list[Entity]:
    """Read the English fractions of `text` (see `_fraction_grammar_en`) outside the spans of `skip`."""
    grammar = _grammar("en")
    cardinals, scales = table("numerals")["en_cardinals"], table("numerals")["en_scales"]
    found = []
    for match in _fraction_grammar_en().finditer(text):
        if any(start <= match.start() < end for start, end in skip):
            continue
        scale_word = match.group("scale") or match.group("half")  # one and a half billion, half a million
        if scale_word:
            whole = match.group("whole") or "0"
            count = Decimal(whole) if whole.isdigit() else Decimal(cardinals[whole.lower()])
            number = (count + Decimal("0.5")) * scales[scale_word.lower()]
        else:
            count = match.group("count") or "a"
            numerator = 1 if count.lower() in ("a", "an") else cardinals[count.lower()]
            number = (Decimal(numerator) / _PARTS_EN[(match.group("part") or "half").lower()]).quantize(Decimal("0.0001"))
        start, attrs = _qualified(text, match.start(), match.end(), grammar, "en")
        unit, end = None, match.end()
        currency = grammar.currency_after.match(text, end)
        if currency and scale_word:  # half a billion dollars
            code = _currency(currency, grammar, "en", text, {})
            found.append(_entity("MONEY", text, start, currency.end(), number, code, attrs))
            continue
        if scale_word:  # half a million people
            unit, end, _ = _unit_en(text, end, number, grammar)
        found.append(_entity("NUMBER", text, start, end, number, unit, attrs))
    return found


# a word that may be an indefinite dual: feminine in تين, تان or, before its complement, تي, تا (`ورشتين`, `مذكرتي
# تفاهم`); masculine in ين, ان (`راتبين`); a conjunction or preposition may be glued to it
_DUAL_AR = re.compile(rf"(?<![\w\u0640])(?![وف]?[بلك]?ال|[وف]?لل)[{_AR_LETTERS}]{{3,}}(?:ت(?:ين|ان|ي|ا)|ين|ان)(?![\w\u0640])")
_DUAL_CLITIC_AR = re.compile(r"[وف]?[بل]|[وف]")
_DUAL_ADJECTIVE_AR = re.compile(rf"\s+(?![وف]|[بل]?ال|لل)[{_AR_LETTERS}]{{3,}}(?:ين|ان)(?!\w)")  # جديدين, تدريبيتين
# a dual or a plural right before a word in ين or ان, which is then its adjective or predicate (`الفكرتين مهمتين`,
# `الموظفين مؤقتين`), unless joined to it by و (`اتفاقيتين ووثيقتين`)
_DUAL_OR_PLURAL_BEFORE_AR = re.compile(rf"[{_AR_LETTERS}]{{2,}}(?:ين|ان|ون)\s+$")
_NEXT_WORD_AR = re.compile(rf"\s+(?P<w>{_AR_WORD})")
_FIGURE_BEFORE_AR = re.compile(rf"{DIGIT}\s*$")


def _duals_ar(text: str, skip: Sequence[tuple[int, int]]) -> list[Entity]:
    """Arabic indefinite duals as counts of two of their noun, outside the spans of `skip`: a feminine noun (`ورشتين
    تدريبيتين`, `مذكرتي تفاهم`) and a masculine noun whose plural is not in ين (`راتبين`, `مشروعين جديدين`: رواتب,
    مشاريع); not a sound masculine plural, which looks the same (`موظفين`, `مشاركين`), nor a definite dual (`الجانبين`,
    `البحرين`), which names a pair already told of."""
    found = []
    for match in _DUAL_AR.finditer(text):
        read = _dual_singular_ar(match.group())
        if read is None or any(start <= match.start() < end for start, end in skip):
            continue
        if not match.group().startswith(("و", "ف")) and _DUAL_OR_PLURAL_BEFORE_AR.search(text, max(0, match.start() - 30), match.start()):
            continue
        if _FIGURE_BEFORE_AR.search(text, max(0, match.start() - 4), match.start()):
            continue  # 2 ملعقتان: the figure before counts it
        singular, glued = read
        end = match.end()
        if fold(match.group()).endswith(("تي", "تا")):  # مذكرتي تفاهم: a dual in a construct
            complement = _NEXT_WORD_AR.match(text, end)
            if complement is None or fold(complement.group("w")) not in _words_of("ar_dual_complements"):
                continue
            singular, end = f"{singular} {complement.group('w')}", complement.end()
        elif adjective := _DUAL_ADJECTIVE_AR.match(text, end):
            end = adjective.end()
        found.append(_entity("NUMBER", text, match.start() + glued, end, Decimal(2), singular, {"dual": True}))
    return found


@lru_cache(maxsize=1 << 16)
def _dual_singular_ar(word: str) -> tuple[str, int] | None:
    """The singular of an indefinite dual and the length of the conjunction or preposition glued to it (`ورشتين` ->
    `ورشة`, `وراتبين` -> `راتب`, 1), None for a word that is no dual of a counted noun: a number, a time unit (a duration
    of `dates`), a name (`بوتين`, `مارتين`), a country in ستان, a word of `ar_not_duals` (`مرتين`, `هاتين`, `روتين`),
    a verb (`يشتتان`).
    A feminine stem keeps a letter that may be a clitic unless four letters are left without it (`ودورتين` ->
    `ودورة`, `وحدتين` -> `وحدة`)."""
    bare = _strip_marks(word)
    clitic = _DUAL_CLITIC_AR.match(bare)
    readings = [(bare, 0)] + ([(bare[clitic.end():], clitic.end())] if clitic else [])
    if any(_no_dual_ar(fold(dual)) for dual, _ in readings):
        return None
    key = fold(bare)
    if key.endswith(("تين", "تان", "تي", "تا")):
        cut = 3 if key.endswith(("تين", "تان")) else 2
        dual, glued = readings[-1] if len(readings[-1][0]) - cut >= 4 else readings[0]
        if dual.startswith("ي"):
            return None  # يشتتان, يأتين: a verb
        return (dual[:-cut] + "ة", glued) if len(dual) - cut >= 2 else None
    return next(((dual[:-2], glued) for dual, glued in readings if fold(dual[:-2]) in _words_of("ar_dual_singulars")), None)


def _no_dual_ar(key: str) -> bool:
    """Whether folded `key`, which ends as a dual, is another word: a number, a time unit, a dual of a measure or a
    currency (read as numbers), a word of `ar_not_duals`, a country in ستان, a personal name."""
    grammar = _grammar("ar")
    numerals = table("numerals")
    return (key in grammar.words or key in grammar.scales or key in _words_of("ar_not_duals")
            or key in table("quantities")["ar_time_duals"] or key in numerals["ar_measure_duals"]
            or key in numerals["ar_currency_duals"] or key.endswith("ستان") or _is_personal_name(key))


def _is_personal_name(key: str) -> bool:
    """Whether folded `key` is a personal name of the names' word list (`مارتين`, `كريستين`)."""
    from govnews.extract.ner.features import person_names

    return key in person_names()


def find_ordinals(text: str, *, lang: Lang) -> list[Entity]:
    """Find ordinal words (`القمة الثالثة`, `the third summit`) as NUMBER with attrs ordinal.

    They are not statistics, so `find_values` leaves them out; events use them for editions.

    >>> [(e.text, e.number) for e in find_ordinals("قمة الحكومات الخليجية الثالثة", lang="ar")]
    [('الثالثة', 3.0)]
    """
    pattern, values = _ordinals(lang)
    out = []
    for match in pattern.finditer(text):
        key = fold(match.group()) if lang == "ar" else match.group().lower()
        key = re.sub(r"\s+", " ", key)
        value = values.get(key)
        if value is not None:
            out.append(Entity("NUMBER", match.group(), match.start(), match.end(), str(value), float(value),
                              attrs={"ordinal": True}))
    return out


@cache
def _ordinals(lang: Lang) -> tuple[re.Pattern[str], dict[str, int]]:
    values = table("numerals")[f"{lang}_ordinals"]
    if lang == "ar":
        values = {**_compound_ordinals_ar(values), **values}
        return re.compile(rf"(?<!\w){alternation(values)}{MARKS}(?!\w)"), values
    return re.compile(rf"(?<![\w-]){alternation(values, arabic=False)}(?![\w-])", re.IGNORECASE), values


def _compound_ordinals_ar(ordinals: dict[str, int]) -> dict[str, int]:
    """The Arabic ordinals of a unit and `عشر` or a ten, folded, in either gender of `عشر` (`التاسعة عشر`,
    `التاسعة عشرة`: 19) and joined by `و` to the ten, `و` glued to it or not (`الحادي والأربعين`: 41, `الخامسة
    والعشرين`, `الخامسة و العشرين`: 25)."""
    units = {w: n for w, n in ordinals.items() if n < 10 and " " not in w} | {"الحادي": 1, "الحاديه": 1}
    tens = {w: n for w, n in ordinals.items() if n >= 20 and n % 10 == 0}
    out = {}
    for unit, n in units.items():
        out.update({f"{unit} عشر": 10 + n, f"{unit} عشره": 10 + n})
        out.update({f"{unit} و{ten}": n + m for ten, m in tens.items()})
        out.update({f"{unit} و {ten}": n + m for ten, m in tens.items()})
    return out


@cache
def _grammar(lang: Lang) -> _Grammar:
    numerals, words = table("numerals"), table("quantities")
    cardinals = dict(numerals[f"{lang}_cardinals"])
    scales = dict(numerals[f"{lang}_scales"])
    arabic = lang == "ar"
    number_word = alternation([*cardinals, *scales], arabic=arabic)
    if arabic:
        # duals often carry their case vowel inside (مليارَيْ, ألفَي): their letters may take marks; the dual of a unit
        # (مترين, ريالين) is a whole number, joined to no other (فئة ريالين وخمسة ريالات)
        unit_duals = [*numerals["ar_measure_duals"], *numerals["ar_currency_duals"]]
        cardinals.update(numerals["ar_duals"])
        cardinals.update(dict.fromkeys(unit_duals, 2))
        number_word = f"(?:{alternation(numerals['ar_duals'], marked=True)}|{number_word})"
        unit_dual = rf"{alternation(unit_duals, marked=True)}{MARKS}(?!\w)"
    digits = rf"{DIGIT}+(?:[.,\u066b\u066c\u060c]{DIGIT}+)*"
    if arabic:
        word_number = rf"(?:{unit_dual}|{number_word}{MARKS}(?:\s+(?:و\s*)?{number_word}{MARKS})*(?!\w))"
        scale_word = rf"{alternation(scales)}{MARKS}(?!\w)"
        # 11 ألف مليار, 7 آلاف مليون: thousands of a larger scale
        thousands_of = (rf"{alternation(w for w, v in scales.items() if v == 1000)}{MARKS}\s+"
                        rf"{alternation(w for w, v in scales.items() if v > 1000)}{MARKS}(?!\w)")
        # 3 ملايين و200 ألف, 518 ألفا و400: a second, smaller part joined by و
        scale = (rf"(?:\s*(?P<scale>{thousands_of}|{scale_word}))?"
                 rf"(?:\s*و\s*(?P<dig2>{DIGIT}+(?:[.,]{DIGIT}+)?)(?:\s*(?P<scale2>{scale_word}))?)?")
        # مليار ونصف المليار, مليون وربع: a fraction of the scale before it, read after a match (a group
        # of the candidates' regex would cost at every position of the text)
        fraction = rf"\s*و\s*(?P<fw>{alternation(_FRACTIONS)}){MARKS}(?:\s+(?:ال)?{scale_word})?(?!\w)"
        currency_before = r"(?:(?P<cur>US\$|\$|€|£)\s?)?"
        candidates = (rf"(?<![\w.,\u066b\u066c/:#@-]){currency_before}(?P<pro>[وبلف]\u0640?)?"
                      rf"(?:(?P<dig>{digits})|(?<!ل)(?P<words>{word_number}|{_definite_count_ar()})){scale}")
    else:
        word_number = rf"{number_word}(?:(?:\s+and\s+|\s*-\s*|\s+){number_word})*(?![\w-])"
        # 7.4-billion-euro, $1.5-billion: a scale joined by a hyphen in a compound adjective
        scale = (rf"(?:(?:\s*|-)(?P<scale>{alternation(scales, arabic=False)})(?!\w)"
                 r"|(?P<abbr>\s?(?:bn|mn|tn)|(?:m|k|b))(?![\w]))?")
        codes = sorted(words["en_currencies"], key=len, reverse=True)
        symbols = "|".join(re.escape(c) for c in codes if not c.isalpha() or len(c) <= 3 or c == "dhs")
        currency_before = rf"(?:(?P<cur>{symbols})\s?)?"
        candidates = (rf"(?<![\w.,/:#@$€£-]){currency_before}"
                      rf"(?:(?P<dig>{digits})|(?P<words>{word_number})){scale}")
    qualifiers = words[f"{lang}_qualifiers"]
    not_before = words[f"{lang}_not_statistic_before"]
    currencies = words[f"{lang}_currencies"]
    adjectives = words[f"{lang}_currency_adjectives"]
    flags = 0 if arabic else re.IGNORECASE
    if arabic:
        percent = r"\s*(?:%|٪|في\s+ال(?:م[اأ]?ئ[ةه]|مئة)|بال(?:م[اأ]?ئ[ةه]))(?!\w)"
        currency = (rf"\s*(?P<cw>{alternation(currencies)}){MARKS}(?!\w)"
                    rf"(?:\s+(?P<adj>{alternation(adjectives, marked=True)})(?!\w))?")
        words_after = rf"\s*(?P<w1>{_AR_WORD})(?:\s+(?P<w2>{_AR_WORD})(?:\s+(?P<w3>{_AR_WORD}))?)?"
        qualifier_before = rf"(?<!\w)[وبلف]?(?P<q>{alternation(qualifiers)})\s+\(?$"  # أكثر من (72) مليون
        # the article may stand apart before the figure of an ordinal (`الدورة الـ 40`), not of a level (`مستوى الـ
        # 2500 نقطة`)
        ordinal_before = alternation(fold(w) for w in not_before if fold(w) not in ("مستوي", "المستوي"))
        not_before = (rf"(?<!\w)[وبلف]?(?:(?:{alternation(fold(w) for w in not_before)})\s*[:.(]?\s*"
                      rf"|(?:{ordinal_before})\s+ال\u0640*\s+)$")
    else:
        percent = r"\s*(?:%|percent(?:age points?)?|per\s+cent|pc)(?!\w)"
        currency = (rf"(?:\s+(?P<adj>{alternation(adjectives, arabic=False)}))?(?:\s*|-)"
                    rf"(?P<cw>{alternation((c for c in currencies if c.isalpha()), arabic=False)})(?!\w)")
        word = r"\s+[A-Za-z][A-Za-z-]*"
        words_after = rf"(?P<w1>{word})(?P<w2>{word})?(?P<w3>{word})?(?P<w4>{word})?"
        fraction = r"(?!)"
        qualifier_before = rf"(?<![\w-])(?P<q>{alternation(qualifiers, arabic=False)})\s+$"
        not_before = rf"(?<![\w-])(?:{alternation(not_before, arabic=False)})\s*[:.#]?\s*$"
    return _Grammar(
        candidates=re.compile(candidates, flags),
        qualifier_before=re.compile(qualifier_before, flags),
        not_statistic_before=re.compile(not_before, flags),
        percent_after=re.compile(percent, flags),
        currency_after=re.compile(currency, flags),
        words_after=re.compile(words_after),
        fraction_after=re.compile(fraction),
        words=cardinals,
        scales=scales,
        currencies=currencies,
        currency_adjectives=adjectives,
        qualifiers=qualifiers,
        time_units=words[f"{lang}_time_units"],
        not_unit=frozenset(words[f"{lang}_not_unit"]),
    )


# ---------------------------------------------------------------- values


def _value(match: re.Match[str], grammar: _Grammar, lang: Lang) -> Decimal | None:
    scale = _scale_of(match, grammar, lang)
    if match.group("dig"):
        number = _digits(match.group("dig"), scaled=scale != 1, lang=lang)
    else:
        number = _words(match.group("words"), grammar, lang)
    if number is None:
        return None
    return number * scale + (_second_part(match, grammar, _first_scale(match, grammar)) or 0)


def _scale_of(match: re.Match[str], grammar: _Grammar, lang: Lang) -> int:
    """The scale after the figure of a candidate (`مليون`, `ألف مليار`, `bn`), 1 when none follows."""
    if match.group("scale"):
        return _scale(match.group("scale"), grammar, lang)
    if lang == "en" and match.group("abbr"):
        return {"k": 10**3, "m": 10**6, "mn": 10**6, "b": 10**9, "bn": 10**9, "tn": 10**12}[match.group("abbr").strip().lower()]
    return 1


def _fraction(text: str, end: int, match: re.Match[str], grammar: _Grammar) -> tuple[Decimal, int] | None:
    """The half, quarter or third after a scale (`مليار ونصف`, `3 ملايين وربع المليون`) and where it ends; None
    when none follows or the number ends with no scale (`خمسة ونصف`)."""
    if text[end:end + 2].lstrip()[:1] != "و":
        return None
    after = grammar.fraction_after.match(text, end)
    if after is None:
        return None
    scale = _first_scale(match, grammar)
    words = match.group("words")
    if scale < 1000 or words and _key(words, "ar") in _vague_scales():
        return None  # خمسة ونصف; الأربعة ملايين ونصف: the count of millions is not in the match
    part, whole = _FRACTIONS[fold(after.group("fw"))]
    return Decimal(round(scale * part / whole)), after.end()


_FRACTION_BEFORE_AR = re.compile(rf"(?<!\w)[وف]?[بل]?(?P<f>{alternation(_FRACTIONS)}){MARKS}\s+$")


def _fraction_before_scale(text: str, start: int, match: re.Match[str], grammar: _Grammar) -> tuple[int, int, int] | None:
    """The fraction before a scale word alone (`نصف مليون`, `ربع مليار`): its numerator, denominator and start."""
    if not match.group("words") or _key(match.group("words"), "ar") not in grammar.scales:
        return None
    before = _FRACTION_BEFORE_AR.search(text, max(0, start - 12), start)
    return (*_FRACTIONS[fold(before.group("f"))], before.start("f")) if before else None


def _first_scale(match: re.Match[str], grammar: _Grammar) -> int:
    """The scale the first part ends with: the scale word after digits, or the last number word."""
    if match.group("scale"):
        return _scale(match.group("scale"), grammar, "ar")
    last = fold(match.group("words").split()[-1]).removeprefix("و") if match.group("words") else ""
    dual = grammar.words.get(last, 0)
    return dual // 2 if dual >= 2000 else grammar.scales.get(last, 1)  # مليارين: twice a billion


def _second_part(match: re.Match[str], grammar: _Grammar, scale: int) -> Decimal | None:
    """The part after و in `3 ملايين و200 ألف` when it is smaller than the first scale, else None."""
    if "dig2" not in grammar.candidates.groupindex or not match.group("dig2"):
        return None
    second = _digits(match.group("dig2"), scaled=False, lang="ar")
    if second is None:
        return None
    second *= grammar.scales.get(fold(match.group("scale2")), 1) if match.group("scale2") else 1
    return second if second < scale else None


_SEPARATORS = re.compile(r"[.,\u060c]")
_COMMAS = re.compile(r"[,\u060c]")
_DOT_THOUSANDS = re.compile(r"\d+\.000")  # 100.000


def _digits(raw: str, *, scaled: bool, lang: Lang) -> Decimal | None:
    """Read digits with separators: `٫` is decimal, `٬` thousands; `,` `.` `،` by context."""
    raw = ascii_digits(raw).replace("\u066c", "").replace("\u066b", ".")
    commas = [c for c in raw if c in ",\u060c"]
    if "." in raw and commas:  # the last separator is the decimal one
        last = max(raw.rfind("."), raw.rfind(","), raw.rfind("\u060c"))
        raw = _SEPARATORS.sub("", raw[:last]) + "." + raw[last + 1:]
    elif commas:
        groups = _COMMAS.split(raw)
        thousands = all(len(g) == 3 for g in groups[1:])
        decimal = lang == "ar" and len(groups) == 2 and (scaled or not thousands or "\u060c" in raw)
        raw = ".".join(groups) if decimal else "".join(groups)
    elif raw.count(".") == 1 and _DOT_THOUSANDS.fullmatch(raw) and not scaled:
        raw = raw.replace(".", "")  # 100.000 متر مربع: a dot between thousands
    elif raw.count(".") > 1:
        groups = raw.split(".")
        if not all(len(g) == 3 for g in groups[1:]):
            return None
        raw = "".join(groups)
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


_ARTICLE_OF_EACH_WORD = re.compile(r"(?<!\S)(و?)ال")  # الخمسة والعشرون
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def _words(raw: str, grammar: _Grammar, lang: Lang) -> Decimal | None:
    """Add and multiply number words: `ثلاثة ملايين ومئتا ألف` is 3,200,000."""
    joined: set[int] = set()  # positions of words joined to the previous one by و
    if lang == "ar":  # a conjoined word carries its و: ومئتا, وعشرين
        tokens = []
        if _is_definite(raw, grammar):  # الخمسة والعشرون: the article of each word
            raw = _ARTICLE_OF_EACH_WORD.sub(r"\1", raw)
        for t in raw.split():
            if t == "و":
                joined.add(len(tokens))
            elif t.startswith("و") and ((key := _key(t[1:], lang)) in grammar.words or key in grammar.scales):
                joined.add(len(tokens))
                tokens.append(t[1:])
            else:
                tokens.append(t)
    else:
        tokens = []
        for t in _LATIN_WORD.findall(raw):
            if t.lower() == "and":
                joined.add(len(tokens))
            else:
                tokens.append(t)
    total, current = 0, 0
    for position, token in enumerate(tokens):
        key = _key(token, lang)
        if lang == "en" and position in joined and _key(tokens[position - 1], lang) not in (*grammar.scales, "hundred"):
            return None  # two and three: two numbers, `and` follows only a hundred or a scale (one hundred and five)
        if key in grammar.scales:
            total += max(current, 1) * grammar.scales[key]
            current = 0
            continue
        value = grammar.words.get(key)
        if value is None:
            return None
        if (position in joined and current % 100 and 0 < value < 100
                and (current % 100 < 20) == (value < 20) and (value < 20 or current % 10 == 0)):
            return None  # أربعة وستة, عشرين وثلاثين: two numbers (four to six), not one compound
        if value >= 1000:  # a dual scale: ألفين, مليونين
            total += max(current, 1) * value
            current = 0
        elif (key == "hundred" or value == 100) and 0 < current < 10:
            current *= 100
        else:
            current += value
    return Decimal(total + current)


def _two_numbers(text: str, match: re.Match[str], grammar: _Grammar, lang: Lang) -> bool:
    """Whether a candidate's number words are two numbers joined, not one (`four and six`, `أربعة وستة ملايين`), and
    the first no teen of an ordinal (`الساعة الحادية عشرة وتسع وخمسين دقيقة`: a time of day)."""
    words = match.group("words")
    return (bool(words) and len(words.split()) > 1 and _words(words, grammar, lang) is None
            and not _after_ordinal_or_vague(text, match.start("words"), match, grammar, lang))


def _unscaled(entity: Entity, grammar: _Grammar, lang: Lang) -> bool:
    """Whether a number's figure has no scale (`خمس طبقات`, not `ثمانية ملايين شخص`)."""
    figure = _figure(entity.text, grammar, lang)
    return figure is None or figure[1] == 1


def _scale(words: str, grammar: _Grammar, lang: Lang) -> int:
    """The value of scale words: one (`مليار`), or thousands of a larger one (`ألف مليار` is a trillion)."""
    value = 1
    for word in words.split():
        value *= grammar.scales.get(_key(word, lang), 1)
    return value


def _key(word: str, lang: Lang) -> str:
    return fold(word) if lang == "ar" else word.lower()


def _text_value(number: Decimal) -> str:
    return format(number.normalize(), "f")


# ---------------------------------------------------------------- reading a candidate


def _read(text: str, match: re.Match[str], grammar: _Grammar, lang: Lang, context: dict[str, str]) -> Entity | None:
    number = _value(match, grammar, lang)
    if number is None:
        return None
    start = match.start("dig") if match.group("dig") else match.start("words")
    if match.group("cur"):
        start = match.start()
    end = match.end()
    if "dig2" in grammar.candidates.groupindex and match.group("dig2"):
        if _second_part(match, grammar, _first_scale(match, grammar)) is None:
            # 50 ألف و60 ألف, 5 و6: two figures, not one
            end = match.end("scale") if match.group("scale") else match.end("dig" if match.group("dig") else "words")
    elif lang == "ar" and (fraction := _fraction(text, end, match, grammar)):
        number += fraction[0]
        end = fraction[1]
    elif lang == "ar" and (part := _fraction_before_scale(text, start, match, grammar)):
        number, start = number * Decimal(part[0]) / Decimal(part[1]), part[2]
    raw = match.group("dig") or ""
    if not match.group("cur") and _not_statistic(text, start, end, raw, grammar, counted=bool(match.group("scale"))):
        return None
    opened, closed = _OPENED.search(text, max(0, start - 3), start), _CLOSED.match(text, end)
    if opened and closed and not match.group("scale"):
        start, end = opened.start(), closed.end()  # (122) جولة, ( 21 ) يوما: a figure set off in parentheses
    start, attrs = _qualified(text, start, end, grammar, lang)
    # a percent sign written before the number in right-to-left typing: %74
    if lang == "ar" and match.group("dig") and start > 0 and text[start - 1] in "%٪" and "qualifier" not in attrs:
        return _entity("PERCENT", text, start - 1, end, number, None, attrs)
    after = grammar.percent_after.match(text, end)
    if after:
        return _entity("PERCENT", text, start, after.end(), number, None, attrs)
    if match.group("cur"):
        code = grammar.currencies.get(match.group("cur").lower(), "USD")
        return _entity("MONEY", text, start, end, number, code, attrs)
    after = grammar.currency_after.match(text, end)
    if after:
        code = _currency(after, grammar, lang, text, context)
        return _entity("MONEY", text, start, after.end(), number, code, attrs)
    if lang == "ar" and match.group("words") and not match.group("scale"):
        key = _key(match.group("words"), lang)
        unit = table("numerals")["ar_measure_duals"].get(key)
        if unit:  # مترين: the dual is the number and the unit
            return _entity("NUMBER", text, start, end, number, unit, attrs)
        if key in table("numerals")["ar_currency_duals"]:  # دولارين, دينارين كويتيين: two of the currency
            adjective = _dual_adjective_ar().match(text, end)
            code = _currency_code(table("numerals")["ar_currency_duals"][key], adjective and adjective.group("adj"),
                                  grammar, lang, text, context)
            return _entity("MONEY", text, start, adjective.end() if adjective else end, number, code, attrs)
    if lang == "ar" and _a_wish(text, match, grammar):
        return None
    counted = _counted(text, match, start, end, number, grammar, lang, attrs)
    if counted is not None and lang == "ar" and _THOUSANDS_DOT.fullmatch(ascii_digits(raw)) and not match.group("scale") and _plural_unit(counted.unit):
        return _entity("NUMBER", text, counted.start, counted.end, number * 1000, counted.unit, counted.attrs)  # 14.500 من المصححين
    return counted


def _a_wish(text: str, match: re.Match[str], grammar: _Grammar) -> bool:
    """Whether scale words alone say a wish, not a count (`ألف مبروك`, `ألف ألف شكر`, `ألف سلامة`)."""
    words = match.group("words")
    if not words or match.group("scale") or any(_key(w, "ar") not in grammar.scales for w in words.split()):
        return False
    after = _NEXT_WORD_AR.match(text, match.end())
    return after is not None and fold(_strip_marks(after.group("w"))) in _words_of("ar_wishes")


_OPENED, _CLOSED = re.compile(r"\([^\S\n]?$"), re.compile(r"[^\S\n]?\)")  # the parentheses around a figure

_THOUSANDS_DOT = re.compile(r"\d{1,3}\.\d{3}")  # 14.500: fourteen thousand five hundred, or fourteen and a half


def _plural_unit(unit: str | None) -> bool:
    """Whether a counted noun is a plural of people or things, which no fraction counts (`مصححين`, `طلبة`)."""
    return unit is not None and " " not in unit and _definite_plural("ال" + fold(unit))


def _qualified(text: str, start: int, end: int, grammar: _Grammar, lang: Lang) -> tuple[int, dict[str, object]]:
    """The qualifier before a figure (`more than`, `about`, `أكثر من`) as attrs, and where the mention starts:
    a bound is part of it."""
    attrs: dict[str, object] = {}
    window = text[max(0, start - 24):start]
    qualifier = grammar.qualifier_before.search(window)
    if qualifier and lang == "ar" and window[qualifier.start("q") - 1 : qualifier.start("q")] == "ل" and qualifier.group("q")[:1] in "يت":
        qualifier = None  # ارتفعت بنسبة 4.7 بالمئة لتصل إلى 258.4 مليار: the figure reached, not a bound
    if qualifier and lang == "en" and qualifier.group("q").lower() == "over" and _over_means_during(
            text, max(0, start - 24) + qualifier.start("q"), end, grammar):
        qualifier = None  # implemented over six years: during them, not more than six
    if qualifier:
        attrs["qualifier"] = grammar.qualifiers[" ".join(_key(qualifier.group("q"), lang).split())]
        if attrs["qualifier"] in _BOUND:
            start -= len(window) - qualifier.start("q")
    return start, attrs


_LAST_WORD_BEFORE_EN = re.compile(r"([A-Za-z]+)\s+$")
_WORD_AFTER_EN = re.compile(r"[\s-]*([A-Za-z]+)")


def _over_means_during(text: str, over: int, end: int, grammar: _Grammar) -> bool:
    """Whether `over` before a span of time means during it: after a verb of a span (`spread over five years`,
    `built over four years`, `in instalments over three years`), and before a few days or hours, what an event is
    held over (`... in cooperation with the World Health Organization over five days`); `for over six years`,
    `took over`, `lasted over two days` stay bounds."""
    before = _LAST_WORD_BEFORE_EN.search(text[max(0, over - 20):over])
    word = before.group(1).lower() if before is not None else ""
    if word in _OVER_MEANS_ACROSS:
        return True  # distributed over eight sessions: among them
    unit = _WORD_AFTER_EN.match(text[end:end + 12])
    if unit is None or unit.group(1).lower() not in grammar.time_units:
        return False
    if word in _words_of("en_over_means_during"):
        return True
    if word in _OVER_AS_BOUND:
        return False
    # a few days or hours; or any span that ends the clause (`aims to train 150 surgeons over three years.`),
    # not one a noun or `ago` follows (`over three years of experience`, `over five years old`)
    return unit.group(1).lower() in _SHORT_SPANS or _CLAUSE_ENDS.match(text, end + unit.end()) is not None


_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:)]|$)")


# an event is held over a few days (`over five days`); after these words `over` is still "more than"
_SHORT_SPANS = frozenset("day days hour hours night nights".split())
_OVER_MEANS_ACROSS = frozenset("distributed divided spread spreading spreads split".split())
_OVER_AS_BOUND = frozenset("for lasted lasting lasts last took taking takes than of after in within has have had with aged".split())


# a counted noun in the accusative (`35 موظفا`), not an adverb (`أيضا`, `ليلا`, `بعدما`) nor a word after a clitic;
# the hours of the day (`صباحا`, `عصرا`) `_not_statistic` tells at its end, but for `مساًء` written with its tanween first
_TAMYIZ = re.compile(
    r"[^\S\n]+(?![وبلفك]|[أا]يضا|حاليا|تقريبا|سابقا|لاحقا|مجددا|مؤخرا|تباعا|ليلا|نهارا"
    r"|عندما|كلما|مثلما|ربما|طالما|حينما|بينما|مسا)[\u0621-\u064a]{2,}(?<!ه)\u064b?ا(?!\w)"
)


_LIST_MARK_AFTER = re.compile(r"[ \t]*[-–).][ \t]")  # 1 - ..., 2) ...: the mark after a list item's number
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])")  # 318th, 3rd
_COMPOUND_WORD_AFTER = re.compile(r"-\s*(?:to\b|[A-Za-z])")  # a 29-nucleotide deletion, 10- to 20-fold
_TIME_OF_DAY_AFTER = re.compile(r"\s*(?:صباح|مساء|ظهر|عصر|فجر)|\s*(?:[ap]\.?m\.?)(?!\w)", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"[^\S\n]*(?:GMT|UTC|local[^\S\n]+time|بتوقيت|ت\.?[^\S\n]?غ\b)")
_CLOCK_HOURS = re.compile(r"[^\S\n]*(?:hours|hrs)\b")
_AT_A_TIME = re.compile(r"\b(?:at|by|until|till|from|before|after)[^\S\n]+$")


_DATED_AFTER = re.compile(r"[^\S\n]*\)?[^\S\n]*[وب]تاريخ(?!\w)")
_SENTENCE_ENDS = re.compile(r"(?:[.:!?؟]|:-)[^\S\n]*$")
_ITEM_MARK = re.compile(r"[ \t]*[-–)][ \t]*(?![\d\s])")  # 5- عندما, 3) حادث; not 5 - 10, a range


def _not_statistic(text: str, start: int, end: int, raw: str, grammar: _Grammar, *, counted: bool = False) -> bool:
    """Tell numbers that name or locate things (article, phone, footnote, time, year in a name); `counted`: a
    scale word follows (`مليون`)."""
    before, after = text[start - 1:start], text[end:end + 1]
    if before == "[" and after == "]":
        return True
    if after == ":" and text[end + 1:end + 2].isdigit() or before == ":" and text[start - 2:start - 1].isdigit():
        return True  # a time 10:30
    if before == "+" or (raw.startswith(("0", "٠")) and len(raw) >= 5 and raw.isdigit()):
        return True  # a phone or a code
    if raw and (before == " " or after == " "):
        window_start = max(0, start - 16)
        for phone in _PHONE.finditer(text, window_start, min(len(text), end + 16)):
            if phone.start() <= start and end <= phone.end():
                return True  # +973 1712 3456: one group of a phone number
    if after in ("/", "-", "@", "_") and text[end + 1:end + 2].isdigit():
        return True  # part of a date, a code or a range written with its own rules
    if grammar.not_statistic_before.search(text[max(0, start - 16):start]) and not (counted or _TAMYIZ.match(text, end)):
        return True  # المادة 5, الدورة 35 (but جوائز الدورة 2.5 مليون ريال, شارك في الدورة 35 موظفا)
    if _LIST_MARK_AFTER.match(text[end:end + 4]) and (
            not text[max(0, start - 80):start].split("\n")[-1].strip()
            or _SENTENCE_ENDS.search(text, max(0, start - 4), start) and _ITEM_MARK.match(text, end)):
        return True  # 1 - ..., 2) ..., `... بنفسه. 5- عندما`: the number of an item in a list
    if _ORDINAL_SUFFIX.match(text[end:end + 3]):
        return True  # 318th, 3rd: an ordinal written in digits
    if after == "-" and not counted and _COMPOUND_WORD_AFTER.match(text[end:end + 5]):
        return True  # a 29-nucleotide deletion, 10- to 20-fold: part of a compound word (a 1.5-billion-euro loan is an amount)
    if _DATED_AFTER.match(text, end):
        return True  # الأمر السامي (69) بتاريخ ...: the number of a dated document
    if _TIME_OF_DAY_AFTER.match(text[end:end + 8]):
        return True
    if _CLOCK_AFTER.match(text, end) or len(raw) == 4 and _CLOCK_HOURS.match(text, end) and _AT_A_TIME.search(text, max(0, start - 8), start):
        return True  # 1330 GMT, بتوقيت غرينتش, at 1400 hours: a time of day
    return False


_FOUR_DIGITS = re.compile(r"\d{4}")
_NAME_WORD_BEFORE_EN = re.compile(r"[A-Z][\w.-]*\s+$")  # Vision 2030, Expo 2020
_NOUN_BEFORE_AR = re.compile(rf"(?<!\w)(?P<noun>{_AR_WORD})\s+$")  # وحدات أربع


def _counted(text: str, match: re.Match[str], start: int, end: int, number: Decimal, grammar: _Grammar,
             lang: Lang, attrs: dict[str, object]) -> Entity | None:
    """Attach what is counted (`22 موظفا`, `four main units`) or turn a time unit into a DURATION."""
    from_words = match.group("words") is not None
    year_like = (not from_words and not match.group("scale")
                 and _FOUR_DIGITS.fullmatch(ascii_digits(match.group("dig"))) is not None
                 and 1800 <= int(number) <= 2100)
    if from_words and _after_ordinal_or_vague(text, start, match, grammar, lang):
        return None
    if year_like and lang == "en" and _NAME_WORD_BEFORE_EN.search(text[max(0, start - 20):start]):
        return None  # Vision 2030, Expo 2020: a year in a name
    if from_words and lang == "ar" and _is_definite(match.group("words"), grammar) and not match.group("scale"):
        counted = _noun_of_definite_count(text, start, end, number, grammar)
        if counted and counted[3]:  # الاثني عشر شهرا: a duration
            return Entity("DURATION", text[start:counted[2]], start, counted[2], _iso_duration(number, counted[3]),
                          float(number), None, attrs)
        return counted and _entity("NUMBER", text, counted[1], counted[2], number, counted[0], attrs)
    unit, unit_end, period = None, end, None
    before = from_words and lang == "ar" and number <= 10 and _NOUN_BEFORE_AR.search(text[max(0, start - 30):start])
    noun = before and fold(before.group("noun"))
    if noun and noun.endswith("ات") and not noun.startswith("ال") and noun not in grammar.not_unit:
        # the literary order noun + number: وحدات أربع
        start = max(0, start - 30) + before.start()
        unit = _strip_marks(before.group("noun"))
    else:
        reader = _unit_ar if lang == "ar" else _unit_en
        unit, unit_end, period = reader(text, end, number, grammar)
        if year_like and unit and text[end].isspace() and (" " not in unit if lang == "ar" else
                                                           not unit.split()[0].lower().endswith("s")
                                                           or not text[end:unit_end].split()[0][:1].islower()):
            unit, unit_end, period = None, end, None  # في 2008 نالت, a 2014 study: a year, not 2014 things
        if year_like and unit and lang == "en" and _YEAR_BEFORE_EN.search(text, max(0, start - 12), start):
            unit, unit_end, period = None, end, None  # in 2023 and 2024 countries ...: a year after a year
    if period and not match.group("scale"):
        return Entity("DURATION", text[start:unit_end], start, unit_end, _iso_duration(number, period),
                      float(number), None, attrs)
    if unit is None:
        if year_like or from_words and number < 100 and match.group("scale") is None:
            return None  # a year in a name (رؤية 2030, Expo 2020) or a bare word like ست
        if number == 1 and from_words:
            return None
        return _entity("NUMBER", text, start, end, number, None, attrs)
    if from_words and number == 1:
        return None
    return _entity("NUMBER", text, start, unit_end, number, unit, attrs)


# the definite noun a definite count follows, with a definite adjective of origin between them (`المتدربين الخمسة`,
# `الدول العربية الاثنتين والعشرين`)
_NOUNS_BEFORE_AR = re.compile(rf"(?<!\w)(?P<w1>{_AR_WORD})(?:\s+(?P<w2>{_AR_WORD}))?\s+$")
_WORD_BEFORE_AR = re.compile(rf"(?<!\w)(?P<w>{_AR_WORD})\s+$")
_ARTICLE = re.compile(r"(?:[وف]?(?:[بك]?ال|لل))")


def _noun_of_definite_count(text: str, start: int, end: int, number: Decimal,
                            grammar: _Grammar) -> tuple[str, int, int, str | None] | None:
    """The noun a definite count counts, the mention's start and end, and the period of a time unit: a noun in the
    accusative after a compound (`الخمسة والعشرون متدربا`, `الاثني عشر شهرا`), else the definite noun before
    (`المتدربين الخمسة والعشرين`, `الدول الأعضاء الست`); None when there is none, or a time before (a duration of
    `dates`)."""
    if number > 10 and _TAMYIZ.match(text, end):
        unit, unit_end, period = _unit_ar(text, end, number, grammar)
        return (unit, start, unit_end, period) if unit else None
    window = max(0, start - 60)
    before = _NOUNS_BEFORE_AR.search(text, window, start)
    if before is None:
        return None
    nearest = "w2" if before.group("w2") else "w1"
    stems = [_definite_stem(before.group(name), grammar) for name in ("w1", nearest)]
    if stems[1] is None:
        return None
    if nearest == "w2" and stems[0] and not fold(stems[0]).endswith("ه") and fold(stems[1]).endswith(_NISBA):
        return f"{stems[0]} {stems[1]}", _after_clitic(before.group("w1"), before.start("w1")), end, None  # الدول العربية
    head = (_construct_head_ar(before.group("w1"))
            if nearest == "w2" and not _definite_plural("ال" + fold(stems[1])) else None)
    if head:  # شركات الطيران الثلاث, رواد الفضاء الثلاثة: the count is of the companies, of the astronauts
        return f"{head[0]} {stems[1]}", before.start("w1") + head[1], end, None
    if (nearest == "w2" and stems[0] is None and not _definite_plural("ال" + fold(stems[1]))
            and fold(_strip_marks(before.group("w1"))) not in _NO_CONSTRUCT_NOUNS):
        outer = _WORD_BEFORE_AR.search(text, window, before.start("w1"))
        head = outer and _construct_head_ar(outer.group("w"))
        if head:  # أعضاء مجلس الإدارة الخمسة: the count is of the members
            unit = f"{head[0]} {_strip_marks(before.group('w1'))} {stems[1]}"
            return unit, outer.start("w") + head[1], end, None
    if fold(stems[1]).endswith("ه"):
        return None  # في جميع منافذ المؤسسة الاثنين والعشرين: a singular, the count is of something before
    return stems[1], _after_clitic(before.group(nearest), before.start(nearest)), end, None  # مخصصات الرئاسات الثلاث


def _construct_head_ar(word: str) -> tuple[str, int] | None:
    """The indefinite plural that heads a construct (`شركات الطيران`, `رواد الفضاء`, `وموظفي الشركة`) and where it
    starts in `word`, its conjunction apart; None for any other word."""
    bare = _strip_marks(word)
    for skip in (0, 1) if bare[:1] in ("و", "ف") else (0,):
        key = fold(bare[skip:])
        if (_PLURAL_IN_AT.fullmatch(key) or "ال" + key in _BROKEN_PLURALS
                or key in _SOUND_PLURAL_HEADS):
            return bare[skip:], skip
    return None


# words before a definite noun that are no noun of a construct (`لدلالات هذه المفاهيم الثلاثة`)
_NO_CONSTRUCT_NOUNS = frozenset(fold(w) for w in "هذه هذا هذين هاتين تلك ذلك هؤلاء أولئك كل جميع بعض كافة سائر".split())
_PLURAL_IN_AT = re.compile(r"(?!ال)[\u0621-\u064a]{2,}ات")  # شركات, مخصصات
# sound masculine plurals in the construct state, which drops their ن (`موظفي الوزارة`, `لاعبي المنتخب`)
_SOUND_PLURAL_HEADS = frozenset(fold(w) for w in (
    "موظفي منسوبي منتسبي ممثلي مسؤولي مشاركي متدربي معلمي مدربي مواطني مستثمري مهندسي محاربي مراسلي مديري مندوبي "
    "لاعبي عاملي باحثي مقيمي".split()
))


_NISBA = ("يه", "يين", "يون", "يات")  # the endings of an adjective of origin (`العربية`, `الخليجيين`)


def _after_clitic(word: str, start: int) -> int:
    """Where a definite word starts without the conjunction or preposition glued to it (`بالفرق`: at `الفرق`)."""
    clitic = _CLITIC_BEFORE_ARTICLE.match(word)
    return start + (clitic.end() if clitic else 0)


_CLITIC_BEFORE_ARTICLE = re.compile(r"[وف]?[بك]?(?=[اأإآ]ل)|[وف](?=لل)")


def _definite_stem(word: str | None, grammar: _Grammar) -> str | None:
    """The stem of a definite noun or adjective (`المتدربين` -> `متدربين`, `وللطلاب` -> `طلاب`); None for a word without
    the article, a time unit, a currency, a number, an ordinal or a pronoun."""
    if not word:
        return None
    bare = _strip_marks(word)
    article = _ARTICLE.match(fold(bare))
    stem = bare[article.end():] if article else ""
    key = fold(stem)
    if (len(key) < 3 or key in grammar.time_units or key in grammar.currencies
            or "ال" + key in grammar.not_unit or _is_number_word(key, grammar) or "ال" + key in ordinal_words()):
        return None
    return stem


_YEAR_BEFORE_EN = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d\s*(?:,|and|or|to|-|–)\s*$")


def _unit_ar(text: str, end: int, number: Decimal, grammar: _Grammar) -> tuple[str | None, int, str | None]:
    """Read the counted noun: one word, plus an adjective or the second noun of a compound."""
    match = grammar.words_after.match(text, end)
    if match is None or "\n" in text[end:match.start("w1")]:
        return None, end, None
    w1, w2 = fold(match.group("w1")), match.group("w2") and fold(match.group("w2"))
    first_end = match.end("w1")
    after_figure = text[end - 1].isdigit() or text[end - 1] == ")"
    if (w1 == "من" and w2 and after_figure and not w2.startswith("ال") and w2 not in grammar.not_unit
            and not _is_number_word(w2, grammar)):
        return _strip_case(match.group("w2")), match.end("w2"), None
    if w1 == "من" and w2 and after_figure and _definite_plural(w2):
        return match.group("w2")[2:], match.end("w2"), None  # 1200 من الطلبة, ٥٠٠ من الملاكات الفنية: of whom
    if end == match.start("w1") and w1.startswith("و"):
        return None, end, None  # ٢٨٠وبلغت: a sentence glued to a figure
    nisba = (bool(w2) and not _ARTICLE.match(w2) and w2 not in grammar.not_unit
             and w2.endswith(("يه", "يين", "يون", "يات")) and not w2.endswith("ايه"))  # بنهاية is no adjective
    if w2 and f"{w1} {w2}" in _words_of("ar_compound_units"):
        return f"{match.group('w1')} {match.group('w2')}", match.end("w2"), None
    if w1 in grammar.time_units and not nisba:  # a nisba makes hours a count: 2001 ساعة تدريبية
        return _strip_marks(match.group("w1")), first_end, grammar.time_units[w1]
    if (w1 in grammar.not_unit or w1.startswith(("ال", "لل", "بال", "وال", "فال", "كال"))
            or w1.endswith("وا") and w1 not in _NOUNS_IN_WA_AR
            or match.group("w1").startswith(("وأ", "وإ", "وآ")) or _is_number_word(w1, grammar) or w1 in _month_words()
            or w1 in grammar.currencies):
        return None, end, None
    unit = _strip_case(match.group("w1")) if 11 <= number <= 99 or number >= 100 else _strip_marks(match.group("w1"))
    if nisba:
        if w2 in _words_of("ar_origin_adjectives"):
            return unit, match.end("w2"), None
        return f"{unit} {_strip_marks(match.group('w2'))}", match.end("w2"), None
    return unit, first_end, None


# counted nouns whose accusative ends in وا like a verb of the plural (`21 عضوا`, not `قالوا`)
_NOUNS_IN_WA_AR = frozenset(("عضوا",))

_BROKEN_PLURALS = frozenset(fold(w) for w in (
    "الطلبة الطلاب الأطفال الأسر الشباب الأعضاء الخبراء العمال الأفراد الزوار الحجاج الأيتام الرواد الأطباء الضباط "
    "الجنود الأساتذة الباحثين الكوادر الشركاء "
    # people who head a construct in releases (`وزراء الخارجية`, `قادة الدول`, `أطقم النصر`)
    "الوزراء الرؤساء القادة الزعماء الأمراء الملوك السفراء الأمناء العلماء الزملاء الوكلاء النواب القضاة الحكام "
    "الأئمة الرجال النساء الأبطال الفرسان الحراس الأطقم الفرق الوفود "
    # things counted after a construct (`أعضاء اللجان الثلاث`, `وزراء الدول الست`)
    "الدول البلدان المدن القرى الشعوب الأمم اللجان المجالس الأحزاب الأطراف الأقسام الفروع المراكز المدارس "
    "المساجد المناطق الأقاليم المصارف البنوك المشاريع المصانع المكاتب الموانئ الأسواق الأندية الملاعب الأجنحة "
    "الفنادق الطرق الجسور الأبراج السفن البرامج المراحل المحاور الأهداف الجوائز الألقاب".split()
))


def _definite_plural(w: str) -> bool:
    """Whether folded `w` is a definite plural noun, what `N من` counts (`من الطلبة`, `من المشاركين`)."""
    return w.startswith("ال") and (w.endswith(("ات", "ين", "ون")) and len(w) > 5 or w in _BROKEN_PLURALS)


_LAST_WORD_BEFORE_AR = re.compile(rf"({_AR_WORD})\s+$")


def _after_ordinal_or_vague(text: str, start: int, match: re.Match[str], grammar: _Grammar, lang: Lang) -> bool:
    """Word numbers that are no count: the teen of an ordinal (السابعة عشرة), a bare plural scale (ملايين)."""
    words = match.group("words").split()
    if len(words) == 1 and _key(words[0], lang) in _vague_scales():
        return True
    if lang != "ar":
        return False
    before = _LAST_WORD_BEFORE_AR.search(text[max(0, start - 20):start])
    return bool(before) and fold(before.group(1)) in ordinal_words()


@cache
def ordinal_words() -> frozenset[str]:
    """The words of the Arabic ordinals, folded (`الأول` ... `العاشرة`, `الحادي`, `عشر`)."""
    return frozenset(w for key in table("numerals")["ar_ordinals"] for w in key.split())


@cache
def currency_words() -> frozenset[str]:
    """The Arabic words of currencies, folded (`ريال`, `دراهم`, `دولارا`)."""
    return frozenset(_grammar("ar").currencies)


@cache
def _vague_scales() -> frozenset[str]:
    return frozenset(("الاف", "ملايين", "مليارات", "ملايير", "بلايين", "تريليونات", "thousand", "million", "billion"))


def _unit_en(text: str, end: int, number: Decimal, grammar: _Grammar) -> tuple[str | None, int, str | None]:
    """Read the counted noun phrase: up to three lower-case words ending at a plural, a measure (`1.1 gigawatt
    wind farm`) or a phrase break; adjectives joined by `and` before it are left out (`500 small and medium-sized
    enterprises`, `14 Arab and foreign countries`)."""
    joined = _ADJECTIVES_JOINED_EN.match(text, end)
    if joined and _adjectives_en(joined, grammar):
        unit, unit_end, period = _unit_en(text, joined.end(), number, grammar)
        if unit is not None and period is None:
            return unit, unit_end, None
    match = grammar.words_after.match(text, end)
    if match is None:
        return None, end, None
    words: list[tuple[str, int]] = []
    head = False
    for name in ("w1", "w2", "w3"):
        word = match.group(name)
        if word is None or "\n" in word:
            break
        token = word.strip()
        lower = token.lower()
        measure = lower in _words_of("en_measure_units")
        following = text[match.end(name):match.end(name) + 1]
        nxt = match.group(f"w{int(name[1]) + 1}")
        if _ACRONYM_PLURAL_EN.fullmatch(token):
            words.append((token, match.end(name)))  # 1,200 SMEs, 40 NGOs, three MoUs
            head = True
            break
        if token[0].isupper() and not measure:
            if not (_adjective_of_origin_en(token) and following == " " and nxt and nxt.strip()[:1].islower()):
                break
            words.append((token, match.end(name)))  # 15,000 Indian companies, 2,000 Emirati students
            continue
        if (lower in grammar.not_unit or not words and _verb_like_en(lower)
                and not (lower.endswith("ing") and nxt and _plural_noun_en(nxt.strip(), grammar))):
            break  # 500 attended; but three training workshops
        words.append((token, match.end(name)))
        if (lower in grammar.time_units or lower.endswith("s") and not lower.endswith("ss") or measure
                or lower in _words_of("en_plural_nouns") or number == 1 or following not in (" ", "")
                or nxt is None or nxt.strip().lower() in grammar.not_unit):
            head = True
            break
    if not words or not head:
        return None, end, None
    head_word, unit_end = words[-1]
    if head_word.lower() in _words_of("en_measure_units") and text.startswith("/", unit_end):
        return None, end, None  # 650 km/h: a rate, no length
    if not _counted_noun_en(head_word.lower(), number, grammar) or all(w.lower() in _words_of("en_modifiers") for w, _ in words):
        return None, end, None  # 2025 provides, under five account, 22 local and foreign: no counted noun
    if head_word.lower() in grammar.time_units:
        of = re.match(r"\s+of\s+([a-z][a-z-]+)", text[unit_end:unit_end + 40])
        if of and of.group(1) not in grammar.not_unit:
            return f"{head_word} of {of.group(1)}", unit_end + of.end(), None
        if len(words) == 1:
            return head_word, unit_end, grammar.time_units[head_word.lower()]
    kept = [w for w, _ in words if w.lower() not in _words_of("en_modifiers") and not _adjective_of_origin_en(w)]
    return " ".join(kept or [head_word]), unit_end, None


_ACRONYM_PLURAL_EN = re.compile(r"[A-Z][A-Za-z]*[A-Z]s")


def _adjective_of_origin_en(word: str) -> bool:
    """Whether a capitalized word may qualify a counted noun as its origin: a nationality (`Indian`, `Emirati`) or a
    modifier (`Arab`, `Gulf`)."""
    return word[:1].isupper() and (_NATIONALITY_EN.fullmatch(word) is not None or word.lower() in _words_of("en_modifiers"))


def _plural_noun_en(word: str, grammar: _Grammar) -> bool:
    """Whether a lower-case word is a plural noun that may be counted (`workshops`, `people`), not a verb in s."""
    lower = word.lower()
    return (word[:1].islower() and lower not in grammar.not_unit and lower not in _words_of("en_verbs_in_s")
            and (lower.endswith("s") and not lower.endswith("ss") or lower in _words_of("en_plural_nouns")))


def _counted_noun_en(word: str, number: Decimal, grammar: _Grammar) -> bool:
    """Whether `word` may be what `number` counts: a plural noun, a measure, or a singular after one; not a
    verb of the sentence (`provides`)."""
    if word in _words_of("en_verbs_in_s"):
        return False
    plural = word.endswith("s") and not word.endswith("ss") or word in _words_of("en_plural_nouns")
    return (plural or number == 1 or word in grammar.time_units or word in _words_of("en_measure_nouns")
            or word in _words_of("en_measure_units"))


# adjectives joined by `and` or `or` right after a number, before the noun they qualify (`small and medium-sized`,
# `Arab and foreign`, `public, private and joint`)
_ADJECTIVE_EN = r"[A-Za-z][a-z]*(?:-[a-z]+)*"
_ADJECTIVES_JOINED_EN = re.compile(
    rf"\s+(?P<adjectives>{_ADJECTIVE_EN}(?:,\s+{_ADJECTIVE_EN})*),?\s+(?:and|or)\s+(?P<last>{_ADJECTIVE_EN})(?=\s+[a-z])"
)
# an adjective of a country or a people (`Saudi`, `African`, `Chinese`, `British`, `French`)
_NATIONALITY_EN = re.compile(r"[A-Z][a-z]+(?:an|ese|i|ish|ch|ine)")


def _adjectives_en(joined: re.Match[str], grammar: _Grammar) -> bool:
    """Whether the words of `joined` are all adjectives: capitalized only as a nationality or a modifier (`Arab`,
    `Gulf`), lower-case neither a plural nor a joining word; the first no verb (`500 attended and enjoyed ...`)."""
    words = [*re.split(r",\s+", joined.group("adjectives")), joined.group("last")]
    for k, word in enumerate(words):
        lower = word.lower()
        if word[0].isupper():
            if not (_NATIONALITY_EN.fullmatch(word) or lower in _words_of("en_modifiers")):
                return False
        elif (lower in grammar.not_unit or lower.endswith("s") and not lower.endswith(("ss", "ous"))
              or lower in _words_of("en_plural_nouns") or _is_number_word(lower, grammar) or k == 0 and _verb_like_en(lower)):
            return False
    return True


def _verb_like_en(word: str) -> bool:
    """Whether a lower-case word right after a number may be a verb or an adverb (`500 attended`, `two recently`), no
    adjective of the counted noun: a hyphenated word (`medium-sized`) and a modifier (`specialized`) are adjectives."""
    return word.endswith(("ed", "ing", "ly")) and "-" not in word and word not in _words_of("en_modifiers")


def _currency(match: re.Match[str], grammar: _Grammar, lang: Lang, text: str, context: dict[str, str]) -> str:
    """Name the currency: its adjective (`دينار بحريني`), else the country the text speaks of."""
    return _currency_code(match.group("cw"), match.group("adj"), grammar, lang, text, context)


@cache
def _dual_adjective_ar() -> re.Pattern[str]:
    """The adjective of a currency after its dual, itself in the dual or not (`دينارين كويتيين`, `ريالين سعوديين`)."""
    adjectives = table("quantities")["ar_currency_adjectives"]
    return re.compile(rf"\s+(?P<adj>{alternation(adjectives, marked=True)})(?:ين|ان)?{MARKS}(?!\w)")


def _currency_code(word: str, adjective: str | None, grammar: _Grammar, lang: Lang, text: str,
                   context: dict[str, str]) -> str:
    """The code of a currency `word` (`ريال`) and its `adjective` (`عماني`) if any, else of the country the text
    speaks of."""
    if adjective:
        return grammar.currency_adjectives[_key(adjective, lang)]
    code = grammar.currencies[_key(word, lang)]
    if code in _currency_countries(lang):
        if code not in context:
            context[code] = _country_currency(text, code, lang)
        return context[code]
    return code


def _country_currency(text: str, default: str, lang: Lang) -> str:
    """The currency of the country the text names most among those sharing the word (`dinars` in Algiers)."""
    pattern, codes = _currency_countries(lang)[default]
    counts: dict[str, int] = {}
    for found in pattern.finditer(text):
        code = codes[re.sub(r"\s+", " ", fold(found.group()))]
        counts[code] = counts.get(code, 0) + 1
    return max(counts, key=counts.get) if counts else default


@cache
def _currency_countries(lang: Lang) -> dict[str, tuple[re.Pattern[str], dict[str, str]]]:
    out = {}
    for default, names in table("quantities")[f"{lang}_currency_countries"].items():
        names = {re.sub(r"\s+", " ", k): v for k, v in names.items()}
        words = alternation(names, arabic=lang == "ar")
        out[default] = (re.compile(rf"(?<!\w)(?:{words})(?!\w)", 0 if lang == "ar" else re.IGNORECASE), names)
    return out


def _iso_duration(number: Decimal, period: str) -> str:
    count = _text_value(number)
    if period == "10Y":
        return f"P{_text_value(number * 10)}Y"
    if period in ("H", "MIN", "S"):
        return f"PT{count}{'M' if period == 'MIN' else period}"
    return f"P{count}{period}"


def _entity(kind: str, text: str, start: int, end: int, number: Decimal, unit: str | None,
            attrs: dict[str, object]) -> Entity:
    return Entity(kind, text[start:end], start, end, _text_value(number), float(number), unit, attrs)


_MARKS_AND_TATWEEL = re.compile("[\u064b-\u0652\u0640]")


def _strip_marks(word: str) -> str:
    return _MARKS_AND_TATWEEL.sub("", word)


def _strip_case(word: str) -> str:
    """Drop the accusative ending of a counted noun: `موظفا` -> `موظف`, `مشاركاً` -> `مشارك`."""
    bare = _strip_marks(word)
    if len(bare) > 3 and bare.endswith("ا") and (not bare.endswith(("ايا", "وا", "اا")) or fold(bare) in _NOUNS_IN_WA_AR):
        return bare[:-1]
    return bare


def _is_number_word(word: str, grammar: _Grammar) -> bool:
    return word in grammar.words or word in grammar.scales


@cache
def _month_words() -> frozenset[str]:
    months = table("months")
    return frozenset(w for key in ("gregorian_ar", "hijri_ar") for w in months[key] if " " not in w)


@cache
def _words_of(name: str) -> frozenset[str]:
    """A word list of quantities.json as a set: ar_compound_units, en_modifiers, ..."""
    return frozenset(table("quantities")[name])
