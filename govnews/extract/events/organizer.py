"""Who holds an event: its organizer (the ORG next to `نظم`, `قدم`, `عقد`, `organized`, `held`, ..., or after
`الذي تنظمه`, `organized by`; never a partner, a venue or the news agency of the dateline), and the parties of an
agreement (`between the Sultanate of Oman and the Arab Fund`)."""

from __future__ import annotations

import functools
import re

from govnews.extract.events.bodies import _AGENCIES, _is_venue, _partner
from govnews.extract.events.cues import _ORGANIZE_AR, _ORGANIZE_EN, _SIGN_AR
from govnews.extract.events.mentions import _RECEIVE_VERBS_AR, _TITLE_AR
from govnews.extract.events.sentences import _in
from govnews.extract.gazetteer import fold_key, word_lists
from govnews.extract.names.lexicon import _demonym
from govnews.extract.names.roles_ar import role_after
from govnews.extract.tokens import Tokens, folded_set, strip_clitic, with_clitics
from govnews.records import Entity

_BY_EN = re.compile(r"\b(?:organi[sz]ed|hosted|held|presented) by\s+(?:the\s+)?$")

_OWNS = re.compile(r"['’]s\b")


def _organizer(r, text, tk, entities, bounds, *, lang) -> Entity | None:
    orgs = [e for e in entities if e.type == "ORG" and not _is_venue(e, lang) and e.attrs.get("key") not in _AGENCIES]
    if r.type == "meeting" and r.mentions[0].verb:
        return _host(r.mentions[0], entities, bounds, lang=lang)
    for m in r.mentions:
        span = bounds[m.sent]
        in_sent = [e for e in orgs if _in(e, span) and not _partner(text, e)]
        if lang == "ar":
            by = _organized_by_ar(tk, m, in_sent, orgs, entities)
            if by is not None:
                return by  # named as the organizer (`الذي تنظمه الهيئة`), not the body of who opens it
            organize = with_clitics(_ORGANIZE_AR)
            verbs = [i for i in range(tk.index_at(span[0]), m.tok) if tk.words[i] in organize]
            if verbs and not _its_public_before(tk, m.tok):
                v = tk.starts[verbs[-1]]
                people = [e for e in entities if e.type == "PERSON" and v < e.start < m.start and e.attrs.get("role")]
                after = [e for e in in_sent if v < e.start < m.start and not _in_a_role(text, e, people) and not _held_in_ar(text, e)]
                before = [e for e in in_sent if e.end <= v and v - e.end < 80]
                if after:
                    return after[0]
                if before:
                    return before[-1]
                head = _bare_head(tk, tk.index_at(v), m.tok)
                if head:  # a body named by its head (`وزارة الصحة`), else one whose name opens with it, as the
                    # subject of `وقعت الجامعة ...` (`الجامعة الأردنية`), never the partner after `مع`
                    for form in (head, "ال" + head):
                        found = [e for e in orgs if fold_key(e.text).split()[0] == form and not _partner(text, e)]
                        if found:
                            return found[0]
        else:
            verbs = list(_ORGANIZE_EN.finditer(text, span[0], m.start))
            if verbs:
                v = verbs[-1].start()
                before = [e for e in in_sent if e.end <= v and not _OWNS.match(text, e.end)]
                if before:
                    return before[0]  # the subject, not a partner named on the way, nor its owner (the Cabinet's ...)
                if (named := _named_by_head_en(text, _bare_head_en(False).search(text, span[0], v), orgs, m.start)) is not None:
                    return named  # The ministry will hold a workshop: the ministry named before
            by = [e for e in in_sent if 0 <= e.start - m.end < 120 and _BY_EN.search(text, m.end, e.start)]
            if by:
                return by[0]  # ... Conference on Patient Safety, organized by the Ministry of Health
            by_head = _bare_head_en(True).match(text, m.end, min(span[1], m.end + 80))
            if (named := _named_by_head_en(text, by_head, orgs, m.start)) is not None:
                return named  # The forum, organised by the ministry in cooperation with ...
            if by_head is not None and by_head.group(1).lower() == "ministry":
                return _ministry_of_minister(entities, m.start, lang=lang)  # Minister of Labor ... organized by the ministry
    return None


# the public of an event before its name (`قدم البنك هدايا لزوار مهرجان أبها`): what the verb gives is theirs, the
# event is no object of it
_PUBLIC_OF = frozenset(fold_key(w) for w in "زوار زائري رواد مرتادي جمهور ضيوف حضور متابعي عشاق".split())


