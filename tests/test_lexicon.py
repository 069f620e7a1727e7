"""The bilingual lexicon: seed vocabulary, lookups with clitics, TSV round trip, IBM Model 1 learning."""

import pytest

from govnews.errors import InputError
from govnews.lexicon import Lexicon, ar_norm, ar_tokens, en_norm, en_tokens


@pytest.fixture(scope="module")
def seed():
    return Lexicon.seed()


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("وزارة", "ministry"),
        ("ورشة عمل", "workshop"),
        ("دورة تدريبية", "training course"),
        ("قمة", "summit"),
        ("مؤتمر", "conference"),
        ("معهد", "institute"),
        ("مجلس", "council"),
        ("حكومة", "government"),
        ("مملكة البحرين", "kingdom of bahrain"),
        ("الإدارة العامة", "public administration"),
        ("مذكرة تفاهم", "memorandum of understanding"),
        ("يونيو", "june"),
        ("حزيران", "june"),
        ("جوان", "june"),
        ("كانون الثاني", "january"),
        ("رمضان", "ramadan"),
        ("أربع", "four"),
        ("مليون", "million"),
        ("الرياض", "riyadh"),
        ("سمو", "highness"),
    ],
)
def test_seed_vocabulary(seed, arabic, english):
    assert english in seed.translations(arabic)


def test_seed_is_several_hundred_entries(seed):
    assert len(seed) >= 500


@pytest.mark.parametrize(
    ("written", "english"),
    [("والحكومة", "government"), ("بمعهد", "institute"), ("للوزارة", "ministry"), ("وورشة عمل", "workshop"), ("ورشات", "workshop")],
)
def test_lookup_strips_clitics(seed, written, english):
    assert english in seed.translations(written)


def test_unknown_word_has_no_translation(seed):
    assert seed.translations("سبكار") == []


@pytest.mark.parametrize(
    ("token", "norm"),
    [("الإدارة", "اداره"), ("وبالمؤسسات", "مؤسسات"), ("إيماناً", "ايمانا"), ("مستشفى", "مستشفي"), ("للقطاع", "قطاع")],
)
def test_arabic_matching_form(token, norm):
    assert ar_norm(token) == norm.replace("ؤ", "و")


@pytest.mark.parametrize(
    ("token", "norm"), [("Ministries", "ministry"), ("BIPA’s", "bipa"), ("process", "process"), ("news", "new")]
)
def test_english_matching_form(token, norm):
    assert en_norm(token) == norm


def test_tokens():
    assert ar_tokens("قدم معهد الإدارة العامة “بيبا” دورة") == ["قدم", "معهد", "اداره", "عامه", "بيبا", "دوره"]
    assert en_tokens("the Institute of Public Administration “BIPA”") == [
        "the", "institute", "of", "public", "administration", "bipa",
    ]


def test_concepts_cover_phrases_and_words(seed):
    concepts = seed.concepts(ar_tokens("نظمت الوزارة ورشة عمل في مملكة البحرين"))
    assert {"ministry", "workshop", "kingdom", "bahrain"} <= concepts


def test_tsv_round_trip(tmp_path, seed):
    path = tmp_path / "lexicon.tsv"
    seed.save(path)
    again = Lexicon.load(path)
    assert len(again) == len(seed)
    assert again.translations("ورشة عمل") == seed.translations("ورشة عمل")


