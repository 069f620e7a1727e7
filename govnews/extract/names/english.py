"""English PERSON and ORG candidates for `names.find_names`.

Organizations are runs of capitalized words (joined by `of`, `for`, `and`, `the`, `&`) that hold a head
noun (`Ministry`, `Authority`, `Institute`, ...), split at role words and cut before a person's name;
people follow a title (`Mr.`, `H.E. Dr.`, `Sheikh`), start with a known first name, or stand before
their role (`Sameh Shoukry, Minister of ...`). A role comes from after the name (`, Minister of ...`)
or, as English writes it, before the name (`Senior Director of ... at BIPA Mohamed Al-Sabba’a`).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any, NamedTuple

from govnews.extract.gazetteer import entries, fold_key, word_lists
from govnews.extract.names.lookup import _gazetteer
from govnews.extract.names.mentions import Cand, resolve
from govnews.extract.tokens import Tokens, tokenize
from govnews.extract.wordlists import table


# the words that join the parts of a name (`bin`, `Al`, `Abdul`), and particles with the word that may follow them
# (`von der Leyen`)
_LINK_WORDS = ("bin", "bint", "ibn", "al", "el", "Al", "El", "del", "da", "dos", "Abu", "Abdul", "Abdel")
_LINK_PARTICLES, _LINK_SECONDS = ("de", "van", "von"), ("der", "den", "la", "los")
_LINKS = frozenset(_LINK_WORDS + _LINK_PARTICLES + _LINK_SECONDS)
_HONORIFICS_EN = ("His Excellency", "Her Excellency", "His Highness", "Her Highness", "His Royal Highness",
                  "Her Royal Highness", "His Majesty")  # (and their abbreviations: H.E., HRH, ...)


# the titles of rulers and their families, after which a building or a body may bear the name (`Sheikh Zayed Grand Mosque`)
_RULERS_TITLES = r"Sheikh|Sheikha|Shaikh|Shaikha|King|Sultan|Prince|Princess|Emir|Amir"


# the codes of countries written before an office, which the role leaves out as it does a nationality (`US
# Secretary of State`, `US President Trump`)
_COUNTRY_CODES = r"US|USA|UK|UAE|KSA|PRC|DPRK|ROK"


@functools.cache
def _en_patterns() -> dict[str, re.Pattern[str]]:
    lists = word_lists()

    def alt(words):
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

    roles = alt(lists["roles_en"])
    titles = alt(lists["titles_en"])
    heads = alt(lists["org_heads_en"])
    venues = alt(lists["venue_heads_en"])
    first = alt(lists["first_names_en"])
    # (eGovernment, iGA; al-Sudani as agencies write the article in lower case; the regnal number of one letter after
    # a name: Mohammed V University)
    word = r"(?:[A-Z][\w'’\-]*[\w’']|[a-z][A-Z][\w'’\-]*|(?:al|el)-[A-Z][\w'’\-]*[\w’']|(?<=[a-z] )[VX](?![\w'’\-]))"
    stops = alt(w for w in lists["stop_en"] if w[:1].isupper())
    sp, sp0 = r"[^\S\n]+", r"[^\S\n]*"  # a name never runs over a line break
    place_heads = r"Kingdom|Republic|Sultanate|State|Emirate"  # the Kingdom of Bahrain: a place in its own right
    # a title opens no name (`Sheikh` of `Sheikh Hamed`), nor does an event's word end one (`King Fahd Cup`,
    # `Mohammed bin Rashid Al Maktoum Knowledge Summit`: named after him)
    events = r"Summit|Conference|Forum|Expo|Awards?|Festival|Workshop|Week|Games|Championship|Cup"
    # (nor does an envoy's rank: `Ambassador Extraordinary and Plenipotentiary`)
    stopcap = rf"(?:{roles}|{heads}|{stops}|{titles}|{events}|Extraordinary|Plenipotentiary)(?!\w)"  # (`Eng.` ends in no word character)
    name_word = rf"(?!{stopcap}){word}"
    link = rf"(?:{'|'.join(_LINK_WORDS)}|(?:{'|'.join(_LINK_PARTICLES)})(?:{sp}(?:{'|'.join(_LINK_SECONDS)}))?)"  # von der Leyen
    # a further word of a name, after a link (`bin`, `Al`) or not; after `Al` a title is a family's name (`Al Shaikh`)
    family_title = rf"(?:Al|El|Al-|El-){sp0}(?:Shaikh|Sheikh)\b"
    more = rf"(?:{sp}(?:{family_title}|(?:{link}{sp})?{name_word}))"
    name = rf"(?:{family_title}|{name_word}){more}{{0,4}}"
    modifier = r"(?:Senior|Special|Deputy|Assistant|Acting|Vice|Chief|Executive|General|Managing|Regional|Country|Resident|Former|First|Second|Permanent)"
    # a military rank ends the body its officer commands (`Commander of the National Guard Major General ...`)
    rank = (r"(?:Staff[\s\-]+)?(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?)[\s\-]+(?:General|Gen)|(?:Lieutenant|Lt\.?)[\s\-]+(?:Colonel|Col)"
            r"|(?:Vice|Rear)[\s\-]+Admiral|Admiral|Air(?:[\s\-]+Vice)?[\s\-]+Marshal|Field[\s\-]+Marshal|Colonel|Brigadier|Commodore")
    honorifics = "|".join(_HONORIFICS_EN) + r"|H\.E|H\.H|H\.R\.H|HE|HH|HRH"
    role_word = rf"(?:{modifier}(?:{sp}|-)+)*(?i:{roles}|founder|co-founder|chairperson)"
    # what may stand before a role: a nationality (`Japanese Prime Minister`, `Moroccan striker`) or a country's
    # (`India's Minister of ...`), which the role leaves out, and a portfolio (`Health Minister`), which it keeps
    nationality = r"[A-Z][a-z]+(?:an|ese|i|ish|ch|ine)"
    portfolio = (
        r"(?:Foreign|Health|Finance|Interior|Defen[cs]e|Education|Energy|Oil|Petroleum|Economy|Labou?r|Justice|"
        r"Transport|Tourism|Culture|Information|Agriculture|Environment|Trade|Housing|Industry|Sports?|Youth|"
        r"Communications|Water|Electricity|Planning|Investment|Commerce|Media|Higher Education|Scientific Research|"
        r"Social Development|Human Resources|Municipalit(?:y|ies)|Public Works|Endowments|Awqaf|Islamic)"
    )
    # two portfolios joined by `and` before a minister, each ending in a portfolio or a plural or abstract noun
    # (`Foreign and Expatriates Minister`, `Oil and Mineral Resources Minister`); a nationality before them is left out
    portfolio_word = rf"(?:{portfolio}|[A-Z][a-z]+(?:s|tion|ment|ure|ty|gy))"
    portfolios = rf"(?:(?!{nationality}{sp})[A-Z][a-z]+{sp}){{0,2}}{portfolio_word}{sp}and{sp}(?:[A-Z][a-z]+{sp}){{0,2}}{portfolio_word}{sp}"
    # a portfolio or the acronym of the body a role serves (`Health Minister`, `UNICEF Representative`; a country's
    # is left out, as a nationality is: `US Secretary of State`)
    countries = _COUNTRY_CODES
    role_lead = rf"(?:{portfolios}(?=Minister\b)|{portfolio}{sp}(?=(?:Minister|Secretary)\b)|(?!(?:{honorifics}|{countries})\b)[A-Z]{{2,}}{sp}(?={role_word}))?"
    owner = rf"(?:(?!(?:{roles})['’])[A-Z][\w\-]*['’]s{sp})"  # India's Minister (not Ruler's Representative)
    country_lead = rf"(?:{owner}|{nationality}{sp}(?={role_word}))"  # India's Minister, Saudi Minister: left out of the role
    plain_roles = alt(w for w in lists["roles_en"] if w.islower())  # striker, coach: before a name, a person
    # (an office after the comma begins another: `..., Managing Director and Group CEO of ADNOC`)
    fields = rf"{sp}(?!{role_word}\b)[A-Z][\w'’\-]*(?:{sp}[A-Z][\w'’\-]*){{0,2}}{sp}and{sp}[A-Z]"  # , Development and Innovation
    listing = rf",(?={fields}){sp}"
    # (a body named by its head alone goes on a role: `Director of ... Department at the ministry`; a portfolio `in
    # charge of` one: `Minister Delegate in charge of the Budget`)
    chain_word = rf"(?:[A-Z][\w'’&.\-]*|\([A-Z][\w&\-]*\)|of|for|to|and|at|the|in|on|with|&|charge|{role_word}|{alt(w.lower() for w in lists['org_heads_en'])})"
    # (a name ends before a verb or a stop, not before a preposition of a body: `Creative Learning at BIPA`)
    chain_name = rf"({name_word}{more}{{1,4}})(?=[^\S\n]*[,.;:)]|{sp}and{sp}(?:the{sp}|(?={role_word}\b))|{sp}(?!(?:at|in|of|for|to|on|and|with)\b)[a-z]|[^\S\n]*$)"
    brands = alt(lists["hotel_brands_en"])
    return {
        "title": re.compile(rf"\b((?:(?:{titles})[ \t]+)+)({name})"),
        "portfolios_end": re.compile(rf"(?<![\w’'])(?:{portfolios})$"),
        # a hotel named by its brand after `at` or `in`, with the words of its name and city around the brand (`at the
        # Crowne Plaza Muscat`, `at the Al Bandar Rotana`); a person named after it is none of its words
        "hotel": re.compile(
            rf"\b(?:at{sp}(?:the{sp})?|in{sp}the{sp})((?:[A-Z][\w\-]*{sp}){{0,2}}(?:{brands})(?![\w\-])"
            rf"(?:{sp}(?!{stopcap}|(?:{first})\b)[A-Z][\w'’\-]*){{0,2}}(?:{sp}(?:{venues})\b)?)"
        ),
        # a name before `bin`/`bint` and the known first name that begins a candidate (`Buthaina bint Ali ...`)
        "son_of_before": re.compile(rf"(?<![\w’'.])({name_word}){sp}(?:bin|bint|ibn){sp}$"),
        "first": re.compile(rf"\b((?:{first}){more}{{1,4}})"),
        "name_at": re.compile(rf"{name_word}{more}{{0,4}}"),
        "name_role": re.compile(rf"(?<![\w’'.])({name_word}{more}{{1,3}}),{sp}(?:the{sp}(?:[a-z][\w\-]*['’]s{sp})?|{country_lead})?{role_lead}{role_word}\b"),
        "role_name": re.compile(rf"\b(?:{plain_roles}){sp}({name_word}{more}{{1,3}})"),
        # a name of one word after a plain role (`coach Mancini said`, `Brazil forward Neymar scored`: a forward after
        # the team or country he plays for) that ends there; what it names is checked by `_one_word_name`
        "role_one_name": re.compile(
            rf"(?:\b(?P<role>{plain_roles})|\b[A-Z][\w'’\-]*{sp}(?P<forward>forward)){sp}(?P<name>{name_word})"
            rf"(?=[^\S\n]*[,.;:)]|{sp}[a-z]|[^\S\n]*$)"
        ),
        # a name set off by commas after its role (`The Minister of Oil, Hayan Abdul Ghani, announced`), or by a comma
        # at the sentence's end (`attended by the Director of ... at the IMF, Jihad Azour.`)
        "role_apposed": re.compile(rf"\b{role_word}\b[^,.;:\n]{{0,120}}?,{sp}({name_word}{more}{{1,3}})(?:,|[.;](?!\w)|$)"),
        # a name of two words or more as the subject of a verb of saying (`Yasmine Ben Salah said`)
        "speaker": re.compile(rf"(?<![\w’'.\-])({name_word}{more}{{1,3}}){sp}(?:said|says|stated|added|stressed|noted|explained|affirmed|told|confirmed|underlined)\b"),
        # a capitalized office right before a name (`UN Secretary-General Antonio Guterres`, `Director-General, Tedros ...`)
        "office_then_name": re.compile(rf"\b(?=[A-Z]){role_word}(?:{sp0},)?{sp}({name_word}{more}{{1,3}})"),
        # a role whose body or portfolio runs over several capitalized words before a name (`Minister of Planning and
        # International Cooperation Zeina Toukan`, `Minister of ... of the Republic of Senegal, Yassine Fall, who`): the
        # name is taken at its longest and loses the words of bodies and places it begins with (`_chain_name`)
        # (the body's acronym may follow it: `Secretary-General of the Water Authority of Jordan (WAJ) Sufyan Batayneh`)
        "office_chain_name": re.compile(rf"\b(?=[A-Z]){role_word}{sp}(?:of|for|in{sp}charge{sp}of){sp}(?:(?:[A-Z][\w'’\-]*|\([A-Z][\w&\-]*\)|and|&|of|for|the|with),?{sp})+?{chain_name}"),
        "chain_name_on": re.compile(rf",?{sp}(?:(?:[A-Z][\w'’\-]*|\([A-Z][\w&\-]*\)|and|&|of|for|the),?{sp})*?{chain_name}"),  # (a later one)
        # a role of a portfolio before a name (`Secretary of State Antony Blinken`, `Minister of Health Fahad Al-Jalajel`)
        "office_name": re.compile(
            rf"\b(?:{role_word})(?:{sp}(?:of|for|and){sp}(?:the{sp})?(?:State|{portfolio})(?:{sp}Affairs)?)+{sp}"
            rf"({name_word}{more}{{1,3}})"
        ),
        # an office of a country, a portfolio or a body (`European Commission President`), or the prime minister's
        # an ambassador to a country before a name (`Jordan's Ambassador to Kuwait Sinan Al-Majali`): where the place
        # begins, and a name after it with its titles
        "envoy": re.compile(rf"\b(?:Ambassador|Representative|Envoy|Coordinator|Director|Consul|Commissioner){sp}(?:of|to|in|for){sp}(?:the{sp})?(?=[A-Z])"),
        # the country an envoy is sent to, after the one that sends him (`of Japan to the Kingdom`, `to Kuwait`)
        "host": re.compile(rf"{sp}(?:to|in){sp}(?:the{sp})?(?:(Kingdom|Sultanate|State|Emirates|UAE|country)\b|(?=[A-Z]))"),
        "titled_name": re.compile(rf",?{sp}((?:(?:{titles})[ \t]+)*)({name_word}{more}{{1,3}})"),
        "office_lead": re.compile(rf"(?:(?:{nationality}|{portfolio}|(?<![.\w])[A-Z][\w&’'\-]*{sp}(?:{heads})){sp}(?:Prime{sp})?|\bPrime{sp})$"),
        # a comma goes on a name that lists its fields up to an `and` (`Qatar Research, Development and Innovation Council`);
        # `the` joins after another joining word only (`Sakhir Palace the Egyptian President`: two phrases)
        "org": re.compile(rf"\b{word}(?:(?:{sp}|{sp0}[-–]{sp0}|{listing})(?:(?:(?:of|for|and|&|de|bin|bint|ibn){sp})+(?:the{sp})?)?{word})*"),
        # (a head before `Affairs` names a portfolio: `Minister of State for Cabinet Affairs`)
        "heads": re.compile(rf"\b(?:{heads})\b(?!{sp}Affairs\b)"),
        # an `and` between two bodies or places, and what begins the second (`_starts_a_body`)
        "and": re.compile(rf"{sp}and{sp}(?:(?P<the>the){sp})?"),
        "lead_the": re.compile(rf"{sp0}(?:(?:the|The){sp})?"),
        # a head noun with its `of`, members of a body, or an owner before a body's name (`Saudi Arabia's Public
        # Investment Fund`, not `the Prophet's Mosque`)
        "new_body": re.compile(
            rf"(?:{heads}|{place_heads}){sp}(?:of|for)\b|[A-Z][a-z]+s{sp}of{sp}"
            rf"|(?:[A-Z][\w\-]*{sp}){{0,2}}[A-Z][\w\-]*['’]s{sp}(?=(?:[A-Z][\w\-]*{sp}){{0,3}}(?:{heads})\b)"
        ),
        # a company of three capitalized words or more that ends a piece, after a body whose head noun is its last word
        # (`Abu Dhabi National Oil Company and Korea Electric Power Corporation`)
        "named_company": re.compile(rf"(?:[A-Z][\w&\-]*{sp}){{2,}}(?:{heads})$"),
        # a company named with its legal form (`Scatec ASA`, `Siemens AG`), a body of its own after `and`
        "legal_company": re.compile(rf"(?:[A-Z][\w&\-]*{sp})+(?:Inc\.|Ltd\.?|Limited|LLC|GmbH|PLC|PJSC|ASA|AG|SpA|S\.p\.A\.|N\.V\.|SAOG|QPSC)$"),
        "head_last": re.compile(rf"\b(?:{heads})$"),
        "body_after_the": re.compile(rf"(?:{heads}|{place_heads})\b|[A-Z][\w&.\-]*{sp}[A-Z]"),
        "runs_on": re.compile(rf"{sp}[A-Z]"),
        "named_after": re.compile(rf"(?:{sp}[A-Z][\w\-]*)*?{sp}(?:{heads})\b"),  # (Dubai) Police, (Kuwait) Fund for ...
        # a name's owner before it (`Saudi Arabia's`), not a plural that names whom it serves (`Children's Hospital`)
        "owner_lead": re.compile(rf"(?:{word}{sp}){{0,3}}(?!(?:Children|Women|Men|People|Workers|Martyrs)['’])[A-Z][\w\-]*['’]s{sp}"),
        "cut": re.compile(rf"\s(?=(?:{first})\b(?!\s+(?:bin|Bin)\b))"),
        # a role word before a head noun is part of the name (`Crown Prince Foundation`)
        # (but a ruler's title before a name and a head noun opens the name of what is named after him: `Sheikh Zayed
        # Grand Mosque`, `King Fahd Medical City`)
        "split": re.compile(
            rf"(?:^|\s+)(?:(?:{modifier})[\s\-]+)*"
            rf"(?:(?:{_RULERS_TITLES})(?!{sp}(?:{word}{sp}(?:(?:bin|bint|Al|Al-){sp})?){{1,5}}(?:{heads})\b)|(?!(?:{_RULERS_TITLES})\b)(?:{rank}|{roles}|Mr|Mrs|Ms|Dr|Eng|Prof|H\.E|HE|H\.H|HH|HRH|Lt|Maj|Brig|The|Based|According))"
            rf"\.?(?=\s|$)(?!\s+(?:{heads})\b)"
        ),
        "role_end": re.compile(rf"(?<![\w’'])(?:{roles})$"),
        # (a role never runs over a line break: `President Vladimir Putin.` ends the line before `Minister of Media`)
        "role_before": re.compile(rf"(?<![\w’'])({role_lead}{role_word}(?:(?:{sp}|-|{listing})+{chain_word})*?)\s*,?\s*$"),
        # a person named before a role joined by `and`: where the next role begins (`Ayman Safadi and Japanese ...`)
        "listed": re.compile(rf"\b(?:{first}){more}{{1,4}}(?:{sp}and\b|,)"),
        "title_any": re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Eng|Prof|H\.E|Sheikh|Sheikha|Shaikh|Shaikha)\.?[ \t]"),
        # (a role may name its body first: `, Supreme Council Member and Ruler of Sharjah`)
        "role_after": re.compile(rf",\s+{country_lead}?((?:the\s+(?:[a-z][\w\-]*['’]s\s+)?)?(?:[A-Z][\w\-]*\s+){{0,2}}?{role_word}\b(?:[^,.;:“\"]|{listing}){{0,150}}?)(?=,(?!{fields})|\.|;|\s+said|\s+stressed|\s+added|\s+noted|$)"),
        # a further office after the comma that ends a role after the name (`, Crown Prince of Dubai, Deputy Prime
        # Minister, Minister of Defence and Chairman of ...`)
        "office_after": re.compile(rf",\s+((?:[A-Z][\w\-]*\s+){{0,2}}?{role_word}\b(?:[^,.;:“\"]|{listing}){{0,150}}?)(?=,(?!{fields})|\.|;|\s+said|\s+stressed|\s+added|\s+noted|$)"),
        "honorific_end": re.compile(rf"(?:^|\s)((?:{honorifics})\.?)\s+(?:the\s+)?$"),
        "headline_words": re.compile(r"[^\S\n]+[A-Z]|[^\S\n]*$", re.M),  # more capitals, or the line's end
        "honorific": re.compile(rf"(?:{honorifics})\b"),
        # a word of an office after a title, not a name (`HE Special Envoy ...`, `H.E. Foreign Minister Dr. ...`)
        # a modifier of an office before an office that is also a title (`HE Deputy Minister Ali ...`), and an
        # honorific before one (`HE Ambassador Khalid ...`): the office is the role, the honorific the title
        "modifier_end": re.compile(rf"(?<![\w’'])(?:{modifier})(?:{sp}|-)+$"),
        "honorific_office": re.compile(rf"(?:{honorifics})\.?{sp}(?:President|Minister|Ambassador)$"),
        "office_word": re.compile(rf"(?:{modifier}|{portfolio}){sp}(?=[A-Z]){role_word}\b"),
        "titles_end": re.compile(rf"(?<![\w.])((?:(?:{titles})[ \t]+)+)$"),
        # the word of a state before a country the gazetteer knows by its short name (`the Republic of Senegal`)
        "state_form": re.compile(
            rf"(?<![\w\-])(?:(?:Federal|Islamic|Democratic|Arab|United|Hashemite|Socialist|Federative|Plurinational|Bolivarian){sp})*"
            rf"(?<!\bof )(?:{place_heads}|Principality|Federation|Commonwealth){sp}of{sp}(?:the{sp})?$"  # (Secretary of State)
        ),
        # the capitalized words after a place up to the word of a programme, plan, prize or disease it begins
        # (`Emirates Nursing Programme`, `Qatar National Vision 2030`, `Abu Dhabi Award`); a headline's verb ends the run (`UAE
        # Launches National Strategy`)
        "programme_after": re.compile(
            rf"(?:{sp}(?!{_HEADLINE_VERB}\b)[A-Z][\w'’\-]*){{0,4}}?{sp}"
            rf"(?:{_PROGRAMME_WORDS}|{_DISEASE_WORDS})\b"
        ),
        # the same, its word in lower case after the name's capitals (`the Qatar Reads initiative`, `the Dubai Fitness
        # Challenge campaign`; not `the Qatar national team`, `Kuwait's initiative`)
        "named_programme_after": re.compile(
            rf"(?:{sp}(?!{_HEADLINE_VERB}\b)[A-Z][\w'’\-]*){{1,4}}{sp}(?:{_PROGRAMME_WORDS_LOWER})\b"
        ),
        "division": re.compile(rf"\b((?:(?:Al|Al-|El|New){sp0})?{name_word}(?:{sp}{name_word}){{0,2}}){sp}(?:Prefecture|Province|Governorate|Region|District|Emirate|Wilayat)\b"),
        # a sea, gulf, strait, bay or cape named `of` a place (`Gulf of Suez`, `Sea of Oman`): one place; a longer run of
        # capitals names something else (`Gulf of Aqaba Special Economic Zone`)
        "water": re.compile(rf"\b(?:Gulf|Bay|Sea|Straits?|Cape){sp}of{sp}(?:the{sp})?{name_word}(?:{sp}{name_word})?(?!{sp}[A-Z]|[\w’'\-])"),
        # a river, mountain, lake, valley, island or desert named by its feature word before or after its name (`the
        # Litani River`, `Mount Hermon`, `Lake Nasser`, `the Jordan Valley`): one place, not the country it may hold;
        # a longer run of capitals names something else (`Jordan River Foundation`, `Mount Sinai Hospital`)
        "landform": re.compile(
            rf"(?:\b(?:Mount|Lake|River|Wadi|Jabal|Jebel){sp}{name_word}(?:{sp}{name_word})?"
            rf"|(?<![\w’'\-])(?:{name_word}{sp}){{1,2}}(?:River|Mountains?|Valley|Desert|Islands?|Peninsula|Oasis|Plateau|Heights|Canal|Marshes))"
            rf"(?!{sp}[A-Z]|[\w’'\-])"
        ),
        # a town the text names as one: the Brazilian city of Belém, the Moroccan capital Rabat
        "town": re.compile(rf"(?:\b(?:city|town|village) of|\b[A-Z][a-z]+(?:an|i|ese|ish|ch) (?:city|capital),?) ({name_word}(?:{sp}{name_word}){{0,2}})"),
        # an event's name, not a body's (a cup that ends it: `FIFA Club World Cup`, not `... Cup Professional League`)
        # (a venue or a body named after its events is none: `King Abdulaziz International Conference Center`,
        # `World Government Summit Organization`)
        "event_word": re.compile(
            rf"\b(?:Summit|Conference|Forum|Expo|Award|Awards|Festival|Workshop|Week|Games|Championship|Cup$)\b(?!{sp}(?:{venues}|{heads})\b)"
        ),
    }


@functools.lru_cache(maxsize=1024)
def english_names(text: str) -> tuple[Cand, ...]:
    """The names the English rules find in a short run of Latin-script words (`Saudi Aramco`, `WHO`), as
    an Arabic text quotes them; none in a term's gloss (`Ischemic Stroke`)."""
    tk = tokenize(text)
    return tuple(resolve(candidates_en(tk, _gazetteer(tk, lang="en"))))


