"""Consistency checks for translators: what an English translation says differently from its Arabic.

Each finding names a check, a severity and the spans it concerns on each side:

| check | what it reports |
|---|---|
| `number` | a value one side lacks or states differently (by value: `59,19 مليون` = `59.19 million`) |
| `date` | a date or range that differs; a weekday that contradicts its date |
| `name` | a person, institution or place with no counterpart; a spelling the corpus does not use; a minister's portfolio the Arabic office does not name |
| `omission` / `addition` | a passage with nothing on the other side |
| `untranslated` | Arabic left in the English, an English sentence left in the Arabic |
| `terminology` | a name or term rendered otherwise than it usually is |
| `length` | a unit whose length ratio is far outside the norm |

Severity policy:
- `error`: a fact differs or content is missing or added: a number or date stated differently, digits
  on one side only, two values of a change swapped, a person named differently or a full name with no
  counterpart, an English minister of another portfolio than the Arabic minister (`وزير المالية` / `Economy
  Minister`), a passage of four words or more with nothing opposite, Arabic left in the English (three words or
  more), an English sentence left in the Arabic. `govnews check` exits 1 on any.
- `warning`: likely an issue a translator should look at: a date or a number in words on one side
  only, a single-word name (or an Arabic name no title or role vouches for) without a counterpart,
  a unit of abnormal length, a sentence whose own words have few translations opposite but whose
  unit is not short, a proper name rendered literally or otherwise than the corpus renders it, an English
  minister whose Arabic office names no minister (`رئيسة الجهاز` / `Health Minister`), one
  or two Arabic words left in the English, passages the alignment could not pair.
- `info`: a note: an institution or place without a counterpart (they are often rendered freely),
  a small number word on one side only (`one of the`), a lexicon term used unusually.
"""

from __future__ import annotations

from typing import Any, Sequence

from govnews.checks import content, coverage, dates, names, numbers, terms
from govnews.checks._units import PairContext, build_units
from govnews.checks.corpus import CorpusStats
from govnews.records import AlignedUnit, Document, Entity, Finding, SentenceSpan, Span

__all__ = ["CHECKS", "SEVERITIES", "CorpusStats", "check", "check_pair", "has_errors", "prepare"]

CHECKS = ("number", "date", "name", "omission", "addition", "untranslated", "terminology", "length")
SEVERITIES = ("error", "warning", "info")

_RUNNERS = (numbers.find, dates.find, names.find, coverage.find_coverage, coverage.find_untranslated, terms.find)


def _position(finding: Finding) -> tuple[int, int]:
    if finding.ar_start is not None:
        return finding.ar_start, 0 if finding.en_start is None else finding.en_start
    return 1 << 30, finding.en_start or 0


def _links(ar_entities, en_entities, ar_doc, en_doc, units, lexicon) -> dict[str, str]:
    links = {e.entity_id: e.link for e in ar_entities if e.entity_id and e.link}
    if links or not ar_entities or not en_entities:
        return links
    try:
        from govnews.link import link_entities
    except ImportError:
        return {}
    return dict(link_entities(ar_entities, en_entities, ar_doc=ar_doc, en_doc=en_doc, units=units, lexicon=lexicon))


def check_pair(
    ar_doc: Document,
    en_doc: Document,
    ar_entities: Sequence[Entity],
    en_entities: Sequence[Entity],
    units: Sequence[AlignedUnit],
    *,
    lexicon: Any = None,
    corpus: CorpusStats | None = None,
) -> list[Finding]:
    """Compare a document and its translation unit by unit; return the findings in Arabic order.

    Offsets are into each document's `text`. Entities carrying `link` are taken as linked; otherwise
    `govnews.link` links them. Without units the two documents are compared as one unit.

    >>> findings = check_pair(ar_doc, en_doc, ar_entities, en_entities, units)  # doctest: +SKIP
    >>> [(f.check, f.severity) for f in findings]  # doctest: +SKIP
    [('number', 'error')]
    """
    if not units and (ar_doc.sentences or en_doc.sentences):
        units = [AlignedUnit(tuple(range(len(ar_doc.sentences))), tuple(range(len(en_doc.sentences))), 0.0)]
    views = build_units(ar_doc, en_doc, ar_entities, en_entities, units)
    ctx = PairContext(
        ar_doc=ar_doc,
        en_doc=en_doc,
        ar_entities=ar_entities,
        en_entities=en_entities,
        units=views,
        lexicon=lexicon,
        corpus=corpus,
        links=_links(ar_entities, en_entities, ar_doc, en_doc, units, lexicon),
        skip_en_units={v.index for v in views if v.en_span and coverage.english_left_in_arabic(v)},
    )
    findings = _without_weaker_repeats([f for run in _RUNNERS for f in run(ctx)])  # before revise reads the facts in error
    findings = content.revise(ctx, findings)
    return sorted(_without_weaker_repeats(findings), key=_position)


