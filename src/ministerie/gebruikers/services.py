"""Every change to users, their clearance requests and sessions: one transaction, the right
checked, the change, an audit record with before and after.

The acting user is ``door``: a ``Gebruiker`` (page, API) or a text for the command line, which
acts as the system on the server (``"ministerie gebruiker"``: whoever may run it there may do
everything it does). Nobody changes their own roles, units or clearance, and nobody
deactivates themselves. A raise of a clearance to Stg. Confidentieel or higher is not applied:
it becomes a request that a second functioneel beheerder approves (not the requester, not the
user it is about); until then the old clearance holds."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from ministerie.core import audit
from ministerie.core.models import Gebruiker, Gebruikersrol
from ministerie.core.permissiematrix import ANONIEM, matrix
from ministerie.core.permissies import vereis
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid, Persoon

from . import instellink, niveaus, sessies
from .models import Clearanceaanvraag, Sessie
from .toestanden import AANVRAAG

BEKIJKEN = "gebruikers.bekijken"
BEHEREN = "gebruikers.beheren"
GOEDKEUREN = "gebruikers.goedkeuren"
EIGEN_SESSIES = "sessies.eigen"

#: Who did it: a user, or a text for the command line (acting as the system).
Door = Gebruiker | str

#: Names that a URL already uses (/api/v1/gebruikers/mij, /beheer/gebruikers/nieuw/, ...).
GERESERVEERD = frozenset({"mij", "nieuw", "importeren", "aanvragen"})
MAX_ROLLEN = 20
MAX_EENHEDEN = 50
VELDEN = ("voornaam", "achternaam", "email", "rollen", "eenheden", "clearance", "persoon")
BEVOEGDHEDEN = ("rollen", "eenheden", "clearance")

ZELF = (
    "U kunt uw eigen rollen, eenheden en rubricering niet wijzigen; dat doet een andere "
    "functioneel beheerder."
)


@dataclass
class Uitkomst:
    """What a create or change did: the user, the clearance request it opened (if any), and
    for a new user without a password the path of the one-time set-up link (shown once)."""

    gebruiker: Gebruiker
    aanvraag: Clearanceaanvraag | None = None
    instelpad: str | None = None
    gewijzigd: list[str] = field(default_factory=list)


# --- helpers -----------------------------------------------------------------------------------


def controleer_recht(door: Door, actie: str) -> None:
    if not isinstance(door, str):
        vereis(door, actie)


def is_zelf(door: Door, gebruiker: Gebruiker) -> bool:
    return not isinstance(door, str) and door.pk == gebruiker.pk


def _herkomst(door: Door, via: str) -> str:
    return via or ("opdrachtregel" if isinstance(door, str) else "beheer")


def geldige_rollen() -> dict[str, str]:
    return {code: naam for code, naam in matrix().rollen.items() if code != ANONIEM}


def momentopname(gebruiker: Gebruiker) -> dict[str, Any]:
    """The user as the audit trail records it, before and after a change."""
    return {
        "gebruikersnaam": gebruiker.username,
        "voornaam": gebruiker.first_name,
        "achternaam": gebruiker.last_name,
        "email": gebruiker.email,
        "rollen": sorted(gebruiker.rollen.values_list("rol", flat=True)),
        "eenheden": sorted(gebruiker.eenheden.values_list("code", flat=True)),
        "clearance": niveaus.naam(gebruiker.clearance),
        "persoon": gebruiker.persoon.code if gebruiker.persoon_id and gebruiker.persoon else None,
        "actief": gebruiker.is_active,
        "herkomst": gebruiker.herkomst,
    }


def _controleer_rollen(rollen: Iterable[str]) -> list[str]:
    lijst = sorted(set(rollen))
    onbekend = [r for r in lijst if r not in geldige_rollen()]
    if onbekend:
        raise ValidationError(
            {
                "rollen": f"Onbekende rol {', '.join(repr(r) for r in onbekend)}. Geldig zijn: "
                f"{', '.join(geldige_rollen())}."
            }
        )
    if len(lijst) > MAX_ROLLEN:
        raise ValidationError({"rollen": f"Hoogstens {MAX_ROLLEN} rollen."})
    return lijst


def _controleer_eenheden(eenheden: Iterable[Eenheid]) -> list[Eenheid]:
    lijst = list({e.pk: e for e in eenheden}.values())
    if len(lijst) > MAX_EENHEDEN:
        raise ValidationError({"eenheden": f"Hoogstens {MAX_EENHEDEN} eenheden."})
    return lijst


def _controleer_clearance(clearance: int) -> int:
    if clearance not in Rubricering.values:
        raise ValidationError(
            {"clearance": f"Onbekend rubriceringsniveau. Geldig zijn: {niveaus.geldige_namen()}."}
        )
    return int(clearance)


def controleer_gebruikersnaam(naam: str) -> str:
    naam = (naam or "").strip()
    if not naam:
        raise ValidationError({"gebruikersnaam": "Geef een gebruikersnaam."})
    if len(naam) > 150:
        raise ValidationError({"gebruikersnaam": "Een gebruikersnaam is hoogstens 150 tekens."})
    try:
        UnicodeUsernameValidator()(naam)
    except ValidationError:
        raise ValidationError(
            {
                "gebruikersnaam": "Een gebruikersnaam bestaat uit letters, cijfers en de tekens . @ + - _ "
                "(geen spaties)."
            }
        ) from None
    if naam.casefold() in GERESERVEERD:
        raise ValidationError(
            {"gebruikersnaam": f"'{naam}' is gereserveerd; kies een andere gebruikersnaam."}
        )
    return naam


def _zet_rollen(gebruiker: Gebruiker, rollen: list[str]) -> None:
    huidig = set(gebruiker.rollen.values_list("rol", flat=True))
    gebruiker.rollen.exclude(rol__in=rollen).delete()
    Gebruikersrol.objects.bulk_create(
        [Gebruikersrol(gebruiker=gebruiker, rol=r) for r in rollen if r not in huidig]
    )
    gebruiker.__dict__.pop("_rolcodes", None)


def _zet_eenheden(gebruiker: Gebruiker, eenheden: list[Eenheid]) -> None:
    gebruiker.eenheden.set(eenheden)
    gebruiker.__dict__.pop("_eenheden_in_scope", None)


def _laat_vervallen(gebruiker: Gebruiker, *, door: Door, reden: str) -> Clearanceaanvraag | None:
    aanvraag = (
        Clearanceaanvraag.objects.select_for_update()
        .filter(gebruiker=gebruiker, status=Clearanceaanvraag.Status.OPEN)
        .first()
    )
    if aanvraag is None:
        return None
    AANVRAAG.controleer(aanvraag.status, Clearanceaanvraag.Status.VERVALLEN)
    aanvraag.status = Clearanceaanvraag.Status.VERVALLEN
    aanvraag.beoordeeld_op = timezone.now()
    aanvraag.toelichting = reden[:500]
    aanvraag.save(update_fields=["status", "beoordeeld_op", "toelichting"])
    audit.registreer(
        "clearance_aanvraag_vervallen",
        door=door,
        subject=gebruiker,
        gegevens={"aanvraag": aanvraag.pk, "naar": niveaus.naam(aanvraag.naar), "reden": reden},
    )
    return aanvraag


def _vraag_aan(gebruiker: Gebruiker, naar: int, *, door: Door, via: str) -> Clearanceaanvraag | None:
    """A request to raise ``gebruiker`` to ``naar``; the same open request again changes nothing
    (None), a request for another level replaces the open one."""
    open_ = Clearanceaanvraag.objects.filter(
        gebruiker=gebruiker, status=Clearanceaanvraag.Status.OPEN
    ).first()
    if open_ is not None and open_.naar == naar:
        return None
    if open_ is not None:
        _laat_vervallen(gebruiker, door=door, reden=f"vervangen door een aanvraag voor {niveaus.naam(naar)}")
    aanvraag = Clearanceaanvraag.objects.create(
        gebruiker=gebruiker,
        van=gebruiker.clearance,
        naar=naar,
        aangevraagd_door=None if isinstance(door, str) else door,
        aangevraagd_door_naam=door if isinstance(door, str) else f"{door.get_username()} ({door})",
        aangevraagd_op=timezone.now(),
        herkomst=_herkomst(door, via),
    )
    audit.registreer(
        "clearance_aanvraag_ingediend",
        door=door,
        subject=gebruiker,
        gegevens={"aanvraag": aanvraag.pk, "van": niveaus.naam(aanvraag.van), "naar": niveaus.naam(naar)},
    )
    return aanvraag


def open_aanvraag(gebruiker: Gebruiker) -> Clearanceaanvraag | None:
    return Clearanceaanvraag.objects.filter(gebruiker=gebruiker, status=Clearanceaanvraag.Status.OPEN).first()


def _geef_instellink(gebruiker: Gebruiker, *, door: Door) -> str:
    pad = instellink.instelpad(gebruiker)
    audit.registreer(
        "instellink_uitgegeven",
        door=door,
        subject=gebruiker,
        gegevens={"geldig_uren": int(instellink.GELDIGHEID.total_seconds() // 3600)},
    )
    return pad


# --- users ---------------------------------------------------------------------------------------


@transaction.atomic
def maak_gebruiker(
    *,
    door: Door,
    gebruikersnaam: str,
    voornaam: str = "",
    achternaam: str = "",
    email: str = "",
    rollen: Iterable[str] = (),
    eenheden: Iterable[Eenheid] = (),
    clearance: int = Rubricering.INTERN,
    persoon: Persoon | None = None,
    herkomst: str = Gebruiker.Herkomst.LOKAAL,
    via: str = "",
) -> Uitkomst:
    """A new user without a password: they log in through single sign-on or set a password
    with the one-time link returned here. A clearance of Stg. Confidentieel or higher starts as
    Intern with a request for the second approval."""
    controleer_recht(door, BEHEREN)
    gebruikersnaam = controleer_gebruikersnaam(gebruikersnaam)
    if Gebruiker.objects.filter(username__iexact=gebruikersnaam).exists():
        raise ValidationError({"gebruikersnaam": f"De gebruikersnaam '{gebruikersnaam}' is al in gebruik."})
    rollen_ = _controleer_rollen(rollen)
    eenheden_ = _controleer_eenheden(eenheden)
    clearance = _controleer_clearance(clearance)
    begin = Rubricering.INTERN if niveaus.vraagt_vier_ogen(Rubricering.INTERN, clearance) else clearance
    gebruiker = Gebruiker(
        username=gebruikersnaam,
        first_name=voornaam[:150],
        last_name=achternaam[:150],
        email=email[:254],
        clearance=begin,
        persoon=persoon,
        herkomst=herkomst,
        is_active=True,
    )
    gebruiker.set_unusable_password()
    gebruiker.full_clean(exclude=["password"])
    gebruiker.save()
    _zet_rollen(gebruiker, rollen_)
    _zet_eenheden(gebruiker, eenheden_)
    audit.registreer(
        "gebruiker_aangemaakt",
        door=door,
        subject=gebruiker,
        gegevens={"voor": None, "na": momentopname(gebruiker), "via": _herkomst(door, via)},
    )
    aanvraag = _vraag_aan(gebruiker, clearance, door=door, via=via) if begin != clearance else None
    pad = _geef_instellink(gebruiker, door=door) if herkomst == Gebruiker.Herkomst.LOKAAL else None
    return Uitkomst(gebruiker, aanvraag, pad, ["aangemaakt"])


@transaction.atomic
def wijzig_gebruiker(gebruiker: Gebruiker, *, door: Door, via: str = "", **velden: Any) -> Uitkomst:
    """Change the named fields (``VELDEN``); a field not named keeps its value. ``rollen`` and
    ``eenheden`` replace the user's roles and units."""
    controleer_recht(door, BEHEREN)
    onbekend = set(velden) - set(VELDEN) - {"herkomst"}
    if onbekend:
        raise ValidationError(f"Onbekende velden: {', '.join(sorted(onbekend))}.")
    gebruiker = Gebruiker.objects.select_for_update().get(pk=gebruiker.pk)
    if not gebruiker.is_active:
        raise ValidationError("Deze gebruiker is gedeactiveerd; heractiveer het account eerst.")
    voor = momentopname(gebruiker)
    if "rollen" in velden:
        velden["rollen"] = _controleer_rollen(velden["rollen"])
    if "eenheden" in velden:
        velden["eenheden"] = _controleer_eenheden(velden["eenheden"])
    if "clearance" in velden:
        velden["clearance"] = _controleer_clearance(velden["clearance"])
    bevoegd_gewijzigd = (
        ("rollen" in velden and velden["rollen"] != voor["rollen"])
        or ("eenheden" in velden and sorted(e.code for e in velden["eenheden"]) != voor["eenheden"])
        or ("clearance" in velden and velden["clearance"] != gebruiker.clearance)
    )
    if bevoegd_gewijzigd and is_zelf(door, gebruiker):
        raise PermissionDenied(ZELF)

    for veld, attribuut, lengte in (
        ("voornaam", "first_name", 150),
        ("achternaam", "last_name", 150),
        ("email", "email", 254),
    ):
        if veld in velden:
            setattr(gebruiker, attribuut, (velden[veld] or "")[:lengte])
    if "persoon" in velden:
        gebruiker.persoon = velden["persoon"]
    if "herkomst" in velden:
        gebruiker.herkomst = velden["herkomst"]
    aanvraag = None
    if "clearance" in velden and velden["clearance"] != gebruiker.clearance:
        if niveaus.vraagt_vier_ogen(gebruiker.clearance, velden["clearance"]):
            aanvraag = _vraag_aan(gebruiker, velden["clearance"], door=door, via=via)
        else:
            _laat_vervallen(gebruiker, door=door, reden="de rubricering is rechtstreeks gewijzigd")
            gebruiker.clearance = velden["clearance"]
    gebruiker.full_clean(exclude=["password"])
    gebruiker.save()
    if "rollen" in velden:
        _zet_rollen(gebruiker, velden["rollen"])
    if "eenheden" in velden:
        _zet_eenheden(gebruiker, velden["eenheden"])
    na = momentopname(gebruiker)
    gewijzigd = [k for k in na if na[k] != voor[k]]
    if gewijzigd:
        audit.registreer(
            "gebruiker_gewijzigd",
            door=door,
            subject=gebruiker,
            gegevens={"voor": voor, "na": na, "via": _herkomst(door, via)},
        )
    if aanvraag is not None:
        gewijzigd.append("clearance-aanvraag")
    return Uitkomst(gebruiker, aanvraag, None, gewijzigd)


