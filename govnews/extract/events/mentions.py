"""Find the event mentions of a text: a cue word and the name it heads (`دورة تدريبية`, `المؤتمر الخليجي الثالث
لطب الطوارئ`, `International Conference on Patient Safety`); whether it is definite, after a demonstrative
(`هذه الدورة`) or plural; a verb of organizing or holding before it; and the title in quotes after
`بعنوان`/`حول`/`titled`, or the slogan after `تحت شعار`/`under the slogan`."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from govnews.extract.events.cues import (
    _AGREEMENT_DUALS,
    _CONSENT_EN,
    _CUE_WORDS,
    _CUES_AR,
    _CUES_EN,
    _DUALS,
    _EN_CUE,
    _GAME_WORDS,
    _IDIOM_EN,
    _LAUNCHED_ONLY,
    _NAMED_EVENTS_AR,
    _ORGANIZE_AR,
    _ORGANIZE_EN,
    _SIGN_AR,
    _SIGNED_ONLY,
    _TEAMS,
    _idiom,
    honoured_before,
    league_at,
)
from govnews.extract.dates.durations import _month_and_weekday_words
from govnews.extract.gazetteer import entries, fold_key, word_lists
from govnews.extract.names.lexicon import _ROYAL_TITLES, _TIME_AR
from govnews.extract.numbers import parse_number
from govnews.extract.names.persons_ar import _royal_name_ar
from govnews.extract.tokens import CHAIN_ENDS, Tokens, folded_set, strip_clitic, with_clitics

# what a named event is on: `on Patient Safety`, `for Arab Youth` (capitalized words)
_WEEKDAY_NAMES_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_WEEKDAY_EN = "|".join(_WEEKDAY_NAMES_EN)
_TOPIC_EN = re.compile(rf"\s+(?:on|for|of)\s+(?!(?:{_WEEKDAY_EN}|January|"
                       r"February|March|April|May|June|July|August|September|October|November|December)\b)"
                       r"(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][\w’'\-]*)*")
_EDITION_YEAR_EN = re.compile(r"\s+(?:19|20)\d\d(?![\d,.]\d|\w)")

_PRESS = frozenset(fold_key(w) for w in "صحفي صحافي صحفيا صحافيا الصحفي الصحافي صحفية صحافية الصحفية الصحافية".split())

_DEMONSTRATIVE = frozenset(fold_key(w) for w in "هذه هذا تلك ذلك هذة".split())
_ORDINALS = {
    fold_key(w): n
    for n, ws in enumerate(
        ["", "الأول الأولى", "الثاني الثانية", "الثالث الثالثة", "الرابع الرابعة", "الخامس الخامسة",
         "السادس السادسة", "السابع السابعة", "الثامن الثامنة", "التاسع التاسعة", "العاشر العاشرة"]
    )
    for w in ws.split()
}  # fmt: skip

# a title in quotes, or in brackets when of two words or more (`الملتقى العلمي (أمن وسلامة الآثار)`) or a code in Latin
# letters (`مسابقة (PX3)`)
_TITLE_AR = re.compile(
    r"\s*(?:[،,]\s*(?=بعنوان|تحت))?(بعنوان|تحت عنوان|حول|عن|تحت شعار)?\s*:?\s*"
    r"(?:[“\"«]([^”\"»\n]{3,200})[”\"»]|\((\w+ [^()\n]{2,200}|[A-Za-z][A-Za-z0-9\-]{1,19})\))"
)
_TITLE_EN = re.compile(
    r"\s*,?\s*(titled|entitled|under the title|on|about|themed|under the theme|under the slogan)?\s*:?\s*[“\"«]([^”\"»\n]{3,200})[”\"»]"
)


@dataclass
class _Mention:
    type: str
    start: int  # char offsets of the name
    end: int
    name: str
    sent: int
    definite: bool
    plural: bool
    title: str | None = None
    slogan: str | None = None
    tok: int = 0  # token index of the cue
    count: int | None = None  # a plural mention's number (`6 ورش عمل`)
    pointed: bool = False  # after a demonstrative (`هذه الدورة`)
    cue: str = ""  # the cue word, folded, without article or plural (`حفل`, `ceremony`)
    opened: bool = False  # its proceedings are what the sentence reports (`افتتح ... أعمال الملتقى`)
    organized: bool = False  # a verb of organizing before it in its sentence (`نظمت الوزارة دورة`)
    held: bool = False  # a verb of holding a few words before it (`ستعقد الوزارة ... المؤتمر`, `will host the`)
    quoted: tuple[int, int] | None = None  # char offsets of its title or slogan, quotes included
    topic: str | None = None  # what it is about, unquoted (`ورشة عمل حول إدارة المخاطر`: `إدارة المخاطر`)
    conferred: bool = False  # a prize a verb of honouring gives (`كرم الوزير الفائزين بجائزة التميز`): an award of its own
    verb: bool = False  # a visit told by its verb alone (`زار الوزير مستشفى ...`), named by the place visited
    ceremony: bool = False  # its opening or closing ceremony named before it (`حفل افتتاح مهرجان`): `الحفل` is its
    general: bool = False  # in the plural, told of in general: as a habit, over a year or by a verbal noun (`بشكل دوري`)


def _bodies_before_cues(mentions: list[_Mention], tk: Tokens, orgs: list[tuple[int, int]]) -> None:
    """Leave out of an English mention, in place, the body before a plain cue word (`the Arab League summit`:
    the ORG stays, the mention is `summit`); the event keeps its whole name."""
    for m in mentions:
        cue = tk.starts[m.tok] if m.tok < len(tk) else m.start
        ends = [b for a, b in orgs if m.start <= a and b <= cue]
        if ends and tk.text[cue].islower():
            m.start = _SPACES.match(tk.text, max(ends)).end()


_SPACES = re.compile(r"\s*")


@functools.cache
def _stop_ar() -> frozenset[str]:
    return folded_set("stop_ar") - frozenset(_ORDINALS)


@functools.cache
def _people_ar() -> frozenset[str]:
    """Titles and the first words of roles (`السفير`, `الوزير`): after an event's definite cue such a
    word begins the next phrase (استقبل خلال اللقاء السفير), never the event's name."""
    return folded_set("titles_ar") | frozenset(w.split()[0] for w in folded_set("roles_ar"))


def _mentions_ar(tk: Tokens) -> list[_Mention]:
    out = []
    words = tk.words
    n = len(words)
    cues = with_clitics(_CUE_WORDS)
    opened_at = -1  # the cue of an event whose opening or closing ceremony was just named
    for i in [i for i, w in enumerate(words) if w in cues]:
        hit = cues[words[i]]
        type_, plural, needs = _CUES_AR[hit[1]]
        j = i + 1
        if needs is not None:
            if j >= n or strip_clitic(words[j], frozenset(needs)) is None:
                if not (type_ == "training_course" and hit[1].startswith("ال")):
                    continue
                # الدورة alone: only as a reference to a known course, unless held for trainees in its sentence
                type_ = "training_course" if _course_held_for_trainees(tk, i) else "training_course?"
            else:
                j += 1
        needed_definite = needs is not None and j == i + 2 and words[i + 1].startswith("ال")
        if hit[1] in ("معرض", "المعرض") and i > 0 and words[i - 1] in ("في", "وفي"):
            continue  # في معرض حديثه, وفي معرض تعليقه: "in the course of"
        if hit[1] in _OCCASIONS and out and out[-1].tok == i - 1 and out[-1].end > tk.starts[i]:
            continue  # بطولة كأس الأمير ...: the cup names the championship already read
        if _idiom(type_, words, i):
            continue
        if hit[1] in _CEREMONY and _opens_or_closes_event(tk, j, cues):
            opened_at = j + 1  # حفل افتتاح مهرجان الرياض, الحفل الختامي للملتقى: the festival's opening, no event of its own
            continue
        if hit[1] in _SIGNED_ONLY and not _signed_before_ar(tk, i):
            continue  # ضمن اتفاقيات التعاون: agreements told of, no signing
        if type_ == "launch" and i > 0 and words[i - 1] in _SINCE_AR:
            continue  # منذ إطلاق رؤية 2030: a time long past, no launch the release reports
        if type_ not in _CONVENED and _called_for(_CALLED_FOR_AR, tk.text, tk.starts[i], definite=hit[1].startswith("ال")):
            continue  # دعا إلى عقد مؤتمر دولي للسلام: an event proposed, none held
        after = words[j] if j < n else ""
        if hit[1] in _CAMPAIGN:
            if out and out[-1].end > tk.starts[i] or after in _NOT_CAMPAIGN:
                continue  # إطلاق الحملة القومية: the launch already read names the campaign; حملة أمنية: a crackdown
            type_ = _campaign_type(tk, i, _name_end_ar(tk, j, definite=hit[1].startswith("ال")))
        named = _named_event_ar(tk, i)
        if named:
            type_ = named[0]  # مبادرة مستقبل الاستثمار: a conference, whoever launched it
        elif hit[1] in _INITIATIVE:
            if out and out[-1].end > tk.starts[i]:
                continue  # إطلاق المبادرة الوطنية ...: the launch already read names the initiative
            end = _name_end_ar(tk, j, definite=hit[1].startswith("ال"))
            if _told_of(tk, i) or hit[1].startswith("ال") and end == j:
                continue  # في إطار مبادرة ..., بهذه المبادرة, دعم المبادرة: an initiative told of, no launch
            since = out[-1].tok if out and out[-1].sent == tk.sent[i] else 0  # not past another event
            if _campaign_type(tk, i, end, reach=_SENTENCE, launch=_LAUNCH_IT_AR, since=since) != "launch":
                continue  # نفذت الجمعية مبادرة, انطلقت المبادرة: none the release launches
        opened = type_ in _OPENED_BY_LAUNCH or hit[1] in _FESTIVAL
        if out and out[-1].tok == i - 1 and out[-1].type == "launch" and (out[-1].end <= tk.starts[i] or opened) and not hit[0]:
            out.pop()  # إطلاق مبادرة وطنية, إطلاق برنامج تدريبي: what is launched names the launch
            type_ = type_ if opened else "launch"  # تدشين معرض الكتاب, تدشين مهرجان: the exhibition, the festival opened
        if type_ in ("conference", "lecture") and j < n and words[j] in _PRESS:
            type_ = "other"  # مؤتمر صحفي, ندوة صحفية: a press conference
        pointed = i > 0 and words[i - 1] in _DEMONSTRATIVE
        definite = hit[1].startswith("ال") or pointed or hit[1] in _POSSESSED
        if type_ == "other" and _held_to_honour(tk, j):
            type_ = "award"  # حفل تكريم الفائزين, حفلا لتكريم الفائزين, الحفل الذي أقامته الغرفة لتكريم: an award ceremony
        j = _name_end_ar(tk, named[1] if named else j, definite=hit[1].startswith("ال") or bool(named))
        # the word it needs with the article, and no more, makes it definite (`مذكرتا التفاهم`; not `مذكرة التفاهم
        # الموقعة بين الوزارتين العام الماضي`, another one told of)
        definite = definite or needed_definite and j == i + 2
        if type_ == "visit":  # زيارته للعراق, زيارة الكويت: the place visited is the location, no part of the name
            j = next((k for k in range(i + 1, j) if words[k].startswith("ل") or words[k] in _place_words()), j)
        if type_ == "training_course?" and j > i + 1:
            continue  # البرنامج التنفيذي, الدورة الخامسة للجنة: another programme or session, no course
        start = tk.starts[i] + hit[0]
        end = tk.ends[j - 1]
        name = tk.text[start:end]
        if hit[1].startswith("ال") and not name.startswith("ال"):
            name = "ا" + name  # للمعرض -> المعرض
        cue = hit[1][2:] if hit[1].startswith("ال") else hit[1]
        # a count names several events in the singular too (`150 برنامجا تدريبيا`, `15 دورة`): no one event
        # (but a year, `2026 مهرجان`, or a number before `و`, `للفوج 37 وزيارة`)
        number = int(words[i - 1]) if i > 0 and words[i - 1].isdigit() else 0
        counted = not hit[0] and number >= 2 and not 1900 <= number <= 2100 and hit[1] not in _SIGNED_ONLY
        m = _Mention(type_, start, end, name, tk.sent[i], definite, plural or counted, tok=i, pointed=pointed, cue=cue)
        if number and (plural or counted):
            m.count = number
        elif plural:
            m.count = 2 if hit[1] in _DUALS else _count_before(tk, i, "ar")  # ورشتي عمل, ثلاث ورش عمل
        elif hit[1] in _AGREEMENT_DUALS:
            m.count = 2  # وقعت الوزارة اتفاقيتين: one signing of two agreements
        elif hit[1] in _SIGNED_ONLY:
            m.count = number or _count_before(tk, i, "ar")  # وقعت الهيئة ثلاث اتفاقيات
        m.ceremony = i == opened_at
        m.general = plural and (_habitual(tk, i, "ar") or _held_by_noun(tk, i))
        m.opened = _proceedings_of(tk, i)
        m.conferred = type_ == "award" and honoured_before(words, i)  # كرم الوزير الفائزين بجائزة التميز
        m.organized = _organized_before(tk, i)
        m.held = m.organized and _held_before(tk, i)
        _attach_title(m, tk.text, "ar")
        if m.quoted is None and type_ in _ABOUT_SOMETHING:
            m.topic = _topic_ar(tk, j)
        out.append(m)
    out += _visits_by_verb_ar(tk, out)
    return sorted(out + _meetings_by_verb_ar(tk, out), key=lambda m: m.start)


