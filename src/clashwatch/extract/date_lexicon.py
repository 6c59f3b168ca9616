"""Words and patterns for dates in English news: data for `date_rules` and `dates`.

To add a form: add its pattern to `PATTERNS` (name -> regex; the name picks the
resolver in `date_rules`), or a phrase to `RELATIVE` with its anchor and day offsets.
Month and weekday names are matched capitalised only ("May", "March" and "Sunday"
lower-case are other words); cue words are matched in any case through ``(?i:...)``.
"""

from __future__ import annotations

import re

MONTH_NUMBERS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAY_NUMBERS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "few": 5, "several": 5, "couple of": 2,
}

MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|"
         r"November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|"
         r"Oct\.?|Nov\.?|Dec\.?)")
# holidays named after a weekday are not that weekday of this week
WEEKDAY = (r"(?<!Good )(?<!Black )(?<!Ash )(?<!Super )(?<!Cyber )(?<!Easter )(?<!Palm )"
           r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
DAY = r"(?<![\d:.,/])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[,.]\d)"
YEAR = r"(?:1[89]|20)\d\d(?!\d)"
PART = r"(?i:morning|afternoon|evening|night|overnight)"
CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?i:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}|\d{4}(?=\s*(?i:hrs|local|gmt|utc|\())"
TO = r"\s*(?:-|–|—|(?i:to|into|and|through|until|till))\s*"
NUM = r"(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple of|\d{1,2})"

_P = {
    "MONTH": MONTH, "WEEKDAY": WEEKDAY, "DAY": DAY, "YEAR": YEAR, "PART": PART,
    "CLOCK": CLOCK, "TO": TO, "NUM": NUM,
}


def _compile(pattern: str) -> re.Pattern[str]:
    for key, value in _P.items():
        pattern = pattern.replace("{" + key + "}", value)
    return re.compile(pattern)


# Name -> pattern; several may match the same words: the longest match wins, then the
# earlier pattern. Groups: m/d/y (month, day, year), wd (weekday), the same with 2 for a
# range's end, and n (a count of days or weeks).
PATTERNS: dict[str, re.Pattern[str]] = {name: _compile(p) for name, p in {
    # "the night of August 1 to 2", "night of 1 to 2 August", "overnight Monday to Tuesday"
    "night_md": r"(?i:(?:on\s+)?the\s+night\s+(?:of|from)\s+)(?P<m>{MONTH})\s+(?P<d>{DAY}){TO}"
                r"(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?",
    "night_dm": r"(?i:(?:on\s+)?the\s+night\s+(?:of|from)\s+)(?P<d>{DAY}){TO}(?P<d2>{DAY})\s+"
                r"(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?",
    "night_wd": r"(?i:(?:on\s+)?(?:the\s+night\s+(?:of|from)|overnight(?:\s+from)?)\s+)"
                r"(?P<wd>{WEEKDAY}){TO}(?P<wd2>{WEEKDAY})",
    "night_of_md": r"(?i:(?:on\s+)?the\s+night\s+of\s+)(?:{WEEKDAY},?\s+)?(?P<m>{MONTH})\s+"
                   r"(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?",
    "night_of_wd": r"(?i:(?:on\s+)?the\s+night\s+of\s+)(?P<wd>{WEEKDAY})",
    "overnight_into": r"(?i:overnight\s+(?:into|to)\s+)(?P<wd>{WEEKDAY})",
    # ranges: "between 27 and 29 September", "Sept. 12-14", "from July 28 to August 3"
    "range_dm": r"(?:(?i:between|from)\s+)?(?P<d>{DAY}){TO}(?P<d2>{DAY})\s+(?P<m>{MONTH})"
                r"(?:,?\s+(?P<y>{YEAR}))?",
    "range_dmdm": r"(?:(?i:between|from)\s+)?(?P<d>{DAY})\s+(?P<m>{MONTH}){TO}(?P<d2>{DAY})\s+"
                  r"(?P<m2>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
    "range_md": r"(?:(?i:between|from|on\s+both|both)\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY}){TO}"
                r"(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?",
    "range_wd": r"(?i:between|from)\s+(?:(?i:early|late)\s+)?(?P<wd>{WEEKDAY}){TO}"
                r"(?:(?i:early|late)\s+)?(?P<wd2>{WEEKDAY})",
    # a local time with its GMT/UTC equivalent: "00:05 a.m. (2005 GMT) on Tuesday"
    "zoned": r"(?P<clock>{CLOCK})(?:\s*(?i:local\s+time))?\s*\(\s*(?P<utc>{CLOCK})\s*"
             r"(?i:GMT|UTC|Z)\s*\)(?:\s*(?i:on\s+)?(?P<wd>{WEEKDAY}))?"
             r"(?:,?\s+(?P<m>{MONTH})\s+(?P<d>{DAY}))?",
    # parts of a day: "early hours of Tuesday", "early Sunday", "Monday night"
    "early_hours": r"(?i:(?:in\s+)?the\s+(?:early|small|wee)\s+hours\s+of\s+)(?:(?i:on\s+)?)"
                   r"(?P<wd>{WEEKDAY})",
    "early_late_wd": r"(?i:(?:early|late)\s+(?:on\s+)?)(?P<wd>{WEEKDAY})(?:\s+{PART})?",
    "wd_night": r"(?:(?P<rel>(?i:on|last))\s+)?(?P<wd>{WEEKDAY})(?:\s+(?i:night|overnight))",
    # explicit dates (parsed by dateparser): "15 September 2022", "Sept. 13, 2022"
    "date_dmy": r"(?:(?i:on\s+))?(?:{WEEKDAY},?\s+)?(?P<d>{DAY})\s+(?:(?i:of\s+))?(?P<m>{MONTH}),?"
                r"\s+(?P<y>{YEAR})",
    "date_mdy": r"(?:(?i:on\s+))?(?:{WEEKDAY},?\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})",
    "date_iso": r"(?<![\d/-])(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d/])",
    "date_us": r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>{YEAR})(?![\d/])",
    # month and day without a year: "on July 28", "Aug. 2", "on 12 September"
    "date_md": r"(?:(?i:on|last)\s+)?(?:(?P<wd>{WEEKDAY})(?:\s+{PART})?,?\s+)?(?P<m>{MONTH})\s+"
               r"(?P<d>{DAY})\b(?![:.]\d)",
    "date_dm": r"(?:(?i:on|last)\s+)?(?:(?P<wd>{WEEKDAY})(?:\s+{PART})?,?\s+)?(?P<d>{DAY})\s+"
               r"(?:(?i:of\s+))?(?P<m>{MONTH})\b",
    # a month, a season of it, a year: "in August", "early November", "in 2020"
    "month": r"(?:(?i:in|during|since|by|from|until|throughout|of|early|mid|late|(?P<last>last)|"
             r"the\s+beginning\s+of|the\s+start\s+of)[\s-]+)(?:(?P<part>(?i:early|mid|late))"
             r"[\s-]+)?(?P<m>{MONTH})(?:,?\s+(?:(?i:of)\s+)?(?P<y>{YEAR}))?(?!\s*\d)",
    # "June 2015", "June of 2015"
    "month_year": r"(?P<m>{MONTH}),?\s+(?:(?i:of)\s+)?(?P<y>{YEAR})",
    # "the January shooting", "last month's" is relative: a month named as an attribute
    "month_attr": r"(?i:\bthe\s+)(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?(?=\s+[a-z])",
    "year": r"(?i:in|during|since|throughout)\s+(?P<y>{YEAR})\b(?!\s*{MONTH})",
    "days_ago": r"(?P<n>{NUM})\s+(?P<unit>(?i:days?|weeks?))\s+(?i:ago|earlier)",
    # "arrested Tuesday, five days after he shot four men": that many days before it
    "days_after": r"(?P<n>{NUM})\s+(?P<unit>(?i:days?|weeks?))\s+(?i:after)\b",
    "past_days": r"(?i:(?:over|in|during|for)?\s*the\s+(?:past|last|previous)\s+)(?P<n>{NUM})\s+"
                 r"(?P<unit>(?i:days|weeks))",
    # holidays: "on Christmas Eve", "Easter Sunday", "New Year's Eve", "Father's Day"
    "holiday": r"(?:(?i:on|last|this)\s+)?(?P<h>Christmas\s+Eve|Christmas\s+Day|Christmas|"
               r"New\s+Year['’]?s\s+Eve|New\s+Years?\s+Eve|New\s+Year['’]?s\s+Day|NYE|"
               r"Easter\s+Sunday|Easter|Father['’]?s\s+Day|Mother['’]?s\s+Day|"
               r"Thanksgiving(?:\s+Day)?|Halloween|Fourth\s+of\s+July|Independence\s+Day|"
               r"Memorial\s+Day|Labor\s+Day|Valentine['’]?s\s+Day)"
               r"(?:\s+(?P<hpart>(?i:night|evening|morning|afternoon)))?(?!\s+(?i:tree|party|"
               r"parade|gifts?|shopping|lights|break|season|holidays?|week|weekend))",
    # weekdays: "on Tuesday", "last Friday", "Saturday morning", "Tuesday's attack"
    "weekday": r"(?:(?P<rel>(?i:on|last|this|next|past))\s+)?(?P<wd>{WEEKDAY})(?:\s+{PART})?",
}.items()}

