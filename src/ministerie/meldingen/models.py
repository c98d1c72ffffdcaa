"""Notifications (meldingen) for the people who wait for something, and each user's choice of
e-mail. The parts create them through ``services.meld``; nothing else writes these rows."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from ministerie.core.rubricering import Rubricering


class Soort(models.TextChoices):
    BESLIST = "beslist", "Besloten"
    TERUGGESTUURD = "teruggestuurd", "Teruggestuurd"
    GETEKEND = "getekend", "Getekend"
    AFGEDAAN = "afgedaan", "Afgedaan"
    VERLOPEN = "verlopen", "Termijn verlopen"
    TE_DOEN = "te_doen", "Actie gevraagd"
    OVERIG = "overig", "Melding"


class Melding(models.Model):
    """One notification for one user about one event.

    ``link`` is a path on this site (the page of the item); ``object_type``/``object_id`` name the
    item as text (like the audit trail), so a notification survives the item. ``rubricering`` is
    the classification of the item: above Intern the e-mail does not carry the title."""

    ontvanger = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="meldingen", verbose_name="ontvanger"
    )
    soort = models.CharField("soort", max_length=20, choices=Soort.choices)
    titel = models.CharField("titel", max_length=300)
    tekst = models.TextField("tekst", blank=True)
    link = models.CharField("link", max_length=500)
    object_type = models.CharField("soort object", max_length=100, blank=True)
    object_id = models.CharField("object", max_length=64, blank=True)
    rubricering = models.IntegerField("rubricering", choices=Rubricering.choices, default=Rubricering.INTERN)
    sleutel = models.CharField(
        "gebeurtenis",
        max_length=200,
        blank=True,
        help_text="Naam van de gebeurtenis; dezelfde gebeurtenis geeft een ontvanger één melding.",
    )
    aangemaakt_op = models.DateTimeField("aangemaakt op", auto_now_add=True, db_index=True)
    gelezen_op = models.DateTimeField("gelezen op", null=True, blank=True)
    gemaild_op = models.DateTimeField("gemaild op", null=True, blank=True)

    class Meta:
        verbose_name = "melding"
        verbose_name_plural = "meldingen"
        ordering = ["-aangemaakt_op", "-pk"]
        indexes = [
            models.Index(fields=["ontvanger", "gelezen_op"], name="melding_ontvanger_gelezen"),
            models.Index(fields=["gemaild_op", "gelezen_op"], name="melding_te_mailen"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["ontvanger", "sleutel"],
                condition=~Q(sleutel=""),
                name="melding_eenmaal_per_gebeurtenis",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_soort_display()}: {self.titel}"

    @property
    def gelezen(self) -> bool:
        return self.gelezen_op is not None


class Meldingsvoorkeur(models.Model):
    """How a user wants to hear of notifications by e-mail. No row: the default (daily)."""

    class Email(models.TextChoices):
        DIRECT = "direct", "Direct, één e-mail per melding"
        DAGELIJKS = "dagelijks", "Eén keer per dag een overzicht"
        GEEN = "geen", "Geen e-mail, alleen in ministerie"

    STANDAARD = Email.DAGELIJKS

    gebruiker = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="meldingsvoorkeur",
        verbose_name="gebruiker",
    )
    email = models.CharField("e-mail", max_length=20, choices=Email.choices, default=STANDAARD)
    gewijzigd_op = models.DateTimeField("gewijzigd op", auto_now=True)

    class Meta:
        verbose_name = "meldingsvoorkeur"
        verbose_name_plural = "meldingsvoorkeuren"

    def __str__(self) -> str:
        return f"{self.gebruiker}: {self.get_email_display()}"


class Verloopcontrole(models.Model):
    """How far the overdue signal (``verlopen.meld_verlopen``) got: items due before
    ``gecontroleerd_tot`` have been looked at. One row (pk 1)."""

    gecontroleerd_tot = models.DateField("gecontroleerd tot")
    laatst_gedraaid_op = models.DateTimeField("laatst gedraaid op", auto_now=True)

    class Meta:
        verbose_name = "controle op verlopen termijnen"
        verbose_name_plural = "controles op verlopen termijnen"

    def __str__(self) -> str:
        return f"Verlopen termijnen gecontroleerd tot {self.gecontroleerd_tot:%d-%m-%Y}"
