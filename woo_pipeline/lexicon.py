"""Dutch name and word lists, read from the `deduce` package's data (LGPL-3.0-or-later).

deduce (Dutch de-identification, UMC Utrecht) ships curated lists of ~15k Dutch first names and
~13k surnames; keeping our own copy would only let it go stale, so we read the installed
package's files at run time (offline: they are part of the wheel).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path


def _deduce_lookup_dir() -> Path | None:
    try:
        import deduce  # noqa: PLC0415 - only its data files are used
    except ImportError:  # pragma: no cover - deduce is a declared dependency
        return None
    path = Path(deduce.__file__).parent / "data" / "lookup" / "src"
    return path if path.is_dir() else None


def _read_list(*parts: str) -> frozenset[str]:
    root = _deduce_lookup_dir()
    if root is None:
        return frozenset()
    items: set[str] = set()
    exceptions: set[str] = set()
    folder = root.joinpath(*parts)
    items_file = folder / "items.txt"
    if items_file.exists():
        items = {ln.strip() for ln in items_file.read_text(encoding="utf-8").splitlines()}
    exc_file = folder / "exceptions.txt"
    if exc_file.exists():
        exceptions = {ln.strip() for ln in exc_file.read_text(encoding="utf-8").splitlines()}
    return frozenset(fold(i) for i in items - exceptions if i)


def fold(word: str) -> str:
    """Lower case without diacritics: `Çelik` → `celik`, for lookups and person keys."""
    if word.isascii():  # NFKD leaves ASCII as it is; most words take this path
        return word.lower()
    return _fold_unicode(word)


@lru_cache(maxsize=65536)
def _fold_unicode(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    from woo_pipeline.vocabulary import MORE_FIRST_NAMES

    return _read_list("names", "lst_first_name") | frozenset(fold(n) for n in MORE_FIRST_NAMES)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return _read_list("names", "lst_surname") | _read_list("names", "lst_interfix_surname")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Ordinary Dutch words (and stop words): a capitalised one is not a name on its own."""
    words = _read_list("whitelist", "lst_common_word") | _read_list("whitelist", "lst_stop_word")
    return words | _EXTRA_COMMON


# Words that start sentences or fill notas and are also in the name lists.
_EXTRA_COMMON = frozenset(
    fold(w)
    for w in (
        "Aan Van Met Door Voor Naar Over Bij Uit Deze Dit Die Dat Het De Een En Ook Wel Niet Zij "
        "Wij Hij Ik U Uw Onze Ons Hun Er Hier Daar Toen Nu Dan Als Om Op In Te Tot Na Zo Maar "
        "Kern Aanleiding Toelichting Communicatie Krachtenveld Motivering Besluit Datum Kenmerk "
        "Minister Staatssecretaris Kamer Kamerbrief Kabinet Rijk Ministerie Directie Programma "
        "Bijlage Bijlagen Pagina Nota Beslisnota Geachte Beste Hoogachtend Groet Ja Nee Mei Juni "
        "Juli Januari Februari Maart April Augustus September Oktober November December Maandag "
        "Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Nederland Den Haag Europa Brussel "
        "Justitie Veiligheid Financien Onderwijs Zorg Gemeente Provincie Rijksoverheid Mark Will "
        "Wil Bas Roos Hoop Geluk Zon Storm Sterk Klein Groot Lang Kort Hoog Laag Jong Oud Stil "
        "Vos Wolf Haas Kok Koning Keizer Prins Visser Boer Smit Schouten Dijk Berg Bosch Beek "
        "Groen Wit Zwart Rood Blauw Geel Bruin Post Lid Leden Dank Graag Verder Tevens Tot Slot "
        "Ten Slotte Ter Ondertekening Besluitvorming Informatie Advies Status Onderwerp Kopie "
        "Telefoon Mobiel Email Mail Website Postbus May June July March August April Dear Best "
        "Regards Kind Hi Hello Thanks Our Your The "
        # Countries, foreign places, rivers, religions and other words that are also given
        # names: on their own they are far more often the thing than a colleague.
        "Israël Israel Islam Maas Lima Sydney Georgia Chad Alpha Job "
        "Lotus Jordan Kenya Niger Mali Togo Benin Gabon Cuba Chili Chile Peru Bolivia "
        "India China Japan Korea Syria Jemen Libanon Lebanon Oman Qatar Dubai Doha Ankara "
        "Moskou Kiev Kyiv Warschau Praag Wenen Rome Madrid Lissabon Athene Stockholm Oslo "
        "Helsinki Kopenhagen Tallinn Riga Vilnius Boedapest Boekarest Sofia Belgrado Zagreb "
        "Paramaribo Willemstad Oranjestad Kralendijk Philipsburg Havana Santiago Quito Bogota "
        "Caracas Montreal Toronto Vancouver Boston Dallas Houston Austin Phoenix Denver Orlando "
        "Washington Kingston Adelaide Melbourne Perth Paris Parijs London Londen Berlin Berlijn "
        "Geneve Geneva Brussels Bruxelles Luxemburg Luxembourg Straatsburg Strasbourg Dublin "
        "Hamburg Frankfurt Milaan Napels Lourdes Brooklyn "
        "Brisbane Auckland Wellington Nairobi Lagos Accra Dakar Tunis Algiers Cairo Caïro "
        "Europol Eurojust Frontex Interpol Schengen Benelux Brexit Mercedes Tesla Mercurius "
        "Venus Mars Jupiter Saturnus Apollo Atlas Orion Phoenix Sinterklaas "
        "Pasen Kerstmis Ramadan Suikerfeest Offerfeest Chanoeka Diwali Jezus Christus "
        # Woo inventory words that are also in the name lists
        "Deels Geheel Openbaar Gedeeltelijk Weigeren"
    ).split()
)


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Dutch place, municipality, province and region names (a surname may be one: Zwolle),
    and the countries and cities abroad that notas name."""
    from woo_pipeline.vocabulary import MORE_PLACES, WORLD_PLACES

    root = ("locations", "lst_placename")
    return (
        _read_list(*root, "lst_residence")
        | _read_list(*root, "lst_municipality")
        | _read_list(*root, "lst_province")
        | _read_list(*root, "lst_region")
        | {fold(p) for p in (*MORE_PLACES, *WORLD_PLACES)}
    )


_PLACE_PART = re.compile(r"(?i)^(.+)-(?:noord|zuid|oost|west|centrum|north|south|east)$")


def is_place(word: str) -> bool:
    folded = fold(word)
    if folded in places():
        return True
    # "Rotterdam-Zuid", "Amsterdam-Noord", "Almere-Centrum": a part of a known town
    part = _PLACE_PART.match(folded)
    return bool(part) and part.group(1) in places()


@lru_cache(maxsize=1)
def tussenvoegsels() -> frozenset[str]:
    from woo_pipeline.vocabulary import TUSSENVOEGSELS

    return frozenset(TUSSENVOEGSELS) | _read_list("names", "lst_interfix")


def is_first_name(word: str) -> bool:
    return fold(word) in first_names()


def is_surname(word: str) -> bool:
    return fold(word) in surnames()


def is_common_word(word: str) -> bool:
    return fold(word) in common_words()
