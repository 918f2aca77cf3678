"""Generate annotated nota fragments from the templates and one part of the name split.

Each generated document is plain text as it comes out of a PDF (lines joined with "\\n") plus
character spans labelled PER / ORG / LOC. A document has a cast of civil servants, office
holders and sometimes a citizen, drawn from one part of the name split; every mention of a
person picks one of the written forms seen in real notas (full name, initials, title + surname,
first name only, "Surname, First" in e-mail headers, ALL CAPS in signatures).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from woo_pipeline.training import templates as T
from woo_pipeline.training.names import NamePool, NameSplit, read_deduce_list
from woo_pipeline.vocabulary import SECTION_HEADINGS

Span = tuple[int, int, str]

# Tussenvoegsels for surnames from deduce's "takes a tussenvoegsel" list, with rough weights
# for how often each occurs in the Netherlands.
PARTICLE_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("van", 30), ("de", 25), ("van der", 12), ("van den", 10), ("van de", 8), ("ter", 3),
    ("ten", 3), ("den", 2), ("van 't", 1), ("in 't", 1), ("van het", 1), ("op de", 1),
    ("te", 1), ("el", 1),
)
INITIAL_LETTERS = "JJJMMMAAAHHWWCCPPGGEEFTRRSLKBDNIOVY"
HEADINGS = SECTION_HEADINGS + T.HEADINGS_EXTRA
# Share of documents wrapped like PDF text (lines of 55-105 characters, words hyphenated).
WRAP_SHARE = 0.6


@dataclass(frozen=True)
class Person:
    first: str
    initials: str  # "K.M."
    particle: str  # "van der", "" if none
    core: str  # "Berg", "Bakker-Yilmaz", "Vries-van Dijk"
    female: bool

    def surname(self, standalone: bool = False) -> str:
        """The surname; alone (no first name or initials before it) its particle is capitalised,
        as Dutch spelling has it: "mevrouw Van den Berg", but "Anna van den Berg"."""
        if not self.particle:
            return self.core
        particle = self.particle
        if standalone and particle[0].isalpha():
            particle = particle[0].upper() + particle[1:]
        return f"{particle} {self.core}"

    def full(self) -> str:
        return f"{self.first} {self.surname()}"

    def with_initials(self) -> str:
        return f"{self.initials} {self.surname()}"


@dataclass
class Cast:
    """The people of one document."""

    civil: list[Person]
    holders: list[Person]
    citizens: list[Person]


@dataclass
class Builder:
    """Collects text and entity spans; `add` with a label records the span."""

    chunks: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    length: int = 0

    def add(self, text: str, label: str | None = None) -> None:
        if label and text:
            self.spans.append((self.length, self.length + len(text), label))
        self.chunks.append(text)
        self.length += len(text)

    def extend(self, segments: list[tuple[str, str | None]]) -> None:
        for text, label in segments:
            self.add(text, label)

    def text(self) -> str:
        return "".join(self.chunks)


Segments = list[tuple[str, "str | None"]]


# ----------------------------------------------------------------------------------------------
# Non-person material from installed lists


def _fix_place_case(name: str) -> str:
    """deduce writes some places in title case ("Alphen Aan Den Rijn", "'S-Gravenhage")."""
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    for word in ("Aan", "Den", "En", "Op", "De", "Der", "Het", "Van", "In", "Bij", "Onder"):
        name = re.sub(rf"(?<=\w) {word}(?= )", f" {word.lower()}", name)
    return name.replace("'S-", "'s-").replace("'T ", "'t ")


@lru_cache(maxsize=1)
def places() -> tuple[str, ...]:
    found = set(read_deduce_list("locations", "lst_placename", "lst_municipality"))
    found |= set(read_deduce_list("locations", "lst_placename", "lst_residence"))
    cleaned = {_fix_place_case(p) for p in found}
    return tuple(sorted(p for p in cleaned if p and p[0].isupper() and len(p) > 2))


@lru_cache(maxsize=1)
def big_places() -> tuple[str, ...]:
    return tuple(
        sorted(_fix_place_case(p) for p in read_deduce_list("locations", "lst_placename",
                                                        "lst_municipality"))
    ) + ("Den Haag", "Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Zwolle")


@lru_cache(maxsize=1)
def common_words() -> tuple[str, ...]:
    """Ordinary Dutch words (deduce's list), for capitalised table headers that are no names."""
    return tuple(w for w in read_deduce_list("whitelist", "lst_common_word") if w.isalpha())


@lru_cache(maxsize=1)
def regions() -> tuple[str, ...]:
    found = read_deduce_list("locations", "lst_placename", "lst_region")
    return tuple(sorted({_fix_place_case(r) for r in found if r[:1].isupper()}))


@lru_cache(maxsize=1)
def streets() -> tuple[str, ...]:
    found = read_deduce_list("locations", "lst_street")
    return tuple(s for s in found if s[:1].isupper() and "." not in s and len(s) > 4)


# ----------------------------------------------------------------------------------------------


class DocGenerator:
    """Renders documents for one part of the name split, from one random stream."""

    def __init__(self, pool: NamePool, rng: random.Random) -> None:
        self.pool = pool
        self.rng = rng
        self.cast = Cast([], [], [])

    # -- names ----------------------------------------------------------------------------------

    def first_name(self) -> str:
        pool = self.pool
        if self.rng.random() < 0.72 or not pool.other_first:
            return self.rng.choice(pool.dutch_first)
        return self.rng.choice(pool.other_first)

    def _one_surname(self) -> tuple[str, str]:
        pool, roll = self.pool, self.rng.random()
        if roll < 0.02 and pool.ambiguous_surnames:
            # Surnames that are also words or places ("Koning", "Zwolle"), so the model
            # learns to decide them by context.
            return "", self.rng.choice(pool.ambiguous_surnames)
        if roll < 0.22 and pool.particle_cores:
            particles, weights = zip(*PARTICLE_WEIGHTS, strict=True)
            particle = self.rng.choices(particles, weights)[0]
            return particle, self.rng.choice(pool.particle_cores)
        surname = self.rng.choice(pool.dutch_surnames if roll < 0.75 else pool.other_surnames)
        return surname.particle, surname.core

    def person(self) -> Person:
        rng = self.rng
        first = self.first_name()
        particle, core = self._one_surname()
        if rng.random() < 0.09:  # double surname: "Bakker-Yilmaz", "de Vries-van Dijk"
            particle2, core2 = self._one_surname()
            core = f"{core}-{particle2 + ' ' if particle2 else ''}{core2}"
        letters = [part[0].upper() for part in re.split(r"[- ]", first) if part]
        for _ in range(rng.choices((0, 1, 2), (50, 35, 15))[0]):
            letters.append(rng.choice(INITIAL_LETTERS))
        if rng.random() < 0.04:
            letters[0] = rng.choice(("Th", "Chr", "Ph", "Ch"))
        initials = "".join(f"{letter}." for letter in letters)
        return Person(first, initials, particle, core, female=rng.random() < 0.5)

    def new_cast(self) -> None:
        rng = self.rng
        self.cast = Cast(
            civil=[self.person() for _ in range(rng.randint(2, 4))],
            holders=[self.person() for _ in range(rng.randint(2, 3))],
            citizens=[self.person() for _ in range(2)],
        )

    def title(self, person: Person, academic: float = 0.2) -> str:
        rng = self.rng
        if person.female:
            social = rng.choice(("mevrouw", "mevrouw", "mw.", "mevr.", "mw"))
        else:
            social = rng.choice(("de heer", "de heer", "dhr.", "meneer", "dhr"))
        if rng.random() < academic:
            degree = rng.choice(("drs.", "mr.", "dr.", "ir.", "prof. dr.", "ing.", "mr. drs."))
            return f"{social} {degree}" if rng.random() < 0.7 else degree
        return social

    def line_break(self, name: str) -> str:
        """Now and then a name wraps at the end of a PDF line."""
        if " " in name and self.rng.random() < 0.03:
            at = self.rng.choice([m.start() for m in re.finditer(" ", name)])
            return name[:at] + "\n" + name[at + 1 :]
        return name

    def mention(self, person: Person) -> Segments:
        """A civil servant or citizen in running text, in one of the common written forms."""
        rng = self.rng
        form = rng.choices(
            ("full", "initials", "title_surname", "title_initials", "title_full", "caps"),
            (34, 30, 16, 11, 6, 3),
        )[0]
        if form == "full":
            return [(self.line_break(person.full()), "PER")]
        if form == "initials":
            return [(self.line_break(person.with_initials()), "PER")]
        if form == "caps":
            name = person.full() if rng.random() < 0.5 else person.with_initials()
            return [(name.upper(), "PER")]
        title = self.title(person)
        if form == "title_surname":
            return [(title + " ", None), (person.surname(standalone=True), "PER")]
        if form == "title_initials":
            return [(title + " ", None), (person.with_initials(), "PER")]
        return [(title + " ", None), (person.full(), "PER")]

    def display_name(self, person: Person) -> Segments:
        """How Outlook shows a colleague: "Bakker, Karin", "Berg, K.M. van den", "Bakker, K.M.
        (Karin) - DGOB". Brackets and the unit are not part of the name's span."""
        rng = self.rng
        tail = f" {person.particle}" if person.particle else ""
        form = rng.choices(("last_first", "last_initials", "full", "last_init_first"),
                           (50, 20, 20, 10))[0]
        if form == "last_first":
            segments: Segments = [(f"{person.core}, {person.first}{tail}", "PER")]
        elif form == "last_initials":
            segments = [(f"{person.core}, {person.initials}{tail}", "PER")]
        elif form == "last_init_first":
            segments = [(f"{person.core}, {person.initials}{tail}", "PER"), (" (", None),
                        (person.first, "PER"), (")", None)]
        else:
            segments = [(person.full(), "PER")]
        roll = rng.random()
        if roll < 0.15:
            segments += [(" - ", None), (self.acronym(), "ORG")]
        elif roll < 0.25:
            segments += [(" (", None), (self.acronym(), "ORG"), (")", None)]
        return segments

    def email(self, person: Person) -> str:
        rng = self.rng
        particle = person.particle.replace(" ", "").replace("'", "")
        core = person.core.replace(" ", "").replace("'", "")
        local = rng.choice((
            f"{person.initials.replace('.', '')}.{particle}{core}",
            f"{person.first}.{particle}{core}",
            f"{person.first[0]}.{particle}{core}",
            f"{person.first}{core}",
        )).lower()
        local = re.sub(r"[^a-z0-9.\-]", "", _strip_accents(local))
        return f"{local}@{rng.choice(T.EMAIL_DOMAINS)}"

    def holder_name(self, person: Person) -> str:
        if self.rng.random() < 0.7:
            return person.surname(standalone=True)
        return person.full()

    # -- other slots ----------------------------------------------------------------------------

    def org(self) -> Segments:
        rng = self.rng
        roll = rng.random()
        if roll < 0.35:
            return [(rng.choice(T.OTHER_ORGANISATIONS), "ORG")]
        if roll < 0.5:
            return [(rng.choice(T.DIRECTORATES), "ORG")]
        if roll < 0.6:
            return [(rng.choice(T.MINISTRIES), "ORG")]
        if roll < 0.72:
            s, s2 = self._one_surname()[1], self._one_surname()[1]
            pattern = rng.choice(T.SURNAME_ORG_PATTERNS)
            return [(pattern.format(s=s, s2=s2), "ORG")]
        if roll < 0.8:
            name = rng.choice(T.ORG_PREFIXES) + rng.choice(T.ORG_SUFFIXES)
            if name[0].isupper() and " " in name:
                name = name.split(" ")[0] + " " + name.split(" ")[1].capitalize()
            if rng.random() < 0.5 or " " in name:
                name += " " + rng.choice(T.ORG_TOPICS)
            return [(name, "ORG")]
        if roll < 0.83:
            return [(self.acronym(), "ORG")]
        if roll < 0.88:
            return self.person_org()
        if roll < 0.93:
            return [(rng.choice(T.WELL_KNOWN_ORGANISATIONS), "ORG")]
        if roll < 0.96:
            return [(rng.choice(("Directie ", "directie ")) + self.directorate_name(), "ORG")]
        pattern = rng.choice(T.PLACE_ORG_PATTERNS)
        return [(pattern.format(p=rng.choice(big_places())), "ORG")]

    def person_org(self) -> Segments:
        """An organisation named after a person ("Anne Frank Huis", "commissie-De Graaf")."""
        pattern = self.rng.choice(T.PERSON_ORG_PATTERNS)
        s, s2 = self._one_surname()[1], self._one_surname()[1]
        return [(pattern.format(f=self.first_name(), s=s, s2=s2), "ORG")]

    def directorate_name(self) -> str:
        """"Jeugd, Familie en Leefstijl": one to three policy nouns."""
        nouns = self.rng.sample(T.POLICY_NOUNS, self.rng.randint(1, 3))
        if len(nouns) == 1:
            return nouns[0]
        return ", ".join(nouns[:-1]) + " en " + nouns[-1]

    def place(self) -> Segments:
        rng = self.rng
        roll = rng.random()
        if roll < 0.5:
            return [(rng.choice(big_places()), "LOC")]
        if roll < 0.85:
            return [(rng.choice(places()), "LOC")]
        if roll < 0.93:
            return [(rng.choice(T.PROVINCES), "LOC")]
        return [(rng.choice(T.COUNTRIES), "LOC")]

    def function_ref(self) -> Segments:
        template = self.rng.choice(T.FUNCTION_REFERENCES)
        return self.render(template)

    def date(self, short: bool = False) -> str:
        rng = self.rng
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2025)
        if short:
            return f"{day} {T.MONTHS[month - 1]}"
        return rng.choice((
            f"{day} {T.MONTHS[month - 1]} {year}",
            f"{day} {T.MONTHS[month - 1]} {year}",
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{year}-{month:02d}-{day:02d}",
        ))

    def phone(self) -> str:
        rng = self.rng
        digits = "".join(str(rng.randint(0, 9)) for _ in range(8))
        return rng.choice((
            f"06 {digits}", f"06-{digits}", f"+31 6 {digits[:4]} {digits[4:]}",
            f"070 {digits[:3]} {digits[3:7]}", f"070-{digits[:7]}",
            f"06 {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
        ))

    def reference(self) -> str:
        rng = self.rng
        return rng.choice((
            f"{rng.randint(2019, 2025)}-{rng.randint(10**9, 10**10 - 1):010d}",
            f"{rng.choice(T.DIRECTORATES[:8])}/{rng.randint(2019, 2025)}/"
            f"{rng.randint(1000, 99999)}",
            f"{rng.randint(1000000, 9999999)}",
            f"{rng.randint(2019, 2025)}Z{rng.randint(10000, 99999)}",
        ))

    def kamerstuk(self) -> str:
        rng = self.rng
        year = rng.randint(2018, 2024)
        return self.rng.choice(T.FOOTNOTES[:2]).format(
            vj=f"{year}-{year + 1}", vj2=f"{year}/{str(year + 1)[2:]}",
            dossier=rng.randint(25000, 36500), nr=rng.randint(1, 400), year=year,
            number=rng.randint(1, 9),
        )

    def footnote(self) -> str:
        rng = self.rng
        year = rng.randint(2018, 2024)
        return rng.choice(T.FOOTNOTES).format(
            vj=f"{year}-{year + 1}", vj2=f"{year}/{str(year + 1)[2:]}",
            dossier=rng.randint(25000, 36500), nr=rng.randint(1, 400), year=year,
            number=rng.randint(1, 9),
        )

    def amount(self) -> str:
        rng = self.rng
        return rng.choice((
            f"€{rng.randint(1, 90)} miljoen", f"€ {rng.randint(1, 900)}.000",
            f"EUR {rng.randint(1, 90)} mln", f"€{rng.randint(1, 9)},{rng.randint(1, 9)} miljard",
        ))

    def address(self) -> Segments:
        rng = self.rng
        postcode = f"{rng.randint(1000, 9999)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}" \
                   f"{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        return [
            (rng.choice(streets()), "LOC"), (f" {rng.randint(1, 250)}, {postcode} ", None),
            *self.place(),
        ]

    # -- template rendering ---------------------------------------------------------------------

    def _pick(self, people: list[Person], index: int) -> Person:
        return people[index % len(people)]

    def slot(self, name: str) -> Segments:
        """Fill one `{slot}` of a template."""
        rng, cast = self.rng, self.cast
        civ_a = self._pick(cast.civil, rng.randrange(len(cast.civil)))
        simple: dict[str, Callable[[], Segments]] = {
            "civ": lambda: self.mention(civ_a),
            "civ2": lambda: self.mention(self._pick(cast.civil, cast.civil.index(civ_a) + 1)),
            "civ_full": lambda: [(civ_a.full(), "PER")],
            "civ_first": lambda: [(civ_a.first, "PER")],
            "civ_title": lambda: [(self.title(civ_a, 0.1) + " ", None),
                                  (civ_a.surname(standalone=True), "PER")],
            "holder": lambda: self.holder(rng.choice(cast.holders)),
            "holder2": lambda: self.holder(cast.holders[-1]),
            "holder_name": lambda: [(self.holder_name(cast.holders[0]), "PER")],
            "holder_name2": lambda: [(self.holder_name(cast.holders[1]), "PER")],
            "holder_full": lambda: [(rng.choice(cast.holders).full(), "PER")],
            "mp": lambda: self.mp(rng.choice(cast.holders)),
            "mayor": lambda: self.mayor(rng.choice(cast.holders)),
            "citizen": lambda: self.citizen(cast.citizens[0]),
            "address": self.address,
            "org": self.org,
            "org2": self.org,
            "ministry": lambda: [(rng.choice(T.MINISTRY_ABBREVIATIONS), "ORG")],
            "ministry2": lambda: [(rng.choice(T.MINISTRY_ABBREVIATIONS), "ORG")],
            "directorate": lambda: [(rng.choice(T.DIRECTORATES), "ORG")],
            "party": lambda: [(rng.choice(T.PARTIES), "ORG")],
            "party2": lambda: [(rng.choice(T.PARTIES), "ORG")],
            "place": self.place,
            "place2": self.place,
            "place3": self.place,
            "province": lambda: [(rng.choice(T.PROVINCES), "LOC")],
            "country": lambda: [(rng.choice(T.COUNTRIES), "LOC")],
            "function_ref": self.function_ref,
            "function": lambda: [(rng.choice(T.FUNCTIONS), None)],
            "topic": lambda: [(rng.choice(T.TOPICS), None)],
            "date": lambda: [(self.date(), None)],
            "date_short": lambda: [(self.date(short=True), None)],
            "year": lambda: [(str(rng.randint(2019, 2027)), None)],
            "month": lambda: [(rng.choice(T.MONTHS), None)],
            "weekday": lambda: [(rng.choice(T.WEEKDAYS), None)],
            "kamerstuk": lambda: [(self.kamerstuk(), None)],
            "amount": lambda: [(self.amount(), None)],
            "number": lambda: [(str(rng.randint(2, 12)), None)],
            "ref": lambda: [(self.reference(), None)],
            "phone": lambda: [(self.phone(), None)],
            "email": lambda: [(self.email(civ_a), None)],
            "civ_bare": lambda: [(civ_a.surname(standalone=True), "PER")],
            "role": lambda: self.role(rng.choice(cast.holders)),
            "citizen_full": lambda: [(cast.citizens[0].full(), "PER")],
            "citizen2_full": lambda: [(cast.citizens[1].full(), "PER")],
            "citizen_initials": lambda: [(cast.citizens[0].with_initials(), "PER")],
            "acronym": lambda: [(self.acronym(), "ORG")],
            "acronym2": lambda: [(self.acronym(), "ORG")],
            "term": lambda: [(rng.choice(T.CAPITALISED_TERMS), None)],
            "term2": lambda: [(rng.choice(T.CAPITALISED_TERMS), None)],
            "region": lambda: [(rng.choice(T.REGION_WORDS + regions()), "LOC")],
            "amount2": lambda: [(self.amount(), None)],
            "iban": lambda: [(self.iban(), None)],
            "bsn": lambda: [(str(rng.randint(100000000, 999999999)), None)],
            "bsn_dotted": lambda: [(self.bsn_dotted(), None)],
            "street": lambda: [(rng.choice(streets()), "LOC")],
            "airport": lambda: [(rng.choice(("Schiphol", "Eindhoven Airport",
                                             "Rotterdam The Hague Airport", "Lelystad Airport",
                                             "Maastricht Aachen Airport")), "LOC")],
            "wellknown": lambda: [(rng.choice(T.WELL_KNOWN_ORGANISATIONS), "ORG")],
            "wellknown2": lambda: [(rng.choice(T.WELL_KNOWN_ORGANISATIONS), "ORG")],
            "person_org": self.person_org,
            "directorate_name": lambda: [(self.directorate_name(), "ORG")],
            "holiday": lambda: [(rng.choice(("Keti Koti", "Koningsdag", "Kerst", "Pasen",
                                             "Suikerfeest", "Offerfeest", "Pinksteren",
                                             "Hemelvaart", "Bevrijdingsdag")), None)],
            "year2": lambda: [(str(rng.randint(20, 27)), None)],
            "civ2_first": lambda: [(self._pick(cast.civil, cast.civil.index(civ_a) + 1).first,
                                    "PER")],
            "en_term": lambda: [(rng.choice(T.EN_TERMS), None)],
            "en_date": lambda: [(self.en_date(), None)],
            "topic_cap": lambda: [(rng.choice(T.ORG_TOPICS), None)],
            "plate": lambda: [(self.plate(), None)],
        }
        if name.endswith("_cap"):
            segments = self.slot(name[: -len("_cap")])
            text, label = segments[0]
            return [(text[:1].upper() + text[1:], label), *segments[1:]]
        return simple[name]()

    def render(self, template: str, extra: dict[str, Segments] | None = None) -> Segments:
        """Fill a template's slots; `extra` supplies slots fixed by the caller (e-mail names)."""
        segments: Segments = []
        for i, part in enumerate(re.split(r"\{(\w+)\}", template)):
            if i % 2 == 0:
                segments.extend(_label_literals(part))
            elif extra and part in extra:
                segments.extend(extra[part])
            else:
                segments.extend(self.slot(part))
        return segments

    def sentence(self, template: str, extra: dict[str, Segments] | None = None) -> Segments:
        segments = self.render(template, extra)
        if segments and segments[0][0][:1].islower():
            text, label = segments[0]
            segments[0] = (text[0].upper() + text[1:], label)
        return segments

    def with_opener(self, segments: Segments) -> Segments:
        """Prefix a sentence with another opening word ("Overigens de VNG ...")."""
        text, label = segments[0]
        first_word = text.split(" ")[0]
        if label is None and not first_word.isupper() and not first_word[1:2].isupper():
            segments = [(text[:1].lower() + text[1:], label), *segments[1:]]
        return [(self.rng.choice(T.SENTENCE_OPENERS) + " ", None), *segments]

    def holder(self, person: Person) -> Segments:
        """An office holder with the title before the name; the title is not in the span."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.05:
            return [(rng.choice(T.ROYAL_TITLES) + " ", None), (person.first, "PER")]
        if roll < 0.1:
            other = self.cast.holders[-1]
            return [(rng.choice(("Ministers ", "ministers ", "Staatssecretarissen ",
                                 "de Kamerleden ", "burgemeesters ")), None),
                    (person.surname(standalone=True), "PER"), (" en ", None),
                    (other.surname(standalone=True), "PER")]
        office = rng.choice(T.OFFICE_PREFIXES)
        name = person.full() if rng.random() < 0.3 else person.surname(standalone=True)
        return [(office + rng.choice((" ", " ", "\n")), None), (name, "PER")]

    def role(self, person: Person) -> Segments:
        """An office holder introduced by function: "de minister van JenV, de heer X,"."""
        name = person.full() if self.rng.random() < 0.6 else person.surname(standalone=True)
        template = self.rng.choice(T.ROLE_PHRASES)
        return self.render(template, {"name": [(name, "PER")]})

    def acronym(self) -> str:
        """A directorate or body by its abbreviation; many are unknown to any list."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.4:
            return rng.choice([d for d in T.DIRECTORATES + T.OTHER_ORGANISATIONS
                               if d.isupper() and " " not in d])
        letters = "ABCDEFGHIJKLMNOPRSTVWZ"
        body = "".join(rng.choice(letters) for _ in range(rng.randint(2, 4)))
        if roll < 0.6:
            return "D" + body
        if roll < 0.7:
            return rng.choice(("Directie ", "Dir. ", "Afdeling ", "Team ", "Cluster ")) + body
        if roll < 0.85:
            return "DG" + body[:3]
        return body + rng.choice(("", "", "-" + rng.choice(letters) * 1))

    def en_date(self) -> str:
        rng = self.rng
        month = rng.choice(T.EN_MONTHS)
        if rng.random() < 0.5:
            return f"{rng.randint(1, 28)} {month} {rng.randint(2022, 2025)}"
        return f"{rng.randint(1, 28)} {month}"

    def bsn_dotted(self) -> str:
        digits = str(self.rng.randint(100000000, 999999999))
        return f"{digits[:4]}.{digits[4:6]}.{digits[6:]}"

    def iban(self) -> str:
        rng = self.rng
        bank = rng.choice(("INGB", "RABO", "ABNA", "TRIO", "SNSB", "ASNB"))
        digits = "".join(str(rng.randint(0, 9)) for _ in range(10))
        return f"NL{rng.randint(10, 99)} {bank} {digits[:4]} {digits[4:8]} {digits[8:]}"

    def plate(self) -> str:
        rng = self.rng
        letters = "BDFGHJKLNPRSTVXZ"
        return f"{rng.choice(letters)}{rng.choice(letters)}-{rng.randint(10, 99)}-" \
               f"{rng.choice(letters)}{rng.choice(letters)}"

    def mp(self, person: Person) -> Segments:
        rng = self.rng
        intro = rng.choice(("het lid ", "het Kamerlid ", "Kamerlid ", "het lid ", "de leden "))
        name = person.surname(standalone=True) if rng.random() < 0.75 else person.full()
        return [(intro, None), (name, "PER"), (" (", None), (rng.choice(T.PARTIES), "ORG"),
                (")", None)]

    def mayor(self, person: Person) -> Segments:
        rng = self.rng
        name = person.surname(standalone=True) if rng.random() < 0.7 else person.full()
        if rng.random() < 0.6:
            return [("burgemeester ", None), (name, "PER"), (" van ", None), *self.place()]
        return [("burgemeester ", None), (name, "PER"), (" (", None), *self.place(), (")", None)]

    def citizen(self, person: Person) -> Segments:
        rng = self.rng
        roll = rng.random()
        if roll < 0.5:
            return [(self.title(person, 0.05) + " ", None), (person.with_initials(), "PER")]
        if roll < 0.8:
            return [(person.full(), "PER")]
        return [(self.title(person, 0.0) + " ", None), (person.surname(standalone=True), "PER")]

    # -- blocks ---------------------------------------------------------------------------------

    def paragraph(self, b: Builder, n_sentences: int, bullets: bool = False) -> None:
        rng = self.rng
        for i in range(n_sentences):
            roll = rng.random()
            if roll < 0.5:
                pool = T.NEUTRAL_SENTENCES
            elif roll < 0.72:
                pool = T.CIVIL_SENTENCES
            elif roll < 0.92:
                pool = T.HOLDER_SENTENCES
            else:
                pool = T.CITIZEN_SENTENCES
            if bullets:
                b.add(rng.choice(("- ", "• ", "", "-\n", "•\n", "o ")))
            if bullets and rng.random() < 0.3:
                b.extend(self.sentence(rng.choice(T.DECISION_BULLETS)))
            elif pool is T.NEUTRAL_SENTENCES and rng.random() < 0.3:
                b.extend(self.with_opener(self.sentence(rng.choice(pool))))
            else:
                b.extend(self.sentence(rng.choice(pool)))
            if i < n_sentences - 1:
                b.add("\n" if bullets else rng.choice((" ", " ", " ", "\n")))

    def staff_value(self) -> Segments:
        """The value after "Opgesteld door" and the like: colleagues, often with their unit,
        phone number or e-mail address, sometimes mixed with organisations."""
        rng = self.rng
        segments: Segments = []
        people = rng.sample(self.cast.civil, rng.randint(1, 2))
        items: list[Segments] = []
        for person in people:
            roll = rng.random()
            if roll < 0.4:
                item: Segments = [(person.full(), "PER")]
            elif roll < 0.8:
                item = [(person.with_initials(), "PER")]
            else:
                item = self.mention(person)
            extra = rng.random()
            if extra < 0.25:
                item += [(" (", None), (self.acronym() if rng.random() < 0.5
                                        else rng.choice(T.DIRECTORATES), "ORG"), (")", None)]
            elif extra < 0.35:
                item += [(f", {self.phone()}, {self.email(person)}", None)]
            elif extra < 0.42:
                item += [(f", T {self.phone()}", None)]
            elif extra < 0.55:
                item = [*self.org(), (" (", None), *item, (")", None)]
            items.append(item)
        if rng.random() < 0.3:
            items.insert(rng.randint(0, len(items)), self.org())
        if rng.random() < 0.1:
            items = [self.org()]
        for i, item in enumerate(items):
            if i:
                segments.append((rng.choice((", ", "\n", " en ", "; ")), None))
            segments.extend(item)
        return segments

    def header(self, b: Builder) -> None:
        """The colofon: label / value pairs in one of the layouts PDFs produce."""
        rng = self.rng
        sep = rng.choice(("\n\n", "\n", ": ", " ", "\n"))
        fields: list[tuple[str, Segments]] = [
            ("Nota actief openbaar", [(rng.choice(T.DECISION_VALUES), None)]),
            (rng.choice(("Onze referentie", "Kenmerk", "Zaaknummer")), [(self.reference(), None)]),
            ("Datum", [(self.date(), None)]),
            (rng.choice(("Opgesteld door", "Auteur", "Behandeld door", "Steller")),
             self.staff_value()),
            ("Samengewerkt met", self.staff_value() if rng.random() < 0.6 else self.org()),
            ("Bijlage(n)", [(rng.choice(T.ATTACHMENT_VALUES), None)]),
            ("Kopie aan", self.org() if rng.random() < 0.5 else self.staff_value()),
            ("Deadline", [(self.date(), None)]),
            ("Contactpersoon", self.staff_value()),
            ("Parafenroute", self.parafen()),
        ]
        chosen = [f for f in fields if rng.random() < 0.6]
        if rng.random() < 0.7:
            b.add(rng.choice(T.CAPS_LINES[:4]) + "\n\n")
        for label, value in chosen:
            b.add(label + sep)
            b.extend(value)
            b.add(rng.choice(("\n\n", "\n")))
        if rng.random() < 0.3:
            person = rng.choice(self.cast.civil)
            b.add(f"T {self.phone()}\nM {self.phone()}\nE {self.email(person)}\n\n")
        b.add("Aan" + rng.choice((" ", "\n", ": ")))
        roll = rng.random()
        if roll < 0.5:
            b.extend(self.function_ref())
        elif roll < 0.8:
            b.extend(_label_literals(rng.choice(T.PORTFOLIO_TITLES)))
        else:
            b.extend(self.holder(self.cast.holders[0]))
        b.add("\nVan" + rng.choice((" ", "\n", ": ")))
        b.extend([(rng.choice(T.DIRECTORATES), "ORG")] if rng.random() < 0.8
                 else self.staff_value())
        b.add("\n\n")

    def parafen(self) -> Segments:
        rng = self.rng
        segments: Segments = []
        for person in rng.sample(self.cast.civil, rng.randint(1, len(self.cast.civil))):
            name = person.with_initials() if rng.random() < 0.6 else person.full()
            segments += [(name, "PER"), (" (", None), (rng.choice(T.DIRECTORATES), "ORG"),
                         (f") {rng.choice(('akkoord', 'paraaf', '', 'gezien'))} "
                          f"{self.date(short=True)}\n", None)]
        if rng.random() < 0.5:
            segments.append((rng.choice(("Directeur DDOO akkoord", "DG akkoord", "SG gezien",
                                         "plv. DG - akkoord")), None))
        if rng.random() < 0.4:
            person = rng.choice(self.cast.civil)
            segments = [(rng.choice(("Dir. ", "Directeur ", "plv. DG ", "Afd. ", "MT ")), None),
                        (self.acronym(), "ORG"), (" (", None), (person.with_initials(), "PER"),
                        ("), ", None), (self.acronym(), "ORG")]
        return segments

    def title_block(self, b: Builder) -> None:
        rng = self.rng
        b.add(rng.choice(("nota\n\n", "Nota\n\n", "nota\n", "", "BESLISNOTA\n\n")))
        b.add(rng.choice(("Beslisnota ", "Nota ", "Informatienota ", "")))
        if rng.random() < 0.3:
            b.extend(self.render(rng.choice(T.SUBJECT_TEMPLATES)))
        else:
            b.add(rng.choice(T.SUBJECTS))
        b.add(rng.choice(("\n\n", "\n")))

    def section(self, b: Builder) -> None:
        rng = self.rng
        heading = rng.choice(HEADINGS)
        if rng.random() < 0.08:
            heading = heading.upper()
        b.add(heading + rng.choice(("\n\n", "\n")))
        self.paragraph(b, rng.randint(1, 5), bullets=rng.random() < 0.3)
        b.add("\n\n")

    def running_header(self, b: Builder) -> None:
        rng = self.rng
        if rng.random() < 0.3:
            b.add(f"Pagina {rng.randint(1, 3)} van {rng.randint(3, 5)}\n")
            b.add(rng.choice(T.DIRECTORATES), "ORG")
            b.add("\n")
        if rng.random() < 0.5:
            b.add(f"Onze referentie\n{self.reference()}\n\nDatum\n{self.date()}\n\n")
        else:
            page = rng.randint(1, 5)
            b.add(f"Pagina {page} van {page + rng.randint(0, 3)}\n\n")
        if rng.random() < 0.4:
            b.add(f"{rng.choice('¹²³')} {self.footnote()}\n\n")

    def signature(self, b: Builder, person: Person, informal: bool,
                  english: bool = False) -> None:
        rng = self.rng
        sign_offs = T.EN_SIGN_OFFS if english else T.SIGN_OFFS
        b.add(rng.choice(sign_offs) + rng.choice(("\n\n", "\n")))
        if informal and rng.random() < 0.4:
            b.add(person.first, "PER")
            b.add("\n\n")
            return
        roll = rng.random()
        name = person.full() if roll < 0.6 else person.with_initials()
        if rng.random() < 0.2:
            name = name.upper()
        if rng.random() < 0.1:
            b.add(self.title(person, 0.6) + " ")
        b.add(name, "PER")
        b.add("\n" + rng.choice(T.FUNCTIONS).capitalize() + "\n")
        if rng.random() < 0.7:
            b.add(rng.choice(T.MINISTRIES[:9]), "ORG")
            b.add("\n")
        if rng.random() < 0.7:
            b.add(rng.choice(T.DIRECTORATES), "ORG")
            b.add("\n")
        if rng.random() < 0.4:
            b.extend(self.address())
            b.add("\n")
        if rng.random() < 0.3:
            b.add(f"Postbus {rng.randint(10000, 30000)} | 2500 EA | ")
            b.add("Den Haag", "LOC")
            b.add("\n")
        if rng.random() < 0.8:
            b.add(f"{rng.choice(('M', 'T', 'Mobiel:', 'Tel.'))} {self.phone()}\n")
        if rng.random() < 0.7:
            b.add(self.email(person) + "\n")
        if rng.random() < 0.3:
            b.add(rng.choice(("Werkdagen: ma, di, do", "Aanwezig ma t/m do",
                              "www.rijksoverheid.nl", "Ik werk niet op vrijdag")) + "\n")
        b.add("\n")

    def email_thread(self, b: Builder) -> None:
        rng = self.rng
        subject = rng.choice(T.SUBJECTS)
        for i in range(rng.randint(1, 3)):
            sender, to = rng.sample(self.cast.civil, 2)
            others = [p for p in self.cast.civil if p not in (sender, to)]
            cc = rng.choice(others) if others else to
            english = rng.random() < 0.2
            labels = ("From", "Sent", "To", "Cc", "Subject") if english else \
                ("Van", "Verzonden", "Aan", "CC", "Onderwerp")
            if i and rng.random() < 0.3:
                b.add("-----Oorspronkelijk bericht-----\n")
            if i and rng.random() < 0.2:
                b.add(f"Op {rng.choice(T.WEEKDAYS)} {self.date()} {rng.randint(8, 18)}:"
                      f"{rng.randint(10, 59)} schreef ")
                b.add(sender.full(), "PER")
                b.add(f" <{self.email(sender)}>:\n\n")
            else:
                b.add(f"{labels[0]}: ")
                b.extend(self.display_name(sender))
                b.add(f" <{self.email(sender)}>\n")
                when = (f"{rng.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))}, {self.en_date()}"
                        if english else f"{rng.choice(T.WEEKDAYS)} {self.date()}")
                b.add(f"{labels[1]}: {when} {rng.randint(8, 18)}:{rng.randint(10, 59)}\n")
                b.add(f"{labels[2]}: ")
                b.extend(self.display_name(to))
                b.add(f" <{self.email(to)}>\n")
                if rng.random() < 0.5:
                    b.add(f"{labels[3]}: ")
                    if rng.random() < 0.3:
                        b.add(f"Postbus {rng.choice(T.DIRECTORATES[:8])} <postbus@minbzk.nl>; ")
                    b.extend(self.display_name(cc))
                    b.add(f" <{self.email(cc)}>\n")
                b.add(f"{labels[4]}: {rng.choice(('RE: ', 'FW: ', 'Re: ', ''))}{subject}\n\n")
            extra = {
                "to_first": [(to.first, "PER")],
                "cc_first": [(cc.first, "PER")],
                "to_sur": [(to.surname(standalone=True), "PER")],
                "to_title": [(self.title(to, 0.0) + " ", None),
                             (to.surname(standalone=True), "PER")],
            }
            openings = T.EN_OPENINGS if english else T.EMAIL_OPENINGS
            b.extend(self.sentence(rng.choice(openings), extra))
            b.add(rng.choice(("\n\n", "\n")))
            for _ in range(rng.randint(1, 4)):
                if english:
                    pool = T.EN_SENTENCES
                else:
                    pool = T.EMAIL_SENTENCES if rng.random() < 0.7 else T.NEUTRAL_SENTENCES
                b.extend(self.sentence(rng.choice(pool), extra))
                b.add(rng.choice((" ", "\n", "\n\n")))
            b.add("\n")
            self.signature(b, sender, informal=True, english=english)

    def attendance(self, b: Builder) -> None:
        rng = self.rng
        b.add(rng.choice(("Aanwezig: ", "Aanwezigen\n", "Deelnemers: ")))
        people = rng.sample(self.cast.civil, len(self.cast.civil))
        for i, person in enumerate(people):
            if i:
                b.add(rng.choice((", ", "\n", "; ")))
            b.add(person.full() if rng.random() < 0.5 else person.with_initials(), "PER")
            b.add(" (")
            b.extend(self.org() if rng.random() < 0.5 else [(rng.choice(T.DIRECTORATES), "ORG")])
            b.add(")")
        if rng.random() < 0.5:
            b.add("\nVoorzitter: ")
            b.extend(self.holder(self.cast.holders[0]))
        if rng.random() < 0.5:
            b.add("\nVerslag: ")
            b.add(rng.choice(self.cast.civil).with_initials(), "PER")
        b.add("\n\n")

    def letterhead(self, b: Builder) -> None:
        rng = self.rng
        b.add(rng.choice(T.MINISTRIES[:9]), "ORG")
        b.add("\n")
        if rng.random() < 0.5:
            b.add(rng.choice(T.DIRECTORATES), "ORG")
            b.add("\n")
        if rng.random() < 0.4:
            b.add(f"Postbus {rng.randint(10000, 30000)}\n2500 EA ")
            b.add("Den Haag", "LOC")
            b.add("\n")

    def table(self, b: Builder) -> None:
        """A planning table as PDF text comes out: one cell per line."""
        rng = self.rng
        cell = self.cell_separator()
        header = rng.choice((("Mijlpaal", "Datum", "Trekker"), ("Actie", "Wanneer", "Wie"),
                             ("Stap", "Planning", "Verantwoordelijk")))
        b.add(cell.join(header) + "\n")
        for _ in range(rng.randint(2, 5)):
            step = rng.choice(("Voorhang ontwerpbesluit bij de Tweede Kamer",
                               "Advies Raad van State", "Publicatie in de Staatscourant",
                               "Openstelling loket", "Besluit ministerraad", "Consultatie",
                               "Verzending Kamerbrief", "Bestuurlijk overleg", "Evaluatie"))
            b.extend(_label_literals(step + cell))
            b.add(self.date() + cell)
            person = rng.choice(self.cast.civil)
            name = person.with_initials() if rng.random() < 0.5 else person.full()
            b.add(name, "PER")
            if rng.random() < 0.7:
                b.add(" (")
                b.add(self.acronym(), "ORG")
                b.add(")")
            elif rng.random() < 0.5:
                b.add(", ")
                b.add(rng.choice(T.MINISTRY_ABBREVIATIONS[:12]), "ORG")
            b.add("\n")
        b.add("\n")

    def budget_table(self, b: Builder) -> None:
        """A budget table; its header cells are capitalised ordinary words."""
        rng = self.rng
        headers = [w.capitalize() for w in rng.sample(common_words(), rng.randint(1, 3))]
        headers += [rng.choice(("Onderdeel", "Post", "Activiteit")),
                    f"Bedrag {rng.randint(2023, 2027)}"]
        rng.shuffle(headers)
        b.add("\n".join(headers) + "\n")
        cell = self.cell_separator()
        contact_column = rng.random() < 0.4
        if contact_column:
            b.add("Contactpersoon\n")
        for _ in range(rng.randint(2, 5)):
            b.extend(self.render(rng.choice(T.TABLE_ITEMS)))
            b.add(f"{cell}{self.amount()}")
            if contact_column:
                b.add(cell)
                person = rng.choice(self.cast.civil)
                if rng.random() < 0.3:
                    b.add(self.email(person))
                else:
                    b.add(person.full() if rng.random() < 0.5 else person.with_initials(), "PER")
            b.add("\n")
        b.add("\n")

    def recommendations_table(self, b: Builder) -> None:
        """An evaluation's recommendations with the cabinet's reaction, one cell per line."""
        rng = self.rng
        b.add(rng.choice(("Aanbeveling\nReactie kabinet\nTrekker\n",
                          "Aanbeveling\nReactie\nWie\n")))
        cell = self.cell_separator()
        for _ in range(rng.randint(2, 4)):
            b.extend(self.render(rng.choice(T.RECOMMENDATIONS)))
            b.add(cell + rng.choice(T.REACTIONS) + cell)
            if rng.random() < 0.7:
                b.add(self.acronym(), "ORG")
            else:
                b.extend(self.org())
            b.add("\n")
        b.add("\n")

    def parafenblad(self, b: Builder) -> None:
        """A routing sheet: function and unit, name, date per line, as PDF text comes out."""
        rng = self.rng
        cell = self.cell_separator()
        b.add(rng.choice(("Parafenblad\n", "Parafenroute\n", "")))
        b.add(cell.join(rng.sample(["Functie", "Naam", "Paraaf d.d.", "Datum", "Akkoord"], 3)))
        b.add("\n")
        for person in rng.sample(self.cast.civil, len(self.cast.civil)):
            if rng.random() < 0.3:
                # "Directeur Democratie en Bestuur": a function named after its directorate.
                b.add(rng.choice(("Directeur ", "Plv. directeur-generaal ", "Directeur-generaal ",
                                  "Afdelingshoofd ")))
                b.add(rng.choice(T.DIRECTORATE_NAMES), "ORG")
            else:
                function = rng.choice(T.FUNCTIONS + ("Opsteller", "Directeur", "Plv. DG", "Dir."))
                b.add(function[:1].upper() + function[1:] + ", ")
                b.add(self.acronym() if rng.random() < 0.5 else rng.choice(T.DIRECTORATES),
                      "ORG")
            b.add(cell)
            if rng.random() < 0.3:
                b.add(self.title(person, 0.5) + " ")
            b.add(person.full() if rng.random() < 0.6 else person.with_initials(), "PER")
            b.add(f"{cell}{self.date()}\n")
        b.add("\n")
        if rng.random() < 0.5:
            self.closing(b)

    def closing(self, b: Builder) -> None:
        """The signature of a letter or decision: "De minister van BZK,\n\nNAME" or "Voor
        akkoord,\n\nde directeur Democratie en Bestuur,\n\nNAME"."""
        rng = self.rng
        b.add(rng.choice(("Voor akkoord,\n\n", "Akkoord,\n\n", "Hoogachtend,\n\n", "")))
        roll = rng.random()
        if roll < 0.4:
            person = rng.choice(self.cast.civil)
            b.add(rng.choice(("de directeur ", "De directeur ", "het afdelingshoofd ",
                              "de directeur-generaal ", "de programmadirecteur ")))
            b.add(rng.choice(T.DIRECTORATE_NAMES), "ORG")
        else:
            person = self.cast.holders[0]
            b.extend(_label_literals(rng.choice(T.PORTFOLIO_TITLES + (
                "De Minister van Binnenlandse Zaken en Koninkrijksrelaties",
                "De minister van Justitie en Veiligheid", "De Staatssecretaris van BZK",
                "de minister van BZK"))))
        b.add(",\n\n" if rng.random() < 0.8 else ",\n")
        name = person.full() if rng.random() < 0.5 else person.with_initials()
        b.add(name.upper() if rng.random() < 0.4 else name, "PER")
        b.add("\n\n")

    def letter(self, b: Builder) -> None:
        """A letter to a citizen or body: references, "Geachte ...", text, closing."""
        rng = self.rng
        b.add(f"Ons kenmerk {self.reference()}\n")
        if rng.random() < 0.5:
            b.add(f"Uw kenmerk {rng.choice(('WOO', 'Woo', 'BZ', 'KLACHT'))}-"
                  f"{rng.randint(2020, 2025)}-{rng.randint(100, 9999):04d}\n")
        b.add(f"Datum {self.date()}\n\n")
        roll = rng.random()
        if roll < 0.5:
            person = self.cast.citizens[0]
            b.add(rng.choice(("Geachte heer ", "Geachte mevrouw ", "Beste ")))
            b.add(person.surname(standalone=True), "PER")
            b.add(",\n\n")
        else:
            b.add(rng.choice(("Geachte heer, mevrouw,\n\n", "Geachte heer/mevrouw,\n\n",
                              "Geachte voorzitter,\n\n", "Geachte leden van de raad,\n\n")))
        self.paragraph(b, rng.randint(1, 3))
        b.add("\n\n")
        self.closing(b)

    def cell_separator(self) -> str:
        """Table cells come out one per line, or tab-separated when the parser finds columns."""
        return "\t" if self.rng.random() < 0.3 else "\n"

    def footer(self, b: Builder) -> None:
        rng = self.rng
        label = rng.choice(("Kenmerk", "Onze referentie", "Zaaknummer"))
        b.add(f"{label} {self.reference()} Datum {self.date()}")
        if rng.random() < 0.4:
            b.add(f" {rng.choice(('Behandeld door', 'Contactpersoon', 'Opgesteld door'))} ")
            b.add(rng.choice(self.cast.civil).with_initials(), "PER")
        b.add("\n\n")

    def wrap(self, text: str, spans: list[Span]) -> tuple[str, list[Span]]:
        """Break long lines as text extracted from a PDF page comes out: at a space, after the
        hyphen of a compound ("Mulder-\nOkonkwo"), or inside a long word with a hyphen
        ("Kui-\npers"). Spans are moved along with the inserted characters."""
        rng = self.rng
        width = rng.randint(55, 105)
        out: list[str] = []
        new_pos = [0] * (len(text) + 1)  # where each original character ends up
        name_chars = {i for s, e, label in spans if label == "PER" for i in range(s, e)}
        pos = col = 0
        for piece in re.findall(r"[^ \n]+|[ \n]", text):
            if piece in (" ", "\n"):
                new_pos[pos] = len(out)
                out.append(piece)
                pos += 1
                col = 0 if piece == "\n" else col + 1
                continue
            cut = None
            if col + len(piece) > width and col > 0:
                cut = self._hyphen_point(piece, in_name=pos in name_chars)
                if cut is None or col + cut + 1 > width:
                    cut = None
                    if out and out[-1] == " ":
                        out[-1] = "\n"
                        col = 0
            for k, c in enumerate(piece):
                if cut is not None and k == cut:
                    if piece[k - 1] != "-":
                        out.append("-")
                    out.append("\n")
                    col = 0
                new_pos[pos] = len(out)
                out.append(c)
                pos += 1
                col += 1
        new_pos[len(text)] = len(out)
        moved = [(new_pos[s], new_pos[e - 1] + 1, label) for s, e, label in spans]
        return "".join(out), moved

    def _hyphen_point(self, word: str, in_name: bool) -> int | None:
        """Where a word at the end of a line may break, or None. Names are broken more often
        than their share of words would give, since a broken name is a missed redaction."""
        inner = word.find("-", 1, len(word) - 1)
        if inner > 0 and self.rng.random() < 0.7:
            return inner + 1
        if len(word) >= 6 and word.isalpha() and self.rng.random() < (0.5 if in_name else 0.2):
            return self.rng.randint(3, len(word) - 3)
        return None

    def document(self) -> tuple[str, list[Span]]:
        """One document: a nota, an e-mail thread, or a shorter fragment of either."""
        rng = self.rng
        self.new_cast()
        b = Builder()
        kind = rng.choices(("nota", "email", "fragment"), (45, 20, 35))[0]
        if kind == "nota":
            if rng.random() < 0.5:
                self.letterhead(b)
            self.header(b)
            self.title_block(b)
            for _ in range(rng.randint(2, 4)):
                self.section(b)
                if rng.random() < 0.25:
                    self.running_header(b)
                if rng.random() < 0.08:
                    self.table(b)
                if rng.random() < 0.06:
                    self.budget_table(b)
                if rng.random() < 0.04:
                    self.recommendations_table(b)
            if rng.random() < 0.15:
                self.parafenblad(b)
            elif rng.random() < 0.1:
                self.closing(b)
            if rng.random() < 0.3:
                self.footer(b)
        elif kind == "email":
            self.email_thread(b)
        else:
            blocks = (self.header, self.section, self.section, self.attendance,
                      self.running_header, self.title_block, self.email_thread, self.table,
                      self.letterhead, self.footer, self.budget_table, self.parafenblad,
                      self.recommendations_table, self.letter)
            for block in rng.sample(blocks, rng.randint(1, 3)):
                block(b)
        text, spans = _trim(b)
        if rng.random() < WRAP_SHARE:
            text, spans = self.wrap(text, spans)
        return text, spans


