"""The main menu: staff see the items their roles grant; a visitor who is not logged in sees only
the public side (issue 14 §6: no API documentation or deadline calculator for citizens)."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser

from ministerie.core.navigatie import menu_voor


def test_een_bezoeker_ziet_alleen_de_publieke_kant() -> None:
    assert [item.label for item in menu_voor(AnonymousUser())] == [
        "Woo-verzoek indienen",
        "Openbaar gemaakt",
        "Contact",
        "Klacht indienen",
    ]


@pytest.mark.django_db
def test_medewerkers_zien_hun_menu_zonder_de_publieke_items(maak_gebruiker: Any) -> None:
    labels = [item.label for item in menu_voor(maak_gebruiker("beleidsmedewerker"))]
    assert "Mijn werk" in labels and "Stukken" in labels
    assert "Woo-verzoek indienen" not in labels and "Openbaar gemaakt" not in labels
