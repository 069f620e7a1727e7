"""A linear token classifier for Arabic names (PERS, LOC, ORG, MISC in BIO tags).

Every feature of a token is a feature of one word at an offset from -2 to +2 (the word, its affixes,
letter groups of its stem without clitics, its shape, whether the gazetteers or the training names
know it), or of that word's place in a known name (a training name or a gazetteer entry, matched on
word stems with one Aho-Corasick pass per document). A linear model over such features scores a
token as the sum of one vector per neighbouring word, so the vectors are computed once per word
form and cached: a document costs one dictionary look-up per token and a few numpy sums, not a
feature extraction per token. Tags are the best BIO sequence under those scores and the learned
score of each tag after each tag (the last stage is trained as a linear-chain CRF; `decode`), searched
only where a name is plausible. The last stage also weighs what the first said of the same word form
elsewhere in the document (`doc_evidence`): a name is mostly tagged alike all through an article.

The model is trained by `scripts/train_ner.py` on ANERcorp and shipped as `data/ner_ar.npz`
(see `data/README.md` for the data's terms). It is loaded on first use, once per process.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from typing import Callable, Iterable, Sequence

from govnews.extract.gazetteer import entries, fold_key
from govnews.extract.tokens import Tokens, folded_set

LABELS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
OFFSETS = (-2, -1, 0, 1, 2)
_BEGIN = {label[2:]: i for i, label in enumerate(LABELS) if label.startswith("B-")}  # its I- label follows it
PAD = "<pad>"
_TYPES = {"PERS": "PERSON", "LOC": "LOC", "ORG": "ORG"}
_STEM_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "و", "ب", "ل", "ف")
_STEM_PREFIX_SIZES = tuple(sorted({len(p) for p in _STEM_PREFIXES}, reverse=True))
_STEM_PREFIX_SET = frozenset(_STEM_PREFIXES)
ARTIFACT = "ner_ar.npz"
PERSON_NAMES = "person_names_ar.txt"
WORLD_PLACES = "places_world_ar.tsv"
LINK_CLIP = 3.0  # scores of a stage that a later stage sees are clipped to this
MIN_MARGIN = 0.0  # a name the model is less sure of than this (mean score over O) is left out
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


@functools.cache
def _hand_lexicons() -> dict[str, frozenset[str]]:
    loc_words = set()
    org_words = set()
    for e in entries():
        if e.lang == "ar":
            (loc_words if e.type == "LOC" else org_words).update(fold_key(e.form).split())
    return {
        "first": folded_set("first_names_ar"),
        "title": folded_set("titles_ar"),
        "role": frozenset(w.split()[0] for w in folded_set("roles_ar")),
        "head": frozenset(w.split()[0] for w in folded_set("org_heads_ar")),
        "verb": folded_set("reporting_verbs_ar"),
        "stop": folded_set("stop_ar"),
        "locw": frozenset(loc_words),
        "orgw": frozenset(org_words),
        "pname": person_names(),
    }


@functools.cache
def person_names() -> frozenset[str]:
    """Arabic spellings of personal names, one word each (`data/person_names_ar.txt`, folded)."""
    text = resources.files("govnews.extract").joinpath("data").joinpath(PERSON_NAMES).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def stem(word: str) -> tuple[str, str]:
    """Split an Arabic word into (clitics, stem): `والمجلس` -> (`وال`, `مجلس`), the longest of
    `_STEM_PREFIXES` that leaves three letters."""
    for size in _STEM_PREFIX_SIZES:
        if len(word) - size >= 3 and word[:size] in _STEM_PREFIX_SET:
            return word[:size], word[size:]
    return "", word


def word_features(word: str, lexicon: dict[str, str], stats: dict[str, str] | None = None) -> tuple[list[str], list[str]]:
    """The features of one word form: (as the token itself, as a neighbour).

    `lexicon` maps words of training names to their usual tag (`B-PERS`, ...); `stats` maps words
    to what a large unlabelled corpus says of them (`corpus_stats`).
    """
    if word == PAD:
        return ["pad"], ["pad"]
    clitic, st = stem(word)
    whole = whole_word_features(word, clitic, st, lexicon, stats)
    # affixes of a neighbour: `الالمانيه` (a nationality) before a name, `و` joining two names
    ctx = [*whole, "st=" + st, "sts1=" + st[-1:], "s2=" + word[-2:], "p2=" + word[:2]]
    return [*whole, *stem_features(st), *start_features(word), *end_features(word)], ctx


def whole_word_features(word: str, clitic: str, st: str, lexicon: dict[str, str], stats: dict[str, str] | None) -> list[str]:
    """The features of a word form that depend on more than its stem, clitic or edge letters: the
    word itself, the word lists that hold it or its stem, and what the corpus says of both."""
    out = ["w=" + word, "cl=" + clitic]
    held = _lexicons_of()
    mine = held.get(word, ())
    out += mine
    if st != word:
        out += ["st_" + name for name in held.get(st, ()) if name not in mine]
    tag = lexicon.get(word) or lexicon.get(st)
    if tag:
        out.append("tl=" + tag)
    if stats is not None:
        out.append("cs=" + stats.get(word, "unseen"))
        if st != word:
            out.append("css=" + stats.get(st, "unseen"))
    if not word[0].isalnum():
        out.append("punct")
    elif any(map(str.isdigit, word)):
        out.append("digit")
    elif word.isascii():
        out.append("latin")
    return out


@functools.cache
def _lexicons_of() -> dict[str, tuple[str, ...]]:
    """The names of the word lists (`_hand_lexicons`) that hold each word, in their order."""
    out: dict[str, tuple[str, ...]] = {}
    for name, words in _hand_lexicons().items():
        for w in words:
            out[w] = (*out.get(w, ()), name)
    return out


def stem_features(st: str) -> list[str]:
    """The features of a word that depend on its stem alone."""
    # letter groups of the stem tell a transcribed foreign name (`ميركل`, `انجيلو`) from an Arabic word
    marked = "<" + st + ">"
    return [
        "st=" + st,
        "sts1=" + st[-1:],
        "sts2=" + st[-2:],
        "stp2=" + st[:2],
        "len=" + str(min(len(st), 8)),
        *["g3=" + marked[k : k + 3] for k in range(len(marked) - 2)],
        *["g4=" + marked[k : k + 4] for k in range(len(marked) - 3)],
    ]


def start_features(word: str) -> list[str]:
    """The features of a word that depend on its first three letters alone."""
    return ["p2=" + word[:2], "p3=" + word[:3]]


def end_features(word: str) -> list[str]:
    """The features of a word that depend on its last three letters alone."""
    return ["s1=" + word[-1:], "s2=" + word[-2:], "s3=" + word[-3:]]


def train_lexicon(sentences: Iterable[Sequence[tuple[str, str]]], *, min_share: float = 0.5) -> dict[str, str]:
    """Map each word that is mostly part of a name in `sentences` to its most frequent tag."""
    counts: dict[str, Counter] = {}
    for sent in sentences:
        for word, tag in sent:
            counts.setdefault(word, Counter())[tag] += 1
    out = {}
    for word, c in counts.items():
        tag, k = c.most_common(1)[0]
        if tag == "O":
            named = sum(v for t, v in c.items() if t != "O")
            if named / sum(c.values()) < min_share:
                continue
            tag = max((t for t in c if t != "O"), key=c.__getitem__)
        out[word] = tag
    return out


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


def corpus_stats(counts: dict[str, int], *, min_count: int = 3, per: int | None = 10_000_000) -> dict[str, str]:
    """Describe each word of an unlabelled corpus by how often it occurs and how often it takes the article.

    A name is rare and never takes the article (`لحود` but no `اللحود`), a common noun often does; the
    code is `f<log2 frequency>d<share with the article, in fifths>` (`f5d0`), the frequency counted per
    `per` words (a smaller corpus is scaled up to that size) so that codes of corpora of any size
    compare; `per=None` keeps raw counts.

    >>> corpus_stats({"لحود": 12, "اهتمام": 40, "الاهتمام": 60}, per=None)["لحود"]
    'f3d0'
    """
    import math

    total = sum(counts.values())
    scale = max(1.0, per / total) if per and total else 1.0
    out = {}
    for word, n in counts.items():
        if n < min_count or not word[0].isalpha():
            continue
        if word.startswith("ال"):
            bare = counts.get(word[2:], 0)
            share = n / (n + bare)
        else:
            with_article = counts.get("ال" + word, 0)
            share = with_article / (n + with_article)
        out[word] = f"f{min(int(math.log2(n * scale)), 16)}d{min(int(share * 5), 4)}"
    return out


def token_features(
    words: Sequence[str], i: int, lexicon: dict[str, str], stats: dict[str, str] | None = None, phrase_tags: Sequence[int] | None = None
) -> list[str]:
    """Every feature of token `i` of a sentence, prefixed by the offset it comes from.

    `phrase_tags` (`Phrases.tags` of the sentence) adds each neighbour's place in a known name.
    """
    out = []
    for k in OFFSETS:
        j = i + k
        w = words[j] if 0 <= j < len(words) else PAD
        own, ctx = word_features(w, lexicon, stats)
        out += [f"{k}|{f}" for f in (own if k == 0 else ctx)]
        if phrase_tags is not None and 0 <= j < len(words) and phrase_tags[j]:
            out.append(f"{k}|ph={LABELS[phrase_tags[j]]}")
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


SLACK = 3.0  # a token whose best name score is this far below its O score stays O without a search


@functools.cache
def _transitions():
    """(start, step): penalties that keep an `I-X` after `B-X` or `I-X` only."""
    import numpy as np

    start = np.array([-1e4 if t[0] == "I" else 0.0 for t in LABELS], dtype=np.float32)
    step = np.array([[-1e4 if b[0] == "I" and a[2:] != b[2:] else 0.0 for b in LABELS] for a in LABELS], dtype=np.float32)
    return start, step


def decode(scores, sent: Sequence[int] | None = None, *, steps=None) -> list[str]:
    """BIO tags of the best-scoring sequence in which every `I-X` continues an `X` (Viterbi).

    `steps` (labels, labels) adds a learned score for each tag after each tag. Only runs of tokens
    where a name is within `SLACK` of O are searched (the others are O), all runs at once: a
    document costs a few numpy steps per token of its longest run.

    >>> import numpy as np
    >>> s = np.zeros((2, len(LABELS))); s[0, LABELS.index("B-PERS")] = 2; s[1, LABELS.index("I-ORG")] = 3
    >>> s[1, LABELS.index("I-PERS")] = 2.5
    >>> decode(s)
    ['B-PERS', 'I-PERS']
    """
    return [LABELS[x] for x in best_path(scores, sent, steps=steps).tolist()]


def best_path(scores, sent: Sequence[int] | None = None, *, steps=None):
    """`decode`'s tags as `LABELS` indices (a numpy array)."""
    import numpy as np

    n = len(scores)
    tags = np.zeros(n, dtype=np.int64)
    if n == 0:
        return tags
    start, step = _transitions()
    if steps is not None:
        step = step + steps
    near = np.ascontiguousarray(scores[:, 1:].T).max(axis=0) > scores[:, 0] - SLACK  # (a reduction along rows is slow)
    joined = np.ones(n + 1, dtype=bool)  # token i follows token i - 1 in the same sentence
    joined[0] = joined[n] = False
    if sent is not None:
        sent_a = np.asarray(sent)
        joined[1:n] = sent_a[1:] == sent_a[:-1]
    inside = near.copy()  # a run goes on at token i
    inside[1:] &= near[:-1] & joined[1:n]
    inside[0] = False
    begins = np.flatnonzero(near & ~inside)
    if not begins.size:
        return tags
    # each run's length: up to the next token that does not go on a run
    stops = np.flatnonzero(~np.append(inside[1:], False))  # last token of each run (or of an O stretch)
    ends = stops[np.searchsorted(stops, begins)] + 1
    order = np.argsort(begins - ends, kind="stable")  # longest first: the runs still going are a prefix
    begins, ends = begins[order], ends[order]
    lengths = ends - begins
    # the tokens around a run are O: their steps into and out of it count
    if steps is not None:
        cur = scores[begins] + np.where(joined[begins, None], step[0][None], start[None])
    else:
        cur = scores[begins] + start
    longest = int(lengths[0])
    going = np.searchsorted(-lengths, -np.arange(longest), side="left").tolist()  # runs longer than t, by t
    ahead = scores[np.minimum(begins[:, None] + np.arange(longest), n - 1)]  # (runs, t, labels)
    back = []
    into = np.ascontiguousarray(step.T)  # (to, from): a step's best is over the last axis
    L = len(LABELS)
    for t in range(1, longest):
        k = going[t]
        cand = (cur[:k, None, :] + into).reshape(k * L, L)
        best = cand.argmax(axis=1)
        back.append(best.reshape(k, L))
        cur[:k] = cand[np.arange(k * L), best].reshape(k, L) + ahead[:k, t]
    if steps is not None:
        cur = cur + np.where(joined[ends, None], step[:, 0][None], 0)
    state = cur.argmax(axis=1)
    path = np.zeros((len(begins), longest), dtype=np.int64)
    for t in range(longest - 1, 0, -1):
        k = len(back[t - 1])
        path[:k, t] = state[:k]
        state[:k] = back[t - 1][np.arange(k), state[:k]]
    path[:, 0] = state
    within = np.arange(longest) < lengths[:, None]
    tags[(begins[:, None] + np.arange(longest))[within]] = path[within]
    return tags


