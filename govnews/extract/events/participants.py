"""Who takes part in an event: the participants counted (`شارك فيها 22 موظفا`, `بمشاركة 300`, `attended by 40`) or
expected, and the speakers of its lectures."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from govnews.extract.events.sentences import _in
from govnews.extract.wordlists import MARKS, alternation, fold
from govnews.records import Entity

# what a number after `بمشاركة` may count that takes part without being people: countries, cities, bodies
_BODIES_AR = alternation(
    fold(w)
    for w in (
        "دولة دولتين دولتان دول بلد بلدا بلدان مدينة مدينتين مدن إمارة إمارات جهة جهتين جهات منظمة منظمات "
        "شركة شركات وزارة وزارات مؤسسة مؤسسات هيئة هيئات جامعة جامعات جمعية جمعيات دائرة دوائر مركز مركزا مراكز "
        "دار دور بنك بنكا بنوك مدرسة مدارس فريق فريقا فرق نادي ناديا أندية"
    ).split()
)
_BODIES_AFTER = rf"\s*(?:من\s+(?:ال)?)?{_BODIES_AR}{MARKS}(?!\w)"  # 50 دولة, 40 من الشركات
_COUNTS_BODIES = re.compile(_BODIES_AFTER)
_PEOPLE_OF_AR = (
    r"(?:[أا]خصائي|مختص|متخصص|موظف|معلم|طلاب|طلبة|طالبات|أطباء|اطباء|ممرض|باحث|خبراء|شباب|قيادات|منسوب|عامل|مشارك"
    r"|متدرب|[إا]داري|فني|مهندس|مسؤول|أعضاء|اعضاء|منتسب|\w+يين)"
)
_PARTICIPANTS = re.compile(
    r"(?:شارك فيها|شارك فيه|شارك بها|يشارك فيها|بمشاركة|[يت]?شهدت? مشاركة|حضرها|حضره|[يت]?شاركت? في (?:هذه |هذا )?ال\w+"
    r")"  # the English cues are read by _people_en
    r"\s+(?:أكثر من|نحو|حوالي|more than|over|about|some|around)?\s*(\d[\d,]*)"
    rf"(?![\d,])(?!{_BODIES_AFTER})"
    r"|(\d[\d,]*)\s+(?:مشارك|مشاركا|مشاركة|متدرب|متدربا|متدربين|موظف|موظفا|موظفين|طالب|طالبا|[إا]طارا?|خبيرا?|شابا?"
    r"|مسؤولا?|مستثمرا?|ممثلا?|عضوا?|معلما?|باحثا?|متخصصا?|participants|trainees|employees|attendees|delegates"
    # or `من` and the people in the plural (`لـ50 من الأخصائيين`, `40 من منسوبي الوزارة`)
    rf"|من\s+(?:ال)?{_PEOPLE_OF_AR})"
)
_EXPECTED = re.compile(r"المتوقع|يتوقع|expected|anticipated")
# what takes part in an English event without being people: `30 countries`, `400 companies`, `150 exhibitors`
_BODIES_EN = (r"(?:countries|nations|states|cities|emirates|governorates|companies|firms|entities|institutions|bodies"
              r"|organi[sz]ations|agencies|ministries|departments|universities|schools|banks|governments|exhibitors"
              r"|pavilions|start-?ups|brands|teams|clubs)")
# the people after an English cue of participation: the first count no body and no place they come from
_CUE_EN = re.compile(
    r"\b(?:attended by|(?:with|sees|saw|witnessed|witnesses|witness) the participation of|participated by|in the presence of"
    r"|(?:brings|bring|brought|bringing) together|gather(?:s|ed|ing)?)\s+"
)
_PEOPLE_EN = re.compile(
    r"(?<![\d,.])(?<!from )(\d[\d,]*(?:\.\d+)?)(?![\d,.]*\d)(?:\s+(thousand|million))?"
    rf"(?!\s+(?:[a-z][\w-]*\s+)?{_BODIES_EN}\b)"
)
_SCALES_EN = {"thousand": 1_000, "million": 1_000_000}
# whom an English event is held for, right after its mention (`a training course for 120 university lecturers`,
# `for 35 young women`; not `for three days`, `for 30 countries`)
_FOR_PEOPLE_EN = re.compile(
    r"(?:\s+[^\s.;:,]+){0,8}?\s+for\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|around\s+)?(\d[\d,]*)"
    rf"(?!\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_BODIES_EN}|days?|weeks?|months?|years?|hours?|minutes?)\b)"
    r"(?=\s+(?:[a-z][\w-]*\s+){0,2}(?:[a-z]+s|people|staff|personnel|youth|women|men|children)\b)"
)
_SIGNED = frozenset({"agreement"})  # events whose people are counted only by a cue of taking part (`بمشاركة 40`)
_CLAUSE_EN = re.compile(r"(?:[^.;:\n]|\.(?=\d))*")  # to the end of the clause; 1.5 goes on
_NUMBER = re.compile(r"(\d[\d,]*)")


def _participants(r, text, bounds, *, lang: str, beside: Sequence[tuple[int, int]] = ()) -> tuple[int | None, int | None]:
    """(participants, expected participants) told in a sentence of the event's mentions, from its mention (or the
    sentence's start, when no other event is named before it) to the next other event's (`a festival with an
    exhibition with the participation of 60 craftsmen and a symposium`: the exhibition's)."""
    for m in r.mentions:
        span = bounds[m.sent]
        lo = m.start if any(span[0] <= a and b <= m.start for a, b in beside) else span[0]
        hi = min([span[1]] + [a for a, b in beside if m.end <= a < span[1]])
        sentence = text[lo:hi]
        expected = _EXPECTED.search(sentence)
        people = _people_en(sentence) if lang == "en" else None
        if people is None and lang == "en" and (held_for := _FOR_PEOPLE_EN.match(text, m.end)):
            people = int(held_for.group(1).replace(",", ""))  # a training course for 120 university lecturers
        if people is not None:
            return (None, people) if expected else (people, None)
        for p in _PARTICIPANTS.finditer(sentence):
            if r.type in _SIGNED and not p.group(1):
                continue  # وقعت ... مذكرة تفاهم ... لتدريب 500 باحث عن عمل: whom it is for, not who signed
            n = int((p.group(1) or p.group(2)).replace(",", ""))
            return (None, n) if expected else (n, None)
        if expected:
            num = _NUMBER.search(sentence, expected.end())
            if num and _COUNTS_BODIES.match(sentence, num.end()):
                continue  # يتوقع أن يشارك أكثر من 50 دولة: bodies, not people
            if num and re.search(r"أكثر من|نحو|حوالي|more than|over|about|around", sentence[expected.end() : num.start()]):
                return None, int(num.group(1).replace(",", ""))
    return None, None


# a sentence that opens on attending the event just told of, by its pronoun (`وحضرها أكثر من 100 شخص`,
# `كما شارك فيها 20 موظفا`)
_ATTENDED_IT_AR = re.compile(r"\s*(?:و|كما\s+)?(?:حضرها|حضره|[يت]?شارك\s+(?:فيها|فيه|بها))\s")


def _attended_next_ar(r, text: str, bounds, others: set[int]) -> int | None:
    """The participants of an Arabic event counted in the sentence after its last mention, when that
    sentence opens on attending it and mentions no other event."""
    last = max(m.sent for m in r.mentions)
    after = min((s for s in bounds if s > last), default=None)  # a full stop before a line break leaves a number empty
    if after is None or after in others:
        return None
    span = bounds[after]
    if not _ATTENDED_IT_AR.match(text, span[0]):
        return None
    p = _PARTICIPANTS.search(text, span[0], span[1])
    return int((p.group(1) or p.group(2)).replace(",", "")) if p else None


def _people_en(sentence: str) -> int | None:
    """The count of people after an English cue of participation, to the end of its clause: `with the
    participation of more than 200 experts from 30 countries` 200, `of 400 companies and 10,000 job seekers`
    10,000, `attended by 1.5 million viewers` 1,500,000."""
    cue = _CUE_EN.search(sentence)
    if cue is None:
        return None
    clause = _CLAUSE_EN.match(sentence, cue.end()).group()
    count = _PEOPLE_EN.search(clause)
    if count is None:
        return None
    number = float(count.group(1).replace(",", "")) * _SCALES_EN.get(count.group(2) or "", 1)
    return int(number)


def _speakers(r, entities, bounds, venue: Entity | None = None) -> list[str]:
    """The people named in the sentences of a lecture, but one its venue is named after (`على قاعة الشهيد محمد
    باقر الصدر`)."""
    spans = [bounds[m.sent] for m in r.mentions if m.type == "lecture"]
    spans += [_session_bounds(s, bounds) for s in r.sessions if s["type"] == "lecture"]
    out = []
    for e in entities:
        if e.type == "PERSON" and any(_in(e, sp) for sp in spans) and len(e.text.split()) > 1 and e.text not in out:
            if venue is not None and _in(e, (venue.start, venue.end)):
                continue
            out.append(e.text)
    return out


def _session_bounds(session: dict[str, Any], bounds) -> tuple[int, int]:
    """The sentence span that holds a session's mention."""
    for span in bounds.values():
        if span[0] <= session["start"] < span[1]:
            return span
    return (session["start"], session["end"])
