from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ministerie.core.demo import DemoNietToegestaan, laad_demo


class Command(BaseCommand):
    help = "Demo-omgeving. 'laad' maakt de demo-accounts (alleen met MINISTERIE_DEMO=1)."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommando", required=True, metavar="laad")
        sub.add_parser("laad", help="maak de demo-eenheden en -accounts (idempotent)")

    def handle(self, *args: Any, subcommando: str, **options: Any) -> None:
        try:
            resultaat = laad_demo()
        except DemoNietToegestaan as fout:
            raise CommandError(str(fout)) from None
        self.stdout.write(f"Demo-accounts ({resultaat.nieuw} nieuw aangemaakt):")
        for naam, rollen in resultaat.accounts:
            self.stdout.write(f"  {naam:<16} {rollen}")
        self.stdout.write(f"Wachtwoord voor alle demo-accounts: {resultaat.wachtwoord}")
