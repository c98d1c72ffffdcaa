"""Demo content for `make run`: three fictitious objections in different states (idempotent).
No letters are e-mailed: the demo objectors have a postal address only."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from ministerie.core.demo import registreer_demolader


@registreer_demolader
def laad_bezwaar_demo() -> None:
    from ministerie.core.models import Gebruiker

    from . import services
    from .models import Bezwaar

    if Bezwaar.objects.filter(gronden__startswith="[demo]").exists():
        return
    jurist = Gebruiker.objects.filter(username="jurist").first()
    if jurist is None:
        return
    vandaag = timezone.localdate()
    adres = "Voorbeeldstraat 1\n1234 AB Voorbeeldstad"
    services.registreer(
        door=jurist,
        kanaal="brief",
        ontvangen_op=vandaag - timedelta(days=2),
        onderwerp="Bezwaar tegen Woo-besluit (demo, fictief)",
        besluit="Woo-besluit over de windturbines (demo)",
        besluit_bekendgemaakt_op=vandaag - timedelta(days=20),
        gronden="[demo] Ten onrechte zijn documenten geweigerd op grond van art. 5.1 lid 2 onder i Woo.",
        bezwaarmaker_naam="Demo Bezwaarmaker (fictief)",
        bezwaarmaker_adres=adres,
    )
    te_laat = services.registreer(
        door=jurist,
        kanaal="email",
        ontvangen_op=vandaag - timedelta(days=10),
        onderwerp="Te laat bezwaar (demo, fictief)",
        besluit="Besluit subsidieaanvraag (demo)",
        besluit_bekendgemaakt_op=vandaag - timedelta(days=70),
        gronden="[demo] Ik ben het niet eens met de afwijzing.",
        bezwaarmaker_naam="Demo Laatkomer (fictief)",
        bezwaarmaker_adres=adres,
    )
    services.wijs_toe(te_laat, door=jurist, behandelaar=jurist)
