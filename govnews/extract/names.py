"""Find PERSON, ORG and LOC mentions in Arabic and English releases.

Rules first, a statistical model where they run out:

- LOC and well-known ORG: the gazetteers (`gazetteer.py`), after a clitic where Arabic has one.
- ORG: a head noun (`وزارة`, `هيئة`, `معهد`, `Ministry`, `Institute`, ...) and its construct chain
  (`الأمانة العامة للمجلس التنفيذي بدبي`, `كلية محمد بن راشد للإدارة الحكومية`); an acronym in quotes or
  brackets right after it is an alias (`معهد الإدارة العامة “بيبا”`).
- PERSON: a title (`السيد`, `المهندس`, `Mr.`, `H.E.`), a known first name, or a reporting verb followed
  by a name and a role (`قال فادي سالم، مدير ...`); the role after the name, else before it
  (`وزير الخارجية ... أيمن الصفدي`, `Senior Director of ... at BIPA Mohamed Al-Sabba’a`), goes into
  `attrs["role"]`, the title into `attrs["title"]`.
- Arabic text then runs through the token classifier of `ner.py` (one call per document) for names the
  rules miss. The English rules live in `names_en.py`.

Overlapping candidates resolve to the longest; later mentions of a person by surname (`السباع`,
`Mr. Al-Sabba’a`) and of an organization by its acronym get the same `entity_id` (see `link_mentions`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from govnews.extract.gazetteer import entries, fold_key, names_automaton, word_lists
from govnews.extract.numbers import currency_words, ordinal_words
from govnews.extract.tokens import CHAIN_ENDS, PUNCT_BREAK, Tokens, folded_set, strip_clitic, tokenize, with_clitics
from govnews.records import Entity, evolve


@dataclass
class Cand:
    """A candidate mention before overlaps are resolved."""

    start: int
    end: int
    type: str
    value: str
    attrs: dict[str, Any] = field(default_factory=dict)
    key: str | None = None  # identity for linking mentions: gazetteer key or folded value
    prio: int = 1  # among equally long candidates the higher wins


# ---------------------------------------------------------------- word lists


@dataclass(frozen=True)
class _Lex:
    heads: frozenset[str]
    titles: frozenset[str]
    roles: frozenset[str]
    first: frozenset[str]
    stop: frozenset[str]
    verbs: frozenset[str]
    role_stop: frozenset[str]
    name_links: frozenset[str]


_ROLE_STOP_AR = "أن ان إن أنه انه أنها انها بأن بان قائلا قائلة خلال على عن إلى الى حيث التي الذي اليوم أمس يوم صباح مساء بحضور وذلك كما حول منذ بعد قبل عند ضمن أمام"
_NAME_LINKS_AR = "بن بنت ابن أبو ابو آل ال عبد"


@functools.cache
def _event_cue_forms() -> dict:
    from govnews.extract.events.cues import _CUE_WORDS

    return with_clitics(_CUE_WORDS)


def _event_cues() -> frozenset[str]:
    from govnews.extract.events.cues import _CUES_AR

    return frozenset(w for w, (_, _, needs) in _CUES_AR.items() if needs is None)


@functools.cache
def _lex_ar() -> _Lex:
    roles = folded_set("roles_ar")
    return _Lex(
        heads=frozenset(w for w in folded_set("org_heads_ar") if " " not in w),
        titles=frozenset(w for w in folded_set("titles_ar") if " " not in w),
        roles=frozenset(w.split()[0] for w in roles),
        first=frozenset(w for w in folded_set("first_names_ar") if " " not in w),
        stop=folded_set("stop_ar"),
        verbs=folded_set("reporting_verbs_ar"),
        role_stop=frozenset(fold_key(w) for w in _ROLE_STOP_AR.split()) | folded_set("reporting_verbs_ar") | _event_cues(),
        name_links=frozenset(fold_key(w) for w in _NAME_LINKS_AR.split()),
    )


# titles that are also common words (`الفريق` the team, `العميد` the dean): a name must follow at once
_WEAK_TITLES = frozenset(fold_key(w) for w in "الفريق العميد النقيب الرائد المقدم الحاج الإمام القاضي الرئيس".split())
_HAPPINESS = fold_key("سعادة")  # a title, and after a clitic most often the word (`بسعادة غامرة`)
# words that open a title before the title word proper (`صاحب السمو الملكي الأمير`)
_TITLE_OPENERS = frozenset(fold_key(w) for w in "حضرة صاحب صاحبة السمو الملكي الجلالة المعالي السعادة الفخامة".split())
# adjectives that may follow a definite head noun besides nisba adjectives (`المجلس التنفيذي`)
_HEAD_ADJECTIVES = frozenset(
    fold_key(w)
    for w in (
        "العامة العام العليا الأعلى الدائمة المتحدة المستقلة الكبرى الأهلية الخاصة الجديدة الموحدة المركزية "
        "الحرة المتجددة الحديثة المشتركة المتخصصة الشاملة المستدامة الصغيرة المتوسطة الكبيرة الأولى"
    ).split()
)
# adjectives after which a genitive with ل goes on a name (`الهيئة العامة لتنظيم الإعلام`), where
# after others it is what the body does (`بنك ناصر الاجتماعي لدعم الأسر`)
_GENITIVE_ADJECTIVES = frozenset(
    fold_key(w)
    for w in (
        "العامة العام العليا الوطنية الوطني الاتحادية الاتحادي الخيرية الخيري الأهلية العربية العربي الخليجية "
        "الدولية الدولي العالمية الإسلامية السعودية السعودي الإماراتية الكويتية البحرينية العمانية القطرية "
        "المصرية الأردنية"
    ).split()
)
# adjectives that make a head noun a common noun phrase (`مصلحة أساسية`, `مجموعة متنوعة`)
_INDEFINITE_ADJECTIVES = frozenset(
    fold_key(w) for w in "أساسية متنوعة كبيرة واسعة جديدة مختلفة عديدة متكاملة كاملة خاصة عامة صغيرة واحدة أخرى ثانية".split()
)
# plural nouns that start a new phrase after و rather than continue a name (`السفارة اليمنية والجهات ...`)
_PLURALS = frozenset(fold_key(w) for w in "الجهات الدوائر المؤسسات الهيئات الشركات المنظمات الوزارات القطاعات الإدارات الدول".split())
# personal names that are also common words (سعيد: happy): names only after a first name or a title
_NAME_WORDS = frozenset(fold_key(w) for w in "سعيد سالم عادل نبيل راشد ناصر حمد سيف خليفة صالح كامل جميل كريم رشيد أمين شريف عماد سلطان".split())
_ADJECTIVE_NAMES = frozenset(fold_key(w) for w in "حسن جميل كريم سعيد سالم عمر رياض".split())
_VENUE_HEADS = frozenset(fold_key(w) for w in "فندق منتجع".split())
_SEATS = frozenset(fold_key(w) for w in "مقر قصر ديوان جناح".split())  # a person's seat: مقر الشيخ ..., not a name
_PALACE = fold_key("قصر")
# what can be short: after them `قصر` is shortness (قصر النظر, قصر المدة, قصر فترة الإقامة), not a palace, whose
# name is a proper name (قصر الصخير, قصر بعبدا) or one given to it (قصر الشاطئ, قصر الاتحادية)
_SHORT_OF = frozenset(fold_key(w) for w in "نظر مدة فترة وقت زمن عمر أجل مهلة قامة مسافة دورة موسم رحلة إقامة نهار ليل".split())
_CITY = fold_key("مدينة")
_CLUB = fold_key("نادي")
_STREETS = frozenset(fold_key(w) for w in "طريق شارع جسر ميدان دوار".split())  # named after a person: a place
_ROAD = fold_key("طريق")
_OVERSEERS = frozenset(fold_key(w) for w in "العام المشرف المشرفة العامة".split())  # ... على: a role goes on
_GOVERNORATE = fold_key("محافظة")  # with a place and nothing more, a place (`محافظة الطائف`, as `إمارة دبي`)
_PLACE_HEADS = frozenset(fold_key(w) for w in "حكومة الحكومة سفارة قنصلية بلدية شرطة إمارة".split())
_ROYAL_TITLES = frozenset(fold_key(w) for w in "الملك الأمير الأميرة الشيخ الشيخة السلطان الإمام".split())
_FAMILY_TITLES = frozenset(fold_key(w) for w in "الشيخ الأمير الإمام".split())  # also family names: فاطمة عبدالرحمن الشيخ
_CENTRE = fold_key("مركز")
_TOWN_WORDS = frozenset(fold_key(w) for w in "مدينة بلدة قرية منطقة محافظة ريف".split())
# the class or corps after a rank, part of the title: الملازم أول, اللواء ركن, العقيد طيار, العميد بحري
_RANK_CLASSES = frozenset(fold_key(w) for w in "أول ركن طيار بحري".split())
_DIVISION_WORDS = frozenset(fold_key(w) for w in "محافظة منطقة إقليم ولاية".split())
_DIRECTIONS = frozenset(fold_key(w) for w in "جنوب شمال شرق غرب جنوبي شمالي شرقي غربي وسط".split())
_PREPOSITION_AND_PRONOUN = frozenset(fold_key(p + s) for p in ("من", "عن", "في", "ل", "ب", "إلي", "علي") for s in ("ه", "ها", "هم"))
_BOARDS = frozenset(fold_key(w) for w in "إدارة إدارته إدارتها أمناء أمنائه أمنائها".split())  # مجلس إدارة ..., مجلس أمنائها
_CONSTRUCT_NOUNS = frozenset(fold_key(w) for w in "كرة شؤون".split())
# deputies, whose office has a portfolio in ل after the body (`وكيل وزارة العمل للموارد البشرية`)
_DEPUTIES = frozenset(fold_key(w) for w in "وكيل وكيلة الوكيل الوكيلة مساعد مساعدة المساعد نائب نائبة".split())
# words that a name never holds: "other", "all" and kin (`بيان آخر`, `مولاي رشيد شقيق العاهل`)
# the verbs and participles that follow a name as its sentence goes on (`فيتالي موتكو حذر من`)
_VERBS_AFTER_NAMES = (
    "حذر رحب غادر وصل عاد توجه أصدر نفى أبدى اعترف وقع فاز خسر انتقل تمكن حقق أنهى بدأ واصل "
    "قائلين قائلات مؤكدين مشيرين مضيفين معربين"
)
_NO_NAME_WORDS = frozenset(fold_key(w) for w in f"حرص آخر أخرى شقيق شقيقة نجل نجلة زوجة أرملة حفيد جميع الجميع {_VERBS_AFTER_NAMES}".split())
# what is offered after the name of the one who offers it (`وقدم سليمان الطلق الشكر والتقدير`)
_COURTESIES = frozenset(fold_key(w) for w in "الشكر التهنئة التهاني التعازي التعزية التقدير التحية".split())
_BLESSINGS = frozenset(fold_key(w) for w in "رحمه رحمها رحمهم حفظه حفظها حفظهم".split())  # رحمه الله after a name
_NOT_SURNAMES = frozenset(fold_key(w) for w in "مباشرة شخصيا حاليا سابقا أيضا كذلك بدوره بدورها نفسه نفسها".split())
_KUNYA = {"ابو": 0, "وابو": 1, "لابو": 1, "بابو": 1}  # folded "father of" opening a name, and its clitic
_DID = frozenset(fold_key(w) for w in "قام قامت وقام وقامت يقوم تقوم ويقوم وتقوم".split())  # قام ... بتكريم: did
_LED_BY = frozenset(fold_key(w) for w in "بقيادة وبقيادة".split())
_PLACE_ROLES = frozenset(fold_key(w) for w in "محافظ أمير حاكم سفير قنصل ملك عاهل رئيس وزراء".split())  # of a place
_REGNAL = frozenset(fold_key(w) for w in "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن".split())
_ROLE_TAIL = frozenset(["-", "–", "و"] + [fold_key(w) for w in "في من مع بين لدى".split()])
# where people meet, not where an office is (`مدير إدارة التدريب في مركز ...` keeps its centre)
_MEETING_PLACES = frozenset(fold_key(w) for w in "قصر فندق قاعة مقر ديوان منتجع مسرح استاد ملعب صالة مدرج".split())
_PROCEEDINGS = frozenset(fold_key(w) for w in "أعمال فعاليات حفل الحفل افتتاح ختام اجتماع اجتماعات جلسة جلسات مراسم".split())
# what a person says in (`في تصريح له`, `ألقى رئيس الهيئة كلمة`): never part of an office
_STATEMENTS = frozenset(
    fold_key(w) for w in "كلمة كلمته كلمتها تصريح تصريحه تصريحها تصريحات حديث حديثه حديثها مقابلة حوار مداخلة بيان".split()
)
_NO_OFFICE_AFTER = _MEETING_PLACES | _PROCEEDINGS | _STATEMENTS  # after في, they end a role
# after a role's definite word, these indefinite nouns begin the verb's object (`ولي العهد أعمال الملتقى`,
# `رئيس مجلس الوزراء فعاليات المؤتمر`, `وزير التسامح مقر الجمعية`), never the office
_OBJECT_AFTER_ROLE = _PROCEEDINGS | _STATEMENTS | frozenset(fold_key(w) for w in "مقر قصر فندق منتجع".split())
# envoys, most often whom a person receives: `استقبل ... آل نهيان سفير اليابان` is the ambassador, not his role
_ENVOYS = frozenset(fold_key(w) for w in "سفير سفيرة قنصل قنصلة مبعوث مبعوثة المبعوث المبعوثة".split())
_RECEIVING = frozenset(fold_key(w) for w in "استقبل استقبلت يستقبل تستقبل التقى التقت يلتقي تلتقي قابل قابلت ودع ودعت".split())
_ACCREDITED = frozenset(fold_key(w) for w in "لدى إلى".split())  # سفير فرنسا لدى المملكة, المبعوث الأممي إلى اليمن
# a body's representatives in a country, whose role names where they serve after في (`ممثلة اليونيسف في الأردن`)
_REPRESENTATIVES = _ENVOYS | frozenset(fold_key(w) for w in "ممثل ممثلة الممثل الممثلة مندوب مندوبة المندوب".split())
# "his counterpart": a role of its own, which the role of the person before it is not (`نظيره الأردني أيمن الصفدي`)
_COUNTERPARTS = frozenset(fold_key(w) for w in "نظيره نظيرها نظيرهم نظيرته نظيرتها نظيرتهم نظيريه".split())
_SAYING = frozenset(fold_key(w) for w in "قال قالت أوضح أوضحت أكد أكدت أشار أشارت أضاف أضافت صرح صرحت ذكر ذكرت أعلن أعلنت لفت لفتت شدد شددت".split())
_SON_OF = frozenset(fold_key(w) for w in "بن بنت".split())
_ON_BEHALF = fold_key("باسم")
_TO_THE_HOST = frozenset(fold_key(w) for w in "الدولة المملكة البلاد السلطنة".split())  # لدى الدولة: accredited here
_TIME_AR = frozenset(
    fold_key(w)
    for w in "اليوم أمس غدا الماضي الماضية المقبل المقبلة الحالي الحالية الجاري الجارية "
    "البارحة الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت".split()  # (استضافها البرلمان البريطاني الأربعاء)
)


# ---------------------------------------------------------------- public


def find_names(
    text: str,
    *,
    lang: Literal["ar", "en"],
    tokens: Tokens | None = None,
    backend: Literal["rules", "camel"] | None = "rules",
    model_names: list[Cand] | None = None,
) -> list[Entity]:
    """Find the PERSON, ORG and LOC mentions of a text, non-overlapping, sorted, with entity ids.

    `model_names`: the statistical model's candidates in an Arabic text when they were found already
    (`ner.candidates_many`).

    >>> [(e.type, e.text) for e in find_names("قدم معهد الإدارة العامة دورة في مملكة البحرين", lang="ar")]
    [('ORG', 'معهد الإدارة العامة'), ('LOC', 'مملكة البحرين')]
    """
    tk = tokens if tokens is not None else tokenize(text)
    if lang == "ar":
        cands = _candidates_ar(tk)
    else:
        from govnews.extract.names_en import candidates_en

        cands = candidates_en(tk, _gazetteer(tk, lang="en"))
    chosen = resolve(cands)
    if lang == "ar":
        _papers_named_after_places(text, chosen)
    _add_aliases(text, chosen, lang=lang)
    later = _later_mentions(tk, chosen, lang=lang)
    if lang == "ar" and backend is not None:
        chosen = _add_model_names(tk, chosen, later, backend, model_names)
    else:
        chosen = sorted(chosen + later, key=lambda c: c.start)
    if lang == "ar":
        _with_first_names(tk, chosen)
        _roles_before_the_next_person(tk, chosen)
        _roles_end_at_the_next_person(text, chosen)
    return link_mentions(text, chosen)


def _with_first_names(tk: Tokens, chosen: list[Cand]) -> None:
    """Give a person found by a father's name the first names and `بن` written before it, which no
    other mention holds, and take them out of the role before it (`سفير ... لدى الأردن نبيل بن محمد
    آل صالح`)."""
    taken = 0  # where the mention before ends
    for c in chosen:
        if c.type != "PERSON":
            taken = max(taken, c.end)
            continue
        i = tk.index_at(c.start)
        if i < len(tk) and tk.starts[i] == c.start and (first := _father_named_after(tk, i)) < i and tk.starts[first] >= taken:
            added = tk.text[tk.starts[first] : c.start]
            c.start = tk.starts[first]
            c.value = tk.text[c.start : c.end]
            c.key = fold_key(c.value)
            role = c.attrs.get("role", "")
            if role.endswith(added.rstrip()):
                c.attrs["role"] = role[: len(role) - len(added.rstrip())].rstrip()
                if not c.attrs["role"]:
                    del c.attrs["role"]
        taken = max(taken, c.end)


def _roles_before_the_next_person(tk: Tokens, chosen: list[Cand]) -> None:
    """Give back a role read after a person's name that ends with the next person's name: it is that
    person's role, written before their name, when the first person has a role written before their
    own name too, in a list without `و` (`في حضور سفيرة الاتحاد الأوروبي ساندرا دي وال، ممثلة منظمة
    الفاو نورة حداد، المدير العام لوزارة الزراعة لويس لحود`) or after a meeting's verb (`التقى وزير
    الاقتصاد محمد الحويج وزير المؤسسات في إيطاليا أدولفو أورسو`). A name governed by a preposition is
    the role's (`مستشار الشؤون الدولية لخامنئي`), as is one that only the role names (`وكيل اللاعب مونتاري`)."""
    persons = [c for c in chosen if c.type == "PERSON"]
    given: dict[int, str] = {}  # id of a person -> the role read before their name
    for c, after in zip(persons, persons[1:]):
        role = c.attrs.get("role")
        at = _role_at(tk.text, c, role)
        if at < 0 or not _just_before(tk.text, at + len(role), after) or tk.starts[tk.index_at(after.start)] != after.start:
            continue
        own = given.get(id(c)) or _own_role_before(tk, c)
        theirs = _own_role_before(tk, after)
        if own and theirs and tk.text.startswith(theirs, at):
            c.attrs["role"] = own
            given[id(after)] = after.attrs["role"] = theirs


def _just_before(text: str, end: int, person: Cand) -> bool:
    """Whether a role ending at `end` takes in `person`'s name, or ends where their title or name
    begins (`ممثلة منظمة الفاو الدكتورة نورة حداد`)."""
    return end == person.end or end <= person.start and text[end : person.start].split() == person.attrs.get("title", "").split()


def _role_at(text: str, c: Cand, role: str | None) -> int:
    """Where the role `role` read after person `c`'s name begins (after its comma or dash), or -1."""
    if not role:
        return -1
    return next((p for p in range(c.end, c.end + 4) if text.startswith(role, p)), -1)


def _own_role_before(tk: Tokens, c: Cand) -> str | None:
    """The role written before person `c`'s name and title, unless a `و` before them joins the person to
    the one named before (`وزير الحرس الوطني، وصاحب السمو الملكي الأمير مشعل`)."""
    title = c.attrs.get("title", "")
    lead = tk.index_at(c.start) - len(title.split())
    if lead <= 0 or tk.text[tk.starts[lead]] == "و" and not (title or c.value).startswith("و"):
        return None
    found = _role_before_ar(tk, lead)
    return found[0] if found else None


def _roles_end_at_the_next_person(text: str, chosen: list[Cand]) -> None:
    """Cut a role written after a person's name where another person joined by `و` begins, with
    their title or nationality (`محمد إبراهيم الحمادي العضو المنتدب للمؤسسة وكيم دونغ تشول رئيس
    شركة كيبكو`, `... قائد كتيبة المشاة واللواء محمد الأحمري`). A name without `و` may be part of
    the role (`مدير مدرسة أحمد بن محمد الثانوية`)."""
    persons = [c for c in chosen if c.type == "PERSON"]
    for c, after in zip(persons, persons[1:]):
        role = c.attrs.get("role")
        at = _role_at(text, c, role)
        if at < 0 or after.start >= at + len(role):
            continue
        words = list(re.finditer(r"\S+", text[at : after.start + 1]))  # up to the name's first letter
        joined = next((m for m in reversed(words[-4:]) if _joins(m.group())), None)
        if joined is None:
            continue
        kept = text[at : at + joined.start()].rstrip(" ،,-–")
        if kept:
            c.attrs["role"] = kept
        else:
            del c.attrs["role"]


def resolve(cands: list[Cand]) -> list[Cand]:
    """Keep the longest of overlapping candidates (then the one of higher priority, then the first)."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), -c.prio, c.start))
    taken = bytearray(max((c.end for c in cands), default=0))
    out = []
    for c in order:
        if c.end <= c.start or 1 in taken[c.start : c.end]:
            continue
        taken[c.start : c.end] = b"\1" * (c.end - c.start)
        out.append(c)
    out.sort(key=lambda c: c.start)
    return out


def link_mentions(text: str, cands: list[Cand]) -> list[Entity]:
    """Turn candidates into entities, giving mentions of one entity the same id (`e1`, `e2`, ...).

    Mentions share an id when they share a key (gazetteer key, folded name, an alias) or, for a
    person, when a one-word mention is the surname or first name of a fuller one before it, or a
    shorter one its first name and surname.
    """
    ids: dict[tuple[str, str], str] = {}
    persons: list[tuple[list[str], str]] = []
    out = []
    for c in cands:
        key = c.key or fold_key(c.value)
        eid = ids.get((c.type, key))
        if eid is None and c.type == "PERSON":
            eid = _person_id(key, persons)
        if eid is None:
            eid = f"e{len(set(ids.values())) + 1}"
        ids[(c.type, key)] = eid
        for alias in c.attrs.get("aliases", ()):
            ids.setdefault((c.type, fold_key(alias)), eid)
        if c.type == "PERSON" and len(key.split()) > 1:
            persons.append((key.split(), eid))
        out.append(Entity(c.type, text[c.start : c.end], c.start, c.end, c.value, None, None, c.attrs, eid))
    return _orgs_by_their_first_words(out)


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def _orgs_by_their_first_words(entities: list[Entity]) -> list[Entity]:
    """Give an organization named by the first words of another of the text the other's id, when only one
    such other is there (`الأمانة العامة` of `الأمانة العامة للمجلس التنفيذي لإمارة دبي`; the name without the city
    it is in, `كلية محمد بن راشد للإدارة الحكومية` of `... بدبي`): two words or more, never a body's head alone."""
    keys = {e.entity_id: fold_key(e.value or e.text) for e in entities if e.type == "ORG" and _ARABIC_LETTER.match(e.text)}
    merged: dict[str, str] = {}
    for eid, key in keys.items():
        if len(key.split()) < 2:
            continue
        # (not another country's: وزارة الخارجية and وزارة الخارجية الصينية)
        longer = {other for other, k in keys.items() if other != eid and k.startswith(key + " ") and not _demonym(k[len(key) + 1 :].split()[0].removesuffix("ه"))}
        if len(longer) == 1 and eid not in merged:
            merged[eid] = longer.pop()
    if not merged:
        return entities
    return [evolve(e, entity_id=merged[e.entity_id]) if e.type == "ORG" and e.entity_id in merged else e for e in entities]


def _person_id(key: str, persons: list[tuple[list[str], str]]) -> str | None:
    words = key.split()
    for full, eid in reversed(persons):
        if len(words) == 1 and (words[0] == full[-1] or words[0] == full[0]):
            return eid
        if len(words) > 1 and words == full[-len(words) :]:
            return eid
        if 1 < len(words) < len(full) and words[0] == full[0] and words[-1] == full[-1]:
            return eid  # سالم المهيري after سالم بن راشد المهيري
    return None


# ---------------------------------------------------------------- Arabic


def _add_model_names(tk: Tokens, chosen: list[Cand], later: list[Cand], backend: str, found: list[Cand] | None = None) -> list[Cand]:
    """Add the names a statistical model finds where the rules found nothing, and the later mentions
    of the rules' names (`_later_mentions`) but where the model reads a first name and the surname
    as another person's name: after `غدير العتيبي`, `زكية العتيبي` is not a second `العتيبي`.
    `found`: the model's candidates, when they were found already."""
    if found is None:
        if backend == "camel":
            from govnews.extract.camel import candidates
        else:
            from govnews.extract.ner import candidates
        found = candidates(tk)
    taken = [(c.start, c.end) for c in chosen]
    extra = [c for c in found if not any(c.start < e and s < c.end for s, e in taken)]
    fuller = [c for c in extra for m in later if _first_name_before(tk, c, m)]
    later = [m for m in later if not any(c.start < m.end and m.start < c.end for c in fuller)]
    extra = [c for c in extra if c in fuller or not any(c.start < m.end and m.start < c.end for m in later)]
    extra = [_without_a_particle_after(tk, c) for c in extra]
    if any(tk.text[c.start] in "وبلف" for c in extra):
        bare = set(tk.words)
        extra = [_without_a_clitic_written_apart(tk, c, bare) for c in extra]
    extra = [c for c in extra if not _qualifies_the_word_before(tk, c) and not _no_name_ar(tk, c)]
    extra = [c for c in extra if c.type != "PERSON" or _model_person_ar(tk, c)]
    extra = [c for c in extra if c.type != "ORG" or not _counted_head(tk, tk.index_at(c.start))]
    return sorted(chosen + later + extra, key=lambda c: c.start)


_NAME_CLITICS = ("وب", "ول", "و", "ب", "ل", "ف")  # what a name may carry before it, the longest first


def _without_a_clitic_written_apart(tk: Tokens, c: Cand, bare: set[str]) -> Cand:
    """A model's name without the clitic of its first word when the text writes that word without it
    elsewhere (`وتايوان` beside `تايوان`; `واشنطن` stays whole). `bare`: the words of the text."""
    i = tk.index_at(c.start)
    w = tk.words[i]
    if tk.starts[i] != c.start or w in _lex_ar().first:
        return c
    for clitic in _NAME_CLITICS:
        if w.startswith(clitic) and len(w) - len(clitic) >= 3 and w[len(clitic) :] in bare:
            c.start += len(clitic)
            c.value = tk.text[c.start : c.end]
            c.key = fold_key(c.value)
            break
    return c


_PARTICLES = frozenset(fold_key(w) for w in "أن إن أنه إنه أنها إنها هو هي هم أو قد لم لن".split())


def _without_a_particle_after(tk: Tokens, c: Cand) -> Cand:
    """A model's name without the particles and verbs it ran into (`الأحمد أن`, `أحمد هو`, `المر أو`, `موتكو حذر`)."""
    i, j = tk.index_at(c.start), tk.index_at(c.end - 1) + 1
    k = j
    while k - 1 > i and (tk.words[k - 1] in _PARTICLES or tk.words[k - 1] in _NO_NAME_WORDS):
        k -= 1
    return c if k == j else _with_end(tk, c, tk.ends[k - 1])


def _no_name_ar(tk: Tokens, c: Cand) -> bool:
    """Whether a model's name is a currency (`مليون ريال`), a blessing after a name (`رحمه الله`), or
    a place that a word without the article goes on after a definite one (`حالة البحر متوسط الموج`:
    a sentence, no name)."""
    i, j = tk.index_at(c.start), tk.index_at(c.end - 1) + 1
    words = tk.words[i:j]
    if j - i == 1 and words[0] in currency_words() or words[0] in _BLESSINGS:
        return True
    return c.type == "LOC" and any(tk.definite(k) and not tk.definite(k + 1) and tk.words[k + 1] not in _lex_ar().name_links for k in range(i, j - 1))


def _qualifies_the_word_before(tk: Tokens, c: Cand) -> bool:
    """Whether a model's name is what a word before it says of that word, no name: a nationality
    alone (`الرئيس الجزائري`, `الرقة السورية`); as a person, an adjective after a definite noun that is
    no title (`عيد الفطر المبارك`, `العيد السعيد`, `العمل الخيري`; but `الرئيس الأسد`, `والإمام
    الصادق`, `آية الله الخميني`), or a month's epithet, with the month or without (`رمضان المبارك`)."""
    lex = _lex_ar()
    i, j = tk.index_at(c.start), tk.index_at(c.end - 1) + 1
    w = tk.words[i]
    if j - i == 1 and tk.starts[i] == c.start and _demonym(w.removesuffix("ه")):
        return True
    if c.type != "PERSON" or i == 0 or tk.sent[i - 1] != tk.sent[i] or not tk.definite(j - 1):
        return False
    if j - i == 2 and w in _hijri_months():
        return True
    prev = tk.words[i - 1]
    if j - i == 1 and prev in _hijri_months():
        return True  # رمضان المبارك
    if j - i > 1 or tk.starts[i] != c.start or not tk.definite(i - 1) or prev == "الله":
        return False  # (آية الله الخميني)
    return strip_clitic(prev, lex.titles) is None and strip_clitic(prev, lex.roles) is None


@functools.cache
def _hijri_months() -> frozenset[str]:
    from govnews.extract.wordlists import table

    return frozenset(m for m in table("months")["hijri_ar"] if " " not in m)


def _model_person_ar(tk: Tokens, c: Cand) -> bool:
    """Mend a model's PERSON with the rules' words: without a joining `و` the name lacks (`وفريدريك كلو`)
    or a nationality before a first name (`الجزائري ياسين براهيمي`); with the title before it (`معالي
    السيد وانغ يي`) and the roles around it (`وزير الخارجية الأمريكي أنتوني بلينكن`). False when it is
    none: `الحكم القاضي بحبس` (the ruling that orders)."""
    lex = _lex_ar()
    words = tk.words
    i, j = tk.index_at(c.start), tk.index_at(c.end - 1) + 1
    if i > 0 and words[i - 1] in _RULING and words[i][0] == "ب" and not words[i].startswith("بن") and words[i] not in lex.first:
        return False
    names = _person_names()
    w = words[i]
    clitic = 0
    if tk.starts[i] == c.start and w[0] == "و" and w not in names and w not in lex.first and w[1:] in names:
        clitic = 1
    elif tk.starts[i] + 1 == c.start and w[0] == "و":
        clitic = 1  # the model left out the و: a name joined to the one before, whose role it is not
    elif j - i >= 2 and tk.starts[i] == c.start and _demonym(w) and not tk.definite(i + 1):
        i += 1
    elif j - i >= 2 and tk.starts[i] == c.start and _present_verb(w):
        i += 1  # يضيف هول, ينضم ميلنر: the verb of a sentence whose subject is the name
    if clitic or tk.starts[i] > c.start:
        c.start = tk.starts[i] + clitic
        c.value = tk.text[c.start : c.end]
        c.key = fold_key(c.value)
    attrs = dict(c.attrs)
    k = i
    while k > 0 and tk.sent[k - 1] == tk.sent[i] and (words[k - 1] in lex.titles or words[k - 1] in _TITLE_OPENERS or words[k - 1] in _HONORIFICS_AR):
        if not _no_pronoun(tk, k - 1):
            break  # وحضره إيفانز كيديرو: a verb and its pronoun, no حضرة
        k -= 1
    if k < i and "title" not in attrs:
        attrs["title"] = tk.text[tk.starts[k] : tk.ends[i - 1]]
    c.attrs = _with_roles(tk, i, j, attrs, lead=k if k < i else None, clitic=clitic)
    return True


def _present_verb(w: str) -> bool:
    """Whether `w` reads as a verb in the present tense: `ي` or `ت` (after `و` or none) before a word the
    corpus codes know well and never with the article, no listed name (`يضيف`, `ويؤكد`; not `يانيس`)."""
    bare = w.removeprefix("و")
    if len(bare) < 4 or bare[0] not in "يت" or bare in _person_names() or bare in _lex_ar().first:
        return False
    code = _corpus_codes().get(bare)
    return code is not None and _freq(code) >= 6 and code.endswith("d0")


_RULING = frozenset(fold_key(w) for w in "القاضي القاضية".split())  # الحكم القاضي بحبس ...: which orders


@functools.cache
def _demonyms() -> frozenset[str]:
    """The folded Arabic forms of countries and cities, whose nisba is a nationality (`الجزائر`: `الجزائري`)."""
    return frozenset(fold_key(e.form) for e in entries() if e.lang == "ar" and e.type == "LOC" and e.kind in ("country", "city"))


def _demonym(w: str) -> bool:
    """Whether folded `w` is a nationality: `الجزائري`, `الإسباني` (إسبانيا), `البرازيلي` (البرازيل), `السوري`
    (سوريا)."""
    if not (w.startswith("ال") and w.endswith("ي") and len(w) > 5):
        return False
    stem = w[2:-1]
    places = _demonyms()
    return any(f in places for f in ("ال" + stem, stem, stem + "ا", "ال" + stem + "ا", stem + "يا"))


def _first_name_before(tk: Tokens, c: Cand, mention: Cand) -> bool:
    """Whether a model's PERSON `c` is a surname `mention`, standing alone, after known personal names."""
    if c.type != "PERSON" or c.end != mention.end or c.start >= mention.start or tk.starts[tk.index_at(mention.start)] != mention.start:
        return False
    before = tk.words[tk.index_at(c.start) : tk.index_at(mention.start)]
    return all(w in _person_names() and w not in _lex_ar().titles for w in before)


def _candidates_ar(tk: Tokens) -> list[Cand]:
    lex = _lex_ar()
    cands = _gazetteer(tk, lang="ar")
    _state_forms_ar(tk, cands)
    _clubs_named_after_places(tk, cands)
    loc_at: dict[int, tuple[int, str]] = {}
    for c in cands:
        if c.type == "LOC":
            i = tk.index_at(c.start)
            j = tk.index_at(c.end - 1) + 1
            if j > loc_at.get(i, (0, ""))[0]:
                loc_at[i] = (j, c.attrs.get("kind", ""))
    cands += _divisions_ar(tk, loc_at)
    cands += _countryside_ar(tk, loc_at)
    known_orgs = {c.start: c.end for c in cands if c.type == "ORG"}
    words = tk.words
    n = len(words)
    venues = _named_venue_forms()
    for i in [i for i, w in enumerate(words) if w in venues]:
        c = _venue_named_after_ar(tk, i, venues[words[i]], loc_at)
        if c is not None:
            cands.append(c)
    cands += _organizers_named_as_events_ar(tk, loc_at)
    index = _cue_index()
    for i in [i for i, w in enumerate(words) if w in _ABBREVIATED_TITLES and i + 2 < n and words[i + 1] == "."]:
        if tk.ends[i] == tk.starts[i + 1]:
            cands += _person_after_title_ar(tk, i, 0)  # د. هيثم محمد إبراهيم, م. خالد
    for i in [i for i, w in enumerate(words) if w in index]:
        kind, clitic = index[words[i]]
        if kind == "head2":
            first = with_clitics(_two_word_heads())[words[i]][1]
            if i + 1 < n and (first, words[i + 1]) in _two_word_heads_pairs():
                kind = "head"
            else:
                continue
        if kind == "head":
            if words[i] in _LED_BY:
                continue  # بقيادة الحكم عبدالرحمن الجاسم: led by, no command
            if _after_a_count(tk, i):
                continue  # 12 إمارة ومدينة, خمسين جامعة: what is counted, no organization
            c = _org_chain_ar(tk, i, with_clitics(lex.heads | _two_word_heads())[words[i]], loc_at)
            if c is not None:
                cands.append(_fit_to_known_orgs(tk, c, known_orgs))
        elif kind == "title":
            if i + 1 < n and not (clitic and words[i][clitic - 1] == "ك"):  # (كمهندس معماري: as an engineer)
                cands += _person_after_title_ar(tk, i, clitic)
        elif kind == "first":
            if words[i].endswith("علي") and not _ali_is_a_name(tk, i):
                continue  # على, the preposition, often written علي
            c = _person_from_first_name_ar(tk, i, clitic)
            if c is not None:
                cands.append(c)
        elif kind == "role":
            c = _person_after_role_ar(tk, i, loc_at)
            if c is not None:
                cands.append(c)
        elif i + 2 < n:
            c = _person_before_role_ar(tk, i + 1)
            if c is not None:
                cands.append(c)
    return cands


@functools.cache
def _count_words() -> frozenset[str]:
    """Folded Arabic cardinals and scale words (`خمس`, `عشرين`, `مائة`, `ألف`): a noun after them is counted."""
    from govnews.extract.wordlists import table

    numerals = table("numerals")
    return frozenset(fold_key(w) for key in ("ar_cardinals", "ar_scales") for w in numerals[key])


def _counted_head(tk: Tokens, i: int) -> bool:
    """Whether token `i` is a head noun after a number: what is counted (`25 جامعة عربية`)."""
    return tk.words[i] in _all_heads() and _after_a_count(tk, i)


def _after_a_count(tk: Tokens, i: int) -> bool:
    """Whether token `i` follows a number in its sentence (`12 إمارة`, `ثلاثين جامعة`)."""
    if i == 0 or tk.sent[i - 1] != tk.sent[i]:
        return False
    prev = tk.words[i - 1]
    return prev.isdigit() or prev in _count_words()


def _organizers_named_as_events_ar(tk: Tokens, loc_at: dict[int, tuple[int, str]]) -> list[Cand]:
    """Organizations whose name is an event's (`الذي ينظمه منتدى الاستراتيجيات الأردني`): the subject of a
    verb of organizing with the event as its object, read along its construct chain."""
    from govnews.extract.events import organizes_it

    cues = _event_cue_forms()
    out = []
    for i in [i for i, w in enumerate(tk.words) if w in cues and i]:
        w = tk.words[i]
        if cues[w][0] == 0 and tk.sent[i - 1] == tk.sent[i] and organizes_it(tk, i - 1):
            c = _org_chain_ar(tk, i, (0, w), loc_at)
            if c is not None:
                out.append(c)
    return out


def _fit_to_known_orgs(tk: Tokens, c: Cand, known_orgs: dict[int, int]) -> Cand:
    """Fit a chain to the gazetteer's organizations in it: cut it at the end of the one it begins with
    when a genitive with ل follows, what the body does (`منظمة الصحة العالمية لتعزيز التعاون`), and take
    the whole of one it names after ل (`الأمانة العامة لمجلس التعاون لدول الخليج العربية`)."""
    end = known_orgs.get(c.start)
    if end is not None and end < c.end:
        k = tk.index_at(end)
        nxt = tk.words[k]
        if nxt.startswith("ل") and not nxt.startswith("لل"):
            return _with_end(tk, c, end)
        while k < len(tk) and tk.ends[k] <= c.end and tk.definite(k) and _head_complement(tk.words[k], True):
            k += 1  # مجلس الأمن الدولي, وزارة الصحة العامة, منظمة الأمم المتحدة للتربية
        if k < len(tk) and tk.ends[k] <= c.end and tk.definite(k) and tk.words[k][0] != "و":
            return _with_end(tk, c, tk.ends[k - 1])  # مجلس الأمن الدولي الحكومة: what it does, not its name
    for start, end in known_orgs.items():
        if c.start < start < c.end < end and tk.text[start - 1] == "ل" and tk.starts[tk.index_at(start)] == start - 1:
            return _with_end(tk, c, end)
    return c


def _with_end(tk: Tokens, c: Cand, end: int) -> Cand:
    """`c` ending at `end`, its value keeping the article it was given (`للمجلس` -> `المجلس`)."""
    restored = c.value[: len(c.value) - (c.end - c.start)]
    c.end = end
    c.value = restored + tk.text[c.start : end]
    c.key = fold_key(c.value)
    return c


# a team's player, coach, host or guest: a city, emirate or region after them is a club (`ضيفه أبها`, `مدرب الخليج`);
# a country is a national team, a place as the gazetteer has it
_TEAM_WORDS = frozenset(fold_key(w) for w in "ضيفه مضيفه نظيره منافسه مدرب لاعب مهاجم مدافع حارس فريق".split())
_CLUB_PLACES = frozenset(("city", "emirate", "region"))


@functools.cache
def _state_words() -> dict[str, tuple[int, str]]:
    return with_clitics(frozenset(fold_key(w) for w in "جمهورية مملكة دولة سلطنة إمارة".split()))


def _state_forms_ar(tk: Tokens, cands: list[Cand]) -> None:
    """Widen, in place, a country the gazetteer knows by its short name to the word of its state written
    before it (`جمهورية كينيا`, `وحكومة جمهورية كينيا`): the official form names one place."""
    states = _state_words()
    for c in cands:
        if c.type != "LOC" or c.attrs.get("kind") != "country":
            continue
        i = tk.index_at(c.start)
        if i == 0 or i >= len(tk) or tk.starts[i] != c.start or tk.sent[i - 1] != tk.sent[i]:
            continue
        hit = states.get(tk.words[i - 1])
        if hit is not None:
            c.start = tk.starts[i - 1] + hit[0]


def _clubs_named_after_places(tk: Tokens, cands: list[Cand]) -> None:
    """Make a club of a city, emirate or region named as a team (`ضيفه أبها`, `مدرب الخليج`), in place."""
    teams = _team_word_forms()
    for c in cands:
        if c.type == "LOC" and c.attrs.get("kind") in _CLUB_PLACES:
            i = tk.index_at(c.start)
            if i > 0 and tk.words[i - 1] in teams and tk.sent[i - 1] == tk.sent[i]:
                c.type, c.attrs, c.value = "ORG", {}, tk.text[c.start : c.end]
                c.key = fold_key(c.value)


@functools.cache
def _team_word_forms() -> dict[str, tuple[int, str]]:
    return with_clitics(_TEAM_WORDS)


@functools.cache
def _named_venue_forms() -> dict[str, tuple[int, str]]:
    """Every form of the venue heads that name a place after a person, but those of organizations
    (`مركز`, `فندق`) and of a person's seat (`مقر`, `قصر`)."""
    return with_clitics((folded_set("venue_heads_ar") | _STREETS) - _lex_ar().heads - _SEATS)


def _venue_named_after_ar(tk: Tokens, i: int, head: tuple[int, str], loc_at: dict[int, tuple[int, str]]) -> Cand | None:
    """A place named after a person, from venue head `i` (`head`: its clitic's length and word): named as an organization (`مدينة زايد الرياضية`,
    `مدينة الملك عبدالله الرياضية`, `استاد هزاع بن زايد`), but a town when `مدينة` and the name are all
    (`مدينة زايد`); the name is a royal title and a name, or a first name. A town of the gazetteer
    (`مدينة حمد`) stays a town."""
    lex = _lex_ar()
    k = i + 1
    if k >= len(tk) or tk.sent[k] != tk.sent[i] or i in loc_at:
        return None
    if i > 0 and tk.words[i - 1] == "عن" and tk.words[i] == _ROAD:
        return None  # عن طريق مروان الشماخ: by, not a road
    if tk.words[k] in _ROYAL_TITLES:
        end = _royal_name_ar(tk, k + 1)
        if end == k + 1:
            return None
    elif tk.words[k] in lex.first or tk.words[k] in _NAME_WORDS:
        end = _royal_name_ar(tk, k)
    else:
        return None
    c = _org_chain_ar(tk, i, head, loc_at)
    if c is not None and c.end < tk.ends[end - 1]:  # استاد أحمد بن علي: the chain stops at علي, read as على
        c.end = tk.ends[end - 1]
        c.value = tk.text[c.start : c.end]
        c.key = fold_key(c.value)
    if c is not None and head[1] == _CITY and c.end <= tk.ends[end - 1]:
        c.type, c.attrs = "LOC", {"kind": "city"}
    elif c is not None and head[1] in _STREETS:
        c.type, c.attrs = "LOC", {"kind": "street"}
    return c


# the first words of compound first names in `الدين` (`نور الدين`, `عز الدين`, `سيف الدين`), common words alone
_FIRST_NAMES_OF_DIN = frozenset(fold_key(w) for w in (
    "نور عز سيف زين عماد جمال كمال بهاء ضياء شمس نصر خير تاج فخر شرف محي محيي نجم بدر حسام شهاب تقي صلاح علاء "
    "سعد نظام قطب صدر جلال برهان معين سراج وحيد رضا حسن ناصر عصام").split())


def _person_after_role_ar(tk: Tokens, i: int, loc_at: dict[int, tuple[int, str]]) -> Cand | None:
    """A person named right after a role (`وزير الخارجية الأمريكي أنتوني بلينكن`): two or more words
    that the corpus never shows with the article, or unknown to it, after the role's definite words
    or after the place it governs (`محافظ إربد رضوان العتوم`)."""
    lex = _lex_ar()
    n = len(tk)
    k = i + 1
    placed = k in loc_at and tk.words[i] in _PLACE_ROLES
    if placed:
        k = loc_at[k][0]
        if k < n and tk.definite(k):
            return None  # محافظ إربد الجديد
    while not placed and k < n and k - i <= 4 and tk.definite(k) and tk.words[k] not in lex.stop and tk.words[k] not in lex.titles and tk.sent[k] == tk.sent[i]:
        k += 1
    if k == i + 1 or k + 1 >= n or tk.sent[k + 1] != tk.sent[i]:
        return None
    if tk.words[k] in _FIRST_NAMES_OF_DIN and tk.words[k + 1] == "الدين":  # وزير التربية نور الدين النوري
        j = _name_run_ar(tk, k, limit=4, open_definite=False)
        return _person_cand(tk, k, j, 0, {}, lead=k) if j - k >= 2 else None
    codes = _corpus_codes()
    ends_clause = _clause_ends(tk, k + 2)
    if _noun_and_adjective(tk, k) or k + 1 in loc_at:
        return None  # منصة رقمية, قلعة نزوى: what the minister launched or visited
    for m in (k, k + 1):
        w = tk.words[m]
        if w in lex.name_links and m > k:
            continue  # فهد آل مجثل
        code = codes.get(w)
        if not _name_ok_ar(w, lex) or (code is not None and not code.endswith("d0")) or (code and _freq(code) >= 9):
            return None
        if w.endswith("ا") or _preposition_prefix(w) or _pronoun_suffix(w) and not (ends_clause and _ta_marbuta(tk, m)):
            return None  # أخيرا, جولته, باسترضاء (but زينة طوقان إن: a name in ة, folded like a pronoun, ends the clause)
    j = _name_run_ar(tk, k, limit=3, open_definite=False)
    if j - k < 2:
        return None
    return _person_cand(tk, k, j, 0, {}, lead=k)


@functools.cache
def _all_heads() -> frozenset[str]:
    return _lex_ar().heads | _two_word_heads()


@functools.cache
def _two_word_heads_pairs() -> frozenset[tuple[str, str]]:
    return frozenset(tuple(w.split()[:2]) for w in folded_set("org_heads_ar") if " " in w)


@functools.cache
def _two_word_heads() -> frozenset[str]:
    """First words of two-word head nouns (`الإدارة` of `الإدارة العامة`), heads only with their second word."""
    return frozenset(a for a, _ in _two_word_heads_pairs())


@functools.cache
def _cue_index() -> dict[str, tuple[str, int]]:
    """Every form (with clitics) of a head noun, title, first name or reporting verb: form -> (kind, clitic length)."""
    lex = _lex_ar()
    out: dict[str, tuple[str, int]] = {}
    two_word_heads = _two_word_heads() - lex.heads
    for kind, table in (
        ("head", lex.heads),
        ("head2", two_word_heads),
        ("title", lex.titles),
        ("first", lex.first),
        ("verb", lex.verbs),
        ("role", frozenset(w for w in lex.roles if not w.startswith("ال"))),
    ):
        forms = with_clitics(table) if kind != "first" else {
            **{w: (0, w) for w in table}, **{"و" + w: (1, w) for w in table}, **{"ل" + w: (1, w) for w in table}
        }
        for form, (clitic, _) in forms.items():
            if len(form) >= 2:
                out.setdefault(form, (kind, clitic))
    return out


@functools.cache
def _venue_after_en() -> re.Pattern[str]:
    return re.compile(r"(?:\s+[A-Z]\w*){0,3}\s+(?:" + "|".join(sorted(word_lists()["venue_heads_en"])) + r")\b")


# What else a document names when a form shared by two places means this one (`عمان`: Amman in a
# release from Jordan, else Oman)
_HOMOGRAPH_CUES = {"city:amman": frozenset({"JO", "petra"}), "OM": frozenset({"ona"})}


# Agencies whose signature is also a common word (`العمانية`: Omani; `بنا`: with us): an agency only
# between slashes or brackets, or between a dash and a colon (`/العمانية/`, `مسقط - العمانية:`)
_SIGNING_AGENCIES = {"العمانية": "ona", "بنا": "bna"}
_SIGNED = re.compile("(" + "|".join(_SIGNING_AGENCIES) + r")(?=\s*[/):])")


# an English dateline's signature: `CAIRO, March 18 (MENA) -`, an agency before any place of the same form
_SIGNED_EN = re.compile(r"\)\s*(?:--|-|–|—|:)")


def _signing_agencies(tk: Tokens) -> list[Cand]:
    out = []
    for m in _SIGNED.finditer(tk.text):
        if tk.text[max(0, m.start() - 3) : m.start()].rstrip()[-1:] not in ("/", "(", "-", "–"):
            continue
        key = _SIGNING_AGENCIES[m.group(1)]
        e = next(e for e in entries() if e.key == key and e.lang == "ar")
        out.append(Cand(m.start(1), m.end(1), "ORG", e.value, {"key": key}, key=key, prio=2))
    return out


def _gazetteer(tk: Tokens, *, lang: str) -> list[Cand]:
    out = [] if lang == "en" else _signing_agencies(tk)
    found = names_automaton().find(tk.folded, lang=lang)
    places: dict[tuple[int, int], list] = {}
    for m in found:
        if m.entry.type == "LOC":
            places.setdefault((m.start, m.end), []).append(m.entry)
    shared = {span: options for span, options in places.items() if len({e.key for e in options}) > 1}
    if shared:
        named = {m.entry.key for m in found if (m.start, m.end) not in shared}
        chosen = {span: _homograph(tk.text[span[0] : span[1]], options, named) for span, options in shared.items()}
        found = [m for m in found if chosen.get((m.start, m.end), m.entry.key) == m.entry.key or m.entry.type != "LOC"]
    for m in found:
        e = m.entry
        if lang == "en" and not (tk.text[m.start].isupper() or tk.text[m.start].isdigit()):
            continue
        if lang == "en" and e.form.isupper() and tk.text[m.start : m.end] != e.form:
            continue  # WHO the organization, not "Who"
        if lang == "en" and e.type == "LOC" and _venue_after_en().match(tk.text, m.end):
            continue  # Emirates Palace, Dubai World Trade Centre: a building's name, not the place
        attrs = {"kind": e.kind, "key": e.key} if e.type == "LOC" else {"key": e.key}
        if e.type == "LOC" and len(e.key) == 2:
            attrs["country"] = e.key
        signed = lang == "en" and e.type == "ORG" and _SIGNED_EN.match(tk.text, m.end) and tk.text[m.start - 1 : m.start] == "("
        out.append(Cand(m.start, m.end, e.type, e.value, attrs, key=e.key, prio=3 if signed else 2))
    return out


def _homograph(surface: str, options: list, named: set[str]) -> str:
    """The key of the place a form two places share means here (`options`: their gazetteer entries):
    the one spelled so with its marks (`عمّان`, `عُمان`), else the one whose country or agency the
    document names, else the first."""
    for e in options:
        if e.form == surface and surface != fold_key(surface):
            return e.key
    for e in options:
        if _HOMOGRAPH_CUES.get(e.key, frozenset()) & named:
            return e.key
    return options[0].key


def _name_ok_ar(w: str, lex: _Lex) -> bool:
    if len(w) < 2 or w[0].isdigit() or not w[0].isalpha() or w in lex.stop or w in _NO_NAME_WORDS:
        return False
    if strip_clitic(w, lex.roles) is not None and w not in lex.first:
        return False
    if w in lex.titles or strip_clitic(w, lex.heads) is not None or strip_clitic(w, lex.verbs) is not None:
        return False
    if strip_clitic(w, _CONSTRUCT_NOUNS) is not None:
        return False  # كأس الشيخ جاسم لكرة القدم
    if w[0] in "وف" and w[1:] in lex.stop:
        return False  # ومن, فقد
    return not (w.startswith("و") and len(w) > 3 and w[1:] not in lex.name_links and w not in lex.first)  # (وليد, وائل)


@functools.cache
def _headline_verbs() -> frozenset[str]:
    """Folded present-tense verbs of news headlines (`يستقبل`, `يلتقي`, `تفتتح`) that are no first name
    (`يحيى` is both)."""
    from govnews.extract.wordlists import table

    present = table("months")["verbs_before_today_ar"]["present"]
    return frozenset(fold_key(p + verb[1:]) for verb in present for p in ("ي", "ت")) - _lex_ar().first


def _name_run_ar(tk: Tokens, i: int, *, limit: int = 4, open_definite: bool = True, before: int = 0, titled: bool = False) -> int:
    """The end index of a run of name-like tokens from `i` (`i` when there is none).

    A definite word goes on a name after a first name or `بن X` (`سعيد محمد الطاير`, `عبدالله بن طوق
    المري`) or as the second word (`الدكتور سالم المري`), not after any word (`سامح شكري العلاقات`);
    `open_definite=False` keeps it from opening the run; `before` counts name words before `i`; after a title
    (`titled`) a nisba after the first name is the family name, though it is a frequent adjective (`اللواء منصور
    التركي`).
    """
    lex = _lex_ar()
    j = i
    n = len(tk)
    if i < n and tk.words[i] in _headline_verbs():
        return i  # الملك يستقبل, سمو الأمير يلتقي: the title is the subject of a headline's verb
    while j < n and j - i < limit and tk.sent[j] == tk.sent[i]:
        family_title = j - i + before > 0 and _family_title(tk, j)
        beside_son_of = j > 0 and tk.words[j - 1] in _SON_OF or j + 1 < n and tk.words[j + 1] in _SON_OF  # بن مساعد, مساعد بن محمد
        son_of = beside_son_of and tk.words[j].isalpha() and tk.words[j] not in lex.stop
        if not (_name_ok_ar(tk.words[j], lex) or _is_ali(tk, j) or family_title or son_of):
            break
        w = tk.words[j]
        if w.startswith(("بال", "لل", "وال", "فال", "كال")) and w not in ("بال", "وال", "فال", "كال") and w not in lex.first or w in _event_cue_forms():
            break  # بالرباط, للأعمال: a clitic and the article never open a name's word (but فال and فالح are names); nor is الجلسة one
        if tk.definite(j) and w not in lex.first:
            if j == i and not open_definite:
                break
            prev = tk.words[j - 1] if j > i else None
            linked = prev in lex.name_links or (j - 2 >= i and tk.words[j - 2] in lex.name_links and tk.words[j - 2] != "ال")
            if prev is not None and prev not in lex.first and prev not in _NAME_WORDS and not linked and j - i + before >= 2:
                if not tk.definite(j - 1) and not (j - i + before == 2 and (_family_name_after(prev, w) or _family_name(w))):
                    break
        if j - i + before > 0 and w not in lex.first and (w[0] in "فيت" and len(w) > 3 and not _family_plural(w) and not _nisba_name(w) or j - i + before >= 2 and _alef_word_ends_name(tk, j)):
            break  # فتقول, يقول, مرسوما: the sentence goes on
        if j - i + before >= 2 and (w in _TIME_AR or len(w) == 3 and w[0] == "ي" and w not in lex.first and w not in _person_names()):
            break  # وليد المعلم الجمعة, هاني حجازي يعد: a day or a verb after the name
        if j - i + before >= 1 and w in _STATEMENTS:
            break  # وألقى الدكتور هاني كلمة: the speech the person gave
        if j - i + before > 0 and (w in _PREPOSITION_AND_PRONOUN or w[0] == "و" and (w[1:] in lex.name_links or w[1:] in lex.first)):
            break  # سعد به أهالي, وليد سليمان وعبد الله: a preposition, or another person's name
        compound = tk.words[j - 1] == "الدين" or (j >= 2 and tk.words[j - 2] in ("عبد", "ابو"))  # عبد الحميد بوزيان
        compound = compound and not _preposition_prefix(w) and (w[0] != "ب" or w.startswith("بو"))
        compound = compound and (not _common_word(w, False) or w in _NAME_WORDS)  # علي عبد الله صالح
        if j > i and tk.definite(j - 1) and not tk.definite(j) and w not in lex.name_links and not w.startswith("بن") and not compound:
            break  # الحارثي بزواج: after a family name only another one or بن goes on
        if j - i + before >= 2 and w[0] == "ب" and len(w) > 4 and w not in lex.first and not w.startswith("بن"):
            if not (w.startswith("بو") and not _common_word(w, False) or w.startswith("با") and _ba_family_name(w)):
                break  # آل سعود بتقديم, بافتتاح (but بنسعيد, بنكيران, بوزيان, باعوين, باوزير)
        if j - i + before >= 2 and w not in lex.first and (w.endswith("وا") or _pronoun_suffix(w) and not _family_name_in_ta_marbuta(tk, j) or _preposition_prefix(w)):
            break  # علي صالح كانوا, سامح شكري حرصه, نتنياهو لمخاطبته
        named = w in lex.first or w in lex.name_links or (j > 0 and tk.words[j - 1] in lex.name_links)
        after_first = j > 0 and (tk.words[j - 1] in lex.first or j > 1 and tk.words[j - 2] in ("عبد", "ابو"))
        # أحمد سعيد خليل, علي عبد الله صالح; after a title any name word first (الدكتور عارف سلطان الحمادي)
        named = named or (w in _NAME_WORDS and j - i + before >= 1 and (after_first or titled))
        named = named or (w == "الدين" and j - i + before >= 1) or family_title  # حسام الدين, نور الدين
        named = named or titled and j == i + 1 and tk.words[i] in lex.first and tk.definite(j) and w.endswith("ي")
        if j - i + before >= 1 and not named and _common_word(w, tk.definite(j)):
            break  # حسن روحاني رسالة عامة, رياض الأطفال: a frequent noun, not a name
        if j - i + before >= 1 and tk.definite(j) and not (titled and j == i + 1) and _noun_in_ta_marbuta(tk.span_text(j, j + 1)):
            break  # قاوم علي عبدالله صالح الخسارة, واستثمرت أم محمد الإجازة: a noun, no family name (but المهندس محمد العمرة)
        if j - i + before >= 2 and tk.definite(j - 1) and (w in _COURTESIES or _moved_from(tk, j)):
            break  # وقدم سليمان الطلق الشكر, مشاري الثمالي المنتقل من الفيصلي: the sentence goes on
        if w in lex.name_links:
            limit += 1
        j += 1
    while j > i and tk.words[j - 1] in lex.name_links:
        j -= 1
    return j


def _ba_family_name(w: str) -> bool:
    """Whether folded `w` in `با` is a family name of the Hadramawt kind (`باعوين`, `باوزير`, `باهمام`) rather
    than `ب` before a word (`بافتتاح`, `بادائه`, `باخيكم`) or a common word (`باحثون`, which takes the article)."""
    if _common_word(w, False) or _preposition_prefix(w, often=0) or "ال" + w in _corpus_codes():
        return False
    return not (w.endswith(("كم", "هم", "ها")) or _pronoun_suffix(w[1:]))


def _family_name_in_ta_marbuta(tk: Tokens, j: int) -> bool:
    """Whether word `j` is a family name written with `ة` that the corpus never shows with the article,
    from a personal name (`الربيعة`, `العطية`), whose folded `ه` is no pronoun."""
    w = tk.words[j]
    return tk.definite(j) and _ta_marbuta(tk, j) and w[2:] in _person_names() and w not in _corpus_codes()


def _moved_from(tk: Tokens, j: int) -> bool:
    """Whether word `j` is a participle in `الم` with `من` after it (`المنتقل من`, `المنضم من`)."""
    return tk.words[j].startswith("الم") and j + 1 < len(tk) and tk.words[j + 1] == "من" and tk.sent[j + 1] == tk.sent[j]


def _alef_word_ends_name(tk: Tokens, j: int) -> bool:
    """Whether word `j`, in `ا` after two name words, begins what the sentence says: an accusative
    (`مرسوما`) or a definite word the corpus knows (`العليا`, `الدنيا`); not a known name, nor a
    definite word the corpus never saw, a family name (`عبدالله علي اليحيا`)."""
    w = tk.words[j]
    if not w.endswith("ا") or w in _person_names():
        return False
    return not tk.definite(j) or w in _corpus_codes()


def _nisba_name(w: str) -> bool:
    """Whether a word that opens like a verb is a known name in ي (`أحمد فهمي`, `محمود فتحي`), which an
    imperfect verb in ي (`ينتهي`) is not, being no name."""
    return w.endswith("ي") and w in _person_names()


def _family_plural(w: str) -> bool:
    """Whether a word that opens like a verb (`ف`, `ي`, `ت`) is a family name: a plural form in `ات` the
    corpus does not know (`حيدر فريحات`, `عبيدات`), which no verb takes."""
    return w.endswith("ات") and len(w) >= 5 and w not in _corpus_codes()


def _family_title(tk: Tokens, k: int) -> bool:
    """Whether the title at token k is a family name (`فاطمة عبدالرحمن الشيخ بمشاركة`): one that is
    also a family name, after a personal name and with no name, title or link after it (not `محمد بن
    راشد الشيخ منصور`)."""
    if tk.words[k] not in _FAMILY_TITLES or k == 0 or tk.sent[k - 1] != tk.sent[k]:
        return False
    lex = _lex_ar()
    names = _person_names()
    if tk.words[k - 1] not in lex.first and tk.words[k - 1] not in names:
        return False
    if k + 1 == len(tk) or tk.sent[k + 1] != tk.sent[k]:
        return True
    nxt = tk.words[k + 1]
    return nxt in lex.stop or not (nxt in lex.first or nxt in names or nxt in lex.titles or nxt in lex.name_links or nxt in _TITLE_OPENERS)


@functools.cache
def _person_names() -> frozenset[str]:
    from govnews.extract.ner import person_names

    return person_names()


def _family_name_after(prev: str, w: str) -> bool:
    """Whether definite `w` after the name word `prev` is a family name (`محمد إدريس السنوسي`): a
    nisba of the personal-name list after a name of it (`الإيراني`, a nationality, is none)."""
    names = _person_names()
    return w.endswith("ي") and prev in names and w in names


def _family_name(w: str) -> bool:
    """Whether definite `w` reads as a family name: unknown to the corpus codes, and a nisba (`الرشيدي`)
    or a word the corpus knows only without the article (`البنا`)."""
    stats = _corpus_codes()
    if not stats or w in stats:
        return False
    bare = stats.get(w[2:])
    return w.endswith("ي") if bare is None else bare.endswith("d0")


def _common_word(w: str, definite: bool) -> bool:
    """Whether the corpus codes of the name classifier say `w` is a common word rather than a name:
    frequent and seen with the article at times (`رسالة`; names never take it), or, for `الأطفال`,
    frequent without it too; a word after `ب` that is a frequent word without it (`بغسل`)."""
    stats = _corpus_codes()
    if not stats:
        return False
    if definite:
        bare = stats.get(w[2:]) if w.startswith("ال") else None
        return bare is not None and _freq(bare) >= 7 and not bare.endswith(("d0", "d1"))
    code = stats.get(w)
    if code is not None and _freq(code) >= 8 and not code.endswith("d0"):
        return True
    if w[0] == "ب" and not w.startswith("بن"):
        rest = stats.get(w[1:])
        return rest is not None and _freq(rest) >= 5 and (code is None or _freq(code) < _freq(rest))
    return False


def _corpus_codes() -> dict[str, str]:
    """The corpus codes of the shipped classifier (`ner.corpus_stats`), or none without it."""
    from govnews.extract import ner

    model = ner.shipped()
    return (model.stats or {}) if model is not None else {}


def _preposition_prefix(w: str, *, shortest: int = 5, often: int = 5) -> bool:
    """Whether `w` is `ب` or `ل` before a word the corpus knows well (`لمشاهدة`, `باسترضاء`): of `shortest`
    letters or more, seen `often` or more; with `often=0` any word it knows (`لصيف`, `بجدة`; not `بن`, `لندن`)."""
    if w[0] not in "بل" or w.startswith("بن") or len(w) < shortest:
        return False
    code = _corpus_codes().get(w[1:])
    return code is not None and _freq(code) >= often


_TANWEEN_FATH = "\u064b"  # an indefinite accusative as written (`جنبًا`): an adverb or an object, no name


def _accusative_noun(w: str) -> bool:
    """Whether `w` is a common noun in the indefinite accusative (`وفدا`, `عددا`): an object, no name."""
    return w.endswith("ا") and _common_word(w[:-1], False)


def _ta_marbuta(tk: Tokens, j: int) -> bool:
    """Whether token `j` is written with a final `ة`, which folds like the pronoun `ه` (`زينة`, `جولته`)."""
    return tk.text[tk.ends[j] - 1] == "ة"


def _noun_and_adjective(tk: Tokens, k: int) -> bool:
    """Whether tokens k, k+1 are a feminine noun and its nisba adjective (`منصة رقمية`, `خطة وطنية`)."""
    return _ta_marbuta(tk, k) and _ta_marbuta(tk, k + 1) and tk.words[k + 1].endswith("يه")


def _clause_ends(tk: Tokens, j: int) -> bool:
    """Whether the clause ends before token `j`: at the sentence's end, a mark, or a word that opens
    what is said, when or how (`إن`, `أن`, `اليوم`, `خلال`, a reporting verb)."""
    if j >= len(tk) or tk.sent[j] != tk.sent[j - 1]:
        return True
    return tk.words[j] in PUNCT_BREAK or tk.words[j] in _lex_ar().role_stop


def _pronoun_suffix(w: str) -> bool:
    """Whether `w` is a frequent word with a pronoun after it (`حرصه`, `دورها`, `ادايه` with the hamza on its
    seat), or a word the corpus knows only without the pronoun."""
    stats = _corpus_codes()
    for suffix in ("ها", "هم", "ه"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            bare = w[: -len(suffix)]
            code = stats.get(bare) or (stats.get(bare[:-1] + "ء") if bare[-1] in "يو" else None)  # ادايه (أدائه): اداء
            if code is not None and (_freq(code) >= 7 or w not in stats):
                return True
    return False


def _freq(code: str) -> int:
    return int(code[1 : code.index("d")])


def _royal_name_ar(tk: Tokens, j: int) -> int:
    """The end of a royal's name inside an organization's name: `فهد`, `محمد بن سلمان`, `نورة بنت عبدالعزيز`."""
    lex = _lex_ar()
    n = len(tk)
    if j >= n:
        return j
    w = tk.words[j]
    # after a royal title any bare word is the name, common nouns included (سلطان, بدر, صباح), but a definite
    # noun after و (كأس الملك والدوري: and the league)
    if not (w in lex.first or w.startswith("عبد") or w.isalpha() and not tk.definite(j) and w not in lex.stop
            and w not in lex.verbs and not w.startswith("وال")):
        return j
    j += 2 if w == "عبد" and j + 1 < n and tk.words[j + 1][0].isalpha() else 1  # الملك عبد الله: one name
    while j + 1 < n and tk.words[j] in lex.name_links and tk.words[j + 1][0].isalpha():
        j += 2
    return j


def _ali_is_a_name(tk: Tokens, i: int) -> bool:
    """Whether `علي` at token i is the name: written with ي, and followed by a first name (`علي محمد`,
    `علي بن`) or by a word that is no common word: one the corpus has not seen or seen rarely and
    without the article, with no pronoun at its end and no genitive after it (`علي سبكار`, `علي لاريجاني`;
    not `علي الصعيد`, `علي تنفيذ`, `علي مختلف`, `علي دراجته`, `علي أسرار المهنة`). `علي` is far more
    often `على` written with ي than the name."""
    if tk.text[tk.ends[i] - 1] != "ي" or i + 1 >= len(tk) or tk.definite(i + 1):
        return False
    lex, codes, names = _lex_ar(), _corpus_codes(), _person_names()
    nxt = tk.words[i + 1]
    if nxt in lex.first:
        return True
    if not nxt.isalpha() or nxt.endswith(_PRONOUNS) or nxt in lex.stop:
        return False
    code = codes.get(nxt)
    k = i + 2
    after = tk.words[k] if k < len(tk) else ""
    if code is None:  # an unknown word, but not one in construct with the next (`علي أسرار المهنة`)
        return not (after and tk.definite(k) and after not in lex.roles and not (after.endswith("ي") and _family_name(after)))
    if after.isalpha() and not tk.definite(k) and not after.endswith(_PRONOUNS):
        if after not in codes or nxt in names and after in names:
            return True  # علي أكبر ولايتي, علي حسن جابر: a name's third word
    rare = 12 if nxt in names else 5
    return _freq(code) <= rare and code.endswith(("d0", "d1"))


_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "نا", "كم")


def _is_ali(tk: Tokens, j: int) -> bool:
    """`علي` the name, which folds like `على` the preposition."""
    return tk.words[j] == "علي" and tk.text[tk.ends[j] - 1] == "ي"


def _joins(word: str) -> bool:
    """Whether a word as written begins with the conjunction `و` before a name, a title or a nationality
    (`وكيم`, `واللواء`, `والأمريكي`; not `وزير`, nor a second office of the same person: `ومدير`)."""
    if not word.startswith("و"):
        return False
    roles = _lex_ar().roles
    folded = fold_key(word)
    return folded not in roles and folded not in _all_heads() and folded[1:] not in roles


def _role_and_pronoun(w: str) -> bool:
    """Whether `w` is a role word with a pronoun after it (`رئيسها`: its head), which begins no name."""
    roles = _lex_ar().roles
    return any(w.endswith(p) and w[: -len(p)] in roles for p in ("ها", "هم", "ه"))


def _father_named_after(tk: Tokens, i: int) -> int:
    """Where a name that starts at token `i` with a father's name begins: before the first names and
    `بن` / `بنت` written before it (`سفير ... لدى الأردن نبيل بن محمد آل صالح`: at نبيل)."""
    names, stop = _person_names(), _lex_ar().stop
    words = tk.words
    while i >= 2 and words[i - 1] in _SON_OF and words[i - 2] in names and words[i - 2] not in stop and not tk.definite(i - 2) and tk.sent[i - 2] == tk.sent[i]:
        i -= 2
    return i


def _person_cand(tk: Tokens, i: int, j: int, clitic: int, attrs: dict[str, Any], *, lead: int | None = None) -> Cand:
    """A person named by tokens i..j-1; `lead` is where the mention's title begins, if it has one."""
    start = tk.starts[i] + clitic
    value = tk.text[start : tk.ends[j - 1]]
    return Cand(start, tk.ends[j - 1], "PERSON", value, _with_roles(tk, i, j, attrs, lead=lead, clitic=clitic), key=fold_key(value), prio=1)


def _with_roles(tk: Tokens, i: int, j: int, attrs: dict[str, Any], *, lead: int | None = None, clitic: int = 0) -> dict[str, Any]:
    """`attrs` of the person named by tokens i..j-1 with the role written after the name, else the
    one before it; a single role word before the name and a role after it make a title
    (`المستشار أحمد خليل رئيس محكمة الاستئناف`), as does an honorific before a role."""
    role = _role_after_ar(tk, j)
    start = i if lead is None else lead
    before = _role_before_ar(tk, start) if clitic == 0 and i > 0 else None
    said = start > 0 and strip_clitic(tk.words[start - 1], _SAYING) is not None  # وأوضح المستشار ...: the speaker's own
    if role and tk.definite(j) and not said and (before or fold_key(attrs.get("title", "")) in _lex_ar().roles):
        role = None  # استقبل الرئيس محمود عباس السفير المصري: a role right after is another person's
    if role and tk.words[j] in _ENVOYS and (before or _received_envoy(tk, start, j)):
        role = None  # التقى وزير الصحة فهد الجلاجل سفير فرنسا, استقبل الشيخ ... سفير اليابان لدى الدولة: whom they received
    title = None
    if before and role:
        title = before[0] if " " not in before[0] else None
    elif before:
        role, title = before
    if title:
        attrs["title"] = " ".join(filter(None, [title, attrs.get("title")]))
    if role:
        attrs["role"] = role
    return attrs


def _named_after_role(tk: Tokens, k: int, lead: int) -> bool:
    """Whether token `k` (a word of `_person_names`), looking back from a name at `lead`, is the first
    name of another person named after a role and before the role of the name (`وزير الصحة فهد الجلاجل
    سفير فرنسا لودوفيك بوي`: فهد)."""
    lex = _lex_ar()
    w = tk.words[k]
    if k == 0 or w == _ON_BEHALF or w in lex.roles or w in lex.titles or w in lex.stop:
        return False  # الناطق الرسمي باسم الحكومة: on behalf of, not the name Basem
    if tk.definite(k) or not tk.definite(k - 1):
        return False
    if tk.words[k - 1] in lex.titles or tk.words[k - 1] in _ROYAL_TITLES:
        return False  # مركز الملك عبدالعزيز: a name within the role's body
    return any(tk.words[m] in lex.roles for m in range(k + 2, min(k + 5, lead)))


def _received_envoy(tk: Tokens, start: int, j: int) -> bool:
    """Whether the envoy named at token `j`, after a person named from `start` on, is whom that person
    receives: a receiving verb before the person, and an envoy accredited here (`استقبل الشيخ ... سفير
    اليابان لدى الدولة`; `استقبلت سعادة ... سفيرة الدولة لدى اليابان ... وفدا` is her own office)."""
    lex = _lex_ar()
    k = start - 1
    while k >= 0 and start - k <= 4 and (tk.words[k] in lex.titles or tk.words[k] in _HONORIFICS_AR or tk.words[k] in _ROYAL_TITLES):
        k -= 1  # استقبل جلالة السلطان هيثم بن طارق
    if k < 0 or tk.words[k] not in _RECEIVING:
        return False
    k = next((k for k in range(j + 1, min(j + 6, len(tk) - 1)) if tk.words[k] in _ACCREDITED), None)
    return k is not None and tk.words[k + 1] in _TO_THE_HOST


@functools.cache
def _country_words() -> frozenset[str]:
    return frozenset(fold_key(e.form) for e in entries() if e.lang == "ar" and e.kind == "country")


_HONORIFICS_AR = frozenset(fold_key(w) for w in "معالي سعادة سمو فخامة جلالة حضرة".split())


def _no_pronoun(tk: Tokens, k: int) -> bool:
    """Whether token `k`, folded as `حضرة` is, is no verb with its pronoun (`حضره`: attended it)."""
    return not tk.words[k].endswith("ه") or _ta_marbuta(tk, k)


def _role_before_ar(tk: Tokens, lead: int) -> tuple[str, str | None] | None:
    """A role written before the name (`وزير الخارجية وشؤون المغتربين أيمن الصفدي`), and the honorific
    before it (`معالي وزير الصحة المهندس فهد الجلاجل`: معالي), which is the person's title too.

    Looking back, the role ends at another person's title and name, or name, before a role joined by و
    (`السفير فهد العتيبي ومدير إدارة المراسم المستشار ناصر الهاجري`), and goes on past an ordinal
    (`المحامي العام الأول`)."""
    lex = _lex_ar()
    names = _person_names()
    k = lead - 1
    if k > 0 and tk.words[k] in ("،", ",", "-", "–"):
        k -= 1  # وزير الشباب والثقافة والتواصل، السيد محمد المهدي بنسعيد
    first = None
    clitic = 0
    while k >= 0 and lead - k <= 12 and tk.sent[k] == tk.sent[lead]:
        w = tk.words[k]
        if w == ")" and first is None:  # رئيس الهيئة العامة لمكافحة الفساد (نزاهة) المستشار ...
            opening = next((m for m in range(k - 1, max(-1, k - 6), -1) if tk.words[m] == "("), None)
            if opening is not None and opening > 0:
                k = opening - 1
                continue
        over = w == "علي" and k > 0 and tk.words[k - 1] in _OVERSEERS  # المشرف العام على العلاقات العامة
        office = w == "في" and k + 1 < lead and tk.definite(k + 1) and tk.words[k + 1] in _all_heads()  # ... في الهيئة
        accredited = (  # سفير فرنسا لدى المملكة, ممثل منظمة الصحة العالمية في الكويت
            w in _ACCREDITED and any(tk.words[m] in _ENVOYS for m in range(max(0, k - 4), k))
            or w == "في" and any(tk.words[m] in _REPRESENTATIVES for m in range(max(0, k - 4), k - 1))
            and strip_clitic(tk.words[k + 1], lex.roles) is None  # (`جامعة نجران ممثلة في المتحدث الرسمي`: represented by)
        )
        abroad = (  # مدير شرطة الطرق في إيطاليا، روبرتو سغالا: the office's country, right before the name
            w == "في" and k + 2 >= lead - 1 and tk.words[k + 1] in _country_words()
            and any(tk.words[m] in lex.roles for m in range(max(0, k - 4), k))
        )
        accredited = accredited or abroad  # وزير المؤسسات في إيطاليا
        if w in lex.role_stop and not over and not accredited:
            break  # وزير الشؤون الاجتماعية مالك الزاهي بحضور المدير العام: another person's role before
        if w in names and _named_after_role(tk, k, lead):
            break  # وزير الصحة فهد الجلاجل سفير فرنسا لودوفيك بوي: another person, named after a role
        common = w in lex.stop and w not in ("عام", "العام") and w not in ordinal_words() and not over and not office and not accredited
        if not w[0].isalpha() or common or strip_clitic(w, lex.verbs) is not None:
            break
        if w in lex.titles and w not in _ROYAL_TITLES and tk.words[k + 1] in names:
            break
        if w in _COUNTERPARTS:
            first, clitic = k, 0
            break
        if w[0] == "و" and (w[1:] in _TITLE_OPENERS or w[1:] in _HONORIFICS_AR) or k > 0 and tk.words[k - 1] in _SON_OF:
            break  # ... بن مساعد وصاحب السمو الأمير فيصل: the title of this person, the name of the one before
        if w in lex.roles or _role_and_pronoun(w) and not w.startswith("ال") and not _ta_marbuta(tk, k):  # أمينها العام (not محافظة)
            first, clitic = k, 0
        elif w[0] == "و" and w[1:] in lex.roles:
            first, clitic = k, 1  # نائب رئيس الوزراء ووزير الخارجية
            if k > 0 and tk.words[k - 1] in _person_names():
                break  # فهد العتيبي ومدير المراسم: a name before و ends the role
        k -= 1
    if first is None:
        return None
    end = lead - 1 if tk.words[lead - 1] in ("،", ",", "-", "–") else lead
    role = tk.text[tk.starts[first] + clitic : tk.ends[end - 1]]
    honorific = first - 1
    if clitic or honorific < 0 or tk.sent[honorific] != tk.sent[lead] or not _no_pronoun(tk, honorific):
        return role, None
    joined = int(tk.words[honorific][:1] == "و")  # ... ومعالي وزير الخارجية الأستاذ عادل الجبير
    if tk.words[honorific][joined:] in _HONORIFICS_AR:
        return role, tk.text[tk.starts[honorific] + joined : tk.ends[honorific]]
    return role, None


_ABBREVIATED_TITLES = frozenset(("د", "م"))  # د. (doctor), م. (engineer): the letter, then its own `.` token


def _person_after_title_ar(tk: Tokens, i: int, clitic: int) -> list[Cand]:
    lex = _lex_ar()
    k = i + 1
    if strip_clitic(tk.words[i], _WEAK_TITLES) is not None or clitic and tk.words[i][clitic:] == _HAPPINESS:
        nxt = tk.words[k]  # (بسعادة غامرة: with great happiness)
        if nxt not in lex.first and nxt not in lex.titles and nxt not in lex.name_links:
            return []
        if i > 0 and tk.words[i - 1] in lex.roles:
            return []
    if i > 0 and tk.words[i - 1] in lex.titles:
        return []  # the title began earlier: its first word made the candidate
    if clitic == 0 and _family_title(tk, i):
        return []  # فاطمة عبدالرحمن الشيخ: the name before ends with it
    while i > 0 and clitic == 0 and (tk.words[i - 1] in _TITLE_OPENERS and _no_pronoun(tk, i - 1) or tk.words[i - 1] in lex.titles):
        i -= 1
    if i > 0 and clitic == 0 and tk.words[i - 1][:1] == "و" and tk.words[i - 1][1:] in _TITLE_OPENERS and _no_pronoun(tk, i - 1):
        i, clitic = i - 1, 1  # ... وصاحب السمو الأمير فيصل: the title, after the و that joins it to the person before
    while k < len(tk) and tk.words[k] in lex.titles:
        k += 1
    if k < len(tk) and tk.words[k] in _RANK_CLASSES and tk.sent[k] == tk.sent[i]:
        k += 1  # الملازم أول, اللواء ركن, العقيد طيار: the rank's class or corps
    if k < len(tk) and tk.words[k] == ".":  # د. محمد
        k += 1
    j = _name_run_ar(tk, k, open_definite=False, titled=True)
    if j == k and k > 0 and tk.words[k - 1] in _ROYAL_TITLES:
        j = _royal_first_name_ar(tk, k)
    if j == k:
        return []
    if j - k >= 2 and j < len(tk) and tk.sent[j] == tk.sent[k] and tk.definite(j) and tk.words[j].endswith("ي"):
        if j + 1 == len(tk) or tk.sent[j + 1] != tk.sent[j] or tk.words[j + 1] in ("،", ",", "-", "–") or tk.words[j + 1] in lex.roles:
            j += 1  # الدكتور محمد حمد الكويتي، رئيس ..., سعادة ليلى عبيد السويدي المدير العام: after a title, a nisba before the role is the family name
    if _common_word_surname(tk, j, k, lex) or _role_word_surname(tk, j, k, lex):
        j += 1  # الدكتور عزمي محافظة، اليوم, المهندس كامل الوزير نائب رئيس الوزراء: the family name
    if j < len(tk) and tk.words[j] in _REGNAL and tk.sent[j] == tk.sent[k] and any(w in _ROYAL_TITLES for w in tk.words[i:k]):
        j += 1  # الملك عبدالله الثاني, الملك محمد السادس: the ordinal of a king's name
        if j + 1 < len(tk) and tk.words[j] in ("بن", "ابن") and tk.sent[j + 1] == tk.sent[k] and _name_ok_ar(tk.words[j + 1], lex):
            j += 2  # الملك عبدالله الثاني ابن الحسين
    title = tk.text[tk.starts[i] + clitic : tk.ends[k - 1]]
    attrs = {"title": title.rstrip(".") if title.endswith(" .") else title}
    return [_person_cand(tk, k, j, 0, attrs, lead=i if clitic == 0 else None)]


def _common_word_surname(tk: Tokens, j: int, k: int, lex: _Lex) -> bool:
    """Whether the bare word at `j`, after a titled name from `k` on, is the name's last word though a
    common word: a comma or a dash follows it (`الدكتور عزمي محافظة،`, not `المهندس خالد
    محافظة الزرقاء`)."""
    if j >= len(tk) or tk.sent[j] != tk.sent[k] or j - k > 3:
        return False
    w = tk.words[j]
    if len(w) < 3 or not w.isalpha() or tk.definite(j) or w[0] in "وبلف" or w in lex.stop or w in _NOT_SURNAMES:
        return False
    if w.endswith(("ا", "ين", "ون", "ات")) or w in _STATEMENTS:
        return False  # an accusative, a plural (`حائرين`), a speech (`كلمة`)
    if w in lex.titles or strip_clitic(w, lex.roles) is not None or strip_clitic(w, lex.verbs) is not None:
        return False
    return j + 1 < len(tk) and tk.sent[j + 1] == tk.sent[j] and tk.words[j + 1] in ("،", ",", "-", "–")


def _role_word_surname(tk: Tokens, j: int, k: int, lex: _Lex) -> bool:
    """Whether the definite role word at `j`, after a titled name from `k` on, is the name's last word: a role
    without its article follows it (`المهندس كامل الوزير نائب رئيس الوزراء`, `الدكتور أحمد القاضي رئيس
    الجمعية`), which a role does not take after its own definite word."""
    if j + 1 >= len(tk) or tk.sent[j] != tk.sent[k] or tk.sent[j + 1] != tk.sent[j] or j - k > 2:
        return False
    w, after = tk.words[j], tk.words[j + 1]
    if not w.startswith("ال") or (w not in lex.roles and w not in lex.titles) or w in _ROYAL_TITLES:
        return False
    return after in lex.roles and not tk.definite(j + 1)


def _royal_first_name_ar(tk: Tokens, k: int) -> int:
    """The end of a name after a royal title whose first word is also a common word (`الشيخ صباح خالد
    الحمد الصباح`, `الشيخ سلطان بن خليفة`): a bare word, then at least one more name word; else `k`."""
    w = tk.words[k]
    if k + 1 >= len(tk) or tk.sent[k + 1] != tk.sent[k] or not w.isalpha() or tk.definite(k) or w in _lex_ar().verbs:
        return k
    if tk.words[k + 1] not in _lex_ar().first and tk.words[k + 1] not in _lex_ar().name_links:
        return k  # الشيخ صباح اليوم: a time, no name
    j = _name_run_ar(tk, k + 1, limit=3, before=1)
    return j if j > k + 1 else k


def _person_from_first_name_ar(tk: Tokens, i: int, clitic: int) -> Cand | None:
    if tk.words[i][clitic:] in _ADJECTIVE_NAMES and i + 1 < len(tk) and tk.definite(i + 1):
        return None  # حسن الجوار: the adjective, not the name
    if not clitic and i > 0 and tk.words[i - 1] in _NAMED_PLACES:
        return None  # خان بني سعد, دار سعد: a place named after a tribe or a man
    linked = i > 1 and tk.words[i - 1] in _lex_ar().name_links  # سلمان بن عبدالعزيز: the third word of a name
    j = _name_run_ar(tk, i + 1, limit=3, before=3 if linked else 1)
    if j == i + 1:
        return None
    if not clitic and i > 0 and tk.sent[i - 1] == tk.sent[i] and tk.words[i - 1] in _KUNYA:
        i, clitic = i - 1, _KUNYA[tk.words[i - 1]]  # أبو بكر سعيد: the name opens with "father of"
    return _person_cand(tk, i, j, clitic, {})


def _person_before_role_ar(tk: Tokens, i: int) -> Cand | None:
    lex = _lex_ar()
    j = _name_run_ar(tk, i, limit=3)
    if j - i < 2:
        return None
    k = j + 1 if j < len(tk) and tk.words[j] in ("،", ",", "-", "–", "—") else j
    if k < len(tk) and strip_clitic(tk.words[k], lex.roles) is not None:
        return _person_cand(tk, i, j, 0, {})
    return None


def _role_after_ar(tk: Tokens, j: int) -> str | None:
    lex = _lex_ar()
    n = len(tk)
    if j < n and tk.words[j] in ("،", ",", "-", "–", "—", "("):
        j += 1
    if j >= n or tk.sent[j] != tk.sent[j - 1]:
        return None
    first = strip_clitic(tk.words[j], lex.roles)
    if first is None or first[0] > 0:
        return None
    did_by = any(tk.words[m] in _DID for m in range(max(0, j - 12), j) if tk.sent[m] == tk.sent[j])  # قام ... بـ
    k = j
    while k < n and k - j < 18 and tk.sent[k] == tk.sent[j]:
        w = tk.words[k]
        if w in PUNCT_BREAK or w in lex.role_stop or strip_clitic(w, lex.verbs) is not None and k > j:
            break
        if w in lex.titles and k > j and (w not in _WEAK_TITLES or k + 1 < n and tk.words[k + 1] in lex.first):
            break
        if k > j and (w == "في" and k + 1 < n and (tk.words[k + 1] in _NO_OFFICE_AFTER or _pronoun_suffix(tk.words[k + 1]) and not _ta_marbuta(tk, k + 1)) or w[0] == "ب" and w[1:] in _MEETING_PLACES):
            break  # رئيس الدولة في قصر الشاطئ, وكيل وزارة التعليم في أعمال المؤتمر, ... في مكتبها: where they met or what they took part in
        if k > j and tk.definite(k - 1) and not tk.definite(k) and (w in _OBJECT_AFTER_ROLE or w in _ENVOYS or _accusative_noun(w)):
            break  # ولي العهد أعمال الملتقى, رئيس الدولة وفدا, وزير الخارجية سفير كوريا: what the person opened, visited or received
        if k > j + 1 and w[0] == "ب" and not w.startswith("بن") and strip_clitic(w, _all_heads()) is None and did_by:
            break  # وقام ... محافظ المؤسسة بتكريم المتدربين: what the person did
        k += 1
    while k > j and tk.words[k - 1] in _ROLE_TAIL:
        k -= 1  # مدرب السد في المؤتمر الصحفي: the preposition begins what follows
    return tk.span_text(j, k) if k > j else None


def _org_chain_ar(tk: Tokens, i: int, head: tuple[int, str], loc_at: dict[int, tuple[int, str]]) -> Cand | None:
    """An organization from head noun `i` along its construct chain, or None when nothing follows."""
    lex = _lex_ar()
    words = tk.words
    n = len(words)
    definite = head[1].startswith("ال")
    if head[1] == _PALACE and i + 1 < n and words[i + 1].removeprefix("ال") in _SHORT_OF:
        return None  # قصر النظر: shortness of sight
    j = i + 1
    bare = 0
    seen_def = False
    need_adj = False  # after a name, a place or a genitive with لل, only an adjective goes on
    while j < n and j - i < 12 and tk.sent[j] == tk.sent[i]:
        w = words[j]
        if w in CHAIN_ENDS or w[0] in "وف" and w[1:] in lex.stop:
            break  # ... البالغة حصته, وزارة المالية والذي: a clause begins
        if definite and j == i + 1 and (w.startswith("لل") or not (_head_complement(w, tk.definite(j)) or j in loc_at)):
            break  # الوزارة للتفتيش, رئيس الجامعة للدراسات العليا: a bare head and a purpose or a portfolio
        if definite and j == i + 1 and words[i].endswith("ه") and w.endswith("ي") and w not in _HEAD_ADJECTIVES:
            break  # الغرفة الرئيسي, البلدية الرقابي: a masculine adjective is no feminine head's, no name
        if w in _GENERIC_ADJECTIVES:
            if definite and any(words[k] not in _HEAD_ADJECTIVES for k in range(i + 1, j)):
                return None  # الوزارة الخدمية الأخرى: a kind of body, not one named
            break  # النيابة العامة المختصة, لجنة المتابعة المعنية بتنفيذ ...: the name ends before it
        if j in loc_at:
            if j > i + 1 and w[0] == "و":
                break  # محافظة الوسطى ومحافظة ظفار, مجلس التعاون الخليجي وسنغافورة: the name and a place
            end, kind = loc_at[j]
            if j == i + 1 and head[1] == _CENTRE and w in _DIVISION_WORDS:
                break  # الحوطة مركز محافظة لحج: the seat of a governorate, no organization
            of_place = w[0] == "ل" and j - 1 > i and tk.definite(j - 1) and words[j - 1].endswith(("ي", "يه")) and j - 1 not in loc_at
            of_place = of_place and not _demonym(words[j - 1].removesuffix("ه"))  # (الحكومة الألمانية لإيران: to Iran)
            of_place = of_place or w == "لدول" and j > i + 1  # مجلس الصحة لدول مجلس التعاون: a body of the states
            if w[0] in "بفل" and not w.startswith("ال") and not of_place and (head[1] in _MEETING_PLACES or head[1] in _named_venue_forms() or kind != "emirate"):
                break  # فندق الخليج بالمنامة, قصر الإمارات بأبوظبي, ... بمملكة البحرين: where it is, not its name (but ... بدبي,
                # and after an adjective the place of a body: الغرفة التجارية الصناعية لمنطقة الرياض)
            j = end
            seen_def = need_adj = True
            if head[1] in _PLACE_HEADS or of_place:
                break  # حكومة دبي, سفارة المملكة, الهيئة الملكية للجبيل
            continue
        if w in _ROYAL_TITLES and (j == i + 1 or not tk.definite(j - 1)):
            # مركز الملك فهد الثقافي, مركز أبحاث الأمير سلطان; after a definite word the title
            # begins a person: المجلس الأولمبي العربي الأمير طلال بن بدر
            k = _royal_name_ar(tk, j + 1)
            if k > j + 1:
                j = k
                seen_def = need_adj = True
                continue
        if j == i + 1 and not definite and w in lex.first and j + 2 < n and words[j + 1] in lex.name_links:
            j = _royal_name_ar(tk, j)  # مؤسسة محمد بن سلمان بن عبدالعزيز الخيرية: named after a person
            seen_def = need_adj = True
            continue
        named_after_event = j == i + 1 and not definite and tk.definite(j) and w[0] == "ا"  # نادي الاتفاق, مركز المعارض
        if w in lex.titles or w in _event_cue_forms() and not named_after_event or (j > i + 1 and strip_clitic(w, lex.roles) is not None):
            break  # وزارة الصحة الدكتور محمد, وزارة التربية المؤتمر, مجلس الوزراء والمستشار
        if (
            w[0] == "و"
            and not tk.definite(j)
            and w[1:] not in _all_heads()
            and w[1:] not in lex.stop
            and j + 1 < n
            and tk.definite(j + 1)
            and tk.sent[j + 1] == tk.sent[i]
            and words[j + 1] not in _PLURALS
            and not _pronoun_suffix(w[1:])
            and not _role_and_pronoun(w[1:])
            and words[j + 1] != "ال" + head[1].removeprefix("ال")
            and not (w.endswith("ت") and not w.endswith("ات"))  # واستدعت الدوسري: a verb
            and head[1] != _CLUB  # نادي الطائي ورعاية الشباب: a club and another body
            and w[1:] not in _PREPOSITION_AND_PRONOUN  # ومنه للهلال
        ):
            j += 2  # وزارة الانتقال الرقمي وإصلاح الإدارة (but نادي الاتحاد ولاعب النادي الأهلي: another club)
            need_adj = False
            seen_def = True  # غرفة تجارة وصناعة البحرين لدعم ...: no bare word after the definite one
            continue
        if w in ("-", "–") and j + 1 in loc_at:
            j += 1
            continue
        if w.startswith("ل") and not w.startswith("لل") and j + 1 < n and j + 1 in loc_at:
            j += 1  # لشرطة أبوظبي: a genitive with ل before a place
            continue
        if w.startswith("ل") and not w.startswith("لل") and seen_def and words[j - 1] in _GENITIVE_ADJECTIVES:
            # الرئاسة العامة لرعاية الشباب, الهيئة الوطنية لمكافحة الفساد: a genitive with ل after the
            # adjective, through one more noun of its construct (الهيئة العامة لتنظيم قطاع الاتصالات)
            k = j + 1
            if k + 1 < n and not tk.definite(k) and words[k][0].isalpha() and words[k] not in lex.stop and tk.definite(k + 1):
                k += 1
            if k < n and tk.definite(k) and words[k] not in lex.stop and tk.sent[k] == tk.sent[i]:
                j = k + 1
                need_adj = True
                continue
        if w.startswith("ل") and not w.startswith("لل") and (w[1:] in lex.heads or w[1:] in _CONSTRUCT_NOUNS):
            if j + 1 < n and tk.definite(j + 1):
                j += 2  # لكرة القدم, لهيئة الطرق
                seen_def = need_adj = True
                continue
        if not w[0].isalpha() or w in lex.stop or w in ordinal_words() or w in _TIME_AR or w in lex.verbs:
            break
        if strip_clitic(w, _all_heads()) is not None and (w[0] in "وف" or j == i + 1 and not definite and not tk.definite(j) and head[1] not in _VENUE_HEADS):
            break  # (a hotel is named after a palace or a tower: فندق قصر الإمارات)
        if tk.definite(j):
            if w[0] in "وف" and (not words[j - 1][0].isalpha() or w[1:] in _PLURALS):
                break
            if w.startswith("لل") and not definite and _portfolio(tk, i):
                break
            if w.startswith(("بال", "وبال", "فبال")):
                break  # ... بالعاصمة الماليزية: where it met, not its name
            if w.startswith("لل") and bare >= 2 and not seen_def and j + 1 < n and words[j + 1] == "علي":
                break  # شرطة خان بني سعد للاطلاع على ...: what for (but معهد ماكس بلانك للبوليميرات)
            if w[0] == "و" and _demonym(words[j - 1].removesuffix("ه")):
                break  # الحكومة السودانية والمتمردين: a nationality ends the name
            if bare and not seen_def and (w[0] == "و" or _masculine_after_a_name(tk, i, j)):
                break  # جامعة هارفارد والدراسة فيها, منهج جامعة هارفارد الدراسي: after a name, another noun's words (but مجموعة عبدالصمد القرشي)
            if w[0] == "و":
                j += 1  # والأوقاف والدعوة, للمعارض والمؤتمرات: nouns joined by و
                need_adj = True  # ... والإعلام الإشراف: after them only an adjective
                continue
            if need_adj and (not _head_complement(w, True) or _hamza_noun(tk, j)):
                break
            need_adj = w.startswith("لل")  # للمرأة المعرض: a genitive ends the chain but for its adjective
            if j == i + 1 and not definite and strip_clitic(w, _all_heads()) is not None:
                need_adj = True  # هيئة الحكومة الرقمية: after a head noun's head noun, its adjective only
            seen_def = True
            j += 1
            continue
        if not definite and not seen_def and bare < 3 and w not in lex.titles and strip_clitic(w, lex.roles) is None:
            verb = (w[0] == "ي" and len(w) > 3 or w[0] == "ت" and len(w) > 4) and w not in lex.first  # (not داون تاون)
            said_on = verb or _common_word(w, False) and w not in _PLACE_LINKS or _accusative_noun(w) or _pronoun_suffix(w.removeprefix("ب"))
            said_on = said_on or _preposition_prefix(w, shortest=4, often=0) or _TANWEEN_FATH in tk.span_text(j, j + 1)
            said_on = said_on or w in _DIRECTIONS or w in lex.first and words[j - 1] not in lex.name_links and words[j - 1] not in _PLACE_LINKS
            # (محافظة لحج جنوبي البلاد, منظمة أوبك عبدالله البدري; but كلية آل مكتوم)
            if bare and (said_on or w[0] == "و" and _role_and_pronoun(w[1:])):
                break  # نادي بني ياس يتوج, نادي بني ياس بلقب, قصر بعبدا وفدا, شركة كيبكو ورئيسها, شركة سوني بفرعها, جامعة هارفارد لصيف العام: the sentence goes on after the name
            bare += 1
            need_adj = bare >= 2  # بلدية جوف بني هاجر الطريق: a run of names takes no noun after it
            j += 1
            continue
        break
    if j == i + 1:
        return None
    action = words[i + 1] in _ACTION_NOUNS_IYA and i + 2 < n and tk.definite(i + 2)
    nisba = words[i + 1].endswith("يه") and not action  # (تنمية الصادرات, تربية الناشئة: a noun of action and its object)
    if not definite and not tk.definite(i + 1) and (nisba or words[i + 1] in _INDEFINITE_ADJECTIVES) and i + 1 not in loc_at:
        return None  # مصلحة أساسية: a noun and its adjective, no name (but حكومة جمهورية كينيا, هيئة تنمية الصادرات)
    if not definite and j == i + 2 and words[i + 1].endswith("ي") and _common_word(words[i + 1], False):
        return None  # أقرب مركز صحي
    if not definite and j == i + 2 and head[1] != _CLUB and strip_clitic(words[i + 1], _all_heads()) is not None:
        return None  # مجلس الإدارة, ديوان الوزارة: a body's part, no name (but هيئة الحكومة الرقمية, نادي الاتحاد)
    if not definite and words[i + 1] in _BOARDS and (j == i + 2 or j == i + 3 and tk.definite(i + 2) and words[i + 2][2:] in _all_heads()):
        return None  # مجلس إدارة مؤسسة مسك, مجلس أمنائها, مجلس إدارة النادي: the board of a body named elsewhere, no name
    start = tk.starts[i] + head[0]
    end = tk.ends[j - 1]
    value = tk.text[start:end]
    if head[0] and tk.words[i][head[0] - 1] == "ل" and head[1].startswith("ال") and not value.startswith("ال"):
        value = "ا" + value  # للمجلس -> المجلس
    if head[1] == _GOVERNORATE:
        unlisted = j == i + 2 and not tk.definite(i + 1) and words[i + 1].isalpha() and not _common_word(words[i + 1], False)
        if loc_at.get(i + 1, (0, ""))[0] == j or unlisted:
            # محافظة الطائف; محافظة تنومة, a name the gazetteer lacks
            return Cand(start, end, "LOC", value, {"kind": "governorate"}, key=fold_key(value), prio=1)
    return Cand(start, end, "ORG", value, {}, key=fold_key(value), prio=1)


# nouns of action that end as a nisba adjective does (`هيئة تنمية الصادرات`, not `صحيفة تركية`)
_ACTION_NOUNS_IYA = frozenset(fold_key(w) for w in "تنمية تربية توعية تحلية تقوية تغذية تسوية ترقية تنقية تصفية تغطية تزكية".split())


def _portfolio(tk: Tokens, i: int) -> bool:
    """Whether a genitive with ل in the chain of head `i` is the portfolio of the deputy before the
    head rather than part of the body's name (`وكيل وزارة العمل للموارد البشرية`)."""
    return i > 0 and tk.sent[i - 1] == tk.sent[i] and tk.words[i - 1] in _DEPUTIES


def _masculine_after_a_name(tk: Tokens, i: int, j: int) -> bool:
    """Whether definite token `j` is a masculine adjective after feminine head `i` and a name, so another
    noun's (`منهج جامعة هارفارد الدراسي`), not a family name after a first name (`مجموعة عبدالصمد القرشي`)."""
    if not (_ta_marbuta(tk, i) and tk.text[tk.ends[j] - 1] == "ي"):
        return False
    prev, w = tk.words[j - 1], tk.words[j]
    return not (prev in _lex_ar().first or prev.startswith("عبد") or w in _person_names() or _family_name(w))


# the divisions of a country: singular head -> (kind, plural), and the plural and dual forms
_DIVISIONS = {
    **{fold_key(w): ("governorate", False) for w in "محافظة".split()},
    _CITY: ("city", False),
    **{fold_key(w): ("governorate", True) for w in "محافظات محافظتي".split()},
    **{fold_key(w): ("region", False) for w in "ولاية إقليم".split()},
    **{fold_key(w): ("region", True) for w in "ولايات ولايتي أقاليم إقليمي".split()},
}
_AFTER_TERM = frozenset(fold_key(w) for w in "الأولى الثانية الثالثة الأخيرة الجديدة الحالية السابقة المقبلة".split())


@functools.cache
def _governorate_forms() -> dict[str, tuple[str, str]]:
    """Folded Arabic `محافظة X` forms of the gazetteer -> (key, kind)."""
    return {fold_key(e.form): (e.key, e.kind) for e in entries() if e.lang == "ar" and e.type == "LOC" and e.form.startswith("محافظة ")}


def _divisions_ar(tk: Tokens, loc_at: dict[int, tuple[int, str]]) -> list[Cand]:
    """Places named after the word for a division of a country (`بولاية بدية`, `في محافظة بيشة`), and
    each place of a list after its plural (`ولايات تطاوين ومدنين وقبلي`, `بإقليمي سيدي سليمان والخميسات`).

    A singular head counts after ب, ل or في only (`ولاية صالح الأخيرة` is a term of office), and
    `إقليمي` (also: regional) only as `بإقليمي`.
    """
    lex = _lex_ar()
    out: list[Cand] = []
    words = tk.words
    n = len(words)
    forms = _division_forms()
    for i in [i for i, w in enumerate(words) if w in forms]:
        size, head = forms[words[i]]
        clitic = words[i][:size]
        if i + 1 >= n or tk.sent[i + 1] != tk.sent[i]:
            continue
        kind, plural = _DIVISIONS[head]
        after_in = i > 0 and words[i - 1] == "في"
        if (not plural or head == fold_key("إقليمي")) and not (clitic in ("ب", "ل", "وب", "ول") or after_in):
            continue
        if not plural:
            # a governorate may be named with the article (`في محافظة القنفذة`), a region may not (`في ولاية
            # المالكي`: in Maliki's term)
            if i + 1 in loc_at or not _place_word(tk, i + 1, lex, definite=head == _GOVERNORATE):
                continue
            if kind == "city" and not _town_name(tk, i + 1):
                continue
            j = _place_end(tk, i + 1, lex)
            if j < n and words[j] in _AFTER_TERM:
                continue
            start = tk.starts[i + 1] if kind == "city" else tk.starts[i] + len(clitic)  # مدينة العلا: العلا, as the gazetteer's
            value = tk.text[start : tk.ends[j - 1]]
            out.append(Cand(start, tk.ends[j - 1], "LOC", value, {"kind": kind}, key=fold_key(value), prio=1))
            continue
        k, listed = i + 1, True  # (a place after the first follows a comma or `و`: not `كسلا والقضارف مطلع أبريل`)
        while k < n and tk.sent[k] == tk.sent[i]:
            if words[k] in ("،", ","):
                k, listed = k + 1, True
                continue
            if words[k] == "(":  # ولايات تطاوين (89,3 بالمائة) ومدنين
                close = next((m for m in range(k + 1, min(n, k + 8)) if words[m] == ")"), None)
                if close is None:
                    break
                k = close + 1
                continue
            joined = 1 if k > i + 1 and words[k][0] == "و" and len(words[k]) > 3 else 0
            if not (listed or joined):
                break
            listed = False
            if k in loc_at:
                k = loc_at[k][0]
                continue
            form = words[k][joined:]
            known = _governorate_forms().get(fold_key("محافظة " + form)) if kind == "governorate" else None
            if known is None and not _place_word(tk, k, lex, skip=joined, definite=True):
                break
            end = k + 1 if known else _place_end(tk, k, lex)
            start = tk.starts[k] + joined
            value = tk.text[start : tk.ends[end - 1]]
            attrs = {"kind": known[1] if known else kind, **({"key": known[0]} if known else {})}
            out.append(Cand(start, tk.ends[end - 1], "LOC", value, attrs, key=known[0] if known else fold_key(value), prio=1))
            k = end
    return out


