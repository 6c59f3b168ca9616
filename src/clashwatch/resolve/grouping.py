"""Group articles that report the same real-world event, one report at a time.

`EventGrouper.add(article)`:

1. Features and vector: TF-IDF words and names of the report (`similarity`).
2. Blocking: events sharing blocking keys with it, whose time is within the date
   window of its time (`blocking`); nothing else is compared, so the cost of one
   report does not grow with the corpus.
3. Scoring: the mean similarity of the report to the members of each candidate event
   (average link, computed exactly from each event's summed member vectors).
4. Decision: the report joins the best event when that similarity reaches
   `ADD_SIMILARITY`, else it starts an event. Why it joined is kept as one line.
5. Consolidation (`consolidate`, after a batch of adds): each group touched is cut
   in two where it is weakest, and the cut kept while the halves' mean similarity
   is below `COHESION` (`splitting`).

`group_articles` counts document frequencies over all the articles first (so early
reports are weighed like late ones), adds them in publication order, consolidates.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from clashwatch.model import Article
from clashwatch.resolve.blocking import (
    DATE_WINDOW_DAYS,
    KEYS_PER_ARTICLE,
    BlockIndex,
    TimeSpan,
    article_time,
    times_compatible,
)
from clashwatch.resolve.similarity import (
    ArticleVector,
    DocumentFrequencies,
    Features,
    Vector,
    add_into,
    article_features,
    combine,
    dot,
    vectorize,
)
from clashwatch.resolve.splitting import split_group

# Mean similarity (half word cosine, half name cosine) between the reports of one event.
# Unrelated news pairs score ~0.02; two reports of one event share their key names and
# words and score 0.3-0.6 (median 0.3); look-alike events (two shootings, two elections)
# share the topic's words but not its names, and score ~0.1. 0.2 sits between.
COHESION = 0.2
# One report against a small group is a noisy sample of that figure, so it joins at half
# of it; consolidation then cuts apart what does not hold together at COHESION.
ADD_SIMILARITY = COHESION / 2
# Reports dated within the date window (a week) of each other have already passed a
# strong filter: a look-alike event in the same week is rare, one months or years away is
# common. The odds that two such reports are of one event are higher before any word is
# compared, so they need this fraction of the similarity.
DATED_FACTOR = 0.6
# Publication dates are not event dates (a crawler's date, a follow-up weeks later), so
# reports farther apart than the window but within MAX_GAP_DAYS are not kept apart
# outright; the gap is evidence against them, so they need this multiple of the bar.
# Beyond MAX_GAP_DAYS (two weeks, the life of a story in the news) they are never compared.
FAR_FACTOR: float | None = 1.5
MAX_GAP_DAYS = 14
SHOWN_NAMES = 4  # shared names quoted in a membership reason


@dataclass
class _Group:
    """An event under construction: its members and what is needed to compare with them."""

    members: list[int] = field(default_factory=list)
    words: Vector = field(default_factory=dict)
    names: Vector = field(default_factory=dict)
    time: TimeSpan | None = None
    places: set[str] = field(default_factory=set)  # what the members' toponyms name
    alive: bool = True


@dataclass
class Assignment:
    """Where a report went and why."""

    group: int
    reason: str
    similarity: float | None = None


class EventGrouper:
    """Incremental grouping of reports into events: `add` one, read `groups()`."""

    def __init__(self, df: DocumentFrequencies | None = None,
                 cohesion: float = COHESION, window: int = DATE_WINDOW_DAYS,
                 dated_factor: float = DATED_FACTOR,
                 far_factor: float | None = FAR_FACTOR) -> None:
        self.df = df or DocumentFrequencies()
        self.cohesion = cohesion
        self.threshold = cohesion / 2
        self.dated_factor = dated_factor
        self.far_factor = far_factor
        self.window = window
        self.articles: list[Article] = []
        self.vectors: list[ArticleVector] = []
        self.group_of: list[int] = []
        self.reasons: list[str] = []
        self.keys: list[list[str]] = []
        self._dirty: set[int] = set()
        self._groups: list[_Group] = []
        self._index = BlockIndex(window=window)
        self._fitted = df is not None

    # -- building ------------------------------------------------------------------
    def fit(self, articles: Sequence[Article]) -> EventGrouper:
        """Count document frequencies over `articles` before adding them."""
        self.df.fit(article_features(a) for a in articles)
        self._fitted = True
        return self

    def add(self, article: Article, features: Features | None = None) -> Assignment:
        """Put one report into the best existing event, or start a new one."""
        features = features or article_features(article)
        if not self._fitted:
            self.df.add(features)  # no fit: frequencies grow with the stream
        vector = vectorize(features, self.df)
        time = article_time(article)
        number = len(self.articles)
        self.articles.append(article)
        self.vectors.append(vector)
        keys = vector.top(KEYS_PER_ARTICLE)
        self.keys.append(keys)
        best, best_scaled, best_sim, parts = None, 0.0, 0.0, (0.0, 0.0)
        for candidate in self._index.candidates(keys, time):
            group = self._groups[candidate]
            factor = self._factor(time, group.time)
            if not group.alive or factor is None:
                continue
            word_sim, name_sim = self._similarity(vector, group)
            sim = combine(word_sim, name_sim, bool(vector.names) and bool(group.names))
            # dated on both sides: compared against the lower bar, on one scale
            scaled = sim / factor
            if scaled > best_scaled:
                best, best_scaled, best_sim, parts = candidate, scaled, sim, (word_sim, name_sim)
        if best is not None and best_scaled >= self.threshold:
            group = self._groups[best]
            reason = self._explain(article, vector, time, group, best_sim, parts)
        else:
            best = len(self._groups)
            group = _Group()
            self._groups.append(group)
            reason = "first report of the event" + (f" ({time.basis} {time.label()})"
                                                    if time else " (no date known)")
        self._join(best, number)
        self.group_of.append(best)
        self.reasons.append(reason)
        self._index.add(best, keys)
        self._dirty.add(best)
        return Assignment(best, reason, best_sim if len(group.members) > 1 else None)

    def _join(self, index: int, number: int) -> None:
        group = self._groups[index]
        group.members.append(number)
        add_into(group.words, self.vectors[number].words)
        add_into(group.names, self.vectors[number].names)
        group.places.update(p.name for p in self.articles[number].places)
        time = article_time(self.articles[number])
        if time:
            group.time = time if group.time is None else group.time.union(time)
            self._index.add_time(index, time)

    def consolidate(self) -> int:
        """Split the groups changed since the last call where they do not hold together,
        then merge those that do hold together with another group.

        RETURNS the number of groups made minus the number merged away.
        """
        touched = set(self._dirty)
        made = self._split(touched)
        return made - self._merge(touched)

    def _factor(self, a: TimeSpan | None, b: TimeSpan | None) -> float | None:
        """How much of the similarity bar two sets of reports must clear, given their times:
        less within the date window, more (or never, with `far_factor` None) beyond it."""
        if a is None or b is None:
            return 1.0
        if times_compatible(a, b, self.window):
            return self.dated_factor
        if times_compatible(a, b, MAX_GAP_DAYS):
            return self.far_factor
        return None

    def _merge(self, touched: set[int]) -> int:
        """Merge each touched group into the group it is most similar to, when the mean
        similarity between their reports reaches the cohesion threshold; repeated until
        nothing merges. RETURNS how many groups were merged away."""
        merged = 0
        pending = sorted(touched)
        while pending:
            index = pending.pop()
            group = self._groups[index]
            if not group.members:
                continue
            keys: Counter[str] = Counter(k for m in group.members for k in self.keys[m])
            top = [k for k, _ in keys.most_common(KEYS_PER_ARTICLE * 2)]
            best, best_ratio, best_sim = None, 1.0, 0.0
            for candidate in self._index.candidates(top, group.time):
                other = self._groups[candidate]
                factor = self._factor(group.time, other.time)
                if candidate == index or not other.members or factor is None:
                    continue
                sim = self._between(group, other)
                ratio = sim / (self.cohesion * factor)
                if ratio >= best_ratio:
                    best, best_ratio, best_sim = candidate, ratio, sim
            if best is None:
                continue
            target, source = (best, index) if len(self._groups[best].members) >= \
                len(group.members) else (index, best)
            size = len(self._groups[source].members)
            moved = self._groups[source].members
            self._groups[source] = _Group()
            for number in moved:
                self._join(target, number)
                self.group_of[number] = target
                self._index.add(target, self.keys[number])
            self.reasons[moved[0]] += (f"; with its {size} report{'s' if size > 1 else ''} "
                                       f"merged into this event (mean similarity "
                                       f"{best_sim:.2f})")
            merged += 1
            pending.append(target)
        return merged

    @staticmethod
    def _between(a: _Group, b: _Group) -> float:
        """Mean combined similarity over all pairs of reports, one from each group."""
        pairs = len(a.members) * len(b.members)
        return combine(dot(a.words, b.words) / pairs, dot(a.names, b.names) / pairs,
                       bool(a.names) and bool(b.names))

    def _split(self, touched: set[int]) -> int:
        made = 0
        for index in sorted(touched):
            group = self._groups[index]
            if len(group.members) < 2:
                continue
            members = list(group.members)
            dated = all(article_time(self.articles[i]) is not None for i in members)
            cohesion = self.cohesion * (self.dated_factor if dated else 1.0)
            parts = split_group([self.vectors[i] for i in members], cohesion)
            if len(parts) == 1:
                continue
            touched.update(range(len(self._groups), len(self._groups) + len(parts) - 1))
            self._groups[index] = _Group()
            for part, across in parts:
                target = index if not self._groups[index].members else len(self._groups)
                if target != index:
                    self._groups.append(_Group())
                    made += 1
                for number in (members[i] for i in part):
                    self._join(target, number)
                    self.group_of[number] = target
                    self._index.add(target, self.keys[number])
                if target != index:
                    first = members[part[0]]
                    self.reasons[first] = (f"first report of the event; set apart from "
                                           f"{len(members) - len(part)} look-alike reports "
                                           f"(mean similarity {across:.2f} < {cohesion:.2f})")
        self._dirty.clear()
        return made

    @staticmethod
    def _similarity(vector: ArticleVector, group: _Group) -> tuple[float, float]:
        """Mean word and name cosine between the report and the group's members."""
        size = len(group.members)
        return dot(vector.words, group.words) / size, dot(vector.names, group.names) / size

    def _explain(self, article: Article, vector: ArticleVector, time: TimeSpan | None,
                 group: _Group, sim: float, parts: tuple[float, float]) -> str:
        bits = [f"text similarity {sim:.2f} (words {parts[0]:.2f}, names {parts[1]:.2f}) "
                f"to {len(group.members)} report{'s' if len(group.members) > 1 else ''}"]
        if time and group.time:
            gap = time.gap_days(group.time)
            bits.append(f"dates overlap ({time.label()} with {group.time.label()})" if gap == 0
                        else f"dates {gap} days apart ({time.label()} / {group.time.label()})")
        else:
            bits.append("no date to compare")
        shared = sorted((f for f in vector.names if f in group.names),
                        key=lambda f: -vector.names[f] * group.names[f])
        places = sorted({p.name for p in article.places} & group.places)
        if places:
            bits.append(f"shared places: {', '.join(places[:SHOWN_NAMES])}")
        actors = [f[len("actor:"):] for f in shared if f.startswith("actor:")]
        if actors:
            bits.append(f"shared actors: {', '.join(actors[:SHOWN_NAMES])}")
        named = {n.lower() for n in places}
        names = [f for f in shared if ":" not in f and f not in named]
        if names:
            bits.append(f"shared names: {', '.join(names[:SHOWN_NAMES])}")
        return "; ".join(bits)

    # -- reading -------------------------------------------------------------------
    def groups(self) -> list[list[Article]]:
        """The events so far, each a list of its reports in the order they were added."""
        return [[self.articles[i] for i in g.members] for g in self._groups if g.members]

    def membership(self) -> dict[str, str]:
        """Article id -> why it is in its event."""
        return {a.id: r for a, r in zip(self.articles, self.reasons, strict=True)}


