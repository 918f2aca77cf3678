"""Page-level redaction: remove the glyphs under given areas and put a label in their place.

The caller has already decided WHAT to redact; this module does the removal on one page:

1. Real removal. Every area becomes a redaction annotation that MuPDF applies
   (``pdf_redact_page``, what ``page.apply_redactions`` calls): glyphs are removed from the
   content streams (Form XObjects included), image pixels under the area are set to white,
   vector line art is kept so table rules survive. MuPDF removes a glyph when its box
   (descender to ascender over the advance, shrunk by 10 %) overlaps the rectangle; line
   boxes of adjacent lines overlap, so for text each rectangle is narrowed to the middle half
   of its line height (images get the whole area, in a pass of their own). A glyph trace
   taken before and after tells exactly which glyphs went (the trace after is the probed one
   of 2., less its probes, unless the probes showed a glyph that was not there before: then
   a trace without probes): glyphs under an area that survived get a second, per-glyph pass;
   what still survives, or what was removed outside the areas, is counted and reported.
   MuPDF's filter replaces removed glyphs by a number in the TJ array, but MuPDF 1.28 leaves
   out the advance of the first removed glyph of each run, so the rest of the line moves back
   by one glyph width. The surviving glyphs are put back with pen corrections (see 2.), and
   any glyph that could not be is counted in ``chars_moved``.
   MuPDF writes new content streams; the old ones stay in the document until it is saved
   with ``garbage>=1`` (never save incrementally after redacting).

2. The label stands in reading order. ``add_redact_annot(text=...)`` and ``insert_text`` draw
   after the page content, so text extraction (which follows content-stream order) would put
   the label at the end of the page. Instead the label is written INTO the content stream, at
   the place of the removed text:

   * The content streams (the page and the Form XObjects MuPDF instanced for this page) are
     tokenised by a small content lexer, and a state walker tracks what a label needs: q/Q/cm,
     BT/ET, the text matrix, Tf/Tc/Tw/Tz/Tr/Ts and the fill colour.
   * Probing instead of font metrics: a tiny, self-cancelling "probe" glyph is inserted at
     candidate points (between text operators, between the elements of a TJ array, between
     text objects), each probe in its own fill colour. One ``get_texttrace()`` of the probed
     page tells where the pen is at each point and where each point lies in stream order
     relative to the surviving glyphs. No glyph widths of the document's own fonts are needed,
     so Type0/CID fonts with 2-byte codes are no different from simple fonts. Only the points
     that can matter are probed: those on the text lines of the areas (the walker follows
     each line's matrix; no widths needed for that either) and one per run of points between
     text objects. A page as a word processor writes it has a point between every two
     elements of its TJ arrays; probing them all doubled the cost of redacting it. When the
     points probed do not give every label a place that checks out, all points are probed.
   * Pen corrections for the MuPDF shift: before the first displaced glyph of a run, a
     ``/WooLbl 1 Tf [n] TJ`` moves the pen by what it lacks, then the state is restored. The
     pen at each point after the corrections follows from the moves they make (up to the
     next operator that resets the pen), so no second probe pass is needed.
   * For each area the label goes to a point between the surviving glyph that preceded the
     removed text in the original stream order and the surviving glyph that follows it, the
     point whose pen is nearest to where the removed text started. Inside a text object the
     label is a self-cancelling show operation
     ``0 g /WooLbl size Tf ... [dx (label) -dx-width] TJ`` followed by the restored text state,
     so every later glyph stays exactly where it was; between text objects it is a fresh
     ``q cm BT ... ET Q``. The label font is base-14 Helvetica with explicit /Widths, added
     to the stream's resources.
   * The label fills the gap: same font size as the removed text (poppler puts text of
     another size on a line of its own), horizontally squeezed or stretched (Tz, a little
     letter spacing). Text extractors decide spaces and line breaks from the gaps between
     glyphs, so a label that ends where the removed text ended reads as
     ``door [Redacted], telefoon``.
   * Each page is checked in a final glyph trace: every surviving glyph at its old
     position, nothing else drawn but the labels, each label between the right glyphs and
     starting where the removed text began. If anything differs, the pens are measured in a
     second probe pass instead and each label is checked again. So a page usually costs
     three runs of its content (before, probed, final). Labels that could not be placed in
     order (no text left around the gap, text in a Form XObject shared with other pages, an
     unparsable content stream, a content stream MuPDF did not run) are appended at the end
     of the page content instead, counted in ``labels_appended`` and explained in a warning.

3. Visible. A light-grey box is drawn over each area just before the text object that holds
   the label (or just before the label itself), so the box hides nothing that was drawn
   later, and the black label on top of it stays legible. MuPDF's own fill is not used: it is
   drawn after all content and would hide the label.

Coordinates are PyMuPDF page coordinates (top-left origin, unrotated page), the ones
``page.get_text("rawdict")`` returns.
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pymupdf

from woo_pipeline.vocabulary import REDACTION_LABEL

# Fraction of the line height kept of each redaction rectangle (centred): line boxes of
# neighbouring lines overlap, and MuPDF removes every glyph whose box overlaps the rectangle.
REMOVAL_BAND = 0.5
BOX_GRAY = 0.85  # light-grey box under a black label: legible on screen and in print
BOX_ASCENT = 0.85  # box height above and below the baseline, in em of the removed text
BOX_DESCENT = 0.25
LABEL_FONT_RESOURCE = "WooLbl"
MAX_STRETCH = 1.6  # horizontal scaling limits for fitting the label into the gap
MIN_SCALING = 0.01
MAX_LETTER_SPACING = 0.12  # em; text extractors see a word break from about 0.15 em
PROBE_CODE = 0xA4  # WinAnsi "¤": a rare glyph, drawn only by probes in their own colours
_PROBE_COLOR_OFFSET = 1  # probe colours start at (0, 0, 1/255): black stays free


@dataclass(frozen=True)
class RedactionArea:
    """One redacted item on one text line.

    rect: PyMuPDF page coordinates (top-left origin): the union of the glyph boxes of one
        redacted item on one line.
    label: text shown at the place of the removed text; "" shows none (e.g. the second line
        of an item). Characters outside Windows-1252 are shown as "?".
    """

    rect: tuple[float, float, float, float]
    label: str = REDACTION_LABEL


@dataclass
class PageRedactionResult:
    removed_areas: int
    labels_in_stream: int  # labels placed in content-stream order
    labels_appended: int  # labels that fell back to being appended at the end of the page
    warnings: list[str]
    chars_removed: int = 0  # glyphs removed from the page (forms and annotations included)
    chars_left_in_areas: int = 0  # glyphs under an area still present: a leak, should be 0
    chars_removed_outside_areas: int = 0  # neighbours lost by accident: should be 0
    chars_moved: int = 0  # surviving glyphs not back at their old position: should be 0


def redact_page(page: pymupdf.Page, areas: Sequence[RedactionArea]) -> PageRedactionResult:
    """Remove all content under `areas` from `page` and show each area's label in its place.

    Never leaves text under an area without saying so: glyphs that could not be removed are
    counted in `chars_left_in_areas` and named in `warnings`. Save the document with
    ``garbage>=1`` so the replaced content streams are dropped from the file, and with
    ``deflate=True``: the rewritten streams are left uncompressed until then.
    """
    result = PageRedactionResult(0, 0, 0, [])
    doc = page.parent
    if not doc.is_pdf:
        raise ValueError("redact_page needs a PDF page")
    valid: list[RedactionArea] = []
    for area in areas:
        rect = pymupdf.Rect(area.rect)
        if rect.is_empty or rect.is_infinite or not all(map(math.isfinite, area.rect)):
            result.warnings.append(f"skipped an empty or invalid area {area.rect}")
        else:
            valid.append(area)
    if not valid:
        return result
    # Redaction annotations already on the page would be applied by our passes too (the image
    # pass would use them up with their text left in place): take them along as unlabelled areas.
    existing = [
        RedactionArea(tuple(annot.rect), "")
        for annot in page.annots(types=[pymupdf.PDF_ANNOT_REDACT])
    ]
    if existing:
        result.warnings.append(
            f"{len(existing)} redaction annotation(s) already on the page were applied too"
        )
    caller_areas = len(valid)
    valid += existing

    writing_modes: set[int] = set()
    before = _trace_glyphs(page, writing_modes)
    owners = _owners(before, valid)
    directions: dict[int, tuple[float, float]] = {}
    for glyph, owner in zip(before, owners, strict=True):
        if owner is not None:
            directions.setdefault(owner, glyph[G_DIR])
    first_new_xref = doc.xref_length()  # objects from here on are created by this call
    bands = [
        _middle_band(pymupdf.Rect(a.rect), directions.get(i, (1.0, 0.0)))
        if i < caller_areas
        else pymupdf.Rect(a.rect)
        for i, a in enumerate(valid)
    ]
    _remove(page, bands, text=True)
    # The image pass comes second: the text pass leaves the content in one stream, cheaper to
    # look through for image operators than the many of the original; and on a page without
    # images that content is what the walk below reads.
    content: bytes | None = page_content(page)
    if _may_draw_images(page, content):
        _remove(page, [pymupdf.Rect(a.rect) for a in valid], text=False)
        content = None
    result.removed_areas = caller_areas

    # One trace of the probed page shows both which glyphs survived (every glyph that is not
    # a probe: probes draw in colours of their own and do not move the pen) and where the pen
    # is at each insertion point.
    walk_warnings: list[str] = []
    walker = _walk_page(page, first_new_xref, walk_warnings, content=content)
    trace: list[_Glyph] | None = None
    probes: _Inserts = {}
    near: set[int] | None = None  # None: every point probed
    if walker is not None:
        if not any(writing_modes):  # vertical text does not run along its line's x axis
            near = _points_near(walker, [a.rect for a in valid])
        probes = _probe_inserts(walker, near)
        trace = _probe(page, walker, probes)
        after = [g for g in trace if g[G_PROBE] is None]
    else:
        after = _trace_glyphs(page)
    found = _align(before, after, owners)
    if trace is not None and len(found) - found.count(None) != len(after):
        # The probed page shows a glyph that was not there before removal: the probes
        # disturbed the text. Take the survivors from the page without probes.
        _write_streams(doc, walker, {}, [])
        trace = None
        after = _trace_glyphs(page)
        found = _align(before, after, owners)
    leaked = [
        after[j]
        for j, owner in zip(found, owners, strict=True)
        if j is not None and owner is not None
    ]
    if leaked:
        # A second pass, one narrow rectangle per leaked glyph (e.g. a superscript whose box
        # misses the middle band of the line).
        if walker is not None:
            _write_streams(doc, walker, {}, [])  # the page without probes
        _remove(page, [_middle_band(pymupdf.Rect(g[G_BBOX]), g[G_DIR]) for g in leaked], text=True)
        after = _trace_glyphs(page)
        found = _align(before, after, owners)
        trace = None
        if walker is not None:
            walk_warnings = []
            walker = _walk_page(page, first_new_xref, walk_warnings, walker.font_xref)
            probes = _probe_inserts(walker) if walker is not None else {}
            near = None
    survived = [j is not None for j in found]
    _count_removal(result, before, survived, owners, valid)
    result.warnings.extend(walk_warnings)
    if walker is not None:
        _place_labels(
            page, walker, probes, trace, valid, before, survived, owners, result, near is None
        )
    return result


# --------------------------------------------------------------------------------------------
# Removal


def _remove(page: pymupdf.Page, rects: list[pymupdf.Rect], *, text: bool) -> None:
    """Apply redaction rectangles to the text only, or to the image pixels only.

    Text and images need different rectangles: text the band of its own line, images the whole
    area (a scanned name reaches above and below that band).

    The annotations are made and applied with MuPDF's own calls: PyMuPDF's
    ``add_redact_annot`` also draws an appearance and names each annotation (half a
    millisecond each), and ``apply_redactions`` only adds what their fill and overlay text
    would draw, which these annotations do not have. Redaction annotations that were on the
    page before can have both: while there are any, PyMuPDF's calls are used as they are.
    """
    if any(True for _ in page.annots(types=[pymupdf.PDF_ANNOT_REDACT])):
        for rect in rects:
            # fill=False: MuPDF's fill would be drawn after all content and hide the label.
            page.add_redact_annot(rect, fill=False)
        page.apply_redactions(
            images=pymupdf.PDF_REDACT_IMAGE_NONE if text else pymupdf.PDF_REDACT_IMAGE_PIXELS,
            graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
            text=pymupdf.PDF_REDACT_TEXT_REMOVE if text else pymupdf.PDF_REDACT_TEXT_NONE,
        )
        return
    mupdf = pymupdf.mupdf
    pdf_page = mupdf.pdf_page_from_fz_page(page.this)
    rotation = page.rotation
    if rotation:
        page.set_rotation(0)  # annotation rectangles are in unrotated page coordinates
    try:
        for rect in rects:
            # No fill (/IC): MuPDF's fill would be drawn after all content and hide the label.
            annot = mupdf.pdf_create_annot(pdf_page, mupdf.PDF_ANNOT_REDACT)
            mupdf.pdf_set_annot_rect(annot, mupdf.FzRect(rect.x0, rect.y0, rect.x1, rect.y1))
    finally:
        if rotation:
            page.set_rotation(rotation)
    options = mupdf.PdfRedactOptions()
    options.black_boxes = 0
    options.image_method = (
        pymupdf.PDF_REDACT_IMAGE_NONE if text else pymupdf.PDF_REDACT_IMAGE_PIXELS
    )
    options.line_art = pymupdf.PDF_REDACT_LINE_ART_NONE
    options.text = pymupdf.PDF_REDACT_TEXT_REMOVE if text else pymupdf.PDF_REDACT_TEXT_NONE
    mupdf.pdf_redact_page(mupdf.pdf_specifics(page.parent.this), pdf_page, options)


def _middle_band(rect: pymupdf.Rect, direction: tuple[float, float]) -> pymupdf.Rect:
    cut = (1 - REMOVAL_BAND) / 2
    if abs(direction[1]) > abs(direction[0]):  # vertical text line: the line height is along x
        return pymupdf.Rect(
            rect.x0 + cut * rect.width, rect.y0, rect.x1 - cut * rect.width, rect.y1
        )
    return pymupdf.Rect(rect.x0, rect.y0 + cut * rect.height, rect.x1, rect.y1 - cut * rect.height)


def _owners(glyphs: list[_Glyph], areas: list[RedactionArea]) -> list[int | None]:
    """For each glyph the first area that holds its centre, or None."""
    # Areas indexed by 16-point rows of the page: tests only against nearby areas.
    rows: dict[int, list[int]] = {}
    for index, area in enumerate(areas):
        for row in range(int(area.rect[1] // 16), int(area.rect[3] // 16) + 1):
            rows.setdefault(row, []).append(index)
    rects = [area.rect for area in areas]
    owners: list[int | None] = []
    append = owners.append
    for glyph in glyphs:
        x0, y0, x1, y1 = glyph[G_BBOX]
        cy = (y0 + y1) / 2
        nearby = rows.get(int(cy // 16))
        owner = None
        if nearby is not None:  # most glyphs have no area in their row
            cx = (x0 + x1) / 2
            for i in nearby:
                r = rects[i]
                # Plain comparisons: pymupdf.Rect.contains costs tens of microseconds a call.
                if r[0] <= cx <= r[2] and r[1] <= cy <= r[3]:
                    owner = i
                    break
        append(owner)
    return owners


def _count_removal(
    result: PageRedactionResult,
    before: list[_Glyph],
    survived: list[bool],
    owners: list[int | None],
    areas: list[RedactionArea],
) -> None:
    leaky_areas: set[int] = set()
    lost: list[str] = []
    for glyph, alive, owner in zip(before, survived, owners, strict=True):
        if not alive:
            result.chars_removed += 1
            if owner is None:
                lost.append(glyph[G_CHAR])
        elif owner is not None and not glyph[G_CHAR].isspace():
            result.chars_left_in_areas += 1
            leaky_areas.add(owner)
    result.chars_removed_outside_areas = len(lost)
    if leaky_areas:
        # Positions only: the text itself is what must not end up in logs.
        where = ", ".join(str(tuple(round(v) for v in areas[i].rect)) for i in sorted(leaky_areas))
        result.warnings.append(
            f"{result.chars_left_in_areas} glyph(s) under redaction areas could not be removed "
            f"(in an annotation, pattern or Type3 glyph?) at {where}"
        )
    if lost:
        result.warnings.append(
            f"{len(lost)} glyph(s) outside the areas were removed too: {''.join(lost)[:40]!r}"
        )


# --------------------------------------------------------------------------------------------
# Glyph traces


# A glyph of a trace is a plain tuple, (char, gid, origin, bbox, size, direction, probe):
# a page has thousands of glyphs and each trace makes them all anew, and a tuple built in a
# comprehension costs a sixth of an object with slots. These name its fields. `origin` and
# `bbox` are the trace's own tuples of floats (no pymupdf objects); `probe` is the index of
# the probe that drew the glyph, or None.
G_CHAR, G_GID, G_ORIGIN, G_BBOX, G_SIZE, G_DIR, G_PROBE = range(7)
_Glyph = tuple  # for type hints


def _trace_glyphs(page: pymupdf.Page, writing_modes: set[int] | None = None) -> list[_Glyph]:
    """Every glyph the page draws, in content-stream order (annotations at the end).

    `writing_modes`: if given, gets the writing mode of every span (1: vertical).
    """
    glyphs: list[_Glyph] = []
    extend = glyphs.extend
    for span in page.get_texttrace():
        if writing_modes is not None:
            writing_modes.add(span["wmode"])
        probe_index = _probe_index(span)  # None: no glyph of the span is a probe
        size, direction = span["size"], span["dir"]
        # chr() of a code outside 0..0x10FFFF would raise: such a glyph reads as U+FFFD.
        if probe_index is None:
            extend([
                (chr(u) if 0 <= u < 0x110000 else "\ufffd", gid, origin, bbox, size, direction,
                 None)
                for u, gid, origin, bbox in span["chars"]
            ])
        else:
            extend([
                (chr(u) if 0 <= u < 0x110000 else "\ufffd", gid, origin, bbox, size, direction,
                 probe_index if u == PROBE_CODE else None)
                for u, gid, origin, bbox in span["chars"]
            ])
    return glyphs


def _probe_index(span: dict) -> int | None:
    """The probe number encoded in a span's fill colour, if the span can be a probe."""
    color = span.get("color")
    if span.get("font") != "Helvetica" or span.get("colorspace") != 3 or not color:
        return None
    if len(color) != 3:
        return None
    return _probe_number(tuple(color))


