"""Demo content for `make run`: two Woo requests in different states (idempotent)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from ministerie.core.demo import registreer_demolader


def _demo_pdf(nummer: int) -> tuple[str, bytes]:
    """A small fictitious memo with personal data, so the redaction proposals show."""
    import pymupdf

    doc = pymupdf.open()
    pagina = doc.new_page()
    regels = [
        f"Notitie {nummer}: verdeling woningbouwimpuls (demo, fictief)",
        f"Contactpersoon gemeente: Demo Persoon {nummer}, e-mail demo.persoon{nummer}@example.org",
        "Telefoon: 06-12345678",
        "De verdeling over de gemeenten is besproken in het bestuurlijk overleg.",
    ]
    for rij, regel in enumerate(regels):
        pagina.insert_text((72, 72 + 18 * rij), regel, fontsize=11)
    return f"demo-notitie-{nummer}.pdf", doc.tobytes()


@registreer_demolader
def laad_woo_demo() -> None:
    from ministerie.core.models import Gebruiker

    from . import beoordeling, services
    from .models import Verzoek

    if Verzoek.objects.filter(omschrijving__startswith="[demo]").exists():
        return
    jurist = Gebruiker.objects.filter(username="jurist").first()
    if jurist is None:
        return
    vandaag = timezone.localdate()
    eerste = services.registreer_verzoek(
        door=jurist,
        kanaal=Verzoek.Kanaal.EMAIL,
        onderwerp="Stukken over de woningbouwimpuls 2021",
        omschrijving="[demo] Alle nota's en e-mails over de verdeling van de woningbouwimpuls in 2021.",
        verzoeker_naam="Demo Verzoeker (fictief)",
        verzoeker_email="verzoeker@example.org",
        ontvangen_op=vandaag - timedelta(days=3),
    )
    services.neem_in_behandeling(eerste, door=jurist)
    eenheid = jurist.eenheden.order_by("pk").first()
    if eenheid is not None:
        beoordeling.upload_documenten(
            eerste, door=jurist, bestanden=[_demo_pdf(i) for i in range(1, 4)], eenheid=eenheid
        )
    tweede = services.registreer_verzoek(
        door=jurist,
        kanaal=Verzoek.Kanaal.BRIEF,
        onderwerp="Alles over de Grondwet",
        omschrijving="[demo] Alle documenten over de Grondwet.",
        verzoeker_naam="Demo Briefschrijver (fictief)",
        verzoeker_adres="Postbus 1\n1000 AA Amsterdam",
        ontvangen_op=vandaag - timedelta(days=5),
    )
    services.vraag_precisering(
        tweede,
        door=jurist,
        vraag="Over welke periode en welk onderdeel van de Grondwet wilt u informatie?",
        gevraagd_op=vandaag - timedelta(days=2),
        termijn_tot=vandaag + timedelta(days=12),
    )
