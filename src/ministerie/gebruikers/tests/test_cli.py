"""The command-line contract: ``ministerie gebruiker maak|wijzig|deactiveer|lijst|importeer``."""

from __future__ import annotations

import importlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from ministerie.core.models import AuditRecord, Gebruiker
from ministerie.core.rubricering import Rubricering
from ministerie.gebruikers.models import Clearanceaanvraag

VOORBEELD = Path(__file__).with_name("voorbeeld_hr.csv")


def _run(*args: str) -> str:
    uit = io.StringIO()
    call_command("gebruiker", *args, stdout=uit)
    return uit.getvalue()


@pytest.fixture
def eenheden(db: Any) -> None:
    from ministerie.organisatie.models import Eenheid

    for code in ("dgoo", "czw"):
        Eenheid.objects.create(code=code, naam=code.upper(), soort="directie")


def test_maak_drukt_de_instellink_af_en_een_hoge_rubricering_wacht(eenheden: None) -> None:
    uit = _run(
        "maak", "jdevries", "--rol", "beleidsmedewerker", "--rol", "Secretariaat", "--eenheid", "dgoo",
        "--clearance", "stg. confidentieel", "--email", "j.devries@minbzk.nl",
    )  # fmt: skip
    g = Gebruiker.objects.get(username="jdevries")
    assert g.rolcodes() == {"beleidsmedewerker", "secretariaat"} and g.email == "j.devries@minbzk.nl"
    assert g.clearance == Rubricering.INTERN and not g.has_usable_password()
    assert "Gebruiker 'jdevries' aangemaakt" in uit
    assert (
        "Stg. Confidentieel wacht op de goedkeuring van een tweede functioneel beheerder in de pagina's"
        in uit
    )
    assert "/instellen/" in uit and "72 uur geldig" in uit
    aanvraag = Clearanceaanvraag.objects.get()
    assert aanvraag.aangevraagd_door_naam == "ministerie gebruiker" and aanvraag.herkomst == "opdrachtregel"
    assert AuditRecord.objects.get(actie="gebruiker_aangemaakt").actor_naam == "ministerie gebruiker"


def test_onbekende_rubricering_noemt_de_geldige_namen_met_code_2(eenheden: None) -> None:
    with pytest.raises(CommandError) as fout:
        _run("maak", "x", "--rol", "beleidsmedewerker", "--eenheid", "dgoo", "--clearance", "Geheim")
    assert fout.value.returncode == 2
    assert "Onbekend rubriceringsniveau 'Geheim'" in str(fout.value)
    for naam in ("'Intern'", "'Departementaal Vertrouwelijk'", "'Stg. Confidentieel'", "'Stg. Zeer Geheim'"):
        assert naam in str(fout.value)
    with pytest.raises(CommandError) as fout:
        _run("maak", "x", "--rol", "koning", "--eenheid", "nergens")
    assert (
        fout.value.returncode == 2 and "Rollen:" in str(fout.value) and "Eenheid 'nergens'" in str(fout.value)
    )
    assert not Gebruiker.objects.exists()


def test_wijzig_vervangt_voegt_toe_en_haalt_weg(eenheden: None) -> None:
    _run("maak", "piet", "--rol", "beleidsmedewerker", "--eenheid", "dgoo")
    _run(
        "wijzig", "piet", "--voeg-rol", "secretariaat", "--voeg-eenheid", "czw", "--verwijder-eenheid", "dgoo"
    )
    piet = Gebruiker.objects.get(username="piet")
    assert piet.rolcodes() == {"beleidsmedewerker", "secretariaat"}
    assert list(piet.eenheden.values_list("code", flat=True)) == ["czw"]
    uit = _run("wijzig", "piet", "--rol", "directeur", "--clearance", "DEPARTEMENTAAL VERTROUWELIJK")
    piet = Gebruiker.objects.get(username="piet")
    assert piet.rolcodes() == {"directeur"} and piet.clearance == Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
    assert "gewijzigd: rollen, clearance" in uit
    assert "Niets gewijzigd" in _run("wijzig", "piet", "--rol", "directeur")
    with pytest.raises(CommandError) as fout:
        _run("wijzig", "niemand", "--rol", "directeur")
    assert fout.value.returncode == 2 and "bestaat niet" in str(fout.value)


