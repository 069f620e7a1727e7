"""Corpus-wide knowledge the checks compare one pair against: usual spellings, usual renderings,
the length ratio of aligned units."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from govnews.records import AlignedUnit, Document, Entity

MIN_NAME_RELEASES = 2  # a spelling seen in fewer other releases than this is not yet the usual one
MIN_UNITS_FOR_NORM = 30  # fewer aligned units than this leave the default length norm in force
_APOSTROPHES_RE = re.compile(r"[’‘`ʼʻ']")
_SEPARATORS_RE = re.compile(r"[\s\-‐‑–]+")
_WORD_LIMIT = 6  # names and terms longer than this are descriptions, not names


def ar_key(text: str) -> str:
    """Fold an Arabic name or term for counting: the lexicon's matching form, word by word (`تهيئة` -> `تهييه`)."""
    from govnews.lexicon import ar_tokens

    return " ".join(ar_tokens(text))


def en_key(text: str) -> str:
    """Fold an English rendering for comparison: case, apostrophes and hyphen-or-space ignored."""
    return _SEPARATORS_RE.sub(" ", _APOSTROPHES_RE.sub("'", text.lower())).strip(" .,")


@dataclass
class CorpusStats:
    """How the corpus usually renders names and terms, and how long translations usually run.

    Counts are per release (a pair adds one to a spelling however often it repeats it).

    >>> stats = CorpusStats()
    >>> for spelling in ["Al Sabaa", "Al Sabaa", "Al-Sabba’a"]:
    ...     stats.add_names([("محمد السباع", spelling)])
    >>> stats.usual_name("محمد السباع")
    ('Al Sabaa', 2, 3)
    """

    names: dict[str, Counter] = field(default_factory=dict)  # Arabic name key -> English spellings
    terms: dict[str, Counter] = field(default_factory=dict)  # Arabic term key -> English renderings
    ratios: list[float] = field(default_factory=list)  # log length ratio of each aligned 1-1 unit
    pairs: int = 0  # pairs added
    _norm: tuple[float, float] | None = field(default=None, repr=False)

    # -- building ---------------------------------------------------------------------------

    def add_names(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Count one release's (Arabic name, English spelling) pairs, each once."""
        for ar, en in {(ar_key(a), e.strip()) for a, e in pairs if len(a.split()) <= _WORD_LIMIT}:
            self.names.setdefault(ar, Counter())[en] += 1

    def add_terms(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Count one release's (Arabic term key, English rendering) pairs, each once."""
        for ar, en in set(pairs):
            self.terms.setdefault(ar, Counter())[en] += 1

    def add_units(self, texts: Iterable[tuple[str, str]], *, lexicon: Any = None) -> None:
        """Count one release's aligned (Arabic, English) unit texts: length ratios, bracketed names, terms."""
        from govnews.checks.coverage import ratio
        from govnews.checks.terms import bracketed_names

        names, terms = [], []
        for ar_text, en_text in texts:
            if not ar_text or not en_text:
                continue
            self.ratios.append(ratio(ar_text, en_text))
            for (a0, a1), (e0, e1) in bracketed_names(ar_text, en_text):
                terms.append((ar_key(ar_text[a0:a1]), en_text[e0:e1].strip()))
            if lexicon is not None:
                terms.extend(_lexicon_renderings(ar_text, en_text, lexicon))
        self.add_terms(terms)
        self._norm = None

    def add_pair(
        self,
        ar_doc: Document,
        en_doc: Document,
        ar_entities: Sequence[Entity],
        en_entities: Sequence[Entity],
        units: Sequence[AlignedUnit],
        *,
        lexicon: Any = None,
    ) -> None:
        """Add one pair: its aligned units and its linked names (`Entity.link`)."""
        from govnews.checks._units import build_units

        views = build_units(ar_doc, en_doc, [], [], units)
        self.add_units(((v.ar_text, v.en_text) for v in views), lexicon=lexicon)
        self.add_names(linked_names(ar_entities, en_entities))
        self.pairs += 1

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple], *, lexicon: Any = None) -> CorpusStats:
        """Build from (ar_doc, en_doc, ar_entities, en_entities, units) tuples."""
        stats = cls()
        for ar_doc, en_doc, ar_entities, en_entities, units in pairs:
            stats.add_pair(ar_doc, en_doc, ar_entities, en_entities, units, lexicon=lexicon)
        return stats

    @classmethod
    def from_dataset(cls, out_dir: str | Path, *, lexicon: Any = None) -> CorpusStats:
        """Build from a dataset written by `govnews build` (its alignments, entities and pairs tables)."""
        stats = cls()
        alignments = _rows(out_dir, "alignments", ["ar_doc_id", "en_doc_id", "ar_text", "en_text"])
        by_pair: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for row in alignments:
            by_pair.setdefault((row["ar_doc_id"], row["en_doc_id"]), []).append(
                (row["ar_text"] or "", row["en_text"] or "")
            )
        for texts in by_pair.values():
            stats.add_units(texts, lexicon=lexicon)
        entities = _rows(out_dir, "entities", ["doc_id", "lang", "type", "text", "entity_id", "link"])
        en_names = {
            (row["doc_id"], row["entity_id"]): row["text"]
            for row in entities
            if row["lang"] == "en" and row["type"] in ("PERSON", "ORG")
        }
        pairs = _rows(out_dir, "pairs", ["ar_doc_id", "en_doc_id"])
        partner = {row["ar_doc_id"]: row["en_doc_id"] for row in pairs}
        per_release: dict[str, list[tuple[str, str]]] = {}
        for row in entities:
            if row["lang"] != "ar" or not row["link"] or row["doc_id"] not in partner:
                continue
            en = en_names.get((partner[row["doc_id"]], row["link"]))
            if en:
                per_release.setdefault(row["doc_id"], []).append((row["text"], en))
        for names in per_release.values():
            stats.add_names(names)
        stats.pairs = len(partner)
        return stats

    # -- looking up -------------------------------------------------------------------------

    def length_norm(self) -> tuple[float, float]:
        """Return the median and robust spread of the log length ratio (a default below 30 units)."""
        from govnews.checks.coverage import DEFAULT_NORM

        if self._norm is None:
            if len(self.ratios) < MIN_UNITS_FOR_NORM:
                self._norm = DEFAULT_NORM
            else:
                median = statistics.median(self.ratios)
                mad = statistics.median(abs(r - median) for r in self.ratios)
                # a floor on the spread: a corpus of near-identical units must not flag every small change
                self._norm = (median, max(1.4826 * mad, 0.08))
        return self._norm

    @staticmethod
    def same_rendering(a: str, b: str) -> bool:
        """Tell whether two English renderings are the same up to case, apostrophes and hyphens."""
        return en_key(a) == en_key(b)

    def _usual(self, table: dict[str, Counter], ar: str) -> tuple[str, int, int] | None:
        counts = table.get(ar_key(ar))
        if not counts:
            return None
        grouped: Counter = Counter()
        shown: dict[str, str] = {}
        for rendering, n in counts.items():
            grouped[en_key(rendering)] += n
            shown.setdefault(en_key(rendering), rendering)
        best, count = grouped.most_common(1)[0]
        total = sum(grouped.values())
        if count < MIN_NAME_RELEASES or count * 2 <= total:
            return None
        return shown[best], count, total

    def usual_name(self, ar_name: str) -> tuple[str, int, int] | None:
        """Return (usual English spelling, releases using it, releases naming it), or None without a clear norm."""
        return self._usual(self.names, ar_name)

    def usual_term(self, ar_term: str) -> tuple[str, int, int] | None:
        """Return (usual English rendering, releases using it, releases using the term), or None."""
        return self._usual(self.terms, ar_term)