def _without_weaker_repeats(findings: list[Finding]) -> list[Finding]:
    """Drop a one-sided finding of a check when an error of the same check already points at its span: the same
    span, for a weaker finding (`هاكان`: no person named opposite, and named as another person), or a part of it,
    for an error of both sides (`Tuesday` for `الاثنين`, and `Tuesday, 25th March 2024` whose day is a Monday)."""
    errors = [f for f in findings if f.severity == "error"]

    def repeated(f: Finding) -> bool:
        if (f.ar_start is None) == (f.en_start is None):
            return False
        side = "ar" if f.ar_start is not None else "en"
        span = (f.ar_start, f.ar_end) if side == "ar" else (f.en_start, f.en_end)
        for e in errors:
            other = (e.ar_start, e.ar_end) if side == "ar" else (e.en_start, e.en_end)
            if e is f or e.check != f.check or other[0] is None:
                continue
            if f.severity != "error" and other == span:
                return True
            if e.ar_start is not None and e.en_start is not None and span[0] <= other[0] and other[1] <= span[1]:
                return True
        return False

    return [f for f in findings if not repeated(f)]


def has_errors(findings: Sequence[Finding]) -> bool:
    """Tell whether any finding is an error (what makes `govnews check` exit 1)."""
    return any(f.severity == "error" for f in findings)


def _seed_lexicon():
    from govnews.lexicon import shared_seed

    return shared_seed()


def document(text: str, *, lang: str, doc_id: str | None = None) -> Document:
    """Segment a text into a Document the checks can read (no cleaning: offsets stay those of `text`)."""
    from govnews.segment import paragraphs, sentences

    spans = sentences(text, lang=lang)
    return Document(
        doc_id=doc_id or lang,
        lang=lang,
        lang_score=1.0,
        title=None,
        dateline=None,
        source=None,
        published=None,
        url=None,
        category=None,
        text=text,
        text_norm=text,
        paragraphs=[Span(p.start, p.end) for p in paragraphs(text)],
        sentences=[SentenceSpan(s.start, s.end, s.paragraph) for s in spans],
        boilerplate=[],
        repairs=[],
        content_hash="",
        path="",
    )


def prepare(ar_text: str, en_text: str, *, lexicon: Any = None, published: tuple = (None, None)) -> tuple:
    """Segment, extract and align a pair of texts: the arguments `check_pair` takes, in its order.
    `published`: the day each was published, which dates what they say without a year.

    >>> ar_doc, en_doc, ar_entities, en_entities, units = prepare("زار 300 طالب المعهد.", "300 students visited.")
    >>> [(u.ar, u.en) for u in units]
    [((0,), (0,))]
    """
    from govnews.align import align
    from govnews.extract import extract

    lexicon = lexicon if lexicon is not None else _seed_lexicon()
    ar_doc, en_doc = document(ar_text, lang="ar"), document(en_text, lang="en")
    units = align(
        [ar_text[s.start : s.end] for s in ar_doc.sentences],
        [en_text[s.start : s.end] for s in en_doc.sentences],
        lexicon=lexicon,
        ar_paragraphs=[s.paragraph for s in ar_doc.sentences],
        en_paragraphs=[s.paragraph for s in en_doc.sentences],
    )
    ar_entities = extract(ar_text, lang="ar", published=published[0])
    return ar_doc, en_doc, ar_entities, extract(en_text, lang="en", published=published[1]), units


def check(ar_text: str, en_text: str, *, lexicon: Any = None, corpus: CorpusStats | None = None) -> list[Finding]:
    """Check an English translation against its Arabic original; offsets are into the texts as given.

    Compares the articles' bodies and headlines: what `build` takes off an article (datelines, page
    dates, sign-offs, web furniture, footnote markers) is left out, as blanks that keep the offsets.
    Segments both texts, extracts their entities, aligns their sentences and compares them.

    >>> findings = check("بلغ عدد المشاركين 120 مشاركاً.", "The number of participants reached 210.")
    >>> [(f.check, f.severity, f.ar_text, f.en_text) for f in findings]
    [('number', 'error', '120 مشاركاً', '210')]
    """
    from govnews.clean import clean, masked

    lexicon = lexicon if lexicon is not None else _seed_lexicon()
    ar_clean, en_clean = clean(ar_text, lang="ar"), clean(en_text, lang="en")
    ar_body, en_body = masked(ar_text, lang="ar", cleaned=ar_clean), masked(en_text, lang="en", cleaned=en_clean)
    # the day of a release's dateline dates what it says without a year, on either side
    published = (ar_clean.published or en_clean.published, en_clean.published or ar_clean.published)
    return check_pair(*prepare(ar_body, en_body, lexicon=lexicon, published=published), lexicon=lexicon, corpus=corpus)
