"""Sample URL parameters for the generated permission test (core/tests/test_permissies_gegenereerd.py):
a user without a password, an open clearance request about them and a session of theirs."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

GEBRUIKER_ROUTES = {
    "gebruikers:gebruiker",
    "gebruikers:wijzigen",
    "gebruikers:deactiveren",
    "gebruikers:heractiveren",
    "gebruikers:instellink",
    "gebruikers:sessies-beeindigen",
    "api:gebruikers-gebruiker",
    "api:gebruikers-deactiveren",
    "api:gebruikers-heractiveren",
    "api:gebruikers-sessies-beeindigen",
}
AANVRAAG_ROUTES = {
    "gebruikers:aanvraag-goedkeuren",
    "gebruikers:aanvraag-afwijzen",
    "api:clearanceaanvraag-goedkeuren",
    "api:clearanceaanvraag-afwijzen",
}


def voorbeeld_gebruiker() -> Any:
    from ministerie.core.models import Gebruiker

    gebruiker, nieuw = Gebruiker.objects.get_or_create(
        username="voorbeeld-gebruiker", defaults={"last_name": "Voorbeeld"}
    )
    if nieuw:
        gebruiker.set_unusable_password()
        gebruiker.save(update_fields=["password"])
    return gebruiker


def _aanvraag() -> Any:
    from ministerie.core.rubricering import Rubricering
    from ministerie.gebruikers.models import Clearanceaanvraag

    aanvraag, _ = Clearanceaanvraag.objects.get_or_create(
        gebruiker=voorbeeld_gebruiker(),
        status=Clearanceaanvraag.Status.OPEN,
        defaults={
            "van": Rubricering.INTERN,
            "naar": Rubricering.STG_CONFIDENTIEEL,
            "aangevraagd_door_naam": "ministerie gebruiker",
            "aangevraagd_op": timezone.now(),
            "herkomst": "opdrachtregel",
        },
    )
    return aanvraag


def _sessie() -> Any:
    from ministerie.gebruikers.models import Sessie

    nu = timezone.now()
    sessie, _ = Sessie.objects.get_or_create(
        gebruiker=voorbeeld_gebruiker(),
        sleutel_hash="0" * 64,
        defaults={"begonnen_op": nu, "laatst_gezien": nu},
    )
    return sessie


def voorbeeld_kwargs(route_naam: str, patroon: str) -> dict | None:
    if route_naam in GEBRUIKER_ROUTES:
        return {"gebruikersnaam": voorbeeld_gebruiker().username}
    if route_naam in AANVRAAG_ROUTES:
        return {"pk": _aanvraag().pk}
    if route_naam == "gebruikers:sessie-beeindigen":
        return {"pk": _sessie().pk}
    if route_naam == "gebruikers:instellen":
        from ministerie.gebruikers.instellink import tokens

        gebruiker = voorbeeld_gebruiker()
        return {
            "uidb64": urlsafe_base64_encode(force_bytes(gebruiker.pk)),
            "token": tokens.make_token(gebruiker),
        }
    return None
