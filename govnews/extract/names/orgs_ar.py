"""Arabic organizations: a head noun (`وزارة`, `هيئة`, `معهد`, ...) and its construct chain
(`الأمانة العامة للمجلس التنفيذي بدبي`, `كلية محمد بن راشد للإدارة الحكومية`), fitted to the gazetteer's
organizations; venues named after a person (`مدينة زايد الرياضية`, `استاد هزاع بن زايد`); organizers named as
their events (`الذي ينظمه منتدى الاستراتيجيات الأردني`).
"""

from __future__ import annotations

import functools

from govnews.extract.gazetteer import fold_key
from govnews.extract.names.lexicon import (
    _CITY, _CONSTRUCT_NOUNS, _MEETING_PLACES, _NAME_WORDS, _PREPOSITION_AND_PRONOUN, _ROYAL_TITLES,
    _TANWEEN_FATH, _TIME_AR, _accusative_noun, _all_heads, _common_word, _corpus_codes, _demonym, _event_cue_forms,
    _family_name, _freq, _indefinite_nisba, _lex_ar, _one_word_orgs, _person_names, _preposition_prefix,
    _present_verb_both_genders, _pronoun_suffix, _role_and_pronoun, _ta_marbuta,
)
from govnews.extract.names.mentions import Cand, _with_end
from govnews.extract.names.persons_ar import _royal_name_ar
from govnews.extract.names.places_ar import _PLACE_LINKS
from govnews.extract.numbers import ordinal_words
from govnews.extract.tokens import CHAIN_ENDS, Tokens, folded_set, strip_clitic, with_clitics


