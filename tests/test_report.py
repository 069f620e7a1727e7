"""Reports for translators: text, the `govnews check` JSON, and one self-contained HTML page."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from govnews import report
from govnews.records import AlignedUnit, Finding
from test_checks import SEED_UNITS, make_doc, run

BAD_NUMBER_AND_NAME = (("2001 hours", "2011 hours"), ("Ali Sebkar", "Ali Hassan"))


@pytest.fixture()
def corrupted(seeds):
    ar, en = seeds["000"], seeds["001"]
    for old, new in BAD_NUMBER_AND_NAME:
        en = en.replace(old, new)
    findings = run(ar, en)
    ar_doc, en_doc = make_doc(ar, "ar"), make_doc(en, "en")
    options = dict(units=SEED_UNITS, ar_sentences=ar_doc.sentences, en_sentences=en_doc.sentences)
    return findings, ar, en, options


def test_json_is_the_check_format(corrupted):
    findings, ar, en, options = corrupted
    data = json.loads(report.render(findings, ar_text=ar, en_text=en, format="json", **options))
    assert set(data) == {"findings", "summary"}
    for item in data["findings"]:
        assert list(item) == ["check", "severity", "ar_start", "ar_end", "en_start", "en_end", "ar_text", "en_text",
                              "message"]
        if item["ar_start"] is not None:
            assert ar[item["ar_start"] : item["ar_end"]] == item["ar_text"]
        if item["en_start"] is not None:
            assert en[item["en_start"] : item["en_end"]] == item["en_text"]
    summary = data["summary"]
    assert summary["pairs_checked"] == 1
    assert summary["by_severity"] == {"error": 2, "warning": 1, "info": 0}
    assert summary["by_check"] == {"name": {"error": 1}, "number": {"error": 1}, "terminology": {"warning": 1}}


def test_text_lists_each_finding_with_spans_and_message(corrupted):
    findings, ar, en, options = corrupted
    text = report.render(findings, ar_text=ar, en_text=en, format="text", **options)
    number = next(f for f in findings if f.check == "number")
    assert f"ar {number.ar_start}-{number.ar_end} «2001ساعة تدريبية»" in text
    assert "English says 2011 hours of training" in text
    assert text.rstrip().endswith("by check: name 1, number 1, terminology 1")


def test_unknown_format_is_a_clear_error():
    from govnews.errors import GovnewsError

    with pytest.raises(GovnewsError, match="unknown report format 'xml'"):
        report.render([], ar_text="نص", en_text="text", format="xml")


def test_html_escapes_text_and_marks_both_sides():
    ar = "قال <المدير> إن 120 موظفاً شاركوا & أكثر."
    en = 'The <director> said 210 employees took part & "more".'
    finding = Finding("number", "error", 15, 18, 20, 23, "120", "210", "Arabic says 120; English says 210 <b>")
    page = report.render([finding], ar_text=ar, en_text=en, units=[((0, len(ar)), (0, len(en)))], format="html")
    assert "<director>" not in page and "&lt;director&gt;" in page
    assert "210 <b>" not in page and "210 &lt;b&gt;" in page
    assert page.count('<mark class="error"') == 2
    assert 'title="error: Arabic says 120; English says 210 &lt;b&gt;"' in page
    assert 'dir="rtl" lang="ar"' in page
    assert "http" not in page and "<script" not in page and "<link" not in page


def test_html_overlapping_findings_are_split_not_nested():
    ar, en = "عدد 120 مشاركاً", "120 participants"
    findings = [
        Finding("number", "error", 4, 7, 0, 3, "120", "120", "one"),
        Finding("length", "warning", 0, len(ar), 0, len(en), ar, en, "two"),
    ]
    page = report.render(findings, ar_text=ar, en_text=en, units=[((0, len(ar)), (0, len(en)))], format="html")
    body = page.split("<main>")[1]
    assert "<mark" not in re.sub(r"<mark[^>]*>[^<]*</mark>", "", body)  # no mark inside a mark
    assert 'title="error: one | warning: two"' in body


def test_html_one_sided_unit_shows_an_empty_counterpart():
    ar, en = "الفقرة الأولى.\nالفقرة الثانية المحذوفة من الترجمة.", "The first paragraph."
    units = [AlignedUnit((0,), (0,), 0.9), AlignedUnit((1,), (), 0.0)]
    ar_doc, en_doc = make_doc(ar, "ar"), make_doc(en, "en")
    finding = Finding("omission", "error", 15, len(ar), None, None, ar[15:], None, "The English leaves out ...")
    page = report.render([finding], ar_text=ar, en_text=en, units=units, ar_sentences=ar_doc.sentences,
                         en_sentences=en_doc.sentences, format="html")
    assert "no English counterpart" in page
    assert page.count("<mark") == 1


def test_several_pairs_render_as_one_page_with_a_section_each(corrupted):
    findings, ar, en, options = corrupted
    spans = report.spans_of(options["units"], options["ar_sentences"], options["en_sentences"])
    sections = [
        report.Section(findings, ar, en, spans, "000", "001"),
        report.Section([], ar, en, spans, "000b", "001b"),
    ]
    page = report.render_sections(sections, format="html")
    assert page.count("<section") == 2 and page.count("<!DOCTYPE") == 1
    data = json.loads(report.render_sections(sections, format="json"))
    assert data["summary"]["pairs_checked"] == 2 and data["findings"][0]["ar_doc_id"] == "000"


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _chromium(tmp_path: Path, page: Path, *args: str) -> subprocess.CompletedProcess:
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,2000", *args, page.as_uri(),
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_html_renders_in_headless_chromium(corrupted, tmp_path):
    findings, ar, en, options = corrupted
    page = tmp_path / "report.html"
    page.write_text(report.render(findings, ar_text=ar, en_text=en, format="html", **options), encoding="utf-8")
    dom = _chromium(tmp_path, page, "--dump-dom").stdout
    assert dom.count('<mark class="error"') >= 4  # the number and the name, on both sides
    assert '<div class="card error"><b>2</b>error(s)</div>' in dom
    assert '<div class="card warning"><b>1</b>warning(s)</div>' in dom
    assert "Ali Hassan" in dom and "علي سبكار" in dom
    shot = tmp_path / "report.png"
    _chromium(tmp_path, page, f"--screenshot={shot}")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000  # a page of text, not a blank


def test_dataset_renders_a_section_per_pair_and_counts_errors(tmp_path, seeds):
    from govnews import pipeline
    from govnews.checks import CorpusStats

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "000.txt").write_text(seeds["000"], encoding="utf-8")
    (corpus / "001.txt").write_text(seeds["001"].replace("2001 hours", "2011 hours"), encoding="utf-8")
    out = tmp_path / "out"
    pipeline.build([corpus], out)
    text, errors = report.render_dataset(out, format="json")
    data = json.loads(text)
    assert errors == 1 and data["summary"]["pairs_checked"] == 1
    [number] = [f for f in data["findings"] if f["check"] == "number"]
    assert (number["ar_doc_id"], number["en_doc_id"]) == ("000", "001")
    assert number["en_text"].startswith("2011")
    page, _ = report.render_dataset(out, format="html")
    assert page.count('<section class="pair"') == 1 and page.count('<mark class="error"') == 2
    stats = CorpusStats.from_dataset(out)
    assert stats.pairs == 1 and len(stats.ratios) >= 3
    assert stats.terms.get("تهييه") == {"preparation": 1}
