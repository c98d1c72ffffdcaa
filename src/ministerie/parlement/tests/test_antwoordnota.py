"""The answer memo to Kamervragen (issue 14 §1 and §2): one answer per question, numbered like
the questions; addressed to the Kamer's chair; Intern; past Parlementaire Zaken on its route;
signed ('Tekenen') by the bewindspersoon whose step it is, not decided; once settled, PZ is told
to send it (notification and Mijn werk)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pymupdf
import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from ministerie.core.models import AuditRecord
from ministerie.core.rubricering import Rubricering
from ministerie.core.werk import werk_voor
from ministerie.meldingen.models import Melding
from ministerie.parlement import services
from ministerie.parlement.models import Kamer, Kamervragen
from ministerie.stukken import services as stukken
from ministerie.stukken.models import Nota, Parafeerstap
from ministerie.stukken.route import stel_route_voor

from .helpers import beantwoord, maak_kamervragen

VRAGEN = ["Kent u het bericht over het bouwtempo?", "Hoeveel woningen komen er in 2027 bij?", "Wat doet u?"]


@pytest.fixture
def meer(mensen: dict[str, Any], maak_gebruiker: Callable[..., Any]) -> dict[str, Any]:
    hoog = Rubricering.STG_CONFIDENTIEEL
    return {
        **mensen,
        "secretariaat": maak_gebruiker(
            "secretariaat", eenheden=["minister-bzk"], clearance=hoog, gebruikersnaam="secr"
        ),
        "staatssecretaris": maak_gebruiker(
            "bewindspersoon", eenheden=["staatssecretaris-kd"], clearance=hoog, gebruikersnaam="stas"
        ),
    }


def _nota(meer: dict[str, Any], e: Any, **extra: Any) -> tuple[Kamervragen, Nota]:
    kv = maak_kamervragen(meer["pz"], e, vragen=VRAGEN, **extra)
    return kv, services.maak_antwoordnota(kv, door=meer["beleid"])


def _naar_de_minister(nota: Nota) -> None:
    """Send the memo and initial every step before the bewindspersoon's."""
    stukken.start_parafering(nota, door=nota.auteur)
    for _ in range(10):
        nota.refresh_from_db()
        stap = nota.stappen.filter(status=Parafeerstap.Status.AAN_DE_BEURT).select_related("houder").first()
        assert stap is not None
        if stap.soort == Parafeerstap.Soort.BESLISSING:
            return
        stukken.parafeer(nota, door=stap.houder)
    raise AssertionError("de nota kwam niet bij de bewindspersoon")


def test_een_antwoord_per_vraag_genummerd_als_de_vragen(meer: dict[str, Any], e: Any) -> None:
    kv, nota = _nota(meer, e)
    assert [(a.nummer, a.vraag, a.tekst) for a in nota.antwoorden.all()] == [
        (v.nummer, v.tekst, "") for v in kv.vragen.order_by("nummer")
    ]
    assert nota.beslispunten.count() == 0 and nota.toelichting == ""
    # editing an answer makes a version that names it; a number the memo lacks is refused
    versie = stukken.bewerk_nota(nota, door=meer["beleid"], antwoorden={2: "In 2027 komen er 95.000 bij."})
    assert versie is not None and versie.gewijzigd == ["antwoord_2"]
    assert versie.inhoud["antwoord_2"] == "In 2027 komen er 95.000 bij." and versie.inhoud["antwoord_1"] == ""
    assert "antwoord op vraag 2" in nota.tijdlijn.get(omschrijving="Bewerkt (versie 2)").toelichting
    with pytest.raises(ValidationError, match="geen vraag 4"):
        stukken.bewerk_nota(nota, door=meer["beleid"], antwoorden={4: "?"})
    # an answer memo is made from its questions only, and only an answer memo has questions
    with pytest.raises(ValidationError):
        stukken.maak_nota(
            door=meer["beleid"], soort=Nota.Soort.ANTWOORD_KAMERVRAGEN, onderwerp="x", aan="y",
            eenheid=e("woningbouw-woningbouwbeleid"),
        )  # fmt: skip
    with pytest.raises(ValidationError):
        stukken.maak_nota(
            door=meer["beleid"], soort=Nota.Soort.BESLISNOTA, onderwerp="x", aan="y",
            eenheid=e("woningbouw-woningbouwbeleid"), beslispunten=["a"], vragen=["b"],
        )  # fmt: skip


def test_intern_en_gericht_aan_de_voorzitter_van_de_kamer(meer: dict[str, Any], e: Any) -> None:
    # the author's clearance is high (Stg. Confidentieel); the answer still starts at Intern
    assert meer["beleid"].clearance > Rubricering.INTERN
    _, nota = _nota(meer, e)
    assert nota.rubricering == Rubricering.INTERN
    assert nota.aan == "de Voorzitter van de Tweede Kamer der Staten-Generaal"
    _, ek = _nota(meer, e, nummer="2026Z20002", kamer=Kamer.EERSTE)
    assert ek.aan == "de Voorzitter van de Eerste Kamer der Staten-Generaal"
    # a memo of another kind keeps the old default (the author's clearance)
    gewoon = stukken.maak_nota(
        door=meer["beleid"], soort=Nota.Soort.INFORMATIENOTA, onderwerp="x", aan="de minister",
        eenheid=e("woningbouw-woningbouwbeleid"),
    )  # fmt: skip
    assert gewoon.rubricering == meer["beleid"].clearance


