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
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from clashwatch.model import Article, iso, parse_iso

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
        return "\n\n".join(t for t in (self.summary, self.lead) if t)

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["date"] = iso(self.date)
        for link in d["sources"] + d["related"]:
            link["date"] = iso(link["date"])
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PortalPage:
        def links(items: list[dict[str, Any]]) -> list[PortalLink]:
            return [PortalLink(label=x["label"], url=x["url"], context=list(x.get("context", [])),
                               date=parse_iso(x.get("date"))) for x in items]
        day = parse_iso(d["date"])
        assert day is not None
        return cls(date=day, summary=d["summary"], lead=d.get("lead", ""),
                   sources=links(d.get("sources", [])), related=links(d.get("related", [])))


def article_from_portal(page: PortalPage, article_id: str, source: str, **meta: Any) -> Article:
    """The page as an article: its summary and lead as text, the page itself kept whole."""
    first = page.sources[0] if page.sources else None
    return Article(
        id=article_id, text=page.report_text, title=meta.get("title") or page.summary,
        published=meta.get("published") or page.date,
        url=meta.get("url") or (first.url if first else None),
        publisher=meta.get("publisher") or (first.label if first else None),
        source=source, page=page.as_dict())


def page_of(article: Article) -> PortalPage | None:
    """The current-events page an article was read from, if it was one."""
    if article.page:
        return PortalPage.from_dict(article.page)
    return parse_portal_page(article.text)


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
