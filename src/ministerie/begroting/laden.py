"""Loading the budget data set as the ontwerpbegroting: validated whole first, then only the
differences are written, each audited, in one transaction. A second run changes nothing."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction
from django.db.models import Model

from ministerie.core import audit
from ministerie.organisatie.models import Eenheid

from .dataset import Begrotingsdataset, lees_map
from .models import (
    Agentschap,
    Artikel,
    Basisbedrag,
    Begroting,
    Bevinding,
    Hoofdstuk,
    Moment,
    Risicoregeling,
    Stand,
)

KORT = {"onvolkomenheid": "onv", "ernstige_onvolkomenheid": "eov", "aandachtspunt": "adp"}


@dataclass
class Laadverslag:
    aangemaakt: Counter[str] = field(default_factory=Counter)
    gewijzigd: Counter[str] = field(default_factory=Counter)
    verwijderd: Counter[str] = field(default_factory=Counter)
    opmerkingen: list[str] = field(default_factory=list)

    @property
    def ongewijzigd(self) -> bool:
        return not (self.aangemaakt or self.gewijzigd or self.verwijderd)

    def samenvatting(self) -> str:
        regels = []
        if self.ongewijzigd:
            regels.append("Niets gewijzigd: de database komt al overeen met de bestanden.")
        else:
            soorten = sorted(set(self.aangemaakt) | set(self.gewijzigd) | set(self.verwijderd))
            regels.append(
                "; ".join(
                    f"{s}: {self.aangemaakt[s]} nieuw, {self.gewijzigd[s]} gewijzigd, "
                    f"{self.verwijderd[s]} verwijderd"
                    for s in soorten
                )
            )
        regels += self.opmerkingen
        return "\n".join(regels)


class _Schrijver:
    def __init__(self, verslag: Laadverslag, door: Any) -> None:
        self.verslag, self.door = verslag, door

    def bewaar(self, wat: str, model: type[Model], sleutel: dict[str, Any], velden: dict[str, Any]) -> Any:
        bestaand = model._default_manager.filter(**sleutel).first()
        if bestaand is None:
            obj = model._default_manager.create(**sleutel, **velden)
            self.verslag.aangemaakt[wat] += 1
            audit.registreer(
                f"begroting_{wat}_aangemaakt",
                door=self.door,
                subject=obj,
                gegevens={k: str(v) for k, v in velden.items()},
            )
            return obj
        gewijzigd = {
            naam: [str(getattr(bestaand, naam)), str(waarde)]
            for naam, waarde in velden.items()
            if getattr(bestaand, naam) != waarde
        }
        if gewijzigd:
            for naam in gewijzigd:
                setattr(bestaand, naam, velden[naam])
            bestaand.save(update_fields=list(gewijzigd))
            self.verslag.gewijzigd[wat] += 1
            audit.registreer(
                f"begroting_{wat}_gewijzigd", door=self.door, subject=bestaand, gegevens={"velden": gewijzigd}
            )
        return bestaand


def _basisstand(begroting: Begroting, s: _Schrijver) -> Stand:
    eerste = begroting.standen.filter(volgnummer=1).first()
    if eerste is not None:
        if eerste.moment != Moment.ONTWERPBEGROTING:
            raise ValueError(f"De eerste stand van {begroting} is geen ontwerpbegroting.")
        return eerste
    return s.bewaar(
        "stand",
        Stand,
        {"begroting": begroting, "volgnummer": 1},
        {"moment": Moment.ONTWERPBEGROTING, "omschrijving": "Ontwerpbegroting (dossier)"},
    )


def _schrijf(d: Begrotingsdataset, s: _Schrijver) -> None:
    hoofdstukken: dict[str, Hoofdstuk] = {}
    basis: dict[str, Stand] = {}
    for h in d.hoofdstukken:
        hoofdstuk = s.bewaar(
            "hoofdstuk",
            Hoofdstuk,
            {"code": h.code},
            {
                "naam": h.naam,
                "omschrijving": h.omschrijving,
                "volgorde": h.volgorde,
                "bron_sectie": h.bron.sectie,
            },
        )
        hoofdstukken[h.code] = hoofdstuk
        begroting = s.bewaar(
            "begroting",
            Begroting,
            {"hoofdstuk": hoofdstuk, "jaar": h.jaar},
            {
                "vastgelegd_totaal": h.totaal,
                "bron_sectie": h.begroting_bron.sectie,
                "toelichting": h.niet_in_dossier,
            },
        )
        basis[h.code] = _basisstand(begroting, s)
    eenheden = {
        e.code: e for e in Eenheid.objects.filter(code__in=[a.eenheid for a in d.artikelen if a.eenheid])
    }
    bewaard_basis: set[int] = set()
    for a in d.artikelen:
        eenheid = eenheden.get(a.eenheid) if a.eenheid else None
        if a.eenheid and eenheid is None:
            s.verslag.opmerkingen.append(
                f"Let op: eenheid '{a.eenheid}' van {a.hoofdstuk} artikel {a.nummer} bestaat niet "
                "(laad eerst de organisatie); het artikel heeft nu geen eigenaar."
            )
        opmerking = a.opmerking
        if a.afgeleid:
            opmerking = f"{opmerking} Afgeleid: {a.afgeleid}".strip()
        artikel = s.bewaar(
            "artikel",
            Artikel,
            {"hoofdstuk": hoofdstukken[a.hoofdstuk], "nummer": a.nummer},
            {
                "naam": a.naam,
                "soort": a.soort,
                "toelichting": a.toelichting,
                "opmerking": opmerking,
                "bron_sectie": a.bron.sectie,
                "eenheid": eenheid,
            },
        )
        for b in a.bedragen:
            citaat = b.citaat or " + ".join(f"{o.naam}: {o.citaat}" for o in b.onderdelen)
            if a.afgeleid:
                citaat = citaat or "afgeleid, niet uit het dossier"
            bedrag = s.bewaar(
                "basisbedrag",
                Basisbedrag,
                {
                    "stand": basis[a.hoofdstuk],
                    "artikel": artikel,
                    "soort": b.soort,
                    "jaar": b.jaar,
                },
                {"bedrag": b.bedrag, "bron_sectie": a.bron.sectie, "citaat": citaat},
            )
            bewaard_basis.add(bedrag.pk)
    for oud in Basisbedrag.objects.filter(stand__in=basis.values()).exclude(pk__in=bewaard_basis):
        audit.registreer(
            "begroting_basisbedrag_verwijderd", door=s.door, subject=oud, gegevens={"bedrag": oud.bedrag}
        )
        oud.delete()
        s.verslag.verwijderd["basisbedrag"] += 1
    for ag in d.agentschappen:
        s.bewaar(
            "agentschap",
            Agentschap,
            {"code": ag.code},
            {
                "naam": ag.naam,
                "hoofdstuk": hoofdstukken[ag.hoofdstuk],
                "jaar": ag.jaar,
                "omzet": ag.omzet,
                "toelichting": " ".join(x for x in (ag.opmerking,) if x),
                "bron_sectie": ag.bron.sectie,
            },
        )
    for r in d.risicoregelingen:
        s.bewaar(
            "risicoregeling",
            Risicoregeling,
            {"code": r.code},
            {
                "naam": r.naam,
                "soort": r.soort,
                "hoofdstuk": hoofdstukken[r.hoofdstuk],
                "bedrag_euro": r.bedrag_euro,
                "jaar": r.jaar,
                "toelichting": r.toelichting,
                "bron_sectie": r.bron.sectie,
            },
        )
    for bev in d.bevindingen:
        for n in range(1, bev.aantal + 1):
            code = f"{bev.hoofdstuk}-{bev.jaar}-{KORT[bev.ernst]}-{n}"
            if Bevinding.objects.filter(code=code).exists():
                continue  # FEZ may have filled in subject and plan: never overwrite that
            s.bewaar(
                "bevinding",
                Bevinding,
                {"code": code},
                {
                    "hoofdstuk": hoofdstukken[bev.hoofdstuk],
                    "jaar": bev.jaar,
                    "instantie": bev.instantie,
                    "ernst": bev.ernst,
                    "onderwerp": f"Onvolkomenheid {n} van {bev.aantal} (onderwerp niet in het dossier)"
                    if bev.ernst == "onvolkomenheid"
                    else f"Bevinding {n} van {bev.aantal}",
                    "bron_sectie": bev.bron.sectie,
                    "opmerking": f'Dossier: "{bev.citaat}"',
                },
            )


def laad(map_: Path, *, door: Any) -> Laadverslag:
    """Validate the whole data set, then write it. Raises Laadfout and writes nothing on a
    problem in the files."""
    dataset = lees_map(Path(map_))
    verslag = Laadverslag()
    with transaction.atomic():
        _schrijf(dataset, _Schrijver(verslag, door))
    return verslag


def is_geladen() -> bool:
    return Stand.objects.filter(moment=Moment.ONTWERPBEGROTING, begroting__jaar=2022).exists()
