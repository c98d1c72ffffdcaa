"""Sample URL parameters for the generated permission test (core/tests/test_permissies_gegenereerd.py)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core import signing
from django.utils import timezone


def _verzoek() -> Any:
    from ministerie.organisatie.models import Eenheid
    from ministerie.woo.models import Verzoek

    eenheid = Eenheid.objects.filter(code="bzk").first()
    if eenheid is not None:  # CZW under BZK: a directeur of BZK may then publish (directeur CZW)
        Eenheid.objects.get_or_create(
            code="czw", defaults={"naam": "CZW", "soort": "directie", "bovenliggende": eenheid}
        )
    verzoek, _ = Verzoek.objects.get_or_create(
        zaaknummer="WOO-2026-99999",
        defaults={
            "onderwerp": "Voorbeeld",
            "omschrijving": "Voorbeeld",
            "kanaal": "brief",
            "ontvangen_op": timezone.localdate() - timedelta(days=3),
            "status": "in_behandeling",
            "informatiecategorie": "https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532",
            "eenheid": eenheid,
        },
    )
    return verzoek


def _document(verzoek: Any) -> Any:
    from django.core.files.base import ContentFile

    from ministerie.woo.models import WooDocument
    from ministerie.woo.tests.hulp import maak_pdf

    bestaand = verzoek.documenten.filter(nummer=1).first()
    if bestaand is not None:
        return bestaand
    doc = WooDocument(
        verzoek=verzoek,
        nummer=1,
        titel="Voorbeeld",
        paginas=1,
        paginamaten=[[595, 842]],
        eenheid=verzoek.eenheid,
    )
    doc.bron_pdf.save("voorbeeld.pdf", ContentFile(maak_pdf("Voorbeeld")), save=False)
    doc.save()
    return doc


def _publicatie() -> Any:
    from django.core.files.base import ContentFile

    from ministerie.core.models import Gebruiker
    from ministerie.woo.models import Publicatie, Publicatiebestand

    verzoek = _verzoek()
    auteur, _ = Gebruiker.objects.get_or_create(username="voorbeeld-woo")
    publicatie, nieuw = Publicatie.objects.get_or_create(
        verzoek=verzoek,
        defaults={
            "titel": "Voorbeeldpublicatie",
            "status": "gepubliceerd",
            "informatiecategorie": verzoek.informatiecategorie,
            "gepland_op": timezone.localdate(),
            "goedgekeurd_door": auteur,
            "goedgekeurd_op": timezone.now(),
            "gepubliceerd_op": timezone.now(),
        },
    )
    if nieuw:
        bestand = Publicatiebestand(
            publicatie=publicatie,
            soort="document",
            volgorde=1,
            titel="Voorbeeld",
            bestandsnaam="voorbeeld.pdf",
            mime="application/pdf",
            sha256="0" * 64,
            metadata_xml="<x/>",
        )
        bestand.bestand.save("voorbeeld.pdf", ContentFile(b"%PDF-1.4"), save=False)
        bestand.save()
    return publicatie


def voorbeeld_kwargs(route_naam: str, patroon: str) -> dict | None:
    if route_naam.startswith("openbaar:"):
        if "token" in patroon:
            return {"token": signing.dumps(_verzoek().pk, salt="woo-bevestiging")}
        if "<int:pk>" in patroon:
            publicatie = _publicatie()
            kwargs: dict[str, Any] = {"pk": publicatie.pk}
            if "bestand" in patroon:
                kwargs["bestand"] = publicatie.bestanden.first().pk
            return kwargs
        return None
    if not (route_naam.startswith("woo:") or route_naam.startswith("api:woo-")):
        return None
    if "<int:pk>" not in patroon:
        return None
    verzoek = _verzoek()
    kwargs = {"pk": verzoek.pk}
    if "<int:nummer>" in patroon:
        kwargs["nummer"] = _document(verzoek).nummer
    if "<str:soort>" in patroon:
        kwargs["soort"] = "bron" if "pagina" in patroon else "ontvangstbevestiging.pdf"
    if "<int:pagina>" in patroon:
        kwargs["pagina"] = 1
    if "<int:verwerking>" in patroon:
        kwargs["verwerking"] = _verwerking(verzoek).pk
    return kwargs


def _verwerking(verzoek: Any) -> Any:
    """A delivery job that stopped with an error (so a restart is possible)."""
    from ministerie.core.models import Gebruiker
    from ministerie.woo.models import Verwerking

    starter, _ = Gebruiker.objects.get_or_create(username="voorbeeld-woo")
    verwerking, _ = Verwerking.objects.get_or_create(
        verzoek=verzoek,
        soort=Verwerking.Soort.AANLEVERING,
        defaults={
            "omschrijving": "Aanlevering: voorbeeld.zip",
            "status": Verwerking.Status.MISLUKT,
            "fout": "Voorbeeld.",
            "gestart_door": starter,
        },
    )
    return verwerking
