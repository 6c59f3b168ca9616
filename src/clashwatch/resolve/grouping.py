"""Group articles that report the same real-world event.

First version: single-link over TF-IDF cosine similarity, gated by publication
dates when both articles have one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sklearn.feature_extraction.text import TfidfVectorizer

from clashwatch.model import Article

SIMILARITY_WITH_DATES = 0.12  # reports days apart of the same incident share few words
SIMILARITY_WITHOUT_DATES = 0.35
MAX_DAYS_APART = 4


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def event_id_for(article_ids: Sequence[str]) -> str:
    """A stable id for a group: from its earliest-sorted member."""
    return "ev-" + hashlib.sha1(min(article_ids).encode("utf-8")).hexdigest()[:12]


def group_articles(articles: Sequence[Article]) -> list[list[Article]]:
    """Partition articles into groups reporting the same event."""
    n = len(articles)
    if n == 0:
        return []
    uf = _UnionFind(n)
    if n > 1:
        vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1).fit_transform(
            [f"{a.title or ''} {a.text}" for a in articles])
        sims = (vectors @ vectors.T).toarray()
        for i in range(n):
            for j in range(i + 1, n):
                a, b = articles[i].published, articles[j].published
                if a and b:
                    if abs((a - b).days) <= MAX_DAYS_APART and sims[i, j] >= SIMILARITY_WITH_DATES:
                        uf.union(i, j)
                elif sims[i, j] >= SIMILARITY_WITHOUT_DATES:
                    uf.union(i, j)
    groups: dict[int, list[Article]] = {}
    for i, article in enumerate(articles):
        groups.setdefault(uf.find(i), []).append(article)
    return list(groups.values())
