import pytest

from .hulp import teksten


@pytest.mark.parametrize(
    "adres", ["pieter.jansen@minbzk.nl", "s_de.wit+woo@gmail.com", "J.Yilmaz@Outlook.COM"]
)
def test_email_positief(adres: str) -> None:
    assert teksten(f"Mail naar {adres}, graag.", "EMAIL") == [adres]


@pytest.mark.parametrize("adres", ["p.jansen[at]minbzk.nl", "p.jansen (at) gmail.com"])
def test_email_verhuld(adres: str) -> None:
    assert teksten(f"Reactie van {adres}.", "EMAIL") == [adres]


@pytest.mark.parametrize(
    "adres",
    ["woo@minbzk.nl", "info@rijksoverheid.nl", "noreply@mijnoverheid.nl", "secretariaat.dgoo@minbzk.nl"],
)
def test_email_functionele_mailbox_niet(adres: str) -> None:
    assert teksten(f"Vragen? Mail {adres}.", "EMAIL") == []


@pytest.mark.parametrize(
    "nummer",
    [
        "06-12345678",
        "070 123 4567",
        "+31 6 1234 5678",
        "(020) 555 1234",
        "+44 20 7946 0958",
        "0612345678",
        "+31 (0)6 12 34 56 78",
        "06 - 12 34 56 78",
        "010-4567890",
    ],
)
def test_telefoon_positief(nummer: str) -> None:
    assert teksten(f"Bel {nummer} voor een afspraak.", "TELEFOON") == [nummer]


@pytest.mark.parametrize(
    "tekst",
    [
        "Het bedrag is € 1.234.567 en in 2021 was het € 987.654.",
        "Kamerstukken II 2020/21, 35 570 VII, nr. 12.",
        "Het zaaknummer is 2021-0012345.",
        "Bel gratis 0800-8051 of 1400.",
        "[05-08-2021 11:30] Sanne: ok",
        "De periode 2020-2021 en versie 10.2.3.",
    ],
)
def test_telefoon_negatief(tekst: str) -> None:
    assert teksten(tekst, "TELEFOON") == []


@pytest.mark.parametrize("bsn", ["123456782", "123.456.782", "1234.56.782", "123 456 782"])
def test_bsn_geldig(bsn: str) -> None:
    assert teksten(f"Het BSN van betrokkene is {bsn}.", "BSN") == [bsn]
    assert teksten(f"Betrokkene ({bsn}) is gehoord.", "BSN") == [bsn]


def test_bsn_ongeldig_en_bedragen() -> None:
    assert teksten("BSN 123456789 klopt niet.", "BSN") == []  # fails the 11-proef
    assert teksten("Het budget is € 123.456.782 voor dit jaar.", "BSN") == []
    assert teksten("Factuurnummer 123456782 is betaald.", "BSN") == []
    assert teksten("Burgerservicenummer 123-456-782.", "BSN") == ["123-456-782"]


def test_bsn_krijgt_grond_511e() -> None:
    from ministerie.lakken.detectie import detecteer

    [span] = detecteer("BSN: 123456782")
    assert (span.label, span.grond) == ("BSN", "5.1.1e")


@pytest.mark.parametrize(
    "iban",
    [
        "NL91 ABNA 0417 1643 00",
        "NL91ABNA0417164300",
        "DE89 3704 0044 0532 0130 00",
        "BE68539007547034",
        "GB29 NWBK 6016 1331 9268 19",
        "nl91abna0417164300",
    ],
)
def test_iban_positief(iban: str) -> None:
    assert teksten(f"Rekening {iban} t.n.v. de aanvrager.", "IBAN") == [iban]


def test_iban_foute_controlecijfers() -> None:
    assert teksten("Rekening NL92 ABNA 0417 1643 00.", "IBAN") == []


@pytest.mark.parametrize(
    "plaat", ["12-ABC-3", "AB-123-C", "XX-99-XX", "99-XX-99", "1-KDV-38", "VX-392-K", "GBX-12-B"]
)
def test_kenteken_positief(plaat: str) -> None:
    assert teksten(f"De auto met kenteken {plaat} stond er.", "KENTEKEN") == [plaat]


def test_kenteken_zonder_streepjes_na_kenteken() -> None:
    assert teksten("Kenteken 12ABC3 is gesignaleerd.", "KENTEKEN") == ["12ABC3"]


@pytest.mark.parametrize(
    "tekst", ["COVID-19 en WOO-2023-0456", "ECLI:NL:RVS:2022:1234", "BZK-2023/123456", "artikel 12-3-4"]
)
def test_kenteken_negatief(tekst: str) -> None:
    assert teksten(tekst, "KENTEKEN") == []


@pytest.mark.parametrize("ip", ["84.241.12.7", "192.168.1.12", "2001:db8::1a2b", "2a02:a44f:1:2:3:4:5:6"])
def test_ip_positief(ip: str) -> None:
    assert teksten(f"Inlogpoging vanaf {ip} geblokkeerd.", "IP_ADRES") == [ip]


@pytest.mark.parametrize(
    "tekst",
    [
        "Zie paragraaf 5.1.2.3 van het draaiboek.",
        "artikel 4.1.2.1 Woo",
        "versie 1.2.3.4 is uitgerold",
        "het adres 999.1.1.1 bestaat niet",
        "om 12:30:45 uur",
    ],
)
def test_ip_negatief(tekst: str) -> None:
    assert teksten(tekst, "IP_ADRES") == []


@pytest.mark.parametrize(
    "tekst, datum",
    [
        ("Betrokkene, geboren op 12 maart 1985, is gehoord.", "12 maart 1985"),
        ("Mevrouw Jansen (geb. 03-12-1985) maakt bezwaar.", "03-12-1985"),
        ("Geboortedatum: 1985-03-12", "1985-03-12"),
        ("geboren te Den Haag op 1 januari 1970", "1 januari 1970"),
        ("Hij is op 10-09-1999 geboren in Hilversum.", "10-09-1999"),
        ("Mevrouw Rijn (18.6.1986) is de moeder van Eva.", "18.6.1986"),
    ],
)
def test_geboortedatum_positief(tekst: str, datum: str) -> None:
    assert teksten(tekst, "GEBOORTEDATUM") == [datum]


def test_geboortedatum_in_tabelkolom() -> None:
    tekst = "Naam;Geboortedatum;Plaats\nPieter Jansen;12-03-1985;Utrecht\n"
    assert teksten(tekst, "GEBOORTEDATUM") == ["12-03-1985"]


def test_gewone_datum_is_geen_geboortedatum() -> None:
    tekst = "Op 12 maart 2023 is het besluit genomen; de ingangsdatum is 01-01-2024."
    assert teksten(tekst, "GEBOORTEDATUM") == []
