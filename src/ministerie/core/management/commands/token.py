from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from rest_framework.authtoken.models import Token

from ministerie.core import audit


class Command(BaseCommand):
    help = "Maak (of toon) het API-token van een gebruiker; --vernieuw maakt een nieuw token."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("gebruikersnaam")
        parser.add_argument("--vernieuw", action="store_true", help="vervang een bestaand token")

    def handle(self, *args: Any, gebruikersnaam: str, vernieuw: bool, **options: Any) -> None:
        try:
            gebruiker = get_user_model().objects.get(username=gebruikersnaam)
        except get_user_model().DoesNotExist:
            raise CommandError(f"Gebruiker '{gebruikersnaam}' bestaat niet.") from None
        with transaction.atomic():
            if vernieuw:
                Token.objects.filter(user=gebruiker).delete()
            token, nieuw = Token.objects.get_or_create(user=gebruiker)
            if nieuw:
                audit.registreer("api_token_aangemaakt", door="ministerie token", subject=gebruiker)
        self.stdout.write(token.key)
