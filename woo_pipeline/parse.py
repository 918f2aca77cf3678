"""Stage 1: PDF → `Document` (text in reading order, a box per character, fields, title, sections).

Reading order is MuPDF's extraction order (the order the producer drew the text), which for
notas made by Word or a DMS follows the visual order block by block. Each character keeps its
own box, so a redaction never needs `search_for` (whose boxes drift after hyphenated lines)
and never covers more than the item itself.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pymupdf

from woo_pipeline.document import Document, Field, Line, PageInfo, Section
from woo_pipeline.intake import unreadable_page
from woo_pipeline.vocabulary import (
    DECISION_LABELS,
    PUBLIC_FIELD_LABELS,
    SECTION_HEADINGS,
    STAFF_FIELD_LABELS,
)

# Whitespace is kept so that real spaces keep their boxes; ligatures are split by MuPDF into
# their letters. Text outside the page box is NOT clipped: it is hidden text that must be seen
# by detection (and is removed by sanitising).
_TEXT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE

_BLOCK_SEP = "\n\n"
_LINE_SEP = "\n"

ALL_FIELD_LABELS: tuple[str, ...] = tuple(
    sorted(PUBLIC_FIELD_LABELS + STAFF_FIELD_LABELS, key=len, reverse=True)
)
# Lower-case forms made once (label_of and heading_of run for every line of a document).
# A label can only match a line that starts with its first letter, so each line is compared
# with the labels of that letter only, in ALL_FIELD_LABELS order (longest first).
_LABELS_BY_INITIAL: dict[str, list[tuple[str, str]]] = {}
for _label in ALL_FIELD_LABELS:
    _LABELS_BY_INITIAL.setdefault(_label.lower()[:1], []).append((_label, _label.lower()))
_HEADINGS_BY_LOWER: dict[str, str] = {}
for _heading in SECTION_HEADINGS:
    _HEADINGS_BY_LOWER.setdefault(_heading.lower(), _heading)
# Short labels that are also ordinary sentence openers ("Aan de hand van ...", "Van belang is").
_AMBIGUOUS_LABELS = {"aan", "van", "datum", "status", "bijlage", "bijlagen", "directie", "afdeling"}

_HEADING_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[a-z]\)|[IVX]+\.)\s+")
_FOOTER_MARK = re.compile(
    r"(?i)\bversie[ \t]*\d|\bv\d+\.\d+\b|\b\d{1,2}-\d{1,2}-\d{4}\b|\bpagina[ \t]+\d"
)
FOOTER_ZONE = 0.9  # the bottom tenth of the first page holds footers, not the title
_TITLE_START = re.compile(r"^(beslis|informatie|advies|besluit)?nota\b", re.IGNORECASE)


_TESSDATA_CANDIDATES = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
)
OCR_LANGUAGE = "nld"


@lru_cache(maxsize=1)
def find_tessdata() -> str | None:
    """Tesseract's data folder with the Dutch model, or None when OCR is not available."""
    candidates = [os.environ.get("TESSDATA_PREFIX", ""), *_TESSDATA_CANDIDATES]
    for folder in candidates:
        if folder and (Path(folder) / f"{OCR_LANGUAGE}.traineddata").exists():
            return folder
    return None


def _is_scanned(page: pymupdf.Page) -> bool:
    """A page without text whose images cover much of it: a scan that needs OCR."""
    area = abs(page.rect) or 1.0
    covered = 0.0
    for info in page.get_image_info():
        covered += abs(pymupdf.Rect(info["bbox"]) & page.rect)
    return covered > 0.3 * area


