"""The names the statistical model finds in Arabic text where the rules found none (`ner/`, or camel-tools'
with `backend="camel"`; one call per document), mended with the rules' words: a clitic or particle taken off,
the titles and roles around a person put on.
"""

from __future__ import annotations

import functools
import re

from govnews.extract.gazetteer import fold_key
from govnews.extract.names.english import english_names
from govnews.extract.names.lexicon import (
    _HONORIFICS_AR, _NAME_CLITICS, _NO_NAME_WORDS, _TITLE_OPENERS, _common_noun_with_article, _corpus_codes, _demonym, _freq, _indefinite_nisba,
    _lex_ar, _no_pronoun, _one_word_orgs, _person_names, _plural_noun, _present_verb,
)
from govnews.extract.names.mentions import Cand, _with_end
from govnews.extract.names.orgs_ar import _counted_head
from govnews.extract.names.persons_ar import _unknown_bare_word, goodness_of
from govnews.extract.names.places_ar import _GENERIC_PLACES, _REGIONS_NAMED_BY_NOUNS, _names_a_species, _names_a_syndrome
from govnews.extract.names.roles_ar import _role_before_ar, _with_roles
from govnews.extract.numbers import currency_words
from govnews.extract.tokens import Tokens, strip_clitic


_BLESSINGS = frozenset(fold_key(w) for w in "رحمه رحمها رحمهم حفظه حفظها حفظهم الحمد".split())  # رحمه الله, الحمد لله after a name


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
    if any(_LATIN_LETTER.search(c.value) for c in extra):
        extra = _latin_names_read_as_english(tk, extra, taken)
    fuller = [c for c in extra for m in later if _first_name_before(tk, c, m)]
    later = [m for m in later if not any(c.start < m.end and m.start < c.end for c in fuller)]
    extra = [c for c in extra if c in fuller or not any(c.start < m.end and m.start < c.end for m in later)]
    extra = [_without_a_particle_after(tk, c) for c in extra]
    if any(tk.text[c.start] in "وبلف" for c in extra):
        bare = set(tk.words)
        extra = [_without_a_clitic_written_apart(tk, c, bare) for c in extra]
        ends = {(c.type, c.end) for c in chosen + extra}
        extra = [_without_a_joining_waw(tk, c, ends) for c in extra]
    extra = [c for c in extra if not _qualifies_the_word_before(tk, c) and not _no_name_ar(tk, c)]
    for c in extra:
        if c.type == "LOC" and _named_after_an_office(tk, c):
            c.type, c.attrs = "PERSON", {"source": c.attrs.get("source", "model")}  # السفير الألماني في عمان برتهولد ليشتنبرغ
    person_ends = {c.end for c in chosen + extra if c.type == "PERSON"}
    extra = [c for c in extra if c.type != "PERSON" or _model_person_ar(tk, c, person_ends)]
    extra = [c for c in extra if c.type != "ORG" or not _counted_head(tk, tk.index_at(c.start))]
    return sorted(chosen + later + extra, key=lambda c: c.start)


_LATIN_LETTER = re.compile("[A-Za-z]")
# a run of Latin-script words, with what joins them (`Self-Assessment`, `AT&T`, `Procter & Gamble`, `U.S.`)
_LATIN_RUN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9&.'’\-]|[^\S\n](?=[A-Za-z0-9&]))*")


