"""Gazetteers and word lists for names and events, matched with Aho-Corasick automata.

Matching runs on a folded copy of the text (`fold`): alef forms to `ا`, `ى` to `ي`, `ة` to `ه`,
Arabic-Indic digits to ASCII, Latin to lower case, curly quotes to straight ones; one character for one,
so offsets carry over. Diacritics and tatweel are dropped through an offset map when a text has any.
An Arabic match may follow a clitic (`و`, `ف`, `ب`, `ل`, `ك` and their pairs; `لل` before a word
with the article): the mention starts after the clitic.

The data files live in `govnews/extract/data/`: `places.tsv`, `orgs.tsv` and `lexicon.txt`, and for English texts
`places_world_en.tsv` (the world's places that `places.tsv` lacks).
"""

from __future__ import annotations

import array
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from govnews.normalize import class_table, codepoints, translate

_FOLD_FROM = "أإآٱىةؤئ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹“”„«»‘’`" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_FOLD_TO = "اااايهوي01234567890123456789" + "\"" * 5 + "'" * 3 + "abcdefghijklmnopqrstuvwxyz"
_FOLD = str.maketrans(_FOLD_FROM, _FOLD_TO)
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c-\u200f]")

ARABIC_CLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
_ELIDED_ARTICLE = ("ل", "ول", "فل")  # لل + word: the article's alef is dropped after ل


def fold(text: str) -> str:
    """Fold a text for matching, one character for one.

    >>> fold("إمارة دبي")
    'اماره دبي'
    """
    return translate(text, _FOLD)


@functools.lru_cache(maxsize=16384)  # the same words and names come back from text to text
def fold_key(text: str) -> str:
    """Fold a gazetteer entry: as `fold`, without marks and with single spaces."""
    return " ".join(_MARKS.sub("", fold(text)).split())


@dataclass(frozen=True)
class Folded:
    """A folded text and the way back to the offsets of the original."""

    text: str  # folded, marks removed
    offsets: Sequence[int] | None  # original offset of each folded character (None: the same)
    length: int  # length of the original

    def orig(self, i: int) -> int:
        """Map an offset of the folded text back to the original text."""
        if self.offsets is None:
            return i
        return self.offsets[i] if i < len(self.offsets) else self.length


def folded(text: str) -> Folded:
    """Fold `text`, keeping a map to its offsets when marks had to be dropped."""
    out = fold(text)
    if not _MARKS.search(out):
        return Folded(out, None, len(text))
    import numpy as np

    found = codepoints(out)
    keep = np.flatnonzero(~class_table(_MARKS)[np.minimum(found, 0xFFFF)])  # every mark is in the BMP
    return Folded(found[keep].tobytes().decode("utf-32-le", "surrogatepass"), array.array("q", keep.tobytes()), len(text))


@dataclass(frozen=True)
class Entry:
    """One gazetteer form."""

    type: str  # LOC ORG
    key: str  # stable identifier: ISO code for countries, a slug otherwise
    kind: str  # country, city, emirate, region, governorate, org
    value: str  # canonical form in the language of the form
    lang: str  # ar en
    form: str  # the form as written in the gazetteer
    elided: bool = False  # the form lost the article's alef after a ل clitic


@dataclass(frozen=True)
class Match:
    start: int  # offsets into the original text, clitic excluded
    end: int
    entry: Entry


def _data(name: str) -> str:
    return resources.files("govnews.extract").joinpath("data").joinpath(name).read_text(encoding="utf-8")


@functools.cache
def word_lists() -> dict[str, tuple[str, ...]]:
    """Read `lexicon.txt` into its sections."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in _data("lexicon.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return {name: tuple(dict.fromkeys(words)) for name, words in sections.items()}


def _rows(name: str):
    for line in _data(name).splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


@functools.cache
def entries() -> tuple[Entry, ...]:
    """Every place and organization form of the gazetteers."""
    out: list[Entry] = []
    for key, kind, ar, en in _rows("places.tsv"):
        out += _forms("LOC", key, kind, ar, en)
    for key, ar, en in _rows("orgs.tsv"):
        out += _forms("ORG", key, "org", ar, en)
    for key, kind, en in _rows("places_world_en.tsv"):
        out += _forms("LOC", key, kind, "", en)
    return tuple(out)


def _forms(type_: str, key: str, kind: str, ar: str, en: str) -> list[Entry]:
    out = []
    for lang, forms in (("ar", ar), ("en", en)):
        names = [f for f in forms.split("|") if f]
        for form in names:
            out.append(Entry(type_, key, kind, names[0], lang, form))
    return out


class Automaton:
    """An Aho-Corasick automaton over folded forms, with word-boundary and clitic checks."""

    def __init__(self, forms: dict[str, list[Entry]]):
        import ahocorasick  # a C extension: imported on first use

        self._auto = ahocorasick.Automaton()
        for key, payload in forms.items():
            self._auto.add_word(key, (len(key), tuple(payload)))
        self._auto.make_automaton()

    def find(self, f: Folded, *, lang: str) -> list[Match]:
        """Every valid match in a folded text, overlapping ones included."""
        text = f.text
        n = len(text)
        out = []
        for end, (length, payload) in self._auto.iter(text):
            end += 1
            start = end - length
            if end < n and text[end].isalnum():
                continue
            for entry in payload:
                if entry.lang != lang:
                    continue
                if not _left_ok(text, start, entry):
                    continue
                out.append(Match(f.orig(start), f.orig(end - 1) + 1, entry))
        return out


def _left_ok(text: str, start: int, entry: Entry) -> bool:
    if entry.elided:
        w = _word_start(text, start)
        return text[w:start] in _ELIDED_ARTICLE
    if start == 0 or not text[start - 1].isalnum():
        return True
    if entry.lang != "ar":
        return False
    w = _word_start(text, start)
    return text[w:start] in ARABIC_CLITICS


def _word_start(text: str, i: int) -> int:
    j = i
    while j > 0 and text[j - 1].isalnum() and i - j < 3:
        j -= 1
    if j > 0 and text[j - 1].isalnum():
        return -1  # more than a clitic before the match
    return j


@functools.cache
def names_automaton() -> Automaton:
    """The automaton of every place and organization form, loaded once."""
    forms: dict[str, list[Entry]] = {}
    for e in entries():
        for form in _variants(e):
            forms.setdefault(form[0], []).append(form[1])
    for key in forms:
        forms[key] = list(dict.fromkeys(forms[key]))
    return Automaton(forms)


def _variants(e: Entry) -> list[tuple[str, Entry]]:
    key = fold_key(e.form)
    out = [(key, e)]
    if e.lang == "ar" and key.startswith("ال"):
        out.append((key[1:], Entry(e.type, e.key, e.kind, e.value, e.lang, e.form, elided=True)))
    return out


def lookup(form: str) -> list[Entry]:
    """The gazetteer entries of a form as written (`"مملكة البحرين"`)."""
    return list(_entries_by_key().get(fold_key(form), ()))


@functools.cache
def _entries_by_key() -> dict[str, tuple[Entry, ...]]:
    """The gazetteer entries by the folded key of their form, in the order of `entries`."""
    out: dict[str, list[Entry]] = {}
    for e in entries():
        out.setdefault(fold_key(e.form), []).append(e)
    return {key: tuple(found) for key, found in out.items()}