def candidates_en(tk: Tokens, gazetteer: list[Cand]) -> list[Cand]:
    """Candidate mentions of an English text: the gazetteer's, organizations in runs of capitalized
    words with a head noun, people after a title, with a known first name, or named before a role."""
    text = tk.text
    p = _en_patterns()
    cands = [c for c in gazetteer if not (c.type == "ORG" and _PORTFOLIO_AFTER.match(text, c.end))]
    _state_forms_en(text, cands, p)
    cands = [c for c in cands if not (c.type == "LOC" and _begins_a_programme(text, c.end, p))]
    known = _known_names(gazetteer)
    for m in p["org"].finditer(text):
        cands += _org_en(text, m.start(), m.end(), known, p)
    for m in p["title"].finditer(text):
        title, role_from = _title_after_role(text, m.start(), m.group(1), p)
        if not title and " " in m.group(2) and _serves_a_monarch(text, m.start(), m.group(1)):
            cands.append(_person_en(text, m.start(2), m.end(2), {}, role_from=role_from, p=p))
            continue
        if not title and not (" " in m.group(2) and p["office_lead"].search(text, max(0, m.start() - 30), m.start())):
            continue  # HRH the Crown Prince Receives ...: with no title left, only a known first name makes a person
        if not title and p["headline_words"].match(text, m.end(2)):
            continue  # Prime Minister Receives Japanese Foreign Minister: a headline's capitals, no name
        if not title:  # Japanese Prime Minister Fumio Kishida: the office of a country or a portfolio names a person
            cands.append(_person_en(text, m.start(2), m.end(2), {}, role_from=role_from, p=p))
            continue
        if " " not in m.group(2) and p["office_word"].match(text, m.start(2)):
            continue  # HE Foreign Minister Dr. Badr Abdelatty: the title is the next person's, after the office
        if title in ("General", "Gen.") and " " not in m.group(2) and m.group(2) not in _first_names():
            continue  # the State General Budget
        cands.append(_person_en(text, m.start(2), m.end(2), {"title": title}, role_from=role_from, p=p))
    for m in p["first"].finditer(text):
        titled = p["titles_end"].search(text, max(0, m.start(1) - 60), m.start(1))  # H.E. Dr. Shaikha Salem ...: Shaikha is her name
        first_end = m.start(1) + len(m.group(1).split()[0])
        if titled and any(text.endswith(t, 0, first_end) for t in _joined_titles()):
            continue  # His Majesty Sultan Haitham: the first name is part of a title
        title, role_from = _title_after_role(text, titled.start(), titled.group(1), p) if titled else ("", m.start(1))
        attrs = {"title": title} if title else {}
        cands.append(_person_en(text, m.start(1), m.end(1), attrs, role_from=role_from, p=p))
    for m in p["hotel"].finditer(text):  # at the Crowne Plaza Muscat: a venue
        cands.append(Cand(m.start(1), m.end(1), "ORG", m.group(1), {"kind": "hotel"}, key=fold_key(m.group(1)), prio=2))
    for m in p["division"].finditer(text):  # Aichi Prefecture, Al Dhafra Region: a place of a country
        cands.append(Cand(m.start(), m.end(), "LOC", m.group(), {"kind": "region"}, key=fold_key(m.group()), prio=1))
    for m in itertools.chain(p["water"].finditer(text), p["landform"].finditer(text)):
        cands.append(Cand(m.start(), m.end(), "LOC", m.group(), {"kind": "region"}, key=fold_key(m.group()), prio=1))
    for m in p["town"].finditer(text):
        cands.append(Cand(m.start(1), m.end(1), "LOC", m.group(1), {"kind": "city"}, key=fold_key(m.group(1)), prio=1))
    # a person beside a role: Sameh Shoukry, Minister of Foreign Affairs; Moroccan striker Soufiane Rahimi;
    # US Secretary of State Antony Blinken
    for m in p["role_apposed"].finditer(text):
        if not _holds_a_body_word(m.group(1)):
            cands.append(_person_en(text, m.start(1), m.end(1), {}, role_from=m.start(1), p=p))
    for m in p["speaker"].finditer(text):
        if _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # Human Rights Watch said, Minister of Media Salman ... said: the name began earlier, or a body's
        if not _holds_a_body_word(m.group(1)):
            cands.append(_person_en(text, m.start(1), m.end(1), {}, role_from=m.start(1), p=p))
    for pattern in ("name_role", "role_name", "office_name", "office_then_name"):
        for m in p[pattern].finditer(text):
            if pattern == "office_then_name" and p["headline_words"].match(text, m.end(1)):
                continue  # Prime Minister Receives Japanese Foreign Minister: a headline's capitals
            start, end = m.start(1), m.end(1)
            if _PROGRAMME_END.search(m.group(1)) or (pattern == "name_role" and _ABSTRACT_NOUN.search(m.group(1))):
                continue  # ... the Kuwait National Development Plan, Minister of State ... said; Minister of Industry and
                # Advanced Technology, Managing Director ...: a plan's name, a portfolio's last words
            if pattern == "office_name" and m.group(1).split()[0] in _institution_words() and (named := _chain_name(text, start, end)):
                # Minister of Investment and Foreign Trade Hassan El-Khatib: the portfolio's last words are no name
                start, end = named, p["name_at"].match(text, named).end()
            cands.append(_person_en(text, start, end, {}, role_from=start, p=p))
    for m in p["role_one_name"].finditer(text):
        if _one_word_name(m.group("name")) and m.start("name") not in known.starts:
            c = _person_en(text, m.start("name"), m.end("name"), {}, role_from=m.start("name"), p=p)
            c.attrs.setdefault("role", m.group("role") or m.group("forward"))
            cands.append(c)
    for c in cands:
        while c.type == "PERSON" and (before := p["son_of_before"].search(text, max(0, c.start - 40), c.start)):
            c.start = before.start(1)  # Buthaina bint Ali Al Jabr Al Nuaimi: the name began before `bint`
            c.value = text[c.start : c.end]
            c.key = fold_key(c.value)
    first_of_span: dict[tuple[int, int], Cand] = {}
    for c in cands:  # the same person found twice (after a known first name, after a role): what both say
        if c.type == "PERSON" and (kept := first_of_span.setdefault((c.start, c.end), c)) is not c:
            more = {k: v for k, v in c.attrs.items() if k not in kept.attrs and v not in kept.attrs.values()}
            kept.attrs = dict(sorted((kept.attrs | more).items(), key=lambda kv: kv[0] != "title"))  # (President: a title, no role too)
    for m in p["office_chain_name"].finditer(text):
        for _ in range(3):  # `of the United States, Marco Rubio`: the words of a place first, then the name
            start = _chain_name(text, m.start(1), m.end(1))
            if start is not None:
                cands.append(_person_en(text, start, m.end(1), {}, role_from=start, p=p))
                break
            if not (m := p["chain_name_on"].match(text, m.end(1))):
                break
    places = {c.start: c.end for c in cands if c.type == "LOC"}
    for m in p["envoy"].finditer(text):
        end = places.get(m.end())
        if end is not None and (host := p["host"].match(text, end)):
            end = host.end() if host.group(1) else places.get(host.end())
        named = p["titled_name"].match(text, end) if end is not None else None
        if named:  # the place the text names, then the name
            attrs = {"title": " ".join(named.group(1).split())} if named.group(1) else {}
            cands.append(_person_en(text, named.start(2), named.end(2), attrs, role_from=named.start(), p=p))
    _people_apart(text, cands, places, p)
    _roles_of_listed_people(text, cands, p)
    _rulers_titled_sultan(text, cands)
    return cands


