from pathlib import Path
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from ministerie.bestanden import TeGrootBestand, controleer_grootte
from ministerie.core.models import Gebruiker
from ministerie.organisatie.models import Eenheid
from ministerie.stukken.opslag import sla_op


class Command(BaseCommand):
    help = (
        "Documentopslag. 'importeer PAD…' slaat bestanden op en drukt per bestand één id af "
        "(of quarantaine-ID); een bestand boven de grens (50 MB) wordt niet gelezen of opgeslagen."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommando", required=True, metavar="importeer")
        imp = sub.add_parser("importeer", help="sla bestanden op in de documentopslag")
        imp.add_argument("paden", nargs="+", type=Path, metavar="PAD")
        imp.add_argument("--als", required=True, help="gebruikersnaam namens wie wordt opgeslagen")
        imp.add_argument("--eenheid", help="code van de eigenaar-eenheid (standaard: die van de gebruiker)")

    def handle(self, *args: Any, subcommando: str, **opties: Any) -> None:
        gebruiker = Gebruiker.objects.filter(username=opties["als"], is_active=True).first()
        if gebruiker is None:
            raise CommandError(f"Gebruiker '{opties['als']}' bestaat niet of is niet actief.")
        code = opties.get("eenheid")
        eenheid = Eenheid.objects.filter(code=code).first() if code else gebruiker.eenheden.first()
        if eenheid is None:
            raise CommandError(
                f"Eenheid '{code}' bestaat niet." if code else "De gebruiker hoort bij geen eenheid."
            )
        mislukt = 0
        for pad in opties["paden"]:
            if not pad.is_file():
                self.stderr.write(f"{pad}: bestand bestaat niet")
                mislukt += 1
                continue
            try:
                # the size from the file system, before the file is read: nothing over the
                # limit is read into memory or stored (not even in quarantine)
                controleer_grootte(pad.stat().st_size)
            except TeGrootBestand as fout:
                self.stderr.write(f"{pad}: {fout.reden} Er is niets opgeslagen.")
                mislukt += 1
                continue
            try:
                resultaat = sla_op(pad.read_bytes(), pad.name, door=gebruiker, eenheid=eenheid)
            except (PermissionDenied, ValidationError) as fout:
                raise CommandError(f"{pad}: {fout}") from None
            if resultaat.gelukt:
                assert resultaat.document is not None
                self.stdout.write(str(resultaat.document.pk))
                if resultaat.al_aanwezig:
                    self.stderr.write(f"{pad}: {resultaat.melding}")
            else:
                mislukt += 1
                if resultaat.quarantaine is not None:
                    self.stdout.write(f"quarantaine-{resultaat.quarantaine.pk}")
                self.stderr.write(f"{pad}: {resultaat.melding}")
        if mislukt:
            raise CommandError(f"{mislukt} bestand(en) niet opgeslagen; zie de meldingen hierboven.")
