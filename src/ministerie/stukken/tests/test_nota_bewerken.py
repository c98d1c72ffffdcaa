"""Editing a memo (issue 14 §1): the author and the co-authors they name edit while it is
Concept or Teruggestuurd, every saved change is a version with a readable difference, a memo
underway is read-only, and after sending back the route restarts where its owner chooses."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from ministerie.core import audit
from ministerie.core.models import AuditRecord
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid
from ministerie.stukken import services
from ministerie.stukken.bewerken import kandidaten_medeauteur
from ministerie.stukken.models import Nota, Notaversie, Parafeerstap
from ministerie.stukken.route import stel_route_voor
from ministerie.stukken.verschil import verschil_html

pytestmark = pytest.mark.django_db

Stap = Parafeerstap.Status


@pytest.fixture
def mede(lijn: dict[str, Any], maak_gebruiker: Callable[..., Any]) -> Any:
    """A colleague in the author's own unit, cleared for the memo: a possible co-author."""
    return maak_gebruiker(
        "beleidsmedewerker",
        eenheden=["woningbouw-woningbouwbeleid"],
        clearance=Rubricering.STG_CONFIDENTIEEL,
        gebruikersnaam="mede",
    )


def _nota(lijn: dict[str, Any]) -> Nota:
    return services.maak_nota(
        door=lijn["beleid"],
        soort="beslisnota",
        onderwerp="Woningbouwimpuls 2027",
        aan="de minister van BZK",
        eenheid=Eenheid.objects.get(code="woningbouw-woningbouwbeleid"),
        beslispunten=["Instemmen met de impuls"],
        toelichting="De bouw van woningen blijft achter.",
    )


def _onderweg(nota: Nota, lijn: dict[str, Any]) -> None:
    voorstel = stel_route_voor(lijn["beleid"], nota.eenheid, bewindspersoon=lijn["minister"])
    services.stel_route_in(nota, door=lijn["beleid"], stappen=voorstel)
    services.start_parafering(nota, door=lijn["beleid"])


def _teruggestuurd_door_dg(nota: Nota, lijn: dict[str, Any]) -> None:
    _onderweg(nota, lijn)
    for wie in ("afdelingshoofd", "directeur"):
        services.parafeer(nota, door=lijn[wie])
    services.stuur_terug(nota, door=lijn["dg"], reden="Financiële paragraaf ontbreekt")


def _laatste(nota: Nota) -> str:
    """The newest line of the memo's timeline."""
    return nota.tijdlijn.order_by("-op", "-pk").values_list("omschrijving", flat=True)[0]


# --- the readable difference ---------------------------------------------------------------


def test_verschil_per_woord_en_ontsnapt() -> None:
    html = verschil_html("De bouw blijft achter.", "De <b>bouw</b> loopt nu achter.\nZie bijlage.")
    weg = '<del><span class="rhc-visually-hidden">verwijderd: </span>'
    erbij = '<ins><span class="rhc-visually-hidden">toegevoegd: </span>'
    assert html == (
        f"De {weg}bouw blijft </del>{erbij}&lt;b&gt;bouw&lt;/b&gt; loopt nu </ins>achter.<br>"
        f"{erbij}Zie bijlage.</ins>"
    )
    assert verschil_html("a b c d", "a x c y d") == f"a {weg}b </del>{erbij}x </ins>c {erbij}y </ins>d"
    # unchanged lines stay as they are; only the changed line is compared word by word
    assert verschil_html("een\ntwee drie\nvier", "een\ntwee vier\nvier") == (
        f"een<br>twee {weg}drie<br></del>{erbij}vier<br></ins>vier"
    )
    assert verschil_html("gelijk", "gelijk") == "gelijk"


def test_verschil_van_twee_lange_teksten_is_snel() -> None:
    oud = " ".join(f"w{i}" for i in range(3000))  # some 18,000 characters on one line
    nieuw = " ".join(f"w{i}" if i % 100 else "ander" for i in range(3000))
    begin = time.perf_counter()
    assert verschil_html(oud, nieuw).count("<ins>") == 30
    # text that repeats itself (the worst case of exact matching) is compared coarser, not slower
    herhaald = "0,00 " * 4000
    assert "<ins>" in verschil_html(herhaald, herhaald[:10_000] + "1,00 " + herhaald[10_000:])
    assert "<ins>" in verschil_html("a\n" * 10_000, "a\n" * 5000 + "b\n" + "a\n" * 4999)
    assert time.perf_counter() - begin < 2.0


