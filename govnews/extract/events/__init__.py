"""Find the events a release reports: their mentions (EVENT entities) and one record each.

Event types and their cue words (Arabic cues are matched folded and after a clitic):

| event_type       | Arabic cues                                   | English cues                               |
|------------------|-----------------------------------------------|--------------------------------------------|
| training_course  | دورة تدريبية، برنامج تدريبي أو قيادي، دبلوم تدريبي، الدورة (once known) | training course, coaching course, course, training or leadership programme |
| workshop         | ورشة، ورشة عمل، حلقة عمل، حلقة نقاشية           | workshop                                   |
| lecture          | محاضرة، ندوة                                   | lecture, seminar, symposium, talk          |
| summit           | قمة                                           | summit                                     |
| conference       | مؤتمر، مناظرة                                  | conference, congress                       |
| forum            | منتدى، ملتقى، حوار (before a city: حوار المنامة) | forum, Dialogue (after a name: Manama Dialogue) |
| exhibition       | معرض                                          | exhibition, expo, fair, airshow            |
| meeting          | اجتماع، لقاء، جلسة                              | meeting, session, a series of meetings (not an exam's session) |
| visit            | زيارة                                         | visit                                      |
| agreement        | اتفاقية، اتفاقيتين، مذكرة تفاهم، اتفاق            | agreement, memorandum of understanding, MoU |
| launch           | إطلاق، تدشين، حملة (launched: أطلقت ... الحملة)، مبادرة (launched only) | launch                     |
| award            | جائزة، تكريم                                   | award, prize, a ceremony of winners or awards |
| other            | حفل، احتفال، مهرجان، مسابقة، بطولة، كأس (before a ruler's title), حملة (carried out), مؤتمر صحفي، ندوة صحفية | ceremony, festival, competition, championship, Cup, press conference |

How the modules of this package share the work, in the order the data flows:

- `cues`: the cue words of each type, the verbs of organizing, and the uses of a cue word that are no event.
- `mentions`: the event mentions of a text, each with its name and its title or slogan.
- `grouping`: mentions into records, one an event.
- `fields`: an event from the sentences of its mentions, with `organizer` (its organizer and an agreement's
  parties), `place` (its venue and location), `dates` (its start and end), `participants` (those who take part
  and its speakers) and `classifier` (the type of an event the cue words leave as `other`); `bodies` tells how a
  text names an organization beside an event, `sentences` where each sentence is.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from govnews.extract.events.classifier import CLASSIFIER_CONFIDENCE
from govnews.extract.events.cues import EVENT_TYPES
from govnews.extract.events.dates import long_before, recalled
from govnews.extract.events.fields import _record_to_event
from govnews.extract.events.grouping import _group, _join_headline
from govnews.extract.events.mentions import _bodies_before_cues, _mentions_ar, _mentions_en, held_between
from govnews.extract.events.organizer import organizes_it
from govnews.extract.events.sentences import _sentence_bounds
from govnews.extract.tokens import Tokens
from govnews.records import Entity, Event

__all__ = ["CLASSIFIER_CONFIDENCE", "EVENT_TYPES", "find_events", "names_only_event", "organizes_it"]


def _bounds_before_held(bounds: dict[int, tuple[int, int]], r, records, tokens: Tokens, lang: str) -> dict[int, tuple[int, int]]:
    """The sentence spans an event's fields are read from: a sentence of its mentions that goes on to another event held
    apart, by a verb of its own, ends where that event begins (`ووقع الجانبان مذكرة تفاهم ... يعقد اجتماعه الأول في نيودلهي في مارس`: the
    place and month are the meeting's)."""
    own = dict(bounds)
    for other in records:
        for m in other.mentions if other is not r else ():
            before = [x.end for x in r.mentions if x.sent == m.sent and x.end <= m.start]
            if m.held and before and held_between(tokens, max(before), m, lang=lang):
                own[m.sent] = (own[m.sent][0], min(own[m.sent][1], m.start))
    return own


def _lead_sentences(text: str, tokens: Tokens) -> set[int]:
    """The sentences of a release's lead: the first, and the first after a headline line."""
    lead = {tokens.sent[0]} if len(tokens) else set()
    line = text.find("\n")
    k = tokens.index_at(line + 1) if line >= 0 else len(tokens)
    return lead | ({tokens.sent[k]} if k < len(tokens) else set())


def _recalled(r, ev: Event, text: str, bounds: dict[int, tuple[int, int]], published: dt.date | None, lang: str) -> bool:
    sentences = [text[bounds[m.sent][0] : bounds[m.sent][1]] for m in r.mentions if m.sent in bounds]
    return recalled(ev.start, ev.end, published, sentences, lang)


def names_only_event(e: Entity, start: int, end: int, name: str) -> bool:
    """Whether a name the model reads as an ORG is no more than the event mention `name` at `start`-`end`: its cue
    and an adjective (`البرنامج التدريبي`, `الدورة التدريبية`), the event's words, no body's name (not a word alone:
    `الاتفاق` is also a football club)."""
    plain = e.type == "ORG" and (e.attrs or {}).get("source") == "model" and len(name.split()) == 2
    return plain and (e.start, e.end) == (start, end)


def find_events(
    text: str,
    *,
    lang: Literal["ar", "en"],
    tokens: Tokens,
    entities: list[Entity],
    published: dt.date | None = None,
) -> tuple[list[Event], list[Entity]]:
    """Find the events of a text: (records, EVENT mentions without ids).

    `entities` are the names and values already found in the text (ORG, LOC, DATE, NUMBER, ...); with the day the
    text was `published`, an event that ended more than a year before is history told, no event of the text.
    """
    mentions = _mentions_ar(tokens) if lang == "ar" else _mentions_en(tokens)
    orgs = [(e.start, e.end) for e in entities if e.type == "ORG" and not any(names_only_event(e, m.start, m.end, m.name) for m in mentions)]
    mentions = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in orgs)]
    if lang == "en":
        _bodies_before_cues(mentions, tokens, orgs)
    if not mentions:
        return [], []
    records = _join_headline(_group(mentions), text)
    bounds = _sentence_bounds(tokens)
    sentences = [{m.sent for m in r.mentions} for r in records]
    spans = [[(m.start, m.end) for m in r.mentions] for r in records]
    events = [
        _record_to_event(
            r, text, tokens, entities, _bounds_before_held(bounds, r, records, tokens, lang), lang=lang,
            others=set().union(*sentences[:k], *sentences[k + 1 :]), beside=sum(spans[:k] + spans[k + 1 :], []),
        )
        for k, r in enumerate(records)
    ]  # fmt: skip
    kept = [k for k, ev in enumerate(events) if not long_before(ev.start, ev.end, published)]
    # an event recalled beside the one the release reports (`وفي مارس الماضي عقدت الوزارة مؤتمر ...`) is no event of it
    # (unless told in the lead, a headline's or the first sentence's: the release's own, however long before)
    lead = _lead_sentences(text, tokens)
    kept = [k for k in kept if {m.sent for m in records[k].mentions} & lead or not _recalled(records[k], events[k], text, bounds, published, lang)]
    records, events = [records[k] for k in kept], [events[k] for k in kept]
    mention_entities = []
    for k, (r, ev) in enumerate(zip(records, events), 1):
        for m in r.mentions:
            attrs = {"event_type": ev.event_type}  # the record's, as the classifier may read an `other` event
            mention_entities.append(Entity("EVENT", text[m.start : m.end], m.start, m.end, ev.name, None, None, attrs, f"ev{k}"))
    return events, mention_entities
