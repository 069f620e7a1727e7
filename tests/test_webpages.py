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


RELEASE_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Minister opens digital services centre | MoCI</title></head>
<body><header><a href="/">Ministry of Communications</a></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a></div>
<article><h1>Minister opens digital services centre</h1>
<p>MUSCAT, 14th March, 2024 -- The Minister of Transport, Communications and Information Technology opened the new
digital services centre in Muscat on Thursday.</p>
<p>The centre will serve more than 3,000 visitors a month and offers 120 government services in one place.</p>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div></article>
<section class="comments"><h3>Leave a comment</h3><form><textarea></textarea><button>Send</button></form></section>
<footer>© 2024 Ministry of Communications. All rights reserved.</footer></body></html>"""


def test_page_furniture_is_listed_among_the_removed_strings(tmp_path):
    (tmp_path / "release.html").write_text(RELEASE_PAGE, encoding="utf-8")
    (article,) = iter_file(tmp_path / "release.html")
    document = process_article(article)[0]
    assert "Share" not in document.text and "Leave a comment" not in document.text
    for furniture in ("Ministry of Communications", "Home News Contact", "Home > News", "Share on Facebook Tweet",
                      "Leave a comment", "© 2024 Ministry of Communications. All rights reserved."):
        assert furniture in document.boilerplate, furniture
    assert document.text.startswith("The Minister of Transport") and "Minister opens digital services centre" in document.boilerplate