@functools.lru_cache(maxsize=4096)
def _probe_number(color: tuple[float, ...]) -> int | None:
    channels = [c * 255 for c in color]
    if any(abs(c - round(c)) > 0.01 for c in channels):
        return None
    r, g, b = (round(c) for c in channels)
    value = (r << 16) | (g << 8) | b
    return value - _PROBE_COLOR_OFFSET if value >= _PROBE_COLOR_OFFSET else None


@functools.lru_cache(maxsize=4096)
def _probe_color(index: int) -> bytes:
    value = index + _PROBE_COLOR_OFFSET
    parts = [(value >> 16) & 255, (value >> 8) & 255, value & 255]
    return b" ".join(_num(p / 255, 6) for p in parts) + b" rg"


def _same_glyph(a: _Glyph, b: _Glyph) -> bool:
    # MuPDF rewrites positions with a few decimals when it filters a stream.
    return (
        a[G_CHAR] == b[G_CHAR]
        and a[G_GID] == b[G_GID]
        and abs(a[G_ORIGIN][0] - b[G_ORIGIN][0]) < 0.05
        and abs(a[G_ORIGIN][1] - b[G_ORIGIN][1]) < 0.05
    )


def _moved_back_from(glyph: _Glyph, original: _Glyph) -> bool:
    """Whether `glyph` can be `original` after removal: same glyph, same line, not further on.

    MuPDF 1.28 loses the advance of the first removed glyph of each removed run inside a
    string, so text after a redaction on the same line can move back along the line.
    """
    if glyph[G_CHAR] != original[G_CHAR] or glyph[G_GID] != original[G_GID]:
        return False
    dx = original[G_ORIGIN][0] - glyph[G_ORIGIN][0]
    dy = original[G_ORIGIN][1] - glyph[G_ORIGIN][1]
    ux, uy = original[G_DIR]
    return abs(-dx * uy + dy * ux) < 0.05 and dx * ux + dy * uy > -0.05


def _align(before: list[_Glyph], after: list[_Glyph], owners: list[int | None]) -> list[int | None]:
    """For each glyph before removal, its index in `after`; None if it was removed.

    Removal only drops glyphs, so the survivors keep their order. A glyph under an area is
    expected to be gone: when the glyph after a run of those fits too, that one is taken.
    If the greedy pass cannot place every glyph, one without that preference is tried, and
    as a last resort glyphs are matched by position alone.
    """
    count = len(before)
    for prefer_outside in (True, False):
        found: list[int | None] = [None] * len(before)
        k = 0
        for j, glyph in enumerate(after):
            # while not _moved_back_from(glyph, before[k]): k += 1 -- inlined, it runs for
            # every glyph of the page.
            char, gid, (x, y) = glyph[G_CHAR], glyph[G_GID], glyph[G_ORIGIN]
            while k < count:
                original = before[k]
                if original[G_CHAR] == char and original[G_GID] == gid:
                    dx, dy = original[G_ORIGIN][0] - x, original[G_ORIGIN][1] - y
                    ux, uy = original[G_DIR]
                    if abs(-dx * uy + dy * ux) < 0.05 and dx * ux + dy * uy > -0.05:
                        break
                k += 1
            if k == count:
                break
            if prefer_outside and owners[k] is not None:
                later = k
                while later < len(before) and owners[later] is not None:
                    later += 1
                if later < len(before) and _moved_back_from(glyph, before[later]):
                    k = later
            found[k] = j
            k += 1
        else:
            return found
    by_position: dict[tuple, list[int]] = {}
    for j, glyph in enumerate(after):
        by_position.setdefault(_position_key(glyph), []).append(j)
    matched: list[int | None] = []
    for glyph in before:
        candidates = by_position.get(_position_key(glyph))
        matched.append(candidates.pop(0) if candidates else None)
    return matched


def _position_key(glyph: _Glyph) -> tuple:
    x, y = glyph[G_ORIGIN]
    return (glyph[G_CHAR], glyph[G_GID], round(x, 1), round(y, 1))


# An operator ends before whitespace or a delimiter; it may follow a number without a space
# (MuPDF reads "0W" as "0 W").
_REGULAR_CLASS = rb"[^\x00\t\n\x0c\r ()<>\[\]{}/%]"
_MAY_PRECEDE_OPERATOR = rb"\x00\t\n\x0c\r ()<>\[\]{}/%0-9.+\-"


