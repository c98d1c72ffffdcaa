"""The actions on one's own notifications, declared once (core.acties)."""

from __future__ import annotations

from ministerie.core.acties import Handeling

from . import services
from .formulieren import VoorkeurFormulier
from .zichtbaarheid import melding_voor

GELEZEN = Handeling(
    recht=services.EIGEN,
    service=services.markeer_gelezen,
    ophalen=melding_voor,
    gelukt="De melding is als gelezen gemarkeerd.",
)
OPENEN = Handeling(recht=services.EIGEN, service=services.open_melding, ophalen=melding_voor)
ALLES_GELEZEN = Handeling(
    recht=services.EIGEN,
    service=services.markeer_alles_gelezen,
    gelukt=lambda n: (
        "Er waren geen ongelezen meldingen."
        if not n
        else f"{n} {'melding is' if n == 1 else 'meldingen zijn'} als gelezen gemarkeerd."
    ),
)
VOORKEUR = Handeling(
    recht=services.EIGEN,
    service=services.wijzig_voorkeur,
    invoer=VoorkeurFormulier,
    gelukt="Uw keuze voor meldingen per e-mail is opgeslagen.",
)
