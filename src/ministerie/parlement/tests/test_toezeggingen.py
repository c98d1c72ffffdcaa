"""Commitments: term phrase and derived date, status, and overdue ones on the dashboards."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from ministerie.core.werk import werk_voor
from ministerie.parlement import services
from ministerie.parlement.models import Toezegging


def _toezegging(pz: Any, e: Any, **extra: Any) -> Toezegging:
    velden = {
        "bewindspersoon": e("minister-bzk"),
        "gedaan_in": "Commissiedebat Wonen",
        "gedaan_op": timezone.localdate() - timedelta(days=100),
        "tekst": "De minister stuurt een brief over flexwonen.",
        "termijn_tekst": "binnen zes weken",
        "verantwoordelijke": e("woningbouw"),
    }
    velden.update(extra)
    return services.registreer_toezegging(door=pz, **velden)


def test_termijnzin_wordt_datum(mensen: dict[str, Any], e: Any) -> None:
    tz = _toezegging(mensen["pz"], e, gedaan_op=date(2026, 3, 10), termijn_tekst="voor de zomer")
    assert tz.uiterste_datum == date(2026, 7, 2)
    assert tz.termijn_tekst == "voor de zomer"
    assert "zomerreces" in tz.termijn_uitleg
    assert tz.nummer == "BZK-TZ-2026-0001"
    assert _toezegging(mensen["pz"], e, gedaan_op=date(2026, 3, 10)).nummer == "BZK-TZ-2026-0002"
    with pytest.raises(ValidationError, match="niet herkend"):
        _toezegging(mensen["pz"], e, termijn_tekst="ergens binnenkort")


def test_te_late_toezegging_bij_directeur_en_bewindspersoon(
    client: Any, mensen: dict[str, Any], e: Any
) -> None:
    """Acceptance: an overdue commitment appears on the responsible director's "Mijn werk"
    and on the bewindspersoon's overview."""
    tz = _toezegging(mensen["pz"], e)
    assert tz.te_laat
    niet_laat = _toezegging(mensen["pz"], e, gedaan_op=timezone.localdate(), tekst="Nog niet te laat.")

    items = [i for i in werk_voor(mensen["directeur"]) if i.url.endswith(f"/toezeggingen/{tz.pk}/")]
    assert len(items) == 1 and items[0].te_laat
    assert not any(i.url.endswith(f"/toezeggingen/{tz.pk}/") for i in werk_voor(mensen["czw"]))

    client.force_login(mensen["directeur"])
    pagina = client.get("/").content.decode()
    assert tz.nummer in pagina and "te laat" in pagina

    client.force_login(mensen["minister"])
    overzicht = client.get("/parlement/bewindspersoon/")
    assert overzicht.status_code == 200
    inhoud = overzicht.content.decode()
    assert tz.nummer in inhoud and "over de termijn" in inhoud
    assert inhoud.index(tz.nummer) < inhoud.index(niet_laat.nummer)
    # the bewindspersoon's own Mijn werk also shows the overdue one, not the one still in time
    nummers = [i.titel for i in werk_voor(mensen["minister"])]
    assert any(tz.nummer in t for t in nummers)
    assert not any(niet_laat.nummer in t for t in nummers)


def test_voldaan_verdwijnt_en_overgangen(mensen: dict[str, Any], e: Any) -> None:
    tz = _toezegging(mensen["pz"], e)
    services.wijzig_toezegging(tz, door=mensen["pz"], status="deels_voldaan", toelichting="Eerste brief")
    services.wijzig_toezegging(tz, door=mensen["pz"], status="voldaan")
    assert not any("Toezegging" in i.soort for i in werk_voor(mensen["directeur"]))
    with pytest.raises(ValidationError):
        services.wijzig_toezegging(tz, door=mensen["pz"], status="open")
