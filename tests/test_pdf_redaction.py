"""Tests for the page-level redaction primitive, on PDFs generated here with real PyMuPDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pymupdf
import pytest

from woo_pipeline.pdf_redaction import (
    PageRedactionResult,
    RedactionArea,
    _parse_content,
    redact_page,
)

LABEL = "[Redacted]"
TRUETYPE_FONTS = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
]


def page_with_content(content: bytes) -> pymupdf.Page:
    """A page whose content stream is exactly `content`, with base-14 Helvetica as /helv."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="helv")
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    doc.update_stream(xref, content)
    doc.xref_set_key(page.xref, "Contents", f"{xref} 0 R")
    return page


def areas_for(page: pymupdf.Page, text: str, label: str = LABEL) -> list[RedactionArea]:
    """One area per occurrence: the union of the glyph boxes, as the caller provides them."""
    hits = page.search_for(text)
    assert hits, f"{text!r} not on the page"
    return [RedactionArea(tuple(hit), label) for hit in hits]


def redact(page: pymupdf.Page, *texts: str) -> PageRedactionResult:
    areas = [area for text in texts for area in areas_for(page, text)]
    result = redact_page(page, areas)
    assert result.removed_areas == len(areas)
    assert result.chars_left_in_areas == 0, result.warnings
    assert result.chars_removed_outside_areas == 0, result.warnings
    assert result.chars_moved == 0, result.warnings
    return result


def lines(page: pymupdf.Page) -> list[str]:
    return page.get_text().splitlines()


def test_label_follows_the_label_text_on_the_same_line():
    page = page_with_content(
        b"BT /helv 11 Tf 72 742 Td (Opgesteld door Karin Bakker, telefoon 070) Tj ET"
    )
    result = redact(page, "Karin Bakker")
    assert lines(page) == [f"Opgesteld door {LABEL}, telefoon 070"]
    assert (result.labels_in_stream, result.labels_appended) == (1, 0)


def test_label_follows_the_label_text_when_the_value_is_on_the_next_line():
    page = page_with_content(
        b"BT /helv 11 Tf 72 742 Td (Opgesteld door) Tj ET "
        b"BT /helv 11 Tf 72 728 Td (Karin Bakker) Tj ET "
        b"BT /helv 11 Tf 72 714 Td (Volgende regel) Tj ET"
    )
    result = redact(page, "Karin Bakker")
    assert lines(page) == ["Opgesteld door", LABEL, "Volgende regel"]
    assert (result.labels_in_stream, result.labels_appended) == (1, 0)


def test_label_stands_mid_sentence():
    page = page_with_content(
        b"BT /helv 11 Tf 72 742 Td (Wij hebben gesproken met Karin Bakker over het plan) Tj ET"
    )
    redact(page, "Karin Bakker")
    assert lines(page) == [f"Wij hebben gesproken met {LABEL} over het plan"]


def test_two_redactions_on_one_line_and_one_at_the_start_of_a_line():
    page = page_with_content(
        b"BT /helv 1 Tf 11 0 0 11 72 742 Tm [(Karin)-250(Bakker schreef aan Piet Jansen, "
        b"gisteren.)]TJ 0 -1.3 Td (Piet Jansen antwoordde) Tj ET"
    )
    result = redact(page, "Karin Bakker", "Piet Jansen")
    assert lines(page) == [
        f"{LABEL} schreef aan {LABEL}, gisteren.",
        f"{LABEL} antwoordde",
    ]
    assert (result.labels_in_stream, result.labels_appended) == (3, 0)


def test_neighbouring_lines_and_characters_are_unchanged():
    # 11 pt text on 12 pt lines: the glyph boxes of adjacent lines overlap.
    page = page_with_content(
        b"BT /helv 11 Tf 12 TL 72 742 Td (Boven: gjpq Karin Bakker AEIOU) Tj "
        b"T* [(Opgesteld door Karin Bakker, telefoon )-20(070)] TJ "
        b"T* (Onder: gjpq Karin Bakker AEIOU) Tj ET"
    )
    before = lines(page)
    origins = _origins(page)
    top, middle, bottom = sorted(areas_for(page, "Karin Bakker"), key=lambda a: a.rect[1])
    result = redact_page(page, [middle])
    assert lines(page) == [before[0], f"Opgesteld door {LABEL}, telefoon 070", before[2]]
    assert result.chars_removed == len("Karin Bakker")
    assert result.chars_moved == 0
    # Every glyph that is still drawn is drawn exactly where it was (MuPDF 1.28 on its own
    # moves the text after a removal in a TJ array back by the width of the first removed
    # glyph).
    after = _origins(page)
    for key, point in after.items():
        if key in origins:
            assert abs(point - origins[key]) < 0.01, key


