"""Review files: what was found in each document, what a person decided, and how `redact`
applies exactly those decisions.

`woo-pipeline scan IN_DIR --review-dir R` writes (see docs/review-format.md for the full
description with an example):

* `R/<document>.review.json` per document (`<document>` is its path relative to IN_DIR, so
  `R/sub/nota-1.pdf.review.json`), schema `woo-pipeline/review/v1`:
  `document`, `source_sha256`, `text_sha256` (of the parsed text, to notice a changed file),
  `scanned_at`, `pages` (1-based number, width and height in PDF points), `findings` and
  `regions`. A finding holds `id`, `page` (1-based), `boxes` ([page, x0, y0, x1, y1] in points,
  1-based page), `start`/`end` (offsets in the parsed text), `text`, `context`, `entity_type`,
  `detector`, `score`, `explanation`, `person_key`, `suggestion` (`redact`/`keep`/`pending`),
  `reason` (why that suggestion) and `decision`: `{"action", "ground", "reviewer", "time"}`.
  `reviewer` null means nobody has looked at it yet and the action is the suggestion.
  A region (drawn by a reviewer) holds `id`, `page`, `rect` [x0, y0, x1, y1], `ground`,
  `reviewer`, `time`.
* `R/register.json`, schema `woo-pipeline/register/v1`: the batch. `in_dir`, `documents`,
  `failed` (documents that could not be scanned, with the reason), `people` and `terms`.
  A person is keyed by `detect.person_key` (the folded surname), so `Karin Bakker`,
  `K. Bakker`, `mevrouw Bakker` and `k.bakker@minbzk.nl` are one entry in every document:
  `key`, `name`, `spellings`, `search` (the spellings looked for in the other documents of
  the batch), `occurrences` ({document: [finding ids]}, rebuilt on every save) and `decision`
  (the last decision for all occurrences, or null). A term (a manual redaction of a string
  everywhere) holds `id`, `term`, `ground`, `reviewer`, `time`.
* `R/<document>.audit.jsonl`, `R/register.audit.jsonl`, `R/.audit-key`: see audit.py.

Files are written atomically (temporary file, then rename), so an interrupted review never
leaves a half-written file; every decision is saved at once, so a review can stop anywhere.

Finding ids are stable: `findings.finding_id` hashes the document label, the offsets, the type
and the text. `redact --review-dir R` parses and detects again, and `ReviewDecisionSource`
maps each finding to its reviewed decision by that id (recomputed with the label in the review
file, so a batch moved to another folder still matches). A finding the review file does not
know (the document changed after the scan) is `pending`, which blocks its output.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from woo_pipeline import audit, lexicon
from woo_pipeline.decide import ground_for
from woo_pipeline.detect import boxes_for_span, office_holder_reason, person_key
from woo_pipeline.document import Document
from woo_pipeline.errors import EXIT_PENDING_REVIEW, PendingReview, WooPipelineError
from woo_pipeline.findings import ACTIONS, KEEP, PENDING, REDACT, Decision, Finding, finding_id
from woo_pipeline.redact import ManualArea
from woo_pipeline.report import write_json_atomically
from woo_pipeline.vocabulary import OFFICE_TITLES, PERSON_TITLES, STAFF_FIELD_LABELS, WOO_GROUNDS

log = logging.getLogger("woo_pipeline")

REVIEW_SCHEMA = "woo-pipeline/review/v1"
REGISTER_SCHEMA = "woo-pipeline/register/v1"
REVIEW_SUFFIX = ".review.json"
REGISTER_NAME = "register.json"

PERSON_TYPES = ("PERSON", "EMAIL_ADDRESS")
MANUAL_TYPE = "MANUAL"
MANUAL_DETECTOR = "ManualTerm"
REGISTER_DETECTOR = "BatchRegister"
MENTION_SCORE = 0.8
MIN_TERM_LENGTH = 3  # the leak check ignores shorter strings, so they could not be verified
MIN_REGION_SIZE = 2.0  # points: a smaller "region" is a mis-click


class ReviewFormatError(WooPipelineError, ValueError):
    """A review file is missing, damaged or of another version. At redact time the document
    then has no usable review: it gets no output, like a document with pending items."""

    exit_code = EXIT_PENDING_REVIEW
    status = "pending_review"


class NotScanned(PendingReview):
    """`redact --review-dir` found no review file for a document."""

    def __init__(self, document: str, review_dir: Path) -> None:
        super().__init__(0)
        self.args = (
            f"no review file for {document} in {review_dir}. Run `woo-pipeline scan` on the "
            "batch first and review it, or redact without --review-dir.",
        )


class ReviewOutdated(PendingReview):
    """Detection found items the review file does not know: the document, the detector or
    the model changed after the scan."""

    def __init__(self, unknown: int, pending: int) -> None:
        super().__init__(pending)
        self.args = (
            f"{unknown} finding(s) are not in the review file: the document, the detection "
            "rules or the model changed since the scan, so nobody reviewed them. Run "
            "`woo-pipeline scan` again (decisions already made are kept) and review the new "
            "findings, or pass --pending redact to redact them.",
        )


# --- data ----------------------------------------------------------------------------------
@dataclass
class ReviewDecision:
    action: str  # redact | keep | pending
    ground: str = ""  # Woo ground, for redact
    reviewer: str | None = None  # None: nobody decided yet, the action is the suggestion
    time: str | None = None

    @property
    def reviewed(self) -> bool:
        return self.reviewer is not None


@dataclass
class ReviewEntry:
    """One finding of a document with its (suggested or reviewed) decision."""

    finding: Finding
    decision: ReviewDecision


@dataclass
class ManualRegion:
    """A region a reviewer drew; everything under it is redacted."""

    id: str
    page: int  # 0-based in memory, 1-based in the file
    rect: tuple[float, float, float, float]
    ground: str
    reviewer: str
    time: str


@dataclass
class DocumentReview:
    label: str  # path relative to IN_DIR
    source_sha256: str
    text_sha256: str
    scanned_at: str
    page_sizes: list[tuple[float, float]]
    entries: list[ReviewEntry] = field(default_factory=list)
    regions: list[ManualRegion] = field(default_factory=list)

    def entry(self, fid: str) -> ReviewEntry:
        for e in self.entries:
            if e.finding.id == fid:
                return e
        raise KeyError(f"{self.label} has no finding {fid}")

    def progress(self) -> dict[str, int]:
        counts = {"total": len(self.entries), REDACT: 0, KEEP: 0, PENDING: 0, "reviewed": 0}
        for e in self.entries:
            counts[e.decision.action] += 1
            counts["reviewed"] += e.decision.reviewed
        counts["regions"] = len(self.regions)
        return counts


@dataclass
class Person:
    key: str  # detect.person_key
    name: str
    spellings: list[str]
    search: list[str]  # spellings looked for in every document of the batch
    decision: ReviewDecision | None = None


@dataclass
class ManualTerm:
    id: str
    term: str
    ground: str
    reviewer: str
    time: str


@dataclass
class Register:
    in_dir: str
    scanned_at: str
    documents: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    terms: list[ManualTerm] = field(default_factory=list)


# --- paths and (de)serialisation ------------------------------------------------------------
def review_path_for(review_dir: Path, label: str) -> Path:
    return Path(review_dir) / (label + REVIEW_SUFFIX)


def text_sha256(document: Document) -> str:
    return hashlib.sha256(document.text.encode("utf-8")).hexdigest()


def _box_to_json(box: Sequence) -> list:
    return [int(box[0]) + 1, *(round(float(v), 2) for v in box[1:])]


def _box_from_json(box: Sequence) -> tuple[int, float, float, float, float]:
    return (int(box[0]) - 1, float(box[1]), float(box[2]), float(box[3]), float(box[4]))


def _decision_to_json(d: ReviewDecision | None) -> dict | None:
    if d is None:
        return None
    return {"action": d.action, "ground": d.ground, "reviewer": d.reviewer, "time": d.time}


def _decision_from_json(d: dict | None) -> ReviewDecision | None:
    if d is None:
        return None
    action = d.get("action")
    if action not in ACTIONS:
        raise ReviewFormatError(f"decision action {action!r} is not one of {', '.join(ACTIONS)}")
    return ReviewDecision(action, d.get("ground") or "", d.get("reviewer"), d.get("time"))


def document_to_json(doc: DocumentReview) -> dict:
    findings = []
    for e in doc.entries:
        f = e.finding
        findings.append(
            {
                "id": f.id,
                "page": f.page + 1,
                "boxes": [_box_to_json(b) for b in f.boxes],
                "start": f.start,
                "end": f.end,
                "text": f.text,
                "context": f.context,
                "entity_type": f.entity_type,
                "detector": f.detector,
                "score": f.score,
                "explanation": f.explanation,
                "person_key": f.person_key,
                "suggestion": f.suggestion,
                "reason": f.reason,
                "decision": _decision_to_json(e.decision),
            }
        )
    return {
        "schema": REVIEW_SCHEMA,
        "document": doc.label,
        "source_sha256": doc.source_sha256,
        "text_sha256": doc.text_sha256,
        "scanned_at": doc.scanned_at,
        "pages": [
            {"page": i + 1, "width": round(w, 2), "height": round(h, 2)}
            for i, (w, h) in enumerate(doc.page_sizes)
        ],
        "findings": findings,
        "regions": [
            {
                "id": r.id,
                "page": r.page + 1,
                "rect": [round(v, 2) for v in r.rect],
                "ground": r.ground,
                "reviewer": r.reviewer,
                "time": r.time,
            }
            for r in doc.regions
        ],
    }


def document_from_json(data: dict) -> DocumentReview:
    if data.get("schema") != REVIEW_SCHEMA:
        raise ReviewFormatError(f"schema is {data.get('schema')!r}, expected {REVIEW_SCHEMA!r}")
    entries = []
    for raw in data["findings"]:
        f = Finding(
            id=raw["id"],
            entity_type=raw["entity_type"],
            start=int(raw["start"]),
            end=int(raw["end"]),
            text=raw["text"],
            page=int(raw["page"]) - 1,
            boxes=[_box_from_json(b) for b in raw["boxes"]],
            score=float(raw["score"]),
            detector=raw["detector"],
            explanation=raw.get("explanation", ""),
            person_key=raw.get("person_key"),
            context=raw.get("context", ""),
            suggestion=raw.get("suggestion", PENDING),
            reason=raw.get("reason", ""),
        )
        decision = _decision_from_json(raw.get("decision")) or ReviewDecision(f.suggestion)
        entries.append(ReviewEntry(f, decision))
    regions = [
        ManualRegion(
            id=r["id"],
            page=int(r["page"]) - 1,
            rect=tuple(float(v) for v in r["rect"]),  # type: ignore[arg-type]
            ground=r["ground"],
            reviewer=r.get("reviewer", ""),
            time=r.get("time", ""),
        )
        for r in data.get("regions", [])
    ]
    return DocumentReview(
        label=data["document"],
        source_sha256=data.get("source_sha256", ""),
        text_sha256=data.get("text_sha256", ""),
        scanned_at=data.get("scanned_at", ""),
        page_sizes=[(float(p["width"]), float(p["height"])) for p in data.get("pages", [])],
        entries=entries,
        regions=regions,
    )


def register_to_json(register: Register, documents: dict[str, DocumentReview]) -> dict:
    occurrences: dict[str, dict[str, list[str]]] = {}
    for label, doc in documents.items():
        for e in doc.entries:
            key = e.finding.person_key
            if key and e.finding.entity_type in PERSON_TYPES:
                occurrences.setdefault(key, {}).setdefault(label, []).append(e.finding.id)
    return {
        "schema": REGISTER_SCHEMA,
        "in_dir": register.in_dir,
        "scanned_at": register.scanned_at,
        "documents": register.documents,
        "failed": register.failed,
        "people": [
            {
                "key": p.key,
                "name": p.name,
                "spellings": p.spellings,
                "search": p.search,
                "occurrences": occurrences.get(p.key, {}),
                "decision": _decision_to_json(p.decision),
            }
            for p in sorted(register.people.values(), key=lambda p: p.key)
        ],
        "terms": [
            {"id": t.id, "term": t.term, "ground": t.ground, "reviewer": t.reviewer,
             "time": t.time}
            for t in register.terms
        ],
    }


def register_from_json(data: dict) -> Register:
    if data.get("schema") != REGISTER_SCHEMA:
        raise ReviewFormatError(f"schema is {data.get('schema')!r}, expected {REGISTER_SCHEMA!r}")
    people = {
        p["key"]: Person(
            key=p["key"],
            name=p["name"],
            spellings=list(p.get("spellings", [])),
            search=list(p.get("search", [])),
            decision=_decision_from_json(p.get("decision")),
        )
        for p in data.get("people", [])
    }
    terms = [
        ManualTerm(t["id"], t["term"], t["ground"], t.get("reviewer", ""), t.get("time", ""))
        for t in data.get("terms", [])
    ]
    return Register(
        in_dir=data.get("in_dir", ""),
        scanned_at=data.get("scanned_at", ""),
        documents=list(data.get("documents", [])),
        failed=dict(data.get("failed", {})),
        people=people,
        terms=terms,
    )


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise
    except (OSError, ValueError) as err:
        raise ReviewFormatError(
            f"cannot read {path}: {err}. Restore it, or run `woo-pipeline scan` again "
            "(decisions in other review files are kept)."
        ) from err


# --- the findings a review adds itself ------------------------------------------------------
def occurrence_key(f: Finding) -> str:
    """What "all occurrences" of a finding means: the same person in any spelling, or else
    the same text of the same type."""
    if f.person_key and f.entity_type in PERSON_TYPES:
        return f"person:{f.person_key}"
    return f"text:{f.entity_type}:{lexicon.fold(' '.join(f.text.split()))}"


def make_finding(
    document: Document,
    start: int,
    end: int,
    entity_type: str,
    *,
    score: float,
    detector: str,
    explanation: str,
    suggestion: str,
    reason: str = "",
    label: str | None = None,
) -> Finding:
    """A Finding for text[start:end], with the same id scheme as detection."""
    text = document.text[start:end]
    boxes = boxes_for_span(document, start, end)
    line_start = document.text.rfind("\n", 0, start) + 1
    line_end = document.text.find("\n", end)
    context = document.text[line_start : line_end if line_end >= 0 else len(document.text)]
    return Finding(
        id=finding_id(label or document.path, start, end, entity_type, text),
        entity_type=entity_type,
        start=start,
        end=end,
        text=text,
        page=boxes[0][0] if boxes else document.page_of(start),
        boxes=boxes,
        score=score,
        detector=detector,
        explanation=explanation,
        person_key=person_key(text) if entity_type in PERSON_TYPES else None,
        context=context.strip(),
        suggestion=suggestion,
        reason=reason,
    )


def find_term(text: str, term: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence of `term`, case-insensitive, across line breaks."""
    pattern = re.escape(" ".join(term.split())).replace(r"\ ", r"\s+")
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.I)]


