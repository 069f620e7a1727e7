"""No public text function raises on arbitrary Unicode, and every offset stays in range."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz_targets import ARTICLE, TEXT, check_align, check_check, check_extract, check_normalize, check_segment

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXT)
def test_normalize_never_fails(text):
    check_normalize(text)


@FAST
@given(ARTICLE)
def test_segment_never_fails(text):
    check_segment(text)


@FAST
@given(ARTICLE)
def test_extract_offsets_are_exact(text):
    check_extract(text)


@FAST
@given(st.lists(ARTICLE, max_size=8), st.lists(ARTICLE, max_size=8))
def test_align_covers_every_sentence_once_in_order(ar, en):
    check_align(ar, en)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE, ARTICLE)
def test_check_never_fails(ar, en):
    check_check(ar, en)
