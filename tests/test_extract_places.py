"""Toponyms and the offline gazetteer (extract/gazetteer.py, places.py, place_resolve.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import pytest

from clashwatch.extract import Extractor
from clashwatch.extract.gazetteer import load_gazetteer, name_key
from clashwatch.extract.place_resolve import km
from clashwatch.extract.places import PlaceFinder
from clashwatch.extract.sentences import SentenceSplitter
from clashwatch.model import GEO_PRECISIONS, Article, Place


def places_in(text: str) -> list[Place]:
    article = SentenceSplitter()(Article(id="t", text=text))
    return PlaceFinder()(article).places


def place_named(places: list[Place], name: str) -> Place:
    found = [p for p in places if p.name == name]
    assert found, f"{name} not among {[p.name for p in places]}"
    return found[0]


def test_gazetteer_loads_from_package_data_once() -> None:
    gaz = load_gazetteer()
    assert load_gazetteer() is gaz  # cached per process: loaded once
    assert len(gaz) > 100_000  # cities500 and the regions, not a toy list
    kinds = {e.kind for key in ("armenia", "ohio", "yerevan") for e in gaz.lookup(key)}
    assert {"country", "admin1", "city"} <= kinds


def test_gazetteer_rows_parse_lazily() -> None:
    gaz = load_gazetteer()
    (entry,) = [e for e in gaz.find("Yerevan") if e.kind == "city"][:1]
    assert entry.country == "ARM" and entry.population > 500_000
    assert gaz.find("Yerevan")[0] is gaz.find("Yerevan")[0]  # parsed once, then reused


def test_gazetteer_us_cities_know_their_county_and_counties_their_point() -> None:
    gaz = load_gazetteer()
    flint = next(e for e in gaz.find("Flint") if e.admin1 == "Michigan")
    assert flint.county == "Genesee County"
    marrero = next(e for e in gaz.find("Marrero") if e.admin1 == "Louisiana")
    assert marrero.county == "Jefferson Parish"  # parishes too
    (saginaw,) = [e for e in gaz.find("Saginaw County") if e.kind == "county"]
    assert saginaw.lat is not None and saginaw.lon is not None
    assert km(saginaw.lat, saginaw.lon, 43.33, -84.05) < 25  # the county's middle, roughly
    assert next(e for e in gaz.find("Yerevan") if e.kind == "city").county is None


@pytest.mark.parametrize(("written", "same_as"), [
    ("Khankendi", "Stepanakert"),
    ("Kelbajar", "Kalbajar"),
    ("Shushi", "Shusha"),
    ("Aghdara", "Martakert"),
    ("Dashkesan", "Dashkasan"),
    ("Xankəndi", "Stepanakert"),
])
def test_gazetteer_alternate_and_transliterated_names(written: str, same_as: str) -> None:
    gaz = load_gazetteer()
    ids = {e.id for e in gaz.find(written)}
    assert ids & {e.id for e in gaz.find(same_as)}


def test_name_key_folds_accents_saints_and_possessives() -> None:
    assert name_key("Ağdərə") == name_key("Agdere")
    assert name_key("St. Louis") == name_key("Saint Louis")
    assert name_key("Chicago's") == "chicago"


def test_places_transliteration_in_text_geocodes_to_one_town() -> None:
    places = places_in("Shelling hit Khankendi and Shushi overnight, officials in Stepanakert said.")
    stepanakert = [p for p in places if p.name == "Stepanakert"]
    assert len(stepanakert) == 2  # Khankendi and Stepanakert: one place
    assert stepanakert[0].lat == pytest.approx(39.8153, abs=0.05)
    assert place_named(places, "Shusha").country == "AZE"


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Azerbaijani forces shelled Martuni and Martakert overnight, the Artsakh Defense Army "
     "said, after clashes near Askeran.", "AZE", "Nagorno-Karabakh"),
    ("A festival opened in Martuni on the shore of Lake Sevan, in Armenia's Gegharkunik "
     "province, the mayor said.", "ARM", None),
    ("Residents of Martuni, Armenia, gathered on Saturday.", "ARM", None),
])
def test_places_martuni_by_article_context(text: str, country: str, admin1: str | None) -> None:
    martuni = place_named(places_in(text), "Martuni")
    assert martuni.country == country
    if admin1:
        assert martuni.admin1 == admin1


@pytest.mark.parametrize(("text", "state"), [
    ("SPRINGFIELD, Ill. - Two men were shot on Monday, police said.", "Illinois"),
    ("A man was shot in Springfield, Mass., on Sunday night.", "Massachusetts"),
    ("Police in Springfield, Ohio said a teenager was wounded.", "Ohio"),
    ("Missouri troopers said the shooting happened in Springfield on Friday.", "Missouri"),
    ("Two people were killed in Springfield late Sunday. Oregon police are investigating "
     "along with Lane County deputies.", "Oregon"),
])
def test_places_springfield_by_state(text: str, state: str) -> None:
    springfield = place_named(places_in(text), "Springfield")
    assert springfield.country == "USA"
    assert springfield.admin1 == state


@pytest.mark.parametrize(("text", "not_a_place"), [
    ("Officer Gary Johnson told reporters the suspect fled.", "Gary"),
    ("Jackson said he had warned the family.", "Jackson"),
    ("Mayor Ed Lee spoke to the Washington Post on Friday.", "Washington"),
    ("The shooting happened on Memphis Street near the bar.", "Memphis"),
    ("Shots were fired outside Lincoln High School on Friday.", "Lincoln"),
    ("Police said Troy Davis, 24, was arrested.", "Troy"),
    ("Prosecutors charged Norman R. Burke with murder.", "Norman"),  # middle initial
    ("Shots were fired at 497 North Circle, near the park.", "Circle"),  # house number
    ("Two men were shot outside a McDonald's on Friday.", "McDonald"),  # the restaurant
    ("A Mid-Michigan father was charged on Monday.", "Mead"),  # another town's short name
    ("Relatives said Hayden loved football.", "Mesa"),  # Mesa's old name, here a person
])
def test_places_non_places_rejected(text: str, not_a_place: str) -> None:
    names = [p.name for p in places_in(text)]
    assert not any(n.startswith(not_a_place) for n in names), names


def test_places_real_places_beside_non_places_are_kept() -> None:
    places = places_in("Officer Gary Johnson said the man was shot in Gary, Indiana on Friday.")
    gary = place_named(places, "Gary")
    assert gary.admin1 == "Indiana"
    assert len([p for p in places if p.name == "Gary"]) == 1


@pytest.mark.parametrize(("text", "name", "precision"), [
    ("Shelling hit Martakert on Tuesday.", "Martakert", "exact"),
    ("Two soldiers were killed near Martakert.", "Martakert", "near"),
    ("Fighting continued in the Martakert region.", "Martakert", "district"),
    ("A man was shot in Cook County on Friday.", "Cook County", "district"),
    ("Clashes broke out in Nagorno-Karabakh.", "Nagorno-Karabakh", "region"),
    ("Azerbaijan said its troops had been fired on.", "Azerbaijan", "country"),
])
def test_places_geo_precision_codes(text: str, name: str, precision: str) -> None:
    place = place_named(places_in(text), name)
    assert place.geo_precision == precision
    assert place.geo_precision in GEO_PRECISIONS


def test_places_offsets_point_at_the_name() -> None:
    text = "Two soldiers were killed near Martakert."
    place = place_named(places_in(text), "Martakert")
    assert place.span is not None
    assert text[place.span.start:place.span.end] == "Martakert"


def test_places_dateline_marked() -> None:
    places = places_in("STEPANAKERT (Arminfo) - Two soldiers were killed near Martuni.")
    assert place_named(places, "Stepanakert").role == "dateline"


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Two men were shot in D.C. on Friday.", "Washington", "District of Columbia"),
    ("A teenager was wounded in Philly overnight.", "Philadelphia", "Pennsylvania"),
    ("Police in NYC arrested a suspect.", "New York City", "New York"),
    ("A man was killed in Kansas City, Kan., on Sunday.", "Kansas City", "Kansas"),
])
def test_places_press_nicknames_and_twin_cities(text: str, name: str, admin1: str) -> None:
    assert place_named(places_in(text), name).admin1 == admin1


def test_places_town_missing_from_the_gazetteer_written_with_its_state() -> None:
    places = places_in("A Toone, TN, man was shot on Friday. Deputies in Toone said the "
                       "man was taken to a hospital.")
    toone = [p for p in places if p.name == "Toone"]
    assert len(toone) == 2  # the bare second mention is the same town
    assert all(p.admin1 == "Tennessee" and p.country == "USA" for p in toone)
    # it has only its state's point, and says so
    assert all(p.geo_precision == "region" and p.geonameid is None for p in toone)
    tennessee = next(e for e in load_gazetteer().find("Tennessee") if e.kind == "admin1")
    assert (toone[0].lat, toone[0].lon) == (tennessee.lat, tennessee.lon)


def test_places_state_that_names_no_candidate_makes_an_unlisted_town() -> None:
    # the gazetteer's only Felton near the top is in California
    felton = place_named(places_in("Felton, Minn., man charged after a boy was shot."),
                         "Felton")
    assert (felton.admin1, felton.geo_precision) == ("Minnesota", "region")


@pytest.mark.parametrize("text", [
    "John Toone, Tennessee, said he heard shots.",  # a person, not a town
    "On Monday, Texas police said two men were hurt.",  # a weekday
])
def test_places_unlisted_town_needs_a_town_before_the_state(text: str) -> None:
    assert not [p for p in places_in(text) if p.geonameid is None]


def test_places_county_after_the_comma_is_no_state() -> None:
    chester = place_named(places_in("Two children were shot on a street in Chester, "
                                    "Delaware County. Both survived."), "Chester")
    assert chester.admin1 != "Delaware"


def test_places_a_name_used_as_a_street_stays_a_street() -> None:
    places = places_in("A boy was shot on Winthrop Street on Saturday. The man hit in the "
                       "shooting on Winthrop is expected to recover. Police found shell "
                       "casings in the 18000 block of Sorrento and the 3000 block of West "
                       "Van Buren.")
    assert not [p for p in places if p.name in ("Winthrop", "Sorrento", "Van Buren")], places


def test_places_compass_abbreviation_is_no_place() -> None:
    places = places_in("Mom of boy killed in SE Houston drive-by shooting speaks out.")
    assert [p.name for p in places] == ["Houston"]


@pytest.mark.parametrize(("text", "name"), [
    ("A Hampton boy was shot on Friday.", "Hampton"),  # a resident noun after the town
    ("Chicago's Englewood saw three shootings.", "Chicago"),  # a possessive, no first name
    ("In Roswell Sunday, a man was shot.", "Roswell"),  # a weekday after the town
])
def test_places_words_after_a_town_that_keep_it_a_town(text: str, name: str) -> None:
    place_named(places_in(text), name)


def test_places_age_after_a_name_makes_it_a_person() -> None:
    assert not [p for p in places_in("Police said Male, 17, was arrested.") if p.name == "Male"]


def test_places_region_named_after_its_capital_yields_to_cities() -> None:
    # Senegal's Saint-Louis region is more populous than St. Louis, Missouri, but
    # a region named after its capital is named through the city
    st_louis = place_named(places_in("A girl was shot in a St. Louis home on Sunday."),
                           "St. Louis")
    assert (st_louis.admin1, st_louis.geo_precision) == ("Missouri", "exact")


def test_places_institutions_tell_the_country() -> None:
    text = "A man was shot in Hamilton on Friday, {}."
    assert place_named(places_in(text.format("the sheriff's office said")),
                       "Hamilton").country == "USA"
    assert place_named(places_in(text.format("the RCMP said")), "Hamilton").country == "CAN"


@pytest.mark.parametrize(("text", "name"), [
    ("Two dead, six injured in Southeast D.C. shooting", "Washington"),  # no first name
    ("Miguel Vazquez was shot, CBS Chicago reported.", "Chicago"),  # an acronym before it
])
def test_places_direction_or_acronym_before_a_town_is_no_first_name(text: str,
                                                                     name: str) -> None:
    place_named(places_in(text), name)


def test_places_city_police_initials_name_the_city() -> None:
    assert place_named(places_in("NYPD officers found two men shot on Friday."),
                       "New York City").admin1 == "New York"


def test_places_common_word_town_with_its_state_is_a_town() -> None:
    assert place_named(places_in("A Hope, AR man died in a shooting."), "Hope").admin1 == (
        "Arkansas")
    assert not [p for p in places_in("There is hope. Hope is all we have.") if p.name == "Hope"]


def test_places_state_not_taken_for_a_town_named_after_it() -> None:
    # Uruguay's Florida department is named after its capital; the US state is not
    florida = place_named(places_in("A man was shot near the University of Florida."),
                          "Florida")
    assert (florida.country, florida.geo_precision) == ("USA", "region")


def test_places_photo_credit_is_no_place() -> None:
    assert not [p for p in places_in("Photo by Guiseppe Barranco/The Enterprise. A boy "
                                     "was hurt.") if p.name == "Enterprise"]


@pytest.mark.parametrize("text", [
    "A boy was killed in a Houston drive-by shooting.",
    "A man was shot in a Houston road rage incident.",
])
def test_places_common_word_after_a_town_is_no_street(text: str) -> None:
    place_named(places_in(text), "Houston")


@pytest.mark.parametrize(("text", "name"), [
    ("She is the latest child to fall victim to Detroit’s violence.", "Detroit"),
    ("The Jacksonville Sheriff’s Office released a report.", "Jacksonville"),
    ("Police in North Liberty say the victim was shot in the leg.", "North Liberty"),
    ("Two boys were shot in Opa-locka on Friday.", "Opa-locka"),  # lower case after "-"
])
def test_places_curly_possessives_and_common_word_names(text: str, name: str) -> None:
    place_named(places_in(text), name)


def test_name_key_strips_curly_possessive() -> None:
    assert name_key("Detroit’s") == name_key("Detroit's") == "detroit"


def test_places_house_number_rule_leaves_years_and_counts() -> None:
    names = [p.name for p in places_in("In 2015 Chicago saw more shootings; police in "
                                      "Chicago said so.")]
    assert "Chicago" in names


def test_places_other_places_old_name_kept_after_a_locative() -> None:
    # no own-name candidate: a place only where the words make it one
    assert "The Bronx" in [p.name for p in places_in("A teen was shot in the Bronx on "
                                                     "Friday.")]


def test_places_county_before_an_agency_word_is_the_county() -> None:
    places = places_in("The boy died at the hospital, according to the York County "
                       "Coroner's Office.")
    assert "York County" in [p.name for p in places]


def test_places_county_in_the_state_of_the_articles_likeliest_town() -> None:
    places = places_in("An East Toledo man was indicted Tuesday by a Lucas County grand "
                       "jury, the Lucas County Prosecutor's Office said.")
    assert {p.admin1 for p in places if p.name == "Lucas County"} == {"Ohio"}


def test_places_surname_that_is_a_small_town_abroad_is_dropped() -> None:
    # Young is a town in Uruguay and a village in Arizona; here it is the suspect
    places = places_in("Officers in Louisville, Kentucky, said they found Young while "
                       "searching the house. Young was taken to a hospital.")
    assert "Young" not in [p.name for p in places]


@pytest.mark.parametrize("text", [
    "a Toone, TN, man; New Paris, Ohio and Lake Forest, Ill., Santa Rosa, CA",
    "X, Ohio, Texas: Paris, Texas County and Fort. Worth, Texas",
    "McDonald, Ohio'Hare, Ky. of-Felton, Minn. Felton, Minn.",
    ", Ohio at the start, Toone, TN at the end, Toone, TN",
])
def test_towns_written_with_their_state_are_found_as_a_full_scan_finds_them(text: str) -> None:
    from clashwatch.extract.place_text import finditer_by_tail
    from clashwatch.extract.place_unlisted import _COMMA_STATE, _TOWN_HEAD, _TOWN_WITH_STATE

    def spans(found: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | Any, ...]]]:
        return [(m.span(), m.groups()) for m in found]

    assert spans(finditer_by_tail(_TOWN_WITH_STATE, _COMMA_STATE, text, _TOWN_HEAD)) == spans(
        _TOWN_WITH_STATE.finditer(text))


def test_a_prefix_tree_alternation_matches_as_the_longest_first_one() -> None:
    from clashwatch.extract.place_text import longest_first

    words = ["sheriff", "sheriff's", "sheriff’s", "state trooper", "state troopers", "azeri",
             "azeris", "a.b", "a"]
    plain = re.compile(r"(?<!\w)(?:" + "|".join(
        re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")
    tree = re.compile(r"(?<!\w)(?:" + longest_first(words) + r")(?!\w)")
    for text in ("the sheriff's deputies, a sheriff’s car, sheriffs", "state troopers and a "
                 "state trooper", "azeris, azeri-x, a.b a.bc a", "sheriff'sx state trooperz"):
        assert tree.findall(text) == plain.findall(text)


def test_places_possessive_before_a_kin_word_is_a_person() -> None:
    article = Extractor()(Article(id="t", text=(
        "A student was shot seven times in Richmond on Friday, police said. \"He is "
        "recovering fast,\" said Eli's father. Many of Eli's friends visit him.")))
    assert [p.name for p in article.places] == ["Richmond"]


def test_places_a_web_address_says_nothing_of_a_names_case() -> None:
    # "mobile" written in lower case makes "Mobile" a word; in a link it is no word
    text = ("Four people were shot on the Indianapolis east side on Tuesday.\n\n"
            "http://www.wthr.com/story/21528147/people-shot-at-east-indianapolis-residence")
    assert place_named(places_in(text), "Indianapolis").admin1 == "Indiana"


def test_places_a_weak_foreign_village_does_not_outvote_a_town_written_as_one() -> None:
    text = ("Police in Cudahy found a father and daughter dead on New Year's Day. Members of "
            "the Cudahy Fire Department tried to revive the girl. Friends set up a page for "
            "the mother Heather to pay for funeral expenses.")
    assert "Cudahy" in [p.name for p in places_in(text)]


def test_places_a_possessive_before_a_weapon_is_a_person() -> None:
    text = ("Officers Derrick Stafford and Norris Greenhouse fired 18 shots, 14 from "
            "Stafford's gun, in Marksville, Louisiana.")
    assert [p.name for p in places_in(text)] == ["Marksville", "Louisiana"]


def test_places_the_courts_words_make_the_article_american() -> None:
    text = ("An 8-year-old was struck by a bullet in Panama City on Sunday. The woman who "
            "fired was charged with a felony and aggravated assault.")
    assert place_named(places_in(text), "Panama City").admin1 == "Florida"


def test_places_a_small_town_listed_only_elsewhere_is_the_local_one() -> None:
    # the only Violas listed are in New York, Illinois and Wisconsin; the report names
    # a Kentucky county: the Viola is the Kentucky town the gazetteer lacks
    text = ("A 3-year-old boy was accidentally shot in Graves County on Sunday. Kentucky "
            "State Police said the shooting happened at a home in Viola.")
    viola = place_named(places_in(text), "Viola")
    assert (viola.admin1, viola.geonameid) == ("Kentucky", None)
    # a town just across the state line is the listed one
    near = places_in("A child was killed in an accidental shooting in Horry County on "
                     "Thursday. The boy was flown to a hospital in Lumberton.")
    assert place_named(near, "Lumberton").admin1 == "North Carolina"
    # with no county of another state named, the listed town stands
    assert place_named(places_in("A boy was shot at a home in Viola on Sunday."),
                       "Viola").admin1 == "New York"


def test_places_a_possessive_before_a_child_is_a_person() -> None:
    text = ("Alex Dixon shot into the home in Milwaukee. Her brother had started a "
            "relationship with the mother of Dixon's child.")
    assert [p.name for p in places_in(text)] == ["Milwaukee"]


def test_places_two_streets_named_together_are_streets() -> None:
    text = ("A 2-year-old was shot on Jacksonville's Eastside. The shooting at Franklin and "
            "Odessa streets happened in the early evening.")
    assert "Franklin" not in [p.name for p in places_in(text)]


def test_places_a_townships_state_follows_its_kind() -> None:
    # the only Douglass listed is in Kansas: the dateline's is the Pennsylvania township
    article = SentenceSplitter()(Article(id="t", text=(
        "DOUGLASS TWP., Pa. - A man has died following an accidental shooting, police said.")))
    douglass = place_named(PlaceFinder()(article).places, "Douglass")
    assert (douglass.admin1, douglass.geonameid) == ("Pennsylvania", None)


def test_places_two_common_words_before_police_are_a_town() -> None:
    text = "North Liberty police have cordoned off a portion of road for a shooting."
    assert place_named(places_in(text), "North Liberty").admin1 == "Iowa"


def test_places_a_nickname_in_quotes_is_a_person() -> None:
    text = ("Greensboro police are still searching for Murad \"Anthony\" Weaver, 22. "
            "Murad 'Anthony' Weaver is accused of shooting his brother.")
    assert [p.name for p in places_in(text)] == ["Greensboro"]


@pytest.mark.parametrize(("text", "town", "state"), [
    ("A 17-year-old hunter was charged in the death of a Glen Flora man. Rusk County "
     "deputies said the man was shot in Rusk County, Wisconsin.", "Glen Flora", "Wisconsin"),
    ("A 15-year-old was accidentally shot in the Cub Run area, Hart County, Kentucky "
     "deputies said.", "Cub Run", "Kentucky"),
    ("A man shot a baby in the tiny town of Lingle in Goshen County, Wyoming.", "Lingle",
     "Wyoming"),
])
def test_places_a_town_the_gazetteer_lacks_written_as_a_town(text: str, town: str,
                                                             state: str) -> None:
    found = place_named(places_in(text), town)
    assert (found.admin1, found.geonameid) == (state, None)


def test_places_a_last_name_before_man_is_no_town() -> None:
    text = ("Jacob Setter, 14, of Sullivan County, Indiana, was shot. The Setter boy died "
            "at the scene, Sullivan County deputies said.")
    assert "Setter" not in [p.name for p in places_in(text)]
    # and with no county to place it, a name before "man" is left alone
    assert places_in("A Glen Flora man was shot on Sunday.") == []


def test_places_a_datelines_town_of_several_words_the_gazetteer_lacks() -> None:
    article = SentenceSplitter()(Article(id="t", text=(
        "WEST PRICE HILL, Ohio (WKRC) -- Police were called to a house late Sunday night.")))
    (town, state) = PlaceFinder()(article).places
    assert (town.name, town.admin1, town.geonameid, town.role) == (
        "West Price Hill", "Ohio", None, "dateline")
    assert state.name == "Ohio"


def test_places_a_datelines_one_word_town_the_gazetteer_lacks() -> None:
    article = SentenceSplitter()(Article(id="t", text=(
        "TOONE, Tenn. — The search for a killer continues in Hardeman County.")))
    toone = place_named(PlaceFinder()(article).places, "Toone")
    assert (toone.admin1, toone.geonameid, toone.role) == ("Tennessee", None, "dateline")


def test_places_an_age_before_a_town_is_no_first_name() -> None:
    text = "3 Indicted In Death Of 8-Year-Old Camden Girl\n\nThe girl died in a fire."
    assert "Camden" in [p.name for p in places_in(text)]


def test_places_a_transcript_in_capitals_says_nothing_of_names() -> None:
    text = ("A baby was shot by his 4-year-old brother in Rankin County, Mississippi.\n\n"
            ">> ONCE YOU CLOSE IT, YOU HAVE TO BE SURE YOU TURN THE -- TO LOCK IT. I WENT TO "
            "GO GET HIM AND HE WAS LAYING THERE WITH A GUNSHOT WOUND.")
    assert [p.name for p in places_in(text)] == ["Rankin County", "Mississippi"]


def test_places_a_name_used_for_an_institution_stands_for_it() -> None:
    text = ("A boy was brought to Riley Hospital for Children in Indianapolis. A source at "
            "Riley told The Star the boy was shot in the leg.")
    assert [p.name for p in places_in(text)] == ["Indianapolis"]
    # written in it, it is the town
    town = places_in("Students of Medina High School mourned. The shooting happened in "
                     "Medina, Orleans County.")
    assert "Medina" in [p.name for p in town]


def test_places_a_town_repeated_all_through_a_huge_article_is_judged_once() -> None:
    text = ("A man was shot in Rusk County, Wisconsin. " + "A Glen Flora man was there. " * 4000)
    found = [p for p in places_in(text) if p.name == "Glen Flora"]
    assert len(found) == 4000 and {p.admin1 for p in found} == {"Wisconsin"}
