"""Objections (bezwaarschriften) under Awb chapters 6 and 7: the objection, its term events,
hearings, letters and the course of events as people read it. No due date is stored:
``termijn.py`` derives the objection term (6:7) and the decision term (7:10) from the engine."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.db import models

from ministerie.core.rubricering import Rubricering

from .gronden import AFZIEN_HOREN_KEUZES


class Bezwaar(models.Model):
    class Kanaal(models.TextChoices):
        BRIEF = "brief", "Brief"
        EMAIL = "email", "E-mail"
        WEBFORMULIER = "webformulier", "Digitaal formulier"

    class Status(models.TextChoices):
        ONTVANGEN = "ontvangen", "Ontvangen"
        IN_BEHANDELING = "in_behandeling", "In behandeling"
        BESLIST = "beslist", "Beslist"
        INGETROKKEN = "ingetrokken", "Ingetrokken (Awb 6:21)"

    class Oordeel(models.TextChoices):
        NIET_ONTVANKELIJK = "niet_ontvankelijk", "Niet-ontvankelijk"
        ONGEGROND = "ongegrond", "Ongegrond"
        DEELS = "gedeeltelijk_gegrond", "Gedeeltelijk gegrond"
        GEGROND = "gegrond", "Gegrond"

    zaaknummer = models.CharField(max_length=30, unique=True)
    kanaal = models.CharField(max_length=20, choices=Kanaal.choices)
    #: the correspondence item this objection came from (MC), once
    bron_zaaknummer = models.CharField(max_length=40, blank=True)
    onderwerp = models.CharField(max_length=300)
    gronden = models.TextField("gronden van het bezwaar")
    # the contested decision (Awb 6:5 lid 1 onder c)
    besluit = models.CharField("bestreden besluit", max_length=300, blank=True)
    besluit_bekendgemaakt_op = models.DateField("besluit bekendgemaakt op", null=True, blank=True)
    woo_zaaknummer = models.CharField("zaaknummer Woo-verzoek", max_length=40, blank=True)
    bezwaarmaker_naam = models.CharField(max_length=200)
    bezwaarmaker_email = models.EmailField(blank=True)
    bezwaarmaker_adres = models.CharField(max_length=500, blank=True)
    ontvangen_op = models.DateField()
    #: posted on (Awb 6:9 lid 2): in time when posted before the end, received within a week after
    ter_post_op = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ONTVANGEN)
    behandelaar = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    geregistreerd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    #: an advisory committee (Awb 7:13): the decision term is twelve weeks
    met_advies = models.BooleanField(default=False)
    ontvangst_bevestigd_op = models.DateField(null=True, blank=True)
    # a late objection: excusable or not (Awb 6:11), judged and recorded
    verschoonbaar = models.BooleanField(null=True, blank=True)
    verschoonbaar_motivering = models.TextField(blank=True)
    # hearing left out (Awb 7:3)
    afzien_horen_grond = models.CharField(max_length=10, choices=AFZIEN_HOREN_KEUZES, blank=True)
    afzien_horen_toelichting = models.TextField(blank=True)
    # the decision on the objection (Awb 7:11, 7:12)
    oordeel = models.CharField(max_length=25, choices=Oordeel.choices, blank=True)
    motivering = models.TextField(blank=True)
    beslist_op = models.DateField(null=True, blank=True)
    ingetrokken_op = models.DateField(null=True, blank=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "bezwaarschrift"
        verbose_name_plural = "bezwaarschriften"
        ordering = ["-ontvangen_op", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["bron_zaaknummer"],
                condition=~models.Q(bron_zaaknummer=""),
                name="bezwaar_een_per_correspondentie",
            )
        ]

    def __str__(self) -> str:
        return f"{self.zaaknummer} {self.onderwerp}"

    @property
    def rubricering(self) -> int:
        # personal data: notifications by e-mail carry no title, like a DV item
        return Rubricering.DEPARTEMENTAAL_VERTROUWELIJK

    @property
    def open(self) -> bool:
        return self.status in (self.Status.ONTVANGEN, self.Status.IN_BEHANDELING)

    def uiterste_datum(self) -> date | None:
        from .termijn import uiterste_datum

        return uiterste_datum(self)

    def tijdig(self) -> bool | None:
        from .termijn import tijdig

        return tijdig(self)

    def termijn(self) -> Any:
        from .termijn import beslistermijn

        return beslistermijn(self)


class Termijngebeurtenis(models.Model):
    """A verdaging (Awb 7:10 lid 3, through the deadline engine), further postponement with the
    objector's consent (7:10 lid 4: a date agreed, recorded), or the opschorting while an omission
    is repaired (6:6, 7:10 lid 2: from the day after the request, ``tot`` empty while it runs)."""

    class Soort(models.TextChoices):
        VERDAAGD = "verdaagd", "Verdaging (Awb 7:10 lid 3)"
        INSTEMMING = "instemming", "Verder uitstel met instemming van de bezwaarmaker (Awb 7:10 lid 4)"
        OPGESCHORT = "opgeschort", "Herstel verzuim (Awb 6:6; opgeschort, Awb 7:10 lid 2)"

    bezwaar = models.ForeignKey(Bezwaar, on_delete=models.CASCADE, related_name="termijngebeurtenissen")
    soort = models.CharField(max_length=12, choices=Soort.choices)
    datum = models.DateField(
        help_text="verdaging: schriftelijk meegedeeld op; instemming: ontvangen op; opschorting: eerste dag"
    )
    nieuwe_datum = models.DateField(
        null=True, blank=True, help_text="instemming: de afgesproken datum; opschorting: hersteltermijn tot"
    )
    tot = models.DateField(null=True, blank=True, help_text="opschorting: laatste dag (leeg: loopt nog)")
    reden = models.TextField()
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    vastgelegd_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["datum", "pk"]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} {self.datum}"


class Hoorzitting(models.Model):
    """The hearing of the objector and other interested parties (Awb 7:2), with its report (7:7)."""

    bezwaar = models.ForeignKey(Bezwaar, on_delete=models.CASCADE, related_name="hoorzittingen")
    gehoord_op = models.DateField()
    hoorder = models.CharField("gehoord door", max_length=300)
    verschenen = models.BooleanField(default=True)
    verslag = models.TextField()
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["gehoord_op", "pk"]
        verbose_name_plural = "hoorzittingen"

    def __str__(self) -> str:
        return f"Hoorzitting {self.gehoord_op}"


class Brief(models.Model):
    """A letter to the objector as sent: its PDF and text are kept as they were."""

    class Soort(models.TextChoices):
        ONTVANGSTBEVESTIGING = "ontvangstbevestiging", "Ontvangstbevestiging (Awb 6:14)"
        VERDAGING = "verdaging", "Verdaging van de beslissing (Awb 7:10 lid 3)"
        BESLISSING = "beslissing", "Beslissing op bezwaar (Awb 7:11, 7:12)"

    bezwaar = models.ForeignKey(Bezwaar, on_delete=models.CASCADE, related_name="brieven")
    soort = models.CharField(max_length=25, choices=Soort.choices)
    datum = models.DateField()
    onderwerp = models.CharField(max_length=300)
    tekst = models.TextField()
    pdf = models.FileField(upload_to="bezwaar/brieven/")
    per_email = models.BooleanField(default=False)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["datum", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["bezwaar", "soort"], name="bezwaar_een_brief_per_soort")
        ]

    def __str__(self) -> str:
        return self.onderwerp


class Logregel(models.Model):
    """The course of events as people read it (the audit trail keeps the formal record)."""

    bezwaar = models.ForeignKey(Bezwaar, on_delete=models.CASCADE, related_name="logboek")
    datum = models.DateField()
    omschrijving = models.CharField(max_length=500)
    door = models.CharField(max_length=200)

    class Meta:
        ordering = ["datum", "pk"]

    def __str__(self) -> str:
        return f"{self.datum} {self.omschrijving}"
