"""The model's arrays and the scores they give.

A linear model over a token's features scores it as the sum of one vector per neighbouring word,
so the vectors are computed once per word form and cached: a document costs one dictionary look-up
per token and a few numpy sums, not a feature extraction per token. The last stage also weighs
what the first said of the same word form elsewhere in the document (`doc_evidence`): a name is
mostly tagged alike all through an article.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from typing import Callable, Sequence

from govnews.extract.ner.decoding import decode
from govnews.extract.ner.features import (
    OFFSETS,
    PAD,
    end_features,
    start_features,
    stem,
    stem_features,
    whole_word_features,
)
from govnews.extract.ner.phrases import Phrases
from govnews.extract.ner.tags import LABELS

LINK_CLIP = 3.0  # scores of a stage that a later stage sees are clipped to this
DOC_FEATURES = 6  # columns of `doc_evidence`


def doc_evidence(scores, keys):
    """What the other occurrences of each token's word in the document say of it: an array (tokens, 6).

    `scores` (tokens, labels) are a stage's clipped scores and `keys` (tokens) number the word
    forms. For each type (O, PERS, LOC, ORG, MISC), the best score of that type (B or I) over the
    word's other occurrences, then 1 when the word occurs elsewhere; all zeros for a word found
    once. A name is mostly tagged alike all through an article: `بري` after `نبيه` and alone.

    >>> import numpy as np
    >>> s = np.zeros((3, len(LABELS))); s[0, 1] = 2.0; s[2, 1:3] = -1.0
    >>> doc_evidence(s, np.array([7, 3, 7]))[:, [1, 5]].tolist()
    [[-1.0, 1.0], [0.0, 0.0], [2.0, 1.0]]
    """
    import numpy as np

    n = len(keys)
    out = np.zeros((n, DOC_FEATURES), dtype=np.float32)
    if n < 2:
        return out
    order = np.argsort(keys)
    k = np.asarray(keys)[order]
    new = np.empty(n, dtype=bool)  # the first token of each word, in key order
    new[0] = True
    np.not_equal(k[1:], k[:-1], out=new[1:])
    sizes = np.diff(np.flatnonzero(new), append=n)
    many = np.repeat(sizes > 1, sizes)  # the tokens of words found more than once: the others keep zeros
    if not many.any():
        return out
    order, new = order[many], new[many]
    starts = np.flatnonzero(new)
    group = np.cumsum(new) - 1  # the word of each sorted token
    s = np.asarray(scores, dtype=np.float32)[order]
    ts = np.empty((len(order), 5), dtype=np.float32)  # best of B or I of each type
    ts[:, 0] = s[:, 0]
    np.maximum(s[:, 1::2], s[:, 2::2], out=ts[:, 1:])
    # the best over the others: the word's best, or its second best for the one token holding the best
    top = np.maximum.reduceat(ts, starts, axis=0)[group]
    at_top = ts == top
    ties = np.add.reduceat(at_top.view(np.int8), starts, axis=0)[group]
    second = np.maximum.reduceat(np.where(at_top, -np.inf, ts), starts, axis=0)[group]
    out[order, :-1] = np.where(at_top & (ties == 1), second, top)
    out[order, -1] = 1.0
    return out


@dataclass
class Model:
    """Weights of the stacked classifier.

    Stage one scores each token from the words around it. Each later stage adds, to its own word
    weights, weights for the tags and the clipped scores the stage before gave the tokens around it
    (`trans`), which carries a name on across unknown words (`الرئيس اللبناني اميل لحود`). When the
    last stage was trained as a CRF, `decode` adds its tag-after-tag scores (`steps`).
    """

    vocab: dict[str, int]  # feature -> row
    weights: "object"  # numpy (features, stages, labels): word weights of each stage
    bias: "object"  # numpy (stages, labels)
    # numpy (stages - 1, offsets, labels [+ labels], labels): weight of (offset, neighbour tag [then
    # each of its clipped scores], label) in each later stage
    trans: "object"
    lexicon: dict[str, str]
    stats: dict[str, str] | None = None  # corpus_stats of an unlabelled corpus, when trained with one
    phrases: dict[str, str] | None = None  # train_phrases of the training names, when trained with them
    steps: "object" = None  # numpy (labels, labels): learned score of a tag after a tag (a CRF's), or none
    # numpy (offsets, DOC_FEATURES, labels): weight in the last stage of what the document says of the
    # word at each offset (`doc_evidence` of the stage before's scores), or none
    doc: "object" = None

    def __post_init__(self):
        import numpy as np

        if self.trans.ndim == 3:  # a two-stage model
            self.trans = self.trans[None]
        self._ids: dict[str, int] = {}  # word form -> row of `_store`, the cache of word vectors
        self._store = None
        # weights by feature, whatever its offset: row of feature -> (stages, offsets, labels); a
        # feature the model only knows at some offsets has zeros at the others
        split = [name.partition("|") for name in self.vocab]
        self._rows: dict[str, int] = {}
        for _, _, f in split:
            self._rows.setdefault(f, len(self._rows))
        rows = np.fromiter((self._rows[f] for _, _, f in split), dtype=np.int64, count=len(split))
        offsets = np.fromiter((OFFSETS.index(int(k)) for k, _, _ in split), dtype=np.int64, count=len(split))
        self._table = np.zeros((len(self._rows) + 1, self.stages, len(OFFSETS), len(LABELS)), dtype=np.float32)  # last: zeros
        self._table[rows, :, offsets] = self.weights[np.fromiter(self.vocab.values(), dtype=np.int64, count=len(split))]
        # weights of a token's place in a known name (`Phrases.tags`), by LABELS index (0: none)
        self._phrase = None
        if self.phrases is not None:
            none = len(self._rows)
            self._phrase = self._table[[self._rows.get("ph=" + t, none) if t != "O" else none for t in LABELS]]
        self._matcher = None
        self._stems = None  # numpy: the stem of each cached word form, by row of `_store`
        self._doc_offsets = [] if self.doc is None else [r for r in range(len(OFFSETS)) if np.abs(self.doc[r]).max() > 0]

    def phrase_tags(self, words: Sequence[str]):
        """`Phrases.tags` of the words, with the model's phrases (a numpy array)."""
        return self._phrase_tags(self._word_rows(words))

    def _phrase_tags(self, rows):
        import numpy as np

        starts = np.flatnonzero(self._opens[rows]).tolist()
        return np.asarray(self._phrases().tags(self._stems[rows].tolist(), starts), dtype=np.int64)

    def _phrases(self) -> Phrases:
        if self._matcher is None:
            self._matcher = Phrases(self.phrases or {})
        return self._matcher

    @property
    def stages(self) -> int:
        """How many stages the model stacks."""
        return self.weights.shape[1]

    def word_vectors(self, word: str):
        """The score contribution of `word` at each offset: an array (stages, offsets, labels)."""
        return self._store[self._word_rows([word])[0]]

    _CACHE_SIZE = 200_000  # word forms whose vectors are kept (about 36 MB a stage, and their ids)

    def _word_rows(self, words: Sequence[str]):
        """Rows of `_store` holding the vectors of the words (a numpy array), computing those of new word forms."""
        import numpy as np

        if not self._ids:
            self._reset_cache()
        elif len(self._ids) + len(words) > self._CACHE_SIZE:
            self._evict()
        out = np.fromiter(map(self._ids.get, words, itertools.repeat(-1)), dtype=np.int64, count=len(words))
        missing = np.flatnonzero(out < 0).tolist()
        if missing:
            new = [words[i] for i in missing]
            self._add_words(list(dict.fromkeys(new)))
            out[missing] = list(map(self._ids.__getitem__, new))
        self._uses[out] += 1  # once per call and word form: enough to tell the common words
        return out

    def _add_words(self, words: list[str]) -> None:
        """Cache the vectors and the stems of new word forms."""
        first = len(self._ids)
        end = first + len(words)
        self._store, self._uses, self._stems, self._opens = (_grown(a, end) for a in (self._store, self._uses, self._stems, self._opens))
        split = [stem(w) for w in words]
        self._store[first:end] = self._vectors(words, split)
        self._stems[first:end] = [st for _, st in split]
        firsts = self._phrases().firsts
        self._opens[first:end] = [st in firsts for _, st in split]
        self._ids.update(zip(words, range(first, end)))

    def _reset_cache(self) -> None:
        import numpy as np

        self._ids = {}
        self._store = np.zeros((1024, self.stages, len(OFFSETS), len(LABELS)), dtype=np.float32)
        self._uses = np.zeros(1024, dtype=np.int64)
        self._stems = np.empty(1024, dtype=object)
        self._opens = np.zeros(1024, dtype=bool)  # whether the stem may open a known name (`Phrases`)
        self._by_stem = _KeyedRows(self._rows, stem_features)
        self._by_start = _KeyedRows(self._rows, start_features)
        self._by_end = _KeyedRows(self._rows, end_features)
        # row 0: a padding word, which has only the `pad` feature
        self._store[0] = self._table[self._rows.get("pad", len(self._rows))]
        self._stems[0] = PAD
        self._ids[PAD] = 0

    def _evict(self) -> None:
        """Keep the half of the cached word forms that documents used most (their counts halved).

        Common words stay cached for the whole of a long build; rare ones are computed again when
        they come back.
        """
        import numpy as np

        words = list(self._ids)  # in row order
        uses = self._uses[: len(words)]
        uses[0] = uses.max() + 1  # the padding word stays in row 0
        keep = np.sort(np.argsort(-uses, kind="stable")[: len(words) // 2])
        self._ids = {words[r]: i for i, r in enumerate(keep.tolist())}
        self._store = self._store[keep]
        self._uses = self._uses[keep] // 2
        self._stems = self._stems[keep]
        self._opens = self._opens[keep]

    def _vectors(self, words: list[str], split: list[tuple[str, str]]):
        """The vectors of word forms (`split`: their clitics and stems): for each, the sum of its
        features' rows of `_table`; the rows of features that depend on its stem, first letters or
        last letters alone are looked up once per stem or letters."""
        lexicon, stats, table = self.lexicon, self.stats, self._rows
        none = len(table)
        by_stem, by_start, by_end = self._by_stem, self._by_start, self._by_end
        rows = []
        for w, (clitic, st) in zip(words, split):
            rows.append([
                *map(table.get, whole_word_features(w, clitic, st, lexicon, stats), itertools.repeat(none)),
                *by_stem[st],
                *by_start[w[:3]],
                *by_end[w[-3:]],
            ])
        return self._row_sums(rows)

    def _row_sums(self, rows: list[list[int]]):
        """For each list of rows of `_table`, their sum (an array: lists, stages, offsets, labels); no list is empty."""
        import numpy as np

        starts = np.cumsum([0, *map(len, rows[:-1])])
        return np.add.reduceat(self._table[list(itertools.chain.from_iterable(rows))], starts, axis=0)

    def scores(self, words: Sequence[str], sent: Sequence[int] | None = None, *, stages: int | None = None, docs=None):
        """Scores (tokens, labels) of the last stage (or of `stages`); `sent` numbers sentences so that
        context stops at their ends, and `docs` (an integer array) numbers documents when `words` holds
        several, so that each word's other occurrences are sought in its own document only."""
        import numpy as np

        n = len(words)
        if n == 0:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        h = len(OFFSETS) // 2
        # the word vectors with `h` padding words (row 0) at each end, so that each offset is a slice
        rows = self._word_rows(words)  # first: it may grow `_store`
        padded = np.zeros(n + 2 * h, dtype=np.int64)
        padded[h : n + h] = rows
        vecs = self._store[padded]
        pad = vecs[0]
        if self._phrase is not None:
            ph = self._phrase_tags(rows)
            hit = np.flatnonzero(ph)
            vecs[h + hit] += self._phrase[ph[hit]]
        # tokens whose neighbour at each offset is in another sentence: it counts as padding
        sent_a = np.asarray(sent) if sent is not None else None
        cross = []
        for k in OFFSETS:
            if sent_a is None or k == 0 or abs(k) >= n:
                cross.append(np.zeros(0, dtype=np.int64))
            elif k > 0:
                cross.append(np.flatnonzero(sent_a[k:] != sent_a[:-k]))
            else:
                cross.append(np.flatnonzero(sent_a[:k] != sent_a[-k:]) - k)
        total = np.repeat(self.bias[None].astype(np.float32), n, axis=0)  # (n, stages, labels)
        for r, k in enumerate(OFFSETS):
            part = vecs[h + k : h + k + n, :, r]
            total += part
            if cross[r].size:
                total[cross[r]] += pad[:, r] - part[cross[r]]
        with one_blas_thread():
            return self._later_stages(total, rows, cross, stages, docs)

    def _later_stages(self, total, rows, cross, stages: int | None, docs):
        """The scores of the stages after the first, each reading the one before (`scores`)."""
        import numpy as np

        n = len(rows)
        h = len(OFFSETS) // 2
        s = total[:, 0]
        trans = self._trans_padded()
        L = len(LABELS)
        width = trans.shape[2]  # a neighbour's tag (L: none) then, when later stages see them, its clipped scores
        for stage in range(1, min(stages or self.stages, self.stages)):
            clipped = np.clip(s, -LINK_CLIP, LINK_CLIP)  # the stage before's scores, as later stages see them
            # what the stage before says of each token, with a padding row ("no neighbour") at each end
            said = np.zeros((n + 2 * h, width), dtype=np.float32)
            said[:h, L] = said[n + h :, L] = 1.0
            said[h + np.arange(n), s.argmax(axis=1)] = 1.0
            if width > L + 1:
                said[h : n + h, L + 1 :] = clipped
            around = np.empty((n, len(OFFSETS), width), dtype=np.float32)
            for r, k in enumerate(OFFSETS):
                around[:, r] = said[h + k : h + k + n]
                if cross[r].size:
                    around[cross[r], r] = said[0]
            s = total[:, stage] + around.reshape(n, -1) @ trans[stage - 1].reshape(-1, L)
            if self._doc_offsets and stage == self.stages - 1:
                keys = rows if docs is None else rows + np.asarray(docs) * len(self._ids)
                s += self._doc_scores(clipped, keys, cross)
        return s

    def _doc_scores(self, clipped, keys, cross):
        """The last stage's score of what the document says of the words around each token."""
        import numpy as np

        n = len(keys)
        ev = doc_evidence(clipped, keys)
        if self._doc_offsets == [len(OFFSETS) // 2]:  # the token's own word only
            return ev @ self.doc[len(OFFSETS) // 2]
        h = len(OFFSETS) // 2
        padded = np.zeros((n + 2 * h, ev.shape[1]), dtype=np.float32)
        padded[h : n + h] = ev
        out = np.zeros((n, len(LABELS)), dtype=np.float32)
        for r in self._doc_offsets:
            out += _neighbours(padded, OFFSETS[r], cross[r], 0) @ self.doc[r]
        return out

    def _trans_padded(self):
        """`trans` with a zero row for a missing neighbour."""
        t = getattr(self, "_trans_p", None)
        if t is None:
            import numpy as np

            L = len(LABELS)
            t = self._trans_p = np.zeros((self.stages - 1, len(OFFSETS), self.trans.shape[2] + 1, L), dtype=np.float32)
            t[:, :, :L] = self.trans[:, :, :L]
            t[:, :, L + 1 :] = self.trans[:, :, L:]
        return t

    def predict(self, words: Sequence[str], sent: Sequence[int] | None = None, *, stages: int | None = None) -> list[str]:
        """BIO tags of the words: the best sequence of `decode`."""
        if not words:
            return []
        return decode(self.scores(words, sent, stages=stages), sent, steps=self.steps if stages in (None, self.stages) else None)


class _KeyedRows(dict):
    """The rows of `_table` of the features that depend on one key of a word (its stem, its first or
    last letters), found once per key: there are far fewer keys than word forms."""

    SIZE = 100_000  # keys kept; past it, the cache starts afresh

    def __init__(self, rows: dict[str, int], features: Callable[[str], list[str]]):
        super().__init__()
        self._rows = rows  # `Model._rows`
        self._features = features

    def __missing__(self, key: str) -> tuple[int, ...]:
        """Find and keep the rows of a new key (a feature the model does not know has none)."""
        if len(self) >= self.SIZE:
            self.clear()
        found = self[key] = tuple(r for r in map(self._rows.get, self._features(key)) if r is not None)
        return found


def one_blas_thread():
    """A context that keeps the linear algebra library to one thread. The products of `Model.scores` are
    small: in several threads they would take a second core and give nothing back; and builds run a process
    per core, whose threads would only contend with the other processes."""
    return _blas_threads().limit(limits=1, user_api="blas")


@functools.cache
def _blas_threads():
    """The controller of the linear algebra library's threads, made once (it inspects the loaded libraries)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _grown(array, rows: int):
    """`array` doubled in length until it holds `rows` rows (the new ones are written before they are read)."""
    import numpy as np

    while rows > len(array):
        array = np.concatenate([array, np.zeros_like(array)])
    return array


def _neighbours(padded, k: int, cross, fill):
    """The rows of `padded` (the tokens, with `len(OFFSETS) // 2` rows of padding at each end) at
    offset `k` from each token; `fill` for the tokens whose neighbour there is in another sentence
    (`cross`)."""
    h = len(OFFSETS) // 2
    part = padded[h + k : len(padded) - h + k]
    if cross.size:
        part = part.copy()
        part[cross] = fill
    return part
