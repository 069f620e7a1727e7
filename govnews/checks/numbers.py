"""`number`: a value on one side that is missing or different on the other.

Values are compared, not strings: the extractor has already read digits in any script, scale words,
number words, percents and currencies (`59,19 مليون` is 59190000, `four` is 4). A value counts as
present when the aligned unit or a neighbouring one has it on the other side in any form (an entity,
a date's year or day, a duration, or loose digits), or, failing that, anywhere in the other document.
Values left over on both sides of one unit are reported together as a difference; two bare years so (`عام 2012` /
`2021`) as a difference of dates, under `date`.

Ordinals (`اجتماعها العاشر` / `its tenth meeting`, `الدورة السادسة والعشرين` / `the 26th session`, `للمرة الأولى` /
`for the first time`) are compared with ordinals only, a first or a second only where it counts a thing (`الأول`,
`الثاني` also name months and days, `first` is an adverb too): one left over on each side of a unit is a
difference; one on one side only is no finding, translators drop them or write them as counts (`للعام السادس على
التوالي` / `for six years in a row`).

A change told from one value to another with the two values the other way round is a difference too, though both
sides hold both values (`ارتفع من 120 ألفا إلى 180 ألفا` / `rose from 180,000 to 120,000`, `74 بالمئة مقابل 61 بالمئة`
/ `61 percent compared with 74 percent`): each side's changes are read as (before, after) from `من ... إلى`, `مقابل`,
`from ... to`, `to ... from`, `up from`, `compared with`.

An amount stated with the same value in another currency is a difference too (`143 مليار درهم` / `143 billion
dollars`); currencies one word names in either language (a dirham, a dinar, a riyal, a pound or lira) count as one,
since the word alone does not tell the country's (`درهم` / `MAD`).
"""

from __future__ import annotations

import functools
import re
from typing import Iterator

from govnews.checks._text import ARABIC_LETTER_RE, ascii_digits, contains_value, digit_values, format_value, quote
from govnews.checks._units import PairContext, UnitView
from govnews.extract.numbers import find_ordinals
from govnews.extract.wordlists import fold, table
from govnews.records import Entity, Finding

NUMERIC_TYPES = frozenset({"NUMBER", "PERCENT", "MONEY"})
_ISO_NUMBERS_RE = re.compile(r"\d+(?:\.\d+)?")
_HAS_DIGIT_RE = re.compile(r"[0-9٠-٩۰-۹]")
_DIGIT_RE = re.compile(r"[0-9]")
SMALL_WORD_NUMBER = 10  # number words up to this are often idiom (`one of the`, `من أهم`), not facts


_YEAR_RE = re.compile(r"^\d{4}$")
_CODE_RE = re.compile(r"^\d+[A-Za-z]$")  # `1b`, `2B`: a label, however a reader may take it


def _numeric(entities) -> list[Entity]:
    """The value mentions of a side: numbers, percents, amounts, and bare years (`in 2015`, `عام 2015`)."""
    out = []
    for e in entities:
        if e.type in NUMERIC_TYPES and e.number is not None and not _CODE_RE.match(e.text):
            out.append(e)
        elif e.type == "DATE" and e.value and _YEAR_RE.match(e.value):
            out.append(Entity("NUMBER", e.text, e.start, e.end, number=float(e.value), attrs={"year": True}))
        elif e.type == "DURATION" and e.value:
            # the count of a duration (`4-week` is 4, `2 من الأسابيع` is 2): units are rendered too freely
            # (`أسبوعين`, `14 days`) to compare whole durations, counts are what a slip changes
            amount = _ISO_NUMBERS_RE.search(e.value)
            if amount:
                out.append(Entity("NUMBER", e.text, e.start, e.end, number=float(amount.group()), attrs={"duration": True}))
    return out


# one comma before three digits: a decimal comma (`59,19 مليون`) or a thousands one (`3,200 مليون`)
_AMBIGUOUS_COMMA_RE = re.compile(r"(?<![\d,،.])\d{1,3}[,،]\d{3}(?![\d,،.])")


def _readings(entity: Entity) -> tuple[float, ...]:
    """The values a mention may mean: an Arabic `3,200 مليون` is 3.2 million with a decimal comma and
    3,200 million with a thousands one; the extractor picks one, a comparison accepts either. (A
    fraction of a scale, `مليار ونصف`, is already in the extractor's value.)"""
    number = float(entity.number)
    if _AMBIGUOUS_COMMA_RE.search(ascii_digits(entity.text)) and ARABIC_LETTER_RE.search(entity.text):
        return number, number * 1000, number / 1000
    return (number,)