_SINCE_AR = frozenset(fold_key(w) for w in "منذ ومنذ".split())

# words that tell of events held as a habit or counted over a year (`تنظم الوزارة دورات تدريبية بشكل دوري`, `نفذت
# الإدارة خلال العام الماضي ...`, `holds workshops regularly`), no events the release reports; Arabic folded
_HABITUAL = {
    "ar": re.compile(
        r"\b(?:بشكل|بصفه|بصوره) (?:دوري|دوريه|منتظم|مستمر)\b|\b(?:دوريا|سنويا|شهريا|اسبوعيا|بانتظام|باستمرار)\b"
        r"|\bكل (?:عام|سنه|شهر|اسبوع)\b|\bعلي مدار (?:العام|السنه)\b|\b(?:خلال|منذ بدايه) (?:ال)?عام\b|\bالعام الماضي\b"
        r"|\bحتي الان\b"
    ),
    "en": re.compile(
        r"\b(?:regularly|periodically|annually|every (?:year|month|week)|each year|throughout the year|so far|"
        r"since the (?:start|beginning)|last year|this year|(?:during|over) the (?:past|last) year|in (?:19|20)\d\d(?! [A-Z]))\b",
        re.I,
    ),
}


def _habitual(tk: Tokens, i: int, lang: str) -> bool:
    """Whether the sentence of token `i` tells of events held as a habit or over a year (`_HABITUAL`)."""
    if i >= len(tk):
        return False
    span = _sentence_tokens(tk, i)
    sentence = " ".join(tk.words[span.start : span.stop]) if lang == "ar" else tk.text[tk.starts[span.start] : tk.ends[span.stop - 1]]
    return _HABITUAL[lang].search(sentence) is not None


# verbal nouns of holding, and the verbs of `تم عقد`: events told of as something done, not reported held
_HOLDING_NOUNS_AR = frozenset(fold_key(w) for w in "تنظيم إقامة اقامة".split())
_DONE_AR = frozenset(fold_key(w) for w in "تم يتم سيتم وتم ويتم".split())


def _held_by_noun(tk: Tokens, i: int, reach: int = 12) -> bool:
    """Whether the nearest verb of holding before cue `i` in its sentence is a verbal noun (`من خلال إقامة الدورات`,
    `وتنظيم دورات`, `تم عقد عدة دورات`), or there is none."""
    for k in range(i - 1, max(-1, i - reach - 1), -1):
        if tk.sent[k] != tk.sent[i]:
            break
        hit = strip_clitic(tk.words[k], _HOLD_VERBS_AR)
        if hit is not None:
            return hit[1] in _HOLDING_NOUNS_AR or k > 0 and tk.words[k - 1] in _DONE_AR
    return True


def _count_before(tk: Tokens, i: int, lang: str, start: int | None = None) -> int | None:
    """The number written in the word right before an event's cue at token `i` (English: before char `start`, where
    its name begins) in its sentence, in figures or words (`ثلاث ورش عمل`, `three training courses`), else None;
    no year (`2024 workshops`)."""
    k = i - 1 if start is None else tk.index_at(start)
    k = k if k < i and tk.words[k][:1].isdigit() else k - 1 if start is not None else k  # `4 lectures` in its name
    if k < 0 or i >= len(tk) or tk.sent[k] != tk.sent[i]:
        return None
    number = parse_number(tk.text[tk.starts[k] : tk.ends[k]], lang=lang)
    return int(number) if number is not None and number == int(number) and 2 <= number < 1900 else None


# a ceremony that opens or closes an event of a cue word (`حفل افتتاح مهرجان الرياض للتسوق`, `حفل ختام ملتقى الشباب`,
# `احتفال تدشين المعرض`) is a part of that event, one record, whose mention follows
_CEREMONY = frozenset(fold_key(w) for w in "حفل الحفل حفلا احتفال الاحتفال احتفالا".split())
_OPENING_OR_CLOSING = frozenset(fold_key(w) for w in "افتتاح اختتام ختام تدشين انطلاق".split())
_OPENING_OR_CLOSING_ADJ = frozenset(fold_key(w) for w in "الافتتاحي الافتتاحية الختامي الختامية".split())


def _opens_or_closes_event(tk: Tokens, j: int, cues: dict[str, tuple[int, str]]) -> bool:
    """Whether the ceremony whose cue ends before token `j` is the opening or the closing of the event whose cue
    follows: in construct (`حفل افتتاح مهرجان`, `حفل ختام الملتقى`) or after an adjective with `ل` (`الحفل الختامي
    لبطولة المملكة`)."""
    if j + 1 >= len(tk) or tk.sent[j + 1] != tk.sent[j - 1]:
        return False
    nxt = cues.get(tk.words[j + 1])
    needs = _CUES_AR[nxt[1]][2] if nxt else None
    if nxt is None or needs and (j + 2 >= len(tk) or strip_clitic(tk.words[j + 2], frozenset(needs)) is None):
        return False  # حفل ختام الدورة الرياضية: a cue word with no event (`دورة` needs `تدريبية`), the ceremony stays
    if tk.words[j] in _OPENING_OR_CLOSING:
        return not nxt[0]
    return tk.words[j] in _OPENING_OR_CLOSING_ADJ and tk.words[j + 1][:1] == "ل"


def _held_to_honour(tk: Tokens, j: int) -> bool:
    """Whether the ceremony whose cue ends before token `j` is held to honour: `تكريم` right after it (`حفل تكريم
    الفائزين`, `حفلا لتكريم`), or at the end of the relative clause after it (`الحفل الذي أقامته الغرفة التجارية
    بالرياض لتكريم رواد الأعمال`), no punctuation between."""
    honouring = (_HONOURING, "ل" + _HONOURING)
    if j >= len(tk) or tk.words[j] in honouring:
        return j < len(tk)
    if tk.words[j] not in _WHICH:
        return False
    for k in range(j + 1, min(j + 10, len(tk))):
        if tk.sent[k] != tk.sent[j] or not tk.words[k][0].isalpha():
            return False
        if tk.words[k] in honouring:
            return True
    return False


def _named_event_ar(tk: Tokens, i: int) -> tuple[str, int] | None:
    """The type of the named event whose first word, a cue of another type, is token `i` (`مبادرة مستقبل الاستثمار`,
    a conference) and the token after its name, else None."""
    for name, type_ in _NAMED_EVENTS_AR.items():
        words = name.split()
        k = i + len(words)
        if k <= len(tk) and strip_clitic(tk.words[i], frozenset(words[:1])) and tk.words[i + 1 : k] == words[1:]:
            return type_, k
    return None
# the events whose launch is their opening (`تدشين معرض الكتاب`, `the launch of the Dubai Airshow`): one of their type;
# any other launched (`إطلاق برنامج تدريبي`, `the launch of a training programme`) is a launch named by it
_OPENED_BY_LAUNCH = frozenset({"summit", "conference", "forum", "exhibition"})
_FESTIVAL = frozenset(fold_key(w) for w in "مهرجان مهرجانا المهرجان".split())  # so is a festival, of type `other`
# the cues that, as a festival's, take a noun in construct as their name (`حفل قادة المستقبل`, `مؤتمر طب الطوارئ`)
_NAMED_IN_CONSTRUCT = frozenset(fold_key(w) for w in "حفل مسابقة مؤتمر ملتقى منتدى معرض".split())

