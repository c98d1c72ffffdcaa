"""The job workers' heartbeat, and the recovery of jobs whose worker died.

Every ``ministerie worker`` process keeps one ``Werker`` row and updates it every
``WERKER_HARTSLAG_SECONDEN`` from a thread (database time, so clocks of different machines do not
matter). A job that is RUNNING on a worker whose heartbeat is older than
``WERKER_HARTSLAG_VERLOOP_SECONDEN`` lost its worker (killed, out of memory, machine gone): the
heartbeat threads of the living workers find it and

- queue it again when the job is idempotent (``HERHAALBAAR``) and has had fewer than
  ``MAX_POGINGEN`` workers, or
- mark it failed with a Dutch reason; a bulk processing (``stukken.Bulkverwerking``) is set to
  "Mislukt" with a message, so its page offers a restart that continues where it stopped.

Each recovery is one conditional UPDATE (still RUNNING, same start), so two workers that sweep at
the same moment never both handle a job, and a worker that was only slow and finishes after all
simply overwrites the outcome with its own. Every recovery is in the audit trail.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models.functions import Now
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from ministerie.core import audit

from .models import Werker
from .signalen import taak_afgebroken

logger = logging.getLogger(__name__)

WOOTAAK = "ministerie.woo.verwerking.verwerk_woo"  # resumable: continues where it stopped
#: Jobs that may simply run again: each writes the state the database has at that moment.
HERHAALBAAR = frozenset(
    {
        "ministerie.stukken.indexering.indexeer",
        "ministerie.woo.portaalindex.indexeer_publicatie",
        "ministerie.core.taken.controleer_audittrail",
        WOOTAAK,
    }
)
#: A job whose worker died this many times is failed, not queued again (it may be the cause).
MAX_POGINGEN = 3
BULKTAAK = "ministerie.stukken.bulk.verwerk_bulk"
#: Rows of workers that have been silent this long are removed.
OPRUIMEN_NA = timedelta(hours=1)
MELDING_MISLUKT = (
    "De verwerker die deze taak uitvoerde is onverwacht gestopt (geen hartslag meer sinds {sinds}). "
    "De taak is afgebroken."
)
# shown on the bulk page as "De verwerking stopte met een fout: <this>. Wat al gedaan was, ..."
MELDING_BULK = (
    "de verwerker die haar uitvoerde stopte onverwacht (geen hartslag meer). Start haar opnieuw met "
    "de knop hieronder: ze gaat verder waar ze was en doet niets dubbel"
)


class WerkerVerdwenen(Exception):
    """The exception class recorded on a job whose worker died (the job did not raise it)."""


def nieuw_werker_id() -> str:
    """Readable and unique: host, process id and a random part (at most 64 characters)."""
    return f"{socket.gethostname()[:40]}-{os.getpid()}-{get_random_string(8)}"[-64:]


def _verloop() -> timedelta:
    return timedelta(seconds=float(settings.WERKER_HARTSLAG_VERLOOP_SECONDEN))


def meld_aan(werker_id: str) -> Werker:
    """Record a new worker (its first heartbeat)."""
    werker, _ = Werker.objects.update_or_create(
        werker_id=werker_id,
        defaults={
            "host": socket.gethostname()[:255],
            "pid": os.getpid(),
            "gestart_op": timezone.now(),
            "laatst_gezien": Now(),
        },
    )
    return werker


def klop(werker_id: str) -> None:
    """One heartbeat; re-creates the row when it was removed (e.g. by a restore)."""
    if not Werker.objects.filter(werker_id=werker_id).update(laatst_gezien=Now()):
        meld_aan(werker_id)


def meld_af(werker_id: str) -> None:
    Werker.objects.filter(werker_id=werker_id).delete()


def levende_werkers() -> int:
    return Werker.objects.filter(laatst_gezien__gte=Now() - _verloop()).count()


@dataclass(frozen=True)
class Herstel:
    taak_id: str
    taak: str
    werker: str
    afloop: str  # "opnieuw in de wachtrij" or "mislukt"


def _verweesd(taak: DBTaskResult, levend: set[str], bekend: set[str], grens: Any) -> bool:
    laatste = taak.worker_ids[-1] if taak.worker_ids else ""
    if laatste in levend:
        return False
    if laatste in bekend:
        return True
    # no heartbeat row at all (a worker started without one, or rows lost in a restore): the
    # job is taken as orphaned once it has run longer than the heartbeat's expiry
    return taak.started_at is None or taak.started_at < grens


def herstel_verweesde_taken(*, door: str) -> list[Herstel]:
    """Find RUNNING jobs whose worker is gone; queue them again or fail them (see module)."""
    verloop = _verloop()
    levend = set(
        Werker.objects.filter(laatst_gezien__gte=Now() - verloop).values_list("werker_id", flat=True)
    )
    bekend = set(Werker.objects.values_list("werker_id", flat=True))
    grens = timezone.now() - verloop
    hersteld = []
    for taak in DBTaskResult.objects.running().order_by("started_at"):
        if _verweesd(taak, levend, bekend, grens):
            uitkomst = _herstel(taak, door=door)
            if uitkomst is not None:
                hersteld.append(uitkomst)
    Werker.objects.filter(laatst_gezien__lt=Now() - max(verloop, OPRUIMEN_NA)).delete()
    return hersteld


@transaction.atomic
def _herstel(taak: DBTaskResult, *, door: str) -> Herstel | None:
    werker = taak.worker_ids[-1] if taak.worker_ids else ""
    laatst = Werker.objects.filter(werker_id=werker).values_list("laatst_gezien", flat=True).first()
    sinds = timezone.localtime(laatst or taak.started_at or timezone.now()).strftime("%d-%m-%Y %H:%M:%S")
    nog_bezig = DBTaskResult.objects.filter(
        pk=taak.pk, status=TaskResultStatus.RUNNING, started_at=taak.started_at
    )
    if taak.task_path in HERHAALBAAR and len(taak.worker_ids) < MAX_POGINGEN:
        afloop = "opnieuw in de wachtrij"
        gewijzigd = nog_bezig.update(status=TaskResultStatus.READY)
    else:
        afloop = "mislukt"
        gewijzigd = nog_bezig.update(
            status=TaskResultStatus.FAILED,
            finished_at=timezone.now(),
            return_value=None,
            exception_class_path=f"{WerkerVerdwenen.__module__}.{WerkerVerdwenen.__qualname__}",
            traceback=MELDING_MISLUKT.format(sinds=sinds),
        )
    if not gewijzigd:
        return None  # another worker handled it, or the job finished after all
    subject = _nazorg(taak, mislukt=afloop == "mislukt")
    audit.registreer(
        "taak_afgebroken",
        door=door,
        subject=subject,
        gegevens={"taak": taak.task_path, "taak_id": str(taak.pk), "werker": werker, "afloop": afloop},
    )
    logger.warning("Taak %s (%s) van werker %s: %s", taak.pk, taak.task_path, werker, afloop)
    return Herstel(str(taak.pk), taak.task_path, werker, afloop)


def _nazorg(taak: DBTaskResult, *, mislukt: bool) -> Any:
    """What the job left half done, set back so that a person can restart it: the bulk
    processing here, a part's own job by the part that listens to ``taak_afgebroken``."""
    argumenten = list((taak.args_kwargs or {}).get("args") or [])
    for _, subject in taak_afgebroken.send(
        sender=None, taak=taak.task_path, argumenten=argumenten, mislukt=mislukt
    ):
        if subject is not None:
            return subject
    if taak.task_path != BULKTAAK:
        return None
    from ministerie.stukken.models import Bulkverwerking

    argumenten = (taak.args_kwargs or {}).get("args") or [None]
    verwerking = Bulkverwerking.objects.filter(pk=argumenten[0]).first()
    if verwerking is None or verwerking.status == Bulkverwerking.Status.KLAAR:
        return verwerking
    Bulkverwerking.objects.filter(pk=verwerking.pk).update(
        status=Bulkverwerking.Status.MISLUKT, fout=MELDING_BULK
    )
    return verwerking


