"""Information management (LEGAL.md §6): key officials, the selection list, kept items, ingest
runs, legal holds, destruction lists and transfers.

A kept item's bytes live in the file store (``MEDIA_ROOT/archief/…``) under their SHA-256; the
row keeps the checksum taken at ingest (fixity), the extracted text and the technical metadata.
After destruction the row stays as the record of destruction: bytes and text are gone.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from django.conf import settings
from django.db import models

from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid, Persoon


class Sleutelfunctionaris(models.Model):
    """A person in the register of key officials, by a short code used on the command line."""

    code = models.SlugField("code", max_length=80, unique=True)
    persoon = models.ForeignKey(Persoon, on_delete=models.PROTECT, related_name="sleutelfuncties")
    toelichting = models.CharField("toelichting", max_length=300, blank=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "sleutelfunctionaris"
        verbose_name_plural = "sleutelfunctionarissen"
        ordering = ["persoon__naam"]

    def __str__(self) -> str:
        return f"{self.persoon.naam} ({self.code})"


class Functieperiode(models.Model):
    """A period in which the key official held a position (functie, in a unit)."""

    class Functie(models.TextChoices):
        BEWINDSPERSOON = "bewindspersoon", "Bewindspersoon"
        POLITIEK_ASSISTENT = "politiek_assistent", "Politiek assistent"
        SG = "sg", "Secretaris-generaal"
        PSG = "psg", "Plaatsvervangend secretaris-generaal"
        DG = "dg", "Directeur-generaal"
        DIRECTEUR = "directeur", "Directeur"
        ANDERS = "anders", "Andere sleutelfunctie"

    functionaris = models.ForeignKey(Sleutelfunctionaris, on_delete=models.CASCADE, related_name="perioden")
    functie = models.CharField("functie", max_length=30, choices=Functie.choices)
    omschrijving = models.CharField("omschrijving", max_length=200, blank=True)
    eenheid = models.ForeignKey(Eenheid, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    van = models.DateField("van")
    tot = models.DateField("tot en met", null=True, blank=True)

    class Meta:
        verbose_name = "functieperiode"
        verbose_name_plural = "functieperiodes"
        ordering = ["van"]

    def __str__(self) -> str:
        return (
            f"{self.get_functie_display()} {self.van:%d-%m-%Y} – {self.tot:%d-%m-%Y}"
            if self.tot
            else (f"{self.get_functie_display()} vanaf {self.van:%d-%m-%Y}")
        )


class Selectieregel(models.Model):
    """One category of the selection list: what is kept, its valuation and its term."""

    class Waardering(models.TextChoices):
        BEWAREN = "bewaren", "Bewaren (overbrengen)"
        VERNIETIGEN = "vernietigen", "Vernietigen"

    categorie = models.SlugField("categorie", max_length=60, unique=True)
    omschrijving = models.CharField("omschrijving", max_length=300)
    waardering = models.CharField("waardering", max_length=20, choices=Waardering.choices)
    termijn_jaren = models.PositiveSmallIntegerField("termijn (jaren)")
    grondslag = models.CharField("grondslag", max_length=300, blank=True)

    class Meta:
        verbose_name = "selectieregel"
        verbose_name_plural = "selectielijst"
        ordering = ["categorie"]

    def __str__(self) -> str:
        return f"{self.categorie}: {self.get_waardering_display()} na {self.termijn_jaren} jaar"


class Ingestrun(models.Model):
    """One ingest of a source for a key official; resumable: ``positie`` is the number of
    units of the source handled, committed together with the items of each batch."""

    functionaris = models.ForeignKey(Sleutelfunctionaris, on_delete=models.PROTECT, related_name="ingests")
    soort = models.CharField(max_length=20)
    bron = models.CharField(max_length=1000)
    vingerafdruk = models.CharField(max_length=64)
    totaal = models.PositiveIntegerField(default=0)
    positie = models.PositiveIntegerField(default=0)
    opgeslagen = models.PositiveIntegerField(default=0)
    dubbel = models.PositiveIntegerField(default=0)
    onleesbaar = models.PositiveIntegerField(default=0)
    gestart_op = models.DateTimeField(auto_now_add=True)
    klaar_op = models.DateTimeField(null=True, blank=True)
    door = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = "inname"
        verbose_name_plural = "innames"
        ordering = ["-gestart_op"]

    def __str__(self) -> str:
        return f"Inname {self.pk} ({self.functionaris.code}, {self.soort})"

    @property
    def voortgang(self) -> int:
        return 100 if self.klaar_op else (100 * self.positie // self.totaal if self.totaal else 0)


class Innamefout(models.Model):
    """An item of a source that could not be read, with the Dutch reason."""

    run = models.ForeignKey(Ingestrun, on_delete=models.CASCADE, related_name="fouten")
    vindplaats = models.CharField(max_length=1000)
    reden = models.CharField(max_length=500)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"{self.vindplaats}: {self.reden}"


class Item(models.Model):
    """One kept information object (a message, an appointment, a chat message, a post)."""

    class Soort(models.TextChoices):
        MAIL = "mail", "E-mail"
        AGENDA = "agenda", "Agenda-item"
        CHAT = "chat", "Chatbericht"
        SOCIALE_MEDIA = "sociale-media", "Socialemediabericht"

    functionaris = models.ForeignKey(Sleutelfunctionaris, on_delete=models.PROTECT, related_name="items")
    ook_van = models.ManyToManyField(
        Sleutelfunctionaris,
        related_name="gedeelde_items",
        blank=True,
        help_text="Andere sleutelfunctionarissen in wier bron hetzelfde stuk zat (één keer bewaard).",
    )
    soort = models.CharField(max_length=20, choices=Soort.choices)
    regel = models.ForeignKey(Selectieregel, on_delete=models.PROTECT, related_name="items")
    sha256 = models.CharField(max_length=64, unique=True)
    grootte = models.PositiveBigIntegerField()
    bestand = models.FileField(upload_to="archief/", max_length=300, blank=True)
    bestandsnaam = models.CharField(max_length=255)
    mime = models.CharField(max_length=120)
    titel = models.CharField(max_length=500, blank=True)
    afzender = models.CharField(max_length=500, blank=True)
    datum = models.DateTimeField(null=True, blank=True)
    draad = models.CharField("draad", max_length=500, blank=True, db_index=True)
    tekst = models.TextField(blank=True)
    metadata = models.JSONField(default=dict)
    vindplaats = models.CharField(max_length=1000)
    rubricering = models.IntegerField(
        choices=Rubricering.choices, default=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
    )
    run = models.ForeignKey(Ingestrun, on_delete=models.PROTECT, related_name="items")
    ingenomen_op = models.DateTimeField(auto_now_add=True)
    termijn_tot = models.DateField("termijn verloopt op")
    vernietigd_op = models.DateTimeField(null=True, blank=True)
    vernietigd_door = models.CharField(max_length=400, blank=True)
    overgebracht_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "archiefstuk"
        verbose_name_plural = "archiefstukken"
        ordering = ["datum", "pk"]
        indexes = [models.Index(fields=["functionaris", "datum"]), models.Index(fields=["termijn_tot"])]

    def __str__(self) -> str:
        return (self.titel or self.bestandsnaam)[:300]

    @property
    def na_termijn(self) -> str:
        """What happens when the term ends: transfer or destruction."""
        return "overbrengen" if self.regel.waardering == Selectieregel.Waardering.BEWAREN else "vernietigen"

    @property
    def pad(self) -> Path:
        """Where the bytes are in the file store."""
        return Path(settings.MEDIA_ROOT) / str(self.bestand.name or "")

    @property
    def vernietigd(self) -> bool:
        return self.vernietigd_op is not None

    def termijn_verstreken(self, op: date) -> bool:
        return self.termijn_tot <= op


class Machtiging(models.Model):
    """The owner of a key official's archive (or the archivist) lets a user see its items."""

    functionaris = models.ForeignKey(
        Sleutelfunctionaris, on_delete=models.CASCADE, related_name="machtigingen"
    )
    gebruiker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    verleend_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    verleend_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["functionaris", "gebruiker"], name="unieke_machtiging")
        ]

    def __str__(self) -> str:
        return f"{self.gebruiker} mag {self.functionaris} inzien"


