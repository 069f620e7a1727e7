"""`name`: a person, institution or place on one side with no counterpart on the other, or spelled
differently than the rest of the corpus spells it.

Counterparts come from the entity links (`Entity.link`, or `govnews.link` when the entities carry
none); a person left unlinked is looked for once more by transliteration in the aligned units around
it, so an extractor that missed the English mention does not make a finding. A person whose Arabic
and English names do not transliterate into each other (`علي سبكار` against `Ali Hassan`) is an error;
so is an English person with no Arabic counterpart, reported against the Arabic person of its unit the
English does not spell when there is one. An English minister whose portfolio the Arabic minister of the same
person does not name (`وزير المالية` / `Economy Minister`) is an error, and so is one the Arabic gives another office
that is no minister's (`رئيسة الجهاز` / `Health Minister`); one of the same portfolio but no minister's (`الأمين
العام لوزارة المالية` / `Finance Minister`) is a warning. `رئيس الدبلوماسية` is the foreign minister.
"""

from __future__ import annotations

import functools
import re
from typing import Iterator

from govnews.checks._text import quote
from govnews.checks._units import PairContext
from govnews.extract.gazetteer import fold_key
from govnews.extract.names.lexicon import _lex_ar
from govnews.extract.names.roles_ar import role_after
from govnews.extract.wordlists import table
from govnews.records import Entity, Finding

NAME_TYPES = ("PERSON", "ORG", "LOC")
SAME_NAME = 0.6  # translit.similarity at or above which two spellings may be one name
SAME_WORD = 0.7  # translit.key_similarity at or above which two words are one
SAME_JOINED = 0.85  # ... at or above which words one side writes apart are the other's one word (بن كيران, Benkirane)
_CAPITALIZED_RUN_RE = re.compile(r"[A-Z][\w’'\-]*(?:\s+(?:(?:al|el|bin|bint|ibn|abu|de|van|von|der|den|da|di|du|le|la|dos|del)[\s\-])?[A-Z][\w’'\-]*){0,7}")
_KINDS = {"PERSON": "person", "ORG": "institution", "LOC": "place"}


_ROMAN_REGNAL = {roman: number for number, roman in enumerate("I II III IV V VI VII VIII IX X".split(), 1)}


@functools.cache
def _ar_regnal() -> dict[str, int]:
    """The ordinals one to ten, folded (`الثاني`, `الثانية`): a king's regnal number."""
    return {w: n for w, n in table("numerals")["ar_ordinals"].items() if n <= 10}


# `عبد` and `Abdul`, `Abdel`, `Abd al-` open a compound name spelled as one word as often as two (`عبد الله`,
# `Abdellah`, `Abdullah`, `Abd al-Rahman`, `Abderrahmane`): read as one word on both sides
_ABD_AR_RE = re.compile(r"(?<![\u0621-\u064a])عبد\s+(?=[\u0621-\u064a])")
_ABD_EN_RE = re.compile(r"\b(Abd(?:u|e|a|o)?l?)[\s\-]+(?:(?:al|el|ul|ar|er|ur|as|es|ad|ed)[\s\-]+)?(?=[A-Z])", re.IGNORECASE)
_OULD_RE = re.compile(r"\bOuld\b", re.IGNORECASE)  # ولد, the Mauritanian `son of`: its و is a consonant
# a name written in Hanyu Pinyin (`Cui Wei`, `Xi Jinping`, `Li Qiang`): every word one to three syllables
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|[aoeiuü])")
_PINYIN_WORD_RE = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,3}}", re.IGNORECASE)
# Pinyin letters Arabic renders otherwise than English reads them: c (تس), q, ch, zh (تش), x (ش)
_PINYIN_SOUNDS_RE = re.compile(r"zh|ch|[cqx]", re.IGNORECASE)
_PINYIN_SOUNDS = {"zh": "ts", "ch": "ts", "c": "ts", "q": "ts", "x": "s"}


