"""Phase 5, inventaris: the inventory list of the request as XLSX (openpyxl, streamed) and as
PDF (WeasyPrint, rendered in parts of at most ``PDF_DEEL`` rows and joined), both written to a
temporary file and then renamed, so a stopped run never leaves half a file."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pymupdf
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from ministerie.bestanden.celveilig import veilige_cel, veilige_rij
from ministerie.lakken.conversie.opmaak import tekst_html

from .melden import Melder
from .pdfopmaak import render_deel
from .tellen import Tellingen, tel

XLSX_NAAM = "inventaris.xlsx"
PDF_NAAM = "inventaris.pdf"
PDF_DEEL = 1_000
#: The most worker processes that render parts of the PDF at the same time.
PDF_WERKERS = 2

_BRONMAP = Path(__file__).resolve().parents[3]

_SOORTEN = {
    "e-mail": "E-mail",
    "pdf": "PDF",
    "docx": "Word",
    "odt": "OpenDocument",
    "tekst": "Tekst",
}

XLSX_KOPPEN = (
    ("Nr.", 8),
    ("Titel", 50),
    ("Datum", 12),
    ("Soort", 12),
    ("Bijlage bij", 10),
    ("Dubbel van", 10),
    ("Bijna dubbel van", 10),
    ("Draad", 8),
    ("Volledigste in draad", 10),
    ("Voorgestelde beoordeling", 28),
    ("Voorgestelde gronden", 20),
    ("Opmerking", 50),
    ("Vindplaats", 60),
)

PDF_KOPPEN = (
    ("Nr.", "6%"),
    ("Titel", "22%"),
    ("Datum", "8%"),
    ("Soort", "7%"),
    ("Bijlage bij", "6%"),
    ("Dubbel van", "6%"),
    ("Draad", "8%"),
    ("Voorgestelde beoordeling", "15%"),
    ("Gronden", "8%"),
    ("Opmerking", ""),
)


@dataclass(frozen=True, slots=True)
class Rij:
    nr: int
    titel: str
    datum: str
    soort: str
    ouder: int | None
    dubbel_van: int | None
    bijna_dubbel_van: int | None
    draad: int | None
    draad_volledigste: int | None
    beoordeling: str
    gronden: str
    opmerking: str
    vindplaats: str
    onleesbaar: str | None = None

    @property
    def dag(self) -> date | None:
        try:
            return date.fromisoformat(self.datum[:10])
        except ValueError:
            return None

    @property
    def soortnaam(self) -> str:
        return _SOORTEN.get(self.soort, self.soort.upper())

    @property
    def draadtekst(self) -> str:
        if self.draad is None:
            return ""
        if self.draad_volledigste is None:
            return str(self.draad)
        if self.draad_volledigste == self.nr:
            return f"{self.draad} (volledigste)"
        return f"{self.draad} (zie {self.draad_volledigste})"

    @property
    def dubbeltekst(self) -> str:
        if self.dubbel_van is not None:
            return str(self.dubbel_van)
        if self.bijna_dubbel_van is not None:
            return f"\u2248 {self.bijna_dubbel_van}"
        return ""


def rijen(db: sqlite3.Connection) -> Iterator[Rij]:
    """The rows of the inventory, in number order."""
    for rij in db.execute(
        "SELECT nr, titel, datum, soort, ouder, dubbel_van, bijna_dubbel_van, draad, "
        "draad_volledigste, coalesce(beoordeling, ''), coalesce(gronden, ''), onleesbaar, "
        "waarschuwingen, detectie_fout, vindplaats FROM items ORDER BY nr"
    ):
        (
            nr,
            titel,
            datum,
            soort,
            ouder,
            dubbel,
            bijna,
            draad,
            volledigste,
            beoordeling,
            gronden,
            onleesbaar,
            waarschuwingen,
            detectie_fout,
            vindplaats,
        ) = rij
        opmerking = " ".join(
            deel
            for deel in (
                f"Onleesbaar: {onleesbaar}" if onleesbaar else "",
                waarschuwingen.replace("\n", " ") if waarschuwingen else "",
                f"Detectie mislukt: {detectie_fout}" if detectie_fout else "",
            )
            if deel
        )
        yield Rij(
            nr,
            titel,
            datum,
            soort,
            ouder,
            dubbel,
            bijna,
            draad,
            volledigste,
            beoordeling,
            gronden,
            opmerking,
            vindplaats,
            onleesbaar,
        )


def maak_inventaris(db: sqlite3.Connection, werkmap: Path, titel: str, melden: Melder) -> tuple[Path, Path]:
    tellingen = tel(db)
    melden("inventaris", 0, tellingen.items, "inventarislijst (XLSX)")
    xlsx = _schrijf_atomair(werkmap / XLSX_NAAM, lambda pad: _xlsx(db, pad, titel, tellingen))
    melden("inventaris", tellingen.items // 2, tellingen.items, "inventarislijst (PDF)")
    pdf = _schrijf_atomair(werkmap / PDF_NAAM, lambda pad: _pdf(db, pad, titel, tellingen, melden))
    melden("inventaris", tellingen.items, tellingen.items, "inventarislijst klaar")
    return xlsx, pdf


def _schrijf_atomair(doel: Path, schrijf: Callable[[Path], None]) -> Path:
    tijdelijk = doel.with_name(doel.name + ".deel")
    try:
        schrijf(tijdelijk)
        os.replace(tijdelijk, doel)
    finally:
        tijdelijk.unlink(missing_ok=True)
    return doel


def _xlsx(db: sqlite3.Connection, pad: Path, titel: str, tellingen: Tellingen) -> None:
    boek = Workbook(write_only=True)
    blad = boek.create_sheet("Inventarislijst")
    for index, (_kop, breedte) in enumerate(XLSX_KOPPEN):
        blad.column_dimensions[chr(ord("A") + index)].width = breedte
    blad.freeze_panes = "A2"
    vet = Font(bold=True)
    koprij = []
    for kop, _breedte in XLSX_KOPPEN:
        cel = WriteOnlyCell(blad, value=kop)
        cel.font = vet
        koprij.append(cel)
    blad.append(koprij)
    onleesbaar: list[Rij] = []
    for rij in rijen(db):
        datum = WriteOnlyCell(blad, value=rij.dag or (rij.datum or None))
        if rij.dag:
            datum.number_format = "DD-MM-YYYY"
        blad.append(
            [
                rij.nr,
                _tekstcel(blad, rij.titel),
                datum,
                *veilige_rij(
                    [
                        rij.soortnaam,
                        rij.ouder,
                        rij.dubbel_van,
                        rij.bijna_dubbel_van,
                        rij.draad,
                        rij.draad_volledigste,
                        rij.beoordeling,
                        rij.gronden,
                    ]
                ),
                _tekstcel(blad, rij.opmerking),
                _tekstcel(blad, rij.vindplaats),
            ]
        )
        if rij.onleesbaar is not None:
            onleesbaar.append(rij)
    laatste = chr(ord("A") + len(XLSX_KOPPEN) - 1)
    blad.auto_filter.ref = f"A1:{laatste}{tellingen.items + 1}"

    blad2 = boek.create_sheet("Onleesbaar")
    blad2.append(["Nr.", "Titel", "Vindplaats", "Reden"])
    for rij in onleesbaar:
        blad2.append(
            [
                rij.nr,
                _tekstcel(blad2, rij.titel),
                _tekstcel(blad2, rij.vindplaats),
                _tekstcel(blad2, rij.onleesbaar or ""),
            ]
        )

    blad3 = boek.create_sheet("Samenvatting")
    blad3.append(["Inventarislijst", _tekstcel(blad3, titel)])
    for naam, waarde in tellingen.als_rijen():
        blad3.append([naam, waarde])
    boek.save(pad)


def _tekstcel(blad: Any, tekst: str) -> WriteOnlyCell:
    """A cell that holds ``tekst`` as text, whatever it looks like: a title starting with "="
    is never taken for a formula (stored as text, and with the apostrophe of the one export
    rule, so a copy to CSV stays safe too), and characters XLSX cannot hold are left out."""
    cel = WriteOnlyCell(blad, value=veilige_cel(ILLEGAL_CHARACTERS_RE.sub("", tekst)))
    cel.data_type = "s"
    return cel


def _pdf(db: sqlite3.Connection, pad: Path, titel: str, tellingen: Tellingen, melden: Melder) -> None:
    geheel = pymupdf.open()
    gedaan = 0
    delen = _html_delen(db, titel, tellingen)
    for aantal, data in _render_op_volgorde(delen, pad.parent, tellingen.items > PDF_DEEL):
        with pymupdf.open(stream=data, filetype="pdf") as stuk:
            geheel.insert_pdf(stuk)
        gedaan += aantal
        melden("inventaris", tellingen.items // 2 + gedaan // 2, tellingen.items, f"PDF: {gedaan} rijen")
    totaal = geheel.page_count
    for index in range(totaal):
        pagina = geheel[index]
        breedte, hoogte = pagina.rect.width, pagina.rect.height
        pagina.insert_text(
            (breedte - 100, hoogte - 18),
            f"pagina {index + 1} van {totaal}",
            fontsize=7,
            fontname="helv",
            color=(0.3, 0.3, 0.3),
        )
    geheel.set_metadata({"title": f"Inventarislijst {titel}", "producer": "ministerie.lakken"})
    geheel.save(pad, garbage=3, deflate=True)
    geheel.close()


def _html_delen(db: sqlite3.Connection, titel: str, tellingen: Tellingen) -> Iterator[tuple[int, str]]:
    """The inventory as HTML pages of at most ``PDF_DEEL`` rows, with the row counts."""
    deel: list[str] = []
    eerste = True
    for rij in rijen(db):
        deel.append(_pdfrij(rij))
        if len(deel) >= PDF_DEEL:
            yield len(deel), _html_deel(deel, titel, tellingen, eerste)
            deel, eerste = [], False
    if deel or eerste:
        yield len(deel), _html_deel(deel, titel, tellingen, eerste)


def _render_op_volgorde(
    delen: Iterator[tuple[int, str]], werkmap: Path, parallel: bool
) -> Iterator[tuple[int, bytes]]:
    """Each part rendered to PDF, in order. With more than one core the parts are written to
    the work folder and rendered by ``PDF_WERKERS`` worker processes (each its share), which
    are ended if this stops early; a part a worker did not render is rendered here."""
    werkers = min(PDF_WERKERS, os.cpu_count() or 1)
    if not parallel or werkers < 2 or not sys.executable:
        for aantal, html in delen:
            yield aantal, render_deel(html)
        return
    for oud in werkmap.glob("inventaris-delen-*"):  # left by a run that was stopped
        shutil.rmtree(oud, ignore_errors=True)
    map_ = werkmap / f"inventaris-delen-{os.getpid()}"
    map_.mkdir()
    bestanden: list[tuple[int, Path]] = []
    for index, (aantal, html) in enumerate(delen):
        pad = map_ / f"deel-{index:05d}.html"
        pad.write_text(html, encoding="utf-8")
        bestanden.append((aantal, pad))
    omgeving = dict(os.environ)
    omgeving["PYTHONPATH"] = os.pathsep.join(p for p in (str(_BRONMAP), omgeving.get("PYTHONPATH", "")) if p)
    processen = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "ministerie.lakken.bulk.pdfwerker",
                *(str(pad) for _aantal, pad in bestanden[k::werkers]),
            ],
            env=omgeving,
            stdin=subprocess.DEVNULL,
        )
        for k in range(werkers)
    ]
    try:
        for index, (aantal, pad) in enumerate(bestanden):
            proces = processen[index % werkers]
            doel = pad.with_suffix(".pdf")
            while not doel.exists() and proces.poll() is None:
                time.sleep(0.05)
            if doel.exists():
                yield aantal, doel.read_bytes()
            else:  # the worker failed (it could not start, say): render the part here
                yield aantal, render_deel(pad.read_text(encoding="utf-8"))
    finally:
        for proces in processen:
            if proces.poll() is None:
                proces.kill()
            proces.wait()
        shutil.rmtree(map_, ignore_errors=True)


def _html_deel(deel: list[str], titel: str, tellingen: Tellingen, eerste: bool) -> str:
    kolommen = "".join(
        f'<col style="width: {breedte}">' if breedte else "<col>" for _naam, breedte in PDF_KOPPEN
    )
    kop = "".join(f"<th>{tekst_html(naam)}</th>" for naam, _breedte in PDF_KOPPEN)
    inleiding = ""
    if eerste:
        samenvatting = "; ".join(f"{naam}: {waarde}" for naam, waarde in tellingen.als_rijen())
        inleiding = (
            f"<h1>Inventarislijst {tekst_html(titel)}</h1>"
            f'<p class="samenvatting">{tekst_html(samenvatting)}</p>'
        )
    return (
        f"{inleiding}<table><colgroup>{kolommen}</colgroup><thead><tr>{kop}</tr></thead>"
        f"<tbody>{''.join(deel)}</tbody></table>"
    )


def _pdfrij(rij: Rij) -> str:
    dag = rij.dag
    cellen = (
        str(rij.nr),
        rij.titel,
        dag.strftime("%d-%m-%Y") if dag else rij.datum,
        rij.soortnaam,
        str(rij.ouder) if rij.ouder is not None else "",
        rij.dubbeltekst,
        rij.draadtekst,
        rij.beoordeling,
        rij.gronden,
        rij.opmerking,
    )
    return "<tr>" + "".join(f"<td>{tekst_html(c)}</td>" for c in cellen) + "</tr>"
