"""The pages of user administration, with the test client (the browser journey is in
e2e/test_gebruikers.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from ministerie.core.models import Gebruiker
from ministerie.core.rubricering import Rubricering
from ministerie.gebruikers.models import Clearanceaanvraag

VOORBEELD = Path(__file__).with_name("voorbeeld_hr.csv")


def _client(gebruiker: Any) -> Client:
    client = Client()
    client.force_login(gebruiker)
    return client


def test_nieuwe_gebruiker_via_de_pagina_toont_de_link_een_keer(beheerder: Any, eenheid: Any) -> None:
    client = _client(beheerder)
    formulier = client.get(reverse("gebruikers:nieuw")).content.decode()
    assert 'name="rollen" value="beleidsmedewerker"' in formulier and 'value="dgoo"' in formulier
    fout = client.post(reverse("gebruikers:nieuw"), {"gebruikersnaam": "nina", "clearance": "Intern"})
    assert fout.status_code == 200 and "verbeter de gemarkeerde velden" in fout.content.decode()
    antwoord = client.post(
        reverse("gebruikers:nieuw"),
        {
            "gebruikersnaam": "nina",
            "achternaam": "Nieuw",
            "rollen": ["beleidsmedewerker", "secretariaat"],
            "eenheden": ["dgoo"],
            "clearance": "Stg. Confidentieel",
            "persoon": "",
        },
    )
    tekst = antwoord.content.decode()
    assert antwoord.status_code == 200 and "http://testserver/instellen/" in tekst and "alleen nu" in tekst
    assert "wacht op de goedkeuring van een tweede functioneel beheerder" in tekst
    nina = Gebruiker.objects.get(username="nina")
    assert nina.rolcodes() == {"beleidsmedewerker", "secretariaat"} and nina.clearance == Rubricering.INTERN
    pagina = client.get(reverse("gebruikers:gebruiker", args=["nina"])).content.decode()
    assert "/instellen/" not in pagina and "Nieuwe instellink" in pagina
    assert "zelf gedaan" in pagina  # the requester sees why there is no button


def test_goedkeuren_en_afwijzen_op_de_pagina(
    beheerder: Any, tweede_beheerder: Any, maak_gebruiker: Any
) -> None:
    from ministerie.gebruikers import services

    a = maak_gebruiker("directeur", gebruikersnaam="dir-a")
    b = maak_gebruiker("directeur", gebruikersnaam="dir-b")
    services.wijzig_gebruiker(a, door=beheerder, clearance=Rubricering.STG_CONFIDENTIEEL)
    services.wijzig_gebruiker(b, door=beheerder, clearance=Rubricering.STG_CONFIDENTIEEL)
    tweede = _client(tweede_beheerder)
    werk = tweede.get(reverse("core:mijn-werk")).content.decode()
    assert "Rubricering goedkeuren" in werk and "dir-a" in werk
    overzicht = tweede.get(reverse("gebruikers:overzicht")).content.decode()
    assert "Wacht op goedkeuring (2)" in overzicht and "Goedkeuren" in overzicht
    aanvraag_a = Clearanceaanvraag.objects.get(gebruiker=a)
    aanvraag_b = Clearanceaanvraag.objects.get(gebruiker=b)
    terug = reverse("gebruikers:overzicht")
    antwoord = tweede.post(reverse("gebruikers:aanvraag-goedkeuren", args=[aanvraag_a.pk]), {"terug": terug})
    assert antwoord.status_code == 302 and antwoord["Location"] == terug
    tweede.post(reverse("gebruikers:aanvraag-afwijzen", args=[aanvraag_b.pk]), {"toelichting": "Niet nodig."})
    a.refresh_from_db()
    b.refresh_from_db()
    assert a.clearance == Rubricering.STG_CONFIDENTIEEL and b.clearance == Rubricering.INTERN
    # the requester's own attempt is refused with a message
    eigen = _client(beheerder)
    c = maak_gebruiker("directeur", gebruikersnaam="dir-c")
    services.wijzig_gebruiker(c, door=beheerder, clearance=Rubricering.STG_GEHEIM)
    aanvraag_c = Clearanceaanvraag.objects.get(gebruiker=c)
    antwoord = eigen.post(reverse("gebruikers:aanvraag-goedkeuren", args=[aanvraag_c.pk]), follow=True)
    assert "zelf gedaan" in antwoord.content.decode()
    c.refresh_from_db()
    assert c.clearance == Rubricering.INTERN


def test_eigen_account_wijzigen_weigert_rollen(beheerder: Any, eenheid: Any) -> None:
    client = _client(beheerder)
    url = reverse("gebruikers:wijzigen", args=[beheerder.username])
    pagina = client.get(url).content.decode()
    assert "Dit is uw eigen account" in pagina
    antwoord = client.post(
        url,
        {"voornaam": "Anna", "rollen": ["functioneel_beheerder", "secretaris_generaal"], "eenheden": ["bzk"],
         "clearance": "Stg. Geheim"},
    )  # fmt: skip
    assert (
        antwoord.status_code == 200 and "eigen rollen, eenheden en rubricering" in antwoord.content.decode()
    )
    naam_alleen = {
        "voornaam": "Anna",
        "rollen": ["functioneel_beheerder"],
        "eenheden": ["bzk"],
        "clearance": "Stg. Geheim",
    }
    assert _client(beheerder).post(url, naam_alleen).status_code == 302
    beheerder.refresh_from_db()
    assert beheerder.first_name == "Anna" and beheerder.rolcodes() == {"functioneel_beheerder"}


def test_importeren_op_de_pagina(beheerder: Any, db: Any) -> None:
    from ministerie.organisatie.models import Eenheid, Persoon

    for code in ("dgoo", "czw", "czw-juridisch-advies", "fez", "ba-pzmo", "minister-bzk", "cio-i"):
        Eenheid.objects.get_or_create(code=code, defaults={"naam": code, "soort": "directie"})
    Persoon.objects.create(code="hanke-bruins-slot", naam="Hanke Bruins Slot")
    client = _client(beheerder)
    url = reverse("gebruikers:importeren")
    assert "uit_dienst" in client.get(url).content.decode()
    proef = client.post(url, {"bestand": SimpleUploadedFile("hr.csv", VOORBEELD.read_bytes()), "proef": "on"})
    tekst = proef.content.decode()
    assert (
        "Proef: dit zou er veranderen" in tekst
        and "pvisser" in tekst
        and not Gebruiker.objects.filter(username="pvisser").exists()
    )
    fout = client.post(
        url, {"bestand": SimpleUploadedFile("hr.csv", VOORBEELD.read_bytes() + b"x;;;;nergens;;Intern;;\n")}
    )
    assert "hr.csv, regel 8" in fout.content.decode()
    echt = client.post(url, {"bestand": SimpleUploadedFile("hr.csv", VOORBEELD.read_bytes())})
    assert "Geïmporteerd" in echt.content.decode() and Gebruiker.objects.filter(herkomst="hr").count() == 5


def test_filteren_in_het_overzicht(beheerder: Any, maak_gebruiker: Any) -> None:
    maak_gebruiker("jurist_czw", gebruikersnaam="jurist-jan")
    weg = maak_gebruiker("secretariaat", gebruikersnaam="oud-sec")
    weg.is_active = False
    weg.save()
    client = _client(beheerder)
    actief = client.get(reverse("gebruikers:overzicht")).content.decode()
    assert "jurist-jan" in actief and "oud-sec" not in actief
    assert "oud-sec" in client.get(reverse("gebruikers:overzicht") + "?status=gedeactiveerd").content.decode()
    alleen = client.get(reverse("gebruikers:overzicht") + "?rol=jurist_czw").content.decode()
    assert "jurist-jan" in alleen and 'href="/beheer/gebruikers/beheer-a/"' not in alleen
