"""Find the events a release reports: their mentions (EVENT entities) and one record each.

Event types and their cue words (Arabic cues are matched folded and after a clitic):

| event_type       | Arabic cues                                   | English cues                               |
|------------------|-----------------------------------------------|--------------------------------------------|
| training_course  | دورة تدريبية، برنامج تدريبي، الدورة (once known) | training course, coaching course, course, training programme |
| workshop         | ورشة، ورشة عمل، حلقة عمل، حلقة نقاشية           | workshop                                   |
| lecture          | محاضرة، ندوة                                   | lecture, seminar, symposium, talk          |
| summit           | قمة                                           | summit                                     |
| conference       | مؤتمر، مناظرة                                  | conference, congress                       |
| forum            | منتدى، ملتقى، حوار (before a city: حوار المنامة) | forum, Dialogue (after a name: Manama Dialogue) |
| exhibition       | معرض                                          | exhibition, expo, fair, airshow            |
| meeting          | اجتماع، لقاء، جلسة                              | meeting, session, a series of meetings (not an exam's session) |
| visit            | زيارة                                         | visit                                      |
| agreement        | اتفاقية، اتفاقيتين، مذكرة تفاهم، اتفاق            | agreement, memorandum of understanding, MoU |
| launch           | إطلاق، تدشين، حملة (launched: أطلقت ... الحملة)   | launch                                     |
| award            | جائزة، تكريم                                   | award, prize, a ceremony of winners or awards |
| other            | حفل، احتفال، مهرجان، مسابقة، بطولة، كأس (before a ruler's title), حملة (carried out), مؤتمر صحفي، ندوة صحفية | ceremony, festival, competition, championship, Cup, press conference |

The first mention of an event opens a record; a later mention with the article or a demonstrative
(`الورشة`, `هذه الدورة`) refers back to it; a new indefinite mention of a lesser kind inside a larger
event (a workshop of a summit, a lecture of a course) is one of its `sessions`. The record's fields
come from the sentences of its mentions: the title in quotes after `بعنوان`/`حول`/`titled`, the
organizer (the ORG next to `نظم`, `قدم`, `عقد`, `organized`, `held`, ...), the place (the first LOC,
countries and cities before regions, else the document's first), the venue (an ORG headed by
`فندق`, `قاعة`, `Hotel`, ...), the dates (the nearest DATE), the participants (`شارك فيها 22 موظفا`,
`attended by 40`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from govnews.extract.dates import days_after, one_day
from govnews.extract.gazetteer import entries, fold_key, word_lists
from govnews.extract.names.lexicon import _ROYAL_TITLES
from govnews.extract.names.persons_ar import _royal_name_ar
from govnews.extract.numbers import find_ordinals
from govnews.extract.tokens import CHAIN_ENDS, Tokens, folded_set, strip_clitic, with_clitics
from govnews.extract.wordlists import MARKS, alternation, fold
from govnews.records import Entity, Event

EVENT_TYPES = (
    "training_course", "workshop", "lecture", "summit", "conference", "forum", "exhibition",
    "meeting", "visit", "agreement", "launch", "award", "other",
)  # fmt: skip

# folded first word -> (type, plural, words that must follow or None)
_CUES_AR: dict[str, tuple[str, bool, tuple[str, ...] | None]] = {}


def _cue(words: str, type_: str, *, plural: bool = False, needs: str | None = None) -> None:
    for w in words.split():
        _CUES_AR[fold_key(w)] = (type_, plural, tuple(fold_key(n) for n in needs.split()) if needs else None)


_cue("دورة الدورة", "training_course", needs="تدريبية التدريبية تدريب التدريب")
_cue("دورات الدورات", "training_course", plural=True, needs="تدريبية التدريبية")
_cue("برنامج البرنامج", "training_course", needs="تدريبي التدريبي")
_cue("برنامجا", "training_course", needs="تدريبيا")  # أطلق المركز برنامجا تدريبيا
_cue("ورشة الورشة", "workshop")
_cue("ورش الورش ورشات الورشات", "workshop", plural=True)
_cue("حلقة", "workshop", needs="عمل نقاشية نقاش")
_cue("محاضرة المحاضرة ندوة الندوة", "lecture")
_cue("محاضرات ندوات", "lecture", plural=True)
_cue("قمة القمة", "summit")
_cue("مؤتمر المؤتمر مؤتمرا", "conference")
_cue("مناظرة المناظرة", "conference")  # المناظرة الوطنية حول ...: a national conference in Maghreb usage
_cue("منتدى المنتدى ملتقى الملتقى", "forum")
# a dialogue named after the city that holds it yearly (حوار المنامة, حوار الدوحة): a forum
_cue("حوار", "forum", needs="المنامة الدوحة أبوظبي الرياض القاهرة مسقط الكويت بغداد الرباط بيروت عمان شانغريلا شانغري رايسينا")
_cue("معرض المعرض معرضا", "exhibition")
_cue("اجتماع الاجتماع اجتماعا لقاء اللقاء جلسة الجلسة", "meeting")
_cue("جلسته جلستها اجتماعه اجتماعها اجتماعهم اجتماعهما", "meeting")  # عقد مجلس الوزراء جلسته الأسبوعية
_cue("زيارة الزيارة زيارته زيارتها زيارتهم", "visit")  # خلال زيارته الرسمية إلى
_cue("اتفاقية الاتفاقية اتفاق الاتفاق اتفاقا", "agreement")
_cue("مذكرة", "agreement", needs="تفاهم التفاهم")
# two agreements signed together are one signing (وقعت الوزارة اتفاقيتين)
_cue("اتفاقيتين اتفاقيتان الاتفاقيتين الاتفاقيتان", "agreement")
_cue("مذكرتي مذكرتا", "agreement", needs="تفاهم التفاهم")
_cue("إطلاق تدشين", "launch")
_cue("جائزة الجائزة تكريم", "award")
_cue("حفل الحفل حفلا احتفال الاحتفال احتفالا مهرجان المهرجان مهرجانا مسابقة المسابقة بطولة", "other")
# a campaign is an event only when the release launches or carries it out (`أطلقت الوزارة الحملة القومية للتطعيم`,
# `نفذت البلدية حملة`), else a reference to one open (`خلال الحملة`): read in `_campaign_type`
_cue("حملة الحملة", "other")
# a cup named after a ruler or an office (كأس الأمير محمد بن سلمان, كأس خادم الحرمين الشريفين, كأس ولي العهد)
_cue("كأس", "other", needs="الملك الأمير الشيخ السلطان خادم ولي")

_CUE_WORDS = frozenset(_CUES_AR)

_CUES_EN = [
    (r"(?:training|coaching) (?:course|programme|program|session)s?", "training_course"),
    (r"courses?", "training_course"),
    (r"workshops?", "workshop"),
    (r"(?:lecture|seminar|talk|symposium)s?|symposia", "lecture"),
    (r"summit", "summit"),
    (r"(?:press|news) conference", "other"),
    (r"(?:conference|congress)", "conference"),
    (r"(?-i:COP) ?\d{1,2}(?: (?:climate )?(?:conference|summit))?", "conference"),  # COP28: the UN climate conference of that year
    (r"forum", "forum"),
    (r"(?-i:[A-Z][\w’'\-]*\s+Dialogue)", "forum"),  # the Manama Dialogue, the Raisina Dialogue
    (r"(?:exhibition|expo|fair|air ?show)", "exhibition"),
    (r"(?:meeting|session)s?", "meeting"),
    (r"visit", "visit"),
    (r"(?:agreement|memorandum of understanding|MoU)", "agreement"),
    (r"launch", "launch"),
    (r"(?:award|prize)", "award"),
    (r"(?:ceremony|festival|competition|championship|(?-i:Cup))", "other"),  # the King Cup, the FIFA World Cup
    (r"(?-i:[A-Z][\w’'\-]*\s+Week)", "other"),  # Abu Dhabi Sustainability Week, Dubai Design Week (not `this week`)
]
_EN_CUE = re.compile(
    r"(?:(?:[A-Z0-9][\w’'\-]*|of|for|and|on|the|bin|bint|ibn)\s+){0,8}?\b(?i:"
    + "|".join(f"(?P<t{k}>{p})" for k, (p, _) in enumerate(_CUES_EN))
    + r")\b"
)

_RANK = {
    "summit": 5, "conference": 5, "forum": 5, "exhibition": 5, "training_course": 4, "workshop": 3,
    "lecture": 2, "meeting": 1, "visit": 1, "agreement": 1, "launch": 1, "award": 1, "other": 1,
}  # fmt: skip

_CLOSE_AR = "اختتم اختتمت يختتم تختتم"  # verbs of closing an event, which its organizer does
_CLOSE_EN = "concluded|concludes"
_ORGANIZE_AR = frozenset(
    fold_key(w)
    for w in (
        "نظم نظمت ينظم تنظم قدم قدمت يقدم تقدم عقد عقدت يعقد تعقد أقام أقامت يقيم تقيم نفذ نفذت استضاف "
        f"استضافت يستضيف تستضيف أطلق أطلقت دشن دشنت افتتح افتتحت {_CLOSE_AR} تنظيم عقد إقامة "
        "وقع وقعت يوقع توقع "
        # will hold (not `سيقيم`, also "will assess", nor `سيقدم`, "will submit")
        "ستعقد سيعقد ستنظم سينظم ستستضيف سيستضيف ستطلق سيطلق ستدشن سيدشن"
    ).split()
)
_ORGANIZE_EN = re.compile(
    r"\b(?:organi[sz]ed|organi[sz]es|held|holds|hosted|hosts|presented|presents|launched|launches|conducted|signed|"
    rf"{_CLOSE_EN}|(?:will|shall|is to|are to|plans? to|(?:is|are) set to) (?:(?:also|then|now|soon|again|\w+ly) )?(?:hold|host|organi[sz]e|sign|launch)|"
    r"(?:is|are) (?:(?:also|now) )?(?:holding|hosting|organi[sz]ing))\b"
)
# what a named event is on: `on Patient Safety`, `for Arab Youth` (capitalized words)
_WEEKDAY_NAMES_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_WEEKDAY_EN = "|".join(_WEEKDAY_NAMES_EN)
_TOPIC_EN = re.compile(rf"\s+(?:on|for|of)\s+(?!(?:{_WEEKDAY_EN}|January|"
                       r"February|March|April|May|June|July|August|September|October|November|December)\b)"
                       r"(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][\w’'\-]*)*")
_EDITION_YEAR_EN = re.compile(r"\s+(?:19|20)\d\d(?![\d,.]\d|\w)")
_BY_EN = re.compile(r"\b(?:organi[sz]ed|hosted|held|presented) by\s+(?:the\s+)?$")
_PRESS = frozenset(fold_key(w) for w in "صحفي صحافي صحفيا صحافيا الصحفي الصحافي صحفية صحافية الصحفية الصحافية".split())
# Words after a cue that make it no event: إطلاق النار (gunfire), إطلاق سراح (a release), إطلاق العنان
# (unleashing), إطلاق اسم (naming), معرضا للخطر (exposed
# to), قمة النشاط / القمة الأعلى (a peak), لقمة العيش (a bite); also زيارة الموقع الإلكتروني (a website) and
# إلى اللقاء (goodbye), read in `_idiom`.
_NOT_AFTER = {
    "summit": frozenset(
        fold_key(w)
        for w in """النشاط السعادة الفرح الصواب الحرص الإبداع الروعة الأداء التألق الهرم الجبل القلب الترتيب الدوري
        الجدول المجد العطاء الأناقة الجمال النجاح الذوق التميز الرقي الأخلاق العيش عيش الخبز الأعلى الشاهقة""".split()
    ),
    "launch": frozenset(fold_key(w) for w in "النار للنار نار النيران الرصاص رصاص سراح صاروخ صواريخ الصواريخ قذائف القذائف العنان اسم".split()),
    "exhibition": frozenset(
        fold_key(w) for w in "للخطر للخطورة للهزيمة للاصابة للإصابة للانتقاد للسقوط للخسارة للضغوط للمخاطر للعقوبة للتهديد للطرد".split()
    ),
}
_WEB = frozenset(fold_key(w) for w in "الإلكتروني الالكتروني الإلكترونية الالكترونية الرسمي الرابط رابط".split())


# English: `visit the website`, `the launch of a missile`, `the summit of the mountain`
_IDIOM_EN = {
    "visit": re.compile(
        r"\s+(?:(?:the|our|its|their|this)\s+)?(?:[\w\-]+['’]s\s+)?(?:website|web\s?site|page|link|portal|www\.|https?:)"
        r"|\s+(?:the\s+)?nearest\b",  # visit the nearest health centre: an appeal, no visit
        re.I,
    ),
    "launch": re.compile(r"\s+of\s+(?:(?:a|an|the|two|three|\d+)\s+)?(?:ballistic\s+)?(?:missiles?|rockets?|drones?)\b", re.I),
    "summit": re.compile(r"\s+of\s+(?:the\s+)?(?:mountain|mount|hill|peak)\b", re.I),
}

_CONSENT_EN = re.compile(r"\b(?:(?:by|upon|with)\s+(?:mutual\s+)?|mutual\s+|in\s+(?:full\s+)?)$", re.I)


def _idiom(type_: str, words: Sequence[str], i: int) -> bool:
    """Whether the cue at token `i` is an idiom rather than an event (`قمة النشاط`, `إطلاق النار`)."""
    after = words[i + 1] if i + 1 < len(words) else ""
    if "بطول" in words[i] and after in _STARRING:
        return True  # بطولة الفيلم: the lead of a film
    if type_ == "award" and _PRIZE in words[i] and (words[i].startswith(("ب", "وب")) or i > 0 and words[i - 1] == "علي"):
        return any(strip_clitic(w, _WON) is not None for w in words[max(0, i - 8) : i])  # فازت الوزارة بجائزة: a prize won
    if type_ in _NOT_AFTER:
        return after in _NOT_AFTER[type_]
    if type_ == "visit":  # زيارة الموقع الإلكتروني, زيارة موقع مديرية الجوازات على الرابط
        return after in ("موقع", "الموقع") and any(w in _WEB or w.startswith(("www", "http")) for w in words[i + 2 : i + 7])
    if type_ == "meeting":  # إلى اللقاء at the end of a sentence; a game (لقاء ودي, اللقاء ... الشوط الأول); لقاء أي معلومات
        if i > 0 and words[i - 1] in ("الي", "الى") and not after[:1].isalpha():
            return True
        if "لقاء" not in words[i]:
            return False
        return after in _GAME_AFTER or after in ("اي", "مبلغ") or any(w in _GAME_WORDS for w in words[max(0, i - 12) : i + 12])
    return False


_PRIZE = fold_key("جائز")
_WON = frozenset(fold_key(w) for w in "الفائزين الفائزون الفائز الفائزة فاز فازت يفوز تفوز حصل حصلت يحصل تحصل نال نالت ينال تنال حاز حازت توج توجت".split())
_STARRING = frozenset(fold_key(w) for w in "الفيلم فيلم المسلسل مسلسل العمل عمل المسرحية مسرحية".split())
# the words of a football report: near them, `لقاء` is a game, no meeting
_GAME_WORDS = frozenset(fold_key(w) for w in "الشوط المباراة مباراة بهدف بهدفين هدفين أهداف وديا الديربي المرمى ركلة".split())
_GAME_AFTER = frozenset(fold_key(w) for w in "الفريق الفريقين الديربي ودي وديا القمة الذهاب الإياب".split())


_COURSE = fold_key("دورة")
_DEMONSTRATIVE = frozenset(fold_key(w) for w in "هذه هذا تلك ذلك هذة".split())
_ORDINALS = {
    fold_key(w): n
    for n, ws in enumerate(
        ["", "الأول الأولى", "الثاني الثانية", "الثالث الثالثة", "الرابع الرابعة", "الخامس الخامسة",
         "السادس السادسة", "السابع السابعة", "الثامن الثامنة", "التاسع التاسعة", "العاشر العاشرة"]
    )
    for w in ws.split()
}  # fmt: skip
_ORDINAL_EN = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I)
_ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()

# a title in quotes, or in brackets when of two words or more (`الملتقى العلمي (أمن وسلامة الآثار)`)
_TITLE_AR = re.compile(r"\s*(?:[،,]\s*(?=بعنوان|تحت))?(بعنوان|تحت عنوان|حول|عن|تحت شعار)?\s*:?\s*(?:[“\"«]([^”\"»\n]{3,200})[”\"»]|\((\w+ [^()\n]{2,200})\))")
_TITLE_EN = re.compile(
    r"\s*,?\s*(titled|entitled|under the title|on|about|themed|under the theme|under the slogan)?\s*:?\s*[“\"«]([^”\"»\n]{3,200})[”\"»]"
)
# what a number after `بمشاركة` may count that takes part without being people: countries, cities, bodies
_BODIES_AR = alternation(
    fold(w)
    for w in (
        "دولة دولتين دولتان دول بلد بلدا بلدان مدينة مدينتين مدن إمارة إمارات جهة جهتين جهات منظمة منظمات "
        "شركة شركات وزارة وزارات مؤسسة مؤسسات هيئة هيئات جامعة جامعات جمعية جمعيات دائرة دوائر مركز مركزا مراكز "
        "دار دور بنك بنكا بنوك مدرسة مدارس فريق فريقا فرق نادي ناديا أندية"
    ).split()
)
_BODIES_AFTER = rf"\s*(?:من\s+(?:ال)?)?{_BODIES_AR}{MARKS}(?!\w)"  # 50 دولة, 40 من الشركات
_COUNTS_BODIES = re.compile(_BODIES_AFTER)
_PARTICIPANTS = re.compile(
    r"(?:شارك فيها|شارك فيه|شارك بها|يشارك فيها|بمشاركة|حضرها|حضره|[يت]?شاركت? في (?:هذه |هذا )?ال\w+"
    r")"  # the English cues are read by _people_en
    r"\s+(?:أكثر من|نحو|حوالي|more than|over|about|some|around)?\s*(\d[\d,]*)"
    rf"(?![\d,])(?!{_BODIES_AFTER})"
    r"|(\d[\d,]*)\s+(?:مشارك|مشاركا|مشاركة|متدرب|متدربا|متدربين|موظف|موظفا|موظفين|طالب|طالبا|[إا]طارا?|خبيرا?|شابا?"
    r"|مسؤولا?|مستثمرا?|ممثلا?|عضوا?|معلما?|باحثا?|متخصصا?|participants|trainees|employees|attendees|delegates)"
)
_EXPECTED = re.compile(r"المتوقع|يتوقع|expected|anticipated")
# what takes part in an English event without being people: `30 countries`, `400 companies`, `150 exhibitors`
_BODIES_EN = (r"(?:countries|nations|states|cities|emirates|governorates|companies|firms|entities|institutions|bodies"
              r"|organi[sz]ations|agencies|ministries|departments|universities|schools|banks|governments|exhibitors"
              r"|pavilions|start-?ups|brands|teams|clubs)")
# the people after an English cue of participation: the first count no body and no place they come from
_CUE_EN = re.compile(
    r"\b(?:attended by|with the participation of|participated by|in the presence of"
    r"|(?:brings|bring|brought|bringing) together|gather(?:s|ed|ing)?)\s+"
)
_PEOPLE_EN = re.compile(
    r"(?<![\d,.])(?<!from )(\d[\d,]*(?:\.\d+)?)(?![\d,.]*\d)(?:\s+(thousand|million))?"
    rf"(?!\s+(?:[a-z][\w-]*\s+)?{_BODIES_EN}\b)"
)
_SCALES_EN = {"thousand": 1_000, "million": 1_000_000}
_CLAUSE_EN = re.compile(r"(?:[^.;:\n]|\.(?=\d))*")  # to the end of the clause; 1.5 goes on
_NUMBER = re.compile(r"(\d[\d,]*)")
_PROGRAM_EN = re.compile(
    r"\bwithin (?:the )?((?:[\w\-]+ ){0,5}program(?:me)?(?: (?:for|of) the(?: [\w\-]+){1,3})?)", re.I
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


@dataclass
class _Record:
    type: str
    mentions: list[_Mention]
    sessions: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


# ---------------------------------------------------------------- public


def find_events(
    text: str,
    *,
    lang: Literal["ar", "en"],
    tokens: Tokens,
    entities: list[Entity],
) -> tuple[list[Event], list[Entity]]:
    """Find the events of a text: (records, EVENT mentions without ids).

    `entities` are the names and values already found in the text (ORG, LOC, DATE, NUMBER, ...).
    """
    mentions = _mentions_ar(tokens) if lang == "ar" else _mentions_en(tokens)
    orgs = [(e.start, e.end) for e in entities if e.type == "ORG"]
    mentions = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in orgs)]
    if lang == "en":
        _bodies_before_cues(mentions, tokens, orgs)
    if not mentions:
        return [], []
    records = _join_headline(_group(mentions), text)
    bounds = _sentence_bounds(tokens)
    sentences = [{m.sent for m in r.mentions} for r in records]
    spans = [[(m.start, m.end) for m in r.mentions] for r in records]
    events = [
        _record_to_event(
            r, text, tokens, entities, bounds, lang=lang,
            others=set().union(*sentences[:k], *sentences[k + 1 :]), beside=sum(spans[:k] + spans[k + 1 :], []),
        )
        for k, r in enumerate(records)
    ]  # fmt: skip
    mention_entities = []
    for k, (r, ev) in enumerate(zip(records, events), 1):
        for m in r.mentions:
            attrs = {"event_type": r.type}
            mention_entities.append(Entity("EVENT", text[m.start : m.end], m.start, m.end, ev.name, None, None, attrs, f"ev{k}"))
    return events, mention_entities


# ---------------------------------------------------------------- mentions


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
    for i in [i for i, w in enumerate(words) if w in cues]:
        hit = cues[words[i]]
        type_, plural, needs = _CUES_AR[hit[1]]
        j = i + 1
        if needs is not None:
            if j >= n or strip_clitic(words[j], frozenset(needs)) is None:
                if not (type_ == "training_course" and hit[1].startswith("ال")):
                    continue
                type_ = "training_course?"  # الدورة alone: only as a reference to a known course
            else:
                j += 1
        if hit[1] in ("معرض", "المعرض") and i > 0 and words[i - 1] == "في":
            continue  # في معرض حديثه: "in the course of"
        if hit[1] in _OCCASIONS and out and out[-1].tok == i - 1 and out[-1].end > tk.starts[i]:
            continue  # بطولة كأس الأمير ...: the cup names the championship already read
        if _idiom(type_, words, i):
            continue
        if type_ == "launch" and i > 0 and words[i - 1] in _SINCE_AR:
            continue  # منذ إطلاق رؤية 2030: a time long past, no launch the release reports
        after = words[j] if j < n else ""
        if hit[1] in _CAMPAIGN:
            if out and out[-1].end > tk.starts[i] or after in _NOT_CAMPAIGN:
                continue  # إطلاق الحملة القومية: the launch already read names the campaign; حملة أمنية: a crackdown
            type_ = _campaign_type(tk, i, _name_end_ar(tk, j, definite=hit[1].startswith("ال")))
        if type_ in ("conference", "lecture") and j < n and words[j] in _PRESS:
            type_ = "other"  # مؤتمر صحفي, ندوة صحفية: a press conference
        pointed = i > 0 and words[i - 1] in _DEMONSTRATIVE
        definite = hit[1].startswith("ال") or pointed or hit[1] in _POSSESSED
        if type_ == "other" and j < n and words[j] == _HONOURING:
            type_ = "award"  # حفل تكريم الفائزين: an award ceremony
        j = _name_end_ar(tk, j, definite=hit[1].startswith("ال"))
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
        counted = not hit[0] and number >= 2 and not 1900 <= number <= 2100
        m = _Mention(type_, start, end, name, tk.sent[i], definite, plural or counted, tok=i, pointed=pointed, cue=cue)
        if number and (plural or counted):
            m.count = number
        m.opened = _proceedings_of(tk, i)
        m.organized = _organized_before(tk, i)
        m.held = m.organized and _held_before(tk, i)
        _attach_title(m, tk.text, "ar")
        out.append(m)
    return out


_SINCE_AR = frozenset(fold_key(w) for w in "منذ ومنذ".split())
# a cue with a possessive pronoun names an event already told of (`ويختتم الوزير زيارته غدا`)
_POSSESSED = frozenset(fold_key(w) for w in "زيارته زيارتها زيارتهم جلسته جلستها اجتماعه اجتماعها اجتماعهم اجتماعهما".split())
_WHICH = frozenset(fold_key(w) for w in "التي الذي".split())
_CAMPAIGN = frozenset(fold_key(w) for w in "حملة الحملة".split())
# campaigns of force or of an election: no event a release holds
_NOT_CAMPAIGN = frozenset(
    fold_key(w)
    for w in "أمنية الأمنية عسكرية العسكرية انتخابية الانتخابية اعتقالات الاعتقالات اعتقال مداهمات المداهمات جوية الجوية "
    "قصف القصف تطهير عنيفة شرسة ممنهجة مسعورة تحريض التحريض".split()
)
_LAUNCH_VERBS_AR = frozenset(
    fold_key(w)
    for w in "أطلق أطلقت يطلق تطلق سيطلق ستطلق دشن دشنت يدشن تدشن انطلق انطلقت ينطلق تنطلق ستنطلق إطلاق تدشين انطلاق".split()
)
_CARRY_OUT_AR = _ORGANIZE_AR | frozenset(fold_key(w) for w in "ينفذ تنفذ ستنفذ بدأ بدأت تواصل يواصل تواصلت".split())


def _campaign_type(tk: Tokens, i: int, j: int) -> str:
    """The type of a campaign at cue `i`, its name ending at token `j`, by the nearest verb before it in its
    sentence or the verb of `التي` after it: `launch` when it is launched (`أطلقت وزارة الصحة اليوم الحملة القومية
    للتطعيم`), `other` when carried out (`نفذت البلدية حملة`, `الحملة ... التي نفذت خلال`), else `other?`: a
    reference to a campaign told of (`خلال الحملة`), no event of its own."""
    which = next((k for k in range(j, min(j + 4, len(tk) - 1)) if tk.words[k] in _WHICH), None)  # ضد الكوليرا التي
    after = [which + 1] if which is not None else []
    for k in after + list(range(i - 1, max(-1, i - 9), -1)):
        if tk.sent[k] != tk.sent[i]:
            break
        if strip_clitic(tk.words[k], _LAUNCH_VERBS_AR):
            return "launch"
        if strip_clitic(tk.words[k], _CARRY_OUT_AR):
            return "other"
    return "other?"

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
    k = i - 2
    while k >= 0 and tk.sent[k] == tk.sent[i]:
        if strip_clitic(tk.words[k], _ORGANIZE_AR):  # (ونظمت)
            return True
        k -= 1
    return False


# after ل, what a meeting is held for (`الاجتماع التنسيقي لبحث الاستعدادات`), whom or what it is for (`لجميع
# العرسان`, `لهذه المناسبة`): no part of its name
_NOT_IN_NAME_AFTER_L = frozenset(
    fold_key(w) for w in "بحث مناقشة استعراض متابعة تدارس مراجعة هذه هذا ذلك تلك هؤلاء جميع كل كافة بعض منسوبي".split()
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


def _name_end_ar(tk: Tokens, j: int, *, definite: bool) -> int:
    """The end of an event's name: indefinite adjectives, then a definite construct chain."""
    stop = _stop_ar()
    words = tk.words
    n = len(words)
    start = j
    occasion = not definite and j + 1 < n and words[j] in _OCCASIONS and tk.definite(j + 1)
    placed = not definite and _place_after(tk, j)
    if occasion:
        j += 1  # حفل تخريج الفوج, بطولة كأس الأمير: the occasion's noun, then its chain (a title may open it)
    elif placed:
        j = placed  # ملتقى دبي الدولي للأمن, بطولة غرب آسيا لألعاب القوى: named after a place, then its chain
    elif not definite:
        if j < n and words[j] in _KINDS and tk.sent[j] == tk.sent[start - 1]:
            j += 1  # اتفاقية شراكة, اتفاقية تعاون مشترك: the noun of its kind, then its adjectives
        accusative = words[start - 1].endswith("ا")  # مؤتمرا دوليا
        while j < n and j - start < 2 and _adjective(words[j], stop, accusative) and tk.sent[j] == tk.sent[start - 1]:
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
        k += 1
    return k