# --- the service -----------------------------------------------------------------------------


def test_opsteller_bewerkt_en_elke_wijziging_is_een_versie(lijn: dict[str, Any]) -> None:
    nota = _nota(lijn)
    assert list(nota.versies.values_list("nummer", flat=True)) == [1]
    versie = services.bewerk_nota(
        nota,
        door=lijn["beleid"],
        toelichting="De bouw van woningen loopt verder achter.",
        beslispunten="Instemmen met de impuls\nKamerbrief versturen",
    )
    assert versie is not None and versie.nummer == 2 and versie.door == lijn["beleid"]
    assert versie.gewijzigd == ["beslispunten", "toelichting"]
    nota.refresh_from_db()
    assert [p.tekst for p in nota.beslispunten.all()] == ["Instemmen met de impuls", "Kamerbrief versturen"]
    assert _laatste(nota) == "Bewerkt (versie 2)"
    record = AuditRecord.objects.filter(actie="nota_bewerkt").get()
    assert record.gegevens["velden"] == ["beslispunten", "toelichting"]
    assert "loopt" not in str(record.gegevens)  # the text lives in the version, not in the trail
    # saving without a change makes no version
    assert services.bewerk_nota(nota, door=lijn["beleid"], onderwerp=nota.onderwerp) is None
    assert nota.versies.count() == 2
    assert audit.verifieer().intact


def test_een_nota_van_voor_de_versies_krijgt_eerst_haar_oorspronkelijke_versie(lijn: dict[str, Any]) -> None:
    nota = _nota(lijn)
    nota.versies.all().delete()
    versie = services.bewerk_nota(nota, door=lijn["beleid"], onderwerp="Woningbouwimpuls 2028")
    assert versie is not None and versie.nummer == 2
    eerste = nota.versies.get(nummer=1)
    assert eerste.inhoud["onderwerp"] == "Woningbouwimpuls 2027" and eerste.door == lijn["beleid"]


def test_onderweg_is_een_nota_alleen_te_lezen(lijn: dict[str, Any]) -> None:
    nota = _nota(lijn)
    _onderweg(nota, lijn)
    nota.refresh_from_db()
    with pytest.raises(ValidationError, match="in parafering en kan niet meer worden bewerkt"):
        services.bewerk_nota(nota, door=lijn["beleid"], onderwerp="Anders")
    assert not services.mag_bewerken(lijn["beleid"], nota)


def test_alleen_opsteller_en_medeauteurs(lijn: dict[str, Any], mede: Any) -> None:
    nota = _nota(lijn)
    # a colleague of the same unit who may write memos is not an author
    with pytest.raises(PermissionDenied, match="Alleen de opsteller en de medeauteurs"):
        services.bewerk_nota(nota, door=mede, onderwerp="Anders")
    # the afdelingshoofd on the route may see the memo but not edit it
    with pytest.raises(PermissionDenied):
        services.bewerk_nota(nota, door=lijn["minister"], onderwerp="Anders")

    services.bewerk_nota(nota, door=lijn["beleid"], medeauteurs=[mede])
    versie = services.bewerk_nota(nota, door=mede, kernpunten="Meer tempo.")
    assert versie is not None and versie.door == mede and versie.nummer == 3
    assert nota.versies.get(nummer=2).inhoud["medeauteurs"] == str(mede)
    # a co-author edits, but does not name or remove co-authors
    with pytest.raises(PermissionDenied, match="Alleen de opsteller kan medeauteurs"):
        services.bewerk_nota(nota, door=mede, medeauteurs=[])


def test_medeauteur_uit_eigen_eenheid_en_gerechtigd(lijn: dict[str, Any], mede: Any) -> None:
    nota = _nota(lijn)
    kandidaten = set(kandidaten_medeauteur(nota).values_list("username", flat=True))
    assert {"mede", "ah"} <= kandidaten  # staff of the unit who may write memos
    assert "buiten" not in kandidaten  # another unit
    assert "laag" not in kandidaten  # clearance below the memo's classification
    assert "beleid" not in kandidaten  # the author
    for ongeschikt in (lijn["buiten"], lijn["laag"]):
        with pytest.raises(ValidationError, match="kan geen medeauteur zijn"):
            services.bewerk_nota(nota, door=lijn["beleid"], medeauteurs=[ongeschikt])


