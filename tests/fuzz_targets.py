"""Properties every public text function keeps on arbitrary input (shared by the tests and scripts/fuzz.py)."""

from hypothesis import strategies as st

# Arabic letters, marks, digits and punctuation, Latin, spaces and newlines, and any code point at all
ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
PRESENTATION = st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF)
COMMON = st.sampled_from(list(" \n\n.،؛؟!:-–\"“”«»()[]%٪0123456789٠١٢٣٤٥٦٧٨٩,٫٬") + ["\u200f", "\u200b", "\u0640"])
LATIN = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
TEXT = st.text(st.one_of(ARABIC, ARABIC, PRESENTATION, COMMON, COMMON, LATIN, st.characters()), max_size=300)
WORDS = st.lists(st.sampled_from(["وزارة", "المالية", "ورشة", "عمل", "يومي", "17", "و18", "سبتمبر", "2014", "مليون",
                                  "59,19", "%", "السيد", "علي", "سبكار", "بدبي", "Ministry", "of", "Finance", "Mr.",
                                  "Ali", "Sebkar", "17-18", "September", "million", "four", ".", "،", "\n\n"]), max_size=60)
ARTICLE = st.one_of(TEXT, WORDS.map(" ".join))


def check_normalize(text: str) -> None:
    from govnews.normalize import normalize_with_offsets

    for profile in ("display", "match", "search"):
        result = normalize_with_offsets(text, profile=profile)
        offsets = list(result.offsets)
        assert offsets == sorted(offsets) and all(0 <= o <= len(text) for o in offsets)
        start, end = result.to_original(0, len(result.text))
        assert 0 <= start <= end <= len(text)


def check_segment(text: str) -> None:
    from govnews.segment import paragraphs, sentences

    for lang in ("ar", "en"):
        spans = sentences(text, lang=lang)
        assert all(0 <= s.start <= s.end <= len(text) for s in spans)
        assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    assert all(0 <= p.start <= p.end <= len(text) for p in paragraphs(text))


def check_extract(text: str) -> None:
    from govnews.extract import analyze

    for lang in ("ar", "en"):
        for entity in analyze(text, lang=lang).entities:
            assert 0 <= entity.start <= entity.end <= len(text)
            assert text[entity.start : entity.end] == entity.text


def check_align(ar: list[str], en: list[str]) -> None:
    from govnews.align import align

    units = align(ar, en)
    assert [i for u in units for i in u.ar] == list(range(len(ar)))
    assert [i for u in units for i in u.en] == list(range(len(en)))


def check_check(ar: str, en: str) -> None:
    from govnews.checks import check

    for finding in check(ar, en):
        if finding.ar_start is not None:
            assert 0 <= finding.ar_start <= finding.ar_end <= len(ar)
        if finding.en_start is not None:
            assert 0 <= finding.en_start <= finding.en_end <= len(en)
        assert finding.severity in ("error", "warning", "info")
