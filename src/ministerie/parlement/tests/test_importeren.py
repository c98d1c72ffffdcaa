"""Import: documented JSON and CSV formats, idempotent, all-or-nothing naming the record."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command

from ministerie.parlement.importeren import Importfout, importeer
from ministerie.parlement.models import Kamervragen, Motie, Toezegging

VOORBEELDEN = Path(__file__).resolve().parents[4] / "data" / "voorbeelden" / "parlement"


def test_json_voorbeeld_en_tweede_keer_verandert_niets(mensen: dict[str, Any]) -> None:
    inhoud = (VOORBEELDEN / "import.json").read_bytes()
    verslag = importeer(inhoud, "import.json", door=mensen["pz"])
    assert verslag.telling["kamervragen"]["nieuw"] == 1
    assert verslag.telling["toezeggingen"]["nieuw"] == 1
    assert verslag.telling["moties"]["nieuw"] == 1
    kv = Kamervragen.objects.get(nummer="2026Z21001")
    assert kv.uiterste_datum == date(2026, 12, 11)
    assert [m.code for m in kv.medetrekkers.all()] == ["czw"]
    assert kv.vragen.count() == 2
    tz = Toezegging.objects.get(nummer="TZ202611-001")
    assert tz.uiterste_datum == date(2027, 7, 1) and tz.termijn_tekst == "voor de zomer"
    assert Motie.objects.get(nummer="36600-VII-12").uitslag == "aangenomen"

    tweede = importeer(inhoud, "import.json", door=mensen["pz"])
    assert all(t["nieuw"] == 0 and t["gewijzigd"] == 0 for t in tweede.telling.values())
    assert Kamervragen.objects.count() == 1 and Toezegging.objects.count() == 1

    data = json.loads(inhoud)
    data["kamervragen"][0]["onderwerp"] = "Nieuw onderwerp"
    data["kamervragen"][0]["vragen"].append("Een derde vraag?")
    derde = importeer(json.dumps(data).encode(), "import.json", door=mensen["pz"])
    assert derde.telling["kamervragen"]["gewijzigd"] == 1
    assert Kamervragen.objects.get(nummer="2026Z21001").vragen.count() == 3


def test_csv_voorbeeld(mensen: dict[str, Any]) -> None:
    verslag = importeer((VOORBEELDEN / "import.csv").read_bytes(), "import.csv", door=mensen["pz"])
    assert verslag.telling["kamervragen"]["nieuw"] == 1
    kv = Kamervragen.objects.get(nummer="2026Z21002")
    assert kv.vragen.count() == 2
    assert kv.vragenstellers == [{"naam": "G. Mulder (voorbeeld)", "fractie": "Fractie G"}]
    assert Toezegging.objects.get(nummer="TZ202611-002").uiterste_datum == date(2026, 12, 31)
    assert Motie.objects.get(nummer="36600-VII-13").uitslag == "aangehouden"
    again = importeer((VOORBEELDEN / "import.csv").read_bytes(), "import.csv", door=mensen["pz"])
    assert sum(t["ongewijzigd"] for t in again.telling.values()) == 3


def test_fout_record_weigert_alles_en_noemt_het(mensen: dict[str, Any]) -> None:
    with pytest.raises(Importfout) as fout:
        importeer((VOORBEELDEN / "import-fout.json").read_bytes(), "import-fout.json", door=mensen["pz"])
    tekst = str(fout.value)
    assert "toezeggingen[2] (TK TZ202611-004)" in tekst and "gedaan_op" in tekst
    assert Toezegging.objects.count() == 0  # the first, correct record is not written either


@pytest.mark.parametrize(
    ("inhoud", "verwacht"),
    [
        (b"{niet json", "geen geldige JSON"),
        (b'{"onbekend": []}', "verwacht een object"),
        (b"kolom;andere\n1;2\n", "kolom 'soort'"),
        (b"soort;nummer\nbrief;1\n", "onbekende soort"),
        (
            b'{"moties": [{"nummer": "1", "dictum": "x", "ingediend_op": "2026-01-01", '
            b'"bewindspersoon": "woningbouw", "verantwoordelijke": "nergens", "indieners": []}]}',
            "geen portefeuille",
        ),
    ],
)
def test_misvormde_invoer(mensen: dict[str, Any], inhoud: bytes, verwacht: str) -> None:
    with pytest.raises(Importfout, match=verwacht):
        importeer(inhoud, "bestand", door=mensen["pz"])


def test_recht_en_cli(mensen: dict[str, Any], capsys: Any) -> None:
    with pytest.raises(PermissionDenied):
        importeer(b"{}", "x.json", door=mensen["beleid"])
    call_command("parlement", "importeer", str(VOORBEELDEN / "import.json"))
    assert "1 nieuw" in capsys.readouterr().out
    with pytest.raises(CommandError, match="toezeggingen\\[2\\]"):
        call_command("parlement", "importeer", str(VOORBEELDEN / "import-fout.json"))


def test_uploadpagina(client: Any, mensen: dict[str, Any]) -> None:
    client.force_login(mensen["pz"])
    with open(VOORBEELDEN / "import.json", "rb") as bestand:
        antwoord = client.post("/parlement/importeren/", {"bestand": bestand})
    assert antwoord.status_code == 200
    assert "1 nieuw" in antwoord.content.decode()
    with open(VOORBEELDEN / "import-fout.json", "rb") as bestand:
        antwoord = client.post("/parlement/importeren/", {"bestand": bestand})
    assert "Niets geïmporteerd" in antwoord.content.decode()
    assert "TZ202611-004" in antwoord.content.decode()


def test_te_groot_importbestand_wordt_geweigerd_voor_het_lezen(settings: Any) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from ministerie.parlement.formulieren import IMPORT_MAX_MB, ImportFormulier

    groot = SimpleUploadedFile("groot.json", b"{}")
    groot.size = IMPORT_MAX_MB * 1024 * 1024 + 1
    formulier = ImportFormulier(data={}, files={"bestand": groot})
    assert not formulier.is_valid()
    assert "te groot" in formulier.errors["bestand"][0]
