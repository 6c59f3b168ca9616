"""The claim extractor, form by form (issue 3): figures, loss words, negations, victims,
sides, claimants, aggregates, restatements and what is not a claim.

Every case goes through the real pipeline (`Extractor()(Article(...))`, the same code as
`clashwatch extract`), on sentences written for these tests, not taken from any data set.
Sides come from the packaged conflict profiles (Armenia-Azerbaijan, states, armed groups).
"""

from __future__ import annotations

from datetime import date

import pytest

from clashwatch.model import Article, Claim

PUBLISHED = date(2024, 5, 6)


def extract(extractor, text: str, title: str | None = None) -> Article:
    return extractor(Article(id="t", text=text, title=title, published=PUBLISHED))


def claims_of(extractor, text: str, title: str | None = None) -> list[Claim]:
    return extract(extractor, text, title).claims


def one(extractor, text: str) -> Claim:
    found = claims_of(extractor, text)
    assert len(found) == 1, [(c.status, c.count) for c in found]
    return found[0]


# --- figures -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "count", "low", "high", "qualifier"), [
    # digits, with and without thousands separators
    ("The ministry said 1,250 soldiers were killed in the fighting.", 1250, 1250, 1250, "exact"),
    ("Officials said 2,014 people were killed over the winter.", 2014, 2014, 2014, "exact"),
    ("Rescue workers said 37 villagers were killed.", 37, 37, 37, "exact"),
    # number words
    ("Five civilians were killed when a shell hit the market.", 5, 5, 5, "exact"),
    ("Twenty-three fighters died in the clashes near the river.", 23, 23, 23, "exact"),
    ("Two hundred and ten people were killed in the floods of violence.", 210, 210, 210, "exact"),
    # "a dozen" and other fixed phrases
    ("A dozen villagers were killed in the raid.", 12, 12, 12, "exact"),
    ("Half a dozen guards were killed at the checkpoint.", 6, 6, 6, "exact"),
    ("A couple of shepherds were killed by a mine.", 2, 2, 2, "exact"),
    # qualifiers
    ("At least 14 people were killed on Sunday.", 14, 14, None, "at_least"),
    ("More than 30 soldiers were killed.", 30, 30, None, "more_than"),
    ("Almost 20 civilians were killed.", 20, None, 20, "about"),
    ("Up to 50 people were killed, officials said.", 50, None, 50, "at_most"),
    ("About 40 fighters were killed.", 40, None, None, "about"),
    ("Fewer than ten soldiers were killed.", 10, None, 10, "fewer_than"),
])
def test_figure_forms(extractor, text, count, low, high, qualifier) -> None:
    claim = one(extractor, text)
    assert (claim.status, claim.count, claim.count_min, claim.count_max, claim.qualifier) == (
        "killed", count, low, high, qualifier)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Several soldiers were wounded in the attack.", 2, None),
    ("Dozens of people were wounded.", 24, None),
    ("Scores of protesters were wounded by the police.", 40, None),
    ("Hundreds of civilians were wounded in the bombardment.", 200, None),
    ("A number of troops were wounded.", None, None),
])
def test_vague_quantities_have_no_count(extractor, text, low, high) -> None:
    claim = one(extractor, text)
    assert claim.status == "wounded"
    assert claim.count is None
    assert (claim.count_min, claim.count_max) == (low, high)
    assert claim.qualifier == "unspecified"


@pytest.mark.parametrize("text", [
    "Between 13 and 46 people were killed in the strikes.",
    "Officials said 13 to 46 people were killed in the strikes.",
    "Officials said 13-46 people were killed in the strikes.",
])
def test_ranges(extractor, text) -> None:
    claim = one(extractor, text)
    assert (claim.status, claim.count, claim.count_min, claim.count_max) == ("killed", None, 13, 46)


def test_range_counts_its_lower_bound_in_the_event_total(extractor) -> None:
    article = extract(extractor, "Between 13 and 46 people were killed in the strikes.")
    assert article.event.killed == 13


