"""Stage 2: `Document` → findings, with Presidio's AnalyzerEngine and the project's spaCy pipeline.

Presidio runs our Dutch recognizers (recognizers.py) and the trained NER model (via its
SpacyRecognizer). This module then applies what Presidio cannot know about a nota:
- protected zones (title, section headings, header labels, public header values) stay;
- office holders in their public role and organisations stay (context rules, allow list);
- every other mention of a person found once is found everywhere in the document.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from woo_pipeline import lexicon
from woo_pipeline.document import Document, Line
from woo_pipeline.findings import KEEP, PENDING, REDACT, Finding, finding_id
from woo_pipeline.parse import heading_of, label_of
from woo_pipeline.recognizers import (
    BODY_WORDS,
    BSN_COLUMN_HEADERS,
    CODE_COLUMN_HEADERS,
    DATE_IN_CELL,
    DOB_COLUMN_HEADERS,
    EMAIL,
    FOREIGN_ARTICLES,
    IBAN_COLUMN_HEADERS,
    INFORMAL_SIGNOFF_WORDS,
    KNOWN_ORG_NAME,
    LANGUAGE,
    LEGAL_FORM,
    NAME_COLUMN_HEADERS,
    PERSON_NUMBER_CELL,
    PERSON_NUMBER_COLUMN_HEADERS,
    PLURAL_OFFICES,
    STAFF_ROLE_ENDINGS,
    TV,
    DutchNameRecognizer,
    all_recognizers,
    elfproef,
    end_before_role,
    has_iban_shape,
    is_functional_mailbox,
    is_public_body_account,
    is_street_name,
    leading_office,
    looks_like_organisation,
    names_a_thing,
    names_an_organisation,
    papiamentu_streets,
    people_in_cell,
    street_starts_at,
)
from woo_pipeline.tables import Cell, column_cells
from woo_pipeline.vocabulary import (
    EPONYM_WORDS,
    FIRM_TRADE_WORDS,
    FUNCTION_WORDS,
    GREETINGS,
    KNOWN_ORGANISATIONS,
    MORE_ORGANISATIONS,
    OFFICE_TITLES,
    ORGANISATION_WORDS,
    PERSON_TITLES,
    PLACES_BEFORE_THEIR_NAME,
    POLITICAL_PARTIES,
    PUBLIC_FIGURES,
    SIGN_OFFS,
    STAFF_FIELD_LABELS,
)

PACKAGE_ROOT = Path(__file__).resolve().parent
MODEL_NAME = "nl_woo_ner"


def _default_model_dir() -> Path:
    """The shipped pipeline: $WOO_MODEL_DIR, else models/ of the checkout (editable install),
    else ./models of the current folder."""
    env = os.environ.get("WOO_MODEL_DIR")
    if env:
        return Path(env)
    for base in (PACKAGE_ROOT.parent, Path.cwd()):
        candidate = base / "models" / MODEL_NAME
        if (candidate / "config.cfg").exists():
            return candidate
    return PACKAGE_ROOT.parent / "models" / MODEL_NAME


DEFAULT_MODEL_DIR = _default_model_dir()

# The model's labels → Presidio's entity names.
NER_LABEL_MAPPING = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORGANIZATION",
    "LOC": "LOCATION",
    "GPE": "LOCATION",
}

REDACT_THRESHOLD = 0.5  # automatic mode: a finding at or above this score is redacted
CERTAIN_THRESHOLD = 0.8  # review mode: at or above → suggested `redact`, else `pending`

# Entities Presidio finds that are context for keep-decisions, never redacted themselves.
CONTEXT_ENTITIES = ("ORGANIZATION", "LOCATION")

_OFFICE = "|".join(re.escape(t) for t in sorted(OFFICE_TITLES, key=len, reverse=True))
_TITLES = "|".join(re.escape(t) for t in sorted(PERSON_TITLES, key=len, reverse=True))
# "minister van Binnenlandse Zaken, mevrouw mr. " ← the window before a name ends like this.
_OFFICE_BEFORE = re.compile(
    rf"(?i)\b(?:{_OFFICE})\b"
    rf"(?:[ \t\n]+(?:van|voor|in|bij|namens|of|for)[ \t\n]+[^,.;:()\n]{{1,70}}?"
    # a portfolio that lists its fields, at the end of its line as above a signature:
    # "De staatssecretaris van Jeugd, Preventie en Sport,"
    rf"(?:,[ \t]+(?-i:[A-Z])[^.;:()\n]{{0,60}}?[ \t]en[ \t][^,.;:()\n]{{1,30}}?"
    rf"(?=,?[ \t]*\n))?)?"
    # "minister van Financiën en Nowak": after "en" the name is someone else's
    rf"(?<![ \t\n]en)(?<![ \t\n]and)[ \t\n]*,?[ \t\n]*"
    rf"(?:(?:{_TITLES})[ \t\n]*)*$"
)
# "Hugo Veldkamp (minister van BZK)", "Veldkamp, staatssecretaris", "De Groot (D66)".
# A party's name written in full may break over a line: "Koopman (Partij voor de\nDieren)".
_PARTIES = "|".join(
    re.escape(p).replace(r"\ ", r"[ \t\n]+")
    for p in sorted(POLITICAL_PARTIES, key=len, reverse=True)
)
# "Heinen is minister van Financiën"; not "is lid van de werkgroep", which anyone can be.
_NAMING_OFFICES = [
    t for t in sorted(OFFICE_TITLES, key=len, reverse=True)
    if t not in ("lid", "het lid", "de leden", "mp")
]
_OFFICE_NAMED = "|".join(re.escape(t) for t in _NAMING_OFFICES)
# Offices that name a holder in a list's next cell (not "lid": a member of a working group).
_ROW_OFFICE = (
    r"wethouder|burgemeester|loco-burgemeester|gedeputeerde|dijkgraaf|heemraad|"
    r"commissaris van de koning|minister|staatssecretaris|kamerlid|statenlid|raadslid|"
    # abbreviated in a table's narrow column: "(gedep.)", "(weth.)"
    r"gedep(?=\.)|weth(?=\.)"
)
# A public body's cell in a list's row, between a name and its office.
_BODY_CELL = (
    r"(?:[ \t]+(?:Gemeente|Provincie|Waterschap|Hoogheemraadschap|Ministerie|gemeente|provincie)"
    r"(?:[ \t]+(?:van|voor))?"
    r"(?:[ \t]+(?:(?:en|van|de|den|aan|op)[ \t]+)?(?-i:[A-Z])[\w'’&-]*){1,4})"
)
_OFFICE_AFTER = re.compile(
    # not ", Burgemeester Knappertlaan 12B": a street named after an office
    rf"(?i)^[ \t]*(?:,[ \t]*(?:de[ \t]+|het[ \t]+)?(?:{_OFFICE})\b"
    rf"(?![ \t]+(?-i:[A-Z])[\w'-]*[ \t]+\d)"
    rf"|(?:is|was|als)[ \t]+(?:de[ \t]+|het[ \t]+)?(?:{_OFFICE_NAMED})\b"
    # a signature: "Femke Halsema\nburgemeester van Amsterdam"
    # "Emile Roemer\nCommissaris van de Koning in Limburg"
    rf"|[ \t]*\n[ \t]*(?:de[ \t]+)?(?:{_OFFICE_NAMED})"
    rf"(?:[ \t]+(?:van|in)[ \t]+(?-i:[A-Z])|[ \t]*(?:\n|$))"
    # "(voorzitter VNG, burgemeester van Utrecht)": the office after another role
    rf"|\([^()\n]{{0,40}}?[,;][ \t]*(?:de[ \t]+)?(?:{_OFFICE_NAMED})\b"
    # not "(lid college van bestuur)": a member of a board or a working group is no office holder
    rf"|\([ \t]*(?:de[ \t]+)?(?:{_OFFICE_NAMED}|lid[ \t]+(?:van[ \t]+)?(?:de[ \t]+)?"
    rf"(?:Tweede|Eerste|gemeenteraad|Provinciale|Staten|raad[ \t]+van[ \t]+state))\b"
    # a list's row, the office in the next cell: "M. Sleeuwenhoek   wethouder, gem. Dordrecht"
    # "R.W. Dekkers-Pool   Gemeente Ede   wethouder Wonen (voorzitter)": the body's cell
    # between, and the portfolio after the office
    rf"|{_BODY_CELL}?"
    rf"[ \t]+(?:(?:tweede|eerste)[ \t]+)?(?:{_ROW_OFFICE})"
    rf"(?=[ \t]*(?:[,\t\n]|$)|[ \t]+(?:van|gemeente|gem\.|provincie)\b|[ \t]*\("
    # "VAN 'T ZAND, J.P. burgemeester Enschede, voorzitter Veiligheidsregio Twente"
    # "wethouder Economie en Wonen (voorzitter)": a portfolio of words and "en"
    rf"|(?:[ \t]+(?:(?-i:[A-Z])[a-z]+|en))*?(?:[ \t]+(?-i:[A-Z])[a-z]+)[ \t]*(?:\(|\n|$|,))"
    # "M. Spierings   Gemeente Leiden (wethouder)"
    rf"|{_BODY_CELL}[ \t]*\([ \t]*(?:{_ROW_OFFICE})\b)"
)
# Not "lokaal" or "belang" as words: "(lokaal medewerker consulaire zaken)" is a colleague.
_LOCAL_PARTY = (
    r"[^()]{0,30}\b(?:Leefbaar|Lokaal|Beter[ \t]+voor|Student[ \t]+en[ \t]+Stad|"
    r"Water[ \t]+Natuurlijk|(?i:gemeentebelangen|dorpsbelangen|burgerbelangen|\w+partij\b|"
    r"fnp)|[A-Z]\w*[ \t]+Belang\b|[A-Z]\w*[ \t]+Groenen\b)"
)
# "De Groot (D66)", "Kant\n(SP)", "F.A. Feller, (VVD)", "Bulten (ChristenUnie-SGP)",
# "Slats (VVD, afwezig)", "Spork (fractie Spork)": the party in brackets, case as written or not.
_PARTY_AFTER = re.compile(
    rf"^[ \t]*\n?[ \t]*,?[ \t]*\((?:(?i:fractie)[ \t\n]+[^()]{{1,40}}"
    rf"|(?i:{_PARTIES})(?:[-/,;][^()]{{0,60}})?"
    # "(De Progressieve Combinatie PvdA/GL/D66)": a local list named with national parties
    rf"|[^()]{{0,40}}[ /](?:{_PARTIES})(?:[-/,; ][^()]{{0,40}})?"
    # local parties: "(Leefbaar Rotterdam)", "(Lokaal Belang)", "(Waterschapspartij)"
    rf"|{_LOCAL_PARTY}[^()]{{0,40}})\)"
)
# "Remkes, J.W. (2022). Wat wel kan." and "Friele, R.D. e.a. (2018). Eerste evaluatie": the
# author of a cited publication, public in that role. The year is followed by the title, so a
# birth year ("Mohammed B. (1990) werd aangehouden") is not taken for one.
_CITATION_AFTER = re.compile(
    # co-authors first: "Van der Meulen, E. & Hasanović, A. (2023)."
    r"(?:[ \t]*(?:&|,|en)[ \t]+[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[\w'’-]+){0,3},[ \t]*(?:[A-Z]\.){1,4}){0,4}"
    # a full stop or colon after the year: "Amira (2008), Yassin (2011)" lists children
    r"(?:,?[ \t]+(?:e\.a\.|et[ \t]+al\.?))?[ \t]*\((?:19|20)\d\d[a-z]?\)[.:][ \t\n]+"
    r"[A-ZÀ-Ý]"
)
# '"Vrouwen in het Haarlemse verzet" van E. Brouwer-Vlasblom (Haarlem, 2015)': a quoted
# title, its author, and where and when it appeared.
# 'het artikel "Rotterdam vreest ..." van Annelies Oostdam in NRC': an author in a paper.
_QUOTED_TITLE_BEFORE = re.compile(
    r"[\"“'‘][^\"”'’\n]{4,120}[\"”'’][ \t\n]+(?:(?:van|door|by|of)[ \t\n]+)?$"
)
_PLACE_AND_YEAR_AFTER = re.compile(
    r"[ \t]*\((?:[A-Z][\w'’ -]{1,30},[ \t]*)?(?:19|20)\d\d\)"
    r"|[ \t\n]+in[ \t\n]+(?:NRC|Trouw|(?:de[ \t\n]+)?Volkskrant|(?:het[ \t\n]+)?Parool|AD\b"
    r"|(?:De[ \t\n]+)?Telegraaf|(?:het[ \t\n]+)?(?:FD|Financieele[ \t\n]+Dagblad)"
    r"|(?:de[ \t\n]+)?[A-Z]\w+[ \t\n]+(?:Courant|Dagblad))"
)


# "(ECLI:NL:RBDHA:2024:3391, mr. E.J. van Dongen-Harmsen)": a published ruling and its judge.
# "ECLI:NL:RVS:2020:123, mr. X" and "ECLI:NL:CRVB:2022:812 (mr. H. Bedee)"
_ECLI_BEFORE = re.compile(
    r"\bECLI:[A-Z]{2}:[A-Z]+:\d{4}:\w+(?:\.\w+)*(?:,|[ \t\n]*\()[ \t\n]*(?:mr\.[ \t\n]*)?$"
)


def _street_named_after(text: str, name: str) -> bool:
    """Whether the document names a street after the person `name` ("Hannie Schaft" beside
    "Hannie Schaftstraat", "Truus Oversteegen" beside "Truus Oversteegenplein"): a namesake
    in history, not a civil servant."""
    words = name.split()
    if len(words) < 2:
        return False
    last, first_words = words[-1], " ".join(words[:-1])
    # str.find rather than a pattern per name: this runs for every person found
    at = text.find(last)
    while at >= 0:
        end = at + len(last)
        suffix = _LOWER_RUN.match(text, end)
        if suffix and text[at - 1 : at].isspace() and is_street_name(last + suffix.group()):
            before = " ".join(text[max(0, at - 80) : at].split())
            if before == first_words or before.endswith(" " + first_words):
                return True
        at = text.find(last, end)
    return False


_LOWER_RUN = re.compile(r"[a-z]{2,}\b")


# A footnote's reference after its author (and co-author): a quoted title and where it
# appeared ("C.J. Wolswinkel, 'Schaarse publieke rechten', NTB 2019/12"), a book with its
# publisher ("P.J.J. van Buuren en A.G.A. Nijmeijer,\nOmgevingsrecht, Deventer: Wolters
# Kluwer 2023") or a thesis ("A. Drahmann, Transparante ... (diss. Leiden)").
_CITATION_TITLE_AFTER = re.compile(
    r"(?:[ \t]+(?:en|&)[ \t]+(?:[A-Z]\.)+[ \t]?(?:[a-z]+[ \t]+){0,3}[A-Z][\w'’-]+)?,[ \t\n]+"
    r"(?:['‘\"“][^'’\"”\n]{4,120}['’\"”],[ \t\n]*[A-Z][^\n]{0,40}?(?:19|20)\d\d"
    r"|[^\n,\d]{3,120},[ \t\n]*(?:Deventer|Den[ \t]Haag|Amsterdam|Leiden|Utrecht|Nijmegen|"
    r"Zwolle|Groningen|Rotterdam|Tilburg|Maastricht|Antwerpen|Oxford|Cambridge|London|Berlin):"
    r"[ \t]+[A-Z][^\n]{0,40}?(?:19|20)\d\d"
    r"|[^\n]{3,160}?\(diss\."
    # "G.A. Stellingwerf,\nOrgels in Groningen (Assen, 2019)": a book, where and when
    r"|[A-Z][^\n,()]{3,80}\([A-Z][\w'’ -]{1,30},[ \t]*(?:19|20)\d\d\))"
)
# Heads of other bodies and people who publish, named in that public role: "WRR-voorzitter
# Corien Prins", "ACM-bestuursvoorzitter Martijn Snoep", "NRC-columnist Tom-Jan Meeus",
# "Onderwijsraad (voorzitter Edith Hooge)", "Hoge Vertegenwoordiger Kaja Kallas". A body's
# own directors and chairs of internal meetings are not covered: "voorzitter" needs the other
# body's name before it.
_PUBLIC_ROLE_BEFORE = re.compile(
    r"(?:\b[A-Z][\w&]*-(?i:voorzitter|bestuursvoorzitter|president|vicepresident|columnist|"
    r"hoofdredacteur|directeur-generaal)"
    r"|[A-Z]\w*(?:raad|autoriteit|commissie|bank|instituut)[ \t]+\((?i:voorzitter|president)"
    r"|(?i:hoge[ \t]+vertegenwoordiger|hoge[ \t]+commissaris|columnist|hoofdredacteur|"
    r"eurocommissaris|secretaris-generaal[ \t]+van[ \t]+de[ \t]+(?:navo|vn|verenigde[ \t]+naties)"
    r"|vicepresident))[ \t\n]+$"
)
# "Z.M. Koning Willem-Alexander", "H.K.H. Prinses Amalia", "Koning Willem-Alexander": the
# style and title before a royal's name, at the start of a span or inside it.
_ROYAL_TITLE = re.compile(
    r"(?:^|(?<=\s))(?:[ZH]\.[ ]?(?:K\.[ ]?H\.|M\.)[ \t\n]+)?"
    r"(?i:koning|koningin|prins|prinses)[ \t\n]+"
)


def _after_royal_title(span_text: str) -> str:
    """The name after the last royal style and title in a span, or the span itself."""
    ends = [m.end() for m in _ROYAL_TITLE.finditer(span_text)]
    return span_text[ends[-1] :] if ends else span_text
_SHIP_OR_STORM_SPAN = re.compile(r"(?i)(?:zr|hr)\.[ \t]?ms\.[ \t]")
# Storms, hurricanes and ships carry people's names: "storm Ciarán", "orkaan Ernesto",
# "Zr.Ms. Karel Doorman", "veerboot Prinses Amalia".
_THING_NAMED_BEFORE = re.compile(
    r"(?i)(?<![\w.])(?:storm|stormen|orkaan|orkanen|hurricane|cycloon|tyfoon|typhoon|"
    r"tropische[ \t]+storm|zr\.[ \t]?ms\.|hr\.[ \t]?ms\.|veerboot|veerpont|"
    r"\w*schip|vaartuig|reddingboot|fregat|korvet|onderzeeboot|sleepboot|tanker|"
    # motor(tank)schip, motorvrachtschip: "mts Henriëtte Anna"
    r"(?-i:mts|ms|mv|mvs))"
    # a line break or a word space, not the gap between two columns
    r"(?:[ \t]{1,3}|[ \t]*\n[ \t]*)$"
)
# "Namens de minister van SZW,", "namens het college van burgemeester en wethouders van X,"
_ON_BEHALF_BEFORE = re.compile(
    r"(?i)\b(?:namens|i\.o\.|p\.o\.)[ \t\n]+(?:de[ \t\n]+|het[ \t\n]+)?"
    r"(?:college[ \t\n]+van[ \t\n]+)?(?:burgemeester[ \t\n]+en[ \t\n]+)?$"
)


@dataclass
class DetectionConfig:
    """What a user can tune: allow and deny lists, thresholds, the model path."""

    allow: list[str] = field(default_factory=list)  # names/terms that always stay
    deny: list[str] = field(default_factory=list)  # terms that are always redacted
    model_dir: Path = DEFAULT_MODEL_DIR
    redact_threshold: float = REDACT_THRESHOLD


@lru_cache(maxsize=4)
def build_analyzer(model_dir: str):  # -> AnalyzerEngine (import kept lazy: it is slow)
    """Presidio AnalyzerEngine for Dutch, with the spaCy pipeline loaded from a local path.

    Presidio downloads a model when given a name that is not a path; we always give it the
    absolute path of the pipeline shipped in models/, and refuse to start without it.
    """
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    path = Path(model_dir)
    if not (path / "config.cfg").exists():
        raise FileNotFoundError(
            f"No spaCy pipeline at {path}. The project ships it in models/; "
            "rebuild it with `woo-pipeline model train` if it is missing."
        )
    ner_config = NerModelConfiguration(
        model_to_presidio_entity_mapping=NER_LABEL_MAPPING,
        labels_to_ignore=["MISC", "DATE", "TIME", "CARDINAL", "MONEY"],
        low_score_entity_names=[],
        # Below every rule's score: where a rule and the model find the same span, Presidio
        # keeps the rule's result, with its reason.
        default_score=0.6,
    )
    nlp_engine = _lean_nlp_engine_class()(
        models=[{"lang_code": LANGUAGE, "model_name": str(path.resolve())}],
        ner_model_configuration=ner_config,
    )
    import logging

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    # What SpacyNlpEngine.load() does, minus reading the tokenizer twice (see below).
    nlp = load_spacy_pipeline(path.resolve())
    nlp.tokenizer = WarmingTokenizer(nlp.tokenizer)
    nlp_engine.nlp = {LANGUAGE: nlp}
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in all_recognizers():
        registry.add_recognizer(recognizer)
    registry.add_recognizer(
        SpacyRecognizer(
            supported_language=LANGUAGE,
            supported_entities=["PERSON", *CONTEXT_ENTITIES],
            ner_strength=0.7,
            name="SpacyRecognizer",
        )
    )
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[LANGUAGE],
        context_aware_enhancer=_context_enhancer(),
    )


def load_spacy_pipeline(path: Path):  # -> spacy.Language
    """`spacy.load(path)`, in half the time when the pipeline's tokenizer is the language's own.

    spaCy first makes the Dutch tokenizer with its thousands of exceptions, then reads the
    tokenizer from disk and makes all of them again: 0.7 s of each worker's start. When what
    is on disk equals what the first step made (as for the shipped pipeline), the second
    step is skipped; a pipeline with a tokenizer of its own gets it from disk as before.
    """
    import spacy
    import srsly

    nlp = spacy.load(path, exclude=["tokenizer"])
    saved = path / "tokenizer"
    if saved.exists():
        on_disk = srsly.msgpack_loads(saved.read_bytes())
        made = srsly.msgpack_loads(nlp.tokenizer.to_bytes(exclude=["vocab"]))
        if on_disk != made:
            nlp.tokenizer.from_disk(saved, exclude=["vocab"])
    return nlp


class WarmingTokenizer:
    """A spaCy tokenizer that gets its chunk cache filled, whatever the text holds.

    spaCy caches how it split each whitespace-separated chunk, but once a chunk of a text
    was a special case ("o.a.", "d.d.", "t.a.v."), no later chunk of that text is cached
    (spaCy issue #13950): in a nota almost nothing is, and every text is split anew, about
    2 ms a page. Each chunk not seen before is therefore first tokenised on its own, where
    nothing precedes it, and goes into the cache. A chunk is split the same way alone as in
    a text (spaCy splits chunk by chunk and applies special cases afterwards), so the tokens
    are the same; only the time differs.
    """

    def __init__(self, tokenizer) -> None:  # a spacy.tokenizer.Tokenizer
        self.tokenizer = tokenizer
        self._seen: set[str] = set()

    def __call__(self, text: str):  # -> spacy.tokens.Doc
        # Up to spaCy's cache size: past it no chunk is cached anyway.
        if len(self._seen) < self.tokenizer.max_cache_size:
            new = set(text.split()) - self._seen
            for chunk in new:
                self.tokenizer(chunk)
            self._seen |= new
        return self.tokenizer(text)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)


def _lean_nlp_engine_class() -> type:
    """Presidio's spaCy engine, minus the lemmas and keywords it makes for every text.

    Only Presidio's context enhancer reads them, and it has nothing to do here (see
    `_context_enhancer`); making the keywords looks every token up in the vocabulary, a few
    milliseconds a page. They are made when something asks for them, so nothing else changes.
    """
    from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

    class LazyArtifacts(NlpArtifacts):
        def __init__(self, entities, tokens, tokens_indices, nlp_engine, language, scores=None):
            # NlpArtifacts.__init__ would make the keywords right away.
            self.entities = entities
            self.tokens = tokens
            self.tokens_indices = tokens_indices
            self.nlp_engine = nlp_engine
            self.language = language
            self.scores = scores if scores else [0.85] * len(entities)
            self._lemmas: list[str] | None = None
            self._keywords: list[str] | None = None

        @property
        def lemmas(self) -> list[str]:
            if self._lemmas is None:
                self._lemmas = [token.lemma_ for token in self.tokens]
            return self._lemmas

        @lemmas.setter
        def lemmas(self, value: list[str]) -> None:
            self._lemmas = value

        @property
        def keywords(self) -> list[str]:
            if self._keywords is None:
                self._keywords = self.set_keywords(self.nlp_engine, self.lemmas, self.language)
            return self._keywords

        @keywords.setter
        def keywords(self, value: list[str]) -> None:
            self._keywords = value

    class LeanSpacyNlpEngine(SpacyNlpEngine):
        def _doc_to_nlp_artifact(self, doc, language):  # as SpacyNlpEngine's, minus lemmas
            entities = self._get_entities(doc)
            scores = self._get_scores_for_entities(doc)
            entities, scores = self._get_updated_entities(entities, scores)
            return LazyArtifacts(
                entities=entities,
                tokens=doc,
                # One array read instead of a Token object per token (same numbers).
                tokens_indices=doc.to_array("IDX").tolist(),
                nlp_engine=self,
                language=language,
                scores=scores,
            )

    return LeanSpacyNlpEngine


def _context_enhancer():  # -> LemmaContextAwareEnhancer
    """Presidio's context enhancer, minus its cost when it cannot change anything.

    Presidio's enhancer deep-copies every result of every call (a few ms per page) and then
    only touches results of recognizers that declare context words. Ours do not (the rules
    check their own context), so when no recognizer has any, the results are returned as
    they are: the same outcome without the copy.
    """
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    class _Enhancer(LemmaContextAwareEnhancer):
        def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers,
                                  context=None):
            if not context and not any(r.context for r in recognizers):
                return raw_results
            return super().enhance_using_context(
                text, raw_results, nlp_artifacts, recognizers, context
            )

    return _Enhancer()


@dataclass
class _Candidate:
    entity_type: str
    start: int
    end: int
    score: float
    detector: str
    explanation: str
    suggestion: str = REDACT
    reason: str = ""


def detect(
    document: Document,
    config: DetectionConfig | None = None,
    known_people: Sequence[str] = (),
) -> list[Finding]:
    """Find personal data in the document. `known_people` are names found in other documents
    of the same batch: their mentions here are found too."""
    config = config or DetectionConfig()
    analyzer = build_analyzer(str(config.model_dir))
    text = document.text
    # Detectors see words broken at a line end ("Bak-\nker") whole; spans map back.
    view, to_original = dehyphenate(text)
    results = analyzer.analyze(text=view, language=LANGUAGE, return_decision_process=True)
    for r in results:
        r.start, r.end = to_original[r.start], to_original[r.end - 1] + 1

    context_spans = [(r.start, r.end) for r in results if r.entity_type in CONTEXT_ENTITIES]
    candidates: list[_Candidate] = []
    for r in results:
        if r.entity_type in CONTEXT_ENTITIES:
            continue
        expl = r.analysis_explanation
        detector = (expl.recognizer if expl else None) or r.recognition_metadata.get(
            "recognizer_name", "presidio"
        )
        why = (expl.textual_explanation if expl else "") or detector
        candidates.append(
            _Candidate(r.entity_type, r.start, r.end, r.score, detector, why or detector)
        )
    candidates.extend(_deny_list_candidates(text, config.deny))
    candidates.extend(_table_candidates(document))
    candidates.extend(_names_across_pages(document))
    # "Kaya Industria 4": a street in Kralendijk, whatever took "Kaya" for a person's name.
    streets = papiamentu_streets(text)
    # Nor is a file path a name, whatever the model made of it: an account name in it is
    # found by the rules.
    candidates = [
        c for c in candidates
        if not (c.entity_type == "PERSON" and any(s <= c.start < e for s, e in streets))
        and not (c.detector == "SpacyRecognizer" and "\\" in text[c.start : c.end])
    ]
    for c in candidates:
        if c.entity_type != "PERSON":
            continue
        for s, _ in streets:
            if c.start < s < c.end:  # a name on the line above ends where the street begins
                c.end = c.start + len(text[c.start : s].rstrip())
        office = leading_office(text, c.start, c.end)
        if office is not None:
            c.start = office  # "Landrat Dr. Stefan Borgmann": the office is no part of the name
        _end_before_known_organisation(text, c)
        _end_before_place(text, c)
        _end_before_body(text, c)
    candidates = _trim_and_merge(text, candidates, _row_breaks(document))

    protected = _protected_spans(document)
    for c in candidates:
        _apply_keep_rules(document, c, protected, context_spans, config)
        if c.entity_type == "IBAN_CODE" and _organisation_opens_row(document, c.start):
            c.suggestion, c.reason = KEEP, "an organisation's account: its name opens the row"
    # A guess of the model that nothing supports is dropped, not shown as "kept": it would
    # only stand in the way of the rules and of name propagation.
    candidates = [c for c in candidates if c.reason not in _UNSUPPORTED_MODEL_GUESS]

    # Nor is the street another mention of a Mr or Mrs Kaya named elsewhere.
    street_names = [(s, e, "a street name") for s, e in streets]
    candidates = _propagate_people(
        text, candidates, known_people, protected + street_names, config
    )
    _keep_office_lists(text, candidates)
    _keep_party_rows(document, candidates)
    _keep_office_holders_elsewhere(text, candidates)
    candidates += _initials_of_people(text, candidates, protected)
    candidates += _word_first_names_in_address(text, candidates)
    _keep_organisation_numbers(text, candidates)
    _keep_unit_codes(text, candidates)
    for c in candidates:
        if c.suggestion == REDACT and c.score < config.redact_threshold:
            c.suggestion, c.reason = PENDING, f"score {c.score:.2f} below the threshold"
    return [_to_finding(document, c) for c in sorted(candidates, key=lambda c: c.start)]


_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[a-zß-öø-ÿ])")


def dehyphenate(text: str) -> tuple[str, list[int]]:
    """`text` with words broken by a hyphen at a line end joined again, and for every
    character of the result its offset in `text`. "Noord-\nHolland" keeps its hyphen: only a
    break before a lower-case letter is a typesetting break."""
    if "-\n" not in text and not _LINE_END_HYPHEN.search(text):
        return text, list(range(len(text)))
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _LINE_END_HYPHEN.finditer(text):
        parts.append(text[pos : m.start()])
        offsets.extend(range(pos, m.start()))
        pos = m.end()
    parts.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    return "".join(parts), offsets


_MOBILE = re.compile(r"^\(?(?:\+|00)?\(?31\)?[ .\-()]*(?:\(?0\)?[ .\-]*)?6|^\(?06")


def _keep_organisation_numbers(text: str, candidates: list[_Candidate]) -> None:
    """A landline on a line that names an organisation and no person is the organisation's
    number: "Ministerie van JenV, Turfmarkt 147, 2511 DP Den Haag, T 070 370 79 11", a table
    row "NCC (24/7)   Nationaal Crisiscentrum   070 751 5000". Outside a table the line above
    must name no person either: "Karin Bakker\nDirectie Wetgeving, T 070 ..." is her line.
    Mobile numbers always belong to a person."""
    people = [
        (c.start, c.end)
        for c in candidates
        if c.suggestion == REDACT and c.entity_type in ("PERSON", "EMAIL_ADDRESS")
    ]

    def names_person(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in people)

    for c in candidates:
        if c.entity_type != "PHONE_NUMBER" or c.suggestion != REDACT:
            continue
        number = text[c.start : c.end]
        if _MOBILE.match(number) or not re.match(r"\(?(?:0|\+31|0031)", number):
            continue  # a mobile or a number abroad: the rule knows Dutch landlines only
        line_start = text.rfind("\n", 0, c.start) + 1
        line_end = text.find("\n", c.end)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:c.start] + " " + text[c.end:line_end]
        table_row = bool(_CELL_GAP.search(text, line_start, line_end))
        if sum(w[:1].islower() for w in line.split()) >= 5:
            continue  # a sentence: "zijn nummer is 0527 ... De Arbeidsinspectie heeft ..."
        shared_mailbox = any(
            is_functional_mailbox(m.group(), text) for m in EMAIL.finditer(line)
        )
        if (
            not shared_mailbox
            and not names_an_organisation(line)
            and _PHONE_LABEL_ONLY.fullmatch(line)
            and line_start > 0
        ):
            # "info@vallei-veluwe.nl" | "T 055 527 29 11": a letterhead's number on a line of
            # its own, under the organisation's shared mailbox or post-office box
            above_start = text.rfind("\n", 0, line_start - 1) + 1
            above = text[above_start : line_start - 1]
            shared_mailbox = not names_person(above_start, line_start) and (
                any(is_functional_mailbox(m.group(), text) for m in EMAIL.finditer(above))
                or bool(re.search(r"\bPostbus[ \t]+\d", above))
            )
        if names_person(line_start, line_end) or not (
            names_an_organisation(line) or shared_mailbox
        ):
            continue
        if not table_row:
            above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else 0
            if line_start and names_person(above, line_start):
                continue
        c.suggestion, c.reason = KEEP, "an organisation's number: the line names no person"
    # The same number elsewhere ("Piket   wisselend   070 751 5000") is still that number.
    kept = {
        re.sub(r"\D", "", text[c.start : c.end])
        for c in candidates
        if c.entity_type == "PHONE_NUMBER" and c.reason.startswith("an organisation's number")
    }
    for c in candidates:
        if (
            c.entity_type == "PHONE_NUMBER"
            and c.suggestion == REDACT
            and re.sub(r"\D", "", text[c.start : c.end]) in kept
        ):
            c.suggestion, c.reason = KEEP, "an organisation's number: named as such elsewhere"


_PHONE_LABEL_ONLY = re.compile(r"(?i)[ \t]*(?:t|tel\.?|telefoon|phone)?[ \t.:]*")
_UNIT_IN_BRACKETS = re.compile(r"\((?:[A-Za-z&]{2,8}/)*(?P<code>[A-Z]{3,6})(?:[,/)])")


def _keep_unit_codes(text: str, candidates: list[_Candidate]) -> None:
    """A code the document also puts in brackets after a name ("Dewi Soeprapto (DWM)",
    "R. Mahabier (DWJZ)") is a unit, also where it stands in an action or paraph list
    ("Paraaf: DWM", "Actie: DWJZ toetst")."""
    units = set()
    for m in _UNIT_IN_BRACKETS.finditer(text):
        # "Frits-Jan Veenstra (FJV)": the person's own initials, not a unit
        before = re.findall(r"[A-ZÀ-Ö][\w'’-]*", text[max(0, m.start() - 40) : m.start()])
        own = "".join(p[0] for w in before[-3:] for p in w.split("-") if p[:1].isupper())
        if not own.endswith(m.group("code")):
            units.add(m.group("code"))
    if not units:
        return
    for c in candidates:
        if c.entity_type == "PERSON" and c.suggestion == REDACT and text[c.start : c.end] in units:
            c.suggestion, c.reason = KEEP, "a unit: the document puts it in brackets after a name"


def _deny_list_candidates(text: str, deny: Iterable[str]) -> Iterable[_Candidate]:
    for term in deny:
        if not term.strip():
            continue
        pattern = re.escape(term.strip()).replace(r"\ ", r"\s+")
        for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE):
            yield _Candidate("PERSON", m.start(), m.end(), 1.0, "DenyList", "on the deny list")


_NAME_RULES = DutchNameRecognizer()
_PAGE_NUMBER_LINE = re.compile(r"(?i)^\s*(?:pagina\s+)?\d+(?:\s*(?:/|van)\s*\d+)?\s*$")
_SENTENCE_END = re.compile(r"[.!?:;)\]]\s*$")


def _names_across_pages(document: Document) -> Iterable[_Candidate]:
    """A name broken by a page break ("... met Tesfay" | "Habte (BZK/DGOO) ..."): the last
    line of a page is read on with the first body line of the next page (after running
    headers and page numbers), and a name the rules find across the join gives a finding
    for each of its two pieces."""
    lines_by_page: dict[int, list[Line]] = {}
    for line in document.lines:
        lines_by_page.setdefault(line.page, []).append(line)
    first_lines = [
        " ".join(document.line_text(ls[0]).split()) for ls in lines_by_page.values() if ls
    ]
    for page, lines in lines_by_page.items():
        following = lines_by_page.get(page + 1)
        if not lines or not following:
            continue
        tail = lines[-1]
        tail_text = document.line_text(tail)
        if not tail_text.strip() or _SENTENCE_END.search(tail_text):
            continue
        head = next(
            (
                ln for ln in following[:4]
                if not _PAGE_NUMBER_LINE.match(document.line_text(ln))
                and first_lines.count(" ".join(document.line_text(ln).split())) < 2
            ),
            None,
        )
        if head is None:
            continue
        head_text = document.line_text(head)
        joined = f"{tail_text} {head_text}"
        junction = len(tail_text)
        for start, end, score, why in _NAME_RULES.find(joined):
            if not start < junction < end:
                continue
            yield _Candidate(
                "PERSON", tail.start + start, tail.start + junction, score,
                _NAME_RULES.NAME, f"{why} (broken across a page)",
            )
            yield _Candidate(
                "PERSON", head.start, head.start + end - junction - 1, score,
                _NAME_RULES.NAME, f"{why} (broken across a page)",
            )


def _table_candidates(document: Document) -> Iterable[_Candidate]:
    """Cells of real tables (one line per cell) under a name, "Wie", BSN or IBAN column
    header."""
    text = document.text
    headers = (
        NAME_COLUMN_HEADERS | CODE_COLUMN_HEADERS | BSN_COLUMN_HEADERS | IBAN_COLUMN_HEADERS
        | DOB_COLUMN_HEADERS | PERSON_NUMBER_COLUMN_HEADERS
    )
    for cell in column_cells(document, headers):
        value = text[cell.start : cell.end].replace("\n", " ")  # a cell wrapped over lines
        why = f"in the column '{cell.header}'"
        if cell.header in DOB_COLUMN_HEADERS:
            date = DATE_IN_CELL.search(value)
            if date and _dob_column_cell(document, cell):
                yield _Candidate("DATE_OF_BIRTH", cell.start + date.start(),
                                 cell.start + date.end(), 0.9, "DateOfBirthRecognizer",
                                 f"date {why}")
        elif cell.header in IBAN_COLUMN_HEADERS:
            # The column says it is an account number, a typing error in its checksum or not.
            if has_iban_shape(value) and not is_public_body_account(value):
                yield _Candidate("IBAN_CODE", cell.start, cell.end, 0.85, "IbanChecksumRecognizer",
                                 f"IBAN shape {why}")
        elif cell.header in PERSON_NUMBER_COLUMN_HEADERS:
            if PERSON_NUMBER_CELL.fullmatch(value.strip()):
                yield _Candidate("NL_ID_NUMBER", cell.start, cell.end, 0.85,
                                 "IdDocumentRecognizer", f"a person's number {why}")
        elif cell.header in BSN_COLUMN_HEADERS:
            digits = re.sub(r"[ .]", "", value.strip())
            if re.fullmatch(r"\d{9}", digits) and elfproef(digits):
                yield _Candidate("NL_BSN", cell.start, cell.end, 1.0, "BsnRecognizer",
                                 f"BSN: passes the elfproef, {why}")
        else:
            for start, end, reason in people_in_cell(cell.header, value):
                yield _Candidate("PERSON", cell.start + start, cell.start + end, 0.8,
                                 "DutchNameRecognizer", reason)




def _dob_column_cell(document: Document, cell: Cell) -> bool:
    """Whether `cell`, under a "Geboortedatum" header, is a cell of a table of people: its
    line stands in a row, and the header's row holds no date. A header with a date beside it
    is a form's label ("Geboortedatum  17 juni 1979"), and the lines under it are other
    labels and the letter's text ("Zwolle, 3 april 2024")."""
    own = _row_of_offset(document, cell.start)
    header = _row_of_offset(document, cell.header_start)
    if own is None or header is None or len(own[1]) < 2:
        return False
    return not any(DATE_IN_CELL.search(document.line_text(line)) for line in header[1])


