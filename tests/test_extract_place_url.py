"""Places named by the publisher's address (extract/place_url.py) and what they decide."""

from __future__ import annotations

import pytest

from clashwatch.extract import Extractor
from clashwatch.extract.gazetteer import load_gazetteer
from clashwatch.extract.place_url import url_country, url_place_names
from clashwatch.model import Article


@pytest.mark.parametrize(("url", "names"), [
    ("http://www.denverpost.com:80/news/ci_27046470/yuma-high-school-student-shot", ["Denver"]),
    ("http://pittsburgh.cbslocal.com/2013/10/20/homewood-shooting/", ["Pittsburgh"]),
    ("http://www.fox10phoenix.com/news/arizona-news/39127092-story", ["Phoenix, Arizona"]),
    ("http://www.kansascity.com/news/local/crime/article1.html", ["Kansas City"]),
    ("http://www.erienewsnow.com/story/1/boy-shot", ["Erie"]),
    ("http://globegazette.com/news/iowa/child-shot/article_1.html", ["Iowa"]),
    ("http://www.wdbj7.com/news/local/southern-virginia/woman-shot/37626848",
     ["Roanoke, Virginia"]),
    # a broadcaster's market, by its call sign or channel
    ("http://www.ksla.com/story/1", ["Shreveport, Louisiana"]),
    ("http://www.wxii12.com/news/1", ["Winston-Salem, North Carolina"]),
    ("http://www.wsoctv.com/news/local/1", ["Charlotte, North Carolina"]),
    ("http://fox59.com/2013/03/05/shot/", ["Indianapolis, Indiana"]),
    # a paper's masthead; only the registered name is the publisher's
    ("http://www.pjstar.com/news/20160315/shot", ["Peoria, Illinois"]),
    ("http://articles.sun-sentinel.com/2014-01-01/news/x", ["Fort Lauderdale, Florida"]),
    ("http://app.example.com/news/1", []),
    ("http://www.sanduskyregister.com/story/1", ["Sandusky"]),
    ("http://delrionewsherald.com/news/article_84e00bd2.html", ["Del Rio"]),
])
def test_url_names_the_publishers_city_and_state(url: str, names: list[str]) -> None:
    assert url_place_names(url, load_gazetteer()) == names


@pytest.mark.parametrize("url", [
    None, "", "not a url", "http://[::1", "http://www.wxyq.com/news/woman-shot/1/",
    "http://www.unionstar.com/local/article/update-woman-grazed-12.php",  # common words
    "http://www.globegazette.com/news/",  # a village's name at the start of a label
    "http://www.theadanews.com/news/local_news/1",  # Ada has too few people to tell
])
def test_url_without_a_telling_name_names_nothing(url: str | None) -> None:
    assert url_place_names(url, load_gazetteer()) == []


def event_of(text: str, title: str | None = None, url: str | None = None) -> Article:
    return Extractor()(Article(id="t", text=text, title=title, url=url))


def test_publishers_state_decides_a_town_the_text_leaves_open() -> None:
    text = "A high school student was shot and killed Friday in Yuma, police said."
    assert event_of(text).event.admin1 == "Arizona"  # the bigger Yuma
    article = event_of(text, url="http://www.denverpost.com/news/ci_1/yuma-student-shot")
    assert (article.event.place, article.event.admin1) == ("Yuma", "Colorado")


def test_publishers_state_is_weaker_than_the_metro_it_covers() -> None:
    # NBC New York covers Newark, New Jersey: the site's state is half a vote
    article = event_of("Five people were shot at a home in Newark on Sunday, police said.",
                       url="http://www.nbcnewyork.com/news/local/Newark-Shooting-1.html")
    assert (article.event.place, article.event.admin1) == ("Newark", "New Jersey")


def test_town_across_a_state_line_is_no_neighbourhood_of_the_big_city() -> None:
    article = event_of("An 8-year-old girl was shot in Camden on Monday night, police in "
                       "Camden said. Philadelphia police were not involved.",
                       url="http://www.nbcphiladelphia.com/news/local/Camden-Girl-391.html")
    assert (article.event.place, article.event.admin1) == ("Camden", "New Jersey")


@pytest.mark.parametrize(("url", "country"), [
    ("http://www.wafb.com:80/story/33167331/", "USA"),  # a call sign
    ("http://www.kctv5.com/story/1", "USA"),
    ("http://abc3340.com/news/local/shooting", "USA"),  # a network's channel
    ("http://6abc.com:80/news/shot/1374479/", "USA"),
    ("https://www.bbc.co.uk/news/world", "GBR"),  # a country-code domain
    ("https://news.am/eng/news/1.html", "ARM"),
    ("http://www.wine.com/", None),  # a word, not a call sign
    ("http://www.within.com/", None),
    ("http://radio.fm/stream", None),  # a domain sold to anybody
    ("http://www.sfgate.com/crime/", "USA"),  # a paper of the table
    ("http://www.rawstory.com/2016/01/x/", None),
    (None, None), ("not a url", None),
])
def test_url_names_the_publishers_country(url: str | None, country: str | None) -> None:
    assert url_country(url) == country


def test_publishers_country_decides_a_city_the_text_leaves_open() -> None:
    text = ("The entrance of a Birmingham lounge was covered with crime scene tape as "
            "police investigated a shooting that injured three.")
    assert event_of(text).event.admin1 is None  # England's Birmingham is the larger
    local = event_of(text, url="http://abc3340.com/news/local/several-people-injured")
    assert (local.event.place, local.event.admin1) == ("Birmingham", "Alabama")


def test_publishers_market_decides_the_state_of_a_common_town_name() -> None:
    text = "Police say a Jacksonville father was impaired when his child found a gun."
    assert event_of(text).event.admin1 == "Florida"  # the largest Jacksonville
    local = event_of(text, url="http://www.witn.com/content/news/Jacksonville-dad-1.html")
    assert (local.event.place, local.event.admin1) == ("Jacksonville", "North Carolina")


def test_publishers_table_names_gazetteer_places() -> None:
    from clashwatch.extract.place_url import _publishers

    gaz = load_gazetteer()
    for city, state in set(_publishers().values()):
        assert any(e.kind == "city" and e.name == city and e.admin1 == state
                   for e in gaz.find(city)), (city, state)


def test_counties_of_a_common_name_take_the_state_of_the_other_places() -> None:
    text = ("A Morgan County man was treated and released from an Athens hospital after his "
            "9-year-old son accidentally shot him while hunting rabbits in Madison County.")
    article = event_of(text, url="http://onlineathens.com/mobile/2016-02-08/man-shot-hunting")
    counties = {p.name: p.admin1 for p in article.places if p.geo_precision == "district"}
    assert counties == {"Morgan County": "Georgia", "Madison County": "Georgia"}


def test_a_county_leans_to_where_the_other_names_were_placed() -> None:
    # Hendersonville alone is Tennessee's, the larger; the Spartanburg station makes it
    # North Carolina's, and Henderson County follows it there
    text = ("A two-year-old girl was accidentally shot and killed Monday in Henderson County. "
            "The girl was taken to a hospital in Hendersonville.")
    article = event_of(text, url="http://wspa.com/2015/10/26/two-year-old-child-shot/")
    counties = {p.name: p.admin1 for p in article.places if p.geo_precision == "district"}
    assert counties == {"Henderson County": "North Carolina"}


def test_url_huge_or_malformed_address_names_nothing_quickly() -> None:
    huge = "http://www." + "b" * 5000 + ".com/" + "-".join(["word"] * 5000) + "/x"
    assert url_place_names(huge, load_gazetteer()) == []
    assert url_country(huge) is None
