"""Where an event is: its venue (an ORG headed by `فندق`, `قاعة`, `Hotel`, ...; else a hall named after `في`, or
a place named by its owner after `at`) and its location (the first LOC of the sentences of its mentions, countries
and cities before regions, else the document's first; ahead of those, the place of its venue, where a visitor
went, where the text says it is held)."""

from __future__ import annotations

import functools
import re

from govnews.extract.events.bodies import _is_venue, _partner, _venue_heads
from govnews.extract.events.mentions import _VISITORS_AR, _people_ar, _place_words, _stop_ar
from govnews.extract.events.organizer import _role_span
from govnews.extract.events.sentences import _in
from govnews.extract.gazetteer import fold_key, lookup
from govnews.extract.names.lexicon import _ROYAL_TITLES
from govnews.extract.names.orgs_ar import _head_complement
from govnews.extract.names.persons_ar import _royal_name_ar
from govnews.extract.tokens import CHAIN_ENDS, Tokens, strip_clitic, with_clitics
from govnews.records import Entity

_BY = re.compile(r"\bby\s+(?:the\s+)?$")


def _by_or_with(text: str, e: Entity) -> bool:
    """Whether an organization is named as who organizes or joins an event (`organized by the Gulf Studies
    Center`, `with the ... Centre`), so no venue."""
    return _BY.search(text, max(0, e.start - 8), e.start) is not None or _partner(text, e)


def _venue(r, entities, bounds, text, *, lang) -> Entity | None:
    for m in r.mentions:
        span = bounds[m.sent]
        for e in entities:
            if e.type == "ORG" and _in(e, span) and e.start >= m.start and _is_venue(e, lang, text) and not _by_or_with(text, e):
                return e
            if e.type == "ORG" and _in(e, span):  # في مركز دبي التجاري العالمي, before or after the mention
                before = text[max(0, e.start - 4) : e.start]
                if lang == "ar" and (before.endswith("في ") or text[e.start - 1 : e.start] == "ب" and e.start >= m.end):
                    if fold_key(e.text).split()[0] in _venue_heads("ar"):
                        return e
                if lang == "ar" and e.start >= m.end and _HELD_IN_AR.search(text, max(0, e.start - 30), e.start):
                    return e  # المؤتمر ... الذي عقد في جامعة الملك سعود: any body the event is held in
    return None


@functools.cache
def _hall_heads_ar() -> dict[str, tuple[int, str]]:
    """The venue heads of an Arabic hall, theatre or complex the names do not read (`قاعة المؤتمرات`, `مسرح
    الكلية`), with their clitics; a city (`في مدينة الظهران`) is a place, no venue."""
    return with_clitics(_venue_heads("ar") - {fold_key("مدينة")})


_SEAT = frozenset({fold_key("مقر")})
_PRESIDENT = fold_key("الرئيس")
# the seat called main by its adjective before its owner (`في المقر الرئيسي للبنك`, `في مقره الرئيس`)
_MAIN_SEAT = frozenset(fold_key(w) for w in "المقر بالمقر مقره مقرها بمقره بمقرها".split())
_MAIN = frozenset(fold_key(w) for w in "الرئيس الرئيسي".split())
_AND_BRANCHES = fold_key("وفروع")


def _chain_closes_after(tk: Tokens, j: int) -> bool:
    """Whether a venue's chain ends before token `j`: at the end of its sentence, punctuation, `في`, a place with
    `ب` (`بالرياض`), none of which begins the name of someone after `الرئيس` (a word of time may end the name of
    whom someone receives: `استقبل بمقر الوزارة الرئيس اليوم`)."""
    if j >= len(tk) or tk.sent[j] != tk.sent[j - 1]:
        return True
    w = tk.words[j]
    return not w[0].isalpha() or w == "في" or w[0] == "ب" and w[1:] in _place_words()