def _name_keys(name: str) -> tuple[tuple[str, ...], frozenset[int]]:
    """Return a name's word skeletons without its regnal number, and that number apart: `عبدالله الثاني`
    and `Abdullah II` are one name (the ordinal has a skeleton, the Roman numeral none). `عبد` and `Abdul`
    make one word with the name after them."""
    from govnews.translit import is_arabic, word_keys

    name = _ABD_AR_RE.sub("عبد", name) if is_arabic(name) else _OULD_RE.sub("Walad", _ABD_EN_RE.sub(r"\1", name))
    words = name.split()
    regnal_ar = _ar_regnal()
    numbers_of = {w: regnal_ar.get(fold_key(w)) or _ROMAN_REGNAL.get(w.strip(",.;")) for w in words[1:]}
    regnal = [w for w, n in numbers_of.items() if n]
    if not regnal:
        return word_keys(name), frozenset()
    numbers = frozenset(numbers_of[w] for w in regnal)
    return word_keys(" ".join(w for w in words if w not in regnal)), numbers


def _readings(en_name: str) -> list[tuple[tuple[str, ...], frozenset[int]]]:
    """The skeletons an English (or any Latin) name may be read as: as English spells it, and, for a name
    written in Pinyin, as Arabic hears it (`Cui Wei`: تسوي وي, `Li Qiang`: لي تشيانغ, `Xi`: شي)."""
    from govnews.translit import is_arabic

    readings = [_name_keys(en_name)]
    words = re.split(r"[\s\-]+", en_name.strip())
    if not is_arabic(en_name) and _PINYIN_SOUNDS_RE.search(en_name) and all(_PINYIN_WORD_RE.fullmatch(w) for w in words if w):
        readings.append(_name_keys(_PINYIN_SOUNDS_RE.sub(lambda m: _PINYIN_SOUNDS[m.group().lower()], en_name)))
    return readings


