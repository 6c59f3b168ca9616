"""Words around toponyms: what makes a capitalised word a place, and how precise it is.

Add to these lists when a kind of phrase keeps producing false places; keep them about
the language, never about one article.
"""

from __future__ import annotations

# AP-style state abbreviations ("Elgin, Ill."), written with their full stops.
US_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Cal.": "California", "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware",
    "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana",
    "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana",
    "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska",
    "Nebr.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "Penn.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina",
    "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas", "Va.": "Virginia",
    "Vt.": "Vermont", "Wash.": "Washington", "Wis.": "Wisconsin", "Wisc.": "Wisconsin",
    "W.Va.": "West Virginia", "W. Va.": "West Virginia", "Wyo.": "Wyoming",
    "D.C.": "District of Columbia",
}
US_POSTAL_CODES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming", "DC": "District of Columbia",
}

# Capitalised words that name places somewhere but, standing alone in English news, are
# almost always something else (a title, a weekday, a first word of a sentence).
NOT_PLACES = frozenset("""
ne nw se sw
a an the and or but of in on at to for from by with as is was are were be been it its he she
they we you i this that these those there here his her their our my your who what when where
why how which all any some many most more much few several both each every other another no
not only also just even still yet so then than now today tonight tomorrow yesterday
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december jan feb mar apr jun jul aug sep sept oct
nov dec police officer officers sheriff deputy deputies chief mayor governor president prime
minister ministry defense defence army forces troops soldiers general colonel captain
sergeant judge court jury state city county town village district region province street
avenue road north south east west central northern southern eastern western man woman men
women boy girl baby child children family friends home house church school hospital center
centre union liberty independence victory hope unity justice peace freedom god lord christ
news press media times post star tribune journal herald report reporter photo video image
getty reuters associated ap afp file share save read more comments comment reply login
early late last next first second third new old big little good best great high low long
speaking according however meanwhile earlier later after before during since while until
live watch update updates breaking story stories related says said told added page home
mr mrs ms dr st saint mount fort lake river valley beach park island islands bay gulf sea
christmas easter thanksgiving halloween university college date bar grill cafe pub
northeast northwest southeast southwest downtown midtown uptown side
metro male female arrest lil eastside westside
amish mennonite hispanic latino asian muslim jewish baptist
""".split())

