"""Words and patterns of casualty claims: cues, victims, claimants, aggregates, non-claims.

Data only; the logic is in `claim_patterns.py`, `claimants.py` and `claim_context.py`.
Phrases are tuples of lower-case tokens (as `claim_tokens.tokenize` makes them). Add a
word to the table whose role it has; "hit" is the status of people shot or struck whose
fate the phrase leaves open ("three people were shot"), settled per article later.
"""

from __future__ import annotations

import re

# A sentence that has none of these cannot hold a claim: the cheap filter before tokens.
CUE_FILTER = re.compile(
    r"kill|dead|death|die[ds]?\b|dying|wound|injur|hurt|casualt|fatal|missing|captur|prisoner"
    r"|captive|hostage|abduct|kidnap|lost|lose|losing|lives|bodies|body|toll|shot|shoot|slain|murder"
    r"|execut|perish|succumb|massacr|homicide|slaying|hospital|unaccounted|martyr"
    r"|condition|airlift|graze|gunned|gunfire|bullet|maim|mortal|\bpows\b|\bslay|\bslew\b"
    r"|stabb|struck|striking|corpse|deceased",
    re.IGNORECASE,
)


def _phrases(table: dict[str, list[str]]) -> dict[tuple[str, ...], str]:
    return {tuple(p.split()): status for status, phrases in table.items() for p in phrases}


# After the victims: "were killed", "died", "25 dead", "seven wounded".
STATE_CUES = _phrases({
    "killed": [
        "killed", "slain", "murdered", "executed", "massacred", "martyred", "dead", "died",
        "deceased", "found deceased", "pronounced deceased", "declared deceased",
        "die", "dies", "perished", "succumbed", "shot dead", "shot and killed", "shot to death",
        "stabbed to death", "beaten to death", "burned to death", "hacked to death",
        "gunned down and killed", "fatally shot", "fatally wounded", "fatally injured",
        "fatally stabbed", "mortally wounded", "found dead", "pronounced dead",
        "confirmed dead", "declared dead", "declared clinically dead", "pronounced clinically dead",
        "declared brain dead", "pronounced brain dead", "clinically dead", "brain dead",
        "lost their lives", "lost his life",
        "lost her life", "lost their life", "killed in action", "shot and killed",
        "struck and killed", "later died", "died later", "were killed", "gunned down",
    ],
    "wounded": [
        "wounded", "injured", "hurt", "shot and wounded", "shot and injured",
        "in critical condition", "in serious condition", "in stable condition",
        "in fair condition", "in good condition", "in critical but stable condition",
        "in the hospital", "in hospital", "in a hospital", "in a local hospital",
        "in an area hospital", "in grave condition", "in life-threatening condition",
        "hospitalized", "hospitalised", "maimed", "shot and critically wounded",
        "shot and seriously wounded", "grazed",
    ],
    "hit": ["shot", "struck by gunfire", "hit by gunfire", "struck by bullets", "hit by bullets",
            "struck by a bullet", "hit by a bullet", "stabbed", "struck", "taken to hospital",
            "taken to a hospital", "taken to the hospital", "taken to hospitals",
            "taken to area hospitals", "taken to local hospitals", "rushed to hospital",
            "rushed to a hospital", "rushed to the hospital", "transported to a hospital",
            "transported to the hospital", "transported to hospital", "treated for injuries",
            "treated for gunshot wounds", "airlifted", "flown to a hospital"],
    "missing": ["missing", "unaccounted for", "reported missing", "went missing"],
    "captured": [
        "captured", "taken prisoner", "taken captive", "taken hostage", "held hostage",
        "held captive", "abducted", "kidnapped", "taken as prisoners", "taken prisoners",
    ],
})
# Between the victims and their state: "have been", "were reportedly", "who was later".
AUXILIARIES = frozenset({
    "was", "were", "is", "are", "been", "be", "being", "have", "has", "had", "got", "get",
    "gets", "getting", "who", "that", "which", "also", "reportedly", "allegedly", "later",
    "all", "both", "each", "critically", "seriously", "severely", "slightly", "badly",
    "lightly", "fatally", "believed", "confirmed", "now", "then", "just", "apparently",
    "initially", "subsequently", "possibly", "probably", "reported", "found", "left", "since",
    "eventually", "ultimately", "themselves", "already", "instantly", "immediately",
    "presumed", "feared", "said", "thought", "to", "mortally", "tragically", "remains",
    "remain", "remained", "listed", "still", "currently", "accidentally", "last",
})
# Of those, the ones that make a following participle passive or a state: "who was shot".
PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "be", "being", "got",
                                 "get", "gets", "getting", "remains", "remain", "remained",
                                 "listed", "left", "found", "reported", "feared", "presumed",
                                 "believed", "confirmed"})
