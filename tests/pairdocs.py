"""Documents of the sample corpus for the pairing, alignment and linking tests."""

import dataclasses
from pathlib import Path

from govnews.checks import document as segmented
from govnews.records import Document

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def document(doc_id: str, lang: str, text: str, **fields) -> Document:
    """A Document with govnews.segment's paragraphs and sentences (no cleaning); `fields` set others (url, published)."""
    return dataclasses.replace(segmented(text, lang=lang, doc_id=doc_id), **fields)


def seed_document(number: str) -> Document:
    """Sample article `number` ("000".."004"); 001 is English, the others Arabic."""
    path = next(CORPUS.glob(f"{number}_*.txt"))
    return document(number, "en" if number == "001" else "ar", path.read_text(encoding="utf-8"))
