"""Wars and ceasefires of a conflict, as data: the periods running totals refer to.

A conflict profile (`clashwatch/profiles/*.yaml`, the files `sides` reads) may list its
``wars`` (name, start, end, aliases) and ``ceasefires`` (name, date). In an article about
that conflict (it names two of the profile's parties) these expressions are read:

- a war: its own name ("the 44-day war"), or "the war", "the six-week conflict", "the
  latest bout of fighting" -> the war's days, role "war": only running totals take it
  ("2,783 soldiers killed in the latest bout of fighting"), never the event;
  "since the start of the war" runs to the publication day;
- "since the ceasefire" -> the ceasefire's day to the publication day (role None: what
  happened since is the news). "since a cease-fire last month" is first read by
  `dates.find_periods` as November 1 to publication; `apply_ceasefires` then moves its
  start to the ceasefire the profile has in that November.

Which war: one named by an alias; else by the length the text gives ("six-week": 35 to
49 days); else by a year written before it ("the 2016 war"); else the latest that began
by publication ("the latest", "recent" only when it ended less than a year before).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from clashwatch.extract.date_lexicon import NUMBER_WORDS
from clashwatch.extract.date_rules import precision_of
from clashwatch.extract.sides import profile_paths, read_profile
from clashwatch.model import Article, Period, Span


@dataclass(frozen=True)
class War:
    name: str
    start: date
    end: date
    aliases: tuple[str, ...] = ()


@dataclass
class Conflict:
    name: str
    party_names: re.Pattern[str]  # the parties' names as written (case-sensitive)
    party_of: dict[str, str]  # name -> party id
    stems: tuple[tuple[str, ...], ...]  # per party, the names no other of its names contains
    wars: tuple[War, ...]
    ceasefires: tuple[date, ...]  # in time order


# Cheap first test: a word any of the phrases needs (lower-cased text)
CUE = re.compile(r"\b(?:wars?|conflict|fighting|hostilities|cease-?fires?|truce|armistice)\b")
_NUM = r"(?:\d{1,3}|" + "|".join(w for w in NUMBER_WORDS if " " not in w and len(w) > 2) + \
    r"|forty-four|forty-five|forty|thirty|twenty)"
# "the war", "the six-week conflict", "the latest bout of fighting", "the 2016 war"; a
# conflict or bout of fighting needs a length or "latest" ("the Karabakh conflict" is
# the whole dispute, not one war)
WAR_PHRASE = re.compile(
    r"(?i:\b(?P<det>the|this|that|last\s+year['’]s|(?P<year>(?:19|20)\d\d)(?:['’]s)?)\s+)"
    r"(?P<mods>(?:(?!(?:war|conflict)\b)[\w'’-]+\s+){0,3}?)"
    r"(?P<noun>(?i:wars?|hostilities|conflict|(?:bout|round)\s+of\s+fighting|fighting))\b"
    r"(?!\s+(?i:zone|area|region|resolution|settlement|parties|sides|crimes?|criminals?|"
    r"veterans?|games?|on\s+(?:drugs|terror)))")
_LENGTH = re.compile(rf"(?i:\b(?P<n>{_NUM})[\s-]+(?P<unit>day|week|month|year)s?(?:[\s-]+long)?\b)")
_RECENT = re.compile(r"(?i:\b(?:latest|last|recent|previous|new)\b)")
_NEEDS_MODIFIER = ("conflict", "fighting")
SINCE_START = re.compile(
    r"(?i:\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+)$")
CEASEFIRE_PHRASE = re.compile(
    r"(?i:\bsince\s+(?:(?:a|the|its|last\s+\w+['’]s|this\s+\w+['’]s)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:cease-?fire|truce|armistice)(?:\s+(?:deal|agreement|accord))?)")
RECENT_WAR_DAYS = 365
LENGTH_SLACK = 0.25  # "six-week" is 42 days give or take a quarter


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def read_conflict(path: Path) -> Conflict | None:
    """The wars and ceasefires of one profile file; None when it lists neither."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict) or not (data.get("wars") or data.get("ceasefires")):
        return None
    wars = tuple(War(str(w["name"]), _as_date(w["start"]), _as_date(w["end"]),
                     tuple(w.get("aliases") or ())) for w in data.get("wars") or ())
    ceasefires = tuple(sorted(_as_date(c["date"]) for c in data.get("ceasefires") or ()))
    names: dict[str, str] = {}
    for party in read_profile(path):
        for name in [party.name, *party.aliases, *party.demonyms, *party.modifiers]:
            names.setdefault(name, party.id)
    body = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    stems = tuple(tuple(n for n in group if not any(o != n and o in n for o in group))
                  for group in ([n for n, i in names.items() if i == pid]
                                for pid in dict.fromkeys(names.values())))
    return Conflict(str(data.get("conflict") or path.stem), re.compile(rf"\b(?:{body})\b"),
                    names, stems, wars, ceasefires)


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> tuple[Conflict, ...]:
    paths = [Path(p) for p in extra]
    folder = resources.files("clashwatch") / "profiles"
    paths += [Path(str(e)) for e in sorted(folder.iterdir(), key=lambda e: e.name)
              if e.name.endswith((".yaml", ".yml"))]
    return tuple(c for p in paths if (c := read_conflict(p)) is not None)


def load_conflicts() -> tuple[Conflict, ...]:
    """The conflicts of the packaged and the user's profiles that list wars or ceasefires."""
    return _load(profile_paths())


