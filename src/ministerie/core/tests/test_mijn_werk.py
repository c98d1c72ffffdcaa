from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from ministerie.core.werk import Werkitem, registreer_bron, verwijder_bron, werk_voor

pytestmark = pytest.mark.django_db


@pytest.fixture
def bron() -> Iterator[None]:
    vandaag = timezone.localdate()

    def voorbeeldbron(gebruiker: Any) -> list[Werkitem]:
        return [
            Werkitem("Nota", "Later", "/later", vandaag + timedelta(days=10)),
            Werkitem("Nota", "Zonder termijn", "/geen"),
            Werkitem("Woo-verzoek", "Te laat", "/laat", vandaag - timedelta(days=2)),
            Werkitem("Kamervraag", "Vandaag", "/vandaag", vandaag),
        ]

    registreer_bron(voorbeeldbron)
    yield
    verwijder_bron(voorbeeldbron)


def test_werk_staat_op_volgorde_van_uiterste_datum(bron: None, maak_gebruiker: Callable[..., Any]) -> None:
    titels = [i.titel for i in werk_voor(maak_gebruiker("directeur"))]
    assert titels == ["Te laat", "Vandaag", "Later", "Zonder termijn"]


def test_te_late_items_zijn_gemarkeerd(bron: None, maak_gebruiker: Callable[..., Any]) -> None:
    items = {i.titel: i for i in werk_voor(maak_gebruiker("directeur"))}
    assert items["Te laat"].te_laat and items["Te laat"].dagen_over == -2
    assert not items["Vandaag"].te_laat
    assert items["Zonder termijn"].dagen_over is None


def test_pagina_toont_items_en_markering(
    bron: None, client: Client, maak_gebruiker: Callable[..., Any]
) -> None:
    client.force_login(maak_gebruiker("directeur"))
    html = client.get(reverse("core:mijn-werk")).content.decode()
    assert html.index("Te laat") < html.index("Vandaag") < html.index("Later")
    assert "te laat" in html


def test_lege_staat_is_duidelijk(client: Client, maak_gebruiker: Callable[..., Any]) -> None:
    client.force_login(maak_gebruiker("directeur"))
    html = client.get(reverse("core:mijn-werk")).content.decode()
    assert "Er wacht nu niets op u" in html


def test_werkitem_zonder_datum_is_nooit_te_laat() -> None:
    assert not Werkitem("x", "y", "/").te_laat
    assert Werkitem("x", "y", "/", date(2000, 1, 1)).te_laat
