"""Pairing Arabic releases with their English translations, and aligning a pair's sentences."""

import datetime as dt

import pytest
from pairdocs import document, seed_document

from govnews.errors import ConfigError
from govnews.extract import extract
from govnews.lexicon import Lexicon
from govnews.pairing import Signature, align_documents, pair, score, signature


@pytest.fixture(scope="module")
def lexicon():
    return Lexicon.seed()


@pytest.fixture(scope="module")
def seed_signatures(lexicon):
    docs = [seed_document(f"{i:03d}") for i in range(5)]
    return [signature(d, extract(d.text, lang=d.lang), lexicon=lexicon) for d in docs]


def test_sample_corpus_pairs_000_with_001_and_nothing_else(seed_signatures, lexicon):
    pairs = pair(seed_signatures, lexicon=lexicon)
    assert [(p.ar_doc_id, p.en_doc_id) for p in pairs] == [("000", "001")]
    found = pairs[0]
    assert found.method == "signature-v1"
    assert 0.5 <= found.score <= 1.0
    assert {"2001", "4"} <= set(found.evidence["numbers"])
    assert "P3Y" in found.evidence["dates"]
    assert {"sbkr", "bhrn"} <= set(found.evidence["names"])
    assert len(found.evidence["terms"]) == 30  # the 30 rarest shared terms
    assert found.evidence["decision"] == "threshold"


def test_other_arabic_articles_score_low_against_the_translation(seed_signatures):
    english = seed_signatures[1]
    for arabic in seed_signatures[2:]:
        assert score(arabic, english, corpus=seed_signatures)[0] < 0.2


def test_signature_of_a_seed(seed_signatures):
    ar, en = seed_signatures[0], seed_signatures[1]
    assert (ar.lang, en.lang) == ("ar", "en")
    assert "2001" in ar.numbers and "2001" in en.numbers
    assert "sbkr" in ar.names and "sbkr" in en.names
    assert {"institute", "course", "bahrain", "training"} <= set(ar.terms) & set(en.terms)
    assert 0.6 < ar.length / en.length < 0.9


def test_signature_reads_url_numbers_and_slugs(lexicon):
    doc = document("d", "en", "The Cabinet approved the budget.", url="https://www.bna.bh/en/news/Cabinet-approves-budget?cms=q8FmFJgiscL2fwIzON1%2BDA&id=482913")
    sig = signature(doc, [], lexicon=lexicon)
    assert {"482913", "cabinet", "approves", "budget"} <= set(sig.url_keys)


def test_shared_url_number_pairs_short_releases():
    ar = Signature("ar/1", "ar", url_keys=("482913",), terms=("cabinet",), length=480, paragraphs=2)
    en = Signature("en/1", "en", url_keys=("482913",), terms=("cabinet",), length=520, paragraphs=2)
    other = Signature("en/2", "en", url_keys=("482950",), terms=("cabinet",), length=500, paragraphs=2)
    pairs = pair([ar, en, other])
    assert [(p.ar_doc_id, p.en_doc_id) for p in pairs] == [("ar/1", "en/1")]
    assert pairs[0].evidence["url"] == ["482913"]


def _sig(doc_id, lang, numbers, names=(), terms=(), length=1000, published=None):
    return Signature(doc_id, lang, numbers=tuple(numbers), names=tuple(names), terms=tuple(terms),
                     length=length, paragraphs=4, published=published)


def test_one_to_one_and_unpaired_articles_stay_unpaired():
    sigs = [
        _sig("a1", "ar", ["2014", "350", "1200000000"], ["fhd", "ryd"], ["hospital", "minister"], 920),
        _sig("a2", "ar", ["12", "2025", "48"], ["jd"], ["school", "minister"], 880),
        _sig("a3", "ar", ["7", "19"], ["dmm"], ["oil"], 2400),  # no translation
        _sig("e1", "en", ["2014", "350", "1200000000"], ["fhd", "ryd"], ["hospital", "minister"], 1000),
        _sig("e2", "en", ["12", "2025", "48"], ["jd"], ["school", "minister"], 1000),
    ]
    pairs = pair(sigs)
    assert sorted((p.ar_doc_id, p.en_doc_id) for p in pairs) == [("a1", "e1"), ("a2", "e2")]


def test_publication_dates_far_apart_are_not_paired():
    a = _sig("a", "ar", ["2014", "350", "77"], ["fhd"], ["hospital"], 950, dt.date(2015, 1, 5))
    e = _sig("e", "en", ["2014", "350", "77"], ["fhd"], ["hospital"], 1000, dt.date(2015, 6, 5))
    assert pair([a, e]) == []
    near = _sig("e", "en", ["2014", "350", "77"], ["fhd"], ["hospital"], 1000, dt.date(2015, 1, 5))
    assert [p.evidence["published_days"] for p in pair([a, near])] == [0]


def test_threshold_is_checked():
    with pytest.raises(ConfigError, match="threshold"):
        pair([], threshold=1.5)


