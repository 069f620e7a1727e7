"""Word tables of the value extractors and the regexes built from them.

The tables live in `govnews/extract/data/*.json` with Arabic keys folded (`fold`), so one key
covers its spelling variants; `alternation` turns a list of folded keys back into a regex that
matches every variant, as a trie so that a failed match costs a few steps, not one per word.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Iterable

_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ـ": None})
_MARKS = re.compile("[\u064b-\u0652\u0670]")
_VARIANTS = {"ا": "[اأإآٱ]", "ه": "[هة]", "ي": "[يى]"}

DIGIT = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_DIGITS = str.maketrans("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
                        "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9", "01234567890123456789")
MARKS = "[\u064b-\u0652\u0670]*"  # optional diacritics at a word's end (tanween of غداً, موظفاً)


@lru_cache(maxsize=16384)  # the same words come back from text to text
def fold(word: str) -> str:
    """Fold an Arabic word for table lookup: alef variants, taa marbuta, alef maqsura, marks, tatweel.

    >>> fold("إبريلَ")
    'ابريل'
    """
    return _MARKS.sub("", word.translate(_FOLD)).lower()


def ascii_digits(text: str) -> str:
    """Write Eastern Arabic and Persian digits as ASCII digits.

    >>> ascii_digits("٢٠١٤")
    '2014'
    """
    return text.translate(_DIGITS)


@cache
def table(name: str) -> dict[str, Any]:
    """Load `govnews/extract/data/<name>.json` once per process."""
    path = resources.files("govnews.extract").joinpath("data", f"{name}.json")
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def definite_tens_ar() -> str:
    """A regex of the tens of a definite Arabic compound number after its units, joined by `و` (` والعشرين` of
    `الخمسة والعشرين`, ` والأربعين` of `الساعات الثماني والأربعين`)."""
    tens = (k for k, v in table("numerals")["ar_cardinals"].items() if v in range(20, 100, 10))
    return rf"\s+وال(?:{alternation(tens)}){MARKS}"


def alternation(words: Iterable[str], *, arabic: bool = True, marked: bool = False) -> str:
    """Build a regex group matching any of `words` (folded keys), longest first, as a trie.

    Arabic keys match their spelling variants (`ا` matches أ إ آ, `ه` matches ة, `ي` matches ى)
    and a space in a key matches any run of spaces; `marked` lets diacritics follow any letter
    (`عُماني`), for short lists read at one place only.

    >>> re.fullmatch(alternation(["ابريل", "اب"]), "إبريل") is not None
    True
    >>> re.fullmatch(alternation(["عماني"], marked=True), "عُمانيّ") is not None
    True
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(trie, arabic, MARKS if marked else "")


def _emit(node: dict[str, Any], arabic: bool, marks: str = "") -> str:
    branches = []
    for char in sorted(c for c in node if c):
        piece = r"\s+" if char == " " else ((_VARIANTS.get(char) if arabic else None) or re.escape(char)) + marks
        branches.append(piece + _emit(node[char], arabic, marks))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word may end here; longer words are tried first
        body = f"(?:{body})?"
    return body
