"""The publication archive: rules, versions, integrity, atomicity, withdrawal, CLI and site.

Every test builds its own small OUT_DIR: one-page PDFs made with PyMuPDF and hand-written
reports in the woo-pipeline/report/v1 format, so nothing here depends on the redaction
pipeline itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import click
import pymupdf
import pytest
from click.testing import CliRunner

from woo_pipeline import archive as archive_module
from woo_pipeline.archive import CRASH_ENV, CRASH_POINTS, Archive
from woo_pipeline.archive_cli import register
from woo_pipeline.diwoo import Organisation
from woo_pipeline.errors import EXIT_PUBLISH_REFUSED, EXIT_USAGE
from woo_pipeline.publish import PublishOptions, publish_out_dir

ROOT = Path(__file__).resolve().parent.parent
BZK = Organisation("https://identifier.overheid.nl/tooi/id/ministerie/mnre1034",
                   "ministerie van Binnenlandse Zaken en Koninkrijksrelaties")
NOW = datetime(2024, 4, 2, 10, 0, tzinfo=timezone.utc)
# Runs the publication CLI the way `woo-pipeline` will once cli.py calls register(main).
CLI_SCRIPT = ("import click; from woo_pipeline.archive_cli import register; "
              "g = click.Group('woo-pipeline'); register(g); g(prog_name='woo-pipeline')")


def make_nota(out_dir: Path, rel: str, text: str = "Beslisnota", *, status: str = "ok",
              reference: str | None = "2024-0000123456", actief: str | None = "Ja",
              title: str = "Beslisnota Voortgangsbrief Weerbaar Bestuur",
              extra: dict | None = None, sha_override: str | None = None) -> Path:
    """Write `rel` (a one-page PDF) and its report into out_dir; return the PDF path."""
    pdf = out_dir / rel
    pdf.parent.mkdir(parents=True, exist_ok=True)
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), text)
    doc.save(pdf)
    doc.close()
    metadata = {"title": title, "Datum": "12 maart 2024", **(extra or {})}
    if reference:
        metadata["Onze referentie"] = reference
    if actief is not None:
        metadata["Nota actief openbaar"] = actief
    report = {
        "schema": "woo-pipeline/report/v1", "pipeline_version": "0.1.0",
        "model": {"name": "nl_woo_test", "version": "0.0.1"}, "document": rel,
        "source_sha256": "0" * 64, "status": status, "message": "",
        "output": pdf.name if status == "ok" else None,
        "output_sha256": sha_override or hashlib.sha256(pdf.read_bytes()).hexdigest(),
        "pages": 1, "metadata": metadata,
        "summary": {"redactions": 4, "kept": 1, "by_type": {"PERSON": 3, "EMAIL": 1},
                    "by_ground": {"5.1.2e": 4}},
        "redactions": [], "kept": [], "warnings": [], "seconds": 0.1,
    }
    pdf.with_name(pdf.stem + ".report.json").write_text(json.dumps(report), encoding="utf-8")
    return pdf


def options(**kw) -> PublishOptions:
    return PublishOptions(publisher=BZK, published_by="tester", now=kw.pop("now", NOW), **kw)


def versions(archive_dir: Path) -> list:
    with Archive.open(archive_dir) as a:
        return a.versions()


def verify(archive_dir: Path, repair: bool = False):
    with Archive.open(archive_dir) as a:
        return a.verify(repair=repair)


def cli():
    group = click.Group("woo-pipeline")
    register(group)
    return group


def invoke(*args: str):
    return CliRunner().invoke(cli(), [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    d = tmp_path / "out"
    d.mkdir()
    return d


@pytest.fixture
def arch(tmp_path: Path) -> Path:
    return tmp_path / "archive"


# --- versions --------------------------------------------------------------------------------
def test_publish_creates_one_version_with_pdf_xml_and_site(out: Path, arch: Path) -> None:
    pdf = make_nota(out, "bzk/nota.pdf")
    result = publish_out_dir(out, arch, options())
    assert result.exit_code == 0
    assert [(d.status, d.version) for d in result.documents] == [("published", 1)]
    [v] = versions(arch)
    assert (v.nota_id, v.version, v.reference) == ("2024-0000123456", 1, "2024-0000123456")
    assert (arch / v.pdf_relpath).read_bytes() == pdf.read_bytes()
    assert (arch / v.diwoo_relpath).is_file()
    assert v.summary["by_ground"] == {"5.1.2e": 4}
    assert (v.pipeline_version, v.model_name, v.model_version) == ("0.1.0", "nl_woo_test",
                                                                   "0.0.1")
    assert (v.published_at, v.published_by) == ("2024-04-02T10:00:00Z", "tester")
    assert (v.organisation_uri, v.actief_openbaar) == (BZK.uri, "Ja")
    assert (arch / "public" / "index.html").is_file()
    assert (arch / "public" / "files" / "2024-0000123456-v1.pdf").read_bytes() == pdf.read_bytes()
    assert verify(arch).ok


def test_publishing_again_creates_no_new_version(out: Path, arch: Path) -> None:
    make_nota(out, "bzk/nota.pdf")
    publish_out_dir(out, arch, options())
    index_before = (arch / "index.sqlite").read_bytes()
    again = publish_out_dir(out, arch, options())
    assert again.exit_code == 0
    assert [d.status for d in again.documents] == ["unchanged"]
    assert len(versions(arch)) == 1
    assert (arch / "index.sqlite").read_bytes() == index_before


def test_changed_nota_becomes_version_2_and_version_1_stays_byte_identical(
        out: Path, arch: Path) -> None:
    make_nota(out, "bzk/nota.pdf", "eerste versie")
    publish_out_dir(out, arch, options())
    [v1] = versions(arch)
    v1_pdf, v1_xml = (arch / v1.pdf_relpath).read_bytes(), (arch / v1.diwoo_relpath).read_bytes()

    make_nota(out, "bzk/nota.pdf", "gecorrigeerde versie")
    result = publish_out_dir(out, arch, options())
    assert [(d.status, d.version) for d in result.documents] == [("published", 2)]
    old, new = versions(arch)
    assert (old.version, new.version) == (1, 2)
    assert new.pdf_sha256 != old.pdf_sha256
    assert (arch / old.pdf_relpath).read_bytes() == v1_pdf
    assert (arch / old.diwoo_relpath).read_bytes() == v1_xml
    assert verify(arch).ok


def test_republishing_an_older_version_does_not_create_a_new_one(out: Path, arch: Path) -> None:
    make_nota(out, "bzk/nota.pdf", "eerste versie")
    publish_out_dir(out, arch, options())
    first = (out / "bzk" / "nota.pdf").read_bytes(), (out / "bzk" / "nota.report.json").read_text()
    make_nota(out, "bzk/nota.pdf", "tweede versie")
    publish_out_dir(out, arch, options())
    (out / "bzk" / "nota.pdf").write_bytes(first[0])
    (out / "bzk" / "nota.report.json").write_text(first[1])
    result = publish_out_dir(out, arch, options())
    assert [(d.status, d.version) for d in result.documents] == [("unchanged", 1)]
    assert "latest version is v2" in result.documents[0].message


def test_nota_without_reference_is_identified_by_its_title(out: Path, arch: Path) -> None:
    make_nota(out, "a/nota.pdf", "eerste", reference=None, title="Beslisnota Zonder Kenmerk")
    publish_out_dir(out, arch, options())
    make_nota(out, "a/nota.pdf", "tweede", reference=None, title="Beslisnota Zonder Kenmerk")
    publish_out_dir(out, arch, options())
    assert [(v.nota_id, v.version, v.identity_kind) for v in versions(arch)] == [
        ("beslisnota-zonder-kenmerk", 1, "title"), ("beslisnota-zonder-kenmerk", 2, "title")]


def test_two_different_files_with_one_reference_in_a_batch_are_both_refused(
        out: Path, arch: Path) -> None:
    make_nota(out, "a/nota.pdf", "inhoud a")
    make_nota(out, "b/nota.pdf", "inhoud b")
    result = publish_out_dir(out, arch, options())
    assert [d.status for d in result.documents] == ["refused", "refused"]
    assert "same reference" in result.documents[0].message
    assert versions(arch) == []


# --- the rules -------------------------------------------------------------------------------
@pytest.mark.parametrize("actief", ["Nee", None], ids=["Nee", "no-field"])
def test_nota_not_actief_openbaar_is_refused_unless_forced_with_reason(
        out: Path, arch: Path, actief: str | None) -> None:
    make_nota(out, "bzk/nota.pdf", actief=actief)
    refused = publish_out_dir(out, arch, options())
    assert refused.exit_code == EXIT_PUBLISH_REFUSED
    assert refused.documents[0].status == "refused"
    assert "Nota actief openbaar" in refused.documents[0].message
    assert versions(arch) == []

    forced = publish_out_dir(out, arch, options(force_reason="besluit van de SG, 3 april"))
    assert forced.exit_code == 0
    assert forced.documents[0].forced
    [v] = versions(arch)
    assert "besluit van de SG, 3 april" in v.forced_reason


def test_force_needs_a_reason_on_the_command_line(out: Path, arch: Path) -> None:
    make_nota(out, "bzk/nota.pdf", actief="Nee")
    result = invoke("publish", out, "--archive", arch, "--force")
    assert result.exit_code == EXIT_USAGE
    assert "--reason" in result.output


def test_force_with_only_publishes_just_the_named_document(out: Path, arch: Path) -> None:
    make_nota(out, "a/nota.pdf", "a", actief="Nee", reference="A-1")
    make_nota(out, "b/nota.pdf", "b", actief="Nee", reference="B-2")
    result = invoke("publish", out, "--archive", arch, "--force", "--reason", "besluit DG",
                    "--only", "a/nota.pdf")
    assert result.exit_code == 0, result.output
    assert [v.identity for v in versions(arch)] == ["A-1"]
    assert "FORCED" in result.stderr


@pytest.mark.parametrize("status", ["pending_review", "verification_failed", "rejected",
                                    "failed"])
def test_failed_or_pending_documents_are_never_published_even_forced(
        out: Path, arch: Path, status: str) -> None:
    make_nota(out, "bzk/nota.pdf", status=status)
    result = publish_out_dir(out, arch, options(force_reason="toch publiceren"))
    assert result.exit_code == EXIT_PUBLISH_REFUSED
    assert result.documents[0].status == "refused"
    assert "not even with --force" in result.documents[0].message
    assert versions(arch) == []


def test_pdf_that_differs_from_its_report_is_refused(out: Path, arch: Path) -> None:
    make_nota(out, "bzk/nota.pdf", sha_override="ab" * 32)
    result = publish_out_dir(out, arch, options())
    assert result.exit_code == EXIT_PUBLISH_REFUSED
    assert "sha256" in result.documents[0].message
    assert versions(arch) == []
    assert not list((arch / "objects").rglob("*.pdf")) if (arch / "objects").exists() else True


def test_pdf_without_report_is_refused(out: Path, arch: Path) -> None:
    make_nota(out, "bzk/nota.pdf")
    (out / "los.pdf").write_bytes((out / "bzk" / "nota.pdf").read_bytes())
    result = invoke("publish", out, "--archive", arch)
    assert result.exit_code == EXIT_PUBLISH_REFUSED
    assert "los.pdf: REFUSED: no report" in result.stderr
    assert len(versions(arch)) == 1


def test_public_metadata_is_limited_to_the_allowed_fields(out: Path, arch: Path) -> None:
    make_nota(out, "bzk/nota.pdf", extra={"Van": "Jan de Vries", "Aan": "Karin Bakker"})
    publish_out_dir(out, arch, options())
    [v] = versions(arch)
    assert set(v.metadata) == {"title", "Datum", "Onze referentie", "Nota actief openbaar"}
    for path in [arch / "index.sqlite", *(arch / "public").rglob("*.*")]:
        data = path.read_bytes()
        assert b"Jan de Vries" not in data and b"Karin Bakker" not in data, path


# --- integrity -------------------------------------------------------------------------------
def flip_byte(path: Path, offset: int = 200) -> None:
    path.chmod(0o644)
    data = bytearray(path.read_bytes())
    data[offset % len(data)] ^= 0x01
    path.write_bytes(bytes(data))


def test_verify_catches_one_flipped_byte_and_names_the_file(out: Path, arch: Path) -> None:
    make_nota(out, "bzk/nota.pdf")
    publish_out_dir(out, arch, options())
    assert invoke("archive", "verify", arch).exit_code == 0
    [v] = versions(arch)
    flip_byte(arch / v.pdf_relpath)
    result = invoke("archive", "verify", arch)
    assert result.exit_code == EXIT_PUBLISH_REFUSED
    assert v.pdf_relpath in result.stderr
    assert "content changed" in result.stderr
    as_json = json.loads(invoke("archive", "verify", arch, "--json").stdout)
    assert as_json["ok"] is False
    assert [p["path"] for p in as_json["problems"]] == [v.pdf_relpath]


def test_verify_catches_a_changed_diwoo_file_and_a_changed_public_copy(
        out: Path, arch: Path) -> None:
    make_nota(out, "bzk/nota.pdf")
    publish_out_dir(out, arch, options())
    [v] = versions(arch)
    flip_byte(arch / v.diwoo_relpath, 60)
    flip_byte(arch / "public" / "files" / "2024-0000123456-v1.pdf")
    result = verify(arch)
    assert {p.path for p in result.problems} == {
        v.diwoo_relpath, "public/files/2024-0000123456-v1.pdf"}


def test_verify_catches_a_missing_file(out: Path, arch: Path) -> None:
    make_nota(out, "bzk/nota.pdf")
    publish_out_dir(out, arch, options())
    [v] = versions(arch)
    (arch / v.pdf_relpath).unlink()
    assert [(p.path, p.problem) for p in verify(arch).problems] == [(v.pdf_relpath, "missing")]


def test_published_rows_cannot_be_changed_and_a_forced_change_is_detected(
        out: Path, arch: Path) -> None:
    make_nota(out, "bzk/nota.pdf")
    publish_out_dir(out, arch, options())
    conn = sqlite3.connect(arch / "index.sqlite")
    with pytest.raises(sqlite3.DatabaseError, match="never changed"):
        conn.execute("UPDATE versions SET title = 'iets anders'")
    with pytest.raises(sqlite3.DatabaseError, match="never changed"):
        conn.execute("DELETE FROM versions")
    # Someone who drops the guard and edits the row directly is still caught by verify.
    conn.execute("DROP TRIGGER versions_no_update")
    conn.execute("UPDATE versions SET title = 'iets anders'")
    conn.commit()
    conn.close()
    assert [p.path for p in verify(arch).problems] == ["index.sqlite"]


# --- atomicity -------------------------------------------------------------------------------
# The library in a fresh process (fast); the CLI variant is tested once below.
LIBRARY_SCRIPT = (
    "import sys; from pathlib import Path; from woo_pipeline.diwoo import Organisation; "
    "from woo_pipeline.publish import PublishOptions, publish_out_dir; "
    f"org = Organisation({BZK.uri!r}, {BZK.label!r}); "
    "r = publish_out_dir(Path(sys.argv[1]), Path(sys.argv[2]), "
    "PublishOptions(publisher=org, published_by='tester')); sys.exit(r.exit_code)"
)


def publish_in_subprocess(out: Path, arch: Path, crash_at: str | None, via_cli: bool = False):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop(CRASH_ENV, None)
    if crash_at:
        env[CRASH_ENV] = crash_at
    if via_cli:
        args = [CLI_SCRIPT, "publish", str(out), "--archive", str(arch)]
    else:
        args = [LIBRARY_SCRIPT, str(out), str(arch)]
    return subprocess.run([sys.executable, "-c", *args], env=env, capture_output=True,
                          text=True, timeout=120, cwd=out.parent)


def prepare_second_publish(out: Path, arch: Path) -> tuple[set, dict]:
    """Publish two notas, then change one and add one: the next publish has two new versions."""
    make_nota(out, "bzk/nota.pdf", "eerste versie")
    make_nota(out, "ander/nota.pdf", "andere nota", reference="2024-0000999")
    publish_out_dir(out, arch, options())
    before = {(v.nota_id, v.version, v.pdf_sha256) for v in versions(arch)}
    files = {rel: (arch / rel).read_bytes()
             for v in versions(arch) for rel in (v.pdf_relpath, v.diwoo_relpath)}
    make_nota(out, "bzk/nota.pdf", "tweede versie")
    make_nota(out, "nieuw/nota.pdf", "nieuwe nota", reference="2024-0000777")
    return before, files


def assert_previous_state_kept(arch: Path, before: set, files: dict, crash_at: str) -> None:
    result = verify(arch)
    assert result.ok, result.problems
    after = {(v.nota_id, v.version, v.pdf_sha256) for v in versions(arch)}
    if crash_at == "after_commit":
        # The first new document was committed completely just before the kill.
        assert len(after - before) == 1 and before <= after
    else:
        assert after == before  # exactly the previous state
    for rel, data in files.items():
        assert (arch / rel).read_bytes() == data


@pytest.mark.parametrize("crash_at", CRASH_POINTS)
def test_publish_killed_at_any_step_leaves_a_consistent_archive(
        out: Path, arch: Path, crash_at: str) -> None:
    before, files = prepare_second_publish(out, arch)
    killed = publish_in_subprocess(out, arch, crash_at)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert_previous_state_kept(arch, before, files, crash_at)

    # Publishing again completes the job; repair clears what the killed run left behind.
    finished = publish_in_subprocess(out, arch, None)
    assert finished.returncode == 0, finished.stderr
    assert len(versions(arch)) == 4
    repaired = verify(arch, repair=True)
    assert repaired.ok and not repaired.problems
    clean = verify(arch)
    assert clean.ok and not clean.warnings, clean.warnings


def test_the_publish_command_killed_halfway_leaves_the_previous_state(
        out: Path, arch: Path) -> None:
    before, files = prepare_second_publish(out, arch)
    killed = publish_in_subprocess(out, arch, "after_files", via_cli=True)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert_previous_state_kept(arch, before, files, "after_files")
    leftovers = invoke("archive", "verify", arch)
    assert leftovers.exit_code == 0
    assert "left by an interrupted publish" in leftovers.stderr


def test_two_publishers_at_once_both_succeed(tmp_path: Path, arch: Path) -> None:
    outs = []
    for i in range(2):
        out = tmp_path / f"out{i}"
        for j in range(3):
            make_nota(out, f"n{j}/nota.pdf", f"batch {i} nota {j}", reference=f"2024-{i}{j}")
        outs.append(out)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop(CRASH_ENV, None)
    runs = [subprocess.Popen([sys.executable, "-c", LIBRARY_SCRIPT, str(o), str(arch)], env=env,
                             stderr=subprocess.PIPE, text=True) for o in outs]
    for p in runs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    assert len(versions(arch)) == 6
    result = verify(arch)
    assert result.ok and not result.warnings, (result.problems, result.warnings)


def test_an_archive_inside_the_output_folder_is_not_published_from(out: Path) -> None:
    make_nota(out, "bzk/nota.pdf")
    inside = out / "archief"
    assert publish_out_dir(out, inside, options()).exit_code == 0
    again = publish_out_dir(out, inside, options())
    assert [(d.document, d.status) for d in again.documents] == [("bzk/nota.pdf", "unchanged")]


def test_a_failing_write_keeps_the_previous_state(out: Path, arch: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    make_nota(out, "bzk/nota.pdf", "eerste versie")
    publish_out_dir(out, arch, options())
    before = versions(arch)
    make_nota(out, "bzk/nota.pdf", "tweede versie")
    real_replace = os.replace

    def replace_fails_for_diwoo(src, dst):
        if "diwoo" in str(dst):
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(archive_module.os, "replace", replace_fails_for_diwoo)
    result = publish_out_dir(out, arch, options())
    monkeypatch.undo()
    assert result.exit_code == EXIT_PUBLISH_REFUSED
    assert "No space left" in result.documents[0].message
    assert versions(arch) == before
    assert verify(arch).ok


# --- withdrawal ------------------------------------------------------------------------------
def test_withdraw_marks_the_version_and_removes_it_from_the_public_site(
        out: Path, arch: Path) -> None:
    make_nota(out, "bzk/nota.pdf")
    publish_out_dir(out, arch, options())
    [v] = versions(arch)
    result = invoke("archive", "withdraw", arch, "2024-0000123456", "--reason",
                    "correctie privacygevoelige gegevens", "--by", "tester", "--json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["withdrawn"] is True
    assert record["withdrawn_reason"] == "correctie privacygevoelige gegevens"
    [w] = versions(arch)
    assert w.withdrawn and w.withdrawn_by == "tester"
    assert (arch / w.pdf_relpath).is_file()  # kept for traceability
    assert not (arch / "public" / "files" / "2024-0000123456-v1.pdf").exists()
    page = (arch / "public" / "nota" / "2024-0000123456.html").read_text(encoding="utf-8")
    assert "Ingetrokken" in page and "correctie privacygevoelige gegevens" in page
    assert ".pdf" not in page
    assert verify(arch).ok

    again = invoke("archive", "withdraw", arch, "2024-0000123456", "--reason", "nogmaals")
    assert again.exit_code == EXIT_PUBLISH_REFUSED
    assert "already withdrawn" in again.stderr
    # The withdrawn content cannot come back under the same reference.
    republished = publish_out_dir(out, arch, options())
    assert republished.documents[0].status == "refused"
    assert "withdrawn" in republished.documents[0].message


def test_withdrawn_v1_keeps_v2_public(out: Path, arch: Path) -> None:
    make_nota(out, "bzk/nota.pdf", "eerste versie")
    publish_out_dir(out, arch, options())
    make_nota(out, "bzk/nota.pdf", "tweede versie")
    publish_out_dir(out, arch, options())
    assert invoke("archive", "withdraw", arch, "2024-0000123456", "--version", "1",
                  "--reason", "vervangen").exit_code == 0
    files = sorted(p.name for p in (arch / "public" / "files").iterdir())
    assert files == ["2024-0000123456-v2.pdf", "2024-0000123456-v2.xml"]


# --- list, show, html ------------------------------------------------------------------------
def test_list_and_show_as_json(out: Path, arch: Path) -> None:
    make_nota(out, "a/nota.pdf", "a", reference="2024-0000001")
    make_nota(out, "b/nota.pdf", "b", reference="2024-0000002", title="Beslisnota Tweede")
    publish_out_dir(out, arch, options())
    listed = invoke("archive", "list", arch, "--json")
    assert listed.exit_code == 0
    entries = json.loads(listed.stdout)
    assert [(e["nota_id"], e["current_version"], e["status"]) for e in entries] == [
        ("2024-0000001", 1, "published"), ("2024-0000002", 1, "published")]

    shown = invoke("archive", "show", arch, "2024-0000002", "--json")
    assert shown.exit_code == 0
    data = json.loads(shown.stdout)
    [v] = data["versions"]
    assert v["title"] == "Beslisnota Tweede" and v["status"] == "current"
    assert v["pdf_path"].startswith("objects/") and v["summary"]["by_ground"] == {"5.1.2e": 4}

    assert "Beslisnota Tweede" in invoke("archive", "list", arch).stdout
    assert "v1  current" in invoke("archive", "show", arch, "2024-0000002").stdout
    missing = invoke("archive", "show", arch, "bestaat-niet")
    assert missing.exit_code == EXIT_PUBLISH_REFUSED and "no nota" in missing.stderr


def test_commands_on_a_folder_that_is_not_an_archive_say_so(tmp_path: Path) -> None:
    result = invoke("archive", "list", tmp_path / "nergens")
    assert result.exit_code == EXIT_USAGE
    assert "not an archive" in result.stderr


def test_publish_refuses_to_turn_an_unrelated_folder_into_an_archive(out: Path,
                                                                     tmp_path: Path) -> None:
    make_nota(out, "bzk/nota.pdf")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("x")
    result = invoke("publish", out, "--archive", busy)
    assert result.exit_code == EXIT_USAGE
    assert "not an archive" in result.stderr


def test_public_site_escapes_everything(out: Path, arch: Path) -> None:
    make_nota(out, "bzk/nota.pdf", title='Beslisnota <script>alert("x")</script> & "co"')
    publish_out_dir(out, arch, options())
    for page in (arch / "public").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<script>" not in text
        assert "&lt;script&gt;" in text
        assert "http://" not in text and "https://" not in text  # no external assets


def test_html_command_rebuilds_a_deleted_site(out: Path, arch: Path) -> None:
    make_nota(out, "bzk/nota.pdf")
    publish_out_dir(out, arch, options())
    shutil.rmtree(arch / "public")
    assert any("run `woo-pipeline archive html" in w.problem for w in verify(arch).warnings)
    assert invoke("archive", "html", arch).exit_code == 0
    assert (arch / "public" / "files" / "2024-0000123456-v1.pdf").is_file()
    assert not verify(arch).warnings


# --- configuration ---------------------------------------------------------------------------
def test_publisher_and_category_from_the_config_file(out: Path, arch: Path,
                                                     tmp_path: Path) -> None:
    config = tmp_path / "woo-pipeline.toml"
    config.write_text(
        '[publish]\npublisher_uri = "https://identifier.overheid.nl/tooi/id/ministerie/'
        'mnre1025"\npublisher_label = "ministerie van Financiën"\n'
        'information_category = "bij vertegenwoordigende organen ingekomen stukken"\n',
        encoding="utf-8")
    make_nota(out, "bzk/nota.pdf")
    result = invoke("publish", out, "--archive", arch, "--config", config)
    assert result.exit_code == 0, result.output
    assert "note: publishing as" not in result.stderr
    [v] = versions(arch)
    assert (v.organisation_label, v.information_category) == (
        "ministerie van Financiën", "https://identifier.overheid.nl/tooi/def/thes/kern/c_8c840238")


@pytest.mark.parametrize("args, message", [
    (["--category", "beslisnota's"], "unknown information category"),
    (["--publisher-uri", "https://example.org/org", "--publisher-label", "Org"],
     "not a TOOI organisation"),
    (["--publisher-uri", "https://identifier.overheid.nl/tooi/id/gemeente/gm0363"],
     "publisher's name"),
])
def test_bad_publication_settings_are_usage_errors(out: Path, arch: Path, args, message) -> None:
    make_nota(out, "bzk/nota.pdf")
    result = invoke("publish", out, "--archive", arch, *args)
    assert result.exit_code == EXIT_USAGE
    assert message in result.stderr
    assert not arch.exists()


# --- run: redact + publish -------------------------------------------------------------------
def test_run_publishes_what_the_pipeline_delivered(tmp_path: Path, arch: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = pytest.importorskip("woo_pipeline.pipeline",
                                   reason="the redaction pipeline cannot be imported")
    from woo_pipeline.errors import EXIT_PENDING_REVIEW

    in_dir, out = tmp_path / "in", tmp_path / "out"
    in_dir.mkdir()

    def fake_run_batch(in_path, out_dir, options=None, on_result=None, files=None):
        docs = []
        for rel, status, code in (("a/nota.pdf", "ok", 0),
                                  ("b/nota.pdf", "pending_review", EXIT_PENDING_REVIEW)):
            pdf = make_nota(out_dir, rel, rel, status=status,
                            reference=f"2024-{rel[0]}")
            docs.append(pipeline.DocumentResult(
                source=rel, status=status, exit_code=code, output=str(pdf),
                report=str(pdf.with_name("nota.report.json"))))
        return pipeline.BatchResult(docs)

    monkeypatch.setattr(pipeline, "run_batch", fake_run_batch)
    result = invoke("run", in_dir, "--out", out, "--archive", arch, "--json")
    data = json.loads(result.stdout)
    # Only the ok document is published; the pending one is the pipeline's exit code (5).
    assert [(d["document"], d["status"]) for d in data["publish"]["documents"]] == [
        ("a/nota.pdf", "published")]
    assert result.exit_code == data["exit_code"] == EXIT_PENDING_REVIEW


# --- the public site in a real browser --------------------------------------------------------
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_public_index_renders_in_headless_chromium(out: Path, arch: Path,
                                                   tmp_path: Path) -> None:
    make_nota(out, "a/nota.pdf", "a", reference="2024-0000001")
    make_nota(out, "b/nota.pdf", "b", reference="2024-0000002",
              title="Beslisnota Financiële/juridische overwegingen & <kosten>")
    publish_out_dir(out, arch, options())
    invoke("archive", "withdraw", arch, "2024-0000001", "--reason", "correctie procedurele fout")
    shot = tmp_path / "index.png"
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
         (arch / "public" / "index.html").as_uri()],
        capture_output=True, text=True, timeout=120)
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         "--window-size=1280,800", f"--screenshot={shot}",
         (arch / "public" / "index.html").as_uri()],
        capture_output=True, timeout=120)
    assert shot.is_file() and shot.stat().st_size > 10_000  # a real rendering, not blank
    # The browser parsed the page as intended: the title text, escaped, in a table row.
    assert "Beslisnota Financiële/juridische overwegingen &amp; &lt;kosten&gt;" in dom.stdout
    assert "Ingetrokken" in dom.stdout
