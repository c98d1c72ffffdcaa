"""Totals computed from the lines, exports, API, command line, demo loader."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from ministerie.bestuurskosten import services
from ministerie.bestuurskosten.models import Periode
from ministerie.bestuurskosten.totalen import jaar_tot_nu, totalen
from ministerie.organisatie.models import Persoon

from .hulp import bon

pytestmark = pytest.mark.django_db


def _post(periode: Periode, door: Any, code: str, categorie: str, bedrag: str, dag: int = 5) -> Any:
    brondocument = periode.documenten.first()
    assert brondocument is not None
    return services.voeg_post_toe(
        periode,
        door=door,
        persoon=Persoon.objects.get(code=code),
        categorie=categorie,
        datum=date(periode.jaar, periode.maand, dag),
        bedrag=bedrag,
        omschrijving="Kosten",
        brondocument=brondocument,
    )


@pytest.fixture
def gevuld(klaar: Periode, mensen: dict) -> Periode:
    fez = mensen["fez"]
    _post(klaar, fez, "hanke-bruins-slot", "reiskosten_binnenland", "12,35")
    _post(klaar, fez, "maarten-schurink", "reiskosten_binnenland", "0.10")
    _post(klaar, fez, "maarten-schurink", "reiskosten_buitenland", "0.20")
    _post(klaar, fez, "chris-kuijpers", "opleiding", "-5.00")  # a credit note
    return klaar


def test_totalen_per_persoon_en_categorie_exact_in_decimalen(gevuld: Periode) -> None:
    overzicht = totalen(gevuld.posten.select_related("persoon"))
    per_persoon = {p.naam: p.totaal for p in overzicht.personen}
    assert per_persoon == {
        "Hanke Bruins Slot": Decimal("96.85"),
        "Maarten Schurink": Decimal("0.30"),
        "Chris Kuijpers": Decimal("-5.00"),
    }
    per_categorie = {code: bedrag for code, _, bedrag in overzicht.per_categorie}
    assert per_categorie["reiskosten_binnenland"] == Decimal("12.45")
    assert per_categorie["representatie"] == Decimal("84.50")
    assert overzicht.totaal == Decimal("92.15") == sum(per_persoon.values())
    assert {p.naam: p.functie for p in overzicht.personen}["Maarten Schurink"] == "secretaris-generaal"


def test_jaar_tot_en_met_de_maand(gevuld: Periode, mensen: dict, bzk: Any) -> None:
    fez = mensen["fez"]
    feb = services.maak_periode(door=fez, ministerie=bzk, jaar=2026, maand=2)
    document = services.voeg_document_toe(
        feb, door=fez, data=bon("Krant"), bestandsnaam="k.pdf", titel="Krant", soort="factuur"
    )
    _post(feb, fez, "hanke-bruins-slot", "abonnementen", "7.85")
    mei = services.maak_periode(door=fez, ministerie=bzk, jaar=2026, maand=5)
    services.voeg_document_toe(mei, door=fez, data=bon("Later"), bestandsnaam="l.pdf", titel="L", soort="bon")
    _post(mei, fez, "hanke-bruins-slot", "abonnementen", "1000")
    assert document.periode == feb
    assert jaar_tot_nu(gevuld, alleen_gepubliceerd=False).totaal == Decimal("100.00")
    assert jaar_tot_nu(gevuld, alleen_gepubliceerd=True).totaal == Decimal("0.00")


@pytest.mark.parametrize(
    ("wijziging", "veld"),
    [
        ({"persoon": "beleid"}, "persoon"),
        ({"bedrag": "0"}, "bedrag"),
        ({"bedrag": "1.005"}, "bedrag"),
        ({"bedrag": "twaalf"}, "bedrag"),
        ({"datum": date(2026, 4, 1)}, "datum"),
        ({"categorie": "telefonie"}, "categorie"),
        ({"omschrijving": " "}, "omschrijving"),
    ],
)
def test_ongeldige_kostenpost_wordt_geweigerd(
    klaar: Periode, mensen: dict, wijziging: dict, veld: str
) -> None:
    from ministerie.organisatie.models import Persoon as P

    gegevens: dict[str, Any] = {
        "persoon": P.objects.get(code="hanke-bruins-slot"),
        "categorie": "overig",
        "datum": date(2026, 3, 1),
        "bedrag": "1.00",
        "omschrijving": "x",
        "brondocument": klaar.documenten.first(),
    }
    if wijziging.get("persoon") == "beleid":
        wijziging = {"persoon": P.objects.create(code="iemand-anders", naam="Iemand Anders")}
    gegevens.update(wijziging)
    with pytest.raises(ValidationError) as fout:
        services.voeg_post_toe(klaar, door=mensen["fez"], **gegevens)
    assert veld in fout.value.message_dict


def test_csv_en_xlsx(gevuld: Periode, mensen: dict, client: Client) -> None:
    client.force_login(mensen["jurist"])
    antwoord = client.get(reverse("bestuurskosten:export", args=[gevuld.pk, "csv"]))
    csv_tekst = antwoord.content.decode("utf-8-sig")
    regels = list(csv.reader(io.StringIO(csv_tekst), delimiter=";"))
    assert regels[0][0] == "datum" and len([r for r in regels[1:] if r and r[0].startswith("2026")]) == 5
    assert regels[-1][0] == "totaal" and regels[-1][-1] == "92,15"
    xlsx = client.get(reverse("bestuurskosten:export", args=[gevuld.pk, "xlsx"])).content
    boek = load_workbook(io.BytesIO(xlsx))
    assert boek["Kostenposten"].max_row == 6
    laatste = list(boek["Totalen"].iter_rows(values_only=True))[-1]
    assert laatste[0] == "totaal" and Decimal(str(laatste[-1])) == Decimal("92.15")
    assert client.get(reverse("bestuurskosten:export", args=[gevuld.pk, "pdf"])).status_code == 404


def test_api_perioden_posten_en_totalen(gevuld: Periode, mensen: dict, client: Client) -> None:
    client.force_login(mensen["sg"])
    lijst = client.get(reverse("api:bestuurskosten-perioden")).json()
    assert lijst["results"][0]["id"] == gevuld.pk if "results" in lijst else lijst[0]["id"] == gevuld.pk
    posten = client.get(reverse("api:bestuurskosten-posten", args=[gevuld.pk])).json()
    rijen = posten["results"] if isinstance(posten, dict) else posten
    assert {r["bedrag"] for r in rijen} >= {"84.50", "-5.00"}
    totalen_ = client.get(reverse("api:bestuurskosten-totalen", args=[gevuld.pk])).json()
    assert totalen_["maand"]["totaal"] == "92.15"
    client.force_login(mensen["beleid"])
    assert client.get(reverse("api:bestuurskosten-totalen", args=[gevuld.pk])).status_code == 403


def test_api_publiceren_en_intrekken(klaar: Periode, mensen: dict, client: Client) -> None:
    client.force_login(mensen["fez"])
    antwoord = client.post(reverse("api:bestuurskosten-publiceren", args=[klaar.pk]))
    assert antwoord.status_code == 200 and antwoord.json()["status"] == "gepubliceerd"
    zonder_reden = client.post(
        reverse("api:bestuurskosten-intrekken", args=[klaar.pk]), {}, content_type="application/json"
    )
    assert zonder_reden.status_code == 400
    antwoord = client.post(
        reverse("api:bestuurskosten-intrekken", args=[klaar.pk]),
        {"reden": "Dubbel"},
        content_type="application/json",
    )
    assert antwoord.json()["status"] == "ingetrokken"


def test_cli_overzicht(gevuld: Periode, capsys: Any) -> None:
    call_command("bestuurskosten", "overzicht", "2026", "3")
    uit = capsys.readouterr().out
    assert "Hanke Bruins Slot" in uit and "€ 96,85" in uit and "Totaal maart: € 92,15" in uit
    call_command("bestuurskosten", "overzicht", "2026", "3", "--json")
    data = json.loads(capsys.readouterr().out)
    assert data["maand_totalen"]["totaal"] == "92.15"
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="geen maand"):
        call_command("bestuurskosten", "overzicht", "2026", "7")


def test_demolader_is_idempotent(mensen: dict, settings: Any) -> None:
    from ministerie.bestuurskosten.demo import laad_demo_bestuurskosten
    from ministerie.bestuurskosten.models import Brondocument
    from ministerie.core.models import AuditRecord

    laad_demo_bestuurskosten()
    periode = Periode.objects.get()
    assert periode.status == Periode.Status.GEPUBLICEERD
    assert periode.documenten.count() == 3 and all(d.schoon for d in periode.documenten.all())
    records = AuditRecord.objects.count()
    laad_demo_bestuurskosten()
    assert Periode.objects.count() == 1 and Brondocument.objects.count() == 3
    assert AuditRecord.objects.count() == records


def test_bestuurders_komen_uit_het_register(bzk: Any) -> None:
    from ministerie.bestuurskosten.personen import bestuurders

    namen = {b.persoon.naam: b.functie for b in bestuurders(bzk)}
    assert {"Hanke Bruins Slot", "Hugo de Jonge", "Alexandra van Huffelen", "Maarten Schurink"} <= set(namen)
    assert namen["Maarten Schurink"] == "secretaris-generaal"
    assert any(f.startswith("directeur-generaal") for f in namen.values())
    assert "Hanneke Schipper-Spanninga" not in namen  # a director, not the top


def test_lege_maand_en_dubbele_maand(mensen: dict, bzk: Any) -> None:
    services.maak_periode(door=mensen["fez"], ministerie=bzk, jaar=2026, maand=1)
    with pytest.raises(ValidationError, match="bestaat al"):
        services.maak_periode(door=mensen["fez"], ministerie=bzk, jaar=2026, maand=1)
    with pytest.raises(ValidationError, match="nog niet begonnen"):
        services.maak_periode(door=mensen["fez"], ministerie=bzk, jaar=2099, maand=1)
