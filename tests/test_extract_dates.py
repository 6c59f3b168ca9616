"""Publication dates, event periods and claim periods (issue 4, "Dates").

Each date form is resolved against a hand-set publication day; articles are built by
hand and run through the real components (dateparser included, no mocks).
"""

from __future__ import annotations

from datetime import date

import pytest

from clashwatch.extract.claim_dates import ClaimPeriods
from clashwatch.extract.dates import find_publication_date, principal_period
from clashwatch.model import DATE_PRECISIONS, Article, Claim, Span
from date_cases import THURSDAY, found, only, resolve


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    # weekdays: the last such day on or before publication
    ("Two soldiers were killed on Tuesday.", date(2022, 9, 13), date(2022, 9, 13), "day"),
    ("A man was shot Thursday morning.", THURSDAY, THURSDAY, "day"),
    ("He was killed last Thursday.", date(2022, 9, 8), date(2022, 9, 8), "day"),
    # nights
    ("Shelling continued overnight, officials said.", date(2022, 9, 14), THURSDAY, "days"),
    ("Two were wounded last night.", date(2022, 9, 14), THURSDAY, "days"),
    ("On the night of August 1 to 2, troops attacked.", date(2022, 8, 1), date(2022, 8, 2), "days"),
    ("Clashes erupted on the night of 1 to 2 August.", date(2022, 8, 1), date(2022, 8, 2), "days"),
    ("Fighting broke out on Monday night.", date(2022, 9, 12), date(2022, 9, 13), "days"),
    ("Attacks came in the early hours of Tuesday.", date(2022, 9, 13), date(2022, 9, 13), "day"),
    ("Rockets fell early Wednesday.", date(2022, 9, 14), date(2022, 9, 14), "day"),
    # runs up to publication
    ("105 soldiers have been killed since Monday.", date(2022, 9, 12), THURSDAY, "days"),
    # calendar units
    ("A soldier died in a shootout last week.", date(2022, 9, 5), date(2022, 9, 14), "week"),
    ("Three were hurt earlier this month.", date(2022, 9, 1), THURSDAY, "month"),
    ("Azerbaijan said it lost a soldier in August.", date(2022, 8, 1), date(2022, 8, 31), "month"),
    ("The talks failed in early November.", date(2021, 11, 1), date(2021, 11, 10), "week"),
    # explicit dates, with and without a year
    ("The attack on July 28 killed two.", date(2022, 7, 28), date(2022, 7, 28), "day"),
    ("Clashes on 12 September 2021 killed five.", date(2021, 9, 12), date(2021, 9, 12), "day"),
    ("It began on Sept. 13, 2022, at dawn.", date(2022, 9, 13), date(2022, 9, 13), "day"),
    ("A December 20 raid killed four.", date(2021, 12, 20), date(2021, 12, 20), "day"),
    # ranges
    ("Fighting between 27 and 29 September left 12 dead.", date(2021, 9, 27), date(2021, 9, 29), "days"),
    ("Clashes on Sept. 12-14 killed dozens.", date(2022, 9, 12), date(2022, 9, 14), "days"),
    ("Violations on both December 11 and 12 were reported.", date(2021, 12, 11), date(2021, 12, 12), "days"),
    ("From July 28 to August 3, shelling went on.", date(2022, 7, 28), date(2022, 8, 3), "week"),
    # days relative to publication
    ("Yesterday, three civilians died.", date(2022, 9, 14), date(2022, 9, 14), "day"),
    ("Today two more bodies were found.", THURSDAY, THURSDAY, "day"),
    ("He was shot three days ago.", date(2022, 9, 12), date(2022, 9, 12), "day"),
    ("The toll rose over the last few days.", date(2022, 9, 10), THURSDAY, "days"),
    ("Gunfire was heard in the past week.", date(2022, 9, 8), THURSDAY, "week"),
    ("Four were shot over the weekend.", date(2022, 9, 9), date(2022, 9, 11), "days"),
])
def test_extract_dates_forms(text: str, start: date, end: date, precision: str) -> None:
    period = only(text)
    assert (period.start, period.end, period.precision) == (start, end, precision), period.text


def test_extract_dates_time_with_zone_shifts_to_previous_evening() -> None:
    text = 'The ministry said: "At 00:05 a.m. (2005 GMT) on Tuesday, shelling began."'
    period = only(text, date(2022, 9, 13))
    assert (period.start, period.end) == (date(2022, 9, 12), date(2022, 9, 13))
    assert "GMT" in period.text


def test_extract_dates_time_with_zone_same_day() -> None:
    period = only("Shots rang out at 3 p.m. (1200 GMT) on Tuesday.", date(2022, 9, 13))
    assert (period.start, period.end) == (date(2022, 9, 13), date(2022, 9, 13))


def test_extract_dates_same_night_refers_back() -> None:
    text = ("On the night of August 1 to 2, nine soldiers were killed.\n\n"
            "On the same night, another attack failed.")
    periods = found(text, date(2014, 8, 4))
    assert [(p.start, p.end) for p in periods] == [(date(2014, 8, 1), date(2014, 8, 2))] * 2


