"""Keep the benchmark from rotting: a tiny run of benchmarks/run.py must complete and report
every section. Timings are never asserted: they depend on the machine and on its load."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Many fresh interpreters (one per measurement) and deduce's lookup tables: tens of seconds,
# minutes on a fresh install where deduce first builds its cache.
pytestmark = [pytest.mark.slow, pytest.mark.benchmark]

SECTIONS = ("machine", "corpus", "throughput", "detection_speed", "quality", "memory", "stages",
            "profile", "ratios", "targets")
HEADINGS = ("## Machine", "## Corpus", "## Throughput", "## Detection speed",
            "## Detection quality", "## Memory", "## Stages", "## Profile", "## Ratios",
            "## Targets")


def test_tiny_benchmark_run_reports_every_section(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--pages", "5",
         "--memory-pages", "1", "--profile-pages", "1", "--json", str(results),
         "--workdir", str(tmp_path / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=1800,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    for heading in HEADINGS:
        assert heading in proc.stdout, heading

    r = json.loads(results.read_text(encoding="utf-8"))
    assert set(SECTIONS) <= set(r)
    assert r["valid"], r["problems"]  # no document crashed the pipeline
    assert r["corpus"]["pages"] >= 5
    assert set(r["throughput"]["batches"]) == {"1", "2"}
    assert r["ratios"]["same_results_1_and_2_workers"] is True
    for system in ("pipeline", "deduce", "presidio"):
        assert system in r["quality"] and system in r["detection_speed"]
    pipeline = r["quality"]["pipeline"]["evaluation"]
    assert pipeline["documents"] >= 2 and pipeline["redact_items"] > 0
    for baseline in ("deduce", "presidio"):
        assert set(r["quality"][baseline]["variants"]) == {"with_dates", "without_dates"}
    assert r["profile"]["by_own_time"] and r["profile"]["project_by_cumulative_time"]
    stages = r["stages"]
    assert stages["counts"] == {"ok": r["corpus"]["documents"]}
    # Every stage ran (a renamed pipeline function would leave its wrapper unused at 0).
    assert all(seconds > 0 for seconds in stages["stage_cpu_seconds"].values()), stages
    assert stages["page_runs"]["text extraction"] >= r["corpus"]["pages"]
    assert set(r["targets"]) == {"pages_per_second_per_core", "floor_ratio", "memory",
                                 "f1_above_baselines"}
    assert all(isinstance(t["met"], bool) for t in r["targets"].values())
