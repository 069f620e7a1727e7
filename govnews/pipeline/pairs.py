"""The stages over the whole dataset: the driver pairs Arabic and English articles from compact
per-document signatures, aligns and links each pair, learns the corpus lexicon, and runs the
consistency checks."""

from __future__ import annotations

import pickle
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from .. import io
from ..records import Document, Entity, evolve
from .articles import row_to_document, row_to_entity
from .assemble import _part_tables, _read_part
from .inputs import Partition
from .options import BuildOptions
from .parts import PARTS, _lexicon


def _signatures(out_dir: Path, partitions: Sequence[Partition]) -> Iterator[Any]:
    """The pairing signatures of every partition. Their keys recur across documents, so each
    distinct string is kept once: memory grows with the vocabulary, not the corpus."""
    for p in partitions:
        with open(out_dir / PARTS / p.key / "signatures.pkl", "rb") as handle:
            for sig in pickle.load(handle):
                keys = {f: tuple(map(sys.intern, getattr(sig, f))) for f in _SIGNATURE_KEYS}
                yield evolve(sig, **keys, lang=sys.intern(sig.lang))


_SIGNATURE_KEYS = ("numbers", "dates", "names", "terms", "url_keys")


def _read_documents(out_dir: Path, partitions: Sequence[Partition], doc_ids: set[str]) -> dict[str, Document]:
    found: dict[str, Document] = {}
    wanted = pa.array(sorted(doc_ids), type=pa.string())
    for table in _part_tables(out_dir, partitions, "documents"):
        sub = table.filter(pc.is_in(table.column("doc_id"), value_set=wanted))
        for row in sub.to_pylist():
            found.setdefault(row["doc_id"], row_to_document(row))
    return found


def _read_entities(out_dir: Path, partitions: Sequence[Partition], doc_ids: set[str]) -> dict[str, list[Entity]]:
    found: dict[str, list[Entity]] = {d: [] for d in doc_ids}
    wanted = pa.array(sorted(doc_ids), type=pa.string())
    for table in _part_tables(out_dir, partitions, "entities"):
        sub = table.filter(pc.is_in(table.column("doc_id"), value_set=wanted))
        for row in sub.to_pylist():
            found[row["doc_id"]].append(row_to_entity(row))
    return found


def _pair_stage(
    out_dir: Path, partitions: Sequence[Partition], options: BuildOptions, kept: dict[str, str], failures: list
):
    """Pair, align and link: the rows of `pairs` and `alignments`, and the entity links.

    `kept` gives the language of each document kept; with no Arabic or no English document there
    is nothing to pair, and the signatures are not read. A pair the package fails to align or link
    stays a pair, without alignments, links or checks, and its error row goes to `failures`.
    """
    from .. import link, pairing

    pairs = []
    if {"ar", "en"} <= set(kept.values()):
        pairs = pairing.pair(s for s in _signatures(out_dir, partitions) if s.doc_id in kept)
    if not pairs:
        return [], [], {}, [], {}, {}
    lexicon = _lexicon(options)
    ids = {p.ar_doc_id for p in pairs} | {p.en_doc_id for p in pairs}
    documents = _read_documents(out_dir, partitions, ids)
    entities = _read_entities(out_dir, partitions, ids)
    alignment_rows, links, aligned = [], {}, []
    for p in pairs:
        ar, en = documents[p.ar_doc_id], documents[p.en_doc_id]
        try:
            units = pairing.align_documents(ar, en, lexicon=lexicon)
            found = link.link_entities(
                entities[ar.doc_id], entities[en.doc_id], ar_doc=ar, en_doc=en, units=units, lexicon=lexicon
            )
        except Exception as exc:  # a fault of the package on this pair: the other pairs go on
            failures.append(_pair_error(p, "alignment", exc, "alignments, links or checks"))
            continue
        aligned.append((p, units))
        for position, unit in enumerate(units):
            alignment_rows.append(
                {
                    "ar_doc_id": ar.doc_id,
                    "en_doc_id": en.doc_id,
                    "position": position,
                    "ar_sents": list(unit.ar),
                    "en_sents": list(unit.en),
                    "ar_text": " ".join(ar.text[ar.sentences[i].start : ar.sentences[i].end] for i in unit.ar),
                    "en_text": " ".join(en.text[en.sentences[i].start : en.sentences[i].end] for i in unit.en),
                    "score": float(unit.score),
                }
            )
        for ar_id, en_id in found.items():
            links[ar_id] = en_id
            links[en_id] = ar_id
    return pairs, alignment_rows, links, aligned, documents, entities


def _with_links(table: pa.Table | Path, links: dict[str, str]) -> pa.Table | Path:
    if not links:
        return table
    if isinstance(table, Path):
        table = _read_part(table, "entities")
    if table.num_rows == 0:
        return table
    ids = table.column("entity_id").to_pylist()
    current = table.column("link").to_pylist()
    updated = [links.get(i, c) if i else c for i, c in zip(ids, current)]
    return table.set_column(table.schema.get_field_index("link"), "link", pa.array(updated, type=pa.string()))


def _pair_error(pair: Any, stage: str, exc: Exception, without: str) -> dict[str, Any]:
    """The `errors` row of a pair the package failed on at `stage`."""
    return {
        "path": f"{pair.ar_doc_id} | {pair.en_doc_id}",
        "kind": "unusable",
        "message": f"{stage} failed ({type(exc).__name__}: {exc}); the pair is kept without {without}",
    }


def _check_stage(out_dir: Path, aligned, documents, entities, options: BuildOptions, failures: list) -> list[dict[str, Any]]:
    """The rows of `checks`; a pair the checks fail on has none, and its error row goes to `failures`."""
    from .. import checks

    if not aligned:
        return []
    corpus = checks.CorpusStats.from_dataset(out_dir, lexicon=_lexicon(options))
    rows = []
    for pair, units in aligned:
        ar, en = documents[pair.ar_doc_id], documents[pair.en_doc_id]
        try:
            findings = checks.check_pair(
                ar, en, entities[ar.doc_id], entities[en.doc_id], units, lexicon=_lexicon(options), corpus=corpus
            )
        except Exception as exc:  # a fault of the package on this pair: the other pairs go on
            failures.append(_pair_error(pair, "checking", exc, "checks"))
            continue
        rows.extend(io.record_to_row(f, ar_doc_id=ar.doc_id, en_doc_id=en.doc_id) for f in findings)
    return rows