# a call or a proposal to hold an event (`دعا إلى عقد مؤتمر دولي`, `طالبت بعقد قمة طارئة`, `اقترح تنظيم ملتقى`,
# `called for an international peace conference`, `urged the convening of a meeting`): none the release reports held.
# Without a verb of holding, only before an event with no article (`دعا إلى مؤتمر دولي`; not `دعا الجمهور إلى
# المهرجان`, an invitation to one held)
_CALL_AR = (
    r"(?<!\w)[وف]?(?:دعا|دعت|دعوا|يدعو|تدعو|يدعون|ال?دعوة|دعوته|دعوتها|دعوتهم|داعيا|داعية|داعين|طالب|طالبت|طالبوا|يطالب|"
    r"تطالب|يطالبون|مطالبا|مطالبة|مطالبين|ال?مطالبة|حث|حثت|يحث|تحث)"
)
_PROPOSE_AR = r"(?<!\w)[وف]?(?:اقترح|اقترحت|يقترح|تقترح|مقترحا|ال?اقتراح)"  # the verb of holding is its object
_CONVENE_AR = r"(?:عقد|انعقاد|تنظيم|[إا]قامة|استضافة)"
_CALLED_FOR_AR = re.compile(
    rf"(?:{_CALL_AR}(?:\s+[^\s.؛:]+){{0,8}}?\s+(?:(?:إلى|الى|على)\s+{_CONVENE_AR}|[بل]{_CONVENE_AR}|(?P<bare>إلى|الى))"
    rf"|{_PROPOSE_AR}(?:\s+[^\s،.؛:]+){{0,4}}?\s+[بل]?{_CONVENE_AR})\s+$"
)
# a meeting someone calls is one they convene (`دعا إلى اجتماع لكبار الوزراء اليوم السبت`), and an invitation to visit
# stays a visit
_CONVENED = frozenset({"meeting", "visit"})
_CALLED_FOR_EN = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing)|propos(?:ed|es|ing)|suggest(?:ed|s|ing)?|demand(?:ed|s|ing)?)\s+"
    r"(?:(?:the\s+)?(?:holding|convening|convention|organi[sz]ing|staging)(?:\s+of)?\s+(?:(?:an?|the)\s+)?|(?P<bare>an?\s+))"
    r"(?:[\w\-]+\s+){0,3}$",
    re.I,
)


def _called_for(pattern: re.Pattern[str], text: str, start: int, *, definite: bool) -> bool:
    """Whether the event mentioned at `start` is one called for or proposed, not held (`pattern`: the language's)."""
    found = pattern.search(text, max(0, start - 120), start)
    return found is not None and not (found.group("bare") and definite)
# a cue with a possessive pronoun names an event already told of (`ويختتم الوزير زيارته غدا`)
_POSSESSED = frozenset(fold_key(w) for w in "زيارته زيارتها زيارتهم جلسته جلستها اجتماعه اجتماعها اجتماعهم اجتماعهما".split())
_WHICH = frozenset(fold_key(w) for w in "التي الذي".split())
_CAMPAIGN = frozenset(fold_key(w) for w in "حملة الحملة".split())
_INITIATIVE = _LAUNCHED_ONLY
# campaigns of force or of an election: no event a release holds
_NOT_CAMPAIGN = frozenset(
    fold_key(w)
    for w in "أمنية الأمنية عسكرية العسكرية انتخابية الانتخابية اعتقالات الاعتقالات اعتقال مداهمات المداهمات جوية الجوية "
    "قصف القصف تطهير عنيفة شرسة ممنهجة مسعورة تحريض التحريض".split()
)


def _verbs_ar(past: str, present: str, nouns: str = "") -> frozenset[str]:
    """Folded forms of a verb: its past, its present (`يطلق`, `تطلق`, `نطلق`) and the future of each present
    with `س` (`سيطلق`, `ستدشن`: a release announcing a launch to come), and its verbal nouns."""
    return frozenset(fold_key(w) for w in (*past.split(), *present.split(), *("س" + w for w in present.split()), *nouns.split()))


# the verbs of launching that take what is launched as object, and those of setting off (`انطلق`), which launch
# a campaign but no initiative
_LAUNCH_IT_AR = _verbs_ar("أطلق أطلقت دشن دشنت", "يطلق تطلق نطلق يدشن تدشن ندشن", "إطلاق تدشين")
_SET_OFF_AR = _verbs_ar("انطلق انطلقت", "ينطلق تنطلق", "انطلاق")
_LAUNCH_VERBS_AR = _LAUNCH_IT_AR | _SET_OFF_AR
_CARRY_OUT_AR = _ORGANIZE_AR | frozenset(fold_key(w) for w in "ينفذ تنفذ ستنفذ بدأ بدأت تواصل يواصل تواصلت".split())


_SENTENCE = 60  # tokens: as far back as the sentence goes
# words before an initiative that tell of one already under way (`ضمن مبادرة`, `في إطار المبادرة`, `تنفيذا لمبادرة`)
_UNDER_WAY = frozenset(fold_key(w) for w in "ضمن إطار اطار مظلة خلال عبر بموجب تنفيذا تنفيذ دعما وفق في من مع حول".split())


def _signed_before_ar(tk: Tokens, i: int) -> bool:
    """Whether the agreements in the plural at cue `i` are the object of a verb of signing a few words before them
    (`وقعت الهيئة اليوم 7 اتفاقيات`), not of a signing told as a noun (`توقيع اتفاقيات`) nor after a preposition
    (`ضمن اتفاقيات`)."""
    if i == 0 or tk.words[i - 1] in _stop_ar():
        return False
    return any(tk.sent[k] == tk.sent[i] and strip_clitic(tk.words[k], _SIGN_AR) for k in _words_back(tk, i, 8))


def _told_of(tk: Tokens, i: int) -> bool:
    """Whether the initiative at token `i` is one told of: after a preposition, a word of being part of it or a
    demonstrative (`بهذه المبادرة`), or with a clitic preposition (`بمبادرة`, `لمبادرة`)."""
    written = tk.text[tk.starts[i] : tk.ends[i]]
    before = tk.words[i - 1] if i > 0 else ""
    return written.startswith(("ب", "ل", "ك")) or before in _UNDER_WAY or bool(strip_clitic(before, _DEMONSTRATIVE))


def _campaign_type(
    tk: Tokens, i: int, j: int, reach: int = 8, launch: frozenset[str] = _LAUNCH_VERBS_AR, since: int = 0
) -> str:
    """The type of a campaign at cue `i`, its name ending at token `j`, by the nearest verb before it in its
    sentence or the verb of `التي` after it: `launch` when it is launched (`أطلقت وزارة الصحة اليوم الحملة القومية
    للتطعيم`), `other` when carried out (`نفذت البلدية حملة`, `الحملة ... التي نفذت خلال`), else `other?`: a
    reference to a campaign told of (`خلال الحملة`), no event of its own. `reach`: how many words back a verb is
    read, the words of its day not counted (`سيدشن الوزير يوم الأحد 12 مايو 2024 حملة`); `launch`: the verbs that
    launch it (a verb of launching not among them gives `other?`); `since`: the first token read."""
    which = next((k for k in range(j, min(j + 4, len(tk) - 1)) if tk.words[k] in _WHICH), None)  # ضد الكوليرا التي
    after = [which + 1] if which is not None else []
    for k in after + _words_back(tk, i, reach, since):
        if tk.sent[k] != tk.sent[i]:
            break
        if strip_clitic(tk.words[k], _LAUNCH_VERBS_AR):
            return "launch" if strip_clitic(tk.words[k], launch) else "other?"
        if strip_clitic(tk.words[k], _CARRY_OUT_AR):
            return "other"
    return "other?"


def _words_back(tk: Tokens, i: int, reach: int, since: int = 0) -> list[int]:
    """The tokens before token `i`, the nearest first, back to `since` and as far as `reach` words that tell no
    time: the day of an event announced (`يوم الأحد المقبل`, `غدا`, `12 مايو 2024`) stands between its verb and
    its object."""
    out = []
    k = i - 1
    while k >= since and reach > 0:
        out.append(k)
        reach -= not _time_word(tk.words[k])
        k -= 1
    return out


def _time_word(w: str) -> bool:
    """Whether a folded word tells a day or a time (`يوم`, `الأحد`, `المقبل`, `مايو`, `2024`)."""
    return w.isdigit() or w in _TIME_WORDS_AR or w in _month_and_weekday_words()


_TIME_WORDS_AR = _TIME_AR | frozenset(fold_key(w) for w in "يوم يومي صباح مساء الأسبوع الشهر الموافق م هـ".split())


# the verbs that tell a visit with no noun of it (`زار وزير الصحة اليوم مستشفى الملك فهد العام بجدة`, `تفقد سمو
# أمير المنطقة ...`); but `زار`, `زارت`, each a form of another verb too (`يزور`: forges, `تفقد`: she loses), with
# someone who visits beside them (`تفقد معالي الوزير`, `أمير المنطقة يزور`)
_VISIT_VERBS_AR = _verbs_ar("زار زارت تفقد تفقدت", "يزور تزور يتفقد تتفقد")
_PLAIN_VISIT_AR = frozenset(fold_key(w) for w in "زار زارت".split())
_VISITORS_AR = frozenset(fold_key(w) for w in "صاحب فخامة دولة رئيس الرئيس نائب وفد الوفد سموه معاليه".split())
# words a few before the verb that make it a past visit told of (`الذي زار`, `سبق أن زار`, `قال إن الوزير زار`)
# or a visit of someone's life, or one that may be (`أول وزير يزور`, `إذا زار`)
_TOLD_OF_AR = frozenset(
    fold_key(w) for w in "الذي التي الذين اللذين سبق قد كان كانت عندما حين حينما لما منذ إن أن أنه أنها بعدما أول إذا لو".split()
)
# words after the verb in its clause that date the visit in the past (`زار بغداد في مايو الماضي`)
_PAST_AR = frozenset(fold_key(w) for w in "الماضي الماضية السابق السابقة".split())


def _visits_by_verb_ar(tk: Tokens, mentions: list[_Mention]) -> list[_Mention]:
    """The visits told by a verb of visiting alone (`زار وزير الصحة اليوم مستشفى الملك فهد العام`), in a sentence
    that mentions no event (`زار ... في زيارة تفقدية`: the noun names it), unless told of as past (`الذي زار`, `قال إن
    الوزير زار بغداد في مايو الماضي`)."""
    told = {m.sent for m in mentions}
    out = []
    verbs = with_clitics(_VISIT_VERBS_AR)
    for i in [i for i, w in enumerate(tk.words) if w in verbs]:
        hit = verbs[tk.words[i]]
        if tk.sent[i] in told or not _visitor_beside(tk, i, hit[1]) or _told_of_visit(tk, i):
            continue
        m = _Mention("visit", tk.starts[i] + hit[0], tk.ends[i], "زيارة", tk.sent[i], False, False, tok=i, cue="زيارة", verb=True)
        told.add(m.sent)
        out.append(m)
    return out


def _visitor_beside(tk: Tokens, i: int, verb: str) -> bool:
    """Whether the verb of visiting at token `i` has someone who visits beside it: any for `زار`, else a title or
    a role right after it (the day between) or a few words before it."""
    if verb in _PLAIN_VISIT_AR:
        return True
    people = _people_ar() | _VISITORS_AR
    k = i + 1
    while k < len(tk) and tk.sent[k] == tk.sent[i] and _time_word(tk.words[k]):
        k += 1
    if k < len(tk) and tk.sent[k] == tk.sent[i] and tk.words[k] in people:
        return True
    return any(tk.words[b] in people for b in range(max(0, i - 4), i) if tk.sent[b] == tk.sent[i])


