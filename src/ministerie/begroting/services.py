"""Budget changes as services: one transaction, permission check, the rules, audit record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.permissies import heeft_recht, vereis

from . import toestanden
from .berekening import uitgaven_saldo_in_stand
from .controle import Mutatie_invoer, Regelinvoer, Uitslag, controleer
from .models import Artikel, Bedragsoort, Begroting, Bevinding, Evaluatie, Mutatie, Mutatieregel, Stand
from .regels import Regelset, geldende_regels

INVOEREN = "begroting.mutatie_invoeren"
UITZONDEREN = "begroting.uitzondering_vastleggen"
BIJWERKEN = "begroting.bevinding_bijwerken"
MIN_REDEN = 20


class Geweigerd(ValidationError):
    """The rules refuse the change; ``uitslag`` holds each rule and its numbers."""

    def __init__(self, uitslag: Uitslag) -> None:
        self.uitslag = uitslag
        super().__init__({"regels": [o.tekst for o in uitslag.overtredingen]})


@dataclass(frozen=True)
class NieuweRegel:
    artikel: Artikel
    soort: str
    jaar: int
    bedrag: int


@dataclass(frozen=True)
class NieuweMutatie:
    soort: str
    titel: str
    toelichting: str
    regels: tuple[NieuweRegel, ...]


def _artikelnaam(artikel: Artikel) -> str:
    return f"{artikel.hoofdstuk.code} artikel {artikel.nummer} ({artikel.naam})"


def als_invoer(mutaties: list[NieuweMutatie]) -> list[Mutatie_invoer]:
    return [
        Mutatie_invoer(
            soort=m.soort,
            titel=m.titel,
            regels=tuple(
                Regelinvoer(
                    artikel_id=r.artikel.pk,
                    artikel_naam=_artikelnaam(r.artikel),
                    hoofdstuk=r.artikel.hoofdstuk.code,
                    soort=r.soort,
                    jaar=r.jaar,
                    bedrag=r.bedrag,
                )
                for r in m.regels
            ),
        )
        for m in mutaties
    ]


def controleer_mutaties(
    stand: Stand, mutaties: list[NieuweMutatie], *, regelset: Regelset | None = None
) -> Uitslag:
    """The rule check alone (for the live check in the form); writes nothing."""
    regelset = regelset or geldende_regels()
    begroting = stand.begroting
    uitslag = controleer(
        als_invoer(mutaties),
        hoofdstuk=begroting.hoofdstuk.code,
        jaren=begroting.jaren,
        moment=stand.moment,
        regelset=regelset,
        bestaand_uitgaven=uitgaven_saldo_in_stand(stand),
    )
    if stand.is_basis:
        uitslag.overtredingen.insert(
            0, _standfout("De ontwerpbegroting is de geladen basis; voer mutaties in een volgende stand in.")
        )
    elif stand.afgesloten:
        uitslag.overtredingen.insert(0, _standfout(f"{stand} is afgesloten."))
    return uitslag


def _standfout(tekst: str) -> Any:
    from .controle import Overtreding

    return Overtreding("invoer", "Invoer", tekst)


def open_stand(
    begroting: Begroting,
    moment: str,
    *,
    door: Gebruiker,
    datum: date | None = None,
    omschrijving: str = "",
) -> Stand:
    """Start the next budget moment of a chapter's budget."""
    vereis(door, INVOEREN)
    with transaction.atomic():
        Begroting.objects.select_for_update().get(pk=begroting.pk)
        return _open_stand(begroting, moment, door=door, datum=datum, omschrijving=omschrijving)


def _open_stand(
    begroting: Begroting, moment: str, *, door: Gebruiker, datum: date | None, omschrijving: str
) -> Stand:
    momenten = list(begroting.standen.order_by("volgnummer").values_list("moment", flat=True))
    try:
        toestanden.controleer_overgang(momenten, moment)
    except toestanden.OngeldigeOvergang as fout:
        raise ValidationError({"moment": fout.messages}) from None
    stand = Stand.objects.create(
        begroting=begroting,
        volgnummer=len(momenten) + 1,
        moment=moment,
        datum=datum,
        omschrijving=omschrijving,
    )
    audit.registreer("begroting_stand_geopend", door=door, subject=stand, gegevens={"moment": moment})
    return stand


def sluit_stand(stand: Stand, *, door: Gebruiker) -> Stand:
    vereis(door, INVOEREN)
    with transaction.atomic():
        stand = Stand.objects.select_for_update().get(pk=stand.pk)
        if not stand.afgesloten:
            stand.afgesloten = True
            stand.save(update_fields=["afgesloten"])
            audit.registreer("begroting_stand_afgesloten", door=door, subject=stand)
    return stand