def _row_of_offset(document: Document, offset: int) -> tuple[Line, list[Line]] | None:
    """The line that holds `offset` and the lines level with it (its table row), if any."""
    lines = document.lines
    i = document.char_lines[offset] if 0 <= offset < len(document.char_lines) else -1
    if i < 0:
        return None
    line = lines[i]
    centre = (line.bbox[1] + line.bbox[3]) / 2
    height = max(line.bbox[3] - line.bbox[1], 1.0)
    row = [
        other for other in lines[max(0, i - 12) : i + 12]
        if other.page == line.page
        and abs((other.bbox[1] + other.bbox[3]) / 2 - centre) <= 0.5 * height
    ]
    return line, row


def _row_cell_start(document: Document, offset: int) -> int:
    """The start of the line that holds `offset` if that line is a cell of a table row
    (another line stands level with it); else 0."""
    found = _row_of_offset(document, offset)
    if found is None or len(found[1]) < 2:
        return 0
    return found[0].start


def _organisation_opens_row(document: Document, offset: int) -> bool:
    """Whether the first cell of the table row that holds `offset` names an organisation
    ("Stichting Zeeuwse Molens | 41113072 | NL32 RABO ..."), the row's cells being lines side
    by side."""
    found = _row_of_offset(document, offset)
    if found is None or len(found[1]) < 2:
        return False
    line, row = found
    first = min(row, key=lambda other: other.bbox[0])
    if first is line:
        return False
    return names_an_organisation(document.text[first.start : first.end])


