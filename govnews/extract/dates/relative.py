"""Relative dates, offsets from the publication date: `أمس`, `غدا الأربعاء`, `بعد غد`, `الشهر المقبل`, `next
week`, a day of this or the next month (`21 من الشهر الجاري`), and when `اليوم` is today rather than a noun."""

from __future__ import annotations

import re
from functools import cache

from govnews.extract.dates.found import _Found
from govnews.extract.dates.grammar import Lang, _direction, _ordinal_days
from govnews.extract.wordlists import ascii_digits, fold, table

_RELATIVE_AR = {"امس": ("D", -1), "البارحه": ("D", -1), "غدا": ("D", 1), "غد": ("D", 1), "الغد": ("D", 1), "اليوم": ("D", 0)}
_RELATIVE_EN = {"yesterday": ("D", -1), "today": ("D", 0), "tonight": ("D", 0), "tomorrow": ("D", 1)}
_PERIODS = {"العام": "Y", "السنه": "Y", "الشهر": "M", "الاسبوع": "W", "year": "Y", "month": "M", "week": "W"}


# a word between a verb and اليوم that says the day is no adverb (في اليوم, حتى اليوم, إن العالم اليوم)
_NOT_BEFORE_TODAY = frozenset(fold(w) for w in (
    "في", "إلى", "الى", "على", "عن", "من", "مع", "حتى", "منذ", "خلال", "طوال", "طيلة", "مدار", "مدى", "بعد", "قبل",
    "هذا", "هذه", "ذلك", "تلك", "كل", "إن", "أن", "لأن", "مثل", "نهاية", "بداية", "منتصف", "حتي"))
# after اليوم, a word that makes it a noun: اليوم الأول, اليوم المفتوح, اليوم نفسه (and any nisba: اليوم الوطني)
_NOUN_AFTER_TODAY = frozenset(fold(w) for w in (
    "الأخير", "السابق", "المفتوح", "الموعود", "الكامل", "المشهود", "نفسه", "ذاته", "عينه", "الذي", "الأول"))


_WORD_AFTER = re.compile(r"[^\S\n]+(\w+)")
_BETWEEN_COMMAS = re.compile(r"\w[^\S\n]*[،,][^\S\n]*$")
_COMMA_AFTER = re.compile(r"[^\S\n]*[،,]")
_CLAUSE_END = re.compile(r"[.،,:;؛!?؟()\"«»\n]")


def _today_is_date(text: str, start: int, end: int) -> bool:
    """Whether `اليوم` is today: after صباح or مساء, or after a verb of news with at most its subject between
    (`أعلنت الهيئة العامة للإحصاء اليوم`, `افتتح اليوم`); not a noun (`باليوم الوطني`, `اليوم الأول`, `شباب اليوم`)."""
    if start and text[start - 1].isalpha():
        return False  # باليوم, واليوم
    before = text[max(0, start - 120):start]
    if _TIME_OF_DAY_BEFORE.search(before):
        return True  # صباح اليوم, قبل ظهر اليوم
    if _BETWEEN_COMMAS.search(before) and _COMMA_AFTER.match(text, end):
        return True  # افتتح سمو الأمير ... أمير منطقة الرياض، اليوم، فعاليات المؤتمر: an adverb set off by commas
    after = _WORD_AFTER.match(text, end, end + 40)
    if after:
        word = fold(after.group(1))
        nisba = word.startswith("ال") and word.endswith("ي") and word not in _NOUNS_IN_ALEF_MAQSURA
        if word in _NOUN_AFTER_TODAY or word in _ordinal_days() or nisba:
            return False  # اليوم الوطني (but افتتح اليوم المنتدى)
    words = _CLAUSE_END.split(before)[-1].split()
    for position, word in enumerate(reversed(words[-12:])):
        key = fold(word)
        bare = _OBJECT_PRONOUN.sub("", key)
        if _is_news_verb(key) or bare != key and _is_news_verb(bare):
            return True  # افتتح ... اليوم, ندوة صحفية عقدها اليوم
        if position == 0 and (key in _NOT_BEFORE_TODAY or key in _OWNERS_OF_TODAY):
            return False  # في اليوم, حتى اليوم, شباب اليوم: a noun before it owns it
        if key in _CLAUSE_OPENERS:
            return False  # أكد أن ... اليوم: the verb is another clause's
    return False


