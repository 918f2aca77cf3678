"""Score detection on the independent hard-case corpus (tests/hard_cases/cases.json and the
later batches, cases_batch*.json).

Each case is a short nota fragment written in styles that differ from samples/ (other
ministries' header layouts, e-mail chains, minutes, tables, signatures, footnotes, English
fragments, citizens' data). It is drawn on one A4 page with PyMuPDF, parsed with
`woo_pipeline.parse.parse_document` and run through `woo_pipeline.detect.detect`, exactly as a
real PDF would be. Then:

- every `redact` item must be fully covered by findings whose suggestion is `redact`;
- no `keep` item may overlap a finding whose suggestion is `redact`.

Items are matched in `Document.text` with whitespace normalised (a line break counts as a
space, and a line may break after a hyphen). Every occurrence of an item is checked, except an
occurrence that lies inside a longer item of the other list ("Groen" as a civil servant is not
checked inside the keep item "Kamerlid Groen"). Brackets and separators inside an item
("E.K. (Evelien) Tjon-A-Fat", "Bakker, K.J.") need not be covered themselves.

Run `python tests/hard_cases/score.py` for the aggregate recall / keep-rate and the list of
failing items with the reason; `--all` also lists cases that pass, `-k TEXT` selects cases
whose id contains TEXT, `--json` prints machine-readable results. `tests/test_hard_cases.py`
asserts the same per case, with the cases in `known_failures.json` as strict xfails.

`--tab-stops` draws the cases that hold tabs (tables, header columns, contact lists) the way
a word processor sets tab stops: each cell at a column aligned over the rows of its table.
MuPDF then extracts every cell as a line of its own, as it does from real tables, so the
column reading of `woo_pipeline.tables` is what finds the names. Without it a tab is drawn as
one space and a table reads as running text.

`--tables` draws them as a word processor draws a table: lines with tabs become the rows of a
ruled table of equal columns across the text width (as Word inserts one), cells split at tabs,
and a cell's text wraps inside its column ("Bakker-Visser," | "Lotte"). MuPDF extracts every
line of a cell as a line of its own. This is the layout of real notas' contact lists, paraph
routes and attendance lists; the other two drawings never wrap a cell.
"""

from __future__ import annotations

import argparse
import html
import json
import math
import re
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES_PATH = HERE / "cases.json"
KNOWN_FAILURES_PATH = HERE / "known_failures.json"

A4 = (595.28, 841.89)
MARGIN = 56.0  # about 2 cm, as in a Word nota
# Characters of an item that are layout, not content: they need not be redacted themselves.
_IGNORABLE = set(" \t\n\u00a0()[]<>,;:\"'|")


# ------------------------------------------------------------------------------ loading
def load_cases() -> list[dict]:
    """cases.json, then each later batch (cases_batch2.json, ...) in name order."""
    cases = json.loads(CASES_PATH.read_text(encoding="utf-8"))
    for path in sorted(HERE.glob("cases_batch*.json")):
        cases += json.loads(path.read_text(encoding="utf-8"))
    return cases


def load_known_failures() -> dict[str, str]:
    if not KNOWN_FAILURES_PATH.exists():
        return {}
    return json.loads(KNOWN_FAILURES_PATH.read_text(encoding="utf-8"))


def normalise(text: str) -> str:
    return " ".join(text.split())


# ------------------------------------------------------------------------------ the PDF
TAB_STOP = 36.0  # half an inch, as word processors space their default tab stops


def _tab_layout(lines: list[str], font, size: float) -> tuple[list[list[tuple[float, str]]], float]:
    """(x, cell) for every cell of every line, and the widest line. Lines with tabs in a row
    form a table: a column starts right of the widest cell before it in any of its rows plus
    a gap wider than a space, rounded up to the next tab stop."""
    gap = 1.6 * size
    placed: list[list[tuple[float, str]]] = []
    widest = 0.0
    i = 0
    while i < len(lines):
        if "\t" not in lines[i]:
            placed.append([(0.0, lines[i])])
            widest = max(widest, font.text_length(lines[i], size))
            i += 1
            continue
        j = i
        while j < len(lines) and "\t" in lines[j]:
            j += 1
        rows = [line.split("\t") for line in lines[i:j]]
        columns = [0.0]
        for c in range(1, max(len(r) for r in rows)):
            right = max(
                (columns[c - 1] + font.text_length(r[c - 1], size) for r in rows
                 if len(r) > c - 1 and r[c - 1]),
                default=columns[c - 1],
            )
            columns.append(math.ceil((right + gap) / TAB_STOP) * TAB_STOP)
        for r in rows:
            placed.append([(columns[c], cell) for c, cell in enumerate(r)])
            widest = max(widest, columns[len(r) - 1] + font.text_length(r[-1], size))
        i = j
    return placed, widest


