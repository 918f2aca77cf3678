"""Stage 3: findings → decisions (redact / keep / pending), each with its Woo ground and reason.

Automatic mode (plain `redact`) turns suggestions into decisions directly. Review mode takes
the decisions a person made in the review files instead (see review.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from woo_pipeline.findings import KEEP, PENDING, REDACT, Decision, Finding
from woo_pipeline.vocabulary import DEFAULT_GROUND

# Identification numbers have their own absolute ground in the Woo (art. 5.1.1 sub e).
GROUND_BY_TYPE = {"NL_BSN": "5.1.1e", "NL_ID_NUMBER": "5.1.1e"}


def ground_for(entity_type: str) -> str:
    return GROUND_BY_TYPE.get(entity_type, DEFAULT_GROUND)


def automatic_decisions(findings: Iterable[Finding]) -> dict[str, Decision]:
    """Suggestions become decisions; an uncertain finding is kept, since nobody looked at it
    and over-redaction hides what the public may read (the review workflow exists for those)."""
    decisions: dict[str, Decision] = {}
    for f in findings:
        if f.suggestion == REDACT:
            decisions[f.id] = Decision(f.id, REDACT, ground_for(f.entity_type), f.explanation)
        elif f.suggestion == KEEP:
            decisions[f.id] = Decision(f.id, KEEP, "", f.reason)
        else:
            decisions[f.id] = Decision(f.id, KEEP, "", f"uncertain, not redacted: {f.reason}")
    return decisions


def pending_ids(decisions: dict[str, Decision]) -> list[str]:
    return [fid for fid, d in decisions.items() if d.action == PENDING]
