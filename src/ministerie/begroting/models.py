"""The budget: chapters with articles, budget moments (standen) built from changes (mutaties),
agencies, risk arrangements, audit findings and the evaluation agenda.

All amounts are whole thousands of euros (the unit of the Rijksbegroting). Nothing is stored as
a total: the amounts of a moment are the loaded base figures of the first moment plus the
mutation lines of every moment up to it (see ``berekening.py``).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Bedragsoort(models.TextChoices):
    VERPLICHTINGEN = "verplichtingen", "Verplichtingen"
    UITGAVEN = "uitgaven", "Uitgaven"
    ONTVANGSTEN = "ontvangsten", "Ontvangsten"


class Moment(models.TextChoices):
    ONTWERPBEGROTING = "ontwerpbegroting", "Ontwerpbegroting"
    NOTA_VAN_WIJZIGING = "nota_van_wijziging", "Nota van wijziging"
    EERSTE_SUPPLETOIRE = "eerste_suppletoire", "Eerste suppletoire begroting (Voorjaarsnota)"
    INCIDENTELE_SUPPLETOIRE = "incidentele_suppletoire", "Incidentele suppletoire begroting"
    TWEEDE_SUPPLETOIRE = "tweede_suppletoire", "Tweede suppletoire begroting (Najaarsnota)"
    SLOTWET = "slotwet", "Slotwet"
    REALISATIE = "realisatie", "Realisatie"


class Hoofdstuk(models.Model):
    code = models.CharField(max_length=10, unique=True)
    naam = models.CharField(max_length=200)
    omschrijving = models.TextField(blank=True)
    volgorde = models.PositiveIntegerField(default=0)
    bron_sectie = models.CharField("dossiersectie", max_length=60, blank=True)

    class Meta:
        ordering = ["volgorde", "code"]
        verbose_name_plural = "hoofdstukken"

    def __str__(self) -> str:
        return f"{self.code} {self.naam}"


class Artikel(models.Model):
    class Soort(models.TextChoices):
        BELEIDSARTIKEL = "beleidsartikel", "Beleidsartikel"
        NIET_BELEIDSARTIKEL = "niet_beleidsartikel", "Niet-beleidsartikel"

    hoofdstuk = models.ForeignKey(Hoofdstuk, on_delete=models.PROTECT, related_name="artikelen")
    nummer = models.PositiveIntegerField()
    naam = models.CharField(max_length=200)
    soort = models.CharField(max_length=30, choices=Soort.choices)
    toelichting = models.TextField(blank=True)
    # The unit that owns the article (directors and DGs see their own articles); empty when the
    # dossier does not say.
    eenheid = models.ForeignKey(
        "organisatie.Eenheid", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    bron_sectie = models.CharField("dossiersectie", max_length=60, blank=True)
    opmerking = models.TextField(blank=True)

    class Meta:
        ordering = ["hoofdstuk__volgorde", "nummer"]
        verbose_name_plural = "artikelen"
        constraints = [models.UniqueConstraint(fields=["hoofdstuk", "nummer"], name="uniek_artikelnummer")]

    def __str__(self) -> str:
        return f"{self.hoofdstuk.code} art. {self.nummer} {self.naam}"


class Begroting(models.Model):
    """One chapter's budget for one budget year t (covering t..t+4)."""

    hoofdstuk = models.ForeignKey(Hoofdstuk, on_delete=models.PROTECT, related_name="begrotingen")
    jaar = models.PositiveIntegerField()
    # The chapter total the data set records (uitgaven in year t, thousands), as a check.
    vastgelegd_totaal = models.BigIntegerField(null=True, blank=True)
    bron_sectie = models.CharField("dossiersectie", max_length=60, blank=True)
    toelichting = models.TextField(blank=True)

    class Meta:
        ordering = ["hoofdstuk__volgorde", "jaar"]
        verbose_name_plural = "begrotingen"
        constraints = [models.UniqueConstraint(fields=["hoofdstuk", "jaar"], name="een_begroting_per_jaar")]

    def __str__(self) -> str:
        return f"Begroting {self.jaar} hoofdstuk {self.hoofdstuk.code}"

    @property
    def jaren(self) -> list[int]:
        return list(range(self.jaar, self.jaar + 5))


