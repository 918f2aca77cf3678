"""Table columns in a parsed document: which text stands under which column header.

A contact list or an action list names people by column ("Naam", "Voornaam", "Wie") or holds
a BSN column, and a cell on its own ("Hidde", "KB", "322960617") says too little to be found
by its shape. MuPDF gives every cell of a real table its own line, in row order; each line
has its box, so a cell belongs to the header it stands under. Lines are used as they are:
no table ruling or cell borders are needed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from woo_pipeline.document import Document, Line

ROW_TOLERANCE = 0.5  # header cells of one row: centres within half a line height
MAX_ROW_GAP = 1.2  # line heights between rows before the table is taken to have ended


@dataclass(frozen=True)
class Cell:
    header: str  # the header text, lower case, without a trailing colon
    start: int  # offsets in Document.text
    end: int


def column_cells(document: Document, headers: frozenset[str]) -> Iterable[Cell]:
    """Every line that stands under a header cell named in `headers` (lower case).

    A header cell is a line whose whole text is the header, with at least one other line in
    the same row (a table, not a heading). Its column runs from its left edge to the left edge
    of the next header cell of the row. The rows below belong to the table until a line
    starts left of the table, a line runs across the column's left edge, or the gap to the
    previous row is more than MAX_ROW_GAP line heights.
    """
    by_page: dict[int, list[Line]] = {}
    for line in document.lines:
        by_page.setdefault(line.page, []).append(line)
    for lines in by_page.values():
        for line in lines:
            name = _header_name(document, line)
            if name not in headers:
                continue
            row = _row_of(line, lines)
            if len(row) < 2:
                continue
            yield from _cells_under(document, line, name, row, lines)


def _header_name(document: Document, line: Line) -> str:
    return " ".join(document.line_text(line).split()).lower().rstrip(":")


def _row_of(header: Line, lines: list[Line]) -> list[Line]:
    """The lines level with `header`, left to right."""
    centre = (header.bbox[1] + header.bbox[3]) / 2
    height = max(header.bbox[3] - header.bbox[1], 1.0)
    row = [
        line
        for line in lines
        if abs((line.bbox[1] + line.bbox[3]) / 2 - centre) <= ROW_TOLERANCE * height
    ]
    return sorted(row, key=lambda line: line.bbox[0])


def _cells_under(
    document: Document, header: Line, name: str, row: list[Line], lines: list[Line]
) -> Iterable[Cell]:
    left = header.bbox[0]
    right = min((line.bbox[0] for line in row if line.bbox[0] > left + 1), default=float("inf"))
    table_left = row[0].bbox[0]
    height = max(header.bbox[3] - header.bbox[1], 1.0)
    bottom = header.bbox[3]
    below = sorted(
        (line for line in lines if line.bbox[1] >= header.bbox[3] - 0.25 * height),
        key=lambda line: (line.bbox[1], line.bbox[0]),
    )
    for line in below:
        if line.bbox[1] - bottom > MAX_ROW_GAP * height or line.bbox[0] < table_left - 2:
            return
        if line.bbox[0] < left - 2 and line.bbox[2] > left + 2:
            return  # a line across the column's edge: text below the table
        bottom = max(bottom, line.bbox[3])
        if left - 2 <= line.bbox[0] < right - 1:
            yield Cell(name, line.start, line.end)
