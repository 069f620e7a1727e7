"""Arabic places the gazetteer's forms leave out: a country with the word of its state (`جمهورية كينيا`), a place
named after a division of a country (`بولاية بدية`, each of `ولايات تطاوين ومدنين`, a governorate wherever it stands:
`شرطة محافظة ضباء`), the countryside of a city (`في ريف حلب`), a market named by a proper name (`سوق عكاظ`); a city
named as a team, which is a club (`ضيفه أبها`), and a city's form in the name of a pest, none (`سوسة النخيل`).
"""

from __future__ import annotations

import functools

from govnews.extract.gazetteer import entries, fold_key
from govnews.extract.names.lexicon import (
    _CITY, _GOVERNORATE, _Lex, _NAME_WORDS, _common_word, _corpus_codes, _indefinite_nisba, _lex_ar, _person_names,
)
from govnews.extract.names.mentions import Cand
from govnews.extract.tokens import Tokens, strip_clitic, with_clitics


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


# the plants, crops and stores a pest or a disease is named after (`سوسة النخيل`: the palm weevil, `سوسة الحبوب`)
_SPECIES_HOSTS = frozenset(fold_key(w) for w in (
    "النخيل النخل التمور الحبوب القمح الشعير الأرز الذرة الفول البقول القطن الزيتون الحمضيات الطماطم البطاطس "
    "الخضروات الفواكه الأشجار الأخشاب".split()
))


# a syndrome named after a region (`متلازمة الشرق الأوسط التنفسية`, MERS)
_SYNDROME = frozenset(fold_key(w) for w in "متلازمة لمتلازمة بمتلازمة ومتلازمة".split())


def _places_in_species_names(tk: Tokens, cands: list[Cand]) -> list[Cand]:
    """`cands` without the places that name a pest (`_names_a_species`) or a syndrome."""
    return [c for c in cands if not (_names_a_species(tk, c) or _names_a_syndrome(tk, c))]


def _names_a_syndrome(tk: Tokens, c: Cand) -> bool:
    """Whether a place comes right after `متلازمة`, naming a syndrome."""
    i = tk.index_at(c.start)
    return c.type == "LOC" and i > 0 and tk.sent[i - 1] == tk.sent[i] and tk.words[i - 1] in _SYNDROME


def _names_a_species(tk: Tokens, c: Cand) -> bool:
    """Whether a place's first word is the head of a construct the plant or crop after it makes the name of a pest
    (`سوسة النخيل الحمراء`, `بسوسة النخيل`), which no place's name heads."""
    i = tk.index_at(c.start)
    return (c.type == "LOC" and i + 1 < len(tk) and tk.sent[i + 1] == tk.sent[i]
            and tk.words[i + 1] in _SPECIES_HOSTS)


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
        if head == _GOVERNORATE:
            # محافظة إب, شرطة محافظة ضباء, محافظة حفر الباطن: a governorate wherever the word stands, its name whatever
            # word follows but a verb, an adjective or a word of the sentence (رابع محافظة يخسرها الحوثيون)
            j = _governorate_name_end(tk, i + 1, lex, loc_at) if i + 1 not in loc_at else loc_at[i + 1][0]  # (محافظة جدة)
            if j > i + 1:
                start = tk.starts[i] + len(clitic)
                value = tk.text[start : tk.ends[j - 1]]
                out.append(Cand(start, tk.ends[j - 1], "LOC", value, {"kind": kind}, key=fold_key(value), prio=1))
                if j + 1 < n and words[j][:1] == "و" and words[j][1:] in _PLACE_CONSTRUCTS and tk.sent[j + 1] == tk.sent[i] and words[j + 1].isalpha():
                    # محافظة صامطة وأبي عريش: a second governorate, named in construct, joined by و
                    value = tk.text[tk.starts[j] + 1 : tk.ends[j + 1]]
                    out.append(Cand(tk.starts[j] + 1, tk.ends[j + 1], "LOC", value, {"kind": kind}, key=fold_key(value), prio=1))
            continue
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
            if known is None and k == i + 1 and _indefinite_nisba(form):
                break  # في محافظات جنوبية, مدن ساحلية: what kind of places, no names
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




# lands whose names are common nouns too: the Arabian Peninsula (`أبناء الجزيرة`), Nubia, the East, Upper Egypt
_REGIONS_NAMED_BY_NOUNS = frozenset(fold_key(w) for w in "الجزيرة النوبة الشرق الصعيد".split())
# words for the people of a land, before its name (`أبناء الجزيرة`, `أهالي النوبة`)
_PEOPLE_OF = frozenset(fold_key(w) for w in "أبناء أهل أهالي سكان شعوب شعب".split())
_ARABIAN = fold_key("العربية")  # أبناء الجزيرة العربية


def _lands_of_their_people_ar(tk: Tokens, loc_at: dict[int, tuple[int, str]]) -> list[Cand]:
    """A land whose name is a common noun, after the word for its people (`أبناء الجزيرة`, `أهالي الجزيرة العربية`:
    the Arabian Peninsula, `أهالي النوبة`), which alone would be the noun or a television channel."""
    out = []
    people = with_clitics(_PEOPLE_OF)
    for i in [i for i, w in enumerate(tk.words[1:], 1) if w in _REGIONS_NAMED_BY_NOUNS]:
        if i in loc_at or tk.sent[i - 1] != tk.sent[i] or tk.words[i - 1] not in people:
            continue
        j = i + 1 if i + 1 < len(tk) and tk.sent[i + 1] == tk.sent[i] and tk.words[i + 1] == _ARABIAN else i
        value = tk.text[tk.starts[i] : tk.ends[j]]
        out.append(Cand(tk.starts[i], tk.ends[j], "LOC", value, {"kind": "region"}, key=fold_key(value), prio=1))
    return out


