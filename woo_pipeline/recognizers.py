"""Presidio recognizers for Dutch personal data in notas.

Each recognizer is small: a pattern plus a validation (elfproef for BSN, mod-97 for IBAN, the
Dutch numbering plan for phone numbers) or a context rule. Scores follow Presidio's habit: a
validated checksum gives 1.0, a bare pattern less. Every result carries a textual explanation
that the review file shows to the reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from woo_pipeline import lexicon
from woo_pipeline.tables import text_column_cells
from woo_pipeline.vocabulary import (
    EPONYM_WORDS,
    FUNCTION_WORDS,
    GOVERNMENT_ADDRESSES,
    GREETINGS,
    INSTITUTION_WORDS,
    KNOWN_ORGANISATIONS,
    KNOWN_SWITCHBOARDS,
    MORE_ORGANISATIONS,
    MORE_STAFF_FIELD_LABELS,
    OFFICE_TITLES,
    ORGANISATION_WORDS,
    PERSON_TITLES,
    POLITICAL_PARTIES,
    SIGN_OFFS,
    STAFF_FIELD_LABELS,
    TUSSENVOEGSELS,
)

LANGUAGE = "nl"

# --- shared name grammar -------------------------------------------------------------------
# One line break may fall inside a name (a name broken across lines); a blank line may not.
SP = r"(?:[ \t\u00a0]+|[ \t]*\n[ \t]*)"
UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
LOWER = "a-zß-öø-ÿā-ž"
# Particles with a typographic apostrophe too: "Wouter ’t Lam", "van ’t Hof".
_TUSSENVOEGSELS = {*TUSSENVOEGSELS, *(t.replace("'", "’") for t in TUSSENVOEGSELS)}
_TV = "|".join(re.escape(t) for t in sorted(_TUSSENVOEGSELS, key=len, reverse=True))
# A capitalised name word with apostrophes (O'Neill, d'Ancona) and hyphenated parts, which may
# be a single letter or start with a particle: Bakker-Yilmaz, Tjon-A-Fat, Jansen-de Vries.
NAME_WORD = (
    rf"(?:[{UPPER}][{LOWER}'’]+|[{UPPER}]['’][{UPPER}][{LOWER}]+)"
    # "Kuipers-\nVeldman": a double name may break after its hyphen
    rf"(?:-\n?(?:(?:{_TV})[ ])?[{UPPER}][{LOWER}'’]*)*"
)
# "VAN DER VELDE-\nBAKHUIS": a double name in capitals may break after its hyphen
CAPS_WORD = rf"[{UPPER}]{{2,}}(?:-[ \t]*\n?[ \t]*[{UPPER}]{{2,}})*"
# "J.W.M. ", "Th. ", optionally followed by the first name in brackets: "E.K. (Evelien) ".
INITIALS = (
    rf"(?:[{UPPER}](?:[{LOWER}]{{0,2}})\.[ \t]?){{1,5}}"
    # the first name may stand in quotes, as a nickname: 'R.E. ("Ronnie") Klomp'
    rf"(?:\([\"“]?(?:[{UPPER}][{LOWER}'’]+(?:-[{UPPER}]?[{LOWER}'’]+)*"
    rf"|(?=[{UPPER}-]*[AEIOUY])[{UPPER}]{{4,}}(?:-[{UPPER}]+)*)[\"”]?\)"
    rf"[ \t]?)?"
)
# Tussenvoegsels: lower case in a full name ("Jan van Dijk"), capitalised at the start
# ("mevrouw Van Dijk", "Van den Heuvel").
_TV_CAP = "|".join(
    re.escape(t[0].upper() + t[1:]) for t in sorted(_TUSSENVOEGSELS, key=len, reverse=True)
)
TV = rf"(?:(?:{_TV})|(?:{_TV_CAP}))"
SURNAME = rf"(?:{TV}{SP})?{NAME_WORD}(?:{SP}{NAME_WORD}(?=-))?"
SURNAME_CAPS = rf"(?:(?:{_TV.upper()}){SP})?{CAPS_WORD}"

_TITLE_ALT = "|".join(
    re.escape(t).replace(r"\ ", SP) for t in sorted(PERSON_TITLES, key=len, reverse=True)
)
TITLES = rf"(?:(?i:{_TITLE_ALT})(?:{SP}|(?<=\.)))+"

_ORG_WORDS = {w.lower() for w in (*ORGANISATION_WORDS, *INSTITUTION_WORDS)}
_EPONYM_WORDS = {w.lower() for w in EPONYM_WORDS}
_KNOWN_ORGS = {o.lower() for o in (*KNOWN_ORGANISATIONS, *MORE_ORGANISATIONS)}
_FUNCTION_WORDS = {w.lower() for w in FUNCTION_WORDS}
# Dutch compounds end in the organisation word: Rijksvastgoedbedrijf, Informatiebeveiligingsdienst.
# Functions that open the part of a field's value after the name ("ing. T.R. Kruithof,
# inspecteur Dierenwelzijn Landbouwhuisdieren"), beside _FUNCTION_WORDS.
_STAFF_ROLES = frozenset(
    "inspecteur toezichthouder handhaver casemanager klantmanager consulent behandelaar "
    "accountmanager specialist analist controller auditor".split()
)
# Public bodies and units that open their own name ("Gemeente Barneveld", "Directie
# Financiën"): after a person's name such a word starts the next cell or line, never a surname.
BODY_WORDS = frozenset(
    "gemeente ministerie provincie waterschap hoogheemraadschap wetterskip veiligheidsregio "
    "regio politie rechtbank directie afdeling directoraat-generaal".split()
)
STAFF_ROLE_ENDINGS = (
    "manager", "adviseur", "medewerker", "coördinator", "coordinator", "leider", "directeur",
    "secretaris", "specialist", "jurist", "functionaris", "verlener", "behandelaar",
)
_ORG_SUFFIXES = (
    # "Rijnstad Bestuursrechtadvocaten": a firm's trade run into its speciality
    "advocaten", "notarissen", "accountants",
    "dienst", "bedrijf", "instituut", "bureau", "centrum", "fonds", "autoriteit", "inspectie",
    "ministerie", "directie", "agentschap", "college", "commissie", "stichting", "vereniging",
    "universiteit", "planbureau", "rekenkamer", "raad", "bank", "loket", "platform", "overleg",
    "toezicht",
)


def _explain(recognizer: str, score: float, text: str) -> AnalysisExplanation:
    return AnalysisExplanation(
        recognizer=recognizer, original_score=score, textual_explanation=text
    )


class _RegexRecognizer(EntityRecognizer):
    """Base: yields (start, end, score, explanation) from `find`, validated by subclasses."""

    ENTITY = ""
    NAME = ""

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[self.ENTITY], name=self.NAME, supported_language=LANGUAGE
        )

    def load(self) -> None:  # nothing to load: patterns are compiled at import
        pass

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        raise NotImplementedError

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        best: dict[tuple[int, int], tuple[float, str]] = {}
        for start, end, score, why in self.find(text):
            if (start, end) not in best or score > best[(start, end)][0]:
                best[(start, end)] = (score, why)
        # A span inside a longer one of the same kind ("DE GROOT" in "PIETER DE GROOT") is
        # the same item found twice.
        kept: list[tuple[int, int]] = []
        for start, end in sorted(best, key=lambda se: se[0] - se[1]):
            if not any(s <= start and end <= e for s, e in kept):
                kept.append((start, end))
        results = []
        for start, end in sorted(kept):
            score, why = best[(start, end)]
            results.append(
                RecognizerResult(
                    entity_type=self.ENTITY,
                    start=start,
                    end=end,
                    score=score,
                    analysis_explanation=_explain(self.NAME, score, why),
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.NAME,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results


# --- e-mail --------------------------------------------------------------------------------
EMAIL = re.compile(
    r"(?<![\w.+-])[^\W_][\w.%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
# Functional mailboxes are not personal data: they stay.
FUNCTIONAL_MAILBOXES = frozenset(
    "info postbus woo wob secretariaat communicatie pers persvoorlichting voorlichting "
    "servicedesk helpdesk noreply no-reply contact redactie loket klantcontact webmaster "
    "privacy fg avg juridischezaken bestuursondersteuning kamerbrieven dpc verzoeken "
    "woo-verzoeken wob-verzoeken meldpunt vragen aanvragen subsidies klachten team office "
    "receptie frontoffice backoffice mailbox functioneel algemeen nieuws media congres "
    "evenementen events event aanmelden aanmeldingen inschrijvingen piket crisis post "
    "bestuurssecretariaat documentatie inkoop facturen crediteuren debiteuren ict "
    "servicepunt planning agenda bezwaar bezwaren klacht vergunningen subsidie webredactie "
    "nieuwsbrief support dienstverlening kcc infrastructure reception secretariat finance "
    "communications enquiries griffie raadsgriffie statengriffie raadsleden statenleden "
    "wooverzoeken wobverzoeken woordvoering financiering webinar webinars wetgeving vth "
    "evenement "
    # the social domain and other services of municipalities, GGDs and tax offices
    "leerplicht jeugd jeugdzorg wmo inkomen participatie schuldhulp schuldhulpverlening "
    "bijstand werkeninkomen wvggz infectieziekten invordering belastingen burgerzaken "
    "publiekszaken handhaving toezicht omgevingsvergunning leerlingenvervoer inkoopjeugd "
    "zorgloket wijkteam sociaalteam gezondheid jgz vergunning "
    # German and English services
    "strassenverkehr buergerservice verwaltung poststelle "
    # sales, purchases and claims of an agency: "verkoop@rijksvastgoedbedrijf.nl"
    "verkoop aankoop schade claims meldingen secr provinsje dorpsraad wijkraad protocol "
    # an occupational health service's and HR's shared boxes; security; a subsidy scheme's box
    "casemanagement verzuim personeelszaken salarisadministratie beveiliging dieren "
    "calamiteiten".split()
)


def is_functional_mailbox(address: str, text: str = "") -> bool:
    """`postbus.dgob@minbzk.nl`, `woo-verzoeken@minvws.nl`, `ncc@nctv.minjenv.nl`: a shared
    box, not a person.

    Beyond the listed words, a box whose local part has no part shaped like a person's
    (an initial, a first name, a surname, initials or a first name run into a surname) is
    taken as shared when each part is an ordinary word, a known organisation, digits, or an
    acronym the document itself uses in capitals (`ibp@` next to "secretariaat IBP"). Short
    parts are not enough on their own: `jwb@` may be someone's initials.
    """
    written = address.split("@")[0]
    local = written.lower()
    if local in FUNCTIONAL_MAILBOXES:
        return True
    # "DIE-EU@minbuza.nl": acronyms of units in capitals; a person's box holds a name
    acronyms = re.split(r"[._-]", written)
    if len(acronyms) >= 2 and all(re.fullmatch(r"[A-Z]{2,5}", a) for a in acronyms):
        return True
    if _POST_MAILBOX.fullmatch(address.lower()):
        return True  # "ank@minbuza.nl": an embassy's or consulate's box, by its post code
    parts = [p for p in re.split(r"[._+-]", local) if p]
    if any(part in FUNCTIONAL_MAILBOXES for part in parts):
        return True
    if text and len(local) >= 8 and _names_a_phrase_of(local, text):
        return True  # "weerbaarbestuur@" next to "Programma Weerbaar Bestuur"
    # "spoorzonegeldermalsen@prorail.nl": a project in a town, a word run into a place name
    if len(parts) == 1 and any(
        len(local) - i >= 5 and lexicon.is_place(local[i:]) and lexicon.is_common_word(local[:i])
        for i in range(4, len(local) - 4)
    ):
        return True
    if not parts:
        return False
    # "bo-mirt@" beside "secretariaat BO MIRT": a short part the text writes as an acronym
    # is a unit's code even where a name list knows it (Bo).
    codes = [p for p in parts if 2 <= len(p) <= 4 and (
        not _person_like_part(p)
        or (len(p) <= 3 and len(parts) > 1 and _acronym_in(p, text))
    )]
    # "pvbrussel-coreper2@": a post's acronym the text uses run into its place ("PV Brussel")
    posts = [p for p in parts if _code_then_place(p, text)]
    if any(_person_like_part(p) for p in parts if p not in codes and p not in posts):
        return False
    named = [p for p in parts if p in posts or _names_a_service(p, parts, text)]
    if len(named) == len(parts):
        return True
    # "wjz-preventie@", "dsc-lso@", "res-noordveluwe@": a unit's codes beside a word or an
    # acronym of the document. Codes alone ("jwb-kd@") may be someone's initials.
    return len(parts) > 1 and bool(named) and all(p in named or p in codes for p in parts)


def _names_a_service(part: str, parts: list[str], text: str) -> bool:
    """Whether one part of a mailbox's local part names a service, unit or subject: a part
    no name list knows (the caller checked), shown to be a word by its form or by the text."""
    p = part
    return bool(
        p.isdigit()
        or lexicon.is_common_word(p)
        or (len(p) >= 6 and p.endswith(_MAILBOX_WORD_ENDINGS))
        # "secretariaatdb", "meldkamerwest": a service word with a unit's code after it
        or any(p.startswith(w) and len(p) - len(w) <= 4 for w in _MAILBOX_WORD_STARTS)
        # "projectbureau.rb@": a service's box with a short code for its project or unit
        or (len(p) <= 4 and any(q.startswith(_MAILBOX_WORD_STARTS) for q in parts))
        or p in _KNOWN_ORGS
        or (len(p) <= 6 and _acronym_in(p, text))
        # "visserij@" where the nota speaks of "de visserij": a word the document uses in
        # lower case is no one's name (names are written with a capital)
        or (len(p) >= 6 and re.search(rf"(?<![\w@.]){re.escape(p)}(?![\w@])", text))
        # "gasopslag-norg@": a place beside another part
        or (len(parts) > 1 and lexicon.is_place(p))
        or _used_as_a_word(p, text)
        # "coreper2@" beside "Coreper II": a numbered subject the text names with its number
        # (not "haddou91@" beside "Van Dam-Haddou": a name with a number is someone's box)
        or (
            len(parts) > 1
            and re.fullmatch(r"[a-z]{5,}\d{1,2}", p) is not None
            and not _person_like_part(p.rstrip("0123456789"))
            and re.search(
                rf"(?i)(?<![\w@.-]){p.rstrip('0123456789')}[ \t]+(?:[IVX]{{1,4}}|\d{{1,2}})\b", text
            )
            is not None
        )
    )


def _code_then_place(part: str, text: str) -> bool:
    """A unit's or post's acronym that the text writes in capitals, run into a place:
    "pvbrussel" beside "PV Brussel", "ambankara" beside "AMB Ankara"."""
    return len(part) >= 6 and any(
        lexicon.is_place(part[i:])
        and part[:i] not in lexicon.tussenvoegsels()  # "vanloenen": Van Loenen
        and _acronym_in(part[:i], text)
        for i in (2, 3, 4)
    )


def _acronym_in(part: str, text: str) -> bool:
    return re.search(rf"(?<![\w@.]){re.escape(part.upper())}(?![\w@])", text) is not None


# Words after which a capitalised word names a unit, a subject, a law or a programme, not a
# person: "Directie Stikstof", "de Wtta", "commissie Woningbouwimpuls".
_BEFORE_A_SUBJECT = (
    r"(?:[Dd]e|[Hh]et|[Dd]irectie|DG|[Cc]ommissie|[Ss]ecretariaat|[Pp]rogramma|[Pp]roject|"
    r"[Tt]eam|[Aa]fdeling|[Rr]egeling|[Ww]et|[Ff]onds|[Ww]erkgroep|[Tt]askforce|[Pp]latform|"
    r"[Nn]etwerk|[Cc]ampagne|[Ll]oket|[Cc]ommissiedebat|[Ss]ectie|[Bb]ureau|[Cc]luster|"
    # a unit's codes: "LNV-DAD Dierziekten"
    r"[A-Z]{2,6}(?:-[A-Z]{2,6})+)"
)


# "Noord-Veluwe", "West-Brabant": a region's name, although Noord and West are surnames too.
_COMPASS = frozenset(("noord", "zuid", "oost", "west", "midden"))


_VOWEL_FORMS = {
    "a": "[aáàäâ]", "e": "[eéèëê]", "i": "[iíìïî]", "o": "[oóòöô]", "u": "[uúùüû]",
}


def _with_diacritics(word: str) -> str:
    """A pattern for `word` as a text may write it: a mailbox's "operatien" is "Operatiën"."""
    return "".join(_VOWEL_FORMS.get(c, re.escape(c)) for c in word)


def _used_as_a_word(part: str, text: str) -> bool:
    """Whether the text uses the part as a word, not a name:
    - inside a longer word ("stikstof" in "stikstofdaling", "uitvoering" in "Uitvoeringstoets");
    - capitalised after an article or a unit word ("de Wtta", "Directie Preventie");
    - as two or three words run together, one of them in lower case ("pandemische
      paraatheid"), or a hyphenated name without its hyphen ("Noord-Veluwe"), when no piece
      is a name.
    """
    escaped = re.escape(part)
    if len(part) >= 6 and re.search(rf"(?i)[^\W\d_]{escaped}|{escaped}[^\W\d_]", text):
        return True
    if len(part) >= 4 and re.search(
        rf"(?<![\w@.-]){_BEFORE_A_SUBJECT}[ \t]+{_with_diacritics(part.capitalize())}(?![\w@])",
        text,
    ):
        return True
    if len(part) < 8:
        return False
    for m in re.finditer(rf"(?i)(?<![\w@.-]){re.escape(part[:4])}", text):
        words = re.match(r"[^\W\d_]+(?:[- \t]+[^\W\d_]+){0,2}", text[m.start():])
        if words is None:
            continue
        pieces = re.split(r"[- \t]+", words.group())
        for n in range(2, len(pieces) + 1):
            if "".join(pieces[:n]).lower() == part:
                joined = words.group()[: sum(map(len, pieces[:n])) + 40]
                lower = any(w.islower() for w in pieces[:n])
                hyphenated = "-" in joined and not any(
                    _person_like_part(w.lower()) and w.lower() not in _COMPASS
                    for w in pieces[:n]
                )
                if lower or hyphenated:
                    return True
    return False


# Foreign Affairs gives each post a box named by its three-letter code.
_POST_MAILBOX = re.compile(r"[a-z]{3}@minbuza\.nl")


def _names_a_phrase_of(local: str, text: str) -> bool:
    """Whether the local part is the name of a programme, project or unit of the text run
    together: "weerbaarbestuur" for "Programma Weerbaar Bestuur". (A person's name run
    together, "oksanahrytsenko", has no such word before it.)"""
    wanted = local.replace("-", "").replace(".", "")
    for m in _UNIT_PHRASE.finditer(text):
        if "".join(m.group("p").split()).lower() == wanted:
            return True
    return False


_UNIT_PHRASE = re.compile(
    r"(?i:programma|project|directie|afdeling|team|werkgroep|taskforce|loket|platform|"
    r"netwerk|campagne|regeling)[ \t]+(?P<p>[A-Z][a-z]+(?:[ ][A-Za-z][a-z]+){1,2})"
)


def has_unit_display_name(text: str, address_start: int) -> bool:
    """Whether the address is written after a display name that names a unit, not a person:
    "Klantcontact Escalaties <escalaties@duo.nl>", "Juridische Zaken DUO <jz@duo.nl>". The
    name must have no word that a name list knows (unless it is also an ordinary word) and at
    least one word that marks a unit: an ordinary or service word, a known organisation or an
    acronym. "Tesfaye Gebre <t.gebre@...>" has none and stays a person."""
    line_start = text.rfind("\n", 0, address_start) + 1
    m = re.search(r"([^<>:;\n]+?)[ \t]*<[ \t]*$", text[line_start:address_start])
    if not m:
        return False
    if line_start and m.start() == 0 and (
        m.group(1).startswith("(") or m.group(1).count(")") > m.group(1).count("(")
    ):
        # "Hoekman, R.D." | "(VWS/DLZ) <rd.hoekman@...>": a name whose unit in brackets was
        # put on the next line; the name starts on the line above.
        above = text.rfind("\n", 0, line_start - 1) + 1
        m = re.search(r"([^<>:;]+?)[ \t]*<[ \t]*$", text[above:address_start])
        if not m:
            return False
    words = re.findall(r"[^\W\d_][\w'’&-]*", m.group(1))
    if not words or "," in m.group(1):  # "Chen, Li Wei": surname first
        return False
    unit_marks = 0
    for i, word in enumerate(words):
        low = word.lower()
        if len(word) == 1 or (
            i > 0 and words[i - 1].lower() in lexicon.tussenvoegsels() and word[:1].isupper()
        ):
            return False  # "N. van den Berg": initials, or a surname after its particles
        if (lexicon.is_first_name(word) or lexicon.is_surname(word)) and not (
            lexicon.is_common_word(word) or low in _KNOWN_ORGS or low in FUNCTIONAL_MAILBOXES
            or lexicon.is_place(word)  # "Driehoek Amsterdam – secretariaat"
        ):
            return False
        if (
            lexicon.is_common_word(word)
            or low in _KNOWN_ORGS
            or low in FUNCTIONAL_MAILBOXES
            or low.endswith(_MAILBOX_WORD_ENDINGS)
            or (word.isupper() and 2 <= len(word) <= 6)
        ):
            unit_marks += 1
    return unit_marks > 0


# "klantenservice@", "arbeidsmarktinformatie@", "luchtvaart@": compounds that name a service.
_MAILBOX_WORD_ENDINGS = (
    "service", "informatie", "beleid", "zaken", "loket", "desk", "centrum", "punt", "bureau",
    "dienst", "team", "vaart", "toezicht", "vragen", "meldingen", "secretariaat",
    "administratie", "beheer", "planning", "contact", "communicatie", "registratie",
    "programma", "versterking", "inkomen", "erfgoed", "huisvesting", "ontwikkeling",
    "handhaving", "vergunningen", "subsidies", "onderwijs", "veiligheid", "wonen", "energie",
    "klimaat", "mobiliteit", "verkeer", "natuur", "noord", "zuid", "oost", "west", "kamer",
    "opvang", "nederland", "ties", "zorg", "water", "wegen", "centrale", "griffie",
    "verzoeken", "gezin", "inburgering", "leden", "bijdragen", "financiering",
    # posts abroad: "Consulaat-Generaal Casablanca", "DCM-Consulaire Bijstand"
    "ambassade", "consulaat", "generaal", "bijstand",
    # "accreditatie@", "woondeals@": a noun of a service
    "atie", "deals",
    # "schadeafhandeling@rws.nl", "schademelding@", "stormschade@gelderland.nl"
    "afhandeling", "melding", "schade",
    # "ouderpanel@", "klantenpanel@": a panel of parents or clients
    "panel",
    # "burgerberaad@", "jongerenberaad@": a council of citizens or young people
    "beraad",
    # "dierziekten@", "infectieziekten@": a subject of a service; Frisian "sekretariaat"
    "ziekten", "sekretariaat",
    # "klachtenbehandeling@", "veiligheidsoverleg@"
    "behandeling", "overleg",
)
_MAILBOX_WORD_STARTS = (
    "secretariaat", "meldkamer", "postbus", "servicedesk", "helpdesk", "klantcontact",
    "communicatie", "bestuurssecretariaat", "piket", "info", "projectbureau",
    # "dorpsraadboerdonk@gmail.com": a village's residents' council
    "dorpsraad", "wijkraad", "buurtvereniging", "bewonerscommissie",
)


def _person_like_part(part: str) -> bool:
    if len(part) == 1 or lexicon.is_first_name(part) or lexicon.is_surname(part):
        return True
    # "kbakker", "jwvdheuvel", "karinbakker": initials or a first name run into a surname
    for i in range(1, min(len(part) - 2, 12)):
        if lexicon.is_surname(part[i:]) and (i <= 3 or lexicon.is_first_name(part[:i])):
            return True
    return False


# The sentence says the address is a shared box: "via postbus dam-noord-afrika@minbuza.nl",
# "General mailbox of the PR JHA team: bru-jbz@...", "general questions go to ops@...".
_MAILBOX_BEFORE = re.compile(
    r"(?i)(?:\bgeneral[ \t]+(?:questions|enquiries|inquiries|mailbox|inbox|address)"
    r"|\balgeme(?:en|ne)[ \t]+(?:mailbox|e-?mailadres|postbus|adres)"
    r"|\bfunctionele[ \t]+(?:mailbox|postbus)|\b(?:via[ \t]+(?:de[ \t]+)?)?postbus\b"
    r"|\b(?:shared|functional|team)[ \t]+mailbox|\bmailbox\b)[^\n@<]{0,40}$"
)


# The two pieces of an address broken at a line's end without a hyphen, as a word processor
# breaks a word too long for a narrow table cell: "a.demir@minbzk." | "nl",
# "marco.lindeboom@rijksover" | "heid.nl", "marco.lindeboo" | "m@rijksoverheid.nl".
_PIECE_AT_END = re.compile(r"[\w.%+'@-]+$")
_PIECE_AT_START = re.compile(r"[\w.%+'@-]+")
_LONGER_TOP_LEVEL_DOMAINS = frozenset(("com", "org", "net", "info", "gov", "int", "edu"))
_LOCAL_PART_PIECE = re.compile(r"[a-z0-9][a-z0-9%+'-]*[._][a-z0-9._%+'-]*")