# Auxiliaries that make the state hypothetical or denied: no claim (or a zero, for "not").
MODALS = frozenset({"could", "would", "might", "may", "will", "can", "should", "must",
                    "shall", "'ll", "wo", "ca"})
NEGATORS = frozenset({"not", "never", "n't", "no", "neither"})

# Before the victims: "killing two", "wounding three", "lost a soldier".
ACTIVE_CUES = _phrases({
    "killed": ["killed", "kill", "kills", "killing", "slew", "slay", "slaying", "murdered",
               "fatally wounding", "fatally wounded", "fatally injuring", "fatally injured",
               "mortally wounding", "mortally wounded", "fatally stabbing", "fatally stabbed",
               "murdering", "executed", "executing", "shot dead", "shot and killed",
               "fatally shot", "fatally shooting", "shot to death", "shooting dead",
               "shot and killing", "massacred", "gunned down"],
    "wounded": ["wounded", "wounding", "wounds", "wound", "injured", "injuring", "injure",
                "injures", "hurt", "hurting", "shot and wounded", "shot and injured"],
    "hit": ["shot", "shooting", "shoots", "shoot", "stabbed", "stabbing", "hitting", "striking",
            "struck"],
    "captured": ["captured", "capturing", "capture", "captures", "abducted", "abducting",
                 "kidnapped", "kidnapping", "took prisoner", "taken prisoner"],
    "lost": ["lost", "lose", "loses", "losing"],
    "lives": ["claimed", "claiming", "claims", "claim", "took", "taking", "takes", "cost",
              "costing", "costs"],
})
# "claimed 6,500 lives": the life verbs above need this noun after the figure.
LIFE_NOUNS = frozenset({"lives", "life"})
# Verbs that take the victims as object but only report a state: "left two dead".
LEAVE_VERBS = frozenset({"left", "leave", "leaves", "leaving"})
LEAVE_STATES = {"dead": "killed", "wounded": "wounded", "injured": "wounded",
                "hurt": "wounded", "missing": "missing"}

# After a figure: "two casualties", "25 deaths", "three bodies", "several injuries".
NOUN_CUES = {
    "death": "killed", "deaths": "killed", "fatality": "killed", "fatalities": "killed",
    "casualty": "killed", "casualties": "killed", "bodies": "killed", "body": "killed",
    "corpses": "killed", "killings": "killed", "homicides": "killed", "murders": "killed",
    "dead": "killed", "deceased": "killed", "injury": "wounded", "injuries": "wounded", "wounded": "wounded",
    "injured": "wounded", "prisoners": "captured", "hostages": "captured",
    "captives": "captured", "pows": "captured",
}
# "no casualties" is zero dead and zero wounded: nouns that cover both.
BOTH_STATUS_NOUNS = frozenset({"casualty", "casualties"})
# "the fatal shooting of a girl", "a teen's deadly shooting": these make a shooting a death.
FATAL_WORDS = frozenset({"fatal", "deadly", "lethal", "fatally", "murder", "homicide"})
# "his friend's shooting death", "the teen's slaying": one person killed.
POSSESSIVE_DEATHS = frozenset({"death", "slaying", "killing", "murder", "homicide"})
# "the deaths of three soldiers", "the shooting of a teenager".
OF_NOUNS = {
    "death": "killed", "deaths": "killed", "killing": "killed", "killings": "killed",
    "murder": "killed", "murders": "killed", "slaying": "killed", "slayings": "killed",
    "execution": "killed", "shooting": "hit", "shootings": "hit", "wounding": "wounded",
    "bodies": "killed", "body": "killed", "remains": "killed",
    "abduction": "captured", "kidnapping": "captured", "capture": "captured",
}
# "a double fatal shooting", "triple homicide": the count is in the adjective.
MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
MULTIPLE_NOUNS = {"homicide": "killed", "homicides": "killed", "murder": "killed",
                  "murders": "killed", "killing": "killed", "slaying": "killed",
                  "slayings": "killed", "fatal": "killed", "shooting": "hit", "stabbing": "hit"}
