"""Rich but safe text in a memo (issue 14 §1): Markdown with an allow-list, the same on the memo
page, the tablet and in the PDF; every attempt to smuggle in HTML or script comes out inert;
plain text renders as before; search and the version diff keep the text as written."""

from __future__ import annotations

import re
from typing import Any

import pymupdf
import pytest
from django.test import Client
from django.urls import reverse

from ministerie.organisatie.models import Eenheid
from ministerie.stukken import services
from ministerie.stukken.bewerken import leesbare_inhoud
from ministerie.stukken.indexering import _nota_document
from ministerie.stukken.models import Nota
from ministerie.stukken.opmaak import OPMAAK_UITLEG, als_html
from ministerie.stukken.route import stel_route_voor

RIJK = """# Stand van zaken

De bouw blijft **achter** bij de *ambitie*.

- eerste punt
- tweede punt

1. stap een
2. stap twee

## Cijfers

| Jaar | Woningen |
|------|---------:|
| 2026 | 82.000 |
| 2027 | 95.000 |
"""

AANVALLEN = [
    "<script>alert('xss')</script>",
    "[klik hier](javascript:alert(1))",
    "[klik](JaVaScRiPt:alert(1)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<img src="x" onerror="alert(1)">',
    "![plaatje](https://voorbeeld.nl/x.png) ![b](javascript:alert(1))",
    '<a href="javascript:alert(1)">a</a> <iframe src="https://kwaad.nl"></iframe>',
    '<svg onload=alert(1)></svg> <div style="background:url(javascript:alert(1))">x</div>',
    "<javascript:alert(1)> <vbscript:msgbox(1)>",
    "**vet<script>x</script>** `<b onmouseover=alert(1)>`",
]

#: Tags that may appear at all (anything else came through the sanitiser).
_TOEGESTAAN = {"p", "br", "strong", "em", "code", "ul", "ol", "li", "blockquote", "h3", "h4", "h5", "h6"}
_TOEGESTAAN |= {"table", "thead", "tbody", "tr", "th", "td", "a", "div"}


def _tags(html: str) -> set[str]:
    return {t.lower() for t in re.findall(r"<\s*([a-zA-Z][a-zA-Z0-9]*)", html)}


@pytest.mark.parametrize("aanval", AANVALLEN)
def test_aanvallen_komen_er_onschadelijk_uit(aanval: str) -> None:
    html = als_html(aanval)
    assert _tags(html) <= _TOEGESTAAN
    laag = html.lower()
    assert "<script" not in laag and "<img" not in laag and "<iframe" not in laag and "<svg" not in laag
    assert not re.search(r"\son\w+\s*=", _attributen(html))
    echte_attributen = _attributen(html)
    for href in re.findall(r'href="([^"]*)"', echte_attributen):
        assert href.startswith(("https://", "http://", "mailto:")), href
    assert "style=" not in echte_attributen and "src=" not in echte_attributen


def _attributen(html: str) -> str:
    """Only the attributes of real tags (escaped text may mention onerror harmlessly)."""
    return " ".join(re.findall(r"<[a-z][^>]*>", html))


def test_ruwe_html_blijft_zichtbare_tekst() -> None:
    html = als_html('<img src="x" onerror="alert(1)">')
    assert html == '<p>&lt;img src="x" onerror="alert(1)"&gt;</p>\n'


def test_opmaak_lijsten_vet_koppen_tabellen() -> None:
    html = als_html(RIJK, naam="Toelichting")
    assert "<h3>Stand van zaken</h3>" in html and "<h4>Cijfers</h4>" in html
    assert "<strong>achter</strong>" in html and "<em>ambitie</em>" in html
    assert "<ul>\n<li>eerste punt</li>" in html and "<ol>\n<li>stap een</li>" in html
    assert '<th scope="col">Jaar</th>' in html
    assert '<th class="opmaak-rechts" scope="col">Woningen</th>' in html
    assert '<td class="opmaak-rechts">82.000</td>' in html
    assert (
        '<div class="opmaak-tabel" role="region" tabindex="0" aria-label="Tabel 1 bij Toelichting"><table>'
        in html
    )
    assert html.count("<div") == html.count("</div>") == 1


def test_koppen_slaan_geen_niveau_over() -> None:
    # a memo that starts with ### and jumps from # to #### still follows the page's outline
    html = als_html("### A\n\n# B\n\n#### C\n\n###### D")
    assert re.findall(r"<h(\d)>", html) == ["3", "3", "4", "5"]


