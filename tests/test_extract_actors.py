"""Actors and their sides (extract/actors.py) from conflict profiles and countries."""

from __future__ import annotations

from pathlib import Path

import pytest

from clashwatch import settings
from clashwatch.errors import InputError
from clashwatch.extract.actors import ActorFinder, find_actors
from clashwatch.extract.sides import load_sides, read_profile
from clashwatch.model import Actor, Article


def actors_in(text: str) -> list[Actor]:
    return find_actors(Article(id="t", text=text))


def by_name(actors: list[Actor]) -> dict[str, Actor]:
    return {a.name: a for a in actors}


@pytest.mark.parametrize(("text", "name", "side", "kind"), [
    ("Azerbaijan's defence ministry said two soldiers died.", "Azerbaijan's defence ministry",
     "AZE", "institution"),
    ("Armenian forces returned fire.", "Armenia", "ARM", "state"),
    ("Azeri troops advanced.", "Azerbaijan", "AZE", "state"),
    ("Baku accused Yerevan of provocations.", "Azerbaijan", "AZE", "state"),
    ("Nikol Pashinyan spoke to parliament.", "Nikol Pashinyan", "ARM", "person"),
    ("The Artsakh Defense Army reported losses.", "Artsakh Defense Army", "ARM", "institution"),
])
def test_actors_from_the_packaged_profile(text: str, name: str, side: str, kind: str) -> None:
    actor = by_name(actors_in(text))[name]
    assert (actor.side, actor.kind) == (side, kind)
    assert actor.span is not None


def test_actors_one_per_name_in_text_order() -> None:
    actors = actors_in("Armenian troops shelled Azerbaijani posts; Armenians said Azerbaijan lied.")
    assert [a.name for a in actors] == ["Armenia", "Azerbaijan"]


@pytest.mark.parametrize(("text", "name", "side"), [
    ("Syrian troops shelled the town.", "Syria", "SYR"),
    ("Russia said its peacekeepers were safe.", "Russia", "RUS"),
    ("Turkish drones struck the convoy.", "Turkey", "TUR"),
    ("South Sudanese forces clashed with rebels.", "South Sudan", "SSD"),
])
def test_actors_countries_outside_profiles(text: str, name: str, side: str) -> None:
    actor = by_name(actors_in(text))[name]
    assert (actor.side, actor.kind) == (side, "state")


@pytest.mark.parametrize(("text", "name", "side", "kind"), [
    ("The Chicago Police Department said the man was shot.", "Chicago Police Department",
     None, "institution"),
    ("The Sudanese Armed Forces shelled the market.", "Sudanese Armed Forces", "SDN",
     "institution"),  # a state's army: of its side, and no separate "Sudan"
    ("Fighters of the Tigray Defense Forces entered the town.", "Tigray Defense Forces",
     None, "armed_group"),
    ("The Southern Transitional Council said it held the port.",
     "Southern Transitional Council", None, "organisation"),
    ("Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives joined the FBI.",
     "Bureau of Alcohol", None, "institution"),
    ("The FBI said it was investigating.", "FBI", None, "institution"),
])
def test_actors_organisations_outside_profiles(text: str, name: str, side: str | None,
                                               kind: str) -> None:
    actors = by_name(actors_in(text))
    assert (actors[name].side, actors[name].kind) == (side, kind)
    if side:
        assert not [a for a in actors.values() if a.kind == "state"]


@pytest.mark.parametrize("text", [
    "Police said the man was shot.",
    "The Sheriff's Office said two people died.",
    "State Police closed the road.",
])
def test_actors_generic_bodies_are_no_organisation(text: str) -> None:
    assert actors_in(text) == []


@pytest.mark.parametrize("text", [
    "The convoy was attacked in Syria on Monday.",
    "He flew from Turkey to Cyprus.",
    "She studied Turkish food.",
])
def test_actors_country_as_place_or_word_is_no_actor(text: str) -> None:
    assert not [a for a in actors_in(text) if a.side in ("SYR", "TUR", "CYP")]


def test_actors_user_profile_added_without_code(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "sudan.yaml").write_text(
        "conflict: Sudan\nparties:\n"
        "  - {id: SAF, name: Sudanese Armed Forces, side: SAF, aliases: [SAF],"
        " leaders: [Abdel Fattah al-Burhan]}\n"
        "  - {id: RSF, name: Rapid Support Forces, side: RSF, kind: armed_group,"
        " aliases: [RSF]}\n", encoding="utf-8")
    monkeypatch.setenv(settings.EXTRACT_PROFILES_ENV, str(folder))
    article = Article(id="t", text="The RSF said SAF jets bombed Omdurman; Abdel Fattah al-Burhan denied it.")
    actors = by_name(ActorFinder(load_sides())(article).actors)
    assert actors["Rapid Support Forces"].kind == "armed_group"
    assert actors["Sudanese Armed Forces"].side == "SAF"
    assert actors["Abdel Fattah al-Burhan"].kind == "person"
    assert "Sudan" not in actors  # "Sudanese Armed Forces" is the party, not the country


@pytest.mark.parametrize(("content", "problem"), [
    ("parties: {a: 1}\n", "'parties' list"),
    ("parties:\n  - {name: X}\n", "'id', 'name' and 'side'"),
    ("parties: [\n", "YAML"),
])
def test_actors_bad_profile_is_one_clear_error(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem):
        read_profile(path)


def test_actors_missing_profile_path_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(settings.EXTRACT_PROFILES_ENV, str(tmp_path / "nowhere.yaml"))
    with pytest.raises(InputError, match="nowhere.yaml"):
        load_sides()