def _countryside_ar(tk: Tokens, loc_at: dict[int, tuple[int, str]]) -> list[Cand]:
    """The countryside of a known city, a region of its own (`في ريف حلب`, `وريف دمشق`)."""
    out = []
    for i in [i for i, w in enumerate(tk.words) if w in _COUNTRYSIDE]:
        end, kind = loc_at.get(i + 1, (0, ""))
        if kind == "city" and tk.sent[i + 1] == tk.sent[i]:
            start = tk.starts[i] + _COUNTRYSIDE[tk.words[i]]
            value = tk.text[start : tk.ends[end - 1]]
            out.append(Cand(start, tk.ends[end - 1], "LOC", value, {"kind": "region"}, key=fold_key(value), prio=1))
    return out


_COUNTRYSIDE = {p + "ريف": len(p) for p in ("", "و", "ب", "ل", "وب", "ول")}  # "countryside", and its clitic
_GENERIC_PLACES = frozenset(fold_key(w) for w in "الوطن الدولة البلاد المملكة المنطقة السلطنة الإمارة الجمهورية العاصمة المدينة".split())
_PLACE_LINKS = frozenset(fold_key(w) for w in "بن بني سيدي أبو سان سانت لاس لوس ساو نيو".split())  # بن عروس, سيدي سليمان, سان موريتز
_NAMED_PLACES = frozenset(fold_key(w) for w in "بني دار".split())  # before a first name: a tribe or a place (بني سعد, دار سعد)