def test_deactiveer_en_lijst_json(eenheden: None) -> None:
    _run("maak", "anna", "--rol", "jurist_czw", "--eenheid", "czw", "--clearance", "Stg. Geheim")
    _run("maak", "bert", "--rol", "beleidsmedewerker", "--eenheid", "dgoo", "--eenheid", "czw")
    assert "gedeactiveerd" in _run("deactiveer", "bert")
    with pytest.raises(CommandError) as fout:
        _run("deactiveer", "bert")
    assert fout.value.returncode == 1 and "al gedeactiveerd" in str(fout.value)

    lijst = json.loads(_run("lijst", "--json"))
    assert isinstance(lijst, list) and [g["gebruikersnaam"] for g in lijst] == ["anna", "bert"]
    anna, bert = lijst
    assert set(anna) >= {"gebruikersnaam", "rollen", "eenheden", "clearance", "actief"}
    assert anna["rollen"] == ["jurist_czw"] and anna["eenheden"] == ["czw"]
    assert anna["clearance"] == "Intern" and anna["actief"] is True
    assert anna["clearance_aanvraag"]["naar"] == "Stg. Geheim"
    assert bert["eenheden"] == ["czw", "dgoo"] and bert["actief"] is False and bert["gedeactiveerd_op"]
    tekst = _run("lijst")
    assert "anna\t" in tekst and "(wacht: Stg. Geheim)" in tekst and "gedeactiveerd" in tekst


def test_importeer_met_proef(db: Any, tmp_path: Path) -> None:
    from ministerie.organisatie.models import Eenheid, Persoon

    for code in ("dgoo", "czw", "czw-juridisch-advies", "fez", "ba-pzmo", "minister-bzk", "cio-i"):
        Eenheid.objects.create(code=code, naam=code, soort="directie")
    Persoon.objects.create(code="hanke-bruins-slot", naam="Hanke Bruins Slot")
    uit = _run("importeer", str(VOORBEELD), "--proef")
    assert "Proef: er is niets opgeslagen" in uit and "aangemaakt: pvisser (regel 5)" in uit
    assert not Gebruiker.objects.exists()
    uit = _run("importeer", str(VOORBEELD))
    assert "Geïmporteerd: 5 aangemaakt" in uit and "wachten op de goedkeuring" in uit
    assert "0 aangemaakt, 0 gewijzigd, 0 gedeactiveerd" in _run("importeer", str(VOORBEELD))
    fout_bestand = tmp_path / "fout.csv"
    fout_bestand.write_text(
        VOORBEELD.read_text() + "x;X;X;;nergens;beleidsmedewerker;Intern;;\n", encoding="utf-8"
    )
    with pytest.raises(CommandError) as fout:
        _run("importeer", str(fout_bestand))
    assert fout.value.returncode == 2
    assert f"{fout_bestand}, regel 8: eenheid 'nergens'" in str(fout.value) and "niets gewijzigd" in str(
        fout.value
    )


def test_als_echt_commando() -> None:
    """The console script itself: the Dutch error on stderr and exit code 2, before any database
    is touched; the help of ``ministerie`` lists the command."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "ministerie.conf.test"}
    uitkomst = subprocess.run(
        [sys.executable, "-m", "ministerie.cli", "gebruiker", "maak", "x", "--rol", "directeur",
         "--eenheid", "dgoo", "--clearance", "topgeheim"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert uitkomst.returncode == 2, uitkomst.stderr
    assert uitkomst.stderr.startswith(
        "Fout: Onbekend rubriceringsniveau 'topgeheim'. Geldig zijn: 'Openbaar', 'Intern'"
    )
    # the help list of the console script (the composition root; imported by name, not by the part)
    assert "gebruiker" in importlib.import_module("ministerie.cli").EIGEN_COMMANDO_S
