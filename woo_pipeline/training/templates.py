"""Dutch government-style text written for this project, with slots for names and entities.

A slot is written `{name}`; `corpus.py` fills it and records the entity span. Slots for people
(`{civ}`, `{holder}`, ...) draw from the document's cast, so one person recurs in several forms,
as in a real nota. The sentences are invented for this project in the register of Dutch
beslisnota's; none is copied from a real document.

Annotation guidelines the templates follow:
- PER: a person's name, with initials and tussenvoegsels, without titles ("mw. drs.") and
  without function words. Office holders are persons too ("minister De Vries" → "De Vries").
- ORG: organisations, ministries (also abbreviations: BZK, JenV), directorates, programmes,
  parties, municipalities as bodies ("gemeente Utrecht").
- LOC: places, provinces, countries, street names in addresses.
- Nothing else: function titles without a name ("de minister van JenV" tags only JenV), header
  labels, section headings, dates, references, laws and policy names stay unlabelled.
"""

from __future__ import annotations

# ----------------------------------------------------------------------------------------------
# Words and phrases that fill the non-person slots.

MINISTRY_ABBREVIATIONS: tuple[str, ...] = (
    "BZK", "JenV", "VWS", "OCW", "EZK", "EZ", "LNV", "IenW", "SZW", "AZ", "BZ", "Financiën",
    "Defensie", "KGG", "VRO", "Asiel en Migratie", "BZK", "JenV", "Justitie en Veiligheid",
    "Binnenlandse Zaken en Koninkrijksrelaties", "Binnenlandse Zaken", "Volksgezondheid, Welzijn "
    "en Sport", "Onderwijs, Cultuur en Wetenschap", "Infrastructuur en Waterstaat",
    "Sociale Zaken en Werkgelegenheid", "Economische Zaken", "Klimaat en Groene Groei",
    "Volkshuisvesting en Ruimtelijke Ordening", "Landbouw, Visserij, Voedselzekerheid en Natuur",
)

MINISTRIES: tuple[str, ...] = (
    "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    "Ministerie van Justitie en Veiligheid",
    "Ministerie van Volksgezondheid, Welzijn en Sport",
    "Ministerie van Onderwijs, Cultuur en Wetenschap",
    "Ministerie van Economische Zaken en Klimaat",
    "Ministerie van Infrastructuur en Waterstaat",
    "Ministerie van Sociale Zaken en Werkgelegenheid",
    "Ministerie van Financiën",
    "Ministerie van Algemene Zaken",
    "Ministerie van Buitenlandse Zaken",
    "ministerie van BZK",
    "ministerie van JenV",
    "ministerie van Financiën",
    "Rijksoverheid",
)

DIRECTORATES: tuple[str, ...] = (
    "DGOB", "DGOB/DDOO", "DGDOO", "DGBK", "DDB", "DBI", "DCOM", "DWJZ", "FEZ", "CZW", "DRZ",
    "DG Openbaar Bestuur", "DG Openbaar Bestuur en Democratische Rechtsorde",
    "DG Digitalisering en Overheidsorganisatie", "DG Koninkrijksrelaties",
    "Directie Democratie en Bestuur", "Directie Communicatie",
    "Directie Wetgeving en Juridische Zaken", "Directie Financieel-Economische Zaken",
    "directie Bestuur, Democratie en Financiën", "Directie Informatiesamenleving en Overheid",
    "Directie Constitutionele Zaken en Wetgeving", "Directie Veiligheid en Bestuur",
    "Programma Weerbaar Bestuur", "Programma Open Overheid", "Programma Zicht op Ondermijning",
    "Programmadirectie Ondermijning", "Ondersteuningsteam Weerbaar Bestuur",
    "Netwerk Weerbaar Bestuur", "Afdeling Bestuurlijke Weerbaarheid", "team Open Overheid",
    "cluster Bestuurlijke Integriteit", "Dienst Publiek en Communicatie", "CIO Rijk",
    "Shared Service Organisatie Rijk", "Auditdienst Rijk", "Rijksinspectie Digitale Infrastructuur",
)

# Directorates by their name alone, as in "de directeur Democratie en Bestuur".
DIRECTORATE_NAMES: tuple[str, ...] = (
    "Democratie en Bestuur", "Openbaar Bestuur", "Bestuur, Ruimte en Financiën",
    "Constitutionele Zaken en Wetgeving", "Communicatie", "Wetgeving en Juridische Zaken",
    "Informatiesamenleving en Overheid", "Digitale Overheid", "Veiligheid en Bestuur",
    "Financieel-Economische Zaken", "Koninkrijksrelaties", "Woningmarkt", "Ruimtelijke Ordening",
    "Arbeidszaken Publieke Sector", "Burgerschap en Informatiebeleid", "Weerbaar Bestuur",
    "Openbaar Bestuur en Democratie", "Bestuurlijke en Financiële Verhoudingen",
)

OTHER_ORGANISATIONS: tuple[str, ...] = (
    "VNG", "IPO", "UvW", "LIEC", "RIEC", "NSOB", "NCTV", "AIVD", "CBS", "CPB", "SCP", "PBL",
    "WODC", "ACM", "AFM", "DNB", "RVO", "DUO", "UWV", "SVB", "CJIB", "OM", "Politie",
    "Nationale Politie", "Tweede Kamer", "Eerste Kamer", "Raad van State", "Algemene Rekenkamer",
    "Nationale Ombudsman", "Verwey-Jonker Instituut", "Atria", "Ipsos I&O", "Kadaster", "Logius",
    "ICTU", "Berenschot", "KPMG", "Deloitte", "PwC", "Andersson Elffers Felix", "AEF",
    "Significant Public", "Panteia", "Regioplan", "Motivaction", "Kantar Public", "Movisie",
    "Nederlands Genootschap van Burgemeesters", "Wethoudersvereniging",
    "Vereniging van Griffiers", "Vereniging van Gemeentesecretarissen", "NGB", "Raadslid.nu",
    "Kiesraad", "College voor de Rechten van de Mens", "Autoriteit Persoonsgegevens",
    "Openbaar Ministerie", "Inspectie Justitie en Veiligheid", "Europese Commissie",
    "Europese Unie", "Raad voor het Openbaar Bestuur", "ROB", "Nederlandse School voor "
    "Openbaar Bestuur", "Landelijk Informatie en Expertisecentrum", "Universiteit Utrecht",
    "Universiteit Leiden", "Erasmus Universiteit Rotterdam", "Rijksuniversiteit Groningen",
    "Radboud Universiteit", "Vrije Universiteit Amsterdam", "Tilburg University",
    "Universiteit Twente", "TNO", "Rathenau Instituut", "Platform Open Overheidsinformatie",
    "Adviescollege Openbaarheid en Informatiehuishouding", "ACOI",
    "Centrum Criminaliteitspreventie en Veiligheid", "CCV", "Veiligheidsberaad",
    "Staatscommissie Rechtsstaat", "Rijksvastgoedbedrijf", "Inspectie der Rijksfinanciën",
    "Belastingdienst", "Dienst Toeslagen", "Rijkswaterstaat", "Staatsbosbeheer", "Kabinet MBZK",
    "Kabinet van de Koning", "Koninklijke Marechaussee", "Immigratie- en Naturalisatiedienst",
    "IND", "COA", "Justitiële Informatiedienst", "Raad voor de rechtspraak", "NCSC",
    "Rijksdienst voor Identiteitsgegevens", "RvIG", "Dienst Justitiële Inrichtingen", "DJI",
    "Nederlandse Arbeidsinspectie", "KNMI", "RIVM", "Zorginstituut Nederland",
    "Rijksdienst voor Ondernemend Nederland", "Waarderingskamer", "Huurcommissie",
    "Netwerk Democratie", "ProDemos", "Kennisplatform Integratie & Samenleving",
    "Nederlandse Vereniging voor Raadsleden", "Raad voor Volksgezondheid & Samenleving",
    "Sociaal-Economische Raad", "SER", "Kinderombudsman", "Expertisecentrum Openbaarheid",
    "Gedeputeerde Staten", "Provinciale Staten", "Nederlandse Vereniging van Rekenkamers",
    "NVRR", "Kamer van Koophandel", "KvK",
)