@transaction.atomic
def deactiveer(gebruiker: Gebruiker, *, door: Door, via: str = "") -> Gebruiker:
    """Deactivate (never delete): log-in refused from now on, every session ended, an open
    clearance request lapses."""
    controleer_recht(door, BEHEREN)
    if is_zelf(door, gebruiker):
        raise PermissionDenied(
            "U kunt uw eigen account niet deactiveren; dat doet een andere functioneel beheerder."
        )
    gebruiker = Gebruiker.objects.select_for_update().get(pk=gebruiker.pk)
    if not gebruiker.is_active:
        raise ValidationError(f"{gebruiker.username} is al gedeactiveerd.")
    voor = momentopname(gebruiker)
    gebruiker.is_active = False
    gebruiker.gedeactiveerd_op = timezone.now()
    gebruiker.save(update_fields=["is_active", "gedeactiveerd_op"])
    _laat_vervallen(gebruiker, door=door, reden="de gebruiker is gedeactiveerd")
    beeindigd = sessies.sluit(sessies.open_sessies(gebruiker), "gedeactiveerd")
    audit.registreer(
        "gebruiker_gedeactiveerd",
        door=door,
        subject=gebruiker,
        gegevens={
            "voor": voor,
            "na": momentopname(gebruiker),
            "sessies_beeindigd": len(beeindigd),
            "via": _herkomst(door, via),
        },
    )
    return gebruiker