def _place_end(tk: Tokens, k: int, lex: _Lex) -> int:
    """The end of a place's name from token `k`: one word, two after `بن`, `سيدي`, `أبو`, `بني`."""
    w = tk.words[k][1:] if k > 0 and tk.words[k][0] == "و" and tk.words[k][1:] in _PLACE_LINKS else tk.words[k]
    nxt = tk.words[k + 1] if k + 1 < len(tk) and tk.sent[k + 1] == tk.sent[k] else ""
    if w in _PLACE_LINKS and nxt[:1].isalpha() and nxt not in lex.stop:  # a person's name may follow: سيدي سليمان
        return k + 2
    return k + 1


@functools.cache
def _division_forms() -> dict[str, tuple[int, str]]:
    return with_clitics(frozenset(_DIVISIONS))


def _town_name(tk: Tokens, k: int) -> bool:
    """Whether the word after `مدينة` names a town the gazetteer lacks (`بمدينة سبها`, `بمدينة سان موريتز`): the
    first word of a two-word name (`_PLACE_LINKS`), or a word the corpus codes do not know and no nisba adjective
    (`مدينة حضارية`), as common words (`مدينة واحدة`, `مدينة عرفت`) are known."""
    w = tk.words[k]
    return w in _PLACE_LINKS or w not in _corpus_codes() and not w.endswith("يه")


