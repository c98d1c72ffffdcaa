"""Backup and restore: ``ministerie backup MAP`` and ``ministerie herstel MAP [--overschrijf]``.

A backup folder holds

- ``database.sqlite3`` (SQLite's online backup API) or ``database.pgdump`` (``pg_dump`` in the
  custom format, taken in an exported snapshot): one consistent moment while the system runs;
- ``bestanden/`` (everything under MEDIA_ROOT: documents, versions, quarantine, Woo files, ...)
  and ``bulk/`` (the work folders of bulk processing), copied after the database snapshot;
- ``SHA256SUMS``: the SHA-256 of every file, in ``sha256sum`` format (``sha256sum -c SHA256SUMS``
  checks a backup without this program);
- ``manifest.json``: the database file and its hash, the head of the audit chain and the applied
  migrations as they were in the snapshot, the hash of ``SHA256SUMS``, and a checksum over all of
  it. It is written last: a folder without it is an incomplete backup.

A file written after the snapshot may be in the backup without a row that refers to it (harmless);
a file removed during the backup is named in the manifest. The backup is written into a hidden
folder next to MAP and renamed at the end, so an interrupted backup never looks complete.

A restore checks everything first (manifest, every file's size and hash) and refuses a damaged or
incomplete backup, a backup of another database engine or of a newer version of the program, a
database that holds data (unless ``overschrijf``) and a system whose job workers still run; then
nothing has changed. It then copies the files next to the live ones, restores the database in one
step (SQLite's backup API, or one ``psql`` transaction), puts the files in place, applies missing
migrations, verifies the audit chain against the manifest, rebuilds the search indexes and checks
every restored file's hash.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from ministerie.core import audit
from ministerie.core.models import AuditKop, AuditRecord
from ministerie.core.onderhoud import herbouw_alles

MANIFEST = "manifest.json"
SOMMEN = "SHA256SUMS"
FORMAAT = 1
DATABASEBESTAND = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
BLOK = 1024 * 1024
MAX_MANIFEST_BYTES = 10 * 1024 * 1024
MAX_REGEL = 8192
MAX_GENOEMD = 5  # problems named in one message
HERSTELMAP = ".herstel-"
OUDMAP = ".oud-"
# bookkeeping tables that a freshly migrated database already fills: no reason to refuse
BOEKHOUDING = {"django_migrations", "django_content_type", "auth_permission", "django_session"}
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class BackupFout(Exception):
    """A backup or restore that failed; the message says why, in Dutch."""


class BackupOngeldig(BackupFout):
    """The backup is damaged or incomplete: refused, nothing changed."""


class HerstelGeweigerd(BackupFout):
    """The restore would overwrite data or hit a running system: refused, nothing changed."""


def _stil(_: str) -> None:
    return None


def bestandsopslag() -> str:
    """The class of the storage that holds the uploaded files."""
    soort = default_storage.__class__  # the class behind the lazy object
    return f"{soort.__module__}.{soort.__qualname__}"


def bestandsmappen() -> dict[str, Path]:
    """The stored files on this machine's disk, by their name in the backup. Files in an object
    store (S3 through django-storages) are not on disk: the store's own versioning and
    replication keep them (docs/productie.md)."""
    op_schijf = isinstance(default_storage, FileSystemStorage)
    mappen = {"bestanden": Path(settings.MEDIA_ROOT)} if op_schijf else {}
    return {**mappen, "bulk": Path(settings.DATA_DIR) / "bulk"}


# --- files and hashes ----------------------------------------------------------------------------


def _hash(pad: Path) -> tuple[int, str]:
    sha, grootte = hashlib.sha256(), 0
    with pad.open("rb") as invoer:
        while blok := invoer.read(BLOK):
            sha.update(blok)
            grootte += len(blok)
    return grootte, sha.hexdigest()


def _kopieer(bron: Path, doel: Path) -> tuple[int, str]:
    """Copy and hash in one read; returns size and SHA-256 of what was copied."""
    doel.parent.mkdir(parents=True, exist_ok=True)
    sha, grootte = hashlib.sha256(), 0
    with bron.open("rb") as invoer, doel.open("wb") as uitvoer:
        while blok := invoer.read(BLOK):
            sha.update(blok)
            uitvoer.write(blok)
            grootte += len(blok)
    shutil.copystat(bron, doel)
    return grootte, sha.hexdigest()


def _opgeslagen_bestanden(map_: Path) -> Iterator[Path]:
    """Every regular file under ``map_``, in a stable order (no symlinks, no restore leftovers)."""
    if not map_.is_dir():
        return
    for wortel, mappen, bestanden in os.walk(map_):
        mappen[:] = sorted(m for m in mappen if not m.startswith((HERSTELMAP, OUDMAP)))
        for naam in sorted(bestanden):
            pad = Path(wortel) / naam
            if pad.is_file() and not pad.is_symlink():
                yield pad


def _sommenregel(sha: str, pad: str) -> str:
    """One line as ``sha256sum`` writes it (a backslash first when the name needs escaping)."""
    if "\\" in pad or "\n" in pad:
        return "\\" + sha + "  " + pad.replace("\\", "\\\\").replace("\n", "\\n") + "\n"
    return f"{sha}  {pad}\n"


def _lees_sommenregel(regel: str) -> tuple[str, str]:
    ontsnapt = regel.startswith("\\")
    if ontsnapt:
        regel = regel[1:]
    sha, scheiding, pad = regel.partition("  ")
    if not scheiding or not _HEX64.match(sha) or not pad:
        raise ValueError
    if ontsnapt:
        pad = re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), pad)
    return sha, pad


def _veilig_pad(pad: str, mappen: list[str]) -> bool:
    """A relative path inside one of the backup's folders (no '..', nothing absolute)."""
    delen = PurePosixPath(pad).parts
    return (
        len(pad) <= 1024
        and not pad.startswith("/")
        and len(delen) >= 2
        and delen[0] in mappen
        and all(d not in ("", ".", "..") for d in delen)
    )