# the given names of the sultans of Oman, Brunei and the Malay states, and the sultanates a ruler is named `of`
# (`Sultan Haitham bin Tarik of Oman`, `Sultan Ibrahim of Johor`)
_RULERS_NAMES = frozenset(("Haitham", "Qaboos", "Hassanal", "Ibrahim", "Sharafuddin", "Nazrin", "Sallehuddin", "Mizan"))
_OF_A_SULTANATE = re.compile(
    r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+Sultanate[^\S\n]+of[^\S\n]+)?"
    r"(?:Oman|Brunei|Johor|Pahang|Selangor|Kedah|Perak|Kelantan|Terengganu|Sokoto)\b"
)


def _rulers_titled_sultan(text: str, cands: list[Cand]) -> None:
    """Move, in place, the word `Sultan` that begins a person's name to the title when a sultan's given name follows
    it and the person is named `of` a sultanate (`Sultan Haitham bin Tarik of Oman`); `Sultan` is also a first name
    (`Sultan Al Jaber`, `Sultan bin Saeed Al Mansouri`, `Sultan Mohammed Al Habsi of Oman`) and stays in any other
    name."""
    for c in cands:
        words = c.value.split() if c.type == "PERSON" else []
        if len(words) >= 2 and words[0] == "Sultan" and words[1] in _RULERS_NAMES and _OF_A_SULTANATE.match(text, c.end):
            c.start += text[c.start : c.end].index(words[1])
            c.value = text[c.start : c.end]
            c.key = fold_key(c.value)
            c.attrs = {"title": " ".join(filter(None, [c.attrs.get("title"), "Sultan"]))} | {
                k: v for k, v in c.attrs.items() if k != "title"
            }


