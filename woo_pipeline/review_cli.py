"""The `scan` and `review` commands: a thin click layer over scan.py, review_tui.py and
review_web.py. `register(main)` adds them to the `woo-pipeline` group.

This module does not import cli.py, so cli.py can import it at any point without a cycle.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import click

from woo_pipeline.audit import default_reviewer
from woo_pipeline.config import ConfigError, load_config
from woo_pipeline.errors import EXIT_USAGE
from woo_pipeline.review import ReviewFormatError, ReviewSet


@click.command()
@click.argument("in_dir", type=click.Path(exists=True, path_type=Path))
@click.option("--review-dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the review files (created; a second scan keeps the decisions).")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False,
              path_type=Path), help="TOML file with allow/deny lists and limits "
              "(default: ./woo-pipeline.toml); use the same one for `redact`.")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def scan(in_dir: Path, review_dir: Path, config_path: Path | None, as_json: bool) -> None:
    """Detect personal data in every PDF under IN_DIR and write review files into REVIEW_DIR.

    Then decide with `woo-pipeline review REVIEW_DIR` (terminal) or `--serve` (browser), and
    apply with `woo-pipeline redact IN_DIR --out OUT --review-dir REVIEW_DIR`.
    """
    from woo_pipeline.scan import scan_batch

    try:
        config = load_config(config_path)
    except ConfigError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(EXIT_USAGE)
    try:
        result = scan_batch(in_dir, review_dir, config)
    except ReviewFormatError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(EXIT_USAGE)
    if as_json:
        click.echo(json.dumps({"exit_code": result.exit_code, "review_dir": str(review_dir),
                               "people": result.people,
                               "documents": [asdict(d) for d in result.documents]}, indent=2))
        sys.exit(result.exit_code)
    rows = [("document", "status", "findings", "redact", "keep", "pending")]
    for d in result.documents:
        rows.append((d.document, d.status, str(d.findings), str(d.redact), str(d.keep),
                     str(d.pending)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for i, row in enumerate(rows):
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            click.echo("  ".join("-" * w for w in widths))
    for d in result.documents:
        if d.status != "ok":
            click.echo(f"{d.document}: {d.status}: {d.message}", err=True)
    pending = sum(d.pending for d in result.documents)
    click.echo(f"\n{len(result.documents)} document(s), {result.people} person(s) in the "
               f"register, {pending} finding(s) pending. Review them with "
               f"`woo-pipeline review {review_dir}` (add --serve for the browser).")
    sys.exit(result.exit_code)


@click.command()
@click.argument("review_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--serve", is_flag=True, help="Review in a browser instead of the terminal.")
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="With --serve: port on 127.0.0.1 (0: any free port; the URL is printed).")
@click.option("--all", "walk_all", is_flag=True,
              help="Terminal: walk every finding, not only the pending ones.")
@click.option("--document", default=None, help="Terminal: only this document (as listed).")
@click.option("--in", "in_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Where the scanned PDFs are now, if they moved since the scan.")
@click.option("--reviewer", envvar="WOO_REVIEWER", default=None,
              help="Name recorded in the audit log (default: $WOO_REVIEWER or the login name).")
def review(review_dir: Path, serve: bool, port: int, walk_all: bool, document: str | None,
           in_dir: Path | None, reviewer: str | None) -> None:
    """Decide the findings in REVIEW_DIR (made by `woo-pipeline scan`).

    Decisions are saved at once to the review files; stop at any time and run the command
    again to go on.
    """
    try:
        reviews = ReviewSet.load(review_dir)
    except ReviewFormatError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(EXIT_USAGE)
    who = default_reviewer(reviewer)
    if serve:
        from woo_pipeline.review_web import make_server

        try:
            server = make_server(reviews, who, port, in_dir)
        except OSError as err:
            click.echo(f"error: cannot listen on 127.0.0.1:{port}: {err}. Choose another "
                       "--port, or 0 for any free one.", err=True)
            sys.exit(EXIT_USAGE)
        click.echo(f"Review {review_dir} as {who} at\n  {server.url}\n"
                   "Open it in a browser on this computer. Ctrl-C stops the server; every "
                   "change is already saved.")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            click.echo("\nStopped.")
        finally:
            server.server_close()
        return
    from woo_pipeline.review_tui import run_review

    try:
        run_review(reviews, who, walk_all=walk_all, document=document, in_dir=in_dir)
    except KeyError as err:
        click.echo(f"error: {err.args[0]}. Documents: {', '.join(reviews.documents)}", err=True)
        sys.exit(EXIT_USAGE)


def register(main: click.Group) -> None:
    """Add `scan` and `review` to the `woo-pipeline` group (calling it again changes nothing)."""
    for command in (scan, review):
        if command.name not in main.commands:
            main.add_command(command)