def _joined(keys: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """Join neighbouring words of a name that the other spelling writes as one (`بن كيران` / `Benkirane`,
    `جين بينغ` / `Jinping`): a run of two or three words whose skeletons together match one word of the other
    name closely, and better than any of them alone."""
    from govnews.translit import key_similarity

    if len(keys) < 2 or not other:
        return keys
    out: list[str] = []
    i = 0
    while i < len(keys):
        best, size = None, 1
        for n in (3, 2):
            if i + n > len(keys):
                continue
            run = "".join(keys[i : i + n])
            alone = max(key_similarity(k, o) for k in keys[i : i + n] for o in other)
            whole = max(key_similarity(run, o) for o in other)
            if whole >= SAME_JOINED and whole > alone:
                best, size = run, n
                break
        out.append(best if best is not None else keys[i])
        i += size
    return tuple(out)


@functools.lru_cache(maxsize=100_000)
def _pairs(ar_name: str, en_name: str) -> tuple[tuple[tuple[str, ...], frozenset[int], tuple[str, ...], frozenset[int]], ...]:
    """The ways two spellings of a name line up word for word: each reading of the English, with the words
    either writes as one joined."""
    ar_keys, ar_regnal = _name_keys(ar_name)
    out = []
    for en_keys, en_regnal in _readings(en_name):
        out.append((_joined(ar_keys, en_keys), ar_regnal, _joined(en_keys, ar_keys), en_regnal))
    return tuple(out)


def _same_name(ar_name: str, en_name: str) -> bool:
    """Tell whether two spellings name one person: every word of the shorter name is spelled in the
    longer one, and each name's last word is spelled in the other.

    The last word is the family name, the part a careless replacement changes (`محمد السباع` is not
    `Mohamed Hassan` though the two share a first name); a later mention may drop the first name
    (`Al-Sabba’a` for `محمد السباع`) or add a title (`Mr. Ali Sebkar`).
    """
    from govnews.translit import key_similarity, similarity

    if _given_names_differ(ar_name, en_name):
        return False
    for ar_keys, ar_regnal, en_keys, en_regnal in _pairs(ar_name, en_name):
        if not ar_keys or not en_keys:
            if similarity(ar_name, en_name) >= SAME_NAME:
                return True
            continue
        shorter, longer = (ar_keys, en_keys) if len(ar_keys) <= len(en_keys) else (en_keys, ar_keys)
        words_found = sum(1 for k in shorter if max(key_similarity(k, o) for o in longer) >= SAME_WORD)
        if (words_found >= len(shorter) - (len(shorter) > 2) and _same_family(ar_keys, ar_regnal, en_keys, en_regnal)
                and _same_first(ar_keys, en_keys)):
            return True
    return False


def _same_family_name(ar_name: str, en_name: str) -> bool:
    """Tell whether each name's last word is spelled in the other (both may be partial mentions), and
    no two regnal numbers differ (`عبدالله الثاني` is not `Abdullah I`)."""
    return any(_same_family(*pair) for pair in _pairs(ar_name, en_name))


def _same_family(ar_keys, ar_regnal, en_keys, en_regnal) -> bool:
    from govnews.translit import key_similarity

    if ar_regnal and en_regnal and not ar_regnal & en_regnal:
        return False
    if not ar_keys or not en_keys:
        return True
    return max(key_similarity(ar_keys[-1], k) for k in en_keys) >= SAME_WORD and max(
        key_similarity(en_keys[-1], k) for k in ar_keys
    ) >= SAME_WORD


_SON_OF_KEY = "bn"  # the skeleton of بن, bin, ibn
_LATIN_ARTICLE_RE = re.compile(r"^(?:al|el)[\-‐‑–]", re.IGNORECASE)


def _latin_word(word: str) -> str:
    """A Latin word as the given-name table holds it: lower case, no accents, apostrophes or article."""
    from govnews.translit import plain_latin

    return plain_latin(_LATIN_ARTICLE_RE.sub("", word))


@functools.cache
def _given_names() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The given names of `govnews/data/given_names.tsv`: the English spellings of each folded Arabic name,
    and the folded Arabic names each spelling is known for."""
    from importlib import resources

    spellings: dict[str, frozenset[str]] = {}
    names_of: dict[str, set[str]] = {}
    for line in resources.files("govnews").joinpath("data/given_names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            arabic, english = line.split("\t")
            key = fold_key(arabic)
            spellings[key] = frozenset(_latin_word(w) for w in english.split("|"))
            for w in spellings[key]:
                names_of.setdefault(w, set()).add(key)
    return spellings, {w: frozenset(keys) for w, keys in names_of.items()}


def _given_names_differ(ar_name: str, en_name: str) -> bool:
    """Tell whether the English gives another of two given names that share a skeleton: an Arabic word of the
    table none of the English words spells, where one English word spells another name of its sound (`محمود
    عباس` / `Mohammed Abbas`, `أبو السعود` / `Abu Saad`, `أيمن` / `Amin`)."""
    from govnews.translit import arabic_word_key, key_similarity, word_keys

    spellings, names_of = _given_names()
    en_words = [_latin_word(w) for w in re.split(r"[\s\-]+", en_name) if w]
    words = ar_name.split()
    for before, word in zip([""] + words, words):
        key = fold_key(word)
        if fold_key(before) == "عبد":
            continue  # a compound is spelled too freely (`عبد الحميد`: Abdelhamid, Abdel Hamed)
        known = spellings.get(key) or spellings.get(key[2:] if key.startswith("ال") else "")
        if not known or any(w in known for w in en_words):
            continue
        sound = arabic_word_key(word)
        if any(w in names_of and key_similarity(sound, "".join(word_keys(w))) >= SAME_WORD for w in en_words):
            return True
    return False


def _same_first_name(ar_name: str, en_name: str) -> bool:
    """Tell whether two names of a father's line (`X bin Y ...`) begin with the same name: `مكتوم بن محمد آل مكتوم` is
    not `Hamdan bin Mohammed Al Maktoum`, though father and family are one. Other names pass: a foreign first name
    is spelled too freely (`رجب` / `Recep`)."""
    return any(_same_first(ar_keys, en_keys) for ar_keys, _, en_keys, _ in _pairs(ar_name, en_name))


def _same_first(ar_keys: tuple[str, ...], en_keys: tuple[str, ...]) -> bool:
    from govnews.translit import key_similarity

    if _SON_OF_KEY not in ar_keys[1:2] or _SON_OF_KEY not in en_keys[1:]:
        return True
    # the name before the first `bin`, after any title (`Sheikh Hamdan bin Mohammed`)
    first_ar, first_en = ar_keys[0], en_keys[en_keys.index(_SON_OF_KEY, 1) - 1]
    return key_similarity(first_ar, first_en) >= SAME_WORD or first_ar.startswith(first_en) or first_en.startswith(first_ar)


def _missing_severity(person: Entity, side: str) -> str:
    """A full name (two to four words) with no counterpart is an error: in English when capitalized,
    in Arabic when a title or role vouches for it (`السيد علي سبكار`, `سعيد محمد الطاير العضو المنتدب`),
    since Arabic has no capitals to tell a name from common words. Anything else is a warning."""
    from govnews.translit import word_keys

    if not 2 <= len(word_keys(person.text)) <= 4:
        return "warning"
    if side == "en":
        return "error" if all(w[:1].isupper() or w.lower() in _PARTICLES for w in person.text.split()) else "warning"
    return "error" if person.attrs.get("title") or person.attrs.get("role") else "warning"


_PARTICLES = frozenset({"al", "el", "bin", "bint", "ibn", "abu", "de", "van", "von", "da", "al-"})


def _rendered(ctx: PairContext, ar_e: Entity, en_e: Entity) -> bool:
    """Tell whether an English institution or place renders an Arabic one: spelled alike (`بيبا`,
    `BIPA`) or translated (most of the English name's words translate the Arabic's)."""
    from govnews.lexicon import EN_STOPWORDS, ar_tokens, en_tokens
    from govnews.translit import similarity

    if en_e.type not in ("ORG", "LOC"):
        return False
    if similarity(ar_e.text, en_e.text) >= SAME_NAME:
        return True
    concepts = ctx.lexicon_or_seed().concepts(ar_tokens(ar_e.text))
    words = [w for w in en_tokens(en_e.text) if w not in EN_STOPWORDS]
    return bool(words) and sum(1 for w in words if w in concepts) >= max(1, 0.6 * len(words))


def _role_spans(entities, text: str) -> list[tuple[int, int]]:
    """Where the roles of a side's people are written, before or after their names."""
    spans = []
    for e in entities:
        role = (e.attrs or {}).get("role") if e.type == "PERSON" else None
        if role:
            at = text.rfind(role, max(0, e.start - len(role) - 40), e.start)
            if at < 0:
                at = role_after(text, e.end, role)
            if at >= 0:
                spans.append((at, at + len(role)))
    return spans


_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _after_a_role(text: str, e: Entity) -> bool:
    """Whether a role word stands right before a mention (`معالي رئيس مجلس الوزراء`, no person named)."""
    before = _WORD_BEFORE.search(text, max(0, e.start - 20), e.start)
    return before is not None and fold_key(before.group(1)) in _lex_ar().roles


def _by_id(entities) -> dict[str, list[Entity]]:
    groups: dict[str, list[Entity]] = {}
    for e in entities:
        if e.type in NAME_TYPES:
            groups.setdefault(e.entity_id or f"@{e.start}", []).append(e)
    return groups


def _longest(mentions: list[Entity]) -> Entity:
    return max(mentions, key=lambda e: (len(e.text), -e.start))


def _spelled_in(name: str, text: str) -> bool:
    """Tell whether an English text spells the Arabic name somewhere (in a capitalized run)."""
    size = min(len(name.split()), len(_name_keys(name)[0]) or 1)  # عبد الله: one word, as Abdullah
    for run in _CAPITALIZED_RUN_RE.finditer(text):
        words = run.group().split()
        # any stretch of the run as long as the name may be it (`Mr. Ali Sebkar`, `Ali Sebkar, founder`)
        for i in range(len(words)):
            if not words[i][:1].isupper():
                continue  # a name begins with a capital, not with its particle (`bin Mohammed`)
            for j in range(i + size, min(len(words), i + size + 2) + 1):
                if j < len(words) and words[j].strip(",.;") in _ROMAN_REGNAL:
                    continue  # a king's name ends with its number (`Abdullah III`, not `Abdullah`)
                if _same_name(name, " ".join(words[i:j])):
                    return True
    return False


def find(ctx: PairContext) -> Iterator[Finding]:
    """Yield a finding for every unmatched or swapped name, and every spelling the corpus disagrees with."""
    ar_groups = _by_id(ctx.ar_entities)
    en_groups = _by_id(ctx.en_entities)
    linked_en: set[str] = set(ctx.links.values())
    unmatched_en = {i: g for i, g in en_groups.items() if i not in linked_en}
    in_roles = _role_spans(ctx.ar_entities, ctx.ar_doc.text)

    for ar_id, mentions in ar_groups.items():
        ar_e = _longest(mentions)
        en_id = ctx.links.get(ar_id)
        if en_id in en_groups:
            en_e = _longest(en_groups[en_id])
            if ar_e.type == "PERSON" and not (_same_family_name(ar_e.text, en_e.text) and _same_first_name(ar_e.text, en_e.text)
                                              and not _given_names_differ(ar_e.text, en_e.text)):
                unmatched_en.setdefault(en_id, en_groups[en_id])
            else:
                yield from _corpus_spelling(ctx, ar_e, en_e)
                continue
        if ar_e.type != "PERSON":
            if any(_rendered(ctx, ar_e, _longest(group)) for group in en_groups.values()):
                continue
            if all(any(a <= e.start and e.end <= b for a, b in in_roles) or _after_a_role(ctx.ar_doc.text, e) for e in mentions):
                continue  # رئيس مجلس الوزراء, وزير خارجية الجمهورية التركية: a body of a role, rendered with it (Prime Minister)
            first = min(mentions, key=lambda e: e.start)
            message = f"Arabic names the {_KINDS[ar_e.type]} {quote(ar_e.text)}; no counterpart found in the English"
            yield ctx.finding("name", "info", message, ar=(first.start, first.end))
            continue
        index = ctx.unit_of("ar", ar_e)
        if ctx.one_sided(ctx.units[index]):
            continue
        near = {u.index for u in ctx.neighbours(index)}
        candidates = [
            (en_id2, _longest(group))
            for en_id2, group in unmatched_en.items()
            if _longest(group).type == "PERSON" and ctx.unit_of("en", _longest(group)) in near
        ]
        same = next((c for c in candidates if _same_name(ar_e.text, c[1].text)), None)
        if same:
            del unmatched_en[same[0]]
            continue
        if any(_spelled_in(ar_e.text, ctx.units[i].en_text) for i in sorted(near)):
            continue
        # one Arabic word is as likely a fragment of a name the extractor cut short: it does not take
        # the place of a full name another Arabic mention may stand for
        full = [c for c in candidates if len(ar_e.text.split()) >= 2 or _part_of(ar_e.text, c[1].text)]
        # the English person linked to it first (`Oil Minister Ihsan ...` for `وزير النفط حيان ...`), then one no
        # other Arabic person spells (not `Cui Wei`, the ambassador beside him)
        others = [e.text for u in ctx.neighbours(index) for e in u.ar_entities if e.type == "PERSON" and e.entity_id != ar_id]
        full.sort(key=lambda c: (c[0] != en_id, any(_same_name(o, c[1].text) for o in others)))
        if full:
            en_id2, other = full[0]
            del unmatched_en[en_id2]
            if _part_of(ar_e.text, other.text):
                continue
            yield ctx.finding(
                "name",
                "error",
                f"Arabic names {quote(ar_e.text)}; English names {quote(other.text)} in its place",
                ar=(ar_e.start, ar_e.end),
                en=(other.start, other.end),
            )
            continue
        yield ctx.finding(
            "name",
            _missing_severity(ar_e, "ar"),
            f"Arabic names {quote(ar_e.text)}; the English does not name this person",
            ar=(ar_e.start, ar_e.end),
        )
    for en_id, mentions in unmatched_en.items():
        en_e = min(mentions, key=lambda e: e.start)
        if en_e.type != "PERSON":
            continue  # institutions and places are often rendered freely; the Arabic side already noted them
        index = ctx.unit_of("en", en_e)
        if ctx.one_sided(ctx.units[index]) or index in ctx.skip_en_units:
            continue
        near_ar = " ".join(u.ar_text for u in ctx.neighbours(index))
        if _ar_spells(en_e.text, near_ar):
            continue
        severity = _missing_severity(en_e, "en")
        replaced = _replaced(ctx, index) if severity == "error" else None
        if replaced is not None:
            yield ctx.finding(
                "name",
                "error",
                f"Arabic names {quote(replaced.text)}; English names {quote(en_e.text)} in its place",
                ar=(replaced.start, replaced.end),
                en=(en_e.start, en_e.end),
            )
            continue
        yield ctx.finding(
            "name",
            severity,
            f"English names {quote(en_e.text)}; the Arabic does not name this person",
            en=(en_e.start, en_e.end),
        )
    yield from _offices_differ(ctx)


def _replaced(ctx: PairContext, index: int) -> Entity | None:
    """Return the one Arabic person mention of unit `index` that the unit's English does not spell:
    the person an English name with no Arabic counterpart stands in place of (a later mention of the
    same person elsewhere may be spelled, `وقالت طوقان` / `Toukan said`, and still this one was replaced)."""
    unit = ctx.units[index]
    rendered = {e.entity_id for e in unit.en_entities}
    here = [
        e for e in unit.ar_entities
        if e.type == "PERSON" and ctx.unit_of("ar", e) == index and ctx.links.get(e.entity_id) not in rendered
        and not _spelled_in(e.text, unit.en_text)
    ]
    return here[0] if len(here) == 1 else None


def _one_of(word: str, words: frozenset[str] | dict) -> str | None:
    """The folded form of an Arabic word, with or without the conjunction و before it, that `words` holds
    (`ووزير`, `وزير`: `وزير`), or None."""
    folded = fold_key(word)
    if folded in words:
        return folded
    return folded[1:] if folded[:1] == "و" and folded[1:] in words else None


_LINKS_AR = frozenset(fold_key(w) for w in ("بن", "بنت", "ابن", "ولد", "أبو", "عبد", "آل"))  # words a name goes on after
_AR_WORDS_RE = re.compile(r"[\u0621-\u064a]+")


def _part_of(ar_name: str, en_name: str) -> bool:
    """Tell whether an Arabic mention spells part of an English name: a fragment the extractor cut
    short (`جاي` of `Moon Jae-in`) or a name it ran on into the next word (`جاير بولسونارو إزاء`)."""
    words = ar_name.split()
    if len(words) == 1:
        return any(_same_name(ar_name, w) for w in re.split(r"[\s\-]+", en_name) if len(w) > 1)
    if fold_key(words[-1]) in _LINKS_AR:  # محمد ولد, cut before الشيخ: the English name begins with it
        return _same_name(ar_name, " ".join(en_name.split()[: len(words)]))
    return len(words) >= 3 and _same_name(" ".join(words[:-1]), en_name)


def _ar_spells(en_name: str, text: str) -> bool:
    words = _AR_WORDS_RE.findall(text)
    size = len(en_name.split())
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + size + 1) + 1):
            if _same_name(" ".join(words[i:j]), en_name):
                return True
    return False


