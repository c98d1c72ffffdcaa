"""Issue 15 §3: phone numbers by shape, units and functions are no persons, surnames after a
capitalised tussenvoegsel, first names after a greeting, birth dates by context, functional
mailboxes shown but kept — and ``ministerie lak --automatisch`` redacts such phone numbers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from ministerie.lakken.detectie import detecteer, registreer_negatieflijst
from ministerie.lakken.detectie.negatief import geregistreerde_aanbieder

from .hulp import teksten

# --- phone numbers by shape ------------------------------------------------------------------


@pytest.mark.parametrize(
    "nummer",
    [
        "06-98765432",  # blocks no operator has today: still a phone number
        "06-78901234",
        "06-90123456",
        "06 9876 5432",
        "0698765432",
        "+31 6 98765432",
        "0031 6 9876 5432",
        "+31 (0)6 98 76 54 32",
        "(0111) 12 34 56",
        "0591-123456",
        "097 123 4567",
        "+1 555 123 4567",
        "06.98.76.54.32",
        "+316 98765432",
    ],
)
def test_telefoon_herkend_aan_de_vorm(nummer: str) -> None:
    assert teksten(f"U kunt mij bereiken op {nummer}, ook 's avonds.", "TELEFOON") == [nummer]


@pytest.mark.parametrize(
    "tekst",
    [
        "Ons kenmerk: 0612345678.",
        "Zaaknummer 2024-0698765432 is gesloten.",
        "Het ordernummer is 0201234567.",
        "Het bedrag van € 0698765432 is niet juist.",
        "Op 06-09-2024 om 10:30 vergadert het MT; de vorige keer was 06-08-2024.",
        "IBAN NL91 ABNA 0417 1643 00, postcode 2511 DP, Kamerstukken II 2020/21, 35 570 VII, nr. 12.",
        "Bel gratis 0800-1234567 of 0900 1234567.",
        "Dossier 1234567890 en BSN 123456782.",
        "De periode 2020-2024 en versie 6.9.8.7.",
        "Sofinummer 0123456789, zaak Z/24/0612345678, ISBN 0-306-40615-2.",
        "Op 06.12.2023 om 10.30 uur.",
    ],
)
def test_geen_telefoon_zonder_de_vorm(tekst: str) -> None:
    assert teksten(tekst, "TELEFOON") == []


def test_twee_nummers_met_schuine_streep() -> None:
    assert teksten("Bel 06-98765432/06-12345678.", "TELEFOON") == ["06-98765432", "06-12345678"]


# --- units and functions ---------------------------------------------------------------------

MEMO = """Van: Secretariaat DGO
Aan: Directie Woningmarkt; Coördinator Woo
Cc: Team Informatiehuishouding, Programmaleider Weerbaarheid
Onderwerp: stukken voor het MT

Beste Anouk,

Secretariaat DGO stuurt de stukken door aan de afdeling Juridische Zaken.

Met vriendelijke groet,

