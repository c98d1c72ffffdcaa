"""``detecteer``: all detectors over one text, overlaps resolved, public persons dropped."""

from __future__ import annotations

from collections.abc import Iterable

from .adres import vind_adressen
from .namen import vind_namen
from .patronen import (
    geboortedatum_na_naam,
    vind_bsn,
    vind_email,
    vind_geboortedatum,
    vind_iban,
    vind_ip,
    vind_kenteken,
    vind_telefoon,
)
from .publiek import PubliekeNamen
from .spans import Kandidaat, Span, maak_spans


def detecteer(tekst: str, *, publieke_personen: Iterable[str] = ()) -> list[Span]:
    """Spans of personal data in ``tekst``, sorted by start and non-overlapping.

    ``publieke_personen``: names of people acting in a public role (ministers, top officials);
    a PERSOON span that refers to one of them is dropped, so the name is kept.
    """
    if not tekst:
        return []
    gestructureerd: list[Kandidaat] = []
    for vinder in (
        vind_email,
        vind_iban,
        vind_bsn,
        vind_ip,
        vind_telefoon,
        vind_kenteken,
        vind_geboortedatum,
    ):
        gestructureerd.extend(vinder(tekst))
    adressen = vind_adressen(tekst)
    # Names never run into e-mail addresses, IBANs and the like.
    verboden = [(k.start, k.end) for k in gestructureerd]
    namen = vind_namen(tekst, verboden)
    gestructureerd.extend(geboortedatum_na_naam(tekst, namen))
    spans = maak_spans(tekst, [*gestructureerd, *adressen, *namen])
    publiek = PubliekeNamen(publieke_personen)
    if publiek:
        spans = [s for s in spans if s.label != "PERSOON" or not publiek.bevat(s.tekst)]
    return spans