def _corpus_spelling(ctx: PairContext, ar_e: Entity, en_e: Entity) -> Iterator[Finding]:
    if ctx.corpus is None or ar_e.type not in ("PERSON", "ORG"):
        return
    usual = ctx.corpus.usual_name(ar_e.text)
    if usual is None:
        return
    rendering, count, total = usual
    if ctx.corpus.same_rendering(rendering, en_e.text):
        return
    message = (
        f"{quote(ar_e.text)} is written {quote(en_e.text)} here but {rendering!r} "
        f"in {count} of {total} releases of the corpus"
    )
    yield ctx.finding("name", "warning", message, ar=(ar_e.start, ar_e.end), en=(en_e.start, en_e.end))


# a minister's portfolio: the folded Arabic words that name it, and the English ones
_PORTFOLIOS = {
    "finance": ("الماليه", "finance", "financial", "treasury"),
    "economy": ("الاقتصاد الاقتصاديه", "economy", "economic", "economics"),
    "health": ("الصحه", "health"),
    "foreign affairs": ("الخارجيه الدبلوماسيه", "foreign"),
    "interior": ("الداخليه", "interior", "home"),
    "defence": ("الدفاع", "defence", "defense"),
    "education": ("التعليم التربيه", "education"),
    "labour": ("العمل", "labour", "labor"),
    "justice": ("العدل", "justice"),
    "oil": ("النفط البترول", "oil", "petroleum"),
    "energy": ("الطاقه", "energy"),
    "water": ("الماء المياه الري", "water", "irrigation"),
    "agriculture": ("الزراعه الفلاحه", "agriculture"),
    "equipment": ("التجهيز", "equipment", "infrastructure"),
    "transport": ("النقل", "transport", "transportation"),
    "tourism": ("السياحه", "tourism"),
    "culture": ("الثقافه", "culture"),
    "information": ("الاعلام", "information", "media"),
    "environment": ("البييه", "environment"),
    "trade": ("التجاره", "trade", "commerce"),
    "industry": ("الصناعه", "industry"),
    "housing": ("الاسكان", "housing"),
    "planning": ("التخطيط", "planning"),
    "sports": ("الرياضه", "sport", "sports"),
    "youth": ("الشباب", "youth"),
    "communications": ("الاتصالات", "communications", "telecommunications"),
    "electricity": ("الكهرباء", "electricity"),
    "endowments": ("الاوقاف", "endowments", "awqaf"),
}
_PORTFOLIO_AR = {w: k for k, (ar, *_) in _PORTFOLIOS.items() for w in ar.split()}
_PORTFOLIO_EN = {w: k for k, (_, *en) in _PORTFOLIOS.items() for w in en}
_MINISTER_AR = frozenset({"وزير", "وزيره", "الوزير", "الوزيره"})
# offices that name a minister without the word (`رئيس الدبلوماسية المغربية`: the foreign minister), folded
_MINISTER_PHRASES_AR = ("رييس الدبلوماسيه", "رييسه الدبلوماسيه")
_EN_WORD_RE = re.compile(r"[A-Za-z]+")
_AR_WORD_SPAN_RE = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+")
_CLAUSE_MARK_RE = re.compile(r"[،,؛;:.()\n«»\"]")