def test_load_rejects_a_bad_line(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("معهد\tinstitute\t1.0\nقمة summit\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.tsv:2"):
        Lexicon.load(path)


def test_load_rejects_a_missing_file(tmp_path):
    with pytest.raises(InputError, match="cannot read lexicon"):
        Lexicon.load(tmp_path / "absent.tsv")


PARALLEL = [
    ("أعلنت وزارة الصحة عن حملة تطعيم جديدة", "The Ministry of Health announced a new vaccination campaign"),
    ("بدأت حملة التطعيم في المدارس", "The vaccination campaign started in schools"),
    ("التطعيم مجاني لجميع المواطنين", "Vaccination is free for all citizens"),
    ("أكدت الوزارة أن التطعيم آمن", "The ministry stressed that vaccination is safe"),
    ("افتتحت وزارة الصحة مركز التطعيم", "The Ministry of Health opened the vaccination centre"),
]


def test_learn_finds_a_word_the_seed_lacks(seed):
    assert seed.translations("التطعيم") == []
    learned = seed.learn(PARALLEL, iterations=8)
    assert learned.translations("التطعيم")[0] == "vaccination"
    assert "ministry" in learned.translations("وزارة")  # seed entries survive the merge
    assert len(seed.translations("التطعيم")) == 0  # learning returns a new lexicon


def test_learn_ignores_words_seen_once():
    learned = Lexicon().learn(PARALLEL, iterations=5, min_count=2)
    assert learned.translations("مجاني") == []


def test_merge_keeps_the_higher_weight(tmp_path):
    a = Lexicon({"معهد": {"institute": 0.5}})
    b = Lexicon({"معهد": {"institute": 0.9, "college": 0.4}})
    merged = a.merge(b)
    assert merged.translations("معهد") == ["institute", "college"]
    merged.save(tmp_path / "m.tsv")
    assert "معهد\tinstitute\t0.9000" in (tmp_path / "m.tsv").read_text(encoding="utf-8")


def test_learn_from_a_dataset_of_aligned_units(tmp_path):
    from govnews import io
    from govnews.lexicon import learn_from_dataset

    rows = [
        {"ar_doc_id": "a", "en_doc_id": "e", "position": k, "ar_sents": [k], "en_sents": [k], "ar_text": ar,
         "en_text": en, "score": 0.8}
        for k, (ar, en) in enumerate(PARALLEL)
    ]
    rows.append({"ar_doc_id": "a", "en_doc_id": "e", "position": 9, "ar_sents": [9], "en_sents": [], "ar_text": "التطعيم",
                 "en_text": "", "score": 0.0})
    io.write_table(io.to_table("alignments", rows), tmp_path / "alignments.parquet")
    learned = learn_from_dataset(tmp_path)
    assert learned.translations("التطعيم")[0] == "vaccination"
    assert "workshop" in learned.translations("ورشة عمل")


def test_learn_from_a_dataset_without_alignments(tmp_path):
    from govnews.lexicon import learn_from_dataset

    with pytest.raises(InputError, match="no alignments"):
        learn_from_dataset(tmp_path)


def test_saved_lexicon_reloads_words_that_begin_with_al(tmp_path):
    lexicon = Lexicon({"الالتزام": {"commitment": 1.0}})
    lexicon.save(tmp_path / "l.tsv")
    assert Lexicon.load(tmp_path / "l.tsv").translations("الالتزام") == ["commitment"]


def test_docstring_examples():
    import doctest

    import govnews.lexicon as module

    assert doctest.testmod(module).failed == 0



# -- Gulf and Arab government vocabulary ----------------------------------------------------


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("درهم", "AED"),
        ("دينار", "KWD"),
        ("ريال", "SAR"),
        ("موازنة", "budget"),
        ("مباحثات", "talks"),
        ("بيان مشترك", "joint statement"),
        ("مذكرات تفاهم", "memoranda of understanding"),
        ("الوكيل المساعد", "assistant undersecretary"),
        ("صاحب الجلالة", "His Majesty"),
        ("عاهل", "monarch"),
        ("ذي الحجة", "Dhu al-Hijjah"),
        ("الطاقة المتجددة", "renewable energy"),
        ("الأرصاد الجوية", "meteorology"),
        ("محكمة التمييز", "Court of Cassation"),
        ("الإماراتية", "Emirati"),
    ],
)
def test_seed_press_vocabulary(seed, arabic, english):
    assert " ".join(en_tokens(english)) in seed.translations(arabic)


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("واعتمد مجلس الوزراء الميزانية الاتحادية بإجمالي 71.5 مليار درهم", {"cabinet", "federal", "budget", "aed", "total"}),
        ("وبحث الجانبان خلال المباحثات الثنائية تعزيز العلاقات", {"talk", "bilateral", "relation", "side"}),
        ("ووقع الوزير مذكرات التفاهم مع الدول الشقيقة والصديقة", {"memoranda", "understanding", "sisterly", "friendly"}),
        ("بحضور صاحب السمو الملكي ولي العهد", {"royal", "highness", "crown", "prince", "presence"}),
        ("وارتفعت أسعار النفط الخام إلى 80 دولارا للبرميل", {"crude", "oil", "price", "barrel"}),
    ],
)
def test_pairing_signature_reads_press_vocabulary(seed, arabic, english):
    """Pairing looks each word form up (clitics and article stripped) and the phrases among them."""
    from govnews.pairing import signature
    from pairdocs import document

    terms = set(signature(document("ar", "ar", arabic), [], lexicon=seed).terms)
    assert english <= terms
    assert english <= seed.english_words()  # the English side's words are known, so they count there too



