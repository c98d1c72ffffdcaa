from __future__ import annotations

from typing import Any

import pytest

from ministerie.bestuurskosten import services
from ministerie.bestuurskosten.models import Periode
from ministerie.core.werk import werk_voor

from .hulp import STANDAARDBON, bon

pytestmark = pytest.mark.django_db


def test_mijn_werk_toont_te_lakken_en_klaar_om_te_publiceren(periode: Periode, mensen: dict) -> None:
    fez = mensen["fez"]
    document = services.voeg_document_toe(
        periode, door=fez, data=bon(*STANDAARDBON), bestandsnaam="b.pdf", titel="Bon taxi", soort="bon"
    )
    items = werk_voor(mensen["jurist"])
    assert any(i.soort == "Bestuurskosten — lakken" and "Bon taxi" in i.titel for i in items)
    assert not any(i.soort.startswith("Bestuurskosten") for i in werk_voor(mensen["beleid"]))
    services.beoordeel(document, door=fez, besluiten={v.pk: True for v in document.voorstellen.all()})
    services.lak_document(document, door=fez)
    from datetime import date

    from ministerie.organisatie.models import Persoon

    services.voeg_post_toe(
        periode,
        door=fez,
        persoon=Persoon.objects.get(code="hugo-de-jonge"),
        categorie="overig",
        datum=date(2026, 3, 3),
        bedrag="3.00",
        omschrijving="x",
        brondocument=document,
    )
    items = werk_voor(mensen["sg"])
    assert [i.soort for i in items if i.soort.startswith("Bestuurskosten")] == ["Bestuurskosten — publiceren"]
    assert not any(i.soort == "Bestuurskosten — lakken" for i in werk_voor(fez))


def test_paginas_voor_medewerkers(klaar: Periode, mensen: dict, client: Any) -> None:
    from django.urls import reverse

    document = klaar.documenten.get()
    client.force_login(mensen["jurist"])
    assert client.get(reverse("bestuurskosten:overzicht")).status_code == 200
    pagina = client.get(reverse("bestuurskosten:periode", args=[klaar.pk])).content.decode()
    assert "Openbaar maken" not in pagina and "Kostenpost vastleggen" not in pagina
    assert client.get(reverse("bestuurskosten:document", args=[document.pk])).status_code == 200
    beeld = client.get(reverse("bestuurskosten:document-pagina", args=[document.pk, "gelakt", 1]))
    assert beeld["Content-Type"] == "image/png"
    geen = client.get(reverse("bestuurskosten:document-pagina", args=[document.pk, "gelakt", 9]))
    assert geen.status_code == 404
    client.force_login(mensen["beleid"])
    assert client.get(reverse("bestuurskosten:periode", args=[klaar.pk])).status_code == 403
    bron = client.get(reverse("bestuurskosten:document-bestand", args=[document.pk, "bron"]))
    assert bron.status_code == 403