def _portfolios_ar(words: list[str]) -> set[str]:
    """The portfolios an Arabic role names (`وزير التجهيز والماء`: equipment, water)."""
    found = set()
    for word in words:
        folded = fold_key(word)
        w = _one_of("ال" + folded[2:] if folded.startswith("لل") else folded, _PORTFOLIO_AR)
        if w:
            found.add(_PORTFOLIO_AR[w])
    return found


def _arabic_office(ctx: PairContext, en_e: Entity) -> tuple[tuple[int, int], list[str]] | None:
    """The span and words of the office the Arabic gives the person an English mention names, written before the
    name in its clause (`وزير المالية يوسف الخليل`, `رئيسة الجهاز، علا عوض`) or, when none is, read after it
    (`يوسف الخليل، وزير المالية`): None when no unit near it spells the name or no office is written there.
    The Arabic person linked to the English one is read first, whatever the two names hold (`فهد بن عبدالرحمن
    الجلاجل` / `Fahad Al-Jalajel`)."""
    text = ctx.ar_doc.text
    linked = {ar_id for ar_id, en_id in ctx.links.items() if en_id == en_e.entity_id}
    for ar_e in sorted((e for e in ctx.ar_entities if e.type == "PERSON" and e.entity_id in linked), key=lambda e: e.start):
        unit = ctx.units[ctx.unit_of("ar", ar_e)]
        office = _office_before(text, unit.ar_span[0] if unit.ar_span else 0, ar_e.start) or _office_after(ctx, ar_e.start)
        if office is not None:
            return office
    size = len(en_e.text.split())
    first = en_e.text.split()[0]
    own = ctx.unit_of("en", en_e)
    units = sorted((u for u in ctx.neighbours(own) if u.ar_span is not None), key=lambda u: abs(u.index - own))
    for extra in (0, 1):  # the name in as many words first, then with one more (`بن`)
        for unit in units:
            words = list(_AR_WORD_SPAN_RE.finditer(text, *unit.ar_span))
            for i in range(len(words) - size - extra + 1):
                if not _same_name(words[i].group(), first):
                    continue  # the name begins where the English one does (not at ديوان, بن or الشيخ)
                if _same_name(" ".join(w.group() for w in words[i : i + size + extra]), en_e.text):
                    return _office_before(text, unit.ar_span[0], words[i].start()) or _office_after(ctx, words[i].start())
    return None


