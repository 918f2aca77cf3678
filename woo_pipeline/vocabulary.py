"""The domain's words, defined once: labels, headings, titles, office holders, grounds.

Every stage reads these lists from here, so a label added here is parsed, detected and kept
consistently everywhere.
"""

from __future__ import annotations

REDACTION_LABEL = "[Redacted]"

# Woo grounds for withholding (Wet open overheid, art. 5.1 and 5.2). The pipeline records one
# per redaction; personal data of civil servants and citizens falls under 5.1.2e.
WOO_GROUNDS: dict[str, str] = {
    "5.1.1c": "Bedrijfs- en fabricagegegevens, vertrouwelijk meegedeeld",
    "5.1.1d": "Bijzondere persoonsgegevens",
    "5.1.1e": "Identificatienummers",
    "5.1.2a": "Internationale betrekkingen",
    "5.1.2c": "Opsporing en vervolging van strafbare feiten",
    "5.1.2d": "Inspectie, controle en toezicht",
    "5.1.2e": "Eerbiediging van de persoonlijke levenssfeer",
    "5.1.2f": "Concurrentiegevoelige bedrijfs- en fabricagegegevens",
    "5.1.2h": "Beveiliging van personen en bedrijven",
    "5.1.2i": "Goed functioneren van de staat",
    "5.2.1": "Persoonlijke beleidsopvattingen in intern beraad",
}
DEFAULT_GROUND = "5.1.2e"

# Header / colofon labels. The value after these labels is public metadata and must stay.
PUBLIC_FIELD_LABELS: tuple[str, ...] = (
    "Nota actief openbaar",
    "Onze referentie",
    "Ons kenmerk",
    "Uw kenmerk",
    "Uw referentie",
    "Kenmerk",
    "Zaaknummer",
    "Datum",
    "Aan",
    "Van",
    "Deadline",
    "Bijlage(n)",
    "Bijlagen",
    "Bijlage",
    "Directie",
    "Afdeling",
    "Onderwerp",
    "Status",
)

# Labels whose value names the civil servants who worked on the nota: names there are redacted,
# organisations and directorates there stay.
STAFF_FIELD_LABELS: tuple[str, ...] = (
    "Opgesteld door",
    "Auteur",
    "Contactpersoon",
    "Behandeld door",
    "Samengewerkt met",
    "Parafenroute",
    "Paraaf",
    "Kopie aan",
    "Inlichtingen",
    "Steller",
    "Ambtelijk contact",
    "Projectleider",
)

# More labels whose value names the civil servants handling a matter ("Klachtbehandelaar: Budi
# Hartono", "Meelezers: ..."). Detection reads them like STAFF_FIELD_LABELS; they are kept apart
# because that list also shapes the parser's header fields and the NER training notas.
MORE_STAFF_FIELD_LABELS: tuple[str, ...] = (
    "Behandelaar", "Klachtbehandelaar", "Zaakbehandelaar", "Dossierbehandelaar", "Meelezer",
    "Meelezers", "Casemanager", "Consulent", "Accountmanager", "Toezichthouder", "Inspecteur",
    "Notulist", "Notulen", "Verslaglegging", "Secretaris",
)

# The routing labels at the very top of a nota ("TER BESLUITVORMING" etc.).
DECISION_LABELS: tuple[str, ...] = (
    "TER BESLUITVORMING",
    "TER BESLISSING",
    "TER ONDERTEKENING",
    "TER INFORMATIE",
    "TER ADVISERING",
    "TER KENNISNAME",
)

# Section headings of a beslisnota, in their usual order.
SECTION_HEADINGS: tuple[str, ...] = (
    "Aanleiding",
    "Geadviseerd besluit",
    "Beslispunten",
    "Besluit",
    "Kern",
    "Kernpunten",
    "Toelichting",
    "Politieke context",
    "Financiële/juridische overwegingen",
    "Financiële overwegingen",
    "Juridische overwegingen",
    "Uitvoering",
    "Krachtenveld",
    "Communicatie",
    "Informatie die niet openbaar gemaakt kan worden",
    "Motivering",
    "Bijlagen",
    "Vervolg",
    "Achtergrond",
)
MOTIVERING_HEADING = "Motivering"

# Titles and forms of address that precede a person's name.
PERSON_TITLES: tuple[str, ...] = (
    "mevrouw",
    "mevr.",
    "mw.",
    "mw",
    "meneer",
    "de heer",
    "dhr.",
    "dhr",
    "drs.",
    "dr.",
    "mr.",
    "ir.",
    "ing.",
    "prof.",
    "bc.",
    "ds.",
    # Without the full stop, as typed in e-mails and signatures ("Mr Bas van Gelderen").
    "mr",
    "drs",
    "dr",
    "ir",
    "prof",
)

# Dutch surname particles (tussenvoegsels), lower case, longest first when matching.
TUSSENVOEGSELS: tuple[str, ...] = (
    "van der",
    "van den",
    "van de",
    "van 't",
    "van het",
    "in 't",
    "in het",
    "in de",
    "op den",
    "op de",
    "uit den",
    "uit de",
    "van",
    "de",
    "der",
    "den",
    "ten",
    "ter",
    "te",
    "het",
    "'t",
    "la",
    "le",
    "du",
    "da",
    "dos",
    "el",
    "al",
    "von",
    "zu",
    "op",
    "in",
    "uit",
)