def term_findings(document: Document, terms: Iterable[ManualTerm], label: str | None = None
                  ) -> list[Finding]:
    """The occurrences of manual terms in the document, as MANUAL findings to redact."""
    found: dict[str, Finding] = {}
    for term in terms:
        for start, end in find_term(document.text, term.term):
            f = make_finding(
                document, start, end, MANUAL_TYPE, score=1.0, detector=MANUAL_DETECTOR,
                explanation="manual redaction of a term everywhere in the batch",
                suggestion=REDACT, reason=f"manual term {term.id}", label=label,
            )
            found.setdefault(f.id, f)
    return list(found.values())


_INITIALS = re.compile(r"(?:[A-Za-z]{1,3}\.)+")
# Capitalised words that may stand right before a surname of the same person.
_TITLE_WORDS = {w.rstrip(".") for t in PERSON_TITLES + OFFICE_TITLES for w in t.split()}


def _surname_form(name: str) -> str:
    """`Karin van Dijk` → `van Dijk`, `K. Bakker` → `Bakker`: the cased surname person_key folds."""
    words = [w for w in name.split() if not _INITIALS.fullmatch(w)]
    if not words:
        return ""
    tv = lexicon.tussenvoegsels()
    i = len(words) - 1
    while i > 0 and words[i - 1].lower() in tv:
        i -= 1
    return " ".join(words[i:])