# the last word of the name of a programme, plan or prize (`Emirates Nursing Programme`, `Qatar National Vision`)
_PROGRAMME_WORDS = r"Programmes?|Programs?|Initiatives?|Strateg(?:y|ies)|Vision|Agenda|Prizes?|Awards?|Plan|Charter|Index"
_DISEASE_WORDS = r"Syndrome|Fever|Virus|Flu"  # a disease named after a place (`Middle East Respiratory Syndrome`)
_PROGRAMME_END = re.compile(rf"\b(?:{_PROGRAMME_WORDS})$")


# the word of a programme, campaign, prize or festival written in lower case after its name (`the Qatar Reads initiative`)
_PROGRAMME_WORDS_LOWER = r"initiatives?|programmes?|programs?|campaigns?|awards?|prizes?|festivals?"


def _begins_a_programme(text: str, end: int, p: dict[str, re.Pattern[str]]) -> bool:
    """Whether the place that ends at `end` begins the name of a programme, plan, prize, campaign or disease
    (`Emirates Nursing Programme`, `the Qatar Reads initiative`, `Middle East Respiratory Syndrome`)."""
    return bool(p["programme_after"].match(text, end) or p["named_programme_after"].match(text, end))


# what makes a body the gazetteer knows the matter of a portfolio, not the body (`Minister of State for Cabinet Affairs`,
# `Assistant Minister for GCC Affairs`)
_PORTFOLIO_AFTER = re.compile(r"[^\S\n]+Affairs\b")


