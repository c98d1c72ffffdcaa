"""Issue 14: the bewindspersoon's decision on a Woo decision memo goes into the request's course
of events by itself, the handler is told the next step; the memo is Intern with the due date in
its date field."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from ministerie.core.audit import AuditRecord
from ministerie.core.rubricering import Rubricering
from ministerie.core.werk import werk_voor
from ministerie.meldingen.models import Melding
from ministerie.stukken import services as stukken
from ministerie.stukken.models import Nota
from ministerie.woo import beoordeling, besluit, publicatie
from ministerie.woo.models import Verzoek
from ministerie.woo.tests.hulp import klaar_voor_besluit

pytestmark = pytest.mark.django_db


def _ter_beslissing(org: dict[str, Any]) -> tuple[Verzoek, Nota]:
    jurist = org["jurist"]
    verzoek = klaar_voor_besluit(org, aantal=2)
    beoordeling.beoordeel_in_bulk(verzoek, door=jurist, nummers=[1, 2], beoordeling="openbaar")
    nota = besluit.stel_besluit_op(verzoek, door=jurist)
    assert nota is not None
    for stap in nota.stappen.order_by("niveau"):
        if stap.soort != "beslissing":
            stukken.parafeer(nota, door=stap.houder)
    return verzoek, nota


def _beslis(nota: Nota, minister: Any, besluit_: str) -> None:
    punt = nota.beslispunten.get()
    stukken.beslis(nota, door=minister, besluiten={punt.pk: (besluit_, "")})


def _werk(gebruiker: Any, verzoek: Verzoek) -> list[Any]:
    return [i for i in werk_voor(gebruiker) if verzoek.zaaknummer in i.titel]


def test_beslisnota_is_intern_met_de_beslistermijn_in_het_datumveld(woo_org: dict[str, Any]) -> None:
    verzoek, nota = _ter_beslissing(woo_org)
    assert woo_org["jurist"].clearance == Rubricering.STG_GEHEIM  # not the author's clearance
    assert nota.rubricering == Rubricering.INTERN
    assert verzoek.uiterste_datum() is not None
    assert nota.uiterste_beslisdatum == verzoek.uiterste_datum()
    assert nota.reden_beslisdatum == "Beslistermijn Woo-verzoek (Woo art. 4.4)"
    assert "beslisdatum" not in nota.kernpunten.lower()
    assert nota.kernpunten == "Het besluit betreft 2 documenten: 2 openbaar."


def test_akkoord_van_de_minister_legt_het_besluit_vast_zonder_tweede_klik(woo_org: dict[str, Any]) -> None:
    jurist, minister = woo_org["jurist"], woo_org["minister"]
    verzoek, nota = _ter_beslissing(woo_org)
    [voor] = _werk(jurist, verzoek)
    assert voor.soort == "Woo-verzoek" and "ter beslissing" in voor.toelichting

    _beslis(nota, minister, "akkoord")

    verzoek.refresh_from_db()
    vandaag = timezone.localdate()
    assert verzoek.status == Verzoek.Status.BESLUIT_GENOMEN
    assert verzoek.besluit_datum == vandaag and verzoek.bekendgemaakt_op is None
    regel = verzoek.logboek.order_by("pk").last()
    assert regel is not None and regel.door == str(minister)
    assert regel.omschrijving.startswith(f"Besluit genomen op {vandaag:%d-%m-%Y} (binnen de termijn)")
    assert nota.kenmerk in regel.omschrijving
    # the audit trail: the request's decision beside the memo's, written in its transaction
    laatste = set(AuditRecord.objects.order_by("-pk")[:2].values_list("actie", flat=True))
    assert laatste == {"woo_besluit_genomen", "nota_besloten"}
    # the handler sees the next step on Mijn werk
    [item] = _werk(jurist, verzoek)
    assert item.soort == "Woo — besluit bekendmaken"
    assert "maak het bekend" in item.toelichting and item.url.endswith("#besluit-kop")
    # and gets a notification that asks for the step (header, e-mail), once
    [melding] = Melding.objects.filter(ontvanger=jurist, soort="te_doen")
    assert melding.titel == f"Besluit getekend: maak het bekend aan de verzoeker ({verzoek.zaaknummer})"
    assert melding.link == f"/woo/verzoeken/{verzoek.pk}/"
    # publishing waits for the announcement
    with pytest.raises(ValidationError, match="bekendgemaakt"):
        publicatie.publiceer(verzoek, door=woo_org["directeur_czw"])
    # the decision date is the signature's
    with pytest.raises(ValidationError, match="tekende"):
        besluit.neem_besluit(
            verzoek,
            door=jurist,
            besluit_datum=vandaag - timedelta(days=1),
            bekendgemaakt_op=vandaag,
            bezwaar_verwacht=False,
        )
    besluit.neem_besluit(verzoek, door=jurist, bekendgemaakt_op=vandaag, bezwaar_verwacht=False)
    verzoek.refresh_from_db()
    assert verzoek.status == Verzoek.Status.BESLUIT_GENOMEN
    assert (verzoek.besluit_datum, verzoek.bekendgemaakt_op, verzoek.publicatie_op) == (vandaag,) * 3
    laatste_regel = verzoek.logboek.order_by("pk").last()
    assert laatste_regel is not None and laatste_regel.omschrijving.startswith("Besluit bekendgemaakt")
    assert _werk(jurist, verzoek) == []
    publicatie.publiceer(verzoek, door=woo_org["directeur_czw"])


def test_niet_akkoord_laat_het_verzoek_in_behandeling_en_vraagt_herziening(woo_org: dict[str, Any]) -> None:
    jurist, minister = woo_org["jurist"], woo_org["minister"]
    verzoek, nota = _ter_beslissing(woo_org)

    _beslis(nota, minister, "niet_akkoord")

    verzoek.refresh_from_db()
    assert verzoek.status == Verzoek.Status.IN_BEHANDELING and verzoek.besluit_datum is None
    regel = verzoek.logboek.order_by("pk").last()
    assert regel is not None and "niet akkoord met het besluit" in regel.omschrijving
    assert "punt 1: niet akkoord" in regel.omschrijving
    [item] = _werk(jurist, verzoek)
    assert "niet akkoord, herzie het besluit" in item.toelichting
    assert (
        Melding.objects.filter(
            ontvanger=jurist, soort="te_doen", titel__startswith="Beslisnota niet akkoord"
        ).count()
        == 1
    )
    # the revised decision goes up in a new memo
    nieuw = besluit.stel_besluit_op(verzoek, door=jurist)
    assert nieuw is not None and nieuw.pk != nota.pk
    nieuw.refresh_from_db()
    assert nieuw.status == Nota.Status.IN_PARAFERING


def test_een_nota_zonder_woo_verzoek_raakt_geen_verzoek(woo_org: dict[str, Any]) -> None:
    verzoek, nota = _ter_beslissing(woo_org)
    Verzoek.objects.filter(pk=verzoek.pk).update(besluit_nota=None)
    _beslis(nota, woo_org["minister"], "akkoord")
    verzoek.refresh_from_db()
    assert verzoek.status == Verzoek.Status.IN_BEHANDELING
    assert not verzoek.logboek.filter(omschrijving__startswith="Besluit genomen").exists()
