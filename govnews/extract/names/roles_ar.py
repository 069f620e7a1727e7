"""Arabic roles of persons: the role after the name, else before it (`وزير الخارجية ... أيمن الصفدي`), goes into
`attrs["role"]`, an honorific before a role into `attrs["title"]`; once all persons of a text are known, a role
that names the next person is cut or given to that person.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from govnews.extract.gazetteer import entries, fold_key
from govnews.extract.names.lexicon import (
    _CITY, _COURTESIES, _HONORIFICS_AR, _MEETING_PLACES, _ROYAL_TITLES, _SON_OF, _STATEMENTS, _TITLE_OPENERS, _WEAK_TITLES,
    _accusative_noun, _all_heads, _common_noun_with_article, _demonym, _lex_ar, _no_pronoun, _person_names, _pronoun_suffix, _role_and_pronoun, _ta_marbuta,
)
from govnews.extract.names.mentions import Cand
from govnews.extract.numbers import ordinal_words
from govnews.extract.tokens import PUNCT_BREAK, Tokens, strip_clitic, with_clitics


_OVERSEERS = frozenset(fold_key(w) for w in "العام المشرف المشرفة العامة".split())  # ... على: a role goes on
_DID = frozenset(fold_key(w) for w in "قام قامت وقام وقامت يقوم تقوم ويقوم وتقوم".split())  # قام ... بتكريم: did
_ROLE_TAIL = frozenset(["-", "–", "و"] + [fold_key(w) for w in "في من مع بين لدى".split()])
_PROCEEDINGS = frozenset(fold_key(w) for w in "أعمال فعاليات حفل الحفل افتتاح ختام اجتماع اجتماعات جلسة جلسات مراسم".split())
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
_ON_BEHALF = fold_key("باسم")
_TO_THE_HOST = frozenset(fold_key(w) for w in "الدولة المملكة البلاد السلطنة".split())  # لدى الدولة: accredited here


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
        at = role_after(tk.text, c.end, role)
        if at < 0 or not _just_before(tk.text, at + len(role), after) or tk.starts[tk.index_at(after.start)] != after.start:
            continue
        own = given.get(id(c)) or _own_role_before(tk, c)
        theirs = _own_role_before(tk, after)
        if own and theirs and tk.text.startswith(theirs, at):
            c.attrs["role"] = own
            given[id(after)] = after.attrs["role"] = theirs


_OFFICE_QUALIFIERS = frozenset(fold_key(w) for w in "الخاص الخاصة الشخصي الشخصية".split())  # المستشار الخاص لوزير ...


def _office_of_an_office(tk: Tokens, k: int) -> bool:
    """Whether the office in `ل` at token `k` is governed by the office before it (`النائب الثاني لرئيس مجلس الوزراء`,
    `المستشار الخاص لوزير الخارجية`): after a role word, an ordinal or a qualifier of an office."""
    prev = tk.words[k - 1] if k > 0 and tk.sent[k - 1] == tk.sent[k] else ""
    return prev in _lex_ar().roles or prev in ordinal_words() or prev in _OFFICE_QUALIFIERS


def _roles_before_start_after_the_person_before(text: str, chosen: list[Cand]) -> None:
    """Cut a role read before a person's name where the person named before it ends and `و` joins this one's office
    (`برئاسة مساعد الزويهري ونائبه عبدالله بترجي وأمين عام النادي عبدالإله مؤمنة`: `أمين عام النادي`)."""
    persons = [c for c in chosen if c.type == "PERSON"]
    for before, c in zip(persons, persons[1:]):
        role = c.attrs.get("role")
        if not role:
            continue
        lead = c.start - len(c.attrs.get("title", "")) - 1
        at = text.rfind(role, 0, c.start)
        if at < 0 or not at <= before.start < before.end <= at + len(role) or at + len(role) < lead - 2:
            continue
        rest = text[before.end : at + len(role)].lstrip(" ،,")
        if rest.startswith("و") and len(rest) > 1 and strip_clitic(fold_key(rest[1:].split()[0]), _lex_ar().roles) is not None:
            c.attrs["role"] = rest[1:]  # (سكرتير كرة القدم بدوي الدسوقي وفرحان الشلوي: a name, no office, after و)


def _just_before(text: str, end: int, person: Cand) -> bool:
    """Whether a role ending at `end` takes in `person`'s name, or ends where their title or name
    begins (`ممثلة منظمة الفاو الدكتورة نورة حداد`)."""
    return end == person.end or end <= person.start and text[end : person.start].split() == person.attrs.get("title", "").split()


def role_after(text: str, end: int, role: str | None) -> int:
    """Where the role `role`, read after a person's name that ends at `end`, begins (after its comma or
    dash), or -1 when it is not written there."""
    if not role:
        return -1
    return text.find(role, end, end + len(role) + 4)


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
        at = role_after(text, c.end, role)
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


def _roles_end_at_the_met_person(tk: Tokens, chosen: list[Cand]) -> None:
    """Cut the role written after the name of a person who receives or meets another where the other's title
    or name begins, without `و` (`استقبل ... الأمير محمد بن سلمان ولي العهد سامح شكري وزير الخارجية المصري`:
    `ولي العهد`); the rest is the other's role when they have none. The other's own role written before their name
    is theirs (`استقبل جلالة السلطان هيثم بن طارق الرئيس الإيراني إبراهيم رئيسي`), and a name that the role's
    last word governs stays in it (`التقى ... مستشار الرئيس محمود عباس`, `مدير مكتب الرئيس بوتفليقة`). The other's
    role read back through the host's is the other's office alone (`... ولي عهد أبوظبي وزير خارجية الهند ...`)."""
    persons = [c for c in chosen if c.type == "PERSON"]
    lex = _lex_ar()
    for c, after in zip(persons, persons[1:]):
        role = c.attrs.get("role")
        at = role_after(tk.text, c.end, role)
        if at < 0 or not _meets(tk, c):
            continue
        theirs = after.attrs.get("role")
        if theirs and theirs.startswith(role + " ") and tk.text.startswith(theirs, at) and at + len(theirs) <= after.start:
            after.attrs["role"] = theirs[len(role) :].lstrip(" ،,-–")  # ... ولي عهد أبوظبي رئيس الوزراء البريطاني بوريس جونسون
            continue
        between = tk.text[at + len(role) : after.start].split()  # nothing, or the other's title (`الدكتور`)
        if theirs and at + len(role) <= after.start and between == after.attrs.get("title", "").split() and role.endswith(theirs):
            if theirs == role:  # the guest's role read back through the host's: the last office is the guest's
                words = role.split()
                last = next((m for m in range(len(words) - 1, 0, -1) if _opens_another_office(words[m - 1], words[m])), 0)
                after.attrs["role"] = theirs = " ".join(words[last:])
            kept = role[: len(role) - len(theirs)].rstrip(" ،,-–")
            if kept:  # استقبل ... آل نهيان رئيس الدولة رئيس وزراء الهند ناريندرا مودي
                c.attrs["role"] = kept
            continue
        if not at < after.start < at + len(role):
            continue
        begins = after.start
        title = after.attrs.get("title", "")
        if title and tk.text[:begins].rstrip().endswith(title):
            begins = tk.text.rindex(title, 0, begins)
        kept = tk.text[at:begins].rstrip(" ،,-–")
        words = kept.split()
        if not words or not fold_key(words[-1]).startswith("ال") or fold_key(words[-1]) in lex.titles:
            continue  # مستشار الرئيس محمود عباس, ومدير مكتب الرئيس بوتفليقة: a noun in construct with the name
        theirs = after.attrs.get("role")
        end = at + len(role)
        rest = tk.text[after.end : end].lstrip(" ،,-–")
        if rest and (fold_key(rest.split()[0]) not in lex.roles or any(after.end <= p.start < end for p in persons)):
            rest = ""  # ... أوباما ووفدا ضم, ... الوزير المرافق ورئيس الاستخبارات خالد الحميدان: no role of the other's alone
        if rest and (not theirs or theirs == kept):
            after.attrs["role"] = rest  # ... رئيس الدولة كريستالينا جورجيفا المديرة العامة لصندوق النقد الدولي
        elif not rest and theirs and role_after(tk.text, after.end, theirs) < 0 and kept.endswith(theirs):
            kept = kept[: -len(theirs)].rstrip(" ،,-–")  # the other's role, written before their name
        if kept:
            c.attrs["role"] = kept
        elif own := _own_role_before(tk, c):
            c.attrs["role"] = own  # استقبل الرئيس الفلسطيني محمود عباس وزير الخارجية ...: the office before the name
        else:
            del c.attrs["role"]


def _opens_another_office(before: str, word: str) -> bool:
    """Whether `word`, as written after `before` in a role, opens a second office: a bare office after a definite word
    (`رئيس الدولة رئيس وزراء الهند`)."""
    folded = fold_key(word)
    ends = fold_key(before).startswith("ال") or fold_key(before) in _place_words()  # (ولي عهد أبوظبي رئيس الوزراء البريطاني)
    return ends and not folded.startswith("ال") and folded in _lex_ar().roles


def _meets(tk: Tokens, c: Cand) -> bool:
    """Whether person `c` is the subject of a verb of receiving or meeting right before their titles, office and name."""
    return _hosts(tk, tk.index_at(c.start))


def _hosts(tk: Tokens, start: int) -> bool:
    """Whether the person whose titles or name begin at token `start` is the subject of a verb of receiving or meeting
    right before them (`التقى الرئيس ...`, `واستقبل صاحب السمو الملكي الأمير ...`, `التقى وزير الخارجية أيمن الصفدي`)."""
    lex = _lex_ar()
    k = start - 1
    while k >= 0 and start - k <= 5 and (tk.words[k] in lex.titles or tk.words[k] in _HONORIFICS_AR or tk.words[k] in _TITLE_OPENERS or tk.words[k] in _ROYAL_TITLES or _demonym(tk.words[k])):
        k -= 1  # (استقبل الرئيس الفلسطيني محمود عباس: a nationality after the title)
    before = _role_before_ar(tk, k + 1) if k >= 0 and strip_clitic(tk.words[k], _RECEIVING) is None else None
    if before is not None and (at := tk.text.rfind(before[0], 0, tk.starts[k + 1])) >= 0:
        k = tk.index_at(at) - 1  # التقى وزير الخارجية أيمن الصفدي, استقبل الرئيس الفلسطيني محمود عباس: after the person's office
        while k >= 0 and (tk.words[k] in _HONORIFICS_AR or tk.words[k] in lex.titles):
            k -= 1
    return k >= 0 and strip_clitic(tk.words[k], _RECEIVING) is not None


_WITH = fold_key("مع")


def in_a_meeting(tk: Tokens, i: int) -> bool:
    """Whether the office at token `i` is read in a sentence of receiving or meeting, where it is most often the
    office of whom is met: right after `مع` (`بحث ... مع رئيس الوزراء`, `اجتمع مع وزير الخارجية`) or after a verb of
    receiving or meeting a few words before in the sentence (`استقبل الملك عبدالله الثاني رئيس الوزراء`)."""
    if i > 0 and tk.words[i - 1] == _WITH and tk.sent[i - 1] == tk.sent[i]:
        return True
    return any(strip_clitic(tk.words[k], _RECEIVING) is not None for k in range(max(0, i - 14), i) if tk.sent[k] == tk.sent[i])


def _joins(word: str) -> bool:
    """Whether a word as written begins with the conjunction `و` before a name, a title or a nationality
    (`وكيم`, `واللواء`, `والأمريكي`; not `وزير`, nor a second office of the same person: `ومدير`)."""
    if not word.startswith("و"):
        return False
    roles = _lex_ar().roles
    folded = fold_key(word)
    return folded not in roles and folded not in _all_heads() and folded[1:] not in roles


def _with_roles(tk: Tokens, i: int, j: int, attrs: dict[str, Any], *, lead: int | None = None, clitic: int = 0) -> dict[str, Any]:
    """`attrs` of the person named by tokens i..j-1 with the role written after the name, else the
    one before it; a single role word before the name and a role after it make a title
    (`المستشار أحمد خليل رئيس محكمة الاستئناف`), as does an honorific before a role."""
    start = i if lead is None else lead
    role = _role_after_ar(tk, j, host=start > 0 and _hosts(tk, start))
    before = _role_before_ar(tk, start) if clitic == 0 and i > 0 and "role" not in attrs else None  # (the office read already)
    said = start > 0 and strip_clitic(tk.words[start - 1], _SAYING) is not None  # وأوضح المستشار ...: the speaker's own
    if role and tk.definite(j) and not said and (before or fold_key(attrs.get("title", "")) in _lex_ar().roles):
        if not (before and _after_another_name(tk, before[0], start)):
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


def _after_another_name(tk: Tokens, role: str, lead: int) -> bool:
    """Whether `role`, read before the name at token `lead`, comes right after another person's name, whose role
    it may be, met or received (a verb of receiving or meeting a few words before that name): the name at `lead` is
    then the one met, and a role right after it is its own (`استقبل ... محمد بن زايد آل نهيان رئيس الدولة الدكتورة
    كريستالينا جورجيفا المديرة العامة ...`)."""
    at = tk.text.rfind(role, 0, tk.starts[lead])
    k = tk.index_at(at) - 1 if at >= 0 else -1
    if k < 0 or tk.sent[k] != tk.sent[lead] or not (tk.words[k] in _person_names() or tk.words[k - 1] in _SON_OF):
        return False
    host = k - 1
    while host >= 0 and k - host <= 8 and tk.sent[host] == tk.sent[k] and strip_clitic(tk.words[host], _RECEIVING) is None:
        host -= 1
    return host >= 0 and k - host <= 8 and tk.sent[host] == tk.sent[k] and strip_clitic(tk.words[host], _RECEIVING) is not None


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


_FROM = fold_key("من")
_FROM_CLAUSES = frozenset(fold_key(w) for w in "أجل خلال جهته جهتها جانبه جانبها".split())  # من أجل, من خلال, من جهته


_OWNERS = frozenset(fold_key(w) for w in "صاحب صاحبة".split())


def _owner_of(tk: Tokens, k: int) -> bool:
    """Whether `وصاحب` at token `k` is a second office, the owner of something (`خبير العطور وصاحب أحد المحلات`),
    not the opening of a title (`وصاحب السمو`)."""
    return tk.words[k][1:] in _OWNERS and (k + 1 >= len(tk) or tk.words[k + 1] not in _TITLE_OPENERS)


def _joined_title(w: str) -> bool:
    """Whether `w` is `و` before an honorific or a royal title (`وصاحب`, `وسمو`, `والأمير`, `والشيخ`), which opens
    another person's name, no office."""
    return w[:1] == "و" and (w[1:] in _TITLE_OPENERS or w[1:] in _HONORIFICS_AR or w[1:] in _ROYAL_TITLES)


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
    courtesies, verbs = with_clitics(_COURTESIES), with_clitics(lex.verbs)
    while k >= 0 and lead - k <= 12 and tk.sent[k] == tk.sent[lead]:
        w = tk.words[k]
        if w == ")" and first is None:  # رئيس الهيئة العامة لمكافحة الفساد (نزاهة) المستشار ...
            opening = next((m for m in range(k - 1, max(-1, k - 6), -1) if tk.words[m] == "("), None)
            if opening is not None and opening > 0:
                k = opening - 1
                continue
        over = w == "علي" and k > 0 and tk.words[k - 1] in _OVERSEERS  # المشرف العام على العلاقات العامة
        office = w == "في" and k + 1 < lead and tk.definite(k + 1) and tk.words[k + 1] in _all_heads()  # ... في الهيئة
        office = office or w == "في" and government_of_office(tk, k) == lead  # وزير الخارجية في حكومة تصريف الأعمال
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
        if w in courtesies:
            break  # أمير منطقة نجران التعازي والمواساة لخادم الحرمين الشريفين الملك سلمان: what one offered the next
        if w in names and _named_after_role(tk, k, lead):
            break  # وزير الصحة فهد الجلاجل سفير فرنسا لودوفيك بوي: another person, named after a role
        common = w in lex.stop and w not in ("عام", "العام") and w not in ordinal_words() and not over and not office and not accredited
        if not w[0].isalpha() or common or w in verbs:
            break
        if w in lex.titles and w not in _ROYAL_TITLES and tk.words[k + 1] in names and not (_demonym(tk.words[k + 1]) and k + 2 == lead):
            break  # (but الرئيس اللبناني ميشال عون: a nationality, though a family name too)
        if w in _COUNTERPARTS or w[0] in "وبل" and w[1:] in _COUNTERPARTS:
            first, clitic = k, int(w not in _COUNTERPARTS)  # (اتصل ... بنظيره الصيني)
            break
        if _joined_title(w) or k > 0 and tk.words[k - 1] in _SON_OF:
            break  # ... بن مساعد وصاحب السمو الأمير فيصل, أمير منطقة الرياض والأمير خالد: the title of this person
        if w in lex.roles or _role_and_pronoun(w) and not w.startswith("ال") and not _ta_marbuta(tk, k):  # أمينها العام (not محافظة)
            first, clitic = k, 0
        elif w[0] == "ل" and w[1:] in lex.roles and k + 1 < lead and not _office_of_an_office(tk, k):
            first, clitic = k, 1  # برقية تهنئة لملك البحرين حمد بن عيسى: the office after the preposition
            break
        elif w[0] == "و" and w[1:] in lex.roles:
            first, clitic = k, 1  # نائب رئيس الوزراء ووزير الخارجية
            if k > 0 and tk.words[k - 1] in _person_names():
                break  # فهد العتيبي ومدير المراسم: a name before و ends the role
        k -= 1
    if first is None:
        return None
    if first >= 2 and clitic == 0 and _acting(tk, first - 2):
        first -= 2  # القائم بأعمال رئيس الأكاديمية
    end = lead - 1 if tk.words[lead - 1] in ("،", ",", "-", "–") else lead
    role = tk.text[tk.starts[first] + clitic : tk.ends[end - 1]]
    honorific = first - 1
    if clitic or honorific < 0 or tk.sent[honorific] != tk.sent[lead] or not _no_pronoun(tk, honorific):
        return role, None
    joined = int(tk.words[honorific][:1] == "و")  # ... ومعالي وزير الخارجية الأستاذ عادل الجبير
    if tk.words[honorific][joined:] in _HONORIFICS_AR:
        return role, tk.text[tk.starts[honorific] + joined : tk.ends[honorific]]
    return role, None


