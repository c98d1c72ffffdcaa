"""Written questions: the 3-week term, the answer as a memo through the routing, uitstel,
the date sent, and the lists."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from ministerie.core.models import AuditRecord
from ministerie.core.werk import werk_voor
from ministerie.parlement import services
from ministerie.parlement.models import Kamervragen
from ministerie.parlement.overzicht import kamervragen_lijsten
from ministerie.stukken.models import Nota

from .helpers import maak_kamervragen, teken


def test_cli_termijn_kamervragen() -> None:
    """Acceptance: `ministerie termijn kamervragen 2026-12-01` prints 2026-12-22."""
    uit = subprocess.run(
        [sys.executable, "-m", "ministerie.cli", "termijn", "kamervragen", "2026-12-01"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "2026-12-22" in uit


def test_termijn_drie_weken_zonder_atw(mensen: dict[str, Any], e: Any) -> None:
    kv = maak_kamervragen(mensen["pz"], e)
    assert kv.uiterste_datum == date(2026, 12, 22)
    assert kv.valt_op_vrije_dag == ""
    assert kv.vragen.count() == 2
    assert AuditRecord.objects.filter(actie="kamervragen_geregistreerd").count() == 1


def test_vrijdag_voor_kerst_toont_gewone_datum_en_meldt_feestdag(mensen: dict[str, Any], e: Any) -> None:
    """Received Friday 4 December 2026: three weeks later is Friday 25 December, Eerste
    Kerstdag. The date stays (no Atw) and the holiday is flagged."""
    kv = maak_kamervragen(mensen["pz"], e, ontvangen_op=date(2026, 12, 4))
    assert kv.uiterste_datum == date(2026, 12, 25)
    assert "kerst" in kv.valt_op_vrije_dag.lower()
    # the Friday right before Christmas: 8 January 2027, an ordinary Friday, no flag
    kv2 = maak_kamervragen(mensen["pz"], e, nummer="2026Z20002", ontvangen_op=date(2026, 12, 18))
    assert kv2.uiterste_datum == date(2027, 1, 8)
    assert kv2.valt_op_vrije_dag == ""


def test_alleen_pz_registreert(mensen: dict[str, Any], e: Any) -> None:
    with pytest.raises(PermissionDenied):
        maak_kamervragen(mensen["beleid"], e)
    with pytest.raises(ValidationError):
        maak_kamervragen(mensen["pz"], e, vragen=["  "])
    with pytest.raises(ValidationError):
        maak_kamervragen(mensen["pz"], e, bewindspersoon=e("woningbouw"))


def test_antwoord_via_nota_door_bewindspersoon_getekend(mensen: dict[str, Any], e: Any) -> None:
    kv = maak_kamervragen(mensen["pz"], e, ontvangen_op=timezone.localdate() - timedelta(days=5))
    # another directie cannot draft the answer
    with pytest.raises(PermissionDenied):
        services.maak_antwoordnota(kv, door=mensen["czw"])
    nota = services.maak_antwoordnota(kv, door=mensen["beleid"])
    assert nota.soort == Nota.Soort.ANTWOORD_KAMERVRAGEN
    assert nota.uiterste_beslisdatum == kv.uiterste_datum
    assert [s.houder.username for s in nota.stappen.order_by("niveau")][-2:] == ["pz", "minister"]
    with pytest.raises(ValidationError, match="getekend"):
        services.registreer_antwoord_verzonden(kv, door=mensen["pz"], verzonden_op=timezone.localdate())
    teken(nota)
    services.registreer_antwoord_verzonden(kv, door=mensen["pz"], verzonden_op=timezone.localdate())
    kv.refresh_from_db()
    assert kv.status == Kamervragen.Status.VERZONDEN
    assert not kv.te_laat_verzonden
    with pytest.raises(ValidationError):
        services.registreer_antwoord_verzonden(kv, door=mensen["pz"], verzonden_op=timezone.localdate())


def test_uitstelbericht(mensen: dict[str, Any], e: Any) -> None:
    kv = maak_kamervragen(mensen["pz"], e, ontvangen_op=timezone.localdate() - timedelta(days=20))
    with pytest.raises(ValidationError):
        services.meld_uitstel(kv, door=mensen["beleid"], reden="", verwacht_op=None)
    verwacht = timezone.localdate() + timedelta(days=14)
    services.meld_uitstel(kv, door=mensen["beleid"], reden="Afstemming met VWS", verwacht_op=verwacht)
    kv.refresh_from_db()
    assert kv.status == Kamervragen.Status.UITSTEL
    assert kv.uitstel_verwacht_op == verwacht
    # Mijn werk shows the expected date after uitstel
    item = [i for i in werk_voor(mensen["beleid"]) if i.soort == "Kamervragen"][0]
    assert item.uiterste_datum == verwacht


def test_lijsten_en_mijn_werk(mensen: dict[str, Any], e: Any) -> None:
    vandaag = timezone.localdate()
    laat = maak_kamervragen(mensen["pz"], e, nummer="A", ontvangen_op=vandaag - timedelta(days=30))
    open_ = maak_kamervragen(mensen["pz"], e, nummer="B", ontvangen_op=vandaag - timedelta(days=2))
    verzonden = maak_kamervragen(
        mensen["pz"], e, nummer="C", ontvangen_op=vandaag - timedelta(days=40), trekker=e("czw")
    )
    nota = services.maak_antwoordnota(verzonden, door=mensen["czw"])
    teken(nota)
    services.registreer_antwoord_verzonden(verzonden, door=mensen["pz"], verzonden_op=vandaag)
    lijsten = kamervragen_lijsten()
    assert list(lijsten["te_laat"]) == [laat]
    assert list(lijsten["open"]) == [open_]
    assert list(lijsten["te_laat_verzonden"]) == [verzonden]
    # the sub-unit's policy officer sees the directie's questions; CZW does not
    titels = [i.titel for i in werk_voor(mensen["beleid"])]
    assert any(t.startswith("A ") for t in titels) and any(t.startswith("B ") for t in titels)
    assert not any(i.soort == "Kamervragen" for i in werk_voor(mensen["czw"]))
    # a co-directie sees them too, after assignment
    services.wijs_kamervragen_toe(open_, door=mensen["pz"], trekker=e("woningbouw"), medetrekkers=[e("czw")])
    assert any(i.soort == "Kamervragen" for i in werk_voor(mensen["czw"]))


def test_lijstpagina_per_directie(client: Any, mensen: dict[str, Any], e: Any) -> None:
    maak_kamervragen(mensen["pz"], e, nummer="X1")
    maak_kamervragen(mensen["pz"], e, nummer="X2", trekker=e("czw"))
    client.force_login(mensen["directeur"])
    inhoud = client.get("/parlement/kamervragen/?directie=czw").content.decode()
    assert "X2" in inhoud and "X1</a>" not in inhoud
