"""``ministerie termijn REGELING DATUM [--verdaging] [--opschorting DAGEN] [--json]``.

Prints the explanation and, as the last line, the due date (YYYY-MM-DD); with ``--json``
exactly one JSON object. Bad input: a Dutch message on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from datetime import date
from typing import Any, NoReturn

from .berekening import bereken
from .fouten import TermijnFout
from .regelingen import REGELINGEN, zoek_regeling

PROG = "ministerie termijn"
_ISO_DATUM = re.compile(r"\d{4}-\d{2}-\d{2}")
_GEHEEL_GETAL = re.compile(r"[+-]?\d+")

# argparse's own messages are English; these are the ones a user of this command can meet.
_ARGPARSE_VERTALINGEN = (
    (
        re.compile(r"the following arguments are required: (.*)"),
        r"verplicht argument ontbreekt: \1",
    ),
    (re.compile(r"unrecognized arguments: (.*)"), r"onbekend argument: \1"),
    (re.compile(r"argument (\S+): expected one argument"), r"optie \1 verwacht een waarde"),
    (
        re.compile(r"argument (\S+): ignored explicit argument (.*)"),
        r"optie \1 neemt geen waarde: \2",
    ),
    (re.compile(r"ambiguous option: (\S+) could match (.*)"), r"optie \1 is dubbelzinnig: \2"),
)


class _NederlandseHelp(argparse.RawDescriptionHelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[Any],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "gebruik: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {_vertaal(message)}\n")


def _vertaal(message: str) -> str:
    for patroon, vervanging in _ARGPARSE_VERTALINGEN:
        if patroon.fullmatch(message):
            return patroon.sub(vervanging, message)
    return message


def _regelingen_overzicht() -> str:
    regels = ["regelingen:"]
    for regeling in REGELINGEN.values():
        inspringen = " " * 29
        verdaging = (
            f"{regeling.verdaging.duur} ({regeling.verdaging.grondslag})" if regeling.verdaging else "geen"
        )
        regels += [
            f"  {regeling.sleutel:<26} {regeling.termijn}: {regeling.grondslag}",
            f"{inspringen}DATUM: {regeling.aanvang}",
            f"{inspringen}verdaging: {verdaging}; opschorting: {regeling.opschorting_grondslag or 'geen'}",
        ]
        if not regeling.atw_van_toepassing:
            regels.append(f"{inspringen}Algemene termijnenwet niet van toepassing")
    return "\n".join(regels)


def maak_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=(
            "Bereken de uiterste datum van een wettelijke termijn, met verdaging,\n"
            "opschorting en de Algemene termijnenwet (Atw). De laatste regel van de\n"
            "uitvoer is de uiterste datum (JJJJ-MM-DD)."
        ),
        epilog=_regelingen_overzicht(),
        formatter_class=_NederlandseHelp,
        add_help=False,
    )
    argumenten = parser.add_argument_group("argumenten")
    argumenten.add_argument("regeling", metavar="REGELING", help="de regeling, zie hieronder")
    argumenten.add_argument(
        "datum", metavar="DATUM", help="de begindatum in ISO 8601 (JJJJ-MM-DD), bv. 2027-03-01"
    )
    opties = parser.add_argument_group("opties")
    opties.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")
    opties.add_argument(
        "--verdaging",
        action="store_true",
        help="de termijn is verdaagd (eenmalig, wettelijke duur)",
    )
    opties.add_argument(
        "--opschorting",
        metavar="DAGEN",
        default="0",
        help="aantal kalenderdagen opschorting (0 of meer), opgeteld na de verdaging",
    )
    opties.add_argument("--json", action="store_true", help="druk precies één JSON-object af, verder niets")
    return parser


def _lees_datum(tekst: str) -> date:
    if _ISO_DATUM.fullmatch(tekst):
        try:
            return date.fromisoformat(tekst)
        except ValueError:
            pass
    raise TermijnFout(
        f"'{tekst}' is geen geldige datum; gebruik JJJJ-MM-DD (ISO 8601), bijvoorbeeld 2027-03-01."
    )


def _lees_dagen(tekst: str) -> int:
    if not _GEHEEL_GETAL.fullmatch(tekst.strip()) or int(tekst) < 0:
        raise TermijnFout(f"--opschorting verwacht een geheel aantal dagen van 0 of meer, niet '{tekst}'.")
    return int(tekst)


def main(argv: list[str] | None = None) -> int:
    parser = maak_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, or an argparse error already printed
        return stop.code if isinstance(stop.code, int) else 2
    try:
        uitkomst = bereken(
            zoek_regeling(args.regeling),
            _lees_datum(args.datum),
            verdaging=args.verdaging,
            opschorting_dagen=_lees_dagen(args.opschorting),
        )
    except TermijnFout as fout:
        parser.print_usage(sys.stderr)
        print(f"{PROG}: fout: {fout}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(uitkomst.to_dict(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(uitkomst.toelichting))
        print(uitkomst.uiterste_datum)
    return 0
