"""Demo content for `make run`: the key officials taken over from the organisation register and a
small fictitious mailbox, agenda and WhatsApp export of the first bewindspersoon, so the demo
account `archivaris` sees a working archive. Every message says FICTIEF. Idempotent."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from django.conf import settings

from ministerie.core.demo import registreer_demolader

from . import inname, services
from .models import Functieperiode, Item

BERICHTEN = [
    ("Nota woningbouwimpuls", "Akkoord met de verdeling zoals voorgesteld in de nota. FICTIEF"),
    ("Re: Nota woningbouwimpuls", "Graag de Kamerbrief voor vrijdag in de lijn. FICTIEF"),
    ("Voorbereiding commissiedebat", "Spreektekst ontvangen, twee punten aangepast. FICTIEF"),
    ("Werkbezoek provincie", "Programma akkoord; pers bij het tweede onderdeel. FICTIEF"),
]


def _mbox(map_: Path) -> Path:
    regels = []
    for n, (onderwerp, tekst) in enumerate(BERICHTEN, start=1):
        regels.append(
            "From demo@example.org Mon Mar  1 09:00:00 2021\n"
            "From: Minister (FICTIEF) <minister@example.org>\n"
            f"To: SG <sg@example.org>\nSubject: {onderwerp}\nDate: Mon, {n} Mar 2021 09:00:00 +0100\n"
            f"Message-ID: <demo-{n}@example.org>\n\n{tekst}\n\n"
        )
    pad = map_ / "postvak.mbox"
    pad.write_text("".join(regels), encoding="utf-8")
    return pad


def _chat(map_: Path) -> Path:
    chat = map_ / "chat"
    chat.mkdir()
    (chat / "_chat.txt").write_text(
        "[02-03-2021 08:15:00] Minister: Besluit: we gaan door met het wetsvoorstel. FICTIEF\n"
        "[02-03-2021 08:16:30] SG: Helder, ik informeer de DG's. FICTIEF\n",
        encoding="utf-8",
    )
    return chat


@registreer_demolader
def laad_archief_demo() -> None:
    services.vul_register_uit_organisatie(door="demo", standaard_van=date(2021, 1, 1))
    periode = (
        Functieperiode.objects.filter(functie=Functieperiode.Functie.BEWINDSPERSOON)
        .select_related("functionaris")
        .order_by("pk")
        .first()
    )
    if periode is None or Item.objects.filter(functionaris=periode.functionaris).exists():
        return
    tmp = Path(settings.DATA_DIR) / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=tmp, prefix="archief-demo-") as map_:
        inname.neem_in(_mbox(Path(map_)), functionaris=periode.functionaris, soort="mail", door="demo")
        inname.neem_in(_chat(Path(map_)), functionaris=periode.functionaris, soort="chat", door="demo")
