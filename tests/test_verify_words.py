"""A short redacted name inside another word is not a leak; the name on its own is."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from woo_pipeline.verify import find_leaks


def _pdf(path: Path, text: str) -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), text, fontsize=11)
    doc.set_metadata({"producer": "woo-pipeline", "title": "Beslisnota"})
    doc.save(path)
    return path


def test_short_secret_inside_a_word_is_not_a_leak(tmp_path: Path):
    path = _pdf(tmp_path / "a.pdf", "Op 3 januari is de discipline besproken.")
    assert find_leaks(path, ["Jan", "Eline"]) == []


def test_short_secret_as_a_word_is_a_leak(tmp_path: Path):
    path = _pdf(tmp_path / "b.pdf", "Op 3 januari sprak Jan met Eline.")
    channels = {leak.channel for leak in find_leaks(path, ["Jan", "Eline"])}
    assert channels, "a redacted name left in the text must be found"


def test_a_form_that_the_kept_text_holds_without_spaces_is_not_a_secret() -> None:
    """"Den Hey-\\nAcker" redacted where a line broke it, kept whole elsewhere: the leak check
    compares the text layer without spaces too, so that form cannot be checked and must not
    fail the file; a form found nowhere in the kept text is still checked."""
    from woo_pipeline.document import Document
    from woo_pipeline.findings import Finding
    from woo_pipeline.redact import secrets_to_verify

    text = "JJI Den Hey-Acker in Breda. Wat Den Hey-\nAcker deed, meldt Sanne Bakker."
    document = Document(path="x", text=text, char_boxes=[None] * len(text),
                        char_lines=[-1] * len(text), lines=[], pages=[])

    def finding(part: str) -> Finding:
        start = text.index(part)
        return Finding(id=part, entity_type="PERSON", start=start, end=start + len(part),
                       text=part, page=0, boxes=[], score=1.0, detector="test", explanation="")

    secrets = secrets_to_verify(document, [finding("Den Hey-\nAcker"), finding("Sanne Bakker")])
    assert secrets == ["Sanne Bakker"]


def test_glyph_codes_in_hex_strings_are_no_utf16_text() -> None:
    """A content stream's <hex> string of two-byte glyph codes is no text: glyph ids 0x4A
    0x6F 0x65 after a glyph 0x0020 are not "Joe" (a real batch-29 document failed its leak
    check on them). A hex string that opens with FEFF is UTF-16 text and is still searched;
    a one-byte hex string too."""
    from woo_pipeline.verify import _decoded_hex_strings, _Secret

    joe = _Secret(1, "Joe")
    glyphs = b"[<0020004a006f00650020>]tj"
    assert not joe.in_bytes(glyphs, _decoded_hex_strings(glyphs))
    assert not joe.in_bytes(glyphs)
    utf16 = b"/contents <feff0044006500200020004a006f0065>"
    assert joe.in_bytes(utf16, _decoded_hex_strings(utf16))
    assert joe.in_bytes(utf16)
    simple = b"[<4a6f65>]tj"
    assert joe.in_bytes(simple, _decoded_hex_strings(simple))
