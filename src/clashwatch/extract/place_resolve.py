"""Which place a name means here: toponym disambiguation over one article.

Scoring of each candidate entry of a name (all mentions of one name share one sense):

1. Prior: log10 of its population, plus a bonus for countries and regions (a bare
   "Armenia" is the country, not the Colombian city), but none for a region named
   after its capital (Senegal's Saint-Louis region: the name is the city's).
2. Qualifier: a state or country written right after the name ("Springfield, Ohio",
   "Elgin, Ill.", "Martuni, Armenia") decides, unless it names no candidate.
3. Context: the countries (names, demonyms and institutions only one country has:
   "sheriff's deputies", "RCMP") and the states or regions the article names elsewhere.
4. Closeness: distance to the places the article names unambiguously (Martuni near
   Martakert and Stepanakert is the Karabakh town, not the Armenian one).

The highest total wins; population settles what the text does not. A state written
after the name that none of its candidates lies in ("Felton, Minn." with only a
California Felton listed) makes it a town the gazetteer lacks, in that state.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from clashwatch.extract import place_lexicon as lex
from clashwatch.extract.gazetteer import UNLISTED, GazEntry, Gazetteer, name_key
from clashwatch.extract.place_text import Mention, longest_first
from clashwatch.model import Article

KIND_PRIOR = {"country": 5.0, "admin1": 2.0, "region": 4.0, "county": 1.0, "city": 0.0}
REGION_OF_ITS_CAPITAL = -10.0  # the capital, inside it, is the place named
QUALIFIER_MATCH, QUALIFIER_MISMATCH = 8.0, -4.0
COUNTRY_CONTEXT, REGION_CONTEXT = 2.5, 3.0
SITE_VOTE = 0.5  # a state named by the site, as a share of one named in the text
RegionVotes = defaultdict[str, float]  # region name -> votes
# (km, bonus): closer to the places named for certain, more likely
CLOSENESS = ((30.0, 3.0), (100.0, 2.0), (300.0, 1.0))
CONFIDENT_MARGIN = 1.5
NEIGHBOURHOOD_MAX_KM = 50.0
SAME_STATE_AS_ANCHOR = 2.0
SAME_STATE_AS_LIKELY = 1.0  # a county in the state of another name's likeliest place
OWN_NAME = 2.0
CO_LOCATION_KM, CO_LOCATION_BONUS = 40.0, 1.5
MAX_CO_LOCATION_CANDIDATES = 60
# a town smaller than this in a country the article does not name, while it names
# another one at least this often, is dropped
FOREIGN_TOWN_MAX_POPULATION = 100_000
FOREIGN_CONTEXT_VOTES = 1
# a town this small out of the state the article is about is taken for a town of that
# state the gazetteer lacks
UNLISTED_TOWN_MAX_POPULATION = 30_000
BORDER_TOWN_KM = 300.0  # from the state's point: a town across its line is no stranger


# one pass in C over the text instead of a Python loop over its words
_DEMONYM = re.compile(r"(?<![\w'’-])(" + longest_first(lex.DEMONYMS) + r")(?![\w'’-])")


# one case-sensitive pass (an IGNORECASE alternation costs several times more): each
# cue as written, capitalised and in title case
_CUE_COUNTRY = {form.lower(): country for country, cues in lex.COUNTRY_CUES.items()
                for cue in cues for form in (cue, cue.capitalize(), cue.title())}
# (the word start is checked after the search: a leading look-behind keeps the search
# from skipping ahead by the cues' first letters)
_COUNTRY_CUE = re.compile(r"(?:" + longest_first(
    {f for country, cues in lex.COUNTRY_CUES.items() for cue in cues
     for f in (cue, cue.capitalize(), cue.title())}) + r")(?![\w])")


def km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Distance in km (equirectangular: exact enough below a few hundred km)."""
    x = math.radians(b_lon - a_lon) * math.cos(math.radians((a_lat + b_lat) / 2))
    y = math.radians(b_lat - a_lat)
    return 6371.0 * math.hypot(x, y)