def search_forms(spellings: Iterable[str], allow: Iterable[str] = ()) -> list[str]:
    """The spellings of a person to look for in the other documents of the batch: each full
    name as found, and the surname alone when it is a known surname (or was found alone) and
    not an ordinary Dutch word (`de Wit`, `Koning`)."""
    allowed = {lexicon.fold(a) for a in allow}
    found = {" ".join(s.split()) for s in spellings}
    forms: set[str] = set()
    for spelling in found:
        if "@" in spelling:
            continue  # e-mail addresses are found by their own recognizer everywhere
        clean = spelling
        if "," in clean:  # "Peters, Anaïs" → "Anaïs Peters"
            surname_part, _, first = clean.partition(",")
            clean = f"{first.strip()} {surname_part.strip()}".strip()
        surname = _surname_form(clean)
        candidates = [clean] if clean != surname else []
        last = surname.split()[-1] if surname else ""
        if last and not lexicon.is_common_word(last) and (
            lexicon.is_surname(last.split("-")[0]) or surname in found
        ):
            candidates.append(surname)
        # "K. van Dijk" but "mevrouw Van Dijk": both forms of a surname with a tussenvoegsel.
        candidates += [c[0].upper() + c[1:] for c in candidates if c[:1].islower()]
        for c in candidates:
            # The surname itself must be capitalised: a lower-case word is an ordinary word.
            if len(c) >= 3 and c.split()[-1][:1].isupper() and lexicon.fold(c) not in allowed:
                forms.add(c)
    return sorted(forms, key=lambda s: (-len(s), s))


