"""The spaCy pipeline, loaded once per process from the installed package."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from clashwatch import settings


@lru_cache(maxsize=4)
def load_nlp(disable: tuple[str, ...] = ("lemmatizer",)) -> Language:
    """The English pipeline (from PyPI, never downloaded at run time)."""
    return spacy.load(settings.EXTRACT_SPACY_MODEL, disable=list(disable))
