"""Import of written questions, commitments and motions from JSON or CSV (format: see
docs/parlement.md and data/voorbeelden/parlement/).

Two phases: every record is read and checked first (nothing is written while any record is
wrong; the error names the record), then everything is written in one transaction. Records
are keyed on Kamer + number, so a second import of the same file changes nothing.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.permissies import vereis
from ministerie.organisatie.models import Eenheid

from .formulieren import lees_leden
from .models import Kamer, Kamervragen, Motie, Toezegging, Vraag
from .services.kamervragen import termijn_kamervragen
from .termijnzinnen import OnbekendeTermijn, leid_af

SOORTEN = {"kamervragen": "kamervragen", "toezeggingen": "toezegging", "moties": "motie"}
MAX_FOUTEN = 20


class Importfout(Exception):
    def __init__(self, fouten: list[str]) -> None:
        self.fouten = fouten
        super().__init__(" ".join(fouten))


@dataclass
class Verslag:
    bestand: str
    telling: dict[str, dict[str, int]] = field(
        default_factory=lambda: {s: {"nieuw": 0, "gewijzigd": 0, "ongewijzigd": 0} for s in SOORTEN}
    )

    def tel(self, soort: str, uitkomst: str) -> None:
        self.telling[soort][uitkomst] += 1

    def samenvatting(self) -> str:
        delen = [
            f"{soort}: {t['nieuw']} nieuw, {t['gewijzigd']} gewijzigd, {t['ongewijzigd']} ongewijzigd"
            for soort, t in self.telling.items()
        ]
        return f"{self.bestand} geïmporteerd — " + "; ".join(delen) + "."

    def als_dict(self) -> dict[str, Any]:
        return {"bestand": self.bestand, **self.telling}


# --- Reading -------------------------------------------------------------------------------


def lees_bestand(inhoud: bytes, naam: str) -> dict[str, list[dict[str, Any]]]:
    try:
        tekst = inhoud.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Importfout([f"{naam}: het bestand is geen UTF-8-tekst."]) from None
    if naam.lower().endswith(".json") or tekst.lstrip().startswith("{"):
        try:
            data = json.loads(tekst)
        except json.JSONDecodeError as fout:
            raise Importfout([f"{naam}: geen geldige JSON (regel {fout.lineno}: {fout.msg})."]) from None
        if not isinstance(data, dict) or not set(data) <= set(SOORTEN) or not data:
            raise Importfout(
                [f"{naam}: verwacht een object met 'kamervragen', 'toezeggingen' en/of 'moties'."]
            )
        for sleutel, lijst in data.items():
            if not isinstance(lijst, list) or not all(isinstance(r, dict) for r in lijst):
                raise Importfout([f"{naam}: '{sleutel}' moet een lijst van objecten zijn."])
        return {
            s: [dict(r, _plek=f"{s}[{i}]") for i, r in enumerate(data.get(s, []), start=1)] for s in SOORTEN
        }
    return _lees_csv(tekst, naam)


def _lees_csv(tekst: str, naam: str) -> dict[str, list[dict[str, Any]]]:
    try:
        dialect = csv.Sniffer().sniff(tekst.splitlines()[0] if tekst else "", delimiters=";,")
    except csv.Error:
        raise Importfout([f"{naam}: geen JSON en geen CSV met ';' of ',' als scheidingsteken."]) from None
    lezer = csv.DictReader(io.StringIO(tekst), dialect=dialect)
    if not lezer.fieldnames or "soort" not in lezer.fieldnames:
        raise Importfout([f"{naam}: de CSV mist de kolom 'soort' (kamervraag, toezegging of motie)."])
    uit: dict[str, list[dict[str, Any]]] = {s: [] for s in SOORTEN}
    sets: dict[tuple[str, str], dict[str, Any]] = {}
    for regelnummer, rij in enumerate(lezer, start=2):
        rij = {k: (v or "").strip() for k, v in rij.items() if k}
        soort = rij.get("soort", "").lower()
        plek = f"regel {regelnummer}"
        if soort == "kamervraag":
            sleutel = (rij.get("kamer", "TK") or "TK", rij.get("nummer", ""))
            if sleutel not in sets:
                sets[sleutel] = {
                    **rij,
                    "vragenstellers": lees_leden(rij.get("vragenstellers", "")),
                    "medetrekkers": [c.strip() for c in rij.get("medetrekkers", "").split(";") if c.strip()],
                    "vragen": [],
                    "_plek": plek,
                }
                uit["kamervragen"].append(sets[sleutel])
            sets[sleutel]["vragen"].append(rij.get("vraag", ""))
        elif soort == "toezegging":
            uit["toezeggingen"].append({**rij, "_plek": plek})
        elif soort == "motie":
            uit["moties"].append({**rij, "indieners": lees_leden(rij.get("indieners", "")), "_plek": plek})
        else:
            raise Importfout([f"{naam}, {plek}: onbekende soort '{rij.get('soort', '')}'."])
    return uit


# --- Checking ------------------------------------------------------------------------------


class _Controle:
    def __init__(self) -> None:
        self.fouten: list[str] = []
        self.eenheden = {e.code: e for e in Eenheid.objects.all()}

    def fout(self, record: dict[str, Any], tekst: str) -> None:
        wie = f"{record.get('kamer') or 'TK'} {record.get('nummer') or '(geen nummer)'}"
        self.fouten.append(f"{record['_plek']} ({wie}): {tekst}")

    def tekst(self, record: dict[str, Any], veld: str, verplicht: bool = True) -> str:
        waarde = record.get(veld, "")
        if not isinstance(waarde, str):
            self.fout(record, f"'{veld}' moet tekst zijn.")
            return ""
        if verplicht and not waarde.strip():
            self.fout(record, f"'{veld}' ontbreekt.")
        return waarde.strip()

    def datum(self, record: dict[str, Any], veld: str, verplicht: bool = True) -> date | None:
        waarde = record.get(veld) or ""
        if not waarde:
            if verplicht:
                self.fout(record, f"'{veld}' ontbreekt.")
            return None
        try:
            return date.fromisoformat(str(waarde))
        except ValueError:
            self.fout(record, f"'{veld}' = '{waarde}' is geen datum (JJJJ-MM-DD).")
            return None

    def eenheid(self, record: dict[str, Any], veld: str, soort: str | None = None) -> Eenheid | None:
        code = str(record.get(veld) or "").strip()
        eenheid = self.eenheden.get(code)
        if eenheid is None:
            self.fout(record, f"'{veld}' = '{code}' is geen bekende eenheid.")
        elif soort and eenheid.soort != soort:
            self.fout(record, f"'{veld}' = '{code}' is geen portefeuille van een bewindspersoon.")
            return None
        return eenheid

    def kamer(self, record: dict[str, Any]) -> str:
        kamer = str(record.get("kamer") or "TK").upper()
        if kamer not in Kamer.values:
            self.fout(record, f"'kamer' = '{kamer}' moet TK of EK zijn.")
        return kamer

    def leden(self, record: dict[str, Any], veld: str) -> list[dict[str, str]]:
        leden = record.get(veld) or []
        if not isinstance(leden, list) or not all(isinstance(lid, dict) and lid.get("naam") for lid in leden):
            self.fout(record, f'\'{veld}\' moet een lijst zijn van {{"naam": ..., "fractie": ...}}.')
            return []
        return [
            {"naam": str(lid["naam"]).strip(), "fractie": str(lid.get("fractie", "")).strip()}
            for lid in leden
        ]


def _controleer(data: dict[str, list[dict[str, Any]]]) -> tuple[_Controle, dict[str, list[dict[str, Any]]]]:
    c = _Controle()
    schoon: dict[str, list[dict[str, Any]]] = {s: [] for s in SOORTEN}
    gezien: set[tuple[str, str, str]] = set()
    bp = Eenheid.Soort.BEWINDSPERSOON
    for r in data["kamervragen"]:
        vragen = r.get("vragen") or []
        if not isinstance(vragen, list) or not [v for v in vragen if isinstance(v, str) and v.strip()]:
            c.fout(r, "'vragen' moet een lijst met minstens één vraag zijn.")
            vragen = []
        mede = r.get("medetrekkers") or []
        schoon["kamervragen"].append(
            {
                "_plek": r["_plek"],
                "kamer": c.kamer(r),
                "nummer": c.tekst(r, "nummer"),
                "onderwerp": c.tekst(r, "onderwerp"),
                "ontvangen_op": c.datum(r, "ontvangen_op"),
                "vragenstellers": c.leden(r, "vragenstellers"),
                "vragen": [str(v).strip() for v in vragen if str(v).strip()],
                "bewindspersoon": c.eenheid(r, "bewindspersoon", bp),
                "trekker": c.eenheid(r, "trekker"),
                "medetrekkers": [c.eenheid({**r, "medetrekkers": m}, "medetrekkers") for m in mede]
                if isinstance(mede, list)
                else [],
                "extern_id": str(r.get("extern_id") or ""),
            }
        )
    for r in data["toezeggingen"]:
        gedaan_op = c.datum(r, "gedaan_op")
        termijn = c.tekst(r, "termijn")
        afleiding = None
        if gedaan_op and termijn:
            try:
                afleiding = leid_af(termijn, gedaan_op, str(r.get("kamer") or "TK"))
            except OnbekendeTermijn as fout:
                c.fout(r, str(fout))
        status = str(r.get("status") or "open")
        if status not in Toezegging.Status.values:
            c.fout(r, f"'status' = '{status}' is onbekend ({', '.join(Toezegging.Status.values)}).")
        schoon["toezeggingen"].append(
            {
                "_plek": r["_plek"],
                "kamer": c.kamer(r),
                "nummer": c.tekst(r, "nummer"),
                "bewindspersoon": c.eenheid(r, "bewindspersoon", bp),
                "gedaan_in": c.tekst(r, "gedaan_in"),
                "gedaan_op": gedaan_op,
                "tekst": c.tekst(r, "tekst"),
                "termijn_tekst": termijn,
                "uiterste_datum": afleiding.datum if afleiding else None,
                "termijn_uitleg": afleiding.uitleg[:300] if afleiding else "",
                "verantwoordelijke": c.eenheid(r, "verantwoordelijke"),
                "status": status,
                "extern_id": str(r.get("extern_id") or ""),
            }
        )
    for r in data["moties"]:
        uitslag = str(r.get("uitslag") or "")
        if uitslag not in Motie.Uitslag.values:
            c.fout(
                r,
                f"'uitslag' = '{uitslag}' is onbekend "
                "(aangenomen, verworpen, aangehouden, ingetrokken of leeg).",
            )
        schoon["moties"].append(
            {
                "_plek": r["_plek"],
                "kamer": c.kamer(r),
                "nummer": c.tekst(r, "nummer"),
                "indieners": c.leden(r, "indieners"),
                "dictum": c.tekst(r, "dictum"),
                "ingediend_op": c.datum(r, "ingediend_op"),
                "bewindspersoon": c.eenheid(r, "bewindspersoon", bp),
                "verantwoordelijke": c.eenheid(r, "verantwoordelijke"),
                "uitslag": uitslag,
                "gestemd_op": c.datum(r, "gestemd_op", verplicht=False),
                "extern_id": str(r.get("extern_id") or ""),
            }
        )
    for soort, lijst in schoon.items():
        for r in lijst:
            sleutel = (soort, r["kamer"], r["nummer"])
            if r["nummer"] and sleutel in gezien:
                c.fout(r, "staat twee keer in het bestand.")
            gezien.add(sleutel)
    return c, schoon


# --- Writing -------------------------------------------------------------------------------


def _schrijf(model: Any, velden: dict[str, Any]) -> tuple[Any, str]:
    bestaand = model.objects.filter(kamer=velden["kamer"], nummer=velden["nummer"]).first()
    if bestaand is None:
        return model.objects.create(**velden), "nieuw"
    gewijzigd = [k for k, v in velden.items() if getattr(bestaand, k) != v]
    if not gewijzigd:
        return bestaand, "ongewijzigd"
    for k in gewijzigd:
        setattr(bestaand, k, velden[k])
    bestaand.save(update_fields=gewijzigd)
    return bestaand, "gewijzigd"


def _schrijf_kamervragen(r: dict[str, Any]) -> str:
    uiterste, vrije_dag = termijn_kamervragen(r["ontvangen_op"])
    velden = {
        k: r[k]
        for k in (
            "kamer",
            "nummer",
            "onderwerp",
            "ontvangen_op",
            "vragenstellers",
            "bewindspersoon",
            "trekker",
            "extern_id",
        )
    }
    kv, uitkomst = _schrijf(Kamervragen, dict(velden, uiterste_datum=uiterste, valt_op_vrije_dag=vrije_dag))
    mede = {m.pk for m in r["medetrekkers"] if m and m.pk != r["trekker"].pk}
    if set(kv.medetrekkers.values_list("pk", flat=True)) != mede:
        kv.medetrekkers.set(list(mede))
        uitkomst = "gewijzigd" if uitkomst == "ongewijzigd" else uitkomst
    huidige = list(kv.vragen.order_by("nummer").values_list("tekst", flat=True))
    if huidige != r["vragen"]:
        kv.vragen.all().delete()
        Vraag.objects.bulk_create(
            [Vraag(set=kv, nummer=n, tekst=t) for n, t in enumerate(r["vragen"], start=1)]
        )
        uitkomst = "gewijzigd" if uitkomst == "ongewijzigd" else uitkomst
    return uitkomst


def importeer(inhoud: bytes, naam: str, *, door: Gebruiker | str) -> Verslag:
    """Read, check and write a file. ``door`` is the user (checked against the matrix) or,
    for the command line, a text naming the command."""
    if not isinstance(door, str):
        vereis(door, "parlement.importeren")
    data = lees_bestand(inhoud, naam)
    controle, schoon = _controleer(data)
    if controle.fouten:
        meer = len(controle.fouten) - MAX_FOUTEN
        raise Importfout(controle.fouten[:MAX_FOUTEN] + ([f"… en nog {meer} fout(en)."] if meer > 0 else []))
    verslag = Verslag(naam)
    with transaction.atomic():
        for r in schoon["kamervragen"]:
            verslag.tel("kamervragen", _schrijf_kamervragen(r))
        for r in schoon["toezeggingen"]:
            velden = {k: v for k, v in r.items() if k != "_plek"}
            verslag.tel("toezeggingen", _schrijf(Toezegging, velden)[1])
        for r in schoon["moties"]:
            velden = {k: v for k, v in r.items() if k != "_plek"}
            verslag.tel("moties", _schrijf(Motie, velden)[1])
        audit.registreer("parlement_geimporteerd", door=door, gegevens=verslag.als_dict())
    return verslag


def importeer_bestand(*, door: Gebruiker, inhoud: bytes, naam: str) -> Verslag:
    """The import as an action of a page or the API: a refused import (nothing written) is one
    ``ValidationError`` on the file, with every bad record named."""
    try:
        return importeer(inhoud, naam, door=door)
    except Importfout as fout:
        raise ValidationError({"bestand": fout.fouten}) from None
