"""Load test: the real server (``ministerie serve``) with the demo data, on loopback, under a
number of users who read and write at the same time.

    python bench/belasting.py [--database sqlite|postgres] [--gebruikers 20] [--duur 60]
                              [--server-args "GUNICORN-OPTIES"] [--zonder-worker] [--sjabloon MAP]
                              [--log BESTAND]

Each run starts from a fresh data folder (and, for PostgreSQL, a fresh database
``ministerie_belasting`` on 127.0.0.1:5432 as user postgres): migrate, the BZK organisation,
budget and meetings, the demo accounts and their demo content (what ``make run`` loads), then
``ministerie serve`` on a free port and ``ministerie worker`` beside it. The server runs on the
production settings over plain HTTP (MINISTERIE_HTTPS=0); only the second factor is skipped for
the demo accounts, as in ``make run``. Loading takes about a minute; ``--sjabloon MAP`` keeps
the loaded data folder (and, for PostgreSQL, a template database) there and copies it into the
fresh folder of the next run.

Every simulated user logs in with a demo account (a session, as a browser; it makes one memo
when it sees none) and then, without pause, picks a request: 85 % reads (Mijn werk, the memo list
and a memo, the organisation, the parliament overview, search, three API lists) and 15 % writes
(an annotation on a memo through its page form, with the CSRF token; a new memo). Prints the
requests per second and the p50/p95/p99 latency, for all requests and for reads and writes
apart, and every failure: a read that is not a 200, a write that does not redirect to its memo,
an exception in the client.

``--server-args`` go to gunicorn after the defaults of ``ministerie serve`` (so they win):
``--server-args "--workers 2 --worker-class sync --threads 1 --keep-alive 2 --max-requests 0"``
is the server as it was before issue 13 (two sync workers, no keep-alive). The database
connections are kept per the production settings (DATABASE_CONN_MAX_AGE; set it in the
environment to compare). Not a test: it prints figures (docs/prestaties.md has them).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import shlex
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

HIER = Path(__file__).resolve().parent
REPO = HIER.parent
BIN = Path(sys.executable).parent
POSTGRES_BEHEER = "postgres://postgres@127.0.0.1:5432/postgres"
BENCH_DB = "ministerie_belasting"
WACHTWOORD = "demo-ministerie-2021"
# Demo accounts that write memos or sit on their route; each simulated user takes the next one.
ACCOUNTS = ["beleid", "afdelingshoofd", "directeur", "dg", "sg", "pz", "jurist", "fez", "secretariaat", "pa"]
LEZEN = [  # pages every one of these accounts may see
    ("/", 3),
    ("/stukken/", 3),
    ("nota", 4),
    ("/organisatie/", 1),
    ("/parlement/", 2),
    ("/stukken/zoeken/?q=woningbouw", 1),
    ("/api/v1/notas", 2),
    ("/api/v1/eenheden?pagina=2", 1),
    ("/api/v1/kamervragen", 1),
]
AANDEEL_SCHRIJVEN = 0.15


# --- the server --------------------------------------------------------------------------------


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg(sql: str) -> None:
    import psycopg

    with psycopg.connect(POSTGRES_BEHEER, autocommit=True) as verbinding:
        verbinding.execute(sql.encode())


def _database_url(soort: str, map_: Path, sjabloon: str | None = None) -> str:
    if soort == "sqlite":
        return f"sqlite:///{map_ / 'ministerie.sqlite3'}"
    _pg(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
    _pg(f"CREATE DATABASE {BENCH_DB}" + (f" TEMPLATE {sjabloon}" if sjabloon else ""))
    return POSTGRES_BEHEER.rsplit("/", 1)[0] + f"/{BENCH_DB}"


def _bereid_voor(soort: str, map_: Path, poort: int, sjabloon: Path | None) -> dict[str, str]:
    """A fresh data folder (and database) with the demo data; from the template when there is
    one (made on the first run)."""
    if sjabloon is None:
        omgeving = _omgeving(map_, _database_url(soort, map_), poort)
        _laad(omgeving)
        return omgeving
    bron = sjabloon / soort
    pg_sjabloon = f"{BENCH_DB}_sjabloon"
    if not (bron / "klaar").exists():
        shutil.rmtree(bron, ignore_errors=True)
        bron.mkdir(parents=True)
        if soort == "postgres":
            _pg(f"DROP DATABASE IF EXISTS {pg_sjabloon} WITH (FORCE)")
            _pg(f"CREATE DATABASE {pg_sjabloon}")
            url = POSTGRES_BEHEER.rsplit("/", 1)[0] + f"/{pg_sjabloon}"
        else:
            url = f"sqlite:///{bron / 'ministerie.sqlite3'}"
        _laad(_omgeving(bron, url, poort))
        (bron / "klaar").write_text("geladen\n")
    shutil.copytree(bron, map_, dirs_exist_ok=True)
    omgeving = _omgeving(
        map_, _database_url(soort, map_, pg_sjabloon if soort == "postgres" else None), poort
    )
    _ministerie(omgeving, "migrate", "--noinput")  # the code may have new migrations since
    return omgeving


# The server runs on the production settings, as `ministerie serve` does in a ministry, with one
# exception: the simulated users have no authenticator app, so the demo accounts skip the second
# factor as in `make run` (the gate itself still runs on every request).
INSTELLINGEN = """from ministerie.conf.production import *  # noqa: F403

