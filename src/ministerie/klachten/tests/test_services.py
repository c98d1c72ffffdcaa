"""Complaint services: intake (written and oral, Awb 9:1/9:2), acknowledgement (9:6) by e-mail
with the PDF, the person complained about never handles nor sees it (9:7), not handling (9:8),
hearing or its waiver (9:10), the outcome with the ombudsman paragraph (9:12), the signal from
correspondence, bad input with Dutch messages, reads audited."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils import timezone

from ministerie.core.models import AuditRecord
from ministerie.klachten import services
from ministerie.klachten.models import Klacht
from ministerie.klachten.tests.hulp import dien_klacht_in, registreer
from ministerie.klachten.zichtbaarheid import klacht_voor, zichtbare_klachten
from ministerie.meldingen.models import Melding


@pytest.fixture
def mc(maak_gebruiker):
    return maak_gebruiker("mc_medewerker")


def test_webformulier_bevestigt_per_email_met_pdf(smtp, mc, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        klacht = dien_klacht_in()
    assert klacht.zaaknummer.startswith(f"KL-{timezone.localdate().year}-")
    assert klacht.ontvangst_bevestigd_op == timezone.localdate()
    brief = klacht.brieven.get(soort="ontvangstbevestiging")
    assert brief.pdf.read(5) == b"%PDF-"
    [bericht] = smtp.aan("j.devries@voorbeeld.nl")
    assert "Ontvangstbevestiging van uw klacht" in bericht["Subject"]
    bijlagen = [d for d in bericht.iter_attachments() if d.get_content_type() == "application/pdf"]
    assert bijlagen and bijlagen[0].get_content()[:5] == b"%PDF-"
    assert "zes weken" in bericht.get_body(("plain",)).get_content()
    # the handlers are told that a new complaint waits
    assert Melding.objects.filter(ontvanger=mc, sleutel=f"klacht:{klacht.pk}:nieuw").exists()


def test_mondelinge_klacht_zonder_bevestiging(mc):
    klacht = registreer(mc, timezone.localdate(), kanaal="mondeling", klager_adres="")
    assert not klacht.schriftelijk
    assert klacht.ontvangst_bevestigd_op is None and not klacht.brieven.exists()


def test_ongewenste_omgangsvormen_horen_bij_de_klachtencommissie(db):
    with pytest.raises(ValidationError) as fout:
        dien_klacht_in(ongewenste_omgangsvormen=True)
    assert "Klachtencommissie ongewenste omgangsvormen" in " ".join(fout.value.messages)
    assert not Klacht.objects.exists()


@pytest.mark.parametrize(
    ("veld", "waarde", "tekst"),
    [
        ("omschrijving", "x" * 10_001, "te lang"),
        ("klager_naam", "x" * 201, "te lang"),
        ("omschrijving", "   ", "Beschrijf de gedraging"),
        ("klager_naam", "", "naam van de klager"),
        ("klager_email", "", "e-mailadres of een postadres"),
        ("gedraging_op", date.today() + timedelta(days=3), "toekomst"),
    ],
)
def test_slechte_invoer_nederlandse_melding_en_niets_opgeslagen(db, veld, waarde, tekst):
    with pytest.raises(ValidationError) as fout:
        dien_klacht_in(**{veld: waarde})
    assert tekst in " ".join(fout.value.messages)
    assert not Klacht.objects.exists()


def test_beklaagde_behandelt_niet_en_ziet_niet(maak_gebruiker, mc):
    beklaagde = maak_gebruiker("mc_medewerker")
    klacht = dien_klacht_in()
    services.wijzig_beklaagde(klacht, door=mc, beklaagde=beklaagde)
    assert not zichtbare_klachten(beklaagde).exists()
    with pytest.raises(Http404):
        klacht_voor(beklaagde, klacht.pk)
    with pytest.raises(ValidationError, match="9:7"):
        services.wijs_toe(klacht, door=mc, behandelaar=beklaagde)
    # someone without the role cannot be assigned, nor assign
    buiten = maak_gebruiker("beleidsmedewerker")
    with pytest.raises(ValidationError, match="kan geen klachten behandelen"):
        services.wijs_toe(klacht, door=mc, behandelaar=buiten)
    with pytest.raises(PermissionDenied):
        services.wijs_toe(klacht, door=buiten, behandelaar=mc)
    # assigned to someone else: another MC employee no longer sees it; the jurist does
    jurist = maak_gebruiker("jurist_czw")
    services.wijs_toe(klacht, door=mc, behandelaar=jurist)
    anders = maak_gebruiker("mc_medewerker")
    assert not zichtbare_klachten(anders).exists()
    assert list(zichtbare_klachten(jurist)) == [klacht]
    with pytest.raises(PermissionDenied, match="klachtbehandelaar"):
        services.hoor(klacht, door=mc, wie="klager", gehoord_op=timezone.localdate(), verslag="x")


def test_inzage_wordt_geaudit(mc):
    klacht = dien_klacht_in()
    klacht_voor(mc, klacht.pk)
    assert AuditRecord.objects.filter(actie="inzage", object_id=str(klacht.pk), actor_id=mc.pk).exists()


def test_horen_vereist_voor_uitkomst_en_uitkomst_noemt_ombudsman(
    mc, smtp, django_capture_on_commit_callbacks
):
    vandaag = timezone.localdate()
    klacht = services.wijs_toe(dien_klacht_in(), door=mc, behandelaar=mc)
    uitkomst = {
        "oordeel": "deels_gegrond",
        "bevindingen": "Het gesprek verliep onheus.",
        "conclusies": "Excuses.",
    }
    with pytest.raises(ValidationError, match="Hoor eerst de klager"):
        services.handel_af(klacht, door=mc, afgehandeld_op=vandaag, **uitkomst)
    services.hoor(klacht, door=mc, wie="klager", gehoord_op=vandaag, verslag="Klager licht toe.")
    with pytest.raises(ValidationError, match="over wie geklaagd wordt"):
        services.handel_af(klacht, door=mc, afgehandeld_op=vandaag, **uitkomst)
    with pytest.raises(ValidationError, match="verslag"):
        services.hoor(klacht, door=mc, wie="beklaagde", gehoord_op=vandaag, verslag="")
    services.hoor(klacht, door=mc, wie="beklaagde", gehoord_op=vandaag, verslag="Telefonist erkent.")
    with django_capture_on_commit_callbacks(execute=True):
        klacht = services.handel_af(klacht, door=mc, afgehandeld_op=vandaag, **uitkomst)
    assert klacht.status == "afgehandeld"
    brief = klacht.brieven.get(soort="uitkomst")
    assert "Nationale ombudsman" in brief.tekst and "deels gegrond" in brief.tekst
    assert f"{vandaag.day} " in brief.tekst  # the ombudsman date, one year on
    assert any("Afhandeling van uw klacht" in b["Subject"] for b in smtp.aan("j.devries@voorbeeld.nl"))
    with pytest.raises(ValidationError, match="al afgehandeld"):
        services.verdaag(klacht, door=mc, reden="x", gemeld_op=vandaag)
    services.leg_ombudsman_vast(klacht, door=mc, ontvangen_op=vandaag, kenmerk="NO-2026-123")
    assert Klacht.objects.get(pk=klacht.pk).ombudsman_kenmerk == "NO-2026-123"


def test_afzien_van_horen_en_niet_behandelen(mc):
    vandaag = timezone.localdate()
    oud = vandaag - timedelta(days=400)
    klacht = services.wijs_toe(dien_klacht_in(gedraging_op=oud), door=mc, behandelaar=mc)
    assert klacht.logboek.filter(omschrijving__contains="9:8 lid 1 onder b").exists()
    with pytest.raises(ValidationError, match="Motiveer"):
        services.behandel_niet(klacht, door=mc, grond="9:8-1b", motivering=" ", gemeld_op=vandaag)
    services.behandel_niet(
        klacht, door=mc, grond="9:8-1b", motivering="Meer dan een jaar.", gemeld_op=vandaag
    )
    klacht.refresh_from_db()
    assert klacht.status == "niet_behandeld"
    assert "langer dan een jaar" in klacht.brieven.get(soort="niet_behandelen").tekst

    recent = services.wijs_toe(dien_klacht_in(gedraging_op=vandaag), door=mc, behandelaar=mc)
    with pytest.raises(ValidationError, match="niet langer dan een jaar"):
        services.behandel_niet(recent, door=mc, grond="9:8-1b", motivering="x", gemeld_op=vandaag)
    services.zie_af_van_horen(recent, door=mc, grond="9:10-2b", toelichting="Klager wil niet gehoord worden.")
    with pytest.raises(ValidationError, match="over wie geklaagd wordt"):
        services.handel_af(
            recent, door=mc, oordeel="ongegrond", bevindingen="b", conclusies="c", afgehandeld_op=vandaag
        )


def test_uit_correspondentie_eenmaal(mc):
    from ministerie.correspondentie.signalen import als_klacht_aangemeld

    gegevens = {
        "zaaknummer": "MC-2026-00042",
        "afzender_naam": "P. Pietersen",
        "afzender_adres": "p.pietersen@voorbeeld.nl",
        "onderwerp": "Klacht over de behandeling",
        "tekst": "Ik ben onvriendelijk te woord gestaan.",
        "ontvangen_op": timezone.now() - timedelta(days=2),
        "kanaal": "email",
        "door": mc.pk,
    }
    als_klacht_aangemeld.send(sender=None, **gegevens)
    als_klacht_aangemeld.send(sender=None, **gegevens)
    klacht = Klacht.objects.get()
    assert klacht.bron_zaaknummer == "MC-2026-00042"
    assert klacht.klager_email == "p.pietersen@voorbeeld.nl" and klacht.kanaal == "email"
    assert klacht.ontvangen_op == timezone.localdate() - timedelta(days=2)


def test_demo_is_idempotent(maak_gebruiker):
    from ministerie.klachten.demo import laad_klachten_demo

    maak_gebruiker("mc_medewerker", gebruikersnaam="mc")
    maak_gebruiker("jurist_czw", gebruikersnaam="jurist")
    laad_klachten_demo()
    laad_klachten_demo()
    assert Klacht.objects.count() == 3
    assert set(Klacht.objects.values_list("status", flat=True)) == {
        "ontvangen",
        "in_behandeling",
        "afgehandeld",
    }


def test_mijn_werk(mc, maak_gebruiker):
    from ministerie.core.werk import werk_voor
    from ministerie.klachten import termijn

    klacht = dien_klacht_in()
    [item] = [i for i in werk_voor(mc) if i.soort.startswith("Klacht")]
    assert item.soort == "Klacht — behandelaar aanwijzen"
    assert item.uiterste_datum == termijn.niet_behandelen_uiterlijk(klacht)
    assert item.titel == klacht.zaaknummer  # no personal data in the title
    jurist = maak_gebruiker("jurist_czw")
    services.wijs_toe(klacht, door=mc, behandelaar=jurist)
    assert not [i for i in werk_voor(mc) if i.soort.startswith("Klacht")]
    [item] = [i for i in werk_voor(jurist) if i.soort.startswith("Klacht")]
    assert item.uiterste_datum == klacht.uiterste_datum() and "Klager horen" in item.toelichting