def _origins(page: pymupdf.Page) -> dict[tuple[str, int], pymupdf.Point]:
    """Origin of each non-label character, keyed by (line text, index in the line)."""
    found = {}
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            chars = [c for span in line["spans"] for c in span["chars"]]
            text = "".join(c["c"] for c in chars)
            for index, char in enumerate(chars):
                if LABEL not in text:
                    found[(text, index)] = pymupdf.Point(char["origin"])
                elif index < text.index(LABEL) or index >= text.index(LABEL) + len(LABEL):
                    found[(text.split(LABEL)[0], index)] = pymupdf.Point(char["origin"])
    return found


def test_removed_text_is_gone_from_text_and_from_every_stream(tmp_path):
    page = page_with_content(
        b"BT /helv 11 Tf 72 742 Td (Opgesteld door Karin Bakker, telefoon 070) Tj ET "
        b"BT /helv 11 Tf 72 700 Td [(Karin)-250( Bakker)] TJ ET"
    )
    doc = page.parent
    assert _streams_containing(doc, b"Karin")
    redact(page, "Karin Bakker", "Karin")
    assert "Karin" not in page.get_text() and "Bakker" not in page.get_text()
    path = tmp_path / "redacted.pdf"
    doc.save(path, garbage=3, deflate=True)
    saved = pymupdf.open(path)
    assert _streams_containing(saved, b"Karin") == []
    assert _streams_containing(saved, b"Bakker") == []
    assert LABEL in saved[0].get_text()


def _streams_containing(doc: pymupdf.Document, word: bytes) -> list[int]:
    needles = [word, word.hex().encode(), word.hex().upper().encode()]
    found = []
    for xref in range(1, doc.xref_length()):
        if doc.xref_is_stream(xref):
            data = doc.xref_stream(xref) or b""
            if any(needle in data for needle in needles):
                found.append(xref)
    return found


def _truetype_font() -> Path:
    for path in TRUETYPE_FONTS:
        if path.exists():
            return path
    pytest.skip("no TrueType font found in /usr/share/fonts")


def test_type0_truetype_font_with_two_byte_codes():
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="F0", fontfile=str(_truetype_font()))
    page.insert_text((72, 100), "Opgesteld door Karin Bakker, telefoon 070", fontname="F0")
    page.insert_text((72, 116), "Karin Bakker schreef aan Piet Jansen", fontname="F0")
    assert any(font[2] == "Type0" for font in page.get_fonts())
    result = redact(page, "Karin Bakker", "Piet Jansen")
    assert lines(page) == [
        f"Opgesteld door {LABEL}, telefoon 070",
        f"{LABEL} schreef aan {LABEL}",
    ]
    assert (result.labels_in_stream, result.labels_appended) == (3, 0)


def test_htmlbox_text_in_a_form_xobject_with_wrapped_lines():
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_htmlbox(
        pymupdf.Rect(72, 72, 300, 300),
        "<p>Wij hebben gesproken met Karin Bakker over het plan van de minister en de "
        "uitvoering daarvan, aldus Karin Bakker.</p>",
    )
    result = redact(page, "Karin Bakker")
    text = page.get_text()
    assert "Karin" not in text and "Bakker" not in text
    assert f"gesproken met {LABEL}" in text
    assert f"aldus {LABEL}." in text.replace("\n", " ")
    assert (result.labels_in_stream, result.labels_appended) == (2, 0)


def test_rotated_page():
    doc = pymupdf.open()
    page = doc.new_page()
    page.set_rotation(90)
    page.insert_text((72, 100), "Opgesteld door Karin Bakker, telefoon 070")
    redact(page, "Karin Bakker")
    assert lines(page) == [f"Opgesteld door {LABEL}, telefoon 070"]


