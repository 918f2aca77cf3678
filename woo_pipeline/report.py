"""The JSON report written next to each output PDF. It lists every redaction (page, boxes,
type, Woo ground, detector, score) and never the redacted text itself."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from woo_pipeline import __version__
from woo_pipeline.findings import KEEP, REDACT, Decision, Finding

REPORT_SCHEMA = "woo-pipeline/report/v1"
REPORT_SUFFIX = ".report.json"


def report_path_for(pdf_path: Path) -> Path:
    return pdf_path.with_name(pdf_path.stem + REPORT_SUFFIX)


def build_report(
    *,
    source: str,
    source_sha256: str | None,
    status: str,
    message: str,
    output: str | None,
    output_sha256: str | None,
    pages: int,
    metadata: dict[str, str],
    findings: Sequence[Finding],
    decisions: dict[str, Decision],
    warnings: Sequence[str],
    model: dict[str, str],
    seconds: float,
) -> dict:
    redactions, kept = [], []
    for f in findings:
        d = decisions.get(f.id)
        if d is None:
            continue
        entry = {
            "id": f.id,
            "page": f.page + 1,
            "boxes": [[b[0] + 1, *(round(v, 2) for v in b[1:])] for b in f.boxes],
            "entity_type": f.entity_type,
            "detector": f.detector,
            "score": f.score,
        }
        if d.action == REDACT:
            redactions.append({**entry, "ground": d.ground, "reviewer": d.reviewer})
        elif d.action == KEEP:
            kept.append({**entry, "reason": d.reason})
    return {
        "schema": REPORT_SCHEMA,
        "pipeline_version": __version__,
        "model": model,
        "document": source,
        "source_sha256": source_sha256,
        "status": status,
        "message": message,
        "output": output,
        "output_sha256": output_sha256,
        "pages": pages,
        "metadata": metadata,
        "summary": {
            "redactions": len(redactions),
            "kept": len(kept),
            "by_type": dict(Counter(r["entity_type"] for r in redactions)),
            "by_ground": dict(Counter(r["ground"] for r in redactions)),
        },
        "redactions": redactions,
        "kept": kept,
        "warnings": list(warnings),
        "seconds": round(seconds, 3),
    }


def write_json_atomically(data: dict, path: Path) -> None:
    """Write JSON to a temporary file and rename it into place: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)