def test_align_documents_on_the_sample_pair(gold):
    ar, en = seed_document("000"), seed_document("001")
    units = align_documents(ar, en)
    # Each line of the sample articles is one paragraph of the gold: map sentences to lines.
    def line_of(doc, index):
        return doc.text.count("\n", 0, doc.sentences[index].start)

    by_line = []
    for u in units:
        a = sorted({line_of(ar, i) for i in u.ar})
        e = sorted({line_of(en, j) for j in u.en})
        if by_line and (set(a) & set(by_line[-1][0]) or set(e) & set(by_line[-1][1])):
            by_line[-1] = [sorted(set(by_line[-1][0]) | set(a)), sorted(set(by_line[-1][1]) | set(e))]
        else:
            by_line.append([a, e])
    assert by_line == gold["000"]["paragraph_alignment"]


def test_signatures_survive_pickling(seed_signatures):
    import pickle

    assert pickle.loads(pickle.dumps(seed_signatures)) == seed_signatures


def test_align_documents_by_paragraph(gold):
    text_ar = seed_document("000").text.replace("\n", "\n\n")  # one line, one paragraph
    text_en = seed_document("001").text.replace("\n", "\n\n")
    units = align_documents(document("000", "ar", text_ar), document("001", "en", text_en), level="paragraph")
    assert [[list(u.ar), list(u.en)] for u in units] == gold["000"]["paragraph_alignment"]


def test_docstring_examples():
    import doctest

    import govnews.pairing as module

    assert doctest.testmod(module).failed == 0


def test_signature_reads_the_title(lexicon):
    doc = document("d", "ar", "وأكد الوزير أهمية التعاون.", title="وزير الصحة يفتتح مستشفى الملك فهد بسعة 350 سريرا")
    sig = signature(doc, [], lexicon=lexicon)
    assert "350" in sig.numbers and "fhd" in sig.names and "hospital" in sig.terms
    assert sig.length == len(doc.text)


@pytest.mark.parametrize("arabic, paired", [(0, True), (2, False), (3, False), (4, False)])
def test_a_collection_of_one_arabic_and_one_english_release(seed_signatures, lexicon, arabic, paired):
    """Two releases that share their names and numbers are a pair however small the collection;
    one that merely shares the topic is not, though there is no other candidate to prefer."""
    pairs = pair([seed_signatures[arabic], seed_signatures[1]], lexicon=lexicon)
    assert bool(pairs) == paired


# an agency's page and its English page, as a build reads them (headers and sign-offs included)
RECEPTION_AR = (
    "الرئيسية > الإمارات\n"
    "\n"
    "رئيس الدولة يستقبل المدير العام لمنظمة الصحة العالمية\n"
    "\n"
    "الثلاثاء 12 مارس 2024 10:15 ص\n"
    "\n"
    "أبوظبي في 12 مارس / وام / استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة اليوم في قصر "
    "الشاطئ بأبوظبي الدكتور تيدروس أدهانوم غيبريسوس المدير العام لمنظمة الصحة العالمية.\n"
    "\n"
    "وبحث اللقاء سبل تعزيز التعاون بين دولة الإمارات والمنظمة في القطاع الصحي بما في ذلك جهود مكافحة "
    "الأمراض المعدية، حيث ساهمت الدولة بمبلغ 50 مليون دولار لدعم برامج المنظمة خلال عام 2023.\n"
    "\n"
    "حضر اللقاء سمو الشيخ حامد بن زايد آل نهيان رئيس ديوان ولي عهد أبوظبي، ومعالي عبدالله آل حامد رئيس "
    "دائرة الصحة - أبوظبي.\n"
    "\n"
    "وام/حاتم محمد/عبدالناصر منعم\n"
    "\n"
)
RECEPTION_EN = (
    "Home > UAE > Government\n"
    "\n"
    "UAE President receives WHO Director-General\n"
    "\n"
    "Tuesday 12 March 2024 10:15 AM\n"
    "\n"
    "ABU DHABI, 12th March, 2024 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of "
    "the UAE, today received at Qasr Al Shati in Abu Dhabi Dr. Tedros Adhanom Ghebreyesus, "
    "Director-General of the World Health Organization.\n"
    "\n"
    "During the meeting, they discussed ways to enhance cooperation between the UAE and the organisation "
    "in the health sector, including efforts to combat infectious diseases, as the UAE contributed US$5 "
    "million to support the organisation's programmes in 2023.\n"
    "\n"
    "The meeting was attended by H.H. Sheikh Hamed bin Zayed Al Nahyan, Chief of the Abu Dhabi Crown "
    "Prince's Court, and Abdulla Al Hamed, Chairman of the Department of Health - Abu Dhabi.\n"
    "\n"
    "WAM/Hatem Mohamed/Tariq alfaham\n"
    "\n"
)


def test_a_release_and_its_translation_alone_are_a_pair(lexicon):
    from govnews.pipeline import process_article
    from govnews.records import RawArticle

    sigs = []
    for doc_id, text in (("ar", RECEPTION_AR), ("en", RECEPTION_EN)):
        doc, entities, _ = process_article(RawArticle(doc_id=doc_id, text=text, path=doc_id))
        sigs.append(signature(doc, entities, lexicon=lexicon))
    assert [(p.ar_doc_id, p.en_doc_id) for p in pair(sigs, lexicon=lexicon)] == [("ar", "en")]


