"""Which side a mention belongs to, from conflict profiles (data, not code).

A profile (YAML, format ``clashwatch.profile.v1``) lists each party's id, name, side,
aliases, demonyms, institutions and leaders, and optionally ``modifiers``: names that
mark a side only in front of a noun ("Nagorno-Karabakh officials", "Karabakh forces")
while alone they name a place, not a party, and ``kind`` (state, armed_group, ...;
default state). The packaged profiles live in `clashwatch/profiles/`; users add their
own without code: files or folders of them listed in ``$CLASHWATCH_PROFILES``
(`settings.EXTRACT_PROFILES_ENV`, separated like PATH), read after the packaged ones.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from clashwatch import settings
from clashwatch.errors import InputError


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
    kind: str = "state"

    def names(self) -> list[str]:
        return [self.name, *self.aliases, *self.demonyms, *self.institutions, *self.leaders]

    def kind_of(self, written: str) -> str:
        """What a name of this party stands for: an institution, a person (a leader), or
        the party itself (its name, aliases and demonyms)."""
        key = " ".join(written.lower().replace("’", "'").split())
        if any(key == n.lower() for n in self.institutions):
            return "institution"
        if any(key == n.lower() for n in self.leaders):
            return "person"
        return self.kind


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
    """The parties of one profile file; InputError names the file and what is wrong."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(str(path), f"not a readable YAML profile ({exc.__class__.__name__})") from exc
    parties = data.get("parties", []) if isinstance(data, dict) else None
    if not isinstance(parties, list):
        raise InputError(str(path), "a profile needs a 'parties' list")
    found = []
    for n, p in enumerate(parties, 1):
        if not isinstance(p, dict) or not all(isinstance(p.get(k), str) for k in ("id", "name", "side")):
            raise InputError(str(path), f"party {n} needs text 'id', 'name' and 'side'")
        found.append(Party(**{k: v for k, v in p.items() if k in Party.__dataclass_fields__}))
    return found


def profile_paths(value: str | None = None) -> tuple[str, ...]:
    """The user's profile files: each entry of `value` (default: $CLASHWATCH_PROFILES) is
    a YAML file or a folder of them."""
    raw = os.environ.get(settings.EXTRACT_PROFILES_ENV, "") if value is None else value
    found: list[str] = []
    for entry in filter(None, raw.split(os.pathsep)):
        path = Path(entry)
        if path.is_dir():
            found.extend(str(p) for p in sorted(path.iterdir())
                         if p.suffix in (".yaml", ".yml"))
        elif path.is_file():
            found.append(str(path))
        else:
            raise InputError(entry, f"conflict profile not found (set "
                             f"{settings.EXTRACT_PROFILES_ENV} to YAML files or folders)")
    return tuple(found)


def load_sides(extra: tuple[str, ...] = ()) -> SideLexicon:
    """The packaged profiles, the user's ($CLASHWATCH_PROFILES) and any extra files."""
    return _load_sides(profile_paths() + tuple(extra))


@lru_cache(maxsize=8)
def _load_sides(extra: tuple[str, ...]) -> SideLexicon:
    # the user's profiles first: the first party to claim a name keeps it, so a user's
    # profile overrides the packaged generic ones
    parties: list[Party] = []
    for path in extra:
        parties.extend(read_profile(Path(path)))
    folder = resources.files("clashwatch") / "profiles"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".yaml", ".yml")):
            parties.extend(read_profile(Path(str(entry))))
    return SideLexicon(parties)
