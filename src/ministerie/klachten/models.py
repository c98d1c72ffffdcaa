"""Complaints under Awb chapter 9: the complaint, its term events, hearings, letters and the
course of events as people read it. The due date is never stored: ``termijn.py`` derives it."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.db import models

from ministerie.core.rubricering import Rubricering

from .gronden import AFZIEN_HOREN_KEUZES, NIET_BEHANDELEN_KEUZES


class Klacht(models.Model):
    class Kanaal(models.TextChoices):
        WEBFORMULIER = "webformulier", "Webformulier"
        BRIEF = "brief", "Brief"
        EMAIL = "email", "E-mail"
        MONDELING = "mondeling", "Mondeling (telefoon, balie)"

    class Status(models.TextChoices):
        ONTVANGEN = "ontvangen", "Ontvangen"
        IN_BEHANDELING = "in_behandeling", "In behandeling"
        NIET_BEHANDELD = "niet_behandeld", "Niet in behandeling genomen (Awb 9:8)"
        AFGEHANDELD = "afgehandeld", "Afgehandeld"

    class Oordeel(models.TextChoices):
        GEGROND = "gegrond", "Gegrond"
        DEELS = "deels_gegrond", "Deels gegrond"
        ONGEGROND = "ongegrond", "Ongegrond"

    zaaknummer = models.CharField(max_length=30, unique=True)
    kanaal = models.CharField(max_length=20, choices=Kanaal.choices)
    #: the correspondence item this complaint came from (MC), once: a second signal adds nothing
    bron_zaaknummer = models.CharField(max_length=40, blank=True)
    onderwerp = models.CharField(max_length=300)
    omschrijving = models.TextField("de klacht")
    gedraging_op = models.DateField("datum van de gedraging", null=True, blank=True)
    beklaagde_omschrijving = models.CharField("over wie of welk onderdeel", max_length=300, blank=True)
    beklaagde = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="beklaagde medewerker",
    )
    eenheid = models.ForeignKey(
        "organisatie.Eenheid", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    klager_naam = models.CharField(max_length=200)
    klager_email = models.EmailField(blank=True)
    klager_adres = models.CharField(max_length=500, blank=True)
    ontvangen_op = models.DateField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ONTVANGEN)
    behandelaar = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    #: an advisory person or committee (Awb 9:14): the term is ten weeks (regeling klacht-advies)
    met_advies = models.BooleanField(default=False)
    ontvangst_bevestigd_op = models.DateField(null=True, blank=True)
    # not handled (Awb 9:8)
    niet_behandelen_grond = models.CharField(max_length=10, choices=NIET_BEHANDELEN_KEUZES, blank=True)
    niet_behandelen_motivering = models.TextField(blank=True)
    niet_behandelen_gemeld_op = models.DateField(null=True, blank=True)
    # hearing left out (Awb 9:10 lid 2)
    afzien_horen_grond = models.CharField(max_length=10, choices=AFZIEN_HOREN_KEUZES, blank=True)
    afzien_horen_toelichting = models.TextField(blank=True)
    # outcome (Awb 9:12)
    oordeel = models.CharField(max_length=20, choices=Oordeel.choices, blank=True)
    bevindingen = models.TextField(blank=True)
    conclusies = models.TextField(blank=True)
    afgehandeld_op = models.DateField(null=True, blank=True)
    # the Nationale ombudsman (Awb 9:18 and following)
    ombudsman_ontvangen_op = models.DateField(null=True, blank=True)
    ombudsman_kenmerk = models.CharField(max_length=60, blank=True)
    ombudsman_uitkomst = models.CharField(max_length=500, blank=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "klacht"
        verbose_name_plural = "klachten"
        ordering = ["-ontvangen_op", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["bron_zaaknummer"],
                condition=~models.Q(bron_zaaknummer=""),
                name="klacht_een_per_correspondentie",
            )
        ]

    def __str__(self) -> str:
        return f"{self.zaaknummer} {self.onderwerp}"

    @property
    def rubricering(self) -> int:
        # personal data: notifications by e-mail carry no title, like a DV item
        return Rubricering.DEPARTEMENTAAL_VERTROUWELIJK

    @property
    def schriftelijk(self) -> bool:
        """A klaagschrift (Awb 9:1 lid 1, 9:4): everything but an oral complaint (9:2)."""
        return self.kanaal != self.Kanaal.MONDELING

    @property
    def open(self) -> bool:
        return self.status in (self.Status.ONTVANGEN, self.Status.IN_BEHANDELING)

    def termijn(self) -> Any:
        from .termijn import afhandeltermijn

        return afhandeltermijn(self)

    def uiterste_datum(self) -> date | None:
        from .termijn import uiterste_datum

        return uiterste_datum(self)


class Termijngebeurtenis(models.Model):
    """A verdaging (Awb 9:11 lid 2, through the deadline engine) or a further postponement with
    the complainant's written consent (9:11 lid 2, second sentence: a date agreed, recorded)."""

    class Soort(models.TextChoices):
        VERDAAGD = "verdaagd", "Verdaging (Awb 9:11 lid 2)"
        INSTEMMING = "instemming", "Verder uitstel met schriftelijke instemming van de klager"

    klacht = models.ForeignKey(Klacht, on_delete=models.CASCADE, related_name="termijngebeurtenissen")
    soort = models.CharField(max_length=12, choices=Soort.choices)
    datum = models.DateField(help_text="verdaging: schriftelijk meegedeeld op; instemming: ontvangen op")
    nieuwe_datum = models.DateField(null=True, blank=True, help_text="instemming: de afgesproken datum")
    reden = models.TextField()
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    vastgelegd_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["datum", "pk"]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} {self.datum}"


