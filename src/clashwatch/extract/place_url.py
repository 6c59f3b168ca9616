"""The places a publisher's web address names: "denverpost.com", "pittsburgh.cbslocal.com",
"fox10phoenix.com", ".../news/iowa/...".

Local news is mostly about its own city and state, and a report that names only
"Springfield" or "Yuma" leaves the state to its reader's knowledge of the paper. The
address says it:

- a host label that is the name of a state, a country or a big city, or is one followed
  or preceded only by publishing words ("denverpost", "nbcmiami", "erienewsnow");
- a folder of the path that is such a name, whole ("news/connecticut/", "new-york/",
  "southern-virginia/"); the last folder is the article's own slug, which repeats the
  headline and is left to the title.

Only states, countries and cities of `MIN_CITY_POPULATION` count, and no common word
("metro", "union"): a label beginning with a village's name says nothing.

A broadcaster's or a paper's address names its market through its call sign, channel or
masthead ("ksla.com" is Shreveport, Louisiana; "fox59.com" Indianapolis; "pjstar.com"
Peoria, Illinois), from the curated table `data/us_publishers.tsv`.

The address also tells the publisher's country (`url_country`): a country-code domain
("bbc.co.uk", "news.am"), or a US broadcaster's call sign ("wafb.com", "kctv5.com") or
network channel ("abc3340.com", "6abc.com"): only US stations' call signs start with K or W.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from urllib.parse import urlsplit

import pycountry

from clashwatch.extract import place_lexicon as lex
from clashwatch.extract.gazetteer import GazEntry, Gazetteer, name_key

MIN_CITY_POPULATION = 20_000
PUBLISHERS_FILE = "us_publishers.tsv"
MAX_LABEL = 63  # the longest label DNS allows
MAX_FOLDER_WORDS = 8  # a folder longer than this is a slug, not a section
MIN_NAME = 4  # characters of a name found inside a longer host label
_WORDS = re.compile(r"[a-z]+")
_NOT_NAMES = lex.NOT_PLACES | frozenset("www m mobile amp com org net edu gov us co".split())


# country-code domains sold to anybody: a radio station on ".fm" may be anywhere
VANITY_DOMAINS = frozenset("tv fm me io co ly ws cc to nu ai gg la im sh ac".split())
_CALL_SIGN = re.compile(r"[kw][a-z]{3}(?:tv|dt)?\d{0,2}|[kw][a-z]{2}\d{1,2}")
_NETWORK_CHANNEL = re.compile(r"(?:abc|nbc|cbs|fox)\d+[a-z]*|\d+(?:abc|nbc|cbs|fox)|(?:abc|nbc|cbs|fox)local")
# four letters starting with K or W that are English words, not call signs
_CALL_SIGN_WORDS = frozenset("""wall want warm wash west what when whom wild wind wish with wolf
    word work wrap writ kind king knit knot know""".split())


def url_country(url: str | None) -> str | None:
    """The ISO alpha-3 code of the country the publisher's address says it is in."""
    host, _ = _split(url)
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return None
    tld = labels[-1]
    if len(tld) == 2 and tld not in VANITY_DOMAINS:
        return _country_of_domain("gb" if tld == "uk" else tld)
    if any(_us_station(label) for label in labels[:-1]) or publisher_market(labels[-2]):
        return "USA"
    return None


@cache
def _publishers() -> dict[str, tuple[str, str]]:
    """Host label -> (city, state) of the market, from the package's table."""
    table: dict[str, tuple[str, str]] = {}
    text = (resources.files("clashwatch") / "data" / PUBLISHERS_FILE).read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            label, city, state = line.split("\t")
            table[label] = (city, state)
    return table


def publisher_market(label: str) -> tuple[str, str] | None:
    """(city, state) of the market a publisher's host label names: the label as
    listed, or a call sign with its channel number or "tv" after it ("wxii12")."""
    table = _publishers()
    if label in table:
        return table[label]
    if not _CALL_SIGN.fullmatch(label) and not re.fullmatch(r"[kw][a-z]{2,3}(?:tv)?\d*", label):
        return None
    call_sign = re.sub(r"(?:tv)?\d*$", "", label)
    return table.get(call_sign)


def _us_station(label: str) -> bool:
    if _NETWORK_CHANNEL.fullmatch(label):
        return True
    if not _CALL_SIGN.fullmatch(label) or label[:4] in _CALL_SIGN_WORDS or label == "www":
        return False
    letters = label[:4] if label[:4].isalpha() else label[:3]
    return sum(ch not in "aeiou" for ch in letters) >= len(letters) - 1  # "wafb", not "wine"


