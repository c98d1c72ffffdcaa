"""Active disclosure of decision memos: when a Kamerbrief is sent, the memos behind it that are
flagged openbaar_bij_kamerstuk (with the bewindspersoon's annotations) become an active
disclosure that goes through the same assessment, redaction and publication, under the
information category "Vergaderstukken Staten-Generaal" (Woo art. 3.3 lid 2 onder b), linked to
the Kamerstuk."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction

from ministerie.stukken.models import Nota

from . import categorieen
from .beoordeling import analyseer
from .documenten_pdf import nota_pdf
from .models import Verzoek, WooDocument
from .services import log, nieuw_zaaknummer, zet_status


def bij_kamerbrief_verzonden(
    sender: Any = None,
    *,
    beslisnota_ids: list[int] | None = None,
    kamerstuk: str = "",
    verzonden_op: date | None = None,
    gebruiker: Any = None,
    **kwargs: Any,
) -> Verzoek | None:
    """Receiver of ``parlement.signalen.kamerbrief_verzonden``; idempotent per Kamerstuk."""
    notas = list(Nota.objects.filter(pk__in=beslisnota_ids or [], openbaar_bij_kamerstuk=True).order_by("pk"))
    if not notas or not kamerstuk or verzonden_op is None:
        return None
    with transaction.atomic():
        verzoek = (
            Verzoek.objects.select_for_update()
            .filter(soort=Verzoek.Soort.ACTIEF, kamerstuk=kamerstuk)
            .first()
        )
        if verzoek is None:
            verzoek = Verzoek.objects.create(
                soort=Verzoek.Soort.ACTIEF,
                zaaknummer=nieuw_zaaknummer(Verzoek.Soort.ACTIEF, verzonden_op),
                onderwerp=f"Beslisnota's bij Kamerstuk {kamerstuk}"[:300],
                omschrijving=(
                    f"Actieve openbaarmaking van de beslisnota's (met de annotaties van de "
                    f"bewindspersoon) bij Kamerstuk {kamerstuk}, verzonden op {verzonden_op:%d-%m-%Y}."
                ),
                kanaal=Verzoek.Kanaal.KAMERBRIEF,
                ontvangen_op=verzonden_op,
                informatiecategorie=categorieen.VERGADERSTUKKEN_SG,
                kamerstuk=kamerstuk,
                eenheid=notas[0].eenheid,
            )
            zet_status(verzoek, Verzoek.Status.IN_BEHANDELING)
            log(
                verzoek,
                gebruiker or "parlement",
                "woo_actief_gestart",
                f"Kamerbrief verzonden ({kamerstuk}); {len(notas)} beslisnota('s) voor actieve "
                "openbaarmaking",
                datum=verzonden_op,
            )
        bekend = set(verzoek.documenten.values_list("nota_id", flat=True))
        nummer = verzoek.documenten.order_by("-nummer").values_list("nummer", flat=True).first() or 0
        for nota in notas:
            if nota.pk in bekend:
                continue
            nummer += 1
            pdf = nota_pdf(nota)
            woodoc = WooDocument(
                verzoek=verzoek,
                nummer=nummer,
                titel=f"{nota.get_soort_display()} {nota.kenmerk}: {nota.onderwerp}"[:300],
                datum=nota.datum,
                nota=nota,
                eenheid=nota.eenheid,
            )
            woodoc.bron_pdf.save(f"{nota.kenmerk}.pdf", ContentFile(pdf), save=False)
            woodoc.save()
            analyseer(woodoc, pdf)
    return verzoek