_EDGE_JUNK = " \t\n,;:()[]<>\"'“”‘’"
_PUBLIC_FIGURES = {lexicon.fold(p) for p in PUBLIC_FIGURES}
# A middle word that is a father's name: Pieterszoon, Ysbrantsz, Cornelisz., Jansdochter.
_PATRONYMIC = re.compile(
    r"(?<=[ \t\n])[A-Z][a-zë]+(?:szoon|sz\.?|sdochter|sdr\.)(?=[ \t\n]+[A-Z])"
)
# "i.o." (in opdracht), "p.o." (per order), "namens": a signer's role, not part of the name.
_ON_BEHALF_PREFIX = re.compile(r"(?i)(?:i\.o\.|p\.o\.|namens)[ \t\n]+")
_LABEL_AFTER = re.compile(r"[ \t]*:")
# The rest of a line that is a field's label: "Ambtelijke| ondersteuning: ir. ..."
_REST_OF_LABEL = re.compile(r"[ \t]+[a-zß-öø-ÿ][\w-]*(?:[ \t]+[a-zß-öø-ÿ][\w-]*){0,2}[ \t]*:")
_NO_LONGER_A_NAME = re.compile(r"[,;]?[ \t\n]*[^\s,;]*[\d@]")
_TRAILING_LOWER = re.compile(r"(?:(?<!-)\s+[a-zß-öø-ÿ'’][^\s]*)+$")  # not "Sm-\nits"
# "Wong Ka-Ming van de Politieacademie": the name stops before "van de <organisation>".
_TRAILING_ORG = re.compile(r"\s+(?:van|bij|voor|namens)\s+(?:de\s+|het\s+)?([A-Z][\w-]+)$")


_CELL_GAP_BEFORE = re.compile(r"(?<=[^\s])(?:\t[ \t]*|[ ]{3,})$")
_CELL_GAP = re.compile(r"\t[ \t]*|[ ]{2,}")


def _cells_of(text: str, c: _Candidate) -> list[_Candidate]:
    """A name does not run across table cells (a tab or two spaces apart): the model's
    "Leonie       BZK/DGBRW" is a name and a unit, each judged on its own."""
    if c.entity_type != "PERSON" or not _CELL_GAP.search(text, c.start, c.end):
        return [c]
    pieces = []
    start = c.start
    for gap in _CELL_GAP.finditer(text, c.start, c.end):
        if text[gap.start() - 1] == "\n" and _PARTICLE_AT_LINE_END.search(
            text, max(c.start, gap.start() - 12), gap.start()
        ):
            continue  # "Antoni van\n   Leeuwenhoek": a name broken after its particle, indented
        pieces.append(replace(c, start=start, end=gap.start()))
        start = gap.end()
    pieces.append(replace(c, start=start, end=c.end))
    return [p for p in pieces if p.end > p.start]


def _row_breaks(document: Document) -> list[int]:
    """Offsets of the line breaks between two cells of one table row. MuPDF gives each cell
    of a table its own line, in row order: "Zhang Wei" and, beside it, "Xinhua" are two lines
    of the text that stand side by side on the page, unlike the lines of a paragraph."""
    breaks = []
    lines = document.lines
    text = document.text
    for cur, nxt in zip(lines, lines[1:], strict=False):
        if cur.page != nxt.page or nxt.start <= cur.end or text[cur.end : nxt.start].strip():
            continue
        height = min(cur.bbox[3] - cur.bbox[1], nxt.bbox[3] - nxt.bbox[1])
        centre_cur = (cur.bbox[1] + cur.bbox[3]) / 2
        centre_nxt = (nxt.bbox[1] + nxt.bbox[3]) / 2
        if abs(centre_cur - centre_nxt) <= 0.5 * height and nxt.bbox[0] >= cur.bbox[2] - 1:
            breaks.append(cur.end)
    return breaks


def _row_cells_of(text: str, c: _Candidate, row_breaks: Sequence[int]) -> list[_Candidate]:
    """A name does not run from one cell of a table row into the next ("Zhang Wei" |
    "Xinhua"): the span is cut at the row's breaks and only the pieces that hold a name
    word (a listed first name or surname, or initials) stay; if none does, the first."""
    if c.entity_type != "PERSON" or not row_breaks:
        return [c]
    i = bisect.bisect_right(row_breaks, c.start)
    cuts = []
    while i < len(row_breaks) and row_breaks[i] < c.end:
        cuts.append(row_breaks[i])
        i += 1
    if not cuts:
        return [c]
    pieces = []
    start = c.start
    for cut in cuts:
        pieces.append(replace(c, start=start, end=len(text[:cut].rstrip())))
        start = cut
        while start < c.end and text[start].isspace():
            start += 1
    pieces.append(replace(c, start=start, end=c.end))
    pieces = [p for p in pieces if p.end > p.start]
    named = [p for p in pieces if _holds_name_word(text[p.start : p.end])]
    return named or pieces[:1]


def _holds_name_word(span: str) -> bool:
    if re.search(r"(?<![\w])[A-ZÀ-Þ]\.", span):
        return True  # initials
    return any(
        lexicon.is_first_name(w) or lexicon.is_surname(w)
        for w in re.findall(r"[\w'’-]+", span)
        # "Le Monde": an article is no first name, whatever a list of names holds
        if w[:1].isupper() and w.lower() not in _ARTICLES
    )


_ARTICLES = frozenset({"de", "het", "een", *FOREIGN_ARTICLES})


_FUNCTION_THEN_NAME = re.compile(r"([A-Z][a-z]+)[ \t]+(?=[A-Z])")
_COMMA_FUNCTION_AT_END = re.compile(r",[ \t]*([a-z]+)[ \t]*$")


def _opens_a_row_before_a_name(word: str, rest: str) -> bool:
    """Whether `word`, opening a person's span, is a function, an organisation or a place
    from the cells before the name (`rest`, which must open with initials or a first name):
    not a first name or surname itself."""
    low = word.lower()
    if low in _FUNCTION_WORDS_LOW:
        return True
    if lexicon.is_first_name(word) or lexicon.is_surname(word):
        return False
    first = rest.split()[0] if rest.split() else ""
    # "Shanghai Liu Xiaoyan": a post's or a country's cell before a full name no list knows
    # (a surname alone stays with the place: the model's guess of one word is not followed)
    if lexicon.is_place(word) and len(re.findall(r"[A-ZÀ-Þ][\w'’-]+", rest)) >= 2:
        return True
    if not (re.match(r"(?:[A-ZÀ-Þ]\.)+", first) or lexicon.is_first_name(first)):
        return False
    return (
        low.endswith(STAFF_ROLE_ENDINGS)
        or lexicon.is_place(word)
        or looks_like_organisation(word)
        or low in _KNOWN_ORG_NAMES
    )


_NUMBER_OPENS_LINE = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+")


def _is_a_known_name_word(line: str) -> bool:
    return any(
        lexicon.is_first_name(w) or lexicon.is_surname(w) for w in re.findall(r"[\w'’-]+", line)
    )


def _holds_no_name(line: str) -> bool:
    """A line of a multi-line span that is a label, a heading or ordinary words only."""
    if label_of(line) or heading_of(line):
        return True
    # "Schiphol", "IENW/BSK-2024/187": an organisation or a reference number, no name
    bare = line.strip()
    if bare.lower() in _KNOWN_ORG_NAMES or re.fullmatch(r"[A-Z]+/[A-Z]+-[\d/-]+", bare):
        return True
    # "gem. Dordrecht\nSjoerd Algra": the town that ends the row above
    if " " not in bare and lexicon.is_place(bare) and not lexicon.is_surname(bare) and not (
        lexicon.is_first_name(bare)
    ):
        return True
    words = re.findall(r"[\w'’-]+", line)
    return all(
        not w[:1].isupper()
        or (
            lexicon.is_common_word(w)
            and not lexicon.is_first_name(w)
            and not lexicon.is_surname(w)
        )
        for w in words
    )


# A word that opens a line of minutes or a colofon as a role or a heading: "Adjunct"(-griffier),
# "Commissiegriffier", "Aanwezig", "Verslaglegging".
_ROLE_WORD_OPENS_LINE = re.compile(
    r"[ \t]*(?i:\w*(?:griffier|secretaris|notulist|voorzitter|wethouders?|raadsleden|leden|"
    r"adjunct|directeur|adviseur|medewerker|ambtenaar|portefeuillehouder|insprekers?|"
    r"toehoorders?|secretariaat|manager|coördinator|coordinator|woordvoerder|jurist|"
    r"projectleider|teamleider|verlener|specialist|functionaris|"
    # the unit under a signature's name: "M. Kaya\nBrigade Schiphol | Koninklijke Marechaussee"
    r"brigade|directie|afdeling|eenheid|sectie|cluster|"
    # military ranks under a service member's name: "Ramon Pinas\nSergeant-majoor"
    r"sergeant|korporaal|soldaat|kapitein|luitenant|majoor|kolonel|generaal|adjudant|"
    r"commandant)|aanwezig|afwezig|verslag|verslaglegging|notulen|namens|functie|rang)"
    # and the words of the role after it: "Teammanager Terugbetalen"
    r"(?:[ \t]+[^\s]+){0,3}[ \t]*"
)


