"""The static public site of an archive: `public/index.html`, one page per nota, and copies of
the published files.

`public/` is what goes on the web server: it is self-contained (inline CSS, no scripts, no
external assets) and holds only current publications. A withdrawn version is listed as
withdrawn, with its date and reason, but its files are removed from `public/files/` (they stay
in the archive's objects/ for traceability). Superseded versions stay downloadable, marked as
replaced. Everything taken from the archive is HTML-escaped. The site is derived data:
`woo-pipeline archive html A` rebuilds it at any time.

Withdrawal reasons are shown to the public, so they must not contain personal data. Who
published or withdrew a version, and why a publication was forced, is never shown.
"""

from __future__ import annotations

import hashlib
import html
from collections import defaultdict
from datetime import date
from pathlib import Path
from urllib.parse import quote

from woo_pipeline import __version__
from woo_pipeline.archive import (
    PUBLIC_DIR,
    Archive,
    VersionRecord,
    public_file_name,
    write_file_atomically,
)
from woo_pipeline.diwoo import DOCUMENT_TYPE, INFORMATION_CATEGORIES, parse_nota_date
from woo_pipeline.vocabulary import WOO_GROUNDS

DUTCH_MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                     "september", "oktober", "november", "december")

STYLE = """
:root { --blauw: #154273; --lichtblauw: #e5f0f9; --rand: #cad6e2; --tekst: #1a1a1a;
        --grijs: #5c5c5c; --rood: #a90061; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "RijksoverheidSansWebText", Verdana, Arial, sans-serif;
       color: var(--tekst); background: #fff; line-height: 1.5; font-size: 16px; }
header { background: var(--blauw); color: #fff; padding: 1.25rem 0; }
header p { margin: 0; font-size: .95rem; opacity: .9; }
header h1 { margin: .2rem 0 0; font-size: 1.6rem; font-weight: bold; }
header a { color: #fff; }
main, .breed { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
main { padding-top: 1.5rem; padding-bottom: 3rem; }
h2 { color: var(--blauw); font-size: 1.25rem; margin: 2rem 0 .75rem; }
p.inleiding { max-width: 48rem; }
a { color: var(--blauw); }
a:focus { outline: 3px solid #ffb612; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.5rem; }
caption { text-align: left; color: var(--grijs); padding-bottom: .4rem; }
th, td { text-align: left; vertical-align: top; padding: .55rem .6rem;
         border-bottom: 1px solid var(--rand); }
thead th { background: var(--lichtblauw); color: var(--blauw); font-size: .9rem;
           border-bottom: 2px solid var(--blauw); }
tbody tr:hover { background: #f6f9fc; }
td.nummer { white-space: nowrap; }
dl.gegevens { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1.5rem;
              margin: 0 0 1rem; }
dl.gegevens dt { font-weight: bold; color: var(--blauw); }
dl.gegevens dd { margin: 0; }
.label { display: inline-block; padding: .05rem .5rem; border-radius: .25rem;
         font-size: .8rem; font-weight: bold; white-space: nowrap; }
.label.geldig { background: #e1f0dc; color: #275937; }
.label.vervangen { background: #eeeeee; color: var(--grijs); }
.label.ingetrokken { background: #f9dfea; color: var(--rood); }
.klein { font-size: .85rem; color: var(--grijs); }
code.hash { font-size: .75rem; word-break: break-all; color: var(--grijs); }
ul.kaal { list-style: none; margin: 0; padding: 0; }
footer { border-top: 1px solid var(--rand); color: var(--grijs); font-size: .85rem;
         padding: 1rem 0 2rem; }
@media (max-width: 40rem) {
  thead { display: none; }
  tr, td { display: block; border: 0; }
  tr { border-bottom: 1px solid var(--rand); padding: .5rem 0; }
  dl.gegevens { grid-template-columns: 1fr; }
}
"""


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / (1024 * 1024):.1f} MB"


def dutch_date(iso_moment: str) -> str:
    """`2024-03-12T10:00:00Z` → `12-03-2024` (the date part, as shown on Dutch sites)."""
    return f"{iso_moment[8:10]}-{iso_moment[5:7]}-{iso_moment[0:4]}"


def shown_date(nota_date: str | None) -> str:
    """The nota's date, written uniformly (`1 februari 2024`) when it can be read."""
    made = parse_nota_date(nota_date)
    if made is None:
        return nota_date or "—"
    return f"{made.day} {DUTCH_MONTH_NAMES[made.month - 1]} {made.year}"