# --- how loss is stated ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "status", "count"), [
    ("Three soldiers were killed in the ambush.", "killed", 3),
    ("Seven people are dead after the blast.", "killed", 7),
    ("Two police officers died at the scene.", "killed", 2),
    ("Four firefighters lost their lives in the blaze.", "killed", 4),
    ("The death toll from the attack rose to 27.", "killed", 27),
    ("Rescuers recovered 12 bodies from the rubble.", "killed", 12),
    ("The hospital reported nine fatalities.", "killed", 9),
    ("The attack left eight people dead.", "killed", 8),
    ("The shelling killed six civilians.", "killed", 6),
    ("The fighting claimed the lives of 30 people.", "killed", 30),
    ("Eleven soldiers were wounded by shrapnel.", "wounded", 11),
    ("Six people were injured in the explosion.", "wounded", 6),
    ("Two pedestrians were hurt when the car bomb went off.", "wounded", 2),
    ("The blast injured 14 workers.", "wounded", 14),
    ("Three soldiers are missing after the battle.", "missing", 3),
    ("Two soldiers were captured by the rebels.", "captured", 2),
    ("Four soldiers were taken prisoner.", "captured", 4),
    ("Rebels captured five soldiers near the border.", "captured", 5),
])
def test_loss_words(extractor, text, status, count) -> None:
    claim = one(extractor, text)
    assert (claim.status, claim.count) == (status, count)


def test_casualties_are_what_the_text_supports(extractor) -> None:
    # "casualties" alone may mean dead and wounded: it is read as a figure of loss, with
    # no more certainty than the text gives (a count, no side, no victim kind)
    claim = one(extractor, "The attack caused 15 casualties.")
    assert claim.count == 15 and claim.victim == "unknown"


def test_killed_and_wounded_in_one_sentence(extractor) -> None:
    found = claims_of(extractor, "Three soldiers were killed and four were wounded.")
    assert [(c.status, c.count) for c in found] == [("killed", 3), ("wounded", 4)]
    assert all(c.victim == "military" for c in found)


@pytest.mark.parametrize(("text", "statuses"), [
    ("No one was killed in the attack.", {"killed"}),
    ("Nobody was hurt, the mayor said.", {"wounded"}),
    ("There were no casualties, the police said.", {"killed", "wounded"}),
    ("No soldiers were killed in the exchange of fire.", {"killed"}),
    ("The rocket hit an empty field and caused no injuries.", {"wounded"}),
])
def test_negations_give_an_explicit_zero(extractor, text, statuses) -> None:
    found = claims_of(extractor, text)
    assert {c.status for c in found} == statuses
    assert all(c.count == 0 and c.count_min == 0 and c.count_max == 0 for c in found)


def test_no_casualties_makes_both_event_totals_zero(extractor) -> None:
    article = extract(extractor, "Shells fell on the village overnight. There were no casualties.")
    assert (article.event.killed, article.event.wounded) == (0, 0)


# --- victims ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("Four soldiers were killed.", "military"),
    ("Two servicemen were killed.", "military"),
    ("Nine troops were killed.", "military"),
    ("Five fighters were killed.", "military"),
    ("Three police officers were killed.", "military"),
    ("Six civilians were killed.", "civilian"),
    ("Eight villagers were killed.", "civilian"),
    ("Two children were killed.", "civilian"),
    ("Three soldiers and two civilians were killed.", "military"),
    ("Seven people were killed.", "unknown"),
])
def test_victim_kind(extractor, text, kind) -> None:
    assert claims_of(extractor, text)[0].victim == kind


def test_mixed_victims_are_counted_per_group(extractor) -> None:
    article = extract(extractor, "Three soldiers and two civilians were killed.")
    assert [(c.count, c.victim) for c in article.claims] == [(3, "military"), (2, "civilian")]
    assert article.event.killed == 5


# --- sides -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "side"), [
    ("Nine Azeri soldiers were killed in the shelling.", "AZE"),
    ("Four Armenian servicemen were wounded overnight.", "ARM"),
    ("Two Azerbaijani troops were captured near the village.", "AZE"),
])
def test_side_from_demonym(extractor, text, side) -> None:
    assert claims_of(extractor, text)[0].side == side


@pytest.mark.parametrize(("text", "side"), [
    ("Azerbaijan said two of its soldiers were killed.", "AZE"),
    ("Armenia's Defense Ministry said 15 of our servicemen were wounded.", "ARM"),
    ("\"We lost three servicemen,\" the Armenian Defense Ministry said.", "ARM"),
    ("Armenia said it lost four soldiers in the attack.", "ARM"),
])
def test_side_from_possessive_is_the_claimants(extractor, text, side) -> None:
    claim = claims_of(extractor, text)[0]
    assert claim.side == side
    assert claim.claimant_side == side


@pytest.mark.parametrize(("text", "side", "claimant_side"), [
    ("Two Ukrainian soldiers were killed in shelling, the regional governor said.", "UKR", None),
    ("Russia's defence ministry said 40 of its troops were killed.", "RUS", "RUS"),
    ("The Israeli military said 12 Hamas fighters were killed in the strike.", "HAMAS", "ISR"),
])
def test_sides_of_any_conflict_from_the_generic_profiles(extractor, text, side,
                                                         claimant_side) -> None:
    claim = claims_of(extractor, text)[0]
    assert (claim.side, claim.claimant_side) == (side, claimant_side)


