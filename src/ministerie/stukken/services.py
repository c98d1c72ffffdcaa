"""Every change to a memo: one transaction, permission check, state change, audit record,
timeline entry, and re-indexing queued on commit."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from ministerie.core import audit
from ministerie.core.levenscyclus import Levenscyclus
from ministerie.core.models import Gebruiker
from ministerie.core.permissies import heeft_recht, vereis
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid

from . import melden, signalen
from .bewerken import BEWERKBAAR, inhoud_van, is_auteur, kandidaten_medeauteur, veldlabel, veldvolgorde
from .indexering import plan_indexering
from .models import TE_TEKENEN, Annotatie, Antwoord, Beslispunt, Gebeurtenis, Nota, Notaversie, Parafeerstap
from .opslag import sla_op
from .route import PARLEMENTAIRE_ZAKEN, VIA_PARLEMENTAIRE_ZAKEN, Routevoorstel, stel_route_voor
from .toestanden import ALS_PRODUCT, ALS_PRODUCT_GELEVERD, NOTA
from .uploadgrens import opmerking_over_naam, weigering
from .zichtbaarheid import mag_nota_zien

Stap = Parafeerstap.Status


def _vergrendel(nota: Nota) -> Nota:
    return Nota.objects.select_for_update().get(pk=nota.pk)


def _vereis_zicht(gebruiker: Any, nota: Nota) -> None:
    if not mag_nota_zien(gebruiker, nota):
        raise PermissionDenied("U kunt deze nota niet inzien.")


def _zet_status_volgens(levenscyclus: Levenscyclus, nota: Nota, naar: str) -> None:
    levenscyclus.controleer(nota.status, naar)
    nota.status = naar
    nota.save(update_fields=["status", "gewijzigd_op"])


def _zet_status(nota: Nota, naar: str) -> None:
    _zet_status_volgens(NOTA, nota, naar)


def _log(
    nota: Nota, door: Any, actie: str, omschrijving: str, toelichting: str = "", **gegevens: Any
) -> None:
    Gebeurtenis.objects.create(nota=nota, door=door, omschrijving=omschrijving, toelichting=toelichting)
    audit.registreer(actie, door=door, subject=nota, gegevens={"toelichting": toelichting, **gegevens})
    plan_indexering(f"nota:{nota.pk}")


def _nieuw_kenmerk(datum: date) -> str:
    prefix = f"BZK-{datum.year}-"
    laatste = (
        Nota.objects.filter(kenmerk__startswith=prefix)
        .order_by("-kenmerk")
        .values_list("kenmerk", flat=True)
        .first()
    )
    volgnummer = int(laatste.removeprefix(prefix)) + 1 if laatste else 1
    return f"{prefix}{volgnummer:05d}"


def _sla_op_met_nieuw_kenmerk(nota: Nota, datum: date, pogingen: int = 5) -> None:
    """Two memos made at the same moment read the same highest number (PostgreSQL, several web
    processes); the second insert then hits the unique index. It takes the next number instead,
    in a savepoint so the surrounding transaction stays usable."""
    for poging in range(pogingen):
        nota.kenmerk = _nieuw_kenmerk(datum)
        try:
            with transaction.atomic():
                nota.save()
            return
        except IntegrityError:
            if poging == pogingen - 1:
                raise


@transaction.atomic
def maak_nota(
    *,
    door: Any,
    soort: str,
    onderwerp: str,
    aan: str,
    eenheid: Eenheid,
    beslispunten: Iterable[str] = (),
    rubricering: int | None = None,
    datum: date | None = None,
    vragen: Iterable[str] = (),
    **velden: Any,
) -> Nota:
    """A new memo. An answer memo to Kamervragen (``Nota.Soort.ANTWOORD_KAMERVRAGEN``) gets one
    empty answer per question in ``vragen`` (numbered 1, 2, … like the questions) and is Intern
    unless another classification is given: the signed answer becomes a public Kamerstuk."""
    vereis(door, "nota.opstellen", eenheid=eenheid)
    if eenheid.pk not in door.eenheden_in_scope():
        raise PermissionDenied("U kunt alleen een nota opstellen namens uw eigen eenheid.")
    teksten = [v.strip() for v in vragen if v and v.strip()]
    if soort == Nota.Soort.ANTWOORD_KAMERVRAGEN:
        if not teksten:
            raise ValidationError({"vragen": "Een antwoordnota beantwoordt minstens één vraag."})
        if rubricering is None:
            rubricering = Rubricering.INTERN
    elif teksten:
        raise ValidationError({"vragen": "Alleen een antwoordnota op Kamervragen heeft vragen."})
    rubricering = door.clearance if rubricering is None else rubricering
    if rubricering > door.clearance:
        raise PermissionDenied("U kunt geen nota rubriceren boven uw eigen rubriceringsniveau.")
    punten = [p.strip() for p in beslispunten if p and p.strip()]
    if soort == Nota.Soort.BESLISNOTA and not punten:
        raise ValidationError({"beslispunten": "Een beslisnota heeft minstens één beslispunt."})
    if velden.get("uiterste_beslisdatum") and not velden.get("reden_beslisdatum"):
        raise ValidationError({"reden_beslisdatum": "Geef de reden van de uiterste beslisdatum."})
    datum = datum or timezone.localdate()
    nota = Nota(
        soort=soort,
        onderwerp=onderwerp,
        aan=aan,
        eenheid=eenheid,
        auteur=door,
        datum=datum,
        rubricering=rubricering,
        **velden,
    )
    nota.full_clean(exclude=["kenmerk"])
    _sla_op_met_nieuw_kenmerk(nota, datum)
    for volgorde, tekst in enumerate(punten, start=1):
        Beslispunt.objects.create(nota=nota, volgorde=volgorde, tekst=tekst)
    for nummer, vraag in enumerate(teksten, start=1):
        Antwoord.objects.create(nota=nota, nummer=nummer, vraag=vraag)
    _eerste_versie(nota)
    _log(nota, door, "nota_aangemaakt", f"{nota.get_soort_display()} opgesteld")
    return nota


def _eerste_versie(nota: Nota) -> Notaversie:
    """Version 1: the memo as it was written (made afterwards for a memo from before versions)."""
    return Notaversie.objects.create(
        nota=nota, nummer=1, door=nota.auteur, op=nota.aangemaakt_op, inhoud=inhoud_van(nota)
    )


def bewerkweigering(gebruiker: Any, nota: Nota) -> PermissionDenied | ValidationError | None:
    """Why this user may not edit this memo now, or None when they may. Pages show the edit
    button only when this is None; ``bewerk_nota`` raises it."""
    if not heeft_recht(gebruiker, "nota.bewerken"):
        return PermissionDenied("U heeft geen recht om nota's te bewerken.")
    if not mag_nota_zien(gebruiker, nota):
        return PermissionDenied("U kunt deze nota niet inzien.")
    if not is_auteur(gebruiker, nota):
        return PermissionDenied("Alleen de opsteller en de medeauteurs kunnen deze nota bewerken.")
    if nota.status == Nota.Status.AFGEDAAN:
        return ValidationError("Deze nota is afgedaan en kan niet meer worden bewerkt.")
    if nota.status not in BEWERKBAAR:
        return ValidationError(
            f"Deze nota is {nota.get_status_display().lower()} en kan niet meer worden bewerkt. "
            "Een nota is te bewerken zolang zij concept is of is teruggestuurd; vraag wie de nota "
            "nu heeft om haar terug te sturen."
        )
    return None


def mag_bewerken(gebruiker: Any, nota: Nota) -> bool:
    return bewerkweigering(gebruiker, nota) is None


_MODELVELDEN = (
    "onderwerp",
    "aan",
    "rubricering",
    "aanleiding",
    "kernpunten",
    "toelichting",
    "uiterste_beslisdatum",
    "reden_beslisdatum",
    "kamerstuk",
    "openbaar_bij_kamerstuk",
)


def _controleer_medeauteurs(nota: Nota, door: Any, medeauteurs: list[Gebruiker]) -> None:
    huidig = set(nota.medeauteurs.values_list("pk", flat=True))
    if {g.pk for g in medeauteurs} == huidig:
        return
    if door.pk != nota.auteur_id:
        raise PermissionDenied("Alleen de opsteller kan medeauteurs noemen of weghalen.")
    toegestaan = set(kandidaten_medeauteur(nota).values_list("pk", flat=True))
    for gebruiker in medeauteurs:
        if gebruiker.pk not in toegestaan | huidig:
            raise ValidationError(
                {
                    "medeauteurs": f"{gebruiker} kan geen medeauteur zijn: kies een collega uit uw "
                    "eigen eenheid die nota's mag opstellen en deze nota mag inzien."
                }
            )


@transaction.atomic
def bewerk_nota(
    nota: Nota,
    *,
    door: Any,
    beslispunten: str | Iterable[str] | None = None,
    medeauteurs: Iterable[Gebruiker] | None = None,
    antwoorden: Mapping[int, str] | None = None,
    **velden: Any,
) -> Notaversie | None:
    """Save the author's (or a co-author's) changes to a memo that is Concept or Teruggestuurd
    as a new version. Fields not given keep their value; ``antwoorden`` ({question number:
    answer}) changes the answers of an answer memo it names. Returns the new version, or None
    when nothing changed (then no version is made)."""
    nota = _vergrendel(nota)
    vereis(door, "nota.bewerken")
    if (weigering := bewerkweigering(door, nota)) is not None:
        raise weigering
    onbekend = set(velden) - set(_MODELVELDEN)
    if onbekend:
        raise ValidationError(f"Deze velden kunnen niet worden bewerkt: {', '.join(sorted(onbekend))}.")
    rubricering = velden.get("rubricering", nota.rubricering)
    if rubricering not in Rubricering.values:
        raise ValidationError({"rubricering": "Onbekende rubricering."})
    if rubricering > door.clearance:
        raise PermissionDenied("U kunt geen nota rubriceren boven uw eigen rubriceringsniveau.")
    if rubricering < nota.rubricering:
        raise ValidationError(
            {
                "rubricering": "De rubricering kan bij het bewerken niet omlaag: eerdere versies "
                "van de nota hebben de hogere rubricering."
            }
        )
    nieuwe_medeauteurs = None if medeauteurs is None else list(medeauteurs)
    if nieuwe_medeauteurs is not None:
        _controleer_medeauteurs(nota, door, nieuwe_medeauteurs)
    blijvend = nieuwe_medeauteurs if nieuwe_medeauteurs is not None else list(nota.medeauteurs.all())
    te_laag = [str(g) for g in blijvend if g.clearance < rubricering]
    if te_laag:
        raise ValidationError(
            {
                "rubricering": f"{', '.join(te_laag)} mag een nota met deze rubricering niet inzien; "
                "haal eerst de medeauteur weg of kies een lagere rubricering."
            }
        )
    punten = None
    if beslispunten is not None:
        regels = beslispunten.splitlines() if isinstance(beslispunten, str) else list(beslispunten)
        punten = [p.strip() for p in regels if p and p.strip()]
        if nota.soort == Nota.Soort.BESLISNOTA and not punten:
            raise ValidationError({"beslispunten": "Een beslisnota heeft minstens één beslispunt."})

    nieuwe_antwoorden = _controleer_antwoorden(nota, antwoorden) if antwoorden is not None else {}

    vorige = nota.versies.order_by("-nummer").first() or _eerste_versie(nota)
    for naam, waarde in velden.items():
        setattr(nota, naam, waarde)
    if nota.uiterste_beslisdatum and not nota.reden_beslisdatum:
        raise ValidationError({"reden_beslisdatum": "Geef de reden van de uiterste beslisdatum."})
    nota.full_clean()
    nota.save()
    if punten is not None and punten != [p.tekst for p in nota.beslispunten.order_by("volgorde")]:
        nota.beslispunten.all().delete()
        for volgorde, tekst in enumerate(punten, start=1):
            Beslispunt.objects.create(nota=nota, volgorde=volgorde, tekst=tekst)
    if nieuwe_medeauteurs is not None:
        nota.medeauteurs.set(nieuwe_medeauteurs)
    for antwoord in nota.antwoorden.all():
        if antwoord.nummer in nieuwe_antwoorden and antwoord.tekst != nieuwe_antwoorden[antwoord.nummer]:
            antwoord.tekst = nieuwe_antwoorden[antwoord.nummer]
            antwoord.save(update_fields=["tekst"])

    inhoud = inhoud_van(nota)
    gewijzigd = [
        veld
        for veld in veldvolgorde(inhoud, vorige.inhoud)
        if inhoud.get(veld, "") != vorige.inhoud.get(veld, "")
    ]
    if not gewijzigd:
        return None
    versie = Notaversie.objects.create(
        nota=nota, nummer=vorige.nummer + 1, door=door, op=timezone.now(), inhoud=inhoud, gewijzigd=gewijzigd
    )
    _log(
        nota,
        door,
        "nota_bewerkt",
        f"Bewerkt (versie {versie.nummer})",
        "Gewijzigd: " + ", ".join(veldlabel(v).lower() for v in gewijzigd),
        versie=versie.nummer,
        velden=gewijzigd,
    )
    return versie


#: The longest answer to one question (some ten pages, like a memo's section).
MAX_ANTWOORD = 20_000


def _controleer_antwoorden(nota: Nota, antwoorden: Mapping[int, str]) -> dict[int, str]:
    """{number: answer} for the questions this memo answers; an unknown number is refused (the
    questions come from the set of Kamervragen and are not edited here)."""
    nummers = set(nota.antwoorden.values_list("nummer", flat=True))
    if antwoorden and not nummers:
        raise ValidationError({"antwoorden": "Deze nota beantwoordt geen Kamervragen."})
    schoon: dict[int, str] = {}
    for nummer, tekst in antwoorden.items():
        if not isinstance(nummer, int) or nummer not in nummers:
            raise ValidationError(
                {
                    "antwoorden": f"Deze nota heeft geen vraag {nummer}; de vragen zijn genummerd "
                    f"1 tot en met {max(nummers)}."
                }
            )
        tekst = (tekst or "").strip()
        if len(tekst) > MAX_ANTWOORD:
            raise ValidationError(
                {"antwoorden": f"Het antwoord op vraag {nummer} is langer dan {MAX_ANTWOORD} tekens."}
            )
        schoon[nummer] = tekst
    return schoon


@transaction.atomic
def stel_nota_op(*, door: Any, beslispunten: str | Iterable[str] = (), **velden: Any) -> Nota:
    """A new memo on behalf of the author's own (first) unit, with the route proposed from the
    organisation tree when it ends at a bewindspersoon."""
    eenheid = door.eenheden.order_by("pk").first()
    if eenheid is None:
        raise ValidationError("U hoort bij geen eenheid; vraag functioneel beheer u te koppelen.")
    punten = beslispunten.splitlines() if isinstance(beslispunten, str) else list(beslispunten)
    nota = maak_nota(door=door, eenheid=eenheid, beslispunten=punten, **velden)
    voorstel = stel_route_voor(door, eenheid, soort=nota.soort)
    if voorstel and voorstel[-1].soort == Parafeerstap.Soort.BESLISSING:
        stel_route_in(nota, door=door, stappen=voorstel)
    return nota


def _mag_route_wijzigen(gebruiker: Any, nota: Nota) -> bool:
    return nota.auteur_id == gebruiker.pk or "secretariaat" in gebruiker.rolcodes()


def routeweigering(gebruiker: Any, nota: Nota) -> PermissionDenied | ValidationError | None:
    """Why this user may not change this memo's route now, or None when they may. Pages show the
    route editor only when this is None; ``stel_route_in`` raises it."""
    if not heeft_recht(gebruiker, "nota.route_wijzigen"):
        return PermissionDenied("U heeft geen recht om parafeerroutes te wijzigen.")
    if not mag_nota_zien(gebruiker, nota):
        return PermissionDenied("U kunt deze nota niet inzien.")
    if not _mag_route_wijzigen(gebruiker, nota):
        return PermissionDenied("Alleen de opsteller of het secretariaat kan de route wijzigen.")
    if nota.status not in (Nota.Status.CONCEPT, Nota.Status.TERUGGESTUURD):
        return ValidationError("De route kan alleen worden gewijzigd zolang de nota niet onderweg is.")
    return None


def routeniveaus(stappen: list[Routevoorstel]) -> list[int]:
    """The level of each step in route order: every step a level of its own, except a
    medeparaaf, which runs in parallel with the step before it (the same level)."""
    niveaus: list[int] = []
    for i, stap in enumerate(stappen):
        if i > 0 and stap.soort == Parafeerstap.Soort.MEDEPARAAF:
            niveaus.append(niveaus[-1])
        else:
            niveaus.append((niveaus[-1] if niveaus else 0) + 1)
    return niveaus


@transaction.atomic
def stel_route_in(nota: Nota, *, door: Any, stappen: list[Routevoorstel]) -> None:
    """Set the route; only before routing starts or after the memo was sent back. A medeparaaf
    runs in parallel with the step before it; everyone on the route must be cleared for the
    memo's classification, and nobody is on it twice."""
    nota = _vergrendel(nota)
    vereis(door, "nota.route_wijzigen")
    _vereis_zicht(door, nota)
    if (weigering := routeweigering(door, nota)) is not None:
        raise weigering
    if not stappen or stappen[-1].soort != Parafeerstap.Soort.BESLISSING:
        raise ValidationError("De route eindigt bij de bewindspersoon die beslist.")
    for stap in stappen[:-1]:
        if stap.soort == Parafeerstap.Soort.BESLISSING:
            raise ValidationError("Alleen de laatste stap is de beslissing van de bewindspersoon.")
    beslisser = stappen[-1].houder
    if "bewindspersoon" not in beslisser.rolcodes():
        raise ValidationError("De laatste stap moet bij een bewindspersoon liggen.")
    gezien: set[int] = set()
    for stap in stappen:
        if stap.houder.pk in gezien:
            raise ValidationError(f"{stap.houder} staat twee keer op de route.")
        gezien.add(stap.houder.pk)
        if stap.houder.clearance < nota.rubricering:
            raise ValidationError(f"{stap.houder} mag deze nota niet inzien (rubricering).")
    if (
        nota.soort in VIA_PARLEMENTAIRE_ZAKEN
        and PARLEMENTAIRE_ZAKEN not in nota.auteur.rolcodes()
        and not any(PARLEMENTAIRE_ZAKEN in s.houder.rolcodes() for s in stappen[:-1])
    ):
        raise ValidationError(
            "Een antwoord op Kamervragen gaat langs Parlementaire Zaken (Bestuursadvisering) "
            "voordat de bewindspersoon tekent: zet Parlementaire Zaken op de route."
        )
    vorige = [(s.houder_id, s.soort, s.niveau) for s in nota.stappen.order_by("niveau", "pk")]
    niveaus = routeniveaus(stappen)
    nota.stappen.all().delete()
    for niveau, stap in zip(niveaus, stappen, strict=True):
        Parafeerstap.objects.create(
            nota=nota, niveau=niveau, soort=stap.soort, houder=stap.houder, eenheid=stap.eenheid
        )
    beschrijving = " → ".join(
        f"{s.houder} (medeparaaf)" if s.soort == Parafeerstap.Soort.MEDEPARAAF else str(s.houder)
        for s in stappen
    )
    _log(
        nota,
        door,
        "nota_route_ingesteld",
        "Parafeerroute ingesteld",
        beschrijving,
        vorige=[list(v) for v in vorige],
        route=[[s.houder.pk, s.soort, n] for s, n in zip(stappen, niveaus, strict=True)],
    )