def _trim_and_merge(
    text: str, candidates: list[_Candidate], row_breaks: Sequence[int] = ()
) -> list[_Candidate]:
    """Trim punctuation at the edges, then resolve overlaps: a container (e-mail around a
    name) wins; overlapping names merge into one span. `row_breaks`: see `_row_breaks`."""
    for c in candidates:
        while c.start < c.end and text[c.start] in _EDGE_JUNK:
            if text[c.start] == "(" and ")" in text[c.start : c.end]:
                break  # "(070) 480 60 42": the bracket belongs to the number
            c.start += 1
        while c.end > c.start and text[c.end - 1] in _EDGE_JUNK:
            inner = text[c.start : c.end - 1]
            if text[c.end - 1] == ")" and inner.count("(") > inner.count(")"):
                given = inner[inner.rfind("(") + 1 :]
                if re.fullmatch(r"[A-ZÀ-Þ][a-zß-ÿ'’-]+", given) and not looks_like_organisation(
                    given
                ):
                    break  # "Gebremedhin, T. (Tesfalem)": a first name in brackets, not a unit
            c.end -= 1
        if c.entity_type == "PERSON":
            # "Nienke, 0031-6-2239.4410": a name holds no digits or e-mail; it ends before them.
            m = _NO_LONGER_A_NAME.search(text, c.start, c.end)
            if m and m.start() > c.start:
                c.end = m.start()
            m = _ON_BEHALF_PREFIX.match(text, c.start, c.end)
            if m and m.end() < c.end:
                c.start = m.end()  # "i.o. Lotte Verbruggen": the abbreviation is not the name
            # "Medewerker Kromodimedjo", "Huijbregts, secretaris": a function before or after
            # the name (a colleague's, not an office's) is not part of it.
            m = _FUNCTION_THEN_NAME.match(text, c.start, c.end)
            while m and _opens_a_row_before_a_name(m.group(1), text[m.end() : c.end]):
                # "Nederland W. (Wim) Schuurmans", "Liaison provincie R.M.J. Habets": the row's
                # cells before the name
                c.start = m.end()
                m = _FUNCTION_THEN_NAME.match(text, c.start, c.end)
            # "Invest-NL, Jan Jansen": the model ran a list's organisation into the next name.
            comma = text.find(",", c.start, c.end)
            head = text[c.start : comma] if comma > c.start else ""
            if c.detector == "SpacyRecognizer" and head and (
                looks_like_organisation(head)
                or _UNIT_PATH.fullmatch(head)  # "DCM/CZ, Bas de Kort"
                or re.search(r"\d", head)  # "RBDHA:2024:3391, mr. E.J. van Dongen"
            ):
                c.start = comma + 1
                while c.start < c.end and text[c.start].isspace():
                    c.start += 1
            # "E-mail P. Koning": the model took the word before the initials along; only a
            # first name stands there ("Jan P. Koning").
            m = _WORD_THEN_INITIALS.match(text, c.start, c.end)
            word = m.group(1) if m else ""
            if (
                m
                and c.detector == "SpacyRecognizer"
                and not lexicon.is_first_name(word)
                and (lexicon.is_common_word(word) or re.search(r"-[a-z]", word))
            ):
                c.start = m.end()
            if c.detector == "SpacyRecognizer":
                # "A. Ruitenberg-Lam Avined secretaris": a table row read as one line, the
                # organisation's cell before the function's
                c.end = end_before_role(text, c.start, c.end)
            m = _COMMA_FUNCTION_AT_END.search(text, c.start, c.end)
            if m and m.group(1).lower() in _FUNCTION_WORDS_LOW and m.start() > c.start:
                c.end = m.start()
            # No name runs over a blank line: "ECLI:NL:RBGEL:2025:4102\n\nRECHTBANK".
            blank = text.find("\n\n", c.start, c.end)
            if blank > c.start:
                c.end = blank
            # "Geraadpleegd\nBakker, K.J.": the model took the label line above along.
            first_break = text.find("\n", c.start, c.end)
            if first_break > c.start and _holds_no_name(text[c.start : first_break]):
                c.start = first_break + 1
            # "1. Lelylijn\nKooistra licht ... toe": a numbered heading above the name
            elif (
                first_break > c.start
                and _NUMBER_OPENS_LINE.fullmatch(text, text.rfind("\n", 0, c.start) + 1, c.start)
                and not _is_a_known_name_word(text[c.start : first_break])
            ):
                c.start = first_break + 1
            # "Rutgers, Lieke\nVerzonden:": the model ran on into the next field's label.
            last_break = text.rfind("\n", c.start, c.end)
            if last_break > c.start and (
                _LABEL_AFTER.match(text, c.end)
                # (a label opens with a capital: "mevrouw Lisanne\nvan Amerongen" is no "Van")
                or (label_of(text[last_break + 1 : c.end]) and text[last_break + 1].isupper())
                or _REST_OF_LABEL.match(text, c.end)
            ):
                c.end = last_break
            # "M. Bosma\nAdjunct-griffier", "Mw. N. Smit\nAanwezig raadsleden": the word that
            # opens the next line is a role or a list's heading, not the rest of the name.
            last_break = text.rfind("\n", c.start, c.end)
            if last_break > c.start and (
                _ROLE_WORD_OPENS_LINE.fullmatch(text, last_break + 1, c.end)
                # "K.O. Mensah\nJan van Galenstraat 112-III": the address line under a name
                or street_starts_at(text, last_break + 1)
            ):
                c.end = len(text[: last_break].rstrip())
            # "Özdemir, A. (Inspectie)", "Çelik, E. (DWJZ)": a unit in brackets after the name
            # is not part of it; a first name in brackets is ("Bakker, K.J. (Karin)").
            bracket = text.rfind("(", c.start, c.end)
            inside = text[bracket + 1 : c.end] if bracket > c.start else ""
            if bracket > c.start and ")" not in inside and not all(
                lexicon.is_first_name(w) for w in re.split(r"[-\s]+", inside) if w
            ):
                c.end = len(text[:bracket].rstrip())
            m = _TRAILING_ORG.search(text[c.start : c.end])
            if m and (
                _is_org_neighbour(m.group(1))
                or looks_like_organisation(m.group(1))
                or m.group().split()[1:2] == ["het"]  # "Koning van het Ondersteuningsteam"
            ):
                c.end = c.start + m.start()
            # "De heer Zwolle van de\nIBD", "Hendriks de resultaten": a name ends in a
            # capitalised word; particles and words after it belong to what follows, unless
            # the surname came first ("Jong, Arjen de").
            m = _TRAILING_LOWER.search(text, c.start, c.end)
            if m and "," not in text[c.start : m.start()] and m.start() > c.start:
                c.end = m.start()
        # "Bas K", "Thomas H.", "Marieke vd B", "Sanne dB": a first name with the initial of
        # the surname, as chats and minutes tell two colleagues of one name apart.
        if c.entity_type == "PERSON":
            last_word = re.search(r"[\w'’-]+$", text[c.start : c.end])
            if last_word and lexicon.is_first_name(last_word.group()):
                initial = _SURNAME_INITIAL_AFTER.match(text, c.end)
                if initial:
                    c.end = initial.end()
        # A name ending in a full stop keeps it only when it is an initial ("J.", "K.Ö.")
        if c.entity_type == "PERSON" and c.end - c.start > 2 and text[c.end - 1] == ".":
            if not re.search(r"(?:^|[\s.])[A-ZÀ-Þ]\.$", text[c.start : c.end]):
                c.end -= 1
    candidates = [
        piece
        for c in candidates
        if c.end > c.start
        for cell in _cells_of(text, c)
        for piece in _row_cells_of(text, cell, row_breaks)
    ]
    candidates.sort(key=lambda c: (c.start, -(c.end - c.start)))
    merged: list[_Candidate] = []
    for c in candidates:
        overlapping = [m for m in merged if m.start < c.end and c.start < m.end]
        if not overlapping:
            merged.append(c)
            continue
        absorbed = False
        for m in overlapping:
            # The model's guess never removes what a rule found as another type (a phone
            # number inside a run-on span): the guess gives way.
            if c.detector == "SpacyRecognizer" and m.entity_type != c.entity_type:
                absorbed = True
                break
            if m.detector == "SpacyRecognizer" and m.entity_type != c.entity_type and m in merged:
                merged.remove(m)
                continue
            if m.entity_type == c.entity_type == "PERSON":
                m.start, m.end = min(m.start, c.start), max(m.end, c.end)
                # A rule's reason beats the model's: the model complements the rules.
                rule_over_model = m.detector == "SpacyRecognizer" != c.detector
                model_over_rule = c.detector == "SpacyRecognizer" != m.detector
                if (c.score > m.score and not model_over_rule) or rule_over_model:
                    m.score, m.detector, m.explanation = c.score, c.detector, c.explanation
                absorbed = True
            elif m.start <= c.start and c.end <= m.end:
                absorbed = True  # contained in a longer finding of another type
            elif c.start <= m.start and m.end <= c.end:
                merged.remove(m)
            elif c.score <= m.score:
                absorbed = True
            else:
                merged.remove(m)
        if not absorbed:
            merged.append(c)
    return merged


# Header fields whose value is itself public metadata (dates, references): nothing in them is
# a person. Directie, Onderwerp, Aan and Van may name people, so they get no such protection.
_PROTECTED_VALUE_LABELS = {
    "nota actief openbaar", "onze referentie", "ons kenmerk", "uw kenmerk", "uw referentie",
    "kenmerk", "zaaknummer", "datum", "deadline", "bijlage(n)", "bijlagen", "bijlage", "status",
}


_PERSON_CUE_IN_VALUE = re.compile(
    r"(?i)\b(?:contact(?:persoon)?[ \t]*:|(?:opgesteld|geschreven|behandeld)[ \t]+door\b|"
    r"auteur[ \t]*:|door[ \t]+(?=(?-i:[A-Z])\.))"
)


def _protected_spans(document: Document) -> list[tuple[int, int, str]]:
    """Spans that are public by their role in the nota: title, headings, labels, header values."""
    spans: list[tuple[int, int, str]] = []
    staff = {lbl.lower() for lbl in STAFF_FIELD_LABELS}
    for f in document.fields:
        spans.append((f.label_start, f.label_start + len(f.label), "header label"))
        if f.label.lower() in _PROTECTED_VALUE_LABELS and f.label.lower() not in staff:
            # Such a value is one line (a date, a reference): what the parser took in from
            # the lines below can be body text of a column beside it.
            line_end = document.text.find("\n", f.value_start, f.value_end)
            end = f.value_end if line_end < 0 else line_end
            # "Bijlage: notitie MFK (opgesteld door FIN, contact: Ruben Zwartjes": a person
            # named in the value is no metadata.
            person = _PERSON_CUE_IN_VALUE.search(document.text, f.value_start, end)
            end = person.start() if person else end
            spans.append((f.value_start, end, f"value of the public field '{f.label}'"))
    for s in document.sections:
        spans.append((s.start, s.start + len(s.heading), "section heading"))
    if document.title:
        idx = document.text.find(document.title.split()[0])
        for line in document.lines:
            if document.text[line.start : line.end].strip().startswith(document.title[:30]):
                idx = line.start
                spans.append((idx, idx + len(document.title), "title of the nota"))
                break
    return spans


# "Aldus vastgesteld door mr. H.G. Oosterbroek, voorzitter, en mr. J.C. Kreijkamp ...,
# leden", "Deze uitspraak is gedaan door mr. E.W. Akkerman als voorzitter ...": the judges
# (and the clerk) who decided a published ruling are named in their public role.
_RULING_BENCH = re.compile(
    r"(?i)\b(?:aldus|deze[ \t\n]+uitspraak[ \t\n]+is|dit[ \t\n]+vonnis[ \t\n]+is)[ \t\n]+"
    # to the end of the paragraph: the names carry the full stops of titles and initials
    r"(?:vastgesteld|beslist|gedaan|gewezen|uitgesproken)[ \t\n]+(?:door|in)"
    r"(?:[^\n]|\n(?!\n)){0,300}"
    # "De Centrale Raad van Beroep heeft in een meervoudige kamer (mr. A.B. Koning,
    # voorzitter, en mr. J.W. de Groot en mr. S. Visser, leden) geoordeeld": the court's bench
    r"|\b(?:enkelvoudige|meervoudige)[ \t\n]+(?:kamer|strafkamer)[ \t\n]*\([^()]{1,300}\)"
)
_RULING_MARK = re.compile(r"ECLI:NL:|\b(?:uitspraak|vonnis|beschikking)\b", re.I)


def _on_the_bench(text: str, start: int) -> bool:
    """Whether text[start:] is a judge's or clerk's name in the sentence of a ruling that says
    who decided it."""
    window_start = max(0, start - 300)
    for m in _RULING_BENCH.finditer(text, window_start, min(len(text), start + 200)):
        if m.start() <= start < m.end():
            return bool(_RULING_MARK.search(text))
    return False


_LIST_ITEM_CLOSED_BEFORE = re.compile(r"\)[ \t]*,[ \t\n]*$")
_PARTY_ITEM_BEFORE = re.compile(
    rf"\((?:{_PARTIES})\)[ \t]*,[ \t\n]*(?:(?:de[ \t\n]+heer|mevrouw|mw\.|dhr\.)[ \t\n]*)?$"
)
# A party's short name in brackets, then the list goes on or ends: "(ROSA),", "(GBH)."
_PARTY_CODE_AFTER = re.compile(
    r"[ \t]*\((?P<code>[A-Z][A-Za-z]{1,6}[A-Z!])\)(?=[ \t]*(?:[,;.]|\n|en\b))"
)
_NEXT_ITEM_WITH_PARTY = re.compile(
    rf"[ \t]*,[ \t\n]*(?:[A-Z][\w.'’-]*[ \t\n]+){{1,5}}\((?:{_PARTIES})\)"
)


_SIGNED_AT_END = re.compile(r"(?i)(?<![\w.])w\.g\.[ \t\n]*$")
# A title, or "w.g." (signed), between an office and its holder's name.
_TITLE_AT_END = re.compile(r"(?i)(?<![\w.])(?:drs|dr|mr|ir|ing|prof|mw|mevr|dhr|w\.g)\.$")
# What may stand before a signature's office on its line: "i.o. de minister van ...,".
_SIGNATURE_OFFICE_OPENS = re.compile(
    r"(?i)[ \t]*(?:(?:i\.o\.|namens|mede[ \t]+namens|w\.g\.|voor[ \t]+deze)[ \t,]+)*"
    r"(?:de|het|the)?[ \t]*"
)
# "Lid" alone before a name: a member of a team, not of parliament.
_BARE_MEMBER = re.compile(rf"(?i)lid(?![ \t\n]+(?:van|of)\b)[ \t\n,]*(?:(?:{_TITLES})[ \t\n]*)*$")
# An attendance list's item: an office and where it is held, then the holder with a courtesy
# title ("Gedeputeerde provincie Gelderland, dhr. B. Lammers", "Burgemeester Eemsdelta\tdhr.
# W.J. Osinga", "- Dijkgraaf Waterschap Rijn en IJssel, mw. Annemiek Roelofs").
_COURTESY_BEFORE = re.compile(
    r"(?i)(?:(?<![\w.])(?:mw|mevr|dhr)\.|\b(?:mevrouw|de[ \t]+heer))[ \t]*$"
)
_OFFICE_OF_A_PLACE = re.compile(
    rf"(?i)[ \t]*(?:[-•–][ \t]+)?(?P<office>{_ROW_OFFICE})(?P<where>(?:[ \t]+[\w'’.-]+){{1,5}}?)"
    r"[ \t]*[,:]?[ \t]*"
)
_PLACE_NAME_LINKS = frozenset("van de den het en aan op in".split())


def _office_of_a_place_before(text: str, start: int, window_start: int) -> str | None:
    """The office of an attendance list's item whose holder's name starts at `start`, after a
    courtesy title (see _OFFICE_OF_A_PLACE): the office must be held in a place or a public
    body the item names, so that "wethouder Smit, mw. K. de Vries" leaves Ms de Vries out."""
    courtesy = _COURTESY_BEFORE.search(text, max(0, start - 12), start)
    if not courtesy:
        return None
    line_start = max(text.rfind("\n", 0, courtesy.start()) + 1, window_start)
    cell = text[line_start : courtesy.start()].split("\t")[-1]
    m = _OFFICE_OF_A_PLACE.fullmatch(cell)
    if not m:
        return None
    where = m.group("where").split()
    if where[0].lower() in BODY_WORDS or (
        lexicon.is_place(where[-1].strip(",:"))
        and all(w[:1].isupper() or w.lower() in _PLACE_NAME_LINKS for w in where)
    ):
        return m.group("office")
    return None


# A clause between an office's "van ..." and a name: the office is the sentence's subject and
# the name its object ("burgemeester en wethouders van Zaanstad legt u, de heer M. Koç, een
# last op"). A portfolio or a place never holds a pronoun or a finite verb.
_CLAUSE_WORDS = re.compile(
    r"(?<![\w-])(?:U|u|uw|wij|we|ik|hij|zij|ze|ons|onze|hem|hun|heeft|hebben|had|hadden|"
    r"legt|leggen|legde|besluit|besluiten|besloot|verleent|verlenen|verleende|stuurt|sturen|"
    r"stelt|stellen|geeft|geven|gaf|vraagt|vragen|vroeg|deelt|delen|meldt|melden|schrijft|"
    r"wil|willen|zal|zullen|kan|kunnen|moet|moeten|wordt|worden|werd|is|was|waren)(?![\w-])"
)


def _office_names_someone_else(before: str, m: re.Match) -> bool:
    """Whether the office `m` found in `before` (the text up to a name) is not the name's."""
    if _CLAUSE_WORDS.search(m.group()):
        return True
    office_line = before[before.rfind("\n", 0, m.start()) + 1 : m.start()]
    if "\n" in m.group() and (
        m.group()[:1].isupper()
        # "Joost Binnendijk Gemeente Kaag en Braassem wethouder" | "T.J. Hoogerwerf": the
        # office after the body's name in the row above
        # (not "de Amsterdamse wethouder" | "Jansen": an adjective of a place, in a sentence;
        # not "Brief gezaghebber" | "Rijna aan ...": a cell's text wrapped)
        or (
            re.search(r"(?<![Dd]e )(?<![Hh]et )\b[A-Z][\w'’-]*(?<!se)[ \t]+$", office_line)
            and any(w.lower() in BODY_WORDS for w in office_line.split())
        )
    ):
        # "F.M. Verhoef Ministerie van VRO Minister" | "L. Schipper ...": a list's row read
        # as a line ends with its own office, in capitals as a cell opens; the office of a
        # sentence broken there ("met de minister" | "Jansen") is in lower case
        office = m.group().split("\n")[0]
        if (
            office_line.strip(" \t-•")
            and not re.search(r"(?i)(?:\b(?:de|het|the|door|aan)|[.!?:;,])[ \t]+$", office_line)
            and not re.search(r"(?i),|\b(?:van|voor|of|for|in|bij)\b", office)
        ):
            return True
    if re.search(r"\n[ \t]*\n", m.group()) and not _SIGNATURE_OFFICE_OPENS.fullmatch(
        office_line
    ):
        # Across a blank line only a signature's office counts, which opens its line ("De
        # minister van Financiën,"); not "Onderwerp: RE: ... lijn voor minister" | "Omid,".
        return True
    # "Lid   drs. G. Kuijpers-Wennekes, adviseur": a member of a team or a committee;
    # "het lid Hofstede" and "lid van de Tweede Kamer" are members of parliament
    return bool(
        _BARE_MEMBER.match(m.group()) and not re.search(r"(?i)\bhet[ \t]+$", before[: m.start()])
    )


