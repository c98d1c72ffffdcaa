"""Objection services: timeliness against the engine's bezwaartermijn (Awb 6:7, 6:9) and the
6:11 judgement, the acknowledgement (6:14) by e-mail with the PDF, hearing or its waiver (7:2,
7:3), the decision term with verdaging and consent (7:10), the decision letter with beroep
(7:12, 8:1), and who sees what."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from ministerie.bezwaar import services, termijn
from ministerie.bezwaar.models import Bezwaar
from ministerie.bezwaar.tests.hulp import registreer
from ministerie.bezwaar.werk import bezwaren_voor
from ministerie.bezwaar.zichtbaarheid import bezwaar_voor, zichtbare_bezwaren
from ministerie.core.models import AuditRecord
from ministerie.termijnen import bereken


@pytest.fixture
def jurist(maak_gebruiker):
    return maak_gebruiker("jurist_czw")


def _maandag(terug: int) -> date:
    """A Monday at least ``terug`` days ago (so six weeks later is a Monday too, no Atw shift
    unless a feestdag)."""
    dag = timezone.localdate() - timedelta(days=terug)
    return dag - timedelta(days=dag.weekday())


def test_tijdig_en_ontvangstbevestiging_per_email(jurist, smtp, django_capture_on_commit_callbacks):
    bekend = _maandag(30)
    with django_capture_on_commit_callbacks(execute=True):
        bezwaar = registreer(jurist, timezone.localdate(), bekend, bezwaarmaker_email="b@voorbeeld.nl")
    assert bezwaar.zaaknummer.startswith(f"BZ-{timezone.localdate().year}-")
    einde = bereken("bezwaartermijn", bekend).uiterste_datum
    assert termijn.einde_bezwaartermijn(bezwaar) == einde and bezwaar.tijdig() is True
    # decision term: six weeks from the last day of the objection term (7:10 lid 1)
    assert bezwaar.uiterste_datum() == bereken("beslissing-bezwaar", einde).uiterste_datum
    brief = bezwaar.brieven.get(soort="ontvangstbevestiging")
    assert brief.pdf.read(5) == b"%PDF-" and "artikel 6:14" in brief.tekst
    [bericht] = smtp.aan("b@voorbeeld.nl")
    assert "Ontvangstbevestiging van uw bezwaarschrift" in bericht["Subject"]
    assert any(d.get_content_type() == "application/pdf" for d in bericht.iter_attachments())
    assert bezwaar.ontvangst_bevestigd_op == timezone.localdate()
    # an advisory committee: twelve weeks
    bezwaar = services.wijs_toe(bezwaar, door=jurist, behandelaar=jurist, met_advies=True)
    assert bezwaar.uiterste_datum() == bereken("beslissing-bezwaar-advies", einde).uiterste_datum


def test_te_laat_niet_ontvankelijk_tenzij_verschoonbaar(jurist):
    vandaag = timezone.localdate()
    bekend = vandaag - timedelta(days=60)
    bezwaar = registreer(jurist, vandaag, bekend)
    assert bezwaar.tijdig() is False
    assert any("niet-ontvankelijk" in r.omschrijving for r in bezwaar.logboek.all())
    assert "lijkt na die datum" in bezwaar.brieven.get().tekst  # the acknowledgement says so
    # the decision term of a late objection counts from its receipt
    assert termijn.aanvang_beslistermijn(bezwaar) == vandaag
    bezwaar = services.wijs_toe(bezwaar, door=jurist, behandelaar=jurist)
    services.zie_af_van_horen(bezwaar, door=jurist, grond="7:3-a", toelichting="Kennelijk te laat.")
    with pytest.raises(ValidationError, match="6:11"):
        services.beslis(bezwaar, door=jurist, oordeel="ongegrond", motivering="x", beslist_op=vandaag)
    services.beoordeel_overschrijding(
        bezwaar, door=jurist, verschoonbaar=True, motivering="Ziekenhuisopname."
    )
    bezwaar = services.beslis(
        bezwaar, door=jurist, oordeel="ongegrond", motivering="Goed gemotiveerd.", beslist_op=vandaag
    )
    assert bezwaar.status == Bezwaar.Status.BESLIST


def test_per_post_tijdig_binnen_een_week_na_de_termijn(jurist):
    bekend = timezone.localdate() - timedelta(days=46)
    einde = bereken("bezwaartermijn", bekend).uiterste_datum
    ontvangen = einde + timedelta(days=2)
    if ontvangen > timezone.localdate():
        pytest.skip("de termijn eindigt te dicht bij vandaag")
    bezwaar = registreer(jurist, ontvangen, bekend, ter_post_op=einde)
    assert bezwaar.tijdig() is True  # Awb 6:9 lid 2
    laat = registreer(jurist, ontvangen, bekend, ter_post_op=einde + timedelta(days=1))
    assert laat.tijdig() is False


def test_horen_verdagen_instemming_en_beslissing_met_beroep(jurist):
    vandaag = timezone.localdate()
    bekend = _maandag(50)
    bezwaar = services.wijs_toe(
        registreer(jurist, bekend + timedelta(days=7), bekend), door=jurist, behandelaar=jurist
    )
    with pytest.raises(ValidationError, match="Hoor eerst"):
        services.beslis(bezwaar, door=jurist, oordeel="ongegrond", motivering="x", beslist_op=vandaag)
    services.hoor(
        bezwaar, door=jurist, gehoord_op=vandaag, hoorder="mr. A. Hoorder", verslag="Bezwaarmaker licht toe."
    )
    # verdaging by six weeks, in writing, through the engine; a second one is refused
    eerste = bezwaar.uiterste_datum()
    assert eerste is not None
    services.verdaag(bezwaar, door=jurist, reden="Advies nodig.", gemeld_op=vandaag)
    bezwaar.refresh_from_db()
    einde = termijn.einde_bezwaartermijn(bezwaar)
    assert einde is not None
    assert (
        bezwaar.uiterste_datum()
        == bereken("beslissing-bezwaar", einde, verdaging=True).uiterste_datum
        > eerste
    )
    assert "zes weken" in bezwaar.brieven.get(soort="verdaging").tekst
    with pytest.raises(ValidationError):
        services.verdaag(bezwaar, door=jurist, reden="Nog eens.", gemeld_op=vandaag)
    # further postponement only with consent, and not when others are harmed
    huidig = bezwaar.uiterste_datum()
    assert huidig is not None
    later = huidig + timedelta(days=14)
    with pytest.raises(ValidationError, match="andere belanghebbenden"):
        services.leg_instemming_vast(
            bezwaar,
            door=jurist,
            ontvangen_op=vandaag,
            nieuwe_datum=later,
            reden="e-mail",
            derden_niet_geschaad=False,
        )
    services.leg_instemming_vast(
        bezwaar,
        door=jurist,
        ontvangen_op=vandaag,
        nieuwe_datum=later,
        reden="e-mail 12",
        derden_niet_geschaad=True,
    )
    assert bezwaar.uiterste_datum() == later
    bezwaar = services.beslis(
        bezwaar,
        door=jurist,
        oordeel="gedeeltelijk_gegrond",
        motivering="Deels ten onrechte geweigerd.",
        beslist_op=vandaag,
    )
    brief = bezwaar.brieven.get(soort="beslissing")
    assert "gedeeltelijk gegrond" in brief.tekst and "beroep instellen bij de rechtbank" in brief.tekst
    beroep = termijn.beroep_uiterlijk(vandaag)
    assert beroep == bereken("bezwaartermijn", vandaag).uiterste_datum  # the same 6:7 rule
    assert beroep.strftime("%Y") in brief.tekst and "8:1" in brief.tekst
    assert AuditRecord.objects.filter(actie="bezwaar_beslist", object_id=str(bezwaar.pk)).exists()


def test_afzien_van_horen_en_slechte_invoer(jurist):
    vandaag = timezone.localdate()
    bezwaar = services.wijs_toe(
        registreer(jurist, vandaag, vandaag - timedelta(days=3)), door=jurist, behandelaar=jurist
    )
    with pytest.raises(ValidationError, match="7:3"):
        services.zie_af_van_horen(bezwaar, door=jurist, grond="9:10-2a", toelichting="x")
    services.zie_af_van_horen(bezwaar, door=jurist, grond="7:3-c", toelichting="Wil niet gehoord worden.")
    bezwaar = services.beslis(
        bezwaar, door=jurist, oordeel="gegrond", motivering="Terecht.", beslist_op=vandaag
    )
    assert "afgezien van het horen" in bezwaar.brieven.get(soort="beslissing").tekst
    with pytest.raises(ValidationError, match="al beslist"):
        services.hoor(bezwaar, door=jurist, gehoord_op=vandaag, hoorder="x", verslag="x")
    gevallen: list[tuple[str, dict[str, Any]]] = [
        ("gronden van het bezwaar", {"gronden": "  "}),
        ("e-mailadres of een postadres", {"bezwaarmaker_adres": ""}),
        ("toekomst", {"besluit_bekendgemaakt_op": vandaag + timedelta(days=1)}),
    ]
    for fout, velden in gevallen:
        with pytest.raises(ValidationError, match=fout):
            registreer(jurist, vandaag, vandaag, **velden)


def test_rechten_en_zichtbaarheid(maak_gebruiker, jurist):
    mc = maak_gebruiker("mc_medewerker")
    buiten = maak_gebruiker("beleidsmedewerker")
    vandaag = timezone.localdate()
    van_mc = registreer(mc, vandaag, vandaag)
    van_jurist = registreer(jurist, vandaag, vandaag)
    # without the right: nothing, and no registering
    assert not zichtbare_bezwaren(buiten).exists()
    with pytest.raises(Http404):
        bezwaar_voor(buiten, van_mc.pk)
    with pytest.raises(PermissionDenied):
        registreer(buiten, vandaag, vandaag)
    assert list(bezwaren_voor(buiten)) == []
    # MC sees what it registered only, and cannot handle
    assert list(zichtbare_bezwaren(mc)) == [van_mc]
    with pytest.raises(PermissionDenied):
        services.wijs_toe(van_mc, door=mc, behandelaar=jurist)
    with pytest.raises(ValidationError, match="kan geen bezwaren behandelen"):
        services.wijs_toe(van_mc, door=jurist, behandelaar=mc)
    # the jurist sees all; reads are audited; Mijn werk asks to assign, then to act
    assert set(zichtbare_bezwaren(jurist)) == {van_mc, van_jurist}
    bezwaar_voor(jurist, van_mc.pk)
    assert AuditRecord.objects.filter(actie="inzage", object_id=str(van_mc.pk), actor_id=jurist.pk).exists()
    assert {w.soort for w in bezwaren_voor(jurist)} == {"Bezwaar — behandelaar aanwijzen"}
    services.wijs_toe(van_mc, door=jurist, behandelaar=jurist)
    [item] = [w for w in bezwaren_voor(jurist) if w.soort == "Bezwaar"]
    assert item.uiterste_datum == van_mc.uiterste_datum() and "horen" in item.toelichting.lower()
    # only the handler acts
    ander = maak_gebruiker("jurist_czw")
    with pytest.raises(PermissionDenied, match="behandelaar"):
        services.hoor(van_mc, door=ander, gehoord_op=vandaag, hoorder="x", verslag="x")


def test_herstel_verzuim_schort_de_beslistermijn_op(jurist):
    vandaag = timezone.localdate()
    bekend = vandaag - timedelta(days=60)
    ontvangen = bekend + timedelta(days=20)
    bezwaar = services.wijs_toe(registreer(jurist, ontvangen, bekend), door=jurist, behandelaar=jurist)
    einde = termijn.einde_bezwaartermijn(bezwaar)
    assert einde is not None
    gevraagd = vandaag - timedelta(days=10)
    assert gevraagd > einde
    services.vraag_herstel(
        bezwaar, door=jurist, verzuim="Geen gronden.", gevraagd_op=gevraagd, hersteltermijn_tot=vandaag
    )
    assert bezwaar.uiterste_datum() is None and termijn.beslistermijn(bezwaar).opgeschort  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="hersteltermijn"):
        services.beslis(bezwaar, door=jurist, oordeel="ongegrond", motivering="x", beslist_op=vandaag)
    client = Client()
    client.force_login(jurist)
    pagina = client.get(reverse("bezwaar:bezwaar", args=[bezwaar.pk])).content.decode()
    assert "opgeschort</strong> sinds" in pagina and "Herstel verzuim vastleggen" in pagina
    # repaired four days after the request: suspended from the day after it, up to the day before
    services.leg_herstel_vast(bezwaar, door=jurist, hersteld_op=gevraagd + timedelta(days=4))
    assert (
        bezwaar.uiterste_datum() == bereken("beslissing-bezwaar", einde, opschorting_dagen=3).uiterste_datum
    )

    # asked while the objection term still ran: only the days after it count
    aanvang = date(2026, 3, 2)
    assert termijn.opgeschort(aanvang, date(2026, 2, 20), date(2026, 2, 27)) is None
    deel = termijn.opgeschort(aanvang, date(2026, 2, 20), date(2026, 3, 5))
    assert deel is not None and (deel.datum, deel.tot) == (date(2026, 3, 3), date(2026, 3, 5))