def _matched(values: set[float], entity: Entity) -> bool:
    return any(contains_value(values, v) for v in _readings(entity))


def _evidence(entities, text: str) -> set[float]:
    """Every value a stretch of text shows, however written."""
    values = {v for e in entities if e.number is not None for v in _readings(e)}
    for e in entities:
        if e.type in ("DATE", "DURATION") and e.value:
            values |= {float(n) for n in _ISO_NUMBERS_RE.findall(e.value)}
    return values | digit_values(text)


def _describe(entity: Entity) -> str:
    shown = format_value(float(entity.number))
    text = quote(entity.text)
    digits = "".join(_DIGIT_RE.findall(ascii_digits(entity.text)))
    if digits and digits == shown.replace(",", "").replace(".", ""):
        return text  # the value reads as written (`2001 hours`): no need to repeat it
    return f"{text} ({shown}{'%' if entity.type == 'PERCENT' else ''})"


def _severity_missing(entity: Entity, side: str) -> str:
    """Digits on one side only are an error (translations carry digits over); a number in words is
    a warning (words are read less surely), a small one a note (`one of the`). English digits 1 and 2
    are a warning: Arabic says one and two with the singular and the dual (`فاز بثلاثة أهداف مقابل هدف`,
    `تعادل بهدفين لمثلهما` for `3-1`, `2-2`), with no numeral to compare."""
    if _HAS_DIGIT_RE.search(entity.text):
        return "warning" if side == "en" and entity.number in (1, 2) else "error"
    if abs(entity.number) > SMALL_WORD_NUMBER or entity.type != "NUMBER":
        return "warning"
    return "info"


def _comparable(ar_m: Entity, en_m: Entity) -> bool:
    """Whether an English value left over may be what an Arabic one left over says differently: any, but for an Arabic
    dual (`ورشتين`), which only a small count opposite contradicts (`three workshops`), not a year or a figure."""
    if not ar_m.attrs.get("dual"):
        return True
    return (en_m.type == "NUMBER" and en_m.number <= SMALL_WORD_NUMBER
            and not any(en_m.attrs.get(k) for k in ("year", "loose", "duration", "ordinal")))


def _both_years(ar_m: Entity, en_m: Entity) -> bool:
    """Whether two values that differ are bare years (`منذ عام 2012` / `since 2021`): a difference of dates, which
    the date check leaves to this one."""
    return bool(ar_m.attrs.get("year") and en_m.attrs.get("year"))


# not glued to Latin letters: `R0`, `B0AT1`, `H1N1` are codes, written alike on both sides or spelled out
_LOOSE_RE = re.compile(r"(?<![\d:٫.,A-Za-z])[0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*(?![\d:٫A-Za-z])")


# Arabic duals of the nouns releases pair (`البلدين`, `الجانبين`, `الدولتين`): English says `two countries`
_AR_DUAL_RE = re.compile(r"(?<!\w)[وبل]?(?:ال|لل)(?:بلد|جانب|طرف|شعب|وفد|وزير|دولت|حكومت|قيادت|مملكت)(?:ين|ان)(?!\w)")


def _dual_rendered(entity: Entity, ar_text: str) -> bool:
    """Tell whether an English `two` in words renders an Arabic dual of its unit (`البلدين` / `two countries`)."""
    return entity.number == 2 and not _HAS_DIGIT_RE.search(entity.text) and bool(_AR_DUAL_RE.search(ar_text))


def _loose(text: str, offset: int, entities) -> list[Entity]:
    """Digit runs no entity covers (`Figures 2-4`, `SARS-CoV-2`): compared too, digits being copied as they are."""
    spans = [(e.start, e.end) for e in entities]
    out = []
    for match in _LOOSE_RE.finditer(text):
        start, end = offset + match.start(), offset + match.end()
        if any(a <= start < b or a < end <= b for a, b in spans):
            continue
        value = float(re.sub(r"[.,٫٬]", "", ascii_digits(match.group())))
        out.append(Entity("NUMBER", match.group(), start, end, number=value, attrs={"loose": True}))
    return out


def _mentions(entities, text: str, span) -> list[Entity]:
    if span is None:
        return []
    return sorted(_numeric(entities) + _loose(text, span[0], entities), key=lambda e: e.start)


