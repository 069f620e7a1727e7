"""Arabic normalization profiles and offset maps."""

import json
import pickle
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govnews.errors import ConfigError
from govnews.glue import Vocabulary, repair_glued
from govnews.normalize import (
    CAMEL_ALEF,
    CAMEL_DIACRITICS,
    CAMEL_UNICODE_FIX,
    PROFILES,
    Normalized,
    _normalize_np,
    _normalize_str,
    _tables,
    camel_chain,
    match_extra_table,
    normalize,
    normalize_document,
    normalize_with_offsets,
)

DATA = Path(__file__).resolve().parent / "data"

PARAGRAPHS = [json.loads(line)["text"] for line in (DATA / "saudinewsnet_paragraphs.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def camel():
    """camel-tools' normalization chain, which the match profile reproduces."""
    return camel_chain()


def real_texts(seeds: dict[str, str]) -> list[str]:
    return [*PARAGRAPHS, *(seeds[k] for k in sorted(seeds))]


# --- the profiles --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ﻗﺎﻝ ﻣﺼﺪﺭ ﻣﺴﺆﻭﻝ", "قال مصدر مسؤول"),  # presentation forms
        ("ﻻ", "لا"),  # lam-alef ligature
        ("ﷲ", "الله"),
        ("２０２４ ＵＮ", "2024 UN"),  # full-width
        ("وقع زلزال قوته 5.\u200f7 درجة", "وقع زلزال قوته 5.7 درجة"),  # RLM inside a number
        ("\ufeffدبي\u200c- صوت الإمارات", "دبي- صوت الإمارات"),
        ("\u202bالرياض\u202c \u2066(واس)\u2069", "الرياض (واس)"),
        ("الحكــــــومة", "الحكومة"),  # tatweel
        ("مستشفى الملك فهد", "مستشفى الملك فهد"),  # letters keep their identity
        ("الإعلام أبريل فعّال", "الإعلام أبريل فعّال"),
        ("٢٠٢٤ ، ؟", "٢٠٢٤ ، ؟"),
        ("ا\u0653", "آ"),  # composed
        ("ا\u200b\u0653", "آ"),  # composed again once the invisible mark is gone
        ("\ufdfc", "\ufdfc"),  # the rial sign is a symbol, not a presentation form
    ],
)
def test_display(text, expected):
    assert normalize(text, profile="display") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("أعلنت وزارةُ الصحة", "اعلنت وزاره الصحه"),
        ("إبريل", "ابريل"),
        ("آلاف", "الاف"),
        ("ٱلرحمن", "الرحمن"),
        ("مستشفى", "مستشفي"),
        ("فعّالٌ", "فعال"),
        ("الرَّحْمٰنِ", "الرحمن"),  # superscript alef
        ("قمةٌ ﻻ تنتهي", "قمه لا تنتهي"),
        ("٢٠٢٤ ۱۴۰۳", "2024 1403"),  # Eastern Arabic and Persian digits
        ("٥٩٫١٩", "59.19"),  # decimal separator stays a decimal point
        ("١٬٢٠٠٬٠٠٠", "1,200,000"),  # thousands separator stays a thousands separator
        ("59,19 مليون", "59,19 مليون"),  # the value parser decides what the comma is
        ("1,200,000", "1,200,000"),
        ("٪٥ ٥٪", "%5 5%"),
        ("هل حضرت؟ نعم، حضرت؛ ثم غادرت", "هل حضرت? نعم, حضرت; ثم غادرت"),
        ("إلی جامعة أدليد، الدكتورة هدی", "الي جامعه ادليد, الدكتوره هدي"),  # Farsi yeh
        ("کرة", "كره"),  # keheh
        ("\ufdfc 100", "ريال 100"),  # camel-tools' fix of the rial sign
        ("\ufdfd", "بسم الله الرحمن الرحيم"),
        ("الحكــــــومة", "الحكومه"),
        ("بِسْمِ اللَّهِ ۖ", "بسم الله "),  # Quranic mark
        ("Ministry of Health", "Ministry of Health"),
    ],
)
def test_match(text, expected):
    assert normalize(text) == expected
    assert normalize(text, profile="match") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("مسئول", "مسءول"),  # hamza seats unified: مسئول and مسؤول are one word
        ("مسؤول", "مسءول"),
        ("شئون الموظفين", "شءون الموظفين"),
        ("Ministry of HEALTH", "ministry of health"),
        ("Café São Paulo Straße", "cafe sao paulo strasse"),
        ("“بيبا” «الشرق الأوسط» ‘BIPA’", '"بيبا" "الشرق الاوسط" \'bipa\''),
        ("العالمي– الشرق الأوسط — شمال", "العالمي- الشرق الاوسط - شمال"),
        ("دبي-\n\n  صوت\u00a0الإمارات\t2021", "دبي- صوت الامارات 2021"),
        ("ا\u0644\u0640\u0640حكومة", "الحكومه"),
    ],
)
def test_search(text, expected):
    assert normalize(text, profile="search") == expected


