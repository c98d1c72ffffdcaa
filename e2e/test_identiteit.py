"""Single sign-on and the second factor in a real browser: log in through a real OpenID Connect
provider on loopback (a claim-mapped role is applied), and a DV-cleared local user who can reach
no page before setting up and verifying the second factor. axe on every page on the way.

Screenshots for a person to look at: MINISTERIE_SCHERMAFDRUKKEN=map."""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django_otp.oath import totp

from e2e.hulp import WACHTWOORD, controleer_toegankelijkheid
from ministerie.core.rubricering import Rubricering
from ministerie.identiteit.tests.idp.starter import Provider, start_provider

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AFDRUKKEN = os.environ.get("MINISTERIE_SCHERMAFDRUKKEN", "")
IDP_WACHTWOORD = "wachtwoord-bij-de-provider"
KOPPELING = """claim: groups
groepen:
  - waarde: bzk-beleid-woningbouw
    rollen: [beleidsmedewerker]
    eenheden: [woningbouw]
"""


def _afdruk(pagina: Any, naam: str) -> None:
    if AFDRUKKEN:
        Path(AFDRUKKEN).mkdir(parents=True, exist_ok=True)
        pagina.screenshot(path=str(Path(AFDRUKKEN) / f"{naam}.png"), full_page=True)


@pytest.fixture(scope="module")
def provider(live_server: Any, tmp_path_factory: Any) -> Iterator[Provider]:
    terug = [f"{live_server.url}/identiteit/sso/terug/"]
    bram: dict[str, Any] = {"gebruikersnaam": "bram", "wachtwoord": IDP_WACHTWOORD, "email": "bram@minbzk.nl"}
    bram.update(voornaam="Bram", achternaam="de Vries", groepen=["bzk-beleid-woningbouw"], amr=["pwd", "otp"])
    gebruikers: list[dict[str, Any]] = [bram]
    with start_provider(tmp_path_factory.mktemp("idp-e2e"), terug, gebruikers) as p:
        yield p


@pytest.fixture
def sso(provider: Provider, settings: Any, tmp_path: Path) -> Provider:
    koppeling = tmp_path / "claimkoppeling.yaml"
    koppeling.write_text(KOPPELING, encoding="utf-8")
    for naam, waarde in provider.instellingen(
        OIDC_ROLLEN="claims", OIDC_CLAIMKOPPELING=str(koppeling), TWEEDE_FACTOR_VERPLICHT=True
    ).items():
        setattr(settings, naam, waarde)
    return provider


def test_inloggen_via_de_provider_met_rol_uit_claims(
    pagina: Any, sso: Provider, settings: Any, maak_gebruiker: Callable[..., Any]
) -> None:
    from ministerie.organisatie.models import Eenheid

    Eenheid.objects.create(code="woningbouw", naam="Directie Woningbouw", soort=Eenheid.Soort.DIRECTIE)
    bram = maak_gebruiker(gebruikersnaam="b.devries", clearance=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK)
    bram.email = "bram@minbzk.nl"
    bram.save()
    assert not bram.rolcodes()  # no role here: it comes from the provider's groups claim

    settings.LOKAAL_INLOGGEN = False  # single sign-on only: the page shows no password form
    pagina.goto(pagina.basis + "/inloggen/")
    assert pagina.locator("input[name=password]").count() == 0
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "inloggen-met-sso")
    pagina.get_by_role("link", name="Inloggen met single sign-on").click()

    pagina.wait_for_url(f"{sso.url}/login/**")  # at the provider
    pagina.get_by_label("Gebruikersnaam").fill("bram")
    pagina.get_by_label("Wachtwoord").fill(IDP_WACHTWOORD)
    pagina.get_by_role("button", name="Inloggen bij de provider").click()

    # back here, on Mijn werk: the provider's MFA (amr otp) counts as the second factor
    pagina.wait_for_url(pagina.basis + "/")
    assert pagina.get_by_role("heading", level=1).inner_text() == "Mijn werk"
    pagina.locator(".gebruikersmenu summary").click()
    menu = pagina.locator(".gebruikersmenu__paneel").inner_text()
    assert "Beleidsmedewerker" in menu and "Directie Woningbouw" in menu
    bram.refresh_from_db()
    assert set(bram.rollen.values_list("rol", flat=True)) == {"beleidsmedewerker"}


def _code(pagina: Any, stap: int = 0) -> str:
    geheim = re.sub(r"\s", "", pagina.locator("figcaption code").inner_text())
    sleutel = base64.b32decode(geheim + "=" * (-len(geheim) % 8))
    return f"{totp(sleutel, t0=-30 * stap):06d}"