def test_medeauteur_ziet_de_nota_en_haar_in_mijn_werk(lijn: dict[str, Any], maak_gebruiker: Any) -> None:
    from ministerie.stukken.werk import notas_voor
    from ministerie.stukken.zichtbaarheid import mag_nota_zien

    # a co-author in a unit below the author's: the memo's unit is not in their own scope
    team = maak_gebruiker(
        "beleidsmedewerker",
        eenheden=["woningbouw-woningbouwbeleid"],
        clearance=Rubricering.STG_GEHEIM,
        gebruikersnaam="team",
    )
    nota = _nota(lijn)
    nota.eenheid = Eenheid.objects.get(code="woningbouw")
    nota.save()
    lijn["beleid"].eenheden.add(nota.eenheid)
    assert not mag_nota_zien(team, nota)
    services.bewerk_nota(nota, door=lijn["beleid"], medeauteurs=[team])
    assert mag_nota_zien(team, nota)
    assert [w.titel for w in notas_voor(team)] == [f"{nota.kenmerk} — {nota.onderwerp}"]


def test_rubricering_alleen_omhoog_en_niet_boven_een_medeauteur(lijn: dict[str, Any], mede: Any) -> None:
    nota = _nota(lijn)
    assert nota.rubricering == Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
    with pytest.raises(ValidationError, match="niet omlaag"):
        services.bewerk_nota(nota, door=lijn["beleid"], rubricering=Rubricering.INTERN)
    with pytest.raises(PermissionDenied, match="boven uw eigen rubriceringsniveau"):
        services.bewerk_nota(nota, door=lijn["beleid"], rubricering=Rubricering.STG_CONFIDENTIEEL)
    services.bewerk_nota(nota, door=lijn["beleid"], medeauteurs=[mede])
    mede.clearance = Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
    mede.save()
    nota.auteur.clearance = Rubricering.STG_CONFIDENTIEEL
    nota.auteur.save()
    with pytest.raises(ValidationError, match="mag een nota met deze rubricering niet inzien"):
        services.bewerk_nota(nota, door=nota.auteur, rubricering=Rubricering.STG_CONFIDENTIEEL)


def test_beslisnota_houdt_een_beslispunt_en_een_beslisdatum_heeft_een_reden(lijn: dict[str, Any]) -> None:
    import datetime

    nota = _nota(lijn)
    with pytest.raises(ValidationError, match="minstens één beslispunt"):
        services.bewerk_nota(nota, door=lijn["beleid"], beslispunten="  \n")
    with pytest.raises(ValidationError, match="reden van de uiterste beslisdatum"):
        services.bewerk_nota(nota, door=lijn["beleid"], uiterste_beslisdatum=datetime.date(2027, 1, 15))
    assert nota.versies.count() == 1


# --- restarting the route --------------------------------------------------------------------


def test_na_terugsturen_herstart_bij_wie_terugstuurde(lijn: dict[str, Any]) -> None:
    nota = _nota(lijn)
    _teruggestuurd_door_dg(nota, lijn)
    assert services.mag_bewerken(lijn["beleid"], nota)
    services.bewerk_nota(nota, door=lijn["beleid"], toelichting="Met financiële paragraaf.")
    services.start_parafering(nota, door=lijn["beleid"], herstart="terugstuurder")
    status = {s.houder.username: s.status for s in nota.stappen.select_related("houder")}
    assert status == {
        "ah": Stap.GEPARAFEERD,
        "dir": Stap.GEPARAFEERD,
        "dg": Stap.AAN_DE_BEURT,
        "sg": Stap.WACHTEND,
        "minister": Stap.WACHTEND,
    }
    assert _laatste(nota) == ("Opnieuw de lijn in gestuurd, vanaf Test dg (die de nota terugstuurde)")
    services.parafeer(nota, door=lijn["dg"])
    services.parafeer(nota, door=lijn["sg"])
    punt = nota.beslispunten.get()
    services.beslis(nota, door=lijn["minister"], besluiten={punt.pk: ("akkoord", "")})
    nota.refresh_from_db()
    assert nota.status == Nota.Status.BESLOTEN


