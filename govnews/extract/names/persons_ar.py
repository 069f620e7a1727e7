"""Arabic persons: a name after a title (`السيد`, `المهندس`, `صاحب السمو الملكي الأمير`), from a known first
name, after a role, or before a role after a reporting verb (`قال فادي سالم، مدير ...`); how far a name runs
(`_name_run_ar`), and a royal's name inside an organization's (`_royal_name_ar`).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from govnews.extract.gazetteer import entries, fold_key
from govnews.extract.names.lexicon import (
    _CONSTRUCT_NOUNS, _COURTESIES, _common_noun_with_article, _HONORIFICS_AR, _demonym, _Lex, _NAME_WORDS, _NO_NAME_WORDS, _PREPOSITION_AND_PRONOUN, _ROYAL_TITLES, _SON_OF, _STATEMENTS,
    _TIME_AR, _TITLE_OPENERS, _WEAK_TITLES, _common_word, _corpus_codes, _event_cue_forms, _family_name, _freq, _lex_ar,
    _no_pronoun, _noun_in_ta_marbuta, _person_names, _plural_noun, _preposition_prefix, _present_verb, _pronoun_suffix, _role_and_pronoun,
    _ta_marbuta,
)
from govnews.extract.names.mentions import Cand
from govnews.extract.names.roles_ar import (
    _SAYING, _country_words, _with_roles, government_of_office, in_a_meeting, ruler_of,
)
from govnews.extract.tokens import PUNCT_BREAK, Tokens, strip_clitic


_HAPPINESS = fold_key("سعادة")  # a title, and after a clitic most often the word (`بسعادة غامرة`)
_ADJECTIVE_NAMES = frozenset(fold_key(w) for w in "حسن جميل كريم سعيد سالم عمر رياض".split())
_FAMILY_TITLES = frozenset(fold_key(w) for w in "الشيخ الأمير الإمام السلطان الخليفة".split())  # also family names: فاطمة عبدالرحمن الشيخ
# the class or corps after a rank, part of the title: الملازم أول, اللواء ركن (اللواء الركن), العقيد طيار, العميد بحري
_RANK_CLASSES = frozenset(fold_key(w) for w in "أول ركن الركن طيار بحري".split())
_NOT_SURNAMES = frozenset(fold_key(w) for w in "مباشرة شخصيا حاليا سابقا أيضا كذلك بدوره بدورها نفسه نفسها".split())
# words that open what a person says right after the name of a verb of saying (`وقالت ليلى يعني`, `وأضاف أحمد هناك`)
_SPEECH_OPENERS = frozenset(fold_key(w) for w in "يعني هناك نحن إننا أننا لدينا".split())
_KUNYA = {"ابو": 0, "وابو": 1, "لابو": 1, "بابو": 1}  # folded "father of" opening a name, and its clitic
_PLACE_ROLES = frozenset(fold_key(w) for w in "محافظ أمير حاكم سفير قنصل ملك عاهل رئيس وزراء".split())  # of a place
_EPITHETS = frozenset(fold_key(w) for w in "المعظم المفدى".split())  # of a ruler, after the name (`... بن طارق المعظم`)
_BLESSED = frozenset(fold_key(w) for w in "رضي رحمه رحمها صلى".split())  # رضي الله عنه, رحمه الله, صلى الله عليه وسلم
_PRAISE = fold_key("الحمد")  # الحمد لله (also written الحمد الله): what is said after a name, no family name
_GOD = frozenset(fold_key(w) for w in "لله الله".split())
_REGNAL = frozenset(fold_key(w) for w in "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن".split())


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
        if i < len(tk) and tk.starts[i] == c.start and (first := _father_named_after(tk, _servant_of_before(tk, i))) < i and tk.starts[first] >= taken:
            joined = 1 if tk.words[first] == "و" + _ABD else 0  # وعبد الحسين جمعة حسن: the و joins the name to the one before
            added = tk.text[tk.starts[first] + joined : c.start]
            c.start = tk.starts[first] + joined
            c.value = tk.text[c.start : c.end]
            c.key = fold_key(c.value)
            role = c.attrs.get("role", "")
            if role.endswith(added.rstrip()):
                c.attrs["role"] = role[: len(role) - len(added.rstrip())].rstrip()
                if not c.attrs["role"]:
                    del c.attrs["role"]
        taken = max(taken, c.end)


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
    construct = _office_in_construct(tk, i, loc_at)
    k = i + 2 if construct else i + 1
    placed = k in loc_at and (tk.words[i] in _PLACE_ROLES or k > i + 1)
    if placed:
        k = loc_at[k][0]
        if k < n and tk.definite(k):
            return None  # محافظ إربد الجديد
    while not placed and k < n and k - i <= 4 and tk.definite(k) and tk.words[k] not in lex.stop and tk.words[k] not in lex.titles and tk.sent[k] == tk.sent[i]:
        k += 1
    k = _past_the_place_of_office(tk, i, k, loc_at)
    if k == i + 1 or k + 1 >= n or tk.sent[k + 1] != tk.sent[i]:
        return None
    if tk.words[k] in _FIRST_NAMES_OF_DIN and tk.words[k + 1] == "الدين":  # وزير التربية نور الدين النوري
        j = _name_run_ar(tk, k, limit=4, open_definite=False)
        return _person_cand(tk, k, j, 0, {}, lead=k) if j - k >= 2 else None
    codes = _corpus_codes()
    ends_clause = _clause_ends(tk, k + 2)
    if _noun_and_adjective(tk, k) or k + 1 in loc_at:
        return None  # منصة رقمية, قلعة نزوى: what the minister launched or visited
    # وزير الاقتصاد أمين سلام إن: a first name, then one word that ends the clause, is the whole name
    office_name = _office_as_first_name(tk, k)  # وزير الاقتصاد أمين سلام: أمين, no secretary
    two_words = (_first_name(tk.words[k]) or office_name) and not tk.definite(k + 1) and tk.words[k + 1] not in lex.name_links
    two_words = two_words and (_said_after(tk, k + 2) or k + 2 < n and tk.words[k + 2] in _ON_AFTER_A_NAME)
    guest = _guest_named(tk, i, k)
    if k in loc_at and (construct or guest) or construct and not (guest or tk.words[k] in lex.first or tk.words[k] in _person_names()):
        return None  # عضو مجلس الإدارة تضمنت, مدير الجامعة الإسلامية بجاكرتا: no name after the office
    for m in (k, k + 1):
        w = tk.words[m]
        if w in lex.name_links and m > k or m == k and office_name and two_words:
            continue  # فهد آل مجثل
        code = codes.get(w)
        if not _name_ok_ar(w, lex) or not (two_words or guest) and ((code is not None and not code.endswith("d0")) or (code and _freq(code) >= 9)):
            return None
        if w.endswith("ا") and not (guest and code is None) or _preposition_prefix(w) or _pronoun_suffix(w) and not (ends_clause and _ta_marbuta(tk, m)) or _present_verb(w):
            return None  # أخيرا, جولته, باسترضاء, يوجه (but زينة طوقان إن: a name in ة, folded like a pronoun, ends the clause;
            # ناريندرا مودي, a guest's foreign name)
    j = k + 2 if two_words else _name_run_ar(tk, k, limit=3, open_definite=False, titled=guest)
    if j - k < 2:
        return None
    return _person_cand(tk, k, j, 0, {}, lead=k)


def _office_in_construct(tk: Tokens, i: int, loc_at: dict[int, tuple[int, str]]) -> bool:
    """Whether the role word at `i` governs a bare noun that governs a definite word or a place (`رئيس مجلس
    الأعيان`, `وزير خارجية البحرين`, `رئيس وزراء باكستان`): the office goes on past both."""
    k = i + 1
    if k + 1 >= len(tk) or tk.sent[k + 1] != tk.sent[i] or tk.definite(k) or not tk.words[k].isalpha():
        return False
    w = tk.words[k]
    if w in _lex_ar().stop or w in _lex_ar().first or w in _person_names() or w not in _corpus_codes():
        return False
    return k + 1 in loc_at or tk.definite(k + 1) and tk.words[k + 1] not in _lex_ar().stop


def _guest_named(tk: Tokens, i: int, k: int) -> bool:
    """Whether the words from `k`, after the office at `i` in a sentence of receiving or meeting, name whom is met
    though the corpus knows them as common words (`استقبل الملك عبدالله الثاني رئيس الوزراء بشر الخصاونة`, `رئيس
    مجلس الأعيان فيصل الفايز`): a bare personal name, or a word unknown to the corpus, then another name word."""
    w = tk.words[k]
    if tk.definite(k) or not w.isalpha() or not in_a_meeting(tk, i):
        return False
    return w in _lex_ar().first or w in _person_names() or w not in _corpus_codes()


# offices that are first names too (أمين: secretary, and Amin; أمير: emir, and Amir), and the words that make them the
# office: `أمين عام`, `أمين سر`, `أمين الصندوق`, `أمين مال`, `أمير منطقة`
_OFFICE_NAMES = frozenset(fold_key(w) for w in "أمين أمير".split())
_OFFICE_COMPLEMENTS = frozenset(fold_key(w) for w in "عام سر صندوق مال منطقة محافظة عاصمة مدينة مجلس".split())


def _office_as_first_name(tk: Tokens, k: int) -> bool:
    """Whether the office word at `k`, where a name is expected after a role (`وزير الاقتصاد أمين سلام`), is a first
    name: a bare word that is a personal name or unknown to the corpus codes follows, no word that makes the office
    (`أمين عام`, `أمين سر`), no head noun, role or place."""
    if tk.words[k] not in _OFFICE_NAMES or k + 1 >= len(tk) or tk.sent[k + 1] != tk.sent[k]:
        return False
    lex = _lex_ar()
    nxt = tk.words[k + 1]
    if not nxt.isalpha() or tk.definite(k + 1) or nxt in _OFFICE_COMPLEMENTS or nxt in lex.stop or nxt in lex.titles:
        return False
    if strip_clitic(nxt, lex.roles) is not None or strip_clitic(nxt, lex.heads) is not None or nxt in _country_words():
        return False
    return nxt in _person_names() or nxt not in _corpus_codes()


_OFFICE_PLACED = frozenset(fold_key(w) for w in "في لدى إلى".split())  # السفير الألماني في عمان, سفير فرنسا لدى الأردن


def _past_the_place_of_office(tk: Tokens, i: int, k: int, loc_at: dict[int, tuple[int, str]]) -> int:
    """Where a role from `i` ends when, at `k`, it goes on with the place the office is held in (`السفير
    الألماني في عمان`, `سفير فرنسا لدى الأردن`) or the government it belongs to (`وزير الخارجية في حكومة تصريف
    الأعمال`): after that place or government; `k` otherwise."""
    if k > i + 1 and k + 1 < len(tk) and tk.words[k] in _OFFICE_PLACED and k + 1 in loc_at and tk.sent[k] == tk.sent[i]:
        return loc_at[k + 1][0]
    if k > i + 1 and k < len(tk) and tk.sent[k] == tk.sent[i]:
        return government_of_office(tk, k) or k
    return k


def _name_ok_ar(w: str, lex: _Lex) -> bool:
    if len(w) < 2 or w[0].isdigit() or not w[0].isalpha() or w in lex.stop or w in _NO_NAME_WORDS:
        return False
    if strip_clitic(w, lex.roles) is not None and w not in lex.first or _role_and_pronoun(w):
        return False  # (سمو رئيسها الفخري: its head, no name)
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
        if j > 0 and (j > i or before) and "\n" in tk.text[tk.ends[j - 1] : tk.starts[j]]:
            break  # a name never runs over a line break (كلما رأيته عصيا علي / خلعت روحي)
        family_title = j - i + before > 0 and _family_title(tk, j)
        beside_son_of = j > 0 and tk.words[j - 1] in _SON_OF or j + 1 < n and tk.words[j + 1] in _SON_OF  # بن مساعد, مساعد بن محمد
        son_of = beside_son_of and tk.words[j].isalpha() and tk.words[j] not in lex.stop
        servant_of = j > i and tk.words[j - 1] == _ABD and tk.definite(j)  # عبد الملك, عبد الأمير: a title after عبد
        if not (_name_ok_ar(tk.words[j], lex) or _is_ali(tk, j) or family_title or son_of or servant_of):
            break
        w = tk.words[j]
        if w.startswith(("بال", "لل", "وال", "فال", "كال")) and w not in ("بال", "وال", "فال", "كال") and w not in lex.first or w in _event_cue_forms():
            break  # بالرباط, للأعمال: a clitic and the article never open a name's word (but فال and فالح are names); nor is الجلسة one
        if tk.definite(j) and w not in lex.first:
            if j == i and not open_definite:
                break
            prev = tk.words[j - 1] if j > i else None
            linked = prev in lex.name_links or (j - 2 >= i and tk.words[j - 2] in lex.name_links and tk.words[j - 2] != "ال")
            linked = linked or _after_servant_of_the_lord(tk, j) or family_title and prev == _OULD  # عبد رب الرسول, ولد الشيخ
            if prev is not None and prev not in lex.first and prev not in _NAME_WORDS and not linked and j - i + before >= 2:
                if not tk.definite(j - 1) and not (j - i + before == 2 and (_family_name_after(prev, w) or _family_name(w))):
                    break
        linked = j > 0 and tk.words[j - 1] in lex.name_links  # فيصل بن فرحان: a name after بن, though it opens like a verb
        if j - i + before > 0 and w not in lex.first and not linked and (w[0] in "فيت" and len(w) > 3 and not _family_plural(w) and not _nisba_name(w) or _alef_word_ends_name(tk, j, j - i + before)):
            break  # فتقول, يقول, مرسوما: the sentence goes on
        if j - i + before >= 1 and j + 1 < n and (w in _BLESSED and tk.words[j + 1] == "الله" or w == _PRAISE and tk.words[j + 1] in _GOD):
            break  # الخليفة أبو بكر رضي الله عنه, النبي محمد صلى الله عليه وسلم, يحيى الأحمري الحمد لله: after the name
        if j - i + before >= 2 and w in _EPITHETS:
            break  # السلطان هيثم بن طارق المعظم: the ruler's epithet after the name
        if j - i + before >= 2 and tk.words[j - 1] not in lex.name_links and ruler_of(tk, j):
            break  # هيثم بن طارق سلطان عمان, حمد بن عيسى ملك البلاد: the office after the name
        if j - i + before > 0 and w in _country_words() and w not in _person_names() and not _role_follows(tk, j):
            break  # وزار الدكتور خالد مصر: the country visited (but المهندس عبدالله السويد رئيس المركز)
        after_one_name = j >= 2 and (tk.words[j - 2] in _SON_OF or tk.words[j - 2] == _AAL) or j - i + before == 1
        if after_one_name and w in _cities_and_countries() and _visit_before(tk, j):
            break  # زار الملك سلمان بن عبدالعزيز القاهرة, زار الدكتور خالد القاهرة: the city visited (but عبدالله بن محمد السويد)
        if j - i + before >= 2 and (w in _TIME_AR or len(w) == 3 and w[0] == "ي" and w not in lex.first and w not in _person_names()):
            break  # وليد المعلم الجمعة, هاني حجازي يعد: a day or a verb after the name
        if j - i + before >= 1 and w in _STATEMENTS:
            break  # وألقى الدكتور هاني كلمة: the speech the person gave
        if j - i + before >= 1 and (w in _SPEECH_OPENERS or _short_present_verb(w, lex)):
            break  # وقالت ليلى يعني, وأضاف خالد يتم, وقال فهد يجب: what the person says begins
        if j - i + before >= 1 and _plural_noun(tk, j):
            break  # نسبة رضا المتعاملين: a plural of people or things, no family name (but زين العابدين)
        if j - i + before > 0 and (w in _PREPOSITION_AND_PRONOUN or w[0] == "و" and (w[1:] in lex.name_links or w[1:] in lex.first)):
            break  # سعد به أهالي, وليد سليمان وعبد الله: a preposition, or another person's name
        compound = tk.words[j - 1] == "الدين" or (j >= 2 and tk.words[j - 2] in ("عبد", "ابو"))  # عبد الحميد بوزيان
        compound = compound or _after_servant_of_the_lord(tk, j - 1)  # عبد رب الرسول سياف
        compound = compound or j >= 2 and tk.words[j - 2] == _OULD and tk.words[j - 1] in _FAMILY_TITLES  # ولد الشيخ أحمد
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
        named = named or _after_servant_of_the_lord(tk, j)  # عبد رب الرسول
        named = named or titled and j == i + 1 and _family_name_after_title(tk, i, j)
        named = named or after_first and tk.definite(j) and (_role_follows(tk, j) or _said(tk, j + 1))
        if j - i + before >= 1 and not named and _common_word(w, tk.definite(j)):
            break  # حسن روحاني رسالة عامة, رياض الأطفال: a frequent noun, not a name
        if j - i + before >= 1 and not named and tk.definite(j) and _common_noun_with_article(w) and w not in _cities_and_countries() and not _role_word_surname(tk, j, i, lex):
            break  # استقبل الأمير تركي المشروع: what the person received, no family name (but يوسف الخليل, a city's name)
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


_LORD = fold_key("رب")
_OULD = fold_key("ولد")  # "son of" in Mauritanian names (محمد ولد عبد العزيز)


def _after_servant_of_the_lord(tk: Tokens, k: int) -> bool:
    """Whether token `k` follows `عبد رب` (`عبد رب الرسول`, `عبد رب النبي`): the end of a compound first name."""
    return k >= 2 and tk.words[k - 2] in (_ABD, "و" + _ABD) and tk.words[k - 1] == _LORD


_VISITS = frozenset(fold_key(w) for w in "زار يزور وصل يصل غادر يغادر توجه يتوجه عاد يعود دخل يدخل".split())


def _visit_before(tk: Tokens, j: int) -> bool:
    """Whether a verb of visiting, arriving or leaving comes before token `j` in its sentence (`زار`, `يغادر`), whose
    object a place after the visitor's name is."""
    return any(
        strip_clitic(tk.words[m], _VISITS) is not None and (m == 0 or tk.words[m - 1] not in _SON_OF)  # (محمد بن وصل: a name)
        for m in range(max(0, j - 15), j) if tk.sent[m] == tk.sent[j]
    )