def test_dv_gebruiker_eerst_de_tweede_factor(
    pagina: Any, settings: Any, maak_gebruiker: Callable[..., Any]
) -> None:
    settings.TWEEDE_FACTOR_VERPLICHT = True
    gebruiker = maak_gebruiker("beleidsmedewerker", clearance=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK)
    pagina.goto(pagina.basis + "/inloggen/?next=/stukken/")
    pagina.get_by_label("Gebruikersnaam").fill(gebruiker.username)
    pagina.get_by_label("Wachtwoord").fill(WACHTWOORD)
    pagina.get_by_role("button", name="Inloggen").click()

    # no page but the set-up: not the one asked for, not Mijn werk, not the profile
    pagina.wait_for_url("**/identiteit/tweede-factor/instellen/**")
    for pad in ("/", "/profiel/", "/termijnen/", "/identiteit/tweede-factor/"):
        pagina.goto(pagina.basis + pad)
        assert "/identiteit/tweede-factor/instellen/" in pagina.url, pad
    assert pagina.get_by_role("heading", level=1).inner_text() == "Authenticator-app instellen"
    assert pagina.locator("figure.qr-code svg").count() == 1
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "tweede-factor-instellen")

    pagina.get_by_label("Code uit de app").fill("12345")
    pagina.get_by_role("button", name="App instellen").click()
    assert "Vul de zes cijfers uit de app in." in pagina.content()
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "tweede-factor-instellen-fout")

    pagina.get_by_label("Code uit de app").fill(_code(pagina))
    pagina.get_by_role("button", name="App instellen").click()
    pagina.wait_for_url("**/identiteit/tweede-factor/herstelcodes/")
    assert pagina.locator(".herstelcodes li").count() == 10
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "herstelcodes")
    pagina.get_by_role("link", name="Ik heb de codes bewaard, verder").click()
    pagina.wait_for_url("**/identiteit/tweede-factor/")  # the last page the gate stopped

    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "tweede-factor-beheren")
    pagina.goto(pagina.basis + "/stukken/")
    assert "/stukken/" in pagina.url

    # log out and in again: verify before anything else
    pagina.locator(".gebruikersmenu summary").click()
    pagina.get_by_role("button", name="Uitloggen").click()
    pagina.wait_for_url("**/inloggen/")
    pagina.get_by_label("Gebruikersnaam").fill(gebruiker.username)
    pagina.get_by_label("Wachtwoord").fill(WACHTWOORD)
    pagina.get_by_role("button", name="Inloggen").click()
    pagina.wait_for_url("**/identiteit/tweede-factor/controle/**")
    pagina.goto(pagina.basis + "/profiel/")
    assert "/identiteit/tweede-factor/controle/" in pagina.url
    pagina.get_by_label("Code").fill("999999x")
    pagina.get_by_role("button", name="Bevestigen").click()
    assert "De code klopt niet" in pagina.content()
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "tweede-factor-controle-fout")


def _log_in(pagina: Any, gebruikersnaam: str) -> None:
    pagina.goto(pagina.basis + "/inloggen/")
    pagina.get_by_label("Gebruikersnaam").fill(gebruikersnaam)
    pagina.get_by_label("Wachtwoord").fill(WACHTWOORD)
    pagina.get_by_role("button", name="Inloggen").click()


def test_beveiligingssleutel_met_de_virtuele_authenticator_van_chromium(
    pagina: Any, settings: Any, maak_gebruiker: Callable[..., Any]
) -> None:
    """WebAuthn for real: Chromium's virtual authenticator (DevTools protocol) plays the key."""
    settings.TWEEDE_FACTOR_VERPLICHT = True
    settings.OTP_WEBAUTHN_RP_ID = "localhost"
    settings.OTP_WEBAUTHN_ALLOWED_ORIGINS = [pagina.basis]
    cdp = pagina.context.new_cdp_session(pagina)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
            }
        },
    )
    beheerder = maak_gebruiker("functioneel_beheerder")
    _log_in(pagina, beheerder.username)
    pagina.wait_for_url("**/identiteit/tweede-factor/instellen/**")
    pagina.get_by_role("button", name="Beveiligingssleutel toevoegen").click()
    pagina.wait_for_url("**/identiteit/tweede-factor/herstelcodes/")
    assert pagina.locator(".herstelcodes li").count() == 10
    pagina.get_by_role("link", name="Ik heb de codes bewaard, verder").click()
    pagina.wait_for_url(pagina.basis + "/")

    pagina.goto(pagina.basis + "/identiteit/tweede-factor/")
    assert "Beveiligingssleutel" in pagina.locator("table").inner_text()
    _afdruk(pagina, "tweede-factor-met-sleutel")

    pagina.locator(".gebruikersmenu summary").click()
    pagina.get_by_role("button", name="Uitloggen").click()
    pagina.wait_for_url("**/inloggen/")
    _log_in(pagina, beheerder.username)
    pagina.wait_for_url("**/identiteit/tweede-factor/controle/**")
    controleer_toegankelijkheid(pagina)
    _afdruk(pagina, "tweede-factor-controle-sleutel")
    pagina.get_by_role("button", name="Bevestigen met beveiligingssleutel").click()
    pagina.wait_for_url(pagina.basis + "/")
    assert pagina.get_by_role("heading", level=1).inner_text() == "Mijn werk"