def _main_seat_ar(tk: Tokens, k: int) -> int:
    """The end of a main seat at token `k` (`المقر الرئيسي للبنك`, `مقره الرئيسي`): the seat, its adjective and
    the chain of its owner after it; else `k`."""
    if tk.words[k] not in _MAIN_SEAT or k + 1 >= len(tk) or tk.words[k + 1] not in _MAIN or tk.sent[k + 1] != tk.sent[k]:
        return k
    if tk.words[k + 1] == _PRESIDENT and not (_chain_closes_after(tk, k + 2) or tk.words[k + 2].startswith("لل")):
        return k  # بالمقر الرئيس محمود عباس: a person after it
    if k + 2 < len(tk) and tk.words[k + 2].startswith(_AND_BRANCHES):
        return k  # منسوبي المكتبة بمقرها الرئيسي وفروعها: where its staff work, no venue
    return _venue_chain_ar(tk, k + 2) if k + 2 < len(tk) and tk.words[k + 2].startswith("لل") else k + 2


def _venue_phrase_ar(r, tk: Tokens) -> Entity | None:
    """A venue after `في` or `ب` in a sentence of an Arabic event, after its mention, that no name holds:
    the head and its construct chain (`في قاعة المؤتمرات`, `في مسرح مدينة العرفان`, `في مجمع الشيخ جابر
    الأحمد الرياضي`)."""
    heads = _hall_heads_ar()
    words = tk.words
    for m in r.mentions:
        k = m.tok + 1
        while k < len(tk) and tk.sent[k] == m.sent:
            if words[k - 1] == "في" or words[k][0] == "ب" and words[k] in _MAIN_SEAT:
                if (seat := _main_seat_ar(tk, k)) > k:
                    start = tk.starts[k] + (words[k][0] == "ب")
                    return Entity("ORG", tk.text[start : tk.ends[seat - 1]], start, tk.ends[seat - 1], attrs={"source": "venue"})
            hit = heads.get(words[k])
            on = hit is not None and words[k - 1] == _ON and hit[1] in _HALLS_ON  # على قاعة, على مسرح: in Iraq, where
            after_in = hit is not None and (hit[0] == 0 and (words[k - 1] == "في" or on) or hit[0] == 1 and words[k][0] == "ب")
            quoted = _QUOTED_NAME.match(tk.text, tk.ends[k]) if after_in else None
            if quoted or after_in and (end := _venue_chain_ar(tk, k + 1)) > k + 1:
                start = tk.starts[k] + hit[0]
                stop = quoted.end() if quoted else tk.ends[end - 1]  # في قاعة "بيروت" بفندق "موفنبيك"
                return Entity("ORG", tk.text[start:stop], start, stop, attrs={"source": "venue"})
            k += 1
    return None


# a hall, and the building after it that holds it (`قاعة المؤتمرات في بيت المهندس`, `قاعة الأمير سلطان بفندق
# الفيصلية`): one venue; a city after it (`في بغداد`, `في مدينة الظهران`) is its location
_HALL_HEADS = frozenset(fold_key(w) for w in "قاعة مسرح مدرج جناح صالة".split())
_BUILDING_HEADS = frozenset(fold_key(w) for w in "بيت دار مبنى مقر فندق قصر مجمع مركز منتجع ديوان".split())


def _with_building_ar(venue: Entity | None, hall: Entity | None, tk: Tokens) -> Entity | None:
    """An Arabic hall venue with the building named right after it, after `في` or `ب` (`قاعة المؤتمرات في بيت
    المهندس`); a building venue with the `hall` named right before it (`قاعة المؤتمرات بفندق الفيصلية`); any
    other venue as it is."""
    if venue is None:
        return None
    head = fold_key(venue.text).split()[0]
    if head in _BUILDING_HEADS and hall is not None and _IN_BUILDING.fullmatch(tk.text, hall.end, venue.start):
        return Entity("ORG", tk.text[hall.start : venue.end], hall.start, venue.end, attrs={"source": "venue"})
    if head not in _HALL_HEADS:
        return venue
    k = tk.index_at(venue.end)
    after_in = k + 1 < len(tk) and tk.words[k] == "في"
    k += after_in
    if k >= len(tk) or k == 0 or tk.sent[k] != tk.sent[k - 1]:
        return venue
    hit = _building_heads_ar().get(tk.words[k])
    if hit is None or hit[0] != (0 if after_in else 1) or (end := _venue_chain_ar(tk, k + 1)) == k + 1:
        return venue
    return Entity("ORG", tk.text[venue.start : tk.ends[end - 1]], venue.start, tk.ends[end - 1], attrs={"source": "venue"})


_IN_BUILDING = re.compile(r"\s+(?:في\s+|ب)")


