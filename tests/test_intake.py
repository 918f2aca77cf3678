"""open_pdf accepts a valid PDF and rejects every bad input with the right class and reason.

All inputs are generated in tmp_path; no binary fixtures are committed.
"""

from __future__ import annotations

import zipfile

import pymupdf
import pytest

from woo_pipeline.errors import (
    EXIT_REJECTED,
    CorruptInput,
    EmptyInput,
    EncryptedInput,
    InputRejected,
    NotAPdf,
    TooLarge,
)
from woo_pipeline.intake import EncryptedWithoutPassword, OpenedPdf, open_pdf

BODY = "Dit is de openbare tekst."


def _pdf_bytes(pages: int = 1, **save_options) -> bytes:
    doc = pymupdf.open()
    for _ in range(pages):
        doc.new_page().insert_text((72, 72), BODY)
    data = doc.tobytes(**save_options)
    doc.close()
    return data


def _zero_page_pdf() -> bytes:
    """A syntactically valid PDF whose page tree is empty (PyMuPDF refuses to save one)."""
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[]/Count 0>>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _write(tmp_path, data: bytes, name: str = "nota.pdf"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_valid_pdf_opens(tmp_path):
    path = _write(tmp_path, _pdf_bytes(pages=2))
    opened = open_pdf(path)
    try:
        assert isinstance(opened, OpenedPdf)
        assert opened.path == path
        assert opened.doc.page_count == 2
        assert not opened.repaired and opened.warnings == []
        assert BODY in opened.doc[0].get_text()
    finally:
        opened.close()
    with open_pdf(path) as opened:  # also a context manager
        assert not opened.doc.is_closed
    assert opened.doc.is_closed


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "], ids=["zero bytes", "whitespace"])
def test_empty_file(tmp_path, data):
    with pytest.raises(EmptyInput, match="empty"):
        open_pdf(_write(tmp_path, data))


def _docx_bytes(tmp_path) -> bytes:
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f"<w:document>{BODY}</w:document>")
    return path.read_bytes()


def _png_bytes() -> bytes:
    return pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 4, 4), False).tobytes("png")


def _jpeg_bytes() -> bytes:
    return pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 4, 4), False).tobytes("jpeg")


@pytest.mark.parametrize(
    "kind, expected",
    [
        ("html", "HTML"),
        ("png", "PNG"),
        ("jpeg", "JPEG"),
        ("zip", "ZIP"),
        ("docx", "Word"),
        ("text", "plain text"),
        ("binary", "unknown binary"),
    ],
)
def test_not_a_pdf_names_what_it_looks_like(tmp_path, kind, expected):
    data = {
        "html": b"<!DOCTYPE html>\n<html><body><p>" + BODY.encode() + b"</p></body></html>",
        "png": _png_bytes(),
        "jpeg": _jpeg_bytes(),
        "zip": b"PK\x03\x04" + b"\x00" * 60,
        "text": ("Nota aan de minister\n" + BODY + "\nMet vriendelijke groet, ë\n").encode(),
        "binary": bytes(range(256)) * 4,
    }.get(kind) or _docx_bytes(tmp_path)
    path = _write(tmp_path, data)
    with pytest.raises(NotAPdf, match=expected) as err:
        open_pdf(path)
    assert "not a PDF" in str(err.value)
    assert err.value.exit_code == EXIT_REJECTED


def test_encrypted_with_a_user_password(tmp_path):
    data = _pdf_bytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="geheim", owner_pw="baas")
    with pytest.raises(EncryptedInput, match="password"):
        open_pdf(_write(tmp_path, data))


def test_encrypted_with_only_an_owner_password(tmp_path):
    data = _pdf_bytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="baas",
                      permissions=pymupdf.PDF_PERM_PRINT)
    with pymupdf.open(stream=data) as doc:
        assert not doc.needs_pass  # it opens without a password ...
    with pytest.raises(EncryptedInput, match="cannot be rewritten") as err:  # ... but is refused
        open_pdf(_write(tmp_path, data))
    assert isinstance(err.value, EncryptedWithoutPassword)


