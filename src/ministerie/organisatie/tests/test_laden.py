"""Loading the data files: idempotent, updates what changed, all or nothing on bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from ministerie.core.models import AuditRecord
from ministerie.organisatie.dataset import Laadfout, lees_map
from ministerie.organisatie.laden import laad
from ministerie.organisatie.models import Eenheid, Kengetal, Persoon, Positie, Sturingsrol

pytestmark = pytest.mark.django_db
VOORBEELD = Path(__file__).with_name("voorbeeld")


@pytest.fixture
def map_(tmp_path: Path) -> Path:
    doel = tmp_path / "data"
    shutil.copytree(VOORBEELD, doel)
    return doel


def _staat() -> list[tuple]:
    return [
        *Eenheid.objects.values_list(
            "code", "naam", "afkorting", "soort", "bovenliggende__code", "omschrijving", "zoektekst"
        ).order_by("code"),
        *Persoon.objects.values_list("code", "naam", "zoektekst").order_by("code"),
        *Positie.objects.values_list("eenheid__code", "persoon__code", "soort", "functie").order_by("pk"),
        *Kengetal.objects.values_list("eenheid__code", "naam", "waarde").order_by("pk"),
        *Sturingsrol.objects.values_list("organisatie__code", "rol", "eenheid__code").order_by("pk"),
    ]


def test_eerste_keer_laden_maakt_alles_aan(map_: Path) -> None:
    verslag = laad(map_, door="test")
    assert verslag.aangemaakt["eenheid"] == 4
    assert verslag.aangemaakt["persoon"] == 2
    assert verslag.aangemaakt["positie"] == 2
    assert verslag.aangemaakt["sturingsrol"] == 2
    woningbouw = Eenheid.objects.get(code="woningbouw")
    assert woningbouw.bovenliggende is not None and woningbouw.bovenliggende.code == "dg"
    assert woningbouw.bron == "dossier 4.4"
    assert woningbouw.kengetallen.get().toelichting == "ongeveer 120 fte"
    positie = woningbouw.posities.get()
    assert (positie.persoon.naam, positie.soort, positie.omschrijving) == (
        "Anna Bakker",
        "waarnemend",
        "waarnemend directeur",
    )
    assert AuditRecord.objects.filter(actie="organisatie_eenheid_aangemaakt").count() == 4


def test_tweede_keer_laden_verandert_niets(map_: Path) -> None:
    laad(map_, door="test")
    voor = _staat()
    audit_voor = AuditRecord.objects.count()
    verslag = laad(map_, door="test")
    assert verslag.ongewijzigd, verslag.samenvatting()
    assert _staat() == voor
    assert AuditRecord.objects.count() == audit_voor


def test_een_gewijzigd_bestand_werkt_alleen_het_verschil_bij(map_: Path) -> None:
    laad(map_, door="test")
    tekst = (map_ / "eenheden.yaml").read_text()
    tekst = tekst.replace("Directie Woningbouw", "Directie Woningbouw en Bouwen")
    tekst = tekst.replace(
        "- code: agentschap\n  naam: Rijksvoorbeeldbedrijf\n  soort: agentschap\n"
        '  valt_onder: dg\n  bron: {sectie: "4.10"}\n',
        "",
    )
    (map_ / "eenheden.yaml").write_text(tekst)
    (map_ / "sturing.yaml").write_text("")
    verslag = laad(map_, door="test")
    assert verslag.gewijzigd["eenheid"] == 1
    assert verslag.verwijderd["eenheid"] == 1
    assert verslag.verwijderd["sturingsrol"] == 2
    assert Eenheid.objects.get(code="woningbouw").naam == "Directie Woningbouw en Bouwen"
    wijziging = AuditRecord.objects.get(actie="organisatie_eenheid_gewijzigd")
    assert wijziging.gegevens["velden"]["naam"] == ["Directie Woningbouw", "Directie Woningbouw en Bouwen"]


@pytest.mark.parametrize(
    ("bestand", "van", "naar", "melding"),
    [
        ("eenheden.yaml", "soort: directie", "soort: directi", "regel 16: onbekende soort 'directi'"),
        (
            "eenheden.yaml",
            "valt_onder: dg\n  omschrijving",
            "valt_onder: xx\n  omschrijving",
            "valt onder onbekende eenheid 'xx'",
        ),
        ("eenheden.yaml", "persoon: anna-bakker", "persoon: niemand", "onbekende persoon 'niemand'"),
        ("eenheden.yaml", "waarde: 120", "waarde: veel", "'waarde' moet een getal zijn"),
        ("eenheden.yaml", '  bron: {sectie: "4.10"}', "  bron: {pagina: 3}", "veld 'sectie' ontbreekt"),
        ("eenheden.yaml", "code: agentschap", "code: dg", "code 'dg' komt dubbel voor"),
        ("eenheden.yaml", "valt_onder: min", "valt_onder: woningbouw", "onder zichzelf"),
        ("eenheden.yaml", "  naam: Directie Woningbouw", "  naam: [Directie", "geen geldige YAML"),
        ("eenheden.yaml", "omschrijving:", "beschrijving:", "onbekend veld beschrijving"),
        ("personen.yaml", "code: anna-bakker", "code: Anna Bakker", "geen geldige code"),
        ("sturing.yaml", "rol: eigenaar", "rol: baas", "onbekende rol 'baas'"),
    ],
)
def test_een_ongeldig_bestand_wordt_geheel_geweigerd(
    map_: Path, bestand: str, van: str, naar: str, melding: str
) -> None:
    laad(map_, door="test")
    (map_ / "eenheden.yaml").write_text(
        (map_ / "eenheden.yaml").read_text().replace("Ministerie van Voorbeeldzaken", "Ander ministerie")
    )
    voor = _staat()
    pad = map_ / bestand
    inhoud = pad.read_text()
    assert van in inhoud
    pad.write_text(inhoud.replace(van, naar, 1))
    with pytest.raises(Laadfout) as fout:
        laad(map_, door="test")
    assert melding in str(fout.value)
    assert str(fout.value).startswith(bestand)
    assert _staat() == voor, "een ongeldig bestand mag niets half laden"


def test_ontbrekend_bestand(tmp_path: Path) -> None:
    with pytest.raises(Laadfout, match="personen.yaml: bestand ontbreekt"):
        lees_map(tmp_path)


def test_commando_laad_en_fout(map_: Path) -> None:
    call_command("organisatie", "laad", str(map_))
    (map_ / "personen.yaml").write_text("- code: x\n  naam: X\n")
    with pytest.raises(CommandError, match="Niet geladen, er is niets gewijzigd. personen.yaml, regel 1"):
        call_command("organisatie", "laad", str(map_))
