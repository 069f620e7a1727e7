"""Names the gazetteers know (`gazetteer.py`), in Arabic and English text: places and well-known organizations,
after a clitic where Arabic has one; a form two places share read by what else the document names (`عمان`),
and news agencies by their signature (`/العمانية/`, `(MENA) -`).
"""

from __future__ import annotations

import functools
import re

from govnews.extract.gazetteer import entries, fold_key, names_automaton, word_lists
from govnews.extract.names.mentions import Cand
from govnews.extract.tokens import Tokens, with_clitics


@functools.cache
def _venue_after_en() -> re.Pattern[str]:
    return re.compile(r"(?:\s+[A-Z]\w*){0,3}\s+(?:" + "|".join(sorted(word_lists()["venue_heads_en"])) + r")\b")


# What else a document names when a form shared by two places means this one (`عمان`: Amman in a
# release from Jordan, else Oman)
_HOMOGRAPH_CUES = {
    "city:amman": frozenset({"JO", "petra"}),
    "OM": frozenset({"ona"}),
    "EG-KN": frozenset({"EG", "mena", *(f"EG-{k}" for k in "C GZ ALX AST SHG MN LX ASN BA WAD MT SIN BNS FYM".split())}),
}


# A country's nisba in the sentence of a form two places share, naming the country of the place it means (`نظيره
# الأردني في عمان`, `الجامعة الأردنية بعمان`, `العاصمة الأردنية عمان`: Amman)
_NISBA_CUES = {"JO": frozenset(fold_key(w) for w in "الأردني الأردنية الأردنيين الأردنيون الأردنيتين".split())}


# Bodies of one country whose name other countries' bodies share (`معهد الإدارة العامة`: Bahrain's, Saudi Arabia's,
# Oman's institute), and what else a document names when it is that country's: the body's key only then, or
# when the text writes the body's own acronym (`BIPA`)
_BODIES_OF_ONE_COUNTRY = {
    "bipa": frozenset({"BH", "bna", "city:manama", "city:muharraq", "city:riffa", "city:isa-town", "city:hamad-town",
                       "city:sitra", "city:sakhir", "BH-13", "BH-14", "BH-15", "BH-17"}),
}


# Agencies whose signature is also a common word (`العمانية`: Omani; `بنا`: with us; `واع`: aware): an agency
# only between slashes or brackets, or after a dash before a colon or the end of the dateline's line (`/العمانية/`,
# `مسقط - العمانية:`, `بغداد - واع`)
_SIGNING_AGENCIES = {"العمانية": "ona", "بنا": "bna", "واع": "ina"}
_SIGNED = re.compile("(" + "|".join(_SIGNING_AGENCIES) + r")(?=\s*[/):]|[ \t]*$)", re.M)


# an English dateline's signature: `CAIRO, March 18 (MENA) -`, an agency before any place of the same form
_SIGNED_EN = re.compile(r"\)\s*(?:--|-|–|—|:)")


def _signing_agencies(tk: Tokens) -> list[Cand]:
    out = []
    for m in _SIGNED.finditer(tk.text):
        before = tk.text[max(0, m.start() - 3) : m.start()].rstrip()[-1:]
        if before not in ("/", "(", "-", "–") or before in "/(" and not tk.text[m.end() : m.end() + 2].strip()[:1]:
            continue  # (at the end of a line, only after a dash: `بغداد - واع`)
        key = _SIGNING_AGENCIES[m.group(1)]
        e = next(e for e in entries() if e.key == key and e.lang == "ar")
        out.append(Cand(m.start(1), m.end(1), "ORG", e.value, {"key": key}, key=key, prio=2))
    return out


# an Arabic acronym is written with a bare alef: a hamza on its seat spells another word
_ACRONYM_AR_MAX = 4
_HAMZA_ALEF = re.compile("[أإآ]")


