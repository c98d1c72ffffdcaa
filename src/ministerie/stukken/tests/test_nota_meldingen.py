"""Signals about a memo (issue 14 §2): the author and co-authors hear when it is decided (the
decision per point), sent back (the reason) and settled; the secretariaat that may settle it
hears "af te doen" and finds it on Mijn werk until it is settled. Nobody who may not see the
memo is told, and the one who acted is not told of their own act."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ministerie.core.rubricering import Rubricering
from ministerie.core.werk import werk_voor
from ministerie.meldingen.models import Melding
from ministerie.organisatie.models import Eenheid
from ministerie.stukken import services
from ministerie.stukken.models import Nota
from ministerie.stukken.route import stel_route_voor

pytestmark = pytest.mark.django_db


@pytest.fixture
def mensen(lijn: dict[str, Any], maak_gebruiker: Callable[..., Any]) -> dict[str, Any]:
    hoog = Rubricering.STG_CONFIDENTIEEL
    extra = {
        "mede": maak_gebruiker(
            "beleidsmedewerker",
            eenheden=["woningbouw-woningbouwbeleid"],
            clearance=hoog,
            gebruikersnaam="mede",
        ),
        # the minister's secretariaat settles decided memos (the minister's unit is on the route)
        "secretariaat": maak_gebruiker(
            "secretariaat", eenheden=["minister-bzk"], clearance=hoog, gebruikersnaam="secr"
        ),
        # a secretariaat elsewhere does not see the memo
        "ander_secretariaat": maak_gebruiker(
            "secretariaat", eenheden=["czw"], clearance=hoog, gebruikersnaam="secr-czw"
        ),
        # the right unit, but not cleared for a confidential memo
        "laag_secretariaat": maak_gebruiker(
            "secretariaat",
            eenheden=["minister-bzk"],
            clearance=Rubricering.INTERN,
            gebruikersnaam="secr-laag",
        ),
    }
    return {**lijn, **extra}


def _nota(mensen: dict[str, Any]) -> Nota:
    nota = services.maak_nota(
        door=mensen["beleid"],
        soort="beslisnota",
        onderwerp="Woningbouwimpuls 2027",
        aan="de minister van BZK",
        eenheid=Eenheid.objects.get(code="woningbouw-woningbouwbeleid"),
        beslispunten=["Instemmen met de impuls", "Kamerbrief versturen"],
        rubricering=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK,
    )
    services.bewerk_nota(nota, door=mensen["beleid"], medeauteurs=[mensen["mede"]])
    voorstel = stel_route_voor(mensen["beleid"], nota.eenheid, bewindspersoon=mensen["minister"])
    services.stel_route_in(nota, door=mensen["beleid"], stappen=voorstel)
    services.start_parafering(nota, door=mensen["beleid"])
    return nota


def _tot_minister(nota: Nota, mensen: dict[str, Any]) -> None:
    for wie in ("afdelingshoofd", "directeur", "dg", "sg"):
        services.parafeer(nota, door=mensen[wie])


def _beslis(nota: Nota, mensen: dict[str, Any]) -> None:
    punten = list(nota.beslispunten.order_by("volgorde"))
    services.beslis(
        nota,
        door=mensen["minister"],
        besluiten={punten[0].pk: ("akkoord", ""), punten[1].pk: ("aangehouden", "eerst het debat")},
        toelichting="Graag ook de gemeenten betrekken",
    )


def _van(gebruiker: Any) -> list[Melding]:
    return list(Melding.objects.filter(ontvanger=gebruiker).order_by("pk"))


def test_besluit_per_punt_naar_opstellers_en_af_te_doen_naar_secretariaat(mensen: dict[str, Any]) -> None:
    nota = _nota(mensen)
    _tot_minister(nota, mensen)
    assert not Melding.objects.exists()  # initials alone tell the authors nothing
    _beslis(nota, mensen)

    for wie in ("beleid", "mede"):
        (melding,) = _van(mensen[wie])
        assert melding.soort == "beslist"
        assert melding.titel == f"Besloten: {nota.kenmerk} Woningbouwimpuls 2027"
        assert melding.link == f"/stukken/notas/{nota.pk}/"
        assert melding.rubricering == Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
        assert melding.tekst == (
            "Test minister besloot. Beslispunt 1 (Instemmen met de impuls): Akkoord; "
            "beslispunt 2 (Kamerbrief versturen): Aangehouden — eerst het debat. "
            "Annotatie: Graag ook de gemeenten betrekken"
        )
    (af_te_doen,) = _van(mensen["secretariaat"])
    assert af_te_doen.soort == "te_doen" and af_te_doen.titel.startswith("Af te doen: ")
    for niemand in ("minister", "ander_secretariaat", "laag_secretariaat", "afdelingshoofd", "buiten"):
        assert _van(mensen[niemand]) == [], niemand

    werk = [i for i in werk_voor(mensen["secretariaat"]) if i.soort == "Nota — af te doen"]
    assert [i.titel for i in werk] == [f"{nota.kenmerk} — Woningbouwimpuls 2027"]
    assert not [i for i in werk_voor(mensen["laag_secretariaat"]) if i.soort == "Nota — af te doen"]
    assert not [i for i in werk_voor(mensen["ander_secretariaat"]) if i.soort == "Nota — af te doen"]
    assert not [i for i in werk_voor(mensen["minister"]) if i.soort == "Nota — af te doen"]

    services.doe_af(nota, door=mensen["secretariaat"])
    for wie in ("beleid", "mede"):
        assert [m.soort for m in _van(mensen[wie])] == ["beslist", "afgedaan"]
        assert _van(mensen[wie])[1].titel == f"Afgedaan: {nota.kenmerk} Woningbouwimpuls 2027"
    assert not [i for i in werk_voor(mensen["secretariaat"]) if i.soort == "Nota — af te doen"]
    assert len(_van(mensen["secretariaat"])) == 1  # who settles is not told of it


def test_terugsturen_met_reden_elke_keer(mensen: dict[str, Any]) -> None:
    nota = _nota(mensen)
    services.stuur_terug(nota, door=mensen["afdelingshoofd"], reden="Financiële paragraaf ontbreekt")
    services.start_parafering(nota, door=mensen["beleid"])
    services.stuur_terug(nota, door=mensen["afdelingshoofd"], reden="Nog steeds geen dekking")
    for wie in ("beleid", "mede"):
        meldingen = _van(mensen[wie])
        assert [m.soort for m in meldingen] == ["teruggestuurd", "teruggestuurd"]
        assert meldingen[0].tekst == "Test ah stuurde de nota terug. Reden: Financiële paragraaf ontbreekt"
        assert meldingen[1].tekst.endswith("Reden: Nog steeds geen dekking")
        assert meldingen[0].titel == f"Teruggestuurd: {nota.kenmerk} Woningbouwimpuls 2027"
    assert _van(mensen["afdelingshoofd"]) == []


def test_wie_de_nota_niet_meer_mag_zien_hoort_niets(mensen: dict[str, Any]) -> None:
    nota = _nota(mensen)
    mede = mensen["mede"]
    mede.clearance = Rubricering.INTERN  # cleared lower since they were named
    mede.save(update_fields=["clearance"])
    services.stuur_terug(nota, door=mensen["afdelingshoofd"], reden="Graag korter")
    assert _van(mede) == []
    assert [m.soort for m in _van(mensen["beleid"])] == ["teruggestuurd"]


def test_een_mislukt_besluit_meldt_niets(mensen: dict[str, Any]) -> None:
    from django.core.exceptions import ValidationError

    nota = _nota(mensen)
    _tot_minister(nota, mensen)
    punten = list(nota.beslispunten.order_by("volgorde"))
    with pytest.raises(ValidationError):
        services.beslis(nota, door=mensen["minister"], besluiten={punten[0].pk: ("akkoord", "")})
    assert not Melding.objects.exists()
