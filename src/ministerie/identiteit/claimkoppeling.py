"""The claim mapping: which roles and units a user gets from the identity provider's claims.

Kept as data in a YAML file (MINISTERIE_OIDC_CLAIMKOPPELING), read by the one data-file reader,
so every problem names the file, the line and the reason. Example::

    claim: groups              # the claim that holds the user's groups (a list, or one text)
    groepen:
      - waarde: bzk-functioneel-beheer
        rollen: [functioneel_beheerder]
        eenheden: [bzk]
      - waarde: bzk-woningbouw-beleid
        rollen: [beleidsmedewerker]
        eenheden: [woningbouw-woningbouwbeleid]

A user's roles and units are the union over every group they are in; a user in no mapped group
gets none. The clearance is never taken from claims: it stays managed in the system.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ministerie.bestanden.gegevensbestand import CODE, Laadfout, Record, lees_yaml
from ministerie.core.permissiematrix import ANONIEM, matrix

MAX_GROEPEN = 1000


@dataclass(frozen=True)
class Groep:
    waarde: str
    rollen: tuple[str, ...]
    eenheden: tuple[str, ...]
    regel: int | None


@dataclass(frozen=True)
class Claimkoppeling:
    bestand: str
    claim: str
    groepen: tuple[Groep, ...]

    def voor(self, claimwaarden: Iterable[str]) -> tuple[frozenset[str], frozenset[str], list[Groep]]:
        """The roles, the unit codes and the matched groups for these claim values."""
        waarden = set(claimwaarden)
        geraakt = [g for g in self.groepen if g.waarde in waarden]
        rollen = frozenset(r for g in geraakt for r in g.rollen)
        eenheden = frozenset(e for g in geraakt for e in g.eenheden)
        return rollen, eenheden, geraakt


def lees_claimkoppeling(pad: Path) -> Claimkoppeling:
    """Read and validate the mapping file; raises ``Laadfout`` (file, line, reason)."""
    naam = pad.name
    if not pad.is_file():
        raise Laadfout("het bestand bestaat niet", bestand=str(pad))
    inhoud = lees_yaml(pad)
    kop = Record(naam, inhoud, {"claim", "groepen"}, regel=1)
    claim = kop.tekst("claim", verplicht=True)
    if len(claim) > 100:
        raise kop.fout("de naam van de claim is langer dan 100 tekens", "claim")
    lijst = kop.lijst("groepen")
    if not lijst:
        raise kop.fout("veld 'groepen' ontbreekt of is leeg")
    if len(lijst) > MAX_GROEPEN:
        raise kop.fout(f"meer dan {MAX_GROEPEN} groepen", "groepen")
    rollen_bekend = {r for r in matrix().rollen if r != ANONIEM}
    groepen: list[Groep] = []
    gezien: dict[str, int | None] = {}
    for item in lijst:
        r = kop.deel(item, {"waarde", "rollen", "eenheden"})
        waarde = r.tekst("waarde", verplicht=True)
        if len(waarde) > 200:
            raise r.fout("de waarde is langer dan 200 tekens", "waarde")
        if waarde in gezien:
            raise r.fout(f"waarde '{waarde}' staat er al (regel {gezien[waarde]})", "waarde")
        gezien[waarde] = r.regel
        rollen = r.teksten("rollen")
        for rol in rollen:
            if rol not in rollen_bekend:
                raise r.fout(f"onbekende rol '{rol}'; kies uit {', '.join(sorted(rollen_bekend))}", "rollen")
        eenheden = r.teksten("eenheden")
        for code in eenheden:
            if not CODE.match(code):
                raise r.fout(f"'{code}' is geen geldige eenheidscode", "eenheden")
        if not rollen and not eenheden:
            raise r.fout("geef rollen, eenheden of beide")
        groepen.append(Groep(waarde, rollen, eenheden, r.regel))
    return Claimkoppeling(naam, claim, tuple(groepen))


def claimwaarden(claims: dict[str, Any], claim: str) -> list[str]:
    """The values of one claim: a list of texts or one text; anything else counts as none."""
    waarde = claims.get(claim)
    if isinstance(waarde, str):
        return [waarde]
    if isinstance(waarde, list):
        return [w for w in waarde[:MAX_GROEPEN] if isinstance(w, str) and len(w) <= 200]
    return []
