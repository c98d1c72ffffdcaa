"""The selection list as data (selectielijst.yaml): which category an item gets, and its term.

An item of a key official dated within one of the official's periods gets the key official's
category of its kind (kept, transferred after the term); anything else gets the ordinary
category (destroyed after the term). The term runs from the item's date.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction

from ministerie.core import audit

from .models import Selectieregel, Sleutelfunctionaris

BESTAND = Path(__file__).with_name("selectielijst.yaml")
CATEGORIE = {
    ("mail", True): "mail-sleutelfunctionaris",
    ("agenda", True): "agenda-sleutelfunctionaris",
    ("chat", True): "chat-sleutelfunctionaris",
    ("sociale-media", True): "sociale-media-sleutelfunctionaris",
    ("mail", False): "zakelijke-mail",
    ("agenda", False): "overige-agenda",
    ("chat", False): "overige-chat",
    ("sociale-media", False): "overige-sociale-media",
}


def _regels(pad: Path) -> list[dict[str, Any]]:
    try:
        data = yaml.safe_load(pad.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as fout:
        raise ValidationError(f"De selectielijst '{pad}' is niet te lezen: {fout}") from None
    regels = data.get("regels") if isinstance(data, dict) else None
    if not isinstance(regels, list) or not regels:
        raise ValidationError("De selectielijst moet een lijst 'regels' hebben.")
    for regel in regels:
        if not isinstance(regel, dict) or regel.get("waardering") not in Selectieregel.Waardering.values:
            raise ValidationError(f"Ongeldige regel in de selectielijst: {regel!r:.200}")
        termijn = regel.get("termijn_jaren")
        if not isinstance(termijn, int) or not 0 < termijn <= 200:
            raise ValidationError(f"Regel '{regel.get('categorie')}': termijn_jaren moet 1 tot 200 zijn.")
    return regels


@transaction.atomic
def laad(pad: Path = BESTAND, *, door: Any, bijwerken: bool = True) -> int:
    """Load the selection list; returns the number of categories added or changed."""
    gewijzigd = 0
    for regel in _regels(pad):
        waarden = {
            "omschrijving": str(regel.get("omschrijving", ""))[:300],
            "waardering": regel["waardering"],
            "termijn_jaren": regel["termijn_jaren"],
            "grondslag": str(regel.get("grondslag", ""))[:300],
        }
        bestaand = Selectieregel.objects.filter(categorie=regel["categorie"]).first()
        if bestaand is None:
            bestaand = Selectieregel.objects.create(categorie=str(regel["categorie"])[:60], **waarden)
        elif bijwerken and any(getattr(bestaand, k) != v for k, v in waarden.items()):
            for k, v in waarden.items():
                setattr(bestaand, k, v)
            bestaand.save()
        else:
            continue
        gewijzigd += 1
        audit.registreer("archief_selectieregel", door=door, subject=bestaand, gegevens=waarden)
    return gewijzigd


def zorg_voor_selectielijst() -> None:
    if not Selectieregel.objects.exists():
        laad(door="systeem", bijwerken=False)


def in_functie(functionaris: Sleutelfunctionaris, dag: date, perioden: list | None = None) -> bool:
    perioden = perioden if perioden is not None else list(functionaris.perioden.all())
    return any(p.van <= dag and (p.tot is None or dag <= p.tot) for p in perioden)


def termijn_tot(begin: date, jaren: int) -> date:
    try:
        return begin.replace(year=begin.year + jaren)
    except ValueError:  # 29 February
        return begin.replace(year=begin.year + jaren, day=28)


def regel_voor(
    soort: str,
    moment: datetime | None,
    functionaris: Sleutelfunctionaris,
    regels: dict[str, Selectieregel],
    perioden: list,
) -> Selectieregel:
    dag = moment.date() if moment else date.today()
    return regels[CATEGORIE[(soort, in_functie(functionaris, dag, perioden))]]
