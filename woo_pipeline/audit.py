"""The audit log of a review: who decided what about which finding, when, and on which ground.

One append-only JSON-lines file per document next to its review file
(`R/<document>.audit.jsonl`), plus `R/register.audit.jsonl` for batch-wide events (a manual
term, a decision for every occurrence of a person). One line per event:

```json
{"time": "2025-03-01T10:12:03+00:00", "reviewer": "k.jansen", "event": "decision",
 "document": "nota-1.pdf", "finding_id": "3f9c0a1b2c3d4e5f", "entity_type": "PERSON",
 "action": "keep", "previous": "redact", "ground": ""}
```

Events: `scan`, `decision` (`source`: one, all, term), `decision-all` (batch log),
`manual-term` (batch log), `manual-region`, `region-removed`, `apply` (a `redact
--review-dir` run handed this decision or region to the redaction; whether the output was
delivered is in the report next to it) and `apply-blocked` (a run found `pending` findings
and wrote no output).

The log never holds the text of a finding. Where an event needs an identity that is not a
finding id (the term of a manual redaction, the person of a batch decision) it records
`text_hmac`: HMAC-SHA256 of the folded text with a secret key kept in `R/.audit-key`. With
the key, an auditor can check whether a given name was the one decided on; without it, the
log reveals nothing. Delete the key with the review folder when the review is archived.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import json
import os
import secrets
from datetime import datetime, timezone
from pathlib import Path

from woo_pipeline import lexicon

AUDIT_SUFFIX = ".audit.jsonl"
BATCH_LOG_NAME = "register" + AUDIT_SUFFIX
KEY_FILE_NAME = ".audit-key"

# Keys an event may carry. Anything else is refused, so free text (a reviewer's note, a
# finding's context) can never slip into the log by accident.
ALLOWED_KEYS = frozenset(
    {
        "time",
        "reviewer",
        "event",
        "document",
        "finding_id",
        "entity_type",
        "action",
        "previous",
        "ground",
        "text_hmac",
        "region_id",
        "page",
        "rect",
        "count",
        "pending",
        "source",
    }
)


def now() -> str:
    """The current time in UTC, ISO 8601, to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def default_reviewer(reviewer: str | None = None) -> str:
    """`reviewer` if given, else $WOO_REVIEWER, else the login name."""
    if reviewer:
        return reviewer
    from_env = os.environ.get("WOO_REVIEWER", "").strip()
    if from_env:
        return from_env
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return "unknown"


def audit_path_for(review_dir: Path, document: str) -> Path:
    return Path(review_dir) / (document + AUDIT_SUFFIX)


def _key(review_dir: Path) -> bytes:
    """The review folder's secret key, created on first use (readable by the owner only)."""
    path = Path(review_dir) / KEY_FILE_NAME
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process created it just now
            pass
        else:
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_hex(32) + "\n")
    return bytes.fromhex(path.read_text(encoding="ascii").strip())


def text_hmac(review_dir: Path, text: str) -> str:
    """Keyed hash of a text (whitespace and case folded), to identify it without showing it."""
    normal = lexicon.fold(" ".join(text.split()))
    return hmac.new(_key(review_dir), normal.encode("utf-8"), hashlib.sha256).hexdigest()


def append_event(path: Path, reviewer: str, event: str, **fields: object) -> dict:
    """Append one event to the log at `path` and return it. Only ALLOWED_KEYS are accepted."""
    entry = {"time": now(), "reviewer": reviewer, "event": event, **fields}
    unknown = set(entry) - ALLOWED_KEYS
    if unknown:
        raise ValueError(f"audit events cannot carry {sorted(unknown)}: only ids, decisions "
                         "and keyed hashes go into the audit log")
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(entry, ensure_ascii=False) + "\n"
    # O_APPEND: each line is written whole at the end even if two processes log at once.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, line.encode("utf-8"))
    finally:
        os.close(fd)
    return entry


def read_events(path: Path) -> list[dict]:
    """Every event in a log, oldest first (an absent log is empty)."""
    if not path.exists():
        return []
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