# the verbs of a headline written in capitals after the place it is about (`UAE Launches National Strategy`)
_HEADLINE_VERB = r"(?:Launch|Announc|Unveil|Sign|Join|Win|Receiv|Adopt|Approv|Host|Mark|Celebrat|Begin|Start|Introduc|Complet|Achiev|Top|Rank|Lead|Honour|Honor|Award)e?s"


def _state_forms_en(text: str, cands: list[Cand], p: dict[str, re.Pattern[str]]) -> None:
    """Widen, in place, a country the gazetteer knows by its short name to the words of its state written before
    it (`the Republic of Senegal`, `the Federal Republic of Somalia`): the official form names one place."""
    for c in cands:
        if c.type == "LOC" and c.attrs.get("kind") == "country":
            state = p["state_form"].search(text, max(0, c.start - 60), c.start)
            if state:
                c.start = state.start()


def _people_apart(text: str, cands: list[Cand], places: dict[int, int], p: dict[str, re.Pattern[str]]) -> None:
    """Keep apart, in place, what a person's name or role runs into: a place before the name (`received
    ... in Abu Dhabi Emmanuel Macron`, `Ambassador to Kuwait Sinan Al-Majali`: the place is a LOC, the name two
    words or more after it) and another person named in the role (`Prime Minister Bisher Khasawneh and Foreign
    Minister Ayman Safadi`: Safadi's role begins after Khasawneh; a name inside a body's, `Mohammed Bin Rashid School
    of Government`, is none), and a body named in the role before a name it ran into (`Minister of Relations with
    Parliament Kaoutar Krikou`: the body ends before the name)."""
    for c in cands:
        end = places.get(c.start) if c.type == "PERSON" else None
        if end is not None and end < c.end and text[end : end + 1].isspace() and len(text[end:c.end].split()) >= 2:
            c.start = end + 1
            c.value = text[c.start : c.end]
            c.key = fold_key(c.value)
    people = {c.end: c.start for c in cands if c.type == "PERSON" and c.attrs.get("role")}
    for c in cands:
        start = people.get(c.end) if c.type == "ORG" else None
        if start is not None and c.start < start and text[start - 1].isspace():
            c.end = c.start + len(text[c.start : start].rstrip())  # Minister of Relations with Parliament Kaoutar Krikou
            c.value = text[c.start : c.end]
            c.key = fold_key(c.value)
    orgs = [(c.start, c.end) for c in cands if c.type == "ORG"]
    names = [
        c.value for c in cands
        if c.type == "PERSON" and " " in c.value and not any(s <= c.start and c.end <= e for s, e in orgs)
    ]  # fmt: skip
    for c in cands:
        role = c.attrs.get("role") if c.type == "PERSON" else None
        inside = [n for n in names if role and n in role and n != c.value and not _served(role.rsplit(n, 1)[0], p)]
        if inside:
            role = _ROLE_JOINT.sub("", role.rsplit(inside[-1], 1)[1])
            c.attrs = {k: v for k, v in c.attrs.items() if k != "role"} | ({"role": role} if role else {})


