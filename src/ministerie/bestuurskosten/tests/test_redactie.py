"""Upload, proposals, the names that stay, redaction that passes the checker, bad files."""

from __future__ import annotations

from typing import Any

import pymupdf
import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from ministerie.bestuurskosten import services
from ministerie.bestuurskosten.models import Brondocument, Lakvoorstel, Paginamarkering
from ministerie.lakken.pdf import controleer
from ministerie.stukken.models import Document, Quarantaine

from .hulp import GAST, IBAN, MINISTER, STANDAARDBON, TELEFOON, bon

pytestmark = pytest.mark.django_db


def _upload(periode: Any, door: Any, data: bytes, naam: str = "bon.pdf") -> Brondocument:
    return services.voeg_document_toe(periode, door=door, data=data, bestandsnaam=naam, titel="", soort="bon")


def test_upload_stelt_lakken_voor_maar_niet_de_naam_van_de_minister(periode: Any, mensen: dict) -> None:
    document = _upload(periode, mensen["fez"], bon(*STANDAARDBON))
    teksten = {v.tekst for v in document.voorstellen.all()}
    assert {GAST, IBAN, TELEFOON} <= teksten
    assert not any(MINISTER in t or "Bruins" in t for t in teksten)
    assert all(v.status == Lakvoorstel.Status.VOORGESTELD for v in document.voorstellen.all())
    # the original is in the document store
    assert document.document.versies.count() == 1
    assert document.versie.sha256


def test_lakken_haalt_weg_wat_is_aanvaard_en_laat_de_minister_staan(periode: Any, mensen: dict) -> None:
    fez = mensen["fez"]
    document = _upload(periode, fez, bon(*STANDAARDBON))
    services.beoordeel(document, door=fez, besluiten={v.pk: True for v in document.voorstellen.all()})
    document = services.lak_document(document, door=fez)
    assert document.schoon, document.controle_problemen
    pdf = document.gelakt_pdf.read()
    assert controleer(pdf, [GAST, IBAN, TELEFOON], verwachte_gronden=["5.1.2e"], behouden=[MINISTER]) == []


def test_afgewezen_voorstel_blijft_staan(periode: Any, mensen: dict) -> None:
    fez = mensen["fez"]
    document = _upload(periode, fez, bon(*STANDAARDBON))
    besluiten = {v.pk: v.tekst != TELEFOON for v in document.voorstellen.all()}
    services.beoordeel(document, door=fez, besluiten=besluiten)
    document = services.lak_document(document, door=fez)
    tekst = "".join(p.get_text() for p in pymupdf.open(stream=document.gelakt_pdf.read(), filetype="pdf"))
    assert TELEFOON in tekst and GAST not in tekst


def test_lakken_kan_pas_als_alle_voorstellen_beoordeeld_zijn(periode: Any, mensen: dict) -> None:
    document = _upload(periode, mensen["fez"], bon(*STANDAARDBON))
    with pytest.raises(ValidationError, match="nog 3 open"):
        services.lak_document(document, door=mensen["fez"])


def test_beoordelaar_voegt_een_term_toe_die_overal_gelakt_wordt(periode: Any, mensen: dict) -> None:
    fez, jurist = mensen["fez"], mensen["jurist"]
    document = _upload(periode, fez, bon(*STANDAARDBON, "Tafel 12 bij het raam"))
    services.beoordeel(document, door=jurist, besluiten={v.pk: True for v in document.voorstellen.all()})
    services.voeg_lakterm_toe(document, door=jurist, tekst="Tafel 12", grond="5.1.2e", pagina=1)
    document = services.lak_document(document, door=jurist)
    assert document.schoon
    assert controleer(document.gelakt_pdf.read(), ["Tafel 12", GAST]) == []


def test_de_naam_van_de_minister_kan_niet_als_term_worden_gelakt(periode: Any, mensen: dict) -> None:
    document = _upload(periode, mensen["fez"], bon(*STANDAARDBON))
    for tekst in (MINISTER, "Bruins Slot", "HANKE BRUINS SLOT", "Maarten Schurink"):
        with pytest.raises(ValidationError, match="niet gelakt"):
            services.voeg_lakterm_toe(document, door=mensen["fez"], tekst=tekst, grond="5.1.2e", pagina=1)


def test_een_wijziging_maakt_het_oude_lakresultaat_ongeldig(periode: Any, mensen: dict) -> None:
    fez = mensen["fez"]
    document = _upload(periode, fez, bon(*STANDAARDBON))
    services.beoordeel(document, door=fez, besluiten={v.pk: True for v in document.voorstellen.all()})
    document = services.lak_document(document, door=fez)
    assert document.schoon
    services.voeg_lakterm_toe(document, door=fez, tekst="Fictieve Vork", grond="5.1.2e", pagina=1)
    document.refresh_from_db()
    assert not document.gelakt and not document.schoon


