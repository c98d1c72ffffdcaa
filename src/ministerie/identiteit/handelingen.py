"""The actions of this part, each declared once (core.acties.Handeling)."""

from __future__ import annotations

from typing import Any

from ministerie.core.acties import Handeling

from . import services
from .formulieren import ControleFormulier, TotpFormulier
from .zichtbaarheid import apparaat_voor


def _voorstel_uit_sessie(gebruiker: Any, **kwargs: Any) -> Any:
    raise AssertionError("de pagina geeft de voorgestelde sleutel uit de sessie")  # pragma: no cover


TOTP_INSTELLEN = Handeling(
    recht=services.RECHT,
    service=services.stel_totp_in,
    invoer=TotpFormulier,
    ophalen=_voorstel_uit_sessie,
    gelukt="De authenticator-app is ingesteld.",
    ongeldig="De app is niet ingesteld. Verbeter de fout hieronder.",
)

CONTROLEREN = Handeling(
    recht=services.RECHT,
    service=services.controleer_code,
    invoer=ControleFormulier,
    gelukt="",
)

VERWIJDEREN = Handeling(
    recht=services.RECHT,
    service=services.verwijder_apparaat,
    ophalen=apparaat_voor,
    gelukt="Het apparaat is verwijderd.",
)

NIEUWE_HERSTELCODES = Handeling(
    recht=services.RECHT,
    service=services.vernieuw_herstelcodes,
    gelukt="Er zijn nieuwe herstelcodes gemaakt; de oude werken niet meer.",
)
