"""The committed development set in samples/: reproducible, and its ground truth exact."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from woo_pipeline import samplegen

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TRUTH_FILES = sorted(SAMPLES.glob("*.truth.json"))


def normalise(text: str) -> str:
    return " ".join(text.split())


def strip(text: str) -> str:
    return text.replace(" ", "").replace("-", "")


def load(truth_path: Path) -> dict:
    return json.loads(truth_path.read_text(encoding="utf-8"))


def page_texts(pdf_path: Path) -> list[str]:
    with pymupdf.open(pdf_path) as doc:
        return [normalise(page.get_text()) for page in doc]


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out_dir = tmp_path_factory.mktemp("samples")
    samplegen.generate_samples(out_dir)
    return out_dir


def test_regenerating_gives_the_committed_truth(regenerated: Path) -> None:
    committed = sorted(path.name for path in TRUTH_FILES)
    fresh = sorted(path.name for path in regenerated.glob("*.truth.json"))
    assert fresh == committed
    for name in committed:
        assert (regenerated / name).read_bytes() == (SAMPLES / name).read_bytes(), name


def test_regenerating_gives_the_committed_readme(regenerated: Path) -> None:
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    assert (regenerated / "README.md").read_text(encoding="utf-8") == readme
    for truth_path in TRUTH_FILES:
        assert f"`{load(truth_path)['document']}`" in readme


def test_regenerating_gives_the_committed_pdf_text(regenerated: Path) -> None:
    for truth_path in TRUTH_FILES:
        name = load(truth_path)["document"]
        assert page_texts(regenerated / name) == page_texts(SAMPLES / name), name


@pytest.mark.parametrize("truth_path", TRUTH_FILES, ids=lambda path: path.name)
def test_truth_matches_the_pdf(truth_path: Path) -> None:
    truth = load(truth_path)
    assert set(truth) == {
        "document", "layout", "pages", "redact", "keep", "fields", "title", "sections",
        "motivering",
    }  # fmt: skip
    pdf_path = SAMPLES / truth["document"]
    with pymupdf.open(pdf_path) as doc:
        assert doc.is_pdf
        assert doc.page_count == truth["pages"]
    texts = page_texts(pdf_path)
    whole = " ".join(texts)
    assert 1 <= truth["pages"] <= 4
    assert truth["layout"] in samplegen.LAYOUTS

    for item in truth["redact"]:
        assert item["type"] in samplegen.REDACT_TYPES, item
        assert item["context"], item
    for item in truth["keep"]:
        assert item["type"] in samplegen.KEEP_TYPES, item
    for item in truth["redact"] + truth["keep"]:
        page_text = texts[item["page"] - 1]
        if "parts" in item:
            assert len(item["parts"]) > 1, item
            for part in item["parts"]:
                assert normalise(part) in page_text, (item, part)
            # Parts joined give the text, up to spaces and the hyphen at a forced break (a
            # double surname breaks at its own hyphen, which stays in the text).
            joined = "".join(item["parts"])
            assert strip(joined) == strip(item["text"]), item
        else:
            assert normalise(item["text"]) in page_text, item

    for label, value in truth["fields"].items():
        assert normalise(label) in whole, label
        assert normalise(value) in whole, (label, value)
    assert normalise(truth["title"]) in whole
    assert truth["sections"], truth_path.name
    for heading in truth["sections"]:
        assert heading in whole, heading
    assert normalise(truth["motivering"]) in whole


def test_identifiers_in_the_truth_are_valid() -> None:
    """BSNs pass the elfproef and IBANs the mod-97 check, as real ones would."""
    for truth_path in TRUTH_FILES:
        for item in load(truth_path)["redact"]:
            if item["type"] == "NL_BSN":
                assert samplegen.bsn_is_valid(item["text"]), item
            if item["type"] == "IBAN_CODE":
                assert samplegen.iban_is_valid(item["text"]), item


def test_the_set_covers_the_hard_cases() -> None:
    truths = [load(path) for path in TRUTH_FILES]
    assert len(truths) >= 14
    assert {truth["layout"] for truth in truths} == set(samplegen.LAYOUTS)
    assert any(truth["fields"].get("Nota actief openbaar") == "Nee" for truth in truths)
    assert any(truth["fields"].get("Nota actief openbaar") == "Ja" for truth in truths)
    redact_types = {item["type"] for truth in truths for item in truth["redact"]}
    assert redact_types == set(samplegen.REDACT_TYPES)
    keep_types = {item["type"] for truth in truths for item in truth["keep"]}
    assert keep_types == set(samplegen.KEEP_TYPES)
    assert any("parts" in item for truth in truths for item in truth["redact"])
    page_counts = {truth["pages"] for truth in truths}
    assert min(page_counts) == 1 and max(page_counts) == 4
    # An office holder and a civil servant share a surname in at least two notas.
    clashes = 0
    for truth in truths:
        holders = {item["text"].split()[-1] for item in truth["keep"]
                   if item["type"] == "OFFICE_HOLDER"}  # fmt: skip
        servants = {item["text"].split()[-1] for item in truth["redact"]
                    if item["type"] == "PERSON"}  # fmt: skip
        clashes += bool(holders & servants)
    assert clashes >= 2
