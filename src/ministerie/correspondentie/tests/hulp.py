"""Helpers of the correspondence tests: e-mails as they arrive, and the people of MC."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

from django.utils import timezone

KINDERBRIEF = (
    "Lieve minister,\n\nIk ben 9 jaar en ik zit in groep 6. Ik vind dat er meer speeltuinen moeten "
    "komen in mijn wijk, want nu spelen we op straat.\n\nGroetjes van Sanne"
)


def email(
    *,
    van: str | None = "Sanne de Vries <sanne@voorbeeld.nl>",
    onderwerp: str = "Speeltuinen in mijn wijk",
    tekst: str = KINDERBRIEF,
    bijlagen: list[tuple[str, bytes]] = (),  # type: ignore[assignment]
    message_id: str | None = None,
) -> bytes:
    bericht = EmailMessage()
    if van is not None:
        bericht["From"] = van
    bericht["To"] = "correspondentie@minbzk.nl"
    bericht["Subject"] = onderwerp
    bericht["Date"] = format_datetime(timezone.now())
    bericht["Message-ID"] = message_id or make_msgid(domain="voorbeeld.nl")
    bericht.set_content(tekst)
    for naam, data in bijlagen:
        bericht.add_attachment(data, maintype="application", subtype="octet-stream", filename=naam)
    return bytes(bericht)


def mc_medewerker(maak_gebruiker: Any) -> Any:
    return maak_gebruiker("mc_medewerker", eenheden=["com-team-maatschappelijke-correspondentie"])


def minister(maak_gebruiker: Any) -> Any:
    return maak_gebruiker("bewindspersoon", eenheden=["minister-bzk"])