# Public offices whose holders are named in their public role and stay visible (Woo primer).
# Matched case-insensitively as the words right before a name.
OFFICE_TITLES: tuple[str, ...] = (
    "minister-president",
    "mp",
    "minister",
    "ministers",
    "staatssecretaris",
    "staatssecretarissen",
    "premier",
    "kamerlid",
    "kamerleden",
    "het lid",
    "de leden",
    "lid",
    "burgemeester",
    "burgemeesters",
    "wethouder",
    "wethouders",
    "gedeputeerde",
    "commissaris van de koning",
    "commissaris van de koningin",
    "gouverneur",
    "voorzitter van de tweede kamer",
    "kamervoorzitter",
    "fractievoorzitter",
    "senator",
    "europarlementariër",
    "eurocommissaris",
    "koning",
    "koningin",
    "prinses",
    "prins",
    "dijkgraaf",
    "gezaghebber",
    # Caribisch Nederland: the island executive and council
    "eilandgedeputeerde",
    "eilandgedeputeerden",
    "eilandraadslid",
    "eilandsgedeputeerde",
    "eilandsgedeputeerden",
    "eilandsraadslid",
    # a foreign government's deputies, as embassies report on them
    "viceminister",
    "vice-minister",
    "vicepremier",
    "vice-premier",
    # "zijn Turkse ambtgenoot Fidan": a minister's or mayor's counterpart abroad
    "ambtgenoot",
    "ambtgenote",
    "rijksvertegenwoordiger",
    # an Amsterdam district's chair; a minister in Belgium, Luxembourg or France
    "stadsdeelvoorzitter",
    "ministre",
    "deputearre",
    "ombudsman",
    "ombudsvrouw",
    "kinderombudsman",
    "kinderombudsvrouw",
    "nationale ombudsman",
    "president",
    "premier",
    "eurocommissaris",
    "raadslid",
    "statenlid",
    "griffier van de tweede kamer",
    # the Public Prosecution Service's board, appointed by the Crown and public in that role
    "procureur-generaal",
    # a government commissioner appointed by the Crown (Deltawet)
    "deltacommissaris",
    # water boards: the elected board
    "heemraad",
    "heemraden",
    "hoogheemraad",
    "hoogheemraden",
    "hoofdingeland",
    "hoofdingelanden",
    # Frisian: the Provinsje Fryslân and its gemeenten write in Frisian too
    "wethâlder",
    "wethâlders",
    "boargemaster",
    "deputearren",
    "cdk",
    "voorzitter van de commissie",
    "voorzitter van de vaste commissie",
    "commissievoorzitter",
    "vicepresident van de raad van state",
    "vice-president van de raad van state",
    # English, as notas quote EU and Caribbean correspondence: "EU Commissioner Hoekstra",
    # "Island Governor Johnson", "State Secretary Tuinman". Not "Commissioner" alone: "the
    # cabinet of the Commissioner, Mr Jonas Vermeiren" names a civil servant.
    "eu commissioner",
    "governor",
    # heads of international organisations and of the Caribbean countries' governments
    "secretary-general", "vice-president", "high commissioner", "regeringscommissaris",
    "minister-presidente", "premier",
    # the civil service's short word for a state secretary: "stas Paul", "(stas Van Marum)"
    "stas",
    # a member of an executive with a portfolio (wethouder, gedeputeerde, member of a board):
    # "Portefeuillehouder Mauer zegt toe ..."
    "portefeuillehouder",
    "island governor",
    "lt. governor",
    "state secretary",
    "prime minister",
    "mayor",
    # German, as Euregio and cross-border letters name them
    "landrat",
    "landrätin",
    "ministerpräsident",
    "ministerpräsidentin",
    "ministerin",
    "bürgermeister",
    "bürgermeisterin",
    "oberbürgermeister",
    "oberbürgermeisterin",
    "städteregionsrat",
    "städteregionsrätin",
    "provinciegouverneur",
)