def _its_public_before(tk: Tokens, k: int) -> bool:
    """Whether the word before an event's cue at token `k` is its public, with or without a clitic (`لزوار مهرجان`,
    `ضيوف المؤتمر`)."""
    return k > 0 and strip_clitic(tk.words[k - 1], _PUBLIC_OF) is not None


_RECEIVE_EN = frozenset({"received", "receives"})  # (`The minister received`), as `_RECEIVE_VERBS_AR`


def _host(m, entities: list[Entity], bounds, *, lang: str) -> Entity | None:
    """Who hosts a meeting told by a verb of receiving (mention `m`): the body that receives, or the ministry of
    the minister who does (`استقبل وزير الخارجية ...`: وزارة الخارجية); None for a meeting between two sides
    (`التقى`, `met`)."""
    if not (m.name in _RECEIVE_EN or fold_key(m.name) in _RECEIVE_VERBS_AR):
        return None
    lo, hi = bounds[m.sent]
    sides = [e for e in entities if e.type in ("PERSON", "ORG") and lo <= e.start and e.end <= hi]
    if lang == "ar":
        subject = next((e for e in sides if e.start >= m.end), None)
    else:
        subject = next((e for e in reversed(sides) if e.end <= m.start), None)
    if subject is None:
        return None
    return subject if subject.type == "ORG" else _ministry_of(subject, lang)


@functools.cache
def _bare_head_en(by: bool) -> re.Pattern[str]:
    """A body named by its head noun alone (`the ministry`, not `the Ministry of Labour`): anywhere, or
    (`by`) within a few words after an event's mention, after `organised by` (`The forum, organised by the ministry`)."""
    heads = "|".join(sorted(word_lists()["org_heads_en"], key=len, reverse=True))
    lead = r"\W*(?:\w+\W+){0,3}?(?:organi[sz]ed|hosted|held|presented) by\s+the " if by else r"\b[Tt]he "
    return re.compile(rf"{lead}((?i:{heads}))\b(?!\s+(?:of|for)\s+[A-Z])")


def _named_by_head_en(text: str, found: re.Match[str] | None, orgs: list[Entity], before: int) -> Entity | None:
    """The last organization named before `before` whose words hold the head noun `found` gives alone
    (`the ministry`: the Ministry of Labour), or None."""
    if found is None:
        return None
    head = found.group(1).lower()
    named = [e for e in orgs if e.end <= before and head in e.text.lower().split()]
    return named[-1] if named else None


def _in_a_role(text: str, e: Entity, people: list[Entity]) -> bool:
    """Whether organization `e` is part of the role of a person named just before it (`افتتح الدكتور
    مصطفى مدبولي رئيس مجلس الوزراء فعاليات المؤتمر`): the person opens the event, the body does not."""
    for p in people:
        at = role_after(text, p.end, p.attrs["role"])
        if at >= 0 and at <= e.start and e.end <= at + len(p.attrs["role"]):
            return True
    return False


_IN_AR = re.compile(r"(?<!\w)في\s+$")


def _held_in_ar(text: str, e: Entity) -> bool:
    """Whether an organization is named as where something is (`اختتمت في مركز الحسين الثقافي فعاليات ...`)."""
    return _IN_AR.search(text, max(0, e.start - 4), e.start) is not None


_BY_AR = frozenset(fold_key(w) for w in "بتنظيم وبتنظيم".split())


def _organized_by_ar(tk: Tokens, m, orgs: list[Entity], named: list[Entity], entities: list[Entity]) -> Entity | None:
    """The organization after `الذي تنظمه` / `التي ينظمها` / `بتنظيم من` right after an event's mention
    and its title (`دورة تدريبية بعنوان «...» تنظمها كلية التربية`), or the one named before whose head noun
    stands there alone (`وزارة الصحة ... المؤتمر الذي تنظمه الوزارة`), or the ministry of a minister named
    before (`افتتح وزير الثقافة ... المهرجان الذي تنظمه الوزارة`). `named`: the text's organizations."""
    title = _TITLE_AR.match(tk.text, m.end)
    end = tk.index_at(title.end() if title else m.end)
    for k in range(end, min(end + 16, len(tk))):
        if tk.sent[k] != tk.sent[m.tok] or k >= end + 6 and not _relative_after_comma(tk, k):
            continue
        if organizes_it(tk, k) or tk.words[k] in _BY_AR:
            after = [e for e in orgs if 0 <= e.start - tk.ends[k] < 30]
            if after:
                return after[0]
            head = _head_at(tk, k + 1)
            before = [e for e in named if e.end <= m.start and fold_key(e.text).split()[0] == head] if head else []
            if before:
                return before[-1]
            return _ministry_of_minister(entities, m.start, lang="ar") if head == _MINISTRY else None
    return None