# after an event's name: what it is about (`الخاصة بـ`), and where it is held (`المنعقد بقاعة`), no part of it
_ABOUT = frozenset(fold_key(w) for w in "الخاص الخاصة المتعلق المتعلقة".split())
_HELD_PARTICIPLES = frozenset(fold_key(w) for w in "المنعقد المنعقدة المقام المقامة".split())
# the noun of an agreement's kind after its indefinite cue (`اتفاقية شراكة`, `اتفاقية تعاون`)
_KINDS = frozenset(fold_key(w) for w in "شراكة تعاون توأمة".split())
_COMPASS = frozenset(fold_key(w) for w in "غرب شرق شمال جنوب وسط".split())


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
_OCCASIONS = frozenset(fold_key(w) for w in "تخريج افتتاح اختتام توقيع توزيع تسليم استقبال تكريم كأس".split())


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


def _adjective(w: str, stop: frozenset[str], accusative: bool = False) -> bool:
    endings = ("يه", "ي", "يا") if accusative else ("يه", "ي")
    return w[0].isalpha() and w not in stop and not w.startswith(("ال", "وال")) and (w.endswith(endings) or w == "عمل")


# when an event is held, between its mention and its title (`ورشة عمل يوم الأربعاء المقبل بعنوان`, `a workshop
# next Wednesday titled`): skipped only when a cue of a title follows
_WHEN_BEFORE_TITLE = {
    "ar": re.compile(r"\s+(?:يوم|غدا|اليوم|صباح|مساء|خلال|في الفترة)\b[^.\n\"“”«»]{0,30}?(?=\s+(?:بعنوان|تحت عنوان|تحت شعار)\b)"),
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
        if w in _WEEKDAYS_EN:
            continue  # opened on Thursday the Global Health Exhibition
        rest = text[start + m.end() : cue_start]
        if the := list(re.finditer(r"\bthe\s+", rest)):
            after = rest[the[-1].end() :].split()
            if after and all(a[0].isupper() for a in after):
                return start + m.end() + the[-1].end()  # ... the Global Health Exhibition: the name after the article
            return cue_start  # Registration for the summit: a sentence about the event, not its name
        return start + m.start()
    return cue_start


_WEEKDAYS_EN = frozenset(_WEEKDAY_NAMES_EN)


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
        if type_ == "training_course" and text[cue_start:mt.end()].lower().startswith("course"):
            before = text[max(0, cue_start - 12) : cue_start].lower()
            if not re.search(r"\b(?:this|the|that)\s+$", before):
                continue
            type_ = "training_course?"
        end = mt.end()
        if start == cue_start and text.startswith("Cup", cue_start):
            continue  # a cup is named by the words before it (the King Cup), never by the word alone
        if (idiom := _IDIOM_EN.get(type_)) and idiom.match(text, end):
            continue
        if type_ == "meeting" and _EXAM_SESSION_EN.search(text, max(0, start - 30), min(len(text), end + 60)):
            continue  # the make-up session of the baccalaureate: an exam's sitting
        if type_ == "agreement" and _CONSENT_EN.search(text, max(0, start - 20), start):
            continue  # renewable by mutual agreement, in agreement with: consent, no agreement signed
        if type_ == "launch" and _SINCE_EN.search(text, max(0, cue_start - 12), cue_start):
            continue  # since the launch of Vision 2030
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
        i = tk.index_at(cue_start)
        before = text[max(0, start - 40) : start]
        # the forum, the three-day forum (not the Gulf Forum: a name)
        definite = start == cue_start and bool(re.search(r"\b(?i:the|this|that)\s+(?:[a-z][\w\-]*\s+){0,2}$", before))
        definite = definite and not _PROPER_CUE.match(text, cue_start, mt.end())  # the Manama Dialogue: a name
        if type_ == "other" and _OCCASION_EN.search(before):
            definite = False  # the opening ceremony: an occasion of the event at hand, as Arabic's `حفل الافتتاح`
        cue = text[cue_start : mt.end()].lower().split()[-1].removesuffix("s")
        m = _Mention(type_, start, end, text[start:end], tk.sent[i] if i < len(tk) else 0, definite, plural, tok=i, cue=cue)
        m.organized = _organized_before_en(tk, i, start)
        m.held = m.organized and _ORGANIZE_EN.search(text, max(0, start - 80), start) is not None
        _attach_title(m, text, "en")
        out.append(m)
    return out


_PROPER_CUE = re.compile(r"[A-Z][\w’'\-]*\s+(?:Dialogue|Week)$")
# a session of an exam (`the main session of the 2024 baccalaureate exam`, `the make-up session`): no meeting
_EXAM_SESSION_EN = re.compile(
    r"\b(?:make-?up|resit|retake|supplementary)\s+(?:exam(?:ination)?\s+)?sessions?\b"
    r"|\bsessions?\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:exams?|examinations?|baccalaureate|tests?)\b",
    re.I,
)
_SERIES_EN = re.compile(r"\ba\s+(?:series|round)\s+of\s+$", re.I)  # a series of meetings: one event, told in the plural
_PRESS_CONFERENCE = re.compile(r"\b(?:press|news)\s+conference|صح[اـ]?في")  # always `other`, whatever its sentence tells
_AWARDING_EN = re.compile(r"\b(?:winners?|awards?|awarded|prizes?|honou?r(?:ed|ing))\b", re.I)
_OCCASION_EN = re.compile(r"\b(?:opening|closing|inaugural|inauguration|graduation|signing|award|awards|honou?ring)\s+$", re.I)


def _organized_before_en(tk: Tokens, i: int, start: int) -> bool:
    """Whether a verb of organizing comes before an English event mention at `start` (cue token `i`) in its
    sentence (`The institute will hold a workshop`)."""
    first = bisect.bisect_left(tk.sent, tk.sent[i]) if i < len(tk) else len(tk)
    return _ORGANIZE_EN.search(tk.text, tk.starts[first] if first < len(tk) else start, start) is not None


# ---------------------------------------------------------------- grouping


def _group(mentions: list[_Mention]) -> list[_Record]:
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
        titled = m.title and [r for r in records if r.type == m.type and any(x.title and _name_key(x.title) == _name_key(m.title) for x in r.mentions)]
        if titled:
            titled[0].mentions.append(m)  # ملتقى "شباب منطقة الباحة" ... ملتقى "شباب منطقة الباحة الثاني"
            continue
        if m.definite or known:
            # a ceremony is no championship, nor a press conference: `other` events refer back by their cue word,
            # to an event of any type it opened (`الحفل` after `حفل تكريم`, `الحملة` after `أطلقت ... حملة`)
            same = [r for r in records if r.type == m.type != "other" or r.mentions[0].cue == m.cue and _plain_other(m)]
            if known and not same and not (m.pointed and m.cue == _COURSE):
                continue  # الدورة, البرنامج alone: a course only when one is known (هذه الدورة: the event at hand)
            if (same and _another_named(m, same)) or (not same and m.type in _OWN_KIND and (m.type != main.type or m.type == "other")):
                records.append(_Record(m.type, [m]))  # الاجتماع الوزاري العاشر after جلسة مباحثات; the visit of ... in a cabinet meeting
                continue
            target = same[-1] if same else main
            if not same and (m.opened or m.held and not known and all(x.sent != m.sent for x in main.mentions)):
                # افتتح ... أعمال الملتقى الخليجي, ستعقد الوزارة ... المؤتمر الخليجي الثالث: an event the release reports
                records.append(_Record(m.type, [m]))
                continue
            if not same and _RANK[m.type] >= 5 > _RANK[main.type]:
                continue  # على هامش القمة: a larger event the release is not about
            target.mentions.append(m)
            continue
        honoured = [r for r in records if r.type == "award"] if m.cue == _HONOURING else []
        if honoured:
            honoured[-1].mentions.append(m)  # قام راعي الحفل بتكريم 20 رياضيا: the honouring of the ceremony at hand
            continue
        own = m.organized and all(x.sent != m.sent for x in main.mentions)  # نظمت الوزارة دورة, in a story of its own
        if _RANK[m.type] < _RANK[main.type] and _RANK[main.type] >= 3 and m.type != "agreement" and not own:
            if m.type in ("training_course", "workshop", "lecture", "meeting"):
                main.sessions.append({"type": m.type, "name": m.name, "title": m.title, "start": m.start, "end": m.end})
            continue
        records.append(_Record(m.type, [m]))
    return records


def _plain_other(m: _Mention) -> bool:
    """Whether a mention is `other` by its cue word itself (`الحفل`, `الحملة`), not turned so (`المؤتمر الصحفي`)."""
    return m.type == "other" and _CUES_AR.get(m.cue, ("other",))[0] == "other"


# kinds of event that no mention of another kind renames: a definite `الزيارة`, `the agreement`, `the launch of
# ...` with none of its kind open is an event of its own, not the release's main one; so is an `other` of another cue word
# (`المؤتمر الصحفي` after `بطولة`), though `الحفل` of a course or an award is theirs
_OWN_KIND = frozenset({"visit", "agreement", "launch", "other"})


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
    noun that heads the other (`agreement`, `15-year agreement`), and their titles do not differ."""
    ka, kb = _name_key(a.mentions[0].name), _name_key(b.mentions[0].name)
    bare = len(ka) == 1 and kb and ka[0] in (kb[0], kb[-1])
    if ka[: len(kb)] != kb and kb[: len(ka)] != ka and not bare:
        return False
    ta = {_name_key(m.title) for m in a.mentions if m.title}
    tb = {_name_key(m.title) for m in b.mentions if m.title}
    return not (ta and tb and not ta & tb)


def _name_key(name: str) -> tuple[str, ...]:
    """An event name without clitic, ordinals and years, to tell mentions of one named event."""
    words = [w for w in fold_key(name).lower().split() if w not in _ORDINALS and not w.isdigit()]
    if words and words[0][:1] in "لبو" and words[0][1:] in _CUES_AR:
        words[0] = words[0][1:]
    return tuple(words)


# ---------------------------------------------------------------- fields


def _record_to_event(
    r: _Record, text: str, tk: Tokens, entities: list[Entity], bounds, *, lang: str, others: set[int] = frozenset(),
    beside: Sequence[tuple[int, int]] = (),
) -> Event:
    """Fill an event's fields from the sentences of its mentions (`bounds`: sentence -> its span;
    `others`: the sentences that mention other events; `beside`: the spans of their mentions)."""
    # the name comes from a mention of the event's own type (a later `الاتفاقية` of a cabinet session is no name for it)
    own = [m for m in r.mentions if m.type == r.type] or r.mentions
    named = max(own, key=lambda m: (m.title is not None, len(m.name.split())))
    attrs: dict[str, Any] = {
        "mentions": [[m.start, m.end] for m in r.mentions],
    }
    slogan = next((m.slogan for m in r.mentions if m.slogan), None)
    if slogan:
        attrs["slogan"] = slogan
    title = next((m.title for m in r.mentions if m.title), slogan)  # with no title, its slogan names it
    organizer = _organizer(r, text, tk, entities, bounds, lang=lang)
    reception = _reception_before(r, tk, bounds, others, lang=lang)
    placed = _Record(r.type, [reception, *r.mentions]) if reception else r  # where and when: the reception's too
    venue_ent = _venue(placed, entities, bounds, text, lang=lang)
    if venue_ent is None:
        venue_ent = _venue_phrase_ar(placed, tk) if lang == "ar" else _venue_phrase_en(placed, text, bounds)
    location_ent = _location(placed, entities, bounds, text, exclude=venue_ent)
    until = _lasting_until(r, text, entities, bounds, lang)
    dates = _dates(placed, entities, bounds, others, skip=until, named_day=lang == "ar", text=text)
    participants, expected = _participants(r, text, bounds, lang=lang, beside=beside)
    if participants is None and expected is None and lang == "ar":
        participants = _attended_next_ar(r, text, bounds, others)
    if organizer and organizer.entity_id:
        attrs["organizer_id"] = organizer.entity_id
    if location_ent:
        attrs["location_id"] = location_ent.entity_id
    if expected:
        attrs["expected_participants"] = expected
    ordinal = _ordinal(named.name if lang == "ar" else text[max(0, named.start - 12) : named.end], lang)
    if ordinal:
        attrs["ordinal"] = ordinal
    speakers = _speakers(r, entities, bounds)
    if speakers:
        attrs["speakers"] = speakers
    if r.type == "agreement":
        parties = _parties(r, text, tk, entities, bounds, lang=lang)
        if parties:
            attrs["parties"] = parties
    program = _program(r, text, tk, bounds, lang=lang)
    if program:
        attrs["program"] = program
    if r.sessions:
        attrs["sessions"] = r.sessions
    attrs.update(r.counts)
    start, end = (dates.split("/", 1) + [None])[:2] if dates else (None, None)
    if until is not None and end is None and (start is None or start <= until.value[:10]):
        end = until.value[:10]
    if end is None and (closed := _closing_day(r, text, entities, bounds)) is not None:
        if start is None or closed[1] == start:
            start, end = closed  # concluded today a five-day course
        elif start < closed[1]:
            end = closed[1]  # اختتمت اليوم فعاليات المؤتمر الذي انطلق في 3 مارس
    if end is None:
        end = _end_after_days(r, start, text, entities, bounds)  # تنطلق يوم الاثنين ... وتتواصل على مدى يومين
    event_type = r.type
    if event_type == "other" and not _PRESS_CONFERENCE.search(named.name):  # a generic cue (ceremony, festival): ask the classifier
        sentence = text[slice(*bounds[named.sent])]
        event_type = _classified_type(sentence, lang=lang, attrs=attrs)
        if event_type == "other" and named.cue == "ceremony" and _AWARDING_EN.search(sentence):
            event_type = "award"  # announced the winners during a ceremony: an award ceremony
    return Event(
        event_type,
        named.name,
        title,
        _value(organizer),
        _value(location_ent),
        venue_ent.text if venue_ent else None,
        start,
        end,
        participants,
        attrs,
    )


# a verb of receiving a guest or meeting someone: the meeting a later `اللقاء` / `the meeting` refers back to
_RECEIVE_AR = frozenset(fold_key(w) for w in "استقبل استقبلت واستقبل واستقبلت التقى التقت والتقى والتقت".split())
_RECEIVE_EN = frozenset(("received", "receives", "met"))


def _reception_before(r: _Record, tk: Tokens, bounds, others: set[int], *, lang: str) -> _Mention | None:
    """A mention at the verb of the reception a meeting record refers back to: its mentions all definite
    (`وأكد سموه خلال اللقاء`, `The meeting was attended by`), and one of the two sentences before the first
    tells of someone receiving or meeting someone (`استقبل ... بقصر القضيبية اليوم ...`), about no other event."""
    if r.type != "meeting" or not all(m.definite for m in r.mentions):
        return None
    first = r.mentions[0]
    receiving = _RECEIVE_AR if lang == "ar" else _RECEIVE_EN
    for s in (first.sent - 1, first.sent - 2):
        if s not in bounds or s in others:
            continue
        lo, hi = bounds[s]
        i = tk.index_at(lo)
        while i < len(tk) and tk.starts[i] < hi:
            if tk.words[i] in receiving:
                return _Mention(r.type, tk.starts[i], tk.ends[i], first.name, s, False, False, tok=i)
            i += 1
    return None


CLASSIFIER_CONFIDENCE = 0.7  # below this the rules' `other` stands


def _classified_type(sentence: str, *, lang: str, attrs: dict[str, Any]) -> str:
    """The built-in event-type classifier's reading of an event the cue words leave as `other`."""
    from ..classify import guess_event_type

    guess, probability = guess_event_type(sentence, lang=lang)
    if guess == "other" or probability < CLASSIFIER_CONFIDENCE:
        return "other"
    attrs["type_from"] = {"classifier": guess, "probability": probability}
    return guess