def broken_addresses(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, address) of each e-mail address broken over two lines (see
    _PIECE_AT_END). The first piece must not be an address of its own. A second piece that
    is one ("m@rijksoverheid.nl") is only read on from a first piece that fills its own line
    and is shaped like the start of an address's local part ("marco.lindeboo"), not a label
    ("E-mail", "Contact")."""
    seen: set[int] = set()
    for at in re.finditer("@", text):
        line_start = text.rfind("\n", 0, at.start()) + 1
        line_end = text.find("\n", at.end())
        breaks = [line_end] if line_end >= 0 else []
        opening = _PIECE_AT_START.match(text, line_start)
        if line_start and opening is not None and opening.end() > at.start():
            breaks.append(line_start - 1)  # the piece with the @ opens its line
        for newline in breaks:
            if newline in seen:
                continue
            first = _PIECE_AT_END.search(text, text.rfind("\n", 0, newline) + 1, newline)
            second = _PIECE_AT_START.match(text, newline + 1)
            if first is None or second is None:
                continue
            address = first.group() + second.group()
            if "@" not in address or not EMAIL.fullmatch(address):
                continue
            # "k.bakker@minbuza.nl." | "September": an address that ends a sentence
            if EMAIL.fullmatch(first.group().rstrip(".")) and not (
                # "rhooghiemstra@hotmail.co" | "m": the rest of a common top-level domain
                address.rsplit(".", 1)[1].lower() in _LONGER_TOP_LEVEL_DOMAINS
                and re.fullmatch(
                    r"[a-z]{1,2}[ \t]*(?:\n|$)", text[second.start() : second.end() + 2]
                )
            ):
                continue
            if "@" not in first.group() and EMAIL.fullmatch(second.group()):
                own_line = text[text.rfind("\n", 0, first.start()) + 1 : first.start()]
                if own_line.strip() or not _LOCAL_PART_PIECE.fullmatch(first.group()):
                    continue
            seen.add(newline)
            yield first.start(), second.end(), address


class DutchEmailRecognizer(_RegexRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    NAME = "DutchEmailRecognizer"

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        found = [(m.start(), m.end(), m.group()) for m in EMAIL.finditer(text)]
        if "@" in text:
            found += broken_addresses(text)
        for start, end, address in found:
            if is_functional_mailbox(address, text) or has_unit_display_name(text, start):
                continue
            if _MAILBOX_BEFORE.search(text, max(0, start - 60), start):
                continue  # "general questions go to ops@...", "via postbus dam-...@..."
            why = "e-mail address of a person (not a functional mailbox)"
            if "\n" in text[start:end]:
                why += ", broken over two lines"
            yield start, end, 1.0, why


# --- phone numbers -------------------------------------------------------------------------
_PHONE = re.compile(
    r"(?<![\w/.-])(?:\+31|0031|\(\+31\))[ .\-\n]?(?:\(0\)[ .\-]?)?"
    r"\(?[1-9](?:[ .\-()\n]{0,3}\d){8}(?!\d)"
    r"|(?<![\w/.-])\(?0[1-9](?:[ .\-()\n]{0,3}\d){8}(?![\d-])"
)
_DATE_INSIDE = re.compile(r"\b\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d\b")
# A landline's digits hyphenated around a year: a reference ("0318-2025-51"); a phone number
# is grouped after its area code as one block or in pairs, never as a year with a tail.
_YEAR_IN_REFERENCE = re.compile(r"0[1-57-9]\d{1,2}-(?:19|20)\d\d-\d{2,4}")
# An organisation's switchboard, helpdesk or service number is not personal data.
_SWITCHBOARD_BEFORE = re.compile(
    # "verkeerscentrale", "meldkamercentrale"; not "decentrale overheden"
    r"(?:algeme(?:en|ne)|(?<!de)centrale|receptie|servicedesk|helpdesk|informatienummer|klantcontact|"
    r"publieksvoorlichting|meldpunt|fraudehelpdesk|infolijn|call\s*center)"
    r"[^\n\d|]{0,25}$",
    re.IGNORECASE,
)


def _switchboard_before(window: str) -> bool:
    """Whether `window`, the text before a number, ends in a switchboard's label. Not a
    label in brackets right after another number: "T 0345 639 111 (algemeen) / M 06 ..."
    names the number before it."""
    m = _SWITCHBOARD_BEFORE.search(window)
    # nor a label after a number: "070 412 3456 via de receptie, 06 ..." names the first one
    return bool(m) and not re.search(
        r"\d[ \t]*(?:\(|via[ \t]+(?:de[ \t]+|het[ \t]+)?)$", window[: m.start()]
    )
# "bel ons op 050 599 77 55", "via de piket woordvoering, 070 ...": an organisation's line.
# The duty line ("piket") only with at most one word between, so that "Piket: Jan de Vries,
# 06 ..." stays a person's number.
_SERVICE_LINE_BEFORE = re.compile(
    r"(?i)(?:\bbel(?:t[ \t]+u)?[ \t]+ons(?:[ \t]+op)?"
    r"|\bpiket(?:nummer|telefoon)?(?:[ \t]+[a-z]+)?[ \t]*[,:]?(?:[ \t]+op)?"
    # "Wethouder ter Horst via bestuurssecretariaat, 038 ...": a desk that passes calls on
    r"|\bvia[ \t]+(?:het[ \t]+)?[a-z]*secretariaat[ \t]*[,:]?(?:[ \t]+op)?)[ \t]*$"
)
# A service of an organisation named right before the number: "de algemene perslijn van het
# Rijksvastgoedbedrijf: 088 ...", "Servicecentrum PGB, 030 ...", "woordvoering JenV, 070 ...",
# "Griffie strafsector, Rechtbank Oost-Brabant, 073 ...". No mobile number, and no given name
# between the service and the number ("Persvragen: Joost Dekkers, 070 ...").
_SERVICE_BEFORE = re.compile(
    r"(?i)\b(?:perslijn|persvragen|persvoorlichting|woordvoering|servicecentrum|klantenservice|"
    r"klantcontactcentrum|contactcentrum|informatielijn|meldkamer|crisiscentrum|griffie|"
    r"frontoffice|servicelijn|hotline|switchboard|press[ \t]+office|kredietbank|"
    r"debiteurenbeheer|huisartsenpost|servicenummer|persnummer|[a-z]*loket)\b"
    # "Persvragen (24/7): 070 ...": day and night, the only digits allowed between
    r"(?P<between>(?:[^\d|\n]|24/7|24[ \t]uur){0,50}(?:\n[^\d|\n]{0,50})?)$"
)
# An organisation's letterhead line: its postbus, then its number ("| T 071 ...").
_POSTBUS_LETTERHEAD = re.compile(r"(?i)\bpostbus[ \t]+\d+\b[^\n]*\|[ \t]*(?:t|tel\.?)[ \t:.]*$")
# An address line with the number after a bar: "Westblaak 180, 3012 KN Rotterdam | T ",
# "Stadhuis, Grote Kerkplein 15, Zwolle | ". An organisation's, when one is named on the line
# or the line above (see _organisation_above).
_ADDRESS_LETTERHEAD = re.compile(
    r"\b[A-Z][\w'’.-]*[ \t]+\d+[a-zA-Z]?(?:-\d+)?,[^\n]*\|[ \t]*(?i:t|tel\.?)?[ \t:.]*$"
)
_ORGANISATION_CUE = re.compile(
    r"(?i)\b(?:stadhuis|gemeentehuis|provinciehuis|griffie|gemeente(?:raad)?|provincie|"
    r"ministerie|ambassade|embassy|consulaat|waterschap|[a-z]*kantoor|advocaten|notarissen|"
    r"rechtbank|politie)\b"
)
# A desk named right before the number, with only its unit and a colon between: not "is bij
# het secretariaat bekend: 0527 ...", which is someone's number the desk has.
_DESK_RIGHT_BEFORE = re.compile(
    r"(?i)\b(?:secretariaat|pers)(?:[ \t]+(?-i:[A-Z][\w&-]*))?[ \t]*:[ \t]*$"
    # "Meldingen milieuklachten (24 uur): 088 ...": a line for reports, day and night
    r"|\b(?:meldingen|meldlijn|klachtenlijn|storingslijn|storingen)\b[^\n\d|:]{0,30}"
    r"(?:\(24[ \t]*uur\))?[ \t]*:[ \t]*$"
)
# A shared mailbox, then the number with it: "reservisten@mindef.nl of 088 ...".
_MAILBOX_THEN_NUMBER = re.compile(
    r"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)[ \t]*(?:,|of|or|/|\|)[ \t]*(?:(?i:t|tel\.?)[ \t:.]*)?$"
)
_IBAN_HEAD_BEFORE = re.compile(r"\b[A-Z]{2}\d{2}[ ]?[A-Z]{4}[ ]?$")
_FAX_BEFORE = re.compile(r"(?i)\b(?:fax|telefax|faxnummer)\b[ \t.:]*$")
# "070 340 7911 (algemeen)", "(VWS, algemeen)", "(centrale)".
_SWITCHBOARD_AFTER = re.compile(
    r"^[ \t]*\(?(?:[\w&/-]{1,12},[ \t]*)?"
    # "070 412 3456 via de receptie", "+32 2 679 15 11 (reception)"
    r"(?:via[ \t]+(?:de[ \t]+|het[ \t]+)?)?"
    r"(?:algemeen|centrale|receptie|reception|switchboard|servicedesk|helpdesk|hoofdnummer"
    r"|gratis|klantenservice"
    r"|servicecentrum|perslijn|woordvoering|informatielijn"
    # "+599 717 5330 tst. 214": a switchboard with a person's extension after it
    r"|piket|(?:tst|toestel|ext|extensie|extension)\b)",
    re.I,
)
# An office named after a landline: "024 329 9111 (kabinet)", "T 0527 689 800 (HAVENKANTOOR,
# 24/7)". Not after a mobile number: "06 ... (24/7)" is someone on call.
_OFFICE_LINE_AFTER = re.compile(
    r"[ \t]*\(?(?:[\w&/-]{1,12},[ \t]*)?(?:[a-z]+kantoor|24/7|kabinet)", re.I
)
# Mobile numbers abroad, by their country's mobile prefix (France, the UK, Germany,
# Belgium): never an office's switchboard. (+31 numbers are read as Dutch ones.)
_FOREIGN_MOBILE = re.compile(r"^\+(?:33[ .]?[67]|44[ .]?7|49[ .]?1[5-7]|32[ .]?4)")
# A meeting's dial-in number, with the meeting's code after it: "+31 20 794 7345,,620445918#",
# "+599 717 8888, vergadercode 4471 0093".
_DIAL_IN_AFTER = re.compile(
    r"(?:,,\d|[ \t]*,?[ \t]*(?i:vergadercode|conferentie-?id|conference[ \t]+id|meeting[ \t]+id|"
    r"pincode|toegangscode|vergader-id))"
)
_PHONE_CONTEXT = re.compile(
    r"(?:\b[TMF]\b\.?|tel\.?|telefoon|telefoonnummer|mobiel|mob\.?|fax|bellen|gsm|nummer)\s*:?\s*$",
    re.IGNORECASE,
)


# Numbers abroad: "+48 512 884 301", "+1 202 623 4471", "+32 (0)2 501 85 11"; 8 to 15 digits
# in groups. Dutch numbers (+31) are read by _PHONE.
_FOREIGN_PHONE = re.compile(
    r"(?<![\w/.+-])\+(?!31)[1-9]\d{0,2}(?:[ .\-]?\(0\))?(?:[ .\-\n]?\(?\d{1,4}\)?){2,5}(?![\d-])"
)


class DutchPhoneRecognizer(_RegexRecognizer):
    ENTITY = "PHONE_NUMBER"
    NAME = "DutchPhoneRecognizer"

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        yield from self._foreign(text)
        yield from self._dutch(text)

    def _foreign(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _FOREIGN_PHONE.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if not 8 <= len(digits) <= 15:
                continue
            if _SWITCHBOARD_AFTER.match(text[m.end() : m.end() + 30]) or _DIAL_IN_AFTER.match(
                text, m.end()
            ):
                continue
            before = text[max(0, m.start() - 60) : m.start()]
            if _switchboard_before(before) and not _PHONE_CONTEXT.search(before[-25:]):
                continue  # "Hun algemene nummer is +599 416 3262"
            if re.search(r"(?:[ .\-]0|00)$", m.group()) and not _FOREIGN_MOBILE.match(m.group()):
                # "+33 1 45 24 82 00", "+297 528 4900": an office's switchboard; "+49 30 1817 0":
                # a German office's exchange ("-0"). Direct lines abroad are written in full.
                continue
            yield m.start(), m.end(), 0.85, "phone number abroad (+ and country code)"

    def _dutch(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        found: list[tuple[int, int, float, str, str]] = []
        organisations: set[str] = set()  # numbers the text shows to be an organisation's
        for m in _PHONE.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if digits.startswith("0031"):
                digits = "0" + digits[4:]
            elif digits.startswith("31") and m.group().lstrip("(").startswith("+"):
                digits = "0" + digits[2:]
            if digits.startswith("00"):
                digits = digits[1:]  # "+31 (0)70": the (0) is not dialled
            if len(digits) != 10 or not digits.startswith("0"):
                continue
            if _IBAN_HEAD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "NL02 TRIO 0390 4417 05": the digits of an account number
            if _DATE_INSIDE.search(m.group()):
                continue  # "09-10-2024 22:14": a date and a time, not a number to call
            if _YEAR_IN_REFERENCE.fullmatch(m.group()):
                continue  # "onder nummer 0318-2025-51": a case number with its year
            verdict = self._judge(text, m, digits)
            if verdict is None:
                organisations.add(digits)
            else:
                found.append((m.start(), m.end(), *verdict, digits))
        # A number shown once as an organisation's ("het algemene persnummer 070 ...") is that
        # wherever it stands ("Pers: 070 ..." in the signature).
        for start, end, score, why, digits in found:
            if digits not in organisations:
                yield start, end, score, why

    def _judge(self, text: str, m: re.Match, digits: str) -> tuple[float, str] | None:
        """Score and reason for a Dutch phone number, or None for an organisation's number."""
        # Most clues below mark a landline as an office's; a mobile number stays someone's own.
        mobile = digits.startswith("06")
        # 0800/0900 numbers belong to organisations, not to people; so do the known
        # general numbers of ministries and agencies. 088 lines can be either.
        if digits.startswith(("0800", "0900", "0909")):
            return None
        if _FAX_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return None  # a fax number is an office's machine, not a person's line
        if digits in KNOWN_SWITCHBOARDS:
            return None
        if _SERVICE_LINE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return None
        if under_an_organisations_letterhead(text, m.start()):
            return None
        if digits.endswith("000") and not mobile:
            return None  # "070 751 4000": a switchboard; direct lines do not end in 000
        if _DIAL_IN_AFTER.match(text, m.end()):
            return None  # a meeting's dial-in number
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not mobile and _POSTBUS_LETTERHEAD.search(text, line_start, m.start()):
            return None  # "Postbus 156, 2300 AD Leiden | T 071 306 3063": the letterhead's
        if (
            not mobile
            and _ADDRESS_LETTERHEAD.search(text, line_start, m.start())
            and _organisation_above(text, line_start)
        ):
            return None  # "ADVOCATENKANTOOR X\nWestblaak 180, 3012 KN Rotterdam | T 010 ..."
        service = _SERVICE_BEFORE.search(text, max(0, m.start() - 120), m.start())
        if service and not mobile and not any(
            lexicon.is_first_name(w) and not lexicon.is_common_word(w)
            for w in re.findall(r"\b[A-Z][a-z]+\b", service.group("between"))
        ):
            return None  # an organisation's service line, not a civil servant's own number
        # A desk's landline; a mobile number after "Pers:" is the spokesperson's own.
        if not mobile and _DESK_RIGHT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return None  # "Nummer van hun secretariaat: 070 ...", "Pers: 070 ..."
        mailbox = _MAILBOX_THEN_NUMBER.search(text, max(0, m.start() - 80), m.start())
        if mailbox and not mobile and is_functional_mailbox(mailbox.group(1), text):
            return None  # "Secretariaat DPO: dpo-secretariaat@minocw.nl, 070 ..."
        before = text[max(0, m.start() - 25) : m.start()]
        if _switchboard_before(before):
            return None  # "het algemene nummer 0118 631 011": the label is the switchboard's
        has_context = bool(_PHONE_CONTEXT.search(before))
        if not mobile and _OFFICE_LINE_AFTER.match(text, m.end(), m.end() + 30):
            return None
        if _SWITCHBOARD_AFTER.match(text[m.end() : m.end() + 30]) or (
            not has_context
            and _switchboard_before(text[max(0, m.start() - 60) : m.start()])
        ):
            return None
        # Reference numbers also have ten digits but no spaces in phone rhythm; 06/070/+31
        # forms are phone numbers on their own, others need a label.
        mobile_or_intl = mobile or "+" in m.group() or "(" in m.group()
        grouped = bool(re.search(r"[ \-.]", m.group()))
        if has_context:
            score, why = 0.95, "Dutch phone number after a phone label"
        elif mobile_or_intl or grouped:
            score, why = 0.85, "Dutch phone number (numbering plan: 10 digits, trunk 0)"
        else:
            score, why = 0.5, "ten-digit number in Dutch phone format without a label"
        return score, why


# --- IBAN ----------------------------------------------------------------------------------
# Groups may be broken over two lines: "BE68 5390\n0754 7034".
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \n]?[A-Z0-9]{4}){2,7}(?:[ \n]?[A-Z0-9]{1,3})?\b")
# Columns of tables that hold account numbers.
IBAN_COLUMN_HEADERS = frozenset(("iban", "rekeningnummer", "bankrekening", "bankrekeningnummer"))


def has_iban_shape(value: str) -> bool:
    """Whether `value` is shaped like an IBAN, its checksum right or not."""
    return bool(_IBAN.fullmatch(value.strip()))


def is_public_body_account(iban: str) -> bool:
    """BNG Bank keeps accounts of public bodies only, never a person's."""
    return re.sub(r"\s", "", iban)[4:8].upper() == "BNGH"


def iban_is_valid(candidate: str) -> bool:
    s = re.sub(r"\s", "", candidate).upper()
    if not 15 <= len(s) <= 34 or not s.isalnum():
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    rearranged = s[4:] + s[:4]
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return int(numeric) % 97 == 1


class IbanChecksumRecognizer(_RegexRecognizer):
    ENTITY = "IBAN_CODE"
    NAME = "IbanChecksumRecognizer"

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _IBAN.finditer(text):
            value = m.group().rstrip()
            # The greedy pattern may swallow a following word; shrink until the checksum holds.
            while value and not iban_is_valid(value):
                cut = value.rfind(" ")
                if cut < 15:
                    value = ""
                    break
                value = value[:cut]
            score, why = 1.0, "IBAN with a valid mod-97 checksum"
            if not value and _IBAN_LABEL.search(text, max(0, m.start() - 40), m.start()):
                # "IBAN: NL21 INGB 0006 5839 21" with a typing error is still the account
                # number of whoever the text is about
                value, score, why = m.group().rstrip(), 0.85, "IBAN shape after an account label"
            if not value:
                shape = _DUTCH_IBAN_SHAPE.match(text, m.start())
                if shape:
                    value, score, why = shape.group(), 0.85, "Dutch IBAN shape with a bank's code"
            if not value:
                continue
            # "rekening NL77 INGB ... van Stichting Samen Sterk": an organisation's account.
            holder = _ACCOUNT_HOLDER.match(text, m.start() + len(value))
            if holder and names_an_organisation(holder.group("holder")):
                continue
            if is_public_body_account(value):
                continue
            # "Anne Frank Stichting<tab>41198651<tab>NL60 ABNA ...": a table row that opens with
            # an organisation's name holds that organisation's account.
            line_start = text.rfind("\n", 0, m.start()) + 1
            row_head = _ROW_HEAD.match(text, line_start, m.start())
            if row_head and names_an_organisation(row_head.group(1)) and not (
                _IBAN_LABEL.search(row_head.group(1))
            ):
                continue
            yield m.start(), m.start() + len(value), score, why


# The first cell of a table row, before its first number: a few capitalised words, no
# sentence ("Anne Frank Stichting  41198651  NL60 ABNA ...").
_ROW_HEAD = re.compile(
    r"((?:[A-Z0-9][\w&'’.-]*|en|van|voor|de|het)(?:[ ][\w&'’.-]+){0,5})[ \t]+(?=\d|[A-Z]{2}\d\d)"
)
# "uw rekeningnummer\n(NL69 ...)": the label may end the line above
_IBAN_LABEL = re.compile(
    r"(?i)\b(?:iban|rekening\w*|bankrekening\w*|account)\b(?:[^\n\d]|\n(?![ \t]*\n)){0,25}$"
)
# A Dutch account number with the code of a Dutch bank: an account number even with a typing
# error in its checksum ("storten op NL27 RABO 0301 8826 54"); nothing else has this shape.
_DUTCH_IBAN_SHAPE = re.compile(
    r"NL\d\d[ ]?(?:ABNA|INGB|RABO|SNSB|ASNB|RBRB|TRIO|KNAB|BUNQ|FVLB|NNBA|REVO|HAND|DEUT)"
    r"(?:[ ]?\d{4}){2}[ ]?\d{2}"
)
# The account holder after an IBAN: "van Stichting X", "t.n.v. Gemeente Y", "(ten name van ...)".
_ACCOUNT_HOLDER = re.compile(
    r"[ \t\n]*\(?(?:van|t\.n\.v\.|ten[ \t]+name[ \t]+van|of|held[ \t]+by)[ \t\n]+"
    r"(?:de[ \t]+|het[ \t]+|the[ \t]+)?(?P<holder>[^\n,.;()]{2,60})"
)


# --- BSN -----------------------------------------------------------------------------------
# Nine digits, grouped 3-3-3, 4-2-3 or 4-3-2 ("4270 913 78"), or eight (a BSN's leading 0 gone).
_BSN = re.compile(
    r"(?<![\w.-])(\d{3}([ .])\d{3}\2\d{3}|\d{4}([ .])\d{2}\3\d{3}|\d{4}([ .])\d{3}\4\d{2}"
    r"|\d{9}|\d{8})(?![\w-]|[.,]\d)"
)
# The labels of a BSN, also the old "sofinr." and the "PGN" (persoonsgebonden nummer) of
# schools' and municipalities' records
_BSN_LABELS = (
    r"bsn|burgerservicenummer|sofinummer|sofi-nummer|sofinr\.?|bsn-nummer|pgn"
    r"|persoonsgebonden[ \t]+(?:nummer|nr\.?)"
)
_BSN_CONTEXT = re.compile(rf"\b({_BSN_LABELS})(?!\w)", re.I)
_BSN_LABEL_RIGHT_BEFORE = re.compile(rf"(?i)\b(?:{_BSN_LABELS})[ \t]*[:.(]?[ \t]*$")
_PERSON_CONTEXT = re.compile(
    r"\b(?:mevrouw|de heer|dhr\.|mw\.|betrokkene|burger|klager|verzoeker|cliënt|client|aanvrager|"
    r"slachtoffer|verdachte|patiënt|leerling|kind|bewoner)\b",
    re.IGNORECASE,
)
_PERSON_AFTER = re.compile(
    r"[ \t\n]*(?:,[ \t\n]*)?(?:van|voor|op naam van)[ \t\n]+(?:de[ \t\n]+)?"
    + _PERSON_CONTEXT.pattern.replace(r"\b(?:", "(?:", 1),
    re.IGNORECASE,
)
# Compounds count too: "Dossiernummer DUO:", "zaakkenmerk"; "KvK 09187364" is a company's.
_REFERENCE_CONTEXT = re.compile(
    r"\w*(?:kenmerk|referentie|nummer|dossier|kamerstuk|artikel|bedrag)\w*|\bnr\.?|\bkvk\b",
    re.I,
)


def elfproef(digits: str) -> bool:
    """The BSN eleven test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11."""
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    total -= int(digits[8])
    return total % 11 == 0


BSN_COLUMN_HEADERS = frozenset(("bsn", "burgerservicenummer", "bsn-nummer", "sofinummer"))
# Columns of numbers that each name one person: a register of clients, taxpayers, staff.
PERSON_NUMBER_COLUMN_HEADERS = frozenset((
    "klantnummer", "klantnr", "klantnr.", "subjectnummer", "subjectnr", "subjectnr.",
    "relatienummer", "relatienr", "relatienr.", "cliëntnummer", "clientnummer", "cliëntnr",
    "aanslagnummer", "persoonsnummer", "personeelsnummer", "v-nummer", "vreemdelingennummer",
))
_PERSON_NUMBER_HEADER_WORD = re.compile(
    r"(?i)\b(?:klantn|subjectn|relatien|cli[eë]ntn|aanslagn|persoonsn|personeelsn|v-nummer|"
    r"vreemdelingenn)"
)
# A number in such a column: digits, perhaps grouped or after a few letters ("K-2024-0091").
PERSON_NUMBER_CELL = re.compile(
    r"(?!\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$)(?:[A-Z]{1,4}-?)?\d[\d .\-/]{2,18}\d"  # not a date
)


class BsnRecognizer(_RegexRecognizer):
    ENTITY = "NL_BSN"
    NAME = "BsnRecognizer"

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        in_bsn_column = {
            (cell.start(), cell.end()) for _, cell in text_column_cells(text, BSN_COLUMN_HEADERS)
        }
        for m in _BSN.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if not elfproef(digits):
                if len(digits) == 9 and _BSN_LABEL_RIGHT_BEFORE.search(
                    text, max(0, m.start() - 30), m.start()
                ):
                    # Right after its label it is the person's number, even with a typing
                    # error in it (or a made-up one in an example).
                    yield m.start(), m.end(), 0.9, "nine digits right after a BSN label"
                continue
            # runs of spaces collapsed: a colophon's "BSN" stands on the line above, at the
            # page's right edge
            before = re.sub(r"[ \t]{2,}", " ", text[max(0, m.start() - 300) : m.start()])[-60:]
            if (m.start(), m.end()) in in_bsn_column:
                yield m.start(), m.end(), 1.0, "BSN: passes the elfproef, in a BSN column"
            elif _BSN_CONTEXT.search(before):
                yield m.start(), m.end(), 1.0, "BSN: passes the elfproef, labelled as BSN"
            elif _PERSON_AFTER.match(text, m.end(), m.end() + 40) and re.search(
                r"(?i)\b(?:het|dit|zijn|haar|het persoonlijke)[ \t\n]+nummer[ \t\n]*$", before
            ):
                # "het nummer 255482802 van de heer Soekhlal": a person's own number.
                yield m.start(), m.end(), 0.6, "nine digits passing the elfproef, a person's number"
            elif not _REFERENCE_CONTEXT.search(before[-30:]):
                grouped = bool(re.search(r"\D", m.group()))
                # A person before the number, or right after it ("255482802 van mevrouw X").
                person = _PERSON_CONTEXT.search(
                    text[max(0, m.start() - 120) : m.start()]
                ) or _PERSON_AFTER.match(text, m.end(), m.end() + 40)
                if grouped or person:
                    # BSN grouping (123 456 782) or a person nearby: most likely a BSN.
                    yield m.start(), m.end(), 0.6, "nine digits passing the elfproef near a person"
                else:
                    yield m.start(), m.end(), 0.45, "nine digits passing the elfproef, no BSN label"


