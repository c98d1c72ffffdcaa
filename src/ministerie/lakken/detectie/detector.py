"""``detecteer``: all detectors over one text, overlaps resolved, public persons dropped."""

from __future__ import annotations

from collections.abc import Iterable

from .adres import vind_adressen
from .lijsten import normaliseer
from .namen import vind_namen
from .negatief import negatief_voor, woorden
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


def detecteer(
    tekst: str,
    *,
    publieke_personen: Iterable[str] = (),
    negatieflijst: Iterable[str] | None = None,
    met_signalen: bool = False,
) -> list[Span]:
    """Spans of personal data in ``tekst``, sorted by start and non-overlapping.

    ``publieke_personen``: names of people acting in a public role (ministers, top officials);
    a PERSOON span that refers to one of them is dropped, so the name is kept.
    ``negatieflijst``: names of organisational units, their abbreviations and function titles
    (see ``negatief``), never a person; ``None``: the list of the registered provider, if any.
    ``met_signalen``: also return signals (``SIGNALEN``: functional mailboxes), spans that are
    shown to the reviewer but not proposed for redaction (``Span.voorstel`` is False). Without
    it every returned span is one to redact.
    """
    if not tekst:
        return []
    negatief = negatief_voor(negatieflijst)
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
    if negatief.afkortingen:
        # "dgo@minbzk.nl": a mailbox named after a unit is a functional address.
        gestructureerd = [
            Kandidaat(k.start, k.end, "FUNCTIONEEL_ADRES")
            if k.label == "EMAIL" and _lokaal(tekst[k.start : k.end]) in negatief.afkortingen_klein
            else k
            for k in gestructureerd
        ]
    adressen = vind_adressen(tekst)
    # Names never run into e-mail addresses, IBANs and the like.
    verboden = [(k.start, k.end) for k in gestructureerd]
    namen = vind_namen(tekst, verboden, negatief)
    gestructureerd.extend(geboortedatum_na_naam(tekst, namen, gestructureerd))
    spans = maak_spans(tekst, [*gestructureerd, *adressen, *namen])
    publiek = PubliekeNamen(publieke_personen)
    if publiek:
        spans = [s for s in spans if s.label != "PERSOON" or not publiek.bevat(s.tekst)]
    if negatief.volledig:
        spans = [
            s for s in spans if s.label != "PERSOON" or " ".join(woorden(s.tekst)) not in negatief.volledig
        ]
    if not met_signalen:
        spans = [s for s in spans if s.voorstel]
    return spans


def _lokaal(adres: str) -> str:
    return normaliseer(adres.split("@", 1)[0])