def _part_of_another_name(text: str, start: int) -> bool:
    """Whether the capitalised word right before `start` makes this mention part of a longer
    name (`Carolien van Rossum` is not `van Rossum` the civil servant). Titles, offices and
    initials before a surname do not."""
    before = re.search(r"([^\s]+)[ \t]+$", text[max(0, start - 40) : start])
    if not before:
        return False
    word = before.group(1)
    if not word[:1].isupper() or _INITIALS.fullmatch(word):
        return False
    return word.lower().rstrip(".") not in _TITLE_WORDS


def register_mentions(
    document: Document,
    findings: Sequence[Finding],
    people: Iterable[Person],
    label: str | None = None,
) -> list[Finding]:
    """Mentions of the batch's people that detection did not find in this document (it only
    propagates names within one document). A full name is suggested `redact`; a surname alone
    `pending` (is it the same person?); a mention as office holder `keep`.

    The same function runs at scan and at redact, on the same register, so the findings and
    their ids are the same both times."""
    forms = sorted({f for p in people for f in p.search}, key=lambda s: (-len(s), s))
    if not forms:
        return []
    alternatives = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    pattern = re.compile(rf"(?<![\w@.])(?:{alternatives})(?![\w@])")
    covered = [(f.start, f.end) for f in findings]
    public_values = [
        (fl.value_start, fl.value_end, fl.label)
        for fl in document.fields
        if fl.label not in STAFF_FIELD_LABELS and fl.label.lower() not in ("aan", "van")
    ]
    text = document.text
    mentions = []
    for m in pattern.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in covered):
            continue
        if _part_of_another_name(text, m.start()):
            continue
        found = " ".join(m.group().split())
        suggestion, reason = REDACT, ""
        if _surname_form(found) == found:
            suggestion = PENDING
            reason = "the surname of a person found elsewhere in the batch: the same person?"
        office = office_holder_reason(text, m.start(), m.end())
        if office:
            suggestion, reason = KEEP, office
        else:
            for s, e, lbl in public_values:
                if s <= m.start() and m.end() <= e:
                    suggestion, reason = PENDING, f"inside the public field '{lbl}'"
        mentions.append(
            make_finding(
                document, m.start(), m.end(), "PERSON", score=MENTION_SCORE,
                detector=REGISTER_DETECTOR,
                explanation="a person found in another document of the batch",
                suggestion=suggestion, reason=reason, label=label,
            )
        )
        covered.append((m.start(), m.end()))
    return mentions