# --- addresses -----------------------------------------------------------------------------
_STREET_SUFFIX = (
    "straat|laan|weg|plein|gracht|kade|singel|dijk|hof|park|steeg|dreef|pad|markt|wal|baan|"
    "plantsoen|erf|veld|bolwerk|haven|boulevard|allee|hout|zijde|burgwal|donk|"
    "hoven|akker|weide|polder|straatweg|kanaal|dyk|strjitte|duin"
)
# "12-bis", "4-A", "220-III", "880 bg", "212 3 hoog", "14 zwart".
# "3bis", "14-hs", "8-bg": also written on to the number.
_HOUSE_NUMBER_ADDITION = (
    r"(?:[ \t]?-[ \t]?(?:\d{1,4}|I{1,3}|IV|hoog|huis|bis|hs|bg|[A-Za-z])(?![\w])"
    r"|[ \t](?:hs|bis|I{1,3}|IV|zwart|rood|bg|\d{1,2}(?:e|de)?[ \t-]?(?:hoog|verdieping))(?![\w])"
    # "Weimarstraat 312, 2e verdieping"
    r"|,[ \t]\d{1,2}(?:e|de|ste)[ \t](?:verdieping|etage)(?![\w])"
    r"|(?<=\d)(?:bis|hs)(?![\w]))?"
)
# Particles inside a street name: "Johan de Wittlaan", "Wethouder van Essenstraat".
_STREET_PARTICLES = "van der|van den|van de|van 't|van|de|der|den|ter|ten"
# Streets named after a title holder: "Wethouder van Essenstraat", "Burgemeester de Withstraat".
_STREET_TITLES = (
    "Burgemeester|Wethouder|Dokter|Pastoor|Professor|Generaal|Koningin|Koning|Prins|Prinses|"
    "Graaf|Gravin|Jonkheer|Minister|President|Kapitein|Admiraal|Pater|Meester|Notaris|Baron|"
    "Hertog|Kardinaal|Dominee|Schout|Ridder"
)
_STREET = re.compile(
    rf"(?<![\w])(?:(?:{_STREET_TITLES}|[{UPPER}][{LOWER}]+)[ \t]+(?:[{UPPER}][{LOWER}.]+[ \t]+)*"
    rf"(?:{_STREET_PARTICLES}){SP})?"
    # one space between the words of a street: a wider gap is a table's next cell; a line
    # may wrap only after a particle ("wonend aan de Van\nWoustraat 201-2")
    rf"(?:(?:{_TV_CAP}|[{UPPER}][{LOWER}]+)[ ]|(?:{_TV_CAP})[ \t]*\n[ \t]*)*"
    # "IJsseldijk": a street may open with the capital IJ
    rf"(?:IJ|[{UPPER}])[{LOWER}]*(?:-[{UPPER}][{LOWER}]*)*(?:{_STREET_SUFFIX})"
    rf"(?:-(?:Oost|West|Noord|Zuid))?"
    # the number on the same line: "gedeputeerde Joost Kraaijeveld\n3. Motie" is no address;
    # on the next line only where the address goes on ("Berkenlaan\n23, 3931 RK"), as when a
    # word processor wraps the line between the street and its number
    # (not across a run of spaces: "werkbezoek Houtribdijk        132" is a table's next cell)
    rf"(?:(?:[ \u00a0]{{1,2}}|\t+)\d{{1,5}}(?:[ \t]?[a-zA-Z](?![\w]))?{_HOUSE_NUMBER_ADDITION}"
    rf"|[ \t]*\n[ \t]*\d{{1,5}}(?:[ \t]?[a-zA-Z](?![\w]))?{_HOUSE_NUMBER_ADDITION}"
    rf"(?=,?[ \t]+[1-9]\d{{3}}[ \t]?[A-Z]{{2}}(?![\w])|,[ \t]*(?-i:[A-Z])))"
)
def street_starts_at(text: str, pos: int) -> bool:
    """Whether a street and house number start at `pos` ("Jan van Galenstraat 112-III", or
    "Laan van Meerdervoort 512" above a postcode)."""
    return bool(_STREET.match(text, pos) or _STREET_ABOVE_POSTCODE.match(text, pos))


# "Oude Delft 112A, 2611 CG Delft", "Lange Voorhout 9, 2514 EA": a street without a street
# word, known by the postcode after it.
_STREET_BEFORE_POSTCODE = re.compile(
    rf"(?<![\w])(?:[{UPPER}][{LOWER}]+[ \t]+(?:van der|van den|van de|van 't|van|de|der|den|op)"
    rf"[ \t]+)?(?:(?:{_TV_CAP}|[{UPPER}][{LOWER}]+)[ ]){{1,3}}\d{{1,5}}"
    rf"(?:[ \t]?[a-zA-Z](?![\w]))?{_HOUSE_NUMBER_ADDITION}"
    rf"(?=,?[ \t]+[1-9]\d{{3}}[ \t]?[A-Z]{{2}}(?![\w]))"
)
# Streets in Papiamentu (Bonaire, Curaçao, Aruba): "Kaya Gobernador N. Debrot 54", "Kaminda
# Sorobon z/n". "Kaya" is also a Turkish name ("M. Kaya"): as a street it is followed by a
# house number, or the document is about the Caribbean part of the Kingdom.
_PAPIAMENTU_STREET_NAME = (
    rf"\b(?:Kaya|Caya|Kaminda)[ ]+"
    rf"(?:(?:[{UPPER}][{LOWER}'’-]*\.?|(?:[{UPPER}]\.){{1,3}}|di|de|la|pa)[ ]+){{0,3}}"
    rf"[{UPPER}][{LOWER}'’-]*"
)
_PAPIAMENTU_STREET = re.compile(
    rf"{_PAPIAMENTU_STREET_NAME}[ ]+(?:\d{{1,4}}(?:[ ]?[a-zA-Z](?![\w]))?(?:-\d{{1,4}})?|z/n)"
    rf"(?![\w/])"
)
_PAPIAMENTU_STREET_NAME_RE = re.compile(_PAPIAMENTU_STREET_NAME)
_CARIBBEAN = re.compile(
    r"\b(?:Bonaire|Kralendijk|Rincon|Curaçao|Willemstad|Aruba|Oranjestad|Caribisch Nederland|"
    r"Sint Eustatius|Statia|Saba|BES-eilanden|Caribische)\b"
)


_LEADING_OFFICE = re.compile(
    r"(?i:landrat|landrätin|ministerpräsident(?:in)?|ministerin|bürgermeister(?:in)?|"
    r"oberbürgermeister(?:in)?|städteregionsrat|städteregionsrätin|"
    # English: "Secretary-General Mathias Cormann", "Vice-President Jane Opoku-Agyemang"
    r"secretary-general|vice-president|president|commissioner|director-general)[ \t\n]+"
)


_ACADEMIC_TITLES = re.compile(r"(?:(?i:dr|prof|mr|ir|drs)\.[ \t]+)*")


def leading_office(text: str, start: int, end: int) -> int | None:
    """Where the name begins in text[start:end] when it opens with a foreign office and an
    academic title ("Landrat Dr. Stefan Borgmann"); None if it does not."""
    office = _LEADING_OFFICE.match(text, start, end)
    if office is None:
        return None
    title = _ACADEMIC_TITLES.match(text, office.end(), end)
    return title.end() if title.end() < end else None


def _codes_after_names(text: str) -> Iterable[tuple[int, int, float, str]]:
    """A person's code later on the line of their name, as attendance lists and paraph
    tables give it: its capitals are the name's initials (given name or initials, then each
    part of the surname: "F. Bakker-Yilmaz" FBY, "Tryntsje Hiemstra" TjH)."""
    why = "initials of the person named on the same line"
    for line in re.finditer(r"[^\n]+", text):
        row = line.group()
        names = list(_ROW_NAME.finditer(row))
        if not names:
            continue
        for m in _ROW_CODE.finditer(row):
            code = m.group("code")
            caps = "".join(c for c in code if c.isupper())
            if len(caps) < 2 or code in _ABBREVIATIONS or code.lower() in _KNOWN_ORGS:
                continue
            for name in names:
                if name.end() > m.start():
                    break
                given = name.group("given")
                if given and not (lexicon.is_first_name(given) and not lexicon.is_common_word(
                    given
                )):
                    continue  # "Nederlands Jeugdinstituut": no given name, no person
                if looks_like_organisation(name.group()):
                    continue
                first = (name.group("initials") or given)[0]
                parts = [p[0] for p in name.group("sur").split("-")]
                if caps[0] == first and caps[-1] == parts[-1] and (
                    len(caps) == 1 + len(parts) or caps[1:] == "".join(parts)
                    or (name.group("initials") and caps[:-len(parts)] == name.group(
                        "initials").replace(".", ""))
                ):
                    yield line.start() + m.start(), line.start() + m.end(), 0.7, why
                    break


def papiamentu_streets(text: str) -> list[tuple[int, int]]:
    """Spans of Papiamentu street names: with a house number anywhere, without one only in a
    document about the Caribbean Netherlands, Aruba or Curaçao."""
    spans = [(m.start(), m.end()) for m in _PAPIAMENTU_STREET.finditer(text)]
    if _CARIBBEAN.search(text):
        spans += [(m.start(), m.end()) for m in _PAPIAMENTU_STREET_NAME_RE.finditer(text)]
    return spans


# "Laan van Meerdervoort 512\n2563 BK Den Haag": the line of an address block above its
# postcode, whatever the street's shape.
_STREET_ABOVE_POSTCODE = re.compile(
    rf"(?<![\w])(?:(?:{_TV_CAP}|{_TV}|[{UPPER}][{LOWER}'’.-]+)[ ]){{1,5}}\d{{1,5}}"
    rf"(?:[ \t]?[a-zA-Z](?![\w]))?{_HOUSE_NUMBER_ADDITION}"
    rf"(?=[ \t]*\n[ \t]*[1-9]\d{{3}}[ \t]?[A-Z]{{2}}(?![\w]))"
)
_BRACKETS_LATER_ON_THE_LINE = re.compile(r"[^\n]*?\(([^()\n]{3,60})\)")
_NOT_A_STREET = re.compile(r"(?i)\b(?:postbus|antwoordnummer|bus|kamer|nummer|nr)\b")
_POSTCODE_CITY = re.compile(
    # "5612\nCK Eindhoven": a line may wrap inside the postcode
    rf"(?<![\w])[1-9]\d{{3}}(?:[ \t]?|[ \t]*\n[ \t]*)[A-Z]{{2}}(?![\w])"
    rf"(?:{SP}(?:{TV}[ \t]+|['’]s-)?(?:IJ|[{UPPER}])[{LOWER}']+(?:-(?:IJ|[{UPPER}])?[{LOWER}]+)*"
    # "Krimpen aan den IJssel", "Alphen aan den Rijn", "Bergen op Zoom", "Den Haag"
    rf"(?:[ \t](?:aan[ \t]+(?:de|den|het)|op|in|bij)[ \t]+(?:IJ|[{UPPER}])[{LOWER}]+"
    rf"|[ \t][{UPPER}][{LOWER}]+)?"
    # a letter's address in capitals, on the postcode's line: "3081 HZ  ROTTERDAM"
    rf"|[ \t]{{1,3}}(?:['’]S-)?[{UPPER}]{{2,}}(?:[- ][{UPPER}]{{2,}}){{0,3}}(?![\w]))?"
)


def _postcode_across_lines_ok(found: str) -> bool:
    """A postcode broken over two lines ("5612\nCK Eindhoven") counts only with its town
    after it: four digits at a line's end and two capitals opening the next are otherwise
    as likely a year and an acronym ("2024\nDG Agro")."""
    digits, _, rest = found.partition("\n")
    if not rest or not digits.strip().isdigit():
        return True
    town = rest.strip()[2:].strip()
    return bool(town) and lexicon.is_place(town)


_ORG_ADDRESS_CONTEXT = re.compile(
    r"postbus|ministerie|directie|bezoekadres|postadres|rijksoverheid|www\.|ministry|"
    r"department|directorate|embassy|ambassade|"
    r"rijksdienst|agentschap|instituut|inspectie|[a-z]*kantoor\b|"
    r"(?m:^[ \t]*(?:gemeente|provincie)\b)",
    re.I,
)
# "Ministerie van BZK, Turfmarkt 147": the organisation right before its address.
_ORG_ADDRESS_BEFORE = re.compile(
    r"(?:postbus|ministerie|directie|bezoekadres|postadres|rijksdienst|agentschap|instituut|"
    r"inspectie|hoofdkantoor)[^.()\n]{0,30}[,|:]\s*$"
    # "raadzaal stadhuis, Grote Kerkplein 14", "rijkskantoor Rijnstraat 8": a public building
    r"|(?:stadhuis|gemeentehuis|raadhuis|provinciehuis|provinsjehûs|gouvernementshuis|rijkskantoor|"
    r"bestuurskantoor|gemeentekantoor|waterschapshuis|raadzaal|statenzaal|[a-z]*kantoor)"
    # "Gemeentehuis Ede, Bergstraat 4": the building with its town
    r"(?:[ \t]+[A-Z][\w'’-]+){0,2}[ \t]*[,:]?[ \t]*$"
    # "Adres inrichting<tab>Ladonkseweg 12": the label of a business's or an office's address
    r"|\b(?:vestigingsadres|bedrijfsadres|kantooradres|adres[ \t]+(?:inrichting|bedrijf|"
    r"vestiging|kantoor))[ \t]*:?[ \t]*$",
    re.I,
)
# "Plaats: Pettelaarpark 70", "Locatie: Wetterskipshûs, Harlingerstraatweg 113": where a
# meeting of a public body is held, in the heading of its minutes or agenda.
_MEETING_PLACE_BEFORE = re.compile(
    r"(?im)^[ \t]*(?:plaats|locatie|vergaderlocatie|vergaderplaats|adres[ \t]+vergadering)"
    r"[ \t]*:[^:\n]{0,40}$"
)
# Minutes, agendas and decision lists say so in their heading (a police report's "Locatie:"
# may be someone's home).
_MEETING_DOCUMENT = re.compile(
    r"(?i)vergadering|agenda|notulen|verslag|besluitenlijst|bijeenkomst|overleg|werksessie"
)
# "het kantoor van de Belastingdienst komt aan de ...": the premises of an organisation.
_PREMISES_BEFORE = re.compile(
    r"(?i)\b(?:\w*(?:kantoor|kantoren|vestiging|locatie|gebouw|pand|kazerne|laboratori(?:um|a))"
    # a business's or an institution's premises: "uw terrein aan de", "uw eetcafé aan de",
    # "verpleeghuis Huize Dr. Hollander aan de"
    r"|terrein|bedrijfsterrein|eetcafé|café|restaurant|winkel|kapsalon|verpleeghuis|"
    r"zorgcentrum|ziekenhuis"
    r"|huisvesting van)\b"
    # the full stop of an initial or a title may stand between ("Huize Dr. Hollander")
    r"(?:[^.;\n]|(?<=\b[A-Z])\.|(?<=\bDr)\.|(?<=\bSt)\.){0,60}?"
    r"\b(?:aan|op|in)(?:[ \t\n]+de)?[ \t\n]+$"
    # "het RIVM aan de Antonie van Leeuwenhoeklaan 9": an organisation by its acronym
    r"|\b(?:het|de)[ \t]+(?-i:[A-Z]{2,6})[ \t]+(?:aan|op)(?:[ \t\n]+de)?[ \t\n]+$"
)


def _org_before_bracket(before: str) -> bool:
    """"het Erasmus MC (Dr. Molewaterplein 40": an organisation with its address in brackets."""
    m = re.search(r"([\w&.'’-]+(?:[ \t]+[\w&.'’-]+){0,4})[ \t]*\([ \t]*(?:[\w.]+[ \t]+)?$", before)
    if not m:
        return False
    words = m.group(1).split()
    return looks_like_organisation(m.group(1)) or looks_like_organisation(words[-1])


def _org_heads_line(before: str) -> bool:
    """"Nationaal Archief, Prins Willem-Alexanderhof 20, ...": the line opens with an
    organisation, then its address."""
    if "," not in before:
        return False
    return names_an_organisation(before.split(",")[0])


def _addressed_to_organisation(text: str, start: int) -> bool:
    """An addressee block of an organisation: "Stichting X\nt.a.v. het bestuur\nDrostestraat
    20", "Van den Broek Tuinbouw B.V.\nt.a.v. mevrouw R. Zwinkels, directeur\nNaaldwijkseweg
    210". The address is the organisation's, whoever it is for the attention of."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or line_start < 2:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    if _STREET.match(text, above_start) and above_start > 1:  # the postcode under the street
        above_start = text.rfind("\n", 0, above_start - 1) + 1
    if not re.match(r"(?i)[ \t]*(?:t\.a\.v\.|ter[ \t]+attentie[ \t]+van)", text[above_start:]):
        return False
    org_start = text.rfind("\n", 0, max(above_start - 1, 0)) + 1 if above_start else 0
    return names_an_organisation(text[org_start : max(above_start - 1, org_start)])


def _organisation_above(text: str, line_start: int) -> bool:
    """Whether the line that starts at `line_start`, or the line above it, names an
    organisation (its name, an organisation word, or the building it sits in)."""
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else 0
    line_end = text.find("\n", line_start)
    window = text[above : line_end if line_end >= 0 else len(text)]
    if any(
        lexicon.is_first_name(w) and not lexicon.is_common_word(w)
        for w in re.findall(rf"\b[{UPPER}][{LOWER}]+\b", window)
    ):
        return False  # "Ayşe Brouwer-Çelik | selectiefunctionaris | PI Vught": a signature
    return bool(_ORGANISATION_CUE.search(window)) or names_an_organisation(window)


def under_an_organisations_letterhead(text: str, start: int) -> bool:
    """Whether what starts at `start` is on a line right under an organisation's own address
    block, with only address lines between: "Provincie Utrecht\nArchimedeslaan 6\n3584 BA
    Utrecht\nPostbus 80300, 3508 TH Utrecht\nT 030 258 9111" is the province's number. The
    block opens with the organisation; a signature has a person's name above it."""
    line_start = text.rfind("\n", 0, start) + 1
    if not re.fullmatch(r"[ \t]*(?:T|Tel|Telefoon)?[ \t:.]*", text[line_start:start]):
        return False
    address_lines = 0
    pos = line_start
    while pos > 1:
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start : pos - 1].strip()
        if not line:
            return False  # the block ended before an organisation was named
        if re.match(r"(?i)postbus\b", line) or _POSTCODE_CITY.search(line) or (
            _STREET.match(line)
        ):
            address_lines += 1
            pos = prev_start
            continue
        if not address_lines or not names_an_organisation(line):
            return False
        # Every line above, up to the blank line that opens the block, names an
        # organisation too ("Provincie Gelderland\nHuis der Provincie").
        while prev_start > 1:
            pos = prev_start
            prev_start = text.rfind("\n", 0, pos - 1) + 1
            line = text[prev_start : pos - 1].strip()
            if not line:
                return True
            if not names_an_organisation(line):
                return False
        return True
    return False


_CARE_OF = re.compile(r"(?i)[ \t]*(?:p/a|p\.a\.|per[ \t]+adres)\b")
_ATTENTION_OF = re.compile(
    r"(?i)[ \t]*(?:t\.?[ \t]?a\.?[ \t]?v\.?|ter[ \t]+attentie[ \t]+van|attn\.?)[ \t:]"
)
_STREET_LINE = re.compile(r"[ \t]*[^\W\d_][^\n]*[ \t]\d+[a-zA-Z]?(?:[ \t-]\S+)?[ \t]*$")


def _addressed_care_of(text: str, start: int) -> bool:
    """Whether the address starting at `start` (its street or its postcode line) is an
    organisation's that a letter is sent to for someone: "Recycling Gelderse Vallei B.V." |
    "t.a.v. de heer H.J. Hazeleger" | "Harselaarseweg 61", "De heer W.H. Brinkman" | "p/a
    Stichting Zorgcentrum De Schakel" | "Burgemeester Damenlaan 2". The person's name above
    does not make it their home."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False  # the address does not open its line
    lines: list[str] = []
    end = line_start - 1
    while end > 0 and len(lines) < 4:
        begin = text.rfind("\n", 0, end) + 1
        lines.append(text[begin:end])
        end = begin - 1
    # a postcode line: the street line above it is skipped
    if lines and _STREET_LINE.fullmatch(lines[0]):
        lines = lines[1:]
    if not lines:
        return False
    if _CARE_OF.match(lines[0]):
        return names_an_organisation(lines[0])
    return bool(
        _ATTENTION_OF.match(lines[0]) and len(lines) > 1 and names_an_organisation(lines[1])
    )


def _org_on_line_or_above(text: str, start: int) -> bool:
    """A known organisation on the address's own line before it or on the line above, as in a
    signature ("... | Senior adviseur | KNMI\nUtrechtseweg 297, De Bilt")."""
    line_start = text.rfind("\n", 0, start) + 1
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else line_start
    window = text[above:start]
    if len(window.split()) > 16 or _CITIZEN_WORDS.search(window):
        return False  # prose, or a citizen named right there: "klacht van mevrouw X tegen UWV"
    return names_an_organisation(window)


# Someone's home: an address after these words is personal data whatever else is near.
_CITIZEN_WORD = (
    r"(?:woon\w*|wonende|verblijf\w*|huisadres|thuisadres|adres van|klager|verzoeker|"
    # not the "Volkshuisvesting" or "Woningbouw" of a ministry's or a directorate's name
    r"(?<!volks)huisvesting|woning(?:en)?\b|slaapplaats|mevrouw|de heer|dhr\.|mw\.|"
    r"betrokkene|bewoner|huurder|eigenaar|fam\.|(?-i:familie)|"
    # "mijn postadres is"; not "Mijn DUO", a portal
    r"(?-i:mijn|Mijn(?![ \t]+[A-Z])))"
)
# up to the address on the same sentence; the full stops of initials ("K.P. Sardjoe") do
# not end it, nor does a line that wraps inside the sentence (a blank line does)
_CITIZEN_ADDRESS_CONTEXT = re.compile(
    rf"{_CITIZEN_WORD}(?:[^.\n]|\n(?!\n)|(?<=\b[A-Z])\.){{0,60}}$", re.I
)
_CITIZEN_WORDS = re.compile(_CITIZEN_WORD, re.I)


class _Span:
    """A match narrowed to a later start (what the address rules need of re.Match)."""

    def __init__(self, match: re.Match, start: int) -> None:
        self._match, self._start = match, start

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._match.end()

    def group(self) -> str:
        return self._match.string[self._start : self._match.end()]


_STREET_TITLE_SET = frozenset(_STREET_TITLES.split("|"))
_LEADING_WORD = re.compile(rf"([^\W\d_]+)[ \t]+(?:(?:{_STREET_PARTICLES})[ \t]+)?")
_PREPOSITIONS = frozenset(
    "aan vanaf naar op in bij via tot langs over tegenover richting nabij rond uit voor "
    "achter door".split()
)


_CAPITAL_PARTICLE_AFTER = re.compile(rf"[ \t]*(?:{_TV_CAP})[ \t]")


# Words that open a street's name: "Tweede Walstraat", "Korte Prinsengracht", "Oude Delft".
_STREET_OPENERS = frozenset(
    "Eerste Tweede Derde Vierde Vijfde Korte Lange Oude Nieuwe Grote Kleine Hoge Lage".split()
)


def _without_leading_words(m: re.Match) -> re.Match | _Span:
    """"Aan de Lindelaan 12" → "Lindelaan 12": ordinary words before a street are not part of
    it; "Johan de Wittlaan 7", "Burgemeester van Reenensingel 1" stay whole."""
    start = m.start()
    while True:
        word = _LEADING_WORD.match(m.string, start, m.end())
        if not word or word.group(1) in _STREET_TITLE_SET or word.group(1) in _STREET_OPENERS:
            break
        first = word.group(1)
        if first.lower() in lexicon.tussenvoegsels() and first.lower() not in _PREPOSITIONS:
            break  # "Van Alkemadelaan": the street's own particle
        if _CAPITAL_PARTICLE_AFTER.match(m.string, word.end()) and re.search(
            r"\d", m.string[word.end() : m.end()]
        ):
            # "Vreeswijk Van Baerlestraat 27-III": a street whose name opens with a capital
            # particle starts there; the word before it is the cell before (a surname)
            start = word.end()
            continue
        if first.lower() not in _PREPOSITIONS and not lexicon.is_common_word(first):
            break
        if not re.search(r"\d", m.string[word.end() : m.end()]) or word.end() >= m.end():
            break
        start = word.end()
    return m if start == m.start() else _Span(m, start)


# A ministry's or agency's own building, also with a range or letter after the number
# ("La Guardiaweg 94-114").
_GOVERNMENT_ADDRESS = re.compile(
    "(?:" + "|".join(re.escape(a) for a in sorted(GOVERNMENT_ADDRESSES, key=len, reverse=True))
    + r")(?![\d])"
)


_GOVERNMENT_ADDRESS_BEFORE = re.compile(_GOVERNMENT_ADDRESS.pattern + r"[ \t\n,]*$")


def _government_postcode(text: str, m: re.Match) -> bool:
    """Whether the postcode and city `m` follow a government building's street address in
    that very city: "Zuid-Hollandplein 1, 2596 AW Den Haag" is the province's address."""
    known = _GOVERNMENT_ADDRESS_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if known is None:
        return False
    street = known.group().rstrip(" \t\n,")
    city, place = GOVERNMENT_ADDRESSES[street].lower(), m.group().lower()
    return city in place or (city == "den haag" and "gravenhage" in place)