def _activeer(nota: Nota, niveau: int) -> None:
    nu = timezone.now()
    nota.stappen.filter(niveau=niveau, status=Stap.WACHTEND).update(
        status=Stap.AAN_DE_BEURT, aan_de_beurt_sinds=nu
    )


class Herstart:
    """Where a memo that was sent back starts again on its route (the route's owner chooses)."""

    BEGIN = "begin"
    TERUGSTUURDER = "terugstuurder"


def terugstuurstap(nota: Nota) -> Parafeerstap | None:
    """The step of the one who sent the memo back, while the route is the same (a changed route
    starts from the beginning)."""
    if nota.status != Nota.Status.TERUGGESTUURD:
        return None
    return (
        nota.stappen.filter(status=Stap.TERUGGESTUURD)
        .select_related("houder")
        .order_by("-afgerond_op", "-pk")
        .first()
    )


@transaction.atomic
def start_parafering(nota: Nota, *, door: Any, herstart: str = Herstart.BEGIN) -> None:
    """Send the memo along its route. A memo that was sent back starts again from the beginning
    of the route, or (``herstart="terugstuurder"``) at the one who sent it back: the levels
    before keep their initials."""
    nota = _vergrendel(nota)
    _vereis_zicht(door, nota)
    if not _mag_route_wijzigen(door, nota):
        raise PermissionDenied("Alleen de opsteller of het secretariaat kan de nota versturen.")
    if not nota.stappen.exists():
        raise ValidationError("Stel eerst een parafeerroute in.")
    herstart = herstart or Herstart.BEGIN
    if herstart not in (Herstart.BEGIN, Herstart.TERUGSTUURDER):
        raise ValidationError({"herstart": "Kies: vanaf het begin of vanaf wie de nota terugstuurde."})
    opnieuw = nota.status == Nota.Status.TERUGGESTUURD
    terug = terugstuurstap(nota) if herstart == Herstart.TERUGSTUURDER else None
    if herstart == Herstart.TERUGSTUURDER and terug is None:
        raise ValidationError(
            {
                "herstart": "Deze nota kan alleen vanaf het begin de lijn in: zij is niet "
                "teruggestuurd, of de route is sindsdien gewijzigd."
            }
        )
    _zet_status(nota, Nota.Status.IN_PARAFERING)
    if terug is not None:
        nota.stappen.filter(niveau__gte=terug.niveau).update(
            status=Stap.WACHTEND, aan_de_beurt_sinds=None, afgerond_op=None, opmerking=""
        )
        eerste: int | None = terug.niveau
        omschrijving = f"Opnieuw de lijn in gestuurd, vanaf {terug.houder} (die de nota terugstuurde)"
    else:
        nota.stappen.update(status=Stap.WACHTEND, aan_de_beurt_sinds=None, afgerond_op=None, opmerking="")
        eerste = nota.stappen.order_by("niveau").values_list("niveau", flat=True).first()
        omschrijving = (
            "Opnieuw de lijn in gestuurd, vanaf het begin van de route"
            if opnieuw
            else "Nota de lijn in gestuurd"
        )
    assert eerste is not None  # the route has steps (checked above)
    _activeer(nota, eerste)
    if nota.stappen.filter(status=Stap.AAN_DE_BEURT, soort=Parafeerstap.Soort.BESLISSING).exists():
        _zet_status(nota, Nota.Status.TER_BESLISSING)
    _log(nota, door, "nota_verstuurd", omschrijving, herstart=herstart if opnieuw else "", niveau=eerste)


