"""Current-events pages (the layout of seed 000 and of our own archive) read back as events.

A page looks like::

    ### [2014-08-2](/news/2014/08/2/index.md)

    # <summary: one to three sentences>

    <lead sentence>

    ### Source:

    1. [Reuters](http://...)

    ### Related:

    1. [<summary>](/news/2017/02/25/<slug>.md) _Context: Azerbaijan, Nagorno-Karabakh conflict_

`parse_portal_page` returns None for any text not in that layout, so it is safe to try
on every article. The summary and lead are the report; the Related list is context
(other events), never text of this event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

DATE_HEADING = re.compile(r"^###\s*\[(\d{4})-(\d{1,2})-(\d{1,2})\]\([^)]*\)\s*$", re.M)
SECTION = re.compile(r"^###\s*(Sources?|Related)\s*:?\s*$", re.M | re.I)
TITLE = re.compile(r"^#\s+(.+?)\s*$", re.M)
LINK_ITEM = re.compile(r"^\s*\d+\.\s*\[(?P<label>(?:\\.|[^\]])*)\]\((?P<url>[^)\s]*)\)(?P<rest>.*)$")
CONTEXT = re.compile(r"_Context:\s*(?P<tags>[^_]*)_")
PATH_DATE = re.compile(r"/news/(\d{4})/(\d{1,2})/(\d{1,2})/")


@dataclass
class PortalLink:
    label: str
    url: str
    context: list[str] = field(default_factory=list)
    date: date | None = None


@dataclass
class PortalPage:
    """One current-events entry: its day, summary, lead, sources and related events."""

    date: date
    summary: str
    lead: str = ""
    sources: list[PortalLink] = field(default_factory=list)
    related: list[PortalLink] = field(default_factory=list)

    @property
    def report_text(self) -> str:
        """What the page itself reports: summary and lead, without the related events."""
        return "\n".join(t for t in (self.summary, self.lead) if t)


def _date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _links(block: str) -> list[PortalLink]:
    links = []
    for line in block.split("\n"):
        match = LINK_ITEM.match(line)
        if not match:
            continue
        label = match.group("label").replace("\\[", "[").replace("\\]", "]").strip()
        context = CONTEXT.search(match.group("rest"))
        tags = [t.strip() for t in context.group("tags").split(",") if t.strip()] if context else []
        when = PATH_DATE.search(match.group("url"))
        links.append(PortalLink(label=label, url=match.group("url"), context=tags,
                                date=_date(*when.groups()) if when else None))
    return links


def parse_portal_page(text: str) -> PortalPage | None:
    """The page's parts, or None when `text` is not a current-events page."""
    heading = DATE_HEADING.search(text[:300])  # the date heading opens the page
    if not heading:
        return None
    sections = list(SECTION.finditer(text))
    if not sections:
        return None
    day = _date(*heading.groups())
    title = TITLE.search(text, heading.end())
    if day is None or title is None or title.start() > sections[0].start():
        return None
    lead_block = text[title.end():sections[0].start()]
    lead = " ".join(line.strip() for line in lead_block.split("\n") if line.strip())
    page = PortalPage(date=day, summary=title.group(1).strip(), lead=lead)
    for number, section in enumerate(sections):
        end = sections[number + 1].start() if number + 1 < len(sections) else len(text)
        links = _links(text[section.end():end])
        if section.group(1).lower().startswith("source"):
            page.sources += links
        else:
            page.related += links
    return page
