"""Deterministic generator of the development set: realistic, hard Dutch beslisnota PDFs.

Every sample is a PDF drawn with PyMuPDF plus ``<stem>.truth.json`` with the exact ground truth:
every occurrence of personal data that must be redacted, every item that must stay readable, the
public header fields, the title, the section headings and the Motivering.

The truth cannot drift from the drawing because both come from the same data: a nota is written
as templates with marked items (``{P:author}`` is a civil servant's name, ``{H:minister}`` an
office holder's), the templates become spans, and the layout engine below wraps and paginates
those spans itself. While it places a marked span it records the page and, when the span was
wrapped over two lines, the piece on each line. The truth is assembled from those records.

Run ``python -m woo_pipeline.samplegen OUT_DIR`` (or ``generate_samples``) to regenerate.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from woo_pipeline import vocabulary as voc

DEFAULT_SEED = 2024

# Fixed metadata so that the same seed gives the same files.
FIXED_PDF_DATE = "D:20240601120000+02'00'"

REDACT_TYPES: tuple[str, ...] = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IBAN_CODE",
    "NL_BSN",
    "NL_ADDRESS",
    "DATE_OF_BIRTH",
    "NL_LICENCE_PLATE",
)
KEEP_TYPES: tuple[str, ...] = (
    "OFFICE_HOLDER",
    "ORGANISATION",
    "DATE",
    "REFERENCE",
    "AMOUNT",
    "LEGAL_REFERENCE",
)
LAYOUTS: tuple[str, ...] = ("colofon-right", "top-block")

# The header fields whose values are public and recorded under "fields" in the truth.
TRUTH_FIELD_LABELS: frozenset[str] = frozenset(voc.PUBLIC_FIELD_LABELS)

A4_WIDTH, A4_HEIGHT = 595.0, 842.0
RIJKSBLAUW = (0.08, 0.26, 0.45)
GREY_LINE = (0.6, 0.6, 0.6)
GREY_FILL = (0.9, 0.9, 0.9)

# The Story engine (insert_htmlbox) shapes text and turns these pairs into ligature glyphs, which
# page.get_text() returns as single characters (U+FB00..). Marked items in HTML paragraphs must
# not contain them, or the truth text would not match the extracted text.
LIGATURE_PAIRS: tuple[str, ...] = ("ff", "fi", "fl")

MONTHS: tuple[str, ...] = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


# ---------------------------------------------------------------------------------------------
# Spans: the text of a nota with its marked items
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """What the truth says about a span: redact it (personal data) or keep it readable."""

    action: str  # "redact" or "keep"
    type: str


@dataclass(frozen=True)
class Span:
    """A run of text; a marked span is one truth item."""

    text: str
    mark: Mark | None = None
    bold: bool = False
    # Index in text after which the line is broken with a hyphen ("Bak-" / "ker"), to put a name
    # broken across a line into the development set.
    hyphen_at: int | None = None
    context: str = ""


def plain_text(spans: Sequence[Span]) -> str:
    return "".join(span.text for span in spans)


# ---------------------------------------------------------------------------------------------
# People: civil servants, office holders and citizens, drawn from pools with a seeded random
# ---------------------------------------------------------------------------------------------

FIRST_NAMES_F: tuple[str, ...] = (
    "Karin", "Annemiek", "Sanne", "Marloes", "Esther", "Ingrid", "Femke", "Joke", "Lieke",
    "Marieke", "Eline", "Judith", "Hanneke", "Noor", "Iris", "Mirjam", "Petra", "Floor", "Wendy",
    "Evelien", "Linda", "Anouk", "Zoë", "Chloë", "Anaïs", "Hélène", "Maaike", "Nienke", "Ellen",
    "Gerdien", "Jolien", "Renske",
)  # fmt: skip
FIRST_NAMES_M: tuple[str, ...] = (
    "Jan", "Pieter", "Maarten", "Bas", "Thijs", "Ruben", "Koen", "Joost", "Sander", "Wouter",
    "Erik", "Gert-Jan", "Hendrik", "Niels", "Daan", "Mark", "Roel", "Arjen", "Jeroen", "Frank",
    "Noël", "Björn", "José", "Teun", "Stijn", "Jan-Willem", "Rik", "Hidde",
)  # fmt: skip

# Surnames without tussenvoegsel, ordinary and not famous.
PLAIN_SURNAMES: tuple[str, ...] = (
    "Bakker", "Smit", "Mulder", "Peters", "Hendriks", "Dekker", "Brouwer", "Jacobs", "Vermeulen",
    "Schouten", "Willems", "Hoekstra", "Koster", "Kuipers", "Postma", "Timmerman", "Wijnands",
    "Scholten", "Hofman", "Veenstra", "Verhoeven", "Kramer", "Brinkman", "Lammers", "Huisman",
    "Koopman", "Evers", "Roelofs", "Bosman", "Meijer", "Gerritsen", "Dijkstra", "Sluiter",
    "Wolters", "Nijhuis", "Blokland", "Hazelaar", "Oosterhuis", "Rutgers", "Boersma",
)  # fmt: skip
# (tussenvoegsel, surname)
TV_SURNAMES: tuple[tuple[str, str], ...] = (
    ("van den", "Heuvel"), ("van der", "Meer"), ("de", "Boer"), ("in 't", "Veld"),
    ("ter", "Horst"), ("van", "Leeuwen"), ("de", "Jong"), ("van der", "Linden"), ("ten", "Brink"),
    ("van 't", "Hof"), ("de", "Graaf"), ("van", "Beek"), ("op den", "Kamp"), ("van der", "Zalm"),
    ("van", "Wijk"), ("te", "Riele"), ("de", "Kruijf"), ("van", "Rossum"),
)  # fmt: skip
DOUBLE_SURNAMES: tuple[tuple[str, str], ...] = (
    ("", "Bakker-Yilmaz"), ("", "Jansen-Öztürk"), ("de", "Vries-Ramdin"),
    ("", "Mulder-Okonkwo"), ("", "Hoekstra-Nguyen"), ("", "Smit-Kowalczyk"),
    ("van", "Dam-Haddou"), ("", "Visser-El Idrissi"),
)  # fmt: skip
# (tussenvoegsel, surname, female first names, male first names)
FOREIGN_NAMES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("", "Çelik", ("Elif", "Büşra"), ("Emre", "Mehmet")),
    ("", "Nguyen", ("Thi Lan", "Mai"), ("Minh", "Duc")),
    ("", "Müller", ("Anja", "Jürgen"), ("Jörg", "Matthias")),
    ("", "Okonkwo", ("Ngozi", "Adaeze"), ("Chidi", "Emeka")),
    ("", "Ramdin", ("Sunita", "Anjali"), ("Ravi", "Sunil")),
    ("", "Ahmadzai", ("Mariam", "Laila"), ("Farid", "Jawad")),
    ("", "Özdemir", ("Selin", "Zehra"), ("Murat", "Kaan")),
    ("", "Şahin", ("Ayşe", "Gülşen"), ("Kemal", "Barış")),
    ("", "Yılmaz", ("Zeynep", "Elif"), ("Burak", "Oğuz")),
    ("", "Kowalczyk", ("Agnieszka", "Joanna"), ("Piotr", "Tomasz")),
    ("", "Wiśniewska", ("Katarzyna", "Małgorzata"), ("Katarzyna",)),
    ("el", "Haddou", ("Nadia", "Samira"), ("Karim", "Youssef")),
    ("", "Sardjoe", ("Anjali", "Reshma"), ("Sunil", "Dinesh")),
    ("", "Baptiste", ("Chantal", "Hélène"), ("Jean-Marc", "Rodney")),
)  # fmt: skip
# Surnames that are also words or places: a detector must not keep them as ordinary words.
WORDLIKE_SURNAMES: tuple[tuple[str, str], ...] = (
    ("de", "Wit"), ("van", "Dijk"), ("", "Groen"), ("", "Zwolle"), ("", "Koning"),
    ("de", "Haan"), ("", "Winter"), ("", "Baas"),
)  # fmt: skip

# Invented political office holders (no real politician is meant).
OFFICE_FIRST_NAMES_F: tuple[str, ...] = (
    "Marleen", "Anneke", "Ilse", "Gonneke", "Yasmina", "Carolien", "Dieuwke", "Margriet",
)  # fmt: skip
OFFICE_FIRST_NAMES_M: tuple[str, ...] = (
    "Hugo", "Dirk-Jan", "Reinout", "Tjalling", "Berend", "Ewout", "Lodewijk", "Sjoerd",
)  # fmt: skip
OFFICE_SURNAMES: tuple[tuple[str, str], ...] = (
    ("", "Hofstede"), ("", "Lenferink"), ("", "Stellingwerf"), ("", "Breukink"),
    ("", "Haverkamp"), ("", "Kamminga"), ("", "Rozendaal"), ("", "Vlietstra"), ("", "Tiemersma"),
    ("", "Doornbos"), ("", "Ruigrok"), ("", "Beekhuis"), ("van", "Oordt"), ("de", "Ridder"),
    ("ter", "Laak"), ("", "Amrani"),
)  # fmt: skip
PARTIES: tuple[str, ...] = (
    "CDA",
    "VVD",
    "D66",
    "GL-PvdA",
    "SP",
    "ChristenUnie",
    "NSC",
    "BBB",
    "Volt",
)

# Streets of citizens; several carry office titles or first names to trap a name detector.
STREETS: tuple[str, ...] = (
    "Lindelaan", "Kerkstraat", "Burgemeester Knappertlaan", "Prins Hendrikstraat", "Dorpsstraat",
    "Molenweg", "Julianastraat", "Koningin Wilhelminaweg", "Esdoornlaan",
    "Wethouder van Essenstraat", "Groenedijk", "Schoolstraat",
)  # fmt: skip
CITIES: tuple[str, ...] = (
    "Apeldoorn", "Tilburg", "Leeuwarden", "Emmen", "Roermond", "Alkmaar", "Deventer", "Helmond",
    "Schiedam", "Almere", "Hengelo", "Vlaardingen",
)  # fmt: skip
CITIZEN_MAIL_DOMAINS: tuple[str, ...] = ("hotmail.com", "gmail.com", "ziggo.nl", "kpnmail.nl")
BANK_CODES: tuple[str, ...] = ("ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB")
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
POSTCODE_LETTERS = "ABCEGHJKLMNPRTVWXZ"


def ascii_fold(text: str) -> str:
    """Lower-case ASCII form for e-mail addresses: 'Çelik' -> 'celik', 'Yılmaz' -> 'yilmaz'."""
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def capitalise_tussenvoegsel(tv: str) -> str:
    """Dutch spelling: the particle is capitalised when no first name or initial precedes it."""
    return tv[:1].upper() + tv[1:] if tv else tv


def bsn_is_valid(bsn: str) -> bool:
    """The elfproef for a burgerservicenummer (9 digits, weights 9..2 and -1)."""
    digits = [int(ch) for ch in bsn if ch.isdigit()]
    if len(digits) != 9:
        return False
    total = sum(weight * digit for weight, digit in zip(range(9, 1, -1), digits[:8], strict=True))
    return (total - digits[8]) % 11 == 0


def iban_is_valid(iban: str) -> bool:
    """The ISO 13616 mod-97 check."""
    compact = iban.replace(" ", "").upper()
    rearranged = compact[4:] + compact[:4]
    as_digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(as_digits) % 97 == 1


def _format_phone(digits: str, form: str) -> str:
    """Write a Dutch number the ways notas write them; digits start with 070 or 06."""
    if digits.startswith("06"):
        rest = digits[2:]
        forms = {
            "": f"06 {rest[:4]} {rest[4:]}",
            "dash": f"06-{rest}",
            "intl": f"+31 6 {rest[:4]} {rest[4:]}",
            "compact": digits,
            "pairs": f"06 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}",
        }
    else:
        rest = digits[3:]
        forms = {
            "": f"070 {rest[:3]} {rest[3:]}",
            "dash": f"070-{rest}",
            "paren": f"(070) {rest[:3]} {rest[3:5]} {rest[5:]}",
            "intl": f"+31 70 {rest[:3]} {rest[3:]}",
        }
    return forms[form]


@dataclass(frozen=True)
class Person:
    """A civil servant: every way a nota writes them is personal data."""

    first: str
    initials: str
    tv: str
    surname: str
    female: bool
    email: str
    landline: str
    mobile: str

    def form(self, name: str) -> tuple[str, int | None]:
        """The name in one of its written forms, and where a forced hyphen break falls."""
        tv_lower = f"{self.tv} " if self.tv else ""
        tv_capital = f"{capitalise_tussenvoegsel(self.tv)} " if self.tv else ""
        full = f"{self.first} {tv_lower}{self.surname}"
        forms = {
            "full": full,
            "init": f"{self.initials} {tv_lower}{self.surname}",
            "sur": f"{tv_capital}{self.surname}",
            "first": self.first,
            "caps": full.upper(),
            "initcaps": f"{self.initials} {tv_lower}{self.surname}".upper(),
            # Outlook's display name: "Bakker, Karin" / "Heuvel, Jan van den".
            "outlook": f"{self.surname}, {self.first}{' ' + self.tv if self.tv else ''}",
        }
        if name in ("brk", "initbrk"):
            text = full if name == "brk" else forms["init"]
            start = text.rindex(self.surname)
            if "-" in self.surname:  # a double surname breaks at its own hyphen
                return text, start + self.surname.index("-") + 1
            return text, start + max(2, len(self.surname) // 2)
        return forms[name], None


@dataclass(frozen=True)
class OfficeHolder:
    """A political office holder, named in their public role: the name stays."""

    first: str
    tv: str
    surname: str
    female: bool

    def form(self, name: str) -> str:
        tv_lower = f"{self.tv} " if self.tv else ""
        tv_capital = f"{capitalise_tussenvoegsel(self.tv)} " if self.tv else ""
        return {
            "full": f"{self.first} {tv_lower}{self.surname}",
            "sur": f"{tv_capital}{self.surname}",
            "init": f"{self.first[0]}. {tv_lower}{self.surname}",
        }[name]


@dataclass(frozen=True)
class Citizen:
    """A citizen named in a nota; all of this is personal data."""

    person: Person
    street: str
    postcode_city: str
    bsn: str
    iban: str
    birth_date: tuple[int, int, int]
    plate: str
    email: str

    def form(self, name: str) -> tuple[str, str]:
        """(text, truth type) of one attribute."""
        day, month, year = self.birth_date
        iban = self.iban
        forms = {
            "name": (self.person.form("full")[0], "PERSON"),
            "init": (self.person.form("init")[0], "PERSON"),
            "sur": (self.person.form("sur")[0], "PERSON"),
            "street": (self.street, "NL_ADDRESS"),
            "pc": (self.postcode_city, "NL_ADDRESS"),
            "bsn": (self.bsn, "NL_BSN"),
            "bsndots": (f"{self.bsn[:4]}.{self.bsn[4:6]}.{self.bsn[6:]}", "NL_BSN"),
            "iban": (" ".join(iban[i : i + 4] for i in range(0, len(iban), 4)), "IBAN_CODE"),
            "ibancompact": (iban, "IBAN_CODE"),
            "dob": (f"{day} {MONTHS[month - 1]} {year}", "DATE_OF_BIRTH"),
            "dobnum": (f"{day:02d}-{month:02d}-{year}", "DATE_OF_BIRTH"),
            "plate": (self.plate, "NL_LICENCE_PLATE"),
            "phone": (_format_phone(self.person.mobile, "dash"), "PHONE_NUMBER"),
            "email": (self.email, "EMAIL_ADDRESS"),
        }
        return forms[name]


class Cast:
    """The people of one nota, drawn from the pools with the nota's own seeded random."""

    def __init__(self, rng: random.Random, domain: str, unicode_ok: bool, ligatures_ok: bool):
        self.rng = rng
        self.domain = domain
        self.unicode_ok = unicode_ok
        self.ligatures_ok = ligatures_ok
        self.people: dict[str, Person] = {}
        self.office_holders: dict[str, OfficeHolder] = {}
        self.citizens: dict[str, Citizen] = {}
        self._surnames: set[str] = set()

    def _allowed(self, *names: str) -> bool:
        text = " ".join(names)
        if not self.unicode_ok and not _fits_latin1(text):
            return False
        if not self.ligatures_ok and any(pair in text for pair in LIGATURE_PAIRS):
            return False
        return text not in self._surnames

    def _pick(self, options: Sequence, key: Callable) -> object:
        allowed = [option for option in options if self._allowed(*key(option))]
        return self.rng.choice(allowed)

    def _initials(self, first: str) -> str:
        letters = [part[0] for part in re.split(r"[- ]", first)]
        extra = min(self.rng.choice((0, 0, 1, 2)), 3 - len(letters))
        letters += self.rng.sample("ACEGHJLMPRSTW", extra)
        return "".join(f"{letter}." for letter in letters)

    def _digits(self, prefix: str, count: int, first_digits: str = "123456789") -> str:
        rest = "".join(self.rng.choice("0123456789") for _ in range(count - 1))
        return prefix + self.rng.choice(first_digits) + rest

    def _name(self, kind: str, female: bool | None) -> tuple[str, str, str, bool]:
        if female is None:
            female = self.rng.random() < 0.5
        firsts = FIRST_NAMES_F if female else FIRST_NAMES_M
        if kind.startswith("surname="):
            tv, _, surname = kind.removeprefix("surname=").rpartition(" ")
            return self._pick(firsts, lambda f: (f,)), tv, surname, female
        if kind == "foreign":
            tv, surname, females, males = self._pick(
                FOREIGN_NAMES, lambda o: (o[1], *(o[2] if female else o[3]))
            )
            first = self._pick(females if female else males, lambda f: (f,))
            return first, tv, surname, female
        pool = {
            "plain": [("", surname) for surname in PLAIN_SURNAMES],
            "tv": TV_SURNAMES,
            "double": DOUBLE_SURNAMES,
            "word": WORDLIKE_SURNAMES,
        }[kind]
        tv, surname = self._pick(pool, lambda o: (o[1],))
        return self._pick(firsts, lambda f: (f,)), tv, surname, female

    def person(
        self,
        key: str,
        kind: str = "plain",
        female: bool | None = None,
        email_style: str = "initial",
    ) -> Person:
        """Add a civil servant; kind is plain, tv, double, foreign, word or surname=<tv surname>."""
        first, tv, surname, female = self._name(kind, female)
        self._surnames.add(surname)
        local_first = ascii_fold(first).replace(" ", "") if email_style == "full" else ""
        local_first = local_first or ascii_fold(first[0])
        local_last = ascii_fold(tv + surname).replace(" ", "").replace("'", "")
        person = Person(
            first=first,
            initials=self._initials(first),
            tv=tv,
            surname=surname,
            female=female,
            email=f"{local_first}.{local_last}@{self.domain}",
            landline=self._digits("070", 7, "345"),
            mobile=self._digits("06", 8, "12345"),
        )
        self.people[key] = person
        return person

    def office_holder(
        self, key: str, same_surname_as: str | None = None, female: bool | None = None
    ) -> OfficeHolder:
        """Add an office holder; same_surname_as gives them a civil servant's surname."""
        if female is None:
            female = self.rng.random() < 0.5
        firsts = OFFICE_FIRST_NAMES_F if female else OFFICE_FIRST_NAMES_M
        first = self._pick(firsts, lambda f: (f,))
        if same_surname_as:
            clash = self.people[same_surname_as]
            tv, surname = clash.tv, clash.surname
        else:
            tv, surname = self._pick(OFFICE_SURNAMES, lambda o: (o[1],))
            self._surnames.add(surname)
        holder = OfficeHolder(first=first, tv=tv, surname=surname, female=female)
        self.office_holders[key] = holder
        return holder

    def citizen(self, key: str, kind: str = "plain") -> Citizen:
        """Add a citizen with an address, a BSN, an IBAN, a date of birth and a licence plate."""
        rng = self.rng
        first, tv, surname, female = self._name(kind, None)
        self._surnames.add(surname)
        person = Person(
            first,
            self._initials(first),
            tv,
            surname,
            female,
            "",
            "",
            self._digits("06", 8, "12345"),
        )
        number = f"{rng.randint(1, 180)}{rng.choice(('', '', '', 'a', '-2', ' bis'))}"
        postcode = f"{rng.randint(1000, 9999)} {''.join(rng.sample(POSTCODE_LETTERS, 2))}"
        city = self._pick(CITIES, lambda c: (c,))
        mail_local = ascii_fold(first[0] + tv + surname).replace(" ", "").replace("'", "")
        citizen = Citizen(
            person=person,
            street=f"{self._pick(STREETS, lambda s: (s,))} {number}",
            postcode_city=f"{postcode} {city}",
            bsn=self._bsn(),
            iban=self._iban(),
            birth_date=(rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2004)),
            plate=self._plate(),
            email=f"{mail_local}{rng.randint(60, 99)}@{rng.choice(CITIZEN_MAIL_DOMAINS)}",
        )
        self.citizens[key] = citizen
        return citizen

    def _bsn(self) -> str:
        while True:
            digits = [self.rng.randint(0, 9) for _ in range(8)]
            digits[0] = self.rng.randint(1, 6)
            check = sum(w * d for w, d in zip(range(9, 1, -1), digits, strict=True)) % 11
            if check < 10:
                return "".join(map(str, digits)) + str(check)

    def _iban(self) -> str:
        bank = self.rng.choice(BANK_CODES)
        account = "".join(str(self.rng.randint(0, 9)) for _ in range(10))
        numeric = "".join(str(int(ch, 36)) for ch in f"{bank}{account}NL00")
        check = 98 - int(numeric) % 97
        return f"NL{check:02d}{bank}{account}"

    def _plate(self) -> str:
        """A licence plate in one of the current Dutch side codes (no vowels)."""

        def letters(count: int) -> str:
            return "".join(self.rng.choice(PLATE_LETTERS) for _ in range(count))

        def digits(count: int) -> str:
            return "".join(str(self.rng.randint(1, 9)) for _ in range(count))

        pattern = self.rng.choice(("LL-999-L", "9-LLL-99", "LL-99-LL", "99-LLL-9", "L-999-LL"))
        return re.sub(
            r"L+|9+",
            lambda m: letters(len(m[0])) if m[0][0] == "L" else digits(len(m[0])),
            pattern,
        )