TWEEDE_FACTOR_DEMO_OVERSLAAN = True
"""


def _omgeving(map_: Path, database_url: str, poort: int) -> dict[str, str]:
    """The environment for loading the data (the dev settings of `make run`)."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "ministerie.conf.dev",
        "MINISTERIE_DEMO": "1",
        "MINISTERIE_DATA_DIR": str(map_),
        "DATABASE_URL": database_url,
        "MINISTERIE_BIND": f"127.0.0.1:{poort}",
        "MINISTERIE_LOGNIVEAU": "WARNING",
    }


def _serveromgeving(omgeving: dict[str, str], map_: Path) -> dict[str, str]:
    """The environment for the server and the worker: production settings on plain HTTP."""
    (map_ / "belasting_instellingen.py").write_text(INSTELLINGEN)
    return {
        **omgeving,
        "DJANGO_SETTINGS_MODULE": "belasting_instellingen",
        "PYTHONPATH": os.pathsep.join(p for p in (str(map_), os.environ.get("PYTHONPATH", "")) if p),
        "DJANGO_SECRET_KEY": "belastingtest-" + os.urandom(16).hex(),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "MINISTERIE_HTTPS": "0",
    }


def _ministerie(omgeving: dict[str, str], *args: str) -> None:
    uit = subprocess.run(
        [str(BIN / "ministerie"), *args], cwd=REPO, env=omgeving, capture_output=True, text=True
    )
    if uit.returncode:
        raise SystemExit(f"ministerie {' '.join(args)} mislukte:\n{uit.stdout}{uit.stderr}")


def _laad(omgeving: dict[str, str]) -> None:
    for stap in (
        ["migrate", "--noinput"],
        ["organisatie", "laad", "data/bzk-2021"],
        ["begroting", "laad", "data/bzk-2021/begroting"],
        ["overleg", "laad", "data/bzk-2021/overleggen.yaml"],
        ["demo", "laad"],
    ):
        _ministerie(omgeving, *stap)


def _wacht_op(poort: int, proces: subprocess.Popen[bytes], seconden: float = 60) -> None:
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if proces.poll() is not None:
            raise SystemExit(f"de server stopte (code {proces.returncode}); zie de log")
        try:
            verbinding = http.client.HTTPConnection("127.0.0.1", poort, timeout=2)
            verbinding.request("GET", "/inloggen/")
            if verbinding.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit("de server kwam niet op")


# --- a simulated user ---------------------------------------------------------------------------


@dataclass
class Meting:
    soort: str
    pad: str
    status: int
    ms: float

    @property
    def gelukt(self) -> bool:
        """A read answers 200; a write redirects to the memo (a 200 is its form with an error)."""
        return self.status == 200 if self.soort == "lezen" else self.status in (302, 303)