@lru_cache(maxsize=1)
def _literal_org_pattern() -> re.Pattern[str]:
    names = set(T.OTHER_ORGANISATIONS + T.DIRECTORATES + T.MINISTRIES + T.PARTIES)
    names |= set(T.MINISTRY_ABBREVIATIONS)
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _label_literals(text: str) -> Segments:
    """Label organisation names written literally in a template ("De Tweede Kamer heeft"), so
    they carry the same label as when a slot produces them."""
    segments: Segments = []
    last = 0
    for match in _literal_org_pattern().finditer(text):
        if match.start() > last:
            segments.append((text[last : match.start()], None))
        segments.append((match.group(), "ORG"))
        last = match.end()
    if last < len(text):
        segments.append((text[last:], None))
    return segments


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _trim(b: Builder) -> tuple[str, list[Span]]:
    """Drop trailing whitespace (the spans all end before it)."""
    text = b.text().rstrip()
    return text, [s for s in b.spans if s[1] <= len(text)]


def generate(split: NameSplit, part: str, n: int, seed: int) -> Iterator[tuple[str, list[Span]]]:
    """`n` documents for one part of the split ("train", "tune", "heldout"), reproducibly."""
    generator = DocGenerator(split.part(part), random.Random(f"woo-corpus-{seed}-{part}"))
    for _ in range(n):
        yield generator.document()


