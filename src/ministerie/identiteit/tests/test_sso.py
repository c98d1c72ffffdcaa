"""Single sign-on against a real OpenID Connect provider on loopback (discovery, authorization
code flow with PKCE, token, userinfo, JWKS over HTTP): matching, linking, creating, claim-mapped
roles, the provider's MFA, refusals; every step audited."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.test import Client, override_settings

from ministerie.core.models import AuditRecord, Gebruiker
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid

from ..models import SsoKoppeling
from .conftest import WACHTWOORD, claimkoppeling_yaml
from .hulp import VERPLICHT, sso_inloggen
from .idp.starter import Provider

pytestmark = pytest.mark.django_db


@pytest.fixture
def claims_bestand(tmp_path: Path) -> Path:
    pad = tmp_path / "claimkoppeling.yaml"
    pad.write_text(claimkoppeling_yaml(), encoding="utf-8")
    for code in ("bzk", "woningbouw"):
        Eenheid.objects.get_or_create(
            code=code, defaults={"naam": code.upper(), "soort": Eenheid.Soort.DIRECTIE}
        )
    return pad


def _acties() -> list[str]:
    return list(AuditRecord.objects.values_list("actie", flat=True))


def test_inloggen_koppelt_op_email_en_daarna_op_sub(
    client: Client, provider: Provider, maak_gebruiker: Callable[..., Any]
) -> None:
    anna = maak_gebruiker("beleidsmedewerker", gebruikersnaam="a.bakker")
    anna.email = "anna.bakker@minbzk.nl"  # matched case-insensitively
    anna.save()
    with override_settings(**provider.instellingen()):
        antwoord = sso_inloggen(client, "anna", WACHTWOORD)
        assert antwoord.status_code == 302 and antwoord["Location"] == "/"
        assert client.get("/").wsgi_request.user == anna
        koppeling = SsoKoppeling.objects.get(gebruiker=anna)
        assert koppeling.issuer == provider.issuer
        assert {"sso_gekoppeld", "inloggen_sso", "inloggen"} <= set(_acties())

        # the e-mail address changes here: the link by sub still finds her
        anna.email = "ander@minbzk.nl"
        anna.save()
        client.logout()
        assert sso_inloggen(client, "anna", WACHTWOORD)["Location"] == "/"
        assert client.get("/").wsgi_request.user == anna
    assert Gebruiker.objects.filter(email__iexact="anna.bakker@minbzk.nl").count() == 0  # nobody made


def test_rollen_en_eenheden_uit_claims(
    client: Client, provider: Provider, maak_gebruiker: Callable[..., Any], claims_bestand: Path
) -> None:
    anna = maak_gebruiker("beleidsmedewerker", "directeur", gebruikersnaam="anna")
    anna.email = "anna.bakker@minbzk.nl"
    anna.save()
    with override_settings(
        **provider.instellingen(OIDC_ROLLEN="claims", OIDC_CLAIMKOPPELING=str(claims_bestand))
    ):
        assert sso_inloggen(client, "anna", WACHTWOORD)["Location"] == "/"
    anna = Gebruiker.objects.get(pk=anna.pk)
    assert anna.rolcodes() == {"functioneel_beheerder"}
    assert set(anna.eenheden.values_list("code", flat=True)) == {"bzk"}
    record = AuditRecord.objects.get(actie="rollen_gewijzigd_via_sso")
    assert record.gegevens["rollen"] == {
        "voor": ["beleidsmedewerker", "directeur"],
        "na": ["functioneel_beheerder"],
    }
    assert record.gegevens["eenheden"] == {"voor": [], "na": ["bzk"]}


def test_onbekend_geweigerd_of_aangemaakt(client: Client, provider: Provider, claims_bestand: Path) -> None:
    with override_settings(**provider.instellingen()):
        antwoord = sso_inloggen(client, "nieuw", WACHTWOORD)
        assert antwoord["Location"] == "/inloggen/"
        pagina = client.get("/inloggen/").content.decode()
        assert "er is geen gebruiker met email van deze persoon" in pagina
    assert not Gebruiker.objects.filter(username="nieuw").exists()
    geweigerd = AuditRecord.objects.get(actie="inloggen_sso_geweigerd")
    assert geweigerd.gegevens["issuer"] == provider.issuer

    with override_settings(
        **provider.instellingen(
            OIDC_AANMAKEN=True,
            OIDC_KOPPELCLAIM="preferred_username",
            OIDC_ROLLEN="claims",
            OIDC_CLAIMKOPPELING=str(claims_bestand),
        )
    ):
        assert sso_inloggen(client, "nieuw", WACHTWOORD)["Location"] == "/"
    nieuw = Gebruiker.objects.get(username="nieuw")
    assert (nieuw.first_name, nieuw.last_name, nieuw.email) == ("Nina", "Nieuw", "nieuw@minbzk.nl")
    assert not nieuw.has_usable_password()
    assert nieuw.clearance == Rubricering.INTERN  # never from claims
    assert nieuw.rolcodes() == {"beleidsmedewerker"}
    assert {"gebruiker_aangemaakt_via_sso", "rollen_gewijzigd_via_sso"} <= set(_acties())


def test_mfa_van_de_provider_telt_alleen_als_de_instelling_het_zegt(
    client: Client, provider: Provider, maak_gebruiker: Callable[..., Any], claims_bestand: Path
) -> None:
    for naam, email in (("bram", "bram@minbzk.nl"), ("anna", "anna.bakker@minbzk.nl")):
        g = maak_gebruiker(
            "beleidsmedewerker", gebruikersnaam=naam, clearance=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
        )
        g.email = email
        g.save()
    with override_settings(**provider.instellingen(), **VERPLICHT):
        # bram's provider asked a second factor (amr otp): straight in
        sso_inloggen(client, "bram", WACHTWOORD)
        assert client.get("/").status_code == 200
        # anna logged in with a password only: the second factor here first
        client.logout()
        sso_inloggen(client, "anna", WACHTWOORD)
        assert client.get("/")["Location"].startswith("/identiteit/tweede-factor/instellen/")
    with override_settings(**provider.instellingen(OIDC_MFA_AMR=[]), **VERPLICHT):
        client.logout()
        sso_inloggen(client, "bram", WACHTWOORD)
        assert client.get("/")["Location"].startswith("/identiteit/tweede-factor/instellen/")


def test_token_van_een_andere_issuer_geweigerd(
    client: Client, provider: Provider, maak_gebruiker: Callable[..., Any], caplog: Any
) -> None:
    g = maak_gebruiker("beleidsmedewerker", gebruikersnaam="bram")
    g.email = "bram@minbzk.nl"
    g.save()
    eindpunten = {
        "OIDC_OP_AUTHORIZATION_ENDPOINT": f"{provider.issuer}/authorize",
        "OIDC_OP_TOKEN_ENDPOINT": f"{provider.issuer}/token",
        "OIDC_OP_USER_ENDPOINT": f"{provider.issuer}/userinfo",
        "OIDC_OP_JWKS_ENDPOINT": f"{provider.issuer}/jwks",
    }
    with override_settings(**provider.instellingen(OIDC_ISSUER="https://login.elders.example"), **eindpunten):
        assert sso_inloggen(client, "bram", WACHTWOORD)["Location"] == "/inloggen/"
    assert "andere provider (iss)" in caplog.text
    assert not client.session.get("_auth_user_id")
    with override_settings(**provider.instellingen(OIDC_RP_CLIENT_ID="een-ander-systeem")):
        client.get("/identiteit/sso/start/")  # the provider does not know this client: no code
    assert not SsoKoppeling.objects.exists()


def test_inlogpagina_zonder_lokaal_inloggen(
    client: Client, provider: Provider, maak_gebruiker: Callable[..., Any]
) -> None:
    with override_settings(**provider.instellingen(), LOKAAL_INLOGGEN=False):
        pagina = client.get("/inloggen/").content.decode()
        assert "Inloggen met single sign-on" in pagina
        assert 'name="password"' not in pagina
        maak_gebruiker("beleidsmedewerker", gebruikersnaam="lokaal")
        antwoord = client.post("/inloggen/", {"username": "lokaal", "password": "een-lang-wachtwoord-2027"})
        assert antwoord.status_code == 302
        assert not client.session.get("_auth_user_id")
        assert "staat uit" in client.get("/inloggen/").content.decode()
    with override_settings(**provider.instellingen()):
        pagina = client.get("/inloggen/?next=/profiel/").content.decode()
        assert "Inloggen met single sign-on" in pagina and 'name="password"' in pagina
        assert "/identiteit/sso/start/?next=%2Fprofiel%2F" in pagina


def test_zonder_sso_instellingen_geen_knop(client: Client) -> None:
    assert "single sign-on" not in client.get("/inloggen/").content.decode()
    assert client.get("/identiteit/sso/start/")["Location"] == "/inloggen/"
