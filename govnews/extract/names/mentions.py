"""Candidates and how they become entities: `Cand`, overlaps, aliases, later mentions and entity ids.

Overlapping candidates resolve to the longest (`resolve`). An acronym in quotes or brackets right after an
organization is an alias (`معهد الإدارة العامة “بيبا”`, `(BIPA)`). Later mentions of a person by surname (`السباع`,
`Mr. Al-Sabba’a`) and of an organization by its acronym get the same `entity_id` (see `link_mentions`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from govnews.extract.gazetteer import entries, fold_key
from govnews.extract.names.lexicon import (
    _NAME_CLITICS, _common_word, _corpus_codes, _demonym, _lex_ar, _noun_in_ta_marbuta, _person_names,
)
from govnews.extract.tokens import Tokens, strip_clitic
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
    expands = _expansions(cands)
    entities = 0  # how many ids were given
    out = []
    for c in cands:
        key = c.key or fold_key(c.value)
        key = expands.get((c.type, key)) or expands.get((c.type, _without_head(key))) or key
        eid = ids.get((c.type, key))
        if eid is None and c.type == "PERSON":
            eid = _person_id(key, persons)
        if eid is None:
            entities += 1
            eid = f"e{entities}"
        ids[(c.type, key)] = eid
        for alias in c.attrs.get("aliases", ()):
            ids.setdefault((c.type, fold_key(alias)), eid)
        if c.type == "PERSON" and len(key.split()) > 1:
            persons.append((key.split(), eid))
        out.append(Entity(c.type, text[c.start : c.end], c.start, c.end, c.value, None, None, c.attrs, eid))
    return _orgs_by_their_first_words(out)


def _expansions(cands: list[Cand]) -> dict[tuple[str, str], str]:
    """The key of each body an acronym in the text stands for, by the acronym's folded form, so that its
    mentions before the body's name are that body too (`بغداد - واع` ... `وكالة الأنباء العراقية (واع)`)."""
    out: dict[tuple[str, str], str] = {}
    for c in cands:
        for alias in c.attrs.get("aliases", ()):
            out.setdefault((c.type, fold_key(alias)), c.key or fold_key(c.value))
    return out


def _without_head(key: str) -> str:
    """A body's folded name without its first word, the head noun before an acronym (`منظمة الفاو`: الفاو)."""
    words = key.split()
    return words[1] if len(words) == 2 else ""


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


def _with_end(tk: Tokens, c: Cand, end: int) -> Cand:
    """`c` ending at `end`, its value keeping the article it was given (`للمجلس` -> `المجلس`)."""
    restored = c.value[: len(c.value) - (c.end - c.start)]
    c.end = end
    c.value = restored + tk.text[c.start : end]
    c.key = fold_key(c.value)
    return c


_QUALIFIERS_AR = frozenset(fold_key(w) for w in "بنين بنات رجال سيدات".split())  # نادي رواد المستقبل (بنات)
# (or between slashes, as QNA writes them: `اتحاد غرف التجارة والصناعة الهندية /فيكي/`)
_ALIAS_AR = re.compile(r"\s*(?:(/)\s*(?=[\u0621-\u064a]+(?: [\u0621-\u064a]+)?\s*/)|[“\"«(]\s*)(?P<alias>[^\s“”\"«»()/]{2,15}(?: [^\s“”\"«»()/]{1,15})?)\s*(?(1)/|[”\"»)])")
_ALIAS_EN = re.compile(r"\s*[“\"«(]\s*(?P<alias>(?:[A-Z][A-Za-z&.\-]{1,11}|[a-z][A-Z][A-Za-z&.\-]{1,10})(?:\s[A-Z][a-z]+)?)\s*[”\"»)]")


# an English name in brackets after an Arabic one: `منظمة الصحة العالمية (World Health Organization)`
_GLOSS_LATIN = re.compile(r"[^\S\n]*\([^\S\n]*(?P<alias>[A-Za-z][A-Za-z0-9&.,'’\-]*(?:[^\S\n]+[A-Za-z0-9&][A-Za-z0-9&.,'’\-]*){0,11})[^\S\n]*\)")


def _english_name_of(gloss: str) -> bool:
    """Whether the English rules read the whole of a Latin gloss as the name of an organization."""
    from govnews.extract.names.english import english_names  # (english.py builds on this module)

    found = english_names(gloss)
    return len(found) == 1 and found[0].type == "ORG" and found[0].start == 0 and found[0].end == len(gloss)