def _stand_van_tegenkant(stand: Stand, hoofdstuk_code: str, *, door: Gebruiker) -> Stand:
    """The stand of the same moment in the other chapter of an overboeking between chapters."""
    andere = Begroting.objects.filter(hoofdstuk__code=hoofdstuk_code, jaar=stand.begroting.jaar).first()
    if andere is None:
        raise ValidationError(
            {"regels": [f"Hoofdstuk {hoofdstuk_code} heeft geen begroting {stand.begroting.jaar}."]}
        )
    Begroting.objects.select_for_update().get(pk=andere.pk)
    laatste = andere.standen.order_by("-volgnummer").first()
    if laatste is not None and laatste.moment == stand.moment and not laatste.afgesloten:
        return laatste
    return _open_stand(andere, stand.moment, door=door, datum=stand.datum, omschrijving="")


def voer_mutaties_in(
    stand: Stand,
    mutaties: list[NieuweMutatie],
    *,
    door: Gebruiker,
    uitzondering_reden: str = "",
    regelset: Regelset | None = None,
) -> list[Mutatie]:
    """Enter one or more changes in a budget moment, checked together against the rules.

    A refusal that the rules allow to be overridden ("eigen broek ophouden") is accepted only
    with an explicit exception by FEZ with its reasons; the exception is in the audit trail.
    """
    vereis(door, INVOEREN)
    regelset = regelset or geldende_regels()
    uitzondering_reden = uitzondering_reden.strip()
    with transaction.atomic():
        stand = Stand.objects.select_for_update().select_related("begroting__hoofdstuk").get(pk=stand.pk)
        uitslag = controleer_mutaties(stand, mutaties, regelset=regelset)
        uitzondering = None
        if not uitslag.toegestaan:
            if not (uitslag.toegestaan_met_uitzondering() and uitzondering_reden):
                raise Geweigerd(uitslag)
            if not heeft_recht(door, UITZONDEREN):
                raise PermissionDenied("Alleen FEZ kan een uitzondering op de begrotingsregels vastleggen.")
            if len(uitzondering_reden) < MIN_REDEN:
                raise ValidationError(
                    {
                        "uitzondering_reden": [
                            f"Geef de redenen voor de uitzondering (minstens {MIN_REDEN} tekens)."
                        ]
                    }
                )
            uitzondering = uitslag.overtredingen
        aangemaakt = []
        for index, nieuw in enumerate(mutaties):
            aangemaakt.append(
                _maak_mutatie(
                    stand,
                    nieuw,
                    door=door,
                    gemarkeerd=index in uitslag.gemarkeerd,
                    uitzondering=uitzondering,
                    uitzondering_reden=uitzondering_reden,
                    regelset=regelset,
                )
            )
        if uitzondering:
            audit.registreer(
                "begroting_uitzondering_vastgelegd",
                door=door,
                subject=stand,
                gegevens={
                    "regels": [o.regel for o in uitzondering],
                    "weigering": [o.tekst for o in uitzondering],
                    "reden": uitzondering_reden,
                    "mutaties": [m.pk for m in aangemaakt],
                    "regelset": regelset.kabinet,
                },
            )
        return aangemaakt


def _maak_mutatie(
    stand: Stand,
    nieuw: NieuweMutatie,
    *,
    door: Gebruiker,
    gemarkeerd: bool,
    uitzondering: list | None,
    uitzondering_reden: str,
    regelset: Regelset,
) -> Mutatie:
    eigen = stand.begroting.hoofdstuk.code
    per_hoofdstuk: dict[str, list[NieuweRegel]] = {}
    for regel in nieuw.regels:
        per_hoofdstuk.setdefault(regel.artikel.hoofdstuk.code, []).append(regel)
    velden = {
        "soort": nieuw.soort,
        "titel": nieuw.titel,
        "toelichting": nieuw.toelichting,
        "auteur": door if getattr(door, "pk", None) else None,
        "auteur_naam": str(door),
        "buiten_besluitvormingsmoment": gemarkeerd,
        "uitzondering_regel": ",".join(o.regel for o in uitzondering) if uitzondering else "",
        "uitzondering_reden": uitzondering_reden if uitzondering else "",
        "regelset": regelset.kabinet,
    }
    mutatie = Mutatie.objects.create(stand=stand, **velden)
    _maak_regels(mutatie, per_hoofdstuk.pop(eigen, []))
    _registreer(mutatie, door)
    for code, regels in per_hoofdstuk.items():  # the other side of an overboeking
        tegen = Mutatie.objects.create(
            stand=_stand_van_tegenkant(stand, code, door=door), tegenboeking=mutatie, **velden
        )
        _maak_regels(tegen, regels)
        mutatie.tegenboeking = tegen
        mutatie.save(update_fields=["tegenboeking"])
        _registreer(tegen, door)
    return mutatie