def test_image_pixels_under_the_area_are_blanked():
    doc = pymupdf.open()
    page = doc.new_page()
    red = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 300, 60), False)
    red.set_rect(red.irect, (200, 30, 30))
    page.insert_image(pymupdf.Rect(72, 80, 372, 140), pixmap=red)  # 1 pixel per point
    area = RedactionArea((100.0, 90.0, 200.0, 110.0))
    result = redact_page(page, [area])
    image = pymupdf.Pixmap(doc, page.get_images()[0][0])
    # Image pixels of the whole area are white, including its top and bottom rows.
    for x, y in [(150, 100), (101, 91), (199, 109)]:
        assert image.pixel(x - 72, y - 80) == (255, 255, 255)
    assert image.pixel(5, 5) == (200, 30, 30)
    assert image.pixel(150 - 72, 125 - 80) == (200, 30, 30)
    # No text was under the area: the label can only be appended, and that is reported.
    assert (result.labels_in_stream, result.labels_appended) == (0, 1)
    assert any("appended" in warning for warning in result.warnings)


def _count_removal_passes(monkeypatch) -> list[bool]:
    """The removal passes redact_page makes, in order: True for text, False for images."""
    import woo_pipeline.pdf_redaction as module

    passes: list[bool] = []
    remove = module._remove

    def counted(page, rects, *, text):
        passes.append(text)
        remove(page, rects, text=text)

    monkeypatch.setattr(module, "_remove", counted)
    return passes


def test_only_a_page_that_may_draw_an_image_gets_the_image_pass(monkeypatch):
    """The image pass runs the whole page through MuPDF's filter: not for a page of text."""
    import woo_pipeline.pdf_redaction as module

    passes = _count_removal_passes(monkeypatch)
    page = page_with_content(b"BT /helv 11 Tf 72 742 Td (Opgesteld door Karin Bakker) Tj ET")
    redact(page, "Karin Bakker")
    assert passes == [True]
    passes.clear()
    for content in (b"q 10 0 0 10 72 600 cm /Im1 Do Q", b"/Sh1 sh", b"/GS1 gs", b"/P1 scn",
                    b"q BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI Q"):
        page = page_with_content(b"BT /helv 11 Tf 72 742 Td (Karin Bakker) Tj ET " + content)
        assert module._may_draw_images(page, module.page_content(page)), content
    page = page_with_content(b"BT /helv 11 Tf (Doe) Tj ET")
    assert not module._may_draw_images(page, module.page_content(page))


def test_invisible_ocr_text_over_a_scan():
    doc = pymupdf.open()
    page = doc.new_page()
    scan = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 300, 60), False)
    scan.set_rect(scan.irect, (120,))
    page.insert_image(pymupdf.Rect(72, 80, 372, 140), pixmap=scan)
    page.insert_text((80, 115), "Scan van Karin Bakker hier", fontsize=14, render_mode=3)
    (area,) = areas_for(page, "Karin Bakker")
    result = redact_page(page, [area])
    assert lines(page) == [f"Scan van {LABEL} hier"]
    assert result.labels_in_stream == 1
    assert _dark_pixels(page, area.rect) > 20  # the label is drawn visibly, not invisibly


def test_label_is_visible_on_a_grey_box_and_fits_the_gap():
    page = page_with_content(
        b"BT /helv 11 Tf 72 742 Td (Opgesteld door Karin Bakker, telefoon 070) Tj ET"
    )
    (area,) = areas_for(page, "Karin Bakker")
    redact_page(page, [area])
    assert _dark_pixels(page, area.rect) > 50
    pixmap = page.get_pixmap(dpi=144, clip=area.rect)
    grey = sum(
        1
        for y in range(pixmap.height)
        for x in range(pixmap.width)
        if 200 <= pixmap.pixel(x, y)[0] <= 230
    )
    assert grey > pixmap.width * pixmap.height // 4
    # The label fills the gap: its glyphs start and end where the removed text did, and they
    # are as high as the removed text (MuPDF's span size includes the horizontal stretch).
    spans = {
        "".join(c["c"] for c in span["chars"]): span
        for block in page.get_text("rawdict")["blocks"]
        for line in block["lines"]
        for span in line["spans"]
    }
    label, before = spans[LABEL], spans["Opgesteld door "]
    assert label["chars"][0]["origin"][0] == pytest.approx(area.rect[0], abs=0.1)
    assert label["chars"][-1]["bbox"][2] == pytest.approx(area.rect[2], abs=0.5)
    label_height = label["bbox"][3] - label["bbox"][1]
    assert label_height == pytest.approx(before["bbox"][3] - before["bbox"][1], rel=0.02)


