"""``ministerie agenda``: the introduction programme and a week of a bewindspersoon's agenda.

Contract (docs/agenda.md; used by checks, keep it stable):
- ``agenda introductie --bewindspersoon CODE --beediging JJJJ-MM-DD [--json]`` plans (or re-plans)
  and prints each appointment as ``begin<TAB>eind<TAB>soort<TAB>titel<TAB>eenheid`` (times
  ``JJJJ-MM-DDTHH:MM`` in Europe/Amsterdam), or a JSON list; what did not fit goes to stderr.
- ``agenda week CODE JJJJ-Www [--ics]`` prints that week's appointments in the same format, or an
  iCalendar file.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import icalendar
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from ministerie.agenda import bezetting, services
from ministerie.agenda.ics import FEED_HOOGSTE_RUBRICERING, PRODID
from ministerie.agenda.laden import zorg_voor_overleggen
from ministerie.agenda.models import Agenda, Soort
from ministerie.agenda.tijd import Tijdfout, dag_grenzen, lees_week, lokaal
from ministerie.organisatie.models import Persoon

DOOR = "ministerie agenda"
VERBORGEN = "Bezet (gerubriceerd)"


def _tijd(moment: Any) -> str:
    return lokaal(moment).strftime("%Y-%m-%dT%H:%M")


def _rij(item: bezetting.Item) -> dict[str, str]:
    verborgen = item.afspraak is not None and item.afspraak.rubricering > FEED_HOOGSTE_RUBRICERING
    verborgen = verborgen or (item.reeks is not None and item.reeks.rubricering > FEED_HOOGSTE_RUBRICERING)
    titel = VERBORGEN if verborgen else ("Bewindspersonenoverleg" if item.soort == Soort.BPO else item.titel)
    return {
        "begin": _tijd(item.begin),
        "eind": _tijd(item.eind),
        "soort": item.soort,
        "titel": " ".join(titel.split()),
        "eenheid": item.eenheid_code,
    }


class Command(BaseCommand):
    help = (
        "Agenda van een bewindspersoon. 'introductie --bewindspersoon CODE --beediging JJJJ-MM-DD [--json]' "
        "plant het introductieprogramma; 'week CODE JJJJ-Www [--ics]' toont een week."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommando", required=True, metavar="{introductie,week}")
        intro = sub.add_parser("introductie", help="plan (of herplan) het introductieprogramma")
        intro.add_argument(
            "--bewindspersoon", required=True, help="code van de persoon in het organisatieregister"
        )
        intro.add_argument("--beediging", required=True, help="dag van de beëdiging, JJJJ-MM-DD")
        intro.add_argument("--json", action="store_true", help="een JSON-lijst")
        week = sub.add_parser("week", help="de afspraken van één week")
        week.add_argument("code", help="code van de persoon in het organisatieregister")
        week.add_argument("week", help="JJJJ-Www, bijvoorbeeld 2022-W02")
        week.add_argument("--ics", action="store_true", help="een iCalendar-bestand")

    def _persoon(self, code: str) -> Persoon:
        persoon = Persoon.objects.filter(code=code).first()
        if persoon is None:
            raise CommandError(f"Er is geen persoon met code '{code}' in het organisatieregister.")
        if services.portefeuille_van(persoon) is None:
            raise CommandError(
                f"{persoon.naam} ('{code}') is in het organisatieregister geen bewindspersoon."
            )
        return persoon

    def handle(self, *args: Any, **options: Any) -> None:
        if options["subcommando"] == "introductie":
            self._introductie(options["bewindspersoon"], options["beediging"], options["json"])
        else:
            self._week(options["code"], options["week"], options["ics"])

    def _introductie(self, code: str, tekst: str, als_json: bool) -> None:
        try:
            beediging = date.fromisoformat(tekst)
        except ValueError:
            raise CommandError(f"'{tekst}' is geen datum; schrijf JJJJ-MM-DD.") from None
        if not 1990 <= beediging.year <= 2998:
            raise CommandError("De beëdiging ligt tussen 1990 en 2998.")
        persoon = self._persoon(code)
        try:
            zorg_voor_overleggen(DOOR)
            programma = services.plan_introductie(door=DOOR, persoon=persoon, beediging=beediging)
        except (ValidationError, ValueError) as fout:
            raise CommandError(f"Niet gepland: {fout}") from None
        afspraken = programma.afspraken.select_related("eenheid").order_by("begin", "pk")
        rijen = [
            {
                "begin": _tijd(a.begin),
                "eind": _tijd(a.eind),
                "soort": a.soort,
                "titel": " ".join(a.titel.split()),
                "eenheid": a.eenheid.code if a.eenheid else "",
            }
            for a in afspraken
        ]
        if als_json:
            self.stdout.write(json.dumps(rijen, ensure_ascii=False, indent=2))
        else:
            for rij in rijen:
                self.stdout.write("\t".join(rij[k] for k in ("begin", "eind", "soort", "titel", "eenheid")))
        for item in programma.niet_gepland:
            eenheid = f" [{item['eenheid']}]" if item.get("eenheid") else ""
            self.stderr.write(f"Niet gepland: {item['titel']}{eenheid} — {item['reden']}")

    def _week(self, code: str, tekst: str, als_ics: bool) -> None:
        try:
            maandag = lees_week(tekst)
        except Tijdfout as fout:
            raise CommandError(str(fout)) from None
        persoon = self._persoon(code)
        agenda = Agenda.objects.filter(persoon=persoon).first()
        items: list[bezetting.Item] = []
        if agenda is not None:
            van, _ = dag_grenzen(maandag)
            tot, _ = dag_grenzen(maandag + timedelta(days=7))
            items = bezetting.items_in(agenda.afspraken.all(), agenda.reeksen.all(), van, tot)
        rijen = [_rij(i) for i in items]
        if not als_ics:
            for rij in rijen:
                self.stdout.write("\t".join(rij[k] for k in ("begin", "eind", "soort", "titel", "eenheid")))
            return
        kalender = icalendar.Calendar()
        kalender.add("PRODID", PRODID)
        kalender.add("VERSION", "2.0")
        kalender.add("X-WR-CALNAME", f"Agenda van {persoon.naam}, week {tekst}")
        for item, rij in zip(items, rijen, strict=True):
            event = icalendar.Event()
            bron = item.afspraak or item.reeks
            uid = getattr(bron, "uid", "") or "item@ministerie"
            event.add("UID", f"{uid}-{lokaal(item.begin):%Y%m%dT%H%M}" if item.afspraak is None else uid)
            event.add("DTSTAMP", lokaal(item.begin))
            event.add("DTSTART", lokaal(item.begin))
            event.add("DTEND", lokaal(item.eind))
            event.add("SUMMARY", rij["titel"])
            event.add("X-MINISTERIE-SOORT", item.soort)
            if item.plaats and rij["titel"] != VERBORGEN and item.soort != Soort.BPO:
                event.add("LOCATION", item.plaats)
            kalender.add_component(event)
        kalender.add_missing_timezones()
        self.stdout.write(kalender.to_ical().decode(), ending="")