@transaction.atomic
def heractiveer(gebruiker: Gebruiker, *, door: Door, via: str = "") -> Gebruiker:
    controleer_recht(door, BEHEREN)
    gebruiker = Gebruiker.objects.select_for_update().get(pk=gebruiker.pk)
    if gebruiker.is_active:
        raise ValidationError(f"{gebruiker.username} is niet gedeactiveerd.")
    if is_zelf(door, gebruiker):
        raise PermissionDenied("U kunt uw eigen account niet heractiveren.")
    voor = momentopname(gebruiker)
    gebruiker.is_active = True
    gebruiker.gedeactiveerd_op = None
    gebruiker.save(update_fields=["is_active", "gedeactiveerd_op"])
    audit.registreer(
        "gebruiker_geheractiveerd",
        door=door,
        subject=gebruiker,
        gegevens={"voor": voor, "na": momentopname(gebruiker), "via": _herkomst(door, via)},
    )
    return gebruiker


@transaction.atomic
def maak_instellink(gebruiker: Gebruiker, *, door: Door) -> str:
    """A fresh one-time set-up link for a user who has no password yet (e.g. one from the HR
    import, or whose first link expired). The path is returned once and never stored."""
    controleer_recht(door, BEHEREN)
    if not gebruiker.is_active:
        raise ValidationError("Deze gebruiker is gedeactiveerd.")
    if gebruiker.has_usable_password():
        raise ValidationError(
            "Deze gebruiker heeft al een wachtwoord; een instellink is er alleen voor wie nog geen "
            "wachtwoord heeft."
        )
    return _geef_instellink(gebruiker, door=door)


