"""`govnews build` end to end on the sample corpus and on bad input."""

import gzip
import json

import pytest

import govnews
from govnews import pipeline
from govnews.errors import ConfigError, InputError
from conftest import CORPUS


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample") / "out"
    manifest = pipeline.build([CORPUS], out)
    return out, manifest, govnews.load(out)


def test_sample_corpus_documents(sample, gold):
    out, manifest, ds = sample
    docs = ds.documents.sort_values("doc_id").reset_index(drop=True)
    assert list(docs["lang"]) == ["ar", "en", "ar", "ar", "ar"]
    assert manifest["rows"]["documents"] == 5 and manifest["rows"]["errors"] == 0
    row = docs.iloc[4]
    g = gold["004"]
    assert (row["title"], row["dateline"], row["source"], row["category"]) == (g["title"], g["dateline"], g["source"], g["category"])
    for piece in g["boilerplate"]:
        assert piece in list(row["boilerplate"])
        assert piece not in row["text"]


def test_every_body_sentence_is_kept(sample, seeds):
    """Each sentence-like piece of the article bodies is still in the clean text."""
    _, _, ds = sample
    texts = dict(zip(ds.documents["doc_id"], ds.documents["text"]))
    kept = texts[next(k for k in texts if k.startswith("004"))]
    for sentence in ["ومن المتوقع أن تجذب أكثر من 300 من خبراء الاتصال", "وستقدم القمة 6 ورش عمل متخصصة",
                     "وأنا شخصياً أتطلع لمناقشة هذه الموضوعات", "وبناء أسس قوية للشبكات الاجتماعية"]:
        assert sentence in kept
    for doc_id, text in texts.items():
        original = seeds[doc_id[:3]]
        if doc_id[:3] in ("000", "001", "003"):  # nothing to strip in these
            assert text.split() == original.split()


def test_offsets_and_spans_are_consistent(sample):
    _, _, ds = sample
    for _, doc in ds.documents.iterrows():
        text = doc["text"]
        assert text == text.strip() and "\n\n\n" not in text
        for p in doc["paragraphs"]:
            assert 0 <= p["start"] < p["end"] <= len(text)
        for s in doc["sentences"]:
            assert text[s["start"]:s["end"]].strip()
    for _, e in ds.entities.iterrows():
        text = ds.documents.set_index("doc_id").loc[e["doc_id"], "text"]
        assert text[e["start"]:e["end"]] == e["text"]


def test_manifest_records_inputs_and_tables(sample):
    out, manifest, _ = sample
    assert len(manifest["inputs"]) == 5 and all(len(i["sha256"]) == 64 for i in manifest["inputs"])
    assert {"documents", "entities", "errors", "pairs", "alignments"} <= set(manifest["tables"])
    assert (out / "manifest.json").is_file()


def test_sample_pairs_only_the_translation(sample):
    _, _, ds = sample
    pairs = [(a[:3], e[:3]) for a, e in zip(ds.pairs["ar_doc_id"], ds.pairs["en_doc_id"])]
    assert pairs == [("000", "001")]