def _dark_pixels(page: pymupdf.Page, rect: tuple[float, float, float, float]) -> int:
    pixmap = page.get_pixmap(dpi=144, clip=rect, colorspace=pymupdf.csGRAY)
    return sum(1 for value in pixmap.samples if value < 100)


def test_empty_label_draws_the_box_only():
    page = page_with_content(
        b"BT /helv 11 Tf 72 742 Td (Adres: Lange Voorhout 9) Tj 0 -14 Td "
        b"(2514 EA Den Haag, verder) Tj ET"
    )
    first = areas_for(page, "Lange Voorhout 9")[0]
    second = RedactionArea(areas_for(page, "2514 EA Den Haag")[0].rect, "")
    result = redact_page(page, [first, second])
    assert lines(page) == [f"Adres: {LABEL}", ", verder"]
    assert (result.labels_in_stream, result.labels_appended) == (1, 0)
    pixmap = page.get_pixmap(dpi=72, clip=second.rect)
    assert any(200 <= value <= 230 for value in pixmap.samples)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_poppler_reads_the_labels_in_place(tmp_path):
    page = page_with_content(
        b"BT /helv 11 Tf 72 742 Td (Opgesteld door Karin Bakker, telefoon 070) Tj ET "
        b"BT /helv 11 Tf 72 714 Td (Wij hebben gesproken met Karin Bakker over het plan) Tj ET"
    )
    redact(page, "Karin Bakker")
    path = tmp_path / "redacted.pdf"
    page.parent.save(path, garbage=3, deflate=True)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"Opgesteld door {LABEL}, telefoon 070" in text
    assert f"Wij hebben gesproken met {LABEL} over het plan" in text


def test_content_lexer_handles_strings_dicts_and_inline_images():
    data = (
        b"q BI /W 2 /H 1 /BPC 8 /CS /G ID \x00EI\xff EI Q "
        b"(a(b)c\\)) Tj <41 42> Tj [(x) -20 <0041>] TJ "
        b"/P <</MCID 0 /Alt (x]) >> BDC EMC % comment ] )\n1 0 0 1 0 0 cm"
    )
    ops = _parse_content(data)
    assert [op.name for op in ops] == ["q", "BI", "Q", "Tj", "Tj", "TJ", "BDC", "EMC", "cm"]
    assert [item.raw for item in ops[5].operands[0].value] == [b"(x)", b"-20", b"<0041>"]
    assert ops[3].operands[0].raw == b"(a(b)c\\))"


def test_unparsable_content_falls_back_to_an_appended_label(monkeypatch):
    import woo_pipeline.pdf_redaction as module

    def refuse(data: bytes) -> list:
        raise module._ContentSyntaxError("simulated")

    monkeypatch.setattr(module, "_parse_content", refuse)
    page = page_with_content(
        b"BT /helv 11 Tf 72 742 Td (Opgesteld door Karin Bakker, telefoon 070) Tj ET"
    )
    result = redact_page(page, areas_for(page, "Karin Bakker"))
    assert "Karin" not in page.get_text()
    assert (result.labels_in_stream, result.labels_appended) == (0, 1)
    assert page.get_text().rstrip().endswith(LABEL)
    assert any("not parsable" in warning for warning in result.warnings)


# --- speed without shortcuts in safety: the usual case, and every way out of it ---------------

TWO_ON_A_LINE = (
    b"BT /helv 1 Tf 11 0 0 11 72 742 Tm [(Karin)-250(Bakker schreef aan Piet Jansen, "
    b"gisteren.)]TJ 0 -1.3 Td (Piet Jansen antwoordde) Tj ET"
)


