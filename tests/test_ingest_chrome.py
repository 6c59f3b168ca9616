"""Page chrome and reader comments are removed from plain-text pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from clashwatch.ingest.chrome import clean_text


def test_chrome_cuts_reader_comments(samples_dir: Path) -> None:
    raw = (samples_dir / "001_5b74975050a802c6.txt").read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    assert "Nine Azeri soldiers were killed" in cleaned.text
    assert "25% in casualties" not in cleaned.text
    assert "said:" not in cleaned.text
    assert cleaned.title == "Tensions Rise in Artsakh, Heavy Losses on Azeri Side"


@pytest.mark.parametrize(
    ("name", "gone"),
    [
        ("002_ce92efb74d46fa13.txt", "XS"),
        ("003_f22562ccc7f035a5.txt", "SHARE THIS ARTICLE"),
        ("003_f22562ccc7f035a5.txt", "www.presstv.co.uk"),
        ("004_598197c3953f761d.txt", "Share Save"),
        ("004_598197c3953f761d.txt", "MORE FROM THE BBC"),
        ("004_598197c3953f761d.txt", "Nagorno-Karabakh conflict killed 5,000 soldiers"),
        ("004_598197c3953f761d.txt", "Almost 100 killed"),
        ("004_598197c3953f761d.txt", "Michael D Higgins"),
        ("000_c6ceedd83f648687.txt", "Azeri tanks on the front line"),
    ],
)
def test_chrome_drops_page_furniture(samples_dir: Path, name: str, gone: str) -> None:
    cleaned = clean_text((samples_dir / name).read_text(encoding="utf-8"))
    assert gone not in cleaned.text


def test_chrome_drops_repeated_captions(samples_dir: Path) -> None:
    cleaned = clean_text((samples_dir / "002_ce92efb74d46fa13.txt").read_text(encoding="utf-8"))
    assert "FILE - A view shows" not in cleaned.text
    assert cleaned.text.count("2,783 of its soldiers killed") == 1


def test_chrome_keeps_date_line_under_headline(samples_dir: Path) -> None:
    cleaned = clean_text((samples_dir / "004_598197c3953f761d.txt").read_text(encoding="utf-8"))
    assert "15 September 2022" in cleaned.text


def test_chrome_comment_thread_without_heading() -> None:
    raw = ("Troops clashed on the border on Monday, officials said.\n\n"
           "  1. Ann said:\n\n    Ten people died, I heard.\n\n  2. Bob said:\n\n    No way.\n")
    cleaned = clean_text(raw)
    assert "Ten people" not in cleaned.text
    assert "Troops clashed" in cleaned.text