def _told_of_visit(tk: Tokens, i: int) -> bool:
    """Whether the verb of visiting at token `i` tells of a past visit: after a relative, `سبق`, `قد`, `إن` a few
    words before it in its clause, with `الماضي` after it in its clause, or in quotes (a title: `«أوباما يزور
    أفريقيا»`)."""
    start = tk.starts[i]
    if tk.text.count("«", max(0, start - 200), start) > tk.text.count("»", max(0, start - 200), start):
        return True
    for k in range(i - 1, max(-1, i - 7), -1):
        w = tk.words[k]
        if tk.sent[k] != tk.sent[i] or not w[0].isalpha():
            break
        if strip_clitic(w, _TOLD_OF_AR):
            return True
    k = i + 1
    while k < len(tk) and tk.sent[k] == tk.sent[i] and tk.words[k][0].isalpha():
        if tk.words[k] in _PAST_AR:
            return True
        k += 1
    return False


# the verbs that tell a meeting with no noun of it: meeting someone (`التقى وزير الطاقة نظيره الروسي`), receiving a
# guest, as agencies tell an audience (`استقبل أمير منطقة الرياض في مكتبه اليوم سفير اليابان`), and meeting with
# someone (`اجتمع وزير الخارجية مع نظيره`, `اجتمع بوفد`; not a body convening, `اجتمع مجلس الإدارة`, told by its noun)
# the verbs of receiving a guest, whose subject hosts the meeting (`استقبل وزير الصحة ...`)
_RECEIVE_VERBS_AR = _verbs_ar("استقبل استقبلت", "يستقبل تستقبل")
_MEET_VERBS_AR = _verbs_ar("التقى التقت", "يلتقي تلتقي") | _RECEIVE_VERBS_AR
_MEET_WITH_VERBS_AR = _verbs_ar("اجتمع اجتمعت", "يجتمع تجتمع")
# whom one meets, beside the titles and roles (`نظيره الروسي`, `وفدا`, `سفير`)
_GUESTS_AR = frozenset(fold_key(w) for w in "نظيره نظيرته نظيرها نظيريه نظراءه وفدا وفود سفراء".split())
_WITH_AR = frozenset(fold_key(w) for w in "مع ومع".split())


def _meetings_by_verb_ar(tk: Tokens, mentions: list[_Mention]) -> list[_Mention]:
    """The meetings told by a verb of meeting or receiving alone (`التقى وزير الطاقة الأمير عبدالعزيز بن سلمان نظيره
    الروسي`, `استقبل أمير المنطقة ... سفير اليابان`), in a sentence that mentions no event, between people (a title,
    a role or a counterpart on each side: not `استقبل المستشفى 500 مراجع`), and not told of as past (`سبق أن التقى`),
    nor in a match report (`التقى الفريقان`)."""
    told = {m.sent for m in mentions}
    out = []
    meet, meet_with = with_clitics(_MEET_VERBS_AR), with_clitics(_MEET_WITH_VERBS_AR)
    for i in [i for i, w in enumerate(tk.words) if w in meet or w in meet_with]:
        hit = meet.get(tk.words[i]) or meet_with[tk.words[i]]
        if tk.sent[i] in told or _told_of_visit(tk, i) or _in_a_game(tk, i):
            continue
        if hit[1] in _MEET_WITH_VERBS_AR and not _with_someone(tk, i):
            continue
        if _people_around(tk, i) < 2:
            continue
        start = tk.starts[i] + hit[0]
        m = _Mention("meeting", start, tk.ends[i], tk.text[start : tk.ends[i]], tk.sent[i], False, False, tok=i, cue="لقاء", verb=True)
        told.add(m.sent)
        out.append(m)
    return out


def _sentence_tokens(tk: Tokens, i: int) -> range:
    """The tokens of the sentence of token `i`."""
    return range(bisect.bisect_left(tk.sent, tk.sent[i]), bisect.bisect_right(tk.sent, tk.sent[i]))


@functools.cache
def _people_met_ar() -> frozenset[str]:
    """The titles, roles and words for guests that stand on either side of a verb of meeting."""
    return _people_ar() | _VISITORS_AR | _GUESTS_AR


def _people_around(tk: Tokens, i: int) -> int:
    """How many titles, roles and counterparts stand in the clause of the verb at token `i`: after it, and the subject
    a few words before it (`وزير الخارجية يلتقي نظيره`)."""
    people = _people_met_ar()
    found = sum(1 for b in range(max(0, i - 4), i) if tk.sent[b] == tk.sent[i] and tk.words[b] in people)
    honorifics = 0
    for k in _sentence_tokens(tk, i):
        if k <= i:
            continue
        w = tk.words[k]
        if not w[0].isalnum() and w not in ("-", "(", ")") or w in _WHO:
            break  # the clause ends, or a relative clause begins (`عددا من الأهالي الذين بادلهم سموه التهاني`)
        if w in _HONORIFIC_PRONOUNS:
            honorifics += 1  # one person, however often named so
            continue
        found += w in people or strip_clitic(w, people) is not None and w[0] in "بو"
    return found + min(honorifics, 1)


_WHO = frozenset(fold_key(w) for w in "الذين الذي التي اللذين اللتين اللواتي".split())
# a pronoun of honour for the one who meets (`سموه`, `معاليه`): the subject, never a second party
_HONORIFIC_PRONOUNS = frozenset(fold_key(w) for w in "سموه معاليه سعادته فخامته جلالته".split())


def _with_someone(tk: Tokens, i: int) -> bool:
    """Whether the verb of meeting at token `i` meets with someone in its clause: `مع`, or `ب` on a title, a role or
    a counterpart (`اجتمع بنظيره`, `اجتمع بوفد`)."""
    people = _people_met_ar()
    for k in _sentence_tokens(tk, i):
        if k <= i or k > i + 15:
            continue
        w = tk.words[k]
        if not w[0].isalnum():
            return False
        if w in _WITH_AR or w.startswith("ب") and w[1:] in people:
            return True
    return False


def _in_a_game(tk: Tokens, i: int) -> bool:
    """Whether the verb at token `i` tells of a match: a team as the party right after it, its day between, or right
    before it (`يلتقي الفريق نظيره`, `ويلتقي منتخبنا الوطني`, `ويستقبل الاتحاد ضيفه`); words of a football report in
    its sentence (`التقى الهلال بالنصر في المباراة`); or a league, with no one of a title or a role right after it
    (`والتقى الهلال نظيره النصر ضمن الجولة الثالثة من الدوري`; not `التقى وزير الرياضة رؤساء أندية الدوري`)."""
    k = i + 1
    while k < len(tk) and tk.sent[k] == tk.sent[i] and _time_word(tk.words[k]):
        k += 1
    if any(_team_at(tk, t, i) for t in (i - 1, k, k + 1)):
        return True
    span = _sentence_tokens(tk, i)
    if any(tk.words[t] in _GAME_WORDS for t in span):
        return True
    official = k < len(tk) and tk.words[k] in _people_met_ar()
    return not official and any(league_at(tk.words, t) for t in span)


def _team_at(tk: Tokens, k: int, verb: int) -> bool:
    """Whether token `k`, in the sentence of the verb at token `verb`, is a word of a team (`الفريق الأول`, `ضيفه`),
    not the rank `الفريق` before a name (`الفريق أول ركن فياض الرويلي`)."""
    if not 0 <= k < len(tk) or tk.sent[k] != tk.sent[verb] or strip_clitic(tk.words[k], _TEAMS) is None:
        return False
    if tk.words[k] not in _RANK_OR_TEAM:
        return True
    after = tk.words[k + 1] if k + 1 < len(tk) and tk.sent[k + 1] == tk.sent[k] else ""
    return after.startswith("ال") or after in _people_met_ar() or after in _TEAMS


_RANK_OR_TEAM = frozenset(fold_key(w) for w in "الفريق والفريق".split())


# a verb that holds, opens or closes what follows it (`تقام الدورة`, `وانطلقت الدورة`), and who a training course
# is for (`بمشاركة 45 موظفا`, `للمتدربين`)
_STAGED_AR = frozenset(
    fold_key(w)
    for w in "تقام يقام ستقام أقيمت أقيم تنطلق انطلقت ستنطلق تعقد عقدت ستعقد تنعقد انعقدت تبدأ بدأت تختتم اختتمت تستمر "
    "استمرت".split()
)
_TRAINEES_AR = frozenset(
    fold_key(w)
    for w in "متدرب متدربا متدربين متدربون متدربة متدربات المتدرب المتدربين المتدربون المتدربات موظفا موظفين موظفون "
    "موظفة موظفات الموظفين الموظفون الموظفات منتسبا منتسبين منتسبي".split()
)


def _course_held_for_trainees(tk: Tokens, i: int) -> bool:
    """Whether the bare `الدورة` at token `i` is a training course: a verb holding it right before, and trainees
    or staff after it in its sentence (`تقام الدورة على قاعة المركز الوطني للتطوير الإداري بمشاركة 45 موظفا`; not a
    tournament, `تقام الدورة بمشاركة 16 فريقا`)."""
    if i == 0 or tk.sent[i - 1] != tk.sent[i] or strip_clitic(tk.words[i - 1], _STAGED_AR) is None:
        return False
    k = i + 1
    while k < len(tk) and tk.sent[k] == tk.sent[i]:
        if strip_clitic(tk.words[k], _TRAINEES_AR):
            return True
        k += 1
    return False


_SINCE_EN = re.compile(r"\bsince\s+(?:the\s+|its\s+)?$", re.I)
_PROCEEDINGS_AR = frozenset(fold_key(w) for w in "أعمال فعاليات".split())
_ASIDE_AR = frozenset(fold_key(w) for w in "هامش خلال ضمن إطار اطار".split())  # على هامش أعمال القمة: beside it


def _proceedings_of(tk: Tokens, i: int) -> bool:
    """Whether the event of cue `i` is named as the proceedings someone opens, attends or closes
    (`افتتح ... أعمال الملتقى`, `شارك في فعاليات المؤتمر`), not as what something else happens beside."""
    if i < 2 or tk.sent[i - 2] != tk.sent[i] or strip_clitic(tk.words[i - 1], _PROCEEDINGS_AR) is None:
        return False
    return strip_clitic(tk.words[i - 2], _ASIDE_AR) is None


def _organized_before(tk: Tokens, i: int) -> bool:
    """Whether a verb of organizing comes before cue `i` in its sentence, with its subject between
    (`نظمت وزارة الشباب ... دورة تدريبية`, `ونظمت ...`)."""
    verbs = with_clitics(_ORGANIZE_AR)
    k = i - 2
    while k >= 0 and tk.sent[k] == tk.sent[i]:
        if tk.words[k] in verbs:  # (ونظمت)
            return True
        k -= 1
    return False