def test_na_terugsturen_herstart_vanaf_het_begin(lijn: dict[str, Any]) -> None:
    nota = _nota(lijn)
    _teruggestuurd_door_dg(nota, lijn)
    services.start_parafering(nota, door=lijn["beleid"], herstart="begin")
    aan_de_beurt = list(
        nota.stappen.filter(status=Stap.AAN_DE_BEURT).values_list("houder__username", flat=True)
    )
    assert aan_de_beurt == ["ah"]
    assert _laatste(nota) == "Opnieuw de lijn in gestuurd, vanaf het begin van de route"


def test_herstart_bij_terugstuurder_kan_niet_na_een_nieuwe_route(lijn: dict[str, Any]) -> None:
    nota = _nota(lijn)
    voorstel = stel_route_voor(lijn["beleid"], nota.eenheid, bewindspersoon=lijn["minister"])
    services.stel_route_in(nota, door=lijn["beleid"], stappen=voorstel)
    with pytest.raises(ValidationError, match="alleen vanaf het begin"):
        services.start_parafering(nota, door=lijn["beleid"], herstart="terugstuurder")
    _teruggestuurd_door_dg(nota, lijn)
    voorstel = stel_route_voor(lijn["beleid"], nota.eenheid, bewindspersoon=lijn["minister"])
    services.stel_route_in(nota, door=lijn["beleid"], stappen=voorstel)
    with pytest.raises(ValidationError, match="de route is sindsdien gewijzigd"):
        services.start_parafering(nota, door=lijn["beleid"], herstart="terugstuurder")


# --- pages ---------------------------------------------------------------------------------


def test_pagina_bewerken_toont_knop_alleen_aan_wie_mag(
    lijn: dict[str, Any], mede: Any, client: Client
) -> None:
    nota = _nota(lijn)
    url = f"/stukken/notas/{nota.pk}/"
    client.force_login(lijn["beleid"])
    assert "Nota bewerken" in client.get(url).content.decode()
    client.force_login(lijn["afdelingshoofd"])  # sees the memo (same unit), may not edit it
    inhoud = client.get(url).content.decode()
    assert "Nota bewerken" not in inhoud and "Versies (1)" in inhoud
    antwoord = client.get(url + "bewerken/", follow=True)
    assert antwoord.redirect_chain[-1][0] == url
    assert "Alleen de opsteller en de medeauteurs" in antwoord.content.decode()

    _onderweg(nota, lijn)
    client.force_login(lijn["beleid"])
    inhoud = client.get(url).content.decode()
    assert "Nota bewerken" not in inhoud and "kan niet meer worden bewerkt" in inhoud
    antwoord = client.post(url + "bewerken/", {"onderwerp": "Anders", "aan": "x"}, follow=True)
    assert antwoord.redirect_chain[-1][0] == url
    assert "kan niet meer worden bewerkt" in antwoord.content.decode()
    assert Nota.objects.get(pk=nota.pk).onderwerp == "Woningbouwimpuls 2027"


def test_pagina_bewerken_slaat_op_en_toont_het_verschil(
    lijn: dict[str, Any], mede: Any, client: Client
) -> None:
    nota = _nota(lijn)
    client.force_login(lijn["beleid"])
    formulier = client.get(f"/stukken/notas/{nota.pk}/bewerken/").content.decode()
    assert "De bouw van woningen blijft achter." in formulier and 'value="mede"' in formulier
    gegevens = {
        "onderwerp": "Woningbouwimpuls 2027",
        "aan": "de minister van BZK",
        "rubricering": str(nota.rubricering),
        "beslispunten": "Instemmen met de impuls",
        "toelichting": "De bouw van <em>woningen</em> loopt achter.",
        "medeauteurs": ["mede"],
    }
    antwoord = client.post(f"/stukken/notas/{nota.pk}/bewerken/", gegevens, follow=True)
    assert "opgeslagen als versie 2" in antwoord.content.decode()
    assert list(nota.medeauteurs.all()) == [mede]

    te_lang = {**gegevens, "toelichting": "a" * 20_001}
    fout = client.post(f"/stukken/notas/{nota.pk}/bewerken/", te_lang).content.decode()
    assert "verbeter de velden hieronder" in fout and 'aria-invalid="true"' in fout

    # the co-author's form has no co-authors field; what they leave out keeps its value
    client.force_login(mede)
    formulier = client.get(f"/stukken/notas/{nota.pk}/bewerken/").content.decode()
    assert 'name="medeauteurs"' not in formulier
    versies = client.get(f"/stukken/notas/{nota.pk}/versies/").content.decode()
    assert "Versie 2" in versies and "Opgeslagen door Test beleid" in versies
    assert "De hele nota in versie 1" in versies and "<dd>De bouw van woningen blijft achter.</dd>" in versies
    assert "&lt;em&gt;" in versies and "<em>" not in versies  # the text is escaped
    assert "blijft </del>" in versies and "loopt </ins>" in versies


