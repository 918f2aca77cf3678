"""Name lists for the training corpus, and their split into train / tune / held-out parts.

Sources (all installed packages, read at training time, nothing downloaded):

- deduce 3.0.6 (LGPL-3.0-or-later): Dutch first names (~15k, many of foreign origin), surnames
  (~10k) and surnames that take a tussenvoegsel (~2.4k), from `deduce/data/lookup/src/names`.
- Faker (MIT): the person providers of nl_NL and nl_BE, plus locales that reflect the origins of
  people working in Dutch government (Turkish, Moroccan/Algerian, Surinamese/Indian, Nigerian,
  Ghanaian, Vietnamese, Indonesian, German, Polish, ...). Only Latin-script names are used.

The split is made on names, not on sentences: a held-out first name or surname never occurs in
a training example, so the held-out evaluation measures what matters in practice, recall on
names nobody listed. The split is checked at the token level (`name_tokens`), so "Bakker" held
out also keeps "Bakker-Yilmaz" and "Van Bakker" out of training.
"""

from __future__ import annotations

import importlib
import importlib.util
import random
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from woo_pipeline.vocabulary import (
    DECISION_LABELS,
    KNOWN_ORGANISATIONS,
    OFFICE_TITLES,
    ORGANISATION_WORDS,
    PERSON_TITLES,
    PUBLIC_FIELD_LABELS,
    SECTION_HEADINGS,
    STAFF_FIELD_LABELS,
    TUSSENVOEGSELS,
)

# Fractions of the name keys (first names and surname cores separately) per part.
HELDOUT_FRACTION = 0.20
TUNE_FRACTION = 0.05

# Faker locales used besides nl_NL / nl_BE. Weighted equally inside the "other" pool.
OTHER_LOCALES: tuple[str, ...] = (
    "tr_TR",
    "fr_DZ",
    "en_IN",
    "en_PK",
    "ig_NG",
    "yo_NG",
    "en_NG",
    "tw_GH",
    "vi_VN",
    "id_ID",
    "de_DE",
    "pl_PL",
    "ro_RO",
    "hr_HR",
    "it_IT",
    "es_ES",
    "pt_BR",
    "fr_FR",
    "en_GB",
    "sw",
)
DUTCH_LOCALES: tuple[str, ...] = ("nl_NL", "nl_BE")

# Lower-case particles that may start a surname ("van der Berg", "el Idrissi", "'s Gravensande").
PARTICLES: tuple[str, ...] = tuple(
    sorted(set(TUSSENVOEGSELS) | {"'s", "van 't", "d'", "l'", "de la", "del", "di", "lo"},
           key=lambda p: (-len(p), p))
)
_PARTICLE_WORDS = frozenset(w for p in PARTICLES for w in p.split())
_NAME_CHARS = re.compile(r"^[^\W\d_]+(?:[ '\-][^\W\d_]+)*$")


@dataclass(frozen=True, order=True)
class Surname:
    """A surname as its particle ("van der", may be empty) and its core ("Berg")."""

    particle: str
    core: str

    def key(self) -> str:
        return fold(self.core)


@dataclass(frozen=True)
class NamePool:
    """Names one part of the split may use; "dutch" and "other" are sampled with set weights."""

    dutch_first: tuple[str, ...]
    other_first: tuple[str, ...]
    dutch_surnames: tuple[Surname, ...]
    other_surnames: tuple[Surname, ...]
    # Cores that deduce lists as taking a tussenvoegsel ("Berg" in "van den Berg").
    particle_cores: tuple[str, ...]
    # Surnames that are also words or places ("Koning", "Zwolle"; deduce's exceptions).
    ambiguous_surnames: tuple[str, ...]

    def tokens(self) -> frozenset[str]:
        """Every folded name token in this pool (particles left out)."""
        found: set[str] = set()
        for name in (self.dutch_first + self.other_first + self.particle_cores
                     + self.ambiguous_surnames):
            found |= name_tokens(name)
        for surname in self.dutch_surnames + self.other_surnames:
            found |= name_tokens(surname.core)
        return frozenset(found)


@dataclass(frozen=True)
class NameSplit:
    train: NamePool
    tune: NamePool
    heldout: NamePool
    seed: int

    def part(self, name: str) -> NamePool:
        return {"train": self.train, "tune": self.tune, "heldout": self.heldout}[name]