def _value(e: Entity | None) -> str | None:
    if e is None:
        return None
    if e.type == "LOC":  # as written, with the article a clitic `ل` took in (`زيارته للعراق`: العراق, not لعراق)
        restored = "ا" + e.text
        return restored if e.text.startswith("ل") and e.value and fold_key(restored) == fold_key(e.value) else e.text
    return e.value or e.text


def _sentence_bounds(tk: Tokens) -> dict[int, tuple[int, int]]:
    """The span of each sentence of a text, by sentence number."""
    out: dict[int, tuple[int, int]] = {}
    i, n = 0, len(tk.sent)
    while i < n:  # sentence numbers never decrease along the tokens: one step per sentence
        j = bisect.bisect_right(tk.sent, tk.sent[i], i)
        out[tk.sent[i]] = (tk.starts[i], max(tk.ends[i:j]))
        i = j
    return out


def _in(e: Entity, span: tuple[int, int]) -> bool:
    return span[0] <= e.start and e.end <= span[1]


def _organizer(r, text, tk, entities, bounds, *, lang) -> Entity | None:
    orgs = [e for e in entities if e.type == "ORG" and not _is_venue(e, lang) and e.attrs.get("key") not in _AGENCIES]
    for m in r.mentions:
        span = bounds[m.sent]
        in_sent = [e for e in orgs if _in(e, span) and not _partner(text, e)]
        if lang == "ar":
            verbs = [i for i in range(tk.index_at(span[0]), m.tok) if strip_clitic(tk.words[i], _ORGANIZE_AR)]
            if verbs:
                v = tk.starts[verbs[-1]]
                people = [e for e in entities if e.type == "PERSON" and v < e.start < m.start and e.attrs.get("role")]
                after = [e for e in in_sent if v < e.start < m.start and not _in_a_role(text, e, people) and not _held_in_ar(text, e)]
                before = [e for e in in_sent if e.end <= v and v - e.end < 80]
                if after:
                    return after[0]
                if before:
                    return before[-1]
                head = _bare_head(tk, tk.index_at(v), m.tok)
                if head:  # a body named by its head (`وزارة الصحة`), else one whose name opens with it, as the
                    # subject of `وقعت الجامعة ...` (`الجامعة الأردنية`), never the partner after `مع`
                    for form in (head, "ال" + head):
                        found = [e for e in orgs if fold_key(e.text).split()[0] == form and not _partner(text, e)]
                        if found:
                            return found[0]
            by = _organized_by_ar(tk, m, in_sent, orgs, entities)
            if by is not None:
                return by
        else:
            verbs = list(_ORGANIZE_EN.finditer(text, span[0], m.start))
            if verbs:
                v = verbs[-1].start()
                before = [e for e in in_sent if e.end <= v and not _OWNS.match(text, e.end)]
                if before:
                    return before[0]  # the subject, not a partner named on the way, nor its owner (the Cabinet's ...)
                if (named := _named_by_head_en(text, _bare_head_en(False).search(text, span[0], v), orgs, m.start)) is not None:
                    return named  # The ministry will hold a workshop: the ministry named before
            by = [e for e in in_sent if 0 <= e.start - m.end < 120 and _BY_EN.search(text, m.end, e.start)]
            if by:
                return by[0]  # ... Conference on Patient Safety, organized by the Ministry of Health
            if (named := _named_by_head_en(text, _bare_head_en(True).match(text, m.end, min(span[1], m.end + 80)), orgs, m.start)) is not None:
                return named  # The forum, organised by the ministry in cooperation with ...
    return None