@pytest.mark.parametrize(
    "variants",
    [
        ("الإعلام", "الاعلام"),
        ("إبريل", "ابريل", "أبريل"),
        ("مستشفى", "مستشفي"),
        ("الأداه", "الأداة"),
        ("فعّال", "فعال"),
        ("٢٠٢٤", "2024"),
        ("الإجتماعي", "الاجتماعي"),  # seed 003 writes the hamza the standard spelling leaves out
        ("الأولي", "الأولى"),  # seed 003: ى written ي
        ("إيماناً", "ايمانا"),
        ("الانترنت", "الإنترنت"),
    ],
)
def test_real_spellings_match(variants):
    assert len({normalize(v) for v in variants}) == 1
    assert len({normalize(v, profile="search") for v in variants}) == 1


def test_seed_spellings_meet_their_standard_forms(seeds):
    text = normalize(seeds["003"])
    for standard in ("الأداة", "إبريل", "الأولى", "الأهمية"):
        assert normalize(standard) in text


@pytest.mark.parametrize(
    "written, standard",
    [
        ("ﻗﺎﻝ ﻣﺼﺪﺭ ﻣﺴﺆﻭﻝ", "قال مصدر مسؤول"),  # presentation forms
        ("ﻛﺘﻴﺒﺔ ﺍﻟﻜﺮﺍﺭ", "كتيبة الكرار"),
        ("إلی جامعة أدليد", "إلى جامعة أدليد"),  # Farsi yeh for alef maqsura
        ("المتخصّص في شؤون", "المتخصص في شؤون"),
        ("«وهمٌ كبير»", "«وهم كبير»"),
        ("رؤوس ٢١ من مواطنيهم", "رؤوس 21 من مواطنيهم"),
        ("مستحقات تبلغ ٣٥٠ ألف دولار ونسبة ٥٪", "مستحقات تبلغ 350 الف دولار ونسبة 5%"),
        ("دار القضاء العالي٬ والذي", "دار القضاء العالي, والذي"),  # ٬ used as a comma
        ("انفجرت في ‏باب الجابية", "انفجرت في باب الجابية"),
    ],
)
def test_saudinewsnet_spellings_match(written, standard):
    paragraph = next(p for p in PARAGRAPHS if written in p)
    assert normalize(standard) in normalize(paragraph)


def test_unknown_profile_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown normalization profile 'fast'"):
        normalize("نص", profile="fast")


def test_each_profile_extends_the_one_before(seeds):
    text = seeds["000"]
    assert normalize(normalize(text, profile="display"), profile="match") == normalize(text, profile="match")
    assert normalize(normalize(text, profile="match"), profile="search") == normalize(text, profile="search")


@pytest.mark.parametrize("profile", PROFILES)
def test_real_text_is_a_fixed_point(profile, seeds):
    for text in real_texts(seeds):
        once = normalize(text, profile=profile)
        assert normalize(once, profile=profile) == once


# --- camel-tools ---------------------------------------------------------------------------------


def test_tables_are_camel_tools_sets():
    from camel_tools.utils import normalize as camel_normalize
    from camel_tools.utils.charsets import AR_DIAC_CHARSET

    assert set(CAMEL_DIACRITICS) == set(AR_DIAC_CHARSET)
    assert set(CAMEL_ALEF) == set(re.sub(r"[\[\]]", "", camel_normalize._ALEF_NORMALIZE_AR_RE.pattern))
    assert {chr(cp): text for cp, text in CAMEL_UNICODE_FIX.items()} == camel_normalize._UNICODE_CHAR_FIX._charmap


