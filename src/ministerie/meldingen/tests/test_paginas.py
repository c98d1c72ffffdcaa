"""The pages: one's own notifications only, read and open, the filter, the preference page, and
the count for the header."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client, RequestFactory, override_settings

from ministerie.meldingen import services
from ministerie.meldingen.context_processors import meldingen
from ministerie.meldingen.models import Melding, Meldingsvoorkeur

pytestmark = pytest.mark.django_db


def test_de_lijst_toont_alleen_eigen_meldingen_ongelezen_eerst(client: Client, medewerker: Any) -> None:
    a, b = medewerker("a"), medewerker("b")
    services.meld(a, "beslist", "Oud en gelezen", "/n/1/")
    services.markeer_alles_gelezen(door=a)
    services.meld(a, "teruggestuurd", "Nieuw en ongelezen", "/n/2/")
    services.meld(b, "beslist", "Van iemand anders", "/n/3/")
    client.force_login(a)
    antwoord = client.get("/meldingen/")
    html = antwoord.content.decode()
    assert antwoord.status_code == 200
    assert "Van iemand anders" not in html
    assert html.index("Nieuw en ongelezen") < html.index("Oud en gelezen")
    assert antwoord.context["meldingen_ongelezen"]() == 1
    alleen = client.get("/meldingen/?filter=ongelezen").content.decode()
    assert "Nieuw en ongelezen" in alleen and "Oud en gelezen" not in alleen


def test_paginering(client: Client, medewerker: Any) -> None:
    a = medewerker("a")
    for i in range(30):
        services.meld(a, "overig", f"Melding nummer {i:02d}", f"/n/{i}/")
    client.force_login(a)
    eerste = client.get("/meldingen/?volgorde=datum").content.decode()
    assert "Melding nummer 29" in eerste and "Melding nummer 04" not in eerste
    assert "Pagina 1 van 2" in eerste
    tweede = client.get("/meldingen/?volgorde=datum&pagina=2").content.decode()
    assert "Melding nummer 04" in tweede and "Melding nummer 29" not in tweede


def test_openen_en_markeren_alleen_voor_de_ontvanger(client: Client, medewerker: Any) -> None:
    a, b = medewerker("a"), medewerker("b")
    [melding] = services.meld(a, "beslist", "Nota 12 is besloten", "/stukken/notas/12/")
    client.force_login(b)
    assert client.post(f"/meldingen/{melding.pk}/openen/").status_code == 404
    assert client.post(f"/meldingen/{melding.pk}/gelezen/").status_code == 404
    client.force_login(a)
    antwoord = client.post(f"/meldingen/{melding.pk}/openen/")
    assert (antwoord.status_code, antwoord["Location"]) == (302, "/stukken/notas/12/")
    assert Melding.objects.get().gelezen_op is not None


def test_alles_gelezen_en_terug_naar_dezelfde_pagina(client: Client, medewerker: Any) -> None:
    a = medewerker("a")
    services.meld(a, "beslist", "Een", "/n/1/")
    services.meld(a, "beslist", "Twee", "/n/2/")
    client.force_login(a)
    antwoord = client.post(
        "/meldingen/alles-gelezen/", {"terug": "/meldingen/?filter=ongelezen"}, follow=True
    )
    assert antwoord.redirect_chain == [("/meldingen/?filter=ongelezen", 302)]
    assert "2 meldingen zijn als gelezen gemarkeerd." in antwoord.content.decode()
    assert not Melding.objects.filter(gelezen_op__isnull=True).exists()


def test_voorkeur_instellen(client: Client, medewerker: Any) -> None:
    a = medewerker("a")
    client.force_login(a)
    with override_settings(EMAIL_HOST=""):
        html = client.get("/meldingen/instellingen/").content.decode()
    assert "Deze omgeving verstuurt geen e-mail" in html
    assert 'value="dagelijks" id="id_email_1" checked' in html
    with override_settings(EMAIL_HOST="smtp.ministerie.test"):
        html = client.get("/meldingen/instellingen/").content.decode()
        assert "E-mail gaat naar <strong>a@ministerie.test</strong>" in html
        antwoord = client.post("/meldingen/instellingen/", {"email": "direct"}, follow=True)
    assert "Uw keuze voor meldingen per e-mail is opgeslagen." in antwoord.content.decode()
    assert Meldingsvoorkeur.objects.get(gebruiker=a).email == "direct"
    assert client.post("/meldingen/instellingen/", {"email": "elk-uur"}).status_code == 200
    assert Meldingsvoorkeur.objects.get(gebruiker=a).email == "direct"


def test_zonder_recht_geen_teller(client: Client, maak_gebruiker: Any) -> None:
    client.force_login(maak_gebruiker())  # no role
    assert client.get("/meldingen/").status_code == 403
    verzoek = RequestFactory().get("/")
    verzoek.user = maak_gebruiker()
    assert meldingen(verzoek) == {"meldingen_zichtbaar": False}
