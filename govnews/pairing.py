"""Find which English article translates which Arabic article, from what both sides share.

Each document is reduced to a compact `Signature` (numbers and dates by value, names as
phonetic skeletons, the English words its vocabulary maps to, length, paragraph count,
publication date, URL keys), so pairing needs an index, not the texts. `pair`:

1. blocks: an inverted index over the Arabic signatures' keys (numbers, dates, names, URL
   numbers and slugs, terms; rarest first, common keys only within a posting budget) proposes,
   for each English article, the Arabic articles sharing the most inverse-document-frequency
   mass, within a publication-date window when both dates are known;
2. scores each candidate 0..1: weighted overlap of numbers, dates, names and lexicon terms,
   length ratio, paragraph counts, URL keys and publication dates, through a logistic link.
   Only distinctive evidence counts in full: a shared key weighs its rarity, keys of common
   kinds (the numbers 0 to 10, countries' names, dates of the news day) count together as one,
   what two articles of their sizes would share by chance is taken off, and a publication on
   the same day counts as much as that is rare in the collection;
3. assigns one to one, greedily by score, keeping pairs at or above `threshold`, and pairs
   below it (down to 0.4 x threshold) whose two sides are each other's best candidate by a
   factor of 3 over the runner-up and whose words agree; an article with no translation stays
   unpaired.

>>> ar = Signature("a1", "ar", numbers=("2001",), names=("sbkr",), terms=("course", "training"), length=900)
>>> en = Signature("e1", "en", numbers=("2001",), names=("sbkr",), terms=("course", "training"), length=1000)
>>> [(p.ar_doc_id, p.en_doc_id) for p in pair([ar, en])]
[('a1', 'e1')]
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import operator
import re
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal
from urllib.parse import unquote, urlsplit

from govnews.align import AR_PER_EN_CHARS, align, number_keys
from govnews.errors import ConfigError
from govnews.lexicon import AR_STOPWORDS, AR_TOKEN, EN_STOPWORDS, Lexicon, ar_norm, en_tokens, shared_seed
from govnews.records import AlignedUnit, Document, Entity, Pair
from govnews.translit import arabic_word_key, word_keys

__all__ = ["Signature", "signature", "pair", "score", "align_documents", "METHOD"]

METHOD = "signature-v1"

_NAME_TYPES = frozenset({"PERSON", "ORG", "LOC", "EVENT"})
_NUMBER_TYPES = frozenset({"NUMBER", "PERCENT", "MONEY"})
_EN_NAME = re.compile(r"\b(?:[A-Z][a-z’'\-]+[a-z]|[A-Z]{2,})\b")
_URL_SPLIT = re.compile(r"[/\-_.?=&#+,;:%]+")
_URL_STOP = frozenset("www com org net gov html htm php aspx asp jsp index news article articles ar en arabic english page details".split())
_MAX_NAMES = 400  # skeleton keys kept per document (the rarest-looking: longest first)


@dataclass(frozen=True)
class Signature:
    """What pairing needs to know of a document: the evidence a translation would share."""

    doc_id: str
    lang: str  # "ar" or "en"
    numbers: tuple[str, ...] = ()  # numbers by value (`number_keys` form), sorted
    dates: tuple[str, ...] = ()  # ISO values of the DATE and DURATION entities, sorted
    names: tuple[str, ...] = ()  # phonetic skeletons (`translit.word_keys`) of names; Arabic: of words the lexicon lacks
    terms: tuple[str, ...] = ()  # English content words: the lexicon's renderings (ar) or the words the lexicon knows (en)
    length: int = 0  # characters of the text
    paragraphs: int = 0
    published: dt.date | None = None
    url: str | None = None
    url_keys: tuple[str, ...] = ()  # numbers and slug words of the URL path


def _number_of(entity: Entity) -> str | None:
    if entity.number is None or not math.isfinite(entity.number):
        return None
    text = f"{entity.number:f}".rstrip("0").rstrip(".")
    keys = number_keys(text)
    return next(iter(keys)) if keys else None


def _url_keys(url: str | None) -> tuple[str, ...]:
    if not url:
        return ()
    parts = urlsplit(url)
    path = unquote(parts.path + ("?" + parts.query if parts.query else ""))
    keys = set()
    for token in _URL_SPLIT.split(path.lower()):
        if token.isdigit() and len(token) >= 3:
            keys.add(token)
        elif token.isascii() and token.isalpha() and len(token) >= 4 and token not in _URL_STOP:
            keys.add(token)
    return tuple(sorted(keys))


@dataclass(slots=True, eq=False)
class _ArabicWord:
    """What a signature takes from one Arabic word form (one object per form, told apart by identity)."""

    content: str | None  # matching form; None for a stopword (phrases are read without them)
    terms: frozenset[str]  # the lexicon's English content words for it (none for a stopword)
    names: tuple[str, ...]  # its name key (`arabic_word_key`), when the lexicon cannot translate it


# `_ArabicWord` of the word forms seen, by lexicon: plain dicts (the forms recur; a look-up per form)
_ARABIC_WORDS: weakref.WeakKeyDictionary[Lexicon, dict[str, _ArabicWord]] = weakref.WeakKeyDictionary()
_ARABIC_WORDS_MAX = 1 << 18
_CONTENT, _TERMS, _NAMES = (operator.attrgetter(f) for f in ("content", "terms", "names"))
_IS_WORD = functools.partial(operator.is_not, None)


def _arabic_words(words: Sequence[str], lexicon: Lexicon) -> list[_ArabicWord]:
    """`_ArabicWord` of each word, from the lexicon's cache where it can."""
    cache = _ARABIC_WORDS.setdefault(lexicon, {})
    found = list(map(cache.get, words))
    if None in found:
        if len(cache) > _ARABIC_WORDS_MAX:
            cache.clear()
        new = list(dict.fromkeys(w for w, f in zip(words, found) if f is None))
        norms = list(map(ar_norm, new))
        for word, norm, translations in zip(new, norms, lexicon.words_translations(norms)):
            key = "" if norm and translations else arabic_word_key(word)
            names = (key,) if len(key) >= 3 else ()
            cache[word] = _ArabicWord(None, frozenset(), names) if norm in AR_STOPWORDS else _ArabicWord(norm, translations, names)
        found = [cache[w] if f is None else f for w, f in zip(words, found)]
    return found