def _count_traces(monkeypatch) -> list[int]:
    calls = [0]
    trace = pymupdf.Page.get_texttrace

    def counted(self):
        calls[0] += 1
        return trace(self)

    monkeypatch.setattr(pymupdf.Page, "get_texttrace", counted)
    return calls


def test_the_usual_page_takes_three_traces(monkeypatch):
    """Before removal, probed after removal, and the final check: each trace runs the page."""
    calls = _count_traces(monkeypatch)
    page = page_with_content(TWO_ON_A_LINE)
    areas = [area for text in ("Karin Bakker", "Piet Jansen") for area in areas_for(page, text)]
    result = redact_page(page, areas)
    assert calls[0] == 3
    assert result.chars_moved == 0 and result.chars_left_in_areas == 0
    assert (result.labels_in_stream, result.labels_appended) == (3, 0)


def test_measuring_again_gives_the_same_page(monkeypatch):
    """When the final check fails, pens are measured with a second probe pass as before."""
    import woo_pipeline.pdf_redaction as module

    fast = page_with_content(TWO_ON_A_LINE)
    fast_result = redact(fast, "Karin Bakker", "Piet Jansen")
    monkeypatch.setattr(module, "_in_place", lambda *args: False)
    calls = _count_traces(monkeypatch)
    measured = page_with_content(TWO_ON_A_LINE)
    measured_result = redact(measured, "Karin Bakker", "Piet Jansen")
    assert calls[0] > 3
    assert lines(measured) == lines(fast) == [
        f"{LABEL} schreef aan {LABEL}, gisteren.",
        f"{LABEL} antwoordde",
    ]
    assert measured_result == fast_result
    fast_origins = _origins(fast)
    measured_origins = _origins(measured)
    assert measured_origins.keys() == fast_origins.keys()
    for key, point in measured_origins.items():
        assert abs(point - fast_origins[key]) < 0.01, key


# A page as a word processor writes it: one text object, a line per Td, long TJ arrays.
WORD_PROCESSOR_PAGE = b"BT /helv 1 Tf 11 0 0 11 72 742 Tm 1.3 TL " + b" ".join(
    b"[(Regel %d van de nota)-250(met woorden)-250(en nog)-250(meer woorden.)]TJ T*" % n
    for n in range(30)
) + b" [(Opgesteld door Karin Bakker, telefoon 070)]TJ T* [(Het einde.)]TJ ET"


def _count_probes(monkeypatch) -> list[int]:
    import woo_pipeline.pdf_redaction as module

    counts: list[int] = []
    probe = module._probe

    def counted(page, walker, inserts):
        counts.append(sum(len(chunks) for chunks in inserts.values()))
        return probe(page, walker, inserts)

    monkeypatch.setattr(module, "_probe", counted)
    return counts


def test_only_points_near_the_removed_text_are_probed(monkeypatch):
    """A probe at each of the page's points costs a span each in the trace; the points on
    the lines of the areas (and one between text objects per run) are enough."""
    import woo_pipeline.pdf_redaction as module

    counts = _count_probes(monkeypatch)
    points: list[int] = []
    walk = module._walk_page

    def walked(*args, **kwargs):
        walker = walk(*args, **kwargs)
        points.append(len(walker.points))
        return walker

    monkeypatch.setattr(module, "_walk_page", walked)
    page = page_with_content(WORD_PROCESSOR_PAGE)
    redact(page, "Karin Bakker")
    assert len(counts) == 1 and points[0] > 150
    assert counts[0] < 12  # the line of the area, the start and the end of the stream
    assert "Opgesteld door [Redacted], telefoon 070" in lines(page)
    assert lines(page)[0] == "Regel 0 van de nota met woorden en nog meer woorden."


def _kerned(text: str) -> bytes:
    """A TJ array as a word processor writes it: a small kerning move between every glyph."""
    moves = (12, -8, 5, -3)
    parts = [b"(%s)%d" % (c.encode(), moves[i % 4]) for i, c in enumerate(text[:-1])]
    return b"[" + b"".join(parts) + b"(%s)]TJ" % text[-1].encode()