@functools.cache
def _cities_and_countries() -> frozenset[str]:
    """The folded one-word cities, emirates and countries of the gazetteer (`القاهرة`, `دبي`, `مصر`)."""
    return frozenset(fold_key(e.form) for e in entries() if e.lang == "ar" and e.kind in ("city", "country", "emirate") and " " not in e.form)


def _family_name_after_title(tk: Tokens, i: int, j: int) -> bool:
    """Whether the definite word at `j`, right after the first name at `i` of a person named after a title or an
    office, is the family name though a common word: a nisba after a first name of the lexicon (`اللواء منصور
    التركي`), or a nisba or a listed name after any listed first name where the name ends, before an office, a
    comma, what is said or a preposition (`الدكتور نبيل العربي الأمين العام`, `رئيس مجلس الأعيان فيصل الفايز
    في`)."""
    w = tk.words[j]
    if not tk.definite(j) or not (w.endswith("ي") or w in _person_names()):
        return False
    if tk.words[i] in _lex_ar().first and w.endswith("ي"):
        return True
    if tk.words[i] not in _lex_ar().first and tk.words[i] not in _person_names():
        return False
    ends = _role_follows(tk, j) or _said_after(tk, j + 1)
    return ends or j + 1 < len(tk) and tk.sent[j + 1] == tk.sent[j] and tk.words[j + 1] in _ON_AFTER_A_NAME


