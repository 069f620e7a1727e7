"""The pair as the checks see it: aligned units with their spans, texts and entities."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Sequence

from govnews.records import AlignedUnit, Document, Entity, Finding


@dataclass(frozen=True)
class UnitView:
    """One aligned unit: the span it covers on each side (None for an empty side) and its entities."""

    index: int  # position of the unit in the alignment
    ar_span: tuple[int, int] | None
    en_span: tuple[int, int] | None
    ar_text: str
    en_text: str
    ar_entities: tuple[Entity, ...]
    en_entities: tuple[Entity, ...]
    score: float


@dataclass
class PairContext:
    """Everything a check may look at for one pair."""

    ar_doc: Document
    en_doc: Document
    ar_entities: Sequence[Entity]
    en_entities: Sequence[Entity]
    units: list[UnitView]
    lexicon: Any = None
    corpus: Any = None  # CorpusStats or None
    links: dict[str, str] = field(default_factory=dict)  # Arabic entity_id -> English entity_id
    skip_en_units: set[int] = field(default_factory=set)  # units whose English is left in Arabic
    _owners: dict | None = field(default=None, repr=False)

    def neighbours(self, index: int, *, reach: int = 1) -> list[UnitView]:
        """Return the unit at `index` and the `reach` units on either side of it."""
        return self.units[max(0, index - reach) : index + reach + 1]

    def lexicon_or_seed(self) -> Any:
        """Return the lexicon given, or the seed lexicon shipped with govnews."""
        if self.lexicon is not None:
            return self.lexicon
        from govnews.checks import _seed_lexicon

        return _seed_lexicon()

    def word_agreement(self, ar: str, en: str) -> float:
        """Return the share of an Arabic text's translatable words whose translation the English holds."""
        from govnews.lexicon import AR_STOPWORDS, ar_tokens, en_tokens

        lexicon = self.lexicon_or_seed()
        en_words = set(en_tokens(en))
        judged = [lexicon.word_translations(t) for t in set(ar_tokens(ar)) if t not in AR_STOPWORDS]
        judged = [t for t in judged if t]
        return sum(1 for t in judged if t & en_words) / len(judged) if judged else 0.0

    def unit_of(self, side: str, entity: Entity) -> int:
        """Return the index of the unit an entity was sorted into (0 when none holds it)."""
        if self._owners is None:
            self._owners = {
                (name, e.start, e.end, e.type): u.index
                for u in self.units
                for name, group in (("ar", u.ar_entities), ("en", u.en_entities))
                for e in group
            }
        return self._owners.get((side, entity.start, entity.end, entity.type), 0)

    def one_sided(self, unit: UnitView) -> bool:
        """Tell whether a unit has text on one side only (an omission or addition, reported whole)."""
        return unit.ar_span is None or unit.en_span is None

    def finding(
        self,
        check: str,
        severity: str,
        message: str,
        *,
        ar: tuple[int, int] | None = None,
        en: tuple[int, int] | None = None,
    ) -> Finding:
        """Build a Finding whose texts are the spans of each document."""
        return Finding(
            check=check,
            severity=severity,
            ar_start=ar[0] if ar else None,
            ar_end=ar[1] if ar else None,
            en_start=en[0] if en else None,
            en_end=en[1] if en else None,
            ar_text=self.ar_doc.text[ar[0] : ar[1]] if ar else None,
            en_text=self.en_doc.text[en[0] : en[1]] if en else None,
            message=message,
        )


def _side_spans(doc: Document, indexes: Sequence[int]) -> tuple[int, int] | None:
    if not indexes:
        return None
    sentences = doc.sentences
    return sentences[min(indexes)].start, sentences[max(indexes)].end


def _assign(entities: Sequence[Entity], doc: Document, owner: list[int], count: int) -> list[list[Entity]]:
    """Put each entity in the unit that holds the sentence it starts in (or the nearest sentence before it)."""
    buckets: list[list[Entity]] = [[] for _ in range(count)]
    starts = [s.start for s in doc.sentences]
    for entity in entities:
        position = bisect.bisect_right(starts, entity.start) - 1
        position = max(position, 0)
        # a sentence no unit holds (a gap in the alignment) borrows the nearest unit
        for candidate in range(position, -1, -1):
            if candidate < len(owner) and owner[candidate] >= 0:
                buckets[owner[candidate]].append(entity)
                break
        else:
            following = [u for u in owner[position:] if u >= 0]
            if following:
                buckets[following[0]].append(entity)
    return buckets


def build_units(
    ar_doc: Document,
    en_doc: Document,
    ar_entities: Sequence[Entity],
    en_entities: Sequence[Entity],
    units: Sequence[AlignedUnit],
) -> list[UnitView]:
    """Return a UnitView per aligned unit, entities sorted into the unit they belong to."""
    ar_owner = [-1] * len(ar_doc.sentences)
    en_owner = [-1] * len(en_doc.sentences)
    for index, unit in enumerate(units):
        for s in unit.ar:
            if 0 <= s < len(ar_owner):
                ar_owner[s] = index
        for s in unit.en:
            if 0 <= s < len(en_owner):
                en_owner[s] = index
    ar_buckets = _assign(ar_entities, ar_doc, ar_owner, len(units))
    en_buckets = _assign(en_entities, en_doc, en_owner, len(units))
    views = []
    for index, unit in enumerate(units):
        ar_span = _side_spans(ar_doc, [s for s in unit.ar if 0 <= s < len(ar_owner)])
        en_span = _side_spans(en_doc, [s for s in unit.en if 0 <= s < len(en_owner)])
        views.append(
            UnitView(
                index=index,
                ar_span=ar_span,
                en_span=en_span,
                ar_text=ar_doc.text[ar_span[0] : ar_span[1]] if ar_span else "",
                en_text=en_doc.text[en_span[0] : en_span[1]] if en_span else "",
                ar_entities=tuple(sorted(ar_buckets[index], key=lambda e: e.start)),
                en_entities=tuple(sorted(en_buckets[index], key=lambda e: e.start)),
                score=unit.score,
            )
        )
    return views