_TIME_OF_DAY_BEFORE = re.compile(r"(?<!\w)(?:صباح|مساء|ظهر|عصر|فجر|ظهيرة|ليل|ضحى|ضحي)[^\S\n]+$")
_OBJECT_PRONOUN = re.compile(r"(?:ها|هما|هم|ه)$")  # عقدها, افتتحه
_CLAUSE_OPENERS = frozenset(fold(w) for w in ("إن", "أن", "لأن", "الذي", "التي", "الذين", "حيث", "كما", "بينما"))
# nouns that own a following اليوم as "of today" (`شباب اليوم`, `عالم اليوم`), not an adverb of the verb before
_OWNERS_OF_TODAY = frozenset(fold(w) for w in (
    "شباب", "أطفال", "جيل", "أجيال", "عالم", "إنسان", "مجتمع", "مجتمعات", "طلاب", "طالب", "نساء", "رجال", "شعوب", "أبطال",
    "نجوم", "نجم", "تحديات", "متطلبات", "قضايا", "اقتصاد", "اقتصادات", "حياة", "لغة", "واقع", "عصر", "زمن", "أيام",
    "حدث", "أحداث", "مباريات", "مباراة", "لقاء", "لقاءات", "ضيف", "ضيوف", "صحف", "أخبار", "برنامج", "جدول", "فعاليات",
    "نهار", "ساعات", "يوم", "حال", "أسعار", "سعر", "طقس", "درجات", "صلاة", "خطبة"))  # (and _NOT_BEFORE_TODAY)


# nouns in alef maqsura that fold as a nisba adjective does (`المنتدى`: `المنتدي`)
_NOUNS_IN_ALEF_MAQSURA = frozenset(fold(w) for w in "المنتدى الملتقى المستشفى المبنى المستوى المقهى".split())


@cache
def _news_verbs() -> frozenset[str]:
    """Folded forms of the verbs after which اليوم is today: past (أعلن, أعلنت, أعلنوا) and present (يعلن, تعلن)."""
    verbs = table("months")["verbs_before_today_ar"]
    forms = {f + s for f in verbs["past"] for s in ("", "ت", "وا")}
    forms |= {p + f[1:] + s for f in verbs["present"] for p in ("ي", "ت") for s in ("", "ون")}
    return frozenset(forms)


def _is_news_verb(word: str) -> bool:
    verbs = _news_verbs()
    return word in verbs or word[:1] in "وفس" and (word[1:] in verbs or word[1:2] == "س" and word[2:] in verbs)


def _relative(span: str, start: int, end: int, lang: Lang) -> _Found | None:
    key = fold(span) if lang == "ar" else span.lower()
    words = [w for w in (w.strip("()،,") for w in key.split()) if w]  # اليوم، الأحد; tomorrow (Tuesday)
    days = _RELATIVE_AR if lang == "ar" else _RELATIVE_EN
    weekday = table("months")[f"weekdays_{lang}"].get(words[-1]) if len(words) > 1 else None
    if words[0] == "يوم":
        words = words[1:]  # يوم غد
    if words[0] in days and len(words) == (1 if weekday is None else 2):  # غدا, غدا الأربعاء, tomorrow, Tuesday
        return _Found("DATE", start, end, relative=days[words[0]], weekday=weekday)
    if lang == "ar":
        if words[0] == "بعد":  # بعد غد, بعد الغد
            return _Found("DATE", start, end, relative=("D", 2), weekday=weekday)
        if "امس" in words and len(words) == 2:  # أول أمس, أمس الأول
            return _Found("DATE", start, end, relative=("D", -2))
    period = next((_PERIODS[w] for w in words if w in _PERIODS), None)
    if period is None:
        return None
    offset = {"past": -1, "next": 1}.get(_direction(span, lang) or "this", 0)
    return _Found("DATE", start, end, relative=(period, offset))


def _day_of_month(span: str, start: int, end: int) -> _Found | None:
    """A day of this, the next or the last month (`21 من الشهر الجاري`, `الخامس من الشهر المقبل`)."""
    told = fold(span).split(" من ")[0].strip()
    day = _ordinal_days().get(told) or (int(ascii_digits(told)) if ascii_digits(told).isdigit() else 0)
    if not 1 <= day <= 31:
        return None
    offset = {"past": -1, "next": 1}.get(_direction(span, "ar") or "this", 0)
    return _Found("DATE", start, end, [[None, None, day]], relative=("MD", offset))
