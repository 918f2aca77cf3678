"""Table columns: which text stands under which column header.

A contact list or an action list names people by column ("Naam", "Voornaam", "Wie") or holds
a BSN column, and a cell on its own ("Hidde", "KB", "322960617") says too little to be found
by its shape. Two readers:

- `column_cells` for real tables in a parsed document: MuPDF gives every cell its own line,
  in row order; each line has its box, so a cell belongs to the header it stands under. No
  table ruling or cell borders are needed. A cell whose text a word processor wrapped over
  two or more lines of its column is read as one cell (`_wraps_on`).
- `text_column_cells` for tables drawn as text, cells apart by a tab or two or more spaces.
"""

from __future__ import annotations

import bisect
import re
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
    header_start: int = -1  # offset of the header cell's line


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
    cell: Cell | None = None
    previous: Line | None = None
    for line in below:
        if line.bbox[1] - bottom > MAX_ROW_GAP * height or line.bbox[0] < table_left - 2:
            break
        if line.bbox[0] < left - 2 and line.bbox[2] > left + 2:
            break  # a line across the column's edge: text below the table
        bottom = max(bottom, line.bbox[3])
        if not left - 2 <= line.bbox[0] < right - 1:
            continue
        if (
            cell is not None
            and previous is not None
            and _wraps_on(document, previous, line, lines, (left, right), height)
        ):
            cell = Cell(name, cell.start, line.end, header.start)
        else:
            if cell is not None:
                yield cell
            cell = Cell(name, line.start, line.end, header.start)
        previous = line
    if cell is not None:
        yield cell


def _wraps_on(
    document: Document,
    above: Line,
    line: Line,
    lines: list[Line],
    column: tuple[float, float],
    height: float,
) -> bool:
    """Whether `line` goes on with the cell of `above` in the same column: a word processor
    wraps a cell's text that is too long for its column ("Bakker-Visser," | "Lotte"). It does
    when it follows `above` directly, on the page and in the text; `above` stands in a row
    (another column has a line level with it); and every line of another column level with
    `line` goes on with a cell of its own too. A new row's first line stands level with
    another column's first line, which has no line right above it."""
    if line.bbox[1] - above.bbox[3] > 0.5 * height:
        return False
    if document.text[above.end : line.start].strip():
        return False
    left, right = column

    def level_with(target: Line) -> list[Line]:
        centre = (target.bbox[1] + target.bbox[3]) / 2
        return [
            other for other in lines
            if other.page == target.page
            and not left - 2 <= other.bbox[0] < right - 1
            and abs((other.bbox[1] + other.bbox[3]) / 2 - centre) <= ROW_TOLERANCE * height
        ]

    def has_line_right_above(target: Line) -> bool:
        return any(
            other is not target
            and other.page == target.page
            and abs(other.bbox[0] - target.bbox[0]) <= 2
            and -0.25 * height <= target.bbox[1] - other.bbox[3] <= 0.5 * height
            for other in lines
        )

    if not level_with(above):
        return False
    return all(has_line_right_above(other) for other in level_with(line))


# A table drawn as text: cells are separated by a tab or by two or more spaces.
_CELL = re.compile(r"[^\t\n ](?:[^\t\n ]|[ ](?![ ]))*")
_TABLE_LINE = re.compile(
    r"(?m)^[ \t]*(?:[^\t\n ](?:[^\t\n ]|[ ](?![ ]))*(?:\t|[ ]{2,})[ \t]*)+"
    r"[^\t\n ](?:[^\t\n ]|[ ](?![ ]))*[ \t]*$"
)


def text_column_cells(text: str, headers: frozenset[str]) -> Iterable[tuple[str, re.Match]]:
    """(header, cell) for every cell under one of `headers` (lower case) in a table drawn as
    text: a header line of two or more cells, then rows of two or more cells up to a blank
    line or a line that is not a row. Cells apart by spaces are placed by their position
    under the header (a cell can hold "€   610"); cells apart by tabs by their order."""
    for header in _TABLE_LINE.finditer(text):
        head = list(_CELL.finditer(header.group()))
        names = [c.group().lower().rstrip(":") for c in head]
        if not any(n in headers for n in names):
            continue
        offsets = [c.start() for c in head]
        start = header.end() + 1
        while start < len(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            row = list(_CELL.finditer(text, start, end))
            if len(row) < 2:
                break
            by_position = "\t" not in text[start:end] and "\t" not in header.group()
            for i, cell in enumerate(row):
                if by_position:
                    # the rightmost header cell starting at or before the cell (+1 for slack)
                    column = bisect.bisect_right(offsets, cell.start() - start + 1) - 1
                else:
                    column = i
                if 0 <= column < len(names) and names[column] in headers:
                    yield names[column], cell
            start = end + 1
