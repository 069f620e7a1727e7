"""Find PERSON, ORG and LOC mentions in Arabic and English releases.

Rules first, a statistical model where they run out:

- LOC and well-known ORG: the gazetteers (`gazetteer.py`), after a clitic where Arabic has one (`lookup.py`);
  Arabic places their forms leave out (`places_ar.py`).
- ORG: a head noun (`وزارة`, `هيئة`, `معهد`, `Ministry`, `Institute`, ...) and its construct chain
  (`الأمانة العامة للمجلس التنفيذي بدبي`, `كلية محمد بن راشد للإدارة الحكومية`; `orgs_ar.py`); an acronym in quotes or
  brackets right after it is an alias (`معهد الإدارة العامة “بيبا”`; `mentions.py`).
- PERSON: a title (`السيد`, `المهندس`, `Mr.`, `H.E.`), a known first name, or a reporting verb followed
  by a name and a role (`قال فادي سالم، مدير ...`; `persons_ar.py`); the role after the name, else before it
  (`وزير الخارجية ... أيمن الصفدي`, `Senior Director of ... at BIPA Mohamed Al-Sabba’a`), goes into
  `attrs["role"]`, the title into `attrs["title"]` (`roles_ar.py`).
- Arabic text then runs through the token classifier of `ner/` (one call per document) for names the
  rules miss (`classifier.py`). The English rules live in `english.py`.

Overlapping candidates resolve to the longest; later mentions of a person by surname (`السباع`,
`Mr. Al-Sabba’a`) and of an organization by its acronym get the same `entity_id` (see `link_mentions`).

The modules:

    find.py        find_names: the steps in their order, and every Arabic rule in turn
    mentions.py    Cand, overlaps (resolve), aliases, later mentions, entity ids (link_mentions)
    lexicon.py     the Arabic word lists the rules share, and word tests on them and on the corpus codes
    lookup.py      the gazetteers' names in a text, both languages
    places_ar.py   Arabic places beyond the gazetteer's forms: states, divisions, countryside, markets; clubs
    orgs_ar.py     Arabic organizations: head nouns and their construct chains, venues named after a person
    persons_ar.py  Arabic persons: titles, first names, names before and after roles, name runs
    roles_ar.py    Arabic roles of persons, before and after the name
    classifier.py  the statistical model's Arabic names, mended with the rules' words
    english.py     English persons and organizations
"""

from govnews.extract.names.find import find_names
from govnews.extract.names.mentions import Cand, link_mentions, resolve

__all__ = ["Cand", "find_names", "link_mentions", "resolve"]
