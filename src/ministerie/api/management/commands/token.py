"""``ministerie token GEBRUIKERSNAAM [--vernieuw] [--intrekken] [--geldig-dagen N]``: a user's
API token. Only its hash is stored: the token is shown once, when it is made."""

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from ministerie.api.tokens import actief_token, maak_token, trek_in

DOOR = "ministerie token"


class Command(BaseCommand):
    help = (
        "Maak het API-token van een gebruiker (het wordt eenmaal getoond); --vernieuw vervangt het, "
        "--intrekken trekt het in, --geldig-dagen N bepaalt hoe lang een nieuw token geldt."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("gebruikersnaam")
        parser.add_argument("--vernieuw", action="store_true", help="trek het token in en maak een nieuw")
        parser.add_argument("--intrekken", action="store_true", help="trek het token in (zonder nieuw)")
        parser.add_argument("--geldig-dagen", type=int, default=None, help="geldigheid van een nieuw token")

    def handle(
        self,
        *args: Any,
        gebruikersnaam: str,
        vernieuw: bool,
        intrekken: bool,
        geldig_dagen: int | None,
        **options: Any,
    ) -> None:
        if geldig_dagen is not None and geldig_dagen < 1:
            raise CommandError("--geldig-dagen: geef een aantal dagen van 1 of meer.")
        if vernieuw and intrekken:
            raise CommandError("Kies --vernieuw of --intrekken, niet allebei.")
        try:
            gebruiker = get_user_model().objects.get(username=gebruikersnaam)
        except get_user_model().DoesNotExist:
            raise CommandError(f"Gebruiker '{gebruikersnaam}' bestaat niet.") from None
        if intrekken:
            aantal = trek_in(gebruiker, door=DOOR)
            self.stdout.write(
                f"Het API-token van {gebruikersnaam} is ingetrokken."
                if aantal
                else f"{gebruikersnaam} heeft geen API-token om in te trekken."
            )
            return
        bestaand = actief_token(gebruiker)
        if bestaand is not None and not vernieuw:
            verloopt = timezone.localtime(bestaand.verloopt_op).strftime("%d-%m-%Y %H:%M")
            self.stdout.write(
                f"{gebruikersnaam} heeft al een API-token ({bestaand.begin}…), geldig tot {verloopt}. "
                "Het token zelf is niet bewaard en kan niet opnieuw worden getoond; maak een nieuw met "
                f"'ministerie token {gebruikersnaam} --vernieuw' (het oude werkt dan niet meer)."
            )
            return
        token, geheim = maak_token(gebruiker, door=DOOR, geldig_dagen=geldig_dagen)
        verloopt = timezone.localtime(token.verloopt_op).strftime("%d-%m-%Y %H:%M")
        # the message on stderr, the token alone on stdout (for scripts)
        self.stderr.write(
            f"Nieuw API-token voor {gebruikersnaam}, geldig tot {verloopt}. Bewaar het nu: het wordt niet "
            "opnieuw getoond."
        )
        self.stdout.write(geheim)
