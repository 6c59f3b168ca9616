"""Toponyms found in the text, geocoded against the offline gazetteer.

1. Scan: every capitalised word starts a lookup of the longest gazetteer name that
   follows (token n-grams against a dict, Aho-Corasick-like: a prefix set stops the
   extension early), so the cost is a few dict lookups per capitalised word.
2. Accept: a match is a place unless the words around it say otherwise (a title or a
   first name before it, a street or school word after it, a common word at the start of
   a sentence, a headline in title case) - see `_accept`.
3. Resolve: each accepted name becomes one gazetteer entry, chosen in `place_resolve`
   by the state or country written after it, the countries and regions the article
   names, closeness to the places it names unambiguously, and population.
"""

from __future__ import annotations

import re

from clashwatch.extract import place_lexicon as lex
from clashwatch.extract.gazetteer import UNLISTED, GazEntry, Gazetteer, load_gazetteer, name_key
from clashwatch.extract.place_text import (
    Mention,
    TextContext,
    Token,
    sentence_at,
    sentence_starts,
    tokenize,
)
from clashwatch.extract.place_unlisted import us_state, with_unlisted_towns
from clashwatch.extract.place_url import url_country, url_place_names
from clashwatch.model import Article, Place, Span

# what may stand between two words of one name: "St. Louis", "Nagorno-Karabakh"
_NAME_GAPS = frozenset({" ", "-", "–", ". ", ".", " - "})
_PLAIN_BEFORE = lex.LOCATIVE_BEFORE | frozenset(
    "the a and but as for by with when while after before since during".split()
    + ["old"])  # "an 8-Year-Old Camden Girl" in a headline
_NEAR_WORDS_BEFORE = lex.LOCATIVE_BEFORE | lex.AREA_BEFORE  # "in Gary", "southwest Macon"
_TITLE_SITE = re.compile(r"\s+[-–—|]\s+")
_INITIAL_AFTER = re.compile(r" [A-Z]\. [A-Z][a-z]")
_AGE_AFTER = re.compile(r",\s*\d{1,3}\b(?!,\d)")  # "Smith, 33": a person's age
_AFTER_COMMA = re.compile(r",\s*((?:[A-Z][A-Za-z]*\.?\s?){1,3})")
# "at Franklin and Odessa streets": the first of two streets named together
_AND_STREETS = re.compile(r"\s+(?:and|&)\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:streets|avenues|roads|"
                          r"drives|boulevards|lanes)\b")