def test_kerned_lines_are_probed_only_beside_wide_moves(monkeypatch):
    """Every pair of glyphs is a point in a kerned TJ array; MuPDF leaves a wide move where
    it removed glyphs, and only the points beside wide moves can take the label."""
    counts = _count_probes(monkeypatch)
    content = b"BT /helv 11 Tf 72 742 Td 14 TL " + b" T* ".join(
        _kerned(line)
        for line in (
            "Beslisnota over de subsidieregeling",
            "Opgesteld door Karin Bakker, telefoon 070 1234567",
            "Het einde van de nota.",
        )
    ) + b" ET"
    page = page_with_content(content)
    result = redact(page, "Karin Bakker")
    assert len(counts) == 1 and counts[0] < 10  # the line itself has 48 points
    assert (result.labels_in_stream, result.labels_appended) == (1, 0)
    assert lines(page) == [
        "Beslisnota over de subsidieregeling",
        f"Opgesteld door {LABEL}, telefoon 070 1234567",
        "Het einde van de nota.",
    ]


def test_the_label_of_a_removed_text_object_takes_a_point_between_text_objects(monkeypatch):
    """MuPDF drops a text object whose glyphs were all removed: the label then goes between
    the text objects around it, which are not on its line."""
    counts = _count_probes(monkeypatch)
    page = page_with_content(
        b"BT /helv 11 Tf 72 742 Td (Opgesteld door) Tj ET "
        b"q 0 g Q BT /helv 11 Tf 72 728 Td (Karin Bakker) Tj ET "
        b"q 0 g Q BT /helv 11 Tf 72 714 Td (Contactpersoon) Tj ET"
    )
    result = redact(page, "Karin Bakker")
    assert len(counts) == 1  # no second probe pass was needed
    assert (result.labels_in_stream, result.labels_appended) == (1, 0)
    assert lines(page) == ["Opgesteld door", LABEL, "Contactpersoon"]


def test_when_the_points_near_are_not_enough_every_point_is_probed(monkeypatch):
    import woo_pipeline.pdf_redaction as module

    monkeypatch.setattr(module, "_points_near", lambda walker, rects: set())
    counts = _count_probes(monkeypatch)
    page = page_with_content(TWO_ON_A_LINE)
    result = redact(page, "Karin Bakker", "Piet Jansen")
    assert len(counts) == 2 and counts[0] == 0 and counts[1] > 0
    assert (result.labels_in_stream, result.labels_appended) == (3, 0)
    assert lines(page) == [f"{LABEL} schreef aan {LABEL}, gisteren.", f"{LABEL} antwoordde"]


def test_one_label_font_for_all_pages_of_a_document():
    """MuPDF loads every font object anew: a label font per page cost that on every page."""
    doc = pymupdf.open()
    for text in ("Karin Bakker schreef", "Piet Jansen schreef"):
        page = doc.new_page()
        page.insert_text((72, 72), text, fontname="helv")
    redact(doc[0], "Karin Bakker")
    redact(doc[1], "Piet Jansen")
    fonts = {
        xref
        for page in doc
        for xref, *_rest, name, _enc in page.get_fonts()
        if name.startswith("WooLbl")
    }
    assert len(fonts) == 1
    assert [page.get_text().split("\n")[0] for page in doc] == [f"{LABEL} schreef"] * 2


def test_probes_that_disturb_the_text_are_not_trusted(monkeypatch):
    """What survived is then read from the page without probes."""
    import woo_pipeline.pdf_redaction as module

    probe_ops = module._probe_ops

    def disturbing(point, index, walker):  # draws a black glyph besides the probe
        return probe_ops(point, index, walker) + b" 0 g (X) Tj"

    monkeypatch.setattr(module, "_probe_ops", disturbing)
    page = page_with_content(
        b"BT /helv 11 Tf 72 742 Td (Opgesteld door Karin Bakker, telefoon 070) Tj ET"
    )
    result = redact_page(page, areas_for(page, "Karin Bakker"))
    assert result.chars_removed == len("Karin Bakker")
    assert result.chars_left_in_areas == 0 and result.chars_removed_outside_areas == 0
    assert "Karin" not in page.get_text() and "Bakker" not in page.get_text()
    assert result.labels_appended == 1  # the probed page cannot be read: appended