def _short_present_verb(w: str, lex: _Lex) -> bool:
    """Whether folded `w` is a present verb of three letters (`يتم`, `يجب`, `تعد`): `ي` or `ت` before a word the corpus
    codes know only without the article, no name of the lists (`يسرى` is one)."""
    if len(w) != 3 or w[0] not in "يت" or w in lex.first or w in _person_names():
        return False
    code = _corpus_codes().get(w)
    return code is not None and code.endswith("d0")


def _role_follows(tk: Tokens, j: int) -> bool:
    """Whether a role follows token `j`, after a comma or none: `j` ends a name."""
    k = j + 2 if j + 2 < len(tk) and tk.words[j + 1] in ("،", ",") else j + 1
    return k < len(tk) and tk.sent[k] == tk.sent[j] and strip_clitic(tk.words[k], _lex_ar().roles) is not None


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


def _alef_word_ends_name(tk: Tokens, j: int, named: int) -> bool:
    """Whether word `j`, in `ا` after `named` name words, begins what the sentence says: after two, an accusative
    (`مرسوما`) or a definite word the corpus knows (`العليا`, `الدنيا`); after one, an accusative the corpus
    knows (`كرم الدكتور خالد طلابا`). Not a known name, nor a definite word the corpus never saw, a family
    name (`عبدالله علي اليحيا`)."""
    w = tk.words[j]
    if not w.endswith("ا") or w in _person_names() or named < 1:
        return False
    if named == 1:
        return not tk.definite(j) and (w in _corpus_codes() or w[:-1] in _corpus_codes())
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
    if tk.words[k - 1] == _OULD and k >= 2 and tk.words[k - 2] in lex.first:
        return True  # إسماعيل ولد الشيخ أحمد: a Mauritanian name, "son of" and the family's title
    if tk.words[k - 1] not in lex.first and tk.words[k - 1] not in names:
        return False
    if k + 1 == len(tk) or tk.sent[k + 1] != tk.sent[k]:
        return True
    nxt = tk.words[k + 1]
    return nxt in lex.stop or not (nxt in lex.first or nxt in names or nxt in lex.titles or nxt in lex.name_links or nxt in _TITLE_OPENERS)