def signature(doc: Document, entities: Sequence[Entity], *, lexicon: Lexicon | None = None) -> Signature:
    """Build the pairing signature of a document from its text and extracted entities.

    >>> from govnews.records import Document
    >>> doc = Document("d", "en", 1.0, None, None, None, None, None, None,
    ...                "The Institute trained Ali Sebkar for 2001 hours.", "", [], [], [], [], "", "")
    >>> s = signature(doc, [], lexicon=Lexicon.seed())
    >>> s.numbers, s.names, "institute" in s.terms
    (('2001',), ('nst', 'sbkr'), True)
    """
    lexicon = shared_seed() if lexicon is None else lexicon
    # The title (when cleaning kept it apart) carries names and numbers as much as the body.
    text = f"{doc.title}\n{doc.text}" if doc.title and doc.title not in doc.text[:300] else doc.text
    numbers = number_keys(text)
    dates: set[str] = set()
    names: set[str] = set()
    for entity in entities:
        if entity.type in _NUMBER_TYPES:
            key = _number_of(entity)
            if key:
                numbers.add(key)
        if entity.type in ("DATE", "DURATION") and entity.value:
            dates.add(entity.value)
        elif entity.type in _NAME_TYPES:
            names.update(k for k in word_keys(entity.text) if len(k) >= 2)
    if doc.lang == "ar":
        read = _arabic_words(AR_TOKEN.findall(text), lexicon)
        forms = set(read)  # each word form once
        terms = set().union(*map(_TERMS, forms))
        terms |= lexicon.phrase_concepts(list(filter(_IS_WORD, map(_CONTENT, read))))
        names.update(*map(_NAMES, forms))
    else:
        vocabulary = lexicon.english_words()
        terms = {t for t in en_tokens(text) if t in vocabulary and t not in EN_STOPWORDS}
        capitalized = {w for w in _EN_NAME.findall(text) if w.lower() not in EN_STOPWORDS}
        names.update(k for w in capitalized for k in word_keys(w) if len(k) >= 2)
    if len(names) > _MAX_NAMES:
        names = set(sorted(names, key=lambda k: (-len(k), k))[:_MAX_NAMES])
    return Signature(
        doc_id=doc.doc_id,
        lang=doc.lang,
        numbers=tuple(sorted(numbers)),
        dates=tuple(sorted(dates)),
        names=tuple(sorted(names)),
        terms=tuple(sorted(terms)),
        length=len(doc.text),
        paragraphs=len(doc.paragraphs) or text.count("\n\n") + 1,
        published=doc.published,
        url=doc.url,
        url_keys=_url_keys(doc.url),
    )


