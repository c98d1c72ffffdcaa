"""The actions of user administration, declared once for pages and API (and used by the
command line for its input)."""

from __future__ import annotations

from typing import Any

from ministerie.core.acties import Handeling

from . import hr_import, services
from .formulieren import AfwijzenFormulier, AndereSessiesFormulier, GebruikerFormulier, ImportFormulier
from .zichtbaarheid import aanvraag_voor, eigen_sessie_voor, gebruiker_voor


def _na_aanmaken(uitkomst: services.Uitkomst) -> str:
    tekst = f"Gebruiker {uitkomst.gebruiker.username} is aangemaakt."
    if uitkomst.aanvraag is not None:
        tekst += (
            f" De rubricering {uitkomst.aanvraag.get_naar_display()} wacht op de goedkeuring van een "
            "tweede functioneel beheerder; tot dan geldt Intern."
        )
    return tekst


def _na_wijzigen(uitkomst: services.Uitkomst) -> str:
    if not uitkomst.gewijzigd:
        return "Er was niets gewijzigd."
    tekst = f"Gebruiker {uitkomst.gebruiker.username} is gewijzigd."
    if uitkomst.aanvraag is not None:
        tekst += (
            f" De verhoging naar {uitkomst.aanvraag.get_naar_display()} wacht op de goedkeuring van een "
            f"tweede functioneel beheerder; tot dan geldt {uitkomst.gebruiker.get_clearance_display()}."
        )
    return tekst


def _gebruiker_opties(gebruiker: Any, _: Any) -> dict[str, Any]:
    return {"gebruiker": gebruiker}


MAKEN = Handeling(
    recht=services.BEHEREN,
    service=services.maak_gebruiker,
    invoer=GebruikerFormulier,
    gelukt=_na_aanmaken,
    ongeldig="De gebruiker is niet aangemaakt: verbeter de gemarkeerde velden.",
)
WIJZIGEN = Handeling(
    recht=services.BEHEREN,
    service=services.wijzig_gebruiker,
    invoer=GebruikerFormulier,
    ophalen=gebruiker_voor,
    formulier_opties=_gebruiker_opties,
    gelukt=_na_wijzigen,
    ongeldig="Niets gewijzigd: verbeter de gemarkeerde velden.",
)
DEACTIVEREN = Handeling(
    recht=services.BEHEREN,
    service=services.deactiveer,
    ophalen=gebruiker_voor,
    gelukt=lambda g: f"{g.username} is gedeactiveerd; al zijn of haar sessies zijn beëindigd.",
)
HERACTIVEREN = Handeling(
    recht=services.BEHEREN,
    service=services.heractiveer,
    ophalen=gebruiker_voor,
    gelukt=lambda g: f"{g.username} is weer actief.",
)
INSTELLINK = Handeling(recht=services.BEHEREN, service=services.maak_instellink, ophalen=gebruiker_voor)
SESSIES_BEEINDIGEN = Handeling(
    recht=services.BEHEREN,
    service=services.beeindig_alle_sessies,
    ophalen=gebruiker_voor,
    gelukt=lambda n: f"{n} sessie(s) beëindigd." if n else "Er waren geen open sessies.",
)
GOEDKEUREN = Handeling(
    recht=services.GOEDKEUREN,
    service=services.keur_goed,
    ophalen=aanvraag_voor,
    gelukt=lambda a: f"Goedgekeurd: {a.gebruiker.username} heeft nu rubricering {a.get_naar_display()}.",
)
AFWIJZEN = Handeling(
    recht=services.GOEDKEUREN,
    service=services.wijs_af,
    invoer=AfwijzenFormulier,
    ophalen=aanvraag_voor,
    gelukt=lambda a: f"Afgewezen: {a.gebruiker.username} houdt rubricering {a.get_van_display()}.",
)
IMPORTEREN = Handeling(
    recht=services.BEHEREN,
    service=hr_import.importeer,
    invoer=ImportFormulier,
    gelukt="",
)
SESSIE_BEEINDIGEN = Handeling(
    recht=services.EIGEN_SESSIES,
    service=services.beeindig_sessie,
    ophalen=eigen_sessie_voor,
    gelukt="De sessie is beëindigd.",
)
ANDERE_SESSIES_BEEINDIGEN = Handeling(
    recht=services.EIGEN_SESSIES,
    service=services.beeindig_andere_sessies,
    invoer=AndereSessiesFormulier,
    gelukt=lambda n: f"{n} andere sessie(s) beëindigd." if n else "Er waren geen andere sessies.",
)