@functools.cache
def _building_heads_ar() -> dict[str, tuple[int, str]]:
    return with_clitics(_BUILDING_HEADS)


_ON = fold_key("على")
_HALLS_ON = frozenset(fold_key(w) for w in "قاعة القاعة مسرح المسرح ملعب الملعب صالة الصالة".split())  # not على أرض الواقع


# a venue's name in quotes after its head, with the building that holds it (`قاعة "بيروت" بفندق "موفنبيك"`)
_QUOTED_NAME = re.compile(r'\s*["“«][^"”»\n]{2,40}["”»](?:\s*ب\w+\s*["“«][^"”»\n]{2,40}["”»])?')


# a venue named by its owner after `at` (`at the ministry's training centre`, `at the Ministry's Creative Hub`,
# `at the headquarters of the Council of Ministers`, `at the ministry headquarters`)
_VENUE_PHRASE_EN = re.compile(
    r"\bat\s+(?:the\s+)?("
    r"[A-Za-z][\w\-]*['’]s\s+(?:(?:[A-Z][\w\-]*\s+)*[A-Z][\w\-]*|(?:training\s+)?(?:headquarters|premises|cent(?:re|er)|hall))"
    r"|headquarters\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w\-]*)*"
    r"|[a-z]+\s+(?:headquarters|premises))"
)


def _venue_phrase_en(r, text: str, bounds) -> Entity | None:
    """A venue after `at` in a sentence of an English event, from its mention on, that no name holds."""
    for m in r.mentions:
        found = _VENUE_PHRASE_EN.search(text, m.start, bounds[m.sent][1])
        if found:
            return Entity("ORG", found.group(1), found.start(1), found.end(1), attrs={"source": "venue"})
    return None


# the titles of someone a hall is named after (`قاعة الشهيد محمد باقر الصدر`, `قاعة الدكتور أحمد سوسة`)
_HONOURED = frozenset(fold_key(w) for w in "الشهيد الشهيدة المرحوم المرحومة الفقيد الراحل الدكتور الدكتورة العلامة".split())


def _venue_chain_ar(tk: Tokens, j: int) -> int:
    """The end of a venue's construct chain from token j: definite words, a royal's name after a title, the name
    of someone honoured after a title (`الشهيد`, `الدكتور`), and one bare noun before a definite word (`مدينة
    العرفان`)."""
    stop = _stop_ar()
    words = tk.words
    start = j
    while j < len(tk) and j - start < 6 and tk.sent[j] == tk.sent[start - 1]:
        w = words[j]
        if not w[0].isalpha() or w in stop or w in CHAIN_ENDS or w.startswith("و") and not _paired_adjective(words, j, stop):
            break
        if w[0] == "ب" and w[1:] in _place_words():
            break  # قاعة المؤتمرات بالرياض: the city it is in
        if w == _PRESIDENT and strip_clitic(words[start - 1], _SEAT) and _chain_closes_after(tk, j + 1):
            j += 1  # مقر الشركة الرئيس بالرياض: the main seat (not بمقر الرئاسة الرئيس الفلسطيني, whom someone meets)
            break
        if tk.definite(j) and j > start and tk.definite(j - 1) and w[0] != "و" and not _adjective_of_place(w):
            break  # بمقر الرئاسة التهاني, بمقر الرئاسة الوفد: after a definite word the next begins the clause's object
        if tk.definite(j):
            j += 1
        elif words[j - 1] in _ROYAL_TITLES and _royal_name_ar(tk, j) > j:
            j = _royal_name_ar(tk, j)  # مجمع الشيخ جابر الأحمد
        elif words[j - 1] in _HONOURED and _royal_name_ar(tk, j) > j:
            j = _royal_name_ar(tk, j)  # قاعة الشهيد محمد باقر الصدر: a name of two words, then the family's
            j = _royal_name_ar(tk, j) if j < len(tk) and tk.sent[j] == tk.sent[start - 1] else j
        elif j == start and j + 1 < len(tk) and tk.definite(j + 1) and words[j + 1] not in stop:
            j += 1  # مسرح مدينة العرفان
        else:
            break
    return j