_GOVERNMENT = frozenset(fold_key(w) for w in "حكومة الحكومة".split())
_CARETAKING = frozenset(fold_key(w) for w in "تصريف تسيير".split())  # حكومة تصريف الأعمال: a caretaker government


def government_of_office(tk: Tokens, k: int) -> int | None:
    """Where the government an office belongs to ends, when `في حكومة` opens at `k` (`وزير الخارجية في حكومة
    تصريف الأعمال`, `وزير الاقتصاد في الحكومة الليبية المؤقتة`): a bare word and the definite words of its
    construct after `حكومة`, the definite adjectives after `الحكومة`; None otherwise."""
    n = len(tk)
    if tk.words[k] != "في" or k + 2 >= n or tk.words[k + 1] not in _GOVERNMENT or tk.sent[k + 1] != tk.sent[k]:
        return None
    m = k + 2
    if not tk.definite(k + 1) and not tk.definite(m) and tk.words[m] in _CARETAKING:
        m += 1  # حكومة تصريف الأعمال, حكومة تسيير الأعمال
    start = m
    while m < n and m - start < 3 and tk.sent[m] == tk.sent[k] and tk.definite(m) and tk.words[m] not in _lex_ar().stop:
        m += 1
    return m if m > k + 2 else None


_AND_A_NUMBER_OF = frozenset(fold_key(w) for w in "وعدد وجمع ولفيف ونخبة وحشد".split())
_ACTING = frozenset(fold_key(w) for w in "القائم القائمة".split())  # القائم بأعمال: acting (never the goalpost)
_ACTING_FOR = fold_key("بأعمال")


