"""Tokens of a text with offsets, over the folded copy that gazetteer matching uses."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass

from govnews.extract.gazetteer import ARABIC_CLITICS, Folded, fold_key, folded, word_lists

# a word or a punctuation mark, captured: splitting on it keeps the tokens and the spaces between them
_TOKEN_SPLIT = re.compile(r"([^\W_]+(?:['\-][^\W_]+)*|[^\w\s])")
SENTENCE_END = frozenset(".!?؟\n")
# on the folded (lower-cased) text: a full stop ends a sentence unless it ends an initial, a title or a month
# before its day (`Nov. 5`) (one leading character class, so that the regex engine skips to the marks)
_SENTENCE_BREAK = re.compile(
    r"[\n!?؟.](?<!\b[a-z]\.)(?<!\bmr\.)(?<!\bmrs\.)(?<!\bms\.)(?<!\bdr\.)(?<!\bst\.)(?<!\bno\.)"
    r"(?<!\beng\.)(?<!\bprof\.)(?<!\bgen\.)(?<!\bcol\.)(?<!\bcapt\.)(?<!\bmaj\.)(?<!\bbrig\.)(?<!\blt\.)(?!(?<=\.)\d)"
    r"(?!(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.)\s\d)(?!(?<=\bsept\.)\s\d)"
)
PUNCT_BREAK = frozenset("،,:;؛.!?؟()[]{}\"«»“”<>|/")
# words that end a name's construct chain: participles that begin a clause (صندوق النقد الدولي البالغة
# حصته, وزارة التعليم العالي الرامي إلى, مركز الصورة التابع لمحافظة ضباء), `السابق` of a role (رئيس نادي
# الطائي السابق) and genitives of time (خطة الأمانة للعام المالي, بطولة ... للموسم 2025)
CHAIN_ENDS = frozenset(
    fold_key(w)
    for w in """الرامي الرامية الهادف الهادفة الساعي الساعية البالغ البالغة المقدر المقدرة المقررة المقرر
    التابع التابعة السابق السابقة الصادر الصادرة للعام لعام للسنة لسنة للموسم لموسم للفترة""".split()
)


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


_DASH_TATWEEL = re.compile(r"(?<!\S)\u0640+(?!\S)")  # a tatweel standing alone is a dash: `عبدالرحمن ـ طيب الله ثراه ـ`


def tokenize(text: str) -> Tokens:
    """Split `text` into word and punctuation tokens, with sentence numbers.

    >>> tokenize("قال محمد: نعم.").words
    ['قال', 'محمد', ':', 'نعم', '.']
    """
    f = folded(_DASH_TATWEEL.sub(lambda m: "-" * len(m.group()), text) if "\u0640" in text else text)
    ft = f.text
    parts = _TOKEN_SPLIT.split(ft)  # the spaces before each token, the token, ..., the spaces after the last
    words = parts[1::2]
    bounds = list(itertools.accumulate(map(len, parts)))  # where each part ends
    starts, ends = bounds[0:-1:2], bounds[1::2]
    breaks = [m.start() for m in _SENTENCE_BREAK.finditer(ft)]
    import numpy as np

    sent = np.searchsorted(np.array(breaks, dtype=np.int64), starts).tolist() if breaks else [0] * len(starts)
    if f.offsets is not None:
        offsets = f.offsets
        starts = [offsets[a] for a in starts]
        ends = [offsets[b - 1] + 1 for b in ends]
    return Tokens(text, f, starts, ends, words, sent)


@functools.cache
def folded_set(section: str) -> frozenset[str]:
    """A word list of `lexicon.txt` as a set of folded forms."""
    return frozenset(fold_key(w) for w in word_lists()[section])


def strip_clitic(word: str, table: frozenset[str]) -> tuple[int, str] | None:
    """Find `word` in `table` as it is or after an Arabic clitic: (clitic length, base) or None.

    >>> strip_clitic("بمعهد", frozenset({"معهد"}))
    (1, 'معهد')
    >>> strip_clitic("للمجلس", frozenset({"المجلس"}))
    (1, 'المجلس')
    """
    return with_clitics(table).get(word)


@functools.cache
def with_clitics(table: frozenset[str]) -> dict[str, tuple[int, str]]:
    """Every form of the words of `table` with an Arabic clitic before it: form -> (clitic length, word)."""
    out: dict[str, tuple[int, str]] = {w: (0, w) for w in table}
    for w in table:
        for p in ARABIC_CLITICS:
            out.setdefault(p + w, (len(p), w))
            if p[-1] == "ل" and w.startswith("ال") and len(w) > 3:
                out.setdefault(p + w[1:], (len(p), w))  # للمجلس: the article's alef drops after ل
    return out


def is_definite(word: str) -> bool:
    """Whether an Arabic word carries the article, after an optional clitic (`الإدارة`, `للإدارة`, `بالإدارة`)."""
    if word.startswith("ال") and len(word) > 3:
        return True
    if word.startswith("لل") and len(word) > 3:
        return True
    return len(word) > 4 and word[0] in "وبفك" and (word[1:3] == "ال" or word[1:3] == "لل")