def fold(word: str) -> str:
    """Lower case without diacritics, so `Çelik` and `Celik` count as the same name."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def name_tokens(text: str) -> set[str]:
    """The folded words of a name, without particles, initials and punctuation."""
    words = re.split(r"[\s\-,()<>]+", text)
    return {
        fold(w)
        for w in words
        if w and "." not in w and fold(w) not in _PARTICLE_WORDS and any(c.isalpha() for c in w)
    }


def _is_latin_name(name: str) -> bool:
    if not _NAME_CHARS.match(name) or len(name) < 2:
        return False
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name)


@lru_cache(maxsize=1)
def _blocked_words(surname: bool) -> frozenset[str]:
    """Words never generated as a name: the nota's own labels, headings and titles.

    A "name" such as "Kern" or "Datum" would teach the model to tag a section heading as PER.
    Surnames may be words of office or organisation ("mevrouw Koning", "de heer Raad"): such
    people exist, and the model has to tell them apart by context.
    """
    phrases = (
        PUBLIC_FIELD_LABELS
        + STAFF_FIELD_LABELS
        + DECISION_LABELS
        + SECTION_HEADINGS
        + KNOWN_ORGANISATIONS
        + PERSON_TITLES
    )
    if not surname:
        phrases += OFFICE_TITLES + ORGANISATION_WORDS
    words: set[str] = set()
    for phrase in phrases:
        words |= {fold(w) for w in re.split(r"[\s/()]+", phrase) if w}
    words |= {fold(w) for w in read_deduce_list("whitelist", "lst_stop_word")}
    return frozenset(words)


def _deduce_names_dir() -> Path:
    # Locate the package without importing it: only its data files are used, and importing
    # deduce sets the root logger to DEBUG.
    spec = importlib.util.find_spec("deduce")
    if spec is None or spec.origin is None:
        raise RuntimeError("the deduce package is not installed (pip install deduce)")
    return Path(spec.origin).parent / "data" / "lookup" / "src"


def read_deduce_list(*parts: str, with_exceptions: bool = False) -> list[str]:
    """A deduce list, by default without its exceptions (entries deduce itself finds too
    ambiguous to match, such as surnames that are also places: "Zwolle", "Amersfoort")."""
    folder = _deduce_names_dir().joinpath(*parts)
    items = (folder / "items.txt").read_text(encoding="utf-8").splitlines()
    exceptions_file = folder / "exceptions.txt"
    exceptions = set()
    if exceptions_file.exists() and not with_exceptions:
        exceptions = set(exceptions_file.read_text(encoding="utf-8").splitlines())
    return sorted({i.strip() for i in items if i.strip() and i.strip() not in exceptions})


@lru_cache(maxsize=1)
def _municipality_words() -> frozenset[str]:
    municipalities = read_deduce_list("locations", "lst_placename", "lst_municipality")
    return frozenset(fold(m) for m in municipalities) | {"den haag", "groningen", "utrecht"}


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    folder = ("locations", "lst_placename")
    places = read_deduce_list(*folder, "lst_municipality") + read_deduce_list(
        *folder, "lst_residence", with_exceptions=True)
    return frozenset(fold(p) for p in places)


def _read_deduce_exceptions(*parts: str) -> list[str]:
    path = _deduce_names_dir().joinpath(*parts) / "exceptions.txt"
    return sorted({line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                   if line.strip()})


def _faker_names(locale: str) -> tuple[list[str], list[str]]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    first: set[str] = set()
    for attr in ("first_names", "first_names_male", "first_names_female"):
        first |= set(getattr(provider, attr, None) or ())
    last = set(getattr(provider, "last_names", None) or ())
    return sorted(first), sorted(last)


def split_particle(surname: str) -> Surname:
    """`van der Berg` → Surname("van der", "Berg"); `Bakker` → Surname("", "Bakker")."""
    lowered = surname.lower()
    for particle in PARTICLES:
        if lowered.startswith(particle + " ") and len(surname) > len(particle) + 1:
            return Surname(particle, surname[len(particle) + 1 :])
    return Surname("", surname)


@dataclass(frozen=True)
class _Sources:
    dutch_first: tuple[str, ...]
    other_first: tuple[str, ...]
    dutch_surnames: tuple[Surname, ...]
    other_surnames: tuple[Surname, ...]
    particle_cores: tuple[str, ...]
    ambiguous_surnames: tuple[str, ...]


@lru_cache(maxsize=1)
def load_sources() -> _Sources:
    """All usable names from the installed packages, filtered and de-duplicated."""
    def usable(name: str, surname: bool = False) -> bool:
        return _is_latin_name(name) and not (name_tokens(name) & _blocked_words(surname))

    dutch_first = set(read_deduce_list("names", "lst_first_name"))
    dutch_last = set(read_deduce_list("names", "lst_surname"))
    for locale in DUTCH_LOCALES:
        first, last = _faker_names(locale)
        dutch_first |= set(first)
        dutch_last |= set(last)
    other_first: set[str] = set()
    other_last: set[str] = set()
    for locale in OTHER_LOCALES:
        first, last = _faker_names(locale)
        other_first |= set(first)
        other_last |= set(last)

    # A surname that is also a municipality ("Kampen", "Tiel", "Hoorn") is nearly always the
    # place in a nota; generating it as a person teaches the model to redact towns.
    municipalities = _municipality_words()

    def surnames(names: set[str]) -> tuple[Surname, ...]:
        parsed = {split_particle(n) for n in names}
        return tuple(sorted(
            s for s in parsed
            if usable(s.core, True) and s.core[0].isupper() and fold(s.core) not in municipalities
        ))

    particle_cores = {
        c
        for c in read_deduce_list("names", "lst_interfix_surname", with_exceptions=True)
        if c[0].isupper()
    }
    return _Sources(
        dutch_first=tuple(sorted(n for n in dutch_first if usable(n))),
        other_first=tuple(sorted(n for n in other_first - dutch_first if usable(n))),
        dutch_surnames=surnames(dutch_last),
        other_surnames=tuple(s for s in surnames(other_last) if s.core not in dutch_last),
        particle_cores=tuple(sorted(
            c for c in particle_cores if usable(c, True) and fold(c) not in municipalities
        )),
        # Surnames that are also words ("Koning", "Groen", "Baard") are real and hard; a few
        # in training teach the model to decide by context. Those that are also places
        # ("Zwolle", "Emmen") are left out: in a nota they are nearly always the place.
        ambiguous_surnames=tuple(sorted(
            c for c in _read_deduce_exceptions("names", "lst_surname")
            if c[:1].isupper() and usable(c, True) and fold(c) not in _place_words()
        )),
    )


@lru_cache(maxsize=4)
def split_names(seed: int = 0) -> NameSplit:
    """Divide the names into train / tune / held-out parts, deterministically for a seed.

    Keys (folded first names, folded surname cores) are shuffled with the seed and cut by the
    fractions above. Then every tune or train name that shares a token with a held-out name is
    dropped (and every train name sharing one with a tune name), so no held-out word reaches
    training in any form: not as first name, not as surname, not inside a double surname.
    """
    sources = load_sources()
    rng = random.Random(f"woo-names-{seed}")

    def assign(keys: set[str]) -> dict[str, str]:
        ordered = sorted(keys)
        rng.shuffle(ordered)
        n_held = round(len(ordered) * HELDOUT_FRACTION)
        n_tune = round(len(ordered) * TUNE_FRACTION)
        part = {k: "heldout" for k in ordered[:n_held]}
        part.update({k: "tune" for k in ordered[n_held : n_held + n_tune]})
        part.update({k: "train" for k in ordered[n_held + n_tune :]})
        return part

    first_part = assign({fold(n) for n in sources.dutch_first + sources.other_first})
    surname_keys = {s.key() for s in sources.dutch_surnames + sources.other_surnames}
    surname_keys |= {fold(c) for c in sources.particle_cores + sources.ambiguous_surnames}
    surname_part = assign(surname_keys)

    def pool(part: str, banned: frozenset[str]) -> NamePool:
        def keep_first(n: str) -> bool:
            return first_part[fold(n)] == part and not (name_tokens(n) & banned)

        def keep_core(core: str) -> bool:
            return surname_part[fold(core)] == part and not (name_tokens(core) & banned)

        return NamePool(
            dutch_first=tuple(n for n in sources.dutch_first if keep_first(n)),
            other_first=tuple(n for n in sources.other_first if keep_first(n)),
            dutch_surnames=tuple(s for s in sources.dutch_surnames if keep_core(s.core)),
            other_surnames=tuple(s for s in sources.other_surnames if keep_core(s.core)),
            particle_cores=tuple(c for c in sources.particle_cores if keep_core(c)),
            ambiguous_surnames=tuple(c for c in sources.ambiguous_surnames if keep_core(c)),
        )

    heldout = pool("heldout", frozenset())
    tune = pool("tune", heldout.tokens())
    train = pool("train", heldout.tokens() | tune.tokens())
    return NameSplit(train=train, tune=tune, heldout=heldout, seed=seed)