def _office_after(ctx: PairContext, start: int) -> tuple[tuple[int, int], list[str]] | None:
    """The role the extractor read after the name of the Arabic person whose name holds `start`
    (`يوسف الخليل، وزير المالية`): None when that person has none written after the name."""
    for e in ctx.ar_entities:
        role = (e.attrs or {}).get("role") if e.type == "PERSON" and e.start <= start < e.end else None
        at = role_after(ctx.ar_doc.text, e.end, role)
        if at >= 0:
            return (at, at + len(role)), role.split()
    return None


def _office_before(text: str, floor: int, start: int) -> tuple[tuple[int, int], list[str]] | None:
    """The office written before a name in its clause, from its first role word: None when there is none."""
    lex = _lex_ar()
    clause = text[max(floor, start - 70) : start].split()
    while clause and _one_of(clause[-1], lex.titles):  # وزير التجهيز والماء، السيد نزار بركة
        if fold_key(clause.pop())[:1] == "و" and fold_key(clause and clause[-1] or "")[-1:] in "،,":
            return None  # رئيس ديوان الرئاسة، وسمو الشيخ مكتوم: the office before the comma is another person's
    clause_text = " ".join(clause)
    if clause_text.endswith(("،", ",")):  # رئيسة الجهاز، علا عوض: the office before the comma
        clause_text = clause_text[:-1]
    words = _CLAUSE_MARK_RE.split(clause_text)[-1].split()[-6:]
    starts = [k for k, w in enumerate(words) if _one_of(w, lex.roles)]
    if not starts:
        return None
    # رئيس مجلس الوزراء ووزير الخارجية عبدالله علي اليحيا: the last office joined by و is the person's
    first = max([k for k in starts if fold_key(words[k])[:1] == "و" and k > starts[0]] or [starts[0]])
    office = " ".join(words[first:])
    at = text.rfind(office, floor, start)
    return ((at, at + len(office)) if at >= 0 else (start, start)), words[first:]


