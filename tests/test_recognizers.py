"""Each recognizer on its own: tables of (text, expected spans), positive and negative."""

from __future__ import annotations

import pytest

from woo_pipeline.recognizers import (
    BsnRecognizer,
    DateOfBirthRecognizer,
    DutchAddressRecognizer,
    DutchEmailRecognizer,
    DutchNameRecognizer,
    DutchPhoneRecognizer,
    IbanChecksumRecognizer,
    LicencePlateRecognizer,
    elfproef,
    iban_is_valid,
)


def found(recognizer, text: str, min_score: float = 0.5) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, []) if r.score >= min_score]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("E k.bakker@minbzk.nl", ["k.bakker@minbzk.nl"]),
        ("mail naar jan-willem.de.vries@minjenv.nl.", ["jan-willem.de.vries@minjenv.nl"]),
        ("(a.celik@rvo.nl)", ["a.celik@rvo.nl"]),
        ("Vragen: postbus@minbzk.nl of info@rijksoverheid.nl", []),
        ("woo@minbzk.nl", []),
        # A box named after an acronym the document uses is shared; initials are not.
        ("Vragen: ibp@minbzk.nl of het secretariaat IBP", []),
        ("mail jwb@minbzk.nl", ["jwb@minbzk.nl"]),
        ("mail kbakker@minbzk.nl", ["kbakker@minbzk.nl"]),
        ("klantenservice@cbr.nl of luchtvaart@minienw.nl", []),
        ("werkeninkomen@tilburg.nl of erfgoed@minocw.nl", []),
        ("mail nvdberg1979@hotmail.com", ["nvdberg1979@hotmail.com"]),
        ("geen adres hier @ of daar", []),
    ],
)
def test_email(text, expected):
    assert found(DutchEmailRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("T 070 123 4567", ["070 123 4567"]),
        ("M 06-12345678", ["06-12345678"]),
        ("mobiel: 06 1234 5678", ["06 1234 5678"]),
        ("bel +31 6 1234 5678 of", ["+31 6 1234 5678"]),
        ("+31 (0)70 456 7890", ["+31 (0)70 456 7890"]),
        ("tel. (070) 345 67 89", ["(070) 345 67 89"]),
        ("Onze referentie 2024-0000170052", []),
        ("Kamerstuk 28844-252", []),
        ("Datum 14-03-2023", []),
        ("een bedrag van 1234567890 euro", []),
        ("kenmerk 3456789", []),
        ("zijn Poolse nummer is +48 512 884 301.", ["+48 512 884 301"]),
        ("+1 202 623 4471 (direct)", ["+1 202 623 4471"]),
        ("score +12 punten", []),
        ("[09-10-2024 22:14] Barry: akkoord", []),  # a date and a time
        ("bereikbaar via 070 751 4000", []),  # a switchboard ends in 000
        ("communicatie: Nienke, 0031-6-2239.4410\nAlgemeen: 088 - 797 0790",
         ["0031-6-2239.4410"]),
        ("T 070 333 44 44", []),  # the general number of a ministry (SZW)
        ("T 088 042 7719 (direct)", ["088 042 7719"]),  # an agency's direct line
        ("RVO: 088 042 42 42", []),  # the agency's general number
        ("vragen via 070 340 7911 (VWS, algemeen)", []),
        # An office named after a landline; not after a mobile number (someone on call).
        ("Kantoor 024 329 9111 (kabinet), T 0527 689 800 (HAVENKANTOOR, 24/7)", []),
        ("Jan de Vries, M 06 1234 5678 (24/7 bereikbaar)", ["06 1234 5678"]),
        # A desk's or a shared box's landline; a mobile number there is someone's own.
        ("Pers: 070 412 3456. Pers: 06 1234 5678. info@woo.nl of 06 2222 3333",
         ["06 1234 5678", "06 2222 3333"]),
        # Switchboards abroad end in 00 or in a German exchange's -0; mobiles abroad do not
        # count as switchboards.
        ("OECD +33 1 45 24 82 00, Berlin +49 30 1817 0, mobiel +33 6 12 34 56 00",
         ["+33 6 12 34 56 00"]),
    ],
)
def test_phone(text, expected):
    assert found(DutchPhoneRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IBAN NL91 ABNA 0417 1643 00 ten name van", ["NL91 ABNA 0417 1643 00"]),
        ("rekening NL91ABNA0417164300.", ["NL91ABNA0417164300"]),
        # the checksum fails, but the shape and a Dutch bank's code say it is an account
        ("NL91 ABNA 0417 1643 01", ["NL91 ABNA 0417 1643 01"]),
        ("GB91 ABNA 0417 1643 01", []),  # a foreign number needs its checksum
        ("op NL91 ABNA 0417 1643 00 van Stichting Samen Sterk", []),  # an organisation's
        ("op NL91 ABNA 0417 1643 00 t.n.v. J.H. Smit", ["NL91 ABNA 0417 1643 00"]),
        ("rekening BE68 5390\n0754 7034 (woonachtig)", ["BE68 5390\n0754 7034"]),
        ("NL12 ABCD 1234 5678 90", []),
    ],
)
def test_iban(text, expected):
    assert found(IbanChecksumRecognizer(), text) == expected


