"""The yearly report of MC goes to the Kamer as a Kamerbrief: a memo of soort Kamerbrief to the
Voorzitter, the report PDF attached through the document store, on the route to the minister,
who signs it ('Tekenen') in the existing memo flow. Once per year; audited."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from ministerie.core.models import AuditRecord
from ministerie.correspondentie import services
from ministerie.correspondentie.models import Jaarverslagaanbieding
from ministerie.stukken import services as stukken
from ministerie.stukken.models import Nota, Parafeerstap

from .hulp import mc_medewerker, minister


def test_aanbieden_aan_de_kamer_eenmaal_per_jaar(maak_gebruiker: Any) -> None:
    mc, bewindspersoon = mc_medewerker(maak_gebruiker), minister(maak_gebruiker)
    services.maak_zaak(kanaal="brief", onderwerp="Vraag", tekst="Een vraag.", afzender_naam="Jan")
    jaar = timezone.localdate().year
    client = Client()
    client.force_login(mc)
    inzicht = reverse("correspondentie:inzicht") + f"?jaar={jaar}"
    assert "Aanbieden aan de Kamer</button>" in client.get(inzicht).content.decode()
    antwoord = client.post(reverse("correspondentie:jaarverslag-aanbieden", args=[jaar]), follow=True)
    aanbieding = Jaarverslagaanbieding.objects.get()
    assert f"ligt als Kamerbrief {aanbieding.nota_kenmerk} ter ondertekening" in antwoord.content.decode()
    nota = aanbieding.nota
    assert nota is not None
    assert (
        nota.soort == Nota.Soort.KAMERBRIEF
        and nota.aan == "de Voorzitter van de Tweede Kamer der Staten-Generaal"
    )
    assert "In " + str(jaar) + " ontving het ministerie 1 berichten" in nota.toelichting
    namen = {b.versies.get().bestandsnaam: b.versies.get().soort for b in nota.bijlagen.all()}
    assert namen == {
        f"jaarverslag-correspondentie-{jaar}.pdf": "pdf",
        f"jaarverslag-correspondentie-{jaar}.xlsx": "xlsx",
    }
    assert aanbieding.xlsx.read()[:2] == b"PK" and aanbieding.pdf.read()[:5] == b"%PDF-"
    stap = nota.stappen.get()
    assert stap.houder == bewindspersoon and stap.soort == Parafeerstap.Soort.BESLISSING
    assert AuditRecord.objects.filter(actie="correspondentie_jaarverslag_aangeboden").count() == 1
    # the page says where it is; no second button; a second start says where the first one is
    pagina = client.get(inzicht).content.decode()
    assert "Aanbieden aan de Kamer</button>" not in pagina and aanbieding.nota_kenmerk in pagina
    with pytest.raises(ValidationError, match=f"al op .* aangeboden .*Kamerbrief {aanbieding.nota_kenmerk}"):
        services.bied_jaarverslag_aan(jaar, door=mc)
    assert Nota.objects.count() == 1
    # the existing flow takes over: the minister signs the Kamerbrief
    stukken.teken(nota, door=bewindspersoon)
    nota.refresh_from_db()
    assert nota.status == Nota.Status.BESLOTEN


def test_alleen_team_mc_en_geen_toekomstig_jaar(maak_gebruiker: Any) -> None:
    mc = mc_medewerker(maak_gebruiker)
    minister(maak_gebruiker)
    directeur = maak_gebruiker("directeur", eenheden=["woningbouw"])
    with pytest.raises(PermissionDenied):
        services.bied_jaarverslag_aan(2025, door=directeur)
    with pytest.raises(ValidationError, match="al begonnen"):
        services.bied_jaarverslag_aan(timezone.localdate().year + 1, door=mc)
    assert not Jaarverslagaanbieding.objects.exists() and not Nota.objects.exists()