_EN_TENS = {w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_EN_ORDINAL_RE = re.compile(
    r"(?<![\w.,-])(?:(?P<digits>\d{1,4})(?:st|nd|rd|th)"
    rf"|(?:(?P<tens>{'|'.join(_EN_TENS)})-)?(?P<word>[a-z]+(?:st|nd|rd|th)))(?![\w-])",
    re.IGNORECASE,
)
# a king's or pope's number (`Abdullah II`, `Mohammed VI`), what `الثاني`, `السادس` after a name render
_EN_REGNAL_RE = re.compile(r"(?<=[a-z] )(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})(?![\w-])")
_ROMAN = {r: n for n, r in enumerate("I II III IV V VI VII VIII IX X XI XII XIII".split(), 1)}
# the first and second of a thing, which name other things too: a month (`ربيع الأول`, `جمادى الأولى`, `كانون الثاني`,
# `تشرين الأول`), a day (`أول أمس`, `أمس الأول`), a compound (`ثاني أكسيد الكربون`); they are compared only where they
# count (`الدورة الثانية`, `لأول مرة`, `the second edition`, `for the first time`, `its 2nd meeting`)
FIRST_COMPARED_ORDINAL = 3
_AR_FIRST_SECOND_RE = re.compile(r"(?<!\w)(?:[وف]?[بل])?(?P<word>[أا]ول|ثاني)(?!\w)")
_AR_NOT_COUNTING_BEFORE = re.compile(r"(?<!\w)(?:ربيع|جماد[ىي]|كانون|تشرين|[أا]مس)\s+$")
_AR_NOT_COUNTING_AFTER = re.compile(r"\s+(?:[أا]مس|من\s+[أا]مس|[أا]كسيد)(?!\w)")
# `first`, `second` after a determiner are ordinals of a thing (`the first time`, `its second edition`); else they may
# be adverbs (`first visited`, `First, ...`)
_EN_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:the|its|their|his|her|our|this)\s+$", re.IGNORECASE)


def _ordinal(text: str, start: int, value: float, compared: bool = True) -> Entity:
    """An ordinal mention; `compared`: whether it is compared with the ordinals opposite (a first or a second that
    counts, or any from the third on)."""
    return Entity("NUMBER", text, start, start + len(text), number=value,
                  attrs={"ordinal": True, "compared": compared})


def _ordinals(text: str, offset: int, lang: str) -> list[Entity]:
    """The ordinals of a stretch of text, with offsets into its document."""
    if lang == "ar":
        out = [_ordinal(e.text, offset + e.start, e.number, _counts_ar(text, e.start, e.end, e.number))
               for e in find_ordinals(text, lang="ar")]
        for m in _AR_FIRST_SECOND_RE.finditer(text):  # لأول مرة, ثاني أكبر
            value = 1.0 if fold(m.group("word")) == "اول" else 2.0
            out.append(_ordinal(m.group("word"), offset + m.start("word"), value,
                                _counts_ar(text, m.start("word"), m.end(), value)))
        return sorted(out, key=lambda e: e.start)
    words = table("numerals")["en_ordinals"]
    out = []
    for m in _EN_ORDINAL_RE.finditer(text):
        if m.group("digits"):
            value = float(m.group("digits"))
        elif m.group("word").lower() in words:
            value = float(words[m.group("word").lower()] + (_EN_TENS[m.group("tens").lower()] if m.group("tens") else 0))
        else:
            continue
        counts = value >= FIRST_COMPARED_ORDINAL or bool(m.group("digits")) or _EN_DETERMINER_BEFORE.search(
            text, max(0, m.start() - 8), m.start()) is not None
        out.append(_ordinal(m.group(), offset + m.start(), value, counts))
    out += [_ordinal(m.group(), offset + m.start(), float(_ROMAN[m.group()]), _ROMAN[m.group()] >= FIRST_COMPARED_ORDINAL)
            for m in _EN_REGNAL_RE.finditer(text)]
    return out


def _counts_ar(text: str, start: int, end: int, value: float) -> bool:
    """Whether an Arabic ordinal counts a thing, to be compared: any from the third on; a first or a second that names
    no month or day."""
    if value >= FIRST_COMPARED_ORDINAL:
        return True
    return not (_AR_NOT_COUNTING_BEFORE.search(text, max(0, start - 8), start) or _AR_NOT_COUNTING_AFTER.match(text, end))