def _bad_inputs(folder):
    folder.mkdir()
    (folder / "good.txt").write_text("أعلنت وزارة المالية اليوم عن ميزانية جديدة للعام المقبل.", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "cut.jsonl.gz").write_bytes(gzip.compress(b'{"id": "a", "text": "hello world"}\n' * 50)[:-30])
    lines = [json.dumps({"id": "j1", "text": "The Ministry of Finance announced a new budget today."}),
             "{not json", json.dumps({"id": "j3", "title": "no text"})]
    (folder / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_bad_inputs_become_error_rows_and_the_rest_goes_through(tmp_path):
    out = tmp_path / "out"
    manifest = pipeline.build([_bad_inputs(tmp_path / "in")], out)
    ds = govnews.load(out)
    assert sorted(ds.documents["doc_id"]) == ["good", "j1"]
    by_path = {p.rsplit("/", 1)[-1] for p in ds.errors["path"]}
    assert {"empty.txt", "binary.txt", "cut.jsonl.gz", "mixed.jsonl"} <= by_path
    assert all(ds.errors["message"].str.len() > 0)
    assert manifest["rows"]["errors"] == len(ds.errors) >= 5


def test_articles_that_cannot_be_extracted_become_error_rows_and_the_others_go_through(tmp_path, monkeypatch):
    """Articles are extracted in groups; an article that fails (here: Arabic, with a name model
    that is not installed) is an error row, and the articles of its group that can be done are."""
    from govnews.extract import camel

    monkeypatch.setenv("GOVNEWS_NER_BACKEND", "camel")
    monkeypatch.setenv("GOVNEWS_CAMEL_NER_MODEL", str(tmp_path / "nothing"))
    camel.recognizer.cache_clear()
    pipeline.build([CORPUS], tmp_path / "out", options=pipeline.BuildOptions(subwords=False, index=False))
    camel.recognizer.cache_clear()
    ds = govnews.load(tmp_path / "out")
    assert list(ds.documents["lang"]) == ["en"] and ds.documents["doc_id"][0].startswith("001_")
    assert len(ds.entities) > 10
    assert sorted(p.rsplit("/", 1)[-1][:3] for p in ds.errors["path"]) == ["000", "002", "003", "004"]
    assert set(ds.errors["kind"]) == {"unusable"} and all("camel_data -i ner" in m for m in ds.errors["message"])


def test_an_article_the_extractors_fail_on_keeps_its_document_and_the_others_go_through(tmp_path, monkeypatch):
    """A fault of the extractors on one article (here: any article that names the `الأمانة العامة`)
    is an error row naming it; its document stays, without entities, and the other articles are whole."""
    from govnews import extract

    analyze_many = extract.analyze_many

    def failing(items):
        if any("الأمانة العامة" in text for text, _, _ in items):
            raise IndexError("list index out of range")
        return analyze_many(items)

    monkeypatch.setattr(extract, "analyze_many", failing)
    pipeline.build([CORPUS], tmp_path / "out", options=pipeline.BuildOptions(subwords=False, index=False))
    ds = govnews.load(tmp_path / "out")
    assert len(ds.documents) == 5
    failed = {p.rsplit("/", 1)[-1][:3] for p in ds.errors["path"]}
    assert failed and "001" not in failed
    assert all(m.startswith("extraction failed (IndexError: list index out of range); the document is kept")
               for m in ds.errors["message"])
    with_entities = {d[:3] for d in ds.entities["doc_id"]}
    assert "001" in with_entities and not failed & with_entities


@pytest.mark.parametrize("module, function, stage", [
    ("govnews.pairing", "align_documents", "alignment"),
    ("govnews.checks", "check_pair", "checking"),
])
def test_a_pair_the_package_fails_on_stays_a_pair_and_is_an_error_row(tmp_path, monkeypatch, module, function, stage):
    import importlib

    def failing(*args, **kwargs):
        raise ValueError("no sentences")

    monkeypatch.setattr(importlib.import_module(module), function, failing)
    pipeline.build([CORPUS], tmp_path / "out", options=pipeline.BuildOptions(subwords=False, index=False))
    ds = govnews.load(tmp_path / "out")
    assert len(ds.documents) == 5 and len(ds.pairs) == 1 and ds.checks.empty
    (path, message), = ds.errors[["path", "message"]].itertuples(index=False)
    assert path.startswith("000_") and " | 001_" in path
    assert message.startswith(f"{stage} failed (ValueError: no sentences); the pair is kept without ")
    assert ds.alignments.empty == (stage == "alignment") and ds.entities["link"].notna().any() == (stage == "checking")


def test_missing_input_and_non_empty_output(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        pipeline.build([tmp_path / "nope"], tmp_path / "out")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    with pytest.raises(ConfigError, match="holds other files"):
        pipeline.build([CORPUS], tmp_path / "full")
    assert (tmp_path / "full" / "x").read_text() == "x"


def test_an_earlier_dataset_is_rebuilt_in_place(tmp_path):
    options = pipeline.BuildOptions(subwords=False, index=False)
    pipeline.build([CORPUS], tmp_path / "out", options=options)
    pipeline.build([CORPUS / "000_417b8c9f41c572f4.txt"], tmp_path / "out", options=options)
    assert len(govnews.load(tmp_path / "out").documents) == 1


def test_duplicate_ids_keep_the_first(tmp_path):
    rows = [{"id": "same", "text": "The first article about the Ministry of Health."},
            {"id": "same", "text": "A second article with the same id about the Ministry of Finance."}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    pipeline.build([tmp_path / "a.jsonl"], tmp_path / "out")
    ds = govnews.load(tmp_path / "out")
    assert list(ds.documents["doc_id"]) == ["same"] and "first" in ds.documents["text"][0]
    assert list(ds.errors["kind"]) == ["duplicate"]


def test_duplicates_across_partitions_drop_their_entities_too(tmp_path):
    for name, text in (("a", "The Ministry of Health opened a hospital in Cairo."),
                       ("b", "The Ministry of Finance met in Dubai on 17 September 2014.")):
        (tmp_path / f"{name}.jsonl").write_text(json.dumps({"id": "same", "text": text}) + "\n", encoding="utf-8")
    options = pipeline.BuildOptions(partition_bytes=10, subwords=False, index=False)
    manifest = pipeline.build([tmp_path / "a.jsonl", tmp_path / "b.jsonl"], tmp_path / "out", options=options)
    ds = govnews.load(tmp_path / "out")
    assert len(manifest["partitions"]) == 2 and list(ds.documents["doc_id"]) == ["same"]
    assert "Cairo" in set(ds.entities["text"]) and "Dubai" not in set(ds.entities["text"])
    assert manifest["rows"]["entities"] == len(ds.entities)


def test_tables_as_folders_of_part_files_hold_the_same_rows(tmp_path, monkeypatch):
    """A large build writes its tables as folders of part files: the rows (entity links of the
    pair, duplicates left out) are those of the single files a small build writes."""
    (tmp_path / "in").mkdir()
    for prefix in ("000", "001", "002"):
        (source,) = CORPUS.glob(f"{prefix}_*.txt")
        (tmp_path / "in" / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "in" / "dup.jsonl").write_text(
        json.dumps({"id": source.stem, "text": "أعلنت وزارة الصحة في الرياض عن افتتاح مستشفى جديد."}) + "\n", encoding="utf-8"
    )
    options = pipeline.BuildOptions(partition_bytes=10, subwords=False, index=False)
    pipeline.build([tmp_path / "in"], tmp_path / "single", options=options)
    monkeypatch.setattr("govnews.pipeline.assemble.SINGLE_FILE_ROWS", 0)  # where it is read
    pipeline.build([tmp_path / "in"], tmp_path / "folders", options=options)

    single, folders = govnews.load(tmp_path / "single"), govnews.load(tmp_path / "folders")
    assert (tmp_path / "folders" / "entities").is_dir() and (tmp_path / "single" / "entities.parquet").is_file()
    for name in ("documents", "entities", "events", "errors"):
        a, b = getattr(single, name), getattr(folders, name)
        assert len(a) == len(b) > 0, name
        assert a.astype(str).sort_values(list(a.columns)).values.tolist() == b.astype(str).sort_values(list(b.columns)).values.tolist()
    assert folders.entities["link"].notna().sum() > 0
    assert list(folders.errors["kind"]) == ["duplicate"]


def test_a_build_of_pages_without_article_text_completes_without_a_subword_model(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("اترك تعليقاً\n\nشارك\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("Leave a comment\n", encoding="utf-8")
    manifest = pipeline.build([tmp_path / "in"], tmp_path / "out")
    assert manifest["rows"]["documents"] == 2
    assert "subwords" not in manifest["artifacts"]
    assert "no subword model" in capsys.readouterr().err
    assert len(govnews.load(tmp_path / "out").documents) == 2


def test_a_release_without_a_date_is_dated_by_its_dateline(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "release.txt").write_text(
        "الرياض 5 رمضان 1445 هـ الموافق 15 مارس 2024 م واس\n\n"
        "أعلنت وزارة الموارد البشرية والتنمية الاجتماعية أمس إطلاق برنامج تدريبي للشباب يستمر ثلاثة أشهر.\n",
        encoding="utf-8",
    )
    pipeline.build([tmp_path / "in"], tmp_path / "out", options=pipeline.BuildOptions(index=False, subwords=False))
    ds = govnews.load(tmp_path / "out")
    assert str(ds.documents["published"].iloc[0]) == "2024-03-15"
    yesterday = ds.entities[ds.entities["text"] == "أمس"]
    assert list(yesterday["value"]) == ["2024-03-14"]


def test_a_build_in_one_language_reads_no_pairing_signatures(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("أعلنت وزارة الصحة في الرياض عن افتتاح مستشفى جديد بتكلفة 59 مليون ريال.\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("افتتحت جامعة الملك سعود مؤتمرا دوليا عن الطاقة في 17 سبتمبر 2014.\n", encoding="utf-8")

    def unread(*args):
        raise AssertionError("signatures read")

    monkeypatch.setattr("govnews.pipeline.pairs._signatures", unread)
    manifest = pipeline.build([tmp_path / "in"], tmp_path / "out", options=pipeline.BuildOptions(subwords=False, index=False))
    assert manifest["rows"]["documents"] == 2 and manifest["rows"]["pairs"] == 0


def test_a_broken_link_becomes_an_error_and_the_build_goes_on(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("The Ministry of Health opened a hospital in Cairo on Monday.", encoding="utf-8")
    (tmp_path / "in" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    pipeline.build([tmp_path / "in"], tmp_path / "out", options=pipeline.BuildOptions(subwords=False, index=False))
    ds = govnews.load(tmp_path / "out")
    assert list(ds.documents["doc_id"]) == ["a"]
    assert [(p.rsplit("/", 1)[-1], k) for p, k in zip(ds.errors["path"], ds.errors["kind"])] == [("gone.txt", "unreadable")]


def _documented_kinds():
    from govnews.schemas import TABLES

    return set(TABLES["errors"].field("kind").metadata[b"description"].decode().split())


def test_every_kind_of_error_is_documented(tmp_path):
    folder = _bad_inputs(tmp_path / "in")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "batch.zip").write_bytes(b"PK\x03\x04")
    (folder / "records.json").write_text("[]", encoding="utf-8")
    (folder / "again.jsonl").write_text(json.dumps({"id": "good", "text": "x " * 20}) + "\n", encoding="utf-8")
    pipeline.build([folder], tmp_path / "out", options=pipeline.BuildOptions(subwords=False, index=False))
    kinds = set(govnews.load(tmp_path / "out").errors["kind"])
    assert kinds == {"empty", "binary", "truncated", "malformed", "missing_field", "unreadable", "unsupported", "duplicate"}
    assert kinds <= _documented_kinds()


def _table_rows(out, name, drop=("path", "extra")):
    frame = getattr(govnews.load(out), name)
    frame = frame.drop(columns=[c for c in drop if c in frame.columns])
    return sorted(map(str, frame.astype(str).values.tolist()))


def test_resume_with_only_new_inputs_keeps_the_dataset_and_pairs_across_both(tmp_path):
    """The Arabic release in the dataset, its English translation added with --resume: the pair is
    found, as in one build of both."""
    for folder, prefixes in (("earlier", ("000", "002", "003")), ("new", ("001", "004"))):
        (tmp_path / folder).mkdir()
        for prefix in prefixes:
            (source,) = CORPUS.glob(f"{prefix}_*.txt")
            (tmp_path / folder / source.name).write_bytes(source.read_bytes())
    options = pipeline.BuildOptions(subwords=False, index=False)
    pipeline.build([tmp_path / "earlier"], tmp_path / "out", options=options)
    assert len(govnews.load(tmp_path / "out").pairs) == 0
    pipeline.build([tmp_path / "new"], tmp_path / "out", options=options, resume=True)
    pipeline.build([tmp_path / "earlier", tmp_path / "new"], tmp_path / "fresh", options=options)
    assert len(govnews.load(tmp_path / "out").documents) == 5 and len(govnews.load(tmp_path / "out").pairs) == 1
    for name in ("documents", "entities", "events", "pairs", "alignments", "checks", "errors"):
        assert _table_rows(tmp_path / "out", name) == _table_rows(tmp_path / "fresh", name), name


def test_resume_leaves_out_an_earlier_input_that_is_gone(tmp_path, capsys):
    (tmp_path / "earlier").mkdir()
    (tmp_path / "earlier" / "a.txt").write_text("أعلنت وزارة الصحة عن حملة تطعيم جديدة في جميع المناطق.", encoding="utf-8")
    (tmp_path / "new.txt").write_text("The Ministry of Health announced a new vaccination campaign.", encoding="utf-8")
    options = pipeline.BuildOptions(subwords=False, index=False)
    pipeline.build([tmp_path / "earlier"], tmp_path / "out", options=options)
    (tmp_path / "earlier" / "a.txt").unlink()
    (tmp_path / "earlier").rmdir()
    pipeline.build([tmp_path / "new.txt"], tmp_path / "out", options=options, resume=True)
    assert list(govnews.load(tmp_path / "out").documents["doc_id"]) == ["new"]
    assert "an input of the earlier build is gone" in capsys.readouterr().err
