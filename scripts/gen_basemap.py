"""Generate the web map's offline basemap, `src/clashwatch/web/static/countries.json`.

The outlines come from Natural Earth (public domain) as packaged by the npm package
`world-atlas` 2.0.2 (ISC licence): fetch it with the ordinary npm client and point this
script at the TopoJSON inside::

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/gen_basemap.py /tmp/package/countries-50m.json

The output is GeoJSON (a FeatureCollection of MultiPolygons, coordinates rounded to
0.01 degree, about 1 km) with each country's ISO 3166 alpha-3 code and name, so the
server needs nothing at run time but this file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pycountry

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "clashwatch" / "web" / "static" / "countries.json"
DIGITS = 2


def decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Quantised, delta-encoded TopoJSON arcs to absolute lon/lat points."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, DIGITS), round(y * sy + ty, DIGITS)))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    """A ring from arc indexes (a negative index ~i is arc i reversed)."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    deduped = [points[0]] + [p for prev, p in zip(points, points[1:], strict=False) if p != prev]
    return unwrap([list(p) for p in deduped])


def unwrap(points: list[list[float]]) -> list[list[float]]:
    """Rings crossing the antimeridian (Russia, Fiji) jump from +180 to -180: shift the
    far side by 360 degrees so the ring stays whole (the map clips what passes 180)."""
    for i in range(1, len(points)):
        while points[i][0] - points[i - 1][0] > 180:
            points[i][0] -= 360
        while points[i][0] - points[i - 1][0] < -180:
            points[i][0] += 360
    return points


def alpha3(numeric: Any, name: str) -> str | None:
    if numeric is not None:
        found = pycountry.countries.get(numeric=str(numeric).zfill(3))
        if found:
            return str(found.alpha_3)
    try:
        return str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        return None


def convert(topo: dict[str, Any]) -> dict[str, Any]:
    arcs = decode_arcs(topo)
    features = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        coordinates = [[ring(r, arcs) for r in polygon] for polygon in polygons]
        coordinates = [[r for r in polygon if len(r) >= 4] for polygon in coordinates]
        coordinates = [polygon for polygon in coordinates if polygon]
        name = geometry.get("properties", {}).get("name", "")
        if name == "Antarctica":  # a ring around the pole; the map stops at 60 S anyway
            continue
        features.append({
            "type": "Feature",
            "properties": {"iso3": alpha3(geometry.get("id"), name), "name": name},
            "geometry": {"type": "MultiPolygon", "coordinates": coordinates},
        })
    return {"type": "FeatureCollection",
            "source": "Natural Earth 1:50m via world-atlas 2.0.2 (public domain / ISC)",
            "features": features}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    topo = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    OUT.write_text(json.dumps(convert(topo), separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