def _fits_latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


# ---------------------------------------------------------------------------------------------
# Templates: "{P:author/init}" becomes a marked span
# ---------------------------------------------------------------------------------------------

TEMPLATE_ITEM = re.compile(r"\{([A-Z]):([^{}]+)\}")
LITERAL_KEEP_TYPES = {
    "O": "ORGANISATION",
    "D": "DATE",
    "R": "REFERENCE",
    "A": "AMOUNT",
    "L": "LEGAL_REFERENCE",
}


def parse_template(template: str, cast: Cast, context: str, bold: bool = False) -> list[Span]:
    """Turn a template into spans. Codes:

    {P:key/form} civil servant (forms: full, init, sur, first, caps, initcaps, outlook, brk,
    initbrk), {E:key} e-mail, {T:key/form} landline, {M:key/form} mobile,
    {H:key/form} office holder (full, sur, init), {C:key/attr} citizen data,
    {O:..} organisation, {D:..} date, {R:..} reference, {A:..} amount, {L:..} legal reference,
    and {B:..} plain bold text.
    """
    spans: list[Span] = []
    position = 0
    for match in TEMPLATE_ITEM.finditer(template):
        if match.start() > position:
            spans.append(Span(template[position : match.start()], bold=bold, context=context))
        code, argument = match[1], match[2]
        key, _, form = argument.partition("/")
        hyphen_at = None
        if code == "P":
            text, hyphen_at = cast.people[key].form(form or "full")
            mark = Mark("redact", "PERSON")
        elif code == "E":
            text, mark = cast.people[key].email, Mark("redact", "EMAIL_ADDRESS")
        elif code == "T":
            text = _format_phone(cast.people[key].landline, form)
            mark = Mark("redact", "PHONE_NUMBER")
        elif code == "M":
            text = _format_phone(cast.people[key].mobile, form)
            mark = Mark("redact", "PHONE_NUMBER")
        elif code == "H":
            text = cast.office_holders[key].form(form or "sur")
            mark = Mark("keep", "OFFICE_HOLDER")
        elif code == "C":
            text, kind = cast.citizens[key].form(form or "name")
            mark = Mark("redact", kind)
        elif code in LITERAL_KEEP_TYPES:
            text, mark = argument, Mark("keep", LITERAL_KEEP_TYPES[code])
        elif code == "B":
            spans.append(Span(argument, bold=True, context=context))
            position = match.end()
            continue
        else:
            raise ValueError(f"unknown template code {code!r} in {template!r}")
        spans.append(Span(text, mark, bold=bold, hyphen_at=hyphen_at, context=context))
        position = match.end()
    if position < len(template):
        spans.append(Span(template[position:], bold=bold, context=context))
    return spans


# ---------------------------------------------------------------------------------------------
# The document model
# ---------------------------------------------------------------------------------------------


@dataclass
class Para:
    """A paragraph. style: body, bullet, heading, subheading, title, kicker, mail, tight."""

    spans: list[Span]
    style: str = "body"
    footnotes: list[list[Span]] = field(default_factory=list)
    section: bool = False  # a section heading, recorded in the truth


@dataclass
class Table:
    headers: list[str]
    widths: list[float]  # fractions of the body width
    rows: list[list[list[Span]]]


@dataclass
class Rule:
    """A thin horizontal line across the body, as between messages of an e-mail thread."""


@dataclass
class PageBreak:
    pass


Block = Para | Table | Rule | PageBreak


@dataclass
class HeaderField:
    label: str
    lines: list[list[Span]]


@dataclass(frozen=True)
class Style:
    """How a nota looks: font family, whether fonts are embedded, and the measurements."""

    family: str = "helv"  # helv or tiro (the base-14 fonts, or their Nimbus faces embedded)
    embedded: bool = False  # embed the Nimbus fonts as Type0: full Unicode (ş, ı, ś)
    html_body: bool = False  # body paragraphs through insert_htmlbox (the Story engine)
    size: float = 10.0
    margin_left: float = 75.0
    margin_right: float = 70.0
    field_style: str = "colon"  # top-block fields: "colon" (Label: value) or "tab"


@dataclass
class Nota:
    stem: str
    layout: str
    style: Style
    ministry: str
    decision: str
    fields: list[HeaderField]
    aan: str
    van: str
    title: str
    blocks: list[Block]
    motivering: str
    reference_label: str
    reference: str
    date: str
    running_extra: list[HeaderField] = field(default_factory=list)
    colofon_address: list[str] = field(default_factory=list)
    kicker: str = "nota"


class NotaBuilder:
    """Writes a nota: header fields, title and body, each from templates over one cast."""

    def __init__(self, stem: str, layout: str, style: Style, cast: Cast, ministry: str):
        self.stem, self.layout, self.style, self.cast, self.ministry = (
            stem,
            layout,
            style,
            cast,
            ministry,
        )
        self.decision = "TER BESLUITVORMING"
        self.fields: list[HeaderField] = []
        self.running_extra: list[HeaderField] = []
        self.blocks: list[Block] = []
        self.context = ""
        self.aan = self.van = self.title_text = self.motivering_text = ""
        self.reference_label = self.reference = self.date = ""
        self.colofon_address: list[str] = []
        self.kicker = "nota"

    def spans(self, template: str, context: str | None = None) -> list[Span]:
        return parse_template(template, self.cast, self.context if context is None else context)

    def field(self, label: str, *lines: str) -> None:
        """A header field; staff names in it are marked in the templates."""
        self.fields.append(HeaderField(label, [self.spans(line, label) for line in lines]))
        if label in ("Onze referentie", "Kenmerk", "Zaaknummer") and not self.reference:
            self.reference_label, self.reference = label, lines[0]
        if label == "Datum":
            self.date = lines[0]

    def running(self, label: str, *lines: str) -> None:
        """Extra lines repeated in the running header of every later page."""
        self.running_extra.append(
            HeaderField(label, [self.spans(line, "Lopende kop") for line in lines])
        )

    def title(self, text: str) -> None:
        self.title_text = text

    def heading(self, text: str) -> None:
        self.context = text
        self.blocks.append(Para([Span(text)], "heading", section=True))

    def sub(self, text: str) -> None:
        self.context = text
        self.blocks.append(Para([Span(text)], "subheading", section=True))

    def annex(self, text: str) -> None:
        """A heading of an annex: starts a new page and is not a nota section."""
        self.context = text
        self.blocks.append(PageBreak())
        self.blocks.append(Para([Span(text)], "heading"))

    def para(self, template: str, *footnotes: str, style: str = "body") -> None:
        notes = [self.spans(note, "Voetnoot") for note in footnotes]
        self.blocks.append(Para(self.spans(template), style, notes))

    def bullets(self, *templates: str) -> None:
        for template in templates:
            self.para(template, style="bullet")

    def lines(self, *templates: str, context: str | None = None) -> None:
        """Lines without space between them: a signature, an address, an e-mail header."""
        for template in templates:
            self.blocks.append(Para(self.spans(template, context), "tight"))

    def mail_header(self, *pairs: tuple[str, str]) -> None:
        for label, template in pairs:
            spans = [Span(f"{label}: ", bold=True)] + self.spans(template, f"E-mail {label}")
            self.blocks.append(Para(spans, "tight"))
        self.blocks.append(Para([Span("")], "tight"))

    def rule(self) -> None:
        self.blocks.append(Rule())

    def table(self, headers: list[str], widths: list[float], rows: list[list[str]]) -> None:
        parsed = [
            [
                self.spans(cell, f"Tabel: {header}")
                for cell, header in zip(row, headers, strict=True)
            ]
            for row in rows
        ]
        self.blocks.append(Table(headers, widths, parsed))

    def motivering(self, template: str) -> None:
        self.heading(voc.MOTIVERING_HEADING)
        self.para(template)
        self.motivering_text = plain_text(self.blocks[-1].spans)

    def build(self) -> Nota:
        by_label = {f.label: plain_text(f.lines[0]) for f in self.fields}
        return Nota(
            stem=self.stem,
            layout=self.layout,
            style=self.style,
            ministry=self.ministry,
            decision=self.decision,
            fields=self.fields,
            aan=self.aan,
            van=self.van,
            title=self.title_text,
            blocks=self.blocks,
            motivering=self.motivering_text,
            reference_label=self.reference_label,
            reference=plain_text(self.spans(self.reference)),
            date=by_label.get("Datum", self.date),
            running_extra=self.running_extra,
            colofon_address=self.colofon_address,
            kicker=self.kicker,
        )


# ---------------------------------------------------------------------------------------------
# Fonts
# ---------------------------------------------------------------------------------------------

FONT_NAMES: dict[str, dict[str, str]] = {
    "helv": {"regular": "helv", "bold": "hebo", "italic": "heit"},
    "tiro": {"regular": "tiro", "bold": "tibo", "italic": "tiit"},
}


class Fonts:
    """Measures and draws text in one family, as base-14 fonts or as embedded Nimbus fonts.

    The base-14 fonts are drawn with Latin-1 encoding only (no €, no ş); the embedded faces are
    the same Nimbus fonts as a Type0 font, so they draw any character the font has.
    """

    def __init__(self, family: str, embedded: bool):
        self.names = FONT_NAMES[family]
        self.embedded = embedded
        self.faces = {role: pymupdf.Font(name) for role, name in self.names.items()}
        self._inserted: set[str] = set()

    def width(self, text: str, role: str, size: float) -> float:
        return self.faces[role].text_length(text, fontsize=size)

    def start_page(self) -> None:
        self._inserted.clear()

    def draw(
        self,
        page: pymupdf.Page,
        x: float,
        y: float,
        text: str,
        role: str,
        size: float,
        color: tuple[float, float, float] = (0, 0, 0),
    ) -> None:
        if not self.embedded:
            if not _fits_latin1(text):
                raise ValueError(f"base-14 font cannot draw {text!r}")
            page.insert_text((x, y), text, fontname=self.names[role], fontsize=size, color=color)
            return
        alias = "N" + self.names[role]
        if alias not in self._inserted:
            page.insert_font(fontname=alias, fontbuffer=self.faces[role].buffer)
            self._inserted.add(alias)
        page.insert_text((x, y), text, fontname=alias, fontsize=size, color=color)

    @property
    def bullet(self) -> str:
        return "•" if self.embedded else "-"


# ---------------------------------------------------------------------------------------------
# Layout: wrapping, pagination and the record of where every marked span landed
# ---------------------------------------------------------------------------------------------


@dataclass
class Frag:
    """A piece of one span on one line."""

    text: str
    span: int
    role: str
    space_before: bool
    x: float = 0.0


@dataclass
class Line:
    frags: list[Frag]


@dataclass
class TextOp:
    x: float
    baseline: float
    frags: list[Frag]
    size: float
    color: tuple[float, float, float] = (0, 0, 0)


@dataclass
class HtmlOp:
    rect: pymupdf.Rect
    html: str
    css: str


@dataclass
class ShapeOp:
    kind: str  # "line" or "rect"
    rect: pymupdf.Rect
    color: tuple[float, float, float] | None = GREY_LINE
    fill: tuple[float, float, float] | None = None
    width: float = 0.5


Op = TextOp | HtmlOp | ShapeOp


@dataclass
class Record:
    """Where a marked span was drawn: its page (0-based) and its piece on each line if wrapped."""

    page: int
    span: Span
    parts: list[str] | None


def wrap(spans: Sequence[Span], width: float, fonts: Fonts, size: float, role: str) -> list[Line]:
    """Greedy line breaking at spaces, plus forced breaks at '\\n' and at a span's hyphen_at."""
    words: list[list[Frag]] = []
    breaks_after: set[int] = set()  # word indices followed by a forced line break
    current: list[Frag] = []
    space_pending = False

    def end_word(forced_break: bool = False) -> None:
        nonlocal current
        if current:
            words.append(current)
            current = []
        if forced_break and words:
            breaks_after.add(len(words) - 1)

    for index, span in enumerate(spans):
        span_role = "bold" if span.bold else role
        buffer = ""

        def add(text: str, index: int = index, span_role: str = span_role) -> None:
            nonlocal space_pending
            if text:
                current.append(Frag(text, index, span_role, space_pending and not current))
                space_pending = False

        for position, char in enumerate(span.text):
            if span.hyphen_at is not None and position == span.hyphen_at:
                add(buffer if buffer.endswith("-") else buffer + "-")
                buffer = ""
                end_word(forced_break=True)
            if char == " ":
                add(buffer)
                buffer = ""
                end_word()
                space_pending = True
            elif char == "\n":
                add(buffer)
                buffer = ""
                end_word(forced_break=True)
            else:
                buffer += char
        add(buffer)
    end_word()

    lines: list[Line] = []
    line: list[Frag] = []
    used = 0.0
    space = fonts.width(" ", role, size)
    for word_index, word in enumerate(words):
        word_width = sum(fonts.width(frag.text, frag.role, size) for frag in word)
        gap = space if line and word[0].space_before else 0.0
        if line and used + gap + word_width > width:
            lines.append(Line(line))
            line, used, gap = [], 0.0, 0.0
        x = used + gap
        for frag in word:
            frag.x = x
            x += fonts.width(frag.text, frag.role, size)
        if not line:
            word[0].space_before = False
        line.extend(word)
        used += gap + word_width
        if word_index in breaks_after:
            lines.append(Line(line))
            line, used = [], 0.0
    if line or not lines:
        lines.append(Line(line))
    return lines


def line_piece(line: Line, span_index: int) -> str:
    """The text of one span on one line, as drawn."""
    text = ""
    for frag in line.frags:
        if frag.span == span_index:
            text += (" " if frag.space_before and text else "") + frag.text
    return text


