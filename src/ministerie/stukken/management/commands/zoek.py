import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from ministerie.core import audit
from ministerie.stukken.indexering import herbouw
from ministerie.stukken.zoeken import zoek_stukken


class Command(BaseCommand):
    help = (
        "Zoek in documenten en nota's zoals functioneel beheer ze ziet: 'ministerie zoek \"VRAAG\" "
        "[--json]'. 'ministerie zoek herbouw' bouwt de zoekindex opnieuw op uit de database."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("vraag", nargs="+", help="de zoekvraag, of 'herbouw'")
        parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
        parser.add_argument("--aantal", type=int, default=20)

    def handle(self, *args: Any, vraag: list[str], **opties: Any) -> None:
        if vraag == ["herbouw"]:
            aantal = herbouw()
            audit.registreer(
                "zoekindex_herbouwd", door="ministerie zoek herbouw", gegevens={"aantal": aantal}
            )
            self.stdout.write(f"Zoekindex herbouwd: {aantal} stukken.")
            return
        tekst = " ".join(vraag)
        audit.registreer("zoeken_via_commando", door="ministerie zoek", gegevens={"vraag": tekst})
        uitkomst = zoek_stukken(None, tekst, aantal=opties["aantal"], alles=True)
        if opties["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "totaal": uitkomst.totaal,
                        "resultaten": [
                            {
                                "id": r.id,
                                "soort": r.soort,
                                "titel": _tekst(r.titel_html),
                                "score": r.score,
                            }
                            for r in uitkomst.resultaten
                        ],
                    },
                    ensure_ascii=False,
                    indent=2,
                )
            )
            return
        for r in uitkomst.resultaten:
            self.stdout.write(f"{r.id}\t{_tekst(r.titel_html)}")


def _tekst(html: str) -> str:
    import html as htmllib

    from django.utils.html import strip_tags

    return htmllib.unescape(strip_tags(html))
