"""Scans of letters: the text is read through what exists (a PDF's own text layer or OCR of its
scanned pages by ``lakken.pdf.paginatekst``, the one OCR of the system; an image is made a
one-page PDF first), and the sender and address are recognised from the letter's first lines
(a Dutch postcode line, the street above it, the name above that). The recogniser only
suggests: the MC worker sees the fields filled in and may change them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pymupdf

from ministerie.bestanden.fouten import OnleesbaarBestand
from ministerie.bestanden.herkenning import herken
from ministerie.bestanden.limieten import controleer_grootte

__all__ = ["Afzender", "Scan", "controleer_grootte", "herken_afzender", "lees_scan"]

#: the types a scan may have, with pymupdf's name for an image type
TYPEN = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpeg", "image/tiff": "tiff"}
EXTENSIES = {"pdf": "pdf", "png": "png", "jpeg": "jpg", "tiff": "tif"}
NIET_ONDERSTEUND = "Lever de scan aan als PDF, PNG, JPEG of TIFF."
ONLEESBAAR = "De scan is beschadigd of geen geldige {soort} en kan niet worden gelezen."
MAX_PAGINAS = 50
_KOPREGELS = 15  # the sender's block is in the letter's first lines

_POSTCODE = re.compile(r"^\s*([1-9]\d{3})\s?([A-Za-z]{2})\b\s*(.*)$")
_STRAAT = re.compile(r"\S.*\s\d+\s*[A-Za-z]?(?:[-\s]?\d+)?\s*$")
_GEEN_NAAM = re.compile(
    r"^(?:aan|betreft|datum|onderwerp|geachte|beste|lieve|ministerie|postbus|tel|e-?mail)\b|@|\d{2}",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Afzender:
    naam: str = ""
    adres: str = ""


@dataclass(frozen=True)
class Scan:
    naam: str
    mime: str
    data: bytes
    tekst: str
    afzender: Afzender
    waarschuwingen: list[str] = field(default_factory=list)


def herken_afzender(tekst: str) -> Afzender:
    """The sender of a letter from its first lines: the first line with a Dutch postcode
    (``1234 AB Plaats``), the street line above it, and the name line above that (not a
    salutation, a date or the ministry). Nothing recognisable: empty fields."""
    regels = [r.strip() for r in tekst.replace("\f", "\n").splitlines() if r.strip()][:_KOPREGELS]
    for i, regel in enumerate(regels):
        gevonden = _POSTCODE.match(regel)
        if gevonden is None or regel.lower().startswith("postbus"):
            continue
        if i >= 1 and regels[i - 1].lower().startswith("postbus"):
            continue  # an address of the ministry (Postbus 20011), not of the sender
        cijfers, letters, plaats = gevonden.groups()
        postcoderegel = f"{cijfers} {letters.upper()} {plaats}".strip()
        straat = regels[i - 1] if i >= 1 and _STRAAT.fullmatch(regels[i - 1]) else ""
        adres = "\n".join(r for r in (straat, postcoderegel) if r)
        naam = ""
        boven = i - 2 if straat else i - 1
        if boven >= 0 and not _GEEN_NAAM.search(regels[boven]) and len(regels[boven]) <= 100:
            naam = regels[boven]
        return Afzender(naam=naam[:200], adres=adres[:500])
    return Afzender()


def soort_van(data: bytes, bestandsnaam: str) -> tuple[str, str]:
    """(mime, pymupdf type) of a scan; ``OnleesbaarBestand`` for a type that is no scan."""
    mime = herken(data, bestandsnaam).mime
    if mime not in TYPEN:
        raise OnleesbaarBestand(f"Dit bestand is geen scan. {NIET_ONDERSTEUND}")
    return mime, TYPEN[mime]


def als_pdf(data: bytes, soort: str) -> bytes:
    """The scan as PDF: a PDF as it is, an image (every frame of a TIFF) as pages."""
    try:
        with pymupdf.open(stream=data, filetype=soort) as document:
            if document.page_count < 1:
                raise OnleesbaarBestand(ONLEESBAAR.format(soort=soort.upper()))
            if document.page_count > MAX_PAGINAS:
                raise OnleesbaarBestand(
                    f"De scan heeft {document.page_count} pagina's; de grens is {MAX_PAGINAS}."
                )
            return data if soort == "pdf" else bytes(document.convert_to_pdf())
    except OnleesbaarBestand:
        raise
    except Exception as fout:  # pymupdf raises its own kinds for a broken file
        raise OnleesbaarBestand(ONLEESBAAR.format(soort=soort.upper())) from fout


def lees_scan(data: bytes, bestandsnaam: str) -> Scan:
    """Read a scanned letter: its text (text layer or OCR) and the sender recognised in it.
    Raises ``OnleesbaarBestand`` with a Dutch reason (empty, too big, not a scan, broken)."""
    from ministerie.lakken.pdf import OnleesbarePdf, paginatekst
    from ministerie.lakken.pdf.ocr import ocr_beschikbaar

    controleer_grootte(len(data))
    if not data:
        raise OnleesbaarBestand("Het bestand is leeg.")
    mime, soort = soort_van(data, bestandsnaam)
    pdf = als_pdf(data, soort)
    try:
        paginas = paginatekst(pdf, ocr=True)
    except OnleesbarePdf as fout:
        raise OnleesbaarBestand(ONLEESBAAR.format(soort=soort.upper())) from fout
    tekst = "\n\n".join(p.strip() for p in paginas if p.strip())
    waarschuwingen = []
    if not tekst:
        waarschuwingen.append(
            "In de scan is geen tekst herkend"
            + ("" if ocr_beschikbaar() else " (tekstherkenning is op deze server niet geïnstalleerd)")
            + "; typ de inhoud over."
        )
    naam = bestandsnaam.rsplit("/", 1)[-1].strip() or f"scan.{EXTENSIES[soort]}"
    return Scan(
        naam=naam[:255],
        mime=mime,
        data=data,
        tekst=tekst,
        afzender=herken_afzender(tekst),
        waarschuwingen=waarschuwingen,
    )


# --- a scan read before the case is registered ('Scan lezen') ----------------------------------

VOORLOPIG = "correspondentie/scans-voorlopig/"
ZOUT = "correspondentie-scan"
GELDIG = 24 * 3600  # seconds a scan read but not yet registered stays usable


def bewaar_voorlopig(gelezen: Scan) -> str:
    """Keep a scan that was read until the case is registered; returns a signed token."""
    import hashlib

    from django.core import signing
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    sha = hashlib.sha256(gelezen.data).hexdigest()
    pad = f"{VOORLOPIG}{sha}"
    if not default_storage.exists(pad):
        pad = default_storage.save(pad, ContentFile(gelezen.data))
    return signing.dumps({"pad": pad, "naam": gelezen.naam}, salt=ZOUT)


def voorlopige_scan(token: str) -> Scan:
    """The scan kept by ``bewaar_voorlopig`` (its text is in the form by now: not read again)."""
    from django.core import signing
    from django.core.files.storage import default_storage

    try:
        gegevens = signing.loads(token, salt=ZOUT, max_age=GELDIG)
        pad, naam = str(gegevens["pad"]), str(gegevens["naam"])
        if not pad.startswith(VOORLOPIG):
            raise ValueError(pad)
        with default_storage.open(pad, "rb") as bestand:
            data = bestand.read()
    except (signing.BadSignature, KeyError, TypeError, ValueError, OSError) as fout:
        raise OnleesbaarBestand(
            "De eerder gelezen scan is verlopen of niet meer beschikbaar; kies het bestand opnieuw."
        ) from fout
    mime, _ = soort_van(data, naam)
    return Scan(naam=naam, mime=mime, data=data, tekst="", afzender=Afzender())


def ruim_voorlopig_op(gelezen: Scan) -> None:
    """Remove the kept copy once the scan is stored with its case."""
    import hashlib

    from django.core.files.storage import default_storage

    pad = f"{VOORLOPIG}{hashlib.sha256(gelezen.data).hexdigest()}"
    if default_storage.exists(pad):
        default_storage.delete(pad)
