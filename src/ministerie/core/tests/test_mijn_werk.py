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


# -- per role: what to act on first, "ter informatie" by the matrix; counts, filters, pages --------


@pytest.fixture
def gemengd() -> Iterator[None]:
    """Items to act on, an item the source marks as only followed, and one whose action the user
    may not take (``audit.verifieren`` is for the functioneel beheerder only)."""
    vandaag = timezone.localdate()

    def gemengde_bron(gebruiker: Any) -> list[Werkitem]:
        return [
            Werkitem("Toezegging", "Gevolgd", "/gevolgd", vandaag - timedelta(days=5), kan_handelen=False),
            Werkitem(
                "Controle", "Verifiëren", "/verifieren", vandaag - timedelta(days=4), actie="audit.verifieren"
            ),
            Werkitem("Nota", "Eigen later", "/eigen-later", vandaag + timedelta(days=3)),
            Werkitem("Nota", "Eigen laat", "/eigen-laat", vandaag - timedelta(days=1), actie="werk.bekijken"),
        ]

    registreer_bron(gemengde_bron)
    yield
    verwijder_bron(gemengde_bron)


def test_eerst_wat_de_gebruiker_moet_doen_dan_ter_informatie(
    gemengd: None, maak_gebruiker: Callable[..., Any]
) -> None:
    from ministerie.core.permissies import heeft_recht

    beleid = maak_gebruiker("beleidsmedewerker")
    assert not heeft_recht(beleid, "audit.verifieren")
    items = werk_voor(beleid)
    assert [(i.titel, i.ter_informatie) for i in items] == [
        ("Eigen laat", False),
        ("Eigen later", False),
        ("Gevolgd", True),
        ("Verifiëren", True),
    ]
    assert {i.bron for i in items} == {"core.tests.test_mijn_werk.gemengd.<locals>.gemengde_bron"}
    # the same item is work for who holds the right
    beheerder = {i.titel: i for i in werk_voor(maak_gebruiker("functioneel_beheerder"))}
    assert not beheerder["Verifiëren"].ter_informatie
    assert beheerder["Gevolgd"].ter_informatie


def test_pagina_telt_per_soort_en_markeert_ter_informatie(
    gemengd: None, client: Client, maak_gebruiker: Callable[..., Any]
) -> None:
    client.force_login(maak_gebruiker("beleidsmedewerker"))
    html = client.get(reverse("core:mijn-werk")).content.decode()
    assert "4 zaken wachten op u, waarvan 3 te laat" in html
    assert 'soort=Nota">Nota</a>: 2, waarvan 1 te laat' in html
    assert 'soort=Toezegging">Toezegging</a>: 1, waarvan 1 te laat (ter informatie)' in html
    tabel = html[html.index("<tbody") :]
    assert tabel.index("Eigen laat") < tabel.index("Eigen later") < tabel.index("Gevolgd")
    assert tabel.count("ter informatie</span>") == 2


def test_filter_op_soort_en_termijn(
    gemengd: None, client: Client, maak_gebruiker: Callable[..., Any]
) -> None:
    client.force_login(maak_gebruiker("beleidsmedewerker"))
    url = reverse("core:mijn-werk")
    tabel = lambda antwoord: antwoord.content.decode().split("<tbody", 1)[-1]  # noqa: E731
    nota = tabel(client.get(url, {"soort": "Nota"}))
    assert "Eigen laat" in nota and "Eigen later" in nota and "Gevolgd" not in nota
    laat = client.get(url, {"termijn": "te_laat"})
    assert "Eigen later" not in tabel(laat) and "Gevolgd" in tabel(laat)
    # the counts follow the term filter, and the kind links keep it
    assert 'href="?termijn=te_laat&amp;soort=Nota">Nota</a>: 1,' in laat.content.decode()
    beide = tabel(client.get(url, {"soort": "Nota", "termijn": "te_laat"}))
    assert "Eigen laat" in beide and "Eigen later" not in beide
    leeg = client.get(url, {"soort": "Bestaat niet"}).content.decode()
    assert "Niets gevonden met dit filter" in leeg
    # an unknown term is ignored rather than failing
    assert "Eigen later" in tabel(client.get(url, {"termijn": "<script>"}))


def test_deze_week_loopt_tot_en_met_zondag() -> None:
    from ministerie.core.werk import DEZE_WEEK, einde_week, past_bij_termijn

    woensdag = date(2026, 12, 9)
    assert einde_week(woensdag) == date(2026, 12, 13)
    assert einde_week(date(2026, 12, 13)) == date(2026, 12, 13)
    zondag = Werkitem("x", "y", "/", date(2026, 12, 13))
    maandag = Werkitem("x", "y", "/", date(2026, 12, 14))
    assert past_bij_termijn(zondag, DEZE_WEEK, woensdag)
    assert not past_bij_termijn(maandag, DEZE_WEEK, woensdag)
    assert not past_bij_termijn(Werkitem("x", "y", "/"), DEZE_WEEK, woensdag)


def test_bladeren_houdt_het_filter(client: Client, maak_gebruiker: Callable[..., Any]) -> None:
    vandaag = timezone.localdate()

    def veel(gebruiker: Any) -> list[Werkitem]:
        return [
            Werkitem("Nota", f"Nota {n:02d}", f"/n/{n}", vandaag + timedelta(days=n)) for n in range(30)
        ] + [Werkitem("Woo-verzoek", "Woo", "/woo")]

    registreer_bron(veel)
    try:
        client.force_login(maak_gebruiker("beleidsmedewerker"))
        eerste = client.get(reverse("core:mijn-werk"), {"soort": "Nota"}).content.decode()
        assert "Pagina 1 van 2" in eerste and "Nota 24" in eerste and "Nota 25" not in eerste
        assert 'href="?soort=Nota&amp;pagina=2"' in eerste
        tweede = client.get(reverse("core:mijn-werk"), {"soort": "Nota", "pagina": "2"}).content.decode()
        assert "Nota 29" in tweede and "Nota 24" not in tweede and 'href="/woo"' not in tweede
    finally:
        verwijder_bron(veel)