def _ordinal_differences(
    ctx: PairContext,
    ar_ordinals: list[list[Entity]],
    en_ordinals: list[list[Entity]],
    ar_seen: list[set[float]],
    en_seen: list[set[float]],
) -> Iterator[Finding]:
    """Yield an error for each ordinal of a unit that differs from one left over opposite (`العاشر` / `eleventh`);
    `*_seen`: every value each unit shows, ordinals included."""

    def left(index: int, mentions: list[Entity], other: list[set[float]], entities: list[Entity]) -> list[Entity]:
        near = set().union(*other[max(0, index - 1) : index + 2])
        return [m for m in mentions if m.attrs["compared"] and not contains_value(near, m.number)
                and not _in_a_date(m, entities)]

    for unit in ctx.units:
        if unit.index in ctx.skip_en_units or ctx.one_sided(unit):
            continue
        pairs = zip(left(unit.index, ar_ordinals[unit.index], en_seen, unit.ar_entities),
                    left(unit.index, en_ordinals[unit.index], ar_seen, unit.en_entities))
        for ar_m, en_m in pairs:
            yield ctx.finding(
                "number",
                "error",
                f"Arabic says the {_ordinal_suffix(ar_m.number)} ({quote(ar_m.text)}); "
                f"English says the {_ordinal_suffix(en_m.number)}",
                ar=(ar_m.start, ar_m.end),
                en=(en_m.start, en_m.end),
            )


def _in_a_date(ordinal: Entity, entities: list[Entity]) -> bool:
    """Whether an ordinal is part of a date with a value (`الربع الثالث من عام 2015`), which the date check compares."""
    return any(e.type == "DATE" and e.value and e.start <= ordinal.start and ordinal.end <= e.end for e in entities)


def _ordinal_suffix(value: float) -> str:
    n = int(value)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@functools.cache
def _currency_families() -> dict[str, str]:
    """Map each currency code to the code its word names by default (`MAD` -> `AED`: both are `درهم`, `dirham`),
    across the languages: codes that one word may name are one family."""
    parent: dict[str, str] = {}

    def root(code: str) -> str:
        while parent.setdefault(code, code) != code:
            code = parent[code]
        return code

    for lang in ("ar", "en"):
        for default, countries in table("quantities")[f"{lang}_currency_countries"].items():
            for code in countries.values():
                parent[root(code)] = root(default)
    return {code: root(code) for code in parent}


def _family(code: str | None) -> str | None:
    return _currency_families().get(code, code) if code else None


def _currency_differences(ctx: PairContext) -> Iterator[Finding]:
    """Yield an error for an Arabic amount whose value the English around its unit gives only in another currency."""
    for unit in ctx.units:
        if unit.index in ctx.skip_en_units or ctx.one_sided(unit):
            continue
        opposite = [e for u in ctx.neighbours(unit.index) for e in u.en_entities if e.type == "MONEY" and e.unit]
        for ar_m in unit.ar_entities:
            if ar_m.type != "MONEY" or not ar_m.unit or ar_m.number is None:
                continue
            same = [e for e in opposite if e.number is not None and _matched({float(e.number)}, ar_m)]
            if same and all(_family(e.unit) != _family(ar_m.unit) for e in same):
                yield ctx.finding(
                    "number",
                    "error",
                    f"Arabic says {quote(ar_m.text)} ({ar_m.unit}); English says {quote(same[0].text)} ({same[0].unit})",
                    ar=(ar_m.start, ar_m.end),
                    en=(same[0].start, same[0].end),
                )


# a change from one value to another, read as (before, after): the words before the first value, and those between
# the two (only bare years may stand between them: `من 120 ألفا في عام 2022 إلى 180 ألفا في عام 2023`)
_AR_FROM_BEFORE = re.compile(r"(?<!\w)من\s+(?:(?:نحو|حوالي|حوالى)\s+)?$")
_AR_TO_BETWEEN = re.compile(r"(?<!\w)(?:إلى|الى)(?!\w)")
_AR_AGAINST_BETWEEN = re.compile(r"(?<!\w)(?:مقابل|مقارنة\s+(?:ب|مع)|بالمقارنة\s+(?:ب|مع))")
_EN_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|around|nearly|some|approximately)\s+)?$", re.IGNORECASE)
_EN_TO_BEFORE = re.compile(r"\bto\s+(?:(?:about|around|nearly|some|approximately)\s+)?$", re.IGNORECASE)
_EN_TO_BETWEEN = re.compile(r"\bto\b", re.IGNORECASE)
_EN_FROM_BETWEEN = re.compile(r"\bfrom\b", re.IGNORECASE)
_EN_AGAINST_BETWEEN = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)(?!\w)", re.IGNORECASE)
_CHANGE_GAP = 90  # characters at most between the two values of a change


