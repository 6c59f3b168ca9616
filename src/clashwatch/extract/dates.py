"""Publication date and event periods, resolved against the publication date.

First version: the publication date from the text when the input lacks it.
"""

from __future__ import annotations

from datetime import date

import dateparser

from clashwatch.ingest.chrome_lexicon import DATE_LINE
from clashwatch.model import Article

_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]}


def find_publication_date(text: str, max_lines: int = 8) -> date | None:
    """A date line near the top of the text ("15 September 2022", "Posted: ...")."""
    for line in text.split("\n")[:max_lines]:
        if DATE_LINE.match(line):
            parsed = dateparser.parse(line.strip(), languages=["en"], settings=_SETTINGS)  # type: ignore[arg-type]
            if parsed:
                return parsed.date()
    return None


class DateResolver:
    """Pipeline component: sets `published` (when missing) and `periods`."""

    name = "dates"
    requires: tuple[str, ...] = ("text", "sentences")
    assigns: tuple[str, ...] = ("published", "periods")

    def __call__(self, article: Article) -> Article:
        if article.published is None:
            article.published = find_publication_date(article.text)
        return article