def _family_name_after(prev: str, w: str) -> bool:
    """Whether definite `w` after the name word `prev` is a family name (`محمد إدريس السنوسي`): a
    nisba of the personal-name list after a name of it (`الإيراني`, a nationality, is none)."""
    names = _person_names()
    return w.endswith("ي") and prev in names and w in names


def _noun_and_adjective(tk: Tokens, k: int) -> bool:
    """Whether tokens k, k+1 are a feminine noun and its nisba adjective (`منصة رقمية`, `خطة وطنية`)."""
    return _ta_marbuta(tk, k) and _ta_marbuta(tk, k + 1) and tk.words[k + 1].endswith("يه")


def _clause_ends(tk: Tokens, j: int) -> bool:
    """Whether the clause ends before token `j`: at the sentence's end, a mark, or a word that opens
    what is said, when or how (`إن`, `أن`, `اليوم`, `خلال`, a reporting verb)."""
    if j >= len(tk) or tk.sent[j] != tk.sent[j - 1]:
        return True
    return tk.words[j] in PUNCT_BREAK or tk.words[j] in _lex_ar().role_stop


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
        if j < n and tk.words[j - 1] in _COMPOUND_OPENERS and tk.words[j][0].isalpha() and tk.sent[j] == tk.sent[j - 1]:
            j += 1  # جامع الإمام تركي بن عبد الله, مسجد الإمام علي بن أبي طالب: a compound name after بن
    return j


