"""Loads and validates the days designated by royal decree (Atw art. 3 lid 3).

The days are data, shipped as ``aangewezen_dagen.yaml`` in this package, so that a new
decree is a data change, not a code change.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from .fouten import AangewezenDagenFout

BESTANDSNAAM = "aangewezen_dagen.yaml"
_ISO_DATUM = re.compile(r"\d{4}-\d{2}-\d{2}")
_VELDEN = {"datum", "omschrijving", "bron"}


@dataclass(frozen=True)
class AangewezenDag:
    datum: date
    omschrijving: str
    bron: str


@dataclass(frozen=True)
class AangewezenDagen:
    verwerkt_van: int
    verwerkt_tot_en_met: int
    dagen: Mapping[date, AangewezenDag]

    def verwerkt(self, jaar: int) -> bool:
        """Whether the decrees for ``jaar`` are in the file."""
        return self.verwerkt_van <= jaar <= self.verwerkt_tot_en_met


class _DatesAsText(yaml.SafeLoader):
    """SafeLoader that leaves dates as text, so that a bad date gets our own message."""


_DatesAsText.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def laad_aangewezen_dagen(pad: Path | None = None) -> AangewezenDagen:
    """Read and validate a file of designated days; the shipped file when ``pad`` is None."""
    if pad is None:
        bestand = resources.files("ministerie.termijnen").joinpath(BESTANDSNAAM)
        naam, tekst = BESTANDSNAAM, bestand.read_text(encoding="utf-8")
    else:
        naam, tekst = str(pad), Path(pad).read_text(encoding="utf-8")
    try:
        inhoud = yaml.load(tekst, Loader=_DatesAsText)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as fout:
        raise AangewezenDagenFout(f"{naam}: geen geldige YAML ({fout}).") from fout
    return _valideer(naam, inhoud)


@lru_cache(maxsize=1)
def aangewezen_dagen() -> AangewezenDagen:
    """The shipped designated days, read once."""
    return laad_aangewezen_dagen()


def _valideer(naam: str, inhoud: Any) -> AangewezenDagen:
    if not isinstance(inhoud, dict):
        raise AangewezenDagenFout(
            f"{naam}: verwacht een overzicht met 'verwerkt_van', 'verwerkt_tot_en_met' en 'dagen'."
        )
    onbekend = set(inhoud) - {"verwerkt_van", "verwerkt_tot_en_met", "dagen"}
    if onbekend:
        raise AangewezenDagenFout(f"{naam}: onbekende sleutel(s): {', '.join(sorted(onbekend))}.")
    van = _jaar(naam, inhoud, "verwerkt_van")
    tot = _jaar(naam, inhoud, "verwerkt_tot_en_met")
    if van > tot:
        raise AangewezenDagenFout(f"{naam}: verwerkt_van ({van}) ligt na verwerkt_tot_en_met ({tot}).")
    lijst = inhoud.get("dagen")
    if not isinstance(lijst, list):
        raise AangewezenDagenFout(f"{naam}: 'dagen' moet een lijst zijn (eventueel leeg: []).")
    dagen: dict[date, AangewezenDag] = {}
    for nummer, item in enumerate(lijst, start=1):
        dag = _dag(f"{naam}, dag {nummer}", item)
        if not van <= dag.datum.year <= tot:
            raise AangewezenDagenFout(
                f"{naam}, dag {nummer}: {dag.datum.isoformat()} valt buiten de verwerkte jaren {van}-{tot}."
            )
        if dag.datum in dagen:
            raise AangewezenDagenFout(f"{naam}, dag {nummer}: {dag.datum.isoformat()} staat er al eerder in.")
        dagen[dag.datum] = dag
    return AangewezenDagen(van, tot, MappingProxyType(dict(sorted(dagen.items()))))


def _jaar(naam: str, inhoud: dict[str, Any], sleutel: str) -> int:
    waarde = inhoud.get(sleutel)
    if isinstance(waarde, bool) or not isinstance(waarde, int):
        raise AangewezenDagenFout(f"{naam}: '{sleutel}' moet een jaartal zijn, niet {waarde!r}.")
    return waarde


def _dag(plaats: str, item: Any) -> AangewezenDag:
    if not isinstance(item, dict) or set(item) != _VELDEN:
        raise AangewezenDagenFout(
            f"{plaats}: verwacht precies de velden datum, omschrijving en bron; kreeg {item!r}."
        )
    tekst = item["datum"]
    if not isinstance(tekst, str) or not _ISO_DATUM.fullmatch(tekst):
        raise AangewezenDagenFout(f"{plaats}: datum {tekst!r} is niet in de vorm JJJJ-MM-DD.")
    try:
        datum = date.fromisoformat(tekst)
    except ValueError as fout:
        raise AangewezenDagenFout(f"{plaats}: {tekst} is geen bestaande datum.") from fout
    for veld in ("omschrijving", "bron"):
        if not isinstance(item[veld], str) or not item[veld].strip():
            raise AangewezenDagenFout(f"{plaats}: '{veld}' moet een niet-lege tekst zijn.")
    return AangewezenDag(datum, item["omschrijving"].strip(), " ".join(item["bron"].split()))
