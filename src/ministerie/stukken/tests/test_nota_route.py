"""A memo through the routing of initials: four levels, a co-initial, sent back, decided."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from ministerie.core import audit
from ministerie.core.models import AuditRecord
from ministerie.stukken import services
from ministerie.stukken.models import Nota, Parafeerstap
from ministerie.stukken.route import stel_route_voor
from ministerie.stukken.toestanden import OngeldigeOvergang

pytestmark = pytest.mark.django_db


def _nota(lijn: dict[str, Any], **velden: Any) -> Nota:
    from ministerie.organisatie.models import Eenheid

    return services.maak_nota(
        door=lijn["beleid"],
        soort="beslisnota",
        onderwerp="Woningbouwimpuls 2027",
        aan="de minister van BZK",
        eenheid=Eenheid.objects.get(code="woningbouw-woningbouwbeleid"),
        beslispunten=["Instemmen met de impuls", "Kamerbrief versturen"],
        **velden,
    )


def _route(nota: Nota, lijn: dict[str, Any]) -> None:
    voorstel = stel_route_voor(lijn["beleid"], nota.eenheid, bewindspersoon=lijn["minister"])
    services.stel_route_in(nota, door=lijn["beleid"], stappen=voorstel)


def test_voorgestelde_route_volgt_de_lijn(lijn: dict[str, Any]) -> None:
    nota = _nota(lijn)
    voorstel = stel_route_voor(lijn["beleid"], nota.eenheid, bewindspersoon=lijn["minister"])
    assert [v.houder.username for v in voorstel] == ["ah", "dir", "dg", "sg", "minister"]
    assert voorstel[-1].soort == Parafeerstap.Soort.BESLISSING
    assert nota.kenmerk.startswith("BZK-")


def test_volledige_route_met_medeparaaf_terugsturen_en_besluit(lijn: dict[str, Any]) -> None:
    nota = _nota(lijn)
    _route(nota, lijn)
    services.start_parafering(nota, door=lijn["beleid"])
    nota.refresh_from_db()
    assert nota.status == Nota.Status.IN_PARAFERING

    services.parafeer(nota, door=lijn["afdelingshoofd"], opmerking="Akkoord, goed stuk")
    services.vraag_medeparaaf(nota, door=lijn["directeur"], houder=lijn["czw"])
    services.parafeer(nota, door=lijn["directeur"])
    # the co-initial is still open, so the DG waits
    assert services.actieve_stap(nota, lijn["dg"]) is None
    services.parafeer(nota, door=lijn["czw"], opmerking="Juridisch akkoord")
    assert services.actieve_stap(nota, lijn["dg"]) is not None

    services.stuur_terug(nota, door=lijn["dg"], reden="Financiële paragraaf ontbreekt")
    nota.refresh_from_db()
    assert nota.status == Nota.Status.TERUGGESTUURD
    services.start_parafering(nota, door=lijn["beleid"])
    for wie in ("afdelingshoofd", "directeur", "czw", "dg", "sg"):
        services.parafeer(nota, door=lijn[wie])
    nota.refresh_from_db()
    assert nota.status == Nota.Status.TER_BESLISSING

    punten = list(nota.beslispunten.all())
    services.beslis(
        nota,
        door=lijn["minister"],
        besluiten={punten[0].pk: ("akkoord", ""), punten[1].pk: ("aangehouden", "")},
    )
    services.annoteer(
        nota,
        door=lijn["minister"],
        tekst="Graag ook de gemeenten betrekken",
        pagina=1,
        x=0.4,
        y=0.3,
    )
    services.doe_af(nota, door=lijn["minister"])
    nota.refresh_from_db()
    assert nota.status == Nota.Status.AFGEDAAN
    assert [p.besluit for p in nota.beslispunten.all()] == ["akkoord", "aangehouden"]
    acties = list(
        AuditRecord.objects.filter(object_type="stukken.Nota", object_id=str(nota.pk)).values_list(
            "actie", flat=True
        )
    )
    for actie in (
        "nota_aangemaakt",
        "nota_route_ingesteld",
        "nota_verstuurd",
        "nota_geparafeerd",
        "nota_medeparaaf_gevraagd",
        "nota_teruggestuurd",
        "nota_besloten",
        "nota_geannoteerd",
        "nota_afgedaan",
    ):
        assert actie in acties
    assert audit.verifieer().intact
    assert nota.tijdlijn.count() >= 15


def test_alleen_de_houder_kan_paraferen(lijn: dict[str, Any]) -> None:
    nota = _nota(lijn)
    _route(nota, lijn)
    services.start_parafering(nota, door=lijn["beleid"])
    with pytest.raises(PermissionDenied, match="ligt nu niet bij u"):
        services.parafeer(nota, door=lijn["dg"])


def test_beslissen_vraagt_een_besluit_per_punt(lijn: dict[str, Any]) -> None:
    nota = _nota(lijn)
    _route(nota, lijn)
    services.start_parafering(nota, door=lijn["beleid"])
    for wie in ("afdelingshoofd", "directeur", "dg", "sg"):
        services.parafeer(nota, door=lijn[wie])
    punten = list(nota.beslispunten.all())
    with pytest.raises(ValidationError, match="beslispunt 2"):
        services.beslis(nota, door=lijn["minister"], besluiten={punten[0].pk: ("akkoord", "")})
    with pytest.raises(ValidationError):
        services.parafeer(nota, door=lijn["minister"])
    nota.refresh_from_db()
    assert nota.status == Nota.Status.TER_BESLISSING


def test_verboden_overgangen(lijn: dict[str, Any]) -> None:
    nota = _nota(lijn)
    _route(nota, lijn)
    with pytest.raises(OngeldigeOvergang, match="Concept"):
        services.doe_af(nota, door=lijn["minister"])
    zonder_route = _nota(lijn)
    with pytest.raises(ValidationError, match="parafeerroute"):
        services.start_parafering(zonder_route, door=lijn["beleid"])


def test_route_wijzigen_alleen_door_opsteller_en_niet_onderweg(lijn: dict[str, Any]) -> None:
    nota = _nota(lijn)
    voorstel = stel_route_voor(lijn["beleid"], nota.eenheid, bewindspersoon=lijn["minister"])
    with pytest.raises(PermissionDenied):
        services.stel_route_in(nota, door=lijn["directeur"], stappen=voorstel)
    services.stel_route_in(nota, door=lijn["beleid"], stappen=voorstel)
    services.start_parafering(nota, door=lijn["beleid"])
    with pytest.raises(ValidationError, match="niet onderweg"):
        services.stel_route_in(nota, door=lijn["beleid"], stappen=voorstel)
    with pytest.raises(ValidationError, match="eindigt bij de bewindspersoon"):
        nota2 = _nota(lijn)
        services.stel_route_in(nota2, door=lijn["beleid"], stappen=voorstel[:-1])


def test_beslisnota_zonder_beslispunt_geweigerd(lijn: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match="minstens één beslispunt"):
        services.maak_nota(
            door=lijn["beleid"],
            soort="beslisnota",
            onderwerp="x",
            aan="y",
            eenheid=lijn["beleid"].eenheden.first(),
            beslispunten=[],
        )


def test_niet_boven_eigen_rubricering(lijn: dict[str, Any]) -> None:
    with pytest.raises(PermissionDenied, match="rubriceren"):
        _nota(lijn, rubricering=40)
