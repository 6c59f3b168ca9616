"""The Markdown archive in the layout of a Current Events Portal page (seed 000).

``news/YYYY/M/D/<slug>.md``::

    ### [YYYY-MM-D](/news/YYYY/MM/D/index.md)

    # <summary>

    <lead: the first sentence of the lead report>

    ### Source:

    1. [<publisher or title>](<url>)

    ### Related:

    1. [<summary>](/news/.../<slug>.md) _Context: a, b, c_
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from clashwatch.ingest.portal import page_of
from clashwatch.model import Article, Event
from clashwatch.resolve.summary import lead_sentence, present_tense

SLUG_MAX = 140


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:SLUG_MAX].rstrip("-") or "event"


def event_path(event: Event) -> str:
    """Archive path of an event, relative to the archive root."""
    day = event.date_start
    folder = f"news/{day.year}/{day.month}/{day.day}" if day else "news/undated"
    return f"{folder}/{slugify(event.summary)}.md"


def _lead(articles: Sequence[Article], summary: str = "") -> str:
    """The page's lead: a portal page's own lead, else the first report's first sentence
    of prose that the summary does not already say."""
    for article in articles:
        page = page_of(article)
        if page and page.lead:
            return page.lead
    for article in articles:
        lead = lead_sentence(article)
        if lead and present_tense(lead).rstrip(".") not in summary:
            return lead
    for article in articles:
        for sent in article.sentences or []:
            candidate = article.text[sent.start:sent.end].strip()
            if candidate != (article.title or "").strip() and len(candidate.split()) >= 8:
                return candidate
        body = [line for line in article.text.split("\n") if len(line.split()) >= 8]
        if body:
            return body[0].strip().lstrip("#").strip()
    return ""


def render_event(event: Event, articles: Sequence[Article]) -> str:
    lines: list[str] = []
    if event.date_start:
        d = event.date_start
        lines += [f"### [{d.year}-{d.month:02d}-{d.day}](/news/{d.year}/{d.month:02d}/{d.day}/index.md)", ""]
    lines += [f"# {event.summary} ", "", _lead(articles, event.summary), "", "", "### Source:", ""]
    for article in articles:
        page = page_of(article)
        if page and page.sources:
            lines += [f"1. [{_escape(link.label)}]({link.url})" for link in page.sources]
            continue
        label = article.publisher or article.title or article.id
        lines.append(f"1. [{_escape(label)}]({article.url or '#' + article.id})")
    if event.related:
        lines += ["", "### Related:", ""]
        for number, rel in enumerate(event.related, start=1):
            context = ", ".join(rel.get("context", []))
            lines.append(f"{number}. [{_escape(rel.get('summary', ''))} ](/{rel.get('path', '')}) "
                         f"_Context: {context}_")
    return "\n".join(lines) + "\n"


def _escape(text: str) -> str:
    return text.replace("[", "\\[").replace("]", "\\]")


def write_archive(root: Path, events: Iterable[Event], members: dict[str, list[Article]]) -> int:
    """Write one Markdown page per event under `root/news/`; returns how many."""
    events = list(events)
    paths = {e.event_id: event_path(e) for e in events}
    count = 0
    for event in events:
        for rel in event.related:
            if rel.get("event_id") in paths:  # imported links keep the page they came with
                rel["path"] = paths[rel["event_id"]]
        target = root / paths[event.event_id]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_event(event, members[event.event_id]), encoding="utf-8")
        count += 1
    return count
