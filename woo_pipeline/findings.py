"""What detection found and what was decided about it: plain, serialisable data.

A `Finding` is one occurrence of a possible personal-data item in one document. A `Decision`
says what happens to it (redact / keep / pending), on which Woo ground and why. Findings carry
their text in memory for the stages that need it (redaction, verification, review), but the
JSON reports written next to the output never contain the text of a redacted item.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

REDACT = "redact"
KEEP = "keep"
PENDING = "pending"
ACTIONS = (REDACT, KEEP, PENDING)

# Entity types the pipeline redacts (Presidio names where Presidio has one).
PERSONAL_DATA_TYPES = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IBAN_CODE",
    "NL_BSN",
    "NL_ADDRESS",
    "DATE_OF_BIRTH",
    "NL_LICENCE_PLATE",
    "NL_ID_NUMBER",
    "MANUAL",
)


@dataclass
class Finding:
    id: str
    entity_type: str
    start: int  # offsets in Document.text
    end: int
    text: str
    page: int  # 0-based page of the first character
    boxes: list[tuple[int, float, float, float, float]]  # (page, x0, y0, x1, y1) per line piece
    score: float
    detector: str
    explanation: str
    person_key: str | None = None  # identity of the person, shared by all spellings
    context: str = ""  # the line around the finding, for reviewers (never in reports)
    suggestion: str = PENDING
    reason: str = ""

    def public_dict(self) -> dict:
        """The finding without any of its text: what goes into reports and audit logs."""
        d = asdict(self)
        for key in ("text", "context", "person_key"):
            d.pop(key)
        d["boxes"] = [[round(v, 2) if isinstance(v, float) else v for v in b] for b in self.boxes]
        return d


@dataclass
class Decision:
    finding_id: str
    action: str  # redact | keep | pending
    ground: str = ""
    reason: str = ""
    reviewer: str = "woo-pipeline (automatic)"


@dataclass
class DocumentFindings:
    document: str
    findings: list[Finding] = field(default_factory=list)
    decisions: dict[str, Decision] = field(default_factory=dict)


def finding_id(document: str, start: int, end: int, entity_type: str, text: str = "") -> str:
    """A stable id: the same scan of the same file gives the same ids (review files rely on it).

    The text is deliberately NOT hashed: ids appear in reports and audit logs, and a hash of
    the text would let anyone with a report confirm a guessed name. `text` is accepted for
    call-site compatibility and ignored; a changed document is detected by the review file's
    hash of the whole parsed text instead.
    """
    del text
    raw = f"{document}\x00{start}\x00{end}\x00{entity_type}".encode()
    return hashlib.sha256(raw).hexdigest()[:16]
