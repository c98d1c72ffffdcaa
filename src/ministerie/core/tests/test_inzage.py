"""Reads of items classified Departementaal Vertrouwelijk or higher are recorded."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied

from ministerie.core.models import AuditRecord
from ministerie.core.permissies import heeft_recht, vereis_inzage
from ministerie.core.rubricering import Rubricering, mag_inzien

pytestmark = pytest.mark.django_db


@dataclass
class Stuk:
    pk: int
    rubricering: int
    eenheid: Any = None

    def __str__(self) -> str:
        return f"stuk {self.pk}"


def test_inzage_van_departementaal_vertrouwelijk_wordt_vastgelegd(
    maak_gebruiker: Callable[..., Any],
) -> None:
    gebruiker = maak_gebruiker("directeur", clearance=Rubricering.STG_CONFIDENTIEEL)
    vereis_inzage(gebruiker, "organisatie.bekijken", Stuk(7, Rubricering.DEPARTEMENTAAL_VERTROUWELIJK))
    record = AuditRecord.objects.get(actie="inzage")
    assert record.actor_id == gebruiker.pk
    assert record.object_id == "7"
    assert record.rubricering == Rubricering.DEPARTEMENTAAL_VERTROUWELIJK


def test_inzage_van_intern_wordt_niet_vastgelegd(maak_gebruiker: Callable[..., Any]) -> None:
    gebruiker = maak_gebruiker("directeur")
    vereis_inzage(gebruiker, "organisatie.bekijken", Stuk(8, Rubricering.INTERN))
    assert not AuditRecord.objects.filter(actie="inzage").exists()


def test_te_hoog_gerubriceerd_wordt_geweigerd_en_niet_als_inzage_gelogd(
    maak_gebruiker: Callable[..., Any],
) -> None:
    gebruiker = maak_gebruiker("bewindspersoon", clearance=Rubricering.STG_CONFIDENTIEEL)
    with pytest.raises(PermissionDenied):
        vereis_inzage(gebruiker, "organisatie.bekijken", Stuk(9, Rubricering.STG_GEHEIM))
    assert not AuditRecord.objects.filter(actie="inzage").exists()


def test_scope_eigen_eenheid_kijkt_naar_onderliggende_eenheden(
    maak_gebruiker: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ministerie.core import permissiematrix
    from ministerie.organisatie.models import Eenheid

    dg = Eenheid.objects.create(code="dg", naam="DG", soort="directoraat_generaal")
    directie = Eenheid.objects.create(code="dir", naam="Directie", soort="directie", bovenliggende=dg)
    ander = Eenheid.objects.create(code="ander", naam="Ander", soort="directie")
    echte = permissiematrix.matrix()
    regel = permissiematrix.Actie("x.bewerken", "bewerken", frozenset({"directeur"}), "eigen_eenheid")
    monkeypatch.setattr(
        permissiematrix,
        "matrix",
        lambda: permissiematrix.Matrix(echte.rollen, {**echte.acties, "x.bewerken": regel}),
    )
    from ministerie.core import permissies

    monkeypatch.setattr(permissies, "matrix", permissiematrix.matrix)
    gebruiker = maak_gebruiker("directeur", eenheden=["dg"])
    assert heeft_recht(gebruiker, "x.bewerken", eenheid=directie)
    assert not heeft_recht(gebruiker, "x.bewerken", eenheid=ander)


@pytest.mark.parametrize(
    ("clearance", "rubricering", "verwacht"),
    [
        (Rubricering.STG_GEHEIM, Rubricering.STG_GEHEIM, True),
        (Rubricering.STG_GEHEIM, Rubricering.STG_ZEER_GEHEIM, False),
        (Rubricering.INTERN, Rubricering.OPENBAAR, True),
        (None, Rubricering.OPENBAAR, False),
        (Rubricering.STG_GEHEIM, None, False),
        (Rubricering.STG_GEHEIM, 35, False),
    ],
)
def test_rubricering_faalt_gesloten(clearance: Any, rubricering: Any, verwacht: bool) -> None:
    assert mag_inzien(clearance, rubricering) is verwacht