def test_match_equals_camel_chain_on_real_text(camel, seeds):
    extra = match_extra_table()
    for text in real_texts(seeds):
        assert normalize(text) == camel(text).translate(extra)


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت الهيئة العامة للإحصاء إطلاق مُبادرة ٱلتحوّل الرقمي في مستشفى الملك فهد",
        "إنّ المؤسسةَ الإعلاميةَ أكّدت على أهميّة الشفافية",
        "ﻗﺎﻝ ﻣﺼﺪﺭ ﻣﺴﺆﻭﻝ ﷲ ﷺ",
    ],
)
def test_match_is_camel_chain_where_only_shared_operations_apply(camel, text):
    assert normalize(text) == camel(text)


ARABIC_CHARS = st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.characters(min_codepoint=0x0750, max_codepoint=0x077F),
    st.characters(min_codepoint=0x08A0, max_codepoint=0x08FF),
    st.characters(min_codepoint=0xFB50, max_codepoint=0xFDFF),
    st.characters(min_codepoint=0xFE70, max_codepoint=0xFEFF),
    st.sampled_from(list("0123456789 ,.%\n\u00a0\u200b\u200c\u200d\u200e\u200f\u202b\u202c\u2066\u2069\u00ad\u0301\u0300")),
    st.characters(min_codepoint=0x064B, max_codepoint=0x0655),  # marks, often
)
ARABIC_TEXT = st.text(ARABIC_CHARS, max_size=60)
ANY_TEXT = st.text(st.characters(), max_size=60)  # any code point, lone surrogates included


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(ARABIC_TEXT, ANY_TEXT))
def test_match_equals_camel_chain_on_generated_text(camel, text):
    assert normalize(text) == camel(text).translate(match_extra_table())


@settings(max_examples=200, deadline=None)
@given(st.one_of(ARABIC_TEXT, ANY_TEXT))
def test_display_is_a_fixed_point(text):
    once = normalize(text, profile="display")
    assert normalize(once, profile="display") == once


# --- the fast paths agree --------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.one_of(ARABIC_TEXT, ANY_TEXT), st.sampled_from(PROFILES))
def test_array_path_equals_string_path(text, profile):
    t = _tables(profile)
    long_text = (text + " ") * 20  # long enough that `normalize` itself takes the array path
    assert _normalize_np(text, t) == _normalize_str(text, t)
    assert normalize(long_text, profile=profile) == _normalize_str(long_text, t)


@pytest.mark.parametrize("profile", PROFILES)
def test_paths_agree_on_real_text(profile, seeds):
    t = _tables(profile)
    for text in real_texts(seeds):
        expected = _normalize_str(text, t)
        assert _normalize_np(text, t) == expected
        assert normalize_with_offsets(text, profile=profile).text == expected


# --- offsets -------------------------------------------------------------------------------------


def check_offsets(original: str, result: Normalized) -> None:
    offsets = result.offsets
    n = len(result.text)
    assert len(offsets) == n + 1
    assert all(a <= b for a, b in zip(offsets, offsets[1:]))
    assert all(0 <= o <= len(original) for o in offsets)
    assert offsets[-1] == len(original)
    assert result.to_original(0, n) == (0, len(original))
    for i in range(n):
        start, end = result.to_original(i, i + 1)
        assert 0 <= start < end <= len(original)


@settings(max_examples=300, deadline=None)
@given(st.one_of(ARABIC_TEXT, ANY_TEXT), st.sampled_from(PROFILES))
def test_offsets_properties(text, profile):
    result = normalize_with_offsets(text, profile=profile)
    assert result.text == normalize(text, profile=profile)
    check_offsets(text, result)


