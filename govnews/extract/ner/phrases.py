"""Known names: a token's place in a known name (a training name or a gazetteer entry, matched on
word stems with one Aho-Corasick pass per document) is a feature of its own."""

from __future__ import annotations

import functools
from collections import Counter
from importlib import resources
from typing import Iterable, Sequence

from govnews.extract.gazetteer import entries, fold_key
from govnews.extract.ner.features import stem
from govnews.extract.ner.tags import _BEGIN, spans

WORLD_PLACES = "places_world_ar.tsv"


def train_phrases(sentences: Iterable[Sequence[tuple[str, str]]]) -> dict[str, str]:
    """Map each name of `sentences` (its words' stems, space-joined) to its most frequent type."""
    counts: dict[str, Counter] = {}
    for sent in sentences:
        tags = [t for _, t in sent]
        for i, j, type_ in spans(tags):
            key = " ".join(stem(w)[1] for w, _ in sent[i:j])
            counts.setdefault(key, Counter())[type_] += 1
    return {key: c.most_common(1)[0][0] for key, c in counts.items()}


@functools.cache
def gazetteer_phrases() -> dict[str, str]:
    """The Arabic places and organizations of the package gazetteers and world places, as `train_phrases` keys."""
    forms = [(e.form, e.type) for e in entries() if e.lang == "ar"]
    text = resources.files("govnews.extract").joinpath("data").joinpath(WORLD_PLACES).read_text(encoding="utf-8")
    forms += [(line.split("\t")[1], "LOC") for line in text.splitlines() if line and not line.startswith("#")]
    out = {}
    for form, type_ in forms:
        words = fold_key(form).split()
        if words:
            out.setdefault(" ".join(stem(w)[1] for w in words), type_)
    return out


class Phrases:
    """Find known names (training names, then gazetteer entries) in a sequence of word stems."""

    def __init__(self, phrases: dict[str, str]):
        self.single: dict[str, str] = {}  # known names of one stem: their types
        # longer known names by their first two stems: (size, stems, type)
        self.by_pair: dict[tuple[str, str], list[tuple[int, tuple[str, ...], str]]] = {}
        for key, type_ in {**gazetteer_phrases(), **phrases}.items():
            words = tuple(key.split(" "))
            if len(words) == 1:
                self.single[key] = type_
            else:
                self.by_pair.setdefault(words[:2], []).append((len(words), words, type_))
        self.firsts = frozenset([*self.single, *(first for first, _ in self.by_pair)])  # stems that open a known name

    def tags(self, stems: Sequence[str], starts: Iterable[int] | None = None) -> list[int]:
        """The `LABELS` index of each token's place in a known name (0 outside any), longest first.

        `starts` are the only tokens whose stem may open a known name, when the caller knows them.

        >>> Phrases({"مجلس امن": "ORG"}).tags(["قال", "مجلس", "امن", "دولي"])
        [0, 5, 6, 0]
        """
        found = []  # (-size, first token, type) of every known name in the stems
        for i in range(len(stems)) if starts is None else starts:
            if stems[i] in self.single:
                found.append((-1, i, self.single[stems[i]]))
            for size, words, type_ in self.by_pair.get(tuple(stems[i : i + 2]), ()):
                if size == 2 or tuple(stems[i : i + size]) == words:
                    found.append((-size, i, type_))
        out = [0] * len(stems)
        for minus_size, first, type_ in sorted(found):
            last = first - minus_size - 1
            if any(out[first : last + 1]):
                continue
            out[first] = _BEGIN[type_]
            out[first + 1 : last + 1] = [_BEGIN[type_] + 1] * (last - first)
        return out
