"""``ministerie klachten jaarverslag JAAR [--json]``: the year's complaint figures (Awb 9:12a)."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ministerie.klachten.gronden import NIET_BEHANDELEN
from ministerie.klachten.jaarverslag import cijfers


class Command(BaseCommand):
    help = "Klachten (Awb hoofdstuk 9): jaarverslag JAAR [--json] toont de klachtcijfers van een jaar."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="opdracht", required=True)
        jaarverslag = sub.add_parser("jaarverslag", help="De klachtcijfers van een jaar (Awb 9:12a).")
        jaarverslag.add_argument("jaar", type=int)
        jaarverslag.add_argument("--json", action="store_true", help="Als JSON.")

    def handle(self, *args: Any, **opties: Any) -> None:
        try:
            c = cijfers(opties["jaar"])
        except ValueError as fout:
            raise CommandError(str(fout)) from None
        if opties["json"]:
            self.stdout.write(json.dumps(c.als_dict(), ensure_ascii=False, indent=2))
            return
        duur = (
            "—" if c.gemiddelde_behandelduur_dagen is None else f"{c.gemiddelde_behandelduur_dagen:g} dagen"
        )
        regels = [
            f"Klachten {c.jaar} (Awb hoofdstuk 9)",
            f"Ontvangen:              {c.ontvangen} ({c.ontvangen_schriftelijk} "
            f"schriftelijk, {c.ontvangen_mondeling} mondeling)",
            f"Afgehandeld:            {c.afgehandeld} (gegrond {c.gegrond}, "
            f"deels gegrond {c.deels_gegrond}, ongegrond {c.ongegrond})",
            f"Op tijd / te laat:      {c.op_tijd} / {c.te_laat}",
            f"Gemiddelde behandelduur: {duur}",
            f"Niet behandeld (9:8):   {c.niet_behandeld}",
        ]
        regels += [
            f"  {g.artikel}: {c.niet_behandeld_per_grond.get(code, 0)}" for code, g in NIET_BEHANDELEN.items()
        ]
        regels.append(f"Nationale ombudsman:    {c.ombudsman}")
        self.stdout.write("\n".join(regels))