# "the death toll rose to 13", "the number of dead reached 20".
TOLL_NOUNS = _phrases({
    "killed": ["death toll", "toll", "casualty toll", "number of dead", "number of deaths",
               "number of those killed", "number of people killed", "fatality count",
               "body count", "number of fatalities", "number of casualties"],
    "wounded": ["number of injured", "number of wounded", "number of injuries",
                "injury toll"],
})
TOLL_LINKS = frozenset({
    "to", "at", "of", "reached", "rose", "climbed", "stands", "stood", "is", "was", "has",
    "had", "risen", "jumped", "hit", "increased", "now", "reaching", "grew", "stand", "rises",
    "reaches", "climbs", "soared", "went", "up", "as", "officially", "been", "be", "further",
})
# "a death toll", "a death sentence": the noun cue is part of a compound, not a claim.
NOUN_COMPOUND_AFTER = frozenset({"toll", "tolls", "count", "certificate", "certificates",
                                 "penalty", "sentence", "sentences", "threat", "threats",
                                 "row", "squad", "squads", "list", "march", "notice",
                                 "investigation", "investigations", "report", "reports",
                                 "claim", "claims", "benefits", "insurance"})
# adverbs right after a figure that give its state: "two men were shot, one fatally".
STATE_ADVERBS = {"fatally": "killed", "mortally": "killed"}

