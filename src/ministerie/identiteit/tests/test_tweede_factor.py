"""The second factor: the gate, setting up an authenticator app, recovery codes, verifying,
removing; with the gate switched on as in production (the test settings have it off)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client, override_settings
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from ministerie.api.tokens import maak_token
from ministerie.core.models import AuditRecord
from ministerie.core.rubricering import Rubricering

from .hulp import VERPLICHT, code_voor

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("verplicht")]
DV = Rubricering.DEPARTEMENTAAL_VERTROUWELIJK


@pytest.fixture
def verplicht() -> Any:
    with override_settings(**VERPLICHT):
        yield


def _acties(gebruiker: Any) -> list[str]:
    return list(AuditRecord.objects.filter(object_id=str(gebruiker.pk)).values_list("actie", flat=True))


def _wacht(gebruiker: Any) -> None:
    """As if the throttle's waiting time has passed (no sleeping in tests)."""
    for model in (TOTPDevice, StaticDevice):
        for apparaat in model.objects.filter(user=gebruiker, throttling_failure_timestamp__isnull=False):
            apparaat.throttling_failure_timestamp -= timedelta(minutes=5)
            apparaat.save()


def _stel_in(client: Client) -> tuple[str, Any]:
    """Set up an authenticator app on the page; returns the secret and the answer."""
    client.get("/identiteit/tweede-factor/instellen/")
    sleutel = client.session["identiteit_totp_voorstel"]
    antwoord = client.post(
        "/identiteit/tweede-factor/instellen/", {"naam": "Telefoon", "code": code_voor(sleutel)}
    )
    return sleutel, antwoord


def test_dv_gebruiker_komt_nergens_voor_de_tweede_factor(
    client: Client, maak_gebruiker: Callable[..., Any]
) -> None:
    client.force_login(maak_gebruiker("beleidsmedewerker", clearance=DV))
    for pad in ("/", "/profiel/", "/termijnen/", "/organisatie/", "/stukken/"):
        antwoord = client.get(pad)
        assert antwoord.status_code == 302, pad
        assert antwoord["Location"].startswith("/identiteit/tweede-factor/instellen/"), pad
    # the API through the session: refused as problem+json
    antwoord = client.get("/api/v1/gebruikers/mij")
    assert antwoord.status_code == 403
    assert antwoord["Content-Type"] == "application/problem+json"
    # the set-up page itself opens; log-out always works
    assert client.get("/identiteit/tweede-factor/instellen/").status_code == 200
    assert client.post("/uitloggen/").status_code == 302
    assert client.get("/").status_code == 302  # now anonymous: to the log-in page
    assert client.get("/")["Location"].startswith("/inloggen/")


def test_functioneel_beheerder_ook_bij_intern(client: Client, maak_gebruiker: Callable[..., Any]) -> None:
    client.force_login(maak_gebruiker("functioneel_beheerder", clearance=Rubricering.INTERN))
    assert client.get("/")["Location"].startswith("/identiteit/tweede-factor/instellen/")


def test_intern_zonder_apparaat_hoeft_niets(client: Client, maak_gebruiker: Callable[..., Any]) -> None:
    client.force_login(maak_gebruiker("beleidsmedewerker", clearance=Rubricering.INTERN))
    assert client.get("/").status_code == 200


def test_api_token_blijft_werken(client: Client, maak_gebruiker: Callable[..., Any]) -> None:
    gebruiker = maak_gebruiker("beleidsmedewerker", clearance=DV)
    _, geheim = maak_token(gebruiker, door="test")
    antwoord = client.get("/api/v1/gebruikers/mij", HTTP_AUTHORIZATION=f"Token {geheim}")
    assert antwoord.status_code == 200


def test_instellen_herstelcodes_en_opnieuw_inloggen(
    client: Client, maak_gebruiker: Callable[..., Any]
) -> None:
    gebruiker = maak_gebruiker("beleidsmedewerker", clearance=DV)
    client.force_login(gebruiker)
    pagina = client.get("/identiteit/tweede-factor/instellen/").content.decode()
    assert "<svg" in pagina and "QR-code" in pagina  # drawn on the server
    sleutel = client.session["identiteit_totp_voorstel"]

    # a wrong code: a clear message, nothing stored
    antwoord = client.post("/identiteit/tweede-factor/instellen/", {"naam": "Telefoon", "code": "000000"})
    if code_voor(sleutel) != "000000":
        assert "De code klopt niet" in antwoord.content.decode()
        assert not TOTPDevice.objects.filter(user=gebruiker).exists()
    antwoord = client.post("/identiteit/tweede-factor/instellen/", {"naam": "x" * 65, "code": "12"})
    assert "Vul de zes cijfers uit de app in." in antwoord.content.decode()

    antwoord = client.post(
        "/identiteit/tweede-factor/instellen/", {"naam": "Telefoon", "code": code_voor(sleutel)}
    )
    assert antwoord["Location"] == "/identiteit/tweede-factor/herstelcodes/"
    apparaat = TOTPDevice.objects.get(user=gebruiker)
    assert apparaat.confirmed and apparaat.name == "Telefoon"
    codes = list(StaticToken.objects.filter(device__user=gebruiker).values_list("token", flat=True))
    assert len(codes) == 10

    # shown once
    pagina = client.get("/identiteit/tweede-factor/herstelcodes/").content.decode()
    assert all(code in pagina for code in codes)
    assert client.get("/identiteit/tweede-factor/herstelcodes/").status_code == 302
    assert client.get("/").status_code == 200  # this session is verified

    # a new log-in: verify first; the gate keeps the page asked for
    client.logout()
    client.force_login(gebruiker)
    antwoord = client.get("/profiel/")
    assert antwoord["Location"].startswith("/identiteit/tweede-factor/controle/")
    assert client.get("/identiteit/tweede-factor/instellen/")["Location"].startswith(
        "/identiteit/tweede-factor/controle/"
    )  # no second app before the first is verified
    antwoord = client.post("/identiteit/tweede-factor/controle/", {"code": "nietgoed"})
    assert "De code klopt niet" in antwoord.content.decode()
    assert client.get("/termijnen/").status_code == 302
    # after a wrong code the devices wait (django-otp's throttle): even the right code is refused
    with override_settings(OTP_TOTP_THROTTLE_FACTOR=60, OTP_STATIC_THROTTLE_FACTOR=60):
        antwoord = client.post("/identiteit/tweede-factor/controle/", {"code": code_voor(sleutel, 1)})
        assert antwoord.status_code == 200
    _wacht(gebruiker)
    antwoord = client.post("/identiteit/tweede-factor/controle/", {"code": code_voor(sleutel, 1)})
    assert antwoord["Location"] == "/termijnen/"  # the last page the gate stopped
    assert client.get("/").status_code == 200

    # a recovery code works once
    client.logout()
    client.force_login(gebruiker)
    antwoord = client.post("/identiteit/tweede-factor/controle/", {"code": codes[0], "next": "/termijnen/"})
    assert antwoord["Location"] == "/termijnen/"
    client.logout()
    client.force_login(gebruiker)
    assert client.post("/identiteit/tweede-factor/controle/", {"code": codes[0]}).status_code == 200
    assert client.get("/").status_code == 302

    acties = _acties(gebruiker)
    for actie in (
        "tweede_factor_ingesteld",
        "herstelcodes_aangemaakt",
        "tweede_factor_bevestigd",
        "tweede_factor_mislukt",
    ):
        assert actie in acties