def test_gewone_tekst_blijft_alinea_en_regel() -> None:
    tekst = "Eerste regel\ntweede regel\n\n    ingesprongen\nTekst\n---\nnog een regel"
    assert als_html(tekst) == (
        "<p>Eerste regel<br>\ntweede regel</p>\n<p>ingesprongen<br>\nTekst<br>\n---<br>\nnog een regel</p>\n"
    )
    assert als_html("") == als_html("   \n") == ""
    assert als_html("a < b & c") == "<p>a &lt; b &amp; c</p>\n"


def test_uitleg_bij_de_velden() -> None:
    from ministerie.stukken.formulieren import NotaBewerkFormulier, NotaFormulier

    for formulier in (NotaFormulier, NotaBewerkFormulier):
        for veld in ("aanleiding", "kernpunten", "toelichting"):
            assert formulier.base_fields[veld].help_text == OPMAAK_UITLEG
    assert OPMAAK_UITLEG.startswith("Opmaak:") and "**vet**" in OPMAAK_UITLEG and "|" in OPMAAK_UITLEG


# --- page, tablet and PDF -----------------------------------------------------------------


@pytest.fixture
def rijke_nota(lijn: dict[str, Any]) -> Nota:
    nota = services.maak_nota(
        door=lijn["beleid"],
        soort="beslisnota",
        onderwerp="Woningbouwimpuls 2027",
        aan="de minister van BZK",
        eenheid=Eenheid.objects.get(code="woningbouw-woningbouwbeleid"),
        beslispunten=["Instemmen met de impuls"],
        aanleiding="Gewone tekst\nop twee regels <script>alert(1)</script>",
        toelichting=RIJK,
    )
    voorstel = stel_route_voor(lijn["beleid"], nota.eenheid, bewindspersoon=lijn["minister"])
    services.stel_route_in(nota, door=lijn["beleid"], stappen=voorstel)
    services.start_parafering(nota, door=lijn["beleid"])
    return nota


@pytest.mark.django_db
def test_pagina_en_tablet_tonen_de_opmaak(rijke_nota: Nota, lijn: dict[str, Any]) -> None:
    client = Client()
    client.force_login(lijn["afdelingshoofd"])  # the memo lies with the head of unit now
    for url in (
        reverse("stukken:nota", args=[rijke_nota.pk]),
        reverse("stukken:tablet-nota", args=[rijke_nota.pk]),
    ):
        html = client.get(url).content.decode()
        assert "<h3>Stand van zaken</h3>" in html, url
        assert '<th scope="col">Jaar</th>' in html and "<li>tweede punt</li>" in html
        assert "<strong>achter</strong>" in html
        assert "<p>Gewone tekst<br>\nop twee regels &lt;script&gt;alert(1)&lt;/script&gt;</p>" in html
        assert "<script>alert(1)" not in html
        assert 'aria-label="Tabel 1 bij Toelichting"' in html
        assert reverse("stukken:nota-pdf", args=[rijke_nota.pk]) in html


@pytest.mark.django_db
def test_pdf_bevat_de_opgemaakte_tekst(rijke_nota: Nota, lijn: dict[str, Any]) -> None:
    client = Client()
    client.force_login(lijn["afdelingshoofd"])
    antwoord = client.get(reverse("stukken:nota-pdf", args=[rijke_nota.pk]))
    assert antwoord.status_code == 200 and antwoord["Content-Type"] == "application/pdf"
    pdf = pymupdf.open(stream=antwoord.content)
    tekst = "\n".join(pagina.get_text() for pagina in pdf)
    for stuk in ("Woningbouwimpuls 2027", rijke_nota.kenmerk, "Stand van zaken", "eerste punt", "stap twee"):
        assert stuk in tekst, stuk
    assert "Cijfers" in tekst and "Woningen" in tekst and "95.000" in tekst
    assert "**" not in tekst and "|---" not in tekst  # rendered, not the Markdown
    assert "<script>alert(1)</script>" in tekst  # shown as text, never run
    assert "Instemmen met de impuls" in tekst
    assert rijke_nota.get_rubricering_display().upper() in tekst  # the marking on every page
    # bold really is bold: the word's span uses a bold font
    vet = [
        s["text"]
        for blok in pdf[0].get_text("dict")["blocks"]
        for regel in blok.get("lines", [])
        for s in regel["spans"]
        if s["flags"] & 16
    ]
    assert "achter" in vet
    # who may not see the memo gets no PDF either
    client.force_login(lijn["buiten"])
    assert client.get(reverse("stukken:nota-pdf", args=[rijke_nota.pk])).status_code == 404


@pytest.mark.django_db
def test_zoeken_en_versies_houden_de_tekst_zoals_geschreven(rijke_nota: Nota) -> None:
    assert "| 2026 | 82.000 |" in _nota_document(rijke_nota).tekst
    inhoud = leesbare_inhoud(rijke_nota.versies.get(nummer=1))
    assert any("# Stand van zaken" in str(waarde) for _, waarde in inhoud)