def test_side_carried_from_the_previous_sentence(extractor) -> None:
    text = ("Azerbaijani forces tried to cross the line near the lake overnight. "
            "They lost two soldiers, the ministry said.")
    claim = one(extractor, text)
    assert (claim.status, claim.count, claim.side) == ("killed", 2, "AZE")


def test_enemy_losses_are_not_the_claimants_side(extractor) -> None:
    claim = claims_of(extractor, "Armenia's Defense Ministry said 20 enemy soldiers were killed.")[0]
    assert claim.claimant_side == "ARM"
    assert claim.side != "ARM"


def test_the_other_sides_figure_keeps_the_victims_side(extractor) -> None:
    claim = one(extractor, "Five Armenian soldiers were killed, according to the Azerbaijani "
                           "Defense Ministry.")
    assert (claim.side, claim.claimant_side) == ("ARM", "AZE")


# --- claimants -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "claimant", "side"), [
    ("According to local officials, 12 civilians were wounded.", "local officials", None),
    ("Twelve civilians were wounded, according to local officials.", "local officials", None),
    ("The health ministry said 40 people were killed.", "The health ministry", None),
    ("Police said two men were shot dead.", "Police", None),
    ("Two men were shot dead, police said.", "police", None),
    ("Two soldiers were killed, said a spokesman for the army.", "a spokesman for the army", None),
    ("Azerbaijan's Defense Ministry said seven soldiers were killed.",
     "Azerbaijan's Defense Ministry", "AZE"),
    ("Nikol Pashinyan said 105 soldiers had been killed.", "Nikol Pashinyan", "ARM"),
])
def test_claimants(extractor, text, claimant, side) -> None:
    claim = claims_of(extractor, text)[0]
    assert (claim.claimant, claim.claimant_side) == (claimant, side)


def test_claimant_carried_to_the_next_claim(extractor) -> None:
    text = "The ministry said three soldiers were killed. Five more were wounded."
    found = claims_of(extractor, text)
    assert [(c.status, c.count, c.claimant) for c in found] == [
        ("killed", 3, "The ministry"), ("wounded", 5, "The ministry")]


# --- aggregates ------------------------------------------------------------------------------

def test_running_toll_is_an_aggregate_not_added(extractor) -> None:
    article = extract(extractor, "Two soldiers were killed on Monday, bringing the death toll "
                                 "to 31.")
    assert [(c.count, c.aggregate) for c in article.claims] == [(2, False), (31, True)]
    assert article.event.killed == 2


@pytest.mark.parametrize("text", [
    "In total, 250 fighters have been killed in the region.",
    "More than 6,000 people have died since the start of the war.",
    "Some 90 soldiers have been killed since the ceasefire.",
    "The conflict has killed 4,000 people so far.",
])
def test_aggregates(extractor, text) -> None:
    article = extract(extractor, text)
    assert article.claims and all(c.aggregate for c in article.claims)
    assert article.event.killed is None


def test_incident_with_war_total_keeps_the_incident(extractor) -> None:
    text = ("A drone strike killed four civilians in the town on Sunday. "
            "More than 3,000 people have been killed since the war began.")
    article = extract(extractor, text)
    assert article.event.killed == 4


# --- restatement -----------------------------------------------------------------------------

def test_headline_lede_and_body_are_not_added(extractor) -> None:
    article = extract(
        extractor,
        "Five people were killed in an attack on a market on Monday. Witnesses said the "
        "gunmen fled. Five people died in the attack, officials said.",
        title="Five killed in market attack")
    assert len([c for c in article.claims if c.status == "killed"]) >= 2
    assert article.event.killed == 5


def test_restated_killed_and_wounded(extractor) -> None:
    article = extract(
        extractor,
        "A gunman killed three people and wounded two others at a mall on Saturday. "
        "Police said three people were killed and two wounded.",
        title="Gunman kills 3, wounds 2 at mall")
    assert (article.event.killed, article.event.wounded) == (3, 2)


def test_shot_people_of_whom_one_died(extractor) -> None:
    article = extract(extractor, "Three men were shot outside a bar on Friday night. "
                                 "One of them died at the hospital.")
    assert (article.event.killed, article.event.wounded) == (1, 2)


