"""Where the principal event happened: the incident's place among all the places named.

1. Group the mentions by the place they resolve to (Khankendi and Stepanakert are one).
2. Weigh each mention: more in the title and the lede (news puts the where up front),
   more in a sentence about the incident (a casualty claim or an incident word: "shot",
   "shelled") and after a locative ("in", "near"); a dateline only says where the
   report was filed, so it weighs like a mention in the lede: the city the text says the
   shooting was in wins over the publisher's city.
3. Weigh each place again by how much of the article's weight lies in its state (or
   its country, for places with no state): the places a local report names lie mostly
   in one state, and a homonym or a street taken for a town elsewhere stands alone.
4. Prefer the finest level that has real weight: a town over its county, a county over
   its state or region, a region over a country. A coarser place wins only when it
   clearly outweighs every finer one (an article about "Nagorno-Karabakh" that names a
   village once in passing); a county must outweigh a town of its own state many times
   over: reports name the sheriff's county all along, records the town it happened in.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from clashwatch.extract import place_lexicon as lex
from clashwatch.extract.gazetteer import GazEntry, load_gazetteer, name_key
from clashwatch.extract.place_resolve import km
from clashwatch.model import Article, Place

# finest first; a place's level by its precision code
LEVELS = {"exact": 0, "near": 0, "district": 1, "region": 2, "country": 3}
TITLE_WEIGHT, LEDE_WEIGHT, INCIDENT_WEIGHT, LOCATIVE_WEIGHT = 3.0, 2.0, 2.0, 1.0
DATELINE_WEIGHT = 8.0  # where the report was filed: often, not always, the incident's city
SITE_WEIGHT = 0.5
TEASER_WEIGHT = 0.1  # a line teasing another video ("2:05 Video shows ...")
ALERT_WEIGHT = 0.0  # a weather alert's counties
SUBURB_OF_WEIGHT = 0.3  # "the Denver suburb of Wheat Ridge": the city only locates the town
ACTOR_USE_WEIGHT = 0.3  # a country or region named without a locative before it
LEDE_SENTENCES = 2
# a coarser place must weigh this many times the best finer one to be the event's place
COARSER_FACTOR = 3.0
COUNTY_FACTOR = 10.0  # the same, for a county over a town of its state
COUNTRY_FACTOR = 6.0  # news name the countries at war all along: a town must be beaten clearly
# (population at least, km): how far from its point a big city's neighbourhoods reach
CITY_RADIUS_KM = ((1_000_000, 20.0), (300_000, 12.0))
CITY_OVER_PART = 10
BOROUGH_CITY = 3_000_000  # a city this big is recorded by its boroughs
# a place whose state holds none of the article's weight keeps this share of its own
STATE_FLOOR = 0.0

_INCIDENT = re.compile(lex.INCIDENT_WORDS, re.IGNORECASE)
# a town with its own police or council is a town, not a neighbourhood of a bigger one
_OWN_TOWN_AFTER = re.compile(r"(?:['’]s)?\s+(?:police|fire department|mayor|city council|"
                             r"village board)\b", re.IGNORECASE)
_OWN_TOWN_BEFORE = re.compile(r"\b(?:city|town|village|borough|township) of\s+$", re.IGNORECASE)
# a video's running time at a line's start, not a clock time ("2:05 p.m.")
_TEASER_LINE = re.compile(r"\d{1,2}:\d\d\s+(?![ap]\.?m\b)(?!EST|EDT|CST|CDT|PST|PDT)", re.IGNORECASE)
# a weather alert a station's page carries: its counties are no place of the story
_ALERT_LINE = re.compile(r"[^\n]{0,80}\b(?:watch|warning|advisory|statement) issued\b[^\n]{0,80}"
                         r"\bin effect for:", re.IGNORECASE)
_SUBURBAN_BEFORE = re.compile(r"\bsuburban\s+$", re.IGNORECASE)
_SUBURB_AFTER = re.compile(r"(?:['’]s)?\s+suburbs?\b", re.IGNORECASE)
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|of)\s+(?:the\s+)?$", re.IGNORECASE)
# the word after a county's name, past "County"/"Co." and a possessive
_WORD_AFTER_COUNTY = re.compile(r"(?:\s+(?:county|co\.?|parish))?(?:['’]s)?\s+([a-z]+)",
                                re.IGNORECASE)


def level_of(place: Place) -> int:
    """How coarse a place is, finest 0. A town the gazetteer lacks ("Toone, TN") is a
    town, though its point (and its precision code) is its state's."""
    if place.geonameid is None and place.admin1 and place.name != place.admin1:
        return 0
    return LEVELS.get(place.geo_precision or "exact", 0)


