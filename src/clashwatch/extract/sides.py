"""Which side a mention belongs to, from conflict profiles (data, not code).

A profile (YAML, format ``clashwatch.profile.v1``) lists each party's id, name, side,
aliases, demonyms, institutions and leaders. The packaged profiles live in
`clashwatch/profiles/`; users add their own files without code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml


@dataclass
class Party:
    id: str
    name: str
    side: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    institutions: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        return [self.name, *self.aliases, *self.demonyms, *self.institutions, *self.leaders]


class SideLexicon:
    """Maps a mention ("Azeri", "Nikol Pashinyan", "Karabakh army") to a side id."""

    def __init__(self, parties: list[Party]) -> None:
        self.parties = parties
        self._by_name: dict[str, Party] = {}
        for party in parties:
            for name in party.names():
                self._by_name.setdefault(name.lower(), party)

    def party_of(self, mention: str) -> Party | None:
        key = " ".join(mention.lower().replace("’", "'").split())
        for candidate in (key, key.removeprefix("the "), key.removesuffix("'s")):
            if candidate in self._by_name:
                return self._by_name[candidate]
        return None

    def side_of(self, mention: str) -> str | None:
        party = self.party_of(mention)
        return party.side if party else None


def read_profile(path: Path) -> list[Party]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [Party(**{k: v for k, v in p.items() if k in Party.__dataclass_fields__})
            for p in data.get("parties", [])]


@lru_cache(maxsize=8)
def load_sides(extra: tuple[str, ...] = ()) -> SideLexicon:
    """The packaged profiles plus any extra profile files."""
    parties: list[Party] = []
    folder = resources.files("clashwatch") / "profiles"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".yaml", ".yml")):
            parties.extend(read_profile(Path(str(entry))))
    for path in extra:
        parties.extend(read_profile(Path(path)))
    return SideLexicon(parties)