# ---------------------------------------------------------------------------------------------
# Scoring

_FIELDS = ("numbers", "dates", "names", "terms", "url_keys")
_BLOCK_FIELDS = ("numbers", "dates", "names", "url_keys", "terms")
_BLOCK_WEIGHT = {"numbers": 1.0, "dates": 1.0, "names": 1.0, "url_keys": 1.0, "terms": 0.3}
# Below the threshold, a pair is still kept when each side is the other's best candidate by a
# clear factor (competitive linking): the score is at least _MARGIN_FLOOR * threshold and
# _MARGIN_FACTOR times the runner-up's (a runner-up under _MARGIN_NOISE counts as that).
_MARGIN_FLOOR = 0.4
_MARGIN_FACTOR = 3.0
_MARGIN_NOISE = 0.05
# ... and when its words agree beyond chance (terms feature, 0..1): two articles that share a
# figure or two and no vocabulary are a coincidence, however far ahead of the rest.
_MARGIN_TERMS = 0.1
# Weights of the logistic score; the intercept keeps a pair with no shared evidence near 0.
_WEIGHTS = {"numbers": 5.0, "dates": 2.0, "names": 4.0, "terms": 7.0, "url_keys": 4.0, "length": 1.5, "paragraphs": 0.5}
_INTERCEPT = -6.0
_DATE_WINDOW_DAYS = 31
_MIN_COLLECTION = 20  # documents a key's rarity is counted against, at the least
# Keys of common kinds come together in unrelated articles: a list numbers its items, world news
# names its countries, every release of a day says "today". Those two articles share count as
# one key, the rarest of them.
_SMALL_NUMBERS = frozenset(map(str, range(11)))  # counts and the items of a list


@functools.cache
def _country_keys() -> dict[str, frozenset[str]]:
    """The name keys and English words of the countries' one-word names in the gazetteer
    (France, فرنسا, UAE, السعودية); a longer form's words (Republic, United, Arab) are not names."""
    from govnews.extract.gazetteer import entries

    forms = [e for e in entries() if e.kind == "country" and " " not in e.form]
    words = {w for e in forms if e.lang == "en" for w in en_tokens(e.form)}
    return {
        "names": frozenset(k for e in forms for k in word_keys(e.form) if len(k) >= 2),
        "terms": frozenset(w for w in words if len(w) >= 2 and w not in EN_STOPWORDS),
    }


def _days(a: Signature, e: Signature) -> tuple[int, ...]:
    """The publication days of two articles, as ordinals."""
    return tuple(s.published.toordinal() for s in (a, e) if s.published)


def _news_day(key: str, days: tuple[int, ...]) -> bool:
    """Whether a date value is a day within one of `days` (ordinals): today, yesterday, a weekday just named."""
    if not days or len(key) != 10:
        return False
    try:
        day = dt.date.fromisoformat(key).toordinal()
    except ValueError:
        return False
    return any(abs(day - d) <= 1 for d in days)


class _Idf(dict):
    """Inverse document frequencies of one field's keys, each computed when first asked for."""

    def __init__(self, counts: Counter, log_n: float):
        super().__init__()
        self.counts, self.log_n = counts, log_n

    def __missing__(self, key: str) -> float:
        value = self[key] = self.log_n - math.log(self.counts.get(key, 0) + 1) + 0.1  # a key no document holds: log_n + 0.1
        return value


