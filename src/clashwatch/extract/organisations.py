"""Organisations outside the conflict profiles: a run of capitalised words that ends in
an organisation's head noun ("the Chicago Police Department", "Syrian Democratic
Forces", "the Ministry of Defence"), or the initials of a known body ("FBI", "OSCE").

A statistical NER would find more, but it means parsing the article: spaCy's English
NER over only the title and the first three sentences costs about 13.6 ms per article
(measured on 300 gvc-dev articles), more than the whole extract pipeline (about 9 ms),
and would take `extract` below the 50 articles/s of issue 3. These rules cost a regex
pass. A name that starts with a country or its demonym belongs to that country's side
("Russian Armed Forces": RUS); any other has no side.
"""

from __future__ import annotations

import re

from clashwatch.extract import actor_lexicon as lex
from clashwatch.model import Actor, Span

_CAP = r"[A-Z][\w'’.-]*"
_JOIN = "|".join(sorted(lex.ORGANISATION_CONNECTORS))
# capitalised words, joined by single spaces or connectors ("of", "for", "and")
_RUN = re.compile(rf"{_CAP}(?: (?:(?:{_JOIN}) )*{_CAP})*")
_ACRONYM = re.compile(r"\b(" + "|".join(sorted(lex.ORGANISATION_ACRONYMS)) + r")\b")


def _trim(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The run without leading sentence words ("The", "In") and trailing connectors."""
    while words and words[0].group() in lex.ORGANISATION_NOT_LEADING:
        words = words[1:]
    while words and words[-1].group().lower() in lex.ORGANISATION_CONNECTORS:
        words = words[:-1]
    return words


def _head_kind(words: list[str]) -> tuple[int, str] | None:
    """(index of the head, kind): the last word, or the head before "of X" ("Ministry of
    Defence", "Bureau of Alcohol, Tobacco, Firearms and Explosives")."""
    last = words[-1].lower().rstrip(".,")
    if last in lex.ORGANISATION_HEADS:
        return len(words) - 1, lex.ORGANISATION_HEADS[last]
    for i in range(1, len(words) - 1):
        head = words[i - 1].lower()
        if words[i] == "of" and head in lex.ORGANISATION_HEADS:
            return i - 1, lex.ORGANISATION_HEADS[head]
    return None


def find_organisations(text: str, countries: dict[str, tuple[str, str]],
                       taken: list[Span]) -> list[Actor]:
    """Organisation actors of `text` that no span in `taken` (a profile's names) covers;
    `countries` maps a lower-case country name or demonym to (name, alpha-3)."""
    found = []
    for run in _RUN.finditer(text):
        words = _trim(list(re.finditer(r"[\w'’.-]+", run.group())))
        names = [w.group() for w in words]
        if len(names) < 2:
            continue
        head = _head_kind(names)
        if head is None:
            continue
        # the name starts after the last connector before its head ("Fighters of the
        # Tigray Defense Forces": the Tigray Defense Forces)
        first = head[0]
        while first > 0 and names[first - 1].lower() not in lex.ORGANISATION_CONNECTORS:
            first -= 1
        words, names = words[first:], names[first:]
        if all(w.lower() in lex.ORGANISATION_HEADS or w.lower() in lex.ORGANISATION_GENERIC
               for w in names if w.lower() not in lex.ORGANISATION_CONNECTORS):
            continue  # "Police said", "the Sheriff's Office": no one body's name
        start, end = run.start() + words[0].start(), run.start() + words[-1].end()
        if any(s.start < end and start < s.end for s in taken):
            continue
        name = text[start:end].rstrip(".,")
        side = _country_side(names, countries)
        kind = head[1] if side is None or head[1] != "armed_group" else "institution"
        found.append(Actor(name=name, side=side, kind=kind, span=Span(start, start + len(name))))
    spans = [*taken, *(a.span for a in found if a.span)]
    for match in _ACRONYM.finditer(text):
        if not any(s.start < match.end() and match.start() < s.end for s in spans):
            found.append(Actor(name=match.group(1), kind="institution",
                               span=Span(match.start(), match.end())))
    return found


def _country_side(words: list[str], countries: dict[str, tuple[str, str]]) -> str | None:
    """The country a name starts with ("Syrian Democratic Forces": SYR), if any."""
    for n in (2, 1):
        entry = countries.get(" ".join(words[:n]).lower())
        if entry is not None:
            return entry[1]
    return None
