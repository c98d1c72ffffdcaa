"""A user without clearance for a Departementaal Vertrouwelijk memo cannot find, count or
open it — through pages, search, the API or the list."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from ministerie.core.models import AuditRecord
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid
from ministerie.stukken import services
from ministerie.stukken.models import Nota
from ministerie.stukken.zichtbaarheid import zichtbare_notas
from ministerie.stukken.zoeken import zoek_stukken

pytestmark = pytest.mark.django_db


@pytest.fixture
def geheime_nota(lijn: dict[str, Any], django_capture_on_commit_callbacks: Any) -> Nota:
    with django_capture_on_commit_callbacks(execute=True):
        return services.maak_nota(
            door=lijn["beleid"],
            soort="informatienota",
            onderwerp="Vertrouwelijke woningbouwcijfers",
            aan="de minister",
            eenheid=Eenheid.objects.get(code="woningbouw-woningbouwbeleid"),
            rubricering=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK,
            kernpunten="De cijfers over woningen in Almere zijn nog niet openbaar.",
        )


@pytest.fixture
def open_nota(lijn: dict[str, Any], django_capture_on_commit_callbacks: Any) -> Nota:
    with django_capture_on_commit_callbacks(execute=True):
        return services.maak_nota(
            door=lijn["beleid"],
            soort="informatienota",
            onderwerp="Openbare woningbouwcijfers",
            aan="de minister",
            eenheid=Eenheid.objects.get(code="woningbouw-woningbouwbeleid"),
            rubricering=Rubricering.INTERN,
            kernpunten="De cijfers over woningen in Zwolle.",
        )


def test_lijst_en_telling(lijn: dict[str, Any], geheime_nota: Nota, open_nota: Nota) -> None:
    assert set(zichtbare_notas(lijn["beleid"])) == {geheime_nota, open_nota}
    assert list(zichtbare_notas(lijn["laag"])) == [open_nota]
    assert not zichtbare_notas(lijn["buiten"]).exists()  # other unit, not on the route


def test_zoeken_telt_en_toont_niets_verborgens(
    lijn: dict[str, Any], geheime_nota: Nota, open_nota: Nota
) -> None:
    hoog = zoek_stukken(lijn["beleid"], "woningen")
    assert hoog.totaal == 2
    assert zoek_stukken(lijn["beleid"], "woning").totaal == 2  # stemming: woning ~ woningen
    laag = zoek_stukken(lijn["laag"], "woningen")
    assert laag.totaal == 1
    assert [r.id for r in laag.resultaten] == [f"nota:{open_nota.pk}"]
    assert zoek_stukken(lijn["laag"], "Almere").totaal == 0
    assert zoek_stukken(lijn["buiten"], "woningen").totaal == 0


def test_pagina_en_api_weigeren(lijn: dict[str, Any], geheime_nota: Nota, client: Client) -> None:
    client.force_login(lijn["laag"])
    assert client.get(f"/stukken/notas/{geheime_nota.pk}/").status_code == 404
    assert "Vertrouwelijke" not in client.get("/stukken/").content.decode()
    assert client.get(f"/api/v1/notas/{geheime_nota.pk}").status_code == 404
    lijst = client.get("/api/v1/notas").json()
    assert lijst["count"] == 0
    zoek = client.get("/api/v1/zoeken", {"q": "Almere"}).json()
    assert zoek["totaal"] == 0 and zoek["resultaten"] == []
    export = client.get("/stukken/notas.csv").content.decode()
    assert "Vertrouwelijke" not in export and geheime_nota.kenmerk not in export
    assert client.get("/stukken/zoeken/", {"q": "Almere"}).content.decode().count("Vertrouwelijke") == 0


def test_zoekfilters_verruimen_nooit(lijn: dict[str, Any], geheime_nota: Nota, open_nota: Nota) -> None:
    from datetime import date

    czw = Eenheid.objects.get(code="czw")
    assert (
        zoek_stukken(lijn["buiten"], "woningen", eenheid=Eenheid.objects.get(code="woningbouw")).totaal == 0
    )
    assert zoek_stukken(lijn["beleid"], "woningen", eenheid=czw).totaal == 0
    assert zoek_stukken(lijn["beleid"], "woningen", statussen=["concept"]).totaal == 2
    assert zoek_stukken(lijn["beleid"], "woningen", statussen=["afgedaan"]).totaal == 0
    assert zoek_stukken(lijn["beleid"], "woningen", van=date(2000, 1, 1), tot=date(2000, 12, 31)).totaal == 0


def test_inzage_wordt_gelogd(lijn: dict[str, Any], geheime_nota: Nota, client: Client) -> None:
    client.force_login(lijn["beleid"])
    assert client.get(f"/stukken/notas/{geheime_nota.pk}/").status_code == 200
    assert AuditRecord.objects.filter(
        actie="inzage", object_id=str(geheime_nota.pk), actor_id=lijn["beleid"].pk
    ).exists()


def test_zoeken_met_stamming_en_accenten(
    lijn: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        services.maak_nota(
            door=lijn["beleid"],
            soort="informatienota",
            onderwerp="Beëdiging van de nieuwe bewindspersonen",
            aan="de minister",
            eenheid=lijn["beleid"].eenheden.first(),
        )
    assert zoek_stukken(lijn["beleid"], "beediging").totaal == 1
    assert zoek_stukken(lijn["beleid"], "woning").totaal == 0


def test_knop_nieuwe_nota_alleen_voor_wie_mag_opstellen(lijn: dict[str, Any], client: Client) -> None:
    """No link that ends in 403: the bewindspersoon sees memos but writes none."""
    for wie, verwacht in (("beleid", True), ("minister", False)):
        client.force_login(lijn[wie])
        html = client.get("/stukken/").content.decode()
        assert ('href="/stukken/notas/nieuw/"' in html) is verwacht, wie
