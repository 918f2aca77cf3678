"""The publication archive: a folder with a SQLite index, content-addressed PDFs and DiWoo XML.

Layout::

    A/index.sqlite                     notas, versions, withdrawals: the source of truth
    A/objects/<sha[:2]>/<sha256>.pdf   published PDFs, stored once per content, read-only
    A/diwoo/<nota-id>/v<N>.xml         DiWoo metadata of each version, read-only
    A/public/                          the static site for the public (derived, see archive_html)

Integrity: a version row is never updated or deleted (SQLite triggers refuse it); withdrawing
adds a row to `withdrawals`. Each version row carries the sha256 of its PDF and of its XML and
a hash of the row itself, and `verify` recomputes all of them.

Atomicity: a publish takes the index's write lock (BEGIN IMMEDIATE), writes the PDF and the
XML (each to a temporary file, fsync, os.replace, fsync of the folder) and only then inserts
the rows and commits, in one SQLite transaction with the rollback journal and
synchronous=FULL. Killed before the commit, the archive still holds the previous state: the
new files are not referenced by any row, and `verify` reports them as leftovers (`--repair`
removes them). Killed after the commit, the new version is complete. Existing files are never
rewritten: a PDF's path is its checksum, and a version number is never reused.

The library API::

    with Archive.open(Path("archive"), create=True) as archive:
        outcome = archive.publish_version(new_version)
        result = archive.verify()
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import sqlite3
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from woo_pipeline.diwoo import DiwooRecord, Organisation, build_diwoo_xml, validate_diwoo_xml
from woo_pipeline.errors import EXIT_USAGE, PublishRefused, WooPipelineError

INDEX_NAME = "index.sqlite"
OBJECTS_DIR = "objects"
DIWOO_DIR = "diwoo"
PUBLIC_DIR = "public"
SCHEMA_VERSION = 1

# Tests set this to a step name to have the process SIGKILLed right there, to prove that an
# interrupted publish leaves a consistent archive. Never set it in production.
CRASH_ENV = "WOO_TEST_CRASH_AT"
CRASH_POINTS = ("after_object", "after_files", "before_commit", "after_commit")

SCHEMA = """
CREATE TABLE IF NOT EXISTS notas (
    nota_id       TEXT PRIMARY KEY,
    identity      TEXT NOT NULL UNIQUE,   -- `Onze referentie`, `Kenmerk`, or else the title
    identity_kind TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS versions (
    nota_id              TEXT NOT NULL REFERENCES notas(nota_id),
    version              INTEGER NOT NULL CHECK (version >= 1),
    title                TEXT NOT NULL,
    reference            TEXT,
    nota_date            TEXT,
    actief_openbaar      TEXT,
    organisation_uri     TEXT NOT NULL,
    organisation_label   TEXT NOT NULL,
    information_category TEXT NOT NULL,
    metadata_json        TEXT NOT NULL,
    summary_json         TEXT NOT NULL,
    pdf_sha256           TEXT NOT NULL,
    pdf_size             INTEGER NOT NULL,
    diwoo_sha256         TEXT NOT NULL,
    source_document      TEXT NOT NULL,
    source_sha256        TEXT,
    pipeline_version     TEXT NOT NULL,
    model_name           TEXT NOT NULL,
    model_version        TEXT NOT NULL,
    published_at         TEXT NOT NULL,
    published_by         TEXT NOT NULL,
    forced_reason        TEXT,
    record_sha256        TEXT NOT NULL,
    PRIMARY KEY (nota_id, version),
    UNIQUE (nota_id, pdf_sha256)
);
CREATE TABLE IF NOT EXISTS withdrawals (
    nota_id      TEXT NOT NULL,
    version      INTEGER NOT NULL,
    withdrawn_at TEXT NOT NULL,
    reason       TEXT NOT NULL,
    withdrawn_by TEXT NOT NULL,
    PRIMARY KEY (nota_id, version),
    FOREIGN KEY (nota_id, version) REFERENCES versions(nota_id, version)
);
"""
# Published records are append-only: a correction is a new version, a retraction a withdrawal.
IMMUTABLE_TABLES = ("notas", "versions", "withdrawals")


class NotAnArchive(WooPipelineError):
    """The folder given as archive is missing, not an archive, or from a newer version."""

    exit_code = EXIT_USAGE


class ArchiveInconsistent(PublishRefused):
    """The archive's files no longer match its index; `archive verify` says where."""


@dataclass
class NewVersion:
    """A checked document ready for the archive (made by publish.py)."""

    identity: str
    identity_kind: str  # "Onze referentie" | "Kenmerk" | "title"
    pdf_path: Path
    pdf_sha256: str  # from the report; the stored bytes must hash to it
    title: str
    metadata: dict[str, str]  # public fields only
    summary: dict  # {"redactions": n, "by_ground": {...}, "by_type": {...}}
    organisation: Organisation
    information_category: str
    source_document: str
    source_sha256: str | None
    pipeline_version: str
    model_name: str
    model_version: str
    published_by: str
    forced_reason: str | None = None


@dataclass
class VersionRecord:
    """One published version, as stored, with its withdrawal if any."""

    nota_id: str
    version: int
    identity: str
    identity_kind: str
    title: str
    reference: str | None
    nota_date: str | None
    actief_openbaar: str | None
    organisation_uri: str
    organisation_label: str
    information_category: str
    metadata: dict[str, str]
    summary: dict
    pdf_sha256: str
    pdf_size: int
    diwoo_sha256: str
    source_document: str
    source_sha256: str | None
    pipeline_version: str
    model_name: str
    model_version: str
    published_at: str
    published_by: str
    forced_reason: str | None
    record_sha256: str
    withdrawn_at: str | None = None
    withdrawn_reason: str | None = None
    withdrawn_by: str | None = None

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    @property
    def pdf_relpath(self) -> str:
        return object_relpath(self.pdf_sha256)

    @property
    def diwoo_relpath(self) -> str:
        return diwoo_relpath(self.nota_id, self.version)

    def to_dict(self) -> dict:
        data = asdict(self)
        data.update(withdrawn=self.withdrawn, pdf_path=self.pdf_relpath,
                    diwoo_path=self.diwoo_relpath)
        return data


@dataclass
class PublishOutcome:
    status: str  # "published" | "unchanged"
    nota_id: str
    version: int
    message: str


@dataclass
class Discrepancy:
    path: str  # relative to the archive folder
    problem: str


@dataclass
class VerifyResult:
    versions: int = 0
    files: int = 0
    problems: list[Discrepancy] = field(default_factory=list)
    warnings: list[Discrepancy] = field(default_factory=list)
    repaired: list[Discrepancy] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict:
        return {"ok": self.ok, "versions": self.versions, "files": self.files,
                "problems": [asdict(p) for p in self.problems],
                "warnings": [asdict(w) for w in self.warnings],
                "repaired": [asdict(r) for r in self.repaired]}


# --- paths and small helpers -----------------------------------------------------------------
def object_relpath(sha256: str) -> str:
    return f"{OBJECTS_DIR}/{sha256[:2]}/{sha256}.pdf"


def diwoo_relpath(nota_id: str, version: int) -> str:
    return f"{DIWOO_DIR}/{nota_id}/v{version}.xml"


def public_file_name(nota_id: str, version: int, suffix: str) -> str:
    """The name of a published file in public/files/ (suffix ".pdf" or ".xml")."""
    return f"{nota_id}-v{version}{suffix}"


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def iso_utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def slugify(text: str) -> str:
    # Ids are used in file names and URLs: plain ASCII ("Financiële" -> "financiele").
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > 60:  # cut at a word boundary when there is one
        cut = slug[:61].rsplit("-", 1)[0]
        slug = cut if cut != slug[:61] else slug[:60]
    return slug or "nota"


def crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def fsync_dir(path: Path) -> None:
    # The rename itself must survive a power cut, not only the file's content.
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_file_atomically(data: bytes, path: Path) -> None:
    """Write `data` to `path` so that a crash leaves the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o444)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def canonical_json(data: dict) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def record_hash(row: dict) -> str:
    """The hash of a version row's content (every column but the hash itself)."""
    content = {k: v for k, v in row.items() if k != "record_sha256"}
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


# --- the archive -----------------------------------------------------------------------------
class Archive:
    """An open archive. Use `Archive.open(...)` as a context manager."""

    def __init__(self, root: Path, conn: sqlite3.Connection) -> None:
        self.root = root
        self.conn = conn

    # opening ----------------------------------------------------------------------------------
    @classmethod
    def open(cls, root: Path, create: bool = False) -> Archive:
        root = Path(root)
        index = root / INDEX_NAME
        if not index.exists():
            if not create:
                raise NotAnArchive(
                    f"{root} is not an archive (no {INDEX_NAME}); publish into it first with "
                    "`woo-pipeline publish OUT_DIR --archive "
                    f"{root}`"
                )
            # Another publisher creating the same new archive right now leaves only the index
            # (and its journal) behind: that is a new archive, not a foreign folder.
            if root.exists() and (
                not root.is_dir()
                or any(not p.name.startswith(INDEX_NAME) for p in root.iterdir())
            ):
                raise NotAnArchive(
                    f"{root} exists and is not an archive (no {INDEX_NAME}); give a new or "
                    "empty folder for a new archive"
                )
            root.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(index, timeout=60, isolation_level=None)
        conn.row_factory = sqlite3.Row
        # The rollback journal keeps the whole archive state in index.sqlite (WAL would keep
        # recent commits in a side file that a plain copy of the folder could miss).
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        archive = cls(root, conn)
        try:
            archive._ensure_schema()
        except BaseException:
            conn.close()
            raise
        return archive

    def _ensure_schema(self) -> None:
        found = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if found > SCHEMA_VERSION:
            raise NotAnArchive(
                f"{self.root} was written by a newer woo-pipeline (archive schema {found}, this "
                f"version knows {SCHEMA_VERSION}); upgrade woo-pipeline"
            )
        if found == SCHEMA_VERSION:
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            # One statement at a time: executescript() would commit the open transaction.
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    self.conn.execute(statement)
            for table in IMMUTABLE_TABLES:
                for op in ("UPDATE", "DELETE"):
                    self.conn.execute(
                        f"CREATE TRIGGER IF NOT EXISTS {table}_no_{op.lower()} BEFORE {op} "
                        f"ON {table} BEGIN SELECT RAISE(ABORT, 'published archive records "
                        "are never changed or deleted; publish a new version or withdraw "
                        "one instead'); END"
                    )
            self.conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # reading ----------------------------------------------------------------------------------
    def versions(self, nota_id: str | None = None) -> list[VersionRecord]:
        """Every version (of the nota with this id), oldest first per nota."""
        sql = (
            "SELECT v.*, n.identity, n.identity_kind, w.withdrawn_at, w.reason AS "
            "withdrawn_reason, w.withdrawn_by FROM versions v JOIN notas n USING (nota_id) "
            "LEFT JOIN withdrawals w USING (nota_id, version)"
        )
        params: tuple = ()
        if nota_id is not None:
            sql += " WHERE v.nota_id = ?"
            params = (nota_id,)
        sql += " ORDER BY v.nota_id, v.version"
        return [self._record(row) for row in self.conn.execute(sql, params)]

    def find_nota(self, nota: str) -> str:
        """The nota id for an id or else an identity (its reference or title)."""
        row = (self.conn.execute("SELECT nota_id FROM notas WHERE nota_id = ?", (nota,)).fetchone()
               or self.conn.execute("SELECT nota_id FROM notas WHERE identity = ?",
                                    (nota,)).fetchone())
        if row is None:
            raise PublishRefused(
                f"no nota {nota!r} in {self.root}; `woo-pipeline archive list {self.root}` "
                "shows the ids and references"
            )
        return row["nota_id"]

    @staticmethod
    def _record(row: sqlite3.Row) -> VersionRecord:
        data = dict(row)
        data["metadata"] = json.loads(data.pop("metadata_json"))
        data["summary"] = json.loads(data.pop("summary_json"))
        return VersionRecord(**data)

    # publishing -------------------------------------------------------------------------------
    def publish_version(self, new: NewVersion, now: datetime | None = None,
                        diwoo_xsd: Path | None = None) -> PublishOutcome:
        """Add `new` as the next version of its nota, or report it unchanged.

        Raises PublishRefused when the PDF does not match its checksum, when identical content
        was withdrawn before, or when the DiWoo XML does not validate against `diwoo_xsd`.
        """
        moment = (now or utc_now()).astimezone(timezone.utc)
        self.conn.execute("BEGIN IMMEDIATE")  # one publisher at a time; held until COMMIT
        try:
            outcome = self._publish_locked(new, moment, diwoo_xsd)
            if outcome.status == "unchanged":
                self.conn.execute("ROLLBACK")
                return outcome
            crash_point("before_commit")
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        crash_point("after_commit")
        return outcome

    def _publish_locked(self, new: NewVersion, moment: datetime,
                        diwoo_xsd: Path | None) -> PublishOutcome:
        published_at = iso_utc(moment)
        row = self.conn.execute(
            "SELECT nota_id FROM notas WHERE identity = ?", (new.identity,)
        ).fetchone()
        nota_id = row["nota_id"] if row else self._new_nota_id(new.identity)
        existing = self.versions(nota_id) if row else []
        for old in existing:
            if old.pdf_sha256 != new.pdf_sha256:
                continue
            if old.withdrawn:
                raise PublishRefused(
                    f"this content is identical to version {old.version} of {nota_id}, which "
                    f"was withdrawn ({old.withdrawn_reason}); publish a corrected nota instead"
                )
            latest = existing[-1].version
            note = "" if old.version == latest else f" (the latest version is v{latest})"
            return PublishOutcome("unchanged", nota_id, old.version,
                                  f"identical to version {old.version} of {nota_id}{note}; "
                                  "no new version")
        version = existing[-1].version + 1 if existing else 1

        # Build the XML before writing anything, so a metadata problem leaves no files behind.
        diwoo_xml = build_diwoo_xml(DiwooRecord(
            title=new.title,
            publisher=new.organisation,
            information_category=new.information_category,
            published_at=moment,
            version=version,
            reference=new.identity if new.identity_kind != "title" else None,
            nota_date=new.metadata.get("Datum"),
            redactions_by_ground=dict(new.summary.get("by_ground", {})),
        ))
        if diwoo_xsd is not None:
            errors = validate_diwoo_xml(diwoo_xml, diwoo_xsd)
            if errors:
                raise PublishRefused(
                    "the DiWoo metadata does not validate against "
                    f"{diwoo_xsd}: {errors[0]}; check the publisher URI and the category"
                )

        pdf_size = self._store_object(new.pdf_path, new.pdf_sha256)
        crash_point("after_object")
        write_file_atomically(diwoo_xml, self.root / diwoo_relpath(nota_id, version))
        crash_point("after_files")

        if not row:
            self.conn.execute(
                "INSERT INTO notas (nota_id, identity, identity_kind, created_at) "
                "VALUES (?, ?, ?, ?)", (nota_id, new.identity, new.identity_kind, published_at))
        record = {
            "nota_id": nota_id,
            "version": version,
            "title": new.title,
            "reference": new.identity if new.identity_kind != "title" else None,
            "nota_date": new.metadata.get("Datum"),
            "actief_openbaar": new.metadata.get("Nota actief openbaar"),
            "organisation_uri": new.organisation.uri,
            "organisation_label": new.organisation.label,
            "information_category": new.information_category,
            "metadata_json": canonical_json(new.metadata),
            "summary_json": canonical_json(new.summary),
            "pdf_sha256": new.pdf_sha256,
            "pdf_size": pdf_size,
            "diwoo_sha256": hashlib.sha256(diwoo_xml).hexdigest(),
            "source_document": new.source_document,
            "source_sha256": new.source_sha256,
            "pipeline_version": new.pipeline_version,
            "model_name": new.model_name,
            "model_version": new.model_version,
            "published_at": published_at,
            "published_by": new.published_by,
            "forced_reason": new.forced_reason,
        }
        record["record_sha256"] = record_hash(record)
        columns = ", ".join(record)
        self.conn.execute(f"INSERT INTO versions ({columns}) VALUES "
                          f"({', '.join('?' * len(record))})", tuple(record.values()))
        message = f"published as {nota_id} v{version}"
        if version > 1:
            message += f" (replaces v{version - 1})"
        return PublishOutcome("published", nota_id, version, message)

    def _new_nota_id(self, identity: str) -> str:
        slug = slugify(identity)
        taken = self.conn.execute("SELECT 1 FROM notas WHERE nota_id = ?", (slug,)).fetchone()
        if taken:  # two identities with the same slug: keep both apart by a short hash
            slug = f"{slug}-{hashlib.sha256(identity.encode('utf-8')).hexdigest()[:8]}"
        return slug

    def _store_object(self, src: Path, expected_sha256: str) -> int:
        """Copy `src` into objects/ under its checksum; return its size.

        The checksum is computed over the bytes actually copied, so a file that changed after
        the checks cannot slip in under the old checksum.
        """
        dest = self.root / object_relpath(expected_sha256)
        if dest.exists():
            if sha256_file(dest) != expected_sha256:
                raise ArchiveInconsistent(
                    f"the archived file {object_relpath(expected_sha256)} no longer matches its "
                    f"checksum; run `woo-pipeline archive verify {self.root}`"
                )
            return dest.stat().st_size
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=dest.parent)
        try:
            h = hashlib.sha256()
            size = 0
            with os.fdopen(fd, "wb") as out, open(src, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            if h.hexdigest() != expected_sha256:
                raise PublishRefused(
                    f"{src} changed while it was being published (sha256 {h.hexdigest()}, the "
                    f"report says {expected_sha256}); run `woo-pipeline redact` again"
                )
            os.chmod(tmp, 0o444)
            os.replace(tmp, dest)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        fsync_dir(dest.parent)
        return size

    # withdrawing ------------------------------------------------------------------------------
    def withdraw(self, nota: str, version: int | None, reason: str, by: str,
                 now: datetime | None = None) -> VersionRecord:
        """Mark one version withdrawn (default: the latest). Its files stay for traceability."""
        if not reason.strip():
            raise PublishRefused("a withdrawal needs a reason; give it with --reason")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            nota_id = self.find_nota(nota)
            versions = self.versions(nota_id)
            wanted = version if version is not None else versions[-1].version
            match = [v for v in versions if v.version == wanted]
            if not match:
                raise PublishRefused(
                    f"{nota_id} has no version {wanted} (it has "
                    f"{', '.join(f'v{v.version}' for v in versions)})"
                )
            if match[0].withdrawn:
                raise PublishRefused(
                    f"{nota_id} v{wanted} was already withdrawn on {match[0].withdrawn_at}"
                )
            self.conn.execute(
                "INSERT INTO withdrawals (nota_id, version, withdrawn_at, reason, withdrawn_by) "
                "VALUES (?, ?, ?, ?, ?)",
                (nota_id, wanted, iso_utc(now or utc_now()), reason.strip(), by),
            )
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        return next(v for v in self.versions(nota_id) if v.version == wanted)

    # verifying --------------------------------------------------------------------------------
    def verify(self, repair: bool = False, diwoo_xsd: Path | None = None) -> VerifyResult:
        """Recompute every checksum and compare the folder with the index.

        Problems: an archived file missing or changed, a row changed, a withdrawn or altered
        file in public/. Warnings: leftovers of an interrupted publish, and versions not yet
        in public/ (run `archive html`). With `repair`, leftovers and wrong public files are
        removed (the caller then rebuilds the public site); archived content is never touched.
        """
        result = VerifyResult()
        if not repair:
            # No lock: a publish running meanwhile only shows up as leftovers (warnings).
            self._verify_files(result, repair, diwoo_xsd)
            return result
        # Repair deletes files: the write lock keeps a publisher from writing new ones meanwhile.
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self._verify_files(result, repair, diwoo_xsd)
        finally:
            self.conn.execute("ROLLBACK")
        return result

    def _verify_files(self, result: VerifyResult, repair: bool,
                       diwoo_xsd: Path | None) -> None:
        integrity = self.conn.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            result.problems.append(Discrepancy(INDEX_NAME, f"SQLite integrity check: {integrity}"))
        versions = self.versions()
        result.versions = len(versions)
        expected: dict[str, str] = {}  # relative path -> sha256
        for v in versions:
            row = dict(self.conn.execute(
                "SELECT * FROM versions WHERE nota_id = ? AND version = ?",
                (v.nota_id, v.version)).fetchone())
            if record_hash(row) != v.record_sha256:
                result.problems.append(Discrepancy(
                    INDEX_NAME, f"the index row of {v.nota_id} v{v.version} was changed"))
            expected[v.pdf_relpath] = v.pdf_sha256
            expected[v.diwoo_relpath] = v.diwoo_sha256
            if diwoo_xsd is not None and (self.root / v.diwoo_relpath).exists():
                for err in validate_diwoo_xml((self.root / v.diwoo_relpath).read_bytes(),
                                              diwoo_xsd)[:1]:
                    result.problems.append(Discrepancy(v.diwoo_relpath, f"invalid DiWoo: {err}"))
        for rel, sha in sorted(expected.items()):
            result.files += 1
            problem = self._check_file(rel, sha)
            if problem:
                result.problems.append(Discrepancy(rel, problem))
        for path in self._files_under(OBJECTS_DIR, DIWOO_DIR):
            rel = path.relative_to(self.root).as_posix()
            if rel in expected:
                continue
            note = Discrepancy(rel, "not in the index: left by an interrupted publish")
            if repair:
                path.unlink()
                result.repaired.append(note)
            else:
                result.warnings.append(note)
        self._verify_public(result, versions, repair)

    def _verify_public(self, result: VerifyResult, versions: list[VersionRecord],
                       repair: bool) -> None:
        files_dir = self.root / PUBLIC_DIR / "files"
        public: dict[str, str] = {}
        for v in versions:
            if not v.withdrawn:
                public[public_file_name(v.nota_id, v.version, ".pdf")] = v.pdf_sha256
                public[public_file_name(v.nota_id, v.version, ".xml")] = v.diwoo_sha256
        present = {p.name: p for p in files_dir.iterdir()} if files_dir.is_dir() else {}
        for name, path in sorted(present.items()):
            rel = f"{PUBLIC_DIR}/files/{name}"
            if name not in public:
                problem = "is public but is not a current publication (withdrawn or unknown)"
            elif sha256_file(path) != public[name]:
                problem = "differs from the archived file it is a copy of"
            else:
                continue
            note = Discrepancy(rel, problem)
            if repair:
                path.unlink()
                result.repaired.append(note)
            else:
                result.problems.append(Discrepancy(rel, problem + "; run `archive html`"))
        missing = sorted(set(public) - set(present))
        if missing:
            result.warnings.append(Discrepancy(
                f"{PUBLIC_DIR}/files",
                f"{len(missing)} published file(s) not in the public site yet "
                f"(e.g. {missing[0]}); run `woo-pipeline archive html {self.root}`"))

    def _check_file(self, rel: str, sha: str) -> str | None:
        path = self.root / rel
        if not path.is_file():
            return "missing"
        actual = sha256_file(path)
        if actual != sha:
            return f"content changed: sha256 is {actual}, the index says {sha}"
        return None

    def _files_under(self, *dirs: str) -> Iterator[Path]:
        for d in dirs:
            base = self.root / d
            if base.is_dir():
                yield from sorted(p for p in base.rglob("*") if p.is_file())