@transaction.atomic
def stel_wachtwoord_in(gebruiker: Gebruiker, *, wachtwoord: str) -> None:
    """The user sets their first password through a valid set-up link (checked by the page)."""
    gebruiker = Gebruiker.objects.select_for_update().get(pk=gebruiker.pk)
    if not gebruiker.is_active or gebruiker.has_usable_password():
        raise ValidationError("Deze link is niet meer geldig.")
    gebruiker.set_password(wachtwoord)
    gebruiker.save(update_fields=["password"])
    audit.registreer("wachtwoord_ingesteld_met_instellink", door=gebruiker, subject=gebruiker)


# --- clearance requests (four eyes) --------------------------------------------------------------


def reden_geen_beoordeling(aanvraag: Clearanceaanvraag, gebruiker: Any) -> str | None:
    """Why ``gebruiker`` may not approve or reject ``aanvraag`` (None: they may). Used by the
    services below and, to show or hide the buttons, by the pages."""
    if isinstance(gebruiker, str):
        return "Een clearance-aanvraag keurt een functioneel beheerder goed of af in de pagina's of de API."
    from ministerie.core.permissies import heeft_recht

    if not heeft_recht(gebruiker, GOEDKEUREN):
        return "U heeft geen recht om clearance-aanvragen te beoordelen."
    if aanvraag.status != Clearanceaanvraag.Status.OPEN:
        return f"Deze aanvraag is al {aanvraag.get_status_display().lower()}."
    if aanvraag.gebruiker_id == gebruiker.pk:
        return "Een aanvraag over uzelf beoordeelt een andere functioneel beheerder."
    if aanvraag.aangevraagd_door_id == gebruiker.pk:
        return "U heeft deze aanvraag zelf gedaan; een tweede functioneel beheerder moet haar beoordelen."
    return None