# Signature blocks side by side: "de secretaris,        de burgemeester," over "drs. W.F.
# Admiraal        A.K. Verburg". A cell opens a line or follows a wide gap.
_COLUMN_GAP = re.compile(r"[ ]{3,}|\t")
_CELL_START = re.compile(r"(?:^|(?<=[ ]{2})|(?<=\t))[^ \t]")
_COLUMN_OFFICE = re.compile(rf"(?i)(?:(?:de|het)[ ]+)?(?P<office>{_OFFICE_NAMED}|voorzitter)\b")
_COLUMN_STAFF = re.compile(
    r"(?i)(?:(?:de|het)[ ]+)?(?:(?:\w+-)?secretaris|griffier|(?:\w+-)?directeur|hoofdingenieur"
    r"|namens\b|i\.o\.|p\.o\.)"
)
_COLUMN_CHAIR_BESIDE = re.compile(r"(?i)\b(?:secretaris|griffier)")


def _column_cell(line: str, col: int) -> str | None:
    """The cell of a line of columns that starts within three characters of `col`."""
    for m in _CELL_START.finditer(line):
        if abs(m.start() - col) <= 3:
            return _COLUMN_GAP.split(line[m.start() :], 1)[0].strip()
        if m.start() > col + 3:
            break
    return None


def _signature_column(text: str, start: int) -> str | None:
    """For a name in a row of names side by side, the office over or under its own column:
    "burgemeester" (an office holder's), "staff" (a secretary's, a griffier's, a director's,
    or someone signing on another's behalf), or None when the layout says nothing."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not _COLUMN_GAP.search(line.strip()):
        return None
    gaps = [m.end() for m in _COLUMN_GAP.finditer(line, 0, start - line_start)]
    col = gaps[-1] if gaps else len(line) - len(line.lstrip())
    if line[col : start - line_start].strip(" .") and not re.fullmatch(
        r"(?:(?:mr|drs|dr|ir|ing|prof|dhr|mw)\.[ ]*)*", line[col : start - line_start]
    ):
        return None  # the name does not open its cell
    cells = [c for c in _COLUMN_GAP.split(line.strip()) if c.strip()]
    # a row of names side by side, not a field and its value ("Samengewerkt met   Bart de Wit")
    if len(cells) < 2 or any(
        ":" in c
        or label_of(c.strip())
        or re.search(r"\d", c)
        or not re.match(r"(?:(?:mr|drs|dr|ir|ing|prof|dhr|mw)\.[ ]*)*[A-ZÀ-Þ]", c.strip())
        for c in cells
    ):
        return None  # a table's row: "Verwerking reacties   03-03-2025   Nadia Amrani   gereed"

    for step, reach in ((1, 2), (-1, 6)):  # the office under the name first, then above it
        seen = 0
        for row in _lines_beside(text, line_start, step):
            if seen == reach:
                break
            if not row.strip():
                continue
            seen += 1
            cell = _column_cell(row, col)
            verdict = _column_verdict(cell, row) if cell is not None else None
            if verdict:
                return verdict
    return None


def _lines_beside(text: str, line_start: int, step: int) -> Iterator[str]:
    """The lines after (step 1) or before (step -1) the line that starts at `line_start`."""
    if step > 0:
        pos = text.find("\n", line_start)
        while pos >= 0:
            nxt = text.find("\n", pos + 1)
            yield text[pos + 1 : len(text) if nxt < 0 else nxt]
            pos = nxt
    else:
        end = line_start - 1
        while end >= 0:
            begin = text.rfind("\n", 0, end) + 1
            yield text[begin:end]
            end = begin - 1


def _column_verdict(cell: str, row: str) -> str | None:
    """What a cell over or under a signature's name says of it (see _signature_column)."""
    if _COLUMN_STAFF.match(cell):
        return "staff"
    m = _COLUMN_OFFICE.match(cell)
    # an office counts from a row of signatures' offices side by side
    if not m or len([c for c in _COLUMN_GAP.split(row.strip()) if c.strip()]) < 2:
        return None
    if m.group("office").lower() == "voorzitter":
        # a body's chair signs beside its secretary or griffier
        return "voorzitter" if _COLUMN_CHAIR_BESIDE.search(row) else None
    return m.group("office")


def office_holder_reason(text: str, start: int, end: int, window_start: int = 0) -> str | None:
    """Why a name at text[start:end] is that of an office holder in their role, if it is.
    `window_start`: no office before this offset counts (the start of a table row's cell)."""
    if _on_the_bench(text, start):
        return "office holder: a judge of the ruling, named in the ruling"
    column = _signature_column(text, start)
    if column == "staff":
        return None
    if column:
        return f"office holder: signs under '{column}'"
    # Blank lines right before the name do not end the window: a signature leaves room to sign
    # between "De minister van Financiën," and the name.
    # Nor do titles before it ("de Nationale ombudsman,\n\ndrs. M.J. Kok").
    prefix = text[:start].rstrip()
    title = _TITLE_AT_END.search(prefix)
    while title:
        prefix = prefix[: title.start()].rstrip()
        title = _TITLE_AT_END.search(prefix)
    last = len(prefix)
    full_stop = text.rfind(". ", 0, last)
    while full_stop >= 3 and text[full_stop - 3 : full_stop + 1].lower() in ("i.o.", "p.o."):
        full_stop = text.rfind(". ", 0, full_stop - 3)  # "i.o. de minister,": no sentence end
    sentence_start = max(full_stop, text.rfind("\n\n", 0, last), start - 120, window_start, 0)
    # "de burgemeester van Haarlem,\nw.g.\nC.M. Verweij-Haas": signed by the office holder
    before = _SIGNED_AT_END.sub("", text[sentence_start:start])
    # "Nota aan minister      KB": the cell before in a table row says nothing about the name.
    cell_gap = _CELL_GAP_BEFORE.search(before)
    if cell_gap:
        before = before[cell_gap.end() :]
    # "Ahmed Marcouch   gemeente Arnhem   burgemeester\nHanneke Zijlstra-Bouali": the last
    # cell of the row above is someone else's function.
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() and line_start > 0:
        above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
        if _CELL_GAP.search(above.strip()):
            before = ""  # only the blanks that open the name's own line are left
    office = _office_of_a_place_before(text, start, window_start)
    if office:
        return f"office holder: named as '{office}'"
    m = _OFFICE_BEFORE.search(before)
    if m and _office_names_someone_else(before, m):
        m = None
    # "Namens de minister van SZW, Lotte Verbruggen": who signs on behalf of the office holder
    # is a civil servant, not the office holder. "mede namens staatssecretaris Jansen" names
    # the office holder herself: her office stands right before her name, with no comma.
    if m and (
        not _ON_BEHALF_BEFORE.search(before, 0, m.start())
        or not any(c in m.group() for c in ",\n")
    ):
        return f"office holder: named as '{m.group().strip().split()[0]}'"
    after = text[end : end + 80]
    m = _OFFICE_AFTER.match(after)
    if m:
        return "office holder: followed by the office"
    if _PARTY_AFTER.match(after):
        return "office holder: member of parliament (party follows the name)"
    # "A.C. Heij (voorzitter), A.D. Boland, E.M. Koestal (PvdA)": an attendance list of
    # members by party, where a name without its party stands between two bracketed ones.
    if _LIST_ITEM_CLOSED_BEFORE.search(text, max(0, start - 6), start) and (
        _NEXT_ITEM_WITH_PARTY.match(text, end)
    ):
        return "office holder: listed among members by party"
    # "mevrouw Doğan (PvdA), de heer Karaca (ROSA)": a local party no list knows, in a list of
    # members whose item before names a known party.
    party = _PARTY_CODE_AFTER.match(text, end)
    if (
        party
        and _PARTY_ITEM_BEFORE.search(text, max(0, start - 40), start)
        # not a known organisation or ministry: "de heer Jansen (BZK)"
        and party.group("code").lower() not in _KNOWN_ORG_NAMES
    ):
        return "office holder: listed among members by party"
    return None


# A unit and its sub-unit by their letters: "DCM/CZ", "DGOO/BFO", "JenV/DGSenB".
_UNIT_PATH = re.compile(r"[A-Z][A-Za-z&]{0,7}(?:/[A-Z][A-Za-z&]{0,7})+")
_ORG_NEIGHBOURS = {w.lower() for w in (*ORGANISATION_WORDS, *EPONYM_WORDS)}
_INITIALS_OPEN = re.compile(r"(?:[A-ZÀ-Þ]\.[ ]?){1,5}[ \t]*[A-ZÀ-Þ]")
_EPONYMS = {w.lower() for w in EPONYM_WORDS}
# A firm's trade after its founder's name: "Kingma Advocaten", "Van Beek Koeltechniek".
_FIRM_TRADES = {w.lower() for w in FIRM_TRADE_WORDS}
# The first word of a span that is a place or a thing, not a person: "Kasteel Amerongen",
# "Stadhuis Haarlem", "Vliegbasis De Kooy", "Storm Pia".
_PLACES_BEFORE_THEIR_NAME = {
    *PLACES_BEFORE_THEIR_NAME, "kazerne", "museum", "fort", "rechtbank", "gerechtshof",
    "storm", "orkaan",
}
_FUNCTION_WORDS_LOW = {w.lower() for w in FUNCTION_WORDS}
_KNOWN_ORG_NAMES = {o.lower() for o in (*KNOWN_ORGANISATIONS, *MORE_ORGANISATIONS)}


# Words that join a name to its organisation: "Yusuf at Oxfam Novib", "Karin van ABU".
_LINK_BEFORE_ORGANISATION = re.compile(
    r"(?:[ \t\n]+(?:at|of|from|van|bij|namens|de|het|the))*[ \t\n]*$"
)


def _end_before_known_organisation(text: str, c: _Candidate) -> None:
    """End a name where a known organisation's name begins inside it: "Yusuf at Oxfam
    Novib" is Yusuf, at an organisation."""
    for m in KNOWN_ORG_NAME.finditer(text, c.start, min(len(text), c.end + 60)):
        if c.start < m.start() < c.end:
            head = text[c.start : m.start()]
            cut = _LINK_BEFORE_ORGANISATION.search(head)
            end = c.start + (cut.start() if cut else len(head.rstrip()))
            if end > c.start:
                c.end = end
            return


# A public body's word and its capitalised name inside a span: "J.M. Gemeente Venlo" where
# a row's cells were read as one line.
_BODY_INSIDE = re.compile(
    r"[ \t]+(?:Gemeente|Provincie|Waterschap|Hoogheemraadschap|Ministerie|Politie|Rechtbank)"
    r"[ \t]+[A-ZÀ-Þ]"
)


def _end_before_body(text: str, c: _Candidate) -> None:
    """End a name the model found where a public body's name begins inside it: the model
    reads "DE VRIES, J.M. Gemeente Venlo" as "J.M. Gemeente Venlo"; the body is no part of
    the name, and would make the whole span an organisation's."""
    if c.detector != "SpacyRecognizer":
        return
    m = _BODY_INSIDE.search(text, c.start, c.end)
    if m and m.start() > c.start:
        c.end = m.start()


_FROM_PLACE = re.compile(r"[ \t\n]+(?:uit|te|in)[ \t\n]+(?P<place>[A-ZÀ-Þ][^,;()]*)$")


_FROM_PLACE_ON = re.compile(
    r"[ \t\n]+(?:uit|te|in)[ \t\n]+(?P<place>[A-ZÀ-Þ][\w'’-]*(?:[ \t]+(?:[A-ZÀ-Þ][\w'’-]*|aan|op|"
    r"de|den|bij)){0,3})"
)


def _end_before_place(text: str, c: _Candidate) -> None:
    """End a name before "uit", "te" or "in" and a place that ends the span: "mevrouw Marjan
    Verkade uit" | "Reeuwijk-Dorp" is Marjan Verkade, from Reeuwijk-Dorp. The place may go
    on after the span: "dhr. Kılıç uit Ten" | "Boer" (a rule took "uit" for a particle)."""
    m = _FROM_PLACE.search(text, c.start, c.end)
    if m and lexicon.is_place(" ".join(m.group("place").split())):
        c.end = m.start()
        return
    for m in _FROM_PLACE_ON.finditer(text, c.start, min(len(text), c.end + 40)):
        if m.start() >= c.end or m.start() <= c.start:
            break
        words = m.group("place").split()
        if any(lexicon.is_place(" ".join(words[:k])) for k in range(len(words), 0, -1)):
            c.end = m.start()
            return


def _is_org_neighbour(word: str) -> bool:
    """A word that turns an adjacent name into an organisation's or a thing's name."""
    low = word.lower().strip(".,")
    if low in _FUNCTION_WORDS_LOW:
        return False  # "Wouter Kleijn-Sewnath Plaatsvervangend chef de poste": a role follows
    return low in _ORG_NEIGHBOURS or low in _FIRM_TRADES or (
        low in _KNOWN_ORG_NAMES and len(low) > 4
    ) or (
        len(low) > 9 and looks_like_organisation(word)
    )


def _in_organisation(text: str, start: int, end: int, context_spans: list[tuple[int, int]]) -> bool:
    span = text[start:end]
    initials = _INITIALS_OPEN.match(span)
    if looks_like_organisation(span) and not (
        # "W. Heijmans": initials, then a family firm's name that is the family's surname
        initials
        and " " not in span[initials.end() - 1 :].strip()
        and span[initials.end() - 1 :].strip().lower() in _KNOWN_ORG_NAMES
        and lexicon.is_surname(span[initials.end() - 1 :].strip())
    ):
        return True
    # "Chen & Oudshoorn AgriTech B.V., Zuidelijke Havenweg": a company, with its legal form,
    # opens the span (a company after a name, "Jan Smit, Smit B.V.", leaves the name in).
    # Not a legal form that opens the span: "S.A. Demir" and "B.V. de Groot" are initials.
    legal_form = _LEGAL_FORM_IN.search(span.split(",")[0])
    if legal_form and span[: legal_form.start()].strip():
        return True
    # "Reinier de Graaf Gasthuis", "Johan de Witt Gymnasium": the span took in the word for
    # what is named after the person.
    words = span.replace("-\n", "-").split()
    if any(w.lower() in _EPONYMS for w in words[1:]) or (
        len(words) > 1 and words[0].lower() in _PLACES_BEFORE_THEIR_NAME
    ):
        return True
    # "Verwey-Jonker Instituut", "Stichting Jan de Vries", "Anne Frank Huis": a name inside
    # the name of an organisation or a thing. An acronym next to a name ("Marloes Kok  RWS")
    # is a unit in a contact table, not part of the name.
    after = re.match(r" ([A-Z][\w-]+)", text[end : end + 40])
    # "L. Janssens-Ruis Gemeente Barneveld": a body named by its seat opens a name of its own;
    # "T.J. Hoogerwerf Havensteder": an organisation's whole name in the next cell of a row
    if after and _is_org_neighbour(after.group(1)) and not (
        after.group(1).lower() in BODY_WORDS
        and re.match(r" [A-Z][\w-]+ (?:[A-Z]|van\b)", text[end : end + 60])
    ) and not (
        after.group(1).lower() in _KNOWN_ORG_NAMES
        and after.group(1).lower() not in _ORG_NEIGHBOURS | _FIRM_TRADES
        # not "Kaya Brigade Schiphol"
        and any(lexicon.is_surname(part) for part in words[-1].split("-"))
    ):
        return True
    # "Hollink\nRecycling BV": a firm's trade opening the next line
    after = re.match(r"[ \t]*\n[ \t]*([A-Z][\w-]+)", text[end : end + 40])
    if after and after.group(1).lower() in _FIRM_TRADES:
        return True
    # "Johan de Witt-zaal", "Albert Heijn-distributiecentra": a compound named after the
    # person (a particle after the hyphen is part of a double surname: "Zijlstra-de Vries")
    compound = re.search(r"[A-Z][a-zß-ÿ'’]+-([a-zß-ÿ]{3,})$", span)
    if (
        compound
        and compound.group(1) not in lexicon.tussenvoegsels()
        and all(w[:1].isupper() or w in lexicon.tussenvoegsels() for w in span.split())
    ):
        return True
    # "het Justus Lipsius building": what is named after the person, in lower case
    after = re.match(r" ([a-z]+)\b", text[end : end + 30])
    if after and after.group(1) in _EPONYMS:
        return True
    before = re.search(r"([A-Z][\w-]+) $", text[max(0, start - 40) : start])
    if before and _is_org_neighbour(before.group(1)) and not (
        # "Akkerbouwbedrijf P.A. Dijkhuizen", "Hoveniersbedrijf Sjoerd Kingma": a sole
        # trader's business under the owner's initials or first name and surname, without a
        # legal form, names the owner
        before.group(1).lower().endswith("bedrijf")
        and (_INITIALS_OPEN.match(span) or (
            len(words) > 1 and lexicon.is_first_name(words[0])
            and not lexicon.is_common_word(words[0])
        ))
        and not _LEGAL_FORM_AFTER.match(text, end)
    ):
        return True
    # "scholengemeenschap Guido de Brès", "stichting Jan de Vries": the kind of institution
    # in lower case before its name
    if _INSTITUTION_BEFORE.search(text, max(0, start - 40), start):
        return True
    # "Gebr. Verhoeven Transport B.V.", "Van Dijk Varkens B.V.": a company's legal form
    company = _COMPANY_BEFORE.search(text, max(0, start - 20), start)
    if company or _LEGAL_FORM_AFTER.match(text, end):
        return True
    # "Staatstoezicht op de Mijnen", "Oxfam Novib": a known organisation whose name strictly
    # contains the span (a name equal to one, "mevrouw Van der Valk", stays a name).
    for m in KNOWN_ORG_NAME.finditer(text, max(0, start - 60), min(len(text), end + 60)):
        if m.start() <= start and end <= m.end() and m.end() - m.start() > end - start:
            return True
    # The NER model saw an organisation that strictly contains this span.
    return any(s <= start and end <= e and (e - s) > (end - start) for s, e in context_spans)


