"""Several web processes and several job workers on one PostgreSQL database, on loopback: every
job runs once, and files, search results and metrics are the same from every web process.

The processes share the database, the stored files (MEDIA_ROOT) and one search index folder; the
index has one writer at a time (the workers take turns through tantivy's writer lock). The test
runs in CI's PostgreSQL pass; on SQLite it is skipped (one SQLite file is not how the system
scales out)."""

from __future__ import annotations

import http.cookiejar
import json
import re
import socket
import subprocess
import sys
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from ministerie.bedrijfsvoering.tests.hulp import SNELLE_HARTSLAG, stop, wacht_op, xdist_achtervoegsel
from ministerie.core.models import AuditRecord
from ministerie.core.taken import controleer_audittrail
from ministerie.core.tests.processen import MINISTERIE, omgeving
from ministerie.stukken.models import Document

pytestmark = pytest.mark.django_db(transaction=True)
DATABASE_TAKEN = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
TOKEN = "token-van-de-meerprocessentest"
AUDITCONTROLES = 8
GUNICORN = Path(sys.executable).with_name("gunicorn")


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Web:
    """One web process (gunicorn, one worker) and a browser-like client for it."""

    def __init__(self, env: dict[str, str], sessie: str) -> None:
        self.poort = _vrije_poort()
        self.basis = f"http://127.0.0.1:{self.poort}"
        self.proces = subprocess.Popen(
            [str(GUNICORN), "ministerie.conf.wsgi:application", "--bind", f"127.0.0.1:{self.poort}"]
            + ["--workers", "1", "--timeout", "120", "--graceful-timeout", "2"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.koekjes = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.koekjes))
        self.koekjes.set_cookie(_koekje(settings.SESSION_COOKIE_NAME, sessie))

    def vraag(self, pad: str, *, data: bytes | None = None, koppen: dict[str, str] | None = None) -> Any:
        verzoek = urllib.request.Request(self.basis + pad, data=data, headers=koppen or {})
        try:
            return self.opener.open(verzoek, timeout=60)
        except urllib.error.HTTPError as fout:
            return fout

    def gereed(self) -> bool:
        try:
            return bool(self.vraag("/gezondheid/gereed").status == 200)
        except OSError:
            return False

    def upload(self, naam: str, inhoud: bytes) -> int:
        pagina = self.vraag("/stukken/uploaden/").read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', pagina)
        assert token, pagina[:500]
        grens = uuid.uuid4().hex
        kop = f"--{grens}\r\nContent-Disposition: form-data; "
        lichaam = (
            (
                f'{kop}name="csrfmiddlewaretoken"\r\n\r\n{token[1]}\r\n'
                f'{kop}name="bestanden"; filename="{naam}"\r\nContent-Type: text/plain\r\n\r\n'
            ).encode()
            + inhoud
            + f"\r\n--{grens}--\r\n".encode()
        )
        antwoord = self.vraag(
            "/stukken/uploaden/",
            data=lichaam,
            koppen={"Content-Type": f"multipart/form-data; boundary={grens}", "Referer": self.basis + "/"},
        )
        return int(antwoord.status)


def _koekje(naam: str, waarde: str) -> http.cookiejar.Cookie:
    return http.cookiejar.Cookie(
        0, naam, waarde, None, False, "127.0.0.1", False, False, "/", True, False, None, False, None, None, {}
    )


@pytest.fixture
def omgeving_processen(settings: Any, tmp_path: Path) -> dict[str, str]:
    if connection.vendor != "postgresql":
        pytest.skip(
            "De test met meerdere web- en werkprocessen draait op PostgreSQL (zet DATABASE_URL op een "
            "PostgreSQL-database; de PostgreSQL-ronde van CI doet dat)."
        )
    data = tmp_path / "data"
    settings.TASKS = DATABASE_TAKEN
    settings.DATA_DIR = data
    settings.MEDIA_ROOT = data / f"bestanden-test-{xdist_achtervoegsel()}"
    settings.ZOEKINDEX_PAD = tmp_path / "zoekindex"
    return {
        **omgeving(),
        **SNELLE_HARTSLAG,
        "DJANGO_SETTINGS_MODULE": "ministerie.bedrijfsvoering.tests.instellingen",
        "MINISTERIE_DATA_DIR": str(data),
        "MINISTERIE_ZOEKINDEX": str(tmp_path / "zoekindex"),
        "MINISTERIE_METRIEKEN_TOKEN": TOKEN,
    }