PARTIES: tuple[str, ...] = (
    "CDA", "VVD", "D66", "PVV", "GroenLinks", "PvdA", "GL-PvdA", "SP", "ChristenUnie", "SGP",
    "BBB", "NSC", "JA21", "Volt", "DENK", "PvdD", "FvD", "50PLUS", "BIJ1",
)

# Organisation patterns that contain a surname: the model must learn that a surname followed by
# "Instituut" or preceded by "Stichting" is an organisation, not a person.
SURNAME_ORG_PATTERNS: tuple[str, ...] = (
    "{s} Instituut", "{s}-{s2} Instituut", "{s} Stichting", "Stichting {s}", "Bureau {s}",
    "{s} Advies", "{s} & {s2} Advocaten", "{s} & Partners", "{s} Groep", "{s} B.V.",
    "{s} Consultancy", "Adviesbureau {s}", "{s} Onderzoek & Advies", "{s}fonds",
)

# Organisations, prizes and committees named after a person: ORG as a whole, never PER.
PERSON_ORG_PATTERNS: tuple[str, ...] = (
    "{f} {s} Huis", "{f} {s} Museum", "{s} Museum", "{f} {s} Foundation", "{f} {s} Stichting",
    "{f} {s} Fonds", "{f} {s} Prijs", "{f} {s} Instituut", "{s} Institute", "{f} {s} Institute",
    "{f} {s} University", "{s} University", "{s} Trust", "{s} N.V.", "Koninklijke {s}",
    "Advocatenkantoor {s} {s2}", "{s} {s2} Advocaten", "commissie-{s}", "commissie-{f} {s}",
    "{f} {s} ArenA", "{f} {s} Ziekenhuis", "{f} {s} College", "{f} {s} School", "{s} Lyceum",
    "{s} Bouw", "{s} Transport", "{s} Holding", "{s} Group", "{s} & Co", "{s} Architecten",
)

# Companies, media, international bodies and other well-known names that look like names.
WELL_KNOWN_ORGANISATIONS: tuple[str, ...] = (
    "TenneT", "Gasunie", "PostNL", "Post NL", "NS", "ProRail", "KLM", "Shell", "Philips", "ASML",
    "Rabobank", "ING", "ABN AMRO", "KPN", "Unilever", "Heijmans", "BAM", "Boskalis", "Eneco",
    "Vattenfall", "Essent", "Enexis", "Alliander", "Stedin", "Follow the Money", "NOS",
    "RTL Nieuws", "NRC", "de Volkskrant", "Trouw", "Het Parool", "De Telegraaf", "Toyota",
    "Volkswagen", "Unie van Waterschappen", "VluchtelingenWerk Nederland", "Leger des Heils",
    "Rode Kruis", "UNICEF", "Amnesty International", "WHO", "NAVO", "NATO", "VN", "OESO",
    "IMF", "Wereldbank", "Europees Parlement", "Raad van de Europese Unie", "Europese Raad",
    "World Health Organization", "European Commission", "Council of the European Union",
    "Ministry of Health, Welfare and Sport", "Ministry of the Interior and Kingdom Relations",
    "Ministry of Foreign Affairs", "Ministry of Justice and Security", "Schiphol Group",
    "Havenbedrijf Rotterdam", "Staatsloterij", "Holland Casino", "Bol.com", "Coolblue",
    "Albert Heijn", "Jumbo", "Booking.com", "Greenpeace", "Natuurmonumenten", "FNV", "CNV",
    "VNO-NCW", "MKB-Nederland", "ANWB", "Omroep MAX", "Sanquin", "Nuffic", "ActiZ",
)

# Directorate names built from policy nouns: "Directie Jeugd, Familie en Leefstijl".
POLICY_NOUNS: tuple[str, ...] = (
    "Jeugd", "Familie", "Leefstijl", "Materieel", "Projecten", "Inkoop", "Informatievoorziening",
    "Bestuursondersteuning", "Landstrijdkrachten", "Zeestrijdkrachten", "Luchtstrijdkrachten",
    "Vastgoed", "Belang", "Personeel", "Organisatie", "Financiën", "Control", "Huisvesting",
    "Wonen", "Bouwen", "Ruimte", "Water", "Mobiliteit", "Luchtvaart", "Maritieme Zaken",
    "Energie", "Klimaat", "Natuur", "Stikstof", "Landbouw", "Voedsel", "Zorg", "Preventie",
    "Sport", "Cultuur", "Media", "Erfgoed", "Kunsten", "Onderwijs", "Wetenschap", "Integratie",
    "Inburgering", "Migratie", "Asiel", "Terugkeer", "Veiligheid", "Politie", "Rechtspleging",
    "Sanctietoepassing", "Jeugdbescherming", "Arbeidsmarkt", "Participatie", "Pensioenen",
    "Bedrijfsvoering", "Strategie", "Innovatie", "Digitalisering", "Communicatie",
    "Wetgeving", "Toezicht", "Handhaving", "Openbaarheid", "Integriteit", "Europa",
    "Internationale Zaken", "Begrotingszaken", "Fiscale Zaken", "Douane", "Toeslagen",
)
MILITARY_TITLES: tuple[str, ...] = (
    "Commandant", "Plaatsvervangend Commandant", "Directeur", "Plv. directeur", "Hoofd",
    "Chef", "Inspecteur-generaal", "Directeur-generaal",
)

# Office titles written before a name, in Dutch and English; the title is never part of the
# PER span ("Premier [Schoof]", "Commissioner [Šefčovič]").
OFFICE_PREFIXES: tuple[str, ...] = (
    "minister", "minister", "de minister", "staatssecretaris", "staatssecretaris", "Minister",
    "Staatssecretaris", "minister-president", "Minister-president", "premier", "Premier",
    "vicepremier", "Kamerlid", "burgemeester", "Burgemeester", "wethouder", "Wethouder",
    "gedeputeerde", "commissaris van de Koning", "Kamervoorzitter", "fractievoorzitter",
    "eurocommissaris", "Eurocommissaris", "Europarlementariër", "europarlementariër",
    "de staatssecretaris van Financiën,", "de minister van JenV,", "oud-minister", "senator",
    "Senator", "minister van BZK", "President", "president", "Chancellor", "Prime Minister",
    "Commissioner", "Secretary General", "NATO Secretary General", "HR/VP", "Minister-President",
    "Gouverneur", "gouverneur", "Dijkgraaf", "dijkgraaf", "Ombudsman", "Kinderombudsman",
)
ROYAL_TITLES: tuple[str, ...] = (
    "Koning", "Koningin", "Prinses", "Prins", "koning", "koningin", "prinses", "prins",
    "Zijne Majesteit Koning", "Hare Majesteit Koningin", "Z.K.H. Prins", "H.K.H. Prinses",
)

# English e-mail text (international files): openings, sentences, sign-offs, terms.
EN_OPENINGS: tuple[str, ...] = (
    "Dear {to_first},", "Hi {to_first},", "Dear colleagues,", "Hello {to_first},",
    "Dear Mr {to_sur},", "Dear Ms {to_sur},",
)
EN_SENTENCES: tuple[str, ...] = (
    "Thank you for your message.",
    "Please find attached the draft text for the {en_term}.",
    "The Dutch position was discussed with {org} on {en_date}.",
    "{cc_first} will join the meeting in Brussels.",
    "Could you confirm the timeline before {en_date}?",
    "We will share the outcome with {org} and {org2}.",
    "The {en_term} will be on the agenda of the next Council meeting.",
    "Our minister supports the compromise proposal.",
    "I have copied {cc_first}, who leads the file at our ministry.",
    "Let me know if you need anything else.",
    "The meeting is scheduled for {en_date} in {place}.",
    "See the comments from {org} below.",
)
EN_SIGN_OFFS: tuple[str, ...] = ("Best regards,", "Kind regards,", "Regards,", "Best,")
EN_TERMS: tuple[str, ...] = (
    "Pandemic Agreement", "Competitiveness Council", "European Peace Facility",
    "IPCEI Hydrogen", "Digital Markets Act", "Green Deal", "Recovery and Resilience Facility",
    "Global Gateway", "Single Market Emergency Instrument", "Critical Raw Materials Act",
    "World Health Assembly", "Foreign Affairs Council", "Justice and Home Affairs Council",
    "Migration Pact", "Rule of Law Report", "Schengen Evaluation",
)
EN_MONTHS: tuple[str, ...] = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    "January", "February", "March", "April", "June", "July", "August", "September",
    "October", "November", "December",
)

