"""docs/permissies.md, generated from the permission matrix so that the two never differ."""

from pathlib import Path

from .permissiematrix import Matrix, matrix

DOCS_PAD = Path(__file__).resolve().parents[3] / "docs" / "permissies.md"


def als_markdown(m: Matrix | None = None) -> str:
    m = m or matrix()
    rollen = list(m.rollen)
    regels = [
        "# Permissiematrix",
        "",
        "Gegenereerd uit `src/ministerie/core/permissiematrix.yaml` met "
        "`ministerie permissies docs`; niet met de hand bewerken.",
        "",
        "Bovenop de matrix geldt altijd de rubricering: een gebruiker ziet een stuk alleen als "
        "zijn rubriceringsniveau minstens dat van het stuk is. Scope `eigen_eenheid`: alleen "
        "stukken van de eigen eenheden en de eenheden daaronder.",
        "",
        "| actie | omschrijving | scope | " + " | ".join(m.rollen[r] for r in rollen) + " |",
        "|---|---|---|" + "---|" * len(rollen),
    ]
    for actie in sorted(m.acties.values(), key=lambda a: a.code):
        vinkjes = " | ".join("ja" if r in actie.rollen else "" for r in rollen)
        regels.append(f"| `{actie.code}` | {actie.omschrijving} | {actie.scope} | {vinkjes} |")
    return "\n".join(regels) + "\n"
