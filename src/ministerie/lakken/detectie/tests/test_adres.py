import pytest

from .hulp import teksten


def test_postcode_met_plaats() -> None:
    assert teksten("Zij woont in 1234 AB Utrecht.", "POSTCODE_ADRES") == ["1234 AB Utrecht"]
    assert teksten("Postcode: 2511DP", "POSTCODE_ADRES") == ["2511DP"]
    assert teksten("Kerkstraat 1, 2571 JN 's-Gravenhage", "POSTCODE_ADRES")[-1] == ("2571 JN 's-Gravenhage")


@pytest.mark.parametrize(
    "adres",
    [
        "Turfmarkt 147",
        "Schedeldoekshaven 200",
        "Kerkstraat 12a",
        "Oudegracht 3-II",
        "Johan de Wittlaan 7",
        "Van Speijkstraat 88 bis",
    ],
)
def test_straat_met_huisnummer(adres: str) -> None:
    assert teksten(f"Het pand aan de {adres} staat leeg.", "POSTCODE_ADRES") == [adres]


def test_adresblok_zonder_straatachtervoegsel() -> None:
    tekst = "De heer P. Jansen\nSpui 21\n2511 BL Den Haag\n"
    assert teksten(tekst, "POSTCODE_ADRES") == ["Spui 21", "2511 BL Den Haag"]


def test_adres_na_label() -> None:
    assert "Lange Voorhout 9" in teksten("Bezoekadres: Lange Voorhout 9", "POSTCODE_ADRES")
    assert teksten("wonende aan de Laan van Meerdervoort 12 te Den Haag", "POSTCODE_ADRES") == [
        "Laan van Meerdervoort 12"
    ]


def test_postbus_is_geen_persoonsgegeven() -> None:
    assert teksten("Postbus 20011\n2500 EA Den Haag", "POSTCODE_ADRES") == []
    assert teksten("Postbus 20011, 2500 EA Den Haag", "POSTCODE_ADRES") == []


@pytest.mark.parametrize(
    "tekst",
    [
        "Op grond van artikel 5.1, tweede lid, van de Woo.",
        "Woo art. 4.4 en artikel 10 lid 2 Wob.",
        "De Ambtenarenwet 2017 en de Archiefwet 1995.",
        "In Amsterdam 300 woningen en in Rotterdam 200.",
        "De Vergadering 3 besprak de Voortgang 2 en de Arbeidsmarkt 2025.",
        "Kamerstukken II 2020/21, 35 570 VII, nr. 12",
        "De Van Speijkstraat wordt afgesloten.",
    ],
)
def test_adres_negatief(tekst: str) -> None:
    assert teksten(tekst, "POSTCODE_ADRES") == []
