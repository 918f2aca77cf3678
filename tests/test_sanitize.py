"""sanitize_document + save_clean remove every hidden channel; find_leaks proves it.

Every fixture is built in code: a one-page nota with public body text, plus a canary name in
one hidden channel (or in all of them). Each channel is tested both ways: find_leaks must find
the canary before sanitizing (so the check itself is proven) and nothing after, while the
visible body text stays exactly as it was.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from woo_pipeline import sanitize
from woo_pipeline.errors import ProcessingFailed
from woo_pipeline.sanitize import _parse_content, _strip_jpeg, sanitize_document, save_clean
from woo_pipeline.verify import find_leaks, normalize

CANARY = "Xandra Vogelzang"
CANARY_MAIL = "x.vogelzang@minfin.example"
SECRETS = [CANARY, CANARY_MAIL]
BODY = "Dit is de openbare tekst."
PUBLIC = {"title": "Nota over de begroting", "subject": "Nota", "keywords": "begroting"}


# --- fixture builders: each puts the canary in one channel of a fresh one-page document ---


def _new_doc() -> tuple[pymupdf.Document, pymupdf.Page]:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 72), BODY, fontsize=11)
    return doc, page


def _append_content(doc: pymupdf.Document, page: pymupdf.Page, data: bytes) -> None:
    """Add raw operators to the page (uses the /helv font that insert_text registered)."""
    xref = page.get_contents()[-1]
    doc.update_stream(xref, doc.xref_stream(xref) + b"\n" + data + b"\n")


def _pdf_str(text: str) -> str:
    return pymupdf.get_pdf_str(text)


def _add_object(doc: pymupdf.Document, source: str, stream: bytes | None = None) -> int:
    xref = doc.get_new_xref()
    doc.update_object(xref, source)
    if stream is not None:
        doc.update_stream(xref, stream)
    return xref


def _xmp(name: str) -> str:
    return (
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:creator><rdf:Seq><rdf:li>{name}</rdf:li></rdf:Seq></dc:creator>"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )


def info_metadata(doc, page):
    doc.set_metadata({"author": CANARY, "title": CANARY, "subject": CANARY, "keywords": CANARY})
    info = int(doc.xref_get_key(-1, "Info")[1].split()[0])
    doc.xref_set_key(info, "Company", _pdf_str(f"Bureau {CANARY}"))


def xmp_metadata(doc, page):
    doc.set_xml_metadata(_xmp(CANARY))
    # XMP on an object other than the catalog: a page-level /Metadata stream.
    meta = _add_object(doc, "<</Type/Metadata/Subtype/XML>>", _xmp(CANARY).encode())
    doc.xref_set_key(page.xref, "Metadata", f"{meta} 0 R")


def text_annotation(doc, page):
    annot = page.add_text_annot((300, 300), f"Opmerking van {CANARY}")
    annot.set_info(title=CANARY, subject=CANARY)
    annot.set_popup(pymupdf.Rect(320, 300, 500, 400))
    annot.update()


def freetext_annotation(doc, page):
    page.add_freetext_annot(pymupdf.Rect(300, 500, 550, 540), f"Let op: {CANARY}")


def mailto_link(doc, page):
    page.insert_link(
        {"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 60, 200, 76),
         "uri": f"mailto:{CANARY_MAIL}"}
    )


def form_field(doc, page):
    widget = pymupdf.Widget()
    widget.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    widget.field_name = "behandelaar"
    widget.field_value = CANARY
    widget.rect = pymupdf.Rect(72, 600, 300, 620)
    page.add_widget(widget)
    doc.xref_set_key(widget.xref, "DV", _pdf_str(CANARY))


def embedded_file(doc, page):
    doc.embfile_add(f"{CANARY}.txt", f"Contact: {CANARY}".encode(), filename=f"{CANARY}.txt",
                    desc=f"CV {CANARY}")


def file_attachment(doc, page):
    page.add_file_annot((400, 700), f"Notities {CANARY}".encode(), f"{CANARY}.txt",
                        desc=CANARY)


def javascript(doc, page):
    cat = doc.pdf_catalog()
    js = _add_object(doc, f"<</S/JavaScript/JS{_pdf_str(f'app.alert({CANARY!r})')}>>")
    doc.xref_set_key(cat, "OpenAction", f"{js} 0 R")
    js2 = _add_object(doc, f"<</S/JavaScript/JS{_pdf_str(f'// {CANARY}')}>>")
    doc.xref_set_key(cat, "Names/JavaScript", f"<</Names[(init) {js2} 0 R]>>")
    doc.xref_set_key(page.xref, "AA", f"<</O {js2} 0 R>>")


def bookmarks(doc, page):
    doc.set_toc([[1, "Inleiding", 1], [2, f"Reactie {CANARY}", 1]])


def hidden_layer(doc, page):
    ocg = doc.add_ocg(f"Opmerkingen {CANARY}", on=False)
    page.insert_text((72, 200), f"Interne noot {CANARY}", oc=ocg)


def structure_tree(doc, page):
    cat = doc.pdf_catalog()
    root = doc.get_new_xref()
    elem = _add_object(
        doc,
        f"<</Type/StructElem/S/Figure/P {root} 0 R/Pg {page.xref} 0 R"
        f"/Alt{_pdf_str(CANARY)}/ActualText{_pdf_str(CANARY)}/K 0>>",
    )
    doc.update_object(root, f"<</Type/StructTreeRoot/K[{elem} 0 R]>>")
    doc.xref_set_key(cat, "StructTreeRoot", f"{root} 0 R")
    doc.xref_set_key(cat, "MarkInfo", "<</Marked true>>")
    doc.xref_set_key(page.xref, "StructParents", "0")
    # Marked content in the page with /ActualText replacing what the glyphs say.
    _append_content(
        doc, page,
        f"/Span <</MCID 0/ActualText {_pdf_str(CANARY)}>> BDC "
        "BT /helv 11 Tf 72 350 Td (zie bijlage) Tj ET EMC".encode(),
    )


def outside_mediabox(doc, page):
    page.insert_text((72, -40), f"Boven {CANARY}")
    page.insert_text((650, 300), f"Rechts {CANARY}")


def invisible_text(doc, page):
    page.insert_text((72, 450), f"Onzichtbaar {CANARY}", render_mode=3)


def clipped_text(doc, page):
    _append_content(doc, page, f"q 0 0 1 1 re W n BT /helv 11 Tf 72 300 Td ({CANARY}) Tj ET Q"
                    .encode())


def piece_info_and_thumbnail(doc, page):
    doc.xref_set_key(page.xref, "PieceInfo", f"<</Word<</Private {_pdf_str(CANARY)}>>>>")
    thumb = _add_object(
        doc, "<</Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray"
        "/BitsPerComponent 8>>", CANARY.encode())
    doc.xref_set_key(page.xref, "Thumb", f"{thumb} 0 R")


def jpeg_comment(doc, page):
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 16, 16), False)
    pix.clear_with(180)
    jpeg = pix.tobytes("jpeg")
    comment = f"Artist {CANARY}".encode()
    jpeg = jpeg[:2] + b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment + jpeg[2:]
    page.insert_image(pymupdf.Rect(400, 100, 450, 150), stream=jpeg)


BUILDERS: dict[str, tuple[Callable, set[str]]] = {
    # builder, the channel(s) find_leaks must report for it
    "info metadata": (info_metadata, {"metadata"}),
    "XMP": (xmp_metadata, {"XMP metadata"}),
    "text annotation + popup": (text_annotation, {"annotation"}),
    "FreeText": (freetext_annotation, {"annotation"}),
    "mailto link": (mailto_link, {"link"}),
    "form field": (form_field, {"form field"}),
    "embedded file": (embedded_file, {"embedded file"}),
    "file attachment": (file_attachment, {"annotation"}),
    "JavaScript": (javascript, {"object"}),
    "bookmarks": (bookmarks, {"outline"}),
    "OFF layer": (hidden_layer, {"page text"}),
    "structure tree": (structure_tree, {"object", "page text"}),
    "outside MediaBox": (outside_mediabox, {"page text"}),
    "invisible text": (invisible_text, {"page text"}),
    "clipped text": (clipped_text, {"page text"}),
    "PieceInfo + thumbnail": (piece_info_and_thumbnail, {"object"}),
    "JPEG comment": (jpeg_comment, {"object"}),
}


def _build(path: Path, builders: list[Callable]) -> None:
    doc, page = _new_doc()
    for build in builders:
        build(doc, page)
    doc.save(path)
    doc.close()


def _build_with_old_revision(path: Path) -> None:
    """Revision 1 has the canary in the page text; revision 2 removes it (incremental save)."""
    doc, page = _new_doc()
    page.insert_text((72, 120), f"Behandelaar: {CANARY}")
    doc.save(path)
    doc.close()
    doc = pymupdf.open(path)
    page = doc[0]
    for rect in page.search_for(CANARY):
        page.add_redact_annot(rect)
    page.apply_redactions()
    doc.save(path, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP)
    doc.close()


def _sanitize(src: Path, dest: Path) -> list[str]:
    with pymupdf.open(src) as doc:
        notes = sanitize_document(doc, PUBLIC, SECRETS)
        save_clean(doc, dest)
    return notes


def _decompressed_bytes(path: Path) -> bytes:
    """The file rewritten with every stream decompressed (expand), plus its raw bytes."""
    with pymupdf.open(path) as doc:
        expanded = doc.tobytes(expand=255, garbage=0)
    return expanded + path.read_bytes()


def _canary_in_bytes(data: bytes) -> bool:
    low = data.lower()
    for text in (CANARY, CANARY_MAIL, "vogelzang"):
        for enc in ("latin-1", "utf-16-be"):
            needle = text.lower().encode(enc)
            if needle in low or needle.hex().encode() in low:
                return True
    return False


def _visible_text(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return doc[0].get_text()


# --- find_leaks: proven to see the canary in every channel ----------------------------------


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_find_leaks_sees_the_canary_in_each_channel(tmp_path, name):
    build, channels = BUILDERS[name]
    path = tmp_path / "leaky.pdf"
    _build(path, [build])
    leaks = find_leaks(path, SECRETS)
    found = {leak.channel for leak in leaks}
    assert found & channels, f"{name}: expected {channels}, found {found}"
    for leak in leaks:  # the report never repeats the secret
        assert "vogelzang" not in leak.detail.lower()
        assert "xandra" not in leak.detail.lower()


def test_find_leaks_sees_an_earlier_revision(tmp_path):
    path = tmp_path / "revisions.pdf"
    _build_with_old_revision(path)
    with pymupdf.open(path) as doc:
        assert CANARY not in doc[0].get_text()  # the current revision no longer shows it
    channels = {leak.channel for leak in find_leaks(path, SECRETS)}
    assert "file bytes" in channels and "page text" not in channels


def test_find_leaks_sees_the_trailer(tmp_path):
    path = tmp_path / "trailer.pdf"
    _build(path, [])
    data = path.read_bytes()
    # The trailer follows the xref table, so growing it does not move any offset.
    data = data.replace(b"/Root 1 0 R", b"/Root 1 0 R/Note (Xandra Vogelzang)", 1)
    path.write_bytes(data)
    assert "trailer" in {leak.channel for leak in find_leaks(path, SECRETS)}


def test_find_leaks_normalises_case_spacing_and_encoding(tmp_path):
    path = tmp_path / "variants.pdf"
    doc, page = _new_doc()
    page.insert_text((72, 150), "XANDRA   vogelZANG")
    page.insert_text((72, 170), "X a n d r a V o g e l z a n g")
    doc.set_metadata({"title": "Ｘａｎｄｒａ Vogel\u00adzang"})  # full-width, soft hyphen
    doc.save(path)
    doc.close()
    leaks = find_leaks(path, [CANARY])
    assert {leak.channel for leak in leaks} >= {"page text", "metadata"}


def test_find_leaks_is_clean_for_a_clean_file_and_ignores_short_secrets(tmp_path):
    path = tmp_path / "clean.pdf"
    _build(path, [])
    assert find_leaks(path, [CANARY, "de", "is"]) == []
    assert find_leaks(path, ["Dit is de openbare"])  # and it does see what is there


def test_a_short_secret_must_be_a_whole_word_outside_decoded_text(tmp_path):
    path = tmp_path / "italic.pdf"
    doc, page = _new_doc()
    page.insert_text((72, 150), "Een cursieve regel", fontname="heit")  # /Helvetica-Oblique
    page.insert_font(fontname="F0", fontbuffer=pymupdf.Font("heit").buffer)  # Nimbus Italic
    page.insert_text((72, 170), "Nog een regel", fontname="F0")
    doc.save(path)
    doc.close()
    assert find_leaks(path, ["Ali", "Obl"]) == []  # not the font names
    doc = pymupdf.open(path)
    doc[0].insert_text((72, 190), "Overleg met Ali.")
    doc.saveIncr()
    doc.close()
    assert {leak.channel for leak in find_leaks(path, ["Ali"])} >= {"page text", "file bytes"}


def test_find_leaks_fails_closed_on_an_unreadable_file(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00" * 100)
    leaks = find_leaks(path, [CANARY])
    assert leaks and leaks[0].channel == "file"


# --- sanitize + save_clean: every channel removed, the body text unchanged ------------------


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_sanitize_removes_each_channel(tmp_path, name):
    build, _ = BUILDERS[name]
    src, out = tmp_path / "in.pdf", tmp_path / "out.pdf"
    _build(src, [build])
    _sanitize(src, out)
    assert find_leaks(out, SECRETS) == []
    assert not _canary_in_bytes(_decompressed_bytes(out))
    assert BODY in _visible_text(out)


def test_sanitize_removes_all_channels_together(tmp_path):
    src, out = tmp_path / "in.pdf", tmp_path / "out.pdf"
    _build_with_old_revision(src)
    doc = pymupdf.open(src)
    page = doc[0]
    for build, _ in BUILDERS.values():
        build(doc, page)
    doc.save(src, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP)
    doc.close()
    before = {leak.channel for leak in find_leaks(src, SECRETS)}
    assert before >= {"metadata", "XMP metadata", "annotation", "link", "form field",
                      "embedded file", "outline", "page text", "object", "file bytes"}

    notes = _sanitize(src, out)

    assert find_leaks(out, SECRETS) == []
    assert not _canary_in_bytes(_decompressed_bytes(out))
    text = _visible_text(out)
    assert BODY in text
    assert "zie bijlage" in text  # visible text inside marked content stays
    for note in notes:
        assert "vogelzang" not in note.lower()

    with pymupdf.open(out) as doc:
        assert doc.version_count == 1
        assert doc.metadata["title"] == PUBLIC["title"]
        assert doc.metadata["author"] == "woo-pipeline"
        assert doc.metadata["producer"] == "woo-pipeline"
        assert doc.get_xml_metadata() == ""
        assert doc.get_toc() == []
        assert doc.embfile_count() == 0
        assert not doc.is_form_pdf
        assert doc.get_ocgs() == {}
        page = doc[0]
        assert list(page.annots()) == [] and page.get_links() == []
        cat = doc.xref_object(doc.pdf_catalog())
        for key in ("/OpenAction", "/Names", "/StructTreeRoot", "/MarkInfo", "/AcroForm",
                    "/OCProperties", "/Outlines", "/Metadata"):
            assert key not in cat
        page_obj = doc.xref_object(page.xref)
        for key in ("/Annots", "/AA", "/Thumb", "/PieceInfo", "/StructParents", "/Metadata"):
            assert key not in page_obj
        assert len(page.get_images()) == 1  # the JPEG itself stays, only its comment went
        assert b"/JavaScript" not in _decompressed_bytes(out)


def test_sanitize_keeps_the_page_looking_the_same(tmp_path):
    """Removing hidden channels must not change the rendered page (no annotations drawn)."""
    src, out = tmp_path / "in.pdf", tmp_path / "out.pdf"
    _build(src, [hidden_layer, invisible_text, clipped_text, outside_mediabox, xmp_metadata,
                 structure_tree, jpeg_comment])
    _sanitize(src, out)
    with pymupdf.open(src) as a, pymupdf.open(out) as b:
        before = a[0].get_pixmap(dpi=50).samples
        after = b[0].get_pixmap(dpi=50).samples
    assert before == after


def test_layer_rules_for_membership_dictionaries(tmp_path):
    """An OCMD hides per the spec (MuPDF itself shows /AllOn and /VE content)."""
    src, out = tmp_path / "in.pdf", tmp_path / "out.pdf"
    doc, page = _new_doc()
    off = doc.add_ocg("uit", on=False)
    on = doc.add_ocg("aan", on=True)
    page.insert_text((72, 200), f"AllOn {CANARY}",
                     oc=doc.set_ocmd(ocgs=[off, on], policy="AllOn"))
    page.insert_text((72, 220), f"VE {CANARY}", oc=doc.set_ocmd(ve=["and", off, on]))
    page.insert_text((72, 240), "Zichtbaar AnyOn", oc=doc.set_ocmd(ocgs=[off, on]))
    page.insert_text((72, 260), "Zichtbare laag", oc=on)
    doc.save(src)
    doc.close()
    _sanitize(src, out)
    assert find_leaks(out, SECRETS) == []
    text = _visible_text(out)
    assert "Zichtbaar AnyOn" in text and "Zichtbare laag" in text and BODY in text


def test_hidden_text_in_a_form_xobject_is_removed(tmp_path):
    src, out = tmp_path / "in.pdf", tmp_path / "out.pdf"
    doc, page = _new_doc()
    other = pymupdf.open()
    other_page = other.new_page(width=300, height=60)
    other_page.insert_text((10, 20), f"Form {CANARY}", render_mode=3)
    ocg = doc.add_ocg("uit", on=False)
    other_page.insert_text((10, 40), "Zichtbaar in form")
    page.show_pdf_page(pymupdf.Rect(72, 300, 372, 360), other, 0)
    page.show_pdf_page(pymupdf.Rect(72, 400, 372, 460), other, 0, oc=ocg)
    doc.save(src)
    doc.close()
    _sanitize(src, out)
    assert find_leaks(out, SECRETS) == []
    assert _visible_text(out).count("Zichtbaar in form") == 1


def test_embedded_fonts_are_subset_after_redaction(tmp_path):
    """Glyphs only the redacted name used must not stay behind in a full embedded font."""
    src, out = tmp_path / "in.pdf", tmp_path / "out.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="F0", fontbuffer=pymupdf.Font("helv").buffer)
    page.insert_text((72, 72), BODY, fontname="F0")
    page.insert_text((72, 100), f"Behandelaar: {CANARY}", fontname="F0")
    for rect in page.search_for(CANARY):  # what the redaction stage does before us
        page.add_redact_annot(rect)
    page.apply_redactions()
    doc.save(src)
    doc.close()
    _sanitize(src, out)
    with pymupdf.open(src) as before, pymupdf.open(out) as after:
        assert "+" not in before.get_page_fonts(0)[0][3]
        assert "+" in after.get_page_fonts(0)[0][3]  # a subset font: ABCDEF+Name
        assert len(after.tobytes()) < len(before.tobytes())
    assert find_leaks(out, SECRETS) == []
    assert BODY in _visible_text(out)


def test_public_metadata_with_a_secret_is_dropped_and_unknown_keys_refused(tmp_path):
    doc, _ = _new_doc()
    notes = sanitize_document(doc, {"title": f"Nota van {CANARY}", "subject": "Nota"}, SECRETS)
    assert doc.metadata["title"] == "" and doc.metadata["subject"] == "Nota"
    assert any("'title' dropped" in note for note in notes)
    with pytest.raises(ValueError, match="unknown public metadata"):
        sanitize_document(doc, {"Company": "x"})


def test_unparseable_content_with_layers_is_refused(monkeypatch):
    doc, page = _new_doc()
    ocg = doc.add_ocg("uit", on=False)
    page.insert_text((72, 200), "laag", oc=ocg)

    def unparseable(data):
        # MuPDF's own clean-up repairs most broken syntax before we parse, so simulate one.
        raise sanitize._ContentError("unterminated string")

    monkeypatch.setattr(sanitize, "_parse_content", unparseable)
    with pytest.raises(ProcessingFailed, match="hidden layers"):
        sanitize_document(doc, PUBLIC, SECRETS)


def test_content_parser_keeps_strings_arrays_and_inline_images():
    data = (b"q BT /F1 9 Tf [(a\\)b (c)) -20 <4142>] TJ ET Q % comment\n"
            b"/Span <</ActualText (x)>> BDC EMC BI /W 1 /H 1 /CS /G /BPC 8 ID \x00 EI Q")
    ops = [op.operator for op in _parse_content(data)]
    assert ops == [b"q", b"BT", b"Tf", b"TJ", b"ET", b"Q", b"BDC", b"EMC", b"BI", b"Q"]


def test_strip_jpeg_keeps_image_data():
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 8, 8), False)
    jpeg = pix.tobytes("jpeg")
    exif = b"Exif\x00\x00" + CANARY.encode()
    tagged = jpeg[:2] + b"\xff\xe1" + (len(exif) + 2).to_bytes(2, "big") + exif + jpeg[2:]
    assert _strip_jpeg(tagged) == jpeg
    assert _strip_jpeg(jpeg) is None  # nothing to strip
    assert _strip_jpeg(b"not a jpeg") is None


# --- save_clean ------------------------------------------------------------------------------


def test_save_clean_is_a_full_rewrite(tmp_path):
    src, out = tmp_path / "in.pdf", tmp_path / "out.pdf"
    _build_with_old_revision(src)
    with pymupdf.open(src) as doc:
        assert doc.version_count == 2
        old_id = doc.pdf_trailer()
        save_clean(doc, out)
    with pymupdf.open(out) as doc:
        assert doc.version_count == 1
    data = out.read_bytes()
    assert data.count(b"%%EOF") == 1 and b"/Prev" not in data
    # Nothing readable is left in any deflate stream either.
    assert not any(CANARY.encode() in zlib.decompressobj().decompress(chunk.split(b"endstream")[0])
                   for chunk in data.split(b"stream\n")[1:] if chunk[:1] == b"x")
    assert old_id  # (the /ID is renewed by sanitize_document; see the next test)


def test_document_id_is_new(tmp_path):
    src, out = tmp_path / "in.pdf", tmp_path / "out.pdf"
    _build(src, [])
    with pymupdf.open(src) as doc:
        old = doc.xref_get_key(-1, "ID")[1]
    _sanitize(src, out)
    with pymupdf.open(out) as doc:
        new = doc.xref_get_key(-1, "ID")[1]
    assert new != "null" and new != old
    assert old.split()[0] not in new


def test_save_clean_leaves_no_partial_file_on_failure(tmp_path, monkeypatch):
    out = tmp_path / "out.pdf"
    out.write_bytes(b"previous version")
    doc, _ = _new_doc()

    def broken_save(*args, **kwargs):
        Path(args[0]).write_bytes(b"%PDF-1.7 half")
        raise RuntimeError("disk full")

    monkeypatch.setattr(doc, "save", broken_save)
    with pytest.raises(RuntimeError, match="disk full"):
        save_clean(doc, out)
    assert out.read_bytes() == b"previous version"
    assert os.listdir(tmp_path) == ["out.pdf"]


def test_save_clean_replaces_atomically(tmp_path):
    out = tmp_path / "out.pdf"
    out.write_bytes(b"old")
    doc, _ = _new_doc()
    save_clean(doc, out)
    assert out.read_bytes().startswith(b"%PDF-")
    assert os.listdir(tmp_path) == ["out.pdf"]
    assert normalize(BODY) in normalize(_visible_text(out))


# --- shortcuts of the hidden-text check and the leak check change nothing ---------------------


def _content_page(ops: bytes, size: float = 200) -> pymupdf.Page:
    doc = pymupdf.open()
    page = doc.new_page(width=size, height=size)
    page.insert_font(fontname="helv")
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    doc.update_stream(xref, ops)
    doc.xref_set_key(page.xref, "Contents", f"{xref} 0 R")
    return page


def _hidden_chars_by_the_book(page: pymupdf.Page) -> tuple[list[tuple], int]:
    """The check character by character, with PyMuPDF geometry and both extractions."""
    everything = pymupdf.INFINITE_RECT()
    shown = {
        sanitize._char_key(ch)
        for span in sanitize._spans(page.get_text(
            "rawdict", flags=sanitize._RAW_FLAGS | pymupdf.TEXT_CLIP, clip=everything))
        for ch in span["chars"]
    }
    rects, count = [], 0
    raw = page.get_text("rawdict", flags=sanitize._RAW_FLAGS, clip=everything)
    for span in sanitize._spans(raw):
        invisible = sanitize._span_invisible(span)
        run = None
        for ch in span["chars"]:
            box = pymupdf.Rect(ch["bbox"])
            center = pymupdf.Point((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)
            if not (invisible or not page.rect.contains(center)
                    or sanitize._char_key(ch) not in shown):
                if run is not None:
                    rects.append(tuple(run))
                    run = None
                continue
            count += 1
            core = pymupdf.Rect(center.x - 0.1, center.y - 0.1, center.x + 0.1, center.y + 0.1)
            run = core if run is None else run | core
        if run is not None:
            rects.append(tuple(run))
    return rects, count


TRICKY_PAGES = {
    "plain": b"BT /helv 11 Tf 20 100 Td (Gewone tekst) Tj ET",
    "zero scaling": b"BT /helv 11 Tf 150 100 Td (ab) Tj 0 Tz (XY) Tj ET",
    "past the right edge": b"BT /helv 11 Tf 190 100 Td (abcdef) Tj ET",
    "on the left edge": b"BT /helv 11 Tf 0 100 Td (edge) Tj ET",
    "at the top": b"BT /helv 11 Tf 10 199.5 Td (top) Tj ET",
    "at the bottom": b"BT /helv 11 Tf 10 0.2 Td (gjp) Tj ET",
    "clip path": b"q 0 0 50 50 re W n BT /helv 11 Tf 10 100 Td (weg) Tj ET Q "
                 b"BT /helv 11 Tf 10 20 Td (zichtbaar) Tj ET",
    "clip path after a number": b"q 0 0 1 1 re 0W n BT /helv 11 Tf 10 100 Td (weg) Tj ET Q",
    "clip render mode": b"BT /helv 11 Tf 7 Tr 10 100 Td (klem) Tj ET "
                        b"BT /helv 11 Tf 0 Tr 10 50 Td (erna) Tj ET",
    "invisible": b"BT /helv 11 Tf 3 Tr 10 100 Td (onzichtbaar) Tj 0 Tr (zichtbaar) Tj ET",
    "stroke clip": b"BT /helv 11 Tf 5 Tr 10 100 Td (rand) Tj ET "
                   b"BT 10 50 Td /helv 11 Tf 0 Tr (binnen?) Tj ET",
    "wide spacing": b"BT /helv 11 Tf 10 100 Td 300 Tc (spread) Tj ET",
    "mirrored": b"BT /helv 11 Tf 10 100 Td -100 Tz (spiegel) Tj ET",
    "rotated": b"BT /helv 11 Tf 0 1 -1 0 195 100 Tm (gedraaid) Tj ET",
    "render mode behind a comment": b"BT /helv 11 Tf 7 % 0\n Tr 10 100 Td (klem) Tj ET",
    # Clipped away in the middle of a line: MuPDF puts a space of its own between "a" and
    # "b" where "X" was, so the clipped extraction has as many characters as the other.
    "raised out of the clip": b"q 0 0 200 105 re W n BT /helv 11 Tf 10 100 Td (a) Tj "
                              b"30 Ts (X) Tj 0 Ts (b) Tj ET Q",
    # A word processor's page clip: what it clips away lies outside the page.
    "page clip": b"0.1 w q 0 0.028 199.97 199.97 re\nW* n BT /helv 11 Tf 10 100 Td (binnen) Tj "
                 b"250 0 Td (buiten) Tj ET Q",
    "page clip moved by cm": b"q 1 0 0 1 120 0 cm 0 0 200 200 re W n BT /helv 11 Tf "
                             b"-110 100 Td (weg) Tj 150 0 Td (er) Tj ET Q",
}


@pytest.mark.parametrize("name", sorted(TRICKY_PAGES))
def test_hidden_characters_found_as_by_the_book(name):
    page = _content_page(TRICKY_PAGES[name])
    expected = _hidden_chars_by_the_book(page)
    for quick in (False, True):
        rects, count, _ = sanitize._hidden_chars(page, quick=quick)
        assert ([tuple(r) for r in rects], count) == expected, quick


def test_hidden_characters_in_a_form_and_an_annotation_found_as_by_the_book():
    doc, page = _new_doc()
    other = pymupdf.open()
    other_page = other.new_page(width=300, height=60)
    other_page.insert_text((10, 20), "Binnen de form")
    other_page.insert_text((10, 58), "Rand van de form")
    page.show_pdf_page(pymupdf.Rect(72, 300, 372, 330), other, 0)  # half of it clipped
    page.add_freetext_annot(pymupdf.Rect(300, 500, 320, 510), "Een lange notitie die niet past")
    assert sanitize._may_clip(page)
    expected = _hidden_chars_by_the_book(page)
    assert expected[1] > 0
    for quick in (False, True):
        rects, count, _ = sanitize._hidden_chars(page, quick=quick)
        assert ([tuple(r) for r in rects], count) == expected


def test_only_pages_that_cannot_clip_skip_the_clipped_extraction():
    page = _content_page(b"BT /helv 11 Tf 3 Tr 10 100 Td (a) Tj ET")
    assert not sanitize._may_clip(page)
    annot = page.add_text_annot((50, 50), "notitie")
    assert sanitize._may_clip(page)  # an appearance is a form, clipped to its box
    page.delete_annot(annot)
    page.parent.xref_set_key(page.xref, "Annots", "[]")  # as redaction leaves it
    assert not sanitize._may_clip(page)
    for ops in (b"0 0 1 1 re W n", b"0 0 1 1 re W* n", b"0 0 1 1 re 0W n",
                b"BT 4 Tr ET", b"BT 7 Tr ET", b"BT 7 % 3\n Tr ET", b"/X Do", b"/GS gs",
                b"/P scn", b"/Sh sh"):
        assert sanitize._may_clip(_content_page(ops)), ops
    # A clip that holds the whole page (a word processor starts each page with one) clips
    # away nothing but what lies outside the page, which the check finds anyway.
    for ops in (b"0 0 200 200 re W n", b"q -1 -1 202 202 re W* n Q",
                b"0.1 w\nq 0 0.028 199.97 199.97 re\nW* n\nQ"):
        assert not sanitize._may_clip(_content_page(ops)), ops
    # An image neither clips text nor holds any; a form does both.
    page = _content_page(b"")
    page.insert_image(pymupdf.Rect(10, 10, 50, 50), pixmap=pymupdf.Pixmap(
        pymupdf.csRGB, pymupdf.IRect(0, 0, 4, 4), 0))
    assert b"Do" in page.read_contents() and not sanitize._may_clip(page)
    other = pymupdf.open()
    other.new_page(width=50, height=50).insert_text((5, 20), "form")
    page.show_pdf_page(pymupdf.Rect(60, 60, 110, 110), other, 0)
    assert sanitize._may_clip(page)
    for ops in (b"0 0 100 200 re W n", b"1 0 0 1 5 5 cm 0 0 200 200 re W n",
                b"10 10 m 0 0 200 200 re W n", b"0 0 200 200 re 0 0 10 10 re W n",
                b"0 0 10 10 re % 0 0 200 200 re\n W n"):
        assert sanitize._may_clip(_content_page(ops)), ops


def test_find_leaks_sees_glyphs_that_actual_text_hides(tmp_path):
    path = tmp_path / "actualtext.pdf"
    doc, page = _new_doc()
    _append_content(doc, page, f"/Span <</ActualText {_pdf_str('Dit is de openbare tekst')}>> "
                    f"BDC BT /helv 11 Tf 72 300 Td ({CANARY}) Tj ET EMC".encode())
    doc.save(path, deflate=True)
    doc.close()
    with pymupdf.open(path) as saved:
        assert CANARY not in saved[0].get_text()  # the text layer says something else
    leaks = find_leaks(path, [CANARY])
    assert "page text" in {leak.channel for leak in leaks}


def test_find_leaks_sees_a_secret_hyphenated_across_lines(tmp_path):
    path = tmp_path / "hyphen.pdf"
    doc, page = _new_doc()
    page.insert_text((72, 300), "Behandeld door Xandra Vogel-")
    page.insert_text((72, 314), "zang van de afdeling.")
    doc.save(path, deflate=True)
    doc.close()
    leaks = find_leaks(path, [CANARY])
    assert "page text" in {leak.channel for leak in leaks}