def test_extract_dates_birthday_is_no_event() -> None:
    periods = found("The girl, who turned two years old on Sunday, died Tuesday in a shooting.")
    assert [(p.text, p.role) for p in periods] == [("on Sunday", "background"), ("Tuesday", None)]
    article = resolve("The girl, who turned two on Sunday, died Tuesday in a shooting.")
    principal = principal_period(article, article.periods)
    assert principal is not None and principal.text == "Tuesday"


def test_extract_dates_weekday_in_future_tense() -> None:
    period = only("The presidents are due to meet on Friday.", date(2022, 9, 13))
    assert period.role == "future" and period.start == date(2022, 9, 16)


def test_extract_dates_roles() -> None:
    text = ("FILE - A burnt tank near the town, Nov. 25, 2020.\n\n"
            "Officials said on Thursday that five soldiers were killed on Tuesday.")
    roles = {p.text: p.role for p in found(text)}
    assert roles == {"Nov. 25, 2020": "caption", "on Thursday": "report", "on Tuesday": None}


def test_extract_dates_without_publication_only_absolute() -> None:
    periods = found("On Tuesday, on 12 September 2022, a soldier died.", None)
    assert [(p.start, p.end) for p in periods] == [(date(2022, 9, 12), date(2022, 9, 12))]


def test_extract_dates_principal_is_lede_incident_not_war_totals() -> None:
    text = ("Armenia says 105 troops killed\n\n15 September 2022\n\n"
            "More than 100 soldiers have been killed in clashes since Monday, officials said.\n\n"
            "Since 2020, thousands have died in the conflict. Azerbaijan said on Thursday that "
            "71 of its troops had been killed.")
    article = resolve(text, None)
    assert article.published == THURSDAY
    principal = principal_period(article, article.periods)
    assert principal is not None
    assert (principal.start, principal.end, principal.text) == (
        date(2022, 9, 12), THURSDAY, "since Monday")


def test_extract_dates_principal_falls_back_to_publication() -> None:
    article = resolve("A man was shot in the leg, police said.")
    principal = principal_period(article, article.periods)
    assert principal is not None
    assert principal.span is None and principal.start <= THURSDAY == principal.end


def test_extract_dates_no_principal_from_backdrop() -> None:
    article = resolve("The ceremony was first held in 1992. Stars came.", None)
    assert [p.text for p in article.periods] == ["in 1992"]
    assert principal_period(article, article.periods) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Headline here\n\n15 September 2022\n\nText of the story.", THURSDAY),
    ("Headline\nPosted: Sep 13, 2022 10:05 AM EDT\nText.", date(2022, 9, 13)),
    ("Headline\nUpdated: 14 September 2022\nPublished: 13 September 2022\n", date(2022, 9, 13)),
    ("YEREVAN, Sept. 13, 2022 (Reuters) - Fighting broke out.", date(2022, 9, 13)),
    ("Posted September 26, 2013 - 3:47pm Updated September 27, 2013 - 6:56am\nText.",
     date(2013, 9, 26)),
    ("FILE - A view of the town, Dec. 7, 2020.\n\nSoldiers were killed.", None),
    ("No date here at all.", None),
])
def test_extract_dates_publication_from_text(text: str, expected: date | None) -> None:
    assert find_publication_date(text) == expected


def test_extract_dates_publication_from_input_kept() -> None:
    article = resolve("Headline\n\n15 September 2022\n\nText.", date(2022, 9, 16))
    assert article.published == date(2022, 9, 16)


def _claims(text: str, published: date, figures: list[str]) -> Article:
    article = resolve(text, published)
    for figure in figures:
        start = text.index(figure)
        article.claims.append(Claim(status="killed", count=1, quote=figure,
                                    span=Span(start, start + len(figure))))
    article.claims.append(Claim(status="killed", count=1, quote="title", span=None))
    return ClaimPeriods()(article)


def test_extract_dates_claim_periods() -> None:
    text = ("Five soldiers were killed in overnight fighting, officials said on Saturday.\n\n"
            "On July 31, the attackers lost two soldiers. They also lost four men.\n\n"
            "Azerbaijan also said in June that it had lost a soldier.\n\n"
            "Officials said on Saturday that seven were wounded.")
    article = _claims(text, date(2014, 8, 2), ["Five soldiers", "two soldiers", "four men",
                                               "a soldier", "seven"])
    spans = [(c.date_start, c.date_end) for c in article.claims]
    overnight = (date(2014, 8, 1), date(2014, 8, 2))
    assert spans == [
        overnight,  # in its sentence; the statement's day is not the deaths'
        (date(2014, 7, 31), date(2014, 7, 31)),
        (date(2014, 7, 31), date(2014, 7, 31)),  # nearest before, same paragraph
        (date(2014, 6, 1), date(2014, 6, 30)),  # a statement about an earlier month
        overnight,  # only the report day of the event: the event's period
        overnight,  # the title: the event's period
    ]


