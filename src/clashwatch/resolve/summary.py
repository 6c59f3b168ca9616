"""A one- or two-sentence summary in the style of the Current Events Portal, from facts only.

1. A current-events page among the reports already has an editor's summary: use it.
2. Else the lead: from the earliest report, the first sentence of prose that reports
   the incident (a casualty claim, or an incident word: killed, shelling, shot...);
   else its first sentence of prose. Past auxiliaries before a participle are turned
   to the portal's present tense ("were killed" -> "are killed"); nothing else is
   rewritten, so every word comes from a report.
3. Figures: when the lead gives none of the current figures, one sentence adds the
   current incident claims of named claimants ("Armenia's defence ministry says 105 of its
   soldiers are killed."), built from the claims' own fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from clashwatch.ingest.portal import page_of
from clashwatch.model import Article, Event
from clashwatch.resolve.lexicon import (
    INCIDENT_WORDS,
    NOT_PROSE,
    PRESENT_TENSE,
    STATUS_WORDS,
    VICTIM_NOUNS,
)

MIN_WORDS = 8  # shorter lines are headings, bylines, captions
MAX_WORDS = 60  # a portal summary is 10-45 words; longer sentences are cut at a clause
LEAD_SENTENCES = 6  # where a news report states its event
MAX_FIGURES = 2


def present_tense(sentence: str) -> str:
    for pattern, replacement in PRESENT_TENSE:
        sentence = pattern.sub(_replacer(replacement), sentence)
    return sentence


def _replacer(replacement: str) -> Callable[[re.Match[str]], str]:
    return lambda match: _same_case(match.group(), replacement)


def _same_case(original: str, replacement: str) -> str:
    return replacement.capitalize() if original[:1].isupper() else replacement


def _sentences(article: Article) -> list[str]:
    spans = article.sentences
    if not spans:
        from clashwatch.extract.sentences import split_sentences

        spans = split_sentences(article.text)
    title = (article.title or "").strip()
    found = []
    for span in spans:
        text = " ".join(article.text[span.start:span.end].split())
        if text == title or len(text.split()) < MIN_WORDS or NOT_PROSE.search(text):
            continue
        found.append(text)
    return found


def lead_sentence(article: Article) -> str:
    """The sentence of a report that best states its incident."""
    sentences = _sentences(article)[:LEAD_SENTENCES]
    if not sentences:
        return ""
    quotes = {" ".join(c.quote.split()) for c in article.claims}
    chosen = next((s for s in sentences if s in quotes), None)
    chosen = chosen or next((s for s in sentences if INCIDENT_WORDS.search(s)), sentences[0])
    return _shorten(chosen)


def _shorten(sentence: str) -> str:
    words = sentence.split()
    if len(words) <= MAX_WORDS:
        return sentence
    cut = " ".join(words[:MAX_WORDS])
    for mark in (";", ",", " and "):
        head = cut.rsplit(mark, 1)[0]
        if len(head.split()) >= MIN_WORDS:
            return head.rstrip(" ,;") + "."
    return cut + "."


def figures_sentence(event: Event, lead: str) -> str:
    """Current claims with their claimants, when the lead does not give them."""
    parts = []
    for side, entry in sorted(event.by_side.items()):
        for claim in entry.get("claims", []):
            # a figure the report states without a source, or a running total of a
            # longer period, is no key figure of this event
            if claim.get("count") is None or not claim.get("claimant") \
                    or claim.get("claimant_named") is False or claim.get("aggregate"):
                continue
            if str(claim["count"]) in lead or claim.get("status") not in STATUS_WORDS:
                continue
            parts.append(_claim_words(side, claim))
    parts = list(dict.fromkeys(parts))[:MAX_FIGURES]
    if not parts:
        return ""
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def _claim_words(side: str, claim: dict[str, Any]) -> str:
    noun = VICTIM_NOUNS.get(claim.get("victim") or "unknown", "people")
    whose = ("of its " if claim.get("label") == "own losses"
             else f"{side} " if claim.get("label") == "enemy losses" else "")
    verb = "is" if claim["count"] == 1 else "are"
    if claim["count"] == 1:
        noun = noun.rstrip("s") if noun != "people" else "person"
    return (f"{claim['claimant']} says {claim.get('figure') or claim['count']} {whose}{noun} "
            f"{verb} {STATUS_WORDS[claim['status']]}")


def summarize(event: Event, articles: Sequence[Article]) -> str:
    """The event's summary, from its reports and reconciled claims."""
    for article in articles:
        page = page_of(article)
        if page:
            return page.summary
    lead = ""
    for article in articles:  # the earliest report with prose
        lead = lead_sentence(article)
        if lead:
            break
    if not lead:
        first = articles[0] if articles else None
        lead = ((first.title or first.text.split("\n", 1)[0]) if first else "").strip()
        lead = lead.lstrip("#").strip()
    lead = present_tense(lead)
    if lead and not lead.endswith((".", "!", "?", "\u2026", '"', "\u201d")):
        lead += "."
    extra = figures_sentence(event, lead)
    return f"{lead} {extra}".strip() if extra else lead
