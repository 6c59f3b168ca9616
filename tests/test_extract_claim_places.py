"""Claims carry the place they happened at; the event carries the incident's place
(extract/claim_places.py, event_place.py)."""

from __future__ import annotations

from clashwatch.extract import Extractor
from clashwatch.model import Article, Claim


def run(extractor: Extractor, text: str, title: str | None = None) -> Article:
    return extractor(Article(id="t", text=text, title=title))


def claim_with(article: Article, count: int) -> Claim:
    found = [c for c in article.claims if c.count == count]
    assert found, [(c.count, c.quote) for c in article.claims]
    return found[0]


def test_claim_places_from_own_sentence_finest_first(extractor: Extractor) -> None:
    article = run(extractor, "Azerbaijan said two of its soldiers were killed near Martakert "
                             "in Nagorno-Karabakh on Tuesday.")
    claim = claim_with(article, 2)
    assert claim.place == "Martakert"
    assert claim.precision == "near"
    assert claim.lat is not None and abs(claim.lat - 40.21) < 0.1


def test_claim_places_from_preceding_sentence_of_paragraph(extractor: Extractor) -> None:
    text = ("Heavy fighting was reported around Martuni overnight. Three soldiers were "
            "killed, the army said.\n\nIn Askeran, a civilian was wounded on Monday.")
    article = run(extractor, text)
    assert claim_with(article, 3).place == "Martuni"


def test_claim_places_party_names_are_not_places(extractor: Extractor) -> None:
    text = ("Azeri troops attacked positions near Martakert. They were repelled by "
            "Artsakh forces, suffering two casualties.")
    assert claim_with(run(extractor, text), 2).place == "Martakert"


def test_claim_places_fall_back_to_event_place(extractor: Extractor) -> None:
    text = ("A shooting in Elgin, Illinois left a bar in shock on Sunday.\n\n"
            "Five people were wounded, police said.")
    article = run(extractor, text)
    assert claim_with(article, 5).place == "Elgin"
    assert article.event.place == "Elgin"


def test_event_place_incident_city_over_dateline(extractor: Extractor) -> None:
    text = ("CHICAGO (AP) - Two men were shot and killed early Sunday in Gary, Indiana, "
            "police said. The shooting happened outside a bar in Gary.")
    event = run(extractor, text).event
    assert (event.place, event.admin1, event.country) == ("Gary", "Indiana", "USA")
    assert event.geo_precision == "exact"


def test_event_place_from_title_when_text_omits_it(extractor: Extractor) -> None:
    text = "Two people were shot on Saturday night, police said. Both are expected to live."
    event = run(extractor, text, title="2 wounded in Kalamazoo shooting - WWMT").event
    assert (event.place, event.admin1) == ("Kalamazoo", "Michigan")


def test_event_place_neighbourhood_reported_as_its_city(extractor: Extractor) -> None:
    text = ("Three people were shot in the South Shore neighborhood on the South Side of "
            "Chicago on Friday, Chicago police said.")
    assert run(extractor, text).event.place == "Chicago"


def test_event_place_town_over_the_countries_at_war(extractor: Extractor) -> None:
    text = ("Armenia said Azerbaijan shelled Jermuk on Tuesday. Azerbaijan denied it and "
            "accused Armenia of provocations. Armenia and Azerbaijan have fought two wars.")
    event = run(extractor, text).event
    assert (event.place, event.country) == ("Jermuk", "ARM")