def test_extract_dates_invariants(seeds_jsonl) -> None:  # type: ignore[no-untyped-def]
    import json

    from clashwatch.model import parse_iso
    for line in seeds_jsonl.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        article = resolve(record["text"], parse_iso(record.get("published")))
        assert article.periods
        for period in article.periods:
            assert period.start <= period.end
            assert period.precision in DATE_PRECISIONS
            if period.span is not None:
                assert article.text[period.span.start:period.span.end] == period.text


_PAGE = """<html><head><title>Clashes</title>{meta}</head><body><article>
<h1>Four soldiers killed</h1><figure><img src="a.jpg"><figcaption>FILE - A burnt tank near
the town, Nov. 25, 2020.</figcaption></figure>
<p>Defense officials say four soldiers have been killed since a cease-fire last month ended
large-scale clashes with ethnic Armenian forces over the region.</p>
<p>The Defense Ministry statement gave few details as to when or where the deaths took
place, saying only they occurred in an area under its control.</p></article></body></html>"""


@pytest.mark.parametrize(("meta", "expected"), [
    ('<meta property="article:published_time" content="2020-12-13T10:00:00Z">', date(2020, 12, 13)),
    ("", None),  # never the photo caption's year
])
def test_extract_dates_html_publication_from_metadata_only(meta: str, expected: date | None) -> None:
    from clashwatch.ingest.html import extract_html

    article = extract_html(_PAGE.format(meta=meta), "a", "page.html")
    assert article.published == expected


# --- wars and ceasefires of a conflict profile (date_conflicts) -----------------------
# The packaged Armenia-Azerbaijan profile lists the 2020 war (27 Sep - 10 Nov 2020) and
# the ceasefire of 10 November 2020; the sentences are made up.
WAR_2020 = (date(2020, 9, 27), date(2020, 11, 10))


def _aggregate_claims(text: str, published: date, figures: list[str]) -> Article:
    article = resolve(text, published)
    for figure in figures:
        start = text.index(figure)
        article.claims.append(Claim(status="killed", count=1, quote=figure, aggregate=True,
                                    span=Span(start, start + len(figure))))
    return ClaimPeriods()(article)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a war total: the war's days, not the day of the report
    ("Armenia said on Monday that 3,000 of its soldiers died in the 44-day war with Azerbaijan.",
     date(2021, 3, 1), WAR_2020),
    ("The six-week conflict between Armenia and Azerbaijan claimed 6,000 lives.",
     date(2022, 5, 2), WAR_2020),
    ("Overall, Azerbaijan has reported 2,000 soldiers killed in the latest bout of fighting "
     "with Armenia.", date(2020, 12, 1), WAR_2020),
    # since the start of the war: to publication
    ("Since the start of the war, 900 Armenian soldiers have been killed, Azerbaijan said.",
     date(2020, 10, 20), (date(2020, 9, 27), date(2020, 10, 20))),
    # since the ceasefire: from the profile's ceasefire, also when the text names its month
    ("Azerbaijan says 12 soldiers have been killed by Armenian mines since the ceasefire.",
     date(2021, 2, 1), (date(2020, 11, 10), date(2021, 2, 1))),
    ("Azerbaijani officials say four soldiers have been killed since a cease-fire last month "
     "ended clashes with Armenian forces.", date(2020, 12, 13), (date(2020, 11, 10), date(2020, 12, 13))),
])
def test_extract_dates_war_totals_from_profile(text: str, published: date,
                                               expected: tuple[date, date]) -> None:
    figure = next(w for w in ("3,000", "6,000", "2,000", "900", "12", "four") if w in text)
    claim = _aggregate_claims(text, published, [figure]).claims[0]
    assert (claim.date_start, claim.date_end) == expected


def test_extract_dates_war_total_carried_to_next_sentence() -> None:
    text = ("Overall, Azerbaijan has reported 2,000 of its soldiers killed in the latest bout of "
            "fighting.\n\nArmenia has not released a final death toll, but officials have said "
            "at least 1,500 soldiers had been killed.")
    article = _aggregate_claims(text, date(2020, 12, 13), ["2,000", "1,500"])
    assert [(c.date_start, c.date_end) for c in article.claims] == [WAR_2020, WAR_2020]


def test_extract_dates_war_needs_the_conflict_and_a_total() -> None:
    # no party of a profiled conflict: "the war" is not read
    assert [p.role for p in found("Three were shot on Tuesday, the worst since the war.")] == [None]
    # a war long over is no "latest bout of fighting" (2014: the 1994 war is not it)
    text = "Armenia and Azerbaijan said 13 died in the latest bout of fighting on Friday."
    assert [p.role for p in found(text, date(2014, 8, 2))] == [None]
    # an incident claim (not a total) keeps its own date, and the event ignores the war
    text = "Two Armenian soldiers were killed on Tuesday, Azerbaijan said, the worst since the war."
    article = _claims(text, date(2021, 5, 12), ["Two Armenian soldiers"])
    assert (article.claims[0].date_start, article.claims[0].date_end) == (date(2021, 5, 11),) * 2
    principal = principal_period(article, article.periods)
    assert principal is not None and principal.text == "on Tuesday"
