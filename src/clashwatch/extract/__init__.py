"""Extract: per article, dates, places, actors, event type and casualty claims."""

from clashwatch.extract.pipeline import Extractor

__all__ = ["Extractor"]
