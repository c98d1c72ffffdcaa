"""Search benchmark through the system: documents in the database, the index built from it by
``herbouw`` (the same code as ``ministerie zoek herbouw``), queries through ``zoek_stukken``
with a real user's permission filters and the database re-check.

    python bench/zoeken.py [--aantal 100000] [--database sqlite|postgres]

Prints load and index build times and p50/p95/p99 per query type. Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from zoeken_index import Generator, percentiel, vraagmix  # noqa: E402

POSTGRES_BEHEER = "postgres://postgres@127.0.0.1:5432/postgres"
BENCH_DB = "ministerie_bench"


def _database_url(soort: str, map_: Path) -> str:
    if soort == "sqlite":
        return f"sqlite:///{map_ / 'bench.sqlite3'}"
    import psycopg

    with psycopg.connect(POSTGRES_BEHEER, autocommit=True) as verbinding:
        verbinding.execute(f"DROP DATABASE IF EXISTS {BENCH_DB}")
        verbinding.execute(f"CREATE DATABASE {BENCH_DB}")
    return POSTGRES_BEHEER.rsplit("/", 1)[0] + f"/{BENCH_DB}"


def meet(gebruiker: object, zoek_stukken: object, aantal_vragen: int) -> None:
    gen = Generator(seed=1)
    list(gen.documenten(0, 20_000))  # the same phrases as during loading
    vragen_rnd = random.Random(11)
    for _ in range(30):
        zoek_stukken(gebruiker, vragen_rnd.choice(gen.woorden[:500]))
    print(f"\n{'vraag':<27} {'als':<16} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'gem. totaal':>12}")
    for naam, maak in vraagmix(gen, vragen_rnd).items():
        vragen = [maak() for _ in range(aantal_vragen)]
        for als, alles in (("medewerker", False), ("beheer (alles)", True)):
            tijden, totalen = [], []
            for vraag in vragen:
                t = time.perf_counter()
                uitkomst = zoek_stukken(gebruiker, vraag, alles=alles)
                tijden.append((time.perf_counter() - t) * 1000)
                totalen.append(uitkomst.totaal)
            print(
                f"{naam:<27} {als:<16} {percentiel(tijden, 50):7.2f} {percentiel(tijden, 95):7.2f} "
                f"{percentiel(tijden, 99):7.2f} {statistics.mean(totalen):12,.0f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--aantal", type=int, default=100_000)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--vragen", type=int, default=200)
    parser.add_argument("--batch", type=int, default=5_000)
    parser.add_argument("--bestaand", type=Path, help="meet opnieuw op de map van een eerdere SQLite-run")
    args = parser.parse_args()

    map_ = args.bestaand or Path(tempfile.mkdtemp(prefix="ministerie-bench-"))
    os.environ["MINISTERIE_DATA_DIR"] = str(map_)
    os.environ["DATABASE_URL"] = (
        f"sqlite:///{map_ / 'bench.sqlite3'}" if args.bestaand else _database_url(args.database, map_)
    )
    os.environ["DJANGO_SETTINGS_MODULE"] = "ministerie.conf.dev"
    import django

    django.setup()
    from django.core.management import call_command

    from ministerie.core.models import Gebruiker, Gebruikersrol
    from ministerie.organisatie.models import Eenheid
    from ministerie.stukken.indexering import herbouw
    from ministerie.stukken.models import Document, Versie
    from ministerie.stukken.zoeken import zoek_stukken

    if args.bestaand:
        meet(Gebruiker.objects.get(username="bench"), zoek_stukken, args.vragen)
        return
    call_command("migrate", verbosity=0)
    wortel = Eenheid.objects.create(code="bzk", naam="BZK", soort="ministerie")
    eenheden = Eenheid.objects.bulk_create(
        [
            Eenheid(code=f"e{i}", naam=f"Eenheid {i}", soort="directie", bovenliggende=wortel)
            for i in range(150)
        ]
    )
    rnd = random.Random(7)
    gebruiker = Gebruiker.objects.create(username="bench", clearance=20)
    Gebruikersrol.objects.create(gebruiker=gebruiker, rol="beleidsmedewerker")
    gebruiker.eenheden.set(rnd.sample(eenheden, 40))
    auteur = Gebruiker.objects.create(username="auteur", clearance=50)

    gen = Generator(seed=1)
    t0 = time.perf_counter()
    for start in range(0, args.aantal, args.batch):
        aantal = min(args.batch, args.aantal - start)
        bron = list(gen.documenten(start, aantal))
        documenten = Document.objects.bulk_create(
            [
                Document(
                    titel=d.titel,
                    eenheid=eenheden[d.eenheid - 1],
                    rubricering=d.rubricering,
                    datum=d.datum,
                    aangemaakt_door=auteur,
                )
                for d in bron
            ]
        )
        Versie.objects.bulk_create(
            [
                Versie(
                    document=doc,
                    nummer=1,
                    bestand=f"bench/{doc.pk}.txt",
                    bestandsnaam="bench.txt",
                    sha256=f"{doc.pk:064d}",
                    grootte=len(d.tekst),
                    mime="text/plain",
                    soort="tekst",
                    tekst=d.tekst,
                    aangemaakt_door=auteur,
                )
                for doc, d in zip(documenten, bron, strict=True)
            ]
        )
        print(f"  {start + aantal:>9,} in de database", file=sys.stderr, flush=True)
    laden = time.perf_counter() - t0

    t0 = time.perf_counter()
    geindexeerd = herbouw()
    bouwen = time.perf_counter() - t0
    print(f"database:               {args.database}")
    print(f"documenten:             {args.aantal:,}")
    print(f"laden in de database:   {laden:8.1f} s")
    print(f"index bouwen (herbouw): {bouwen:8.1f} s ({geindexeerd / bouwen:,.0f} per seconde)")

    meet(gebruiker, zoek_stukken, args.vragen)


if __name__ == "__main__":
    main()
