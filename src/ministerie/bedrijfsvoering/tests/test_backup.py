"""Backup and restore, proven: a backup taken, data and files changed and deleted, the backup put
back, and every table's rows and every file's hash compared with the moment of the backup; a
damaged or incomplete backup is refused and changes nothing. On SQLite and on PostgreSQL (the
database pass of CI runs these tests too)."""

from __future__ import annotations

import io
import json
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection, transaction

from ministerie.bedrijfsvoering import backup
from ministerie.bedrijfsvoering.tests.hulp import bestanden, draai, tabellen, wacht_op, xdist_achtervoegsel
from ministerie.core import audit
from ministerie.core.models import AuditKop, AuditRecord
from ministerie.core.onderhoud import herbouwers
from ministerie.stukken.models import Document
from ministerie.stukken.opslag import sla_op
from ministerie.stukken.zoeken import zoek_stukken

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def gegevensmap(settings: Any, tmp_path: Path) -> Path:
    """A data folder of this test's own; the same MEDIA_ROOT as a child process would derive.

    The database is made complete as ``migrate`` leaves it: an earlier transactional test's
    flush may have left content types and permissions out, which the restore's ``migrate``
    would add back (a production database being backed up is always complete)."""
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    data = tmp_path / "data"
    settings.DATA_DIR = data
    settings.MEDIA_ROOT = data / f"bestanden-test-{xdist_achtervoegsel()}"
    return data


@pytest.fixture
def gevuld(gegevensmap: Path, maak_gebruiker: Callable[..., Any]) -> dict[str, Any]:
    """Two documents (rows, files, index entries) and a bulk work file."""
    auteur = maak_gebruiker("beleidsmedewerker", eenheden=["dgbel"])
    eenheid = auteur.eenheden.get()
    eerste = sla_op(b"Nota over woningbouw in Zeeland.", "woningbouw.txt", door=auteur, eenheid=eenheid)
    tweede = sla_op(b"Notitie over het gemeentefonds.", "fonds.txt", door=auteur, eenheid=eenheid)
    werk = gegevensmap / "bulk" / "1" / "werk"
    werk.mkdir(parents=True)
    (werk / "inventaris.xlsx").write_bytes(b"PK\x03\x04 inventaris")
    return {"auteur": auteur, "eenheid": eenheid, "eerste": eerste.document, "tweede": tweede.document}


def _stand(data: Path) -> tuple[dict[str, list[tuple[Any, ...]]], dict[str, str]]:
    from django.conf import settings

    return tabellen(), bestanden(Path(settings.MEDIA_ROOT), data / "bulk")


