"""Tags from scores: the best BIO sequence under the tokens' scores and the learned score of each
tag after each tag (the last stage is trained as a linear-chain CRF; `decode`), searched only
where a name is plausible."""

from __future__ import annotations

import functools
from typing import Sequence

from govnews.extract.ner.tags import LABELS

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
