"""The audit trail: append-only, hash-chained, tamper-evident, outliving its subjects."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction

from ministerie.core import audit
from ministerie.core.models import AuditKop, AuditRecord
from ministerie.organisatie.models import Eenheid

pytestmark = pytest.mark.django_db


def _activiteit(aantal: int = 5) -> None:
    for i in range(aantal):
        audit.registreer("test_actie", door="test", gegevens={"i": i, "tekst": "é ü"})


def test_records_vormen_een_keten() -> None:
    _activiteit(3)
    records = list(AuditRecord.objects.order_by("volgnummer"))
    assert [r.volgnummer for r in records] == [1, 2, 3]
    assert records[0].vorige_hash == audit.GENESIS
    assert records[1].vorige_hash == records[0].hash
    assert records[2].vorige_hash == records[1].hash
    assert audit.verifieer().intact


def test_een_record_kan_niet_via_het_model_gewijzigd_of_verwijderd_worden() -> None:
    record = audit.registreer("test_actie", door="test")
    record.actie = "iets_anders"
    with pytest.raises(ValueError, match="alleen aan te vullen"):
        record.save()
    with pytest.raises(ValueError, match="alleen aan te vullen"):
        record.delete()


def test_een_direct_gewijzigd_record_breekt_de_keten() -> None:
    _activiteit(5)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {AuditRecord._meta.db_table} SET actor_naam = %s WHERE volgnummer = 3",
            ["iemand anders"],
        )
    uitkomst = audit.verifieer()
    assert not uitkomst.intact
    assert uitkomst.eerste_fout == 3
    assert uitkomst.gecontroleerd == 2


def test_een_direct_verwijderd_record_breekt_de_keten() -> None:
    _activiteit(5)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {AuditRecord._meta.db_table} WHERE volgnummer = 2")
    uitkomst = audit.verifieer()
    assert uitkomst.eerste_fout == 2
    assert "ontbreekt" in uitkomst.reden


def test_het_weghalen_van_het_laatste_record_valt_op() -> None:
    _activiteit(4)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {AuditRecord._meta.db_table} WHERE volgnummer = 4")
    uitkomst = audit.verifieer()
    assert uitkomst.eerste_fout == 4


def test_audit_verify_commando_slaagt_en_faalt() -> None:
    _activiteit(3)
    call_command("audit", "verify")
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {AuditRecord._meta.db_table} SET gegevens = %s WHERE volgnummer = 2",
            ['{"i": 99}'],
        )
    with pytest.raises(CommandError, match="eerste fout bij record #2"):
        call_command("audit", "verify")


def test_records_overleven_het_verwijderen_van_hun_onderwerp() -> None:
    eenheid = Eenheid.objects.create(code="tijdelijk", naam="Tijdelijk", soort="directie")
    with transaction.atomic():
        audit.registreer("eenheid_aangemaakt", door="test", subject=eenheid)
    eenheid_pk = eenheid.pk
    eenheid.delete()
    record = AuditRecord.objects.get(actie="eenheid_aangemaakt")
    assert record.object_type == "organisatie.Eenheid"
    assert record.object_id == str(eenheid_pk)
    assert record.object_omschrijving == "Tijdelijk"
    assert audit.verifieer().intact


def test_een_teruggedraaide_transactie_laat_geen_record_achter() -> None:
    with pytest.raises(RuntimeError), transaction.atomic():
        audit.registreer("test_actie", door="test")
        raise RuntimeError("de wijziging mislukt")
    assert not AuditRecord.objects.exists()
    audit.registreer("test_actie", door="test")
    assert AuditRecord.objects.get().volgnummer == 1
    assert audit.verifieer().intact


def test_actor_wordt_met_naam_vastgelegd(maak_gebruiker: Callable[..., Any]) -> None:
    gebruiker = maak_gebruiker("directeur", gebruikersnaam="jdevries")
    record = audit.registreer("test_actie", door=gebruiker)
    assert record.actor_id == gebruiker.pk
    assert record.actor_naam.startswith("jdevries")
    gebruiker.delete()
    assert AuditRecord.objects.get(pk=record.pk).actor_naam.startswith("jdevries")


def test_een_lange_naam_past_in_het_record(maak_gebruiker: Callable[..., Any]) -> None:
    """A user name and a full name of 150 characters each: the change is still recorded (on
    PostgreSQL a longer value than the field's 200 characters would refuse it)."""
    gebruiker = maak_gebruiker("directeur", gebruikersnaam="n" * 150)
    gebruiker.first_name, gebruiker.last_name = "V" * 150, "A" * 150
    record = audit.registreer("test_actie", door=gebruiker)
    assert AuditRecord.objects.get(pk=record.pk).actor_naam == f"{'n' * 150} ({'V' * 48}"
    assert audit.verifieer().intact


def test_de_kop_volgt_de_keten() -> None:
    _activiteit(2)
    kop = AuditKop.objects.get()
    laatste = AuditRecord.objects.order_by("-volgnummer").first()
    assert laatste is not None
    assert (kop.laatste_volgnummer, kop.laatste_hash) == (2, laatste.hash)
