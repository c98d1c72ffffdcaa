"""Letters to the requester: the precision request (Woo art. 4.1 lid 5) and the verdaging notice
(art. 4.4 lid 2), as text and PDF from a template, sent and recorded in the course of events."""

from __future__ import annotations

from datetime import date
from typing import Any

import pymupdf
import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from ministerie.core.models import AuditRecord
from ministerie.termijnen import bereken
from ministerie.woo import documenten_pdf, services
from ministerie.woo.models import Verzoek
from ministerie.woo.tests.hulp import log_in

pytestmark = pytest.mark.django_db
ONTVANGEN = date(2026, 3, 2)


def _verzoek(jurist: Any, **extra: Any) -> Verzoek:
    gegevens = {"verzoeker_email": "greet@example.org", **extra}
    return services.registreer_verzoek(
        door=jurist,
        kanaal="email",
        onderwerp="Woningbouw",
        omschrijving="Alles over wonen",
        verzoeker_naam="Greet Verzoeker",
        ontvangen_op=ONTVANGEN,
        **gegevens,
    )


def _pdf_tekst(data: bytes) -> str:
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        return " ".join(" ".join(p.get_text().split()) for p in doc)


def test_preciseringsverzoek_tekst_pdf_mail_en_verloop(
    woo_org: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    jurist = woo_org["jurist"]
    verzoek = _verzoek(jurist)
    assert documenten_pdf.beschikbare_brieven(verzoek) == ["ontvangstbevestiging"]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.vraag_precisering(
            verzoek,
            door=jurist,
            vraag="Over welke periode en welke woningbouwprojecten gaat het?",
            gevraagd_op=date(2026, 3, 10),
            termijn_tot=date(2026, 3, 24),
        )
    verzoek.refresh_from_db()
    assert documenten_pdf.beschikbare_brieven(verzoek) == ["ontvangstbevestiging", "preciseringsverzoek"]
    tekst = documenten_pdf.brief_tekst(verzoek, "preciseringsverzoek")
    assert "Over welke periode en welke woningbouwprojecten gaat het?" in tekst
    assert "dinsdag 24 maart 2026" in tekst  # the term for the answer
    assert "artikel 4.1 lid 5" in tekst and "helpen" in tekst
    assert "opgeschort" in tekst
    pdf = _pdf_tekst(documenten_pdf.brief_pdf(verzoek, "preciseringsverzoek"))
    assert "Verzoek om uw Woo-verzoek te preciseren" in pdf and "24 maart 2026" in pdf
    assert verzoek.zaaknummer in pdf
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["greet@example.org"]
    assert mail.outbox[0].body == tekst
    regel = verzoek.logboek.get(omschrijving__startswith="Brief")
    assert regel.omschrijving == (
        "Brief 'Verzoek om uw Woo-verzoek te preciseren' per e-mail verstuurd aan de verzoeker"
    )
    assert regel.datum == date(2026, 3, 10)
    assert AuditRecord.objects.filter(actie="woo_brief_verstuurd").count() == 1


def test_verdagingsbericht_met_reden_en_nieuwe_datum_uit_de_engine(woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    verzoek = _verzoek(jurist, verzoeker_email="", verzoeker_adres="Straat 1\n1234 AB Plaats")
    services.neem_in_behandeling(verzoek, door=jurist)
    services.verdaag(verzoek, door=jurist, gemeld_op=date(2026, 3, 20), reden="Omvang: 400 documenten")
    verzoek.refresh_from_db()
    nieuw = bereken("woo", ONTVANGEN, verdaging=True).uiterste_datum
    oud = bereken("woo", ONTVANGEN).uiterste_datum
    assert (oud, nieuw) == (date(2026, 3, 30), date(2026, 4, 13))
    tekst = documenten_pdf.brief_tekst(verzoek, "verdagingsbericht")
    assert "Omvang: 400 documenten" in tekst
    assert "uiterlijk op 30 maart 2026" in tekst  # the first term
    assert "maandag 13 april 2026" in tekst  # the new due date
    assert "artikel 4.4 lid 2" in tekst
    pdf = _pdf_tekst(documenten_pdf.brief_pdf(verzoek, "verdagingsbericht"))
    assert "Nieuwe uiterste beslisdatum 13 april 2026" in pdf and "1234 AB Plaats" in pdf
    assert verzoek.logboek.filter(
        omschrijving="Brief 'Verdaging van de beslistermijn op uw Woo-verzoek' opgesteld om per post "
        "te versturen (PDF bij het verzoek)"
    ).exists()
    # a later suspension changes the due date, not the letter as it was sent
    services.vraag_zienswijze(
        verzoek,
        door=jurist,
        naam="Bouwbedrijf B.V.",
        gevraagd_op=date(2026, 3, 23),
        verzoeker_geinformeerd_op=date(2026, 3, 23),
        termijn_tot=date(2026, 4, 6),
    )
    assert verzoek.uiterste_datum() is None
    later = _pdf_tekst(documenten_pdf.brief_pdf(verzoek, "verdagingsbericht"))
    assert "Nieuwe uiterste beslisdatum 13 april 2026" in later and "Datum 20 maart 2026" in later


def test_te_late_verdaging_maakt_geen_brief(woo_org: dict[str, Any]) -> None:
    jurist = woo_org["jurist"]
    verzoek = _verzoek(jurist)
    services.neem_in_behandeling(verzoek, door=jurist)
    with pytest.raises(Exception, match="te laat"):
        services.verdaag(verzoek, door=jurist, gemeld_op=date(2026, 3, 31), reden="Omvang")
    assert documenten_pdf.beschikbare_brieven(verzoek) == ["ontvangstbevestiging"]
    assert not verzoek.logboek.filter(omschrijving__startswith="Brief").exists()


def test_brieven_op_de_verzoekpagina(
    client: Client, woo_org: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    jurist = woo_org["jurist"]
    verzoek = _verzoek(jurist)
    log_in(client, jurist)
    url = reverse("woo:bestand", args=[verzoek.pk, "verdagingsbericht.pdf"])
    assert client.get(url).status_code == 404  # not yet: no verdaging
    services.neem_in_behandeling(verzoek, door=jurist)
    services.verdaag(verzoek, door=jurist, gemeld_op=date(2026, 3, 20), reden="Omvang")
    # the page queues the letters it lists (once); a job makes them, not the request (issue 13 §5)
    with django_capture_on_commit_callbacks() as na_commit:
        pagina = client.get(reverse("woo:verzoek", args=[verzoek.pk])).content.decode()
        client.get(reverse("woo:verzoek", args=[verzoek.pk]))
    assert "Verdaging van de beslistermijn op uw Woo-verzoek (PDF)" in pagina
    assert "13 april 2026" in pagina
    assert len(na_commit) == 2  # the acknowledgement and the verdaging notice, each once
    # clicked before the job ran: back to the page, which says so; nothing rendered
    eerst = client.get(url)
    assert eerst.status_code == 302 and eerst["Location"] == reverse("woo:verzoek", args=[verzoek.pk])
    assert "wordt opgemaakt" in client.get(eerst["Location"]).content.decode()
    assert not verzoek.brieven.exists()
    for callback in na_commit:
        callback()
    antwoord = client.get(url)
    assert antwoord.status_code == 200 and antwoord["Content-Type"] == "application/pdf"
    assert b"".join(antwoord.streaming_content).startswith(b"%PDF")  # type: ignore[attr-defined]
    log_in(client, woo_org["beleid"])  # no view on this request
    assert client.get(url).status_code == 404