def _roles_of_listed_people(text: str, cands: list[Cand], p: dict[str, re.Pattern[str]]) -> None:
    """Keep, in place, each role of a list of people (`Prime Minister Narendra Modi, Chancellor Olaf Scholz,
    President Trump and King Abdullah II`) with its person: a role next to the name that holds another person
    named in it ends, or begins, at him and his titles (`President Trump and` is no office of King Abdullah's); a
    role read before a name that the person before holds, set off by commas between the two (`Yoko Kamikawa,
    Minister for Foreign Affairs of Japan, President Trump`), is his alone."""
    people = [c for c in cands if c.type == "PERSON"]
    for c in people:
        role = c.attrs.get("role")
        span = _role_span(text, c, role) if role else None
        if span is None:
            continue
        at, end = span
        others = [d for d in people if at < d.start < end and d.end <= end + 1 and (d.end <= c.start or d.start >= c.end)
                  and not _served(text[at : d.start], p)]
        if not others:
            continue
        if at > c.start:  # after the name: up to the next person's titles
            kept = text[at : min(d.start for d in others)]
            kept = kept[: titles.start()] if (titles := p["titles_end"].search(kept)) else kept
            kept = _ROLE_TAIL.sub("", kept)
        else:  # before the name: after the last person named in it
            kept = _ROLE_JOINT.sub("", text[max(d.end for d in others) : end])
        c.attrs = {k: v for k, v in c.attrs.items() if k != "role"} | ({"role": kept.strip()} if kept.strip() else {})
    for c in people:
        role = c.attrs.get("role")
        span = _role_span(text, c, role) if role else None
        if span is None or span[0] > c.start:
            continue
        held = [b for b in people if b is not c and b.attrs.get("role") == role and b.end <= span[0]
                and _role_span(text, b, role) == span]  # fmt: skip
        if held:
            c.attrs = {k: v for k, v in c.attrs.items() if k != "role"}


def _served(before: str, p: dict[str, re.Pattern[str]]) -> bool:
    """Whether the person named in a role after its words `before` is whom the office serves (`Adviser to His
    Highness Sheikh Mohamed bin Zayed`), not another person of a list."""
    titles = p["titles_end"].search(before)
    return bool(_TO_OR_OF.search(before[: titles.start()] if titles else before))


def _role_span(text: str, c: Cand, role: str) -> tuple[int, int] | None:
    """Where `role` is written next to the person `c`: after the name and its comma (`, Minister of ...`), or
    before it with only a comma and titles between (`Minister of ..., President Trump`); None when neither."""
    at = text.find(role, c.end, c.end + 40)
    if at >= 0 and _ROLE_AFTER_NAME.fullmatch(text, c.end, at):
        return at, at + len(role)
    at = text.rfind(role, max(0, c.start - 250), c.start)
    if at >= 0 and _ROLE_BEFORE_NAME.fullmatch(text, at + len(role), c.start):
        return at, at + len(role)
    return None


_ROLE_BEFORE_NAME = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?:[A-Z][\w.]*|His|Her|Royal)[^\S\n]+){0,4}")  # (`, President `, ` HE Dr. `)
_ROLE_TAIL = re.compile(r"(?:[\s,]|\band\b)+$")
_ROLE_AFTER_NAME = re.compile(r",[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w\-]*(?:['’]s)?[^\S\n]+)?")  # (`, Japanese `, `, India's `)


_ROLE_JOINT = re.compile(r"^(?:\s*(?:,|and\b))*\s*(?:the\s+)?", re.I)


def _names_someone(office: str, p: dict[str, re.Pattern[str]]) -> bool:
    """Whether an office holds a person's name or title (`Minister of Health Dr. Ali ...`) or a word of a clause
    (`President Trump and others attended`): the next person, no further office of the one before."""
    return _CLAUSE_WORD.search(office) is not None or any(
        p[k].search(office) for k in ("office_then_name", "role_name", "title_any", "first")
    )


_CLAUSE_WORD = re.compile(r"(?<![\w\-])(?!(?:of|for|and|the|in|to|at|on|with)\b)[a-z]")


# a body's acronym, bracketed or not, or a pronoun of the body before an office that is also a title (`FICCI President`,
# `Qatar Football Association (QFA) President`, `its President`)
# (not a country's: `US President Trump`)
_BODY_BEFORE = re.compile(rf"(?:\b(?!(?:{_COUNTRY_CODES})\W)[A-Z]{{2,}}\)?|\b(?:its|their))\s+$")  # (`(QFA) President`)


_THE_BEFORE = re.compile(r"\bthe\s+$")  # of His Majesty the King Sheikh Abdullah: `King` is the role's noun


# the honorific of a monarch alone, which a name without a ruler's title after it does not take (`Director of the
# Office of His Majesty Jafar Hassan`: the office serves the King, the name is its director's)
_MAJESTY = re.compile(r"(?:His|Her)\s+Majesty|HM")
_OFFICE_OF_BEFORE = re.compile(r"\b[A-Z][\w\-]*\s+(?:of|to)\s+(?:the\s+)?$")


def _serves_a_monarch(text: str, start: int, titles: str) -> bool:
    """Whether the title words `titles` at `start` are the monarch's whom the office before them serves (`Office of
    His Majesty`, `Adviser to His Majesty`) and no title of the name after them, which has no ruler's title."""
    return bool(_MAJESTY.fullmatch(titles.strip()) and _OFFICE_OF_BEFORE.search(text, max(0, start - 40), start))


def _title_after_role(text: str, start: int, titles: str, p: dict[str, re.Pattern[str]]) -> tuple[str, int]:
    """The title of the title words `titles` at `start`, and where the role before it ends: an office
    after a capitalized word (`University President Dr. Badran Al-Omar`) or before an honorific (`President His
    Highness Sheikh Mohamed bin Zayed`), or a title word that ends a
    role (`the Crown Prince Sheikh Salman`: Prince) or follows a nationality, a portfolio, a body's acronym or `its`
    (`Japanese Foreign Minister Yoko Kamikawa`, `FICCI President Anish Shah`), or `the` before more titles (`of His
    Majesty the King Sheikh Abdullah`), is the role's, not the title's."""
    if _serves_a_monarch(text, start, titles):
        return "", start + len(titles.rstrip())  # Director of the Office of His Majesty Jafar Hassan: the role's
    before = text[max(0, start - 40) : start]
    office = re.match(r"(?:President|Minister|Ambassador)\s+(?=\S)", titles)
    if not (office and (re.search(r"[A-Z][\w.&’'\-]*\s+$", before) or p["honorific"].match(titles, office.end()))):
        office = re.match(r"\S+\s+", titles)
        role = p["role_end"].search(before + office.group().rstrip())
        office = office if role and (role.start() < len(before) or p["office_lead"].search(before) or p["modifier_end"].search(before)
                                     or p["portfolios_end"].search(before)
                                     or _BODY_BEFORE.search(before)) or _THE_BEFORE.search(before) and office.end() < len(titles.rstrip()) else None
    if office is None and p["honorific_office"].fullmatch(titles.rstrip()):
        return "", start + len(titles.rstrip())  # HE Ambassador Khalid ...: the honorific goes before the role
    if office is None:
        return " ".join(titles.split()), start
    return " ".join(titles[office.end() :].split()), start + len(office.group().rstrip())


def _chain_name(text: str, start: int, end: int) -> int | None:
    """Where the name of capitalized words `text[start:end]` after a role's body begins: at its first known
    first name, or after the last word of a body or a place (`International Cooperation Zeina Toukan`); None when
    fewer than two words are left or the name would follow a joining word of the body."""
    spans = [(m.start(), m.group()) for m in re.finditer(r"\S+", text[start:end])]
    first = next((k for k, (_, w) in enumerate(spans) if w in _first_names()), None)
    if first is None:
        institutional = _institution_words()
        first = max((k + 1 for k, (_, w) in enumerate(spans) if w in institutional or _ABSTRACT_NOUN.search(w)), default=0)
    names = [w for _, w in spans[first:] if w not in _LINKS]
    if len(names) < 2 or (first == 0 and re.search(r"\b(?:and|of|for|the|&)\s+$", text[max(0, start - 6) : start])):
        return None  # (`... of Basic Development and Creative Learning`: a body's words after its `and`)
    return start + spans[first][0]


def _holds_a_body_word(name: str) -> bool:
    """Whether a run of capitalized words holds a word of a body, office or place the lists know, or an abstract
    noun (`Human Rights Watch`, `Tropical Medicine`): no name a cue alone finds."""
    return any(w in _institution_words() and w not in _NAME_PARTICLES or _ABSTRACT_NOUN.search(w) for w in name.split())