# definite nouns of the shapes of an adjective (الفاعل, الفعيل, الفعيلة), no adjectives of a place
_NOUNS_OF_ADJECTIVE_SHAPE = frozenset(
    fold_key(w)
    for w in "العالم الجانب الساحل الخاتم الكاتب الباحث الطالب الحاضر الطريق البريد الخليج الوزير السفير "
    "المدينة الحديقة الجزيرة الشريعة الوسيلة الحقيقة الطريقة الدقيقة الوظيفة الصحيفة الخليفة الرسالة الهدية".split()
)
# broken plurals in `ي` that fold as a nisba adjective does: the objects of a verb after a venue (`تلقى ... بمقر
# الرئاسة التهاني`), no adjective of it
_PLURALS_IN_I = frozenset(
    fold_key(w) for w in "التهاني الأماني المعاني الأغاني المباني الأراضي الأهالي الليالي الضواحي النواحي المساعي الأيادي".split()
)


# adjectives of colour, which end as plurals of people do (`الصالة الرياضية الخضراء`)
_COLOURS = frozenset(fold_key(w) for w in "الخضراء البيضاء الحمراء الزرقاء السوداء الصفراء".split())


def _adjective_of_place(w: str) -> bool:
    """Whether folded definite `w` may follow a definite word of a venue's chain: an adjective (`قاعة المؤتمرات
    الكبرى`, `مقر الأمم المتحدة`, `مسرح الطفل المتنقل`, `مركز التأهيل الشامل`) or a genitive with `لل` (`مبنى الإدارة
    العامة للمرور`); a definite noun after a definite word is in no construct with it."""
    if w in _PLURALS_IN_I:
        return False
    if _head_complement(w, True) or w in _COLOURS:
        return True
    if w.endswith(("ين", "ون")) or w in _people_ar():
        return False  # بمقر الوزارة المسؤولين, بمقر الرئاسة الرئيس التونسي: whom someone meets
    if w in _NOUNS_OF_ADJECTIVE_SHAPE:
        return False
    # a participle (`المتنقل`, `الشامل`) or an adjective of the shape الفعيل, الفعيلة (`الجديد`, `الجميلة`)
    return w.startswith("الم") or len(w) == 6 and w[3] == "ا" or len(w) in (6, 7) and w[4] == "ي" and (len(w) == 6 or w[-1] == "ه")


def _paired_adjective(words: list[str], j: int, stop: frozenset[str]) -> bool:
    """Whether token `j` is a definite nisba adjective after `و` that pairs with the one before it (`المعهد العالي
    للتطوير الأمني والإداري`; not `مسرح النادي والتي`)."""
    w, before = words[j], words[j - 1]
    if not w.startswith("وال") or w[1:] in stop or len(w) < 7:
        return False
    return w.endswith(("ي", "يه")) and before.startswith(("ال", "لل")) and before.endswith(("ي", "يه"))


def _visited(r, entities, bounds, text) -> Entity | None:
    """The organization or place a visit goes to: after a verb of visiting, the first in its clause that is no part
    of whom visits (`زار وزير الصحة اليوم مستشفى الملك فهد العام بجدة`: the hospital; `زار أمير المنطقة الشرقية
    اليوم محافظة الأحساء`: the governorate; `visited King Fahd Hospital in Jeddah`); after the noun of a visit, the
    organization it is to (`بزيارة مستشفى الملك فهد العام`, `زيارة تفقدية لمستشفى`, `a visit to King Fahd Hospital`)."""
    if r.type != "visit":
        return None
    roles = [span for e in entities if e.type == "PERSON" and (span := _role_span(text, e))]
    for m in r.mentions:
        lo, hi = bounds[m.sent]
        if not m.verb:
            to = [e for e in entities if e.type == "ORG" and _in(e, (lo, hi)) and _TO_VISITED.fullmatch(text, m.end, e.start)]
            if to:
                return to[0]
            continue
        clause = _CLAUSE_BREAK.search(text, m.end, hi)
        end = clause.start() if clause else hi
        for e in entities:
            if e.type in ("ORG", "LOC") and m.end <= e.start and e.end <= end and not any(a <= e.start < b for a, b in roles):
                arabic = m.cue != "visit"  # (English names who visits before its verb)
                if arabic and e.type == "ORG" and (not text[m.end : e.start].strip() or text[e.start - 1] == "ل"):
                    continue  # زارت الشركة ...: who visits; يتفقد جنوده لوكالة ...: whom it is told to
                if not _of_a_visitor(text, e):
                    return e
    return None


