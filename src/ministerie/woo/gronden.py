"""The Woo grounds for withholding information (Woo art. 5.1, 5.2) and the assessment values.

Codes as printed on redaction boxes: 5.1.1a-e (absolute), 5.1.2a-i (relative: weighed against
the public interest), 5.1.5 (disproportionate harm) and 5.2 (personal policy views).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Grond:
    code: str
    artikel: str
    omschrijving: str
    # relative grounds need a weighing (or, for 5.1.5 and 5.2, specific reasons) in the decision
    weging_vereist: bool
    # Woo art. 5.3: grounds that need specific reasons for information older than 5 years
    art_5_3: bool


def _g(code: str, artikel: str, omschrijving: str, weging: bool, art_5_3: bool) -> Grond:
    return Grond(code, artikel, omschrijving, weging, art_5_3)


GRONDEN: dict[str, Grond] = {
    g.code: g
    for g in (
        _g("5.1.1a", "Woo art. 5.1 lid 1 onder a", "de eenheid van de Kroon", False, False),
        _g("5.1.1b", "Woo art. 5.1 lid 1 onder b", "de veiligheid van de Staat", False, False),
        _g(
            "5.1.1c",
            "Woo art. 5.1 lid 1 onder c",
            "vertrouwelijk meegedeelde bedrijfs- en fabricagegegevens",
            False,
            False,
        ),
        _g(
            "5.1.1d",
            "Woo art. 5.1 lid 1 onder d",
            "bijzondere persoonsgegevens (UAVG paragraaf 3.1)",
            False,
            False,
        ),
        _g(
            "5.1.1e",
            "Woo art. 5.1 lid 1 onder e",
            "identificatienummers (art. 46 UAVG, zoals het BSN)",
            False,
            False,
        ),
        _g(
            "5.1.2a",
            "Woo art. 5.1 lid 2 onder a",
            "de betrekkingen met andere staten en internationale organisaties",
            True,
            True,
        ),
        _g(
            "5.1.2b",
            "Woo art. 5.1 lid 2 onder b",
            "de economische of financiële belangen van de Staat",
            True,
            True,
        ),
        _g(
            "5.1.2c",
            "Woo art. 5.1 lid 2 onder c",
            "de opsporing en vervolging van strafbare feiten",
            True,
            True,
        ),
        _g(
            "5.1.2d",
            "Woo art. 5.1 lid 2 onder d",
            "inspectie, controle en toezicht door bestuursorganen",
            True,
            True,
        ),
        _g(
            "5.1.2e",
            "Woo art. 5.1 lid 2 onder e",
            "de eerbiediging van de persoonlijke levenssfeer",
            True,
            True,
        ),
        _g(
            "5.1.2f",
            "Woo art. 5.1 lid 2 onder f",
            "concurrentiegevoelige bedrijfs- en fabricagegegevens",
            True,
            True,
        ),
        _g("5.1.2g", "Woo art. 5.1 lid 2 onder g", "de bescherming van het milieu", True, True),
        _g(
            "5.1.2h",
            "Woo art. 5.1 lid 2 onder h",
            "de beveiliging van personen en bedrijven en het voorkomen van sabotage",
            True,
            True,
        ),
        _g(
            "5.1.2i",
            "Woo art. 5.1 lid 2 onder i",
            "het goed functioneren van de Staat of andere overheidsorganen",
            True,
            True,
        ),
        _g("5.1.5", "Woo art. 5.1 lid 5", "onevenredige benadeling (uitzonderlijke gevallen)", True, True),
        _g(
            "5.2",
            "Woo art. 5.2",
            "persoonlijke beleidsopvattingen in documenten voor intern beraad",
            True,
            True,
        ),
    )
}

GROND_KEUZES = [(g.code, f"{g.code} — {g.omschrijving}") for g in GRONDEN.values()]


def onbekende_gronden(codes: list[str]) -> list[str]:
    return [c for c in codes if c not in GRONDEN]
