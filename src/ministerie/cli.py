"""The ``ministerie`` command: every administrative command lives under it.

Our own commands are listed first; every Django management command works too
(``ministerie migrate``, ``ministerie createsuperuser``).
"""

from __future__ import annotations

import os
import sys

EIGEN_COMMANDO_S = {
    "termijn": "bereken een wettelijke termijn (Atw, Woo, Awb, Kamervragen)",
    "detecteer": (
        "vind persoonsgegevens in een tekstbestand: 'ministerie detecteer BESTAND [--json]"
        " [--publiek BESTAND] [--negatief BESTAND] [--signalen]'"
    ),
    "lak": (
        "lak een PDF echt: 'ministerie lak IN.pdf --uit UIT.pdf [--automatisch] [--termen BESTAND]"
        " [--publiek BESTAND] [--negatief BESTAND]'"
    ),
    "serve": "start de webserver (gunicorn) voor productie",
    "worker": "start de verwerker van achtergrondtaken",
    "backup": "backup: 'ministerie backup MAP' schrijft database, bestanden en manifest (tijdens bedrijf)",
    "herstel": "herstel: 'ministerie herstel MAP [--overschrijf]' controleert de backup en zet haar terug",
    "audit": "audittrail: 'ministerie audit verify' controleert de hash-keten",
    "demo": "demo-omgeving: 'ministerie demo laad' maakt demo-accounts (alleen met MINISTERIE_DEMO=1)",
    "permissies": "permissiematrix: 'ministerie permissies docs' schrijft docs/permissies.md",
    "token": "API-token: 'ministerie token GEBRUIKERSNAAM' maakt of toont een token",
    "organisatie": "organisatieregister: 'laad PAD' laadt de YAML-bestanden, 'toon [--json]' toont de boom",
    "stukken": "documentopslag: 'importeer PAD… --als GEBRUIKER' slaat bestanden op",
    "verwerk": "bulkverwerking: 'ministerie verwerk BRON --werkmap MAP' (map, ZIP of mbox; hervatbaar)",
    "zoek": (
        "zoeken in alle onderdelen: 'ministerie zoek \"VRAAG\" [--soort S] [--json]' (soort:id<TAB>titel);"
        " 'ministerie zoek herbouw' herbouwt de hele index"
    ),
    "parlement": "parlement: 'overzicht [--json]' toont wat open staat, 'importeer PAD' laadt JSON/CSV",
    "woo": "Woo-verzoeken: 'overzicht [--json]', 'publiceer-gepland [--datum D]', 'herbouw-portaalindex'",
    "bestuurskosten": "bestuurskosten: 'overzicht JAAR MAAND [--json]' totalen per persoon en categorie",
    "begroting": "begroting: 'laad PAD', 'toon HOOFDSTUK --jaar JAAR [--json]', 'kalender JAAR', 'accres …'",
    "agenda": (
        "agenda: 'introductie --bewindspersoon CODE --beediging JJJJ-MM-DD [--json]',"
        " 'week CODE JJJJ-Www [--ics]'"
    ),
    "overleg": "overlegstructuren: 'laad PAD' laadt overleggen.yaml (geheel gecontroleerd, idempotent)",
    "meldingen": (
        "meldingen: 'verstuur-overzicht [--nu]' verstuurt het dagelijkse e-mailoverzicht, 'verlopen'"
        " meldt verlopen termijnen van Mijn werk (beide dagelijks vanuit cron)"
    ),
    "correspondentie": (
        "maatschappelijke correspondentie: 'overzicht [--json]' open zaken met uiterste datum"
        " (eerstvolgende eerst), 'ophalen' één ronde langs het IMAP-postvak van MC"
    ),
    "klachten": "klachten (Awb hoofdstuk 9): 'jaarverslag JAAR [--json]' de klachtcijfers van een jaar",
    "archief": (
        "archief van sleutelfunctionarissen: 'ingest BRON|imaps://GEBRUIKER@HOST/MAP --functionaris CODE"
        " [--soort mail|agenda|chat|"
        "sociale-media]', 'controleer', 'export --uit MAP [--tot JJJJ-MM-DD]', 'keur-goed LIJST --als"
        " GEBRUIKER', 'register [--vul] [--csv]', 'selectielijst'"
    ),
    "gebruiker": "gebruikers: 'maak NAAM --rol ROL --eenheid CODE', wijzig, deactiveer, lijst, importeer",
}


def _help() -> int:
    print("Gebruik: ministerie COMMANDO [OPTIES]\n\nCommando's van ministerie:")
    for naam, uitleg in EIGEN_COMMANDO_S.items():
        print(f"  {naam:<12} {uitleg}")
    print("\nDaarnaast werkt elk Django-beheercommando, bijvoorbeeld:")
    try:
        import django
        from django.core.management import get_commands

        django.setup()
        namen = sorted(n for n in get_commands() if n not in EIGEN_COMMANDO_S)
        regels = [", ".join(namen[i : i + 8]) for i in range(0, len(namen), 8)]
        print("  " + ",\n  ".join(regels))
    except Exception as fout:  # settings incomplete: still show our own commands
        print(f"  (Django-commando's niet te tonen: {fout})")
    print("\n'ministerie COMMANDO --help' toont de opties van een commando.")
    return 0


