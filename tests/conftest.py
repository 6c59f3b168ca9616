"""Shared fixtures. Each helper area adds its fixtures here, named after what they hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def seeds_jsonl() -> Path:
    """The five seed documents with the publication dates a user would supply."""
    return SAMPLES / "seeds.jsonl"


@pytest.fixture(scope="session")
def seeds_gold() -> dict:
    return json.loads((FIXTURES / "seeds_gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def extractor():
    """One Extractor for the whole session: loading spaCy is the slow part."""
    from clashwatch.extract import Extractor

    return Extractor()