# A faithful Arabic/English pair of a cabinet release: the diplomacy vocabulary of its fourth
# paragraph (talks, bilateral, joint) is what tells the checks that paragraph was translated.
CABINET_AR = "\n\n".join(
    [
        "ترأس صاحب السمو الشيخ محمد بن راشد آل مكتوم، نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، اجتماع مجلس الوزراء الذي عقد في قصر الوطن بأبوظبي، بحضور سمو الشيخ منصور بن زايد آل نهيان نائب رئيس مجلس الوزراء.",
        "واعتمد المجلس الميزانية العامة للاتحاد للسنة المالية 2025 بإجمالي نفقات قدرها 71.5 مليار درهم، وهي أكبر ميزانية اتحادية في تاريخ الدولة، وتخصص 39 في المائة منها لقطاع التنمية والمنافع الاجتماعية.",
        "ووافق مجلس الوزراء على عدد من الاتفاقيات ومذكرات التفاهم مع الدول الشقيقة والصديقة، منها اتفاقية لتجنب الازدواج الضريبي مع جمهورية كوريا، ومذكرة تفاهم للتعاون في مجال الطاقة المتجددة والهيدروجين مع جمهورية ألمانيا الاتحادية.",
        "كما اطلع المجلس على نتائج الزيارة الرسمية التي قام بها وفد الدولة إلى المملكة المتحدة، والمباحثات الثنائية التي تناولت تعزيز العلاقات الاقتصادية والاستثمارات المشتركة بين البلدين.",
        "وفي الشؤون التنظيمية، اعتمد المجلس لائحة تنظيم العمل في الجهات الحكومية الاتحادية، وقرارات بشأن رسوم خدمات الهوية والجنسية والجمارك، وتشكيل مجلس إدارة المركز الوطني للأرصاد.",
    ]
)
CABINET_EN = "\n\n".join(
    [
        "His Highness Sheikh Mohammed bin Rashid Al Maktoum, Vice President, Prime Minister and Ruler of Dubai, chaired the Cabinet meeting held at Qasr Al Watan in Abu Dhabi, in the presence of His Highness Sheikh Mansour bin Zayed Al Nahyan, Deputy Prime Minister.",
        "The Cabinet approved the general federal budget for the 2025 fiscal year, with total expenditure of AED 71.5 billion, the largest federal budget in the country's history, allocating 39 percent of it to the development and social benefits sector.",
        "The Cabinet approved a number of agreements and memoranda of understanding with sisterly and friendly countries, including an agreement on the avoidance of double taxation with the Republic of Korea and a memorandum of understanding on cooperation in renewable energy and hydrogen with the Federal Republic of Germany.",
        "The Cabinet also reviewed the results of the official visit of a UAE delegation to the United Kingdom and the bilateral talks, which addressed strengthening economic relations and joint investments between the two countries.",
        "In regulatory affairs, the Cabinet adopted a regulation governing work in federal government entities, decisions on fees for identity, citizenship and customs services, and the formation of the board of directors of the National Center of Meteorology.",
    ]
)


def test_cabinet_release_has_no_omission_or_addition(seed):
    from govnews.checks import check

    findings = check(CABINET_AR, CABINET_EN, lexicon=seed)
    assert [f for f in findings if f.check in ("omission", "addition") or f.severity == "error"] == []


def test_cabinet_release_without_the_diplomacy_entries_loses_its_words(seed):
    # without them, few of the fourth paragraph's own words have a translation in the Arabic; the words it
    # shares with the Arabic paragraph of its unit still show it translated: no omission or addition
    from govnews.checks import check, content, prepare
    from govnews.checks._units import PairContext, build_units

    dropped = {ar_norm(word) for word in ("مباحثات", "ثنائية", "مشتركة")}
    lacking = Lexicon()
    for ar, en, weight in seed:
        if ar not in dropped:
            lacking.add(ar, en, weight, folded=True)

    def fourth_paragraph_share(lexicon):
        ar_doc, en_doc, ar_entities, en_entities, units = prepare(CABINET_AR, CABINET_EN, lexicon=lexicon)
        views = build_units(ar_doc, en_doc, ar_entities, en_entities, units)
        ctx = PairContext(ar_doc=ar_doc, en_doc=en_doc, ar_entities=ar_entities, en_entities=en_entities,
                          units=views, lexicon=lexicon)
        return content._sentence_scores(ctx)["en"][3][1]

    assert fourth_paragraph_share(lacking) < content.LOW <= fourth_paragraph_share(seed)
    findings = check(CABINET_AR, CABINET_EN, lexicon=lacking)
    assert [f for f in findings if f.check in ("omission", "addition") or f.severity == "error"] == []
