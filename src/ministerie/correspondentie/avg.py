"""Personal data of the correspondence: the export of everything held about a person (AVG art.
15: the right of access) and destruction after the retention per kind (``regels.yaml``) through a
list that MC approves. Each is one service with its permission check and audit record."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import timedelta
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from ministerie.core import audit
from ministerie.core.permissies import vereis

from .models import Antwoord, Vernietigingslijst, Zaak
from .regels import regels
from .zichtbaarheid import is_mc

MAX_ZAKEN_PER_EXPORT = 5_000


def _vereis_mc(door: Any, actie: str) -> None:
    vereis(door, actie)
    if not is_mc(door):
        raise PermissionDenied("Dit doet team Maatschappelijke Correspondentie.")


def zaken_van(*, email: str = "", naam: str = "") -> QuerySet[Zaak]:
    """The cases of a person: by e-mail address (exact, case-insensitive) or by name."""
    email, naam = email.strip(), " ".join(naam.split())
    if not email and not naam:
        raise ValidationError("Geef een e-mailadres of een naam.")
    voorwaarde = Q()
    if email:
        voorwaarde |= Q(afzender_email__iexact=email)
    if naam:
        voorwaarde |= Q(afzender_naam__iexact=naam)
    return Zaak.objects.filter(voorwaarde).order_by("ontvangen_op")


def inzage_export(*, door: Any, email: str = "", naam: str = "") -> bytes:
    """A ZIP with everything held about the person: per case its data and text, the messages as
    received (.eml), the attachments, the answer and the letter as sent, and a JSON overview."""
    _vereis_mc(door, "correspondentie.avg")
    zaken = list(
        zaken_van(email=email, naam=naam).prefetch_related("bijlagen", "berichten")[:MAX_ZAKEN_PER_EXPORT]
    )
    buffer = io.BytesIO()
    overzicht: list[dict[str, Any]] = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archief:
        for zaak in zaken:
            map_ = zaak.zaaknummer
            antwoord = Antwoord.objects.filter(zaak=zaak).first()
            rij: dict[str, Any] = {
                "zaaknummer": zaak.zaaknummer,
                "kanaal": zaak.get_kanaal_display(),
                "ontvangen_op": zaak.ontvangen_op.isoformat(),
                "afzender": {
                    "naam": zaak.afzender_naam,
                    "organisatie": zaak.afzender_organisatie,
                    "email": zaak.afzender_email,
                    "adres": zaak.afzender_adres,
                    "leeftijd": zaak.leeftijd,
                },
                "onderwerp": zaak.onderwerp,
                "tekst": zaak.tekst,
                "soort": zaak.get_soort_display(),
                "status": zaak.get_status_display(),
                "behandeld_door": str(zaak.toegewezen_aan),
                "bijlagen": [],
                "antwoord": None,
            }
            for bericht in zaak.berichten.all():
                if bericht.bestand:
                    archief.writestr(f"{map_}/bericht-{bericht.pk}.eml", bericht.bestand.read())
            for bijlage in zaak.bijlagen.all():
                rij["bijlagen"].append(
                    {"naam": bijlage.naam, "grootte": bijlage.grootte, "reden": bijlage.reden}
                )
                if bijlage.bestand:
                    archief.writestr(f"{map_}/bijlagen/{bijlage.pk}-{bijlage.naam}", bijlage.bestand.read())
            if antwoord is not None:
                rij["antwoord"] = {
                    "tekst": antwoord.tekst,
                    "ondertekend_door": str(antwoord.ondertekend_door or ""),
                    "verzonden_op": antwoord.verzonden_op.isoformat() if antwoord.verzonden_op else None,
                    "verzendwijze": antwoord.get_verzendwijze_display(),
                }
                if antwoord.pdf:
                    archief.writestr(f"{map_}/antwoord.pdf", antwoord.pdf.read())
            overzicht.append(rij)
        archief.writestr(
            "overzicht.json",
            json.dumps(
                {
                    "gevraagd_voor": {"email": email, "naam": naam},
                    "gemaakt_op": timezone.now().isoformat(),
                    "zaken": overzicht,
                },
                ensure_ascii=False,
                indent=2,
            ),
        )
    audit.registreer(
        "correspondentie_avg_inzage",
        door=door,
        gegevens={"email": email, "naam": naam, "zaken": [z.zaaknummer for z in zaken]},
    )
    return buffer.getvalue()


def over_bewaartermijn(vandaag: Any = None) -> list[Zaak]:
    """Closed cases whose retention (per kind, from the date they were closed) has passed."""
    vandaag = vandaag or timezone.localdate()
    r = regels()
    uitkomst = []
    for zaak in Zaak.objects.filter(afgehandeld_op__isnull=False).order_by("afgehandeld_op"):
        jaren = r.soort(zaak.soort).bewaartermijn_jaren
        einde = timezone.localtime(zaak.afgehandeld_op).date() + timedelta(days=round(365.25 * jaren))
        if einde <= vandaag:
            uitkomst.append(zaak)
    return uitkomst


@transaction.atomic
def stel_vernietigingslijst_op(*, door: Any) -> Vernietigingslijst:
    _vereis_mc(door, "correspondentie.vernietigen")
    zaken = over_bewaartermijn()
    if not zaken:
        raise ValidationError("Er zijn geen zaken over hun bewaartermijn.")
    lijst = Vernietigingslijst.objects.create(
        opgesteld_door=door,
        zaken=[
            {
                "pk": z.pk,
                "zaaknummer": z.zaaknummer,
                "soort": z.soort,
                "afgehandeld_op": z.afgehandeld_op.isoformat() if z.afgehandeld_op else None,
            }
            for z in zaken
        ],
    )
    audit.registreer(
        "correspondentie_vernietigingslijst_opgesteld",
        door=door,
        subject=lijst,
        gegevens={"zaken": len(zaken)},
    )
    return lijst


@transaction.atomic
def keur_vernietigingslijst_goed(lijst: Vernietigingslijst, *, door: Any) -> int:
    """MC approves: the cases on the list are destroyed with their messages, attachments and
    answers (files included). A case that was reopened meanwhile is left alone. The list stays."""
    _vereis_mc(door, "correspondentie.vernietigen")
    lijst = Vernietigingslijst.objects.select_for_update().get(pk=lijst.pk)
    if lijst.goedgekeurd_op:
        raise ValidationError("Deze lijst is al goedgekeurd.")
    nog_over = {z.pk for z in over_bewaartermijn()}
    zaken = list(Zaak.objects.filter(pk__in=[r["pk"] for r in lijst.zaken if r["pk"] in nog_over]))
    bestanden = []
    for zaak in zaken:
        bestanden += [b.bestand for b in zaak.bijlagen.all() if b.bestand]
        bestanden += [b.bestand for b in zaak.berichten.all() if b.bestand]
        antwoord = Antwoord.objects.filter(zaak=zaak).first()
        if antwoord is not None:
            bestanden += [f for f in (antwoord.pdf, antwoord.eml) if f]
        zaak.berichten.all().delete()
        zaak.delete()
    lijst.goedgekeurd_door, lijst.goedgekeurd_op = door, timezone.now()
    lijst.save(update_fields=["goedgekeurd_door", "goedgekeurd_op"])
    audit.registreer(
        "correspondentie_vernietigd",
        door=door,
        subject=lijst,
        gegevens={"zaken": [z.zaaknummer for z in zaken]},
    )
    namen = [(f.storage, f.name) for f in bestanden if f.name]

    def verwijder_bestanden() -> None:
        for opslag, naam in namen:
            opslag.delete(str(naam))

    transaction.on_commit(verwijder_bestanden)
    return len(zaken)
