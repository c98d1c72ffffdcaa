"""Each action on an objection, declared once for the pages (``core.acties``)."""

from __future__ import annotations

from ministerie.core.acties import Handeling

from . import formulieren as f
from . import services
from .zichtbaarheid import bezwaar_om_te_handelen

REGISTREREN = Handeling(
    recht="bezwaar.registreren",
    service=services.registreer,
    invoer=f.RegistratieFormulier,
    gelukt="Het bezwaarschrift is geregistreerd; de ontvangstbevestiging is gemaakt.",
)
TOEWIJZEN = Handeling(
    recht="bezwaar.behandelen",
    service=services.wijs_toe,
    invoer=f.ToewijzenFormulier,
    ophalen=bezwaar_om_te_handelen,
    gelukt="De behandelaar is aangewezen.",
)
BESLUIT = Handeling(
    recht="bezwaar.behandelen",
    service=services.wijzig_besluit,
    invoer=f.BesluitFormulier,
    ophalen=bezwaar_om_te_handelen,
    gelukt="Het bestreden besluit en de bekendmaking zijn vastgelegd.",
)
VERSCHOONBAAR = Handeling(
    recht="bezwaar.behandelen",
    service=services.beoordeel_overschrijding,
    invoer=f.VerschoonbaarFormulier,
    ophalen=bezwaar_om_te_handelen,
    gelukt="Het oordeel over de termijnoverschrijding is vastgelegd.",
)
HOREN = Handeling(
    recht="bezwaar.behandelen",
    service=services.hoor,
    invoer=f.HorenFormulier,
    ophalen=bezwaar_om_te_handelen,
    gelukt="De hoorzitting en het verslag zijn vastgelegd.",
)
AFZIEN_HOREN = Handeling(
    recht="bezwaar.behandelen",
    service=services.zie_af_van_horen,
    invoer=f.AfzienHorenFormulier,
    ophalen=bezwaar_om_te_handelen,
    gelukt="Vastgelegd waarom niet wordt gehoord.",
)
VERDAGEN = Handeling(
    recht="bezwaar.behandelen",
    service=services.verdaag,
    invoer=f.VerdagingFormulier,
    ophalen=bezwaar_om_te_handelen,
    gelukt="De beslissing is verdaagd; de brief aan de bezwaarmaker is gemaakt.",
)
INSTEMMING = Handeling(
    recht="bezwaar.behandelen",
    service=services.leg_instemming_vast,
    invoer=f.InstemmingFormulier,
    ophalen=bezwaar_om_te_handelen,
    gelukt="Het verdere uitstel met instemming van de bezwaarmaker is vastgelegd.",
)
VERZUIM = Handeling(
    recht="bezwaar.behandelen",
    service=services.vraag_herstel,
    invoer=f.VerzuimFormulier,
    ophalen=bezwaar_om_te_handelen,
    gelukt="Het herstel van het verzuim is gevraagd; de beslistermijn is opgeschort.",
)
HERSTEL = Handeling(
    recht="bezwaar.behandelen",
    service=services.leg_herstel_vast,
    invoer=f.HerstelFormulier,
    ophalen=bezwaar_om_te_handelen,
    gelukt="Vastgelegd; de opschorting van de beslistermijn is beëindigd.",
)
BESLISSEN = Handeling(
    recht="bezwaar.behandelen",
    service=services.beslis,
    invoer=f.BeslissenFormulier,
    ophalen=bezwaar_om_te_handelen,
    gelukt="Op het bezwaar is beslist; de brief met de beslissing is gemaakt.",
)
INTREKKEN = Handeling(
    recht="bezwaar.behandelen",
    service=services.trek_in,
    invoer=f.IntrekkenFormulier,
    ophalen=bezwaar_om_te_handelen,
    gelukt="De intrekking van het bezwaar is vastgelegd.",
)