# People who are public in their own right and appear in notas through what is named after
# them (prizes, buildings, laws) or in history: never redacted. Extend per organisation with
# the allow list in woo-pipeline.toml.
PUBLIC_FIGURES: tuple[str, ...] = (
    # The Schoof cabinet (from July 2024): ministers and state secretaries by full name, so a
    # name without its title ("[22:14] Barry Madlener:") is still known as the office holder's.
    # Update with each cabinet; the allow list in woo-pipeline.toml adds others.
    "Dick Schoof", "Fleur Agema", "Sophie Hermans", "Eddy van Hijum", "Mona Keijzer",
    "Caspar Veldkamp", "David van Weel", "Marjolein Faber", "Judith Uitermark", "Eelco Heinen",
    "Ruben Brekelmans", "Eppo Bruins", "Dirk Beljaarts", "Femke Wiersma", "Barry Madlener",
    "Reinette Klever", "Nora Achahbar", "Folkert Idsinga", "Tjebbe van Oostenbruggen",
    "Chris Jansen", "Zsolt Szabó", "Ingrid Coenradie", "Vincent Karremans", "Mariëlle Paul",
    "Jurgen Nobel", "Gijs Tuinman", "Jean Rummenie", "Sandra Palmen", "Teun Struycken",
    "Thorbecke",
    "Johan Rudolph Thorbecke",
    # Names of engineering works, prizes and buildings that notas mention.
    "Cornelis Lely", "Lely", "Willem Dudok", "Dudok", "P.C. Hooft", "Hooft", "Vondel",
    "Joost van den Vondel", "Multatuli", "Mondriaan",
    "Vincent van Gogh", "Van Gogh", "Constantijn Huygens", "Huygens",
    "Aletta Jacobs",
    "Anne Frank",
    "Johan Cruijff",
    "Johan Cruyff",
    "Willem van Oranje",
    "Willem-Alexander",
    "Máxima",
    "Beatrix",
    "Juliana",
    "Wilhelmina",
    "Amalia",
    "Erasmus",
    "Spinoza",
    "Rembrandt",
    "Rembrandt van Rijn",
    "Jacob Cats",
    "Johan Maurits",
    "Johan Maurits van Nassau-Siegen",
    "Johannes Vermeer",
    "Vincent van Gogh",
    "Antoni van Leeuwenhoek",
    "Albert Heijn",
    "Max Planck",
    "Jeroen Bosch",
    "Hugo de Groot",
    "Johan de Witt",
    "Michiel de Ruyter",
    "Drees",
    "Willem Drees",
    # Prime ministers, ministers of state and others notas cite in their public role.
    "Mark Rutte", "Rutte", "Jan Peter Balkenende", "Balkenende", "Wim Kok", "Ruud Lubbers",
    "Lubbers", "Dries van Agt", "Joop den Uyl", "Den Uyl", "Marga Klompé", "Klompé",
    "Herman Tjeenk Willink", "Tjeenk Willink", "Winnie Sorgdrager", "Jaap de Hoop Scheffer",
    "De Hoop Scheffer", "Rem Koolhaas", "Johan Remkes", "Remkes",
    # Artists, writers and engineers that culture, heritage and water notas cite by name.
    "Jan Sluijters", "Charley Toorop", "Leo Gestel", "Kees van Dongen", "Karel Appel",
    "M.C. Escher", "Piet Mondriaan", "Johannes Vermeer", "Frans Hals", "Jan Steen",
    "Rineke Dijkstra", "Marlene Dumas", "Anton de Kom", "Hella Haasse", "Harry Mulisch",
    "Annie M.G. Schmidt", "Gerard Reve", "Willem Frederik Hermans", "Gysbert Japicx",
    "Obe Postma", "Douwe Tamminga", "Johan van Veen", "Tjerk Hiddes de Vries",
    "Piter Jelles Troelstra", "Pieter Jelles Troelstra", "Troelstra",
    # Mayors and heads of public bodies that notas name without their office.
    "Femke Halsema", "Ahmed Aboutaleb", "Kim Putters",
    # The European Commission from December 2024, the heads of the EU institutions and of
    # international organisations that Dutch notas cite.
    "Ursula von der Leyen", "Kaja Kallas", "Teresa Ribera", "Henna Virkkunen",
    "Stéphane Séjourné", "Raffaele Fitto", "Roxana Mînzatu", "Maroš Šefčovič",
    "Valdis Dombrovskis", "Dubravka Šuica", "Olivér Várhelyi", "Wopke Hoekstra",
    "Magnus Brunner", "Jessika Roswall", "Andrius Kubilius", "Marta Kos", "Piotr Serafin",
    "Dan Jørgensen", "Glenn Micallef", "Costas Kadis", "Christophe Hansen",
    "Maria Luís Albuquerque", "Hadja Lahbib", "Jozef Síkela", "Apostolos Tzitzikostas",
    "António Costa", "Roberta Metsola", "António Guterres", "Filippo Grandi",
    "Mathias Cormann", "Ajay Banga", "Kristalina Georgieva", "Enrico Letta", "Mario Draghi",
    # Painters, philosophers, educators and founders that notas name buildings, schools, prizes
    # and firms after; heads of international bodies for human rights and refugees; the
    # Nationale ombudsman.
    "Hendrick Avercamp", "Baruch de Spinoza", "Maria Montessori", "Helen Parkhurst",
    "Kees Boeke", "Jan Ligthart", "Anton Philips", "Gerard Philips", "Hub van Doorne",
    "Anthony Fokker", "Volker Türk", "Michael O'Flaherty", "Reinier van Zutphen",
    # a scientist after whom a cancer hospital (NKI-AVL) is named
    "Antoni van Leeuwenhoek",
    # Historical figures of Indonesia and Suriname that heritage and remembrance notas cite.
    "Kartini", "Raden Adjeng Kartini", "Raden Saleh", "Tula", "Tata Colin",
)

# Words that follow a person's name when the whole is the name of a thing, not a person:
# "Anne Frank Huis", "Johan Cruijff ArenA", "Max Planck Institute", "Erasmus MC".
# Places named by their kind before their name: "Kasteel Amerongen", "Vliegbasis De Kooy",
# "Paleis Het Loo".
PLACES_BEFORE_THEIR_NAME: tuple[str, ...] = (
    "kasteel", "paleis", "vliegbasis", "stadhuis", "legerplaats", "landgoed",
    "huize",  # "Huize Dr. Hollander": a care home named after a person
)
EPONYM_WORDS: tuple[str, ...] = (
    "huis", "arena", "institute", "instituut", "ziekenhuis", "museum", "stadion", "school",
    "lyceum", "college", "universiteit", "prijs", "award", "lezing", "leerstoel", "stichting",
    "fonds", "brug", "tunnel", "plein", "park", "zaal", "kazerne", "gebouw", "mc", "umc",
    "kliniek", "centrum", "academie", "bibliotheek", "foundation", "wet", "penning", "beurs",
    "trofee", "trophy", "bokaal", "schild",
    # "Johan de Witt Gymnasium", "Reinier de Graaf Gasthuis", "F.D. Roosevelt Airport",
    # "Queen Beatrix Medical Center"
    "gymnasium", "gasthuis", "kinderziekenhuis", "hospital", "medical", "center", "airport",
    "luchthaven", "vliegveld", "monument", "planetarium", "fabriek",
    # "the Justus Lipsius building" (the Council of the EU), "Erasmus Hall", "Black Star
    # Square", "King Hussein Bridge", "L.G. Smith Boulevard", "Dr. Horacio E. Oduber Hospitaal"
    "building", "hall", "square", "bridge", "boulevard", "hospitaal", "priis", "stiftung",
    # "Fundashon Cas Bonairiano" (Papiamento: foundation), "Apotheek Willem Drees"
    "fundashon", "apotheek",
    *PLACES_BEFORE_THEIR_NAME,
)

# Words that mark an organisation name; a capitalised name followed or preceded by these is kept.
ORGANISATION_WORDS: tuple[str, ...] = (
    "instituut",
    "stichting",
    "ministerie",
    "programma",
    "directie",
    "directoraat",
    "universiteit",
    "hogeschool",
    "raad",
    "autoriteit",
    "dienst",
    "bureau",
    "centrum",
    "centre",
    "college",
    "commissie",
    "inspectie",
    "vereniging",
    "genootschap",
    "gemeente",
    "provincie",
    "waterschap",
    "school",
    "fonds",
    "agentschap",
    "kamer",
    "partij",
    "bank",
    "groep",
    "b.v.",
    "bv",
    "n.v.",
    "nv",
    "academie",
    "planbureau",
    "rekenkamer",
    "team",
    "netwerk",
    # English, for international correspondence
    "secretariat",
    "office",
    "department",
    "directorate",
    "unit",
    "agency",
    "commission",
    "council",
    "ministry",
    "embassy",
    "delegation",
    "ambassade",
    "consulaat",
    "permanente",
)