class Stand(models.Model):
    """A budget moment: the previous moment plus its mutations."""

    begroting = models.ForeignKey(Begroting, on_delete=models.PROTECT, related_name="standen")
    volgnummer = models.PositiveIntegerField()
    moment = models.CharField(max_length=30, choices=Moment.choices)
    datum = models.DateField(null=True, blank=True)
    omschrijving = models.CharField(max_length=200, blank=True)
    afgesloten = models.BooleanField(default=False)
    aangemaakt = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["begroting", "volgnummer"]
        verbose_name_plural = "standen"
        constraints = [models.UniqueConstraint(fields=["begroting", "volgnummer"], name="uniek_standnummer")]

    def __str__(self) -> str:
        naam = self.omschrijving or self.get_moment_display()
        return f"{naam} {self.begroting.jaar} ({self.begroting.hoofdstuk.code})"

    @property
    def is_basis(self) -> bool:
        return self.volgnummer == 1


class Basisbedrag(models.Model):
    """A figure of the first moment, loaded from the data set (with its dossier section)."""

    stand = models.ForeignKey(Stand, on_delete=models.CASCADE, related_name="basisbedragen")
    artikel = models.ForeignKey(Artikel, on_delete=models.PROTECT, related_name="basisbedragen")
    soort = models.CharField(max_length=20, choices=Bedragsoort.choices)
    jaar = models.PositiveIntegerField()
    bedrag = models.BigIntegerField(help_text="x € 1.000")
    bron_sectie = models.CharField("dossiersectie", max_length=60, blank=True)
    citaat = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["stand", "artikel", "soort", "jaar"], name="uniek_basisbedrag")
        ]

    def __str__(self) -> str:
        return f"{self.artikel} {self.soort} {self.jaar}: {self.bedrag}"


class Mutatie(models.Model):
    class Soort(models.TextChoices):
        MEEVALLER = "meevaller", "Meevaller"
        TEGENVALLER = "tegenvaller", "Tegenvaller"
        INTENSIVERING = "intensivering", "Intensivering"
        OMBUIGING = "ombuiging", "Ombuiging"
        KASSCHUIF = "kasschuif", "Kasschuif"
        OVERBOEKING = "overboeking", "Overboeking"
        TECHNISCHE_MUTATIE = "technische_mutatie", "Technische mutatie"

    stand = models.ForeignKey(Stand, on_delete=models.PROTECT, related_name="mutaties")
    soort = models.CharField(max_length=30, choices=Soort.choices)
    titel = models.CharField(max_length=200)
    toelichting = models.TextField()
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    auteur_naam = models.CharField(max_length=200)
    aangemaakt = models.DateTimeField(auto_now_add=True)
    # Marked, not refused: a decision outside the cabinet's decision moment (the rules file).
    buiten_besluitvormingsmoment = models.BooleanField(default=False)
    # An explicit exception FEZ recorded for a rule that would otherwise refuse the change.
    uitzondering_regel = models.CharField(max_length=60, blank=True)
    uitzondering_reden = models.TextField(blank=True)
    # The other side of an overboeking between chapters (stored in the other chapter's stand).
    tegenboeking = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    regelset = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["stand", "pk"]
        verbose_name_plural = "mutaties"

    def __str__(self) -> str:
        return f"{self.get_soort_display()}: {self.titel}"


class Mutatieregel(models.Model):
    mutatie = models.ForeignKey(Mutatie, on_delete=models.CASCADE, related_name="regels")
    artikel = models.ForeignKey(Artikel, on_delete=models.PROTECT, related_name="mutatieregels")
    soort = models.CharField(max_length=20, choices=Bedragsoort.choices)
    jaar = models.PositiveIntegerField()
    bedrag = models.BigIntegerField(help_text="x € 1.000; negatief is lager")

    class Meta:
        ordering = ["mutatie", "artikel__nummer", "soort", "jaar"]

    def __str__(self) -> str:
        return f"{self.artikel} {self.soort} {self.jaar}: {self.bedrag}"


