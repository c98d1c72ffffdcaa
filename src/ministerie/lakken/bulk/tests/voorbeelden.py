"""Generated inputs for the bulk tests and the benchmark: documents, messages and mailboxes
with known duplicates, near-duplicates and threads. Deterministic for a given seed."""

from __future__ import annotations

import io
import mailbox
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import docx

WOORDEN = (
    "de minister heeft het besluit over de subsidie voor het project genomen na overleg met "
    "de provincie gemeente directie afdeling beleid uitvoering wet regeling begroting nota "
    "advies vergadering agenda verslag planning overleg brief reactie vraag antwoord termijn "
    "rapport onderzoek evaluatie kamerbrief toezegging motie amendement begrotingspost "
    "financiering kosten baten risico maatregel aanpak voorstel besluitvorming woo verzoek "
    "stukken openbaarmaking dossier memo concept definitief versie wijziging aanvulling "
    "bespreking uitnodiging afspraak donderdag vrijdag maandag dinsdag woensdag middag ochtend"
).split()

VOORNAMEN = ("Jan", "Piet", "Kees", "Anna", "Fatima", "Mohammed", "Sanne", "Daan", "Eva", "Lucas")
ACHTERNAMEN = ("Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder")

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def zinnen(rng: random.Random, aantal_woorden: int) -> str:
    woorden = [rng.choice(WOORDEN) for _ in range(aantal_woorden)]
    zinnen = []
    for i in range(0, len(woorden), 12):
        zin = " ".join(woorden[i : i + 12])
        zinnen.append(zin[:1].upper() + zin[1:] + ".")
    return " ".join(zinnen)


def maak_docx(alineas: Iterable[str], kop: str = "Nota") -> bytes:
    document = docx.Document()
    document.add_heading(kop, level=1)
    for alinea in alineas:
        document.add_paragraph(alinea)
    uit = io.BytesIO()
    document.save(uit)
    return uit.getvalue()


def bericht(
    *,
    van: str,
    aan: str,
    onderwerp: str,
    tekst: str,
    message_id: str,
    datum: datetime,
    in_reply_to: str | None = None,
    referenties: Iterable[str] = (),
    bijlagen: Iterable[tuple[str, str, bytes]] = (),
    cc: str | None = None,
) -> EmailMessage:
    m = EmailMessage()
    m["From"] = van
    m["To"] = aan
    if cc:
        m["Cc"] = cc
    m["Subject"] = onderwerp
    m["Date"] = format_datetime(datum)
    m["Message-ID"] = message_id
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    refs = list(referenties)
    if refs:
        m["References"] = " ".join(refs)
    m.set_content(tekst)
    for naam, mime, data in bijlagen:
        hoofd, sub = mime.split("/", 1)
        m.add_attachment(data, maintype=hoofd, subtype=sub, filename=naam)
    return m


def citeer(tekst: str, van: str, datum: datetime) -> str:
    regels = "\n".join(f"> {r}" if r else ">" for r in tekst.split("\n"))
    return f"Op {datum:%d-%m-%Y %H:%M} schreef {van}:\n{regels}"


def schrijf_mbox(pad: Path, berichten: Iterable[EmailMessage | bytes]) -> Path:
    """An mbox with ``berichten`` in order (written by the standard library)."""
    postvak = mailbox.mbox(pad)
    postvak.lock()
    try:
        for m in berichten:
            postvak.add(m)
        postvak.flush()
    finally:
        postvak.unlock()
        postvak.close()
    return pad


@dataclass
class Postvak:
    """What a generated mailbox holds, for checking the outcome."""

    berichten: list[EmailMessage] = field(default_factory=list)
    dubbel_van: dict[int, int] = field(default_factory=dict)  # index -> index of original
    bijna_van: dict[int, int] = field(default_factory=dict)
    antwoorden: int = 0
    onleesbare_bijlagen: int = 0
    bijlagen: int = 0