# Relative phrases: normalised words -> (anchor, first day, last day) in days from the
# anchor. Anchors: "pub" the publication day; "week"/"month"/"year" whole calendar units
# before (-1) or of (0) the publication, ending at it; "weekend" the last Friday night to
# Sunday (-1: the last that ended before the publication day: "last weekend" on a
# Friday); "lastweek" the last calendar week or the seven days before publication, as
# "last week" is used for both; "prev" the period named just before ("the same day").
# Holidays: name (lower-case, apostrophes and "day" dropped) -> (month, day) of a fixed
# date, or (month, weekday, nth) with nth -1 for the last; Easter is computed
HOLIDAYS: dict[str, tuple[int, ...]] = {
    "christmas eve": (12, 24), "christmas": (12, 25), "new years eve": (12, 31), "nye": (12, 31),
    "new years": (1, 1), "halloween": (10, 31), "fourth of july": (7, 4),
    "independence": (7, 4), "valentines": (2, 14), "fathers": (6, 6, 3), "mothers": (5, 6, 2),
    "thanksgiving": (11, 3, 4), "memorial": (5, 0, -1), "labor": (9, 0, 1),
}
RELATIVE: dict[str, tuple[str, int, int]] = {
    "today": ("pub", 0, 0), "earlier today": ("pub", 0, 0), "tonight": ("pub", 0, 0),
    "this morning": ("pub", 0, 0), "this afternoon": ("pub", 0, 0),
    "this evening": ("pub", 0, 0), "overnight": ("pub", -1, 0), "last night": ("pub", -1, 0),
    "late last night": ("pub", -1, 0), "early this morning": ("pub", -1, 0),
    "yesterday": ("pub", -1, -1), "the day before yesterday": ("pub", -2, -2),
    "in recent days": ("pub", -5, 0), "recent days": ("pub", -5, 0),
    "the past week": ("pub", -7, 0), "the last week": ("pub", -7, 0),
    "the past month": ("pub", -31, 0), "the last month": ("pub", -31, 0),
    "last week": ("lastweek", 0, 0), "the previous week": ("lastweek", 0, 0),
    "this week": ("week", 0, 0), "earlier this week": ("week", 0, 0),
    "last month": ("month", -1, -1), "the previous month": ("month", -1, -1),
    "this month": ("month", 0, 0), "earlier this month": ("month", 0, 0),
    "last year": ("year", -1, -1), "the previous year": ("year", -1, -1),
    "this year": ("year", 0, 0), "earlier this year": ("year", 0, 0),
    "last weekend": ("weekend", -1, -1), "this weekend": ("weekend", 0, 0),
    "the weekend": ("weekend", 0, 0),
    "the same day": ("prev", 0, 0), "that day": ("prev", 0, 0), "the same night": ("prev", 0, 0),
    "that night": ("prev", 0, 0), "the same evening": ("prev", 0, 0),
    "the next day": ("prev", 1, 1), "the following day": ("prev", 1, 1),
    "a day later": ("prev", 1, 1), "the day before": ("prev", -1, -1),
    "a day earlier": ("prev", -1, -1), "a day before": ("prev", -1, -1),
    "the previous day": ("prev", -1, -1), "the day after": ("prev", 1, 1),
    "the previous night": ("prev", -1, 0), "the night before": ("prev", -1, 0),
}
# "later this week" and the like are the future: kept, but never the event's date
FUTURE_RELATIVE: dict[str, str] = {
    "later this week": "week", "later this month": "month", "later this year": "year",
    "next week": "week", "next month": "month", "next year": "year", "tomorrow": "day",
}
# Words each kind of pattern needs, lower-case: only the text around them is searched,
# with the patterns of that kind (trying every pattern at every position costs ~9 ms a
# page; `str.find` over the lower-cased text is far cheaper than a regex scan)
ANCHORS: dict[str, tuple[str, ...]] = {
    "month": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
              "dec"),
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "relative": ("today", "tonight", "tomorrow", "yesterday", "night", "overnight", "week",
                 "month", "year", "day", "ago", "earlier", "recent"),
    "zone": ("gmt", "utc"),
    "ago": ("ago", "earlier"),
    "after": ("after",),
    "span": ("days", "weeks"),
    "holiday": ("christmas", "new year", "nye", "easter", "father", "mother", "thanksgiving",
                "halloween", "fourth of july", "independence day", "memorial day",
                "labor day", "valentine"),
}
CAPITALISED_ANCHORS = frozenset({"month", "weekday", "holiday"})
# years and numeric dates are found by a pattern (digits are not words)
NUMERIC_ANCHOR = re.compile(r"(?:1[89]|20)\d\d(?!\d)")
# The anchor each pattern needs (its name's kind); "relative" for RELATIVE_PATTERN.
PATTERN_ANCHORS: dict[str, str] = {
    "night_md": "month", "night_dm": "month", "night_wd": "weekday", "night_of_md": "month",
    "night_of_wd": "weekday", "overnight_into": "weekday", "range_dm": "month",
    "range_dmdm": "month", "range_md": "month", "range_wd": "weekday", "zoned": "zone",
    "early_hours": "weekday", "early_late_wd": "weekday", "wd_night": "weekday",
    "date_dmy": "month", "date_mdy": "month", "date_iso": "numeric", "date_us": "numeric",
    "date_md": "month", "date_dm": "month", "month": "month", "month_year": "month",
    "month_attr": "month",
    "year": "numeric", "days_ago": "ago", "days_after": "after", "past_days": "span", "weekday": "weekday",
    "holiday": "holiday",
}
# Lower-case strings a pattern cannot match without: a window lacking all of them is
# not searched with it
_RANGE = ("-", "–", "—", " to ", " and ", "through", "until", "till", " into ")
PATTERN_NEEDS: dict[str, tuple[str, ...]] = {
    "night_md": ("night",), "night_dm": ("night",), "night_wd": ("night",),
    "night_of_md": ("night",), "night_of_wd": ("night",), "overnight_into": ("overnight",),
    "range_dm": _RANGE, "range_dmdm": _RANGE, "range_md": _RANGE,
    "range_wd": ("between", "from"), "early_hours": ("hours",),
    "early_late_wd": ("early", "late"), "wd_night": ("night",), "date_dmy": ("19", "20"),
    "date_mdy": ("19", "20"), "date_iso": ("-",), "date_us": ("/",),
    "month_year": ("19", "20"), "month_attr": ("the",), "year": ("19", "20"),
    "days_ago": ("ago", "earlier"), "days_after": ("after",), "past_days": ("past", "last", "previous"),
}
ANCHOR_BEFORE, ANCHOR_AFTER = 30, 24  # characters searched around an anchor
_PHRASES = sorted([*RELATIVE, *FUTURE_RELATIVE], key=len, reverse=True)
RELATIVE_PATTERN = re.compile(
    r"(?<![\w-])(?:(?i:over|in|during|for)\s+)?(?P<phrase>(?i:"
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in _PHRASES) + r"))(?![\w-])")