class Bewaarplicht(models.Model):
    """A legal hold: items of a key official (in a period) that may not be destroyed while a
    Woo request, complaint, objection or court case is open."""

    class Grond(models.TextChoices):
        WOO = "woo", "Woo-verzoek"
        KLACHT = "klacht", "Klacht"
        BEZWAAR = "bezwaar", "Bezwaar"
        RECHTSZAAK = "rechtszaak", "Rechtszaak"
        ANDERS = "anders", "Anders"

    functionaris = models.ForeignKey(
        Sleutelfunctionaris, on_delete=models.PROTECT, related_name="bewaarplichten"
    )
    van = models.DateField("vanaf", null=True, blank=True)
    tot = models.DateField("tot en met", null=True, blank=True)
    grond = models.CharField("grond", max_length=20, choices=Grond.choices)
    referentie = models.CharField("referentie", max_length=120)
    reden = models.CharField("reden", max_length=1000)
    gezet_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    gezet_op = models.DateTimeField(auto_now_add=True)
    opgeheven_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    opgeheven_op = models.DateTimeField(null=True, blank=True)
    reden_opheffing = models.CharField(max_length=1000, blank=True)

    class Meta:
        verbose_name = "bewaarplicht (legal hold)"
        verbose_name_plural = "bewaarplichten (legal holds)"
        ordering = ["-gezet_op"]

    def __str__(self) -> str:
        return f"{self.get_grond_display()} {self.referentie}"

    @property
    def actief(self) -> bool:
        return self.opgeheven_op is None