def event_id_for(article_ids: Sequence[str]) -> str:
    """A stable id for a group: from its earliest-sorted member."""
    return "ev-" + hashlib.sha1(min(article_ids).encode("utf-8")).hexdigest()[:12]


def chronological(articles: Sequence[Article]) -> list[Article]:
    """Reports in the order news arrives: by time known, then id; undated ones last."""
    def key(a: Article) -> tuple[bool, str, str]:
        when = a.published or a.event.date_start
        return (when is None, when.isoformat() if when else "", a.id)
    return sorted(articles, key=key)


def grouper_for(articles: Sequence[Article], cohesion: float = COHESION,
                window: int = DATE_WINDOW_DAYS, dated_factor: float = DATED_FACTOR,
                far_factor: float | None = FAR_FACTOR) -> EventGrouper:
    """A grouper fitted on `articles`, all of them added in publication order, consolidated."""
    ordered = chronological(articles)
    grouper = EventGrouper(cohesion=cohesion, window=window, dated_factor=dated_factor,
                           far_factor=far_factor)
    features = [article_features(a) for a in ordered]
    grouper.df.fit(features)
    grouper._fitted = True
    for article, feats in zip(ordered, features, strict=True):
        grouper.add(article, feats)
    grouper.consolidate()
    return grouper


def group_articles(articles: Sequence[Article], cohesion: float = COHESION,
                   window: int = DATE_WINDOW_DAYS,
                   dated_factor: float = DATED_FACTOR,
                   far_factor: float | None = FAR_FACTOR) -> list[list[Article]]:
    """Partition articles into groups reporting the same event."""
    return grouper_for(articles, cohesion, window, dated_factor, far_factor).groups()
