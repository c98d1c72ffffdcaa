"""Budget articles and mutations in the header search (core.zoekpagina): the same scopes as the
budget pages — FEZ and the leadership find every article, a DG only those of their own units,
someone without the budget right nothing (no count either)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ministerie.begroting.models import Begroting
from ministerie.begroting.services import open_stand, voer_mutaties_in
from ministerie.core import zoekbronnen
from ministerie.core.zoekpagina import zoek_overal

from .hulp import artikel, mutatie

pytestmark = pytest.mark.django_db


def _ids(uitkomst: Any) -> set[str]:
    return {t.id for t in uitkomst.treffers}


def test_artikelen_en_mutaties_per_bereik(
    begroting_bzk: Begroting,
    fez: Any,
    maak_gebruiker: Callable[..., Any],
    django_capture_on_commit_callbacks: Any,
) -> None:
    zoekbronnen.herbouw()
    veiligheid = artikel("VII", 2)  # the article of DG AIVD in the data set
    assert veiligheid.eenheid is not None and veiligheid.eenheid.code == "dgaivd"
    dg_aivd = maak_gebruiker("directeur_generaal", eenheden=["dgaivd"])
    dg_brw = maak_gebruiker("directeur_generaal", eenheden=["dgbrw"])
    beleid = maak_gebruiker("beleidsmedewerker", eenheden=["dgaivd"])

    id_ = f"begrotingsartikel:{veiligheid.pk}"
    gevonden = zoek_overal(fez, "Nationale veiligheid", soorten=["begrotingsartikel"])
    assert id_ in _ids(gevonden)
    treffer = next(t for t in gevonden.treffers if t.id == id_)
    assert treffer.url == "/begroting/VII/2022/artikelen/2/"
    assert _ids(zoek_overal(dg_aivd, "Nationale veiligheid", soorten=["begrotingsartikel"])) == {id_}
    for buiten in (dg_brw, beleid):
        uitkomst = zoek_overal(buiten, "Nationale veiligheid", soorten=["begrotingsartikel"])
        assert uitkomst.totaal == 0 and not uitkomst.treffers

    stand = open_stand(begroting_bzk, "eerste_suppletoire", door=fez)
    with django_capture_on_commit_callbacks(execute=True):
        [m] = voer_mutaties_in(
            stand, [mutatie("intensivering", "Cyberweerbaarheid vitale sectoren", (2, 2022, 5000))], door=fez
        )
    mid = f"mutatie:{m.pk}"
    assert _ids(zoek_overal(fez, "cyberweerbaarheid")) == {mid}
    aivd = zoek_overal(dg_aivd, "cyberweerbaarheid")
    assert _ids(aivd) == {mid} and aivd.treffers[0].url == "/begroting/VII/2022/artikelen/2/"
    for buiten in (dg_brw, beleid):
        uitkomst = zoek_overal(buiten, "cyberweerbaarheid")
        assert uitkomst.totaal == 0 and not uitkomst.treffers and not uitkomst.soorten
