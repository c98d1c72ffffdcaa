"""Toezeggingen: the term as spoken becomes a date; the status as the commitment is met."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.permissies import vereis
from ministerie.organisatie.models import Eenheid

from ..models import Debat, Toezegging
from ..termijnzinnen import OnbekendeTermijn, leid_af
from ..toestanden import TOEZEGGING
from .gedeeld import controleer_bewindspersoon, iso


def _volgnummer_toezegging(jaar: int) -> str:
    prefix = f"BZK-TZ-{jaar}-"
    laatste = (
        Toezegging.objects.filter(nummer__startswith=prefix)
        .order_by("-nummer")
        .values_list("nummer", flat=True)
        .first()
    )
    return f"{prefix}{(int(laatste.removeprefix(prefix)) + 1) if laatste else 1:04d}"


def maak_toezegging(
    *,
    door: Gebruiker,
    tekst: str,
    termijn_tekst: str,
    gedaan_op: date,
    gedaan_in: str,
    bewindspersoon: Eenheid,
    verantwoordelijke: Eenheid,
    kamer: str,
    debat: Debat | None = None,
    nummer: str = "",
    extern_id: str = "",
) -> Toezegging:
    """Within the caller's transaction and permission check: one commitment, its date derived
    from the term as spoken."""
    fouten: dict[str, str] = {}
    if not tekst.strip():
        fouten["tekst"] = "Geef de tekst van de toezegging."
    try:
        afleiding = leid_af(termijn_tekst, gedaan_op, kamer)
    except OnbekendeTermijn as fout:
        fouten["termijn_tekst"] = str(fout)
    if fouten:
        raise ValidationError(fouten)
    tz = Toezegging(
        kamer=kamer,
        nummer=nummer.strip() or _volgnummer_toezegging(gedaan_op.year),
        bewindspersoon=controleer_bewindspersoon(bewindspersoon),
        debat=debat,
        gedaan_in=gedaan_in.strip(),
        gedaan_op=gedaan_op,
        tekst=tekst.strip(),
        termijn_tekst=termijn_tekst.strip(),
        uiterste_datum=afleiding.datum,
        termijn_uitleg=afleiding.uitleg[:300],
        verantwoordelijke=verantwoordelijke,
        extern_id=extern_id,
    )
    tz.full_clean()
    tz.save()
    audit.registreer(
        "toezegging_geregistreerd",
        door=door,
        subject=tz,
        gegevens={"termijn": tz.termijn_tekst, "uiterste_datum": iso(tz.uiterste_datum)},
    )
    return tz


@transaction.atomic
def registreer_toezegging(*, door: Gebruiker, **velden: Any) -> Toezegging:
    vereis(door, "parlement.registreren")
    velden.setdefault("kamer", "TK")
    return maak_toezegging(door=door, **velden)


@transaction.atomic
def wijzig_toezegging(tz: Toezegging, *, door: Gebruiker, status: str, toelichting: str = "") -> None:
    vereis(door, "parlement.registreren")
    tz = Toezegging.objects.select_for_update().get(pk=tz.pk)
    TOEZEGGING.controleer(tz.status, status)
    tz.status = status
    if toelichting.strip():
        tz.toelichting = toelichting.strip()
    tz.save(update_fields=["status", "toelichting"])
    audit.registreer("toezegging_status", door=door, subject=tz, gegevens={"status": status})
