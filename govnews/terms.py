"""Turn text into the terms that search and classification match on.

Text is normalized with the `search` profile, split into runs of Arabic letters, digits and other
letters, English words lose their plural endings, and an Arabic word also yields the stems left
when its proclitics are taken off (`والوزارة` -> `الوزارة`, `وزارة`), so that a query for one form
finds the others.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

_TOKEN = re.compile(r"[\u0621-\u065F\u0670-\u06D3\u06FA-\u06FF]+|\d+|[^\W\d_\u0600-\u06FF]+")
_ARABIC = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
_LATIN = re.compile(r"[A-Za-z]")

MIN_STEM = 3  # shorter leftovers are mostly not words (`الي` is not `ال` + `ي`)


def _proclitics() -> tuple[str, ...]:
    found = set()
    for conj in ("", "و", "ف"):
        for prep in ("", "ب", "ك", "ل"):
            for det in ("", "ال"):
                if prep == "ل" and det:
                    det = "ل"  # ل + ال is written لل
                found.add(conj + prep + det)
    found.discard("")
    return tuple(sorted(found, key=lambda p: (-len(p), p)))


PROCLITICS = _proclitics()


def normalized(text: str) -> str:
    """Normalize `text` for matching: the `search` profile, lower case.

    >>> normalized("The Institute")  # doctest: +SKIP
    'the institute'
    """
    from .normalize import normalize

    return normalize(text, profile="search").lower()


def english_stem(word: str) -> str:
    """Strip the plural ending of an English word (Harman's S-stemmer).

    >>> english_stem("courses"), english_stem("ministries"), english_stem("news"), english_stem("status")
    ('course', 'ministry', 'new', 'status')
    """
    if len(word) > 4 and word.endswith("ies") and not word.endswith(("eies", "aies")):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and not word.endswith(("aes", "ees", "oes")):
        return word[:-1]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("us", "ss")):
        return word[:-1]
    return word


def is_arabic(token: str) -> bool:
    return "\u0621" <= token[0] <= "\u06ff"


def tokens(text_norm: str) -> list[str]:
    """Split normalized text into surface terms (English words stemmed).

    >>> tokens("دورة تدريبية 2001ساعة training courses")
    ['دورة', 'تدريبية', '2001', 'ساعة', 'training', 'course']
    """
    return [t if is_arabic(t) or t.isdigit() else english_stem(t) for t in _TOKEN.findall(text_norm)]


@functools.lru_cache(maxsize=200_000)
def stems(token: str) -> tuple[str, ...]:
    """Return the stems of an Arabic surface term with its proclitics taken off, longest prefix first.

    >>> stems("والوزارة"), stems("للاعلام"), stems("وزارة")
    (('وزارة', 'الوزارة'), ('اعلام', 'الاعلام', 'لاعلام'), ('زارة',))
    """
    if not is_arabic(token):
        return ()
    found: list[str] = []
    for prefix in PROCLITICS:
        if token.startswith(prefix) and len(token) - len(prefix) >= MIN_STEM:
            rest = token[len(prefix) :]
            for stem in (rest, "ال" + rest) if prefix.endswith("لل") else (rest,):
                if stem not in found and stem != token:
                    found.append(stem)
    return tuple(found)


def query_language(text: str) -> str:
    """Tell whether a query is written in Arabic or English (by its letters).

    >>> query_language("وزارة المالية"), query_language("Ministry of Finance")
    ('ar', 'en')
    """
    return "ar" if len(_ARABIC.findall(text)) >= len(_LATIN.findall(text)) and _ARABIC.search(text) else "en"


def iter_words(text: str) -> Iterator[str]:
    """Yield the normalized surface terms of raw `text`.

    >>> list(iter_words("بوزارة المالية"))  # doctest: +SKIP
    ['بوزارة', 'المالية']
    """
    yield from tokens(normalized(text))


def words(text: str) -> list[str]:
    """Return the normalized words of `text` followed by the proclitic-free stems of its Arabic words."""
    return with_stems(tokens(normalized(text)))


def with_stems(found: list[str]) -> list[str]:
    """Return the tokens followed by the stems of each (`stems`), in order."""
    return found + [stem for word in found for stem in stems(word)]


def normalized_words(text: str) -> str:
    """Return the normalized words of `text` joined by spaces (input of character n-grams)."""
    return " ".join(tokens(normalized(text)))


def char_ngrams(text: str, low: int = 3, high: int = 5) -> list[str]:
    """The character n-grams (`low` to `high` long) of each word of `text`, padded with a space at
    each end, as scikit-learn's `char_wb` analyzer gives them (a word shorter than an n-gram
    counts once, whole)."""
    out = []
    for word in text.split():
        padded = f" {word} "
        for n in range(low, high + 1):
            out.extend(padded[i : i + n] for i in range(max(len(padded) - n, 0) + 1))
            if len(padded) <= n:
                break
    return out