@cache
def _country_of_domain(alpha_2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha_2.upper())
    return country.alpha_3 if country else None


def _split(url: str | None) -> tuple[str, str]:
    """(host, path) of an address; empty when it is none."""
    if not url:
        return "", ""
    try:
        parts = urlsplit(url.strip())
        return parts.hostname or "", parts.path
    except ValueError:
        return "", ""


def url_place_names(url: str | None, gaz: Gazetteer) -> list[str]:
    """The gazetteer names (as the gazetteer writes them) the address holds, in order; a
    publisher's market as "City, State"."""
    host, path = _split(url)
    names = list(_host_names(host, gaz))
    for folder in [f for f in path.split("/") if f][:-1]:
        _add(names, _name_of_folder(_WORDS.findall(folder.lower())[:MAX_FOLDER_WORDS], gaz))
    return names


@lru_cache(maxsize=4096)  # a corpus comes from a few hundred publishers
def _host_names(host: str, gaz: Gazetteer) -> tuple[str, ...]:
    names: list[str] = []
    labels = host.split(".")[:-1]  # the top-level domain names nothing
    for i, label in enumerate(labels):
        # only the registered name is the publisher's ("app.com", not "app.nbcnews.com")
        market = publisher_market(label) if i == len(labels) - 1 else None
        if market:  # written as a dateline writes it, so the state pins the city
            _add(names, ", ".join(market))
            continue
        if len(label) > MAX_LABEL:
            continue  # no host has such a label: a malformed address, not worth O(n^3)
        for word in _WORDS.findall(label):
            _add(names, _name_in_label(word, gaz))
    return tuple(names)


def _add(names: list[str], name: str | None) -> None:
    if name and not any(name in (n, *n.split(", ")) for n in names):
        names.append(name)


def _name_in_label(word: str, gaz: Gazetteer) -> str | None:
    """The name a host label is, or holds beside publishing words only."""
    for size in range(len(word), MIN_NAME - 1, -1):
        for start in dict.fromkeys((0, len(word) - size)):
            rest = word[:start] + " " + word[start + size:]
            if all(_publishing(part) for part in rest.split()):
                name = _telling_name(word[start:start + size], gaz)
                if name:
                    return name
    return None


def _publishing(squashed: str) -> bool:
    """Whether `squashed` is publishing words run together ("dailynews", "newsnow")."""
    if not squashed:
        return True
    return any(squashed.startswith(w) and _publishing(squashed[len(w):])
               for w in lex.PUBLISHER_WORDS if len(w) <= len(squashed))


def _name_of_folder(words: list[str], gaz: Gazetteer) -> str | None:
    """The longest run of a folder's words that is a telling name ("new-york-city")."""
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            run = words[start:start + size]
            if size == 1 and run[0] in _NOT_NAMES:
                continue
            name = _telling_name(" ".join(run), gaz, spaced=True)
            if name:
                return name
    return None


def _telling_name(squashed: str, gaz: Gazetteer, spaced: bool = False) -> str | None:
    """The name of a state, country or big city whose key is `squashed` (with its
    spaces taken out unless `spaced`)."""
    if squashed in _NOT_NAMES:
        return None
    for key in [squashed] if spaced else _spacings(squashed, gaz):
        for entry in gaz.lookup(key) if key in gaz else ():
            if telling(entry, key):
                return entry.name
    return None


def telling(entry: GazEntry, key: str) -> bool:
    """Whether an address's name `key` can mean `entry`: a state, a country or a big city
    of that very name (not another language's name for it, nor a former one)."""
    return name_key(entry.name) == key and (entry.kind in ("country", "admin1") or (
        entry.kind == "city" and entry.population >= MIN_CITY_POPULATION))


def _spacings(squashed: str, gaz: Gazetteer) -> list[str]:
    """The gazetteer keys that are `squashed` as one, two or three words: "kansascity"
    gives "kansas city"."""
    keys = [squashed]
    n = len(squashed)
    for i in range(2, n - 2):  # words of two letters or more: "st louis", "el paso"
        keys.append(f"{squashed[:i]} {squashed[i:]}")
        keys.extend(f"{squashed[:i]} {squashed[i:j]} {squashed[j:]}" for j in range(i + 2, n - 1))
    return [key for key in keys if key in gaz]