def operator_pattern(*operators: bytes) -> re.Pattern[bytes]:
    """A pattern for these operators in content-stream bytes, each preceded by nothing or a
    byte that may precede an operator, and followed by no regular byte (one look at the
    bytes, for a question about a whole page; it may also match in a string or comment).

    Each alternative starts with its operator and looks back only once that matched
    ("Do(?<![^...]Do)"), instead of a lookbehind in front: then the regular expression
    engine can skip ahead to the operators' first letters rather than try every position,
    which makes a search through a page's content five to twenty times faster.
    """
    alternatives = [
        re.escape(op) + rb"(?<![^" + _MAY_PRECEDE_OPERATOR + rb"]" + re.escape(op) + rb")"
        for op in operators
    ]
    return re.compile(rb"(?:" + rb"|".join(alternatives) + rb")(?!" + _REGULAR_CLASS + rb")")


# What can draw an image: an XObject (an image, or a form that draws one), an inline image,
# a shading or pattern, a soft mask (gs), and Type 3 glyphs (their procedures are content).
_MAY_DRAW_IMAGES = operator_pattern(b"Do", b"BI", b"sh", b"scn", b"SCN", b"gs")


def _may_draw_images(page: pymupdf.Page, content: bytes) -> bool:
    """False only if the page (its `content`) draws no image: then the image pass of the
    removal (a run of the whole page through MuPDF's filter) has nothing to do."""
    return bool(_MAY_DRAW_IMAGES.search(content)) or has_type3_font(page)


def page_content(page: pymupdf.Page) -> bytes:
    """The page's content streams joined, in one call: one call per stream costs a
    millisecond for a page of 70 streams (a PyMuPDF-drawn page has one per drawing call)."""
    try:
        return page.read_contents()
    except Exception:  # a stream MuPDF cannot decode: what each stream gives
        doc = page.parent
        return b"\n".join(doc.xref_stream(xref) or b"" for xref in page.get_contents())


def page_resources(page: pymupdf.Page):  # -> mupdf.PdfObj
    """The page's /Resources dictionary, inherited from the page tree if need be."""
    mupdf = pymupdf.mupdf
    page_obj = mupdf.pdf_page_from_fz_page(page.this).obj()
    return mupdf.pdf_dict_get_inheritable(page_obj, mupdf.pdf_new_name("Resources"))


def has_type3_font(page: pymupdf.Page) -> bool:
    """Whether the page's own font resources (inherited ones included) hold a Type 3 font.

    Enough for content that draws no form, pattern or annotation: it can then only select
    fonts from these. (Page.get_fonts walks every form in the resources too and reads each
    font program, ten times the cost.)
    """
    mupdf = pymupdf.mupdf
    fonts = mupdf.pdf_dict_gets(page_resources(page), "Font")
    for i in range(mupdf.pdf_dict_len(fonts)):
        font = mupdf.pdf_dict_get_val(fonts, i)
        if mupdf.pdf_to_name(mupdf.pdf_dict_gets(font, "Subtype")) == "Type3":
            return True
    return False


# --------------------------------------------------------------------------------------------
# Content-stream lexer


class _ContentSyntaxError(ValueError):
    pass


_WHITESPACE = frozenset(b"\x00\t\n\x0c\r ")
_DELIMITERS = frozenset(b"()<>[]{}/%")
_NUMBER = re.compile(rb"[+-]?(?:\d+\.?\d*|\.\d+)")
_END_OF_INLINE_IMAGE = re.compile(rb"[\x00\t\n\x0c\r ]EI(?=[\x00\t\n\x0c\r ]|\Z)")
_KEYWORD_VALUES = frozenset({"true", "false", "null"})
_SPACE = re.compile(rb"(?:[\x00\t\n\x0c\r ]+|%[^\r\n]*)+")
_REGULAR = re.compile(rb"[^\x00\t\n\x0c\r ()<>\[\]{}/%]*")
_STRING_SPECIAL = re.compile(rb"[()\\]")


class _Obj:
    """One object of a content stream.

    kind: "num", "name", "str", "array", "dict" or "word"; raw: its bytes; value: a float for
    "num", a list of _Obj for "array", a str for "word". An array the one-pass lexer read in
    one piece gets its items only when they are asked for (most never are).
    """

    __slots__ = ("kind", "raw", "_value")

    def __init__(self, kind: str, raw: bytes, value: object = None) -> None:
        self.kind = kind
        self.raw = raw
        self._value = value

    @property
    def value(self) -> object:
        if self._value is None and self.kind == "array":
            self._value = _Lexer(self.raw).next_obj().value
        return self._value

    def items(self) -> int:
        """How many items an array has (0 for anything else that has no items)."""
        if self._value is None and self.kind == "array":
            return len(_ARRAY_ITEM.findall(self.raw, 1, len(self.raw) - 1))
        return len(self.value or [])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Obj):
            return NotImplemented
        return (self.kind, self.raw, self.value) == (other.kind, other.raw, other.value)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"_Obj({self.kind!r}, {self.raw!r}, {self.value!r})"


