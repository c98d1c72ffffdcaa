"""A memo handed over as the product of another process (``lever_als_product``): only a
vergaderstuk in Concept, only by its author or a co-author; others keep the route."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from ministerie.core.werk import werk_voor
from ministerie.organisatie.models import Eenheid
from ministerie.stukken import services
from ministerie.stukken.models import Nota
from ministerie.stukken.route import stel_route_voor
from ministerie.stukken.toestanden import OngeldigeOvergang

pytestmark = pytest.mark.django_db


def _nota(lijn: dict[str, Any], soort: str = Nota.Soort.VERGADERSTUK) -> Nota:
    return services.maak_nota(
        door=lijn["beleid"],
        soort=soort,
        onderwerp="Annotatie ministerraad",
        aan="Directie Bestuursadvisering",
        eenheid=Eenheid.objects.get(code="woningbouw-woningbouwbeleid"),
        beslispunten=["Instemmen"] if soort == Nota.Soort.BESLISNOTA else [],
        kernpunten="Instemmen.",
    )


def _lever(nota: Nota, door: Any) -> Nota:
    return services.lever_als_product(
        nota, door=door, als="annotatie", aan="Directie Bestuursadvisering", bij="Ministerraad, punt 1"
    )


def test_een_geleverd_vergaderstuk_is_afgedaan_en_niet_meer_open(lijn: dict[str, Any]) -> None:
    nota = _nota(lijn)
    assert any(w.soort == "Nota — concept" for w in werk_voor(lijn["beleid"]))
    nota = _lever(nota, lijn["beleid"])
    assert nota.status == Nota.Status.AFGEDAAN
    assert not [w for w in werk_voor(lijn["beleid"]) if w.titel.startswith(nota.kenmerk)]
    assert str(services.bewerkweigering(lijn["beleid"], nota).messages[0]) == (  # type: ignore[union-attr]
        "Deze nota is afgedaan en kan niet meer worden bewerkt."
    )
    with pytest.raises(OngeldigeOvergang):
        _lever(nota, lijn["beleid"])
    with pytest.raises(ValidationError, match="afgedane nota"):
        services.annoteer(nota, door=lijn["beleid"], tekst="Nog iets")


def test_alleen_een_vergaderstuk_in_concept_door_de_opsteller(lijn: dict[str, Any]) -> None:
    beslisnota = _nota(lijn, Nota.Soort.BESLISNOTA)
    with pytest.raises(ValidationError, match="parafeerroute"):
        _lever(beslisnota, lijn["beleid"])
    nota = _nota(lijn)
    with pytest.raises(PermissionDenied):
        _lever(nota, lijn["afdelingshoofd"])
    services.stel_route_in(
        nota,
        door=lijn["beleid"],
        stappen=stel_route_voor(lijn["beleid"], nota.eenheid, bewindspersoon=lijn["minister"]),
    )
    services.start_parafering(nota, door=lijn["beleid"])
    with pytest.raises(OngeldigeOvergang, match="In parafering"):
        _lever(nota, lijn["beleid"])
    for n in (beslisnota, nota):
        n.refresh_from_db()
    assert (beslisnota.status, nota.status) == (Nota.Status.CONCEPT, Nota.Status.IN_PARAFERING)


def test_doe_af_slaat_de_route_niet_over(lijn: dict[str, Any]) -> None:
    """The hand-over's own table does not open Concept -> Afgedaan to ``doe_af``."""
    nota = _nota(lijn)
    voorstel = stel_route_voor(lijn["beleid"], nota.eenheid, bewindspersoon=lijn["minister"])
    services.stel_route_in(nota, door=lijn["beleid"], stappen=voorstel)  # the minister sees it
    with pytest.raises(OngeldigeOvergang, match="Concept"):
        services.doe_af(nota, door=lijn["minister"])