# "since" before an expression makes it run to the publication day ("since Monday",
# "since a cease-fire last month"): up to three words between, no punctuation
SINCE_BEFORE = re.compile(r"(?i:\bsince)\s+(?:[\w'’-]+\s+){0,3}$")
# A date just after a statement word dates the statement, not the incident:
# "officials said on Saturday", "the announcement came in the early hours of Tuesday";
# so does "as of" a tally's date ("As of Monday, 299 killings")
REPORT_BEFORE = re.compile(
    r"(?i:\b(?:said|says|say|told|tells|announced|announces|reported|reports|stated|"
    r"confirmed|confirms|added|claimed|claims|released|publishe[ds]|issued|tweeted|posted|"
    r"wrote|statement|announcement|briefing|conference|interview|update|release|obtained|"
    r"accused|accuses|blamed|warned|urged|denied|charged|arrested|identified|"
    r"arraigned|sentenced|appeared|testified|as\s+of)\b)(?:\s+(?!that\b)[\w'’-]+){0,2}\s*$")
# A date right after "Posted:" or "Updated:" is the page's, wherever the line starts
PUBLISHED_BEFORE = re.compile(
    r"(?:(?i:\b(?:posted|published|updated|last\s+updated|(?:last\s+)?modified|date)\s*:"
    r"?\s*(?:on\s+)?)|\(@\w+\)\s*)$")  # the last: an embedded tweet "(@handle) June 18, 2015"
