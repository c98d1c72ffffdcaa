"""``ministerie archief …``: ingest, fixity check, transfer export, destruction and the register."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from ministerie.archief import inname, overbrenging, selectielijst, services
from ministerie.archief.bronnen import SOORTEN, BronFout
from ministerie.archief.imap import is_imap
from ministerie.archief.models import Ingestrun, Item, Vernietigingslijst
from ministerie.core.models import Gebruiker
from ministerie.core.rubricering import Rubricering

SUBCOMMANDO_S = "ingest, controleer, export, vernietig, keur-goed, trek-in, selectielijst, register"


def _datum(tekst: str) -> date:
    try:
        return date.fromisoformat(tekst)
    except ValueError:
        raise CommandError(f"'{tekst}' is geen datum in de vorm JJJJ-MM-DD.") from None


def _gebruiker(naam: str) -> Gebruiker:
    gebruiker = Gebruiker.objects.filter(username=naam, is_active=True).first()
    if gebruiker is None:
        raise CommandError(f"Geen actieve gebruiker '{naam}'.")
    return gebruiker


class Command(BaseCommand):
    help = (
        "Archief van sleutelfunctionarissen: 'ingest BRON --functionaris CODE [--soort …]', "
        "'controleer', 'export --uit MAP [--tot JJJJ-MM-DD]', 'vernietig STUK --als GEBRUIKER', "
        "'keur-goed LIJST --als GEBRUIKER', 'trek-in LIJST --als GEBRUIKER --reden TEKST', "
        "'selectielijst', 'register [--vul] [--csv]'."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommando", required=True, metavar=SUBCOMMANDO_S)
        ingest = sub.add_parser(
            "ingest", help="neem een bron in (hervatbaar); laatste regel: JSON met de tellingen"
        )
        ingest.add_argument(
            "bron", help="map, bestand of imaps://gebruiker@host[:poort]/MAP (wachtwoord in de omgeving)"
        )
        ingest.add_argument("--functionaris", required=True, help="code in het register")
        ingest.add_argument("--soort", choices=SOORTEN, default="mail")
        ingest.add_argument("--rubricering", choices=[r.name for r in Rubricering], default=None)
        sub.add_parser("controleer", help="controleer de vaste waarden (SHA-256) van alle bewaarde bestanden")
        export = sub.add_parser("export", help="schrijf het overbrengingspakket met MDTO-metagegevens")
        export.add_argument("--uit", required=True)
        export.add_argument(
            "--tot", default=None, help="termijn verstreken tot en met (JJJJ-MM-DD), standaard vandaag"
        )
        export.add_argument("--als", default="", help="gebruiker (archivaris) namens wie")
        vernietig = sub.add_parser("vernietig", help="vernietig één stuk (geweigerd onder bewaarplicht)")
        vernietig.add_argument("stuk", type=int)
        vernietig.add_argument("--als", required=True)
        goed = sub.add_parser(
            "keur-goed", help="keur een vernietigingslijst goed (archivaris of leidinggevende)"
        )
        goed.add_argument("lijst", type=int)
        goed.add_argument("--als", required=True)
        intrek = sub.add_parser(
            "trek-in", help="trek een voorgestelde vernietigingslijst in (de stukken komen weer vrij)"
        )
        intrek.add_argument("lijst", type=int)
        intrek.add_argument("--als", required=True)
        intrek.add_argument("--reden", required=True)
        sub.add_parser("selectielijst", help="laad selectielijst.yaml (het bestand wint)")
        register = sub.add_parser(
            "register", help="toon het register; --vul neemt posities uit de organisatie over"
        )
        register.add_argument("--vul", action="store_true")
        register.add_argument("--van", default="2021-01-01", help="begindatum voor posities zonder datum")
        register.add_argument("--csv", action="store_true")

    def handle(self, *args: Any, subcommando: str, **opties: Any) -> None:
        try:
            getattr(self, "_" + subcommando.replace("-", "_"))(**opties)
        except (ValidationError, PermissionDenied, BronFout) as fout:
            tekst = " ".join(fout.messages) if isinstance(fout, ValidationError) else str(fout)
            raise CommandError(tekst or "Geweigerd.") from None

    def _ingest(self, *, bron: str, functionaris: str, soort: str, rubricering: str | None, **_: Any) -> None:
        wie = inname.functionaris_met_code(functionaris)

        def voortgang(run: Ingestrun) -> None:
            print(
                f"{run.positie}/{run.totaal} verwerkt: {run.opgeslagen} opgeslagen, "
                f"{run.dubbel} dubbel, {run.onleesbaar} onleesbaar",
                file=sys.stderr,
                flush=True,
            )

        run = inname.neem_in(
            bron if is_imap(bron) else Path(bron),
            functionaris=wie,
            soort=soort,
            door="cli archief ingest",
            rubricering=Rubricering[rubricering] if rubricering else None,
            voortgang=voortgang,
        )
        for fout in run.fouten.all():
            self.stdout.write(f"onleesbaar: {fout.vindplaats}: {fout.reden}")
        self.stdout.write(
            json.dumps(
                {
                    "opgeslagen": run.opgeslagen,
                    "dubbel": run.dubbel,
                    "onleesbaar": run.onleesbaar,
                    "inname": run.pk,
                }
            )
        )

    def _controleer(self, **_: Any) -> None:
        aantal, afwijkingen = services.controleer_vaste_waarden(door="cli archief controleer")
        for a in afwijkingen:
            wie = (
                "; mogelijk: " + ", ".join(a.mogelijk) if a.mogelijk else "; geen wijziging in de audittrail"
            )
            self.stderr.write(f"AFWIJKING stuk {a.item.pk}: {a.pad}: {a.reden}{wie}")
        if afwijkingen:
            raise CommandError(f"{len(afwijkingen)} van {aantal} bestanden wijken af van hun vaste waarde.")
        self.stdout.write(f"Vaste waarden in orde: {aantal} bestanden gecontroleerd.")

    def _export(self, *, uit: str, tot: str | None, als: str, **_: Any) -> None:
        door: Any = _gebruiker(als) if als else "cli archief export"
        record = overbrenging.exporteer(
            Path(uit), tot=_datum(tot) if tot else timezone.localdate(), door=door
        )
        self.stdout.write(
            f"Overbrengingspakket geschreven naar {record.map}: {record.aantal_items} stukken, "
            f"manifest SHA-256 {record.manifest_sha256}."
        )

    def _vernietig(self, *, stuk: int, als: str, **_: Any) -> None:
        item = Item.objects.filter(pk=stuk).first()
        if item is None:
            raise CommandError(f"Geen stuk {stuk}.")
        services.vernietig_stuk(item, door=_gebruiker(als))

    def _keur_goed(self, *, lijst: int, als: str, **_: Any) -> None:
        gevonden = Vernietigingslijst.objects.filter(pk=lijst).first()
        if gevonden is None:
            raise CommandError(f"Geen vernietigingslijst {lijst}.")
        uitkomst = services.keur_vernietiging_goed(gevonden, door=_gebruiker(als))
        if uitkomst.status == Vernietigingslijst.Status.UITGEVOERD:
            self.stdout.write(
                f"Vernietigd: {uitkomst.items.count()} stukken; verklaring {uitkomst.verklaring.name}."
            )
        else:
            self.stdout.write("Goedkeuring vastgelegd; de tweede goedkeuring ontbreekt nog.")

    def _trek_in(self, *, lijst: int, als: str, reden: str, **_: Any) -> None:
        gevonden = Vernietigingslijst.objects.filter(pk=lijst).first()
        if gevonden is None:
            raise CommandError(f"Geen vernietigingslijst {lijst}.")
        uitkomst = services.trek_vernietigingslijst_in(gevonden, door=_gebruiker(als), reden=reden)
        self.stdout.write(
            f"Vernietigingslijst {uitkomst.pk} ingetrokken; {uitkomst.items.count()} stukken komen weer vrij."
        )

    def _selectielijst(self, **_: Any) -> None:
        aantal = selectielijst.laad(door="cli archief selectielijst")
        self.stdout.write(f"Selectielijst geladen: {aantal} categorieën toegevoegd of gewijzigd.")

    def _register(self, *, vul: bool, van: str, csv: bool, **_: Any) -> None:
        if vul:
            aantal = services.vul_register_uit_organisatie(
                door="cli archief register", standaard_van=_datum(van)
            )
            self.stdout.write(f"{aantal} functieperiodes uit het organisatieregister opgenomen.")
        for rij in services.register_rijen():
            self.stdout.write((";" if csv else "\t").join(rij))
