"""The per-article pipeline: small components over one shared `Article`.

Like spaCy's `Language.__call__`, `Extractor` passes the article through each
component in order; each declares what it `requires` and what it `assigns`, and
`check_components` verifies at build time that every requirement is met by the
input or an earlier component.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from clashwatch.model import Article

# What an article has before any component runs.
INPUT_ATTRIBUTES = ("text", "title", "published", "url")


class Component(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, article: Article) -> Article: ...


def check_components(components: list[Component]) -> None:
    """Raise ValueError when a component needs something nothing before it assigns."""
    available = set(INPUT_ATTRIBUTES)
    for component in components:
        missing = [r for r in component.requires if r not in available]
        if missing:
            raise ValueError(f"component '{component.name}' requires {missing}, which no "
                             f"earlier component assigns (have: {sorted(available)})")
        available.update(component.assigns)


def default_components() -> list[Component]:
    """The standard pipeline, in order."""
    # imported here so that `import clashwatch` stays cheap for the CLI's --help
    from clashwatch.extract.actors import ActorFinder
    from clashwatch.extract.claim_dates import ClaimPeriods
    from clashwatch.extract.claim_places import ClaimPlaces
    from clashwatch.extract.claims import ClaimFinder
    from clashwatch.extract.dates import DateResolver
    from clashwatch.extract.event import PrincipalEvent
    from clashwatch.extract.places import PlaceFinder
    from clashwatch.extract.sentences import SentenceSplitter

    return [SentenceSplitter(), DateResolver(), PlaceFinder(), ActorFinder(), ClaimFinder(),
            ClaimPeriods(), ClaimPlaces(), PrincipalEvent()]


class Extractor:
    """Runs the components over articles. Build once, call many times."""

    def __init__(self, components: list[Component] | None = None) -> None:
        self.components = components if components is not None else default_components()
        check_components(self.components)

    def __call__(self, article: Article) -> Article:
        for component in self.components:
            result = component(article)
            if not isinstance(result, Article):
                raise TypeError(f"component '{component.name}' returned "
                                f"{type(result).__name__}, expected Article")
            article = result
        return article

    def pipe(self, articles: Iterable[Article],
             on_error: Callable[[Article, Exception], None] | None = None) -> Iterator[Article]:
        """Run over many articles; with `on_error`, a failing article is reported, not raised."""
        for article in articles:
            try:
                yield self(article)
            except Exception as exc:  # noqa: BLE001 - handed to the caller's handler
                if on_error is None:
                    raise
                on_error(article, exc)
