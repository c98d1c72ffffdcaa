"""E-mail of notifications over SMTP (Django's SMTP backend; settings in conf/base.py).

An e-mail carries only the title and the link of each notification (for an item above Intern
not even the title), never its text: mail leaves the ministry's systems. No SMTP host set
(``MINISTERIE_SMTP_HOST``): nothing is sent and nothing is marked as sent, so the overview sends
what is waiting once a host is set.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.rubricering import Rubricering

from .models import Melding, Meldingsvoorkeur

log = logging.getLogger(__name__)

#: Up to this classification the title of a notification goes into the e-mail.
TITEL_IN_MAIL_TOT_EN_MET = Rubricering.INTERN
#: An overview lists at most this many notifications; the rest are counted.
MAX_IN_OVERZICHT = 50


def mail_ingesteld() -> bool:
    return bool(getattr(settings, "EMAIL_HOST", ""))


def voorkeur_van(gebruiker: Gebruiker) -> str:
    voorkeur = Meldingsvoorkeur.objects.filter(gebruiker=gebruiker).values_list("email", flat=True).first()
    return voorkeur or Meldingsvoorkeur.STANDAARD


def wil_direct(gebruiker: Gebruiker) -> bool:
    return (
        mail_ingesteld()
        and bool(gebruiker.email)
        and voorkeur_van(gebruiker) == Meldingsvoorkeur.Email.DIRECT
    )


def webadres(pad: str) -> str:
    """The address of a page in an e-mail: absolute when MINISTERIE_WEBADRES is set."""
    return f"{getattr(settings, 'WEBADRES', '')}{pad}"


def mailtitel(melding: Melding) -> str:
    if melding.rubricering <= TITEL_IN_MAIL_TOT_EN_MET:
        return melding.titel
    return f"{melding.get_soort_display()}: een stuk met rubricering {melding.get_rubricering_display()}"


def _bericht(
    gebruiker: Gebruiker, onderwerp: str, sjabloon: str, context: dict, verbinding: object
) -> EmailMultiAlternatives:
    context = {
        **context,
        "ontvanger": gebruiker,
        "overzicht_url": webadres(reverse("meldingen:overzicht")),
        "instellingen_url": webadres(reverse("meldingen:instellingen")),
    }
    bericht = EmailMultiAlternatives(
        subject=onderwerp,
        body=render_to_string(f"meldingen/mail/{sjabloon}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[gebruiker.email],
        connection=verbinding,
        headers={"Auto-Submitted": "auto-generated"},
    )
    bericht.attach_alternative(render_to_string(f"meldingen/mail/{sjabloon}.html", context), "text/html")
    return bericht


def _regels(meldingen: list[Melding]) -> list[dict[str, object]]:
    return [
        {
            "soort": m.get_soort_display(),
            "titel": mailtitel(m),
            "url": webadres(m.link),
            "wanneer": m.aangemaakt_op,
        }
        for m in meldingen
    ]


def _claim(pks: list[int]) -> tuple[datetime, list[Melding]]:
    """Take notifications for sending: only those no one else took (conditional UPDATE)."""
    nu = timezone.now()
    with transaction.atomic():
        Melding.objects.filter(pk__in=pks, gemaild_op__isnull=True).update(gemaild_op=nu)
    return nu, list(
        Melding.objects.filter(pk__in=pks, gemaild_op=nu)
        .select_related("ontvanger")
        .order_by("aangemaakt_op")
    )


def _geef_terug(meldingen: list[Melding], nu: datetime) -> None:
    Melding.objects.filter(pk__in=[m.pk for m in meldingen], gemaild_op=nu).update(gemaild_op=None)


def verstuur_direct(melding_pk: int) -> bool:
    """Send one notification to a user who chose "direct"; False when there is nothing to send
    (no SMTP host, already sent or read, another choice, no address). A failed send is given back
    (the overview takes it) and raised, so the job shows it."""
    melding = Melding.objects.select_related("ontvanger").filter(pk=melding_pk).first()
    if melding is None or melding.gelezen_op is not None or not wil_direct(melding.ontvanger):
        return False
    nu, genomen = _claim([melding.pk])
    if not genomen:
        return False
    try:
        _bericht(
            melding.ontvanger,
            f"ministerie: {mailtitel(melding)}",
            "direct",
            {"melding": _regels(genomen)[0]},
            None,
        ).send()
    except Exception:
        _geef_terug(genomen, nu)
        raise
    return True


@dataclass
class Uitkomst:
    gebruikers: int = 0
    meldingen: int = 0
    mislukt: list[str] = field(default_factory=list)


def verstuur_overzichten() -> Uitkomst:
    """One e-mail per user with the notifications not yet read or mailed: for everyone who did
    not choose "geen" (a "direct" notification whose e-mail failed comes along too)."""
    uitkomst = Uitkomst()
    if not mail_ingesteld():
        return uitkomst
    wachtend = (
        Melding.objects.filter(gemaild_op__isnull=True, gelezen_op__isnull=True, ontvanger__is_active=True)
        .exclude(ontvanger__email="")
        .exclude(ontvanger__meldingsvoorkeur__email=Meldingsvoorkeur.Email.GEEN)
        .values_list("ontvanger_id", "pk")
        .order_by("ontvanger_id", "aangemaakt_op")
    )
    per_gebruiker: dict[int, list[int]] = {}
    for gebruiker_pk, pk in wachtend:
        per_gebruiker.setdefault(gebruiker_pk, []).append(pk)
    if not per_gebruiker:
        return uitkomst
    verbinding = get_connection()
    try:
        verbinding.open()
    except Exception as fout:  # the server cannot be reached: nothing was taken, all wait
        log.warning("Geen verbinding met de mailserver: %s", fout)
        uitkomst.mislukt = sorted(
            Gebruiker.objects.filter(pk__in=per_gebruiker).values_list("username", flat=True)
        )
        return _registreer(uitkomst)
    with verbinding:
        for pks in per_gebruiker.values():
            nu, genomen = _claim(pks)
            if not genomen:
                continue
            gebruiker = genomen[0].ontvanger
            aantal = len(genomen)
            onderwerp = f"ministerie: {aantal} nieuwe {'melding' if aantal == 1 else 'meldingen'}"
            try:
                _bericht(
                    gebruiker,
                    onderwerp,
                    "overzicht",
                    {
                        "meldingen": _regels(genomen[:MAX_IN_OVERZICHT]),
                        "aantal": aantal,
                        "meer": max(0, aantal - MAX_IN_OVERZICHT),
                    },
                    verbinding,
                ).send()
            except Exception as fout:  # one address refused must not stop the others
                _geef_terug(genomen, nu)
                log.warning("Overzicht voor %s niet verstuurd: %s", gebruiker.get_username(), fout)
                uitkomst.mislukt.append(gebruiker.get_username())
                continue
            uitkomst.gebruikers += 1
            uitkomst.meldingen += aantal
    return _registreer(uitkomst)


def _registreer(uitkomst: Uitkomst) -> Uitkomst:
    with transaction.atomic():
        audit.registreer(
            "meldingen_overzicht_verstuurd",
            door="taak verstuur_overzichten",
            gegevens={
                "gebruikers": uitkomst.gebruikers,
                "meldingen": uitkomst.meldingen,
                "mislukt": uitkomst.mislukt,
            },
        )
    return uitkomst
