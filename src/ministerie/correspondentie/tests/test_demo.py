"""The demo loader of the correspondence: a realistic set through the part's own services, and a
second load creates nothing new."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import override_settings
from django.utils import timezone

from ministerie.core.models import AuditRecord

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("bzk")]


@override_settings(DEMO=True)
def test_demo_van_correspondentie_twee_keer_laden() -> None:
    from ministerie.core.demo import laad_demo
    from ministerie.core.models import Gebruiker
    from ministerie.correspondentie.models import Antwoord, Campagne, Postbericht, Tekstblok, Zaak
    from ministerie.correspondentie.werk import correspondentie_voor
    from ministerie.stukken.models import Nota

    laad_demo()
    zaken = Zaak.objects.all()
    soorten = {z.soort for z in zaken}
    assert soorten == {"burgerbrief", "kinderbrief", "organisatie", "overheid"}
    assert {z.kanaal for z in zaken} == {"email", "brief", "telefoon"}
    assert zaken.get(kanaal="telefoon").soort == "burgerbrief"
    assert all(z.afzender.endswith("(fictief)") for z in zaken)
    assert Postbericht.objects.filter(status="zaak").count() == 8  # e-mails through the mailbox reader
    [campagne] = Campagne.objects.all()
    assert campagne.zaken.count() == 5
    kind = zaken.get(soort="kinderbrief")
    assert kind.status == Zaak.Status.TER_ONDERTEKENING and kind.antwoord.nota is not None
    assert zaken.filter(status=Zaak.Status.AFGEHANDELD).count() == 1
    assert Antwoord.objects.get(zaak__status=Zaak.Status.AFGEHANDELD).verzendwijze == "post"
    assert zaken.get(toegewezen_aan__code="woningbouw").antwoord.tekst
    mc = Gebruiker.objects.get(username="mc")
    werk = list(correspondentie_voor(mc))
    assert any(item.uiterste_datum and item.uiterste_datum < timezone.localdate() for item in werk)
    directeur = Gebruiker.objects.get(username="directeur")  # directie Woningbouw: only its own item
    assert [i.titel for i in correspondentie_voor(directeur)] == [
        f"{zaken.get(toegewezen_aan__code='woningbouw').zaaknummer} Wachtlijst voor een sociale huurwoning"
    ]

    tellingen: dict[str, Any] = {
        m.__name__: m.objects.count()
        for m in (Zaak, Postbericht, Campagne, Tekstblok, Antwoord, Nota, AuditRecord)
    }
    laad_demo()
    assert {
        m.__name__: m.objects.count()
        for m in (Zaak, Postbericht, Campagne, Tekstblok, Antwoord, Nota, AuditRecord)
    } == tellingen
