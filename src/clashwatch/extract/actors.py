"""Parties named in the text and the side each belongs to.

1. Profiles first: every name of a party in the conflict profiles (`sides.py`; its
   aliases, demonyms, institutions and leaders) is an actor of that party's side, with
   its kind (the party's own kind, an institution or a person).
2. Outside the profiles, countries: a country's name (pycountry) or demonym stands for
   its state ("Syria said", "Russian forces"), unless a locative makes it a place ("in
   Syria"); its side is its ISO alpha-3 code.
3. Organisations (`organisations.py`): capitalised names ending in an organisation's
   head noun ("Chicago Police Department", "Syrian Democratic Forces") and known
   initials ("FBI", "OSCE"); no side unless the name starts with a country's.
One actor per name, at its first mention, in text order.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from clashwatch.extract import actor_lexicon as lex
from clashwatch.extract.organisations import find_organisations
from clashwatch.extract.sides import SideLexicon, load_sides
from clashwatch.model import Actor, Article, Span

_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}")
_TOKEN = re.compile(r"[\w'’-]+")
_PREV_WORD = re.compile(r"(\w+)\W*$")
_NEXT_WORD = re.compile(r"\s+(\w+)")


@lru_cache(maxsize=1)
def country_names() -> dict[str, tuple[str, str]]:
    """Lower-case country name or demonym -> (the country's short name, alpha-3)."""
    names: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        code = country.alpha_3
        short = lex.SHORT_NAMES.get(code) or getattr(country, "common_name", None) or country.name
        for name in (country.name, short, getattr(country, "official_name", None)):
            if name and "," not in name:
                names.setdefault(name.lower(), (short, code))
    by_code = {code: short for short, code in names.values()}
    for extra, code in (*lex.OTHER_NAMES.items(), *lex.DEMONYMS.items()):
        if code in by_code:
            names.setdefault(extra, (by_code[code], code))
    return names


def _used_as_place(text: str, start: int, end: int) -> bool:
    """A state's name as a place ("in Syria") or a demonym as a plain adjective ("Turkish food")."""
    before = _PREV_WORD.search(text, max(0, start - 20), start)
    following = _NEXT_WORD.match(text, end)
    after = following.group(1).lower() if following else ""
    return bool(before and before.group(1).lower() in lex.PLACE_BEFORE) or after in lex.NOT_ACTOR_AFTER


def _country_actors(text: str, covered: set[str], taken: list[Span]) -> list[Actor]:
    """Step 2: country names and demonyms acting as states."""
    table = country_names()
    found = []
    for run in _RUN.finditer(text):
        words = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, run.start(), run.end())]
        # the longest run of leading words that names a country ("South Sudanese forces")
        for n in range(len(words), 0, -1):
            phrase = " ".join(w[2] for w in words[:n]).lower().replace("’", "'")
            entry = table.get(phrase.removesuffix("'s"))
            if entry is None:
                continue
            start, end = words[0][0], words[n - 1][1]
            name, code = entry
            if not (code in covered or any(s.start <= start < s.end for s in taken)
                    or _used_as_place(text, start, end)):
                found.append(Actor(name=name, side=code, kind="state", span=Span(start, end)))
            break
    return found


def find_actors(article: Article, sides: SideLexicon | None = None) -> list[Actor]:
    """The article's actors (pure: the text in, actors out; steps in the docstring)."""
    sides = sides or load_sides()
    text = article.text
    actors: list[Actor] = []
    taken: list[Span] = []
    for mention in sides.find_mentions(text):
        party = mention.party
        kind = party.kind_of(mention.text)
        taken.append(Span(mention.start, mention.end))
        if kind == "state" and _used_as_place(text, mention.start, mention.end):
            continue
        name = party.name if kind == party.kind else " ".join(mention.text.split())
        actors.append(Actor(name=name, side=party.side, kind=kind,
                            span=Span(mention.start, mention.end)))
    covered = {p.id for p in sides.parties} | {p.side for p in sides.parties}
    states = _country_actors(text, covered, taken)
    organisations = find_organisations(text, country_names(), taken)
    # "Russian Armed Forces" is the organisation, of Russia's side, not also the state
    actors.extend(s for s in states if not any(
        o.span and s.span and o.span.start <= s.span.start < o.span.end for o in organisations))
    actors.extend(organisations)
    actors.sort(key=lambda a: a.span.start if a.span else 0)
    seen: set[tuple[str, str | None]] = set()
    unique = []
    for actor in actors:
        key = (actor.name.lower(), actor.side)
        if key not in seen:
            seen.add(key)
            unique.append(actor)
    return unique


class ActorFinder:
    """Pipeline component: sets `actors`."""

    name = "actors"
    requires: tuple[str, ...] = ("text", "sentences")
    assigns: tuple[str, ...] = ("actors",)

    def __init__(self, sides: SideLexicon | None = None) -> None:
        self.sides = sides or load_sides()

    def __call__(self, article: Article) -> Article:
        article.actors = find_actors(article, self.sides)
        return article
