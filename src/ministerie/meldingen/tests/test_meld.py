"""The service other parts call: ``meld`` makes one notification per recipient and event."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied

from ministerie.core.models import AuditRecord
from ministerie.meldingen import services
from ministerie.meldingen.models import Melding, Meldingsvoorkeur

pytestmark = pytest.mark.django_db


def test_een_melding_per_actieve_ontvanger(medewerker: Any) -> None:
    a, b, weg = medewerker("a"), medewerker("b"), medewerker("weg")
    weg.is_active = False
    weg.save()
    gemaakt = services.meld([a, b, a, None, weg], "beslist", "Nota 12 is besloten", "/stukken/notas/12/")
    assert sorted(m.ontvanger.username for m in gemaakt) == ["a", "b"]
    assert Melding.objects.count() == 2
    melding = Melding.objects.get(ontvanger=a)
    assert (melding.soort, melding.link, melding.gelezen_op, melding.gemaild_op) == (
        "beslist",
        "/stukken/notas/12/",
        None,
        None,
    )


def test_dezelfde_gebeurtenis_geeft_geen_tweede_melding(medewerker: Any) -> None:
    a = medewerker("a")
    services.meld(a, "teruggestuurd", "Nota 7 teruggestuurd", "/n/7/", sleutel="nota:7:terug:1")
    assert services.meld(a, "teruggestuurd", "Nota 7 teruggestuurd", "/n/7/", sleutel="nota:7:terug:1") == []
    melding = Melding.objects.get()
    services.markeer_gelezen(melding, door=a)
    # with a key: never again, also after reading
    assert services.meld(a, "teruggestuurd", "Nota 7 teruggestuurd", "/n/7/", sleutel="nota:7:terug:1") == []
    # a new event (another key) is a new notification
    assert (
        len(services.meld(a, "teruggestuurd", "Nota 7 teruggestuurd", "/n/7/", sleutel="nota:7:terug:2")) == 1
    )


def test_zonder_sleutel_geen_dubbele_ongelezen_melding(medewerker: Any) -> None:
    a = medewerker("a")
    eerste = services.meld(a, "verlopen", "Termijn verlopen: Woo-verzoek 3", "/woo/3/")
    assert services.meld(a, "verlopen", "Termijn verlopen: Woo-verzoek 3", "/woo/3/") == []
    services.markeer_gelezen(eerste[0], door=a)
    assert len(services.meld(a, "verlopen", "Termijn verlopen: Woo-verzoek 3", "/woo/3/")) == 1


@pytest.mark.parametrize("link", ["https://elders.example/x", "//elders.example/x", "stukken/1", "/\\elders"])
def test_alleen_links_naar_deze_site(medewerker: Any, link: str) -> None:
    with pytest.raises(ValueError, match="deze site"):
        services.meld(medewerker("a"), "beslist", "Titel", link)
    assert not Melding.objects.exists()


def test_onbekende_soort_en_lege_titel_worden_geweigerd(medewerker: Any) -> None:
    a = medewerker("a")
    with pytest.raises(ValueError, match="soort"):
        services.meld(a, "gezellig", "Titel", "/")
    with pytest.raises(ValueError, match="titel"):
        services.meld(a, "beslist", "   ", "/")


def test_het_object_geeft_soort_id_en_rubricering(medewerker: Any) -> None:
    a = medewerker("a")
    services.meld(a, "afgedaan", "Afgedaan", "/x/", over=a)
    melding = Melding.objects.get()
    assert (melding.object_type, melding.object_id) == ("core.Gebruiker", str(a.pk))
    assert melding.rubricering == 10  # the object has no rubricering: Intern


def test_alleen_de_eigen_melding_markeren(medewerker: Any) -> None:
    a, b = medewerker("a"), medewerker("b")
    services.meld([a, b], "getekend", "Brief getekend", "/b/1/")
    van_a = Melding.objects.get(ontvanger=a)
    with pytest.raises(PermissionDenied):
        services.markeer_gelezen(van_a, door=b)
    assert services.open_melding(van_a, door=a) == "/b/1/"
    assert Melding.objects.get(ontvanger=a).gelezen_op is not None
    assert services.markeer_alles_gelezen(door=b) == 1
    assert services.markeer_alles_gelezen(door=b) == 0


def test_voorkeur_wijzigen_staat_in_de_audittrail(medewerker: Any) -> None:
    a = medewerker("a")
    services.wijzig_voorkeur(door=a, email="direct")
    services.wijzig_voorkeur(door=a, email="direct")  # unchanged: no second record
    assert Meldingsvoorkeur.objects.get(gebruiker=a).email == "direct"
    records = AuditRecord.objects.filter(actie="meldingsvoorkeur_gewijzigd")
    assert [r.gegevens for r in records] == [{"van": "dagelijks", "naar": "direct"}]
    with pytest.raises(ValueError):
        services.wijzig_voorkeur(door=a, email="elk-uur")