_RELATIVE = frozenset(fold_key(w) for w in "الذي التي".split())


def _relative_after_comma(tk: Tokens, k: int) -> bool:
    """Whether token `k` follows `، الذي` / `، التي`: a clause on the event after what it is about (`حفل تكريم
    الفائزين بجائزة التميز في دورتها الخامسة، الذي نظمته وزارة التعليم`)."""
    return k >= 2 and tk.words[k - 1] in _RELATIVE and tk.words[k - 2] in (",", "،")


_MINISTRY = fold_key("وزارة")
# a minister's role and the word of the ministry it names (`وزير الثقافة`: `وزارة الثقافة`, `Minister of Labor`:
# `Ministry of Labor`); not a minister of state
_MINISTER_ROLES = {
    "ar": (re.compile(r"(?:ال)?وزير[ةه]?\s+((?!الدولة)ال\S+(?:\s+(?:ال|و)\S+)*)"), "وزارة "),
    "en": (re.compile(r"(?:[\w\-]+\s+)*?Minister\s+of\s+(?!State\b)(.+)\Z"), "Ministry of "),
}


def _ministry_of_minister(entities: list[Entity], before: int, *, lang: str) -> Entity | None:
    """The ministry of the last minister named before offset `before` (`وزير الثقافة`: `وزارة الثقافة`, `Minister of
    Labor`: `Ministry of Labor`), as an organization without an id, at the role's portfolio."""
    for e in reversed([e for e in entities if e.type == "PERSON" and e.end <= before]):
        found = _ministry_of(e, lang)
        if found is not None:
            return found
    return None


def _ministry_of(person: Entity, lang: str) -> Entity | None:
    """The ministry of a minister (`وزير الثقافة`: `وزارة الثقافة`; `وزير التجارة والصناعة الهندي`: `وزارة التجارة
    والصناعة الهندية`, the nationality agreeing with the ministry), as an organization without an id, at the
    person, or None for someone of another office."""
    role_pattern, ministry = _MINISTER_ROLES[lang]
    role = role_pattern.match(person.attrs.get("role") or "")
    if role is None:
        return None
    portfolio = role.group(1)
    if lang == "ar" and _demonym(fold_key(portfolio.split()[-1])):
        portfolio += "ة"  # وزير الخارجية السعودي: وزارة الخارجية السعودية
    return Entity("ORG", portfolio, person.start, person.end, ministry + portfolio, attrs={"source": "role"})


def organizes_it(tk: Tokens, k: int) -> bool:
    """Whether token k is a verb of organizing with the event as its object pronoun (`تنظمه`, `ينظمها`),
    whose subject follows: `الذي تنظمه الأمانة العامة`."""
    w = tk.words[k]
    if tk.text[tk.ends[k] - 1] == "ة":
        return False  # إقامة, a noun: its ة folds to the ه of تنظمه
    verb = w[:-2] if w.endswith("ها") else w[:-1] if w.endswith("ه") else None
    return verb is not None and verb in _ORGANIZE_AR


_DATELINE_END = re.compile(r"\((?:[A-Z]{2,6}|Petra)\)\s*(?:--|-|–|:)?|--")