class _TextBuilder:
    """Accumulates the document string and its per-character boxes in lockstep."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.boxes: list[tuple[int, float, float, float, float] | None] = []
        self.line_ids: list[int] = []

    @property
    def length(self) -> int:
        return len(self.boxes)

    def add(self, text: str, box: tuple[int, float, float, float, float] | None, line: int) -> None:
        self.parts.append(text)
        self.boxes.extend([box] * len(text))
        self.line_ids.extend([line] * len(text))

    def separator(self, sep: str) -> None:
        self.add(sep, None, -1)

    def replace_last_space(self, sep: str) -> None:
        """Turn the trailing space (a real one, with its box) into `sep`, keeping its box."""
        self.parts[-1] = self.parts[-1][:-1] + sep

    def drop_trailing_spaces(self, start: int) -> bool:
        """Remove the spaces that end the line begun at `start`, and say whether there were
        any: a word processor ends a wrapped line with the space at which it wraps, and
        "Wójcik \n(geboren" should read as the end of a line, like "Wójcik\n(geboren"."""
        dropped = False
        while self.length > start and self.parts[-1] == " ":
            self.parts.pop()
            self.boxes.pop()
            self.line_ids.pop()
            dropped = True
        return dropped

    def ends_with_space(self) -> bool:
        return bool(self.parts) and self.parts[-1][-1:].isspace()

    def text(self) -> str:
        return "".join(self.parts)


def _continues_after_hyphen(tb: _TextBuilder, line: dict) -> bool:
    """Whether `line` goes on with a word or number that the line before broke after a hyphen:
    "14-03-" + "1991", "N-428-" + "XK", "Kuipers-" + "Veldman", "V-" + "nummer". A word
    processor breaks lines at hyphens; the text then reads "14-03-1991" with no line break,
    so that dates, plates, numbers and double names are found whole."""
    if tb.length < 2 or tb.parts[-1] != "-" or not tb.parts[-2][-1:].isalnum():
        return False
    first = "".join(ch["c"] for span in line["spans"] for ch in span["chars"])[:1]
    if first.isupper() or first.isdigit():
        return True
    # "Smits" hyphenated as "Sm-" + "its" is one word without a hyphen, and "Brood-" + "en
    # banket" the first half of a pair: both keep their line break (the detectors know
    # them). Only an acronym goes on in lower case: "BOA-" + "nummer".
    before = re.search(r"(\w+)-$", "".join(tb.parts[-12:]))
    return first.islower() and before is not None and before.group(1).isupper()


def _normalise_char(c: str) -> str:
    # NFKC turns ligatures (ﬁ), full-width forms and non-breaking spaces into plain text so that
    # detectors and the verifier see "fi" and " ".
    if c.isascii():
        return c
    if c in "\u2010\u2011":  # hyphen, non-breaking hyphen: a plain hyphen for the detectors
        return "-"
    if c == "\u00ad":  # soft hyphen: invisible unless the line breaks there
        return ""
    n = unicodedata.normalize("NFKC", c)
    if not n or n.isspace():
        return " "
    return n


def parse_document(doc: pymupdf.Document, path: str = "") -> Document:
    """Extract the nota's text, boxes and structure from an open PDF."""
    tb = _TextBuilder()
    lines: list[Line] = []
    pages: list[PageInfo] = []
    add_part, add_box, add_line_id = tb.parts.append, tb.boxes.append, tb.line_ids.append

    for number in range(doc.page_count):
        try:
            page = doc.load_page(number)
        except Exception as exc:  # a page MuPDF cannot load: the input is damaged
            raise unreadable_page(number, exc) from exc
        if tb.length:
            tb.separator(_BLOCK_SEP)
        page_start = tb.length
        page_number = page.number
        try:
            raw = page.get_text("rawdict", flags=_TEXT_FLAGS)
        except Exception as exc:  # a page MuPDF cannot run: the input is damaged
            raise unreadable_page(page_number, exc) from exc
        ocr = False
        if not any(b.get("type") == 0 and b.get("lines") for b in raw["blocks"]):
            if _is_scanned(page) and find_tessdata():
                # A scan: Tesseract's Dutch model supplies words and boxes; redaction then
                # blanks the image pixels under them.
                textpage = page.get_textpage_ocr(
                    flags=_TEXT_FLAGS, language=OCR_LANGUAGE, dpi=300, full=True,
                    tessdata=find_tessdata(),
                )
                raw = page.get_text("rawdict", flags=_TEXT_FLAGS, textpage=textpage)
                ocr = True
        image_count = 0
        has_text = False
        first_block = True
        for block in raw["blocks"]:
            if block.get("type") != 0:
                image_count += 1
                continue
            block_lines = [ln for ln in block["lines"] if any(s["chars"] for s in ln["spans"])]
            if not block_lines:
                continue
            if not first_block:
                tb.separator(_BLOCK_SEP)
            first_block = False
            wrapped_at_space = False
            for li, ln in enumerate(block_lines):
                if li and (wrapped_at_space or not _continues_after_hyphen(tb, ln)):
                    tb.separator(_LINE_SEP)
                line_index = len(lines)
                start = tb.length
                size = 0.0
                bold = True
                prev_x1: float | None = None
                for span in ln["spans"]:
                    size = max(size, span["size"])
                    span_bold = bool(span["flags"] & pymupdf.TEXT_FONT_BOLD) or (
                        "bold" in span["font"].lower()
                    )
                    if span["chars"] and not all(ch["c"].isspace() for ch in span["chars"]):
                        bold = bold and span_bold
                    span_size = span["size"]
                    for ch in span["chars"]:
                        c = ch["c"]
                        x0, y0, x1, y1 = ch["bbox"]
                        space = c.isspace()
                        # A visible gap without a space character (kerning-placed words)
                        # becomes a space, so words never run together; a wide gap (a tab
                        # stop, a table column) becomes a tab, so cells stay apart.
                        if prev_x1 is not None and not space:
                            gap = x0 - prev_x1
                            if gap > 0.25 * span_size:
                                if gap > 1.5 * span_size:
                                    if tb.ends_with_space():
                                        tb.replace_last_space("\t")
                                    else:
                                        tb.separator("\t")
                                elif not tb.ends_with_space():
                                    tb.separator(" ")
                        if not c.isascii():
                            c = _normalise_char(c)
                        box = (page_number, x0, y0, x1, y1)
                        # Most glyphs are one character: appended here, not through tb.add,
                        # as this loop runs for every glyph of the document.
                        if len(c) == 1:
                            add_part(c)
                            add_box(box)
                            add_line_id(line_index)
                        else:
                            tb.add(c, box, line_index)
                        prev_x1 = x1
                        has_text = has_text or not space
                wrapped_at_space = tb.drop_trailing_spaces(start)
                end = tb.length
                lines.append(
                    Line(
                        page=page.number,
                        block=block["number"],
                        bbox=tuple(ln["bbox"]),
                        start=start,
                        end=end,
                        size=round(size, 2),
                        bold=bold,
                    )
                )
        pages.append(
            PageInfo(
                number=page.number,
                width=page.rect.width,
                height=page.rect.height,
                text_start=page_start,
                text_end=tb.length,
                has_text_layer=has_text,
                image_count=image_count,
                ocr=ocr,
                needs_ocr=not has_text and not ocr and _is_scanned(page),
            )
        )

    document = Document(
        path=path,
        text=tb.text(),
        char_boxes=tb.boxes,
        char_lines=tb.line_ids,
        lines=lines,
        pages=pages,
        metadata={k: v for k, v in (doc.metadata or {}).items() if v},
    )
    document.sections = _find_sections(document)
    document.fields = _find_fields(document)
    document.title = _find_title(document)
    return document


