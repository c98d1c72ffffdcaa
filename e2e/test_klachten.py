"""Browser journey of a complaint (issue 17 §3): the public form, the acknowledgement by e-mail,
assignment, hearing both sides, verdaging by four weeks, the outcome with the Nationale
ombudsman, all on the dates the deadline engine gives (the complaint arrived on a Saturday, so
the term ends on a free day and the Atw moves it), and the yearly figures include it.
With MINISTERIE_SCHERMAFDRUKKEN=MAP a screenshot of each page is saved in MAP."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from datetime import timedelta
from io import StringIO
from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.utils import timezone

from e2e.hulp import controleer_toegankelijkheid, log_in
from ministerie.klachten.models import Klacht, Logregel
from ministerie.termijnen import bereken, is_vrije_dag


def _afdruk(pagina: Any, naam: str) -> None:
    if map_ := os.environ.get("MINISTERIE_SCHERMAFDRUKKEN"):
        pagina.screenshot(path=str(Path(map_) / f"klachten-{naam}.png"), full_page=True)


def _melding(pagina: Any) -> str:
    return " ".join(pagina.get_by_role("status").all_inner_texts())


def _uiterste_datum(pagina: Any) -> str:
    return pagina.locator("#uiterste-datum").inner_text().strip()


def test_klacht_van_webformulier_tot_jaarcijfers(
    pagina: Any, maak_gebruiker: Callable[..., Any], settings: Any, smtp: Any
) -> None:
    settings.KLACHT_MIN_INVULTIJD = 1
    settings.KLACHT_MAX_PER_UUR = 1000  # the cache table outlives the test database flush
    mc = maak_gebruiker("mc_medewerker")

    # 1. the public form: what happens next and by when; the route for colleagues' behaviour
    pagina.goto(pagina.basis + "/")
    pagina.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Klacht indienen").click()
    pagina.wait_for_url(pagina.basis + "/klachten/indienen/")
    tekst = pagina.inner_text("body")
    assert "binnen vier weken" in tekst and "Klachtencommissie ongewenste omgangsvormen" in tekst
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "indienen")
    pagina.get_by_label("Onderwerp").fill("Onheus behandeld aan de balie")
    pagina.get_by_label("Wat is er gebeurd?").fill(
        "De medewerker aan de balie weigerde mijn formulier aan te nemen."
    )
    pagina.get_by_label("Over wie of welke afdeling gaat de klacht?").fill("de baliemedewerker")
    pagina.get_by_label("Naam", exact=True).fill("Karin Klager")
    pagina.get_by_label("E-mailadres").fill("karin@example.org")
    pagina.wait_for_timeout(1100)  # the minimum fill time of the anti-abuse check
    pagina.get_by_role("button", name="Klacht versturen").click()
    pagina.wait_for_url(re.compile(r".*/klachten/indienen/ontvangen/.*"))
    klacht = Klacht.objects.get()
    assert pagina.locator("#zaaknummer").inner_text() == klacht.zaaknummer
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "bevestiging")
    [bevestiging] = smtp.aan("karin@example.org")
    assert "Ontvangstbevestiging" in bevestiging["Subject"]

    # the case is played from the last Saturday before today: six weeks end on a Saturday too,
    # so the Atw (art. 1) moves the end to the next working day
    ontvangen = timezone.localdate() - timedelta(days=1)
    while ontvangen.weekday() != 5:
        ontvangen -= timedelta(days=1)
    Klacht.objects.filter(pk=klacht.pk).update(ontvangen_op=ontvangen)
    Logregel.objects.filter(klacht=klacht).update(datum=ontvangen)
    eerste = bereken("klacht", ontvangen)
    assert is_vrije_dag(eerste.basis_einde) and eerste.atw_verschoven

    # 2. MC takes it in: the handler is someone not involved (Awb 9:7)
    log_in(pagina, mc)
    pagina.goto(pagina.basis + "/klachten/")
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "overzicht")
    pagina.get_by_role("link", name=klacht.zaaknummer).click()
    assert _uiterste_datum(pagina) == eerste.uiterste_datum.isoformat()
    pagina.get_by_label("Klachtbehandelaar", exact=True).select_option(str(mc.pk))
    pagina.get_by_role("button", name="Aanwijzen").click()
    assert "aangewezen" in _melding(pagina)
    controleer_toegankelijkheid(pagina)

    # 3. both sides heard, each with a report (Awb 9:10)
    for wie, verslag in (
        ("klager", "Klager licht toe wat er gebeurde."),
        ("beklaagde", "De baliemedewerker erkent het."),
    ):
        formulier = pagina.locator("form", has=pagina.get_by_role("heading", name="Horen (Awb 9:10)"))
        formulier.get_by_label("Wie is gehoord").select_option(wie)
        formulier.get_by_label("Verslag van het horen").fill(verslag)
        formulier.get_by_role("button", name="Horen vastleggen").click()
        assert "verslag zijn vastgelegd" in _melding(pagina)

    # 4. verdaging by four weeks, in writing (Awb 9:11 lid 2)
    formulier = pagina.locator("form", has=pagina.get_by_role("heading", name=re.compile("Verdagen")))
    formulier.get_by_label("Reden van de verdaging").fill("De beklaagde was met verlof.")
    formulier.get_by_role("button", name="Verdagen").click()
    assert "verdaagd" in _melding(pagina)
    verdaagd = bereken("klacht", ontvangen, verdaging=True).uiterste_datum
    assert _uiterste_datum(pagina) == verdaagd.isoformat()
    assert not is_vrije_dag(verdaagd)
    assert any("Verdaging" in b["Subject"] for b in smtp.aan("karin@example.org"))
    _afdruk(pagina, "klacht-in-behandeling")

    # 5. the written, reasoned outcome with the Nationale ombudsman (Awb 9:12)
    formulier = pagina.locator("form", has=pagina.get_by_role("heading", name="Uitkomst (Awb 9:12)"))
    formulier.get_by_label("Oordeel").select_option("gegrond")
    formulier.get_by_label("Bevindingen en motivering").fill("Het formulier had aangenomen moeten worden.")
    formulier.get_by_label("Conclusies die eraan worden verbonden").fill("Excuses; de balie is geïnstrueerd.")
    formulier.get_by_role("button", name="Klacht afhandelen").click()
    assert "afgehandeld" in _melding(pagina)
    assert pagina.locator("#status").inner_text() == "Afgehandeld"
    vandaag = timezone.localdate()
    assert (
        pagina.locator("#ombudsman-uiterlijk").inner_text()
        == vandaag.replace(year=vandaag.year + 1).isoformat()
    )
    uitkomst = [b for b in smtp.aan("karin@example.org") if "Afhandeling" in b["Subject"]]
    assert uitkomst and "Nationale ombudsman" in uitkomst[0].get_body(("plain",)).get_content()
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "klacht-afgehandeld")

    # 6. the year's figures include it, on the page and from the command (contract)
    pagina.goto(pagina.basis + f"/klachten/jaarverslag/?jaar={vandaag.year}")
    assert pagina.locator("#afgehandeld").inner_text() == "1"
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "jaarverslag")
    uit = StringIO()
    call_command("klachten", "jaarverslag", str(vandaag.year), "--json", stdout=uit)
    cijfers = json.loads(uit.getvalue())
    assert cijfers["afgehandeld"] == 1 and cijfers["gegrond"] == 1 and cijfers["op_tijd"] == 1
    assert cijfers["ontvangen"] == (1 if ontvangen.year == vandaag.year else 0)

    # the registration page for letters and calls
    pagina.goto(pagina.basis + "/klachten/nieuw/")
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "registreren")