# Releases of one day, as a build reads them from a dated feed. The culture ministry's English release and
# the Arabic handball report are not translations of each other: they share the numbers 10, 5, 3 and 2,
# France and the day, nothing else. The cabinet release and its translation share one figure.
WORKSHOPS_EN = (
    "Ministry of Culture launches film workshops with French Institute\n"
    "\n"
    "ABU DHABI, 12th March, 2024 (WAM) -- The Ministry of Culture today launched a programme of 10 film "
    "workshops in cooperation with the French Institute, bringing 3 directors from France to train young "
    "Emirati filmmakers over 5 weeks.\n"
    "\n"
    "The workshops, held at the Cultural Foundation, cover screenwriting, editing and sound design, and "
    "end with 2 public screenings of the participants' short films.\n"
    "\n"
    "Applications are open on the ministry's website until the end of the month.\n"
)
HANDBALL_AR = (
    "منتخبنا لكرة اليد يخسر أمام فرنسا في افتتاح البطولة الدولية\n"
    "\n"
    "باريس في 12 مارس / وام / خسر منتخبنا الوطني لكرة اليد أمام منتخب فرنسا بنتيجة 10 أهداف مقابل 3 في "
    "المباراة التي جمعتهما مساء اليوم على صالة بيرسي ضمن الجولة الأولى من البطولة الدولية الودية.\n"
    "\n"
    "وتقدم المنتخب الفرنسي في الشوط الأول بفارق 5 أهداف، فيما قلص لاعبونا الفارق في الشوط الثاني قبل أن "
    "يحسم أصحاب الأرض اللقاء، ويلتقي منتخبنا في الجولة 2 منتخب المجر.\n"
    "\n"
    "وام/خالد/أحمد\n"
)
CABINET_AR = (
    "مجلس الوزراء يعتمد سياسة وطنية لجودة الحياة الرقمية\n"
    "\n"
    "دبي في 12 مارس / وام / ترأس صاحب السمو الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة رئيس مجلس الوزراء "
    "حاكم دبي اجتماع مجلس الوزراء الذي عقد اليوم في قصر الرئاسة بأبوظبي، واعتمد المجلس السياسة الوطنية "
    "لجودة الحياة الرقمية التي تهدف إلى حماية الأطفال والأسر من مخاطر الإنترنت.\n"
    "\n"
    "كما وافق المجلس على تشكيل لجنة عليا برئاسة وزارة تنمية المجتمع لمتابعة تنفيذ السياسة، على أن ترفع "
    "تقاريرها إلى المجلس كل 6 أشهر.\n"
)
CABINET_EN = (
    "UAE Cabinet adopts national digital wellbeing policy\n"
    "\n"
    "DUBAI, 12th March, 2024 (WAM) -- His Highness Sheikh Mohammed bin Rashid Al Maktoum, Vice President, "
    "Prime Minister and Ruler of Dubai, chaired the Cabinet meeting held today at Qasr Al Watan in Abu Dhabi, "
    "during which the Cabinet adopted the national digital wellbeing policy, which aims to protect children "
    "and families from the risks of the internet.\n"
    "\n"
    "The Cabinet also approved the formation of a higher committee chaired by the Ministry of Community "
    "Development to follow up the implementation of the policy, which will report to the Cabinet every 6 months.\n"
)


def _dated_signatures(lexicon, releases):
    from govnews.pipeline import process_article
    from govnews.records import RawArticle

    sigs = []
    for doc_id, text in releases.items():
        raw = RawArticle(doc_id=doc_id, text=text, path=doc_id, published=dt.date(2024, 3, 12))
        doc, entities, _ = process_article(raw)
        sigs.append(signature(doc, entities, lexicon=lexicon))
    return sigs


def test_releases_sharing_only_small_numbers_a_country_and_the_day_are_not_a_pair(lexicon):
    sigs = _dated_signatures(lexicon, {"handball": HANDBALL_AR, "workshops": WORKSHOPS_EN})
    assert set(sigs[0].numbers) == set(sigs[1].numbers) == {"10", "5", "3", "2"}
    assert "frns" in set(sigs[0].names) & set(sigs[1].names)
    assert pair(sigs, lexicon=lexicon) == []


def test_a_translation_with_one_figure_pairs_and_the_unrelated_release_of_the_day_does_not(lexicon):
    releases = {"cabinet-ar": CABINET_AR, "handball": HANDBALL_AR, "cabinet-en": CABINET_EN, "workshops": WORKSHOPS_EN}
    sigs = _dated_signatures(lexicon, releases)
    assert {s.doc_id: s.lang for s in sigs} == {"cabinet-ar": "ar", "handball": "ar", "cabinet-en": "en", "workshops": "en"}
    pairs = pair(sigs, lexicon=lexicon)
    assert [(p.ar_doc_id, p.en_doc_id) for p in pairs] == [("cabinet-ar", "cabinet-en")]
    assert pairs[0].evidence["numbers"] == ["6"]
    assert pairs[0].evidence["decision"] == "threshold"