def repair(tags: list[str]) -> list[str]:
    """Turn an `I-X` that follows no `X` into `B-X`."""
    for i, t in enumerate(tags):
        if t[0] == "I" and (i == 0 or tags[i - 1][2:] != t[2:]):
            tags[i] = "B" + t[1:]
    return tags


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of the names in a BIO tag sequence."""
    out = []
    i = 0
    while i < len(tags):
        if tags[i][0] == "B":
            j = i + 1
            while j < len(tags) and tags[j] == "I" + tags[i][1:]:
                j += 1
            out.append((i, j, tags[i][2:]))
            i = j
        else:
            i += 1
    return out


def index_spans(tags: Sequence[int]) -> list[tuple[int, int, str]]:
    """`spans` of tags given as `LABELS` indices (a `B-` label is odd, its `I-` the next one): a step
    per token of a name, not per token.

    >>> index_spans([0, 1, 2, 2, 0, 3, 5, 6])
    [(1, 4, 'PERS'), (5, 6, 'LOC'), (6, 8, 'ORG')]
    """
    out = []
    n = len(tags)
    for i in [i for i, t in enumerate(tags) if t & 1]:
        inside = tags[i] + 1
        j = i + 1
        while j < n and tags[j] == inside:
            j += 1
        out.append((i, j, LABELS[tags[i]][2:]))
    return out


def save(model: Model, path) -> None:
    """Write a model as a compressed numpy archive."""
    import numpy as np

    names = sorted(model.vocab, key=model.vocab.__getitem__)
    lex = sorted(model.lexicon.items())
    np.savez_compressed(
        path,
        features=np.array("\n".join(names)),
        weights=model.weights.astype(np.float16),
        bias=model.bias.astype(np.float32),
        trans=model.trans.astype(np.float32),
        lexicon=np.array("\n".join(f"{w}\t{t}" for w, t in lex)),
        stats=np.array("\n".join(f"{w}\t{c}" for w, c in sorted((model.stats or {}).items()))),
        phrases=np.array("\n".join(f"{p}\t{t}" for p, t in sorted(model.phrases.items())) if model.phrases is not None else "-"),
        **({"steps": model.steps.astype(np.float32)} if model.steps is not None else {}),
        **({"doc": model.doc.astype(np.float32)} if model.doc is not None else {}),
    )


def load(path=None) -> Model:
    """Read a model written by `save` (by default the one shipped with govnews)."""
    if path is None:
        with resources.as_file(resources.files("govnews.extract").joinpath("data").joinpath(ARTIFACT)) as p:
            return _read(p)
    return _read(path)


def _read(path) -> Model:
    import numpy as np

    z = np.load(path)
    names = str(z["features"]).split("\n")
    lexicon = dict(line.split("\t") for line in str(z["lexicon"]).split("\n") if line)
    stats = dict(line.split("\t") for line in str(z["stats"]).split("\n") if line) if "stats" in z else None
    phrases = None
    if "phrases" in z and str(z["phrases"]) != "-":
        phrases = dict(line.split("\t") for line in str(z["phrases"]).split("\n") if line)
    vocab = {f: i for i, f in enumerate(names)}
    steps = z["steps"] if "steps" in z else None
    doc = z["doc"] if "doc" in z else None
    return Model(vocab, z["weights"].astype(np.float32), z["bias"], z["trans"], lexicon, stats or None, phrases, steps, doc)


@functools.cache
def shipped() -> Model | None:
    """The shipped model, loaded once; None when the package was installed without it."""
    if not resources.files("govnews.extract").joinpath("data").joinpath(ARTIFACT).is_file():
        return None
    return load()


def candidates(tk: Tokens, *, model: Model | None = None):
    """Name candidates the classifier finds in a tokenized Arabic text (for `names.find_names`)."""
    return candidates_many([tk], model=model)[0]


def candidates_many(texts: Sequence[Tokens], *, model: Model | None = None):
    """`candidates` of each of several tokenized texts, scored together: one pass of the model's
    array steps serves them all, which for news-length articles costs a third less than one pass
    each. Each text's candidates are those it gets alone."""
    import numpy as np

    m = model or shipped()
    if m is None:
        return [[] for _ in texts]
    sizes = [len(tk) for tk in texts]
    words = list(itertools.chain.from_iterable(tk.words for tk in texts))
    sent, base = [], 0  # sentence numbers running on from one text to the next
    for tk in texts:
        sent.extend(k + base for k in tk.sent)
        base += tk.sent[-1] + 1 if tk.sent else 0
    scores = m.scores(words, sent, docs=np.repeat(np.arange(len(texts)), sizes))
    chosen = best_path(scores, sent, steps=m.steps)
    gain = scores[np.arange(len(chosen)), chosen] - scores[:, 0]  # each token's tag over O
    ends = list(itertools.accumulate(sizes))
    return [_text_candidates(tk, chosen[e - n : e].tolist(), gain[e - n : e].tolist(), m) for tk, n, e in zip(texts, sizes, ends)]


