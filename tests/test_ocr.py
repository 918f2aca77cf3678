"""Scanned notas: a page that is only an image is read with Tesseract's Dutch model, the names
on it are blanked in the pixels, and without OCR such a page is refused, never passed as
"0 findings"."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from woo_pipeline import parse
from woo_pipeline.pipeline import RunOptions, process_file

pytestmark = pytest.mark.slow

LINES = [
    "Beslisnota Subsidieregeling Dorpshuizen",
    "Opgesteld door: Karin Bakker",
    "Aanleiding",
    "Na overleg met Karin Bakker is de regeling aangepast.",
    "Telefoon 06-12345678",
]


def _scanned_pdf(path: Path) -> None:
    """A PDF whose only page is a 200 dpi picture of a typed nota: no text layer at all."""
    typed = pymupdf.open()
    page = typed.new_page()
    for i, line in enumerate(LINES):
        page.insert_text((72, 100 + 28 * i), line, fontsize=14)
    pix = page.get_pixmap(dpi=200)
    scan = pymupdf.open()
    scan_page = scan.new_page(width=page.rect.width, height=page.rect.height)
    scan_page.insert_image(scan_page.rect, pixmap=pix)
    scan.save(path)


def _ocr_text(pdf: Path) -> str:
    with pymupdf.open(pdf) as doc:
        page = doc[0]
        tp = page.get_textpage_ocr(
            language="nld", dpi=200, full=True, tessdata=parse.find_tessdata()
        )
        return page.get_text(textpage=tp)


@pytest.mark.skipif(
    parse.find_tessdata() is None, reason="Tesseract with Dutch (nld) not installed"
)
def test_scanned_page_is_ocrd_and_names_are_blanked_in_the_pixels(tmp_path: Path):
    src = tmp_path / "scan.pdf"
    _scanned_pdf(src)
    result = process_file(src, tmp_path / "out" / "scan.pdf", RunOptions())
    assert result.status == "ok", result.message
    assert any("OCR" in w for w in result.warnings)
    assert result.redactions >= 3
    text = _ocr_text(Path(result.output))
    assert "Bakker" not in text and "12345678" not in text
    assert "Aanleiding" in text and "Dorpshuizen" in text


def test_scanned_page_without_ocr_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    src = tmp_path / "scan.pdf"
    _scanned_pdf(src)
    monkeypatch.setattr(parse, "find_tessdata", lambda: None)
    result = process_file(src, tmp_path / "out" / "scan.pdf", RunOptions())
    assert result.status == "failed"
    assert "text layer" in result.message and "Tesseract" in result.message
    assert not (tmp_path / "out" / "scan.pdf").exists()
