"""Casualty claims: who says how many were killed, wounded, missing or captured.

First version: a figure next to a casualty word in the same sentence.
"""

from __future__ import annotations

import re

from clashwatch.model import Article, Claim, Span

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_NUMBER = r"(\d[\d,]*|" + "|".join(_WORDS) + r")"
_PATTERN = re.compile(
    _NUMBER + r"\s+(?:[\w-]+\s+){0,3}?(?:were|was|have been|had been|are|been)?\s*"
    r"(killed|dead|wounded|injured|missing|captured)", re.I)
_STATUS = {"killed": "killed", "dead": "killed", "wounded": "wounded", "injured": "wounded",
           "missing": "missing", "captured": "captured"}


def _to_int(token: str) -> int:
    token = token.lower()
    return _WORDS[token] if token in _WORDS else int(token.replace(",", ""))


class ClaimFinder:
    """Pipeline component: sets `claims`."""

    name = "claims"
    requires: tuple[str, ...] = ("text", "sentences")
    assigns: tuple[str, ...] = ("claims",)

    def __call__(self, article: Article) -> Article:
        claims = []
        for sent in article.sentences:
            quote = article.text[sent.start:sent.end]
            for match in _PATTERN.finditer(quote):
                claims.append(Claim(
                    status=_STATUS[match.group(2).lower()], count=_to_int(match.group(1)),
                    quote=quote, article_id=article.id, published=article.published,
                    span=Span(sent.start + match.start(), sent.start + match.end()),
                ))
        article.claims = claims
        return article
