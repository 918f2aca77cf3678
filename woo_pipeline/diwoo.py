"""DiWoo metadata (XSD 0.9.8) for one published version of a nota.

The XML is built from a small, explicit set of public fields (`DiwooRecord`): title,
reference, date, organisation, information category, version and the count of redactions
per Woo ground. Nothing else from the nota goes in, so no personal name can reach the XML:
`naamOpsteller` and `opsteller` are never written, and neither are the `Aan`/`Van` fields,
which may name a person.

Information category (TOOI `informatiecategorie`). A beslisnota that is published together
with its Kamerbrief is not one of the seventeen mandatory categories of art. 3.3 Woo: since
20 September 2022 the cabinet publishes these notas of its own accord, which is the general
duty of art. 3.1 Woo. So the default is "inspanningsverplichting art 3.1 Woo". The two
candidates that look close do not fit: "adviezen" (3.3 lid 2 onder a) covers advice from
advisory boards and external parties, not an internal memo to the minister; "vergaderstukken
Staten-Generaal" covers the papers of the Chambers themselves. The Kamerbrief it goes with is
an "ingekomen stuk" of the Chamber, but the nota is not sent to the Chamber. Override it with
`--category` or `[publish] information_category` when a nota does belong to a 3.3 category.
The document type is always "beslisnota" from the TOOI documentsoorten list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from xml.etree import ElementTree as ET

DIWOO_NS = "https://standaarden.overheid.nl/diwoo/metadata/"
DIWOO_XSD_VERSION = "0.9.8"
OFFLINE_XSD_NAME = "diwoo-metadata-offline.xsd"

TOOI_KERN = "https://identifier.overheid.nl/tooi/def/thes/kern/"

# scw_woo_informatiecategorieen, version 4 (as listed in diwoo-metadata-lijsten.xsd 0.9.8).
INFORMATION_CATEGORIES: dict[str, str] = {
    TOOI_KERN + "c_3baef532": "Woo-verzoeken en -besluiten",
    TOOI_KERN + "c_99a836c7": "adviezen",
    TOOI_KERN + "c_3a248e3a": "agenda’s en besluitenlijsten bestuurscolleges",
    TOOI_KERN + "c_89ee6784": "bereikbaarheidsgegevens",
    TOOI_KERN + "c_46a81018": "beschikkingen",
    TOOI_KERN + "c_8c840238": "bij vertegenwoordigende organen ingekomen stukken",
    TOOI_KERN + "c_8fc2335c": "convenanten",
    TOOI_KERN + "c_816e508d": "inspanningsverplichting art 3.1 Woo",
    TOOI_KERN + "c_c6cd1213": "jaarplannen en jaarverslagen",
    TOOI_KERN + "c_a870c43d": "klachtoordelen",
    TOOI_KERN + "c_fdaee95e": "onderzoeksrapporten",
    TOOI_KERN + "c_759721e2": "ontwerpen van wet- en regelgeving met adviesaanvraag",
    TOOI_KERN + "c_40a05794": "organisatie en werkwijze",
    TOOI_KERN + "c_aab6bfc7": "overige besluiten van algemene strekking",
    TOOI_KERN + "c_cf268088": "subsidieverplichtingen anders dan met beschikking",
    TOOI_KERN + "c_c76862ab": "vergaderstukken Staten-Generaal",
    TOOI_KERN + "c_db4862c3": "vergaderstukken decentrale overheden",
    TOOI_KERN + "c_139c6280": "wetten en algemeen verbindende voorschriften",
}
DEFAULT_INFORMATION_CATEGORY = TOOI_KERN + "c_816e508d"  # see the module docstring

DOCUMENT_TYPE = (TOOI_KERN + "c_2977c34f", "beslisnota")  # ccw_plooi_documentsoorten
# ccw_plooi_documenthandelingen has only ondertekening, ontvangst and vaststelling; the date on
# a nota is the day it was finalised for the minister, which is its "vaststelling".
ACTION_VASTSTELLING = (TOOI_KERN + "c_641ecd76", "vaststelling")
LANGUAGE_DUTCH = ("http://publications.europa.eu/resource/authority/language/NLD", "Nederlands")
FORMAT_PDF = ("http://publications.europa.eu/resource/authority/file-type/PDF", "PDF")

# Our own fields (version, redactions per ground) go in <extraMetadata> under this namespace.
EXTRA_NAMESPACE = "urn:woo-pipeline:archive"
EXTRA_PREFIX = "woopipeline"

# The organisation lists in the XSD are all TOOI identifiers of this shape.
TOOI_ORGANISATION_URI = re.compile(r"^https://identifier\.overheid\.nl/tooi/id/[a-z_]+/[a-z0-9_]+$")

DUTCH_MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}


class DiwooError(ValueError):
    """A value cannot be expressed in valid DiWoo metadata; the message says which and why."""


@dataclass(frozen=True)
class Organisation:
    """A TOOI organisation: the URI from the DiWoo organisation lists and its label."""

    uri: str
    label: str


@dataclass(frozen=True)
class DiwooRecord:
    """Everything that goes into the DiWoo XML of one version, and nothing more."""

    title: str
    publisher: Organisation
    information_category: str  # a URI from INFORMATION_CATEGORIES
    published_at: datetime  # aware (UTC)
    version: int
    reference: str | None = None  # `Onze referentie` or `Kenmerk`
    nota_date: str | None = None  # the `Datum` field as written on the nota
    redactions_by_ground: dict[str, int] = field(default_factory=dict)


def check_organisation(org: Organisation) -> None:
    """Raise DiwooError unless `org` can be a DiWoo publisher."""
    if not TOOI_ORGANISATION_URI.match(org.uri):
        raise DiwooError(
            f"the publisher URI {org.uri!r} is not a TOOI organisation identifier; use one "
            "like https://identifier.overheid.nl/tooi/id/ministerie/mnre1034 (see "
            "diwoo-metadata-lijsten.xsd or https://standaarden.overheid.nl/tooi)"
        )
    if not org.label.strip():
        raise DiwooError("the publisher label is empty; give the organisation's name")


def resolve_information_category(value: str) -> str:
    """The category URI for a URI, a TOOI code (`c_816e508d`) or a label (any case)."""
    wanted = value.strip()
    for uri, label in INFORMATION_CATEGORIES.items():
        if wanted in (uri, uri.removeprefix(TOOI_KERN)) or wanted.lower() == label.lower():
            return uri
    choices = "\n".join(f"  {uri.removeprefix(TOOI_KERN)}  {label}"
                        for uri, label in INFORMATION_CATEGORIES.items())
    raise DiwooError(
        f"unknown information category {value!r}; use a code or label from the TOOI list "
        f"scw_woo_informatiecategorieen:\n{choices}"
    )


def parse_nota_date(text: str | None) -> date | None:
    """The date written on a nota (`12 maart 2024`, `12-03-2024`, `2024-03-12`), or None."""
    if not text:
        return None
    s = text.strip().lower().replace(".", " ")
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    else:
        m = re.fullmatch(r"(\d{1,2})[-/ ](\d{1,2})[-/ ](\d{4})", s)
        if m:
            d, mo, y = int(m[1]), int(m[2]), int(m[3])
        else:
            m = re.fullmatch(r"(\d{1,2})\s+([a-z]+)\s+(\d{4})", s)
            if not m or m[2] not in DUTCH_MONTHS:
                return None
            d, mo, y = int(m[1]), DUTCH_MONTHS[m[2]], int(m[3])
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _el(parent: ET.Element, name: str, text: str | None = None,
        resource: str | None = None) -> ET.Element:
    el = ET.SubElement(parent, f"{{{DIWOO_NS}}}{name}")
    if resource is not None:
        el.set("resource", resource)
    if text is not None:
        el.text = text
    return el


def build_diwoo_xml(record: DiwooRecord) -> bytes:
    """The DiWoo `<Document>` for one version, as UTF-8 bytes; valid against XSD 0.9.8."""
    check_organisation(record.publisher)
    if record.information_category not in INFORMATION_CATEGORIES:
        raise DiwooError(f"unknown information category {record.information_category!r}")
    if not record.title.strip():
        raise DiwooError("the nota has no title; DiWoo requires an official title")
    if record.published_at.tzinfo is None:
        raise DiwooError("published_at must carry a time zone")

    ET.register_namespace("diwoo", DIWOO_NS)
    root = ET.Element(f"{{{DIWOO_NS}}}Document")
    diwoo = _el(root, "DiWoo")
    if record.reference:
        _el(_el(diwoo, "identifiers"), "identifier", record.reference)
    _el(diwoo, "publisher", record.publisher.label, record.publisher.uri)
    _el(diwoo, "verantwoordelijke", record.publisher.label, record.publisher.uri)
    _el(_el(diwoo, "titelcollectie"), "officieleTitel", record.title.strip())

    classification = _el(diwoo, "classificatiecollectie")
    _el(_el(classification, "informatiecategorieen"), "informatiecategorie",
        INFORMATION_CATEGORIES[record.information_category], record.information_category)
    _el(_el(classification, "documentsoorten"), "documentsoort", DOCUMENT_TYPE[1],
        DOCUMENT_TYPE[0])

    made_on = parse_nota_date(record.nota_date)
    if made_on is not None:
        _el(diwoo, "creatiedatum", made_on.isoformat())
    _el(diwoo, "language", LANGUAGE_DUTCH[1], LANGUAGE_DUTCH[0])
    _el(diwoo, "format", FORMAT_PDF[1], FORMAT_PDF[0])

    # At least one documenthandeling is required. Without a readable date on the nota, the
    # publication moment is the only time we know for certain.
    at_time = (f"{made_on.isoformat()}T00:00:00" if made_on is not None
               else record.published_at.strftime("%Y-%m-%dT%H:%M:%SZ"))
    action = _el(_el(diwoo, "documenthandelingen"), "documenthandeling")
    _el(action, "soortHandeling", ACTION_VASTSTELLING[1], ACTION_VASTSTELLING[0])
    _el(action, "atTime", at_time)
    _el(action, "wasAssociatedWith", record.publisher.label, record.publisher.uri)

    extra = _el(root, "extraMetadata")
    _el(extra, "namespace", EXTRA_NAMESPACE)
    _el(extra, "prefix", EXTRA_PREFIX)
    fields = _el(extra, "extraMetadatavelden")
    extra_values = {
        "versie": [str(record.version)],
        "gepubliceerd": [record.published_at.strftime("%Y-%m-%dT%H:%M:%SZ")],
        "weigeringsgronden": [f"{ground}: {count}"
                              for ground, count in sorted(record.redactions_by_ground.items())],
    }
    for key, values in extra_values.items():
        if not values:
            continue
        veld = _el(fields, "extraMetadataveld")
        _el(veld, "key", key)
        values_el = _el(veld, "values")
        for v in values:
            _el(values_el, "value", v)

    ET.indent(root)
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
    return (text + "\n").encode("utf-8")


def validate_diwoo_xml(xml: bytes, xsd_path: Path) -> list[str]:
    """Every schema violation of `xml` against the XSD at `xsd_path` (empty when valid).

    Needs the `xmlschema` package (a test extra). Use the offline schema, whose MDTO import
    points to a local stub, so validation needs no network.
    """
    try:
        import xmlschema  # noqa: F401  (a test extra, not needed to publish)
    except ImportError as err:
        raise DiwooError("validating DiWoo XML needs the xmlschema package: "
                         "pip install xmlschema") from err
    schema = _load_schema(str(xsd_path))
    return [str(err.reason or err) for err in schema.iter_errors(xml.decode("utf-8"))]


_SCHEMAS: dict[str, object] = {}


def _load_schema(xsd_path: str):
    # Compiling the 12 000-line value lists takes seconds: do it once per process.
    if xsd_path not in _SCHEMAS:
        import xmlschema

        _SCHEMAS[xsd_path] = xmlschema.XMLSchema(xsd_path)
    return _SCHEMAS[xsd_path]
