"""Word lists and patterns that recognise page chrome and reader comments in plain text.

Kept apart from the logic in `chrome.py` (as trafilatura keeps its xpaths apart).
To extend: add a lower-case phrase to the right set, or a pattern to the right list.
"""

from __future__ import annotations

import re

# A line that is exactly one of these opens the reader-comment section: cut from there.
COMMENT_SECTION_HEADINGS = frozenset({
    "comments", "discussion policy", "leave a reply", "leave a comment", "add a comment",
    "post a comment", "join the conversation", "join the discussion", "reader comments",
    "readers' comments", "show comments", "view comments", "comment policy",
    "what do you think?", "have your say", "responses",
})
COMMENT_COUNT_HEADING = re.compile(r"^\d+\s+(comments?|responses?|replies)$", re.I)

# "  1. Astrid Kevorkian said:" / "• Lusintak said:" — a commenter's byline.
COMMENTER_LINE = re.compile(
    r"^\s*(?:\d{1,4}\.|[•*\-–])?\s*[^.!?\n]{1,60}?\s+(?:said|says|wrote|commented|replied)"
    r"(?:\s+on\s+[^:]{1,40})?\s*:\s*$",
    re.I,
)

# Photo captions and credits: never the article's own statements.
CAPTION_PREFIXES = (
    "file -", "file photo", "file:", "in this file photo", "in this photo",
    "in this image", "in this handout", "photo:", "image:", "pictured:", "image caption",
    "picture:", "caption:",
)
CAPTION_SUFFIX = re.compile(
    r"\((?:photo|image|picture)s?\s+(?:by|credit|courtesy)[^)]*\)\s*$|"
    r"\((?:AFP|AP|Reuters|EPA|Getty)(?:\s+Photo)?[^)]*\)\s*$",
    re.I,
)
PHOTO_CREDIT_LINES = frozenset({
    "getty images", "reuters", "afp", "epa", "ap", "ap photo", "afp via getty images",
    "anadolu agency", "shutterstock", "alamy", "pa media", "epa-efe",
})

# Markdown / HTML-to-text leftovers: a line that is only a link, or a list item of links.
LINK_ONLY_LINE = re.compile(r"^\s*(?:[-*•]\s*|\d{1,3}\.\s+)?(?:\*\*)?\[[^\]]*\]\([^)]*\)(?:\*\*)?\s*$")
LINK_ROW = re.compile(r"^\s*(?:\[[^\]]*\]\([^)]*\)\s*){2,}$")
BARE_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)

# Markers after which the rest of the page is other stories, not this one.
TAIL_MARKERS = frozenset({
    "related", "related stories", "related articles", "related content", "related topics",
    "more from the bbc", "more stories", "more on this story", "read more", "recommended",
    "most read", "top stories", "you may also like", "also in the news", "trending",
    "latest news", "more news", "from around the web", "sponsored content", "source",
    "sources",
})

# Sentence-final characters: a line ending in one of these is prose.
SENTENCE_END = ".!?\"”’'»)…"
# A line with no sentence end but this many words is still prose (a paragraph missing
# its full stop); shorter ones are headings, bylines, buttons, legends and link titles.
MIN_WORDS_UNPUNCTUATED_PROSE = 12

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# "15 September 2022", "Sept. 15, 2022", "Posted: 2022-09-15": kept for the date finder.
DATE_LINE = re.compile(
    rf"^\s*(?:(?:posted|published|updated|last updated|date)\s*:?\s*)?"
    rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:\d{{1,2}}\s+(?:{MONTHS})\.?,?\s+\d{{4}}|(?:{MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}})\b.{{0,40}}$",
    re.I,
)

# Cookie / consent walls and "enable JavaScript" interstitials: a paragraph holding two
# or more of these phrases is the site talking about itself, not news.
CONSENT_MARKERS = re.compile(
    r"\bcookies?\b|\bconsent\b|\bprivacy (?:policy|settings|preferences|notice|center|centre)\b|"
    r"\baccept all\b|\breject all\b|\bmanage (?:preferences|options|settings|cookies)\b|"
    r"\blegitimate interests?\b|\bpersonal data\b|\bon your device\b|\benable javascript\b|"
    r"\bpersonali[sz]ed? (?:content|ads|advertising)\b",
    re.I,
)
MIN_CONSENT_MARKERS = 2
