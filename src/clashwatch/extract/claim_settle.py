"""The article-level settling of claims whose fate a sentence leaves open.

People "shot" (status hit) are wounded, less the dead the article counts among them;
a partitive with nothing before it is the whole figure; the dead "of them" count as
killed; in a murder-suicide the one who shot himself died; in a report of a fatal
shooting that gives no figure of dead, the single person shot is the one who died.
"""

from __future__ import annotations

from dataclasses import dataclass

from clashwatch.extract.claim_context import SentenceView
from clashwatch.extract.claim_patterns import Candidate
from clashwatch.model import Claim


@dataclass
class Found:
    """A claim while the article passes still work on it."""

    claim: Claim
    view: SentenceView
    cand: Candidate
    hit: bool = False
    attributed: bool = False  # the claimant is named in the claim's own sentence


def settle_hits(found: list[Found], fatal: bool = False,
                 suicide: bool = False) -> list[Found]:
    """People shot or stabbed, fate open, are wounded, less the dead the article counts
    among them ("Two men were shot. One died."). "He"/"the victim" wounded in a report that
    has dead is the same person before he died: the same settling applies."""
    _first_is_whole(found)
    if suicide:
        for item in found:  # a "murder-suicide": the one who shot himself is dead
            if item.hit and item.cand.rule == "reflexive":
                item.claim.status, item.hit = "killed", False
    _dead_among_shot(found)
    killed = _largest([f for f in found if f.claim.status == "killed" and not f.hit])
    if not killed and fatal:
        _one_shot_died(found)
        killed = _largest([f for f in found if f.claim.status == "killed" and not f.hit])
    kept = []
    for item in found:
        claim = item.claim
        # "killing a boy and wounding his father": a sentence that gives both fates names
        # two people, so "his father" is not the dead one before he died
        settle = item.hit or (claim.status == "wounded" and claim.count == 1
                              and item.cand.figure.kind in ("pronoun", "definite")
                              and not any(f.view is item.view and f.claim.status == "killed"
                                          for f in found))
        if not settle or claim.subset or item.cand.others or not killed or not claim.count:
            kept.append(item)
            continue
        if claim.count <= killed:
            continue  # everyone shot died: the killed claims say it
        claim.count -= killed
        if claim.qualifier == "exact":
            claim.count_min = claim.count_max = claim.count
        else:
            claim.count_min = min(claim.count_min, claim.count) if claim.count_min else None
            claim.count_max = None
        kept.append(item)
    return kept


def _one_shot_died(found: list[Found]) -> None:
    """In a report of a fatal shooting that gives no figure of dead, a single person shot
    (or hurt) is the one who died: "the fatal shooting of ... he was shot in the head"."""
    hurt = [f for f in found if f.claim.status == "wounded" and not f.claim.aggregate]
    if not hurt or _largest(hurt) != 1 or any(f.claim.count != 1 for f in hurt):
        return
    for item in hurt:
        item.claim.status, item.hit = "killed", False


def _first_is_whole(found: list[Found]) -> None:
    """A partitive with nothing before it to be part of ("shot two of the robbery suspects")
    is the whole figure: the article has not given another one."""
    for item in found:
        claim = item.claim
        if claim.aggregate:
            continue
        if claim.subset and not item.cand.restated:
            claim.subset = False
            continue
        return


def _dead_among_shot(found: list[Found]) -> None:
    """"Three men were shot. One of them died.": the dead are part of the people shot, not
    of an earlier figure of dead, so they count as killed (and are taken from the shot)."""
    shot: int | None = None
    for item in found:
        claim = item.claim
        if item.hit and not claim.subset and claim.count:
            shot = max(shot or 0, claim.count)
        elif (shot and claim.subset and not item.cand.restated and claim.status == "killed"
              and not claim.aggregate
              and claim.count is not None and claim.count <= shot):
            claim.subset = False


def _largest(found: list[Found]) -> int:
    """The largest per-sentence sum of incident figures (restatements are not added)."""
    sums: dict[tuple[int, str | None], int] = {}
    for item in found:
        claim = item.claim
        if claim.aggregate or claim.subset or claim.count is None or _earlier_year(claim):
            continue
        key = (item.view.index, claim.claimant)
        sums[key] = sums.get(key, 0) + claim.count
    return max(sums.values(), default=0)


def _earlier_year(claim: Claim) -> bool:
    """"in 2010, nine people were shot, three fatally": another year's incident."""
    return (claim.date_start is not None and claim.published is not None
            and claim.date_start.year < claim.published.year)