def _clitic_forms(word: str) -> dict[str, int]:
    """A place word as written alone or after و, ب, ل and their pairs: form -> the clitic's length."""
    return {p + word: len(p) for p in ("", "و", "ب", "ل", "وب", "ول")}


_COUNTRYSIDE = _clitic_forms("ريف")  # "countryside"
_GENERIC_PLACES = frozenset(fold_key(w) for w in "الوطن الدولة البلاد المملكة المنطقة السلطنة الإمارة الجمهورية العاصمة المدينة".split())
_PLACE_LINKS = frozenset(fold_key(w) for w in "بن بني سيدي أبو سان سانت لاس لوس ساو نيو".split())  # بن عروس, سيدي سليمان, سان موريتز
_MARKET = _clitic_forms(fold_key("سوق"))  # "market"


def _markets_ar(tk: Tokens, loc_at: dict[int, tuple[int, str]]) -> list[Cand]:
    """A market named by a proper name (`سوق عكاظ`, `بسوق عكاظ`): `سوق` and a bare word the corpus codes, the name
    lists and the gazetteer do not know, which the classifier would read as a person (`سوق الأسهم`, `سوق دبي` are none)."""
    out = []
    lex = _lex_ar()
    codes = _corpus_codes()
    for i in [i for i, w in enumerate(tk.words[:-1]) if w in _MARKET]:
        k = i + 1
        w = tk.words[k]
        if tk.sent[k] != tk.sent[i] or k in loc_at or not w.isalpha() or len(w) < 3 or w.startswith("ال") or w.endswith("ه"):
            continue  # (سوق هابطة: a falling market; سوق للاتفاق, سوق يطغى: promoted, a verb)
        if w in codes or w in lex.first or w in lex.stop or w in _person_names() or w in _NAME_WORDS or w[0] in "لبيت" or w.endswith("ي"):
            continue  # (سوق شعبي, سوق ديناميكي: an adjective)
        if w.startswith(("مت", "مست", "من")) and len(w) >= 5:
            continue  # سوق متغير, سوق منتعش: a participle
        start = tk.starts[i] + _MARKET[tk.words[i]]
        value = tk.text[start : tk.ends[k]]
        out.append(Cand(start, tk.ends[k], "LOC", value, {"kind": "site"}, key=fold_key(value), prio=1))
    return out


# the first words of places named in construct (رأس تنورة, وادي الدواسر, أحد رفيدة, ذي قار, حفر الباطن, حضر موت)
_PLACE_CONSTRUCTS = frozenset(fold_key(w) for w in "رأس أحد ذي ذات عين وادي أبو ابو أبي ابي بني بيت دير خميس بئر جبل سيدي أم حفر دومة ظهران حضر سراة".split())
# what follows the word for a governorate and is no name: an adjective or a word of the sentence
_NO_GOVERNORATE_NAMES = frozenset(fold_key(w) for w in "واحدة أخرى جديدة كبيرة صغيرة ساحلية حدودية نائية فقط كاملة بأكملها".split())


def _governorate_name_end(tk: Tokens, k: int, lex: _Lex, loc_at: dict[int, tuple[int, str]]) -> int:
    """The end of a governorate's name from token `k`, after the bare word for it (`محافظة إب`, `محافظة الوجه`,
    `محافظة حفر الباطن`, `محافظة رأس تنورة`), `k` when no name is there: no stop word, title, role, head noun, verb
    (`محافظة يخسرها`), indefinite adjective (`محافظة حدودية`) or number. Common words are names here (إب, الوجه, الخبر);
    an adjective after the name is not part of it (`محافظة شبوة الصحراوية`)."""
    n = len(tk)
    w = tk.words[k]
    if len(w) < 2 or not w.isalpha() or w in lex.stop or w in lex.titles or w in _NO_GOVERNORATE_NAMES:
        return k  # (محافظة العاصمة is one: Bahrain's, Kuwait's, Amman's)
    if strip_clitic(w, lex.roles) is not None or strip_clitic(w, lex.heads) is not None or strip_clitic(w, lex.verbs) is not None:
        return k
    definite = w.startswith("ال")
    if not definite and (w[0] in "يت" and len(w) > 3 and w in _corpus_codes() or w.endswith(("ها", "هم")) or w.endswith("يه") and w in _corpus_codes()):
        return k  # يخسرها, تدرس, ساحلية: the sentence goes on
    if w[0] == "و" and w[1:] in _corpus_codes() or w.startswith(("بال", "لل", "وال")):
        return k
    j = k + 1
    if j < n and tk.sent[j] == tk.sent[k] and not definite and tk.words[j].isalpha():
        nxt = tk.words[j]
        if w in _PLACE_CONSTRUCTS and nxt not in lex.stop:
            j += 1  # رأس تنورة, وادي الدواسر, أبو عريش
        elif j in loc_at and nxt[0] not in "وبلف" and loc_at[j][1] != "country":
            j = loc_at[j][0]  # محايل عسير: a place's name ending in a known one (but محافظة نينوى وسوريا, محافظة ضمد بمنطقة جازان)
        elif nxt.startswith("ال") and not nxt.endswith(("ي", "يه")) and (nxt not in _corpus_codes() or nxt in _DIRECTION_NAMES) and w not in _corpus_codes():
            j += 1  # دومة الجندل, ظهران الجنوب (but محافظة ضباء القبض: the object of ألقت)
    return j


_DIRECTION_NAMES = frozenset(fold_key(w) for w in "الجنوب الشمال الشرق الغرب".split())


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