def test_foto_van_een_bon_wordt_pdf_en_wordt_gelakt(periode: Any, mensen: dict) -> None:
    fez = mensen["fez"]
    pdf = pymupdf.open(stream=bon(*STANDAARDBON), filetype="pdf")
    png = pdf[0].get_pixmap(dpi=200).tobytes("png")
    document = _upload(periode, fez, png, "foto-bon.png")
    assert document.paginas == 1
    assert document.versie.mime == "application/pdf"
    teksten = {v.tekst for v in document.voorstellen.all()}
    assert IBAN in teksten  # found through OCR
    services.beoordeel(document, door=fez, besluiten={v.pk: True for v in document.voorstellen.all()})
    document = services.lak_document(document, door=fez)
    assert controleer(document.gelakt_pdf.read(), [IBAN]) == []


@pytest.mark.parametrize(
    ("data", "naam", "melding"),
    [
        (b"", "leeg.pdf", "leeg"),
        (b"PK\x03\x04 geen echt archief", "bon.pdf", ""),
        (b"%PDF-1.7\n kapot", "kapot.pdf", ""),
        (b"\x89PNG\r\n\x1a\n kapot", "kapot.png", "beschadigd"),
    ],
)
def test_slecht_bestand_geeft_een_duidelijke_fout_en_laat_niets_achter(
    periode: Any, mensen: dict, data: bytes, naam: str, melding: str
) -> None:
    voor = (Brondocument.objects.count(), Document.objects.count(), Quarantaine.objects.count())
    with pytest.raises(ValidationError) as fout:
        _upload(periode, mensen["fez"], data, naam)
    assert melding in " ".join(fout.value.messages)
    assert naam in " ".join(fout.value.messages)
    assert (Brondocument.objects.count(), Document.objects.count(), Quarantaine.objects.count()) == voor


def test_te_groot_bestand_wordt_geweigerd(periode: Any, mensen: dict, monkeypatch: Any) -> None:
    from ministerie.bestanden import limieten

    monkeypatch.setattr(limieten, "MAX_BESTANDSGROOTTE", 1000)
    with pytest.raises(ValidationError, match="te groot"):
        _upload(periode, mensen["fez"], bon(*STANDAARDBON))
    assert not Brondocument.objects.exists()


def test_pagina_zonder_tekst_wordt_gemarkeerd(periode: Any, mensen: dict) -> None:
    leeg = pymupdf.open()
    leeg.new_page().draw_rect(pymupdf.Rect(50, 50, 200, 200), fill=(0.5, 0.5, 0.5))
    document = _upload(periode, mensen["fez"], leeg.tobytes(), "leeg-vlak.pdf")
    assert Paginamarkering.objects.filter(brondocument=document, pagina=1, opgeheven_op=None).exists()


def test_zelfde_bestand_twee_keer_wordt_herkend(periode: Any, mensen: dict) -> None:
    data = bon(*STANDAARDBON)
    _upload(periode, mensen["fez"], data)
    with pytest.raises(ValidationError, match="al aan deze maand"):
        _upload(periode, mensen["fez"], data)


def test_alleen_wie_mag_uploadt_en_lakt(periode: Any, mensen: dict) -> None:
    with pytest.raises(PermissionDenied):
        _upload(periode, mensen["jurist"], bon(*STANDAARDBON))
    document = _upload(periode, mensen["fez"], bon(*STANDAARDBON))
    with pytest.raises(PermissionDenied):
        services.lak_document(document, door=mensen["sg"])
    with pytest.raises(PermissionDenied):
        services.markeer_pagina(document, door=mensen["beleid"], pagina=1, reden="kijk")


def test_tekstbestand_wordt_pdf_en_het_origineel_gaat_de_opslag_in(periode: Any, mensen: dict) -> None:
    tekst = f"Declaratie taxi\nReiziger: {MINISTER}\nChauffeur: {GAST}\nIBAN {IBAN}\n".encode()
    document = _upload(periode, mensen["fez"], tekst, "declaratie.txt")
    assert document.versie.mime.startswith("text/plain")
    assert document.paginas >= 1
    assert {GAST, IBAN} <= {v.tekst for v in document.voorstellen.all()}
    besluiten = {v.pk: True for v in document.voorstellen.all()}
    services.beoordeel(document, door=mensen["fez"], besluiten=besluiten)
    document = services.lak_document(document, door=mensen["fez"])
    assert document.schoon, document.controle_problemen


def test_te_groot_brondocument_wordt_geweigerd_voor_het_lezen() -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.utils.datastructures import MultiValueDict

    from ministerie.bestanden.limieten import MAX_BESTANDSGROOTTE
    from ministerie.bestuurskosten.formulieren import DocumentFormulier

    groot = SimpleUploadedFile("bon.pdf", b"%PDF-1.4")
    groot.size = MAX_BESTANDSGROOTTE + 1
    formulier = DocumentFormulier(data={"soort": "factuur"}, files=MultiValueDict({"bestand": [groot]}))
    assert not formulier.is_valid()
    assert "te groot" in formulier.errors["bestand"][0]