def _foreign_office(tk: Tokens, k: int) -> bool:
    """Whether a new office opens at token `k`, after the definite word or place that ends another: a bare office
    and its definite words, with a nationality among them (`وزير الخارجية الأمريكي`, `رئيس الوزراء البريطاني`), or
    a bare noun in construct with a country (`وزير خارجية الهند`, `رئيس وزراء باكستان`)."""
    office = strip_clitic(tk.words[k], _lex_ar().roles)
    if office is None or office[0] > 0 or tk.definite(k) or not (tk.definite(k - 1) or tk.words[k - 1] in _place_words()):
        return False
    m = k + 1
    if m + 1 < len(tk) and tk.sent[m + 1] == tk.sent[k] and not tk.definite(m) and tk.words[m + 1] in _country_words():
        return True  # وزير خارجية الهند
    while m < len(tk) and m - k <= 4 and tk.sent[m] == tk.sent[k] and tk.definite(m):
        if _demonym(tk.words[m]):
            return True
        m += 1
    return False


@functools.cache
def _place_words() -> frozenset[str]:
    """The folded one-word countries, emirates and cities of the gazetteer, which end an office (`ولي عهد أبوظبي`)."""
    return frozenset(fold_key(e.form) for e in entries() if e.lang == "ar" and e.kind in ("country", "emirate", "city") and " " not in e.form)