class _Stats:
    """Inverse document frequencies of every key, by field, over both languages, and what the
    collection tells of chance agreement: keys per document, how often dates fall on the same day."""

    def __init__(self, signatures: Sequence[Signature]):
        self.n = max(len(signatures), 1)
        # a small collection is scored as if it were part of a larger one: two releases that share
        # every name are a pair, not a sign that the names are common
        log_n = math.log(max(self.n, _MIN_COLLECTION) + 1)
        self.idf_of = {
            f: _Idf(Counter(itertools.chain.from_iterable(map(operator.attrgetter(f), signatures))), log_n) for f in _FIELDS
        }
        self.scale = 0.5 * log_n  # shared idf mass worth ~63% confidence: about two keys of middling rarity
        self.keys_per_doc = {f: max(1.0, sum(len(getattr(s, f)) for s in signatures) / self.n) for f in _FIELDS}
        self.common_keys = {"numbers": _SMALL_NUMBERS, **_country_keys()}  # dates of the news day: `_news_day`
        self.same_day = _same_day_weight(signatures)
        self._mass: dict[tuple[int, str], float] = {}
        self._chance: dict[tuple[int, str], float] = {}

    def idf(self, field: str, key: str) -> float:
        return self.idf_of[field][key]

    def mass(self, sig: Signature, field: str) -> float:
        """Total idf of a signature's keys in one field (cached: each article is scored many times)."""
        key = (id(sig), field)
        found = self._mass.get(key)
        if found is None:
            idf = self.idf_of[field]
            found = self._mass[key] = sum(idf[k] for k in getattr(sig, field))
        return found

    def chance(self, sig: Signature, field: str, other: Signature) -> float:
        """Idf mass of a signature's keys that `other` would hold by chance, its size considered:
        each key as often as in the collection's documents, times `other`'s keys over the mean."""
        key = (id(sig), field)
        found = self._chance.get(key)
        if found is None:
            idf = self.idf_of[field]
            # a key's share of the documents is exp(0.1 - idf), from the idf's own formula
            found = self._chance[key] = sum(idf[k] * math.exp(0.1 - idf[k]) for k in getattr(sig, field))
        return found * len(getattr(other, field)) / self.keys_per_doc[field]

    def shared_mass(self, field: str, keys: Iterable[str], days: tuple[int, ...]) -> float:
        """Total idf of shared keys, those of common kinds counting as one (the rarest of them);
        `days`: the two articles' publication days, for dates."""
        idf = self.idf_of[field]
        kind = self.common_keys.get(field, ())
        total = common = 0.0
        for k in keys:
            if k in kind or (field == "dates" and _news_day(k, days)):
                common = max(common, idf[k])
            else:
                total += idf[k]
        return total + common


def _same_day_weight(signatures: Sequence[Signature]) -> float:
    """What a publication within a day of the other side's adds to a pair's score: up to 1, less
    as it is common among the collection's Arabic and English articles (-log of its rate)."""
    days = {
        lang: Counter(s.published.toordinal() for s in signatures if s.lang == lang and s.published) for lang in ("ar", "en")
    }
    dated = sum(days["ar"].values()) * sum(days["en"].values())
    if not dated:
        return 1.0
    near = sum(n * (days["en"][d - 1] + days["en"][d] + days["en"][d + 1]) for d, n in days["ar"].items())
    return min(1.0, -math.log(near / dated)) if near else 1.0


def _overlap(stats: _Stats, field: str, a: Signature, e: Signature, *, en_side_only: bool = False) -> tuple[float, list[str]]:
    a_keys, e_keys = getattr(a, field), getattr(e, field)
    if not a_keys or not e_keys:
        return 0.0, []
    common = set(a_keys).intersection(e_keys)
    if not common:
        return 0.0, []
    idf = stats.idf_of[field]
    shared = sorted(common, key=lambda k: (-idf[k], k))  # most telling first
    shared_mass = stats.shared_mass(field, shared, _days(a, e) if field == "dates" else ())
    # The share is of what the two hold beyond what articles of their sizes share by chance (as
    # Cohen's kappa): long articles share many keys with anything.
    if en_side_only:
        whole, chance = stats.mass(e, field), stats.chance(e, field, a)
    else:
        whole = (stats.mass(a, field) + stats.mass(e, field)) / 2
        chance = (stats.chance(e, field, a) + stats.chance(a, field, e)) / 2
    share = min(1.0, max(0.0, (shared_mass - chance) / (whole - chance))) if whole > chance else 0.0
    # A full share of little evidence (one common number) is weaker than a full share of much.
    return share * (1.0 - math.exp(-shared_mass / stats.scale)), shared


def _score(stats: _Stats, a: Signature, e: Signature) -> tuple[float, dict, dict[str, float]]:
    """The score of a candidate pair, its evidence, and the features the score weighs."""
    features: dict[str, float] = {}
    evidence: dict = {}
    for field in _FIELDS:
        # Arabic names are the skeletons of every word the lexicon lacks: measure them on the English side.
        value, shared = _overlap(stats, field, a, e, en_side_only=field == "names")
        if field == "url_keys" and any(k.isdigit() and len(k) >= 4 for k in shared):
            value = 1.0  # the same article number in both addresses
        features[field] = value
        evidence[field if field != "url_keys" else "url"] = shared[:30]
    ratio = (a.length / AR_PER_EN_CHARS) / e.length if a.length and e.length else 0.0
    features["length"] = math.exp(-(math.log(ratio) ** 2) / (2 * 0.35**2)) if ratio > 0 else 0.0
    evidence["length_ratio"] = round(a.length / e.length, 3) if e.length else None
    if a.paragraphs and e.paragraphs:
        features["paragraphs"] = min(a.paragraphs, e.paragraphs) / max(a.paragraphs, e.paragraphs)
        evidence["paragraphs"] = [a.paragraphs, e.paragraphs]
    z = _INTERCEPT + sum(_WEIGHTS[k] * v for k, v in features.items())
    if a.published and e.published:
        days = abs((a.published - e.published).days)
        evidence["published_days"] = days
        z += stats.same_day if days <= 1 else (0.0 if days <= 7 else -2.0)
    return 1.0 / (1.0 + math.exp(-z)), evidence, features


