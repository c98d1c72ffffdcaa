"""Sample URL parameters for the generated permission test (core/tests): a case of team MC, under
the ministry the test users belong to, with an attachment and a sent letter."""

from __future__ import annotations

from typing import Any


def _zaak() -> Any:
    from django.core.files.base import ContentFile
    from django.utils import timezone

    from ministerie.correspondentie.models import Antwoord, Bijlage, Zaak
    from ministerie.correspondentie.zichtbaarheid import MC_EENHEID
    from ministerie.organisatie.models import Eenheid

    bestaand = Zaak.objects.filter(zaaknummer="MC-2026-99999").first()
    if bestaand is not None:
        return bestaand
    bzk, _ = Eenheid.objects.get_or_create(code="bzk", defaults={"naam": "BZK", "soort": "ministerie"})
    mc, _ = Eenheid.objects.get_or_create(
        code=MC_EENHEID, defaults={"naam": "Team MC", "soort": "team", "bovenliggende": bzk}
    )
    from ministerie.core.models import Gebruiker

    gebruiker, _ = Gebruiker.objects.get_or_create(username="voorbeeld-correspondentie")
    zaak = Zaak.objects.create(
        zaaknummer="MC-2026-99999",
        kanaal="email",
        afzender_naam="Voorbeeld",
        afzender_email="voorbeeld@voorbeeld.nl",
        onderwerp="Voorbeeld",
        tekst="Voorbeeld",
        toegewezen_aan=mc,
        ontvangen_op=timezone.now(),
        uiterste_datum=timezone.localdate(),
    )
    bijlage = Bijlage(zaak=zaak, naam="voorbeeld.txt", mime="text/plain", grootte=4, sha256="0" * 64)
    bijlage.bestand.save("voorbeeld.txt", ContentFile(b"test"), save=True)
    antwoord = Antwoord(zaak=zaak, tekst="Voorbeeld", opgesteld_door=gebruiker)
    antwoord.pdf.save("voorbeeld.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    return zaak


def voorbeeld_kwargs(route_naam: str, patroon: str) -> dict | None:
    if not route_naam.startswith(("correspondentie:", "api:correspondentie")):
        return None
    naam = route_naam.split(":", 1)[1]
    zaak = _zaak()  # also makes team MC under the ministry, so the role's user is in MC
    if "<" not in patroon:
        return {}
    if naam == "contact-bevestiging":
        from django.core import signing

        from ministerie.correspondentie.views import ZOUT_BEVESTIGING

        return {"token": signing.dumps(zaak.pk, salt=ZOUT_BEVESTIGING)}
    if naam == "vernietigingslijst-goedkeuren":
        from ministerie.core.models import Gebruiker
        from ministerie.correspondentie.models import Vernietigingslijst

        lijst = Vernietigingslijst.objects.filter(goedgekeurd_op__isnull=True).first()
        if lijst is None:
            lijst = Vernietigingslijst.objects.create(
                opgesteld_door=Gebruiker.objects.get(username="voorbeeld-correspondentie"), zaken=[]
            )
        return {"pk": lijst.pk}
    if naam.startswith("campagne"):
        from ministerie.correspondentie.models import Campagne

        campagne = zaak.campagne or Campagne.objects.create(naam="Voorbeeldcampagne")
        zaak.campagne = campagne
        zaak.save(update_fields=["campagne"])
        return {"pk": campagne.pk}
    if naam == "jaarverslag":
        return {"jaar": 2026, "formaat": "xlsx"}
    if naam == "jaarverslag-aanbieden":
        return {"jaar": 2026}
    if naam == "bijlage":
        return {"pk": zaak.pk, "bijlage": zaak.bijlagen.get().pk}
    return {"pk": zaak.pk}
