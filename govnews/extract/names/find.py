"""Find the names of a text: the steps of `find_names`, in their order.

Arabic candidates come from every rule in turn (`_candidates_ar`: the gazetteers, places, venues, head nouns,
titles, first names, roles and reporting verbs), English ones from `english.py`. Overlapping candidates then
resolve to the longest, organizations take their aliases, later mentions are added, Arabic text runs through the
classifier for names the rules miss, the roles of persons are settled, and mentions get their entity ids.
"""

from __future__ import annotations

import functools
from typing import Literal

from govnews.extract.gazetteer import fold_key
from govnews.extract.names.classifier import _add_model_names
from govnews.extract.names.english import candidates_en
from govnews.extract.names.lexicon import _GOVERNORATE, _lex_ar, _two_word_heads, _two_word_heads_pairs
from govnews.extract.names.lookup import _gazetteer
from govnews.extract.names.mentions import (
    Cand, _add_aliases, _later_mentions, _papers_named_after_places, link_mentions, resolve,
)
from govnews.extract.names.orgs_ar import (
    _after_a_count, _fit_to_known_orgs, _named_venue_forms, _org_chain_ar, _organizers_named_as_events_ar,
    _venue_named_after_ar,
)
from govnews.extract.names.persons_ar import (
    _ali_is_a_name, _person_after_counterpart_ar, _person_after_role_ar, _person_after_title_ar, _person_before_role_ar, _person_from_first_name_ar,
    _with_first_names,
)
from govnews.extract.names.places_ar import (
    _clubs_named_after_places, _countryside_ar, _divisions_ar, _lands_of_their_people_ar, _markets_ar, _places_in_species_names, _state_forms_ar,
)
from govnews.extract.names.roles_ar import (
    _COUNTERPARTS, _REPRESENTATIVES, _roles_before_start_after_the_person_before, _roles_before_the_next_person, _roles_end_at_the_met_person, _roles_end_at_the_next_person,
)
from govnews.extract.tokens import Tokens, tokenize, with_clitics
from govnews.records import Entity


_LED_BY = frozenset(fold_key(w) for w in "بقيادة وبقيادة".split())


def find_names(
    text: str,
    *,
    lang: Literal["ar", "en"],
    tokens: Tokens | None = None,
    backend: Literal["rules", "camel"] | None = "rules",
    model_names: list[Cand] | None = None,
) -> list[Entity]:
    """Find the PERSON, ORG and LOC mentions of a text, non-overlapping, sorted, with entity ids.

    `model_names`: the statistical model's candidates in an Arabic text when they were found already
    (`ner.candidates_many`).

    >>> [(e.type, e.text) for e in find_names("قدم معهد الإدارة العامة دورة في مملكة البحرين", lang="ar")]
    [('ORG', 'معهد الإدارة العامة'), ('LOC', 'مملكة البحرين')]
    """
    tk = tokens if tokens is not None else tokenize(text)
    if lang == "ar":
        cands = _candidates_ar(tk)
    else:
        cands = candidates_en(tk, _gazetteer(tk, lang="en"))
    chosen = resolve(cands)
    if lang == "ar":
        _papers_named_after_places(text, chosen)
    _add_aliases(text, chosen, lang=lang)
    later = _later_mentions(tk, chosen, lang=lang)
    if lang == "ar" and backend is not None:
        chosen = _add_model_names(tk, chosen, later, backend, model_names)
    else:
        chosen = sorted(chosen + later, key=lambda c: c.start)
    if lang == "ar":
        _with_first_names(tk, chosen)
        _roles_before_the_next_person(tk, chosen)
        _roles_end_at_the_next_person(text, chosen)
        _roles_end_at_the_met_person(tk, chosen)
        _roles_before_start_after_the_person_before(text, chosen)
    return link_mentions(text, chosen)