def page(title: str, body: str, root: str, updated: str, site_name: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="woo-pipeline {esc(__version__)}">
<title>{esc(title)}</title>
<style>{STYLE}</style>
</head>
<body>
<header><div class="breed"><p><a href="{root}index.html">{esc(site_name)}</a></p>
<h1>{esc(title)}</h1></div></header>
<main>
{body}
</main>
<footer><div class="breed">Actief openbaar gemaakt op grond van de Wet open overheid (Woo).
Laatst bijgewerkt: {esc(updated)}.</div></footer>
</body>
</html>
"""


def version_state(v: VersionRecord, current: VersionRecord | None) -> str:
    if v.withdrawn:
        return (f'<span class="label ingetrokken">Ingetrokken</span> <span class="klein">op '
                f'{esc(dutch_date(v.withdrawn_at or ""))}: {esc(v.withdrawn_reason)}</span>')
    if current is not None and v.version == current.version:
        return '<span class="label geldig">Geldig</span>'
    return '<span class="label vervangen">Vervangen</span>'


def redaction_list(v: VersionRecord) -> str:
    by_ground = v.summary.get("by_ground") or {}
    if not by_ground:
        return "Niets weggelakt"
    items = "".join(
        f"<li>{esc(count)}× <abbr title=\"{esc(WOO_GROUNDS.get(ground, ''))}\">"
        f"art. {esc(ground)} Woo</abbr> <span class=\"klein\">"
        f"{esc(WOO_GROUNDS.get(ground, ''))}</span></li>"
        for ground, count in sorted(by_ground.items()))
    return f'<ul class="kaal">{items}</ul>'


def file_links(v: VersionRecord, prefix: str) -> str:
    if v.withdrawn:
        return '<span class="klein">Niet meer beschikbaar</span>'
    pdf = prefix + quote(public_file_name(v.nota_id, v.version, ".pdf"))
    xml = prefix + quote(public_file_name(v.nota_id, v.version, ".xml"))
    return (f'<a href="{pdf}">PDF</a> <span class="klein">({esc(human_size(v.pdf_size))})'
            f'</span><br><a href="{xml}" class="klein">Metadata (DiWoo XML)</a>')


def current_version(versions: list[VersionRecord]) -> VersionRecord | None:
    """The latest version that is not withdrawn."""
    live = [v for v in versions if not v.withdrawn]
    return live[-1] if live else None


def nota_page(versions: list[VersionRecord], updated: str, site_name: str) -> str:
    latest = versions[-1]
    current = current_version(versions)
    shown = current or latest
    reference_label = (latest.identity_kind if latest.identity_kind != "title"
                       else "Referentie")
    rows = [
        ("Titel", esc(shown.title)),
        (reference_label, esc(shown.reference or "—")),
        ("Datum", esc(shown_date(shown.nota_date))),
        ("Organisatie", esc(shown.organisation_label)),
        ("Informatiecategorie",
         esc(INFORMATION_CATEGORIES.get(shown.information_category,
                                        shown.information_category))),
        ("Documentsoort", esc(DOCUMENT_TYPE[1])),
        ("Nota actief openbaar", esc(shown.actief_openbaar or "—")),
    ]
    if current is None:
        rows.append(("Status", version_state(latest, None)))
    details = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows)
    version_rows = "".join(
        f"<tr><td class=\"nummer\">Versie {v.version}</td>"
        f"<td class=\"nummer\">{esc(dutch_date(v.published_at))}</td>"
        f"<td>{version_state(v, current)}</td><td>{redaction_list(v)}</td>"
        f"<td>{file_links(v, '../files/')}</td>"
        f"<td><code class=\"hash\">{esc(v.pdf_sha256)}</code></td></tr>"
        for v in reversed(versions))
    body = f"""<dl class="gegevens">{details}</dl>
<h2>Versies</h2>
<table>
<caption>Elke gepubliceerde versie blijft vindbaar. De SHA-256-controlesom hoort bij de
PDF.</caption>
<thead><tr><th scope="col">Versie</th><th scope="col">Gepubliceerd</th>
<th scope="col">Status</th><th scope="col">Weggelakt</th><th scope="col">Bestanden</th>
<th scope="col">SHA-256</th></tr></thead>
<tbody>
{version_rows}
</tbody>
</table>
<p><a href="../index.html">← Alle beslisnota's</a></p>"""
    return page(shown.title, body, "../", updated, site_name)


def sort_key(versions: list[VersionRecord]) -> tuple:
    shown = current_version(versions) or versions[-1]
    made = parse_nota_date(shown.nota_date) or date.min
    return (-made.toordinal(), shown.title.lower())


def index_page(notas: list[list[VersionRecord]], site_name: str, updated: str) -> str:
    rows = []
    for versions in notas:
        current = current_version(versions)
        shown = current or versions[-1]
        link = f"nota/{quote(shown.nota_id)}.html"
        if current is not None:
            files = file_links(current, "files/")
            state = f"Versie {current.version}"
        else:
            files = version_state(versions[-1], None)
            state = f"Versie {versions[-1].version}"
        rows.append(
            f"<tr><td><a href=\"{link}\">{esc(shown.title)}</a></td>"
            f"<td class=\"nummer\">{esc(shown.reference or '—')}</td>"
            f"<td class=\"nummer\">{esc(shown_date(shown.nota_date))}</td>"
            f"<td class=\"nummer\">{esc(state)}</td><td>{files}</td></tr>")
    table = (
        "<table><caption>" + esc(f"{len(notas)} beslisnota('s), nieuwste eerst") + "</caption>"
        "<thead><tr><th scope=\"col\">Titel</th><th scope=\"col\">Referentie</th>"
        "<th scope=\"col\">Datum</th><th scope=\"col\">Versie</th>"
        "<th scope=\"col\">Document</th></tr></thead><tbody>"
        + "".join(rows) + "</tbody></table>"
        if rows else "<p>Er zijn nog geen beslisnota's gepubliceerd.</p>")
    body = f"""<p class="inleiding">Beslisnota's die openbaar zijn gemaakt samen met de Kamerbrief
waar ze bij horen. Persoonsgegevens van ambtenaren en burgers zijn weggelakt op grond van artikel
5.1, tweede lid, onder e, van de Woo. Per nota staan alle versies, met de reden als een versie is
ingetrokken.</p>
<p class="klein">Organisatie: {esc(site_name)}</p>
{table}"""
    return page("Openbaar gemaakte beslisnota's", body, "", updated, site_name)


def write_public_site(archive: Archive) -> list[str]:
    """(Re)build `public/` from the index. Only changed files are rewritten.

    Returns the archived files left out because they no longer match their checksum (never
    copy tampered content to the public); `archive verify` reports them too.
    """
    # The index's write lock keeps two publishers from rebuilding the site at the same time
    # (one could remove the files of a version the other just published).
    archive.conn.execute("BEGIN IMMEDIATE")
    try:
        return _write_site_locked(archive)
    finally:
        archive.conn.execute("ROLLBACK")


def _write_site_locked(archive: Archive) -> list[str]:
    public = archive.root / PUBLIC_DIR
    by_nota: dict[str, list[VersionRecord]] = defaultdict(list)
    for v in archive.versions():
        by_nota[v.nota_id].append(v)
    notas = sorted(by_nota.values(), key=sort_key)
    moments = [v.published_at for vs in notas for v in vs]
    moments += [v.withdrawn_at for vs in notas for v in vs if v.withdrawn_at]
    updated = dutch_date(max(moments)) if moments else "nog niet"
    site_name = ", ".join(sorted({v.organisation_label for vs in notas for v in vs}))
    site_name = site_name or "deze organisatie"

    # destination -> page content, or (archived file, its sha256) to copy
    wanted: dict[Path, bytes | tuple[Path, str]] = {}
    wanted[public / "index.html"] = index_page(notas, site_name, updated).encode("utf-8")
    for versions in notas:
        nota_id = versions[0].nota_id
        wanted[public / "nota" / f"{nota_id}.html"] = nota_page(versions, updated,
                                                                site_name).encode("utf-8")
        for v in versions:
            if v.withdrawn:
                continue
            wanted[public / "files" / public_file_name(nota_id, v.version, ".pdf")] = (
                archive.root / v.pdf_relpath, v.pdf_sha256)
            wanted[public / "files" / public_file_name(nota_id, v.version, ".xml")] = (
                archive.root / v.diwoo_relpath, v.diwoo_sha256)

    left_out: list[str] = []
    for dest, content in list(wanted.items()):
        if isinstance(content, bytes):
            data = content
        else:
            source, sha = content
            data = source.read_bytes() if source.is_file() else b""
            if hashlib.sha256(data).hexdigest() != sha:
                left_out.append(source.relative_to(archive.root).as_posix())
                del wanted[dest]
                continue
        if dest.exists() and dest.read_bytes() == data:
            continue
        write_file_atomically(data, dest)
    # Whatever else is in the managed folders is stale, e.g. the files of a withdrawn version.
    for folder in (public / "nota", public / "files"):
        if folder.is_dir():
            for path in folder.iterdir():
                if path not in wanted:
                    path.unlink()
    return left_out

