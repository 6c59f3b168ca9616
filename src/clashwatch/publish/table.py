"""A plain-text table of events and their claims, for the terminal."""

from __future__ import annotations

from collections.abc import Sequence

from clashwatch.model import Event


def _figure(claim: dict[str, object]) -> str:
    count = claim.get("count")
    qualifier = claim.get("qualifier")
    prefix = {"at_least": "≥", "more_than": ">", "about": "~", "at_most": "≤",
              "fewer_than": "<"}.get(str(qualifier), "")
    return f"{prefix}{count}" if count is not None else "some"


def render_events_table(events: Sequence[Event]) -> str:
    """Each event: date, place, summary, then its claims by side with their claimants."""
    if not events:
        return "no events"
    lines: list[str] = []
    for event in events:
        when = event.date_start.isoformat() if event.date_start else "undated"
        if event.date_end and event.date_end != event.date_start:
            when += f"..{event.date_end.isoformat()}"
        lines.append(f"{when}  {event.place or '?'}  [{event.event_id}] "
                     f"{len(event.article_ids)} report(s)")
        lines.append(f"  {event.summary}")
        killed, wounded = event.killed, event.wounded
        lines.append(f"  killed low/best/high: {killed.low}/{killed.best}/{killed.high}   "
                     f"wounded: {wounded.low}/{wounded.best}/{wounded.high}")
        for side, view in sorted(event.by_side.items()):
            claims = view.get("claims", [])
            assert isinstance(claims, list)
            for claim in claims:
                tag = " (total)" if claim.get("aggregate") else ""
                lines.append(
                    f"    {side:<8} {claim.get('status'):<8} {_figure(claim):>7}{tag}  "
                    f"claimed by {claim.get('claimant') or 'unattributed'}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