class Hoorgesprek(models.Model):
    """Hearing the complainant or the person complained about (Awb 9:10 lid 1), with its report
    (9:10 lid 3)."""

    class Wie(models.TextChoices):
        KLAGER = "klager", "Klager"
        BEKLAAGDE = "beklaagde", "Beklaagde (over wie geklaagd wordt)"

    klacht = models.ForeignKey(Klacht, on_delete=models.CASCADE, related_name="hoorgesprekken")
    wie = models.CharField(max_length=10, choices=Wie.choices)
    gehoord_op = models.DateField()
    verslag = models.TextField()
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["gehoord_op", "pk"]

    def __str__(self) -> str:
        return f"{self.get_wie_display()} {self.gehoord_op}"


class Brief(models.Model):
    """A letter to the complainant as sent: its PDF and text are kept as they were."""

    class Soort(models.TextChoices):
        ONTVANGSTBEVESTIGING = "ontvangstbevestiging", "Ontvangstbevestiging (Awb 9:6)"
        NIET_BEHANDELEN = "niet_behandelen", "Besluit klacht niet te behandelen (Awb 9:8)"
        VERDAGING = "verdaging", "Verdaging van de afhandeltermijn (Awb 9:11 lid 2)"
        UITKOMST = "uitkomst", "Uitkomst van de klachtbehandeling (Awb 9:12)"

    klacht = models.ForeignKey(Klacht, on_delete=models.CASCADE, related_name="brieven")
    soort = models.CharField(max_length=25, choices=Soort.choices)
    datum = models.DateField()
    onderwerp = models.CharField(max_length=300)
    tekst = models.TextField()
    pdf = models.FileField(upload_to="klachten/brieven/")
    per_email = models.BooleanField(default=False)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["datum", "pk"]
        constraints = [models.UniqueConstraint(fields=["klacht", "soort"], name="klacht_een_brief_per_soort")]

    def __str__(self) -> str:
        return self.onderwerp


class Logregel(models.Model):
    """The course of events as people read it (the audit trail keeps the formal record)."""

    klacht = models.ForeignKey(Klacht, on_delete=models.CASCADE, related_name="logboek")
    datum = models.DateField()
    omschrijving = models.CharField(max_length=500)
    door = models.CharField(max_length=200)

    class Meta:
        ordering = ["datum", "pk"]

    def __str__(self) -> str:
        return f"{self.datum} {self.omschrijving}"
