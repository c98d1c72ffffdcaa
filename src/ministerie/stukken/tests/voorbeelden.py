"""Sample URL parameters for the generated permission test (core/tests/test_permissies_gegenereerd.py):
a memo, a PDF document and a bulk run in a unit under "bzk", the unit the generated test gives
every user, so that a role that may act on them can also see them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ministerie.organisatie.tests.voorbeelden import voorbeeld_eenheid


def _auteur() -> Any:
    from ministerie.core.models import Gebruiker, Gebruikersrol

    auteur, nieuw = Gebruiker.objects.get_or_create(username="voorbeeld-auteur")
    if nieuw:
        Gebruikersrol.objects.create(gebruiker=auteur, rol="beleidsmedewerker")
        auteur.eenheden.add(voorbeeld_eenheid())
        auteur.clearance = 10
        auteur.save()
    return auteur


def voorbeeld_nota() -> Any:
    from ministerie.stukken.models import Nota

    nota, _ = Nota.objects.get_or_create(
        kenmerk="BZK-2026-99999",
        defaults={
            "soort": "beslisnota",
            "onderwerp": "Voorbeeld",
            "aan": "de minister",
            "eenheid": voorbeeld_eenheid(),
            "auteur": _auteur(),
            "datum": "2026-11-28",
        },
    )
    return nota


def voorbeeld_pdf() -> bytes:
    import pymupdf

    pdf = pymupdf.open()
    pdf.new_page().insert_text((72, 72), "Voorbeeld")
    return bytes(pdf.tobytes())


def voorbeeld_document() -> Any:
    from ministerie.stukken.models import Document
    from ministerie.stukken.opslag import sla_op

    bestaand = Document.objects.filter(titel="Voorbeeld-pdf").first()
    if bestaand is not None:
        return bestaand
    return sla_op(
        voorbeeld_pdf(), "voorbeeld.pdf", door=_auteur(), eenheid=voorbeeld_eenheid(), titel="Voorbeeld-pdf"
    ).document


def _bulkverwerking() -> Any:
    """A finished bulk run with its inventory lists on disk (the list pages read them), shared
    with every user who may run bulk processing (only the starter and those it is shared with
    see a bulk run)."""
    from django.conf import settings
    from openpyxl import Workbook

    from ministerie.stukken.bulk import kan_bulk_delen_met
    from ministerie.stukken.models import Bulkverwerking

    bestaand = Bulkverwerking.objects.filter(omschrijving="Voorbeeld").first()
    if bestaand is not None:
        bestaand.gedeeld_met.add(*kan_bulk_delen_met(bestaand))
        return bestaand
    werkmap = Path(settings.MEDIA_ROOT) / "voorbeeld-bulk"
    werkmap.mkdir(parents=True, exist_ok=True)
    xlsx, pdf = werkmap / "inventarislijst.xlsx", werkmap / "inventarislijst.pdf"
    Workbook().save(xlsx)
    pdf.write_bytes(voorbeeld_pdf())
    verwerking = Bulkverwerking.objects.create(
        omschrijving="Voorbeeld",
        bron=str(werkmap / "bron.zip"),
        werkmap=str(werkmap),
        gestart_door=_auteur(),
        status="klaar",
        verslag={"inventaris_xlsx": str(xlsx), "inventaris_pdf": str(pdf)},
    )
    verwerking.gedeeld_met.add(*kan_bulk_delen_met(verwerking))
    return verwerking


def voorbeeld_kwargs(route_naam: str, patroon: str) -> dict | None:
    ruimte, _, naam = route_naam.partition(":")
    if not (ruimte == "stukken" or ruimte == "api" and naam.startswith(("nota", "document", "versie"))):
        return None
    if "<" not in patroon:
        return {}
    if naam.startswith(("nota", "tablet-nota")):
        return {"pk": voorbeeld_nota().pk}
    if naam.startswith("bulk-"):
        return {"pk": _bulkverwerking().pk, **({"formaat": "xlsx"} if "<str:formaat>" in patroon else {})}
    if naam.startswith(("document", "bestand", "pagina", "versie")):
        kwargs: dict[str, Any] = {"pk": voorbeeld_document().pk}
        if "<int:nummer>" in patroon:
            kwargs["nummer"] = 1
        if "<int:pagina>" in patroon:
            kwargs["pagina"] = 1
        return kwargs
    return None
