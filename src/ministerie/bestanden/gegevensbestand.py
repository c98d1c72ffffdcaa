"""Reading the YAML data files of the system (the data set in data/, the budget calendar and the
accres rules): plain Python, no Django.

Every problem is a ``Laadfout`` that names the file, the line (when known) and the reason, e.g.
"eenheden.yaml, regel 16: onbekende soort 'directi'". ``lees_yaml`` reads a file keeping the
line of every mapping and of each of its keys; ``Record`` reads one mapping field by field, with
an error on the line of the field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, Literal, overload

import yaml

CODE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
"""A code in a data file: lower-case letters, digits and '-'."""


class Laadfout(ValueError):
    """A problem in a data file: ``bestand`` (its name), ``regel`` (the line, when known) and
    ``reden`` (what is wrong, in Dutch)."""

    def __init__(self, reden: str, *, bestand: str | None = None, regel: int | None = None) -> None:
        self.reden, self.bestand, self.regel = reden, bestand, regel
        plaats = f"{bestand}, regel {regel}" if bestand and regel else bestand
        super().__init__(f"{plaats}: {reden}" if plaats else reden)


class GeenYaml(Laadfout):
    """The file is no valid YAML; ``probleem`` is what the parser found, on line ``regel``."""

    def __init__(self, probleem: str, *, bestand: str, regel: int | None) -> None:
        self.probleem = probleem
        # the problem with its line, for a message that names the file alone
        self.uitleg = f"regel {regel}: {probleem}" if regel else probleem
        super().__init__(f"geen geldige YAML: {probleem}", bestand=bestand, regel=regel)


class MetRegels(dict[Any, Any]):
    """A mapping from a data file that knows its own line and the line of each key."""

    regel: int | None = None
    veldregels: dict[str, int]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.veldregels = {}


class _RegelLoader(yaml.SafeLoader):
    """The safe loader, keeping the line numbers of mappings and keys."""


def _mapping_met_regels(loader: _RegelLoader, node: yaml.MappingNode) -> MetRegels:
    mapping = MetRegels(loader.construct_mapping(node, deep=True))
    mapping.regel = node.start_mark.line + 1
    mapping.veldregels = {
        sleutel.value: sleutel.start_mark.line + 1
        for sleutel, _ in node.value
        if isinstance(sleutel, yaml.ScalarNode)
    }
    return mapping


_RegelLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_met_regels)


def lees_yaml(pad: Path) -> Any:
    """The content of a YAML file, its mappings as ``MetRegels``. Raises ``Laadfout`` when the
    file is not UTF-8 text and ``GeenYaml`` when it is no valid YAML."""
    try:
        tekst = pad.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise Laadfout("het bestand is geen UTF-8-tekst", bestand=pad.name) from None
    try:
        return yaml.load(tekst, Loader=_RegelLoader)  # noqa: S506 (a SafeLoader)
    except yaml.MarkedYAMLError as fout:
        regel = fout.problem_mark.line + 1 if fout.problem_mark else None
        raise GeenYaml(str(fout.problem), bestand=pad.name, regel=regel) from None
    except yaml.YAMLError as fout:
        raise GeenYaml(str(fout), bestand=pad.name, regel=None) from None


def lees_records(pad: Path) -> list[Any]:
    """A file that holds a list of records (an empty file holds none)."""
    inhoud = lees_yaml(pad)
    if inhoud is None:
        return []
    if not isinstance(inhoud, list):
        raise Laadfout("verwacht een lijst van records", bestand=pad.name, regel=1)
    return inhoud


def regel_van(item: Any) -> int | None:
    """The line of a record read by ``lees_yaml`` (None for anything else)."""
    return getattr(item, "regel", None)


class Record:
    """One mapping from a file, read field by field; each error names the file and the line of
    the field (or of the record)."""

    def __init__(self, bestand: str, data: Any, toegestaan: Iterable[str], regel: int | None = None) -> None:
        if not isinstance(data, dict):
            raise Laadfout("verwacht een mapping (sleutel: waarde).", bestand=bestand, regel=regel)
        self.bestand, self.data = bestand, data
        self.regel: int | None = regel_van(data) or regel
        onbekend = set(data) - set(toegestaan)
        if onbekend:
            namen = sorted(map(str, onbekend))
            raise self.fout(f"onbekend veld {', '.join(namen)}", namen[0])

    def fout(self, reden: str, veld: str | None = None) -> Laadfout:
        """An error on the line of ``veld`` when known, else on the record's first line."""
        veldregels = getattr(self.data, "veldregels", {})
        regel = veldregels.get(veld, self.regel) if veld else self.regel
        return Laadfout(reden, bestand=self.bestand, regel=regel)

    def deel(self, data: Any, toegestaan: Iterable[str]) -> Record:
        """A mapping inside this record (errors fall back on this record's line)."""
        return Record(self.bestand, data, toegestaan, self.regel)

    def tekst(self, naam: str, *, verplicht: bool = False) -> str:
        waarde = self.data.get(naam)
        if waarde is None or waarde == "":
            if verplicht:
                raise self.fout(f"veld '{naam}' ontbreekt")
            return ""
        if isinstance(waarde, (int, float)) and not isinstance(waarde, bool):
            return str(waarde)
        if not isinstance(waarde, str):
            raise self.fout(f"veld '{naam}' moet tekst zijn", naam)
        return waarde.strip()

    @overload
    def code(self, naam: str, *, verplicht: Literal[True] = ...) -> str: ...
    @overload
    def code(self, naam: str, *, verplicht: bool) -> str | None: ...
    def code(self, naam: str, *, verplicht: bool = True) -> str | None:
        waarde = self.tekst(naam, verplicht=verplicht)
        if not waarde:
            return None
        if not CODE.match(waarde):
            raise self.fout(f"'{waarde}' is geen geldige code (kleine letters, cijfers en '-')", naam)
        return waarde

    def keuze(self, naam: str, keuzes: Iterable[str]) -> str:
        keuzes = list(keuzes)
        waarde = self.tekst(naam, verplicht=True)
        if waarde not in keuzes:
            raise self.fout(f"onbekende {naam} '{waarde}'; kies uit {', '.join(keuzes)}", naam)
        return waarde

    def teksten(self, naam: str) -> tuple[str, ...]:
        waarde = self.data.get(naam) or []
        if not isinstance(waarde, list) or not all(isinstance(w, (str, int)) for w in waarde):
            raise self.fout(f"veld '{naam}' moet een lijst van teksten zijn", naam)
        return tuple(str(w) for w in waarde)

    def datum(self, naam: str) -> date | None:
        waarde = self.data.get(naam)
        if waarde is None:
            return None
        if isinstance(waarde, date):
            return waarde
        raise self.fout(f"veld '{naam}' moet een datum zijn (JJJJ-MM-DD), niet '{waarde}'", naam)

    def lijst(self, naam: str) -> list[Any]:
        waarde = self.data.get(naam) or []
        if not isinstance(waarde, list):
            raise self.fout(f"veld '{naam}' moet een lijst zijn", naam)
        return waarde

    @overload
    def geheel(self, naam: str, *, verplicht: Literal[True] = ..., minimum: int = ...) -> int: ...
    @overload
    def geheel(self, naam: str, *, verplicht: bool, minimum: int = ...) -> int | None: ...
    def geheel(self, naam: str, *, verplicht: bool = True, minimum: int = 0) -> int | None:
        waarde = self.data.get(naam)
        if waarde is None:
            if verplicht:
                raise self.fout(f"veld '{naam}' ontbreekt")
            return None
        if isinstance(waarde, bool) or not isinstance(waarde, int) or waarde < minimum:
            raise self.fout(f"veld '{naam}' moet een geheel getal van minstens {minimum} zijn", naam)
        return waarde