def _add_aliases(text: str, chosen: list[Cand], *, lang: str) -> None:
    """Give an organization the acronym in quotes, brackets or slashes right after it (`“بيبا”`, `(BIPA)`, `/فيكي/`)."""
    pattern = _ALIAS_AR if lang == "ar" else _ALIAS_EN
    for k, c in enumerate(chosen):
        if c.type != "ORG" or _quoted(text, c):
            continue  # (عالم "تويتر" قال "...": the quote after it closes its own)
        m = pattern.match(text, c.end)
        if lang == "ar" and (gloss := _GLOSS_LATIN.match(text, c.end)) and not gloss.group("alias").isupper():
            m = gloss if _english_name_of(gloss.group("alias")) else None  # (an acronym, `(WHO)`, as in English)
        if m and (len(m.group("alias")) < len(c.value) or m.re is _GLOSS_LATIN) and m.group("alias")[0].isalpha() and fold_key(m.group("alias")) not in _QUALIFIERS_AR:
            nxt = chosen[k + 1] if k + 1 < len(chosen) else None
            inside = nxt is not None and nxt.start >= m.start("alias") and nxt.end <= m.end("alias")
            if inside and nxt.type == "LOC" and "key" in nxt.attrs:
                continue  # شاختار دونيتسك (أوكرانيا): where it is from, a known place, no acronym
            alias = m.group("alias")
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
# what a newspaper or a channel in quotes follows: `لـ«الشرق الأوسط»`, `صحيفة «الرياض»`, `في حوار مع «الشرق الأوسط»`
_PRESS_BEFORE_AR = re.compile(
    r"(?<!\w)(?:لـ|بـ|ل|صحيفة|جريدة|مجلة|قناة|(?:حوار|حديث|حديثه|حديثها|لقاء|مقابلة|اتصال)\s+(?:هاتفي\s+)?مع)\s*[\"“«({]\s*$"
)


# a region in quotes of its own is the London daily named after it, whatever comes before (`حصلت «الشرق الأوسط»
# على نسخة`, `لندن - «الشرق الأوسط»`)
_PAPER_NAMED_AS_A_REGION = fold_key("الشرق الأوسط")


def _papers_named_after_places(text: str, chosen: list[Cand]) -> None:
    """Make organizations, in place, of the places in quotes that a word of the press or `لـ` comes before:
    newspapers and channels named after a place (`قال لـ«الشرق الأوسط»`, `صحيفة «الرياض»`)."""
    for c in chosen:
        if c.type == "LOC" and _quoted(text, c) and (
            fold_key(c.value) == _PAPER_NAMED_AS_A_REGION or _PRESS_BEFORE_AR.search(text, max(0, c.start - 24), c.start)
        ):
            c.type, c.attrs, c.key = "ORG", {}, fold_key(c.value)


_TOWN_WORDS = frozenset(fold_key(w) for w in "مدينة بلدة قرية منطقة محافظة ريف".split())
_SURNAME_LEADS_EN = ("al", "el", "abu", "bin", "bu")  # the word a later mention begins with (Abu Hantash)
_LOWER_ARTICLE_EN = re.compile(r"(?:al|el)-[A-Z]")  # al-Sudani: a surname with its article in lower case


def _noun_governing_the_next(tk: Tokens, i: int, k: int) -> bool:
    """Whether the word at `i`, folded `k` without its clitic, is a common noun that governs the definite word
    after it (`معالجة المرضى`): a bare word the corpus codes know that no list holds as a personal name, before a
    definite word of its sentence that is no nisba."""
    if tk.definite(i) or k in _lex_ar().first or k in _person_names() or k not in _corpus_codes():
        return False
    return i + 1 < len(tk) and tk.sent[i + 1] == tk.sent[i] and tk.definite(i + 1) and not tk.words[i + 1].endswith("ي")


def _later_mentions(tk: Tokens, chosen: list[Cand], *, lang: str) -> list[Cand]:
    """Mentions of a known person by one name, of an organization by its alias, and of a one-word
    place the gazetteer lacks by its name again (`Belém` of `the Brazilian city of Belém`)."""
    targets: dict[str, tuple[str, str]] = {}
    for c in chosen:
        if c.type == "PERSON":
            parts = c.value.split()
            if len(parts) > 1 and len(parts[-1]) > 2 and fold_key(parts[-1]) not in _lex_ar().stop and fold_key(parts[-1]) not in _lex_ar().titles and not _noun_in_ta_marbuta(parts[-1]):
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
        if lang == "ar" and type_ == "PERSON" and _noun_governing_the_next(tk, i, k):
            continue  # في معالجة المرضى: a noun in construct, not the surname of `... معالجة`
        out.append(Cand(start, end, type_, tk.text[start:end], {}, key=fold_key(name)))
    return out