# between the noun of a visit and the body visited: nothing, `إلى`, `ل`, `to`
_TO_VISITED = re.compile(r"\s*(?:(?:إلى|الى)\s+|ل|to\s+(?:the\s+)?)?")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def _of_a_visitor(text: str, e: Entity) -> bool:
    """Whether a name after a verb of visiting belongs to whom visits: after a title or a role's first word
    (`أمير المنطقة الشرقية`, `رئيس جامعة الملك سعود`), `لدى` or `من` (`وفد من غرفة الرياض`)."""
    before = _WORD_BEFORE.search(text, max(0, e.start - 30), e.start)
    word = fold_key(before.group(1)) if before else ""
    return word in _people_ar() or word in _VISITORS_AR or word in ("لدي", "من", "of", "from")


def _met_at(text: str, e: Entity, venue: Entity | None, locs: list[Entity]) -> bool:
    """Whether a place can be where a meeting was: after `في` / `in` / `at`, right after its venue (`في قصر السلام
    بجدة`), or the dateline's; a place after an office (`وزير الخارجية بجمهورية ليتوانيا`) is whom it met."""
    if _MET_IN.search(text, max(0, e.start - 30), e.start):
        return True
    if venue is not None and 0 <= e.start - venue.end <= 8:
        return True
    return e is locs[0] and e.start < 40 and _DATELINE_AFTER.match(text, e.end) is not None  # الرياض (واس) - استقبل


_DATELINE_AFTER = re.compile(r"\s*(?:[(/\-–:]|في\s+\d|\d|,\s*\w+\.?\s+\d)")  # الرياض (واس), KUWAIT, Nov 18
_MET_IN = re.compile(r"(?:\b(?:in|at)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}|(?<!\w)في\s+(?:\w+\s+){0,2})$")
_DIVISION_WORD = re.compile(r"^(?:محافظة|منطقة)\s+")
_AT_PLACE = re.compile(r"\sب((?:(?:محافظة|منطقة)\s+)?\w+(?:\s\w+)?)$")


def _place_ending_name(organizer: Entity | None) -> list[Entity]:
    """The city or governorate that ends the organizer's name after `ب` (`الغرفة التجارية الصناعية بجدة`: جدة), as a
    place where its event may be (a partner's, `بالتعاون مع مركز الجودة الشاملة بدبي`, is not)."""
    m = _AT_PLACE.search(organizer.text) if organizer is not None and organizer.type == "ORG" else None
    if m is None:
        return []
    form = m.group(1)
    entry = next((x for x in lookup(form) + lookup(_DIVISION_WORD.sub("", form)) if x.type == "LOC" and x.kind in ("city", "governorate", "emirate")), None)
    if entry is None and not _DIVISION_WORD.match(form):
        return []  # (بمحافظة أبوعريش: a governorate by its word)
    attrs = {"kind": entry.kind, "key": entry.key} if entry else {"kind": "governorate"}
    return [Entity("LOC", form, organizer.start + m.start(1), organizer.end, value=entry.value if entry else form, attrs=attrs)]


