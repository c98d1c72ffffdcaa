"""``ministerie gebruiker``: user administration from the command line.

The command acts as the system (audited as ``ministerie gebruiker``): whoever may run it on the
server may do what it does. A raise of a clearance to Stg. Confidentieel or higher still waits for
a second functioneel beheerder's approval in the pages (or the API). Exit codes: 0 done, 1
refused by a rule (the user exists, is already deactivated, ...), 2 invalid input (an unknown
clearance, role or unit, a wrong CSV file)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from ministerie.core.acties import Invoerfout, formfouten
from ministerie.core.models import Gebruiker

from ... import handelingen as h
from ... import hr_import, instellink, niveaus, services
from ...formulieren import GebruikerFormulier
from ...models import Clearanceaanvraag

DOOR = "ministerie gebruiker"


class Fout(CommandError):
    """Printed by Django as "Fout: <message>" on stderr, with its exit code."""


def _ongeldig(tekst: str) -> Fout:
    return Fout(tekst, returncode=2)


def _geweigerd(fout: ValidationError | PermissionDenied) -> Fout:
    if isinstance(fout, ValidationError):
        return Fout(" ".join(fout.messages), returncode=1)
    return Fout(str(fout) or "Geweigerd.", returncode=1)


def _als_json(gebruiker: Gebruiker, aanvragen: dict[int, Clearanceaanvraag]) -> dict[str, Any]:
    aanvraag = aanvragen.get(gebruiker.pk)
    return {
        "gebruikersnaam": gebruiker.username,
        "naam": gebruiker.get_full_name(),
        "email": gebruiker.email,
        "rollen": sorted(r.rol for r in gebruiker.rollen.all()),
        "eenheden": sorted(e.code for e in gebruiker.eenheden.all()),
        "clearance": niveaus.naam(gebruiker.clearance),
        "actief": gebruiker.is_active,
        "gedeactiveerd_op": gebruiker.gedeactiveerd_op.isoformat() if gebruiker.gedeactiveerd_op else None,
        "persoon": gebruiker.persoon.code if gebruiker.persoon else None,
        "herkomst": gebruiker.herkomst,
        "clearance_aanvraag": (
            {
                "naar": aanvraag.get_naar_display(),
                "aangevraagd_door": aanvraag.aangevraagd_door_naam,
                "aangevraagd_op": aanvraag.aangevraagd_op.isoformat(),
            }
            if aanvraag
            else None
        ),
    }


class Command(BaseCommand):
    help = (
        "Gebruikersbeheer: maak, wijzig, deactiveer, lijst, importeer. De rubricering geeft u met haar naam "
        f"uit de rubriceringslijst ({niveaus.geldige_namen()}), in willekeurige hoofd- en kleine letters."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(
            dest="subcommando", required=True, metavar="maak|wijzig|deactiveer|lijst|importeer"
        )

        maak = sub.add_parser(
            "maak", help="maak een gebruiker (zonder wachtwoord; drukt een eenmalige instellink af)"
        )
        maak.add_argument("naam", help="de gebruikersnaam")
        maak.add_argument(
            "--rol", action="append", required=True, metavar="ROL", help="een rol (code); herhaal voor meer"
        )
        maak.add_argument(
            "--eenheid",
            action="append",
            required=True,
            metavar="CODE",
            help="een eenheid (code); herhaal voor meer",
        )
        self._gegevens(maak)

        wijzig = sub.add_parser(
            "wijzig",
            help="wijzig een gebruiker; wat u niet noemt blijft zoals het is",
            description="--rol en --eenheid vervangen alle rollen of eenheden; --voeg-rol/--verwijder-rol en "
            "--voeg-eenheid/--verwijder-eenheid voegen er één toe of halen er één af.",
        )
        wijzig.add_argument("naam", help="de gebruikersnaam")
        wijzig.add_argument(
            "--rol", action="append", metavar="ROL", help="vervangt alle rollen; herhaal voor meer"
        )
        wijzig.add_argument(
            "--voeg-rol", action="append", metavar="ROL", default=[], help="voegt een rol toe"
        )
        wijzig.add_argument(
            "--verwijder-rol", action="append", metavar="ROL", default=[], help="haalt een rol weg"
        )
        wijzig.add_argument(
            "--eenheid", action="append", metavar="CODE", help="vervangt alle eenheden; herhaal voor meer"
        )
        wijzig.add_argument(
            "--voeg-eenheid", action="append", metavar="CODE", default=[], help="voegt een eenheid toe"
        )
        wijzig.add_argument(
            "--verwijder-eenheid", action="append", metavar="CODE", default=[], help="haalt een eenheid weg"
        )
        self._gegevens(wijzig)

        deactiveer = sub.add_parser(
            "deactiveer", help="deactiveer een gebruiker (nooit verwijderen); beëindigt zijn sessies"
        )
        deactiveer.add_argument("naam", help="de gebruikersnaam")

        lijst = sub.add_parser("lijst", help="alle gebruikers")
        lijst.add_argument("--json", action="store_true", help="een JSON-lijst van objecten")

        importeer = sub.add_parser(
            "importeer", help="importeer gebruikers uit een CSV-export van het HR-systeem"
        )
        importeer.add_argument("bestand", type=Path, help="het CSV-bestand (zie docs/gebruikers.md)")
        importeer.add_argument(
            "--proef", action="store_true", help="laat zien wat er zou veranderen, sla niets op"
        )

    @staticmethod
    def _gegevens(parser: CommandParser) -> None:
        parser.add_argument(
            "--clearance",
            metavar="NIVEAU",
            help="de rubricering, bijvoorbeeld 'Departementaal Vertrouwelijk'",
        )
        parser.add_argument("--email", metavar="ADRES")
        parser.add_argument("--voornaam")
        parser.add_argument("--achternaam")
        parser.add_argument("--persoon", metavar="CODE", help="de persoon in het organisatieregister")

    def handle(self, *args: Any, subcommando: str, **opties: Any) -> None:
        getattr(self, f"_{subcommando}")(**opties)

    # --- subcommands ----------------------------------------------------------------------------

    def _invoer(self, opties: dict[str, Any], gebruiker: Gebruiker | None) -> dict[str, Any]:
        """The options as the form's input (the same validation as the page and the API)."""
        if opties.get("clearance") is not None:
            try:
                niveaus.niveau_uit_naam(opties["clearance"])
            except ValidationError as fout:
                raise _ongeldig(fout.messages[0]) from None
        data: dict[str, Any] = {}
        for optie, veld in (
            ("voornaam", "voornaam"),
            ("achternaam", "achternaam"),
            ("email", "email"),
            ("clearance", "clearance"),
            ("persoon", "persoon"),
        ):
            if opties.get(optie) is not None:
                data[veld] = opties[optie]
        if gebruiker is None:
            data["gebruikersnaam"] = opties["naam"]
        rollen = [r.lower() for r in opties["rol"]] if opties.get("rol") else None
        if opties.get("voeg_rol") or opties.get("verwijder_rol"):
            rollen = rollen if rollen is not None else sorted(gebruiker.rolcodes()) if gebruiker else []
            rollen = [
                r
                for r in rollen + [r.lower() for r in opties["voeg_rol"]]
                if r not in {v.lower() for v in opties["verwijder_rol"]}
            ]
        if rollen is not None:
            data["rollen"] = sorted(set(rollen))
        eenheden = list(opties["eenheid"]) if opties.get("eenheid") else None
        if opties.get("voeg_eenheid") or opties.get("verwijder_eenheid"):
            if eenheden is None:
                eenheden = list(gebruiker.eenheden.values_list("code", flat=True)) if gebruiker else []
            eenheden = [
                e for e in eenheden + opties["voeg_eenheid"] if e not in set(opties["verwijder_eenheid"])
            ]
        if eenheden is not None:
            data["eenheden"] = sorted(set(eenheden))
        return data

    def _lees(self, handeling: Any, gebruiker: Gebruiker | None, data: dict[str, Any]) -> dict[str, Any]:
        try:
            return handeling.lees_invoer(gebruiker, None, data)
        except Invoerfout as fout:
            raise _ongeldig(formfouten(fout.formulier)) from None

    def _link(self, pad: str) -> str:
        origines = [o for o in getattr(settings, "CSRF_TRUSTED_ORIGINS", []) if o]
        return f"{origines[0].rstrip('/')}{pad}" if origines else pad

    def _meld_aanvraag(self, aanvraag: Clearanceaanvraag | None, gebruiker: Gebruiker) -> None:
        if aanvraag is not None:
            self.stdout.write(
                f"De rubricering {aanvraag.get_naar_display()} wacht op de goedkeuring van een tweede "
                f"functioneel beheerder in de pagina's (Gebruikers → {gebruiker.username}); tot dan geldt "
                f"{gebruiker.get_clearance_display()}."
            )

    def _maak(self, **opties: Any) -> None:
        gegevens = self._lees(h.MAKEN, None, self._invoer(opties, None))
        try:
            uitkomst = services.maak_gebruiker(door=DOOR, **gegevens)
        except (ValidationError, PermissionDenied) as fout:
            raise _geweigerd(fout) from None
        g = uitkomst.gebruiker
        self.stdout.write(
            f"Gebruiker '{g.username}' aangemaakt: rollen {', '.join(sorted(g.rolcodes()))}; eenheden "
            f"{', '.join(sorted(g.eenheden.values_list('code', flat=True)))}; "
            f"rubricering {g.get_clearance_display()}."
        )
        self._meld_aanvraag(uitkomst.aanvraag, g)
        if uitkomst.instelpad:
            uren = int(instellink.GELDIGHEID.total_seconds() // 3600)
            self.stdout.write(
                f"Eenmalige link om een wachtwoord in te stellen ({uren} uur geldig, werkt één keer; "
                f"wordt nergens bewaard):\n  {self._link(uitkomst.instelpad)}"
            )
            if not self._link(uitkomst.instelpad).startswith("http"):
                self.stdout.write(
                    "  (zet het adres van de site ervoor; of stel DJANGO_CSRF_TRUSTED_ORIGINS in)"
                )

    def _gebruiker(self, naam: str) -> Gebruiker:
        gebruiker = Gebruiker.objects.filter(username=naam).first()
        if gebruiker is None:
            raise _ongeldig(f"Gebruiker '{naam}' bestaat niet.")
        return gebruiker

    def _wijzig(self, **opties: Any) -> None:
        gebruiker = self._gebruiker(opties["naam"])
        data = self._invoer(opties, gebruiker)
        if not data:
            raise _ongeldig("Noem wat er verandert, bijvoorbeeld --rol, --voeg-eenheid of --clearance.")
        formulier = GebruikerFormulier(data, gebruiker=gebruiker)
        if not formulier.is_valid():
            raise _ongeldig(formfouten(formulier))
        try:
            uitkomst = services.wijzig_gebruiker(gebruiker, door=DOOR, **formulier.gegevens())
        except (ValidationError, PermissionDenied) as fout:
            raise _geweigerd(fout) from None
        if not uitkomst.gewijzigd:
            self.stdout.write(f"Niets gewijzigd aan '{gebruiker.username}'.")
            return
        self.stdout.write(f"Gebruiker '{gebruiker.username}' gewijzigd: {', '.join(uitkomst.gewijzigd)}.")
        self._meld_aanvraag(uitkomst.aanvraag, uitkomst.gebruiker)

    def _deactiveer(self, **opties: Any) -> None:
        gebruiker = self._gebruiker(opties["naam"])
        try:
            services.deactiveer(gebruiker, door=DOOR)
        except (ValidationError, PermissionDenied) as fout:
            raise _geweigerd(fout) from None
        self.stdout.write(
            f"Gebruiker '{gebruiker.username}' gedeactiveerd; al zijn of haar sessies zijn beëindigd."
        )

    def _lijst(self, **opties: Any) -> None:
        gebruikers = list(
            Gebruiker.objects.select_related("persoon")
            .prefetch_related("rollen", "eenheden")
            .order_by("username")
        )
        aanvragen = {
            a.gebruiker_id: a for a in Clearanceaanvraag.objects.filter(status=Clearanceaanvraag.Status.OPEN)
        }
        if opties["json"]:
            self.stdout.write(
                json.dumps([_als_json(g, aanvragen) for g in gebruikers], ensure_ascii=False, indent=2)
            )
            return
        if not gebruikers:
            self.stdout.write("Er zijn nog geen gebruikers.")
            return
        for g in gebruikers:
            status = (
                "actief"
                if g.is_active
                else f"gedeactiveerd {g.gedeactiveerd_op:%Y-%m-%d}"
                if g.gedeactiveerd_op
                else "gedeactiveerd"
            )
            wacht = f" (wacht: {aanvragen[g.pk].get_naar_display()})" if g.pk in aanvragen else ""
            self.stdout.write(
                "\t".join(
                    [
                        g.username,
                        g.get_full_name() or "-",
                        ",".join(sorted(r.rol for r in g.rollen.all())) or "-",
                        ",".join(sorted(e.code for e in g.eenheden.all())) or "-",
                        f"{g.get_clearance_display()}{wacht}",
                        status,
                    ]
                )
            )

    def _importeer(self, **opties: Any) -> None:
        pad: Path = opties["bestand"]
        try:
            if pad.stat().st_size > hr_import.MAX_BYTES:
                raise _ongeldig(
                    f"{pad}: het bestand is groter dan {hr_import.MAX_BYTES // (1024 * 1024)} MB."
                )
            inhoud = pad.read_bytes()
        except OSError as fout:
            raise _ongeldig(f"{pad}: niet te lezen ({fout.strerror}).") from None
        try:
            verslag = hr_import.importeer(
                door=DOOR, inhoud=inhoud, bestandsnaam=str(pad), proef=opties["proef"]
            )
        except hr_import.Importfout as fout:
            raise _ongeldig(
                "Niet geïmporteerd, er is niets gewijzigd.\n" + "\n".join(fout.regels())
            ) from None
        except (ValidationError, PermissionDenied) as fout:
            raise _geweigerd(fout) from None
        self.stdout.write(verslag.samenvatting())
        for w in verslag.wijzigingen:
            regel = f" (regel {w.regel})" if w.regel else ""
            self.stdout.write(
                f"  {w.soort_leesbaar.lower()}: {w.gebruikersnaam}{regel} — {'; '.join(w.details)}"
            )
        for tekst in verslag.overgeslagen:
            self.stdout.write(f"  overgeslagen: {tekst}")
        if verslag.aanvragen:
            self.stdout.write(
                "Verhogingen naar Stg. Confidentieel of hoger wachten op de goedkeuring van een tweede "
                "functioneel beheerder in de pagina's."
            )