def _changes(mentions: list[Entity], text: str, offset: int, lang: str) -> list[tuple[Entity, Entity]]:
    """The changes a unit tells, as (before, after) mentions: `من X إلى Y`, `Y مقابل X`, `from X to Y`, `to Y from X`,
    `Y, up from X`, `Y compared with X`."""
    values = [m for m in mentions if not m.attrs.get("year") and not m.attrs.get("loose")]
    out = []
    for a, b in zip(values, values[1:]):
        gap = text[a.end - offset : b.start - offset]
        if len(gap) > _CHANGE_GAP or any(a.end <= m.start and m.end <= b.start and not m.attrs.get("year") for m in mentions):
            continue
        lead = text[max(0, a.start - offset - 30) : a.start - offset]
        if lang == "ar":
            if _AR_FROM_BEFORE.search(lead) and _AR_TO_BETWEEN.search(gap):
                out.append((a, b))
            elif _AR_AGAINST_BETWEEN.search(gap):
                out.append((b, a))
        elif _EN_FROM_BEFORE.search(lead) and _EN_TO_BETWEEN.search(gap):
            out.append((a, b))
        elif _EN_AGAINST_BETWEEN.search(gap) or _EN_FROM_BETWEEN.search(gap) and (
                _EN_TO_BEFORE.search(lead) or not _EN_TO_BETWEEN.search(gap)):
            out.append((b, a))  # to 180,000 from 120,000; 61 percent, up from 74 percent
    return out


def _swapped_changes(ctx: PairContext, ar_mentions: list[list[Entity]], en_mentions: list[list[Entity]]) -> Iterator[Finding]:
    """Yield an error for each Arabic change whose two values an English change near it gives the other way round."""
    ar_changes = [_changes(m, u.ar_text, u.ar_span[0], "ar") if u.ar_span else [] for u, m in zip(ctx.units, ar_mentions)]
    en_changes = [_changes(m, u.en_text, u.en_span[0], "en") if u.en_span else [] for u, m in zip(ctx.units, en_mentions)]
    for unit in ctx.units:
        if unit.index in ctx.skip_en_units or ctx.one_sided(unit):
            continue
        near = [c for u in ctx.neighbours(unit.index) for c in en_changes[u.index]]
        for ar_before, ar_after in ar_changes[unit.index]:
            if _matched({float(ar_after.number)}, ar_before):
                continue
            for en_before, en_after in near:
                if _matched({float(en_after.number)}, ar_before) and _matched({float(en_before.number)}, ar_after):
                    yield ctx.finding(
                        "number",
                        "error",
                        f"Arabic goes from {_describe(ar_before)} to {_describe(ar_after)}; English goes from "
                        f"{_describe(en_before)} to {_describe(en_after)}: the two values are swapped",
                        ar=(min(ar_before.start, ar_after.start), max(ar_before.end, ar_after.end)),
                        en=(min(en_before.start, en_after.start), max(en_before.end, en_after.end)),
                    )
                    break


