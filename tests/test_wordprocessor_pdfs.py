"""Hard cases as a word processor writes them: LibreOffice 7.4 turned the case text (one
paragraph per line, Liberation Sans 10 pt) into these PDFs, with an embedded TrueType subset
and one content stream per page, and wrapped long lines where it liked: after a hyphen
("14-03-" / "1991"), between a street and its number, after a space. The PyMuPDF-drawn
hard cases never wrap like that. How they were made: tests/fixtures/wordprocessor/README.md."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pymupdf
import pytest

from woo_pipeline.pipeline import RunOptions, process_file

_spec = importlib.util.spec_from_file_location(
    "hard_cases_score_wordprocessor", Path(__file__).parent / "hard_cases" / "score.py"
)
assert _spec and _spec.loader
score = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = score
_spec.loader.exec_module(score)

FIXTURES = Path(__file__).parent / "fixtures" / "wordprocessor"
# Items each PDF breaks over a line, or wraps next to: found before only on the drawn PDFs.
WRAPPED = {
    "b8-dji-notitie-incident-gedetineerde": ["14-03-1991"],
    "b2-ienw-klacht-kenteken-de-wit-hoorn": ["N-428-XK"],
    "b8-igj-notitie-calamiteit-ziekenhuis": ["Johanna Kuipers-Veldman"],
    "jenv-06-ind-asylum-seeker": ["3012884517"],
    "b8-ilt-rapport-bevinding-wegvervoer": ["Dariusz Wójcik"],
    "b7-apeldoorn-handhaving-eenmanszaak-kentekens": ["2283", "Anklaarseweg 118"],
}


def _case(case_id: str) -> dict:
    return score._cases_by_id()[case_id]


@pytest.mark.parametrize("case_id", sorted(WRAPPED))
def test_items_wrapped_by_a_word_processor_are_found(case_id: str, monkeypatch) -> None:
    pdf = (FIXTURES / f"{case_id}.pdf").read_bytes()
    monkeypatch.setattr(score, "build_pdf", lambda case, drawing=score.TEXT: pdf)
    case = dict(_case(case_id), redact=WRAPPED[case_id], keep=[])
    result = score.evaluate_case(case)
    assert [(i.text, i.ok) for i in result.items] == [(t, True) for t in WRAPPED[case_id]]


@pytest.mark.parametrize("case_id", sorted(WRAPPED))
def test_a_word_processor_pdf_is_redacted_and_verified(case_id: str, tmp_path: Path) -> None:
    src = FIXTURES / f"{case_id}.pdf"
    result = process_file(src, tmp_path / src.name, RunOptions(workers=1))
    assert result.status == "ok", result.message
    with pymupdf.open(tmp_path / src.name) as out:
        text = re.sub(r"\s", "", "".join(page.get_text() for page in out))
    for item in WRAPPED[case_id]:
        assert re.sub(r"\s", "", item) not in text
    assert "[Redacted]" in text
