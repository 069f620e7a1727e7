"""Names the gazetteers know (`gazetteer.py`), in Arabic and English text: places and well-known organizations,
after a clitic where Arabic has one; a form two places share read by what else the document names (`عمان`),
and news agencies by their signature (`/العمانية/`, `(MENA) -`).
"""

from __future__ import annotations

import functools
import re

from govnews.extract.gazetteer import entries, fold_key, names_automaton, word_lists
from govnews.extract.names.mentions import Cand
from govnews.extract.tokens import Tokens


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
    options_at: dict[tuple[int, int], list] = {}
    for m in found:
        options_at.setdefault((m.start, m.end), []).append(m.entry)
    shared = {  # a form of two places, or of a place and a body (`قنا`: Qena, the Qatar News Agency)
        span: options for span, options in options_at.items()
        if len({e.key for e in options}) > 1 and any(e.type == "LOC" for e in options)
    }
    if shared:
        named = {m.entry.key for m in found if (m.start, m.end) not in shared}
        chosen = {span: _homograph(tk.text[span[0] : span[1]], options, named) for span, options in shared.items()}
        found = [m for m in found if chosen.get((m.start, m.end), m.entry.key) == m.entry.key]
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
    """The key of the place a form two places (or a place and a body) share means here (`options`: their
    gazetteer entries): the one spelled so with its marks (`عمّان`, `عُمان`), else the one whose country or
    agency the document names (`قنا` beside `أسيوط`: Qena), else the body, else the first."""
    for e in options:
        if e.form == surface and surface != fold_key(surface):
            return e.key
    for e in options:
        if _HOMOGRAPH_CUES.get(e.key, frozenset()) & named:
            return e.key
    return next((e.key for e in options if e.type == "ORG"), options[0].key)  # a body's signature, by default
