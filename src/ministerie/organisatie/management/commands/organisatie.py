import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ministerie.organisatie.boom import als_dict, als_tekst, bouw_boom
from ministerie.organisatie.dataset import Laadfout
from ministerie.organisatie.laden import laad


class Command(BaseCommand):
    help = "Organisatieregister. 'laad PAD' laadt de databestanden; 'toon [--json]' toont de boom."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommando", required=True, metavar="laad|toon")
        laad_ = sub.add_parser("laad", help="laad de organisatie uit een map met YAML-bestanden")
        laad_.add_argument("pad", type=Path, help="bijvoorbeeld data/bzk-2021")
        toon = sub.add_parser("toon", help="toon de organisatieboom")
        toon.add_argument("--json", action="store_true", help="één JSON-document")

    def handle(self, *args: Any, subcommando: str, **options: Any) -> None:
        if subcommando == "laad":
            try:
                verslag = laad(options["pad"], door="ministerie organisatie laad")
            except Laadfout as fout:
                raise CommandError(f"Niet geladen, er is niets gewijzigd. {fout}") from None
            self.stdout.write(verslag.samenvatting())
            return
        wortels = bouw_boom()
        if options["json"]:
            document: Any = als_dict(wortels[0]) if len(wortels) == 1 else [als_dict(w) for w in wortels]
            self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))
        elif wortels:
            self.stdout.write(als_tekst(wortels))
        else:
            self.stdout.write("Er is nog geen organisatie geladen ('ministerie organisatie laad PAD').")