def test_a_leaked_glyph_gets_a_second_pass_after_probing(monkeypatch):
    passes = _count_removal_passes(monkeypatch)
    # A superscript whose box misses the middle band of the area.
    page = page_with_content(
        b"BT /helv 11 Tf 72 742 Td (Opgesteld door Karin) Tj 20 Ts /helv 5 Tf (2) Tj "
        b"0 Ts /helv 11 Tf ( Bakker, telefoon 070) Tj ET"
    )
    karin = areas_for(page, "Karin")[0].rect
    bakker = areas_for(page, "Bakker")[0].rect
    two = next(
        bbox for span in page.get_texttrace() for c, _, _, bbox in span["chars"] if c == ord("2")
    )
    area = RedactionArea((karin[0], min(karin[1], two[1]), bakker[2], karin[3]))
    result = redact_page(page, [area])
    assert passes == [True, True]  # text, the leaked glyph (no image: no image pass)
    assert result.chars_removed == len("Karin2 Bakker")
    assert result.chars_left_in_areas == 0 and result.chars_removed_outside_areas == 0
    assert result.chars_moved == 0
    assert lines(page) == [f"Opgesteld door {LABEL}, telefoon 070"]
    assert (result.labels_in_stream, result.labels_appended) == (1, 0)


@pytest.mark.parametrize(
    "data",
    [
        b"q 1 0 0 1 72 700 cm BT /F1 9 Tf [(a\\)b) -20 <4142> (c)] TJ ET Q",
        b"[(a)-20(b)/N 1.5 true<41>(c[d]e)]TJ [ ] TJ [<4<1>] TJ [(x(y)z)] TJ",
        b"1.5.2 Td trueX null 3 Tr q 1 0 0 1 0 0 cm Q\n\t ",
        b"0 0 m 1 2 3",  # operands without an operator at the end
        b"/P <</MCID 0 /Alt (x) /K [1 2 <<>>]>> BDC EMC true false null 3 Tr",
        b"+.5 -3. .7 1..2 Td 12abc 0W n [/Name#20x 1.5e3] TJ",
        b"(a(b)c) Tj",  # nested parentheses: the full lexer
        b"q % comment\n Q",  # a comment: the full lexer
        b"q BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI Q",  # inline image: the full lexer
        b"[1 2 >> TJ",
        b"<< /A 1 ] >>",
        b"(unterminated",
        b"<abc",
        b"}",
    ],
)
def test_the_one_pass_lexer_agrees_with_the_full_lexer(data):
    import woo_pipeline.pdf_redaction as module

    def parsed(parse):
        try:
            ops = parse(data)
        except module._ContentSyntaxError as exc:
            return str(exc)
        return [(op.name, op.operands, op.start, op.end) for op in ops]

    operations = module._parse_operations(data)
    if operations is not None:  # operands read when asked for
        assert [(op.name, op.operands, op.start, op.end) for op in operations] == parsed(
            module._parse_content_slow
        )
    fast = module._parse_content_fast(data)
    if fast is not None:
        # An array read in one piece counts its items without reading them.
        counted = [o.items() for op in fast for o in op.operands if o.kind == "array"]
        assert counted == [len(o.value) for op in fast for o in op.operands if o.kind == "array"]
        assert [(op.name, op.operands, op.start, op.end) for op in fast] == parsed(
            module._parse_content_slow
        )
    assert parsed(_parse_content) == parsed(module._parse_content_slow)


def test_redaction_annotations_already_on_the_page_are_applied_as_pymupdf_does():
    page = page_with_content(
        b"BT /helv 11 Tf 72 742 Td (Opgesteld door Karin Bakker, telefoon 070) Tj ET "
        b"BT /helv 11 Tf 72 700 Td (Tweede regel met Jan Smit erin) Tj ET"
    )
    earlier = page.search_for("Jan Smit")[0]
    page.add_redact_annot(earlier, fill=(0, 0, 0))  # someone else's, with a black fill
    result = redact(page, "Karin Bakker")
    text = page.get_text()
    assert "Jan" not in text and "Smit" not in text and "Karin" not in text
    assert any("already on the page" in warning for warning in result.warnings)
    assert list(page.annots()) == []
    assert _dark_pixels(page, tuple(earlier)) > 50  # its own fill, as apply_redactions draws it
