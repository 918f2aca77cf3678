"""Train the Dutch NER pipeline from scratch and write it, with its scores, to a directory.

    woo-pipeline model train --out models/nl_woo_ner --seed 0

Steps: split the names (seeded), generate the train and tune corpora into a work directory,
run spaCy's trainer with `ner.cfg`, score the best checkpoint on the held-out-names split, and
write the pipeline with a `meta.json` that records version, sources, licences and scores.
Nothing is downloaded; the corpora are regenerated on every run and not kept.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

from woo_pipeline.training import CONFIG_PATH, LABELS
from woo_pipeline.training.corpus import generate, to_docbin
from woo_pipeline.training.evaluate import evaluate_heldout
from woo_pipeline.training.names import OTHER_LOCALES, split_names

MODEL_NAME = "woo_ner"
MODEL_VERSION = "1.1.0"

# Sized to train in about 6-8 minutes on one core of the shared build box: about two and a half
# passes over ~1.1M generated tokens (the small 1.1.0 architecture needs more steps than the
# 3000 of 1.0.0 to reach the same scores, and takes less time per step).
DEFAULT_N_TRAIN = 6000
DEFAULT_N_TUNE = 300
DEFAULT_N_DEV = 1000
DEFAULT_MAX_STEPS = 5000


def _sources() -> list[dict[str, str]]:
    return [
        {
            "name": f"deduce {version('deduce')} lookup lists (first names, surnames, "
            "tussenvoegsels, places, streets, stop words)",
            "url": "https://github.com/vmenger/deduce",
            "license": "LGPL-3.0-or-later",
        },
        {
            "name": f"Faker {version('faker')} person providers (nl_NL, nl_BE and "
            f"{len(OTHER_LOCALES)} other locales)",
            "url": "https://github.com/joke2k/faker",
            "license": "MIT",
        },
        {
            "name": "woo-pipeline nota templates (woo_pipeline/training/templates.py)",
            "license": "EUPL-1.2",
        },
    ]


def train_model(
    out: Path,
    seed: int = 0,
    n_train: int = DEFAULT_N_TRAIN,
    n_tune: int = DEFAULT_N_TUNE,
    n_dev: int = DEFAULT_N_DEV,
    max_steps: int = DEFAULT_MAX_STEPS,
    eval_frequency: int | None = None,
    workdir: Path | None = None,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Train from scratch into `out` (replaced if it exists); returns the meta written."""
    import spacy
    from spacy.cli.train import train as spacy_train

    started = time.perf_counter()
    cpu_started = time.process_time()
    split = split_names(seed)
    blank = spacy.blank("nl")
    with tempfile.TemporaryDirectory(prefix="woo-ner-", dir=workdir) as tmp:
        work = Path(tmp)
        log(f"generating {n_train} training and {n_tune} tuning documents (seed {seed})")
        train_counts = to_docbin(blank, generate(split, "train", n_train, seed),
                                 work / "train.spacy")
        tune_counts = to_docbin(blank, generate(split, "tune", n_tune, seed), work / "tune.spacy")
        log(f"train corpus: {train_counts}; tune corpus: {tune_counts}")

        overrides: dict[str, Any] = {
            "paths.train": str(work / "train.spacy"),
            "paths.dev": str(work / "tune.spacy"),
            "system.seed": seed,
            "training.max_steps": max_steps,
        }
        if eval_frequency:
            overrides["training.eval_frequency"] = eval_frequency
        spacy_train(CONFIG_PATH, work / "output", use_gpu=-1, overrides=overrides)
        best = spacy.load(work / "output" / "model-best")
        train_seconds = time.perf_counter() - started
        cpu_seconds = time.process_time() - cpu_started

        log(f"scoring on {n_dev} held-out-names documents")
        heldout = evaluate_heldout(best, seed, n_dev)
        # Slimmed after scoring: scoring adds the dev documents' strings to the vocabulary.
        nlp = _without_corpus_strings(best)
        meta = _meta(nlp, heldout, seed, n_train, n_tune, n_dev, max_steps, train_seconds,
                     cpu_seconds, train_counts)
        nlp.meta.update(meta)

        staging = work / "final"
        nlp.to_disk(staging)
        _sort_sentencizer_chars(staging)
        out = Path(out)
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, out)
    log(f"wrote {out} in {time.perf_counter() - started:.0f} s")
    return nlp.meta