@dataclass
class Gebruiker:
    poort: int
    account: str
    rnd: random.Random
    cookies: dict[str, str] = field(default_factory=dict)
    notas: list[int] = field(default_factory=list)
    verbinding: http.client.HTTPConnection | None = None
    laatste_locatie: str = ""

    def _verzoek(self, methode: str, pad: str, lichaam: dict[str, str] | None = None) -> tuple[int, bytes]:
        kop = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        data = None
        if lichaam is not None:
            data = urlencode(lichaam)
            kop["Content-Type"] = "application/x-www-form-urlencoded"
            kop["Referer"] = f"http://127.0.0.1:{self.poort}{pad}"
        for poging in range(2):
            if self.verbinding is None:
                self.verbinding = http.client.HTTPConnection("127.0.0.1", self.poort, timeout=60)
            try:
                self.verbinding.request(methode, pad, body=data, headers=kop)
                antwoord = self.verbinding.getresponse()
                inhoud = antwoord.read()
                break
            except (http.client.HTTPException, ConnectionError):
                self.verbinding.close()
                self.verbinding = None  # the server closed the connection (no keep-alive): again
                if poging:
                    raise
        self.laatste_locatie = antwoord.getheader("Location", "")
        for kopregel in antwoord.headers.get_all("Set-Cookie") or []:
            naam, _, rest = kopregel.partition("=")
            self.cookies[naam.strip()] = rest.split(";", 1)[0]
        if antwoord.getheader("Connection", "").lower() == "close" and self.verbinding is not None:
            self.verbinding.close()
            self.verbinding = None
        return antwoord.status, inhoud

    def log_in(self) -> None:
        self._verzoek("GET", "/inloggen/")
        status, _ = self._verzoek(
            "POST",
            "/inloggen/",
            {
                "csrfmiddlewaretoken": self.cookies.get("csrftoken", ""),
                "username": self.account,
                "password": WACHTWOORD,
            },
        )
        thuis, _ = self._verzoek("GET", "/")
        if status != 302 or thuis != 200:
            raise SystemExit(f"inloggen als {self.account} lukte niet ({status}, Mijn werk: {thuis})")
        _, inhoud = self._verzoek("GET", "/api/v1/notas")
        self.notas = [n["id"] for n in json.loads(inhoud)["results"] if n["status"] != "afgedaan"]
        if not self.notas:  # the demo content has no memos: each user starts with one of its own
            eerste = self._schrijf(alleen_nieuw=True)
            if not eerste.gelukt:
                raise SystemExit(f"{self.account} kon geen nota maken ({eerste.status})")

    def stap(self) -> Meting:
        if self.rnd.random() < AANDEEL_SCHRIJVEN:
            return self._schrijf()
        pad = self.rnd.choices([p for p, _ in LEZEN], weights=[g for _, g in LEZEN])[0]
        if pad == "nota":
            pad = f"/stukken/notas/{self.rnd.choice(self.notas)}/" if self.notas else "/stukken/"
        begin = time.perf_counter()
        status, _ = self._verzoek("GET", pad)
        return Meting("lezen", re.sub(r"\d+", "N", pad), status, (time.perf_counter() - begin) * 1000)

    def _schrijf(self, alleen_nieuw: bool = False) -> Meting:
        token = self.cookies.get("csrftoken", "")
        if self.notas and not alleen_nieuw and self.rnd.random() < 0.7:
            pad = f"/stukken/notas/{self.rnd.choice(self.notas)}/annoteren/"
            lichaam = {"csrfmiddlewaretoken": token, "tekst": f"Belastingtest {self.rnd.random():.6f}"}
        else:
            pad = "/stukken/notas/nieuw/"
            lichaam = {
                "csrfmiddlewaretoken": token,
                "soort": "informatienota",
                "onderwerp": f"Belastingtest {self.rnd.randrange(10**9)}",
                "aan": "de minister van BZK",
                "rubricering": "10",  # Intern
                "kernpunten": "Een nota uit de belastingtest.",
            }
        begin = time.perf_counter()
        status, _ = self._verzoek("POST", pad, lichaam)
        ms = (time.perf_counter() - begin) * 1000
        if pad.endswith("/nieuw/") and (nieuw := re.search(r"/notas/(\d+)/", self.laatste_locatie)):
            self.notas.append(int(nieuw.group(1)))  # the new memo is read and annotated too
        return Meting("schrijven", re.sub(r"\d+", "N", pad), status, ms)


def _draai(gebruikers: list[Gebruiker], duur: float) -> tuple[list[Meting], list[str]]:
    metingen: list[Meting] = []
    fouten: list[str] = []
    slot = threading.Lock()
    einde = time.monotonic() + duur

    def werk(g: Gebruiker) -> None:
        eigen: list[Meting] = []
        while time.monotonic() < einde:
            try:
                eigen.append(g.stap())
            except Exception as fout:  # noqa: BLE001 - every failure is counted and shown
                with slot:
                    fouten.append(f"{g.account}: {type(fout).__name__}: {fout}")
        with slot:
            metingen.extend(eigen)

    draden = [threading.Thread(target=werk, args=(g,)) for g in gebruikers]
    for d in draden:
        d.start()
    for d in draden:
        d.join()
    return metingen, fouten


