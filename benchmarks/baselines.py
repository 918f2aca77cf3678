"""The two baselines of the benchmark, and the glue that scores them like the pipeline.

Both baselines read the same text the pipeline reads (`Document.text` from our parser), so
the comparison is about detection, not about PDF text extraction. Their spans are turned into
`Finding`s on the pages the characters were drawn on, and scored by the very function that
scores the pipeline (`evaluate.score_detection`): a truth item is found when a predicted span
on the same page contains it or lies inside it.

Type mappings (a baseline's label → our entity type; labels mapped to None are dropped,
because they name things the Woo pipeline never redacts, so a baseline is not penalised for
categories outside the task):

deduce 3.0.6 (Dutch de-identification of medical text):
    persoon, patient → PERSON; locatie (streets, house numbers, postcodes, place names,
    postbus) → NL_ADDRESS; telefoonnummer → PHONE_NUMBER; emailadres → EMAIL_ADDRESS;
    bsn → NL_BSN; id (any identification number) → NL_BSN; datum → DATE_OF_BIRTH (only in
    the "with dates" variant); ziekenhuis, zorginstelling, leeftijd, url → dropped.

Presidio 2.2 AnalyzerEngine, default predefined recognizers registered for `nl`, NER from
our shipped spaCy pipeline (there is no Dutch Presidio model, and nothing may be downloaded):
    PERSON → PERSON; EMAIL_ADDRESS, EMAIL → EMAIL_ADDRESS; PHONE_NUMBER → PHONE_NUMBER;
    IBAN_CODE → IBAN_CODE; LOCATION → NL_ADDRESS; ID → NL_BSN; DATE_TIME → DATE_OF_BIRTH
    (only in the "with dates" variant); ORGANIZATION, NRP, AGE, URL, IP_ADDRESS, CRYPTO,
    MAC_ADDRESS, UUID, MEDICAL_LICENSE, CREDIT_CARD → dropped.

Dates: the only date the pipeline redacts is a date of birth; neither baseline can tell it
from the other dates in a nota. Each baseline is therefore scored twice, with every date it
finds counted as a date of birth and with dates ignored, and compared at its better F1.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from woo_pipeline.detect import boxes_for_span
from woo_pipeline.document import Document
from woo_pipeline.findings import REDACT, Decision, Finding

DATE_TYPE = "DATE_OF_BIRTH"

DEDUCE_TYPES: dict[str, str | None] = {
    "persoon": "PERSON",
    "patient": "PERSON",
    "locatie": "NL_ADDRESS",
    "telefoonnummer": "PHONE_NUMBER",
    "emailadres": "EMAIL_ADDRESS",
    "bsn": "NL_BSN",
    "id": "NL_BSN",
    "datum": DATE_TYPE,
    "ziekenhuis": None,
    "zorginstelling": None,
    "leeftijd": None,
    "url": None,
}

PRESIDIO_TYPES: dict[str, str | None] = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "EMAIL": "EMAIL_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "IBAN_CODE": "IBAN_CODE",
    "LOCATION": "NL_ADDRESS",
    "ID": "NL_BSN",
    "DATE_TIME": DATE_TYPE,
    "ORGANIZATION": None,
    "NRP": None,
    "AGE": None,
    "URL": None,
    "IP_ADDRESS": None,
    "CRYPTO": None,
    "MAC_ADDRESS": None,
    "UUID": None,
    "MEDICAL_LICENSE": None,
    "CREDIT_CARD": None,
}


@dataclass
class Span:
    label: str  # the baseline's own label
    start: int  # offsets in Document.text
    end: int


@dataclass
class MappedSpans:
    """A baseline's spans on one document, mapped to our types."""

    spans: list[tuple[str, int, int]] = field(default_factory=list)  # (our type, start, end)
    dropped: Counter = field(default_factory=Counter)  # baseline label → spans not scored


def map_spans(spans: list[Span], mapping: dict[str, str | None], with_dates: bool) -> MappedSpans:
    out = MappedSpans()
    for s in spans:
        etype = mapping.get(s.label)
        if etype is None or (etype == DATE_TYPE and not with_dates):
            out.dropped[s.label] += 1
            continue
        out.spans.append((etype, s.start, s.end))
    return out


