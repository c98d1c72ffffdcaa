"""The import of users from a CSV export of the HR system (format and rules in docs/gebruikers.md).

The file is validated whole first: every problem is named with its line and reason, and one
problem writes nothing. Then the differences with the database are worked out (the plan); a dry
run (``proef``) shows that plan and stops; a real run carries it out in one transaction through
the same services as the pages, so every change is audited with before and after, a raise to
Stg. Confidentieel or higher waits for the second approval, and nobody changes their own roles,
units or clearance. A second run with the same file changes nothing.

Who the import manages: every active user it names (a local account it names is taken over:
``herkomst`` becomes "hr"). A user with ``herkomst`` "hr" who is missing from a new export, or
whose ``uit_dienst`` date has come, is deactivated. Local accounts the file does not name are
never touched; deactivated users are never reactivated by the import (that is a deliberate act
on the user's page)."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid, Persoon

from . import niveaus, services
from .models import Clearanceaanvraag

MAX_BYTES = 10 * 1024 * 1024
MAX_REGELS = 50_000
MAX_FOUTEN_GETOOND = 100
VERPLICHT = ("gebruikersnaam", "voornaam", "achternaam", "email", "eenheden", "rollen", "clearance")
OPTIONEEL = ("persoon", "uit_dienst")
KOLOMMEN = VERPLICHT + OPTIONEEL
LENGTES = {"gebruikersnaam": 150, "voornaam": 150, "achternaam": 150, "email": 254, "persoon": 80}
SCHEIDING = "|"
VIA = "hr-import"


class Importfout(ValidationError):
    """The file is not imported; ``fouten`` holds (line, reason) for every problem found."""

    def __init__(self, bestandsnaam: str, fouten: list[tuple[int | None, str]]) -> None:
        self.bestandsnaam = bestandsnaam
        self.fouten = fouten
        super().__init__(self.regels())

    def regels(self) -> list[str]:
        getoond = [
            f"{self.bestandsnaam}, regel {regel}: {reden}" if regel else f"{self.bestandsnaam}: {reden}"
            for regel, reden in self.fouten[:MAX_FOUTEN_GETOOND]
        ]
        if len(self.fouten) > MAX_FOUTEN_GETOOND:
            getoond.append(f"… en nog {len(self.fouten) - MAX_FOUTEN_GETOOND} fouten.")
        return getoond


@dataclass
class Rij:
    regel: int
    gebruikersnaam: str
    voornaam: str
    achternaam: str
    email: str
    eenheden: list[Eenheid]
    rollen: list[str]
    clearance: int
    persoon: Persoon | None
    uit_dienst: date | None


@dataclass
class Wijziging:
    """One line of the plan: what happens to one user, and why."""

    gebruikersnaam: str
    soort: str  # aanmaken, wijzigen, deactiveren, clearance-aanvraag
    details: list[str]
    regel: int | None = None
    gegevens: dict[str, Any] = field(default_factory=dict)

    @property
    def soort_leesbaar(self) -> str:
        return {
            "aanmaken": "Aangemaakt",
            "wijzigen": "Gewijzigd",
            "deactiveren": "Gedeactiveerd",
            "clearance-aanvraag": "Clearance wacht op goedkeuring",
        }.get(self.soort, self.soort)


@dataclass
class Importverslag:
    bestandsnaam: str
    sha256: str
    regels: int
    proef: bool
    wijzigingen: list[Wijziging]
    overgeslagen: list[str]

    def aantal(self, soort: str) -> int:
        return sum(1 for w in self.wijzigingen if w.soort == soort)

    @property
    def aanvragen(self) -> int:
        return sum(1 for w in self.wijzigingen if "naar" in w.gegevens)

    @property
    def ongewijzigd(self) -> bool:
        return not self.wijzigingen

    def samenvatting(self) -> str:
        kop = "Proef: er is niets opgeslagen. Dit zou er veranderen:" if self.proef else "Geïmporteerd:"
        tellingen = (
            f"{self.aantal('aanmaken')} aangemaakt, {self.aantal('wijzigen')} gewijzigd, "
            f"{self.aantal('deactiveren')} gedeactiveerd, {self.aanvragen} verhoging(en) van de "
            f"rubricering wachten op goedkeuring"
        )
        return f"{kop} {tellingen} ({self.regels} regels in {self.bestandsnaam})."


# --- reading and validating ------------------------------------------------------------------------


def _tekst(inhoud: bytes, naam: str) -> str:
    if len(inhoud) > MAX_BYTES:
        raise Importfout(naam, [(None, f"het bestand is groter dan {MAX_BYTES // (1024 * 1024)} MB.")])
    if not inhoud.strip():
        raise Importfout(naam, [(None, "het bestand is leeg.")])
    try:
        return inhoud.decode("utf-8-sig")
    except UnicodeDecodeError as fout:
        regel = inhoud[: fout.start].count(b"\n") + 1
        raise Importfout(
            naam, [(regel, "het bestand is geen UTF-8-tekst; sla de export op als CSV UTF-8.")]
        ) from None


def _scheiding(kop: str, naam: str) -> str:
    if ";" in kop and "," not in kop:
        return ";"
    if "," in kop and ";" not in kop:
        return ","
    raise Importfout(
        naam, [(1, "de kopregel scheidt de kolommen niet met ';' of ',' (zie docs/gebruikers.md).")]
    )


def _lijst(waarde: str) -> list[str]:
    return [deel.strip() for deel in waarde.split(SCHEIDING) if deel.strip()]


def _datum(waarde: str) -> date:
    try:
        return date.fromisoformat(waarde)
    except ValueError:
        raise ValueError(f"uit_dienst '{waarde[:20]}' is geen datum als JJJJ-MM-DD.") from None


class _Lezer:
    def __init__(self, naam: str) -> None:
        self.naam = naam
        self.fouten: list[tuple[int | None, str]] = []
        self.eenheden = {e.code.casefold(): e for e in Eenheid.objects.all()}
        self.personen = {p.code.casefold(): p for p in Persoon.objects.all()}
        self.rollen = {code.casefold(): code for code in services.geldige_rollen()}

    def fout(self, regel: int | None, reden: str) -> None:
        self.fouten.append((regel, reden))

    def rij(self, regel: int, velden: dict[str, str]) -> Rij | None:
        aantal = len(self.fouten)
        for kolom, lengte in LENGTES.items():
            if len(velden.get(kolom, "")) > lengte:
                self.fout(regel, f"{kolom} is langer dan {lengte} tekens.")
        naam = velden["gebruikersnaam"]
        try:
            naam = services.controleer_gebruikersnaam(naam)
        except ValidationError as fout:
            self.fout(regel, " ".join(fout.messages))
        if velden["email"]:
            try:
                validate_email(velden["email"])
            except ValidationError:
                self.fout(regel, f"'{velden['email'][:80]}' is geen geldig e-mailadres.")
        uit_dienst = None
        if velden.get("uit_dienst"):
            try:
                uit_dienst = _datum(velden["uit_dienst"])
            except ValueError as fout:
                self.fout(regel, str(fout))
        vertrokken = uit_dienst is not None and uit_dienst <= timezone.localdate()
        codes = _lijst(velden["eenheden"])
        if len(codes) > services.MAX_EENHEDEN:
            self.fout(regel, f"hoogstens {services.MAX_EENHEDEN} eenheden.")
        eenheden = []
        for code in codes:
            if code.casefold() in self.eenheden:
                eenheden.append(self.eenheden[code.casefold()])
            else:
                self.fout(regel, f"eenheid '{code[:40]}' staat niet in het organisatieregister.")
        rollen = []
        for code in _lijst(velden["rollen"])[: services.MAX_ROLLEN + 1]:
            if code.casefold() in self.rollen:
                rollen.append(self.rollen[code.casefold()])
            else:
                self.fout(
                    regel, f"onbekende rol '{code[:40]}'. Geldig zijn: {', '.join(self.rollen.values())}."
                )
        if len(_lijst(velden["rollen"])) > services.MAX_ROLLEN:
            self.fout(regel, f"hoogstens {services.MAX_ROLLEN} rollen.")
        if not vertrokken and not codes:
            self.fout(regel, "geef ten minste één eenheid.")
        if not vertrokken and not _lijst(velden["rollen"]):
            self.fout(regel, "geef ten minste één rol.")
        clearance = 0
        try:
            clearance = niveaus.niveau_uit_naam(velden["clearance"])
        except ValidationError as fout:
            self.fout(regel, fout.messages[0])
        persoon = None
        if velden.get("persoon"):
            persoon = self.personen.get(velden["persoon"].casefold())
            if persoon is None:
                self.fout(regel, f"persoon '{velden['persoon'][:40]}' staat niet in het organisatieregister.")
        if len(self.fouten) > aantal:
            return None
        return Rij(
            regel=regel,
            gebruikersnaam=naam,
            voornaam=velden["voornaam"],
            achternaam=velden["achternaam"],
            email=velden["email"],
            eenheden=eenheden,
            rollen=sorted(set(rollen)),
            clearance=clearance,
            persoon=persoon,
            uit_dienst=uit_dienst,
        )


def lees(inhoud: bytes, bestandsnaam: str = "bestand.csv") -> list[Rij]:
    """Every row of the file, validated; ``Importfout`` naming every problem when any is found."""
    naam = bestandsnaam[-200:] or "bestand.csv"
    tekst = _tekst(inhoud, naam)
    kopregel = tekst.splitlines()[0] if tekst.splitlines() else ""
    lezer = _Lezer(naam)
    reader = csv.reader(io.StringIO(tekst, newline=""), delimiter=_scheiding(kopregel, naam))
    try:
        kop = [k.strip().casefold() for k in next(reader)]
    except csv.Error as fout:
        raise Importfout(naam, [(1, f"de kopregel is geen geldige CSV ({fout}).")]) from None
    ontbreekt = [k for k in VERPLICHT if k not in kop]
    onbekend = [k for k in kop if k not in KOLOMMEN]
    dubbel = sorted({k for k in kop if kop.count(k) > 1})
    if ontbreekt or onbekend or dubbel:
        delen = []
        if ontbreekt:
            delen.append(f"kolommen ontbreken: {', '.join(ontbreekt)}")
        if onbekend:
            delen.append(f"onbekende kolommen: {', '.join(repr(k[:40]) for k in onbekend[:10])}")
        if dubbel:
            delen.append(f"dubbele kolommen: {', '.join(dubbel)}")
        raise Importfout(naam, [(1, "; ".join(delen) + f". De kolommen zijn: {', '.join(KOLOMMEN)}.")])
    rijen: list[Rij] = []
    gezien: dict[str, int] = {}
    try:
        for waarden in reader:
            regel = reader.line_num
            if not any(w.strip() for w in waarden):
                continue
            if len(rijen) + len(lezer.fouten) >= MAX_REGELS:
                raise Importfout(
                    naam, [(regel, f"het bestand heeft meer dan {MAX_REGELS} regels; splits het.")]
                )
            if len(waarden) != len(kop):
                lezer.fout(regel, f"{len(waarden)} velden, de kopregel heeft er {len(kop)}.")
                continue
            velden = {k: v.strip() for k, v in zip(kop, waarden, strict=True)}
            sleutel = velden["gebruikersnaam"].casefold()
            if sleutel in gezien:
                lezer.fout(
                    regel,
                    f"gebruikersnaam '{velden['gebruikersnaam'][:40]}' staat al op regel {gezien[sleutel]}.",
                )
                continue
            gezien[sleutel] = regel
            rij = lezer.rij(regel, velden)
            if rij is not None:
                rijen.append(rij)
    except csv.Error as fout:
        lezer.fout(reader.line_num, f"geen geldige CSV ({fout}).")
    if lezer.fouten:
        raise Importfout(naam, lezer.fouten)
    if not rijen and not gezien:
        raise Importfout(naam, [(None, "het bestand bevat geen gebruikers, alleen een kopregel.")])
    return rijen


# --- the plan -----------------------------------------------------------------------------------


def _voor_na(label: str, voor: Any, na: Any) -> str:
    def tekst(waarde: Any) -> str:
        if isinstance(waarde, list):
            return ", ".join(waarde) or "—"
        return str(waarde) if waarde not in (None, "") else "—"

    return f"{label}: {tekst(voor)} → {tekst(na)}"


def _plan_rij(rij: Rij, gebruiker: Gebruiker | None, open_naar: int | None, door: Any) -> Iterator[Wijziging]:
    vertrokken = rij.uit_dienst is not None and rij.uit_dienst <= timezone.localdate()
    if gebruiker is None:
        if vertrokken:
            return
        nieuw: dict[str, Any] = {
            "gebruikersnaam": rij.gebruikersnaam,
            "voornaam": rij.voornaam,
            "achternaam": rij.achternaam,
            "email": rij.email,
            "rollen": rij.rollen,
            "eenheden": rij.eenheden,
            "clearance": rij.clearance,
            "persoon": rij.persoon,
        }
        regels = [
            f"rollen: {', '.join(rij.rollen)}",
            f"eenheden: {', '.join(e.code for e in rij.eenheden)}",
            f"rubricering: {niveaus.naam(rij.clearance)}",
        ]
        if niveaus.vraagt_vier_ogen(Rubricering.INTERN, rij.clearance):
            regels[-1] = f"rubricering: Intern; {niveaus.naam(rij.clearance)} wacht op goedkeuring"
            nieuw["naar"] = rij.clearance
        yield Wijziging(rij.gebruikersnaam, "aanmaken", regels, rij.regel, nieuw)
        return
    if not gebruiker.is_active:
        return
    if vertrokken:
        if services.is_zelf(door, gebruiker):
            raise Importfout("", [(rij.regel, "dit is uw eigen account; u kunt het niet deactiveren.")])
        yield Wijziging(
            gebruiker.username, "deactiveren", [f"uit dienst per {rij.uit_dienst:%d-%m-%Y}"], rij.regel
        )
        return
    voor = services.momentopname(gebruiker)
    gegevens: dict[str, Any] = {}
    details: list[str] = []
    for veld in ("voornaam", "achternaam", "email"):
        if getattr(rij, veld) != voor[veld]:
            gegevens[veld] = getattr(rij, veld)
            details.append(_voor_na(veld, voor[veld], getattr(rij, veld)))
    if rij.rollen != voor["rollen"]:
        gegevens["rollen"] = rij.rollen
        details.append(_voor_na("rollen", voor["rollen"], rij.rollen))
    codes = sorted(e.code for e in rij.eenheden)
    if codes != voor["eenheden"]:
        gegevens["eenheden"] = rij.eenheden
        details.append(_voor_na("eenheden", voor["eenheden"], codes))
    persoon = rij.persoon.code if rij.persoon else None
    if persoon != voor["persoon"]:
        gegevens["persoon"] = rij.persoon
        details.append(_voor_na("persoon", voor["persoon"], persoon))
    if rij.clearance != gebruiker.clearance:
        if not niveaus.vraagt_vier_ogen(gebruiker.clearance, rij.clearance):
            gegevens["clearance"] = rij.clearance
            details.append(_voor_na("rubricering", voor["clearance"], niveaus.naam(rij.clearance)))
        elif open_naar != rij.clearance:
            gegevens["clearance"] = rij.clearance
            gegevens["naar"] = rij.clearance
            details.append(
                f"rubricering: {voor['clearance']} blijft tot de goedkeuring van "
                f"{niveaus.naam(rij.clearance)}"
            )
    if gebruiker.herkomst != Gebruiker.Herkomst.HR:
        details.append("voortaan beheerd via de HR-import (was lokaal)")
    if not gegevens and gebruiker.herkomst == Gebruiker.Herkomst.HR:
        return
    if set(gegevens) & set(services.BEVOEGDHEDEN) and services.is_zelf(door, gebruiker):
        raise Importfout("", [(rij.regel, services.ZELF)])
    soort = "clearance-aanvraag" if set(gegevens) == {"clearance", "naar"} else "wijzigen"
    yield Wijziging(gebruiker.username, soort, details, rij.regel, gegevens)


def plan(rijen: list[Rij], *, door: Any) -> tuple[list[Wijziging], list[str]]:
    """What the import would change, per user; and the users it names but leaves alone."""
    gebruikers = {
        g.username.casefold(): g
        for g in Gebruiker.objects.select_related("persoon").prefetch_related("rollen", "eenheden")
    }
    open_ = dict(
        Clearanceaanvraag.objects.filter(status=Clearanceaanvraag.Status.OPEN).values_list(
            "gebruiker_id", "naar"
        )
    )
    wijzigingen: list[Wijziging] = []
    overgeslagen: list[str] = []
    fouten: list[tuple[int | None, str]] = []
    for rij in rijen:
        gebruiker = gebruikers.get(rij.gebruikersnaam.casefold())
        if gebruiker is not None and not gebruiker.is_active:
            overgeslagen.append(
                f"{gebruiker.username} (regel {rij.regel}): gedeactiveerd; de import heractiveert niet."
            )
            continue
        try:
            wijzigingen += _plan_rij(rij, gebruiker, open_.get(gebruiker.pk) if gebruiker else None, door)
        except Importfout as fout:
            fouten += fout.fouten
    genoemd = {r.gebruikersnaam.casefold() for r in rijen}
    for sleutel, gebruiker in sorted(gebruikers.items()):
        if gebruiker.herkomst == Gebruiker.Herkomst.HR and gebruiker.is_active and sleutel not in genoemd:
            if services.is_zelf(door, gebruiker):
                fouten.append((None, "het bestand noemt uw eigen account niet en zou het deactiveren."))
                continue
            wijzigingen.append(
                Wijziging(gebruiker.username, "deactiveren", ["staat niet meer in de HR-export"])
            )
    if fouten:
        raise Importfout("", fouten)
    return wijzigingen, overgeslagen


# --- carrying it out ----------------------------------------------------------------------------


def _voer_uit(wijziging: Wijziging, gebruikers: dict[str, Gebruiker], door: Any) -> None:
    gegevens = {k: v for k, v in wijziging.gegevens.items() if k != "naar"}
    if wijziging.soort == "aanmaken":
        services.maak_gebruiker(door=door, herkomst=Gebruiker.Herkomst.HR, via=VIA, **gegevens)
        return
    gebruiker = gebruikers[wijziging.gebruikersnaam.casefold()]
    if wijziging.soort == "deactiveren":
        services.deactiveer(gebruiker, door=door, via=VIA)
    else:
        services.wijzig_gebruiker(gebruiker, door=door, via=VIA, herkomst=Gebruiker.Herkomst.HR, **gegevens)


def importeer(
    *, door: Any, inhoud: bytes, bestandsnaam: str = "bestand.csv", proef: bool = False
) -> Importverslag:
    """Validate the whole file, work out the plan, and (unless ``proef``) carry it out in one
    transaction. ``Importfout`` names file, line and reason; nothing is written then."""
    services.controleer_recht(door, services.BEHEREN)
    naam = bestandsnaam[-200:] or "bestand.csv"
    with transaction.atomic():
        rijen = lees(inhoud, naam)
        try:
            wijzigingen, overgeslagen = plan(rijen, door=door)
        except Importfout as fout:
            raise Importfout(naam, fout.fouten) from None
        verslag = Importverslag(
            bestandsnaam=naam,
            sha256=hashlib.sha256(inhoud).hexdigest(),
            regels=len(rijen),
            proef=proef,
            wijzigingen=wijzigingen,
            overgeslagen=overgeslagen,
        )
        if proef or not wijzigingen:
            return verslag
        gebruikers = {g.username.casefold(): g for g in Gebruiker.objects.all()}
        for wijziging in wijzigingen:
            try:
                _voer_uit(wijziging, gebruikers, door)
            except (ValidationError, PermissionDenied) as fout:
                reden = " ".join(fout.messages) if isinstance(fout, ValidationError) else str(fout)
                raise Importfout(naam, [(wijziging.regel, f"{wijziging.gebruikersnaam}: {reden}")]) from None
        audit.registreer(
            "hr_import_uitgevoerd",
            door=door,
            gegevens={
                "bestand": naam,
                "sha256": verslag.sha256,
                "regels": verslag.regels,
                "aangemaakt": verslag.aantal("aanmaken"),
                "gewijzigd": verslag.aantal("wijzigen") + verslag.aantal("clearance-aanvraag"),
                "gedeactiveerd": verslag.aantal("deactiveren"),
            },
        )
    return verslag