_COMPOUND_OPENERS = frozenset(fold_key(w) for w in "عبد أبي".split())


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


_ABD = fold_key("عبد")
_SERVANT = frozenset([_ABD])


def _servant_of_before(tk: Tokens, i: int) -> int:
    """Where a name that starts at token `i` begins when the `عبد X` of a compound first name is written before it,
    apart or joined (`عبد ربه منصور هادي`, `عبدربه منصور هادي`, `عيدروس عبد العزيز`): at `عبد`; `i` otherwise."""
    words = tk.words
    if i >= 1 and words[i - 1] in (_ABD, "و" + _ABD) and tk.sent[i - 1] == tk.sent[i]:
        return i - 1  # عبد العزيز, وعبد الحسين: the model's name began at the second word
    if i >= 2 and words[i - 2] in (_ABD, "و" + _ABD) and tk.sent[i - 2] == tk.sent[i] and words[i - 1].isalpha() and words[i - 1] not in _lex_ar().stop:
        if not tk.definite(i) or words[i] in _person_names():
            return i - 2  # عبد ربه منصور هادي (but عاصم عبد الماجد القيادي: the word after the name is no name)
    w = words[i - 1] if i >= 1 else ""
    if w.startswith(_ABD) and len(w) >= 5 and w.isalpha() and tk.sent[i - 1] == tk.sent[i]:
        return i - 1  # عبدربه منصور هادي (`عبد` and a word written as one are a name: عبده, عبدة are shorter)
    return i


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


_AAL = fold_key("آل")


# titles that are offices too, which an adjective of a country or dynasty after them makes the person's role
# (`الرئيس الفلسطيني`, `العاهل الأردني`, `السلطان العثماني`, `الخليفة العباسي`)
_COUNTRY_OFFICES = frozenset(fold_key(w) for w in "الرئيس الرئيسة الملك الملكة الأمير الأميرة السلطان العاهل الخليفة".split())
_MONARCHS = _ROYAL_TITLES | {fold_key("العاهل"), fold_key("الخليفة")}


def _office_of_a_country(tk: Tokens, i: int, clitic: int) -> int:
    """Where the office named by the title at `i` and the adjective of its country or dynasty ends (`الرئيس
    الفلسطيني محمود عباس`, `العاهل الأردني الملك عبدالله الثاني`, `السلطان العثماني سليمان القانوني`): after the
    adjective, when a title or a name follows it; 0 otherwise. Of a dynasty (a nisba the gazetteer has no country
    for), only a monarch's, before a listed first name."""
    k = i + 1
    if tk.words[i][clitic:] not in _COUNTRY_OFFICES or k + 1 >= len(tk) or tk.sent[k + 1] != tk.sent[i]:
        return 0
    w, nxt = tk.words[k], tk.words[k + 1]
    lex = _lex_ar()
    named = nxt in lex.first or nxt in _person_names() or nxt in lex.titles or nxt.startswith(_ABD) and len(nxt) >= 6  # عبدالملك
    if _demonym(w):
        return k + 1 if named or nxt.isalpha() and not tk.definite(k + 1) and nxt not in _corpus_codes() else 0
    nisba = tk.definite(k) and w.endswith("ي") and len(w) > 5
    return k + 1 if nisba and tk.words[i][clitic:] in _MONARCHS and named and nxt not in lex.titles else 0


