"""The ``ministerie`` console script, run as a real process."""

from __future__ import annotations

import pytest
from django.db import connection

from ministerie.core import audit
from ministerie.core.models import AuditRecord
from ministerie.core.tests.processen import ministerie


def test_help_noemt_de_eigen_en_de_django_commandos() -> None:
    uit = ministerie("--help")
    assert uit.returncode == 0, uit.stderr
    for commando in ("termijn", "serve", "worker", "audit", "demo", "migrate"):
        assert commando in uit.stdout


def test_termijn_acceptatievoorbeelden() -> None:
    uit = ministerie("termijn", "woo", "2027-03-01")
    assert uit.returncode == 0, uit.stderr
    assert uit.stdout.strip().splitlines()[-1] == "2027-03-30"
    uit = ministerie("termijn", "klacht", "2026-11-16")
    assert uit.stdout.strip().splitlines()[-1] == "2026-12-28"


def test_termijn_fout_geeft_exitcode_2() -> None:
    uit = ministerie("termijn", "onbekend", "2027-03-01")
    assert uit.returncode == 2
    assert uit.stderr.strip()


@pytest.mark.django_db(transaction=True)
def test_audit_verify_als_proces() -> None:
    for i in range(3):
        audit.registreer("test_actie", door="test", gegevens={"i": i})
    uit = ministerie("audit", "verify")
    assert uit.returncode == 0, uit.stderr
    assert "3 records" in uit.stdout

    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {AuditRecord._meta.db_table} SET actie = %s WHERE volgnummer = 2",
            ["vervalst"],
        )
    uit = ministerie("audit", "verify")
    assert uit.returncode != 0
    assert "#2" in uit.stderr
