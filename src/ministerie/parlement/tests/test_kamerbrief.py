"""Kamerbrieven: signed memo, Kamerstuk number and date, commitments met, motions carried out,
questions answered, and the decision memos handed to openness after commit."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from ministerie.parlement import services
from ministerie.parlement.models import Kamerbrief, Kamervragen, Motie, Toezegging
from ministerie.parlement.signalen import kamerbrief_verzonden
from ministerie.stukken import services as stukken
from ministerie.stukken.models import Nota

from .helpers import maak_kamervragen, teken


def _nota(door: Any, e: Any, soort: str, **velden: Any) -> Nota:
    from ministerie.stukken.route import stel_route_voor

    nota = stukken.maak_nota(
        door=door,
        soort=soort,
        onderwerp=f"{soort} flexwonen",
        aan="de minister",
        eenheid=e("woningbouw-woningbouwbeleid"),
        beslispunten=["Akkoord"] if soort == "beslisnota" else [],
        **velden,
    )
    stukken.stel_route_in(nota, door=door, stappen=stel_route_voor(door, nota.eenheid))
    return nota


def test_verzenden_voldoet_en_geeft_beslisnotas_door(
    mensen: dict[str, Any], e: Any, django_capture_on_commit_callbacks: Any
) -> None:
    pz, beleid = mensen["pz"], mensen["beleid"]
    brief = _nota(beleid, e, "kamerbrief")
    openbaar = _nota(beleid, e, "beslisnota", openbaar_bij_kamerstuk=True)
    intern = _nota(beleid, e, "beslisnota")
    tz1 = services.registreer_toezegging(
        door=pz,
        bewindspersoon=e("minister-bzk"),
        gedaan_in="Debat",
        gedaan_op=timezone.localdate(),
        tekst="Brief",
        termijn_tekst="binnen zes weken",
        verantwoordelijke=e("woningbouw"),
    )
    tz2 = services.registreer_toezegging(
        door=pz,
        bewindspersoon=e("minister-bzk"),
        gedaan_in="Debat",
        gedaan_op=timezone.localdate(),
        tekst="Tweede",
        termijn_tekst="binnen zes weken",
        verantwoordelijke=e("woningbouw"),
    )
    motie = services.registreer_motie(
        door=pz,
        nummer="36600-VII-20",
        dictum="Verzoekt",
        ingediend_op=timezone.localdate(),
        bewindspersoon=e("minister-bzk"),
        verantwoordelijke=e("woningbouw"),
        uitslag="aangenomen",
    )
    kv = maak_kamervragen(pz, e, ontvangen_op=timezone.localdate() - timedelta(days=3))
    with pytest.raises(ValidationError):
        services.registreer_kamerbrief(door=pz, nota=openbaar)
    kb = services.registreer_kamerbrief(
        door=pz,
        nota=brief,
        beslisnotas=[openbaar, intern],
        toezeggingen=[tz1, tz2],
        moties=[motie],
        kamervragen=[kv],
    )
    with pytest.raises(ValidationError, match="getekend"):
        services.verzend_kamerbrief(kb, door=pz, kamerstuk="32847, nr. 1", verzonden_op=timezone.localdate())
    teken(brief)
    with pytest.raises(PermissionDenied):
        services.verzend_kamerbrief(
            kb, door=beleid, kamerstuk="32847, nr. 1", verzonden_op=timezone.localdate()
        )

    ontvangen: list[dict[str, Any]] = []

    def luister(sender: Any, **kwargs: Any) -> None:
        ontvangen.append(kwargs)

    kamerbrief_verzonden.connect(luister)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            services.verzend_kamerbrief(
                kb, door=pz, kamerstuk="32847, nr. 1", verzonden_op=timezone.localdate(), deels=[tz2.pk]
            )
            assert ontvangen == []  # only after commit
    finally:
        kamerbrief_verzonden.disconnect(luister)
    assert len(ontvangen) == 1
    assert ontvangen[0]["beslisnota_ids"] == [openbaar.pk]
    assert ontvangen[0]["kamerbrief_nota_id"] == brief.pk
    assert ontvangen[0]["kamerstuk"] == "32847, nr. 1"
    assert ontvangen[0]["gebruiker"] == pz
    assert Toezegging.objects.get(pk=tz1.pk).status == "voldaan"
    assert Toezegging.objects.get(pk=tz2.pk).status == "deels_voldaan"
    assert Toezegging.objects.get(pk=tz1.pk).voldaan_met_id == kb.pk
    assert Motie.objects.get(pk=motie.pk).uitgevoerd_op == timezone.localdate()
    assert Kamervragen.objects.get(pk=kv.pk).status == "verzonden"
    with pytest.raises(ValidationError, match="al verzonden"):
        services.verzend_kamerbrief(kb, door=pz, kamerstuk="x", verzonden_op=timezone.localdate())


def test_geen_signaal_bij_terugdraaien(
    mensen: dict[str, Any], e: Any, django_capture_on_commit_callbacks: Any
) -> None:
    pz = mensen["pz"]
    brief = _nota(mensen["beleid"], e, "kamerbrief")
    motie = services.registreer_motie(
        door=pz,
        nummer="M-1",
        dictum="Verzoekt",
        ingediend_op=timezone.localdate(),
        bewindspersoon=e("minister-bzk"),
        verantwoordelijke=e("woningbouw"),
        uitslag="verworpen",
    )
    kb = services.registreer_kamerbrief(door=pz, nota=brief, moties=[motie])
    teken(brief)
    with (
        django_capture_on_commit_callbacks() as callbacks,
        pytest.raises(ValidationError, match="niet aangenomen"),
    ):
        services.verzend_kamerbrief(kb, door=pz, kamerstuk="1", verzonden_op=timezone.localdate())
    assert callbacks == []
    assert Kamerbrief.objects.get(pk=kb.pk).verzonden_op is None


def test_nota_boven_de_clearance_kan_niet_worden_gekoppeld_en_blijft_onzichtbaar(
    mensen: dict[str, Any], e: Any, client: Any
) -> None:
    from ministerie.core.rubricering import Rubricering

    pz = mensen["pz"]
    pz.clearance = Rubricering.INTERN
    pz.save()
    geheim = _nota(mensen["beleid"], e, "kamerbrief", rubricering=Rubricering.STG_CONFIDENTIEEL)
    with pytest.raises(ValidationError, match="bestaat niet of u kunt hem niet inzien"):
        services.registreer_kamerbrief(door=pz, nota=geheim)
    client.force_login(pz)
    assert geheim.onderwerp not in client.get("/parlement/kamerbrieven/").content.decode()
    antwoord = client.post("/api/v1/kamerbrieven", {"nota": geheim.kenmerk}, content_type="application/json")
    onbekend = client.post("/api/v1/kamerbrieven", {"nota": "BESTAAT-NIET"}, content_type="application/json")
    assert antwoord.status_code == onbekend.status_code == 400
    assert antwoord.json()["invalidParams"][0]["reason"].replace(geheim.kenmerk, "X") == onbekend.json()[
        "invalidParams"
    ][0]["reason"].replace("BESTAAT-NIET", "X")


def test_concept_kamerbrief_alleen_voor_wie_de_nota_mag_zien_na_verzending_voor_iedereen(
    mensen: dict[str, Any], e: Any, client: Any, maak_gebruiker: Any, django_capture_on_commit_callbacks: Any
) -> None:
    brief = _nota(mensen["beleid"], e, "kamerbrief")
    kb = services.registreer_kamerbrief(door=mensen["pz"], nota=brief)
    buiten = maak_gebruiker("beleidsmedewerker", eenheden=["czw"], gebruikersnaam="buiten")
    client.force_login(buiten)
    assert client.get(f"/parlement/kamerbrieven/{kb.pk}/").status_code == 404
    assert client.get(f"/api/v1/kamerbrieven/{kb.pk}").status_code == 404
    assert brief.onderwerp not in client.get("/parlement/kamerbrieven/").content.decode()
    teken(brief)
    with django_capture_on_commit_callbacks(execute=True):
        services.verzend_kamerbrief(
            kb, door=mensen["pz"], kamerstuk="32 847, nr. 999", verzonden_op=timezone.localdate()
        )
    assert client.get(f"/parlement/kamerbrieven/{kb.pk}/").status_code == 200
    assert client.get(f"/api/v1/kamerbrieven/{kb.pk}").status_code == 200