PLACE_ORG_PATTERNS: tuple[str, ...] = (
    "gemeente {p}", "Gemeente {p}", "Veiligheidsregio {p}", "RIEC {p}", "GGD {p}",
    "Rechtbank {p}", "Hogeschool {p}", "Politie Eenheid {p}", "Omgevingsdienst {p}",
    "Waterschap {p}", "Universiteit {p}", "Rekenkamer {p}", "Stadsdeel {p}",
)

PROVINCES: tuple[str, ...] = (
    "Groningen", "Friesland", "Fryslân", "Drenthe", "Overijssel", "Flevoland", "Gelderland",
    "Utrecht", "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg",
)

COUNTRIES: tuple[str, ...] = (
    "Nederland", "België", "Duitsland", "Frankrijk", "Marokko", "Turkije", "Suriname", "Aruba",
    "Curaçao", "Sint Maarten", "Bonaire", "Polen", "Oekraïne", "Italië", "Spanje", "Denemarken",
    "Zweden", "Verenigd Koninkrijk", "Caribisch Nederland",
)

FUNCTIONS: tuple[str, ...] = (
    "beleidsmedewerker", "senior beleidsmedewerker", "beleidsadviseur",
    "coördinerend beleidsadviseur", "strategisch adviseur", "projectleider", "programmamanager",
    "afdelingshoofd", "plv. afdelingshoofd", "directeur", "plv. directeur", "clustercoördinator",
    "jurist", "senior jurist", "wetgevingsjurist", "woordvoerder", "communicatieadviseur",
    "controller", "financieel adviseur", "secretaris", "managementondersteuner",
    "trainee", "programmadirecteur", "teamleider", "informatieadviseur", "Woo-coördinator",
)

# Function titles that stand for a person without naming one: never PER.
FUNCTION_REFERENCES: tuple[str, ...] = (
    "de minister", "de staatssecretaris", "de minister van {ministry}",
    "de staatssecretaris van {ministry}", "Minister van {ministry}", "MJenV", "MBZK", "SG",
    "de SG", "de pSG", "de DG", "plv. DG", "de directeur", "de directeur-generaal",
    "de secretaris-generaal", "DG Openbaar Bestuur", "uw ambtsvoorganger",
    "de Minister-President", "de voorzitter van de Tweede Kamer", "de burgemeester",
    "de burgemeester van {place}", "de commissaris van de Koning", "de woordvoerder",
    "de landsadvocaat", "de Nationale ombudsman", "de griffier", "de projectleider",
    "het afdelingshoofd", "de portefeuillehouder", "de verantwoordelijk bewindspersoon",
    "uw collega van {ministry}", "MinFin", "SGBZK", "DGOB",
)

TOPICS: tuple[str, ...] = (
    "de Voortgangsbrief Weerbaar Bestuur", "de Wet open overheid", "de Woo", "de Omgevingswet",
    "de aanpak van ondermijning", "de Kamerbrief over bestuurlijke weerbaarheid",
    "het wetsvoorstel versterking decentrale rekenkamers", "de Gemeentewet",
    "de regeling beveiligingsmaatregelen", "de evaluatie van de Wet Bibob",
    "het Actieplan Open Overheid", "de Wet elektronische publicaties", "de Archiefwet",
    "de Jeugdwet", "de Participatiewet", "het Klimaatakkoord", "de Nationale Woon- en Bouwagenda",
    "de tussenevaluatie van het Netwerk Weerbaar Bestuur", "de Staat van het Bestuur",
    "de Agenda Digitale Overheid", "de Wet digitale overheid", "de Algemene wet bestuursrecht",
    "de Kieswet", "de Wet politieke partijen", "het Coalitieakkoord", "de Voorjaarsnota",
    "de Miljoenennota", "het programma Zicht op Ondermijning", "de datavolwassenheidsscan",
    "de Wet gemeentelijke schuldhulpverlening", "de Europese AI-verordening", "de AVG",
    "de Grondwet", "de Wet bescherming klokkenluiders", "het Besluit Woo",
)

SUBJECTS: tuple[str, ...] = (
    "Voortgangsbrief Weerbaar Bestuur", "Beantwoording Kamervragen over intimidatie van "
    "raadsleden", "Reactie op motie over online haat", "Kamerbrief stand van zaken Woo",
    "Verlenging Ondersteuningsteam Weerbaar Bestuur", "Subsidieregeling bestuurlijke "
    "weerbaarheid", "Evaluatie Wet open overheid", "Kabinetsreactie op advies ROB",
    "Jaarplan Actieve Openbaarmaking", "Besluit op Woo-verzoek", "Inzet Commissiedebat "
    "Bestuurlijke organisatie", "Verzamelbrief decentrale overheden",
    "Wetsvoorstel versterking decentrale rekenkamers", "Uitvoeringstoets informatiehuishouding",
    "Tweede voortgangsrapportage Open Overheid", "Onderzoek online intimidatie politici",
    "Agenda bestuurlijk overleg VNG", "Begrotingswijziging Gemeentefonds",
    "Reactie op rapport Algemene Rekenkamer", "Toezegging Commissiedebat democratie",
    "Voortgangsbrief Ondersteuningsteam Decentrale Bestuurders", "Specifieke uitkering "
    "Regionale Samenwerking", "Schikkingsvoorstel Huurgeschil Dienstwoning",
    "Aanpak Digitale Weerbaarheid Gemeenten", "Kabinetsreactie Staat van het Bestuur",
    "Derde Voortgangsrapportage Versterking Lokale Democratie", "Incident Gemeentehuis",
    "Uitwerking Motie over Democratische Rechtsstaat",
    "Evaluatie Tijdelijke Wet Digitale Beraadslaging", "Regeling Bijzondere Bijstand Decentrale "
    "Overheden", "Convenant Veilig Publiek Ambt", "Reactie op Jaarverslag Kiesraad",
)

# Titles whose slots are filled like sentences: a place in a title is a LOC.
SUBJECT_TEMPLATES: tuple[str, ...] = (
    "Schikkingsvoorstel waterschade dienstwoning {place}", "Bedreiging burgemeester van {place}",
    "Herindelingsadvies {place} en {place2}", "Werkbezoek {place}", "Regiodeal {region}",
    "Specifieke uitkering leefbaarheid {region}", "Reactie op brief gemeente {place}",
    "Incident gemeentehuis {place}", "Evaluatie Programma {topic_cap}",
    "Subsidie aan {org}", "Benoeming burgemeester {place}",
)

# Office titles with a portfolio instead of a name: "Staatssecretaris Digitalisering ..." is a
# function, not a person called Digitalisering.
PORTFOLIO_TITLES: tuple[str, ...] = (
    "Staatssecretaris Digitalisering en Koninkrijksrelaties", "Staatssecretaris Fiscaliteit",
    "Staatssecretaris Herstel Toeslagen", "Staatssecretaris Jeugd, Preventie en Sport",
    "Staatssecretaris Cultuur en Media", "Staatssecretaris Koninkrijksrelaties",
    "Minister voor Volkshuisvesting en Ruimtelijke Ordening", "Minister voor Langdurige Zorg",
    "Minister voor Klimaat en Energie", "Minister voor Primair en Voortgezet Onderwijs",
    "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
    "Minister voor Rechtsbescherming", "Minister voor Armoedebeleid, Participatie en Pensioenen",
    "Staatssecretaris Toeslagen en Douane", "Staatssecretaris Rechtsbescherming",
    "Staatssecretaris Mijnbouw", "Minister voor Natuur en Stikstof", "Minister van Defensie",
    "Staatssecretaris van BZK", "Staatssecretaris BZK", "Minister van Financiën",
    "Minister voor Medische Zorg", "Minister Asiel en Migratie", "Minister-President",
)

