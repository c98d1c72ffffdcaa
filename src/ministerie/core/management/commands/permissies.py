from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from ministerie.core.permissiedocs import DOCS_PAD, als_markdown


class Command(BaseCommand):
    help = "Permissiematrix. 'docs' schrijft docs/permissies.md; 'toon' drukt de tabel af."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommando", required=True, metavar="docs|toon")
        sub.add_parser("docs", help="schrijf docs/permissies.md")
        sub.add_parser("toon", help="toon de matrix als Markdown")

    def handle(self, *args: Any, subcommando: str, **options: Any) -> None:
        if subcommando == "toon":
            self.stdout.write(als_markdown())
            return
        DOCS_PAD.write_text(als_markdown(), encoding="utf-8")
        self.stdout.write(f"Geschreven: {DOCS_PAD}")