def test_iban_checksum():
    assert iban_is_valid("GB82 WEST 1234 5698 7654 32")
    assert not iban_is_valid("GB82 WEST 1234 5698 7654 33")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BSN 111222333", ["111222333"]),
        ("burgerservicenummer: 123.456.782", ["123.456.782"]),
        # Right after its label it is the person's number even when it fails the elfproef
        # (a typing error leaves it one digit from theirs); elsewhere such digits are not one.
        ("BSN 111222334", ["111222334"]),
        ("het nummer 111222334 van de heer Soekhlal", []),
        ("kenmerk 111222333", []),  # a reference, not a BSN
        ("het nummer 255482802 van de heer Soekhlal", ["255482802"]),
        ("dossiernummer 255482802 van de heer Soekhlal", []),
    ],
)
def test_bsn(text, expected):
    assert found(BsnRecognizer(), text) == expected


def test_elfproef():
    assert elfproef("111222333")
    assert elfproef("123456782")
    assert not elfproef("123456789")
    assert not elfproef("000000000")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("woont aan de Lindelaan 12, 1234 AB Zwolle.", ["Lindelaan 12", "1234 AB Zwolle"]),
        ("adres: Van Alkemadelaan 350a", ["Van Alkemadelaan 350a"]),
        ("Postbus 20011, 2500 EA Den Haag", []),  # an organisation's address
        ("Ministerie van BZK, Turfmarkt 147, 2511 DP Den Haag", []),
        ("artikel 5.1, tweede lid", []),
        ("melder: Oude Delft 112A, 2611 CG Delft", ["Oude Delft 112A", "2611 CG Delft"]),
        ("Postbus 16700, 2500 BS Den Haag", []),
        ("Postbus 20201, 2500 EE Den Haag\nAan: de heer K.P. Sardjoe, Lobelialaan 47",
         ["Lobelialaan 47"]),
        ("melder woont aan de Ringbaan-Oost 211 en de Seinpostduin 14",
         ["Ringbaan-Oost 211", "Seinpostduin 14"]),
        ("melder: Aalsmeerderweg 12-bis, 1432 CK Aalsmeer", ["Aalsmeerderweg 12-bis",
                                                             "1432 CK Aalsmeer"]),
        ("melder: Rijnlanderweg 880 bg, Ceintuurbaan 212 3 hoog",
         ["Rijnlanderweg 880 bg", "Ceintuurbaan 212 3 hoog"]),
        ("woont: Laan van Meerdervoort 220-III, 2563 AH ’s-Gravenhage",
         ["Laan van Meerdervoort 220-III", "2563 AH ’s-Gravenhage"]),
        ("In de Lindelaan 12 woont een melder.", ["Lindelaan 12"]),
    ],
)
def test_address(text, expected):
    assert found(DutchAddressRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("geboren op 12-03-1980 te Utrecht", ["12-03-1980"]),
        ("geboortedatum: 4 mei 1975", ["4 mei 1975"]),
        ("Datum 14 maart 2023", []),
        ("geboren op negen september negentienhonderdnegentig te Kyiv",
         ["negen september negentienhonderdnegentig"]),
        # A table: each row's date of birth is the one in the header's column, not the
        # row's first date; a row without one there gives none.
        ("Naam\tGeboortedatum\tIn dienst\nP. Jansen\t-\t01-02-2020\n"
         "K. Bos\t12-03-1980\t01-05-2021\n", ["12-03-1980"]),
        # Cells that cannot be aligned (a row with fewer): its only date is taken.
        ("Naam\tGeboortedatum\tIn dienst\nA. Smit\t01-06-1979\n", ["01-06-1979"]),
    ],
)
def test_date_of_birth(text, expected):
    assert found(DateOfBirthRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("voertuig met kenteken GV-123-B", ["GV-123-B"]),
        ("kenteken 12-XTB-4 staat", ["12-XTB-4"]),
        ("Kamerstuk 28844-252", []),
        ("GL-PvdA en D66", []),
    ],
)
def test_licence_plate(text, expected):
    assert found(LicencePlateRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opgesteld door\nmw. drs. K. Bakker-Yilmaz\n", ["K. Bakker-Yilmaz"]),
        ("Opgesteld door: Karin Bakker", ["Karin Bakker"]),
        ("Samengewerkt met\nDGOB, JenV, Jan de Wit\n", ["Jan de Wit"]),
        ("Parafenroute: J.W.M. van den Heuvel (PL), DGOB", ["J.W.M. van den Heuvel"]),
        ("Na overleg met Karin Bakker is besloten", ["Karin Bakker"]),
        ("Mevrouw Van der Linden gaf aan", ["Van der Linden"]),
        ("volgens dhr. Çelik is het", ["Çelik"]),
        ("Beste Karin,\nHierbij", ["Karin"]),
        ("Met vriendelijke groet,\n\nPIETER DE GROOT\n", ["PIETER DE GROOT"]),
        ("Van: Bakker, Karin <k.bakker@minbzk.nl>", ["Bakker, Karin"]),
        ("N.B. Dit is een opmerking", []),
        ("Gezien: HJK 12/3\nTer info: CvdB, MSz", ["HJK", "CvdB", "MSz"]),
        ("Zoals Femke al aangaf. Volgens Thijs is het klaar.", ["Femke", "Thijs"]),
        ("Vermeulen zoekt dit uit (actie IV). Opgesteld door FTA.", ["IV", "FTA"]),
        ("Steller: NB | Paraaf dir. IZ: KtH", ["NB", "KtH"]),
        ("uitzendbureau Flex4U B.V. in Venlo", []),
        ("MEELEZERS: T. VISSER (DWJZ)", ["T. VISSER"]),
        ("Contactpersoon A.S. (ANNE-SOPHIE) VAN BAARLE", ["A.S. (ANNE-SOPHIE) VAN BAARLE"]),
        ("Geachte heer Tahiri,\nUw verzoek", ["Tahiri"]),
        ("in het Willem Dreesgebouw", []),
        ("Bezoek melkveebedrijf fam. Tjalsma, daarna de familie Nijboer", ["Tjalsma", "Nijboer"]),
        ("Verzoeker: Oleksandr Petrovytsj Kovalenko, geboren te Charkiv",
         ["Oleksandr Petrovytsj Kovalenko"]),
        ("verdachten Y.B. (22 jaar) en M.R.S. (19 jaar)", ["Y.B.", "M.R.S."]),
        ("de P.C. Hooft-prijs en het Ir. D.F. Woudagemaal", []),
        ("Ja. Burgemeester Schouten", []),
        ("onder e, van de Woo.\nDe minister van Financiën", []),
        ("De ouders, Peter en Sandra Visser, dienden een klacht in.", ["Peter en Sandra Visser"]),
        ("Afzender: J.H. (Jan-Hendrik) Smit, Lindelaan 1", ["J.H. (Jan-Hendrik) Smit"]),
        ("Het Max Planck Instituut", []),
        ("Samengewerkt met\nDGOB, JenV\n", []),
        ("Het Verwey-Jonker Instituut deed onderzoek", []),
        ("Aanleiding\nDe Kamer vroeg om een brief", []),
    ],
)
def test_person_names(text, expected):
    assert found(DutchNameRecognizer(), text) == expected
