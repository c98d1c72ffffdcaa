"""User administration in a real browser, as the acceptance of issue 13 §1 reads: a functioneel
beheerder makes a user with roles, a unit and clearance Stg. Confidentieel; the raise waits for a
second functioneel beheerder, who approves it from "Mijn werk"; the new user sets a password with
the one-time link; deactivation ends the user's session; all of it is in the audit trail.

With MINISTERIE_SCHERMAFDRUKKEN=MAP the test saves a screenshot of each page in MAP."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from e2e.hulp import controleer_toegankelijkheid, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WACHTWOORD = "Een-nieuw-wachtwoord-voor-2027"
VOORBEELD = Path(__file__).resolve().parents[1] / "src/ministerie/gebruikers/tests/voorbeeld_hr.csv"


def _foto(page: Any, naam: str) -> None:
    map_ = os.environ.get("MINISTERIE_SCHERMAFDRUKKEN")
    if map_:
        Path(map_).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(map_) / f"{naam}.png"), full_page=True)


@pytest.mark.rooktest
def test_aanmaken_vier_ogen_instellink_en_deactiveren(
    pagina: Any, browser: Any, maak_gebruiker: Callable[..., Any]
) -> None:
    from ministerie.core.models import AuditRecord, Gebruiker
    from ministerie.core.rubricering import Rubricering
    from ministerie.organisatie.models import Eenheid

    bzk = Eenheid.objects.create(code="bzk", naam="Ministerie van BZK", soort="ministerie")
    Eenheid.objects.create(
        code="dgoo", naam="DG Openbaar Bestuur en Democratie", soort="directoraat_generaal", bovenliggende=bzk
    )
    a = maak_gebruiker(
        "functioneel_beheerder", eenheden=["bzk"], clearance=Rubricering.STG_GEHEIM, gebruikersnaam="beheer-a"
    )
    b = maak_gebruiker(
        "functioneel_beheerder", eenheden=["bzk"], clearance=Rubricering.STG_GEHEIM, gebruikersnaam="beheer-b"
    )

    # A makes the user through the page
    log_in(pagina, a)
    pagina.get_by_role("link", name="Gebruikers", exact=True).click()
    controleer_toegankelijkheid(pagina)
    _foto(pagina, "1-overzicht")
    pagina.get_by_role("link", name="Nieuwe gebruiker").click()
    pagina.get_by_label("Gebruikersnaam").fill("pvisser")
    pagina.get_by_label("Voornaam").fill("Petra")
    pagina.get_by_label("Achternaam").fill("Visser")
    pagina.get_by_label("E-mailadres").fill("p.visser@minbzk.nl")
    pagina.get_by_label("Beleidsmedewerker").check()
    pagina.get_by_label("Eenheden").select_option("dgoo")
    pagina.get_by_label("Rubricering (clearance)").select_option("Stg. Confidentieel")
    controleer_toegankelijkheid(pagina)
    _foto(pagina, "2-nieuw")
    pagina.get_by_role("button", name="Gebruiker aanmaken").click()
    pagina.get_by_role("heading", name="Petra Visser is aangemaakt").wait_for()
    link = pagina.locator("#instellink").inner_text().strip()
    assert link.startswith(pagina.basis + "/instellen/")
    assert "wacht op de goedkeuring van een tweede functioneel beheerder" in pagina.content()
    controleer_toegankelijkheid(pagina)
    _foto(pagina, "3-aangemaakt")
    petra = Gebruiker.objects.get(username="pvisser")
    assert petra.clearance == Rubricering.INTERN and petra.rolcodes() == {"beleidsmedewerker"}

    # B approves it from "Mijn werk"
    log_in(pagina, b)
    pagina.get_by_role("link", name="Petra Visser (pvisser): Intern → Stg. Confidentieel").click()
    controleer_toegankelijkheid(pagina)
    _foto(pagina, "4-gebruiker-met-aanvraag")
    pagina.get_by_role("button", name="Goedkeuren voor pvisser").click()
    pagina.get_by_text("Goedgekeurd: pvisser heeft nu rubricering Stg. Confidentieel.").wait_for()
    petra.refresh_from_db()
    assert petra.clearance == Rubricering.STG_CONFIDENTIEEL

    # Petra sets her password with the one-time link, in her own browser
    haar = browser.new_context(locale="nl-NL", viewport={"width": 1366, "height": 900})
    scherm = haar.new_page()
    scherm.goto(link)
    scherm.get_by_label("Nieuw wachtwoord", exact=True).fill(WACHTWOORD)
    scherm.get_by_label("Nieuw wachtwoord (nog eens)").fill(WACHTWOORD)
    controleer_toegankelijkheid(scherm)
    _foto(scherm, "5-instellen")
    scherm.get_by_role("button", name="Wachtwoord instellen").click()
    scherm.wait_for_url("**/inloggen/**")
    petra.refresh_from_db()
    assert petra.check_password(WACHTWOORD)
    log_in(scherm, petra, basis=pagina.basis)
    scherm.goto(pagina.basis + "/profiel/sessies/")
    assert scherm.get_by_text("deze sessie").is_visible()
    controleer_toegankelijkheid(scherm)
    _foto(scherm, "6-mijn-sessies")

    # B deactivates Petra: her session ends
    pagina.reload()
    pagina.get_by_text("Deactiveren…").click()
    pagina.get_by_role("button", name="Ja, deactiveer pvisser").click()
    pagina.get_by_text("pvisser is gedeactiveerd").wait_for()
    _foto(pagina, "7-gedeactiveerd")
    scherm.goto(pagina.basis + "/profiel/sessies/")
    assert "/inloggen/" in scherm.url
    haar.close()

    acties = set(AuditRecord.objects.filter(object_id=str(petra.pk)).values_list("actie", flat=True))
    assert {
        "gebruiker_aangemaakt",
        "instellink_uitgegeven",
        "clearance_aanvraag_ingediend",
        "clearance_aanvraag_goedgekeurd",
        "wachtwoord_ingesteld_met_instellink",
        "gebruiker_gedeactiveerd",
    } <= acties


def test_importpagina_en_proefverslag_zijn_toegankelijk(pagina: Any, inloggen: Callable[..., Any]) -> None:
    from ministerie.organisatie.models import Eenheid, Persoon

    for code in ("dgoo", "czw", "czw-juridisch-advies", "fez", "ba-pzmo", "minister-bzk", "cio-i"):
        Eenheid.objects.create(code=code, naam=code.upper(), soort="directie")
    Persoon.objects.create(code="hanke-bruins-slot", naam="Hanke Bruins Slot")
    inloggen(pagina, "functioneel_beheerder")
    pagina.goto(pagina.basis + "/beheer/gebruikers/importeren/")
    controleer_toegankelijkheid(pagina)
    pagina.get_by_label("CSV-bestand uit het HR-systeem").set_input_files(VOORBEELD)
    pagina.get_by_role("button", name="Bestand controleren en importeren").click()
    pagina.get_by_role("heading", name="Proef: dit zou er veranderen").wait_for()
    assert pagina.get_by_role("cell", name="pvisser").is_visible()
    controleer_toegankelijkheid(pagina)
    _foto(pagina, "8-importeren-proef")