def test_versies_alleen_voor_wie_de_nota_mag_zien(lijn: dict[str, Any], client: Client) -> None:
    nota = _nota(lijn)  # Departementaal vertrouwelijk
    services.bewerk_nota(nota, door=lijn["beleid"], toelichting="Geheime cijfers.")
    for wie in ("laag", "buiten"):  # clearance too low; another unit
        client.force_login(lijn[wie])
        assert client.get(f"/stukken/notas/{nota.pk}/versies/").status_code == 404
        assert client.get(f"/api/v1/notas/{nota.pk}/versies").status_code == 404


# --- API -----------------------------------------------------------------------------------


def test_api_bewerken_versies_en_opnieuw_versturen(lijn: dict[str, Any], mede: Any, client: Client) -> None:
    nota = _nota(lijn)
    client.force_login(lijn["beleid"])
    antwoord = client.patch(
        f"/api/v1/notas/{nota.pk}",
        {"kernpunten": "Tempo maken.", "medeauteurs": ["mede"]},
        content_type="application/json",
    )
    assert antwoord.status_code == 200, antwoord.json()
    assert antwoord.json()["kernpunten"] == "Tempo maken." and antwoord.json()["medeauteurs"] == ["mede"]
    nota.refresh_from_db()
    assert nota.toelichting == "De bouw van woningen blijft achter."  # not named: kept

    versies = client.get(f"/api/v1/notas/{nota.pk}/versies").json()
    assert [v["nummer"] for v in versies] == [2, 1]
    assert versies[0]["door"] == "beleid"
    assert {w["veld"] for w in versies[0]["wijzigingen"]} == {"kernpunten", "medeauteurs"}
    assert versies[0]["inhoud"]["kernpunten"] == "Tempo maken."

    te_lang = client.patch(
        f"/api/v1/notas/{nota.pk}", {"onderwerp": "x" * 301}, content_type="application/json"
    )
    assert te_lang.status_code == 400 and te_lang["Content-Type"] == "application/problem+json"

    _teruggestuurd_door_dg(nota, lijn)
    client.force_login(mede)
    zelf = client.patch(f"/api/v1/notas/{nota.pk}", {"medeauteurs": []}, content_type="application/json")
    assert zelf.status_code == 400 and "Alleen de opsteller kan medeauteurs" in zelf.content.decode()
    assert (
        client.patch(
            f"/api/v1/notas/{nota.pk}", {"toelichting": "Aangevuld."}, content_type="application/json"
        ).json()["toelichting"]
        == "Aangevuld."
    )
    client.force_login(lijn["beleid"])
    verstuurd = client.post(
        f"/api/v1/notas/{nota.pk}/versturen", {"herstart": "terugstuurder"}, content_type="application/json"
    )
    assert verstuurd.status_code == 200, verstuurd.json()
    route = {s["houder"]: s["status"] for s in verstuurd.json()["route"]}
    assert route["ah"] == "geparafeerd" and route["dg"] == "aan_de_beurt"
    onderweg = client.patch(f"/api/v1/notas/{nota.pk}", {"toelichting": "x"}, content_type="application/json")
    assert onderweg.status_code == 400 and "kan niet meer worden bewerkt" in onderweg.content.decode()
    assert Notaversie.objects.filter(nota=nota).count() == 3