# Organisations, bodies and abbreviations that occur in notas and look like names to a model.
# Organisations often named in notas that the detection must not take for people ("Pels
# Rijcken", the state's law firm). Kept apart from KNOWN_ORGANISATIONS, which also shapes the
# NER training names.
MORE_ORGANISATIONS: tuple[str, ...] = (
    "Pels Rijcken", "Landsadvocaat", "Vastgoed Belang", "Woonbond", "Aedes", "VNO-NCW",
    "MKB-Nederland", "FNV", "CNV", "LTO", "Bouwend Nederland", "Natuurmonumenten",
    "Staatsbosbeheer", "Rijkswaterstaat", "Prorail", "ProRail", "NS", "KLM", "Schiphol",
    "Tennet", "TenneT", "Gasunie", "Alliander", "Enexis", "Stedin",
    # the armed forces: "de Koninklijke Marine de Marinedagen" holds no "Marine de ..."
    "Koninklijke Marine", "Koninklijke Landmacht", "Koninklijke Luchtmacht",
    "Koninklijke Marechaussee",
    # housing associations a municipality's documents name beside residents
    "Bo-Ex", "Ymere", "Vestia", "Havensteder", "Eigen Haard", "Mitros", "Portaal", "Woonbron",
    "Stadgenoot", "Elan Wonen", "De Alliantie", "Rochdale", "Staedion", "Haag Wonen",
    "Woonzorg Nederland",
    # ministries by their short names, as portfolios are listed ("Financiën, Economische Zaken")
    "Economische Zaken", "Binnenlandse Zaken", "Buitenlandse Zaken", "Sociale Zaken",
    "Algemene Zaken", "Justitie en Veiligheid", "Economische Zaken en Klimaat",
    "Tweede Kamer", "Eerste Kamer", "Staten-Generaal", "Jaarbeurs", "Divosa",
    "VluchtelingenWerk", "Veilig Thuis",
    # abbreviations of bodies shaped like a person's code (JvdB): Nederlandse orde van
    # advocaten, Raad voor de rechtspraak, Raad van State, college van bestuur
    "NOvA", "RvdR", "RvS", "CvB", "RvT", "RvC",
    # the public bodies of the Caribbean Netherlands
    "Openbaar Lichaam Bonaire", "Openbaar Lichaam Saba", "Openbaar Lichaam Sint Eustatius",
    # firms the government hires, named after their founders: builders, engineers, shipyards,
    # consultants, accountants and law firms
    "Dura Vermeer", "Van Oord", "Boskalis", "Heijmans", "Damen", "Damen Naval", "Van Ameyde",
    "Witteveen+Bos", "Arcadis", "Royal HaskoningDHV", "Twynstra Gudde", "Berenschot",
    "Andersson Elffers Felix", "Deloitte", "Stibbe", "Houthoff", "Loyens & Loeff",
    "NautaDutilh", "De Brauw", "De Brauw Blackstone Westbroek", "Kennedy Van der Laan",
    "Prakken d'Oliveira", "Tata Steel",
    # public bodies and funds whose names a first name or a word could open
    "Unie van Waterschappen", "Invest-NL", "Commissariaat voor de Media", "Landelijke Eenheid",
    # brands named after their founders, as notas on consumer policy cite them
    "Douwe Egberts", "Dr. Oetker", "Jan Linders", "Dirk van den Broek", "Max Havelaar",
    "Albert Heijn", "Van Lanschot", "Van Lanschot Kempen",
    # a regulator, a press centre, NGOs and employers' bodies, and a hotel chain that notas
    # name beside people
    "Staatstoezicht op de Mijnen", "Nieuwspoort", "Both ENDS", "Oxfam Novib", "ABU", "NBBU",
    "Van der Valk", "Baker Tilly",
)

# A firm's trade after its founder's name: "Kingma Advocaten", "Aydemir Restauratie",
# "Arslan Hukuk Bürosu" (Turkish: law office), "Gargaar Relief Organisation". Detection also
# takes a name right before one of these for part of the firm's name.
FIRM_TRADE_WORDS: tuple[str, ...] = (
    "advocaten",
    "advocatuur",
    "lawyers",
    "attorneys",
    "notarissen",
    "accountants",
    "makelaardij",
    "restauratie",
    "koeltechniek",
    "elektrotechniek",
    "installatietechniek",
    "aannemingsbedrijf",
    "bouwbedrijf",
    "transportbedrijf",
    "beheer",
    "hukuk",
    "bürosu",
    "relief",
    "organisation",
    "organization",
    "naval",
    "shipyards",
    "salvage",
    "towage",
    "shipping",
    "logistics",
    "recycling",
    "brewers",
    "brouwerij",
    "contractors",  # "Heerema Marine Contractors"
    "rechtsbijstand",  # "SRK Rechtsbijstand"
)