def as_findings(document: Document, spans: list[tuple[str, int, int]]) -> tuple[
    list[Finding], dict[str, Decision]
]:
    """Spans → redacted findings placed on the pages their characters are drawn on, so that
    `evaluate.score_detection` scores them exactly like the pipeline's own findings."""
    findings: list[Finding] = []
    decisions: dict[str, Decision] = {}
    for i, (etype, start, end) in enumerate(spans):
        fid = f"baseline-{i}"
        findings.append(
            Finding(
                id=fid,
                entity_type=etype,
                start=start,
                end=end,
                text=document.text[start:end],
                page=document.page_of(start),
                boxes=boxes_for_span(document, start, end),
                score=1.0,
                detector="baseline",
                explanation="",
                suggestion=REDACT,
            )
        )
        decisions[fid] = Decision(fid, REDACT)
    return findings, decisions


def load_deduce() -> Callable[[str], list[Span]]:
    """deduce's default pipeline. The first load on a fresh install builds lookup structures
    (minutes); later loads read them from deduce's cache."""
    import deduce

    model = deduce.Deduce()
    # deduce sets the root logger to DEBUG/INFO; keep the benchmark's output readable.
    logging.getLogger().setLevel(logging.WARNING)

    def run(text: str) -> list[Span]:
        doc = model.deidentify(text)
        return [Span(a.tag, a.start_char, a.end_char) for a in doc.annotations]

    return run


def load_presidio(model_dir: Path) -> tuple[Callable[[str], list[Span]], list[str]]:
    """Presidio's AnalyzerEngine with its default predefined recognizers for `nl`, and the
    names of the recognizers it runs.

    Presidio has no Dutch model of its own and its English default (en_core_web_lg) is not
    installed and may not be downloaded. The fairest offline option is Dutch: the default
    recognizers registered for `nl`, with our shipped spaCy pipeline as the NER model, so the
    baseline gets the same language model the pipeline gets and differs only in recognizers
    and rules. Presidio downloads a model whose name is not an existing path; we pass an
    absolute path that exists and make spaCy's download raise, to be sure it never does.
    """
    import spacy.cli
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.recognizer_registry.recognizers_loader_utils import (
        RecognizerListLoader,
    )

    path = model_dir.resolve()
    if not (path / "config.cfg").exists():
        raise FileNotFoundError(f"no spaCy pipeline at {path}")

    def refuse_download(*args, **kwargs):  # noqa: ARG001
        raise RuntimeError("the benchmark never downloads a model")

    spacy.cli.download = refuse_download
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    nlp_engine = SpacyNlpEngine(models=[{"lang_code": "nl", "model_name": str(path)}])
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=["nl"])
    # Presidio finds a predefined recognizer by class name among all EntityRecognizer
    # subclasses loaded; woo_pipeline.recognizers also defines an EmailRecognizer and an
    # IbanRecognizer, which would be picked instead (and fail). Prefer Presidio's own.
    loader = RecognizerListLoader
    by_name = loader.get_existing_recognizer_cls

    def presidio_class(recognizer_name: str):
        for cls in loader.get_all_existing_recognizers():
            if cls.__name__ == recognizer_name and cls.__module__.startswith("presidio_analyzer"):
                return cls
        return by_name(recognizer_name)

    loader.get_existing_recognizer_cls = staticmethod(presidio_class)
    try:
        registry.load_predefined_recognizers(languages=["nl"], nlp_engine=nlp_engine)
    finally:
        loader.get_existing_recognizer_cls = staticmethod(by_name)
    foreign = [r for r in registry.recognizers
               if not type(r).__module__.startswith("presidio_analyzer")]
    if foreign:
        raise RuntimeError(f"not Presidio's own recognizers: {foreign}")
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["nl"])

    def run(text: str) -> list[Span]:
        return [Span(r.entity_type, r.start, r.end) for r in analyzer.analyze(text, "nl")]

    return run, sorted(type(r).__name__ for r in registry.recognizers)

