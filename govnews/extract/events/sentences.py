"""The sentences an event's fields are read in: the span of each sentence of a text, and whether an entity lies
in a span."""

from __future__ import annotations

import bisect

from govnews.extract.tokens import Tokens
from govnews.records import Entity


def _sentence_bounds(tk: Tokens) -> dict[int, tuple[int, int]]:
    """The span of each sentence of a text, by sentence number."""
    out: dict[int, tuple[int, int]] = {}
    i, n = 0, len(tk.sent)
    while i < n:  # sentence numbers never decrease along the tokens: one step per sentence
        j = bisect.bisect_right(tk.sent, tk.sent[i], i)
        out[tk.sent[i]] = (tk.starts[i], max(tk.ends[i:j]))
        i = j
    return out


def _in(e: Entity, span: tuple[int, int]) -> bool:
    return span[0] <= e.start and e.end <= span[1]
