"""The BZK budget data set: every figure checked against the dossier text, loaded whole or not at
all, idempotent and audited; `ministerie begroting toon VII --jaar 2022 --json`."""

from __future__ import annotations

import json
import os
import re
import shutil
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from ministerie.begroting.dataset import lees_map
from ministerie.begroting.laden import laad
from ministerie.begroting.models import Agentschap, Artikel, Basisbedrag, Begroting, Bevinding, Risicoregeling
from ministerie.core.models import AuditRecord
from ministerie.organisatie.dataset import Laadfout

from .hulp import DATA

MAP = DATA / "begroting"
# The dossier text, when this machine has it (MINISTERIE_DOSSIER or the project's seed file).
DOSSIER = Path(os.environ.get("MINISTERIE_DOSSIER", "/work/shared/seeds/000_893bd2c9fdaa6efc.txt"))

# The dossier's 2022 figures (5.1, 5.2), transcribed by hand a second time, in millions.
HOOFDSTUKKEN = {"IIA": 184, "IIB": 152, "IV": 376, "VII": 8058, "B": 35597, "C": 2541}
ARTIKELEN_VII = {1: 87, 2: 345, 3: 4499 + 133, 4: 445, 5: 123, 6: 216, 7: 194, 8: 1124, 9: 137, 11: 584}


def _getal(tekst: str) -> Decimal:
    """The amount in a dossier quote: '€ 8.058' -> 8058, '€ 202,4 mld.' -> 202.4."""
    getal = r"(\d{1,3}(?:\.\d{3})*(?:,\d+)?)"
    treffer = re.findall("€ ?" + getal, tekst) or re.findall(getal, tekst)
    return Decimal(treffer[0].replace(".", "").replace(",", "."))


def _vlak(tekst: str) -> str:
    # the PDF text breaks words over lines ("onvol-/komenheden", "begrotings/hoofdstuk"):
    # compare without any whitespace and without those line-break hyphens
    return re.sub(r"\s+", "", re.sub(r"-\s*\n", "", tekst.replace("\u00ad", "")))


def test_de_bedragen_in_de_bestanden_zijn_die_van_het_dossier() -> None:
    d = lees_map(MAP)
    assert {h.code: h.totaal for h in d.hoofdstukken} == {c: m * 1000 for c, m in HOOFDSTUKKEN.items()}
    # 5.1: "een totaalbedrag van € 46,9 mld. aan uitgaven"
    assert round(sum(HOOFDSTUKKEN.values()) / 1000, 1) == 46.9
    vii = {a.nummer: a for a in d.artikelen if a.hoofdstuk == "VII"}
    for nummer, mln in ARTIKELEN_VII.items():
        [bedrag_2022] = [b for b in vii[nummer].bedragen if b.jaar == 2022]
        assert bedrag_2022.bedrag == mln * 1000, nummer
    # every figure's quote holds that very figure
    for h in d.hoofdstukken:
        assert _getal(h.citaat) * 1000 == h.totaal
    for a in d.artikelen:
        for b in a.bedragen:
            for o in b.onderdelen:
                assert _getal(o.citaat) * 1000 == o.bedrag
            if b.citaat:
                assert _getal(b.citaat) * 1000 == b.bedrag, (a.nummer, b.citaat)
    for ag in d.agentschappen:
        if ag.omzet is not None:
            assert _getal(ag.citaat) * 1000 == ag.omzet
    assert sum(a.omzet or 0 for a in d.agentschappen) <= 2_600_000  # "afgerond € 2,6 mld."
    assert len(d.agentschappen) == 8  # "BZK heeft in totaal acht agentschappen"
    for r in d.risicoregelingen:
        getal = _getal(r.citaat)
        factor = 10**9 if "mld" in r.citaat else 10**6 if "mln" in r.citaat else 1
        assert getal * factor == r.bedrag_euro, r.code
    aantallen = {(b.hoofdstuk, b.aantal) for b in d.bevindingen}
    assert aantallen == {("VII", 10), ("IV", 1), ("IIA", 2), ("IIB", 4)}


@pytest.mark.skipif(not DOSSIER.is_file(), reason="de tekst van het dossier is hier niet aanwezig")
def test_elk_citaat_staat_letterlijk_in_het_dossier() -> None:
    dossier = _vlak(DOSSIER.read_text(encoding="utf-8"))
    d = lees_map(MAP)
    citaten = [h.citaat for h in d.hoofdstukken]
    citaten += [b.citaat for a in d.artikelen for b in a.bedragen if b.citaat]
    citaten += [o.citaat for a in d.artikelen for b in a.bedragen for o in b.onderdelen]
    citaten += [a.citaat for a in d.agentschappen if a.citaat]
    citaten += [r.citaat for r in d.risicoregelingen] + [b.citaat for b in d.bevindingen]
    ontbrekend = [c for c in citaten if _vlak(c) not in dossier]
    assert not ontbrekend


