"""The one entry point: any supported input to a list of PDFs (a message and its attachments)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pymupdf

from ministerie.bestanden import MAX_BESTANDSGROOTTE, Bericht, OnleesbaarBestand, herken, lees_eml, lees_msg
from ministerie.bestanden.herkenning import HTML_MIME, OUTLOOK_MIME

from .fouten import NietOmTeZetten
from .opmaak import maak_pdf, tekst_html
from .tekst import html_bestand_naar_pdf, odt_naar_pdf, tekst_als_html, tekst_naar_pdf
from .typen import Omgezet
from .veilige_html import veilige_html
from .word import docx_naar_pdf

#: How deep messages attached to messages are converted.
MAX_DIEPTE = 5

LEEG = "Het bestand is leeg."
PDF_BESCHADIGD = "De PDF is beschadigd en kan niet worden gelezen."
PDF_VERSLEUTELD = "De PDF is versleuteld met een wachtwoord."

_ONVEILIGE_TEKENS = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def naar_pdf(data: bytes, bestandsnaam: str) -> list[Omgezet]:
    """``data`` (named ``bestandsnaam``) as one or more PDFs.

    An e-mail (.eml) or Outlook message (.msg) gives a PDF of the message (headers, body, the
    list of attachments) followed by each attachment that could be converted, depth first;
    a Word document (DOCX), plain text, an HTML file and an OpenDocument text give one PDF,
    and a PDF comes back unchanged. The type is taken from the content, not the name.

    Raises ``NietOmTeZetten`` with a Dutch reason for an empty, corrupt, encrypted, too large
    or unsupported input. An attachment that cannot be converted does not stop the message:
    its reason is in the message's PDF.
    """
    naam = schone_naam(bestandsnaam) or "document"
    return _zet_om(data, naam, naam, _stam(naam), 0)


def _zet_om(data: bytes, naam: str, herkomst: str, stam: str, diepte: int) -> list[Omgezet]:
    if not data:
        raise NietOmTeZetten(LEEG)
    if len(data) > MAX_BESTANDSGROOTTE:
        raise NietOmTeZetten(
            f"Het bestand is te groot ({len(data) // (1024 * 1024)} MB); de grens is "
            f"{MAX_BESTANDSGROOTTE // (1024 * 1024)} MB."
        )
    type = herken(data, naam)
    uit = f"{stam}.pdf"
    if type.soort == "pdf":
        _controleer_pdf(data)
        return [Omgezet(uit, data, "pdf", herkomst)]
    if type.soort == "eml" or (type.soort == "tekst" and type.opgegeven_extensie == "eml"):
        return _bericht_naar_pdfs(_lees(lees_eml, data), herkomst, stam, diepte)
    if type.mime == OUTLOOK_MIME:
        return _bericht_naar_pdfs(_lees(lees_msg, data), herkomst, stam, diepte)
    if type.soort == "docx":
        return [Omgezet(uit, docx_naar_pdf(data, naam), "docx", herkomst)]
    if type.soort == "tekst" and type.mime == HTML_MIME:
        return [Omgezet(uit, html_bestand_naar_pdf(data, naam), "html", herkomst)]
    if type.soort == "tekst":
        return [Omgezet(uit, tekst_naar_pdf(data, naam), "tekst", herkomst)]
    if type.soort == "odt":
        return [Omgezet(uit, odt_naar_pdf(data, type, naam), "odt", herkomst)]
    omschrijving = type.omschrijving or type.mime
    raise NietOmTeZetten(
        f"Dit bestandstype ({omschrijving}) kan niet naar PDF worden omgezet; "
        "ondersteund zijn e-mail (.eml, .msg), Word (.docx), tekst en PDF."
    )


def _lees(lezer: Callable[[bytes], Bericht], data: bytes) -> Bericht:
    """The message read by the file intake's reader; its reason becomes ours."""
    try:
        return lezer(data)
    except OnleesbaarBestand as fout:
        raise NietOmTeZetten(fout.reden) from fout


def _controleer_pdf(data: bytes) -> None:
    try:
        with pymupdf.open(stream=data, filetype="pdf") as document:
            if document.needs_pass:
                raise NietOmTeZetten(PDF_VERSLEUTELD)
            if document.page_count < 1:
                raise NietOmTeZetten(PDF_BESCHADIGD)
    except NietOmTeZetten:
        raise
    except Exception as fout:  # pymupdf raises its own kinds for a broken file
        raise NietOmTeZetten(PDF_BESCHADIGD) from fout