def _location(r, entities, bounds, text, *, exclude, organizer: Entity | None = None) -> Entity | None:
    """Where an event is: the first place a sentence of its mentions says it is in, after the mention
    (`in the Brazilian city of Belém`, `بالرياض`, `signed in New Delhi`); else, in the first sentence of
    its mentions that names a place, the first place after the mention, else the first before it (a
    dateline's city); else the first of the text. Regions of several countries only when nothing else; a place
    in its title or slogan only when no other is named (`مؤتمرا بعنوان "الطاقة المتجددة في لبنان"`)."""
    named = [(m.start, m.end) for m in r.mentions]  # بطولة الإمارات الوطنية: a place in the name is none
    if exclude is not None:
        named.append((exclude.start, exclude.end))
    places = sorted([e for e in entities if e.type == "LOC"] + _place_ending_name(organizer), key=lambda e: e.start)
    locs = _not_origins([e for e in places if not any(_in(e, span) for span in named)], text)
    if r.type == "meeting" and r.mentions[0].verb:  # استقبل ... وزير الخارجية بجمهورية ليتوانيا: whom, not where
        locs = [e for e in locs if _met_at(text, e, exclude, locs)]
    locs = [e for e in _outside_titles(r, locs, bounds, text) if not _in_purpose(text, e)]
    if r.type != "visit":  # زيارته للعراق: where the visitor goes
        locs = [e for e in locs if not _of_a_place(text, e)]
    if not locs:
        return None
    if exclude is not None:  # at the Babylon Rotana Hotel in Baghdad, بفندق سوفيتيل بالرباط: where the venue is
        at_venue = [e for e in locs if 0 <= e.start - exclude.end <= 8 and _PLACED.search(text, max(0, e.start - 40), e.start)]
        if at_venue:
            return at_venue[0]
    if r.type == "visit":  # `arrived in the Omani capital Muscat on an official visit`: where the visitor went
        for m in r.mentions:
            span = bounds[m.sent]
            gone_to = [e for e in locs if _in(e, span) and _DESTINATION.search(text, max(span[0], e.start - 80), e.start)]
            if gone_to:
                return gone_to[0]
            visited = [
                e for e in locs
                if span[0] <= e.start and e.end <= m.start and _VISITED_AR.search(text, span[0], e.start)
                and not _CLAUSE_BREAK.search(text, e.end, m.start)
            ]  # fmt: skip
            if visited:
                return visited[-1]  # يزور وزير خارجية الكويت غدا جمهورية إندونيسيا في زيارة: the last before the visit
    for m in r.mentions:  # `The agreement was signed in New Delhi`: said where, ahead of a dateline's city
        held = [e for e in locs if m.end <= e.start <= m.end + 80 and _in(e, bounds[m.sent]) and _held_at(text, m, e)]
        if held:
            return held[0]
    for regional in (False, True):
        for m in r.mentions:
            span = bounds[m.sent]
            cands = [e for e in locs if _in(e, span) and _broad(e) == regional]
            after = [e for e in cands if e.start >= m.end]
            if after:
                return next((e for e in after if _PLACED.search(text, max(0, e.start - 40), e.start)), after[0])
            held_in = [e for e in cands if e.end <= m.start and _HELD_IN_BEFORE_AR.search(text, max(span[0], e.start - 60), e.start)]
            if held_in:
                return held_in[-1]  # أقيم في العاصمة المغربية الرباط المؤتمر العربي للمياه: not the dateline's city
            if cands:
                return cands[0]
        if not regional:
            doc = [e for e in locs if not _broad(e) and _told_where(text, e, locs, r, bounds)]
            if doc:
                return doc[0]
    return None


# the note that closes a release, on its event or its organizer (`الجدير بالذكر أن`, `يذكر أن`, `يشار إلى أن`)
_NOTE = re.compile(
    r"\s*(?:[وف]?(?:الجدير بالذكر|(?:ومن )?الجدير ذكره|يذكر|ي?ُذكر|يشار\s+(?:إلى|الى))\s+(?:أن|ان)"
    r"|(?:It\s+is\s+worth\s+(?:mentioning|noting)|It\s+is\s+noteworthy|Notably)\b)"
)


def _told_where(text: str, e: Entity, locs: list[Entity], r, bounds) -> bool:
    """Whether a place outside the sentences of an event's mentions may be where it is: the dateline's city, a place
    of the lead (`افتتح محافظ خميس مشيط ...`: the exhibition told later is there), a place after `في` or `ب` in the
    note that closes a release (`الجدير بالذكر أن`, `يذكر أن`), or a place after `في`, `ب`, `in` in the sentence before or after one of them (not a place another sentence tells of: `لمعسكر الفريق في تركيا`
    for a cup match, `سوق الفخار في القطيف` for a festival in Jeddah)."""
    if e is locs[0] and e.start < 40 and _DATELINE_AFTER.match(text, e.end):
        return True
    if bounds and _in(e, bounds[min(bounds)]):
        return True
    placed = _PLACED.search(text, max(0, e.start - 40), e.start) is not None
    note = next((bounds[s] for s in bounds if _in(e, bounds[s])), None)
    if placed and note is not None and _NOTE.match(text, note[0]):
        return True  # الجدير بالذكر أن برنامج ... يشمل ... العمل في القطاع العام بمملكة البحرين: the release's own note
    beside = {m.sent + d for m in r.mentions for d in (-1, 1)} - {m.sent for m in r.mentions}
    return any(s in bounds and _in(e, bounds[s]) for s in beside) and _PLACED.search(text, max(0, e.start - 40), e.start) is not None