def _maak_regels(mutatie: Mutatie, regels: list[NieuweRegel]) -> None:
    Mutatieregel.objects.bulk_create(
        Mutatieregel(mutatie=mutatie, artikel=r.artikel, soort=r.soort, jaar=r.jaar, bedrag=r.bedrag)
        for r in regels
    )


def _registreer(mutatie: Mutatie, door: Gebruiker) -> None:
    audit.registreer(
        "begroting_mutatie_ingevoerd",
        door=door,
        subject=mutatie,
        gegevens={
            "stand": str(mutatie.stand),
            "soort": mutatie.soort,
            "toelichting": mutatie.toelichting,
            "regels": [
                [f"{r.artikel.hoofdstuk.code}.{r.artikel.nummer}", r.soort, r.jaar, r.bedrag]
                for r in mutatie.regels.select_related("artikel__hoofdstuk")
            ],
            "buiten_besluitvormingsmoment": mutatie.buiten_besluitvormingsmoment,
            "uitzondering": mutatie.uitzondering_regel,
        },
    )


def werk_bevinding_bij(
    bevinding: Bevinding,
    *,
    door: Gebruiker,
    onderwerp: str | None = None,
    verbeterplan: str | None = None,
    opvolging: str | None = None,
    status: str | None = None,
) -> Bevinding:
    vereis(door, BIJWERKEN)
    if status is not None and status not in Bevinding.Status.values:
        raise ValidationError({"status": [f"Onbekende status '{status}'."]})
    nieuw = {
        "onderwerp": onderwerp,
        "verbeterplan": verbeterplan,
        "opvolging": opvolging,
        "status": status,
    }
    with transaction.atomic():
        bevinding = Bevinding.objects.select_for_update().get(pk=bevinding.pk)
        gewijzigd = {
            naam: [getattr(bevinding, naam), waarde]
            for naam, waarde in nieuw.items()
            if waarde is not None and getattr(bevinding, naam) != waarde
        }
        if status == Bevinding.Status.OPGELOST and not (verbeterplan or bevinding.verbeterplan):
            raise ValidationError(
                {"status": ["Een bevinding is pas opgelost met een verbeterplan en de opvolging ervan."]}
            )
        if gewijzigd:
            for naam, (_, waarde) in gewijzigd.items():
                setattr(bevinding, naam, waarde)
            bevinding.full_clean()
            bevinding.save(update_fields=list(gewijzigd))
            audit.registreer(
                "begroting_bevinding_bijgewerkt",
                door=door,
                subject=bevinding,
                gegevens={"velden": gewijzigd},
            )
    return bevinding


def leg_evaluatie_vast(
    artikel: Artikel,
    *,
    door: Gebruiker,
    laatste_jaar: int | None,
    laatste_titel: str = "",
    gepland_jaar: int | None = None,
    toelichting: str = "",
) -> Evaluatie:
    vereis(door, BIJWERKEN)
    with transaction.atomic():
        evaluatie, _ = Evaluatie.objects.select_for_update().get_or_create(artikel=artikel)
        oud = [evaluatie.laatste_jaar, evaluatie.laatste_titel, evaluatie.gepland_jaar]
        evaluatie.laatste_jaar = laatste_jaar
        evaluatie.laatste_titel = laatste_titel
        evaluatie.gepland_jaar = gepland_jaar
        evaluatie.toelichting = toelichting or evaluatie.toelichting
        evaluatie.save()
        audit.registreer(
            "begroting_evaluatie_vastgelegd",
            door=door,
            subject=evaluatie,
            gegevens={"oud": oud, "nieuw": [laatste_jaar, laatste_titel, gepland_jaar]},
        )
    return evaluatie


__all__ = [
    "Bedragsoort",
    "Geweigerd",
    "NieuweMutatie",
    "NieuweRegel",
    "controleer_mutaties",
    "leg_evaluatie_vast",
    "open_stand",
    "sluit_stand",
    "voer_mutaties_in",
    "werk_bevinding_bij",
]