@functools.cache
def _bare_head_en(by: bool) -> re.Pattern[str]:
    """A body named by its head noun alone (`the ministry`, not `the Ministry of Labour`): anywhere, or
    (`by`) within a few words after an event's mention, after `organised by` (`The forum, organised by the ministry`)."""
    heads = "|".join(sorted(word_lists()["org_heads_en"], key=len, reverse=True))
    lead = r"\W*(?:\w+\W+){0,3}?(?:organi[sz]ed|hosted|held|presented) by\s+the " if by else r"\b[Tt]he "
    return re.compile(rf"{lead}((?i:{heads}))\b(?!\s+(?:of|for)\s+[A-Z])")


def _named_by_head_en(text: str, found: re.Match[str] | None, orgs: list[Entity], before: int) -> Entity | None:
    """The last organization named before `before` whose words hold the head noun `found` gives alone
    (`the ministry`: the Ministry of Labour), or None."""
    if found is None:
        return None
    head = found.group(1).lower()
    named = [e for e in orgs if e.end <= before and head in e.text.lower().split()]
    return named[-1] if named else None


def _in_a_role(text: str, e: Entity, people: list[Entity]) -> bool:
    """Whether organization `e` is part of the role of a person named just before it (`افتتح الدكتور
    مصطفى مدبولي رئيس مجلس الوزراء فعاليات المؤتمر`): the person opens the event, the body does not."""
    for p in people:
        role = p.attrs["role"]
        at = text.find(role, p.end, p.end + len(role) + 4)
        if at >= 0 and at <= e.start and e.end <= at + len(role):
            return True
    return False


