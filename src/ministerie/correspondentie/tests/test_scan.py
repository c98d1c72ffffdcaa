"""Letters as scans: the text through the one OCR of the system (lakken.pdf.paginatekst), the
sender and address recognised from the first lines and editable, the scan stored with the case;
an unreadable file gives a Dutch message and nothing is written."""

from __future__ import annotations

from typing import Any

import pymupdf
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from ministerie.correspondentie.models import Bijlage, Zaak
from ministerie.correspondentie.scan import Afzender, herken_afzender

from .hulp import mc_medewerker

BRIEF = """Fatima el Amrani
Lindelaan 12
3581 AB Utrecht

Ministerie van Binnenlandse Zaken
Postbus 20011
2500 EA Den Haag

Utrecht, 3 december 2026

Geachte minister,

Ik schrijf u over de huurtoeslag voor studenten in mijn straat.
"""


def test_afzender_uit_de_eerste_regels() -> None:
    assert herken_afzender(BRIEF) == Afzender(naam="Fatima el Amrani", adres="Lindelaan 12\n3581 AB Utrecht")
    # only the ministry's address (a Postbus): no sender recognised
    alleen_ministerie = "Aan de minister\nPostbus 20011\n2500 EA Den Haag\n\nGeachte minister,"
    assert herken_afzender(alleen_ministerie) == Afzender()
    # a postcode without a street or name line above: the address, no name
    assert herken_afzender("Geachte minister,\n1234ab Ergens\n") == Afzender(naam="", adres="1234 AB Ergens")
    assert herken_afzender("Geen adres in deze brief.") == Afzender()


def _scan_png(tekst: str) -> bytes:
    """A letter printed and scanned: an image, no text layer (OCR needed)."""
    with pymupdf.open() as document:
        pagina = document.new_page(width=595, height=842)
        pagina.insert_textbox(pymupdf.Rect(60, 60, 540, 800), tekst, fontsize=13, fontname="helv")
        return bytes(pagina.get_pixmap(dpi=150).tobytes("png"))


def test_scan_lezen_vult_in_en_registreren_bewaart_de_scan(maak_gebruiker: Any) -> None:
    client = Client()
    client.force_login(mc_medewerker(maak_gebruiker))
    url = reverse("correspondentie:nieuw")
    png = _scan_png(BRIEF)
    pagina = client.post(
        url,
        {"actie": "lezen", "kanaal": "brief", "scan": SimpleUploadedFile("brief.png", png, "image/png")},
    )
    assert pagina.status_code == 200
    html = pagina.content.decode()
    assert "Scan <strong>brief.png</strong> is gelezen" in html
    formulier = pagina.context["formulier"]
    assert formulier.initial["afzender_naam"] == "Fatima el Amrani"
    assert formulier.initial["afzender_adres"] == "Lindelaan 12\n3581 AB Utrecht"
    assert "huurtoeslag" in formulier.initial["tekst"]
    assert not Zaak.objects.exists()  # reading registers nothing
    # MC corrects the name (always editable) and registers; the scan is not read again
    antwoord = client.post(
        url,
        {
            "kanaal": "brief",
            "afzender_naam": "F. el Amrani",
            "afzender_adres": formulier.initial["afzender_adres"],
            "onderwerp": "Huurtoeslag studenten",
            "tekst": formulier.initial["tekst"],
            "scan_token": formulier.initial["scan_token"],
        },
    )
    zaak = Zaak.objects.get()
    assert antwoord.status_code == 302 and antwoord["Location"] == reverse(
        "correspondentie:zaak", args=[zaak.pk]
    )
    assert zaak.afzender_naam == "F. el Amrani" and zaak.afzender_adres.endswith("3581 AB Utrecht")
    assert "huurtoeslag" in zaak.tekst
    bijlage = Bijlage.objects.get(zaak=zaak)
    assert bijlage.naam == "brief.png" and bijlage.mime == "image/png"
    assert bijlage.bestand.read() == png and "huurtoeslag" in bijlage.tekst
    assert "brief.png" in client.get(reverse("correspondentie:zaak", args=[zaak.pk])).content.decode()


def test_scan_direct_registreren_neemt_afzender_en_tekst_over(maak_gebruiker: Any) -> None:
    """A PDF with a text layer, registered in one go: the empty fields come from the scan."""
    with pymupdf.open() as document:
        document.new_page().insert_textbox(pymupdf.Rect(60, 60, 540, 800), BRIEF, fontsize=11)
        pdf = document.tobytes()
    client = Client()
    client.force_login(mc_medewerker(maak_gebruiker))
    antwoord = client.post(
        reverse("correspondentie:nieuw"),
        {"kanaal": "brief", "onderwerp": "Huurtoeslag", "scan": SimpleUploadedFile("brief.pdf", pdf)},
    )
    assert antwoord.status_code == 302, antwoord.context["formulier"].errors
    zaak = Zaak.objects.get()
    assert (zaak.afzender_naam, zaak.afzender_adres) == ("Fatima el Amrani", "Lindelaan 12\n3581 AB Utrecht")
    assert zaak.bijlagen.get().mime == "application/pdf"


def test_onleesbare_scan_geeft_een_nederlandse_melding(maak_gebruiker: Any) -> None:
    client = Client()
    client.force_login(mc_medewerker(maak_gebruiker))
    url = reverse("correspondentie:nieuw")
    kapot = SimpleUploadedFile("brief.pdf", b"%PDF-1.7\n" + b"\x00kapot" * 200, "application/pdf")
    pagina = client.post(url, {"actie": "lezen", "kanaal": "brief", "scan": kapot})
    assert pagina.status_code == 400
    assert "De scan is beschadigd of geen geldige PDF en kan niet worden gelezen." in pagina.content.decode()
    geen_scan = SimpleUploadedFile("brief.docx", b"PK\x03\x04" + b"x" * 100)
    antwoord = client.post(
        url,
        {"kanaal": "brief", "afzender_naam": "Jan", "onderwerp": "Iets", "tekst": "Tekst", "scan": geen_scan},
    )
    assert antwoord.status_code == 200
    assert "Lever de scan aan als PDF, PNG, JPEG of TIFF." in antwoord.content.decode()
    assert not Zaak.objects.exists() and not Bijlage.objects.exists()
