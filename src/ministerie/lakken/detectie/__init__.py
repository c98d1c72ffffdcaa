"""Detection of personal data in Dutch text.

``detecteer(tekst, publieke_personen=...)`` returns non-overlapping ``Span``s, each with its
label and Woo ground (``GRONDEN``): names (PERSOON), e-mail addresses, phone numbers, postcodes
and street addresses, birth dates, licence plates, IP addresses, BSNs and IBANs. Everything the
detector needs ships in this package (word lists in ``woordenlijsten/``); nothing is downloaded.
"""

from .detector import detecteer
from .spans import GRONDEN, LABELS, Span

__all__ = ["GRONDEN", "LABELS", "Span", "detecteer"]
