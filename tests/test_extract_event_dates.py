"""The event's period on real-news forms (issue 4, "Dates"): developments, sidebars,
captions and words of violence, each taken from a kind of gvc-dev miss and written as a
made-up sentence. Articles run through the real components (no mocks).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from clashwatch.extract.dates import DateResolver, principal_period
from clashwatch.extract.sentences import SentenceSplitter
from clashwatch.model import Article, Period
from date_cases import THURSDAY, found, only


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