# "Murad 'Anthony' Weaver": a nickname in quotes between a first and a last name
_NICKNAME_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+['\"‘“]$")
_NICKNAME_AFTER = re.compile(r"['\"’”]\s+[A-Z]")
_IN_WORDS = frozenset("in near outside from".split())  # before a town, not an institution
_DIVISION_WORDS = lex.DISTRICT_SUFFIXES | frozenset("co township twp".split())
# "Douglass Twp., Pa.": the township's state comes after its kind
_TOWNSHIP_AFTER = re.compile(r"\s+(?:twp\.?|township|borough)(?=,)", re.IGNORECASE)
_DATELINE = re.compile(
    r"^[#>*\s]*([A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,3})(?:,\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*)?))?"
    r"\s*(?:\([^()\n]{1,40}\))?\s*[—–-]{1,2}", re.M)


_STATE_WORDS = (*lex.US_STATE_ABBREVIATIONS, *lex.US_POSTAL_CODES, *lex.US_POSTAL_CODES.values())


def scan(text: str, tokens: list[Token], gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """(first token, last token, key) of each longest gazetteer name, left to right."""
    found = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if not tok.capitalised:
            i += 1
            continue
        key = tok.norm
        best = (i, key) if key in gaz else None
        j = i
        while key in gaz.prefixes and j + 1 < n and j - i + 1 < gaz.max_words:
            nxt = tokens[j + 1]
            gap = text[tokens[j].end:nxt.start]
            if gap not in _NAME_GAPS:
                break
            if not nxt.capitalised and nxt.norm not in lex.NAME_CONNECTORS and gap != "-":
                break  # but "Opa-locka", "Wilkes-barre" go on
            j += 1
            key = f"{key} {nxt.norm}"
            if key in gaz:
                best = (j, key)
        if best is None:
            i += 1
            continue
        found.append((i, best[0], best[1]))
        i = best[0] + 1
    return found


REJECT, PERSON, STREET, INSTITUTION = "reject", "person", "street", "institution"
# "the 18000 block of Winthrop", "the 3000 block of West Van Buren": a street
_BLOCK_OF = re.compile(r"\bblock of\s+(?:(?:North|South|East|West|[NSEW]\.?)\s+)?$")
# "at 497 North Circle", "1200 Main": a house number (not a year) before a street
_HOUSE_NUMBER = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d{3,5}\s+"
                           r"(?:(?:North|South|East|West|[NSEW]\.?)\s+)?$")
# capitals say little about a town smaller than this (a sentence start, a headline)
BIG_CITY = 100_000
SHOUTED_LETTERS = 60  # a line of this many letters all in capitals is a transcript


def _accept(text: str, tokens: list[Token], first: int, last: int, key: str,
            candidates: list[GazEntry], ctx: TextContext) -> str | None:
    """None when this match is a place here, else why not: PERSON when the words around
    it make it a person's name (see the module docstring, step 2)."""
    words = key.split(" ")
    if (all(w in lex.NOT_PLACES for w in words) or key in lex.DEMONYMS) and not (
            _state_after(text, tokens[last].end)  # "Hope, AR" is the town
            or (len(words) > 1 and first > 0  # and so is "in North Liberty"
                and tokens[first - 1].norm in lex.LOCATIVE_BEFORE)
            or (len(words) > 1 and last + 1 < len(tokens)  # and "North Liberty police"
                and tokens[last + 1].norm in lex.PLACE_AFTER
                and text[tokens[last].end:tokens[last + 1].start] == " ")):
        return REJECT
    if key in lex.CHAIN_POSSESSIVES and _possessive(text, tokens[last]):
        return REJECT  # "outside a McDonald's": the restaurant
    if text.endswith(("/", "/The "), 0, tokens[first].start):
        return REJECT  # a photo credit: "Guiseppe Barranco/The Enterprise"
    if text.startswith(".", tokens[last].end) and f"{tokens[last].raw}." in lex.US_STATE_ABBREVIATIONS:
        return REJECT  # "Mont." is Montana, not Mont-près-Chambord
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    nxt_joined = nxt is not None and text[tokens[last].end:nxt.start] == " "
    if nxt_joined and nxt is not None and ((nxt.capitalised and (
            nxt.norm in lex.NON_PLACE_SUFFIXES or nxt.norm in lex.MEDIA_SUFFIXES))
            or _street_word(text, nxt)):
        # "Washington Street" (but a "Houston drive-by"), "Lincoln High School",
        # "Washington Post"
        if nxt.norm in lex.STREET_WORDS:
            return STREET
        if nxt.norm in lex.INSTITUTION_WORDS and max(c.population for c in candidates) < BIG_CITY:
            return INSTITUTION  # "El Centro College", "Riley Hospital": named after a person
        return REJECT
    follows_name = (nxt_joined and nxt is not None and nxt.capitalised
                    and nxt.norm not in lex.PLACE_SUFFIXES and nxt.raw.upper() != nxt.raw
                    and nxt.norm not in lex.CALENDAR_WORDS  # "in Roswell Sunday"
                    and nxt.norm not in lex.RESIDENT_NOUNS  # "Frankfort Teen Shot"
                    and nxt.norm not in lex.AGENCY_AFTER  # "the York County Coroner"
                    # "Chicago's Northwest Side": a possessive is no first name
                    and not tokens[last].raw.endswith(("'s", "’s"))
                    and ctx.sent_of[last + 1] == ctx.sent_of[last])
    if _AND_STREETS.match(text, tokens[last].end):
        return STREET
    start, end = tokens[first].start, tokens[last].end
    if _NICKNAME_AFTER.match(text, end) and _NICKNAME_BEFORE.search(text, max(0, start - 30), start):
        return PERSON
    if (nxt_joined and nxt is not None and nxt.norm in lex.PERSON_POSSESSIONS
            and _possessive(text, tokens[last])
            and max(c.population for c in candidates) < BIG_CITY):
        return PERSON  # "Eli's father", "Holden's death"
    if _INITIAL_AFTER.match(text, tokens[last].end):
        return PERSON  # "Norman R. Burke": a first name before a middle initial
    if _AGE_AFTER.match(text, tokens[last].end):
        return PERSON  # "Smith, 33,"; "Male, 17, arrested" is no Maldives region
    if any(c.kind in ("country", "admin1", "region") for c in candidates):
        # "Jordan Harris", "Texas Rangers": a person or a body named after the place
        return REJECT if follows_name else None
    prev = tokens[first - 1] if first > 0 else None
    if (prev is not None and prev.capitalised and first not in ctx.openers
            and _joined_name(text, prev, tokens[first]) and prev.norm not in _PLAIN_BEFORE
            and ctx.sent_of[first - 1] == ctx.sent_of[first]
            and prev.norm not in lex.AREA_BEFORE  # "Southeast D.C.", "North Philadelphia"
            and not (len(prev.raw) > 1 and prev.raw.isupper())  # "CBS Chicago"
            and not prev.raw.endswith(("'s", "’s"))):  # "Chicago's Englewood" is a place
        return PERSON  # "Officer Gary", "President Vladimir", "Lavell Lee Smith"
    if follows_name:
        # "Gary Johnson"; but "Detroit Lions" is no person called Detroit
        return PERSON if max(c.population for c in candidates) < BIG_CITY else REJECT
    if len(words) > 1:
        return None
    # one word: capitals are weak evidence at a sentence start, in a headline, in capitals
    strong = (prev is not None and prev.norm in _NEAR_WORDS_BEFORE) or (
        nxt_joined and nxt is not None and nxt.norm in lex.PLACE_AFTER) or text.startswith(
        ",", tokens[last].end)
    if _shouted(text, tokens[first]):
        # a transcript in capitals: "WENT TO GO" says nothing; only ", MISS." would, and
        # a word that is only another name of a place ("TURN" for Angren) is a word
        if not any(name_key(c.name) == key for c in candidates):
            return REJECT
        strong = strong and _state_after(text, tokens[last].end)
    if ctx.written_lower(key):
        return REJECT  # "Mobile" when the article also writes "mobile"
    if (nxt_joined and nxt is not None and nxt.norm in lex.PERSON_VERBS_AFTER
            and (prev is None or prev.norm not in lex.LOCATIVE_BEFORE)):
        return PERSON  # "Jackson said": a person speaks; "officials in Baku said" stays
    if not strong and max(c.population for c in candidates) < BIG_CITY and (
            first in ctx.openers or tokens[first].raw.isupper()
            or ctx.title_case(ctx.sent_of[first])):  # a weak position, the headline last
        return REJECT
    return None


def _unlisted_dateline_towns(datelines: list[re.Match[str]], gaz: Gazetteer,
                             sent_of: list[int], tokens: list[Token]) -> list[Mention]:
    """The datelines naming, with a US state, a place the gazetteer lacks ("WEST PRICE
    HILL, Ohio (WKRC) -", "TOONE, Tenn. -"): a town of that state, as written."""
    towns = []
    for found in datelines:
        name, state = found.group(1), us_state(found.group(2))
        if state is None or name_key(name) in gaz or (
                name.split()[-1].lower().rstrip(".") in _DIVISION_WORDS):
            continue  # "HALIFAX CO., Va.": a county, as the gazetteer has it
        start, end = found.span(1)
        town = Mention(start, end, name_key(name), [],
                       sentence_at(start, [t.start for t in tokens], sent_of),
                       qualifier=found.group(2), role="dateline")
        town.unlisted_state, town.strong = state, True
        towns.append(town)
    return towns


def _shouted(text: str, word: Token) -> bool:
    """Whether a word in capitals stands in a line written all in capitals (a broadcast
    transcript), where capitals tell nothing of names."""
    if not word.raw.isupper() or len(word.raw) < 2:
        return False
    start = text.rfind("\n", 0, word.start) + 1
    end = text.find("\n", word.end)
    line = text[start:end if end != -1 else len(text)]
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= SHOUTED_LETTERS and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)


