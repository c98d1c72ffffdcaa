"""The budget pages: overview, chapter, article waterfall, change entry with the live check,
FEZ dashboard, exports; and who sees which articles."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

from django.test import Client
from openpyxl import load_workbook

from ministerie.begroting.models import Begroting, Bevinding, Mutatie
from ministerie.begroting.services import open_stand, voer_mutaties_in
from ministerie.core.models import AuditRecord
from ministerie.core.werk import werk_voor

from .hulp import artikel, mutatie


def _client(gebruiker: Any) -> Client:
    c = Client()
    c.force_login(gebruiker)
    return c


def _regels(**velden: Any) -> dict[str, Any]:
    data = {
        "soort": "tegenvaller",
        "titel": "Huurtoeslag",
        "toelichting": "Meer aanvragen.",
        "uitzondering_reden": "",
    }
    data.update(velden)
    return data


def test_overzicht_en_hoofdstuk(begroting_bzk: Begroting, fez: Any) -> None:
    c = _client(fez)
    pagina = c.get("/begroting/").content.decode()
    assert "Gemeentefonds" in pagina and "€ 35.597 mln" in pagina
    assert "Waarborgfonds Eigen Woningen" in pagina and "202.400.000.000" in pagina
    assert 'role="img"' in pagina  # the chart, with its table beside it
    hoofdstuk = c.get("/begroting/VII/2022/").content.decode()
    assert "Groningen versterken en perspectief" in hoofdstuk and "€ 1.124 mln" in hoofdstuk
    assert "export.csv" in hoofdstuk and "Stand openen" in hoofdstuk


def test_directeur_ziet_alleen_de_artikelen_van_de_eigen_eenheid(
    begroting_bzk: Begroting, maak_gebruiker: Callable[..., Any]
) -> None:
    dg = maak_gebruiker("directeur_generaal", eenheden=["dgaivd"])
    c = _client(dg)
    pagina = c.get("/begroting/VII/2022/").content.decode()
    assert "Nationale veiligheid" in pagina and "Woningmarkt" not in pagina
    assert c.get("/begroting/VII/2022/artikelen/2/").status_code == 200
    assert c.get("/begroting/VII/2022/artikelen/3/").status_code == 404
    export = c.get("/begroting/VII/2022/standen/1/export.csv").content.decode("utf-8-sig")
    assert "Nationale veiligheid" in export and "Woningmarkt" not in export
    assert c.get("/begroting/VII/2022/standen/1/mutaties/").status_code == 403


def test_mutatie_invoeren_met_live_controle_en_uitzondering(begroting_bzk: Begroting, fez: Any) -> None:
    stand = open_stand(begroting_bzk, "eerste_suppletoire", door=fez)
    c = _client(fez)
    url = f"/begroting/VII/2022/standen/{stand.volgnummer}/mutaties/"
    formulier = c.get(url).content.decode()
    assert 'hx-post="/begroting/VII/2022/standen/2/controle/"' in formulier
    art3 = artikel("VII", 3).pk
    data = _regels(regel1_artikel=art3, regel1_soort="uitgaven", regel1_jaar="2022", regel1_bedrag="15000")
    controle = c.post(f"/begroting/VII/2022/standen/{stand.volgnummer}/controle/", data)
    tekst = controle.content.decode()
    assert 'data-uitkomst="geweigerd"' in tekst and "Eigen broek ophouden" in tekst
    assert "€ 15 mln" in tekst and not Mutatie.objects.exists()
    geweigerd = c.post(url, data).content.decode()
    assert "De mutatie is niet ingevoerd" in geweigerd and not Mutatie.objects.exists()
    reden = "Besluit van de ministerraad: centrale dekking via de Voorjaarsnota."
    antwoord = c.post(url, {**data, "uitzondering_reden": reden})
    assert antwoord.status_code == 302
    mutatie_ = Mutatie.objects.get()
    assert mutatie_.uitzondering_reden == reden
    assert AuditRecord.objects.filter(actie="begroting_uitzondering_vastgelegd").exists()
    ok = c.post(
        f"/begroting/VII/2022/standen/{stand.volgnummer}/controle/",
        _regels(soort="ombuiging", regel1_artikel=art3, regel1_jaar="2022", regel1_bedrag="-1000"),
    )
    assert 'data-uitkomst="toegestaan"' in ok.content.decode()
    leeg = c.post(f"/begroting/VII/2022/standen/{stand.volgnummer}/controle/", {})
    assert 'data-uitkomst="onvolledig"' in leeg.content.decode()


def test_artikelpagina_toont_vorige_stand_plus_mutaties(begroting_bzk: Begroting, fez: Any) -> None:
    stand = open_stand(begroting_bzk, "eerste_suppletoire", door=fez)
    voer_mutaties_in(stand, [mutatie("kasschuif", "Isolatie", (4, 2022, -30000), (4, 2023, 30000))], door=fez)
    pagina = _client(fez).get("/begroting/VII/2022/artikelen/4/").content.decode()
    assert 'data-rol="vorige"' in pagina and 'data-rol="mutatie"' in pagina
    assert "Kasschuif: Isolatie" in pagina and "= Eerste suppletoire" in pagina
    assert 'data-waarde="415000"' in pagina and 'data-waarde="-30000"' in pagina


def test_export_csv_en_xlsx_in_open_data_indeling(begroting_bzk: Begroting, fez: Any) -> None:
    c = _client(fez)
    antwoord = c.get("/begroting/VII/2022/standen/1/export.csv")
    assert antwoord["Content-Disposition"].endswith('.csv"')
    rijen = list(csv.reader(io.StringIO(antwoord.content.decode("utf-8-sig")), delimiter=";"))
    assert rijen[0][:4] == ["begrotingsjaar", "begrotingsfase", "hoofdstuk", "hoofdstuknaam"]
    groningen = [r for r in rijen if r[4] == "8"]
    assert groningen == [
        [
            "2022",
            "Ontwerpbegroting",
            "VII",
            "Binnenlandse Zaken en Koninkrijksrelaties",
            "8",
            "Groningen versterken en perspectief",
            "Beleidsartikel",
            "U",
            "2022",
            "1124000",
        ]
    ]
    assert sum(int(r[9]) for r in rijen[1:] if r[8] == "2022") == 8_058_000
    xlsx = c.get("/begroting/VII/2022/standen/1/export.xlsx")
    blad = load_workbook(io.BytesIO(xlsx.content)).active
    assert blad.cell(1, 10).value == "bedrag_x_1000"
    assert sum(r[9] for r in blad.iter_rows(min_row=2, values_only=True) if r[8] == 2022) == 8_058_000
    assert c.get("/begroting/VII/2022/standen/1/export.pdf").status_code == 404


def test_dashboard_bevinding_en_evaluatie(begroting_bzk: Begroting, fez: Any) -> None:
    c = _client(fez)
    pagina = c.get("/begroting/fez/").content.decode()
    assert "Open bevindingen (17)" in pagina
    bevinding = Bevinding.objects.filter(hoofdstuk__code="IV").get()
    antwoord = c.post(
        f"/begroting/bevindingen/{bevinding.pk}/",
        {
            "onderwerp": "Beheer liquiditeitsleningen",
            "verbeterplan": "Plan van aanpak 2021",
            "opvolging": "Besproken met ADR en AR",
            "status": "opgelost",
        },
    )
    assert antwoord.status_code == 302
    assert "Open bevindingen (16)" in c.get("/begroting/fez/").content.decode()
    assert (
        c.post(
            "/begroting/VII/2022/artikelen/1/evaluatie/",
            {"laatste_jaar": "2013", "laatste_titel": "Beleidsdoorlichting"},
        ).status_code
        == 302
    )
    dashboard = c.get("/begroting/fez/").content.decode()
    assert "Evaluaties te laat (1)" in dashboard and "uiterlijk in 2020" in dashboard
    werk = [w for w in werk_voor(fez) if w.soort.startswith("Begroting")]
    assert any("te laat" in w.titel for w in werk)
    assert any("10 open bevinding(en) op hoofdstuk VII" in w.titel for w in werk)


def test_stand_openen_via_de_pagina(begroting_bzk: Begroting, fez: Any) -> None:
    c = _client(fez)
    antwoord = c.post("/begroting/VII/2022/standen/", {"moment": "eerste_suppletoire"})
    assert antwoord.status_code == 302 and antwoord["Location"].endswith("/standen/2/mutaties/")
    fout = c.post("/begroting/VII/2022/standen/", {"moment": "realisatie"}, follow=True)
    assert "Kies een geldige volgende stand" in fout.content.decode()