def _person_after_title_ar(tk: Tokens, i: int, clitic: int) -> list[Cand]:
    lex = _lex_ar()
    office = _office_of_a_country(tk, i, clitic)
    if i >= 2 and tk.words[i - 2] in _COUNTRY_OFFICES and _office_of_a_country(tk, i - 2, 0) == i:
        return []  # العاهل الأردني الملك عبدالله الثاني: the office's title made the candidate
    k = office or i + 1
    if strip_clitic(tk.words[i], _WEAK_TITLES) is not None or clitic and tk.words[i][clitic:] == _HAPPINESS:
        nxt = tk.words[k]  # (بسعادة غامرة: with great happiness)
        if nxt not in lex.first and nxt not in lex.titles and nxt not in lex.name_links:
            return []
        if i > 0 and tk.words[i - 1] in lex.roles:
            return []
    if tk.words[i][clitic:] == _CALIPH and not _caliph_named(tk, k):
        return []  # الخليفة عندما, الخليفة الراشد: the caliph of the text, not named
    if i > 0 and tk.words[i - 1] in lex.titles:
        return []  # the title began earlier: its first word made the candidate
    if clitic == 0 and i > 0 and strip_clitic(tk.words[i - 1], _SERVANT) is not None:
        return []  # عبد الملك, وعبد الأمير: a name's second word, no title
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
    if k < len(tk) and _no_name_after_a_title(tk, k):
        return []  # وشهد الأمير توقيع اتفاقيتين: what the titled person witnessed, no name
    j = _name_run_ar(tk, k, open_definite=False, titled=True)
    if j > k and j + 1 < len(tk) and tk.words[j] == _AAL and tk.sent[j + 1] == tk.sent[k] and tk.words[j + 1].isalpha():
        j += 2  # محمد بن حمد بن قاسم العبدالله آل ثاني: the family's name after a long name
    if j == k and k > 0 and tk.words[k - 1][clitic if k - 1 == i else 0 :] in _ROYAL_TITLES:
        j = _royal_first_name_ar(tk, k)  # (والأمير صباح الأحمد الجابر الصباح: the title after و)
    if j == k:
        return []
    if j - k >= 2 and j < len(tk) and tk.sent[j] == tk.sent[k] and tk.definite(j) and tk.words[j].endswith("ي"):
        if j + 1 == len(tk) or tk.sent[j + 1] != tk.sent[j] or tk.words[j + 1] in ("،", ",", "-", "–") or tk.words[j + 1] in lex.roles:
            j += 1  # الدكتور محمد حمد الكويتي، رئيس ..., سعادة ليلى عبيد السويدي المدير العام: after a title, a nisba before the role is the family name
    if _common_word_surname(tk, j, k, lex) or _role_word_surname(tk, j, k, lex):
        j += 1  # الدكتور عزمي محافظة، اليوم, المهندس كامل الوزير نائب رئيس الوزراء: the family name
    if j < len(tk) and tk.words[j] in _REGNAL and tk.sent[j] == tk.sent[k] and any(w in _MONARCHS for w in tk.words[i:k]):
        j += 1  # الملك عبدالله الثاني, الملك محمد السادس: the ordinal of a king's name
        if j + 1 < len(tk) and tk.words[j] in ("بن", "ابن") and tk.sent[j + 1] == tk.sent[k] and _name_ok_ar(tk.words[j + 1], lex):
            j += 2  # الملك عبدالله الثاني ابن الحسين
    if office:
        attrs = _office_and_title(tk, i, clitic, office, k)
    else:
        title = tk.text[tk.starts[i] + clitic : tk.ends[k - 1]]
        attrs = {"title": title.rstrip(".") if title.endswith(" .") else title}
    return [_person_cand(tk, k, j, 0, attrs, lead=i if clitic == 0 else None)]


# the forms of verbal nouns, folded: تفعيل (توقيع), افتعال (افتتاح), انفعال, استفعال (استقبال), إفعال (إطلاق), مفاعلة
# (مشاركة), تفاعل (تعاون)
_VERBAL_NOUN = re.compile(r"^(?:ت..ي.|ا.[تطد].ا.|ان..ا.|است..ا.|ا..ا.|م.ا..ه|ت.ا..)$")


def _no_name_after_a_title(tk: Tokens, k: int) -> bool:
    """Whether the one bare word at `k` after a title is no name but what the sentence goes on with: a verbal noun
    (`وشهد الأمير توقيع اتفاقيتين`, `الأمير افتتاح`) or a preposition before a noun (`الوزير بحضور`, `الملازم أول
    بقطاع أمن الطرق`), and no listed personal name (`الأمير بندر`, `الأمير بدر`)."""
    w = tk.words[k]
    if tk.definite(k) or w in _lex_ar().first or w in _person_names() or w.startswith("بو"):
        return False  # (الدكتور بوعلي)
    if k + 1 < len(tk) and tk.sent[k + 1] == tk.sent[k] and (tk.words[k + 1] in _lex_ar().name_links or tk.words[k + 1] in _person_names()):
        return False  # المهندس إحسان أبو غزالة: a name goes on
    return _preposition_prefix(w) or _VERBAL_NOUN.match(w) is not None


_CALIPH = fold_key("الخليفة")


def _caliph_named(tk: Tokens, k: int) -> bool:
    """Whether a name follows `الخليفة` (and the nisba of his dynasty) at token `k`: a bare personal name, a first name
    in `عبد` or a title (`الخليفة عمر بن الخطاب`, `الخليفة العباسي هارون الرشيد`), not a word of the sentence (`الخليفة
    عندما`, `الخليفة أحكم`)."""
    if k >= len(tk) or tk.definite(k):
        return False
    w = tk.words[k]
    return w in _lex_ar().first or w in _person_names() or w in _lex_ar().titles or w.startswith((_ABD, "ابو")) and len(w) >= 6


