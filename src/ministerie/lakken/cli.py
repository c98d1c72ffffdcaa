"""The command-line contract of the redaction engine (scripts rely on it):

    ministerie detecteer BESTAND [--json] [--publiek BESTAND] [--negatief BESTAND] [--signalen]
    ministerie lak IN.pdf --uit UIT.pdf [--automatisch] [--termen BESTAND] [--publiek BESTAND]
                   [--negatief BESTAND] [--tijdslimiet SECONDEN]

``--negatief``: names of units, their abbreviations and function titles (one per line), never
a person. ``--signalen`` also lists what is found but kept (functional mailboxes), with an
empty ground and, in JSON, ``"voorstel": false``; without it every line is one to redact.

Both exit 2 with a clear Dutch message on unreadable input and never leave a partial output
file: the PDF is written to a temporary file beside the target and renamed when complete.
``lak`` stops a file that takes longer than its time limit (default 120 s; 0: none) with exit 2:
the work runs in a child process that is killed if one step hangs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import NoReturn

STANDAARDGROND = "5.1.2e"
STANDAARD_TIJDSLIMIET = 120.0  # seconds per file, as for text extraction (bestanden)
GELDIGE_GRONDEN = [f"5.1.1{c}" for c in "abcde"] + [f"5.1.2{c}" for c in "abcdefghi"] + ["5.1.5", "5.2"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"fout: {message}", file=sys.stderr)
        raise SystemExit(2)


def _fout(melding: str) -> int:
    print(f"fout: {melding}", file=sys.stderr)
    return 2


def _seconden(waarde: str) -> float:
    try:
        getal = float(waarde.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen aantal seconden: '{waarde}'") from None
    if not 0 <= getal <= 86_400:
        raise argparse.ArgumentTypeError("de tijdslimiet ligt tussen 0 en 86400 seconden")
    return getal


def _lees_tekst(pad: Path) -> str:
    try:
        return pad.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValueError(f"bestand '{pad}' bestaat niet") from None
    except UnicodeDecodeError:
        raise ValueError(f"'{pad}' is geen UTF-8-tekst") from None
    except IsADirectoryError:
        raise ValueError(f"'{pad}' is een map, geen bestand") from None


MAX_REGELS = 100_000  # lines of a --publiek or --negatief file


def _publiek(pad: Path | None) -> list[str]:
    if pad is None:
        return []
    regels = [r.strip() for r in _lees_tekst(pad).splitlines() if r.strip() and not r.startswith("#")]
    if len(regels) > MAX_REGELS:
        raise ValueError(f"'{pad}' heeft meer dan {MAX_REGELS} regels")
    return regels


def _negatief(pad: Path | None) -> list[str] | None:
    """The negative list of the file, or ``None``: the registered provider (none on the command line)."""
    return None if pad is None else _publiek(pad)


def lees_termen(pad: Path) -> list[tuple[str, str]]:
    """One term per line, optionally ``term;grond``; empty lines and # comments are skipped."""
    termen = []
    for nummer, regel in enumerate(_lees_tekst(pad).splitlines(), start=1):
        regel = regel.strip()
        if not regel or regel.startswith("#"):
            continue
        term, _, grond = regel.partition(";")
        grond = grond.strip() or STANDAARDGROND
        if grond not in GELDIGE_GRONDEN:
            raise ValueError(f"{pad}, regel {nummer}: onbekende grond '{grond}'")
        if not term.strip():
            raise ValueError(f"{pad}, regel {nummer}: lege term")
        termen.append((term.strip(), grond))
    return termen


