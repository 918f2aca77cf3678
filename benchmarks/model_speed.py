#!/usr/bin/env python
"""CPU milliseconds per page of `nlp(text)` for NER pipelines, on the text of generated notas.

    python benchmarks/model_speed.py [MODEL_DIR ...] [--variant NAME KEY=VALUE,...] [--rounds 10]

1. Corpus: the sample sets of `woo_pipeline.samplegen` with seeds 1 and 2 (as benchmarks/run.py,
   not the development seed), one text per page as PyMuPDF extracts it (~70 pages, ~256 spaCy
   tokens a page).
2. Every pipeline runs `nlp(text)` over all pages, round-robin, `--rounds` times; the least CPU
   time of a round counts (the box is shared: the minimum is the least disturbed run). The
   tok2vec and ner components are also timed on their own.
3. `--variant` builds an *untrained* pipeline from woo_pipeline/training/ner.cfg with config
   overrides (`components.tok2vec.model.encode.width=64,...`): its speed is that of the trained
   model of the same architecture, so architectures can be compared before training.

One BLAS thread, as in the pipeline's workers. Timings depend on the machine and its load:
compare pipelines within one run.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEEDS = (1, 2)


def page_texts(seeds=SEEDS) -> list[str]:
    import pymupdf

    from woo_pipeline.samplegen import generate_samples

    texts: list[str] = []
    with tempfile.TemporaryDirectory(prefix="woo-model-speed-") as tmp:
        for seed in seeds:
            for pdf in sorted(generate_samples(Path(tmp) / str(seed), seed=seed)):
                with pymupdf.open(pdf) as doc:
                    texts += [page.get_text() for page in doc]
    return texts


def _value(text: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def untrained(overrides: dict):
    """A pipeline of ner.cfg's architecture with `overrides`, initialised with random weights."""
    import spacy
    from spacy.util import load_model_from_config

    from woo_pipeline.training import CONFIG_PATH, LABELS

    config = spacy.util.load_config(CONFIG_PATH, overrides=overrides)
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    for label in LABELS:
        nlp.get_pipe("ner").add_label(label)
    nlp.initialize()
    return nlp


def measure(pipelines: dict, texts: list[str], rounds: int) -> dict[str, dict]:
    best = {name: {"total": float("inf"), "tok2vec": float("inf"), "ner": float("inf")}
            for name in pipelines}
    for nlp in pipelines.values():  # warm up
        for text in texts[:10]:
            nlp(text)
    for _ in range(rounds):
        for name, nlp in pipelines.items():
            start = time.process_time()
            for text in texts:
                nlp(text)
            total = time.process_time() - start
            parts = dict.fromkeys(("tok2vec", "ner"), 0.0)
            for text in texts:
                doc = nlp.make_doc(text)
                for component, proc in nlp.pipeline:
                    tick = time.process_time()
                    doc = proc(doc)
                    if component in parts:
                        parts[component] += time.process_time() - tick
            b = best[name]
            b["total"] = min(b["total"], total)
            for component, seconds in parts.items():
                b[component] = min(b[component], seconds)
    return {name: {k: round(1000 * v / len(texts), 2) for k, v in b.items()}
            for name, b in best.items()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("models", nargs="*", type=Path,
                        help="pipeline directories [default: models/nl_woo_ner]")
    parser.add_argument("--variant", nargs=2, action="append", default=[],
                        metavar=("NAME", "OVERRIDES"),
                        help="untrained ner.cfg with comma-separated KEY=VALUE overrides")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)

    import spacy

    pipelines = {}
    models = args.models or ([] if args.variant else [ROOT / "models" / "nl_woo_ner"])
    for path in models:
        nlp = spacy.load(path)
        pipelines[f"{path} ({nlp.meta.get('version')})"] = nlp
    for name, spec in args.variant:
        overrides = dict(item.split("=", 1) for item in spec.split(",") if item)
        pipelines[name] = untrained({k: _value(v) for k, v in overrides.items()})

    texts = page_texts()
    blank = spacy.blank("nl")
    tokens = sum(len(blank.make_doc(t)) for t in texts)
    results = measure(pipelines, texts, args.rounds)
    if args.json:
        print(json.dumps({"pages": len(texts), "tokens_per_page": round(tokens / len(texts)),
                          "ms_per_page": results}, indent=2))
        return 0
    print(f"{len(texts)} pages, {tokens / len(texts):.0f} tokens/page, best of {args.rounds} "
          "rounds, CPU ms per page")
    print(f"{'pipeline':50s} {'nlp(text)':>9s} {'tok2vec':>8s} {'ner':>6s}")
    for name, r in results.items():
        print(f"{name:50s} {r['total']:9.2f} {r['tok2vec']:8.2f} {r['ner']:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
