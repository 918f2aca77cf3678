"""Stage 1: open an input file as a PDF, or reject it with a reason the user can act on.

Rejections (errors.py, exit code 3):
  * EmptyInput: 0 bytes, or nothing but whitespace;
  * NotAPdf: no `%PDF-` header in the first 1024 bytes; the message names what the file looks
    like (HTML, PNG, JPEG, Word, ZIP, plain text, ...). Nothing is ever converted: PyMuPDF
    would happily open HTML or an image as a document, which is not what we publish;
  * EncryptedInput: a password is needed, or the file is encrypted although it opens without
    one (an owner password only). We reject both: a file we cannot decrypt and rewrite
    completely cannot be cleaned safely;
  * CorruptInput: the file is truncated (no %%EOF in its last 1024 bytes), MuPDF cannot open
    it, it has no pages, or a page cannot be loaded or its text extracted;
  * TooLarge: more than `max_mb` megabytes or more than `max_pages` pages.
A file MuPDF could open only after repairing its structure (a broken cross-reference table)
is accepted but flagged: `repaired=True` and a warning for the report.

The document is never left open when `open_pdf` raises.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from woo_pipeline.errors import (
    CorruptInput,
    EmptyInput,
    EncryptedInput,
    InputRejected,
    NotAPdf,
    TooLarge,
)

HEADER_WINDOW = 1024  # the PDF header must start within the first 1024 bytes
TRAILER_WINDOW = 1024  # readers accept %%EOF anywhere in the last 1024 bytes
_SNIFF_BYTES = 4096  # enough to recognise the other formats we are sent by mistake
_MAX_WARNINGS = 10


class EncryptedWithoutPassword(EncryptedInput):
    """Encrypted, but it opens without a password: only an owner password restricts it."""

    def __init__(self) -> None:
        InputRejected.__init__(
            self,
            "the PDF is encrypted (it opens without a password, but an owner password "
            "restricts it); an encrypted file cannot be rewritten and cleaned safely",
            "Save it again without security settings, then run again.",
        )


@dataclass
class OpenedPdf:
    """An opened input PDF. Call `close()` (or use it as a context manager) when done."""

    doc: pymupdf.Document
    path: Path
    repaired: bool = False
    warnings: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.doc.close()

    def __enter__(self) -> OpenedPdf:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_pdf(
    path: Path, *, max_pages: int = 500, max_mb: float = 200.0, read_pages: bool = True
) -> OpenedPdf:
    """Open `path` as a PDF; raise an InputRejected subclass if it cannot be processed.

    `read_pages=False` leaves out the check that every page can be read, for a caller that
    reads every page next anyway (the pipeline's parser, inside `reading_pages`): each page
    is then run once instead of twice.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise InputRejected("the path is not a regular file", "Pass a PDF file.")
        with open(path, "rb") as f:
            head = f.read(_SNIFF_BYTES)
            f.seek(max(0, size - TRAILER_WINDOW))
            tail = f.read()
    except OSError as exc:
        raise InputRejected(
            f"the file cannot be read ({exc.strerror or exc})", "Check the path and permissions."
        ) from exc

    if size == 0 or (not head.strip() and _only_whitespace(path)):
        raise EmptyInput()
    if size > max_mb * 1024 * 1024:
        raise TooLarge(f"{size / (1024 * 1024):.1f} MB, the limit is {max_mb:g} MB")
    if b"%PDF-" not in head[:HEADER_WINDOW]:
        raise NotAPdf(describe_content(head))
    if b"%%EOF" not in tail:
        raise CorruptInput("the file is truncated (the end-of-file marker %%EOF is missing)")

    pymupdf.TOOLS.reset_mupdf_warnings()
    with _mupdf_quiet():  # MuPDF's messages go into our reason instead
        try:
            # filetype="pdf": never let MuPDF guess another document type from the content.
            doc = pymupdf.open(path, filetype="pdf")
        except Exception as exc:
            raise CorruptInput(f"it cannot be opened ({_first_line(exc)})") from exc
        try:
            return _check(doc, path, max_pages, read_pages)
        except BaseException:
            doc.close()
            raise


def _check(doc: pymupdf.Document, path: Path, max_pages: int, read_pages: bool) -> OpenedPdf:
    if not doc.is_pdf:
        raise NotAPdf("another document type")
    if doc.needs_pass:
        raise EncryptedInput()
    # An owner-password-only file opens without a password and then reports is_encrypted
    # False; its /Encrypt dictionary (and the metadata's "encryption") still give it away.
    if (doc.is_encrypted or (doc.metadata or {}).get("encryption")
            or doc.xref_get_key(-1, "Encrypt")[0] != "null"):
        raise EncryptedWithoutPassword()

    count = doc.page_count
    if count == 0:
        raise CorruptInput("it has no pages")
    if count > max_pages:
        raise TooLarge(f"{count} pages, the limit is {max_pages} pages")

    opened = OpenedPdf(doc=doc, path=path, repaired=bool(doc.is_repaired))
    if opened.repaired:
        opened.warnings.append(
            "the PDF is damaged and was repaired on opening (broken cross-reference table); "
            "check the output against the original"
        )
    if read_pages:
        for number in range(count):
            try:
                page = doc.load_page(number)
                page.get_text("text")
            except Exception as exc:
                raise unreadable_page(number, exc) from exc
        _collect_warnings(opened)
    return opened


def unreadable_page(number: int, exc: BaseException) -> CorruptInput:
    """The rejection for page `number` (0-based) that MuPDF could not load or read."""
    return CorruptInput(f"page {number + 1} cannot be read ({_first_line(exc)})")


@contextmanager
def reading_pages(opened: OpenedPdf) -> Iterator[None]:
    """Context for reading the pages of a file opened with `read_pages=False`.

    MuPDF's messages are kept off the terminal, and the syntax problems it worked around
    while reading go into the file's warnings, as `open_pdf` does for its own page check.
    The reader raises `unreadable_page(...)` for a page that cannot be read.
    """
    with _mupdf_quiet():
        yield
        _collect_warnings(opened)


@contextmanager
def _mupdf_quiet() -> Iterator[None]:
    """MuPDF's messages off the terminal (they become reasons and warnings instead)."""
    display_errors = pymupdf.TOOLS.mupdf_display_errors()
    pymupdf.TOOLS.mupdf_display_errors(False)
    try:
        yield
    finally:
        pymupdf.TOOLS.mupdf_display_errors(display_errors)


def _collect_warnings(opened: OpenedPdf) -> None:
    # Syntax problems MuPDF worked around (e.g. a broken content stream) are worth a look.
    messages = [m for m in pymupdf.TOOLS.mupdf_warnings().splitlines() if m.strip()]
    for message in list(dict.fromkeys(messages))[:_MAX_WARNINGS]:
        opened.warnings.append(f"MuPDF: {message}")


def describe_content(head: bytes) -> str:
    """What a non-PDF file looks like, from its first bytes (for the NotAPdf message)."""
    text = head.lstrip().lower()
    if text.startswith((b"<!doctype html", b"<html")) or b"<html" in text[:1024]:
        return "an HTML page"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "a PNG image"
    if head.startswith(b"\xff\xd8\xff"):
        return "a JPEG image"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "a GIF image"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "a TIFF image"
    if head.startswith(b"PK\x03\x04"):
        if b"word/" in head:
            return "a Word document (.docx)"
        if b"xl/" in head:
            return "an Excel workbook (.xlsx)"
        if b"ppt/" in head:
            return "a PowerPoint presentation (.pptx)"
        if b"opendocument" in head:
            return "an OpenDocument file (.odt/.ods)"
        return "a ZIP archive (a .docx or other Office file is one too)"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "an old Microsoft Office document (.doc/.xls/.msg)"
    if text.startswith(b"{\\rtf"):
        return "an RTF document"
    if text.startswith(b"%!ps"):
        return "a PostScript file"
    if text.startswith(b"<?xml") or text.startswith(b"<"):
        return "an XML file"
    if text.startswith((b"from:", b"received:", b"mime-version:", b"return-path:")):
        return "an e-mail message"
    try:
        decoded = head.decode("utf-8")
    except UnicodeDecodeError:
        # A multi-byte character cut off at the end of the sample is still text.
        try:
            decoded = head[:-3].decode("utf-8")
        except UnicodeDecodeError:
            return "unknown binary data"
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in decoded)
    if decoded and printable / len(decoded) > 0.95:
        return "plain text"
    return "unknown binary data"


def _only_whitespace(path: Path) -> bool:
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            if chunk.strip():
                return False
    return True


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__