def detecteer_main(argv: list[str] | None = None) -> int:
    parser = _Parser(prog="ministerie detecteer", description="Vind persoonsgegevens in een tekstbestand.")
    parser.add_argument("bestand", type=Path, help="een UTF-8-tekstbestand")
    parser.add_argument("--json", action="store_true", help="één JSON-lijst van spans")
    parser.add_argument(
        "--publiek", type=Path, help="bestand met namen van publieke personen (één per regel)"
    )
    parser.add_argument(
        "--negatief",
        type=Path,
        help="bestand met namen van eenheden, afkortingen en functies (één per regel): nooit een persoon",
    )
    parser.add_argument(
        "--signalen", action="store_true", help="toon ook wat blijft staan (functionele adressen)"
    )
    args = parser.parse_args(argv)
    from .detectie import detecteer

    try:
        tekst = _lees_tekst(args.bestand)
        spans = detecteer(
            tekst,
            publieke_personen=_publiek(args.publiek),
            negatieflijst=_negatief(args.negatief),
            met_signalen=args.signalen,
        )
    except ValueError as fout:
        return _fout(str(fout))
    if args.json:
        print(json.dumps([s.to_dict() for s in spans], ensure_ascii=False))
    else:
        for s in spans:
            print(f"{s.start}\t{s.end}\t{s.label}\t{s.grond}\t{s.tekst}")
    return 0


def lak_main(argv: list[str] | None = None) -> int:
    parser = _Parser(prog="ministerie lak", description="Lak een PDF: wat gelakt is, is echt weg.")
    parser.add_argument("invoer", type=Path, metavar="IN.pdf")
    parser.add_argument("--uit", type=Path, required=True, metavar="UIT.pdf")
    parser.add_argument("--automatisch", action="store_true", help="lak ook wat de detectie vindt")
    parser.add_argument("--termen", type=Path, help="bestand met één term per regel, eventueel 'term;grond'")
    parser.add_argument("--publiek", type=Path, help="namen van publieke personen die blijven staan")
    parser.add_argument(
        "--negatief", type=Path, help="namen van eenheden, afkortingen en functies: nooit een persoon"
    )
    parser.add_argument(
        "--tijdslimiet",
        type=_seconden,
        default=STANDAARD_TIJDSLIMIET,
        metavar="SECONDEN",
        help=f"stop na zoveel seconden (standaard {STANDAARD_TIJDSLIMIET:g}; 0: geen limiet)",
    )
    args = parser.parse_args(argv)
    from .pdf import LakMislukt, Lakopdracht, LakTeLang, OnleesbarePdf, lak, lak_in_eigen_proces

    try:
        termen = lees_termen(args.termen) if args.termen else []
        publiek = _publiek(args.publiek)
        negatief = _negatief(args.negatief)
        if not args.invoer.is_file():
            return _fout(f"bestand '{args.invoer}' bestaat niet")
        if not termen and not args.automatisch:
            return _fout("niets te lakken: geef --termen of --automatisch")
        detector = None
        if args.automatisch:
            from .detectie import Span, detecteer

            def detector(tekst: str) -> list[Span]:
                return detecteer(tekst, publieke_personen=publiek, negatieflijst=negatief)

        opdracht = Lakopdracht(termen=termen, detecteer=detector, tijdslimiet=None)
        pdf = args.invoer.read_bytes()
        if args.tijdslimiet:
            resultaat = lak_in_eigen_proces(pdf, opdracht, seconden=args.tijdslimiet)
        else:
            resultaat = lak(pdf, opdracht)
    except LakTeLang as fout:
        return _fout(f"{fout} Splits het bestand, of geef een ruimere --tijdslimiet.")
    except (ValueError, OnleesbarePdf, LakMislukt) as fout:
        return _fout(str(fout))
    doel = args.uit.resolve()
    doel.parent.mkdir(parents=True, exist_ok=True)
    fd, tijdelijk = tempfile.mkstemp(prefix=".lak-", suffix=".pdf", dir=doel.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(resultaat.pdf)
        os.replace(tijdelijk, doel)
    except BaseException:
        Path(tijdelijk).unlink(missing_ok=True)
        raise
    for r in resultaat.redacties:
        print(f"pagina {r.pagina}\t{r.label}\t{r.grond}\t{r.tekst}", file=sys.stderr)
    if resultaat.handmatig_nakijken:
        paginas = ", ".join(map(str, resultaat.handmatig_nakijken))
        print(
            f"let op: pagina's {paginas} hebben geen tekstlaag en zijn niet automatisch te controleren; "
            "handmatig nakijken.",
            file=sys.stderr,
        )
        print(f"{len(resultaat.redacties)} lakkingen; NIET SCHOON: handmatig nakijken")
        return 1
    print(f"{len(resultaat.redacties)} lakkingen; geschreven naar {doel}")
    return 0