def actieve_stap(nota: Nota, gebruiker: Any) -> Parafeerstap | None:
    return nota.stappen.filter(houder=gebruiker, status=Stap.AAN_DE_BEURT).first()


def _eigen_stap(nota: Nota, door: Any) -> Parafeerstap:
    stap = actieve_stap(nota, door)
    if stap is None:
        raise PermissionDenied("Deze nota ligt nu niet bij u.")
    return stap


def _ga_verder(nota: Nota, niveau: int) -> None:
    if nota.stappen.filter(niveau=niveau, status=Stap.AAN_DE_BEURT).exists():
        return  # a co-initial at this level is still open
    volgende = (
        nota.stappen.filter(niveau__gt=niveau).order_by("niveau").values_list("niveau", flat=True).first()
    )
    if volgende is None:
        return
    _activeer(nota, volgende)
    if nota.stappen.filter(niveau=volgende, soort=Parafeerstap.Soort.BESLISSING).exists():
        _zet_status(nota, Nota.Status.TER_BESLISSING)


@transaction.atomic
def parafeer(nota: Nota, *, door: Any, opmerking: str = "") -> Parafeerstap:
    nota = _vergrendel(nota)
    vereis(door, "nota.paraferen")
    stap = _eigen_stap(nota, door)
    if stap.soort == Parafeerstap.Soort.BESLISSING:
        if nota.soort in TE_TEKENEN:
            raise ValidationError("De bewindspersoon tekent deze nota; gebruik 'Tekenen'.")
        raise ValidationError("De bewindspersoon beslist per beslispunt; gebruik 'Beslissen'.")
    stap.status, stap.opmerking, stap.afgerond_op = (
        Stap.GEPARAFEERD,
        opmerking.strip(),
        timezone.now(),
    )
    stap.save()
    wat = "Medeparaaf gezet" if stap.soort == Parafeerstap.Soort.MEDEPARAAF else "Geparafeerd"
    _log(
        nota,
        door,
        "nota_geparafeerd",
        wat + (" met opmerking" if opmerking.strip() else ""),
        opmerking.strip(),
    )
    _ga_verder(nota, stap.niveau)
    return stap


