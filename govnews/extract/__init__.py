"""Entities and events of a release: names (PERSON, ORG, LOC), values (DATE, DURATION, NUMBER,
PERCENT, MONEY) and events (EVENT mentions and one `Event` record each).

    >>> from govnews.extract import extract
    >>> [(e.type, e.text) for e in extract("نظمت وزارة الصحة ورشة عمل في دبي", lang="ar")]
    [('ORG', 'وزارة الصحة'), ('EVENT', 'ورشة عمل'), ('LOC', 'دبي')]
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Sequence

from govnews.errors import ConfigError
from govnews.records import Entity, Event, evolve

if TYPE_CHECKING:
    from govnews.extract.tokens import Tokens

__all__ = ["Extraction", "analyze", "analyze_many", "extract"]

Backend = Literal["rules", "camel"]
_ARABIC = re.compile("[\u0600-\u06ff]")
_LATIN = re.compile("[A-Za-z]")


@dataclass(frozen=True)
class Extraction:
    """What one pass over a text finds."""

    entities: list[Entity]  # every mention, sorted by start, never overlapping
    events: list[Event]  # one record an event the text reports


def extract(
    text: str,
    *,
    lang: Literal["ar", "en", "auto"] = "auto",
    published: dt.date | None = None,
    backend: Backend | None = None,
) -> list[Entity]:
    """Find every entity of a text, sorted by start, with offsets into `text` as given.

    Mentions of one entity share an `entity_id` (`e1`, `e2`, ...); `link` is left None.

    >>> [(e.type, e.text, e.entity_id) for e in extract("Mr. Ali Sebkar met Mr. Sebkar's team.", lang="en")][:2]
    [('PERSON', 'Ali Sebkar', 'e1'), ('PERSON', 'Sebkar', 'e1')]
    """
    return analyze(text, lang=lang, published=published, backend=backend).entities


def analyze(
    text: str,
    *,
    lang: Literal["ar", "en", "auto"] = "auto",
    published: dt.date | None = None,
    backend: Backend | None = None,
) -> Extraction:
    """Find the entities and the events of a text in one pass.

    `backend` chooses the statistical part of Arabic name finding: "rules" (the default: rules and the
    shipped classifier) or "camel" (rules and camel-tools' NER model, which must be installed with
    `camel_data -i ner`); the environment variable GOVNEWS_NER_BACKEND sets the default.

    >>> x = analyze("نظمت الأمانة العامة للمجلس التنفيذي بدبي ورشة تدريبية", lang="ar")
    >>> (x.events[0].event_type, x.events[0].organizer)
    ('workshop', 'الأمانة العامة للمجلس التنفيذي بدبي')
    """
    return analyze_many([(text, lang, published)], backend=backend)[0]


def analyze_many(
    texts: Sequence[tuple[str, Literal["ar", "en", "auto"], dt.date | None]],
    *,
    backend: Backend | None = None,
) -> list[Extraction]:
    """`analyze` of each (text, lang, published): the same results, faster for many short texts,
    as the shipped classifier reads their Arabic together.

    >>> [len(x.events) for x in analyze_many([("نظمت وزارة الصحة ورشة عمل", "ar", None), ("No event here.", "en", None)])]
    [1, 0]
    """
    from govnews.extract.tokens import tokenize

    backend = _backend(backend)
    items = [(text, _language(text, lang), published, tokenize(text)) for text, lang, published in texts]
    model_names = {}  # the shipped classifier's candidates in each Arabic text, by position
    if backend == "rules":
        from govnews.extract.ner import candidates_many

        arabic = [i for i, item in enumerate(items) if item[1] == "ar"]
        model_names = dict(zip(arabic, candidates_many([items[i][3] for i in arabic])))
    return [_analyze(*item, backend, model_names.get(i)) for i, item in enumerate(items)]


def _analyze(text: str, lang: Literal["ar", "en"], published: dt.date | None, tk: Tokens, backend: str, model_names: list | None) -> Extraction:
    from govnews.extract.events import find_events, names_only_event
    from govnews.extract.names import find_names
    from govnews.extract.values import find_values

    names = find_names(text, lang=lang, tokens=tk, backend=backend, model_names=model_names)
    values = find_values(text, lang=lang, published=published)
    events, mentions = find_events(text, lang=lang, tokens=tk, entities=names + values, published=published)
    names = [n for n in names if not any(names_only_event(n, m.start, m.end, m.text) for m in mentions)]  # البرنامج التدريبي: the event's
    counts = [v for v in values if v.type == "NUMBER"]
    mentions = [m for m in mentions if not any(v.start <= m.start and m.end <= v.end for v in counts)]  # ورشتين: a count
    entities, ids = _renumber(_resolve(names, mentions, values))
    events = [evolve(ev, attrs=_remap(ev.attrs, ids, f"ev{k}")) for k, ev in enumerate(events, 1)]
    return Extraction(entities, events)


def _language(text: str, lang: str) -> Literal["ar", "en"]:
    if lang in ("ar", "en"):
        return lang  # type: ignore[return-value]
    if lang != "auto":
        raise ConfigError(f"lang must be 'ar', 'en' or 'auto', not {lang!r}")
    try:
        from govnews.langid import detect
    except ImportError:
        detect = None
    if detect is not None:
        code, _ = detect(text)
        if code in ("ar", "en"):
            return code  # type: ignore[return-value]
    return "ar" if len(_ARABIC.findall(text[:2000])) >= len(_LATIN.findall(text[:2000])) else "en"


def _backend(backend: str | None) -> str:
    chosen = backend or os.environ.get("GOVNEWS_NER_BACKEND") or "rules"
    if chosen not in ("rules", "camel"):
        raise ConfigError(f"backend must be 'rules' or 'camel', not {chosen!r}")
    return chosen


def _resolve(*groups: list[Entity]) -> list[Entity]:
    """Merge entity lists: of overlapping mentions the longest stays, then the one of the earlier list."""
    ranked = [(e, g) for g, group in enumerate(groups) for e in group]
    ranked.sort(key=lambda x: (x[0].start - x[0].end, x[1], x[0].start))
    taken = bytearray(max((e.end for e, _ in ranked), default=0))
    out = []
    for e, _ in ranked:
        if 1 in taken[e.start : e.end]:
            continue
        taken[e.start : e.end] = b"\1" * (e.end - e.start)
        out.append(e)
    return sorted(out, key=lambda e: e.start)


def _renumber(entities: list[Entity]) -> tuple[list[Entity], dict[str, str]]:
    """Number entity ids e1, e2, ... in order of first mention; values get one id per (type, value).

    Returns the entities and the map from the ids they had to the new ones.
    """
    ids: dict[tuple, str] = {}
    old: dict[str, str] = {}
    out = []
    for e in entities:
        key = ("id", e.entity_id) if e.entity_id else ("value", e.type, e.value or e.text)
        if key not in ids:
            ids[key] = f"e{len(ids) + 1}"
        if e.entity_id:
            old[e.entity_id] = ids[key]
        out.append(evolve(e, entity_id=ids[key], link=None))
    return out, old


def _remap(attrs: dict, ids: dict[str, str], own: str) -> dict:
    """Point an event's entity references at the renumbered ids."""
    out = dict(attrs)
    for key in ("organizer_id", "location_id"):
        if key in out:
            out[key] = ids.get(out[key])
    if own in ids:
        out["entity_id"] = ids[own]
    return out


from .._callable import make_callable  # noqa: E402

make_callable(__name__)  # `govnews.extract(...)` calls the function of the same name
