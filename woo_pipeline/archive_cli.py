"""The publication commands: `publish`, `run` and the `archive` group. A thin click layer over
publish.py, archive.py and archive_html.py; `register(main)` adds them to the CLI.

Messages go to stderr and name the document and the reason; stdout carries the result (a
table, or JSON with --json). Exit codes: 0 all fine; 7 when a document was refused or
`archive verify` found a difference; 2 for a usage error (see errors.py).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import click

from woo_pipeline.archive import Archive, VersionRecord
from woo_pipeline.archive_html import current_version, write_public_site
from woo_pipeline.diwoo import INFORMATION_CATEGORIES, DiwooError
from woo_pipeline.errors import (
    EXIT_PUBLISH_REFUSED,
    EXIT_USAGE,
    WooPipelineError,
    most_serious,
)
from woo_pipeline.publish import (
    DocumentPublication,
    PublishOptions,
    PublishResult,
    default_published_by,
    publish_out_dir,
)

STATUS_LABEL = {"published": "published", "unchanged": "unchanged", "refused": "REFUSED"}


def register(main: click.Group) -> None:
    """Add `publish`, `run` and `archive` to the `woo-pipeline` command group."""
    main.add_command(publish)
    main.add_command(run)
    main.add_command(archive)


# --- shared options and output -----------------------------------------------------------------
def json_option(f):
    return click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")(f)


def archive_argument(f):
    return click.argument("archive_dir", metavar="ARCHIVE",
                          type=click.Path(file_okay=False, path_type=Path))(f)


def publication_options(f):
    """Options that say who publishes and how the nota is classified (publish and run)."""
    options = [
        click.option("--archive", "archive_dir", required=True,
                     type=click.Path(file_okay=False, path_type=Path),
                     help="The archive folder (created when new)."),
        click.option("--publisher-uri", metavar="URI",
                     help="TOOI URI of the publishing organisation, e.g. https://identifier."
                          "overheid.nl/tooi/id/ministerie/mnre1034 (default: [publish] in the "
                          "config, else BZK)."),
        click.option("--publisher-label", metavar="NAME",
                     help="The organisation's name, e.g. 'ministerie van Binnenlandse Zaken "
                          "en Koninkrijksrelaties'."),
        click.option("--category", metavar="CATEGORY",
                     help="Woo information category: TOOI code, URI or label (default: "
                          "'inspanningsverplichting art 3.1 Woo')."),
        click.option("--diwoo-xsd", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="Validate each DiWoo XML against this XSD before writing it "
                          "(use diwoo-metadata-offline.xsd; needs xmlschema)."),
        click.option("--published-by", envvar="WOO_PUBLISHER", metavar="NAME",
                     help="Who publishes, kept in the archive index only, never public "
                          "(default: $WOO_PUBLISHER or the login name)."),
        click.option("--config", "config_path",
                     type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="TOML file with a [publish] table (default: ./woo-pipeline.toml)."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def fail(err: Exception) -> None:
    """Print a user-facing error and exit with its code."""
    if isinstance(err, WooPipelineError):
        code = err.exit_code
    elif isinstance(err, sqlite3.Error):
        code = EXIT_PUBLISH_REFUSED
        err = Exception(f"the archive index cannot be used: {err}. If another publish is "
                        "running, wait for it and try again")
    else:
        code = EXIT_USAGE
    click.echo(f"error: {err}", err=True)
    sys.exit(code)


def build_publish_options(config_path: Path | None, publisher_uri: str | None,
                          publisher_label: str | None, category: str | None,
                          diwoo_xsd: Path | None, published_by: str | None,
                          **extra) -> PublishOptions:
    from woo_pipeline.config import ConfigError
    from woo_pipeline.publish_config import load_publish_config, with_overrides

    try:
        settings = with_overrides(load_publish_config(config_path),
                                  publisher_uri=publisher_uri, publisher_label=publisher_label,
                                  information_category=category, diwoo_xsd=diwoo_xsd)
    except (ConfigError, DiwooError) as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(EXIT_USAGE)
    if settings.publisher_is_default:
        click.echo(f"note: publishing as '{settings.publisher.label}' ({settings.publisher.uri}),"
                   " the default; set [publish] in woo-pipeline.toml or --publisher-uri/"
                   "--publisher-label for another organisation", err=True)
    return PublishOptions(publisher=settings.publisher,
                          information_category=settings.information_category,
                          published_by=published_by or default_published_by(),
                          diwoo_xsd=settings.diwoo_xsd, **extra)


def report_publication(d: DocumentPublication) -> None:
    if d.status == "refused":
        click.echo(f"{d.document}: REFUSED: {d.message}", err=True)
    elif d.forced:
        click.echo(f"{d.document}: FORCED: {d.message}", err=True)


def print_table(rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for i, row in enumerate(rows):
        click.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            click.echo("  ".join("-" * w for w in widths))


def print_publish_result(result: PublishResult) -> None:
    rows = [("document", "status", "nota", "version")]
    for d in result.documents:
        rows.append((d.document, STATUS_LABEL.get(d.status, d.status), d.nota_id or "",
                     f"v{d.version}" if d.version else ""))
    if len(rows) > 1:
        print_table(rows)
    counts = result.to_dict()["counts"]
    summary = ", ".join(f"{n} {STATUS_LABEL.get(s, s)}" for s, n in sorted(counts.items()))
    click.echo(f"\n{len(result.documents)} document(s): {summary or 'nothing to publish'}. "
               f"Archive: {result.archive}. Exit code {result.exit_code}.")


def print_site_problems(left_out: list[str]) -> None:
    for rel in left_out:
        click.echo(f"warning: {rel} does not match its checksum and was left out of the public "
                   "site; run `woo-pipeline archive verify`", err=True)


def with_archive(archive_dir: Path, action: Callable[[Archive], None]) -> None:
    try:
        with Archive.open(archive_dir) as opened:
            action(opened)
    except (WooPipelineError, DiwooError, sqlite3.Error) as err:
        fail(err)


# --- publish and run ---------------------------------------------------------------------------
@click.command()
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@publication_options
@click.option("--force", is_flag=True,
              help="Also publish notas whose header does not say 'Nota actief openbaar: Ja'. "
                   "Needs --reason; combine with --only. Never overrides a failed check.")
@click.option("--reason", metavar="TEXT", help="Why a forced publication is justified "
                                               "(recorded in the archive index).")
@click.option("--only", multiple=True, metavar="DOCUMENT",
              help="Publish only this document (its path in OUT_DIR); repeatable.")
@json_option
def publish(out_dir: Path, archive_dir: Path, force: bool, reason: str | None,
            only: tuple[str, ...], as_json: bool, **settings) -> None:
    """Publish the redacted notas in OUT_DIR into the archive, with DiWoo metadata.

    Only documents whose report says "ok" and whose PDF still has the checksum in the report
    are published, and only when their header says 'Nota actief openbaar: Ja' (or with
    --force --reason). Identical content creates no new version; changed content with the
    same reference becomes the next version. Exit code 7 when any document was refused.
    """
    if force != bool(reason and reason.strip()):
        raise click.UsageError("--force and --reason go together: say why this nota is "
                               "published although it is not marked actief openbaar")
    options = build_publish_options(force_reason=reason.strip() if force and reason else None,
                                    only=only, **settings)
    try:
        result = publish_out_dir(out_dir, archive_dir, options, on_result=report_publication)
    except (WooPipelineError, sqlite3.Error) as err:
        fail(err)
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        print_publish_result(result)
    sys.exit(result.exit_code)


@click.command()
@click.argument("in_dir", type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the redacted PDFs and their reports.")
@publication_options
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Worker processes (default: all cores).")
@click.option("--timeout", type=float, default=None, help="Time limit per file in seconds.")
@json_option
def run(in_dir: Path, out_dir: Path, archive_dir: Path, config_path: Path | None,
        workers: int | None, timeout: float | None, as_json: bool, **settings) -> None:
    """Redact every PDF under IN_DIR into OUT_DIR, then publish the ones that came out ok.

    The exit code is the most serious of both steps (see `woo-pipeline redact` and `publish`).
    """
    from woo_pipeline.cli import load_config_or_exit, print_summary, report_problem
    from woo_pipeline.pipeline import RunOptions, default_workers
    from woo_pipeline.publish import run_and_publish

    config = load_config_or_exit(config_path)
    if timeout is not None:
        config.limits.timeout_seconds = timeout
    options = build_publish_options(config_path=config_path, **settings)
    run_options = RunOptions(config=config, workers=workers or default_workers())
    try:
        batch, published = run_and_publish(in_dir, out_dir, archive_dir, run_options, options,
                                           on_document=report_problem,
                                           on_result=report_publication)
    except (WooPipelineError, sqlite3.Error) as err:
        fail(err)
    exit_code = most_serious([batch.exit_code, published.exit_code])
    if as_json:
        click.echo(json.dumps({"exit_code": exit_code, "redact": batch.to_dict(),
                               "publish": published.to_dict()}, indent=2, ensure_ascii=False))
    else:
        print_summary(batch, as_json=False)
        click.echo()
        print_publish_result(published)
        click.echo(f"Exit code {exit_code}.")
    sys.exit(exit_code)


# --- the archive group -------------------------------------------------------------------------
@click.group()
def archive() -> None:
    """Inspect, verify and maintain a publication archive."""


@archive.command("verify")
@archive_argument
@click.option("--repair", is_flag=True,
              help="Remove leftovers of interrupted publishes and wrong public files, then "
                   "rebuild the public site. Archived content is never changed.")
@click.option("--xsd", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Also validate every DiWoo XML against this XSD (needs xmlschema).")
@json_option
def archive_verify(archive_dir: Path, repair: bool, xsd: Path | None, as_json: bool) -> None:
    """Recompute every checksum in ARCHIVE and report any difference (exit code 7)."""
    def action(opened: Archive) -> None:
        result = opened.verify(repair=repair, diwoo_xsd=xsd)
        if repair:
            print_site_problems(write_public_site(opened))
        for p in result.problems:
            click.echo(f"{p.path}: {p.problem}", err=True)
        for w in result.warnings:
            click.echo(f"warning: {w.path}: {w.problem}", err=True)
        for r in result.repaired:
            click.echo(f"repaired: {r.path}: removed ({r.problem})", err=True)
        if as_json:
            click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
        else:
            verdict = ("OK" if result.ok else
                       f"{len(result.problems)} difference(s) found (see above)")
            click.echo(f"Checked {result.versions} version(s), {result.files} file(s): "
                       f"{verdict}.")
        sys.exit(0 if result.ok else EXIT_PUBLISH_REFUSED)

    with_archive(archive_dir, action)


def version_status(v: VersionRecord, versions: list[VersionRecord]) -> str:
    if v.withdrawn:
        return "withdrawn"
    current = current_version(versions)
    return "current" if current and current.version == v.version else "superseded"


@archive.command("list")
@archive_argument
@json_option
def archive_list(archive_dir: Path, as_json: bool) -> None:
    """List the notas in ARCHIVE with their current version."""
    def action(opened: Archive) -> None:
        by_nota: dict[str, list[VersionRecord]] = {}
        for v in opened.versions():
            by_nota.setdefault(v.nota_id, []).append(v)
        entries = []
        for nota_id, versions in by_nota.items():
            current = current_version(versions)
            shown = current or versions[-1]
            entries.append({
                "nota_id": nota_id, "identity": shown.identity, "title": shown.title,
                "reference": shown.reference, "date": shown.nota_date,
                "versions": len(versions),
                "current_version": current.version if current else None,
                "status": "published" if current else "withdrawn",
            })
        if as_json:
            click.echo(json.dumps(entries, indent=2, ensure_ascii=False))
            return
        if not entries:
            click.echo(f"{archive_dir}: no notas published yet.")
            return
        rows = [("nota", "current", "versions", "date", "title")]
        for e in entries:
            current = f"v{e['current_version']}" if e["current_version"] else "withdrawn"
            rows.append((e["nota_id"], current, str(e["versions"]), e["date"] or "",
                         e["title"]))
        print_table(rows)

    with_archive(archive_dir, action)


@archive.command("show")
@archive_argument
@click.argument("nota")
@json_option
def archive_show(archive_dir: Path, nota: str, as_json: bool) -> None:
    """Show every version of NOTA (its id from `archive list`, or its reference)."""
    def action(opened: Archive) -> None:
        versions = opened.versions(opened.find_nota(nota))
        if as_json:
            click.echo(json.dumps({"nota_id": versions[0].nota_id,
                                   "versions": [dict(v.to_dict(),
                                                     status=version_status(v, versions))
                                                for v in versions]},
                                  indent=2, ensure_ascii=False))
            return
        first = versions[-1]
        click.echo(f"{first.title}\n  nota id:    {first.nota_id}\n"
                   f"  identity:   {first.identity} ({first.identity_kind})\n"
                   f"  date:       {first.nota_date or '-'}\n"
                   f"  publisher:  {first.organisation_label} ({first.organisation_uri})\n"
                   f"  category:   "
                   f"{INFORMATION_CATEGORIES.get(first.information_category, '?')}\n")
        for v in versions:
            grounds = ", ".join(f"{g}: {n}" for g, n in sorted(
                (v.summary.get("by_ground") or {}).items())) or "none"
            click.echo(f"v{v.version}  {version_status(v, versions)}\n"
                       f"  published:  {v.published_at} by {v.published_by}\n"
                       f"  pdf:        {v.pdf_relpath} ({v.pdf_size} bytes)\n"
                       f"  diwoo:      {v.diwoo_relpath}\n"
                       f"  source:     {v.source_document}\n"
                       f"  actief openbaar: {v.actief_openbaar or '(no field)'}\n"
                       f"  redactions: {v.summary.get('redactions', 0)} ({grounds})\n"
                       f"  pipeline:   {v.pipeline_version}, model {v.model_name} "
                       f"{v.model_version}")
            if v.forced_reason:
                click.echo(f"  forced:     {v.forced_reason}")
            if v.withdrawn:
                click.echo(f"  withdrawn:  {v.withdrawn_at} by {v.withdrawn_by}: "
                           f"{v.withdrawn_reason}")
            click.echo()

    with_archive(archive_dir, action)


@archive.command("withdraw")
@archive_argument
@click.argument("nota")
@click.option("--version", "version", type=click.IntRange(1), default=None,
              help="The version to withdraw (default: the latest).")
@click.option("--reason", required=True, metavar="TEXT",
              help="Why; shown on the public site, so no personal data.")
@click.option("--by", "withdrawn_by", envvar="WOO_PUBLISHER", metavar="NAME",
              help="Who withdraws, kept in the index only (default: $WOO_PUBLISHER or login).")
@json_option
def archive_withdraw(archive_dir: Path, nota: str, version: int | None, reason: str,
                     withdrawn_by: str | None, as_json: bool) -> None:
    """Mark a version of NOTA withdrawn. Its files stay in the archive; the public site shows
    it as withdrawn, without a link."""
    def action(opened: Archive) -> None:
        record = opened.withdraw(nota, version, reason,
                                 withdrawn_by or default_published_by())
        print_site_problems(write_public_site(opened))
        if as_json:
            click.echo(json.dumps(record.to_dict(), indent=2, ensure_ascii=False))
        else:
            click.echo(f"{record.nota_id} v{record.version} withdrawn: "
                       f"{record.withdrawn_reason}")

    with_archive(archive_dir, action)


@archive.command("html")
@archive_argument
def archive_html_command(archive_dir: Path) -> None:
    """Rebuild the public static site in ARCHIVE/public from the index."""
    def action(opened: Archive) -> None:
        left_out = write_public_site(opened)
        print_site_problems(left_out)
        click.echo(f"Wrote {opened.root / 'public' / 'index.html'}")
        if left_out:
            sys.exit(EXIT_PUBLISH_REFUSED)

    with_archive(archive_dir, action)