# Recommendations in an evaluation table start with an imperative verb.
RECOMMENDATIONS: tuple[str, ...] = (
    "Geef {acronym} een grotere rol bij kleine gemeenten", "Zorg voor structurele financiering",
    "Maak de aanpak onderdeel van het reguliere beleid", "Versterk de informatiepositie van "
    "gemeenten", "Betrek raadsleden eerder bij de aanpak", "Investeer in opleiding van "
    "griffiers", "Bied ondersteuning aan kleine gemeenten", "Richt een landelijk meldpunt in",
    "Stel een handreiking op voor {org}", "Breid de regeling uit naar waterschappen",
    "Evalueer de regeling na {number} jaar", "Deel gegevens tijdig met {acronym}",
    "Verbeter de samenwerking tussen {org} en {org2}", "Houd de Kamer jaarlijks op de hoogte",
)
REACTIONS: tuple[str, ...] = (
    "Overnemen", "Deels overnemen", "Niet overnemen", "Overnemen, met aanpassing",
    "In uitvoering", "Wordt onderzocht", "Al gerealiseerd",
)

# Capitalised names of laws, documents, policies, events and systems: never a person.
CAPITALISED_TERMS: tuple[str, ...] = (
    "Digital Services Act", "Integraal Afwegingskader", "Burgerlijk Wetboek",
    "Wetboek van Strafrecht", "Financiële-verhoudingswet", "Algemene wet bestuursrecht",
    "Staatscourant", "Voorjaarsnota", "Najaarsnota", "Miljoenennota", "Rijksbegroting",
    "Gemeentefonds", "Provinciefonds", "Regio Deal", "Regiodeal", "Prinsjesdag", "Troonrede",
    "Verantwoordingsdag", "Staat van het Bestuur", "Monitor Integriteit en Veiligheid",
    "Handboek Woo", "Handreiking Veilig Werken", "Programmaplan Open Overheid", "SiSa",
    "Open Overheid Monitor", "Zicht op Ondermijning", "Weerbaar Bestuur", "Ambtseed",
    "Gedragscode Integriteit Rijk", "Baseline Informatiebeveiliging Overheid", "BIO",
    "Algemene Verordening Gegevensbescherming", "Wet Bibob", "Omgevingswet", "Kieswet",
    "Ambtenarenwet", "Gemeentewet", "Provinciewet", "Waterschapswet", "Grondwet",
    "Aanwijzingen voor de regelgeving", "Instructie Rijksdienst", "Code Openbaar Bestuur",
    "Nationaal Dreigingsbeeld", "Dreigingsbeeld Terrorisme Nederland", "Kamerbrief",
    "Commissiedebat", "Notaoverleg", "Wetgevingsoverleg", "Plenair Debat", "Vragenuur",
    "Ministerraad", "Rijksministerraad", "Coalitieakkoord", "Hoofdlijnenakkoord",
    "Nationale Ombudsman-rapport", "Jaarverslag", "Slotwet", "Suppletoire Begroting",
    "Europese Richtlijn", "AI-verordening", "Interbestuurlijk Programma", "Bestuursakkoord",
    "Decentrale Bestuurders", "Actieplan Veilig Publiek Ambt", "Meldpunt Online Intimidatie",
    "Landelijk Dekkend Netwerk", "Burgerberaad", "Rijksportaal", "Digid", "DigiD",
    "MijnOverheid", "Berichtenbox", "Basisregistratie Personen", "BRP", "Excel", "Teams",
    "Outlook", "SharePoint", "iBabs", "Koninkrijksconferentie", "Sinterklaas", "Pasen",
    "Kerst", "Pinksteren", "Koningsdag", "Bevrijdingsdag", "Dag van de Democratie", "Awb",
    "Woo", "Wob", "AVG", "Gemw", "BW", "Sr", "Sv", "Wmo", "Wbp", "Pw", "Aw", "Rijksvastgoed",
    "Rode Zaal", "Statenzaal", "Trêveszaal", "Catshuis", "Torentje", "Binnenhof", "Plenaire Zaal",
    "Kaderregeling subsidies", "Subsidieregeling lokale democratie", "Parafenblad",
    "Privacybescherming", "Informatiebeveiliging", "Cyberweerbaarheid", "Bedrijfsvoering",
    "Personeelsbeleid", "Huisvesting", "Rijksbrede Bedrijfsvoering", "Dienstverlening",
)

# How sentences in a nota begin besides the templates' own first words: the model must not take
# a capitalised word at the start of a sentence or bullet for a name.
SENTENCE_OPENERS: tuple[str, ...] = (
    "Omdat de tijd dringt,", "Overigens", "Daarom", "Daarnaast", "Echter,", "Bovendien",
    "Per brief", "Per saldo", "Negen van de twaalf gemeenten melden dat", "Overige punten:",
    "Bijgevoegde stukken tonen dat", "Passages hierover zijn", "Kortom,", "Concreet:",
    "Samengevat:", "Inmiddels", "Vooralsnog", "Desgevraagd", "Tegelijkertijd", "Vervolgens",
    "Ten slotte", "Tot slot", "Eerder", "Later", "Volgend jaar", "Dit voorjaar", "Deze week",
    "Sindsdien", "Ondertussen", "Zodoende", "Mede daarom", "Hierdoor", "Hiermee", "Hierbij",
    "Daarbij", "Daarmee", "Desondanks", "Niettemin", "Wel", "Ook", "Zo", "Nu", "Toen",
    "Uiteraard", "Waarschijnlijk", "Mogelijk", "Naar verwachting", "Gelet hierop",
    "Gezien het voorgaande", "Volledigheidshalve", "Ter informatie:", "Ter vergelijking:",
    "Ambtelijk", "Bestuurlijk", "Financieel", "Juridisch", "Inhoudelijk", "Procedureel",
    "Praktisch", "Formeel", "Feitelijk", "Landelijk", "Regionaal", "Lokaal", "Structureel",
    "Incidenteel", "Jaarlijks", "Maandelijks", "Twee gemeenten melden dat", "Drie op de vier",
    "Een kwart van de respondenten geeft aan dat", "Alle provincies", "Enkele gemeenten",
    "Sommige griffiers", "Veel raadsleden", "Weinig burgemeesters", "Vrijwel iedereen",
    "Slechts", "Zowel inhoudelijk als procedureel", "Afgelopen jaar", "Komend najaar",
    "Medio volgend jaar", "Uiterlijk eind dit jaar", "Onlangs", "Recent", "Destijds",
)

# Bullets under "Geadviseerd besluit" start with a capitalised verb.
DECISION_BULLETS: tuple[str, ...] = (
    "Instemmen met bijgevoegde brief en deze ondertekenen.",
    "Kennisnemen van de uitkomsten van het onderzoek van {org}.",
    "Kennisnemen van het voornemen om de regeling met {number} jaar te verlengen.",
    "Overnemen van de aanbevelingen van {org}.",
    "Ondertekenen van de beschikking aan {org}.",
    "Akkoord gaan met de voorgestelde verdeling van {amount}.",
    "Vaststellen van de subsidieregeling voor {year}.",
    "Besluiten om {topic} in {year} te evalueren.",
    "Instemmen met een bijdrage van {amount} aan {org}.",
    "Geef {org} opdracht een handreiking op te stellen.",
    "Afzien van terugvordering van {amount}.",
    "Instemmen met de planning in de tabel hieronder.",
    "Verzenden van de brief aan de Tweede Kamer voor het zomerreces.",
    "Aanbieden van het rapport aan {org}.",
    "Openen van de bijeenkomst in {place}.",
    "Uitnodigen van {org} voor een bestuurlijk overleg.",
    "Toestemming geven voor publicatie op {date}.",
    "Mandateren van {acronym} om de onderhandelingen te voeren.",
    "Goedkeuren van de begrotingswijziging.",
    "Tekenen van de brief aan {holder}.",
)

