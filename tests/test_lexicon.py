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
