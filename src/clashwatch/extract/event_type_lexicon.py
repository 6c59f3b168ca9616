"""Cues of each ACLED event sub-type (ACLED Codebook, 2023): word patterns, as data.

Each entry: (event type, sub-type, pattern). Patterns are matched case-insensitively
on whole words. "Ceasefire violation" and "Peace talks" are ours: ACLED codes the first
as the fighting it was (here: a sub-type of Battles) and the second as a strategic
development ("Other"); analysts of ceasefires want both apart. Add cues that hold for
the language of conflict news in general, never for one article.
"""

from __future__ import annotations

BATTLES = "Battles"
REMOTE = "Explosions/Remote violence"
CIVILIANS = "Violence against civilians"
STRATEGIC = "Strategic developments"
PROTESTS = "Protests"
RIOTS = "Riots"

SUB_TYPES: tuple[tuple[str, str, str], ...] = (
    (BATTLES, "Ceasefire violation",
     r"(?:violat\w*|breach\w*|broke|breaking)\s+(?:of\s+)?(?:the\s+|a\s+)?(?:\w+\s+)?"
     r"(?:cease-?fire|truce)|cease-?fire\s+(?:violations?|breach\w*)"),
    (BATTLES, "Armed clash",
     r"clash\w*|fighting|firefights?|skirmish\w*|gun\s?battles?|exchange[sd]?\s+(?:of\s+)?"
     r"fire|exchanged\s+fire|sniper\s+fire|offensive|counter-?offensive|combat|battles?"
     r"|ambush\w*|sabotage\s+(?:group|attempt)|attacked\s+(?:\w+\s+)?positions"),
    (BATTLES, "Government regains territory",
     r"(?:recaptur|retook|retake|regain|liberat)\w*\s+(?:control\s+of\s+)?(?:the\s+)?"
     r"(?:\w+\s+){0,2}(?:villages?|towns?|city|territory|areas?|positions?|heights?)"),
    (BATTLES, "Non-state actor overtakes territory",
     r"(?:militants|rebels|insurgents|fighters)\s+(?:seized|captured|overran|took\s+control)"),
    (REMOTE, "Shelling/artillery/missile attack",
     r"shell(?:ed|ing|s)?|artillery|mortars?|rockets?|missiles?|howitzers?|bombard\w*"
     r"|multiple\s+launch|grad\s+(?:rockets?|systems?)"),
    (REMOTE, "Air/drone strike",
     r"air\s?strikes?|airstrikes?|air\s+raids?|drones?|warplanes?|fighter\s+jets?"
     r"|helicopter\s+gunships?|aerial\s+(?:attack|bombing|strike)s?|uav"),
    (REMOTE, "Remote explosive/landmine/IED",
     r"ieds?|improvised\s+explosive|roadside\s+bombs?|land\s?mines?|mines?\s+(?:blast|explosion)"
     r"|car\s+bombs?|explosive\s+devices?|booby[-\s]trap\w*|stepped\s+on\s+a\s+mine"),
    (REMOTE, "Suicide bomb", r"suicide\s+(?:bomb\w*|attack\w*|vest)"),
    (REMOTE, "Grenade", r"grenades?"),
    (CIVILIANS, "Attack",
     r"shootings?|shot|shoots?|gunm[ae]n|gunfire|opened\s+fire|stabb\w*|massacre\w*"
     r"|murder\w*|homicides?|slain|slaying|execut\w*|drive-by"),
    (CIVILIANS, "Abduction/forced disappearance", r"abduct\w*|kidnap\w*|hostages?"),
    (STRATEGIC, "Agreement",
     r"(?:signed|reached|agreed\s+(?:on|to))\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}"
     r"(?:agreement|deal|accord|truce|cease-?fire)|agreement\s+(?:was|has\s+been)\s+"
     r"(?:signed|reached)|prisoner\s+(?:exchange|swap)s?|peace\s+(?:deal|agreement|treaty)"),
    (STRATEGIC, "Peace talks",
     r"peace\s+(?:talks|negotiations|process)|negotiations|talks\s+(?:in|between|with)"
     r"|mediat\w*|summit|foreign\s+ministers\s+met|trilateral\s+meeting"),
    (STRATEGIC, "Arrests", r"arrest\w*|detain\w*|taken\s+into\s+custody"),
    (PROTESTS, "Peaceful protest", r"protest\w*|demonstrat(?:ors|ion|ions|ed)|rall(?:y|ies)"),
    (RIOTS, "Violent demonstration", r"riot\w*|looting|torched"),
)

# an accidental shooting is not political violence: ACLED codes no event for it
ACCIDENT = r"accidental(?:ly)?|unintentional(?:ly)?|negligent|misfired?|cleaning\s+(?:a|his|her)\s+gun"

# where in the article a cue counts most: the title and the lede say what happened
TITLE_WEIGHT, LEDE_WEIGHT, BODY_WEIGHT = 3.0, 2.0, 1.0
LEDE_SENTENCES = 3
# a strategic development, an arrest or a protest is the event only when it clearly
# outweighs the violence the article also reports
NON_VIOLENT_MARGIN = 1.5
