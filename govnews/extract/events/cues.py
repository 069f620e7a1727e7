"""The cue words of each event type, Arabic and English (the package's docstring lists them), the verbs of
organizing and closing an event, and the uses of a cue word that are no event: `إطلاق النار`, `قمة الجبل`, `لقاء`
in a football report, `visit the website`, `by mutual agreement`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from govnews.extract.gazetteer import fold_key
from govnews.extract.tokens import strip_clitic

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
_cue("دبلوم الدبلوم", "training_course", needs="تدريبي التدريبي")
_cue("دورات الدورات", "training_course", plural=True, needs="تدريبية التدريبية")
# a programme of training or of leadership (`برنامج تدريبي`, `برنامجا قياديا`); not a programme of government, of
# scholarships or on television (`برنامج التحول الوطني`, `برنامج الابتعاث`), nor `البرنامج التأهيلي`, in sports
# news a player's rehabilitation
_cue("برنامج البرنامج", "training_course", needs="تدريبي التدريبي قيادي القيادي")
_cue("برنامجا", "training_course", needs="تدريبيا قياديا")  # أطلق المركز برنامجا تدريبيا
_cue("ورشة الورشة", "workshop")
_cue("ورش الورش ورشات الورشات", "workshop", plural=True)
_cue("حلقة", "workshop", needs="عمل نقاشية نقاش")
_cue("محاضرة المحاضرة ندوة الندوة", "lecture")
_cue("محاضرات ندوات", "lecture", plural=True)
# the dual: two events of a kind (`ورشتي عمل`, `دورتين تدريبيتين`, `ندوتين`), a count of two as `6 ورش عمل`
_DUAL_CUES = {
    "ورشتي ورشتين ورشتا ورشتان": ("workshop", None),
    "دورتي دورتين دورتا دورتان": ("training_course", "تدريبيتين تدريبيتان"),
    "برنامجين برنامجان": ("training_course", "تدريبيين تدريبيان قياديين قياديان"),
    "محاضرتي محاضرتين محاضرتان ندوتي ندوتين ندوتان": ("lecture", None),
    "ملتقيين ملتقيان": ("forum", None),
}
for _words, (_type, _needs) in _DUAL_CUES.items():
    _cue(_words, _type, plural=True, needs=_needs)
_DUALS = frozenset(fold_key(w) for ws in _DUAL_CUES for w in ws.split())
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
_AGREEMENTS_DUAL, _MEMORANDA_DUAL = "اتفاقيتين اتفاقيتان الاتفاقيتين الاتفاقيتان", "مذكرتي مذكرتا"
_AGREEMENT_DUALS = frozenset(fold_key(w) for w in f"{_AGREEMENTS_DUAL} {_MEMORANDA_DUAL}".split())
_cue(_AGREEMENTS_DUAL, "agreement")
_cue(_MEMORANDA_DUAL, "agreement", needs="تفاهم التفاهم")
# so are agreements signed in the plural (`وقعت ... ثلاث اتفاقيات تمويل`), only after a verb of signing: read in `_mentions_ar`
_SIGNED_ONLY = frozenset(fold_key(w) for w in "اتفاقيات مذكرات".split())
_cue("اتفاقيات", "agreement")
_cue("مذكرات", "agreement", needs="تفاهم")
_cue("إطلاق تدشين", "launch")
_cue("جائزة الجائزة تكريم", "award")
_cue("حفل الحفل حفلا احتفال الاحتفال احتفالا مهرجان المهرجان مهرجانا مسابقة المسابقة بطولة", "other")
# a campaign is an event only when the release launches or carries it out (`أطلقت الوزارة الحملة القومية للتطعيم`,
# `نفذت البلدية حملة`), else a reference to one open (`خلال الحملة`): read in `_campaign_type`
_cue("حملة الحملة", "other")
# an initiative is an event only when the release launches it (`دشن ... مبادرة "بيتك آمن"`): read in `_mentions_ar`;
# it names bodies too (`اللجنة التنفيذية للمبادرة`, `مؤسسة مبادرة إعادة بناء اليابان`), whose names go on through it
_LAUNCHED_ONLY = frozenset(fold_key(w) for w in "مبادرة المبادرة".split())
_cue(" ".join(_LAUNCHED_ONLY), "launch")
# a cup named after a ruler or an office (كأس الأمير محمد بن سلمان, كأس خادم الحرمين الشريفين, كأس ولي العهد)
_cue("كأس", "other", needs="الملك الأمير الشيخ السلطان خادم ولي")

# an event named after a city's week (أسبوع أبوظبي للاستدامة, أسبوع دبي للتصميم), as English `[A-Z] Week`
_cue("أسبوع", "other", needs="أبوظبي دبي الرياض الدوحة الكويت المنامة مسقط القاهرة عمان جدة الشارقة")
# named events whose first word is a cue of another type or none: the Future Investment Initiative, a conference
_NAMED_EVENTS_AR = {fold_key("مبادرة مستقبل الاستثمار"): "conference"}

_CUE_WORDS = frozenset(_CUES_AR)

_CUES_EN = [
    (r"(?:training|coaching) (?:course|programme|program|session)s?", "training_course"),
    # a programme of leadership (`a five-day leadership programme`, `the Executive Leadership Program`)
    (r"(?:leadership(?: development)?|executive (?:leadership|education|development|training)|capacity[- ]building) "
     r"(?:course|programme|program)s?", "training_course"),
    (r"courses?", "training_course"),
    (r"(?:programme|program)", "training_course"),  # the programme: a course only when one is open
    (r"workshops?", "workshop"),
    (r"(?:lecture|seminar|talk|symposium)s?|symposia", "lecture"),
    (r"summit", "summit"),
    (r"(?:press|news) conference", "other"),
    # the FII: a conference; the US Congress: a legislature, no event
    (r"(?:conference|(?<!US )(?<!U\.S\. )(?<!American )(?<!States )congress)|(?-i:Future Investment Initiative)", "conference"),
    (r"(?-i:COP) ?\d{1,2}(?: (?:climate )?(?:conference|summit))?", "conference"),  # COP28: the UN climate conference of that year
    (r"forum", "forum"),
    (r"(?-i:[A-Z][\w’'\-]*\s+Dialogue)", "forum"),  # the Manama Dialogue, the Raisina Dialogue
    (r"(?:exhibition|expo|fair|air ?show|(?-i:Show))", "exhibition"),  # the International Agriculture Show
    (r"(?:meeting|session)s?", "meeting"),
    (r"visit", "visit"),
    (r"(?:agreement|memorandum of understanding|MoU)s?|memoranda of understanding", "agreement"),
    (r"launch", "launch"),
    (r"(?:award|prize)|(?-i:Awards|Prizes)", "award"),  # the Emiratisation Awards: one event, named in the plural
    (r"(?:ceremony|festival|competition|championship|(?-i:Cup))", "other"),  # the King Cup, the FIFA World Cup
    (r"(?-i:[A-Z][\w’'\-]*\s+Week)", "other"),  # Abu Dhabi Sustainability Week, Dubai Design Week (not `this week`)
]
_EN_CUE = re.compile(
    r"(?:(?:[A-Z0-9][\w’'\-]*|of|for|and|on|the|bin|bint|ibn)\s+){0,8}?\b(?i:"
    + "|".join(f"(?P<t{k}>{p})" for k, (p, _) in enumerate(_CUES_EN))
    + r")\b"
)

# the verbs of signing (not `توقع`, also "expected")
_SIGN_AR = frozenset(fold_key(w) for w in "وقع وقعت يوقع سيوقع ستوقع".split())
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

# Words after a cue that make it no event: إطلاق النار (gunfire), إطلاق سراح (a release), إطلاق العنان
# (unleashing), إطلاق اسم, إطلاق لقب (naming), إطلاق التصريحات, إطلاق الوعود (statements made), معرضا للخطر (exposed
# to), قمة النشاط / القمة الأعلى (a peak), لقمة العيش (a bite); also زيارة الموقع الإلكتروني (a website) and
# إلى اللقاء (goodbye), read in `_idiom`.
_NOT_AFTER = {
    "summit": frozenset(
        fold_key(w)
        for w in """النشاط السعادة الفرح الصواب الحرص الإبداع الروعة الأداء التألق الهرم الجبل القلب الترتيب الدوري
        الجدول المجد العطاء الأناقة الجمال النجاح الذوق التميز الرقي الأخلاق العيش عيش الخبز الأعلى الشاهقة""".split()
    ),
    "launch": frozenset(
        fold_key(w)
        for w in "النار للنار نار النيران نيران الرصاص رصاص سراح سراحه سراحها سراحهم سراحهما صاروخ صواريخ الصواريخ قذائف "
        "القذائف قذيفة مقذوف العنان اسم لقب اللقب الألقاب ألقاب مصطلح المصطلح تسمية التسمية تصريحات التصريحات "
        "الشائعات شائعات الوعود وعود الأحكام أحكام طاقات الطاقات مثل".split()
    ),
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
    if "بطول" in words[i] and (after in _STARRING or any(w in _SCREEN for w in words[max(0, i - 12) : i + 4])):
        return True  # بطولة الفيلم, من بطولة فرد إستير in a film's story: the lead of a film
    if i > 0 and words[i - 1] in _ANY_OF:
        return True  # أي اتفاق, في كل زيارة, أفضل مهرجان: events in general, none held
    if type_ == "award" and _PRIZE in words[i] and (words[i].startswith(("ب", "وب")) or i > 0 and words[i - 1] == "علي"):
        won = any(strip_clitic(w, _WON) is not None for w in words[max(0, i - 8) : i])  # فازت الوزارة بجائزة: a prize won
        return won and not honoured_before(words, i)  # كرم الوزير الفائزين بجائزة: a prize given
    if type_ == "agreement" and _the_club(words, i):
        return True  # فريق الاتفاق, مكان الاتفاق الطبيعي في دوري المحترفين: the football club of Dammam
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


_ETTIFAQ = frozenset({fold_key("الاتفاق")})
# what tells of a football club around `الاتفاق` (`لاعب الاتفاق`, `معسكر الفريق`, `دوري المحترفين`)
_CLUB_WORDS = frozenset(
    fold_key(w) for w in "الفريق فريق لاعب لاعبي اللاعب المدرب مدرب معسكر المعسكر الدوري دوري لدوري للمحترفين".split()
)
# what follows an agreement, not the club (`الاتفاق مع اللاعب`, `الاتفاق على`, `الاتفاق بين`)
_PLAYED = frozenset(fold_key(w) for w in "فاز خسر تغلب تعادل يلتقي يواجه واجه التقى".split())  # a team's verbs
_AGREED_AFTER = frozenset(fold_key(w) for w in "مع على بين الذي الموقع المبرم النووي".split())


def _the_club(words: Sequence[str], i: int) -> bool:
    """Whether `الاتفاق` at token `i` is the football club (Al-Ettifaq), in a sentence about games or a team."""
    w = words[i]
    if w not in _ETTIFAQ and not (w[:1] in "وفل" and w[1:] in _ETTIFAQ):
        return False
    if i > 0 and strip_clitic(words[i - 1], _PLAYED) is not None:
        return True  # فاز الاتفاق على الرائد
    if i + 1 < len(words) and words[i + 1] in _AGREED_AFTER:
        return False
    near = words[max(0, i - 12) : i + 12]
    return any(x in _GAME_WORDS or x in _CLUB_WORDS for x in near)


_PRIZE = fold_key("جائز")
# the verbs of honouring, whose subject gives the prize after them (`كرم معالي الوزير الجهات الفائزة بجائزة التميز`)
_HONOUR_AR = frozenset(fold_key(w) for w in "كرم كرمت يكرم سيكرم ستكرم".split())


def honoured_before(words: Sequence[str], i: int, reach: int = 14) -> bool:
    """Whether a verb of honouring comes before the prize at token `i` in its clause, its subject and the winners
    between (`كرم الأمير فيصل بن بندر أمير منطقة الرياض اليوم الفائزين بجائزة الرياض للتميز`)."""
    for w in reversed(words[max(0, i - reach) : i]):
        if not w[:1].isalpha():
            return False
        if strip_clitic(w, _HONOUR_AR):
            return True
    return False
_WON = frozenset(fold_key(w) for w in "الفائزين الفائزون الفائز الفائزة فاز فازت يفوز تفوز حصل حصلت يحصل تحصل نال نالت ينال تنال حاز حازت توج توجت".split())
# the words of a film or a play's story: `بطولة` near them is its lead (`فيلم من بطولة لوريل وهاردي`)
_SCREEN = frozenset(
    fold_key(w)
    for w in "الفيلم فيلم فيلما الأفلام المسلسل مسلسل المسرحية مسرحية كوميدية "
    "كوميدي الكوميدي الكوميدية السينمائي السينمائية السينما".split()
)
# words before a cue that tell of events in general (`أي اتفاق`, `في كل زيارة`, `أفضل مهرجان على مدى السنوات`)
_ANY_OF = frozenset(fold_key(w) for w in "أي وأي لأي بأي كل وكل لكل بكل فكل أفضل وأفضل أقوى أجمل أروع".split())
_STARRING = frozenset(fold_key(w) for w in "الفيلم فيلم المسلسل مسلسل العمل عمل المسرحية مسرحية".split())
# the words of a football report: near them, `لقاء` is a game, no meeting (`لقاء السوبر`, `بلقاء بني ياس ... مباريات
# ودية`, `ضمن منافسات الجولة الثالثة من دوري روشن`)
_GAME_WORDS = frozenset(
    fold_key(w)
    for w in "الشوط المباراة مباراة مباريات المباريات بهدف بهدفين هدفين أهداف وديا ودية الديربي الكلاسيكو السوبر المرمى "
    "ركلة مواجهات التصفيات ملعب الملعب استاد الاستاد".split()
)
_GAME_AFTER = frozenset(fold_key(w) for w in "الفريق الفريقين الديربي ودي وديا القمة الذهاب الإياب".split())
# a league, but not a periodic meeting (`اجتماعها الدوري`, `بشكل دوري`): read in `league_at`
_LEAGUE = frozenset(fold_key(w) for w in "دوري الدوري".split())
_PERIODIC_BEFORE = frozenset(fold_key(w) for w in "بشكل بصفة بصورة وبشكل".split())


def league_at(words: Sequence[str], k: int) -> bool:
    """Whether token `k` names a league (`من الدوري`, `دوري روشن`), not what is periodic (`الاجتماع التنسيقي الدوري`,
    `بشكل دوري`): no cue of a meeting in the two words before it, nor a word of manner right before it."""
    if words[k] not in _LEAGUE or k > 0 and words[k - 1] in _PERIODIC_BEFORE:
        return False
    return not any((hit := strip_clitic(w, _CUE_WORDS)) and _CUES_AR[hit[1]][0] == "meeting" for w in words[max(0, k - 2) : k])


# the words of a team as the party of a verb of meeting (`يلتقي الفريق نظيره`, `ويستقبل الاتحاد ضيفه الأهلي`,
# `ويلتقي منتخبنا الوطني`): a match, no meeting; `الفريق` is a rank before a name (`الفريق أول ركن فياض الرويلي`)
_TEAMS = frozenset(fold_key(w) for w in "فريق الفريق فريقنا الفريقان الفريقين منتخب المنتخب منتخبنا المنتخبان ضيفه مضيفه".split())
