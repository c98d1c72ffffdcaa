"""The redaction of source documents, on top of the ``lakken`` library: make a PDF (a photo or
scan of a receipt becomes a PDF page; e-mail, Word and text go through ``lakken.conversie``),
propose what to redact per page, apply the accepted proposals and prove the result with the
independent checker. Plain functions on bytes; the services store the outcome."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pymupdf

from ministerie.bestanden import OnleesbaarBestand, controleer_grootte
from ministerie.lakken.conversie import NietOmTeZetten, naar_pdf
from ministerie.lakken.detectie import detecteer
from ministerie.lakken.pdf import LakMislukt, Lakopdracht, OnleesbarePdf, controleer, lak, paginatekst

# Magic numbers of the image types a scanned or photographed receipt comes in.
AFBEELDINGEN = {
    b"\x89PNG\r\n\x1a\n": "png",
    b"\xff\xd8\xff": "jpeg",
    b"II*\x00": "tiff",
    b"MM\x00*": "tiff",
}


class OngeschiktBestand(Exception):
    """The upload cannot be used; ``reden`` says why, in Dutch, for the uploader."""

    def __init__(self, reden: str) -> None:
        super().__init__(reden)
        self.reden = reden


def afbeeldingsoort(data: bytes) -> str | None:
    for magie, soort in AFBEELDINGEN.items():
        if data.startswith(magie):
            return soort
    return None


def _afbeelding_naar_pdf(data: bytes, soort: str) -> bytes:
    try:
        with pymupdf.open(stream=data, filetype=soort) as beeld:
            pdf = beeld.convert_to_pdf()
    except Exception as fout:  # pymupdf raises its own kinds for a broken image
        raise OngeschiktBestand("De afbeelding is beschadigd en kan niet worden gelezen.") from fout
    return bytes(pdf)


def _samenvoegen(delen: Sequence[bytes]) -> bytes:
    if len(delen) == 1:
        return delen[0]
    with pymupdf.open() as samen:
        for deel in delen:
            with pymupdf.open(stream=deel, filetype="pdf") as doc:
                samen.insert_pdf(doc)
        return bytes(samen.tobytes(garbage=3, deflate=True))


@dataclass(frozen=True)
class Bron:
    pdf: bytes
    paginas: int
    afbeelding: bool


def maak_bron_pdf(data: bytes, bestandsnaam: str) -> Bron:
    """The upload as one PDF. Raises ``OngeschiktBestand`` for empty, oversized, broken,
    encrypted or unsupported files; nothing is stored then."""
    if not data:
        raise OngeschiktBestand("Het bestand is leeg.")
    try:
        controleer_grootte(len(data))
    except OnleesbaarBestand as fout:
        raise OngeschiktBestand(fout.reden) from None
    soort = afbeeldingsoort(data)
    if soort is not None:
        pdf = _afbeelding_naar_pdf(data, soort)
    else:
        try:
            pdf = _samenvoegen([o.pdf for o in naar_pdf(data, bestandsnaam)])
        except NietOmTeZetten as fout:
            raise OngeschiktBestand(
                f"{fout} Toegestaan zijn PDF, foto's of scans (PNG, JPEG, TIFF), e-mail, Word en tekst."
            ) from None
    try:
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            paginas = doc.page_count
    except Exception as fout:
        raise OngeschiktBestand("De PDF is beschadigd en kan niet worden gelezen.") from fout
    return Bron(pdf=pdf, paginas=paginas, afbeelding=soort is not None)


@dataclass(frozen=True)
class Voorstel:
    pagina: int
    start: int
    eind: int
    label: str
    grond: str
    tekst: str


@dataclass(frozen=True)
class Detectie:
    voorstellen: list[Voorstel]
    zonder_tekst: list[int]  # pages with no readable text at all: a person must look
    teksten: list[str]


def stel_voor(pdf: bytes, *, blijven: Iterable[str]) -> Detectie:
    """Proposals per page from the detector; the names in ``blijven`` are never proposed."""
    blijven = list(blijven)
    try:
        teksten = paginatekst(pdf)
    except OnleesbarePdf as fout:
        raise OngeschiktBestand(str(fout)) from None
    voorstellen = [
        Voorstel(nummer, s.start, s.end, s.label, s.grond, s.tekst)
        for nummer, tekst in enumerate(teksten, start=1)
        for s in detecteer(tekst, publieke_personen=blijven)
    ]
    zonder_tekst = [n for n, tekst in enumerate(teksten, start=1) if not tekst.strip()]
    return Detectie(voorstellen, zonder_tekst, teksten)


@dataclass(frozen=True)
class Uitkomst:
    pdf: bytes
    problemen: list[str]
    handmatig_nakijken: list[int]
    aantal_lakkingen: int


def pas_toe(
    pdf: bytes,
    *,
    spans: Sequence[tuple[int, int, int, str, str]],
    termen: Sequence[tuple[str, str]],
    geheimen: Iterable[str],
    behouden: Iterable[str],
    paginas: int,
) -> Uitkomst:
    """Redact, then check the result independently: every redacted text must be gone, every
    ground visible, the page count unchanged and the kept names still readable."""
    try:
        resultaat = lak(pdf, Lakopdracht(spans=spans, termen=termen))
    except (OnleesbarePdf, LakMislukt) as fout:
        return Uitkomst(b"", [f"Lakken mislukt: {fout}"], [], 0)
    problemen = controleer(
        resultaat.pdf,
        sorted(set(geheimen)),
        verwachte_gronden=sorted({g for *_, g in spans} | {g for _, g in termen}),
        verwacht_paginas=paginas,
        behouden=list(behouden),
    )
    return Uitkomst(resultaat.pdf, problemen, list(resultaat.handmatig_nakijken), len(resultaat.redacties))


def controleer_gepubliceerd(pdf: bytes, geheimen: Iterable[str], paginas: int) -> list[str]:
    """The gate at publication: the stored redacted file still passes the checker."""
    return controleer(pdf, list(geheimen), verwacht_paginas=paginas)
