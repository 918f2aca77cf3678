"""Stage 4 and 5: apply the redact decisions to the PDF, clean it, write it, verify it.

The output is first written under a temporary name next to its destination; only when the
leak check passes on the written file is it renamed into place. A file that fails the check
is deleted, so nothing in OUT_DIR is ever an unverified redaction.
"""

from __future__ import annotations

import functools
import os
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from woo_pipeline import lexicon
from woo_pipeline.document import Document
from woo_pipeline.errors import VerificationFailed
from woo_pipeline.findings import REDACT, Decision, Finding
from woo_pipeline.pdf_redaction import RedactionArea, redact_page
from woo_pipeline.sanitize import sanitize_document, save_clean
from woo_pipeline.verify import find_leaks
from woo_pipeline.vocabulary import REDACTION_LABEL


@dataclass
class ManualArea:
    """A region a reviewer drew on a page: everything under it goes."""

    page: int  # 0-based
    rect: tuple[float, float, float, float]
    ground: str
    id: str = ""


@dataclass
class RedactionOutcome:
    output: Path
    redacted: list[Finding]
    notes: list[str] = field(default_factory=list)
    labels_appended: int = 0


def redacted_findings(findings: Sequence[Finding], decisions: dict[str, Decision]) -> list[Finding]:
    return [f for f in findings if decisions.get(f.id) and decisions[f.id].action == REDACT]


def secrets_to_verify(document: Document, redacted: Sequence[Finding]) -> list[str]:
    """The redacted strings the output must not contain. A string that also stands in text
    that was kept (a surname shared with a minister, say) cannot be checked by text alone:
    it is left out here, and its boxes were removed all the same."""
    from woo_pipeline.detect import dehyphenate

    expected = _expected_text(document, redacted)
    # The leak check also compares the text layer with all spaces removed (letter-spaced text),
    # so a form is checkable only if it is absent from the kept text that way too: "Den Hey-
    # Acker" redacted where a line broke it is "denhey-acker", as in an unbroken mention kept.
    expected_compact = expected.replace(" ", "")
    secrets = set()
    for f in redacted:
        # "Bak-\nker" is checked as "Bakker" too: that is how a reader's tool would join it.
        for form in {" ".join(f.text.split()), " ".join(dehyphenate(f.text)[0].split())}:
            folded = lexicon.fold(form)
            if (
                len(form) >= 3
                and folded not in expected
                and folded.replace(" ", "") not in expected_compact
            ):
                secrets.add(form)
    return sorted(secrets)


def _expected_text(document: Document, redacted: Sequence[Finding]) -> str:
    parts = []
    pos = 0
    for f in sorted(redacted, key=lambda f: f.start):
        if f.start < pos:
            continue
        parts.append(document.text[pos : f.start])
        parts.append(" ")
        pos = f.end
    parts.append(document.text[pos:])
    return lexicon.fold(" ".join("".join(parts).split()))


def write_redacted(
    pdf: pymupdf.Document,
    document: Document,
    findings: Sequence[Finding],
    decisions: dict[str, Decision],
    dest: Path,
    manual_areas: Sequence[ManualArea] = (),
) -> RedactionOutcome:
    """Redact `pdf` in place, save it to `dest` and verify the saved file."""
    redacted = redacted_findings(findings, decisions)
    areas_by_page: dict[int, list[RedactionArea]] = defaultdict(list)
    for f in redacted:
        for i, (page, x0, y0, x1, y1) in enumerate(f.boxes):
            areas_by_page[page].append(
                RedactionArea(rect=(x0, y0, x1, y1), label=REDACTION_LABEL if i == 0 else "")
            )
    for area in manual_areas:
        areas_by_page[area.page].append(RedactionArea(rect=area.rect, label=REDACTION_LABEL))

    notes: list[str] = []
    appended = 0
    for page_no in sorted(areas_by_page):
        result = redact_page(pdf[page_no], areas_by_page[page_no])
        appended += result.labels_appended
        notes.extend(f"page {page_no + 1}: {w}" for w in result.warnings)

    secrets = secrets_to_verify(document, redacted)
    notes.extend(sanitize_document(pdf, _pdf_metadata(document, redacted), secrets))

    dest.parent.mkdir(parents=True, exist_ok=True)
    unverified = dest.with_name(f".{dest.name}.unverified")
    try:
        save_clean(pdf, unverified)
        leaks = find_leaks(unverified, secrets)
        if leaks:
            raise VerificationFailed([leak.channel for leak in leaks])
        os.replace(unverified, dest)
    finally:
        if unverified.exists():
            unverified.unlink()
    return RedactionOutcome(output=dest, redacted=redacted, notes=notes, labels_appended=appended)


def scrub_text(value: str, redacted: Sequence[Finding]) -> str:
    """`value` with every redacted string in it replaced by the redaction label."""
    folded = _folded(value)
    for text in sorted({" ".join(f.text.split()) for f in redacted}, key=len, reverse=True):
        if not _may_hold(folded, text):
            continue
        scrubbed = _scrub_pattern(text).sub(REDACTION_LABEL, value)
        if scrubbed != value:
            value, folded = scrubbed, _folded(scrubbed)
    return value


def _folded(value: str) -> str:
    # Under re.IGNORECASE an ASCII letter matches exactly the characters whose casefold is
    # that letter, and also U+0130 and U+0131 for "i" (checked over all of Unicode).
    return value.casefold().replace("i\u0307", "i").replace("\u0131", "i")


def _may_hold(folded: str, text: str) -> bool:
    """False when `_scrub_pattern(text)` cannot match the value `folded` was made of: one of
    the text's ASCII words is not in it. A metadata field seldom holds a redacted string,
    and this test spares compiling a pattern for every redacted string of a batch."""
    return all(word.lower() in folded for word in text.split() if word.isascii())


@functools.lru_cache(maxsize=1024)
def _scrub_pattern(text: str) -> re.Pattern[str]:
    # Cached here: each metadata field is scrubbed with the same strings, and the re
    # module's own cache overflows in a batch (one pattern per redacted string).
    return re.compile(re.escape(text).replace(r"\ ", r"\s+"), re.IGNORECASE)


def _pdf_metadata(document: Document, redacted: Sequence[Finding]) -> dict[str, str]:
    """Info metadata of the published PDF: the nota's public metadata and nothing personal."""
    meta = {k: scrub_text(v, redacted) for k, v in document.public_metadata().items()}
    keywords = [f"{k}: {v}" for k, v in meta.items() if k != "title"]
    return {
        "title": meta.get("title", ""),
        "subject": "Nota, actief openbaar gemaakt (Woo)",
        "keywords": "; ".join(re.sub(r"[;\n]", " ", k) for k in keywords),
    }
