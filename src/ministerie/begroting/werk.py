"""The budget in "Mijn werk" for FEZ: open audit findings per chapter, overdue evaluations."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from django.db.models import Count
from django.urls import reverse

from ministerie.core.permissies import heeft_recht
from ministerie.core.werk import Werkitem, registreer_bron

from .evaluaties import agenda
from .models import Bevinding


@registreer_bron
def begrotingswerk(gebruiker: Any) -> Iterator[Werkitem]:
    if not getattr(gebruiker, "is_authenticated", False):
        return
    if not heeft_recht(gebruiker, "begroting.bevinding_bijwerken"):
        return
    dashboard = reverse("begroting:dashboard")
    open_ = (
        Bevinding.objects.exclude(status=Bevinding.Status.OPGELOST)
        .values("hoofdstuk__code", "jaar")
        .annotate(aantal=Count("pk"))
        .order_by("hoofdstuk__code", "jaar")
    )
    for rij in open_:
        yield Werkitem(
            soort="Begroting — bevindingen",
            titel=f"{rij['aantal']} open bevinding(en) op hoofdstuk {rij['hoofdstuk__code']} "
            f"over {rij['jaar']}",
            url=dashboard,
            toelichting="Verbeterplan en opvolging vastleggen.",
        )
    for punt in agenda():
        if punt.te_laat and punt.uiterlijk_jaar:
            yield Werkitem(
                soort="Begroting — evaluatie",
                titel=f"Evaluatie {punt.artikel.hoofdstuk.code} artikel {punt.artikel.nummer} "
                f"({punt.artikel.naam}) is te laat",
                url=dashboard,
                uiterste_datum=date(punt.uiterlijk_jaar, 12, 31),
                toelichting=punt.status,
            )