# after ل, what a meeting is held for (`الاجتماع التنسيقي لبحث الاستعدادات`), whom or what it is for (`لجميع
# العرسان`, `لهذه المناسبة`, `لموظفي الجهات الحكومية`, `لطلاب المدارس`): no part of its name
_NOT_IN_NAME_AFTER_L = frozenset(
    fold_key(w)
    for w in "بحث مناقشة استعراض متابعة تدارس مراجعة هذه هذا ذلك تلك هؤلاء جميع كل كافة بعض منسوبي منسوبات "
    "موظفي موظفات طلاب طلبة طالبات أعضاء عضوات معلمي معلمات منتسبي منتسبات العاملين".split()
)


def _genitive_with_l(tk: Tokens, k: int, stop: frozenset[str]) -> bool:
    """Whether token `k` is ل before an indefinite noun, and `k + 1` that noun's definite genitive, both of an
    event's name (`لطب الطوارئ`, `لمنع الجريمة`), not a pronoun's (`لمدينته الأم`) nor a time (`لكينيا اليوم`)."""
    w = tk.words[k]
    if w[0] != "ل" or w[1:] in _NOT_IN_NAME_AFTER_L or tk.definite(k) or k + 1 >= len(tk) or tk.sent[k + 1] != tk.sent[k]:
        return False
    written = tk.text[tk.starts[k] : tk.ends[k]]
    if written.endswith(("ه", "ها", "هم", "كم")):
        return False  # لمدينته: a noun with its pronoun takes no genitive
    return tk.definite(k + 1) and tk.words[k + 1] not in stop and tk.words[k + 1] not in CHAIN_ENDS


# verbs of holding an event (not of presenting one, `قدم`, which is also `foot`)
_HOLD_VERBS_AR = frozenset(w for w in _ORGANIZE_AR if "قدم" not in w)


def _held_before(tk: Tokens, i: int, reach: int = 12) -> bool:
    """Whether a verb of holding comes at most `reach` words before cue `i` in its sentence (`ستعقد الوزارة في
    الفترة من 15 إلى 17 ديسمبر المؤتمر الخليجي`)."""
    return any(strip_clitic(tk.words[k], _HOLD_VERBS_AR) for k in range(max(0, i - reach), i - 1) if tk.sent[k] == tk.sent[i])


def held_between(tk: Tokens, start: int, m: _Mention, *, lang: str) -> bool:
    """Whether a verb of holding the event of mention `m` stands between char `start` and `m`, in its sentence
    (`مذكرة تفاهم لإنشاء مجلس أعمال يعقد اجتماعه الأول`, `an agreement ... which will hold its first meeting`)."""
    if lang != "ar":
        return _ORGANIZE_EN.search(tk.text, start, m.start) is not None
    first = bisect.bisect_left(tk.starts, start)
    return any(tk.sent[k] == m.sent and strip_clitic(tk.words[k], _HOLD_VERBS_AR) for k in range(first, m.tok))


def _name_end_ar(tk: Tokens, j: int, *, definite: bool) -> int:
    """The end of an event's name: indefinite adjectives, then a definite construct chain."""
    stop = _stop_ar()
    words = tk.words
    n = len(words)
    start = j
    occasion = not definite and j + 1 < n and words[j] in _OCCASIONS and tk.definite(j + 1)
    placed = not definite and _place_after(tk, j)
    festival = not definite and not occasion and not placed and _festival_named(tk, j, stop)
    if festival:
        j = festival  # مهرجان تمور بريدة, مهرجان صيف الشرقية: a noun in construct, then a place or its chain
    elif occasion:
        j += 1  # حفل تخريج الفوج, بطولة كأس الأمير: the occasion's noun, then its chain (a title may open it)
    elif placed:
        j = placed  # ملتقى دبي الدولي للأمن, بطولة غرب آسيا لألعاب القوى: named after a place, then its chain
    elif not definite:
        if j < n and words[j] in _OCCASION_KINDS and tk.sent[j] == tk.sent[start - 1]:
            return j + 1  # حفل معايدة منسوبي الهيئة, حفل إفطار رمضاني: the noun of its occasion ends the name
        if j < n and words[j] in _KINDS and tk.sent[j] == tk.sent[start - 1]:
            j += 1  # اتفاقية شراكة, اتفاقية تعاون مشترك: the noun of its kind, then its adjectives
        accusative = words[start - 1].endswith("ا")  # مؤتمرا دوليا
        dual = strip_clitic(words[start - 1], _DUALS) is not None  # ندوتين علميتين
        while j < n and j - start < 2 and _adjective(words[j], stop, accusative, dual) and tk.sent[j] == tk.sent[start - 1] and not _of_l(tk, j) and not _with_pronoun(tk, j, start - 1):
            j += 1
        if any(w != "عمل" for w in words[start:j]):
            return j  # دورة تدريبية للموظفين: the adjectives close the name
    named = _named_after()
    k = j
    while k < n and k - j < 8 and tk.sent[k] == tk.sent[start - 1]:
        w = words[k]
        if k >= 2 and words[k - 1] in _ROYAL_TITLES and words[k - 2] in named and _royal_name_ar(tk, k) > k:
            k = _royal_name_ar(tk, k)  # كأس الأمير محمد بن سلمان, جائزة الملك فيصل: named after a person
            continue
        teen = w in ("عشر", "عشره") and words[k - 1] in _ORDINALS  # الخامس عشر
        if w in _TENS and k > j:
            k += 1  # الحادي والأربعين
            continue
        if (k > j or placed) and _genitive_with_l(tk, k, stop):
            k += 2  # المؤتمر الخليجي الثالث لطب الطوارئ: a genitive with ل and its definite noun
            continue
        if w in _ABOUT and k + 1 < n and words[k + 1].startswith("ب") and tk.sent[k + 1] == tk.sent[k]:
            k += 2  # الدورة التدريبية الخاصة بإعداد الموازنات العامة: what it is about, then its chain
            continue
        titled = w in _people_ar() and not (occasion and k == j or w in _ROYAL_TITLES and words[k - 1] in named)
        if w in stop or w in CHAIN_ENDS or w in _HELD_PARTICIPLES or not w[0].isalpha() or not (tk.definite(k) or teen) or titled:
            break
        if w[0] in "وف" and not (w[0] == "و" and words[k - 1].startswith("لل")) or w.startswith("بال"):
            break  # للنشر والكتاب goes on, a new phrase with و does not, nor one with ب (بالتعاون مع, بالرياض)
        if _for_people(tk, k):
            break  # جائزة المنتدى السعودي للإعلام للفائزين: whom it is given to, no part of its name
        if w in _TIME_OF_EDITION:
            break  # مهرجان أبها للتسوق للمرة الرابعة: how often it is held, no part of its name
        k += 1
    return k


_TIME_OF_EDITION = frozenset(fold_key(w) for w in "للمرة المرة".split())
# the people an event or a prize is for, after لل (`للفائزين`, `للمتدربين`): no part of its name
_RECIPIENTS_AR = frozenset(
    fold_key(w)[2:]
    for w in "الفائزين الفائزات المشاركين المشاركات المتدربين المتدربات الطلاب الطلبة الطالبات الموظفين الموظفات "
    "المتسابقين المتسابقات الخريجين الخريجات المكرمين المكرمات المتطوعين المتطوعات الحضور".split()
)


def _for_people(tk: Tokens, k: int) -> bool:
    """Whether token `k` is لل before people an event is for (`للفائزين`, `للمشاركين`), but for people its name
    describes by a plural adjective after them (`المؤتمر التاسع للطلبة السعوديين`)."""
    w = tk.words[k]
    if not w.startswith("لل") or w[2:] not in _RECIPIENTS_AR:
        return False
    if k + 1 >= len(tk) or tk.sent[k + 1] != tk.sent[k] or not tk.definite(k + 1):
        return True
    after = tk.words[k + 1]
    return not after.endswith(("ين", "ات")) or after[2:] in _RECIPIENTS_AR


# after an event's name: what it is about (`الخاصة بـ`), and where it is held (`المنعقد بقاعة`), no part of it
_ABOUT = frozenset(fold_key(w) for w in "الخاص الخاصة المتعلق المتعلقة".split())
_HELD_PARTICIPLES = frozenset(fold_key(w) for w in "المنعقد المنعقدة المقام المقامة".split())
# the noun of an agreement's or a session's kind after its indefinite cue (`اتفاقية شراكة`, `اتفاقية تعاون`, `جلسة
# مباحثات رسمية`)
_KINDS = frozenset(fold_key(w) for w in "شراكة تعاون توأمة تمويل مباحثات محادثات مشاورات".split())
# the nouns of a ceremony's occasion in construct after its cue, which end its name (`حفل معايدة لمنسوبيها`, `حفل
# إفطار رمضاني`, `حفل معايدة أهالي المحافظة`: `حفل معايدة`, `حفل إفطار`)
_OCCASION_KINDS = frozenset(
    fold_key(w) for w in "معايدة زفاف زواج عشاء غداء إفطار افطار سحور تخرج توديع وداع تأبين تابين".split()
)
_COMPASS = frozenset(fold_key(w) for w in "غرب شرق شمال جنوب وسط".split())


def _festival_named(tk: Tokens, j: int, stop: frozenset[str]) -> int:
    """The end of the noun in construct that names a festival after its indefinite cue, before a place or a definite
    word (`مهرجان تمور بريدة`, `مهرجان صيف الشرقية`, `مهرجان ربيع بريدة`), else 0; so for a ceremony, a competition,
    a conference, a forum or an exhibition, but a noun after a preposition (`حفل قادة المستقبل`, `مؤتمر طب
    الطوارئ`, `مسابقة تحدي القراءة`; not `حفلا لتكريم الفائزين`)."""
    n = len(tk)
    if j + 1 >= n or tk.sent[j + 1] != tk.sent[j - 1]:
        return 0
    festival = strip_clitic(tk.words[j - 1], _FESTIVAL) is not None
    if not festival and strip_clitic(tk.words[j - 1], _NAMED_IN_CONSTRUCT) is None:
        return 0
    w, after = tk.words[j], tk.words[j + 1]
    if not w[0].isalpha() or w in stop or w in CHAIN_ENDS or tk.definite(j) or _adjective(w, stop) or w[0] in "وف":
        return 0
    if not festival and (w[0] in "لبك" or w in _OCCASION_KINDS or w in _KINDS or after.startswith("لل")):
        return 0
    if not festival and tk.text[tk.starts[j] : tk.ends[j]].endswith(("ه", "ها", "هم")):
        return 0  # حفل نظمه النادي: a verb or a noun with its pronoun, no name
    if after in _one_word_places():
        return j + 2
    plain = after not in stop and after not in CHAIN_ENDS and not after.startswith(("وال", "فال", "بال"))
    return j + 1 if tk.definite(j + 1) and plain else 0


def _place_after(tk: Tokens, j: int) -> int:
    """The end of a one-word place at token `j` after an indefinite cue, in its sentence, with the point of the
    compass before it (`منتدى الدوحة`, `بطولة غرب آسيا`), else 0."""
    k = j + 1 if j < len(tk) and tk.words[j] in _COMPASS else j
    if k < len(tk) and tk.words[k] in _one_word_places() and tk.sent[k] == tk.sent[j - 1]:
        return k + 1
    return 0


