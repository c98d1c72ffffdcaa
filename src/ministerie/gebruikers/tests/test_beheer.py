"""Creating, changing and deactivating users; nobody changes their own roles, units or
clearance; every change in the audit trail with before and after."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from ministerie.core import audit
from ministerie.core.models import AuditRecord, Gebruiker
from ministerie.core.rubricering import Rubricering
from ministerie.gebruikers import services


def _laatste(actie: str) -> AuditRecord:
    return AuditRecord.objects.filter(actie=actie).latest("volgnummer")


def test_aanmaken_zonder_wachtwoord_met_instellink_en_audit(beheerder: Any, eenheid: Any) -> None:
    uitkomst = services.maak_gebruiker(
        door=beheerder,
        gebruikersnaam="jjansen",
        voornaam="Jan",
        achternaam="Jansen",
        email="j.jansen@example.nl",
        rollen=["beleidsmedewerker"],
        eenheden=[eenheid],
        clearance=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK,
    )
    g = uitkomst.gebruiker
    assert not g.has_usable_password() and g.is_active and g.herkomst == "lokaal"
    assert g.clearance == Rubricering.DEPARTEMENTAAL_VERTROUWELIJK  # below four eyes: at once
    assert uitkomst.aanvraag is None
    assert uitkomst.instelpad and uitkomst.instelpad.startswith("/instellen/")
    record = _laatste("gebruiker_aangemaakt")
    assert record.actor_naam.startswith("beheer-a")
    assert record.gegevens["voor"] is None
    assert record.gegevens["na"]["rollen"] == ["beleidsmedewerker"]
    assert record.gegevens["na"]["eenheden"] == ["dgoo"]
    assert record.gegevens["na"]["clearance"] == "Departementaal Vertrouwelijk"
    assert AuditRecord.objects.filter(actie="instellink_uitgegeven", object_id=str(g.pk)).exists()
    assert "instellen" not in str(record.gegevens)  # the link itself is never stored


def test_aanmaken_weigert_dubbele_gereserveerde_en_ongeldige_namen(beheerder: Any, eenheid: Any) -> None:
    services.maak_gebruiker(
        door=beheerder, gebruikersnaam="piet", rollen=["secretariaat"], eenheden=[eenheid]
    )
    for naam, fout in [("Piet", "al in gebruik"), ("mij", "gereserveerd"), ("met spatie", "geen spaties")]:
        with pytest.raises(ValidationError, match=fout):
            services.maak_gebruiker(
                door=beheerder, gebruikersnaam=naam, rollen=["secretariaat"], eenheden=[eenheid]
            )
    with pytest.raises(ValidationError, match="Onbekende rol"):
        services.maak_gebruiker(
            door=beheerder, gebruikersnaam="klaas", rollen=["anoniem"], eenheden=[eenheid]
        )
    assert not Gebruiker.objects.filter(username="klaas").exists()


def test_alleen_de_functioneel_beheerder(maak_gebruiker: Any, eenheid: Any) -> None:
    directeur = maak_gebruiker("directeur", eenheden=["dgoo"])
    with pytest.raises(PermissionDenied):
        services.maak_gebruiker(
            door=directeur, gebruikersnaam="x", rollen=["secretariaat"], eenheden=[eenheid]
        )


def test_wijzigen_met_voor_en_na(beheerder: Any, eenheid: Any, maak_gebruiker: Any) -> None:
    g = maak_gebruiker("beleidsmedewerker", eenheden=["bzk"])
    uitkomst = services.wijzig_gebruiker(
        g,
        door=beheerder,
        rollen=["beleidsmedewerker", "secretariaat"],
        eenheden=[eenheid],
        email="n@example.nl",
    )
    assert set(uitkomst.gewijzigd) == {"rollen", "eenheden", "email"}
    g.refresh_from_db()
    assert g.rolcodes() == {"beleidsmedewerker", "secretariaat"}
    record = _laatste("gebruiker_gewijzigd")
    assert record.gegevens["voor"]["rollen"] == ["beleidsmedewerker"]
    assert record.gegevens["na"]["rollen"] == ["beleidsmedewerker", "secretariaat"]
    assert record.gegevens["voor"]["eenheden"] == ["bzk"] and record.gegevens["na"]["eenheden"] == ["dgoo"]
    aantal = AuditRecord.objects.count()
    assert services.wijzig_gebruiker(g, door=beheerder, email="n@example.nl").gewijzigd == []
    assert AuditRecord.objects.count() == aantal  # nothing changed, nothing recorded


def test_niemand_wijzigt_zijn_eigen_rollen_eenheden_of_rubricering(beheerder: Any, eenheid: Any) -> None:
    for velden in (
        {"rollen": ["functioneel_beheerder", "secretaris_generaal"]},
        {"eenheden": [eenheid]},
        {"clearance": Rubricering.STG_ZEER_GEHEIM},
        {"clearance": Rubricering.INTERN},
    ):
        with pytest.raises(PermissionDenied, match="eigen rollen, eenheden en rubricering"):
            services.wijzig_gebruiker(beheerder, door=beheerder, **velden)
    # the own name may change, and the same roles again are no change
    services.wijzig_gebruiker(beheerder, door=beheerder, voornaam="Anna", rollen=["functioneel_beheerder"])
    beheerder.refresh_from_db()
    assert beheerder.first_name == "Anna" and beheerder.clearance == Rubricering.STG_GEHEIM
    with pytest.raises(PermissionDenied, match="eigen account niet deactiveren"):
        services.deactiveer(beheerder, door=beheerder)


def test_deactiveren_nooit_verwijderen(beheerder: Any, maak_gebruiker: Any) -> None:
    g = maak_gebruiker("beleidsmedewerker", eenheden=["bzk"])
    services.deactiveer(g, door=beheerder)
    g.refresh_from_db()
    assert not g.is_active and g.gedeactiveerd_op is not None
    record = _laatste("gebruiker_gedeactiveerd")
    assert record.gegevens["voor"]["actief"] is True and record.gegevens["na"]["actief"] is False
    with pytest.raises(ValidationError, match="al gedeactiveerd"):
        services.deactiveer(g, door=beheerder)
    with pytest.raises(ValidationError, match="gedeactiveerd"):
        services.wijzig_gebruiker(g, door=beheerder, voornaam="X")
    services.heractiveer(g, door=beheerder)
    g.refresh_from_db()
    assert g.is_active and g.gedeactiveerd_op is None
    assert audit.verifieer().intact
