"""The one-time set-up link: works once, expires after 72 hours, dies with deactivation, and the
password it sets passes the password rules."""

from __future__ import annotations

from typing import Any
from unittest import mock

from django.test import Client
from django.urls import reverse

from ministerie.core.models import AuditRecord
from ministerie.gebruikers import instellink, services

WACHTWOORD = "Zeer-lang-en-ongewoon-42!"


def _nieuw(beheerder: Any, eenheid: Any) -> tuple[Any, str]:
    uitkomst = services.maak_gebruiker(
        door=beheerder,
        gebruikersnaam="nieuweling",
        voornaam="Nina",
        rollen=["secretariaat"],
        eenheden=[eenheid],
    )
    assert uitkomst.instelpad is not None
    return uitkomst.gebruiker, uitkomst.instelpad


def test_de_link_werkt_een_keer(client: Client, beheerder: Any, eenheid: Any) -> None:
    gebruiker, pad = _nieuw(beheerder, eenheid)
    antwoord = client.get(pad)
    assert antwoord.status_code == 302 and "/wachtwoord/" in antwoord["Location"]  # the token leaves the URL
    formulier = client.get(antwoord["Location"])
    assert "Wachtwoord instellen" in formulier.content.decode()
    lang = "Ab1-" * 50
    te_lang = client.post(antwoord["Location"], {"new_password1": lang, "new_password2": lang})
    assert "hoogstens 128 tekens" in te_lang.content.decode()
    te_kort = client.post(antwoord["Location"], {"new_password1": "kort", "new_password2": "kort"})
    assert te_kort.status_code == 200 and "te kort: gebruik ten minste 12 tekens" in te_kort.content.decode()
    klaar = client.post(antwoord["Location"], {"new_password1": WACHTWOORD, "new_password2": WACHTWOORD})
    assert klaar.status_code == 302 and klaar["Location"] == reverse("core:inloggen")
    gebruiker.refresh_from_db()
    assert gebruiker.check_password(WACHTWOORD)
    assert AuditRecord.objects.filter(actie="wachtwoord_ingesteld_met_instellink").exists()
    # a second use: the password changed, so the token no longer fits
    tweede = Client().get(pad)
    assert tweede.status_code == 200 and "werkt niet (meer)" in tweede.content.decode()


def test_de_link_verloopt_en_sterft_bij_deactiveren(beheerder: Any, eenheid: Any) -> None:
    gebruiker, pad = _nieuw(beheerder, eenheid)
    token = pad.rstrip("/").rsplit("/", 1)[1]
    assert instellink.tokens.check_token(gebruiker, token)
    nu = instellink.tokens._now()
    with mock.patch.object(instellink.tokens, "_now", return_value=nu + instellink.GELDIGHEID * 1.01):
        assert not instellink.tokens.check_token(gebruiker, token)
    with mock.patch.object(instellink.tokens, "_now", return_value=nu + instellink.GELDIGHEID * 0.99):
        assert instellink.tokens.check_token(gebruiker, token)
    services.deactiveer(gebruiker, door=beheerder)
    gebruiker.refresh_from_db()
    assert not instellink.tokens.check_token(gebruiker, token)
    assert "werkt niet (meer)" in Client().get(pad).content.decode()


def test_geen_link_voor_wie_al_een_wachtwoord_heeft(beheerder: Any, maak_gebruiker: Any) -> None:
    import pytest
    from django.core.exceptions import ValidationError

    met_wachtwoord = maak_gebruiker("secretariaat")
    with pytest.raises(ValidationError, match="al een wachtwoord"):
        services.maak_instellink(met_wachtwoord, door=beheerder)


def test_een_nieuwe_link_op_de_pagina(client: Client, beheerder: Any, eenheid: Any) -> None:
    gebruiker, _ = _nieuw(beheerder, eenheid)
    client.force_login(beheerder)
    url = reverse("gebruikers:instellink", args=[gebruiker.username])
    assert "Maak een nieuwe instellink" in client.get(url).content.decode()
    pagina = client.post(url).content.decode()
    assert "/instellen/" in pagina and "alleen nu" in pagina
