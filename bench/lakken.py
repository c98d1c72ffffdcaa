"""Redaction benchmark: pages per second for reading, detecting and redacting PDFs.

    python bench/lakken.py [--bestanden 20] [--paginas 20] [--seed 1]

Generates multi-page PDFs with Dutch-like text and personal data (names, e-mail addresses,
BSNs, phone numbers, IBANs) and measures, single process, one core:

1. PyMuPDF raw text extraction (``page.get_text()``), the baseline;
2. ``paginatekst`` (text layer with a box per character, as ``lak`` reads it);
3. detection on each page text: ``ministerie.lakken.detectie.detecteer`` when that module is
   available, otherwise a regex stand-in (the table says which);
4. ``lak`` with that detector, end to end (open, read, detect, redact, scrub, write in full).

Not a test: it prints figures. Goal: end-to-end at least 30 pages per second per core.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pymupdf

from ministerie.lakken.pdf import Lakopdracht, lak, paginatekst

WOORDEN = (
    "de het een van en in op te dat die voor met is zijn aan er niet door ook bij om als "
    "naar wordt worden heeft hebben kan over uit tot dan nog maar wel na zo minister ministerie "
    "beleid besluit verzoek openbaarmaking documenten afdeling directie overleg vergadering "
    "advies nota brief gemeente provincie kamer wet termijn zaak dossier stuk bijlage begroting "
    "uitvoering toezicht onderzoek rapport memo concept reactie voorstel planning besluitvorming "
    "informatie inventaris belang bescherming persoonlijke levenssfeer"
).split()
VOORNAMEN = ("Jan", "Piet", "Fatima", "Sanne", "Mohamed", "Eva", "Daan", "Zoë", "Şükrü", "Lotte")
ACHTERNAMEN = ("Klaassen", "de Vries", "Jansen", "El Amrani", "Bakker", "Yılmaz", "van Dijk")


def _bsn(rnd: random.Random) -> str:
    while True:
        cijfers = [rnd.randint(0, 9) for _ in range(8)]
        som = sum(c * w for c, w in zip(cijfers, range(9, 1, -1), strict=True))
        laatste = som % 11
        if laatste < 10 and cijfers[0] != 0:
            return "".join(map(str, cijfers)) + str(laatste)


def _persoonsgegeven(rnd: random.Random) -> str:
    voornaam, achternaam = rnd.choice(VOORNAMEN), rnd.choice(ACHTERNAMEN)
    soort = rnd.randrange(5)
    if soort == 0:
        return f"{voornaam} {achternaam}"
    if soort == 1:
        return f"{voornaam.lower()}.{achternaam.replace(' ', '').lower()}@voorbeeld.nl"
    if soort == 2:
        return f"BSN {_bsn(rnd)}"
    if soort == 3:
        return f"06-{rnd.randint(10_000_000, 99_999_999)}"
    return f"NL{rnd.randint(10, 99)}INGB{rnd.randint(10**9, 10**10 - 1)}"


def maak_pdf(rnd: random.Random, paginas: int) -> bytes:
    """A PDF of ``paginas`` A4 pages, 48 lines of about 90 characters each."""
    doc = pymupdf.open()
    for _ in range(paginas):
        page = doc.new_page(width=595, height=842)
        regels = []
        for _ in range(48):
            woorden = [rnd.choice(WOORDEN) for _ in range(rnd.randint(11, 15))]
            if rnd.random() < 0.25:
                woorden.insert(rnd.randrange(len(woorden)), _persoonsgegeven(rnd))
            regels.append(" ".join(woorden).capitalize() + ".")
        page.insert_text((56, 60), "\n".join(regels), fontsize=9.5, lineheight=1.6)
    data = doc.tobytes(garbage=3, deflate=True)
    doc.close()
    return data


@dataclass(frozen=True)
class Vondst:
    start: int
    end: int
    label: str
    grond: str


_STANDIN = (
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "e-mailadres", "5.1.2e"),
    (re.compile(r"(?<!\d)\d{9}(?!\d)"), "bsn", "5.1.1d"),
    (re.compile(r"(?<!\d)06-?\d{8}(?!\d)"), "telefoonnummer", "5.1.2e"),
    (re.compile(r"\bNL\d{2}[A-Z]{4}\d{10}\b"), "iban", "5.1.2e"),
    (re.compile(r"\b(?:" + "|".join(VOORNAMEN) + r")\s+(?:[a-z]+\s+)?[A-Z][\w]+"), "naam", "5.1.2e"),
)


def regex_detector(tekst: str) -> list[Vondst]:
    """Stand-in detector: e-mail, BSN, phone, IBAN, and first name + surname."""
    return [
        Vondst(m.start(), m.end(), label, grond)
        for patroon, label, grond in _STANDIN
        for m in patroon.finditer(tekst)
    ]


def kies_detector() -> tuple[Callable[[str], Sequence[Any]], str]:
    try:
        from ministerie.lakken.detectie import detecteer
    except ImportError:
        return regex_detector, "regex-standin (ministerie.lakken.detectie niet beschikbaar)"
    return detecteer, "ministerie.lakken.detectie.detecteer"


def _meet(naam: str, paginas: int, werk: Callable[[], object]) -> tuple[str, int, float]:
    start = time.perf_counter()
    werk()
    return naam, paginas, time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bestanden", type=int, default=20)
    parser.add_argument("--paginas", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    rnd = random.Random(args.seed)
    t = time.perf_counter()
    bestanden = [maak_pdf(rnd, args.paginas) for _ in range(args.bestanden)]
    totaal = args.bestanden * args.paginas
    print(f"{args.bestanden} bestanden x {args.paginas} pagina's gemaakt in {time.perf_counter() - t:.1f} s")
    detecteer, welke = kies_detector()
    print(f"detectie: {welke}")

    def ruw() -> None:
        for pdf in bestanden:
            with pymupdf.open(stream=pdf, filetype="pdf") as doc:
                for page in doc:
                    page.get_text()

    teksten: list[list[str]] = []

    def lees() -> None:
        teksten.extend(paginatekst(pdf) for pdf in bestanden)

    vondsten = 0

    def detecteer_alles() -> None:
        nonlocal vondsten
        for pagina_teksten in teksten:
            for tekst in pagina_teksten:
                vondsten += len(detecteer(tekst))

    redacties = 0

    def lak_alles() -> None:
        nonlocal redacties
        for pdf in bestanden:
            redacties += len(lak(pdf, Lakopdracht(detecteer=detecteer)).redacties)

    lak(bestanden[0], Lakopdracht(detecteer=detecteer))  # warm-up (imports, caches)
    metingen = [
        _meet("PyMuPDF get_text (basis)", totaal, ruw),
        _meet("paginatekst", totaal, lees),
        _meet("detectie", totaal, detecteer_alles),
        _meet("lak + detectie (geheel)", totaal, lak_alles),
    ]
    print(f"\n{'stap':<28} {'pagina':>7} {'seconden':>9} {'pagina/s':>9}")
    for naam, paginas, seconden in metingen:
        print(f"{naam:<28} {paginas:>7} {seconden:>9.2f} {paginas / seconden:>9.1f}")
    print(f"\n{vondsten} vondsten bij detectie, {redacties} lakvakken bij lak")
    eind = metingen[-1][1] / metingen[-1][2]
    print(f"doel >= 30 pagina/s per kern: {'gehaald' if eind >= 30 else 'NIET gehaald'}")


if __name__ == "__main__":
    main()
