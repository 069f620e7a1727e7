"""Make an event's record from the sentences of its mentions: its type, name, title or slogan, ordinal and
programme, with the fields the other modules find (organizer, parties, venue, location, dates, participants,
speakers); a meeting told of by reference takes where and when also from the reception before it (`استقبل`,
`received`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from govnews.extract.events.bodies import _partner
from govnews.extract.events.classifier import _classified_type
from govnews.extract.events.dates import _closing_day, _dates, _end_after_days, _given_at_closing, _lasting_until
from govnews.extract.events.grouping import _Record
from govnews.extract.events.mentions import _Mention, _name_end_ar
from govnews.extract.events.organizer import _organizer, _parties, party_name
from govnews.extract.events.participants import _attended_next_ar, _participants, _speakers
from govnews.extract.events.place import _location, _venue, _visited, _venue_phrase_ar, _venue_phrase_en, _with_building_ar
from govnews.extract.gazetteer import fold_key, lookup
from govnews.extract.numbers import find_ordinals
from govnews.extract.tokens import Tokens
from govnews.records import Entity, Event

_ORDINAL_EN = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I)
_ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()

_PROGRAM_EN = re.compile(
    r"\bwithin (?:the )?((?:[\w\-]+ ){0,5}program(?:me)?(?: (?:for|of) the(?: [\w\-]+){1,3})?)", re.I
)

_PRESS_CONFERENCE = re.compile(r"\b(?:press|news)\s+conference|صح[اـ]?في")  # always `other`, whatever its sentence tells
_AWARDING_EN = re.compile(r"\b(?:winners?|awards?|awarded|prizes?|honou?r(?:ed|ing))\b", re.I)


def _record_to_event(
    r: _Record, text: str, tk: Tokens, entities: list[Entity], bounds, *, lang: str, others: set[int] = frozenset(),
    beside: Sequence[tuple[int, int]] = (),
) -> Event:
    """Fill an event's fields from the sentences of its mentions (`bounds`: sentence -> its span;
    `others`: the sentences that mention other events; `beside`: the spans of their mentions)."""
    # the name comes from a mention of the event's own type (a later `الاتفاقية` of a cabinet session is no name for it)
    own = [m for m in r.mentions if m.type == r.type] or r.mentions
    # (a meeting told by its verb, `استقبل`, takes the name of its noun when one refers back to it, `اللقاء`)
    named = max(own, key=lambda m: (m.title is not None, not (m.verb and m.type == "meeting"), len(m.name.split())))
    attrs: dict[str, Any] = {
        "mentions": [[m.start, m.end] for m in r.mentions],
    }
    slogan = next((m.slogan for m in r.mentions if m.slogan), None)
    if slogan:
        attrs["slogan"] = slogan
    # with no title, its slogan names it, else what it is about (`ورشة عمل حول إدارة المخاطر`)
    title = next((m.title for m in r.mentions if m.title), slogan) or next((m.topic for m in r.mentions if m.topic), None)
    organizer = _organizer(r, text, tk, entities, bounds, lang=lang)
    if r.type == "agreement":
        parties, signed = _parties(r, text, tk, entities, bounds, lang=lang)
        if parties:
            attrs["parties"] = [party_name(e) for e in parties]
        first = parties[0] if signed and parties and parties[0].type == "ORG" and not _partner(text, parties[0]) else None
        if first is not None and (organizer is None or first.attrs.get("source") == "role"):
            organizer = first  # وقع معالي وزير الصحة ... وسعادة سفير ...: the first who signs (a country organizes none)
    reception = _reception_before(r, tk, bounds, others, lang=lang)
    placed = _Record(r.type, [reception, *r.mentions]) if reception else r  # where and when: the reception's too
    venue_ent = _venue(placed, entities, bounds, text, lang=lang)
    if lang == "ar":
        hall = _venue_phrase_ar(placed, tk)
        venue_ent = _with_building_ar(venue_ent or hall, hall, tk)
    elif venue_ent is None:
        venue_ent = _venue_phrase_en(placed, text, bounds)
    visited = _visited(r, entities, bounds, text)
    if visited is not None and visited.type == "ORG":
        venue_ent = visited  # زار الوزير مستشفى الملك فهد العام بجدة: the hospital
    location_ent = _location(placed, entities, bounds, text, exclude=venue_ent, organizer=organizer)
    if visited is not None and visited.type == "LOC":
        location_ent = visited  # زار أمير المنطقة الشرقية اليوم محافظة الأحساء
    until = _lasting_until(r, text, entities, bounds, lang, others)
    dates = _dates(placed, entities, bounds, others, skip=until, named_day=lang == "ar", text=text)
    participants, expected = _participants(r, text, bounds, lang=lang, beside=beside)
    if participants is None and expected is None and lang == "ar":
        participants = _attended_next_ar(r, text, bounds, others)
    if organizer and organizer.entity_id:
        attrs["organizer_id"] = organizer.entity_id
    if location_ent and location_ent.entity_id:
        attrs["location_id"] = location_ent.entity_id
    if expected:
        attrs["expected_participants"] = expected
    ordinal = _ordinal(named.name if lang == "ar" else text[max(0, named.start - 12) : named.end], lang)
    if ordinal:
        attrs["ordinal"] = ordinal
    speakers = _speakers(r, entities, bounds, venue_ent)
    if speakers:
        attrs["speakers"] = speakers
    program = _program(r, text, tk, bounds, lang=lang)
    if program:
        attrs["program"] = program
    if r.sessions:
        attrs["sessions"] = r.sessions
    attrs.update(r.counts)
    start, end = (dates.split("/", 1) + [None])[:2] if dates else (None, None)
    if until is not None and end is None and (start is None or start <= until.value[:10]):
        end = until.value[:10]
    if end is None and (closed := _closing_day(r, text, entities, bounds)) is not None:
        if start is None or closed[1] == start:
            start, end = closed  # concluded today a five-day course
        elif start < closed[1]:
            end = closed[1]  # اختتمت اليوم فعاليات المؤتمر الذي انطلق في 3 مارس
    if end is None:
        end = _end_after_days(r, start, text, entities, bounds)  # تنطلق يوم الاثنين ... وتتواصل على مدى يومين
    start, end = _given_at_closing(r, text, bounds, start, end)
    event_type = r.type
    if event_type == "other" and not _PRESS_CONFERENCE.search(named.name):  # a generic cue (ceremony, festival): ask the classifier
        sentence = text[slice(*bounds[named.sent])]
        event_type = _classified_type(sentence, lang=lang, attrs=attrs)
        if event_type == "other" and named.cue == "ceremony" and _AWARDING_EN.search(sentence):
            event_type = "award"  # announced the winners during a ceremony: an award ceremony
    name = named.name
    if named.verb:  # a visit told by its verb is named by the place visited, else by the verb
        name = _value(visited) if visited is not None else text[named.start : named.end]
    return Event(
        event_type,
        name,
        title,
        _value(organizer),
        _value(location_ent),
        venue_ent.text if venue_ent else None,
        start,
        end,
        participants,
        attrs,
    )


# a verb of receiving a guest or meeting someone: the meeting a later `اللقاء` / `the meeting` refers back to
_RECEIVE_AR = frozenset(fold_key(w) for w in "استقبل استقبلت واستقبل واستقبلت التقى التقت والتقى والتقت".split())
_RECEIVE_EN = frozenset(("received", "receives", "met"))


def _reception_before(r: _Record, tk: Tokens, bounds, others: set[int], *, lang: str) -> _Mention | None:
    """A mention at the verb of the reception a meeting record refers back to: its mentions all definite
    (`وأكد سموه خلال اللقاء`, `The meeting was attended by`), and one of the two sentences before the first
    tells of someone receiving or meeting someone (`استقبل ... بقصر القضيبية اليوم ...`), about no other event."""
    if r.type != "meeting" or not all(m.definite for m in r.mentions):
        return None
    first = r.mentions[0]
    receiving = _RECEIVE_AR if lang == "ar" else _RECEIVE_EN
    for s in (first.sent - 1, first.sent - 2):
        if s not in bounds or s in others:
            continue
        lo, hi = bounds[s]
        i = tk.index_at(lo)
        while i < len(tk) and tk.starts[i] < hi:
            if tk.words[i] in receiving:
                return _Mention(r.type, tk.starts[i], tk.ends[i], first.name, s, False, False, tok=i)
            i += 1
    return None


def _value(e: Entity | None) -> str | None:
    if e is None:
        return None
    if e.type == "LOC":  # as written, with the article a clitic `ل` took in (`زيارته للعراق`: العراق, not لعراق;
        # `للمملكة العربية السعودية`: المملكة العربية السعودية)
        restored = "ا" + e.text
        known = e.value and fold_key(restored) == fold_key(e.value) or any(x.type == "LOC" for x in lookup(restored))
        return restored if e.text.startswith("ل") and known else e.text
    return e.value or e.text


def _ordinal(name: str, lang: str) -> int | None:
    if lang == "ar":
        found = find_ordinals(name, lang="ar")  # الخامس عشر: 15
        return int(found[0].number) if found else None
    m = _ORDINAL_EN.search(name)
    if not m:
        return None
    return int(m.group(1)) if m.group(1) else _ORDINAL_WORDS.index(m.group(2).lower()) + 1


_WITHIN = "ضمن"


def _program(r, text, tk, bounds, *, lang) -> str | None:
    if lang != "en" and _WITHIN not in tk.folded.text:
        return None  # no `ضمن برنامج` in the text
    for m in r.mentions:
        span = bounds[m.sent]
        if lang == "en":
            p = _PROGRAM_EN.search(text, span[0], span[1])
            if p:
                return p.group(1)
            continue
        i = tk.index_at(span[0])
        while i < len(tk) and tk.starts[i] < span[1]:
            if tk.words[i] == _WITHIN and i + 1 < len(tk) and tk.words[i + 1] == "برنامج":
                j = i + 2
                while j < len(tk) and j - i < 4 and not tk.definite(j) and tk.words[j][0].isalpha():
                    j += 1
                j = _name_end_ar(tk, j, definite=True)
                return tk.span_text(i + 1, j)
            i += 1
    return None