@functools.cache
def _place_words() -> frozenset[str]:
    """The folded one-word Arabic forms of the gazetteer's places (`الكويت`, `دبي`)."""
    return frozenset(f for e in entries() if e.lang == "ar" and e.type == "LOC" and " " not in (f := fold_key(e.form)))


@functools.cache
def _one_word_places() -> frozenset[str]:
    """The folded one-word Arabic forms of the gazetteer's places without the article (`دبي`, `الدوحة` is
    definite and read as the chain), which would pass for nisba adjectives after a cue."""
    return frozenset(f for f in _place_words() if not f.startswith("ال"))


# nouns of an occasion in construct after an indefinite cue (`حفل تخريج`, `حفل افتتاح`, `بطولة كأس`)
_HONOURING = fold_key("تكريم")
_OCCASIONS = frozenset(fold_key(w) for w in "تخريج افتتاح اختتام ختام توقيع توزيع تسليم استقبال تكريم كأس".split())


@functools.cache
def _named_after() -> dict[str, tuple[int, str]]:
    """Forms of the nouns of what is named after a person with a royal title (`كأس الأمير محمد بن سلمان`,
    `جائزة الملك فيصل`, `مسابقة الملك عبدالعزيز`, `بطولة الأمير فيصل بن فهد`)."""
    return with_clitics(frozenset(fold_key(w) for w in "كأس جائزة مسابقة بطولة مهرجان".split()))
# the tens of a compound ordinal (`الحادي والأربعين`, `الخامسة والعشرين`)
_TENS = frozenset(
    fold_key("وال" + w + s)
    for w in "عشر ثلاث أربع خمس ست سبع ثمان تسع".split()
    for s in ("ين", "ون")
)


# nouns in alef maqsura, which fold as nisba adjectives do (`زيارة مستشفى الملك فهد`: no `زيارة مستشفى`)
_NOUNS_IN_ALEF_MAQSURA = frozenset(fold_key(w) for w in "مستشفى مبنى مقهى منتدى ملتقى مستوى مرمى مسعى مأوى مرسى مصلى".split())


def _adjective(w: str, stop: frozenset[str], accusative: bool = False, dual: bool = False) -> bool:
    if w in _NOUNS_IN_ALEF_MAQSURA:
        return False
    endings = ("يه", "ي", "يا") if accusative else ("يه", "ي")
    if dual:
        endings += ("يتين", "يتان", "يين", "يان")  # the nisba of a dual (`ندوتين علميتين`, `ملتقيين ثقافيين`)
    if w in _EVENT_PARTICIPLES or accusative and w.removesuffix("ا") in _EVENT_PARTICIPLES:
        return True  # دورة تدريبية متخصصة, ورشة عمل مشتركة
    return w[0].isalpha() and w not in stop and not w.startswith(("ال", "وال")) and (w.endswith(endings) or w == "عمل")


def _with_pronoun(tk: Tokens, j: int, head: int) -> bool:
    """Whether token `j` ends in `يه` written with the pronoun `ه`, not the `ة` of a nisba adjective that the text
    writes `ه` as the normalizer folds it (`زيارة ميدانيه`, `ندوه علميه`). After a feminine noun at token `head`
    the word is its adjective, but for a word with a clitic preposition (`محاضرة مصغرة بلاعبيه`: with his players),
    unless the noun is itself written with `ه`; after a masculine noun it has the pronoun."""
    if not tk.words[j].endswith("يه") or tk.text[tk.ends[j] - 1] != "ه":
        return False
    if tk.text[tk.ends[j] - 2] != "ي":
        return True  # قمة عطائه: the hamza on its seat before the pronoun, no nisba
    noun = tk.text[tk.ends[head] - 1]
    if noun not in "ةه":
        return True
    return tk.text[tk.starts[j]] in "بلك" and noun == "ة"


def _of_l(tk: Tokens, j: int) -> bool:
    """Whether token `j` is a noun after the preposition ل in construct with the definite noun after it, not an
    adjective in `ية` (`حملة توعوية لحماية العملاء`; but `شركة لبنانية`, `حملة وطنية للتطعيم`)."""
    w = tk.words[j]
    return w[0] == "ل" and not w.startswith("لل") and j + 1 < len(tk) and tk.definite(j + 1) and tk.sent[j + 1] == tk.sent[j]


# participles that describe an event after its cue as nisba adjectives do (`دورة تدريبية متخصصة في ...`)
_EVENT_PARTICIPLES = frozenset(
    fold_key(w) for w in "متخصصة متخصص مكثفة مكثف مشتركة مشترك موسعة موسع مصغرة متقدمة متقدم".split()
)
# the kinds of event told with what they are about (`ورشة عمل حول إدارة المخاطر`, `a workshop on risk management`)
_ABOUT_SOMETHING = frozenset({"training_course", "workshop", "lecture", "conference", "forum"})
# words after which an unquoted phrase is what an event is about; `في` only after `متخصصة` (`دورة متخصصة في`)
_TOPIC_CUES_AR = frozenset(fold_key(w) for w in "حول عن بعنوان".split())
_SPECIALIZED = frozenset(fold_key(w) for w in "متخصصة متخصص متخصصا المتخصصة المتخصص".split())
# nouns after `عن` that make it no topic (`عن بعد`, remote; `عن طريق`, by way of)
_NOT_TOPIC_AR = frozenset(fold_key(w) for w in "بعد طريق كثب قرب".split())


def _topic_ar(tk: Tokens, j: int) -> str | None:
    """What an event whose name ends at token `j` is about, unquoted, after `حول`, `عن`, `بعنوان` or `متخصصة في`:
    up to three nouns in construct and the definite chain after them (`حول إدارة المخاطر في ...`: `إدارة المخاطر`;
    `حول استخدام وسائل الإعلام الاجتماعي`), else None."""
    words = tk.words
    n = len(words)
    if j >= n or tk.sent[j] != tk.sent[j - 1]:
        return None
    cue = words[j]
    if cue not in _TOPIC_CUES_AR and not (cue == "في" and words[j - 1] in _SPECIALIZED):
        return None
    start = k = j + 1
    stop = _stop_ar()
    while k < n and k - start < 3 and tk.sent[k] == tk.sent[j] and _bare_noun(tk, k, stop):
        k += 1
    if k == start and (k >= n or not tk.definite(k)) or words[start] in _NOT_TOPIC_AR or words[start] in _place_words():
        return None
    if k - start == 3 and k < n and tk.sent[k] == tk.sent[j] and _bare_noun(tk, k, stop):
        return None  # a longer run of bare nouns: where the phrase ends is not told
    if k < n and tk.definite(k) and tk.sent[k] == tk.sent[j] and words[k] not in stop:
        k = _name_end_ar(tk, k, definite=True)
    return tk.span_text(start, k) if k > start else None


def _bare_noun(tk: Tokens, k: int, stop: frozenset[str]) -> bool:
    """Whether token `k` may be an indefinite noun in construct (`إدارة`, `استخدام`), no preposition, clitic
    preposition or particle (`بمشاركة`, `لموظفي`, `وذلك`)."""
    w = tk.words[k]
    return w[0].isalpha() and w not in stop and not tk.definite(k) and w[0] not in "بلف" and w not in CHAIN_ENDS


# when or (in Arabic) where an event is held, between its mention and its title (`ورشة عمل يوم الأربعاء المقبل
# بعنوان`, `محاضرة في الجامعة الأردنية بعنوان`, `a workshop next Wednesday titled`): skipped only when a cue of a
# title follows
_WHEN_BEFORE_TITLE = {
    "ar": re.compile(
        r"\s+(?:يوم|غدا|اليوم|صباح|مساء|خلال|في الفترة|(?:في\s+|ب)(?:ال)?(?:مقر|قاعة|فندق|مركز|مبنى|مسرح|جامعة|كلية|معهد"
        r"|مدرسة|مكتبة|نادي|ديوان))\b[^.\n\"“”«»،]{0,30}?(?=\s+(?:بعنوان|تحت عنوان|تحت شعار)\b)"
    ),
    "en": re.compile(
        r"\s+(?:next|this|on|tomorrow|today|from|between)\b[^.\n\"“”«»]{0,30}?"
        r"(?=\s*,?\s*(?:titled|entitled|under the title|themed|under the theme|under the slogan)\b)"
    ),
}


def _attach_title(m: _Mention, text: str, lang: str) -> None:
    when = _WHEN_BEFORE_TITLE[lang].match(text, m.end)
    t = (_TITLE_AR if lang == "ar" else _TITLE_EN).match(text, when.end() if when else m.end)
    if not t:
        return
    cue = t.group(1) or ""
    quoted = next(g for g in t.groups()[1:] if g).strip()  # in quotes, or (Arabic) in brackets
    if not quoted[:1].isalnum():
        return  # «المؤتمر ...»، الذي عقد ... «: the text between a closing quote and the next opening one
    m.quoted = (t.start(2) - 1, t.end(2) + 1) if t.group(2) is not None else (t.start(3) - 1, t.end(3) + 1)
    if "شعار" in cue or "slogan" in cue or "theme" in cue:
        m.slogan = quoted
    elif cue != "عن":
        m.title = quoted


def _name_start_en(text: str, start: int, cue_start: int) -> int:
    """Where an English event name begins: the capitalized words before its cue word, without sentence
    openers (`During the meeting`) and connectors."""
    stops = _stop_en()
    for m in re.finditer(r"\S+", text[start:cue_start]):
        w = m.group()
        if w in stops or w.lower() in ("the", "of", "and", "for", "on", "a", "an") or not (w[0].isupper() or w[0].isdigit()):
            continue
        if w in _WEEKDAYS_EN or _YEARS_EN.fullmatch(w):
            continue  # opened on Thursday the Global Health Exhibition; the 2023-2029 memorandum: a date, its own mention
        rest = text[start + m.end() : cue_start]
        if the := list(re.finditer(r"\bthe\s+", rest)):
            after = rest[the[-1].end() :].split()
            if after and all(a[0].isupper() for a in after):
                return start + m.end() + the[-1].end()  # ... the Global Health Exhibition: the name after the article
            return cue_start  # Registration for the summit: a sentence about the event, not its name
        return start + m.start()
    return cue_start


_WEEKDAYS_EN = frozenset(_WEEKDAY_NAMES_EN)
_YEARS_EN = re.compile(r"\d{4}(?:[-–/]\d{2,4})?")


@functools.cache
def _office_of_en() -> re.Pattern[str]:
    """A role of a body or an event up to where a cue begins (`Chairman of COP28`, `High-Level Champion for`)."""
    roles = "|".join(re.escape(w) for w in sorted(word_lists()["roles_en"], key=len, reverse=True) if w[:1].isupper())
    return re.compile(rf"\b(?:{roles})\s+(?:of|for)\s+(?:(?:the|of|and|for|[A-Z][\w’'\-]*)\s+)*$")


