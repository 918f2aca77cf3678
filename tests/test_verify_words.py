"""A short redacted name inside another word is not a leak; the name on its own is."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from woo_pipeline.verify import find_leaks


def _pdf(path: Path, text: str) -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), text, fontsize=11)
    doc.set_metadata({"producer": "woo-pipeline", "title": "Beslisnota"})
    doc.save(path)
    return path


def test_short_secret_inside_a_word_is_not_a_leak(tmp_path: Path):
    path = _pdf(tmp_path / "a.pdf", "Op 3 januari is de discipline besproken.")
    assert find_leaks(path, ["Jan", "Eline"]) == []


def test_short_secret_as_a_word_is_a_leak(tmp_path: Path):
    path = _pdf(tmp_path / "b.pdf", "Op 3 januari sprak Jan met Eline.")
    channels = {leak.channel for leak in find_leaks(path, ["Jan", "Eline"])}
    assert channels, "a redacted name left in the text must be found"
