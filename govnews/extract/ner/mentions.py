"""Name candidates from the classifier's tags, for `names.find_names`."""

from __future__ import annotations

import itertools
from typing import Sequence

from govnews.extract.gazetteer import fold_key
from govnews.extract.ner.artifact import shipped
from govnews.extract.ner.decoding import best_path
from govnews.extract.ner.features import _hand_lexicons
from govnews.extract.ner.model import Model
from govnews.extract.ner.tags import index_spans
from govnews.extract.tokens import Tokens

_TYPES = {"PERS": "PERSON", "LOC": "LOC", "ORG": "ORG"}
MIN_MARGIN = 0.0  # a name the model is less sure of than this (mean score over O) is left out


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