def _possessive(text: str, word: Token) -> bool:
    return word.raw.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), word.end)


def _street_word(text: str, word: Token) -> bool:
    """A street after a name: "Winthrop Street", "Bourbon street"; but a common word in
    lower case is no street ("Houston road rage", "a Houston drive-by")."""
    if word.norm not in lex.STREET_WORDS or text.startswith("-", word.end):
        return False
    return word.capitalised or word.norm in lex.STREET_WORDS_ANY_CASE


def _joined_name(text: str, prev: Token, tok: Token) -> bool:
    """Two words of one person's name: "Gary Johnson", "Jordyn D. Wade", '"Web" Bennett'."""
    gap = text[prev.end:tok.start]
    return gap in (" ", "-", '" ', "” ") or (gap == ". " and len(prev.raw) == 1)


def _state_after(text: str, end: int) -> bool:
    """A US state written after a comma: "Gary, Indiana", "Elgin, Ill.", "Mesa, AZ"."""
    after = _AFTER_COMMA.match(text, end)
    if not after:
        return False
    return after.group(1).strip().startswith(_STATE_WORDS)


def _strong(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """A locative before the name, a place word or a state after it ("in Gary", "Gary
    police", "Gary, Indiana"): a place even where the name also names a person."""
    prev = tokens[first - 1] if first > 0 else None
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    return ((prev is not None and prev.norm in _NEAR_WORDS_BEFORE)
            or (nxt is not None and nxt.norm in lex.PLACE_AFTER
                and text[tokens[last].end:nxt.start] == " ")
            or _state_after(text, tokens[last].end))


def find_mentions(article: Article, gaz: Gazetteer | None = None,
                  sure: range = range(0)) -> list[Mention]:
    """Accepted toponym mentions, unresolved (pure: the text in, mentions out); the names
    starting in `sure` are places whatever the words around them."""
    gaz = gaz or load_gazetteer()
    text = article.text
    tokens = tokenize(text)
    sent_of, openers = sentence_starts(article, tokens)
    ctx = TextContext(article, sent_of, openers)
    dateline_matches = list(_DATELINE.finditer(text))
    datelines = {m.start(1) for m in dateline_matches}
    dateline_towns = _unlisted_dateline_towns(dateline_matches, gaz, sent_of, tokens)
    inside_towns = {i for m in dateline_towns for i in range(m.start, m.end)}
    mentions: list[Mention] = []
    persons: set[str] = set()
    streets: set[str] = set()
    institutions: set[str] = set()
    placed: set[int] = set()  # starts of mentions written as places: "in X", "X, Texas"
    strong: list[bool] = []
    for first, last, key in scan(text, tokens, gaz):
        candidates = gaz.lookup(key)
        if key.split(" ", 1)[0] in lex.AREA_BEFORE and last > first and not any(
                name_key(c.name) == key for c in candidates):
            # "West Side", "West Charlotte": a part of a town, found only as another
            # place's alternate name; the town after the direction is the place
            key = key.split(" ", 1)[1]
            first += 1
            candidates = gaz.lookup(key)
            if not candidates:
                continue
        start, end = tokens[first].start, tokens[last].end
        if start in inside_towns:
            continue  # "WEST PRICE HILL, Ohio (WKRC) -": one town, not West, Texas
        dateline = start in datelines
        certain = dateline or start in sure
        why = None if certain else _accept(text, tokens, first, last, key, candidates, ctx)
        if why is None and not certain and (
                _BLOCK_OF.search(text, max(0, start - 20), start)
                or _HOUSE_NUMBER.search(text, max(0, start - 14), start)):
            why = STREET
        if why == PERSON:
            persons.add(key)
        elif why == STREET:
            streets.add(key)
        elif why == INSTITUTION:
            institutions.add(key)
        if why is not None:
            continue
        mention = Mention(start, end, key, candidates, sent_of[first])
        # one word that only another name of a place ("Eli" for Ely, "Mid" for Mead,
        # "Khankendi" for Stepanakert), nothing around it saying it is a place
        mention.strong = certain or (_strong(text, tokens, first, last) and not (
            first == last and _shouted(text, tokens[first])
            and not _state_after(text, tokens[last].end)))
        mention.alias_only = (first == last and not mention.strong
                              and not tokens[first].raw.isupper()
                              and not any(name_key(c.name) in (key, f"the {key}")
                                          for c in candidates))
        if dateline:
            mention.role = "dateline"
        if certain or _state_after(text, end) or (
                first > 0 and tokens[first - 1].norm in _IN_WORDS):
            placed.add(start)
        _describe(text, tokens, first, last, mention)
        mentions.append(mention)
        strong.append(mention.strong)
    mentions, strong = with_unlisted_towns(text, mentions, strong, sent_of, tokens, ctx,
                                           tuple(dateline_towns))
    # a name used for a person once ("Lavell Lee Smith") is that person elsewhere
    # ("Smith was arrested"), and one used for a street ("Winthrop Street") is that
    # street ("the shooting on Winthrop"), unless the words around it make it a place
    # ("in Gary")
    # and one used for an institution ("El Centro College") is that institution ("El
    # Centro officers", "a source at Riley") unless written in it or with its state
    return [m for m, sure in zip(mentions, strong, strict=True)
            if (sure or (m.key not in persons and m.key not in streets))
            and (m.key not in institutions or m.start in placed or m.unlisted_state)]


def _describe(text: str, tokens: list[Token], first: int, last: int, mention: Mention) -> None:
    """Precision and qualifier from the words around a mention."""
    before = text[max(0, mention.start - 24):mention.start].lower()
    if before.rstrip().endswith(lex.NEAR_BEFORE):
        mention.precision = "near"
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if nxt is not None and text[mention.end:nxt.start] in (" ", "’s ", "'s "):
        if nxt.norm in lex.DISTRICT_SUFFIXES:
            mention.precision = "district"
        elif nxt.norm in lex.NEIGHBORHOOD_SUFFIXES:
            mention.neighbourhood = True
    if (text.startswith(("’s ", "'s "), mention.end) and last + 2 < len(tokens)
            and tokens[last + 2].norm in lex.DISTRICT_SUFFIXES):  # "Artsakh's Martakert region"
        mention.precision = "district"
    township = _TOWNSHIP_AFTER.match(text, mention.end)
    after = _AFTER_COMMA.match(text, township.end() if township else mention.end)
    if after:
        mention.qualifier = after.group(1).strip()


def place_of(mention: Mention) -> Place:
    """The `Place` a resolved mention stands for."""
    entry = mention.chosen
    name = entry.name if entry else mention.key
    place = Place(name=name, span=Span(mention.start, mention.end), role=mention.role)
    if entry is None:
        return place
    place.lat, place.lon = entry.lat, entry.lon
    place.geonameid = None if entry.kind == UNLISTED else entry.id
    place.admin1, place.country = entry.admin1, entry.country
    place.geo_precision = {"country": "country", "admin1": "region", "region": "region",
                           "county": "district", UNLISTED: "region"}.get(
                               entry.kind, mention.precision or "exact")
    if entry.kind == "city" and mention.precision:
        place.geo_precision = mention.precision
    return place


class PlaceFinder:
    """Pipeline component: sets `places` (one per toponym mention, in text order)."""

    name = "places"
    requires: tuple[str, ...] = ("text", "sentences")
    assigns: tuple[str, ...] = ("places",)

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer

    def __call__(self, article: Article) -> Article:
        from clashwatch.extract.place_resolve import resolve_mentions

        gaz = self.gazetteer or load_gazetteer()
        scanned, title_end, address_start, offset = _with_title(article)
        # the address's names are gazetteer names already: no person or street to rule out
        mentions = find_mentions(scanned, gaz, sure=range(address_start, offset))
        resolve_mentions(scanned, mentions, gaz, site=range(title_end, offset),
                         site_country=url_country(article.url))
        places = []
        for mention in mentions:
            if mention.chosen is None:
                continue
            place = place_of(mention)
            if mention.start < offset:  # the title and the site are not in the text
                place.span, place.role = None, "title" if mention.start < title_end else "site"
            elif place.span is not None:
                place.span = Span(place.span.start - offset, place.span.end - offset)
            places.append(place)
        article.places = places
        return article


def _with_title(article: Article) -> tuple[Article, int, int, int]:
    """The article with its title (when the text does not start with it: headlines name
    the place of the event), the title's site part and the places the publisher's
    address names put before the text; where the title ends in it, where the address's
    places start and where the text starts."""
    # "Man shot in Gary - WALB.com, South Georgia News": the part after the first
    # " - " or " | " names the site (and where it is), not the event; the places it
    # names still tell which state the article is about ("Shreveport, LA News")
    parts = _TITLE_SITE.split(" ".join((article.title or "").split()), maxsplit=1)
    title, site = parts[0], parts[1] if len(parts) > 1 else ""
    # the publisher's address names its city or state too ("denverpost.com")
    address = "; ".join(url_place_names(article.url, load_gazetteer()))
    head = " ".join(article.text[:len(title) + 40].split()).lstrip("# ")
    if title and head.lower().startswith(title.lower()):
        title = ""
    if not (title or site or address):
        return article, 0, 0, 0
    heads: list[Span] = []
    prefix = ""
    for part in (title, site, address):
        if part:
            heads.append(Span(len(prefix), len(prefix) + len(part)))
            prefix += f"{part}\n\n"
    offset = len(prefix)
    shifted = [Span(s.start + offset, s.end + offset) for s in article.sentences]
    address_start = offset - len(address) - 2 if address else offset
    return (Article(id=article.id, text=prefix + article.text, sentences=[*heads, *shifted]),
            len(title), address_start, offset)