# ... or just before one: "The Defense Army on Monday released information"
REPORT_AFTER = re.compile(
    r"\s*,?\s*(?i:(?:said|says|told|announced|reported|released|published|issued|stated|"
    r"confirmed|charged|arrested|identified|article|story|statement|report|interview|"
    r"press\s+release|news\s+conference)\b)")
# Future tense before a date in the same clause: "are set to meet in Sochi on Friday",
# "they'll keep her on the machine until Sunday", "expected at 11 a.m. Saturday"
FUTURE_BEFORE = re.compile(
    r"(?i:\b(?:will|shall|is\s+due|are\s+due|is\s+set|are\s+set|scheduled|plans?\s+to|tune\s+in|"
    r"expected\s+to|is\s+to|are\s+to|going\s+to)\b|['’]ll\b)(?:[^.;,]|[ap]\.m\.){0,40}$")
# Photo captions and file pictures: their dates are about another day
CAPTION = re.compile(
    r"(?i:^\s*(?:FILE\b|\(?photo\b|in\s+this\s+(?:file\s+)?(?:photo|picture|image)|"
    r"this\s+(?:file\s+)?(?:photo|picture|image))|\bfile\s+(?:photo|picture|image)\b|"
    r"\bphoto\s+(?:taken|by|courtesy)\b|\((?:AP|AFP|Reuters|Getty)\s+Photo|\(photo:\s|"
    r"^\s*close\s+skip\s+in\s+skip)"  # a credit "(Photo: Contributed)", a video player's text
    r"|^\s*\d{1,2}:\d\d\s+[A-Z]")  # the last: a video link with its length ("0:33 Festival")
