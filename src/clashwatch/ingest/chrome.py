"""Strip page chrome and reader comments from an article's plain text.

HTML goes through trafilatura, which does this on the DOM. Plain text copied from
a page (like the seeds) arrives with its chrome flattened into lines, so this
module works line by line:

1. Cut the tail: everything from the reader-comment section or a "related stories"
   block onwards belongs to other people or other stories.
2. Drop photo captions and credits: they describe other days and other events.
3. Drop lines repeated verbatim (captions shown twice, sticky headlines).
4. Drop lines that are not prose: links, bare URLs and short unpunctuated lines
   (buttons, bylines, size pickers, legends, video titles) — except the first
   headline, kept as the title, and date lines, kept for the date finder.
"""

from __future__ import annotations

from dataclasses import dataclass

from clashwatch.ingest import chrome_lexicon as lex


@dataclass
class CleanText:
    """The main text of a page and the headline found at its top."""

    text: str
    title: str | None


def _norm(line: str) -> str:
    return " ".join(line.strip().strip("#*_ ").rstrip(":").split()).lower()


def _is_comment_start(lines: list[str], i: int) -> bool:
    line = _norm(lines[i])
    if line in lex.COMMENT_SECTION_HEADINGS or lex.COMMENT_COUNT_HEADING.match(line):
        return True
    if lex.COMMENTER_LINE.match(lines[i]):
        # one "X said:" could be prose; two within a few lines are a comment thread
        return any(lex.COMMENTER_LINE.match(lines[j]) for j in range(i + 1, min(len(lines), i + 40)))
    return False


def find_tail_start(lines: list[str], body_seen_after: int = 3) -> int:
    """Index of the first line of the comment section or related-stories tail."""
    prose_seen = 0
    for i, raw in enumerate(lines):
        if _is_comment_start(lines, i):
            return i
        # a "Related" heading at the very top is navigation, not the tail of the page
        is_heading = raw.lstrip().startswith("#")
        if (prose_seen >= body_seen_after or is_heading) and _norm(raw) in lex.TAIL_MARKERS:
            return i
        if is_prose(raw):
            prose_seen += 1
    return len(lines)


def is_caption(line: str) -> bool:
    low = _norm(line)
    return low.startswith(lex.CAPTION_PREFIXES) or bool(lex.CAPTION_SUFFIX.search(line.strip()))


def is_prose(line: str) -> bool:
    """A sentence or paragraph, as opposed to a button, heading, link or legend."""
    stripped = line.strip().rstrip("*_ ")
    if not stripped or lex.LINK_ONLY_LINE.match(stripped) or lex.LINK_ROW.match(stripped):
        return False
    if lex.BARE_URL_LINE.match(stripped):
        return False
    if stripped[-1] in lex.SENTENCE_END:
        return len(stripped.split()) >= 3
    return len(stripped.split()) >= lex.MIN_WORDS_UNPUNCTUATED_PROSE


def _is_headline(line: str) -> bool:
    if line.lstrip().startswith("# "):  # a Markdown title, however long
        return True
    words = line.strip().strip("#*_ ").split()
    return 4 <= len(words) <= 30 and not lex.LINK_ONLY_LINE.match(line.strip())


def clean_text(raw: str) -> CleanText:
    """Main text and title of a page given as plain text or Markdown (steps in module doc)."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = lines[: find_tail_start(lines)]
    kept: list[str] = []
    seen: set[str] = set()
    title: str | None = None
    after_credit = False
    for raw_line in lines:
        line = raw_line.rstrip()
        key = _norm(line)
        if not key:
            kept.append("")
            continue
        credit = key in lex.PHOTO_CREDIT_LINES
        # a caption follows its credit line and often lacks a full stop
        caption = is_caption(line) or (after_credit and not is_prose_sentence(line))
        after_credit = credit
        if credit or caption or key in seen:
            continue
        seen.add(key)
        if title is None and _is_headline(line) and not lex.DATE_LINE.match(line):
            title = line.strip().strip("#*_ ").strip()
            kept.append(line.strip())
            continue
        if is_prose(line) or lex.DATE_LINE.match(line):
            kept.append(line.strip())
    text = "\n".join(kept)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return CleanText(text=text.strip(), title=title)


def is_prose_sentence(line: str) -> bool:
    """Prose that ends like a sentence (captions usually do not)."""
    stripped = line.strip()
    return bool(stripped) and stripped[-1] in lex.SENTENCE_END and is_prose(stripped)


def is_consent_notice(paragraph: str) -> bool:
    """A cookie / consent / enable-JavaScript notice rather than article prose."""
    found = {m.group(0).lower() for m in lex.CONSENT_MARKERS.finditer(paragraph)}
    return len(found) >= lex.MIN_CONSENT_MARKERS


def drop_consent_notices(text: str) -> tuple[str, bool]:
    """The text without cookie-wall paragraphs, and whether it held any."""
    lines = text.split("\n")
    kept = [line for line in lines if not is_consent_notice(line)]
    return "\n".join(kept).strip(), len(kept) < len(lines)


def has_prose(text: str) -> bool:
    """Whether any line of the text is a sentence or paragraph (not only headings)."""
    return any(is_prose(line) for line in text.split("\n"))
