import pytest

from .hulp import teksten


@pytest.mark.parametrize(
    "tekst, naam",
    [
        ("Ik heb dit besproken met Pieter Jansen.", "Pieter Jansen"),
        ("Volgens Sanne de Wit is het klaar.", "Sanne de Wit"),
        ("Het verzoek van Anne van den Berg kwam binnen.", "Anne van den Berg"),
        ("Afgestemd met Jan van der Meer-de Vries.", "Jan van der Meer-de Vries"),
        ("Stuur het naar Hans ter Horst.", "Hans ter Horst"),
        ("Ik sprak Ellen in 't Veld gisteren.", "Ellen in 't Veld"),
        ("Overleg met Kees op de Beek.", "Kees op de Beek"),
        ("Bel Harm ten Brink even.", "Harm ten Brink"),
    ],
)
def test_voornaam_tussenvoegsel_achternaam(tekst: str, naam: str) -> None:
    assert teksten(tekst, "PERSOON") == [naam]


@pytest.mark.parametrize(
    "tekst, naam",
    [
        ("Ik heb het afgestemd met J.P. de Vries.", "J.P. de Vries"),
        ("Zie het advies van H. Bruins Slot.", "H. Bruins Slot"),
        ("Getekend door A.B.C. Verhoeven.", "A.B.C. Verhoeven"),
        ("Het stuk van Th. Kloosterboer.", "Th. Kloosterboer"),
    ],
)
def test_initialen(tekst: str, naam: str) -> None:
    assert teksten(tekst, "PERSOON") == [naam]


@pytest.mark.parametrize(
    "tekst, naam",
    [
        ("Mw. Terlouw belde vanochtend.", "Terlouw"),
        ("Volgens mevr. Achahbar is het huis vochtig.", "Achahbar"),
        ("De heer Jansen heeft bezwaar gemaakt.", "Jansen"),
        ("Advies van mr. drs. A.B. van der Linden-Bos.", "A.B. van der Linden-Bos"),
        ("Dhr. El Idrissi heeft gebeld.", "El Idrissi"),
        ("Namens prof. dr. Wouters.", "Wouters"),
        ("ir. Xiomara Rosaria en ing. Q. Zwartveen", "Xiomara Rosaria"),
        ("Volgens mevrouw Van Ommen is dat zo.", "Van Ommen"),
    ],
)
def test_titels_en_aanspreekvormen(tekst: str, naam: str) -> None:
    assert teksten(tekst, "PERSOON")[0] == naam


@pytest.mark.parametrize(
    "tekst, naam",
    [
        ("Beste Sanne,\n\nDank voor je mail.", "Sanne"),
        ("Geachte heer Jansen,\n\nIn uw brief ...", "Jansen"),
        ("Hoi Mo,\nKun je bellen?", "Mo"),
        ("Geachte mevrouw De Groot,\n", "De Groot"),
        ("Dag Jolie,\n", "Jolie"),
        ("Dank voor je snelle reactie, Floor!", "Floor"),
    ],
)
def test_aanhef(tekst: str, naam: str) -> None:
    assert teksten(tekst, "PERSOON") == [naam]


def test_aanhef_zonder_naam() -> None:
    assert teksten("Geachte heer, mevrouw,\n\nBeste collega's,\nGeachte Voorzitter,\n", "PERSOON") == []


def test_emailkoppen() -> None:
    tekst = (
        "Van: Jansen, Pieter <pieter.jansen@minbzk.nl>\n"
        "Verzonden: dinsdag 14 maart 2023 10:32\n"
        "Aan: 'Sanne de Wit' <s.dewit@minfin.nl>; Yılmaz, M. (Mehmet) <m.yilmaz@rws.nl>\n"
        "CC: Postbus Woo <woo@minbzk.nl>; Team Communicatie\n"
        "From: Kwame Osei (DGOO)\n"
        "To: Ommen, M.D. van - DGOO\n"
        "Onderwerp: RE: Woo-verzoek 2023-0456\n"
    )
    namen = teksten(tekst, "PERSOON")
    assert namen == [
        "Jansen, Pieter",
        "Sanne de Wit",
        "Yılmaz, M.",
        "Mehmet",
        "Kwame Osei",
        "Ommen, M.D. van",
    ]
    assert teksten(tekst, "EMAIL") == ["pieter.jansen@minbzk.nl", "s.dewit@minfin.nl", "m.yilmaz@rws.nl"]


def test_aanwezigen_en_actiepunten() -> None:
    tekst = (
        "Aanwezig: Hans Meijer (voorzitter), Salma Ouali, W.A. van der Horst-Schipper\n"
        "- Vos: navragen bij het COA\n"
    )
    assert teksten(tekst, "PERSOON") == ["Hans Meijer", "Salma Ouali", "W.A. van der Horst-Schipper", "Vos"]


@pytest.mark.parametrize(
    "tekst, naam",
    [
        ("Met vriendelijke groet,\n\nFatima el Amrani\nBeleidsmedewerker\n", "Fatima el Amrani"),
        ("Groet,\nRoan\n", "Roan"),
        (
            "Hoogachtend,\n\nDe minister van BZK,\nnamens deze,\n\nmr. drs. G. ter Beek\nDirecteur\n",
            "G. ter Beek",
        ),
        ("Mvg,\nPriya Ramdin | Senior adviseur | 06-12345678\n", "Priya Ramdin"),
        ("Groet,\nPJ\n", "PJ"),
    ],
)
def test_handtekening(tekst: str, naam: str) -> None:
    assert teksten(tekst, "PERSOON") == [naam]


