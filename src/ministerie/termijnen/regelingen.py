"""The regelingen: which legal terms the engine knows, each as a row of data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .duur import Duur, Eenheid
from .fouten import OnbekendeRegeling

RVO_TK_VRAGEN = "Reglement van Orde van de Tweede Kamer, art. 12.2"


@dataclass(frozen=True)
class Verdagingsregel:
    duur: Duur
    grondslag: str


@dataclass(frozen=True)
class Regeling:
    sleutel: str
    omschrijving: str
    grondslag: str
    termijn: Duur
    # What DATUM is: the term runs from the day after it.
    aanvang: str
    atw_van_toepassing: bool
    verdaging: Verdagingsregel | None = None
    opschorting_grondslag: str | None = None
    geen_verdaging_reden: str | None = None
    geen_atw_reden: str | None = None


def _weken(aantal: int) -> Duur:
    return Duur(aantal, Eenheid.WEKEN)


_VERDAGING_KLACHT = Verdagingsregel(_weken(4), "Awb art. 9:11 lid 2")
_VERDAGING_BEZWAAR = Verdagingsregel(_weken(6), "Awb art. 7:10 lid 3")

_ALLE = (
    Regeling(
        sleutel="woo",
        omschrijving="Beslissing op een verzoek om informatie (Woo-verzoek)",
        grondslag="Woo art. 4.4 lid 1",
        termijn=_weken(4),
        aanvang="de dag van ontvangst van het verzoek",
        atw_van_toepassing=True,
        verdaging=Verdagingsregel(_weken(2), "Woo art. 4.4 lid 2"),
        opschorting_grondslag="Woo art. 4.4 lid 3, onverminderd Awb art. 4:15",
    ),
    Regeling(
        sleutel="woo-precisering",
        omschrijving="Verzoek om precisering van een te algemeen Woo-verzoek",
        grondslag="Woo art. 4.1 lid 5",
        termijn=_weken(2),
        aanvang="de dag van ontvangst van het verzoek",
        atw_van_toepassing=True,
        geen_verdaging_reden="De Woo kent geen verdaging van de termijn om precisering te vragen.",
    ),
    Regeling(
        sleutel="woo-openbaarmaking",
        omschrijving="Openbaarmaking als bezwaar van een derde-belanghebbende is te verwachten",
        grondslag="Woo art. 4.4 lid 5",
        termijn=_weken(2),
        aanvang="de dag van bekendmaking van het besluit",
        atw_van_toepassing=True,
        geen_verdaging_reden=(
            "Een wachttermijn voor openbaarmaking, geen beslistermijn: er valt niets te verdagen."
        ),
    ),
    Regeling(
        sleutel="klacht",
        omschrijving="Afhandeling van een klacht",
        grondslag="Awb art. 9:11 lid 1",
        termijn=_weken(6),
        aanvang="de dag van ontvangst van het klaagschrift",
        atw_van_toepassing=True,
        verdaging=_VERDAGING_KLACHT,
    ),
    Regeling(
        sleutel="klacht-advies",
        omschrijving="Afhandeling van een klacht met advies van een klachtadviescommissie",
        grondslag="Awb art. 9:11 lid 1 jo. art. 9:14",
        termijn=_weken(10),
        aanvang="de dag van ontvangst van het klaagschrift",
        atw_van_toepassing=True,
        verdaging=_VERDAGING_KLACHT,
    ),
    Regeling(
        sleutel="bezwaartermijn",
        omschrijving="Termijn voor het indienen van een bezwaarschrift",
        grondslag="Awb art. 6:7 jo. art. 6:8 lid 1",
        termijn=_weken(6),
        aanvang="de dag waarop het besluit is bekendgemaakt",
        atw_van_toepassing=True,
        geen_verdaging_reden=(
            "De bezwaartermijn (Awb art. 6:7) kan niet worden verdaagd: de wet kent voor deze "
            "termijn geen verdaging."
        ),
    ),
    Regeling(
        sleutel="beslissing-bezwaar",
        omschrijving="Beslissing op bezwaar",
        grondslag="Awb art. 7:10 lid 1",
        termijn=_weken(6),
        aanvang="de laatste dag van de bezwaartermijn",
        atw_van_toepassing=True,
        verdaging=_VERDAGING_BEZWAAR,
        opschorting_grondslag="Awb art. 7:10 lid 2",
    ),
    Regeling(
        sleutel="beslissing-bezwaar-advies",
        omschrijving="Beslissing op bezwaar met advies van een bezwaaradviescommissie (art. 7:13)",
        grondslag="Awb art. 7:10 lid 1, met commissie als bedoeld in art. 7:13",
        termijn=_weken(12),
        aanvang="de laatste dag van de bezwaartermijn",
        atw_van_toepassing=True,
        verdaging=_VERDAGING_BEZWAAR,
        opschorting_grondslag="Awb art. 7:10 lid 2",
    ),
    Regeling(
        sleutel="kamervragen",
        omschrijving="Beantwoording van schriftelijke Kamervragen",
        grondslag=RVO_TK_VRAGEN,
        termijn=_weken(3),
        aanvang="de dag waarop de vragen zijn ingezonden",
        atw_van_toepassing=False,
        geen_atw_reden=(
            "de termijn staat in het Reglement van Orde van de Tweede Kamer en niet in een wet "
            "(Atw art. 1 lid 1: 'een in een wet gestelde termijn')"
        ),
        geen_verdaging_reden=(
            "Kamervragen kennen geen verdaging met een vaste duur: lukt beantwoording niet binnen "
            f"drie weken, dan volgt een uitstelbericht met redenen ({RVO_TK_VRAGEN}). "
            "Leg het uitstelbericht vast bij de vragen; de termijn zelf verandert niet."
        ),
    ),
)

REGELINGEN: Mapping[str, Regeling] = MappingProxyType({r.sleutel: r for r in _ALLE})


def zoek_regeling(regeling: Regeling | str) -> Regeling:
    """The regeling itself, or the one with this key (case and spaces ignored)."""
    if isinstance(regeling, Regeling):
        return regeling
    gevonden = REGELINGEN.get(regeling.strip().lower())
    if gevonden is None:
        raise OnbekendeRegeling(f"Onbekende regeling '{regeling}'. Kies uit: {', '.join(REGELINGEN)}.")
    return gevonden
