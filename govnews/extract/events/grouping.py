"""Group event mentions into records, one an event. The first mention of an event opens a record; a later
mention with the article, a demonstrative or a possessive pronoun (`الورشة`, `هذه الدورة`, `زيارته`) refers back to
it; a new indefinite mention of a lesser kind inside a larger event (a workshop of a summit, a lecture of a course)
is one of its `sessions`; the same named event again is one event; an event a headline names joins the body's."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from govnews.extract.events.cues import _CUE_WORDS, _CUES_AR
from govnews.extract.events.mentions import _HONOURING, _ORDINALS, _Mention
from govnews.extract.gazetteer import fold_key
from govnews.extract.tokens import strip_clitic

_RANK = {
    "summit": 5, "conference": 5, "forum": 5, "exhibition": 5, "training_course": 4, "workshop": 3,
    "lecture": 2, "meeting": 1, "visit": 1, "agreement": 1, "launch": 1, "award": 1, "other": 1,
}  # fmt: skip

_COURSE = fold_key("دورة")
_CEREMONY_CUES = frozenset(fold_key(w) for w in "حفل احتفال ceremony".split())


@dataclass
class _Record:
    type: str
    mentions: list[_Mention]
    sessions: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def _group(mentions: list[_Mention]) -> list[_Record]:
    records = _group_singular(mentions)
    for r in records:
        if r.type == "agreement" and r.mentions[0].count:
            r.counts.setdefault("agreements", r.mentions[0].count)  # وقعت الوزارة اتفاقيتين: one signing of two
    held = next((m for m in mentions if _held_in_plural(m)), None) if not records else None
    if held is None:
        return records
    # نظمت الوزارة ورشتي عمل, `organized three training courses`: with no event told in the singular, the events
    # held in the plural are one record of their type, with the counts of all those in the plural
    record = _Record(held.type, [held])
    for m in mentions:
        if m.plural and m.count:
            record.counts.setdefault(m.type + "s", m.count)
    return [record]


def _held_in_plural(m: _Mention) -> bool:
    """Whether a mention in the plural or the dual is of events the release reports held: a verb of organizing or
    holding governs it (`وعقدت الهيئة دورات تدريبية`), not by a verbal noun (`من خلال إقامة الدورات`); no agreements
    (one signing, read as such), nor a count of a year's work (`150 برنامجا تدريبيا`), nor events held as a habit
    (`بشكل دوري`, `regularly`), nor those the article makes told of (`الدورات`)."""
    held = m.plural and m.held and not m.definite and not m.general
    return held and m.type != "agreement" and (m.count or 0) <= _MOST_HELD_AT_ONCE


_MOST_HELD_AT_ONCE = 10  # more is a count of a year's work, not events a release reports


def _group_singular(mentions: list[_Mention]) -> list[_Record]:
    """The records of the events told in the singular; a mention in the plural only counts events of the first."""
    records: list[_Record] = []
    for m in mentions:
        if m.plural:
            if records and m.count:
                records[0].counts[m.type + "s"] = m.count
            continue
        known = m.type.endswith("?")  # only a reference to an event of its type already open
        if known:
            m.type = m.type[:-1]
        if not records:
            if known:
                continue
            records.append(_Record(m.type, [m]))
            continue
        main = records[0]
        named = [r for r in records if r.type == m.type and _name_key(r.mentions[0].name) == _name_key(m.name)]
        if named and (len(m.name.split()) > 2 or any(c.isdigit() for c in m.name)):
            named[0].mentions.append(m)  # the same named event again (COP30 after COP27: COP30's)
            continue
        repeated = _repeated_name(m, records)
        if repeated:
            repeated.mentions.append(m)  # بطولة الدوري after بطولة الدوري السعودي للكرة الطائرة: the same event again
            continue
        shortened = _shortened_name(m, records)
        if shortened:
            shortened.mentions.append(m)  # ملتقى الموارد البشرية after الملتقى السعودي الدولي للموارد البشرية
            continue
        titled = m.title and [r for r in records if r.type == m.type and any(x.title and _name_key(x.title) == _name_key(m.title) for x in r.mentions)]
        if titled:
            titled[0].mentions.append(m)  # ملتقى "شباب منطقة الباحة" ... ملتقى "شباب منطقة الباحة الثاني"
            continue
        if m.definite or known:
            # a ceremony is no championship, nor a press conference: `other` events refer back by their cue word,
            # to an event of any type it opened (`الحفل` after `حفل تكريم`, `الحملة` after `أطلقت ... حملة`)
            same = [r for r in records if r.type == m.type != "other" or r.mentions[0].cue == m.cue and _plain_other(m)]
            if not same and m.cue in _CEREMONY_CUES:
                same = [r for r in records if r.mentions[0].ceremony]  # الحفل after حفل افتتاح مهرجان ...: the festival's
            if known and not same and not (m.pointed and m.cue == _COURSE):
                continue  # الدورة, البرنامج alone: a course only when one is known (هذه الدورة: the event at hand)
            own_kind = m.type in _OWN_KIND or m.cue in _OWN_CUES
            if (same and _another_named(m, same)) or (not same and own_kind and (m.type != main.type or m.type == "other")):
                records.append(_Record(m.type, [m]))  # الاجتماع الوزاري العاشر after جلسة مباحثات; the visit of ... in a cabinet meeting
                continue
            target = same[-1] if same else main
            held_apart = all(x.sent != m.sent for x in main.mentions) or (
                main.type in _OWN_KIND and m.type != main.type and _RANK[m.type] <= _RANK[main.type])
            if not same and (m.opened or m.held and not known and held_apart):
                # افتتح ... أعمال الملتقى الخليجي, ستعقد الوزارة ... المؤتمر الخليجي الثالث: an event the release reports;
                # so is a meeting held beside an agreement (`وقع الجانبان مذكرة تفاهم ... يعقد اجتماعه الأول في نيودلهي`)
                records.append(_Record(m.type, [m]))
                continue
            if not same and _RANK[m.type] >= 5 > _RANK[main.type]:
                continue  # على هامش القمة: a larger event the release is not about
            target.mentions.append(m)
            continue
        honoured = [r for r in records if r.type == "award"] if m.cue == _HONOURING or m.conferred else []
        if honoured:
            honoured[-1].mentions.append(m)  # قام راعي الحفل بتكريم 20 رياضيا: the honouring of the ceremony at hand
            continue
        if m.conferred:
            records.append(_Record(m.type, [m]))  # وفي ختام المنتدى، كرم الوزير الفائزين بجائزة التميز: an award of its own
            continue
        # نظمت الوزارة دورة, `the Minister of Labor opened a training course`: in a story of its own
        # (or, in English, named by a proper name: `the Emiratisation Awards will be held on 20 May`)
        own = (m.organized or m.opened or _PROPER_NAME_EN.fullmatch(m.name)) and all(x.sent != m.sent for x in main.mentions)
        if _RANK[m.type] < _RANK[main.type] and _RANK[main.type] >= 3 and m.type != "agreement" and not own:
            if m.type in ("training_course", "workshop", "lecture", "meeting"):
                main.sessions.append({"type": m.type, "name": m.name, "title": m.title, "start": m.start, "end": m.end})
            continue
        records.append(_Record(m.type, [m]))
    return records


# an English event with a proper name (`the fourth edition of the Emiratisation Awards` in a release about a
# training programme): an event of its own, no part of a larger one
_PROPER_NAME_EN = re.compile(r"[A-Z][\w’'\-]*(?:\s+(?:of|for|and|on|the|[A-Z0-9][\w’'\-]*))+")


def _plain_other(m: _Mention) -> bool:
    """Whether a mention is `other` by its cue word itself (`الحفل`, `الحملة`), not turned so (`المؤتمر الصحفي`)."""
    return m.type == "other" and _CUES_AR.get(m.cue, ("other",))[0] == "other"


# kinds of event that no mention of another kind renames: a definite `الزيارة`, `the agreement`, `the launch of
# ...` with none of its kind open is an event of its own, not the release's main one; so is an `other` of another cue word
# (`المؤتمر الصحفي` after `بطولة`), though `الحفل` of a course or an award is theirs
_OWN_KIND = frozenset({"visit", "agreement", "launch", "other"})
# the cue words that name a meeting of its own, not another kind of event (`The meeting was attended by ...` after
# a training course); `the session` may be a course's or a conference's, and Arabic `اللقاء`, `الاجتماع` also name
# the workshop or forum at hand
_OWN_CUES = frozenset({"meeting"})


def _another_named(m: _Mention, same: list[_Record]) -> bool:
    """Whether a definite mention names an event of its own beside those of its type: after its cue, an
    ordinal the records do not have (`الاجتماع الوزاري العاشر` after `جلسة مباحثات`) or the cue of another
    event it belongs to (`الاجتماع الخاص للمنتدى الاقتصادي العالمي`), in a name none of theirs agrees with."""
    if m.pointed:
        return False
    words = fold_key(m.name).split()[1:]
    ordinals = {_ORDINALS[w] for w in words if _ORDINALS.get(w, 0) > 1}
    owner = any(strip_clitic(w, _CUE_WORDS) for w in words)
    if not ordinals and not owner:
        return False
    key = _bare_key(m.name)
    for r in same:
        for x in r.mentions:
            other = _bare_key(x.name)
            if key[: len(other)] == other or other[: len(key)] == key:
                return False
            if ordinals and ordinals & {_ORDINALS.get(w) for w in fold_key(x.name).split()}:
                return False
    return True


def _repeated_name(m: _Mention, records: list[_Record]) -> _Record | None:
    """The record an event named again belongs to: a name of its cue and a definite word (`بطولة الدوري`,
    `مهرجان الرياض`, `الملتقى العلمي`) that begins a name of the record's, of one type, the same ordinals, no other
    title."""
    key = _bare_key(m.name)
    if len(key) < 2 or not any(w.startswith("ال") for w in fold_key(m.name).split()):
        return None
    ordinals = _ordinals_of(m.name)
    for r in records:
        if r.type != m.type or any(x.title for x in r.mentions) and m.title and not _titled_alike(m, r):
            continue
        for x in r.mentions:
            if _bare_key(x.name)[: len(key)] == key and _ordinals_of(x.name) == ordinals:
                return r
    return None


def _shortened_name(m: _Mention, records: list[_Record]) -> _Record | None:
    """The record an event named again by a shorter name belongs to: two words or more after its cue, all of them
    in a name of the record's, of one type (`ملتقى الموارد البشرية` after `الملتقى السعودي الدولي للموارد
    البشرية`, `the Gulf Health Conference` after `the 5th Gulf Health Conference and Exhibition`)."""
    words = _content_words(m.name, m.cue)
    if len(words) < 2 or not any(w.startswith("ال") or w[:1].isupper() for w in m.name.split()[1:]):
        return None  # ورشة عمل تدريبية: a kind of event, no name
    for r in records:
        if r.type == m.type and any(words <= _with_bare_l(_content_words(x.name, m.cue)) for x in r.mentions):
            return r
    return None


def _with_bare_l(words: frozenset[str]) -> frozenset[str]:
    """Words of a name, and those after a clitic `ل` without it (`لطب`: طب, of `المؤتمر الدولي لطب الطوارئ`)."""
    return words | {w[1:] for w in words if w.startswith("ل") and len(w) > 2}


def _content_words(name: str, cue: str) -> frozenset[str]:
    """The words of an event's name but its cue, without article, a clitic `ل` and figures."""
    words = (_bare_word(w) for w in _name_key(name))
    return frozenset(w for w in words if w != cue and not w[:1].isdigit())


def _bare_word(w: str) -> str:
    for clitic in ("لل", "وال", "بال", "ال"):
        if w.startswith(clitic) and len(w) > len(clitic) + 1:
            return w[len(clitic) :]
    return w


def _ordinals_of(name: str) -> set[int]:
    return {_ORDINALS[w] for w in fold_key(name).split() if w in _ORDINALS}


def _titled_alike(m: _Mention, r: _Record) -> bool:
    return any(x.title and _name_key(x.title) == _name_key(m.title) for x in r.mentions)


def _bare_key(name: str) -> tuple[str, ...]:
    """An event name's key with no article on its words (`الدورة التدريبية` and `دورة تدريبية` agree)."""
    return tuple(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in _name_key(name))


def _join_headline(records: list[_Record], text: str) -> list[_Record]:
    """Join the record of an event named in the headline (a first line without a full stop) to the
    next record of its type whose name and title agree: the headline names the event the release
    reports (`يختتم دورة تدريبية` ... `اختتم ... دورة تدريبية بعنوان "..."`)."""
    end = text.find("\n")
    headline = text[:end].rstrip()
    if end < 0 or not headline or headline[-1] in ".!?؟" or len(headline) > 250:
        return records
    out = []
    for r in records:
        later = None
        if r.mentions[0].start < end:
            later = next((x for x in records if x.type == r.type and x.mentions[0].start > end and _agree(r, x)), None)
        if later is None:
            out.append(r)
        else:
            later.mentions += r.mentions  # after the body's: the fields come from the body first
            later.sessions += r.sessions
    return out


def _agree(a: _Record, b: _Record) -> bool:
    """Whether two records may name one event: one name begins the other, or the first is the bare
    noun that heads the other (`agreement`, `15-year agreement`), and their titles do not differ; or both are
    meetings told by a verb."""
    if a.type == b.type == "meeting" and a.mentions[0].verb and b.mentions[0].verb:
        return True  # `King receives US Secretary` ... `received US Secretary of State`: told by its verb in both
    ka, kb = _name_key(a.mentions[0].name), _name_key(b.mentions[0].name)
    bare = len(ka) == 1 and kb and ka[0] in (kb[0], kb[-1])
    if ka[: len(kb)] != kb and kb[: len(ka)] != ka and not bare:
        return False
    ta = {_name_key(m.title) for m in a.mentions if m.title}
    tb = {_name_key(m.title) for m in b.mentions if m.title}
    return not (ta and tb and not ta & tb)


def _name_key(name: str) -> tuple[str, ...]:
    """An event name without clitic, ordinals and years or editions in figures (`2024`, `ال17`), to tell mentions of
    one named event."""
    words = [w for w in fold_key(name).lower().split() if w not in _ORDINALS and not w.removeprefix("ال").isdigit()]
    if words and words[0][:1] in "لبو" and words[0][1:] in _CUES_AR:
        words[0] = words[0][1:]
    return tuple(words)
