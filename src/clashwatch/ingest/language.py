"""A cheap check that an article is in English, with no model to download.

ClashWatch's extractors read English. An article in another language would give no
claims at best and wrong ones at worst, so the reader skips it with a one-line reason.

1. Script: when most letters are not Latin, the text is not English; report the
   script (or the language, when its common words tell it, e.g. Russian).
2. Too few words to judge: keep the text (a short English brief must not be lost).
3. Common words: in Latin script, count each language's most frequent function
   words; another language beating English by a clear margin means not English.
4. A long text with almost no common English word ("the", "of", "and", ...) is not
   English either: a language without a list here, or text decoded wrongly.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from clashwatch import settings
from clashwatch.errors import InputError
from clashwatch.ingest import language_lexicon as lex

# enough text to judge; reading more only costs time on long articles
_SAMPLE_CHARS = 20_000
NO_ENGLISH_WORDS = "no common English words"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# English words removed from the other lists, so a shared word counts for English only
_OTHER_WORDS = {lang: words - lex.ENGLISH for lang, words in lex.OTHER_LANGUAGES.items()}


def letter_scripts(text: str) -> Counter[str]:
    """How many letters of each Unicode script ("LATIN", "CYRILLIC", ...) the text has."""
    scripts: Counter[str] = Counter()
    # per distinct character: a text has a few hundred of them, and millions of letters
    for char, count in Counter(text).items():
        if char.isalpha():
            name = unicodedata.name(char, "")
            scripts[name.split(" ", 1)[0] if name else "UNKNOWN"] += count
    return scripts


def common_word_counts(words: list[str]) -> Counter[str]:
    """How many of the words are common function words of each language (English too)."""
    counts: Counter[str] = Counter()
    for word, count in Counter(words).items():
        if word in lex.ENGLISH:
            counts["English"] += count
        for lang, vocab in _OTHER_WORDS.items():
            if word in vocab:
                counts[lang] += count
    return counts


def guess_language(text: str) -> str | None:
    """None when the text reads as English (or is too short to judge); else what it looks like."""
    sample = text[:_SAMPLE_CHARS]
    scripts = letter_scripts(sample)
    letters = sum(scripts.values())
    if not letters:
        return None
    words = [w.lower() for w in _WORD.findall(sample)]
    counts = common_word_counts(words)
    best_other = max((c for c in counts.items() if c[0] != "English"),
                     key=lambda item: item[1], default=("", 0))
    script, script_letters = scripts.most_common(1)[0]
    if script != "LATIN" and script_letters / letters > settings.INGEST_LANGUAGE_MAX_NON_LATIN:
        # the script alone settles it; name the language when its words are there
        if best_other[1] >= 3:
            return best_other[0]
        return lex.SCRIPT_NAMES.get(script, f"{script.title()} script")
    if len(words) < settings.INGEST_LANGUAGE_MIN_WORDS:
        return None
    english = counts["English"]
    if best_other[1] >= 5 and best_other[1] > settings.INGEST_LANGUAGE_MARGIN * english:
        return best_other[0]
    if (len(words) >= settings.INGEST_LANGUAGE_SHARE_MIN_WORDS
            and english < settings.INGEST_LANGUAGE_MIN_ENGLISH_SHARE * len(words)):
        # a language without a word list here, or text decoded with the wrong encoding
        return NO_ENGLISH_WORDS
    return None


def ensure_english(text: str, source: str) -> None:
    """Raise InputError ("not English (looks like French)") unless the text reads as English."""
    looks_like = guess_language(text)
    if looks_like:
        why = looks_like if looks_like == NO_ENGLISH_WORDS else f"looks like {looks_like}"
        raise InputError(source, f"not English ({why}): skipped; "
                         "ClashWatch reads English articles only")
