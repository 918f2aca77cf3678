"""Detection on the independent hard-case corpus (tests/hard_cases/).

The samples in samples/ were written with the detection rules in mind; these cases were not.
Each case is drawn on one A4 page, parsed and detected like a real PDF (see
tests/hard_cases/score.py for how items are matched). Per case: every `redact` item must be
covered by `redact` findings and no `keep` item may overlap one.

Cases that fail today are listed in tests/hard_cases/known_failures.json with the reason; they
are strict xfails, so a case that starts to pass must be taken off that list, and any other
case that fails is a regression. `python tests/hard_cases/score.py` prints the aggregate and
every failing item.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

HARD_CASES = Path(__file__).resolve().parent / "hard_cases"

_spec = importlib.util.spec_from_file_location("hard_cases_score", HARD_CASES / "score.py")
assert _spec and _spec.loader
score = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = score  # dataclasses look their module up while being created
_spec.loader.exec_module(score)

CASES = score.load_cases()
KNOWN_FAILURES = score.load_known_failures()

# Aggregate floors: they only guard against a broad regression, the per-case tests are the
# real check. Set when the corpus was written (recall 298/427, keep 769/812); the keep floor
# went from 0.98 to 0.97 when batches 14-16 came in: harder cases (94.3% kept of their 1,620
# items) brought the aggregate to 97.6%, while the 647 older cases went up (98.3% to 98.5%).
RECALL_FLOOR = 0.9
KEEP_RATE_FLOOR = 0.97


def test_corpus_is_well_formed() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) >= 150
    assert len(set(ids)) == len(ids), "case ids must be unique"
    for case in CASES:
        assert set(case) == {"id", "style", "text", "redact", "keep"}, case["id"]
        assert re.fullmatch(r"[a-z0-9-]+", case["id"]), case["id"]
        assert case["redact"] or case["keep"], case["id"]
        assert not set(case["redact"]) & set(case["keep"]), case["id"]
        for item in case["redact"] + case["keep"]:
            assert item and item == item.strip(), (case["id"], item)
            # Every item occurs in the text (whitespace-normalised, as it is matched).
            assert score.occurrences(case["text"], item), (case["id"], item)
    # Over-redaction traps: cases that are all or mostly things that must stay (the later
    # batches plant one or two names among many such items). The floor went from 15% to 14%
    # with batch 29, whose 35 trap cases name one to four people each but list every form of
    # each name (6-9 redact items against 11-15 kept), so few reach three kept items per
    # redacted one: 206 of 1,377 cases (15.7% before it: 205 of 1,307). It went to 13% with
    # batches 30 and 31 (140 cases of 5-15 items of each kind, traps planted among names; none
    # reaches three kept items per redacted one): 206 of 1,517 cases, 13.6%.
    traps = [c for c in CASES if len(c["keep"]) >= max(3 * len(c["redact"]), 1)]
    assert len(traps) / len(CASES) >= 0.13, "over-redaction traps are at least 13% of the corpus"


def test_known_failures_name_existing_cases() -> None:
    ids = {c["id"] for c in CASES}
    assert set(KNOWN_FAILURES) <= ids, sorted(set(KNOWN_FAILURES) - ids)
    assert all(reason.strip() for reason in KNOWN_FAILURES.values())


def _param(case: dict):
    marks = []
    if case["id"] in KNOWN_FAILURES:
        marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[case["id"]]))
    return pytest.param(case["id"], id=case["id"], marks=[pytest.mark.slow, *marks])


@pytest.mark.parametrize("case_id", [_param(c) for c in CASES])
def test_hard_case(case_id: str) -> None:
    result = score.evaluate_by_id(case_id)
    assert result.ok, f"{case_id}:\n  " + "\n  ".join(result.failures())


@pytest.mark.slow
def test_aggregate_scores() -> None:
    results = [score.evaluate_by_id(c["id"]) for c in CASES]
    agg = score.aggregate(results)
    print(
        f"\nhard cases: recall {agg['redact_found']}/{agg['redact_items']} = {agg['recall']:.1%}, "
        f"keep {agg['keep_preserved']}/{agg['keep_items']} = {agg['keep_rate']:.1%}"
    )
    assert agg["recall"] >= RECALL_FLOOR
    assert agg["keep_rate"] >= KEEP_RATE_FLOOR


# The cases with tabs drawn at tab stops, as a word processor sets a table (see score.py): the
# names are then found by the column reading of real tables, which the cases drawn as running
# text never use. Floors set when 296 cases held tabs (94.0% found and 95.9% kept, against
# 93.2% and 96.0% drawn as running text); with batches 23 and 24 (tables), 341 cases: 94.1%
# and 96.2% (91.9% and 96.0% as running text).
#
# The same cases drawn as ruled tables of equal columns whose cells wrap (`score.py --tables`),
# as Word inserts a table: a name, a date or an address can take two lines of its cell. Floors
# set with 381 cases holding tabs: 94.2% found and 95.9% kept (93.7% and 95.7% before cells
# wrapped over lines were read as one cell). LibreOffice PDFs of the same 341 older cases, made
# from .docx files with real tables, scored 94.3% and 95.9% (93.5% and 95.6% before). With
# batches 25 and 26, 402 cases: 94.8% and 96.3% (95.0% and 96.7% at tab stops).
TABLE_FLOORS = {score.TAB_STOPS: (0.93, 0.95), score.TABLES: (0.93, 0.95)}  # recall, kept


@pytest.mark.slow
@pytest.mark.parametrize("drawing", sorted(TABLE_FLOORS))
def test_aggregate_scores_with_tables_read_by_column(drawing: str) -> None:
    tabbed = [c for c in CASES if "\t" in c["text"]]
    assert len(tabbed) >= 250
    agg = score.aggregate([score.evaluate_by_id(c["id"], drawing) for c in tabbed])
    print(
        f"\ntables ({drawing}): recall {agg['redact_found']}/{agg['redact_items']} = "
        f"{agg['recall']:.1%}, keep {agg['keep_preserved']}/{agg['keep_items']} = "
        f"{agg['keep_rate']:.1%}"
    )
    recall_floor, keep_floor = TABLE_FLOORS[drawing]
    assert agg["recall"] >= recall_floor
    assert agg["keep_rate"] >= keep_floor