@functools.cache
def _stop_en() -> frozenset[str]:
    return frozenset(word_lists()["stop_en"])


def _mentions_en(tk: Tokens) -> list[_Mention]:
    out = []
    text = tk.text
    for mt in _EN_CUE.finditer(text):
        k = next(int(g[1:]) for g, v in mt.groupdict().items() if v)
        type_ = _CUES_EN[k][1]
        cue_start = mt.start(f"t{k}")
        start = mt.start()
        start = _name_start_en(text, start, cue_start)
        if type_ == "training_course" and text[cue_start:mt.end()].lower().startswith(("course", "program")):
            before = text[max(0, cue_start - 12) : cue_start].lower()
            if not re.search(r"\b(?:this|the|that)\s+$", before):
                continue
            type_ = "training_course?"
        end = mt.end()
        if start == cue_start and text.startswith("Cup", cue_start):
            continue  # a cup is named by the words before it (the King Cup), never by the word alone
        if (idiom := _IDIOM_EN.get(type_)) and idiom.match(text, end):
            continue
        if type_ == "lecture" and _TALKS_EN.search(text, max(0, cue_start - 30), min(len(text), end + 12)):
            continue  # held talks with his counterpart: a meeting, told by its verb
        if type_ == "meeting" and _EXAM_SESSION_EN.search(text, max(0, start - 30), min(len(text), end + 60)):
            continue  # the make-up session of the baccalaureate: an exam's sitting
        if type_ == "agreement" and _CONSENT_EN.search(text, max(0, start - 20), start):
            continue  # renewable by mutual agreement, in agreement with: consent, no agreement signed
        if type_ == "launch" and _SINCE_EN.search(text, max(0, cue_start - 12), cue_start):
            continue  # since the launch of Vision 2030
        if type_ not in _CONVENED and _called_for(_CALLED_FOR_EN, text, start, definite=False):
            continue  # called for an international peace conference: proposed, none held
        if out and text[out[-1].end : start].strip() == "(" and text[end : end + 1] == ")":
            continue  # memorandum of understanding (MoU): the event's acronym
        if _office_of_en().search(text, max(0, start - 60), cue_start):
            continue  # Minister of Industry ... and Chairman of COP28: a person's office, no event the release reports
        if text[cue_start].isupper() and (topic := _TOPIC_EN.match(text, end)):
            end = topic.end()  # International Conference on Patient Safety
        if text[cue_start].isupper() and (year := _EDITION_YEAR_EN.match(text, end)):
            end = year.end()  # Global Health Exhibition 2026
        word = text[cue_start : mt.end()].lower()  # the cue itself, not the topic after it (`Conference on Gulf Studies`)
        plural = word.endswith("s") and not word.endswith(("ss", "us")) and not _SERIES_EN.search(text, max(0, start - 15), start)
        plural = plural and not (type_ == "award" and text[cue_start].isupper())  # the Emiratisation Awards
        signed_count = None
        if type_ == "agreement" and (plural or word.startswith("memoranda")):
            if not _SIGNED_EN.search(text, max(0, start - 40), start):
                continue  # the agreements reached in 2020: no signing the release reports
            plural = False  # signed three financing agreements: one signing, as Arabic's وقعت الوزارة اتفاقيتين
            i = tk.index_at(cue_start)  # (signed three financing agreements: a word of its kind between)
            signed_count = _count_before(tk, i, "en", start) or i > 0 and _count_before(tk, i, "en", tk.starts[i - 1]) or None
        i = tk.index_at(cue_start)
        before = text[max(0, start - 40) : start]
        # the forum, the three-day forum (not the Gulf Forum: a name)
        definite = start == cue_start and bool(re.search(r"\b(?i:the|this|that)\s+(?:[a-z][\w\-]*\s+){0,2}$", before))
        definite = definite and not _PROPER_CUE.match(text, cue_start, mt.end())  # the Manama Dialogue: a name
        if type_ == "other" and _OCCASION_EN.search(before):
            definite = False  # the opening ceremony: an occasion of the event at hand, as Arabic's `حفل الافتتاح`
        if type_ == "other" and re.search(r"\bsigning\s+$", before, re.I) and text[cue_start:mt.end()].lower() == "ceremony":
            type_, definite = "agreement", True  # the signing ceremony: the signing the release reports
        cue = text[cue_start : mt.end()].lower().split()[-1].removesuffix("s")
        m = _Mention(type_, start, end, text[start:end], tk.sent[i] if i < len(tk) else 0, definite, plural, tok=i, cue=cue)
        m.count = signed_count  # signed two agreements: one signing of two
        if plural:
            m.count = _count_before(tk, i, "en", start)  # three training courses, 6 workshops
            m.general = _habitual(tk, i, "en")
        m.organized = _organized_before_en(tk, i, start)
        m.opened = _OPENED_EN.search(text, max(0, start - 80), start) is not None  # opened a vocational training course
        m.held = m.organized and _ORGANIZE_EN.search(text, max(0, start - 80), start) is not None
        _attach_title(m, text, "en")
        if m.quoted is None and type_ in _ABOUT_SOMETHING and (topic := _TOPIC_PHRASE_EN.match(text, end)):
            m.topic = topic.group(1)  # a two-day workshop on risk management for ...: `risk management`
        if type_ == "launch" and text[cue_start].islower() and (launched := _LAUNCHED_EN.match(text, end)):
            m.name, m.end = launched.group(1), launched.end(1)  # the launch of the new platform: `new platform`
        if out and out[-1].type == "launch" and start < out[-1].end:
            if type_ not in _OPENED_BY_LAUNCH and cue != "festival":
                continue  # the launch of a training programme: what is launched names the launch
            out.pop()  # the launch of the Dubai Airshow: the exhibition opened
        out.append(m)
    out = [m for m, after in zip(out, out[1:] + [None]) if not _launches_next(text, m, after)]
    out = _ceremonies_of_events_en(text, out)
    out = _named_objects_en(tk, out)
    out += _visits_by_verb_en(tk, out)
    return sorted(out + _meetings_by_verb_en(tk, out), key=lambda m: m.start)


# a verb of visiting before a name in capitals (`visited King Fahd Hospital`, `toured the Dubai Airshow`); not
# the plural noun (`the visits of`), nor a visit told of as past (`who visited Riyadh`, `had visited`, `last year`)
_VISIT_VERB_EN = re.compile(r"\b(?:visited|visits|toured|inspected)\s+(?=(?:the\s+)?[A-Z])")
_NOT_VISITING_EN = re.compile(
    r"\b(?:the|his|her|its|their|these|those|who|which|that|had|has|have|having|when|after|since|once|previously|"
    r"earlier|formerly)\s+(?:(?:also|recently|already)\s+)?$",
    re.I,
)
_PAST_EN = re.compile(r"\b(?:last\s+(?:year|month|week)|(?:years?|months?|weeks?)\s+ago|in\s+(?:19|20)\d\d)\b", re.I)


def _told_by_verb_en(
    tk: Tokens, mentions: list[_Mention], verb: re.Pattern[str], *, quoted: bool = True
) -> Iterator[tuple[re.Match[str], int, int]]:
    """The matches of `verb` (with their token and sentence) that tell an event by the verb alone: in a sentence that
    mentions no event nor an event already told so, not told of as past (`who visited`, `had met`, `last year`), and,
    unless `quoted`, not inside quotes."""
    text = tk.text
    told = {m.sent for m in mentions}
    for v in verb.finditer(text):
        i = tk.index_at(v.start())
        sent = tk.sent[i] if i < len(tk) else 0
        if sent in told or _NOT_VISITING_EN.search(text, max(0, v.start() - 30), v.start()):
            continue
        stop = text.find(".", v.end())
        if _PAST_EN.search(text, v.end(), stop if stop >= 0 else len(text)):
            continue
        if not quoted and _QUOTED_EN.search(text, max(0, v.start() - 200), v.start()):
            continue
        yield v, i, sent
        told.add(sent)


def _visits_by_verb_en(tk: Tokens, mentions: list[_Mention]) -> list[_Mention]:
    """The visits told by a verb of visiting alone (`The Minister of Health visited King Fahd Hospital in Jeddah`), in
    a sentence that mentions no event, unless told of as past."""
    out = []
    for v, i, sent in _told_by_verb_en(tk, mentions, _VISIT_VERB_EN):
        end = v.start() + len(v.group().rstrip())
        out.append(_Mention("visit", v.start(), end, "visit", sent, False, False, tok=i, cue="visit", verb=True))
    return out


# a verb of meeting or receiving before someone: a name in capitals, a possessive, or a word for people (`met his
# French counterpart`, `met with Prince`, `held talks with the visiting delegation`, `received the Ambassador of`);
# not what is met (`met the requirements`) nor received (`received 500 applications`, `received a phone call`)
_GUESTS_EN = (
    r"counterparts?|delegations?|ambassadors?|ministers?|officials|envoys?|representatives|heads?|members|leaders|"
    r"chairm[ae]n|presidents?"
)
# whom one receives: a title or an office, in capitals or not, a few words of a name or a country before it
# (`received US Secretary of State`, `received the visiting delegation`; not `received FDA approval`)
_RECEIVED_EN = (
    r"(?:[A-Z][\w’'\-.]*\s+){0,4}?(?:(?i:" + _GUESTS_EN + r")|Prince|Princess|Sheikh|Sheikha|King|Queen|Emir|Amir|Sultan|"
    r"Secretary|Director|Governor|Speaker|Crown|Deputy|Commander|Chief|CEO|PM|Mr|Mrs|Ms|Dr|H\.\s?E\.|His|Her)\b"
)
# the place and the time that may part a verb of meeting from whom it meets (`received at Al Husseiniya Palace on
# Sunday a delegation`, `received in his office today the Ambassador`)
_WHERE_WHEN_EN = (
    r"(?:(?:today|yesterday|this\s+(?:morning|afternoon|evening)|on\s+[A-Z][a-z]+day(?:\s+(?:morning|evening))?"
    r"|(?:at|in)\s+(?:(?:the|his|her)\s+)?(?:office|[A-Z][\w’'\-]*)(?:\s+[A-Z][\w’'\-]*){0,4}?)\s*,?\s+){0,3}"
)
_MEET_VERB_EN = re.compile(
    r"\b(?:(?:met|meets|(?:held|holds)\s+talks)\s+(?:with\s+)?" + _WHERE_WHEN_EN +
    r"(?=(?:(?:the|his|her|their|a|an)\s+)?(?:visiting\s+)?(?:[A-Z]|(?:" + _GUESTS_EN + r")\b))"
    r"|(?:received|receives)\s+" + _WHERE_WHEN_EN +
    r"(?=(?:(?:the|his|her|their|a|an)\s+)?(?:visiting\s+)?" + _RECEIVED_EN + r")"
    # talks held, whoever with (`held bilateral talks on Monday`, `held a round of talks`, `held consultations`)
    r"|(?P<talks>(?:held|holds|hold|holding)\s+(?:(?:a|an|the|new|further|another|second|third|(?:\w+\s+)?round\s+of|"
    r"[a-z\-]+(?:al|ive|ial|ed))\s+){0,3}(?:talks|consultations)\b(?:\s+with)?))"
)


