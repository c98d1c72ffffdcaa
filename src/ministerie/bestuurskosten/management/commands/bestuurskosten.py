import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ministerie.bestuurskosten.api import overzicht_als_dict
from ministerie.bestuurskosten.models import Periode
from ministerie.bestuurskosten.totalen import euro, jaar_tot_nu, totalen


class Command(BaseCommand):
    help = "Bestuurskosten. 'overzicht JAAR MAAND [--json]' toont de totalen per persoon en categorie."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommando", required=True, metavar="overzicht")
        overzicht = sub.add_parser("overzicht", help="totalen van één maand per persoon en categorie")
        overzicht.add_argument("jaar", type=int)
        overzicht.add_argument("maand", type=int)
        overzicht.add_argument("--ministerie", default="bzk", help="code van het ministerie (standaard bzk)")
        overzicht.add_argument("--json", action="store_true", help="één JSON-document")

    def handle(self, *args: Any, jaar: int, maand: int, **options: Any) -> None:
        periode = (
            Periode.objects.select_related("ministerie")
            .filter(ministerie__code=options["ministerie"], jaar=jaar, maand=maand)
            .first()
        )
        if periode is None:
            raise CommandError(f"Er is geen maand {maand}-{jaar} voor ministerie '{options['ministerie']}'.")
        maand_totalen = totalen(periode.posten.select_related("persoon"))
        jaar_totalen = jaar_tot_nu(periode, alleen_gepubliceerd=False)
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "ministerie": periode.ministerie.code,
                        "jaar": jaar,
                        "maand": maand,
                        "status": periode.status,
                        "maand_totalen": overzicht_als_dict(maand_totalen),
                        "jaar_tot_en_met_maand": overzicht_als_dict(jaar_totalen),
                    },
                    ensure_ascii=False,
                    indent=2,
                )
            )
            return
        self.stdout.write(f"{periode} ({periode.ministerie}) — {periode.get_status_display()}")
        self.stdout.write("\nPer persoon:")
        for p in maand_totalen.personen:
            self.stdout.write(f"  {p.naam} ({p.functie}): {euro(p.totaal)}")
        self.stdout.write("\nPer categorie:")
        for _, label, bedrag in maand_totalen.per_categorie:
            self.stdout.write(f"  {label}: {euro(bedrag)}")
        self.stdout.write(
            f"\nTotaal {periode.maandnaam}: {euro(maand_totalen.totaal)} ({maand_totalen.aantal} posten)"
        )
        self.stdout.write(f"Januari t/m {periode.maandnaam}: {euro(jaar_totalen.totaal)}")