_IN_AR = re.compile(r"(?<!\w)في\s+$")


def _held_in_ar(text: str, e: Entity) -> bool:
    """Whether an organization is named as where something is (`اختتمت في مركز الحسين الثقافي فعاليات ...`)."""
    return _IN_AR.search(text, max(0, e.start - 4), e.start) is not None


_BY_AR = frozenset(fold_key(w) for w in "بتنظيم وبتنظيم".split())


def _organized_by_ar(tk: Tokens, m, orgs: list[Entity], named: list[Entity], entities: list[Entity]) -> Entity | None:
    """The organization after `الذي تنظمه` / `التي ينظمها` / `بتنظيم من` right after an event's mention
    and its title (`دورة تدريبية بعنوان «...» تنظمها كلية التربية`), or the one named before whose head noun
    stands there alone (`وزارة الصحة ... المؤتمر الذي تنظمه الوزارة`), or the ministry of a minister named
    before (`افتتح وزير الثقافة ... المهرجان الذي تنظمه الوزارة`). `named`: the text's organizations."""
    title = _TITLE_AR.match(tk.text, m.end)
    end = tk.index_at(title.end() if title else m.end)
    for k in range(end, min(end + 6, len(tk))):
        if organizes_it(tk, k) or tk.words[k] in _BY_AR:
            after = [e for e in orgs if 0 <= e.start - tk.ends[k] < 30]
            if after:
                return after[0]
            head = _head_at(tk, k + 1)
            before = [e for e in named if e.end <= m.start and fold_key(e.text).split()[0] == head] if head else []
            if before:
                return before[-1]
            return _ministry_of_minister(entities, m.start) if head == _MINISTRY else None
    return None