# Sentence words that make a date the incident's: the principal event is the first
# such period in the lede. Searched in lower-cased text (case-blind search is slower).
# Not "arrested without incident", "incident reports", nor a patient "discharged" ("was discharged Friday",
# "discharged from the hospital"): a gun "discharged" is the violence.
INCIDENT_WORDS = re.compile(
    r"(?:\b(?:kill|killed|killing|dead|died|dies|death|deaths|wounded|wounding|injured|"
    r"injuring|injuries|shot|shooting|shootings|shoot|shoots|"
    r"(?:open|opened|opens|opening|returned|under|of)\s+fire|crossfire|fire\s+(?:at|into|shots)|"
    r"fired|firing|gunfire|gunman|"
    r"gunmen|attack|attacked|attacks|clash|clashes|clashed|fighting|fought|shelling|shelled|"
    r"strike|strikes|struck|bomb|bombing|blast|explosion|exploded|raid|ambush|offensive|"
    r"skirmish|skirmishes|violence|casualties|stabbed|stabbing|hit|happened|occurred|shootout|gunned|fight|"
    r"(?<!without\s)incident(?!\s+reports?\b)|battle|assault|murder|murdered|murdering|murders|"
    r"homicide|slain|"
    r"slaying|killings|stabbings|gun|guns|handgun|rifle|gunshot|wound|wounds|fatal|fatally|"
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)discharged(?!\s+from)|shots|bullet|"
    r"bullets|suicide|slayings)\b)")
# ... and words of a later development: an arrest, a charge, a funeral ("Police
# announced Monday the arrest of a man they believe shot six people"), a patient
# discharged
DEVELOPMENT_WORDS = re.compile(
    r"(?:\b(?:arrest|arrested|charged|charges|sentenced|sentencing|arraigned|arraignment|"
    r"pleaded|plea|convicted|indicted|trial|hearing|court|funeral|vigil|memorial|identified|"
    r"custody|surrendered|investigation|guilty|bond|jail|prison|judge|appearance|indictment|"
    r"unsealed|pled|surgery|condition|flier|press\s+release|news\s+release|sentence|remained|remains|"
    r"captured|apprehended|behind\s+bars|"
    r"hospitalized|recovering|recovery|autopsy|coroner|rally|ruled|ruling|sued|lawsuit|"
    r"(?:was|were|been|being|is|be)\s+(?:discharged|released)|discharged\s+from)\b)")