# Institutions whose names open an address line ("Nationaal Archief, Prins Willem-Alexanderhof
# 20"): archives, hospitals, museums, funds, venues. Detection counts them as organisation words;
# they are kept apart from ORGANISATION_WORDS, which also shapes the NER training names (a change
# there would change the shipped model's name split).
INSTITUTION_WORDS: tuple[str, ...] = (
    "archief",
    "museum",
    "bibliotheek",
    "ziekenhuis",
    "mc",
    "umc",
    "fund",
    "forum",
    "tribunal",
    "company",
    "corporation",
    "authority",
    "department",
    "entity",
    "omroep",
    "veiligheidsregio",
    "euregio",
    "metropoolregio",
    "research",
    "scholengemeenschap",
    # companies: "Shell Nederland", "Groningen Seaports", "Deloitte Risk Advisory"
    "nederland",
    "netherlands",
    "group",
    "holding",
    "advisory",
    "consulting",
    "seaports",
    # church bodies that own monuments and apply for grants
    "kerkvoogdij",
    "parochie",
    "diaconie",
    "kerkgenootschap",
    "kerkrentmeesters",
    # "Douane Rotterdam Haven"; villages' and neighbourhoods' associations
    "douane",
    "dorpsbelangen",
    "dorpsraad",
    "wijkraad",
    # "St. Aloysius Scholengroep", "Woonstad Rotterdam": school groups and housing associations
    "scholengroep",
    "woonstad",
    "woningcorporatie",
    "woonstichting",
    # "Hoogheemraadschap Hollands Noorderkwartier", "Wetterskip Fryslân", "Marine Etablissement
    # Willemsoord", "Thuiszorg Het Friese Land", "Van der Valk Hotel Amersfoort A1"
    "hoogheemraadschap",
    "wetterskip",
    "etablissement",
    "thuiszorg",
    "hotel",
    # "Raadsgriffie Almere", "Gemeentehuis Dongen". Not "maatschap": a family farm's
    # partnership has its address at the family's home.
    "raadsgriffie",
    "statengriffie",
    "gemeentehuis",
    "stadhuis",
    "provinciehuis",
    # "Apotheek Willem Drees", "Arrondissementsparket Oost-Nederland", "Eenheid Noord-Nederland"
    # (a police unit)
    "apotheek",
    "arrondissementsparket",
    "parket",
    "eenheid",
    # the armed forces' units: "42 Bataljon Limburgse Jagers", "Landelijk Tactisch Commando"
    "bataljon",
    "brigade",
    "regiment",
    "compagnie",
    "eskader",
    "squadron",
    "commando",
    # German and Papiamento public bodies: "Kreis Borken", "Bezirksregierung Münster",
    # "Fundashon Cas Bonairiano" (a foundation)
    "kreis",
    "landkreis",
    "bezirksregierung",
    "gemeinde",
    "fundashon",
    # "VvE Het Baken": an association of flat owners
    "vve",
    *FIRM_TRADE_WORDS,
)


# General numbers of ministries and High Councils of State (public, on rijksoverheid.nl): never a
# civil servant's direct line, wherever they appear (a signature's "T 070 333 44 44" included).
# Digits only, trunk 0. Organisations add their own through the allow list.
KNOWN_SWITCHBOARDS: frozenset[str] = frozenset(
    (
        "0247247247",  # BZ Contactcenter, +31 247 247 247 (dialled from abroad)
        "0704266426",  # BZK
        "0703407911",  # VWS
        "0703707911",  # JenV
        "0703334444",  # SZW
        "0703428000",  # Financiën
        "0703798911",  # EZ, KGG, LNV
        "0704560000",  # IenW
        "0703486486",  # BZ
        "0703564100",  # AZ
        "0703182211",  # Tweede Kamer
        "0703129200",  # Eerste Kamer
        "0704264426",  # Raad van State
        "0703424344",  # Algemene Rekenkamer
        # 088 numbers of agencies (088 is no longer taken as an organisation's by itself:
        # agencies give their staff direct 088 lines too)
        "0880424242",  # RVO
        "0887970790",  # Informatiepunt Leefomgeving
        "0880430430",  # IND
        "0882277700",  # CBR
        "0885852222",  # KvK
        "0888989294",  # UWV
        "0505997755",  # DUO
        "0703188188",  # Defensie
        "0302749111",  # RIVM
        # the provinces
        "0704416611",  # Zuid-Holland
        "0302589111",  # Utrecht
        "0263599999",  # Gelderland
        "0433899999",  # Limburg
        "0736812812",  # Noord-Brabant
        "0384998899",  # Overijssel
        "0503164911",  # Groningen
        "0592365555",  # Drenthe
        "0582925925",  # Fryslân
        "0320265265",  # Flevoland
        "0235143143",  # Noord-Holland
        "0118631011",  # Zeeland
    )
)

