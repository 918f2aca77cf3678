"""DiWoo metadata: every XML validates against XSD 0.9.8 (offline) and holds no personal names.

The schema comes from the shared reference material, which CI keeps at ../shared next to the
repository; without it the validation tests skip.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timezone
from pathlib import Path

import pymupdf
import pytest

from woo_pipeline.diwoo import (
    DEFAULT_INFORMATION_CATEGORY,
    INFORMATION_CATEGORIES,
    DiwooError,
    DiwooRecord,
    Organisation,
    build_diwoo_xml,
    parse_nota_date,
    resolve_information_category,
    validate_diwoo_xml,
)
from woo_pipeline.publish import PublishOptions, publish_out_dir

ROOT = Path(__file__).resolve().parent.parent
DIWOO_DIR = ROOT.parent / "shared" / "reference" / "diwoo"
OFFLINE_XSD = DIWOO_DIR / "diwoo-metadata-offline.xsd"
BZK = Organisation("https://identifier.overheid.nl/tooi/id/ministerie/mnre1034",
                   "ministerie van Binnenlandse Zaken en Koninkrijksrelaties")
NOW = datetime(2024, 4, 2, 10, 0, tzinfo=timezone.utc)
# Civil servants named in the notas' metadata: none of them may reach the XML.
CIVIL_SERVANTS = ("Karin Bakker", "K. Bakker", "J.W.M. van den Heuvel", "Mehmet Çelik",
                  "k.bakker@minbzk.nl", "Heuvel", "Bakker", "Çelik")


@pytest.fixture(scope="module")
def xsd() -> Path:
    pytest.importorskip("xmlschema", reason="xmlschema is not installed (pip install -e .[test])")
    if not OFFLINE_XSD.is_file():
        pytest.skip(f"the DiWoo XSD is not at {OFFLINE_XSD} (CI keeps shared/ next to the repo)")
    return OFFLINE_XSD


def record(**kw) -> DiwooRecord:
    values = dict(title="Beslisnota Voortgangsbrief Weerbaar Bestuur", publisher=BZK,
                  information_category=DEFAULT_INFORMATION_CATEGORY, published_at=NOW,
                  version=1, reference="2024-0000123456", nota_date="12 maart 2024",
                  redactions_by_ground={"5.1.2e": 7})
    values.update(kw)
    return DiwooRecord(**values)


@pytest.mark.parametrize("changes", [
    {},
    {"reference": None},
    {"nota_date": None},
    {"nota_date": "ergens in maart"},
    {"nota_date": "2024-03-12"},
    {"redactions_by_ground": {}},
    {"redactions_by_ground": {"5.1.2e": 3, "5.2.1": 1}, "version": 12},
    {"title": "Beslisnota <Financiële> & \"juridische\" overwegingen [Redacted]"},
    {"publisher": Organisation("https://identifier.overheid.nl/tooi/id/gemeente/gm0363",
                               "gemeente Amsterdam")},
], ids=["full", "no-reference", "no-date", "unreadable-date", "iso-date", "no-redactions",
        "two-grounds", "special-characters", "gemeente"])
def test_diwoo_xml_validates(xsd: Path, changes: dict) -> None:
    xml = build_diwoo_xml(record(**changes))
    assert validate_diwoo_xml(xml, xsd) == []


def test_every_information_category_validates(xsd: Path) -> None:
    for uri in INFORMATION_CATEGORIES:
        xml = build_diwoo_xml(record(information_category=uri))
        assert validate_diwoo_xml(xml, xsd) == [], uri


def test_the_validator_does_reject_wrong_xml(xsd: Path) -> None:
    unknown_organisation = record(publisher=Organisation(
        "https://identifier.overheid.nl/tooi/id/ministerie/mnre9999", "bestaat niet"))
    assert validate_diwoo_xml(build_diwoo_xml(unknown_organisation), xsd)
    without_title = build_diwoo_xml(record()).replace(b"officieleTitel", b"titel")
    assert validate_diwoo_xml(without_title, xsd)


def test_required_fields_are_present() -> None:
    xml = build_diwoo_xml(record()).decode("utf-8")
    for required in ("<diwoo:publisher resource=\"" + BZK.uri, "<diwoo:officieleTitel>",
                     "<diwoo:informatiecategorie resource=", "<diwoo:soortHandeling",
                     "<diwoo:atTime>2024-03-12T00:00:00</diwoo:atTime>",
                     "<diwoo:creatiedatum>2024-03-12</diwoo:creatiedatum>"):
        assert required in xml
    assert "naamOpsteller" not in xml and "<diwoo:opsteller" not in xml


def write_nota(out_dir: Path, rel: str, metadata: dict) -> None:
    pdf = out_dir / rel
    pdf.parent.mkdir(parents=True, exist_ok=True)
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), rel)
    doc.save(pdf)
    doc.close()
    report = {
        "schema": "woo-pipeline/report/v1", "pipeline_version": "0.1.0",
        "model": {"name": "nl_woo_test", "version": "0.0.1"}, "document": rel,
        "status": "ok", "message": "", "output": pdf.name,
        "output_sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": 1,
        "metadata": metadata,
        "summary": {"redactions": 2, "kept": 0, "by_type": {"PERSON": 2},
                    "by_ground": {"5.1.2e": 2}},
        "warnings": [],
    }
    pdf.with_name(pdf.stem + ".report.json").write_text(json.dumps(report), encoding="utf-8")


def test_every_archived_diwoo_xml_validates_and_names_no_civil_servant(
        xsd: Path, tmp_path: Path) -> None:
    out, archive = tmp_path / "out", tmp_path / "archive"
    # Metadata as a careless report could carry it: names in Aan, Van and extra fields.
    write_nota(out, "a/nota.pdf", {
        "title": "Beslisnota Voortgangsbrief Weerbaar Bestuur", "Nota actief openbaar": "Ja",
        "Onze referentie": "2024-0000123456", "Datum": "12 maart 2024",
        "Aan": "Karin Bakker", "Van": "J.W.M. van den Heuvel",
        "Opgesteld door": "Mehmet Çelik", "Contactpersoon": "k.bakker@minbzk.nl"})
    write_nota(out, "b/nota.pdf", {
        "title": "Beslisnota Kenmerk", "Nota actief openbaar": "Ja", "Kenmerk": "DGOO/2024/17",
        "Datum": "3-4-2024", "Van": "Karin Bakker"})
    write_nota(out, "c/nota.pdf", {"title": "Beslisnota zonder kenmerk of datum",
                                   "Nota actief openbaar": "ja.", "Aan": "Mehmet Çelik"})
    result = publish_out_dir(out, archive, PublishOptions(publisher=BZK, published_by="tester",
                                                          now=NOW, diwoo_xsd=xsd))
    assert result.exit_code == 0, result.documents
    xml_files = sorted((archive / "diwoo").rglob("*.xml"))
    assert len(xml_files) == 3
    for path in xml_files + sorted((archive / "public" / "files").glob("*.xml")):
        xml = path.read_bytes()
        assert validate_diwoo_xml(xml, xsd) == [], path
        text = xml.decode("utf-8")
        for name in CIVIL_SERVANTS:
            assert name not in text, f"{name!r} in {path}"


def test_verify_can_validate_the_archived_xml(xsd: Path, tmp_path: Path) -> None:
    from woo_pipeline.archive import Archive

    out, archive = tmp_path / "out", tmp_path / "archive"
    write_nota(out, "a/nota.pdf", {"title": "Beslisnota", "Nota actief openbaar": "Ja",
                                   "Onze referentie": "R-1"})
    publish_out_dir(out, archive, PublishOptions(publisher=BZK, published_by="t", now=NOW))
    with Archive.open(archive) as a:
        assert a.verify(diwoo_xsd=xsd).ok


@pytest.mark.parametrize("text, expected", [
    ("12 maart 2024", date(2024, 3, 12)),
    ("1 februari 2024", date(2024, 2, 1)),
    ("3 okt. 2023", date(2023, 10, 3)),
    ("12-03-2024", date(2024, 3, 12)),
    ("3/4/2024", date(2024, 4, 3)),
    ("2024-03-12", date(2024, 3, 12)),
    ("31 februari 2024", None),
    ("volgende week", None),
    ("", None),
    (None, None),
])
def test_parse_nota_date(text: str | None, expected: date | None) -> None:
    assert parse_nota_date(text) == expected


def test_information_category_by_code_uri_or_label() -> None:
    adviezen = "https://identifier.overheid.nl/tooi/def/thes/kern/c_99a836c7"
    assert resolve_information_category("c_99a836c7") == adviezen
    assert resolve_information_category(adviezen) == adviezen
    assert resolve_information_category("Adviezen") == adviezen
    with pytest.raises(DiwooError, match="inspanningsverplichting art 3.1 Woo"):
        resolve_information_category("beslisnota")  # the error lists the choices


def test_publisher_must_be_a_tooi_organisation() -> None:
    with pytest.raises(DiwooError, match="TOOI"):
        build_diwoo_xml(record(publisher=Organisation("https://example.org/bzk", "BZK")))
