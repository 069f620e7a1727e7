"""Link the entities of an Arabic article to the same entities in its English translation.

Mentions are grouped by `entity_id`; two groups of compatible types are compared by

- value, for dates and durations (`2014-09`, `P3Y`) and numbers, percentages and amounts
  (`number`); dates with no value by the weekday they name (`اليوم الأربعاء`, `on Wednesday`);
- name, for people, bodies, places and events: the phonetic skeletons of the two spellings
  (`translit`), the lexicon word by word (`معهد الإدارة العامة` ~ `Institute of Public
  Administration`), aliases, and the country code extraction gives places;

and a pair whose mentions fall in one aligned unit scores higher than one whose mentions never
meet. Groups are then linked one to one, best first.

>>> from govnews.records import Entity
>>> ar = [Entity("PERSON", "علي سبكار", 0, 9, entity_id="e1"), Entity("NUMBER", "2001", 20, 24, number=2001.0, entity_id="e2")]
>>> en = [Entity("NUMBER", "2001", 30, 34, number=2001.0, entity_id="e7"), Entity("PERSON", "Ali Sebkar", 0, 10, entity_id="e3")]
>>> link_entities(ar, en)
{'e1': 'e3', 'e2': 'e7'}
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from govnews.lexicon import AR_STOPWORDS, EN_STOPWORDS, Lexicon, ar_tokens, en_tokens, shared_seed
from govnews.records import AlignedUnit, Document, Entity
from govnews.translit import is_arabic, key_similarity, similarity, word_keys

__all__ = ["link_entities", "name_similarity"]

_NAMES = frozenset({"PERSON", "ORG", "LOC", "EVENT"})
_AMOUNTS = frozenset({"NUMBER", "PERCENT", "MONEY"})
_VALUES = frozenset({"DATE", "DURATION"})
_THRESHOLD = 0.6  # least score for a link
_APART = 0.85  # factor on a pair whose mentions never share an aligned unit
_TOGETHER = 0.1  # bonus for a pair whose mentions share one
_SAME_WEEKDAY = 0.7  # two dates with no value that name the same weekday
_WORD_MATCH = 0.75  # least skeleton similarity for two words to count as the same name word
# the article of a transliterated name (`Al-Sakhir`) and the family's آل (`آل خليفة`): no words of their own
_EN_ARTICLES = frozenset({"al", "el"})
_AR_ARTICLES = frozenset({"ال"})


@dataclass
class _Group:
    entity_id: str
    type: str
    texts: set[str] = field(default_factory=set)
    values: set[str] = field(default_factory=set)
    numbers: set[float] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    weekdays: set[str] = field(default_factory=set)
    sentences: set[int] = field(default_factory=set)


def _groups(entities: Sequence[Entity], doc: Document | None) -> list[_Group]:
    starts = [s.start for s in doc.sentences] if doc is not None and doc.sentences else []
    groups: dict[str, _Group] = {}
    for e in entities:
        eid = e.entity_id or f"{e.type}@{e.start}"
        group = groups.setdefault(eid, _Group(eid, e.type))
        group.texts.add(e.text)
        if e.value:
            group.values.add(e.value)
            if e.type in _NAMES:
                group.texts.add(e.value)
        if e.number is not None and math.isfinite(e.number):
            group.numbers.add(e.number)
        for alias in e.attrs.get("aliases") or ():
            if isinstance(alias, str):
                group.texts.add(alias)
        if isinstance(e.attrs.get("country"), str):
            group.countries.add(e.attrs["country"])
        if isinstance(e.attrs.get("weekday"), str):
            group.weekdays.add(e.attrs["weekday"])
        if starts:
            group.sentences.add(max(0, bisect.bisect_right(starts, e.start) - 1))
    return list(groups.values())


def name_similarity(ar_name: str, en_name: str, *, lexicon: Lexicon | None = None) -> float:
    """Score how well an Arabic name and an English one match, 0 to 1.

    The better of the whole-name phonetic similarity and a word-by-word match in which an
    Arabic word matches an English word it translates to (lexicon) or sounds like (skeleton).

    >>> name_similarity("معهد الإدارة العامة", "Institute of Public Administration")
    1.0
    >>> name_similarity("مملكة البحرين", "Kingdom of Bahrain")
    1.0
    >>> name_similarity("قصر الصخير", "Al-Sakhir Palace")
    1.0
    >>> name_similarity("علي سبكار", "Institute of Public Administration") < 0.3
    True
    """
    if not is_arabic(ar_name) or is_arabic(en_name):
        return similarity(ar_name, en_name) if is_arabic(ar_name) != is_arabic(en_name) else float(ar_name == en_name)
    lexicon = shared_seed() if lexicon is None else lexicon
    whole = similarity(ar_name, en_name)
    a_words = [t for t in ar_tokens(ar_name) if t not in AR_STOPWORDS and t not in _AR_ARTICLES]
    e_words = [t for t in en_tokens(en_name) if t not in EN_STOPWORDS and t not in _EN_ARTICLES]
    if not a_words or not e_words:
        return whole
    e_keys = [word_keys(w) for w in e_words]
    e_hit = [False] * len(e_words)
    a_hit = [False] * len(a_words)
    for i, word in enumerate(a_words):
        translations = lexicon.word_translations(word)
        a_keys = word_keys(word)
        for k, en in enumerate(e_words):
            if en in translations or (
                a_keys and e_keys[k] and len(a_keys[0]) >= 2 and key_similarity(a_keys[0], e_keys[k][0]) >= _WORD_MATCH
            ):
                e_hit[k] = a_hit[i] = True
    # Phrases the lexicon knows as a whole (`المجلس التنفيذي` = `executive council`).
    for size in range(2, min(len(a_words), lexicon.max_phrase) + 1):
        for i in range(len(a_words) - size + 1):
            words = lexicon.phrase_words(a_words[i : i + size])
            hits = [k for k, en in enumerate(e_words) if en in words]
            if hits:
                a_hit[i : i + size] = [True] * size
                for k in hits:
                    e_hit[k] = True
    by_words = (sum(a_hit) + sum(e_hit)) / (len(a_words) + len(e_words))
    return round(max(whole, by_words), 4)


def _pair_score(a: _Group, e: _Group, lexicon: Lexicon) -> float:
    if a.type in _VALUES or e.type in _VALUES:
        if a.type != e.type:
            return 0.0
        if a.values & e.values:
            return 1.0
        if a.type == "DATE" and any(x.startswith(y) or y.startswith(x) for x in a.values for y in e.values):
            return 0.6
        if not a.values and not e.values and a.weekdays & e.weekdays:
            return _SAME_WEEKDAY  # `اليوم الأربعاء` and `on Wednesday` in an undated release
        return 0.0
    if a.type in _AMOUNTS and e.type in _AMOUNTS:
        same = any(math.isclose(x, y, rel_tol=1e-6) for x in a.numbers for y in e.numbers)
        return (1.0 if a.type == e.type else 0.8) if same else 0.0
    if a.type in _NAMES and e.type in _NAMES:
        if a.type != e.type and {a.type, e.type} != {"ORG", "LOC"}:
            return 0.0
        if a.countries & e.countries:
            best = 1.0
        else:
            best = max(name_similarity(x, y, lexicon=lexicon) for x in a.texts for y in e.texts)
        return best if a.type == e.type else 0.8 * best
    return 0.0


def link_entities(
    ar_entities: Sequence[Entity],
    en_entities: Sequence[Entity],
    *,
    ar_doc: Document | None = None,
    en_doc: Document | None = None,
    units: Sequence[AlignedUnit] = (),
    lexicon: Lexicon | None = None,
) -> dict[str, str]:
    """Map each Arabic entity_id to the entity_id of the same entity in the English article.

    `ar_doc`/`en_doc` (with their sentences) and the aligned `units` let mentions found in the
    same unit count for more; without them, entities are linked on their own evidence.
    """
    lexicon = shared_seed() if lexicon is None else lexicon
    a_groups, e_groups = _groups(ar_entities, ar_doc), _groups(en_entities, en_doc)
    unit_of_ar = {i: k for k, u in enumerate(units) for i in u.ar}
    unit_of_en = {j: k for k, u in enumerate(units) for j in u.en}
    scored = []
    for a in a_groups:
        a_units = {unit_of_ar[i] for i in a.sentences if i in unit_of_ar}
        for e in e_groups:
            value = _pair_score(a, e, lexicon)
            if value <= 0.0:
                continue
            if a_units:
                e_units = {unit_of_en[j] for j in e.sentences if j in unit_of_en}
                value = min(1.0, value + _TOGETHER) if a_units & e_units else value * _APART
            if value >= _THRESHOLD:
                scored.append((value, a.entity_id, e.entity_id))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    links: dict[str, str] = {}
    taken: set[str] = set()
    for _, a_id, e_id in scored:
        if a_id in links or e_id in taken:
            continue
        links[a_id] = e_id
        taken.add(e_id)
    return dict(sorted(links.items()))