def test_volgende_pagina_alleen_op_deze_site(client: Client, maak_gebruiker: Callable[..., Any]) -> None:
    gebruiker = maak_gebruiker("beleidsmedewerker", clearance=DV)
    client.force_login(gebruiker)
    sleutel, _ = _stel_in(client)
    client.logout()
    client.force_login(gebruiker)
    antwoord = client.post(
        "/identiteit/tweede-factor/controle/",
        {"code": code_voor(sleutel, 1), "next": "https://kwaad.example/"},
    )
    assert antwoord["Location"] == "/"


def test_beheren_verwijderen_en_nieuwe_codes(client: Client, maak_gebruiker: Callable[..., Any]) -> None:
    dv = maak_gebruiker("beleidsmedewerker", clearance=DV)
    client.force_login(dv)
    _stel_in(client)
    apparaat = TOTPDevice.objects.get(user=dv)
    pagina = client.get("/identiteit/tweede-factor/").content.decode()
    assert "Telefoon" in pagina and "nog 10" in pagina

    # the last app of a user who needs one stays
    antwoord = client.post(f"/identiteit/tweede-factor/totp/{apparaat.pk}/verwijderen/", follow=True)
    assert "U heeft een tweede factor nodig" in antwoord.content.decode()
    assert TOTPDevice.objects.filter(pk=apparaat.pk).exists()

    # new recovery codes replace the old
    oud = set(StaticToken.objects.filter(device__user=dv).values_list("token", flat=True))
    antwoord = client.post("/identiteit/tweede-factor/herstelcodes/nieuw/")
    assert antwoord["Location"] == "/identiteit/tweede-factor/herstelcodes/"
    nieuw = set(StaticToken.objects.filter(device__user=dv).values_list("token", flat=True))
    assert len(nieuw) == 10 and not oud & nieuw

    # someone else's device: 404
    ander = maak_gebruiker("beleidsmedewerker")
    anders_apparaat = TOTPDevice.objects.create(user=ander, name="Van een ander", confirmed=True)
    assert client.post(f"/identiteit/tweede-factor/totp/{anders_apparaat.pk}/verwijderen/").status_code == 404

    # a user who needs none may remove the last app; the recovery codes go with it
    intern = maak_gebruiker("beleidsmedewerker")
    client.force_login(intern)
    _stel_in(client)
    eigen = TOTPDevice.objects.get(user=intern)
    client.post(f"/identiteit/tweede-factor/totp/{eigen.pk}/verwijderen/")
    assert not TOTPDevice.objects.filter(user=intern).exists()
    assert not StaticDevice.objects.filter(user=intern).exists()
    assert "tweede_factor_verwijderd" in _acties(intern)


def test_wie_een_tweede_factor_instelde_moet_die_gebruiken(
    client: Client, maak_gebruiker: Callable[..., Any]
) -> None:
    intern = maak_gebruiker("beleidsmedewerker")
    client.force_login(intern)
    _stel_in(client)
    client.logout()
    client.force_login(intern)
    assert client.get("/")["Location"].startswith("/identiteit/tweede-factor/controle/")


@override_settings(DEMO=True, TWEEDE_FACTOR_DEMO_OVERSLAAN=True)
def test_demo_accounts_mogen_overslaan_in_de_demo(client: Client, maak_gebruiker: Callable[..., Any]) -> None:
    demo = maak_gebruiker("functioneel_beheerder", clearance=DV)
    demo.is_demo = True
    demo.save()
    client.force_login(demo)
    antwoord = client.get("/")
    assert antwoord.status_code == 200
    assert "De demo-accounts mogen de tweede factor overslaan" in antwoord.content.decode()
    client.force_login(maak_gebruiker("beleidsmedewerker", clearance=DV))  # not a demo account
    assert client.get("/").status_code == 302
