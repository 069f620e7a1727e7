"""Documents of the sample corpus for the pairing, alignment and linking tests."""

import hashlib
from pathlib import Path

from govnews.records import Document
from govnews.segment import paragraphs, sentences

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def document(doc_id: str, lang: str, text: str, **fields) -> Document:
    """A Document with govnews.segment's paragraphs and sentences (no cleaning)."""
    return Document(
        doc_id=doc_id, lang=lang, lang_score=1.0, title=None, dateline=None, source=None,
        published=fields.get("published"), url=fields.get("url"), category=None, text=text, text_norm=text,
        paragraphs=paragraphs(text), sentences=sentences(text, lang=lang), boilerplate=[], repairs=[],
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(), path="",
    )


def seed_document(number: str) -> Document:
    """Sample article `number` ("000".."004"); 001 is English, the others Arabic."""
    path = next(CORPUS.glob(f"{number}_*.txt"))
    return document(number, "en" if number == "001" else "ar", path.read_text(encoding="utf-8"))