def _beoordeel(aanvraag: Clearanceaanvraag, door: Door, naar: str) -> Clearanceaanvraag:
    controleer_recht(door, GOEDKEUREN)
    aanvraag = Clearanceaanvraag.objects.select_for_update().select_related("gebruiker").get(pk=aanvraag.pk)
    reden = reden_geen_beoordeling(aanvraag, door)
    if reden is not None:
        if aanvraag.status != Clearanceaanvraag.Status.OPEN:
            raise ValidationError(reden)
        raise PermissionDenied(reden)
    AANVRAAG.controleer(aanvraag.status, naar)
    assert not isinstance(door, str)
    aanvraag.status = naar
    aanvraag.beoordeeld_door = door
    aanvraag.beoordeeld_op = timezone.now()
    return aanvraag


@transaction.atomic
def keur_goed(aanvraag: Clearanceaanvraag, *, door: Door) -> Clearanceaanvraag:
    aanvraag = _beoordeel(aanvraag, door, Clearanceaanvraag.Status.GOEDGEKEURD)
    gebruiker = Gebruiker.objects.select_for_update().get(pk=aanvraag.gebruiker_id)
    if not gebruiker.is_active:
        raise ValidationError("Deze gebruiker is gedeactiveerd.")
    voor = momentopname(gebruiker)
    aanvraag.save(update_fields=["status", "beoordeeld_door", "beoordeeld_op"])
    gebruiker.clearance = aanvraag.naar
    gebruiker.save(update_fields=["clearance"])
    audit.registreer(
        "clearance_aanvraag_goedgekeurd",
        door=door,
        subject=gebruiker,
        gegevens={
            "aanvraag": aanvraag.pk,
            "aangevraagd_door": aanvraag.aangevraagd_door_naam,
            "voor": voor,
            "na": momentopname(gebruiker),
        },
    )
    return aanvraag