# Given names of people who came to the Netherlands from Ukraine, Poland, Romania, Bulgaria,
# Indonesia and further away, which the Dutch first-name list (deduce's) lacks: common in the
# files of municipalities, the IND and employers, and on the staff lists of posts abroad.
MORE_FIRST_NAMES: tuple[str, ...] = tuple(
    (
        # Ukrainian and Russian
        "Olena Oleksandr Oleksandra Oleksii Oleksiy Mykola Mykhailo Mykhaylo Dmytro Dmitri "
        "Dmitry Sofiia Sofiya Oksana Iryna Yuliia Yulia Anastasiia Anastasiya Kateryna Tetiana "
        "Tetyana Nataliia Natalia Liudmyla Lyudmila Svitlana Halyna Larysa Valentyna Viktoriia "
        "Yevhen Yevhenii Serhii Serhiy Andrii Andriy Volodymyr Vasyl Bohdan Taras Yaroslav "
        "Yurii Yuriy Ihor Igor Vitalii Vitaliy Artem Maksym Denys Ruslan Petro Pavlo "
        "Vadym Anatolii Valerii Hryhorii Stepan Ostap Oleh Oleg Mariia Khrystyna Daryna "
        "Zlata Solomiia Yaryna Veronika Alina Polina Inna Olha Olga Nadiia Lesia "
        # Polish
        "Kasia Katarzyna Agnieszka Małgorzata Malgorzata Magdalena Joanna Krystyna Grażyna "
        "Bożena Dorota Ewa Aleksandra Marta Beata Jolanta Urszula Wioletta Żaneta Justyna "
        "Piotr Krzysztof Tomasz Wojciech Grzegorz Łukasz Lukasz Paweł Pawel Michał Michal "
        "Mateusz Kamil Dariusz Mariusz Jarosław Jaroslaw Przemysław Przemyslaw Zbigniew "
        "Sławomir Slawomir Bartosz Bartłomiej Damian Rafał Rafal Jacek Janusz Tadeusz "
        # Romanian and Bulgarian
        "Ionuț Ionut Mihai Andrei Bogdan Florin Cătălin Catalin Gheorghe Vasile Nicolae "
        "Alexandru Răzvan Razvan Mihaela Ioana Andreea Elena Florentina Georgiana Nicoleta "
        "Dimitar Georgi Hristo Stoyan Ivaylo Plamen Tsvetan Yordanka Desislava Tsvetelina "
        # Indonesian
        "Andi Budi Agus Wahyu Rizky Rizki Dewi Siti Putri Indah Bambang Hendra Hendri "
        "Joko Eko Fitri Ayu Ratna Nurul Ahmad Teguh Yudi Yusuf Bayu Dimas Gilang "
        # Eritrean and Ethiopian (Tigrinya, Amharic)
        "Yonas Yohannes Mebrat Mebrahtu Semhar Filmon Tesfaye Tesfalem Selam Tsegay "
        "Berhane Dawit Meron Luwam Senait Ghirmay Mulugeta Yemane Habtom Efrem Winta "
        "Hiwet Feven Merhawi Robel Awet Tedros Biniam Kibrom Goitom Teklit Medhanie Mussie "
        "Yordanos Saron Rahwa Nebiat Natnael Henok Amanuel Ermias Aklilu Bereket Nahom "
        "Rezene Zerai Haben Lidya Milen Senay Semere Tsehaye Abrehet Azmera Mehret Freweyni "
        # Cape Verdean and Portuguese-speaking
        "Jailson Edson Nilton Dilson Adilson Anilton Djamila Evandro Ailton Ivanildo Nelida "
        # Polish with their own letters
        "Łucja Zofia Jadwiga Halina Wiesław Zdzisław Mirosław Stanisław Bolesław Czesław "
        "Lucja Wieslaw Zdzislaw Miroslaw Stanislaw Boleslaw Czeslaw "
        "Ewelina Izabela Weronika Sylwia Elżbieta Elzbieta Iwona Edyta Aneta Szymon "
        # Ghanaian and Nigerian
        "Chidi Chinedu Chidinma Ngozi Emeka Obinna Adaeze Oluwaseun Babajide Adebayo Olumide "
        "Funmilayo Yetunde Kojo Abena Efua Kwesi "
        # Senegalese, Malian and Guinean
        "Abdoulaye Fatou Ousmane Sekou Mamadou Aissatou Cheikh Ndeye Boubacar Mariama "
        # Indian and Surinamese-Hindustani
        "Ananya Sneha Srinivas Venkat Aarav Ishita Shreya Aishwarya Harsha Prakash Suresh "
        "Ramesh Dinesh Mahesh Ganesh Raghav Sandeep Pradeep Gurpreet Harpreet Manpreet "
        # Chinese, Vietnamese, Japanese and Korean
        "Mei-Ling Meiling Xiaoming Xiaoli Xiaohui Jianguo Zhiwei Huong Hoa Thuy Quynh "
        "Hiroshi Haruto Sakura Takeshi Yoshiko Keiko Minji Jiwoo Seo-yeon Ji-hoon Min-jun "
        # Syrian, Afghan, Iranian and Somali
        "Bashar Ghassan Zarghona Nasrin Farzaneh Dariush Shahram Faadumo Hamid Sohrab "
        # Greek, Hungarian, Czech, Slovak and Irish
        "Giorgos Kostas Vasilis Sotiris Zsófia Zsofia Ildikó Ildiko Balázs Balazs Ondřej "
        "Ondrej Zuzana Oisin Eoin Siobhán"
    ).split()
)

# Places that deduce's list of Dutch places lacks: the everyday name of 's-Hertogenbosch, the
# towns of the Caribbean parts of the Kingdom, and the Delta Works' island.
MORE_PLACES: tuple[str, ...] = (
    "Den Bosch", "Kralendijk", "Rincon", "The Bottom", "Windwardside", "Oranjestad",
    "Philipsburg", "Sint Eustatius", "Statia", "Neeltje Jans",
)

