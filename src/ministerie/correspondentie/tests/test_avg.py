"""AVG: the export of everything held about a person (art. 15), and destruction after the
retention per kind through a list that MC approves (recorded)."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from ministerie.core.models import AuditRecord
from ministerie.correspondentie import avg, services
from ministerie.correspondentie.models import Antwoord, Bijlage, Vernietigingslijst, Zaak
from ministerie.correspondentie.postvak import neem_op

from .hulp import email, mc_medewerker


def test_inzage_export_bevat_alles_over_de_persoon_en_niets_over_anderen(
    bzk: Any, maak_gebruiker: Any
) -> None:
    mc = mc_medewerker(maak_gebruiker)
    post, _ = neem_op(email(bijlagen=[("tekening.png", b"\x89PNG tekening")]))
    ander, _ = neem_op(email(van="Piet <piet@voorbeeld.nl>", onderwerp="Iets anders"))
    zaak = post.zaak
    assert zaak is not None and ander.zaak is not None
    services.stel_antwoord_op(zaak, door=mc, tekst="Dank je wel.")
    data = avg.inzage_export(door=mc, email="SANNE@voorbeeld.nl")
    archief = zipfile.ZipFile(io.BytesIO(data))
    overzicht = json.loads(archief.read("overzicht.json"))
    assert [z["zaaknummer"] for z in overzicht["zaken"]] == [zaak.zaaknummer]
    assert overzicht["zaken"][0]["antwoord"]["tekst"] == "Dank je wel."
    namen = archief.namelist()
    assert any(n.endswith(".eml") for n in namen) and f"{zaak.zaaknummer}/bijlagen/" in " ".join(namen)
    assert not any(ander.zaak.zaaknummer in n for n in namen)
    assert AuditRecord.objects.filter(actie="correspondentie_avg_inzage").count() == 1
    directeur = maak_gebruiker("directeur", eenheden=["woningbouw"])
    with pytest.raises(PermissionDenied):
        avg.inzage_export(door=directeur, email="sanne@voorbeeld.nl")


def test_vernietiging_na_bewaartermijn_via_een_goedgekeurde_lijst(bzk: Any, maak_gebruiker: Any) -> None:
    mc = mc_medewerker(maak_gebruiker)
    oud_post, _ = neem_op(email(bijlagen=[("a.txt", b"abc")]))
    nieuw_post, _ = neem_op(email(onderwerp="Recent", van="Piet <piet@voorbeeld.nl>"))
    oud, nieuw = oud_post.zaak, nieuw_post.zaak
    assert oud is not None and nieuw is not None
    lang_geleden = timezone.now() - timedelta(days=3 * 366)  # kinderbrief: 2 years
    Zaak.objects.filter(pk=oud.pk).update(status="afgehandeld", afgehandeld_op=lang_geleden)
    Zaak.objects.filter(pk=nieuw.pk).update(status="afgehandeld", afgehandeld_op=timezone.now())
    bestand = Bijlage.objects.get(zaak=oud).bestand
    pad = bestand.path
    lijst = avg.stel_vernietigingslijst_op(door=mc)
    assert [r["zaaknummer"] for r in lijst.zaken] == [oud.zaaknummer]
    assert Zaak.objects.filter(pk=oud.pk).exists()  # nothing destroyed before approval
    assert avg.keur_vernietigingslijst_goed(lijst, door=mc) == 1
    assert not Zaak.objects.filter(pk=oud.pk).exists() and Zaak.objects.filter(pk=nieuw.pk).exists()
    assert not Antwoord.objects.filter(zaak_id=oud.pk).exists()
    lijst = Vernietigingslijst.objects.get()
    assert lijst.goedgekeurd_door == mc and lijst.zaken[0]["zaaknummer"] == oud.zaaknummer
    assert AuditRecord.objects.filter(actie="correspondentie_vernietigd").get().gegevens == {
        "zaken": [oud.zaaknummer]
    }
    import os

    assert os.path.exists(pad)  # files go after the commit (the test's transaction never commits)
