"""Uploading documents in the browser: stored, recognised twice, corrupt ones quarantined."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pymupdf
import pytest

from e2e.hulp import controleer_toegankelijkheid
from ministerie.stukken.models import Document, Quarantaine

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _pdf(tekst: str) -> bytes:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), tekst)
    return doc.tobytes()


@pytest.mark.rooktest
def test_upload_dubbel_en_quarantaine(pagina: Any, inloggen: Callable[..., Any]) -> None:
    inloggen(pagina, "beleidsmedewerker", eenheden=["czw"])
    pagina.goto(pagina.basis + "/stukken/uploaden/")
    controleer_toegankelijkheid(pagina)
    goed = {
        "name": "beediging.pdf",
        "mimeType": "application/pdf",
        "buffer": _pdf("De beëdiging van woningen"),
    }
    pagina.get_by_label("Bestanden").set_input_files([goed])
    pagina.get_by_role("button", name="Opslaan").click()
    assert "is opgeslagen als versie 1" in pagina.get_by_role("status").first.inner_text()

    pagina.get_by_label("Bestanden").set_input_files([goed])
    pagina.get_by_role("button", name="Opslaan").click()
    assert "al opgeslagen" in pagina.get_by_role("status").first.inner_text()
    assert Document.objects.count() == 1

    kapot = {
        "name": "kapot.pdf",
        "mimeType": "application/pdf",
        "buffer": b"%PDF-1.7\n" + b"\x00garbage" * 50,
    }
    pagina.get_by_label("Bestanden").set_input_files([kapot])
    pagina.get_by_role("button", name="Opslaan").click()
    melding = pagina.get_by_role("status").first.inner_text()
    assert "kapot.pdf" in melding and "quarantaine" in melding
    quarantaine = Quarantaine.objects.get()
    assert quarantaine.bestand.size == len(kapot["buffer"])
    controleer_toegankelijkheid(pagina)

    document = Document.objects.get()
    pagina.goto(pagina.basis + f"/stukken/documenten/{document.pk}/")
    assert pagina.get_by_role("img", name="Pagina 1 van 1").is_visible()
    controleer_toegankelijkheid(pagina)

    pagina.goto(pagina.basis + "/stukken/zoeken/?q=beediging")
    assert pagina.get_by_role("link", name="beediging").count() == 1
    assert "<mark>" in pagina.locator(".zoekresultaten").inner_html()
    controleer_toegankelijkheid(pagina)


def test_overzichtspaginas_stukken(pagina: Any, inloggen: Callable[..., Any]) -> None:
    inloggen(pagina, "functioneel_beheerder", eenheden=["bzk"])
    for pad, kop in (
        ("/stukken/", "Stukken"),
        ("/stukken/stroom/", "Stukkenstroom"),
        ("/stukken/quarantaine/", "Quarantaine"),
        ("/stukken/zoeken/?q=niets", "Zoeken in stukken"),
    ):
        pagina.goto(pagina.basis + pad)
        assert pagina.get_by_role("heading", level=1).inner_text() == kop
        controleer_toegankelijkheid(pagina)


def test_bulkverwerking_in_de_browser(
    pagina: Any, inloggen: Callable[..., Any], settings: Any, tmp_path: Any
) -> None:
    import io
    import zipfile

    settings.DATA_DIR = tmp_path
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("a.txt", "Nota over woningbouw. Contact: Jan Klaassen, 06-12345678.")
        z.writestr("kopie/a.txt", "Nota over woningbouw. Contact: Jan Klaassen, 06-12345678.")
        z.writestr("kapot.pdf", b"%PDF-1.7\n" + b"\x00" * 100)
    inloggen(pagina, "jurist_czw", eenheden=["czw"])
    pagina.get_by_role("link", name="Bulkverwerking").click()
    controleer_toegankelijkheid(pagina)
    pagina.get_by_label("Omschrijving").fill("Woo-verzoek testmap")
    pagina.get_by_label("ZIP of mailboxexport").set_input_files(
        [{"name": "stukken.zip", "mimeType": "application/zip", "buffer": buffer.getvalue()}]
    )
    pagina.get_by_role("button", name="Verwerken").click()
    pagina.get_by_text("Inventarislijst (XLSX)").wait_for(timeout=60_000)
    assert pagina.locator("progress").get_attribute("value") == "100"
    assert "kapot.pdf" in pagina.content()
    controleer_toegankelijkheid(pagina)