def _qualifier_places(qualifier: str, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """(admin1 name, country alpha-3) a qualifier like "Ill." or "Armenia" names."""
    words = qualifier.split()
    for n in range(len(words), 0, -1):
        text = " ".join(words[:n])
        if n < len(words) and words[n].lower().rstrip(".,") in lex.DISTRICT_SUFFIXES:
            continue  # "Chester, Delaware County" names a county, not Delaware
        state = lex.US_STATE_ABBREVIATIONS.get(text) or lex.US_POSTAL_CODES.get(text.rstrip("."))
        if state:
            return state, "USA"
        for entry in gaz.lookup(name_key(text)):
            if entry.kind in ("admin1", "region"):
                return entry.admin1 or entry.name, entry.country
            if entry.kind == "country":
                return None, entry.country
    return None, None


def _context(article: Article, mentions: list[Mention], gaz: Gazetteer,
             quals: dict[str, tuple[str | None, str | None]],
             site: range) -> tuple[Counter, RegionVotes, dict]:
    """Country and region votes, and which name cast each (a name is no evidence for itself).
    A state the site names (its title part, its address) is half a vote: the publisher's
    state, not always the story's."""
    countries: Counter[str] = Counter()
    regions: RegionVotes = defaultdict(float)
    by_key: dict[str, tuple[Counter, RegionVotes]] = defaultdict(
        lambda: (Counter(), defaultdict(float)))
    for m in mentions:
        own_c, own_r = by_key[m.key]
        vote = SITE_VOTE if m.start in site else 1.0
        for entry in m.candidates:
            if entry.kind == "country" and entry.country:
                countries[entry.country] += 1
                own_c[entry.country] += 1
            elif entry.kind in ("admin1", "region"):
                name = entry.admin1 or entry.name
                regions[name] += vote
                own_r[name] += vote
                if entry.country:
                    countries[entry.country] += 1
                    own_c[entry.country] += 1
        shared = {e.country for e in m.candidates}
        # a county or a big city of one country is evidence; a one-country village name
        # may be anybody's nickname ("Lil")
        telling = any(e.kind != "city" or (e.population >= 100_000 and name_key(e.name) == m.key)
                      for e in m.candidates)
        if len(shared) == 1 and None not in shared and not own_c and telling:
            # every place of this name is in one country ("Richmond County"): a vote
            (only,) = shared
            countries[str(only)] += 1
            own_c[str(only)] += 1
        region, country = quals.get(m.key, (None, None))
        if region:
            regions[region] += 1
        if country:
            countries[country] += 1
    for word in _DEMONYM.findall(article.text.lower()):
        countries[lex.DEMONYMS[word]] += 1
    text = article.text
    cues = Counter(_CUE_COUNTRY[m.group().lower()] for m in _COUNTRY_CUE.finditer(text)
                   if m.start() == 0 or not (text[m.start() - 1].isalnum()
                                             or text[m.start() - 1] == "_"))
    for country, votes in cues.items():
        countries[country] += min(lex.COUNTRY_CUE_VOTES, votes)
    return countries, regions, by_key


def _prior(entry: GazEntry, qual: tuple[str | None, str | None], key: str,
           city_regions: frozenset[tuple[str | None, str | None]] = frozenset()) -> float:
    kind_prior = KIND_PRIOR.get(entry.kind, 0.0)
    own_name = name_key(entry.name) == key
    if entry.kind in ("admin1", "region") and (
            entry.country, entry.admin1 or entry.name) in city_regions:
        # a region named after its capital: the name is the city's
        kind_prior = REGION_OF_ITS_CAPITAL
    if not own_name:
        kind_prior /= 2  # a region's name in another language ("Macon" for León)
    score = math.log10(entry.population + 10) + kind_prior
    if own_name:
        score += OWN_NAME  # "Montgomery" is the Alabama city before Sahiwal's old name
    region, country = qual
    if region:
        score += QUALIFIER_MATCH if entry.admin1 == region else QUALIFIER_MISMATCH
    elif country:
        score += QUALIFIER_MATCH if entry.country == country else QUALIFIER_MISMATCH
    return score


def resolve_mentions(article: Article, mentions: list[Mention], gaz: Gazetteer,
                     site: range = range(0), site_country: str | None = None) -> None:
    """Set `chosen` on every mention (see the module docstring); `site` holds the offsets
    of the text that names the publisher, not the story, and `site_country` the country
    its address names."""
    keys: dict[str, list[Mention]] = defaultdict(list)
    local_towns: list[Mention] = []
    for m in mentions:
        if m.unlisted_state:  # no candidates: the town the text places in a state
            m.chosen = gaz.unlisted(article.text[m.start:m.end], m.unlisted_state, "USA")
        elif m.local_town:
            local_towns.append(m)
        else:
            keys[m.key].append(m)
    mentions = [m for m in mentions if not m.unlisted_state and not m.local_town]
    quals: dict[str, tuple[str | None, str | None]] = {}
    for key, group in keys.items():
        for m in group:
            if m.qualifier:
                found = _qualifier_places(m.qualifier, gaz)
                if found != (None, None):
                    quals[key] = found
                    break
    countries, regions, own = _context(article, mentions, gaz, quals, site)
    if site_country:
        countries[site_country] += 1

    # pass 1: prior and qualifier only; confident picks become anchors
    first: dict[str, GazEntry] = {}
    # (country, region) of each city of the name: a region named after its capital
    cities: dict[str, frozenset[tuple[str | None, str | None]]] = {}
    anchors: list[tuple[str, GazEntry]] = []
    states: list[tuple[str, GazEntry]] = []  # confident picks with a state, counties too
    for key, group in keys.items():
        cities[key] = frozenset((e.country, e.admin1) for e in group[0].candidates
                                if e.kind == "city" and name_key(e.name) == key)
        scored = sorted(((_prior(e, quals.get(key, (None, None)), key, cities[key]), e)
                         for e in group[0].candidates), key=lambda p: -p[0])
        margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 99.0
        if margin > 0:  # a tie ("Pike County": nine states) makes no likeliest place
            first[key] = scored[0][1]
        # a name found only as another place's alternate name ("Lil" for Lille) is a
        # nickname or a word more often than that place: no anchor for the others
        if margin >= CONFIDENT_MARGIN and name_key(scored[0][1].name) == key:
            states.append((key, scored[0][1]))
            if scored[0][1].lat is not None:
                anchors.append((key, scored[0][1]))
    points = _candidate_points(keys)
    site_only = {key for key, group in keys.items() if all(m.start in site for m in group)}
    # one weak match of a village ("the mother Heather") says nothing of the country
    telling = [(k, a) for k, a in anchors if any(m.strong for m in keys[k])
               or a.kind in ("country", "admin1") or a.population >= FOREIGN_TOWN_MAX_POPULATION]

    # pass 2: add the article's context and closeness to the anchors
    tied: dict[str, list[GazEntry]] = {}  # names whose best places tie across states
    # the counties last, so that they lean to where the other names were placed
    likely = dict(first)
    for key, group in sorted(keys.items(), key=lambda kv: all(
            e.kind == "county" for e in kv[1][0].candidates)):
        own_c, own_r = own[key]
        best, best_score = group[0].candidates[0], -1e9
        scores: list[tuple[float, GazEntry]] = []
        for entry in group[0].candidates:
            score = _prior(entry, quals.get(key, (None, None)), key, cities[key])
            if len(group[0].candidates) > 1:  # nothing to decide for a single candidate
                score += _co_location(entry, key, points)
            if entry.country and countries[entry.country] - own_c[entry.country] > 0:
                score += COUNTRY_CONTEXT
            if entry.admin1:
                score += REGION_CONTEXT * max(0.0, min(1.0, regions[entry.admin1]
                                                       - own_r[entry.admin1]))
            score += _closeness(entry, key, anchors)
            same_state = [k for k, a in states if k != key and entry.admin1 == a.admin1]
            if entry.admin1 and same_state:  # counties have no point to measure from
                score += SAME_STATE_AS_ANCHOR * (
                    1.0 if any(k not in site_only for k in same_state) else SITE_VOTE)
            elif entry.kind == "county" and any(k != key and f.admin1 == entry.admin1
                                                for k, f in likely.items()):
                # a tie breaker: counties have no point and no population here
                score += SAME_STATE_AS_LIKELY
            scores.append((score, entry))
            if score > best_score:
                best, best_score = entry, score
        tops = [e for sc, e in scores if sc == best_score]
        if len({e.admin1 for e in tops}) > 1:
            tied[key] = tops
        region, country = quals.get(key, (None, None))
        if region and best.admin1 != region and best.kind in ("city", "county"):
            # "Felton, Minn." when the only Felton listed is in California
            first_m = group[0]
            best = gaz.unlisted(article.text[first_m.start:first_m.end], region, country)
        elif not region and any(m.strong for m in group):
            # "the Cub Run area" of a Kentucky report, when the only Cub Runs listed lie
            # elsewhere: a town the gazetteer lacks, in the state the report is about;
            # but a town just across the state line may be the one meant
            state = _state_lacking_the_town(best, key, group[0].candidates, regions, own_r,
                                            states)
            first_m = group[0]
            local = state and gaz.unlisted(article.text[first_m.start:first_m.end], state,
                                           best.country)
            if local and not _within(best, local, BORDER_TOWN_KM):
                best = local
        foreign = _foreign_small_town(best, key, countries, own_c, telling)
        # another name of a place far from the places the article names for certain:
        # a first name or a word ("Eli's father" is no Ely, Nevada); near them, the
        # other name of a place there ("Khankendi" beside Stepanakert)
        stray = (group[0].alias_only and _far_from_anchors(best, key, anchors)) or (
            not any(m.strong or m.qualifier for m in group)
            and _out_of_state_small_town(best, key, regions, own_r, states))
        likely[key] = best
        for m in group:
            m.chosen = best
            if m.neighbourhood and not _near_anchor(best, key, anchors):
                m.chosen = None  # "the Englewood neighborhood" of a city, not a distant town
            if (foreign or stray) and not m.qualifier:
                m.chosen = None  # "Speke", "Fontaine": a surname, not a village abroad
    _break_state_ties(keys, tied)
    county_state = _county_state(keys)
    for m in local_towns:  # "a Glen Flora man" of a Rusk County, Wisconsin report
        m.chosen = (gaz.unlisted(article.text[m.start:m.end], county_state, "USA")
                    if county_state else None)


def _break_state_ties(keys: dict[str, list[Mention]], tied: dict[str, list[GazEntry]]) -> None:
    """A name whose best places tie ("Madison County": a dozen states, no point, no
    population) takes the state the article's other places were resolved to."""
    states = Counter(m.chosen.admin1 for key, group in keys.items() if key not in tied
                     for m in group if m.chosen is not None and m.chosen.admin1)
    for key, tops in tied.items():
        best = max(tops, key=lambda e: states[e.admin1 or ""])
        if states[best.admin1 or ""] == 0:
            continue
        for m in keys[key]:
            if m.chosen is not None and m.chosen in tops:
                m.chosen = best


def _foreign_small_town(entry: GazEntry, key: str, countries: Counter,
                        own_c: Counter, anchors: list[tuple[str, GazEntry]]) -> bool:
    """A small town (or a region) in a country nothing else in the article names, while
    the article is clearly about another country: most likely a surname or a word that
    matched ("Nelson", "Speke")."""
    if entry.kind in ("country", "admin1", UNLISTED) or (entry.kind == "city"
                                   and entry.population >= FOREIGN_TOWN_MAX_POPULATION):
        return False
    votes = Counter(countries)
    votes.update(a.country for k, a in anchors if k != key and a.country)
    votes.subtract(own_c)
    if not votes or votes[entry.country] > 0:
        return False
    leader, count = votes.most_common(1)[0]
    return leader != entry.country and count >= FOREIGN_CONTEXT_VOTES


PointGrid = dict[tuple[int, int], list[tuple[str, float, float]]]
GRID_DEGREES = 0.5  # a cell of the grid of candidate points: wider than CO_LOCATION_KM


def _candidate_points(keys: dict[str, list[Mention]]) -> PointGrid:
    """(key, lat, lon) of every city candidate of every name, for co-location, by the
    grid cell they lie in (so a candidate is measured against its neighbours only)."""
    grid: PointGrid = defaultdict(list)
    for key, group in keys.items():
        if len(group[0].candidates) > MAX_CO_LOCATION_CANDIDATES:
            continue
        for e in group[0].candidates:
            if e.kind == "city" and e.lat is not None and e.lon is not None:
                grid[_cell(e.lat, e.lon)].append((key, e.lat, e.lon))
    return grid


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / GRID_DEGREES), math.floor(lon / GRID_DEGREES)