_LEGAL_FORM_IN = re.compile(rf"(?<![\w.]){LEGAL_FORM}(?![\w])")
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:scholengemeenschap|basisschool|gymnasium|lyceum|ziekenhuis|stichting|kazerne|"
    r"museum|instituut|fonds|kliniek|zorginstelling|jeugdinrichting|penitentiaire[ \t]+inrichting|"
    # rooms and buildings named after a person: "zaal Willem Alexander", "gebouw De Marnix";
    # streets abroad: "2 rue André Pascal"
    r"zaal|vergaderzaal|gebouw|rue|avenue|calle)"
    # "zaal 'Anna Maria van Schurman'": the room's name may stand in quotes
    r"[ \t]+['‘\"“]?$"
)
_LEGAL_FORM_AFTER = re.compile(
    # "Van Gelder Fruit\nB.V.": the legal form may open the next line
    r"(?:[ \t]+[A-Z][\w&'’-]*){0,3}(?:[ \t]+|[ \t]*\n[ \t]*)"
    rf"{LEGAL_FORM}(?![\w])"
)
_COMPANY_BEFORE = re.compile(r"(?:\bGebr\.|\bGebroeders|\bFirma|\bFa\.)[ \t]+$")
_PLACE_BEFORE = re.compile(r"(?<![\w])(?:te|uit|vanuit|nabij)[ \t\n]+$")


def _apply_keep_rules(
    document: Document,
    c: _Candidate,
    protected: list[tuple[int, int, str]],
    context_spans: list[tuple[int, int]],
    config: DetectionConfig,
) -> None:
    text = document.text
    span_text = text[c.start : c.end]
    folded = lexicon.fold(" ".join(span_text.split()))
    surname_first = span_text.split(",", 1)  # "Uitermark, Judith" as a list writes her
    if c.entity_type == "PERSON" and (
        folded in _PUBLIC_FIGURES
        # "het huis van Constantijn Huygens": the span took the preposition along
        or re.sub(r"^(?:van|voor|door|met|bij) ", "", folded) in _PUBLIC_FIGURES
        # "Pilot Antoni van Leeuwenhoek": a word before the name that is no name itself
        or (
            re.sub(r"^\S+ ", "", folded) in _PUBLIC_FIGURES
            and len(folded.split()) >= 3  # a full name after it, not "T.W." before "Lubbers"
            and "." not in folded.split()[0]
            and not lexicon.is_first_name(folded.split()[0])
            and not lexicon.is_surname(folded.split()[0])
        )
        or lexicon.fold(" ".join(_after_royal_title(span_text).split())) in _PUBLIC_FIGURES
        or (
            len(surname_first) == 2
            and lexicon.fold(" ".join(f"{surname_first[1]} {surname_first[0]}".split()))
            in _PUBLIC_FIGURES
        )
    ):
        c.suggestion, c.reason = KEEP, "a public figure (built-in list)"
        return
    if c.entity_type == "PERSON" and _PATRONYMIC.search(span_text):
        # "Jan Pieterszoon Coen", "Willem Ysbrantsz Bontekoe": a patronymic before the
        # surname is how the seventeenth century named people, not how a colleague signs
        c.suggestion, c.reason = KEEP, "a historical figure: a patronymic before the surname"
        return
    for term in config.allow:
        if folded == lexicon.fold(term) or (
            c.entity_type == "PERSON" and lexicon.fold(term) in folded.split()
        ):
            c.suggestion, c.reason = KEEP, "on the allow list"
            return
    if c.detector == "DenyList":
        return
    for s, e, why in protected:
        if s <= c.start and c.end <= e:
            # Structured personal data (e-mail, phone) and titled names ("dhr. Van Amerongen"
            # in an Onderwerp line) inside a header value still go.
            if c.score < 0.9:
                c.suggestion, c.reason = KEEP, why
                return
    if c.entity_type != "PERSON":
        return
    if _CITATION_AFTER.match(text, c.end) or _CITATION_TITLE_AFTER.match(text, c.end) or (
        _QUOTED_TITLE_BEFORE.search(text, max(0, c.start - 140), c.start)
        and _PLACE_AND_YEAR_AFTER.match(text, c.end)
    ):
        c.suggestion, c.reason = KEEP, "author of a cited publication"
        return
    if _ECLI_BEFORE.search(text, max(0, c.start - 60), c.start):
        c.suggestion, c.reason = KEEP, "a judge, named with the published ruling"
        return
    if _street_named_after(text, span_text):
        c.suggestion, c.reason = KEEP, "a street in the document is named after this person"
        return
    named_thing = _THING_NAMED_BEFORE.search(text, max(0, c.start - 20), c.start)
    if named_thing or _SHIP_OR_STORM_SPAN.match(span_text):
        c.suggestion, c.reason = KEEP, "the name of a storm or a ship"
        return
    if _PUBLIC_ROLE_BEFORE.search(text, max(0, c.start - 60), c.start):
        c.suggestion, c.reason = KEEP, "public in the role named before it"
        return
    if _PLACE_BEFORE.search(text, max(0, c.start - 12), c.start) and (
        " " not in span_text.split(",")[0].strip()
    ):
        # "geboren te Asmara", "mevrouw Hoorn uit Hoorn": a single word after "te" or "uit"
        # is a place, whatever name has the same spelling.
        c.suggestion, c.reason = KEEP, "a place: after 'te', 'uit' or 'vanuit'"
        return
    if c.explanation.startswith("initials of"):
        # Person codes ("FD", "LdG") look like acronyms by design, and nobody refers to an
        # office holder by a code ("Nota aan minister | KB": the code is the colleague's).
        return
    # A table row's cells are lines side by side: the row above ends with someone else's
    # function ("Gedeputeerde"), which says nothing of the name that opens the next row.
    reason = office_holder_reason(text, c.start, c.end, _row_cell_start(document, c.start))
    if reason:
        c.suggestion, c.reason = KEEP, reason
        return
    # The model's organisations only overrule the model's own person guesses: it too often
    # calls a colleague's full name part of an organisation.
    org_spans = context_spans if c.detector == "SpacyRecognizer" else []
    if _in_organisation(text, c.start, c.end, org_spans):
        c.suggestion, c.reason = KEEP, "part of an organisation's name"
        return
    if c.detector == "SpacyRecognizer":
        verdict = _judge_model_person(span_text)
        if verdict is None and text[c.start - 1 : c.start] == "-":
            verdict = _UNKNOWN_NAME_GUESS  # "commissie-Thom de Graaf": a committee's name
        if (
            verdict == _STREET_GUESS
            and _COURTESY_BEFORE.search(text, max(0, c.start - 12), c.start)
            and not re.match(r"[ \t]*\d", text[c.end : c.end + 5])
        ):
            verdict = None  # "de heer Timo Waaldijk": a man, not a dike without a number
        if verdict is None:
            c.score = min(c.score, 0.6)
        else:
            c.suggestion, c.reason, c.score = KEEP, verdict, min(c.score, 0.3)


_OFFICE_FIRST_WORDS = {t.split()[0] for t in OFFICE_TITLES}
_SINGLE_WORD_GUESS = "a single word: the model alone is not enough"
_UNKNOWN_NAME_GUESS = "a name the lists do not know, without a person's context"
_STREET_GUESS = "a street named after a person"
_UNSUPPORTED_MODEL_GUESS = {_SINGLE_WORD_GUESS, _UNKNOWN_NAME_GUESS}


# The words that can go on a place's name: "Ouderkerk aan de Amstel", "Alphen aan den Rijn",
# "Reeuwijk-Dorp" (joined by the name's own hyphen), "Bergen op Zoom".
_PLACE_NAME_GOES_ON = re.compile(
    r"(?:[ \t\n]+(?:aan|op|in|bij|van|de|den|der|het|[A-ZÀ-Þ][\w'’-]*)){1,3}|-[A-ZÀ-Þ][\w'’-]*"
)


