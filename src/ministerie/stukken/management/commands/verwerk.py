from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ministerie.core import audit
from ministerie.organisatie.publiek import publieke_personen


class Command(BaseCommand):
    help = (
        "Bulkverwerking voor een Woo-verzoek: 'ministerie verwerk BRON --werkmap MAP'. BRON is een "
        "map, ZIP of mailboxexport. Toont een voortgangsbalk; opnieuw draaien gaat verder waar het "
        "stopte."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("bron", type=Path)
        parser.add_argument(
            "--werkmap", type=Path, required=True, help="map voor de tussenstand en de inventaris"
        )
        parser.add_argument(
            "--zonder-detectie", action="store_true", help="sla het zoeken naar persoonsgegevens over"
        )

    def handle(self, *args: Any, bron: Path, werkmap: Path, zonder_detectie: bool, **opties: Any) -> None:
        from ministerie.lakken.bulk import BulkFout, toon_voortgang_op_terminal, verwerk
        from ministerie.lakken.detectie import detecteer

        if not bron.exists():
            raise CommandError(f"'{bron}' bestaat niet.")
        publiek = publieke_personen()

        def detector(tekst: str) -> list[Any]:
            return detecteer(tekst, publieke_personen=publiek)

        try:
            verslag = verwerk(
                bron,
                werkmap,
                detecteer=None if zonder_detectie else detector,
                voortgang=toon_voortgang_op_terminal(),
            )
        except BulkFout as fout:
            raise CommandError(str(fout)) from None
        audit.registreer(
            "bulkverwerking_via_commando", door="ministerie verwerk", gegevens={"bron": str(bron)}
        )
        self.stdout.write(
            f"stukken: {verslag.items}, uniek: {verslag.uniek}, "
            f"exacte dubbelen: {verslag.exacte_dubbelen}, bijna-dubbelen: {verslag.bijna_dubbelen}, "
            f"draden: {verslag.draden}, niet te lezen: {verslag.onleesbaar}"
        )
        self.stdout.write(f"inventarislijst: {verslag.inventaris_xlsx} en {verslag.inventaris_pdf}")
        for item in verslag.onleesbare:
            self.stderr.write(f"niet te lezen: nr. {item.nr} {item.titel} ({item.vindplaats}): {item.reden}")
