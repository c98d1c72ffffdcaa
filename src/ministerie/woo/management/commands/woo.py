"""``ministerie woo overzicht [--json]``, ``publiceer-gepland [--datum D]``, ``herbouw-portaalindex``."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from ministerie.core import audit


class Command(BaseCommand):
    help = (
        "Woo: 'overzicht [--json]' toont de open verzoeken met hun uiterste datum, de eerste "
        "bovenaan; 'publiceer-gepland [--datum JJJJ-MM-DD]' publiceert wat op die dag openbaar "
        "wordt (Woo art. 4.4 lid 5); 'herbouw-portaalindex' bouwt de zoekindex van de publieke "
        "portal opnieuw uit de gepubliceerde publicaties."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("opdracht", choices=["overzicht", "publiceer-gepland", "herbouw-portaalindex"])
        parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
        parser.add_argument("--datum", help="de dag (standaard vandaag), JJJJ-MM-DD")

    def handle(self, *args: Any, opdracht: str, **opties: Any) -> None:
        try:
            vandaag = date.fromisoformat(opties["datum"]) if opties["datum"] else timezone.localdate()
        except ValueError:
            raise CommandError(f"'{opties['datum']}' is geen datum in de vorm JJJJ-MM-DD.") from None
        if opdracht == "herbouw-portaalindex":
            from ministerie.woo.portaalindex import herbouw

            self.stdout.write(f"{herbouw()} gepubliceerde publicatie(s) in de zoekindex van de portal.")
            return
        if opdracht == "publiceer-gepland":
            from ministerie.woo.publicatie import publiceer_gepland

            gedaan = publiceer_gepland(vandaag)
            audit.registreer(
                "woo_publiceer_gepland_commando",
                door="ministerie woo publiceer-gepland",
                gegevens={"datum": vandaag.isoformat(), "aantal": len(gedaan)},
            )
            for p in gedaan:
                self.stdout.write(f"Gepubliceerd: {p.verzoek.zaaknummer} {p.titel}")
            self.stdout.write(f"{len(gedaan)} publicatie(s) openbaar gemaakt op {vandaag.isoformat()}.")
            return
        from ministerie.woo.inzicht import open_verzoeken

        rijen = open_verzoeken(vandaag)
        for rij in rijen:
            rij.pop("pk")
        if opties["json"]:
            self.stdout.write(
                json.dumps({"datum": vandaag.isoformat(), "open": rijen}, ensure_ascii=False, indent=2)
            )
            return
        if not rijen:
            self.stdout.write("Geen open Woo-verzoeken.")
            return
        for rij in rijen:
            dagen = rij["dagen_over"]
            wanneer = rij["uiterste_datum"] or "opgeschort"
            over = (
                ""
                if dagen is None
                else (f" ({-dagen} dagen te laat)" if dagen < 0 else f" (nog {dagen} dagen)")
            )
            self.stdout.write(f"{wanneer}{over}  {rij['zaaknummer']}  {rij['status']}  {rij['onderwerp']}")
