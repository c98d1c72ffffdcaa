"""Kamervragen, toezeggingen, moties and Kamerbrieven in the header search (core.zoekpagina):
found by words in them through the job queue, and a Kamerbrief not yet sent is found and
counted only by those who may see its memo."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from ministerie.core.zoekpagina import zoek_overal
from ministerie.parlement import services
from ministerie.stukken import services as stukken
from ministerie.stukken.route import stel_route_voor

from .helpers import maak_kamervragen, teken

pytestmark = pytest.mark.django_db


def _ids(uitkomst: Any) -> set[str]:
    return {t.id for t in uitkomst.treffers}


def test_vragen_toezeggingen_en_moties_vindbaar_voor_wie_parlement_mag_zien(
    mensen: dict[str, Any], e: Any, maak_gebruiker: Any, django_capture_on_commit_callbacks: Any
) -> None:
    pz = mensen["pz"]
    with django_capture_on_commit_callbacks(execute=True):
        kv = maak_kamervragen(
            pz,
            e,
            onderwerp="Zonnepanelen op schooldaken",
            vragen=["Hoeveel scholen in Zeeland hebben zonnepanelen?"],
        )
    with django_capture_on_commit_callbacks(execute=True):
        tz = services.registreer_toezegging(
            door=pz,
            bewindspersoon=e("minister-bzk"),
            gedaan_in="Commissiedebat Wonen",
            gedaan_op=timezone.localdate(),
            tekst="De minister stuurt een brief over de zonnepanelen op huurwoningen.",
            termijn_tekst="voor de zomer",
            verantwoordelijke=e("woningbouw"),
        )
    with django_capture_on_commit_callbacks(execute=True):
        motie = services.registreer_motie(
            door=pz,
            nummer="36600-VII-77",
            dictum="Verzoekt de regering zonnepanelen op alle rijksgebouwen te leggen.",
            ingediend_op=timezone.localdate(),
            bewindspersoon=e("minister-bzk"),
            verantwoordelijke=e("woningbouw"),
        )
    uitkomst = zoek_overal(mensen["czw"], "zonnepanelen")
    assert _ids(uitkomst) == {f"kamervragen:{kv.pk}", f"toezegging:{tz.pk}", f"motie:{motie.pk}"}
    assert uitkomst.totaal == 3
    assert {f.waarde: f.aantal for f in uitkomst.soorten} == {"kamervragen": 1, "toezegging": 1, "motie": 1}
    treffer = next(t for t in uitkomst.treffers if t.soort == "kamervragen")
    assert treffer.url == f"/parlement/kamervragen/{kv.pk}/"
    assert "<mark>" in treffer.titel_html + treffer.fragment_html
    # a word in the question only, and the number (kenmerk)
    assert _ids(zoek_overal(mensen["czw"], "Zeeland")) == {f"kamervragen:{kv.pk}"}
    assert f"motie:{motie.pk}" in _ids(zoek_overal(mensen["czw"], "36600-VII-77"))
    # the facet filter narrows the hits, not the kind counts
    alleen = zoek_overal(mensen["czw"], "zonnepanelen", soorten=["toezegging"])
    assert _ids(alleen) == {f"toezegging:{tz.pk}"} and alleen.totaal == 1
    assert sum(f.aantal for f in alleen.soorten) == 3
    # without the right to see parliament work: nothing, not even a count
    zonder = maak_gebruiker(gebruikersnaam="zonder-rol")
    leeg = zoek_overal(zonder, "zonnepanelen")
    assert leeg.totaal == 0 and not leeg.treffers and not leeg.soorten
    # a change is followed through the job queue: a question gets another text
    vraag = kv.vragen.get(nummer=1)
    with django_capture_on_commit_callbacks(execute=True):
        vraag.tekst = "Hoeveel gymzalen hebben zonnepanelen?"
        vraag.save()
    assert _ids(zoek_overal(mensen["czw"], "gymzalen")) == {f"kamervragen:{kv.pk}"}
    assert not zoek_overal(mensen["czw"], "Zeeland").treffers


def test_concept_kamerbrief_alleen_voor_wie_de_nota_mag_zien(
    mensen: dict[str, Any], e: Any, maak_gebruiker: Any, django_capture_on_commit_callbacks: Any
) -> None:
    beleid, pz = mensen["beleid"], mensen["pz"]
    with django_capture_on_commit_callbacks(execute=True):
        nota = stukken.maak_nota(
            door=beleid,
            soort="kamerbrief",
            onderwerp="Voortgang flexwonen in gemeenten",
            aan="de minister",
            eenheid=e("woningbouw-woningbouwbeleid"),
            kernpunten="Het aantal flexwoningen groeit.",
        )
        stukken.stel_route_in(nota, door=beleid, stappen=stel_route_voor(beleid, nota.eenheid))
    with django_capture_on_commit_callbacks(execute=True):
        kb = services.registreer_kamerbrief(door=pz, nota=nota)
    buiten = maak_gebruiker("beleidsmedewerker", eenheden=["czw"], gebruikersnaam="buiten")

    binnen = zoek_overal(beleid, "flexwoningen", soorten=["kamerbrief"])
    assert _ids(binnen) == {f"kamerbrief:{kb.pk}"}
    assert binnen.treffers[0].url == f"/parlement/kamerbrieven/{kb.pk}/"
    assert f"kamerbrief:{kb.pk}" in _ids(zoek_overal(pz, "flexwoningen"))  # registers letters
    verborgen = zoek_overal(buiten, "flexwoningen")
    assert verborgen.totaal == 0 and not verborgen.treffers
    assert all(f.waarde != "kamerbrief" for f in verborgen.soorten)

    teken(nota)
    with django_capture_on_commit_callbacks(execute=True):
        services.verzend_kamerbrief(
            kb, door=pz, kamerstuk="32 847, nr. 998", verzonden_op=timezone.localdate()
        )
    # sent: a public Kamerstuk, found by everyone who sees parliament work
    assert _ids(zoek_overal(buiten, "flexwoningen", soorten=["kamerbrief"])) == {f"kamerbrief:{kb.pk}"}