class Agentschap(models.Model):
    code = models.CharField(max_length=60, unique=True)
    naam = models.CharField(max_length=200)
    hoofdstuk = models.ForeignKey(Hoofdstuk, on_delete=models.PROTECT, related_name="agentschappen")
    jaar = models.PositiveIntegerField()
    omzet = models.BigIntegerField(null=True, blank=True, help_text="x € 1.000")
    toelichting = models.TextField(blank=True)
    bron_sectie = models.CharField("dossiersectie", max_length=60, blank=True)

    class Meta:
        ordering = ["naam"]
        verbose_name_plural = "agentschappen"

    def __str__(self) -> str:
        return self.naam


class Risicoregeling(models.Model):
    class Soort(models.TextChoices):
        GARANTIE = "garantie", "Garantie"
        ACHTERBORGSTELLING = "achterborgstelling", "Achterborgstelling"
        LENING = "lening", "Lening"

    code = models.CharField(max_length=60, unique=True)
    naam = models.CharField(max_length=200)
    soort = models.CharField(max_length=30, choices=Soort.choices)
    hoofdstuk = models.ForeignKey(Hoofdstuk, on_delete=models.PROTECT, related_name="risicoregelingen")
    # Some amounts in the dossier are in euros, not thousands (Rijkshypotheekgaranties: € 9.000).
    bedrag_euro = models.BigIntegerField(null=True, blank=True)
    jaar = models.PositiveIntegerField(null=True, blank=True)
    toelichting = models.TextField(blank=True)
    bron_sectie = models.CharField("dossiersectie", max_length=60, blank=True)

    class Meta:
        ordering = ["-bedrag_euro", "naam"]
        verbose_name_plural = "risicoregelingen"

    def __str__(self) -> str:
        return self.naam


class Bevinding(models.Model):
    class Instantie(models.TextChoices):
        ALGEMENE_REKENKAMER = "algemene_rekenkamer", "Algemene Rekenkamer"
        AUDITDIENST_RIJK = "auditdienst_rijk", "Auditdienst Rijk"

    class Ernst(models.TextChoices):
        AANDACHTSPUNT = "aandachtspunt", "Aandachtspunt"
        ONVOLKOMENHEID = "onvolkomenheid", "Onvolkomenheid"
        ERNSTIGE_ONVOLKOMENHEID = "ernstige_onvolkomenheid", "Ernstige onvolkomenheid"

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        VERBETERPLAN = "verbeterplan", "Verbeterplan in uitvoering"
        OPGELOST = "opgelost", "Opgelost"

    code = models.CharField(max_length=60, unique=True)
    hoofdstuk = models.ForeignKey(Hoofdstuk, on_delete=models.PROTECT, related_name="bevindingen")
    jaar = models.PositiveIntegerField(help_text="verantwoordingsjaar")
    instantie = models.CharField(max_length=30, choices=Instantie.choices)
    ernst = models.CharField(max_length=30, choices=Ernst.choices)
    onderwerp = models.CharField(max_length=300)
    verbeterplan = models.TextField(blank=True)
    opvolging = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    bron_sectie = models.CharField("dossiersectie", max_length=60, blank=True)
    opmerking = models.TextField(blank=True)

    class Meta:
        ordering = ["hoofdstuk__volgorde", "jaar", "code"]
        verbose_name_plural = "bevindingen"

    def __str__(self) -> str:
        return f"{self.get_ernst_display()} {self.hoofdstuk.code} {self.jaar}: {self.onderwerp}"

    @property
    def is_open(self) -> bool:
        return self.status != self.Status.OPGELOST


class Evaluatie(models.Model):
    """The evaluation agenda of one article: when was it last evaluated, when is it due."""

    artikel = models.OneToOneField(Artikel, on_delete=models.CASCADE, related_name="evaluatie")
    laatste_jaar = models.PositiveIntegerField(null=True, blank=True)
    laatste_titel = models.CharField(max_length=300, blank=True)
    gepland_jaar = models.PositiveIntegerField(null=True, blank=True)
    toelichting = models.TextField(blank=True)

    class Meta:
        verbose_name_plural = "evaluaties"

    def __str__(self) -> str:
        return f"Evaluatie {self.artikel}"
