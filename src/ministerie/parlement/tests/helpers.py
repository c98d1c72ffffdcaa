"""Test helpers: get a memo signed by walking its route."""

from __future__ import annotations

from typing import Any

from ministerie.stukken import services as stukken
from ministerie.stukken.models import Nota, Parafeerstap


def beantwoord(nota: Nota) -> Nota:
    """Fill in every empty answer of an answer memo (its author, while it is Concept)."""
    leeg = {n: f"Antwoord op vraag {n}." for n in nota.lege_antwoorden}
    if leeg:
        stukken.bewerk_nota(nota, door=nota.auteur, antwoorden=leeg)
    return nota


def teken(nota: Nota) -> Nota:
    """Initial every step up the line and let the bewindspersoon sign an answer memo (its empty
    answers filled in first) or decide a Kamerbrief (no decision points: 'voor kennisgeving')."""
    nota.refresh_from_db()
    if nota.status == Nota.Status.CONCEPT:
        beantwoord(nota)
        stukken.start_parafering(nota, door=nota.auteur)
    for _ in range(20):
        nota.refresh_from_db()
        if nota.status == Nota.Status.BESLOTEN:
            return nota
        stap = nota.stappen.filter(status=Parafeerstap.Status.AAN_DE_BEURT).select_related("houder").first()
        assert stap is not None, f"geen stap aan de beurt bij {nota.status}"
        if stap.soort == Parafeerstap.Soort.BESLISSING and nota.wordt_getekend:
            stukken.teken(nota, door=stap.houder)
        elif stap.soort == Parafeerstap.Soort.BESLISSING:
            stukken.beslis(nota, door=stap.houder, besluiten={})
        else:
            stukken.parafeer(nota, door=stap.houder)
    raise AssertionError("route niet afgerond")


def maak_kamervragen(pz: Any, e: Any, **extra: Any) -> Any:
    from datetime import date

    from ministerie.parlement import services

    velden = {
        "nummer": "2026Z20001",
        "onderwerp": "Bouwtempo",
        "ontvangen_op": date(2026, 12, 1),
        "vragen": ["Kent u het bericht?", "Wat gaat u doen?"],
        "vragenstellers": [{"naam": "Jansen", "fractie": "VVD"}],
        "bewindspersoon": e("minister-bzk"),
        "trekker": e("woningbouw"),
    }
    velden.update(extra)
    return services.registreer_kamervragen(door=pz, **velden)
