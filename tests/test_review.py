"""Review workflow: scan → review files → decisions (API, terminal) → redact --review-dir.

The batch is two small notas built here with PyMuPDF, so every expectation is known: the
civil servant Karin Bakker appears as `Karin Bakker`, `k.bakker@minbzk.nl` and `Mevrouw Bakker`
in nota-a and as `K. Bakker` in nota-b; minister Hugo Veldkamp stays.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pymupdf
import pytest
from click.testing import CliRunner

from woo_pipeline import audit
from woo_pipeline.errors import EXIT_PENDING_REVIEW
from woo_pipeline.findings import KEEP, PENDING, REDACT
from woo_pipeline.review import (
    REVIEW_SCHEMA,
    ReviewSet,
    document_from_json,
    document_to_json,
    register_from_json,
    register_to_json,
    review_path_for,
)

NOTA_A = [
    "TER BESLUITVORMING", "", "Beslisnota Voortgang Weerbaar Bestuur", "",
    "Opgesteld door: Karin Bakker", "Datum: 12 maart 2024", "E k.bakker@minbzk.nl",
    "T 06-12345678", "",
    "Aanleiding",
    "De minister van BZK, Hugo Veldkamp, heeft gevraagd om een voortgangsbrief.",
    "Mevrouw Bakker heeft hierover overleg gevoerd met de VNG over Project Zeemeeuw.",
    "", "Motivering",
    "In de openbaar gemaakte versie zijn persoonsgegevens van ambtenaren geanonimiseerd.",
]
NOTA_B = [
    "TER INFORMATIE", "", "Beslisnota Evaluatie Ondermijning", "",
    "Opgesteld door: Jan Smeets", "Datum: 3 april 2024", "",
    "Aanleiding",
    "Het advies van K. Bakker is in deze nota meegenomen.",
    "Het Project Zeemeeuw loopt door tot eind 2025, aldus Smeets.",
    "", "Motivering",
    "In de openbaar gemaakte versie zijn persoonsgegevens van ambtenaren geanonimiseerd.",
]


def write_nota(path: Path, lines: list[str]) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for i, line in enumerate(lines):
        if line:
            page.insert_text((72, 72 + 16 * i), line, fontsize=11, fontname="helv")
    doc.save(path)
    doc.close()


def make_batch(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    write_nota(folder / "nota-a.pdf", NOTA_A)
    write_nota(folder / "nota-b.pdf", NOTA_B)
    return folder


def cli():
    from woo_pipeline.cli import main
    from woo_pipeline.review_cli import register

    register(main)  # idempotent: harmless when cli.py registers the commands itself
    return main


def text_box(pdf: Path, text: str) -> tuple[float, float, float, float]:
    """The box of `text` on the first page, in PDF points (for drawing a region over it)."""
    with pymupdf.open(pdf) as doc:
        (rect,) = doc[0].search_for(text)
    return (rect.x0 - 1, rect.y0 - 1, rect.x1 + 1, rect.y1 + 1)


def output_text(pdf: Path) -> str:
    with pymupdf.open(pdf) as doc:
        return " ".join(" ".join(page.get_text().split()) for page in doc)


def entry_with_text(reviews: ReviewSet, label: str, text: str):
    matches = [e for e in reviews.document(label).entries if e.finding.text == text]
    assert matches, f"no finding {text!r} in {label}"
    return matches[0]


def redact(in_dir: Path, out: Path, review_dir: Path, *extra: str):
    return CliRunner().invoke(
        cli(), ["redact", str(in_dir), "--out", str(out), "--review-dir", str(review_dir),
                "--workers", "1", "--reviewer", "test-redact", *extra],
    )


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The batch and its review folder as `woo-pipeline scan` writes them (scanned once)."""
    base = tmp_path_factory.mktemp("scanned")
    in_dir = make_batch(base / "in")
    review_dir = base / "review"
    result = CliRunner().invoke(cli(), ["scan", str(in_dir), "--review-dir", str(review_dir)])
    assert result.exit_code == 0, result.output
    return in_dir, review_dir