def _rows(out_dir: str | Path, name: str, columns: list[str]) -> list[dict]:
    from govnews.io import read_table

    table = read_table(Path(out_dir), name, columns=columns)
    return table.to_pylist() if table is not None else []


def linked_names(ar_entities: Sequence[Entity], en_entities: Sequence[Entity]) -> list[tuple[str, str]]:
    """Return (Arabic name, English spelling) of every linked person or institution, longest mentions."""
    longest: dict[str, str] = {}
    for e in en_entities:
        if e.type in ("PERSON", "ORG") and e.entity_id and len(e.text) > len(longest.get(e.entity_id, "")):
            longest[e.entity_id] = e.text
    out = []
    for e in ar_entities:
        if e.type in ("PERSON", "ORG") and e.link in longest:
            out.append((e.text, longest[e.link]))
    return out


def _lexicon_renderings(ar_text: str, en_text: str, lexicon: Any) -> Iterator[tuple[str, str]]:
    """Yield (Arabic word, rendering) where exactly one of a word's several translations is in the English."""
    from govnews.lexicon import AR_STOPWORDS, ar_tokens, en_tokens

    en_words = set(en_tokens(en_text))
    for token in set(ar_tokens(ar_text)):
        if token in AR_STOPWORDS:
            continue
        options = lexicon.translations(token)
        if len(options) < 2:
            continue
        used = [o for o in options if set(o.split()) <= en_words]
        if len(used) == 1:
            yield token, used[0]
