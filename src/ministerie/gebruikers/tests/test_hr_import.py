"""The import from the HR system's CSV export (format: docs/gebruikers.md, example:
voorbeeld_hr.csv): validated whole, a dry run, idempotent, leavers deactivated, raises wait."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ministerie.core.models import AuditRecord, Gebruiker
from ministerie.core.rubricering import Rubricering
from ministerie.gebruikers import hr_import, services
from ministerie.gebruikers.hr_import import Importfout, importeer
from ministerie.gebruikers.models import Clearanceaanvraag

VOORBEELD = Path(__file__).with_name("voorbeeld_hr.csv")
CLI = "ministerie gebruiker"


@pytest.fixture
def register(db: Any) -> None:
    """The units and the person the example file names (codes as in data/bzk-2021)."""
    from ministerie.organisatie.models import Eenheid, Persoon

    for code in ("dgoo", "czw", "czw-juridisch-advies", "fez", "ba-pzmo", "minister-bzk", "cio-i"):
        Eenheid.objects.get_or_create(code=code, defaults={"naam": code.upper(), "soort": "directie"})
    Persoon.objects.get_or_create(code="hanke-bruins-slot", defaults={"naam": "Hanke Bruins Slot"})


def _regels(*extra: str, zonder: tuple[str, ...] = ()) -> bytes:
    regels = [r for r in VOORBEELD.read_text(encoding="utf-8").splitlines() if r.split(";")[0] not in zonder]
    return ("\n".join([*regels, *extra]) + "\n").encode()


def test_proef_laat_zien_en_schrijft_niets(register: None) -> None:
    voor = AuditRecord.objects.count()
    verslag = importeer(door=CLI, inhoud=VOORBEELD.read_bytes(), bestandsnaam="hr.csv", proef=True)
    assert verslag.proef and verslag.aantal("aanmaken") == 5  # kmeijer left in 2021: not made
    assert {w.gebruikersnaam for w in verslag.wijzigingen} == {
        "jdevries",
        "sbakker",
        "mjansen",
        "pvisser",
        "hbruinsslot",
    }
    pvisser = next(w for w in verslag.wijzigingen if w.gebruikersnaam == "pvisser")
    assert "Stg. Confidentieel wacht op goedkeuring" in "; ".join(pvisser.details)
    assert "5 aangemaakt" in verslag.samenvatting() and "niets opgeslagen" in verslag.samenvatting()
    assert not Gebruiker.objects.exists() and AuditRecord.objects.count() == voor


def test_importeren_is_idempotent_en_verhogingen_wachten(register: None) -> None:
    verslag = importeer(door=CLI, inhoud=VOORBEELD.read_bytes(), bestandsnaam="hr.csv")
    assert verslag.aantal("aanmaken") == 5
    sbakker = Gebruiker.objects.get(username="sbakker")
    assert sbakker.herkomst == "hr" and not sbakker.has_usable_password()
    assert sbakker.clearance == Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
    assert sorted(sbakker.eenheden.values_list("code", flat=True)) == ["czw", "czw-juridisch-advies"]
    assert Gebruiker.objects.get(username="mjansen").rolcodes() == {"fez_medewerker", "secretariaat"}
    hanke = Gebruiker.objects.get(username="hbruinsslot")
    assert hanke.clearance == Rubricering.INTERN and hanke.persoon is not None
    open_ = Clearanceaanvraag.objects.filter(status="open")
    assert sorted(open_.values_list("gebruiker__username", "herkomst")) == [
        ("hbruinsslot", "hr-import"),
        ("pvisser", "hr-import"),
    ]
    assert AuditRecord.objects.filter(actie="gebruiker_aangemaakt", gegevens__via="hr-import").count() == 5
    assert AuditRecord.objects.filter(actie="hr_import_uitgevoerd").count() == 1

    voor = AuditRecord.objects.count()
    tweede = importeer(door=CLI, inhoud=VOORBEELD.read_bytes(), bestandsnaam="hr.csv")
    assert tweede.ongewijzigd and AuditRecord.objects.count() == voor
    assert Clearanceaanvraag.objects.count() == 2


def test_vertrekkers_worden_gedeactiveerd_lokale_accounts_niet(
    register: None, maak_gebruiker: Any, beheerder: Any
) -> None:
    importeer(door=CLI, inhoud=VOORBEELD.read_bytes())
    lokaal = maak_gebruiker("secretariaat", gebruikersnaam="lokaal")
    gedeactiveerd = Gebruiker.objects.get(username="jdevries")
    services.deactiveer(gedeactiveerd, door=beheerder)
    nieuw = (
        _regels(zonder=("sbakker",))
        .replace(
            b"fez_medewerker|secretariaat;departementaal vertrouwelijk;;",
            b"fez_medewerker;Intern;;2020-01-01",
        )
        .replace(b"j.devries@minbzk.nl", b"jan.devries@minbzk.nl")
    )
    verslag = importeer(door=CLI, inhoud=nieuw)
    assert {(w.gebruikersnaam, w.soort) for w in verslag.wijzigingen} == {
        ("sbakker", "deactiveren"),
        ("mjansen", "deactiveren"),
    }
    assert any("jdevries" in o and "heractiveert niet" in o for o in verslag.overgeslagen)
    assert not Gebruiker.objects.get(username="sbakker").is_active
    assert not Gebruiker.objects.get(username="mjansen").is_active
    assert not Gebruiker.objects.get(username="jdevries").is_active  # never reactivated by the import
    lokaal.refresh_from_db()
    assert lokaal.is_active


def test_een_lokaal_account_in_het_bestand_wordt_overgenomen_en_gewijzigd(
    register: None, maak_gebruiker: Any
) -> None:
    maak_gebruiker("secretariaat", eenheden=["dgoo"], gebruikersnaam="jdevries")
    verslag = importeer(door=CLI, inhoud=VOORBEELD.read_bytes(), proef=True)
    wijziging = next(w for w in verslag.wijzigingen if w.gebruikersnaam == "jdevries")
    assert wijziging.soort == "wijzigen"
    assert "rollen: secretariaat → beleidsmedewerker" in wijziging.details
    assert "voortaan beheerd via de HR-import (was lokaal)" in wijziging.details
    importeer(door=CLI, inhoud=VOORBEELD.read_bytes())
    jan = Gebruiker.objects.get(username="jdevries")
    assert jan.herkomst == "hr" and jan.rolcodes() == {"beleidsmedewerker"}
    record = AuditRecord.objects.filter(actie="gebruiker_gewijzigd", object_id=str(jan.pk)).get()
    assert record.gegevens["voor"]["rollen"] == ["secretariaat"] and record.gegevens["na"]["herkomst"] == "hr"


def test_fouten_met_regel_en_reden_niets_geschreven(register: None) -> None:
    slecht = _regels(
        "ajansen;A;Jansen;geen-adres;onbekend;beleidsmedewerker;Intern;;",
        "bjansen;B;Jansen;b@minbzk.nl;dgoo;koning;Geheim;;",
        "jdevries;J;de Vries;j@minbzk.nl;dgoo;beleidsmedewerker;Intern;;morgen",
        "cjansen;C;Jansen",
    )
    with pytest.raises(Importfout) as fout:
        importeer(door=CLI, inhoud=slecht, bestandsnaam="hr.csv")
    regels = fout.value.regels()
    assert any(r.startswith("hr.csv, regel 8:") and "geen geldig e-mailadres" in r for r in regels)
    assert any(r.startswith("hr.csv, regel 8:") and "eenheid 'onbekend'" in r for r in regels)
    assert any(r.startswith("hr.csv, regel 9:") and "onbekende rol 'koning'" in r for r in regels)
    assert any(
        r.startswith("hr.csv, regel 9:") and "Onbekend rubriceringsniveau 'Geheim'" in r for r in regels
    )
    assert any(r.startswith("hr.csv, regel 10:") and "staat al op regel 2" in r for r in regels)
    assert any(r.startswith("hr.csv, regel 11:") and "3 velden" in r for r in regels)
    assert not Gebruiker.objects.exists()


@pytest.mark.parametrize(
    ("inhoud", "reden"),
    [
        (b"", "leeg"),
        (b"gebruikersnaam;naam\njan;Jan\n", "kolommen ontbreken: voornaam"),
        (b"gebruikersnaam voornaam\n", "scheidt de kolommen niet"),
        (
            "gebruikersnaam;voornaam;achternaam;email;eenheden;rollen;clearance\nj;Jé;X;;dgoo;beleidsmedewerker;Intern\n".encode(
                "latin-1"
            ),
            "regel 2: het bestand is geen UTF-8",
        ),
        (
            b"gebruikersnaam;voornaam;achternaam;email;eenheden;rollen;clearance;salaris\n",
            "onbekende kolommen: 'salaris'",
        ),
    ],
)
def test_ongeldige_bestanden(register: None, inhoud: bytes, reden: str) -> None:
    with pytest.raises(Importfout) as fout:
        importeer(door=CLI, inhoud=inhoud, bestandsnaam="x.csv")
    assert reden in "\n".join(fout.value.regels())


def test_limieten(register: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hr_import, "MAX_REGELS", 3)
    with pytest.raises(Importfout, match="meer dan 3 regels"):
        importeer(door=CLI, inhoud=VOORBEELD.read_bytes())
    monkeypatch.setattr(hr_import, "MAX_BYTES", 200)
    with pytest.raises(Importfout, match="groter dan"):
        importeer(door=CLI, inhoud=VOORBEELD.read_bytes())
    assert not Gebruiker.objects.exists()


def test_de_importeur_wijzigt_zijn_eigen_rollen_niet(register: None, maak_gebruiker: Any) -> None:
    ik = maak_gebruiker("functioneel_beheerder", eenheden=["dgoo"], gebruikersnaam="jdevries")
    with pytest.raises(Importfout, match="eigen rollen"):
        importeer(door=ik, inhoud=VOORBEELD.read_bytes())
    assert Gebruiker.objects.count() == 1
    vertrek = VOORBEELD.read_bytes().replace(
        b"beleidsmedewerker;Intern;;\n", b"beleidsmedewerker;Intern;;2020-01-01\n", 1
    )
    with pytest.raises(Importfout, match="regel 2: dit is uw eigen account"):
        importeer(door=ik, inhoud=vertrek, bestandsnaam="hr.csv")
    ik.refresh_from_db()
    assert ik.is_active
