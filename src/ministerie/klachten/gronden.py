"""The grounds of Awb chapter 9 as data: not handling a complaint (art. 9:8), not hearing the
complainant (art. 9:10 lid 2), and the outcome (art. 9:12). Text as in the consolidated Awb
(wetten.overheid.nl), shortened where the whole sentence would not fit a list."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Grond:
    code: str
    artikel: str
    tekst: str


#: Awb art. 9:8: the bestuursorgaan is not obliged to handle a complaint about a behaviour ...
NIET_BEHANDELEN: dict[str, Grond] = {
    g.code: g
    for g in (
        Grond(
            "9:8-1a",
            "Awb art. 9:8 lid 1 onder a",
            "waarover al eerder een klacht is ingediend die volgens de klachtprocedure is behandeld",
        ),
        Grond(
            "9:8-1b",
            "Awb art. 9:8 lid 1 onder b",
            "die langer dan een jaar vóór het indienen van de klacht heeft plaatsgevonden",
        ),
        Grond(
            "9:8-1c",
            "Awb art. 9:8 lid 1 onder c",
            "waartegen de klager bezwaar had kunnen maken, tenzij "
            "het gaat om het niet tijdig nemen van een besluit",
        ),
        Grond(
            "9:8-1d",
            "Awb art. 9:8 lid 1 onder d",
            "waartegen de klager beroep kan of kon instellen, tenzij "
            "het gaat om het niet tijdig nemen van een besluit",
        ),
        Grond(
            "9:8-1e",
            "Awb art. 9:8 lid 1 onder e",
            "die ter beoordeling staat of heeft gestaan van een rechterlijke instantie",
        ),
        Grond(
            "9:8-1f",
            "Awb art. 9:8 lid 1 onder f",
            "waarnaar een strafrechtelijk onderzoek loopt of waarover vervolging is ingesteld",
        ),
        Grond(
            "9:8-2",
            "Awb art. 9:8 lid 2",
            "waarbij het belang van de klager of het gewicht van de gedraging kennelijk onvoldoende is",
        ),
    )
}

#: Awb art. 9:10 lid 2: hearing the complainant may be left out when ...
AFZIEN_HOREN: dict[str, Grond] = {
    g.code: g
    for g in (
        Grond("9:10-2a", "Awb art. 9:10 lid 2 onder a", "de klacht is kennelijk ongegrond"),
        Grond(
            "9:10-2b",
            "Awb art. 9:10 lid 2 onder b",
            "de klager heeft verklaard geen gebruik te willen maken van het recht te worden gehoord",
        ),
        Grond(
            "9:10-2c",
            "Awb art. 9:10 lid 2 onder c",
            "de klager heeft niet binnen de gestelde redelijke termijn verklaard gehoord te willen worden",
        ),
    )
}

NIET_BEHANDELEN_KEUZES = [(g.code, f"{g.artikel}: {g.tekst}") for g in NIET_BEHANDELEN.values()]
AFZIEN_HOREN_KEUZES = [(g.code, f"{g.artikel}: {g.tekst}") for g in AFZIEN_HOREN.values()]