def to_docbin(nlp, examples: Iterator[tuple[str, list[Span]]], path: Path) -> dict[str, int]:
    """Tokenise the examples with `nlp`'s tokenizer and write them as a spaCy DocBin.

    Returns counts, including spans that do not fall on token boundaries (widened to whole
    tokens, and reported, so a template that misaligns more than a trailing full stop shows up).
    """
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    counts = {"docs": 0, "spans": 0, "misaligned": 0, "tokens": 0}
    for text, spans in examples:
        doc = nlp.make_doc(text)
        ents, widened = [], []
        for start, end, label in spans:
            span = doc.char_span(start, end, label=label, alignment_mode="strict")
            if span is None:
                # e.g. "met JenV." where the tokenizer keeps the full stop on the token: the
                # whole token carries the label ("JenV." is ORG). Left unknown, such tokens
                # taught the model nothing, and what it guessed for them varied from one
                # training to the next (model 1.0.0 left "JenV." alone, a retrain made it PER).
                counts["misaligned"] += 1
                widened.append(doc.char_span(start, end, label=label, alignment_mode="expand"))
                continue
            ents.append(span)
        taken = {i for ent in ents for i in range(ent.start, ent.end)}
        missing = []
        for span in widened:
            if span is None:
                continue
            tokens = set(range(span.start, span.end))
            if taken & tokens:  # it would overlap another entity: leave its tokens unknown
                missing.append(span)
                continue
            ents.append(span)
            taken |= tokens
        missing = [m for m in missing if not taken & set(range(m.start, m.end))]
        doc.set_ents(sorted(ents, key=lambda e: e.start), missing=missing, default="outside")
        db.add(doc)
        counts["docs"] += 1
        counts["spans"] += len(ents)
        counts["tokens"] += len(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return counts