def _place_key(place: Place) -> tuple[object, ...]:
    return (place.geonameid,) if place.geonameid is not None else (place.name, place.country)


def used_as_place(article: Article, place: Place) -> bool:
    """Whether a mention stands for the place: a town always; a country or region only
    after a locative ("in Armenia"), not as a party ("Artsakh forces", "Baku said")."""
    if place.geo_precision not in ("country", "region"):
        return True
    if place.span is None:
        return True
    start = place.span.start
    return bool(_LOCATIVE.search(article.text[max(0, start - 12):start]))


def _names_agency(text: str, end: int) -> bool:
    """Whether a county's name ending at `end` names its agency ("Gaston County Police")."""
    after = _WORD_AFTER_COUNTY.match(text, end)
    return after is not None and after.group(1).lower() in lex.AGENCY_AFTER


def _sentence_index(article: Article, starts: list[int], offset: int) -> int:
    """The index of the sentence holding `offset` (sentences are in text order;
    `starts`: their start offsets)."""
    i = bisect.bisect_right(starts, offset) - 1
    if 0 <= i < len(article.sentences) and offset < article.sentences[i].end:
        return i
    return len(article.sentences)


def _weights(article: Article) -> dict[tuple[object, ...], tuple[float, Place]]:
    """Step 1-2: each place's summed mention weight and its first mention."""
    text = article.text
    title = (article.title or "").lower()
    starts = [sentence.start for sentence in article.sentences]
    claim_sentences = {_sentence_index(article, starts, c.span.start)
                       for c in article.claims if c.span}
    found: dict[tuple[object, ...], tuple[float, Place]] = {}
    incident: dict[int, bool] = {}  # sentence index -> about the incident
    towns = {(p.country, p.admin1) for p in article.places if level_of(p) == 0 and p.admin1}
    for place in article.places:
        if place.role == "site":
            # the site's own town ("KTBS.com - Shreveport, LA News"): local news is
            # mostly about it, so it is the place when the text names no other
            total, first = found.get(_place_key(place), (0.0, place))
            found[_place_key(place)] = (total + SITE_WEIGHT, first)
            continue
        if place.role == "title":
            total, first = found.get(_place_key(place), (0.0, place))
            weight = TITLE_WEIGHT * (SUBURB_OF_WEIGHT if _suburb_of_title(article.title or "",
                                                                          place.name) else 1.0)
            found[_place_key(place)] = (total + weight, first)
            continue
        if place.span is None:
            continue
        sent_i = _sentence_index(article, starts, place.span.start)
        sent = article.sentences[sent_i] if sent_i < len(article.sentences) else None
        if place.role == "dateline":
            weight = DATELINE_WEIGHT
        else:
            weight = 1.0
            if sent_i < LEDE_SENTENCES:
                weight += LEDE_WEIGHT
            if sent_i not in incident:  # asked once per sentence
                incident[sent_i] = sent_i in claim_sentences or (
                    sent is not None and _INCIDENT.search(text, sent.start, sent.end) is not None)
            if incident[sent_i]:
                weight += INCIDENT_WEIGHT
            if _LOCATIVE.search(text[max(0, place.span.start - 12):place.span.start]):
                weight += LOCATIVE_WEIGHT
            elif place.geo_precision in ("country", "region"):
                # "Azerbaijan said", "Armenia's defence ministry": the party, not the place
                weight *= ACTOR_USE_WEIGHT
            elif (place.geo_precision == "district" and (place.country, place.admin1) in towns
                  and _names_agency(text, place.span.end)):
                # "Gaston County Police" with a town of its state named: the force, not
                # the place; the town is where it happened
                weight *= ACTOR_USE_WEIGHT
        if _suburb_of(text, place.span.start, place.span.end):
            weight *= SUBURB_OF_WEIGHT
        line_start = text.rfind("\n", 0, place.span.start) + 1
        if _TEASER_LINE.match(text, line_start):
            weight *= TEASER_WEIGHT
        elif _ALERT_LINE.match(text, line_start):
            weight *= ALERT_WEIGHT
        key = _place_key(place)
        total, first = found.get(key, (0.0, place))
        found[key] = (total + weight, first)
    if title and article.sentences and title in text[:len(title) + 40].lower():
        # the text starts with its title: the title's places are the first sentence's
        for key, (total, first) in found.items():
            if first.span and first.span.start < article.sentences[0].end:
                found[key] = (total + TITLE_WEIGHT, first)
    return found