def _offices_differ(ctx: PairContext) -> Iterator[Finding]:
    """Yield a finding for an English minister whose portfolio the Arabic office of the same person does not name:
    other portfolios (`وزير المالية يوسف الخليل` / `Economy Minister Youssef Khalil`, `وزير التجهيز والماء` / `Minister
    of Agriculture`) or an office that is no minister's (`رئيسة الجهاز، علا عوض` / `Health Minister Ola Awad`)."""
    seen: set[str] = set()
    for en_e in ctx.en_entities:
        role = (en_e.attrs or {}).get("role") if en_e.type == "PERSON" else None
        if not role or (en_e.entity_id or "") in seen or "minister" not in role.lower():
            continue
        seen.add(en_e.entity_id or "")
        en_portfolios = {_PORTFOLIO_EN[w] for w in _EN_WORD_RE.findall(role.lower()) if w in _PORTFOLIO_EN}
        if not en_portfolios or ctx.unit_of("en", en_e) in ctx.skip_en_units:
            continue
        office = _arabic_office(ctx, en_e)
        if office is None:
            continue
        span, words = office
        minister = any(_one_of(w, _MINISTER_AR) for w in words) or " ".join(map(fold_key, words)).startswith(
            _MINISTER_PHRASES_AR)
        ar_portfolios = _portfolios_ar(words)
        if minister and (not ar_portfolios or ar_portfolios & en_portfolios):
            continue
        at = ctx.en_doc.text.rfind(role, max(0, en_e.start - len(role) - 40), en_e.end + len(role) + 40)
        en_span = (at, at + len(role)) if at >= 0 else (en_e.start, en_e.end)
        said = " ".join(words)
        if minister:
            message = (f"Arabic calls {quote(en_e.text)} {quote(said)} ({', '.join(sorted(ar_portfolios))}); "
                       f"English calls them {quote(role)} ({', '.join(sorted(en_portfolios))})")
        else:
            message = f"English calls {quote(en_e.text)} {quote(role)}; the Arabic gives the office {quote(said)}, no minister"
        yield ctx.finding("name", _office_severity(minister, ar_portfolios, en_portfolios), message, ar=span, en=en_span)


def _office_severity(minister: bool, ar_portfolios: set[str], en_portfolios: set[str]) -> str:
    """An English minister of a portfolio where the Arabic names another office of the same person is an error: another
    ministry (`وزير المالية` / `Economy Minister`), or an office that is no minister's and names none of the English
    portfolios (`رئيسة الجهاز` / `Health Minister`). An office of the same portfolio but no minister's may be the
    minister named loosely or another officer of the ministry (`الأمين العام لوزارة المالية` / `Finance Minister`): a
    warning."""
    return "error" if minister or not ar_portfolios & en_portfolios else "warning"
