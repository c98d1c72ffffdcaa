"""Benchmark of ministerie.zoeken: build an index of N Dutch-like documents, then time queries.

    python bench/zoeken_index.py [--aantal 100000] [--pad DIR] [--batch 50000] [--seed 7]

The documents draw their words from a vocabulary of a few thousand Dutch-looking words (real
words, their inflections and compounds) with a Zipf distribution, so that a handful of words is
in nearly every document and most words are rare. Each document has 100-300 words, an eenheid
among 150 and a rubricering that is mostly low. Reported: build time, documents per second,
size on disk, and per query kind the p50/p95/p99 latency of ``Zoekindex.zoek`` (20 hits with
snippets and the total count) with and without permission filters (max_rubricering 20 and 40
of the 150 units), and the average ``totaal``. Query kinds: a rare term, a very common term
(in over a third of the documents), two and three terms (AND), a two-word phrase taken from
the documents with a word outside the 100 most frequent, and any two-word phrase taken from the
documents (mostly function words such as "van de": the worst case).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from ministerie.zoeken import Zoekdocument, Zoekindex  # noqa: E402

# Function words first: they are the most frequent, as in real Dutch text.
FUNCTIEWOORDEN = """
de het een van en in is op te dat die voor met niet aan zijn er door om bij ook als
naar worden of dan nog wordt over deze uit tot kan maar hebben wel meer al zo moet heeft
wij zij hij ze we dit onder zal na tegen zoals geen alle waar hun veel binnen omdat
""".split()

WOORDEN = """
beleid besluit brief nota rapport advies ministerie minister staatssecretaris kamer
kamerbrief motie amendement wet wetsvoorstel regeling subsidie begroting financiering
gemeente provincie rijk overheid burger bedrijf organisatie afdeling directie eenheid
woning huur koop bouw wijk stad dorp regio grond plan project programma onderzoek
evaluatie monitor resultaat doel maatregel aanpak uitvoering toezicht handhaving
vergunning aanvraag bezwaar beroep procedure termijn datum jaar maand week dag
onderwijs school leerling leraar zorg ziekenhuis patient arts verpleging jeugd
veiligheid politie justitie rechter strafrecht gevangenis slachtoffer dader
milieu klimaat energie stikstof water natuur landbouw boer visserij dier voedsel
verkeer vervoer weg spoor trein fiets auto haven luchtvaart schip brug tunnel
economie markt prijs kosten budget inkomen belasting toeslag uitkering pensioen
arbeid werk werkgever werknemer contract salaris loon vakbond overleg akkoord
defensie militair missie oefening materieel kazerne veteraan marine leger
cultuur kunst museum erfgoed monument media omroep pers nieuws bericht
gezondheid vaccin virus preventie sport bewegen voeding verslaving
migratie asiel opvang inburgering nationaliteit paspoort grens visum
digitaal systeem informatie gegevens privacy beveiliging netwerk software
wetgeving toelichting artikel lid bepaling verordening richtlijn besluitvorming
vergadering agenda verslag notulen voorzitter secretaris commissie raad college
burgemeester wethouder gedeputeerde griffier ambtenaar medewerker team
communicatie voorlichting campagne website publicatie openbaarheid verzoek
inspectie controle audit verantwoording jaarverslag accountant rekenkamer
risico probleem oplossing kans knelpunt signaal melding klacht incident
samenwerking partner netwerk convenant afspraak overeenkomst garantie lening
onderhoud renovatie nieuwbouw sloop transformatie leegstand huurder verhuurder
corporatie bewoner buurt leefbaarheid armoede schuld hulp ondersteuning
beëdiging benoeming ontslag functie vacature sollicitatie opleiding training
""".split()

VOORVOEGSELS = ["", "", "", "her", "ver", "be", "over", "on", "voor", "mede"]
ACHTERVOEGSELS = ["", "", "en", "s", "ing", "heid", "lijk", "plan", "kader", "beleid", "zaak"]


def maak_woordenschat(rnd: random.Random, grootte: int) -> list[str]:
    """Function words, real words, then inflections and compounds, in rank order."""
    woorden = list(dict.fromkeys(FUNCTIEWOORDEN + WOORDEN))
    gezien = set(woorden)
    basis = list(dict.fromkeys(WOORDEN))
    while len(woorden) < grootte:
        if rnd.random() < 0.5:
            w = rnd.choice(VOORVOEGSELS) + rnd.choice(basis) + rnd.choice(ACHTERVOEGSELS)
        else:
            w = rnd.choice(basis) + rnd.choice(["", "s", "s", "en"]) + rnd.choice(basis)
        if w not in gezien:
            gezien.add(w)
            woorden.append(w)
    return woorden


class Generator:
    def __init__(self, seed: int, woordenschat: int = 5000, zipf_s: float = 1.0) -> None:
        self.rnd = random.Random(seed)
        self.woorden = maak_woordenschat(self.rnd, woordenschat)
        gewichten = [1 / (rang**zipf_s) for rang in range(1, len(self.woorden) + 1)]
        self.cum: list[float] = []
        totaal = 0.0
        for g in gewichten:
            totaal += g
            self.cum.append(totaal)
        self.rang = {w: r for r, w in enumerate(self.woorden)}
        # Two-word phrases taken from the documents: any, and with a word outside the top 100.
        self.bigrammen: list[str] = []
        self.inhoudsbigrammen: list[str] = []

    def woordreeks(self, n: int) -> list[str]:
        return self.rnd.choices(self.woorden, cum_weights=self.cum, k=n)

    def documenten(self, start: int, aantal: int) -> Iterator[Zoekdocument]:
        rnd = self.rnd
        begin = date(2015, 1, 1)
        for i in range(start, start + aantal):
            woorden = self.woordreeks(rnd.randint(100, 300))
            if rnd.random() < 0.02:
                p = rnd.randrange(len(woorden) - 1)
                paar = woorden[p : p + 2]
                if len(self.bigrammen) < 500:
                    self.bigrammen.append(" ".join(paar))
                if len(self.inhoudsbigrammen) < 500 and max(self.rang[w] for w in paar) >= 100:
                    self.inhoudsbigrammen.append(" ".join(paar))
            titel = " ".join(self.woordreeks(rnd.randint(3, 8))).capitalize()
            yield Zoekdocument(
                id=f"document:{i}",
                soort=rnd.choices(["document", "nota", "brief"], weights=[7, 2, 1])[0],
                titel=titel,
                tekst=" ".join(woorden),
                eenheid=rnd.randint(1, 150),
                rubricering=rnd.choices([0, 10, 20, 30, 40, 50], weights=[50, 25, 12, 7, 4, 2])[0],
                status=rnd.choice(["concept", "definitief", "gearchiveerd"]),
                datum=begin + timedelta(days=rnd.randrange(3650)),
                kenmerk=f"BZK-{2015 + i % 10}/{i}",
            )


def mapgrootte(pad: Path) -> int:
    return sum(f.stat().st_size for f in pad.rglob("*") if f.is_file())


def percentiel(waarden: list[float], p: float) -> float:
    geordend = sorted(waarden)
    return geordend[min(len(geordend) - 1, int(round(p / 100 * (len(geordend) - 1))))]


def bouw(index: Zoekindex, gen: Generator, aantal: int, batch: int) -> None:
    genereren = schrijven = 0.0
    for start in range(0, aantal, batch):
        t0 = time.perf_counter()
        docs = list(gen.documenten(start, min(batch, aantal - start)))
        t1 = time.perf_counter()
        index.schrijf(docs)
        t2 = time.perf_counter()
        genereren += t1 - t0
        schrijven += t2 - t1
        print(
            f"  {start + len(docs):>9,} documenten  (batch {t2 - t1:5.1f} s)",
            file=sys.stderr,
            flush=True,
        )
    print(f"documenten genereren:   {genereren:8.1f} s (Python, niet meegeteld)")
    print(f"index bouwen (schrijf): {schrijven:8.1f} s")
    print(f"documenten per seconde: {aantal / schrijven:8.0f}")


def vraagmix(gen: Generator, rnd: random.Random) -> dict[str, Callable[[], str]]:
    w = gen.woorden
    return {
        "zeldzaam (rang 2000-5000)": lambda: rnd.choice(w[2000:5000]),
        "zeer gewoon (rang 5-30)": lambda: rnd.choice(w[5:30]),
        "twee termen (rang 50-500)": lambda: " ".join(rnd.sample(w[50:500], 2)),
        "drie termen (rang 20-300)": lambda: " ".join(rnd.sample(w[20:300], 3)),
        "frase met inhoudswoord": lambda: f'"{rnd.choice(gen.inhoudsbigrammen)}"',
        "frase willekeurig": lambda: f'"{rnd.choice(gen.bigrammen)}"',
    }


def meet(index: Zoekindex, gen: Generator, aantal_vragen: int, seed: int) -> None:
    rnd = random.Random(seed)
    eenheden = set(rnd.sample(range(1, 151), 40))
    varianten = {
        "met rechten": {"max_rubricering": 20, "eenheden": eenheden},
        "zonder": {"max_rubricering": 50, "eenheden": None},
    }
    for _ in range(50):  # warm up
        index.zoek(rnd.choice(gen.woorden[:500]), max_rubricering=50, eenheden=None)
    print(f"\n{'vraag':<27} {'filters':<12} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'gem. totaal':>12}")
    for naam, maak in vraagmix(gen, rnd).items():
        vragen = [maak() for _ in range(aantal_vragen)]
        for variant, opties in varianten.items():
            tijden: list[float] = []
            totalen: list[int] = []
            for vraag in vragen:
                t0 = time.perf_counter()
                uitkomst = index.zoek(vraag, aantal=20, **opties)  # type: ignore[arg-type]
                tijden.append((time.perf_counter() - t0) * 1000)
                totalen.append(uitkomst.totaal)
            print(
                f"{naam:<27} {variant:<12} {percentiel(tijden, 50):7.2f} "
                f"{percentiel(tijden, 95):7.2f} {percentiel(tijden, 99):7.2f} "
                f"{statistics.mean(totalen):12,.0f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=100_000)
    parser.add_argument("--pad", type=Path, default=None, help="index directory (default: temp)")
    parser.add_argument("--batch", type=int, default=50_000)
    parser.add_argument("--vragen", type=int, default=200, help="queries per kind and variant")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--hergebruik", action="store_true", help="search an existing --pad")
    args = parser.parse_args()

    tijdelijk = args.pad is None
    pad: Path = Path(tempfile.mkdtemp(prefix="zoekindex-")) if tijdelijk else args.pad
    try:
        gen = Generator(args.seed)
        index = Zoekindex(pad)
        print(f"index in {pad}; {args.aantal:,} documenten, woordenschat {len(gen.woorden):,}")
        if args.hergebruik:
            # Regenerate the first documents (without writing) for the same phrases.
            for _ in gen.documenten(0, min(args.batch, args.aantal)):
                pass
        else:
            index.leeg()
            bouw(index, gen, args.aantal, args.batch)
        print(f"documenten in index:    {index.aantal():8,}")
        print(f"grootte op schijf:      {mapgrootte(pad) / 1e6:8.1f} MB")
        print(f"segmenten:              {index._index.searcher().num_segments:8}")
        meet(index, gen, args.vragen, args.seed)
    finally:
        if tijdelijk:
            shutil.rmtree(pad, ignore_errors=True)


if __name__ == "__main__":
    main()