@transaction.atomic
def wijs_af(aanvraag: Clearanceaanvraag, *, door: Door, toelichting: str = "") -> Clearanceaanvraag:
    aanvraag = _beoordeel(aanvraag, door, Clearanceaanvraag.Status.AFGEWEZEN)
    aanvraag.toelichting = (toelichting or "")[:500]
    aanvraag.save(update_fields=["status", "beoordeeld_door", "beoordeeld_op", "toelichting"])
    audit.registreer(
        "clearance_aanvraag_afgewezen",
        door=door,
        subject=aanvraag.gebruiker,
        gegevens={
            "aanvraag": aanvraag.pk,
            "naar": niveaus.naam(aanvraag.naar),
            "aangevraagd_door": aanvraag.aangevraagd_door_naam,
            "toelichting": aanvraag.toelichting,
        },
    )
    return aanvraag


# --- sessions ------------------------------------------------------------------------------------


@transaction.atomic
def beeindig_sessie(sessie: Sessie, *, door: Gebruiker) -> None:
    """A user ends one of their own sessions (the page fetches only their own)."""
    vereis(door, EIGEN_SESSIES)
    if sessie.gebruiker_id != door.pk:
        raise PermissionDenied("U kunt alleen uw eigen sessies beëindigen.")
    if sessie.beeindigd_op is not None:
        raise ValidationError("Deze sessie is al beëindigd.")
    sessies.sluit([sessie], "door gebruiker")
    audit.registreer("sessie_beeindigd", door=door, subject=door, gegevens={"sessie": sessie.pk})


@transaction.atomic
def beeindig_andere_sessies(*, door: Gebruiker, behalve: int | None = None) -> int:
    """A user ends all their sessions but the one they work in (``behalve``)."""
    vereis(door, EIGEN_SESSIES)
    andere = sessies.open_sessies(door)
    if behalve is not None:
        andere = andere.exclude(pk=behalve)
    beeindigd = sessies.sluit(list(andere), "door gebruiker")
    if beeindigd:
        audit.registreer("andere_sessies_beeindigd", door=door, subject=door, gegevens={"sessies": beeindigd})
    return len(beeindigd)


@transaction.atomic
def beeindig_alle_sessies(gebruiker: Gebruiker, *, door: Door) -> int:
    """An administrator ends every session of a user."""
    controleer_recht(door, BEHEREN)
    beeindigd = sessies.sluit(list(sessies.open_sessies(gebruiker)), "door beheerder")
    audit.registreer("alle_sessies_beeindigd", door=door, subject=gebruiker, gegevens={"sessies": beeindigd})
    return len(beeindigd)
