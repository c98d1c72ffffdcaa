"""The pure part of adding a file to a request: converted to PDF, its pages measured, personal
data detected (the proposed redactions and the signals such as a functional mailbox), as one
step on bytes (``Voorwerk`` → ``Voorbereiding``). A delivery job computes it ahead for the coming
units in other processes (``lakken.pdf.Lakpool``) while it saves the units one by one, in order.

No Django here: the pool's processes import this module in a fresh interpreter. Everything the
detection depends on (the public persons, the organisation's negative list) is in the work
itself, so a result computed elsewhere equals one computed on the spot.
"""

from __future__ import annotations

from dataclasses import dataclass

import pymupdf

from ministerie.lakken.conversie import NietOmTeZetten, naar_pdf
from ministerie.lakken.detectie import detecteer
from ministerie.lakken.pdf import LakMislukt, Lakopdracht, OnleesbarePdf, lak

MAX_SIGNALEN_PER_PAGINA = 200

Vak = tuple[float, float, float, float]
Signaal = tuple[int, str, str, Vak]


class NietVoorTeBereiden(Exception):
    """The file cannot be added: the Dutch reason (the caller names the file)."""


@dataclass(frozen=True)
class Voorwerk:
    """A file to prepare, with what the detection must know."""

    data: bytes
    bestandsnaam: str
    publieke_personen: tuple[str, ...] = ()
    negatieflijst: frozenset[str] = frozenset()

    def voer_uit(self) -> Voorbereiding:
        return bereid_voor(self)

    def gestopt(self, melding: str) -> Voorbereiding:
        return Voorbereiding(fout=f"{self.bestandsnaam}: {melding}", soort="omzetten")


@dataclass(frozen=True)
class Voorbereiding:
    """The file as PDF (``pdf``; the upload itself when it was one) with what ``analyseer``
    stores: page sizes, proposals (page, text, label, ground, box), pages to check by hand and
    signals (page, text, label, box); or ``fout``, the reason it cannot be added, with ``soort``
    "omzetten" (conversion), "openen" (no readable PDF) or "lakken" (detection failed)."""

    pdf: bytes = b""
    paginamaten: tuple[tuple[float, float], ...] = ()
    voorstellen: tuple[tuple[int, str, str, str, Vak], ...] = ()
    handmatig_nakijken: tuple[int, ...] = ()
    signalen: tuple[Signaal, ...] = ()
    fout: str = ""
    soort: str = ""


def bereid_voor(werk: Voorwerk) -> Voorbereiding:
    try:
        pdf = als_pdf(werk.data, werk.bestandsnaam)
    except NietVoorTeBereiden as fout:
        return Voorbereiding(fout=str(fout), soort="omzetten")
    return analyse(pdf, werk.publieke_personen, werk.negatieflijst)


def als_pdf(data: bytes, bestandsnaam: str) -> bytes:
    """The upload as one PDF (a PDF as it is; e-mail, Word, text converted, parts merged)."""
    if data[:5] == b"%PDF-":
        return data
    try:
        omgezet = naar_pdf(data, bestandsnaam)
    except NietOmTeZetten as fout:
        raise NietVoorTeBereiden(f"{bestandsnaam}: {fout}") from None
    if not omgezet:
        raise NietVoorTeBereiden(f"{bestandsnaam}: kon niet naar PDF worden omgezet.")
    if len(omgezet) == 1:
        return omgezet[0].pdf
    samen = pymupdf.open()
    for deel in omgezet:
        with pymupdf.open(stream=deel.pdf, filetype="pdf") as los:
            samen.insert_pdf(los)
    return samen.tobytes(no_new_id=True)  # no random /ID: the same input gives the same file


def analyse(pdf: bytes, publiek: tuple[str, ...], negatief: frozenset[str]) -> Voorbereiding:
    """Page sizes, proposals and signals of a PDF."""
    try:
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            maten = tuple((p.cropbox.width, p.cropbox.height) for p in doc)
    except (RuntimeError, ValueError) as fout:
        return Voorbereiding(pdf=pdf, fout=f"is geen leesbare PDF ({fout})", soort="openen")
    try:
        voorstel = lak(
            pdf,
            Lakopdracht(detecteer=lambda t: detecteer(t, publieke_personen=publiek, negatieflijst=negatief)),
        )
    except (OnleesbarePdf, LakMislukt) as fout:
        return Voorbereiding(pdf=pdf, paginamaten=maten, fout=str(fout), soort="lakken")
    return Voorbereiding(
        pdf=pdf,
        paginamaten=maten,
        voorstellen=tuple(
            (r.pagina, r.tekst[:500], r.label, r.grond, _rond(r.rect)) for r in voorstel.redacties
        ),
        handmatig_nakijken=tuple(voorstel.handmatig_nakijken),
        signalen=_signalen(pdf, publiek, negatief),
    )


def _rond(rect: Vak) -> Vak:
    x0, y0, x1, y1 = (round(v, 2) for v in rect)
    return (x0, y0, x1, y1)


def _signalen(
    pdf: bytes, publiek: tuple[str, ...], negatief: frozenset[str]
) -> tuple[tuple[int, str, str, Vak], ...]:
    """What the detection shows but does not propose: a functional mailbox (woo-verzoeken@…,
    info@…) is no personal data, so it is listed as not redacted ("functioneel adres"): the
    reviewer sees the choice and can still redact it, with a ground."""
    uit: list[Signaal] = []
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for nummer, pagina in enumerate(doc, start=1):
            tekst = pagina.get_text()
            if "@" not in tekst:  # the only signals are e-mail addresses
                continue
            spans = detecteer(tekst, publieke_personen=publiek, negatieflijst=negatief, met_signalen=True)
            gezien: set[str] = set()
            for span in spans:
                if span.voorstel or span.tekst in gezien:
                    continue
                gezien.add(span.tekst)
                for rect in pagina.search_for(span.tekst)[:MAX_SIGNALEN_PER_PAGINA]:
                    uit.append((nummer, span.tekst[:500], span.label, _rond(tuple(rect))))
    return tuple(uit)
