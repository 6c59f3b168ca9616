"""Which side a mention belongs to, from conflict profiles (data, not code).

A profile (YAML, format ``clashwatch.profile.v1``) lists each party's id, name, side,
aliases, demonyms, institutions and leaders, and optionally ``modifiers``: names that
mark a side only in front of a noun ("Nagorno-Karabakh officials", "Karabakh forces")
while alone they name a place, not a party. The packaged profiles live in
`clashwatch/profiles/`; users add their own files without code.
"""

from __future__ import annotations

import re
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
    modifiers: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        return [self.name, *self.aliases, *self.demonyms, *self.institutions, *self.leaders]


@dataclass(frozen=True)
class Mention:
    """A party named in a text: [start, end) offsets, the words, and the party."""

    start: int
    end: int
    text: str
    party: Party


class SideLexicon:
    """Maps a mention ("Azeri", "Nikol Pashinyan", "Karabakh army") to a side id."""

    def __init__(self, parties: list[Party]) -> None:
        self.parties = parties
        self._by_name: dict[str, Party] = {}
        for party in parties:
            for name in party.names():
                self._by_name.setdefault(name.lower(), party)
        self._pattern = _names_pattern(self._by_name)
        self._with_modifiers: dict[str, Party] = dict(self._by_name)
        for party in parties:
            for name in party.modifiers:
                self._with_modifiers.setdefault(name.lower(), party)
        self._modifier_pattern = _names_pattern(self._with_modifiers)

    def party_of(self, mention: str) -> Party | None:
        key = " ".join(mention.lower().replace("’", "'").split())
        for candidate in (key, key.removeprefix("the "), key.removesuffix("'s")):
            if candidate in self._by_name:
                return self._by_name[candidate]
        return None

    def side_of(self, mention: str) -> str | None:
        party = self.party_of(mention)
        return party.side if party else None

    def find_mentions(self, text: str, modifiers: bool = False, offset: int = 0) -> list[Mention]:
        """Every party name in `text`, longest names first, never inside a hyphenated word
        ("Karabakh" is not found in "Nagorno-Karabakh"). With `modifiers`, also the
        names that only mark a side in front of a noun (see the module docstring).
        Offsets are shifted by `offset` (the start of `text` in a longer one)."""
        pattern, table = ((self._modifier_pattern, self._with_modifiers) if modifiers
                          else (self._pattern, self._by_name))
        if pattern is None:
            return []
        found = []
        for match in pattern.finditer(text):
            key = " ".join(match.group().lower().replace("’", "'").split())
            party = table.get(key)
            if party is not None:
                found.append(Mention(match.start() + offset, match.end() + offset,
                                     match.group(), party))
        return found


def _names_pattern(names: dict[str, Party]) -> re.Pattern[str] | None:
    """One alternation of all names, longest first, bounded by non-word, non-hyphen chars."""
    if not names:
        return None
    alternatives = sorted(names, key=len, reverse=True)
    body = "|".join(re.escape(n).replace("'", "['’]").replace(r"\ ", r"\s+") for n in alternatives)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


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