# what an event is for, to the end of its clause (`بهدف تعزيز التعاون بين الجامعات في مصر`, `aimed at supporting
# start-ups in Africa`): a country or a region there is what it is about, no place it is held in
_PURPOSE = re.compile(
    r"(?:(?<!\w)(?:بهدف|بغرض|من\s+أجل|سعيا\s+(?:إلى|الى|ل)|ال(?:رامية|رامي|هادفة|هادف)\s+(?:إلى|الى)|"
    r"[وف]?[تي]هدف\s+(?:إلى|الى))|\b(?:aim(?:ed|s|ing)?\s+(?:at|to)|with\s+the\s+aim\s+of|in\s+order\s+to|seeking\s+to))"
    r"[^.،,;؛\n]*$"
)


# a clitic `ل` before a place, or a place whose name took it in (`ممثلا للمملكة`, `الدور الاقتصادي لمصر`)
_FOR_A_PLACE = re.compile(r"(?<!\w)[وف]?ل$")
# a definite noun before a one-word place that is its nisba adjective (`الجامعات السعودية`, `الخطوط السعودية`)
_DEFINITE_NOUN_BEFORE = re.compile(r"(?<!\w)[وفب]?ال\w+\s+$")


def _of_a_place(text: str, e: Entity) -> bool:
    """Whether a place is named as what something belongs to or is for, not where an event is: after a clitic `ل`
    (`ممثلا للمملكة العربية السعودية`, `تأكيدا للدور الاقتصادي لمصر`), or a one-word adjective of a definite noun
    (`طلاب الجامعات السعودية`)."""
    if e.text.startswith("لل") or _FOR_A_PLACE.search(text, max(0, e.start - 2), e.start):
        return True
    nisba = " " not in e.text and e.text.startswith("ال") and e.text.endswith(("ية", "ي"))
    return nisba and _DEFINITE_NOUN_BEFORE.search(text, max(0, e.start - 30), e.start) is not None


def _in_purpose(text: str, e: Entity) -> bool:
    """Whether a place other than a city is named in what an event is for, in the clause of `بهدف`, `الرامية إلى`,
    `aimed at` (`بهدف تعزيز التعاون بين الجامعات في مصر`); a city there may be where it is held."""
    return e.attrs.get("kind") != "city" and _PURPOSE.search(text, max(0, e.start - 150), e.start) is not None


def _outside_titles(r, locs: list[Entity], bounds, text: str) -> list[Entity]:
    """The places of `locs` but those in an event's quoted title or slogan, which tell what it is about (`مؤتمرا
    بعنوان "الطاقة المتجددة في لبنان"`), when a sentence of its mentions names another place; a title that is
    the place's name alone (`قمة "كامب ديفيد"`) names where it is."""
    quoted = [m.quoted for m in r.mentions if m.quoted]
    inside = [e for e in locs if any(_in(e, q) and text[q[0] + 1 : q[1] - 1].strip() != e.text for q in quoted)]
    if not inside:
        return locs
    outside = [e for e in locs if e not in inside]
    if any(_in(e, bounds[m.sent]) for e in outside for m in r.mentions):
        return outside
    return locs


# where people come from (`delegations from Jakarta, Kuala Lumpur and Singapore`): no place of the event
_FROM_EN = re.compile(r"\bfrom\s+(?:the\s+)?$")
_NEXT_IN_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")


def _not_origins(locs: list[Entity], text: str) -> list[Entity]:
    """The places of `locs` that are not named as where people come from, nor listed after one that is."""
    out, origin = [], None
    for e in locs:
        if _FROM_EN.search(text, max(0, e.start - 12), e.start) or (
            origin is not None and _NEXT_IN_LIST.fullmatch(text, origin.end, e.start)
        ):
            origin = e
            continue
        out.append(e)
    return out