def _draw_at_tab_stops(page, text: str, family: str) -> bool:
    """Draw `text` line by line with its cells at tab stops; False if it does not fit on the
    page at a readable size (the caller then flows it as usual)."""
    import pymupdf

    font = pymupdf.Font("tiro" if family == "serif" else "helv")
    lines = text.split("\n")
    width, height = A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN
    size = 9.5
    placed, widest = _tab_layout(lines, font, size)
    while widest > width or len(lines) * 1.25 * size > height:
        size -= 0.25
        if size < 7:
            return False
        placed, widest = _tab_layout(lines, font, size)
    writer = pymupdf.TextWriter(page.rect)
    y = MARGIN + size
    for cells in placed:
        for x, cell in cells:
            if cell.strip():
                writer.append((MARGIN + x, y), cell, font=font, fontsize=size)
        y += 1.25 * size
    writer.write_text(page)
    return True


TEXT, TAB_STOPS, TABLES = "text", "tab-stops", "tables"  # the ways to draw a case


def _html_with_tables(text: str) -> str:
    """The case as HTML for `--tables`: each run of lines with tabs a table of equal columns,
    the other lines as they are."""
    parts: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if "\t" not in lines[i]:
            parts.append(f"<div>{html.escape(lines[i]) or '&nbsp;'}</div>")
            i += 1
            continue
        rows = []
        while i < len(lines) and "\t" in lines[i]:
            # a run of tabs aligns one cell: it is one cell boundary in a table
            rows.append(re.split(r"\t+", lines[i].strip("\t")))
            i += 1
        columns = max(len(r) for r in rows)
        width = 100 // columns
        body = "".join(
            "<tr>" + "".join(
                f'<td style="width:{width}%">{html.escape(cell)}</td>'
                for cell in row + [""] * (columns - len(row))
            ) + "</tr>"
            for row in rows
        )
        parts.append(f'<table style="width:100%">{body}</table>')
    return "".join(parts)


def build_pdf(case: dict, drawing: str = TEXT) -> bytes:
    """One A4 page with the case's text flowed into the text area (Story layout: long lines
    wrap like a Word paragraph, forced line breaks stay, runs of spaces in tables stay).
    `drawing` TAB_STOPS or TABLES: a case with tabs has its cells at tab stops or in a ruled
    table instead (see the module's docstring)."""
    import pymupdf

    family = "serif" if sum(map(ord, case["id"])) % 3 == 0 else "sans-serif"
    tables = drawing == TABLES and "\t" in case["text"]
    if drawing == TAB_STOPS and "\t" in case["text"]:
        doc = pymupdf.open()
        page = doc.new_page(width=A4[0], height=A4[1])
        if _draw_at_tab_stops(page, case["text"], family):
            doc.set_metadata({"title": case["id"], "producer": "tests/hard_cases/score.py"})
            data = doc.tobytes()
            doc.close()
            return data
        doc.close()
    css = (
        f"* {{font-family: {family}; font-size: 9.5pt; line-height: 1.25;}}"
        " div {white-space: pre-wrap;}"
        " table {border-collapse: collapse;}"
        " td {vertical-align: top; padding: 1pt 3pt; border: 0.5pt solid black;}"
    )
    if tables:
        body = _html_with_tables(case["text"])
    else:
        body = f"<div>{html.escape(case['text'])}</div>"
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    rect = pymupdf.Rect(MARGIN, MARGIN, A4[0] - MARGIN, A4[1] - MARGIN)
    # wrapped cells make a table taller: such a page may shrink further
    spare, _scale = page.insert_htmlbox(rect, body, css=css, scale_low=0.5 if tables else 0.75)
    if spare < 0:
        raise ValueError(f"case {case['id']} does not fit on one page")
    doc.set_metadata({"title": case["id"], "producer": "tests/hard_cases/score.py"})
    data = doc.tobytes()
    doc.close()
    return data


