"""Entering changes: the rules in the service, the FEZ exception in the audit trail, and a first
suppletoire built from five changes (each moment is the previous one plus its changes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from ministerie.begroting.berekening import standen_met_bedragen, waterval
from ministerie.begroting.models import Begroting, Mutatie, Stand
from ministerie.begroting.services import Geweigerd, open_stand, sluit_stand, voer_mutaties_in
from ministerie.core.models import AuditRecord

from .hulp import artikel, mutatie

REDEN = "Kabinetsbesluit: de tegenvaller wordt centraal opgevangen in de Voorjaarsnota."


def _voorjaarsnota(begroting: Begroting, fez: Any) -> Stand:
    return open_stand(begroting, "eerste_suppletoire", door=fez)


def test_tegenvaller_zonder_dekking_wordt_geweigerd_met_reden(begroting_bzk: Begroting, fez: Any) -> None:
    stand = _voorjaarsnota(begroting_bzk, fez)
    with pytest.raises(Geweigerd) as info:
        voer_mutaties_in(stand, [mutatie("tegenvaller", "Huurtoeslag", (3, 2022, 15000))], door=fez)
    tekst = info.value.uitslag.overtredingen[0].tekst
    assert tekst.startswith("Eigen broek ophouden:")
    assert "€ 15 mln" in tekst and "hoofdstuk VII in 2022" in tekst
    assert not Mutatie.objects.exists()
    assert not AuditRecord.objects.filter(actie="begroting_mutatie_ingevoerd").exists()


def test_met_een_uitzondering_van_fez_wordt_de_tegenvaller_aanvaard_en_geaudit(
    begroting_bzk: Begroting, fez: Any
) -> None:
    stand = _voorjaarsnota(begroting_bzk, fez)
    [m] = voer_mutaties_in(
        stand,
        [mutatie("tegenvaller", "Huurtoeslag", (3, 2022, 15000))],
        door=fez,
        uitzondering_reden=REDEN,
    )
    assert m.uitzondering_regel == "eigen_broek_ophouden" and m.uitzondering_reden == REDEN
    record = AuditRecord.objects.get(actie="begroting_uitzondering_vastgelegd")
    assert record.gegevens["reden"] == REDEN
    assert record.gegevens["regels"] == ["eigen_broek_ophouden"]
    assert "€ 15 mln" in record.gegevens["weigering"][0]
    assert record.gegevens["mutaties"] == [m.pk]
    assert record.actor_id == fez.pk
    assert AuditRecord.objects.filter(actie="begroting_mutatie_ingevoerd", object_id=str(m.pk)).exists()


def test_een_uitzondering_vraagt_redenen_en_geldt_niet_voor_rekenregels(
    begroting_bzk: Begroting, fez: Any
) -> None:
    stand = _voorjaarsnota(begroting_bzk, fez)
    with pytest.raises(ValidationError, match="minstens 20 tekens"):
        voer_mutaties_in(
            stand, [mutatie("tegenvaller", "T", (3, 2022, 1))], door=fez, uitzondering_reden="omdat"
        )
    with pytest.raises(Geweigerd):  # a kasschuif that does not add up cannot be excused
        voer_mutaties_in(
            stand,
            [mutatie("kasschuif", "K", (4, 2022, -10), (4, 2023, 5))],
            door=fez,
            uitzondering_reden=REDEN,
        )


def test_alleen_fez_voert_in_en_maakt_uitzonderingen(
    begroting_bzk: Begroting, fez: Any, maak_gebruiker: Callable[..., Any]
) -> None:
    stand = _voorjaarsnota(begroting_bzk, fez)
    sg = maak_gebruiker("secretaris_generaal")
    with pytest.raises(PermissionDenied):
        voer_mutaties_in(stand, [mutatie("ombuiging", "O", (6, 2022, -1))], door=sg)
    with pytest.raises(PermissionDenied):
        open_stand(begroting_bzk, "nota_van_wijziging", door=sg)


def test_eerste_suppletoire_uit_vijf_mutaties_is_de_vorige_stand_plus_precies_die_mutaties(
    begroting_bzk: Begroting, fez: Any
) -> None:
    stand = _voorjaarsnota(begroting_bzk, fez)
    vijf = [
        mutatie("ombuiging", "Vertraging digitale inclusie", (6, 2022, -20000)),
        mutatie("tegenvaller", "Huurtoeslag", (3, 2022, 15000)),
        mutatie("kasschuif", "Isolatieprogramma", (4, 2022, -30000), (4, 2023, 30000)),
        mutatie("overboeking", "Naar verkiezingen", (7, 2022, -5000), (1, 2022, 5000)),
        mutatie("technische_mutatie", "Loon- en prijsbijstelling", (9, 2022, 2000)),
    ]
    voer_mutaties_in(stand, vijf[:1], door=fez)  # the cover first ...
    voer_mutaties_in(stand, vijf[1:], door=fez)  # ... then the rest, the tegenvaller covered
    ontwerp, suppletoir = standen_met_bedragen(begroting_bzk)
    verwacht = {  # article -> {year: change}
        6: {2022: -20000},
        3: {2022: 15000},
        4: {2022: -30000, 2023: 30000},
        7: {2022: -5000},
        1: {2022: 5000},
        9: {2022: 2000},
    }
    for a in begroting_bzk.hoofdstuk.artikelen.all():
        for jaar in begroting_bzk.jaren:
            voor = ontwerp.bedragen.get((a.pk, "uitgaven", jaar), 0)
            na = suppletoir.bedragen.get((a.pk, "uitgaven", jaar), 0)
            assert na == voor + verwacht.get(a.nummer, {}).get(jaar, 0), (a, jaar)
    # the chapter moves by exactly the sum of the changes
    verschil = suppletoir.totaal("uitgaven", 2022) - ontwerp.totaal("uitgaven", 2022)
    assert verschil == -20000 + 15000 - 30000 + 2000
    # the waterfall of article 4: previous moment + each change = new moment
    stappen = waterval(artikel("VII", 4), begroting_bzk, "uitgaven")
    assert [s.stand.moment for s in stappen] == ["ontwerpbegroting", "eerste_suppletoire"]
    stap = stappen[1]
    assert stap.vorige == {2022: 445000, 2023: None, 2024: None, 2025: None, 2026: 179000}
    assert [(w.mutatie.titel, w.per_jaar) for w in stap.wijzigingen] == [
        ("Isolatieprogramma", {2022: -30000, 2023: 30000})
    ]
    assert stap.nieuw[2022] == 415000 and stap.nieuw[2023] == 30000 and stap.nieuw[2026] == 179000
    assert Mutatie.objects.filter(stand=stand).count() == 5
    assert not Mutatie.objects.filter(buiten_besluitvormingsmoment=True).exists()


def test_overboeking_tussen_hoofdstukken_boekt_in_beide_standen(begroting_bzk: Begroting, fez: Any) -> None:
    stand = _voorjaarsnota(begroting_bzk, fez)
    [m] = voer_mutaties_in(
        stand,
        [mutatie("overboeking", "Naar IV", (2, 2022, -1000), (0, 2022, 1000, "uitgaven", "IV"))],
        door=fez,
    )
    assert m.tegenboeking_id is not None
    tegen = Mutatie.objects.get(pk=m.tegenboeking_id)
    assert tegen.stand.begroting.hoofdstuk.code == "IV" and tegen.stand.moment == "eerste_suppletoire"
    assert [r.bedrag for r in tegen.regels.all()] == [1000]
    assert [r.bedrag for r in m.regels.all()] == [-1000]
    iv = Begroting.objects.get(hoofdstuk__code="IV", jaar=2022)
    assert standen_met_bedragen(iv)[-1].totaal("uitgaven", 2022) == 376000 + 1000


def test_najaarsnota_markeert_intensiveringen(begroting_bzk: Begroting, fez: Any) -> None:
    _voorjaarsnota(begroting_bzk, fez)
    najaar = open_stand(begroting_bzk, "tweede_suppletoire", door=fez)
    [intensivering, ombuiging] = voer_mutaties_in(
        najaar,
        [
            mutatie("intensivering", "Extra", (1, 2022, 1000)),
            mutatie("ombuiging", "Dekking", (6, 2022, -1000)),
        ],
        door=fez,
    )
    assert intensivering.buiten_besluitvormingsmoment and ombuiging.buiten_besluitvormingsmoment


def test_volgorde_van_de_standen_is_een_tabel(begroting_bzk: Begroting, fez: Any) -> None:
    with pytest.raises(ValidationError, match="Na ontwerpbegroting kan geen slotwet volgen"):
        open_stand(begroting_bzk, "slotwet", door=fez)
    eerste = _voorjaarsnota(begroting_bzk, fez)
    open_stand(begroting_bzk, "incidentele_suppletoire", door=fez)
    with pytest.raises(ValidationError, match="geen nota van wijziging"):
        open_stand(begroting_bzk, "nota_van_wijziging", door=fez)
    assert open_stand(begroting_bzk, "tweede_suppletoire", door=fez).volgnummer == 4
    sluit_stand(eerste, door=fez)
    with pytest.raises(Geweigerd, match="afgesloten"):
        voer_mutaties_in(eerste, [mutatie("ombuiging", "O", (6, 2022, -1))], door=fez)
    basis = begroting_bzk.standen.get(volgnummer=1)
    with pytest.raises(Geweigerd, match="geladen basis"):
        voer_mutaties_in(basis, [mutatie("ombuiging", "O", (6, 2022, -1))], door=fez)
