"""Shared fixtures: paths, the sample set, and a one-time pipeline run over the samples."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    if not any(SAMPLES.glob("*.pdf")):
        pytest.skip("samples/ has no PDFs; run `woo-pipeline samples generate samples`")
    return SAMPLES


@pytest.fixture(scope="session")
def redacted_samples(samples_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """The real pipeline (real PyMuPDF, real model) over every sample, run once per session."""
    from woo_pipeline.pipeline import RunOptions, run_batch

    out = tmp_path_factory.mktemp("redacted")
    result = run_batch(samples_dir, out, RunOptions(workers=1))
    return out, result
