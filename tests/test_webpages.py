"""Real-looking news pages of Arab government agencies and ministries, read and cleaned end to end."""

import json
from pathlib import Path

import pytest

from govnews.ingest import iter_file, read_text
from govnews.pipeline import process_article
from govnews.records import RawArticle

PAGES = Path(__file__).resolve().parent / "data" / "html"
EXPECTED = json.loads((PAGES.parent / "webpages_expected.json").read_text(encoding="utf-8"))


def _document(name):
    (article,) = iter_file(PAGES / name)
    assert isinstance(article, RawArticle), article
    return process_article(article)[0]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_body_paragraph_survives_and_nothing_else(name):
    document, expected = _document(name), EXPECTED[name]
    assert document.text.split("\n\n") == expected["paragraphs"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_language_title_dateline_and_date(name):
    document, expected = _document(name), EXPECTED[name]
    published = str(document.published) if document.published else None
    assert (document.lang, document.title, document.dateline, published) == (
        expected["lang"], expected["title"], expected["dateline"], expected["published"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_text_holds_no_site_furniture(name):
    text = read_text(PAGES / name)  # what `govnews extract` reads
    for furniture in ("الرئيسية", "English", "جميع الحقوق", "All rights reserved", "cookies", "الارتباط",
                      "فيسبوك", "Facebook", "الأكثر قراءة", "Most Read", "Related", "ذات صلة", "ذات علاقة",
                      "أضف تعليقك", "Add your comment", "Privacy Policy", "سياسة الخصوصية", "Latest News"):
        assert furniture not in text
    for paragraph in EXPECTED[name]["paragraphs"]:
        assert paragraph in text
