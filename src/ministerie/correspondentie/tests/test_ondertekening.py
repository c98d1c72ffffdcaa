"""Signing rules as data, enforced: a child's letter is signed by the minister through the memo
flow and then sent by SMTP with the signed letter as PDF; MC may not sign it; the mandate per
bewindspersoon decides the rest; a letter changed after signing cannot be sent."""

from __future__ import annotations

from typing import Any

import pymupdf
import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from ministerie.core.models import AuditRecord
from ministerie.correspondentie import services
from ministerie.correspondentie.models import Antwoord, Kanaal, Mandaat, Tekstblok
from ministerie.organisatie.models import Eenheid
from ministerie.stukken import services as stukken

from .hulp import KINDERBRIEF, mc_medewerker, minister


def _zaak(**velden: Any) -> Any:
    standaard = {
        "kanaal": Kanaal.EMAIL,
        "onderwerp": "Speeltuinen",
        "tekst": KINDERBRIEF,
        "afzender_naam": "Sanne",
        "afzender_email": "sanne@voorbeeld.nl",
    }
    return services.maak_zaak(**{**standaard, **velden})


def test_kinderbrief_tekent_de_minister_via_de_nota_en_gaat_per_smtp_met_pdf(
    bzk: Any, maak_gebruiker: Any, smtp: Any
) -> None:
    mc, bewindspersoon = mc_medewerker(maak_gebruiker), minister(maak_gebruiker)
    zaak = _zaak()
    assert zaak.soort == "kinderbrief"
    services.bevestig_soort(zaak, door=mc, soort="kinderbrief")
    blok = services.bewaar_tekstblok(
        door=mc, titel="Speeltuinen", tekst="Dank voor je mooie brief over speeltuinen."
    )
    services.stel_concept_op(zaak, door=mc, blokken=[blok])
    with pytest.raises(PermissionDenied, match="altijd door de bewindspersoon"):
        services.onderteken(zaak, door=mc)
    with pytest.raises(ValidationError, match="niet ondertekend"):
        services.verzend(zaak, door=mc, wijze="email")
    antwoord = services.leg_voor_ter_ondertekening(zaak, door=mc)
    nota = antwoord.nota
    assert nota is not None
    assert nota.soort == "brief" and nota.status == "ter_beslissing" and "speeltuinen" in nota.toelichting
    stukken.teken(nota, door=bewindspersoon)
    services.verzend(zaak, door=mc, wijze="email")
    zaak.refresh_from_db()
    antwoord = Antwoord.objects.get(zaak=zaak)
    assert zaak.status == "afgehandeld" and antwoord.ondertekend_door == bewindspersoon
    [ontvangen] = smtp.aan("sanne@voorbeeld.nl")
    assert "Dank voor je mooie brief" in ontvangen.get_body(("plain",)).get_content()
    [pdf] = [d for d in ontvangen.iter_attachments() if d.get_content_type() == "application/pdf"]
    tekst = "".join(p.get_text() for p in pymupdf.open(stream=pdf.get_content(), filetype="pdf"))
    assert "Dank voor je mooie brief" in tekst and zaak.zaaknummer in tekst and str(bewindspersoon) in tekst
    assert antwoord.pdf.read() == pdf.get_content() and antwoord.eml
    assert AuditRecord.objects.filter(actie="correspondentie_verzonden", object_id=str(zaak.pk)).exists()


