"""One chapter's budget at one moment as plain data: for the CLI (`toon --json`), the API and
the exports (a layout modelled on the Rijksbegroting open data)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from .berekening import Standbedragen, Stap, standen_met_bedragen
from .models import Artikel, Bedragsoort, Begroting

VUO = {"verplichtingen": "V", "uitgaven": "U", "ontvangsten": "O"}
KOLOMMEN = [
    "begrotingsjaar",
    "begrotingsfase",
    "hoofdstuk",
    "hoofdstuknaam",
    "artikel",
    "artikelnaam",
    "artikelsoort",
    "vuo",
    "jaar",
    "bedrag_x_1000",
]


def kies_stand(begroting: Begroting, volgnummer: int | None = None) -> Standbedragen | None:
    standen = standen_met_bedragen(begroting)
    if not standen:
        return None
    if volgnummer is None:
        return standen[-1]
    for sb in standen:
        if sb.stand.volgnummer == volgnummer:
            return sb
    return None


def artikel_als_dict(artikel: Artikel, sb: Standbedragen, jaren: list[int]) -> dict[str, Any]:
    return {
        "nummer": artikel.nummer,
        "naam": artikel.naam,
        "soort": artikel.soort,
        **{soort: {str(j): sb.bedrag(artikel.pk, soort, j) for j in jaren} for soort in Bedragsoort.values},
        "uitDossier": "Afgeleid:" not in artikel.opmerking,
        "bron": f"dossier {artikel.bron_sectie}" if artikel.bron_sectie else "",
        "opmerking": artikel.opmerking,
    }


def hoofdstuk_als_dict(
    begroting: Begroting, sb: Standbedragen, artikelen: QuerySet[Artikel] | list[Artikel]
) -> dict[str, Any]:
    jaren = begroting.jaren
    rijen = [artikel_als_dict(a, sb, jaren) for a in artikelen]
    som = sum((r["uitgaven"][str(begroting.jaar)] or 0) for r in rijen)
    return {
        "hoofdstuk": begroting.hoofdstuk.code,
        "naam": begroting.hoofdstuk.naam,
        "jaar": begroting.jaar,
        "stand": {
            "volgnummer": sb.stand.volgnummer,
            "moment": sb.stand.moment,
            "naam": sb.stand.get_moment_display(),
        },
        "eenheid": "x € 1.000",
        "artikelen": rijen,
        "somUitgaven": som,
        "vastgelegdTotaal": begroting.vastgelegd_totaal,
        "verschil": None if begroting.vastgelegd_totaal is None else begroting.vastgelegd_totaal - som,
        "toelichting": begroting.toelichting,
    }


def open_data_rijen(
    begroting: Begroting, sb: Standbedragen, artikelen: QuerySet[Artikel] | list[Artikel]
) -> list[list[Any]]:
    rijen = []
    for artikel in artikelen:
        for soort in Bedragsoort.values:
            for jaar in begroting.jaren:
                bedrag = sb.bedrag(artikel.pk, soort, jaar)
                if bedrag is None:
                    continue
                rijen.append(
                    [
                        begroting.jaar,
                        sb.stand.get_moment_display(),
                        begroting.hoofdstuk.code,
                        begroting.hoofdstuk.naam,
                        artikel.nummer,
                        artikel.naam,
                        artikel.get_soort_display(),
                        VUO[soort],
                        jaar,
                        bedrag,
                    ]
                )
    return rijen


def watervalreeks(stappen: list[Stap], jaar: int) -> list[tuple[str, str, int | None]]:
    """An article's moments as a waterfall for one year (``core.grafieken.waterval``): the first
    moment as the start level, then per later moment each change on the article as a step and
    the moment's level ("= Eerste suppletoire begroting …"); amounts x € 1.000."""
    reeks: list[tuple[str, str, int | None]] = []
    for stap in stappen:
        naam = stap.stand.get_moment_display()
        if stap.vorige is None:
            reeks.append(("totaal", naam, stap.nieuw.get(jaar)))
            continue
        for w in stap.wijzigingen:
            if w.per_jaar.get(jaar):
                reeks.append(
                    ("stap", f"{w.mutatie.get_soort_display()}: {w.mutatie.titel}", w.per_jaar[jaar])
                )
        reeks.append(("totaal", f"= {naam}", stap.nieuw.get(jaar)))
    return reeks