@pytest.fixture
def processen(
    omgeving_processen: dict[str, str], maak_gebruiker: Callable[..., Any]
) -> Iterator[dict[str, Any]]:
    gebruiker = maak_gebruiker("beleidsmedewerker", eenheden=["dgbel"])
    client = Client()
    client.force_login(gebruiker)
    sessie = client.cookies[settings.SESSION_COOKIE_NAME].value
    werkers = [
        subprocess.Popen(
            [str(MINISTERIE), "worker", "--interval", "0.1", "--no-startup-delay"],
            env=omgeving_processen,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(2)
    ]
    webs = [Web(omgeving_processen, sessie) for _ in range(2)]
    try:
        # ready: each web process reaches the database and sees living workers (heartbeat)
        def gereed() -> bool:
            gestopt = [p for p in [*werkers, *(w.proces for w in webs)] if p.poll() is not None]
            assert not gestopt, "\n".join(stop(p) for p in gestopt)  # fail at once, not after the wait
            return all(w.gereed() for w in webs)

        assert wacht_op(gereed, seconden=120, stap=0.5), "\n".join(stop(w.proces) for w in webs)
        yield {"webs": webs, "werkers": werkers, "gebruiker": gebruiker}
    finally:
        alle = [*werkers, *(w.proces for w in webs)]
        for proces in alle:  # all at once, then wait: they stop in parallel
            if proces.poll() is None:
                proces.terminate()
        for proces in alle:
            stop(proces)


def test_meerdere_web_en_werkprocessen_op_een_database(processen: dict[str, Any]) -> None:
    a, b = processen["webs"]
    assert a.upload("dijk.txt", b"Verslag over dijkversterking langs de Waal.") == 200  # after the redirect
    assert b.upload("veen.txt", b"Notitie over veenweidegebieden en bodemdaling.") == 200
    for _ in range(AUDITCONTROLES):
        controleer_audittrail.enqueue()

    def klaar() -> bool:
        open_ = DBTaskResult.objects.filter(status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING])
        return DBTaskResult.objects.count() >= AUDITCONTROLES + 2 and not open_.exists()

    assert wacht_op(klaar, seconden=120, stap=0.2)

    # every job ran exactly once, on one worker
    taken = list(DBTaskResult.objects.all())
    assert {t.status for t in taken} == {TaskResultStatus.SUCCESSFUL}, [t.traceback for t in taken]
    assert all(len(t.worker_ids) == 1 for t in taken)
    assert AuditRecord.objects.filter(actie="audittrail_gecontroleerd").count() == AUDITCONTROLES

    # files and search results are the same from every web process
    documenten = {d.titel: d for d in Document.objects.all()}
    assert len(documenten) == 2
    for document in documenten.values():
        pad = f"/api/v1/documenten/{document.pk}/versies/1/bestand"
        inhoud = {web.vraag(pad).read() for web in (a, b)}
        assert len(inhoud) == 1 and next(iter(inhoud)).startswith((b"Verslag", b"Notitie"))
    for woord, verwacht in (("dijkversterking", 1), ("bodemdaling", 1), ("gemeentefonds", 0)):
        antwoorden = [json.load(web.vraag(f"/api/v1/zoeken?q={woord}")) for web in (a, b)]
        assert antwoorden[0] == antwoorden[1]
        assert antwoorden[0]["totaal"] == verwacht, antwoorden[0]

    # the metrics of every web process report the jobs' runs (read from the database)
    for web in (a, b):
        tekst = web.vraag("/metrics", koppen={"Authorization": f"Bearer {TOKEN}"}).read().decode()
        regels = [r for r in tekst.splitlines() if r.startswith("ministerie_taken{")]
        assert (
            f'ministerie_taken{{status="SUCCESSFUL",taak="ministerie.core.taken.controleer_audittrail"}} '
            f"{float(AUDITCONTROLES)}" in regels
        ), regels
        assert "ministerie_werkers_actief 2.0" in tekst