def _place_word(tk: Tokens, k: int, lex: _Lex, *, skip: int = 0, definite: bool = False) -> bool:
    """Whether token `k` (without `skip` letters of clitic) may be a place's name: a word that is no
    stop word, title, verb, first name or common word, and with the article only if `definite`."""
    w = tk.words[k][skip:]
    if len(w) < 2 or not w[0].isalpha() or w in lex.stop or w in lex.titles or w in lex.first or w in _NAME_WORDS or w in _GENERIC_PLACES:
        return False
    has_article = w.startswith("ال")
    if has_article and not definite or strip_clitic(w, lex.verbs) is not None:
        return False
    return not _common_word(w, has_article)


def _head_complement(w: str, definite: bool) -> bool:
    """Whether a word may follow a definite head noun: an adjective, a genitive with ل, a place."""
    if w.startswith("لل"):
        return True
    return definite and w[0] != "و" and (w.endswith(("ي", "يه")) or w in _HEAD_ADJECTIVES or _participle_adjective(w))


def _hamza_noun(tk: Tokens, j: int) -> bool:
    """Whether token `j` is written in `ئة`, a noun (`التهنئة`, `البيئة`) that folds like a nisba
    adjective in `ية`, and not of a participle's shape (`الناشئة`)."""
    return tk.text.endswith("ئة", 0, tk.ends[j]) and not _participle_adjective(tk.words[j])