def _suburb_of(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] only locates a suburb ("suburban Denver", "a
    Denver suburb", "Chicago's suburbs")."""
    return bool(_SUBURBAN_BEFORE.search(text[max(0, start - 12):start])
                or _SUBURB_AFTER.match(text, end))


def _has_own_town_hall(article: Article, name: str) -> bool:
    """Whether the article writes of the town's own police or council ("Garner police",
    "the village of River Forest"): a town of its own, however close to a big city."""
    wanted = name.lower()
    for text in (article.title or "", article.text):
        lower = text.lower()
        if len(lower) != len(text):  # a letter whose lower case is longer ("İ")
            lower, wanted = text, name
        at = lower.find(wanted)
        while at != -1:
            end = at + len(wanted)
            if _OWN_TOWN_AFTER.match(text, end) or _OWN_TOWN_BEFORE.search(text, max(0, at - 16), at):
                return True
            at = lower.find(wanted, end)
    return False


def _locates_a_suburb(article: Article, place: Place) -> bool:
    if place.span is not None:
        return _suburb_of(article.text, place.span.start, place.span.end)
    return place.role == "title" and _suburb_of_title(article.title or "", place.name)


def _suburb_of_title(title: str, name: str) -> bool:
    """The same for a name in the title, which has no spans."""
    start = title.lower().find(name.lower())
    return start != -1 and _suburb_of(title, start, start + len(name))


# (article, its places, its claims, the answer); references held, so `is` is safe
_last_principal: list[tuple[Article, tuple[object, ...], Place | None]] = []


def principal_place(article: Article) -> Place | None:
    """The place of the article's principal event (steps in the module docstring).
    ClaimPlaces and PrincipalEvent both ask for it: the answer for the last article is
    kept while its places and claims stay the same objects."""
    inputs = (*article.places, None, *article.claims)
    if _last_principal:
        last, last_inputs, place = _last_principal[0]
        if last is article and len(last_inputs) == len(inputs) and all(
                a is b for a, b in zip(last_inputs, inputs, strict=True)):
            return place
    place = _principal_place(article)
    _last_principal[:] = [(article, inputs, place)]
    return place


def _principal_place(article: Article) -> Place | None:
    weights = _in_state_weights(_weights(article))
    if not weights:
        return None
    best: tuple[float, Place] | None = None
    county: tuple[float, Place] | None = None  # the heaviest county, when it outweighs best
    for rank in sorted(set(LEVELS.values())):
        here = [w for w in weights.values() if level_of(w[1]) == rank]
        if not here:
            continue
        top = max(here, key=lambda w: w[0])
        factor = COUNTRY_FACTOR if rank == LEVELS["country"] else COARSER_FACTOR
        if (rank == LEVELS["district"] and best is not None and best[1].admin1 == top[1].admin1
                and _may_lie_in(best[1], top[1])):
            factor = COUNTY_FACTOR
        if best is None or top[0] > best[0] * factor:
            if (rank == LEVELS["region"] and county is not None
                    and county[1].admin1 == top[1].admin1
                    and county[0] * COARSER_FACTOR >= top[0]):
                # the state outweighs the town, its county outweighs the town too and
                # comes close to the state: the county is the finer answer
                best = county
                continue
            best = top
        elif rank == LEVELS["district"] and top[0] > best[0]:
            county = top
    if best is None:
        return None
    return _borough_of(best[1], weights) or _city_around(best[1], article)


def _borough_of(city: Place, weights: dict[tuple[object, ...], tuple[float, Place]]
                ) -> Place | None:
    """The borough of a great city the text names with it ("Brooklyn" with "New York
    City"): a city within the city, of a tenth of its people or more, is the finer place
    records give. A neighbourhood is smaller, and gives way to its city instead."""
    own = _population(city)
    if own < BOROUGH_CITY or city.lat is None or city.lon is None or level_of(city):
        return None
    boroughs = [(weight, p) for weight, p in weights.values()
                if p.role != "site" and p.geonameid != city.geonameid and p.admin1 == city.admin1
                and level_of(p) == 0 and p.lat is not None and p.lon is not None
                and own / CITY_OVER_PART <= _population(p) < own
                and km(city.lat, city.lon, p.lat, p.lon) <= CITY_RADIUS_KM[0][1]]
    return max(boroughs, key=lambda w: w[0])[1] if boroughs else None


def _in_state_weights(weights: dict[tuple[object, ...], tuple[float, Place]]
                      ) -> dict[tuple[object, ...], tuple[float, Place]]:
    """Step 3: each weight scaled by the share of all weight that lies in its state."""
    def state(place: Place) -> tuple[str | None, str | None]:
        return place.country, place.admin1
    by_state: dict[tuple[str | None, str | None], float] = {}
    for weight, place in weights.values():
        by_state[state(place)] = by_state.get(state(place), 0.0) + weight
    total = sum(by_state.values()) or 1.0
    return {key: (weight * (STATE_FLOOR + (1 - STATE_FLOOR) * by_state[state(place)] / total),
                  place) for key, (weight, place) in weights.items()}


def _may_lie_in(town: Place, county: Place) -> bool:
    """Whether a town may lie in a county: not when the gazetteer puts it in another
    (a TV station's city is often a county or two away from the sheriff's)."""
    own = _county_of(town)
    return own is None or own == name_key(county.name)


def _named_county_apart(town: Place, city: Place, counties: set[str]) -> bool:
    """Whether the article names the town's county (`counties`: name keys) and the city
    lies in another one ("Marrero" with "Jefferson Parish" is no part of New Orleans)."""
    own, city_county = _county_of(town), _county_of(city)
    return own is not None and city_county is not None and own in counties and own != city_county


def _county_of(place: Place) -> str | None:
    """The name key of a US town's county, when the gazetteer knows it."""
    entry = _entry_of(place.name, place.geonameid)
    return name_key(entry.county) if entry and entry.county else None


def _population(place: Place) -> int:
    entry = _entry_of(place.name, place.geonameid)
    return entry.population if entry else 0


@lru_cache(maxsize=8192)
def _entry_of(name: str, geonameid: int | None) -> GazEntry | None:
    return next((e for e in load_gazetteer().find(name) if e.id == geonameid), None)


def _city_around(place: Place, article: Article) -> Place:
    """The big city a chosen place lies in, when the article names it too: news name the
    neighbourhood ("South Shore", "East New York"), records the city. A neighbourhood
    lies in its city's state."""
    if (place.lat is None or place.lon is None or LEVELS.get(place.geo_precision or "exact")
            or _has_own_town_hall(article, place.name)):
        return place
    own = _population(place)
    best, best_pop = place, own
    # a city the article calls the place's suburb's ("the Denver suburb of Wheat Ridge")
    seen = {place.geonameid} | {p.geonameid for p in article.places if _locates_a_suburb(article, p)}
    counties = {name_key(p.name) for p in article.places if p.geo_precision == "district"}
    for other in article.places:
        if other.geonameid in seen or other.lat is None or other.lon is None:
            continue
        seen.add(other.geonameid)
        if LEVELS.get(other.geo_precision or "exact"):
            continue
        pop = _population(other)
        radius = next((r for floor, r in CITY_RADIUS_KM if pop >= floor), 0.0)
        if (pop >= CITY_OVER_PART * max(own, 1) and pop > best_pop
                and other.admin1 == place.admin1  # Camden, New Jersey is no part of Philadelphia
                and km(place.lat, place.lon, other.lat, other.lon) <= radius
                and not _named_county_apart(place, other, counties)):
            best, best_pop = other, pop
    return best