# Victim nouns and their kind. Singular forms also make "a"/"the"/"his" a count of one.
MILITARY_NOUNS = frozenset({
    "soldier", "soldiers", "troop", "troops", "serviceman", "servicemen", "servicemember",
    "servicemembers", "fighter", "fighters", "militant", "militants", "rebel", "rebels",
    "insurgent", "insurgents", "separatist", "separatists", "guerrilla", "guerrillas",
    "militiaman", "militiamen", "militia", "paramilitary", "paramilitaries", "officer",
    "officers", "police", "policeman", "policemen", "policewoman", "policewomen", "cop",
    "cops", "trooper", "troopers", "deputy", "deputies", "guard", "guards", "guardsman",
    "guardsmen", "marine", "marines", "sailor", "sailors", "airman", "airmen", "pilot",
    "pilots", "conscript", "conscripts", "reservist", "reservists", "commander",
    "commanders", "personnel", "forces", "sniper", "snipers", "jihadist", "jihadists",
    "combatant", "combatants", "service", "member", "members", "gendarmes",
    "peacekeeper", "peacekeepers", "agent", "agents", "recruits", "recruit", "sergeant",
    "lieutenant", "captain", "private", "corporal", "major", "colonel", "general", "units",
    "unit", "army", "military", "defenders",
})
CIVILIAN_NOUNS = frozenset({
    "civilian", "civilians", "villager", "villagers", "resident", "residents", "child",
    "children", "kid", "kids", "boy", "boys", "girl", "girls", "woman", "women", "baby",
    "babies", "infant", "infants", "toddler", "toddlers", "teen", "teens", "teenager",
    "teenagers", "student", "students", "worker", "workers", "journalist", "journalists",
    "bystander", "bystanders", "passenger", "passengers", "pedestrian", "pedestrians",
    "mother", "father", "son", "sons", "daughter", "daughters", "wife", "husband", "brother",
    "brothers", "sister", "sisters", "girlfriend", "boyfriend", "grandmother", "grandfather",
    "grandson", "granddaughter", "neighbor", "neighbour", "neighbors", "neighbours", "friend",
    "friends", "employee", "employees", "customer", "customers", "patron", "patrons",
    "doctor", "doctors", "nurse", "nurses", "teacher", "teachers", "farmer", "farmers",
    "shepherd", "shepherds", "refugee", "refugees", "pilgrim", "pilgrims", "worshippers",
    "worshipers", "shoppers", "motorist", "motorists", "driver", "drivers", "clerk",
    "cousin", "nephew", "niece", "uncle", "aunt", "stepdaughter", "stepson", "fiancee",
    "fiance", "roommate", "classmate", "classmates", "preschooler", "schoolchildren",
    "youngster", "youngsters", "youth", "youths", "juvenile", "juveniles", "minor", "minors",
    "newborn", "family", "families", "couple", "parents", "parent", "relative", "relatives",
    "household", "homeowner", "tenant", "guest", "guests", "spectators", "fans", "civil",
})
UNKNOWN_NOUNS = frozenset({
    "people", "persons", "person", "individual", "individuals", "victim", "victims", "others",
    "man", "men", "adult", "adults", "male", "males", "female", "females", "gunman", "gunmen",
    "shooter", "shooters", "suspect", "suspects", "attacker", "attackers", "assailant",
    "assailants", "lives", "life", "casualties", "those", "ones", "one", "human", "humans",
    "souls", "occupants", "crew", "inmate", "inmates",
    "prisoner", "prisoners", "hostage", "hostages", "members", "citizens", "citizen",
    "nationals", "national", "sides",
})
VICTIM_NOUNS = MILITARY_NOUNS | CIVILIAN_NOUNS | UNKNOWN_NOUNS
# Capitalized words that are not part of a person's name.
NAME_STOPWORDS = frozenset({
    "police", "sheriff", "chief", "officer", "officers", "deputy", "department", "county",
    "city", "state", "news", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
    "september", "october", "november", "december", "street", "avenue", "road", "drive",
    "hospital", "center", "medical", "university", "school", "high", "church", "park",
    "north", "south", "east", "west", "new", "fire", "rescue", "services", "office", "court",
    "ministry", "army", "forces", "defense", "defence", "government", "president", "minister",
    "prime", "general", "national", "guard", "united", "nations", "associated", "press",
    "reuters", "update", "breaking", "live", "photo", "video", "image", "getty", "images",
    "copyright", "mr", "mrs", "ms", "dr", "capt", "sgt", "lt", "det", "i", "we", "you",
    "according", "authorities", "officials", "investigators", "detectives", "it", "this",
    "investigator", "detective", "spokesman", "spokeswoman", "spokesperson", "coroner",
    "trooper", "agent", "sergeant", "lieutenant", "captain", "cpl", "cmdr",
    "sheriff's", "mayor", "governor", "judge", "attorney", "prosecutor", "examiner",
    "that", "there", "their", "his", "her", "after", "before", "when", "while", "if",
})
# A bare singular noun opening a headline is one person: "Man shot in leg", "Teen killed".
SINGULAR_PEOPLE = frozenset({
    "man", "woman", "boy", "girl", "teen", "teenager", "child", "toddler", "baby", "infant",
    "student", "officer", "soldier", "policeman", "trooper", "deputy", "cop", "father",
    "mother", "son", "daughter", "driver", "clerk", "worker", "civilian", "journalist",
    "victim", "suspect", "gunman", "youth", "juvenile", "resident", "pedestrian", "motorist",
    "bystander", "grandmother", "grandfather", "husband", "wife", "person", "hunter",
})
# Nouns that make a figure count things, not people: "two vehicles were hit".
NON_PERSON_NOUNS = frozenset({
    "vehicle", "vehicles", "car", "cars", "house", "houses", "home", "homes", "building",
    "buildings", "rocket", "rockets", "shell", "shells", "round", "rounds", "shots",
    "bullet", "bullets", "weapon", "weapons", "gun", "guns", "tank", "tanks", "drone",
    "drones", "aircraft", "plane", "planes", "helicopter", "helicopters", "position",
    "positions", "village", "villages", "animal", "animals", "dog", "dogs", "horse", "horses",
    "cattle", "sheep", "cows", "birds", "truck", "trucks", "window", "windows", "times",
    "points", "percent", "attacks", "attempts", "incidents", "shootings", "cases", "counts",
    "charges", "years", "months", "days", "weeks", "hours", "minutes", "miles", "feet",
    "schools", "hospitals", "targets", "apartments", "businesses", "stores", "bodies",
    "calls", "articles", "stories", "episodes", "photos", "videos",
})
# Words a victim noun phrase may not contain: a clause boundary or a verb we know.
NP_BREAKS = frozenset({
    ",", ";", ":", ".", "!", "?", "(", ")", "\"", "“", "”", "'", "‘", "and", "or", "but",
    "while", "when", "after", "before", "as", "if", "because", "since", "in", "on", "at",
    "inside", "outside", "behind", "across", "along", "under", "through", "toward",
    "towards", "around", "about", "near", "without", "against", "within", "throughout",
    "by", "for", "with", "from", "during", "into", "including", "amid", "than",
    "said", "says", "say", "told", "reported", "attempted", "began", "launched", "arrived",
    "remain", "remained", "remains", "was", "were", "is", "are", "have", "has", "had",
    "who", "that", "which", "whom", "to", "—", "–", "-", "all", "each",
})
# Partitives that make a figure part of one stated before: "one of them died".
SUBSET_OF = frozenset({"them", "the", "those", "these", "whom", "which", "us"})
SUBSET_INTRO = frozenset({"including", "among", "of"})
OTHERS_WORDS = frozenset({"other", "others", "another", "more", "additional", "further",
                          "second", "third"})
