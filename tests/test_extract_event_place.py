"""The principal event's place (extract/event_place.py) over the whole pipeline."""

from __future__ import annotations

from clashwatch.extract import Extractor
from clashwatch.extract.event_place import principal_place
from clashwatch.model import Article


def event_of(text: str, title: str | None = None) -> Article:
    return Extractor()(Article(id="t", text=text, title=title))


def test_event_place_dateline_beats_the_publishers_site() -> None:
    article = event_of("SHREVEPORT, La. (KSLA) - A man was shot and killed on Friday, "
                       "police said.", title="Man shot - KSLA News 12 Monroe, Louisiana")
    assert (article.event.place, article.event.admin1) == ("Shreveport", "Louisiana")


def test_event_place_title_site_part_is_only_a_hint() -> None:
    article = event_of("A teenager was shot in Bossier City on Saturday night, police "
                       "said. He is expected to survive.",
                       title="Teen shot - KSLA News 12 Shreveport, Louisiana")
    assert article.event.place == "Bossier City"
    assert any(p.role == "site" and p.name == "Shreveport" for p in article.places)


def test_event_place_in_the_articles_state_beats_a_lone_homonym() -> None:
    # "Mesa" once, in passing; the county and the state name Texas three times
    article = event_of("HARRIS COUNTY, Texas - A 5-year-old shot his brother in Harris "
                       "County on Sunday, deputies said. The family had moved from Mesa "
                       "last year. Texas law makes it a crime to leave a gun in reach.")
    assert article.event.admin1 == "Texas"


def test_event_place_unlisted_town_counts_as_a_town() -> None:
    article = event_of("A Toone, TN, man and his son were killed in a shooting in Toone "
                       "on Friday, Hardeman County deputies said.")
    assert (article.event.place, article.event.admin1) == ("Toone", "Tennessee")
    assert article.event.geo_precision == "region"  # the point is the state's


def test_event_place_neighbourhood_reported_as_its_city() -> None:
    article = event_of("Two men were shot in East New York on Friday. It was the third "
                       "shooting in New York City this week.")
    assert article.event.place == "New York City"


def test_principal_place_asked_twice_answers_the_same_without_recomputing() -> None:
    article = event_of("Shelling hit Martakert on Tuesday, killing two soldiers.")
    first = principal_place(article)
    assert first is not None and principal_place(article) is first
    article.places = article.places[:0]  # a changed article is computed again
    assert principal_place(article) is None


def test_event_place_county_named_as_its_agency_yields_to_the_town() -> None:
    article = event_of("GASTONIA, N.C. - Gaston County Police said two officers were hurt. "
                       "Gaston County Police Chief Joe Smith said Gaston County officers "
                       "answered a call. A Gaston County detective said the man was shot "
                       "on Main Avenue in Gastonia.")
    assert (article.event.place, article.event.admin1) == ("Gastonia", "North Carolina")


def test_event_place_first_name_that_is_a_far_small_town_is_no_place() -> None:
    article = event_of("ALVIN, Texas - A father talked about holding his son, Milo, as he "
                       "died on Sunday. He found Milo had been shot outside their home in "
                       "Alvin, Texas, police said. Milo was 17.")
    assert (article.event.place, article.event.admin1) == ("Alvin", "Texas")
    assert "Milo" not in [p.name for p in article.places]


def test_event_place_town_beats_the_sheriffs_county_of_its_state() -> None:
    # the county weighs more than three times the town, not ten times
    article = event_of("A boy was shot in Kent County on Friday night, deputies said. The "
                       "shooting happened at a home in Cedar Springs in northern Kent "
                       "County. He was taken to a hospital in Kent County. It was the "
                       "third shooting in Kent County this year.", title="Boy shot in Kent County")
    assert (article.event.place, article.event.admin1) == ("Cedar Springs", "Michigan")