# Countries, regions and cities abroad as Dutch notas write them (Foreign Affairs' cables, migration
# and defence files): places, not people ("Sierra Leone", "Asmara", "Hoa Binh"). Left out are
# places that are also surnames here (Keulen, Gent, Aken, Hamburg, Luik) or first names (Sofia,
# Santiago, Kingston, Aden, Lima, Lyon).
WORLD_PLACES: tuple[str, ...] = (
    "Afghanistan", "Albanië", "Algerije", "Andorra", "Angola", "Argentinië", "Armenië", "Australië",
    "Azerbeidzjan", "Bahama's", "Bahrein", "Bangladesh", "Barbados", "Belarus", "Wit-Rusland",
    "België", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnië-Herzegovina", "Bosnië", "Botswana",
    "Brazilië", "Brunei", "Bulgarije", "Burkina Faso", "Burundi", "Cambodja", "Canada",
    "Centraal-Afrikaanse Republiek", "Chili", "China", "Colombia", "Comoren", "Congo", "Costa Rica",
    "Cuba", "Cyprus", "Denemarken", "Djibouti", "Dominicaanse Republiek", "Duitsland", "Ecuador",
    "Egypte", "El Salvador", "Equatoriaal-Guinea", "Eritrea", "Estland", "Eswatini", "Ethiopië",
    "Fiji", "Filipijnen", "Finland", "Frankrijk", "Gabon", "Gambia", "Georgië", "Ghana",
    "Griekenland", "Guatemala", "Guinee", "Guinee-Bissau", "Guyana", "Haïti", "Honduras",
    "Hongarije", "Ierland", "IJsland", "India", "Indonesië", "Irak", "Iran", "Israël", "Italië",
    "Ivoorkust", "Jamaica", "Japan", "Jemen", "Jordanië", "Kaapverdië", "Kameroen", "Kazachstan",
    "Kenia", "Kirgizië", "Koeweit", "Kosovo", "Kroatië", "Laos", "Lesotho", "Letland", "Libanon",
    "Liberia", "Libië", "Liechtenstein", "Litouwen", "Luxemburg", "Madagaskar", "Malawi",
    "Maldiven", "Maleisië", "Mali", "Malta", "Marokko", "Mauritanië", "Mauritius", "Mexico",
    "Moldavië", "Monaco", "Mongolië", "Montenegro", "Mozambique", "Myanmar", "Namibië", "Nepal",
    "Nicaragua", "Niger", "Nigeria", "Noord-Korea", "Noord-Macedonië", "Noorwegen", "Oekraïne",
    "Oezbekistan", "Oman", "Oostenrijk", "Pakistan", "Palestina", "Panama", "Papoea-Nieuw-Guinea",
    "Paraguay", "Peru", "Polen", "Portugal", "Qatar", "Roemenië", "Rusland", "Rwanda",
    "Saoedi-Arabië", "Senegal", "Servië", "Seychellen", "Sierra Leone", "Singapore", "Slovenië",
    "Slowakije", "Soedan", "Somalië", "Spanje", "Sri Lanka", "Syrië", "Tadzjikistan", "Taiwan",
    "Tanzania", "Thailand", "Togo", "Tsjaad", "Tsjechië", "Tunesië", "Turkije", "Turkmenistan",
    "Uganda", "Uruguay", "Vaticaanstad", "Venezuela", "Verenigde Arabische Emiraten",
    "Verenigde Staten", "Verenigd Koninkrijk", "Vietnam", "Zambia", "Zimbabwe", "Zuid-Afrika",
    "Zuid-Korea", "Zuid-Soedan", "Zweden", "Zwitserland", "Gaza", "Westelijke Jordaanoever", "Krim",
    "Donbas", "Nagorno-Karabach", "Koerdistan", "Tigray", "Darfur", "Kasjmir",
    "Brussel", "Londen", "Berlijn", "Kabul", "Tirana", "Algiers", "Luanda", "Buenos Aires",
    "Jerevan", "Canberra", "Bakoe",
    "Manama", "Dhaka", "Minsk", "Antwerpen", "Sarajevo", "Gaborone", "Brasilia", "Ouagadougou",
    "Phnom Penh", "Yaoundé", "Ottawa", "Peking", "Beijing", "Shanghai", "Bogota", "Kinshasa",
    "Havana", "Nicosia", "Kopenhagen", "Quito", "Guayaquil", "Caïro", "Asmara", "Tallinn",
    "Addis Abeba", "Helsinki", "Parijs", "Marseille", "Tbilisi", "Accra", "Athene", "Conakry",
    "Port-au-Prince", "Boedapest", "Dublin", "Reykjavik", "New Delhi", "Mumbai", "Jakarta",
    "Bagdad", "Erbil", "Teheran", "Jeruzalem", "Tel Aviv", "Milaan", "Abidjan", "Tokio", "Sanaa",
    "Amman", "Nairobi", "Bisjkek", "Pristina", "Zagreb", "Vientiane", "Riga", "Beiroet", "Monrovia",
    "Tripoli", "Benghazi", "Vilnius", "Rukla", "Antananarivo", "Kuala Lumpur", "Bamako", "Valletta",
    "Rabat", "Casablanca", "Tanger", "Nador", "Nouakchott", "Mexico-Stad", "Chisinau",
    "Ulaanbaatar", "Podgorica", "Maputo", "Naypyidaw", "Yangon", "Windhoek", "Kathmandu", "Managua",
    "Niamey", "Abuja", "Lagos", "Pyongyang", "Skopje", "Oslo", "Kyiv", "Kiev", "Charkiv", "Odesa",
    "Marioepol", "Tasjkent", "Muscat", "Wenen", "Islamabad", "Karachi", "Lahore", "Ramallah",
    "Port Moresby", "Asunción", "Warschau", "Krakau", "Lissabon", "Boekarest", "Moskou",
    "Sint-Petersburg", "Kigali", "Riyad", "Riyadh", "Jeddah", "Dakar", "Belgrado", "Freetown",
    "Mogadishu", "Madrid", "Barcelona", "Colombo", "Paramaribo", "Damascus", "Aleppo", "Idlib",
    "Dusjanbe", "Taipei", "Dodoma", "Dar es Salaam", "Bangkok", "Lomé", "Tunis", "Ankara",
    "Istanbul", "Gaziantep", "Izmir", "Kampala", "Montevideo", "Caracas", "Hanoi",
    "Ho Chi Minh-stad", "Lusaka", "Harare", "Pretoria", "Johannesburg", "Kaapstad", "Seoel", "Juba",
    "Stockholm", "Genève", "Zürich", "Washington", "New York", "Edinburgh", "München", "Frankfurt",
    "Düsseldorf", "Straatsburg", "Khartoem", "El Fasher", "Port Sudan", "Goma", "N'Djamena",
    "Misrata", "Lampedusa", "Agadez", "Timboektoe", "Kandahar", "Mazar-i-Sharif", "Herat", "Rafah",
    "Khan Younis", "Jenin", "Hebron", "Nablus", "Homs", "Raqqa", "Mosul", "Kirkuk", "Basra",
    "Abu Dhabi", "Dubai", "Manilla", "Hongkong", "Shenzhen", "Wuhan", "Osaka", "Mekele", "Hoa Binh",
    "Da Nang",
)

