"""The command line as INTERFACE.md describes it, on the sample corpus."""

import json
import subprocess
import sys

import pytest

import govnews
from govnews.cli import main
from conftest import CORPUS

AR = str(next(CORPUS.glob("000_*.txt")))
EN = str(next(CORPUS.glob("001_*.txt")))


def run(capsys, *argv, stdin=None, monkeypatch=None):
    with pytest.raises(SystemExit) as exit_info:
        main(list(argv))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "sample"
    govnews.pipeline.build([CORPUS], out)
    return str(out)


def test_public_functions_are_callable():
    assert govnews.normalize("الإعلام ٢٠٢٤", profile="search") == "الاعلام 2024"
    assert any(e.type == "ORG" for e in govnews.extract("نظمت وزارة المالية ورشة عمل", lang="ar"))
    units = govnews.align(["الجملة الأولى.", "الجملة الثانية."], ["The first sentence.", "The second sentence."])
    assert [(u.ar, u.en) for u in units] == [((0,), (0,)), ((1,), (1,))]
    assert callable(govnews.load) and callable(govnews.check)


def test_build_prints_a_summary_and_info_lists_tables(capsys, tmp_path):
    code, out, err = run(capsys, "build", str(CORPUS), "-o", str(tmp_path / "o"), "--quiet")
    assert code == 0 and "5 documents (ar 4, en 1)" in out and "1 pairs" in out
    code, out, _ = run(capsys, "info", str(tmp_path / "o"))
    assert code == 0 and "documents           5 rows" in out and "languages: ar 4, en 1" in out


def test_user_errors_are_one_line_with_exit_2(capsys, tmp_path, dataset):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.md").write_text("a folder of the user's own")
    for argv in (["build", str(tmp_path / "missing"), "-o", str(tmp_path / "o")],
                 ["build", str(CORPUS), "-o", str(tmp_path / "notes")],
                 ["build", str(CORPUS)],
                 ["check", AR],
                 ["extract", str(tmp_path / "missing.txt")],
                 ["info", str(tmp_path)],
                 ["search", dataset, "x", "--since", "not-a-date"],
                 ["no-such-command"]):
        code, out, err = run(capsys, *argv)
        assert code == 2, argv
        assert err.count("\n") == 1 and err.startswith("govnews: error: "), (argv, err)


def test_strict_build_exits_1_when_an_input_is_bad(capsys, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("أعلنت وزارة الصحة عن حملة تطعيم جديدة في جميع المناطق.", encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("  \n", encoding="utf-8")
    assert run(capsys, "build", str(tmp_path / "in"), "-o", str(tmp_path / "a"), "--quiet")[0] == 0
    assert run(capsys, "build", str(tmp_path / "in"), "-o", str(tmp_path / "b"), "--quiet", "--strict")[0] == 1


def test_extract_jsonl_streams_one_object_a_line(capsys, tmp_path):
    lines = [{"id": "a", "text": "عقدت الوزارة ورشة عمل يومي 17 و18 سبتمبر 2014"},
             {"id": "b", "text": "Yesterday the ministry opened a summit attended by more than 300 experts.", "date": "2014-09-18"}]
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(tmp_path / "in.jsonl"))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["id"] for r in rows] == ["a", "b"] and [r["lang"] for r in rows] == ["ar", "en"]
    date = next(e for e in rows[0]["entities"] if e["type"] == "DATE")
    assert date["value"] == "2014-09-17/2014-09-18" and lines[0]["text"][date["start"]:date["end"]] == date["text"]
    assert {"id", "lang", "entities", "events"} <= set(rows[0])
    number = next(e for e in rows[1]["entities"] if e["type"] == "NUMBER")
    assert number["number"] == 300


def test_extract_reads_standard_input():
    proc = subprocess.run([sys.executable, "-m", "govnews", "extract", "-"], input="وصل عدد المستخدمين إلى 82 مليون مستخدم",
                          capture_output=True, text=True, check=True)
    entity = json.loads(proc.stdout)["entities"][0]
    assert (entity["type"], entity["number"], entity["unit"]) == ("NUMBER", 82_000_000, "مستخدم")


