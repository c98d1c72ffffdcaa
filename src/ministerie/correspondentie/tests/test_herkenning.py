"""The recogniser suggests the kind of a letter (plain Python, no database)."""

from ministerie.correspondentie.herkenning import leeftijd_uit, stel_soort_voor
from ministerie.correspondentie.regels import lees


def test_kinderbrief_uit_leeftijd_of_woorden() -> None:
    assert stel_soort_voor("Hoi, ik ben 10 jaar oud en ik wil iets vragen.").soort == "kinderbrief"
    assert stel_soort_voor("Lieve minister, mijn juf zegt dat u over de huizen gaat.").soort == "kinderbrief"
    assert stel_soort_voor("Ik ben 45 jaar en boos over de huurverhoging.").soort == "burgerbrief"
    assert stel_soort_voor("Namens de gemeente Utrecht", organisatie="Gemeente Utrecht").soort == "overheid"
    assert stel_soort_voor("Wij vragen aandacht", organisatie="Stichting Wonen").soort == "organisatie"
    assert leeftijd_uit("ik ben 9 jaar") == 9 and leeftijd_uit("in 2021 kocht ik") is None


def test_regels_uit_het_bestand() -> None:
    regels = lees()
    assert regels.soort("kinderbrief").ondertekening == "bewindspersoon"
    assert regels.soort("burgerbrief").servicenorm_weken == 3