def _check_ground(ground: str) -> str:
    if ground not in WOO_GROUNDS:
        raise ValueError(
            f"unknown Woo ground {ground!r}; use one of: {', '.join(sorted(WOO_GROUNDS))}"
        )
    return ground


# --- the review of a batch ------------------------------------------------------------------
@dataclass
class AllResult:
    """What "apply to all occurrences" changed, and what it left alone and why."""

    changed: list[tuple[str, ReviewEntry]]
    skipped: list[tuple[str, ReviewEntry]]
    key: str


class ReviewSet:
    """The review folder of a batch: the register and every document's review file.

    Every change is saved at once (atomically) and logged to the audit log. Methods raise
    KeyError for an unknown document/finding and ValueError for a bad action or ground.
    """

    def __init__(self, review_dir: Path, register: Register,
                 documents: dict[str, DocumentReview]) -> None:
        self.review_dir = Path(review_dir)
        self.register = register
        self.documents = documents

    # loading and saving
    @classmethod
    def load(cls, review_dir: Path) -> ReviewSet:
        review_dir = Path(review_dir)
        path = review_dir / REGISTER_NAME
        if not path.exists():
            raise ReviewFormatError(
                f"{review_dir} is not a review folder (no {REGISTER_NAME}). Create it with "
                f"`woo-pipeline scan IN_DIR --review-dir {review_dir}`."
            )
        try:
            register = register_from_json(_read_json(path))
        except (KeyError, TypeError) as err:
            raise ReviewFormatError(f"{path} is damaged (missing {err})") from err
        documents = {}
        for label in register.documents:
            doc_path = review_path_for(review_dir, label)
            try:
                documents[label] = document_from_json(_read_json(doc_path))
            except FileNotFoundError:
                raise ReviewFormatError(
                    f"{doc_path} is missing although {path} lists it. Run `woo-pipeline scan` "
                    "again to recreate it."
                ) from None
            except ReviewFormatError:
                raise
            except (KeyError, TypeError, ValueError) as err:
                raise ReviewFormatError(f"{doc_path} is damaged: {err}") from err
        return cls(review_dir, register, documents)

    def save_document(self, label: str) -> None:
        write_json_atomically(document_to_json(self.documents[label]),
                              review_path_for(self.review_dir, label))

    def save_register(self) -> None:
        write_json_atomically(register_to_json(self.register, self.documents),
                              self.review_dir / REGISTER_NAME)

    def save(self) -> None:
        for label in self.documents:
            self.save_document(label)
        self.save_register()

    # queries
    def document(self, label: str) -> DocumentReview:
        try:
            return self.documents[label]
        except KeyError:
            raise KeyError(f"no document {label!r} in this review") from None

    def find_document(self, document: Document) -> DocumentReview | None:
        """The review of a parsed document: by its label, else by the hash of its text (the
        batch was moved or redacted from another folder)."""
        doc = self.documents.get(document.path)
        if doc is not None:
            return doc
        digest = text_sha256(document)
        for candidate in self.documents.values():
            if candidate.text_sha256 == digest:
                return candidate
        return None

    def occurrences(self, key: str) -> list[tuple[str, ReviewEntry]]:
        return [
            (label, e)
            for label, doc in self.documents.items()
            for e in doc.entries
            if occurrence_key(e.finding) == key
        ]

    def pending(self, label: str | None = None) -> list[tuple[str, ReviewEntry]]:
        labels = [label] if label else list(self.documents)
        return [
            (lbl, e)
            for lbl in labels
            for e in self.document(lbl).entries
            if e.decision.action == PENDING
        ]

    def source_path(self, label: str, in_dir: Path | None = None) -> Path:
        return Path(in_dir or self.register.in_dir) / label

    # changes
    def decide(self, label: str, fid: str, action: str, reviewer: str,
               ground: str | None = None) -> ReviewEntry:
        """Decide one finding."""
        entry = self.document(label).entry(fid)
        previous = self._set(entry, action, reviewer, ground)
        self.save_document(label)
        self._log_decision(label, entry, previous, reviewer, "one")
        return entry

    def decide_all(self, label: str, fid: str, action: str, reviewer: str,
                   ground: str | None = None) -> AllResult:
        """Decide every occurrence, in every document, of the person (any spelling) or text
        of this finding. A `redact` for all leaves alone the mentions the detector kept as an
        office holder: a minister may share a surname with a civil servant (decide those one
        by one)."""
        chosen = self.document(label).entry(fid)
        key = occurrence_key(chosen.finding)
        changed, skipped = [], []
        for lbl, entry in self.occurrences(key):
            office = entry.finding.suggestion == KEEP and entry.finding.reason.startswith(
                "office holder")
            if action == REDACT and office and entry is not chosen:
                skipped.append((lbl, entry))
                continue
            previous = self._set(entry, action, reviewer, ground)
            changed.append((lbl, entry, previous))
        pk = chosen.finding.person_key
        if key.startswith("person:") and pk in self.register.people:
            self.register.people[pk].decision = ReviewDecision(
                action, changed[0][1].decision.ground if changed else "", reviewer, audit.now())
        for lbl in sorted({lbl for lbl, _, _ in changed}):
            self.save_document(lbl)
        self.save_register()
        audit.append_event(
            self.review_dir / audit.BATCH_LOG_NAME, reviewer, "decision-all",
            action=action, count=len(changed),
            text_hmac=audit.text_hmac(self.review_dir, key),
        )
        for lbl, entry, previous in changed:
            self._log_decision(lbl, entry, previous, reviewer, "all")
        return AllResult([(lbl, e) for lbl, e, _ in changed], skipped, key)

    def add_region(self, label: str, page: int, rect: Sequence[float], ground: str,
                   reviewer: str) -> ManualRegion:
        """Add a region (0-based page, [x0, y0, x1, y1] in points) to redact entirely."""
        doc = self.document(label)
        if not 0 <= page < len(doc.page_sizes):
            raise ValueError(f"{label} has pages 1 to {len(doc.page_sizes)}, not {page + 1}")
        width, height = doc.page_sizes[page]
        x0, x1 = sorted((float(rect[0]), float(rect[2])))
        y0, y1 = sorted((float(rect[1]), float(rect[3])))
        x0, y0, x1, y1 = max(0.0, x0), max(0.0, y0), min(width, x1), min(height, y1)
        if x1 - x0 < MIN_REGION_SIZE or y1 - y0 < MIN_REGION_SIZE:
            raise ValueError(
                f"the region is too small or outside the page (page {page + 1} is "
                f"{width:.0f} x {height:.0f} points)"
            )
        box = (round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2))
        rid = hashlib.sha256(f"{label}\x00{page}\x00{box}".encode()).hexdigest()[:16]
        for existing in doc.regions:
            if existing.id == rid:
                return existing
        region = ManualRegion(rid, page, box, _check_ground(ground), reviewer, audit.now())
        doc.regions.append(region)
        self.save_document(label)
        audit.append_event(
            audit.audit_path_for(self.review_dir, label), reviewer, "manual-region",
            document=label, region_id=rid, page=page + 1, rect=list(box), ground=ground,
            action=REDACT,
        )
        return region

    def remove_region(self, label: str, region_id: str, reviewer: str) -> None:
        doc = self.document(label)
        before = len(doc.regions)
        doc.regions = [r for r in doc.regions if r.id != region_id]
        if len(doc.regions) == before:
            raise KeyError(f"{label} has no region {region_id}")
        self.save_document(label)
        audit.append_event(
            audit.audit_path_for(self.review_dir, label), reviewer, "region-removed",
            document=label, region_id=region_id,
        )

    def add_term(
        self,
        term: str,
        ground: str,
        reviewer: str,
        load_document: Callable[[str], Document | None],
    ) -> tuple[ManualTerm, int, list[str]]:
        """Redact `term` everywhere in the batch. Returns the term, the number of occurrences
        found and the documents that could not be opened to look (the term still applies to
        them: `redact` finds its occurrences itself)."""
        clean = " ".join(term.split())
        if len(clean) < MIN_TERM_LENGTH:
            raise ValueError(
                f"a term must be at least {MIN_TERM_LENGTH} characters: shorter strings occur "
                "inside ordinary words and cannot be verified. Draw a region instead."
            )
        _check_ground(ground)
        tid = hashlib.sha256(lexicon.fold(clean).encode()).hexdigest()[:16]
        manual = next((t for t in self.register.terms if t.id == tid), None)
        if manual is None:
            manual = ManualTerm(tid, clean, ground, reviewer, audit.now())
            self.register.terms.append(manual)
        count, unreadable = 0, []
        for label, doc in self.documents.items():
            document = load_document(label)
            if document is None:
                unreadable.append(label)
                continue
            known = {e.finding.id for e in doc.entries}
            new = [f for f in term_findings(document, [manual], label) if f.id not in known]
            count += len(new)
            for f in new:
                entry = ReviewEntry(f, ReviewDecision(REDACT, ground, reviewer, audit.now()))
                doc.entries.append(entry)
                self._log_decision(label, entry, PENDING, reviewer, "term")
            if new:
                doc.entries.sort(key=lambda e: (e.finding.start, e.finding.end))
                self.save_document(label)
        self.save_register()
        audit.append_event(
            self.review_dir / audit.BATCH_LOG_NAME, reviewer, "manual-term", action=REDACT,
            ground=ground, count=count, text_hmac=audit.text_hmac(self.review_dir, clean),
        )
        return manual, count, unreadable

    # helpers
    def _set(self, entry: ReviewEntry, action: str, reviewer: str, ground: str | None) -> str:
        if action not in ACTIONS:
            raise ValueError(f"unknown decision {action!r}; use one of {', '.join(ACTIONS)}")
        if action == REDACT:
            ground = _check_ground(ground or entry.decision.ground
                                   or ground_for(entry.finding.entity_type))
        else:
            ground = ""
        previous = entry.decision.action
        entry.decision = ReviewDecision(action, ground, reviewer, audit.now())
        return previous

    def _log_decision(self, label: str, entry: ReviewEntry, previous: str, reviewer: str,
                      source: str) -> None:
        audit.append_event(
            audit.audit_path_for(self.review_dir, label), reviewer, "decision",
            document=label, finding_id=entry.finding.id, entity_type=entry.finding.entity_type,
            action=entry.decision.action, previous=previous, ground=entry.decision.ground,
            source=source,
        )


