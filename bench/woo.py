"""A whole Woo request at scale: a generated delivery of N documents (text PDFs, DOCX, e-mail
threads with attachments in a mailbox, about 5% scans) into one request, through the real
services and the real job queue (``ministerie worker`` processes on SQLite):

    python bench/woo.py [--aantal 1000] [--map /tmp/woo-bench] [--stop-fase aanlevering|beoordeling]
                        [--stop-bij 0.5] [--zonder-stop]

Stages, as a coordinator starts them: the delivery (a ZIP and an mbox: reading, exact and near
duplicates, e-mail threads, conversion, detection with proposed redactions), the assessment in
bulk (proposals accepted, every file redacted and checked, ahead in a pool of one process per
core), and the decision (inventory and the decision letter with the memo to the minister, the
job ``verwerking.start_besluit_opstellen``). Runs it twice on fresh data folders: once
uninterrupted, and once with the worker killed (SIGKILL) when the given stage is at the given
fraction, then a new worker started (it picks the job up again). Prints wall time per stage,
pages per second, and whether the package (every redacted file, the inventory, the decision
letter) is identical between the two runs, by SHA-256. Not a test: it prints figures (and exits
1 if the packages differ).
"""

from __future__ import annotations

import argparse
import email.message
import email.utils
import io
import json
import mailbox
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

WORTEL = Path(__file__).resolve().parents[1]
MINISTERIE = Path(sys.executable).with_name("ministerie")
STADIA = ("aanlevering", "beoordeling")

VOORNAMEN = ["Jan", "Fatima", "Pieter", "Sanne", "Mohammed", "Els", "Kees", "Lotte", "Ahmet", "Noor"]
ACHTERNAMEN = ["Jansen", "de Vries", "Bakker", "El Amrani", "Visser", "Smit", "Yilmaz", "Mulder", "Bos"]
ONDERWERPEN = [
    "woningbouwimpuls",
    "huurtoeslag",
    "de Omgevingswet",
    "de rijksdienst",
    "de provinciale verkiezingen",
    "digitale overheid",
    "de Caribische delen van het Koninkrijk",
    "integriteit van bestuurders",
]
ZINNEN = [
    "Het ministerie werkt samen met gemeenten aan {o}.",
    "In het overleg van vorige week is gesproken over de voortgang van {o}.",
    "De directie vraagt om een nadere analyse van de gevolgen van {o} voor de begroting.",
    "Graag ontvang ik voor vrijdag de cijfers over {o}, zodat de nota kan worden afgerond.",
    "De Kamer heeft in een motie gevraagd om een evaluatie van {o}.",
    "Uit de gesprekken met provincies blijkt dat er draagvlak is voor {o}.",
]


def _persoon(rnd: random.Random) -> str:
    return f"{rnd.choice(VOORNAMEN)} {rnd.choice(ACHTERNAMEN)}"


def _bsn(rnd: random.Random) -> str:
    while True:
        cijfers = [rnd.randint(0, 9) for _ in range(8)]
        som = sum((9 - i) * c for i, c in enumerate(cijfers))
        for laatste in range(10):
            if (som - laatste) % 11 == 0 and cijfers[0]:
                return "".join(map(str, cijfers)) + str(laatste)


def _alinea(rnd: random.Random) -> str:
    o = rnd.choice(ONDERWERPEN)
    delen = [rnd.choice(ZINNEN).format(o=o) for _ in range(rnd.randint(3, 6))]
    keuze = rnd.random()
    if keuze < 0.3:
        delen.append(f"Contactpersoon is {_persoon(rnd)}, telefoon 06-{rnd.randint(10000000, 99999999)}.")
    elif keuze < 0.45:
        delen.append(f"Het gaat om de aanvraag van burger met BSN {_bsn(rnd)}.")
    elif keuze < 0.6:
        naam = _persoon(rnd)
        delen.append(f"Mail {naam} via {naam.split()[0].lower()}.{rnd.randint(1, 99)}@voorbeeld.nl.")
    return " ".join(delen)


def _pdf(rnd: random.Random, paginas: int, *, scan: bool = False) -> bytes:
    import pymupdf

    doc = pymupdf.open()
    for _ in range(paginas):
        pagina = doc.new_page(width=595, height=842)
        tekst = "\n\n".join(_alinea(rnd) for _ in range(4))
        pagina.insert_textbox(pymupdf.Rect(60, 60, 535, 790), tekst, fontsize=10, fontname="helv")
    if not scan:
        return doc.tobytes(no_new_id=True)
    # a scan: each page an image only (150 dpi), no text layer, so the system must OCR it
    uit = pymupdf.open()
    for pagina in doc:
        beeld = pagina.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
        nieuw = uit.new_page(width=595, height=842)
        nieuw.insert_image(nieuw.rect, stream=beeld.tobytes("png"))
    return uit.tobytes(no_new_id=True, deflate=True)


