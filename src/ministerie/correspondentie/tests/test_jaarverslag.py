"""The yearly report's XLSX goes into the document store (a real OOXML workbook, its cells
read for search) and is attached to the Kamerbrief beside the PDF, the way the report is
offered to the Kamer (``services.bied_jaarverslag_aan``)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from ministerie.core.rubricering import Rubricering
from ministerie.correspondentie import inzicht, services
from ministerie.stukken import services as stukken
from ministerie.stukken.models import Nota, Quarantaine

from .hulp import mc_medewerker

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("bzk")]


def test_het_jaarverslag_als_xlsx_bij_de_kamerbrief(maak_gebruiker: Any) -> None:
    mc = mc_medewerker(maak_gebruiker)
    services.maak_zaak(kanaal="brief", onderwerp="Vraag", tekst="Een vraag.", afzender_naam="Jan")
    jaar = timezone.localdate().year
    c = inzicht.cijfers(jaar)
    nota = stukken.maak_nota(
        door=mc,
        soort=Nota.Soort.KAMERBRIEF,
        onderwerp=f"Jaarverslag Maatschappelijke Correspondentie {jaar}",
        aan=services.KAMERVOORZITTER,
        eenheid=services.mc_eenheid(),
        rubricering=Rubricering.INTERN,
    )
    naam = f"jaarverslag-correspondentie-{jaar}"
    for data, extensie in ((inzicht.jaarverslag_pdf(c), "pdf"), (inzicht.jaarverslag_xlsx(c), "xlsx")):
        stukken.voeg_bestand_als_bijlage_toe(
            nota, door=mc, bestand=ContentFile(data, name=f"{naam}.{extensie}")
        )
    versies = {d.versies.get().soort: d.versies.get() for d in nota.bijlagen.all()}
    assert set(versies) == {"pdf", "xlsx"} and not Quarantaine.objects.exists()
    xlsx = versies["xlsx"]
    assert xlsx.bestandsnaam == f"{naam}.xlsx"
    assert xlsx.mime == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert "Ontvangen\t1" in xlsx.tekst and "Per kanaal" in xlsx.tekst  # the cells, for search