_MINISTRY = fold_key("وزارة")
_MINISTER_ROLE = re.compile(r"(?:ال)?وزير[ةه]?\s+((?!الدولة)ال\S+(?:\s+(?:ال|و)\S+)*)")


def _ministry_of_minister(entities: list[Entity], before: int) -> Entity | None:
    """The ministry of the last minister named before offset `before` (`وزير الثقافة`: `وزارة الثقافة`), as an
    organization without an id, at the role's portfolio."""
    for e in reversed([e for e in entities if e.type == "PERSON" and e.end <= before]):
        role = _MINISTER_ROLE.match(e.attrs.get("role") or "")
        if role:
            portfolio = role.group(1)
            return Entity("ORG", portfolio, e.start, e.end, "وزارة " + portfolio, attrs={"source": "role"})
    return None


def organizes_it(tk: Tokens, k: int) -> bool:
    """Whether token k is a verb of organizing with the event as its object pronoun (`تنظمه`, `ينظمها`),
    whose subject follows: `الذي تنظمه الأمانة العامة`."""
    w = tk.words[k]
    if tk.text[tk.ends[k] - 1] == "ة":
        return False  # إقامة, a noun: its ة folds to the ه of تنظمه
    verb = w[:-2] if w.endswith("ها") else w[:-1] if w.endswith("ه") else None
    return verb is not None and verb in _ORGANIZE_AR


# news agencies named in a dateline or a sign-off report events, they do not hold them
_AGENCIES = frozenset("bna wam spa mena petra map kuna qna ona sana ina aps tap afp reuters ap dpa upi kyodo xinhua irna wafa".split())
_DATELINE_END = re.compile(r"\((?:[A-Z]{2,6}|Petra)\)\s*(?:--|-|–|:)?|--")
_PARTNER = re.compile(r"(?:\bwith(?: the)?|\bbetween(?: the)?|مع|بين|بالتعاون مع)\s*$")


def _partner(text: str, e: Entity) -> bool:
    """Whether an organization is named as a partner (`in cooperation with the University`, `مع وزارة`)."""
    return bool(_PARTNER.search(text[max(0, e.start - 25) : e.start]))


def _parties(r, text, tk, entities, bounds, *, lang) -> list[str]:
    """The sides of an agreement: the organizations and places between the verb and the mention,
    and the one after `مع`/`with`/`between`, with those joined to it by `and` (`between the Sultanate of Oman
    and the Arab Fund ...`, `بين سلطنة عمان والصندوق العربي ...`)."""
    m = r.mentions[0]
    span = bounds[m.sent]
    sides = [e for e in entities if e.type in ("ORG", "LOC") and _in(e, span) and e.attrs.get("key") not in _AGENCIES]
    sides = [e for e in sides if not _bracketed_after(text, e.start, sides)]  # the Ministry of Health (MOH): one side
    if lang == "ar":
        verbs = [i for i in range(tk.index_at(span[0]), m.tok) if strip_clitic(tk.words[i], _ORGANIZE_AR)]
        v = tk.starts[verbs[-1]] if verbs else m.start
    else:
        verbs = list(_ORGANIZE_EN.finditer(text, span[0], m.start))
        v = verbs[-1].start() if verbs else m.start
    out = [e.text for e in sides if v <= e.start < m.start]
    if lang == "en":  # the subject: what stands before the verb, after the dateline
        datelines = [d for d in _DATELINE_END.finditer(text, span[0], v) if not _bracketed_after(text, d.start() + 1, sides)]
        opening = max([span[0]] + [d.end() for d in datelines])
        out = [e.text for e in sides if opening <= e.start and e.end <= v] + out
    after = [e for e in sides if e.start >= m.end and _partner(text, e)]
    if after:
        out += [e.text for e in _joined(text, after[0], sides)]
    return list(dict.fromkeys(out))


def _bracketed_after(text: str, at: int, sides: list[Entity]) -> bool:
    """Whether offset `at` opens an acronym in brackets right after one of `sides` (`the Ministry of Health (MOH)`)."""
    return text[at - 1 : at] == "(" and any(0 <= at - 1 - e.end <= 1 for e in sides)


# what joins two sides of an agreement: `and`, `, and the`, the clitic `و`
_JOINT = re.compile(r"\s*(?:\([A-Za-z\-]{2,10}\)\s*)?(?:[,،]\s*)?(?:and\s+(?:the\s+)?|و)")


def _joined(text: str, first: Entity, sides: list[Entity]) -> list[Entity]:
    """`first` and the sides after it that the text joins to it, one after another, by `and` or `و`."""
    out = [first]
    for e in sides:
        if e.start >= out[-1].end and _JOINT.fullmatch(text, out[-1].end, e.start):
            out.append(e)
    return out


def _bare_head(tk: Tokens, i: int, j: int) -> str | None:
    """A bare definite head noun between two tokens (`انتهى المعهد من عقد`): its indefinite form."""
    return next((h for k in range(max(0, i - 3), j) if (h := _head_at(tk, k))), None)


def _head_at(tk: Tokens, k: int) -> str | None:
    """The indefinite form of token `k` when it is a bare definite head noun (`الوزارة`: `وزارة`)."""
    w = tk.words[k] if k < len(tk) else ""
    return w[2:] if w.startswith("ال") and w in folded_set("org_heads_ar") else None


@functools.cache
def _venue_heads(lang: str) -> frozenset[str]:
    return frozenset(fold_key(w) for w in word_lists()[f"venue_heads_{lang}"])


def _is_venue(e: Entity, lang: str, text: str = "") -> bool:
    """Whether an organization is a place events are held at: `مركز دبي التجاري العالمي`-type names in Arabic;
    in English a name ending in a venue word, or one holding it after `at` (`at ADNEC Centre Abu Dhabi`)."""
    words = fold_key(e.text).split()
    if lang == "ar":
        return bool(words) and words[0] in _venue_heads("ar") and words[0] not in ("مركز", "ديوان")
    heads = _venue_heads("en")
    if words[-1:] and words[-1] in heads:
        return True
    return _AT.search(text, max(0, e.start - 8), e.start) is not None and any(w in heads for w in words)


_AT = re.compile(r"\bat\s+(?:the\s+)?$")
_BY = re.compile(r"\bby\s+(?:the\s+)?$")


def _by_or_with(text: str, e: Entity) -> bool:
    """Whether an organization is named as who organizes or joins an event (`organized by the Gulf Studies
    Center`, `with the ... Centre`), so no venue."""
    return _BY.search(text, max(0, e.start - 8), e.start) is not None or _partner(text, e)


_OWNS = re.compile(r"['’]s\b")


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


def _venue_phrase_ar(r, tk: Tokens) -> Entity | None:
    """A venue after `في` or `ب` in a sentence of an Arabic event, after its mention, that no name holds:
    the head and its construct chain (`في قاعة المؤتمرات`, `في مسرح مدينة العرفان`, `في مجمع الشيخ جابر
    الأحمد الرياضي`)."""
    heads = _hall_heads_ar()
    words = tk.words
    for m in r.mentions:
        k = m.tok + 1
        while k < len(tk) and tk.sent[k] == m.sent:
            hit = heads.get(words[k])
            after_in = hit is not None and (hit[0] == 0 and words[k - 1] == "في" or hit[0] == 1 and words[k][0] == "ب")
            quoted = _QUOTED_NAME.match(tk.text, tk.ends[k]) if after_in else None
            if quoted or after_in and (end := _venue_chain_ar(tk, k + 1)) > k + 1:
                start = tk.starts[k] + hit[0]
                stop = quoted.end() if quoted else tk.ends[end - 1]  # في قاعة "بيروت" بفندق "موفنبيك"
                return Entity("ORG", tk.text[start:stop], start, stop, attrs={"source": "venue"})
            k += 1
    return None


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


def _venue_chain_ar(tk: Tokens, j: int) -> int:
    """The end of a venue's construct chain from token j: definite words, a royal's name after a title, and
    one bare noun before a definite word (`مدينة العرفان`)."""
    stop = _stop_ar()
    words = tk.words
    start = j
    while j < len(tk) and j - start < 6 and tk.sent[j] == tk.sent[start - 1]:
        w = words[j]
        if not w[0].isalpha() or w in stop or w in CHAIN_ENDS or w.startswith("و"):
            break
        if tk.definite(j):
            j += 1
        elif words[j - 1] in _ROYAL_TITLES and _royal_name_ar(tk, j) > j:
            j = _royal_name_ar(tk, j)  # مجمع الشيخ جابر الأحمد
        elif j == start and j + 1 < len(tk) and tk.definite(j + 1) and words[j + 1] not in stop:
            j += 1  # مسرح مدينة العرفان
        else:
            break
    return j


