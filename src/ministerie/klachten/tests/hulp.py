"""Helpers for the complaint tests: a complaint as the public form makes it, a handler."""

from __future__ import annotations

from datetime import date
from typing import Any

from ministerie.klachten import services


def dien_klacht_in(**overig: Any) -> Any:
    gegevens: dict[str, Any] = {
        "onderwerp": "Onheuse bejegening aan de telefoon",
        "omschrijving": "De medewerker hing op toen ik naar mijn dossier vroeg.",
        "klager_naam": "J. de Vries",
        "klager_email": "j.devries@voorbeeld.nl",
        "beklaagde_omschrijving": "de telefonist van de helpdesk",
    }
    gegevens.update(overig)
    return services.dien_in(**gegevens)


def registreer(door: Any, ontvangen_op: date, **overig: Any) -> Any:
    gegevens: dict[str, Any] = {
        "kanaal": "brief",
        "onderwerp": "Te laat teruggebeld",
        "omschrijving": "Ik ben drie keer niet teruggebeld.",
        "klager_naam": "A. Jansen",
        "klager_adres": "Dorpsstraat 1\n1234 AB Ergens",
        "ontvangen_op": ontvangen_op,
    }
    gegevens.update(overig)
    return services.registreer(door=door, **gegevens)