def _text_candidates(tk: Tokens, chosen: list[int], gain: list[float], m: Model):
    """The candidates of one text from its tags (`LABELS` indices) and each token's score over O."""
    from govnews.extract.names import Cand

    stop = _hand_lexicons()["stop"]
    out = []
    for i, j, t in index_spans(chosen):
        type_ = _TYPES.get(t)
        if type_ is None or not tk.words[i][0].isalpha() or tk.words[i].startswith("لل"):
            continue
        j = next((k for k in range(i + 1, j) if not tk.words[k][0].isalnum()), j)  # الفهد ــ رحمه الله: the name ends at a dash
        if all(w in stop for w in tk.words[i:j]):
            continue
        if sum(gain[i:j]) / (j - i) < MIN_MARGIN:
            continue
        if type_ == "PERSON" and j - i == 1 and (i == 0 or tk.sent[i - 1] != tk.sent[i] or not tk.words[i - 1][0].isalnum()):
            continue  # one word opening a sentence is most often its verb (أشرف)
        clitic = _clitic(tk.words[i], m)
        start = tk.starts[i] + clitic
        end = tk.ends[j - 1]
        value = tk.text[start:end]
        out.append(_cand(Cand, start, end, type_, value))
    return out


def _cand(cls, start, end, type_, value):
    return cls(start, end, type_, value, {"source": "model"}, key=fold_key(value), prio=0)


def _clitic(word: str, m: Model) -> int:
    """Length of a clitic to leave out of a name's first word (`وألمانيا` -> 1)."""
    lx = _hand_lexicons()
    if word in lx["first"] or word in lx["locw"]:
        return 0
    stats = m.stats or {}
    for p in ("و", "ب", "ل", "وب", "ول"):
        rest = word[len(p) :]
        if not word.startswith(p) or len(rest) < 3:
            continue
        if rest in m.lexicon or rest in lx["first"] or rest in lx["locw"]:
            return len(p)
        if len(rest) > 3 and rest in stats and _frequency(stats[rest]) > _frequency(stats.get(word, "f0")):
            return len(p)  # لرويترز: رويترز is the more frequent form
    return 0


def _frequency(code: str) -> int:
    """The log2 frequency of a `corpus_stats` code (`f5d0` -> 5)."""
    return int(code[1 : code.index("d")]) if "d" in code else 0
