"""The grounds of Awb chapters 6 and 7 as data: leaving out the hearing (art. 7:3) and the
outcome of the decision on the objection (art. 7:11, 6:6, 6:11). Text as in the consolidated Awb
(wetten.overheid.nl), shortened where the whole sentence would not fit a list."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Grond:
    code: str
    artikel: str
    tekst: str


#: Awb art. 7:3: hearing the interested parties may be left out when ...
AFZIEN_HOREN: dict[str, Grond] = {
    g.code: g
    for g in (
        Grond("7:3-a", "Awb art. 7:3 onder a", "het bezwaar kennelijk niet-ontvankelijk is"),
        Grond("7:3-b", "Awb art. 7:3 onder b", "het bezwaar kennelijk ongegrond is"),
        Grond(
            "7:3-c",
            "Awb art. 7:3 onder c",
            "de belanghebbenden hebben verklaard geen gebruik te willen maken "
            "van het recht te worden gehoord",
        ),
        Grond(
            "7:3-d",
            "Awb art. 7:3 onder d",
            "de indiener niet binnen de gestelde redelijke termijn heeft verklaard "
            "gebruik te willen maken van het recht te worden gehoord",
        ),
        Grond(
            "7:3-e",
            "Awb art. 7:3 onder e",
            "aan het bezwaar volledig wordt tegemoetgekomen en andere belanghebbenden "
            "daardoor niet in hun belangen kunnen worden geschaad",
        ),
    )
}

AFZIEN_HOREN_KEUZES = [(g.code, f"{g.artikel}: {g.tekst}") for g in AFZIEN_HOREN.values()]