def _canoniek(gegevens: Any) -> bytes:
    return json.dumps(gegevens, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _controlegetal(inhoud: dict[str, Any]) -> str:
    return hashlib.sha256(_canoniek(inhoud)).hexdigest()


def _fsync(pad: Path) -> None:
    with pad.open("rb") as bestand:
        os.fsync(bestand.fileno())


# --- the database --------------------------------------------------------------------------------


def _pg_omgeving() -> dict[str, str]:
    """libpq's variables for the configured database (no password on a command line)."""
    instellingen = connection.settings_dict
    env = dict(os.environ)
    for sleutel, variabele in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
        ("NAME", "PGDATABASE"),
    ):
        if instellingen.get(sleutel):
            env[variabele] = str(instellingen[sleutel])
    opties = instellingen.get("OPTIONS") or {}
    if opties.get("sslmode"):
        env["PGSSLMODE"] = str(opties["sslmode"])
    return env


def _draai(opdracht: list[str], *, stdin: IO[bytes] | None = None, stdout: Any = None) -> None:
    """Run a PostgreSQL client program; its error output becomes a Dutch failure."""
    with tempfile.TemporaryFile() as fouten:
        try:
            proces = subprocess.run(
                opdracht, env=_pg_omgeving(), stdin=stdin, stdout=stdout, stderr=fouten, check=False
            )
        except FileNotFoundError:
            raise BackupFout(
                f"{opdracht[0]} is niet gevonden; installeer de PostgreSQL-client "
                "(Debian: postgresql-client)."
            ) from None
        if proces.returncode != 0:
            fouten.seek(0)
            tekst = fouten.read().decode(errors="replace").strip()[-2000:]
            raise BackupFout(f"{opdracht[0]} mislukte (code {proces.returncode}): {tekst}")


def _sqlite_pad() -> str:
    naam = str(connection.settings_dict["NAME"])
    if naam == ":memory:" or "mode=memory" in naam:
        raise BackupFout(
            "Een SQLite-database in het geheugen heeft geen backup nodig (en kan er geen krijgen)."
        )
    return naam


