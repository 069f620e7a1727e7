"""The features of a token: every feature of a token is a feature of one word at an offset from -2
to +2 (the word, its affixes, letter groups of its stem without clitics, its shape, whether the
gazetteers or the training names know it); and what a training corpus and an unlabelled corpus
say of words (`train_lexicon`, `corpus_stats`)."""

from __future__ import annotations

import functools
from collections import Counter
from importlib import resources
from typing import Iterable, Sequence

from govnews.extract.gazetteer import entries, fold_key
from govnews.extract.ner.tags import LABELS
from govnews.extract.tokens import folded_set

OFFSETS = (-2, -1, 0, 1, 2)
PAD = "<pad>"
_STEM_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "و", "ب", "ل", "ف")
_STEM_PREFIX_SIZES = tuple(sorted({len(p) for p in _STEM_PREFIXES}, reverse=True))
_STEM_PREFIX_SET = frozenset(_STEM_PREFIXES)
PERSON_NAMES = "person_names_ar.txt"


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
