"""``ministerie meldingen verstuur-overzicht [--nu]``: the daily e-mail overview (run from cron).
``ministerie meldingen verlopen [--datum JJJJ-MM-DD]``: the daily overdue signal (run from cron)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = (
        "Meldingen: 'verstuur-overzicht' zet het dagelijkse e-mailoverzicht in de wachtrij van "
        "achtergrondtaken (elke gebruiker krijgt zijn ongelezen, nog niet gemailde meldingen in één "
        "e-mail); met --nu verstuurt dit proces het zelf. 'verlopen' geeft elke gebruiker een melding "
        "van elk item op Mijn werk waarvan de uiterste datum sinds de vorige keer is verstreken. "
        "Draai beide eenmaal per dag vanuit cron ('verlopen' vóór 'verstuur-overzicht')."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("opdracht", choices=["verstuur-overzicht", "verlopen"])
        parser.add_argument("--nu", action="store_true", help="verstuur nu, in dit proces, zonder wachtrij")
        parser.add_argument(
            "--datum",
            type=date.fromisoformat,
            default=None,
            help="alleen bij 'verlopen': de dag van vandaag (JJJJ-MM-DD) voor een inhaalslag of test",
        )

    def handle(self, *args: Any, opdracht: str, nu: bool, datum: date | None, **opties: Any) -> None:
        if opdracht == "verlopen":
            self._verlopen(datum)
            return
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

    def _verlopen(self, datum: date | None) -> None:
        from ministerie.meldingen.verlopen import meld_verlopen

        uitkomst = meld_verlopen(datum)
        if uitkomst.sinds >= uitkomst.tot:
            self.stdout.write(f"Al gecontroleerd tot {uitkomst.tot:%d-%m-%Y}; niets te doen.")
            return
        self.stdout.write(
            f"{uitkomst.meldingen} melding(en) van verlopen termijnen voor {uitkomst.gebruikers} "
            f"gebruiker(s) (uiterste datum van {uitkomst.sinds:%d-%m-%Y} tot {uitkomst.tot:%d-%m-%Y})."
        )
        if uitkomst.fouten:
            raise CommandError(
                f"Niet gelukt voor: {'; '.join(uitkomst.fouten)} (zie het log); de volgende keer opnieuw."
            )