# a word right after a name that makes it a street, a building or an institution
# shops and restaurants known by a possessive that is also a town's name ("outside a
# McDonald's", "at Macy's")
CHAIN_POSSESSIVES = frozenset("""
mcdonald macy kohl lowe denny dillard applebee wendy arby hardee popeye walgreen
""".split())
NON_PLACE_SUFFIXES = frozenset("""
street st avenue ave road rd boulevard blvd drive dr lane ln way court ct place pl parkway
pkwy highway hwy circle cir terrace trail square plaza expressway freeway turnpike pike
elementary middle high school university college academy hospital clinic church mosque
mall airport station stadium arena hotel motel apartments bar restaurant club
""".split())
# the institutions among them that are often named after a person ("Riley Hospital"): the
# name alone then stands for the institution too ("a source at Riley")
INSTITUTION_WORDS = frozenset("college university hospital academy clinic".split())
# a capitalised word right after a name that makes it a newspaper, broadcaster or team
# ("Washington Post", "Kansas City Star"), even for the name of a state or country
MEDIA_SUFFIXES = frozenset("""
post times tribune herald journal star gazette examiner chronicle sun daily register
dispatch courier observer inquirer bee globe telegraph record bulletin press review
sentinel democrat republican enquirer leader ledger mercury news patch
""".split())
# what a publisher's host name adds to its city's or state's name ("denverpost",
# "nbcmiami", "clickondetroit", "erienewsnow"), see `place_url`
PUBLISHER_WORDS = MEDIA_SUFFIXES | frozenset("""
nbc abc cbs fox my click on online live now tv radio blade local today weekly the paper
""".split())
# a verb right after a one-word name that makes it a person ("Jackson said")
PERSON_VERBS_AFTER = frozenset("""
said says told added explained testified stated recalled wrote asked replied
""".split())
# capitalised in every sentence, so no sign of a headline written in title case
CALENDAR_WORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december
""".split())
# street words that make the name before them a street even in lower case ("37th and
# Nash streets")
STREET_WORDS = frozenset("street streets avenue avenues road roads boulevard blvd drive "
                         "lane ln parkway pkwy ave".split())
# street words that are streets in lower case too ("Bourbon street"; not "road rage")
STREET_WORDS_ANY_CASE = frozenset("street streets avenue avenues boulevard blvd ave".split())
# words after a name that keep it a place (or tell what kind of place)
PLACE_SUFFIXES = frozenset("""
county parish township city town village region district province rayon oblast governorate
area police sheriff fire department dept neighborhood neighbourhood borough municipality
""".split())
# a person word right after a name that makes it a place: "a Hampton boy", "Macon man
# indicted", "Frankfort Teen Shot" (where the person lives, not who they are)
RESIDENT_NOUNS = frozenset("""
man men woman women boy boys girl girls teen teens teenager teenagers toddler child children
kid kids baby infant mother mom father dad son daughter brother brothers sister couple
family resident residents native student students officer officers deputy deputies
homeowner shooting shootings
""".split())
PLACE_AFTER = PLACE_SUFFIXES | RESIDENT_NOUNS
# a person's, after a possessive: "Eli's father", "Young's aunt", "Holden's death" (a
# town's father or death is rare; "a Hampton father" stays the town's resident)
PERSON_POSSESSIONS = frozenset("""
father mother dad mom son sons daughter daughters brother brothers sister sisters aunt uncle
cousin grandmother grandfather grandma grandpa wife husband girlfriend boyfriend fiance
fiancee family friend friends parents relatives attorney lawyer death funeral body killer
killers arrest arraignment sentencing trial condition injuries wounds life
gun guns rifle pistol handgun shotgun weapon child children baby kids
""".split())
# words after a county's name that make it an agency ("Gaston County Police", "the York
# County Coroner's Office", "a Berkeley County deputy"): the force that answered, which
# covers the county, not where in it the incident was
AGENCY_AFTER = frozenset("""
sheriff sheriffs police coroner coroners deputy deputies prosecutor prosecutors attorney
attorneys commissioner commissioners jail detention court courts courthouse dispatch
dispatchers officials authorities schools school emergency ems medical examiner fire
rescue detectives investigators officers officer
""".split())
DISTRICT_SUFFIXES = frozenset("region district province rayon oblast governorate county "
                              "parish area municipality borough".split())
NEIGHBORHOOD_SUFFIXES = frozenset("neighborhood neighbourhood neighborhoods".split())
# a word right before a name that makes it a place
LOCATIVE_BEFORE = frozenset("in at near from to outside into towards toward around across "
                            "of via between".split())
# a word right before a name that makes it a part of a place ("southwest Macon")
# first words of two-word town names ("New Paris", "Glen Flora", "Fort Mill")
TOWN_NAME_HEADS = frozenset("new north south east west fort ft mount mt saint st lake glen "
                            "port point little big upper lower old cape grand san santa "
                            "el la le".split())
AREA_BEFORE = frozenset("north south east west northeast northwest southeast southwest "
                        "northern southern eastern western downtown suburban central "
                        "rural ne nw se sw".split())
# "near X", "outside X", "north of X": a place close to the one named (UCDP where_prec 2)
NEAR_BEFORE = ("near", "outside", "outskirts of", "north of", "south of", "east of",
               "west of", "northeast of", "northwest of", "southeast of", "southwest of",
               "close to", "vicinity of", "miles from", "km from", "kilometres from",
               "kilometers from", "just outside")
# lower-case words allowed inside a multi-word name ("Stratford-upon-Avon", "Rio de Janeiro")
NAME_CONNECTORS = frozenset("of de la le du del des da do dos das el al upon on sur am an "
                            "the y and".split())

# Demonyms and adjectives that say which country an article is about.
# institutions only one country's news names: a report about a sheriff's deputies is
# set in the USA even when it names no US place ("St. Louis" is then no Senegalese
# region); each cue is one vote for its country, at most COUNTRY_CUE_VOTES per article
COUNTRY_CUES = {
    "USA": ("sheriff", "sheriff's", "sheriff’s", "police department", "district attorney",
            "state trooper", "state troopers", "highway patrol", "FBI", "ATF",
            # the courts' and the police's own words
            "block of", "felony", "misdemeanor", "aggravated assault", "arraigned",
            "medical examiner", "grand jury", "capital murder", "county jail"),
    "GBR": ("constabulary", "Scotland Yard", "Metropolitan Police",
            "Crown Prosecution Service"),
    "CAN": ("RCMP", "Mounties"),
}
COUNTRY_CUE_VOTES = 2
DEMONYMS = {
    "american": "USA", "americans": "USA", "armenian": "ARM", "armenians": "ARM",
    "azerbaijani": "AZE", "azerbaijanis": "AZE", "azeri": "AZE", "azeris": "AZE",
    "russian": "RUS", "russians": "RUS", "ukrainian": "UKR", "ukrainians": "UKR",
    "turkish": "TUR", "iranian": "IRN", "iraqi": "IRQ", "syrian": "SYR", "israeli": "ISR",
    "palestinian": "PSE", "lebanese": "LBN", "afghan": "AFG", "pakistani": "PAK",
    "indian": "IND", "chinese": "CHN", "georgian": "GEO", "yemeni": "YEM", "saudi": "SAU",
    "egyptian": "EGY", "libyan": "LBY", "sudanese": "SDN", "somali": "SOM",
    "ethiopian": "ETH", "nigerian": "NGA", "malian": "MLI", "congolese": "COD",
    "british": "GBR", "french": "FRA", "german": "DEU", "mexican": "MEX",
    "colombian": "COL", "kurdish": "IRQ",
}

# words of a sentence about the incident itself (its place is the event's place), as
# opposed to where a victim was taken, lived or went to school
INCIDENT_WORDS = (r"\b(?:shot|shoot(?:ing|ings|s)?|gunfire|gunman|gunmen|fired|killed|"
                  r"wounded|injured|stabbed|shell(?:ed|ing)|attack(?:ed|s)?|clash(?:ed|es)?|"
                  r"bomb(?:ed|ing)?|explosion|struck|strike|fighting|happened|occurred|"
                  r"took place|incident|scene)\b")
