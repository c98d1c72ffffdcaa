"""Each action on a complaint, declared once for the pages (``core.acties``)."""

from __future__ import annotations

from ministerie.core.acties import Handeling

from . import formulieren as f
from . import services
from .zichtbaarheid import klacht_om_te_handelen

REGISTREREN = Handeling(
    recht="klacht.registreren",
    service=services.registreer,
    invoer=f.RegistratieFormulier,
    gelukt="De klacht is geregistreerd.",
)
TOEWIJZEN = Handeling(
    recht="klacht.toewijzen",
    service=services.wijs_toe,
    invoer=f.ToewijzenFormulier,
    ophalen=klacht_om_te_handelen,
    gelukt="De klachtbehandelaar is aangewezen.",
)
BEKLAAGDE = Handeling(
    recht="klacht.toewijzen",
    service=services.wijzig_beklaagde,
    invoer=f.BeklaagdeFormulier,
    ophalen=klacht_om_te_handelen,
    gelukt="De beklaagde is vastgelegd.",
)
NIET_BEHANDELEN = Handeling(
    recht="klacht.behandelen",
    service=services.behandel_niet,
    invoer=f.NietBehandelenFormulier,
    ophalen=klacht_om_te_handelen,
    gelukt="Vastgelegd: de klacht wordt niet behandeld; de brief aan de klager is gemaakt.",
)
HOREN = Handeling(
    recht="klacht.behandelen",
    service=services.hoor,
    invoer=f.HorenFormulier,
    ophalen=klacht_om_te_handelen,
    gelukt="Het horen en het verslag zijn vastgelegd.",
)
AFZIEN_HOREN = Handeling(
    recht="klacht.behandelen",
    service=services.zie_af_van_horen,
    invoer=f.AfzienHorenFormulier,
    ophalen=klacht_om_te_handelen,
    gelukt="Vastgelegd waarom niet wordt gehoord.",
)
VERDAGEN = Handeling(
    recht="klacht.behandelen",
    service=services.verdaag,
    invoer=f.VerdagingFormulier,
    ophalen=klacht_om_te_handelen,
    gelukt="De afhandeling is verdaagd; de brief aan de klager is gemaakt.",
)
INSTEMMING = Handeling(
    recht="klacht.behandelen",
    service=services.leg_instemming_vast,
    invoer=f.InstemmingFormulier,
    ophalen=klacht_om_te_handelen,
    gelukt="Het verdere uitstel met instemming van de klager is vastgelegd.",
)
AFHANDELEN = Handeling(
    recht="klacht.behandelen",
    service=services.handel_af,
    invoer=f.AfhandelenFormulier,
    ophalen=klacht_om_te_handelen,
    gelukt="De klacht is afgehandeld; de brief met de uitkomst is gemaakt.",
)
OMBUDSMAN = Handeling(
    recht="klacht.behandelen",
    service=services.leg_ombudsman_vast,
    invoer=f.OmbudsmanFormulier,
    ophalen=klacht_om_te_handelen,
    gelukt="De zaak bij de Nationale ombudsman is vastgelegd.",
)
