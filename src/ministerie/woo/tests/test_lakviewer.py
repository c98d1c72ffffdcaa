"""The redaction viewer (issue 14 §5): a decision per box, boxes drawn on a page, the preview as
it will be published (really redacted), the counts and headings that follow the state, the
limits and the permission checks in the services."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from ministerie.core.models import AuditRecord
from ministerie.lakken.pdf import paginatekst
from ministerie.woo import beoordeling
from ministerie.woo.models import Passage, Verzoek
from ministerie.woo.tests.hulp import klaar_voor_besluit, log_in, maak_pdf


@pytest.fixture
def document(woo_org: dict[str, Any]) -> Any:
    """Document 1 of a request in behandeling: 'Jan Jansen', his e-mail and a BSN proposed."""
    verzoek = klaar_voor_besluit(woo_org, aantal=1)
    return verzoek.documenten.get(nummer=1)


def _passage(document: Any, label: str) -> Passage:
    return document.passages.get(label=label)


def test_besluit_per_vak_telt_mee_en_wordt_geaudit(document: Any, woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    persoon, bsn = _passage(document, "PERSOON"), _passage(document, "BSN")
    beoordeling.beslis_over_passage(document, door=jurist, passage=persoon.pk, besluit="niet_lakken")
    beoordeling.beslis_over_passage(document, door=jurist, passage=bsn.pk, besluit="lakken", grond="5.1.1e")
    persoon.refresh_from_db()
    bsn.refresh_from_db()
    assert (persoon.status, bsn.status) == (Passage.Status.AFGEWEZEN, Passage.Status.GEACCEPTEERD)
    records = AuditRecord.objects.filter(actie="woo_passage_beslist").order_by("pk")
    assert [r.gegevens["besluit"] for r in records] == ["afgewezen", "geaccepteerd"]
    assert records[0].gegevens["was"] == "voorgesteld"

    client = log_in(Client(), jurist)
    pagina = client.get(reverse("woo:document", args=[document.verzoek.pk, 1])).content.decode()
    assert 'Lakken: <span id="lak-tellers">1 voorgesteld, 1 gelakt, 1 afgewezen</span>' in pagina
    assert 'aria-label="Gelakt: BSN „111222333”, grond 5.1.1e, pagina 1"' in pagina
    assert 'aria-label="Afgewezen lakking: PERSOON „Jan Jansen”, grond 5.1.2e, pagina 1"' in pagina
    assert "Voorgesteld (1)" in pagina and "Gelakt (1)" in pagina and "Afgewezen (1)" in pagina


def test_besluit_via_de_pagina_en_foute_invoer(document: Any, woo_org: dict[str, Any], client: Any) -> None:
    log_in(client, woo_org["jurist"])
    url = reverse("woo:document-lakbesluit", args=[document.verzoek.pk, 1])
    email = _passage(document, "EMAIL")
    antwoord = client.post(url, {"passage": email.pk, "besluit": "lakken"}, follow=True)
    assert "wordt gelakt (grond 5.1.2e)" in antwoord.content.decode()
    email.refresh_from_db()
    assert email.status == Passage.Status.GEACCEPTEERD
    for fout, tekst in [
        ({"passage": email.pk, "besluit": "weg"}, "Kies lakken, niet lakken of verwijderen."),
        ({"passage": email.pk, "besluit": "lakken", "grond": "9.9"}, "Kies een grond uit de Woo."),
        ({"passage": 999999, "besluit": "lakken"}, "hoort niet (meer) bij dit document"),
        ({"passage": email.pk, "besluit": "verwijderen"}, "wordt niet verwijderd"),
    ]:
        assert tekst in client.post(url, fout, follow=True).content.decode()
    email.refresh_from_db()
    assert (email.status, email.grond) == (Passage.Status.GEACCEPTEERD, "5.1.2e")


def test_vak_tekenen_binnen_de_pagina_en_met_grenzen(document: Any, woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    # line 4 of the document, "De verdeling van de middelen ...", at y 126 (baseline) in points
    vak = beoordeling.teken_vak(
        document, door=jurist, pagina=1, x0=70, y0=114, x1=300, y1=130, grond="5.1.2i"
    )
    assert vak.status == Passage.Status.TOEGEVOEGD and vak.rect == [70.0, 114.0, 300.0, 130.0]
    assert vak.tekst.startswith("De verdeling van de middelen")
    assert AuditRecord.objects.filter(actie="woo_vak_getekend").get().gegevens["grond"] == "5.1.2i"
    breedte, hoogte = document.paginamaten[0]
    for kwargs, tekst in [
        ({"x0": 10, "y0": 10, "x1": breedte + 20, "y1": 40}, "valt buiten pagina 1"),
        ({"x0": -30, "y0": 10, "x1": 40, "y1": 40}, "valt buiten pagina 1"),
        ({"x0": 10, "y0": 10, "x1": 11, "y1": 40}, "te klein"),
        ({"x0": float("nan"), "y0": 10, "x1": 50, "y1": 40}, "ongeldige coördinaten"),
        ({"x0": 10, "y0": 10, "x1": 50, "y1": 40, "pagina": 2}, "Kies een pagina van 1 tot en met 1"),
        ({"x0": 10, "y0": 10, "x1": 50, "y1": 40, "grond": "5.9"}, "Kies een grond uit de Woo"),
    ]:
        gegevens = {"pagina": 1, "grond": "5.1.2e", **kwargs}
        with pytest.raises(ValidationError, match=tekst):
            beoordeling.teken_vak(document, door=jurist, **gegevens)
    # a reviewer's own box may be removed; it is audited as such
    assert (
        beoordeling.beslis_over_passage(document, door=jurist, passage=vak.pk, besluit="verwijderen") is None
    )
    assert not document.passages.filter(pk=vak.pk).exists()


def test_hoogstens_zoveel_vakken_per_pagina(document: Any, woo_org: dict[str, Any], monkeypatch: Any) -> None:
    monkeypatch.setattr(beoordeling, "MAX_VAKKEN_PER_PAGINA", document.passages.count() + 1)
    beoordeling.teken_vak(
        document, door=woo_org["jurist"], pagina=1, x0=10, y0=10, x1=40, y1=40, grond="5.1.2e"
    )
    with pytest.raises(ValidationError, match="dat is het maximum per pagina"):
        beoordeling.teken_vak(
            document, door=woo_org["jurist"], pagina=1, x0=10, y0=50, x1=40, y1=80, grond="5.1.2e"
        )


def test_rechten_en_afgesloten_verzoek(document: Any, woo_org: dict[str, Any], client: Any) -> None:
    persoon = _passage(document, "PERSOON")
    # the spokesperson may view Woo requests but not assess; the policy officer of another unit
    # may assess only documents of their own unit
    for wie in ("woordvoerder", "beleid"):
        with pytest.raises(PermissionDenied):
            beoordeling.beslis_over_passage(document, door=woo_org[wie], passage=persoon.pk, besluit="lakken")
        with pytest.raises(PermissionDenied):
            beoordeling.teken_vak(
                document, door=woo_org[wie], pagina=1, x0=1, y0=1, x1=40, y1=40, grond="5.1.2e"
            )
    log_in(client, woo_org["woordvoerder"])
    url = reverse("woo:document-vak", args=[document.verzoek.pk, 1])
    assert (
        client.post(url, {"pagina": 1, "x0": 1, "y0": 1, "x1": 40, "y1": 40, "grond": "5.1.2e"}).status_code
        == 403
    )
    pagina = client.get(reverse("woo:document", args=[document.verzoek.pk, 1])).content.decode()
    assert "woo-lakbesluit" not in pagina and "vak-sjabloon" not in pagina  # no buttons it cannot use
    Verzoek.objects.filter(pk=document.verzoek.pk).update(status=Verzoek.Status.AFGEROND)
    with pytest.raises(ValidationError, match="zolang het verzoek in behandeling is"):
        beoordeling.beslis_over_passage(
            document, door=woo_org["jurist"], passage=persoon.pk, besluit="lakken"
        )
    persoon.refresh_from_db()
    assert persoon.status == Passage.Status.VOORGESTELD
    assert not AuditRecord.objects.filter(actie__in=["woo_passage_beslist", "woo_vak_getekend"]).exists()


def test_voorbeeld_is_echt_gelakt_en_volgt_de_besluiten(
    document: Any, woo_org: dict[str, Any], client: Any
) -> None:
    jurist = woo_org["jurist"]
    persoon, bsn = _passage(document, "PERSOON"), _passage(document, "BSN")
    beoordeling.beslis_over_passage(document, door=jurist, passage=bsn.pk, besluit="lakken")
    log_in(client, jurist)
    url = reverse("woo:document-voorbeeld", args=[document.verzoek.pk, 1])
    tekst = paginatekst(client.get(url).content)[0]
    assert "111222333" not in tekst and "Jan Jansen" in tekst  # undecided: not redacted
    document.refresh_from_db()
    sleutel = document.voorbeeld_sleutel
    assert sleutel and document.voorbeeld_problemen == []
    client.get(url)
    document.refresh_from_db()
    assert document.voorbeeld_sleutel == sleutel  # made once while nothing changes

    beoordeling.beslis_over_passage(document, door=jurist, passage=persoon.pk, besluit="lakken")
    tekst = paginatekst(client.get(url).content)[0]
    assert "Jan Jansen" not in tekst and "111222333" not in tekst
    assert "De verdeling van de middelen" in tekst
    document.refresh_from_db()
    assert document.voorbeeld_sleutel != sleutel
    pagina = client.get(reverse("woo:document", args=[document.verzoek.pk, 1]), {"weergave": "voorbeeld"})
    inhoud = pagina.content.decode()
    assert "Voorbeeld zoals gepubliceerd" in inhoud and "Nog 1 voorstel(len) zonder besluit" in inhoud
    png = client.get(reverse("woo:document-pagina", args=[document.verzoek.pk, 1, "voorbeeld", 1]))
    assert png.status_code == 200 and png.content[:4] == b"\x89PNG"
    scherp = client.get(
        reverse("woo:document-pagina", args=[document.verzoek.pk, 1, "voorbeeld", 1]), {"breedte": "1800"}
    )
    assert len(scherp.content) > len(png.content)


def test_dezelfde_handelingen_in_de_api(document: Any, woo_org: dict[str, Any], client: Any) -> None:
    log_in(client, woo_org["jurist"])
    basis = f"/api/v1/woo-verzoeken/{document.verzoek.pk}/documenten/1/"
    bsn = _passage(document, "BSN")
    antwoord = client.post(basis + "lakbesluit", {"passage": bsn.pk, "besluit": "lakken"}, "application/json")
    assert antwoord.status_code == 200, antwoord.content
    lakkingen = {p["id"]: p for p in antwoord.json()["lakkingen"]}
    assert lakkingen[bsn.pk]["status"] == "geaccepteerd"
    vak = {"pagina": 1, "x0": 70, "y0": 114, "x1": 400, "y1": 130, "grond": "5.1.2e"}
    antwoord = client.post(basis + "vakken", vak, "application/json")
    assert antwoord.status_code == 201
    assert [p["tekst"][:12] for p in antwoord.json()["lakkingen"] if p["status"] == "toegevoegd"] == [
        "De verdeling"
    ]
    fout = client.post(basis + "vakken", {**vak, "x1": 5000}, "application/json")
    assert fout.status_code == 400 and fout["Content-Type"] == "application/problem+json"
    assert "valt buiten pagina 1" in fout.content.decode()
    log_in(client, woo_org["woordvoerder"])
    assert client.post(basis + "vakken", vak, "application/json").status_code == 403


def test_een_functioneel_adres_staat_in_de_beoordeling_maar_wordt_niet_gelakt(
    document: Any, woo_org: dict[str, Any]
) -> None:
    """Issue 15 §3: a functional mailbox is no personal data; the reviewer sees the choice."""
    document.passages.all().delete()
    beoordeling.analyseer(
        document, maak_pdf("Mail uw vraag aan woo-verzoeken@minbzk.nl of aan jan.jansen@voorbeeld.nl.")
    )
    adres = document.passages.get(label="FUNCTIONEEL_ADRES")
    assert (adres.status, adres.grond) == (Passage.Status.AFGEWEZEN, "")
    assert adres.tekst == "woo-verzoeken@minbzk.nl"
    assert adres.rect and document.passages.get(label="EMAIL").status == Passage.Status.VOORGESTELD
    client = log_in(Client(), woo_org["jurist"])
    pagina = client.get(reverse("woo:document", args=[document.verzoek.pk, 1])).content.decode()
    naam = "Afgewezen lakking: functioneel adres „woo-verzoeken@minbzk.nl”, geen persoonsgegeven, pagina 1"
    assert f'aria-label="{naam}"' in pagina
