"""User administration: requests to raise a clearance (four eyes) and the log-in sessions of
each user. The users themselves are ``core.Gebruiker``."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from ministerie.core.rubricering import Rubricering


class Clearanceaanvraag(models.Model):
    """A raise of a user's clearance to Stg. Confidentieel or higher, waiting for a second
    functioneel beheerder. Until it is approved the user keeps the old clearance."""

    class Status(models.TextChoices):
        OPEN = "open", "Wacht op goedkeuring"
        GOEDGEKEURD = "goedgekeurd", "Goedgekeurd"
        AFGEWEZEN = "afgewezen", "Afgewezen"
        VERVALLEN = "vervallen", "Vervallen"

    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="clearanceaanvragen"
    )
    van = models.IntegerField("huidige rubricering", choices=Rubricering.choices)
    naar = models.IntegerField("gevraagde rubricering", choices=Rubricering.choices)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    aangevraagd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    aangevraagd_door_naam = models.CharField(
        max_length=200, help_text="Wie de aanvraag deed; bij de opdrachtregel 'ministerie gebruiker'."
    )
    aangevraagd_op = models.DateTimeField()
    herkomst = models.CharField(max_length=20, help_text="pagina, api, opdrachtregel of hr-import")
    beoordeeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    beoordeeld_op = models.DateTimeField(null=True, blank=True)
    toelichting = models.CharField(max_length=500, blank=True)

    class Meta:
        verbose_name = "clearance-aanvraag"
        verbose_name_plural = "clearance-aanvragen"
        ordering = ["aangevraagd_op", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["gebruiker"],
                condition=Q(status="open"),
                name="een_open_clearanceaanvraag_per_gebruiker",
            )
        ]

    HERKOMSTEN = {
        "beheer": "via de beheerpagina's of de API",
        "opdrachtregel": "via de opdrachtregel",
        "hr-import": "via de HR-import",
    }

    def __str__(self) -> str:
        return f"{self.gebruiker}: {self.get_van_display()} → {self.get_naar_display()}"

    @property
    def herkomst_leesbaar(self) -> str:
        return self.HERKOMSTEN.get(self.herkomst, self.herkomst)


class Sessie(models.Model):
    """One log-in session of a user. Only a hash of the session key is kept; the record's id
    travels in the session itself, so the middleware finds it with one indexed read."""

    gebruiker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sessies")
    sleutel_hash = models.CharField(max_length=64, db_index=True)
    begonnen_op = models.DateTimeField()
    laatst_gezien = models.DateTimeField()
    adres = models.GenericIPAddressField("IP-adres", null=True, blank=True)
    browser = models.CharField(max_length=300, blank=True)
    beeindigd_op = models.DateTimeField("beëindigd op", null=True, blank=True)
    reden = models.CharField("reden van beëindigen", max_length=40, blank=True)

    class Meta:
        verbose_name = "sessie"
        verbose_name_plural = "sessies"
        ordering = ["-laatst_gezien", "-pk"]
        indexes = [models.Index(fields=["gebruiker", "beeindigd_op"])]

    def __str__(self) -> str:
        return f"sessie van {self.gebruiker} sinds {self.begonnen_op:%d-%m-%Y %H:%M}"
