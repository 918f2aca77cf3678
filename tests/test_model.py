"""The shipped Dutch NER pipeline (models/nl_woo_ner) and the code that rebuilds it.

The names in these sentences were checked to be outside the model's training names: they are
held out by the name split or in no list at all (`test_sentence_names_are_unseen` keeps that
true if the lists change).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from woo_pipeline.training import DEFAULT_MODEL_DIR, LABELS, PRESIDIO_ENTITY_MAPPING

spacy = pytest.importorskip("spacy")

# WOO_MODEL_DIR (as in detect.py) lets a freshly trained candidate run through the same checks.
MODEL_DIR = Path(os.environ.get("WOO_MODEL_DIR") or DEFAULT_MODEL_DIR)


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_DIR)


def test_loads_offline_with_labels_and_meta(no_network):
    nlp = spacy.load(MODEL_DIR)
    assert nlp.lang == "nl"
    assert {"sentencizer", "ner"} <= set(nlp.pipe_names)
    assert set(LABELS) <= set(nlp.get_pipe("ner").labels)
    meta = nlp.meta
    assert meta["version"] and meta["description"]
    assert {s["license"] for s in meta["sources"]} >= {"LGPL-3.0-or-later", "MIT"}
    assert meta["performance"]["ents_per_type"]["PER"]["r"] >= 0.95
    assert meta["performance"]["ents_per_type"]["PER"]["p"] >= 0.90


def test_model_is_small():
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 20 * 1024 * 1024


@pytest.mark.skipif(MODEL_DIR != DEFAULT_MODEL_DIR, reason="a candidate may differ from ner.cfg")
def test_shipped_model_was_trained_with_the_shipped_config():
    """`woo-pipeline model train` with its defaults rebuilds the shipped pipeline (models/README:
    bit for bit); this catches the cheap half of that promise: ner.cfg, the default steps and the
    version changed without retraining, or a model trained from another config."""
    from woo_pipeline.training import CONFIG_PATH
    from woo_pipeline.training.train import DEFAULT_MAX_STEPS, MODEL_VERSION

    training = spacy.util.load_config(CONFIG_PATH, interpolate=True)
    shipped = spacy.util.load_config(MODEL_DIR / "config.cfg", interpolate=True)

    def leaves(section, path=()):
        for key, value in section.items():
            if isinstance(value, dict):
                yield from leaves(value, (*path, key))
            else:
                yield (*path, key), value

    for path, value in leaves(training["components"]):
        node = shipped["components"]
        for key in path:
            node = node[key]
        assert node == value, f"components.{'.'.join(path)}: shipped {node!r}, ner.cfg {value!r}"
    assert shipped["training"]["max_steps"] == DEFAULT_MAX_STEPS
    meta = spacy.load(MODEL_DIR).meta
    assert meta["version"] == MODEL_VERSION
    assert meta["woo_training"]["max_steps"] == DEFAULT_MAX_STEPS


# (text, the person names the model must find)
PERSON_CASES = [
    ("Opgesteld door\nAnouk Kremersma\nSamengewerkt met\nDGOB", ["Anouk Kremersma"]),
    ("Contactpersoon: D.J. Oldenhuys, 070-3812345, d.oldenhuys@minbzk.nl", ["D.J. Oldenhuys"]),
    ("De brief is afgestemd met mw. drs. H. Heddeloo van de VNG.", ["H. Heddeloo"]),
    ("Van: Adebanjo, Ruud <r.adebanjo@minbzk.nl>\n"
     "Aan: Westervelde, M. van <m.westervelde@minbzk.nl>",
     ["Adebanjo, Ruud", "Westervelde, M. van"]),
    ("Beste Quirine,\n\nDank voor je reactie.", ["Quirine"]),
    ("Met vriendelijke groet,\n\nLOTTE MIJNLIEFF\nSenior beleidsmedewerker", ["LOTTE MIJNLIEFF"]),
    ("Het overleg werd voorgezeten door Thuy Okonjo-Çakır (DCZW).", ["Thuy Okonjo-Çakır"]),
    ("Volgens de heer Van der Oudeboon kan de planning worden gehaald.", ["Van der Oudeboon"]),
    ("Tijdens het debat vroeg het lid Aydoğdu (D66) naar de kosten.", ["Aydoğdu"]),
    ("De minister van JenV, de heer Maarten Hazeu, is akkoord.", ["Maarten Hazeu"]),
    ("De juridische toets is uitgevoerd door Pieternel Jagdewsing-Brinkerink van DWJZ.",
     ["Pieternel Jagdewsing-Brinkerink"]),
    ("Reshma Ramsaroep (DGVH) stuurt de stukken door.", ["Reshma Ramsaroep"]),
    ("Vragen: Stijn Kowalski (s.kowalski@minbzk.nl).", ["Stijn Kowalski"]),
]


@pytest.mark.parametrize(("text", "names"), PERSON_CASES)
def test_finds_unseen_person_names(nlp, text, names):
    found = {ent.text for ent in nlp(text).ents if ent.label_ == "PER"}
    for name in names:
        assert name in found, f"{name!r} not found as PER in {text!r}: {found}"


# (text, strings that must not be (part of) a PER entity)
NOT_PERSON_CASES = [
    ("Het rapport van het Verwey-Jonker Instituut is bijgevoegd.", ["Verwey-Jonker Instituut"]),
    ("Aan Minister van BZK\nVan Programma Weerbaar Bestuur", ["Programma Weerbaar Bestuur",
                                                             "Minister"]),
    ("De VNG en het IPO steunen de regeling.", ["VNG", "IPO"]),
    ("Het stuk is besproken met DG Openbaar Bestuur.", ["DG Openbaar Bestuur"]),
    ("De Kamerbrief is gedeeld met de minister van JenV.", ["minister", "JenV"]),
    ("TER BESLUITVORMING\nNota actief openbaar\nJa\nOpgesteld door", ["Nota actief openbaar",
                                                                     "Opgesteld door"]),
    ("Aanleiding\nMogelijk wordt deze brief aangevuld.\nKrachtenveld\nCommunicatie",
     ["Aanleiding", "Mogelijk", "Krachtenveld", "Communicatie"]),
    ("Motivering\nIn de openbaar gemaakte versie zijn persoonsgegevens geanonimiseerd.",
     ["Motivering", "In de"]),
    ("Onze referentie\n2024-0000170052\nDatum\n14 maart 2023", ["Onze referentie", "Datum"]),
    ("Aan\nStaatssecretaris Digitalisering en Koninkrijksrelaties\nVan\nDG Digitalisering",
     ["Digitalisering en Koninkrijksrelaties", "DG Digitalisering"]),
    ("Zij heeft zich tot de VNG gewend. Dat is in lijn met eerdere afspraken.", ["Zij", "Dat"]),
]


@pytest.mark.parametrize(("text", "phrases"), NOT_PERSON_CASES)
def test_does_not_tag_organisations_or_labels_as_person(nlp, text, phrases):
    doc = nlp(text)
    per = [(ent.start_char, ent.end_char, ent.text) for ent in doc.ents if ent.label_ == "PER"]
    for phrase in phrases:
        start = text.index(phrase)
        end = start + len(phrase)
        overlapping = [t for s, e, t in per if s < end and start < e]
        assert not overlapping, f"{phrase!r} tagged as PER: {overlapping}"


def test_sentence_names_are_unseen(nlp):
    from woo_pipeline.training.names import name_tokens, split_names

    seed = int(nlp.meta.get("woo_training", {}).get("seed", 0))
    trained = split_names(seed).train.tokens()
    for _, names in PERSON_CASES:
        for name in names:
            assert not name_tokens(name) & trained, f"{name!r} was a training name"


def test_loads_through_presidio(no_network):
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    configuration = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "nl", "model_name": str(MODEL_DIR.resolve())}],
        "ner_model_configuration": {
            "model_to_presidio_entity_mapping": PRESIDIO_ENTITY_MAPPING,
            "labels_to_ignore": [],
        },
    }
    engine = NlpEngineProvider(nlp_configuration=configuration).create_engine()
    registry = RecognizerRegistry(supported_languages=["nl"])
    registry.add_recognizer(
        SpacyRecognizer(supported_language="nl",
                        supported_entities=["PERSON", "ORGANIZATION", "LOCATION"])
    )
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["nl"])
    text = "Opgesteld door\nAnouk Kremersma\n\nDe brief is afgestemd met de VNG in Den Haag."
    results = analyzer.analyze(text=text, language="nl")
    by_type = {(r.entity_type, text[r.start : r.end]) for r in results}
    assert ("PERSON", "Anouk Kremersma") in by_type
    assert not any(t == "PERSON" and "VNG" in s for t, s in by_type)


def test_fast_load_gives_the_pipeline_spacy_load_gives(tmp_path):
    """The shipped tokenizer is not read from disk a second time; one of its own is."""
    import shutil

    import spacy

    from woo_pipeline.detect import load_spacy_pipeline

    fast, full = load_spacy_pipeline(MODEL_DIR), spacy.load(MODEL_DIR)
    assert fast.pipe_names == full.pipe_names
    assert fast.tokenizer.to_bytes() == full.tokenizer.to_bytes()
    text = "Opgesteld door mr. A.B. de Vries-Jansen (DGMI), tel. 06-12345678, z.s.m. terug."
    assert [t.text for t in fast(text)] == [t.text for t in full(text)]

    custom = tmp_path / "model"
    shutil.copytree(MODEL_DIR, custom)
    own = spacy.load(custom)
    own.tokenizer.add_special_case("nota'tje", [{"ORTH": "nota"}, {"ORTH": "'tje"}])
    own.tokenizer.to_disk(custom / "tokenizer", exclude=["vocab"])
    loaded = load_spacy_pipeline(custom)
    assert [t.text for t in loaded("een nota'tje")] == ["een", "nota", "'tje"]


def test_warming_tokenizer_splits_as_spacy_does_and_fills_the_cache():
    """After a special case ("o.a.") spaCy caches no chunk of a text (issue #13950); the
    wrapper tokenises new chunks alone first. The tokens, spaces and entities stay the same."""
    import spacy

    from woo_pipeline.detect import WarmingTokenizer, load_spacy_pipeline

    plain = spacy.load(MODEL_DIR)
    warmed = load_spacy_pipeline(MODEL_DIR)
    warmed.tokenizer = WarmingTokenizer(warmed.tokenizer)
    texts = [
        "O.a. t.a.v. mr. A.B. de Vries-Jansen (DGMI), tel. 06-12345678, z.s.m. terug.",
        "Zie https://www.rijksoverheid.nl/a-b?c=1 en j.jansen@minbzk.nl; 12-03-2024 d.d. \n\n"
        "Beslispunten:\t1) akkoord ('ja'), 2) niet akkoord… [Redacted] 's-Hertogenbosch",
        "t.a.v. Pieter van den Berg (DGSZW), 3e kwartaal, €1.250,- excl. btw, 50%-regeling.",
    ]
    for text in texts * 2:  # the second round reads the cache the first round filled
        got, want = warmed(text), plain(text)
        assert [(t.text, t.whitespace_) for t in got] == [(t.text, t.whitespace_) for t in want]
        assert [(e.text, e.label_) for e in got.ents] == [(e.text, e.label_) for e in want.ents]
    # Every chunk went through the tokenizer alone once (so into spaCy's cache), none twice.
    assert warmed.tokenizer._seen == {chunk for text in texts for chunk in text.split()}
    # Attributes the wrapper does not have are the tokenizer's own.
    assert warmed.tokenizer.to_bytes() == plain.tokenizer.to_bytes()


def test_lean_nlp_engine_makes_lemmas_and_keywords_only_when_asked():
    """Presidio's engine makes lemmas and keywords for every text; ours when read, the same."""
    from presidio_analyzer.nlp_engine import NlpArtifacts

    from woo_pipeline.detect import build_analyzer

    engine = build_analyzer(str(MODEL_DIR)).nlp_engine
    text = "Opgesteld door Karin Bakker: de minister van Financiën, tel. 070-1234567."
    artifacts = engine.process_text(text, "nl")
    assert artifacts._keywords is None and artifacts._lemmas is None
    assert "Karin Bakker" in [entity.text for entity in artifacts.entities]
    eager = NlpArtifacts(
        entities=artifacts.entities, tokens=artifacts.tokens,
        tokens_indices=artifacts.tokens_indices,
        lemmas=[token.lemma_ for token in artifacts.tokens], nlp_engine=engine, language="nl",
        scores=artifacts.scores,
    )
    assert artifacts.keywords == eager.keywords and artifacts.lemmas == eager.lemmas


def test_held_out_names_never_reach_training(monkeypatch):
    from woo_pipeline.training import corpus
    from woo_pipeline.training.corpus import generate
    from woo_pipeline.training.names import name_tokens, split_names

    # Unwrapped text, so that a name hyphenated over two lines is not read as two fragments.
    monkeypatch.setattr(corpus, "WRAP_SHARE", 0.0)

    split = split_names(seed=0)
    heldout = split.heldout.tokens()
    assert heldout and not heldout & split.train.tokens() and not heldout & split.tune.tokens()

    train_tokens: set[str] = set()
    for text, spans in generate(split, "train", 300, seed=0):
        for start, end, label in spans:
            if label == "PER":
                train_tokens |= name_tokens(text[start:end])
    assert train_tokens and not train_tokens & heldout

    dev_tokens: set[str] = set()
    for text, spans in generate(split, "heldout", 100, seed=0):
        for start, end, label in spans:
            if label == "PER":
                dev_tokens |= name_tokens(text[start:end])
    assert dev_tokens and dev_tokens <= heldout


def test_generated_spans_fall_on_tokens():
    from woo_pipeline.training.corpus import generate
    from woo_pipeline.training.names import split_names

    tokenizer = spacy.blank("nl")
    spans_seen = misaligned = 0
    for text, spans in generate(split_names(0), "train", 200, seed=1):
        doc = tokenizer.make_doc(text)
        for start, end, _ in spans:
            spans_seen += 1
            assert text[start:end] == text[start:end].strip()
            misaligned += doc.char_span(start, end, alignment_mode="strict") is None
    # Only organisation abbreviations before a full stop ("met JenV.") may misalign.
    assert misaligned / spans_seen < 0.01


def test_a_span_short_of_its_token_labels_the_whole_token(tmp_path):
    """In "met JenV." the full stop stays on the token: the ORG span "JenV" is widened to the
    token "JenV.", not left unlabelled."""
    from spacy.tokens import DocBin

    from woo_pipeline.training.corpus import to_docbin

    blank = spacy.blank("nl")
    text = "Gedeeld met de minister van JenV. Daarna volgt de VNG."
    spans = [(text.index("JenV"), text.index("JenV") + 4, "ORG"),
             (text.index("VNG"), text.index("VNG") + 3, "ORG")]
    counts = to_docbin(blank, iter([(text, spans)]), tmp_path / "one.spacy")
    doc = next(DocBin().from_disk(tmp_path / "one.spacy").get_docs(blank.vocab))
    assert [(e.text, e.label_) for e in doc.ents] == [("JenV.", "ORG"), ("VNG", "ORG")]
    assert counts["misaligned"] == 1 and counts["spans"] == 2


def test_model_cli_imports_without_spacy():
    code = "import sys, woo_pipeline.model_cli; assert 'spacy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_evaluate_command_reports_per_label():
    from click.testing import CliRunner

    from woo_pipeline.model_cli import model

    result = CliRunner().invoke(model, ["evaluate", "--model", str(MODEL_DIR), "--n-dev", "20"])
    assert result.exit_code == 0, result.output
    assert "| PER |" in result.output and "| ORG |" in result.output


@pytest.mark.slow
def test_tiny_training_run_produces_loadable_pipeline(tmp_path):
    from woo_pipeline.training.train import train_model

    out = tmp_path / "tiny"
    meta = train_model(out, seed=3, n_train=40, n_tune=10, n_dev=10, max_steps=4,
                       eval_frequency=2, workdir=tmp_path, log=lambda _: None)
    nlp = spacy.load(out)
    assert "ner" in nlp.pipe_names
    assert set(LABELS) <= set(nlp.get_pipe("ner").labels)
    assert meta["woo_training"]["seed"] == 3
    nlp("Opgesteld door Anouk Kremersma")  # runs
