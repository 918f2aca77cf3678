"""`woo-pipeline model ...`: rebuild and score the Dutch NER pipeline shipped in models/.

Registered in cli.py with `from woo_pipeline.model_cli import model`. This module imports only
click at load time; spaCy and the training code are imported inside the commands, so the rest
of the CLI starts fast.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from woo_pipeline.training import DEFAULT_MODEL_DIR

# train.py imports spaCy only inside its functions, so these imports stay light.
from woo_pipeline.training.train import (
    DEFAULT_MAX_STEPS,
    DEFAULT_N_DEV,
    DEFAULT_N_TRAIN,
    DEFAULT_N_TUNE,
    train_model,
)


def _limit_threads(threads: int) -> None:
    """Cap BLAS/OpenMP threads before numpy is imported: the training box is shared."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, str(threads))


def _log(message: str) -> None:
    click.echo(message, err=True)


@click.group()
def model() -> None:
    """Train and evaluate the Dutch NER pipeline (models/nl_woo_ner)."""


@model.command()
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_MODEL_DIR,
    show_default=True,
    help="Directory to write the pipeline to (replaced if it exists).",
)
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed for the name split, the corpus and spaCy.")
@click.option("--n-train", type=int, default=DEFAULT_N_TRAIN, show_default=True,
              help="Generated training documents.")
@click.option("--n-tune", type=int, default=DEFAULT_N_TUNE, show_default=True,
              help="Documents for checkpoint selection (their names are held apart too).")
@click.option("--n-dev", type=int, default=DEFAULT_N_DEV, show_default=True,
              help="Held-out-names documents scored into meta.json.")
@click.option("--max-steps", type=int, default=DEFAULT_MAX_STEPS, show_default=True,
              help="Training steps.")
@click.option("--threads", type=int, default=1, show_default=True,
              help="BLAS threads (the trainer itself runs on one core).")
@click.option("--workdir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to put the temporary corpora [default: system temp dir].")
def train(
    out: Path,
    seed: int,
    n_train: int,
    n_tune: int,
    n_dev: int,
    max_steps: int,
    threads: int,
    workdir: Path | None,
) -> None:
    """Rebuild the NER pipeline from scratch, offline.

    Name lists come from the installed deduce and Faker packages, the text from the project's
    templates; first names and surnames are split into train / tune / held-out parts before any
    text is generated.
    """
    _limit_threads(threads)
    meta = train_model(
        out,
        seed=seed,
        n_train=n_train,
        n_tune=n_tune,
        n_dev=n_dev,
        max_steps=max_steps,
        workdir=workdir,
        log=_log,
    )
    click.echo(json.dumps(meta["woo_training"]["heldout_dev"], indent=2))


@model.command()
@click.option(
    "--model",
    "model_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=DEFAULT_MODEL_DIR,
    show_default=True,
    help="The pipeline to score.",
)
@click.option("--seed", type=int, default=None,
              help="Seed of the name split [default: the seed the model was trained with].")
@click.option("--n-dev", type=int, default=1000, show_default=True,
              help="Held-out-names documents to generate and score.")
@click.option("--samples", "samples_dir", type=click.Path(exists=True, file_okay=False,
                                                           path_type=Path), default=None,
              help="Also score PERSON items against the *.truth.json files in this folder.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(
    model_dir: Path, seed: int | None, n_dev: int, samples_dir: Path | None, as_json: bool
) -> None:
    """Precision, recall and F1 per label on the held-out-names dev split (and on samples)."""
    _limit_threads(1)
    import spacy

    from woo_pipeline.training.evaluate import evaluate_heldout, evaluate_samples

    nlp = spacy.load(model_dir)
    if seed is None:
        seed = int(nlp.meta.get("woo_training", {}).get("seed", 0))
    report: dict[str, object] = {
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}",
        "seed": seed,
        "heldout_dev": evaluate_heldout(nlp, seed, n_dev),
    }
    if samples_dir is not None:
        report["samples"] = evaluate_samples(nlp, samples_dir)
    if as_json:
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
        return
    click.echo(_markdown(report))


def _markdown(report: dict) -> str:
    """The report as the tables in models/README.md."""
    dev = report["heldout_dev"]
    lines = [
        f"Model: {report['model']}, name split seed {report['seed']}",
        "",
        f"Held-out-names dev split: {dev['docs']} documents, {dev['words']} tokens, "
        f"{dev['words_per_second']} tokens/s",
        "",
        "| label | precision | recall | F1 | gold entities |",
        "|---|---|---|---|---|",
    ]
    for label, s in dev["per_label"].items():
        lines.append(f"| {label} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} | "
                     f"{dev['gold_counts'].get(label, '')} |")
    o = dev["overall"]
    lines.append(f"| all | {o['p']:.3f} | {o['r']:.3f} | {o['f']:.3f} | |")
    samples = report.get("samples")
    if samples:
        lines += [
            "",
            f"Samples: {samples['documents']} documents, {samples['person_items']} PERSON items",
            "",
            f"- PERSON recall (every occurrence covered by PER): {samples['person_recall']:.3f}",
            f"- PER precision ({samples['per_predictions']} PER entities on a person name): "
            f"{samples['per_precision']:.3f}",
        ]
        for title, key in (("missed", "missed"), ("false PER", "false_per")):
            if samples[key]:
                lines.append(f"- {title}: " + "; ".join(samples[key]))
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - `python -m woo_pipeline.model_cli`
    sys.exit(model())