def _acting(tk: Tokens, k: int) -> bool:
    """Whether an acting officer's role opens at `k`: `القائم بأعمال` before an office (`القائم بأعمال رئيس
    أكاديمية البحث العلمي`, `القائمة بأعمال السفير`)."""
    lex = _lex_ar()
    if k + 2 >= len(tk) or tk.words[k] not in _ACTING or tk.words[k + 1] != _ACTING_FOR:
        return False
    office = strip_clitic(tk.words[k + 2], lex.roles)
    return office is not None and office[0] == 0 or tk.words[k + 2] in lex.titles


_RULERS = frozenset(fold_key(w) for w in "سلطان ملك أمير حاكم عاهل".split())
_STATES = frozenset(fold_key(w) for w in "البلاد دولة مملكة سلطنة إمارة".split())  # أمير دولة قطر, ملك البلاد


def _offered_to(tk: Tokens, k: int) -> bool:
    """Whether token `k`, after a courtesy (`التعازي`), goes on with another courtesy or whom it is offered to
    (`والمواساة`, `لخادم الحرمين`, `للقيادة`), which a body named after the word (`لجنة التقدير`) is not."""
    if k >= len(tk) or tk.sent[k] != tk.sent[k - 1]:
        return False
    w = tk.words[k]
    return w[0] == "و" and (w[1:] in _COURTESIES or w[1:].startswith("ال")) or w[0] == "ل" and w not in _lex_ar().stop


