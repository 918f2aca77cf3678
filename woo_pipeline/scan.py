"""Scan a batch for review: detect in every document and write the review files (review.py).

The scan runs exactly the detection `redact` runs (pipeline.analyse_file, with the same
document labels), so the finding ids in the review files are the ids `redact --review-dir`
finds again. It then adds what only a batch can know: a register of the people across all
documents, and their mentions in documents where detection alone missed them.

Suggestions, per finding:
* `keep` when detection keeps it with a reason (office holder, allow list, organisation, ...);
* `redact` when detection would redact it and is sure: score >= CERTAIN_THRESHOLD (e-mail
  addresses, IBANs with a valid checksum, labelled BSNs and phone numbers score 0.85 or more),
  or a name in a civil-servant field (`Opgesteld door`, `Contactpersoon`, ...);
* `pending` otherwise (a ten-digit number without a phone label, an unlabelled nine-digit
  number, a name the model is unsure of): a person has to decide.

Scanning again keeps every decision a reviewer made for a finding that is still found, every
region and every manual term.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from woo_pipeline import audit
from woo_pipeline.config import PipelineConfig
from woo_pipeline.decide import ground_for
from woo_pipeline.detect import CERTAIN_THRESHOLD
from woo_pipeline.document import Document
from woo_pipeline.errors import EXIT_OK, ProcessingFailed, WooPipelineError, most_serious
from woo_pipeline.findings import KEEP, PENDING, REDACT, Finding
from woo_pipeline.pipeline import analyse_file, discover_pdfs, sha256_of, time_limit
from woo_pipeline.review import (
    MANUAL_DETECTOR,
    PERSON_TYPES,
    REGISTER_NAME,
    DocumentReview,
    Person,
    Register,
    ReviewDecision,
    ReviewEntry,
    ReviewFormatError,
    ReviewSet,
    register_mentions,
    search_forms,
    term_findings,
    text_sha256,
)
from woo_pipeline.vocabulary import STAFF_FIELD_LABELS

log = logging.getLogger("woo_pipeline")

@dataclass
class ScannedDocument:
    document: str  # path relative to IN_DIR
    status: str  # ok | rejected | failed
    exit_code: int
    message: str = ""
    findings: int = 0
    redact: int = 0
    keep: int = 0
    pending: int = 0


@dataclass
class ScanResult:
    review_dir: Path
    documents: list[ScannedDocument] = field(default_factory=list)
    people: int = 0

    @property
    def exit_code(self) -> int:
        return most_serious([d.exit_code for d in self.documents])


def suggest(finding: Finding, document: Document) -> tuple[str, str]:
    """The review suggestion for a finding and why (see the module docstring)."""
    if finding.suggestion == KEEP and finding.reason:
        return KEEP, finding.reason
    if finding.suggestion == REDACT:
        if finding.entity_type == "PERSON" and _in_staff_field(finding, document):
            return REDACT, ""
        if finding.score >= CERTAIN_THRESHOLD:
            return REDACT, ""
        return PENDING, f"score {finding.score:.2f} below {CERTAIN_THRESHOLD}: not certain"
    return PENDING, finding.reason or "uncertain"


def _in_staff_field(finding: Finding, document: Document) -> bool:
    staff = {label.lower() for label in STAFF_FIELD_LABELS}
    return any(
        fl.label.lower() in staff and fl.value_start <= finding.start <= finding.end <= fl.value_end
        for fl in document.fields
    )


def build_people(
    findings_by_document: dict[str, list[Finding]], allow: list[str]
) -> dict[str, Person]:
    """The batch's register of people, keyed by detect.person_key: every spelling of every
    person found in any document, and the spellings to look for in the other documents."""
    spellings: dict[str, list[str]] = {}
    searched: dict[str, list[str]] = {}
    for findings in findings_by_document.values():
        for f in findings:
            if f.entity_type not in PERSON_TYPES or not f.person_key:
                continue
            spelling = " ".join(f.text.split())
            known = spellings.setdefault(f.person_key, [])
            if spelling not in known:
                known.append(spelling)
            # Only names detection would redact are looked for elsewhere: an office holder's
            # name is not propagated as a civil servant's.
            if f.entity_type == "PERSON" and f.suggestion == REDACT:
                searched.setdefault(f.person_key, []).append(spelling)
    people = {}
    for key, names in sorted(spellings.items()):
        plain = [n for n in names if "@" not in n] or names
        people[key] = Person(
            key=key,
            name=max(plain, key=len),
            spellings=sorted(names),
            search=search_forms(searched.get(key, []), allow),
        )
    return people


def _load_previous(review_dir: Path) -> ReviewSet | None:
    if not (review_dir / REGISTER_NAME).exists():
        return None
    try:
        return ReviewSet.load(review_dir)
    except ReviewFormatError as err:
        raise ReviewFormatError(
            f"{err} Scanning again would overwrite decisions: repair or move {review_dir} first."
        ) from err


def scan_batch(
    in_dir: Path,
    review_dir: Path,
    config: PipelineConfig | None = None,
    on_result: Callable[[ScannedDocument], None] | None = None,
) -> ScanResult:
    """Detect personal data in every PDF under `in_dir` and write the review files into
    `review_dir` (created if needed). Decisions of an earlier scan into the same folder are
    kept. A document that cannot be read is listed in the result and in the register."""
    config = config or PipelineConfig()
    in_dir, review_dir = Path(in_dir), Path(review_dir)
    previous = _load_previous(review_dir)
    files = discover_pdfs(in_dir)
    base = in_dir if in_dir.is_dir() else in_dir.parent
    result = ScanResult(review_dir)
    register = Register(in_dir=str(base.resolve()), scanned_at=audit.now())
    if previous is not None:
        register.terms = previous.register.terms

    parsed: dict[str, tuple[Document, list[Finding], str]] = {}
    outcomes: dict[str, ScannedDocument] = {}
    for path in files:
        label = str(path.relative_to(base))
        outcome = ScannedDocument(label, "ok", EXIT_OK)
        outcomes[label] = outcome
        try:
            with time_limit(config.limits.timeout_seconds, label):
                opened, document, findings = analyse_file(path, config, label)
                opened.doc.close()
            parsed[label] = (document, findings, sha256_of(path))
        except WooPipelineError as err:
            outcome.status, outcome.exit_code, outcome.message = err.status, err.exit_code, str(err)
        except Exception as err:  # a bug or an unexpected PDF error: report it, scan the rest
            log.debug("unexpected error on %s", label, exc_info=True)
            outcome.status, outcome.exit_code = "failed", ProcessingFailed.exit_code
            outcome.message = f"unexpected error: {type(err).__name__}: {err}"
        if outcome.status != "ok":
            register.failed[label] = outcome.message

    register.people = build_people({k: v[1] for k, v in parsed.items()}, config.detection.allow)
    if previous is not None:
        for key, person in register.people.items():
            old = previous.register.people.get(key)
            person.decision = old.decision if old else None

    reviews = ReviewSet(review_dir, register, {})
    for label, (document, findings, sha) in parsed.items():
        findings = findings + register_mentions(document, findings, register.people.values())
        findings += term_findings(document, register.terms)
        old_doc = previous.documents.get(label) if previous else None
        reviews.documents[label] = _document_review(
            label, document, findings, sha, old_doc, register
        )
    register.documents = sorted(reviews.documents)
    reviews.save()

    reviewer = audit.default_reviewer()
    for label, outcome in outcomes.items():
        if label in reviews.documents:
            progress = reviews.documents[label].progress()
            outcome.findings = progress["total"]
            outcome.redact, outcome.keep = progress[REDACT], progress[KEEP]
            outcome.pending = progress[PENDING]
            audit.append_event(
                audit.audit_path_for(review_dir, label), reviewer, "scan", document=label,
                count=outcome.findings, pending=outcome.pending,
            )
        result.documents.append(outcome)
        if on_result:
            on_result(outcome)
    result.people = len(register.people)
    return result


def _document_review(
    label: str,
    document: Document,
    findings: list[Finding],
    source_sha: str,
    old: DocumentReview | None,
    register: Register,
) -> DocumentReview:
    """The review of one document: suggestions, plus what a reviewer already decided."""
    old_entries = {e.finding.id: e for e in old.entries} if old else {}
    terms = {t.id: t for t in register.terms}
    entries = []
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        f.suggestion, f.reason = (
            (REDACT, f.reason) if f.detector == MANUAL_DETECTOR else suggest(f, document)
        )
        decision = ReviewDecision(f.suggestion, ground_for(f.entity_type)
                                  if f.suggestion == REDACT else "")
        previous = old_entries.get(f.id)
        person = register.people.get(f.person_key or "")
        if previous is not None and previous.decision.reviewed:
            decision = previous.decision
        elif f.detector == MANUAL_DETECTOR:
            term = terms.get(f.reason.removeprefix("manual term "))
            if term:
                decision = ReviewDecision(REDACT, term.ground, term.reviewer, term.time)
        elif person is not None and person.decision is not None and f.entity_type in PERSON_TYPES:
            # A decision for all occurrences of this person also covers a new occurrence.
            d = person.decision
            if not (d.action == REDACT and f.reason.startswith("office holder")):
                decision = ReviewDecision(d.action, d.ground if d.action == REDACT else "",
                                          d.reviewer, d.time)
        entries.append(ReviewEntry(f, decision))
    return DocumentReview(
        label=label,
        source_sha256=source_sha,
        text_sha256=text_sha256(document),
        scanned_at=audit.now(),
        page_sizes=[(p.width, p.height) for p in document.pages],
        entries=entries,
        regions=list(old.regions) if old else [],
    )