@pytest.mark.django_db
def test_laden_is_idempotent_en_geaudit() -> None:
    verslag = laad(MAP, door="test")
    assert verslag.aangemaakt["artikel"] == 16 and verslag.aangemaakt["begroting"] == 6
    assert "eenheid 'dgaivd'" in verslag.samenvatting()  # the organisation is not loaded here
    aantal = AuditRecord.objects.count()
    assert aantal >= 6 + 16
    assert laad(MAP, door="test").ongewijzigd
    assert AuditRecord.objects.count() == aantal
    assert Bevinding.objects.count() == 17 and Agentschap.objects.count() == 8
    assert Risicoregeling.objects.get(code="wew-nhg").bedrag_euro == 202_400_000_000
    standen = {
        b.hoofdstuk.code: list(b.standen.values_list("moment", flat=True)) for b in Begroting.objects.all()
    }
    assert all(m == ["ontwerpbegroting"] for m in standen.values())


@pytest.mark.django_db
def test_een_fout_in_de_gegevens_laadt_niets(tmp_path: Path) -> None:
    kopie = tmp_path / "begroting"
    shutil.copytree(MAP, kopie)
    artikelen = kopie / "artikelen.yaml"
    artikelen.write_text(
        artikelen.read_text(encoding="utf-8").replace("mln: 1124", "mln: 1125"), encoding="utf-8"
    )
    with pytest.raises(Laadfout, match="tellen op tot 8059 mln, het hoofdstuk noemt 8058 mln"):
        laad(kopie, door="test")
    artikelen.write_text(
        artikelen.read_text(encoding="utf-8").replace("soort: beleidsartikel", "soort: beleid", 1),
        encoding="utf-8",
    )
    with pytest.raises(Laadfout, match=r"artikelen.yaml, regel \d+: onbekende soort 'beleid'"):
        laad(kopie, door="test")
    assert not Artikel.objects.exists() and not Basisbedrag.objects.exists()


@pytest.mark.django_db
def test_een_correctie_in_de_bestanden_wordt_als_wijziging_geladen(tmp_path: Path) -> None:
    kopie = tmp_path / "begroting"
    shutil.copytree(MAP, kopie)
    laad(kopie, door="test")
    pad = kopie / "artikelen.yaml"
    pad.write_text(
        pad.read_text(encoding="utf-8").replace(
            "naam: Uitvoering Rijksvastgoedbeleid", "naam: Uitvoering rijksvastgoedbeleid"
        ),
        encoding="utf-8",
    )
    verslag = laad(kopie, door="test")
    assert verslag.gewijzigd["artikel"] == 1
    assert AuditRecord.objects.filter(actie="begroting_artikel_gewijzigd").count() == 1


def test_toon_vii_2022_json_geeft_de_artikelen_die_optellen_tot_het_totaal(begroting_bzk: Begroting) -> None:
    uit = StringIO()
    call_command("begroting", "toon", "VII", "--jaar", "2022", "--json", stdout=uit)
    document = json.loads(uit.getvalue())
    assert document["hoofdstuk"] == "VII" and document["stand"]["moment"] == "ontwerpbegroting"
    bedragen = {a["nummer"]: a["uitgaven"]["2022"] for a in document["artikelen"]}
    for nummer, mln in ARTIKELEN_VII.items():
        assert bedragen[nummer] == mln * 1000
    assert sum(bedragen.values()) == document["vastgelegdTotaal"] == 8_058_000
    assert document["somUitgaven"] == 8_058_000 and document["verschil"] == 0
    # the one line not from the dossier says so and explains the gap
    [restant] = [a for a in document["artikelen"] if not a["uitDossier"]]
    assert restant["nummer"] == 99 and restant["uitgaven"]["2022"] == 171_000
    assert "7.303" in restant["opmerking"] and "584" in restant["opmerking"]
    assert "niet in" in document["toelichting"] or "staan er niet in" in document["toelichting"]


def test_toon_als_tekst_en_foutmeldingen(begroting_bzk: Begroting) -> None:
    uit = StringIO()
    call_command("begroting", "toon", "vii", "--jaar", "2022", stdout=uit)
    assert "Groningen versterken en perspectief" in uit.getvalue()
    assert "Totaal artikelen: € 8.058 mln" in uit.getvalue()
    with pytest.raises(CommandError, match="Geen begroting 2031 voor hoofdstuk VII"):
        call_command("begroting", "toon", "VII", "--jaar", "2031")


@pytest.mark.django_db
def test_laad_commando(tmp_path: Path) -> None:
    uit = StringIO()
    call_command("begroting", "laad", str(MAP), stdout=uit)
    assert "artikel: 16 nieuw" in uit.getvalue()
    with pytest.raises(CommandError, match="Niet geladen, er is niets gewijzigd"):
        call_command("begroting", "laad", str(tmp_path / "bestaat-niet"))
