"""Demo content for ``make run``: the agendas of the three bewindspersonen with the fixed
meetings, and a Ministerraad of next Friday with three items (idempotent)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.utils import timezone

from ministerie.core.demo import registreer_demolader
from ministerie.organisatie.models import Persoon

from .models import Agenda, Overleg, Vergadering
from .tijd import AMSTERDAM

DOOR = "ministerie demo"


@registreer_demolader
def laad_agenda_demo() -> None:
    from . import services
    from .laden import zorg_voor_overleggen

    zorg_voor_overleggen(DOOR)
    for code in ("hanke-bruins-slot", "hugo-de-jonge", "alexandra-van-huffelen"):
        persoon = Persoon.objects.filter(code=code).first()
        if persoon is None or services.portefeuille_van(persoon) is None:
            continue
        bestaat = Agenda.objects.filter(persoon=persoon).exists()
        agenda = services.maak_agenda(door=DOOR, persoon=persoon)
        if not bestaat:
            _vaste_overleggen(agenda)
    ministerraad = Overleg.objects.filter(code="ministerraad").first()
    if ministerraad is None or Vergadering.objects.filter(overleg=ministerraad).exists():
        return
    vandaag = timezone.localdate()
    vrijdag = vandaag + timedelta(days=(4 - vandaag.weekday()) % 7 or 7)
    vergadering = Vergadering.objects.create(
        overleg=ministerraad,
        titel="Ministerraad",
        begin=datetime.combine(vrijdag, time(10), tzinfo=AMSTERDAM),
        rubricering=20,
        aangemaakt_door=DOOR,
    )
    for volgorde, (onderwerp, ministerie, stuk) in enumerate(
        [
            ("Wetsvoorstel versterking regie volkshuisvesting", "BZK", "Kamerstuk (concept)"),
            ("Voortgangsrapportage digitale overheid", "BZK", "Kamerbrief"),
            ("Landspakket Curaçao: stand van zaken", "BZK", "Notitie Rijksministerraad"),
        ],
        start=1,
    ):
        vergadering.punten.create(
            volgorde=volgorde,
            onderwerp=onderwerp,
            ministerie=ministerie,
            stuk=stuk,
            gevraagd_besluit="Instemmen.",
        )


def _vaste_overleggen(agenda: Agenda) -> None:
    from .bezetting import vaste_overleggen
    from .models import Reeks, Soort

    for overleg in vaste_overleggen():
        Reeks.objects.get_or_create(
            agenda=agenda,
            overleg=overleg,
            defaults={
                "uid": f"{overleg.code}-{agenda.pk}@ministerie",
                "titel": overleg.naam,
                "soort": Soort.BPO if overleg.alleen_tijd else Soort.OVERLEG,
                "regel": overleg.regel,
                "begin": datetime.combine(overleg.vanaf, overleg.begintijd, tzinfo=AMSTERDAM),
                "duur_minuten": overleg.duur_minuten,
                "plaats": "" if overleg.alleen_tijd else overleg.plaats,
                "aangemaakt_door": DOOR,
            },
        )
