"""The overdue signal (issue 14 §2): once a day, every user hears of each item on their Mijn werk
whose due date passed since the last run — a notification of kind ``verlopen``.

The work is bounded: users are read in batches by primary key, and a run looks back at most
``MAX_TERUG`` days. The key of each notification names the source, the item and its due date
(``werk:<bron>:<item>:verlopen:<datum>``), so a second run, a retried job or two runs at once never
give a user the same notification twice; an item whose due date is moved and passes again gives a
new one. How far the signal got is kept in ``Verloopcontrole`` (one row): items due before that
date have been looked at. The first run looks at the items that became overdue today.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format

from ministerie.core.models import Gebruiker
from ministerie.core.rubricering import Rubricering
from ministerie.core.werk import Werkitem, werk_voor

from .models import Soort, Verloopcontrole
from .services import meld

log = logging.getLogger(__name__)

BATCH = 200
MAX_TERUG = timedelta(days=31)


@dataclass
class Uitkomst:
    sinds: date
    tot: date
    gebruikers: int = 0
    meldingen: int = 0
    fouten: list[str] = field(default_factory=list)


def sleutel(item: Werkitem) -> str:
    assert item.uiterste_datum is not None
    return f"werk:{item.bron}:{item.item_sleutel}:verlopen:{item.uiterste_datum.isoformat()}"[:200]


def _rubricering(item: Werkitem, gebruiker: Any) -> int:
    """The item's classification; when the source does not give it, the recipient's clearance
    (the item cannot be higher, since they see it): the e-mail then leaves the title out above
    Intern rather than risk it."""
    if item.rubricering is not None:
        return int(item.rubricering)
    return max(int(Rubricering.INTERN), int(getattr(gebruiker, "clearance", Rubricering.INTERN)))


def meld_verlopen_voor(gebruiker: Any, sinds: date, tot: date) -> int:
    """Notify ``gebruiker`` of their items due on ``sinds`` up to (not including) ``tot``."""
    gemaakt = 0
    for item in werk_voor(gebruiker):
        datum = item.uiterste_datum
        if datum is None or not (sinds <= datum < tot):
            continue
        tekst = f"De uiterste datum was {date_format(datum, 'j F Y')}."
        if item.ter_informatie:
            tekst += " U volgt dit ter informatie."
        gemaakt += len(
            meld(
                gebruiker,
                Soort.VERLOPEN,
                f"{item.soort}: {item.titel}"[:300],
                item.url,
                tekst,
                sleutel=sleutel(item),
                rubricering=_rubricering(item, gebruiker),
            )
        )
    return gemaakt


def meld_verlopen(vandaag: date | None = None, *, batch: int = BATCH) -> Uitkomst:
    """Notify every active user of their items that became overdue since the last run."""
    vandaag = vandaag or timezone.localdate()
    controle = Verloopcontrole.objects.filter(pk=1).first()
    sinds = controle.gecontroleerd_tot if controle else vandaag - timedelta(days=1)
    sinds = max(sinds, vandaag - MAX_TERUG)
    uitkomst = Uitkomst(sinds=sinds, tot=vandaag)
    if sinds >= vandaag:
        return uitkomst
    laatste = 0
    while True:
        groep = list(Gebruiker.objects.filter(is_active=True, pk__gt=laatste).order_by("pk")[:batch])
        if not groep:
            break
        for gebruiker in groep:
            try:
                with transaction.atomic():
                    uitkomst.meldingen += meld_verlopen_voor(gebruiker, sinds, vandaag)
            except Exception as fout:  # one user's broken source must not stop the others
                log.exception("Verlopen termijnen voor %s niet gemeld", gebruiker.username)
                uitkomst.fouten.append(f"{gebruiker.username}: {fout}")
            uitkomst.gebruikers += 1
        laatste = groep[-1].pk
    if not uitkomst.fouten:
        Verloopcontrole.objects.update_or_create(pk=1, defaults={"gecontroleerd_tot": vandaag})
    return uitkomst