def _kop_en_migraties(cursor: Any) -> tuple[dict[str, Any], list[str]]:
    tabel = connection.ops.quote_name(AuditKop._meta.db_table)
    cursor.execute(f"SELECT laatste_volgnummer, laatste_hash FROM {tabel} WHERE id = 1")
    rij = cursor.fetchone()
    kop = {"laatste_volgnummer": int(rij[0]) if rij else 0, "laatste_hash": rij[1] if rij else audit.GENESIS}
    migraties = connection.ops.quote_name(MigrationRecorder.Migration._meta.db_table)
    cursor.execute(f"SELECT app, name FROM {migraties}")
    return kop, sorted(f"{app}.{naam}" for app, naam in cursor.fetchall())


def _backup_sqlite(map_: Path) -> dict[str, Any]:
    doel = map_ / DATABASEBESTAND["sqlite"]
    bron = sqlite3.connect(_sqlite_pad(), timeout=60)
    kopie = sqlite3.connect(doel)
    try:
        bron.backup(kopie)  # one consistent snapshot, while others go on reading and writing
        kopie.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        kop, migraties = _kop_en_migraties(kopie.cursor())
    finally:
        kopie.close()
        bron.close()
    return {"soort": "sqlite", "bestand": doel.name, "audit": kop, "migraties": migraties}


def _backup_postgresql(map_: Path) -> dict[str, Any]:
    if connection.in_atomic_block:
        raise BackupFout("Een backup kan niet binnen een lopende databasetransactie worden gemaakt.")
    doel = map_ / DATABASEBESTAND["postgresql"]
    # pg_dump dumps the very snapshot in which the audit head and the migrations are read
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        momentopname = cursor.fetchone()[0]
        kop, migraties = _kop_en_migraties(cursor)
        _draai(
            [
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--snapshot={momentopname}",
                f"--file={doel}",
            ]
        )
    return {"soort": "postgresql", "bestand": doel.name, "audit": kop, "migraties": migraties}


def _database_soort() -> str:
    if connection.vendor not in DATABASEBESTAND:
        raise BackupFout(
            f"Een {connection.vendor}-database wordt niet ondersteund; alleen SQLite en PostgreSQL."
        )
    return connection.vendor


# --- making a backup -----------------------------------------------------------------------------