# `ministerie serve`: gunicorn, settings chosen by the load test (docs/prestaties.md).
# Options given after `serve` go to gunicorn after these defaults, so they win.
# MINISTERIE_BIND: address to listen on (default 127.0.0.1:8000).
# MINISTERIE_WEB_WORKERS: gunicorn worker processes (default: the number of cores plus one, so a
#   process waiting for the database or the disk leaves no core idle).
# MINISTERIE_WEB_THREADS: threads per worker process (default 1: sync workers, the fastest on
#   the measured machine; more than 1 runs gthread workers that keep connections alive).
# PROMETHEUS_MULTIPROC_DIR: folder where the worker processes write their metrics, so /metrics
#   adds up all of them (read by prometheus_client). Default $MINISTERIE_DATA_DIR/metrieken-web-
#   <port>, one per server on the machine, emptied at every start; a folder set in the
#   environment is used as it is (empty it before a start).
# Workers are replaced after about 1,000 requests (with jitter, so not all at once). No control
# socket: gunicorn 27 would put one shared ~/.gunicorn/gunicorn.ctl under every server.
def _serve(argv: list[str]) -> int:
    import shutil
    from pathlib import Path
    from typing import Any

    from django.conf import settings

    adres = os.environ.get("MINISTERIE_BIND", "127.0.0.1:8000")
    draden = os.environ.get("MINISTERIE_WEB_THREADS") or "1"
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        # Before Django loads django-prometheus: prometheus_client picks its storage on import.
        poort = adres.rsplit(":", 1)[-1].replace("/", "_")
        metrieken = Path(settings.DATA_DIR) / f"metrieken-web-{poort}"
        shutil.rmtree(metrieken, ignore_errors=True)
        metrieken.mkdir(parents=True)
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(metrieken)

    import django
    from django.core.management import call_command
    from django.core.management.base import SystemCheckError
    from gunicorn.app.wsgiapp import WSGIApplication

    django.setup()
    try:
        call_command("check")  # a bad setting (e.g. the claim mapping) stops the start, with its reason
    except SystemCheckError as fout:
        print(f"ministerie serve: {fout}", file=sys.stderr)
        return 2
    call_command("collectstatic", "--noinput", verbosity=0)

    def werker_gestopt(server: Any, werker: Any) -> None:
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(werker.pid)  # its live gauges no longer count

    class Server(WSGIApplication):
        def load_config(self) -> None:
            super().load_config()
            self.cfg.set("child_exit", werker_gestopt)

    sys.argv = [
        "gunicorn",
        "ministerie.conf.wsgi:application",
        "--bind",
        adres,
        "--no-control-socket",
        "--workers",
        os.environ.get("MINISTERIE_WEB_WORKERS") or str((os.cpu_count() or 1) + 1),
        "--worker-class",
        "gthread" if int(draden) > 1 else "sync",
        "--threads",
        draden,
        "--keep-alive",
        "5",
        "--max-requests",
        "1000",
        "--max-requests-jitter",
        "100",
        "--access-logfile",
        "-",
        *argv,
    ]
    Server("%(prog)s [OPTIONS] [APP_MODULE]").run()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help", "help"):
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ministerie.conf.production")
        return _help()
    if args[0] == "termijn":
        from ministerie.termijnen.cli import main as termijn_main

        return termijn_main(args[1:])
    if args[0] in ("detecteer", "lak"):
        from ministerie.lakken import cli as lakken_cli

        functie = lakken_cli.detecteer_main if args[0] == "detecteer" else lakken_cli.lak_main
        return functie(args[1:])
    if args[:2] == ["begroting", "kalender"]:
        return _begrotingskalender(args[2:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ministerie.conf.production")
    if args[0] == "serve":
        return _serve(args[1:])
    if args[0] == "worker":
        # db_worker with a heartbeat (bedrijfsvoering): jobs of a worker that died are recovered
        args = ["werker", "--no-reload", *args[1:]]
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(["ministerie", *args])
    except ImproperlyConfigured as fout:
        print(f"ministerie: {fout}", file=sys.stderr)
        return 2
    return 0


def _begrotingskalender(argv: list[str]) -> int:
    """The budget calendar is plain Python: it needs no settings and no database."""
    import argparse

    from ministerie.begroting import kalender

    parser = argparse.ArgumentParser(
        prog="ministerie begroting kalender", description="De data van de begrotingscyclus in een jaar."
    )
    parser.add_argument("jaar", type=int)
    jaar = parser.parse_args(argv).jaar
    try:
        print("\n".join(kalender.als_regels(jaar)))
    except kalender.CyclusFout as fout:
        print(f"ministerie begroting kalender: {fout}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
