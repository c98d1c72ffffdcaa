"""The main menu. An item shows only when the matrix grants its action: the decision is made
here, with the permission service, not in the template. A visitor who is not logged in sees
only the public items (what a citizen can do: the Woo portal), never the staff tools."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.urls import reverse

from .permissies import heeft_recht


@dataclass(frozen=True)
class Menuitem:
    label: str
    url_naam: str
    actie: str
    #: shown only to visitors who are not logged in (the public side), never in the staff menu
    publiek: bool = False

    @property
    def url(self) -> str:
        return reverse(self.url_naam)


MENU = [
    Menuitem("Mijn werk", "core:mijn-werk", "werk.bekijken"),
    Menuitem("Stukken", "stukken:overzicht", "stukken.bekijken"),
    Menuitem("Leesweergave", "stukken:tablet", "nota.beslissen"),
    Menuitem("Stukkenstroom", "stukken:stroom", "stukken.stroom_bekijken"),
    Menuitem("Bulkverwerking", "stukken:bulk", "bulk.verwerken"),
    Menuitem("Organisatie", "organisatie:organogram", "organisatie.bekijken"),
    Menuitem("Termijnen", "core:termijn", "termijn.berekenen"),
    Menuitem("Audittrail", "core:audit", "audit.bekijken"),
    Menuitem("Achtergrondtaken", "core:taken", "taken.bekijken"),
    Menuitem("Quarantaine", "stukken:quarantaine", "stukken.quarantaine_bekijken"),
    Menuitem("API", "api:docs", "api.documentatie"),
]


def voeg_menuitem_toe(item: Menuitem, voor: str = "Organisatie") -> None:
    """For the parts of the system (called from their AppConfig.ready): add an item before the
    item labelled ``voor``. Adding the same item twice changes nothing."""
    if item in MENU:
        return
    labels = [bestaand.label for bestaand in MENU]
    MENU.insert(labels.index(voor) if voor in labels else len(MENU), item)


def menu_voor(gebruiker: Any) -> list[Menuitem]:
    if gebruiker is None:
        return []
    if not getattr(gebruiker, "is_authenticated", False):
        return [item for item in MENU if item.publiek]
    return [item for item in MENU if not item.publiek and heeft_recht(gebruiker, item.actie)]