@transaction.atomic
def stuur_terug(nota: Nota, *, door: Any, reden: str) -> None:
    nota = _vergrendel(nota)
    vereis(door, "nota.paraferen")
    if not reden.strip():
        raise ValidationError({"reden": "Geef aan waarom u de nota terugstuurt."})
    stap = _eigen_stap(nota, door)
    stap.status, stap.opmerking, stap.afgerond_op = (
        Stap.TERUGGESTUURD,
        reden.strip(),
        timezone.now(),
    )
    stap.save()
    nota.stappen.filter(status=Stap.AAN_DE_BEURT).update(status=Stap.VERVALLEN)
    _zet_status(nota, Nota.Status.TERUGGESTUURD)
    _log(nota, door, "nota_teruggestuurd", "Teruggestuurd naar de opsteller", reden.strip())
    melden.teruggestuurd(nota, door=door, reden=reden)


@transaction.atomic
def vraag_medeparaaf(
    nota: Nota, *, door: Any, houder: Gebruiker, eenheid: Eenheid | None = None
) -> Parafeerstap:
    nota = _vergrendel(nota)
    vereis(door, "nota.paraferen")
    stap = _eigen_stap(nota, door)
    if houder.pk == door.pk or nota.stappen.filter(niveau=stap.niveau, houder=houder).exists():
        raise ValidationError("Deze persoon staat al op dit niveau van de route.")
    if houder.clearance < nota.rubricering:
        raise ValidationError(f"{houder} mag deze nota niet inzien (rubricering).")
    medeparaaf = Parafeerstap.objects.create(
        nota=nota,
        niveau=stap.niveau,
        soort=Parafeerstap.Soort.MEDEPARAAF,
        houder=houder,
        eenheid=eenheid or houder.eenheden.first(),
        status=Stap.AAN_DE_BEURT,
        aan_de_beurt_sinds=timezone.now(),
    )
    _log(nota, door, "nota_medeparaaf_gevraagd", f"Medeparaaf gevraagd aan {houder}")
    return medeparaaf


