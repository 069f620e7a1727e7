"""The BIO tags of the classifier (PERS, LOC, ORG, MISC) and the names a sequence of them holds."""

from __future__ import annotations

from typing import Sequence

LABELS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
_BEGIN = {label[2:]: i for i, label in enumerate(LABELS) if label.startswith("B-")}  # its I- label follows it


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