def _clean(text: str) -> str:
    return " ".join(text.split()).strip()


def heading_of(text: str) -> str | None:
    """The canonical section heading this line is, if it is one."""
    t = _HEADING_NUMBER.sub("", _clean(text)).rstrip(":").strip().lower()
    return _HEADINGS_BY_LOWER.get(t)


def label_of(text: str) -> tuple[str, str] | None:
    """(canonical label, rest of line) when a line starts with a header label."""
    t = _clean(text)
    low = t.lower()
    for label, lab in _LABELS_BY_INITIAL.get(low[:1], ()):
        if low == lab or low == lab + ":":
            return label, ""
        if low.startswith(lab) and len(t) > len(lab) and t[len(lab)] in ": \t":
            return label, t[len(lab) :].lstrip(": \t")
    return None


def _find_sections(doc: Document) -> list[Section]:
    found: list[tuple[str, int, int]] = []
    for line in doc.lines:
        heading = heading_of(doc.line_text(line))
        if heading:
            found.append((heading, line.page, line.start))
    sections = []
    for i, (heading, page, start) in enumerate(found):
        end = found[i + 1][2] if i + 1 < len(found) else len(doc.text)
        sections.append(Section(heading=heading, page=page, start=start, end=end))
    return sections


def _in_header_zone(doc: Document, line: Line) -> bool:
    """Before the first section heading of page 1, or the top/bottom band of a later page."""
    first_heading = doc.sections[0].start if doc.sections else len(doc.text)
    if line.page == 0 and line.start < first_heading:
        return True
    page = doc.pages[line.page]
    return line.bbox[1] < 0.12 * page.height or line.bbox[3] > 0.92 * page.height


