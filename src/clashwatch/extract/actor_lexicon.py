"""Words for actors outside any conflict profile: country names and demonyms.

Country names come from pycountry (names, common and official names); demonyms are
listed here, since no installed package carries them. Add a demonym when news of a
conflict keeps naming a side by its people ("Sudanese troops").
"""

from __future__ import annotations

# demonyms and adjectives -> ISO 3166 alpha-3
DEMONYMS = {
    "afghan": "AFG", "albanian": "ALB", "algerian": "DZA", "american": "USA",
    "angolan": "AGO", "argentine": "ARG", "armenian": "ARM", "australian": "AUS",
    "austrian": "AUT", "azerbaijani": "AZE", "azeri": "AZE", "bahraini": "BHR",
    "bangladeshi": "BGD", "belarusian": "BLR", "belgian": "BEL", "bosnian": "BIH",
    "brazilian": "BRA", "british": "GBR", "bulgarian": "BGR", "burkinabe": "BFA",
    "burmese": "MMR", "burundian": "BDI", "cameroonian": "CMR", "canadian": "CAN",
    "chadian": "TCD", "chilean": "CHL", "chinese": "CHN", "colombian": "COL",
    "congolese": "COD", "croatian": "HRV", "cuban": "CUB", "cypriot": "CYP",
    "czech": "CZE", "danish": "DNK", "dutch": "NLD", "egyptian": "EGY", "emirati": "ARE",
    "eritrean": "ERI", "estonian": "EST", "ethiopian": "ETH", "finnish": "FIN",
    "french": "FRA", "georgian": "GEO", "german": "DEU", "ghanaian": "GHA", "greek": "GRC",
    "haitian": "HTI", "hungarian": "HUN", "indian": "IND", "indonesian": "IDN",
    "iranian": "IRN", "iraqi": "IRQ", "irish": "IRL", "israeli": "ISR", "italian": "ITA",
    "japanese": "JPN", "jordanian": "JOR", "kazakh": "KAZ", "kenyan": "KEN",
    "kosovar": "XKX", "kuwaiti": "KWT", "kyrgyz": "KGZ", "latvian": "LVA",
    "lebanese": "LBN", "libyan": "LBY", "lithuanian": "LTU", "malian": "MLI",
    "mexican": "MEX", "moldovan": "MDA", "mongolian": "MNG", "moroccan": "MAR",
    "mozambican": "MOZ", "nepali": "NPL", "nigerian": "NGA", "nigerien": "NER",
    "north korean": "PRK", "norwegian": "NOR", "omani": "OMN", "pakistani": "PAK",
    "palestinian": "PSE", "filipino": "PHL", "polish": "POL", "portuguese": "PRT",
    "qatari": "QAT", "romanian": "ROU", "russian": "RUS", "rwandan": "RWA",
    "saudi": "SAU", "senegalese": "SEN", "serbian": "SRB", "slovak": "SVK",
    "somali": "SOM", "south african": "ZAF", "south korean": "KOR",
    "south sudanese": "SSD", "spanish": "ESP", "sudanese": "SDN", "swedish": "SWE",
    "swiss": "CHE", "syrian": "SYR", "taiwanese": "TWN", "tajik": "TJK",
    "thai": "THA", "tunisian": "TUN", "turkish": "TUR", "turkmen": "TKM",
    "ugandan": "UGA", "ukrainian": "UKR", "uzbek": "UZB", "venezuelan": "VEN",
    "vietnamese": "VNM", "yemeni": "YEM", "zimbabwean": "ZWE",
}

# a word right before a country name that makes it a place, not an actor ("in Syria")
PLACE_BEFORE = frozenset("in at to from near into across inside throughout within via "
                         "toward towards between of visit visited".split())
# a word right after a demonym that makes it a language or a cuisine, not an actor
NOT_ACTOR_AFTER = frozenset("language food cuisine restaurant music film".split())

# the names news use for countries whose ISO names are long or new
SHORT_NAMES = {
    "RUS": "Russia", "TUR": "Turkey", "IRN": "Iran", "SYR": "Syria", "KOR": "South Korea",
    "PRK": "North Korea", "VNM": "Vietnam", "VEN": "Venezuela", "TZA": "Tanzania",
    "MDA": "Moldova", "LAO": "Laos", "COD": "DR Congo", "COG": "Congo", "BOL": "Bolivia",
    "GBR": "United Kingdom", "USA": "United States", "PSE": "Palestine", "TWN": "Taiwan",
    "FSM": "Micronesia", "BRN": "Brunei", "CZE": "Czech Republic",
}
# other names of countries in English news
OTHER_NAMES = {
    "turkey": "TUR", "britain": "GBR", "great britain": "GBR", "america": "USA",
    "burma": "MMR", "ivory coast": "CIV", "democratic republic of congo": "COD",
    "north korea": "PRK", "south korea": "KOR", "czechia": "CZE", "holland": "NLD",
}

# the last word of an organisation's name ("Chicago Police Department", "Syrian
# Democratic Forces"); its kind: an armed group, an institution of a state, or another body
ORGANISATION_HEADS = {
    **dict.fromkeys("army forces brigade brigades battalion battalions regiment militia "
                    "militias corps guard guards front rebels insurgents".split(), "armed_group"),
    **dict.fromkeys("department ministry office bureau agency service services command "
                    "authority authorities patrol police commission administration "
                    "directorate court prosecutor's".split(), "institution"),
    **dict.fromkeys("party movement committee council union coalition alliance group "
                    "organization organisation network association federation "
                    "foundation".split(), "organisation"),
}
# words that may join the words of one organisation's name ("Bureau of Alcohol, Tobacco,
# Firearms and Explosives", "Ministry of Defence")
ORGANISATION_CONNECTORS = frozenset("of for and the de".split())
# an organisation of one word, known by its initials
ORGANISATION_ACRONYMS = frozenset(
    "FBI ATF DEA NATO OSCE ICRC UNHCR UNICEF UNIFIL MONUSCO MINUSMA AMISOM IAEA".split())
# words of many organisations' names: a name of only these and a head is no one body's
# ("the Sheriff's Office", "State Police")
ORGANISATION_GENERIC = frozenset("""
sheriff sheriff's sheriff’s county city state district attorney attorney's attorney’s
fire national federal local metro metropolitan public general defence defense security
interior foreign justice health emergency special armed military naval air
""".split())
# capitalised words that open a sentence or a title and are no part of a name
ORGANISATION_NOT_LEADING = frozenset("The A An This That In On At By For From With "
                                     "After Before When While Local State Federal".split())
