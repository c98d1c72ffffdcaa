"""Sample URL parameters for the generated permission test (core/tests)."""

from __future__ import annotations

from typing import Any

PUBLIEK_JAAR, PUBLIEK_MAAND = 2025, 1


def _ministerie() -> Any:
    from ministerie.organisatie.models import Eenheid

    eenheid, _ = Eenheid.objects.get_or_create(code="bzk", defaults={"naam": "BZK", "soort": "ministerie"})
    return eenheid


def _gebruiker() -> Any:
    from ministerie.core.models import Gebruiker, Gebruikersrol

    gebruiker, _ = Gebruiker.objects.get_or_create(username="voorbeeld-bestuurskosten")
    Gebruikersrol.objects.get_or_create(gebruiker=gebruiker, rol="fez_medewerker")
    gebruiker.eenheden.add(_ministerie())
    return gebruiker


def _periode(jaar: int, maand: int, status: str) -> Any:
    from ministerie.bestuurskosten.models import Periode

    periode, _ = Periode.objects.get_or_create(
        ministerie=_ministerie(),
        jaar=jaar,
        maand=maand,
        defaults={"status": status, "aangemaakt_door": _gebruiker()},
    )
    return periode


def _document(periode: Any) -> Any:
    import pymupdf
    from django.core.files.base import ContentFile
    from django.utils import timezone

    from ministerie.bestuurskosten.models import Brondocument
    from ministerie.stukken.opslag import sla_op

    bestaand = periode.documenten.first()
    if bestaand is not None:
        return bestaand
    pdf = pymupdf.open()
    pdf.new_page().insert_text((72, 72), f"Voorbeeldbon {periode.pk}")
    data = pdf.tobytes()
    opgeslagen = sla_op(data, "voorbeeldbon.pdf", door=_gebruiker(), eenheid=_ministerie(), rubricering=10)
    document = Brondocument(
        periode=periode,
        titel="Voorbeeldbon",
        soort="bon",
        document=opgeslagen.document,
        versie=opgeslagen.versie,
        paginas=1,
        toegevoegd_door=_gebruiker(),
        gelakt_op=timezone.now(),
    )
    document.bron_pdf.save("voorbeeld-bron.pdf", ContentFile(data), save=False)
    document.gelakt_pdf.save("voorbeeld-gelakt.pdf", ContentFile(data), save=False)
    document.save()
    return document


def voorbeeld_kwargs(route_naam: str, patroon: str) -> dict | None:
    naam = route_naam.split(":", 1)[-1]
    if not (route_naam.startswith("bestuurskosten:") or naam.startswith("bestuurskosten-")):
        return None
    if "<" not in patroon:
        return {}
    if naam.startswith("openbaar"):
        periode = _periode(PUBLIEK_JAAR, PUBLIEK_MAAND, "gepubliceerd")
        kwargs: dict[str, Any] = {"ministerie": "bzk", "jaar": periode.jaar, "maand": periode.maand}
        if "<int:pk>" in patroon:
            kwargs["pk"] = _document(periode).pk
        if "<str:formaat>" in patroon:
            kwargs["formaat"] = "csv"
        return kwargs
    periode = _periode(2025, 2, "open")
    # document-nieuw hangs under the month (its pk is the month's); the others under a document
    if naam.startswith("document") and naam != "document-nieuw" and "<int:pk>" in patroon:
        kwargs = {"pk": _document(periode).pk}
        if "<str:soort>" in patroon:
            kwargs["soort"] = "bron"
        if "<int:pagina>" in patroon:
            kwargs["pagina"] = 1
        return kwargs
    if naam == "post-verwijderen":
        from ministerie.bestuurskosten.models import Kostenpost
        from ministerie.organisatie.models import Persoon

        persoon, _ = Persoon.objects.get_or_create(code="voorbeeld", defaults={"naam": "Voorbeeld"})
        post, _ = Kostenpost.objects.get_or_create(
            periode=periode,
            omschrijving="Voorbeeld",
            defaults={
                "persoon": persoon,
                "functie": "minister",
                "categorie": "overig",
                "datum": "2025-02-01",
                "bedrag": "1.00",
                "brondocument": _document(periode),
                "vastgelegd_door": _gebruiker(),
            },
        )
        return {"pk": post.pk}
    if naam == "markering-opheffen":
        from ministerie.bestuurskosten.models import Paginamarkering

        markering, _ = Paginamarkering.objects.get_or_create(
            brondocument=_document(periode), pagina=1, defaults={"reden": "Voorbeeld"}
        )
        return {"pk": markering.pk}
    if "<int:pk>" in patroon:
        kwargs = {"pk": periode.pk}
        if "<str:formaat>" in patroon:
            kwargs["formaat"] = "csv"
        return kwargs
    return {}
