"""Log-ins, log-outs and failed log-ins land in the audit trail."""

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from . import audit


def _adres(request: Any) -> str:
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


@receiver(user_logged_in)
def _ingelogd(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    audit.registreer("inloggen", door=user, subject=user, gegevens={"adres": _adres(request)})


@receiver(user_logged_out)
def _uitgelogd(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        audit.registreer("uitloggen", door=user, subject=user, gegevens={"adres": _adres(request)})


@receiver(user_login_failed)
def _mislukt(sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any) -> None:
    audit.registreer(
        "inloggen_mislukt",
        door=None,
        gegevens={"gebruikersnaam": credentials.get("username", ""), "adres": _adres(request)},
    )