@transaction.atomic
def beslis(nota: Nota, *, door: Any, besluiten: Mapping[int, tuple[str, str]], toelichting: str = "") -> None:
    """The bewindspersoon decides per decision point: {beslispunt_id: (besluit, toelichting)}."""
    nota = _vergrendel(nota)
    vereis(door, "nota.beslissen")
    stap = _eigen_stap(nota, door)
    if stap.soort != Parafeerstap.Soort.BESLISSING:
        raise ValidationError("U parafeert deze nota; beslissen doet de bewindspersoon.")
    if nota.soort in TE_TEKENEN:
        raise ValidationError(
            f"Een {nota.get_soort_display().lower()} wordt getekend, niet besloten: gebruik 'Tekenen'."
        )
    punten = list(nota.beslispunten.all())
    ontbrekend = [p.volgorde for p in punten if p.pk not in besluiten or not besluiten[p.pk][0]]
    if ontbrekend:
        raise ValidationError(
            {"besluiten": f"Neem een besluit over beslispunt {', '.join(map(str, ontbrekend))}."}
        )
    nu = timezone.now()
    for punt in punten:
        besluit, uitleg = besluiten[punt.pk]
        if besluit not in Beslispunt.Besluit.values:
            raise ValidationError({"besluiten": f"Onbekend besluit '{besluit}'."})
        punt.besluit, punt.toelichting, punt.besloten_door, punt.besloten_op = (
            besluit,
            uitleg.strip(),
            door,
            nu,
        )
        punt.save()
    stap.status, stap.opmerking, stap.afgerond_op = Stap.BESLOTEN, toelichting.strip(), nu
    stap.save()
    _zet_status(nota, Nota.Status.BESLOTEN)
    samenvatting = (
        "; ".join(f"{p.volgorde}: {p.get_besluit_display()}" for p in punten) or "voor kennisgeving"
    )
    _log(
        nota,
        door,
        "nota_besloten",
        "Besloten door de bewindspersoon",
        samenvatting,
        besluiten={p.volgorde: p.besluit for p in punten},
    )
    signalen.nota_besloten.send(
        sender=Nota,
        nota_id=nota.pk,
        besluiten={p.volgorde: p.besluit for p in punten},
        besloten_op=nu,
        gebruiker=door,
    )
    if toelichting.strip():
        annoteer(nota, door=door, tekst=toelichting)
    melden.besloten(nota, door=door, annotatie=toelichting)