def genereer_postvak(aantal: int, zaad: int = 7, *, docx_bijlagen: bool = True) -> Postvak:
    """``aantal`` messages: new conversations, replies that quote the message before them,
    exact copies (the same Message-ID, as in a second mailbox), near-copies (one word changed,
    a new Message-ID), and attachments (text, Word, and now and then a corrupt Word file)."""
    rng = random.Random(zaad)
    uit = Postvak()
    begin = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    docx_varianten = [maak_docx([zinnen(rng, 40)], f"Nota {i}") for i in range(5)]
    open_draden: list[dict[str, Any]] = []
    roots: list[tuple[int, str, str]] = []
    for index in range(aantal):
        datum = begin + timedelta(minutes=7 * index)
        keuze = rng.random()
        persoon = f"{rng.choice(VOORNAMEN)} {rng.choice(ACHTERNAMEN)}"
        adres = f"{persoon.split()[0].lower()}.{index}@minvws.example"
        van = f"{persoon} <{adres}>"
        aan = f"team{rng.randrange(20)}@minvws.example"
        mid = f"<b{index}.{zaad}@minvws.example>"
        if keuze < 0.08 and index > 0:
            origineel = rng.randrange(index)
            while origineel in uit.dubbel_van:
                origineel = uit.dubbel_van[origineel]
            kopie = _kopie(uit.berichten[origineel])
            uit.berichten.append(kopie)
            uit.dubbel_van[index] = origineel
            continue
        if keuze < 0.14 and roots:
            bron_index, onderwerp, tekst = rng.choice(roots)
            woorden = tekst.split(" ")
            plek = rng.randrange(len(woorden))
            woorden[plek] = "gewijzigd"
            m = bericht(
                van=van, aan=aan, onderwerp=onderwerp, tekst=" ".join(woorden), message_id=mid, datum=datum
            )
            uit.berichten.append(m)
            uit.bijna_van[index] = bron_index
            continue
        if keuze < 0.50 and open_draden:
            draad = rng.choice(open_draden)
            telefoon = f"06-{rng.randrange(10**7, 10**8)}"
            eigen = zinnen(rng, rng.randrange(15, 40)) + f"\n\nGroet,\n{persoon}\n{telefoon}"
            tekst = eigen + "\n\n" + citeer(draad["tekst"], draad["van"], draad["datum"])
            m = bericht(
                van=van,
                aan=aan,
                onderwerp="Re: " + draad["onderwerp"],
                tekst=tekst,
                message_id=mid,
                datum=datum,
                in_reply_to=draad["mid"],
                referenties=[*draad["refs"], draad["mid"]],
            )
            draad.update(tekst=tekst, van=van, datum=datum, refs=[*draad["refs"], draad["mid"]], mid=mid)
            uit.antwoorden += 1
            uit.berichten.append(m)
            if len(draad["refs"]) > 6:
                open_draden.remove(draad)
            continue
        onderwerp = " ".join(rng.choice(WOORDEN) for _ in range(4)).capitalize() + f" {index}"
        tekst = zinnen(rng, rng.randrange(30, 90)) + f"\n\nMet vriendelijke groet,\n{persoon}"
        bijlagen: list[tuple[str, str, bytes]] = []
        if rng.random() < 0.15:
            soort = rng.random()
            if soort < 0.1:
                bijlagen.append(("kapot.docx", DOCX_MIME, b"PK\x03\x04 dit is geen docx"))
                uit.onleesbare_bijlagen += 1
            elif soort < 0.5 and docx_bijlagen:
                bijlagen.append((f"nota-{index}.docx", DOCX_MIME, rng.choice(docx_varianten)))
            else:
                bijlagen.append((f"notitie-{index}.txt", "text/plain", zinnen(rng, 25).encode("cp1252")))
            uit.bijlagen += 1
        m = bericht(
            van=van, aan=aan, onderwerp=onderwerp, tekst=tekst, message_id=mid, datum=datum, bijlagen=bijlagen
        )
        uit.berichten.append(m)
        roots.append((index, onderwerp, tekst))
        open_draden.append(
            {"tekst": tekst, "van": van, "datum": datum, "refs": [], "mid": mid, "onderwerp": onderwerp}
        )
        if len(open_draden) > 30:
            open_draden.pop(0)
    return uit


def _kopie(m: EmailMessage) -> EmailMessage:
    """The same message as found in another mailbox: one extra header, other bytes."""
    kopie = message_from_bytes(m.as_bytes(), policy=policy.default)
    assert isinstance(kopie, EmailMessage)
    kopie["X-Postvak"] = "archief"
    return kopie


_SPAN = re.compile(r"\b06-\d{8}\b|[\w.+-]+@[\w-]+\.[\w.]+")


@dataclass(frozen=True)
class NepSpan:
    start: int
    end: int
    label: str
    grond: str
    tekst: str


def nep_detecteer(tekst: str) -> list[NepSpan]:
    """A stand-in detector: telephone numbers and e-mail addresses, ground 5.1.2e."""
    return [
        NepSpan(
            m.start(), m.end(), "telefoon" if m.group(0).startswith("06-") else "e-mail", "5.1.2e", m.group(0)
        )
        for m in _SPAN.finditer(tekst)
    ]