@pytest.mark.parametrize(
    "naam",
    [
        "Mehmet Yılmaz",
        "Fatima el Amrani",
        "Nguyen Van Anh",
        "Priya Ramdin",
        "Ayşe Öztürk",
        "Małgorzata Wiśniewska",
        "Zoë van Dijk",
        "Jurgen Martina",
        "Wei Chen",
        "Sari Pattinama",
        "Çağla Doğan",
        "Khadija Ben Ali",
    ],
)
def test_namen_van_nederlanders_van_andere_herkomst(naam: str) -> None:
    tekst = f"Het dossier van {naam} is compleet."
    assert teksten(tekst, "PERSOON") == [naam]


def test_namen_in_hoofdletters_en_achternaam_eerst() -> None:
    assert teksten("NAAM: JANSEN, P.", "PERSOON") == ["JANSEN, P."]
    assert teksten("Volgens de Vries, J. de klopt het.", "PERSOON") == ["de Vries, J. de"]


def test_chat_sprekers() -> None:
    tekst = (
        "[12-03-2023 10:32] Sanne de Wit: hoi mo, heb je de nota al gezien?\n"
        "12-03-23, 10:33 - Mo: Ja, vanmiddag.\n"
    )
    assert teksten(tekst, "PERSOON") == ["Sanne de Wit", "mo", "Mo"]


@pytest.mark.parametrize(
    "tekst",
    [
        "Stichting De Jong Fonds steunt het project.",
        "Het contract met Bakker B.V. loopt af.",
        "Gemeente Den Haag en de gemeente Den Bosch werken samen.",
        "Het Rijksvastgoedbedrijf beheert het pand.",
        "Advocatenkantoor Visser & De Graaf staat de gemeente bij.",
        "Bouwbedrijf Jansen en Zonen en Installatiebedrijf Smit.",
        "In het Anne Frank Huis en de Johan Cruijff ArenA.",
        "Albert Heijn en Van Oord hebben toegezegd.",
        "Het Prins Bernhard Cultuurfonds draagt bij.",
        "Offerte van Gebr. Visser en Fa. Jansen.",
    ],
)
def test_geen_organisaties(tekst: str) -> None:
    assert teksten(tekst, "PERSOON") == []


@pytest.mark.parametrize(
    "tekst",
    [
        "De bakker en de visser in het dorp zijn gesloten.",
        "Volgens de notaris en de huisarts is het in orde.",
        "De schipper en de kok waren aanwezig.",
    ],
)
def test_geen_beroepen(tekst: str) -> None:
    assert teksten(tekst, "PERSOON") == []


@pytest.mark.parametrize(
    "tekst",
    [
        "De Van Speijkstraat en de Johan de Wittlaan worden afgesloten.",
        "Omwonenden van de Anne Frankstraat zijn geïnformeerd.",
        "Het project Hugo de Grootstraat loopt vertraging op.",
    ],
)
def test_geen_straten(tekst: str) -> None:
    assert teksten(tekst, "PERSOON") == []


@pytest.mark.parametrize(
    "tekst",
    [
        "In Den Bosch en De Bilt lopen pilots.",
        "Het aanmeldcentrum in Ter Apel zat vol.",
        "De proef in Alphen aan den Rijn en Capelle aan den IJssel.",
        "In Bergen op Zoom en Den Helder.",
    ],
)
def test_geen_plaatsen(tekst: str) -> None:
    assert teksten(tekst, "PERSOON") == []


@pytest.mark.parametrize(
    "tekst",
    [
        "Op grond van de Wet open overheid en de Algemene wet bestuursrecht.",
        "Op grond van artikel 5.1, tweede lid, aanhef en onder e, van de Woo.",
        "Zie Kamerstukken II 2020/21, 35 570 VII, nr. 12.",
        "Het gaat om € 1.234.567 (zaaknummer 2021-0012345).",
        "Het Wetboek van Strafvordering en de Wet Hillen zijn niet van toepassing.",
        "De minister van Binnenlandse Zaken en Koninkrijksrelaties en de Tweede Kamer.",
        "De Koning ondertekende het besluit; de Raad van State adviseerde.",
        "Ben je er morgen? Wil je bellen? Mark het even als gelezen.",
        "Lees verder op pagina 12. Zie bijlage B. Daarna volgt de toelichting.",
    ],
)
def test_geen_wetten_artikelen_bedragen_en_gewone_woorden(tekst: str) -> None:
    assert teksten(tekst, "PERSOON") == []


def test_alleenstaande_voor_en_achternaam() -> None:
    assert teksten("Ik heb Sanne gevraagd het te doen.", "PERSOON") == ["Sanne"]
    assert teksten("Daarna heeft Verhoeven het overgenomen.", "PERSOON") == ["Verhoeven"]
    assert teksten("Vos vraagt of de termijn klopt.", "PERSOON") == ["Vos"]


def test_bezittelijke_vorm() -> None:
    assert teksten("Zoals in Jansens mail staat.", "PERSOON") == ["Jansens"]