def _zonder_herstelrecord(rijen: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    """The tables without the audit record of the restore itself and the chain's head it moved."""
    herstel = AuditRecord.objects.get(actie="backup_hersteld")
    return {
        tabel: [r for r in inhoud if not (tabel == "core_auditrecord" and r[0] == herstel.pk)]
        for tabel, inhoud in rijen.items()
        if tabel != "core_auditkop"
    }


def test_herstel_brengt_elke_rij_en_elk_bestand_terug(gevuld: dict[str, Any], gegevensmap: Path) -> None:
    from django.conf import settings

    voor_tabellen, voor_bestanden = _stand(gegevensmap)
    kop = AuditKop.objects.get()
    inhoud = backup.maak_backup(gegevensmap.parent / "backup")
    assert inhoud["database"]["audit"] == {
        "laatste_volgnummer": kop.laatste_volgnummer,
        "laatste_hash": kop.laatste_hash,
    }
    assert inhoud["bestanden"]["aantal"] == len(voor_bestanden) == 3
    assert AuditRecord.objects.filter(actie="backup_gemaakt").count() == 1  # after the snapshot

    # change and delete rows and files, add new ones
    auteur, eenheid = gevuld["auteur"], gevuld["eenheid"]
    Document.objects.filter(pk=gevuld["eerste"].pk).update(titel="Gewijzigd na de backup")
    versie = gevuld["tweede"].versies.get()
    Path(versie.bestand.path).unlink()
    gevuld["tweede"].delete()
    sla_op(b"Nieuw stuk over dijkversterking.", "dijk.txt", door=auteur, eenheid=eenheid)
    Path(gevuld["eerste"].versies.get().bestand.path).write_bytes(b"beschadigd")
    shutil.rmtree(gegevensmap / "bulk")
    assert _stand(gegevensmap) != (voor_tabellen, voor_bestanden)
    assert zoek_stukken(auteur, "dijkversterking").totaal == 1

    verslag = backup.herstel(gegevensmap.parent / "backup", overschrijf=True)

    na_tabellen, na_bestanden = _stand(gegevensmap)
    assert na_bestanden == voor_bestanden
    assert _zonder_herstelrecord(na_tabellen) == _zonder_herstelrecord(voor_tabellen)
    assert AuditKop.objects.get().laatste_volgnummer == kop.laatste_volgnummer + 1
    assert audit.verifieer().intact
    assert verslag.bestanden == 3
    assert set(verslag.herbouwd) == set(herbouwers()) >= {"stukken-zoekindex", "woo-portaalindex"}
    # the search index was rebuilt from the restored database
    assert zoek_stukken(auteur, "gemeentefonds").totaal == 1
    assert zoek_stukken(auteur, "dijkversterking").totaal == 0
    assert Path(settings.MEDIA_ROOT).is_dir()


def _sha(pad: Path) -> str:
    import hashlib

    return hashlib.sha256(pad.read_bytes()).hexdigest()


def _manifest_byte(map_: Path) -> None:
    pad = map_ / backup.MANIFEST
    tekst = pad.read_text()
    pad.write_text(tekst.replace('"formaat": 1', '"formaat": 2'))


def _manifest_kop(map_: Path) -> None:
    """A forged head of the audit chain: the manifest's checksum no longer fits."""
    pad = map_ / backup.MANIFEST
    gegevens = json.loads(pad.read_text())
    gegevens["inhoud"]["database"]["audit"]["laatste_volgnummer"] += 1
    pad.write_text(json.dumps(gegevens))


def _bestand_beschadigd(map_: Path) -> None:
    pad = next(p for p in sorted((map_ / "bestanden").rglob("*")) if p.is_file())
    data = bytearray(pad.read_bytes())
    data[0] ^= 0xFF
    pad.write_bytes(bytes(data))


def _bestand_weg(map_: Path) -> None:
    next(p for p in sorted((map_ / "bulk").rglob("*")) if p.is_file()).unlink()


def _database_beschadigd(map_: Path) -> None:
    pad = next(map_.glob("database.*"))
    with pad.open("r+b") as bestand:
        bestand.seek(200)
        bestand.write(b"\x00kapot\x00")


def _lijst_gewijzigd(map_: Path) -> None:
    """SHA256SUMS made to match a damaged file: the manifest's hash of the list catches it."""
    _bestand_beschadigd(map_)
    pad = next(p for p in sorted((map_ / "bestanden").rglob("*")) if p.is_file())
    regels = (map_ / backup.SOMMEN).read_text().splitlines(keepends=True)
    rel = pad.relative_to(map_).as_posix()
    (map_ / backup.SOMMEN).write_text(
        "".join(f"{_sha(pad)}  {rel}\n" if r.endswith(f"  {rel}\n") else r for r in regels)
    )


def _manifest_weg(map_: Path) -> None:
    (map_ / backup.MANIFEST).unlink()


BESCHADIGINGEN = {
    "manifest-gewijzigd": (_manifest_byte, "manifest.json is beschadigd of gewijzigd"),
    "auditkop-vervalst": (_manifest_kop, "de controlesom klopt niet"),
    "bestand-beschadigd": (_bestand_beschadigd, "is beschadigd (SHA-256 klopt niet)"),
    "bestand-ontbreekt": (_bestand_weg, "ontbreekt"),
    "database-beschadigd": (_database_beschadigd, "database."),
    "lijst-gewijzigd": (_lijst_gewijzigd, "SHA256SUMS is beschadigd of gewijzigd"),
    "manifest-ontbreekt": (_manifest_weg, "De backup is onvolledig: manifest.json ontbreekt"),
}


def test_een_beschadigde_backup_wordt_geweigerd_en_verandert_niets(
    gevuld: dict[str, Any], gegevensmap: Path
) -> None:
    """Each kind of damage on a copy of one backup: refused with code 2 and a Dutch reason, and
    the database and the files are exactly as before."""
    goed = gegevensmap.parent / "backup"
    backup.maak_backup(goed)
    Document.objects.filter(pk=gevuld["eerste"].pk).update(titel="Na de backup")
    voor = _stand(gegevensmap)
    for soort, (beschadig, reden) in BESCHADIGINGEN.items():
        map_ = gegevensmap.parent / soort
        shutil.copytree(goed, map_)
        beschadig(map_)

        uit, fout = io.StringIO(), io.StringIO()
        with pytest.raises(SystemExit) as afloop:
            call_command("herstel", str(map_), "--overschrijf", stdout=uit, stderr=fout)

        assert afloop.value.code == 2, soort
        assert "geweigerd, er is niets veranderd" in fout.getvalue(), soort
        assert reden in fout.getvalue(), (soort, fout.getvalue())
        assert _stand(gegevensmap) == voor, soort
        assert not list(Path(gegevensmap).rglob(".herstel-*")), soort


def test_een_database_met_gegevens_wordt_alleen_met_overschrijf_vervangen(
    gevuld: dict[str, Any], gegevensmap: Path
) -> None:
    """`ministerie backup MAP`, then `ministerie herstel MAP` through the real command line."""
    map_ = gegevensmap.parent / "backup"
    uit = io.StringIO()
    call_command("backup", str(map_), stdout=uit)
    assert "Backup klaar" in uit.getvalue() and (map_ / backup.MANIFEST).is_file()
    voor = _stand(gegevensmap)

    geweigerd = draai("herstel", str(map_), env={"MINISTERIE_DATA_DIR": str(gegevensmap)})

    assert geweigerd.returncode == 2, geweigerd.stdout + geweigerd.stderr
    assert "De database bevat al gegevens" in geweigerd.stderr
    assert "--overschrijf" in geweigerd.stderr
    assert _stand(gegevensmap) == voor


def test_een_lege_database_wordt_zonder_overschrijf_hersteld(
    gevuld: dict[str, Any], gegevensmap: Path
) -> None:
    """A fresh, migrated database counts as empty: the restore needs no --overschrijf."""
    map_ = gegevensmap.parent / "backup"
    backup.maak_backup(map_)
    voor_bestanden = _stand(gegevensmap)[1]
    call_command("flush", interactive=False, verbosity=0)
    assert not backup._tabellen_met_gegevens()

    backup.herstel(map_)

    assert _stand(gegevensmap)[1] == voor_bestanden
    assert Document.objects.count() == 2
    assert audit.verifieer().intact


def test_een_backup_terwijl_er_geschreven_wordt_is_een_moment(
    gevuld: dict[str, Any], gegevensmap: Path
) -> None:
    """While another connection keeps appending to the audit trail, the backup holds one moment:
    the head in the manifest is the head of the chain in the backup (the restore checks both)."""
    stop = threading.Event()
    geschreven = [0]

    def schrijf() -> None:
        try:
            while not stop.is_set():
                with transaction.atomic():
                    audit.registreer("test_tijdens_backup", door="test")
                geschreven[0] += 1
        finally:
            connection.close()

    draad = threading.Thread(target=schrijf)
    begin = AuditKop.objects.get().laatste_volgnummer
    draad.start()
    try:
        assert wacht_op(lambda: geschreven[0] > 0, seconden=30)
        inhoud = backup.maak_backup(gegevensmap.parent / "backup")
    finally:
        stop.set()
        draad.join(timeout=60)
    kop = inhoud["database"]["audit"]["laatste_volgnummer"]
    assert begin <= kop <= begin + geschreven[0] + 1  # +1: the backup's own record comes after

    backup.herstel(gegevensmap.parent / "backup", overschrijf=True)

    assert AuditRecord.objects.filter(actie="backup_hersteld").get().volgnummer == kop + 1
    assert audit.verifieer().intact