class SourceLoader:
    """Opens and parses the scanned PDFs when a review needs their text (a manual term), each
    at most once; a PDF that cannot be opened gives None (and is logged)."""

    def __init__(self, reviews: ReviewSet, in_dir: Path | None = None) -> None:
        self.reviews = reviews
        self.in_dir = in_dir
        self._parsed: dict[str, Document | None] = {}

    def load(self, label: str) -> Document | None:
        if label not in self._parsed:
            self._parsed[label] = self._open(label)
        return self._parsed[label]

    def _open(self, label: str) -> Document | None:
        from woo_pipeline.intake import open_pdf
        from woo_pipeline.parse import parse_document

        path = self.reviews.source_path(label, self.in_dir)
        try:
            opened = open_pdf(path)
        except (OSError, WooPipelineError) as err:
            log.warning("cannot open %s: %s", path, err)
            return None
        try:
            return parse_document(opened.doc, label)
        finally:
            opened.doc.close()


# --- applying a review at redact time -------------------------------------------------------
class ReviewDecisionSource:
    """`RunOptions.decision_source` for `redact --review-dir R`: the reviewed decisions.

    Called per document with the findings detection produced again. It appends to `findings`
    the register's mentions and the manual terms (so they are redacted and verified like any
    finding), maps every finding to its reviewed decision by stable id, and returns the
    decisions and the drawn regions. `pending="redact"` redacts what nobody decided.
    """

    def __init__(self, review_dir: Path, pending: str = "fail", reviewer: str | None = None):
        if pending not in ("fail", "redact"):
            raise ValueError(f"pending must be 'fail' or 'redact', not {pending!r}")
        self.review_dir = Path(review_dir)
        self.pending = pending
        self.reviewer = audit.default_reviewer(reviewer)
        self._reviews: ReviewSet | None = None

    def reviews(self) -> ReviewSet:
        if self._reviews is None:
            self._reviews = ReviewSet.load(self.review_dir)
        return self._reviews

    def __call__(self, document: Document, findings: list[Finding]
                 ) -> tuple[dict[str, Decision], list[ManualArea]]:
        reviews = self.reviews()
        doc = reviews.find_document(document)
        if doc is None:
            raise NotScanned(document.path, self.review_dir)
        if doc.text_sha256 and doc.text_sha256 != text_sha256(document):
            log.warning("%s changed since the scan: findings the review does not know are "
                        "pending", document.path)
        findings.extend(register_mentions(document, findings, reviews.register.people.values()))
        findings.extend(term_findings(document, reviews.register.terms))
        known = {e.finding.id: e for e in doc.entries}
        term_ground = {t.id: t.ground for t in reviews.register.terms}

        decisions: dict[str, Decision] = {}
        unknown = 0
        for f in findings:
            # The id as the scan computed it: with the label in the review file.
            entry = known.get(finding_id(doc.label, f.start, f.end, f.entity_type, f.text))
            if entry is not None:
                d = entry.decision
                who = d.reviewer or "woo-pipeline (suggestion, unchanged in review)"
                why = f"{d.action} in review" if d.reviewed else (f.reason or f.explanation)
                decision = Decision(f.id, d.action, d.ground if d.action == REDACT else "",
                                    why, who)
            elif f.detector == MANUAL_DETECTOR:
                term_id = f.reason.removeprefix("manual term ")
                ground = term_ground.get(term_id, ground_for(MANUAL_TYPE))
                decision = Decision(f.id, REDACT, ground, "manual term", self.reviewer)
            else:
                unknown += 1
                decision = Decision(f.id, PENDING, "", "not in the review file: the document "
                                    "or the detection changed since the scan", "")
            if decision.action == PENDING and self.pending == "redact":
                decision = Decision(f.id, REDACT, ground_for(f.entity_type),
                                    "undecided in review; redacted by --pending redact",
                                    self.reviewer)
            decisions[f.id] = decision
        areas = [ManualArea(r.page, r.rect, r.ground, r.id) for r in doc.regions]
        self._log(doc.label, decisions, findings, areas)
        if unknown and self.pending == "fail":
            raise ReviewOutdated(unknown, sum(d.action == PENDING for d in decisions.values()))
        return decisions, areas

    def _log(self, label: str, decisions: dict[str, Decision], findings: Sequence[Finding],
             areas: Sequence[ManualArea]) -> None:
        """One `apply` event per decision and region handed to the redaction, or a single
        `apply-blocked` event when undecided findings stop the document."""
        path = audit.audit_path_for(self.review_dir, label)
        pending = sum(d.action == PENDING for d in decisions.values())
        if pending:
            audit.append_event(path, self.reviewer, "apply-blocked", document=label,
                               count=len(decisions), pending=pending)
            return
        types = {f.id: f.entity_type for f in findings}
        for fid, d in decisions.items():
            audit.append_event(path, self.reviewer, "apply", document=label, finding_id=fid,
                               entity_type=types.get(fid, ""), action=d.action, ground=d.ground)
        for a in areas:
            audit.append_event(path, self.reviewer, "apply", document=label, region_id=a.id,
                               page=a.page + 1, action=REDACT, ground=a.ground)