def score(ar: Signature, en: Signature, *, corpus: Sequence[Signature] | None = None) -> tuple[float, dict]:
    """Score how likely `en` translates `ar`, 0 to 1, with the evidence; rarity is measured over `corpus`.

    >>> a = Signature("a", "ar", numbers=("2001", "4"), terms=("training",), length=900)
    >>> e = Signature("e", "en", numbers=("2001", "4"), terms=("training",), length=1000)
    >>> other = Signature("o", "en", numbers=("17",), terms=("oil",), length=4000)
    >>> score(a, e, corpus=[a, e, other])[0] > score(a, other, corpus=[a, e, other])[0]
    True
    >>> score(a, e)[1]["numbers"]
    ['2001', '4']
    """
    value, evidence, _ = _score(_Stats(list(corpus) if corpus else [ar, en]), ar, en)
    return value, evidence


# ---------------------------------------------------------------------------------------------
# Pairing


def pair(
    signatures: Iterable[Signature],
    *,
    lexicon: Lexicon | None = None,
    threshold: float = 0.5,
    candidates: int = 20,
    max_df: float = 0.02,
    posting_budget: int = 5000,
) -> list[Pair]:
    """Pair Arabic articles with their English translations, one to one; return the pairs by score.

    `candidates` bounds the Arabic articles scored per English article; `max_df` is the share of
    documents above which a key is too common to block on unless `posting_budget` (postings read
    per English article) allows. `lexicon` is accepted for symmetry
    with `signature` (signatures already hold the lexicon's terms).

    >>> a = Signature("a", "ar", numbers=("17", "2014"), names=("sbkr",), terms=("summit",), length=950)
    >>> e = Signature("e", "en", numbers=("17", "2014"), names=("sbkr",), terms=("summit",), length=1000)
    >>> lone = Signature("b", "ar", numbers=("5",), terms=("ministry",), length=3000)
    >>> [(p.ar_doc_id, p.en_doc_id) for p in pair([a, lone, e])]
    [('a', 'e')]
    """
    del lexicon
    if not 0.0 <= threshold <= 1.0:
        raise ConfigError(f"threshold must be between 0 and 1, got {threshold!r}")
    sigs = [s for s in signatures if s.lang in ("ar", "en")]
    ar_sigs = [s for s in sigs if s.lang == "ar"]
    en_sigs = [s for s in sigs if s.lang == "en"]
    if not ar_sigs or not en_sigs:
        return []
    stats = _Stats(sigs)
    cap = max(30, int(max_df * len(sigs)))
    # Keys are visited rarest first; common keys are used only while the posting budget lasts,
    # so an article whose evidence is all common still gets candidates, at bounded cost.
    budget = max(2 * cap, posting_budget)
    import numpy as np

    lists: dict[tuple[str, str], list[int]] = defaultdict(list)
    sizes = np.zeros(len(ar_sigs))
    wanted = {field: {k for en in en_sigs for k in getattr(en, field)} for field in _BLOCK_FIELDS}  # keys looked up
    for i, sig in enumerate(ar_sigs):
        for field in _BLOCK_FIELDS:
            keys = getattr(sig, field)
            sizes[i] += len(keys)
            for k in wanted[field].intersection(keys):
                lists[(field, k)].append(i)
    index = {key: np.array(posting, dtype=np.int32) for key, posting in lists.items()}
    del lists
    norm = 1.0 / np.sqrt(sizes + 10.0)  # long articles hold many keys: their mass is scaled down, as in a cosine
    scored: list[tuple[float, int, int, dict]] = []
    best_ar: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0])  # the two best scores each article reached
    best_en: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0])
    mass = np.zeros(len(ar_sigs))
    for j, en in enumerate(en_sigs):
        keys = [(field, k) for field in _BLOCK_FIELDS for k in getattr(en, field) if (field, k) in index]
        keys.sort(key=lambda fk: len(index[fk]))
        spent = 0
        touched = []
        for field, k in keys:
            posting = index[(field, k)]
            if len(posting) > cap and spent + len(posting) > budget:
                break
            spent += len(posting)
            mass[posting] += _BLOCK_WEIGHT[field] * stats.idf(field, k)
            touched.append(posting)
        if not spent:
            continue
        # Few postings: gather them; many (or a small corpus): scan the mass array.
        hit = np.unique(np.concatenate(touched)) if spent * 8 < len(ar_sigs) else np.flatnonzero(mass)
        ranked = mass[hit] * norm[hit]
        mass[hit] = 0.0
        if len(hit) > candidates:
            best = np.argpartition(-ranked, candidates)[:candidates]
            hit, ranked = hit[best], ranked[best]
        top = hit[np.lexsort((hit, -ranked))]
        for i in top.tolist():
            ar = ar_sigs[i]
            if ar.published and en.published and abs((ar.published - en.published).days) > _DATE_WINDOW_DAYS:
                continue
            value, evidence, features = _score(stats, ar, en)
            for best in (best_ar[i], best_en[j]):
                if value > best[0]:
                    best[0], best[1] = value, best[0]
                elif value > best[1]:
                    best[1] = value
            if value >= _MARGIN_FLOOR * threshold:
                scored.append((value, i, j, evidence, features["terms"]))
    scored.sort(key=lambda t: (-t[0], ar_sigs[t[1]].doc_id, en_sigs[t[2]].doc_id))
    # with one article on a side there is no runner-up to be clearly better than: the threshold decides
    by_margin = len(ar_sigs) > 1 and len(en_sigs) > 1
    used_ar: set[int] = set()
    used_en: set[int] = set()
    pairs = []
    for value, i, j, evidence, terms in scored:
        if i in used_ar or j in used_en:
            continue
        if value >= threshold:
            evidence["decision"] = "threshold"
        elif (
            by_margin
            and _clear_best(value, best_ar[i])
            and _clear_best(value, best_en[j])
            and terms >= _MARGIN_TERMS
        ):
            evidence["decision"] = "margin"
        else:
            continue
        used_ar.add(i)
        used_en.add(j)
        pairs.append(Pair(ar_sigs[i].doc_id, en_sigs[j].doc_id, round(value, 4), evidence, METHOD))
    return pairs