# Line items of a budget table.
TABLE_ITEMS: tuple[str, ...] = (
    "Pilots gedeelde rekenkamer ({place}, {place2})", "Opleidingsprogramma {acronym}",
    "Onderzoek door {org}", "Uitvoeringskosten {acronym}", "Subsidie {org}", "Totaal",
    "Communicatie en bijeenkomsten", "Regionale tour ({region})", "Meldpunt", "Reservering",
    "Bijdrage {org}", "Evaluatie", "Ondersteuning gemeenten in {province}", "{region}",
    "{region}", "{place}", "Regio {region}",
)

# A nota may name what it is about: "Regio Achterhoek", "eenheid Oost-Nederland".
REGION_WORDS: tuple[str, ...] = (
    "Noord-Nederland", "Oost-Nederland", "Midden-Nederland", "Zuid-Nederland", "Randstad",
    "Zeeuws-Vlaanderen", "Noordoost-Groningen", "Achterhoek", "Twente", "Veluwe", "Betuwe",
    "Kempen", "Peel", "Westelijke Mijnstreek", "Parkstad", "Drechtsteden", "Haaglanden",
    "Rijnmond", "Gooi en Vechtstreek", "Hollands Kroon", "Westfriesland", "Zaanstreek",
    "Noordelijk Flevoland", "Oost-Groningen", "Delfzijl en omgeving", "Zuid-Limburg",
    "Noord-Limburg", "Noordoost-Friesland", "Caribisch deel van het Koninkrijk",
    "Parkstad Limburg", "Midden-Limburg", "Noord-Veluwe", "Regio Twente", "Hart van Brabant",
    "Midden-Holland", "Holland Rijnland", "Zuid-Kennemerland", "Noordoost-Brabant",
    "Flevoland-Oost", "West-Brabant", "Midden- en West-Brabant", "IJsselland", "Fryslân",
)

# Compound words for organisation names that no list has: "Rijksvastgoedbedrijf",
# "Kenniscentrum Digitale Overheid".
ORG_PREFIXES: tuple[str, ...] = (
    "Rijks", "Landelijk ", "Nationaal ", "Kennis", "Expertise", "Uitvoerings", "Informatie",
    "Samenwerkings", "Regionaal ", "Interbestuurlijk ", "Veiligheids", "Gezondheids",
    "Onderzoeks", "Advies", "Toezicht", "Belasting", "Zorg", "Vastgoed", "Inkoop",
    "Rijksschoonmaak", "Facilitair ", "Beveiligings", "Privacy", "Personeels", "Huisvestings",
    "Rijksschoonmaak", "Communicatie", "Vervoers", "Shared Service ",
)
ORG_SUFFIXES: tuple[str, ...] = (
    "vastgoedbedrijf", "centrum", "dienst", "bureau", "platform", "instituut", "agentschap",
    "autoriteit", "punt", "team", "raad", "loket", "organisatie", "bedrijf", "kantoor",
    "college", "fonds", "huis",
)
ORG_TOPICS: tuple[str, ...] = (
    "Digitale Overheid", "Openbaar Bestuur", "Lokale Democratie", "Integriteit",
    "Veilig Werken", "Informatiehuishouding", "Ondermijning", "Publieke Dienstverlening",
    "Wonen", "Krimp en Leefbaarheid", "Openbaarheid", "Mensenhandel", "Radicalisering",
    "Cybersecurity", "Participatie", "Caribisch Nederland",
)

MONTHS: tuple[str, ...] = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)
WEEKDAYS: tuple[str, ...] = (
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
)

EMAIL_DOMAINS: tuple[str, ...] = (
    "minbzk.nl", "minjenv.nl", "minfin.nl", "minvws.nl", "minocw.nl", "minezk.nl",
    "minienw.nl", "minszw.nl", "rijksoverheid.nl", "vng.nl", "nsob.nl", "politie.nl",
    "om.nl", "denhaag.nl", "utrecht.nl", "ipo.nl", "logius.nl", "rvo.nl",
)

# ----------------------------------------------------------------------------------------------
# Header / colofon. `{label}` blocks are rendered by corpus.py; these are the values.

DECISION_VALUES = ("Ja", "Nee", "ja", "nee", "Ja, met lakken", "Nee, vertrouwelijk")
ATTACHMENT_VALUES = ("0", "1", "2", "3", "4", "geen", "1. Kamerbrief", "2 (brief en rapport)")

# ----------------------------------------------------------------------------------------------
# Running text. Slots:
#   {civ} a civil servant (any written form)      {civ_full} full name      {civ_first} first name
#   {civ_title} title + surname ("mevrouw Bakker") {civ2} another civil servant
#   {holder} office title + office holder's name   {holder_name} the name only
#   {mp} "het lid <name> (<party>)"                {mayor} "burgemeester <name> van <place>"
#   {citizen} a citizen with title or initials
#   {org} organisation   {ministry} ministry abbreviation   {directorate} {party} {place}
#   {function_ref} a function title without name  {function} a job title
#   {topic} {date} {date_short} {year} {kamerstuk} {amount} {number} {ref} {weekday}