def test_mandaat_bepaalt_wie_tekent_en_wordt_vastgelegd(bzk: Any, maak_gebruiker: Any) -> None:
    mc = mc_medewerker(maak_gebruiker)
    minister_bzk = Eenheid.objects.get(code="minister-bzk")
    zaak = _zaak(
        tekst="Geachte minister, wij vragen aandacht voor de huurprijzen.", bewindspersoon=minister_bzk
    )
    services.bevestig_soort(zaak, door=mc, soort="burgerbrief")
    assert services.tekenregel(zaak).wie == "bewindspersoon"  # no mandate agreed yet
    services.stel_mandaat_in(door=mc, bewindspersoon=minister_bzk, wie=Mandaat.Wie.MC)
    assert services.tekenregel(zaak).wie == "mc"
    services.stel_antwoord_op(zaak, door=mc, tekst="Dank voor uw brief.")
    services.onderteken(zaak, door=mc)
    # changed after signing: refused
    Antwoord.objects.filter(zaak=zaak).update(tekst="Een andere tekst.")
    assert services.verzendweigering(zaak) == "De tekst is gewijzigd na de ondertekening."
    # politically sensitive: the bewindspersoon, whatever the mandate
    ander = _zaak(tekst="Over de verkiezingen.", bewindspersoon=minister_bzk)
    ander = services.bevestig_soort(ander, door=mc, soort="burgerbrief", politiek_gevoelig=True)
    assert services.tekenregel(ander).wie == "bewindspersoon"
    wijziging = AuditRecord.objects.get(actie="correspondentie_mandaat_gewijzigd")
    assert wijziging.gegevens == {"was": "", "wordt": "mc"}


def test_een_directie_ziet_en_tekent_alleen_wat_haar_is_toegewezen(bzk: Any, maak_gebruiker: Any) -> None:
    from django.http import Http404

    from ministerie.correspondentie.zichtbaarheid import lees_zaak, zichtbare_zaken

    mc = mc_medewerker(maak_gebruiker)
    directeur = maak_gebruiker("directeur", eenheden=["woningbouw"])
    beleid_elders = maak_gebruiker("beleidsmedewerker", eenheden=["czw"])
    zaak = _zaak(tekst="Geachte heer, mevrouw, ik heb een vraag over woningbouw in mijn gemeente.")
    services.bevestig_soort(zaak, door=mc, soort="burgerbrief")
    assert not zichtbare_zaken(directeur).exists()
    zaak = services.wijs_toe(zaak, door=mc, eenheid=Eenheid.objects.get(code="woningbouw"))
    assert list(zichtbare_zaken(directeur)) == [zaak] and not zichtbare_zaken(beleid_elders).exists()
    with pytest.raises(Http404):
        lees_zaak(beleid_elders, zaak.pk)
    lees_zaak(directeur, zaak.pk)
    assert AuditRecord.objects.filter(actie="inzage", object_id=str(zaak.pk), actor_id=directeur.pk).exists()
    services.stel_antwoord_op(zaak, door=directeur, tekst="Dank voor uw vraag.")
    with pytest.raises(PermissionDenied):
        services.onderteken(zaak, door=mc)
    services.onderteken(zaak, door=directeur)
    assert services.verzendweigering(zaak) is None


def test_omzetten_naar_klacht_stuurt_het_signaal_met_platte_waarden(bzk: Any, maak_gebruiker: Any) -> None:
    from ministerie.correspondentie.signalen import als_klacht_aangemeld

    ontvangen: list[dict[str, Any]] = []

    def ontvanger(sender: Any, **kwargs: Any) -> None:
        ontvangen.append(kwargs)

    als_klacht_aangemeld.connect(ontvanger, dispatch_uid="test-klacht")
    try:
        mc = mc_medewerker(maak_gebruiker)
        zaak = _zaak(tekst="Ik ben onbeschoft behandeld aan de telefoon.")
        services.zet_om_naar_klacht(zaak, door=mc)
    finally:
        als_klacht_aangemeld.disconnect(dispatch_uid="test-klacht")
    [waarden] = ontvangen
    assert waarden["zaaknummer"] == zaak.zaaknummer and waarden["door"] == mc.pk
    assert waarden["afzender_adres"] == "sanne@voorbeeld.nl" and waarden["kanaal"] == "email"
    zaak.refresh_from_db()
    assert zaak.status == "omgezet" and Tekstblok.objects.count() == 0