def _clear_best(value: float, best_two: list[float]) -> bool:
    """Whether `value` is an article's best score by a clear factor over its runner-up."""
    return value >= best_two[0] and value >= _MARGIN_FACTOR * max(best_two[1], _MARGIN_NOISE)


def align_documents(
    ar_doc: Document,
    en_doc: Document,
    *,
    lexicon: Lexicon | None = None,
    level: Literal["sentence", "paragraph"] = "sentence",
) -> list[AlignedUnit]:
    """Align a paired Arabic and English document: sentences (paragraphs as soft anchors) or paragraphs.

    Units hold indexes into `doc.sentences`, or into `doc.paragraphs` with `level="paragraph"`.

    >>> from govnews.records import Document, SentenceSpan, Span
    >>> ar = Document("a", "ar", 1.0, None, None, None, None, None, None, "افتتح الوزير 3 مدارس.", "",
    ...               [Span(0, 21)], [SentenceSpan(0, 21, 0)], [], [], "", "")
    >>> en = Document("e", "en", 1.0, None, None, None, None, None, None, "The minister opened 3 schools.", "",
    ...               [Span(0, 30)], [SentenceSpan(0, 30, 0)], [], [], "", "")
    >>> [(u.ar, u.en) for u in align_documents(ar, en)]
    [((0,), (0,))]
    """
    if level == "paragraph":
        return align(
            [ar_doc.text[p.start : p.end] for p in ar_doc.paragraphs],
            [en_doc.text[p.start : p.end] for p in en_doc.paragraphs],
            lexicon=lexicon,
            level="paragraph",
        )
    if level != "sentence":
        raise ConfigError(f"level must be 'sentence' or 'paragraph', got {level!r}")
    ar_sents = [ar_doc.text[s.start : s.end] for s in ar_doc.sentences]
    en_sents = [en_doc.text[s.start : s.end] for s in en_doc.sentences]
    return align(
        ar_sents,
        en_sents,
        lexicon=lexicon,
        ar_paragraphs=[s.paragraph for s in ar_doc.sentences],
        en_paragraphs=[s.paragraph for s in en_doc.sentences],
    )