def maak_backup(
    doel: Path, *, melden: Callable[[str], None] = _stil, door: str = "commandoregel (backup)"
) -> dict[str, Any]:
    """Write a backup of the running system into ``doel`` (new or empty); returns the manifest's
    content. Audited (after the snapshot, so the record is not in this backup)."""
    doel = Path(doel).resolve()
    if doel.exists() and (not doel.is_dir() or any(doel.iterdir())):
        raise HerstelGeweigerd(f"De map {doel} bestaat al en is niet leeg: kies een nieuwe map.")
    soort = _database_soort()
    if "bestanden" not in bestandsmappen():
        melden(
            f"Let op: de opgeslagen bestanden staan in {bestandsopslag()}, niet op deze schijf; ze vallen "
            "buiten deze backup (versiebeheer en replicatie van die opslag bewaren ze)."
        )
    doel.parent.mkdir(parents=True, exist_ok=True)
    bezig = doel.parent / f".{doel.name}.onvolledig-{os.getpid()}"
    shutil.rmtree(bezig, ignore_errors=True)
    bezig.mkdir()
    try:
        database = _backup_sqlite(bezig) if soort == "sqlite" else _backup_postgresql(bezig)
        database["grootte"], database["sha256"] = _hash(bezig / database["bestand"])
        kop = database["audit"]["laatste_volgnummer"]
        melden(f"Database ({soort}): {database['grootte']} bytes, audittrail tot en met #{kop}")
        aantal, totaal, verdwenen = 0, 0, []
        with (bezig / SOMMEN).open("w", encoding="utf-8", newline="\n") as sommen:
            sommen.write(_sommenregel(database["sha256"], database["bestand"]))
            for naam, map_ in bestandsmappen().items():
                for pad in _opgeslagen_bestanden(map_):
                    relatief = f"{naam}/{pad.relative_to(map_).as_posix()}"
                    try:
                        grootte, sha = _kopieer(pad, bezig / relatief)
                    except FileNotFoundError:  # removed while we copied
                        verdwenen.append(relatief)
                        continue
                    sommen.write(_sommenregel(sha, relatief))
                    aantal, totaal = aantal + 1, totaal + grootte
        melden(f"Bestanden: {aantal} ({totaal} bytes)")
        inhoud = {
            "formaat": FORMAAT,
            "programma": "ministerie",
            "gemaakt_op": timezone.now().isoformat(timespec="seconds"),
            "database": database,
            "mappen": list(bestandsmappen()),
            "bestandsopslag": bestandsopslag(),
            "bestanden": {
                "aantal": aantal,
                "bytes": totaal,
                "lijst": SOMMEN,
                "sha256": _hash(bezig / SOMMEN)[1],
            },
            "verdwenen_tijdens_backup": verdwenen[:1000],
        }
        manifest = bezig / MANIFEST
        manifest.write_text(
            json.dumps({"inhoud": inhoud, "controle": _controlegetal(inhoud)}, ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
        for pad in (bezig / database["bestand"], bezig / SOMMEN, manifest):
            _fsync(pad)
        if doel.exists():
            doel.rmdir()
        bezig.rename(doel)
    except BaseException:
        shutil.rmtree(bezig, ignore_errors=True)
        raise
    with transaction.atomic():
        audit.registreer(
            "backup_gemaakt",
            door=door,
            gegevens={
                "map": str(doel),
                "bestanden": aantal,
                "audit_tot": database["audit"]["laatste_volgnummer"],
                "controle": _controlegetal(inhoud),
            },
        )
    return inhoud


# --- checking a backup ---------------------------------------------------------------------------


def _lees_manifest(bron: Path) -> dict[str, Any]:
    if not bron.is_dir():
        raise BackupOngeldig(f"De map {bron} bestaat niet.")
    pad = bron / MANIFEST
    if not pad.is_file():
        raise BackupOngeldig(
            f"De backup is onvolledig: {MANIFEST} ontbreekt (de backup is afgebroken, of dit is geen "
            "backup van ministerie)."
        )
    if pad.stat().st_size > MAX_MANIFEST_BYTES:
        raise BackupOngeldig(
            f"{MANIFEST} is groter dan {MAX_MANIFEST_BYTES // 1024 // 1024} MB: geen manifest."
        )
    try:
        gegevens = json.loads(pad.read_text(encoding="utf-8"))
        inhoud, controle = gegevens["inhoud"], gegevens["controle"]
    except (ValueError, UnicodeDecodeError, KeyError, TypeError):
        raise BackupOngeldig(f"{MANIFEST} is beschadigd: het is geen leesbaar manifest.") from None
    if not isinstance(inhoud, dict) or controle != _controlegetal(inhoud):
        raise BackupOngeldig(f"{MANIFEST} is beschadigd of gewijzigd: de controlesom klopt niet.")
    if inhoud.get("formaat") != FORMAAT or inhoud.get("programma") != "ministerie":
        raise BackupOngeldig(
            f"{MANIFEST} heeft een onbekend formaat ({inhoud.get('formaat')!r}); "
            f"deze versie van ministerie kent formaat {FORMAAT}."
        )
    if not _volledig(inhoud):
        raise BackupOngeldig(f"{MANIFEST} is onvolledig: een verplicht gegeven ontbreekt of klopt niet.")
    return inhoud


def _volledig(inhoud: dict[str, Any]) -> bool:
    """Every field a restore relies on is there, with the right type."""
    try:
        database, bestanden = inhoud["database"], inhoud["bestanden"]
        return bool(
            database["soort"] in DATABASEBESTAND
            and database["bestand"] == DATABASEBESTAND[database["soort"]]
            and isinstance(database["grootte"], int)
            and isinstance(database["sha256"], str)
            and _HEX64.match(database["sha256"])
            and isinstance(database["audit"]["laatste_volgnummer"], int)
            and isinstance(database["audit"]["laatste_hash"], str)
            and all(isinstance(m, str) for m in database["migraties"])
            and bestanden["lijst"] == SOMMEN
            and isinstance(bestanden["sha256"], str)
            and _HEX64.match(bestanden["sha256"])
            and isinstance(bestanden["aantal"], int)
            and isinstance(inhoud["gemaakt_op"], str)
            and all(isinstance(m, str) and m.isidentifier() for m in inhoud["mappen"])
        )
    except (KeyError, TypeError):
        return False


def _sommen(bron: Path, inhoud: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """The lines of SHA256SUMS, after checking the list itself against the manifest."""
    lijst = bron / SOMMEN
    if not lijst.is_file():
        raise BackupOngeldig(f"De backup is onvolledig: {SOMMEN} ontbreekt.")
    if _hash(lijst)[1] != inhoud["bestanden"]["sha256"]:
        raise BackupOngeldig(f"{SOMMEN} is beschadigd of gewijzigd: de SHA-256 klopt niet met het manifest.")
    mappen = list(inhoud["mappen"])
    with lijst.open(encoding="utf-8", newline="\n") as regels:
        for nummer, regel in enumerate(regels, start=1):
            if len(regel) > MAX_REGEL or not regel.endswith("\n"):
                raise BackupOngeldig(f"{SOMMEN} regel {nummer} is onleesbaar.")
            try:
                sha, pad = _lees_sommenregel(regel[:-1])
            except ValueError:
                raise BackupOngeldig(f"{SOMMEN} regel {nummer} is onleesbaar.") from None
            if nummer > 1 and not _veilig_pad(pad, mappen):
                raise BackupOngeldig(f"{SOMMEN} regel {nummer} noemt een pad buiten de backup: {pad!r}.")
            yield sha, pad


@dataclass
class Controle:
    inhoud: dict[str, Any]
    bestanden: list[tuple[str, str]] = field(default_factory=list)  # (sha256, path) of each stored file


def controleer_backup(bron: Path, *, melden: Callable[[str], None] = _stil) -> Controle:
    """Read the whole backup and compare it with its manifest; raises ``BackupOngeldig`` with the
    reason (naming the first files that are missing or damaged). Changes nothing."""
    bron = Path(bron).resolve()
    inhoud = _lees_manifest(bron)
    database = inhoud["database"]
    regels = _sommen(bron, inhoud)
    eerste = next(regels, None)
    if eerste != (database["sha256"], database["bestand"]):
        raise BackupOngeldig(f"{SOMMEN} begint niet met het databasebestand uit het manifest.")
    problemen: list[str] = []
    controle = Controle(inhoud)
    for sha, pad in [eerste, *regels]:
        bestand = bron / pad
        if not bestand.is_file():
            problemen.append(f"{pad} ontbreekt")
        elif _hash(bestand)[1] != sha:
            problemen.append(f"{pad} is beschadigd (SHA-256 klopt niet)")
        elif pad != database["bestand"]:
            controle.bestanden.append((sha, pad))
    if not problemen and len(controle.bestanden) != inhoud["bestanden"]["aantal"]:
        problemen.append(
            f"{SOMMEN} noemt {len(controle.bestanden)} bestanden, "
            f"het manifest {inhoud['bestanden']['aantal']}"
        )
    if problemen:
        meer = f" (en nog {len(problemen) - MAX_GENOEMD})" if len(problemen) > MAX_GENOEMD else ""
        raise BackupOngeldig(
            "De backup is beschadigd of onvolledig: " + "; ".join(problemen[:MAX_GENOEMD]) + meer + "."
        )
    melden(f"Backup in orde: database en {len(controle.bestanden)} bestanden kloppen met het manifest.")
    return controle


# --- restoring -----------------------------------------------------------------------------------


def _tabellen_met_gegevens() -> list[str]:
    """Tables of the current database that hold rows (bookkeeping tables not counted)."""
    met = []
    with connection.cursor() as cursor:
        for tabel in sorted(connection.introspection.table_names(cursor)):
            if tabel in BOEKHOUDING or tabel.startswith("sqlite_"):
                continue
            cursor.execute(f"SELECT 1 FROM {connection.ops.quote_name(tabel)} LIMIT 1")
            if cursor.fetchone():
                met.append(tabel)
    return met


def _controleer_doel(controle: Controle, *, overschrijf: bool) -> None:
    from .werkers import levende_werkers

    inhoud = controle.inhoud
    soort = _database_soort()
    if inhoud["database"]["soort"] != soort:
        raise HerstelGeweigerd(
            f"Deze backup is van een {inhoud['database']['soort']}-database; de geconfigureerde database "
            f"is {soort}. Zet hem terug op een {inhoud['database']['soort']}-database."
        )
    # a migration of an installed app that this code does not have: the backup is newer (the
    # migrations of an app that was removed since are left alone, as Django does)
    schijf = MigrationLoader(None, ignore_no_migrations=True).disk_migrations
    bekend = {f"{app}.{naam}" for app, naam in schijf}
    geinstalleerd = {app for app, _ in schijf}
    onbekend = sorted(
        m for m in inhoud["database"]["migraties"] if m not in bekend and m.split(".")[0] in geinstalleerd
    )
    if onbekend:
        raise HerstelGeweigerd(
            "Deze backup is gemaakt met een nieuwere versie van ministerie (onbekende migraties: "
            + ", ".join(onbekend[:MAX_GENOEMD])
            + "). Installeer die versie en herstel dan."
        )
    hier = bestandsmappen()
    ontbreekt = [m for m in inhoud["mappen"] if m not in hier]
    if ontbreekt:
        raise HerstelGeweigerd(
            f"De backup bevat bestanden ({', '.join(ontbreekt)}) die deze installatie niet op schijf "
            f"bewaart (opslag: {bestandsopslag()}); zet ze met de hand in die opslag of herstel op een "
            "installatie met bestandsopslag op schijf."
        )
    tabellen = set(connection.introspection.table_names())
    if "bedrijfsvoering_werker" in tabellen and levende_werkers():
        raise HerstelGeweigerd(
            "Er draaien nog verwerkers (ministerie worker): stop ze en de webserver eerst, en herstel dan."
        )
    if not overschrijf:
        gevuld = _tabellen_met_gegevens()
        if gevuld:
            raise HerstelGeweigerd(
                "De database bevat al gegevens (tabellen "
                + ", ".join(gevuld[:MAX_GENOEMD])
                + (f" en nog {len(gevuld) - MAX_GENOEMD}" if len(gevuld) > MAX_GENOEMD else "")
                + "). Geef --overschrijf om ze te vervangen door de backup."
            )


def _zet_bestanden_klaar(bron: Path, controle: Controle) -> dict[str, Path]:
    """Copy the backup's files into a hidden folder inside each live folder (same file system),
    checking each hash again; the live files are not touched yet."""
    klaar: dict[str, Path] = {}
    try:
        for naam, map_ in bestandsmappen().items():
            map_.mkdir(parents=True, exist_ok=True)
            klaar[naam] = map_ / f"{HERSTELMAP}{os.getpid()}"
            shutil.rmtree(klaar[naam], ignore_errors=True)
            klaar[naam].mkdir()
        for sha, pad in controle.bestanden:
            naam, _, rest = pad.partition("/")
            if naam not in klaar:
                continue  # a folder this version does not keep
            if _kopieer(bron / pad, klaar[naam] / rest)[1] != sha:
                raise BackupOngeldig(f"{pad} veranderde tijdens het herstel (SHA-256 klopt niet meer).")
    except BaseException:
        for map_ in klaar.values():
            shutil.rmtree(map_, ignore_errors=True)
        raise
    return klaar


def _wissel_bestanden(klaar: dict[str, Path]) -> None:
    """Put the restored files in place: the live entries move aside, the restored ones in, by
    renames inside each folder (which may be a mount point), then the old ones are removed."""
    for naam, map_ in bestandsmappen().items():
        nieuw = klaar[naam]
        oud = map_ / f"{OUDMAP}{os.getpid()}"
        oud.mkdir()
        for item in list(map_.iterdir()):
            if item not in (nieuw, oud):
                item.rename(oud / item.name)
        for item in list(nieuw.iterdir()):
            item.rename(map_ / item.name)
        nieuw.rmdir()
        shutil.rmtree(oud)


def _herstel_sqlite(bestand: Path) -> None:
    connections.close_all()
    bron = sqlite3.connect(bestand.as_uri() + "?mode=ro", uri=True)
    doel = sqlite3.connect(_sqlite_pad(), timeout=60)
    try:
        bron.backup(doel)  # replaces the whole database in one step
    finally:
        doel.close()
        bron.close()


def _herstel_postgresql(bestand: Path) -> None:
    """Drop every table and load the dump, in one transaction: all or nothing."""
    with connection.cursor() as cursor:
        tabellen = connection.introspection.table_names(cursor)
    voorwerk = "SET lock_timeout = '60s';\n" + "".join(
        f"DROP TABLE IF EXISTS {connection.ops.quote_name(t)} CASCADE;\n" for t in tabellen
    )
    connections.close_all()
    with tempfile.TemporaryFile() as sql:
        sql.write(voorwerk.encode())
        _draai(["pg_restore", "--no-owner", "--no-privileges", "--file=-", str(bestand)], stdout=sql)
        sql.seek(0)
        _draai(
            ["psql", "--no-psqlrc", "--quiet", "--single-transaction", "--set=ON_ERROR_STOP=1"],
            stdin=sql,
            stdout=subprocess.DEVNULL,
        )


@dataclass(frozen=True)
class Herstelverslag:
    bestanden: int
    auditrecords: int
    herbouwd: dict[str, Any]


def _controleer_na_herstel(controle: Controle) -> None:
    """Every file as in the backup, and nothing else: compare the live folders with the list."""
    verwacht = {pad: sha for sha, pad in controle.bestanden}
    gevonden: dict[str, str] = {}
    for naam, map_ in bestandsmappen().items():
        for pad in _opgeslagen_bestanden(map_):
            gevonden[f"{naam}/{pad.relative_to(map_).as_posix()}"] = _hash(pad)[1]
    verschil = sorted(p for p in verwacht.keys() | gevonden.keys() if verwacht.get(p) != gevonden.get(p))
    if verschil:
        raise BackupFout(
            "Hersteld, maar deze bestanden wijken af van de backup: "
            + ", ".join(verschil[:MAX_GENOEMD])
            + "."
        )


def _controleer_audittrail(controle: Controle) -> int:
    kop = controle.inhoud["database"]["audit"]
    uitkomst = audit.verifieer()
    if not uitkomst.intact:
        raise BackupFout(
            f"Hersteld, maar de audittrail is niet intact: eerste fout bij record #{uitkomst.eerste_fout}: "
            f"{uitkomst.reden}."
        )
    if kop["laatste_volgnummer"]:
        record = AuditRecord.objects.filter(volgnummer=kop["laatste_volgnummer"]).first()
        if record is None or record.hash != kop["laatste_hash"]:
            raise BackupFout(
                "Hersteld, maar de audittrail eindigt niet bij de kop uit het manifest "
                f"(#{kop['laatste_volgnummer']})."
            )
    return uitkomst.gecontroleerd


def herstel(
    bron: Path,
    *,
    overschrijf: bool = False,
    melden: Callable[[str], None] = _stil,
    door: str = "commandoregel (herstel)",
) -> Herstelverslag:
    """Restore the backup in ``bron`` (see the module). ``BackupOngeldig`` and
    ``HerstelGeweigerd`` are raised before anything changed; a ``BackupFout`` after the
    database was restored says what did not check out."""
    bron = Path(bron).resolve()
    controle = controleer_backup(bron, melden=melden)
    _controleer_doel(controle, overschrijf=overschrijf)
    klaar = _zet_bestanden_klaar(bron, controle)
    database = bron / controle.inhoud["database"]["bestand"]
    try:
        if controle.inhoud["database"]["soort"] == "sqlite":
            _herstel_sqlite(database)
        else:
            _herstel_postgresql(database)
    except BaseException:
        for map_ in klaar.values():
            shutil.rmtree(map_, ignore_errors=True)
        raise
    melden("Database teruggezet.")
    _wissel_bestanden(klaar)
    melden(f"{len(controle.bestanden)} bestanden teruggezet.")
    call_command("migrate", interactive=False, verbosity=0)
    records = _controleer_audittrail(controle)
    melden(f"Audittrail intact: {records} records, tot en met de kop uit het manifest.")
    herbouwd = herbouw_alles(melden)
    _controleer_na_herstel(controle)
    melden("Elk bestand heeft de SHA-256 uit de backup.")
    with transaction.atomic():
        audit.registreer(
            "backup_hersteld",
            door=door,
            gegevens={
                "map": str(bron),
                "gemaakt_op": controle.inhoud["gemaakt_op"],
                "bestanden": len(controle.bestanden),
                "audit_tot": controle.inhoud["database"]["audit"]["laatste_volgnummer"],
                "overschreven": overschrijf,
            },
        )
    return Herstelverslag(len(controle.bestanden), records, herbouwd)
