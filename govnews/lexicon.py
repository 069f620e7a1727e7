"""A bilingual Arabic -> English lexicon: a seed of press-release vocabulary, grown from aligned text.

Entries map an Arabic word or phrase to English words or phrases with a weight (0 to 1). Both
sides are kept in a matching form: Arabic without diacritics or tatweel, alef/ya/ta-marbuta
variants folded and the article ال (with و ف ب ك ل before it) removed; English lower-cased,
possessives and plural -s removed. `Lexicon.learn` runs IBM Model 1 EM over aligned sentences
and merges what it learns with the entries it already has, so a larger corpus pairs and aligns
better.

>>> lex = Lexicon.seed()
>>> "workshop" in lex.translations("ورشة عمل")
True
"""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from govnews.errors import InputError

__all__ = ["Lexicon", "learn_from_dataset", "shared_seed", "ar_tokens", "en_tokens", "ar_norm", "en_norm", "EN_STOPWORDS", "AR_STOPWORDS"]

AR_TOKEN = re.compile(r"[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u064B-\u065F\u0670\u0640]+")
_EN_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?")
# letters folded, marks and tatweel dropped
_AR_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
    | dict.fromkeys([*map(chr, range(0x064B, 0x0660)), "\u0670", "\u0640"])
)
_AR_ARTICLE = re.compile(r"^(?:[وف]?[بك]?ال|[وف]?لل)(?=..)")
_AR_PREFIXES = ("و", "ف", "ب", "ل", "ك")

_SAVED_HEADER = "# govnews lexicon (matching forms): arabic\tenglish\tweight"

EN_STOPWORDS = frozenset(
    """a an the of and or but to in on at by for from with as is are was were be been being it its this that these
    those he she they we you i his her their our your them him us which who whom whose what when where while than
    then there here also not no nor so such into over under about after before between during through against
    within without upon has have had do does did will would shall should can could may might must very more most
    all any both each few other some own same only just up down out off again further once s mr mrs ms""".split()
)

AR_STOPWORDS = frozenset(
    ar.translate(_AR_FOLD)
    for ar in """في من الى إلى على عن مع أن إن ان كان كانت هذا هذه ذلك تلك التي الذي الذين و أو او ثم قد لقد لا لم لن
    ما ماذا هو هي هم هن كما كل بعض غير بين حيث حتى عند عندما منذ خلال لدى أي اي إذا اذا بل لكن ولكن أيضا أيضاً فيه
    فيها منها منه عليه عليها به بها له لها""".split()
)


@lru_cache(maxsize=100_000)
def ar_norm(token: str) -> str:
    """Fold one Arabic token into its matching form: marks removed, letters folded, article removed.

    >>> ar_norm("والإدارة"), ar_norm("للقطاع"), ar_norm("مملكة")
    ('اداره', 'قطاع', 'مملكه')
    """
    token = token.translate(_AR_FOLD)
    article = _AR_ARTICLE.match(token)
    return token[article.end() :] if article else token


@lru_cache(maxsize=100_000)
def en_norm(token: str) -> str:
    """Fold one English token: lower case, possessive and plural -s removed.

    >>> en_norm("Ministries"), en_norm("workshops"), en_norm("BIPA’s"), en_norm("business")
    ('ministry', 'workshop', 'bipa', 'business')
    """
    token = token.lower().replace("’", "'")
    if token.endswith("'s"):
        token = token[:-2]
    token = token.replace("'", "")
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is", "ous")):
        return token[:-1]
    return token


def ar_tokens(text: str) -> list[str]:
    """Split an Arabic text into matching-form tokens.

    >>> ar_tokens("قدم معهد الإدارة العامة دورة تدريبية")
    ['قدم', 'معهد', 'اداره', 'عامه', 'دوره', 'تدريبيه']
    """
    return [ar_norm(t) for t in AR_TOKEN.findall(text)]


def en_tokens(text: str) -> list[str]:
    """Split an English text into matching-form tokens.

    >>> en_tokens("The Institute of Public Administration")
    ['the', 'institute', 'of', 'public', 'administration']
    """
    return [en_norm(t) for t in _EN_TOKEN.findall(text)]


def _ar_key(phrase: str) -> str:
    return " ".join(ar_tokens(phrase))


def _en_key(phrase: str) -> str:
    return " ".join(en_tokens(phrase))


_WORD_CACHE_SIZE = 300_000


