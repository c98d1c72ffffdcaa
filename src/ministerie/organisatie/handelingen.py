"""The actions on the organisation (functional administration), declared once; through the API."""

from __future__ import annotations

from ministerie.core.acties import Handeling

from . import services
from .formulieren import EenheidFormulier, PersoonFormulier, PositieFormulier
from .zichtbaarheid import eenheid_voor, positie_voor

LEZEN = "organisatie.bekijken"
BEHEREN = services.ACTIE

EENHEID_MAKEN = Handeling(recht=BEHEREN, service=services.maak_eenheid, invoer=EenheidFormulier)
EENHEID_WIJZIGEN = Handeling(
    recht=BEHEREN,
    service=services.wijzig_eenheid,
    invoer=EenheidFormulier,
    ophalen=eenheid_voor,
    formulier_opties=lambda eenheid, _: {"eenheid": eenheid},
)
EENHEID_VERWIJDEREN = Handeling(recht=BEHEREN, service=services.verwijder_eenheid, ophalen=eenheid_voor)
PERSOON_MAKEN = Handeling(recht=BEHEREN, service=services.maak_persoon, invoer=PersoonFormulier)
BENOEMEN = Handeling(recht=BEHEREN, service=services.benoem, invoer=PositieFormulier)
POSITIE_BEEINDIGEN = Handeling(recht=BEHEREN, service=services.beeindig_positie, ophalen=positie_voor)