# what says that the place after it is where a visitor went (`arrived in`, `visit to`, `وصل ... إلى`, `زيارته للعراق`)
_DESTINATION = re.compile(
    r"(?:\b(?:arrived|arrives|arriving|travell?ed|headed|heads)\s+(?:in|at|to|for)|\b(?:visit|trip|tour)\s+to)"
    r"\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$"
    r"|(?<!\w)[وف]?(?:وصل|وصلت|يصل|تصل|توجه|توجهت|يتوجه|تتوجه)\s+(?:\S+\s+){0,8}?(?:إلى|الى)\s+(?:\S+\s+){0,2}$"
    r"|(?<!\w)(?:ال)?زيار(?:ة|ته|تها|تهم)\s+(?:\S+\s+){0,2}?(?:(?:إلى|الى)\s+(?:\S+\s+){0,2}|ل)$"
)
# a verb of visiting in Arabic and up to six words before the place visited, its object (`يزور وزير الحج والعمرة غدا
# جمهورية إندونيسيا في زيارة رسمية`)
_VISITED_AR = re.compile(r"(?<!\w)[وف]?س?(?:زار|زارت|[يت]زور)\s+(?:\S+\s+){0,6}?$")
_CLAUSE_BREAK = re.compile(r"[،,;؛]")  # a clause between the place and the visit (`زار بغداد في مايو، ... زيارة الإقليم`)
# what says that the place after it is where something is: `in`, `at`, `في`, `ب` (a clitic or a word before it)
_PLACED = re.compile(r"(?:\b(?:in|at)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}|(?<!\w)في\s+(?:\w+\s+){0,2}|(?<!\w)و?ب)$")


# a verb that holds or signs an event, then where: after the mention in English (`was signed in`; after a place
# and an acronym of the event's name: `the International Agriculture Show in Morocco (SIAM) will be held in`), before it
# in Arabic (`ووقعت الاتفاقية في`, `تقام البطولة بالدوحة`)
_HELD_EN = re.compile(
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})?(?:\s*\([A-Za-z][\w&\-]*\))?"
    r"\s*(?:(?:was|were|is|are|will\s+be|has\s+been|have\s+been|had\s+been|being)\s+)?(?:officially\s+)?"
    r"(?:held|signed|hosted|organi[sz]ed|staged|convened|opened|inaugurated|launched|took\s+place|takes\s+place|"
    r"will\s+take\s+place|kicked\s+off|concluded)\s+(?:[\w\-]+\s+){0,4}?(?:in|at)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$"
)
_HOLD_AR = r"عقد|عقدت|انعقد|انعقدت|[اأ]قيم|[اأ]قيمت|نظم|نظمت|[تي]قام|[تي]عقد"  # held, organized
_HELD_AR = re.compile(
    rf"(?<!\w)[وف]?(?:{_HOLD_AR}|س[تي]قام|س[تي]عقد|س?[تي]نعقد|وقع|وقعت|جرى|جرت|"
    r"افتتح|افتتحت|انطلق|انطلقت|اختتم|اختتمت|تم\s+توقيع|تم\s+افتتاح)\s+$"
)
# a verb of holding, then where, before the event's name (`أقيم في العاصمة المغربية الرباط المؤتمر`, `تنطلق بمدينة
# جدة غدا`)
_HELD_IN_BEFORE_AR = re.compile(
    rf"(?<!\w)[وف]?(?:{_HOLD_AR}|س[تي]قام|س[تي]عقد|س?[تي]نعقد|س?[تي]نطلق|انطلق|انطلقت|جرى|جرت)\s+"
    r"(?:(?:اليوم|أمس|غدا)\s+)?(?:في\s+|ب)(?:\w+\s+){0,2}$"
)
# a body an event is held in (`الذي عقد في جامعة الملك سعود`)
_HELD_IN_AR = re.compile(rf"(?<!\w)(?:{_HOLD_AR})\s+(?:في|ب)\s*$")


def _held_at(text: str, m, place: Entity) -> bool:
    """Whether the text says the event of mention `m` is held or signed at `place`, just after it."""
    if not _PLACED.search(text, max(0, place.start - 40), place.start):
        return False
    if _HELD_EN.match(text, m.end, place.start):
        return True
    return _HELD_AR.search(text, max(0, m.start - 20), m.start) is not None and "،" not in text[m.end : place.start]


def _broad(e: Entity) -> bool:
    """A region of several countries (`الدول العربية`, `the Gulf`), where an event is only when no
    country, city or province is named (`منطقة الباحة`, a region of one country, is one)."""
    return e.attrs.get("kind") == "region" and str(e.attrs.get("key", "")).startswith("region:")
