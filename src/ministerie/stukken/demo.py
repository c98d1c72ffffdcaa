"""Demo memos for `make run`: the memo flow at each of its stages, so that every role sees its
part of the work on Mijn werk and in the reading view. Written by the demo account "beleid"
(directie Woningbouw) through the same services as the pages, so the timeline, versions,
notifications and audit trail are real; a second run changes nothing (memos are looked up by
their subject first). Subjects end in "(demo)"; the contents are fictitious."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from ministerie.core.demo import registreer_demolader
from ministerie.core.models import Gebruiker

from . import services
from .models import Beslispunt, Nota, Parafeerstap

TER_BESLISSING = "Versnelling woningbouw: inzet van flexpools bij gemeenten (demo)"
BESLOTEN = "Verlenging tijdelijke huisvesting aandachtsgroepen (demo)"
CONCEPT = "Stand van zaken flexwonen (demo)"

# one line per paragraph: a line break in a memo's text is a line break on the page
AANLEIDING = (
    "De woningbouwimpuls loopt achter in gemeenten zonder eigen capaciteit voor planvorming. "
    "In het bestuurlijk overleg van oktober vroegen de provincies om **tijdelijke inzet van "
    "experts** via een flexpool."
)

KERNPUNTEN = """- Een flexpool van 40 experts (planeconomie, ruimtelijke ordening, juridisch).
- Inzet voor maximaal twee jaar per gemeente, op aanvraag via de provincie.
- Dekking uit de middelen van de woningbouwimpuls; geen extra middelen nodig."""

TOELICHTING = """### Uitvoering
De flexpool wordt ondergebracht bij de Rijksdienst voor Ondernemend Nederland.

| Jaar | Experts | Kosten |
|------|---------|--------|
| 2027 | 25 | € 3,1 mln |
| 2028 | 40 | € 4,9 mln |

### Communicatie
U informeert de Kamer in de voortgangsbrief woningbouw van december."""


def _loop_de_lijn_af(nota: Nota) -> None:
    """Everyone on the route before the bewindspersoon initials, in order."""
    while nota.status == Nota.Status.IN_PARAFERING:
        stap = (
            nota.stappen.filter(status=Parafeerstap.Status.AAN_DE_BEURT)
            .exclude(soort=Parafeerstap.Soort.BESLISSING)
            .order_by("niveau", "pk")
            .first()
        )
        if stap is None:
            return
        services.parafeer(nota, door=stap.houder, opmerking="Akkoord.")
        nota.refresh_from_db()


def _beslisnota(beleid: Gebruiker, onderwerp: str, punten: list[str], dagen_geleden: int) -> Nota:
    nota = services.stel_nota_op(
        door=beleid,
        soort=Nota.Soort.BESLISNOTA,
        onderwerp=onderwerp,
        aan="Minister van BZK",
        datum=timezone.localdate() - timedelta(days=dagen_geleden),
        beslispunten=punten,
        aanleiding=AANLEIDING,
        kernpunten=KERNPUNTEN,
        toelichting=TOELICHTING,
    )
    services.start_parafering(nota, door=beleid)
    nota.refresh_from_db()
    _loop_de_lijn_af(nota)
    nota.refresh_from_db()
    return nota


@registreer_demolader
@transaction.atomic
def laad_stukken_demo() -> None:
    beleid = Gebruiker.objects.filter(username="beleid").first()
    if beleid is None or not beleid.eenheden.exists():
        return
    if not Nota.objects.filter(onderwerp=CONCEPT).exists():
        services.stel_nota_op(
            door=beleid,
            soort=Nota.Soort.INFORMATIENOTA,
            onderwerp=CONCEPT,
            aan="Minister van BZK",
            aanleiding="De Kamer vroeg in het commissiedebat om een stand van zaken.",
            kernpunten="- 12.000 flexwoningen in voorbereiding.\n- 4.500 opgeleverd in 2026.",
            toelichting="",
        )
    if not Nota.objects.filter(onderwerp=TER_BESLISSING).exists():
        _beslisnota(
            beleid,
            TER_BESLISSING,
            ["Instemmen met een flexpool van 40 experts.", "Instemmen met de dekking uit de impuls."],
            dagen_geleden=6,
        )
    if not Nota.objects.filter(onderwerp=BESLOTEN).exists():
        nota = _beslisnota(beleid, BESLOTEN, ["Instemmen met verlenging tot 1 juli 2027."], dagen_geleden=14)
        beslisser = nota.stappen.filter(soort=Parafeerstap.Soort.BESLISSING).first()
        if nota.status == Nota.Status.TER_BESLISSING and beslisser is not None:
            services.beslis(
                nota,
                door=beslisser.houder,
                besluiten={p.pk: (Beslispunt.Besluit.AKKOORD, "") for p in nota.beslispunten.all()},
                toelichting="Akkoord; graag de gemeenten tijdig informeren.",
            )