def _co_location(entry: GazEntry, key: str, points: PointGrid) -> float:
    """Bonus for a candidate near some candidate of another name: the towns an article
    names together lie together (Montgomery and Aurora, Illinois)."""
    if entry.kind != "city" or entry.lat is None or entry.lon is None:
        return 0.0
    row, col = _cell(entry.lat, entry.lon)
    # a degree of longitude shrinks towards the poles: look as many cells out as 40 km take
    reach = 1 + int(CO_LOCATION_KM / max(1.0, 111.3 * GRID_DEGREES
                                        * math.cos(math.radians(entry.lat))))
    near = {k for r in (row - 1, row, row + 1) for c in range(col - reach, col + reach + 1)
            for k, lat, lon in points.get((r, c), ())
            if k != key and km(entry.lat, entry.lon, lat, lon) <= CO_LOCATION_KM}
    return CO_LOCATION_BONUS * min(2, len(near))


def _closeness(entry: GazEntry, key: str, anchors: list[tuple[str, GazEntry]]) -> float:
    if entry.lat is None or entry.lon is None:
        return 0.0
    nearest = min((km(entry.lat, entry.lon, a.lat, a.lon) for k, a in anchors
                   if k != key and a.lat is not None and a.lon is not None
                   and a.kind in ("city", "county")), default=None)
    if nearest is None:
        return 0.0
    return next((bonus for limit, bonus in CLOSENESS if nearest <= limit), 0.0)