# adjectives that may follow a definite head noun besides nisba adjectives (`المجلس التنفيذي`)
_HEAD_ADJECTIVES = frozenset(
    fold_key(w)
    for w in (
        "العامة العام العليا الأعلى الدائمة المتحدة المستقلة الكبرى الأهلية الخاصة الجديدة الموحدة المركزية "
        "الحرة المتجددة الحديثة المشتركة المتخصصة الشاملة المستدامة الصغيرة المتوسطة الكبيرة الأولى المسلحة"
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
    fold_key(w) for w in "أساسية متنوعة كبيرة واسعة جديدة مختلفة عديدة متكاملة كاملة خاصة عامة صغيرة واحدة أخرى ثانية مشتركة مشترك "
    "معينة معين محددة محدد".split()
)
# plural nouns that start a new phrase after و rather than continue a name (`السفارة اليمنية والجهات ...`)
_PLURALS = frozenset(fold_key(w) for w in "الجهات الدوائر المؤسسات الهيئات الشركات المنظمات الوزارات القطاعات الإدارات الدول".split())
_VENUE_HEADS = frozenset(fold_key(w) for w in "فندق منتجع".split())
_SEATS = frozenset(fold_key(w) for w in "مقر قصر ديوان جناح".split())  # a person's seat: مقر الشيخ ..., not a name
_PALACE = fold_key("قصر")
# what can be short: after them `قصر` is shortness (قصر النظر, قصر المدة, قصر فترة الإقامة), not a palace, whose
# name is a proper name (قصر الصخير, قصر بعبدا) or one given to it (قصر الشاطئ, قصر الاتحادية)
_SHORT_OF = frozenset(fold_key(w) for w in "نظر مدة فترة وقت زمن عمر أجل مهلة قامة مسافة دورة موسم رحلة إقامة نهار ليل".split())
_CLUB = fold_key("نادي")
_GOVERNMENT = fold_key("حكومة")
_CARETAKING = frozenset(fold_key(w) for w in "تصريف تسيير".split())  # حكومة تصريف الأعمال: a caretaker government
_COMMAND = fold_key("قيادة")
# what a command commands (`قيادة القوات المشتركة`, `قيادة حرس الحدود`); after `قيادة` anything else is led or driven
_COMMANDED = frozenset(
    fold_key(w)
    for w in "قوات قوة جيش حرس خفر عمليات منطقة فرقة لواء تحالف أركان دفاع أمن معسكر شرطة محور أسطول سلاح بحرية طيران".split()
)
_STREETS = frozenset(fold_key(w) for w in "طريق شارع جسر ميدان دوار".split())  # named after a person: a place
_ROAD = fold_key("طريق")
# mosques, named after a person and at most `الكبير` after the name (`جامع السلطان قابوس الكبير`)
_MOSQUES = frozenset(fold_key(w) for w in "جامع مسجد".split())
_GRAND = fold_key("الكبير")
_PLACE_HEADS = frozenset(fold_key(w) for w in "حكومة الحكومة سفارة قنصلية بلدية شرطة إمارة".split())
_CENTRE = fold_key("مركز")
# what a player's position is (`مركز الظهير الأيسر`, `مركز خط الوسط`), without the article
_POSITIONS = frozenset(fold_key(w) for w in (
    "ظهير حراسة مهاجم هجوم محور جناح خط صانع ارتكاز ليبرو").split())
_HEART_OF = fold_key("قلب")  # مركز قلب الدفاع (but مركز القلب: a heart centre)
_DIVISION_WORDS = frozenset(fold_key(w) for w in "محافظة منطقة إقليم ولاية".split())
_DIRECTIONS = frozenset(fold_key(w) for w in "جنوب شمال شرق غرب جنوبي شمالي شرقي غربي وسط".split())
_BOARDS = frozenset(fold_key(w) for w in "إدارة إدارته إدارتها أمناء أمنائه أمنائها".split())  # مجلس إدارة ..., مجلس أمنائها
# deputies, whose office has a portfolio in ل after the body (`وكيل وزارة العمل للموارد البشرية`)
_DEPUTIES = frozenset(fold_key(w) for w in "وكيل وكيلة الوكيل الوكيلة مساعد مساعدة المساعد نائب نائبة".split())


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
    mosque = head[1] in _MOSQUES
    if mosque:  # جامع الملك عبدالله الشيخ محمد العريفي: the imam's title and name after the mosque's
        end += end < len(tk) and tk.words[end] == _GRAND and tk.sent[end] == tk.sent[i]
    if c is not None and (c.end < tk.ends[end - 1] or mosque):  # استاد أحمد بن علي: the chain stops at علي, read as على
        c.end = tk.ends[end - 1]
        c.value = tk.text[c.start : c.end]
        c.key = fold_key(c.value)
    if c is not None and head[1] == _CITY and c.end <= tk.ends[end - 1]:
        c.type, c.attrs = "LOC", {"kind": "city"}
    elif c is not None and head[1] in _STREETS:
        c.type, c.attrs = "LOC", {"kind": "street"}
    return c


def _org_chain_ar(tk: Tokens, i: int, head: tuple[int, str], loc_at: dict[int, tuple[int, str]]) -> Cand | None:
    """An organization from head noun `i` along its construct chain, or None when nothing follows."""
    lex = _lex_ar()
    words = tk.words
    n = len(words)
    definite = head[1].startswith("ال")
    if head[1] == _PALACE and i + 1 < n and words[i + 1].removeprefix("ال") in _SHORT_OF:
        return None  # قصر النظر: shortness of sight
    if head[1] == _CENTRE and i + 1 < n and (words[i + 1].removeprefix("ال") in _POSITIONS or words[i + 1] == _HEART_OF):
        return None  # في مركز الظهير الأيسر, مركز خط الوسط, مركز قلب الدفاع: a position, no centre
    if head[1] == _COMMAND and i + 1 < n and words[i + 1].removeprefix("ال") not in _COMMANDED:
        return None  # قيادة السيارة, قيادة المنتخب, قيادة البلاد: leading or driving, no command
    if _in_the_form_of(tk, i, loc_at):
        return None  # على هيئة ملفات مضغوطة: in the form of, no authority
    if head[1] == _GOVERNMENT and i + 1 < n and words[i + 1] in _CARETAKING:
        return None  # حكومة تصريف الأعمال: a caretaker government, what a government is, not its name
    j = i + 1
    bare = 0
    seen_def = False
    need_adj = False  # after a name, a place or a genitive with لل, only an adjective goes on
    name_end = -1  # where the person's name the body is named after ends
    while j < n and j - i < 12 and tk.sent[j] == tk.sent[i]:
        w = words[j]
        if w in CHAIN_ENDS or w[0] in "وف" and w[1:] in lex.stop:
            break  # ... البالغة حصته, وزارة المالية والذي: a clause begins
        if _latin(w):
            if j == i + 1 and not definite:
                j = _latin_name_end(tk, j)  # شركة Saudi Aramco, وكالة Bloomberg: a head and the name in Latin script
            else:
                j -= words[j - 1] == "و" and j - 1 > i + 1  # جامعة ستانفورد و Saudi Aramco: an Arabic name ends before it
            break
        if definite and j == i + 1 and (w.startswith("لل") or not (_head_complement(w, tk.definite(j)) or j in loc_at)):
            break  # الوزارة للتفتيش, رئيس الجامعة للدراسات العليا: a bare head and a purpose or a portfolio
        if not definite and j == i + 1 and not tk.definite(j) and (w in _PREPOSITION_AND_PRONOUN or _pronoun_suffix(w) and not _ta_marbuta(tk, j) and w not in lex.first):
            break  # كلية هدفها, كلية لها أهميتها: a head as a common noun, and what is said of it
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
            if w[0] == "ب" and not w.startswith("ال") and kind in ("city", "governorate") and head[1] not in _MEETING_PLACES and _named_by_place(tk, i, j, loc_at):
                j = end  # الغرفة التجارية بالرياض, المحكمة العامة بجدة: a body of a kind, named by where it is
                break
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
                j = name_end = k
                seen_def = need_adj = True
                continue
        if j == i + 1 and not definite and w in lex.first and j + 2 < n and words[j + 1] in lex.name_links:
            j = name_end = _royal_name_ar(tk, j)  # مؤسسة محمد بن سلمان بن عبدالعزيز الخيرية: named after a person
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
            need_adj = True  # هيئة الرقابة ومكافحة الفساد الملف: after them only an adjective
            seen_def = True  # غرفة تجارة وصناعة البحرين لدعم ...: no bare word after the definite one
            continue
        if w in ("-", "–") and j + 1 in loc_at:
            j += 1
            continue
        if w.startswith("ل") and not w.startswith("لل") and j + 1 < n and j + 1 in loc_at and not (need_adj and loc_at[j + 1][1] == "governorate"):
            j += 1  # لشرطة أبوظبي: a genitive with ل before a place (but أمانة جدة لأهالي محافظة جدة: for, after a name)
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
            if w[0] == "و" and j == name_end:
                break  # طريق الملك عبدالله والأحياء المجاورة: a person's name ends the name
            if w[0] == "و" and _demonym(words[j - 1].removesuffix("ه")):
                break  # الحكومة السودانية والمتمردين: a nationality ends the name
            if bare and not seen_def and (w[0] == "و" or _masculine_after_a_name(tk, i, j)):
                break  # جامعة هارفارد والدراسة فيها, منهج جامعة هارفارد الدراسي: after a name, another noun's words (but مجموعة عبدالصمد القرشي)
            if w[0] == "و":
                j += 1  # والأوقاف والدعوة, للمعارض والمؤتمرات: nouns joined by و
                need_adj = True  # ... والإعلام الإشراف: after them only an adjective
                continue
            if need_adj and (not _head_complement(w, True) or _hamza_noun(tk, j) or _noun_in_iya(w)):
                break
            if _object_after_a_name(tk, i, j):
                break  # خفضت وكالة موديز التصنيف, نشرت صحيفة عكاظ التقرير: the verb's object after the name
            # للمرأة المعرض: a genitive ends the chain but for its adjectives (للدراسات الدولية المتقدمة); after joined nouns,
            # a name or a place, adjectives only (والتنمية الاجتماعية الميزانية, الملك فهد المركزية العرض)
            need_adj = w.startswith("لل") or need_adj and not words[j - 1].startswith("لل")
            if j == i + 1 and not definite and strip_clitic(w, _all_heads()) is not None:
                need_adj = True  # هيئة الحكومة الرقمية: after a head noun's head noun, its adjective only
            seen_def = True
            j += 1
            continue
        if _present_verb_both_genders(w):
            break  # وكالة تقول شيئا: a verb in the present tense begins the sentence's predicate
        if not definite and not seen_def and bare < 3 and w not in lex.titles and strip_clitic(w, lex.roles) is None:
            verb = (w[0] == "ي" and len(w) > 3 or w[0] == "ت" and len(w) > 4) and w not in lex.first  # (not داون تاون)
            said_on = verb or _common_word(w, False) and w not in _PLACE_LINKS or _accusative_noun(w) or _pronoun_suffix(w.removeprefix("ب"))
            said_on = said_on or _preposition_prefix(w, shortest=4, often=0) or _TANWEEN_FATH in tk.span_text(j, j + 1)
            said_on = said_on or _accusative_object(tk, j)
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
    if not definite and j == i + 2 and j < n and words[j] in _INDEFINITE_ADJECTIVES and _common_word(words[i + 1], False):
        return None  # مجلس أعمال مشترك: a kind of council and its adjective, no name
    if head[1] in _NETWORKS and _generic_network(tk, i, j):
        return None  # شبكة الجيل الرابع, شبكة الإنترنت, الشبكة العنكبوتية: what a network carries, no body's name
    media = strip_clitic(words[i], _MEDIA_HEADS) is not None and tk.definite(i + 1)  # صحيفة الرأي: a paper's name
    if not definite and j == i + 2 and not media and words[i + 1].endswith("ي") and (_common_word(words[i + 1], False) or _indefinite_nisba(words[i + 1])):
        return None  # أقرب مركز صحي, في مركز حدودي
    if not definite and j == i + 2 and head[1] != _CLUB and strip_clitic(words[i + 1], _all_heads()) is not None:
        return None  # مجلس الإدارة, ديوان الوزارة: a body's part, no name (but هيئة الحكومة الرقمية, نادي الاتحاد)
    if not definite and words[i + 1] in _BOARDS and (j == i + 2 or j == i + 3 and tk.definite(i + 2) and words[i + 2][2:] in _all_heads()):
        return None  # مجلس إدارة مؤسسة مسك, مجلس أمنائها, مجلس إدارة النادي: the board of a body named elsewhere, no name
    start = tk.starts[i] + head[0]
    end = tk.ends[j - 1]
    value = tk.text[start:end]
    if head[0] and tk.words[i][head[0] - 1] == "ل" and head[1].startswith("ال") and not value.startswith("ال"):
        value = "ا" + value  # للمجلس -> المجلس
    return Cand(start, end, "ORG", value, {}, key=fold_key(value), prio=1)


_NETWORKS = frozenset(fold_key(w) for w in "شبكة الشبكة".split())
# what a network carries or links, after `شبكة` a kind of network, no body's name (`شبكة الطرق`, `شبكة الجيل الخامس`;
# but `شبكة الجزيرة`, `شبكة قنوات أبوظبي`)
_NETWORK_KINDS = frozenset(fold_key(w) for w in (
    "إنترنت انترنت الإنترنت الانترنت تواصل معلومات معلوماتية طرق هاتف هواتف اتصالات اتصال جيل مياه صرف كهرباء "
    "ألياف كوابل نقل قطارات سكك خطوط ربط علاقات مواصلات مصارف إنارة ري غاز أنابيب إمداد توزيع طاقة بيانات "
    "مواقع حافلات مترو واي نطاق تبريد صلات").split())


def _generic_network(tk: Tokens, i: int, j: int) -> bool:
    """Whether the chain of network head `i` up to `j` names a kind of network, no body: a definite head and adjectives
    that give it no nationality nor a field in `ل` (`الشبكة العنكبوتية`, but `الشبكة السعودية للمدفوعات`), or what it
    carries (`شبكة الطرق`, `شبكة الجيل الرابع`), or a common word without the article (`شبكة طرق`, `شبكة معقدة`)."""
    words = tk.words
    if tk.definite(i):
        return not any(_demonym(words[k].removesuffix("ه")) or words[k][0] == "ل" for k in range(i + 1, j))
    w = words[i + 1]
    if w.removeprefix("ال") in _NETWORK_KINDS:
        return True
    return not tk.definite(i + 1) and _common_word(w, False)


_FORM = fold_key("هيئة")
_IN_OR_ON = frozenset(fold_key(w) for w in "على علي في".split())


def _in_the_form_of(tk: Tokens, i: int, loc_at: dict[int, tuple[int, str]]) -> bool:
    """Whether head `هيئة` at `i` means a form, after `على` or `في` and before indefinite words only, no place or
    first name (`على هيئة ملفات مضغوطة`, `في هيئة دوائر`), not an authority's name (`في هيئة الاتصالات`, `في هيئة
    تنمية الصادرات`, `في هيئة موانئ دبي`)."""
    words = tk.words
    if words[i] != _FORM or i == 0 or words[i - 1] not in _IN_OR_ON or i + 1 >= len(tk):
        return False
    k = i + 1
    while k < len(tk) and k - i <= 3 and tk.sent[k] == tk.sent[i] and words[k][0].isalpha() and not _latin(words[k]):
        if tk.definite(k) or words[k] in _lex_ar().stop:
            break
        if k in loc_at or words[k] in _lex_ar().first:
            return False
        k += 1
    return k > i + 1 and not (k < len(tk) and tk.sent[k] == tk.sent[i] and tk.definite(k))


def _accusative_object(tk: Tokens, j: int) -> bool:
    """Whether token `j` is a noun in the indefinite accusative, written without its tanween (`نجاحا`, `شيئا`): a
    word the corpus codes know in `ا` whose stem they know with the article (`النجاح`), or before another such
    word, its adjective (`شيئا مختلفا`); an object after a name, never part of it (but `كوكا كولا`, unknown)."""
    w = tk.words[j]
    if len(w) < 4 or not w.endswith("ا") or not _known(w):
        return False
    if _known("ال" + w[:-1]):
        return True
    k = j + 1
    return k < len(tk) and tk.sent[k] == tk.sent[j] and len(tk.words[k]) >= 4 and tk.words[k].endswith("ا") and _known(tk.words[k])


def _known(w: str) -> bool:
    """Whether the corpus codes know `w` as a word seen often enough to be no rare name."""
    code = _corpus_codes().get(w)
    return code is not None and _freq(code) >= 6


def _latin(w: str) -> bool:
    """Whether a word is written in Latin script."""
    return w[0].isascii() and w[0].isalpha()


def _latin_name_end(tk: Tokens, j: int) -> int:
    """The end of the Latin name from token `j`: a word as the brand writes it (`stc`, `Bloomberg`) and the
    capitalized words after it (`Goldman Sachs`), five at most."""
    k = j + 1
    while k < len(tk) and k - j < 5 and tk.sent[k] == tk.sent[j] and tk.text[tk.starts[k]].isupper():
        k += 1
    return k


def _named_by_place(tk, i: int, j: int, loc_at) -> bool:
    """Whether the words from head `i` to `j` are a definite head and its nisba adjectives only, no nationality
    (`الغرفة التجارية الصناعية`, `المحكمة العامة`): a body of a kind that only the place after it names."""
    words = tk.words
    if j == i + 1 or not tk.definite(i):
        return False
    return all(
        tk.definite(k) and k not in loc_at and words[k].endswith(("يه", "ي", "امه", "ام"))
        and not _demonym(words[k].removesuffix("ه")) and words[k].removesuffix("ه") not in _BEYOND_A_CITY
        for k in range(i + 1, j)
    )


# adjectives of a body beyond one country, whose office in a city is where it sits (`المفوضية الأوروبية بالقاهرة`)
_BEYOND_A_CITY = frozenset(
    fold_key(w) for w in "الأوروبي الأفريقي الإفريقي الآسيوي العربي الخليجي الدولي العالمي الأممي الإقليمي".split()
)


# nouns of action that end as a nisba adjective does (`هيئة تنمية الصادرات`, not `صحيفة تركية`)
_ACTION_NOUNS_IYA = frozenset(fold_key(w) for w in "تنمية تربية توعية تحلية تقوية تغذية تسوية ترقية تنقية تصفية تغطية تزكية".split())


def _object_after_a_name(tk: Tokens, i: int, j: int) -> bool:
    """Whether definite token `j` of the chain of head `i` is the object of the verb the body is the subject of,
    after a name already whole: a paper's, agency's or channel's one-word definite name (`وأجرت صحيفة الرأي
    المقابلة`), a one-word proper name, of the gazetteer or unknown to the corpus codes (`خفضت
    وكالة موديز التصنيف الائتماني`, `نشرت صحيفة عكاظ التقرير`), no noun of a construct (`هيئة سوق المال`, `هيئة
    كبار العلماء`, `جامعة أم القرى`) nor a first name before a family name (`مستشفى سليمان الحبيب`), or an adjective (`أعلنت هيئة سوق المال الكويتية النتائج`). The word
    is a common noun, no adjective or family name."""
    if i == 0 or j < i + 2 or tk.sent[i - 1] != tk.sent[i] or not _verb_before(tk.words[i - 1]):
        return False
    prev, w = tk.words[j - 1], tk.words[j]
    if w[0] in "وفل" or _head_complement(w, True) or _family_name(w) or w[2:] not in _corpus_codes():
        return False
    named_paper = tk.definite(j - 1) and j - 1 == i + 1 and strip_clitic(tk.words[i], _MEDIA_HEADS) is not None
    if w[2:] in _person_names() and not (named_paper and (_common_word(w, True) or w in _NEWS_ITEMS)):
        return False  # (but ونشرت صحيفة الوطن الحوار: a name that is a frequent noun, after a paper's name)
    if tk.definite(j - 1):
        if named_paper:
            return not _elative(w)  # وأجرت صحيفة الرأي المقابلة (but نشرت صحيفة الشرق الأوسط)
        return j - 1 > i + 1 and _head_complement(prev, True) and not prev.startswith("لل")
    if j - 1 > i + 1 or prev in _lex_ar().first or prev in _NAME_WORDS or prev.startswith(("عبد", "ابو")):
        return False
    return prev in _one_word_orgs() or prev not in _corpus_codes() and "ال" + prev not in _corpus_codes() and prev[0].isalpha()


_MEDIA_HEADS = frozenset(fold_key(w) for w in "صحيفة جريدة مجلة وكالة قناة إذاعة".split())
# what a paper publishes, personal names too (`بيان`, `حوار`): after a paper's name, the verb's object
_NEWS_ITEMS = frozenset(fold_key(w) for w in "الخبر البيان الحوار".split())
_BROADCAST = fold_key("بثت")  # of three letters, shorter than the feminine verbs `_verb_before` reads


def _elative(w: str) -> bool:
    """Whether folded definite `w` has the shape of an elative adjective (`الأوسط`, `الأعلى`, `الأكبر`)."""
    return len(w) == 6 and w.startswith("الا")


def _verb_before(w: str) -> bool:
    """Whether folded `w`, right before a body's head noun, is a verb in the past tense whose subject the body is:
    a reporting verb (`أعلنت`), a feminine one in `ت` (`وأبقت`, `خفضت`), or a masculine one whose feminine the corpus
    codes know (`نشر`: `نشرت`)."""
    w = w.removeprefix("و") if len(w) > 3 else w
    if w in _lex_ar().verbs or w == _BROADCAST:
        return True
    if w in _person_names() or w in _lex_ar().stop or w.startswith("ال"):
        return False  # (مدحت, طلعت)
    if len(w) >= 4 and w.endswith("ت") and not w.endswith(("ات", "وت")) and (w[0] not in "يت" or _past_in_ta(w)):
        return True  # (not يثبت, a present verb)
    code = _corpus_codes().get(w + "ت")
    return code is not None and code.endswith("d0")  # نشر (نشرت), not عضو


def _past_in_ta(w: str) -> bool:
    """Whether folded `w`, of five letters or more in `ت`, is a feminine verb in the past tense whose stem begins with
    `ت` (`تابعت`, `تناولت`, `تحدثت`), not a present one (`تتابع`, `تثبت`) nor a noun in `يت` (`توقيت`)."""
    return len(w) >= 5 and w[0] == "ت" and not w.startswith("تت") and w[-2] != "ي"


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


def _head_complement(w: str, definite: bool) -> bool:
    """Whether a word may follow a definite head noun: an adjective, a genitive with ل, a place."""
    if w.startswith("لل"):
        return True
    return definite and w[0] != "و" and (w.endswith(("ي", "يه")) or w in _HEAD_ADJECTIVES or _participle_adjective(w))


def _hamza_noun(tk: Tokens, j: int) -> bool:
    """Whether token `j` is written in `ئة`, a noun (`التهنئة`, `البيئة`) that folds like a nisba
    adjective in `ية`, and not of a participle's shape (`الناشئة`)."""
    return tk.text.endswith("ئة", 0, tk.ends[j]) and not _participle_adjective(tk.words[j])


def _noun_in_iya(w: str) -> bool:
    """Whether folded definite `w` in `ية` is a noun (`القضية`, `العملية`, `الاتفاقية`, `الميزانية`), not a nisba
    adjective: the corpus codes know no masculine `ي` of it and show it most often without the article, which an
    adjective after a definite body's name is not (`الرقابية`, `الخيرية`, `المائية`)."""
    if not w.endswith("يه") or not w.startswith("ال") or w[:-1] in _corpus_codes():
        return False
    code = _corpus_codes().get(w)
    return code is not None and code[-1] in "01"


# definite nouns of the shape of an active participle (الفاعلة) that are no adjectives
_PARTICIPLE_NOUNS = frozenset(fold_key(w) for w in "الجامعة العاصمة القاعدة الساحة الحاجة الخاتمة الفاتحة".split())


def _participle_adjective(w: str) -> bool:
    """Whether folded definite `w` is a feminine active participle, an adjective (`للقوى العاملة`,
    `للجهات الداعمة`): `ال`, a letter, `ا`, two letters and `ه`."""
    return len(w) == 7 and w.startswith("ال") and w[3] == "ا" and w.endswith("ه") and w not in _PARTICIPLE_NOUNS


# adjectives that make a head noun a kind of body rather than a named one
_GENERIC_ADJECTIVES = frozenset(fold_key(w) for w in "الأخرى الآخر الأخريين المعنية المعني المعنيين المختصة المختص المذكورة المذكور".split())