NEUTRAL_SENTENCES: tuple[str, ...] = (
    "Naar aanleiding van een toezegging in de vorige Kamerbrief wordt de Kamer geïnformeerd "
    "over {topic}.",
    "Deze brief bevat wat er tot op heden is bereikt en wat er de komende periode nieuw in gang "
    "wordt gezet.",
    "Mogelijk wordt deze brief aangevuld met een passage over {topic}.",
    "Hierover heeft u een aparte nota ontvangen.",
    "Instemmen met bijgevoegde brief en deze te ondertekenen zodat deze aan de Tweede Kamer kan "
    "worden verzonden.",
    "{function_ref} is reeds akkoord.",
    "Met deze Kamerbrief worden ook de rapporten van {org} en {org2} meegestuurd.",
    "Het gaat om het rapport van {org} over {topic}.",
    "De Kamerbrief is gedeeld met {function_ref} en is afgestemd met {org}.",
    "De netwerkpartners zoals {org} en {org2} zullen actief geïnformeerd worden over de brief.",
    "Actieve communicatie over deze brief is voorzien en wordt nader afgestemd met woordvoering.",
    "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren "
    "geanonimiseerd.",
    "Voor de aanpak is {amount} per jaar structureel beschikbaar gemaakt, onder leiding van "
    "{ministry}.",
    "De kosten passen binnen de begroting van het programma ({amount} per jaar).",
    "Uit de tussenevaluatie blijkt het succes van de netwerkaanpak van de afgelopen {number} jaar.",
    "Op {date} is met {org} verkend welke keuzes voor de vervolgaanpak nodig zijn.",
    "Het versterken van de bestuurlijke weerbaarheid is onderdeel van het brede offensief tegen "
    "georganiseerde criminaliteit.",
    "Gemeenten in {province} hebben aangegeven behoefte te hebben aan extra ondersteuning.",
    "In {place} en {place2} zijn pilots gestart met een meldpunt voor intimidatie.",
    "Tijdens het Commissiedebat van {date_short} jl. heeft u toegezegd de Kamer voor de zomer te "
    "informeren.",
    "Zie ook {kamerstuk}.",
    "Deze nota gaat in op {topic} en de gevolgen voor {org}.",
    "Wij adviseren u in te stemmen met het voorstel.",
    "Wij adviseren u de brief te ondertekenen en aan de Kamer te zenden.",
    "Graag ontvangen wij uw reactie voor {date}.",
    "Er zijn geen financiële gevolgen.",
    "De financiële gevolgen worden gedekt uit de begroting van {ministry} (artikel {number}).",
    "Juridisch zijn er geen bezwaren tegen dit voorstel.",
    "{org} heeft gevraagd om een bestuurlijk overleg voor het einde van het jaar.",
    "Het onderzoek is uitgevoerd door {org} in opdracht van {ministry}.",
    "Uit het onderzoek blijkt dat een op de drie raadsleden te maken heeft gehad met "
    "intimidatie.",
    "Het kabinet zet in op een stevige informatiepositie van gemeenten.",
    "De Tweede Kamer heeft op {date} een motie aangenomen over {topic}.",
    "Daarnaast wordt gewerkt aan {topic}.",
    "Tot slot wordt het belang van een stevige informatiepositie benoemd.",
    "Verder is het van belang dat {org} tijdig wordt betrokken.",
    "Onder de huidige regeling is dat niet mogelijk.",
    "Bijgaand treft u de beantwoording van de Kamervragen aan.",
    "Wilt u de brief ondertekenen?",
    "Kunt u instemmen met de voorgestelde lijn?",
    "Gezien de beperkte tijd wordt voorgesteld de brief zonder nadere afstemming te versturen.",
    "Conform afspraak is de brief voorgelegd aan {org}.",
    "Over de inhoud is overeenstemming bereikt met {ministry} en {ministry2}.",
    "Vanuit {directorate} is meegelezen.",
    "Zicht op Ondermijning ondersteunt gemeenten met data over criminele netwerken.",
    "Eerder is een vergelijkbaar voorstel besproken in het Overhedenoverleg.",
    "Publicatie op rijksoverheid.nl is voorzien op {date}.",
    "Kamervragen van de leden van de fractie van de {party} over {topic} ({ref}).",
    "Een lid van de fractie van de {party} heeft gevraagd om een reactie.",
    "Volgens de planning wordt de evaluatie in {year} afgerond.",
    "Ook wordt aandacht besteed aan de online veiligheid van vrouwelijke politici.",
    "Op grond van artikel 5.1, tweede lid, onder e, van de Woo zijn persoonsgegevens "
    "weggelakt.",
    "Het Rijk en de medeoverheden werken hierbij samen.",
    "Nieuw is dat ook provincies en waterschappen kunnen aansluiten.",
    "Gelet op het voorgaande wordt voorgesteld de regeling met {number} jaar te verlengen.",
    "Begin {year} volgt een nieuwe voortgangsrapportage.",
    "De uitvoering ligt bij {org}, dat hiervoor {amount} ontvangt.",
    "Met {org} is afgesproken dat zij de resultaten delen met {org2}.",
    "Voor de zomer wordt de Kamer geïnformeerd over {topic}.",
    "Bij de uitwerking is rekening gehouden met het advies van {org}.",
    "De regio {place} heeft zich gemeld als proeftuin.",
    "Aan de bijeenkomst in {place} namen ruim {number} burgemeesters deel.",
    "In {country} wordt een vergelijkbare aanpak gevolgd.",
    "Een overzicht van de maatregelen is opgenomen in de bijlage.",
    "Het advies van de Raad van State wordt in {month} verwacht.",
    "Een eerdere versie van deze nota is op {date} besproken in de staf.",
    "Met de VNG is afgesproken de handreiking te actualiseren.",
    "Zowel {org} als {org2} onderschrijven de aanbevelingen.",
    "Ondermijning vormt een bedreiging voor de democratische rechtsorde.",
    "Weerbare organisaties zijn minder kwetsbaar voor criminele beïnvloeding.",
    "Griffiers, gemeentesecretarissen en raadsleden zijn nadrukkelijk als netwerkpartners "
    "betrokken.",
    "Binnen {directorate} is capaciteit vrijgemaakt voor de uitvoering.",
    "De middelen staan op artikel {number} van de begroting van {ministry}.",
    "{org} voert de regeling uit; het loket opent na publicatie in de Staatscourant.",
    "De regio {region} vraagt om een hogere vaste voet.",
    "Het overleg met de eenheid {region} verloopt via {acronym}.",
    "Met deze nota legt {acronym} u de hoofdlijnen van de verdeling voor.",
    "Vragen van gemeenten kunnen worden gericht aan {acronym}.",
    "De toets aan het {term} is uitgevoerd.",
    "De uitvoering van de {term} vraagt om extra capaciteit bij {acronym}.",
    "Platforms worden aangesproken op de naleving van de {term}.",
    "Op grond van de {term} is een voorhang vereist.",
    "Het {term} wordt in {month} aan de Kamer gezonden.",
    "Dit sluit aan bij de {term} en het {term2}.",
    "De {org} steunt de regeling.",
    "De {org} vraagt aandacht voor de werkdruk van griffiers.",
    "Het {acronym} heeft geen bezwaar tegen de verdeelsleutel.",
    "Er is geen actieve communicatie voorzien.",
    "Bij vragen van de media verwijst woordvoering naar {org}.",
    "Niet van toepassing.",
    "De reactie is met {acronym} en {acronym2} afgestemd.",
    "Zie de planning in de tabel hieronder.",
    "Dit is het derde incident in {province} dit jaar.",
    "Voor {year} gaat het om {amount}, waarvan {amount2} voor uitvoeringskosten.",
    "Vier op de tien raadsleden kregen te maken met bedreigende berichten.",
    "Onderstaande planning is afgestemd met {org}.",
    "Na uw besluit informeren wij de regio's per brief.",
    "Een nieuwsbericht volgt na verzending.",
    "Vragen over de regeling lopen via het {term}.",
    "De kosten vallen binnen de regeling ({amount}).",
    "Tot die tijd geldt een gebiedsverbod voor de kern van {place}.",
    "De zitting is gepland op {date}.",
    "Het team heeft sinds de start {number}0 bestuurders ondersteund.",
    "Uit de tussenmeting van {org} blijkt dat het team onvoldoende bekend is.",
    "De brief kondigt een regionale tour aan, samen met {org} en {org2}.",
    "De voortzetting past binnen de middelen die structureel beschikbaar zijn.",
    "Dienstverlening aan inwoners van {region} staat onder druk.",
    "In {place} opent {org} een nieuw loket.",
    "Bewoners van {place} en {place2} hebben een petitie aangeboden.",
    "Gemeenten in de {region} werken samen in een regiodeal.",
    "Over de locatie is ambtelijk overleg gevoerd met de gemeente {place}.",
    "De bijeenkomst vindt plaats in het stadhuis van {place}.",
    "De gemeenten {place} en {place2} hebben aangeboden als pilotregio op te treden.",
    "De beveiliging wordt afgestemd met de politie-eenheid {region}.",
    "De provincie {province} draagt een derde bij.",
    "Gedeputeerde Staten van {province} hebben op {date} een herindelingsadvies vastgesteld.",
    "Provinciale Staten van {province} zijn hierover geïnformeerd.",
    "De samenvoeging van de gemeenten {place} en {place2} gaat in op 1 januari {year}.",
    "Inwoners van {place} konden tot {date} reageren.",
    "In {place}, {place2} en {place3} zijn informatieavonden gehouden.",
    "Het werkbezoek aan {place} ({province}) is verplaatst.",
    "De dienstwoning in {place} is eigendom van het Rijk.",
    "Vanuit {country} is belangstelling getoond voor de aanpak.",
    "De pilots lopen in {place}, {place2} en {place3}.",
    "Bezoekadres: {street} {number}, {place}.",
    "De bijeenkomst vindt plaats aan de {street} {number} in {place}.",
    "Het onderzoek van {org} ({place}, {year}) bevestigt dit beeld.",
    "Omwonenden van {airport} hebben geklaagd over geluidsoverlast.",
    "De uitbreiding van {airport} is onderwerp van gesprek met {org}.",
    "Bij {wellknown} en {wellknown2} zijn gesprekken gevoerd.",
    "{wellknown} heeft laten weten mee te werken.",
    "Het artikel in {wellknown} leidde tot Kamervragen.",
    "De {person_org} ontvangt een subsidie van {amount}.",
    "De nota is besproken met de {person_org}.",
    "Het rapport van de {person_org} verschijnt in {month}.",
    "Het advies van de directie {directorate_name} is verwerkt.",
    "De directeur {directorate_name} is akkoord.",
    "Tijdens {holiday} zijn de kantoren gesloten.",
    "Zie ook Aanhangsel Handelingen II {year}/{year2}, nr. {number}.",
    "Zij heeft zich tot {org} gewend.",
    "Zij adviseren de deelnemers vooraf te registreren.",
    "Hij heeft aangegeven de zaak te willen voortzetten.",
    "Dat is in lijn met eerdere afspraken.",
    "Dit is het gevolg van de nieuwe regeling.",
    "Deze afspraak geldt tot {date}.",
    "Die inzet wordt voortgezet.",
    "Wij stellen voor de Kamer hierover te informeren.",
    "Wij leggen u de hoofdlijnen voor.",
    "U wordt gevraagd de bijeenkomst te openen.",
    "U bent uitgenodigd voor het congres in {place}.",
    "Ik stel voor dit mee te nemen in de brief.",
    "Men verwacht dat de kosten stijgen.",
    "Iedereen is welkom.",
    "Niemand heeft bezwaar gemaakt.",
    "Beide partijen zijn akkoord.",
    "Elk jaar volgt een rapportage.",
    "Welke keuze u maakt, is afhankelijk van {topic}.",
    "Wie de regeling uitvoert, is nog niet besloten.",
    "Waar nodig wordt {org} betrokken.",
    "Hoe de verdeling uitpakt, blijkt uit de bijlage.",
    "Zodra de brief is verzonden, informeren wij {org}.",
    "Als de Kamer vragen stelt, is {acronym} aanspreekpunt.",
    "Wanneer de evaluatie gereed is, volgt een reactie.",
)

