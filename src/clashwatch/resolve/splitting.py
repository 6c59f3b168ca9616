"""Consolidation: split a group whose two halves do not belong together.

A report joins a group on its mean similarity to the members, a noisy figure while
the group is small, so a group can gather two look-alike events (two shootings in one
town, two elections in one country). Here each group is cut in two along its weakest
seam (the sign of the Fiedler vector of its similarity graph, the standard spectral
bisection) and the cut is kept when the mean similarity between the halves is below
the cohesion threshold, the same figure a group must reach to be one event; each half
is then examined the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from clashwatch.resolve.similarity import ArticleVector, Vector


def _matrix(vectors: Sequence[Vector]) -> sparse.csr_matrix:
    columns: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for row, vector in enumerate(vectors):
        for feature, weight in vector.items():
            rows.append(row)
            cols.append(columns.setdefault(feature, len(columns)))
            vals.append(weight)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(vectors), max(len(columns), 1)))


def similarity_matrix(vectors: Sequence[ArticleVector]) -> np.ndarray:
    """Pairwise combined similarity (as `similarity.combine`) of the given reports."""
    words = _matrix([v.words for v in vectors])
    names = _matrix([v.names for v in vectors])
    word_sim = np.asarray((words @ words.T).todense())
    name_sim = np.asarray((names @ names.T).todense())
    has = np.array([bool(v.names) for v in vectors])
    both = np.outer(has, has)
    sim = np.where(both, (word_sim + name_sim) / 2, word_sim)
    np.fill_diagonal(sim, 0.0)
    return sim


def bisect(sim: np.ndarray) -> tuple[list[int], list[int], float] | None:
    """The spectral cut of a similarity graph and the mean similarity across it."""
    size = sim.shape[0]
    if size < 2:
        return None
    degree = sim.sum(axis=1)
    if (degree <= 0).any():
        # a member similar to no other member: cut it off alone
        alone = int(np.argmin(degree))
        return [alone], [i for i in range(size) if i != alone], 0.0
    scale = 1.0 / np.sqrt(degree)
    laplacian = np.eye(size) - sim * np.outer(scale, scale)
    _, vectors = np.linalg.eigh(laplacian)
    fiedler = vectors[:, 1] * scale
    left = [i for i in range(size) if fiedler[i] >= 0]
    right = [i for i in range(size) if fiedler[i] < 0]
    if not left or not right:
        return None
    return left, right, float(sim[np.ix_(left, right)].mean())


def split_group(vectors: Sequence[ArticleVector], cohesion: float) -> list[tuple[list[int], float]]:
    """Parts of a group (indices into `vectors`), each with the similarity it was cut at.

    The first part's similarity is 1.0 (never cut off); the others carry the mean
    similarity across the cut that set them apart.
    """
    sim = similarity_matrix(vectors)
    parts: list[tuple[list[int], float]] = []
    pending: list[tuple[list[int], float]] = [(list(range(len(vectors))), 1.0)]
    while pending:
        members, cut_at = pending.pop()
        cut = bisect(sim[np.ix_(members, members)]) if len(members) >= 2 else None
        if cut is None or cut[2] >= cohesion:
            parts.append((members, cut_at))
            continue
        left_part = [members[i] for i in cut[0]]
        right_part = [members[i] for i in cut[1]]
        # the half holding the group's first member keeps the group's place
        if min(members) in right_part:
            left_part, right_part = right_part, left_part
        pending.append((right_part, cut[2]))
        pending.append((left_part, cut_at))
    parts.sort(key=lambda p: min(p[0]))
    return parts
