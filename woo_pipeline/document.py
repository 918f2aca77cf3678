"""The parsed nota: plain data produced by `parse` and read by every later stage.

The whole document is one string (`Document.text`) in reading order; every character of it
has the box it was drawn in (or None for separators the parser inserted), so a span found by
any detector maps straight back to boxes on a page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Box = tuple[float, float, float, float]


@dataclass
class Line:
    """One text line as MuPDF reports it, with its place in `Document.text`."""

    page: int  # 0-based
    block: int
    bbox: Box
    start: int
    end: int
    size: float  # largest font size on the line
    bold: bool


@dataclass
class Field:
    """A header/colofon field: `Opgesteld door` → `K. Bakker`."""

    label: str  # canonical label from vocabulary
    value: str
    page: int
    label_start: int
    value_start: int
    value_end: int


@dataclass
class Section:
    heading: str
    page: int
    start: int  # offset of the heading in Document.text
    end: int  # offset where the next section (or the document) ends


@dataclass
class PageInfo:
    number: int  # 0-based
    width: float
    height: float
    text_start: int
    text_end: int
    has_text_layer: bool
    image_count: int
    ocr: bool = False  # the text came from OCR (a scanned page)
    needs_ocr: bool = False  # a scanned page that could not be OCR'd: nothing was detected


@dataclass
class Document:
    path: str
    text: str
    # Per character of `text`: (page, x0, y0, x1, y1) or None for inserted separators.
    char_boxes: list[tuple[int, float, float, float, float] | None]
    # Per character of `text`: index into `lines`, or -1 for separators.
    char_lines: list[int]
    lines: list[Line]
    pages: list[PageInfo]
    fields: list[Field] = field(default_factory=list)
    title: str = ""
    sections: list[Section] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)

    def field_value(self, label: str) -> str | None:
        """The value of the first field with this canonical label, or None."""
        for f in self.fields:
            if f.label.lower() == label.lower():
                return f.value
        return None

    def line_text(self, line: Line) -> str:
        return self.text[line.start : line.end]

    def page_of(self, offset: int) -> int:
        for p in self.pages:
            if p.text_start <= offset < p.text_end:
                return p.number
        return self.pages[-1].number if self.pages else 0

    def section_at(self, offset: int) -> str | None:
        for s in self.sections:
            if s.start <= offset < s.end:
                return s.heading
        return None

    def public_metadata(self) -> dict[str, str]:
        """The nota's public metadata, for the output PDF and the archive."""
        meta = {"title": self.title}
        for label in ("Nota actief openbaar", "Onze referentie", "Kenmerk", "Datum", "Aan", "Van"):
            value = self.field_value(label)
            if value:
                meta[label] = value
        return meta