def tekenweigering(nota: Nota) -> ValidationError | None:
    """Why this memo cannot be signed as it is (an answer still empty), or None."""
    leeg = [str(n) for n in nota.lege_antwoorden]
    if leeg:
        woord = "vraag" if len(leeg) == 1 else "vragen"
        return ValidationError(
            {
                "antwoorden": f"Het antwoord op {woord} {', '.join(leeg)} is nog leeg; stuur de nota "
                "terug om het te laten invullen."
            }
        )
    return None


@transaction.atomic
def teken(nota: Nota, *, door: Any, opmerking: str = "") -> Parafeerstap:
    """The bewindspersoon signs a memo of a kind that is signed (``TE_TEKENEN``: the answers to
    Kamervragen): a signature on its answers as they read in its latest version, no decision
    points. Only the bewindspersoon whose step it is; every answer must be filled in. The memo
    then is Besloten (shown as "Getekend") and is settled like a decided memo."""
    nota = _vergrendel(nota)
    vereis(door, "nota.tekenen")
    if nota.soort not in TE_TEKENEN:
        raise ValidationError(
            f"Een {nota.get_soort_display().lower()} wordt niet getekend maar besloten: gebruik 'Beslissen'."
        )
    stap = _eigen_stap(nota, door)
    if stap.soort != Parafeerstap.Soort.BESLISSING:
        raise ValidationError("U parafeert deze nota; tekenen doet de bewindspersoon.")
    if (weigering := tekenweigering(nota)) is not None:
        raise weigering
    nu = timezone.now()
    stap.status, stap.opmerking, stap.afgerond_op = Stap.GETEKEND, opmerking.strip(), nu
    stap.save()
    _zet_status(nota, Nota.Status.BESLOTEN)
    antwoorden = list(nota.antwoorden.order_by("nummer").values_list("nummer", "tekst"))
    versie = nota.versies.order_by("-nummer").values_list("nummer", flat=True).first()
    aantal = len(antwoorden)
    _log(
        nota,
        door,
        "nota_getekend",
        "Getekend door de bewindspersoon",
        f"{aantal} {'antwoord' if aantal == 1 else 'antwoorden'}, versie {versie}"
        + (f"; {opmerking.strip()}" if opmerking.strip() else ""),
        versie=versie,
        # what was signed: the answers as they read at this moment
        antwoorden_sha256=hashlib.sha256(json.dumps(antwoorden, ensure_ascii=False).encode()).hexdigest(),
    )
    melden.getekend(nota, door=door)
    return stap


