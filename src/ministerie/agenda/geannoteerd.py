"""The geannoteerde ministerraadsagenda as one document: each item with the decision asked, the
responsible ministry and the directie's ambtelijk advies; items without an annotation, and late
ones, are marked. The page and the PDF (WeasyPrint, rendered by a background job) share it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string

from ministerie.core import audit

from .models import Agendapunt, Annotatieverzoek, Vergadering


@dataclass(frozen=True)
class Regel:
    punt: Agendapunt
    verzoek: Annotatieverzoek | None
    advies: str
    toelichting: str
    zichtbaar: bool

    @property
    def ontbreekt(self) -> bool:
        return self.verzoek is None or self.verzoek.status != Annotatieverzoek.Status.GELEVERD

    @property
    def te_laat(self) -> bool:
        return self.verzoek is not None and self.verzoek.te_laat


def regels(vergadering: Vergadering, clearance: int | None = None) -> list[Regel]:
    """The items with their annotation; an annotation classified above ``clearance`` shows only
    that it exists (None: the PDF, made at the meeting's own classification)."""
    uitkomst = []
    punten = vergadering.punten.select_related("verzoek__nota", "verzoek__eenheid").order_by("volgorde")
    for punt in punten:
        verzoek = getattr(punt, "verzoek", None)
        nota = verzoek.nota if verzoek is not None else None
        grens = vergadering.rubricering if clearance is None else clearance
        zichtbaar = nota is None or nota.rubricering <= grens
        uitkomst.append(
            Regel(
                punt,
                verzoek,
                nota.kernpunten if nota is not None and zichtbaar else "",
                nota.toelichting if nota is not None and zichtbaar else "",
                zichtbaar,
            )
        )
    return uitkomst


def _niets_ophalen(url: str, *args: Any, **kwargs: Any) -> Any:
    raise ValueError("Externe bronnen worden niet opgehaald.")


def pdf(vergadering: Vergadering) -> bytes:
    from weasyprint import HTML

    html = render_to_string(
        "agenda/pdf/geannoteerd.html", {"vergadering": vergadering, "regels": regels(vergadering)}
    )
    return HTML(string=html, base_url=None, url_fetcher=_niets_ophalen).write_pdf()


def maak_pdf(vergadering: Vergadering, stand: str) -> Vergadering:
    """Render and store the PDF of this state of the agenda (idempotent: a stored PDF of the same
    state is kept)."""
    if vergadering.pdf and vergadering.pdf_versie == stand:
        return vergadering
    data = pdf(vergadering)
    with transaction.atomic():
        vergadering = Vergadering.objects.select_for_update().get(pk=vergadering.pk)
        vergadering.pdf.save(f"geannoteerde-agenda-{vergadering.pk}.pdf", ContentFile(data), save=False)
        vergadering.pdf_sha256 = hashlib.sha256(data).hexdigest()
        vergadering.pdf_versie = stand
        vergadering.save(update_fields=["pdf", "pdf_sha256", "pdf_versie"])
        audit.registreer(
            "geannoteerde_agenda_pdf_gemaakt",
            door="ministerie worker",
            subject=vergadering,
            gegevens={"bytes": len(data), "sha256": vergadering.pdf_sha256},
        )
    return vergadering
