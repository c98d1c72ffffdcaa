"""Every action on parliament items, declared once for the pages (``views/``) and the API
(``api/``): the right it needs, the object through the visibility functions, the input form,
the service and the message after success."""

from __future__ import annotations

from typing import Any

from ministerie.core.acties import Handeling

from . import formulieren as f
from . import services, zichtbaarheid
from .importeren import Verslag, importeer_bestand
from .models import Debat, Toezegging

REGISTREREN = "parlement.registreren"
VOORBEREIDEN = "parlement.voorbereiden"


def _vastgelegd(obj: Any) -> str:
    return f"{obj} is vastgelegd."


def _gebruiker(_: Any, gebruiker: Any) -> dict[str, Any]:
    return {"gebruiker": gebruiker}


def _debat(debat: Debat, _: Any) -> dict[str, Any]:
    return {"debat": debat}


def _debatstatus(debat: Debat) -> str:
    if debat.status == Debat.Status.AFGELOPEN:
        return "Het debat is afgesloten."
    return "Het debat is begonnen; de tablet van de bewindspersoon volgt mee."


def _toezeggingen_uit_debat(nieuw: list[Toezegging]) -> str:
    return f"{len(nieuw)} toezegging(en) uit het debat vastgelegd."


def _samenvatting(verslag: Verslag) -> str:
    return verslag.samenvatting()


# --- Schriftelijke Kamervragen -------------------------------------------------------------

KAMERVRAGEN_REGISTREREN = Handeling(
    recht=REGISTREREN,
    service=services.registreer_kamervragen,
    invoer=f.KamervragenFormulier,
    gelukt=_vastgelegd,
)
KAMERVRAGEN_TOEWIJZEN = Handeling(
    recht=REGISTREREN,
    service=services.wijs_kamervragen_toe,
    invoer=f.ToewijzenFormulier,
    ophalen=zichtbaarheid.kamervragen_voor,
    gelukt="De vragen zijn toegewezen.",
)
ANTWOORDNOTA = Handeling(
    recht=VOORBEREIDEN,
    service=services.maak_antwoordnota,
    ophalen=zichtbaarheid.kamervragen_voor,
    gelukt="De antwoordnota is opgesteld, met een voorgestelde parafeerroute naar de bewindspersoon.",
)
UITSTEL = Handeling(
    recht=VOORBEREIDEN,
    service=services.meld_uitstel,
    invoer=f.UitstelFormulier,
    ophalen=zichtbaarheid.kamervragen_voor,
    gelukt="Het uitstelbericht is vastgelegd.",
)
ANTWOORD_VERZONDEN = Handeling(
    recht=REGISTREREN,
    service=services.registreer_antwoord_verzonden,
    invoer=f.VerzondenFormulier,
    ophalen=zichtbaarheid.kamervragen_voor,
    gelukt="De verzending van het antwoord is vastgelegd.",
)

# --- Mondelinge vragen ---------------------------------------------------------------------

MONDELINGE_VRAAG_REGISTREREN = Handeling(
    recht=REGISTREREN,
    service=services.registreer_mondelinge_vraag,
    invoer=f.MondelingeVraagFormulier,
    gelukt=_vastgelegd,
)
ANTWOORDBLAD = Handeling(
    recht=VOORBEREIDEN,
    service=services.bereid_antwoordblad,
    invoer=f.AntwoordbladFormulier,
    ophalen=zichtbaarheid.mondelinge_vraag_voor,
    gelukt="Het antwoordblad is opgeslagen.",
)
MONDELINGE_VRAAG_SLUITEN = Handeling(
    recht=REGISTREREN,
    service=services.sluit_mondelinge_vraag,
    invoer=f.StatusFormulier,
    ophalen=zichtbaarheid.mondelinge_vraag_voor,
    gelukt="De vraag is afgesloten.",
)

# --- Toezeggingen --------------------------------------------------------------------------