# "a father of three": the figure counts the person's children.
PARENT_NOUNS = frozenset({"father", "mother", "parent", "parents", "grandmother", "grandfather",
                          "grandparent", "grandparents", "dad", "mom", "mum", "grandma",
                          "grandpa", "stepfather", "stepmother"})
# Relatives: "the husband" and "the son" of one report are two people.
RELATIVE_NOUNS = frozenset({"husband", "wife", "son", "daughter", "mother", "father", "brother",
                            "sister", "grandmother", "grandfather", "grandson", "granddaughter",
                            "uncle", "aunt", "nephew", "niece", "cousin", "girlfriend",
                            "boyfriend", "stepson", "stepdaughter", "stepfather", "stepmother",
                            "fiance", "fiancee", "baby", "child", "toddler"})
# Pronouns for one person ("he died at the hospital"): a count of one.
ONE_PRONOUNS = frozenset({"he", "she", "him", "her"})
DETERMINERS_OF_ONE = frozenset({"the", "his", "her", "their", "its", "our", "my", "your"})
REFLEXIVES = frozenset({"himself", "herself", "themself", "self"})
# "three people suffered gunshot wounds": the verb, then (adjectives and) the wound noun.
SUFFER_VERBS = frozenset({"suffered", "suffer", "suffers", "suffering", "sustained", "sustain",
                          "sustains", "received", "receiving", "recovering", "recovers",
                          "recovered", "treated"})
WOUND_NOUNS = frozenset({"wound", "wounds", "injury", "injuries", "gunshot", "gunshots",
                         "graze"})  # "killed himself": one more dead

# --- claimants ---------------------------------------------------------------------
SPEECH_VERBS = frozenset({
    "said", "says", "say", "saying", "told", "tell", "tells", "reported", "reports", "report",
    "reporting", "announced", "announces", "announce", "announcing", "confirmed", "confirms",
    "confirm", "confirming", "stated", "states", "claimed", "claims", "claiming", "added",
    "adds", "accused", "accuses", "accusing", "alleged", "alleges", "published", "publishes",
    "released", "releases", "noted", "estimated", "estimates", "counted", "wrote", "writes",
    "tweeted", "posted", "declared", "acknowledged", "admitted", "insisted", "indicated",
    "revealed", "disclosed", "explained", "testified", "recalled", "updated", "identified",
})
# A speech verb after one of these is passive or a noun: "were reported", "the report".
NOT_SPEECH_AFTER = frozenset({"was", "were", "been", "be", "being", "is", "are", "the", "a",
                              "an", "no", "of", "initial"})