def ruler_of(tk: Tokens, j: int) -> bool:
    """Whether token `j` is a ruler's office over the country after it (`سلطان عمان`, `أمير دولة قطر`, `ملك البلاد`),
    though `سلطان` is a first name too."""
    if tk.words[j] not in _RULERS or j + 1 >= len(tk) or tk.sent[j + 1] != tk.sent[j]:
        return False
    return tk.words[j + 1] in _STATES or tk.words[j + 1] in _country_words()


def _past_a_royal_name(tk: Tokens, k: int) -> int:
    """Where a body's name that goes on with a royal title at `k` ends: after the title, the name and its `بن X`, and
    the nisba adjectives after them (`الملك فيصل التخصصي`, `الملك عبدالعزيز الثقافي العالمي`)."""
    n = len(tk)
    m = k + 2 if k + 1 < n and tk.sent[k + 1] == tk.sent[k] and tk.words[k + 1].isalpha() else k + 1
    while m + 1 < n and tk.words[m] in _SON_OF and tk.sent[m + 1] == tk.sent[k]:
        m += 2
    while m < n and tk.sent[m] == tk.sent[k] and tk.definite(m) and tk.words[m].endswith(("ي", "يه")) and not _demonym(tk.words[m].removesuffix("ه")):
        m += 1
    return m


