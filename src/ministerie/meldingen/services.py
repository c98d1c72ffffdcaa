"""The only writers of notifications: ``meld`` for the other parts, and the user's own actions
(read, read all, open, e-mail preference).

What a calling part must know about ``meld``:
- Call it inside the transaction of the change it reports (the service of that part); the rows
  are written in that transaction and the immediate e-mails are queued only after it commits.
- The caller chooses the recipients and is responsible for them: only people who may see the
  item. The title is the caller's too: it is shown in the header list and, up to Intern, sent
  by e-mail. Keep it to what the recipient may read (no content of a classified memo). The
  ``tekst`` never leaves the application; an e-mail carries only the title and the link, and for
  an item above Intern (``rubricering``, or the ``rubricering`` of ``over``) not even the title.
- The same event gives each recipient one notification: pass ``sleutel`` (a name for the event,
  e.g. ``"nota:12:besloten"``) and a second call with it adds nothing for that recipient, ever.
  Without ``sleutel`` a call adds nothing for a recipient who still has an unread notification
  with the same kind, title and link.
- Creating a notification is not audited: it follows from a change that the caller's service
  audits. Changing one's e-mail preference is audited.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.permissies import vereis
from ministerie.core.rubricering import Rubricering

from . import mail, taken
from .models import Melding, Meldingsvoorkeur, Soort

#: The one action of this part: read, mark and open one's own notifications, set one's preference.
EIGEN = "meldingen.eigen"


def _ontvangers(ontvangers: Gebruiker | Iterable[Gebruiker | None] | None) -> list[Gebruiker]:
    if ontvangers is None:
        return []
    lijst = [ontvangers] if isinstance(ontvangers, Gebruiker) else list(ontvangers)
    gezien: dict[int, Gebruiker] = {}
    for gebruiker in lijst:
        if gebruiker is not None and gebruiker.is_active and gebruiker.pk not in gezien:
            gezien[gebruiker.pk] = gebruiker
    return list(gezien.values())


def controleer_link(link: str) -> str:
    """A notification links only to a page of this site: a path, never another host."""
    if (
        not link.startswith("/")
        or link.startswith("//")
        or "\\" in link
        or not url_has_allowed_host_and_scheme(link, allowed_hosts=set())
    ):
        raise ValueError(f"Een melding linkt alleen naar een pagina van deze site, niet naar {link!r}.")
    return link


@transaction.atomic
def meld(
    ontvangers: Gebruiker | Iterable[Gebruiker | None] | None,
    soort: str,
    titel: str,
    link: str,
    tekst: str = "",
    *,
    sleutel: str = "",
    over: Any = None,
    rubricering: int | None = None,
) -> list[Melding]:
    """Notify the people who wait for something; returns the notifications made (none for a
    recipient who already has this one, or who is no longer active)."""
    if soort not in Soort.values:
        raise ValueError(f"Onbekende soort melding {soort!r}.")
    titel = " ".join(titel.split())[:300]
    if not titel:
        raise ValueError("Een melding heeft een titel.")
    controleer_link(link)
    if rubricering is None:
        rubricering = int(getattr(over, "rubricering", Rubricering.INTERN))
    meta = getattr(over, "_meta", None)
    gegevens = {
        "soort": soort,
        "titel": titel,
        "tekst": tekst,
        "link": link,
        "rubricering": rubricering,
        "object_type": meta.label if meta is not None else "",
        "object_id": str(getattr(over, "pk", "") or "") if over is not None else "",
        "sleutel": sleutel[:200],
    }
    wie = _ontvangers(ontvangers)
    bestaand = Melding.objects.filter(ontvanger__in=wie)
    if sleutel:
        bestaand = bestaand.filter(sleutel=gegevens["sleutel"])
    else:
        bestaand = bestaand.filter(gelezen_op__isnull=True, soort=soort, titel=titel, link=link)
    al = set(bestaand.values_list("ontvanger_id", flat=True))
    gemaakt = []
    for gebruiker in wie:
        if gebruiker.pk in al:
            continue
        try:
            with transaction.atomic():
                gemaakt.append(Melding.objects.create(ontvanger=gebruiker, **gegevens))
        except IntegrityError:  # the same event, made at this moment by a concurrent transaction
            continue
    for melding in gemaakt:
        if mail.wil_direct(melding.ontvanger):
            transaction.on_commit(partial(taken.mail_melding.enqueue, melding.pk))
    return gemaakt


def _eigen(melding: Melding, door: Gebruiker) -> None:
    vereis(door, EIGEN)
    if melding.ontvanger_id != door.pk:
        raise PermissionDenied("Dit is niet uw melding.")


@transaction.atomic
def markeer_gelezen(melding: Melding, *, door: Gebruiker) -> Melding:
    _eigen(melding, door)
    if melding.gelezen_op is None:
        melding.gelezen_op = timezone.now()
        Melding.objects.filter(pk=melding.pk, gelezen_op__isnull=True).update(gelezen_op=melding.gelezen_op)
    return melding


@transaction.atomic
def open_melding(melding: Melding, *, door: Gebruiker) -> str:
    """Mark the notification read and give the page it is about."""
    markeer_gelezen(melding, door=door)
    return controleer_link(melding.link)


@transaction.atomic
def markeer_alles_gelezen(*, door: Gebruiker) -> int:
    vereis(door, EIGEN)
    return Melding.objects.filter(ontvanger=door, gelezen_op__isnull=True).update(gelezen_op=timezone.now())


@transaction.atomic
def wijzig_voorkeur(*, door: Gebruiker, email: str) -> Meldingsvoorkeur:
    """A user chooses how they hear of notifications by e-mail (audited when it changes)."""
    vereis(door, EIGEN)
    if email not in Meldingsvoorkeur.Email.values:
        raise ValueError(f"Onbekende e-mailvoorkeur {email!r}.")
    voorkeur, _ = Meldingsvoorkeur.objects.select_for_update().get_or_create(gebruiker=door)
    if voorkeur.email != email:
        audit.registreer(
            "meldingsvoorkeur_gewijzigd",
            door=door,
            subject=door,
            gegevens={"van": voorkeur.email, "naar": email},
        )
        voorkeur.email = email
        voorkeur.save(update_fields=["email", "gewijzigd_op"])
    return voorkeur