# ... and after these only when the verb is also a noun: "news reports", "police report",
# but "police said", "media reported" are attributions.
NOUN_BEFORE_SPEECH = frozenset({"news", "police", "media", "press", "official", "early"})
SPEECH_NOUNS = frozenset({"report", "reports", "claims", "estimates", "releases",
                          "states", "tells", "adds", "notes", "updates"})
# Between a claimant and its verb: "Pashinyan has said", "the army said earlier".
SPEECH_AUXILIARIES = frozenset({"has", "have", "had", "also", "later", "earlier", "previously",
                                "again", "reportedly", "officially", "publicly", "then",
                                "separately", "initially", "first", "now", "did", "does",
                                "do", "would", "will", "quickly", "repeatedly"})
TIME_WORDS = frozenset({
    "on", "late", "early", "last", "this", "next", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "night", "morning", "evening", "afternoon",
    "today", "yesterday", "tonight", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "jan", "feb", "aug",
    "sept", "oct", "nov", "dec", "in", "at", "a", "the", "week", "day", "earlier", "statement",
    "meanwhile", "however", "overall", "instead", "also", "then",
})
# Words that can head a claimant ("police said", "said the ministry").
CLAIMANT_NOUNS = frozenset({
    "police", "officials", "official", "authorities", "spokesman", "spokeswoman",
    "spokesperson", "ministry", "army", "military", "sheriff", "chief", "officer", "officers",
    "department", "coroner", "examiner", "witnesses", "witness", "hospital", "agency", "media",
    "government", "president", "minister", "commander", "source", "sources", "statement",
    "investigators", "detectives", "prosecutors", "prosecutor", "deputies", "office",
    "service", "services", "command", "forces", "he", "she", "they", "it", "we", "lieutenant",
    "sergeant", "captain", "mayor", "governor", "doctors", "authority", "ministers",
    "spokespeople", "representatives", "representative", "troopers", "patrol",
})
PRONOUN_CLAIMANTS = frozenset({"he", "she", "they", "it", "we", "i"})
# Clause boundaries when walking back from a speech verb to its subject.
CLAUSE_BREAKS = frozenset({",", ";", ":", "\"", "“", "”", "(", ")", "that", "while", "but",
                           "who", "which", "as", "because", "when", "after", "although",
                           "though", "whereas", "where", "—", "–", "and", "if", "since"})
BOTH_SIDES = re.compile(r"\bboth\s+sides\b|\beach\s+side\b|\bboth\s+countries\b", re.I)