def _out_of_state_small_town(entry: GazEntry, key: str, regions: RegionVotes,
                             own_r: RegionVotes, states: list[tuple[str, GazEntry]]) -> bool:
    """A small town of a state nothing else in the article names, while it names another
    state clearly, and never written as a place ("Kendall's birthday", "his son, Milo"):
    a person's name that a town also has."""
    if entry.kind != "city" or entry.population >= FOREIGN_TOWN_MAX_POPULATION or not entry.admin1:
        return False
    votes = _state_votes(key, regions, own_r, states)
    if votes[entry.admin1] > 0:
        return False
    leader = max(votes.values(), default=0)
    return leader >= FOREIGN_CONTEXT_VOTES


def _state_lacking_the_town(entry: GazEntry, key: str, candidates: list[GazEntry],
                            regions: RegionVotes, own_r: RegionVotes,
                            states: list[tuple[str, GazEntry]]) -> str | None:
    """The one state the article is about, when `entry`, written as a place, is a small
    town out of it, the article names a county of it for certain, and no place of the
    name lies in it. The county is what makes it local: a report that only names
    another state ("a Memphis, Tennessee, man") still is about its own."""
    if entry.population >= UNLISTED_TOWN_MAX_POPULATION or not _out_of_state_small_town(
            entry, key, regions, own_r, states):
        return None
    leader = _leading_state(key, regions, own_r, states)
    if (leader is None or any(c.admin1 == leader for c in candidates)
            or not any(k != key and a.kind == "county" and a.admin1 == leader for k, a in states)):
        return None
    return leader