def test_event_place_a_county_beats_a_site_town_that_lies_in_another_county() -> None:
    # a TV station's city is no evidence against the county the story names: Flint
    # lies in Genesee County, not Saginaw County
    text = ("A man was shot at a party early Sunday, deputies said. The party was at a "
            "home in Saginaw County.")
    flint = event_of(text, title="Man shot at party - WNEM TV5 Flint, Michigan")
    assert (flint.event.place, flint.event.admin1) == ("Saginaw County", "Michigan")
    # a site town in the county stays the answer: reports name the sheriff's county,
    # records the city in it
    saginaw = event_of(text, title="Man shot at party - WNEM TV5 Saginaw, Michigan")
    assert (saginaw.event.place, saginaw.event.admin1) == ("Saginaw", "Michigan")


def test_event_place_a_weather_alerts_counties_are_not_the_story() -> None:
    text = ("Tornado Watch issued May 8 at 7:37PM CDT expiring May 8 at 9:00PM CDT in effect "
            "for: Cleveland, Garvin, Grady, Jefferson, Lincoln, McClain, Oklahoma\n\n"
            "Flash Flood Warning issued May 8 at 6:31PM CDT in effect for: Cleveland, Lincoln\n\n"
            "Two brothers will stand trial for a quadruple murder at an apartment complex, "
            "a judge ruled.")
    article = event_of(text, title="Brothers to stand trial - NewsOn6.com - Tulsa, OK")
    assert (article.event.place, article.event.admin1) == ("Tulsa", "Oklahoma")


def test_event_place_a_suburb_is_not_the_city_it_is_a_suburb_of() -> None:
    article = event_of("Authorities say four people were shot during a party at a hotel in "
                       "the Denver suburb of Wheat Ridge. Police spokesman John Romero says "
                       "officers were called to the hotel at about 1:40 a.m. Sunday.",
                       title="4 injured in suburban Denver hotel shooting")
    assert (article.event.place, article.event.admin1) == ("Wheat Ridge", "Colorado")


def test_event_place_a_town_with_its_own_police_is_no_neighbourhood() -> None:
    text = ("A 15-year-old girl was shot when masked men stormed a Garner apartment on "
            "Sunday, Garner police said. She was taken to a hospital in Raleigh.")
    article = event_of(text)
    assert (article.event.place, article.event.admin1) == ("Garner", "North Carolina")
    # a neighbourhood is named for its city ("South Shore" is Chicago)
    chicago = event_of("A man was shot in South Shore on Sunday, Chicago police said.")
    assert chicago.event.place == "Chicago"


def test_event_place_a_video_teaser_line_is_not_the_story() -> None:
    text = ("2:05 Video shows three males vandalizing a school in Olathe Pause\n\n"
            "3:01 Olathe shooting victim is being called a hero\n\n"
            "A teenage girl was shot and killed in Kansas City, Kansas, on Sunday night.")
    article = event_of(text)
    assert (article.event.place, article.event.admin1) == ("Kansas City", "Kansas")
    # a clock time at a line's start is no teaser
    clock = event_of("2:05 p.m. A man was shot in Olathe, Kansas, police said.")
    assert clock.event.place == "Olathe"


def test_event_place_a_great_citys_borough_is_the_finer_place() -> None:
    text = ("A baby was shot by his father in New York City on Sunday. The shooting happened "
            "in an apartment in Brooklyn, police said.")
    assert event_of(text).event.place == "Brooklyn"


def test_event_place_a_town_whose_named_county_holds_no_big_city_stays_itself() -> None:
    text = ("A baby was killed in a double shooting in Marrero on Saturday, Jefferson Parish "
            "deputies said. The baby was taken to a hospital in New Orleans.")
    assert event_of(text).event.place == "Marrero"
    # with no county named, a neighbourhood still reads as its big city
    chicago = event_of("A man was shot in South Shore on Sunday, Chicago police said.")
    assert chicago.event.place == "Chicago"


def test_event_place_a_state_that_barely_outweighs_its_county_gives_way_to_it() -> None:
    # Michigan outweighs the Flint station's town, but so does Saginaw County, which
    # weighs more than a third of the state: the county is the finer answer
    text = ("Five people were shot at a party early Sunday, police said. Security was increased "
            "on Monday. The complex is one of the largest in Michigan. Saginaw County was quiet "
            "on Monday night.")
    article = event_of(text, title="Security increased - WNEM TV5 Flint, Michigan")
    assert (article.event.place, article.event.admin1) == ("Saginaw County", "Michigan")