def test_parlementaire_zaken_staat_op_de_route(meer: dict[str, Any], e: Any) -> None:
    _, nota = _nota(meer, e)
    route = [(s.houder.username, s.soort) for s in nota.stappen.order_by("niveau")]
    lijn = [("ah", "lijn"), ("dir", "lijn"), ("dg", "lijn"), ("sg", "lijn")]
    assert route == [*lijn, ("pz", "lijn"), ("minister", "beslissing")]
    assert nota.stappen.filter(houder=meer["pz"], eenheid__code="ba-pzmo").exists()
    # a route without Parlementaire Zaken is refused for an answer memo
    voorstel = stel_route_voor(meer["beleid"], nota.eenheid, soort=nota.soort)
    zonder = [s for s in voorstel if s.houder.pk != meer["pz"].pk]
    with pytest.raises(ValidationError, match="Parlementaire Zaken"):
        stukken.stel_route_in(nota, door=meer["beleid"], stappen=zonder)


def test_tekenen_alleen_deze_soort_en_alleen_de_bewindspersoon_op_de_route(
    meer: dict[str, Any], e: Any
) -> None:
    _, nota = _nota(meer, e)
    stukken.bewerk_nota(nota, door=meer["beleid"], antwoorden={1: "Ja.", 3: "Zie **antwoord 2**."})
    _naar_de_minister(nota)
    # not decided: 'Beslissen' is refused, and so is a paraaf
    with pytest.raises(ValidationError, match="getekend, niet besloten"):
        stukken.beslis(nota, door=meer["minister"], besluiten={})
    with pytest.raises(ValidationError, match="Tekenen"):
        stukken.parafeer(nota, door=meer["minister"])
    # another bewindspersoon (not on the route) and PZ may not sign
    with pytest.raises(PermissionDenied):
        stukken.teken(nota, door=meer["staatssecretaris"])
    with pytest.raises(PermissionDenied):
        stukken.teken(nota, door=meer["pz"])
    # an empty answer stops the signature (question 2)
    with pytest.raises(ValidationError, match="vraag 2"):
        stukken.teken(nota, door=meer["minister"])
    stukken.stuur_terug(nota, door=meer["minister"], reden="Vraag 2 ontbreekt")
    stukken.bewerk_nota(nota, door=meer["beleid"], antwoorden={2: "95.000."})
    stukken.start_parafering(nota, door=meer["beleid"], herstart="terugstuurder")
    stap = stukken.teken(nota, door=meer["minister"], opmerking="Goed zo")
    nota.refresh_from_db()
    assert stap.status == Parafeerstap.Status.GETEKEND
    assert nota.status == Nota.Status.BESLOTEN and nota.statuslabel == "Getekend"
    assert nota.tijdlijn.filter(omschrijving="Getekend door de bewindspersoon").count() == 1
    record = AuditRecord.objects.filter(actie="nota_getekend").get()
    assert (
        record.gegevens["versie"] == nota.versies.count() and len(record.gegevens["antwoorden_sha256"]) == 64
    )
    assert [m.soort for m in Melding.objects.filter(ontvanger=meer["beleid"]).order_by("pk")][
        -1
    ] == "getekend"
    # a memo of another kind is decided, not signed
    brief = stukken.maak_nota(
        door=meer["beleid"], soort=Nota.Soort.BESLISNOTA, onderwerp="Besluit", aan="de minister",
        eenheid=e("woningbouw-woningbouwbeleid"), beslispunten=["Akkoord"],
    )  # fmt: skip
    with pytest.raises(ValidationError, match="niet getekend maar besloten"):
        stukken.teken(brief, door=meer["minister"])


def test_afgedaan_vertelt_pz_te_verzenden(meer: dict[str, Any], e: Any) -> None:
    kv, nota = _nota(meer, e)
    beantwoord(nota)
    _naar_de_minister(nota)
    stukken.teken(nota, door=meer["minister"])

    def te_verzenden() -> list[Any]:
        return [i for i in werk_voor(meer["pz"]) if i.soort == "Kamervragen — te verzenden"]

    # signed but not yet settled: the secretariaat settles it first, PZ has nothing yet
    assert any(i.soort == "Nota — af te doen" for i in werk_voor(meer["secretariaat"]))
    assert te_verzenden() == []
    assert not Melding.objects.filter(ontvanger=meer["pz"], titel__startswith="Te verzenden").exists()
    stukken.doe_af(nota, door=meer["secretariaat"])
    melding = Melding.objects.get(ontvanger=meer["pz"], titel__startswith="Te verzenden")
    assert melding.titel == "Te verzenden: Kamervragen 2026Z20001 — Bouwtempo"
    assert melding.link == reverse("parlement:kamervragen", args=[kv.pk]) and melding.soort == "te_doen"
    assert [i.url for i in te_verzenden()] == [melding.link]
    # nobody else hears it (the author hears 'Afgedaan' only)
    assert not Melding.objects.filter(titel__startswith="Te verzenden").exclude(ontvanger=meer["pz"]).exists()
    # once sent, it is off PZ's Mijn werk
    services.registreer_antwoord_verzonden(kv, door=meer["pz"], verzonden_op=timezone.localdate())
    assert te_verzenden() == []