# Visiting addresses of ministries and agencies (street and number, as written in their
# letterheads) with their city: the address of a government building is no one's personal
# data, wherever a nota mentions it ("Vertrek Bezuidenhoutseweg 73", "overleg op de Rijnstraat
# 50"). Other cities have streets of the same name: followed by another city, it is not one.
GOVERNMENT_ADDRESSES: dict[str, str] = {
    "Rijnstraat 50": "Den Haag",  # OCW, BZK (and more ministries in the same building)
    "Rijnstraat 8": "Den Haag",  # BZ, IenW
    "Turfmarkt 147": "Den Haag",  # JenV, BZK, Asiel en Migratie
    "Parnassusplein 5": "Den Haag",  # VWS, SZW
    "Korte Voorhout 7": "Den Haag",  # Financiën
    "Kalvermarkt 32": "Den Haag",  # Defensie
    "Bezuidenhoutseweg 73": "Den Haag",  # EZ, KGG, LVVN
    "Bezuidenhoutseweg 30": "Den Haag",  # (former) EZK, LNV
    "Binnenhof 19": "Den Haag",  # AZ
    "Lange Vijverberg 4": "Den Haag",  # AZ
    "Prinses Beatrixlaan 2": "Den Haag",  # RVO
    "Kempkensberg 12": "Groningen",  # DUO
    "Skagerrak 10": "Veendam",  # RDW
    "Lange Kleiweg 30": "Rijswijk",  # CBR
    "La Guardiaweg 94": "Amsterdam",  # UWV
    "Prinses Irenestraat 6": "Den Haag",  # Tweede Kamer (temporary building)
    "Kneuterdijk 22": "Den Haag",  # Raad van State
    "Lange Voorhout 8": "Den Haag",  # Algemene Rekenkamer
    "Pieter Stuyvesantweg 1": "Leeuwarden",  # CJIB
    "Kortenberglaan 4-10": "Brussel",  # Permanent Representation to the EU
    # the provinces' houses
    "Zuid-Hollandplein 1": "Den Haag",
    "Archimedeslaan 6": "Utrecht",
    "Tweebaksmarkt 52": "Leeuwarden",
    "Limburglaan 10": "Maastricht",
    "Brabantlaan 1": "'s-Hertogenbosch",
    "Luttenbergstraat 2": "Zwolle",
    "Westerbrink 1": "Assen",
    "Martinikerkhof 12": "Groningen",
    "Visarenddreef 1": "Lelystad",
    "Houtplein 33": "Haarlem",
    "Abdij 6": "Middelburg",
}

KNOWN_ORGANISATIONS: tuple[str, ...] = (
    "BZK",
    "JenV",
    "MJenV",
    "VWS",
    "OCW",
    "EZK",
    "EZ",
    "LNV",
    "IenW",
    "SZW",
    "AZ",
    "BZ",
    "Fin",
    "Financiën",
    "Defensie",
    "VNG",
    "IPO",
    "UvW",
    "LIEC",
    "RIEC",
    "NSOB",
    "NCTV",
    "AIVD",
    "CBS",
    "CPB",
    "SCP",
    "PBL",
    "WODC",
    "AP",
    "ACM",
    "AFM",
    "DNB",
    "RVO",
    "DUO",
    "UWV",
    "SVB",
    "CJIB",
    "OM",
    "Politie",
    "Rijksoverheid",
    "Tweede Kamer",
    "Eerste Kamer",
    "Raad van State",
    "Algemene Rekenkamer",
    "Nationale Ombudsman",
    "Verwey-Jonker Instituut",
    "Atria",
    "Ipsos I&O",
    "Kadaster",
    "PI",
    "KNMI",
    "RWS",
    "Rijkswaterstaat",
    "RIVM",
    "IND",
    "COA",
    "CBG",
    "IGJ",
    "NVWA",
    "ILT",
    "GGD",
    "GGD GHOR",
    "KvK",
    "NZa",
    "ZIN",
    "SodM",
    "NCSC",
    "DJI",
    "KMar",
    "MIVD",
    "NFI",
    "Belastingdienst",
    "Toeslagen",
    "Aedes",
    "Woonbond",
    "G40",
    "G4",
    "Logius",
    "ICTU",
    "DGOB",
    "DGDOO",
    "DGBK",
    "CDA",
    "VVD",
    "D66",
    "PVV",
    "GroenLinks",
    "PvdA",
    "GL-PvdA",
    "SP",
    "ChristenUnie",
    "SGP",
    "BBB",
    "NSC",
    "JA21",
    "Volt",
    "DENK",
    "PvdD",
    "FvD",
)

# Political parties: a name followed by "(party)" is a member of parliament or council.
POLITICAL_PARTIES: tuple[str, ...] = (
    "VVD", "D66", "PVV", "CDA", "SP", "PvdA", "GroenLinks", "GL", "GL-PvdA", "GroenLinks-PvdA",
    "ChristenUnie", "CU", "SGP", "PvdD", "DENK", "FvD", "JA21", "Volt", "BBB", "NSC", "50PLUS",
    "BIJ1", "Groep Markuszower",
    # written in full, as council minutes do
    "Partij voor de Dieren", "Partij van de Arbeid", "Forum voor Democratie",
    "Socialistische Partij", "BoerBurgerBeweging", "Nieuw Sociaal Contract",
)

# Function titles: they describe a job, not a person, and are not redacted on their own
# ("Directeur DDOO", "DG Openbaar Bestuur", "plv. SG").
FUNCTION_WORDS: tuple[str, ...] = (
    "dg", "pdg", "sg", "psg", "dir.", "dir", "directeur", "directeur-generaal",
    "secretaris-generaal", "plv.", "plv", "plaatsvervangend", "kabinet", "afdelingshoofd",
    "hoofd", "coördinator", "coordinator", "beleidsmedewerker", "senior", "woordvoerder",
    "woordvoering", "jurist", "adviseur", "projectleider", "programmadirecteur", "teamleider",
    "clusterhoofd", "ambtenaar", "medewerker", "secretaris", "griffier", "ondersteuning",
    "cio", "cfo", "ciso", "cdo", "cto", "ceo", "coo", "dgo", "fg",
    # the head of an inspectorate: "Van: de Inspecteur-generaal der Mijnen"
    "inspecteur-generaal",
)

# Words that start a sign-off; the lines after them are a signature block.
SIGN_OFFS: tuple[str, ...] = (
    "met vriendelijke groet",
    "met vriendelijke groeten",
    "met hartelijke groet",
    "hoogachtend",
    "groet",
    "groeten",
    # English e-mails
    "kind regards",
    "best regards",
    "regards",
    "best wishes",
    "best",
    "cheers",
    "sincerely",
    "yours sincerely",
)

# Greetings that are followed by a first name or a name.
GREETINGS: tuple[str, ...] = (
    "beste",
    "geachte",
    "hoi",
    "hallo",
    "dag",
    "lieve",
    "goedemorgen",
    "goedemiddag",
)