def conflict_of(text: str, conflicts: tuple[Conflict, ...]) -> Conflict | None:
    """The conflict an article is about: the first whose parties it names, two or more."""
    for conflict in conflicts:
        # plain substring tests first (most articles name no party at all: cheap)
        if sum(any(n in text for n in names) for names in conflict.stems) < 2:
            continue
        parties = set()
        for m in conflict.party_names.finditer(text):
            parties.add(conflict.party_of.get(m.group()))
            if len(parties) >= 2:
                return conflict
    return None


def _length_days(mods: str) -> int | None:
    m = _LENGTH.search(mods)
    if m is None:
        return None
    word = m.group("n").lower()
    n = int(word) if word.isdecimal() else {"forty-four": 44, "forty-five": 45, "forty": 40,
                                          "thirty": 30, "twenty": 20}.get(word) or NUMBER_WORDS[word]
    return n * {"day": 1, "week": 7, "month": 30, "year": 365}[m.group("unit").lower()]


def pick_war(conflict: Conflict, m: re.Match[str], published: date | None) -> War | None:
    """The war a phrase names (the module docstring's order), or None."""
    began = [w for w in conflict.wars if published is None or w.start <= published]
    if not began:
        return None
    phrase = m.group().lower()
    for war in began:
        if any(a.lower() in phrase for a in (war.name, *war.aliases)):
            return war
    mods, noun = m.group("mods"), m.group("noun").lower()
    length = _length_days(mods)
    if length is not None:
        fits = [w for w in began
                if abs((w.end - w.start).days + 1 - length) <= LENGTH_SLACK * length]
        return fits[-1] if fits else None
    if m.group("year"):
        year = int(m.group("year"))
        fits = [w for w in began if w.start.year <= year <= w.end.year]
        return fits[-1] if fits else None
    latest = max(began, key=lambda w: w.start)
    if _RECENT.search(mods):
        recent = published is None or latest.end >= published - timedelta(days=RECENT_WAR_DAYS)
        return latest if recent else None
    return None if noun.split()[-1] in _NEEDS_MODIFIER else latest


def _alias_phrases(conflict: Conflict) -> re.Pattern[str] | None:
    names = [n for w in conflict.wars for n in (w.name, *w.aliases)]
    if not names:
        return None
    body = "|".join(re.escape(n).replace(r"\ ", r"[\s-]+") for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?i:\b(?:the\s+)?(?:{body})\b)")


def war_periods(article: Article, conflict: Conflict) -> list[Period]:
    """The wars the article names (role "war"), in text order."""
    text, published = article.text, article.published
    found: list[Period] = []
    matches: list[re.Match[str]] = list(WAR_PHRASE.finditer(text))
    aliases = _alias_phrases(conflict)
    if aliases is not None:
        matches += [m for m in aliases.finditer(text)
                    if not any(o.start() <= m.start() < o.end() for o in matches)]
    for m in sorted(matches, key=lambda m: m.start()):
        war = (pick_war(conflict, m, published) if "noun" in m.re.groupindex
               else _war_named(conflict, m.group()))
        if war is None:
            continue
        start, end = war.start, war.end
        if published is not None:
            end = min(end, published)
        since = SINCE_START.search(text, max(0, m.start() - 40), m.start())
        if since and published is not None:
            end = published
        at = since.start() if since else m.start()
        found.append(Period(start, end, precision_of(start, end), text[at:m.end()],
                            Span(at, m.end()), "war"))
    return found


def _war_named(conflict: Conflict, words: str) -> War | None:
    key = " ".join(words.lower().replace("-", " ").split()).removeprefix("the ")
    for war in conflict.wars:
        if any(key == " ".join(n.lower().replace("-", " ").split()) for n in (war.name, *war.aliases)):
            return war
    return None


def _ceasefire_in(conflict: Conflict, start: date, end: date) -> date | None:
    within = [c for c in conflict.ceasefires if start <= c <= end]
    return within[-1] if within else None


def apply_ceasefires(article: Article, conflict: Conflict, periods: list[Period]) -> list[Period]:
    """"since the ceasefire": from the profile's ceasefire to publication (see the module
    docstring). RETURNS the periods with those added or moved, in text order."""
    text, published = article.text, article.published
    if published is None or not conflict.ceasefires:
        return periods
    out = list(periods)
    for m in CEASEFIRE_PHRASE.finditer(text):
        dated = [i for i, p in enumerate(out) if p.span and p.span.start <= m.start() < p.span.end]
        if dated:  # "since a cease-fire last month": the ceasefire in that month
            i = dated[0]
            day = _ceasefire_in(conflict, out[i].start, out[i].end)
            if day is not None:
                p = out[i]
                out[i] = Period(day, p.end, precision_of(day, p.end), p.text, p.span, p.role)
            continue
        day = _ceasefire_in(conflict, date.min, published)
        if day is not None:
            out.append(Period(day, published, precision_of(day, published), m.group(),
                              Span(m.start(), m.end()), None))
    return out


def conflict_periods(article: Article, periods: list[Period]) -> list[Period]:
    """`periods` (from `dates.find_periods`) with the wars and ceasefires of the article's
    conflict added, in text order; unchanged for an article of no listed conflict."""
    conflicts = load_conflicts()
    conflict = conflict_of(article.text, conflicts) if conflicts else None
    if conflict is None or not CUE.search(article.text.lower()):
        return periods
    out = apply_ceasefires(article, conflict, periods)
    taken = [p.span for p in out if p.span]
    for war in war_periods(article, conflict):
        if war.span and not any(war.span.start < s.end and s.start < war.span.end for s in taken):
            out.append(war)
    return sorted(out, key=lambda p: p.span.start if p.span else -1)
