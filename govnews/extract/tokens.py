"""Tokens of a text with offsets, over the folded copy that gazetteer matching uses."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from govnews.extract.gazetteer import ARABIC_CLITICS, Folded, fold_key, folded, word_lists

_TOKEN = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*|[^\w\s]")
SENTENCE_END = frozenset(".!?؟\n")
PUNCT_BREAK = frozenset("،,:;؛.!?؟()[]{}\"«»“”<>|/")


@dataclass
class Tokens:
    """The tokens of one text: parallel lists of offsets (into the original) and folded words."""

    text: str
    folded: Folded
    starts: list[int]
    ends: list[int]
    words: list[str]  # folded
    sent: list[int]  # sentence number of each token

    def __len__(self) -> int:
        return len(self.words)

    def index_at(self, offset: int) -> int:
        """The index of the first token that ends after `offset`."""
        return bisect.bisect_right(self.ends, offset)

    def definite(self, i: int) -> bool:
        """Whether token `i` carries the article as written (`الإدارة`, `للإدارة`), unlike `ألقى`."""
        return is_definite(self.text[self.starts[i] : self.ends[i]])

    def span_text(self, i: int, j: int) -> str:
        """The original text of tokens i..j-1."""
        return self.text[self.starts[i] : self.ends[j - 1]]


def tokenize(text: str) -> Tokens:
    """Split `text` into word and punctuation tokens, with sentence numbers.

    >>> tokenize("قال محمد: نعم.").words
    ['قال', 'محمد', ':', 'نعم', '.']
    """
    f = folded(text)
    starts: list[int] = []
    ends: list[int] = []
    words: list[str] = []
    sent: list[int] = []
    s = 0
    last_end = 0
    ft = f.text
    orig = f.orig
    for m in _TOKEN.finditer(ft):
        a, b = m.span()
        if "\n" in ft[last_end:a]:
            s += 1
        w = m.group()
        starts.append(orig(a))
        ends.append(orig(b - 1) + 1)
        words.append(w)
        sent.append(s)
        if w in ".!?؟" and not (b < len(ft) and ft[b : b + 1].isdigit()):
            s += 1
        last_end = b
    return Tokens(text, f, starts, ends, words, sent)


@functools.cache
def folded_set(section: str) -> frozenset[str]:
    """A word list of `lexicon.txt` as a set of folded forms."""
    return frozenset(fold_key(w) for w in word_lists()[section])


def strip_clitic(word: str, table: frozenset[str] | dict) -> tuple[int, str] | None:
    """Find `word` in `table` as it is or after an Arabic clitic: (clitic length, base) or None.

    >>> strip_clitic("بمعهد", frozenset({"معهد"}))
    (1, 'معهد')
    >>> strip_clitic("للمجلس", frozenset({"المجلس"}))
    (1, 'المجلس')
    """
    if word in table:
        return 0, word
    for p in ARABIC_CLITICS:
        if len(word) > len(p) + 1 and word.startswith(p):
            rest = word[len(p) :]
            if rest in table:
                return len(p), rest
            if p[-1] == "ل" and rest.startswith("ل") and "ا" + rest in table:
                return len(p), "ا" + rest
    return None


def is_definite(word: str) -> bool:
    """Whether an Arabic word carries the article, after an optional clitic (`الإدارة`, `للإدارة`, `بالإدارة`)."""
    if word.startswith("ال") and len(word) > 3:
        return True
    if word.startswith("لل") and len(word) > 3:
        return True
    return len(word) > 4 and word[0] in "وبفك" and (word[1:3] == "ال" or word[1:3] == "لل")