class _EntryIndex(NamedTuple):
    """The entries as look-ups need them: each entry's English content words, all of them
    (`english`), and where phrases may start: only at a token of `starts`, and only where that
    token and the next open some phrase (`openings`: the longest such phrase, in tokens)."""

    words: dict[str, frozenset[str]]
    english: frozenset[str]
    starts: frozenset[str]
    openings: dict[str, int]

    @classmethod
    def of(cls, entries: dict[str, dict[str, float]], max_phrase: int) -> _EntryIndex:
        words = {ar: frozenset(w for en in targets for w in en.split() if w not in EN_STOPWORDS) for ar, targets in entries.items()}
        openings: dict[str, int] = {}
        for ar in entries:
            tokens = ar.split(" ")
            if 2 <= len(tokens) <= max_phrase:
                opening = " ".join(tokens[:2])
                openings[opening] = max(openings.get(opening, 0), len(tokens))
        return cls(words, frozenset().union(*words.values()), frozenset(o.split(" ", 1)[0] for o in openings), openings)


class Lexicon:
    """Arabic -> English translations with weights, looked up word by word or phrase by phrase.

    >>> lex = Lexicon({"معهد": {"institute": 1.0}})
    >>> lex.translations("المعهد")
    ['institute']
    """

    max_phrase = 4  # longest Arabic phrase, in tokens, that lookups try

    def __init__(self, entries: dict[str, dict[str, float]] | None = None):
        self._entries: dict[str, dict[str, float]] = {}
        for ar, targets in (entries or {}).items():
            for en, weight in targets.items():
                self.add(ar, en, weight)
        self._word_cache: dict[str, frozenset[str]] = {}
        self._index: _EntryIndex | None = None

    # -- building ---------------------------------------------------------------------------

    def add(self, ar: str, en: str, weight: float = 1.0, *, folded: bool = False) -> None:
        """Add (or strengthen) one entry; both sides are folded into their matching form unless `folded`."""
        ar_key, en_key = (ar, en) if folded else (_ar_key(ar), _en_key(en))
        if not ar_key or not en_key:
            return
        targets = self._entries.setdefault(ar_key, {})
        targets[en_key] = max(weight, targets.get(en_key, 0.0))
        self._word_cache = {}
        self._index = None

    @classmethod
    def seed(cls) -> Lexicon:
        """Return the press-release vocabulary shipped with govnews (a new object each call).

        >>> "kingdom" in Lexicon.seed().translations("مملكة")
        True
        """
        return cls(_seed_entries())

    @classmethod
    def load(cls, path: str | Path) -> Lexicon:
        """Read a lexicon from a TSV file of `arabic<TAB>english<TAB>weight` lines (weight optional)."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(str(path), f"cannot read lexicon: {exc.strerror}") from exc
        # A file `save` wrote holds matching forms already; folding them again could strip a
        # second ال from a word that starts with one (الالتزام -> التزام -> تزام).
        folded = text.startswith(_SAVED_HEADER)
        lexicon = cls()
        for ar, en, weight in _parse_tsv(text, str(path)):
            lexicon.add(ar, en, weight, folded=folded)
        return lexicon

    def save(self, path: str | Path) -> None:
        """Write the lexicon as TSV (`arabic<TAB>english<TAB>weight`), sorted, one entry a line."""
        lines = [_SAVED_HEADER]
        for ar in sorted(self._entries):
            for en, weight in sorted(self._entries[ar].items(), key=lambda kv: (-kv[1], kv[0])):
                lines.append(f"{ar}\t{en}\t{weight:.4f}")
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")

    def merge(self, other: Lexicon) -> Lexicon:
        """Return a new lexicon with the entries of both; a pair in both keeps the higher weight.

        >>> len(Lexicon({"معهد": {"institute": 1.0}}).merge(Lexicon({"قمة": {"summit": 1.0}})))
        2
        """
        merged = Lexicon()
        merged._entries = {ar: dict(t) for ar, t in self._entries.items()}
        for ar, targets in other._entries.items():
            mine = merged._entries.setdefault(ar, {})
            for en, weight in targets.items():
                mine[en] = max(weight, mine.get(en, 0.0))
        return merged

    def __len__(self) -> int:
        return sum(len(t) for t in self._entries.values())

    def __iter__(self) -> Iterator[tuple[str, str, float]]:
        for ar, targets in self._entries.items():
            for en, weight in targets.items():
                yield ar, en, weight

    # -- lookups ----------------------------------------------------------------------------

    def translations(self, ar_word: str) -> list[str]:
        """Return the English translations of an Arabic word or phrase, best first.

        A word not found as written is retried without a leading conjunction or preposition
        (و ف ب ل ك), so `وبمعهد` finds `معهد`.

        >>> Lexicon.seed().translations("والحكومة")[0]
        'government'
        """
        key = _ar_key(ar_word)
        for candidate in _candidates(key):
            targets = self._entries.get(candidate)
            if targets:
                return [en for en, _ in sorted(targets.items(), key=lambda kv: (-kv[1], kv[0]))]
        return []

    def word_translations(self, ar_token: str) -> frozenset[str]:
        """Return the English content words any translation of one matching-form token contains."""
        cached = self._word_cache.get(ar_token)
        if cached is not None:
            return cached
        entry_words = self._entry_index().words
        result: frozenset[str] = frozenset()
        for candidate in _candidates(ar_token):
            if (found := entry_words.get(candidate)) is not None:
                result = found
                break
        if len(self._word_cache) >= _WORD_CACHE_SIZE:  # a worker reads millions of word forms: stay bounded
            self._word_cache.clear()
        self._word_cache[ar_token] = result
        return result

    def words_translations(self, tokens: Collection[str]) -> list[frozenset[str]]:
        """Return `word_translations` of each token, in the order of `tokens` (cached ones in one call)."""
        found = list(map(self._word_cache.get, tokens))
        if None in found:
            found = [self.word_translations(token) if f is None else f for token, f in zip(tokens, found)]
        return found

    def _entry_index(self) -> _EntryIndex:
        if self._index is None:
            self._index = _EntryIndex.of(self._entries, self.max_phrase)
        return self._index

    def english_words(self) -> frozenset[str]:
        """Return every English content word that some entry renders (matching form)."""
        return self._entry_index().english

    def phrase_words(self, tokens: list[str]) -> frozenset[str]:
        """Return the English content words of the entry for exactly this run of tokens, if any."""
        return self._entry_index().words.get(" ".join(tokens), frozenset())

    def concepts(self, tokens: list[str]) -> set[str]:
        """Return the English content words that the Arabic tokens (matching form) translate to.

        Phrases (`ورشه عمل`) are looked up before their words.
        """
        return set().union(*filter(None, self.words_translations(set(tokens))), self.phrase_concepts(tokens))

    def phrase_concepts(self, tokens: list[str]) -> set[str]:
        """Return the English content words of the phrases (`ورشه عمل`) among the tokens (matching form)."""
        out: set[str] = set()
        index = self._entry_index()
        for i in itertools.compress(range(len(tokens) - 1), map(index.starts.__contains__, tokens)):
            longest = index.openings.get(f"{tokens[i]} {tokens[i + 1]}", 0)
            for size in range(2, min(longest, len(tokens) - i) + 1):
                out |= index.words.get(" ".join(tokens[i : i + size]), frozenset())
        return out

    # -- learning ---------------------------------------------------------------------------

    def learn(
        self,
        sentence_pairs: Iterable[tuple[str, str]],
        iterations: int = 5,
        *,
        min_count: int = 2,
        min_prob: float = 0.2,
        max_per_word: int = 3,
    ) -> Lexicon:
        """Learn word translations from aligned (arabic, english) sentences and merge them in.

        Runs IBM Model 1 EM (English words generated by Arabic words or NULL) over the
        matching-form tokens; keeps, for each Arabic word seen `min_count` times, up to
        `max_per_word` English content words with t(e|a) >= `min_prob`, weighted 0.8 t(e|a).
        Returns a new lexicon: this one's entries plus the learned ones.

        >>> pairs = [("وزارة الصحة", "Ministry of Health"), ("وزارة المالية", "Ministry of Finance"),
        ...          ("الصحة العامة", "public health"), ("المالية العامة", "public finance")]
        >>> Lexicon().learn(pairs, iterations=10, min_count=2).translations("الصحة")
        ['health']
        """
        corpus: list[tuple[list[int], list[int]]] = []
        ar_ids: dict[str, int] = {}
        en_ids: dict[str, int] = {}
        ar_count: dict[int, int] = defaultdict(int)
        for ar_text, en_text in sentence_pairs:
            a = [ar_ids.setdefault(t, len(ar_ids) + 1) for t in set(ar_tokens(ar_text)) if t not in AR_STOPWORDS]
            e = [en_ids.setdefault(t, len(en_ids)) for t in en_tokens(en_text) if t not in EN_STOPWORDS]
            if not a or not e:
                continue
            for i in a:
                ar_count[i] += 1
            corpus.append(([0, *a], e))  # 0 is NULL
        table = _ibm1(corpus, iterations)
        learned = Lexicon()
        learned._entries = {ar: dict(t) for ar, t in self._entries.items()}
        ar_words = {i: w for w, i in ar_ids.items()}
        en_words = {i: w for w, i in en_ids.items()}
        for a, row in table.items():
            if a == 0 or ar_count[a] < min_count:
                continue
            best = sorted(row.items(), key=lambda kv: -kv[1])[:max_per_word]
            for e, prob in best:
                if prob >= min_prob:
                    targets = learned._entries.setdefault(ar_words[a], {})
                    targets[en_words[e]] = max(targets.get(en_words[e], 0.0), round(0.8 * prob, 4))
        return learned


def learn_from_dataset(out_dir: str | Path, *, iterations: int = 5, min_score: float = 0.3) -> Lexicon:
    """Learn a lexicon from the aligned units of a built dataset (units with both sides and
    `score >= min_score`), starting from the seed; return seed and learned entries together.

    >>> learn_from_dataset("build/sample").translations("معهد")  # doctest: +SKIP
    ['institute']
    """
    from govnews import io

    table = io.read_table(Path(out_dir), "alignments", columns=["ar_text", "en_text", "score"])
    if table is None:
        raise InputError(str(out_dir), "the dataset has no alignments table (no pairs were found)")
    rows = table.to_pylist()
    pairs = ((r["ar_text"], r["en_text"]) for r in rows if r["ar_text"] and r["en_text"] and (r["score"] or 0) >= min_score)
    return Lexicon.seed().learn(pairs, iterations)


def _ibm1(corpus: list[tuple[list[int], list[int]]], iterations: int) -> dict[int, dict[int, float]]:
    """IBM Model 1 EM over id sentences; returns t(e|a) as sparse rows."""
    t: dict[int, dict[int, float]] = defaultdict(dict)
    for a_ids, e_ids in corpus:
        for a in a_ids:
            row = t[a]
            for e in e_ids:
                row[e] = 1.0
    for _ in range(iterations):
        counts: dict[int, dict[int, float]] = defaultdict(lambda: defaultdict(float))
        totals: dict[int, float] = defaultdict(float)
        for a_ids, e_ids in corpus:
            rows = [t[a] for a in a_ids]
            for e in e_ids:
                probs = [row[e] for row in rows]
                norm = math.fsum(probs)
                if norm <= 0:
                    continue
                for a, p in zip(a_ids, probs):
                    c = p / norm
                    counts[a][e] += c
                    totals[a] += c
        t = defaultdict(dict, {a: {e: c / totals[a] for e, c in row.items()} for a, row in counts.items()})
    return t


def _candidates(key: str) -> Iterator[str]:
    """The key as written, then without a leading conjunction/preposition, then singular (-ات)."""
    yield key
    first, sep, rest_words = key.partition(" ")
    if len(first) < 4:
        return
    if first[0] in _AR_PREFIXES:
        stripped = first[1:]
        yield stripped + sep + rest_words
        if stripped[0] in _AR_PREFIXES and len(stripped) >= 4:
            yield stripped[1:] + sep + rest_words
    if not sep and key.endswith("ات") and len(key) > 4:
        yield key[:-2] + "ه"


def _parse_tsv(text: str, path: str) -> Iterator[tuple[str, str, float]]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) not in (2, 3):
            raise InputError(path, f"expected 'arabic<TAB>english[<TAB>weight]', got {len(fields)} fields", line=lineno)
        try:
            weight = float(fields[2]) if len(fields) == 3 else 1.0
        except ValueError:
            raise InputError(path, f"weight {fields[2]!r} is not a number", line=lineno) from None
        yield fields[0].strip(), fields[1].strip(), weight


@lru_cache(maxsize=1)
def shared_seed() -> Lexicon:
    """Return one seed lexicon shared by every caller in the process (do not `add` to it).

    >>> shared_seed() is shared_seed()
    True
    """
    return Lexicon.seed()


@lru_cache(maxsize=1)
def _seed_text() -> str:
    return resources.files("govnews").joinpath("data", "lexicon_seed.tsv").read_text(encoding="utf-8")


def _seed_entries() -> dict[str, dict[str, float]]:
    entries: dict[str, dict[str, float]] = {}
    for ar, en, weight in _parse_tsv(_seed_text(), "govnews/data/lexicon_seed.tsv"):
        entries.setdefault(ar, {})[en] = max(weight, entries.get(ar, {}).get(en, 0.0))
    return entries
