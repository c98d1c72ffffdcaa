"""Prometheus metrics at /metrics: the requests and latencies that django-prometheus counts in
this process (or in all the web server's processes, with PROMETHEUS_MULTIPROC_DIR), and the job
queue as the database has it, so every web process reports the same figures for the jobs:

- ``ministerie_taken{taak,status}``: job rows per task and status;
- ``ministerie_taken_wachtrij``: jobs ready and waiting for a worker;
- ``ministerie_taken_oudste_wachtend_seconden``: how long the oldest of those has waited;
- ``ministerie_taken_bezig``, ``ministerie_taken_mislukt``: running and failed jobs;
- ``ministerie_taak_laatst_geslaagd_tijdstip_seconden{taak}``: when each task last succeeded;
- ``ministerie_werkers_actief``: workers with a recent heartbeat;
- ``ministerie_metrieken_database_bereikbaar``: 0 when the database could not be read.

Access (``toegang_zonder_inloggen``): a bearer token from the environment, or an allowed peer
address; otherwise the permission matrix decides (``bedrijfsvoering.metrieken``).
"""

from __future__ import annotations

import hmac
import ipaddress
import os
from collections.abc import Iterator

import prometheus_client
from django.conf import settings
from django.db.models import Count, Max, Min
from django.http import HttpRequest
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from prometheus_client import CollectorRegistry, multiprocess
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from .werkers import levende_werkers


class TakenCollector(Collector):
    """Reads the job table at each scrape (a handful of grouped queries)."""

    def collect(self) -> Iterator[Metric]:
        try:
            metrieken = list(self._uit_database())
        except Exception:
            metrieken = []
        yield GaugeMetricFamily(
            "ministerie_metrieken_database_bereikbaar",
            "1 als de takentabel gelezen kon worden",
            value=1 if metrieken else 0,
        )
        yield from metrieken

    def _uit_database(self) -> Iterator[Metric]:
        per_status = GaugeMetricFamily(
            "ministerie_taken", "Achtergrondtaken per taak en status", labels=["taak", "status"]
        )
        tellingen = DBTaskResult.objects.values("task_path", "status").annotate(n=Count("id")).order_by()
        for rij in tellingen:
            per_status.add_metric([rij["task_path"], rij["status"]], rij["n"])
        wachtend = DBTaskResult.objects.ready()
        oudste = wachtend.aggregate(m=Min("enqueued_at"))["m"]
        laatst = GaugeMetricFamily(
            "ministerie_taak_laatst_geslaagd_tijdstip_seconden",
            "Wanneer elke taak voor het laatst slaagde (Unix-tijd)",
            labels=["taak"],
        )
        geslaagd = (
            DBTaskResult.objects.successful().values("task_path").annotate(m=Max("finished_at")).order_by()
        )
        for pad, tijdstip in geslaagd.values_list("task_path", "m"):
            if tijdstip is not None:
                laatst.add_metric([pad], tijdstip.timestamp())
        yield per_status
        yield GaugeMetricFamily(
            "ministerie_taken_wachtrij", "Taken die klaarstaan voor een verwerker", value=wachtend.count()
        )
        yield GaugeMetricFamily(
            "ministerie_taken_oudste_wachtend_seconden",
            "Hoe lang de oudste wachtende taak al wacht (0: geen)",
            value=max(0.0, (timezone.now() - oudste).total_seconds()) if oudste else 0.0,
        )
        yield GaugeMetricFamily(
            "ministerie_taken_bezig",
            "Taken die nu lopen",
            value=DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).count(),
        )
        yield GaugeMetricFamily(
            "ministerie_taken_mislukt", "Mislukte taken", value=DBTaskResult.objects.failed().count()
        )
        yield laatst
        yield GaugeMetricFamily(
            "ministerie_werkers_actief", "Verwerkers met een recente hartslag", value=levende_werkers()
        )


def tekst() -> bytes:
    """The exposition text: the process's (or processes') metrics, then the job figures."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        processen = CollectorRegistry()
        multiprocess.MultiProcessCollector(processen)
    else:
        processen = prometheus_client.REGISTRY
    taken = CollectorRegistry(auto_describe=False)
    taken.register(TakenCollector())
    return prometheus_client.generate_latest(processen) + prometheus_client.generate_latest(taken)


def _token_klopt(request: HttpRequest) -> bool | None:
    """True/False for a bearer token that matches or not; None when none was sent."""
    kop = request.headers.get("Authorization", "")
    if not kop.startswith("Bearer "):
        return None
    verwacht = str(settings.METRIEKEN_TOKEN)
    return bool(verwacht) and hmac.compare_digest(kop[len("Bearer ") :].encode(), verwacht.encode())


def _adres_toegestaan(request: HttpRequest) -> bool:
    try:
        adres = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return False
    for regel in settings.METRIEKEN_ADRESSEN:
        try:
            if adres in ipaddress.ip_network(regel, strict=False):
                return True
        except ValueError:
            continue
    return False


def toegang_zonder_inloggen(request: HttpRequest) -> bool | None:
    """True: the token or the address lets the scraper in; False: a wrong token was sent;
    None: neither, so the permission matrix decides."""
    token = _token_klopt(request)
    if token is not None:
        return token
    return True if _adres_toegestaan(request) else None