def find(ctx: PairContext) -> Iterator[Finding]:
    """Yield a finding for every value of one side the other side lacks or states differently."""
    # an ordinal shows its value (`الساعة الثامنة` / `8 pm`, `للعام السادس` / `six years`)
    ar_ordinals = [_ordinals(u.ar_text, u.ar_span[0], "ar") if u.ar_span else [] for u in ctx.units]
    en_ordinals = [_ordinals(u.en_text, u.en_span[0], "en") if u.en_span else [] for u in ctx.units]
    ar_units = [
        (_mentions(u.ar_entities, u.ar_text, u.ar_span), _evidence(u.ar_entities, u.ar_text) | {m.number for m in o})
        for u, o in zip(ctx.units, ar_ordinals)
    ]
    en_units = [
        (_mentions(u.en_entities, u.en_text, u.en_span), _evidence(u.en_entities, u.en_text) | {m.number for m in o})
        for u, o in zip(ctx.units, en_ordinals)
    ]
    ar_doc_values = _evidence(ctx.ar_entities, ctx.ar_doc.text) | {m.number for o in ar_ordinals for m in o}
    en_doc_values = _evidence(ctx.en_entities, ctx.en_doc.text) | {m.number for o in en_ordinals for m in o}
    yield from _ordinal_differences(ctx, ar_ordinals, en_ordinals, [v for _, v in ar_units], [v for _, v in en_units])
    yield from _currency_differences(ctx)
    yield from _swapped_changes(ctx, [m for m, _ in ar_units], [m for m, _ in en_units])

    def unmatched(index: int, mentions: list[Entity], other: list, reach: int) -> list[Entity]:
        near: set[float] = set()
        for j in range(max(0, index - reach), min(len(other), index + reach + 1)):
            near |= other[j][1]
        return [m for m in mentions if not _matched(near, m)]

    def differences(ar_left: list[Entity], en_left: list[Entity]) -> Iterator[tuple[Entity, Entity]]:
        while ar_left and en_left:
            ar_m = next((m for m in ar_left if any(_comparable(m, e) for e in en_left)), None)
            if ar_m is None:
                break
            ar_left.remove(ar_m)
            opposite = [m for m in en_left if _comparable(ar_m, m)]
            # prefer a value of the same kind (a percent for a percent, a loose digit for a loose digit)
            en_m = next((m for m in opposite if m.type == ar_m.type and m.attrs == ar_m.attrs), opposite[0])
            en_left.remove(en_m)
            yield ar_m, en_m

    unit: UnitView
    for unit in ctx.units:
        if unit.index in ctx.skip_en_units or ctx.one_sided(unit):
            continue  # reported whole as untranslated, omitted or added
        ar_here = unmatched(unit.index, ar_units[unit.index][0], en_units, 0)
        en_here = unmatched(unit.index, en_units[unit.index][0], ar_units, 0)
        ar_left = unmatched(unit.index, ar_here, en_units, 1)
        en_left = unmatched(unit.index, en_here, ar_units, 1)
        pairs = list(differences(ar_left, en_left))
        # a value found nowhere near on one side against one the other side's unit lacks (but a
        # neighbour happens to hold): a change, not a slip of the alignment
        paired = {id(m) for pair in pairs for m in pair}
        pairs += differences(ar_left, [m for m in en_here if id(m) not in paired])
        paired = {id(m) for pair in pairs for m in pair}
        pairs += differences([m for m in ar_here if id(m) not in paired], [m for m in en_left if id(m) not in paired])
        paired = {id(m) for pair in pairs for m in pair}
        # a dual counts the noun beside it: a neighbour's 2 (`2 بالمئة`) does not match it when its own unit counts the
        # noun otherwise (`راتبين إضافيين` / `three additional salaries`, though `الأشهر الثلاثة` is a neighbour's)
        pairs += differences([m for m in ar_here if m.attrs.get("dual") and id(m) not in paired],
                             [m for m in en_here if id(m) not in paired])
        paired = {id(m) for pair in pairs for m in pair}
        ar_left = [m for m in ar_left if id(m) not in paired]
        en_left = [m for m in en_left if id(m) not in paired]
        for ar_m, en_m in pairs:
            yield ctx.finding(
                "date" if _both_years(ar_m, en_m) else "number",
                "error",
                f"Arabic says {_describe(ar_m)}; English says {_describe(en_m)}",
                ar=(ar_m.start, ar_m.end),
                en=(en_m.start, en_m.end),
            )
        # a value stated once more elsewhere in the other document is not missing (the alignment may slip);
        # bare digits (`COVID-19`, `Figure 3`) repeat too often for that to mean anything
        for m in ar_left:
            if m.attrs.get("dual"):
                continue  # the English may leave a pair uncounted (`مذكرتي تفاهم` / `MoUs`)
            if m.attrs.get("loose") or not _matched(en_doc_values, m):
                message = f"Arabic says {_describe(m)}; the English has no such number"
                yield ctx.finding("number", _severity_missing(m, "ar"), message, ar=(m.start, m.end))
        for m in en_left:
            if _dual_rendered(m, unit.ar_text):
                continue
            if m.attrs.get("loose") or not _matched(ar_doc_values, m):
                message = f"English says {_describe(m)}; the Arabic has no such number"
                yield ctx.finding("number", _severity_missing(m, "en"), message, en=(m.start, m.end))
