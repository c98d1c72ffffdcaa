from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ministerie.core import audit


class Command(BaseCommand):
    help = "Audittrail. 'verify' controleert de hash-keten en noemt het eerste gebroken record."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommando", required=True, metavar="verify")
        sub.add_parser("verify", help="controleer de hash-keten van de audittrail")

    def handle(self, *args: Any, subcommando: str, **options: Any) -> None:
        uitkomst = audit.verifieer()
        if not uitkomst.intact:
            raise CommandError(
                f"Audittrail NIET intact: eerste fout bij record #{uitkomst.eerste_fout}: "
                f"{uitkomst.reden} ({uitkomst.gecontroleerd} records in orde daarvoor)."
            )
        self.stdout.write(f"Audittrail intact: {uitkomst.gecontroleerd} records gecontroleerd.")