def _location(r, entities, bounds, text, *, exclude) -> Entity | None:
    """Where an event is: the first place a sentence of its mentions says it is in, after the mention
    (`in the Brazilian city of Belém`, `بالرياض`, `signed in New Delhi`); else, in the first sentence of
    its mentions that names a place, the first place after the mention, else the first before it (a
    dateline's city); else the first of the text. Regions of several countries only when nothing else."""
    named = [(m.start, m.end) for m in r.mentions]  # بطولة الإمارات الوطنية: a place in the name is none
    if exclude is not None:
        named.append((exclude.start, exclude.end))
    locs = _not_origins([e for e in entities if e.type == "LOC" and not any(_in(e, span) for span in named)], text)
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
            if cands:
                return cands[0]
        if not regional:
            doc = [e for e in locs if not _broad(e)]
            if doc:
                return doc[0]
    return None


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
# what says that the place after it is where something is: `in`, `at`, `في`, `ب` (a clitic or a word before it)
_PLACED = re.compile(r"(?:\b(?:in|at)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}|(?<!\w)في\s+(?:\w+\s+){0,2}|(?<!\w)و?ب)$")


# a verb that holds or signs an event, then where: after the mention in English (`was signed in`), before it
# in Arabic (`ووقعت الاتفاقية في`, `تقام البطولة بالدوحة`)
_HELD_EN = re.compile(
    r"\s*(?:(?:was|were|is|are|will\s+be|has\s+been|have\s+been|had\s+been|being)\s+)?(?:officially\s+)?"
    r"(?:held|signed|hosted|organi[sz]ed|staged|convened|opened|inaugurated|launched|took\s+place|takes\s+place|"
    r"will\s+take\s+place|kicked\s+off|concluded)\s+(?:[\w\-]+\s+){0,4}?(?:in|at)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$"
)
_HOLD_AR = r"عقد|عقدت|انعقد|انعقدت|[اأ]قيم|[اأ]قيمت|نظم|نظمت|[تي]قام|[تي]عقد"  # held, organized
_HELD_AR = re.compile(
    rf"(?<!\w)[وف]?(?:{_HOLD_AR}|س[تي]قام|س[تي]عقد|س?[تي]نعقد|وقع|وقعت|جرى|جرت|"
    r"افتتح|افتتحت|انطلق|انطلقت|اختتم|اختتمت|تم\s+توقيع|تم\s+افتتاح)\s+$"
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


# a year an event is about, after `لعام` / `لسنة` / `for`, with the year alone
_YEAR_OF = re.compile(r"(?:(?<!\w)(?:ل|لل)(?:عام|سنة|موسم)|\bfor(?: the year)?)\s*(?:19|20)\d\d(?:\s*م)?$")


def _dates(r, entities, bounds, others: set[int], *, skip: Entity | None = None, named_day: bool = False, text: str = "") -> str | None:
    """The date of an event: the nearest in a sentence that mentions it (the first such that gives
    the day, else the first: `الملتقى الخامس عشر 2015م` is dated by its later `19 – 25 يوليو 2015`),
    else in the sentence after or before its first mention, unless that sentence is about another
    event (its date is that one's). `skip`: a date that is not the start (the day it lasts until);
    `named_day`: a day named after the mention outweighs the dateline's (`الدوحة في 20 فبراير / قنا /
    نظمت ... محاضرة ... يوم الأربعاء 21 فبراير`). An event told in the past is not dated after the
    release's day by a weekday (`أقامت ... حفل معايدة، وتغادر البعثة يوم الخميس`: the Thursday is the trip's;
    but `نظمت ... يوم الأربعاء 21 فبراير` a day after the dateline stands)."""
    dates = [e for e in entities if e.type == "DATE" and e.value and e is not skip and not e.attrs.get("aside")]
    if not dates:
        return None
    release = next((e.value for e in dates if _full_day(e.value) and _dateline(e, entities)), None)
    found = []
    for m in r.mentions:
        span = bounds[m.sent]
        near = [e for e in dates if _in(e, span)]
        if any(len(e.value) >= 7 for e in near):  # حفل تكريم المتميزين لعام 2024: the year honoured, not the day held
            near = [e for e in near if not _YEAR_OF.search(text, max(0, e.start - 8), e.end)]
        if release and _PAST_VERB.search(text, max(span[0], m.start - 60), m.start):
            near = [e for e in near if not e.attrs.get("relative") or e.value[:10] <= release]
        if near:
            nearest = min(near, key=lambda e: abs(e.start - m.end))
            days = [e for e in near if _day_range(e.value)]
            if named_day and not days:
                days = [e for e in near if e.start >= m.end and len(e.value) == 10 and not _dateline(e, entities)]
            if days and _dateline(nearest, entities):
                nearest = days[0]  # المنامة في 1 يونيو / بنا / ... زيارة الدولة ... خلال الفترة من 28 إلى 31 مايو
            found.append(nearest.value)
    if found:
        day = next((v for v in found if len(v.split("/")[0]) >= 10), found[0])
        # a range of days that holds it: `انطلقت اليوم` ... `من 7 إلى 9 نوفمبر`
        return next((v for v in found if _day_range(v) and v[:10] <= day[:10] <= v[11:]), day)
    m = r.mentions[0]
    for s in (m.sent + 1, m.sent - 1):  # (a day, not a year: `... reached 86% in 2023` tells no event's date)
        if s in bounds and s not in others:
            near = [e for e in dates if _in(e, bounds[s]) and len(e.value) >= 7]
            if near:
                return near[0].value
    # `During the meeting, ...` opening a paragraph: the meeting is the one the paragraph before told of
    # with its day (a full stop before a line break leaves a sentence number empty)
    before = max((s for s in bounds if s < m.sent), default=None)
    if m.definite and before is not None and before not in others and m.sent - 1 not in bounds:
        near = [e for e in dates if _in(e, bounds[before]) and _full_day(e.value)]
        if near:
            return near[0].value
    return None


# a verb of lasting, then `حتى` / `until`: the date after it is the day an event ends (`ويستمر حتى 7 أكتوبر`,
# `وتستمر الورشة حتى 25 يناير`, `التي تتواصل فعالياتها إلى 30 نوفمبر`, `runs until November 22`)
_LASTS_AR = r"(?:[يت]ستمر|استمرت?|[يت]تواصل|تواصلت?|[يت]متد|امتدت?)"  # يستمر, تواصلت, امتد
# or a verb of closing still to come, then the day (`فيما تختتم أعماله يوم السبت 19 أكتوبر`, `will conclude on
# Saturday, October 19`)
_UNTIL = {
    "ar": re.compile(
        rf"(?<!\w)[وف]?س?{_LASTS_AR}(?:\s+\w+){{0,3}}?"
        r"\s+(?:حتى|لغاية|[إا]لى\s+غاية|[إا]لى)\s+(?:يوم\s+)?$"
        r"|(?<!\w)[وف]?س?(?:[يت]ختتم|[يت]نتهي|[يت]ُختتم)(?:\s+\w+){0,3}?\s+(?:في\s+)?(?:يوم\s+)?(?:\w+\s+)?$"
    ),
    "en": re.compile(
        r"\b(?:(?:will|to)\s+)?(?:run|runs|running|ran|continue|continues|continuing|last|lasts|lasting|extend|extends)"
        rf"(?:\s+[\w\-]+){{0,3}}?\s+(?:until|till|through|to)\s+(?:the\s+)?(?:(?:{_WEEKDAY_EN}),?\s+)?$"
        rf"|\b(?:will|to)\s+(?:conclude|end|close)(?:\s+[\w\-]+){{0,3}}?\s+on\s+(?:(?:{_WEEKDAY_EN}),?\s+)?$"
    ),
}


def _lasting_until(r, text: str, entities: list[Entity], bounds, lang: str) -> Entity | None:
    """The day a release says an event lasts until, in a sentence of its mentions."""
    spans = [bounds[m.sent] for m in r.mentions]
    for e in entities:
        if e.type == "DATE" and e.value and len(e.value) == 10 and any(_in(e, sp) for sp in spans):
            if _UNTIL[lang].search(text, max(0, e.start - 60), e.start):
                return e
    return None


# a verb of closing before an event, and the day between them: the day it ends (`اختتم المعهد اليوم دورة`,
# `concluded today a five-day training course`)
_CLOSING = re.compile(rf"(?<!\w)[وف]?(?:{'|'.join(_CLOSE_AR.split())})(?!\w)|\b(?:{_CLOSE_EN}|wrapped up)\b")
_DAYS = re.compile(r"P(\d+)D")
_ONE_DAY = frozenset({"meeting", "lecture", "visit", "agreement", "launch", "award"})  # the day they close is their day


# a verb in the past of holding or closing an event, right before its mention (`أقامت الإدارة حفل`, `held a meeting`)
_PAST_VERB = re.compile(
    r"(?<!\w)[وف]?(?:نظم|نظمت|عقد|عقدت|أقام|أقامت|اقام|اقامت|نفذ|نفذت|استضاف|استضافت|دشن|دشنت|افتتح|افتتحت|اختتم|اختتمت|وقع|وقعت)(?!\w)"
    r"|\b(?:organi[sz]ed|held|hosted|conducted|inaugurated|opened|concluded|signed)\b"
)


def _closing_day(r, text: str, entities: list[Entity], bounds) -> tuple[str | None, str] | None:
    """(start, end) of an event whose first mention follows a verb of closing with the day between
    (`concluded today a training course`): the day is its end, and with a number of days told beside
    the mention (`a five-day training course`, `دورة ... استمرت خمسة أيام`) the start is counted back."""
    if r.type in _ONE_DAY:
        return None
    m = r.mentions[0]
    lo, hi = bounds[m.sent]
    verb = None
    for verb in _CLOSING.finditer(text, max(lo, m.start - 60), m.start):
        pass  # the last before the mention, its object (not `اختتم ... زيارته ... بلقاء`)
    if verb is None:
        return None
    dated = [e for e in entities if e.type == "DATE" and e.value and one_day(e.value)]
    day = next((e for e in dated if verb.end() <= e.start and e.end <= m.start), None)
    if day is None:  # with no day told, the release's own: `Manama, Nov. 18 (BNA): The Institute concluded a course`
        day = next((e for e in reversed(dated) if e.end <= verb.start() and _dateline(e, entities)), None)
    if day is None:
        return None
    days = _days_beside(m, entities, bounds, text, any_near=True)
    return (days_after(day.value, 1 - days) if days else None), day.value


def _days_beside(m: _Mention, entities: list[Entity], bounds, text: str, *, any_near: bool = False, told: bool = False) -> int | None:
    """The number of days an event lasts, told beside its mention (`a five-day training course`, `دورة
    ... استمرت خمسة أيام`) as what the event lasts (`تتواصل على مدى يومين`, `for three days`), not as a time
    after or between (`بعد السوبر بخمسة أيام`, `توقفت لمدة يومين`). `any_near` (an event closed on a known day):
    any days right beside the mention, and also the days said to be lasted further on in its sentence
    (`الدورة ... التي نظمتها إدارة التدريب بالتعاون مع ... على مدى خمسة أيام`). Days a verb of lasting tells
    count anywhere after the mention in its sentence (`ندوة ... وتستمر يومين`, `The symposium runs for two days`);
    `told` (an event most often of one day): only those."""
    lo, hi = bounds[m.sent]
    for e in entities:
        if e.type != "DURATION" or not e.value or not lo <= e.start or not e.end <= hi or not (days := _DAYS.fullmatch(e.value)):
            continue
        lasts = _LASTS.search(text, max(lo, e.start - 30), e.start) if m.end <= e.start else None
        if lasts and m.type not in ("visit", "agreement") and (lasts.group(1) or e.start - m.end <= 40 or _INSERTED.fullmatch(text, m.end, lasts.start())):
            return int(days.group(1))
        if told:
            continue
        if m.start - 40 <= e.start and e.end <= m.end + 80:
            if any_near or e.text.endswith("day") or _LASTING.search(text, max(lo, e.start - 40), e.start):
                return int(days.group(1))
        elif any_near and m.end <= e.start < m.end + 300 and _LASTING.search(text, max(lo, e.start - 40), e.start):
            return int(days.group(1))
    return None


# what comes before the days an event lasts (`ويستمر ثلاثة أيام`, `تتواصل فعالياته على مدى يومين`, `for three days`)
_LASTING = re.compile(
    rf"(?:(?<!\w)[وف]?{_LASTS_AR}(?:\s+\S+){{0,2}}?\s+(?:لمدة\s+|على\s+مدى\s+|طيلة\s+)?"
    r"|(?<!\w)(?:على\s+مدى|ومدته|ومدتها|مدته|مدتها)\s+"
    r"|\b(?:runs?|lasts?|lasting|continues?|over|for)\s+(?:a\s+period\s+of\s+)?)$"
)


# a verb of lasting right before the days (`وتستمر يومين`, `runs for two days`): a clause of its own about the
# event (group 1: `ويستمر`, far from the mention) or the mention's verb (`The symposium runs for`; not `معسكر تدريبي
# يستمر لمدة 16 يوما`, `المنافسات التي تستمر 16 يوما`: another thing's)
_LASTS = re.compile(rf"(?:(?<!\w)(و)?س?{_LASTS_AR}(?:\s+\S+)?\s+(?:لمدة\s+|على\s+مدى\s+|طيلة\s+)?|\b(?:runs?|lasts?|continues?)\s+(?:for\s+)?)$")


# a clause set between an event's mention and its verb (`The conference, organized by ..., will continue for`)
_INSERTED = re.compile(r"\s*[,،][^,،.;]*[,،]\s*(?:(?:will|would|is\s+to|is\s+set\s+to)\s+)?")


def _end_after_days(r: _Record, start: str | None, text: str, entities: list[Entity], bounds) -> str | None:
    """The last day of an event that starts on a known day and lasts the days told beside a mention; a day
    without its year (`XXXX-10-05`) ends on one without it too."""
    if start is None or not one_day(start):
        return None
    # (a meeting or a symposium said to last two days does; a visit told of on one of its days has begun before)
    days = next((d for m in r.mentions if (d := _days_beside(m, entities, bounds, text, told=r.type in _ONE_DAY))), None)
    return days_after(start, days - 1) if days and days > 1 else None


def _full_day(value: str) -> bool:
    """Whether an ISO value is one day with its year (`2024-05-28`, not `XXXX-05-28`)."""
    return len(value) == 10 and value[0].isdigit()


def _day_range(value: str) -> bool:
    """Whether an ISO value is a range of two days (`2024-05-28/2024-05-31`)."""
    return "/" in value and len(value) == 21


def _dateline(e: Entity, entities: list[Entity]) -> bool:
    """Whether a date is the dateline's, the release's own: the news agency named right after it
    (`المنامة في 1 يونيو / بنا /`, `ABU DHABI, 9th July, 2024 (WAM)`), or its day told again as today (`صدر اليوم`)."""
    if any(a.type == "ORG" and a.attrs.get("key") in _AGENCIES and 0 <= a.start - e.end <= 4 for a in entities):
        return True
    return bool(e.attrs.get("relative")) and e.value is not None and any(
        d.type == "DATE" and not d.attrs.get("relative") and d.value == e.value and _dateline(d, entities) for d in entities
    )


def _participants(r, text, bounds, *, lang: str, beside: Sequence[tuple[int, int]] = ()) -> tuple[int | None, int | None]:
    """(participants, expected participants) told in a sentence of the event's mentions, from its mention (or the
    sentence's start, when no other event is named before it) to the next other event's (`a festival with an
    exhibition with the participation of 60 craftsmen and a symposium`: the exhibition's)."""
    for m in r.mentions:
        span = bounds[m.sent]
        lo = m.start if any(span[0] <= a and b <= m.start for a, b in beside) else span[0]
        hi = min([span[1]] + [a for a, b in beside if m.end <= a < span[1]])
        sentence = text[lo:hi]
        expected = _EXPECTED.search(sentence)
        people = _people_en(sentence) if lang == "en" else None
        if people is not None:
            return (None, people) if expected else (people, None)
        for p in _PARTICIPANTS.finditer(sentence):
            n = int((p.group(1) or p.group(2)).replace(",", ""))
            return (None, n) if expected else (n, None)
        if expected:
            num = _NUMBER.search(sentence, expected.end())
            if num and _COUNTS_BODIES.match(sentence, num.end()):
                continue  # يتوقع أن يشارك أكثر من 50 دولة: bodies, not people
            if num and re.search(r"أكثر من|نحو|حوالي|more than|over|about|around", sentence[expected.end() : num.start()]):
                return None, int(num.group(1).replace(",", ""))
    return None, None


# a sentence that opens on attending the event just told of, by its pronoun (`وحضرها أكثر من 100 شخص`,
# `كما شارك فيها 20 موظفا`)
_ATTENDED_IT_AR = re.compile(r"\s*(?:و|كما\s+)?(?:حضرها|حضره|[يت]?شارك\s+(?:فيها|فيه|بها))\s")


def _attended_next_ar(r, text: str, bounds, others: set[int]) -> int | None:
    """The participants of an Arabic event counted in the sentence after its last mention, when that
    sentence opens on attending it and mentions no other event."""
    last = max(m.sent for m in r.mentions)
    after = min((s for s in bounds if s > last), default=None)  # a full stop before a line break leaves a number empty
    if after is None or after in others:
        return None
    span = bounds[after]
    if not _ATTENDED_IT_AR.match(text, span[0]):
        return None
    p = _PARTICIPANTS.search(text, span[0], span[1])
    return int((p.group(1) or p.group(2)).replace(",", "")) if p else None


def _people_en(sentence: str) -> int | None:
    """The count of people after an English cue of participation, to the end of its clause: `with the
    participation of more than 200 experts from 30 countries` 200, `of 400 companies and 10,000 job seekers`
    10,000, `attended by 1.5 million viewers` 1,500,000."""
    cue = _CUE_EN.search(sentence)
    if cue is None:
        return None
    clause = _CLAUSE_EN.match(sentence, cue.end()).group()
    count = _PEOPLE_EN.search(clause)
    if count is None:
        return None
    number = float(count.group(1).replace(",", "")) * _SCALES_EN.get(count.group(2) or "", 1)
    return int(number)


def _ordinal(name: str, lang: str) -> int | None:
    if lang == "ar":
        found = find_ordinals(name, lang="ar")  # الخامس عشر: 15
        return int(found[0].number) if found else None
    m = _ORDINAL_EN.search(name)
    if not m:
        return None
    return int(m.group(1)) if m.group(1) else _ORDINAL_WORDS.index(m.group(2).lower()) + 1


def _speakers(r, entities, bounds) -> list[str]:
    spans = [bounds[m.sent] for m in r.mentions if m.type == "lecture"]
    spans += [_session_bounds(s, bounds) for s in r.sessions if s["type"] == "lecture"]
    out = []
    for e in entities:
        if e.type == "PERSON" and any(_in(e, sp) for sp in spans) and len(e.text.split()) > 1 and e.text not in out:
            out.append(e.text)
    return out


def _session_bounds(session: dict[str, Any], bounds) -> tuple[int, int]:
    """The sentence span that holds a session's mention."""
    for span in bounds.values():
        if span[0] <= session["start"] < span[1]:
            return span
    return (session["start"], session["end"])


def _program(r, text, tk, bounds, *, lang) -> str | None:
    for m in r.mentions:
        span = bounds[m.sent]
        if lang == "en":
            p = _PROGRAM_EN.search(text, span[0], span[1])
            if p:
                return p.group(1)
            continue
        i = tk.index_at(span[0])
        while i < len(tk) and tk.starts[i] < span[1]:
            if tk.words[i] == "ضمن" and i + 1 < len(tk) and tk.words[i + 1] == "برنامج":
                j = i + 2
                while j < len(tk) and j - i < 4 and not tk.definite(j) and tk.words[j][0].isalpha():
                    j += 1
                j = _name_end_ar(tk, j, definite=True)
                return tk.span_text(i + 1, j)
            i += 1
    return None
