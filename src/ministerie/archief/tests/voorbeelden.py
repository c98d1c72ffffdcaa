"""Sample URL parameters for the generated permission test (core/tests)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any


def _item() -> Any:
    from ministerie.archief import inname
    from ministerie.archief.models import Functieperiode, Item, Machtiging, Sleutelfunctionaris
    from ministerie.archief.services import neem_op_in_register
    from ministerie.core.models import Gebruiker
    from ministerie.organisatie.models import Persoon

    functionaris = Sleutelfunctionaris.objects.filter(code="voorbeeld-archief").first()
    if functionaris is None:
        persoon, _ = Persoon.objects.get_or_create(code="voorbeeld-archief", defaults={"naam": "Voorbeeld"})
        neem_op_in_register(
            door="voorbeeld", persoon=persoon, code="voorbeeld-archief",
            functie=Functieperiode.Functie.DIRECTEUR, van=date(2020, 1, 1),
        )  # fmt: skip
        functionaris = Sleutelfunctionaris.objects.get(code="voorbeeld-archief")
    # the sample is one the trying user may see: the owner allowed every user made so far
    for gebruiker in Gebruiker.objects.all():
        Machtiging.objects.get_or_create(
            functionaris=functionaris, gebruiker=gebruiker, defaults={"verleend_door": gebruiker}
        )
    item = Item.objects.filter(functionaris=functionaris).first()
    if item is None:
        with tempfile.TemporaryDirectory() as map_:
            bron = Path(map_) / "voorbeeld.eml"
            bron.write_bytes(
                b"From: a@example.org\nSubject: Voorbeeld\nDate: Mon, 1 Mar 2021 10:00:00 +0000\n\nTekst\n"
            )
            inname.neem_in(bron, functionaris=functionaris, soort="mail", door="voorbeeld", rubricering=10)
        item = Item.objects.get(functionaris=functionaris)
    return item


def _lijst() -> Any:
    from django.core.files.base import ContentFile

    from ministerie.archief.models import Vernietigingslijst
    from ministerie.core.models import Gebruiker

    lijst = Vernietigingslijst.objects.first()
    if lijst is None:
        maker, _ = Gebruiker.objects.get_or_create(username="voorbeeld-archief")
        lijst = Vernietigingslijst.objects.create(peildatum=date(2026, 1, 1), aangemaakt_door=maker)
        lijst.items.add(_item())
        lijst.verklaring.save("voorbeeld-verklaring.pdf", ContentFile(b"%PDF-1.4 voorbeeld"), save=True)
    return lijst


def _bewaarplicht() -> Any:
    from ministerie.archief.models import Bewaarplicht
    from ministerie.core.models import Gebruiker

    plicht = Bewaarplicht.objects.first()
    if plicht is None:
        maker, _ = Gebruiker.objects.get_or_create(username="voorbeeld-archief")
        plicht = Bewaarplicht.objects.create(
            functionaris=_item().functionaris,
            grond="woo",
            referentie="WOO-1",
            reden="Voorbeeld",
            gezet_door=maker,
        )
    return plicht


def voorbeeld_kwargs(route_naam: str, patroon: str) -> dict | None:
    naam = route_naam.split(":", 1)[-1]
    if not (route_naam.startswith("archief:") or naam.startswith("archief-")):
        return None
    if "<" not in patroon:
        return {}
    if naam in ("item", "item-bestand"):
        return {"pk": _item().pk}
    if naam == "register-export":
        return {"formaat": "csv"}
    if naam == "inname":
        return {"pk": _item().run_id}
    if naam == "bewaarplicht-opheffen":
        return {"pk": _bewaarplicht().pk}
    if naam in (
        "lijst", "goedkeuren", "intrekken", "verklaring",
        "archief-vernietiging-goedkeuren", "archief-vernietiging-intrekken",
    ):  # fmt: skip
        return {"pk": _lijst().pk}
    return None
