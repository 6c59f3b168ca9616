"""Publication dates, event periods and claim periods (issue 4, "Dates").

Each date form is resolved against a hand-set publication day; articles are built by
hand and run through the real components (dateparser included, no mocks).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from clashwatch.extract.claim_dates import ClaimPeriods
from clashwatch.extract.dates import DateResolver, find_publication_date, principal_period
from clashwatch.extract.sentences import SentenceSplitter
from clashwatch.model import DATE_PRECISIONS, Article, Claim, Period, Span

# 2022-09-15 is a Thursday; 2014-08-04 a Monday; 2022-09-13 a Tuesday
THURSDAY = date(2022, 9, 15)


def resolve(text: str, published: date | None = THURSDAY) -> Article:
    article = Article(id="t", text=text, published=published)
    return DateResolver()(SentenceSplitter()(article))


def found(text: str, published: date | None = THURSDAY) -> list[Period]:
    """The periods, in text order."""
    return resolve(text, published).periods


def only(text: str, published: date | None = THURSDAY) -> Period:
    periods = found(text, published)
    assert len(periods) == 1, [(p.text, p.start, p.end) for p in periods]
    return periods[0]


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


# --- the event's period on real-news forms (gvc-dev misses, made-up sentences) ---------
def _principal(text: str, published: date, title: str | None = None) -> Period:
    article = Article(id="t", text=text, published=published, title=title)
    article = DateResolver()(SentenceSplitter()(article))
    period = principal_period(article, article.periods)
    assert period is not None
    return period


@pytest.mark.parametrize("text", [
    # an arrest, a court appearance, a death in hospital: the shooting's date instead
    "Two men made their first appearance in court on Thursday.\n\nThe shooting happened "
    "Monday night, police said.",
    "Police arrested a man on Thursday.\n\nHe is accused of opening fire into a crowd "
    "outside a bar on Sept. 12.",
    "The boy died early Wednesday after he was shot by his brother on Monday.",
    "A girl was declared brain dead Thursday. She was shot in the head on Monday.",
    "Three men were charged in an indictment unsealed today.\n\nAccording to the indictment, "
    "on Sept. 12, to settle a feud with a rival gang, the men shot four people.",
])
def test_extract_dates_follow_up_dated_by_the_incident(text: str) -> None:
    period = _principal(text, THURSDAY)
    assert period.start <= date(2022, 9, 12) <= period.end, period.text


def test_extract_dates_follow_up_keeps_a_date_of_the_violence() -> None:
    # the development's date stays when nothing earlier is said of the violence
    period = _principal("A man was charged on Tuesday in the shooting.", THURSDAY)
    assert period.end == date(2022, 9, 13) and period.start >= date(2022, 9, 12)


@pytest.mark.parametrize(("text", "title", "days"), [
    ("A man was shot in the leg, police said.", None, 2),  # news of the last two days
    ("A man was shot in the leg, police said.", "Police identify shooting victim", 4),
])
def test_extract_dates_undated_report(text: str, title: str | None, days: int) -> None:
    period = _principal(text, THURSDAY, title)
    assert (period.start, period.end) == (THURSDAY - timedelta(days=days), THURSDAY)


def test_extract_dates_relative_to_the_pages_posted_line() -> None:
    # the page was posted on Sunday 10 March and crawled two weeks later
    text = ("Gunfire at a party Posted: Sunday, March 10, 2013 10:02 AM EST Updated: Monday, "
            "March 25, 2013\n\nFive people were shot at a party early Sunday.")
    period = _principal(text, date(2013, 3, 26))
    assert (period.start, period.end) == (date(2013, 3, 10),) * 2


@pytest.mark.parametrize(("text", "start", "end"), [
    ("A boy was shot on Christmas Eve.", date(2021, 12, 24), date(2021, 12, 24)),
    ("The Easter shooting of a girl shocked the city.", date(2022, 4, 17), date(2022, 4, 17)),
    ("Four died in a Father's Day murder-suicide.", date(2022, 6, 19), date(2022, 6, 19)),
    ("Shots were fired on New Year's Eve.", date(2021, 12, 31), date(2021, 12, 31)),
    ("A teen was shot on Christmas night.", date(2021, 12, 25), date(2021, 12, 26)),
])
def test_extract_dates_holidays(text: str, start: date, end: date) -> None:
    period = only(text)
    assert (period.start, period.end) == (start, end)


def test_extract_dates_holiday_as_a_landmark_is_no_date() -> None:
    assert found("He was killed just after Christmas, at the Christmas party.") == []


def test_extract_dates_undated_text_takes_the_headlines_incident_date() -> None:
    period = _principal("The victim died at a hospital, police said.", THURSDAY,
                        "Victim of Monday night shooting dies")
    assert (period.start, period.end) == (date(2022, 9, 12), date(2022, 9, 13))


@pytest.mark.parametrize("text", [
    # a preposition after the date: the date is the development's, the violence before it
    "A woman was charged with murder Tuesday after shooting her son.\n\nThe shooting "
    "happened on Sept. 3, police said.",
    "A man was indicted Tuesday for killing a child.\n\nThe child was shot on Sept. 3.",
    # a development's word between the violence and the date
    "The last of four men charged in a bar shooting last summer pleaded guilty Tuesday.\n\n"
    "He shot and killed a man on Sept. 3 at the bar.",
])
def test_extract_dates_development_date_not_attached_to_the_violence(text: str) -> None:
    period = _principal(text, THURSDAY)
    assert (period.start, period.end) == (date(2022, 9, 3),) * 2, period.text


def test_extract_dates_shootout_is_violence() -> None:
    period = _principal("A man was arraigned Tuesday.\n\nHe was arrested after the gang "
                        "shootout in August at a truck stop.", THURSDAY)
    assert (period.start, period.end) == (date(2022, 8, 1), date(2022, 8, 31))


@pytest.mark.parametrize(("published", "start", "end"), [
    (date(2022, 9, 16), date(2022, 9, 9), date(2022, 9, 11)),  # a Friday: the one before
    (date(2022, 9, 18), date(2022, 9, 9), date(2022, 9, 11)),  # a Sunday: the one before
    (date(2022, 9, 19), date(2022, 9, 16), date(2022, 9, 18)),  # a Monday: the one just over
])
def test_extract_dates_last_weekend_is_over(published: date, start: date, end: date) -> None:
    period = only("A man was killed in a shooting last weekend.", published)
    assert (period.start, period.end) == (start, end)


def test_extract_dates_weekday_picks_the_year_of_a_month_and_day() -> None:
    # 12 September 2021 was a Sunday (2022: a Monday); a recent slip of the weekday is kept
    assert (only("He was shot at 2 a.m. Sunday, Sept. 12.", date(2023, 1, 28)).start
            == date(2021, 9, 12))
    assert only("He was shot Sunday, Sept. 12.", THURSDAY).start == date(2022, 9, 12)


@pytest.mark.parametrize("text", [
    "The three are expected to be arraigned at 11 a.m. Saturday.",
    "They'll keep her on the machine until Sunday.",
    "Tune in to the news Thursday at 6 p.m. and Friday at 6 a.m. for more.",
])
def test_extract_dates_future_clause_across_a_clock_time(text: str) -> None:
    assert {p.role for p in found(text)} == {"future"}


def test_extract_dates_birthday_is_background() -> None:
    assert [p.role for p in found("The boy, whose birthday would have been June 13, was shot.")] \
        == ["background"]
    assert [p.role for p in found("He was dead by his third birthday Monday.")] == ["background"]


@pytest.mark.parametrize("text", [
    "Four were shot at a party on Sept. 3.\n\nThey were taken to a hospital, according to a "
    "news release issued by the city police Tuesday afternoon.",
    "A man was behind bars Tuesday morning in connection with the shooting.\n\nThe girl was "
    "shot on Sept. 3.",
    "The suspect in the church shooting was captured in a traffic stop Tuesday morning.\n\n"
    "He opened fire on Sept. 3, police said.",
])
def test_extract_dates_more_developments(text: str) -> None:
    period = _principal(text, THURSDAY)
    assert (period.start, period.end) == (date(2022, 9, 3),) * 2, period.text


def test_extract_dates_later_date_of_the_developments_sentence_is_not_the_incident() -> None:
    # "Sunday" resolves before "Friday", but it is the same development's, not the shooting
    text = ("The girl was declared brain dead Friday and was taken off life support Sunday.\n\n"
            "The fatal shooting of the girl on Sept. 3 shocked the city.")
    period = _principal(text, date(2022, 9, 17))
    assert (period.start, period.end) == (date(2022, 9, 3),) * 2, period.text


def test_extract_dates_headline_beats_a_lede_date_of_no_violence() -> None:
    period = _principal("The motorcade drew the gaze of motorists Sunday.\n\nPolice said little.",
                        THURSDAY, "Five people shot in the city Tuesday")
    assert (period.start, period.end) == (date(2022, 9, 13),) * 2, period.text


def test_extract_dates_a_date_years_old_is_no_event() -> None:
    period = _principal("John Doe 07/04/1988 DECEASED, gunshot wound. Deputies said the "
                        "shooting was reported on Tuesday.", THURSDAY)
    assert period.start >= date(2022, 9, 12), period.text


def test_extract_dates_arrested_without_incident_is_no_violence() -> None:
    text = ("The suspect was found without incident at a motel on Tuesday.\n\nHe is accused "
            "of the shooting of two women on Sept. 3.")
    period = _principal(text, THURSDAY)
    assert (period.start, period.end) == (date(2022, 9, 3),) * 2, period.text


def test_extract_dates_discharged_patient_is_a_development() -> None:
    text = ("The boy who was shot in the arm was discharged Wednesday evening.\n\nOfficers "
            "found him in a yard on Monday, where he had been shot by a neighbour.")
    period = _principal(text, THURSDAY)
    assert period.start <= date(2022, 9, 12) <= period.end, period.text


def test_extract_dates_as_of_dates_a_tally() -> None:
    assert [p.role for p in found("As of Sunday, there had been 40 killings in the town.")] \
        == ["report"]


def test_extract_dates_month_of_year() -> None:
    period = only("The murders took place at a farm in June of 2015.")
    assert (period.start, period.end) == (date(2015, 6, 1), date(2015, 6, 30))


def test_extract_dates_violence_earlier_in_the_clause_dates_a_month() -> None:
    # the verdict's day gives way to the month of the murders it names in the same clause
    text = "On Tuesday, a man was found guilty of murdering two men at a card game in May."
    period = _principal(text, THURSDAY)
    assert (period.start, period.end) == (date(2022, 5, 1), date(2022, 5, 31)), period.text


def test_extract_dates_development_alone_reaches_back_a_day() -> None:
    # no incident date behind "remained hospitalized Wednesday": that day or the one before
    text = "A boy remained hospitalized Wednesday after he was shot by a neighbour, police said."
    period = _principal(text, THURSDAY)
    assert (period.start, period.end) == (date(2022, 9, 13), date(2022, 9, 14)), period.text


@pytest.mark.parametrize(("text", "day"), [
    ("He was shot last Wednesday.", date(2022, 9, 7)),  # said on Thursday: not yesterday
    ("He was shot last Wednesday night.", date(2022, 9, 7)),
    ("He was shot last Tuesday.", date(2022, 9, 13)),
])
def test_extract_dates_last_weekday_is_not_yesterday(text: str, day: date) -> None:
    assert only(text).start == day


def test_extract_dates_a_day_before_a_noun_is_no_date() -> None:
    # "a day before his death" is a day before what follows, not before Friday
    periods = found("He was at a party on Friday. He posted a photo a day before his death.",
                    date(2022, 9, 17))
    assert [p.text for p in periods] == ["on Friday"]


@pytest.mark.parametrize("title", ["Man shot in the leg at a range", "Teen shoots himself"])
def test_extract_dates_quiet_date_of_another_story_is_as_if_undated(title: str) -> None:
    # a weather box beside the story: far from any violence, under a headline of violence
    text = ("Strong winds on Sept. 8 knocked out power to thousands of homes.\n\nCustomers "
            "may get a credit on their bill.")
    period = _principal(text, THURSDAY, title)
    assert (period.start, period.end) == (date(2022, 9, 13), THURSDAY), period.text


@pytest.mark.parametrize("text", [
    "The city mourned on Monday. A boy was gunned down on Tuesday.",
    "The city mourned on Monday. A fight broke out on Tuesday.",
])
def test_extract_dates_more_words_of_violence(text: str) -> None:
    period = _principal(text, THURSDAY)
    assert (period.start, period.end) == (date(2022, 9, 13),) * 2, period.text


def test_extract_dates_teaser_said_twice_is_not_the_story() -> None:
    teaser = "A car hit a fence and killed a dog on Monday afternoon in the town of Ely."
    text = f"{teaser}\n\n{teaser}\n\nA boy was shot in the arm on Tuesday night, police said."
    period = _principal(text, THURSDAY)
    assert (period.start, period.end) == (date(2022, 9, 13), date(2022, 9, 14)), period.text


def test_extract_dates_a_house_fire_is_no_gunfire() -> None:
    # "fire" is the violence only as gunfire ("opened fire", "fire at"): here a quiet date
    text = "Firefighters put out a house fire on Sept. 8 at the farm.\n\nCrews stayed for hours."
    period = _principal(text, THURSDAY, "Man shot at a farm")
    assert (period.start, period.end) == (date(2022, 9, 13), THURSDAY), period.text


def test_extract_dates_violence_told_in_the_next_sentence() -> None:
    filler = " ".join(["The town is small and quiet."] * 5)
    text = (f"A suspect remained in jail on Wednesday. {filler}\n\nThe victim was at a bar "
            "with friends on Saturday. A gunman shot him in the back as he left.")
    period = _principal(text, THURSDAY)
    assert (period.start, period.end) == (date(2022, 9, 10),) * 2, period.text


def test_extract_dates_released_is_a_development() -> None:
    text = ("The man who shot a clerk was released just after 5 p.m. on Wednesday.\n\n"
            "The clerk was shot on Sept. 3.")
    period = _principal(text, THURSDAY)
    assert (period.start, period.end) == (date(2022, 9, 3),) * 2, period.text


@pytest.mark.parametrize("text", [
    "CLOSE Skip in Skip x Embed x Share Three officers were killed in an attack on Sunday.",
    "A memorial grew where three officers were killed Sunday. (Photo: Staff)",
])
def test_extract_dates_video_player_text_and_photo_credit_are_captions(text: str) -> None:
    assert [p.role for p in found(text)] == ["caption"]


def test_extract_dates_incident_reports_are_no_violence() -> None:
    text = "Monday's incident reports included a noise complaint. A man was shot on Sunday."
    period = _principal(text, THURSDAY)
    assert (period.start, period.end) == (date(2022, 9, 11),) * 2, period.text


def test_extract_dates_days_after_as_an_aside_counts_back() -> None:
    periods = found("A man was arrested on Tuesday, five days after he shot two men.")
    assert [(p.text, p.start) for p in periods] == [
        ("on Tuesday", date(2022, 9, 13)), ("five days after", date(2022, 9, 8))]
    period = _principal("A man was arrested on Tuesday, five days after he shot two men.", THURSDAY)
    assert period.start <= date(2022, 9, 8) <= period.end, period.text
    # a duration, or no date before it: after what is not told
    assert [p.text for p in found("He was arrested on Monday. He hid for 9 weeks after the "
                                  "shooting.")] == ["on Monday"]


def test_extract_dates_night_before_a_development_is_behind_it() -> None:
    # the night runs into the day of the capture: still the incident behind it
    filler = " ".join(["The town is small and quiet."] * 5)
    text = (f"The man who opened fire in a church was captured Thursday morning. {filler}\n\n"
            "He opened fire in the church on Wednesday night.")
    period = _principal(text, THURSDAY)
    assert period.text == "on Wednesday night", period.text


def test_extract_dates_paragraph_ending_in_a_credit_is_a_caption() -> None:
    periods = found("A man was shot at a store early Sunday. Two others were hurt. (Source: KXYZ)")
    assert [p.role for p in periods] == ["caption"]


def test_extract_dates_development_clause_dates_the_development() -> None:
    # the date ends a clause of the charge, not of the shooting named in it
    filler = " ".join(["The town is small and quiet."] * 5)
    text = (f"A woman is charged with helping to hide a second-degree murder Wednesday. {filler}"
            "\n\nThe victim was shot in a parking lot on Sept. 10.")
    period = _principal(text, THURSDAY)
    assert (period.start, period.end) == (date(2022, 9, 10),) * 2, period.text
