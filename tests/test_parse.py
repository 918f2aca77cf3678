"""The parser's text where a word processor wrapped a line (LibreOffice and Word PDFs)."""

from __future__ import annotations

import pymupdf

from woo_pipeline.parse import parse_document


def _pdf(lines: list[str]) -> pymupdf.Document:
    doc = pymupdf.open()
    page = doc.new_page()
    writer = pymupdf.TextWriter(page.rect)
    y = 72.0
    for line in lines:
        writer.append((72, y), line, fontsize=10)
        y += 13
    writer.write_text(page)
    return pymupdf.open("pdf", doc.tobytes())


def test_a_line_broken_after_a_hyphen_reads_as_one_word() -> None:
    text = parse_document(_pdf([
        "gedetineerde Kevin Oudejans (geboren 14-03-",
        "1991) met kenteken N-428-",
        "XK en BOA-",
        "nummer 2283; mevrouw Kuipers-",
        "Veldman.",
    ])).text
    assert "14-03-1991" in text
    assert "N-428-XK" in text
    assert "BOA-nummer 2283" in text
    assert "Kuipers-Veldman" in text


def test_a_syllable_break_and_the_first_half_of_a_pair_keep_their_line_break() -> None:
    lines = ["de heer Pieter Sm-", "its van de Brood-", "en banketbakkers"]
    text = parse_document(_pdf(lines)).text
    assert "Sm-\nits" in text  # one word without a hyphen: the detectors read it so
    assert "Brood-\nen banketbakkers" in text


def test_the_space_at_which_a_line_wraps_is_not_part_of_the_text() -> None:
    text = parse_document(_pdf(["Bestuurder Dariusz Wójcik ", "(geboren 03-11-1985)"])).text
    assert "Wójcik\n(geboren" in text