def _one_word_name(word: str) -> bool:
    """Whether a single capitalized word after a plain role names a person: no word of a body, office, title or
    place the lists know (`director General`), no abstract noun or trade (`chief Economist`), no month or weekday
    (`the minister Tuesday`), no acronym."""
    if word.isupper() or word in _institution_words() or _ABSTRACT_NOUN.search(word) or _TRADE.search(word):
        return False
    return word.lower() not in _calendar_words()


_TRADE = re.compile(r"ists?$")  # (Economist, Specialist)


@functools.cache
def _calendar_words() -> frozenset[str]:
    months = table("months")
    return frozenset(w for name in ("gregorian_en", "hijri_en", "weekdays_en") for w in months[name] if " " not in w)


_NAME_PARTICLES = frozenset(("Ben", "Bin", "Ibn", "Ould", "Bou", "Abu", "Al", "El", "Abdel", "Abdul"))  # also in places' names
_CAPITAL_BEFORE = re.compile(r"(?:[A-Z][\w’'\-]*|\b(?:of|for|and|the)|&(?:amp;)?)[^\S\n]+$")


# the ending of an abstract or plural noun that no name has (`Social Protection`, `Solidarity and Families`)
_ABSTRACT_NOUN = re.compile(r"(?:tion|sion|ment|ity|ities|ies|ness|ship|ism|ics|ogy|ure)s?$")


@functools.cache
def _institution_words() -> frozenset[str]:
    """The capitalized words of bodies, offices, titles and places that the word lists and gazetteers know
    (`Cooperation`, `Affairs`, `Excellency`, `Senegal`), less the first names."""
    lists = word_lists()
    phrases = [e.form for e in entries() if e.lang == "en"]
    phrases += [w for name in ("roles_en", "titles_en", "org_heads_en", "venue_heads_en", "stop_en") for w in lists[name]]
    phrases += _HONORIFICS_EN
    words = {w.strip(",.()") for phrase in phrases for w in phrase.split()}
    return frozenset(w for w in words if w[:1].isupper()) - _first_names()


@functools.cache
def _joined_titles() -> tuple[str, ...]:
    return tuple(t for t in word_lists()["titles_en"] if " " in t)


@functools.cache
def _first_names() -> frozenset[str]:
    return frozenset(word_lists()["first_names_en"])


class _Known(NamedTuple):
    """The gazetteer's names in a text: the longest that starts at each offset, and where places end."""

    starts: dict[int, Cand]
    place_ends: frozenset[int]


def _known_names(gazetteer: list[Cand]) -> _Known:
    starts: dict[int, Cand] = {}
    for c in gazetteer:
        if c.start not in starts or c.end > starts[c.start].end:
            starts[c.start] = c
    return _Known(starts, frozenset(c.end for c in gazetteer if c.type == "LOC"))


def _org_en(text: str, start: int, end: int, known: _Known, p: dict[str, re.Pattern[str]]) -> list[Cand]:
    """Organizations in a run of capitalized words: the pieces between role words and titles that
    hold a head noun (`Chairman of the Board ... and Director General of the Knowledge ... Authority`)."""
    span = text[start:end]
    if not p["heads"].search(span):
        return []
    out = []
    pos = 0
    for piece in p["split"].split(span):
        if not piece:
            continue
        s = span.find(piece, pos)
        pos = s + len(piece)
        second = _SECOND_OFFICE.search(piece) if pos < len(span) else None
        piece_end = start + s + (second.start() if second else len(piece))  # ... Communication and Government Spokesperson
        for body_start, body_end in _bodies(text, start + s, piece_end, known, p):
            if all(_in_a_place(h.start(), known, body_start) for h in p["heads"].finditer(text, body_start, body_end)):
                continue  # Gaza and the West Bank: the head noun is a place's word
            c = _org_piece(text, body_start, text[body_start:body_end], p)
            if c is not None:
                out.append(c)
    return out


# the word that begins a second office after a portfolio's `and`, right before its role word (`Minister of
# Information and Government Spokesperson`, `... and Official Spokesperson`): no word of the body before it
_SECOND_OFFICE = re.compile(r"\s+and\s+(?:Government|Official|Cabinet|Presidential)$")


def _in_a_place(at: int, known: _Known, start: int) -> bool:
    """Whether offset `at`, in a body's name from `start` on, lies inside a place of the gazetteer (`Bank` of `West
    Bank`); not inside a site that the body's own words go before (`Sultan Qaboos Grand Mosque`: a mosque named
    after a person, not the `Grand Mosque` of Makkah)."""
    return any(
        c.type == "LOC" and c.start <= at < c.end and not (c.attrs.get("kind") == "site" and c.start > start)
        for c in known.starts.values()
    )


def _bodies(text: str, start: int, end: int, known: _Known, p: dict[str, re.Pattern[str]]) -> list[tuple[int, int]]:
    """The spans of a piece cut at each `and` that joins two bodies or places, each named in its own right
    (`the Sultanate of Oman and the Arab Fund for ...`, `the Saudi Ministry of Health and the Ministry of Health
    of ...`); an `and` between two words of one name stays (`Ministry of Economy and Planning`, `Dubai Electricity
    and Water Authority`, `Bank of Bahrain and Kuwait`). After `between`, the last `and` after a body ends it: the
    other side follows (`between Abu Dhabi Ports Group and CMA CGM`, `between the Ministry of Economy and Planning
    and Huawei`)."""
    out = []
    left = start
    joints = list(p["and"].finditer(text, start, end))
    between = _BETWEEN.search(text, max(0, start - 12), start) is not None
    for joint in joints:
        if between and not out and joint is joints[-1] and _names_itself(text, left, joint.start(), known, p):
            out.append((left, joint.start()))  # between Abu Dhabi Ports Group and CMA CGM: the two sides
            left = joint.end()
        elif (joint.group("the") or _names_itself(text, left, joint.start(), known, p)) and _starts_a_body(text, left, joint, end, known, p):
            out.append((left, joint.start()))
            left = joint.end()
    return out + [(left, end)]


_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$")
_CAPITALIZED_WORD = re.compile(r"[A-Z][\w\-]*")


def _names_itself(text: str, start: int, end: int, known: _Known, p: dict[str, re.Pattern[str]]) -> bool:
    """Whether `text[start:end]`, before an `and`, names a body (it holds a head noun), is a place or body
    of the gazetteers (`Sultanate of Oman`, `UAE`) or ends with a place (`... Program for Yemen`)."""
    start = p["lead_the"].match(text, start).end()
    name = known.starts.get(start)
    if p["heads"].search(text, start, end) or end in known.place_ends:
        return True
    return name is not None and name.end == end


def _starts_a_body(text: str, left: int, joint: re.Match[str], end: int, known: _Known, p: dict[str, re.Pattern[str]]) -> bool:
    """Whether what follows the `and` of `joint` begins a body or place in its own right: a head noun with its
    `of` or `for` (`Ministry of Interior`, `Kingdom of Bahrain`), members or an owner of one (`Members of ...`,
    `Saudi Arabia's ...`), after `the` (whatever stands before the `and`: `Antonio Guterres and the Palestinian
    Authority`) a head noun or a name of two capitalized words (`the Cabinet`, `the Arab
    Fund ...`), a body or country of the gazetteers that runs no further (`Jordan`, `the World Bank`), or a place
    that begins a body named after it (`Dubai Police`, also after a body that ends with a place: `University of
    Bahrain and Bahrain Polytechnic`, not `Oman and Emirates Investment Holding Company`), a company of three words
    or more ending in a head noun after a body whose last word is one (`... Oil Company and Korea Electric Power
    Corporation`). Any other place after a place stays in the name that holds both (`Bank of Bahrain and Kuwait`,
    `Royal Commission for Jubail and Yanbu`)."""
    at = joint.end()
    name = known.starts.get(at)
    after_a_place = joint.start() in known.place_ends and bool(p["heads"].search(text, left, joint.start()))
    if name is not None and name.type == "LOC" and joint.start() in known.place_ends:
        return after_a_place and _place_names_a_body(text, at, end, name, p)
    if p["new_body"].match(text, at, end) or (joint.group("the") and p["body_after_the"].match(text, at, end)):
        return True
    if p["named_company"].match(text, at, end) and p["head_last"].search(text, max(0, joint.start() - 40), joint.start()):
        return True
    if p["legal_company"].match(text, at, end):
        return True
    if name is None or name.end > end:
        return after_a_place and _place_names_a_body(text, at, end, None, p)  # Sharjah Police General Headquarters
    if p["runs_on"].match(text, name.end, end):
        return bool(p["named_after"].match(text, name.end, end))  # Dubai Police, Sharjah Police General Headquarters
    return name.type == "ORG" or name.attrs.get("kind") == "country"


