"""Helpers for the Woo tests (also used by the browser test and the route examples)."""

from __future__ import annotations

import zipfile
from datetime import timedelta
from io import BytesIO
from typing import Any

import pymupdf
from django.utils import timezone

from ministerie.organisatie.models import Eenheid

NAMEN = ["Jan Jansen", "Petra de Vries", "Karel Bakker", "Sanne Visser", "Mohamed el Amrani"]
# valid test BSNs (11-proof)
BSNS = ["111222333", "123456782", "999999990", "100000009", "012345672"]


def maak_organisatie() -> dict[str, Eenheid]:
    def eenheid(code: str, naam: str, soort: str, boven: Eenheid | None = None) -> Eenheid:
        gevonden, _ = Eenheid.objects.get_or_create(
            code=code, defaults={"naam": naam, "soort": soort, "bovenliggende": boven}
        )
        return gevonden

    bzk = eenheid("bzk", "Ministerie van BZK", "ministerie")
    minister = eenheid("minister-bzk", "Minister van BZK", "bewindspersoon", bzk)
    sg = eenheid("sg", "Secretaris-generaal", "secretaris_generaal", bzk)
    czw = eenheid("czw", "Directie Constitutionele Zaken en Wetgeving", "directie", sg)
    juridisch = eenheid("czw-juridisch", "Afdeling Juridisch Advies", "afdeling", czw)
    woningbouw = eenheid("woningbouw", "Directie Woningbouw", "directie", bzk)
    return {
        "bzk": bzk,
        "minister": minister,
        "sg": sg,
        "czw": czw,
        "juridisch": juridisch,
        "woningbouw": woningbouw,
    }


def maak_pdf(*regels: str) -> bytes:
    doc = pymupdf.open()
    pagina = doc.new_page()
    y = 72
    for regel in regels:
        pagina.insert_text((72, y), regel, fontsize=11)
        y += 18
    return doc.tobytes()


def woo_document(i: int) -> tuple[str, bytes]:
    """Document i: a memo text with a private person's name and e-mail (5.1.2e) and a BSN
    (5.1.1e)."""
    naam = NAMEN[i % len(NAMEN)]
    voornaam = naam.split()[0].lower()
    return (
        f"stuk-{i:02d}.pdf",
        maak_pdf(
            f"Notitie {i} over de woningbouwimpuls",
            f"Contactpersoon: {naam}, e-mail {voornaam}.{i}@voorbeeld.nl",
            f"Burgerservicenummer van de aanvrager: {BSNS[i % len(BSNS)]}",
            "De verdeling van de middelen is besproken in het overleg.",
        ),
    )


def log_in(client: Any, gebruiker: Any) -> Any:
    client.force_login(gebruiker)
    return client


def klaar_voor_besluit(org: dict[str, Any], aantal: int = 4) -> Any:
    """A request received ten days ago, taken up, with ``aantal`` documents uploaded."""
    from datetime import timedelta

    from django.utils import timezone

    from ministerie.woo import beoordeling, services

    jurist = org["jurist"]
    vandaag = timezone.localdate()
    verzoek = services.registreer_verzoek(
        door=jurist,
        kanaal="email",
        onderwerp="Woningbouwimpuls",
        omschrijving="Alle notities",
        verzoeker_naam="Greet Verzoeker",
        verzoeker_email="greet@example.org",
        ontvangen_op=vandaag - timedelta(days=10),
    )
    services.neem_in_behandeling(verzoek, door=jurist)
    toegevoegd, fouten = beoordeling.upload_documenten(
        verzoek,
        door=jurist,
        bestanden=[woo_document(i) for i in range(aantal)],
        eenheid=jurist.eenheden.first(),
    )
    assert not fouten and len(toegevoegd) == aantal
    return verzoek


def publiceerbaar(org: dict[str, Any]) -> Any:
    """A request with one assessed document and a decision taken today: ready to publish."""
    from django.utils import timezone

    from ministerie.woo import beoordeling
    from ministerie.woo.models import Verzoek

    verzoek = klaar_voor_besluit(org, aantal=1)
    beoordeling.beoordeel_in_bulk(verzoek, door=org["jurist"], nummers=[1], beoordeling="deels_openbaar")
    Verzoek.objects.filter(pk=verzoek.pk).update(
        status=Verzoek.Status.BESLUIT_GENOMEN,
        besluit_datum=timezone.localdate(),
        bekendgemaakt_op=timezone.localdate(),
        publicatie_op=timezone.localdate(),
        eenheid=org["directeur_wb"].eenheden.first(),
    )
    return verzoek


def verzoek_in_behandeling(org: dict[str, Any]) -> Any:
    """A request received three days ago, taken into handling by the jurist."""
    from ministerie.woo import services

    verzoek = services.registreer_verzoek(
        door=org["jurist"],
        kanaal="email",
        onderwerp="Woningbouw",
        omschrijving="Alle notities",
        verzoeker_email="greet@example.org",
        ontvangen_op=timezone.localdate() - timedelta(days=3),
    )
    services.neem_in_behandeling(verzoek, door=org["jurist"])
    return verzoek


def eml(onderwerp: str, message_id: str, tekst: str, antwoord_op: str = "") -> bytes:
    kop = f"In-Reply-To: {antwoord_op}\nReferences: {antwoord_op}\n" if antwoord_op else ""
    return (
        f"From: Jan Jansen <jan.jansen@voorbeeld.nl>\nTo: beleid@minbzk.nl\nSubject: {onderwerp}\n"
        f"Date: Mon, 2 Mar 2026 10:00:00 +0100\nMessage-ID: {message_id}\n{kop}"
        f"Content-Type: text/plain; charset=utf-8\n\n{tekst}\n"
    ).encode()


def zip_van(leden: dict[str, bytes]) -> bytes:
    uit = BytesIO()
    with zipfile.ZipFile(uit, "w") as archief:
        for naam, data in leden.items():
            archief.writestr(naam, data)
    return uit.getvalue()
