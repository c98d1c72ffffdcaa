"""The page shell's identity, the one date format, and the Dutch filters for amounts, counts and
numbered items."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.test import Client, override_settings
from django.utils import formats, translation

from ministerie.core import context_processors
from ministerie.core.templatetags.opmaak import bedrag_kort, meervoud, natuurlijk, natuurlijke_sleutel

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("bedrag", "eenheid", "verwacht"),
    [
        (130_000_000, "", "€ 130 mln"),
        (4_600_000_000, "", "€ 4,6 mld"),
        (4_000_000_000, "", "€ 4 mld"),
        (4_649_999_999, "", "€ 4,6 mld"),
        (4_650_000_000, "", "€ 4,7 mld"),
        (12_345_000_000, "", "€ 12 mld"),
        (1_234_567_000_000, "", "€ 1.235 mld"),
        (2_450_000, "", "€ 2,5 mln"),
        (950_000, "", "€ 950.000"),
        (Decimal("12.40"), "", "€ 12"),
        (0, "", "€ 0"),
        (-130_000_000, "", "\u2212€ 130 mln"),
        (1_124_000, "duizend", "€ 1,1 mld"),  # budget data in thousands of euros
        (130, "miljoen", "€ 130 mln"),
        (None, "", "—"),
        ("", "", "—"),
        ("geen getal", "", "—"),
        (5, "onbekend", "—"),
    ],
)
def test_bedrag_kort(bedrag: Any, eenheid: str, verwacht: str) -> None:
    assert bedrag_kort(bedrag, eenheid) == verwacht.replace(" ", NBSP)


def test_bedrag_kort_breekt_niet_af() -> None:
    assert " " not in bedrag_kort(4_600_000_000)


@pytest.mark.parametrize(
    ("aantal", "verwacht"),
    [
        (0, "0 zaken"),
        (1, "1 zaak"),
        (2, "2 zaken"),
        (21, "21 zaken"),
        ([1], "1 zaak"),
        ([1, 2, 3], "3 zaken"),
    ],
)
def test_meervoud(aantal: Any, verwacht: str) -> None:
    assert meervoud(aantal, "zaak,zaken") == verwacht


def test_meervoud_met_een_vorm() -> None:
    assert meervoud(3, "schaap") == "3 schaap"


def test_natuurlijke_volgorde() -> None:
    items = ["Vraag 10", "vraag 2", "Vraag 1", "Vraag 2b", "Vraag 2a", "Bijlage", "10", "9"]
    assert sorted(items, key=natuurlijke_sleutel) == [
        "9", "10", "Bijlage", "Vraag 1", "vraag 2", "Vraag 2a", "Vraag 2b", "Vraag 10"
    ]  # fmt: skip


def test_natuurlijk_op_een_veld() -> None:
    class Punt:
        def __init__(self, nummer: str) -> None:
            self.nummer = nummer

    punten = [Punt("3.10"), Punt("3.9"), Punt("10.1"), Punt("3.1")]
    assert [p.nummer for p in natuurlijk(punten, "nummer")] == ["3.1", "3.9", "3.10", "10.1"]
    assert [d["n"] for d in natuurlijk([{"n": "12"}, {"n": "2"}], "n")] == ["2", "12"]


def test_filters_in_een_template() -> None:
    uit = Template(
        "{% load opmaak %}{{ b|bedrag_kort }}|{{ n|meervoud:'nota,nota’s' }}|"
        "{% for v in vragen|natuurlijk %}{{ v }} {% endfor %}"
    ).render(Context({"b": 130_000_000, "n": 2, "vragen": ["11", "2", "1"]}))
    assert uit == f"€{NBSP}130{NBSP}mln|2 nota’s|1 2 11 "


@pytest.fixture
def eigen_formaten() -> Iterator[None]:
    """The site's formats module, with Django's format cache emptied before and after (an
    earlier test may have filled it with Django's own nl formats)."""
    with override_settings(FORMAT_MODULE_PATH=["ministerie.core.formaten"]):
        formats.reset_format_cache()
        yield
    formats.reset_format_cache()


@pytest.mark.usefixtures("eigen_formaten")
def test_een_datumnotatie() -> None:
    moment = datetime(2026, 12, 7, 4, 18, tzinfo=ZoneInfo("Europe/Amsterdam"))
    template = Template(
        '{{ d }}|{{ d|date }}|{{ d|date:"SHORT_DATE_FORMAT" }}|{{ t|date:"DATETIME_FORMAT" }}|'
        '{{ t|date:"SHORT_DATETIME_FORMAT" }}'
    )
    with translation.override("nl"):
        uit = template.render(Context({"d": date(2026, 12, 7), "t": moment}))
    assert uit.split("|") == [
        "7 december 2026",
        "7 december 2026",
        "7 december 2026",
        "7 december 2026 04:18",
        "7 december 2026 04:18",
    ]


@pytest.mark.django_db
def test_kop_toont_de_organisatie_en_het_favicon(client: Client, maak_gebruiker: Callable[..., Any]) -> None:
    client.force_login(maak_gebruiker("beleidsmedewerker"))
    html = client.get("/").content.decode()
    assert 'class="kop__woordmerk">Ministerie van Binnenlandse Zaken en Koninkrijksrelaties' in html
    assert "core/merk/beeldmerk" in html
    assert 'rel="icon"' in html and "core/merk/favicon" in html
    assert 'class="kop__naam"' not in html  # no lower-case "ministerie" as a logo any more
    assert "core/formulieren" in html  # every page has the submit guard


@pytest.mark.django_db
def test_organisatie_en_logo_instelbaar(client: Client, maak_gebruiker: Callable[..., Any]) -> None:
    client.force_login(maak_gebruiker("beleidsmedewerker"))
    with override_settings(
        ORGANISATIE_NAAM="Ministerie van Voorbeeldzaken", ORGANISATIE_LOGO="/media/logo.svg"
    ):
        html = client.get("/").content.decode()
    assert '<img class="kop__logo" src="/media/logo.svg" alt="Ministerie van Voorbeeldzaken">' in html
    assert 'aria-label="Ministerie van Voorbeeldzaken, naar Mijn werk"' in html
    assert "kop__beeldmerk" not in html
    assert "Binnenlandse Zaken en Koninkrijksrelaties" not in html.split("<main")[0]


def test_logo_als_statisch_bestand(monkeypatch: pytest.MonkeyPatch) -> None:
    context_processors._logo_url.cache_clear()
    assert context_processors._logo_url("core/merk/favicon.svg").endswith("core/merk/favicon.svg")
    assert context_processors._logo_url("") == ""

    def ontbreekt(pad: str) -> str:
        raise ValueError(pad)

    monkeypatch.setattr(context_processors, "static", ontbreekt)
    context_processors._logo_url.cache_clear()
    assert context_processors._logo_url("huisstijl/weg.svg") == ""  # the default mark instead
    context_processors._logo_url.cache_clear()
