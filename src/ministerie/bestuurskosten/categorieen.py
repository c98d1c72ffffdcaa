"""The categories of the monthly disclosure of the expenses of the political and official top.

Sources (see docs/bestuurskosten.md): Kamerstuk 28 479, nr. 61 (letter of 6 June 2012: the
source documents of expenses "voor, door of namens" bewindspersonen, SG's and DG's are
published) and the government's announcement of the first publication (February 2013): travel
and subsistence, meals out, subscriptions, courses, conferences and congresses, memberships; for
bewindspersonen also moving costs and incidental functional costs of the partner. Not
published: security measures, general facilities every civil servant has (mobile phones,
computers) and costs paid from the person's own expense allowance (dossier 2.4).
"""

from __future__ import annotations

from django.db import models


class Categorie(models.TextChoices):
    REIS_BINNENLAND = "reiskosten_binnenland", "Reis- en verblijfkosten binnenland"
    REIS_BUITENLAND = "reiskosten_buitenland", "Reis- en verblijfkosten buitenland"
    REPRESENTATIE = "representatie", "Representatie en maaltijden"
    ABONNEMENTEN = "abonnementen", "Abonnementen en lidmaatschappen"
    OPLEIDING = "opleiding", "Cursussen, conferenties en congressen"
    OVERIG = "overig", "Overige kosten (verhuizing, functionele kosten partner)"


# Short labels for the chart, so its data table fits beside it on a tablet.
KORT: dict[str, str] = {
    Categorie.REIS_BINNENLAND: "Reizen binnenland",
    Categorie.REIS_BUITENLAND: "Reizen buitenland",
    Categorie.REPRESENTATIE: "Representatie",
    Categorie.ABONNEMENTEN: "Abonnementen",
    Categorie.OPLEIDING: "Opleiding, congressen",
    Categorie.OVERIG: "Overig",
}

NIET_OPENBAAR = (
    "Niet opnemen: kosten betaald uit de eigen (representatie)vergoeding, specifieke "
    "beveiligingsmaatregelen en algemene voorzieningen die iedere ambtenaar heeft "
    "(mobiele telefoon, computer)."
)
