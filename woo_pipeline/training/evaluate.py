"""Score an NER pipeline: on the held-out-names dev split, and on labelled sample PDFs.

The dev split is regenerated from the seed the model was trained with: its people all carry
first names and surnames that were held out before any training text was generated.

The samples score is at the level of person items, as the redaction pipeline needs it: each
`*.truth.json` next to a PDF lists `redact` items (`text`, `type`: PERSON, EMAIL, ...) and `keep`
items (OFFICE_HOLDER, ORGANISATION, ...). The model has no notion of who is an office holder (a
later stage keeps those by their title), so for the model both PERSON and OFFICE_HOLDER items are
person names:
- recall: the share of PERSON items (civil servants, citizens) of which every occurrence in the
  text is covered by a PER entity;
- precision: the share of PER entities that overlap a PERSON or OFFICE_HOLDER occurrence; a PER
  entity on an organisation, a heading or a plain word counts against it.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from woo_pipeline.training import LABELS
from woo_pipeline.training.corpus import generate
from woo_pipeline.training.names import split_names

PERSON_TYPES = frozenset({"PERSON"})
# Items that are names of people even though they are kept (office holders in their role).
PERSON_KEEP_TYPES = frozenset({"OFFICE_HOLDER", "PERSON"})


def heldout_examples(nlp: Any, seed: int, n_docs: int) -> list[Any]:
    """The held-out-names dev split as spaCy Examples (gold entities on `nlp`'s tokens)."""
    from spacy.training import Example

    split = split_names(seed)
    examples = []
    for text, spans in generate(split, "heldout", n_docs, seed):
        doc = nlp.make_doc(text)
        ents = [doc.char_span(s, e, label=label, alignment_mode="expand") for s, e, label in spans]
        doc.ents = _non_overlapping([ent for ent in ents if ent is not None])
        examples.append(Example(nlp.make_doc(text), doc))
    return examples


def _non_overlapping(spans: list[Any]) -> list[Any]:
    taken: set[int] = set()
    kept = []
    for span in spans:
        tokens = set(range(span.start, span.end))
        if not tokens & taken:
            kept.append(span)
            taken |= tokens
    return kept


def evaluate_heldout(nlp: Any, seed: int, n_docs: int = 1000) -> dict[str, Any]:
    """Precision, recall and F1 per label on the held-out-names split, plus speed."""
    examples = heldout_examples(nlp, seed, n_docs)
    n_words = sum(len(ex.reference) for ex in examples)
    start = time.perf_counter()
    scores = nlp.evaluate(examples, batch_size=64)
    seconds = time.perf_counter() - start
    per_type = scores.get("ents_per_type") or {}
    result: dict[str, Any] = {
        "docs": len(examples),
        "words": n_words,
        "words_per_second": round(n_words / seconds) if seconds else None,
        "overall": _prf(scores["ents_p"], scores["ents_r"], scores["ents_f"]),
        "per_label": {
            label: _prf(per_type[label]["p"], per_type[label]["r"], per_type[label]["f"])
            for label in LABELS
            if label in per_type
        },
        "gold_counts": {
            label: sum(1 for ex in examples for ent in ex.reference.ents if ent.label_ == label)
            for label in LABELS
        },
    }
    return result


def _prf(p: float | None, r: float | None, f: float | None) -> dict[str, float]:
    return {"p": round(p or 0.0, 4), "r": round(r or 0.0, 4), "f": round(f or 0.0, 4)}


# ----------------------------------------------------------------------------------------------
# Samples


@dataclass
class SampleScore:
    """Counts over all sample documents; `missed` / `false_per` keep examples for the report."""

    person_items: int = 0
    person_found: int = 0
    predicted: int = 0
    predicted_correct: int = 0
    documents: int = 0
    missed: list[str] = field(default_factory=list)
    false_per: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        recall = self.person_found / self.person_items if self.person_items else 0.0
        precision = self.predicted_correct / self.predicted if self.predicted else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "documents": self.documents,
            "person_items": self.person_items,
            "person_recall": round(recall, 4),
            "per_predictions": self.predicted,
            "per_precision": round(precision, 4),
            "f": round(f1, 4),
            "missed": sorted(set(self.missed)),
            "false_per": sorted(set(self.false_per)),
        }


def pdf_text(path: Path) -> str:
    """The PDF's text as the pipeline sees it: the parse stage's `Document.text` (blocks joined
    by blank lines, table columns by tabs), or MuPDF's plain page text without that stage."""
    import pymupdf

    with pymupdf.open(path) as pdf:
        try:
            from woo_pipeline.parse import parse_document
        except ImportError:  # the parse stage is not part of a training-only checkout
            return "\n".join(page.get_text() for page in pdf)
        return parse_document(pdf).text


def _occurrences(text: str, item: str) -> list[tuple[int, int]]:
    """Where `item` occurs in `text`: any whitespace between words, and a word may be broken
    at the end of a PDF line ("Kui-\npers" for "Kuipers", "Vries-\nRamdin")."""
    words = item.split()
    if not words:
        return []
    broken = r"(?:-?\n)?"

    def word_pattern(word: str) -> str:
        return broken.join(re.escape(c) for c in word)

    pattern = r"(?<!\w)" + r"\s+".join(word_pattern(w) for w in words) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _load_truth(path: Path) -> dict[str, list[dict[str, str]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {"redact": list(data.get("redact", [])), "keep": list(data.get("keep", []))}


def find_samples(samples_dir: Path) -> list[tuple[Path, Path]]:
    """(truth file, document) pairs: `x.truth.json` goes with `x.pdf` (or `x.txt`)."""
    pairs = []
    for truth in sorted(samples_dir.rglob("*.truth.json")):
        stem = truth.name[: -len(".truth.json")]
        for suffix in (".pdf", ".txt"):
            document = truth.with_name(stem + suffix)
            if document.exists():
                pairs.append((truth, document))
                break
    return pairs


def evaluate_samples(nlp: Any, samples_dir: Path) -> dict[str, Any]:
    """Person-level recall and precision of PER entities against the samples' ground truth."""
    score = SampleScore()
    for truth_path, document in find_samples(samples_dir):
        if document.suffix == ".pdf":
            text = pdf_text(document)
        else:
            text = document.read_text(encoding="utf-8")
        truth = _load_truth(truth_path)
        doc = nlp(text)
        per = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "PER"]
        score.documents += 1

        person_spans: list[tuple[int, int]] = []
        for item in truth["redact"] + truth["keep"]:
            if item.get("type") in PERSON_KEEP_TYPES:
                person_spans += _occurrences(text, item.get("text", ""))

        for item in truth["redact"]:
            if item.get("type") not in PERSON_TYPES:
                continue
            found = _occurrences(text, item.get("text", ""))
            if not found:
                continue  # not in the extracted text (e.g. only in an image): not scorable
            score.person_items += 1
            if all(_covered(text, span, per) for span in found):
                score.person_found += 1
            else:
                score.missed.append(f"{document.name}: {item['text']}")

        for start, end in per:
            score.predicted += 1
            if any(start < e and s < end for s, e in person_spans):
                score.predicted_correct += 1
            else:
                score.false_per.append(f"{document.name}: {text[start:end]!r}")
    return score.as_dict()


def _covered(text: str, span: tuple[int, int], entities: list[tuple[int, int]]) -> bool:
    """Every non-space character of `span` lies inside a PER entity: redacting the entities
    would remove the whole name."""
    start, end = span
    inside = [text[i].isspace() for i in range(start, end)]
    for s, e in entities:
        for i in range(max(s, start), min(e, end)):
            inside[i - start] = True
    return all(inside)