CIVIL_SENTENCES: tuple[str, ...] = (
    "Deze nota is opgesteld door {civ} ({directorate}).",
    "De brief is afgestemd met {civ} van {org}.",
    "Voor vragen kunt u contact opnemen met {civ} ({function}, {directorate}).",
    "{civ_full} ({directorate}) is beschikbaar voor een mondelinge toelichting.",
    "Contactpersoon bij {org} is {civ}.",
    "Op {date} heeft {civ} het concept besproken met {org}.",
    "Namens {ministry} neemt {civ} deel aan de werkgroep.",
    "{civ_title} heeft toegezegd de cijfers voor {date} aan te leveren.",
    "Het concept is gelezen door {civ} en {civ2}.",
    "De vragen zijn voorgelegd aan {civ} ({org}).",
    "Volgens {civ_title} kan de planning worden gehaald.",
    "Als projectleider is {civ} aangesteld.",
    "U heeft op {date} met {civ} en {civ2} gesproken over {topic}.",
    "In het ambtelijk voorportaal heeft {civ} namens {org} een voorbehoud gemaakt.",
    "De juridische toets is uitgevoerd door {civ} van {directorate}.",
    "Bij afwezigheid kunt u terecht bij {civ2}.",
    "{civ_title} van {org} heeft aangegeven dat de uitvoering haalbaar is.",
    "Het overleg wordt voorgezeten door {civ} ({function}).",
    "De reactie van {civ} is verwerkt in de bijgevoegde versie.",
    "De woordvoering ligt bij {civ}.",
    "Nadere informatie kan worden verkregen bij {civ}, telefoon {phone}.",
    "In de bijlage treft u de notitie van {civ} aan.",
    "Met dank aan {civ_first} voor de snelle reactie.",
    "Het onderzoek werd begeleid door {civ} en {civ2} van {ministry}.",
    "{civ_full} vervangt {civ2} tijdens diens verlof.",
    "Volgens {civ} van {directorate} is de tekst juridisch in orde.",
    "Dit is telefonisch afgestemd met {civ_title}.",
    "De vergadering werd genotuleerd door {civ}.",
    "Zowel {civ_title} als {civ2} waren bij het overleg met {org} aanwezig.",
    "Over de planning is contact geweest met {civ} ({org}).",
    "Na uw akkoord stuurt {civ_bare} de overeenkomst aan de bewoner.",
    "{civ_bare_cap} heeft de toets uitgevoerd.",
    "{civ} van {acronym} heeft de gesprekken voorbereid; {civ_title} neemt ook deel aan het "
    "overleg.",
    "Binnen {ministry} is {civ_full} het aanspreekpunt voor de gemeente.",
    "Woordvoering ({civ_full}, {acronym}) stemt de publicatie af met {org}.",
    "Contact: {civ_full} ({email}).",
    "Vragen kunnen worden gericht aan {email}.",
    "{civ_title_cap} is bereikbaar op {phone}.",
    "{civ_title_cap} bespreekt dit op {date} ambtelijk met de regio.",
    "Advies is gevraagd aan {civ} van {acronym}, die bevestigt dat de werkwijze past.",
    "{civ} ({acronym}) heeft de uitvoeringstoets gecoördineerd.",
    "{acronym} ({civ}) heeft bevestigd dat hiervoor ruimte is.",
    "{civ_full} van {org} laat de overige locaties controleren.",
    "De juridische toets is uitgevoerd door {civ_full} ({acronym}), bereikbaar via {email}.",
    "De gesprekken zijn gevoerd door {civ} en {civ2}.",
    "Namens {acronym} schuift {civ_full} aan.",
    "Het verslag is opgesteld door {civ_bare} ({acronym}).",
    "{civ} en {civ2} ({org}) hebben de tekst gezien.",
    "Ook {civ_first} heeft meegelezen.",
    "Met dank aan {civ_first} van het team {directorate_name} voor de cijfers.",
    "{civ_full} van de directie {directorate_name} heeft de tekst gezien.",
    "{civ_first} van {acronym} stuurt de stukken door.",
    "Dank aan {civ_first} en {civ2_first} van het programmateam.",
    "De opmerkingen van {civ_full} zijn verwerkt.",
    "Het draaiboek is opgesteld door {civ_full} in overleg met {org}.",
    "Een notitie van {civ} over {topic} is bijgevoegd.",
    "Vragen: {civ_full} ({email}).",
    "De toezegging van {civ_title} is nagekomen.",
    "{civ_first} gaf aan dat de zaal beschikbaar is.",
    "{civ_first} heeft contact gehad met de politie.",
    "Volgens {civ_first} is dit haalbaar.",
)

ROLE_PHRASES: tuple[str, ...] = (
    "de minister van {ministry}, de heer {name},",
    "de minister van {ministry}, mevrouw {name},",
    "de staatssecretaris van {ministry}, {name},",
    "De commissaris van de Koning, de heer {name},",
    "de commissaris van de Koning in {province}, mevrouw {name},",
    "Burgemeester {name} van {place}",
    "burgemeester {name} van {place}",
    "Wethouder {name} van {place}",
    "Gedeputeerde {name}",
    "gedeputeerde {name} van {province}",
    "de burgemeester van {place}, {name},",
    "minister {name} ({ministry})",
    "oud-minister {name}",
    "het Eerste Kamerlid {name} ({party})",
    "{name}, minister van {ministry},",
    "{name} (minister van {ministry})",
    "de Minister-President, {name},",
    "Staatssecretaris {name}",
    "Minister {name}",
)

