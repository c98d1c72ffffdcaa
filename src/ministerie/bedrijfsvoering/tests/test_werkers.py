"""A job whose worker died does not stay "Bezig" forever: the heartbeat of the living workers
finds it, fails it (or queues it again when it may simply run again), and a bulk processing is
set back so that its user can restart it, where it continues without doing work twice."""

from __future__ import annotations

import io
import os
import signal
import zipfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max

from ministerie.bedrijfsvoering import werkers
from ministerie.bedrijfsvoering.models import Werker
from ministerie.bedrijfsvoering.tests.hulp import start_werker, stop, wacht_op
from ministerie.core.models import AuditRecord
from ministerie.stukken.bulk import herstart_bulk, start_bulk
from ministerie.stukken.models import Bulkverwerking

DATABASE_TAKEN = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
AUDITCONTROLE = "ministerie.core.taken.controleer_audittrail"


def _zip(aantal: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for i in range(aantal):
            z.writestr(
                f"map{i % 5}/stuk{i}.txt",
                f"Nota {i} over woningbouw en het gemeentefonds. " * 40 + f"Jan Jansen, 06-1234{i:04d}.",
            )
    return buffer.getvalue()


@pytest.mark.django_db(transaction=True)
@override_settings(TASKS=DATABASE_TAKEN)
def test_bulk_van_een_gedode_werker_wordt_teruggezet_en_gaat_verder(
    settings: Any, tmp_path: Path, maak_gebruiker: Callable[..., Any]
) -> None:
    settings.DATA_DIR = tmp_path
    jurist = maak_gebruiker("jurist_czw", eenheden=["czw"])
    eerste = start_werker()
    tweede = None
    try:
        verwerking = start_bulk(
            SimpleUploadedFile("stukken.zip", _zip(100)), "stukken.zip", door=jurist, omschrijving="Woo 7"
        )
        bezig_ = Bulkverwerking.objects.filter(pk=verwerking.pk, status=Bulkverwerking.Status.BEZIG)
        bezig = wacht_op(
            bezig_.exists,
            seconden=90,
            stap=0.02,
        )
        assert bezig, stop(eerste)
        os.kill(eerste.pid, signal.SIGKILL)  # as the probe did: kill -9 in the middle of the work
        eerste.wait(timeout=30)
        # the bulk job (the search index has its own jobs, e.g. for the units just made)
        taak = DBTaskResult.objects.get(task_path__endswith=".verwerk_bulk")
        assert taak.status == TaskResultStatus.RUNNING
        assert Bulkverwerking.objects.get(pk=verwerking.pk).status == Bulkverwerking.Status.BEZIG

        tweede = start_werker()
        mislukt = wacht_op(
            lambda: DBTaskResult.objects.get(pk=taak.pk).status == TaskResultStatus.FAILED, seconden=60
        )
        assert mislukt, stop(tweede)
        taak.refresh_from_db()
        assert "onverwacht gestopt" in taak.traceback
        assert taak.exception_class_path.endswith("WerkerVerdwenen")
        verwerking.refresh_from_db()
        assert verwerking.status == Bulkverwerking.Status.MISLUKT
        assert verwerking.fout == werkers.MELDING_BULK
        record = AuditRecord.objects.get(actie="taak_afgebroken")
        assert record.object_id == str(verwerking.pk)
        assert record.gegevens["afloop"] == "mislukt"

        # the page offers a restart (status "mislukt"); the run continues where it was
        herstart_bulk(verwerking, door=jurist)
        klaar = wacht_op(
            lambda: (
                Bulkverwerking.objects.get(pk=verwerking.pk).status
                in (Bulkverwerking.Status.KLAAR, Bulkverwerking.Status.MISLUKT)
            ),
            seconden=120,
        )
        verwerking.refresh_from_db()
        assert klaar and verwerking.status == Bulkverwerking.Status.KLAAR, verwerking.fout
        assert verwerking.verslag["items"] == 100
    finally:
        uitvoer = stop(tweede) if tweede is not None else ""
        stop(eerste)
    # a worker that stops normally signs off; the killed one's row stays until it expires
    assert not Werker.objects.filter(pid=tweede.pid).exists(), uitvoer
    assert Werker.objects.filter(pid=eerste.pid).exists()


def _taak(pad: str, *, werkers_: list[str], gestart: timedelta = timedelta(minutes=5)) -> DBTaskResult:
    return DBTaskResult.objects.create(
        task_path=pad,
        args_kwargs={"args": [], "kwargs": {}},
        backend_name="default",
        queue_name="default",
        run_after=get_date_max(),
        status=TaskResultStatus.RUNNING,
        started_at=timezone.now() - gestart,
        worker_ids=werkers_,
    )


def _werker(werker_id: str, *, stil: timedelta) -> Werker:
    return Werker.objects.create(
        werker_id=werker_id,
        host="test",
        pid=1,
        gestart_op=timezone.now(),
        laatst_gezien=timezone.now() - stil,
    )


@pytest.mark.django_db
def test_een_herhaalbare_taak_gaat_terug_in_de_wachtrij_tot_het_maximum() -> None:
    _werker("dood", stil=timedelta(minutes=5))
    opnieuw = _taak(AUDITCONTROLE, werkers_=["dood"])
    te_vaak = _taak(AUDITCONTROLE, werkers_=["dood"] * werkers.MAX_POGINGEN)

    hersteld = werkers.herstel_verweesde_taken(door="test")

    assert {h.afloop for h in hersteld} == {"opnieuw in de wachtrij", "mislukt"}
    opnieuw.refresh_from_db()
    te_vaak.refresh_from_db()
    assert opnieuw.status == TaskResultStatus.READY
    assert te_vaak.status == TaskResultStatus.FAILED
    assert werkers.herstel_verweesde_taken(door="test") == []  # handled once
    assert AuditRecord.objects.filter(actie="taak_afgebroken").count() == 2


@pytest.mark.django_db
def test_de_taak_van_een_levende_werker_blijft_lopen() -> None:
    _werker("levend", stil=timedelta(seconds=1))
    taak = _taak("ministerie.stukken.bulk.verwerk_bulk", werkers_=["levend"])
    recent_zonder_rij = _taak(AUDITCONTROLE, werkers_=["onbekend"], gestart=timedelta(seconds=5))
    oud_zonder_rij = _taak("iets.anders", werkers_=["onbekend"], gestart=timedelta(hours=1))

    hersteld = werkers.herstel_verweesde_taken(door="test")

    assert [h.taak_id for h in hersteld] == [str(oud_zonder_rij.pk)]
    for blijft in (taak, recent_zonder_rij):
        blijft.refresh_from_db()
        assert blijft.status == TaskResultStatus.RUNNING


@pytest.mark.django_db
def test_hartslag_meldt_aan_klopt_en_meldt_af() -> None:
    """The beat itself (the thread that repeats it runs in the real workers of the test above)."""
    werkers.meld_aan("test-werker")
    assert werkers.levende_werkers() == 1
    oud = timezone.now() - timedelta(minutes=10)
    Werker.objects.filter(werker_id="test-werker").update(laatst_gezien=oud)
    assert werkers.levende_werkers() == 0
    werkers.klop("test-werker")
    assert werkers.levende_werkers() == 1
    werkers.meld_af("test-werker")
    assert not Werker.objects.exists()
    werkers.klop("test-werker")  # a row lost (e.g. in a restore) comes back with the next beat
    assert werkers.levende_werkers() == 1