def _percentielen(ms: list[float]) -> str:
    if len(ms) < 2:
        return "-"
    q = statistics.quantiles(ms, n=100, method="inclusive")
    return f"p50 {q[49]:6.0f} ms  p95 {q[94]:6.0f} ms  p99 {q[98]:6.0f} ms"


def meld(metingen: list[Meting], fouten: list[str], duur: float) -> None:
    print(f"\n{'':<10} {'verzoeken':>9} {'per s':>7}   latentie")
    for soort in ("alles", "lezen", "schrijven"):
        deel = [m for m in metingen if soort == "alles" or m.soort == soort]
        print(f"{soort:<10} {len(deel):>9} {len(deel) / duur:>7.1f}   {_percentielen([m.ms for m in deel])}")
    slecht = [m for m in metingen if not m.gelukt]
    print(f"\nmislukte verzoeken: {len(slecht)}; uitzonderingen in de client: {len(fouten)}")
    per_pad: dict[tuple[str, int], int] = {}
    for m in slecht:
        per_pad[(m.pad, m.status)] = per_pad.get((m.pad, m.status), 0) + 1
    for (pad, status), aantal in sorted(per_pad.items()):
        print(f"  {status} {pad}: {aantal}")
    for fout in fouten[:10]:
        print(f"  {fout}")
    print("\nper pagina (p95):")
    for pad in sorted({m.pad for m in metingen}):
        ms = [m.ms for m in metingen if m.pad == pad]
        p95 = statistics.quantiles(ms, n=20, method="inclusive")[18] if len(ms) > 1 else ms[0]
        print(f"  {pad:<42} {len(ms):>6}  p95 {p95:6.0f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--gebruikers", type=int, default=20)
    parser.add_argument("--duur", type=float, default=60.0, help="seconden")
    parser.add_argument("--server-args", default="", help="extra gunicorn-opties (winnen van de standaard)")
    parser.add_argument("--zonder-worker", action="store_true", help="start geen taakverwerker")
    parser.add_argument("--sjabloon", type=Path, help="map voor de geladen demo-gegevens (hergebruik)")
    parser.add_argument("--log", type=Path, help="bewaar de log van server en verwerker in dit bestand")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="belasting-") as tijdelijk:
        map_ = Path(tijdelijk)
        poort = _vrije_poort()
        begin = time.monotonic()
        omgeving = _serveromgeving(_bereid_voor(args.database, map_, poort, args.sjabloon), map_)
        print(f"demo-gegevens klaar in {time.monotonic() - begin:.0f} s ({args.database})")
        log = (args.log or map_ / "server.log").open("wb")
        server = subprocess.Popen(
            [str(BIN / "ministerie"), "serve", *shlex.split(args.server_args)],
            cwd=REPO,
            env=omgeving,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        werker = None
        if not args.zonder_worker:
            werker = subprocess.Popen(
                [str(BIN / "ministerie"), "worker"], cwd=REPO, env=omgeving, stdout=log, stderr=log
            )
        try:
            _wacht_op(poort, server)
            rnd = random.Random(2021)
            gebruikers = [
                Gebruiker(poort, ACCOUNTS[i % len(ACCOUNTS)], random.Random(rnd.random()))
                for i in range(args.gebruikers)
            ]
            for g in gebruikers:
                g.log_in()
            print(
                f"{args.gebruikers} gebruikers, {args.duur:.0f} s, server: ministerie serve "
                f"{args.server_args or '(standaard)'}; {os.cpu_count()} kernen"
            )
            metingen, fouten = _draai(gebruikers, args.duur)
            meld(metingen, fouten, args.duur)
            # Other work on the machine skews the figures: the load over the last minute says how much.
            print(f"\nbelasting van de machine (1 min) na afloop: {os.getloadavg()[0]:.1f}")
        finally:
            for proces in (server, werker):
                if proces is not None:
                    proces.terminate()
                    try:
                        proces.wait(20)
                    except subprocess.TimeoutExpired:
                        proces.kill()
            log.close()
            if args.database == "postgres":
                _pg(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
