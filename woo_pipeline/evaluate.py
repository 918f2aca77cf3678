"""Score the pipeline against ground truth: detection P/R/F per entity type, leaks in the
written output, and over-redaction of what must stay.

Ground truth is the samples' format (`<stem>.truth.json` next to each PDF): `redact` items
(every occurrence, with text, type and page) and `keep` items, plus `fields`, `title`,
`sections` and `motivering` that must survive.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import pymupdf

from woo_pipeline import lexicon
from woo_pipeline.findings import REDACT, Decision, Finding


def norm(text: str) -> str:
    return " ".join(text.replace("-\n", "").split())


def _key(text: str) -> str:
    """Comparison key: folded, whitespace-normalised, hyphens dropped ("Vries-\nRamdin" and
    "Vries-Ramdin" and "Bak-\nker"/"Bakker" compare equal)."""
    return lexicon.fold(" ".join(text.split())).replace("- ", "").replace("-", "")


def truth_files(truth_dir: Path) -> list[Path]:
    return sorted(truth_dir.rglob("*.truth.json"))


def load_truth(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    per_type: dict[str, TypeScore] = field(default_factory=lambda: defaultdict(TypeScore))
    redact_items: int = 0
    leaked_items: int = 0
    keep_items: int = 0
    lost_keep_items: int = 0
    leaks: list[str] = field(default_factory=list)  # "doc p1 PERSON" (no text: may be shared)
    lost: list[str] = field(default_factory=list)
    documents: int = 0

    @property
    def overall(self) -> TypeScore:
        total = TypeScore()
        for s in self.per_type.values():
            total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
        return total

    @property
    def leak_rate(self) -> float:
        return self.leaked_items / self.redact_items if self.redact_items else 0.0

    @property
    def keep_rate(self) -> float:
        return 1 - self.lost_keep_items / self.keep_items if self.keep_items else 1.0

    def to_dict(self) -> dict:
        def score(s: TypeScore) -> dict:
            return {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4), "f1": round(s.f1, 4)}

        return {
            "documents": self.documents,
            "per_type": {t: score(s) for t, s in sorted(self.per_type.items())},
            "overall": score(self.overall),
            "redact_items": self.redact_items,
            "leaked_items": self.leaked_items,
            "leak_rate": round(self.leak_rate, 4),
            "keep_items": self.keep_items,
            "lost_keep_items": self.lost_keep_items,
            "keep_rate": round(self.keep_rate, 4),
            "leaks": self.leaks,
            "lost": self.lost,
        }


def score_detection(
    ev: Evaluation, truth: dict, findings: Sequence[Finding], decisions: dict[str, Decision]
) -> None:
    """Match redacted findings to truth items on the same page by overlapping text."""
    redacted = [f for f in findings if decisions.get(f.id) and decisions[f.id].action == REDACT]
    used: set[int] = set()
    for item in truth["redact"]:
        want = _key(item["text"])
        page = item.get("page", 1) - 1
        hit = None
        for i, f in enumerate(redacted):
            if i in used:
                continue
            pages = {b[0] for b in f.boxes} or {f.page}
            got = _key(f.text)
            if page in pages and got and (got in want or want in got):
                hit = i
                break
        if hit is None:
            ev.per_type[item["type"]].fn += 1
        else:
            used.add(hit)
            ev.per_type[item["type"]].tp += 1
    keep_texts = [_key(k["text"]) for k in truth.get("keep", [])]
    for i, f in enumerate(redacted):
        if i in used:
            continue
        got = _key(f.text)
        # A second finding inside an item already matched (e.g. the e-mail and a name in it)
        # is not a false alarm.
        if any(got in _key(t["text"]) for t in truth["redact"]):
            continue
        etype = "PERSON" if f.entity_type == "MANUAL" else f.entity_type
        ev.per_type[etype].fp += 1
        if any(got and got in k for k in keep_texts):
            pass  # counted again below as lost keep text when the output is checked


def _page_texts(pdf_path: Path) -> list[str]:
    with pymupdf.open(pdf_path) as doc:
        return [lexicon.fold(norm(page.get_text())) for page in doc]


def _count(hay: str, needle: str) -> int:
    if not needle:
        return 0
    return len(re.findall(rf"(?<!\w){re.escape(needle)}(?!\w)", hay))


def score_output(ev: Evaluation, truth: dict, output_pdf: Path | None, label: str) -> None:
    """Leaks (truth redact items still in the output text) and lost keep items."""
    redact = truth["redact"]
    keep_items = list(truth.get("keep", []))
    keep_items += [{"text": v, "type": "FIELD", "page": 1} for v in truth.get("fields", {}).values()
                   if v]
    if truth.get("title"):
        keep_items.append({"text": truth["title"], "type": "TITLE", "page": 1})
    keep_items += [{"text": s, "type": "HEADING", "page": None} for s in truth.get("sections", [])]
    if truth.get("motivering"):
        keep_items.append({"text": truth["motivering"], "type": "MOTIVERING", "page": None})
    ev.redact_items += len(redact)
    ev.keep_items += len(keep_items)
    if output_pdf is None or not output_pdf.exists():
        # No output: nothing leaked, but nothing of what must stay was published either.
        ev.lost_keep_items += len(keep_items)
        ev.lost.extend(f"{label}: no output" for _ in keep_items[:1])
        return
    pages = _page_texts(output_pdf)
    whole = " ".join(pages)
    keep_by_page: dict[int, list[str]] = defaultdict(list)
    for k in keep_items:
        keep_by_page[(k["page"] or 1) - 1].append(lexicon.fold(norm(k["text"])))
    per_page: Counter = Counter()
    for item in redact:
        per_page[(item.get("page", 1) - 1, lexicon.fold(norm(item["text"])), item["type"])] += 1
    for (page, text, etype), n in per_page.items():
        hay = pages[page] if page < len(pages) else ""
        present = _count(hay, text)
        # Occurrences inside text that must stay (a minister's full name) are not leaks.
        present -= sum(_count(k, text) for k in keep_by_page.get(page, []))
        leaked = max(0, min(n, present))
        if leaked:
            ev.leaked_items += leaked
            ev.leaks.extend([f"{label} p{page + 1} {etype}"] * leaked)
    for k in keep_items:
        want = lexicon.fold(norm(k["text"]))
        hay = pages[k["page"] - 1] if k["page"] and k["page"] - 1 < len(pages) else whole
        if want and want not in hay:
            ev.lost_keep_items += 1
            ev.lost.append(f"{label} {k['type']}: {k['text'][:60]}")


def format_table(ev: Evaluation) -> str:
    rows = [("type", "tp", "fp", "fn", "precision", "recall", "f1")]
    for t, s in sorted(ev.per_type.items()):
        rows.append((t, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}",
                     f"{s.f1:.3f}"))
    o = ev.overall
    rows.append(("ALL", str(o.tp), str(o.fp), str(o.fn), f"{o.precision:.3f}", f"{o.recall:.3f}",
                 f"{o.f1:.3f}"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append("")
    lines.append(
        f"documents: {ev.documents}; leaked: {ev.leaked_items} of {ev.redact_items} items "
        f"({ev.leak_rate:.1%}); kept: {ev.keep_items - ev.lost_keep_items} of {ev.keep_items} "
        f"must-stay items ({ev.keep_rate:.1%})"
    )
    return "\n".join(lines)


def evaluate_batch(
    in_dir: Path, truth_dir: Path, out_dir: Path, options=None, on_document=None
) -> Evaluation:
    """Run the real pipeline on every PDF that has a truth file and score it."""
    from woo_pipeline.decide import automatic_decisions
    from woo_pipeline.pipeline import RunOptions, process_file

    options = options or RunOptions()
    # The findings are scored as the redaction run makes them: the decision source sees them
    # on their way to the automatic decisions, so each document is analysed once.
    seen: list[Finding] = []

    def decide(_document, findings: list[Finding]):
        seen[:] = findings
        return automatic_decisions(findings), []

    run_options = replace(options, decision_source=decide)
    ev = Evaluation()
    for truth_path in truth_files(truth_dir):
        truth = load_truth(truth_path)
        rel = truth_path.relative_to(truth_dir).parent / truth["document"]
        src = in_dir / rel
        if not src.exists():
            continue
        ev.documents += 1
        seen.clear()
        result = process_file(src, out_dir / rel, run_options, str(rel))
        # A document the pipeline rejected found nothing: its items count as missed.
        score_detection(ev, truth, list(seen), automatic_decisions(seen))
        score_output(ev, truth, Path(result.output) if result.output else None, str(rel))
        if on_document:
            on_document(result)
    return ev


def iter_types(ev: Evaluation) -> Iterable[str]:
    return sorted(ev.per_type)