@pytest.fixture
def batch(scanned: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """A private copy of the scanned batch, for a test that changes decisions."""
    in_dir, review_dir = scanned
    shutil.copytree(in_dir, tmp_path / "in")
    shutil.copytree(review_dir, tmp_path / "review")
    register = json.loads((tmp_path / "review" / "register.json").read_text())
    register["in_dir"] = str(tmp_path / "in")
    (tmp_path / "review" / "register.json").write_text(json.dumps(register))
    return tmp_path / "in", tmp_path / "review"


# --- format ---------------------------------------------------------------------------------
def test_review_files_round_trip_and_hold_every_documented_field(scanned):
    _, review_dir = scanned
    reviews = ReviewSet.load(review_dir)
    for label in ("nota-a.pdf", "nota-b.pdf"):
        raw = json.loads(review_path_for(review_dir, label).read_text(encoding="utf-8"))
        assert raw["schema"] == REVIEW_SCHEMA
        assert document_to_json(document_from_json(raw)) == raw
        assert raw["pages"] == [{"page": 1, "width": 595.0, "height": 842.0}]
        for f in raw["findings"]:
            assert set(f) >= {"id", "page", "boxes", "text", "entity_type", "detector", "score",
                              "explanation", "suggestion", "reason", "decision"}
            assert f["page"] == 1 and f["boxes"][0][0] == 1
            assert f["suggestion"] in (REDACT, KEEP, PENDING)
            assert set(f["decision"]) == {"action", "ground", "reviewer", "time"}
    raw_register = json.loads((review_dir / "register.json").read_text(encoding="utf-8"))
    assert register_to_json(register_from_json(raw_register), reviews.documents) == raw_register


def test_suggestions_redact_certain_items_and_keep_office_holders_with_reason(scanned):
    reviews = ReviewSet.load(scanned[1])
    for text in ("Karin Bakker", "k.bakker@minbzk.nl", "06-12345678"):
        entry = entry_with_text(reviews, "nota-a.pdf", text)
        assert entry.finding.suggestion == REDACT and entry.decision.action == REDACT
        assert entry.decision.ground == "5.1.2e" and entry.decision.reviewer is None
    minister = entry_with_text(reviews, "nota-a.pdf", "Hugo Veldkamp")
    assert minister.finding.suggestion == KEEP
    assert minister.finding.reason.startswith("office holder")


def test_register_merges_spellings_of_a_person_across_documents(scanned):
    _, review_dir = scanned
    raw = json.loads((review_dir / "register.json").read_text(encoding="utf-8"))
    bakker = next(p for p in raw["people"] if p["key"] == "bakker")
    assert {"Karin Bakker", "K. Bakker", "Bakker", "k.bakker@minbzk.nl"} <= set(bakker["spellings"])
    assert set(bakker["occurrences"]) == {"nota-a.pdf", "nota-b.pdf"}
    assert sum(len(ids) for ids in bakker["occurrences"].values()) == 4


def test_register_search_forms_skip_ordinary_words_and_order_surname_first_names():
    from woo_pipeline.review import search_forms

    forms = search_forms(["Koning", "Peters, Anaïs", "Karin van Vliet", "K. Bakker"])
    assert set(forms) == {"Anaïs Peters", "Peters", "Karin van Vliet", "van Vliet", "Van Vliet",
                          "K. Bakker", "Bakker"}
    assert "Bakker" not in search_forms(["K. Bakker"], allow=["Bakker"])


def test_register_mentions_in_other_documents(tmp_path):
    from woo_pipeline.parse import parse_document
    from woo_pipeline.review import Person, register_mentions

    write_nota(tmp_path / "c.pdf", ["Overleg met K. Bakker en Bakker; Carolien Bakker belde.",
                                    "De minister, Bakker, is akkoord."])
    with pymupdf.open(tmp_path / "c.pdf") as pdf:
        document = parse_document(pdf, "c.pdf")
    person = Person("bakker", "Karin Bakker", ["K. Bakker"], ["K. Bakker", "Bakker"])
    found = {(f.text, f.suggestion) for f in register_mentions(document, [], [person])}
    # A full name is redacted, a bare surname asked about, a minister's name kept; the
    # surname inside another person's name (Carolien Bakker) is not this person.
    assert found == {("K. Bakker", REDACT), ("Bakker", PENDING), ("Bakker", KEEP)}


# --- decisions and redact --review-dir ------------------------------------------------------
def test_a_decision_for_a_person_carries_to_the_other_documents(batch, tmp_path):
    in_dir, review_dir = batch
    reviews = ReviewSet.load(review_dir)
    karin = entry_with_text(reviews, "nota-a.pdf", "Karin Bakker")
    result = reviews.decide_all("nota-a.pdf", karin.finding.id, KEEP, "tester")
    assert len(result.changed) == 4

    reloaded = ReviewSet.load(review_dir)
    assert entry_with_text(reloaded, "nota-b.pdf", "K. Bakker").decision.action == KEEP
    assert reloaded.register.people["bakker"].decision.action == KEEP

    run = redact(in_dir, tmp_path / "out", review_dir)
    assert run.exit_code == 0, run.output
    assert "K. Bakker" in output_text(tmp_path / "out" / "nota-b.pdf")
    text_a = output_text(tmp_path / "out" / "nota-a.pdf")
    assert "Karin Bakker" in text_a and "Mevrouw Bakker" in text_a
    assert "06-12345678" not in text_a  # not a person: still redacted


def test_redact_applies_exactly_the_reviewed_decisions(batch, tmp_path):
    in_dir, review_dir = batch
    reviews = ReviewSet.load(review_dir)
    phone = entry_with_text(reviews, "nota-a.pdf", "06-12345678")
    reviews.decide("nota-a.pdf", phone.finding.id, KEEP, "tester")

    run = redact(in_dir, tmp_path / "out", review_dir)
    assert run.exit_code == 0, run.output
    text = output_text(tmp_path / "out" / "nota-a.pdf")
    assert "06-12345678" in text  # kept in review: stays
    assert "Karin Bakker" not in text and "k.bakker@minbzk.nl" not in text
    assert "Hugo Veldkamp" in text
    report = json.loads((tmp_path / "out" / "nota-a.report.json").read_text())
    assert {r["reviewer"] for r in report["redactions"]} == {
        "woo-pipeline (suggestion, unchanged in review)"}


def test_pending_items_block_the_output_unless_pending_redact(batch, tmp_path):
    in_dir, review_dir = batch
    reviews = ReviewSet.load(review_dir)
    smeets = entry_with_text(reviews, "nota-b.pdf", "Jan Smeets")
    reviews.decide("nota-b.pdf", smeets.finding.id, PENDING, "tester")

    run = redact(in_dir, tmp_path / "out", review_dir)
    assert run.exit_code == EXIT_PENDING_REVIEW, run.output
    assert "pending review" in run.output and "--pending redact" in run.output
    assert not (tmp_path / "out" / "nota-b.pdf").exists()
    assert (tmp_path / "out" / "nota-a.pdf").exists()  # the other document is done

    run = redact(in_dir, tmp_path / "out2", review_dir, "--pending", "redact")
    assert run.exit_code == 0, run.output
    assert "Jan Smeets" not in output_text(tmp_path / "out2" / "nota-b.pdf")


def test_finding_ids_are_stable_between_scan_and_redact(scanned):
    from woo_pipeline.config import PipelineConfig
    from woo_pipeline.pipeline import analyse_file
    from woo_pipeline.review import ReviewDecisionSource

    in_dir, review_dir = scanned
    source = ReviewDecisionSource(review_dir, pending="fail", reviewer="tester")
    for label in ("nota-a.pdf", "nota-b.pdf"):
        opened, document, findings = analyse_file(in_dir / label, PipelineConfig(), label)
        opened.doc.close()
        decisions, areas = source(document, findings)
        scanned_ids = {e.finding.id for e in source.reviews().document(label).entries}
        assert {f.id for f in findings} == scanned_ids
        assert all(d.action != PENDING for d in decisions.values())
        assert areas == []


def test_a_document_changed_since_the_scan_is_pending(batch, tmp_path):
    in_dir, review_dir = batch
    write_nota(in_dir / "nota-b.pdf", ["Kopie van 1 mei 2024"] + NOTA_B)  # offsets shift
    run = redact(in_dir, tmp_path / "out", review_dir)
    assert run.exit_code == EXIT_PENDING_REVIEW, run.output
    assert "not in the review file" in run.output and "woo-pipeline scan" in run.output
    assert not (tmp_path / "out" / "nota-b.pdf").exists()


def test_a_document_that_was_not_scanned_gets_no_output(batch, tmp_path):
    in_dir, review_dir = batch
    write_nota(in_dir / "nota-c.pdf", NOTA_B[:6])
    run = redact(in_dir, tmp_path / "out", review_dir)
    assert run.exit_code == EXIT_PENDING_REVIEW
    assert "no review file for nota-c.pdf" in run.output
    assert not (tmp_path / "out" / "nota-c.pdf").exists()


def test_manual_term_and_region_are_redacted_in_the_output(batch, tmp_path):
    from woo_pipeline.review import SourceLoader

    in_dir, review_dir = batch
    reviews = ReviewSet.load(review_dir)
    _, count, unreadable = reviews.add_term("project zeemeeuw", "5.1.2i", "tester",
                                            SourceLoader(reviews).load)
    assert (count, unreadable) == (2, [])
    region = text_box(in_dir / "nota-a.pdf", "12 maart 2024")
    reviews.add_region("nota-a.pdf", 0, region, "5.1.2e", "tester")

    run = redact(in_dir, tmp_path / "out", review_dir)
    assert run.exit_code == 0, run.output
    text_a = output_text(tmp_path / "out" / "nota-a.pdf")
    text_b = output_text(tmp_path / "out" / "nota-b.pdf")
    assert "Zeemeeuw" not in text_a and "Zeemeeuw" not in text_b
    assert "12 maart 2024" not in text_a
    assert "3 april 2024" in text_b and "Motivering" in text_a


def test_rescan_keeps_the_decisions_of_the_reviewer(batch):
    in_dir, review_dir = batch
    reviews = ReviewSet.load(review_dir)
    phone = entry_with_text(reviews, "nota-a.pdf", "06-12345678")
    reviews.decide("nota-a.pdf", phone.finding.id, KEEP, "tester")
    reviews.add_region("nota-a.pdf", 0, (70, 70, 200, 90), "5.1.2e", "tester")

    result = CliRunner().invoke(cli(), ["scan", str(in_dir), "--review-dir", str(review_dir)])
    assert result.exit_code == 0, result.output
    again = ReviewSet.load(review_dir)
    kept = again.document("nota-a.pdf").entry(phone.finding.id)
    assert (kept.decision.action, kept.decision.reviewer) == (KEEP, "tester")
    assert len(again.document("nota-a.pdf").regions) == 1


# --- terminal review ------------------------------------------------------------------------
def test_terminal_review_turns_a_redaction_into_keep_and_adds_a_region(batch, tmp_path):
    in_dir, review_dir = batch
    x0, y0, x1, y1 = text_box(in_dir / "nota-a.pdf", "12 maart 2024")
    keys = [
        "b", "nota-a.pdf", "1", f"{x0} {y0} {x1} {y1}", "5.1.2e",  # a region, on item 1
        "k",  # item 1 (Karin Bakker): keep
        "q",
    ]
    run = CliRunner().invoke(
        cli(), ["review", str(review_dir), "--all", "--document", "nota-a.pdf",
                "--reviewer", "tui-tester"], input="\n".join(keys) + "\n")
    assert run.exit_code == 0, run.output
    assert "»Karin Bakker«" in run.output and "Region added on page 1" in run.output

    out = tmp_path / "out"
    assert redact(in_dir, out, review_dir).exit_code == 0
    text = output_text(out / "nota-a.pdf")
    assert "Karin Bakker" in text
    assert "12 maart 2024" not in text
    assert "k.bakker@minbzk.nl" not in text and "06-12345678" not in text


def test_terminal_review_walks_pending_items_and_is_resumable(batch):
    _, review_dir = batch
    reviews = ReviewSet.load(review_dir)
    for text, label in (("Jan Smeets", "nota-b.pdf"), ("06-12345678", "nota-a.pdf")):
        entry = entry_with_text(reviews, label, text)
        reviews.decide(label, entry.finding.id, PENDING, "tester")

    first = CliRunner().invoke(cli(), ["review", str(review_dir)], input="r\nq\n",
                               env={"WOO_REVIEWER": "k.jansen"})
    assert first.exit_code == 0, first.output
    assert "2 pending findings" in first.output and "1 finding(s) still pending" in first.output

    second = CliRunner().invoke(cli(), ["review", str(review_dir)], input="k\n\n",
                                env={"WOO_REVIEWER": "k.jansen"})
    assert "1 pending findings" in second.output and "Nothing is pending" in second.output
    reloaded = ReviewSet.load(review_dir)
    phone = entry_with_text(reloaded, "nota-a.pdf", "06-12345678").decision
    smeets = entry_with_text(reloaded, "nota-b.pdf", "Jan Smeets").decision
    assert (phone.action, phone.reviewer) == (REDACT, "k.jansen")
    assert (smeets.action, smeets.reviewer) == (KEEP, "k.jansen")


def test_terminal_review_applies_to_all_occurrences(batch):
    _, review_dir = batch
    run = CliRunner().invoke(cli(), ["review", str(review_dir), "--all", "--reviewer", "t"],
                             input="K\nq\n")
    assert "keep: 4 occurrence(s)" in run.output
    assert ReviewSet.load(review_dir).register.people["bakker"].decision.action == KEEP


# --- audit log ------------------------------------------------------------------------------
def test_audit_log_records_decisions_without_plain_text(batch, tmp_path):
    from woo_pipeline.review import SourceLoader

    in_dir, review_dir = batch
    reviews = ReviewSet.load(review_dir)
    karin = entry_with_text(reviews, "nota-a.pdf", "Karin Bakker")
    reviews.decide("nota-a.pdf", karin.finding.id, REDACT, "auditor", "5.1.2e")
    reviews.decide_all("nota-b.pdf", entry_with_text(reviews, "nota-b.pdf", "Jan Smeets")
                       .finding.id, REDACT, "auditor")
    reviews.add_term("Project Zeemeeuw", "5.1.2e", "auditor", SourceLoader(reviews).load)
    reviews.add_region("nota-a.pdf", 0, (70, 70, 300, 90), "5.1.2e", "auditor")
    assert redact(in_dir, tmp_path / "out", review_dir).exit_code == 0

    logs = sorted(review_dir.glob("*.audit.jsonl"))
    assert {p.name for p in logs} == {"nota-a.pdf.audit.jsonl", "nota-b.pdf.audit.jsonl",
                                      "register.audit.jsonl"}
    raw = "\n".join(p.read_text(encoding="utf-8") for p in logs)
    for secret in ("Karin", "Bakker", "bakker", "Smeets", "smeets", "Zeemeeuw", "zeemeeuw",
                   "06-12345678", "minbzk"):
        assert secret not in raw
    events = audit.read_events(review_dir / "nota-a.pdf.audit.jsonl")
    mine = [e for e in events if e["event"] == "decision" and e["reviewer"] == "auditor"
            and e.get("finding_id") == karin.finding.id]
    assert mine and mine[0]["action"] == REDACT and mine[0]["ground"] == "5.1.2e"
    assert mine[0]["time"]
    applied = [e for e in events if e["event"] == "apply" and e["reviewer"] == "test-redact"]
    assert any(e.get("finding_id") == karin.finding.id for e in applied)
    term_event = next(e for e in audit.read_events(review_dir / "register.audit.jsonl")
                      if e["event"] == "manual-term")
    assert term_event["text_hmac"] == audit.text_hmac(review_dir, "project  zeemeeuw")


def test_audit_events_refuse_free_text(tmp_path):
    with pytest.raises(ValueError, match="cannot carry"):
        audit.append_event(tmp_path / "x.audit.jsonl", "r", "decision", text="Karin Bakker")


# --- CLI and web API without a browser ------------------------------------------------------
def test_register_is_idempotent():
    from woo_pipeline.review_cli import register

    main = cli()
    register(main)
    register(main)
    assert {"scan", "review", "redact"} <= set(main.commands)


def test_review_of_a_folder_that_is_not_a_review_says_what_to_do(tmp_path):
    run = CliRunner().invoke(cli(), ["review", str(tmp_path)])
    assert run.exit_code == 2
    assert "woo-pipeline scan" in run.output


def test_web_api_needs_the_token_and_saves_decisions(batch):
    import threading
    import urllib.error
    import urllib.request

    from woo_pipeline.review_web import make_server

    in_dir, review_dir = batch
    server = make_server(ReviewSet.load(review_dir), "web-tester", port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.port}"
    token = server.app.token
    try:
        with pytest.raises(urllib.error.HTTPError) as denied:
            urllib.request.urlopen(f"{base}/api/state")
        assert denied.value.code == 403
        with urllib.request.urlopen(f"{base}/api/state?token={token}") as response:
            state = json.load(response)
        doc = next(d for d in state["documents"] if d["document"] == "nota-a.pdf")
        phone = next(f for f in doc["findings"] if f["text"] == "06-12345678")
        request = urllib.request.Request(
            f"{base}/api/decide", method="POST",
            data=json.dumps({"doc": "nota-a.pdf", "id": phone["id"], "action": "keep"}).encode(),
            headers={"X-Review-Token": token, "Content-Type": "application/json"})
        with urllib.request.urlopen(request) as response:
            assert json.load(response)["ok"] is True
        with urllib.request.urlopen(f"{base}/api/page?doc=nota-a.pdf&page=1&token={token}") as r:
            assert r.headers["Content-Type"] == "image/png" and r.read(4) == b"\x89PNG"
    finally:
        server.shutdown()
        server.server_close()
    decision = entry_with_text(ReviewSet.load(review_dir), "nota-a.pdf", "06-12345678").decision
    assert (decision.action, decision.reviewer) == (KEEP, "web-tester")
