"""Search over a dataset built from the sample articles: variants, clitics, pairs, filters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from govnews import schemas, search, terms
from govnews.errors import ConfigError

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

SEEDS = {p.name[:3]: p for p in sorted(CORPUS.glob("*.txt"))}
ID = {k: p.stem for k, p in SEEDS.items()}
LANG = {"000": "ar", "001": "en", "002": "ar", "003": "ar", "004": "ar"}
PUBLISHED = {
    "000": dt.date(2014, 3, 2),
    "001": dt.date(2014, 3, 2),
    "002": dt.date(2015, 1, 10),
    "003": dt.date(2024, 5, 3),
    "004": dt.date(2014, 9, 1),
}
TITLE = {"004": "قمة الحكومات الخليجية الثالثة للتواصل الاجتماعي تجتمع لتعزيز الخدمات الحكومية الذكية"}


def write(out: Path, name: str, rows: list[dict]) -> None:
    pq.write_table(pa.Table.from_pylist(rows, schema=schemas.TABLES[name]), out / f"{name}.parquet")


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dataset")
    write(
        out,
        "documents",
        [
            {"doc_id": ID[k], "lang": LANG[k], "title": TITLE.get(k), "published": PUBLISHED[k], "text": p.read_text("utf-8")}
            for k, p in SEEDS.items()
        ],
    )
    write(out, "pairs", [{"ar_doc_id": ID["000"], "en_doc_id": ID["001"], "score": 0.93, "method": "fixture"}])
    write(
        out,
        "events",
        [
            {"doc_id": ID["000"], "event_type": "training_course", "name": "دورة تدريبية"},
            {"doc_id": ID["002"], "event_type": "workshop", "name": "ورشة تدريبية"},
            {"doc_id": ID["003"], "event_type": "workshop", "start": "2024-04-28", "end": "2024-05-02"},
            {"doc_id": ID["004"], "event_type": "summit", "start": "2014-09-17", "end": "2014-09-18"},
        ],
    )
    write(
        out,
        "entities",
        [
            {"doc_id": ID["000"], "type": "ORG", "text": "معهد الإدارة العامة", "start": 0, "end": 0},
            {"doc_id": ID["003"], "type": "ORG", "text": "وزارة المالية", "start": 0, "end": 0},
            {"doc_id": ID["002"], "type": "ORG", "text": "بالأمانة العامة للمجلس التنفيذي", "start": 0, "end": 0},
            {"doc_id": ID["001"], "type": "PERSON", "text": "Ali Sebkar", "start": 0, "end": 0},
        ],
    )
    search.build_index(out)
    return out


def ids(hits) -> list[str]:
    return [h.doc_id[:3] for h in hits]


@pytest.mark.parametrize(
    "query, first",
    [
        ("الاعلام الاجتماعي", "000"),  # the text writes الإعلام
        ("بيبا", "000"),
        ("وزارة المالية", "003"),
        ("والوزارة", "003"),  # the text writes وزارة
        ("بوزارة التضامن", "003"),
        ("ورشة", "003"),
        ("ورشه عمل تفاعليه", "003"),  # ة typed as ه
        ("قمة الحكومات الخليجية", "004"),
        ("لقمه الحكومات الخليجيه", "004"),
        ("الشبكة العامة للاتصال الحكومي", "002"),
        ("دبلوم التهيئة للقطاع العام", "000"),
        ("مملكه البحرين", "000"),
        ("جمهوريه مصر العربيه", "003"),
    ],
)
def test_variants_and_clitics_find_the_article_first(dataset, query, first):
    hits = search.search(dataset, query, lang="ar")
    assert ids(hits)[0] == first


def test_english_query_reaches_the_arabic_release_through_its_pair(dataset):
    hits = search.search(dataset, "Institute of Public Administration training course", lang="ar")
    assert ids(hits) == ["000"]
    assert hits[0].matched_via == "pair"
    assert hits[0].pair_doc_id == ID["001"]


def test_any_shows_the_arabic_release_of_a_translation(dataset):
    hits = search.search(dataset, "Institute of Public Administration training course")
    assert ids(hits)[0] == "000"
    assert ID["001"] not in [h.doc_id for h in hits]


def test_english_side_and_arabic_query_through_pair(dataset):
    english = search.search(dataset, "social media tools", lang="en")
    assert ids(english) == ["001"] and english[0].matched_via == "text"
    assert "social media" in english[0].snippet.lower()
    arabic_query = search.search(dataset, "معهد الإدارة العامة", lang="en")
    assert ids(arabic_query) == ["001"] and arabic_query[0].matched_via == "pair"


def test_hit_fields(dataset):
    hit = search.search(dataset, "قمة الحكومات الخليجية", limit=1)[0]
    assert hit.title == TITLE["004"]
    assert hit.published == dt.date(2014, 9, 1)
    assert hit.lang == "ar" and hit.pair_doc_id is None and hit.score > 0
    assert "قمة الحكومات الخليجية" in hit.snippet


def test_title_words_weigh_more_than_body_words(tmp_path):
    rows = [
        {"doc_id": "body", "lang": "ar", "text": "افتتح الأمير معرض الكتاب بحضور الزوار والناشرين"},
        {"doc_id": "title", "lang": "ar", "title": "معرض الكتاب", "text": "افتتح الأمير الدورة الجديدة بحضور الزوار والناشرين"},
    ]
    write(tmp_path, "documents", rows)
    assert [h.doc_id for h in search.search(tmp_path, "معرض الكتاب")] == ["title", "body"]


@pytest.mark.parametrize(
    "options, expected",
    [
        ({"event_type": "workshop"}, {"002", "003"}),
        ({"event_type": "training_course"}, {"000"}),
        ({"event_type": "exhibition"}, set()),
        ({"since": "2024-01-01"}, {"003"}),
        ({"since": "2024-05-02", "until": "2024-05-02"}, {"003"}),  # the last day of the workshop
        ({"since": "2024-05-03"}, set()),  # published that day, but the event is over
        ({"until": "2014"}, {"000", "004"}),
        ({"since": dt.date(2014, 9, 18), "until": "2015-06"}, {"002", "004"}),
        ({"entity": "وزارة المالية"}, {"003"}),
        ({"entity": "الأمانة العامة للمجلس التنفيذي"}, {"002"}),  # mentioned with a proclitic
        ({"entity": "Ali Sebkar"}, {"000"}),  # mentioned in the translation
        ({"lang": "en"}, {"001"}),
    ],
)
def test_filters(dataset, options, expected):
    assert set(ids(search.search(dataset, "التواصل الاجتماعي social media", **options))) == expected


def test_empty_query_lists_filtered_documents_newest_first(dataset):
    assert ids(search.search(dataset, "", event_type="workshop")) == ["003", "002"]


def test_limit_and_order(dataset):
    hits = search.search(dataset, "التواصل الاجتماعي", limit=2)
    assert len(hits) == 2
    assert hits[0].score >= hits[1].score


@pytest.mark.parametrize(
    "options, message",
    [
        ({"lang": "fr"}, "--lang"),
        ({"limit": 0}, "--limit"),
        ({"since": "last week"}, "--since"),
    ],
)
def test_bad_options(dataset, options, message):
    with pytest.raises(ConfigError, match=message):
        search.search(dataset, "ورشة", **options)


def test_index_is_built_on_the_fly_and_rebuilt_when_documents_change(tmp_path):
    row = {"doc_id": "a", "lang": "ar", "text": "افتتح وزير المالية المعرض الدولي للكتاب"}
    write(tmp_path, "documents", [row])
    assert ids(search.search(tmp_path, "معرض الكتاب")) == ["a"]
    assert (tmp_path / "index" / "meta.json").is_file()
    write(tmp_path, "documents", [row, {"doc_id": "b", "lang": "ar", "text": "وقعت الوزارة مذكرة تفاهم"}])
    assert [h.doc_id for h in search.search(tmp_path, "مذكرة تفاهم")] == ["b"]


def test_not_a_dataset(tmp_path):
    with pytest.raises(search.GovnewsError, match="not a govnews dataset"):
        search.search(tmp_path, "ورشة")


@pytest.mark.parametrize(
    "word, expected",
    [
        ("والوزارة", ("وزارة", "الوزارة")),
        ("بالمعهد", ("معهد", "المعهد")),
        ("للتواصل", ("تواصل", "التواصل", "لتواصل")),
        ("وسائل", ("سائل",)),
        ("الي", ()),
        ("course", ()),
    ],
)
def test_stems(word, expected):
    assert terms.stems(word) == expected


@pytest.mark.parametrize(
    "value, end, expected",
    [
        ("2014", False, dt.date(2014, 1, 1)),
        ("2014", True, dt.date(2014, 12, 31)),
        ("2024-02", True, dt.date(2024, 2, 29)),
        ("2014-09-17", False, dt.date(2014, 9, 17)),
        ("2024-04-28/2024-05-02", True, dt.date(2024, 5, 2)),
        ("P5D", False, None),
    ],
)
def test_parse_date(value, end, expected):
    assert search.parse_date(value, end=end) == expected


def test_search_a_dataset_built_from_the_sample_corpus(tmp_path):
    from govnews import pipeline

    manifest = pipeline.build([CORPUS], tmp_path / "out")
    assert manifest["artifacts"]["index"] == "index"
    out = tmp_path / "out"
    hits = search.search(out, "Institute of Public Administration training course", lang="ar")
    assert ids(hits)[0] == "000" and hits[0].matched_via == "pair"
    assert ids(search.search(out, "والوزارة"))[0] == "003"
    assert ids(search.search(out, "قمه الحكومات الخليجيه", event_type="summit")) == ["004"]
    assert ids(search.search(out, "العلاقات الخارجية")) == ["004"]  # glued in the text: والسياحةوالعلاقاتالخارجية


def test_index_is_loaded_once_per_process(dataset):
    assert search.open_index(dataset) is search.open_index(dataset)
