"""``ministerie correspondentie overzicht [--json]``: open items with their due date, soonest first.
``ministerie correspondentie ophalen``: one pass over the configured mailbox (the worker runs it too)."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from ministerie.correspondentie.models import Zaak
from ministerie.correspondentie.postvak import PostvakFout, haal_op


class Command(BaseCommand):
    help = "Maatschappelijke correspondentie: open zaken met uiterste datum, of het postvak van MC ophalen."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="opdracht", required=True)
        overzicht = sub.add_parser("overzicht", help="Open zaken met uiterste datum, eerstvolgende eerst.")
        overzicht.add_argument("--json", action="store_true", help="Als JSON (een lijst van zaken).")
        sub.add_parser("ophalen", help="Eén ronde langs het ingestelde IMAP-postvak.")

    def handle(self, *args: Any, **opties: Any) -> None:
        if opties["opdracht"] == "ophalen":
            self._ophalen()
        else:
            self._overzicht(opties["json"])

    def _ophalen(self) -> None:
        try:
            uitkomst = haal_op()
        except PostvakFout as fout:
            raise CommandError(str(fout)) from fout
        self.stdout.write(
            f"Opgeslagen: {uitkomst.opgeslagen}, al eerder opgeslagen: {uitkomst.al_opgeslagen}, "
            f"in quarantaine: {uitkomst.quarantaine}, verplaatst: {uitkomst.verplaatst}."
        )
        from ministerie.correspondentie.taken import plan_volgende

        if plan_volgende():
            self.stdout.write("De volgende ronde is ingepland voor de verwerker.")
        for melding in uitkomst.fouten:
            self.stderr.write(melding)
        if uitkomst.fouten:
            raise CommandError(
                f"{len(uitkomst.fouten)} bericht(en) niet verwerkt; de volgende ronde probeert het opnieuw."
            )

    def _overzicht(self, als_json: bool) -> None:
        vandaag = timezone.localdate()
        zaken = (
            Zaak.objects.exclude(status__in=[Zaak.Status.AFGEHANDELD, Zaak.Status.OMGEZET])
            .select_related("toegewezen_aan")
            .order_by("uiterste_datum", "zaaknummer")
        )
        rijen: list[dict[str, Any]] = [
            {
                "zaaknummer": z.zaaknummer,
                "uiterste_datum": z.uiterste_datum.isoformat(),
                "te_laat": z.uiterste_datum < vandaag,
                "kanaal": z.kanaal,
                "soort": z.soort,
                "status": z.status,
                "behandeld_door": z.toegewezen_aan.code,
                "onderwerp": z.onderwerp,
            }
            for z in zaken
        ]
        if als_json:
            self.stdout.write(json.dumps(rijen, ensure_ascii=False, indent=2))
            return
        if not rijen:
            self.stdout.write("Geen open correspondentie.")
            return
        for r in rijen:
            vlag = " TE LAAT" if r["te_laat"] else ""
            self.stdout.write(
                f"{r['uiterste_datum']}{vlag}  {r['zaaknummer']}  {r['soort']:<12} "
                f"{r['behandeld_door']:<40} {r['onderwerp'][:60]}"
            )
