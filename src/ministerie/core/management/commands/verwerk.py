from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ministerie.core import audit
from ministerie.organisatie.publiek import publieke_personen


class Command(BaseCommand):
    help = (
        "Bulkverwerking voor een Woo-verzoek: 'ministerie verwerk BRON --werkmap MAP'. BRON is een map, "
        "ZIP of mailboxexport. Toont een voortgangsbalk; opnieuw draaien gaat verder waar het stopte."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("bron", type=Path)
        parser.add_argument(
            "--werkmap", type=Path, required=True, help="map voor de tussenstand en de inventaris"
        )
        parser.add_argument(
            "--zonder-detectie",
            action="store_true",
            help="sla het zoeken naar persoonsgegevens over",
        )

    def handle(
        self, *args: Any, bron: Path, werkmap: Path, zonder_detectie: bool, **opties: Any
    ) -> None:
        from ministerie.lakken.bulk import toon_voortgang_op_terminal, verwerk
        from ministerie.lakken.detectie import detecteer

        if not bron.exists():
            raise CommandError(f"'{bron}' bestaat niet.")
        publiek = publieke_personen()
        detector = (
            None if zonder_detectie else (lambda tekst: detecteer(tekst, publieke_personen=publiek))
        )
        verslag = verwerk(bron, werkmap, detecteer=detector, voortgang=toon_voortgang_op_terminal())
        audit.registreer(
            "bulkverwerking_via_commando", door="ministerie verwerk", gegevens={"bron": str(bron)}
        )
        for sleutel, waarde in (
            vars(verslag).items()
            if not hasattr(verslag, "__dataclass_fields__")
            else ((f, getattr(verslag, f)) for f in verslag.__dataclass_fields__)
        ):
            if sleutel != "onleesbaar":
                self.stdout.write(f"{sleutel}: {waarde}")
        for item in getattr(verslag, "onleesbaar", []) or []:
            self.stderr.write(f"niet te lezen: {item}")
