"""The archive in the browser: the archivist's pages (register, ingest report, legal hold,
destruction list, transfer) with axe on each; destruction refused under a legal hold, then
approved by the archivist and a manager, with the declaration; the Woo coordinator adds search
hits to a Woo request in one step (the Woo part's receiver connected here, as woo/apps.py will)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from e2e.hulp import controleer_toegankelijkheid, log_in
from ministerie.archief import inname, services
from ministerie.archief.models import Functieperiode, Ingestrun, Item, Sleutelfunctionaris
from ministerie.archief.signalen import archief_naar_woo
from ministerie.archief.tests.hulp import schrijf_mbox, schrijf_whatsapp
from ministerie.core import audit
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Persoon
from ministerie.woo import services as woo_services
from ministerie.woo.models import WooDocument
from ministerie.woo.tests.hulp import maak_organisatie
from ministerie.woo.uit_archief import bij_archief_naar_woo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCHERMAFDRUKKEN = os.environ.get("ARCHIEF_SCHERMAFDRUKKEN", "")


def _foto(pagina: Any, naam: str) -> None:
    """Screenshots for a person to look at, only when asked (ARCHIEF_SCHERMAFDRUKKEN=map)."""
    if SCHERMAFDRUKKEN:
        Path(SCHERMAFDRUKKEN).mkdir(parents=True, exist_ok=True)
        pagina.screenshot(path=str(Path(SCHERMAFDRUKKEN) / f"{naam}.png"), full_page=True)


def _status(pagina: Any) -> str:
    return " ".join(
        pagina.get_by_role("status").all_inner_texts() + pagina.get_by_role("alert").all_inner_texts()
    )


@pytest.fixture
def woo_ontvanger() -> Iterator[None]:
    archief_naar_woo.connect(bij_archief_naar_woo, dispatch_uid="woo-uit-archief")
    yield
    archief_naar_woo.disconnect(dispatch_uid="woo-uit-archief")


def _archief(tmp_path: Path) -> dict[str, Sleutelfunctionaris]:
    minister = Persoon.objects.create(code="minister-e2e", naam="Minister E2E")
    directeur = Persoon.objects.create(code="directeur-e2e", naam="Directeur E2E")
    services.neem_op_in_register(
        door="test", persoon=minister, code="minister", functie=Functieperiode.Functie.BEWINDSPERSOON,
        van=date(2021, 1, 1),
    )  # fmt: skip
    services.neem_op_in_register(
        door="test", persoon=directeur, code="directeur", functie=Functieperiode.Functie.DIRECTEUR,
        van=date(2015, 1, 1),
    )  # fmt: skip
    wie = {f.code: f for f in Sleutelfunctionaris.objects.all()}
    inname.neem_in(schrijf_mbox(tmp_path / "m.mbox", 12, leeg_elke=10), functionaris=wie["minister"],
                   soort="mail", door="test")  # fmt: skip
    inname.neem_in(
        schrijf_whatsapp(tmp_path / "chat"), functionaris=wie["minister"], soort="chat", door="test"
    )
    inname.neem_in(
        schrijf_mbox(tmp_path / "oud.mbox", 3, begin=datetime(2010, 6, 1, tzinfo=UTC)),
        functionaris=wie["directeur"], soort="mail", door="test", rubricering=Rubricering.INTERN,
    )  # fmt: skip
    return wie


def test_archivaris_bewaarplicht_vernietiging_en_woo(
    pagina: Any, maak_gebruiker: Any, tmp_path: Path, woo_ontvanger: None
) -> None:
    maak_organisatie()
    wie = _archief(tmp_path)
    archivaris = maak_gebruiker("archivaris", eenheden=["cio-i"], clearance=Rubricering.STG_GEHEIM)
    log_in(pagina, archivaris)

    pagina.goto(pagina.basis + "/archief/")
    assert Item.objects.count() == 21  # 11 mails (one empty), 7 chat items, 3 old mails
    assert "Gevonden: 21 stukken" in pagina.locator("main").inner_text()
    controleer_toegankelijkheid(pagina)
    _foto(pagina, "1-zoeken")
    pagina.get_by_label("Zoektermen").fill('"dossier 3"')
    pagina.get_by_label("Sleutelfunctionaris").select_option(label=str(wie["minister"]))
    pagina.get_by_role("button", name="Zoeken in het archief").click()
    assert "Gevonden: 1 stuk" in pagina.locator("main").inner_text()
    assert pagina.locator(".archief-fragment mark").count() >= 1  # the search index's fragment
    controleer_toegankelijkheid(pagina)
    _foto(pagina, "1b-gezocht")
    pagina.get_by_role("link", name="Overleg 0 (bericht 3)").click()
    assert "SHA-256 bij inname" in pagina.locator("main").inner_text()
    controleer_toegankelijkheid(pagina)
    _foto(pagina, "2-stuk")

    pagina.goto(pagina.basis + "/archief/register/")
    assert "Minister E2E" in pagina.locator("main").inner_text()
    controleer_toegankelijkheid(pagina)
    _foto(pagina, "3-register")

    pagina.goto(pagina.basis + "/archief/innames/")
    controleer_toegankelijkheid(pagina)
    _foto(pagina, "4-innames")
    chat = Ingestrun.objects.get(soort="chat")
    pagina.get_by_role("link", name=f"Inname {chat.pk}", exact=True).click()
    tekst = pagina.locator("main").inner_text()
    assert "Het bijgevoegde mediabestand ontbreekt in de export." in tekst
    controleer_toegankelijkheid(pagina)
    _foto(pagina, "5-innameverslag")

    # a destruction list for the director's old mail, then a legal hold on it
    pagina.goto(pagina.basis + "/archief/vernietiging/")
    controleer_toegankelijkheid(pagina)
    pagina.get_by_label("Peildatum (termijn verstreken op of voor) (niet verplicht)").fill("2026-01-01")
    pagina.get_by_role("button", name="Lijst opstellen").click()
    assert "is opgesteld met 3 stukken" in _status(pagina)
    lijst_url = pagina.url

    pagina.goto(pagina.basis + "/archief/bewaarplichten/")
    pagina.get_by_label("Sleutelfunctionaris").select_option(label=str(wie["directeur"]))
    pagina.get_by_label("Grond").select_option("rechtszaak")
    pagina.get_by_label("Referentie (zaak- of verzoeknummer)").fill("ROL-2026-17")
    pagina.get_by_label("Reden", exact=True).fill("Beroep bij de rechtbank loopt")
    pagina.get_by_role("button", name="Bewaarplicht zetten").click()
    assert "is gezet" in _status(pagina)
    controleer_toegankelijkheid(pagina)
    _foto(pagina, "6-bewaarplichten")

    pagina.goto(lijst_url)
    assert "vallen nu onder een bewaarplicht" in pagina.locator("main").inner_text()
    pagina.get_by_role("button", name="Goedkeuren als archivaris").click()
    assert "Vernietiging geweigerd" in _status(pagina)
    controleer_toegankelijkheid(pagina)
    _foto(pagina, "7-lijst-geweigerd")

    pagina.goto(pagina.basis + "/archief/bewaarplichten/")
    pagina.get_by_label("Reden van opheffen").fill("Uitspraak onherroepelijk")
    pagina.get_by_role("button", name="Opheffen").click()
    assert "is opgeheven" in _status(pagina)
    pagina.goto(lijst_url)
    pagina.get_by_role("button", name="Goedkeuren als archivaris").click()
    assert "de tweede goedkeuring ontbreekt nog" in _status(pagina)
    assert pagina.get_by_role("button", name="Goedkeuren als archivaris").count() == 0

    manager = maak_gebruiker("directeur", eenheden=["cio-i"], clearance=Rubricering.STG_GEHEIM)
    log_in(pagina, manager)
    pagina.goto(lijst_url)
    paden = [i.pad for i in Item.objects.filter(functionaris=wie["directeur"])]
    pagina.get_by_role("button", name="Goedkeuren als leidinggevende").click()
    assert "de stukken zijn vernietigd" in _status(pagina)
    assert not any(p.exists() for p in paden)
    with pagina.expect_download() as download:
        pagina.get_by_role("link", name="PDF downloaden").click()
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")
    assert "Geldig: ondertekend door" in pagina.locator("main").inner_text()  # PAdES
    controleer_toegankelijkheid(pagina)
    _foto(pagina, "8-lijst-vernietigd")
    assert audit.verifieer().intact

    log_in(pagina, archivaris)
    pagina.goto(pagina.basis + "/archief/overbrengingen/")
    controleer_toegankelijkheid(pagina)
    _foto(pagina, "9-overbrenging")

    # the Woo coordinator, allowed by the archivist, adds two hits to a request in one step
    jurist = maak_gebruiker("jurist_czw", eenheden=["czw-juridisch"], clearance=Rubricering.STG_GEHEIM)
    services.machtig(wie["minister"], door=archivaris, gebruiker=jurist)
    verzoek = woo_services.registreer_verzoek(
        door=jurist, kanaal="email", onderwerp="Subsidiebesluit", omschrijving="Alle berichten",
        verzoeker_email="greet@example.org", ontvangen_op=timezone.localdate() - timedelta(days=2),
    )  # fmt: skip
    woo_services.neem_in_behandeling(verzoek, door=jurist)
    log_in(pagina, jurist)
    pagina.goto(pagina.basis + "/archief/")
    pagina.get_by_label("Zoektermen").fill("besluit")
    pagina.get_by_label("Soort").select_option("chat")
    pagina.get_by_role("button", name="Zoeken in het archief").click()
    assert "Gevonden: 2 stukken" in pagina.locator("main").inner_text()
    for vakje in pagina.get_by_role("checkbox").all():
        vakje.check()
    pagina.get_by_label("Kenmerk Woo-verzoek").fill(verzoek.zaaknummer)
    pagina.get_by_role("button", name="Toevoegen aan Woo-verzoek").click()
    assert f"Woo-verzoek {verzoek.zaaknummer}: 2 toegevoegd" in _status(pagina)
    assert WooDocument.objects.filter(verzoek=verzoek).count() == 2
    controleer_toegankelijkheid(pagina)
    _foto(pagina, "10-woo")