def _opens_a_place_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the first part of a place's longer name that the place
    lists know: "Ouderkerk" in "Ouderkerk aan de Amstel"."""
    more = _PLACE_NAME_GOES_ON.match(text, end)
    if not more:
        return False
    rest = more.group()
    for cut in range(len(rest), 0, -1):
        if (cut == len(rest) or rest[cut] in " \t\n") and lexicon.is_place(
            " ".join((text[start:end] + rest[:cut]).split())
        ):
            return True
    return False


def _judge_model_person(span_text: str) -> str | None:
    """Why a PER span from the NER model is not taken on its own, or None to take it.

    The model finds names no list knows ("Tesfay Habte"), but alone it also tags places,
    foreign politicians, English phrases and event names. Its span is taken when a name list
    backs it, or when it has the shape of a full name: two or more capitalised words, none an
    ordinary word, a place, an organisation word or an acronym. A single unknown word stays.
    """
    if span_text.isupper():  # a signature in capitals: judge the words, not the capitals
        span_text = span_text.title()
    tokens = [t for t in re.split(r"[\s]+", span_text.strip()) if t]
    words = [t for t in tokens if t.lower() not in lexicon.tussenvoegsels()]
    if not words or not tokens[0][:1].isupper():
        return _UNKNOWN_NAME_GUESS  # "commissie-Thom de Graaf", "van de Parlementaire"
    if len(tokens) > 1 and lexicon.is_place(" ".join(tokens)) and not (
        # "De Boer", "Ten Boer": a hamlet's name, but far more often a surname
        len(tokens) == 2
        and tokens[0].lower() in lexicon.tussenvoegsels()
        and not re.search(r"-(?:Noord|Zuid|Oost|West|Midden|Dorp|Centrum)$", tokens[1])
    ):
        return "a place"  # "Land van Cuijk", "De Hoven-West"
    if tokens[0] == "De" and len(words) == 1 and lexicon.is_surname(words[0]):
        # "verbalisant De Haan": rules and the name's other mentions decide, not the model
        return _UNKNOWN_NAME_GUESS
    if words[0].lower().strip(".") in _OFFICE_FIRST_WORDS:
        return "an office or a title, not a name"
    if tokens[0] in ("De", "Den") and len(tokens) == 2 and tokens[1].count("-") == 1:
        first, second = tokens[1].split("-")
        if lexicon.is_surname(first) and second[:1].isupper():
            return None  # "De Vries-Tahiri", "De Jong-Pranoto": a double surname
    if tokens[0].lower() in ("het", "de", "den"):
        # "Den Hey-Acker", "De Kuip", "Het Loo": a place or a thing with its article
        return "a place or a thing: it opens with an article"
    if any(
        _is_org_neighbour(w)
        # "deurwaarder W. Heijmans": after initials a firm's name is a surname
        or (w.lower() in _KNOWN_ORG_NAMES and not _INITIALS_OPEN.match(span_text))
        for w in words
    ):
        return "part of an organisation's or a thing's name"
    if is_street_name(words[-1]):
        return _STREET_GUESS
    if names_a_thing(words[-1]):
        return "a thing named after a person"  # "Johannes Vermeerprijs"
    known = [
        w for w in words
        if (lexicon.is_first_name(w) or lexicon.is_surname(w.split("-")[0]))
        and not lexicon.is_common_word(w)
    ]
    if len(words) == 1:
        word = words[0]
        # A surname alone is as often a minister or a public figure named by surname as a
        # colleague; a first name alone is a colleague.
        if lexicon.is_first_name(word) and not lexicon.is_common_word(word):
            if not lexicon.is_place(word):
                return None
        return _SINGLE_WORD_GUESS
    if any(lexicon.is_place(w) for w in words) and any(
        not (lexicon.is_first_name(w) or lexicon.is_surname(w.split("-")[0]) or "." in w)
        # "Luxemburg Schmit-Reuter": a country's cell before a double surname or a full name
        # is no unknown word of the name (not "Rotterdam Haven": one word may be a place's)
        and not (w == words[0] and _full_name_after_place(words))
        for w in words
    ):
        return _UNKNOWN_NAME_GUESS  # "Locatie Budel", "Cultuurhuis Bennekom": a place's thing
    if known and not all(lexicon.is_place(w) for w in words):
        return None
    return _UNKNOWN_NAME_GUESS


def _full_name_after_place(words: list[str]) -> bool:
    """Whether the words after a place that opens a span make a name of their own: a double
    surname ("Luxemburg Schmit-Reuter") or two or more known name words."""
    rest = words[1:]
    if not rest or not lexicon.is_place(words[0]):
        return False
    known = all(
        all(lexicon.is_surname(p) or lexicon.is_first_name(p) for p in w.split("-")) for w in rest
    )
    return known and (len(rest) >= 2 or "-" in rest[0])


def person_key(name: str) -> str:
    """Identity of a person across spellings: folded surname with its tussenvoegsels.
    `Karin Bakker`, `K. Bakker`, `mevrouw Bakker`, `k.bakker@minbzk.nl` → `bakker`."""
    if "@" in name:
        local = name.split("@")[0]
        parts = [p for p in re.split(r"[._-]", local) if p]
        return lexicon.fold(parts[-1]) if parts else lexicon.fold(local)
    if "," in name:  # "Bakker, Karin"
        name = name.split(",")[0]
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    words = [w for w in words if not re.fullmatch(r"(?:[A-Za-z]{1,3}\.)+", w)]
    if not words:
        return lexicon.fold(name)
    tv = lexicon.tussenvoegsels()
    # Surname = the last word plus any tussenvoegsels right before it.
    i = len(words) - 1
    while i > 0 and words[i - 1].lower() in tv:
        i -= 1
    return lexicon.fold(" ".join(words[i:]))


def _initials_gone_by(name: str) -> set[str]:
    """"Durk Jan (DJ) Postma": the initials someone goes by, in brackets between the names
    (followed as written, although they look like an acronym)."""
    return {
        code
        for code in re.findall(r"(?<=[a-zß-ÿ] )\(([A-Z]{2,3})\)(?= [A-ZÀ-Þa-z])", name)
        if code.lower() not in _KNOWN_ORG_NAMES and code not in _ROLE_ACRONYMS
    }


def _name_variants(name: str) -> set[str]:
    """Other ways the same person is written: surname (with its tussenvoegsels), first name."""
    variants = set()
    # "Den Hey-\nAcker": a name broken after its hyphen is written whole elsewhere
    clean = re.sub(r"-[ ]+", "-", " ".join(name.split()))
    if "," in clean:
        surname_part, first_part = [p.strip() for p in clean.split(",", 1)]
        clean = f"{first_part} {surname_part}"
    words = clean.split()
    tv = lexicon.tussenvoegsels()
    i = len(words) - 1
    while i > 0 and words[i - 1].lower() in tv:
        i -= 1
    surname = " ".join(words[i:])
    if len(surname) >= 3 and not (
        lexicon.is_place(surname) and not lexicon.is_surname(surname)
    ):
        # A surname that is also a place ("Zwolle") is only followed with its title or first
        # name; one that is also a word ("Groen") only where it is capitalised mid-sentence.
        if not lexicon.is_place(surname):
            variants.add(surname)
        if i > 0 and words[i].lower() in tv:
            variants.add(surname[0].upper() + surname[1:])  # "van Dijk" → "Van Dijk"
    first_name = len(words) > 1 and "." not in words[0] and (
        lexicon.is_first_name(words[0])
        or all(lexicon.is_first_name(p) for p in words[0].split("-"))  # "Dirk-Jan"
        # "Tesfamariam Berhane": a first name no list knows, but no word or place either
        or (
            i == 1
            and len(words[0]) >= 4
            and words[0][:1].isupper()
            and words[0][1:].islower()
            and not lexicon.is_place(words[0])
            and not lexicon.is_surname(words[0])
            and not looks_like_organisation(words[0])
        )
    )
    if first_name:
        if not lexicon.is_common_word(words[0]):
            variants.add(words[0])
    # "Bondarenko, I. (Iryna)", "S.M. (Sybilla) Dekker": the first name in brackets is how
    # the e-mail below greets the person ("Iryna,").
    # "Mohamed 'Mo' Chaouch": a nickname in quotes is how colleagues write him too.
    given_names = re.findall(
        r"\(([A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?)\)"
        r"|(?<= )['‘\"“]([A-ZÀ-Þ][a-zß-ÿ'’]+)['’\"”](?= )",
        clean,
    )
    for given in (a or b for a, b in given_names):
        if not lexicon.is_common_word(given) and not lexicon.is_place(given):
            variants.add(given)
    variants.add(clean)
    return _initials_gone_by(clean) | {
        v
        for v in variants
        if len(v) >= 3
        # Never a particle alone ("Van" of "J.A. van\n Erp"), nor a place alone ("mw. Zwolle"
        # is followed with her title only, not into "de gemeenteraad van Zwolle").
        and v.lower() not in tv
        and not (" " not in v and lexicon.is_place(v))
    }


# Verbs of minutes and reports right after a surname: "Groen meldt", "Koning vraagt".
_REPORTING_VERBS = (
    r"meldt|vraagt|antwoordt|zegt|stelt|merkt|benadrukt|wijst|deelt|constateert|"
    r"bevestigt|reageert|vult|concludeert|informeert|herinnert|pleit|waarschuwt|geeft|"
    r"meldde|vroeg|antwoordde|zei|stelde|merkte|benadrukte|wees|deelde|constateerde|"
    r"bevestigde|reageerde|vulde|concludeerde|informeerde|herinnerde|pleitte|gaf"
)
_REPORTING_VERB = re.compile(rf"[ \t]+(?:{_REPORTING_VERBS})\b")
# What a person does and a place does not, right after a surname that is also a place:
# "Hoogland stemt de verklaring af", "Rozendaal zegt toe dit mee te nemen".
_PERSONS_VERB = re.compile(
    rf"[ \t]+(?:{_REPORTING_VERBS}|stemt|stemde|licht|lichtte|neemt|nam|zoekt|zocht|belt|"
    r"belde|mailt|mailde|stuurt|stuurde|spreekt|sprak|schrijft|schreef|adviseert|adviseerde|"
    r"legt|legde|zal|zegde|sluit|sloot|heeft[ \t]+(?:toegezegd|aangegeven|gemeld|gevraagd|"
    r"gezegd|laten[ \t]+weten))\b"
)


def _surname_that_is_a_place(name: str) -> str | None:
    """The surname of `name` when it is a known place as well as a surname ("Pieter-Bas
    Hoogland"): _name_variants leaves it out, for "in Hoogland" is the village."""
    words = " ".join(name.split()).split()
    if len(words) < 2 or "," in name:
        return None
    surname = words[-1]
    if words[-2].lower() in lexicon.tussenvoegsels() or "." in surname:
        return None
    if lexicon.is_place(surname) and lexicon.is_surname(surname):
        return surname
    return None


# Abbreviations of roles and things that notas use all the time: "SG" is the
# secretaris-generaal even when a Sanne Groen takes part.
_ROLE_ACRONYMS = frozenset(
    "SG PSG DG PDG PG MT OR OM NB CC PS BO AO EU VN NL MR VZ KB AMVB RVS TK EK WGO CDK".split()
)
_CODE_TOKEN = re.compile(r"(?<![\w@./&-])[A-Z]{2,4}[a-z]{0,2}(?![\w@&-])")


# Where a message names its writer or its reader by first name: alone on the line after a
# greeting ("Hartelijke groet,\nRoos"), or opening a line as its salutation ("Roos, ter info",
# "Hoi Mark,", "Dank Mark en Yvonne").
# The vocabulary's sign-offs and greetings, with the short forms of chats and mail.
_SIGN_OFF_WORDS = "|".join(
    re.escape(w) for w in sorted(
        {*SIGN_OFFS, "gr.", "gr", "mvg", "dank", "dankje", "dankjewel", "bedankt", "thanks"},
        key=len, reverse=True,
    )
)
_SIGN_OFF_BEFORE = re.compile(rf"(?i)\b(?:{_SIGN_OFF_WORDS})[ \t]*[,.!]?[ \t]*\n[ \t]*$")
_SALUTATION_WORDS = "|".join(sorted({*GREETINGS, "hi", "dear", "dank"}, key=len, reverse=True))
_SALUTATION_BEFORE = re.compile(rf"(?i)(?:^|\n)[ \t]*(?:(?:{_SALUTATION_WORDS})[ \t]+)?$")


def _word_first_names_in_address(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """A first name that is also an ordinary word ("Roos", "Mark", "Bas") is not followed
    through a document on its own (see _name_variants); but where it signs or opens a message
    and a person of that first name is redacted in the same document ("Roos Verbeek"), it is
    that person."""
    covered = [(c.start, c.end) for c in candidates if c.suggestion == REDACT]
    firsts = set()
    for c in candidates:
        if c.entity_type != "PERSON" or c.suggestion != REDACT:
            continue
        words = text[c.start : c.end].split()
        if (
            len(words) >= 2
            and lexicon.is_first_name(words[0])
            and lexicon.is_common_word(words[0])
            and words[0][:1].isupper()
            and words[0][1:].islower()
        ):
            firsts.add(words[0])
    new: list[_Candidate] = []
    for first in sorted(firsts):
        for m in re.finditer(rf"(?<![\w@.-]){re.escape(first)}(?![\w@-])", text):
            if any(s < m.end() and m.start() < e for s, e in covered):
                continue
            line_end = text.find("\n", m.end())
            rest = text[m.end() : line_end if line_end >= 0 else len(text)]
            signs = _SIGN_OFF_BEFORE.search(text, max(0, m.start() - 40), m.start()) and (
                not rest.strip()
            )
            opens = _SALUTATION_BEFORE.search(text, max(0, m.start() - 30), m.start()) and (
                re.match(r"[ \t]*(?:,|en[ \t]+[A-Z]|$)", rest)
            )
            if signs or opens:
                new.append(_Candidate(
                    "PERSON", m.start(), m.end(), 0.8, "NamePropagation",
                    "the first name of a person redacted in this document, signing or "
                    "addressed in a message",
                ))
    return new


_DOTTED_NAME = re.compile(
    rf"(?P<initials>(?:[A-ZÀ-Þ]\.[ ]?){{1,5}})[ ]?(?P<surname>(?:(?:{TV})[ ])*[A-ZÀ-Þ][\w'’]+"
    rf"(?:-[A-ZÀ-Þ][\w'’]+)?)"
)
_BARE_GIVEN_INITIALS = re.compile(
    rf"^[A-ZÀ-Þ][\w'’-]+,[ \t]+([A-Z]{{2,3}})[ \t]+(?:{TV})$|^([A-Z]{{2,3}})[ \t]+(?:{TV})[ \t]"
)


def _initials_of_people(
    text: str, candidates: list[_Candidate], protected: list[tuple[int, int, str]]
) -> list[_Candidate]:
    """Capitals that are the initials of a person the document names ("JT licht toe" after
    "Josien Tabak", "FJV" after "Frits-Jan Veenstra"): minutes and action lists refer to
    colleagues that way. Only initials of first name and surname (particles aside) count,
    and not a known organisation's acronym."""
    initials: dict[str, str] = {}
    for c in candidates:
        if c.entity_type != "PERSON" or c.suggestion != REDACT or c.detector == "NamePropagation":
            continue
        span = text[c.start : c.end]
        # "Haan, JW de", "JW de Haan": initials written without full stops are what the
        # person goes by ("Hoi JW en Karim")
        bare = _BARE_GIVEN_INITIALS.search(span)
        if bare:
            initials[bare.group(1) or bare.group(2)] = " ".join(span.split())
        dotted = _DOTTED_NAME.fullmatch(" ".join(span.split()))
        if dotted:
            # "E.J.M. Schuttelaar" paraphs "EJMS", "S.J. Vonk-Hazeleger" "SJVH", "J. van der
            # Heijden" "JvdH": three letters or more, the initials then the surname's capitals
            letters = "".join(c for c in dotted.group("initials") if c.isupper())
            surname = dotted.group("surname").split()
            caps = "".join(p[0] for p in surname[-1].split("-") if p[:1].isupper())
            particles = "".join(w[0].lower() for w in surname[:-1])
            for code in {letters + caps, letters + particles + caps}:
                if len(code) >= 3:
                    initials.setdefault(code, " ".join(span.split()))
            continue
        words = [w for w in re.split(r"[\s]+", span) if w]
        words = [w for w in words if w.lower() not in lexicon.tussenvoegsels()]
        if len(words) < 2 or "," in span or any("." in w for w in words):
            continue
        code = "".join(part[0] for w in words for part in w.split("-") if part[:1].isupper())
        if 2 <= len(code) <= 4:
            initials[code] = " ".join(words)
            # "FAh" for Farida Ahmadzai, "MOpp" for Miriam Oppenheim: the capitals, then the
            # surname's next letters (a paraph that tells colleagues with the same initials
            # apart)
            surname = words[-1].split("-")[0]
            for extra in (1, 2):
                tail = surname[1 : 1 + extra]
                if len(tail) == extra and tail.islower():
                    initials[code + tail] = " ".join(words)
    if not initials:
        return []
    covered = [(c.start, c.end) for c in candidates]
    new = []
    for m in _CODE_TOKEN.finditer(text):
        name = initials.get(m.group())
        if name is None or m.group().lower() in _KNOWN_ORG_NAMES or m.group() in _ROLE_ACRONYMS:
            continue
        if any(s < m.end() and m.start() < e for s, e in covered):
            continue
        if any(s <= m.start() and m.end() <= e for s, e, _ in protected):
            continue
        new.append(
            _Candidate(
                "PERSON", m.start(), m.end(), 0.8, "DutchNameRecognizer",
                f"initials of a person the document names ({len(m.group())} letters)",
            )
        )
    return new


_SIGNOFF_LINE = re.compile(
    rf"(?im)^[ \t]*{INFORMAL_SIGNOFF_WORDS}[ \t,.!:-]+(?P<rest>.+)$"
)
_INFORMAL_SIGNOFF = re.compile(rf"(?im)^[ \t]*{INFORMAL_SIGNOFF_WORDS}[ \t,.!:-]*$")


def _mentions(pattern: re.Pattern, alternatives: str, text: str) -> list[re.Match]:
    """Mentions of the variants as written, plus those typed in lower case after an informal
    sign-off ("gr dirk-jan"): only there is lower case a name rather than the word. (One
    case-insensitive pattern over the whole text costs several ms a page.)"""
    found = list(pattern.finditer(text))
    # the rest of a sign-off's line, or the line after a sign-off alone ("groet,\nmarieke")
    ranges = [(m.start("rest"), m.end()) for m in _SIGNOFF_LINE.finditer(text)]
    for m in _INFORMAL_SIGNOFF.finditer(text):
        start = m.end() + 1
        end = text.find("\n", start)
        ranges.append((start, len(text) if end < 0 else end))
    if ranges:
        lower = re.compile(rf"(?i)(?<![\w@.-])(?:{alternatives})(?![\w@])")
        for start, end in ranges:
            found += [m for m in lower.finditer(text, start, end) if m.group().islower()]
        found.sort(key=lambda m: m.start())
    return found


_PLACE_ADJECTIVE_BEFORE = re.compile(r"\b[A-Z][a-zà-ÿ]+se[ \t]+$")
# A name right after one of these is a municipality, region or body of that name; after
# "Commissaris van de" it is the King.
_PLACE_OR_BODY_BEFORE = re.compile(
    r"(?i:\b(?:gemeente|gemeenten|provincie|regio|waterschap|hoogheemraadschap|woondeal|"
    r"regiodeal|veiligheidsregio|omgevingsdienst|ggd|politie(?:eenheid)?|"
    r"commissaris[ \t]+van[ \t]+de|commissaris[ \t]+van[ \t]+het))[ ]+$"
)


# A body or the people of a place, before "van" and the place's name.
_BODY_OF_A_PLACE_BEFORE = re.compile(
    r"(?i)\b(?:gemeenteraad|raad|college|burgemeester|gemeente|inwoners|bewoners|stad|dorp|"
    r"haven|centrum|regio)[ \t\n]+$"
)


_SURNAME_INITIAL_AFTER = re.compile(
    r"[ ](?:(?:vd|vdr|v|d|de|vd\.|v\.d\.)[ ]?)?[A-Z](?:\.(?![ ]?[A-Z][a-z]))?(?![\w])"
)
_WORD_THEN_INITIALS = re.compile(r"([^\s.]+)[ \t]+(?=(?:[A-ZÀ-Þ]\.[ ]?){1,5}[ \t]*[A-ZÀ-Þ])")
_PARTICLE_AT_LINE_END = re.compile(r"(?<![\w])(?:van|de|der|den|ter|ten|te|in 't|'t)[ \t]*\n$")
_THE_KINGS_BEFORE = re.compile(
    r"(?i)\b(?:commissaris|commissarissen|kabinet|adjudant|paleis|namens|verjaardag|bezoek|"
    r"dienst|huis|ambt)[ \t\n]+van[ \t\n]+$"
)
_ARTICLE_BEFORE = re.compile(r"(?<![\w'])(de|het|der|den|'t)[ \t]+$")


def _propagate_people(
    text: str,
    candidates: list[_Candidate],
    known_people: Sequence[str],
    protected: list[tuple[int, int, str]],
    config: DetectionConfig,
) -> list[_Candidate]:
    redacted_names = [
        dehyphenate(text[c.start : c.end])[0]
        for c in candidates
        if c.entity_type == "PERSON"
        and c.suggestion == REDACT
        and c.score >= config.redact_threshold
        # A name only the model saw is redacted where it stands but not followed elsewhere:
        # one wrong guess must not black out a place name throughout the document.
        and not (c.detector == "SpacyRecognizer" and len(text[c.start : c.end].split()) < 2)
    ]
    kept_names = {
        " ".join(text[c.start : c.end].split())
        for c in candidates
        if c.entity_type == "PERSON" and c.suggestion == KEEP and c.reason.startswith("office")
    }
    variants: set[str] = set()
    place_surnames: set[str] = set()
    for name in [*redacted_names, *known_people]:
        variants |= _name_variants(name)
        place_surname = _surname_that_is_a_place(name)
        if place_surname:
            place_surnames.add(place_surname)
    # An office holder's own name is not propagated as a civil servant's.
    variants -= kept_names
    place_surnames -= kept_names | variants
    codes_gone_by = {
        code for name in redacted_names for code in _initials_gone_by(" ".join(name.split()))
    } & variants
    if not variants and not place_surnames:
        return candidates
    covered = sorted((c.start, c.end) for c in candidates)
    new: list[_Candidate] = []
    # One character class between words, not the SP alternation: this pattern is compiled
    # anew for every document, and SP made that cost several ms a page.
    alternatives = "|".join(
        re.escape(v).replace(r"\ ", r"[ \t\n\u00a0]+")
        for v in sorted(variants | place_surnames, key=len, reverse=True)
    )
    # Not inside a compound: "kabinet-Drees", "noodwet-Drees" name a cabinet and a law.
    pattern = re.compile(rf"(?<![\w@.-])(?:{alternatives})(?![\w@])")
    for m in _mentions(pattern, alternatives, text):
        if any(s < m.end() and m.start() < e for s, e in covered):
            continue
        if any(s <= m.start() and m.end() <= e for s, e, _ in protected):
            continue
        found = m.group()
        words = found.split()
        if found in place_surnames and not _PERSONS_VERB.match(text, m.end()):
            continue  # "in Hoogland" is the village; "Hoogland stemt ... af" the person
        if _opens_a_place_name(text, m.start(), m.end()):
            continue  # "Ouderkerk aan de Amstel": the place, not Mr or Mrs Ouderkerk
        if _PLACE_ADJECTIVE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "het Ulftse Bos", "de Haagse Wijk": a place, not Mr or Mrs Bos
        if _PLACE_OR_BODY_BEFORE.search(text, max(0, m.start() - 40), m.start()) and (
            words[0].lower() not in lexicon.tussenvoegsels()  # "provincie\tVan Dam": a cell
        ):
            continue  # "gemeente Westland", "Woondeal Noord-Veluwe", "Commissaris van de Koning"
        if (
            words[0] == "van"
            and lexicon.is_place(words[-1])
            and _BODY_OF_A_PLACE_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ):
            continue  # "de gemeenteraad van Kampen": the town's council, not Mr Van Kampen
        previous = re.search(r"([A-Z][a-z']*)[ ]+$", text[max(0, m.start() - 12) : m.start()])
        if previous and lexicon.is_place(f"{previous.group(1)} {m.group()}"):
            continue  # "Den Bosch": the city, not Mr Bosch
        lower_signoff = found.islower() and _INFORMAL_SIGNOFF.search(
            text, text.rfind("\n", 0, m.start()) + 1, m.start()
        )
        if " ".join(words) not in variants | place_surnames and not lower_signoff:
            continue  # the pattern ignores case only for the sign-off
        if not found[:1].isupper() and not lower_signoff and not (
            words[0] in lexicon.tussenvoegsels() and words[-1][:1].isupper()
        ):
            continue  # "ten Cate" stays a name; "groen" in lower case is the word
        if found.lower().startswith(("de koning", "de koningin")) and _THE_KINGS_BEFORE.search(
            text, max(0, m.start() - 20), m.start()
        ):
            continue  # Sarah de Koning's name, but "Commissaris van de Koning" is the King's
        article = _ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start())
        if article and " " not in found.strip() and not any(
            v.lower() == f"{article.group(1)} {found}".lower() for v in variants
        ):
            continue  # P. Koning's surname, but "de Koning" is the King ("bezoek van de Koning")
        if " " not in found.strip() and lexicon.is_common_word(found):
            before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")
            if (not before or before[-1] in ".!?:\n\t") and not _REPORTING_VERB.match(
                text, m.end()
            ):
                # "Groen" at the start of a sentence may be the ordinary word; "Groen meldt"
                # in minutes is the person.
                continue
        start = _with_given_name_before(text, m.start())
        word_before = re.search(r"([\w.'’-]+)[ \t]+$", text[max(0, m.start() - 30) : m.start()])
        wholes = {" ".join(text[start : m.end()].split())}
        if word_before:
            wholes.add(f"{word_before.group(1)} {found}")
        if any(w.lower() in _KNOWN_ORG_NAMES or lexicon.fold(w) in _PUBLIC_FIGURES for w in wholes):
            continue  # Marieke Heijn's surname, but "Albert Heijn" is the shop
        end = m.end()
        initial = _SURNAME_INITIAL_AFTER.match(text, end) if lexicon.is_first_name(found) else None
        if initial:
            end = initial.end()  # "Bas K": the first name with the initial of the surname
        c = _Candidate(
            "PERSON",
            start,
            end,
            0.8,
            "NamePropagation",
            "another mention of a person found elsewhere in the batch",
        )
        reason = office_holder_reason(text, m.start(), m.end())
        if reason:
            c.suggestion, c.reason = KEEP, reason
        elif " " not in found and _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            c.suggestion, c.reason = KEEP, "a place: after 'te', 'uit' or 'vanuit'"
        elif _in_organisation(text, m.start(), m.end(), []) and found not in codes_gone_by:
            c.suggestion, c.reason = KEEP, "part of an organisation's name"
        new.append(c)
        covered.append((m.start(), m.end()))
    return candidates + new


# Plural offices that head or close a list of their holders in minutes and attendance lists.
# Not "leden" on its own: the members of a working group are colleagues.
_OFFICE_GROUPS = (
    r"(?:wethouders|gedeputeerden|hoogheemraden|heemraden|hoofdingelanden|raadsleden|"
    r"statenleden|kamerleden|burgemeesters|staatssecretarissen|ministers|senatoren|"
    r"leden[ \t]+van[ \t]+(?:de[ \t]+)?(?:gemeenteraad|raad|provinciale[ \t]+staten|"
    r"tweede[ \t]+kamer|eerste[ \t]+kamer))"
)
# "Wethouders: de heer P.L. Barnhoorn\nde heer P. van Bockhove\n...\nDe leden: ..."
_OFFICE_GROUP_HEAD = re.compile(rf"(?im)^[ \t]*{_OFFICE_GROUPS}[ \t]*:")
# "...(voorzitter); gedeputeerden\n R.H. van Muilekom, M. Sterk": the office ends its line
# and its holders fill the next one.
_OFFICE_GROUP_LINE_END = re.compile(
    rf"(?im)(?:^|[;,][ \t]*)(?:de[ \t]+)?{_OFFICE_GROUPS}[ \t]*\n(?P<line>[^\n]+)"
)
# "heemraden J. Bosma, A. de Vries, T. Zwolle en H.\nKoopmans;": the office, then a list of
# names only (initials, capitalised words, particles, commas and "en") up to ";" or ")".
_OFFICE_GROUP_THEN_NAMES = re.compile(
    rf"(?i:\b{_OFFICE_GROUPS})[ \t]+(?P<list>[^;)\n]{{1,200}}?(?:\n[^;)\n]{{1,200}}?)?)"
    # the list ends at ";" or ")", or where the rest of the meeting is named
    r"(?:[;)]|,[ \t]+(?:alsmede|allen|beiden)\b)"
)
# "de burgemeesters Van der Donk ('s-Hertogenbosch, voorzitter), Hoeks (Oss),\nRoeters
# (Meierijstad)": each holder with their municipality or role in brackets.
_BRACKETED_HOLDER = (
    # "Moorman\n(Bernheze)": the bracket may open the next line
    rf"(?:(?:[A-ZÀ-Þ][\w'’.-]*|{TV})[ \t]+)*[A-ZÀ-Þ][\w'’.-]*[ \t]*\n?[ \t]*\([^()\n]{{1,40}}\)"
)
_OFFICE_GROUP_THEN_BRACKETED = re.compile(
    rf"(?i:\b{_OFFICE_GROUPS})[ \t]+(?P<list>{_BRACKETED_HOLDER}"
    rf"(?:[ \t]*(?:,|\ben\b)[ \t\n]*(?:de[ \t]+)?{_BRACKETED_HOLDER})+)"
)
# What such a list may hold: names (initials, capitalised words, particles), commas, "en".
_NAME_LIST_TOKEN = re.compile(rf"[A-ZÀ-Þ][\w'’.-]*|(?:{TV})|,|en")
_NEXT_LABEL = re.compile(r"(?m)^[ \t]*[^\n:]{1,30}:|\n[ \t]*\n")
# "de heren A. van den Berg, P. van der Ende en mevrouw I.J.A. ter Woorst, hoogheemraden;"
_OFFICE_GROUP_TAIL = re.compile(rf"(?i),[ \t\n]*{_OFFICE_GROUPS}[ \t]*(?:[;.]|$)")


def _keep_office_lists(text: str, candidates: list[_Candidate]) -> None:
    """Names listed under or before a plural office ("Wethouders:", "..., hoogheemraden;")
    are those office holders'. The list runs from the heading to the next label, or back
    from the closing office to the previous ";" or ":"."""
    spans: list[tuple[int, int]] = []
    for m in _OFFICE_GROUP_HEAD.finditer(text):
        end = _NEXT_LABEL.search(text, m.end())
        spans.append((m.end(), end.start() if end else min(len(text), m.end() + 600)))
    for m in _OFFICE_GROUP_LINE_END.finditer(text):
        spans.append((m.start("line"), m.end("line")))
    for m in _OFFICE_GROUP_THEN_NAMES.finditer(text):
        if all(_NAME_LIST_TOKEN.fullmatch(t) for t in re.findall(r"[^\s,]+|,", m.group("list"))):
            spans.append((m.start("list"), m.end("list")))
    for m in _OFFICE_GROUP_THEN_BRACKETED.finditer(text):
        spans.append((m.start("list"), m.end("list")))
    for m in _OFFICE_GROUP_TAIL.finditer(text):
        start = max(text.rfind(";", 0, m.start()), text.rfind(":", 0, m.start()))
        if start >= 0 and m.start() - start < 600:
            spans.append((start + 1, m.start()))
    if not spans:
        return
    for c in candidates:
        if c.entity_type != "PERSON" or c.suggestion != REDACT:
            continue
        if any(s <= c.start and c.end <= e for s, e in spans):
            c.suggestion = KEEP
            c.reason = "office holder: listed with their office"


_PARTY_CELL = re.compile(rf"(?i:{_PARTIES})|{_LOCAL_PARTY}[^\t]{{0,30}}")
_MENTIONS_PARTIES = re.compile(r"(?i)\b(?:fractie|partij)")
# A function cell that is a public office: "burgemeester", "raadslid", "gedeputeerde Energie".
# "Tweede Kamerlid (BBB)", "Eerste Kamerlid": the chamber before the member
_OFFICE_CELL = re.compile(
    rf"(?i)(?:(?:tweede|eerste)[ \t]+)?(?:{_OFFICE_NAMED})(?:[ \t]+[^\t]{{0,40}})?"
)


# "Yvonne Hartgers | GroenLinks-PvdA | Fractiemedewerker": a party's staff, no member.
_STAFF_CELL = re.compile(
    r"(?i)\b(?:\w*medewerk(?:er|ster)|assistent\w*|\w*adviseur|ondersteun\w*|stagiair\w*|"
    r"secretaris|voorlichter|woordvoerder)\b"
)


def _keep_party_rows(document: Document, candidates: list[_Candidate]) -> None:
    """A name in a table row whose other cell is a party ("Bos, A.   BBB   voor", a vote or
    attendance list with a Fractie column) is a member of a council or parliament. Rows are
    read both ways tables come out of a PDF: one text line with cells apart, or one line per
    cell at the same height."""
    text = document.text
    parties = bool(_MENTIONS_PARTIES.search(text))
    by_page: dict[int, list] = {}
    for line in document.lines:
        by_page.setdefault(line.page, []).append(line)
    for c in candidates:
        if c.entity_type != "PERSON" or c.suggestion != REDACT or c.start >= len(text):
            continue
        line_id = document.char_lines[c.start]
        if line_id < 0:
            continue
        own = document.lines[line_id]
        top, bottom = own.bbox[1], own.bbox[3]
        cells: list[str] = []
        for line in by_page.get(own.page, []):
            overlap = min(bottom, line.bbox[3]) - max(top, line.bbox[1])
            if overlap < 0.5 * (bottom - top):
                continue
            for cell in _CELL_GAP.split(text[line.start : line.end]):
                cells.append(cell.strip())
        name = " ".join(text[c.start : c.end].split())
        others = [cell for cell in cells if cell and name not in cell]
        if len(others) == len(cells):
            continue  # the name is not in a cell of this row: no table here
        staff = any(_STAFF_CELL.search(cell) for cell in others)
        if parties and not staff and any(_PARTY_CELL.fullmatch(cell) for cell in others):
            c.suggestion = KEEP
            c.reason = "office holder: a party in the same table row"
        elif len(cells) > 1 and any(_OFFICE_CELL.fullmatch(cell) for cell in others):
            c.suggestion = KEEP
            c.reason = "office holder: a public office in the same table row"


# The titles and forms of address before a name ("mevrouw", "de heer", "mr. drs."); "heer"
# alone as after "Geachte".
_TITLES_ONLY = re.compile(rf"(?i)^(?:(?:{_TITLES}|heer)[ \t\n]+)*")


def _keep_office_holders_elsewhere(text: str, candidates: list[_Candidate]) -> None:
    """"Mevrouw Kant (SP)" and, later in the minutes, "het woord is aan mevrouw Kant": a
    surname that the document names as an office holder's (by party or office) stays where it
    stands alone, too. Only bare surnames are followed, and only when the document names no
    one else of that surname to be redacted in a fuller form (a first name, initials or an
    e-mail address): then "Groen" may be the colleague, not the Kamerlid."""
    office_keys = {
        person_key(text[c.start : c.end])
        for c in candidates
        if c.entity_type == "PERSON" and c.suggestion == KEEP and c.reason.startswith("office")
    }
    if not office_keys:
        return
    bare: list[_Candidate] = []
    fuller: set[str] = set()
    for c in candidates:
        if c.suggestion != REDACT or c.entity_type not in ("PERSON", "EMAIL_ADDRESS"):
            continue
        span = text[c.start : c.end]
        key = person_key(span)
        if key not in office_keys:
            continue
        name = span[_TITLES_ONLY.match(span).end() :]
        # A bare surname: followed from elsewhere, after a title, a word the model took for a
        # name, or a first name alone ("Fidan gaf aan" after "minister ... Hakan Fidan").
        loose = (
            c.detector in ("NamePropagation", "SpacyRecognizer")
            or c.explanation.startswith("name after ")
            or c.explanation == "a known first name on its own"
        )
        if c.entity_type == "PERSON" and loose and lexicon.fold(" ".join(name.split())) == key:
            bare.append(c)  # not a name in a table column or a staff field: those say more
        else:
            fuller.add(key)
    for c in bare:
        if person_key(text[c.start : c.end]) not in fuller:
            c.suggestion = KEEP
            c.reason = "office holder: the document names this person with their office"
    # "Portefeuillehouder: wethouder R. Dijkhof" and, under the letter, "R. Dijkhof" |
    # "wethouder Sociaal Domein": the same initials and surname, written the same way. Only
    # from a mention with its office right before or after it, on its line ("burgemeester en
    # wethouders van Zaanstad legt u, de heer M. Koç" names no wethouder), and not onto a
    # mention with a unit in brackets after it ("mr. A. de Vries-Pol (Juridische Zaken)").
    kept_forms = {
        " ".join(text[c.start : c.end].split())
        for c in candidates
        if c.entity_type == "PERSON" and c.suggestion == KEEP and c.reason.startswith("office")
        and _is_fuller_form(text[c.start : c.end])
        and (
            _ONE_OFFICE_BEFORE.search(text, text.rfind("\n", 0, c.start) + 1, c.start)
            or _OFFICE_RIGHT_AFTER.match(text, c.end)
        )
    }
    for c in candidates:
        if (
            c.entity_type == "PERSON"
            and c.suggestion == REDACT
            and " ".join(text[c.start : c.end].split()) in kept_forms
            and not _UNIT_IN_BRACKETS_AFTER.match(text, c.end)
        ):
            c.suggestion = KEEP
            c.reason = "office holder: the document names this person with their office"


def _is_fuller_form(name: str) -> bool:
    """A name with initials or a given name before the surname: "R. Dijkhof", "Ruud Dijkhof"
    (not "Dijkhof" alone, which another person may share)."""
    words = name.split()
    return len(words) >= 2 and (
        re.fullmatch(r"(?:[A-Z]\.)+", words[0]) is not None or lexicon.is_first_name(words[0])
    )
# One office (not "wethouders", "ministers": a board) right before a name, with its
# portfolio or place: "wethouder R. Dijkhof", "regeringscommissaris van Sint Eustatius, Alida
# Francis"; or right after it: "Sharon Dijksma, burgemeester van Utrecht", "X (wethouder)".
_ONE_OFFICE = "|".join(
    re.escape(t) for t in _NAMING_OFFICES if t.lower() not in PLURAL_OFFICES
)
_ONE_OFFICE_BEFORE = re.compile(
    rf"(?i)(?<![\w-])(?:{_ONE_OFFICE})(?![\w-])"
    rf"(?:[ \t]+(?:van|voor)[ \t]+(?-i:[A-Z][\w'’-]*(?:[ \t]+(?:en|[A-Z][\w'’-]*)){{0,4}}))?"
    rf"[ \t]*,?[ \t]*(?:(?:{_TITLES})[ \t]*)*$"
)
_OFFICE_RIGHT_AFTER = re.compile(rf"(?i)[ \t]*[,(][ \t]*(?:{_ONE_OFFICE})(?![\w-])")
_UNIT_IN_BRACKETS_AFTER = re.compile(r"[ \t]*\([^()\n]*[A-Z][^()\n]*\)")


_WORD_BEFORE = re.compile(r"([A-ZÀ-Þ][\w'’-]*)[ \t]+$")
_INITIAL_OR_TITLE_END = re.compile(rf"(?:^|[\s.])[A-Z]\.$|(?i:\b(?:{_TITLES}|heer))$")
_NOT_A_GIVEN_NAME = {
    w.lower() for w in (*OFFICE_TITLES, *PERSON_TITLES, *FUNCTION_WORDS, *ORGANISATION_WORDS)
}


def _with_given_name_before(text: str, start: int) -> int:
    """Where a propagated surname's mention starts, its given name included: "Semhar
    Ghebremedhin" in an address block, "Roos Groen" after "Opgesteld door", "M. Ait Taleb".
    The word before counts when it stands on the same line, is capitalised, and is a first
    name or no ordinary word, office, title or organisation word; a word that opens a
    sentence does not."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return start
    word = m.group(1)
    low = word.lower()
    if low in _NOT_A_GIVEN_NAME or low in lexicon.tussenvoegsels() or looks_like_organisation(word):
        return start
    if lexicon.is_common_word(word) and not lexicon.is_first_name(word):
        return start
    if lexicon.is_place(word) and not lexicon.is_first_name(word):
        return start
    before = text[max(0, m.start() - 12) : m.start()].rstrip(" \t")
    # after an initial ("M. Ait Taleb") or a form of address ("Geachte heer Ait Taleb")
    after_initial = bool(_INITIAL_OR_TITLE_END.search(before))
    if before[-1:] in (".", "!", "?") and not after_initial:
        return start  # a sentence's first word; after an initial ("M. Ait Taleb") a name's
    if lexicon.is_first_name(word) or after_initial:
        return m.start()
    # A word no list knows counts only where the name fills its line, as in an address block
    # ("Semhar Ghebremedhin\nBrugstraat 22a"), not before a heading's name ("Plenair X bij").
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", start)
    rest = text[start : line_end if line_end >= 0 else len(text)]
    if not text[line_start : m.start()].strip() and not re.search(r"[ \t]\S", rest.strip()):
        return m.start()
    return start


def _to_finding(document: Document, c: _Candidate) -> Finding:
    text = document.text[c.start : c.end]
    boxes = boxes_for_span(document, c.start, c.end)
    page = boxes[0][0] if boxes else document.page_of(c.start)
    line_start = document.text.rfind("\n", 0, c.start) + 1
    line_end = document.text.find("\n", c.end)
    context = document.text[line_start : line_end if line_end >= 0 else len(document.text)]
    return Finding(
        id=finding_id(document.path, c.start, c.end, c.entity_type, text),
        entity_type=c.entity_type,
        start=c.start,
        end=c.end,
        text=text,
        page=page,
        boxes=boxes,
        score=round(float(c.score), 3),
        detector=c.detector,
        explanation=c.explanation,
        person_key=person_key(text) if c.entity_type in ("PERSON", "EMAIL_ADDRESS") else None,
        context=context.strip(),
        suggestion=c.suggestion,
        reason=c.reason,
    )


def boxes_for_span(
    document: Document, start: int, end: int
) -> list[tuple[int, float, float, float, float]]:
    """The union of the character boxes of text[start:end], one box per line piece."""
    pieces: dict[int, list[float]] = {}
    order: list[int] = []
    for i in range(start, end):
        box = document.char_boxes[i]
        if box is None or document.text[i].isspace():
            continue
        line = document.char_lines[i]
        if line not in pieces:
            pieces[line] = [box[0], box[1], box[2], box[3], box[4]]
            order.append(line)
        else:
            p = pieces[line]
            p[1], p[2] = min(p[1], box[1]), min(p[2], box[2])
            p[3], p[4] = max(p[3], box[3]), max(p[4], box[4])
    return [(int(pieces[k][0]), *pieces[k][1:]) for k in order]  # type: ignore[misc]
