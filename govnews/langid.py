"""Detect the language of a text: ISO 639-1 code and a confidence.

Most press releases are decided by their script alone: a text written mostly in Arabic
letters is Arabic unless it shows Persian- or Urdu-only letters in quantity and no
Arabic-only ones, and a Latin-script text full of English function words is English.
Only the remaining cases go to langdetect (seeded, so results are deterministic), whose
answer is kept from labelling Arabic with English brand names as Persian, Urdu or Tagalog.
"""

from __future__ import annotations

import functools
import re
import threading
from typing import Any, NamedTuple

_SAMPLE = 3000  # characters looked at: enough to decide, cheap for long articles

_ARABIC = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_LETTER = re.compile(r"[^\W\d_]+")
_PERSIAN_ONLY = re.compile(r"[\u067e\u0686\u0698\u06af\u06a9\u06cc]")  # پ چ ژ گ ک ی
_URDU_ONLY = re.compile(r"[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]")  # ٹ ڈ ڑ ں ھ ہ ے
_ARABIC_ONLY = re.compile(r"[\u0629\u064a\u0643\u0649]")  # ة ي ك ى: absent from Persian and Urdu spelling
_CLASSES = (_LETTER, _ARABIC, _LATIN, _ARABIC_ONLY, _PERSIAN_ONLY, _URDU_ONLY)  # what `detect` counts the characters of
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_ENGLISH_FUNCTION = frozenset(
    "the of and to in a an is are was were be been for on that with by as at from has have had this it its "
    "which will would said his her their they he she we who not or but also after into than over about".split()
)
# Latin-script languages langdetect may answer with for long enough text; anything else
# (Tagalog, Somali, Afrikaans... on a short English phrase) is treated as noise.
_LATIN_LANGS = frozenset("en fr es de it pt nl tr id ms sv da no fi pl ro cs hu".split())

_factory: Any = None
_lock = threading.Lock()


def detect(text: str) -> tuple[str, float]:
    """Return the language of `text` as (ISO 639-1 code, score from 0 to 1).

    >>> detect("نظمت الأمانة العامة للمجلس التنفيذي بدبي ورشة تدريبية حول الإعلام الاجتماعي.")
    ('ar', 1.0)
    >>> detect("")
    ('und', 0.0)
    """
    sample = text[:_SAMPLE]
    counts = _counts(sample)
    letters, arabic, latin = counts.letters, counts.arabic, counts.latin
    if not letters:
        return ("und", 0.0)
    if arabic >= 0.3 * letters or (arabic and arabic >= latin and arabic + latin >= 0.8 * letters):
        return _arabic_script(counts)
    if latin >= 0.5 * letters:
        return _latin_script(sample, counts)
    return _langdetect(sample) or ("und", 0.0)


class _Counts(NamedTuple):
    """How many characters of a sample are of each of `_CLASSES`."""

    letters: int
    arabic: int
    latin: int
    arabic_only: int
    persian: int
    urdu: int


def _counts(sample: str) -> _Counts:
    import numpy as np

    from govnews.normalize import codepoints

    found = codepoints(sample)
    if found.size and found.max() > 0xFFFF:  # beyond the tables: count with the patterns
        return _Counts(*(sum(map(len, pattern.findall(sample))) for pattern in _CLASSES))
    classes = _class_bits()[found]
    return _Counts(*(int(np.count_nonzero(classes & (1 << k))) for k in range(len(_CLASSES))))


@functools.cache
def _class_bits() -> Any:
    """For each BMP character, which of `_CLASSES` it belongs to: bit k for class k."""
    import numpy as np

    from govnews.normalize import class_table

    bits = np.zeros(0x10000, dtype=np.uint8)
    for k, pattern in enumerate(_CLASSES):
        bits[class_table(pattern)] |= 1 << k
    return bits


def _arabic_script(counts: _Counts) -> tuple[str, float]:
    arabic = counts.arabic
    share = round(arabic / counts.letters, 3)
    if arabic >= 20 and counts.arabic_only <= 0.005 * arabic:
        if counts.urdu >= 0.03 * arabic and counts.urdu >= 3:
            return ("ur", share)
        if counts.persian >= 0.04 * arabic and counts.persian >= 3:
            return ("fa", share)
    return ("ar", share)


def _latin_script(sample: str, counts: _Counts) -> tuple[str, float]:
    words = _WORD.findall(sample)
    function = sum(1 for word in words if word.lower() in _ENGLISH_FUNCTION)
    share = counts.latin / counts.letters
    if words and function >= 0.15 * len(words):
        return ("en", round(min(1.0, share), 3))
    if counts.arabic >= 0.15 * counts.letters:
        # Arabic prose around Latin-script material that is not prose (code, URLs, lists of names).
        return _arabic_script(counts)
    guess = _langdetect(sample)
    if guess and guess[0] in _LATIN_LANGS and (guess[0] == "en" or counts.latin >= 40):
        return guess
    # Headlines and short phrases carry too little to tell; English is the likely language
    # of a Latin-script text in an Arabic/English release corpus.
    return ("en", round(0.5 * share, 3))


def _langdetect(sample: str) -> tuple[str, float] | None:
    from langdetect.lang_detect_exception import LangDetectException

    detector = _get_factory().create()
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return None
    lang = best.lang.split("-")[0]
    if lang in ("fa", "ur", "ps"):  # only the letter rules above may call Arabic script non-Arabic
        lang = "ar"
    return (lang, round(float(best.prob), 3))


def _get_factory() -> Any:
    """Load langdetect's profiles once per process, seeded for deterministic answers."""
    global _factory
    if _factory is None:
        with _lock:
            if _factory is None:
                from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

                factory = DetectorFactory()
                factory.load_profile(PROFILES_DIRECTORY)
                factory.seed = 0
                _factory = factory
    return _factory