HOLDER_SENTENCES: tuple[str, ...] = (
    "Het voorstel wordt op {date} besproken met {holder}.",
    "{holder_cap} heeft in het debat toegezegd de Kamer te informeren.",
    "Tijdens het Commissiedebat vroeg {mp} naar de stand van zaken.",
    "De motie van {mp} verzoekt de regering om {topic} te evalueren.",
    "U spreekt op {date} met {mayor} over de aanpak van ondermijning.",
    "{mayor_cap} heeft aandacht gevraagd voor de veiligheid van raadsleden.",
    "De brief wordt mede namens {holder} verzonden.",
    "In het werkbezoek aan {place} ontmoet u {mayor}.",
    "{holder_cap} en {holder2} hebben hierover eerder gecorrespondeerd.",
    "De Kamervragen van {mp} over {topic} zijn op {date} ingediend.",
    "{mp_cap} heeft een amendement ingediend.",
    "Het lid {holder_name} ({party}) heeft gevraagd naar de kosten.",
    "Op verzoek van {holder} is een extra paragraaf opgenomen.",
    "In de brief aan {holder} wordt ingegaan op {topic}.",
    "{holder_cap} (JenV) is akkoord met de tekst.",
    "Wethouder {holder_name} van {place} heeft het rapport in ontvangst genomen.",
    "Ook gedeputeerde {holder_name} ({province}) neemt deel aan het overleg.",
    "Het Kamerlid {holder_full} stelde schriftelijke vragen over {topic}.",
    "In het interview met {holder} werd de rol van gemeenten benadrukt.",
    "{holder_cap} opent de conferentie in {place}.",
    "De commissaris van de Koning in {province}, {holder_full}, is geïnformeerd.",
    "Eerder deed {holder} een vergelijkbare toezegging aan {mp}.",
    "Bijgaand de reactie van {holder} op het rapport van {org}.",
    "Minister-president {holder_name} heeft het onderwerp op de agenda van de ministerraad "
    "gezet.",
    "Zowel {holder} als {mayor} onderschrijven het belang van de aanpak.",
    "Voorzitter van de werkgroep is {mayor}.",
    "Staatssecretaris {holder_name} heeft toegezegd de Kamer voor {date} te informeren.",
    "In reactie op vragen van de leden {holder_name} ({party}) en {holder_name2} ({party2}) "
    "wordt ingegaan op de kosten.",
    "Burgemeester {holder_name} is sinds {year} in functie.",
    "{holder_cap} sprak op {date} met {civ} over de voortgang.",
    "Ook {role} heeft aangekondigd de aanpak te versterken.",
    "{role_cap} is akkoord met de passages over de samenwerking met {org}.",
    "{role_cap} heeft de burgemeester op {date} bezocht.",
    "{role_cap} heeft namens de drie provincies ingestemd.",
    "{role_cap} heeft aangegeven de publiciteit niet te zoeken.",
    "De reactie is afgestemd met {role}.",
    "{role_cap} is op {date} bedreigd bij de woning.",
    "{mp_cap} vroeg daarbij naar de bereikbaarheid van het team.",
    "{mp_cap} vraagt al langer aandacht voor dit onderwerp.",
    "Het lid {holder_name} heeft aangekondigd een initiatiefnota te presenteren.",
    "Burgemeester {holder_name} heeft aangegeven zelf geen publiciteit te zoeken.",
)

CITIZEN_SENTENCES: tuple[str, ...] = (
    "Op {date} heeft {citizen} uit {place} een klacht ingediend.",
    "Het Woo-verzoek van {citizen} is op {date} ontvangen.",
    "{citizen_cap} heeft bezwaar gemaakt tegen het besluit.",
    "De brief van {citizen} ({address}) is doorgestuurd naar {org}.",
    "Verzoeker, {citizen}, wijst op de lange behandeltermijn.",
    "In het bericht van {citizen} wordt gevraagd om inzage in de stukken.",
    "{citizen_cap} woont sinds {year} in {place}.",
    "Naar aanleiding van de melding van {citizen} is contact opgenomen met {org}.",
    "Met {citizen} is op {date} telefonisch contact geweest.",
    "De zaak van {citizen} wordt behandeld door {civ}.",
    "De woning wordt bewoond door {citizen_full}, geboren op {date}.",
    "De bewoner, {citizen_initials}, wonende te {address}, is bijgestaan door een advocaat.",
    "De politie heeft een verdachte aangehouden: {citizen_full}, geboren {date}, wonende aan de "
    "{address}.",
    "Verzoeker {citizen_full} woont aan de {address}.",
    "Betaling vindt plaats op rekening {iban} ten name van {citizen_initials}.",
    "Het BSN van de bewoner ({bsn}) is door de bewoner zelf verstrekt.",
    "De verdachte reed in een bestelbus met kenteken {plate}.",
    "{citizen_cap} (geboren {date}) heeft een schadeclaim ingediend.",
    "De klager, {citizen}, is op {date} gehoord.",
    "De klager, burgerservicenummer {bsn_dotted}, heeft de tegemoetkoming te goeder trouw "
    "ontvangen.",
    "Betrokkene (BSN {bsn_dotted}) is hierover geïnformeerd.",
    "De Nationale ombudsman heeft een klacht doorgestuurd van {citizen_full} over de "
    "terugvordering.",
    "Het voertuig kwam in aanrijding met de personenauto van {citizen_full}.",
    "Het verzoek van {citizen_full} betreft de stukken over {topic}.",
    "De schade aan de woning van {citizen_full} wordt vergoed.",
    "Namens {citizen_full} heeft een advocaat gereageerd.",
    "De bezwaren van {citizen_full} en {citizen2_full} zijn ongegrond verklaard.",
    "Een brief van {citizen_initials} uit {place} is doorgestuurd.",
    "De claim van {citizen_full} is getoetst door {org}.",
    "Het dossier van {citizen_full} is op {date} gesloten.",
    "Dienstauto bestuurd door chauffeur {civ_full} raakte beschadigd.",
)

EMAIL_OPENINGS: tuple[str, ...] = (
    "Beste {to_first},", "Hoi {to_first},", "Hallo {to_first},", "Dag {to_first},",
    "Beste {to_first} en {cc_first},", "Beste collega's,", "Hoi allen,", "Geachte {to_title},",
    "Goedemorgen {to_first},", "Goedemiddag,", "{to_first},", "Beste {to_first}, {cc_first},",
)

EMAIL_SENTENCES: tuple[str, ...] = (
    "Dank voor je reactie.",
    "Hierbij de aangepaste versie van de nota.",
    "Kun jij vóór {weekday} laten weten of {org} akkoord is?",
    "Ik heb de opmerkingen van {cc_first} verwerkt.",
    "Zie mijn opmerkingen in de bijlage.",
    "Zoals besproken stuur ik je de stukken voor het overleg met {org}.",
    "{cc_first} neemt het over tijdens mijn vakantie.",
    "Ik sprak {cc_first} net; die kan zich vinden in de tekst.",
    "Heb jij nog contact gehad met {civ} van {org}?",
    "Voor de volledigheid: de deadline is {date}.",
    "Kunnen we morgen even bellen?",
    "Ik ben {weekday} afwezig, bel anders {cc_first} ({phone}).",
    "Graag jouw akkoord, dan zet ik het door naar de lijn.",
    "De SG heeft nog een vraag over de financiële paragraaf.",
    "Akkoord vanuit {directorate}.",
    "Ik heb het stuk ook aan {civ2} voorgelegd.",
    "Het gesprek met {holder} staat gepland op {date}.",
    "{to_first}, weet jij of de Kamerbrief al bij {ministry} ligt?",
    "Wil je {cc_first} in de cc houden?",
    "Fijn, dank!",
    "Klopt, dat is afgestemd met {org}.",
    "Sorry voor de late reactie.",
    "Ik hoor graag of dit zo akkoord is.",
    "Zie onderstaande mail van {cc_first}.",
    "Ter info.",
)

SIGN_OFFS: tuple[str, ...] = (
    "Met vriendelijke groet,", "Met vriendelijke groeten,", "Groet,", "Groeten,",
    "Hartelijke groet,", "Vriendelijke groet,", "Mvg,", "Gr.", "Hoogachtend,",
    "Met hartelijke groet,",
)

FOOTNOTES: tuple[str, ...] = (
    "Tweede Kamer, vergaderjaar {vj}, {dossier}-{nr}.",
    "Kamerstukken II {vj2}, {dossier}, nr. {nr}.",
    "Handelingen II {vj2}, nr. {nr}, item {number}.",
    "Aanhangsel Handelingen II {vj2}, nr. {nr}.",
    "Stb. {year}, {nr}.",
    "Zie bijlage {number}.",
)

HEADINGS_EXTRA: tuple[str, ...] = (
    "Beslispunten", "Kernpunten", "Achtergrond", "Vervolgstappen", "Planning", "Risico's",
    "Samenvatting", "Advies", "Conclusie", "Bijlagen", "Proces", "Aandachtspunten",
    "Gevraagde beslissing", "Aanleiding en doel", "Context", "Financiën", "Draagvlak",
)

CAPS_LINES: tuple[str, ...] = (
    "TER BESLUITVORMING", "TER BESLISSING", "TER ONDERTEKENING", "TER INFORMATIE",
    "BESLISNOTA", "NOTA", "VERTROUWELIJK", "CONCEPT", "DEPARTEMENTAAL VERTROUWELIJK",
    "SPOED", "GEEN SPOED", "RIJKSOVERHEID", "BIJLAGE", "MOTIVERING", "TOELICHTING",
)
