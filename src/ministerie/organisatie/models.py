from __future__ import annotations

from collections.abc import Iterable

from django.db import models


class EenheidQuerySet(models.QuerySet["Eenheid"]):
    def met_onderliggende(self, pks: Iterable[int]) -> frozenset[int]:
        """The given units and all units below them (one query per tree level)."""
        gevonden = set(pks)
        rand = set(gevonden)
        while rand:
            kinderen = set(
                self.model.objects.filter(bovenliggende_id__in=rand).values_list("pk", flat=True)
            )
            rand = kinderen - gevonden
            gevonden |= rand
        return frozenset(gevonden)


class Eenheid(models.Model):
    """An organisational unit: ministerie, directoraat-generaal, directie, afdeling, ..."""

    class Soort(models.TextChoices):
        MINISTERIE = "ministerie", "Ministerie"
        BEWINDSPERSOON = "bewindspersoon", "Portefeuille bewindspersoon"
        SECRETARIS_GENERAAL = "secretaris_generaal", "Secretaris-generaal"
        CLUSTER = "cluster", "Clusterdirectie"
        DIRECTORAAT_GENERAAL = "directoraat_generaal", "Directoraat-generaal"
        DIRECTIE = "directie", "Directie"
        AFDELING = "afdeling", "Afdeling"
        TEAM = "team", "Cluster of team"
        PROGRAMMA = "programma", "Programma"
        AGENTSCHAP = "agentschap", "Agentschap"
        ZBO = "zbo", "Zelfstandig bestuursorgaan"
        OVERHEIDSDIENST = "overheidsdienst", "Overheidsdienst"
        SSO = "sso", "Shared service organisatie"
        KABINET_GOUVERNEUR = "kabinet_gouverneur", "Kabinet van de gouverneur"
        ADVIESCOLLEGE = "adviescollege", "Adviescollege"
        HOOG_COLLEGE = "hoog_college", "Hoog college van staat"

    code = models.SlugField("code", max_length=60, unique=True)
    naam = models.CharField("naam", max_length=200)
    afkorting = models.CharField("afkorting", max_length=30, blank=True)
    soort = models.CharField("soort", max_length=30, choices=Soort.choices)
    bovenliggende = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="onderliggende",
        verbose_name="valt onder",
    )
    bron = models.CharField(
        "bron", max_length=200, blank=True, help_text="Vindplaats in het introductiedossier."
    )

    objects = EenheidQuerySet.as_manager()

    class Meta:
        verbose_name = "organisatie-eenheid"
        verbose_name_plural = "organisatie-eenheden"
        ordering = ["naam"]

    def __str__(self) -> str:
        return f"{self.naam} ({self.afkorting})" if self.afkorting else self.naam