def _place_names_a_body(text: str, at: int, end: int, name: Cand | None, p: dict[str, re.Pattern[str]]) -> bool:
    """Whether the place at `at` (the gazetteer's `name`, or else one capitalized word) goes on to a head noun, naming a
    body after it (`Bahrain Polytechnic`, `Sharjah Police General Headquarters`)."""
    word = _CAPITALIZED_WORD.match(text, at, end)
    place_end = name.end if name is not None else word.end() if word else None
    return place_end is not None and place_end <= end and bool(p["named_after"].match(text, place_end, end))


def _org_piece(text: str, start: int, piece: str, p: dict[str, re.Pattern[str]]) -> Cand | None:
    lead = re.match(r"\s*(?:(?:of|at|for|and|the|The|in)\s+)*", piece)
    if lead:
        start += lead.end()
        piece = piece[lead.end() :]
    head = p["heads"].search(piece)
    if head is None:
        return None
    members = re.match(r"[A-Z][a-z]+s\s+of\s+(?:the\s+)?", piece)
    if members and members.end() <= head.start():  # Officers of the National Guard, Members of the Shura Council
        start += members.end()
        piece = piece[members.end() :]
        head = p["heads"].search(piece)
    owner = p["owner_lead"].match(piece)
    if owner and p["heads"].search(piece, owner.end()) and " " in piece[owner.end() :].strip():
        start += owner.end()  # the Egyptian Cabinet's Information and Decision Support Center: the owner is another name
        piece = piece[owner.end() :]
        head = p["heads"].search(piece)
    cut = p["cut"].search(piece, head.end())  # a person's name after the organization
    if cut:
        piece = piece[: cut.start()]
    person = re.match(r"(.+?)\s+and\s+", piece)
    named = p["first"].match(piece) or p["role_end"].search(text[max(0, start - 40) : start].rstrip())
    if person and named and not p["heads"].search(person.group(1)):
        # Dr. Mohammed Al-Meshal and University President ..., Foreign Minister Hanke Bruins Slot and World Bank
        # President ...: a person (a known first name, or after a role), then another body
        start += person.end()
        piece = piece[person.end() :]
    portfolio = _DEPUTY_BEFORE.search(text, max(0, start - 40), start) and _MINISTRY_FOR.match(piece)
    if portfolio:
        piece = piece[: portfolio.end(1)]  # Undersecretary of the Ministry of Labour for Human Resources: the deputy's portfolio
    listed = piece.rfind(", ")
    if listed > 0 and " and " not in piece[listed:]:  # Sultan bin Muhammad Al Qasimi, Supreme Council Member and ...
        start += listed + 2  # a listing of fields closes with its `and` (`Research, Development and Innovation Council`)
        piece = piece[listed + 2 :]
    piece = re.sub(r"(?:\s+(?:of|for|and|the|on|&|de))+$|['’]s$", "", piece.rstrip())  # (the Foundation's office)
    if not p["heads"].search(piece) or p["event_word"].search(piece) or " " not in piece.strip():
        return None
    if re.match(r"Government\s+(?!of\b)", piece) and not p["heads"].search(piece, len("Government")):
        return None  # Government Services, Government Entities: what a government does or has
    if _MINISTER_AFTER.match(text, start + len(piece)) and p["portfolios_end"].fullmatch(piece + " "):
        return None  # Local Administration and Environment Minister: the minister's portfolios, no body
    return Cand(start, start + len(piece), "ORG", piece, {}, key=fold_key(piece))


_MINISTER_AFTER = re.compile(r"[^\S\n]+Minister\b")


# a deputy's office before a ministry, whose `for ...` after it is the deputy's portfolio, not the ministry's name
_DEPUTY_BEFORE = re.compile(r"\b(?:Under-?[Ss]ecretary|Deputy|Assistant|Vice)\b[\w\s\-]{0,30}?\s+of\s+(?:the\s+)?$")
_MINISTRY_FOR = re.compile(r"(Ministry\s+of\s+(?!State\b)\S.*?)\s+for\s+[A-Z]")


_BRACKETED_END = re.compile(r"\s*\([^()]*\)$")
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})[.!?][\"”’)]?(?:\s+(?=[A-Z])|\s*$)")  # after a word, not after `U.S.` or `Dr.`


_TO_OR_OF = re.compile(r"\b(?:to|of)\s+$")


def _titled_person_in(phrase: str, p: dict[str, re.Pattern[str]]) -> bool:
    """Whether a phrase after a name's comma names another person by a title (`President Trump and ...`, `Grand Imam
    of Al-Azhar Sheikh Ahmed El-Tayeb`), not as what the office serves (`Adviser to His Highness Sheikh Mohamed`)."""
    return any(not _TO_OR_OF.search(phrase, 0, m.start()) for m in p["title"].finditer(phrase))


def _person_en(text: str, start: int, end: int, attrs: dict[str, Any], *, role_from: int, p) -> Cand:
    if text[end - 2 : end] in ("'s", "’s"):
        end -= 2  # Mr. Sebkar's team
    value = text[start:end]
    after = p["role_after"].match(text, end)
    if after and (any(p[k].search(after.group(1)) for k in ("office_then_name", "role_name", "office_name")) or _titled_person_in(after.group(1), p)):
        after = None  # ..., Russian president Vladimir Putin arranged ..., President Trump and ...: the next person
    if after:
        role = _BRACKETED_END.sub("", after.group(1).strip())  # ... Council (QRDI Council): the acronym is the body's
        offices, at = [role], after.end()
        while (more := p["office_after"].match(text, at)) and not _names_someone(more.group(1), p):
            offices.append(_BRACKETED_END.sub("", more.group(1).strip()))  # ..., Crown Prince of Dubai, Deputy Prime Minister, ...
            at = more.end()
        role = ", ".join(offices)
        attrs["role"] = role[4:] if role.lower().startswith("the ") else role
    else:
        window = text[max(0, role_from - 200) : role_from]
        titles = list(p["title_any"].finditer(window))
        if titles:  # ... Eng. Khaled Al-Fadhel and Chairman of ...: the role starts after the last person
            window = window[titles[-1].end() :]
        listed = list(p["listed"].finditer(window))
        if listed:  # ... Ayman Safadi and Japanese Foreign Minister Yoko Kamikawa: so it does after a name
            window = window[listed[-1].end() :]
        ended = list(_SENTENCE_END.finditer(window))
        if ended:  # ... President Vladimir Putin. Minister of Media Salman ...: nor does it run over a full stop
            window = window[ended[-1].end() :]
        window = window[window.rfind("\n") + 1 :]  # nor over a line break
        before = p["role_before"].search(window)
        if before and len(before.group(1).split()) <= 20 and not _TO_OR_OF.search(before.group(1).rstrip() + " "):
            role = _BRACKETED_END.sub("", before.group(1).strip())  # ... of Oil (SOMO): the acronym is the body's
            if role.lower().startswith("the "):
                role = role[4:]
            attrs["role"] = role
            role_start = role_from - len(window) + before.start(1)
            honorific = p["honorific_end"].search(text, max(0, role_start - 40), role_start)
            if honorific:  # His Excellency the Minister of ..., Bandar Alkhorayef: the title is before the role
                attrs["title"] = " ".join(filter(None, [honorific.group(1), attrs.get("title")]))
    return Cand(start, end, "PERSON", value, attrs, key=fold_key(value))