def _role_after_ar(tk: Tokens, j: int, *, host: bool = False) -> str | None:
    """The role written after a name that ends before token `j`; a `host` who receives or meets another has none of
    the office of the one met written after his own (`... سلطان عمان وزير الخارجية الأمريكي`: `سلطان عمان`)."""
    lex = _lex_ar()
    n = len(tk)
    if j < n and tk.words[j] in ("،", ",", "-", "–", "—", "("):
        j += 1
    if j >= n or tk.sent[j] != tk.sent[j - 1]:
        return None
    first = strip_clitic(tk.words[j], lex.roles)
    if (first is None or first[0] > 0) and not _acting(tk, j) and not ruler_of(tk, j):
        return None
    did_by = any(tk.words[m] in _DID for m in range(max(0, j - 12), j) if tk.sent[m] == tk.sent[j])  # قام ... بـ
    k = j
    while k < n and k - j < 18 and tk.sent[k] == tk.sent[j]:
        w = tk.words[k]
        if w in PUNCT_BREAK or w in lex.role_stop or strip_clitic(w, lex.verbs) is not None and k > j:
            break
        if k > j and w in _ROYAL_TITLES and (strip_clitic(tk.words[k - 1], _all_heads()) is not None or tk.words[k - 1] == _CITY):
            k = _past_a_royal_name(tk, k)  # مدير جامعة الملك سعود, رئيس مستشفى الملك فيصل التخصصي: a body named after a royal
            break
        if k > j and w == _FROM and k + 1 < n and tk.words[k + 1] in _FROM_CLAUSES:
            break  # رئيس نادي الزمالك من أجل حسم القرار, رئيس النادي من خلال حسابه: what the sentence goes on with
        if k > j and _joined_title(w) and not _owner_of(tk, k):
            break  # أمير منطقة الرياض والأمير خالد بن سلمان, ... وسمو الأمير: another person's title
        if w in lex.titles and k > j and (w not in _WEAK_TITLES or k + 1 < n and tk.words[k + 1] in lex.first):
            break
        if k > j and w in _AND_A_NUMBER_OF and k + 1 < n and tk.words[k + 1] == "من":
            break  # رئيس المركز وعدد من المسؤولين: the others who attended
        if k > j and (w == "في" and k + 1 < n and (tk.words[k + 1] in _NO_OFFICE_AFTER or _pronoun_suffix(tk.words[k + 1]) and not _ta_marbuta(tk, k + 1)) or w[0] == "ب" and w[1:] in _MEETING_PLACES):
            break  # رئيس الدولة في قصر الشاطئ, وكيل وزارة التعليم في أعمال المؤتمر, ... في مكتبها: where they met or what they took part in
        if k > j and tk.definite(k - 1) and not tk.definite(k) and (w in _OBJECT_AFTER_ROLE or w in _ENVOYS or _accusative_noun(w)):
            break  # ولي العهد أعمال الملتقى, رئيس الدولة وفدا, وزير الخارجية سفير كوريا: what the person opened, visited or received
        if k > j + 1 and w in _COURTESIES and _offered_to(tk, k + 1):
            break  # رفع ... أمير منطقة نجران التعازي والمواساة لخادم الحرمين الشريفين: what the person offered
        if host and k > j + 1 and _foreign_office(tk, k):
            break  # استقبل ... سلطان عمان وزير الخارجية الأمريكي: the office of the one received
        if k > j + 1 and tk.words[k - 1] in _country_words() and not tk.definite(k) and w.isalpha() and w not in lex.stop and strip_clitic(w, lex.roles) is None:
            break  # سلطان عمان برقية تهنئة: after the country of an office, a bare word other than an office is the object
        if k > j + 1 and tk.words[k - 1] in _country_words() and _common_noun_with_article(w):
            break  # أمير الكويت الوفد: after the country, a common noun is the object
        if k > j + 1 and w[0] == "ب" and not w.startswith("بن") and strip_clitic(w, _all_heads()) is None and did_by:
            break  # وقام ... محافظ المؤسسة بتكريم المتدربين: what the person did
        k += 1
    while k > j and tk.words[k - 1] in _ROLE_TAIL:
        k -= 1  # مدرب السد في المؤتمر الصحفي: the preposition begins what follows
    return tk.span_text(j, k) if k > j else None