def _docx(rnd: random.Random, alineas: int) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(f"Notitie over {rnd.choice(ONDERWERPEN)}", level=1)
    for _ in range(alineas):
        document.add_paragraph(_alinea(rnd))
    uit = io.BytesIO()
    document.save(uit)
    return uit.getvalue()


def maak_levering(aantal: int, map_: Path, seed: int = 2027) -> tuple[Path, Path]:
    """The delivery: ``levering.zip`` (PDFs, DOCX, scans, a few exact and near copies) and
    ``postvak.mbox`` (threads, attachments), about 10 pages per document on average."""
    rnd = random.Random(seed)
    zip_pad, mbox_pad = map_ / "levering.zip", map_ / "postvak.mbox"
    n_mail = aantal // 4
    n_scan = max(1, aantal // 20)
    n_docx = aantal // 5
    n_pdf = aantal - n_mail - n_scan - n_docx
    eerder: list[tuple[str, bytes]] = []
    with zipfile.ZipFile(zip_pad, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(n_pdf):
            if eerder and rnd.random() < 0.03:  # an exact copy in another folder
                naam, data = rnd.choice(eerder)
                z.writestr(zipfile.ZipInfo(f"kopie/{naam}", (2026, 1, 1, 0, 0, 0)), data)
                continue
            data = _pdf(rnd, rnd.choice([2, 4, 8, 12, 16, 20, 24]))
            naam = f"notitie-{i:04d}.pdf"
            eerder.append((naam, data))
            z.writestr(zipfile.ZipInfo(f"pdf/{naam}", (2026, 1, 1, 0, 0, 0)), data)
        for i in range(n_docx):
            z.writestr(
                zipfile.ZipInfo(f"word/memo-{i:04d}.docx", (2026, 1, 1, 0, 0, 0)),
                _docx(rnd, rnd.randint(6, 30)),
            )
        for i in range(n_scan):
            z.writestr(
                zipfile.ZipInfo(f"scans/scan-{i:04d}.pdf", (2026, 1, 1, 0, 0, 0)),
                _pdf(rnd, rnd.choice([1, 2]), scan=True),
            )
    postvak = mailbox.mbox(str(mbox_pad))
    draad: list[str] = []
    for i in range(n_mail):
        bericht = email.message.EmailMessage()
        afzender = _persoon(rnd)
        bericht["From"] = f"{afzender} <{afzender.split()[0].lower()}@voorbeeld.nl>"
        bericht["To"] = "beleid@minbzk.nl"
        bericht["Date"] = email.utils.format_datetime(
            email.utils.parsedate_to_datetime("Mon, 2 Mar 2026 09:00:00 +0100").replace(minute=i % 60)
        )
        bericht["Message-ID"] = f"<bericht-{i}@voorbeeld.nl>"
        if draad and rnd.random() < 0.4:  # a reply in a thread
            bericht["Subject"] = "Re: " + rnd.choice(ONDERWERPEN)
            bericht["In-Reply-To"] = bericht["References"] = rnd.choice(draad)
        else:
            bericht["Subject"] = "Over " + rnd.choice(ONDERWERPEN)
        draad.append(bericht["Message-ID"])
        bericht.set_content("\n\n".join(_alinea(rnd) for _ in range(rnd.randint(2, 8))))
        if rnd.random() < 0.3:
            bericht.add_attachment(
                _pdf(rnd, rnd.choice([2, 4, 6])),
                maintype="application",
                subtype="pdf",
                filename=f"bijlage-{i}.pdf",
            )
        postvak.add(bericht)
    postvak.flush()
    postvak.close()
    return zip_pad, mbox_pad


# ---- the child processes: Django code run through `ministerie shell -c` ----

OPZET = """
from datetime import date
from ministerie.core.models import Gebruiker
from ministerie.woo import services, verwerking
jurist = Gebruiker.objects.get(username="jurist")
verzoek = services.registreer_verzoek(door=jurist, kanaal="email", onderwerp="Woningbouw en huurtoeslag",
    omschrijving="Alle stukken over woningbouw en huurtoeslag 2026", verzoeker_email="verzoeker@example.org",
    ontvangen_op=date.today())
services.neem_in_behandeling(verzoek, door=jurist)
bestanden = [(p.name, p.read_bytes()) for p in map(__import__("pathlib").Path, {bestanden!r})]
v = verwerking.start_aanlevering(verzoek, door=jurist, bestanden=bestanden)
print(v.pk)
"""
BEOORDELEN = """
from ministerie.core.models import Gebruiker
from ministerie.woo import verwerking
from ministerie.woo.models import Verzoek
from django.db.models import Count
verzoek, jurist = Verzoek.objects.get(), Gebruiker.objects.get(username="jurist")
documenten = verzoek.documenten.annotate(n=Count("passages"))
# with proposals: deels openbaar, the proposals accepted; without any: openbaar
met = list(documenten.filter(n__gt=0).values_list("nummer", flat=True))
zonder = list(documenten.filter(n=0).values_list("nummer", flat=True))
pks = [verwerking.start_beoordeling(verzoek, door=jurist, nummers=met, beoordeling="deels_openbaar").pk]
if zonder:
    pks.append(verwerking.start_beoordeling(verzoek, door=jurist, nummers=zonder, beoordeling="openbaar").pk)
print(" ".join(map(str, pks)))
"""
BESLUIT = """
from ministerie.core.models import Gebruiker
from ministerie.woo import besluit, verwerking
from ministerie.woo.models import Verzoek
verzoek, jurist = Verzoek.objects.get(), Gebruiker.objects.get(username="jurist")
besluit.sla_motiveringen_op(verzoek, door=jurist, motiveringen={
    g: "Het belang van de bescherming van de persoonlijke levenssfeer weegt zwaarder dan het belang "
       "van openbaarheid van deze gegevens." for g in besluit.gebruikte_gronden(verzoek)})
print(verwerking.start_besluit_opstellen(verzoek, door=jurist).pk)
"""
PAKKET = """
import hashlib, json
from ministerie.woo.models import Verzoek
verzoek = Verzoek.objects.get()
def h(f):
    with f.open("rb") as b:
        return hashlib.sha256(b.read()).hexdigest()
documenten = verzoek.documenten.order_by("nummer")
pakket = {{f"document-{{d.nummer:04d}}.pdf": h(d.gelakt_pdf) for d in documenten if d.gelakt_pdf}}
pakket["inventarislijst.pdf"] = h(verzoek.inventaris_pdf)
pakket["inventarislijst.xlsx"] = h(verzoek.inventaris_xlsx)
pakket["besluit.pdf"] = h(verzoek.besluit_pdf)
paginas = sum(verzoek.documenten.values_list("paginas", flat=True))
uitkomst = {{"pakket": pakket, "documenten": documenten.count(), "paginas": paginas}}
open({uit!r}, "w").write(json.dumps(uitkomst))
"""


def _omgeving(data: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="ministerie.conf.dev",
        MINISTERIE_DATA_DIR=str(data),
        MINISTERIE_HARTSLAG_SECONDEN="1",
        MINISTERIE_HARTSLAG_VERLOOP_SECONDEN="4",
    )
    env.pop("DATABASE_URL", None)
    return env


def _ministerie(env: dict[str, str], *args: str) -> str:
    uit = subprocess.run([str(MINISTERIE), *args], env=env, capture_output=True, text=True, cwd=WORTEL)
    if uit.returncode != 0:
        raise SystemExit(f"ministerie {' '.join(args)[:80]} faalde:\n{uit.stderr[-3000:]}")
    return uit.stdout


def _werker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [str(MINISTERIE), "worker"],
        env=env,
        cwd=WORTEL,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def _stand(data: Path, pk: int) -> tuple[str, str, int, int]:
    db = sqlite3.connect(data / "ministerie.sqlite3", timeout=30)
    try:
        rij = db.execute(
            "SELECT status, fase, gedaan, totaal FROM woo_verwerking WHERE id = ?", (pk,)
        ).fetchone()
    finally:
        db.close()
    return rij


def _wacht(
    env: dict[str, str],
    data: Path,
    pk: int,
    werker: subprocess.Popen[bytes],
    log: Path,
    *,
    stop_bij: float | None,
) -> tuple[subprocess.Popen[bytes], bool]:
    """Wait until job ``pk`` is done; with ``stop_bij``, kill the worker once when the work is
    that far (SIGKILL, the whole process group) and start a new one."""
    gedood = False
    while True:
        status, fase, gedaan, totaal = _stand(data, pk)
        if status == "klaar":
            return werker, gedood
        if status == "mislukt":
            raise SystemExit(f"De verwerking {pk} mislukte; zie {log}")
        voorbij = (
            fase in ("toevoegen", "beoordelen, lakken en controleren")
            and totaal
            and gedaan / totaal >= (stop_bij or 0)
        )
        if stop_bij is not None and not gedood and voorbij:
            os.killpg(werker.pid, signal.SIGKILL)
            werker.wait()
            print(
                f"    verwerker gedood (SIGKILL) bij {gedaan} van {totaal}; nieuwe verwerker gestart",
                flush=True,
            )
            werker, gedood = _werker(env, log), True
        time.sleep(0.5)


def draai(levering: list[Path], data: Path, *, stop_fase: str | None, stop_bij: float) -> dict[str, Any]:
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir(parents=True)
    env = _omgeving(data)
    log = data / "verwerker.log"
    _ministerie(env, "migrate", "--noinput")
    _ministerie(env, "organisatie", "laad", str(WORTEL / "data" / "bzk-2021"))
    _ministerie(env, "gebruiker", "maak", "jurist", "--rol", "jurist_czw", "--eenheid", "czw")
    _ministerie(env, "gebruiker", "maak", "minister", "--rol", "bewindspersoon", "--eenheid", "minister-bzk")
    tijden: dict[str, float] = {}
    werker = _werker(env, log)
    try:
        begin = time.perf_counter()
        pk = int(
            _ministerie(env, "shell", "-c", OPZET.format(bestanden=[str(p) for p in levering])).split()[-1]
        )
        werker, _ = _wacht(
            env, data, pk, werker, log, stop_bij=stop_bij if stop_fase == "aanlevering" else None
        )
        tijden["aanlevering"] = time.perf_counter() - begin
        begin = time.perf_counter()
        pks = map(int, _ministerie(env, "shell", "-c", BEOORDELEN).splitlines()[-1].split())
        stop = stop_bij if stop_fase == "beoordeling" else None
        for pk in pks:  # the kill, if any, in the first (the largest) job
            werker, _ = _wacht(env, data, pk, werker, log, stop_bij=stop)
            stop = None
        tijden["beoordeling"] = time.perf_counter() - begin
        begin = time.perf_counter()
        pk = int(_ministerie(env, "shell", "-c", BESLUIT).split()[-1])
        werker, _ = _wacht(env, data, pk, werker, log, stop_bij=None)
        tijden["besluit"] = time.perf_counter() - begin
    finally:
        os.killpg(werker.pid, signal.SIGTERM)
        werker.wait()
    uit = data / "pakket.json"
    _ministerie(env, "shell", "-c", PAKKET.format(uit=str(uit)))
    gegevens = json.loads(uit.read_text())
    gegevens["tijden"] = tijden
    return gegevens


def _toon(naam: str, uitkomst: dict[str, Any]) -> None:
    t = uitkomst["tijden"]
    totaal = sum(t.values())
    print(
        f"  {naam}: {uitkomst['documenten']} documenten, {uitkomst['paginas']} pagina's; "
        + ", ".join(f"{k} {v:.0f} s" for k, v in t.items())
        + f"; samen {totaal:.0f} s ({totaal / 60:.1f} min), {uitkomst['paginas'] / totaal:.1f} pagina's/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=1000)
    parser.add_argument("--map", type=Path, default=Path("/tmp/woo-bench"))
    parser.add_argument("--stop-fase", choices=STADIA, default="beoordeling")
    parser.add_argument("--stop-bij", type=float, default=0.5)
    parser.add_argument("--zonder-stop", action="store_true", help="alleen de ononderbroken run")
    args = parser.parse_args()
    args.map.mkdir(parents=True, exist_ok=True)
    begin = time.perf_counter()
    levering = list(maak_levering(args.aantal, args.map))
    grootte = sum(p.stat().st_size for p in levering) / 1e6
    duur = time.perf_counter() - begin
    print(f"Levering van {args.aantal} documenten gemaakt in {duur:.0f} s ({grootte:.0f} MB)")
    heel = draai(levering, args.map / "ononderbroken", stop_fase=None, stop_bij=0)
    _toon("ononderbroken", heel)
    if args.zonder_stop:
        return
    print(f"  gedood tijdens {args.stop_fase} bij {args.stop_bij:.0%}:", flush=True)
    gestopt = draai(levering, args.map / "gedood", stop_fase=args.stop_fase, stop_bij=args.stop_bij)
    _toon("gedood en herstart", gestopt)
    verschil = sorted(
        k
        for k in set(heel["pakket"]) | set(gestopt["pakket"])
        if heel["pakket"].get(k) != gestopt["pakket"].get(k)
    )
    if verschil:
        print(f"  ANDERS: {len(verschil)} bestand(en) van het pakket verschillen: {', '.join(verschil[:10])}")
        raise SystemExit(1)
    print(f"  Het pakket is gelijk: {len(heel['pakket'])} bestanden, elk met dezelfde SHA-256.")


if __name__ == "__main__":
    main()