# --- what is not a claim --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "not_count"), [
    ("The army deployed 2,000 troops to the border after three soldiers were killed.", 2000),
    ("A crowd of 5,000 people gathered to mourn the three soldiers who were killed.", 5000),
    ("A group of 50 soldiers attacked the post, and two guards were killed.", 50),
    ("The 16-year-old was killed near his school.", 16),
    ("The shooting happened at 3:15 a.m., and one man was wounded.", 3),
    ("Police offered a $10,000 reward after two people were killed.", 10000),
    ("A man armed with a 9mm pistol killed two people, police said.", 9),
    ("Two people were killed in 2021 in a similar attack.", 2021),
    ("The shelling destroyed 40 houses and killed two civilians.", 40),
    ("Two civilians were killed 15 kilometres from the front line.", 15),
    ("Militants fired 120 rockets, killing two civilians.", 120),
])
def test_not_claims(extractor, text, not_count) -> None:
    found = claims_of(extractor, text)
    assert found, "the real claim in the sentence is found"
    assert all(c.count != not_count for c in found), [(c.status, c.count) for c in found]


@pytest.mark.parametrize("text", [
    "The army deployed 2,000 troops to the border.",
    "A crowd of 5,000 people marched through the capital.",
    "Fifty soldiers attacked the village at dawn.",
    "He was sentenced to 25 years for the killing.",
    "The gunman fired 30 shots into the crowd.",
    "She is 16 years old.",
    "The killings began in 1994.",
])
def test_sentences_without_a_claim(extractor, text) -> None:
    assert [(c.status, c.count) for c in claims_of(extractor, text)] == []


def test_links_to_other_stories_are_not_claims(extractor) -> None:
    text = ("Two soldiers were wounded by sniper fire on Tuesday.\n\n"
            "RELATED: Ten killed in bus crash last month\n\n"
            "[Seven dead in border clash](https://example.test/seven-dead)")
    article = extract(extractor, text)
    assert [(c.status, c.count) for c in article.claims] == [("wounded", 2)]


# --- event totals: fates the sentence leaves open, settled across the article ---------------

@pytest.mark.parametrize(("text", "title", "killed", "wounded"), [
    ("Two men were shot outside a shop, one fatally.", None, 1, 1),
    ("Five people were shot at a bus stop, two of them fatally.", None, 2, 3),
    ("Four people were shot early Sunday. Two of the victims died at a hospital.", None, 2, 2),
    ("A woman was shot in the arm and later died at the hospital.", None, 1, 0),
    ("The gunman shot two guards, killing one of them and wounding the other.", None, 1, 1),
    ("A man shot his brother, killing him, police said.", None, 1, 0),
    ("Police are investigating an apparent double murder-suicide in the suburb.", None, 3, 0),
    ("Police say the man killed his wife and himself at their home.", None, 2, 0),
    ("A man was shot in the head on Friday night.", "Fatal shooting in the park", 1, 0),
    ("A 12-year-old boy is in critical condition after accidentally shooting himself.", None, 0, 1),
    ("A man who shot two people outside a bar was arrested.", None, 0, 2),
    ("The suspect is believed to have shot three people.", None, 0, 3),
    ("The father of three who was killed on Monday was a teacher.", None, 1, 0),
    ("Police said a woman shot her husband and son. The husband was struck in the chest and "
     "the son was struck in the leg.", None, 0, 2),
    ("Officers found one deceased male inside the house.", None, 1, 0),
    ("Two men are accused of killing a boy and critically wounding his father.", None, 1, 1),
    ("A girl has died and her mother remains in the hospital after the shooting.", None, 1, 1),
    ("Four men, ages 19 to 24, were shot outside a club.", None, 0, 4),
    ("Four men, ages 19-24, were wounded outside a club.", None, 0, 4),
    ("Police received a 911 call and found a man dead in the street.", None, 1, 0),
    ("Image 2 of 9 A woman and her son were both found dead inside the home.", None, 2, 0),
    ("The shooting happened on Sept. 3 and left two men wounded.", None, 0, 2),
])
def test_event_totals(extractor, text, title, killed, wounded) -> None:
    article = extract(extractor, text, title=title)
    assert (article.event.killed, article.event.wounded) == (killed, wounded), [
        (c.status, c.count, c.subset) for c in article.claims]


def test_a_single_headline_repeated_in_one_sentence_counts_once(extractor) -> None:
    text = "Three hurt in crash Local News Three hurt in crash Three people were hurt."
    assert extract(extractor, text).event.wounded == 3


def test_claimants_named_after_according_to_are_not_victims(extractor) -> None:
    article = extract(extractor, "According to Investigator Lee, one man is dead and two "
                                 "others are injured.")
    assert (article.event.killed, article.event.wounded) == (1, 2)
