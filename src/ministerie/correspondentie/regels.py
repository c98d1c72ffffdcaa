"""The rules of the correspondence as data (``regels.yaml``): per kind its service norm, its
retention and who signs the answer. Read once, checked on load; a wrong file stops start-up with
file, line and reason (``bestanden.gegevensbestand``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ministerie.bestanden.gegevensbestand import Laadfout, lees_yaml, regel_van

PAD = Path(__file__).with_name("regels.yaml")
SOORTEN = ("burgerbrief", "kinderbrief", "organisatie", "overheid")
ONDERTEKENING = ("bewindspersoon", "mandaat")
STANDAARD_WEKEN = 3


@dataclass(frozen=True)
class Soortregel:
    code: str
    naam: str
    servicenorm_weken: int
    bewaartermijn_jaren: int
    ondertekening: str


@dataclass(frozen=True)
class Regels:
    soorten: dict[str, Soortregel]
    politiek_gevoelig: str

    def soort(self, code: str) -> Soortregel:
        """The rule of a kind; an unknown kind gets the defaults and is signed by the
        bewindspersoon (fails closed: the strictest signature)."""
        return self.soorten.get(code, Soortregel(code, code, STANDAARD_WEKEN, 2, "bewindspersoon"))


def lees(pad: Path = PAD) -> Regels:
    inhoud = lees_yaml(pad)
    naam = pad.name
    if not isinstance(inhoud, dict) or "soorten" not in inhoud:
        raise Laadfout("het bestand heeft geen 'soorten'", bestand=naam)
    soorten: dict[str, Soortregel] = {}
    for code, regel in (inhoud.get("soorten") or {}).items():
        plaats = regel_van(regel)
        if code not in SOORTEN:
            raise Laadfout(f"onbekende soort '{code}'", bestand=naam, regel=plaats)
        if not isinstance(regel, dict):
            raise Laadfout(f"soort '{code}' is geen lijst van velden", bestand=naam, regel=plaats)
        weken, jaren = regel.get("servicenorm_weken", STANDAARD_WEKEN), regel.get("bewaartermijn_jaren")
        if not isinstance(weken, int) or not 1 <= weken <= 26:
            raise Laadfout(
                f"servicenorm_weken van '{code}' is geen getal van 1 tot 26", bestand=naam, regel=plaats
            )
        if not isinstance(jaren, int) or not 0 <= jaren <= 100:
            raise Laadfout(
                f"bewaartermijn_jaren van '{code}' is geen getal van 0 tot 100", bestand=naam, regel=plaats
            )
        ondertekening = regel.get("ondertekening")
        if ondertekening not in ONDERTEKENING:
            raise Laadfout(
                f"ondertekening van '{code}' is niet een van: {', '.join(ONDERTEKENING)}",
                bestand=naam,
                regel=plaats,
            )
        soorten[code] = Soortregel(code, str(regel.get("naam") or code), weken, jaren, ondertekening)
    ontbrekend = [s for s in SOORTEN if s not in soorten]
    if ontbrekend:
        raise Laadfout(f"regels ontbreken voor: {', '.join(ontbrekend)}", bestand=naam)
    gevoelig = inhoud.get("politiek_gevoelig", "bewindspersoon")
    if gevoelig not in ONDERTEKENING:
        raise Laadfout("politiek_gevoelig is niet 'bewindspersoon' of 'mandaat'", bestand=naam)
    return Regels(soorten, gevoelig)


@cache
def regels() -> Regels:
    return lees()
