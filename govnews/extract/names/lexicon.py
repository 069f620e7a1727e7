"""The Arabic word lists the name rules share, and the word tests built on them and on the corpus codes of
the shipped classifier (`_common_word`, `_pronoun_suffix`, `_person_names`, ...).

A list that one module alone reads lives in that module.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from govnews.extract.gazetteer import entries, fold_key
from govnews.extract.tokens import Tokens, folded_set, with_clitics


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
    """The event cue words, with clitics, that end a name (not `مبادرة`, which names bodies too)."""
    from govnews.extract.events.cues import _CUE_WORDS, _LAUNCHED_ONLY

    return with_clitics(_CUE_WORDS - _LAUNCHED_ONLY)


def _event_cues() -> frozenset[str]:
    from govnews.extract.events.cues import _CUES_AR, _LAUNCHED_ONLY

    return frozenset(w for w, (_, _, needs) in _CUES_AR.items() if needs is None) - _LAUNCHED_ONLY


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
_WEAK_TITLES = frozenset(fold_key(w) for w in "الفريق العميد النقيب الرائد المقدم الحاج الإمام القاضي الرئيس السلطان".split())
# words that open a title before the title word proper (`صاحب السمو الملكي الأمير`)
_TITLE_OPENERS = frozenset(fold_key(w) for w in "حضرة صاحب صاحبة السمو الملكي الجلالة المعالي السعادة الفخامة".split())
# personal names that are also common words (سعيد: happy): names only after a first name or a title
_NAME_WORDS = frozenset(fold_key(w) for w in "سعيد سالم عادل نبيل راشد ناصر حمد سيف خليفة صالح كامل جميل كريم رشيد أمين شريف عماد سلطان".split())
_CITY = fold_key("مدينة")
_GOVERNORATE = fold_key("محافظة")  # with a place and nothing more, a place (`محافظة الطائف`, as `إمارة دبي`)
_ROYAL_TITLES = frozenset(fold_key(w) for w in "الملك الأمير الأميرة الشيخ الشيخة السلطان الإمام".split())
_PREPOSITION_AND_PRONOUN = frozenset(fold_key(p + s) for p in ("من", "عن", "في", "ل", "ب", "إلي", "علي") for s in ("ه", "ها", "هم"))
_CONSTRUCT_NOUNS = frozenset(fold_key(w) for w in "كرة شؤون".split())
# words that a name never holds: "other", "all" and kin (`بيان آخر`, `مولاي رشيد شقيق العاهل`)
# the verbs and participles that follow a name as its sentence goes on (`فيتالي موتكو حذر من`)
_VERBS_AFTER_NAMES = (
    "حذر رحب غادر وصل عاد توجه أصدر نفى أبدى اعترف وقع فاز خسر انتقل تمكن حقق أنهى بدأ واصل "
    "قائلين قائلات مؤكدين مشيرين مضيفين معربين"
)
_NO_NAME_WORDS = frozenset(fold_key(w) for w in f"حرص آخر أخرى شقيق شقيقة نجل نجلة زوجة أرملة حفيد جميع الجميع {_VERBS_AFTER_NAMES}".split())
# where people meet, not where an office is (`مدير إدارة التدريب في مركز ...` keeps its centre)
_MEETING_PLACES = frozenset(fold_key(w) for w in "قصر فندق قاعة مقر ديوان منتجع مسرح استاد ملعب صالة مدرج".split())
# what a person says in (`في تصريح له`, `ألقى رئيس الهيئة كلمة`): never part of an office
_STATEMENTS = frozenset(
    fold_key(w) for w in "كلمة كلمته كلمتها تصريح تصريحه تصريحها تصريحات حديث حديثه حديثها مقابلة حوار مداخلة بيان".split()
)
# what is offered after the name or office of the one who offers it (`وقدم سليمان الطلق الشكر والتقدير`, `رفع أمير
# منطقة نجران التعازي والمواساة لخادم الحرمين الشريفين`)
_COURTESIES = frozenset(fold_key(w) for w in (
    "الشكر التهنئة التهاني التعازي التعزية التقدير التحية التبريكات تحيات تحية تهاني تهنئة تعازي تقدير شكر").split())
_SON_OF = frozenset(fold_key(w) for w in "بن بنت".split())
_TIME_AR = frozenset(
    fold_key(w)
    for w in "اليوم أمس غدا الماضي الماضية المقبل المقبلة الحالي الحالية الجاري الجارية "
    "البارحة الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت".split()  # (استضافها البرلمان البريطاني الأربعاء)
)
_NAME_CLITICS = ("وب", "ول", "و", "ب", "ل", "ف")  # what a name may carry before it, the longest first


@functools.cache
def _demonyms() -> frozenset[str]:
    """The folded Arabic forms of countries and cities, whose nisba is a nationality (`الجزائر`: `الجزائري`)."""
    return frozenset(fold_key(e.form) for e in entries() if e.lang == "ar" and e.type == "LOC" and e.kind in ("country", "city"))


@functools.cache
def _country_forms() -> frozenset[str]:
    """The folded Arabic forms of countries (`السعودية`)."""
    return frozenset(fold_key(e.form) for e in entries() if e.lang == "ar" and e.type == "LOC" and e.kind == "country")


def _demonym(w: str) -> bool:
    """Whether folded `w` is a nationality: `الجزائري`, `الإسباني` (إسبانيا), `البرازيلي` (البرازيل), `السوري`
    (سوريا), `السعودي` (السعودية)."""
    if not (w.startswith("ال") and w.endswith("ي") and len(w) > 5):
        return False
    stem = w[2:-1]
    places = _demonyms()
    return any(f in places for f in ("ال" + stem, stem, stem + "ا", "ال" + stem + "ا", stem + "يا")) or w + "ه" in _country_forms()


@functools.cache
def _one_word_orgs() -> frozenset[str]:
    """The folded Arabic organizations of the gazetteer named in one word (`الزمالك`, `رويترز`)."""
    return frozenset(fold_key(e.form) for e in entries() if e.lang == "ar" and e.type == "ORG" and " " not in e.form)


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
def _person_names() -> frozenset[str]:
    from govnews.extract.ner import person_names

    return person_names()


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


def _common_noun_with_article(w: str) -> bool:
    """Whether definite `w` is a common noun the corpus codes know well both with the article and without it, and
    at times with it when bare (`المشروع`, `الوفد`, `المعرض`, `اللجنة`): no nisba, listed personal name or
    family name from a first name (`الفيصل`, `العمر`, `الصالح`, `الخطيب` stay names)."""
    stats = _corpus_codes()
    if not w.startswith("ال") or w.endswith(("ي", "يه")) or w in _person_names() or w[2:] in _lex_ar().first or w[2:] in _person_names():
        return False
    code, bare = stats.get(w), stats.get(w[2:])
    return code is not None and bare is not None and _freq(code) >= 6 and _freq(bare) >= 6 and not bare.endswith("d0")


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


def _pronoun_suffix(w: str) -> bool:
    """Whether `w` is a frequent word with a pronoun after it (`حرصه`, `دورها`, `ادايه` with the hamza on its
    seat, `جولته` from `جولة`), or a word the corpus knows only without the pronoun."""
    stats = _corpus_codes()
    for suffix in ("ها", "هم", "ه"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            bare = w[: -len(suffix)]
            code = stats.get(bare) or (stats.get(bare[:-1] + "ء") if bare[-1] in "يو" else None)  # ادايه (أدائه): اداء
            code = code or (stats.get(bare[:-1] + "ه") if bare[-1] == "ت" else None)  # جولته: جولة
            if code is not None and (_freq(code) >= 7 or w not in stats):
                return True
    return False


def _freq(code: str) -> int:
    return int(code[1 : code.index("d")])


def _role_and_pronoun(w: str) -> bool:
    """Whether `w` is a role word with a pronoun after it (`رئيسها`: its head), which begins no name."""
    if not w.endswith(_PRONOUN_SUFFIXES):
        return False
    roles = _lex_ar().roles
    return any(w.endswith(p) and w[: -len(p)] in roles for p in _PRONOUN_SUFFIXES)


_PRONOUN_SUFFIXES = ("ها", "هم", "ه")


_HONORIFICS_AR = frozenset(fold_key(w) for w in "معالي سعادة سمو فخامة جلالة حضرة".split())


def _no_pronoun(tk: Tokens, k: int) -> bool:
    """Whether token `k`, folded as `حضرة` is, is no verb with its pronoun (`حضره`: attended it)."""
    return not tk.words[k].endswith("ه") or _ta_marbuta(tk, k)


def _noun_in_ta_marbuta(surname: str) -> bool:
    """Whether a surname is a definite noun in `ة` the corpus codes know without the article and no list
    holds as a name (`الخسارة`, `الإجازة`; not `الربيعة`, `الجمعة`): a name ran into it, and its later
    mentions would be the noun."""
    w = fold_key(surname)
    return surname.endswith("ة") and w.startswith("ال") and w[2:] in _corpus_codes() and w[2:] not in _person_names()


def _plural_noun(tk: Tokens, j: int) -> bool:
    """Whether token `j` is a definite masculine plural too long to be a family name (`المتعاملين`, `المواطنين`;
    not `الحسين`, `العابدين`, `ألفريدسون`, nor the feminine plurals families are named by: `الشبانات`)."""
    w = tk.words[j]
    return w.endswith(("ين", "ون")) and len(w) >= 9 and tk.definite(j)


def _present_verb(w: str) -> bool:
    """Whether `w` reads as a verb in the present tense: `ي` or `ت` (after `و` or none) before a word the
    corpus codes know well and never with the article, no listed name (`يضيف`, `ويؤكد`; not `يانيس`)."""
    bare = w.removeprefix("و")
    if len(bare) < 4 or bare[0] not in "يت" or bare in _person_names() or bare in _lex_ar().first:
        return False
    code = _corpus_codes().get(bare)
    return code is not None and _freq(code) >= 6 and code.endswith("d0")


def _present_verb_both_genders(w: str) -> bool:
    """Whether `w` reads as a verb in the present tense in both its forms, with `ي` and with `ت` (`تقول` and `يقول`,
    `تعمل`), no noun of action (`تنفيذ`) nor a name that looks like one (`توتال`)."""
    bare = w.removeprefix("و")
    if len(bare) < 4 or bare[0] not in "يت":
        return False
    other = ("ت" if bare[0] == "ي" else "ي") + bare[1:]
    return _present_verb(bare) and _present_verb(other)


# adjectives of places that are no nisba (`مناطق نائية`, `قرى مجاورة`)
_PLACE_ADJECTIVES = frozenset(fold_key(w) for w in "نائية نائي مجاورة مجاور متاخمة محاذية".split())


def _indefinite_nisba(w: str) -> bool:
    """Whether folded `w` is an indefinite adjective of a common noun, a nisba (`حدودية`, `جبلية`, `حدودي`) or an
    adjective of places (`نائية`), no name: the corpus codes know its stem well or its form with the article, and
    no list holds it as a personal name (`حجازي`, `فوزي`) or a place (`مالي`)."""
    if w in _PLACE_ADJECTIVES:
        return True
    if w.startswith("ال") or len(w) < 4 or not w.endswith(("ي", "يه")) or w in _person_names() or w in _lex_ar().first:
        return False
    if w in _one_word_places():
        return False  # حكومة مالي, شعب مالي: the country
    stats = _corpus_codes()
    stem = stats.get(w[:-1] if w.endswith("ي") else w[:-2])
    return stem is not None and _freq(stem) >= 6 or "ال" + w in stats


@functools.cache
def _one_word_places() -> frozenset[str]:
    """The folded Arabic places of one word of the gazetteer and of the world places (`مالي`, `جيبوتي`)."""
    from importlib import resources

    from govnews.extract.ner.phrases import WORLD_PLACES

    text = resources.files("govnews.extract").joinpath("data").joinpath(WORLD_PLACES).read_text(encoding="utf-8")
    forms = [line.split("\t")[1] for line in text.splitlines() if line and not line.startswith("#")]
    forms += [e.form for e in entries() if e.lang == "ar" and e.type == "LOC"]
    return frozenset(fold_key(f) for f in forms if " " not in f.strip())