def _parties(r, text, tk, entities, bounds, *, lang) -> tuple[list[Entity], bool]:
    """The sides of an agreement, in the order of the text, and whether the text tells it signed (a verb of signing
    before it, or `was signed by` after it): the organizations and places between the verb and the mention, and the
    one after `مع`/`with`/`between`, with those joined to it by `and` (`between the Sultanate of Oman and the Arab Fund
    ...`, `بين سلطنة عمان والصندوق العربي ...`); a minister who signs stands for the ministry (`وقع معالي وزير الصحة ...
    وسعادة سفير جمهورية كوريا`: `وزارة الصحة`, `جمهورية كوريا`)."""
    m = r.mentions[0]
    span = bounds[m.sent]
    sides = [
        e for e in entities
        if (e.type == "ORG" or e.type == "LOC" and e.attrs.get("kind") != "city")  # a city is where, not who (`signed in Rabat`)
        and _in(e, span) and e.attrs.get("key") not in _AGENCIES
    ]
    sides = [e for e in sides if not _bracketed_after(text, e.start, sides)]  # the Ministry of Health (MOH): one side
    if lang == "ar":
        verbs = [i for i in range(tk.index_at(span[0]), m.tok) if strip_clitic(tk.words[i], _ORGANIZE_AR)]
        v = tk.starts[verbs[-1]] if verbs else m.start
        signing = bool(verbs) and strip_clitic(tk.words[verbs[-1]], _SIGN_AR) is not None
        signed_by = verbs and verbs[-1] == m.tok - 1
    else:
        found = list(_ORGANIZE_EN.finditer(text, span[0], m.start))
        v = found[-1].start() if found else m.start
        signed_by = _SIGNED_BY_EN.match(text, m.end)
        signing = bool(found) and "sign" in found[-1].group() or bool(signed_by)
    people = [e for e in entities if e.type == "PERSON" and _in(e, span)]
    sides = _with_signers(sides, people if signing else [], text, lang)
    out = [e for e in sides if v <= e.start < m.start]
    if lang == "en":  # the subject: what stands before the verb, after the dateline
        datelines = [d for d in _DATELINE_END.finditer(text, span[0], v) if not _bracketed_after(text, d.start() + 1, sides)]
        opening = max([span[0]] + [d.end() for d in datelines])
        out = [e for e in sides if opening <= e.start and e.end <= v] + out
    after = [e for e in sides if e.start >= m.end and _partner(text, e)]
    if after:
        out += _joined(text, after[0], sides)
    if not out and lang == "ar":
        out = _bare_sides_ar(tk, m, [e for e in entities if e.type == "ORG"])  # توقيع اتفاقيتين بين الوزارة والجامعة
    if not out and signed_by:  # وقع الاتفاقية عن الجانب الإماراتي معالي ..., The agreement was signed by ...: who signs follows
        first = signed_by.end() if lang == "en" else m.end
        stop = _SIGNERS_END.search(text, first, span[1])
        signers = [(lo - 12, hi) for p in people if (lo_hi := _person_span(text, p)) for lo, hi in [lo_hi]]
        out = [
            e for e in sides
            if first <= e.start and e.end <= (stop.start() if stop else span[1]) and any(lo <= e.start and e.end <= hi for lo, hi in signers)
        ]
    return list({party_name(e): e for e in reversed(out)}.values())[::-1], signing


def _bare_sides_ar(tk: Tokens, m, orgs: list[Entity]) -> list[Entity]:
    """The sides of an agreement after `بين` right after it, joined by `و`, when the text names one or more by a bare
    head noun (`توقيع اتفاقيتين بين الوزارة والجامعة`): each the organization whose name opens with that head named
    before it (`وزارة الصحة` for `الوزارة`), else the noun itself; an organization named in full is itself."""
    k = tk.index_at(m.end)
    if k >= len(tk) or tk.sent[k] != m.sent or tk.words[k] != _BETWEEN:
        return []
    out: list[Entity] = []
    k += 1
    while k < len(tk) and tk.sent[k] == m.sent:
        start = tk.starts[k] + (1 if out and tk.words[k].startswith("و") else 0)
        named = next((e for e in orgs if e.start == start and e.end > tk.ends[k]), None)  # of more than its head
        head = _head_at(tk, k) if start == tk.starts[k] else _head_at_after_and(tk, k)
        if named is not None:
            out.append(named)
            k = tk.index_at(named.end - 1) + 1
        elif head is not None:
            earlier = [e for e in orgs if e.end <= m.start and fold_key(e.text).split()[0] in (head, "ال" + head)]
            bare = tk.text[start : tk.ends[k]]
            out.append(earlier[-1] if earlier else Entity("ORG", bare, start, tk.ends[k], bare))
            k += 1
        else:
            break
        if k >= len(tk) or tk.sent[k] != m.sent or not tk.words[k].startswith("و"):
            break
    return out if len(out) > 1 else []


_BETWEEN = fold_key("بين")


def _head_at_after_and(tk: Tokens, k: int) -> str | None:
    """The indefinite form of token `k` when it is `و` and a bare definite head noun (`والجامعة`: `جامعة`)."""
    w = tk.words[k][1:]
    return w[2:] if w.startswith("ال") and w in folded_set("org_heads_ar") else None


# who signs after an agreement: `The agreement was signed by ...`; up to who attends or when (`بحضور`, `on the sidelines`)
_SIGNED_BY_EN = re.compile(r"\s*,?\s+(?:was|were|has\s+been|have\s+been)\s+signed\s+(?:[\w\-]+\s+){0,3}?by\b")
_SIGNERS_END = re.compile(
    r"(?<!\w)[وف]?(?:بحضور|بمشاركة|وذلك|على\s+هامش|خلال|في\s+حضور)(?!\w)"
    r"|\b(?:in\s+the\s+presence\s+of|attended\s+by|witnessed\s+by|on\s+the\s+sidelines|during)\b"
)


