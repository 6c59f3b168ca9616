"""Word lists and patterns for grouping, summaries and related events (data, not logic)."""

from __future__ import annotations

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

# words that carry no topic: the standard English stop list, plus reporting verbs and
# news-page words that every article of any event uses
STOP_WORDS: frozenset[str] = frozenset(ENGLISH_STOP_WORDS) | frozenset({
    "said", "says", "say", "told", "according", "reported", "reports", "report", "news",
    "also", "just", "like", "year", "years", "day", "days", "time", "people", "new",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mr", "mrs", "ms", "dr", "st", "don", "didn", "doesn", "isn", "wasn", "won", "ve", "ll",
})

# capitalised words that start sentences or headlines without naming anything
NOT_NAMES: frozenset[str] = frozenset({
    "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "our", "its",
    "police", "officials", "authorities", "update", "updated", "photo", "video", "image",
    "read", "more", "click", "share", "posted", "published", "copyright", "advertisement",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "today", "yesterday", "tonight",
})

# a word: letters with inner apostrophes or hyphens; numbers of 4 digits (years) are kept
TOKEN = re.compile(r"[^\W\d_][\w'\-]*[^\W_]|[^\W\d_]|\b\d{4}\b")
# a year an article talks about (1900-2039): the time of an undated report
YEAR = re.compile(r"\b(19\d\d|20[0-3]\d)\b")
# where one sentence ends and the next begins (a capital after it is no name)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"\u201c(]?[A-Z])")

# Summaries in the portal's present tense: past auxiliaries before a participle become
# present ("were killed" -> "are killed"); reported speech keeps its own verbs
PRESENT_TENSE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:have|had) been\b", re.I), "are"),
    (re.compile(r"\b(?:has) been\b", re.I), "is"),
    (re.compile(r"\bwere\b(?=\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ung|ot)\b)", re.I), "are"),
    (re.compile(r"\bwas\b(?=\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ung|ot)\b)", re.I), "is"),
)
# words that mark a sentence as reporting an incident (preferred as a summary's lead)
INCIDENT_WORDS = re.compile(
    r"\b(kill\w*|dead|die[ds]?|wound\w*|injur\w*|shot|shoot\w*|attack\w*|clash\w*|fight\w*|"
    r"shell\w*|strike[s]?|struck|bomb\w*|explo\w*|fire[ds]?|arrest\w*|casualt\w*)\b", re.I)
# lines that are page furniture, not prose
NOT_PROSE = re.compile(r"https?://|www\.|\|| \u00b7 |^\W*$|@\w+|^(?:by|photo|image|file)\b", re.I)
VICTIM_NOUNS = {"military": "soldiers", "civilian": "civilians", "mixed": "people",
                "unknown": "people"}
STATUS_WORDS = {"killed": "killed", "wounded": "wounded", "missing": "missing",
                "captured": "captured"}

# a name as written: capitalised words, joined by "of", "the", "al-"... ("Gulf of Aden")
NAME_RUN = re.compile(r"\b[A-Z][\w'\-]*[a-z][\w'\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'\-]*[a-z][\w'\-]*)*")