Lisette Wolters
Senior Beleidsmedewerker
"""


def test_eenheden_en_functies_zijn_geen_persoon() -> None:
    assert teksten(MEMO, "PERSOON") == ["Anouk", "Lisette Wolters"]


def test_negatieflijst_als_parameter_en_als_aanbieder() -> None:
    tekst = "Aan: Koersteam Raamwerk\nVan: Kees Jansen (KTR)\n"
    assert "Koersteam Raamwerk" in teksten(tekst, "PERSOON")
    lijst = ["Koersteam Raamwerk (KTR)"]
    met = [s.tekst for s in detecteer(tekst, negatieflijst=lijst) if s.label == "PERSOON"]
    assert met == ["Kees Jansen"]
    vorige = geregistreerde_aanbieder()
    try:
        registreer_negatieflijst(lambda: lijst)
        assert teksten(tekst, "PERSOON") == ["Kees Jansen"]
        # An explicit list wins over the registered one.
        assert "Koersteam Raamwerk" in [s.tekst for s in detecteer(tekst, negatieflijst=[])]
    finally:
        registreer_negatieflijst(vorige)


# --- surnames and greetings ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tekst", "naam"),
    [
        ("Van den Broek meldt dat de stukken klaar zijn.", "Van den Broek"),
        ("Van der Sluis is het ermee eens.", "Van der Sluis"),
        ("Volgens Van der Sluis klopt het overzicht.", "Van der Sluis"),
        ("Het overleg. Ten Hove stelt voor de termijn te verlengen.", "Ten Hove"),
        ("Mevrouw Van der Brug belde gisteren.", "Van der Brug"),
    ],
)
def test_achternaam_met_hoofdletter_tussenvoegsel(tekst: str, naam: str) -> None:
    assert teksten(tekst, "PERSOON") == [naam]


@pytest.mark.parametrize(
    "tekst",
    [
        "Van de 20 documenten zijn er 5 openbaar.",
        "Van de Raad van State kwam een advies.",
        "Het bestuur van de Stichting is akkoord.",
        "De cliënt verblijft in verpleeghuis De Bolder in Veghel.",
        "Het contract met Van Lanschot loopt af.",
    ],
)
def test_geen_achternaam_zonder_persoon(tekst: str) -> None:
    assert teksten(tekst, "PERSOON") == []


@pytest.mark.parametrize(
    ("tekst", "namen"),
    [
        ("Hoi Robby,\n\nKun je dit oppakken?", ["Robby"]),
        ("Beste Fatima,\nDank voor je bericht.", ["Fatima"]),
        ("[09:12] Sanne: hee robby, ben je er?", ["Sanne", "robby"]),
        ("12 maart 2024 Hoi Jurgen, zie bijlage.", ["Jurgen"]),
        (
            "Hoi Zwanetta,\n\nIk heb Zwanetta's notitie gelezen. Zwanetta belt morgen.",
            ["Zwanetta", "Zwanetta"],
        ),
    ],
)
def test_voornaam_na_aanhef_en_elders(tekst: str, namen: list[str]) -> None:
    gevonden = teksten(tekst, "PERSOON")
    assert gevonden[: len(namen)] == namen


@pytest.mark.parametrize("tekst", ["hoi allemaal, tot zo", "Beste collega's,", "Hallo team, ok"])
def test_geen_naam_na_aanhef_zonder_naam(tekst: str) -> None:
    assert teksten(tekst, "PERSOON") == []


# --- birth dates by context ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tekst", "datums"),
    [
        ("Naam: P. Jansen, geb. 12-03-1985", ["12-03-1985"]),
        ("D.O.B.: 1985-03-12", ["1985-03-12"]),
        ("geb 12-03-1985, born 4 March 1990", ["12-03-1985", "4 March 1990"]),
        ("De geboortedatum van dhr. Jansen is 12 maart 1985.", ["12 maart 1985"]),
        (
            "Naam;Geb.datum;Woonplaats\nP. Jansen;12-03-1985;Utrecht\nK. Bakker;01-07-1990;Delft",
            ["12-03-1985", "01-07-1990"],
        ),
        ("naam,geboren op,plaats\nPiet Jansen,12-03-1985,Utrecht", ["12-03-1985"]),
        (
            "Den Haag, 4 maart 2024\n\nBewoners:\n- Jan de Vries, 14-02-1978\n- Kees Bakker – 3 juli 1990\n",
            ["14-02-1978", "3 juli 1990"],
        ),
    ],
)
def test_geboortedatum_in_persoonscontext(tekst: str, datums: list[str]) -> None:
    assert teksten(tekst, "GEBOORTEDATUM") == datums


@pytest.mark.parametrize(
    "tekst",
    [
        "Den Haag, 4 maart 2024\n\nAanwezig:\n- Jan de Vries, 12-02-2024\n- Kees Bakker, 13-02-2024\n",
        "Paraaf: P. Jansen, 12-03-2024",
        "Zij is geboren en getogen in Delft en werkt sinds 01-01-2010 bij ons.",
        "Vergadering van 12-03-2024 met Jan Jansen.\nVolgende vergadering: 9 april 2024.",
        "Datum: 12 maart 2024\nKenmerk: 2024-0012345",
    ],
)
def test_vergader_en_briefdatums_blijven(tekst: str) -> None:
    assert teksten(tekst, "GEBOORTEDATUM") == []


# --- functional mailboxes --------------------------------------------------------------------


def test_functioneel_adres_blijft_staan_maar_wordt_getoond() -> None:
    tekst = (
        "Stuur het naar woo-verzoeken@minbzk.nl, info@rijksoverheid.nl of postbus@gemeente.nl; "
        "cc p.devries@minbzk.nl."
    )
    assert [s.tekst for s in detecteer(tekst)] == ["p.devries@minbzk.nl"]
    alles = detecteer(tekst, met_signalen=True)
    signalen = [(s.tekst, s.omschrijving, s.grond) for s in alles if not s.voorstel]
    assert signalen == [
        ("woo-verzoeken@minbzk.nl", "functioneel adres", ""),
        ("info@rijksoverheid.nl", "functioneel adres", ""),
        ("postbus@gemeente.nl", "functioneel adres", ""),
    ]
    assert [s.label for s in alles if s.voorstel] == ["EMAIL"]


# --- lak --automatisch on a PDF --------------------------------------------------------------

BRIEF = [
    "Van: Secretariaat DGO",
    "Aan: mevrouw F. el Amrani",
    "Beste Fatima,",
    "Uw dossier behandelt Van den Broek, bereikbaar op 06-98765432.",
    "Bij afwezigheid: 06-78901234 of 06 9012 3456.",
    "Ons kenmerk: 2024-0012345. Vragen: woo-verzoeken@minbzk.nl.",
]


def test_lak_automatisch_lakt_telefoonnummers_in_pdf(tmp_path: Path) -> None:
    invoer, uit = tmp_path / "brief.pdf", tmp_path / "gelakt.pdf"
    doc = pymupdf.open()
    pagina = doc.new_page()
    for i, regel in enumerate(BRIEF):
        pagina.insert_text((72, 72 + 16 * i), regel, fontsize=11)
    doc.save(invoer)
    # The real command, as a Woo coordinator or a script runs it.
    ministerie = Path(sys.executable).with_name("ministerie")
    proces = subprocess.run(
        [str(ministerie), "lak", str(invoer), "--uit", str(uit), "--automatisch"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proces.returncode == 0, proces.stderr
    with pymupdf.open(uit) as gelakt:
        tekst = "".join(p.get_text() for p in gelakt)
    for weg in ("98765432", "78901234", "9012 3456", "Fatima", "Amrani", "Broek"):
        assert weg not in tekst
    for blijft in ("Secretariaat DGO", "2024-0012345", "woo-verzoeken@minbzk.nl"):
        assert blijft in tekst


@pytest.mark.parametrize(
    ("tekst", "namen"),
    [
        ("Ik sprak gisteren met Salma en Liz over de planning.", ["Salma", "Liz"]),
        ("Bel dan met Sylvie Van de Coterlet via de receptie.", ["Sylvie Van de Coterlet"]),
        ("Het is gevraagd.\nVan Dongen vraagt of de wet geldt.", ["Van Dongen"]),
        (
            "[09:00] Sandra: hoi hans, heb je erik al gebeld?\n[09:05] Hans: nee",
            ["Sandra", "hans", "erik", "Hans"],
        ),
        ("Akkoord:\n- Brent Rozendaal, 01-07-2024\n- Directie Woningmarkt\n", ["Brent Rozendaal"]),
    ],
)
def test_namen_in_context(tekst: str, namen: list[str]) -> None:
    assert teksten(tekst, "PERSOON") == namen


@pytest.mark.parametrize(
    "tekst",
    [
        "De provincie en Jan Jansen en Rijkswaterstaat zijn akkoord.",
        "Van Utrecht naar Zwolle is het een uur.",
        "Geadresseerde: Adjunct-directeur Ruimtelijke Ordening",
    ],
)
def test_geen_naam_in_context(tekst: str) -> None:
    assert [t for t in teksten(tekst, "PERSOON") if t != "Jan Jansen"] == []


def test_letter_van_een_eenheid_is_geen_initiaal() -> None:
    assert teksten("Overgedragen aan Cluster E. Klantnummer 0859722787.", "PERSOON") == []
    assert teksten("Overgedragen aan team A. de Vries.", "PERSOON") == ["A. de Vries"]


def test_eenheid_in_hoofdletters_en_samenstelling_en_functionele_adressen_met_eenheid() -> None:
    assert teksten("Met vriendelijke groet,\n\nSECRETARIAAT DGO\nWoo-team BZK\n", "PERSOON") == []
    tekst = "Mail dgo-secretariaat@minbzk.nl, jan.post@gmail.com of s.dewit+woo@gmail.com."
    assert teksten(tekst, "EMAIL") == ["jan.post@gmail.com", "s.dewit+woo@gmail.com"]


def test_namen_van_velden_en_eenheden_in_de_kop_zonder_register() -> None:
    kop = (
        "Van: Digitale Overheid\nAan: Constitutionele Zaken en Wetgeving\n"
        "Cc: Informatiehuishouding DGO; Ruimtelijke Ordening; Devika SEWNATH\n"
    )
    assert teksten(kop, "PERSOON") == ["Devika SEWNATH"]
    assert teksten("Overleg met Jente de Gratie.", "PERSOON") == ["Jente de Gratie"]
