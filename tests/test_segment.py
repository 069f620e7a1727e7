"""Paragraphs and sentences with offsets, in Arabic and English release styles."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govnews.records import SentenceSpan, Span
from govnews.segment import paragraphs, sentences, split


def test_paragraphs_are_trimmed_spans_between_blank_lines():
    text = "  أولاً.\nسطر ثانٍ.\n\n \t\nثالثاً.  \n\n\n"
    spans = paragraphs(text)
    assert [text[s.start : s.end] for s in spans] == ["أولاً.\nسطر ثانٍ.", "ثالثاً."]
    assert spans[0] == Span(2, 2 + len("أولاً.\nسطر ثانٍ."))
    assert paragraphs("") == [] and paragraphs(" \n\n ") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # `؛` and the Arabic comma do not end a sentence; `؟` and `!` do
        ("أعلنت الوزارة عن المبادرة، وأكدت أهميتها؛ وقالت إنها ستبدأ غداً. هل تنجح؟ نعم!",
         ["أعلنت الوزارة عن المبادرة، وأكدت أهميتها؛ وقالت إنها ستبدأ غداً.", "هل تنجح؟", "نعم!"]),
        # a mark inside a closing quote stays with its quote
        ("وقال سالم: “يملك الجمهور العربي توجها إيجابياً. ففي أحد الاستطلاعات وجدنا أن 55% يدعمون ذلك.” وأضاف أنه متفائل.",
         ["وقال سالم: “يملك الجمهور العربي توجها إيجابياً.",
          "ففي أحد الاستطلاعات وجدنا أن 55% يدعمون ذلك.”", "وأضاف أنه متفائل."]),
        ("قال الوزير «انتهينا من المرحلة الأولى.» ثم غادر.", ["قال الوزير «انتهينا من المرحلة الأولى.»", "ثم غادر."]),
        # decimals with comma or point, and a full stop after a space
        ("بلغ عدد المستخدمين 59,19 مليون ونما 3.5 بالمئة في خطة دبي 2021 . وتطرقت الورشة إلى أمور أخرى.",
         ["بلغ عدد المستخدمين 59,19 مليون ونما 3.5 بالمئة في خطة دبي 2021 .", "وتطرقت الورشة إلى أمور أخرى."]),
        # `..` glued to the next word (WAM style) ends a sentence
        ("من أجل إيجاد منصة للتنسيق بين الجهات الحكومية في مجال الاتصال ..وتشرف الشبكة على بناء نظام متكامل.",
         ["من أجل إيجاد منصة للتنسيق بين الجهات الحكومية في مجال الاتصال ..", "وتشرف الشبكة على بناء نظام متكامل."]),
        # abbreviated titles, but the year mark `م.` ends a sentence
        ("التقى د. محمد العلي مع م. أحمد سالم في عام 2014 م. وبحث الطرفان التعاون.",
         ["التقى د. محمد العلي مع م. أحمد سالم في عام 2014 م.", "وبحث الطرفان التعاون."]),
        ("وقال أ.د. محمد العلي إن صندوق ص.ب. 354 مخصص للمراسلات. وأضاف أن العمل مستمر.",
         ["وقال أ.د. محمد العلي إن صندوق ص.ب. 354 مخصص للمراسلات.", "وأضاف أن العمل مستمر."]),
        ("إعادة تركيب ضمن بروتين S. وفقًا لدراسة حديثة، اقترح الباحثون ذلك.",
         ["إعادة تركيب ضمن بروتين S.", "وفقًا لدراسة حديثة، اقترح الباحثون ذلك."]),
        # bullet lines are sentences of their own
        ("تناولت الورشة المحاور التالية:\n- الجمهور المستهدف وتحديد الرسائل\n- شرح استراتيجيات وسائل التواصل.",
         ["تناولت الورشة المحاور التالية:", "- الجمهور المستهدف وتحديد الرسائل", "- شرح استراتيجيات وسائل التواصل."]),
        # a line without final punctuation (a dateline) is a sentence of its own
        ("دبي- صوت الإمارات\nنظمت الأمانة العامة ورشة تدريبية.", ["دبي- صوت الإمارات", "نظمت الأمانة العامة ورشة تدريبية."]),
    ],
)
def test_arabic_sentences(text, expected):
    assert split(text, lang="ar") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Ali Sebkar met Dr. Fadi Salem. H.E. the Minister attended.",
         ["Mr. Ali Sebkar met Dr. Fadi Salem.", "H.E. the Minister attended."]),
        ("The summit on Sept. 17 drew 300 experts. Resolution No. 10 of 2009 applies.",
         ["The summit on Sept. 17 drew 300 experts.", "Resolution No. 10 of 2009 applies."]),
        ("Internet users reached 59.19 million. The report by A. B. Smith was cited.",
         ["Internet users reached 59.19 million.", "The report by A. B. Smith was cited."]),
        ("He studied in the U.S. The delegation visited the U.S. Embassy on Jan. 5.",
         ["He studied in the U.S.", "The delegation visited the U.S. Embassy on Jan. 5."]),
        ("Channels, e.g. Twitter and Instagram, were covered at St. Regis hotel. What next? Training!",
         ["Channels, e.g. Twitter and Instagram, were covered at St. Regis hotel.", "What next?", "Training!"]),
        ("The curfew ran between 3 p.m. and 6 a.m. Thailand planned a curfew too, at home, in hospitals, etc. "
         "Data came from Whitby et al. Commercial devices also bind to part of S. There exist other routes.",
         ["The curfew ran between 3 p.m. and 6 a.m.", "Thailand planned a curfew too, at home, in hospitals, etc.",
          "Data came from Whitby et al.", "Commercial devices also bind to part of S.", "There exist other routes."]),
        ("He said: “We are ready.” The session ended at 5 p.m. yesterday.",
         ["He said: “We are ready.”", "The session ended at 5 p.m. yesterday."]),
    ],
)
def test_english_sentences(text, expected):
    assert split(text, lang="en") == expected


def test_sentence_offsets_and_paragraph_indexes():
    text = "Stemming from its belief, BIPA held a course.  It was useful.\n\nMr. Al-Sabba’a spoke. "
    spans = sentences(text, lang="en")
    second, third = text.index("It was"), text.index("Mr.")
    assert spans == [SentenceSpan(0, second - 2, 0), SentenceSpan(second, second + 14, 0),
                     SentenceSpan(third, third + 21, 1)]
    assert [text[s.start : s.end] for s in spans] == [
        "Stemming from its belief, BIPA held a course.", "It was useful.", "Mr. Al-Sabba’a spoke."]


def test_every_sentence_is_inside_its_paragraph(seeds):
    for key, text in seeds.items():
        lang = "en" if key == "001" else "ar"
        paras = paragraphs(text)
        spans = sentences(text, lang=lang)
        assert spans and all(text[s.start : s.end] == text[s.start : s.end].strip() for s in spans)
        for s in spans:
            assert paras[s.paragraph].start <= s.start < s.end <= paras[s.paragraph].end
        # nothing but whitespace is left out between, before or after the sentences
        bounds = [0] + [x for s in spans for x in (s.start, s.end)] + [len(text)]
        assert all(not text[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2]))


def test_seed_004_quotes_keep_their_closing_mark(seeds):
    found = split(seeds["004"], lang="ar")
    assert any(s.endswith("في تقديم الخدمات العامة.”") for s in found)
    assert not any(s.startswith("”") for s in found)


@pytest.mark.parametrize(
    "text",
    ["a" + " " * 200_000 + "b", "." * 200_000 + "x", "- " * 200_000, "“" * 200_000 + ".", "د. " * 100_000],
    ids=["spaces", "dots", "bullets", "quotes", "abbreviations"],
)
def test_long_hostile_text_is_split_in_linear_time(text):
    spans = sentences(text, lang="ar")  # a quadratic regex would not return for minutes
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


@given(st.text(alphabet=st.sampled_from(list("ab دبي.؟!?،؛\n “”«»-[]1 ")), max_size=300),
       st.sampled_from(["ar", "en"]))
@settings(max_examples=300, deadline=None)
def test_sentences_are_ordered_trimmed_and_inside_paragraphs(text, lang):
    paras = paragraphs(text)
    spans = sentences(text, lang=lang)
    previous_end = 0
    for s in spans:
        chunk = text[s.start : s.end]
        assert chunk and chunk == chunk.strip() and s.start >= previous_end
        assert paras[s.paragraph].start <= s.start and s.end <= paras[s.paragraph].end
        previous_end = s.end
    bounds = [0] + [x for s in spans for x in (s.start, s.end)] + [len(text)]
    assert all(not text[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2]))  # only whitespace is left out
