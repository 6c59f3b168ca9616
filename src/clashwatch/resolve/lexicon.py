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
})

# a word: letters with inner apostrophes or hyphens; numbers of 4 digits (years) are kept
TOKEN = re.compile(r"[^\W\d_][\w'\-]*[^\W_]|[^\W\d_]|\b\d{4}\b")
# a year an article talks about (1900-2039): the time of an undated report
YEAR = re.compile(r"\b(19\d\d|20[0-3]\d)\b")
# sentence ends, for finding the word after one (a capital there is no name)
SENTENCE_END = re.compile(r"[.!?:;\"\u201d]\s*$")