def _office_and_title(tk: Tokens, i: int, clitic: int, office: int, k: int) -> dict[str, str]:
    """The role and title of a person named at `k` after an office of a country that ends at `office` (`العاهل
    الأردني`), the office's title word at or after `i`, and the titles after the office (`الملك`), which with the
    honorifics before it are the title."""
    first = office - 2
    start = tk.starts[first] + (clitic if first == i else 0)
    attrs = {"role": tk.text[start : tk.ends[office - 1]]}
    titles = [tk.text[tk.starts[i] + clitic : tk.ends[first - 1]]] if first > i else []
    titles += [tk.text[tk.starts[office] : tk.ends[k - 1]]] if k > office else []
    if titles:
        attrs["title"] = " ".join(titles)
    return attrs


_ON_AFTER_A_NAME = frozenset(fold_key(w) for w in "عن في خلال إلى أمام مع لدى".split())  # جميل بلقاسم عن سعادته


def _first_name(w: str) -> bool:
    """Whether `w` is a first name of the lexicon, or a listed personal name the corpus seldom shows."""
    code = _corpus_codes().get(w)
    return w in _lex_ar().first or w in _person_names() and not (code and _freq(code) >= 9)


_THAT = frozenset(fold_key(w) for w in "أن أنه".split())
_SAID = frozenset(("إن", "إنه"))  # as written: folded, they are أن too (وقال وزير المالية يوسف الخليل إن)
_SURNAME_ENDS = frozenset(["،", ",", "-", "–", "."])


def _common_word_surname(tk: Tokens, j: int, k: int, lex: _Lex) -> bool:
    """Whether the bare word at `j`, after a titled name from `k` on, is the name's last word though a
    common word: the clause ends after it (`الدكتور عزمي محافظة،`, `الدكتور وليد فياض.`, `الدكتور وليد فياض إن`),
    not `المهندس خالد محافظة الزرقاء`."""
    if j >= len(tk) or tk.sent[j] != tk.sent[k] or j - k > 3:
        return False
    w = tk.words[j]
    if len(w) < 3 or not w.isalpha() or tk.definite(j) or w[0] in "وبلف" and (w[1:] in _corpus_codes() or w[0] == "و" and w.endswith(("ه", "ها", "هم"))) or w in lex.stop or w in _NOT_SURNAMES:
        return False
    if w.endswith(("ا", "ين", "ون", "ات")) or w in _STATEMENTS or w in _cities_and_countries():
        return False  # an accusative, a plural (`حائرين`), a speech (`كلمة`), a country or city visited
    if w in lex.titles or strip_clitic(w, lex.roles) is not None or strip_clitic(w, lex.verbs) is not None or _present_verb(w):
        return False  # (البابا فرنسيس يريد أن: a verb)
    return _said_after(tk, j + 1)


def _said_after(tk: Tokens, j: int) -> bool:
    """Whether a name ends right before token `j`: at the sentence's end, a comma, a dash, a full stop or
    the `إن` of what the person says."""
    return j >= len(tk) or tk.sent[j] != tk.sent[j - 1] or tk.words[j] in _SURNAME_ENDS or _said(tk, j)