def _without_corpus_strings(nlp: Any) -> Any:
    """The same pipeline with a fresh vocabulary and without the temporary corpus paths.

    After training, the string store holds every token of the generated corpus, names from the
    lists included (~140k strings, 2 MB). The weights do not need them (hash embeddings work on
    hashes), so the components are copied into a pipeline built from the same config, which
    only knows the tokenizer's and the labels' strings.
    """
    from spacy.util import load_model_from_config

    config = nlp.config.copy()
    # The corpora lived in a temporary directory; the shipped config should not name it.
    config["paths"]["train"] = config["paths"]["dev"] = None
    fresh = load_model_from_config(config, auto_fill=False, validate=False)
    for name, component in nlp.components:
        if hasattr(component, "to_bytes"):
            fresh.get_pipe(name).from_bytes(component.to_bytes(exclude=["vocab"]),
                                            exclude=["vocab"])
    fresh.meta.update(nlp.meta)
    return fresh


def _sort_sentencizer_chars(model_dir: Path) -> None:
    """spaCy writes the sentencizer's punctuation set in hash order, which changes from run to
    run; sorted, every file but meta.json's timings is the same on every run."""
    import srsly

    path = model_dir / "sentencizer.json"
    if path.exists():
        cfg = srsly.read_json(path)
        cfg["punct_chars"] = sorted(cfg["punct_chars"])
        srsly.write_json(path, cfg)


def _meta(
    nlp: Any,
    heldout: dict[str, Any],
    seed: int,
    n_train: int,
    n_tune: int,
    n_dev: int,
    max_steps: int,
    train_seconds: float,
    cpu_seconds: float,
    train_counts: dict[str, int],
) -> dict[str, Any]:
    per_label = heldout["per_label"]
    return {
        "name": MODEL_NAME,
        "version": MODEL_VERSION,
        "description": (
            "Dutch NER for Woo beslisnota's (PER, ORG, LOC): tokenizer, sentencizer, CNN "
            "tok2vec and transition-based NER, trained from scratch on nota fragments generated "
            "from project templates and name lists from deduce and Faker. Office holders' names "
            "are PER; function titles, header labels and headings are not entities. Scores are "
            "on a dev split whose first names and surnames were held out of training."
        ),
        "author": "woo-pipeline",
        "license": "EUPL-1.2 (pipeline and templates); trained on name lists under "
        "LGPL-3.0-or-later (deduce) and MIT (Faker), see models/README.md",
        "sources": _sources(),
        "labels": {"sentencizer": [], "tok2vec": [], "ner": list(LABELS)},
        "performance": {
            "ents_p": heldout["overall"]["p"],
            "ents_r": heldout["overall"]["r"],
            "ents_f": heldout["overall"]["f"],
            "ents_per_type": per_label,
            "speed": heldout["words_per_second"],
        },
        "woo_training": {
            "command": f"woo-pipeline model train --seed {seed} --n-train {n_train} "
            f"--n-tune {n_tune} --n-dev {n_dev} --max-steps {max_steps}",
            "seed": seed,
            "n_train": n_train,
            "n_tune": n_tune,
            "n_dev": n_dev,
            "max_steps": max_steps,
            "train_words": train_counts["tokens"],
            # Wall time from start to the trained pipeline (corpus generation included), and
            # the CPU time of that run: the box is shared, so wall time depends on the load.
            "train_seconds": round(train_seconds),
            "train_cpu_seconds": round(cpu_seconds),
            "heldout_dev": heldout,
            "package_versions": {
                p: version(p) for p in ("spacy", "thinc", "deduce", "faker")
            },
        },
    }