def test_pagina_pdf_api_en_bewerken(meer: dict[str, Any], e: Any) -> None:
    _, nota = _nota(meer, e)
    client = Client()
    client.force_login(meer["beleid"])
    # the edit page has one field per question, labelled with its number; no decision points
    html = client.get(reverse("stukken:nota-bewerken", args=[nota.pk])).content.decode()
    assert 'name="antwoord_3"' in html and "Antwoord op vraag 3" in html and VRAGEN[2] in html
    assert 'name="beslispunten"' not in html
    gegevens = client.get(reverse("stukken:nota-bewerken", args=[nota.pk])).context["formulier"].initial
    gegevens = {k: v for k, v in gegevens.items() if v not in (None, [])} | {
        "antwoord_1": "Ja, dat ken ik.",
        "antwoord_2": "Een **tabel**:\n\n| Jaar | Woningen |\n|---|---|\n| 2027 | 95.000 |",
        "antwoord_3": "<script>alert(1)</script> niets",
    }
    antwoord = client.post(reverse("stukken:nota-bewerken", args=[nota.pk]), gegevens)
    assert antwoord.status_code == 302, antwoord.content.decode()[:2000]
    html = client.get(reverse("stukken:nota", args=[nota.pk])).content.decode()
    assert "Vragen en antwoorden" in html and "<strong>tabel</strong>" in html
    assert "&lt;script&gt;" in html and "<script>alert" not in html
    assert html.index("Vraag 1") < html.index("Vraag 2") < html.index("Vraag 3")
    # the API: the answers in the memo, editable through PATCH /notas/{id}
    api = client.get(f"/api/v1/notas/{nota.pk}").json()
    assert [a["nummer"] for a in api["antwoorden"]] == [1, 2, 3] and api["antwoorden"][0][
        "tekst"
    ] == "Ja, dat ken ik."
    antwoord = client.patch(
        f"/api/v1/notas/{nota.pk}",
        {"antwoorden": [{"nummer": 1, "tekst": "Ja."}]},
        content_type="application/json",
    )
    assert antwoord.status_code == 200, antwoord.content
    assert antwoord.json()["antwoorden"][0]["tekst"] == "Ja." and antwoord.json()["antwoorden"][2]["tekst"]
    fout = client.patch(
        f"/api/v1/notas/{nota.pk}",
        {"antwoorden": [{"nummer": 9, "tekst": "?"}]},
        content_type="application/json",
    )
    assert fout.status_code == 400
    assert nota.versies.count() == 3  # made, the page's edit, the API's edit
    # the PDF has the questions and the answers
    pdf = pymupdf.open(stream=client.get(reverse("stukken:nota-pdf", args=[nota.pk])).content)
    tekst = "\n".join(p.get_text() for p in pdf)
    for stuk in (
        "Vragen en antwoorden",
        "Vraag 2",
        VRAGEN[1],
        "Antwoord 2",
        "95.000",
        "Voorzitter van de Tweede Kamer",
    ):
        assert stuk in tekst, stuk
    # the signing: the minister's page offers 'Tekenen' (no decision points), then signs via the API
    _naar_de_minister(nota)
    client.force_login(meer["minister"])
    html = client.get(reverse("stukken:nota", args=[nota.pk])).content.decode()
    assert "Uw handtekening" in html and reverse("stukken:nota-tekenen", args=[nota.pk]) in html
    assert "Besluit vastleggen" not in html
    # the tablet shows the questions and answers and offers 'Tekenen' too
    tablet = client.get(reverse("stukken:tablet-nota", args=[nota.pk])).content.decode()
    assert "Vragen en antwoorden" in tablet and VRAGEN[1] in tablet and "95.000" in tablet
    assert reverse("stukken:nota-tekenen", args=[nota.pk]) in tablet and "Besluit vastleggen" not in tablet
    getekend = client.post(f"/api/v1/notas/{nota.pk}/tekenen", {}, content_type="application/json")
    assert getekend.status_code == 200, getekend.content
    assert getekend.json()["status"] == "besloten"
    assert client.post(
        f"/api/v1/notas/{nota.pk}/tekenen", {}, content_type="application/json"
    ).status_code in (
        400,
        403,
        409,
    )