# --- aggregates --------------------------------------------------------------------------
# Running totals and war totals: "bring the death toll to", "since the ceasefire".
AGGREGATE_CUES = re.compile(
    r"\b(?:bring|brings|brought|bringing|raise|raises|raised|raising|push|pushes|pushed|"
    r"pushing|take|takes|took|taking)\s+(?:the\s+)?(?:overall\s+|total\s+|official\s+)?"
    r"(?:death\s+|casualty\s+|fatality\s+)?(?:toll|total|tally|number)\b"
    r"|\b(?:overall|in\s+total|cumulative|altogether|so\s+far|to\s+date|year\s+to\s+date)\b"
    r"|\bsince\s+(?:the\s+|a\s+|last\s+|its\s+|their\s+)?(?:(?:start|beginning|outbreak|onset)\b"
    r"|(?:[\w-]+\s+){0,2}(?:cease-?fire|truce|war|conflict|offensive|invasion|hostilities|"
    r"escalation|fighting|uprising|insurgency|campaign|revolution|armistice)\b"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|19\d\d|20\d\d)\b|(?:early|late|mid-?)\s*(?:january|february|march|april|may|"
    r"june|july|august|september|october|november|december)\b)"
    r"|\bin\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:separate\s+)?"
    r"(?:shootings|incidents|attacks)\b"
    r"|\bin\s+(?:less|more|fewer)\s+than\s+(?:a|an|\w+)\s+(?:weeks?|months?|years?)\b"
    r"|\b(?:in|over|during)\s+the\s+(?:last|past|previous)\s+(?:\w+\s+)?(?:week|weeks|month|"
    r"months|year|years|days|decade)\b"
    r"|\b(?:this|last)\s+(?:year|summer|spring|winter|fall|autumn|month)\b"
    r"|\bfinal\s+(?:death\s+)?toll\b|\bwar\s+dead\b"
    # several incidents in one figure: "in separate shootings", "shootings across the city"
    r"|\b(?:separate|unrelated|different|multiple|several)\s+(?:shootings|incidents|attacks)\b"
    r"|\b(?:shootings|violence)\s+(?:across|around|throughout)\b|\bacross\s+the\s+city\b"
    r"|\bcitywide\b|\b(?:weekend|overnight|holiday)\s+(?:shootings|violence)\b"
    r"|\b(?:war|conflict|insurgency|fighting|violence)\s*,?\s+(?:which\s+)?(?:has\s+|had\s+)?"
    r"(?:claimed|killed|left|cost|took)\b"
    r"|\b(?:during|in|of|throughout)\s+the\s+(?:[\w-]+\s+){0,2}(?:war|conflict)\b",
    re.IGNORECASE,
)
# Statistics for a whole year: "there were 762 murders ... in 2016".
YEAR_STATISTICS = re.compile(
    r"\b(?:homicides|murders|killings|shootings|deaths|victims)\b[^.;]{0,60}?\b(?:in|during|for)\s+"
    r"(?:19|20)\d\d\b|\b(?:in|during)\s+(?:19|20)\d\d\s*,?\s+there\s+(?:were|have\s+been)\b",
    re.IGNORECASE)
# A line that labels a link to another story: "RELATED: ...", "READ MORE: ...", "LIVE: ...".
LINK_LABEL = re.compile(
    r"^\W*(?:RELATED(?:\s+ARTICLES?|\s+STORY|\s+STORIES|\s+CONTENT)?|READ\s+MORE|SEE\s+ALSO|MORE"
    r"|WATCH|LIVE|VIDEO|PHOTOS?|ALSO\s+READ|RECOMMENDED|TRENDING|POPULAR|UP\s+NEXT|NEXT)\b\s*[:\-–—|]?",
)
# A figure about another time than the report's: "in 2016, 200 died" (checked per sentence).
PAST_YEAR = re.compile(r"\b(?:in|since|during|of)\s+(?:early\s+|late\s+|mid-?)?((?:19|20)\d\d)\b", re.I)
# The article calls its incident a death: "the fatal shooting", "a shooting death", "the
# homicide". With no figure of dead, the one person it says was shot is the one who died.
FATAL_EVENT = re.compile(
    r"\b(?:fatal|deadly|lethal|fatally)\s+(?:[\w-]+\s+){0,2}?(?:shooting|stabbing|shot|wounded)\b"
    r"|\bshooting\s+deaths?\b|\bhomicide\b|\bslaying\b|\bmanslaughter\b"
    r"|(?<!attempted\s)(?<!attempted\sfirst-degree\s)(?<!attempted\ssecond-degree\s)\bmurder\b",
    re.IGNORECASE)
# A murder-suicide in the report: whoever "shot himself" there died (an accidental
# self-inflicted wound is not a suicide: "self-inflicted" alone says nothing of the fate).
SUICIDE = re.compile(r"\bmurders?[- ]suicides?\b"
                     r"|\b(?:took|taking)\s+(?:his|her|their)\s+own\s+li(?:fe|ves)\b", re.IGNORECASE)
# A headline saying that someone died ("Family mourns toddler killed by gunfire").
FATAL_TITLE = re.compile(r"\b(?:killed|dies|died|dead|slain|fatally)\b", re.IGNORECASE)