def test_extract_counts_relative_dates_from_the_dateline():
    release = "أبوظبي في 17 مارس 2024 / وام / استقبل صاحب السمو رئيس الدولة أمس في قصر الوطن الرئيس الفرنسي."
    proc = subprocess.run([sys.executable, "-m", "govnews", "extract", "-"], input=release, capture_output=True, text=True, check=True)
    dates = {e["text"]: e["value"] for e in json.loads(proc.stdout)["entities"] if e["type"] == "DATE"}
    assert dates == {"17 مارس 2024": "2024-03-17", "أمس": "2024-03-16"}


def test_align_vecalign_covers_every_sentence(capsys):
    code, out, _ = run(capsys, "align", AR, EN)
    assert code == 0
    assert out.splitlines()[2].startswith("[2]:[2,3]:")
    assert all(line.count(":") == 2 for line in out.splitlines())


def test_align_presplit(capsys, tmp_path):
    (tmp_path / "ar.txt").write_text("افتتح الوزير المعرض.\nوشارك 40 عارضا.\nواستمر ثلاثة أيام.\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("The minister opened the exhibition.\n40 exhibitors took part.\nIt lasted three days.\n", encoding="utf-8")
    code, out, _ = run(capsys, "align", str(tmp_path / "ar.txt"), str(tmp_path / "en.txt"), "--presplit")
    assert out.split() == ["[0]:[0]:" + out.split()[0].rsplit(":", 1)[1], *out.split()[1:]]
    assert [line.rsplit(":", 1)[0] for line in out.splitlines()] == ["[0]:[0]", "[1]:[1]", "[2]:[2]"]


def test_check_exit_codes_and_json(capsys, tmp_path):
    code, out, _ = run(capsys, "check", AR, EN, "--format", "json")
    report = json.loads(out)
    assert code == 0 and all(f["severity"] != "error" for f in report["findings"]) and "summary" in report
    wrong = tmp_path / "en.txt"
    wrong.write_text(open(EN, encoding="utf-8").read().replace("2001 hours", "2011 hours"), encoding="utf-8")
    code, out, _ = run(capsys, "check", AR, str(wrong), "--format", "json")
    findings = json.loads(out)["findings"]
    assert code == 1 and any(f["check"] == "number" and f["severity"] == "error" for f in findings)


def test_check_html_to_a_file(capsys, tmp_path, dataset):
    code, out, _ = run(capsys, "check", "--dataset", dataset, "--format", "html", "-o", str(tmp_path / "r.html"))
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert code == 0 and page.startswith("<!DOCTYPE html>") and 'dir="rtl"' in page


def test_search_and_index(capsys, dataset):
    assert run(capsys, "index", dataset)[0] == 0
    code, out, _ = run(capsys, "search", dataset, "بيبا", "--format", "jsonl")
    hits = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and hits[0]["doc_id"].startswith("000")
    code, out, _ = run(capsys, "search", dataset, "Institute of Public Administration", "--lang", "ar", "--format", "jsonl")
    assert json.loads(out.splitlines()[0])["doc_id"].startswith("000")


def test_normalize_filters_standard_input():
    proc = subprocess.run([sys.executable, "-m", "govnews", "normalize", "--profile", "match"],
                          input="أبريل ٢٠٢٤\nمستشفى\n", capture_output=True, text=True, check=True)
    assert proc.stdout == "ابريل 2024\nمستشفي\n"


def test_lexicon_learn_and_build_with_it(capsys, tmp_path, dataset):
    code, out, _ = run(capsys, "lexicon", "learn", dataset, "-o", str(tmp_path / "lex.tsv"))
    assert code == 0 and (tmp_path / "lex.tsv").read_text(encoding="utf-8").count("\t") > 10
    code, out, _ = run(capsys, "build", str(CORPUS), "-o", str(tmp_path / "o"), "--lexicon", str(tmp_path / "lex.tsv"), "--quiet")
    assert code == 0 and "1 pairs" in out


def test_classify_train_and_predict(capsys, tmp_path, dataset):
    ids = sorted(govnews.load(dataset).documents["doc_id"])
    labels = tmp_path / "labels.csv"
    labels.write_text("doc_id,label\n" + "".join(f"{d},{'bahrain' if d[:3] in ('000', '001') else 'uae'}\n" for d in ids[:3]) +
                      f"{ids[4]},uae\n", encoding="utf-8")
    code, out, err = run(capsys, "classify", "train", dataset, "--labels", str(labels), "-o", str(tmp_path / "m.joblib"))
    assert code == 0, err
    code, out, _ = run(capsys, "classify", "predict", str(tmp_path / "m.joblib"), str(CORPUS), "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 5 and {"id", "label", "score"} <= set(rows[0])


def test_every_command_answers_help(capsys):
    for argv in (["--help"], ["build", "--help"], ["classify", "train", "--help"], ["lexicon", "learn", "--help"]):
        code, out, _ = run(capsys, *argv)
        assert code == 0 and "Usage: govnews" in out and "Example" in out


def test_extract_reads_json_arrays_and_folders(capsys, tmp_path):
    records = [{"id": "x1", "text": "نظمت وزارة المالية ورشة عمل يومي 17 و18 سبتمبر 2014"},
               {"id": "x2", "text": "The Ministry of Finance held a workshop on 17 September 2014."}]
    (tmp_path / "batch.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(tmp_path / "batch.json"))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["id"] for r in rows] == ["x1", "x2"] and [r["lang"] for r in rows] == ["ar", "en"]
    code, out, _ = run(capsys, "extract", str(CORPUS))
    assert code == 0 and len(out.splitlines()) == 5


def test_unreadable_files_are_one_line_naming_them_with_exit_2(capsys, tmp_path):
    (tmp_path / "en.txt").mkdir()  # a folder where a release was expected
    (tmp_path / "ar.txt").symlink_to(tmp_path / "gone.txt")  # a broken link
    folder, link = str(tmp_path / "en.txt"), str(tmp_path / "ar.txt")
    for argv in (["check", AR, folder], ["align", AR, folder], ["normalize", folder], ["check", link, EN]):
        code, out, err = run(capsys, *argv)
        assert code == 2 and err.count("\n") == 1, (argv, err)
        assert err.startswith(f"govnews: error: {argv[-1] if argv[-1] != EN else link}: "), (argv, err)
        assert ("Is a directory" if folder in argv else "no such file") in err, (argv, err)


def _crlf_copy(tmp_path, source):
    path = tmp_path / f"{source.rsplit('/', 1)[-1]}"
    text = open(source, encoding="utf-8").read().replace("\n", "\r\n")
    path.write_bytes(text.encode("utf-8"))
    return str(path), text


def test_check_offsets_are_into_crlf_files_as_given(capsys, tmp_path):
    (ar, ar_text), (en, en_text) = _crlf_copy(tmp_path, AR), _crlf_copy(tmp_path, EN)
    en_text = en_text.replace("2001 hours", "2011 hours")
    open(en, "wb").write(en_text.encode("utf-8"))
    code, out, _ = run(capsys, "check", ar, en, "--format", "json")
    findings = json.loads(out)["findings"]
    assert code == 1 and any(f["en_text"] and "2011" in f["en_text"] for f in findings)
    for f in findings:
        if f["ar_start"] is not None:
            assert ar_text[f["ar_start"]:f["ar_end"]] == f["ar_text"], f
        if f["en_start"] is not None:
            assert en_text[f["en_start"]:f["en_end"]] == f["en_text"], f


def test_extract_offsets_are_into_crlf_files_as_given_as_on_standard_input(capsys, tmp_path):
    path, text = _crlf_copy(tmp_path, AR)
    code, out, _ = run(capsys, "extract", path)
    entities = json.loads(out)["entities"]
    assert code == 0 and len(entities) > 10
    assert [text[e["start"]:e["end"]] for e in entities] == [e["text"] for e in entities]
    proc = subprocess.run([sys.executable, "-m", "govnews", "extract", "-"], input=text.encode("utf-8"),
                          capture_output=True, check=True)
    assert json.loads(proc.stdout)["entities"] == entities


def test_standard_input_in_utf16_is_read_as_a_file_is():
    release = "وصل عدد المستخدمين إلى 82 مليون مستخدم"
    proc = subprocess.run([sys.executable, "-m", "govnews", "extract", "-"], input=release.encode("utf-16"),
                          capture_output=True, check=True)
    entity = json.loads(proc.stdout)["entities"][0]
    assert (entity["type"], entity["number"], entity["text"]) == ("NUMBER", 82_000_000, "82 مليون مستخدم")


def test_unwritable_outputs_and_a_bad_scheduler_are_one_line_with_exit_2(capsys, tmp_path, dataset):
    (tmp_path / "afile").write_text("not a folder")
    missing = str(tmp_path / "no" / "such" / "folder")
    for argv in (["check", AR, EN, "--format", "html", "-o", f"{missing}/report.html"],
                 ["lexicon", "learn", dataset, "-o", f"{missing}/lexicon.tsv"],
                 ["build", str(CORPUS), "-o", str(tmp_path / "afile" / "sub"), "--quiet"],
                 ["build", str(CORPUS), "-o", str(tmp_path / "o"), "--scheduler", "notanaddress", "--quiet"]):
        code, out, err = run(capsys, *argv)
        assert code == 2 and err.count("\n") == 1 and err.startswith("govnews: error: "), (argv, err)
    assert "afile" not in err and "notanaddress" in err


def test_classify_train_to_a_missing_folder_is_one_line_with_exit_2(capsys, tmp_path, dataset):
    ids = sorted(govnews.load(dataset).documents["doc_id"])
    labels = tmp_path / "labels.csv"
    labels.write_text("doc_id,label\n" + "".join(f"{d},{'health' if i % 2 else 'economy'}\n" for i, d in enumerate(ids)))
    code, out, err = run(capsys, "classify", "train", dataset, "--labels", str(labels), "-o", str(tmp_path / "no" / "m.joblib"))
    assert code == 2 and err.count("\n") == 1 and err.startswith(f"govnews: error: {tmp_path / 'no'}"), err


def test_extract_skips_bad_lines_and_files_and_goes_on(capsys, tmp_path):
    lines = ['{"id": "a1", "text": "عقدت الوزارة ورشة عمل يومي 17 و18 سبتمبر 2014"}',
             '{"id": "a2", "text": "نظمت الوزارة',  # cut in the middle
             '{"id": "a3", "text": "The ministry held a workshop on 17 September 2014."}']
    (tmp_path / "RELEASES.JSONL").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "en.txt").write_text(open(EN, encoding="utf-8").read(), encoding="utf-8")
    code, out, err = run(capsys, "extract", str(tmp_path / "RELEASES.JSONL"), str(tmp_path / "empty.txt"), str(tmp_path / "en.txt"))
    assert code == 0 and [json.loads(line)["id"] for line in out.splitlines()] == ["a1", "a3", "en"]
    bad_line, empty = err.splitlines()
    assert bad_line.startswith(f"govnews: skipped {tmp_path / 'RELEASES.JSONL'}:2: invalid JSON: ")
    assert empty == f"govnews: skipped {tmp_path / 'empty.txt'}: the file is empty"
    code, out, err = run(capsys, "extract", str(tmp_path / "empty.txt"))
    assert code == 2 and out == "" and err.splitlines()[-1].startswith("govnews: error: ")


def test_extract_names_a_document_the_extractors_fail_on_and_goes_on(capsys, tmp_path, monkeypatch):
    from govnews import extract

    analyze = extract.analyze

    def failing(text, **kwargs):
        if "ورشة" in text:
            raise IndexError("list index out of range")
        return analyze(text, **kwargs)

    monkeypatch.setattr(extract, "analyze", failing)
    lines = ['{"id": "a1", "text": "عقدت الوزارة ورشة عمل يومي 17 و18 سبتمبر 2014"}',
             '{"id": "a2", "text": "The ministry held a workshop on 17 September 2014."}']
    (tmp_path / "releases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "extract", str(tmp_path / "releases.jsonl"))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [(r["id"], bool(r["entities"])) for r in rows] == [("a1", False), ("a2", True)]
    assert err == "govnews: extraction failed for a1: IndexError: list index out of range\n"
