"""``ministerie meldingen verstuur-overzicht [--nu]``: the daily e-mail overview (run from cron)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = (
        "Meldingen: 'verstuur-overzicht' zet het dagelijkse e-mailoverzicht in de wachtrij van "
        "achtergrondtaken (elke gebruiker krijgt zijn ongelezen, nog niet gemailde meldingen in één "
        "e-mail); met --nu verstuurt dit proces het zelf. Draai het eenmaal per dag vanuit cron."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("opdracht", choices=["verstuur-overzicht"])
        parser.add_argument("--nu", action="store_true", help="verstuur nu, in dit proces, zonder wachtrij")

    def handle(self, *args: Any, opdracht: str, nu: bool, **opties: Any) -> None:
        from ministerie.meldingen import mail, taken

        if not mail.mail_ingesteld():
            raise CommandError(
                "Er is geen mailserver ingesteld (MINISTERIE_SMTP_HOST); er is niets verstuurd."
            )
        if not nu:
            resultaat = taken.verstuur_overzichten.enqueue()
            self.stdout.write(f"Het overzicht staat in de wachtrij (taak {resultaat.id}).")
            return
        uitkomst = mail.verstuur_overzichten()
        self.stdout.write(
            f"{uitkomst.meldingen} melding(en) verstuurd in {uitkomst.gebruikers} overzicht(en)."
        )
        if uitkomst.mislukt:
            raise CommandError(f"Niet verstuurd aan: {', '.join(uitkomst.mislukt)} (zie het log).")
