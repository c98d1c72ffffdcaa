"""``ministerie zoek "VRAAG"``: search every part as functioneel beheer sees it (no unit scope,
every classification); ``ministerie zoek herbouw``: rebuild the whole index from the database."""

import html as htmllib
import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.html import strip_tags

from ministerie.core import audit
from ministerie.core.zoekbronnen import bronnen, herbouw
from ministerie.core.zoekpagina import MAX_VRAAG, PAGINAGROOTTE, zoek_overal

MAX_AANTAL = 100


class Command(BaseCommand):
    help = (
        "Zoek in alle onderdelen (nota's, documenten, Kamerstukken, Woo, begroting, organisatie) zoals "
        "functioneel beheer ze ziet: 'ministerie zoek \"VRAAG\" [--soort S] [--json]' drukt per treffer "
        "'soort:id<TAB>titel' af. 'ministerie zoek herbouw' bouwt de zoekindex opnieuw op uit de database."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("vraag", nargs="+", help="de zoekvraag, of 'herbouw'")
        parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
        parser.add_argument("--aantal", type=int, default=PAGINAGROOTTE, help=f"ten hoogste {MAX_AANTAL}")
        parser.add_argument(
            "--soort",
            action="append",
            default=[],
            help="alleen deze soort (mag vaker), bijvoorbeeld toezegging",
        )

    def handle(self, *args: Any, vraag: list[str], **opties: Any) -> None:
        if vraag == ["herbouw"]:
            aantallen = herbouw()
            audit.registreer("zoekindex_herbouwd", door="ministerie zoek herbouw", gegevens=aantallen)
            per_deel: dict[str, int] = {}
            for b in bronnen():
                per_deel[b.deel] = per_deel.get(b.deel, 0) + aantallen.get(b.soort, 0)
            delen = ", ".join(f"{n} {deel}" for deel, n in per_deel.items())
            self.stdout.write(f"Zoekindex herbouwd: {sum(aantallen.values())} items ({delen}).")
            return
        tekst = " ".join(vraag)
        if len(tekst) > MAX_VRAAG:
            raise CommandError(f"Een zoekvraag is ten hoogste {MAX_VRAAG} tekens lang.")
        if not 1 <= opties["aantal"] <= MAX_AANTAL:
            raise CommandError(f"--aantal ligt tussen 1 en {MAX_AANTAL}.")
        bekend = {b.soort for b in bronnen()}
        onbekend = [s for s in opties["soort"] if s not in bekend]
        if onbekend:
            raise CommandError(
                f"Onbekende soort: {', '.join(onbekend)}. Kies uit: {', '.join(sorted(bekend))}."
            )
        audit.registreer("zoeken_via_commando", door="ministerie zoek", gegevens={"vraag": tekst})
        uitkomst = zoek_overal(None, tekst, soorten=opties["soort"], aantal=opties["aantal"], facetten=False)
        if opties["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "totaal": uitkomst.totaal,
                        "resultaten": [
                            {"id": t.id, "soort": t.soort, "titel": _tekst(t.titel_html), "score": t.score}
                            for t in uitkomst.treffers
                        ],
                    },
                    ensure_ascii=False,
                    indent=2,
                )
            )
            return
        for t in uitkomst.treffers:
            self.stdout.write(f"{t.id}\t{_tekst(t.titel_html)}")


def _tekst(html: str) -> str:
    return " ".join(htmllib.unescape(strip_tags(html)).split())
