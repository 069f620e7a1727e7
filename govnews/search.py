"""Ranked search (BM25) over a dataset, in Arabic and English, with filters.

The index lives in the dataset, in `OUT/index/`:

- `terms.parquet`: one row a term (`term`, `df`, `surface_cf`: how often it occurs as a word of its
  own, not only as the stem of a longer word);
- `weights.npz`: a scipy sparse matrix, terms x documents, of BM25 weights (titles count
  `TITLE_WEIGHT` times);
- `docs.parquet`: one row a document, in matrix order, with what hits show and filters need;
- `events.parquet`, `entities.parquet`: event types and entity keys by document row;
- `meta.json`: parameters and the fingerprint of the documents table the index was built from.

Documents are indexed from `text_norm` (glued words split; `text` when it is empty) under the
`search` normalization profile, titles included. An Arabic word is indexed with its proclitic-free
stems (see `govnews.terms`), so `وزارة` finds `بوزارة` and `والوزارة`; a query word matches its own
form, or one of its stems when that stem is a common word by itself, whichever weighs more.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import time
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from . import __version__, io, terms
from .errors import ConfigError, GovnewsError

INDEX_DIR = "index"
INDEX_FORMAT = 1
K1 = 1.2
B = 0.75
TITLE_WEIGHT = 2  # a title word counts as this many words of the body
STEM_WEIGHT = 0.8  # a query word matched through one of its stems
STEM_ATTESTED = 0.1  # a stem is tried when it occurs alone at least this often relative to the word
SNIPPET_CHARS = 240
SNIPPET_SCAN_CHARS = 6000  # snippets come from the start of long articles
NO_DATE = np.iinfo(np.int32).min

Via = Literal["text", "pair"]

_SENTENCE = re.compile(r"[^\n.!?؟]+[.!?؟]*")
_EPOCH = dt.date(1970, 1, 1)


@dataclass(frozen=True)
class Hit:
    """A document found by `search`."""

    doc_id: str
    lang: str
    score: float  # BM25 score of the text that matched (the pair's text when matched_via is "pair")
    title: str | None
    snippet: str  # the passage that matches best, or the opening when the match was through the pair
    published: dt.date | None
    pair_doc_id: str | None  # the other side of the document's pair, if it has one
    matched_via: Via  # "text": the document matched; "pair": its translation did


# ---------------------------------------------------------------------------------------------
# Reading the dataset


def _fingerprint(doc_ids: Any) -> str:
    digest = hashlib.sha256()
    for chunk in doc_ids.chunks if hasattr(doc_ids, "chunks") else [doc_ids]:
        for buffer in chunk.buffers():
            if buffer is not None:
                digest.update(buffer)
    return f"{len(doc_ids)}:{digest.hexdigest()[:32]}"


def _to_day(value: dt.date | None) -> int:
    return NO_DATE if value is None else (value - _EPOCH).days


def parse_date(value: dt.date | str | None, *, end: bool = False) -> dt.date | None:
    """Read an ISO date at any precision (`2014`, `2014-09`, `2014-09-17`) as its first or last day.

    >>> parse_date("2014-09"), parse_date("2014-09", end=True), parse_date("2024-04-28/2024-05-02", end=True)
    (datetime.date(2014, 9, 1), datetime.date(2014, 9, 30), datetime.date(2024, 5, 2))
    """
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    text = str(value).strip()
    if "/" in text:
        start, _, stop = text.partition("/")
        text = stop if end else start
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T.*)?", text)
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        if day is None:
            if not end:
                return dt.date(year, month, 1)
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        return dt.date(year, month, day)
    except ValueError:
        return None


def _user_date(value: dt.date | str | None, option: str, *, end: bool) -> int | None:
    if value is None:
        return None
    parsed = parse_date(value, end=end)
    if parsed is None:
        raise ConfigError(f"--{option} {value!r} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    return _to_day(parsed)


# ---------------------------------------------------------------------------------------------
# Building the index


def _doc_terms(title: str | None, text: str | None) -> tuple[Counter, int]:
    counts = Counter(terms.tokens(terms.normalized(text or "")))
    length = sum(counts.values())
    if title:
        title_terms = terms.tokens(terms.normalized(title))
        for term in title_terms:
            counts[term] += TITLE_WEIGHT
        length += TITLE_WEIGHT * len(title_terms)
    return counts, length


def _best_pairs(out_dir: Path, row_of: dict[str, int], n: int) -> tuple[np.ndarray, np.ndarray]:
    pair_row = np.full(n, -1, dtype=np.int32)
    pair_score = np.zeros(n, dtype=np.float32)
    table = io.read_table(out_dir, "pairs", columns=["ar_doc_id", "en_doc_id", "score"])
    if table is None:
        return pair_row, pair_score
    rows = table.to_pydict()
    for ar, en, score in sorted(zip(rows["ar_doc_id"], rows["en_doc_id"], rows["score"]), key=lambda r: r[2] or 0):
        a, e = row_of.get(ar), row_of.get(en)
        if a is None or e is None:
            continue
        pair_row[a], pair_row[e] = e, a  # ascending scores: the best pair is written last
        pair_score[a] = pair_score[e] = score or 0.0
    return pair_row, pair_score


def _event_rows(out_dir: Path, row_of: dict[str, int]) -> tuple[list[int], list[str], dict[int, tuple[int, int]]]:
    table = io.read_table(out_dir, "events", columns=["doc_id", "event_type", "start", "end"])
    rows, types, spans = [], [], {}
    if table is None:
        return rows, types, spans
    data = table.to_pydict()
    for doc_id, event_type, start, end in zip(data["doc_id"], data["event_type"], data["start"], data["end"]):
        row = row_of.get(doc_id)
        if row is None:
            continue
        if event_type:
            rows.append(row)
            types.append(event_type)
        lo = parse_date(start)
        hi = parse_date(end or start, end=True)
        if lo is None or hi is None:
            continue
        old = spans.get(row)
        lo_day, hi_day = _to_day(lo), _to_day(hi)
        spans[row] = (min(lo_day, old[0]), max(hi_day, old[1])) if old else (lo_day, hi_day)
    return rows, types, spans


NAMED = ("PERSON", "ORG", "LOC", "EVENT")  # the entity types the entity filter looks at


def _entity_rows(out_dir: Path, row_of: dict[str, int]) -> tuple[list[int], list[str]]:
    import pyarrow.compute as pc

    seen: set[tuple[int, str]] = set()
    keys: dict[str, str] = {}  # names repeat across a corpus: normalize each once
    named = _strings(NAMED)
    for batch in io.iter_batches(out_dir, "entities", columns=["doc_id", "type", "text", "value"], batch_size=65_536):
        data = batch.filter(pc.is_in(batch.column("type"), value_set=named)).to_pydict()
        for doc_id, text, value in zip(data["doc_id"], data["text"], data["value"]):
            row = row_of.get(doc_id)
            if row is None:
                continue
            for name in (text, value) if value and value != text else (text,):
                key = keys.get(name)
                if key is None:
                    key = keys[name] = entity_key(name) if name else ""
                if key:
                    seen.add((row, key))
    ordered = sorted(seen)
    return [r for r, _ in ordered], [k for _, k in ordered]


def _strings(values: Iterable[str]):
    import pyarrow as pa

    return pa.array(list(values), pa.string())


def entity_key(name: str) -> str:
    """Reduce an entity name to the key the entity filter matches: its normalized words.

    >>> entity_key("Institute of Public Administration")  # doctest: +SKIP
    'institute of public administration'
    """
    return " ".join(terms.tokens(terms.normalized(name)))


def build_index(out_dir: str | os.PathLike) -> Path:
    """Build the search index of a dataset into `OUT/index/` and return that folder.

    >>> build_index("OUT")  # doctest: +SKIP
    PosixPath('OUT/index')
    """
    import pyarrow as pa
    import pyarrow.parquet as pq
    import scipy.sparse as sp

    started = time.perf_counter()
    out_dir = Path(out_dir)
    # the texts are streamed batch by batch below; only the small columns are held for the whole corpus
    table = io.read_table(out_dir, "documents", columns=["doc_id", "lang", "title", "published"])
    if table is None:
        raise GovnewsError(f"{out_dir}: no documents table to index (is it a govnews dataset?)")
    n = table.num_rows
    doc_ids = table.column("doc_id").to_pylist()
    row_of = {doc_id: row for row, doc_id in enumerate(doc_ids)}

    vocabulary: dict[str, int] = {}
    term_of, doc_of, freq = array("i"), array("i"), array("f")
    surface_cf: list[int] = []
    lengths = np.zeros(n, dtype=np.float32)
    row = 0
    # text_norm has glued words split (`الحكومةوالصحة`); the search profile goes on from the match profile
    for batch in io.iter_batches(out_dir, "documents", columns=["title", "text", "text_norm"]):
        titles, texts, norms = (batch.column(i).to_pylist() for i in range(3))
        for title, text, text_norm in zip(titles, texts, norms):
            counts, lengths[row] = _doc_terms(title, text_norm or text)
            expanded: dict[str, float] = {}
            for word, count in counts.items():
                expanded[word] = expanded.get(word, 0) + count
                for stem in terms.stems(word):
                    expanded[stem] = expanded.get(stem, 0) + count
            for term, count in expanded.items():
                term_id = vocabulary.setdefault(term, len(vocabulary))
                if term_id == len(surface_cf):
                    surface_cf.append(0)
                term_of.append(term_id)
                doc_of.append(row)
                freq.append(count)
            for word, count in counts.items():
                surface_cf[vocabulary[word]] += count
            row += 1

    term_ids = np.frombuffer(term_of, dtype=np.int32)
    doc_rows = np.frombuffer(doc_of, dtype=np.int32)
    tf = np.frombuffer(freq, dtype=np.float32)
    df = np.bincount(term_ids, minlength=len(vocabulary)).astype(np.int32)
    avgdl = float(lengths.mean()) if n else 0.0
    idf = np.log1p((n - df + 0.5) / (df + 0.5)).astype(np.float32)
    norm = K1 * (1 - B + B * lengths / max(avgdl, 1e-9))
    weights = idf[term_ids] * tf * (K1 + 1) / (tf + norm[doc_rows])
    matrix = sp.csr_matrix((weights.astype(np.float32), (term_ids, doc_rows)), shape=(len(vocabulary), n))
    matrix.sort_indices()

    pair_row, pair_score = _best_pairs(out_dir, row_of, n)
    event_rows, event_types, spans = _event_rows(out_dir, row_of)
    entity_rows, entity_keys = _entity_rows(out_dir, row_of)
    published = table.column("published").to_pylist()
    date_lo = np.array([_to_day(p) for p in published], dtype=np.int32)
    date_hi = date_lo.copy()
    for doc_row, (lo, hi) in spans.items():
        date_lo[doc_row], date_hi[doc_row] = lo, hi
    undated = (date_lo == NO_DATE) & (pair_row >= 0)
    date_lo[undated], date_hi[undated] = date_lo[pair_row[undated]], date_hi[pair_row[undated]]

    folder = out_dir / INDEX_DIR
    tmp = out_dir / f".{INDEX_DIR}.{os.getpid()}.tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    ordered_terms = sorted(vocabulary, key=vocabulary.__getitem__)
    pq.write_table(
        pa.table(
            {"term": ordered_terms, "df": df, "surface_cf": np.asarray(surface_cf, dtype=np.int64)},
        ),
        tmp / "terms.parquet",
    )
    sp.save_npz(tmp / "weights.npz", matrix, compressed=False)
    pq.write_table(
        pa.table(
            {
                "doc_id": table.column("doc_id"),
                "lang": table.column("lang"),
                "title": table.column("title"),
                "published": table.column("published"),
                "pair_row": pair_row,
                "pair_score": pair_score,
                "date_lo": date_lo,
                "date_hi": date_hi,
            }
        ),
        tmp / "docs.parquet",
    )
    pq.write_table(
        pa.table({"row": pa.array(event_rows, pa.int32()), "event_type": pa.array(event_types, pa.string())}),
        tmp / "events.parquet",
    )
    pq.write_table(
        pa.table({"row": pa.array(entity_rows, pa.int32()), "key": pa.array(entity_keys, pa.string())}),
        tmp / "entities.parquet",
    )
    meta = {
        "format": INDEX_FORMAT,
        "govnews_version": __version__,
        "documents": _fingerprint(table.column("doc_id")),
        "n_docs": n,
        "n_terms": len(vocabulary),
        "avgdl": avgdl,
        "k1": K1,
        "b": B,
        "title_weight": TITLE_WEIGHT,
        "seconds": round(time.perf_counter() - started, 3),
    }
    (tmp / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    _replace_folder(tmp, folder)
    return folder


def _replace_folder(tmp: Path, folder: Path) -> None:
    import shutil

    old = folder.with_name(f".{folder.name}.{os.getpid()}.old")
    if folder.exists():
        os.replace(folder, old)
    os.replace(tmp, folder)
    shutil.rmtree(old, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# The loaded index


class Index:
    """A loaded search index: the weight matrix, the vocabulary and the document arrays."""

    def __init__(self, out_dir: Path):
        import pyarrow.parquet as pq
        import scipy.sparse as sp

        folder = out_dir / INDEX_DIR
        self.out_dir = out_dir
        self.meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        term_table = pq.read_table(folder / "terms.parquet")
        self.term_names = term_table.column("term")
        self.vocabulary = {t: i for i, t in enumerate(self.term_names.to_pylist())}
        self.surface_cf = term_table.column("surface_cf").to_numpy()
        matrix = sp.load_npz(folder / "weights.npz").tocsr()
        self.indptr, self.indices, self.data = matrix.indptr, matrix.indices, matrix.data
        docs = pq.read_table(folder / "docs.parquet")
        self.docs = docs
        self.n = docs.num_rows
        self.doc_ids = docs.column("doc_id").to_pylist()
        self.lang = np.array(docs.column("lang").to_pylist(), dtype=object)
        self.pair_row = docs.column("pair_row").to_numpy()
        self.date_lo = docs.column("date_lo").to_numpy()
        self.date_hi = docs.column("date_hi").to_numpy()
        events = pq.read_table(folder / "events.parquet")
        self.event_rows = events.column("row").to_numpy()
        self.event_types = np.array(events.column("event_type").to_pylist(), dtype=object)
        self._entities = None
        self._texts = None
        self._target_masks: dict[str, np.ndarray] = {}

    # -- the pieces of a query ------------------------------------------------------------

    def query_groups(self, query: str) -> list[list[tuple[int, float]]]:
        """Turn a query into groups of (term row, weight): a group scores as its best-matching term."""
        groups = []
        for word in terms.tokens(terms.normalized(query)):
            group = []
            own = self.vocabulary.get(word)
            own_cf = int(self.surface_cf[own]) if own is not None else 0
            if own is not None:
                group.append((own, 1.0))
            for stem in terms.stems(word):
                row = self.vocabulary.get(stem)
                if row is not None and self.surface_cf[row] >= max(1.0, STEM_ATTESTED * own_cf):
                    group.append((row, STEM_WEIGHT))
            groups.append(group)  # empty for a word the corpus never uses: it matches nothing
        return groups

    def scores(self, groups: list[list[tuple[int, float]]]) -> np.ndarray:
        total = np.zeros(self.n, dtype=np.float32)
        for group in groups:
            if len(group) == 1:
                (row, weight), = group
                lo, hi = self.indptr[row], self.indptr[row + 1]
                total[self.indices[lo:hi]] += weight * self.data[lo:hi]
                continue
            best = np.zeros(self.n, dtype=np.float32)
            for row, weight in group:
                lo, hi = self.indptr[row], self.indptr[row + 1]
                cols = self.indices[lo:hi]
                best[cols] = np.maximum(best[cols], weight * self.data[lo:hi])
            total += best
        return total

    def target_mask(self, lang: str) -> np.ndarray:
        """Documents a search for `lang` may return: with "any", a translation stands for its Arabic release."""
        if lang not in self._target_masks:
            if lang == "any":
                paired = self.pair_row >= 0
                partner_lang = np.where(paired, self.lang[np.maximum(self.pair_row, 0)], None)
                mask = ~((self.lang == "en") & paired & (partner_lang == "ar"))
            else:
                mask = self.lang == lang
            self._target_masks[lang] = mask
        return self._target_masks[lang]

    def with_pairs(self, mask: np.ndarray) -> np.ndarray:
        """Extend a per-document mask to the documents whose pair is in it."""
        out = mask.copy()
        paired = self.pair_row >= 0
        out[paired] |= mask[self.pair_row[paired]]
        return out

    def event_mask(self, event_type: str) -> np.ndarray:
        mask = np.zeros(self.n, dtype=bool)
        mask[self.event_rows[self.event_types == event_type]] = True
        return self.with_pairs(mask)

    def entity_mask(self, entity: str) -> np.ndarray:
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        if self._entities is None:
            self._entities = pq.read_table(self.out_dir / INDEX_DIR / "entities.parquet")
        key = entity_key(entity)
        mask = np.zeros(self.n, dtype=bool)
        if not key:
            return mask
        keys = self._entities.column("key")
        # the mention may carry proclitics: `بوزارة المالية` mentions `وزارة المالية`
        proclitics = "|".join(terms.PROCLITICS)
        found = pc.match_substring_regex(keys, rf"(^| )({proclitics})?{re.escape(key)}( |$)")
        mask[self._entities.column("row").filter(found).to_numpy()] = True
        return self.with_pairs(mask)

    def date_mask(self, since: int | None, until: int | None) -> np.ndarray:
        mask = self.date_lo != NO_DATE
        if since is not None:
            mask &= self.date_hi >= since
        if until is not None:
            mask &= self.date_lo <= until
        return mask

    # -- what a hit shows ------------------------------------------------------------------

    def text(self, row: int) -> str:
        if self._texts is None:
            table = io.read_table(self.out_dir, "documents", columns=["doc_id", "text"])
            ids = table.column("doc_id").to_pylist() if table is not None else []
            if ids == self.doc_ids:
                self._texts = table.column("text")
            else:
                by_id = dict(zip(ids, table.column("text").to_pylist())) if table is not None else {}
                self._texts = [by_id.get(doc_id) for doc_id in self.doc_ids]
        value = self._texts[row]
        value = value.as_py() if hasattr(value, "as_py") else value
        return value or ""

    def hit(self, row: int, score: float, via: Via, query_terms: set[str]) -> Hit:
        docs = self.docs
        pair = int(self.pair_row[row])
        return Hit(
            doc_id=self.doc_ids[row],
            lang=self.lang[row],
            score=round(float(score), 4),
            title=docs.column("title")[row].as_py(),
            snippet=snippet(self.text(row), query_terms if via == "text" else set()),
            published=docs.column("published")[row].as_py(),
            pair_doc_id=self.doc_ids[pair] if pair >= 0 else None,
            matched_via=via,
        )


def snippet(text: str, query_terms: set[str], *, width: int = SNIPPET_CHARS) -> str:
    """Return the sentence of `text` that holds the most query terms (the opening if none), shortened.

    >>> snippet("Opening line. The workshop closed today.", {"workshop"})  # doctest: +SKIP
    'The workshop closed today.'
    """
    best, best_count = None, 0
    if query_terms:
        for match in _SENTENCE.finditer(text, 0, min(len(text), SNIPPET_SCAN_CHARS)):
            words = set(terms.tokens(terms.normalized(match.group())))
            expanded = words.union(*(terms.stems(w) for w in words))
            count = len(expanded & query_terms)
            if count > best_count:
                best, best_count = match.group(), count
    chosen = (best or text).strip()
    chosen = " ".join(chosen.split())
    return chosen if len(chosen) <= width else chosen[: width - 1].rstrip() + "…"


_CACHE: dict[str, tuple[tuple[int, int], Index]] = {}


def _stamp(path: Path | None) -> int:
    try:
        return path.stat().st_mtime_ns if path is not None else 0
    except FileNotFoundError:
        return 0


def open_index(out_dir: str | os.PathLike) -> Index:
    """Load the index of a dataset once per process (again when it or the documents change).

    A missing index, or one built from other documents, is built first.

    >>> open_index("OUT").n  # doctest: +SKIP
    31030
    """
    out_dir = Path(out_dir)
    meta = out_dir / INDEX_DIR / "meta.json"
    key = str(out_dir.resolve())
    stamp = (_stamp(meta), _stamp(io.table_path(out_dir, "documents")))
    cached = _CACHE.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    if not stamp[0] or not _is_current(out_dir, meta):
        _build_on_the_fly(out_dir)
        stamp = (_stamp(meta), stamp[1])
    index = Index(out_dir)
    _CACHE[key] = (stamp, index)
    return index


def _is_current(out_dir: Path, meta: Path) -> bool:
    try:
        info = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    table = io.read_table(out_dir, "documents", columns=["doc_id"])
    if table is None:
        return True  # nothing to compare with; the index is all there is
    return info.get("format") == INDEX_FORMAT and info.get("documents") == _fingerprint(table.column("doc_id"))


def _build_on_the_fly(out_dir: Path) -> None:
    if io.table_path(out_dir, "documents") is None:
        raise GovnewsError(f"{out_dir}: not a govnews dataset (no documents table)")
    try:
        build_index(out_dir)
    except OSError as exc:
        raise GovnewsError(
            f"{out_dir}: the search index is missing or out of date and cannot be written ({exc}); "
            f"run `govnews index {out_dir}` where the dataset is writable"
        ) from exc


# ---------------------------------------------------------------------------------------------
# Searching


def search(
    out_dir: str | os.PathLike,
    query: str,
    *,
    lang: Literal["ar", "en", "any"] = "any",
    event_type: str | None = None,
    entity: str | None = None,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    limit: int = 10,
) -> list[Hit]:
    """Find the documents of a dataset that best match `query`, best first.

    An English query reaches Arabic releases through their translations (`matched_via="pair"`) and
    an Arabic query reaches English translations the same way; with `lang="any"` a translated
    release shows as its Arabic original. `event_type` keeps documents reporting such an event,
    `entity` documents that mention it, `since`/`until` documents whose events (or, without events,
    whose publication) fall in the range. An empty query lists the documents the filters keep,
    newest first.

    >>> [h.doc_id for h in search("OUT", "والوزارة", lang="ar", limit=3)]  # doctest: +SKIP
    ['003_978666b86bb8080a']
    """
    if lang not in ("ar", "en", "any"):
        raise ConfigError(f"--lang must be ar, en or any, not {lang!r}")
    if limit < 1:
        raise ConfigError(f"--limit must be 1 or more, not {limit}")
    since_day = _user_date(since, "since", end=False)
    until_day = _user_date(until, "until", end=True)
    index = open_index(out_dir)

    keep = index.target_mask(lang).copy()
    if event_type:
        keep &= index.event_mask(event_type)
    if entity:
        keep &= index.entity_mask(entity)
    if since_day is not None or until_day is not None:
        keep &= index.date_mask(since_day, until_day)

    groups = index.query_groups(query)
    if not query.strip() or not groups:
        return _listing(index, keep, limit) if not query.strip() else []
    scores = index.scores(groups)
    direct = np.where(index.target_mask(lang), scores, 0)
    through_pair = np.zeros_like(scores)
    sources = np.flatnonzero((scores > 0) & ~index.target_mask(lang) & (index.pair_row >= 0))
    if len(sources):
        targets = index.pair_row[sources]
        np.maximum.at(through_pair, targets, scores[sources])
    final = np.maximum(direct, through_pair)
    final[~keep] = 0
    rows = np.flatnonzero(final > 0)
    if len(rows) > limit:
        rows = rows[np.argpartition(-final[rows], limit - 1)[:limit]]
    rows = rows[np.lexsort((rows, -final[rows]))]
    query_terms = {index.term_names[row].as_py() for group in groups for row, _ in group}
    return [
        index.hit(int(r), final[r], "pair" if through_pair[r] > direct[r] else "text", query_terms) for r in rows
    ]


def _listing(index: Index, keep: np.ndarray, limit: int) -> list[Hit]:
    rows = np.flatnonzero(keep)
    rows = rows[np.lexsort((rows, -index.date_hi[rows].astype(np.int64)))][:limit]
    return [index.hit(int(r), 0.0, "text", set()) for r in rows]
