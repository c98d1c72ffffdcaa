"""The actions of the agenda part, declared once for the pages (views.py) and the API (api.py)."""

from __future__ import annotations

from typing import Any

from ministerie.core.acties import Handeling

from . import services
from .formulieren import (
    AfrondenFormulier,
    AfspraakFormulier,
    AgendaFormulier,
    AnnotatieFormulier,
    AnnotatieVragenFormulier,
    BesluitFormulier,
    IcsFormulier,
    IntroductieFormulier,
    ProtocolFormulier,
    PuntenFormulier,
    PuntFormulier,
    ReeksFormulier,
    TerugkoppelingFormulier,
    VergaderingFormulier,
    VervallenFormulier,
)
from .tijd import lokaal
from .zichtbaarheid import (
    afspraak_voor,
    agenda_voor,
    besluit_voor,
    punt_voor,
    reeks_voor,
    taak_voor,
    vergadering_voor,
    verzoek_voor,
)

BEHEREN = "agenda.beheren"
VOORBEREIDEN = "vergadering.voorbereiden"


def _gebruiker(_: Any, gebruiker: Any) -> dict[str, Any]:
    return {"gebruiker": gebruiker}


def _introductie_agenda(agenda: Any, gebruiker: Any) -> Any:
    from django.http import Http404

    programma = getattr(agenda, "introductie", None)
    if programma is None:
        raise Http404
    return programma


def _programma_voor(gebruiker: Any, pk: int) -> Any:
    return _introductie_agenda(agenda_voor(gebruiker, pk), gebruiker)