def span_crosses(spans: Sequence[Span], lines: Sequence[Line], split: int) -> bool:
    """Whether a marked span has pieces both before and after line index split."""
    if split <= 0 or split >= len(lines):
        return False
    before = {frag.span for frag in lines[split - 1].frags}
    after = {frag.span for frag in lines[split].frags}
    return any(spans[index].mark is not None for index in before & after)


def html_paragraph(spans: Sequence[Span]) -> str:
    """HTML for the Story engine; marked spans may not wrap, so each is on one line."""
    out = []
    for span in spans:
        text = html.escape(span.text)
        if span.bold:
            text = f"<b>{text}</b>"
        if span.mark:
            text = f'<span style="white-space:nowrap">{text}</span>'
        out.append(text)
    return "<p>" + "".join(out) + "</p>"


BODY_TOP_FIRST = {"colofon-right": 150.0, "top-block": 50.0}
BODY_TOP_LATER = {"colofon-right": 110.0, "top-block": 78.0}
BODY_BOTTOM = 780.0
COLOFON_X = 440.0
COLOFON_WIDTH = 122.0
COLOFON_SIZE = 7.5
FOOTNOTE_GAP = 10.0


class Layouter:
    """Places a nota on pages and records every marked span."""

    def __init__(self, nota: Nota):
        self.nota = nota
        self.style = nota.style
        self.fonts = Fonts(nota.style.family, nota.style.embedded)
        self.size = nota.style.size
        self.leading = self.size * 1.4
        self.x = nota.style.margin_left
        if nota.layout == "colofon-right":
            self.width = COLOFON_X - 24 - self.x
        else:
            self.width = A4_WIDTH - self.x - nota.style.margin_right
        self.pages: list[list[Op]] = []
        self.footnote_height: list[float] = []
        self.footnotes: list[list[Line]] = []
        self.records: list[Record] = []
        self.y = 0.0
        self.html_css = (
            f"p {{font-family: {'sans-serif' if nota.style.family == 'helv' else 'serif'}; "
            f"font-size: {self.size}pt; line-height: 1.4; margin: 0; padding: 0;}}"
        )
        self._scratch = pymupdf.open()

    # -- pages --------------------------------------------------------------------------------

    @property
    def page(self) -> int:
        return len(self.pages) - 1

    def new_page(self) -> None:
        self.pages.append([])
        self.footnote_height.append(0.0)
        self.footnotes.append([])
        first = len(self.pages) == 1
        self.y = (BODY_TOP_FIRST if first else BODY_TOP_LATER)[self.nota.layout]

    def bottom(self) -> float:
        return BODY_BOTTOM - self.footnote_height[self.page]

    def at_page_top(self) -> bool:
        return self.y <= BODY_TOP_LATER[self.nota.layout] + 0.1 and self.page > 0

    # -- recording ----------------------------------------------------------------------------

    def record_lines(self, spans: Sequence[Span], lines: Sequence[Line], page: int) -> None:
        for index, span in enumerate(spans):
            if span.mark is None:
                continue
            pieces = [line_piece(line, index) for line in lines]
            pieces = [piece for piece in pieces if piece]
            if not pieces:
                continue
            self.records.append(Record(page, span, pieces if len(pieces) > 1 else None))

    def text_lines(
        self,
        lines: Sequence[Line],
        x: float,
        top: float,
        size: float,
        leading: float,
        spans: Sequence[Span],
        page: int | None = None,
    ) -> float:
        """Draw lines from top; return the y below them."""
        page = self.page if page is None else page
        for line in lines:
            baseline = top + leading * 0.75
            self.pages[page].append(TextOp(x, baseline, line.frags, size))
            top += leading
        self.record_lines(spans, lines, page)
        return top

    # -- blocks -------------------------------------------------------------------------------

    def para_metrics(self, para: Para) -> tuple[float, float, float, str, float, float]:
        """(size, leading, indent, role, space_before, space_after) of a paragraph style."""
        s = self.size
        return {
            "body": (s, s * 1.4, 0.0, "regular", 0.0, s * 0.7),
            "bullet": (s, s * 1.4, 14.0, "regular", 0.0, s * 0.35),
            "heading": (s + 0.5, s * 1.45, 0.0, "bold", s * 0.5, s * 0.35),
            "subheading": (s, s * 1.4, 0.0, "italic", s * 0.3, s * 0.2),
            "title": (s + 4, (s + 4) * 1.25, 0.0, "bold", 0.0, s * 1.3),
            "kicker": (s + 2, (s + 2) * 1.2, 0.0, "regular", 0.0, s * 0.3),
            "tight": (s, s * 1.3, 0.0, "regular", 0.0, 0.0),
        }[para.style]

    def footnote_lines(self, para: Para) -> list[list[Line]]:
        size = COLOFON_SIZE
        return [wrap(note, self.width, self.fonts, size, "regular") for note in para.footnotes]

    def reserve_footnotes(self, notes: list[list[Line]], spans: list[list[Span]]) -> None:
        leading = COLOFON_SIZE * 1.3
        if not self.footnotes[self.page]:
            self.footnote_height[self.page] += FOOTNOTE_GAP
        for lines, note_spans in zip(notes, spans, strict=True):
            self.footnotes[self.page].extend(lines)
            self.footnote_height[self.page] += len(lines) * leading
            self.record_lines(note_spans, lines, self.page)

    def footnote_extra(self, notes: list[list[Line]]) -> float:
        if not notes:
            return 0.0
        height = sum(len(lines) for lines in notes) * COLOFON_SIZE * 1.3
        return height + (0.0 if self.footnotes[self.page] else FOOTNOTE_GAP)

    def place_para(self, para: Para, next_block: Block | None) -> None:
        size, leading, indent, role, before, after = self.para_metrics(para)
        if self.style.html_body and para.style in ("body", "bullet"):
            self.place_html_para(para, indent, after)
            return
        lines = wrap(para.spans, self.width - indent, self.fonts, size, role)
        notes = self.footnote_lines(para)
        if not self.at_page_top():
            self.y += before
        keep_whole = bool(notes) or para.style in ("heading", "subheading", "title", "kicker")
        needed_after = 0.0
        if para.style in ("heading", "subheading", "kicker") and isinstance(next_block, Para):
            needed_after = 3 * self.leading  # keep a heading with the start of what follows
        first_line = True
        while lines:
            room = self.bottom() - self.y - self.footnote_extra(notes)
            fits = int((room + 0.01) // leading)
            total = len(lines) * leading + needed_after
            if total <= room + 0.01:
                split = len(lines)
            elif keep_whole or fits < 2:
                split = 0
            else:
                split = min(fits, len(lines) - 2) if len(lines) - fits == 1 else fits
                while split > 0 and span_crosses(para.spans, lines, split):
                    split -= 1
            if split == 0:
                if self.at_page_top():
                    raise ValueError(f"{self.nota.stem}: block does not fit on a page")
                self.new_page()
                continue
            if first_line and para.style == "bullet":
                bullet = [Frag(self.fonts.bullet, -1, "regular", False)]
                self.pages[self.page].append(
                    TextOp(self.x + 2, self.y + leading * 0.75, bullet, size)
                )
            if notes:
                self.reserve_footnotes(notes, para.footnotes)
                notes = []
            self.y = self.text_lines(
                lines[:split], self.x + indent, self.y, size, leading, para.spans
            )
            lines = lines[split:]
            first_line = False
            if lines:
                self.new_page()
        self.y += after

    def place_html_para(self, para: Para, indent: float, after: float) -> None:
        for span in para.spans:
            if span.mark and any(pair in span.text for pair in LIGATURE_PAIRS):
                raise ValueError(f"{self.nota.stem}: ligature in HTML item {span.text!r}")
            if span.hyphen_at is not None:
                raise ValueError(f"{self.nota.stem}: forced hyphen in an HTML paragraph")
        width = self.width - indent
        markup = html_paragraph(para.spans)
        height = self.measure_html(markup, width)
        notes = self.footnote_lines(para)
        if self.y + height + self.footnote_extra(notes) > self.bottom():
            self.new_page()
        if para.style == "bullet":
            bullet = [Frag(self.fonts.bullet, -1, "regular", False)]
            self.pages[self.page].append(
                TextOp(self.x + 2, self.y + self.leading * 0.75, bullet, self.size)
            )
        if notes:
            self.reserve_footnotes(notes, para.footnotes)
        rect = pymupdf.Rect(self.x + indent, self.y, self.x + indent + width, self.y + height + 6)
        self.pages[self.page].append(HtmlOp(rect, markup, self.html_css))
        for span in para.spans:
            if span.mark:
                self.records.append(Record(self.page, span, None))
        self.y += height + after

    def measure_html(self, markup: str, width: float) -> float:
        tall = 3000.0
        page = self._scratch.new_page(width=width + 20, height=tall + 20)
        spare, _ = page.insert_htmlbox(
            pymupdf.Rect(0, 0, width, tall), markup, css=self.html_css, scale_low=1
        )
        self._scratch.delete_page(0)
        if spare < 0:
            raise ValueError(f"{self.nota.stem}: HTML paragraph too long")
        return tall - spare

    def place_table(self, table: Table) -> None:
        size = self.size - 1
        leading = size * 1.3
        pad = 3.5
        widths = [fraction * self.width for fraction in table.widths]
        header = [[Span(text, bold=True)] for text in table.headers]
        self.y += self.size * 0.3

        def row_lines(cells: list[list[Span]]) -> list[list[Line]]:
            return [
                wrap(cell, width - 2 * pad, self.fonts, size, "regular")
                for cell, width in zip(cells, widths, strict=True)
            ]

        def draw_row(cells: list[list[Span]], lines: list[list[Line]], fill: bool) -> None:
            height = max(len(cell) for cell in lines) * leading + 2 * pad
            x = self.x
            for cell, cell_lines, width in zip(cells, lines, widths, strict=True):
                rect = pymupdf.Rect(x, self.y, x + width, self.y + height)
                self.pages[self.page].append(
                    ShapeOp("rect", rect, GREY_LINE, GREY_FILL if fill else None)
                )
                self.text_lines(cell_lines, x + pad, self.y + pad, size, leading, cell)
                x += width
            self.y += height

        header_lines = row_lines(header)
        header_height = max(len(cell) for cell in header_lines) * leading + 2 * pad
        if self.y + header_height + 2 * leading + 2 * pad > self.bottom():
            self.new_page()
        draw_row(header, header_lines, True)
        for row in table.rows:
            lines = row_lines(row)
            height = max(len(cell) for cell in lines) * leading + 2 * pad
            if self.y + height > self.bottom():
                self.new_page()
                draw_row(header, header_lines, True)
            draw_row(row, lines, False)
        self.y += self.size * 0.9

    def place_blocks(self) -> None:
        blocks = self.nota.blocks
        for index, block in enumerate(blocks):
            next_block = blocks[index + 1] if index + 1 < len(blocks) else None
            if isinstance(block, Para):
                self.place_para(block, next_block)
            elif isinstance(block, Table):
                self.place_table(block)
            elif isinstance(block, Rule):
                if self.y + self.size > self.bottom():
                    self.new_page()
                rect = pymupdf.Rect(self.x, self.y + 2, self.x + self.width, self.y + 2)
                self.pages[self.page].append(ShapeOp("line", rect))
                self.y += self.size
            elif isinstance(block, PageBreak):
                self.new_page()

    # -- the first page's header --------------------------------------------------------------

    def column_field(
        self, page: int, y: float, label: str, lines: list[list[Span]], x: float = COLOFON_X
    ) -> float:
        """A colofon field: label in bold on one line, the value on the next lines."""
        size, leading = COLOFON_SIZE, COLOFON_SIZE * 1.35
        label_lines = wrap([Span(label, bold=True)], COLOFON_WIDTH, self.fonts, size, "bold")
        y = self.text_lines(label_lines, x, y, size, leading, [], page)
        for value in lines:
            value_lines = wrap(value, COLOFON_WIDTH, self.fonts, size, "regular")
            y = self.text_lines(value_lines, x, y, size, leading, value, page)
        return y + leading * 0.6

    def letterhead(self) -> None:
        """The Rijkshuisstijl ribbon with the ministry's name, or a plain top line."""
        nota = self.nota
        if nota.layout == "colofon-right":
            self.pages[0].append(ShapeOp("rect", pymupdf.Rect(284, 0, 311, 78), None, RIJKSBLAUW))
            name = wrap([Span(nota.ministry)], 150, self.fonts, 9.0, "italic")
            self.text_lines(name, 318, 50, 9.0, 11.0, [], 0)

    def colofon(self) -> None:
        nota = self.nota
        y = 150.0
        decision = [Line([Frag(nota.decision, -1, "bold", False)])]
        y = self.text_lines(decision, COLOFON_X, y, 8.0, 11.0, [], 0) + 10
        if nota.colofon_address:
            address = [[Span(nota.colofon_address[0], bold=True)]]
            address += [[Span(line)] for line in nota.colofon_address[1:]]
            for line_spans in address:
                role = "bold" if line_spans[0].bold else "regular"
                lines = wrap(line_spans, COLOFON_WIDTH, self.fonts, COLOFON_SIZE, role)
                y = self.text_lines(
                    lines, COLOFON_X, y, COLOFON_SIZE, COLOFON_SIZE * 1.35, line_spans, 0
                )
            y += 10
        for header_field in nota.fields:
            y = self.column_field(0, y, header_field.label, header_field.lines)
        if y > BODY_BOTTOM:
            raise ValueError(f"{nota.stem}: colofon too long")

    def first_page_head(self) -> None:
        """Aan/Van, the kicker and the title on page 1, or the whole top block."""
        nota = self.nota
        size = self.size
        if nota.layout == "colofon-right":
            for label, value in (("Aan", nota.aan), ("Van", nota.van)):
                frags = [Frag(label, -1, "regular", False), Frag(value, -1, "regular", False, 40)]
                self.pages[0].append(TextOp(self.x, self.y + self.leading * 0.75, frags, size))
                self.y += self.leading
            self.y += size * 2.2
        else:
            head = [Span(nota.ministry, bold=True)]
            self.y = (
                self.text_lines(
                    wrap(head, self.width, self.fonts, size + 1, "bold"),
                    self.x,
                    self.y,
                    size + 1,
                    size * 1.5,
                    head,
                )
                + size
            )
            self.place_para(Para([Span(nota.kicker.upper())], "kicker"), None)
            self.y = (
                self.text_lines(
                    [Line([Frag(nota.decision, -1, "bold", False)])],
                    self.x,
                    self.y,
                    size - 1,
                    size * 1.4,
                    [],
                )
                + size * 0.4
            )
            fields = [
                HeaderField("Aan", [[Span(nota.aan)]]),
                HeaderField("Van", [[Span(nota.van)]]),
            ]
            for header_field in fields + nota.fields:
                self.top_field(header_field)
            self.y += size * 0.6
            rule = pymupdf.Rect(self.x, self.y, self.x + self.width, self.y)
            self.pages[0].append(ShapeOp("line", rule, (0, 0, 0), None, 0.8))
            self.y += size * 1.4
            self.place_para(Para([Span(nota.title)], "title"), None)
            return
        self.place_para(Para([Span(nota.kicker)], "kicker"), None)
        self.place_para(Para([Span(nota.title)], "title"), None)

    def top_field(self, header_field: HeaderField) -> None:
        size, leading = self.size, self.size * 1.35
        label = header_field.label
        if self.style.field_style == "tab":
            tab = 118.0
            label_frag = [Frag(label, -1, "bold", False)]
            self.pages[0].append(TextOp(self.x, self.y + leading * 0.75, label_frag, size))
            values = header_field.lines or [[Span("")]]
            for value in values:
                lines = wrap(value, self.width - tab, self.fonts, size, "regular")
                self.y = self.text_lines(lines, self.x + tab, self.y, size, leading, value)
            return
        for index, value in enumerate(header_field.lines or [[Span("")]]):
            spans = ([Span(f"{label}: ", bold=True)] if index == 0 else []) + value
            indent = 0.0 if index == 0 else 12.0
            lines = wrap(spans, self.width - indent, self.fonts, size, "regular")
            self.y = self.text_lines(lines, self.x + indent, self.y, size, leading, spans)

    # -- running headers and page numbers -----------------------------------------------------

    def running_headers(self) -> None:
        nota = self.nota
        total = len(self.pages)
        reference = [Span(nota.reference, Mark("keep", "REFERENCE"))]
        date = [Span(nota.date, Mark("keep", "DATE"))]
        for page in range(total):
            number = f"Pagina {page + 1} van {total}"
            if nota.layout == "colofon-right":
                frags = [Frag(number, -1, "regular", False)]
                self.pages[page].append(TextOp(COLOFON_X, 805, frags, 7.0))
                if page == 0:
                    continue
                y = BODY_TOP_LATER["colofon-right"]
                van = wrap(
                    [Span(nota.van, bold=True)], COLOFON_WIDTH, self.fonts, COLOFON_SIZE, "bold"
                )
                y = (
                    self.text_lines(van, COLOFON_X, y, COLOFON_SIZE, COLOFON_SIZE * 1.35, [], page)
                    + 8
                )
                y = self.column_field(page, y, nota.reference_label, [reference])
                y = self.column_field(page, y, "Datum", [date])
                for extra in nota.running_extra:
                    y = self.column_field(page, y, extra.label, extra.lines)
                continue
            frags_size = self.size - 1.5
            number_width = self.fonts.width(number, "regular", 8.0)
            frags = [Frag(number, -1, "regular", False)]
            self.pages[page].append(TextOp((A4_WIDTH - number_width) / 2, 815, frags, 8.0))
            if page == 0:
                continue
            spans = [Span(f"{nota.reference_label} ")] + reference + [Span(" | Datum ")] + date
            for extra in nota.running_extra:
                spans.append(Span(f" | {extra.label} "))
                for value in extra.lines:
                    spans.extend(value)
            lines = wrap(spans, self.width, self.fonts, frags_size, "regular")
            bottom = self.text_lines(lines, self.x, 38, frags_size, frags_size * 1.35, spans, page)
            rule = pymupdf.Rect(self.x, bottom + 3, self.x + self.width, bottom + 3)
            self.pages[page].append(ShapeOp("line", rule))

    def place_footnotes(self) -> None:
        leading = COLOFON_SIZE * 1.3
        for page, lines in enumerate(self.footnotes):
            if not lines:
                continue
            top = BODY_BOTTOM - self.footnote_height[page] + FOOTNOTE_GAP
            rule = pymupdf.Rect(self.x, top - 4, self.x + 90, top - 4)
            self.pages[page].append(ShapeOp("line", rule, (0, 0, 0)))
            for line in lines:
                self.pages[page].append(
                    TextOp(self.x, top + leading * 0.75, line.frags, COLOFON_SIZE)
                )
                top += leading

    def run(self) -> None:
        self.new_page()
        self.letterhead()
        if self.nota.layout == "colofon-right":
            self.colofon()
        self.first_page_head()
        self.place_blocks()
        self.place_footnotes()
        self.running_headers()


# ---------------------------------------------------------------------------------------------
# Drawing and the truth
# ---------------------------------------------------------------------------------------------


def draw_text_op(page: pymupdf.Page, fonts: Fonts, op: TextOp) -> None:
    """Draw a line as runs of one font each, so the text extracts as the words it shows."""
    run: list[Frag] = []

    def flush() -> None:
        if run:
            text = "".join(
                (" " if f.space_before and i else "") + f.text for i, f in enumerate(run)
            )
            fonts.draw(page, op.x + run[0].x, op.baseline, text, run[0].role, op.size, op.color)
            run.clear()

    for frag in op.frags:
        if run:
            # A new run starts where the font changes or the text jumps to a tab position.
            expected = run[-1].x + fonts.width(run[-1].text, run[-1].role, op.size)
            if frag.space_before:
                expected += fonts.width(" ", frag.role, op.size)
            if frag.role != run[-1].role or abs(frag.x - expected) > 0.5:
                flush()
        run.append(frag)
    flush()


def render(nota: Nota, layout: Layouter) -> pymupdf.Document:
    doc = pymupdf.open()
    for ops in layout.pages:
        page = doc.new_page(width=A4_WIDTH, height=A4_HEIGHT)
        layout.fonts.start_page()
        for op in ops:
            if isinstance(op, TextOp):
                draw_text_op(page, layout.fonts, op)
            elif isinstance(op, HtmlOp):
                spare, _ = page.insert_htmlbox(op.rect, op.html, css=op.css, scale_low=1)
                if spare < 0:
                    raise ValueError(f"{nota.stem}: HTML paragraph did not fit its box")
            elif op.kind == "line":
                page.draw_line(op.rect.tl, op.rect.br, color=op.color, width=op.width)
            else:
                page.draw_rect(op.rect, color=op.color, fill=op.fill, width=op.width)
    doc.set_metadata(
        {
            "title": nota.title,
            "author": nota.van,  # the directorate, never a civil servant's name
            "subject": "Synthetische beslisnota (woo-pipeline ontwikkelset)",
            "keywords": "",
            "creator": "woo-pipeline samplegen",
            "producer": "PyMuPDF",
            "creationDate": FIXED_PDF_DATE,
            "modDate": FIXED_PDF_DATE,
        }
    )
    return doc


def build_truth(nota: Nota, layout: Layouter) -> dict:
    redact: list[dict] = []
    keep: list[dict] = []
    for record in sorted(layout.records, key=lambda r: r.page):  # stable: drawing order per page
        mark = record.span.mark
        assert mark is not None
        item: dict = {"text": record.span.text, "type": mark.type, "page": record.page + 1}
        if mark.action == "redact":
            item["context"] = record.span.context or "Tekst"
        if record.parts:
            item["parts"] = record.parts
        (redact if mark.action == "redact" else keep).append(item)
    fields = {"Aan": nota.aan, "Van": nota.van}
    for header_field in nota.fields:
        if header_field.label in TRUTH_FIELD_LABELS:
            fields[header_field.label] = " ".join(plain_text(line) for line in header_field.lines)
    sections = [
        plain_text(block.spans)
        for block in nota.blocks
        if isinstance(block, Para) and block.section
    ]
    return {
        "document": f"{nota.stem}.pdf",
        "layout": nota.layout,
        "pages": len(layout.pages),
        "redact": redact,
        "keep": keep,
        "fields": fields,
        "title": nota.title,
        "sections": sections,
        "motivering": nota.motivering,
    }


def write_sample(nota: Nota, out_dir: Path) -> Path:
    """Lay out, draw and save one nota with its truth file; return the PDF's path."""
    layout = Layouter(nota)
    layout.run()
    doc = render(nota, layout)
    pdf_path = out_dir / f"{nota.stem}.pdf"
    doc.subset_fonts()  # the embedded Nimbus fonts otherwise take most of the file
    doc.save(pdf_path, garbage=4, deflate=True, no_new_id=True)
    doc.close()
    truth = build_truth(nota, layout)
    truth_path = out_dir / f"{nota.stem}.truth.json"
    truth_path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return pdf_path


# ---------------------------------------------------------------------------------------------
# The notas. Topics, people and texts are invented; names come from the seeded cast.
# ---------------------------------------------------------------------------------------------

BZK = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
JENV = "Ministerie van Justitie en Veiligheid"
MOTIVERING_AMBTENAREN = (
    "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren "
    "geanonimiseerd."
)


def nota_ondersteuningsteam(rng: random.Random) -> Nota:
    """Rijkshuisstijl, base-14 Helvetica; one author written five ways, running header name."""
    cast = Cast(rng, "minbzk.nl", unicode_ok=False, ligatures_ok=True)
    cast.person("auteur", "plain", female=True)
    cast.person("jurist", "tv", female=False)
    cast.person("dcom", "word")
    cast.office_holder("jenv", female=False)
    cast.office_holder("kamerlid")
    b = NotaBuilder(
        "nota-01-ondersteuningsteam-decentraal",
        "colofon-right",
        Style(family="helv", size=10.0),
        cast,
        BZK,
    )
    b.aan, b.van = "Minister van BZK", "Programma Weerbaar Bestuur"
    b.colofon_address = [
        "DG Openbaar Bestuur en Democratie",
        "Programma Weerbaar Bestuur",
        "Postbus 20011",
        "2500 EA Den Haag",
    ]
    b.field("Nota actief openbaar", "Ja")
    b.field("Onze referentie", "2024-0000184410")
    b.field("Datum", "11 april 2024")
    b.field("Opgesteld door", "{P:auteur}")
    b.field("Contactpersoon", "{P:auteur/init}", "T {T:auteur}", "M {M:auteur}", "E {E:auteur}")
    b.field("Samengewerkt met", "DCZW, NCTV, {O:VNG}", "{P:jurist/init} (DCZW)")
    b.field("Bijlage(n)", "2")
    b.running("Contactpersoon", "{P:auteur/init}")
    b.title("Beslisnota Voortgangsbrief Ondersteuningsteam Decentrale Bestuurders")
    b.heading("Aanleiding")
    b.para(
        "Tijdens het commissiedebat Bestuurlijke organisatie van {D:7 februari 2024} heeft u "
        "toegezegd de Kamer voor de zomer te informeren over de resultaten van het "
        "Ondersteuningsteam Decentrale Bestuurders. Het lid {H:kamerlid/sur} ({O:D66}) vroeg "
        "daarbij specifiek naar de bereikbaarheid van het team voor raadsleden in kleine "
        "gemeenten.\u00b9 Bijgevoegde voortgangsbrief geeft invulling aan deze toezegging.",
        "\u00b9 Kamerstukken II 2023/24, {R:28844-261}, p. 4.",
    )
    b.heading("Geadviseerd besluit")
    b.bullets(
        "Instemmen met bijgevoegde voortgangsbrief en deze ondertekenen, zodat de brief voor "
        "het zomerreces aan de Tweede Kamer kan worden verzonden.",
        "Kennisnemen van het voornemen om het team tot en met {D:31 december 2026} voort te "
        "zetten binnen het bestaande budget van {A:EUR 4,2 miljoen} per jaar.",
    )
    b.heading("Kern")
    b.bullets(
        "Het team heeft sinds de start 312 decentrale bestuurders ondersteund na een incident "
        "van intimidatie of bedreiging; in bijna de helft van de gevallen ging het om online "
        "intimidatie.",
        "Uit de tussenmeting van de {O:Nederlandse School voor Openbaar Bestuur} blijkt dat "
        "bestuurders de snelle persoonlijke opvolging waarderen, maar het team in kleine "
        "gemeenten onvoldoende kennen.",
        "De brief kondigt daarom een regionale tour aan, samen met de {O:VNG} en de "
        "beroepsverenigingen van raadsleden en griffiers.",
        "De minister van JenV, de heer {H:jenv/sur}, is akkoord met de passages over de "
        "samenwerking met politie en het {O:Openbaar Ministerie}.",
    )
    b.heading("Toelichting")
    b.sub("Politieke context")
    b.para(
        "De Kamer volgt de weerbaarheid van het lokaal bestuur nauwgezet. Na de berichtgeving "
        "over de bedreiging van wethouders in het voorjaar is de motie {R:28844-255} "
        "aangenomen, waarin de regering wordt verzocht de ondersteuning laagdrempelig te "
        "maken. Het lid {H:kamerlid/sur} heeft aangekondigd in het najaar een "
        "initiatiefnota over dit onderwerp te presenteren."
    )
    b.sub("Financi\u00eble/juridische overwegingen")
    b.para(
        "De voortzetting van het team past binnen de middelen die voor weerbaar bestuur "
        "structureel beschikbaar zijn ({A:EUR 10 miljoen} per jaar). Er zijn geen juridische "
        "consequenties; de brief kondigt geen nieuwe regelgeving aan. Over de passage "
        "over het delen van gegevens met de politie is advies gevraagd aan {P:jurist/init} van "
        "DCZW, die bevestigt dat de huidige werkwijze past binnen {L:artikel 6, eerste lid, "
        "onder e, AVG}."
    )
    b.sub("Krachtenveld")
    b.para(
        "De brief is afgestemd met het {O:Landelijk Informatie en Expertisecentrum} en met de "
        "{O:VNG}. De {O:VNG} vraagt aandacht voor de werkdruk van griffiers, die vaak als "
        "eerste aanspreekpunt fungeren. Mevrouw {P:auteur/sur} heeft hierover op "
        "{D:28 maart 2024} met de {O:VNG} gesproken; de uitkomst is in de brief verwerkt."
    )
    b.sub("Communicatie")
    b.para(
        "De brief wordt op de dag van verzending gedeeld via de nieuwsbrief van het netwerk. "
        "Woordvoering ({P:dcom}, DCOM) stemt de publicatie af met de {O:VNG}. Vragen van "
        "gemeenten kunnen worden gericht aan {E:auteur}."
    )
    b.heading("Informatie die niet openbaar gemaakt kan worden")
    b.para("Niet van toepassing.")
    b.motivering(MOTIVERING_AMBTENAREN)
    return b.build()


def nota_leefbaarheid_krimp(rng: random.Random) -> Nota:
    """Top block (Label: value), base-14 Times; a planning table with a Trekker column, an annex
    table with regional contacts, and a gedeputeerde who shares a civil servant's surname."""
    cast = Cast(rng, "minbzk.nl", unicode_ok=False, ligatures_ok=True)
    cast.person("auteur", "tv", female=True)
    cast.person("fin", "double")
    cast.person("rvo", "plain", female=False)
    cast.person("dgvh", "foreign")
    cast.person("regio1", "plain", female=True)
    cast.person("regio2", "word", female=False)
    cast.person("regio3", "tv", female=True)
    cast.office_holder("gedeputeerde", same_surname_as="rvo")
    cast.office_holder("wethouder")
    b = NotaBuilder(
        "nota-02-leefbaarheid-krimpregios",
        "top-block",
        Style(family="tiro", size=11.0, margin_left=72, margin_right=72),
        cast,
        BZK,
    )
    b.aan, b.van = "Staatssecretaris van BZK", "DG Volkshuisvesting en Bouwen"
    b.field("Datum", "3 juni 2024")
    b.field("Kenmerk", "2024-0000301187")
    b.field("Nota actief openbaar", "Ja")
    b.field("Opgesteld door", "mw. mr. {P:auteur}")
    b.field("Contactpersoon", "{P:auteur/init}, {T:auteur/dash}, {E:auteur}")
    b.field("Samengewerkt met", "Financi\u00ebn (IRF), {P:fin}, {O:RVO}")
    b.field("Deadline", "14 juni 2024")
    b.field("Bijlage(n)", "1")
    b.title("Beslisnota Specifieke uitkering leefbaarheid krimpregio's 2025")
    b.heading("Aanleiding")
    b.para(
        "In de Voorjaarsnota is voor de jaren 2025 tot en met 2027 {A:EUR 36 miljoen} "
        "vrijgemaakt voor de leefbaarheid van krimp- en anticipeerregio's. Met deze nota legt "
        "DGVH u de hoofdlijnen van de verdeling voor en vragen wij u in te stemmen met de "
        "planning, zodat de regeling op {D:1 januari 2025} in werking kan treden."
    )
    b.heading("Geadviseerd besluit")
    b.bullets(
        "Instemmen met een verdeling via een specifieke uitkering aan de negen krimpregio's, "
        "op basis van inwonertal en de mate van bevolkingsdaling.",
        "Instemmen met de planning in de tabel hieronder en de voorhang bij de Tweede Kamer "
        "in september.",
    )
    b.heading("Kern")
    b.bullets(
        "Een specifieke uitkering sluit aan bij de wens van de regio's om zelf prioriteiten te "
        "stellen, en maakt verantwoording via SiSa mogelijk.",
        "De provincies dragen elk een derde bij. Gedeputeerde {H:gedeputeerde/full} heeft "
        "namens de drie noordelijke provincies ingestemd met deze cofinanciering.",
        "Wethouder {H:wethouder/sur} van Eemsdelta heeft aangegeven dat de regio's de "
        "middelen vooral willen inzetten voor dorpshuizen en buurtvervoer.",
    )
    b.heading("Toelichting")
    b.sub("Uitvoering")
    b.para(
        "{O:RVO} voert de regeling uit. Het aanvraagloket opent na publicatie in de "
        "Staatscourant. De regio's dienen per regio een gezamenlijk plan in; de toets richt "
        "zich op de samenhang met de regiodeal. Onderstaande planning is afgestemd met "
        "{P:rvo/init} van {O:RVO}, die ook de uitvoeringstoets heeft gecoordineerd."
    )
    b.table(
        ["Mijlpaal", "Datum", "Trekker"],
        [0.5, 0.2, 0.3],
        [
            [
                "Voorhang ontwerpbesluit bij de Tweede Kamer",
                "{D:10 september 2024}",
                "{P:auteur/init} (DGVH)",
            ],
            ["Advies {O:Raad van State}", "{D:15 oktober 2024}", "{P:dgvh} (DGVH)"],
            ["Publicatie in de Staatscourant", "{D:2 december 2024}", "{P:rvo} ({O:RVO})"],
            ["Openstelling aanvraagloket", "{D:6 januari 2025}", "{P:rvo/init} ({O:RVO})"],
            ["Beschikkingen aan de regio's", "{D:1 april 2025}", "{P:fin/init}, Financi\u00ebn"],
        ],
    )
    b.sub("Financi\u00eble overwegingen")
    b.para(
        "De middelen staan op artikel 3 van de begroting van BZK (hoofdstuk VII). De "
        "Inspectie der Rijksfinanci\u00ebn heeft geen bezwaar tegen de verdeelsleutel, mits de "
        "verantwoording jaarlijks via SiSa loopt. Voor 2025 gaat het om {A:EUR 12 miljoen}, "
        "waarvan {A:EUR 1,1 miljoen} voor uitvoeringskosten bij {O:RVO}."
    )
    b.sub("Juridische overwegingen")
    b.para(
        "De uitkering wordt verstrekt op grond van {L:artikel 15a van de Financi\u00eble-"
        "verhoudingswet}. Voorhang is vereist omdat de regeling een nieuw beleidsdoel "
        "kent. {P:dgvh/init} heeft de toets aan het Integraal Afwegingskader uitgevoerd."
    )
    b.sub("Krachtenveld")
    b.para(
        "De {O:VNG} en het {O:IPO} steunen de regeling. De regio Achterhoek vraagt om een hogere "
        "vaste voet; dat past niet binnen het budget. Mevrouw {P:auteur/sur} bespreekt dit "
        "op {D:18 juni 2024} ambtelijk met de regio."
    )
    b.sub("Communicatie")
    b.para("Na uw besluit informeren wij de regio's per brief; een nieuwsbericht volgt.")
    b.heading("Informatie die niet openbaar gemaakt kan worden")
    b.para("Niet van toepassing.")
    b.motivering(MOTIVERING_AMBTENAREN)
    b.annex("Bijlage 1. Voorlopige verdeling 2025 per regio")
    b.para(
        "De bedragen zijn indicatief; de definitieve verdeling volgt na de peildatum van het "
        "{O:CBS} op {D:1 januari 2025}. Per regio is het ambtelijk aanspreekpunt vermeld."
    )
    b.table(
        ["Regio", "Bedrag 2025", "Aanspreekpunt regio"],
        [0.38, 0.22, 0.40],
        [
            ["Eemsdelta", "{A:EUR 1.850.000}", "{P:regio1} (gemeente Eemsdelta)"],
            ["Oost-Groningen", "{A:EUR 1.700.000}", "{P:regio2/init}"],
            ["Noordoost-Friesland", "{A:EUR 1.450.000}", "{P:regio3}, {T:regio3/dash}"],
            ["Achterhoek", "{A:EUR 1.600.000}", "{E:regio1}"],
            ["Zeeuws-Vlaanderen", "{A:EUR 1.300.000}", "{P:regio2}"],
            ["Parkstad Limburg", "{A:EUR 2.100.000}", "{P:auteur/init} (DGVH, tijdelijk)"],
            ["Overige regio's", "{A:EUR 2.000.000}", "via {O:RVO}"],
        ],
    )
    return b.build()


def nota_online_intimidatie(rng: random.Random) -> Nota:
    """Rijkshuisstijl with embedded fonts and Story-wrapped body paragraphs: Turkish and Polish
    names with ş, ı and ś, e-mail addresses in running text, a Kamerlid named Groen next to a
    civil servant named Groen."""
    cast = Cast(rng, "minbzk.nl", unicode_ok=True, ligatures_ok=False)
    cast.person("auteur", "surname=\u015eahin", female=True)
    cast.person("groen", "surname=Groen", female=False)
    cast.person("analist", "surname=Wi\u015bniewska", female=True)
    cast.person("dcom", "surname=Y\u0131lmaz", female=False)
    cast.office_holder("kamerlid", same_surname_as="groen")
    cast.office_holder("minister", female=False)
    b = NotaBuilder(
        "nota-03-online-intimidatie-politici",
        "colofon-right",
        Style(family="helv", embedded=True, html_body=True, size=10.0),
        cast,
        BZK,
    )
    b.aan, b.van = "Minister van BZK", "DG Openbaar Bestuur en Democratie"
    b.field("Nota actief openbaar", "Ja")
    b.field("Onze referentie", "2024-0000219934")
    b.field("Datum", "16 mei 2024")
    b.field("Opgesteld door", "{P:auteur}", "T {T:auteur/paren}", "E {E:auteur}")
    b.field("Samengewerkt met", "{P:groen/init} (DDOO)", "{P:analist} (DCZW)", "{O:NCTV}")
    b.field("Parafenroute", "Directeur DDOO, plv. DGOBD")
    b.field("Kopie aan", "Kabinet MBZK, DCOM ({P:dcom/init})")
    b.field("Bijlage(n)", "3")
    b.running("E", "{E:auteur}")
    b.title("Beslisnota Aanpak online intimidatie van vrouwelijke politici")
    b.heading("Aanleiding")
    b.para(
        "Op {D:25 april 2024} verscheen het onderzoek van {O:Atria} en {O:Ipsos I&O} naar online "
        "haat tegen vrouwelijke politici. Het lid {H:kamerlid/sur} ({O:GL-PvdA}) heeft "
        "gevraagd om een kabinetsreactie voor het commissiedebat van {D:3 juli 2024}.\u00b9 In "
        "deze nota leggen wij u de hoofdlijnen van die reactie voor.",
        "\u00b9 Kamerstukken II 2023/24, {R:30821-214}.",
    )
    b.heading("Geadviseerd besluit")
    b.bullets(
        "Instemmen met de hoofdlijnen van de kabinetsreactie zoals beschreven onder Kern.",
        "Instemmen met een bijdrage van {A:€ 450.000} aan een meldpunt voor politici, te "
        "dekken uit het budget van het programma.",
    )
    b.heading("Kern")
    b.bullets(
        "Vier op de tien vrouwelijke raadsleden kregen in het afgelopen jaar te maken met "
        "seksistische of bedreigende berichten.",
        "Het kabinet zet in op drie sporen: voorkomen, melden en ondersteunen.",
        "Platforms worden aangesproken op de uitvoering van de Digital Services Act.",
    )
    b.heading("Toelichting")
    b.sub("Politieke context")
    b.para(
        "Het lid {H:kamerlid/sur} vraagt al langer aandacht voor dit onderwerp. Ook de minister "
        "van Justitie en Veiligheid, de heer {H:minister/full}, heeft aangekondigd de "
        "strafrechtelijke aanpak van doxing te versterken. De reactie is met hem afgestemd."
    )
    b.sub("Financiële/juridische overwegingen")
    b.para(
        "De bijdrage aan het meldpunt is een subsidie op grond van {L:artikel 4:23 van de "
        "Algemene wet bestuursrecht}. De juridische toets is uitgevoerd door "
        "{P:analist} (DCZW), bereikbaar via {E:analist}."
    )
    b.sub("Krachtenveld")
    b.para(
        "De {O:VNG}, het {O:Nederlands Genootschap van Burgemeesters} en de vereniging van "
        "raadsleden {O:Raadslid.Nu} steunen het meldpunt. {P:groen/init} van DDOO heeft de "
        "gesprekken met de platforms voorbereid; de heer {P:groen/sur} neemt ook deel aan het "
        "Europese overleg over de uitvoering van de DSA."
    )
    b.sub("Communicatie")
    b.para("DCOM bereidt een persbericht voor. Contact: {P:dcom} ({E:dcom}).")
    b.heading("Informatie die niet openbaar gemaakt kan worden")
    b.para(
        "Bijlage 3 bevat de namen van raadsleden die aan het onderzoek hebben meegewerkt en "
        "wordt niet openbaar gemaakt."
    )
    b.motivering(
        "In de openbaar gemaakte versie van deze nota zijn de persoonsgegevens van ambtenaren "
        "verwijderd op grond van {L:artikel 5.1, tweede lid, onder e, van de Woo}."
    )
    return b.build()


def nota_schikking_waterschade(rng: random.Random) -> Nota:
    """Top block with tab-aligned fields, embedded Helvetica; a citizen's name, address,
    postcode, BSN, IBAN and date of birth next to a civil servant with a mr. title."""
    cast = Cast(rng, "minbzk.nl", unicode_ok=True, ligatures_ok=True)
    cast.person("jurist", "plain", female=False, email_style="full")
    cast.person("rvb", "tv", female=True)
    cast.person("fin", "foreign", female=False)
    cast.citizen("claimant", "tv")
    b = NotaBuilder(
        "nota-04-schikking-waterschade",
        "top-block",
        Style(
            family="helv",
            embedded=True,
            size=10.0,
            margin_left=70,
            margin_right=70,
            field_style="tab",
        ),
        cast,
        BZK,
    )
    b.aan, b.van = "Minister van BZK", "Directie Wetgeving en Juridische Zaken"
    b.decision = "TER BESLISSING"
    b.field("Nota actief openbaar", "Ja")
    b.field("Zaaknummer", "Z-2024-011873")
    b.field("Datum", "22 augustus 2024")
    b.field("Behandeld door", "mr. {P:jurist}, T {T:jurist}")
    b.field("Samengewerkt met", "{O:Rijksvastgoedbedrijf} ({P:rvb/init}), FEZ")
    b.field("Bijlage(n)", "2")
    b.running("Behandeld door", "{P:jurist/init}")
    b.title("Nota Schikkingsvoorstel waterschade dienstwoning Kerkrade")
    b.heading("Aanleiding")
    b.para(
        "Op {D:14 februari 2024} is bij de dienstwoning aan de rand van het terrein van het "
        "voormalige grenskantoor een waterleiding gesprongen. De woning wordt bewoond door "
        "{C:claimant/name}, geboren op {C:claimant/dob}, die de woning huurt van het "
        "{O:Rijksvastgoedbedrijf}. De bewoner stelt de Staat aansprakelijk voor de schade aan "
        "de inboedel en vraagt een vergoeding van {A:€ 18.640}."
    )
    b.heading("Beslispunten")
    b.bullets(
        "Instemmen met een schikking van {A:€ 14.500} ter finale kwijting, zonder erkenning "
        "van aansprakelijkheid.",
        "Instemmen met betaling op rekening {C:claimant/iban} ten name van de bewoner.",
    )
    b.heading("Kern")
    b.bullets(
        "Het onderhoud van de leiding was een taak van de verhuurder; de kans dat de rechter "
        "de Staat aansprakelijk houdt, schatten wij hoog in.",
        "Een procedure kost naar verwachting meer dan het verschil tussen claim en schikking.",
        "De bewoner heeft zich bereid verklaard de schikking te aanvaarden.",
    )
    b.heading("Toelichting")
    b.sub("Juridische overwegingen")
    b.para(
        "Op grond van {L:artikel 7:206 van het Burgerlijk Wetboek} moet de verhuurder gebreken "
        "herstellen. Het {O:Rijksvastgoedbedrijf} heeft bevestigd dat de leiding in 2019 als "
        "aandachtspunt in het onderhoudsplan stond. De bewoner, {C:claimant/init}, "
        "wonende te {C:claimant/street}, {C:claimant/pc}, is bijgestaan door een "
        "rechtsbijstandsverzekeraar."
    )
    b.sub("Financiële overwegingen")
    b.para(
        "De schikking komt ten laste van artikel 6 (Rijksvastgoed). FEZ ({P:fin/init}) heeft "
        "bevestigd dat hiervoor ruimte is. Voor de betaling is het BSN van de bewoner nodig "
        "({C:claimant/bsn}); dit is door de bewoner zelf verstrekt bij de claim van "
        "{D:2 maart 2024} (ons kenmerk {R:3456789})."
    )
    b.sub("Vervolg")
    b.para(
        "Na uw akkoord stuurt {P:jurist/sur} de vaststellingsovereenkomst aan de bewoner. "
        "Vragen van de bewoner lopen via {E:jurist} of {T:jurist/intl}. {P:rvb} van het "
        "{O:Rijksvastgoedbedrijf} laat de leidingen in de overige dienstwoningen "
        "controleren."
    )
    b.heading("Informatie die niet openbaar gemaakt kan worden")
    b.para("De persoonsgegevens van de bewoner en de ambtenaren worden niet openbaar gemaakt.")
    b.motivering(
        "In de openbaar gemaakte versie van deze nota zijn de persoonsgegevens van de bewoner "
        "en van ambtenaren verwijderd ({L:artikel 5.1, tweede lid, onder e, Woo})."
    )
    return b.build()


def nota_dreiging_burgemeester(rng: random.Random) -> Nota:
    """Not actively published. Rijkshuisstijl in base-14 Times; a threatened burgemeester
    (kept) who shares a surname with a civil servant (redacted), a suspect's date of birth,
    address and licence plate."""
    cast = Cast(rng, "minbzk.nl", unicode_ok=False, ligatures_ok=True)
    cast.person("auteur", "plain", female=True)
    cast.person("nctv", "double", female=False)
    cast.person("naamgenoot", "tv")
    cast.office_holder("burgemeester", same_surname_as="naamgenoot", female=True)
    cast.office_holder("cdk", female=False)
    cast.citizen("verdachte", "word")
    b = NotaBuilder(
        "nota-05-dreiging-burgemeester",
        "colofon-right",
        Style(family="tiro", size=10.5, margin_left=78),
        cast,
        BZK,
    )
    b.aan, b.van = "Minister van BZK", "Programma Weerbaar Bestuur"
    b.decision = "TER INFORMATIE"
    b.field("Nota actief openbaar", "Nee")
    b.field("Onze referentie", "2024-0000245071")
    b.field("Datum", "9 juli 2024")
    b.field("Opgesteld door", "{P:auteur}", "M {M:auteur/dash}")
    b.field("Samengewerkt met", "{O:NCTV} ({P:nctv/init})", "{O:Politie} eenheid Oost-Nederland")
    b.field("Kopie aan", "SG, DGOBD, {P:naamgenoot/init}")
    b.field("Bijlage(n)", "0")
    b.title("Nota Bedreiging burgemeester van Dalfsen")
    b.heading("Aanleiding")
    b.para(
        "Burgemeester {H:burgemeester/full} van Dalfsen is op {D:5 juli 2024} bij haar woning "
        "bedreigd door een inwoner die het niet eens is met de sluiting van zijn "
        "bedrijfspand. Met deze nota informeren wij u over de situatie en over de "
        "ondersteuning die is geboden, voor het geval de Kamer of de media vragen stellen."
    )
    b.heading("Kernpunten")
    b.bullets(
        "De politie heeft een 39-jarige verdachte aangehouden: {C:verdachte/name}, geboren "
        "{C:verdachte/dobnum}, wonende aan de {C:verdachte/street} in "
        "{C:verdachte/pc}.",
        "De verdachte is eerder met zijn auto, een grijze bestelbus met kenteken "
        "{C:verdachte/plate}, meerdere keren langs de woning van de burgemeester gereden.",
        "De burgemeester heeft beveiligingsmaatregelen gekregen in het stelsel bewaken en "
        "beveiligen; de kosten vallen binnen de regeling ({A:EUR 38.000}).",
        "De commissaris van de Koning, de heer {H:cdk/full}, heeft de burgemeester op "
        "{D:6 juli 2024} bezocht.",
    )
    b.heading("Toelichting")
    b.sub("Politieke context")
    b.para(
        "Dit is het derde ernstige incident bij een burgemeester in Overijssel dit jaar. "
        "Burgemeester {H:burgemeester/sur} heeft aangegeven zelf de publiciteit niet te "
        "zoeken. De minister van JenV is via de NCTV geinformeerd."
    )
    b.sub("Juridische overwegingen")
    b.para(
        "Het {O:Openbaar Ministerie} heeft de verdachte gedagvaard wegens bedreiging "
        "({L:artikel 285 van het Wetboek van Strafrecht}). De zitting is gepland op "
        "{D:17 september 2024}. Tot die tijd geldt een contactverbod en een "
        "gebiedsverbod voor de kern van Dalfsen."
    )
    b.sub("Krachtenveld")
    b.para(
        "Het {O:Nederlands Genootschap van Burgemeesters} heeft steun uitgesproken. Het "
        "Ondersteuningsteam Weerbaar Bestuur heeft contact gehad met de burgemeester en haar "
        "gezin. Binnen BZK is {P:naamgenoot} het aanspreekpunt voor de gemeente; "
        "{P:nctv/init} van de {O:NCTV} onderhoudt het contact met de eenheid "
        "Oost-Nederland. Mevrouw {P:auteur/sur} is bereikbaar op {M:auteur/intl}."
    )
    b.sub("Communicatie")
    b.para(
        "Er is geen actieve communicatie voorzien. Bij vragen van de media verwijst "
        "woordvoering naar de gemeente en het {O:Openbaar Ministerie}."
    )
    b.heading("Informatie die niet openbaar gemaakt kan worden")
    b.para(
        "Deze nota wordt niet actief openbaar gemaakt: zij bevat gegevens over een lopend "
        "strafrechtelijk onderzoek en over de beveiliging van een persoon "
        "({L:artikel 5.1, tweede lid, onder c en h, Woo})."
    )
    b.motivering(
        "Deze nota wordt niet actief openbaar gemaakt. Bij een verzoek om openbaarmaking worden "
        "in ieder geval de persoonsgegevens van ambtenaren en van de verdachte gelakt."
    )
    return b.build()


def nota_bestuurdersbijeenkomst(rng: random.Random) -> Nota:
    """Four pages: a name broken across a line with a hyphen, and an annex with an e-mail thread
    (Outlook display names, 'Beste Karin,', first name only, sign-offs, an all-caps signature,
    a +31 mobile number)."""
    cast = Cast(rng, "minbzk.nl", unicode_ok=True, ligatures_ok=True)
    cast.person("auteur", "plain", female=True, email_style="full")
    cast.person("collega", "foreign", female=True)
    cast.person("events", "tv", female=False)
    cast.person("breuk", "plain", female=False)
    cast.office_holder("staatssecretaris", female=True)
    cast.office_holder("burgemeester", female=False)
    b = NotaBuilder(
        "nota-06-bestuurdersbijeenkomst-emailwisseling",
        "colofon-right",
        Style(family="helv", embedded=True, size=10.0, margin_left=72),
        cast,
        BZK,
    )
    b.aan, b.van = "Staatssecretaris van BZK", "Directie Democratie en Bestuur"
    b.field("Nota actief openbaar", "Ja")
    b.field("Onze referentie", "2024-0000122406")
    b.field("Datum", "12 maart 2024")
    b.field("Opgesteld door", "{P:auteur}")
    b.field("Contactpersoon", "{P:auteur/init}", "T {T:auteur}", "E {E:auteur}")
    b.field("Samengewerkt met", "DCOM, Bureau Bewindspersonen", "{P:collega} (DDB)")
    b.field("Deadline", "15 maart 2024")
    b.field("Bijlage(n)", "1 (e-mailwisseling)")
    b.running("Opgesteld door", "{P:auteur}")
    b.title("Beslisnota Bestuurdersbijeenkomst Weerbare Gemeenteraad")
    b.heading("Aanleiding")
    b.para(
        "Op {D:18 april 2024} organiseert BZK samen met de {O:VNG} een bijeenkomst voor "
        "burgemeesters, wethouders en griffiers over de weerbaarheid van de gemeenteraad. U "
        "bent gevraagd de bijeenkomst te openen. Over de locatie en het programma is ambtelijk "
        "overleg gevoerd met de gemeente Amersfoort; de e-mailwisseling daarover is als "
        "bijlage bijgevoegd omdat zij de afspraken over de beveiliging bevat."
    )
    b.heading("Geadviseerd besluit")
    b.bullets(
        "Instemmen met uw deelname aan de bijeenkomst en met de openingstoespraak op "
        "hoofdlijnen zoals beschreven onder Kern.",
        "Instemmen met de keuze voor de Rode Zaal van het stadhuis van Amersfoort als locatie.",
    )
    b.heading("Kern")
    b.bullets(
        "Burgemeester {H:burgemeester/full} van Amersfoort is gastheer en spreekt na u.",
        "In uw toespraak staat de nieuwe handreiking Weerbare Raad centraal; deze is met de "
        "griffiers ontwikkeld.",
        "Er worden circa 120 deelnemers verwacht. De kosten ({A:€ 23.500}) worden gedekt uit "
        "het programmabudget.",
    )
    b.heading("Toelichting")
    b.sub("Politieke context")
    b.para(
        "U heeft in het wetgevingsoverleg van {D:4 december 2023} toegezegd met raadsleden in "
        "gesprek te gaan over intimidatie en polarisatie in de raadszaal.\u00b9 De bijeenkomst "
        "geeft invulling aan die toezegging. Staatssecretaris {H:staatssecretaris/sur} is "
        "eerder dit jaar al in gesprek gegaan met raadsleden uit Zeeland.",
        "\u00b9 Kamerstukken II 2023/24, {R:36 400 VII, nr. 47}.",
    )
    b.sub("Uitvoering")
    b.para(
        "De organisatie ligt bij het evenementenbureau van BZK; het draaiboek is opgesteld "
        "door {P:breuk/brk} in overleg met de gemeente. De beveiliging wordt afgestemd met de "
        "politie-eenheid Midden-Nederland. De gemeente stelt de zaal kosteloos ter beschikking."
    )
    b.sub("Krachtenveld")
    b.para(
        "De {O:VNG} en de {O:Vereniging van Griffiers} zijn medeorganisator. De "
        "{O:Stichting Democratie en Media} verzorgt een workshop over online debat. "
        "{P:collega/init} heeft het programma met de {O:VNG} afgestemd."
    )
    b.sub("Communicatie")
    b.para(
        "Uw toespraak wordt na afloop op rijksoverheid.nl geplaatst. DCOM verzorgt een "
        "korte video. Voor vragen: {P:auteur}, {E:auteur}."
    )
    b.heading("Informatie die niet openbaar gemaakt kan worden")
    b.para(
        "De passages in de bijlage over de beveiliging van de bijeenkomst zijn niet openbaar "
        "({L:artikel 5.1, tweede lid, onder h, Woo})."
    )
    b.motivering(
        "In de openbaar gemaakte versie van deze nota en de bijlage zijn alle persoonsgegevens "
        "van ambtenaren geanonimiseerd."
    )
    b.annex("Bijlage 1. E-mailwisseling over de locatie (maart 2024)")
    b.mail_header(
        ("Van", "{P:collega/outlook} <{E:collega}>"),
        ("Verzonden", "dinsdag 5 maart 2024 10:14"),
        ("Aan", "{P:auteur/outlook} <{E:auteur}>"),
        ("CC", "{P:events/outlook} <{E:events}>"),
        ("Onderwerp", "RE: locatie bestuurdersbijeenkomst 18 april"),
    )
    b.context = "E-mail"
    b.para("Beste {P:auteur/first},")
    b.para(
        "Dank voor je bericht. Ik heb vanochtend met de gemeente gebeld: de Rode Zaal is op "
        "{D:18 april 2024} de hele middag beschikbaar, inclusief de foyer voor de lunch. De "
        "gemeente vraagt wel of wij het aantal deelnemers uiterlijk {D:4 april 2024} kunnen "
        "doorgeven, in verband met de toegangscontrole."
    )
    b.para(
        "Over de beveiliging: {P:events/first} heeft contact gehad met de politie. Zij adviseren "
        "de deelnemerslijst niet vooraf te publiceren. Kun jij dit meenemen in de uitnodiging?"
    )
    b.para("Met vriendelijke groet,", style="tight")
    b.lines(
        "",
        "{P:collega}",
        "Senior beleidsmedewerker | Directie Democratie en Bestuur",
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        "M {M:collega/intl}",
        context="Ondertekening",
    )
    b.rule()
    b.mail_header(
        ("Van", "{P:auteur/outlook}"),
        ("Verzonden", "maandag 4 maart 2024 16:52"),
        ("Aan", "{P:collega/outlook}"),
        ("Onderwerp", "locatie bestuurdersbijeenkomst 18 april"),
    )
    b.context = "E-mail"
    b.para("Hoi {P:collega/first},")
    b.para(
        "Zoals besproken zoeken we voor {D:18 april} nog een locatie in het midden van het land. "
        "{P:events/first} gaf aan dat Amersfoort de Rode Zaal misschien beschikbaar heeft. Wil "
        "jij dit navragen bij de gemeente? Als het lukt, leg ik het voorstel deze week in een "
        "nota aan de staatssecretaris voor."
    )
    b.para("Ik ben morgen de hele dag buiten de deur, maar bereikbaar op {M:auteur/dash}.")
    b.para("Groet,", style="tight")
    b.lines(
        "{P:auteur/first}",
        "",
        "{P:auteur/caps}",
        "Programmamanager Weerbare Raad",
        "T {T:auteur/dash}",
        context="Ondertekening",
    )
    b.rule()
    b.mail_header(
        ("Van", "{P:events/outlook} <{E:events}>"),
        ("Verzonden", "vrijdag 1 maart 2024 09:03"),
        ("Aan", "{P:auteur/outlook}"),
        ("Onderwerp", "Beveiliging bijeenkomst 18 april"),
    )
    b.context = "E-mail"
    b.para("Beste {P:auteur/first},")
    b.para(
        "Ik heb gisteren de politie-eenheid Midden-Nederland gesproken over de bijeenkomst. "
        "Omdat de staatssecretaris en burgemeester {H:burgemeester/sur} allebei aanwezig zijn, "
        "vragen zij om een vaste toegangscontrole en een aparte ingang voor de sprekers. Dat "
        "kan in het stadhuis van Amersfoort; in de andere locaties die we bekeken hebben niet."
    )
    b.para(
        "Mijn advies is dus om voor Amersfoort te kiezen. Ik loop de details graag met je en "
        "{P:collega/first} door; ik zit dinsdag op de 12e verdieping. Bel gerust op "
        "{M:events/compact} als het eerder moet."
    )
    b.para("Met vriendelijke groet,", style="tight")
    b.lines(
        "",
        "{P:events/initcaps}",
        "Coordinator evenementen en beveiliging",
        "Bureau Bewindspersonen",
        "T {T:events/paren}",
        context="Ondertekening",
    )
    return b.build()


def nota_centrale_stemopneming(rng: random.Random) -> Nota:
    """One page, top block (Label: value), base-14 Helvetica 11pt, a short information nota
    with an ir. title and a phone number in brackets."""
    cast = Cast(rng, "minbzk.nl", unicode_ok=False, ligatures_ok=True)
    cast.person("auteur", "tv", female=False)
    cast.person("kiesraad", "plain", female=True)
    b = NotaBuilder(
        "nota-07-centrale-stemopneming",
        "top-block",
        Style(family="helv", size=10.5, margin_left=80, margin_right=80),
        cast,
        BZK,
    )
    b.aan, b.van = "Minister van BZK", "Directie Democratie en Bestuur"
    b.decision = "TER INFORMATIE"
    b.kicker = "Nota"
    b.field("Datum", "30 januari 2024")
    b.field("Kenmerk", "3456789")
    b.field("Nota actief openbaar", "Ja")
    b.field("Contactpersoon", "dhr. ir. {P:auteur}, {T:auteur/paren}")
    b.title("Nota Uitkomst overleg Kiesraad over centrale stemopneming")
    b.heading("Aanleiding")
    b.para(
        "Op {D:24 januari 2024} heeft het periodieke overleg met de {O:Kiesraad} "
        "plaatsgevonden. Met deze nota informeren wij u over de uitkomst ten aanzien van de "
        "centrale stemopneming bij de gemeenteraadsverkiezingen van 2026."
    )
    b.heading("Kern")
    b.bullets(
        "De {O:Kiesraad} adviseert centrale stemopneming verplicht te stellen voor gemeenten "
        "met meer dan 100.000 inwoners.",
        "Gemeenten vragen een overgangstermijn; de {O:VNG} raamt de extra kosten op "
        "{A:EUR 2,8 miljoen} per verkiezing.",
        "Wij stellen voor het advies te betrekken bij de wijziging van de Kieswet "
        "({L:artikel J 5a Kieswet}) die in het voorjaar in consultatie gaat.",
    )
    b.heading("Toelichting")
    b.para(
        "Namens de {O:Kiesraad} nam {P:kiesraad} deel aan het overleg. Zij lichtte toe dat "
        "de proeven in 2022 en 2023 minder telfouten lieten zien. De kosten zijn vooral "
        "eenmalig (locaties, scanners). Een gedetailleerde reactie volgt in de nota over "
        "het wetsvoorstel; de heer {P:auteur/sur} is uw aanspreekpunt."
    )
    b.motivering(MOTIVERING_AMBTENAREN)
    return b.build()


def nota_lokale_rekenkamers(rng: random.Random) -> Nota:
    """Rijkshuisstijl in base-14 Helvetica 9.5pt; a budget table with a contact-person column,
    double surnames, and a civil servant called Zwolle next to the gemeente Zwolle."""
    cast = Cast(rng, "minbzk.nl", unicode_ok=False, ligatures_ok=True)
    cast.person("auteur", "double", female=True)
    cast.person("zwolle", "surname=Zwolle", female=False)
    cast.person("fez", "tv", female=True)
    cast.person("nvrr", "plain", female=False)
    cast.person("dijk", "surname=van Dijk", female=True)
    cast.office_holder("wethouder", female=False)
    b = NotaBuilder(
        "nota-08-lokale-rekenkamers-budget",
        "colofon-right",
        Style(family="helv", size=9.5, margin_left=70),
        cast,
        BZK,
    )
    b.aan, b.van = "Minister van BZK", "Directie Democratie en Bestuur"
    b.colofon_address = ["Directie Democratie en Bestuur", "Postbus 20011", "2500 EA Den Haag"]
    b.field("Nota actief openbaar", "Ja")
    b.field("Onze referentie", "2024-0000270519")
    b.field("Datum", "2 oktober 2024")
    b.field("Opgesteld door", "{P:auteur}")
    b.field("Samengewerkt met", "FEZ ({P:fez/init})", "{O:Algemene Rekenkamer}")
    b.field("Parafenroute", "Dir. DB ({P:zwolle/init}), DGOBD")
    b.field("Bijlage(n)", "1")
    b.title("Beslisnota Verdeling middelen versterking lokale rekenkamers 2025")
    b.heading("Aanleiding")
    b.para(
        "In de Kamerbrief over de versterking van de lokale democratie is {A:EUR 3,4 miljoen} "
        "per jaar vrijgemaakt om lokale rekenkamers te versterken.\u00b9 De Nederlandse "
        "Vereniging van Rekenkamers ({O:NVRR}) en de {O:VNG} hebben een voorstel gedaan voor de "
        "besteding in 2025. Wij leggen u de verdeling ter besluitvorming voor.",
        "\u00b9 Kamerstukken II 2022/23, {R:35 896, nr. 12}.",
    )
    b.heading("Geadviseerd besluit")
    b.bullets(
        "Instemmen met de verdeling van de middelen voor 2025 zoals in de tabel hieronder.",
        "Instemmen met een subsidie aan de {O:NVRR} voor een opleidingsprogramma.",
    )
    b.heading("Kern")
    b.bullets(
        "Een derde van de gemeenten heeft geen functionerende rekenkamer; vooral kleine "
        "gemeenten hebben moeite leden te vinden.",
        "De gemeente Zwolle en de gemeente Emmen hebben aangeboden als pilotregio op te treden "
        "voor gedeelde rekenkamers.",
        "Wethouder {H:wethouder/full} (Zwolle) heeft namens de pilotgemeenten een "
        "intentieverklaring getekend.",
    )
    b.heading("Toelichting")
    b.sub("Financi\u00eble/juridische overwegingen")
    b.para(
        "De verdeling past binnen artikel 2 van de begroting. Voor de subsidie aan de "
        "{O:NVRR} geldt de {L:Kaderregeling subsidies OCW, SZW en VWS} niet; wij gebruiken "
        "de {L:Subsidieregeling lokale democratie 2023, artikel 3}. FEZ heeft ingestemd."
    )
    b.table(
        ["Onderdeel", "Bedrag 2025", "Contactpersoon"],
        [0.46, 0.2, 0.34],
        [
            ["Pilots gedeelde rekenkamer (Zwolle, Emmen)", "{A:EUR 1.200.000}", "{P:zwolle} (DB)"],
            ["Opleidingsprogramma {O:NVRR}", "{A:EUR 850.000}", "{P:nvrr} ({O:NVRR})"],
            ["Handreiking en kennisbank", "{A:EUR 400.000}", "{P:auteur/init} (DB)"],
            [
                "Onderzoek door het {O:Verwey-Jonker Instituut}",
                "{A:EUR 350.000}",
                "mevrouw {P:dijk/sur} (DB)",
            ],
            ["Reservering 2026", "{A:EUR 600.000}", "{P:fez/init} (FEZ)"],
        ],
    )
    b.sub("Krachtenveld")
    b.para(
        "De {O:Algemene Rekenkamer} steunt de inzet op samenwerking tussen gemeenten. De "
        "{O:NVRR} had liever een structurele bijdrage per gemeente gezien. Hierover heeft "
        "{P:zwolle} op {D:19 september 2024} gesproken met het bestuur van de {O:NVRR}, "
        "vertegenwoordigd door {P:nvrr}. De gemeente Zwolle deelt haar ervaringen via de "
        "kennisbank."
    )
    b.sub("Communicatie")
    b.para(
        "De verdeling wordt gemeld in de eerstvolgende voortgangsbrief. Vragen van gemeenten "
        "kunnen naar {E:dijk} of naar {E:auteur}."
    )
    b.heading("Informatie die niet openbaar gemaakt kan worden")
    b.para("Niet van toepassing.")
    b.motivering(MOTIVERING_AMBTENAREN)
    return b.build()


def nota_woo_besluit(rng: random.Random) -> Nota:
    """Top block with tab-aligned fields, embedded Times; a Woo request: the requester's name,
    e-mail and address, many legal references and reference numbers that look like numbers."""
    cast = Cast(rng, "minjenv.nl", unicode_ok=True, ligatures_ok=True)
    cast.person("jurist", "foreign", female=False)
    cast.person("woo", "word", female=True)
    cast.person("dir", "tv", female=False)
    cast.citizen("verzoeker", "double")
    b = NotaBuilder(
        "nota-09-besluit-woo-verzoek",
        "top-block",
        Style(
            family="tiro",
            embedded=True,
            size=10.5,
            margin_left=68,
            margin_right=68,
            field_style="tab",
        ),
        cast,
        JENV,
    )
    b.aan, b.van = "Minister van Justitie en Veiligheid", "Directie Wetgeving en Juridische Zaken"
    b.decision = "TER BESLISSING"
    b.field("Nota actief openbaar", "Ja")
    b.field("Kenmerk", "5683012")
    b.field("Datum", "18 november 2024")
    b.field("Auteur", "{P:jurist}")
    b.field("Contactpersoon", "{P:woo/init} (Woo-coördinator), {M:woo/pairs}")
    b.field("Kopie aan", "DWJZ, {P:dir/init}")
    b.field("Deadline", "25 november 2024")
    b.field("Bijlage(n)", "3")
    b.title("Beslisnota Besluit op Woo-verzoek over adviezen ondermijningsonderzoeken")
    b.heading("Aanleiding")
    b.para(
        "Bij e-mail van {D:2 september 2024} heeft {C:verzoeker/name} ({C:verzoeker/email}) op "
        "grond van de {L:Wet open overheid} verzocht om openbaarmaking van adviezen over "
        "ondermijningsonderzoeken in gemeenten uit de periode 2020-2023. Het verzoek is "
        "geregistreerd onder nummer {R:2024-0000170052}. De beslistermijn is met twee weken "
        "verdaagd en verloopt op {D:28 november 2024}."
    )
    b.heading("Geadviseerd besluit")
    b.bullets(
        "Instemmen met het besluit om de 14 gevonden documenten gedeeltelijk openbaar te maken.",
        "Het bijgevoegde besluit ondertekenen.",
    )
    b.heading("Kern")
    b.bullets(
        "In de documenten zijn namen en contactgegevens van ambtenaren en derden gelakt op grond "
        "van {L:artikel 5.1, tweede lid, onder e, Woo}.",
        "Passages over lopende opsporingsonderzoeken zijn gelakt op grond van {L:artikel 5.1, "
        "tweede lid, onder c, Woo}.",
        "Twee documenten bevatten persoonlijke beleidsopvattingen; deze zijn in geobjectiveerde "
        "vorm openbaar gemaakt ({L:artikel 5.2, eerste lid, Woo}).",
        "Het {O:RIEC Zeeland-West-Brabant} en de gemeente Roosendaal zijn als derde-belanghebbende "
        "gehoord ({L:artikel 4.4 Woo}) en hebben geen bedenkingen.",
    )
    b.heading("Toelichting")
    b.sub("Juridische overwegingen")
    b.para(
        "De verzoeker heeft verzocht het besluit per post te verzenden naar "
        "{C:verzoeker/street}, {C:verzoeker/pc}. Op {D:11 oktober 2024} heeft "
        "{P:woo/init} telefonisch contact gehad met de verzoeker over de reikwijdte. De "
        "verzoeker heeft het verzoek toen beperkt tot adviezen van het {O:LIEC} en de RIEC's."
    )
    b.para(
        "Bij een eerder verzoek van dezelfde verzoeker (kenmerk {R:4419876}, besluit van "
        "{D:14 maart 2024}) is bezwaar gemaakt. Dat bezwaar is ongegrond verklaard; de "
        "rechtbank Den Haag heeft het beroep op {D:3 oktober 2024} verworpen "
        "({R:ECLI:NL:RBDHA:2024:16233}). Wij verwachten daarom dat de lakgronden standhouden."
    )
    b.sub("Communicatie")
    b.para(
        "Het besluit en de documenten worden na verzending gepubliceerd op open.overheid.nl. "
        "Contact over de uitvoering: {P:jurist} ({E:jurist})."
    )
    b.heading("Informatie die niet openbaar gemaakt kan worden")
    b.para("De persoonsgegevens van de verzoeker worden niet openbaar gemaakt.")
    b.motivering(
        "In de openbaar gemaakte versie van deze nota zijn de persoonsgegevens van ambtenaren "
        "en van de verzoeker geanonimiseerd."
    )
    return b.build()


def nota_herindeling(rng: random.Random) -> Nota:
    """Rijkshuisstijl with embedded Times and Story-wrapped body paragraphs; many office
    holders (commissaris van de Koning, burgemeesters, wethouders, Kamerlid) that stay, next to
    civil servants with foreign-origin names."""
    cast = Cast(rng, "minbzk.nl", unicode_ok=True, ligatures_ok=False)
    cast.person("auteur", "foreign", female=True)
    cast.person("jurist", "foreign", female=False)
    cast.person("fin", "tv", female=True)
    cast.office_holder("cdk", female=True)
    cast.office_holder("burg1", female=False)
    cast.office_holder("burg2", female=True)
    cast.office_holder("wethouder", female=False)
    cast.office_holder("kamerlid", female=True)
    b = NotaBuilder(
        "nota-10-herindeling-oosterzande-wielhoven",
        "colofon-right",
        Style(family="tiro", embedded=True, html_body=True, size=10.5, margin_left=80),
        cast,
        BZK,
    )
    b.aan, b.van = "Minister van BZK", "Directie Bestuur, Ruimte en Financi\u00ebn"
    b.field("Nota actief openbaar", "Ja")
    b.field("Onze referentie", "2024-0000198350")
    b.field("Datum", "24 april 2024")
    b.field("Opgesteld door", "{P:auteur}", "T {T:auteur}", "E {E:auteur}")
    b.field("Samengewerkt met", "DWJZ ({P:jurist/init})", "FEZ ({P:fin})")
    b.field("Bijlage(n)", "2")
    b.title("Beslisnota Herindelingsadvies Oosterzande en Wielhoven")
    b.heading("Aanleiding")
    b.para(
        "Op {D:2 april 2024} hebben Gedeputeerde Staten van Zuid-Holland het herindelingsadvies "
        "voor de samenvoeging van de gemeenten Oosterzande en Wielhoven aan u aangeboden. De "
        "gemeenteraden hebben met het advies ingestemd. Wij stellen voor het wetsvoorstel voor "
        "te bereiden, zodat de nieuwe gemeente op {D:1 januari 2026} kan ontstaan."
    )
    b.heading("Geadviseerd besluit")
    b.bullets(
        "Instemmen met het opstellen van een wetsvoorstel tot samenvoeging op basis van het "
        "herindelingsadvies.",
        "Instemmen met het bijgevoegde antwoord aan de commissaris van de Koning.",
    )
    b.heading("Kern")
    b.bullets(
        "Het advies voldoet aan de criteria van het Beleidskader gemeentelijke herindeling: er "
        "is breed draagvlak en de bestuurskracht neemt toe.",
        "De commissaris van de Koning, mevrouw {H:cdk/full}, heeft het proces begeleid en "
        "onderschrijft het advies.",
        "Burgemeester {H:burg1/sur} (Oosterzande) en burgemeester {H:burg2/sur} (Wielhoven) "
        "vragen om een snelle behandeling, omdat beide gemeenten een waarnemend burgemeester "
        "krijgen.",
    )
    b.heading("Toelichting")
    b.sub("Politieke context")
    b.para(
        "In een deel van Wielhoven is een bewonersgroep tegen de samenvoeging. Zij heeft zich "
        "tot het lid {H:kamerlid/sur} ({O:SP}) gewend, die schriftelijke vragen heeft "
        "aangekondigd. Wethouder {H:wethouder/full} van Wielhoven heeft met de groep gesproken "
        "en toegezegd dat de kernen een eigen dorpsraad houden."
    )
    b.sub("Financiële/juridische overwegingen")
    b.para(
        "De gemeenten ontvangen een herindelingsbijdrage uit het Gemeentefonds van naar "
        "verwachting {A:€ 4,6 miljoen}, verdeeld over vijf jaar. Het wetsvoorstel volgt de "
        "procedure van de {L:Wet algemene regels herindeling}; de toets door "
        "{P:jurist} (DWJZ) heeft geen knelpunten opgeleverd."
    )
    b.sub("Krachtenveld")
    b.para(
        "De provincie en de {O:VNG} steunen het advies. De {O:Raad voor het Openbaar Bestuur} "
        "heeft eerder gewezen op het belang van nabijheid in grotere gemeenten; daaraan wordt "
        "met de dorpsraden tegemoetgekomen. Namens BZK onderhoudt {P:auteur/init} het contact "
        "met de provincie."
    )
    b.sub("Communicatie")
    b.para(
        "Na uw besluit ontvangen de gemeenten en de provincie een brief. {P:auteur/sur} "
        "informeert de griffies telefonisch."
    )
    b.heading("Informatie die niet openbaar gemaakt kan worden")
    b.para("Niet van toepassing.")
    b.motivering(MOTIVERING_AMBTENAREN)
    return b.build()


def nota_klacht_ombudsman(rng: random.Random) -> Nota:
    """Not actively published. Top block (Label: value), embedded Helvetica with Story-wrapped
    paragraphs; a citizen's complaint with BSN in dotted form, an IBAN without spaces, a mobile
    number and a private e-mail address."""
    cast = Cast(rng, "minbzk.nl", unicode_ok=True, ligatures_ok=False)
    cast.person("auteur", "foreign", female=False)
    cast.person("duo", "plain", female=True)
    cast.person("klachten", "word", female=False)
    cast.citizen("klager", "foreign")
    b = NotaBuilder(
        "nota-11-klacht-nationale-ombudsman",
        "top-block",
        Style(
            family="helv", embedded=True, html_body=True, size=10.0, margin_left=65, margin_right=65
        ),
        cast,
        BZK,
    )
    b.aan, b.van = "Staatssecretaris van BZK", "Directie Ambtenaar en Organisatiebeleid"
    b.decision = "TER BESLUITVORMING"
    b.field("Nota actief openbaar", "Nee")
    b.field("Kenmerk", "2024-0000233718")
    b.field("Datum", "4 juli 2024")
    b.field("Opgesteld door", "{P:auteur} ({E:auteur})")
    b.field("Samengewerkt met", "{O:Nationale Ombudsman}, {O:DUO} ({P:duo})")
    b.field("Bijlage(n)", "2")
    b.title("Nota Reactie op klacht bij de Nationale ombudsman over terugvordering")
    b.heading("Aanleiding")
    b.para(
        "De {O:Nationale Ombudsman} heeft op {D:20 juni 2024} een klacht doorgestuurd van "
        "{C:klager/name} over de terugvordering van een tegemoetkoming in de reiskosten voor "
        "een stage bij de Rijksoverheid. De ombudsman vraagt vóór {D:18 juli 2024} om een reactie."
    )
    b.heading("Beslispunten")
    b.bullets(
        "Instemmen met het erkennen van de klacht voor zover die gaat over de lange behandelduur.",
        "Instemmen met het afzien van terugvordering van {A:€ 1.284,50} en het terugbetalen "
        "van het al verrekende deel.",
    )
    b.heading("Kern")
    b.bullets(
        "De klager, burgerservicenummer {C:klager/bsndots}, heeft de tegemoetkoming te goeder "
        "trouw ontvangen; de fout lag bij de uitvoering.",
        "Terugbetaling gebeurt op rekeningnummer {C:klager/ibancompact}.",
        "De klager is bereikbaar op {C:klager/phone} en via {C:klager/email}.",
    )
    b.heading("Toelichting")
    b.sub("Juridische overwegingen")
    b.para(
        "Volgens vaste lijn van de ombudsman mag een bestuursorgaan afzien van terugvordering "
        "als de burger niet kon weten dat het bedrag onverschuldigd was betaald "
        "({L:artikel 4:57 Awb}). Dat is hier het geval. {P:klachten} van het klachtenbureau "
        "heeft de stukken beoordeeld."
    )
    b.sub("Uitvoering")
    b.para(
        "{O:DUO} voert de terugbetaling uit. Mevrouw {P:duo/sur} van {O:DUO} heeft bevestigd "
        "dat dit binnen vier weken kan. De klager woont inmiddels op {C:klager/street}, "
        "{C:klager/pc}; de brief wordt naar dat adres gestuurd."
    )
    b.heading("Informatie die niet openbaar gemaakt kan worden")
    b.para(
        "De nota gaat over een individuele klacht en bevat persoonsgegevens van de klager; zij "
        "wordt daarom niet actief openbaar gemaakt."
    )
    b.motivering(
        "Deze nota wordt niet actief openbaar gemaakt ({L:artikel 5.1, tweede lid, onder e, Woo})."
    )
    return b.build()


def nota_digitale_weerbaarheid(rng: random.Random) -> Nota:
    """Rijkshuisstijl in base-14 Helvetica 10.5pt; a second name broken across a line with a
    hyphen, names in the Parafenroute and Kopie aan, 'de heer' and 'mevrouw' forms."""
    cast = Cast(rng, "minbzk.nl", unicode_ok=False, ligatures_ok=True)
    cast.person("auteur", "tv", female=False)
    cast.person("cio", "plain", female=True)
    cast.person("breuk", "double", female=True)
    cast.person("ibd", "word", female=False)
    cast.person("dg", "plain", female=False)
    cast.office_holder("staatssecretaris", female=False)
    b = NotaBuilder(
        "nota-12-digitale-weerbaarheid-gemeenten",
        "colofon-right",
        Style(family="helv", size=10.5, margin_left=76),
        cast,
        BZK,
    )
    b.aan, b.van = "Staatssecretaris Digitalisering en Koninkrijksrelaties", "DG Digitalisering"
    b.field("Nota actief openbaar", "Ja")
    b.field("Onze referentie", "2024-0000288102")
    b.field("Datum", "21 oktober 2024")
    b.field("Opgesteld door", "{P:auteur/init}")
    b.field("Samengewerkt met", "CIO Rijk ({P:cio})", "{O:Informatiebeveiligingsdienst}")
    b.field("Parafenroute", "Dir. DIO, {P:dg/init} (plv. DGDOO)")
    b.field("Kopie aan", "{P:ibd/init} ({O:IBD})")
    b.field("Bijlage(n)", "1")
    b.title("Beslisnota Uitbreiding pilot digitale weerbaarheid gemeenten")
    b.heading("Aanleiding")
    b.para(
        "Sinds {D:1 maart 2024} loopt in twaalf gemeenten een pilot waarin de "
        "{O:Informatiebeveiligingsdienst} ({O:IBD}) gemeenten helpt hun digitale weerbaarheid "
        "te toetsen. De evaluatie is positief. De {O:VNG} vraagt de pilot uit te breiden naar "
        "alle gemeenten met minder dan 50.000 inwoners."
    )
    b.heading("Geadviseerd besluit")
    b.bullets(
        "Instemmen met uitbreiding van de pilot naar 80 gemeenten in 2025.",
        "Instemmen met een bijdrage van {A:EUR 2,1 miljoen} uit de middelen voor "
        "informatieveiligheid.",
    )
    b.heading("Kern")
    b.bullets(
        "Negen van de twaalf gemeenten hebben na de toets kwetsbaarheden gedicht die bij een "
        "aanval tot uitval van dienstverlening hadden kunnen leiden.",
        "De toets kost per gemeente ongeveer 60 uur en is voor kleine gemeenten zonder hulp "
        "niet haalbaar.",
        "De evaluatie is uitgevoerd door {P:breuk/brk}, in samenwerking met het Centrum "
        "Informatiebeveiliging en Privacybescherming.",
    )
    b.heading("Toelichting")
    b.sub("Politieke context")
    b.para(
        "Staatssecretaris {H:staatssecretaris/sur} heeft in het commissiedebat Digitale "
        "overheid van {D:26 september 2024} toegezegd de Kamer dit najaar te informeren over "
        "de aanpak van digitale weerbaarheid bij decentrale overheden.\u00b9 Deze nota is "
        "daarvoor de basis.",
        "\u00b9 Kamerstukken II 2024/25, {R:26643-1215}.",
    )
    b.sub("Financi\u00eble/juridische overwegingen")
    b.para(
        "De bijdrage wordt verstrekt als specifieke uitkering aan de {O:VNG} ten behoeve van de "
        "{O:IBD}. Er is geen wetswijziging nodig; de {L:Baseline Informatiebeveiliging "
        "Overheid} blijft het normenkader."
    )
    b.sub("Krachtenveld")
    b.para(
        "De {O:VNG} en de {O:IBD} steunen de uitbreiding. Het CIO-stelsel ziet kansen om de "
        "toets ook bij waterschappen te gebruiken. De heer {P:ibd/sur} van de {O:IBD} en "
        "mevrouw {P:cio/sur} (CIO Rijk) hebben de resultaten op {D:10 oktober 2024} "
        "toegelicht aan de directie. {P:breuk/init} wordt ook gevraagd de uitbreiding te "
        "evalueren."
    )
    b.sub("Communicatie")
    b.para(
        "De {O:VNG} informeert de gemeenten via de ledenbrief. Contactpersoon voor de "
        "Kamerbrief is {P:auteur/init} ({T:auteur/dash})."
    )
    b.heading("Informatie die niet openbaar gemaakt kan worden")
    b.para(
        "De namen van de pilotgemeenten met kwetsbaarheden worden niet openbaar gemaakt "
        "({L:artikel 5.1, tweede lid, onder i, Woo})."
    )
    b.motivering(MOTIVERING_AMBTENAREN)
    return b.build()


def nota_ondertekening_regeling(rng: random.Random) -> Nota:
    """Top block with tab-aligned fields in base-14 Times; TER ONDERTEKENING with a parafenblad
    table of names and dates, and a signature in capitals."""
    cast = Cast(rng, "minbzk.nl", unicode_ok=False, ligatures_ok=True)
    cast.person("auteur", "plain", female=True)
    cast.person("wjz", "tv", female=True)
    cast.person("dir", "double", female=False)
    cast.person("dg", "word", female=True)
    b = NotaBuilder(
        "nota-13-ondertekening-regeling-onkosten",
        "top-block",
        Style(family="tiro", size=10.5, margin_left=75, margin_right=75, field_style="tab"),
        cast,
        BZK,
    )
    b.aan, b.van = "Minister van BZK", "Directie Democratie en Bestuur"
    b.decision = "TER ONDERTEKENING"
    b.field("Nota actief openbaar", "Ja")
    b.field("Onze referentie", "2024-0000310456")
    b.field("Datum", "5 december 2024")
    b.field("Opgesteld door", "{P:auteur}, {M:auteur}")
    b.field("Parafenroute", "DWJZ, Dir. DB, DGOBD")
    b.field("Bijlage(n)", "1 (ontwerpregeling)")
    b.title("Nota Wijzigingsregeling onkostenvergoeding burgemeesters en wethouders")
    b.heading("Aanleiding")
    b.para(
        "De vaste onkostenvergoeding van burgemeesters en wethouders is sinds 2016 niet "
        "aangepast. Na overleg met de {O:VNG} en het {O:Nederlands Genootschap van "
        "Burgemeesters} is afgesproken de vergoeding per {D:1 januari 2025} te indexeren. "
        "De wijzigingsregeling ligt ter ondertekening voor."
    )
    b.heading("Geadviseerd besluit")
    b.bullets("De bijgevoegde wijzigingsregeling ondertekenen.")
    b.heading("Kern")
    b.bullets(
        "De vergoeding stijgt met 17 procent, gelijk aan de loonontwikkeling sinds 2016.",
        "De kosten voor gemeenten bedragen in totaal circa {A:EUR 2,6 miljoen} per jaar en "
        "worden door gemeenten zelf gedragen.",
        "De regeling wijzigt {L:artikel 6 van de Rechtspositieregeling burgemeesters} en "
        "{L:artikel 5 van de Rechtspositieregeling wethouders}.",
    )
    b.heading("Toelichting")
    b.sub("Juridische overwegingen")
    b.para(
        "De regeling is getoetst door DWJZ ({P:wjz/init}). Internetconsultatie is niet nodig, "
        "omdat de wijziging uitsluitend een indexering betreft. Publicatie in de Staatscourant "
        "is voorzien op {D:16 december 2024}."
    )
    b.sub("Communicatie")
    b.para(
        "De wijziging wordt bekendgemaakt via de circulaire rechtspositie decentrale "
        "politieke ambtsdragers. Vragen: {P:auteur} ({E:auteur})."
    )
    b.heading("Informatie die niet openbaar gemaakt kan worden")
    b.para("Niet van toepassing.")
    b.motivering(MOTIVERING_AMBTENAREN)
    b.annex("Parafenblad")
    b.table(
        ["Functie", "Naam", "Paraaf d.d."],
        [0.42, 0.34, 0.24],
        [
            ["Opsteller, Directie DB", "{P:auteur}", "{D:29 november 2024}"],
            ["Jurist, DWJZ", "mr. {P:wjz}", "{D:2 december 2024}"],
            ["Directeur Democratie en Bestuur", "{P:dir/init}", "{D:3 december 2024}"],
            ["Plv. directeur-generaal Openbaar Bestuur", "drs. {P:dg}", "{D:4 december 2024}"],
        ],
    )
    b.para("Voor akkoord,", style="tight")
    b.lines(
        "", "de directeur Democratie en Bestuur,", "", "", "{P:dir/caps}", context="Ondertekening"
    )
    return b.build()


def nota_kamervragen(rng: random.Random) -> Nota:
    """Rijkshuisstijl, embedded Helvetica 9.5pt; answers to questions of two MPs whose names stay,
    two footnotes, e-mail addresses and a name that wraps in the colofon."""
    cast = Cast(rng, "minbzk.nl", unicode_ok=True, ligatures_ok=True)
    cast.person("auteur", "double", female=False, email_style="full")
    cast.person("politie", "foreign", female=True)
    cast.person("jenv", "plain", female=False)
    cast.person("koning", "surname=Koning", female=True)
    cast.office_holder("lid1", female=True)
    cast.office_holder("lid2", female=False)
    cast.office_holder("minister", female=True)
    b = NotaBuilder(
        "nota-14-beantwoording-kamervragen",
        "colofon-right",
        Style(family="helv", embedded=True, size=9.5, margin_left=70),
        cast,
        BZK,
    )
    b.aan, b.van = "Minister van BZK", "Programma Weerbaar Bestuur"
    b.field("Nota actief openbaar", "Ja")
    b.field("Onze referentie", "2024-0000264913")
    b.field("Datum", "13 september 2024")
    b.field("Opgesteld door", "{P:auteur}")
    b.field("Contactpersoon", "{P:auteur/init}", "M {M:auteur/dash}", "E {E:auteur}")
    b.field("Samengewerkt met", "Ministerie van JenV ({P:jenv/init}), {O:Politie} ({P:politie})")
    b.field("Deadline", "20 september 2024")
    b.field("Bijlage(n)", "2")
    b.title("Beslisnota Beantwoording Kamervragen over bedreiging van raadsleden")
    b.heading("Aanleiding")
    b.para(
        "Het lid {H:lid1/sur} ({O:NSC}) en het lid {H:lid2/sur} ({O:CDA}) hebben op "
        "{D:22 augustus 2024} schriftelijke vragen gesteld over de bedreiging van raadsleden "
        "tijdens de campagne voor de gemeentelijke herindeling in Noord-Brabant.\u00b9 Bijgaand "
        "treft u de concept-antwoorden aan.",
        "\u00b9 Aanhangsel Handelingen II 2023/24, vraagnummer {R:2024Z13652}.",
    )
    b.heading("Geadviseerd besluit")
    b.bullets(
        "Instemmen met de antwoorden en deze ondertekenen; de minister van JenV, mevrouw "
        "{H:minister/full}, tekent mee.",
    )
    b.heading("Kern")
    b.bullets(
        "De vragen gaan over drie incidenten in juni en juli 2024; in twee gevallen loopt een "
        "strafrechtelijk onderzoek.",
        "In de antwoorden wordt niet ingegaan op de individuele zaken, wel op de "
        "ondersteuning die raadsleden kunnen krijgen.",
        "De antwoorden verwijzen naar de voortgangsbrief Weerbaar Bestuur van "
        "{D:11 april 2024}.\u00b2",
    )
    b.heading("Toelichting")
    b.sub("Politieke context")
    b.para(
        "Het lid {H:lid1/sur} heeft eerder een motie ingediend die de regering vraagt "
        "de aangiftebereidheid van politieke ambtsdragers te vergroten ({R:36 410 VII, nr. 28}). "
        "De motie is aangenomen. In de antwoorden wordt gemeld dat het aantal aangiften in "
        "2024 met 22 procent is gestegen.",
        "\u00b2 Kamerstukken II 2023/24, {R:28844-259}.",
    )
    b.sub("Krachtenveld")
    b.para(
        "De antwoorden zijn afgestemd met het ministerie van JenV ({P:jenv}) en met de "
        "politie ({P:politie/init}). Mevrouw {P:koning/sur} van het Ondersteuningsteam heeft "
        "informatie geleverd over de geboden hulp; zij is bereikbaar via {E:koning}. De "
        "{O:VNG} is geïnformeerd."
    )
    b.sub("Communicatie")
    b.para(
        "De antwoorden worden na verzending gepubliceerd op officielebekendmakingen.nl. Er is "
        "geen actieve communicatie voorzien."
    )
    b.heading("Informatie die niet openbaar gemaakt kan worden")
    b.para(
        "De bijlage met de incidentbeschrijvingen van de politie wordt niet openbaar gemaakt "
        "({L:artikel 5.1, tweede lid, onder c, Woo})."
    )
    b.motivering(MOTIVERING_AMBTENAREN)
    return b.build()


def nota_aanrijding_dienstauto(rng: random.Random) -> Nota:
    """Top block (Label: value), base-14 Helvetica; a citizen's claim after a collision with a
    service car: name, address, licence plate, IBAN, phone, next to a chauffeur's name."""
    cast = Cast(rng, "minbzk.nl", unicode_ok=False, ligatures_ok=True)
    cast.person("auteur", "plain", female=False)
    cast.person("chauffeur", "word", female=False)
    cast.person("verzekering", "tv", female=True)
    cast.citizen("eiser", "plain")
    b = NotaBuilder(
        "nota-15-schade-aanrijding-dienstauto",
        "top-block",
        Style(family="helv", size=10.0, margin_left=72, margin_right=72),
        cast,
        BZK,
    )
    b.aan, b.van = "Secretaris-generaal van BZK", "Directie Facilitaire Zaken"
    b.decision = "TER BESLISSING"
    b.kicker = "Nota"
    b.field("Datum", "8 mei 2024")
    b.field("Kenmerk", "2024-0000207764")
    b.field("Nota actief openbaar", "Ja")
    b.field("Opgesteld door", "{P:auteur} (T {T:auteur})")
    b.field("Bijlage(n)", "3")
    b.title("Nota Afhandeling schade na aanrijding met dienstauto")
    b.heading("Aanleiding")
    b.para(
        "Op {D:11 april 2024} is een dienstauto van het ministerie, bestuurd door chauffeur "
        "{P:chauffeur}, in Den Haag in aanrijding gekomen met de personenauto van "
        "{C:eiser/name}. De chauffeur had geen voorrang verleend. De eigenaar van de auto met "
        "kenteken {C:eiser/plate} vraagt vergoeding van de reparatiekosten en van vervangend "
        "vervoer, in totaal {A:EUR 6.912,40}."
    )
    b.heading("Beslispunten")
    b.bullets(
        "Instemmen met volledige vergoeding van de schade, omdat de aansprakelijkheid vaststaat.",
        "Instemmen met betaling op {C:eiser/iban}.",
    )
    b.heading("Toelichting")
    b.para(
        "Het Rijk is eigen risicodrager voor dienstauto's. De schadeafdeling van de "
        "Rijksschoonmaakorganisatie heeft de claim getoetst; {P:verzekering/init} bevestigt dat "
        "de bedragen redelijk zijn. De eigenaar, wonende aan de {C:eiser/street}, "
        "{C:eiser/pc}, is op {D:15 april 2024} telefonisch gesproken via {C:eiser/phone}."
    )
    b.para(
        "De heer {P:chauffeur/sur} heeft de aanrijding dezelfde dag gemeld. Er is geen "
        "letselschade. Op grond van {L:artikel 6:162 BW} is de werkgever aansprakelijk voor "
        "de fout van de chauffeur ({L:artikel 6:170 BW}); verhaal op de chauffeur is niet aan "
        "de orde."
    )
    b.heading("Informatie die niet openbaar gemaakt kan worden")
    b.para("Niet van toepassing.")
    b.motivering(
        "In de openbaar gemaakte versie van deze nota zijn de persoonsgegevens van ambtenaren en "
        "van de benadeelde geanonimiseerd."
    )
    return b.build()


def nota_evaluatie_ondermijning(rng: random.Random) -> Nota:
    """Rijkshuisstijl, embedded Times 11pt, three pages; German and Turkish diacritics, an
    e-mail address in the running header, a Stichting and an institute, a table of
    recommendations with a Trekker column, reference numbers next to a phone number."""
    cast = Cast(rng, "minbzk.nl", unicode_ok=True, ligatures_ok=True)
    cast.person("auteur", "surname=M\u00fcller", female=True)
    cast.person("analist", "surname=\u00c7elik", female=False)
    cast.person("jenv", "double", female=True)
    cast.person("riec", "tv", female=False)
    cast.person("stichting", "plain", female=True)
    cast.office_holder("minister", female=False)
    cast.office_holder("burgemeester", female=True)
    b = NotaBuilder(
        "nota-16-evaluatie-ondermijningsbestendig-bestuur",
        "colofon-right",
        Style(family="tiro", embedded=True, size=11.0, margin_left=74),
        cast,
        BZK,
    )
    b.aan, b.van = "Minister van BZK", "Programma Ondermijningsbestendig Openbaar Bestuur"
    b.field("Nota actief openbaar", "Ja")
    b.field("Zaaknummer", "2024-0000170052")
    b.field("Datum", "27 november 2024")
    b.field("Opgesteld door", "drs. {P:auteur}")
    b.field("Contactpersoon", "{P:auteur/init}", "T {T:auteur}", "E {E:auteur}")
    b.field("Samengewerkt met", "{O:Ministerie van JenV}", "{P:jenv} (DGVenV)", "{O:LIEC}")
    b.field("Bijlage(n)", "2")
    b.running("E", "{E:auteur}")
    b.title("Beslisnota Evaluatie Programma Ondermijningsbestendig Openbaar Bestuur")
    b.heading("Aanleiding")
    b.para(
        "Het Programma Ondermijningsbestendig Openbaar Bestuur loopt van 2021 tot en met 2025. "
        "Op verzoek van de Kamer is het programma tussentijds geëvalueerd door het "
        "{O:Verwey-Jonker Instituut}.\u00b9 Het eindrapport is op {D:15 november 2024} "
        "opgeleverd. Wij stellen voor het rapport met een beleidsreactie aan de Kamer te "
        "sturen.",
        "\u00b9 Kamerstukken II 2021/22, {R:29911-342}.",
    )
    b.heading("Geadviseerd besluit")
    b.bullets(
        "Instemmen met de beleidsreactie en de bijgevoegde brief ondertekenen.",
        "Instemmen met voortzetting van het programma in afgeslankte vorm vanaf 2026, met een "
        "budget van {A:€ 6 miljoen} per jaar.",
    )
    b.heading("Kern")
    b.bullets(
        "Het programma heeft gemeenten geholpen hun kwetsbare processen in kaart te brengen; "
        "84 procent van de deelnemende gemeenten heeft een weerbaarheidsscan uitgevoerd.",
        "De onderzoekers zien minder effect bij de provincies en waterschappen, waar de "
        "aandacht voor ondermijning beperkt blijft.",
        "Het rapport beveelt aan de regionale RIEC's een grotere rol te geven bij de "
        "ondersteuning van kleine gemeenten.",
        "De minister van JenV, de heer {H:minister/full}, onderschrijft de beleidsreactie.",
    )
    b.heading("Toelichting")
    b.sub("Politieke context")
    b.para(
        "De Kamer heeft bij de begrotingsbehandeling gevraagd om structurele financiering van "
        "de RIEC's. Die ligt bij JenV; in de beleidsreactie wordt daarnaar verwezen. "
        "Burgemeester {H:burgemeester/full} van Tilburg heeft namens de burgemeesters van de "
        "grote steden gepleit voor voortzetting van het programma."
    )
    b.sub("Financiële/juridische overwegingen")
    b.para(
        "Voor 2026 en verder is {A:€ 6 miljoen} per jaar beschikbaar binnen de middelen voor "
        "de aanpak van ondermijning (zie ook de nota met kenmerk {R:2024-0000155910}). "
        "Juridisch verandert er niets; de {L:Wet Bibob} blijft het belangrijkste instrument. "
        "De cijfers in de tabel van bijlage 2 zijn aangeleverd door {P:analist}."
    )
    b.sub("Krachtenveld")
    b.para(
        "Het {O:LIEC}, de {O:VNG} en de {O:Stichting Veilig Ondernemen Brabant} zijn positief "
        "over de evaluatie. {P:riec/init} (RIEC Oost-Nederland) heeft gevraagd de ervaringen "
        "van zijn regio mee te nemen; dit is gebeurd. {P:stichting} van de "
        "{O:Stichting Veilig Ondernemen Brabant} is bereikbaar op {T:stichting/dash} voor "
        "toelichting op de aanbevelingen over ondernemers."
    )
    b.para(
        "De aanbevelingen en de voorgestelde reactie staan in de tabel hieronder. Per "
        "aanbeveling is aangegeven wie de uitwerking trekt."
    )
    b.table(
        ["Aanbeveling", "Reactie kabinet", "Trekker"],
        [0.4, 0.32, 0.28],
        [
            [
                "Geef de RIEC's een grotere rol bij kleine gemeenten",
                "Overnemen, met JenV",
                "{P:riec} (RIEC)",
            ],
            [
                "Verbreed de weerbaarheidsscan naar provincies",
                "Overnemen vanaf 2026",
                "{P:auteur/init}",
            ],
            ["Maak de scan verplicht", "Niet overnemen", "n.v.t."],
            [
                "Investeer in kennisdeling tussen gemeenten",
                "Overnemen via het {O:LIEC}",
                "{P:analist/init}",
            ],
            ["Betrek ondernemers bij de aanpak", "Overnemen", "{P:stichting/init} (Stichting)"],
        ],
    )
    b.para(
        "Binnen het ministerie van JenV is het rapport besproken met {P:jenv/init}. Mevrouw "
        "{P:jenv/sur} heeft gevraagd de passage over de RIEC's nog eens te bezien; de "
        "aangepaste tekst is op {D:22 november 2024} akkoord bevonden."
    )
    b.sub("Communicatie")
    b.para(
        "Het rapport van het {O:Verwey-Jonker Instituut} wordt tegelijk met de brief "
        "gepubliceerd. Het instituut publiceert een eigen nieuwsbericht. Woordvoering is "
        "belegd bij DCOM; inhoudelijke vragen gaan naar de heer {P:analist/sur} "
        "({E:analist}) of naar {P:auteur/init}."
    )
    b.heading("Informatie die niet openbaar gemaakt kan worden")
    b.para("")
    b.motivering(MOTIVERING_AMBTENAREN)
    return b.build()


NOTAS: tuple[Callable[[random.Random], Nota], ...] = (
    nota_ondersteuningsteam,
    nota_leefbaarheid_krimp,
    nota_online_intimidatie,
    nota_schikking_waterschade,
    nota_dreiging_burgemeester,
    nota_bestuurdersbijeenkomst,
    nota_centrale_stemopneming,
    nota_lokale_rekenkamers,
    nota_woo_besluit,
    nota_herindeling,
    nota_klacht_ombudsman,
    nota_digitale_weerbaarheid,
    nota_ondertekening_regeling,
    nota_kamervragen,
    nota_aanrijding_dienstauto,
    nota_evaluatie_ondermijning,
)


README_HEAD = """\
# Sample notas: the development set

Synthetic Dutch beslisnota's with exact ground truth, used by the tests and benchmarks.
Topics, organisations' dealings, people and numbers are invented; no real nota was copied.
Every PDF is drawn by `woo_pipeline/samplegen.py`, which writes `<stem>.truth.json` from the
same data it draws, so the truth cannot drift from the PDF. This file is generated too.

Regenerate (deterministic: the same seed gives byte-identical files):

    python -m woo_pipeline.samplegen samples

`tests/test_samples.py` checks that regenerating gives the committed truth and PDF text, that
every item is found on its page, and that the set covers both layouts, a `Nota actief openbaar:
Nee` and every redact type.

## Truth files

- `redact`: every occurrence of personal data, one entry per occurrence, `text` exactly as
  drawn (titles such as `mw. drs.` and labels such as `T` or `E` are not part of the item),
  `page` 1-based, `context` the field label, section heading, table column (`Tabel: ...`),
  `E-mail ...`, `Ondertekening`, `Voetnoot` or `Lopende kop` where it occurs. An item wrapped
  over two lines has `parts`, the text on each line (a hyphen added at a forced break).
- `keep`: items that must stay readable: office holders' names, organisations, dates,
  references, amounts, legal references, also those in the running headers of later pages.
  Page-1 header values are in `fields`, with `title`, `sections` (all headings of the nota,
  sub-headings included, annex headings not) and `motivering`.

## Samples

| file | layout | pages | fonts | redact | keep | hard cases |
| --- | --- | --- | --- | --- | --- | --- |
"""

README_TAIL = """
## Known limits

- Items inside Story (HTML) paragraphs are kept on one line (`white-space: nowrap`), so only
  the manually laid-out text has wrapped items with `parts`.
- The Story engine shapes the pairs ff, fi and fl into ligatures, which `page.get_text()`
  returns as U+FB00..FB02; no item in those paragraphs contains such a pair.
- The ministry's postal address in some colofons (`Postbus 20011`, `2500 EA Den Haag`) must
  stay but is not a `keep` item: no keep type fits it.
- The routing label (`TER BESLUITVORMING` etc.) is drawn but not recorded in the truth.
"""


def _style_summary(style: Style) -> str:
    name = {"helv": "Helvetica", "tiro": "Times"}[style.family]
    text = f"embedded Nimbus {name}" if style.embedded else f"base-14 {name}"
    if style.html_body:
        text += ", Story paragraphs"
    return f"{text}, {style.size:g}pt"


def _readme_row(make_nota: Callable[[random.Random], Nota], nota: Nota, truth: dict) -> str:
    def counts(items: list[dict]) -> str:
        tally: dict[str, int] = {}
        for item in items:
            tally[item["type"]] = tally.get(item["type"], 0) + 1
        return ", ".join(f"{kind} {count}" for kind, count in sorted(tally.items()))

    hard_cases = " ".join((make_nota.__doc__ or "").split())
    return (
        f"| `{truth['document']}` | {truth['layout']} | {truth['pages']} | "
        f"{_style_summary(nota.style)} | {counts(truth['redact'])} | {counts(truth['keep'])} | "
        f"{hard_cases} |"
    )


def generate_samples(out_dir: Path, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write every sample nota, its truth file and README.md to out_dir; return the PDF paths.

    Each nota gets its own random generator seeded from (seed, nota), so adding a nota does not
    change the people in the others.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    rows = []
    for make_nota in NOTAS:
        nota = make_nota(random.Random(f"{seed}:{make_nota.__name__}"))
        paths.append(write_sample(nota, out_dir))
        truth = json.loads((out_dir / f"{nota.stem}.truth.json").read_text(encoding="utf-8"))
        rows.append(_readme_row(make_nota, nota, truth))
    readme = README_HEAD + "\n".join(rows) + "\n" + README_TAIL
    (out_dir / "README.md").write_text(readme, encoding="utf-8")
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m woo_pipeline.samplegen",
        description="Generate the sample beslisnota PDFs with their ground truth.",
    )
    parser.add_argument("out_dir", type=Path, help="folder to write the PDFs and truth files to")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="default: %(default)s")
    args = parser.parse_args(argv)
    paths = generate_samples(args.out_dir, args.seed)
    print(f"{len(paths)} samples written to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