# An incident noun right after a date makes the date the incident's: "the March 27
# shooting", "last week's murder", "a late Sunday shooting" (lower-cased text); not
# after a preposition: "charged Friday after shooting her son", "indicted Wednesday
# for killing a child" date what came of the violence
ATTACHED_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:after|for|following|since|before|over|in|with|from|of|about|"
    r"into|during|than)\s)[a-z-]+\s+)?(?:shooting|shootings|shootout|murder|murders|killing|killings|"
    r"attack|attacks|stabbing|homicide|slaying|slayings|ambush|raid|bombing|blast|explosion|"
    r"clash|clashes|fighting|shelling|strike|strikes|massacre|gunfire|incident(?!\s+reports?\b)|crash|"
    r"deaths?)\b")
# ... and a verb or noun of the violence just before it: "shot and killed Saturday", "the
# fatal shooting of the girl Wednesday", "was found dead Friday" (not with a development
# between: "charged in a bar shooting last summer pleaded guilty Tuesday", `dates`)
ATTACHED_BEFORE = re.compile(
    r"\b(?P<v>shot|shoot|kill|killed|murdered|murdering|stabbed|wounded|injured|found\s+dead|shooting|"
    r"shootout|attacked|fired|struck|clashed|shelled|exploded|erupted|ambushed|opened\s+fire)\b"
    r"(?:(?:\s+[\w'’,-]+){0,4}|(?:\s+[\w'’-]+){5,8})"
    r"\s+$")
# The violent act itself (not a death, which may come later): a sentence of it right
# after a date tells what happened that day (`date_follow_up`)
VIOLENT_ACT = re.compile(
    r"\b(?:shot|shoots?|shooting|killed|killing|murdered|stabbed|stabbing|struck|fired|"
    r"opened\s+fire|gunfire|gunshot|wounded|injured|gunned)\b")
# Dates that are no event's: "Date of Birth: 01/6/1992", "born on May 5, 1990", "her
# birthday would have been June 13", "his third birthday Monday"
NOT_EVENT_BEFORE = re.compile(
    r"(?i:\b(?:date\s+of\s+birth|born|dob|d\.o\.b\.|birthday(?:\s+would\s+have\s+been|\s+is|\s+was)?|"
    r"turned\s+[\w-]+(?:\s+years?)?"
    r"(?:\s+old)?)\s*:?\s*(?:on\s+|in\s+)?)$")
# A byline line ("By The Associated Press on Tue 06/30/2015"): its dates are the page's
BYLINE = re.compile(r"^\s*By\s+[A-Z].{0,100}$")
# Publication lines near the top: "Posted: Sep 13, 2022", "Updated 15 September 2022"
PUBLISHED_CUE = re.compile(
    r"^\s*(?i:(?P<cue>first\s+published|published|posted|last\s+updated|updated|date)"
    r"(?:\s+on)?)\s*:?\s*(?P<rest>.{6,80})$")
# Datelines: "YEREVAN, Sept. 13, 2022 (Reuters) -", "STEPANAKERT, 13 September 2022 -"
DATELINE = _compile(
    r"^\s*[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][A-Za-z. ]{1,20})?,\s+(?P<date>(?:{WEEKDAY},?\s+)?"
    r"(?:{MONTH}\s+{DAY},?\s+{YEAR}|{DAY}\s+{MONTH},?\s+{YEAR}))\b")
# A headline or lede of a follow-up story with no date in it: the violence was a few
# days before publication ("Police identify shooter", "Teen charged in killing")
FOLLOW_UP_WORDS = re.compile(
    r"(?:\b(?:identif\w*|identity|investigat\w*|accused|charged|charges|arrest\w*|indicted|"
    r"sentenced|pleads?|guilty|funeral|vigil|remembered|mourn\w*|dies|died|detained|"
    r"custody|recovering|hearing|court)\b)")
# A death that came after the violence: "died early Tuesday after he shot himself",
# "was declared brain dead Friday", "taken off life support" (lower-cased text)
LATER_DEATH = re.compile(
    r"(?:\b(?:died|dies|succumbed|passed\s+away|pronounced\s+dead|declared\s+(?:clinically\s+)?"
    r"brain[\s-]dead|declared\s+dead|life\s+support)\b)")
