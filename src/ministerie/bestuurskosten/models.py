"""A month of disclosed expenses: its source documents (with their redaction) and its lines.

Totals are never stored; they are computed from the lines (``totalen.py``).
"""

from __future__ import annotations

import calendar
from datetime import date

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from .categorieen import Categorie

MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


class Periode(models.Model):
    """One month of one ministry: collected, redacted, then published (or withdrawn)."""

    class Status(models.TextChoices):
        OPEN = "open", "In voorbereiding"
        GEPUBLICEERD = "gepubliceerd", "Gepubliceerd"
        INGETROKKEN = "ingetrokken", "Ingetrokken"

    ministerie = models.ForeignKey("organisatie.Eenheid", on_delete=models.PROTECT, related_name="+")
    jaar = models.PositiveIntegerField(validators=[MinValueValidator(2013), MaxValueValidator(2100)])
    maand = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(12)])
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    gepubliceerd_op = models.DateTimeField(null=True, blank=True)
    gepubliceerd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    ingetrokken_op = models.DateTimeField(null=True, blank=True)
    reden_intrekking = models.TextField(blank=True)
    aangemaakt_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "maand bestuurskosten"
        verbose_name_plural = "maanden bestuurskosten"
        ordering = ["-jaar", "-maand"]
        constraints = [
            models.UniqueConstraint(fields=["ministerie", "jaar", "maand"], name="een_periode_per_maand")
        ]

    def __str__(self) -> str:
        return f"Bestuurskosten {self.maandnaam} {self.jaar}"

    @property
    def maandnaam(self) -> str:
        return MAANDEN[self.maand - 1]

    @property
    def laatste_dag(self) -> date:
        return date(self.jaar, self.maand, calendar.monthrange(self.jaar, self.maand)[1])

    @property
    def bewerkbaar(self) -> bool:
        return self.status == self.Status.OPEN


class Brondocument(models.Model):
    """A source document (invoice, receipt, declaration, card statement).

    The original is in the document store (``document``/``versie``); ``bron_pdf`` is the PDF the
    redaction works on (an image becomes a PDF first), ``gelakt_pdf`` the redacted result. Any
    change to the redaction empties ``gelakt_pdf``, so a stale result is never published.
    """

    class Soort(models.TextChoices):
        FACTUUR = "factuur", "Factuur"
        BON = "bon", "Bon of kassabon"
        DECLARATIE = "declaratie", "Declaratieformulier met bijlagen"
        CREDITCARD = "creditcard", "Creditcardafschrift"

    periode = models.ForeignKey(Periode, on_delete=models.CASCADE, related_name="documenten")
    titel = models.CharField(max_length=200)
    soort = models.CharField(max_length=20, choices=Soort.choices)
    document = models.ForeignKey("stukken.Document", on_delete=models.PROTECT, related_name="+")
    versie = models.ForeignKey("stukken.Versie", on_delete=models.PROTECT, related_name="+")
    bron_pdf = models.FileField(upload_to="bestuurskosten/bron/%Y/%m/")
    paginas = models.PositiveIntegerField(default=0)
    paginateksten = models.JSONField(default=list, blank=True)
    gelakt_pdf = models.FileField(upload_to="bestuurskosten/gelakt/%Y/%m/", blank=True)
    gelakt_sha256 = models.CharField(max_length=64, blank=True)
    gelakt_op = models.DateTimeField(null=True, blank=True)
    controle_problemen = models.JSONField(default=list, blank=True)
    toegevoegd_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    toegevoegd_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "brondocument"
        verbose_name_plural = "brondocumenten"
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.titel

    @property
    def gelakt(self) -> bool:
        return bool(self.gelakt_pdf) and self.gelakt_op is not None

    @property
    def schoon(self) -> bool:
        """Redacted and passed the checker."""
        return self.gelakt and not self.controle_problemen


class Lakvoorstel(models.Model):
    """A passage to redact: proposed by the detector (with its offsets into the page text) or
    added by the reviewer (a term, redacted wherever it occurs)."""

    class Status(models.TextChoices):
        VOORGESTELD = "voorgesteld", "Voorgesteld"
        GEACCEPTEERD = "geaccepteerd", "Lakken"
        AFGEWEZEN = "afgewezen", "Niet lakken"

    class Herkomst(models.TextChoices):
        DETECTIE = "detectie", "Automatisch gevonden"
        BEOORDELAAR = "beoordelaar", "Toegevoegd door beoordelaar"

    brondocument = models.ForeignKey(Brondocument, on_delete=models.CASCADE, related_name="voorstellen")
    pagina = models.PositiveIntegerField()
    start = models.PositiveIntegerField(null=True, blank=True)
    eind = models.PositiveIntegerField(null=True, blank=True)
    label = models.CharField(max_length=30)
    grond = models.CharField(max_length=10)
    tekst = models.CharField(max_length=500)
    herkomst = models.CharField(max_length=20, choices=Herkomst.choices, default=Herkomst.DETECTIE)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.VOORGESTELD)
    beoordeeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = "lakvoorstel"
        verbose_name_plural = "lakvoorstellen"
        ordering = ["pagina", "start", "pk"]

    def __str__(self) -> str:
        return f"p. {self.pagina}: {self.label} ({self.grond})"


class Paginamarkering(models.Model):
    """A page flagged for review; while open, the month cannot be published."""

    brondocument = models.ForeignKey(Brondocument, on_delete=models.CASCADE, related_name="markeringen")
    pagina = models.PositiveIntegerField()
    reden = models.CharField(max_length=500)
    gemarkeerd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    gemarkeerd_op = models.DateTimeField(auto_now_add=True)
    opgeheven_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    opgeheven_op = models.DateTimeField(null=True, blank=True)
    toelichting = models.CharField("toelichting bij het opheffen", max_length=500, blank=True)

    class Meta:
        verbose_name = "paginamarkering"
        verbose_name_plural = "paginamarkeringen"
        ordering = ["pagina", "pk"]

    def __str__(self) -> str:
        return f"{self.brondocument}, p. {self.pagina}: {self.reden}"

    @property
    def open(self) -> bool:
        return self.opgeheven_op is None


class Kostenpost(models.Model):
    """One expense of one person in one category, backed by a source document."""

    periode = models.ForeignKey(Periode, on_delete=models.CASCADE, related_name="posten")
    persoon = models.ForeignKey("organisatie.Persoon", on_delete=models.PROTECT, related_name="+")
    functie = models.CharField(max_length=200)
    categorie = models.CharField(max_length=30, choices=Categorie.choices)
    datum = models.DateField()
    bedrag = models.DecimalField("bedrag (euro)", max_digits=10, decimal_places=2)
    omschrijving = models.CharField(max_length=300)
    brondocument = models.ForeignKey(Brondocument, on_delete=models.PROTECT, related_name="posten")
    vastgelegd_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    vastgelegd_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "kostenpost"
        verbose_name_plural = "kostenposten"
        ordering = ["datum", "pk"]

    def __str__(self) -> str:
        return f"{self.persoon} {self.datum}: € {self.bedrag}"
