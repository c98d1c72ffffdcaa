"""Who hears what in parliament work (issue 14 §2): when the answer memo to a set of Kamervragen
is settled (signed by the bewindspersoon, then afgedaan), Parlementaire Zaken is told to send the
answer to the Kamer, and finds it on Mijn werk ("Kamervragen — te verzenden") until the date sent
is recorded.

The memo part sends ``stukken.signalen.nota_afgedaan`` inside the settling transaction; this
receiver writes the notifications there (``meld``: e-mail on commit). The title is the number and
subject of the questions, which the Kamer publishes; the link is the page where PZ records the
date sent.
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from ministerie.core.models import Gebruiker
from ministerie.core.permissies import heeft_recht
from ministerie.meldingen.models import Soort
from ministerie.meldingen.services import meld
from ministerie.stukken.models import Nota
from ministerie.stukken.route import PARLEMENTAIRE_ZAKEN

from .models import Kamervragen

#: The right of who records that an answer was sent (``registreer_antwoord_verzonden``).
VERZENDER = "parlement.registreren"


def verzenders() -> list[Gebruiker]:
    """Parlementaire Zaken: active holders of the role who may record the date sent."""
    mensen = Gebruiker.objects.filter(is_active=True, rollen__rol=PARLEMENTAIRE_ZAKEN).distinct()
    return [g for g in mensen.order_by("pk") if heeft_recht(g, VERZENDER)]


def antwoordnota_afgedaan(sender: Any, *, nota_id: int, soort: str, door_id: int, **_: Any) -> None:
    if soort != Nota.Soort.ANTWOORD_KAMERVRAGEN:
        return
    kv = (
        Kamervragen.objects.filter(antwoord_nota_id=nota_id)
        .exclude(status=Kamervragen.Status.VERZONDEN)
        .first()
    )
    if kv is None:
        return
    meld(
        [g for g in verzenders() if g.pk != door_id],
        Soort.TE_DOEN,
        f"Te verzenden: Kamervragen {kv.nummer} — {kv.onderwerp}"[:300],
        reverse("parlement:kamervragen", args=[kv.pk]),
        f"Het antwoord is getekend en afgedaan; verzend het aan de {kv.get_kamer_display()} en "
        "leg de verzenddatum vast.",
        sleutel=f"kamervragen:{kv.pk}:te-verzenden",
        over=kv,
    )