# definite nouns of the shape of an active participle (الفاعلة) that are no adjectives
_PARTICIPLE_NOUNS = frozenset(fold_key(w) for w in "الجامعة العاصمة القاعدة الساحة الحاجة الخاتمة الفاتحة".split())


def _participle_adjective(w: str) -> bool:
    """Whether folded definite `w` is a feminine active participle, an adjective (`للقوى العاملة`,
    `للجهات الداعمة`): `ال`, a letter, `ا`, two letters and `ه`."""
    return len(w) == 7 and w.startswith("ال") and w[3] == "ا" and w.endswith("ه") and w not in _PARTICIPLE_NOUNS


# adjectives that make a head noun a kind of body rather than a named one
_GENERIC_ADJECTIVES = frozenset(fold_key(w) for w in "الأخرى الآخر الأخريين المعنية المعني المعنيين المختصة المختص المذكورة المذكور".split())
_QUALIFIERS_AR = frozenset(fold_key(w) for w in "بنين بنات رجال سيدات".split())  # نادي رواد المستقبل (بنات)
_ALIAS_AR = re.compile(r"\s*[“\"«(]\s*([^\s“”\"«»()]{2,15}(?: [^\s“”\"«»()]{1,15})?)\s*[”\"»)]")
_ALIAS_EN = re.compile(r"\s*[“\"«(]\s*((?:[A-Z][A-Za-z&.\-]{1,11}|[a-z][A-Z][A-Za-z&.\-]{1,10})(?:\s[A-Z][a-z]+)?)\s*[”\"»)]")