AGENDA_MAKEN = Handeling(
    recht=BEHEREN,
    service=services.maak_agenda,
    invoer=AgendaFormulier,
    gelukt=lambda agenda: f"{agenda} is aangemaakt.",
)
AFSPRAAK_MAKEN = Handeling(
    recht=BEHEREN,
    service=services.maak_afspraak,
    invoer=AfspraakFormulier,
    ophalen=agenda_voor,
    formulier_opties=_gebruiker,
    gelukt=lambda a: f"'{a.titel}' staat in de agenda op {lokaal(a.begin):%d-%m-%Y %H:%M}.",
)
AFSPRAAK_WIJZIGEN = Handeling(
    recht=BEHEREN,
    service=services.wijzig_afspraak,
    invoer=AfspraakFormulier,
    ophalen=afspraak_voor,
    formulier_opties=_gebruiker,
    gelukt="De afspraak is gewijzigd.",
)
AFSPRAAK_VERWIJDEREN = Handeling(
    recht=BEHEREN,
    service=services.verwijder_afspraak,
    ophalen=afspraak_voor,
    gelukt="De afspraak is verwijderd.",
)
BEZOEKNOTA = Handeling(
    recht=BEHEREN,
    service=services.vraag_bezoeknota,
    ophalen=afspraak_voor,
    gelukt=lambda nota: f"Voorbereidingsnota {nota.kenmerk} is opgesteld en staat in de stukkenstroom.",
)
REEKS_MAKEN = Handeling(
    recht=BEHEREN,
    service=services.maak_reeks,
    invoer=ReeksFormulier,
    ophalen=agenda_voor,
    formulier_opties=_gebruiker,
    gelukt=lambda r: f"De reeks '{r.titel}' staat in de agenda.",
)
VASTE_OVERLEGGEN = Handeling(
    recht=BEHEREN,
    service=services.neem_vaste_overleggen_op,
    ophalen=agenda_voor,
    gelukt=lambda reeksen: f"{len(reeksen)} vaste overleg(gen) in de agenda gezet.",
)
KEER_VERVALLEN = Handeling(
    recht=BEHEREN,
    service=services.laat_keer_vervallen,
    invoer=VervallenFormulier,
    ophalen=reeks_voor,
    gelukt="Deze keer van de reeks vervalt.",
)
REEKS_VERWIJDEREN = Handeling(
    recht=BEHEREN,
    service=services.verwijder_reeks,
    ophalen=reeks_voor,
    gelukt="De reeks is verwijderd.",
)
IMPORTEREN = Handeling(
    recht=BEHEREN,
    service=services.importeer_ics,
    invoer=IcsFormulier,
    ophalen=agenda_voor,
    gelukt=lambda n: (
        f"Geïmporteerd: {n['afspraken']} afspraak/afspraken en {n['reeksen']} reeks(en); "
        f"{n['vervangen']} vervangen."
    ),
)
FEED_VERNIEUWEN = Handeling(
    recht=BEHEREN,
    service=services.vernieuw_feed,
    ophalen=agenda_voor,
    gelukt="Er is een nieuwe geheime feed-link gemaakt; de oude werkt niet meer.",
)
FEED_INTREKKEN = Handeling(
    recht=BEHEREN,
    service=services.trek_feed_in,
    ophalen=agenda_voor,
    gelukt="De feed is ingetrokken; de link werkt niet meer.",
)
INTRODUCTIE_PLANNEN = Handeling(
    recht=BEHEREN,
    service=services.plan_introductie_in,
    invoer=IntroductieFormulier,
    ophalen=agenda_voor,
    gelukt=lambda p: (
        f"Het introductieprogramma is gepland: {p.afspraken.count()} afspraken; "
        f"{len(p.niet_gepland)} onderdeel/onderdelen niet ingepland."
    ),
)
PROTOCOL_BEWAREN = Handeling(
    recht=BEHEREN,
    service=services.bewaar_protocol,
    invoer=ProtocolFormulier,
    ophalen=_programma_voor,
    gelukt="Het getekende protocol van overdracht is opgeslagen.",
)
TAAK_AFRONDEN = Handeling(
    recht=BEHEREN,
    service=services.rond_taak_af,
    ophalen=taak_voor,
    gelukt=lambda t: f"'{t.titel}' is gereed.",
)
VERGADERING_MAKEN = Handeling(
    recht="vergadering.bekijken",
    service=services.maak_vergadering,
    invoer=VergaderingFormulier,
    formulier_opties=_gebruiker,
    gelukt=lambda v: f"{v} is aangemaakt; zet de agendapunten erin.",
)
PUNT_TOEVOEGEN = Handeling(
    recht="vergadering.bekijken",
    service=services.voeg_punt_toe,
    invoer=PuntFormulier,
    ophalen=vergadering_voor,
    ongeldig="Het agendapunt is niet toegevoegd: geef ten minste het onderwerp en het ministerie.",
    gelukt=lambda p: f"Agendapunt {p.volgorde} is toegevoegd.",
)
PUNTEN_IMPORTEREN = Handeling(
    recht="vergadering.bekijken",
    service=services.importeer_punten,
    invoer=PuntenFormulier,
    ophalen=vergadering_voor,
    gelukt=lambda punten: f"{len(punten)} agendapunt(en) geïmporteerd.",
)
ANNOTATIE_VRAGEN = Handeling(
    recht=VOORBEREIDEN,
    service=services.vraag_annotatie,
    invoer=AnnotatieVragenFormulier,
    ophalen=punt_voor,
    gelukt=lambda v: f"De annotatie is gevraagd aan {v.eenheid}.",
)
ANNOTATIE_LEVEREN = Handeling(
    recht="annotatie.leveren",
    service=services.lever_annotatie,
    invoer=AnnotatieFormulier,
    ophalen=verzoek_voor,
    gelukt=lambda v: (
        f"Het ambtelijk advies is geleverd als nota {v.nota.kenmerk}"
        + (" (na de uiterste datum: Bestuursadvisering ziet dat)." if v.te_laat else ".")
    ),
)
GEANNOTEERD_VASTSTELLEN = Handeling(
    recht=VOORBEREIDEN,
    service=services.stel_geannoteerd_vast,
    ophalen=vergadering_voor,
    gelukt="De geannoteerde agenda is vastgesteld; de bewindspersoon kan haar lezen. De PDF wordt gemaakt.",
)
TERUGKOPPELING = Handeling(
    recht=VOORBEREIDEN,
    service=services.leg_terugkoppeling_vast,
    invoer=TerugkoppelingFormulier,
    ophalen=vergadering_voor,
    gelukt="De terugkoppeling voor de Bestuursraad is vastgelegd.",
)
BESLUIT_NEMEN = Handeling(
    recht="bestuursraad.besluiten",
    service=services.neem_besluit,
    invoer=BesluitFormulier,
    ophalen=vergadering_voor,
    ongeldig="Het besluit is niet vastgelegd; zie de fouten in het formulier.",
    gelukt=lambda b: f"Besluit {b.nummer} staat op de besluitenlijst.",
)
BESLUIT_AFRONDEN = Handeling(
    recht="besluit.afronden",
    service=services.rond_besluit_af,
    invoer=AfrondenFormulier,
    ophalen=besluit_voor,
    gelukt=lambda b: f"De actie '{b.actie}' is afgerond.",
)
