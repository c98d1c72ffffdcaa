"""The span type, the Woo grounds per label and overlap resolution."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

LABELS = (
    "PERSOON",
    "EMAIL",
    "TELEFOON",
    "POSTCODE_ADRES",
    "GEBOORTEDATUM",
    "KENTEKEN",
    "IP_ADRES",
    "BSN",
    "IBAN",
)

# Woo ground per label: 5.1.2e (respect for privacy) for everything, except the BSN, which is an
# absolute ground: 5.1.1e (national identification number).
GRONDEN: dict[str, str] = {label: "5.1.2e" for label in LABELS}
GRONDEN["BSN"] = "5.1.1e"

# Signals: found and shown to the reviewer, but not proposed for redaction (no Woo ground). A
# functional mailbox (woo-verzoeken@..., info@...) is not personal data; the review lists it so
# the reviewer sees that it was kept on purpose.
SIGNALEN = ("FUNCTIONEEL_ADRES",)

# Dutch description per label, for lists shown to people.
OMSCHRIJVINGEN: dict[str, str] = {
    "PERSOON": "naam",
    "EMAIL": "e-mailadres",
    "TELEFOON": "telefoonnummer",
    "POSTCODE_ADRES": "adres of postcode",
    "GEBOORTEDATUM": "geboortedatum",
    "KENTEKEN": "kenteken",
    "IP_ADRES": "IP-adres",
    "BSN": "burgerservicenummer",
    "IBAN": "rekeningnummer (IBAN)",
    "FUNCTIONEEL_ADRES": "functioneel adres",
}

# Specificity when spans of different labels overlap: validated structured data beats patterns
# that only look right, and every structured label beats a name.
_VOORRANG: dict[str, int] = {
    "EMAIL": 9,
    "FUNCTIONEEL_ADRES": 9,
    "IBAN": 9,
    "BSN": 8,
    "IP_ADRES": 8,
    "TELEFOON": 7,
    "KENTEKEN": 7,
    "GEBOORTEDATUM": 6,
    "POSTCODE_ADRES": 5,
    "PERSOON": 4,
}

# Labels whose overlapping spans are merged into one (a name found twice, by a header rule and
# by the general rule, or an address found as street and as block).
_SAMENVOEGEN = frozenset({"PERSOON", "POSTCODE_ADRES"})


@dataclass(frozen=True)
class Span:
    """A piece of personal data: ``tekst == bron[start:end]``."""

    start: int
    end: int
    label: str
    grond: str
    tekst: str

    @property
    def voorstel(self) -> bool:
        """Is this span proposed for redaction? False for a signal (``SIGNALEN``)."""
        return self.label not in SIGNALEN

    @property
    def omschrijving(self) -> str:
        return OMSCHRIJVINGEN.get(self.label, self.label.lower())

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "grond": self.grond,
            "tekst": self.tekst,
            "voorstel": self.voorstel,
            "omschrijving": self.omschrijving,
        }


@dataclass(frozen=True)
class Kandidaat:
    """A raw hit of one detector, before overlap resolution."""

    start: int
    end: int
    label: str


def _samenvoegen(kandidaten: list[Kandidaat]) -> list[Kandidaat]:
    """Merge overlapping candidates of the same mergeable label into their union."""
    uit: list[Kandidaat] = []
    per_label: dict[str, list[Kandidaat]] = {}
    for k in kandidaten:
        if k.label in _SAMENVOEGEN:
            per_label.setdefault(k.label, []).append(k)
        else:
            uit.append(k)
    for label, lijst in per_label.items():
        lijst.sort(key=lambda k: (k.start, k.end))
        huidig = lijst[0]
        for k in lijst[1:]:
            if k.start < huidig.end:
                huidig = Kandidaat(huidig.start, max(huidig.end, k.end), label)
            else:
                uit.append(huidig)
                huidig = k
        uit.append(huidig)
    return uit


def los_overlap_op(kandidaten: Iterable[Kandidaat]) -> list[Kandidaat]:
    """Non-overlapping candidates sorted by start.

    Same-label names and addresses are merged; otherwise the more specific label wins, and
    within a label the longer span.
    """
    lijst = _samenvoegen([k for k in kandidaten if k.end > k.start])
    lijst.sort(key=lambda k: (-_VOORRANG.get(k.label, 0), -(k.end - k.start), k.start))
    gekozen: list[Kandidaat] = []  # kept sorted by start, never overlapping
    starts: list[int] = []
    for k in lijst:
        i = bisect_left(starts, k.start)
        if i > 0 and gekozen[i - 1].end > k.start:
            continue
        if i < len(gekozen) and gekozen[i].start < k.end:
            continue
        gekozen.insert(i, k)
        starts.insert(i, k.start)
    return gekozen


def maak_spans(tekst: str, kandidaten: Iterable[Kandidaat]) -> list[Span]:
    return [
        Span(k.start, k.end, k.label, GRONDEN.get(k.label, ""), tekst[k.start : k.end])
        for k in los_overlap_op(kandidaten)
    ]
