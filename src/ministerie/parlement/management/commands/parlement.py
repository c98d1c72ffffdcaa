import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ministerie.parlement.importeren import Importfout, importeer
from ministerie.parlement.overzicht import openstaand


class Command(BaseCommand):
    help = (
        "Parlement. 'overzicht [--json]' toont open vragen, toezeggingen en moties met hun uiterste "
        "datum, vroegste eerst; 'importeer PAD' laadt een JSON- of CSV-bestand (alles of niets)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommando", required=True, metavar="overzicht|importeer")
        overzicht = sub.add_parser(
            "overzicht", help="open vragen, toezeggingen en moties, vroegste termijn eerst"
        )
        overzicht.add_argument("--json", action="store_true", help="één JSON-document")
        imp = sub.add_parser("importeer", help="Kamervragen, toezeggingen en moties uit JSON of CSV")
        imp.add_argument("pad", type=Path, help="bijvoorbeeld data/voorbeelden/parlement/import.json")

    def handle(self, *args: Any, subcommando: str, **options: Any) -> None:
        if subcommando == "importeer":
            pad: Path = options["pad"]
            if not pad.is_file():
                raise CommandError(f"{pad} bestaat niet of is geen bestand.")
            try:
                verslag = importeer(pad.read_bytes(), pad.name, door="ministerie parlement importeer")
            except Importfout as fout:
                raise CommandError("Niets geïmporteerd.\n" + "\n".join(fout.fouten)) from None
            self.stdout.write(verslag.samenvatting())
            return
        items = openstaand()
        if options["json"]:
            self.stdout.write(json.dumps([i.als_dict() for i in items], ensure_ascii=False, indent=2))
            return
        if not items:
            self.stdout.write("Niets open: geen Kamervragen, toezeggingen of moties met een termijn.")
            return
        for i in items:
            datum = i.uiterste_datum.isoformat() if i.uiterste_datum else "—".ljust(10)
            laat = "  TE LAAT" if i.te_laat else ""
            self.stdout.write(f"{datum}  {i.soort:<11} {i.kenmerk:<18} {i.omschrijving[:70]}{laat}")