def _add_aliases(text: str, chosen: list[Cand], *, lang: str) -> None:
    """Give an organization the acronym in quotes or brackets right after it (`“بيبا”`, `(BIPA)`)."""
    pattern = _ALIAS_AR if lang == "ar" else _ALIAS_EN
    for k, c in enumerate(chosen):
        if c.type != "ORG" or _quoted(text, c):
            continue  # (عالم "تويتر" قال "...": the quote after it closes its own)
        m = pattern.match(text, c.end)
        if m and len(m.group(1)) < len(c.value) and m.group(1)[0].isalpha() and fold_key(m.group(1)) not in _QUALIFIERS_AR:
            nxt = chosen[k + 1] if k + 1 < len(chosen) else None
            inside = nxt is not None and nxt.start >= m.start(1) and nxt.end <= m.end(1)
            if inside and nxt.type == "LOC" and "key" in nxt.attrs:
                continue  # شاختار دونيتسك (أوكرانيا): where it is from, a known place, no acronym
            alias = m.group(1)
            c.attrs = {**c.attrs, "aliases": [alias]}
            if lang == "en" and c.attrs.get("key") and not _known_acronym(c.attrs["key"], alias):
                c.attrs = {k: v for k, v in c.attrs.items() if k != "key"}  # Institute of Public Administration (IPA): not BIPA
                c.key = fold_key(c.value)
            if inside:
                nxt.type, nxt.key = "ORG", c.key  # the quoted acronym is the same organization
            for d in chosen[k + 1 :]:  # Palestine Investment Fund (PIF): the text's PIF, not the gazetteer's
                if d.type == "ORG" and text[d.start : d.end] == alias and d.attrs.get("key") != c.attrs.get("key"):
                    d.key, d.value = c.key, c.value
                    d.attrs = {k: v for k, v in d.attrs.items() if k != "key"} | ({"key": c.attrs["key"]} if "key" in c.attrs else {})