@settings(max_examples=100, deadline=None)
@given(ARABIC_TEXT, st.sampled_from(PROFILES), st.data())
def test_offsets_of_any_span_nest(text, profile, data):
    result = normalize_with_offsets(text, profile=profile)
    n = len(result.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    a, b = result.to_original(start, end)
    assert 0 <= a <= b <= len(text)
    if start < end:  # a longer span maps to a span that holds the shorter one
        outer = result.to_original(max(0, start - 1), min(n, end + 1))
        assert outer[0] <= a and b <= outer[1]


@pytest.mark.parametrize(
    "text, profile, span, original",
    [
        ("وزارةُ الصحة", "match", (0, 5), "وزارةُ"),  # a deleted diacritic belongs to its letter
        ("مدينة ﻻ تنام", "match", (6, 8), "ﻻ"),  # both letters of an expanded ligature
        ("مدينة ﻻ تنام", "match", (6, 7), "ﻻ"),  # one letter of the two: the whole ligature
        ("مدينة ﻻ تنام", "match", (7, 13), "ﻻ تنام"),
        ("الحكــــومة", "display", (0, 7), "الحكــــومة"),
        ("قال \ufdfd", "match", (4, 7), "\ufdfd"),
        ("\u200fدبي", "match", (0, 3), "\u200fدبي"),  # deleted before the first character
        ("دبي\u200f", "match", (0, 3), "دبي\u200f"),
        ("دبي   صوت", "search", (3, 4), "   "),  # a collapsed run
        ("دبي   صوت", "search", (4, 7), "صوت"),
        ("١٢٫٥٪ نمو", "match", (0, 5), "١٢٫٥٪"),
        ("ﺍﻟﻤﻘﺎﻭﻣﺔ ﺍﻟﺸﻌﺒﻴﺔ", "match", (9, 16), "ﺍﻟﺸﻌﺒﻴﺔ"),
    ],
)
def test_to_original(text, profile, span, original):
    result = normalize_with_offsets(text, profile=profile)
    start, end = result.to_original(*span)
    assert text[start:end] == original


@settings(max_examples=200, deadline=None)
@given(st.one_of(ARABIC_TEXT, ANY_TEXT), st.sampled_from(PROFILES), st.data())
def test_to_normalized_covers_the_original_span(text, profile, data):
    result = normalize_with_offsets(text, profile=profile)
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    start, end = result.to_normalized(a, b)
    assert 0 <= start <= end <= len(result.text)
    if start < end:
        original_start, original_end = result.to_original(start, end)
        assert original_start <= a and b <= original_end


@pytest.mark.parametrize(
    "text, span, normalized",
    [
        ("قال الوزيرُ ﻻ", (4, 11), "الوزير"),
        ("قال الوزيرُ ﻻ", (12, 13), "لا"),
        ("أعلنت وزارةُ الصحة", (6, 12), "وزاره"),
        ("الحكــــومة", (2, 8), "حك"),  # the tatweel belongs to the ك before it
        ("الحكــــومة", (2, 9), "حكو"),
    ],
)
def test_to_normalized(text, span, normalized):
    result = normalize_with_offsets(text)
    start, end = result.to_normalized(*span)
    assert result.text[start:end] == normalized


def test_marks_and_decompositions_stay_below_plane_3():
    # The offset map looks for characters that normalization changes in planes 0 to 2 only.
    import unicodedata

    beyond = [cp for cp in range(0x30000, 0x110000) if unicodedata.combining(chr(cp)) or unicodedata.decomposition(chr(cp))]
    assert beyond == []


def test_to_original_rejects_a_span_outside_the_text():
    with pytest.raises(ValueError, match="outside"):
        normalize_with_offsets("نص").to_original(1, 5)


@pytest.mark.parametrize("profile", PROFILES)
def test_every_word_maps_back_to_its_original(profile, seeds):
    for text in real_texts(seeds):
        result = normalize_with_offsets(text, profile=profile)
        check_offsets(text, result)
        for m in re.finditer(r"[^\s,.;:!?()«»\"'\-]+", result.text):
            start, end = result.to_original(m.start(), m.end())
            assert normalize(text[start:end], profile=profile).strip() == m.group()


def test_docstring_examples_hold():
    import doctest

    import govnews.normalize as module

    assert doctest.testmod(module).failed == 0


def test_normalize_document(seeds):
    text = seeds["004"]
    text_norm, repairs = normalize_document(text)
    (repair,) = repairs
    assert text[repair.start : repair.end] == "الحكومةوالصحةوالدفاعوالسياحةوالعلاقاتالخارجيةوالتعليم"
    assert repair.text == "الحكومه والصحه والدفاع والسياحه والعلاقات الخارجيه والتعليم"
    assert repair.text in text_norm
    assert text_norm == normalize(repair_glued(text).text)
    clean = seeds["000"]
    assert normalize_document(clean) == (normalize(clean), [])


def test_glue_names_are_reachable_from_here():
    import govnews.normalize as module

    assert module.Vocabulary is Vocabulary and module.repair_glued is repair_glued
    with pytest.raises(AttributeError):
        module.no_such_name