def _meetings_by_verb_en(tk: Tokens, mentions: list[_Mention]) -> list[_Mention]:
    """The meetings told by a verb of meeting or receiving alone (`The Foreign Minister met his French counterpart in
    Paris today`), in a sentence that mentions no event, unless told of as past (`who met`, `had met`, `last year`)."""
    text = tk.text
    out = []
    for v, i, sent in _told_by_verb_en(tk, mentions, _MEET_VERB_EN, quoted=False):
        span = _sentence_tokens(tk, i) if i < len(tk) else range(0)
        if span and _GAME_EN.search(text, tk.starts[span.start], tk.ends[span.stop - 1]):
            continue  # Al Hilal met Al Nassr in the third round of the league: a match
        verb = re.match(r"\S+(?:\s+(?:talks\s+)?with|\s+talks)?", text[v.start() : v.end()])
        end = v.end("talks") if v.group("talks") else v.start() + verb.end()
        out.append(_Mention("meeting", v.start(), end, text[v.start() : end], sent, False, False, tok=i, cue="meeting", verb=True))
    return out


# the words of a football report: a verb of meeting in their sentence tells of a match (`Al Hilal met Al Nassr in the
# third round of the league`, `the national team will meet Japan in the World Cup qualifiers`)
_GAME_EN = re.compile(
    r"\b(?:league|matches|match|matchday|fixtures?|derby|kick-?off|stadium|qualifiers|(?:quarter|semi)-?finals?|"
    r"goals?\s+(?:in|from|by)|scored|(?:national|two)\s+teams|round\s+of\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+)*"
    r"(?:league|cup|championship|tournament|competition))\b",
    re.I,
)
_QUOTED_EN = re.compile(r"[“\"][^”\"]*$")  # inside quotes opened before


def _named_objects_en(tk: Tokens, out: list[_Mention]) -> list[_Mention]:
    """The mentions `out` with the events that a verb of launching or opening names by its object in capitals: a
    launch named by what is launched (`launched the Saudi Summer Program`), unless that is an exhibition, forum,
    conference, summit or festival, which is the event (`launched the Dubai Shopping Festival`); an event of its
    edition opened (`opened GITEX Global 2024`, `opened the 44th edition of GITEX Global`), of the type its
    sentence reads. A cue word inside the object names no other event."""
    text = tk.text
    for v in _NAMED_OBJECT_EN.finditer(text):
        start, end, name = v.start("name"), v.end("name"), v.group("name")
        if _POSSESSIVE_EN.search(name) or len(name) < 3 or _ROCKET_EN.match(text, end):
            continue  # launched Saudi Arabia's first ...: an owner, not what is launched; launched Falcon 9 rockets
        inside = [m for m in out if m.start < end and start < m.end]
        if v.group("opened"):
            if inside or not (v.group("edition") or _EDITION_YEAR_EN.search(name)):
                continue  # opened the Global Health Exhibition: its cue names it; opened the King Fahd Hospital: a building
            type_ = "other"
        elif any(m.type in _OPENED_BY_LAUNCH or m.cue == "festival" or m.type == "launch" for m in inside):
            continue  # launched the Dubai Shopping Festival: the festival opened
        else:
            type_ = "launch"
        i = tk.index_at(start)
        m = _Mention(type_, start, end, name, tk.sent[i] if i < len(tk) else 0, False, False, tok=i, cue=type_)
        m.organized = m.held = True
        m.opened = bool(v.group("opened"))
        out = [o for o in out if o not in inside] + [m]
    return sorted(out, key=lambda m: m.start)


_POSSESSIVE_EN = re.compile(r"['’]s\b")
_ROCKET_EN = re.compile(r"\s+(?:ballistic\s+)?(?:missiles?|rockets?|drones?)\b")


# `launch` as a verb (`will launch`, `to launch`), whose object may be the event launched
_LAUNCH_VERB_EN = re.compile(r"\b(?:will|to|shall|would|also|and)\s+(?:also\s+|soon\s+|jointly\s+)?$", re.I)


def _launches_next(text: str, m: _Mention, after: _Mention | None) -> bool:
    """Whether mention `m` is the verb `launch` whose object is the next mention (`the EU will also launch a training
    programme`): the event launched is that one, no launch of its own."""
    if m.type != "launch" or after is None or after.sent != m.sent or not 0 <= after.start - m.end <= 30:
        return False
    return _LAUNCH_VERB_EN.search(text, max(0, m.start - 20), m.start) is not None and "," not in text[m.end : after.start]


# what an English event is about, unquoted, after `on` or `about`: words up to a preposition, a clause, a day or
# punctuation (`a two-day workshop on risk management for financial institutions`: `risk management`)
_NOT_TOPIC_WORDS_EN = (
    r"for|in|at|from|on|with|to|by|during|next|this|that|these|which|who|where|organi[sz]ed|held|hosted|attended|"
    r"starting|running|under|between|as|today|tomorrow|yesterday|was|were|is|are|will|has|have|and|of|the|a|an|"
    rf"{_WEEKDAY_EN}|January|February|March|April|May|June|July|August|September|October|November|December"
)
_TOPIC_PHRASE_EN = re.compile(
    rf"\s+(?:on|about)\s+(?:the\s+)?((?!(?:{_NOT_TOPIC_WORDS_EN})\b)[A-Za-z][\w’'\-]*"
    rf"(?:\s+(?:(?:and|of|&)\s+)?(?!(?:{_NOT_TOPIC_WORDS_EN})\b)[A-Za-z][\w’'\-]*){{0,5}})",
    re.I,
)


# what a launch is of: a name in capitals and the noun it may end with (`the Dubai Future Accelerators programme`),
# else a few words up to a preposition, a clause or a verb (`a programme to support`, `the new platform, which`)
_LAUNCHED_HEADS_EN = (
    r"programmes?|programs?|initiatives?|platforms?|campaigns?|strategy|strategies|season|project|portal|app|"
    r"application|service|fund|index|plan|system|network|guide|package|competition|challenge|award|prize|course|"
    r"website|policy|framework|report|map|card|scheme|lab|accelerator|incubator|fellowship|track"
)
_NOT_LAUNCHED_WORDS_EN = rf"{_NOT_TOPIC_WORDS_EN}|took|takes|marks|marked|comes|came|aims|aimed|aiming|seeks|its|their"
_LAUNCHED_NAME_EN = (
    rf"[A-Z][\w’'\-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?[A-Z]|[A-Z0-9])[\w’'\-]*)*(?:\s+(?:{_LAUNCHED_HEADS_EN})\b)?"
)  # (a year after `for` is none of the name: `the National Employment Programme for 2025`)
# what an English launch is of (`the launch of the new platform`): group 1
_LAUNCHED_EN = re.compile(
    r"\s+of\s+(?:(?:a|an|the|its|their|his|her|our)\s+)?("
    rf"{_LAUNCHED_NAME_EN}"
    rf"|(?!(?:{_NOT_LAUNCHED_WORDS_EN})\b)[a-z][\w\-]*(?:\s+(?!(?:{_NOT_LAUNCHED_WORDS_EN})\b)[A-Za-z][\w’'\-]*){{0,3}})"
)


# a name in capitals launched, unveiled or opened (`launched the Saudi Summer Program`, `opened GITEX Global 2024`,
# `opened the 44th edition of GITEX Global`)
_NAMED_OBJECT_EN = re.compile(
    r"\b(?:(?P<launched>launched|launches|unveiled|unveils)|(?P<opened>opened|opens|inaugurated|inaugurates))\s+"
    r"(?:(?:today|on\s+[A-Z][a-z]+day)\s+)?(?:(?:the|its|their)\s+)?"
    r"(?P<edition>(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:annual\s+)?edition\s+of\s+(?:the\s+)?)?"
    rf"(?P<name>{_LAUNCHED_NAME_EN})"
)


# a verb of signing right before plural agreements, a count and a few words between (`signed three financing`)
_SIGNED_EN = re.compile(r"\b(?:signed|signs|sign|signing\s+of)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$", re.I)
_PROPER_CUE = re.compile(r"[A-Z][\w’'\-]*\s+(?:Dialogue|Week)$")
# a session of an exam (`the main session of the 2024 baccalaureate exam`, `the make-up session`): no meeting
_EXAM_SESSION_EN = re.compile(
    r"\b(?:make-?up|resit|retake|supplementary)\s+(?:exam(?:ination)?\s+)?sessions?\b"
    r"|\bsessions?\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:exams?|examinations?|baccalaureate|tests?)\b",
    re.I,
)
# talks that are held or held with someone (`held bilateral talks`, `talks with his counterpart`): no lectures
_TALKS_EN = re.compile(r"\b(?:held|holds|hold|holding)\s+(?:[a-z\-]+\s+){0,3}talks\b|\btalks\s+(?:with|between)\b", re.I)
_SERIES_EN = re.compile(r"\ba\s+(?:series|round)\s+of\s+$", re.I)  # a series of meetings: one event, told in the plural

def _ceremonies_of_events_en(text: str, out: list[_Mention]) -> list[_Mention]:
    """The mentions `out` without the opening or closing ceremony of the event named right after it (`the opening
    ceremony of the Abu Dhabi International Book Fair`): that event's, whose mention is marked so that `the ceremony`
    later refers to it."""
    kept = []
    for m, after in zip(out, out[1:] + [None]):
        opening = m.cue == "ceremony" and _OPENING_OR_CLOSING_EN.search(text, max(0, m.start - 20), m.end)
        of = _OF_THE.match(text, m.end)
        if opening and after is not None and of and of.end() == after.start:
            after.ceremony = True
            continue
        kept.append(m)
    return kept


_OPENING_OR_CLOSING_EN = re.compile(r"\b(?:opening|closing|inaugural|inauguration)\s+ceremony$", re.I)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_OCCASION_EN = re.compile(r"\b(?:opening|closing|inaugural|inauguration|graduation|signing|award|awards|honou?ring)\s+$", re.I)


# a verb of opening right before an English mention, its article and a few words between (`opened a vocational`)
_OPENED_EN = re.compile(r"\b(?:opened|opens|inaugurated|inaugurates)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}$")


def _organized_before_en(tk: Tokens, i: int, start: int) -> bool:
    """Whether a verb of organizing comes before an English event mention at `start` (cue token `i`) in its
    sentence (`The institute will hold a workshop`)."""
    first = bisect.bisect_left(tk.sent, tk.sent[i]) if i < len(tk) else len(tk)
    return _ORGANIZE_EN.search(tk.text, tk.starts[first] if first < len(tk) else start, start) is not None
