from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client, override_settings
from django.urls import reverse

from ministerie.core.demo import lees_demo
from ministerie.core.models import Gebruiker
from ministerie.core.permissiematrix import ANONIEM, matrix

# every test here starts from the BZK organisation (the shared ``bzk`` fixture, root conftest)
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("bzk")]


def test_demo_accounts_alleen_in_de_demo_omgeving() -> None:
    with override_settings(DEMO=False), pytest.raises(CommandError, match="MINISTERIE_DEMO=1"):
        call_command("demo", "laad")
    assert not Gebruiker.objects.exists()


@override_settings(DEMO=True)
def test_demo_laad_is_idempotent_en_dekt_elke_rol() -> None:
    call_command("demo", "laad")
    call_command("demo", "laad")
    gebruikers = Gebruiker.objects.all()
    assert gebruikers.count() == len(lees_demo()["accounts"])
    assert all(g.is_demo for g in gebruikers)
    rollen = {r for g in gebruikers for r in g.rolcodes()}
    assert rollen == set(matrix().rollen) - {ANONIEM}
    assert all(g.eenheden.exists() for g in gebruikers)
    minister = Gebruiker.objects.get(username="minister")
    assert minister.persoon is not None and minister.persoon.naam == "Hanke Bruins Slot"
    assert str(minister) == "Hanke Bruins Slot"
    assert "fictief" in str(Gebruiker.objects.get(username="beleid"))


@override_settings(DEMO=True)
def test_demo_is_op_elk_scherm_zichtbaar(client: Client) -> None:
    call_command("demo", "laad")
    html = client.get(reverse("core:inloggen")).content.decode()
    assert "Demo-omgeving" in html
    assert lees_demo()["wachtwoord"] in html
    assert "Hanke Bruins Slot" in html
    client.post(
        reverse("core:inloggen"),
        {"username": "minister", "password": lees_demo()["wachtwoord"]},
    )
    assert "Demo-omgeving" in client.get(reverse("core:mijn-werk")).content.decode()


@override_settings(DEMO=False)
def test_buiten_de_demo_geen_demo_melding(client: Client) -> None:
    assert "Demo-omgeving" not in client.get(reverse("core:inloggen")).content.decode()
