"""The actions of the correspondence, each declared once (core.acties.Handeling)."""

from __future__ import annotations

from django.shortcuts import get_object_or_404

from ministerie.core.acties import Handeling

from . import avg, formulieren, services
from .models import Vernietigingslijst
from .zichtbaarheid import campagne_voor, zaak_voor

REGISTREREN = Handeling(
    recht="correspondentie.registreren",
    service=services.registreer_zaak,
    invoer=formulieren.ZaakFormulier,
    gelukt=lambda zaak: f"Zaak {zaak.zaaknummer} is geregistreerd.",
)
SOORT = Handeling(
    recht="correspondentie.registreren",
    service=services.bevestig_soort,
    invoer=formulieren.SoortFormulier,
    ophalen=zaak_voor,
    gelukt="De soort is vastgelegd; de uiterste datum volgt de servicenorm van die soort.",
)
TOEWIJZEN = Handeling(
    recht="correspondentie.toewijzen",
    service=services.wijs_toe,
    invoer=formulieren.ToewijzenFormulier,
    ophalen=zaak_voor,
    gelukt="De zaak is toegewezen.",
)
CONCEPT = Handeling(
    recht="correspondentie.beantwoorden",
    service=services.stel_concept_op,
    invoer=formulieren.TekstblokkenFormulier,
    ophalen=zaak_voor,
    gelukt="Het concept-antwoord is opgesteld uit de tekstblokken; pas het aan waar nodig.",
)
ANTWOORDEN = Handeling(
    recht="correspondentie.beantwoorden",
    service=services.stel_antwoord_op,
    invoer=formulieren.AntwoordFormulier,
    ophalen=zaak_voor,
    gelukt="Het antwoord is opgeslagen.",
)
VOORLEGGEN = Handeling(
    recht="correspondentie.beantwoorden",
    service=services.leg_voor_ter_ondertekening,
    ophalen=zaak_voor,
    gelukt=lambda a: f"De brief ligt ter ondertekening bij {a.nota.aan} (nota {a.nota.kenmerk}).",
)
ONDERTEKENEN = Handeling(
    recht="correspondentie.ondertekenen",
    service=services.onderteken,
    ophalen=zaak_voor,
    gelukt="Het antwoord is ondertekend.",
)
VERZENDEN = Handeling(
    recht="correspondentie.verzenden",
    service=services.verzend,
    invoer=formulieren.VerzendFormulier,
    ophalen=zaak_voor,
    gelukt=lambda a: (
        "Het antwoord is per e-mail verzonden en de zaak is gesloten."
        if a.verzendwijze == "email"
        else "Het antwoord is als verzonden per post gemarkeerd en de zaak is gesloten."
    ),
)
OMZETTEN = Handeling(
    recht="correspondentie.omzetten",
    service=services.zet_om_naar_klacht,
    ophalen=zaak_voor,
    gelukt="De zaak is omgezet naar een klacht (Awb hoofdstuk 9).",
)
OMZETTEN_WOO = Handeling(
    recht="correspondentie.omzetten",
    service=services.zet_om_naar_woo,
    ophalen=zaak_voor,
    gelukt=lambda zaak: f"De zaak is omgezet naar Woo-verzoek {zaak.omgezet_naar}.",
)
OMZETTEN_BEZWAAR = Handeling(
    recht="correspondentie.omzetten",
    service=services.zet_om_naar_bezwaar,
    ophalen=zaak_voor,
    gelukt=lambda zaak: f"De zaak is omgezet naar bezwaar {zaak.omgezet_naar}.",
)
JAARVERSLAG_AANBIEDEN = Handeling(
    recht="correspondentie.jaarverslag_aanbieden",
    service=services.bied_jaarverslag_aan,
    ophalen=lambda gebruiker, jaar: jaar,
    gelukt=lambda a: (
        f"Het jaarverslag {a.jaar} ligt als Kamerbrief {a.nota_kenmerk} ter ondertekening bij de "
        "bewindspersoon; daarna verzendt Parlementaire Zaken hem."
    ),
)
MANDAAT = Handeling(
    recht="correspondentie.mandaat",
    service=services.stel_mandaat_in,
    invoer=formulieren.MandaatFormulier,
    gelukt=lambda m: f"Mandaat vastgelegd: {m}.",
)
TEKSTBLOK = Handeling(
    recht="correspondentie.tekstblokken",
    service=services.bewaar_tekstblok,
    invoer=formulieren.TekstblokFormulier,
    gelukt=lambda b: f"Tekstblok '{b.titel}' is opgeslagen.",
)
GROEPEREN = Handeling(
    recht="correspondentie.registreren",
    service=services.groepeer_campagnes,
    gelukt=lambda nieuw: (
        f"{len(nieuw)} nieuwe campagne(s) gevonden." if nieuw else "Geen nieuwe campagnes gevonden."
    ),
)
CAMPAGNE_BEANTWOORDEN = Handeling(
    recht="correspondentie.verzenden",
    service=services.beantwoord_campagne,
    invoer=formulieren.CampagneAntwoordFormulier,
    ophalen=campagne_voor,
    gelukt=lambda aantal: f"{aantal} afzenders hebben het antwoord per e-mail gekregen.",
)
LIJST_OPSTELLEN = Handeling(
    recht="correspondentie.vernietigen",
    service=avg.stel_vernietigingslijst_op,
    gelukt=lambda lijst: (
        f"De vernietigingslijst is opgesteld ({len(lijst.zaken)} zaken); keur haar goed om te vernietigen."
    ),
)
LIJST_GOEDKEUREN = Handeling(
    recht="correspondentie.vernietigen",
    service=avg.keur_vernietigingslijst_goed,
    ophalen=lambda gebruiker, pk: get_object_or_404(Vernietigingslijst, pk=pk),
    gelukt=lambda aantal: f"{aantal} zaken zijn vernietigd; de lijst is bewaard.",
)