class _Op:
    """One operator with its operands.

    start: offset of the first operand (or of the operator); end: offset just after the
    operator. Operands the one-pass lexer skipped over are read when first asked for.
    """

    __slots__ = ("name", "_operands", "start", "end", "_data", "_operands_end")

    def __init__(
        self,
        name: str,
        operands: list[_Obj] | None,
        start: int,
        end: int,
        data: bytes = b"",
        operands_end: int = 0,
    ) -> None:
        self.name = name
        self._operands = operands
        self.start = start
        self.end = end
        self._data = data  # with operands None: the stream, operands in [start, operands_end)
        self._operands_end = operands_end

    @property
    def operands(self) -> list[_Obj]:
        if self._operands is None:
            self._operands = _read_operands(self._data, self.start, self._operands_end)
        return self._operands

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Op):
            return NotImplemented
        return (self.name, self.operands, self.start, self.end) == (
            other.name,
            other.operands,
            other.start,
            other.end,
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"_Op({self.name!r}, {self.operands!r}, {self.start}, {self.end})"


class _Lexer:
    """Tokeniser for PDF content streams (ISO 32000-1, 7.2 and 8.9.7 for inline images)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def skip_space(self) -> None:
        """Skip whitespace and % comments (up to the end of the line)."""
        match = _SPACE.match(self.data, self.pos)
        if match is not None:
            self.pos = match.end()

    def next_obj(self) -> _Obj | None:
        """The next object; None at the end. Arrays and dicts come back whole."""
        self.skip_space()
        data, start = self.data, self.pos
        if start >= len(data):
            return None
        c = data[start]
        if c == 0x28:  # (
            self.pos = _end_of_literal_string(data, start)
            return _Obj("str", data[start : self.pos])
        if c == 0x3C and data[start + 1 : start + 2] == b"<":  # <<
            self.pos += 2
            self._objects_until(b">>")
            return _Obj("dict", data[start : self.pos])
        if c == 0x3C:  # <hex>
            end = data.find(b">", start)
            if end < 0:
                raise _ContentSyntaxError("unterminated hex string")
            self.pos = end + 1
            return _Obj("str", data[start : self.pos])
        if c == 0x5B:  # [
            self.pos += 1
            items = self._objects_until(b"]")
            return _Obj("array", data[start : self.pos], items)
        if c == 0x2F:  # /name
            self.pos += 1
            self._skip_regular()
            return _Obj("name", data[start : self.pos])
        if c in _DELIMITERS:
            raise _ContentSyntaxError(f"unexpected {chr(c)!r} at offset {start}")
        self._skip_regular()
        raw = data[start : self.pos]
        if _NUMBER.fullmatch(raw):
            return _Obj("num", raw, float(raw))
        return _Obj("word", raw, raw.decode("latin-1"))

    def _skip_regular(self) -> None:
        self.pos = _REGULAR.match(self.data, self.pos).end()

    def _objects_until(self, closing: bytes) -> list[_Obj]:
        items: list[_Obj] = []
        while True:
            self.skip_space()
            if self.data.startswith(closing, self.pos):
                self.pos += len(closing)
                return items
            item = self.next_obj()
            if item is None:
                raise _ContentSyntaxError(f"missing {closing.decode()}")
            items.append(item)

    def skip_inline_image(self) -> None:
        """After BI: skip the image dictionary, ID, the image data and EI."""
        while True:
            item = self.next_obj()
            if item is None:
                raise _ContentSyntaxError("unterminated inline image")
            if item.kind == "word" and item.value == "ID":
                break
        self.pos += 1  # the single whitespace byte after ID
        match = _END_OF_INLINE_IMAGE.search(self.data, self.pos)
        if match is None:
            raise _ContentSyntaxError("inline image without EI")
        self.pos = match.end()


def _end_of_literal_string(data: bytes, start: int) -> int:
    depth = 0
    i = start
    search = _STRING_SPECIAL.search
    while True:
        match = search(data, i)
        if match is None:
            raise _ContentSyntaxError("unterminated string")
        i = match.start()
        c = data[i]
        if c == 0x5C:  # backslash escapes the next byte
            i += 2
            continue
        if c == 0x28:
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1


def _parse_content(data: bytes) -> list[_Op]:
    ops = _parse_operations(data)
    if ops is None:
        ops = _parse_content_fast(data)
    return ops if ops is not None else _parse_content_slow(data)


_WS_CLASS = rb"[\x00\t\n\x0c\r ]"
_REGULAR_CHAR = rb"[^\x00\t\n\x0c\r ()<>\[\]{}/%]"
# An array item the one-pass lexer can read: a string without nested parentheses, a hex
# string, a name or a run of regular characters (each run taken whole: no backtracking).
_ITEM_PATTERN = (
    rb"\((?:[^()\\]|\\[\s\S])*\)|<[^<>]*>"
    rb"|/" + _REGULAR_CHAR + rb"*(?!" + _REGULAR_CHAR + rb")"
    rb"|" + _REGULAR_CHAR + rb"+(?!" + _REGULAR_CHAR + rb")"
)
_ARRAY_ITEM = re.compile(_ITEM_PATTERN)
_FAST_TOKEN = re.compile(
    _WS_CLASS + rb"*(?:"  # whitespace before the token, taken with it
    rb"(?P<num>[+-]?(?:\d+\.?\d*|\.\d+)(?!" + _REGULAR_CHAR + rb"))"
    # An array of such items only (no comment, no nested array or dictionary) in one piece.
    rb"|(?P<array>\[(?:" + _WS_CLASS + rb"|" + _ITEM_PATTERN + rb")*\])"
    rb"|(?P<word>" + _REGULAR_CHAR + rb"+)"
    rb"|(?P<name>/" + _REGULAR_CHAR + rb"*)"
    rb"|(?P<str>\((?:[^()\\]|\\[\s\S])*\))"  # a string without nested parentheses
    rb"|(?P<hex><(?!<)[^>]*>)"
    rb"|(?P<open>\[|<<)"
    rb"|(?P<close>\]|>>)"
    rb"|(?P<other>[^\x00\t\n\x0c\r ])"
    rb")"
)
_CLOSING = {b"[": b"]", b"<<": b">>"}
_NUMBER_TOKEN = rb"[+-]?(?:\d+\.?\d*|\.\d+)(?!" + _REGULAR_CHAR + rb")"
_KEYWORD_TOKEN = rb"(?:true|false|null)(?!" + _REGULAR_CHAR + rb")"
# One operation: operands of the kinds the one-pass lexer reads without a stack, then the
# operator (a run of regular characters that is no number and no true/false/null).
_OPERATION = re.compile(
    rb"(?:" + _WS_CLASS + rb"*(?:"
    + _NUMBER_TOKEN
    + rb"|\[(?:" + _WS_CLASS + rb"|" + _ITEM_PATTERN + rb")*\]"
    + rb"|/" + _REGULAR_CHAR + rb"*(?!" + _REGULAR_CHAR + rb")"
    + rb"|\((?:[^()\\]|\\[\s\S])*\)"
    + rb"|<(?!<)[^>]*>"
    + rb"|" + _KEYWORD_TOKEN
    + rb"))*?" + _WS_CLASS + rb"*"
    + rb"(?P<op>(?!" + _NUMBER_TOKEN + rb"|" + _KEYWORD_TOKEN + rb")"
    + _REGULAR_CHAR + rb"+)"
)
_LEADING_SPACE = re.compile(_WS_CLASS + rb"*")
_TRAILING_SPACE = re.compile(_WS_CLASS + rb"*\Z")


def _parse_operations(data: bytes) -> list[_Op] | None:
    """`_parse_content_slow` one operation at a time, operands read only when asked for.

    Returns None for a stream with anything else (dictionaries, nested arrays, comments,
    strings with nested parentheses, inline images, operands without an operator).
    """
    ops: list[_Op] = []
    match = _OPERATION.match
    space = _LEADING_SPACE.match
    position, size = 0, len(data)
    while True:
        found = match(data, position)
        if found is None:
            break
        name = found.group("op").decode("latin-1")
        if name == "BI":
            return None
        start = space(data, position).end()
        ops.append(_Op(name, None, start, found.end(), data, found.start("op")))
        position = found.end()
    if position < size and _TRAILING_SPACE.match(data, position) is None:
        return None
    return ops


def _read_operands(data: bytes, start: int, stop: int) -> list[_Obj]:
    """The operands in data[start:stop], which _OPERATION found to be simple ones."""
    operands: list[_Obj] = []
    for found in _FAST_TOKEN.finditer(data, start, stop):
        kind = found.lastgroup
        raw = found.group(kind)
        if kind == "num":
            operands.append(_Obj("num", raw, float(raw)))
        elif kind == "word":
            operands.append(_Obj("word", raw, raw.decode("latin-1")))
        elif kind == "name":
            operands.append(_Obj("name", raw))
        elif kind == "array":
            operands.append(_Obj("array", raw))
        else:  # str and hex
            operands.append(_Obj("str", raw))
    return operands


def _parse_content_fast(data: bytes) -> list[_Op] | None:
    """`_parse_content_slow` in one pass of a regular expression over the stream.

    Returns None for what it does not handle (comments, strings with nested parentheses,
    inline images, anything malformed); the slow lexer then gives the answer or the error.
    """
    ops: list[_Op] = []
    operands: list[_Obj] = []
    start: int | None = None
    stack: list[tuple[bytes, int, list[_Obj]]] = []  # open arrays and dictionaries
    for match in _FAST_TOKEN.finditer(data):
        kind = match.lastgroup
        at = match.start(kind)
        if not stack and start is None:
            start = at
        if kind == "word":
            raw = match.group(kind)
            value = raw.decode("latin-1")
            if not stack and value not in _KEYWORD_VALUES:
                if value == "BI":
                    return None
                ops.append(_Op(value, operands, start, match.end()))
                operands, start = [], None
                continue
            item = _Obj("word", raw, value)
        elif kind == "num":
            raw = match.group(kind)
            item = _Obj("num", raw, float(raw))
        elif kind == "name":
            item = _Obj("name", match.group(kind))
        elif kind == "str" or kind == "hex":
            item = _Obj("str", match.group(kind))
        elif kind == "array":
            item = _Obj("array", match.group(kind))  # items read when asked for
        elif kind == "open":
            stack.append((match.group(kind), at, []))
            continue
        elif kind == "close":
            if not stack or _CLOSING[stack[-1][0]] != match.group(kind):
                return None
            opening, begin, items = stack.pop()
            raw = data[begin : match.end()]
            item = _Obj("array", raw, items) if opening == b"[" else _Obj("dict", raw)
        else:
            return None
        if stack:
            stack[-1][2].append(item)
        else:
            operands.append(item)
    return None if stack else ops


def _parse_content_slow(data: bytes) -> list[_Op]:
    lexer = _Lexer(data)
    ops: list[_Op] = []
    operands: list[_Obj] = []
    start: int | None = None
    while True:
        lexer.skip_space()
        position = lexer.pos
        item = lexer.next_obj()
        if item is None:
            return ops
        if start is None:
            start = position
        if item.kind != "word" or item.value in _KEYWORD_VALUES:
            operands.append(item)
            continue
        if item.value == "BI":
            lexer.skip_inline_image()
        ops.append(_Op(str(item.value), operands, start, lexer.pos))
        operands, start = [], None


# --------------------------------------------------------------------------------------------
# Content-stream state walker


_TEXT_SHOW = frozenset({"Tj", "TJ", "'", '"'})
_TEXT_POSITION = frozenset({"Td", "TD", "Tm", "T*"})
_PATH_CONSTRUCTION = frozenset({"m", "l", "c", "v", "y", "h", "re"})
_PATH_PAINTING = frozenset({"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"})
# Points after these operators are worth a probe: the pen or the text object changed there.
_PROBE_AFTER = _TEXT_SHOW | _TEXT_POSITION | {"BT", "ET", "Do", "Q"}
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _next_line(line: tuple[float, ...], tx: float, ty: float) -> tuple[float, ...]:
    """The text line matrix after Td tx ty: the line start moved by (tx, ty) in text space."""
    a, b, c, d, e, f = line
    return (a, b, c, d, tx * a + ty * c + e, tx * b + ty * d + f)


def _times(m: Sequence[float], n: Sequence[float]) -> tuple[float, ...]:
    """The product m x n of two PDF matrices (a, b, c, d, e, f): m first, then n."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


# Operators that move to the start of the next line (by the leading) before showing.
_NEXT_LINE = frozenset({"T*", "'", '"'})
_ZERO = frozenset({b"0", b"0.0", b"0.", b".0", b"-0", b"+0"})  # a text rise of nothing
# Operators after which an earlier pen correction no longer applies.
_PEN_RESET = _TEXT_POSITION | {"BT", "ET", "'", '"'}
# Operators that can change what _GState.restore_text_state returns (Q: another state).
_RESTORE_CHANGES = frozenset(
    {"Q", "Tf", "Tc", "Tw", "Tz", "Tr", "Ts", '"', "g", "rg", "k", "cs", "sc", "scn"}
)


@dataclass
class _GState:
    """The part of the graphics state a label changes or needs."""

    ctm: pymupdf.Matrix
    font: bytes | None = None  # the Tf operation that set the font, None while unset
    font_known: bool = True  # False after gs with a /Font entry: we cannot restore that
    char_spacing: bytes = b"0"
    word_spacing: bytes = b"0"
    horizontal_scaling: bytes = b"100"
    render_mode: bytes = b"0"
    rise: bytes = b"0"
    fill_space: bytes = b""  # the cs operation in effect, b"" for g/rg/k colours
    fill_color: bytes = b"0 g"  # the operation that set the fill colour
    leading: float | None = 0.0  # TL, for T*, ' and "; None when not a number

    def copy(self) -> _GState:
        # Matrices are never changed in place (cm makes a new one), so they can be shared.
        return _GState(**self.__dict__)

    def restore_text_state(self) -> bytes:
        parts = [self.font] if self.font else []
        parts += [
            self.char_spacing + b" Tc",
            self.word_spacing + b" Tw",
            self.horizontal_scaling + b" Tz",
            self.render_mode + b" Tr",
            self.rise + b" Ts",
        ]
        return b" ".join(parts + [p for p in (self.fill_space, self.fill_color) if p])


_UNKNOWN = object()


@dataclass
class _Point:
    """A place in a content stream where a label (or a probe) can be inserted."""

    stream: int  # index into the list of streams
    op_index: int  # inserted before this operator ...
    element: int | None  # ... or, for a TJ operator, after this element of its array
    in_text: bool
    bt_index: int | None  # the BT operator of the enclosing text object
    ctm: pymupdf.Matrix  # stream user space -> PDF page space
    text_matrix: pymupdf.Matrix | None  # linear part of the text matrix
    restore: bytes  # restores the text state and fill colour after a label
    pen: tuple[float, float] | None = None  # where a probe found the pen (page coordinates)
    position: int | None = None  # index of its probe glyph in the probed glyph trace
    linear: object = _UNKNOWN  # its _text_space, once computed
    # The text line matrix (a, b, c, d, e, f) in text, None when not known (a rise, an
    # operand that is not a number): the glyphs shown from here lie on that line.
    line: tuple[float, ...] | None = None


@dataclass
class _Stream:
    xref: int
    data: bytes
    ops: list[_Op]
    font: str | None  # resource name of the label font in this stream's resources

    def __post_init__(self) -> None:
        # resets[i]: operators among ops[:i] that put the pen back on the line start.
        self.resets = [0]
        for op in self.ops:
            self.resets.append(self.resets[-1] + (op.name in _PEN_RESET))


class _Walker:
    """Walks the page stream and the Form XObjects it draws, collecting insertion points."""

    def __init__(self, page: pymupdf.Page, first_new_xref: int, font_xref: int) -> None:
        self.page = page
        self.page_transform = page.transformation_matrix  # PDF page space -> page coordinates
        self.doc = page.parent
        self.first_new_xref = first_new_xref
        self.font_xref = font_xref
        self.streams: list[_Stream] = []
        self.points: list[_Point] = []
        self.end_state: _GState | None = None  # page stream state after all its operators
        self.end_closing = b""  # operators that close what the page stream left open
        self.skipped_forms: list[str] = []
        self._form_uses: dict[int, int] = {}
        self._parents: list[int | None] = []  # for each stream, the stream that draws it
        # _text_space by (id(text matrix), id(ctm)): the points of a text object share both
        # matrices. Each entry holds the two matrices as well, so their ids stay theirs.
        self.text_spaces: dict[tuple[int, int], tuple[object, object, object]] = {}

    def walk_page(self, data: bytes, xref: int) -> None:
        font = _add_font_resource(self.doc, self.page.xref, self.font_xref)
        self._walk(xref, data, font, pymupdf.Matrix(1, 0, 0, 1, 0, 0), self.page.xref, None)
        # A form drawn more than once would show its probes and labels at every use.
        shared = {i for i, s in enumerate(self.streams) if self._form_uses.get(s.xref, 0) > 1}
        for i, parent in enumerate(self._parents):
            if parent in shared:
                shared.add(i)  # parents come before their children
        if shared:
            self.points = [p for p in self.points if p.stream not in shared]

    def _walk(
        self,
        xref: int,
        data: bytes,
        font: str | None,
        ctm: pymupdf.Matrix,
        holder: int,
        parent: int | None,
    ) -> None:
        ops = _parse_content(data)  # raises _ContentSyntaxError before anything is recorded
        index = len(self.streams)
        self.streams.append(_Stream(xref, data, ops, font))
        self._parents.append(parent)
        depth = sum(1 for _ in self._ancestors(index))
        state = _GState(ctm=pymupdf.Matrix(ctm))
        stack: list[_GState] = []
        in_text = in_path = False
        bt_index: int | None = None
        text_matrix = pymupdf.Matrix(1, 0, 0, 1, 0, 0)
        line: tuple[float, ...] | None = _IDENTITY  # the text line matrix, plain floats
        # state.restore_text_state() of the current state, made again only after an operator
        # that changes what it restores (most points share it).
        restore: bytes | None = None

        def add_point(op_index: int, element: int | None = None) -> None:
            nonlocal restore
            if font is None or in_path or (in_text and not state.font_known):
                return
            if restore is None:
                restore = state.restore_text_state()
            self.points.append(
                _Point(
                    index,
                    op_index,
                    element,
                    in_text,
                    bt_index if in_text else None,
                    state.ctm,
                    text_matrix if in_text else None,
                    restore,
                    line=line if in_text and state.rise in _ZERO else None,
                )
            )

        add_point(0)
        for i, op in enumerate(ops):
            name = op.name
            if name == "TJ" and in_text and len(op.operands) == 1:
                for element in range(op.operands[0].items() - 1):
                    add_point(i, element)
            if name == "q":
                stack.append(state.copy())
            elif name == "Q":
                if stack:
                    state = stack.pop()
            elif name == "cm":
                nums = [o.value for o in op.operands if o.kind == "num"]
                if len(nums) == 6:
                    state.ctm = pymupdf.Matrix(*nums) * state.ctm
            elif name == "BT":
                in_text, bt_index = True, i
                text_matrix = pymupdf.Matrix(1, 0, 0, 1, 0, 0)
                line = _IDENTITY
            elif name == "ET":
                in_text, bt_index = False, None
            elif name == "Tm":
                nums = [o.value for o in op.operands if o.kind == "num"]
                line = None
                if len(nums) == 6:
                    text_matrix = pymupdf.Matrix(nums[0], nums[1], nums[2], nums[3], 0, 0)
                    line = tuple(float(v) for v in nums)
            elif name in ("Td", "TD"):
                nums = [o.value for o in op.operands if o.kind == "num"]
                if len(nums) == 2 and line is not None:
                    line = _next_line(line, nums[0], nums[1])
                else:
                    line = None
                if name == "TD":
                    state.leading = -nums[1] if len(nums) == 2 else None
            elif name == "TL":
                nums = [o.value for o in op.operands if o.kind == "num"]
                state.leading = nums[0] if len(nums) == 1 else None
            elif name == "Tf" and len(op.operands) == 2:
                state.font = data[op.start : op.end]
                state.font_known = True
            elif name in ("Tc", "Tw", "Tz", "Tr", "Ts") and len(op.operands) == 1:
                raw = op.operands[0].raw
                if name == "Tc":
                    state.char_spacing = raw
                elif name == "Tw":
                    state.word_spacing = raw
                elif name == "Tz":
                    state.horizontal_scaling = raw
                elif name == "Tr":
                    state.render_mode = raw
                else:
                    state.rise = raw
            elif name in _NEXT_LINE:
                if name == '"' and len(op.operands) == 3:
                    state.word_spacing = op.operands[0].raw
                    state.char_spacing = op.operands[1].raw
                if line is not None and state.leading is not None:
                    line = _next_line(line, 0.0, -state.leading)
                else:
                    line = None
            elif name in ("g", "rg", "k"):
                state.fill_space, state.fill_color = b"", data[op.start : op.end]
            elif name == "cs":
                state.fill_space, state.fill_color = data[op.start : op.end], b""
            elif name in ("sc", "scn"):
                state.fill_color = data[op.start : op.end]
            elif name == "gs" and op.operands:
                if self._gs_sets_font(holder, op.operands[0].raw):
                    state.font_known = False
            elif name in _PATH_CONSTRUCTION:
                in_path = True
            elif name in _PATH_PAINTING:
                in_path = False
            elif name == "Do" and op.operands and depth < 12:
                self._walk_form(holder, op.operands[0].raw, state.ctm, index)
            if name in _RESTORE_CHANGES:
                restore = None
            if name in _PROBE_AFTER:
                add_point(i + 1)

        if parent is None:
            closing = b"ET " if in_text else b""
            closing += b"Q " * len(stack)
            self.end_closing = closing
            self.end_state = stack[0] if stack else state

    def _ancestors(self, index: int) -> Iterator[int]:
        parent = self._parents[index]
        while parent is not None:
            yield parent
            parent = self._parents[parent]

    def _gs_sets_font(self, holder: int, name: bytes) -> bool:
        resources = _resolve_dict(self.doc, holder, "Resources")
        if resources is None:
            return False
        key = _join(resources[1], "ExtGState/" + name.decode("latin-1").lstrip("/"))
        return self.doc.xref_get_key(resources[0], key + "/Font")[0] != "null"

    def _walk_form(self, holder: int, name: bytes, ctm: pymupdf.Matrix, parent: int) -> None:
        resources = _resolve_dict(self.doc, holder, "Resources")
        if resources is None:
            return
        key = _join(resources[1], "XObject/" + name.decode("latin-1").lstrip("/"))
        kind, value = self.doc.xref_get_key(resources[0], key)
        if kind != "xref":
            return
        xref = int(value.split()[0])
        if self.doc.xref_get_key(xref, "Subtype")[1] != "/Form":
            return
        self._form_uses[xref] = self._form_uses.get(xref, 0) + 1
        label = name.decode("latin-1")
        if xref < self.first_new_xref:
            # Not an instance MuPDF made for this page: other pages may draw the same form,
            # and a label in it would show up there too.
            self.skipped_forms.append(label)
            return
        if self._form_uses[xref] > 1:
            self.skipped_forms.append(label)  # its points are dropped after the walk
            return
        matrix = _matrix_of(self.doc, xref)
        font = _add_font_resource(self.doc, xref, self.font_xref)
        if font is None:
            self.skipped_forms.append(label)
            return
        try:
            self._walk(xref, self.doc.xref_stream(xref) or b"", font, matrix * ctm, xref, parent)
        except _ContentSyntaxError:
            self.skipped_forms.append(label)


def _matrix_of(doc: pymupdf.Document, xref: int) -> pymupdf.Matrix:
    kind, value = doc.xref_get_key(xref, "Matrix")
    if kind == "array":
        numbers = [float(v) for v in value.strip("[]").split()]
        if len(numbers) == 6:
            return pymupdf.Matrix(*numbers)
    return pymupdf.Matrix(1, 0, 0, 1, 0, 0)


# --------------------------------------------------------------------------------------------
# Resources


def _join(path: str, key: str) -> str:
    return f"{path}/{key}" if path else key


def _resolve_dict(doc: pymupdf.Document, xref: int, key: str) -> tuple[int, str] | None:
    """Address (object number, key path) of the dictionary at `key` of object `xref`.

    PyMuPDF's key paths do not pass through indirect references, so those are followed here.
    """
    kind, value = doc.xref_get_key(xref, key)
    if kind == "xref":
        return int(value.split()[0]), ""
    if kind == "dict":
        return xref, key
    return None


@functools.lru_cache(maxsize=1)
def _label_widths() -> tuple[int, ...]:
    """Glyph widths (1/1000 em) of Helvetica for WinAnsi codes 0..255."""
    font = pymupdf.Font("helv")
    widths = []
    for code in range(256):
        try:
            char = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            widths.append(0)
            continue
        widths.append(round(font.glyph_advance(ord(char)) * 1000) if code >= 32 else 0)
    return tuple(widths)


@functools.lru_cache(maxsize=1)
def _label_font_object() -> str:
    """The label font's dictionary (the same for every page: made once)."""
    widths = " ".join(str(w) for w in _label_widths()[32:])
    return (
        "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding"
        f"/FirstChar 32/LastChar 255/Widths[{widths}]>>"
    )


def _label_font(doc: pymupdf.Document) -> int:
    """The document's label font: a base-14 Helvetica font object with explicit widths, so
    every viewer agrees. One object for all pages of a document: MuPDF loads each font object
    anew (the font program and the advance of every glyph it draws, several milliseconds for
    a base-14 font), so a font per page costed that on every page."""
    xref = getattr(doc, _LABEL_FONT_ATTRIBUTE, 0)
    if 0 < xref < doc.xref_length() and doc.xref_object(xref, compressed=True) == (
        _label_font_object()
    ):
        return xref
    xref = doc.get_new_xref()
    doc.update_object(xref, _label_font_object())
    setattr(doc, _LABEL_FONT_ATTRIBUTE, xref)
    return xref


_LABEL_FONT_ATTRIBUTE = "_woo_label_font_xref"


def _add_font_resource(doc: pymupdf.Document, holder: int, font_xref: int) -> str | None:
    """Add the label font to the /Resources of object `holder`; return its resource name."""
    resources = _resolve_dict(doc, holder, "Resources")
    if resources is None:
        return None  # inherited or missing resources: adding a dictionary would hide them
    fonts = _resolve_dict(doc, resources[0], _join(resources[1], "Font"))
    if fonts is None:
        doc.xref_set_key(resources[0], _join(resources[1], "Font"), "<<>>")
        fonts = (resources[0], _join(resources[1], "Font"))
    name = LABEL_FONT_RESOURCE
    suffix = 0
    while True:
        kind, value = doc.xref_get_key(fonts[0], _join(fonts[1], name))
        if kind == "null" or value == f"{font_xref} 0 R":
            break
        suffix += 1
        name = f"{LABEL_FONT_RESOURCE}{suffix}"
    doc.xref_set_key(fonts[0], _join(fonts[1], name), f"{font_xref} 0 R")
    return name


# --------------------------------------------------------------------------------------------
# Labels


@dataclass
class _Gap:
    """Where the removed text of one area was, in page coordinates."""

    start: pymupdf.Point  # origin of its first glyph
    direction: pymupdf.Point  # unit vector along the text line
    length: float  # from start to the end of its last glyph
    size: float  # font size of the removed text


@dataclass
class _Placement:
    area: int
    gap: _Gap
    first_removed: int | None  # index in the glyph trace before removal
    point: _Point | None = None  # None: appended at the end of the page content


_Inserts = dict[tuple[int, int, "int | None"], list[bytes]]  # (stream, op, element) -> ops


def _place_labels(
    page: pymupdf.Page,
    walker: _Walker,
    probes: _Inserts,
    trace: list[_Glyph] | None,
    areas: list[RedactionArea],
    before: list[_Glyph],
    survived: list[bool],
    owners: list[int | None],
    result: PageRedactionResult,
    all_probed: bool = True,
) -> None:
    """Put each area's box and label into the content streams.

    `probes` are the probes for the points of `walker`, `trace` the page as probed with them
    (None: not probed yet). `all_probed`: `probes` has a probe at every point; if not (see
    `_points_near`) and they do not give every label a place that checks out, the page is
    probed again at every point.
    """
    removed_by_area: list[list[int]] = [[] for _ in areas]
    for i, (alive, owner) in enumerate(zip(survived, owners, strict=True)):
        if not alive and owner is not None:
            removed_by_area[owner].append(i)
    placements = [
        _Placement(a, _gap_of(areas[a], [before[i] for i in removed]), min(removed, default=None))
        for a, removed in enumerate(removed_by_area)
    ]
    survivors = [g for g, alive in zip(before, survived, strict=True) if alive]
    survivors_before = [0]  # survivors_before[i]: glyphs among before[:i] that survived
    for alive in survived:
        survivors_before.append(survivors_before[-1] + alive)

    # Probe pass: where is the pen at each point, and where is each point in stream order?
    if trace is None:
        trace = _probe(page, walker, probes)
    corrections: _Inserts = {}
    while True:
        glyph_at = _pair(trace, survivors)
        if glyph_at is None:
            if not all_probed:  # the points near the areas did not do: probe every point
                probes, all_probed = _probe_inserts(walker), True
                trace = _probe(page, walker, probes)
                continue
            result.warnings.append(
                "the probed page does not show the surviving text; labels appended"
            )
            walker.points = []
            break
        corrections, moves = _pen_corrections(trace, glyph_at, survivors, walker)
        # The usual case costs no further probe pass: the pen after the corrections follows
        # from the moves they make, and one trace of the final page checks the outcome
        # (every surviving glyph exactly at its old place, nothing else drawn but the labels,
        # each label in order and where the removed text began).
        measured = [point.pen for point in walker.points]
        _shift_pens(walker, moves)
        _choose_points(placements, glyph_at, len(trace), survivors_before, walker)
        unplaced = any(
            p.point is None and p.first_removed is not None and areas[p.area].label
            for p in placements
        )
        if all_probed or not unplaced:
            _write_final(page, walker, areas, placements, corrections)
            if _in_place(page, areas, placements, survivors, survivors_before):
                _count_labels(areas, placements, result)
                return
        for placement in placements:
            placement.point = None
        if all_probed:  # anything else: measure, below
            for point, pen in zip(walker.points, measured, strict=True):
                point.pen = pen
            break
        probes, all_probed = _probe_inserts(walker), True
        trace = _probe(page, walker, probes)

    if corrections:
        trace = _probe(page, walker, _merged(corrections, probes))
        glyph_at = _pair(trace, survivors)
        if glyph_at is None:
            result.warnings.append("position repair failed; labels appended")
            corrections, walker.points = {}, []
    if glyph_at is not None:
        moved = sum(
            _length(
                trace[j][G_ORIGIN][0] - g[G_ORIGIN][0], trace[j][G_ORIGIN][1] - g[G_ORIGIN][1]
            ) > 0.05
            for j, g in zip(glyph_at, survivors, strict=True)
        )
        result.chars_moved = moved
        if moved:
            result.warnings.append(f"{moved} surviving glyph(s) not at their old position")
        _choose_points(placements, glyph_at, len(trace), survivors_before, walker)

    expected = [trace[j] for j in glyph_at] if glyph_at is not None else survivors
    # Ends: every failed round moves at least one label from the stream to the end.
    while True:
        _write_final(page, walker, areas, placements, corrections)
        failed = _verify(page, areas, placements, expected, survivors_before)
        if not failed:
            break
        result.warnings.append(
            f"{len(failed)} label(s) did not read in place after insertion; appended"
        )
        for placement in placements:
            if placement.area in failed:
                placement.point = None
    _count_labels(areas, placements, result)


def _choose_points(
    placements: list[_Placement],
    glyph_at: list[int],
    trace_length: int,
    survivors_before: list[int],
    walker: _Walker,
) -> None:
    # The probed points in trace order: each placement looks only at those between its two
    # glyphs instead of at every point of the page.
    probed = sorted((p for p in walker.points if p.position is not None), key=_position_of)
    positions = [p.position for p in probed]
    for placement in placements:
        if placement.first_removed is not None:
            n = survivors_before[placement.first_removed]
            low = glyph_at[n - 1] if n > 0 else -1
            high = glyph_at[n] if n < len(glyph_at) else trace_length
            between = probed[bisect_right(positions, low) : bisect_left(positions, high)]
            placement.point = _choose_point(placement.gap, between, walker)


def _count_labels(
    areas: list[RedactionArea], placements: list[_Placement], result: PageRedactionResult
) -> None:
    for placement in placements:
        label = areas[placement.area].label
        if not label:
            continue
        if placement.point is not None:
            result.labels_in_stream += 1
            continue
        result.labels_appended += 1
        reason = (
            "no text was removed under the area"
            if placement.first_removed is None
            else "it could not be placed in reading order next to the removed text"
        )
        rect = tuple(round(v, 1) for v in areas[placement.area].rect)
        result.warnings.append(f"label {label!r} at {rect} appended to the page: {reason}")


def _walk_page(
    page: pymupdf.Page,
    first_new_xref: int,
    warnings: list[str],
    font_xref: int | None = None,
    content: bytes | None = None,
) -> _Walker | None:
    """Parse the page content (one stream from now on) and the forms it draws.

    `font_xref`: the label font made by an earlier walk of this page, if any. `content`: the
    page content as it is now, if the caller has just read it.
    """
    doc = page.parent
    contents = page.get_contents()
    if contents:
        data = page_content(page) if content is None else content
        if len(contents) > 1:
            # Streams of one page may only be split between tokens: joining them is safe.
            doc.xref_set_key(page.xref, "Contents", f"{contents[0]} 0 R")
        xref = contents[0]
    else:
        data, xref = b"", _new_content_stream(page)
    walker = _Walker(page, first_new_xref, font_xref or _label_font(doc))
    try:
        walker.walk_page(data, xref)
    except _ContentSyntaxError as exc:
        warnings.append(f"page content not parsable ({exc}); all labels appended")
        # Wrap the content in q/Q so the appended labels start from the default state.
        font = _add_font_resource(doc, page.xref, walker.font_xref)
        walker = _Walker(page, first_new_xref, walker.font_xref)
        walker.streams = [_Stream(xref, b"q\n" + data + b"\nQ", [], font)]
        walker.end_state = _GState(ctm=pymupdf.Matrix(1, 0, 0, 1, 0, 0))
    if walker.streams[0].font is None:
        warnings.append("cannot add a font to the page resources: no labels drawn")
        return None
    for form in walker.skipped_forms:
        warnings.append(f"form XObject {form} not editable; labels for its text appended")
    return walker


def _new_content_stream(page: pymupdf.Page) -> int:
    doc = page.parent
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    doc.update_stream(xref, b" ")
    doc.xref_set_key(page.xref, "Contents", f"{xref} 0 R")
    return xref


def _gap_of(area: RedactionArea, removed: list[_Glyph]) -> _Gap:
    rect = pymupdf.Rect(area.rect)
    if not removed:
        # Nothing was removed (an image, an empty area): a label sized to the rectangle.
        return _Gap(
            pymupdf.Point(rect.x0, rect.y1 - 0.25 * rect.height),
            pymupdf.Point(1, 0),
            rect.width,
            0.7 * rect.height,
        )
    ux, uy = (float(v) for v in removed[0][G_DIR])
    length = math.sqrt(ux * ux + uy * uy)
    ux, uy = (ux / length, uy / length) if length > 1e-6 else (1.0, 0.0)
    # Plain floats: this runs for every corner of every removed glyph.
    first = min(removed, key=lambda g: g[G_ORIGIN][0] * ux + g[G_ORIGIN][1] * uy)
    start = pymupdf.Point(first[G_ORIGIN])
    end = max(
        x * ux + y * uy
        for g in removed
        for x in (g[G_BBOX][0], g[G_BBOX][2])
        for y in (g[G_BBOX][1], g[G_BBOX][3])
    )
    return _Gap(
        start, pymupdf.Point(ux, uy), max(end - (start.x * ux + start.y * uy), 0.0), first[G_SIZE]
    )


def _probe_inserts(walker: _Walker, only: set[int] | None = None) -> _Inserts:
    """A probe at every insertion point (or at the points of index in `only`), each in its
    own colour."""
    probes: _Inserts = {}
    for index, point in enumerate(walker.points):
        if only is not None and index not in only:
            continue
        key = (point.stream, point.op_index, point.element)
        probes.setdefault(key, []).append(_probe_ops(point, index, walker))
    return probes


def _points_near(walker: _Walker, rects: list[tuple[float, float, float, float]]) -> set[int]:
    """The points worth a probe for labels in `rects` (page coordinates): a probe costs a span
    in the trace and a page has hundreds of points, of which only a few can take a label or a
    pen correction.

    * Points in text whose text line (the glyphs shown from there lie on it) crosses one of
      the rectangles, or whose line is not known: the removed text, and the glyphs that
      MuPDF's removal moves (later glyphs of the same line), lie on the lines of the
      rectangles. Inside a TJ array only the points next to a wide move (see
      `_beside_a_wide_move`): a word processor kerns every pair of glyphs, which gives a
      line dozens of points, and MuPDF puts a wide move where it removed glyphs.
    * Between text objects, the first point of each run of points with no glyph drawn
      between them (no text object, no form): the others are at the same place in the
      trace and a label costs the same at each (see `_choose_point`), so the first one is
      the one chosen. Their text objects may be gone: MuPDF drops a text object whose
      glyphs were all removed.

    If the points chosen are not enough, the caller probes them all.
    """
    margin = 1.0  # page units: rounding, and a baseline on the very edge of a glyph box
    boxes = [(x0 - margin, y0 - margin, x1 + margin, y1 + margin) for x0, y0, x1, y1 in rects]
    crossing: dict[tuple[int, int], bool] = {}
    spaces: dict[int, tuple[float, ...]] = {}  # stream user space -> page coordinates, by ctm
    to_page = tuple(walker.page_transform)
    near: set[int] = set()
    forms_before: dict[int, list[int]] = {}  # per stream: Do operators before each operator
    last: dict[int, _Point] = {}  # per stream: its previous point
    for index, point in enumerate(walker.points):
        stream = point.stream
        previous = last.get(stream)
        last[stream] = point
        if not point.in_text:
            if previous is not None and not previous.in_text:
                forms = forms_before.get(stream)
                if forms is None:
                    forms = forms_before[stream] = _count_before(walker.streams[stream].ops, "Do")
                if forms[point.op_index] == forms[previous.op_index]:
                    continue  # no glyph drawn since the previous point
            near.add(index)
            continue
        if point.line is None:
            near.add(index)
            continue
        key = (id(point.line), id(point.ctm))
        hit = crossing.get(key)
        if hit is None:
            space = spaces.get(id(point.ctm))
            if space is None:
                space = spaces[id(point.ctm)] = _times(tuple(point.ctm), to_page)
            hit = crossing[key] = _line_crosses(_times(point.line, space), boxes)
        if hit and (point.element is None or _beside_a_wide_move(walker, point)):
            near.add(index)
    return near


# A move in a TJ array at least this wide (thousandths of an em) can stand for removed text:
# kerning moves a few tens at most, the narrowest glyph that MuPDF removes leaves about 200.
WIDE_MOVE = 100.0


def _beside_a_wide_move(walker: _Walker, point: _Point) -> bool:
    """Whether the TJ element before or after the point is a move of at least WIDE_MOVE."""
    items = walker.streams[point.stream].ops[point.op_index].operands[0].value
    return any(
        item.kind == "num" and abs(item.value) >= WIDE_MOVE
        for item in items[point.element : point.element + 2]
    )


def _count_before(ops: list[_Op], name: str) -> list[int]:
    """counts[i]: the operators called `name` among ops[:i]."""
    counts = [0]
    for op in ops:
        counts.append(counts[-1] + (op.name == name))
    return counts


def _line_crosses(m: Sequence[float], boxes: list[tuple[float, float, float, float]]) -> bool:
    """Whether the line through (e, f) along (a, b) of matrix `m` crosses one of the boxes."""
    ux, uy = m[0], m[1]
    length = math.sqrt(ux * ux + uy * uy)
    if length < 1e-9:
        return True  # a degenerate text space: not known
    ux, uy = ux / length, uy / length
    ox, oy = m[4], m[5]
    for x0, y0, x1, y1 in boxes:
        # Signed distances of the corners from the line: a crossing has both signs.
        a = (x0 - ox) * -uy + (y0 - oy) * ux
        b = (x1 - ox) * -uy + (y0 - oy) * ux
        c = (x0 - ox) * -uy + (y1 - oy) * ux
        d = (x1 - ox) * -uy + (y1 - oy) * ux
        if min(a, b, c, d) <= 0 <= max(a, b, c, d):
            return True
    return False


def _probe(page: pymupdf.Page, walker: _Walker, inserts: _Inserts) -> list[_Glyph]:
    """Write the streams with the probes, trace the page, note each probe's pen and position.

    A probe can be missing from the trace (e.g. in optional content that is switched off);
    its point is then not used.
    """
    _write_streams(page.parent, walker, inserts, [])
    trace = _trace_glyphs(page)
    for point in walker.points:
        point.pen = point.position = None
    for position, glyph in enumerate(trace):
        if glyph[G_PROBE] is not None and 0 <= glyph[G_PROBE] < len(walker.points):
            point = walker.points[glyph[G_PROBE]]
            point.position = position
            if point.in_text:
                point.pen = glyph[G_ORIGIN]  # a tuple of floats: no pymupdf.Point per probe
    return trace


def _pair(trace: list[_Glyph], survivors: list[_Glyph]) -> list[int] | None:
    """Trace index of each surviving glyph, or None if the trace does not show them in order."""
    found = [j for j, glyph in enumerate(trace) if glyph[G_PROBE] is None]
    if len(found) != len(survivors):
        return None
    for j, glyph in zip(found, survivors, strict=True):
        if trace[j][G_CHAR] != glyph[G_CHAR] or trace[j][G_GID] != glyph[G_GID]:
            return None
    return found


def _merged(first: _Inserts, second: _Inserts) -> _Inserts:
    merged = {key: list(chunks) for key, chunks in first.items()}
    for key, chunks in second.items():
        merged.setdefault(key, []).extend(chunks)
    return merged


def _pen_corrections(
    trace: list[_Glyph], glyph_at: list[int], survivors: list[_Glyph], walker: _Walker
) -> tuple[_Inserts, list[tuple[_Point, float, float]]]:
    """Pen moves that put the surviving glyphs back where they were before removal.

    Works around MuPDF 1.28 losing the advance of the first removed glyph of a run inside a
    string (``aaa W bbb`` becomes ``[(aaa )( bbb)]TJ``). A correction inserted before a glyph
    also moves every glyph after it until the pen is reset to a line start (Td, Tm, T*, ...),
    so each correction is the difference to what earlier corrections already did. Glyphs
    without a place to insert before them are left; the final check counts them.
    Returns the insertions and, for each, its point and the move (page coordinates).
    """
    probed = sorted((p for p in walker.points if p.position is not None), key=_position_of)
    corrections: _Inserts = {}
    moves: list[tuple[_Point, float, float]] = []
    # The shift the corrections so far give the current glyph (plain floats: this runs for
    # every surviving glyph).
    carried_x = carried_y = 0.0
    carried_from: _Point | None = None
    next_point = 0
    previous = -1
    points = len(probed)
    sqrt = math.sqrt
    for position, original in zip(glyph_at, survivors, strict=True):
        last: _Point | None = None  # the last place in text to insert before this glyph
        while next_point < points and probed[next_point].position < position:
            point = probed[next_point]
            if point.position > previous:
                # A point between text objects: the glyph is in a later text object than
                # any point in text before it, and BT put the pen back.
                last = point if point.in_text else None
                if not point.in_text:
                    carried_x = carried_y = 0.0
                    carried_from = None
            next_point += 1
        previous = position
        if last is not None:
            if carried_from is not None and _pen_reset_between(carried_from, last, walker):
                carried_x = carried_y = 0.0
                carried_from = None
            if _shows_after_reset(last, walker):
                carried_x = carried_y = 0.0
                carried_from, last = None, None
        now = trace[position][G_ORIGIN]
        was = original[G_ORIGIN]
        needed_x = was[0] - now[0] - carried_x
        needed_y = was[1] - now[1] - carried_y
        if sqrt(needed_x * needed_x + needed_y * needed_y) <= 0.01:  # _length, inlined
            continue
        correction = (
            _pen_move_ops(last, pymupdf.Point(needed_x, needed_y), walker)
            if last is not None
            else None
        )
        if correction is None:
            continue
        corrections.setdefault((last.stream, last.op_index, last.element), []).append(correction)
        moves.append((last, needed_x, needed_y))
        carried_x, carried_y, carried_from = carried_x + needed_x, carried_y + needed_y, last
    return corrections, moves


def _shift_pens(walker: _Walker, moves: list[tuple[_Point, float, float]]) -> None:
    """Where the probes would find the pen with the pen corrections in place.

    A correction moves the pen at its own point (it is written before the label there) and
    at every later point of the same stream up to the next operator that resets the pen.
    """
    if not moves:
        return
    streams = walker.streams
    # Per move: its stream, its place in stream order and the pen resets before it.
    where = [
        (at.stream, _order(at), streams[at.stream].resets[at.op_index], move_x, move_y)
        for at, move_x, move_y in moves
    ]
    for point in walker.points:
        if point.pen is None or not point.in_text:
            continue
        stream, order = point.stream, _order(point)
        resets = streams[stream].resets[point.op_index]
        dx = dy = 0.0
        for at_stream, at_order, at_resets, move_x, move_y in where:
            if at_stream == stream and at_order <= order and at_resets == resets:
                dx += move_x
                dy += move_y
        if dx or dy:
            point.pen = (point.pen[0] + dx, point.pen[1] + dy)


def _length(x: float, y: float) -> float:
    """abs(pymupdf.Point(x, y)), computed the same way."""
    return math.sqrt(x * x + y * y)


def _order(point: _Point) -> tuple[int, int]:
    """Stream order of insertion points: before an operator, then after each TJ element."""
    return (point.op_index, -1 if point.element is None else point.element)


def _pen_reset_between(first: _Point, second: _Point, walker: _Walker) -> bool:
    if first.stream != second.stream:
        return True
    resets = walker.streams[first.stream].resets
    return resets[second.op_index] - resets[first.op_index] > 0


def _shows_after_reset(point: _Point, walker: _Walker) -> bool:
    """Whether the operator at the point moves to a new line before showing (' and ")."""
    ops = walker.streams[point.stream].ops
    return (
        point.element is None
        and point.op_index < len(ops)
        and (ops[point.op_index].name in ("'", '"'))
    )


def _pen_move_ops(point: _Point, move: pymupdf.Point, walker: _Walker) -> bytes | None:
    """Operations moving the pen by `move` (page coordinates) along the text line."""
    linear = _text_space(point, walker)
    if linear is None:
        return None
    shift = move * ~linear
    if abs(shift.y) > 0.01:
        return None  # across the line: a TJ number cannot do that
    font = walker.streams[point.stream].font.encode()
    # With a 1-unit font and 100 % scaling a TJ number n moves the pen by -n/1000.
    return b"/%s 1 Tf 100 Tz [%s]TJ %s" % (font, _num(-shift.x * 1000), point.restore)


def _position_of(point: _Point) -> int:
    return point.position


def _choose_point(gap: _Gap, between: list[_Point], walker: _Walker) -> _Point | None:
    """Of the probed points `between` two trace positions, the one nearest to the gap.

    The positions are those of the surviving glyph that preceded the removed text in stream
    order and of the one after it: the label belongs between them. Of the points there, the
    one whose pen is nearest the start of the gap needs the least repositioning.
    """
    best: tuple[float, int, _Point] | None = None
    start_x, start_y = gap.start.x, gap.start.y
    for point in between:
        if point.in_text:
            if point.pen is None or _text_space(point, walker) is None:
                continue
            # abs(pymupdf.Point(pen) - gap.start), computed the same way
            dx, dy = point.pen[0] - start_x, point.pen[1] - start_y
            cost = math.sqrt(dx * dx + dy * dy)
        else:
            cost = 0.25 * gap.size  # exact too, but prefer a pen that is already in place
        if best is None or (cost, point.position) < best[:2]:
            best = (cost, point.position, point)
    return best[2] if best else None


def _text_space(point: _Point, walker: _Walker) -> pymupdf.Matrix | None:
    """Linear map from the text space at an in-text point to page coordinates."""
    if point.linear is _UNKNOWN:
        key = (id(point.text_matrix), id(point.ctm))
        known = walker.text_spaces.get(key)
        if known is None:
            m = point.text_matrix * point.ctm * walker.page_transform
            if abs(m.a * m.d - m.b * m.c) < 1e-9:
                linear = None
            else:
                linear = pymupdf.Matrix(m.a, m.b, m.c, m.d, 0, 0)
            known = walker.text_spaces[key] = (point.text_matrix, point.ctm, linear)
        point.linear = known[2]
    return point.linear


def _probe_ops(point: _Point, index: int, walker: _Walker) -> bytes:
    """A glyph in the probe's own colour, drawn without moving the pen."""
    font = walker.streams[point.stream].font.encode()
    state = b" 1 Tf 0 Tc 0 Tw 100 Tz 0 Tr 0 Ts "
    width = str(_label_widths()[PROBE_CODE]).encode()
    if point.in_text:
        return b"%s /%s%s[(\\244) %s]TJ %s" % (
            _probe_color(index),
            font,
            state,
            width,
            point.restore,
        )
    return b"q %s BT /%s%s(\\244) Tj ET Q" % (_probe_color(index), font, state)


def _fit(gap: _Gap, natural: float, count: int) -> tuple[float, float]:
    """(horizontal scaling, extra page units between glyphs) that make the label fill the gap.

    Text extractors break words and lines on gaps between glyphs, so the label should end
    where the removed text ended. The font size stays that of the removed text: poppler puts
    text of a clearly different size on a line of its own.
    """
    if natural <= 0 or gap.length <= 0:
        return 1.0, 0.0
    ratio = gap.length / natural
    if ratio < 1:
        return max(ratio, MIN_SCALING), 0.0
    scaling = min(ratio, MAX_STRETCH)
    spare = gap.length - natural * scaling
    spacing = min(spare / (count - 1), MAX_LETTER_SPACING * gap.size) if count > 1 else 0.0
    return scaling, spacing


def _label_ops(label: bytes, point: _Point | None, gap: _Gap, walker: _Walker) -> bytes:
    """Show operations for a label whose first glyph starts at the start of the gap."""
    stream = walker.streams[point.stream if point is not None else 0]
    font = stream.font.encode()
    units = sum(_label_widths()[c] for c in label)
    literal = _pdf_string(label)
    if point is not None and point.in_text:
        linear = _text_space(point, walker)
        scale_x = abs(pymupdf.Point(1, 0) * linear)
        scale_y = abs(pymupdf.Point(0, 1) * linear)
        size = gap.size / scale_y  # in text space
        scaling, spacing = _fit(gap, units / 1000 * size * scale_x, len(label))
        char_spacing = spacing / (scaling * scale_x)
        offset = (gap.start - point.pen) * ~linear  # text-space move from the pen to the gap
        advance = (units / 1000 * size + len(label) * char_spacing) * scaling
        to_start = -offset.x * 1000 / (size * scaling)
        back = (offset.x + advance) * 1000 / (size * scaling)
        # Self-cancelling: the pen ends where it was; then the text state is restored.
        return b"0 g /%s %s Tf %s Tz 0 Tr %s Tc 0 Tw %s Ts [%s %s %s]TJ %s" % (
            font,
            _num(size),
            _num(scaling * 100),
            _num(char_spacing),
            _num(offset.y),
            _num(to_start),
            literal,
            _num(back),
            point.restore,
        )
    # A text object of its own, in a frame at the gap start: x along the line, y up.
    d = gap.direction
    frame = pymupdf.Matrix(d.x, d.y, d.y, -d.x, gap.start.x, gap.start.y)
    ctm = point.ctm if point is not None else walker.end_state.ctm
    to_user = frame * ~(ctm * walker.page_transform)
    scaling, spacing = _fit(gap, units / 1000 * gap.size, len(label))
    return b"q %s cm 0 g BT /%s %s Tf %s Tz 0 Tr %s Tc 0 Tw 0 Ts %s Tj ET Q" % (
        _matrix(to_user),
        font,
        _num(gap.size),
        _num(scaling * 100),
        _num(spacing / scaling),
        literal,
    )


def _box_rect(rect: pymupdf.Rect, placement: _Placement) -> pymupdf.Rect:
    """The area, across the line limited to the band of the removed text.

    Glyph boxes reach into the neighbouring lines; a box that size would cover their
    descenders and accents where it is drawn after them.
    """
    gap = placement.gap
    if placement.first_removed is None:
        return rect
    up = pymupdf.Point(gap.direction.y, -gap.direction.x)
    top = gap.start + up * (BOX_ASCENT * gap.size)
    bottom = gap.start - up * (BOX_DESCENT * gap.size)
    if abs(gap.direction.x) > 0.999:
        y0, y1 = max(rect.y0, min(top.y, bottom.y)), min(rect.y1, max(top.y, bottom.y))
        return pymupdf.Rect(rect.x0, y0, rect.x1, y1) if y0 < y1 else rect
    if abs(gap.direction.y) > 0.999:
        x0, x1 = max(rect.x0, min(top.x, bottom.x)), min(rect.x1, max(top.x, bottom.x))
        return pymupdf.Rect(x0, rect.y0, x1, rect.y1) if x0 < x1 else rect
    return rect


def _box_ops(rect: pymupdf.Rect, to_user: bytes) -> bytes:
    """A light-grey filled rectangle over `rect` (page coordinates), drawn at top level.

    `to_user`: the cm operands from page coordinates to the user space where it is drawn,
    ``_matrix(~(ctm * page_transform))``.
    """
    corner_and_size = b" ".join(_num(v) for v in (rect.x0, rect.y0, rect.width, rect.height))
    return b"q %s cm %s g %s re f Q" % (to_user, _num(BOX_GRAY), corner_and_size)


def _write_final(
    page: pymupdf.Page,
    walker: _Walker,
    areas: list[RedactionArea],
    placements: list[_Placement],
    corrections: _Inserts,
) -> None:
    page_transform = page.transformation_matrix
    # The boxes' cm operands by ctm (id): the boxes of a page mostly share one ctm, and the
    # points and the walker keep each ctm alive meanwhile.
    frames: dict[int, bytes] = {}

    def box(rect: pymupdf.Rect, ctm: pymupdf.Matrix) -> bytes:
        to_user = frames.get(id(ctm))
        if to_user is None:
            to_user = frames[id(ctm)] = _matrix(~(ctm * page_transform))
        return _box_ops(rect, to_user)

    # At one place: boxes first, then pen corrections (labels are measured from the
    # corrected pen), then labels.
    inserts = _merged(corrections, {})
    appended: list[bytes] = []
    for placement in placements:
        area = areas[placement.area]
        rect = _box_rect(pymupdf.Rect(area.rect), placement)
        label = area.label.encode("cp1252", errors="replace")
        point = placement.point
        if point is None:
            appended.append(box(rect, walker.end_state.ctm))
            if label:
                appended.append(_label_ops(label, None, placement.gap, walker))
            continue
        # The box goes before the text object, so the label (and later text) is drawn on it.
        box_at = point.bt_index if point.in_text else point.op_index
        inserts.setdefault((point.stream, box_at, None), []).insert(0, box(rect, point.ctm))
        if label:
            key = (point.stream, point.op_index, point.element)
            inserts.setdefault(key, []).append(_label_ops(label, point, placement.gap, walker))
    _write_streams(page.parent, walker, inserts, appended)


def _write_streams(
    doc: pymupdf.Document,
    walker: _Walker,
    inserts: _Inserts,
    appended: list[bytes],
) -> None:
    """Rewrite every walked stream from its text after removal, plus the insertions.

    The streams are left uncompressed: the page is traced again right after (a probe pass, the
    final check), and the save deflates every stream anyway (see `redact_page`).
    """
    by_stream: dict[int, dict[tuple[int, int | None], list[bytes]]] = {}
    for (index, op, element), chunks in inserts.items():
        by_stream.setdefault(index, {})[(op, element)] = chunks
    for index, stream in enumerate(walker.streams):
        here = by_stream.get(index, {})
        tail = b""
        if index == 0 and appended:
            tail = walker.end_closing + b"\n".join(appended)
        doc.update_stream(stream.xref, _rebuild(stream, here, tail), compress=False)


def _rebuild(
    stream: _Stream, inserts: dict[tuple[int, int | None], list[bytes]], tail: bytes
) -> bytes:
    data, ops = stream.data, stream.ops
    splits: dict[int, list[int]] = {}
    for op_index, element in inserts:
        if element is not None:
            splits.setdefault(op_index, []).append(element)
    # The stream text is copied unchanged between the places that change: before an
    # operator (insertions) and TJ operators split after some of their elements.
    out: list[bytes] = []
    position = 0
    for i in sorted({op_index for op_index, _ in inserts}):
        start = ops[i].start if i < len(ops) else len(data)
        out.append(data[position:start])
        position = start
        for chunk in inserts.get((i, None), []):
            out.append(b"\n" + chunk + b"\n")
        if i in splits and i < len(ops):
            # Split the TJ array after each element that has insertions.
            op = ops[i]
            items = op.operands[0].value
            begin = 0
            for element in sorted(splits[i]):
                out.append(_tj(items[begin : element + 1]))
                out.extend(b"\n" + chunk + b"\n" for chunk in inserts[(i, element)])
                begin = element + 1
            out.append(_tj(items[begin:]))
            position = op.end
    out.append(data[position:])
    if tail:
        out.append(b"\n" + tail + b"\n")
    return b"".join(out)


def _tj(items: list[_Obj]) -> bytes:
    return b"[" + b" ".join(item.raw for item in items) + b"]TJ"


def _verify(
    page: pymupdf.Page,
    areas: list[RedactionArea],
    placements: list[_Placement],
    expected: list[_Glyph],
    survivors_before: list[int],
) -> set[int]:
    """Areas whose in-stream label does not follow the glyph that preceded the removed text.

    `expected` are the surviving glyphs as the last probe pass drew them: labels do not move
    any of them, so every glyph of the final trace is either one of those or label text.
    """
    in_stream = [p for p in placements if p.point is not None and areas[p.area].label]
    if not in_stream:
        return set()
    # Text drawn after the n-th surviving glyph and before the next one (-1: before the first).
    inserted: dict[int, list[str]] = {-1: []}
    matched = 0
    for glyph in _trace_glyphs(page):
        if matched < len(expected) and _same_glyph(expected[matched], glyph):
            inserted[matched] = []
            matched += 1
        else:
            inserted[matched - 1].append(glyph[G_CHAR])
    if matched < len(expected):
        return {p.area for p in in_stream}
    failed: set[int] = set()
    for placement in in_stream:
        anchor = survivors_before[placement.first_removed] - 1
        label = areas[placement.area].label.encode("cp1252", "replace").decode("cp1252")
        if label not in "".join(inserted.get(anchor, [])):
            failed.add(placement.area)
    return failed


def _in_place(
    page: pymupdf.Page,
    areas: list[RedactionArea],
    placements: list[_Placement],
    survivors: list[_Glyph],
    survivors_before: list[int],
) -> bool:
    """Whether the final page is exactly as intended (checked in one trace).

    Every surviving glyph is drawn at its position from before removal (within 0.05), in
    order; the only other glyphs are the in-stream labels, each one between the glyph that
    preceded its removed text and the next surviving glyph, its first glyph where the
    removed text began.
    """
    wanted: dict[int, list[tuple[str, _Gap]]] = {}
    all_labels: list[str] = []  # appended labels too: drawn at the end of the page content
    for placement in placements:
        label = areas[placement.area].label
        if not label:
            continue
        text = label.encode("cp1252", "replace").decode("cp1252")
        all_labels.append(text)
        if placement.point is not None:
            anchor = survivors_before[placement.first_removed] - 1
            wanted.setdefault(anchor, []).append((text, placement.gap))
    # The glyphs that are not surviving ones, each with the number of surviving glyphs drawn
    # before it, minus one. The trace is read as it comes (no glyph objects): this looks at
    # every glyph of the page.
    expected = [(ord(g[G_CHAR]), g[G_GID], g[G_ORIGIN][0], g[G_ORIGIN][1]) for g in survivors]
    expected.append((None, None, 0.0, 0.0))  # past the last one
    others: list[tuple[int, int, tuple[float, float]]] = []
    append = others.append
    sqrt = math.sqrt
    matched = 0
    code, glyph_id, x, y = expected[0]
    for span in page.get_texttrace():
        for ucs, gid, origin, _ in span["chars"]:
            if gid == glyph_id and (ucs == code or (code == 0xFFFD and not 0 <= ucs < 0x110000)):
                dx, dy = x - origin[0], y - origin[1]
                if sqrt(dx * dx + dy * dy) <= 0.05:  # _length, inlined
                    matched += 1
                    code, glyph_id, x, y = expected[matched]
                    continue
            append((matched - 1, ucs, origin))
    count = len(survivors)
    inserted: dict[int, list[tuple[str, tuple[float, float]]]] = {}
    for anchor, ucs, origin in others:
        char = chr(ucs) if 0 <= ucs < 0x110000 else "\ufffd"
        inserted.setdefault(anchor, []).append((char, origin))
    if matched < count:
        return False
    drawn = "".join(char for glyphs in inserted.values() for char, _ in glyphs)
    if sorted(drawn) != sorted("".join(all_labels)):
        return False
    for anchor, labels in wanted.items():
        glyphs = inserted.get(anchor, [])
        chars = "".join(char for char, _ in glyphs)
        for text, gap in labels:
            # Several labels can share a place: any occurrence that starts at the gap.
            first = chars.find(text)
            while first >= 0:
                x, y = glyphs[first][1]
                if abs(x - gap.start.x) <= 0.05 and abs(y - gap.start.y) <= 0.05:
                    break
                first = chars.find(text, first + 1)
            if first < 0:
                return False
    return True


# --------------------------------------------------------------------------------------------
# Formatting


def _num(value: float, decimals: int = 4) -> bytes:
    if abs(value) < 0.5 * 10**-decimals:
        return b"0"
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    return text.encode()


def _matrix(m: pymupdf.Matrix) -> bytes:
    return b" ".join(_num(v, 6) for v in (m.a, m.b, m.c, m.d, m.e, m.f))


def _pdf_string(text: bytes) -> bytes:
    out = bytearray(b"(")
    for byte in text:
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif 32 <= byte < 127:
            out.append(byte)
        else:
            out += b"\\%03o" % byte
    out += b")"
    return bytes(out)