def _government_building(text: str, m: re.Match) -> bool:
    """Whether the street address `m` is a ministry's or agency's building: one of theirs,
    not followed by the postcode of another city ("Rijnstraat 8, 1079 HD Amsterdam")."""
    known = _GOVERNMENT_ADDRESS.search(m.group())
    if known is None:
        return False
    after = _POSTCODE_CITY.match(text, _SEPARATORS.match(text, m.end()).end())
    if after is None:
        return True  # no postcode right after it
    city, place = GOVERNMENT_ADDRESSES[known.group()].lower(), after.group().lower()
    return city in place or (city == "den haag" and "gravenhage" in place)


_SEPARATORS = re.compile(r"[ \t\n,]*")


class DutchAddressRecognizer(_RegexRecognizer):
    ENTITY = "NL_ADDRESS"
    NAME = "DutchAddressRecognizer"

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        seen: set[tuple[int, int]] = set()
        organisations: list[int] = []  # ends of the addresses found to be organisations'
        for pattern, what in (
            (_STREET, "street and house number"),
            (_STREET_BEFORE_POSTCODE, "street and house number before a postcode"),
            (_STREET_ABOVE_POSTCODE, "street and house number above a postcode"),
            (_PAPIAMENTU_STREET, "street and house number (Papiamentu)"),
            (_POSTCODE_CITY, "postcode"),
        ):
            for m in pattern.finditer(text):
                if pattern in (_STREET_BEFORE_POSTCODE, _STREET_ABOVE_POSTCODE) and (
                    _NOT_A_STREET.search(m.group())
                ):
                    continue  # "Postbus 16700, 2500 BS Den Haag"
                if pattern is _POSTCODE_CITY and not _postcode_across_lines_ok(m.group()):
                    continue  # "september 2024\nDG Agro": a year, then a unit's acronym
                if pattern is _POSTCODE_CITY and _MONTH_BEFORE.search(
                    text, max(0, m.start() - 12), m.start()
                ):
                    continue  # "DINSDAG 5 MAART 2013 IN DE ZAAL": a date's year
                if pattern is not _POSTCODE_CITY:
                    m = _without_leading_words(m)
                    if not re.match(r"[^\W\d_]", m.group()):
                        continue  # only the number was left
                    if any(s < m.end() and m.start() < e for s, e in seen):
                        continue  # "Kerkstraat 1, 1017 GA": found as a street already
                    seen.add((m.start(), m.end()))
                # An organisation's own address (letterhead, colofon, signature) is not personal
                # data: look for an organisation on the same line and the two lines before.
                line_start = text.rfind("\n", 0, m.start()) + 1
                for _ in range(2):
                    if line_start > 1:
                        line_start = text.rfind("\n", 0, line_start - 1) + 1
                line_end = text.find("\n", m.end())
                if line_end >= 0:  # and the line after: "2511 DP Den Haag\nPostbus 20301"
                    next_end = text.find("\n", line_end + 1)
                    line_end = next_end if next_end >= 0 else len(text)
                window = text[line_start : line_end if line_end > 0 else len(text)]
                # Letterhead and signature lines are short; a line of prose that mentions an
                # inspectorate says nothing about whose address follows.
                # An address line ("Ministerie van Financiën, Korte Voorhout 7, 2511 CW Den
                # Haag") is no prose, however many words it has.
                letterhead = "\n".join(
                    ln
                    for ln in window.split("\n")
                    if len(ln.split()) < 9 or "|" in ln or _POSTCODE_CITY.search(ln)
                )
                if _addressed_to_organisation(text, m.start()):
                    organisations.append(m.end())
                    continue
                # "Markt 11, 6811 CG Arnhem (Huis der Provincie)": the building that follows
                # on the line names whose address it is.
                named = _BRACKETS_LATER_ON_THE_LINE.match(text, m.end())
                if named and names_an_organisation(named.group(1)):
                    organisations.append(m.end())
                    continue
                if _addressed_care_of(text, m.start()):
                    organisations.append(m.end())
                    continue  # "t.a.v. de heer X" under a company, "p/a Stichting Y": theirs
                citizen = _CITIZEN_ADDRESS_CONTEXT.search(text[max(0, m.start() - 80) : m.start()])
                if pattern is _POSTCODE_CITY and not citizen and any(
                    _SEPARATORS.match(text, end).end() == m.start() for end in organisations
                ):
                    continue  # "Adres inrichting<tab>Ladonkseweg 12, 5281 RN Boxtel": its postcode
                same_line_before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()][-60:]
                if not citizen and (
                    _ORG_ADDRESS_CONTEXT.search(letterhead)
                    or _ORG_ADDRESS_BEFORE.search(same_line_before)
                    or (
                        _MEETING_PLACE_BEFORE.search(same_line_before)
                        and _MEETING_DOCUMENT.search(text, 0, 400)
                    )
                    or _PREMISES_BEFORE.search(text, max(0, m.start() - 80), m.start())
                    or _org_before_bracket(same_line_before)
                    or _org_heads_line(same_line_before)
                    or _org_on_line_or_above(text, m.start())
                ):
                    organisations.append(m.end())
                    continue
                if re.search(r"\b(?:19|20)\d\d$", m.group()) and what.startswith("street"):
                    continue  # "Reservering 2026": a year, not a house number
                if what.startswith("street") and not citizen and _government_building(text, m):
                    continue  # "Vertrek Bezuidenhoutseweg 73": the ministry's building
                if pattern is _POSTCODE_CITY and not citizen and _government_postcode(text, m):
                    continue
                yield m.start(), m.end(), 0.75, f"Dutch {what}"


# --- date of birth -------------------------------------------------------------------------
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_MONTH_BEFORE = re.compile(rf"(?i)\b(?:{_MONTHS})\.?[ \t]+$")  # "5 maart " before a year
_MONTHS_EN = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
_DOB = re.compile(
    rf"(?:\b(?:geboren|geboortedatum|geboorte\s*datum|date\s+of\s+birth|born)\b|\bgeb\.|"
    # "DOB 02-11-1968": the English abbreviation, in capitals or with its full stops
    rf"\b(?-i:DOB)\b|\bd\.o\.b\.|"
    rf"\bd\.d\.\s*geboorte)[^\d]{{0,40}}?"
    # "3-4-'71", "30 juli '85": a year of two digits after an apostrophe; "3rd November 1988"
    rf"(\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:\d{{2,4}}|['’]\d\d)|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS}|{_MONTHS_EN})\.?\s+(?:\d{{4}}|['’]\d\d))",
    re.IGNORECASE,
)


# "geboren op vijftien augustus negentienhonderdtweeënvijftig": a date written out.
_DOB_IN_WORDS = re.compile(
    rf"(?:\b(?:geboren|geboortedatum)\b|\bgeb\.)[^\d\n.]{{0,40}}?"
    rf"(\b[a-zëé]+[ \t\n]+(?:{_MONTHS})[ \t\n]+(?:negentienhonderd|tweeduizend)[a-zëé]*)",
    re.IGNORECASE,
)


