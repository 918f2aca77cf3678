"""The `woo-pipeline` command: a thin click layer over the library API in pipeline.py & co.

Progress and messages go to stderr; stdout carries the result (a table, or JSON with --json).
Exit codes are documented in errors.py and the README.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from woo_pipeline import __version__
from woo_pipeline.config import ConfigError, load_config
from woo_pipeline.errors import EXIT_USAGE
from woo_pipeline.pipeline import BatchResult, DocumentResult, RunOptions, default_workers

STATUS_LABEL = {
    "ok": "ok",
    "rejected": "REJECTED",
    "verification_failed": "LEAK - NOT DELIVERED",
    "failed": "FAILED",
    "pending_review": "PENDING REVIEW",
}


def _quiet_libraries() -> None:
    # Presidio logs every recognizer at INFO/DEBUG; users need our messages, not those.
    for name in ("presidio-analyzer", "presidio-anonymizer", "spacy"):
        logging.getLogger(name).setLevel(logging.ERROR)


def json_option(f):
    return click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")(f)


def config_option(f):
    return click.option(
        "--config",
        "config_path",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="TOML file with allow/deny lists and limits (default: ./woo-pipeline.toml).",
    )(f)


def load_config_or_exit(config_path: Path | None):
    try:
        return load_config(config_path)
    except ConfigError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(EXIT_USAGE)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="woo-pipeline")
def main() -> None:
    """Detect, review, redact and publish Dutch government notas under the Woo."""
    _quiet_libraries()


def print_summary(result: BatchResult, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
        return
    rows = [("document", "status", "pages", "redacted", "kept")]
    for d in result.documents:
        rows.append((d.source, STATUS_LABEL.get(d.status, d.status), str(d.pages),
                     str(d.redactions), str(d.kept)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for i, row in enumerate(rows):
        click.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            click.echo("  ".join("-" * w for w in widths))
    counts = result.to_dict()["counts"]
    click.echo(
        f"\n{len(result.documents)} document(s): "
        + ", ".join(f"{n} {STATUS_LABEL.get(s, s)}" for s, n in sorted(counts.items()))
        + f". Exit code {result.exit_code}."
    )


def report_problem(d: DocumentResult) -> None:
    if d.status != "ok":
        click.echo(f"{d.source}: {STATUS_LABEL.get(d.status, d.status)}: {d.message}", err=True)


@main.command()
@click.argument("in_dir", type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the redacted PDFs and their reports (same relative paths).")
@click.option("--review-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Apply exactly the decisions in these review files (from `scan`).")
@click.option("--pending", type=click.Choice(["fail", "redact"]), default="fail", show_default=True,
              help="With --review-dir: what to do with findings nobody decided.")
@click.option("--reviewer", envvar="WOO_REVIEWER", default=None,
              help="Name recorded in the audit log (default: $WOO_REVIEWER or the login name).")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Worker processes (default: all cores).")
@click.option("--timeout", type=float, default=None, help="Time limit per file in seconds.")
@click.option("--max-pages", type=int, default=None, help="Reject PDFs with more pages.")
@click.option("--max-mb", type=float, default=None, help="Reject PDFs larger than this.")
@config_option
@json_option
def redact(in_dir: Path, out_dir: Path, review_dir: Path | None, pending: str,
           reviewer: str | None, workers: int | None, timeout: float | None,
           max_pages: int | None, max_mb: float | None, config_path: Path | None,
           as_json: bool) -> None:
    """Redact every PDF under IN_DIR into OUT_DIR, with a JSON report per document.

    Each output is re-checked after writing; a document that fails the check, is rejected or
    still has undecided review items gets no PDF, and the exit code says so (see README).
    """
    from woo_pipeline.pipeline import discover_pdfs, run_batch

    config = load_config_or_exit(config_path)
    if timeout is not None:
        config.limits.timeout_seconds = timeout
    if max_pages is not None:
        config.limits.max_pages = max_pages
    if max_mb is not None:
        config.limits.max_mb = max_mb
    options = RunOptions(config=config, workers=workers or default_workers())
    if review_dir is not None:
        from woo_pipeline.review import ReviewDecisionSource

        options.decision_source = ReviewDecisionSource(review_dir, pending=pending,
                                                       reviewer=reviewer)
    files = discover_pdfs(in_dir, exclude=out_dir)
    if not files:
        click.echo(f"No PDF files found under {in_dir}.", err=True)
    show_progress = sys.stderr.isatty() and not as_json
    with click.progressbar(length=len(files), label="Redacting", file=sys.stderr,
                           hidden=not show_progress) as bar:
        def on_result(d: DocumentResult) -> None:
            bar.update(1)
            if not show_progress:
                return
            report_problem(d)

        result = run_batch(in_dir, out_dir, options, on_result=on_result, files=files)
    if not show_progress:
        for d in result.documents:
            report_problem(d)
    print_summary(result, as_json)
    sys.exit(result.exit_code)


@main.command("eval")
@click.argument("in_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--truth", "truth_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Folder with <stem>.truth.json files (default: IN_DIR).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the redacted PDFs (default: a temporary folder).")
@config_option
@json_option
def evaluate_cmd(in_dir: Path, truth_dir: Path | None, out_dir: Path | None,
                 config_path: Path | None, as_json: bool) -> None:
    """Score detection (P/R/F per type), leaks and over-redaction against ground truth."""
    import tempfile

    from woo_pipeline.evaluate import evaluate_batch, format_table

    options = RunOptions(config=load_config_or_exit(config_path))
    with tempfile.TemporaryDirectory() as tmp:
        ev = evaluate_batch(in_dir, truth_dir or in_dir, out_dir or Path(tmp), options)
    if as_json:
        click.echo(json.dumps(ev.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(format_table(ev))
        for leak in ev.leaks:
            click.echo(f"leak: {leak}", err=True)
        for lost in ev.lost:
            click.echo(f"over-redacted: {lost}", err=True)


@main.group()
def samples() -> None:
    """The project's example notas with ground truth."""


@samples.command("generate")
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--seed", type=int, default=2024, show_default=True)
def samples_generate(out_dir: Path, seed: int) -> None:
    """Write the sample notas and their ground-truth files into OUT_DIR."""
    from woo_pipeline.samplegen import generate_samples

    paths = generate_samples(out_dir, seed=seed)
    click.echo(f"Wrote {len(paths)} sample notas to {out_dir}", err=True)


def _register_command_modules() -> None:
    """Commands that live in their own modules: model, scan/review, publish/run/archive."""
    from woo_pipeline import archive_cli, model_cli, review_cli

    main.add_command(model_cli.model)
    review_cli.register(main)
    archive_cli.register(main)


_register_command_modules()

if __name__ == "__main__":  # pragma: no cover
    main()
