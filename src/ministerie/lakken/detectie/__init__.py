"""Detection of personal data in Dutch text.

``detecteer(tekst, publieke_personen=..., negatieflijst=...)`` returns non-overlapping
``Span``s, each with its label and Woo ground (``GRONDEN``): names (PERSOON), e-mail addresses,
phone numbers, postcodes and street addresses, birth dates, licence plates, IP addresses, BSNs
and IBANs. With ``met_signalen=True`` it also returns signals (``SIGNALEN``): functional
mailboxes, shown to the reviewer but not proposed for redaction (``Span.voorstel`` False).
Names of units and function titles (the negative list) are never a person: pass them, or
register a provider once with ``registreer_negatieflijst``. Everything else the detector needs
ships in this package (word lists in ``woordenlijsten/``); nothing is downloaded.
"""

from .detector import detecteer
from .negatief import geregistreerde_negatieflijst, registreer_negatieflijst
from .spans import GRONDEN, LABELS, OMSCHRIJVINGEN, SIGNALEN, Span

__all__ = [
    "GRONDEN",
    "LABELS",
    "OMSCHRIJVINGEN",
    "SIGNALEN",
    "Span",
    "detecteer",
    "geregistreerde_negatieflijst",
    "registreer_negatieflijst",
]
