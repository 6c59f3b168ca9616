"""Resolve: group reports into events, reconcile claims, summarise, link related events."""

from clashwatch.resolve.events import build_event, resolve_events

__all__ = ["build_event", "resolve_events"]
