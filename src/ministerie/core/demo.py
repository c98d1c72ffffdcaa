"""Demo accounts for ``make run``: one per role, only when MINISTERIE_DEMO=1."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from django.conf import settings
from django.db import transaction

from ministerie.organisatie.models import Eenheid

from . import audit
from .models import Gebruiker, Gebruikersrol
from .rubricering import Rubricering

DEMO_BESTAND = Path(__file__).with_name("demo_accounts.yaml")


class DemoNietToegestaan(Exception):
    pass


@dataclass(frozen=True)
class DemoResultaat:
    wachtwoord: str
    accounts: list[tuple[str, str]]  # (gebruikersnaam, rollen)
    nieuw: int


def lees_demo(pad: Path = DEMO_BESTAND) -> dict[str, Any]:
    return yaml.safe_load(pad.read_text(encoding="utf-8"))


@transaction.atomic
def laad_demo(pad: Path = DEMO_BESTAND) -> DemoResultaat:
    """Create the demo units and accounts; a second run changes nothing."""
    if not settings.DEMO:
        raise DemoNietToegestaan(
            "Demo-accounts bestaan alleen in de demo-omgeving: zet MINISTERIE_DEMO=1."
        )
    data = lees_demo(pad)
    for spec in data["eenheden"]:
        ouder = Eenheid.objects.get(code=spec["valt_onder"]) if spec.get("valt_onder") else None
        Eenheid.objects.get_or_create(
            code=spec["code"],
            defaults={
                "naam": spec["naam"],
                "afkorting": spec.get("afkorting", ""),
                "soort": spec["soort"],
                "bovenliggende": ouder,
                "bron_sectie": spec.get("bron", ""),
            },
        )
    nieuw = 0
    accounts = []
    for spec in data["accounts"]:
        voornaam, _, achternaam = spec["naam"].partition(" ")
        gebruiker, aangemaakt = Gebruiker.objects.get_or_create(
            username=spec["gebruikersnaam"],
            defaults={
                "first_name": voornaam,
                "last_name": achternaam,
                "clearance": Rubricering[spec["clearance"]],
                "is_demo": True,
            },
        )
        if aangemaakt:
            nieuw += 1
            gebruiker.set_password(data["wachtwoord"])
            gebruiker.save()
            for rol in spec["rollen"]:
                Gebruikersrol.objects.create(gebruiker=gebruiker, rol=rol)
            gebruiker.eenheden.set(Eenheid.objects.filter(code__in=spec["eenheden"]))
            audit.registreer("demo_account_aangemaakt", door="ministerie demo", subject=gebruiker)
        accounts.append((gebruiker.username, ", ".join(gebruiker.rolnamen())))
    return DemoResultaat(data["wachtwoord"], accounts, nieuw)
