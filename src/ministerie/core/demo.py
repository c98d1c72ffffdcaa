"""Demo accounts for ``make run``: one per role, only when MINISTERIE_DEMO=1.

They hang on the loaded BZK organisation: real people from the dossier where it names them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from django.conf import settings
from django.db import transaction

from . import audit
from .models import Gebruiker, Gebruikersrol
from .rubricering import Rubricering

DEMO_BESTAND = Path(__file__).with_name("demo_accounts.yaml")

# Units and people through the user model's own relations, so the core imports no domain part.
Eenheid: Any = Gebruiker._meta.get_field("eenheden").related_model
Persoon: Any = Gebruiker._meta.get_field("persoon").related_model


class DemoNietToegestaan(Exception):
    pass


# Parts of the system add demo content (a debate, a Woo request, ...) with a function that runs
# after the accounts exist; it must be idempotent (a second `demo laad` changes nothing).
_demoladers: list = []


def registreer_demolader(lader):  # noqa: ANN001, ANN201 - decorator
    if lader not in _demoladers:
        _demoladers.append(lader)
    return lader


@dataclass(frozen=True)
class DemoResultaat:
    wachtwoord: str
    accounts: list[tuple[str, str]]  # (gebruikersnaam, rollen)
    nieuw: int


def lees_demo(pad: Path = DEMO_BESTAND) -> dict[str, Any]:
    return yaml.safe_load(pad.read_text(encoding="utf-8"))


def _naam(spec: dict[str, Any]) -> tuple[str, str, Any]:
    if spec.get("persoon"):
        persoon = Persoon.objects.filter(code=spec["persoon"]).first()
        if persoon is None:
            raise DemoNietToegestaan(
                f"Persoon '{spec['persoon']}' ontbreekt; laad eerst de organisatie "
                "(ministerie organisatie laad data/bzk-2021)."
            )
        voornaam, _, achternaam = persoon.naam.partition(" ")
        return voornaam, achternaam, persoon
    voornaam, _, achternaam = spec["naam"].partition(" ")
    return voornaam, achternaam, None


@transaction.atomic
def laad_demo(pad: Path = DEMO_BESTAND) -> DemoResultaat:
    """Create the demo accounts; a second run changes nothing."""
    if not settings.DEMO:
        raise DemoNietToegestaan("Demo-accounts bestaan alleen in de demo-omgeving: zet MINISTERIE_DEMO=1.")
    data = lees_demo(pad)
    nieuw = 0
    accounts = []
    for spec in data["accounts"]:
        eenheden = list(Eenheid.objects.filter(code__in=spec["eenheden"]))
        if len(eenheden) != len(spec["eenheden"]):
            raise DemoNietToegestaan(
                f"Eenheden {spec['eenheden']} ontbreken; laad eerst de organisatie "
                "(ministerie organisatie laad data/bzk-2021)."
            )
        voornaam, achternaam, persoon = _naam(spec)
        gebruiker, aangemaakt = Gebruiker.objects.get_or_create(
            username=spec["gebruikersnaam"],
            defaults={
                "first_name": voornaam,
                "last_name": achternaam,
                "clearance": Rubricering[spec["clearance"]],
                "persoon": persoon,
                "is_demo": True,
            },
        )
        if aangemaakt:
            nieuw += 1
            gebruiker.set_password(data["wachtwoord"])
            gebruiker.save()
            for rol in spec["rollen"]:
                Gebruikersrol.objects.create(gebruiker=gebruiker, rol=rol)
            gebruiker.eenheden.set(eenheden)
            audit.registreer("demo_account_aangemaakt", door="ministerie demo", subject=gebruiker)
        accounts.append((gebruiker.username, f"{gebruiker} — {', '.join(gebruiker.rolnamen())}"))
    for lader in _demoladers:
        lader()
    return DemoResultaat(data["wachtwoord"], accounts, nieuw)