def _find_fields(doc: Document) -> list[Field]:
    fields: list[Field] = []
    n = len(doc.lines)
    i = 0
    while i < n:
        line = doc.lines[i]
        text = doc.line_text(line)
        hit = label_of(text)
        if hit is None:
            i += 1
            continue
        label, rest = hit
        header_zone = _in_header_zone(doc, line)
        has_colon = ":" in text[: len(label) + 2] or "\t" in text
        if label.lower() in _AMBIGUOUS_LABELS and not header_zone:
            i += 1
            continue
        if rest and not header_zone and not has_colon:
            i += 1
            continue
        label_start = line.start + (len(text) - len(text.lstrip()))
        if rest:
            value_start = line.start + text.find(rest) if text.find(rest) >= 0 else line.end
            # A running header packs several fields on one line: "Zaaknummer Z-1 | Datum ...".
            rest = re.split(r"\s*[|\t]\s*|\s{3,}", rest)[0]
            fields.append(
                Field(label, rest, line.page, label_start, value_start, value_start + len(rest))
            )
            i += 1
            continue
        # The value stands on the following lines of the same column (Rijkshuisstijl colofon).
        value_lines: list[Line] = []
        j = i + 1
        prev = line
        while j < n and len(value_lines) < 8:
            cand = doc.lines[j]
            cand_text = doc.line_text(cand)
            if cand.page != line.page or not cand_text.strip():
                break
            if label_of(cand_text) or heading_of(cand_text) or _clean(cand_text) in DECISION_LABELS:
                break
            gap = cand.bbox[1] - prev.bbox[3]
            height = max(prev.bbox[3] - prev.bbox[1], 1.0)
            if gap > 2.5 * height or gap < -0.5 * height or abs(cand.bbox[0] - line.bbox[0]) > 40:
                break
            value_lines.append(cand)
            prev = cand
            j += 1
        if value_lines:
            vs, ve = value_lines[0].start, value_lines[-1].end
            fields.append(
                Field(label, _clean(doc.text[vs:ve]), line.page, label_start, vs, ve)
            )
            i = j
        else:
            fields.append(Field(label, "", line.page, label_start, line.end, line.end))
            i += 1
    return fields


def _find_title(doc: Document) -> str:
    first_page = [ln for ln in doc.lines if ln.page == 0]
    if not first_page:
        return ""
    field_lines = set()
    for f in doc.fields:
        for ln in first_page:
            if ln.start <= f.label_start < ln.end or f.value_start <= ln.start < max(
                f.value_end, f.value_start + 1
            ):
                field_lines.add(ln.start)

    page_height = doc.pages[0].height if doc.pages else 0.0

    def candidate(ln: Line) -> bool:
        t = _clean(doc.line_text(ln))
        return (
            len(t) > 6
            # A running footer ("nota box 3 - versie 0.4 - JvdB/HK - 12-03-2024") is not the
            # title, though it may start with "nota".
            and not _FOOTER_MARK.search(t)
            and not (page_height and ln.bbox[1] > FOOTER_ZONE * page_height)
            and t.upper() not in DECISION_LABELS
            and ln.start not in field_lines
            and heading_of(t) is None
            and label_of(t) is None
        )

    cands = [ln for ln in first_page if candidate(ln)]
    for ln in cands:
        if _TITLE_START.match(_clean(doc.line_text(ln))):
            return _title_with_continuation(doc, ln)
    if not cands:
        return ""
    body_size = sorted(ln.size for ln in first_page)[len(first_page) // 2]
    biggest = max(cands, key=lambda ln: (ln.size, -ln.start))
    if biggest.size > body_size + 0.5:
        return _title_with_continuation(doc, biggest)
    return ""


def _title_with_continuation(doc: Document, line: Line) -> str:
    """A title can wrap onto a second line of the same size in the same block."""
    idx = doc.lines.index(line)
    parts = [_clean(doc.line_text(line))]
    for nxt in doc.lines[idx + 1 : idx + 3]:
        if nxt.block == line.block and nxt.page == line.page and abs(nxt.size - line.size) < 0.1:
            t = _clean(doc.line_text(nxt))
            if t and heading_of(t) is None and label_of(t) is None:
                parts.append(t)
                continue
        break
    return " ".join(parts)