def test_truncated_pdf(tmp_path):
    data = _pdf_bytes(pages=3)
    with pytest.raises(CorruptInput, match="truncated"):
        open_pdf(_write(tmp_path, data[: len(data) // 2]))


def test_garbage_after_the_header(tmp_path):
    data = b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"
    with pytest.raises(CorruptInput, match="cannot be opened"):
        open_pdf(_write(tmp_path, data))


def test_garbage_after_the_header_without_end_marker(tmp_path):
    with pytest.raises(CorruptInput, match="damaged"):
        open_pdf(_write(tmp_path, b"%PDF-1.7\n" + bytes(range(256)) * 8))


def test_pdf_without_pages(tmp_path):
    with pytest.raises(CorruptInput, match="no pages"):
        open_pdf(_write(tmp_path, _zero_page_pdf()))


def test_too_many_pages(tmp_path):
    path = _write(tmp_path, _pdf_bytes(pages=4))
    with pytest.raises(TooLarge, match="4 pages, the limit is 3"):
        open_pdf(path, max_pages=3)
    open_pdf(path, max_pages=4).close()


def test_too_many_megabytes(tmp_path):
    path = _write(tmp_path, _pdf_bytes() + b"\n" * 200_000 + b"%%EOF\n")
    with pytest.raises(TooLarge, match="MB, the limit is 0.1 MB"):
        open_pdf(path, max_mb=0.1)


def test_repaired_pdf_is_opened_but_flagged(tmp_path):
    data = _pdf_bytes()
    # A wrong startxref offset: MuPDF rebuilds the cross-reference table by scanning.
    start = data.rindex(b"startxref")
    data = data[:start] + b"startxref\n9\n%%EOF\n"
    with open_pdf(_write(tmp_path, data)) as opened:
        assert opened.repaired
        assert any("repaired" in w for w in opened.warnings)
        assert BODY in opened.doc[0].get_text()


def test_missing_file_is_rejected_not_crashed(tmp_path):
    with pytest.raises(InputRejected, match="cannot be read"):
        open_pdf(tmp_path / "bestaat-niet.pdf")


def test_a_page_that_cannot_be_loaded(tmp_path, monkeypatch):
    path = _write(tmp_path, _pdf_bytes(pages=2))
    opened_docs = []
    real_open = pymupdf.open

    def tracking_open(*args, **kwargs):
        doc = real_open(*args, **kwargs)
        opened_docs.append(doc)
        return doc

    def broken_load(self, number):
        raise RuntimeError("object out of range")

    monkeypatch.setattr(pymupdf, "open", tracking_open)
    monkeypatch.setattr(pymupdf.Document, "load_page", broken_load)
    with pytest.raises(CorruptInput, match="page 1 cannot be read"):
        open_pdf(path)
    assert opened_docs and all(doc.is_closed for doc in opened_docs)  # never left open


def test_rejection_closes_the_document(tmp_path, monkeypatch):
    opened_docs = []
    real_open = pymupdf.open

    def tracking_open(*args, **kwargs):
        doc = real_open(*args, **kwargs)
        opened_docs.append(doc)
        return doc

    monkeypatch.setattr(pymupdf, "open", tracking_open)
    with pytest.raises(TooLarge):
        open_pdf(_write(tmp_path, _pdf_bytes(pages=2)), max_pages=1)
    assert opened_docs and all(doc.is_closed for doc in opened_docs)


# The pipeline opens with read_pages=False and lets the parser read each page once: the same
# rejection must come out of that path, with the document closed.
def test_the_pipeline_rejects_a_page_the_parser_cannot_read(tmp_path, monkeypatch):
    from woo_pipeline.config import PipelineConfig
    from woo_pipeline.pipeline import RunOptions, analyse_file, process_file

    path = _write(tmp_path, _pdf_bytes(pages=2))
    opened_docs = []
    real_open = pymupdf.open
    real_get_text = pymupdf.Page.get_text

    def tracking_open(*args, **kwargs):
        doc = real_open(*args, **kwargs)
        opened_docs.append(doc)
        return doc

    def broken_get_text(self, *args, **kwargs):
        if self.number == 1:
            raise RuntimeError("syntax error in content stream")
        return real_get_text(self, *args, **kwargs)

    monkeypatch.setattr(pymupdf, "open", tracking_open)
    monkeypatch.setattr(pymupdf.Page, "get_text", broken_get_text)
    with pytest.raises(CorruptInput, match="page 2 cannot be read"):
        analyse_file(path, PipelineConfig())
    assert opened_docs and all(doc.is_closed for doc in opened_docs)

    result = process_file(path, tmp_path / "out" / "nota.pdf", RunOptions(workers=1))
    assert (result.status, result.exit_code) == ("rejected", CorruptInput.exit_code)
    assert "page 2 cannot be read" in result.message
    assert not (tmp_path / "out" / "nota.pdf").exists()


def test_open_pdf_without_reading_pages_leaves_the_check_to_the_reader(tmp_path, monkeypatch):
    path = _write(tmp_path, _pdf_bytes(pages=2))
    calls = []
    real_get_text = pymupdf.Page.get_text
    monkeypatch.setattr(
        pymupdf.Page, "get_text", lambda self, *a, **k: calls.append(self.number)
        or real_get_text(self, *a, **k)
    )
    with open_pdf(path, read_pages=False) as opened:
        assert calls == []
        assert opened.doc.page_count == 2
    with open_pdf(path):
        assert calls == [0, 1]
