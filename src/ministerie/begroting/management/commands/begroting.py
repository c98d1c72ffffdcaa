import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ministerie.begroting.controle import bedrag_tekst
from ministerie.begroting.laden import laad
from ministerie.begroting.models import Begroting
from ministerie.begroting.weergave import hoofdstuk_als_dict, kies_stand
from ministerie.organisatie.dataset import Laadfout


class Command(BaseCommand):
    help = (
        "Begroting. 'laad PAD' laadt de begrotingsgegevens als ontwerpbegroting; 'toon HOOFDSTUK "
        "--jaar JAAR [--json]' toont de artikelen in de laatste stand; 'kalender JAAR' toont de "
        "begrotingscyclus; 'accres' berekent het accres van gemeente- en provinciefonds."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommando", required=True, metavar="laad|toon|kalender|accres")
        laad_ = sub.add_parser("laad", help="laad de begroting uit een map met YAML-bestanden")
        laad_.add_argument("pad", type=Path, help="bijvoorbeeld data/bzk-2021/begroting")
        toon = sub.add_parser("toon", help="toon een hoofdstuk met zijn artikelen")
        toon.add_argument("hoofdstuk", help="bijvoorbeeld VII")
        toon.add_argument("--jaar", type=int, required=True, help="het begrotingsjaar")
        toon.add_argument("--json", action="store_true", help="één JSON-document")
        kalender = sub.add_parser("kalender", help="de data van de begrotingscyclus in een jaar")
        kalender.add_argument("jaar", type=int)
        accres = sub.add_parser("accres", help="accres van gemeentefonds en provinciefonds")
        accres.add_argument("--fonds", required=True, help="gemeentefonds of provinciefonds")
        accres.add_argument(
            "--basis",
            required=True,
            help="omvang van het fonds in het basisjaar (zelfde eenheid als de reeks)",
        )
        accres.add_argument(
            "--reeks",
            required=True,
            type=Path,
            help="bestand met regels 'jaar;bedrag' (netto gecorrigeerde rijksuitgaven)",
        )
        accres.add_argument("--indexreeks", type=Path, help="bestand 'jaar;index' (indexjaren)")
        accres.add_argument("--basisjaar", type=int)
        accres.add_argument("--tot", type=int, help="laatste jaar")

    def handle(self, *args: Any, subcommando: str, **options: Any) -> None:
        if subcommando == "laad":
            try:
                verslag = laad(options["pad"], door="ministerie begroting laad")
            except Laadfout as fout:
                raise CommandError(f"Niet geladen, er is niets gewijzigd. {fout}") from None
            self.stdout.write(verslag.samenvatting())
        elif subcommando == "toon":
            self._toon(options["hoofdstuk"], options["jaar"], options["json"])
        elif subcommando == "kalender":
            from ministerie.begroting import kalender

            try:
                self.stdout.write("\n".join(kalender.als_regels(options["jaar"])))
            except kalender.CyclusFout as fout:
                raise CommandError(str(fout)) from None
        else:
            self._accres(options)

    def _toon(self, code: str, jaar: int, als_json: bool) -> None:
        begroting = Begroting.objects.filter(hoofdstuk__code__iexact=code, jaar=jaar).first()
        if begroting is None:
            raise CommandError(
                f"Geen begroting {jaar} voor hoofdstuk {code}. Laad eerst de gegevens "
                "('ministerie begroting laad data/bzk-2021/begroting')."
            )
        sb = kies_stand(begroting)
        if sb is None:
            raise CommandError(f"De begroting {jaar} van hoofdstuk {code} heeft nog geen stand.")
        document = hoofdstuk_als_dict(begroting, sb, begroting.hoofdstuk.artikelen.all())
        if als_json:
            self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))
            return
        j = str(jaar)
        self.stdout.write(
            f"Hoofdstuk {document['hoofdstuk']} {document['naam']}, begroting {jaar}, "
            f"stand: {document['stand']['naam']} (uitgaven {jaar})"
        )
        for a in document["artikelen"]:
            bedrag = a["uitgaven"][j]
            tekst = "niet bekend" if bedrag is None else bedrag_tekst(bedrag)
            self.stdout.write(f"  {a['nummer']:>3}  {a['naam']:<70} {tekst:>16}")
        self.stdout.write(f"  Totaal artikelen: {bedrag_tekst(document['somUitgaven'])}")
        if document["vastgelegdTotaal"] is not None:
            self.stdout.write(
                f"  Hoofdstuktotaal volgens de gegevens: {bedrag_tekst(document['vastgelegdTotaal'])}"
            )

    def _accres(self, options: dict[str, Any]) -> None:
        from ministerie.begroting import accres

        try:
            reeks = accres.lees_reeks(options["reeks"].read_text(encoding="utf-8"), naam="de reeks")
            index = (
                accres.lees_reeks(
                    options["indexreeks"].read_text(encoding="utf-8"), naam="de indexreeks", minimaal=1
                )
                if options.get("indexreeks")
                else None
            )
            jaren = accres.bereken_accres(
                options["fonds"],
                reeks,
                accres.lees_bedrag(options["basis"]),
                basisjaar=options.get("basisjaar"),
                indexreeks=index,
                tot_jaar=options.get("tot"),
            )
        except (accres.AccresFout, OSError) as fout:
            raise CommandError(str(fout)) from None
        self.stdout.write("jaar\tregel\tpercentage\taccres\tfonds")
        for j in jaren:
            self.stdout.write(
                f"{j.jaar}\t{j.regel.soort}\t{j.percentage_tekst}\t{j.accres_tekst}\t{j.fonds_tekst}"
            )