def parse_case(case: dict, drawing: str = TEXT):
    import pymupdf

    from woo_pipeline.parse import parse_document

    with pymupdf.open("pdf", build_pdf(case, drawing)) as pdf:
        assert pdf.page_count == 1, case["id"]
        return parse_document(pdf, path=f"hard_cases/{case['id']}.pdf")


# ------------------------------------------------------------------------------ matching
def item_pattern(item: str) -> re.Pattern[str]:
    """The item as it may appear in the parsed text: any whitespace run for a space, an
    optional line break after a hyphen, and no letters or digits glued on either side."""
    parts = []
    # "Oosterhof-\nBakker" and "Brood- en": the parser joins a line broken after a hyphen, so
    # the space after a hyphen is optional too.
    for token in re.sub(r"-\s+", "-", item).split():
        parts.append(r"-\s*".join(re.escape(piece) for piece in token.split("-")))
    body = r"\s+".join(parts)
    lead = r"(?<![\w@.])" if re.match(r"\w", item) else ""
    tail = r"(?![\w@])" if re.search(r"\w$", item) else ""
    return re.compile(lead + body + tail)


def occurrences(text: str, item: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in item_pattern(item).finditer(text)]


def _inside(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    s, e = span
    return any(os <= s and e <= oe and (oe - os) > (e - s) for os, oe in others)


# ------------------------------------------------------------------------------ results
@dataclass
class ItemResult:
    kind: str  # redact | keep
    text: str
    ok: bool
    problem: str = ""  # missed | partly redacted | over-redacted | not in the parsed text
    detail: str = ""


@dataclass
class CaseResult:
    id: str
    style: str
    items: list[ItemResult] = field(default_factory=list)
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error and all(i.ok for i in self.items)

    def failures(self) -> list[str]:
        lines = [f"error: {self.error}"] if self.error else []
        for i in self.items:
            if not i.ok:
                lines.append(f"{i.problem}: {i.text!r} — {i.detail}")
        return lines

    def counts(self) -> tuple[int, int, int, int]:
        red = [i for i in self.items if i.kind == "redact"]
        keep = [i for i in self.items if i.kind == "keep"]
        return sum(i.ok for i in red), len(red), sum(i.ok for i in keep), len(keep)


def _describe(f) -> str:
    why = f.reason or f.explanation
    return f"{f.text!r} {f.entity_type} {f.suggestion} ({f.detector}: {why})"


def evaluate_case(case: dict, drawing: str = TEXT) -> CaseResult:
    from woo_pipeline.detect import detect
    from woo_pipeline.findings import REDACT

    result = CaseResult(case["id"], case.get("style", ""))
    try:
        document = parse_case(case, drawing)
        findings = detect(document)
    except Exception as exc:  # a crash is a failure of the case, reported like any other
        result.error = f"{type(exc).__name__}: {exc}"
        return result
    text = document.text
    redacted = [False] * len(text)
    for f in findings:
        if f.suggestion == REDACT:
            for i in range(f.start, f.end):
                redacted[i] = True

    occ = {
        kind: {item: occurrences(text, item) for item in case[kind]} for kind in ("redact", "keep")
    }
    all_spans = {kind: [s for spans in occ[kind].values() for s in spans] for kind in occ}

    def overlapping(s: int, e: int) -> list:
        return [f for f in findings if f.start < e and s < f.end]

    for item, spans in occ["redact"].items():
        checked = [sp for sp in spans if not _inside(sp, all_spans["keep"])]
        if not spans:
            result.items.append(
                ItemResult(
                    "redact", item, False, "not in the parsed text", repr(normalise(text))[:200]
                )
            )
            continue
        problems = []
        for s, e in checked:
            need = [i for i in range(s, e) if text[i] not in _IGNORABLE]
            got = [i for i in need if redacted[i]]
            if len(got) == len(need):
                continue
            seen = overlapping(s, e)
            what = "; ".join(_describe(f) for f in seen) or "no finding at all"
            problems.append(("partly redacted" if got else "missed", f"at {s}: {what}"))
        if problems:
            kinds = {p for p, _ in problems}
            problem = "missed" if kinds == {"missed"} else "partly redacted"
            result.items.append(
                ItemResult("redact", item, False, problem, " | ".join(d for _, d in problems))
            )
        else:
            result.items.append(ItemResult("redact", item, True))

    for item, spans in occ["keep"].items():
        if not spans:
            result.items.append(
                ItemResult(
                    "keep", item, False, "not in the parsed text", repr(normalise(text))[:200]
                )
            )
            continue
        bad = []
        for s, e in spans:
            if _inside((s, e), all_spans["redact"]):
                continue
            hits = [f for f in overlapping(s, e) if f.suggestion == REDACT]
            bad.extend(_describe(f) for f in hits)
        if bad:
            result.items.append(
                ItemResult("keep", item, False, "over-redacted", "; ".join(dict.fromkeys(bad)))
            )
        else:
            result.items.append(ItemResult("keep", item, True))
    return result


@cache
def _cases_by_id() -> dict[str, dict]:
    return {c["id"]: c for c in load_cases()}


@cache
def evaluate_by_id(case_id: str, drawing: str = TEXT) -> CaseResult:
    return evaluate_case(_cases_by_id()[case_id], drawing)


def aggregate(results: list[CaseResult]) -> dict:
    r_ok = r_all = k_ok = k_all = 0
    for res in results:
        a, b, c, d = res.counts()
        r_ok, r_all, k_ok, k_all = r_ok + a, r_all + b, k_ok + c, k_all + d
    return {
        "cases": len(results),
        "cases_passing": sum(r.ok for r in results),
        "redact_items": r_all,
        "redact_found": r_ok,
        "recall": r_ok / r_all if r_all else 1.0,
        "keep_items": k_all,
        "keep_preserved": k_ok,
        "keep_rate": k_ok / k_all if k_all else 1.0,
    }


# ------------------------------------------------------------------------------ CLI
def main(argv: list[str] | None = None) -> int:
    import logging

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-k", default="", help="only cases whose id contains this text")
    ap.add_argument("--all", action="store_true", help="also list the cases that pass")
    ap.add_argument("--json", action="store_true", help="print results as JSON")
    drawings = ap.add_mutually_exclusive_group()
    drawings.add_argument(
        "--tab-stops", dest="drawing", action="store_const", const=TAB_STOPS, default=TEXT,
        help="draw cases with tabs at tab stops (tables read by their columns)",
    )
    drawings.add_argument(
        "--tables", dest="drawing", action="store_const", const=TABLES,
        help="draw cases with tabs as ruled tables whose cells wrap",
    )
    args = ap.parse_args(argv)

    cases = [c for c in load_cases() if args.k in c["id"]]
    known = load_known_failures()
    results = [evaluate_case(c, args.drawing) for c in cases]
    agg = aggregate(results)

    if args.json:
        out = {
            "aggregate": agg,
            "cases": [{**asdict(r), "ok": r.ok, "known_failure": known.get(r.id)} for r in results],
        }
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0

    for r in results:
        if r.ok and not args.all:
            continue
        status = "ok" if r.ok else ("known failure" if r.id in known else "NEW FAILURE")
        if r.ok and r.id in known:
            status = "FIXED (remove it from known_failures.json)"
        print(f"\n[{status}] {r.id} ({r.style})")
        for line in r.failures():
            print(f"    {line}")

    by_problem = Counter(i.problem for r in results for i in r.items if not i.ok)
    by_style: dict[str, list[int]] = {}
    for r in results:
        a, b, c, d = r.counts()
        s = by_style.setdefault(r.style, [0, 0, 0, 0])
        s[0], s[1], s[2], s[3] = s[0] + a, s[1] + b, s[2] + c, s[3] + d
    print("\nPer style (redact found/total, keep preserved/total):")
    for style, (a, b, c, d) in sorted(by_style.items()):
        print(f"  {style:<16} {a:>3}/{b:<3}  {c:>3}/{d:<3}")
    print(
        "\nFailing items by problem: " + ", ".join(f"{k}: {v}" for k, v in by_problem.most_common())
    )
    new = [r.id for r in results if not r.ok and r.id not in known]
    fixed = [r.id for r in results if r.ok and r.id in known]
    print(
        f"\nCases: {agg['cases']}, passing {agg['cases_passing']}; "
        f"new failures {len(new)}, fixed known failures {len(fixed)}"
    )
    print(
        f"Recall of redact items: {agg['redact_found']}/{agg['redact_items']} = {agg['recall']:.1%}"
    )
    kept = f"{agg['keep_preserved']}/{agg['keep_items']}"
    print(f"Keep items preserved:   {kept} = {agg['keep_rate']:.1%}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent.parent))
    sys.exit(main())