class Vernietigingslijst(models.Model):
    class Status(models.TextChoices):
        VOORGESTELD = "voorgesteld", "Voorgesteld"
        UITGEVOERD = "uitgevoerd", "Vernietigd"
        INGETROKKEN = "ingetrokken", "Ingetrokken"

    peildatum = models.DateField()
    items = models.ManyToManyField(Item, related_name="vernietigingslijsten")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.VOORGESTELD)
    aangemaakt_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    archivaris = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    archivaris_op = models.DateTimeField(null=True, blank=True)
    manager = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    manager_op = models.DateTimeField(null=True, blank=True)
    uitgevoerd_op = models.DateTimeField(null=True, blank=True)
    verklaring = models.FileField(upload_to="archief-verklaringen/", blank=True)
    verklaring_sha256 = models.CharField(max_length=64, blank=True)
    ingetrokken_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    ingetrokken_op = models.DateTimeField(null=True, blank=True)
    reden_intrekking = models.CharField("reden van intrekking", max_length=1000, blank=True)

    class Meta:
        verbose_name = "vernietigingslijst"
        verbose_name_plural = "vernietigingslijsten"
        ordering = ["-aangemaakt_op"]

    def __str__(self) -> str:
        return f"Vernietigingslijst {self.pk} (peildatum {self.peildatum:%d-%m-%Y})"


class Overbrenging(models.Model):
    """The record of a transfer package written for the Nationaal Archief."""

    map = models.CharField(max_length=1000)
    tot = models.DateField()
    aantal_items = models.PositiveIntegerField()
    aantal_bestanden = models.PositiveIntegerField()
    manifest_sha256 = models.CharField(max_length=64)
    door = models.CharField(max_length=200)
    op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "overbrenging"
        verbose_name_plural = "overbrengingen"
        ordering = ["-op"]

    def __str__(self) -> str:
        return f"Overbrenging {self.pk} ({self.aantal_items} stukken)"