@transaction.atomic
def annoteer(
    nota: Nota,
    *,
    door: Any,
    tekst: str,
    pagina: int | None = None,
    x: float | None = None,
    y: float | None = None,
) -> Annotatie:
    nota = _vergrendel(nota)
    vereis(door, "nota.annoteren")
    _vereis_zicht(door, nota)
    if not tekst.strip():
        raise ValidationError({"tekst": "Een annotatie kan niet leeg zijn."})
    if (x is None) != (y is None) or any(v is not None and not 0 <= v <= 1 for v in (x, y)):
        raise ValidationError("Een plaats in het document ligt tussen 0 en 1 (x en y samen).")
    if nota.status == Nota.Status.AFGEDAAN:
        raise ValidationError("Een afgedane nota kan niet meer worden geannoteerd.")
    annotatie = Annotatie.objects.create(nota=nota, door=door, tekst=tekst.strip(), pagina=pagina, x=x, y=y)
    plek = f" (pagina {pagina})" if pagina else ""
    _log(nota, door, "nota_geannoteerd", f"Annotatie geplaatst{plek}", tekst.strip())
    return annotatie


@transaction.atomic
def doe_af(nota: Nota, *, door: Any) -> None:
    """Settle a decided memo: it goes back down the line, visible to everyone on the route."""
    nota = _vergrendel(nota)
    vereis(door, "nota.afdoen")
    _vereis_zicht(door, nota)
    _zet_status(nota, Nota.Status.AFGEDAAN)
    _log(nota, door, "nota_afgedaan", "Afgedaan en retour naar de lijn")
    melden.afgedaan(nota, door=door)
    # in this transaction: a part that waits for this memo (parlement: PZ sends the answer)
    # notifies its people through meld, which writes here and mails on commit
    signalen.nota_afgedaan.send(sender=Nota, nota_id=nota.pk, soort=nota.soort, door_id=door.pk)


