"""Words for figures: number words, qualifiers, vague quantities and what is not a figure.

Data only; the parser is `numbers.py`. To add a word, put it in the right table: the
parser reads these tables and nothing else. All keys are lower case, multi-word keys
are tuples of tokens.
"""

from __future__ import annotations

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# multipliers after a number ("two hundred", "1.5 million") or after "a" ("a hundred")
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
# fixed quantities spelled as phrases
FIXED: dict[tuple[str, ...], int] = {
    ("a", "dozen"): 12, ("one", "dozen"): 12, ("half", "a", "dozen"): 6, ("dozen",): 12,
    ("a", "couple", "of"): 2, ("a", "pair", "of"): 2, ("both",): 2, ("a", "score", "of"): 20,
}

# Qualifier phrases before a figure -> qualifier code (see model.QUALIFIERS).
QUALIFIER_PHRASES: dict[tuple[str, ...], str] = {
    ("at", "least"): "at_least", ("no", "fewer", "than"): "at_least",
    ("no", "less", "than"): "at_least", ("a", "minimum", "of"): "at_least",
    ("not", "less", "than"): "at_least", ("not", "fewer", "than"): "at_least",
    ("more", "than"): "more_than", ("over",): "more_than", ("upwards", "of"): "more_than",
    ("in", "excess", "of"): "more_than", ("just", "over"): "more_than",
    ("well", "over"): "more_than", ("above",): "more_than",
    ("about",): "about", ("around",): "about", ("approximately",): "about",
    ("roughly",): "about", ("some",): "about", ("an", "estimated"): "about",
    ("estimated",): "about", ("nearly",): "about", ("almost",): "about",
    ("close", "to"): "about", ("just", "under"): "about", ("an", "approximate"): "about",
    ("up", "to"): "at_most", ("as", "many", "as"): "at_most", ("at", "most"): "at_most",
    ("no", "more", "than"): "at_most", ("not", "more", "than"): "at_most",
    ("a", "maximum", "of"): "at_most",
    ("fewer", "than"): "fewer_than", ("less", "than"): "fewer_than",
    ("under",): "fewer_than",
    # exact, but the phrase must not be read as a separate word
    ("a", "total", "of"): "exact", ("another",): "exact", ("a", "further"): "exact",
    ("an", "additional"): "exact", ("all",): "exact",
}
# Qualifiers that make the stated figure a bound from above (the figure is near, not over).
NEAR_BELOW = frozenset({"nearly", "almost", "just under", "close to"})

# Vague quantities: no count, maybe a lower / upper bound (count_min, count_max).
VAGUE: dict[tuple[str, ...], tuple[int | None, int | None]] = {
    ("several",): (2, None), ("a", "few"): (2, None), ("a", "number", "of"): (None, None),
    ("a", "handful", "of"): (2, None), ("many",): (2, None), ("numerous",): (2, None),
    ("multiple",): (2, None), ("dozens", "of"): (24, None), ("dozens",): (24, None),
    ("scores", "of"): (40, None), ("scores",): (40, None), ("hundreds", "of"): (200, None),
    ("hundreds",): (200, None), ("thousands", "of"): (2_000, None),
    ("thousands",): (2_000, None), ("tens", "of", "thousands", "of"): (20_000, None),
    ("some",): (None, None), ("unknown", "number", "of"): (None, None),
    ("an", "unknown", "number", "of"): (None, None), ("an", "unspecified", "number", "of"): (None, None),
}

# Negations that state zero: "no one was killed", "nobody was hurt", "no casualties".
NEGATIONS: frozenset[tuple[str, ...]] = frozenset({
    ("no", "one", "else"), ("nobody", "else"), ("no", "one"), ("nobody",), ("none",),
    ("no", "other"), ("no",), ("not", "a", "single"), ("zero",), ("noone",),
})

# Words for one person, read as a figure only before a victim noun ("a soldier was killed").
ONE_WORDS = frozenset({"a", "an", "another", "one"})
ORDINAL_ONE = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                         "ninth", "tenth"})

RANGE_JOINERS = frozenset({"to", "or", "-", "–", "and"})

# What follows a number and makes it something other than a head count.
NOT_COUNT_AFTER = frozenset({
    "percent", "per", "%", "sq", "square", "km", "kilometers", "kilometres", "miles", "mile",
    "meters", "metres", "m", "feet", "ft", "foot", "inches", "yards", "acres", "hectares",
    "mm", "millimeter", "millimetre", "caliber", "calibre", "cal", "gauge", "a.m", "p.m", "am",
    "pm", "gmt", "utc", "o'clock", "hours", "hour", "minutes", "minute", "seconds", "days",
    "day", "weeks", "week", "months", "month", "years", "year", "decades", "times",
    "dollars", "euros", "pounds", "rubles", "roubles", "manat", "dram", "cents", "kg", "tons",
    "tonnes", "shots", "rounds", "bullets", "shells", "rockets", "missiles", "mph", "degrees",
    "point", "points", "block", "th", "st", "nd", "rd", "-", ":", "/", "year-old", "years-old",
    "month-old", "months-old", "yr", "yrs", "y", "yo", "y.o",
    # "the 911 caller", "a 911 call": a telephone number
    "call", "calls", "caller", "caller's", "callers", "dispatcher", "dispatchers", "operator",
    "operators",
})
NOT_COUNT_BEFORE = frozenset({"$", "£", "€", "no.", "number", "route", "highway", "interstate",
                              "page", "chapter", "section", "article", "i-", "us", "age", "aged",
                              "ages", "channel", "flight", "apartment", "suite", "room", "unit",
                              "/", ":", "#",
                              # "the March 4 shooting": a date
                              "january", "february", "march", "april", "may", "june", "july",
                              "august", "september", "october", "november", "december", "jan",
                              "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                              "nov", "dec"})
# "Image 2 of 9", "Slide 3 of 12": numbers of a gallery, before "N of".
GALLERY_WORDS = frozenset({"image", "photo", "picture", "slide", "page", "video", "part",
                           "photos", "images", "gallery"})
