"""The route editor (issue 14 §3): the operations on a draft route, the levels a medeparaaf gets,
the checks when the route is stored, and the editor page's round trips (without a browser)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from ministerie.core.models import AuditRecord
from ministerie.core.rubricering import Rubricering
from ministerie.stukken import services
from ministerie.stukken.models import Nota, Parafeerstap
from ministerie.stukken.route import Bewerking, Routevoorstel, bewerk_route, lees_bewerking

pytestmark = pytest.mark.django_db

LIJN, MEDE, BESLIS = Parafeerstap.Soort.LIJN, Parafeerstap.Soort.MEDEPARAAF, Parafeerstap.Soort.BESLISSING


def _nota(lijn: dict[str, Any]) -> Nota:
    return services.stel_nota_op(
        door=lijn["beleid"], soort="beslisnota", onderwerp="Impuls", aan="de minister", beslispunten=["Ja"]
    )


def _v(gebruiker: Any, soort: str = LIJN) -> Routevoorstel:
    return Routevoorstel(gebruiker, gebruiker.eenheden.first(), soort)


def test_bewerkingen_op_het_concept(lijn: dict[str, Any]) -> None:
    route = [_v(lijn["afdelingshoofd"]), _v(lijn["directeur"]), _v(lijn["minister"], BESLIS)]
    nieuw, focus, melding = bewerk_route(route, Bewerking("toevoegen"), nieuw=_v(lijn["dg"]))
    assert (
        [s.houder for s in nieuw][2] == lijn["dg"] and focus == 3 and "plaats 3" in melding
    )  # before the decision
    nieuw, focus, _ = bewerk_route(nieuw, Bewerking("omhoog", 3))
    assert [s.houder for s in nieuw][:3] == [
        lijn["afdelingshoofd"],
        lijn["dg"],
        lijn["directeur"],
    ] and focus == 2
    nieuw, focus, _ = bewerk_route(nieuw, Bewerking("omlaag", 1))
    assert nieuw[1].houder == lijn["afdelingshoofd"] and focus == 2
    nieuw, _, melding = bewerk_route(nieuw, Bewerking("weg", 1))
    assert len(nieuw) == 3 and "van de route gehaald" in melding
    with pytest.raises(ValueError, match="eerste stap"):
        bewerk_route(nieuw, Bewerking("omhoog", 1))
    with pytest.raises(ValueError, match="laatste stap"):
        bewerk_route(nieuw, Bewerking("omlaag", 3))
    with pytest.raises(ValueError, match="staat al op de route"):
        bewerk_route(nieuw, Bewerking("toevoegen"), nieuw=_v(lijn["minister"]))
    with pytest.raises(ValueError, match="niet"):
        bewerk_route(nieuw, Bewerking("weg", 9))
    assert lees_bewerking("omhoog-2") == Bewerking("omhoog", 2)
    assert lees_bewerking("opslaan") == Bewerking("opslaan")
    assert lees_bewerking("omhoog-x") is None and lees_bewerking("wis") is None


def test_medeparaaf_loopt_parallel_en_de_route_wordt_gecontroleerd(
    lijn: dict[str, Any], maak_gebruiker: Any
) -> None:
    nota = _nota(lijn)
    route = [
        _v(lijn["afdelingshoofd"]),
        _v(lijn["directeur"]),
        _v(lijn["czw"], MEDE),
        _v(lijn["minister"], BESLIS),
    ]
    services.stel_route_in(nota, door=lijn["beleid"], stappen=route)
    assert [(s.houder_id, s.niveau) for s in nota.stappen.order_by("niveau", "pk")] == [
        (lijn["afdelingshoofd"].pk, 1),
        (lijn["directeur"].pk, 2),
        (lijn["czw"].pk, 2),
        (lijn["minister"].pk, 3),
    ]
    record = AuditRecord.objects.filter(actie="nota_route_ingesteld").order_by("-volgnummer").first()
    assert record is not None and len(record.gegevens["vorige"]) == 5 and len(record.gegevens["route"]) == 4
    with pytest.raises(ValidationError, match="twee keer"):
        services.stel_route_in(nota, door=lijn["beleid"], stappen=[_v(lijn["directeur"]), *route])
    laag = lijn["laag"]  # cleared up to Intern only
    nota.rubricering = Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
    nota.save(update_fields=["rubricering"])
    with pytest.raises(ValidationError, match="niet inzien"):
        services.stel_route_in(nota, door=lijn["beleid"], stappen=[_v(laag), route[-1]])
    with pytest.raises(PermissionDenied):
        services.stel_route_in(nota, door=lijn["directeur"], stappen=route)
    assert isinstance(services.routeweigering(lijn["directeur"], nota), PermissionDenied)


def test_de_editor_werkt_met_rondgangen(lijn: dict[str, Any], client: Client) -> None:
    nota = _nota(lijn)
    url = reverse("stukken:nota-route-bewerken", args=[nota.pk])
    client.force_login(lijn["beleid"])
    pagina = client.get(url)
    assert pagina.status_code == 200 and b"Route opslaan" in pagina.content
    stappen = list(nota.stappen.order_by("niveau", "pk"))
    concept = {
        "niveau": [str(i) for i in range(1, len(stappen) + 1)],
        "houder": [str(s.houder_id) for s in stappen],
        "soort": [s.soort for s in stappen],
        "eenheid": [str(s.eenheid_id or "") for s in stappen],
    }
    # up: the draft changes on the page, nothing is stored
    antwoord = client.post(url, {**concept, "bewerking": "omhoog-2"})
    assert antwoord.status_code == 200 and "nog niet opgeslagen" in antwoord.content.decode().lower()
    assert list(nota.stappen.order_by("niveau", "pk")) == stappen
    # save a changed draft: stored, audited, back to the memo
    omgedraaid = {k: [v[1], v[0], *v[2:]] for k, v in concept.items() if k != "niveau"}
    antwoord = client.post(url, {**omgedraaid, "niveau": concept["niveau"], "bewerking": "opslaan"})
    assert antwoord.status_code == 302 and antwoord["Location"] == reverse("stukken:nota", args=[nota.pk])
    assert nota.stappen.order_by("niveau", "pk")[0].houder_id == stappen[1].houder_id
    # a refused route is shown again with the reason, nothing stored
    zonder_beslisser = {k: v[:-1] for k, v in concept.items()}
    antwoord = client.post(url, {**zonder_beslisser, "bewerking": "opslaan"})
    assert antwoord.status_code == 200 and "eindigt bij de bewindspersoon" in antwoord.content.decode()
    assert nota.stappen.count() == len(stappen)
    # someone who may not change the route is taken back to the memo
    client.force_login(lijn["directeur"])
    assert client.get(url).status_code in (302, 404)
