import pytest

from ministerie.lakken.detectie.publiek import PubliekeNamen

from .hulp import teksten


@pytest.mark.parametrize(
    "gevonden",
    ["Hanke Bruins Slot", "H. Bruins Slot", "Bruins Slot", "HANKE BRUINS SLOT", "hanke bruins slot"],
)
def test_publieke_naam_varianten(gevonden: str) -> None:
    assert PubliekeNamen(["Hanke Bruins Slot"]).bevat(gevonden)


def test_publiek_diakrieten_en_tussenvoegsel() -> None:
    publiek = PubliekeNamen(["Mariëlle van der Molen", "Jelle de Koster"])
    assert publiek.bevat("Marielle van der Molen")
    assert publiek.bevat("M. van der Molen")
    assert publiek.bevat("Van der Molen")
    assert publiek.bevat("de Koster")
    assert publiek.bevat("Koster")


@pytest.mark.parametrize("gevonden", ["Hanke", "P. Bruins Slot", "Pieter Bruins", "Jansen", "Hanke Jansen"])
def test_geen_publieke_naam(gevonden: str) -> None:
    assert not PubliekeNamen(["Hanke Bruins Slot"]).bevat(gevonden)


def test_publiek_lijst_in_lijst_met_initialen() -> None:
    assert PubliekeNamen(["H. Bruins Slot"]).bevat("Hanke Bruins Slot")


def test_detecteer_laat_publieke_personen_staan() -> None:
    tekst = (
        "Ik heb het advies van J.P. de Vries doorgestuurd naar minister Bruins Slot. "
        "H. Bruins Slot heeft het stuk gezien; Jan Jansen nog niet."
    )
    assert teksten(tekst, "PERSOON") == ["J.P. de Vries", "Bruins Slot", "H. Bruins Slot", "Jan Jansen"]
    assert teksten(tekst, "PERSOON", publiek=["Hanke Bruins Slot"]) == ["J.P. de Vries", "Jan Jansen"]


def test_leeg_publiek() -> None:
    assert not PubliekeNamen([])
    assert teksten("Mark Rutte", "PERSOON", publiek=[]) == ["Mark Rutte"]
