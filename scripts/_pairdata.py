"""Documents for the pairing evaluation and benchmark, built from the shared data sets.

TICO-19 (DATA/tico19/docs.jsonl) gives English/Arabic documents with aligned sentences;
SaudiNewsNet (DATA/saudinewsnet/*.json.gz) gives Arabic news articles with no translation.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from govnews.checks import document  # noqa: E402
from govnews.records import Document, Entity  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data"


def make_document(doc_id: str, lang: str, text: str, *, published: dt.date | None = None, url: str | None = None) -> Document:
    """A Document with govnews.segment's paragraphs and sentences (no cleaning, no normalization)."""
    return dataclasses.replace(document(text, lang=lang, doc_id=doc_id), published=published, url=url)


def join_paragraphs(sents: Sequence[str], per_paragraph: int = 4) -> str:
    """Sentences as a text: `per_paragraph` sentences a paragraph, paragraphs separated by a blank line."""
    return "\n\n".join(" ".join(sents[k : k + per_paragraph]) for k in range(0, len(sents), per_paragraph))


def tico19(data: Path) -> list[dict]:
    return [json.loads(line) for line in (data / "tico19" / "docs.jsonl").open(encoding="utf-8")]


def saudinewsnet(data: Path) -> Iterator[dict]:
    """SaudiNewsNet articles with some content, in file order."""
    for path in sorted((data / "saudinewsnet").glob("*.json.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for article in json.load(fh):
                if len(article.get("content") or "") >= 200:
                    yield article


def snn_date(article: dict) -> dt.date | None:
    try:
        return dt.date.fromisoformat((article.get("date_extracted") or "")[:10])
    except ValueError:
        return None


def entity_extractor():
    """govnews.extract.extract when the extraction modules are installed, else a stand-in returning []."""
    try:
        from govnews.extract import extract  # noqa: PLC0415

        extract("test", lang="en")
    except Exception:  # extraction not available: signatures use the text alone
        return None

    def run(doc: Document) -> list[Entity]:
        return extract(doc.text, lang=doc.lang, published=doc.published)

    return run