def _latin_names_read_as_english(tk: Tokens, extra: list[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """The model's names in Latin script in an Arabic text, as the English rules read the Latin words around
    them: `(WHO)`, `Saudi Aramco` stay names; a term's English gloss (`(Ischemic Stroke)`), a writer's handle or
    a line of code are none."""
    out = []
    for c in extra:
        if not _LATIN_LETTER.search(c.value):
            out.append(c)
            continue
        for run in _LATIN_RUN.finditer(tk.text, max(0, c.start - 200), min(len(tk.text), c.end + 200)):
            if run.start() < c.end and c.start < run.end():
                for e in english_names(run.group()):
                    start, end = run.start() + e.start, run.start() + e.end
                    if start < c.end and c.start < end and not any(start < t1 and t0 < end for t0, t1 in taken):
                        out.append(Cand(start, end, e.type, e.value, dict(e.attrs), key=e.key, prio=e.prio))
    return out


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


def _without_a_joining_waw(tk: Tokens, c: Cand, ends: set[tuple[str, int]]) -> Cand:
    """A model's place or body without the `و` that joins it to the name before it, no letter of its own: before the
    article or a hamza (`والكاريبي`, `وأوروبا`), before a `و` (`وويلز`), or after a name of its kind in a list
    (`مالي وتوغو`); `وارسو`, `ويلز`, `والت ديزني` stay whole. `ends`: the (type, end) of the other names."""
    i = tk.index_at(c.start)
    w = tk.words[i]
    if c.type not in ("LOC", "ORG") or tk.starts[i] != c.start or w[0] != "و" or len(w) < 4:
        return c
    rest = w[1:]
    if tk.text[c.start + 1] == "ا" and not rest.startswith("ال"):
        return c  # (وارسو, وادي)
    joined = rest.startswith("ال") and len(rest) >= 5 or rest[0] == "و" or tk.text[c.start + 1] in "أإآ"
    if not (joined or i > 0 and tk.sent[i - 1] == tk.sent[i] and (c.type, tk.ends[i - 1]) in ends):
        return c
    c.start += 1
    c.value = tk.text[c.start : c.end]
    c.key = fold_key(c.value)
    return c


_PARTICLES = frozenset(fold_key(w) for w in "أن إن أنه إنه أنها إنها هو هي هم أو قد لم لن".split())


_BLESSED = _BLESSINGS | {fold_key("رضي")}  # رضي الله عنه, رحمه الله: after a name


def _without_a_particle_after(tk: Tokens, c: Cand) -> Cand:
    """A model's name without the particles and verbs it ran into (`الأحمد أن`, `أحمد هو`, `المر أو`, `موتكو حذر`),
    nor the blessing after it (`الحسين رضي الله عنه`, `رجب خميس رحمه الله`)."""
    i, j = tk.index_at(c.start), tk.index_at(c.end - 1) + 1
    k = next((m for m in range(i + 1, j) if tk.words[m] in _BLESSED and m + 1 < len(tk) and tk.words[m + 1] == "الله"), j)
    while k - 1 > i and (tk.words[k - 1] in _PARTICLES or tk.words[k - 1] in _NO_NAME_WORDS):
        k -= 1
    return c if k == j else _with_end(tk, c, tk.ends[k - 1])


# technical words written in Arabic letters that the model reads as names (`ميني واي فاي`, `واي ماكس`)
_SEMI = fold_key("شبه")
# plurals for people that open no name (`ضيوف الرحمن`: the pilgrims, `مالكي القاعات`: the owners of the halls)
_PEOPLE_PLURALS = frozenset(fold_key(w) for w in "ضيوف زوار قاصدي مالكي مستخدمي مرتادي منسوبي".split())
_TECH_LOANWORDS = frozenset(fold_key(w) for w in (
    "واي فاي ماكس ميني بلوتوث انترنت إنترنت راوتر مودم فايبر جيجا ميجا بايت سمارت برو بلس لايت ديجيتال أونلاين "
    "الواي الميني الراوتر الإنترنت").split())


def _no_name_ar(tk: Tokens, c: Cand) -> bool:
    """Whether a model's name is technical words in Arabic letters (`ميني واي فاي`), a currency (`مليون ريال`), a
    blessing after a name (`رحمه الله`), a place that names a pest (`سوسة النخيل`) or a syndrome, or a place that a
    word without the article goes on after a definite one (`حالة البحر متوسط الموج`: a sentence, no name)."""
    i, j = tk.index_at(c.start), tk.index_at(c.end - 1) + 1
    words = tk.words[i:j]
    if j - i == 1 and words[0] in currency_words() or words[0] in _BLESSINGS or _names_a_species(tk, c) or _names_a_syndrome(tk, c):
        return True
    if all(w in _TECH_LOANWORDS for w in words):
        return True  # جهاز ميني واي فاي: a device, no name
    if words == [_SEMI]:
        return True  # منطقة شبه صحراوية: "semi-", no place (but شبه الجزيرة العربية, whole)
    if j - i == 1 and c.type in ("PERSON", "LOC") and tk.starts[i] == c.start and _common_noun_with_article(words[0]):
        if not (c.type == "LOC" and (words[0] in _GENERIC_PLACES or words[0] in _REGIONS_NAMED_BY_NOUNS or _named_by_a_kind_of_place(tk, i))):
            return True  # تشوهات الجنين, الصور: a common noun the corpus knows with and without the article (but بحي الجزيرة)
    if c.type == "PERSON" and strip_clitic(words[0], _PEOPLE_PLURALS) is not None:
        return True  # ضيوف الرحمن, مالكي القاعات: people no name opens with
    if c.type == "PERSON" and j - i == 1 and words[0] in _hijri_months() and not _titled(tk, i) and not _named_around(tk, i):
        return True  # يشهد رمضان إقبالا: the month (but اللاعب رمضان, رمضان قاديروف, سيد رجب)
    if c.type == "PERSON" and j - i >= 2 and _our_word(words[0]):
        return True  # «كلنا سلمان»: a slogan or title that opens with "all of us", no person
    return c.type == "LOC" and any(tk.definite(k) and not tk.definite(k + 1) and tk.words[k + 1] not in _lex_ar().name_links for k in range(i, j - 1))


# kinds of places whose names are common nouns after them (`بحي الجزيرة`, `منطقة التحرير`, `مدينة الباب`)
_KINDS_OF_PLACE = frozenset(fold_key(w) for w in "حي منطقة مدينة قرية بلدة ميدان شارع جبل جبال جزيرة ساحة مخيم ضاحية".split())


def _named_by_a_kind_of_place(tk: Tokens, i: int) -> bool:
    """Whether the word at `i` follows a kind of place it names, after a clitic or none (`بحي الجزيرة`, `منطقة التحرير`)."""
    return i > 0 and tk.sent[i - 1] == tk.sent[i] and strip_clitic(tk.words[i - 1], _KINDS_OF_PLACE) is not None


def _our_word(w: str) -> bool:
    """Whether `w` is a word the corpus codes know well, with `نا` (us, our) after it (`كلنا`, `معنا`, `بلادنا`), which
    no name opens with (`مينا` is one)."""
    if not w.endswith("نا") or len(w) < 4 or w in _person_names() or w in _lex_ar().first:
        return False
    code = _corpus_codes().get(w[:-2])
    return code is not None and _freq(code) >= 9 and w[:-2] not in _person_names()


def _qualifies_the_word_before(tk: Tokens, c: Cand) -> bool:
    """Whether a model's name is what a word before it says of that word, no name: a nationality
    alone (`الرئيس الجزائري`, `الرقة السورية`); an indefinite adjective after an indefinite noun (`مدينة
    حدودية`, `منطقة جبلية`, `مناطق نائية`); as a person, an adjective after a definite noun that is
    no title (`عيد الفطر المبارك`, `العيد السعيد`, `العمل الخيري`; but `الرئيس الأسد`, `والإمام
    الصادق`, `آية الله الخميني`), or a month's epithet, with the month or without (`رمضان المبارك`)."""
    lex = _lex_ar()
    i, j = tk.index_at(c.start), tk.index_at(c.end - 1) + 1
    w = tk.words[i]
    if j - i == 1 and tk.starts[i] == c.start and _demonym(w.removesuffix("ه")):
        return True
    if j - i == 1 and _adjective_of_an_indefinite_noun(tk, i):
        return True
    if c.type == "LOC" and j - i == 1 and _feminine_name_as_an_adjective(tk, i):
        return True
    if c.type == "ORG" and j - i == 1 and _adjective_of_the_noun_before(tk, i):
        return True
    if c.type == "ORG" and tk.starts[i] == c.start and _organizing(tk, i):
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
    return (strip_clitic(prev, lex.titles) is None or prev in _TITLES_OF_ADJECTIVES) and strip_clitic(prev, lex.roles) is None


_TITLES_OF_ADJECTIVES = frozenset([fold_key("الخليفة")])  # a title a definite adjective follows (`الخليفة الراشد`)


def _adjective_of_an_indefinite_noun(tk: Tokens, i: int) -> bool:
    """Whether the one word `i` of a model's name is an indefinite adjective of the indefinite noun right before it
    (`في مدينة حدودية`, `قرى حدودية`, `منطقة جبلية`), no place's name."""
    if i == 0 or tk.sent[i - 1] != tk.sent[i] or tk.definite(i) or tk.definite(i - 1) or not _indefinite_nisba(tk.words[i]):
        return False
    prev = tk.words[i - 1]
    return prev[0].isalpha() and prev not in _lex_ar().stop and prev not in _person_names() and prev not in _lex_ar().first


def _titled(tk: Tokens, i: int) -> bool:
    """Whether the word before `i` in its sentence is a title or an office (`اللاعب رمضان`)."""
    if i == 0 or tk.sent[i - 1] != tk.sent[i]:
        return False
    prev = tk.words[i - 1]
    return strip_clitic(prev, _lex_ar().titles) is not None or strip_clitic(prev, _lex_ar().roles) is not None


def _named_around(tk: Tokens, i: int) -> bool:
    """Whether the word at `i` comes after a personal name or before a word the corpus does not know, a foreign
    family name (`سيد رجب`, `رمضان قاديروف`): a name's part, no month."""
    before = i > 0 and tk.sent[i - 1] == tk.sent[i] and (tk.words[i - 1] in _person_names() or tk.words[i - 1] in _lex_ar().first)
    return before or i + 1 < len(tk) and tk.sent[i + 1] == tk.sent[i] and _unknown_bare_word(tk, i + 1)


def _feminine_name_as_an_adjective(tk: Tokens, i: int) -> bool:
    """Whether the one word `i` of a model's place is a woman's name in `ة` that is an adjective of the indefinite
    noun right before it (`قطعة فريدة`, `تجربة فريدة`: unique), no place."""
    w = tk.words[i]
    if i == 0 or tk.sent[i - 1] != tk.sent[i] or tk.definite(i) or tk.definite(i - 1) or not w.endswith("ه") or w not in _person_names():
        return False
    prev = tk.words[i - 1]
    return prev.isalpha() and prev.endswith("ه") and prev not in _lex_ar().stop and prev not in _person_names() and strip_clitic(prev, _KINDS_OF_PLACE) is None


_ORGANIZING = frozenset(fold_key(w) for w in "المنظمة المنظم".split())
_ORGANIZING_BODIES = frozenset(fold_key(w) for w in "اللجنة اللجان الجهة الجهات الهيئة الشركة".split())


def _organizing(tk: Tokens, i: int) -> bool:
    """Whether the word `i` opening a model's organization is `المنظمة` the adjective, organizing, not the
    organization: before what it organizes in `ل` (`المنظمة للمنتدى الوطني`), or after a committee or a body
    (`الجهة المنظمة`, `اللجنة المنظمة`)."""
    if tk.words[i] not in _ORGANIZING:
        return False
    after = i + 1 < len(tk) and tk.sent[i + 1] == tk.sent[i] and tk.words[i + 1][0] == "ل"
    return after or i > 0 and tk.sent[i - 1] == tk.sent[i] and tk.words[i - 1] in _ORGANIZING_BODIES


# definite words a club's name stands in apposition to (`غريمه التقليدي الأهلي`, `الفريق الأهلي`): no noun it qualifies
_RIVALS = frozenset(fold_key(w) for w in (
    "التقليدي الغريم الغريمين المنافس الضيف المضيف البطل الوصيف المتصدر الفريق النادي العميد الزعيم الكبير الكبيرين القطبين "
    "المباراة اللقاء الديربي الكلاسيكو").split())


def _adjective_of_the_noun_before(tk: Tokens, i: int) -> bool:
    """Whether the one definite word `i` the model reads as an organization is a nisba adjective of the definite
    noun right before it (`القطاع الأهلي`: the private sector, `التعليم العالي`, `المنتخب السعودي الأولمبي`), not a
    club named after it (`فاز الأهلي`, `نادي الأهلي`, `غريمه التقليدي النصر`)."""
    w = tk.words[i]
    if i == 0 or tk.sent[i - 1] != tk.sent[i] or not w.startswith("ال") or not tk.definite(i - 1) or not w.endswith(("ي", "يه")):
        return False  # (الهلال والنصر والأهلي: a club of a list)
    prev = tk.words[i - 1]
    if i + 1 < len(tk) and tk.sent[i + 1] == tk.sent[i] and tk.words[i + 1][0] == "و" and tk.words[i + 1][1:] in _one_word_orgs():
        return False  # قطبا الكرة المصرية الأهلى والزمالك: a club before another the gazetteer knows
    return prev[0].isalpha() and strip_clitic(prev, _RIVALS) is None and prev not in _lex_ar().titles and strip_clitic(prev, _lex_ar().roles) is None


@functools.cache
def _hijri_months() -> frozenset[str]:
    from govnews.extract.wordlists import table

    return frozenset(m for m in table("months")["hijri_ar"] if " " not in m)


def _model_person_ar(tk: Tokens, c: Cand, person_ends: set[int] = frozenset()) -> bool:
    """Mend a model's PERSON with the rules' words: without a joining `و` the name lacks (`وفريدريك كلو`)
    or a nationality before a first name (`الجزائري ياسين براهيمي`); with the title before it (`معالي
    السيد وانغ يي`) and the roles around it (`وزير الخارجية الأمريكي أنتوني بلينكن`). False when it is
    none: `الحكم القاضي بحبس` (the ruling that orders)."""
    lex = _lex_ar()
    words = tk.words
    i, j = tk.index_at(c.start), tk.index_at(c.end - 1) + 1
    if i > 0 and words[i - 1] in _RULING and words[i][0] == "ب" and not words[i].startswith("بن") and words[i] not in lex.first:
        return False
    if goodness_of(tk, i):
        return False  # حسن الأداء, وحسن الاستقبال: the goodness of, no Hasan
    if j - i == 2 and _plural_noun(tk, i + 1):
        j -= 1  # رضا المتعاملين: the plural is no family name
        c.end, c.value = tk.ends[i], tk.text[c.start : tk.ends[i]]
        c.key = fold_key(c.value)
    if j - i == 1 and words[i] in _NOUN_NAMES and j < len(tk) and tk.sent[j] == tk.sent[i] and _plural_noun(tk, j):
        return False  # نسبة رضا المتعاملين: a noun of the plural after it (customers' satisfaction), no name
    names = _person_names()
    w = words[i]
    clitic = 0
    if tk.starts[i] == c.start and w[0] == "و" and w not in names and w not in lex.first and (w[1:] in names or _joined_to_a_person(tk, i, person_ends)):
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


def _joined_to_a_person(tk: Tokens, i: int, person_ends: set[int]) -> bool:
    """Whether word `i`, in `و`, joins a name to the person named right before it (`ضاري العنزي وفراس البريكان`,
    `فهد الخليوي وعبدالحفيظ الشمري`): the `و` is the conjunction, no letter of the name (but `ويليام`, a name in `وي`)."""
    w = tk.words[i]
    return i > 0 and tk.ends[i - 1] in person_ends and tk.sent[i - 1] == tk.sent[i] and len(w) >= 4 and w[1] != "ي"


_NOUN_NAMES = frozenset(fold_key(w) for w in "رضا أمل رجاء وفاء إيمان سعادة".split())  # names that are nouns too


def _named_after_an_office(tk: Tokens, c: Cand) -> bool:
    """Whether a model's place of two words or more stands where a person's name does, right after an office
    held in a country (`السفير الألماني في عمان برتهولد ليشتنبرغ`): a name the model took for a place."""
    i = tk.index_at(c.start)
    if tk.starts[i] != c.start or len(c.value.split()) < 2:
        return False
    role = _role_before_ar(tk, i)
    return role is not None and " في " in f" {role[0]} "


_RULING = frozenset(fold_key(w) for w in "القاضي القاضية".split())  # الحكم القاضي بحبس ...: which orders


def _first_name_before(tk: Tokens, c: Cand, mention: Cand) -> bool:
    """Whether a model's PERSON `c` is a surname `mention`, standing alone, after known personal names."""
    if c.type != "PERSON" or c.end != mention.end or c.start >= mention.start or tk.starts[tk.index_at(mention.start)] != mention.start:
        return False
    before = tk.words[tk.index_at(c.start) : tk.index_at(mention.start)]
    return all(w in _person_names() and w not in _lex_ar().titles for w in before)