class Hartslag:
    """The heartbeat thread of one worker process: beats, and sweeps for orphaned jobs."""

    def __init__(self, werker_id: str, *, interval: float | None = None) -> None:
        self.werker_id = werker_id
        self.interval = float(interval if interval is not None else settings.WERKER_HARTSLAG_SECONDEN)
        self._stop = threading.Event()
        self._draad = threading.Thread(target=self._loop, name=f"hartslag-{werker_id}", daemon=True)

    def start(self) -> None:
        meld_aan(self.werker_id)
        self._ronde(kloppen=False)
        self._draad.start()

    def stop(self) -> None:
        self._stop.set()
        if self._draad.is_alive():
            self._draad.join(timeout=self.interval + 5)
        try:
            meld_af(self.werker_id)
        except Exception:  # the database may be gone; the row then expires by itself
            logger.exception("Werker %s kon zich niet afmelden", self.werker_id)

    def _loop(self) -> None:
        try:
            while not self._stop.wait(self.interval):
                self._ronde(kloppen=True)
        finally:
            connection.close()  # this thread's own connection

    def _ronde(self, *, kloppen: bool) -> None:
        try:
            if kloppen:
                klop(self.werker_id)
            herstel_verweesde_taken(door=f"werker {self.werker_id}")
        except Exception:
            # never stop the worker over its heartbeat; reconnect at the next beat
            logger.exception("Hartslag van werker %s mislukt", self.werker_id)
            connection.close()