def _bericht_naar_pdfs(bericht: Bericht, herkomst: str, stam: str, diepte: int) -> list[Omgezet]:
    """The message's PDF, then what each attachment became."""
    bijlagen: list[Omgezet] = []
    regels: list[str] = []
    for volgnummer, bijlage in enumerate(bericht.bijlagen, start=1):
        bijlagenaam = schone_naam(bijlage.naam) or f"bijlage-{volgnummer}"
        waar = f"{herkomst} / bijlage {volgnummer}: {bijlagenaam}"
        bijlagestam = _inkorten(f"{stam} - bijlage {volgnummer} - {_stam(bijlagenaam)}")
        try:
            if diepte + 1 > MAX_DIEPTE and (bijlage.bericht or _is_bericht(bijlage.data)):
                raise NietOmTeZetten("Het bericht is te diep in andere berichten genest.")
            if bijlage.bericht is not None:
                omgezet = _bericht_naar_pdfs(bijlage.bericht, waar, bijlagestam, diepte + 1)
            elif _omzetbaar(bijlage.data, bijlagenaam):
                omgezet = _zet_om(bijlage.data, bijlagenaam, waar, bijlagestam, diepte + 1)
            else:
                omgezet = []
        except NietOmTeZetten as fout:
            status = f"niet omgezet: {fout.reden}"
        else:
            if not omgezet:
                status = "niet omgezet: dit bestandstype wordt niet ondersteund"
            elif omgezet[0].soort == "pdf":
                status = f"PDF, apart opgenomen als \u2018{omgezet[0].bestandsnaam}\u2019"
            else:
                status = f"omgezet naar \u2018{omgezet[0].bestandsnaam}\u2019"
            bijlagen.extend(omgezet)
        regels.append(
            f'<li>{tekst_html(bijlagenaam)} <span class="opmerking">'
            f"({tekst_html(bijlage.mime)}, {_grootte(len(bijlage.data))}) "
            f"\u2014 {tekst_html(status)}</span></li>"
        )
    hoofd = Omgezet(f"{stam}.pdf", _bericht_pdf(bericht, regels), bericht.soort, herkomst)
    return [hoofd, *bijlagen]


def _bericht_pdf(bericht: Bericht, bijlageregels: list[str]) -> bytes:
    onderwerp = bericht.onderwerp or "(geen onderwerp)"
    koppen = "".join(
        f"<tr><th>{tekst_html(label)}</th><td>{tekst_html(waarde or '—')}</td></tr>"
        for label, waarde in bericht.koppen()
    )
    delen = [f"<h1>{tekst_html(onderwerp)}</h1>", f'<table class="koppen">{koppen}</table>']
    if bijlageregels:
        delen.append(f'<p><strong>Bijlagen</strong></p><ul class="bijlagen">{"".join(bijlageregels)}</ul>')
    for waarschuwing in bericht.waarschuwingen:
        delen.append(f'<p class="opmerking">{tekst_html(waarschuwing)}</p>')
    if bericht.tekst is not None:
        lichaam = tekst_als_html(bericht.tekst)
    elif bericht.html is not None:
        html, ingekort = veilige_html(bericht.html)
        lichaam = html
        if ingekort:
            lichaam += '<p class="opmerking">(De HTML-tekst is te lang en is ingekort.)</p>'
    else:
        lichaam = '<p class="opmerking">(Dit bericht heeft geen tekst.)</p>'
    delen.append(f'<div class="lichaam">{lichaam}</div>')
    return maak_pdf(onderwerp, "".join(delen))


def _omzetbaar(data: bytes, naam: str) -> bool:
    type = herken(data, naam)
    return type.soort != "onbekend" or type.mime == OUTLOOK_MIME


def _is_bericht(data: bytes) -> bool:
    type = herken(data, "")
    return type.soort == "eml" or type.mime == OUTLOOK_MIME


def schone_naam(naam: str) -> str:
    """A file name without a folder, unsafe characters or surrounding blanks."""
    laatste = re.split(r"[\\/]", naam)[-1]
    return " ".join(_ONVEILIGE_TEKENS.sub(" ", laatste).split())[:200]


def _stam(naam: str) -> str:
    stam, punt, _extensie = naam.rpartition(".")
    return stam if punt and stam.strip(".") else naam


def _inkorten(stam: str) -> str:
    return stam if len(stam) <= 180 else stam[:180].rstrip()


def _grootte(aantal: int) -> str:
    if aantal < 1024:
        return f"{aantal} bytes"
    if aantal < 1024 * 1024:
        return f"{(aantal + 1023) // 1024} kB"
    return f"{aantal / (1024 * 1024):.1f} MB".replace(".", ",")