def _county_state(keys: dict[str, list[Mention]]) -> str | None:
    """The US state most of the article's names were resolved to, alone at the top, when
    one of them is a county of it."""
    chosen = [next((m.chosen for m in group if m.chosen is not None), None)
              for group in keys.values()]
    votes = Counter(e.admin1 for e in chosen if e is not None and e.admin1 and e.country == "USA")
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    leader = ranked[0][0]
    if any(e is not None and e.kind == "county" and e.admin1 == leader for e in chosen):
        return leader
    return None


def _within(a: GazEntry, b: GazEntry, limit_km: float) -> bool:
    return (a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
            and km(a.lat, a.lon, b.lat, b.lon) <= limit_km)


def _state_votes(key: str, regions: RegionVotes, own_r: RegionVotes,
                 states: list[tuple[str, GazEntry]]) -> RegionVotes:
    """The votes for each state but those `key` casts itself: the states named, and
    the states of the places picked with confidence (counties too)."""
    votes = defaultdict(float, regions)
    for region, own_votes in own_r.items():
        votes[region] -= own_votes
    for k, a in states:
        if k != key and a.admin1:
            votes[a.admin1] += 1
    return votes


def _leading_state(key: str, regions: RegionVotes, own_r: RegionVotes,
                   states: list[tuple[str, GazEntry]]) -> str | None:
    """The state with the most votes, when it has at least one and no other as many."""
    ranked = sorted(_state_votes(key, regions, own_r, states).items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < FOREIGN_CONTEXT_VOTES or (
            len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _far_from_anchors(entry: GazEntry, key: str, anchors: list[tuple[str, GazEntry]]) -> bool:
    """Whether the article names places for certain and this one lies far from all."""
    others = [a for k, a in anchors if k != key]
    return bool(others) and _closeness(entry, key, anchors) == 0.0


def _near_anchor(entry: GazEntry, key: str, anchors: list[tuple[str, GazEntry]]) -> bool:
    if entry.lat is None or entry.lon is None:
        return False
    return any(km(entry.lat, entry.lon, a.lat, a.lon) <= NEIGHBOURHOOD_MAX_KM
               for k, a in anchors if k != key and a.lat is not None and a.lon is not None)