TOEZEGGING_REGISTREREN = Handeling(
    recht=REGISTREREN,
    service=services.registreer_toezegging,
    invoer=f.ToezeggingFormulier,
    gelukt=_vastgelegd,
)
TOEZEGGING_STATUS = Handeling(
    recht=REGISTREREN,
    service=services.wijzig_toezegging,
    invoer=f.ToezeggingStatusFormulier,
    ophalen=zichtbaarheid.toezegging_voor,
    gelukt="De status van de toezegging is bijgewerkt.",
)

# --- Moties --------------------------------------------------------------------------------

MOTIE_REGISTREREN = Handeling(
    recht=REGISTREREN,
    service=services.registreer_motie,
    invoer=f.MotieFormulier,
    gelukt=_vastgelegd,
)
UITSLAG = Handeling(
    recht=REGISTREREN,
    service=services.leg_uitslag_vast,
    invoer=f.UitslagFormulier,
    ophalen=zichtbaarheid.motie_voor,
    gelukt="De uitslag is vastgelegd.",
)
UITVOERING = Handeling(
    recht=VOORBEREIDEN,
    service=services.leg_uitvoering_vast,
    invoer=f.UitvoeringFormulier,
    ophalen=zichtbaarheid.motie_voor,
    gelukt="De uitvoering is vastgelegd.",
)

# --- Kamerbrieven --------------------------------------------------------------------------

KAMERBRIEF_REGISTREREN = Handeling(
    recht=REGISTREREN,
    service=services.registreer_kamerbrief,
    invoer=f.KamerbriefFormulier,
    formulier_opties=_gebruiker,
    gelukt="De Kamerbrief is geregistreerd.",
)
KAMERBRIEF_VERZENDEN = Handeling(
    recht="kamerbrief.verzenden",
    service=services.verzend_kamerbrief,
    invoer=f.VerzendFormulier,
    ophalen=zichtbaarheid.kamerbrief_voor,
    gelukt="Het Kamerstuknummer en de verzenddatum zijn vastgelegd.",
)

# --- Debatten ------------------------------------------------------------------------------

DEBAT_VOORBEREIDEN = Handeling(
    recht=REGISTREREN,
    service=services.maak_debat,
    invoer=f.DebatFormulier,
    gelukt=_vastgelegd,
)
THEMA_VOORBEREIDEN = Handeling(
    recht=VOORBEREIDEN,
    service=services.bereid_thema_voor,
    invoer=f.ThemaFormulier,
    ophalen=zichtbaarheid.thema_voor,
    gelukt="Het voorgestelde antwoord is opgeslagen.",
)
DEBATSTATUS = Handeling(
    recht=REGISTREREN,
    service=services.zet_debatstatus,
    invoer=f.DebatStatusFormulier,
    ophalen=zichtbaarheid.debat_voor,
    gelukt=_debatstatus,
)
DEBATVRAAG_INVOEREN = Handeling(
    recht=REGISTREREN,
    service=services.voeg_debatvraag_toe,
    invoer=f.DebatvraagFormulier,
    ophalen=zichtbaarheid.debat_voor,
    formulier_opties=_debat,
    gelukt=lambda vraag: f"Vraag van {vraag.deelnemer} toegevoegd.",
)
DEBATVRAAG_MARKEREN = Handeling(
    recht="debat.live",
    service=services.markeer_debatvraag,
    invoer=f.StatusFormulier,
    ophalen=zichtbaarheid.debatvraag_voor,
)
NAGESTUURD = Handeling(
    recht=VOORBEREIDEN,
    service=services.registreer_nagestuurd,
    invoer=f.NagestuurdFormulier,
    ophalen=zichtbaarheid.debatvraag_voor,
    gelukt="Vastgelegd dat het antwoord is nagestuurd.",
)


TOEZEGGINGEN_UIT_DEBAT = Handeling(
    recht=REGISTREREN,
    service=services.registreer_toezeggingen_uit_debat,
    invoer=f.DebatToezeggingenFormulier,
    ophalen=zichtbaarheid.debat_voor,
    gelukt=_toezeggingen_uit_debat,
)

# --- Import --------------------------------------------------------------------------------


IMPORTEREN = Handeling(
    recht="parlement.importeren",
    service=importeer_bestand,
    invoer=f.ImportFormulier,
    gelukt=_samenvatting,
)
