"""Event types and sub-types in ACLED's taxonomy (extract/event_type.py)."""

from __future__ import annotations

import pytest

from clashwatch.extract.event_type import classify_event
from clashwatch.extract.sentences import SentenceSplitter
from clashwatch.model import Article, Claim


def classify(text: str, title: str | None = None, claims: list[Claim] | None = None
             ) -> tuple[str | None, str | None]:
    article = SentenceSplitter()(Article(id="t", text=text, title=title))
    article.claims = claims or []
    return classify_event(article)


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("Clashes erupt on the line of contact",
     "Armenian and Azerbaijani troops clashed overnight in heavy fighting near Martakert. "
     "Both sides reported losses.", ("Battles", "Armed clash")),
    ("Border shelling resumes",
     "Azerbaijani artillery shelled villages near Goris, and mortar rounds hit homes, the "
     "ministry said.", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("Drone strike kills three",
     "A drone struck a military truck; the air strike killed three soldiers.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("Soldier killed by landmine",
     "A soldier was killed when his vehicle hit a landmine; another IED was found nearby.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("Gunman kills two at party",
     "A gunman opened fire at a house party, police said. The shooting left two dead.",
     ("Violence against civilians", "Attack")),
    ("Aid workers kidnapped",
     "Gunmen abducted four aid workers on the road; the kidnappers demand a ransom.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Ceasefire violated again",
     "Azerbaijan accused Armenia of violating the ceasefire overnight. The truce was "
     "breached 30 times, the ministry said.", ("Battles", "Ceasefire violation")),
    ("Leaders sign peace deal",
     "The two presidents signed a peace agreement in Moscow on Monday. The deal was "
     "agreed after months of talks.", ("Strategic developments", "Agreement")),
    ("Foreign ministers meet for peace talks",
     "The foreign ministers met in Geneva for peace talks mediated by the co-chairs. "
     "Negotiations will resume next month.", ("Strategic developments", "Peace talks")),
])
def test_event_type_each_type(title: str, text: str, expected: tuple[str, str]) -> None:
    assert classify(text, title) == expected


def test_event_type_violence_outweighs_talks_mentioned_in_passing() -> None:
    text = ("Heavy shelling hit Stepanakert on Tuesday, killing two civilians. Rockets "
            "struck homes across the city. Peace talks planned for next week are in doubt.")
    assert classify(text, "Shelling kills two") == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_event_type_soldiers_shot_is_a_clash_not_an_attack_on_civilians() -> None:
    claim = Claim(status="killed", count=1, victim="military")
    text = "An Azerbaijani soldier was shot dead by a sniper, the ministry said."
    assert classify(text, claims=[claim]) == ("Battles", "Armed clash")


def test_event_type_accidental_shooting_is_no_acled_event() -> None:
    text = "A 4-year-old boy accidentally shot himself with a gun he found, police said."
    assert classify(text, "Boy accidentally shoots himself") == (None, None)


def test_event_type_none_without_cues() -> None:
    assert classify("The weather was fine and the market opened on time.") == (None, None)
