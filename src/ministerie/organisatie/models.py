from __future__ import annotations

from collections.abc import Iterable

from django.db import models


class EenheidQuerySet(models.QuerySet["Eenheid"]):
    def met_onderliggende(self, pks: Iterable[int]) -> frozenset[int]:
        """The given units and all units below them (one query per tree level)."""
        gevonden = set(pks)
        rand = set(gevonden)
        while rand:
            kinderen = set(self.model.objects.filter(bovenliggende_id__in=rand).values_list("pk", flat=True))
            rand = kinderen - gevonden
            gevonden |= rand
        return frozenset(gevonden)


class Bron(models.Model):
    """Where a record comes from in the introduction dossier."""

    bron_sectie = models.CharField("dossiersectie", max_length=60, blank=True)
    bron_pagina = models.CharField("pagina", max_length=20, blank=True)
    bron_organogram = models.CharField("organogram", max_length=100, blank=True)

    class Meta:
        abstract = True

    @property
    def bron(self) -> str:
        delen = []
        if self.bron_sectie:
            delen.append(f"dossier {self.bron_sectie}")
        if self.bron_pagina:
            delen.append(f"p. {self.bron_pagina}")
        if self.bron_organogram:
            delen.append(f"organogram {self.bron_organogram}")
        return ", ".join(delen)


class Eenheid(Bron):
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

    code = models.SlugField("code", max_length=80, unique=True)
    naam = models.CharField("naam", max_length=250)
    afkorting = models.CharField("afkorting", max_length=40, blank=True)
    soort = models.CharField("soort", max_length=30, choices=Soort.choices)
    bovenliggende = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="onderliggende",
        verbose_name="valt onder",
    )
    volgorde = models.PositiveIntegerField("volgorde", default=0)
    ook_genoemd = models.JSONField("ook genoemd als", default=list, blank=True)
    omschrijving = models.TextField("omschrijving", blank=True)
    portefeuille = models.JSONField("portefeuille", default=list, blank=True)
    opmerking = models.TextField("opmerking", blank=True)
    zoektekst = models.TextField(editable=False, blank=True)

    objects = EenheidQuerySet.as_manager()

    class Meta:
        verbose_name = "organisatie-eenheid"
        verbose_name_plural = "organisatie-eenheden"
        ordering = ["volgorde", "naam"]

    def __str__(self) -> str:
        return f"{self.naam} ({self.afkorting})" if self.afkorting else self.naam


class Kengetal(models.Model):
    """A figure the dossier gives for a unit: fte, turnover, area served, ..."""

    eenheid = models.ForeignKey(Eenheid, on_delete=models.CASCADE, related_name="kengetallen")
    naam = models.CharField(max_length=60)
    waarde = models.DecimalField(max_digits=18, decimal_places=3, null=True, blank=True)
    maat = models.CharField("eenheid", max_length=40, blank=True)
    toelichting = models.CharField(max_length=300, blank=True)
    volgorde = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "kengetal"
        verbose_name_plural = "kengetallen"
        ordering = ["volgorde"]

    def __str__(self) -> str:
        return f"{self.naam}: {self.toelichting or self.waarde}"


class Persoon(Bron):
    code = models.SlugField(max_length=80, unique=True)
    naam = models.CharField(max_length=200)
    ook_genoemd = models.JSONField("ook genoemd als", default=list, blank=True)
    zoektekst = models.TextField(editable=False, blank=True)

    class Meta:
        verbose_name = "persoon"
        verbose_name_plural = "personen"
        ordering = ["naam"]

    def __str__(self) -> str:
        return self.naam


class Positie(Bron):
    """A person holding a leading position in a unit over a period."""

    class Soort(models.TextChoices):
        LEIDING = "leiding", "Leiding"
        PLAATSVERVANGEND = "plaatsvervangend", "Plaatsvervangend"
        WAARNEMEND = "waarnemend", "Waarnemend"
        DUO = "duo", "Duo-leiding"

    eenheid = models.ForeignKey(Eenheid, on_delete=models.CASCADE, related_name="posities")
    persoon = models.ForeignKey(Persoon, on_delete=models.CASCADE, related_name="posities")
    soort = models.CharField(max_length=20, choices=Soort.choices)
    functie = models.CharField(max_length=150, blank=True)
    van = models.DateField(null=True, blank=True)
    tot = models.DateField(null=True, blank=True)
    volgorde = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "positie"
        verbose_name_plural = "posities"
        ordering = ["volgorde"]
        constraints = [
            models.UniqueConstraint(fields=["eenheid", "persoon", "soort"], name="unieke_positie_per_eenheid")
        ]

    def __str__(self) -> str:
        return f"{self.persoon} — {self.omschrijving} {self.eenheid.naam}"

    @property
    def omschrijving(self) -> str:
        functie = self.functie or "leiding"
        if self.soort == self.Soort.LEIDING:
            return functie
        if self.soort == self.Soort.DUO:
            return f"{functie} (duo-leiding)"
        return f"{self.get_soort_display().lower()} {functie}"


class Sturingsrol(Bron):
    """The steering model for agencies and zbo's: who is owner, client and contractor."""

    class Rol(models.TextChoices):
        EIGENAAR = "eigenaar", "Eigenaar"
        OPDRACHTGEVER = "opdrachtgever", "Opdrachtgever"
        OPDRACHTNEMER = "opdrachtnemer", "Opdrachtnemer"

    organisatie = models.ForeignKey(Eenheid, on_delete=models.CASCADE, related_name="sturing")
    rol = models.CharField(max_length=20, choices=Rol.choices)
    eenheid = models.ForeignKey(Eenheid, on_delete=models.CASCADE, related_name="sturingsrollen")
    toelichting = models.TextField(blank=True)

    class Meta:
        verbose_name = "sturingsrol"
        verbose_name_plural = "sturingsrollen"
        constraints = [
            models.UniqueConstraint(fields=["organisatie", "rol", "eenheid"], name="unieke_sturingsrol")
        ]

    def __str__(self) -> str:
        return f"{self.get_rol_display()} van {self.organisatie.naam}: {self.eenheid.naam}"
