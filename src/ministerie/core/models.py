from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractUser
from django.db import models

from .permissiematrix import matrix
from .rubricering import Rubricering


def _rolkeuzes() -> list[tuple[str, str]]:
    return [(code, naam) for code, naam in matrix().rollen.items() if code != "anoniem"]


class Gebruiker(AbstractUser):
    """A civil servant or bewindspersoon with a log-in. The public has no account."""

    clearance = models.IntegerField(
        "rubriceringsniveau",
        choices=Rubricering.choices,
        default=Rubricering.INTERN,
        help_text="Het hoogste rubriceringsniveau dat deze gebruiker mag inzien.",
    )
    eenheden = models.ManyToManyField(
        "organisatie.Eenheid", blank=True, related_name="gebruikers", verbose_name="eenheden"
    )
    persoon = models.ForeignKey(
        "organisatie.Persoon",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="gebruikers",
        verbose_name="persoon in het organisatieregister",
    )
    is_demo = models.BooleanField(
        "demo-account", default=False, help_text="Alleen aangemaakt in de demo-omgeving."
    )
    # Users are never deleted, so the audit trail keeps its meaning: a user who leaves is
    # deactivated (is_active off) with the moment it happened (ministerie.gebruikers).
    gedeactiveerd_op = models.DateTimeField("gedeactiveerd op", null=True, blank=True)

    class Herkomst(models.TextChoices):
        LOKAAL = "lokaal", "Lokaal beheerd"
        HR = "hr", "HR-import"

    herkomst = models.CharField(
        "beheerd via",
        max_length=20,
        choices=Herkomst.choices,
        default=Herkomst.LOKAAL,
        help_text="HR-import: de import uit het HR-systeem beheert dit account en deactiveert het "
        "wanneer de persoon niet meer in de export staat.",
    )

    class Meta:
        verbose_name = "gebruiker"
        verbose_name_plural = "gebruikers"

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    def rolcodes(self) -> frozenset[str]:
        cached = getattr(self, "_rolcodes", None)
        if cached is None:
            cached = frozenset(self.rollen.values_list("rol", flat=True))
            self._rolcodes = cached
        return cached

    def rolnamen(self) -> list[str]:
        namen = matrix().rollen
        return [namen[c] for c in sorted(self.rolcodes()) if c in namen]

    def eenheden_in_scope(self) -> frozenset[int]:
        """The user's own units and every unit below them."""
        from ministerie.organisatie.models import Eenheid

        cached = getattr(self, "_eenheden_in_scope", None)
        if cached is None:
            cached = Eenheid.objects.met_onderliggende(self.eenheden.values_list("pk", flat=True))
            self._eenheden_in_scope = cached
        return cached


class Gebruikersrol(models.Model):
    gebruiker = models.ForeignKey(Gebruiker, on_delete=models.CASCADE, related_name="rollen")
    rol = models.CharField(max_length=40, choices=_rolkeuzes)

    class Meta:
        verbose_name = "rol van gebruiker"
        verbose_name_plural = "rollen van gebruikers"
        constraints = [models.UniqueConstraint(fields=["gebruiker", "rol"], name="unieke_rol_per_gebruiker")]

    def __str__(self) -> str:
        return f"{self.gebruiker} — {self.get_rol_display()}"


class AuditRecord(models.Model):
    """One line of the append-only, hash-chained audit trail.

    The subject is stored as text (type, id, description), never as a foreign key, so that a
    record survives the deletion of what it describes. The actor is kept by name for the same
    reason. Written only by ``ministerie.core.audit``.
    """

    volgnummer = models.BigIntegerField(unique=True)
    tijdstip = models.DateTimeField()
    actor_id = models.BigIntegerField(null=True, blank=True)
    actor_naam = models.CharField(max_length=200)
    actie = models.CharField(max_length=100)
    object_type = models.CharField(max_length=100, blank=True)
    object_id = models.CharField(max_length=100, blank=True)
    object_omschrijving = models.CharField(max_length=300, blank=True)
    rubricering = models.IntegerField(choices=Rubricering.choices, default=Rubricering.OPENBAAR)
    gegevens = models.JSONField(default=dict, blank=True)
    vorige_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        verbose_name = "auditrecord"
        verbose_name_plural = "audittrail"
        ordering = ["volgnummer"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"#{self.volgnummer} {self.actie} door {self.actor_naam}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise ValueError("De audittrail is alleen aan te vullen; een record wijzigt nooit.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise ValueError("De audittrail is alleen aan te vullen; een record verdwijnt nooit.")

    @property
    def actie_leesbaar(self) -> str:
        """The action in plain Dutch for people; the code stays what is stored and hashed."""
        return self.actie.replace("_", " ").capitalize()


class AuditKop(models.Model):
    """The head of the chain: one row, locked while a record is appended, so that two
    transactions can never both chain onto the same predecessor."""

    laatste_volgnummer = models.BigIntegerField(default=0)
    laatste_hash = models.CharField(max_length=64)

    class Meta:
        verbose_name = "kop van de audittrail"

    def __str__(self) -> str:
        return f"kop bij #{self.laatste_volgnummer}"