DOB_COLUMN_HEADERS = frozenset(
    ("geboortedatum", "geb.datum", "geb. datum", "geboren", "date of birth", "geburtsdatum")
)
DATE_IN_CELL = re.compile(
    rf"\b(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:(?:19|20)\d\d|['’]\d\d(?!\d))"
    rf"|\d{{1,2}}[ ]+(?:{_MONTHS})\.?[ ]+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


_DOB_LABEL = re.compile(
    r"(?i)geb(?:oorte)?\.?[ ]?datum|geboren|date of birth|geburtsdatum|dob"
)
# Column headers of dates: "...datum", and the dates a register keeps under a verb
# ("Ontvangen", "Verzonden").
_DATE_LABEL = re.compile(
    r"(?i)\b(?:geb(?:oorte)?\.?[ ]?datum|geboren|date of birth|geburtsdatum|dob|"
    r"[a-z]*datum|date|ontvangen|ingekomen|verzonden|ingediend)\b"
)
# A header with a column of dates of birth; "Geboren" only beside a "Naam" column.
_DOB_HEADER_LINE = re.compile(
    r"(?im)^[^\n]*\b(?:geb(?:oorte)?\.?[ ]?datum|date of birth|geburtsdatum)\b[^\n]*$"
    r"|^(?=[^\n]*\bnaam\b)[^\n]*\bgeboren\b[^\n]*$"
)


def _cell_index(line: str, offset: int) -> int:
    """The number of the tab-separated cell of `line` that holds position `offset`."""
    return line.count("\t", 0, offset)


def _date_in_another_column(text: str, label: int, date: int) -> bool:
    """Whether the label at `label` heads a table column and the date at `date`, in a row below
    it with as many cells as the header, stands in another column: the first date of the next
    row ("Naam<tab>Geboortedatum<tab>In dienst" over "P. Jansen<tab>-<tab>01-02-2020")."""
    header_end = text.find("\n", label)
    if header_end < 0 or header_end > date:
        return False  # the date is on the label's own line
    header_start = text.rfind("\n", 0, label) + 1
    row_start = text.rfind("\n", 0, date) + 1
    row_end = text.find("\n", date)
    header, row = text[header_start:header_end], text[row_start : row_end if row_end >= 0 else None]
    if "\t" not in header or header.count("\t") != row.count("\t"):
        return False  # no cells to align: the date may well be the one
    return _cell_index(header, label - header_start) != _cell_index(row, date - row_start)


class DateOfBirthRecognizer(_RegexRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    NAME = "DateOfBirthRecognizer"

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _DOB.finditer(text):
            if _date_in_another_column(text, m.start(), m.start(1)):
                continue
            yield m.start(1), m.end(1), 0.95, "date after 'geboren'/'geboortedatum'"
        for m in _DOB_IN_WORDS.finditer(text):
            yield m.start(1), m.end(1), 0.95, "date in words after 'geboren'/'geboortedatum'"
        if re.search(r"(?i)geb(?:oorte|oren|\.|urts)|date of birth", text):
            yield from self._dob_columns(text)

    def _dob_columns(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        """Dates in a table's column of dates of birth ("Nr  Patiënt  Geb.datum  Woonplaats").
        The rows' dates are counted off against the header's date columns, so a column
        "Datum melding" beside it keeps its dates; this needs no cell alignment, which text
        drawn with narrow gaps does not keep."""
        why = "date in a column of dates of birth"
        for header in _DOB_HEADER_LINE.finditer(text):
            labels = [m.group().lower() for m in _DATE_LABEL.finditer(header.group())]
            dob = [i for i, label in enumerate(labels) if _DOB_LABEL.fullmatch(label)]
            if len(dob) != 1:
                continue
            # A header of tab-separated cells, one of which is the column of dates of birth:
            # rows with as many cells are read cell by cell.
            cells = [
                any(_DOB_LABEL.fullmatch(m.group()) for m in _DATE_LABEL.finditer(cell))
                for cell in header.group().split("\t")
            ]
            column = cells.index(True) if len(cells) > 1 and cells.count(True) == 1 else None
            pos = header.end() + 1
            while pos < len(text):
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                row = text[pos:end]
                if not row.strip():
                    break
                dates = list(DATE_IN_CELL.finditer(row))
                if column is not None and row.count("\t") == len(cells) - 1:
                    # As many cells as the header: the date in the column's own cell, if any.
                    dates = [d for d in dates if _cell_index(row, d.start()) == column]
                    if dates:
                        yield pos + dates[0].start(), pos + dates[0].end(), 0.9, why
                elif len(dates) == len(labels) or (len(labels) == 1 and len(dates) == 1):
                    m = dates[dob[0]]
                    yield pos + m.start(), pos + m.end(), 0.9, why
                pos = end + 1


# --- identity documents and immigration numbers -------------------------------------------
# Dutch passports and ID cards (9 characters), V-numbers (10 digits) and, after a document's
# label only like the rest, other countries' formats: "FT482913" (Ukraine), "AB1234567".
_ID_DOC = re.compile(
    r"(?<![\w-])(?:[A-NP-Z]{2}[A-NP-Z0-9]{6}\d|\d{10}|[A-Z]{1,3}\d{6,8})(?![\w-])"
)
_ID_DOC_CONTEXT = re.compile(
    r"(?:paspoort\w*|identiteitskaart|id-\n?kaart|identiteitsbewijs|documentnummer|rijbewijs\w*|"
    r"v-\n?nummer|v-nr\.?|vreemdelingennummer|verblijfsdocument|passport)"
    r"(?:nr\.|no\.|[^.\n]){0,25}$",
    re.IGNORECASE,
)


# The value of a field that holds an identity document's number, whatever its country's format:
# "Rijbewijs:  PL 04127/71/1422", "Bestuurderskaart: PL10044178920001", "Paspoort: C01X00T47".
_ID_DOC_FIELD = re.compile(
    r"(?im)^[ \t]*(?:rijbewijs\w*|paspoort\w*|identiteitskaart|id-\n?kaart|identiteitsbewijs|"
    r"documentnummer|bestuurderskaart|tachograafkaart|verblijfsdocument|"
    r"vreemdelingennummer|v-\n?nummer)[ \t]*:[ \t]*"
    r"(?P<n>(?:[A-Z]{1,3}[ \t]?)?\d[\dA-Z/ .\-]{4,22}[\dA-Z])(?![\w/-])"
)


# Numbers that identify one person at an organisation: "relatienummer 40117236",
# "(registratienummer 1029384756)", "personeelsnummer: 123456".
_PERSONAL_NUMBER = re.compile(
    r"(?i)\b(?P<label>relatienummer|klantnummer|cli[eë]ntnummer|personeelsnummer|"
    r"registratienummer|leerlingnummer|studentnummer|onderwijsnummer|werknemersnummer|"
    r"pasnummer|polisnummer|personeelsnr\.|pers\.nr\.|"
    # officials known by a number instead of a name: "BOA 4471", "ILT-nummer 20417",
    # "Wbtv-nummer 30412" (a sworn interpreter), "dienstnummer", "stamnummer"
    r"boa|boa-\n?nummer|ilt-\n?nummer|wbtv-\n?nummer|dienstnummer|stamnummer|legitimatienummer|"
    r"verbalisantnummer|big-\n?nummer|big-\n?registratienummer|boa-\n?nr\.?|"
    # a suspect's case at the public prosecutor, a resident's number in the Caribbean
    # Netherlands (their BSN), a complaint, someone's telephone extension
    r"parketnummer|crib-\n?nummer|crib|klachtnummer|toestel|toestelnummer|tst\.|cjib-\n?nummer|"
    # a patient's, a taxpayer's and a child-benefit number; a BIG registration after "BIG"
    r"pati[eë]ntnummer|subjectnummer|kindergeldnummer|(?-i:BIG)|"
    # a foreign national's number at the IND in running text, a driving-test candidate's
    r"v-\n?nummer|vreemdelingennummer|kandidaatnummer|"
    # a detainee's number in the criminal justice chain; a resident's number in the Caribbean
    # Netherlands; a driver's tachograph card
    r"skn|strafrechtsketennummer|persoonsnummer|bestuurderskaart|chauffeurskaart|subjectnr\.?|"
    r"tachograafkaart)"
    # "Uw klantnummer bij Werk en Inkomen is 20331874": a few words and "is" may come between
    r"(?:(?:[ \t]+\w+){0,2}?|(?:[ \t]+\w+){0,4}?[ \t]+is)[ \t]*:?[ \t]*\n?[ \t]*"
    # "J-2024-07731", "WMO-0098312", "VT-FL-2024-5521": letter prefixes with hyphens
    # "235FK118447": digits, an office's letters, digits
    r"(?P<n>(?-i:\d{1,4}[A-Z]{1,3}\d{3,10})|"
    r"(?-i:(?:[A-Z]{1,4}-){0,2}[A-Z]{0,3})\d[\d .\-/]{2,18}\d)(?![\w-])"
)


_REGISTERED_PERSON = re.compile(
    r"(?i)\b(?:gedetineerde|militair|betrokkene|cli[eë]nt|leerling|verdachte|werknemer|"
    r"medewerker|de heer|mevrouw|uw|geboren|"
    # a service member's rank: "Rang<tab>sergeant der eerste klasse"
    r"soldaat|korporaal|sergeant|sergeant-majoor|adjudant|luitenant|kapitein|majoor|matroos)"
    r"\b[^\n]*(?:\n[^\n]*)?$|(?-i:[A-Z][a-z]+)[ \t]*\($"
)


# A citizen's own bank account that is no IBAN (the Caribbean Netherlands, abroad): "op uw
# rekening bij de RBC Royal Bank, nummer 8000-312-554", "uw rekeningnummer 1234567".
_OWN_ACCOUNT = re.compile(
    r"(?i)\b(?:uw|zijn|haar)[ \t\n]+(?:bank)?rekening(?:nummer[ \t]*:?|[^.\n]{0,40}?"
    r"\bnummer[ \t]*:?)[ \t\n]*(?P<n>\d[\d.\- ]{4,16}\d)(?![\w-])"
)


# A tax assessment's number names the taxpayer: "Aanslagnummer: 2024.118.77406",
# "aanslagnummer 6989.14.776.H.21.66".
_ASSESSMENT_NUMBER = re.compile(
    r"(?i:\baanslagnummer)[ \t]*:?[ \t]*(?P<n>\d[\dA-Z.\-]{5,24}[\dA-Z])(?![\w-]|\.\w)"
)
# A file of the Uitvoeringsorganisatie Herstel Toeslagen is one parent's: "UHT-2021-448812".
_UHT_FILE = re.compile(r"(?<![\w-])UHT-\d{4}-\d{4,8}(?![\w-])")
# A parcel by its cadastral designation: "kadastraal bekend gemeente Valburg, sectie F, nummer
# 1187", "kadastraal bekend als Delfzijl L 2207". Only a citizen's: its sentence speaks to or
# of its owners ("uw perceel", "eigenaren van", "Onze woning") or gives its address, and names
# no organisation.
_CADASTRAL = re.compile(
    r"(?i:kadastra(?:al|le)(?:[ \t\n]+(?:bekend|aanduiding|perceel))?(?:[ \t\n]+als)?"
    r"(?:[ \t\n]+gemeente)?)[ \t\n]+"
    r"(?:(?P<town>(?-i:[A-Z])[\w'’-]+(?:[ ](?-i:[A-Z])[\w'’-]+)?)[ \t\n]*,?[ \t\n]*)?"
    r"(?P<parcel>(?i:sectie[ \t\n]+)?(?-i:[A-Z]{1,2})[ \t\n]*,?[ \t\n]*"
    r"(?i:(?:nummer|nr\.?|perceelnummer)[ \t\n]+)?\d{1,5})(?![\w-])"
)
# Known organisations of more than one word, as written: compiled once.
KNOWN_ORG_NAME = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        re.escape(o).replace(r"\ ", r"[ \t\n]+")
        for o in sorted({*KNOWN_ORGANISATIONS, *MORE_ORGANISATIONS}, key=len, reverse=True)
        if " " in o
    )
    + r")(?![\w-])"
)
_SENTENCE_END = re.compile(r"[.!?][ \t\n]|\n[ \t]*\n")
_OWNER_CUE = re.compile(
    r"(?<![\w-])(?:u|uw|U|Uw|onze|Onze|ons|mijn|Mijn|eigenaren|eigenaar|eigenaresse|bewoners?|"
    r"[Dd]e[ \t\n]+heer|[Mm]evrouw|dhr\.|mw\.)(?![\w-])"
)


class IdDocumentRecognizer(_RegexRecognizer):
    """Passport and ID card numbers, V-numbers (IND): identification numbers (Woo 5.1.1e)."""

    ENTITY = "NL_ID_NUMBER"
    NAME = "IdDocumentRecognizer"

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _ID_DOC.finditer(text):
            if _ID_DOC_CONTEXT.search(text[max(0, m.start() - 50) : m.start()]):
                yield m.start(), m.end(), 0.95, "number of an identity document or V-number"
        for m in _ID_DOC_FIELD.finditer(text):
            yield m.start("n"), m.end("n"), 0.9, "number in an identity document's field"
        for m in _PERSONAL_NUMBER.finditer(text):
            label = m.group("label").lower()
            if label == "registratienummer" and not _REGISTERED_PERSON.search(
                text, max(0, m.start() - 60), m.start()
            ):
                continue  # "Ons registratienummer 2024-0001234": a letter's own number
            end = m.end("n")
            if label in ("tst.", "toestel", "toestelnummer"):
                # An extension is one group of digits: "tst. 4417 06 - 53 18 22 90" goes on
                # with a mobile number, judged on its own.
                end = m.start("n") + len(re.match(r"\d+", m.group("n")).group())
            yield m.start("n"), end, 0.85, f"a person's number ({label})"
        for m in _OWN_ACCOUNT.finditer(text):
            yield m.start("n"), m.end("n"), 0.85, "a person's bank account number"
        if _PERSON_NUMBER_HEADER_WORD.search(text):
            columns = text_column_cells(text, PERSON_NUMBER_COLUMN_HEADERS)
        else:
            columns = ()
        for header, cell in columns:
            if PERSON_NUMBER_CELL.fullmatch(cell.group().strip()):
                yield cell.start(), cell.end(), 0.85, f"a person's number (column '{header}')"
        for m in _ASSESSMENT_NUMBER.finditer(text):
            yield m.start("n"), m.end("n"), 0.85, "a person's number (aanslagnummer)"
        for m in _UHT_FILE.finditer(text):
            yield m.start(), m.end(), 0.85, "a parent's file at Herstel Toeslagen"
        for m in _CADASTRAL.finditer(text):
            window = max(0, m.start() - 250)
            ends = [e.end() for e in _SENTENCE_END.finditer(text, window, m.start())]
            before = text[ends[-1] if ends else window : m.start()]
            if not (_OWNER_CUE.search(before) or _STREET.search(before)):
                continue  # "(legger oppervlaktewateren, kadastraal perceel Barneveld F 2841)"
            if names_an_organisation(before) or KNOWN_ORG_NAME.search(before):
                continue  # "het kantoor van de Koninklijke Marechaussee ... (kadastraal ...)"
            # "sectie F, nummer 1187" stands without its town; "Delfzijl L 2207" with it
            with_town = m.group("town") and not m.group("parcel").lower().startswith("sectie")
            start = m.start("town") if with_town else m.start("parcel")
            yield start, m.end("parcel"), 0.85, "a citizen's parcel (cadastral designation)"


# --- licence plates ------------------------------------------------------------------------
_L = "[BDFGHJKLNPRSTVXZ]"
_PLATE = re.compile(
    rf"(?<![\w-])(?:{_L}{{2}}-\d{{2}}-\d{{2}}|\d{{2}}-\d{{2}}-{_L}{{2}}|\d{{2}}-{_L}{{2}}-\d{{2}}|"
    rf"{_L}{{2}}-\d{{2}}-{_L}{{2}}|{_L}{{2}}-{_L}{{2}}-\d{{2}}|\d{{2}}-{_L}{{2}}-{_L}{{2}}|"
    rf"\d{{2}}-{_L}{{3}}-\d|\d-{_L}{{3}}-\d{{2}}|{_L}{{2}}-\d{{3}}-{_L}|{_L}-\d{{3}}-{_L}{{2}}|"
    rf"{_L}{{3}}-\d{{2}}-{_L}|{_L}-\d{{2}}-{_L}{{3}}|\d-{_L}{{2}}-\d{{3}}|\d{{3}}-{_L}{{2}}-\d)"
    rf"(?![\w-])"
)
_PLATE_CONTEXT = re.compile(
    r"kenteken|voertuig|auto|wagen|registratie|oplegger|aanhang|trekker|bestelbus|scooter|"
    r"bromfiets|motor",
    re.I,
)


# After the word itself any letters will do: older, trailer and special plates have vowels
# ("aanhanger met kenteken OX-62-TB").
_PLATE_AFTER_LABEL = re.compile(
    # a trailer's plate starts with an O: "oplegger OT-56-ZK"
    r"(?i:\b(?:kenteken(?:nummer|plaat)?|oplegger|aanhanger|aanhangwagen))[ \t]*:?[ \t]*"
    r"(?P<n>(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3})(?![\w-])"
)


# A foreign plate after the country's adjective: "Pools kenteken PO 4RT28", "Duits kenteken
# BOR-AB 123", "met Bulgaars kenteken CA 1234 KX".
_FOREIGN_PLATE = re.compile(
    r"(?i:\b[a-zë]+(?:s|sch)[ \t]+kenteken(?:nummer)?)[ \t]*:?[ \t]*"
    r"(?P<n>(?=[A-Z0-9 -]*\d)[A-Z]{1,3}[ -]?[A-Z0-9]{2,5}(?:[ -][A-Z0-9]{1,4})?)(?![\w-])"
)


class LicencePlateRecognizer(_RegexRecognizer):
    ENTITY = "NL_LICENCE_PLATE"
    NAME = "LicencePlateRecognizer"

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _PLATE.finditer(text):
            before = text[max(0, m.start() - 50) : m.start()]
            if _PLATE_CONTEXT.search(before):
                yield m.start(), m.end(), 0.95, "Dutch licence plate after 'kenteken'"
            else:
                yield m.start(), m.end(), 0.6, "Dutch licence plate pattern (sidecode)"
        for m in _PLATE_AFTER_LABEL.finditer(text):
            yield m.start("n"), m.end("n"), 0.95, "licence plate after 'kenteken'"
        for m in _FOREIGN_PLATE.finditer(text):
            yield m.start("n"), m.end("n"), 0.95, "foreign licence plate after 'kenteken'"
        for m in _VIN.finditer(text):
            yield m.start("n"), m.end("n"), 0.95, "vehicle identification number (VIN)"


# A vehicle identification number after its label: 17 letters and digits, no I, O or Q. Like a
# plate it leads to the owner; it is never an organisation's.
_VIN = re.compile(
    r"(?i)\b(?:VIN(?:-?nummer)?|chassisnummer|voertuigidentificatienummer)[ \t]*:?[ \t]*"
    r"(?P<n>(?-i:[A-HJ-NPR-Z0-9]{17}))(?![\w])"
)


# --- person names by rule ------------------------------------------------------------------
_TITLED_NAME = re.compile(
    rf"(?<![\w.])(?P<title>{TITLES})(?P<name>(?:{INITIALS}|(?:{NAME_WORD}{SP}){{0,2}})?{SURNAME})"
)
# A service member by rank: "Sergeant-majoor\nVan der Veen", "majoor M. Dekker". Not the
# general officers (generaal, admiraal, commodore): the top of the armed forces is public.
_MILITARY_RANK = (
    r"(?:soldaat|korporaal|sergeant(?:-majoor)?|sergeant[ \t]+der[ \t]+eerste[ \t]+klasse|"
    r"adjudant|vaandrig|kornet|cornet|wachtmeester|opperwachtmeester|(?:eerste[ \t]+|tweede[ \t]+)?"
    r"luitenant|kapitein|ritmeester|majoor|luitenant-kolonel|kolonel|matroos|marinier|"
    r"(?:kapitein-)?luitenant[ \t]+ter[ \t]+zee(?:[ \t]+der[ \t]+\w+[ \t]+klasse)?|"
    r"kapitein[ \t]+ter[ \t]+zee)"
)
_RANKED_NAME = re.compile(
    rf"(?<![\w-])(?i:{_MILITARY_RANK})(?:[ \t]+\d)?{SP}"
    rf"(?P<name>(?:{INITIALS}{SP}?|{NAME_WORD}{SP})?{SURNAME})(?![\w])"
)
# (not a job's title before an employer: "Casemanager Arbo Unie")
def _names_someone(name: str) -> bool:
    """Whether the words after a rank or a trade are someone's name."""
    words = _name_words(name)
    if name[:1].islower():
        return False  # "adjudant van de Koning": after a rank a surname alone is capitalised
    if not words or looks_like_organisation(name) or all(
        lexicon.is_common_word(w) and not lexicon.is_surname(w) for w in words
    ):
        return False  # "kapitein Zr.Ms. Tromp", "majoor Defensie": no one's name
    # "Kapitein Zeppenfeldtstraat", "Dokter Lamersstraat": a street
    return not any(is_street_name(w) or names_a_thing(w) for w in words)


_TRADES = (
    r"dokter|huisarts|verbalisant|verbalisanten|verbalisante|deurwaarder|bewindvoerder|"
    r"bewindvoerster"
)
_TRADE_NAME = re.compile(
    rf"(?<![\w-])(?i:{_TRADES})(?![\w-]){SP}(?:(?:mr|drs|dr|ir|ing)\.{SP}?)?"
    rf"(?P<name>(?:{INITIALS}{SP}?|{NAME_WORD}{SP})?{SURNAME})(?![\w-])"
    rf"(?:{SP}en{SP}(?P<second>{SURNAME})(?![\w-]))?"
)
# Initials and a particle abbreviated, as older and scanned documents write them:
# "R.v.Gerwen", "J.v.d.Kraan", "J. v.d. Berg", "A.v. Dijk".
_ABBREVIATED_PARTICLE_NAME = re.compile(
    # after a title run into it ("dhr.R.v.Gerwen"), not inside longer initials
    rf"(?<![\w])(?<![{UPPER}]\.)(?:[{UPPER}]\.){{1,4}}[ ]?v\.(?:[ ]?d(?:\.|en\.?)?)?[ ]?"
    rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?(?![\w])"
)
_INITIALS_NAME = re.compile(
    rf"(?<![\w.])(?P<name>{INITIALS}{SP}?(?:{SURNAME}|{SURNAME_CAPS}))(?![\w])"
)
# "Mevrouw J. de Boer e.v. Smit": the surname of her husband, as letters to a married woman
# write it (echtgenote van, weduwe van).
_SPOUSE_SURNAME = re.compile(
    rf"(?<![\w.])(?:e\.v\.|echtgenote{SP}van|wed\.|weduwe{SP}van)[ \t]+(?P<name>{SURNAME})(?![\w])"
)
_NICKNAME = re.compile(
    rf"(?<=[{LOWER}] )(?:\([{UPPER}][{UPPER}{LOWER}'’-]{{1,14}}\)"
    rf"|['‘\"“][{UPPER}][{LOWER}'’-]{{1,14}}['’\"”])(?= [{UPPER}]| (?:{_TV}) )"
)
_NICKNAMED = re.compile(
    rf"(?<![\w.])(?P<first>{NAME_WORD}(?:[ ]{NAME_WORD})?)[ ]"
    rf"(?:\([{UPPER}][{UPPER}{LOWER}'’-]{{1,14}}\)|['‘\"“][{UPPER}][{LOWER}'’-]{{1,14}}['’\"”])"
    rf"[ ](?P<sur>{SURNAME})(?![\w])"
)
_FULL_NAME = re.compile(
    rf"(?<![\w.])(?P<first>{NAME_WORD})(?P<rest>(?:{SP}{NAME_WORD}(?={SP}{NAME_WORD}))?{SP}"
    rf"(?:{SURNAME}))(?![\w])"
)
_CAPS_NAME = re.compile(
    rf"(?<![\w.])(?P<first>[{UPPER}]{{2,}})(?P<rest>{SP}(?:(?:{_TV.upper()}){SP})?{CAPS_WORD})"
    rf"(?![\w])"
)
_SURNAME_FIRST = re.compile(  # "Bakker, Karin" in e-mail headers; "de Vries, JW", "Bakker, A"
    rf"(?P<name>(?:(?:{_TV})[ ])?{NAME_WORD}(?:{SP}{TV})?,[ \t]+"
    rf"(?:{NAME_WORD}|{INITIALS}|[{UPPER}]{{1,3}}))"
)
# Surname first, anywhere: "Bakker, K.J.", "Schaap, Noortje", "Broek, Thijs van den",
# "Veenstra, J. (Jorrit)".
_SURNAME_FIRST_ANY = re.compile(
    rf"(?<![\w.])(?P<sur>(?:(?:{_TV_CAP})[ ])?{NAME_WORD}),[ \t]+"
    # "Veld, drs. S. in 't": an academic title before the initials
    rf"(?P<title>(?:drs|dr|mr|ir|ing|prof)\.[ \t]*(?=[{UPPER}]\.))?"
    rf"(?P<given>{INITIALS}|{NAME_WORD}(?:[ \t]+\([{UPPER}][{LOWER}'’-]+\))?"
    # "Haan, JW de": initials without full stops, then the particles
    rf"|[{UPPER}]{{2,3}}(?=[ ](?:{_TV})(?![\w])))"
    rf"(?:[ ](?:{_TV}))*(?![\w])"
)
_CAPS_SURNAME_FIRST = re.compile(
    rf"(?<![\w.])(?P<sur>[{UPPER}]{{3,}}(?:-[{UPPER}]{{2,}})?),[ \t]+"
    rf"(?P<given>[{UPPER}][{LOWER}'’-]+(?:[ \t][{UPPER}][{LOWER}'’-]+)?)(?![\w])"
)
# The same with the given names in capitals or as initials, and a particle: "BAKKER, R.W.",
# "DIJKEMA, JAN WILLEM", "VAN DIJK, Noud".
# Particles in capitals: "VAN 'T HOF, R.", "KUIJPERS-OP DEN KAMP, M.", "EL AMRANI, N.".
_CAPS_PARTICLES = (
    r"VAN DER|VAN DEN|VAN DE|VAN ['’]T|IN ['’]T|OP DEN|OP DE|OP ['’]T|VAN|DE|DER|DEN|TER|TEN|"
    r"EL|AIT|BEN|ABOU|ABU|DOS|DA|VON|ZU"
)
_CAPS_SURNAME_FIRST_MORE = re.compile(
    rf"(?<![\w.'’])(?P<sur>(?:(?:{_CAPS_PARTICLES})[ ])?"
    rf"[{UPPER}]{{3,}}(?:-(?:(?:{_CAPS_PARTICLES})[ ])?[{UPPER}]{{2,}})?),[ \t]+"
    rf"(?P<given>(?:[{UPPER}]\.){{1,4}}|[{UPPER}]{{2,}}(?:[ \t][{UPPER}]{{2,}}){{0,2}}"
    rf"|[{UPPER}][{LOWER}'’-]+)(?![\w])"
)
# Two or three capitals used as a person's initials without dots, in fields: "JW de Vries".
BARE_INITIALS = rf"[{UPPER}]{{1,3}}[ ](?=(?:{TV}[ ])?[{UPPER}][{LOWER}])"
# Person codes: initials in action lists, paraphs and typist lines: "Actie: FD", "(LdG)",
# "JvdB/HK".
_CODE = r"[A-Z]{1,3}(?:vd|vh|v|d|t)?[A-Z]{0,2}"
# In a paraph list a code may end in a lower-case letter: "MSz", "HJk".
_LIST_CODE = rf"{_CODE}(?:(?<=[A-Z][A-Z])[a-z](?![a-z]))?"
_CODE_CONTEXT = re.compile(
    rf"(?im)\b(?:actie|actiehouder|actiehouders|gezien|paraaf|parafen|parafenroute|initialen|"
    rf"trekker|eigenaar|wie|aanwezig|afwezig|notulist|akkoord|ter[ \t]+info(?:rmatie)?|"
    rf"follow-up|action|actions|owner|steller|auteur|goedgekeurd|approved)"
    rf"[\w. \t]{{0,25}}:[ \t]*"
    # "Paraaf DG: akkoord, AHK 3/10": the verdict, then who gave it
    rf"(?:(?:akkoord|gezien|accoord|ok)[ \t]*[,:;][ \t]*)?"
    rf"(?P<codes>{_LIST_CODE}(?:[ \t]*(?:,|/|&|\ben\b)[ \t]*{_LIST_CODE})*)(?![\w])"
)
# A paraph field without a colon, its codes ending the line: "Paraaf directeur<tab>FD",
# "Paraaf<tab>FZ<tab>MX<tab>JHD", "Paraaf<tab>WN / IS". Not "Medeparaaf FEZ": a co-paraph
# line names the unit that co-signs.
_PARAPH_LABEL_LINE = re.compile(
    rf"(?im)^[ \t]*para(?:af|fen)(?:[ \t]+(?:directeur|dg|sg|opsteller|"
    rf"afdelingshoofd|teamleider|manager|hoofd))?[ \t]*:?[ \t]+"
    rf"(?P<codes>(?-i:{_LIST_CODE})(?:[ \t]*(?:,|/|&|\ben\b|[ \t])[ \t]*(?-i:{_LIST_CODE}))*)"
    rf"[ \t]*$"
)
# "(actie IV)", "opgesteld door FTA": initials after a word that names a person's act.
_CODE_AFTER_ACT = re.compile(
    rf"(?:\((?:actie|actiehouder|action)[:]?[ \t]+|\b(?i:opgesteld|geschreven|behandeld|gecheckt|"
    rf"gecontroleerd|nagelezen|meegelezen|getoetst|bijgewerkt|aangepast|geparafeerd)[ \t]+door"
    rf"[ \t]+)(?P<codes>{_LIST_CODE}(?:[ \t]*(?:,|/|&|\ben\b)[ \t]*{_LIST_CODE})*)(?![\w])"
)
_CODE_LINE = re.compile(rf"(?m)^[ \t]*(?P<codes>{_CODE}(?:/{_CODE})+)[ \t]*$")
# "- EvW stuurt de planning rond", "- HK en PW maken een voorstel": who does what in minutes.
_CODE_BULLET = re.compile(
    rf"(?m)^[ \t]*(?:[-•*–]|\d+[.)])[ \t]+"
    rf"(?P<codes>{_CODE}(?:[ \t]*(?:,|/|&|\ben\b)[ \t]*{_CODE})*)"
    rf"[ \t]+(?=[a-zë]+\b)"
)
# "MK (Mirjam Kooistra)": initials followed by the full name in brackets.
# A word processor's comment, labelled with its author's initials and its number:
# "Opmerking [JdV1]:", "Comment [ŁW3]:".
_COMMENT_LABEL = re.compile(
    rf"(?i:\b(?:opmerking|comment|commented|opmerking van))[ \t]*"
    rf"\[(?P<code>[{UPPER}][{UPPER}{LOWER}]{{0,5}}\d{{1,3}})\][ \t]*:"
)
# A name with its code in brackets right after it: "Hendrik-Jan van Dijk (HJ)".
_CODE_AFTER_NAME = re.compile(
    rf"(?P<name>{NAME_WORD}(?:[ \t]+(?:(?:{_TV})[ \t]+)?{NAME_WORD})+)[ \t]*"
    rf"\((?P<code>[{UPPER}]{{1,3}}(?:[a-z]{{1,3}}[{UPPER}]{{1,2}})?)\)"
)
_CODE_BEFORE_NAME = re.compile(rf"(?<![\w/])(?P<codes>{_CODE})[ \t]+\((?={NAME_WORD}[ \t])")
_MIXED_CODE = re.compile(r"[A-Z](?:v|d|vd|vh|vt|t|de|van)[A-Z][a-z]?")
_MIXED_CODE_ANYWHERE = re.compile(r"(?<![\w&/-])[A-Z]{1,2}(?:v|d|vd|vh|vt|t|de)[A-Z](?![\w&-])")
_CODE_PAIR = re.compile(rf"(?<![\w/])(?P<a>{_CODE})/(?P<b>{_CODE})(?![\w/])")
_BARE_INITIALS_NAME = re.compile(
    rf"(?<![\w.&/-])(?P<i>[{UPPER}]{{2,3}})[ ](?P<s>(?:(?:{_TV})[ ])?{NAME_WORD})(?![\w])"
)
# One initial without its full stop: "R Hofstede", "T Hoogendoorn; de dijkgraaf".
_ONE_INITIAL_NAME = re.compile(
    rf"(?<![\w.&/'’-])(?P<i>[B-HJ-Z])[ ](?P<s>(?:(?:{_TV})[ ])?{NAME_WORD}(?:-{NAME_WORD})?)"
    rf"(?![\w'’-])"
)
_LETTERED_THING_BEFORE = re.compile(
    r"(?i)\b(?:bijlage|fase|type|categorie|variant|optie|scenario|artikel|lid|klasse|blok|vak|"
    r"zone|kavel|sectie|groep|deel|stap|route|lijn|pier|hal|gebouw|vleugel|toren|niveau)[ \t]+$"
)
_CODE_PAREN = re.compile(r"\((?P<code>[A-Z]{1,2}(?:vd|vh|v|d|t)[A-Z])\)")
# Paraphs that add letters of the surname to the initials: "PHoe", "MJWo", "GvdLk", "HtBW",
# "JClr". Two capitals at least and a lower-case letter (checked in `_is_mixed_code`): a word
# ("Aan", "Zie") has one capital, a unit in capitals ("DCO") no lower-case letter.
_MIXED_PARAPH = r"[A-Z]{1,3}(?:vd|vh|vt|v|d|t|de)?[A-Z][a-zà-ÿ]{0,3}[A-Z]?"
_MIXED_TOKEN = re.compile(rf"(?<![\w&/.-]){_MIXED_PARAPH}(?![\w&-])")
# The value of a paraph field: "Parafen\tHtBW / RvOm", "Parafenroute: PWiV > GHo > DGDOO".
_PARAPH_FIELD = re.compile(
    r"(?im)^[ \t]*(?:parafen|parafenroute|paraaf|medeparaaf|mede-paraaf|parafering|gezien)"
    r"(?:[ \t]*:[ \t]*|[ \t]+)(?P<value>[^\n]*)"
)
_PARAPH_WORD = re.compile(
    rf"\b(?i:paraaf|geparafeerd door)[ \t]+(?P<code>{_MIXED_PARAPH}|[A-Z]{{2,3}})(?![\w&-])"
)
# "Paraaf tweede lezer: RKö", "Paraaf schuldhulpverlener  MTD": one person's paraph.
_PARAPH_OF_ROLE = re.compile(
    r"(?im)^[ \t]*paraaf[ \t]+[a-zà-ÿ]+(?:[ \t]+[a-zà-ÿ]+)?(?:[ \t]*:[ \t]*|[ \t]+)"
    r"(?P<code>[A-Z][A-Za-zà-ÿ]{1,3})[ \t]*$"
)
# A code at the end of a table row whose capitals are the initials of the name earlier in the
# row: "3  Tryntsje Hiemstra  ZVH Fryslân  procesregisseur  TjH", "F. Bakker-Yilmaz  FBY".
_ROW_CODE = re.compile(r"(?<![\w.:(-])(?P<code>[A-Z][A-Za-zà-ÿ]{1,4})(?![\w.:)-])")
_ROW_NAME = re.compile(
    rf"(?:(?P<initials>(?:[{UPPER}]\.){{1,4}})[ \t]*|(?P<given>[{UPPER}][{LOWER}]+)[ \t]+)"
    rf"(?:(?:{TV})[ \t]+)?(?P<sur>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
)
# "- DAs: terugkoppeling aan de stuurgroep": who does what in an action list.
_CODE_BULLET_COLON = re.compile(
    rf"(?m)^[ \t]*(?:[-•*–]|\d+[.)])[ \t]+(?P<code>{_MIXED_PARAPH})(?=:)"
)
# Remarks in a draft: "[AdBr 11/3: is dit het cijfer ...]", "[opm. TSc 22/5: ...]".
_REMARK_CODE = re.compile(
    rf"\[(?:(?i:opm\.?|opmerking|nb|vraag)[ \t:]+)?(?P<code>{_MIXED_PARAPH})"
    rf"(?:[ \t]+\d{{1,2}}/\d{{1,2}}\b|[ \t]*:)"
)
# A word processor's comment marker: "Opmerking [JK3]:", "Comment [AvdB4]:" (the author's
# initials and the comment's number).
_COMMENT_MARKER = re.compile(
    r"(?i:opmerking|comment|commentaar)[ \t]*\[(?P<code>[A-Z](?:[A-Za-z]{0,3}[A-Z])?[a-z]{0,2}"
    r"\d{1,2})\]"
)
# A table of roles that gives each person's code before the name: "FeT\tir. Fenna Terpstra".
_CODE_THEN_NAME = re.compile(
    rf"(?m)^(?P<code>[A-Z][A-Za-z]{{1,4}})[ \t]+(?:(?:ir|drs|dr|mr|ing|prof|ds)\.[ \t]+)*"
    rf"(?P<name>(?:{INITIALS}[ \t]*)?{NAME_WORD}(?:[ \t]+(?:{TV}[ \t]+)?{NAME_WORD}){{0,3}})"
)
# A paraph route drawn as a table: a heading line, perhaps a header row, then one row a person
# ("Directeur SF   MdGr   01-04-2025", "Afdelingshoofd   K.Ö.   03-09", "Directeur PG   gezien,
# A.B.   15-05"): the code right before the row's date is the paraph.
_PARAPH_ROUTE_HEADING = re.compile(
    r"(?im)^[ \t]*(?:parafenroute|paraferingsroute|parafen|parafering|paraafroute)[ \t]*:?[ \t]*$"
)
_PARAPH_ROW = re.compile(
    r"^[ \t]*(?P<role>[^\t\n]*?[A-Za-zÀ-ÿ])[ \t]+"
    r"(?:(?i:gezien|akkoord|voor[ \t]+akkoord)[ \t]*,?[ \t]+)?"
    r"(?P<code>(?:[A-ZÀ-Ý]\.){1,4}|[A-Z][A-Za-zà-ÿ]{1,5})"
    r"(?:[ \t]+\(?i\.o\.\)?)?[ \t]+\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?[ \t]*$"
)
# Roles that are a person's own, not an office with a unit after it ("Directeur FEZ").
_AUTHOR_ROLES = frozenset("opsteller steller auteur behandelaar schrijver".split())
# Two paraphs with a slash in an action list: "PHoe / MJWo".
_MIXED_PAIR = re.compile(
    rf"(?<![\w&/-])(?P<a>{_MIXED_PARAPH})[ \t]*/[ \t]*(?P<b>{_MIXED_PARAPH})(?![\w&/-])"
)
# Plurals and derivations of acronyms have the same shape: "KPIs", "ICTer", "GGDen".
_ACRONYM_WORD = re.compile(r"[A-Z]{2,}(?:s|er|ers|en)")
# Comment tags: "[RvdM1] Rianne van der Meulen, 05-09-2024: ...".
_COMMENT_TAG = re.compile(
    rf"(?m)^[ \t]*\[(?P<code>[A-Z]{{1,3}}(?:vd|vh|vt|v|d|t|de)?[A-Z]?[a-z]{{0,3}}[A-Z]?\d{{1,2}})\]"
    rf"[ \t]+(?P<name>{NAME_WORD}(?:[ \t]+(?:{TV}[ \t]+)?{NAME_WORD})*)"
)


def _second_name_on_next_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(end of the first, start of the second) when text[start:end] is two full names on two
    lines: each line holds two words or more and the second opens with a given name."""
    span = text[start:end]
    if span.count("\n") != 1:
        return None
    first, second = span.split("\n")
    words_first, words_second = first.split(), second.split()
    if len(words_first) < 2 or len(words_second) < 2:
        return None
    given = words_second[0]
    if not (lexicon.is_first_name(given) and not lexicon.is_common_word(given)):
        return None
    newline = start + len(first)
    return start + len(first.rstrip()), newline + 1 + (len(second) - len(second.lstrip()))


# Articles of other languages that a first-name list may hold as names ("Le", "La", "El").
FOREIGN_ARTICLES = frozenset("le la les el los las il lo the der die das".split())


def _paraph_route_rows(text: str) -> Iterable[tuple[int, int, float, str]]:
    """Paraphs in the rows of a paraph route (see `_PARAPH_ROW`). A code in capitals only
    ("FOB") counts under a header row that names the paraph column, or after an author's role:
    else "Directeur FEZ   01-04" may be a role, its unit and a date."""
    for heading in _PARAPH_ROUTE_HEADING.finditer(text):
        pos = heading.end() + 1
        capitals_ok = False
        for _ in range(12):
            if pos >= len(text):
                break
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if not line.strip():
                break
            if re.search(r"(?i)\bparaaf\b", line):
                capitals_ok = True  # the header row: "Functie   Paraaf   Datum"
            row = _PARAPH_ROW.match(line)
            if row:
                code = row.group("code")
                role_words = row.group("role").lower().split()
                dotted = code.endswith(".")
                capitals = code.isupper() and not dotted
                if (
                    (dotted or _is_mixed_code(code) or re.fullmatch(_CODE, code))
                    and code not in _ABBREVIATIONS
                    and code.lower() not in _KNOWN_ORGS
                    and code.lower() not in _OFFICE_WORDS
                    and not re.match(r"P?[DS]G", code)
                    and (not capitals or capitals_ok
                         or (len(role_words) == 1 and role_words[0] in _AUTHOR_ROLES))
                ):
                    yield (pos + row.start("code"), pos + row.end("code"), 0.8,
                           "initials of a person in a paraph route")
            pos = end + 1


# A paraph route's row read as one line: "Projectleider drs. R. van Alkemade 07-03-2025 RvA",
# "Directeur SGA mr. N. Bouzid NB 02-05-2025", "Tjon A Fong MTAF 14-02-2025": a code, with
# at most a date and a dash before or after it, ends the line.
_ROW_DATE = r"\d{1,2}-\d{1,2}-(?:19|20)\d\d"
_CODE_ENDS_ROW = re.compile(
    rf"(?m)(?<=[\w.])[ \t]+(?:[–-][ \t]+)?(?:{_ROW_DATE}[ \t]+(?:[–-][ \t]+)?)?"
    rf"(?P<code>{_MIXED_PARAPH})(?:[ \t]+(?:[–-][ \t]+)?{_ROW_DATE})?[ \t]*$"
)
_ROW_NAME_WORD = re.compile(r"(?:[A-Z]\.)+|[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")


def _spells_name_before(text: str, code_start: int, code: str) -> bool:
    """Whether `code` spells, letter for letter, the initials of a name that ends the text
    before it on its line (a date between them aside): "RvA" after "R. van Alkemade", "GOK"
    after "G. Oudeboon-Kalma", "JWvdMB" after "J.W. van der Meer-Bakker". The name must have
    initials or a word from the name lists, and no organisation or function word: "DJZ"
    after "Directie Juridische Zaken" is the unit's abbreviation."""
    line_start = text.rfind("\n", 0, code_start) + 1
    if line_start and re.search(r"(?<![\w.])(?:[A-Z]\.)+[ \t]*\n$", text[:line_start]):
        # "Directeur AV drs. G." | "Oudeboon-Kalma 07-04-2025 GOK": a name broken after its
        # initials
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    before = re.sub(rf"(?:[ \t]+[–-])?[ \t]+{_ROW_DATE}(?:[ \t]+[–-])?[ \t]*$", "",
                    text[line_start:code_start])
    words = _ROW_NAME_WORD.findall(before)[-6:]
    for first in range(len(words) - 1, -1, -1):
        name = words[first:]
        letters = "".join(
            "".join(w.split(".")) if re.fullmatch(r"(?:[A-Z]\.)+", w)
            else "".join(part[0] for part in w.split("-"))
            for w in name
        )
        if letters != code:
            continue
        if any(looks_like_organisation(w) or w.lower() in _FUNCTION_WORDS for w in name):
            return False
        return any(
            re.fullmatch(r"(?:[A-Z]\.)+", w)
            or ((lexicon.is_surname(w.split("-")[0]) or lexicon.is_first_name(w))
                and not lexicon.is_common_word(w))
            for w in name
        ) and name[-1][:1].isupper()
    return False


def _code_fits_name(code: str, name: str, least: int = 2) -> bool:
    """Whether a person code's capitals begin and end as the name's capitalised words do:
    "MK" and "Mirjam Kooistra", "RvdM1" and "Rianne van der Meulen"."""
    caps = [c for c in code if c.isupper()]
    initials = [w[0] for w in name.split() if w[:1].isupper()]
    return len(caps) >= least and bool(initials) and (
        caps[0] == initials[0] and caps[-1] == initials[-1]
    )


def _code_abbreviates(code: str, name: str) -> bool:
    """Whether the code's capitals are the name's initials in order, from the first:
    "HJ" and "Hendrik-Jan van Dijk", "JdV" and "Jan de Vries" (not "DCZW" and "Jan Smit")."""
    caps = [c for c in code if c.isupper()]
    initials = [p[0] for w in name.split() for p in w.split("-") if p[:1].isupper()]
    if len(caps) < 2 or not initials or caps[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(c in rest for c in caps[1:])


def _is_mixed_code(code: str) -> bool:
    """A paraph such as "PHoe" or "GvdLk": at least two capitals and one lower-case letter,
    not a government abbreviation ("IenW", "KvK") or an organisation."""
    return (
        sum(c.isupper() for c in code) >= 2
        and any(c.islower() for c in code)
        and 3 <= len(code) <= 6
        and code not in _ABBREVIATIONS
        and code.lower() not in _KNOWN_ORGS
    )
# Government abbreviations of the same shape as initials: never a person.
_ABBREVIATIONS = frozenset(
    "MvT NvT NvA NvW RvS RvT RvB RvC KvK VvE OvJ HvJ CvB RvdK RvdJ MvO AvdR BvO EvD IenW JenV "
    "OCenW EZenK BenW GenS PvdA PvdD PvE PvA MvA NvI BvB CvA RvA HvA VvD SvB AMvB NB CC BCC PS "
    "KvdL VvdL CdK CEO CFO CIO COO CTO CISO "
    # offices by their letters: "Aanwezig: SG AZ (vz), pSG VWS" (secretaris-generaal)
    "SG PSG pSG PDG pDG "
    # crisis roles of the safety regions: (hoofd)officier van dienst, commandant van dienst
    "OvD HOvD CvD AGS OvD-B OvD-G OvD-P OvD-BZ".split()
)
_NOT_INITIAL = frozenset(
    "ja nee woo wob art blz pag bijv evt etc incl excl tel fax max min "
    "jan feb mar apr may jun jul aug sep sept oct nov dec mrt mei okt "
    "mon tue wed thu fri sat sun ma di wo do vr za zo nr no vs ca zgn bijv resp st zr hr "
    # "Ref. PVEU-2025/0314": a reference, not initials
    "ref".split()
)
# English street words as separate words, as Saba and Sint Eustatius name their streets
# ("Captain Matthew Levenstone Street"): only with a capital, a whole word.
_STREET_END = re.compile(rf"(?i:{_STREET_SUFFIX})$|^(?:Street|Road|Avenue)$")


_COUPLE = re.compile(
    rf"(?P<a>{NAME_WORD})[ \t]+(?:en|&)[ \t]+(?P<b>{NAME_WORD}){SP}(?:{SURNAME})(?![\w])"
)
_NEXT_CAPITAL_WORD = re.compile(rf"[ \t]+(?:(?:{_TV})[ \t]+)*([{UPPER}][\w'’-]+)")
_NEXT_NAME_WORD = re.compile(rf"[ \t]+(?:(?:{_TV})[ \t]+)*[{UPPER}][{LOWER}]")
_WORD_START = re.compile(rf"(?<![\w.-])[{UPPER}]")


def _matches_at_each_capital(pattern: re.Pattern, text: str) -> Iterable[re.Match]:
    """Try the pattern at every capitalised word, so that "Gedeputeerde Hugo Vermeulen" still
    yields "Hugo Vermeulen" after the longer match from "Gedeputeerde" was rejected."""
    for start in _WORD_START.finditer(text):
        m = pattern.match(text, start.start())
        if m:
            yield m


def names_an_organisation(text: str) -> bool:
    """Whether text names an organisation or unit (an organisation word, a known organisation,
    an organisation-like compound such as "Operatiecentrum"); unlike `looks_like_organisation`
    a function title ("Senior adviseur") does not count. A company's legal form counts:
    "Van den Broek Tuinbouw B.V.". Not one that opens the text: "S.A. Jansen" and "B.V. de
    Groot" are someone's initials."""
    legal_form = _LEGAL_FORM.search(text)
    if legal_form and text[: legal_form.start()].strip():
        return True
    for w in re.findall(rf"[\w{UPPER}{LOWER}'’&-]+", text):
        low = w.lower()
        if low in _ORG_WORDS or low in _KNOWN_ORGS:
            return True
        if w[:1].isupper() and len(low) > 9 and low.endswith(_ORG_SUFFIXES):
            return True
    return False


# A company's legal form: "Van den Broek Tuinbouw B.V.". Detection uses it too.
# "bv" in lower case too ("Vleeswarenfabriek Jan Zandbergen bv"), but not "bv." or "bv een"
# (bijvoorbeeld: for example).
LEGAL_FORM = (
    r"(?:B\.V\.|N\.V\.|V\.O\.F\.|v\.o\.f\.|C\.V\.|BV|NV|VOF|GmbH|Ltd\.?|LLP|S\.A\.|Inc\.|"
    r"b\.v\.|bv(?![.\w])(?![ \t]+(?:een|de|het|als|door|om|via|met|in|op|bij|voor|dat|of)\b))"
)
_LEGAL_FORM = re.compile(rf"(?<![\w.]){LEGAL_FORM}(?![\w])")
# Words an abbreviation skips: "Raad voor het openbaar bestuur (Rob)".
_ABBREVIATION_SKIPS = frozenset(
    "van voor het de der den en of op in te bij aan the of for and de la le".split()
)


def abbreviates_words_before(text: str, open_bracket: int, acronym: str) -> bool:
    """Whether `acronym`, in brackets at `open_bracket`, spells the initials of the words just
    before it: "Publieke Omroep Amsterdam (POA)", "Dienst van het Koninklijk Huis (DKH)",
    "Raad voor het openbaar bestuur (Rob)". Those words then name a body or a thing, and the
    acronym is its abbreviation, not a colleague's unit or first name."""
    letters = re.sub(r"[^A-Za-z]", "", acronym).lower()
    if not 2 <= len(letters) <= 8:
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", text[max(0, open_bracket - 120) : open_bracket])
    words = words[-12:]

    def spells(i: int, rest: str) -> bool:
        # the last letters of `rest` from the words up to words[i], right to left; a function
        # word may give its letter ("Nederlandse orde van advocaten (NOvA)") or not ("Rob").
        # The first word of the abbreviated name must not be a first name: "Karin Bakker
        # (KB)" is a person with her code.
        if not rest:
            first = words[i + 1]
            return not (lexicon.is_first_name(first) and not lexicon.is_common_word(first))
        if i < 0:
            return False
        word = words[i].lower()
        if word[0] == rest[-1] and spells(i - 1, rest[:-1]):
            return True
        return word in _ABBREVIATION_SKIPS and spells(i - 1, rest)

    return spells(len(words) - 1, letters) if words else False


def looks_like_organisation(text: str) -> bool:
    """True for names of bodies rather than people: known acronyms, organisation words."""
    t = text.strip().strip(",;:()")
    if not t:
        return True
    if t.lower() in _KNOWN_ORGS:
        return True
    words = re.findall(rf"[\w{UPPER}{LOWER}'’.-]+", t)
    for w in words:
        low = w.lower()
        if low.strip(".") in _ORG_WORDS or low in _FUNCTION_WORDS or low.strip(".") in _KNOWN_ORGS:
            return True
        if len(low) > 9 and low.endswith(_ORG_SUFFIXES):
            return True
    # An all-caps token of up to 6 letters is an acronym (DGOB, JenV, MJenV), not a name.
    return bool(len(words) == 1 and re.fullmatch(r"[A-Z][A-Za-z&]{0,6}", t) and t[1:].isupper())


def end_before_role(text: str, start: int, end: int) -> int:
    """Where a name in text[start:end] ends when a role follows it on the same line, as in a
    table row read as one line: "Wouter Kleijn-Sewnath Plaatsvervangend chef de poste",
    "Kwame Pinas Lokaal medewerker politiek/pers". A trailing word ends the name when it is a
    function word itself, or no known name and before a function word in lower case. One word
    of the name always stays."""
    while True:
        m = re.search(rf"[ \t\n]+([{UPPER}][{LOWER}]+)$", text[start:end])
        if not m or not text[start : start + m.start()].strip():
            return end
        word = m.group(1)
        next_word = re.match(r"[ \t]+([a-zà-ÿ]+)", text[end : end + 40])
        known_name = lexicon.is_surname(word) or lexicon.is_first_name(word)
        role = word.lower() in _FUNCTION_WORDS or (
            not known_name
            and (
                (next_word is not None and next_word.group(1) in _FUNCTION_WORDS)
                # "Pieter-Jan Hoogendoorn  Wetgevingsjurist", "T.J. Hoogerwerf  Havensteder":
                # the next cell's function or organisation
                or word.lower().endswith(STAFF_ROLE_ENDINGS)
                or word.lower() in _KNOWN_ORGS
                or word.lower() in BODY_WORDS
                # "Sjoerd Kingma  Zwolle": the next cell's town after a full name (not "Jan
                # van Zwolle", where the particle makes the town a surname)
                or (
                    lexicon.is_place(word)
                    and (before_words := text[start : start + m.start()].split())
                    and before_words[-1].lower() not in lexicon.tussenvoegsels()
                    and lexicon.is_surname(before_words[-1].strip("()"))
                )
            )
        )
        if not role:
            return end
        end = start + m.start()


def _end_of_titled_name(text: str, start: int, end: int) -> int:
    """`end_before_role` for a name that opens with a title or initials: the cut must leave a
    surname after the initials ("A. Avined secretaris" keeps "Avined")."""
    cut = end_before_role(text, start, end)
    if not _name_words(re.sub(r"(?:[A-Z]\.[ ]?)+", " ", text[start:cut])):
        return end
    return cut


def _name_words(name: str) -> list[str]:
    return [
        w
        for w in re.split(r"[\s.]+", name)
        if w and w.lower() not in lexicon.tussenvoegsels() and len(w) > 1
    ]


def is_street_name(word: str) -> bool:
    """`Wittlaan`, `Molewaterplein`: the last word of a street name, not a surname."""
    last = word.split("-")[-1]
    return bool(_STREET_END.search(last)) and not (
        lexicon.is_surname(word) or lexicon.is_surname(last)
    )


# The words of a table's header row under a label such as "Parafenroute".
_HEADER_WORDS = frozenset(
    "functie rol naam paraaf parafen datum akkoord opmerking opmerkingen organisatie "
    "handtekening afdeling directie status versie wie wat wanneer".split()
)


def _is_header_row(value: str) -> bool:
    """A table's header row, or one of its cells on a line of its own ("Rol", "Naam")."""
    words = re.findall(r"[A-Za-zÀ-ÿ]+", value)
    return bool(words) and all(w.lower() in _HEADER_WORDS for w in words)


def _is_plausible_name(name: str, *, require_known: bool) -> bool:
    words = _name_words(name)
    if not words or looks_like_organisation(name):
        return False
    if is_street_name(words[-1]):
        return False
    if re.match(rf"(?:{INITIALS})", name):  # "J.P.M. KLEIN KRANENBARG": a name by its shape
        return True
    if all(lexicon.is_common_word(w) for w in words) and not (
        # "Bas Visser", "Roos Bakker": a first name and a surname that are both words too
        len(words) >= 2 and lexicon.is_first_name(words[0]) and lexicon.is_surname(words[-1])
    ):
        return False
    if require_known:
        return any(lexicon.is_first_name(w) or lexicon.is_surname(w) for w in words)
    return True


_VALUE_NAME = re.compile(
    rf"(?<![\w.])(?:{TITLES})?(?P<n>(?:{INITIALS}|{BARE_INITIALS}|(?:{NAME_WORD}{SP}){{0,2}})?"
    rf"(?:{SURNAME}|{SURNAME_CAPS})|{NAME_WORD})(?![\w])"
)


def _field_value_lines(text: str, pos: int) -> Iterable[tuple[int, str]]:
    """The value of a field: the rest of the label's line, else the following lines up to a
    blank line."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    if text[pos:line_end].strip():
        yield pos, text[pos:line_end]
        # A list that wraps ("..., Pieter-Bas 't Hart; secretaris:\nYonas Haile") goes on
        # while a line ends in a separator.
        for _ in range(8):
            if not text[pos:line_end].rstrip().endswith((",", ";", ":")):
                return
            pos = line_end + 1
            if pos >= len(text) or text[pos] == "\n":
                return
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            yield pos, text[pos:line_end]
        return
    start = line_end + 1
    for _ in range(8):
        if start >= len(text) or text[start] == "\n":
            return
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, text[start:end]
        start = end + 1


def _starts_with_label(line: str) -> bool:
    from woo_pipeline.parse import heading_of, label_of

    return label_of(line) is not None or heading_of(line) is not None


_SIGNATURE_LINES = 8  # lines after a sign-off searched for the signer's name
_SIGNATURE_NAME = re.compile(
    rf"[ \t]*(?:{TITLES})?(?P<n>(?:{INITIALS}|(?:{NAME_WORD}{SP}){{0,2}})?"
    rf"(?:{SURNAME}|{SURNAME_CAPS})|{NAME_WORD}"
    rf"|(?:{INITIALS})?[{UPPER}]{{2,}}(?:[ \t][{UPPER}'’][{UPPER}'’-]+){{0,3}})[ \t]*$"
)
# Lines of a signature block that state a role, not a name: "DE MINISTER VAN ...,",
# "namens deze,", "i.o.", "het hoofd Juridische Zaken,", "Directeur Wetgeving".
_ROLE_LINE = re.compile(r"(?i)^(?:namens|voor[ \t]+deze|i\.o\.|p\.o\.|w\.g\.)(?![\w])")


def _is_signature_role_line(line: str) -> bool:
    stripped = line.strip()
    if stripped.endswith(",") or _ROLE_LINE.match(stripped):
        return True
    words = [w.lower().strip(".,") for w in stripped.split()]
    if words[0] in ("de", "het", "een") and len(words) > 1:
        # "het hoofd ...", "De secretaris-generaal": an article before a role; "De Jong" is
        # a name.
        words = words[1:]
        if stripped.split()[1][:1].islower():
            return True
    return words[0] in _OFFICE_WORDS or looks_like_organisation(stripped)


# "Willem Dreesgebouw", "Johan Cruijffschaal": a name run into what is named after it.
# Not "huis" or "school": Nijhuis, Luttikhuis and Verschool are surnames.
EPONYM_SUFFIXES = (
    "gebouw", "zaal", "prijs", "lezing", "fonds", "kazerne", "schaal", "arena", "stadion",
    "ziekenhuis", "college", "instituut", "stichting", "gemaal", "sluis", "sluizen", "brug",
)


# "Doorman-zaal", "Hooft-prijs": the lower-case end of a compound named after someone.
_EPONYM_AFTER_HYPHEN = re.compile(r"-(?:" + "|".join(sorted(_EPONYM_WORDS)) + r")\b")


def names_a_thing(word: str) -> bool:
    """Whether `word` is a name run into what is named after it: "Willem Dreesgebouw",
    "Anne Frankschool", "Dr. Schaepmanschool".

    "school" ends a few surnames too (Verschool): such a word counts only when it is no known
    surname and its stem is a known name or at least five letters that are no ordinary word.
    Not "huis": Timmerhuis, Nijhuis and Kamphuis are surnames, with stems that are names.
    """
    low = word.lower()
    if low in EPONYM_SUFFIXES:
        return False  # "Sluis", "Brug": the word alone is a surname, no compound
    if low.endswith(EPONYM_SUFFIXES):
        return True
    if not low.endswith("school") or lexicon.is_surname(word):
        return False
    stem = word[: -len("school")].rstrip("-")
    return lexicon.is_first_name(stem) or lexicon.is_surname(stem) or (
        len(stem) >= 5 and not lexicon.is_common_word(stem)
    )


_OFFICE_LEAD = re.compile(
    "(?i)(" + "|".join(re.escape(t) for t in sorted(OFFICE_TITLES, key=len, reverse=True))
    + r"|gedeputeerden|wethouders|staatssecretarissen|kamerleden)\s+(?=[A-ZÀ-Þ])"
)
_ORGANISATION_LIST_LABELS = frozenset(
    ("samengewerkt met", "afgestemd met", "in afstemming met", "kopie aan", "via")
)
_BEFORE_OFFICE_IN_LIST = re.compile(r"(?i)(?:waaronder|onder wie|inclusief)[ \t]+(?:de[ \t]+)?")
# Not "leden": members of a working group are colleagues ("leden Karin Bakker, ...").
# Offices in the plural: they name a board or a group, not the one person after them.
PLURAL_OFFICES = frozenset(
    ("gedeputeerden", "wethouders", "staatssecretarissen", "kamerleden", "ministers",
     "burgemeesters", "senatoren", "heemraden", "hoogheemraden", "eilandgedeputeerden",
     "hoofdingelanden", "wethâlders", "deputearren")
)
_SURNAMES_ONLY = re.compile(rf"{SURNAME}(?:\s+(?:en|&)\s+{SURNAME})*")
_FORMS_OF_ADDRESS = frozenset(("heer", "mevrouw", "meneer", "mijnheer", "beste", "collega"))
# Attendance lines of minutes: every name listed is a person's (office holders are then kept
# by their title: "minister Bruins (OCW)").
ATTENDANCE_LABELS = (
    "Aanwezig", "Aanwezigen", "Afwezig", "Afwezigen", "Deelnemers", "Genodigden",
    "Present", "Participants", "Attendees", "Apologies",
)
# Capitalised words that open a sentence before a first name ("Volgens Femke ...").
_NAME_OPENERS = frozenset(
    "volgens namens dankzij zonder samen behalve vanwege tijdens sinds ondanks".split()
)


_PATH = re.compile(r"(?<![\w])(?:[A-Za-z]:\\|\\\\)[^\s\\]*(?:\\[^\s\\]+)+")
_FILE_NAME = re.compile(
    r"(?<![\w.-])(?P<stem>[\w][\w.-]*?)\.(?:docx?|dotx|xlsx?|pptx?|pdf|msg|odt|txt|csv)\b"
)
# "@lindavdb1983 (Linda van den Brink)": a citizen's account on social media.
_HANDLE_WITH_NAME = re.compile(
    rf"(?<![\w.@])@(?P<h>[A-Za-z][A-Za-z0-9_]{{2,24}})(?![\w@.-])"
    rf"(?P<name>[ \t]*\({NAME_WORD}(?:[ \t]+(?:{TV}[ \t]+)?{NAME_WORD}){{1,3}}\))?"
)
# A Windows domain account: "AMF\\kdevos2", "OLD\\iwubs": a person's log-in.
_DOMAIN_ACCOUNT = re.compile(
    r"(?<![\w\\])[A-Z][A-Z0-9]{1,7}\\(?P<u>[a-z][a-z0-9._-]{1,23}[a-z0-9])(?![\w\\])"
)
_USER_LABELS = (
    r"(?:auteur|author|eigenaar|owner|gebruiker|gebruikersnaam|user(?:name)?|account|"
    r"laatst[ \t]+gewijzigd[ \t]+door|gewijzigd[ \t]+door|aangemaakt[ \t]+door|"
    r"last[ \t]+modified[ \t]+by|created[ \t]+by|modified[ \t]+by)"
)
# After a colon anywhere ("(eigenaar: nahmadi)"); at the start of a line also after a gap, as
# in a table of document properties ("Auteur    vdmeulen-r").
_USER_FIELD = re.compile(
    rf"(?im)(?:^[ \t]*{_USER_LABELS}(?:[ \t]*:[ \t]*|[ \t]+)|\b{_USER_LABELS}[ \t]*:[ \t]*"
    # "Afgedrukt op 03-02-2025 door gebruiker MBOUZ01"
    rf"|\b(?:door|by)[ \t]+(?:gebruiker|user)[ \t]+)"
    r"(?P<u>[a-z][a-z0-9._-]{3,30}|(?-i:[A-Z]{1,3}(?:vd|v|d)?[A-Z][a-z]{3,24}))(?![\w@])"
)


# Lower-case particles that open a field's value before a surname: "Aan: van der |Berg, Rutger".
_PARTICLES_OPEN_FIELD = re.compile(
    rf"(?:^|[:;<\t]|\n)[ \t]*(?P<p>(?:(?:{_TV})[ \t]+)+)$"
)
# Initials (and particles) right before a surname: "R.H. van " in "R.H. van Muilekom".
_INITIALS_BEFORE = re.compile(rf"(?<![\w.]){INITIALS}[ \t]?(?:(?:{_TV})[ \t]+)*$")


def _surnames_in(text: str) -> set[str]:
    """Capitalised words of the text that may be surnames, in lower case."""
    return {
        w.lower()
        for w in re.findall(rf"\b[{UPPER}][{LOWER}]{{3,}}\b", text)
        if not lexicon.is_common_word(w)
    }


def _is_dotted_user_name(token: str) -> bool:
    """"ahmet.kaya2", "l.devries": a given name or initial and a surname, joined by a dot."""
    m = re.fullmatch(r"([a-z]+)[._]([a-z]{3,})\d{0,4}", token)
    if not m:
        return False
    first, last = m.groups()
    return (len(first) <= 2 or lexicon.is_first_name(first)) and (
        lexicon.is_surname(last) and not lexicon.is_common_word(last)
    )


def _is_camel_user_name(token: str, surnames: set[str]) -> bool:
    m = re.fullmatch(r"[A-Z]{1,3}(?:vd|v|d)?([A-Z][a-z]{3,24})", token)
    if not m:
        return False
    surname = m.group(1)
    return surname.lower() in surnames or (
        lexicon.is_surname(surname) and not lexicon.is_common_word(surname)
    )


def _is_user_name(token: str, surnames: set[str]) -> bool:
    """"tlindeboom", "rvdmeulen", "vdmeulen-r", "nahmadi": lower case, initials or a given
    name (and the letters of a particle) run into a surname the name lists or the text know.
    A word ("bezwaar", "kamervragen") is not one."""
    if not re.fullmatch(r"[a-z]{4,24}(?:-[a-z]{1,3})?", token):
        return False
    core = token.split("-")[0]
    if lexicon.is_common_word(core) or core in _KNOWN_ORGS:
        return False
    for i in range(1, 5):
        rest = core[i:]
        if len(rest) < 4:
            break
        if rest in surnames or (lexicon.is_surname(rest) and not lexicon.is_common_word(rest)):
            return True
    if "-" in token and len(core) >= 5:  # "vdmeulen-r": particle letters, surname, initial
        for i in range(0, 4):
            if core[i:] in surnames:
                return True
    return False


class DutchNameRecognizer(_RegexRecognizer):
    """Names by their Dutch shape: titles, initials, first-name lexicon, e-mail headers,
    greetings and signature blocks. The trained NER model (SpacyRecognizer) complements it
    for names that none of these shapes or lists cover."""

    ENTITY = "PERSON"
    NAME = "DutchNameRecognizer"

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        # Streets named "Kaya ..." and foreign offices before a name are taken out in
        # detect(), for every detector's names alike.
        for start, end, score, why in self._find(text):
            # "Lukas Hoffstedde\nAnja Rüther-Kessels": two names on two lines, not one.
            split = _second_name_on_next_line(text, start, end)
            if split is not None:
                yield start, split[0], score, why
                yield split[1], end, score, why
                continue
            yield start, end, score, why

    def _find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        yield from self._titled(text)
        yield from self._ranked(text)
        yield from self._abbreviated_particles(text)
        yield from self._initials(text)
        yield from self._first_last(text)
        yield from self._caps(text)
        yield from self._couples(text)
        yield from self._nicknamed(text)
        for m in _SPOUSE_SURNAME.finditer(text):
            yield m.start("name"), m.end("name"), 0.85, "a spouse's surname ('e.v.')"
        yield from self._staff_fields(text)
        yield from self._greetings(text)
        yield from self._signatures(text)
        yield from self._mail_headers(text)
        yield from self._surname_first(text)
        yield from self._lone_first_names(text)
        yield from self._person_codes(text)
        yield from self._name_with_unit(text)
        yield from self._family_roles(text)
        yield from self._families(text)
        yield from self._user_names(text)
        yield from self._citizen_fields(text)
        yield from self._chat_speakers(text)
        yield from self._born(text)
        yield from self._handles(text)
        yield from self._lower_case_first_names(text)
        for m in _INITIALS_WITH_AGE.finditer(text):
            yield m.start("n"), m.end("n"), 0.85, "initials of a person with an age"
        yield from self._name_columns(text)

    def _abbreviated_particles(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _ABBREVIATED_PARTICLE_NAME.finditer(text):
            surname = re.split(r"[ .]", m.group())[-1]
            if looks_like_organisation(surname) or is_street_name(surname):
                continue
            yield m.start(), m.end(), 0.85, "initials, an abbreviated particle and a surname"

    def _ranked(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _RANKED_NAME.finditer(text):
            if _names_someone(m.group("name")):
                yield m.start("name"), m.end("name"), 0.85, "name after a military rank"
        # "dokter Ramaekers", "verbalisanten Rietveld en Boukhari": a citizen's doctor, a
        # bailiff, an officer who reports: people named by their trade, never office holders
        for m in _TRADE_NAME.finditer(text):
            for group in ("name", "second"):
                if m.group(group) and _names_someone(m.group(group)):
                    yield m.start(group), m.end(group), 0.85, "name after the person's trade"

    def _titled(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _TITLED_NAME.finditer(text):
            name = m.group("name")
            words = _name_words(name)
            if any(is_street_name(w) or names_a_thing(w) for w in words):
                continue  # "Dr. Molewaterplein", "Ir. D.F. Woudagemaal": named after a person
            # "mevrouw G. Sterk": a title and initials make a name of a word
            initials = re.match(rf"(?:[{UPPER}]\.[ ]?)+[ ]?[{UPPER}]", name)
            if looks_like_organisation(name) or (
                not initials
                and all(
                    lexicon.is_common_word(w) and not lexicon.is_surname(w)
                    for w in _name_words(name)
                )
            ):
                continue
            title = m.group("title").strip()
            # "ir. Pieter Oudenaarde  Manager Public Affairs": a row's next cell
            end = _end_of_titled_name(text, m.start("name"), m.end("name"))
            yield m.start("name"), end, 0.9, f"name after the title '{title}'"

    def _initials(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _INITIALS_NAME.finditer(text):
            name = m.group("name")
            first = name.split(".")[0].strip().lower()
            if first in _NOT_INITIAL:
                continue  # "27 May. Our", "nr. Vijf": abbreviations, not initials
            if re.match(r"(?:Z|H)\.[ ]?(?:K\.[ ]?H\.|M\.)[ \t\n]*(?:Koning|Prins)", name):
                continue  # "Z.M. Koning Willem-Alexander": a royal style, not initials
            if is_street_name(_name_words(name)[-1] if _name_words(name) else ""):
                continue  # "Dr. Molewaterplein 40": a street
            following = re.match(rf" ([{UPPER}][\w'’-]*)", text[m.end() : m.end() + 40])
            if following and (
                is_street_name(following.group(1)) or names_a_thing(following.group(1))
            ):
                continue  # "Dr. Willem Dreesgebouw", "Dr. Willem Dreesstraat 12"
            if text[m.start("name") - 1 : m.start("name")] == "-":
                continue  # "DUS-I.": the end of an acronym, not an initial
            if re.search(r"P\.[ ]?O\.[ ]?Box\b", text[max(0, m.start("name") - 4) : m.end("name")]):
                continue  # "P.O. Box 20201": a post-office box
            surname = _name_words(name)[-1] if _name_words(name) else ""
            if name.split()[-1].lower() in lexicon.tussenvoegsels():
                continue  # "gemeente Oss. De vragen": a name does not end in a particle
            # "N.B. Dit", "T.a.v. De" are abbreviations before an ordinary word.
            if not surname or (lexicon.is_common_word(surname) and not lexicon.is_surname(surname)):
                continue
            # A surname in capitals after initials ("T. VISSER") is no acronym.
            caps_after_initials = surname.isupper() and surname.lower() not in _KNOWN_ORGS
            # "W. Heijmans": a firm named after a family is that family's surname after initials
            family_firm = surname.lower() in _KNOWN_ORGS and lexicon.is_surname(surname)
            if looks_like_organisation(surname) and not caps_after_initials and not family_firm:
                continue
            compound = re.match(r"-[a-z]", text[m.end() : m.end() + 2]) and "\n" not in name
            if compound or names_a_thing(surname):
                continue  # "P.C. Hooft-prijs", "Ir. D.F. Woudagemaal": named after a person
            if re.match(r"(?:B\.V\.|N\.V\.|C\.V\.|V\.O\.F\.)", name):
                continue  # "Flex4U B.V. in Venlo": a company's legal form, not initials
            # "A. Ruitenberg-Lam   Avined   secretaris": a table row read as one line
            end = _end_of_titled_name(text, m.start("name"), m.end("name"))
            yield m.start("name"), end, 0.85, "initials followed by a surname"

    def _first_last(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _matches_at_each_capital(_FULL_NAME, text):
            first = m.group("first")
            # "Anna-Lena": a double first name of two known first names
            if not (lexicon.is_first_name(first) or (
                "-" in first and all(lexicon.is_first_name(p) for p in first.split("-"))
            )):
                continue
            before = re.search(r"([A-Z][\w-]*)[ \t]+$", text[max(0, m.start() - 30) : m.start()])
            if before and f"{before.group(1)} {first}".lower() in _KNOWN_ORGS:
                continue  # "Koninklijke Marine de Marinedagen": the first name ends a body's name
            end = end_before_role(text, m.start("rest"), m.end())
            span, rest = text[m.start() : end], text[m.start("rest") : end]
            rest_words = _name_words(rest)
            low_first = first.lower()
            article = low_first in lexicon.tussenvoegsels() or low_first in FOREIGN_ARTICLES
            if article or any(w.lower() in _OFFICE_WORDS for w in (first, *rest_words)):
                continue  # "De Kuip", "Le Monde", "De Ministers Agema": an article or an office
            if lexicon.is_common_word(first):
                # "Mark Wolters", "Bas Visser": a first name that is also a word counts only
                # before a surname from the lists that is not a word itself, or with the
                # person's function in brackets after it ("Bas de Kort (beleidsmedewerker)").
                last = rest_words[-1] if rest_words else ""
                function = re.match(r"[ \t]*\(([a-zà-ÿ-]+)", text[end : end + 40])
                if not (lexicon.is_surname(last) and not lexicon.is_common_word(last)) and not (
                    function and function.group(1) in _FUNCTION_WORDS
                ):
                    continue
                if first.lower() in _KNOWN_ORGS or looks_like_organisation(span):
                    continue
            if not rest_words or looks_like_organisation(span):
                continue
            after_comma = re.search(r",[ \t]*$", text[max(0, m.start() - 3) : m.start()])
            if "\n" in span and after_comma:
                continue  # "Kowalczyk, Agnieszka\nVersie 0.7": the name ended with its line
            untrimmed = _name_words(text[m.start("rest") : m.end()])
            if is_street_name(rest_words[-1]) or (untrimmed and is_street_name(untrimmed[-1])):
                # "Johan de Wittlaan": a street named after a person; "Korte Voorhout": a
                # street, also where the rule for a row's next cell would cut off its end
                continue
            if lexicon.is_place(span):
                continue  # "Sas van Gent": a place
            if any(
                w.lower() in _EPONYM_WORDS or names_a_thing(w) for w in rest_words
            ) or re.match(r"-[a-z]", text[m.end() : m.end() + 2]) or _EPONYM_AFTER_HYPHEN.search(
                rest
            ):
                # "Anne Frank Huis": a building named after a person; "Karel Doorman-zaal",
                # "P.C. Hooft-prijs": a compound with the person's name
                continue
            if rest_words and f"{first} {rest_words[0]}".lower() in _KNOWN_ORGS:
                continue  # "Albert Heijn Zwolle-Zuid": a known firm and its branch
            if "-" in rest:
                yield m.start(), end, 0.85, "known first name followed by a double surname"
                continue
            surname = rest_words[-1]
            if lexicon.is_common_word(surname) and not lexicon.is_surname(surname):
                continue
            score = 0.85 if lexicon.is_surname(surname.split("-")[0]) else 0.75
            yield m.start(), end, score, "known Dutch first name followed by a surname"

    def _nicknamed(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        """"Johannes (Hans) ter Beek", "Mohamed 'Mo' Chaouch", "Durk Jan (DJ) Postma": a
        first name, the name the person goes by in brackets or quotes, and the surname."""
        seen: set[int] = set()
        for nick in _NICKNAME.finditer(text):
            # the whole name around a nickname only: one pattern over the text costs more
            m = next(
                (
                    found
                    for found in _NICKNAMED.finditer(
                        text, max(0, nick.start() - 60), min(len(text), nick.end() + 60)
                    )
                    if found.start() < nick.start() < found.end()
                ),
                None,
            )
            if not m or m.start() in seen:
                continue
            seen.add(m.start())
            first = m.group("first").split()[0]
            if not lexicon.is_first_name(first.split("-")[0]) or lexicon.is_common_word(first):
                continue
            sur = m.group("sur")
            if looks_like_organisation(m.group()) or (
                # "ter Beek": a particle makes a surname of a word
                " " not in sur.strip() and lexicon.is_common_word(sur)
            ):
                continue
            yield m.start(), m.end(), 0.85, "first name, nickname and surname"

    def _couples(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        """"Peter en Sandra Visser": two first names sharing one surname, as one name."""
        for m in _matches_at_each_capital(_COUPLE, text):
            if not all(
                lexicon.is_first_name(w) and not lexicon.is_common_word(w)
                for w in (m.group("a"), m.group("b"))
            ):
                continue
            if looks_like_organisation(m.group()):
                continue
            if lexicon.is_place(m.group().split(" en ")[-1].strip()):
                continue  # "Sierra Leone en Hoa Binh": two places
            yield m.start(), m.end(), 0.8, "two first names sharing a surname"

    def _caps(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _matches_at_each_capital(_CAPS_NAME, text):
            first = m.group("first")
            last = m.group("rest").split()[-1]
            known_surname = lexicon.is_surname(last.split("-")[0])
            if lexicon.is_common_word(first) and not known_surname:
                continue  # "BRIEF VAN DE MINISTERS": a heading; "ROOS VAN DIJK" stays a name
            line_start = text.rfind("\n", 0, m.start()) + 1
            if not known_surname and re.search(r"[a-zà-ÿ]", text[line_start : m.start()]):
                continue  # "via het BO MIRT": an acronym in a sentence, not a signature
            if lexicon.is_first_name(first) and (
                known_surname or not lexicon.is_common_word(last)
            ) and not looks_like_organisation(m.group()):
                yield m.start(), m.end(), 0.8, "name in capitals (signature)"

    def _staff_fields(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        labels = "|".join(
            re.escape(lbl)
            for lbl in sorted((*STAFF_FIELD_LABELS, *ATTENDANCE_LABELS), key=len, reverse=True)
        )
        # The further labels count with their colon only: "Secretaris: Yonas Haile", not a
        # sentence that opens with "Secretaris".
        more = "|".join(
            rf"{re.escape(lbl)}(?=[ \t]*:)"
            for lbl in sorted(MORE_STAFF_FIELD_LABELS, key=len, reverse=True)
        )
        labels = f"{labels}|{more}"
        label_line = re.compile(rf"(?i)^[ \t]*({labels})[ \t]*:?[ \t]*$")
        for m in re.finditer(rf"(?im)^[ \t]*({labels})(?![\w])[ \t]*:?[ \t]*", text):
            for start, value in _field_value_lines(text, m.end()):
                if label_line.match(value) or _starts_with_label(value):
                    break
                if re.search(r"\S(?:\t|[ ]{2,})\S", value):
                    break  # a table under the label ("Functie   Naam   Paraaf"): columns decide
                if _is_header_row(value):
                    continue  # "Functie Paraaf Datum": the header of the table under the label
                yield from self._names_in_value(text, start, value, m.group(1))

    def _names_in_value(
        self, text: str, value_start: int, value: str, label: str
    ) -> Iterable[tuple[int, int, float, str]]:
        plural_office = False
        for part in re.finditer(r"[^,;()/]+|\([^)]*\)", value):
            raw = part.group()
            if raw.startswith("("):
                continue  # (PL), (DGOB): a role or unit, not a name
            stripped = raw.strip()
            stripped = re.sub(r"^(?:en|and)\s+|\s+(?:en|e\.a\.)$", "", stripped)
            # "secretaris: Yonas Haile", "notulist: Ilse Vermeulen": a role, then the name
            stripped = re.sub(r"^[\w .-]{1,30}:\s*", "", stripped)
            # "Gedeputeerde Van Rhee", "gedeputeerden Olthof, Loggen en Hoogervorst": office
            # holders in their role; the keep rules see the title before the name.
            # "waaronder de heemraden Coppens, Van Lieshout en Arts-Derks"
            lead = _BEFORE_OFFICE_IN_LIST.match(stripped)
            office = _OFFICE_LEAD.match(stripped, lead.end() if lead else 0)
            if office:
                plural_office = office.group(1).lower() in PLURAL_OFFICES
                if plural_office:
                    continue  # "gedeputeerden Olthof, ...": office holders, all of them
                stripped = stripped[office.end() :]
            elif plural_office and _SURNAMES_ONLY.fullmatch(stripped.rstrip(".")):
                continue  # "..., Loggen en Hoogervorst": more surnames of that office
            else:
                plural_office = False
            if not stripped or re.search(r"[\d@]", stripped) or looks_like_organisation(stripped):
                continue
            first_word = stripped.split()[0]
            if first_word[:1].islower() and (
                first_word in _FUNCTION_WORDS | _STAFF_ROLES
                or first_word.endswith(STAFF_ROLE_ENDINGS)
            ):
                # "inspecteur Dierenwelzijn Landbouwhuisdieren", "programmamanager Aanpak
                # Overvecht": a function and its field
                continue
            for name_m in _VALUE_NAME.finditer(stripped):
                name = name_m.group("n")
                # "Samengewerkt met: Unie van Waterschappen, Invest-NL": such fields mostly
                # list organisations; a person there is one the name lists know
                require_known = label.lower() in _ORGANISATION_LIST_LABELS
                if not _is_plausible_name(name, require_known=require_known):
                    continue
                if re.match(r"[A-Z]{2,3} ", name) and lexicon.is_place(name.split()[-1]):
                    continue  # "PV Brussel", "PI Vught": a unit in a town
                if " " not in name.strip() and "." not in name and not (
                    lexicon.is_first_name(name) or lexicon.is_surname(name)
                ):
                    continue  # one unknown word: a unit or acronym (DGOB, Rijksvastgoedbedrijf)
                offset = value_start + part.start() + raw.find(stripped) + name_m.start("n")
                yield offset, offset + len(name), 0.9, f"name in the field '{label}'"
                break

    def _greetings(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        greet = "|".join(GREETINGS)
        pattern = rf"(?im)^[ \t]*(?:{greet})[ \t]+(?P<n>{NAME_WORD}(?:{SP}{SURNAME})?)[ \t]*[,!]"
        for m in re.finditer(pattern, text):
            name, start = m.group("n"), m.start("n")
            first = name.split()[0]
            if first.lower() in _OFFICE_WORDS:
                continue  # "Geachte gedeputeerde Ramaekers,": an office holder, kept
            if first.lower() in _FORMS_OF_ADDRESS:
                # "Geachte heer Tahiri": the name is what follows the form of address
                rest = name[len(first) :].lstrip()
                if not rest:
                    continue
                start += len(name) - len(rest)
                name = rest
            if name.islower() and not lexicon.is_first_name(name.split()[0]):
                continue  # "Geachte raadsleden,", "Beste collega's,": the readers, in a word
            if _is_plausible_name(name, require_known=False) and not lexicon.is_common_word(name):
                yield start, start + len(name), 0.85, "name after a greeting"

    def _signatures(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        """The signer's name under a sign-off. In letters and decisions the name often comes
        after the role lines ("DE MINISTER VAN ...,", "namens deze,", "het hoofd Juridische
        Zaken,") and the space left for the signature: those lines are passed over. Whether
        the signer is an office holder is for the keep rules to judge."""
        signoff = "|".join(re.escape(s) for s in SIGN_OFFS)
        for m in re.finditer(rf"(?im)^[ \t]*(?:{signoff})[ \t]*,?[ \t]*\n+", text):
            start = m.end()
            for _ in range(_SIGNATURE_LINES):
                line_end = text.find("\n", start)
                line_end = len(text) if line_end < 0 else line_end
                line = text[start:line_end]
                if line.strip() and not _is_signature_role_line(line):
                    name_m = _SIGNATURE_NAME.match(line)
                    if name_m and _is_plausible_name(name_m.group("n"), require_known=False):
                        begin = start + name_m.start("n")
                        yield begin, begin + len(name_m.group("n")), 0.85, "name under a sign-off"
                    break
                if line_end >= len(text):
                    break
                start = line_end + 1

    def _mail_headers(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in re.finditer(r"(?im)^[ \t]*(?:van|aan|cc|bcc|from|to)[ \t]*:[ \t]*(.+)$", text):
            for part in re.finditer(r"[^;]+", m.group(1)):
                piece = re.sub(r"<[^>]*>|\[[^\]]*\]|\([^)]*\)", "", part.group())
                piece = piece.strip(" ,\t'\"‘’“”")
                # "Roos, Frederik - DGFZ/FM": the unit's codes after the name
                piece = re.sub(r"[ \t]+[-–][ \t]+[A-Z][A-Za-z&]*(?:/[A-Za-z&]+)*$", "", piece)
                if not piece or "@" in piece:
                    continue
                first_word = piece.split()[0].lower().rstrip(",")
                # "de Vries, JW": an article of an office ("de leden") is here a particle
                office = first_word in _OFFICE_WORDS and first_word not in ("de", "het")
                if office or any(
                    w.islower() and w not in lexicon.tussenvoegsels() for w in piece.split()
                ):
                    continue  # "Minister Agema", "Permanente Vertegenwoordiging bij de EU"
                sf = _SURNAME_FIRST.fullmatch(piece)
                if sf or _is_plausible_name(piece, require_known=True):
                    if looks_like_organisation(piece):
                        continue
                    start = m.start(1) + part.start() + part.group().find(piece)
                    yield start, start + len(piece), 0.85, "name in an e-mail header"


    def _name_with_unit(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        """"Liu Mei-Ling (BZ/DAO)", "Li Na (RIVM)": two or three capitalised words and the
        unit in brackets is how notas list colleagues, whatever their names' origin."""
        for m in _matches_at_each_capital(_NAME_WITH_UNIT, text):
            name = m.group("n")
            unit = m.group("u")
            if unit.upper() != unit and unit.lower() not in _KNOWN_ORGS:
                continue
            if unit in POLITICAL_PARTY_SET:
                continue  # "De Groot (D66)": a member of parliament, kept by detect
            if abbreviates_words_before(text, text.index("(", m.end("n")), unit):
                continue  # "Publieke Omroep Amsterdam (POA)": a body and its abbreviation
            words = name.split()
            if looks_like_organisation(name) or any(
                lexicon.is_common_word(w) or (lexicon.is_place(w) and not lexicon.is_surname(w))
                for w in words
            ):
                continue
            # "School voor Openbaar Bestuur (NSOB)" has the same shape: a listed first name or
            # surname (Liu, Huang, Xu, Kevin) must vouch for it.
            if not any(
                lexicon.is_first_name(part) or lexicon.is_surname(part)
                for w in words
                for part in w.split("-")
            ):
                continue
            yield m.start("n"), m.end("n"), 0.75, "a name followed by the unit in brackets"
        # "van der Hoeven (BZK/DGDOO)", "ten Cate (Logius)": a surname with its particles,
        # without a first name.
        for m in _PARTICLE_NAME_WITH_UNIT.finditer(text):
            surname, unit = m.group("s"), m.group("u")
            if unit.upper() != unit and unit.lower() not in _KNOWN_ORGS:
                continue
            if unit in POLITICAL_PARTY_SET or not lexicon.is_surname(surname.split("-")[0]):
                continue
            if looks_like_organisation(surname) or surname.lower() in _EPONYM_WORDS:
                continue
            yield m.start("n"), m.end("n"), 0.75, "a surname followed by the unit in brackets"
        # "Hendriks (IenW/DGWB) licht de planning toe": a surname alone, with a ministry's
        # unit path in brackets (a party or a place is never written with a slash)
        for m in _SURNAME_WITH_UNIT_PATH.finditer(text):
            surname = m.group("s")
            if not lexicon.is_surname(surname.split("-")[0]) or lexicon.is_common_word(surname):
                continue
            if looks_like_organisation(surname) or lexicon.is_place(surname):
                continue
            if m.group("u").split("/")[0].lower() not in _KNOWN_ORGS:
                continue
            yield m.start("s"), m.end("s"), 0.75, "a surname followed by the unit in brackets"

    def _name_columns(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        """Cells under a column header such as "Achternaam", "Voornaam" or "Contactpersoon"
        in a table drawn as text; under "Wie" or "Actiehouder" also person codes (KB/SJ)."""
        for header, cell in text_column_cells(text, NAME_COLUMN_HEADERS | CODE_COLUMN_HEADERS):
            for start, end, why in people_in_cell(header, cell.group()):
                yield cell.start() + start, cell.start() + end, 0.8, why

    def _user_names(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        """Account names: "C:\\Users\\rvdmeulen\\...", "nota_v3_sjagessar.docx",
        "Auteur: vdmeulen-r". An account name is written in lower case and is initials or
        a given name run into a surname, known from the name lists or from the text itself."""
        if not ("\\" in text or "." in text or ":" in text or "\t" in text or "gebruiker" in text):
            return
        surnames = _surnames_in(text)
        for m in _PATH.finditer(text):
            segments = list(re.finditer(r"[^\\]+", m.group()))
            for i, seg in enumerate(segments):
                if i == len(segments) - 1 and _FILE_NAME.fullmatch(seg.group()):
                    continue  # the file name: below
                name = seg.group().rstrip(".,;:)")  # the sentence's full stop
                if _is_user_name(name, surnames):
                    start = m.start() + seg.start()
                    yield start, start + len(name), 0.75, "an account name in a path"
        for m in _FILE_NAME.finditer(text):
            stem = m.group("stem")
            if any(_is_user_name(part, surnames) for part in re.split(r"[_ .-]+", stem)):
                yield m.start(), m.end(), 0.75, "a file name with an account name in it"
        for m in _DOMAIN_ACCOUNT.finditer(text):
            yield m.start(), m.end(), 0.75, "a domain account"
        for m in _HANDLE_WITH_NAME.finditer(text):
            handle = m.group("h").lower().rstrip("0123456789_")
            if m.group("name") or _is_user_name(handle, surnames) or _is_dotted_user_name(handle):
                why = "a person's social media handle"
                yield m.start(), m.start("h") + len(m.group("h")), 0.75, why
        for m in _USER_FIELD.finditer(text):
            account = m.group("u").rstrip(".")  # the sentence's full stop
            if (
                _is_user_name(account, surnames)
                or _is_dotted_user_name(account)
                # "MBOUZ01": letters of the name, then a number (a staff account's code)
                or re.fullmatch(r"[A-Z]{3,8}\d{1,4}", account)
                # "LHoogendijk", "JvdBerg": initials run into a capitalised surname
                or _is_camel_user_name(account, surnames)
            ):
                yield m.start("u"), m.start("u") + len(account), 0.75, (
                    "an account name after its label"
                )

    def _families(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        """"fam. Tjalsma", "de familie Nijboer": a household by its surname."""
        for m in _FAMILY_NAME.finditer(text):
            name = m.group("n")
            if looks_like_organisation(name) or is_street_name(name):
                continue
            if name.split()[0] in ("in", "uit", "te") and lexicon.is_place(name.split()[-1]):
                continue  # "een gezin in Rotterdam-Zuid": where it lives, not its name
            yield m.start("n"), m.end("n"), 0.85, "a family's surname"

    def _citizen_fields(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        """The name at the start of a "Verzoeker:" or "Klager:" field."""
        for m in _CITIZEN_FIELD.finditer(text):
            value = m.group("v")
            name_m = _VALUE_NAME.match(value.strip())
            if not name_m:
                continue
            name = name_m.group("n")
            if looks_like_organisation(value) or not _is_plausible_name(name, require_known=False):
                continue
            start = m.start("v") + (len(value) - len(value.lstrip())) + name_m.start("n")
            yield start, start + len(name), 0.9, "name in a citizen's field"

    def _chat_speakers(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        """Who speaks in an exported chat: "[04-01-2024 06:48] Sjors OOV: Peil Maas ...",
        "[09:04] Kowalczyk, Agnieszka" on a line of its own (Teams). A speaker is a person
        whatever their name's origin; an office before the name ("Burgemeester Scholten")
        is left to the keep rules, a unit after it ("OOV") is not part of the name."""
        for m in _CHAT_SPEAKER.finditer(text):
            speaker = m.group("s").strip()
            if re.search(r"\d|@", speaker) or looks_like_organisation(speaker):
                continue  # "+31 6 2345 9981": a number; the phone rules decide
            first = speaker.split()[0].lower().rstrip(",")
            if first in _OFFICE_WORDS or first in _FORMS_OF_ADDRESS:
                continue
            name = _CHAT_NAME.match(speaker)
            if not name or all(lexicon.is_common_word(w) for w in _name_words(name.group())):
                continue
            start = m.start("s") + (len(m.group("s")) - len(m.group("s").lstrip()))
            yield start, start + name.end(), 0.85, "a speaker in a chat"

    def _handles(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        """A social-media handle made of a person's name: "@jan_devries", "@ria_vandam1962",
        "@loes.vdberg". A handle of an organisation ("@Rijkswaterstaat") names nobody."""
        for m in _HANDLE.finditer(text):
            parts = [p for p in re.split(r"[_.\d]+", m.group("h")) if len(p) > 1]
            if not parts or looks_like_organisation(" ".join(parts)):
                continue
            if any(
                (lexicon.is_first_name(p.capitalize()) or lexicon.is_surname(p.capitalize()))
                and not lexicon.is_common_word(p)
                for p in parts
            ):
                yield m.start(), m.end(), 0.85, "a social-media handle made of a name"

    def _lower_case_first_names(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        """A first name typed in lower case where only a person can stand: alone on the line
        under an informal sign-off ("groet,\nmarieke"), or before a unit in brackets
        ("afgestemd met wendy (DGLZ)")."""
        for pattern, why in (
            (_LOWER_NAME_UNDER_SIGNOFF, "a first name in lower case under a sign-off"),
            (_LOWER_NAME_BEFORE_UNIT, "a first name in lower case before a unit"),
        ):
            for m in pattern.finditer(text):
                name = m.group("n")
                if lexicon.is_first_name(name.capitalize()) and not lexicon.is_common_word(name):
                    yield m.start("n"), m.end("n"), 0.8, why

    def _born(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        """Whoever is given with a date of birth is a person, whatever the name's origin:
        "Dawit Tesfay (geb. 12-06-1999)", "HUANG, JIANHUA (geb. 21-03-1971)"."""
        for m in _BORN_NAME.finditer(text):
            start, name = m.start("n"), m.group("n")
            # "Bestuurder Dariusz Wójcik", "Volgens Dawit Tesfay": a role or a word that
            # opens the sentence is no part of the name.
            words = name.split()
            while len(words) > 1 and (
                lexicon.is_common_word(words[0]) or words[0].lower() in _WORDS_BEFORE_A_PERSON
            ):
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            name = text[start : m.end("n")]
            if looks_like_organisation(name) or not _is_plausible_name(name, require_known=False):
                continue
            yield start, m.end("n"), 0.9, "a name given with a date of birth"

    def _family_roles(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _FAMILY_ROLE.finditer(text):
            name = m.group("n")
            words = name.split()
            if looks_like_organisation(name) or all(lexicon.is_common_word(w) for w in words):
                continue
            yield m.start("n"), m.end("n"), 0.8, "a name after a family relation"

    def _surname_first(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _matches_at_each_capital(_SURNAME_FIRST_ANY, text):
            sur, given = m.group("sur"), m.group("given")
            sur_words = _name_words(sur)
            if not sur_words or looks_like_organisation(sur) or is_street_name(sur_words[-1]):
                continue
            line_before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            if (
                "." not in given
                and re.search(rf"[{UPPER}][\w'’-]+,[ \t]+(?:{TV}[ \t]+)*$", line_before)
                and re.match(r"[ \t]*(?:,|en\b)", text[m.end() : m.end() + 5])
            ):
                continue  # "Lodewijks, Ter Horst, Yildiz en Baars": a list of surnames
            if m.group("title") and line_before.strip() and not re.search(
                r"[:\t;]\s*$", line_before
            ):
                continue  # "de commissaris van de Koning, drs. J.F. Albersen-Tak": a sentence
            if lexicon.is_common_word(sur_words[-1]) and not lexicon.is_surname(sur_words[-1]):
                continue  # "Daarnaast, Karin ..." is a sentence, not a name
            if lexicon.is_place(sur) and not lexicon.is_surname(sur):
                continue  # "Den Haag, J. ..."
            given_first = given.split()[0]
            if "." in given_first:
                if given_first.split(".")[0].lower() in _NOT_INITIAL:
                    continue
            elif given_first.isupper():
                # "Haan, JW de": bare initials, only matched before the particles
                if given_first in _ABBREVIATIONS or given_first.lower() in _KNOWN_ORGS:
                    continue
            elif not lexicon.is_first_name(given_first) or lexicon.is_common_word(given_first):
                continue
            elif lexicon.is_place(given) and not lexicon.is_surname(sur_words[-1]):
                continue  # "The Bottom, Saba": a town, then its island
            if "." not in given_first and _NEXT_NAME_WORD.match(text, m.end()):
                continue  # "Berhane, Marjolein van Rijswijk": a list of full names
            if "." in given_first:
                following = _NEXT_CAPITAL_WORD.match(text, m.end())
                if following and lexicon.is_surname(following.group(1)) and not (
                    lexicon.is_common_word(following.group(1))
                ):
                    continue  # "Directie Economie, M. Ferreira Lopes": a unit, then a name
            if "." in given_first and _INITIALS_BEFORE.search(
                text, max(0, m.start() - 30), m.start()
            ):
                continue  # "R.H. van Muilekom, M. Sterk": a list of initials and surnames
            # "Aan: van der Berg, Rutger": the particles in lower case before the surname
            # belong to it when nothing but a field's start comes before them.
            particles = _PARTICLES_OPEN_FIELD.search(text, max(0, m.start() - 30), m.start())
            start = particles.start("p") if particles else m.start()
            yield start, m.end(), 0.8, "surname, then initials or first name"
        # "HAIDARI, Mohammad Yasin", "WELDEMARIAM, Tsegay": the surname in capitals first, as
        # police, COA and IND reports write people they register.
        for m in _CAPS_SURNAME_FIRST.finditer(text):
            sur, given = m.group("sur"), m.group("given")
            if sur.lower() in _KNOWN_ORGS or lexicon.is_common_word(sur) or lexicon.is_place(sur):
                continue
            vowels = sum(ch in "AEIOUYÄËÏÖÜÁÉÍÓÚ" for ch in sur)
            if not (lexicon.is_surname(sur) or (len(sur) >= 6 and vowels >= 2)):
                continue  # "DGMI, Pauline Adegeest": a unit's acronym before a full name
            if lexicon.is_common_word(given.split()[0]) or looks_like_organisation(given):
                continue
            yield m.start(), m.end(), 0.8, "surname in capitals, then the given names"
        for m in _CAPS_SURNAME_FIRST_MORE.finditer(text):
            sur, given = m.group("sur"), m.group("given")
            last = sur.split()[-1]
            # a particle makes a surname of a word ("VAN 'T HOF"); the first of a double
            # surname is the one to judge ("KUIJPERS-OP DEN KAMP")
            with_particle = " " in sur or "-" in sur
            if "-" in sur:
                last = sur.split("-")[0].split()[-1]
            if last.lower() in _KNOWN_ORGS or (
                lexicon.is_common_word(last) and not with_particle
            ):
                continue
            if lexicon.is_place(last) and not lexicon.is_surname(last):
                continue
            first = given.split()[0]
            if "." not in given and not (
                lexicon.is_first_name(first.title()) and not lexicon.is_common_word(first)
            ):
                continue  # "RAPPORT, BIJLAGE": two words in capitals, no given name
            vowels = sum(ch in "AEIOUYÄËÏÖÜÁÉÍÓÚ" for ch in last)
            known = any(lexicon.is_surname(part.title()) for part in last.split("-"))
            if not (known or (len(last) >= 6 and vowels >= 2)) and " " not in sur:
                continue  # "DGOBD, R.J.S. van 't Hof": a unit's code before a name
            following = _NEXT_NAME_WORD.match(text, m.end())
            if "." in given and following and not names_an_organisation(
                text[following.end() - 2 : following.end() + 30].split()[0]
            ):
                continue  # the initials open the next name (not "DE VRIES, J.M. Gemeente Venlo")
            yield m.start(), m.end(), 0.8, "surname in capitals, then the given names"

    def _lone_first_names(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        """A known first name on its own ("Zoals Femke aangaf", "Beste Karin"): colleagues are
        often named by first name only. Words that are also ordinary words or places, and first
        names that are part of a longer capitalised name, are left alone."""
        for m in _LONE_WORD.finditer(text):
            word = m.group()
            parts = word.split("-")
            if not all(lexicon.is_first_name(p) for p in parts):
                continue
            if any(lexicon.is_common_word(p) or lexicon.is_place(p) for p in parts):
                continue
            if word.lower() in _KNOWN_ORGS or looks_like_organisation(word):
                continue
            if text[m.start() - 1 : m.start()] == "(" and abbreviates_words_before(
                text, m.start() - 1, word
            ):
                continue  # "Raad voor het openbaar bestuur (Rob)"
            before = text[max(0, m.start() - 40) : m.start()]
            after = text[m.end() : m.end() + 40]
            # Part of a longer name ("Anne Frank Huis", "Max Planck"): other rules decide.
            previous = re.search(rf"([{UPPER}][\w'’-]*)[ \t]+$", before)
            if previous and previous.group(1) in ("De", "Het", "Den"):
                continue  # "in De Marnix", "Het Loo": a building's or a place's name
            if re.match(rf"\s+(?:(?:{_TV})\s+)?[{UPPER}]|[ \t]*&", after) or (
                # "Zoals Femke", "Volgens Femke": a sentence-opening word, not a name part
                previous
                and not lexicon.is_common_word(previous.group(1))
                and previous.group(1).lower() not in _NAME_OPENERS
            ):
                continue
            sentence_start = not before.strip() or before.rstrip()[-1] in ".!?:\n"
            score = 0.55 if sentence_start else 0.65
            yield m.start(), m.end(), score, "a known first name on its own"

    def _person_codes(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for pattern, score, why in (
            (_CODE_CONTEXT, 0.8, "initials of a person in an action or paraph list"),
            (_PARAPH_LABEL_LINE, 0.8, "initials of a person in a paraph field"),
            (_CODE_LINE, 0.75, "initials of persons (typist line)"),
            (_CODE_BULLET, 0.7, "initials of a person who acts (minutes)"),
            (_CODE_AFTER_ACT, 0.7, "initials of a person who acts"),
        ):
            for m in pattern.finditer(text):
                codes = m.group("codes")
                for c in re.finditer(_LIST_CODE, codes):
                    code = c.group()
                    # After "Steller:" or "Actie:", "NB" is someone's initials, not nota bene;
                    # four or more capitals ("DJPS", "DGCZ") name a unit.
                    abbreviation = (code in _ABBREVIATIONS and not (
                        pattern in (_CODE_CONTEXT, _PARAPH_LABEL_LINE) and code == "NB"
                    )) or (len(code) >= 4 and code.isupper()) or code.startswith("DG")
                    if len(code) < 2 or abbreviation or code.lower() in _KNOWN_ORGS:
                        continue
                    start = m.start("codes") + c.start()
                    yield start, start + len(code), score, why
        for m in _CODE_ENDS_ROW.finditer(text):
            if _spells_name_before(text, m.start("code"), m.group("code")):
                why = "initials of the person named before them in the row"
                yield m.start("code"), m.end("code"), 0.8, why
        for m in _CODE_BEFORE_NAME.finditer(text):
            code = m.group("codes")
            name = re.match(
                rf"\(({NAME_WORD}(?:[ \t]+(?:{TV}[ \t]+)?{NAME_WORD})*)", text[m.end() :]
            )
            # "MK (Mirjam Kooistra)": the code's letters are the name's initials; "FEZ (Ingrid
            # van der Zalm)" is a unit and its contact person.
            if name and _code_fits_name(code, name.group(1), 1):
                why = "initials of the person named after them"
                yield m.start("codes"), m.end("codes"), 0.75, why
        for m in _COMMENT_LABEL.finditer(text):
            yield m.start("code"), m.end("code"), 0.8, "initials of a comment's author"
        for m in _CODE_AFTER_NAME.finditer(text):
            code = m.group("code")
            if code in _ABBREVIATIONS or code.lower() in _KNOWN_ORGS:
                continue
            name = m.group("name")
            first = name.split()[0].split("-")[0]
            # a person's name opens with a first name: not "Commissie Werkelijke Schade (CWS)"
            if not lexicon.is_first_name(first) or lexicon.is_common_word(first):
                continue
            if names_an_organisation(name) or looks_like_organisation(name):
                continue
            if _code_abbreviates(code, name):
                why = "initials of the person named before them"
                yield m.start("code"), m.end("code"), 0.75, why
        for m in _CODE_PAIR.finditer(text):
            codes = [m.group("a"), m.group("b")]
            if not any(_MIXED_CODE.fullmatch(c) for c in codes):
                continue  # "BZK/DGOB": units; "JvdB/HK": initials of author and typist
            for name in ("a", "b"):
                code = m.group(name)
                if code not in _ABBREVIATIONS and code.lower() not in _KNOWN_ORGS:
                    yield m.start(name), m.end(name), 0.7, "initials of persons (author/typist)"
        for m in _MIXED_CODE_ANYWHERE.finditer(text):
            code = m.group()
            if code not in _ABBREVIATIONS and code.lower() not in _KNOWN_ORGS:
                yield m.start(), m.end(), 0.6, "initials of a person (JvdB, LdG)"
        for m in _BARE_INITIALS_NAME.finditer(text):
            initials, surname = m.group("i"), m.group("s")
            if initials.lower() in _KNOWN_ORGS or initials in _ABBREVIATIONS:
                continue
            if initials == "PO" and surname.split()[0] == "Box":
                continue  # "PO Box 12600": a post-office box abroad
            if initials.lower() in _OFFICE_WORDS or initials.lower() in _FUNCTION_WORDS:
                continue  # "MP Schoof", "DG Bakker": an office or function, then a name
            last = surname.split()[-1]
            if " " not in surname and lexicon.is_place(last) and not lexicon.is_first_name(last):
                continue  # "PI Vught": an institution in a town ("JW de Vries" is a name)
            if lexicon.is_surname(last) and not lexicon.is_common_word(surname):
                yield m.start(), m.end(), 0.7, "initials without full stops and a surname"
        for m in _ONE_INITIAL_NAME.finditer(text):
            surname = m.group("s")
            last = surname.split()[-1]
            if not lexicon.is_surname(last.split("-")[0]) or lexicon.is_common_word(last):
                continue
            if " " not in surname and lexicon.is_place(last) and not lexicon.is_first_name(last):
                continue  # "N Amsterdam"
            if _LETTERED_THING_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "bijlage B Hofstede", "scenario C": a lettered thing, not initials
            yield m.start(), m.end(), 0.7, "an initial without a full stop and a surname"
        for m in _CODE_PAREN.finditer(text):
            code = m.group("code")
            if code not in _ABBREVIATIONS and code.lower() not in _KNOWN_ORGS:
                yield m.start("code"), m.end("code"), 0.6, "initials of a person in brackets"
        yield from _paraph_route_rows(text)
        for m in _PARAPH_FIELD.finditer(text):
            for c in _MIXED_TOKEN.finditer(m.group("value")):
                if _is_mixed_code(c.group()):
                    start = m.start("value") + c.start()
                    why = "initials of a person in a paraph field"
                    yield start, start + len(c.group()), 0.8, why
        for pattern, why in (
            (_PARAPH_WORD, "initials of a person in a paraph"),
            (_CODE_BULLET_COLON, "initials of a person who acts (action list)"),
            (_REMARK_CODE, "initials of the author of a remark in a draft"),
        ):
            for m in pattern.finditer(text):
                code = m.group("code")
                if _is_mixed_code(code) or (
                    pattern is _PARAPH_WORD and code.isupper() and code not in _ABBREVIATIONS
                    and code.lower() not in _KNOWN_ORGS and not re.match(r"P?[DS]G", code)
                ):
                    yield m.start("code"), m.end("code"), 0.75, why
        for m in _MIXED_PAIR.finditer(text):
            codes = [m.group("a"), m.group("b")]
            if all(_is_mixed_code(c) and not _ACRONYM_WORD.fullmatch(c) for c in codes):
                for name in ("a", "b"):
                    yield m.start(name), m.end(name), 0.7, "initials of persons (action list)"
        for m in _PARAPH_OF_ROLE.finditer(text):
            code = m.group("code")
            if sum(c.isupper() for c in code) >= 2 and code not in _ABBREVIATIONS and (
                code.lower() not in _KNOWN_ORGS
            ):
                yield m.start("code"), m.end("code"), 0.75, "a person's paraph"
        yield from _codes_after_names(text)
        for m in _COMMENT_MARKER.finditer(text):
            code = m.group("code")
            if code.rstrip("0123456789") not in _ABBREVIATIONS:
                yield m.start("code"), m.end("code"), 0.75, "initials of the author of a comment"
        for m in _CODE_THEN_NAME.finditer(text):
            if _code_fits_name(m.group("code"), m.group("name").replace(".", " ")):
                why = "initials of the person named after them"
                yield m.start("code"), m.end("code"), 0.75, why
        for m in _COMMENT_TAG.finditer(text):
            if _code_fits_name(m.group("code"), m.group("name")):
                yield m.start("code"), m.end("code"), 0.75, "initials of the author of a comment"


_NAME_WITH_UNIT = re.compile(
    rf"(?P<n>{NAME_WORD}(?:[ ](?:(?:{_TV})[ ])?{NAME_WORD}){{1,2}})[ \t]*"
    rf"\((?P<u>[A-Za-z&]{{2,8}})(?:/[A-Za-z&]{{2,8}})*\)"
)
_SURNAME_WITH_UNIT_PATH = re.compile(
    rf"(?<![\w.'’-])(?P<s>{NAME_WORD})[ \t]*\((?P<u>[A-Za-z&]{{2,8}}(?:/[A-Za-z&]{{2,8}})+)\)"
)
_PARTICLE_NAME_WITH_UNIT = re.compile(
    rf"(?<![\w-])(?P<n>(?:{_TV})[ ](?P<s>{NAME_WORD}))[ \t]*"
    rf"\((?P<u>[A-Za-z&]{{2,8}})(?:/[A-Za-z&]{{2,8}})*\)"
)
NAME_COLUMN_HEADERS = frozenset(
    "naam achternaam voornaam voornamen roepnaam contactpersoon medewerker deelnemer "
    "behandelaar steller auteur name surname melder klager verzoeker aanvrager betrokkene "
    "bewoner contact contactpersonen ambtenaar leerling cliënt client patiënt patient "
    "jeugdige".split()
    + ["ambtelijk contact", "behandeld door", "contact person", "naam contactpersoon"]
    + ["first name", "last name", "naam medewerker", "naam deelnemer"]
)
# Columns of action lists that hold who does it: names or initials.
CODE_COLUMN_HEADERS = frozenset("wie actiehouder trekker eigenaar paraaf initialen".split())
_NAME_CELL = re.compile(
    rf"(?:(?:{TITLES})?(?:{INITIALS})?(?:{TV}[ ])?{NAME_WORD}(?:[ ](?:{TV}[ ])?{NAME_WORD}){{0,2}}"
    rf"|{NAME_WORD},[ ](?:{INITIALS}|{NAME_WORD})(?:[ ]{TV})?)"
)


_FAMILY_PREFIX = re.compile(r"(?i)(?:fam\.|familie|de familie)[ \t]+")
_LEADING_TITLES = re.compile(rf"[ \t]*{TITLES}")


def people_in_cell(header: str, cell: str) -> list[tuple[int, int, str]]:
    """The people a table cell under `header` (a name or "Wie" column) names, as offsets in
    the cell and why: the name without its title ("mr. Nienke van der Meer") or "fam."
    ("fam. Koning": a surname, word or not), else person codes ("KB/SJ")."""
    why = f"in the column '{header}'"
    family = _FAMILY_PREFIX.match(cell)
    start = family.end() if family else 0
    value = cell[start:].strip()
    if is_name_cell(value) or (
        family and _NAME_CELL.fullmatch(value) and lexicon.is_surname(value.split()[-1])
    ):
        title = _LEADING_TITLES.match(cell, start)
        start = title.end() if title else start
        return [(start, len(cell.rstrip()), why)]
    if header in CODE_COLUMN_HEADERS:
        paraphs = header in ("paraaf", "initialen")
        return [
            (s, e, f"initials of a person {why}") for s, e in person_codes_in(cell, paraphs)
        ]
    return []


# Offices by their letters: in a paraph column too they are no one's initials.
_OFFICE_CODES = frozenset("SG PSG pSG PDG pDG DG CdK".split())


def person_codes_in(cell: str, paraphs: bool = False) -> list[tuple[int, int]]:
    """Spans of person codes in a cell of a "Wie" column: "KB", "KB/SJ", "MvdL, HK".

    `paraphs`: the column is a paraph column ("Paraaf"), which holds nothing but paraphs, so
    a code shaped like an abbreviation ("NB", "RvA") is someone's initials there."""
    return [
        (part.start(), part.end())
        for part in re.finditer(r"[^/,&\s]+", cell)
        if (re.fullmatch(_CODE, part.group()) or (
            re.fullmatch(_MIXED_PARAPH, part.group()) and (
                _is_mixed_code(part.group())
                or (paraphs and part.group() in _ABBREVIATIONS)
            )
        )) and (
            part.group() not in _ABBREVIATIONS
            or (paraphs and part.group() not in _OFFICE_CODES)
        )
        # "DGVB", "PDGOO": a directorate-general's unit, not a person's initials; four or
        # more capitals ("DWJZ", "DCOM") name a unit
        and not re.fullmatch(r"P?[DS]G[A-Z]{2,}|[A-Z]{4,}", part.group())
        and part.group().lower() not in _KNOWN_ORGS
    ]


def is_name_cell(cell: str) -> bool:
    """Whether a table cell under a name column holds a name ("van der Linden", "Leonie")."""
    if not _NAME_CELL.fullmatch(cell) or looks_like_organisation(cell):
        return False
    words = _name_words(cell)
    return bool(words) and not all(
        lexicon.is_common_word(w) and not lexicon.is_first_name(w) for w in words
    )


_FAMILY_NAME = re.compile(
    rf"(?<![\w])(?:fam\.|familie|gezin)[ \t]+(?P<n>(?:(?:{_TV_CAP}|{_TV})[ \t]+)?{NAME_WORD}"
    rf"(?:-{NAME_WORD})?)(?![\w])"
)
# Labels whose value starts with a citizen's name: "Verzoeker: Oleksandr Kovalenko, geboren ..."
_CITIZEN_FIELD = re.compile(
    r"(?im)^[ \t]*(?:verzoeker|aanvrager|klager|betrokkene|melder|afzender|bezwaarmaker|"
    r"appellant|eiser|eiseres|belanghebbende|cliënt|client|patiënt|leerling|student|"
    r"bestuurder|chauffeur|verdachte|overtreder|eigenaar|huurder|bewoner|getuige|"
    r"werknemer|uitkeringsgerechtigde|naam|"
    # a child protection or youth care file: the child and its parents
    r"vader|moeder|ouder|voogd|pleegouder|pleegvader|pleegmoeder|minderjarige|jeugdige)"
    r"(?:[ \t]+\d{1,2})?[ \t]*:[ \t]*(?P<v>[^,\n(]+)"
)
# "[04-01-2024 06:48] Sjors OOV: ...", "[09:14] Jansen, P. (Piet)": a chat line's speaker,
# before a colon or alone on the timestamp's line.
_CHAT_SPEAKER = re.compile(
    r"(?m)^[ \t]*\[[0-9:\-/. ]{4,20}\][ \t]+(?P<s>[^:\n]{2,50}?)[ \t]*(?::|$)"
)
# The name at the start of a speaker: capitalised words, "Surname, First", initials and a
# first name in brackets; not a trailing unit in capitals ("Sjors OOV").
_CHAT_NAME = re.compile(
    rf"(?:{NAME_WORD},[ \t]+(?:{INITIALS}|{NAME_WORD})(?:[ \t]+\([{UPPER}][{LOWER}'’-]+\))?"
    rf"|(?:{NAME_WORD}|{INITIALS})(?:[ \t]+(?:(?:{_TV})[ \t]+)?{NAME_WORD}){{0,3}})"
)
# "Y.B. (22 jaar, woonachtig te ...)": someone named by initials only, with an age after.
_INITIALS_WITH_AGE = re.compile(
    r"(?<![\w.])(?P<n>(?:[A-Z]\.){2,4})(?=[ \t]*\((?:\d{1,3}[ \t]*jaar|geb\.|geboren))"
)
# Roles and words that stand before a person's name, capitalised where a sentence opens.
_WORDS_BEFORE_A_PERSON = frozenset(
    (
        "bestuurder", "chauffeur", "verdachte", "betrokkene", "gedetineerde", "dienstplichtige",
        "militair", "klager", "klaagster", "verzoeker", "verzoekster", "aanvrager", "melder",
        "patiënt", "cliënt", "leerling", "student", "eigenaar", "huurder", "bewoner", "getuige",
        "werknemer", "slachtoffer", "minderjarige", "jeugdige", "vader", "moeder", "kind",
        "zoon", "dochter", "echtgenoot", "echtgenote", "broer", "zus", "partner",
        *_NAME_OPENERS,
    )
)
_HANDLE = re.compile(r"(?<![\w.@-])@(?P<h>[A-Za-z][A-Za-z0-9_.]{2,30}[A-Za-z0-9])(?![\w@])")
# Informal sign-offs of e-mails, after which a first name may be typed in lower case.
INFORMAL_SIGNOFF_WORDS = r"(?:gr|grt|groet|groeten|mvg|vg|gegroet|dank|thx|cheers)"
_LOWER_NAME_UNDER_SIGNOFF = re.compile(
    rf"(?im)^[ \t]*(?:{INFORMAL_SIGNOFF_WORDS}"
    r"|(?:met[ \t]+)?(?:vriendelijke|hartelijke)[ \t]+groet)[ \t,.!]*\n"
    r"[ \t]*(?P<n>(?-i:[a-zà-ÿ][a-zà-ÿ'-]{1,20}))[ \t]*$"
)
_LOWER_NAME_BEFORE_UNIT = re.compile(
    r"(?<![\w@.-])(?P<n>[a-zà-ÿ][a-zà-ÿ'-]{2,20})[ \t]+\((?:[A-Z][A-Za-z/&-]{1,10})\)"
)
_BORN_NAME = re.compile(
    rf"(?<![\w.-])(?P<n>(?:{NAME_WORD}(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:{_TV})[ \t]+)?){{1,3}}"
    rf"{NAME_WORD}"
    rf"|[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?,[ \t]+[{UPPER}]{{2,}}(?:[ \t][{UPPER}]{{2,}})?)"
    r",?(?:[ \t]+|[ \t]*\n[ \t]*)\(?(?:geb\.|geboren)(?:[ \t]+op)?[ \t]+\d"
)
_FAMILY_ROLE = re.compile(
    rf"\b(?:vader|moeder|broer|zus|zuster|zoon|dochter|echtgeno(?:ot|te)|partner|weduwe|"
    rf"weduwnaar|oom|tante|neef|nicht|opa|oma|grootvader|grootmoeder|voogd|kind)[,:]?"
    r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    rf"(?P<n>{NAME_WORD}(?:[ ](?:(?:{_TV})[ ])?{NAME_WORD}){{0,2}})"
)
POLITICAL_PARTY_SET = frozenset(POLITICAL_PARTIES)
_LONE_WORD = re.compile(
    rf"(?<![\w.@'’-])[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?(?![\w@'’-])"
)
_OFFICE_WORDS = {w.split()[0] for w in OFFICE_TITLES}


def all_recognizers() -> list[EntityRecognizer]:
    return [
        DutchEmailRecognizer(),
        DutchPhoneRecognizer(),
        IbanChecksumRecognizer(),
        BsnRecognizer(),
        DutchAddressRecognizer(),
        DateOfBirthRecognizer(),
        LicencePlateRecognizer(),
        IdDocumentRecognizer(),
        DutchNameRecognizer(),
    ]