@functools.cache
def _acronyms_by_key() -> dict[str, frozenset[str]]:
    acronyms: dict[str, set[str]] = {}
    for e in entries():
        if e.form.isupper() and e.form.isascii():
            acronyms.setdefault(e.key, set()).add(e.form)
    return {k: frozenset(v) for k, v in acronyms.items()}


def _known_acronym(key: str, acronym: str) -> bool:
    """Whether the gazetteer's entry `key` goes by `acronym`, or by no acronym it knows (`bipa`: BIPA)."""
    known = _acronyms_by_key().get(key)
    return not known or acronym in known


def _quoted(text: str, c: Cand) -> bool:
    """Whether `c` stands in quotes or brackets of its own."""
    return text[max(0, c.start - 3) : c.start].rstrip()[-1:] in _OPENING and text[c.end : c.end + 3].lstrip()[:1] in _CLOSING


_OPENING, _CLOSING = set("\"“«({"), set("\"”»)}")
# what a newspaper or a channel in quotes follows: `لـ«الشرق الأوسط»`, `صحيفة «الرياض»`
_PRESS_BEFORE_AR = re.compile(r"(?<!\w)(?:لـ|بـ|ل|صحيفة|جريدة|مجلة|قناة)\s*[\"“«({]\s*$")


def _papers_named_after_places(text: str, chosen: list[Cand]) -> None:
    """Make organizations, in place, of the places in quotes that a word of the press or `لـ` comes before:
    newspapers and channels named after a place (`قال لـ«الشرق الأوسط»`, `صحيفة «الرياض»`)."""
    for c in chosen:
        if c.type == "LOC" and _quoted(text, c) and _PRESS_BEFORE_AR.search(text, max(0, c.start - 12), c.start):
            c.type, c.attrs, c.key = "ORG", {}, fold_key(c.value)


