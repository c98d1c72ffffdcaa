"""The year's figures of MC (channel, kind, subject, directie, on time, handling time) and the
yearly report as PDF and XLSX."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

import pymupdf
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from ministerie.correspondentie import inzicht, services
from ministerie.correspondentie.models import Zaak

from .hulp import mc_medewerker


def test_jaarcijfers_en_jaarverslag(bzk: Any, maak_gebruiker: Any) -> None:
    nu = timezone.now()
    jaar = timezone.localtime(nu).year
    zaken = [
        services.maak_zaak(
            kanaal=kanaal,
            onderwerp=onderwerp,
            tekst="Geachte heer, mevrouw, ik schrijf u over dit onderwerp met een vraag.",
            afzender_naam="X",
            ontvangen_op=nu - timedelta(days=30),
        )
        for kanaal, onderwerp in [
            ("email", "Huur"),
            ("email", "Huur"),
            ("brief", "Paspoort"),
            ("telefoon", "Zorg"),
        ]
    ]
    # one answered within the norm (10 days), one late (28 days: the norm is 21), two open
    Zaak.objects.filter(pk=zaken[0].pk).update(status="afgehandeld", afgehandeld_op=nu - timedelta(days=20))
    Zaak.objects.filter(pk=zaken[1].pk).update(status="afgehandeld", afgehandeld_op=nu - timedelta(days=2))
    c = inzicht.cijfers(jaar)
    assert (c.totaal, c.afgehandeld, c.op_tijd, c.open) == (4, 2, 1, 2)
    assert c.aandeel_op_tijd == 50.0 and c.gemiddelde_dagen == 19.0
    assert dict(c.per_kanaal)["E-mail"] == 2 and c.per_onderwerp[0] == ("Huur", 2)
    assert c.per_directie == [("Team Maatschappelijke Correspondentie (MC)", 4)]

    client = Client()
    client.force_login(mc_medewerker(maak_gebruiker))
    pagina = client.get(reverse("correspondentie:inzicht") + f"?jaar={jaar}").content.decode()
    assert 'id="totaal">4<' in pagina and '"op-tijd">50,0%' in pagina
    pdf = client.get(reverse("correspondentie:jaarverslag", args=[jaar, "pdf"])).content
    tekst = "".join(p.get_text() for p in pymupdf.open(stream=pdf, filetype="pdf"))
    assert f"Jaarverslag maatschappelijke correspondentie {jaar}" in tekst and "Paspoort" in tekst
    xlsx = client.get(reverse("correspondentie:jaarverslag", args=[jaar, "xlsx"])).content
    boek = load_workbook(io.BytesIO(xlsx))
    assert [r for r in boek["Samenvatting"].iter_rows(values_only=True)][1] == ("Ontvangen", 4)
    assert ("Huur", 2) in list(boek["Per onderwerp"].iter_rows(values_only=True))
