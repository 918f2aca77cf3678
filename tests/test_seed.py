"""The real published nota in ../shared/seed is the target output: a PDF made from its text,
with a civil servant's name where it says [Redacted], must come out reading like it."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pymupdf
import pytest

from woo_pipeline.pipeline import RunOptions, process_file

SEED = (
    Path(__file__).resolve().parent.parent.parent
    / "shared"
    / "seed"
    / "published-beslisnota-weerbaar-bestuur.txt"
)
NAME = "Marloes van der Wiel-Okafor"

pytestmark = pytest.mark.slow


def _seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"the seed nota is not available at {SEED}")
    return SEED.read_text(encoding="utf-8")


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _make_pdf(text: str, path: Path) -> None:
    """Lay the seed text out on A4 pages, paragraph by paragraph, as a word processor would."""
    doc = pymupdf.open()
    page = doc.new_page()
    y = 60.0
    for para in text.split("\n"):
        if not para.strip():
            y += 6
            continue
        rect = pymupdf.Rect(60, y, 535, 800)
        needed = page.insert_textbox(rect, para, fontsize=10, fontname="helv")
        if needed < 0:  # does not fit: next page
            page = doc.new_page()
            y = 60.0
            needed = page.insert_textbox(pymupdf.Rect(60, y, 535, 800), para, fontsize=10)
        used = (800 - y) - needed
        y += used + 4
    doc.save(path)


def test_redacted_seed_reads_like_the_published_nota(tmp_path: Path):
    published = _seed_text()
    original = published.replace("[Redacted]", NAME)
    src = tmp_path / "nota.pdf"
    _make_pdf(original, src)
    result = process_file(src, tmp_path / "out" / "nota.pdf", RunOptions())
    assert result.status == "ok", result.message
    with pymupdf.open(result.output) as doc:
        out = "\n".join(page.get_text() for page in doc)
    assert "Wiel" not in out and "Okafor" not in out
    assert re.search(r"Opgesteld door\s+\[Redacted\]", out)
    ratio = difflib.SequenceMatcher(None, _normalise(published), _normalise(out)).ratio()
    assert ratio > 0.97, ratio
    # Nothing public was redacted: the published text has exactly one [Redacted].
    assert out.count("[Redacted]") == published.count("[Redacted]")