def _candidates_ar(tk: Tokens) -> list[Cand]:
    lex = _lex_ar()
    cands = _places_in_species_names(tk, _gazetteer(tk, lang="ar"))
    _state_forms_ar(tk, cands)
    _clubs_named_after_places(tk, cands)
    loc_at: dict[int, tuple[int, str]] = {}
    for c in cands:
        if c.type == "LOC":
            i = tk.index_at(c.start)
            j = tk.index_at(c.end - 1) + 1
            if j > loc_at.get(i, (0, ""))[0]:
                loc_at[i] = (j, c.attrs.get("kind", ""))
    divisions = _divisions_ar(tk, loc_at)
    markets = _markets_ar(tk, loc_at)
    cands += divisions + markets
    for c in divisions + markets:  # شرطة محافظة ضباء, اللجنة الإشرافية لسوق عكاظ: a body named after a place the gazetteer lacks
        if c.attrs.get("kind") in ("governorate", "site"):
            i = tk.index_at(c.start)
            if i not in loc_at:
                loc_at[i] = (tk.index_at(c.end - 1) + 1, c.attrs["kind"])
    cands += _countryside_ar(tk, loc_at) + _lands_of_their_people_ar(tk, loc_at)
    known_orgs = {c.start: c.end for c in cands if c.type == "ORG"}
    words = tk.words
    n = len(words)
    venues = _named_venue_forms()
    for i in [i for i, w in enumerate(words) if w in venues]:
        c = _venue_named_after_ar(tk, i, venues[words[i]], loc_at)
        if c is not None:
            cands.append(c)
    cands += _organizers_named_as_events_ar(tk, loc_at)
    counterparts = with_clitics(_COUNTERPARTS)
    for i in [i for i, w in enumerate(words) if w in counterparts]:
        c = _person_after_counterpart_ar(tk, i)  # نظيره الروسي ألكسندر نوفاك
        if c is not None:
            cands.append(c)
    index = _cue_index()
    for i in [i for i, w in enumerate(words) if w in _ABBREVIATED_TITLES and i + 2 < n and words[i + 1] == "."]:
        if tk.ends[i] == tk.starts[i + 1]:
            cands += _person_after_title_ar(tk, i, 0)  # د. هيثم محمد إبراهيم, م. خالد
    for i in [i for i, w in enumerate(words) if w in index]:
        kind, clitic = index[words[i]]
        if kind == "head2":
            first = with_clitics(_two_word_heads())[words[i]][1]
            if i + 1 < n and (first, words[i + 1]) in _two_word_heads_pairs():
                kind = "head"
            else:
                continue
        if kind == "head":
            if words[i] in _LED_BY:
                continue  # بقيادة الحكم عبدالرحمن الجاسم: led by, no command
            if _after_a_count(tk, i):
                continue  # 12 إمارة ومدينة, خمسين جامعة: what is counted, no organization
            head = with_clitics(lex.heads | _two_word_heads())[words[i]]
            if head[1] == _GOVERNORATE:
                continue  # محافظة إب: a place (`_divisions_ar`), and no organization when no name follows
            c = _org_chain_ar(tk, i, head, loc_at)
            if c is not None:
                cands.append(_fit_to_known_orgs(tk, c, known_orgs))
        elif kind == "title":
            if i + 1 < n and not (clitic and words[i][clitic - 1] == "ك"):  # (كمهندس معماري: as an engineer)
                titled = _person_after_title_ar(tk, i, clitic)
                if not titled and clitic == 0 and words[i].removeprefix("ال") in _REPRESENTATIVES:  # السفير الفرنسي ألكسيس لوكور: an envoy's office
                    titled = [c for c in [_person_after_role_ar(tk, i, loc_at)] if c is not None]
                cands += titled
        elif kind == "first":
            if words[i].endswith("علي") and not _ali_is_a_name(tk, i):
                continue  # على, the preposition, often written علي
            c = _person_from_first_name_ar(tk, i, clitic)
            if c is not None:
                cands.append(c)
        elif kind == "role":
            c = _person_after_role_ar(tk, i, loc_at)
            if c is not None:
                cands.append(c)
        elif i + 2 < n:
            c = _person_before_role_ar(tk, i + 1)
            if c is not None:
                cands.append(c)
    return cands


@functools.cache
def _cue_index() -> dict[str, tuple[str, int]]:
    """Every form (with clitics) of a head noun, title, first name or reporting verb: form -> (kind, clitic length)."""
    lex = _lex_ar()
    out: dict[str, tuple[str, int]] = {}
    two_word_heads = _two_word_heads() - lex.heads
    for kind, table in (
        ("head", lex.heads),
        ("head2", two_word_heads),
        ("title", lex.titles),
        ("first", lex.first),
        ("verb", lex.verbs),
        ("role", frozenset(w for w in lex.roles if not w.startswith("ال"))),
    ):
        forms = with_clitics(table) if kind != "first" else {
            **{w: (0, w) for w in table}, **{"و" + w: (1, w) for w in table}, **{"ل" + w: (1, w) for w in table}
        }
        for form, (clitic, _) in forms.items():
            if len(form) >= 2:
                out.setdefault(form, (kind, clitic))
    return out


_ABBREVIATED_TITLES = frozenset(("د", "م"))  # د. (doctor), م. (engineer): the letter, then its own `.` token
