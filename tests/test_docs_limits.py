"""docs/limits.md names every limit in settings.py (datasette's test_docs idea)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clashwatch import settings

DOC = Path(__file__).resolve().parent.parent / "docs" / "limits.md"
LIMIT = re.compile(r"^(INGEST|FETCH|WEB|EXTRACT)_\w*(MAX|TIMEOUT|CAP|RATIO|ALLOW_PRIVATE$)")
FAMILIES = ("INGEST_LANGUAGE_",)  # documented together as INGEST_LANGUAGE_*
LIMITS = sorted(name for name in vars(settings) if LIMIT.match(name))


@pytest.mark.parametrize("name", LIMITS)
def test_docs_limits_names_every_limit_setting(name: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    family = next((f for f in FAMILIES if name.startswith(f)), None)
    documented = f"`{name}`" in text or (family is not None and f"`{family}*`" in text)
    assert documented, f"{name} is not documented in docs/limits.md"