def party_name(e: Entity) -> str:
    """How a side of an agreement is named: as written, or the ministry a minister's role names."""
    return e.value if e.attrs.get("source") == "role" and e.value else e.text


def _with_signers(sides: list[Entity], people: list[Entity], text: str, lang: str) -> list[Entity]:
    """The sides of an agreement with the ministry of each minister among `people` (who sign) whose role names no body, in
    its place in the text (`Kuwait's Minister of Health Dr. Ahmad Al-Awadhi`: the ministry, not `Kuwait`), and
    without a place where someone serves (`Ambassador to Jordan`, `سفير ... لدى الأردن`), who is no side."""
    sides = [e for e in sides if not (e.type == "LOC" and _SERVES_IN.search(text, max(0, e.start - 40), e.start))]
    for p in people:
        if (phrase := _person_span(text, p)) is None:
            continue
        lo, hi = phrase
        if any(lo <= e.start and e.end <= hi for e in sides) or (ministry := _ministry_of(p, lang)) is None:
            continue  # رئيس جامعة الملك سعود: the body the role names is the side
        sides = [e for e in sides if not (e.type == "LOC" and lo - 4 <= e.end <= lo)]  # UAE Minister of Economy
        sides.append(Entity("ORG", ministry.text, lo, hi, ministry.value, attrs=ministry.attrs))
    return sorted(sides, key=lambda e: e.start)


# where someone serves, before a place in their role (`Ambassador to Jordan`, `سفير الاتحاد الأوروبي لدى الأردن`)
_SERVES_IN = re.compile(
    r"(?:(?<!\w)لدى|\b(?:Ambassador|Envoy|Representative|Consul(?:[\s\-]General)?|Charg[ée]\s+d['’]Affaires)\s+to)\s+(?:the\s+)?$", re.I
)


def _person_span(text: str, person: Entity) -> tuple[int, int] | None:
    """Where a person with a role is written, the role included, or None when no role is written beside the name."""
    role = _role_span(text, person)
    return (min(role[0], person.start), max(role[1], person.end)) if role else None


def _role_span(text: str, person: Entity) -> tuple[int, int] | None:
    """Where a person's role is written: after the name (`عبدالله بن طوق المري وزير الاقتصاد`) or right before it
    and its titles (`Minister of Planning Zeina Toukan`, `وزير الصحة الأستاذ فهد الجلاجل`), or None."""
    role = person.attrs.get("role")
    if not role:
        return None
    at = role_after(text, person.end, role)
    if at >= 0:
        return at, at + len(role)
    at = text.rfind(role, max(0, person.start - len(role) - 40), person.start)
    return (at, at + len(role)) if at >= 0 else None


def _bracketed_after(text: str, at: int, sides: list[Entity]) -> bool:
    """Whether offset `at` opens an acronym in brackets right after one of `sides` (`the Ministry of Health (MOH)`)."""
    return text[at - 1 : at] == "(" and any(0 <= at - 1 - e.end <= 1 for e in sides)


# what joins two sides of an agreement: `and`, `, and the`, the clitic `و`
_JOINT = re.compile(r"\s*(?:\([A-Za-z\-]{2,10}\)\s*)?(?:[,،]\s*)?(?:and\s+(?:the\s+)?|و)")


def _joined(text: str, first: Entity, sides: list[Entity]) -> list[Entity]:
    """`first` and the sides after it that the text joins to it, one after another, by `and` or `و`."""
    out = [first]
    for e in sides:
        if e.start >= out[-1].end and _JOINT.fullmatch(text, out[-1].end, e.start):
            out.append(e)
    return out


def _bare_head(tk: Tokens, i: int, j: int) -> str | None:
    """A bare definite head noun between two tokens (`انتهى المعهد من عقد`): its indefinite form."""
    return next((h for k in range(max(0, i - 3), j) if (h := _head_at(tk, k))), None)


def _head_at(tk: Tokens, k: int) -> str | None:
    """The indefinite form of token `k` when it is a bare definite head noun (`الوزارة`: `وزارة`)."""
    w = tk.words[k] if k < len(tk) else ""
    return w[2:] if w.startswith("ال") and w in folded_set("org_heads_ar") else None