@transaction.atomic
def lever_als_product(nota: Nota, *, door: Any, als: str, aan: str, bij: str = "") -> Nota:
    """Close a Concept memo that another process asked for and that is handed over there, e.g. a
    vergaderstuk delivered as the annotation of a cabinet agenda item. It does not go a route: it
    becomes Afgedaan (read-only, off its authors' "Mijn werk"), with the hand-over on its timeline
    and in the audit trail. Only the kinds in ``ALS_PRODUCT``; only its author or co-authors."""
    nota = _vergrendel(nota)
    vereis(door, "nota.opstellen", eenheid=nota.eenheid)
    _vereis_zicht(door, nota)
    if not is_auteur(door, nota):
        raise PermissionDenied("Alleen de opsteller en de medeauteurs kunnen deze nota leveren.")
    if nota.soort not in ALS_PRODUCT:
        raise ValidationError(
            f"Een {nota.get_soort_display().lower()} gaat langs de parafeerroute en wordt niet "
            "als product van een ander proces geleverd."
        )
    _zet_status_volgens(ALS_PRODUCT_GELEVERD, nota, Nota.Status.AFGEDAAN)
    _log(nota, door, "nota_geleverd", f"Geleverd als {als} aan {aan}", bij, als=als, aan=aan)
    return nota


@transaction.atomic
def voeg_bijlage_toe(nota: Nota, *, door: Any, document: Any) -> None:
    nota = _vergrendel(nota)
    vereis(door, "stukken.toevoegen")
    _vereis_zicht(door, nota)
    if nota.status == Nota.Status.AFGEDAAN:
        raise ValidationError("Bij een afgedane nota kunnen geen bijlagen meer worden gevoegd.")
    if document.rubricering > nota.rubricering:
        raise ValidationError("Een bijlage kan niet hoger gerubriceerd zijn dan de nota.")
    nota.bijlagen.add(document)
    _log(nota, door, "nota_bijlage_toegevoegd", f"Bijlage toegevoegd: {document}")


def voeg_bestand_als_bijlage_toe(nota: Nota, *, door: Any, bestand: Any) -> Any:
    """Store an uploaded file in the document store (in the memo's unit, at its classification)
    and attach it. Not one transaction on purpose: a file that cannot be read stays in
    quarantine, with its reason, even though it is not attached."""
    if reden := weigering(bestand):  # too large: refused before it is read
        raise ValidationError(reden)
    resultaat = sla_op(
        bestand.read(), bestand.name, door=door, eenheid=nota.eenheid, rubricering=nota.rubricering
    )
    if not resultaat.gelukt:
        raise ValidationError(resultaat.melding)
    voeg_bijlage_toe(nota, door=door, document=resultaat.document)
    return resultaat.document


def sla_bestanden_op(*, door: Any, bestanden: list[Any]) -> list[tuple[str, Any, str]]:
    """Store several uploaded files in the user's own (first) unit, each on its own: one file
    that cannot be stored does not stop the others. Per file: (name, Opslagresultaat or the
    refusal as an exception, a note for the uploader such as a shortened name, or "").
    A file over the size limit is refused before it is read."""
    eenheid = door.eenheden.order_by("pk").first()
    if eenheid is None:
        raise ValidationError("U hoort bij geen eenheid.")
    uitkomsten: list[tuple[str, Any, str]] = []
    for bestand in bestanden:
        opmerking = opmerking_over_naam(bestand)
        try:
            if reden := weigering(bestand):
                raise ValidationError(reden)
            resultaat = sla_op(bestand.read(), bestand.name, door=door, eenheid=eenheid)
        except (ValidationError, PermissionDenied) as fout:
            uitkomsten.append((bestand.name, fout, opmerking))
        else:
            uitkomsten.append((bestand.name, resultaat, opmerking))
    return uitkomsten


@transaction.atomic
def koppel_documenten(document: Any, ander: Any, *, door: Any) -> Any:
    """Link two documents both ways; both must be visible to the user."""
    from .zichtbaarheid import mag_document_zien

    vereis(door, "stukken.toevoegen")
    if document.pk == ander.pk:
        raise ValidationError("Een document kan niet aan zichzelf worden gekoppeld.")
    if not (mag_document_zien(door, document) and mag_document_zien(door, ander)):
        raise PermissionDenied("U kunt een van deze documenten niet inzien.")
    document.gerelateerd.add(ander)
    audit.registreer("documenten_gekoppeld", door=door, subject=document, gegevens={"met": ander.pk})
    return ander