def _said(tk: Tokens, j: int) -> bool:
    """Whether token `j` opens what a person says: `إن` written with its hamza, or `أن` / `ان` after a verb of saying
    earlier in the sentence (`وأوضح ... الدكتور سمير بن عبدالرحمن توكل أن`; not `البابا فرنسيس يريد أن`)."""
    if j >= len(tk):
        return False
    if tk.span_text(j, j + 1) in _SAID:
        return True
    return tk.words[j] in _THAT and any(strip_clitic(tk.words[m], _SAYING) is not None for m in range(max(0, j - 15), j - 1) if tk.sent[m] == tk.sent[j])


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
    الحمد الصباح`, `الشيخ سلطان بن خليفة`): a bare word, then a first name or `بن` and at least one more name
    word, or two definite name words (`الشيخ صباح الخالد الحمد الصباح`); else `k`."""
    if k + 1 >= len(tk):
        return k  # the title ends the text
    w = tk.words[k]
    if tk.sent[k + 1] != tk.sent[k] or not w.isalpha() or tk.definite(k) or w in _lex_ar().verbs:
        return k
    j = _name_run_ar(tk, k + 1, limit=3, before=1)
    if tk.words[k + 1] not in _lex_ar().first and tk.words[k + 1] not in _lex_ar().name_links:
        if not tk.definite(k + 1) or j - k < 3:
            return k  # الشيخ صباح اليوم: a time, no name (but الشيخ صباح الخالد الحمد الصباح: the father's and family's)
    return j if j > k + 1 else k


# personal names that are nouns too, in construct with a definite noun (`حصة الفرد`: the individual's share)
_NOUN_NAMES = frozenset(fold_key(w) for w in "حصة".split())


def _noun_in_construct(tk: Tokens, i: int, clitic: int) -> bool:
    """Whether the name-noun at `i` governs the definite word after it (`حصة الفرد`, `حصة المملكة`, `حصة السوق`):
    a word the corpus codes know with the article and no nisba, which a family name is (`حصة السويدي`, `حصة
    المري`)."""
    if tk.words[i][clitic:] not in _NOUN_NAMES or i + 1 >= len(tk) or not tk.definite(i + 1) or tk.sent[i + 1] != tk.sent[i]:
        return False
    w = tk.words[i + 1]
    return not w.endswith("ي") and w in _corpus_codes()


_GOODNESS = frozenset([fold_key("حسن")])
# nouns that `حُسن` (the goodness of, good conduct of) governs, bare or with the article: `حسن الجوار`, `حسن سير العمل`
_GOOD_CONDUCT_OF = frozenset(fold_key(w) for w in (
    "جوار سير معالجة أداء تنظيم ضيافة استقبال نية إدارة تعامل معاملة استخدام استغلال اختيار تطبيق تنفيذ تدبير خلق "
    "ظن سلوك حظ خاتمة تعاون إعداد تخطيط ترتيب إشراف تواصل استماع إصغاء توظيف عرض تمثيل تقدير تصرف إنصات سيرة").split())


def goodness_of(tk: Tokens, i: int) -> bool:
    """Whether `حسن` at token `i`, after a clitic or none, is the noun `حُسن` in construct, no given name: written
    with its damma (`حُسن`), before a noun it governs (`حسن الجوار`, `بحسن الأداء`), or before a bare common word
    that governs a definite one (`حسن معالجة المرضى`), which a father's or family name does not."""
    if strip_clitic(tk.words[i], _GOODNESS) is None or i + 1 >= len(tk) or tk.sent[i + 1] != tk.sent[i]:
        return False
    if "\u064f" in tk.span_text(i, i + 1):
        return True
    w = tk.words[i + 1]
    if (w[2:] if tk.definite(i + 1) and w.startswith("ال") else w) in _GOOD_CONDUCT_OF:
        return True
    if tk.definite(i + 1) or w in _person_names() or w in _lex_ar().first or w not in _corpus_codes():
        return False
    return i + 2 < len(tk) and tk.sent[i + 2] == tk.sent[i] and tk.words[i + 2].startswith("ال") and not tk.words[i + 2].endswith("ي")


def _person_from_first_name_ar(tk: Tokens, i: int, clitic: int) -> Cand | None:
    if tk.words[i][clitic:] in _ADJECTIVE_NAMES and i + 1 < len(tk) and tk.definite(i + 1):
        return None  # حسن الجوار: the adjective, not the name
    if goodness_of(tk, i):
        return None  # حسن جوار, حسن سير العمل: the noun, not the name
    if _noun_in_construct(tk, i, clitic):
        return None  # حصة الفرد: a share, not the name
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


def _person_after_counterpart_ar(tk: Tokens, i: int) -> Cand | None:
    """A person named after `نظيره` and a nationality, and the titles after it (`نظيره الروسي ألكسندر نوفاك`, `نظيره
    الأمريكي السيد جون كيري`, `نظيرتها الألمانية أنالينا بيربوك`): the name words, and the words the corpus codes do
    not know after them (a foreign name's); two words at least, or one after a title."""
    lex = _lex_ar()
    n = len(tk)
    k = i + 1
    if k + 1 >= n or tk.sent[k + 1] != tk.sent[i] or not tk.definite(k) or not _demonym(tk.words[k].removesuffix("ه")):
        return None
    lead = k = k + 1
    while k < n and (tk.words[k] in lex.titles or tk.words[k] in _HONORIFICS_AR) and tk.sent[k] == tk.sent[i]:
        k += 1
    if k >= n or tk.sent[k] != tk.sent[i] or not (tk.words[k] in lex.first or tk.words[k] in _person_names() or _unknown_bare_word(tk, k)):
        return None  # نظيره المصري بمقر الوزارة, بنظيره التركي لمناقشة: no name
    j = _name_run_ar(tk, k, limit=4, open_definite=False, titled=k > lead)
    while j < n and j - k < 4 and tk.sent[j] == tk.sent[k] and (_unknown_bare_word(tk, j) or _name_before_unknown_word(tk, j)):
        j += 1
    while j - k > 2 and (_preposition_prefix(tk.words[j - 1], shortest=4) or tk.words[j - 1][0] in "بل" and _pronoun_suffix(tk.words[j - 1][1:])):
        j -= 1  # (شي جينبينغ لشكره)  # نظيره الروماني تارايان باسيسكو لعدم دعوة: a preposition's noun after the name
    if j - k < (1 if k > lead else 2):
        return None
    attrs = {"title": tk.text[tk.starts[lead] : tk.ends[k - 1]]} if k > lead else {}
    return _person_cand(tk, k, j, 0, attrs, lead=lead)


def _unknown_bare_word(tk: Tokens, j: int) -> bool:
    """Whether token `j` is a word without the article that the corpus codes do not know, a foreign name's
    (`بيربوك`, `عبداللهيان`)."""
    w = tk.words[j]
    if len(w) < 3 or not w.isalpha() or tk.definite(j) or w in _corpus_codes() or w in _lex_ar().stop:
        return False
    return not (_preposition_prefix(w, shortest=4, often=0) or w[0] in "وف" and w[1:] in _corpus_codes())  # لعدم, وتناول


def _name_before_unknown_word(tk: Tokens, j: int) -> bool:
    """Whether token `j` is a listed personal name without the article before a word the corpus codes do not know,
    inside a foreign name (`حسين أمير عبداللهيان`: أمير, an office too)."""
    w = tk.words[j]
    return w in _person_names() and not tk.definite(j) and j + 1 < len(tk) and tk.sent[j + 1] == tk.sent[j] and _unknown_bare_word(tk, j + 1)


_NAMED_PLACES = frozenset(fold_key(w) for w in "بني دار".split())  # before a first name: a tribe or a place (بني سعد, دار سعد)