# ---------------------------------------------------------------- later mentions


def _noun_in_ta_marbuta(surname: str) -> bool:
    """Whether a surname is a definite noun in `ة` the corpus codes know without the article and no list
    holds as a name (`الخسارة`, `الإجازة`; not `الربيعة`, `الجمعة`): a name ran into it, and its later
    mentions would be the noun."""
    w = fold_key(surname)
    return surname.endswith("ة") and w.startswith("ال") and w[2:] in _corpus_codes() and w[2:] not in _person_names()


_SURNAME_LEADS_EN = ("al", "el", "abu", "bin", "bu")  # the word a later mention begins with (Abu Hantash)
_LOWER_ARTICLE_EN = re.compile(r"(?:al|el)-[A-Z]")  # al-Sudani: a surname with its article in lower case


def _later_mentions(tk: Tokens, chosen: list[Cand], *, lang: str) -> list[Cand]:
    """Mentions of a known person by one name, of an organization by its alias, and of a one-word
    place the gazetteer lacks by its name again (`Belém` of `the Brazilian city of Belém`)."""
    targets: dict[str, tuple[str, str]] = {}
    for c in chosen:
        if c.type == "PERSON":
            parts = c.value.split()
            if len(parts) > 1 and len(parts[-1]) > 2 and fold_key(parts[-1]) not in _lex_ar().stop and not _noun_in_ta_marbuta(parts[-1]):
                targets.setdefault(fold_key(parts[-1]), ("PERSON", parts[-1]))
        elif c.type == "LOC" and "key" not in c.attrs and " " not in c.value and len(c.value) > 2:
            targets.setdefault(fold_key(c.value), ("LOC", c.value))
        for alias in c.attrs.get("aliases", ()):
            targets.setdefault(fold_key(alias), (c.type, alias))
    if not targets:
        return []
    taken = [(c.start, c.end) for c in chosen]
    forms: dict[str, tuple[int, str]] = {k: (0, k) for k in targets}
    if lang == "ar":
        for k in targets:
            for p in _NAME_CLITICS:
                forms.setdefault(p + k, (len(p), k))
    hits = [i for i, w in enumerate(tk.words) if w in forms]
    # a surname the text also writes after `مدينة` or `بلدة` is a place's name (فادي الزبداني, مدينة الزبداني)
    towns = {tk.words[i] for i in hits if lang == "ar" and i > 0 and strip_clitic(tk.words[i - 1], _TOWN_WORDS) is not None}
    out = []
    for i in hits:
        clitic, k = forms[tk.words[i]]
        type_, name = targets[k]
        if type_ == "PERSON" and k in towns:
            continue
        start, end = tk.starts[i] + clitic, tk.ends[i]
        if lang == "en" and ((name.isupper() or type_ == "LOC") and tk.text[start:end] != name or tk.text[start].islower() and not _LOWER_ARTICLE_EN.match(tk.text, start)):
            continue  # ADDED the department, not "added"; `said`, not Hala El Said; al-Eryani as Al-Eryani
        if lang == "en" and type_ == "PERSON" and i > 0 and tk.words[i - 1] in _SURNAME_LEADS_EN and tk.text[tk.starts[i - 1]].isupper():
            start = tk.starts[i - 1]  # Al Zaabi, Abu Hantash, Bin Lootah
        if any(start < e and s < end for s, e in taken):
            continue
        if lang == "ar" and tk.words[i][clitic - 1 : clitic] == "ل" and i + 1 < len(tk) and tk.definite(i + 1) and _common_word(k, False):
            continue  # لصالح الناس: "for the good of", not Saleh
        out.append(Cand(start, end, type_, tk.text[start:end], {}, key=fold_key(name)))
    return out