def _gazetteer(tk: Tokens, *, lang: str) -> list[Cand]:
    out = [] if lang == "en" else _signing_agencies(tk)
    found = names_automaton().find(tk.folded, lang=lang)
    places: dict[tuple[int, int], list] = {}
    bodies: set[tuple[int, int]] = set()
    for m in found:
        if m.entry.type == "LOC":
            places.setdefault((m.start, m.end), []).append(m.entry)
        else:
            bodies.add((m.start, m.end))
    shared = {span: options for span, options in places.items() if len({e.key for e in options}) > 1}
    named = {m.entry.key for m in found if (m.start, m.end) not in shared} | {c.key for c in out}  # (`/العمانية/`: ona)
    if shared:
        chosen = {span: _homograph(tk.text[span[0] : span[1]], options, named, _nisbas_around(tk, span[0])) for span, options in shared.items()}
        found = [m for m in found if chosen.get((m.start, m.end), m.entry.key) == m.entry.key or m.entry.type != "LOC"]
    # a place's form a body shares, when the place has cues, is the place where the text names its country (`قنا`
    # beside `أسيوط`: Qena) and the body elsewhere (the Qatar News Agency); other such forms keep both, and the
    # stronger mention wins (`(MENA)`)
    for span in bodies & places.keys():
        cues = [_HOMOGRAPH_CUES[e.key] for e in places[span] if e.key in _HOMOGRAPH_CUES]
        if cues:
            place = any(c & named for c in cues)
            found = [m for m in found if (m.start, m.end) != span or (m.entry.type == "LOC") == place]
    unsure = _bodies_of_an_unnamed_country(found, named)
    for m in found:
        e = m.entry
        if lang == "en" and not (tk.text[m.start].isupper() or tk.text[m.start].isdigit()):
            continue
        if lang == "en" and e.form.isupper() and tk.text[m.start : m.end] != e.form:
            continue  # WHO the organization, not "Who"
        if lang == "ar" and e.type == "ORG" and len(e.form) <= _ACRONYM_AR_MAX and _HAMZA_ALEF.search(tk.text, m.start, m.end) and not _HAMZA_ALEF.search(e.form):
            continue  # وام the agency, not وأم (and led)
        if lang == "en" and e.type == "LOC" and _venue_after_en().match(tk.text, m.end):
            continue  # Emirates Palace, Dubai World Trade Centre: a building's name, not the place
        attrs = {"kind": e.kind, "key": e.key} if e.type == "LOC" else {"key": e.key}
        if e.type == "LOC" and len(e.key) == 2:
            attrs["country"] = e.key
        signed = lang == "en" and e.type == "ORG" and _SIGNED_EN.match(tk.text, m.end) and tk.text[m.start - 1 : m.start] == "("
        if e.key in unsure:
            out.append(Cand(m.start, m.end, e.type, e.value, {}, key=fold_key(e.value), prio=2))
            continue
        out.append(Cand(m.start, m.end, e.type, e.value, attrs, key=e.key, prio=3 if signed else 2))
    return out


def _bodies_of_an_unnamed_country(found: list, named: set[str]) -> set[str]:
    """The keys of the bodies of one country found by a name other countries' bodies share, when the document names
    neither that country nor the body's acronym (`معهد الإدارة العامة` in a release from Riyadh or Muscat)."""
    return {
        m.entry.key
        for m in found
        if m.entry.key in _BODIES_OF_ONE_COUNTRY
        and not _BODIES_OF_ONE_COUNTRY[m.entry.key] & named
        and not any(n.entry.key == m.entry.key and " " not in n.entry.form for n in found)
    }


def _homograph(surface: str, options: list, named: set[str], nisbas: set[str] = frozenset()) -> str:
    """The key of the place a form two places share means here (`options`: their gazetteer entries): the one
    spelled so with its marks (`عمّان`, `عُمان`), else the one whose country or agency the document names, else
    the one whose country's nisba its sentence holds (`nisbas`), else the first."""
    for e in options:
        if e.form == surface and surface.lower() != fold_key(surface):  # marks, not capitals (`MENA`)
            return e.key
    for e in options:
        if _HOMOGRAPH_CUES.get(e.key, frozenset()) & named:
            return e.key
    for e in options:
        if _HOMOGRAPH_CUES.get(e.key, frozenset()) & nisbas:
            return e.key
    return options[0].key


@functools.cache
def _nisba_forms() -> dict[str, str]:
    """Every form, with its clitics, of the nisbas of `_NISBA_CUES`: form -> country key."""
    return {form: key for key, words in _NISBA_CUES.items() for form in with_clitics(words)}


def _nisbas_around(tk: Tokens, start: int) -> set[str]:
    """The countries whose nisba the sentence of the character at `start` holds (`الأردنية`: JO)."""
    if not tk.words:
        return set()
    sent = tk.sent[tk.index_at(start)]
    forms = _nisba_forms()
    return {forms[w] for i, w in enumerate(tk.words) if tk.sent[i] == sent and w in forms}
