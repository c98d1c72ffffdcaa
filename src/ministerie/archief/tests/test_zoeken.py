"""Kept items in the one search (core.zoekpagina): found by words in their text as the archive
itself shows them — the archivist all, the owner and those given access (Machtiging) only the
archive of that key official, within clearance; nobody else, not even a count; destroyed items
leave the index."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from ministerie.archief import inname, services
from ministerie.archief.models import Functieperiode, Item, Sleutelfunctionaris
from ministerie.core.rubricering import Rubricering
from ministerie.core.zoekpagina import zoek_overal
from ministerie.organisatie.models import Persoon

from .hulp import schrijf_mbox

SOORT = ["archief-item"]


def _ids(uitkomst: Any) -> set[str]:
    return {t.id for t in uitkomst.treffers}


def test_archiefstukken_in_de_ene_zoekfunctie(
    maak_gebruiker: Any, tmp_path: Path, django_capture_on_commit_callbacks: Any
) -> None:
    minister = Persoon.objects.create(code="minister-z", naam="Minister Z")
    services.neem_op_in_register(
        door="test", persoon=minister, code="minister", functie=Functieperiode.Functie.BEWINDSPERSOON,
        van=date(2021, 1, 1),
    )  # fmt: skip
    functionaris = Sleutelfunctionaris.objects.get(code="minister")
    archivaris = maak_gebruiker("archivaris", clearance=Rubricering.STG_GEHEIM)
    eigenaar = maak_gebruiker("bewindspersoon", clearance=Rubricering.STG_GEHEIM)
    eigenaar.persoon = minister
    eigenaar.save()
    collega = maak_gebruiker("directeur", clearance=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK)
    buitenstaander = maak_gebruiker("directeur", clearance=Rubricering.STG_GEHEIM)
    with django_capture_on_commit_callbacks(execute=True):
        inname.neem_in(
            schrijf_mbox(tmp_path / "p.mbox", 3), functionaris=functionaris, soort="mail", door="t"
        )
    geheim = tmp_path / "geheim"
    geheim.mkdir()
    (geheim / "chat.txt").write_text(
        "[01-03-2021 09:00:00] Minister: Besluit over dossier kernenergie genomen.\n", encoding="utf-8"
    )
    with django_capture_on_commit_callbacks(execute=True):
        inname.neem_in(
            geheim,
            functionaris=functionaris,
            soort="chat",
            door="t",
            rubricering=Rubricering.STG_CONFIDENTIEEL,
        )
    mail = {f"archief-item:{pk}" for pk in Item.objects.filter(soort="mail").values_list("pk", flat=True)}
    chat = f"archief-item:{Item.objects.get(soort='chat').pk}"

    assert _ids(zoek_overal(archivaris, "dossier", soorten=SOORT)) == mail | {chat}
    treffer = zoek_overal(archivaris, "kernenergie", soorten=SOORT).treffers[0]
    assert treffer.url == f"/archief/stukken/{chat.split(':')[1]}/" and "<mark>" in treffer.fragment_html
    assert _ids(zoek_overal(eigenaar, "dossier", soorten=SOORT)) == mail | {chat}
    assert zoek_overal(buitenstaander, "dossier", soorten=SOORT).totaal == 0
    # a Machtiging re-indexes the key official's items: the colleague finds them within clearance
    with django_capture_on_commit_callbacks(execute=True):
        services.machtig(functionaris, door=archivaris, gebruiker=collega)
    assert _ids(zoek_overal(collega, "dossier", soorten=SOORT)) == mail
    assert zoek_overal(collega, "kernenergie", soorten=SOORT).totaal == 0
    assert zoek_overal(buitenstaander, "dossier", soorten=SOORT).totaal == 0
    # destroyed: gone from the index
    item = Item.objects.filter(soort="mail").first()
    assert item is not None
    with django_capture_on_commit_callbacks(execute=True):
        item.vernietigd_op = item.datum
        item.save()
    assert f"archief-item:{item.pk}" not in _ids(zoek_overal(archivaris, "dossier", soorten=SOORT))


def test_zoekpagina_van_het_archief_zoekt_in_de_index(
    maak_gebruiker: Any, tmp_path: Path, django_capture_on_commit_callbacks: Any, monkeypatch: Any
) -> None:
    """The archive's own search page takes its terms to the index (word forms, compounds,
    phrases), with the same visibility; period, official and kind stay on the database."""
    from datetime import UTC, datetime

    from django.test import Client

    minister = Persoon.objects.create(code="minister-p", naam="Minister P")
    services.neem_op_in_register(
        door="test", persoon=minister, code="minister", functie=Functieperiode.Functie.BEWINDSPERSOON,
        van=date(2021, 1, 1),
    )  # fmt: skip
    functionaris = Sleutelfunctionaris.objects.get(code="minister")
    archivaris = maak_gebruiker("archivaris", clearance=Rubricering.STG_GEHEIM)
    buitenstaander = maak_gebruiker("jurist_czw", clearance=Rubricering.STG_GEHEIM)
    with django_capture_on_commit_callbacks(execute=True):
        inname.neem_in(
            schrijf_mbox(tmp_path / "p.mbox", 6, begin=datetime(2021, 3, 1, 9, tzinfo=UTC)),
            functionaris=functionaris, soort="mail", door="t",
        )  # fmt: skip
    mails = list(Item.objects.order_by("pk"))
    # "besluiten" is no substring of "Besluit over dossier 1": the index knows the word form
    assert services.zoek(archivaris, termen="besluiten").count() == 6
    assert list(services.zoek(archivaris, termen='"dossier 3"')) == [mails[2]]
    assert services.zoek(archivaris, termen="besluiten", tot=date(2021, 2, 28)).count() == 0
    assert not services.zoek(buitenstaander, termen="besluiten").exists()
    # a text changed behind the index's back (no signal) is not found by its new word: the
    # terms are answered by the index, not by a scan of the database
    Item.objects.filter(pk=mails[0].pk).update(tekst="Geheim woord zeppelinhaven")
    assert not services.zoek(archivaris, termen="zeppelinhaven").exists()
    # more matches than the index gives at once: the page says so
    monkeypatch.setattr(services, "MAX_INDEXTREFFERS", 2)
    client = Client()
    client.force_login(archivaris)
    pagina = client.get("/archief/", {"termen": "besluiten"}).content.decode()
    assert "Gevonden: 2 stukken" in pagina and "komen in 6 stukken voor" in pagina
    assert '<p class="archief-fragment">' in pagina and "<mark>" in pagina  # the index's fragment
