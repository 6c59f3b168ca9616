"""Split the text into sentences, cheaply: most sentences never need a parser."""

from __future__ import annotations

import re

from clashwatch.model import Article, Span

# Abbreviations that end with a full stop but not a sentence.
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "st", "jr",
    "sr", "rep", "sen", "gov", "pres", "no", "vs", "etc", "inc", "corp", "co", "ltd", "u.s",
    "u.k", "u.n", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "a.m", "p.m", "mt", "ft", "ave", "blvd", "rd", "approx", "dept", "est",
})
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[-*•#])")


def split_sentences(text: str) -> list[Span]:
    """Sentence spans over `text`; line breaks between paragraphs always end one."""
    spans: list[Span] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if text[match.start()] == ".":
            word = re.search(r"([\w.]+)\.$", text[start:match.start() + 1])
            if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
                continue
        _append(text, start, end, spans)
        start = end
    _append(text, start, len(text), spans)
    # single newlines inside a "sentence" that joins two lines with no punctuation
    result: list[Span] = []
    for span in spans:
        result.extend(_split_lines(text, span))
    return result


def _append(text: str, start: int, end: int, spans: list[Span]) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    if end - trail > start + lead:
        spans.append(Span(start + lead, end - trail))


def _split_lines(text: str, span: Span) -> list[Span]:
    chunk = text[span.start:span.end]
    if "\n" not in chunk:
        return [span]
    out: list[Span] = []
    offset = span.start
    for line in chunk.split("\n"):
        _append(text, offset, offset + len(line), out)
        offset += len(line) + 1
    return out


class SentenceSplitter:
    """Pipeline component: sets `Article.sentences`."""

    name = "sentences"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("sentences",)

    def __call__(self, article: Article) -> Article:
        article.sentences = split_sentences(article.text)
        return article
