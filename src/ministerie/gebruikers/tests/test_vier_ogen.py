"""Four eyes: a raise of a clearance to Stg. Confidentieel or higher waits for a second
functioneel beheerder (not the requester, not the subject); until then the old one holds."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from ministerie.core.models import AuditRecord
from ministerie.core.rubricering import Rubricering
from ministerie.core.werk import werk_voor
from ministerie.gebruikers import services
from ministerie.gebruikers.models import Clearanceaanvraag

S = Clearanceaanvraag.Status


def test_verhoging_wacht_en_wordt_door_een_tweede_beheerder_goedgekeurd(
    beheerder: Any, tweede_beheerder: Any, maak_gebruiker: Any
) -> None:
    g = maak_gebruiker(
        "beleidsmedewerker", eenheden=["bzk"], clearance=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
    )
    uitkomst = services.wijzig_gebruiker(g, door=beheerder, clearance=Rubricering.STG_CONFIDENTIEEL)
    aanvraag = uitkomst.aanvraag
    assert aanvraag is not None and aanvraag.status == S.OPEN
    g.refresh_from_db()
    assert g.clearance == Rubricering.DEPARTEMENTAAL_VERTROUWELIJK  # the old clearance holds

    # on "Mijn werk" of the second administrator, not of the requester
    assert any(i.soort == "Rubricering goedkeuren" for i in werk_voor(tweede_beheerder))
    assert not any(i.soort == "Rubricering goedkeuren" for i in werk_voor(beheerder))

    with pytest.raises(PermissionDenied, match="zelf gedaan"):
        services.keur_goed(aanvraag, door=beheerder)
    with pytest.raises(PermissionDenied, match="zelf gedaan"):
        services.wijs_af(aanvraag, door=beheerder)
    services.keur_goed(aanvraag, door=tweede_beheerder)
    g.refresh_from_db()
    assert g.clearance == Rubricering.STG_CONFIDENTIEEL
    record = AuditRecord.objects.filter(actie="clearance_aanvraag_goedgekeurd").get()
    assert record.actor_naam.startswith("beheer-b")
    assert record.gegevens["voor"]["clearance"] == "Departementaal Vertrouwelijk"
    assert record.gegevens["na"]["clearance"] == "Stg. Confidentieel"
    with pytest.raises(ValidationError, match="al goedgekeurd"):
        services.keur_goed(aanvraag, door=tweede_beheerder)


def test_niet_over_zichzelf(beheerder: Any, tweede_beheerder: Any, maak_gebruiker: Any) -> None:
    """The command line asks a raise for B; B may not approve it, A may."""
    aanvraag = services.wijzig_gebruiker(
        tweede_beheerder, door="ministerie gebruiker", clearance=Rubricering.STG_ZEER_GEHEIM
    ).aanvraag
    assert aanvraag is not None and aanvraag.aangevraagd_door is None and aanvraag.herkomst == "opdrachtregel"
    with pytest.raises(PermissionDenied, match="over uzelf"):
        services.keur_goed(aanvraag, door=tweede_beheerder)
    with pytest.raises(PermissionDenied):
        services.keur_goed(aanvraag, door="ministerie gebruiker")
    services.wijs_af(aanvraag, door=beheerder, toelichting="Niet nodig voor de functie.")
    tweede_beheerder.refresh_from_db()
    assert tweede_beheerder.clearance == Rubricering.STG_GEHEIM
    assert AuditRecord.objects.filter(actie="clearance_aanvraag_afgewezen").get().gegevens["toelichting"]


def test_nieuwe_gebruiker_met_hoge_rubricering_begint_als_intern(beheerder: Any, eenheid: Any) -> None:
    uitkomst = services.maak_gebruiker(
        door=beheerder,
        gebruikersnaam="geheim",
        rollen=["directeur"],
        eenheden=[eenheid],
        clearance=Rubricering.STG_GEHEIM,
    )
    assert uitkomst.gebruiker.clearance == Rubricering.INTERN
    assert uitkomst.aanvraag is not None and uitkomst.aanvraag.naar == Rubricering.STG_GEHEIM


def test_zelfde_aanvraag_nogmaals_verandert_niets_en_een_andere_vervangt(
    beheerder: Any, maak_gebruiker: Any
) -> None:
    g = maak_gebruiker("directeur", eenheden=["bzk"])
    eerste = services.wijzig_gebruiker(g, door=beheerder, clearance=Rubricering.STG_CONFIDENTIEEL).aanvraag
    assert (
        services.wijzig_gebruiker(g, door=beheerder, clearance=Rubricering.STG_CONFIDENTIEEL).aanvraag is None
    )
    assert Clearanceaanvraag.objects.count() == 1
    tweede = services.wijzig_gebruiker(g, door=beheerder, clearance=Rubricering.STG_GEHEIM).aanvraag
    assert eerste is not None and tweede is not None
    eerste.refresh_from_db()
    assert eerste.status == S.VERVALLEN and tweede.status == S.OPEN
    # a direct change (no four eyes needed) lets the open request lapse
    services.wijzig_gebruiker(g, door=beheerder, clearance=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK)
    tweede.refresh_from_db()
    g.refresh_from_db()
    assert tweede.status == S.VERVALLEN and g.clearance == Rubricering.DEPARTEMENTAAL_VERTROUWELIJK


def test_verlagen_gaat_direct(beheerder: Any, maak_gebruiker: Any) -> None:
    g = maak_gebruiker("directeur", eenheden=["bzk"], clearance=Rubricering.STG_GEHEIM)
    assert (
        services.wijzig_gebruiker(g, door=beheerder, clearance=Rubricering.STG_CONFIDENTIEEL).aanvraag is None
    )
    g.refresh_from_db()
    assert g.clearance == Rubricering.STG_CONFIDENTIEEL


def test_deactiveren_laat_de_aanvraag_vervallen(
    beheerder: Any, tweede_beheerder: Any, maak_gebruiker: Any
) -> None:
    g = maak_gebruiker("directeur", eenheden=["bzk"])
    aanvraag = services.wijzig_gebruiker(g, door=beheerder, clearance=Rubricering.STG_CONFIDENTIEEL).aanvraag
    services.deactiveer(g, door=beheerder)
    assert aanvraag is not None
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.VERVALLEN
    with pytest.raises(ValidationError, match="vervallen"):
        services.keur_goed(aanvraag, door=tweede_beheerder)
