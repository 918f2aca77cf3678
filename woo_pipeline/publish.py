"""Publication rules: which redacted notas in an output folder may go into the archive.

A document is published only when
- its report (`x/nota.report.json`, schema woo-pipeline/report/v1) says status "ok";
- the PDF next to it is a PDF and has exactly the sha256 the report recorded;
- its header says `Nota actief openbaar: Ja`, or the publication is forced with a reason.

A document that failed verification, still has pending review items, or was not redacted is
never published, not even when forced: forcing overrides a policy marking, not a failed check.

The library API (the CLI in archive_cli.py is a thin layer over it)::

    options = PublishOptions(publisher=Organisation(uri, label))
    result = publish_out_dir(Path("out"), Path("archive"), options)
    result.exit_code   # 0, or 7 when any document was refused
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from woo_pipeline.archive import Archive, NewVersion, sha256_file
from woo_pipeline.diwoo import DEFAULT_INFORMATION_CATEGORY, DiwooError, Organisation
from woo_pipeline.errors import (
    EXIT_OK,
    EXIT_PUBLISH_REFUSED,
    PublishRefused,
    most_serious,
    status_counts,
)
from woo_pipeline.report import REPORT_SCHEMA, REPORT_SUFFIX

# The metadata that goes into the archive. `Aan` and `Van` are left out on purpose: they may
# name a person, and the public record does not need them.
PUBLIC_METADATA_FIELDS = ("title", "Nota actief openbaar", "Onze referentie", "Kenmerk", "Datum")
# A nota is the same nota across versions when it has the same reference (else title).
IDENTITY_FIELDS = ("Onze referentie", "Kenmerk")
ACTIEF_OPENBAAR = "Nota actief openbaar"

# Statuses that can never be published, with what the user should do.
NEVER_PUBLISHED = {
    "pending_review": "it still has pending review items; decide them with `woo-pipeline "
                      "review` and redact again",
    "verification_failed": "its output failed the leak check after redaction",
    "rejected": "the input was rejected and not redacted",
    "failed": "it could not be processed",
}


@dataclass
class PublishOptions:
    publisher: Organisation
    information_category: str = DEFAULT_INFORMATION_CATEGORY
    # Who publishes: kept in the index for traceability, never in the public site or DiWoo.
    published_by: str = ""
    # Publish notas not marked `Nota actief openbaar: Ja` anyway, for this recorded reason.
    force_reason: str | None = None
    # Only these documents (as in the report's `document`, or the PDF's path in OUT_DIR).
    only: Sequence[str] = ()
    # Validate each DiWoo XML against this XSD before it is written (needs xmlschema).
    diwoo_xsd: Path | None = None
    now: datetime | None = None  # for tests


@dataclass
class DocumentPublication:
    document: str
    status: str  # published | unchanged | refused
    message: str
    nota_id: str | None = None
    version: int | None = None
    forced: bool = False

    @property
    def exit_code(self) -> int:
        return EXIT_PUBLISH_REFUSED if self.status == "refused" else EXIT_OK


@dataclass
class PublishResult:
    archive: str
    documents: list[DocumentPublication] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return most_serious([d.exit_code for d in self.documents])

    def to_dict(self) -> dict:
        return {"exit_code": self.exit_code, "archive": self.archive,
                "counts": status_counts(self.documents),
                "documents": [asdict(d) for d in self.documents]}


def default_published_by() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def pdf_for_report(report_path: Path) -> Path:
    return report_path.with_name(report_path.name.removesuffix(REPORT_SUFFIX) + ".pdf")


def find_documents(out_dir: Path, skip: Path | None = None) -> tuple[list[Path], list[Path]]:
    """(reports, PDFs without a report) under `out_dir`, sorted. Hidden folders are skipped,
    and so is `skip` (an archive kept inside the output folder)."""
    skip = skip.resolve() if skip else None

    def visible(p: Path) -> bool:
        if skip and p.resolve().is_relative_to(skip):
            return False
        return p.is_file() and not any(part.startswith(".")
                                       for part in p.relative_to(out_dir).parts)

    reports = sorted(p for p in out_dir.rglob(f"*{REPORT_SUFFIX}") if visible(p))
    with_report = {pdf_for_report(r) for r in reports}
    orphans = sorted(p for p in out_dir.rglob("*") if visible(p) and p.suffix.lower() == ".pdf"
                     and p not in with_report)
    return reports, orphans


def is_actief_openbaar(value: str | None) -> bool:
    """True for `Ja` (also `ja.`, `Ja, ...`); anything else, or no value, is not."""
    words = (value or "").split()
    return bool(words) and words[0].strip(".,;:").lower() == "ja"


def read_report(report_path: Path) -> dict:
    try:
        report = json.loads(report_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise PublishRefused(f"cannot read its report {report_path.name}: {err}; run "
                             "`woo-pipeline redact` again") from err
    if not isinstance(report, dict) or report.get("schema") != REPORT_SCHEMA:
        raise PublishRefused(f"{report_path.name} is not a woo-pipeline report "
                             f"(schema {REPORT_SCHEMA}); run `woo-pipeline redact` again")
    return report


def check_document(report_path: Path, report: dict, options: PublishOptions) -> NewVersion:
    """The document as a NewVersion when every rule holds; PublishRefused saying why if not."""
    status = report.get("status")
    if status != "ok":
        why = NEVER_PUBLISHED.get(status, f"its report has the unknown status {status!r}")
        message = report.get("message") or ""
        raise PublishRefused(why + (f" ({message})" if message else "")
                             + ". This is never published, not even with --force.")
    output = report.get("output")
    if not output or Path(output).name != output:
        raise PublishRefused(f"its report names no valid output file ({output!r}); run "
                             "`woo-pipeline redact` again")
    pdf = report_path.parent / output
    if not pdf.is_file():
        raise PublishRefused(f"the redacted PDF {output} is missing next to its report; run "
                             "`woo-pipeline redact` again")
    with open(pdf, "rb") as fh:
        if fh.read(5) != b"%PDF-":
            raise PublishRefused(f"{output} is not a PDF file")
    actual = sha256_file(pdf)
    expected = report.get("output_sha256")
    if actual != expected:
        raise PublishRefused(
            f"{output} is not the file that was redacted and verified: its sha256 is {actual}, "
            f"the report says {expected}. Do not edit redacted files; run `woo-pipeline "
            "redact` again"
        )

    raw = report.get("metadata") or {}
    metadata = {k: str(raw[k]).strip() for k in PUBLIC_METADATA_FIELDS
                if raw.get(k) and str(raw[k]).strip()}
    forced_reason = None
    if not is_actief_openbaar(metadata.get(ACTIEF_OPENBAAR)):
        marking = metadata.get(ACTIEF_OPENBAAR)
        said = (f"its header says '{ACTIEF_OPENBAAR}: {marking}'" if marking
                else f"its header has no '{ACTIEF_OPENBAAR}' field")
        if not options.force_reason:
            raise PublishRefused(
                f"{said}. Publish it only after a decision to do so, with "
                "--force --reason '...' (and --only to name this document)"
            )
        forced_reason = f"{said}; forced: {options.force_reason}"

    identity, kind = None, "title"
    for label in IDENTITY_FIELDS:
        if metadata.get(label):
            identity, kind = metadata[label], label
            break
    title = metadata.get("title", "")
    identity = identity or title
    if not identity:
        raise PublishRefused("the nota has no reference (Onze referentie / Kenmerk) and no "
                             "title, so its versions cannot be told apart; add a reference")
    summary = report.get("summary") or {}
    model = report.get("model") or {}
    return NewVersion(
        identity=" ".join(identity.split()),
        identity_kind=kind,
        pdf_path=pdf,
        pdf_sha256=actual,
        title=title or identity,
        metadata=metadata,
        summary={"redactions": int(summary.get("redactions", 0)),
                 "by_ground": dict(summary.get("by_ground") or {}),
                 "by_type": dict(summary.get("by_type") or {})},
        organisation=options.publisher,
        information_category=options.information_category,
        source_document=str(report.get("document") or pdf.name),
        source_sha256=report.get("source_sha256"),
        pipeline_version=str(report.get("pipeline_version") or "unknown"),
        model_name=str(model.get("name") or "unknown"),
        model_version=str(model.get("version") or "unknown"),
        published_by=options.published_by or default_published_by(),
        forced_reason=forced_reason,
    )


def publish_reports(report_paths: Sequence[Path], archive_dir: Path, options: PublishOptions,
                    *, base: Path | None = None, without_report: Sequence[Path] = (),
                    on_result: Callable[[DocumentPublication], None] | None = None,
                    ) -> PublishResult:
    """Check and publish the documents of these reports; rebuild the public site after.

    Each document is its own transaction: an interruption keeps what was published before it.
    """
    from woo_pipeline.archive_html import write_public_site

    result = PublishResult(archive=str(archive_dir))

    def label_of(path: Path) -> str:
        return path.relative_to(base).as_posix() if base else str(path)

    def add(d: DocumentPublication) -> None:
        result.documents.append(d)
        if on_result:
            on_result(d)

    wanted = set(options.only)
    seen_wanted: set[str] = set()

    def selected(*names: str) -> bool:
        hits = wanted.intersection(names)
        seen_wanted.update(hits)
        return not wanted or bool(hits)

    for pdf in without_report:
        if selected(label_of(pdf), str(pdf)):
            add(DocumentPublication(label_of(pdf), "refused",
                                    "no report next to this PDF, so nothing shows it passed the "
                                    "checks; redact it with `woo-pipeline redact`"))
    candidates: list[tuple[str, NewVersion]] = []
    for report_path in report_paths:
        pdf_label = label_of(pdf_for_report(report_path))
        try:
            report = read_report(report_path)
        except PublishRefused as err:
            if selected(pdf_label, str(report_path)):
                add(DocumentPublication(pdf_label, "refused", str(err)))
            continue
        document = str(report.get("document") or pdf_label)
        if not selected(document, pdf_label, str(pdf_for_report(report_path))):
            continue
        try:
            candidates.append((document, check_document(report_path, report, options)))
        except PublishRefused as err:
            add(DocumentPublication(document, "refused", str(err)))
    for name in sorted(wanted - seen_wanted):
        add(DocumentPublication(name, "refused", "--only names a document that is not in "
                                                 "the output folder"))

    # Two different files claiming the same nota in one batch: which one is the newer version
    # is a human decision, so neither is published.
    contents: dict[str, set[str]] = {}
    for _, new in candidates:
        contents.setdefault(new.identity, set()).add(new.pdf_sha256)
    with Archive.open(archive_dir, create=True) as archive:
        for document, new in candidates:
            if len(contents[new.identity]) > 1:
                add(DocumentPublication(
                    document, "refused",
                    f"another document in this batch has the same reference {new.identity!r} "
                    "with different content; publish them one at a time (--only), in the "
                    "order of their versions"))
                continue
            try:
                outcome = archive.publish_version(new, now=options.now,
                                                  diwoo_xsd=options.diwoo_xsd)
            except (PublishRefused, DiwooError) as err:
                add(DocumentPublication(document, "refused", str(err)))
                continue
            except OSError as err:  # disk full, no permission: the transaction was rolled back
                add(DocumentPublication(
                    document, "refused",
                    f"could not be written to the archive ({err}); the archive is unchanged. "
                    "Check free space and permissions, then publish again"))
                continue
            message = outcome.message
            if new.forced_reason and outcome.status == "published":
                message += f"; {new.forced_reason}"
            add(DocumentPublication(document, outcome.status, message, outcome.nota_id,
                                    outcome.version, bool(new.forced_reason)))
        write_public_site(archive)
    result.documents.sort(key=lambda d: d.document)
    return result


def publish_out_dir(out_dir: Path, archive_dir: Path, options: PublishOptions,
                    on_result: Callable[[DocumentPublication], None] | None = None,
                    ) -> PublishResult:
    """Publish every redacted nota in `out_dir` (as written by `woo-pipeline redact`)."""
    reports, without_report = find_documents(out_dir, skip=archive_dir)
    return publish_reports(reports, archive_dir, options, base=out_dir,
                           without_report=without_report, on_result=on_result)


def run_and_publish(in_dir: Path, out_dir: Path, archive_dir: Path, run_options,
                    options: PublishOptions, on_document=None,
                    on_result: Callable[[DocumentPublication], None] | None = None):
    """Redact `in_dir` into `out_dir` (pipeline.run_batch), then publish what came out ok.

    Returns (BatchResult, PublishResult); the exit code is the most serious of both. Only the
    documents of this run are published, not older ones lying in `out_dir`.
    """
    from woo_pipeline.pipeline import run_batch

    batch = run_batch(in_dir, out_dir, run_options, on_result=on_document)
    reports = [Path(d.report) for d in batch.documents if d.status == "ok" and d.report]
    published = publish_reports(reports, archive_dir, options, base=out_dir,
                                on_result=on_result)
    return batch, published
