"""Woo requests (and active disclosures), their term events, documents with assessment and
proposed redactions, third parties, and publications with their files."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.db import models


class Verzoek(models.Model):
    """A Woo request, or an active disclosure (soort actief) that goes the same way."""

    class Soort(models.TextChoices):
        VERZOEK = "verzoek", "Woo-verzoek"
        ACTIEF = "actief", "Actieve openbaarmaking"

    class Kanaal(models.TextChoices):
        WEBFORMULIER = "webformulier", "Webformulier"
        BRIEF = "brief", "Brief"
        EMAIL = "email", "E-mail"
        MONDELING = "mondeling", "Mondeling"
        KAMERBRIEF = "kamerbrief", "Kamerbrief verzonden (actieve openbaarmaking)"

    class Status(models.TextChoices):
        ONTVANGEN = "ontvangen", "Ontvangen"
        VERDUIDELIJKING = "verduidelijking_gevraagd", "Verduidelijking gevraagd"
        IN_BEHANDELING = "in_behandeling", "In behandeling"
        OPGESCHORT = "opgeschort", "Opgeschort (zienswijze derden)"
        BESLUIT_GENOMEN = "besluit_genomen", "Besluit genomen"
        WACHT = "wacht_op_openbaarmaking", "Wacht op openbaarmaking"
        GEPUBLICEERD = "gepubliceerd", "Gepubliceerd"
        AFGEROND = "afgerond", "Afgerond"
        INGETROKKEN = "ingetrokken", "Ingetrokken"
        NIET_IN_BEHANDELING = "niet_in_behandeling", "Niet in behandeling genomen"

    soort = models.CharField(max_length=10, choices=Soort.choices, default=Soort.VERZOEK)
    zaaknummer = models.CharField(max_length=30, unique=True)
    onderwerp = models.CharField(max_length=300)
    omschrijving = models.TextField("verzoek")
    kanaal = models.CharField(max_length=20, choices=Kanaal.choices)
    verzoeker_naam = models.CharField(max_length=200, blank=True)
    verzoeker_email = models.EmailField(blank=True)
    verzoeker_adres = models.TextField(blank=True)
    ontvangen_op = models.DateField()
    status = models.CharField(max_length=30, choices=Status.choices, default=Status.ONTVANGEN)
    eenheid = models.ForeignKey(
        "organisatie.Eenheid",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="behandelende directie",
    )
    behandelaar = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # precision (Woo art. 4.1 lid 5)
    precisering_gevraagd_op = models.DateField(null=True, blank=True)
    precisering_vraag = models.TextField(blank=True)
    precisering_termijn_tot = models.DateField(null=True, blank=True)
    precisering_ontvangen_op = models.DateField(null=True, blank=True)
    precisering_antwoord = models.TextField(blank=True)
    # decision
    besluit_nota = models.ForeignKey(
        "stukken.Nota", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    besluit_pdf = models.FileField(upload_to="woo/besluiten/", blank=True)
    inventaris_pdf = models.FileField(upload_to="woo/besluiten/", blank=True)
    inventaris_xlsx = models.FileField(upload_to="woo/besluiten/", blank=True)
    besluit_datum = models.DateField(null=True, blank=True)
    bekendgemaakt_op = models.DateField(null=True, blank=True)
    bezwaar_verwacht = models.BooleanField(default=False)
    publicatie_op = models.DateField(null=True, blank=True)
    # active disclosure
    kamerstuk = models.CharField(max_length=200, blank=True)
    informatiecategorie = models.CharField(max_length=200)
    afgerond_op = models.DateField(null=True, blank=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "Woo-verzoek"
        verbose_name_plural = "Woo-verzoeken"
        ordering = ["-ontvangen_op", "-pk"]

    def __str__(self) -> str:
        return f"{self.zaaknummer} {self.onderwerp}"

    @property
    def is_verzoek(self) -> bool:
        return self.soort == self.Soort.VERZOEK

    @property
    def rubricering(self) -> int:
        return 0

    def termijn(self) -> Any:
        from .termijn import beslistermijn

        return beslistermijn(self) if self.is_verzoek else None

    def uiterste_datum(self) -> date | None:
        uitkomst = self.termijn()
        return getattr(uitkomst, "uiterste_datum", None)


class Termijngebeurtenis(models.Model):
    """An event the decision term is derived from: verdaging or opschorting (Woo art. 4.4)."""

    class Soort(models.TextChoices):
        VERDAAGD = "verdaagd", "Verdaging"
        OPGESCHORT = "opgeschort", "Opschorting"

    class Aanleiding(models.TextChoices):
        VERDAGING = "verdaging", "Verdaging (Woo art. 4.4 lid 2)"
        PRECISERING = "precisering", "Precisering gevraagd (Awb art. 4:15 lid 1 onder a)"
        ZIENSWIJZE = "zienswijze", "Zienswijze derden (Woo art. 4.4 lid 3)"

    verzoek = models.ForeignKey(Verzoek, on_delete=models.CASCADE, related_name="termijngebeurtenissen")
    soort = models.CharField(max_length=12, choices=Soort.choices)
    aanleiding = models.CharField(max_length=12, choices=Aanleiding.choices)
    datum = models.DateField(help_text="verdaging: meegedeeld op; opschorting: eerste dag")
    tot = models.DateField(null=True, blank=True, help_text="laatste dag van de opschorting")
    reden = models.TextField(blank=True)
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    vastgelegd_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["datum", "pk"]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} {self.datum}"


class Logregel(models.Model):
    """The course of events as people read it (the audit trail keeps the formal record)."""

    verzoek = models.ForeignKey(Verzoek, on_delete=models.CASCADE, related_name="logboek")
    datum = models.DateField()
    omschrijving = models.CharField(max_length=400)
    door = models.CharField(max_length=200)
    op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["datum", "pk"]

    def __str__(self) -> str:
        return self.omschrijving


class Derde(models.Model):
    """A third party whose view is asked (Awb 4:8, Woo art. 4.4 lid 3)."""

    verzoek = models.ForeignKey(Verzoek, on_delete=models.CASCADE, related_name="derden")
    naam = models.CharField(max_length=200)
    contact = models.CharField(max_length=300, blank=True)
    gevraagd_op = models.DateField()
    verzoeker_geinformeerd_op = models.DateField()
    termijn_tot = models.DateField("zienswijze uiterlijk")
    ontvangen_op = models.DateField(null=True, blank=True)
    zienswijze = models.TextField(blank=True)
    afgesloten = models.BooleanField(default=False)
    bezwaar_verwacht = models.BooleanField(default=False)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.naam


class Beoordeling(models.TextChoices):
    OPENBAAR = "openbaar", "Openbaar"
    DEELS = "deels_openbaar", "Deels openbaar"
    NIET = "niet_openbaar", "Niet openbaar"
    REEDS = "reeds_openbaar", "Reeds openbaar"
    BUITEN = "buiten_reikwijdte", "Buiten reikwijdte"


class WooDocument(models.Model):
    """A document in a request: the version assessed (linked, not copied), or for a memo the
    generated PDF; its assessment, its redacted file and the checker's verdict."""

    verzoek = models.ForeignKey(Verzoek, on_delete=models.CASCADE, related_name="documenten")
    nummer = models.PositiveIntegerField()
    titel = models.CharField(max_length=300)
    datum = models.DateField(null=True, blank=True)
    versie = models.ForeignKey(
        "stukken.Versie", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    nota = models.ForeignKey(
        "stukken.Nota", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    bron_pdf = models.FileField("PDF om te beoordelen", upload_to="woo/bron/", blank=True)
    eenheid = models.ForeignKey(
        "organisatie.Eenheid", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    paginas = models.PositiveIntegerField(default=0)
    paginamaten = models.JSONField(default=list, blank=True)
    beoordeling = models.CharField(max_length=20, choices=Beoordeling.choices, blank=True)
    gronden = models.JSONField("gronden (niet openbaar)", default=list, blank=True)
    reeds_openbaar_waar = models.CharField(max_length=500, blank=True)
    toelichting_5_3 = models.TextField("motivering art. 5.3 (ouder dan 5 jaar)", blank=True)
    beoordeeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    beoordeeld_op = models.DateTimeField(null=True, blank=True)
    gelakt_pdf = models.FileField(upload_to="woo/gelakt/", blank=True)
    gelakt_op = models.DateTimeField(null=True, blank=True)
    controle_problemen = models.JSONField(default=list, blank=True)
    handmatig_nakijken = models.JSONField(default=list, blank=True)
    nagekeken_paginas = models.JSONField(default=list, blank=True)
    # the preview "as it will be published": the really redacted file for the decisions so far,
    # made again only when the decisions change (sleutel: a hash of what it was made from)
    voorbeeld_pdf = models.FileField(upload_to="woo/voorbeeld/", blank=True)
    voorbeeld_sleutel = models.CharField(max_length=64, blank=True)
    voorbeeld_problemen = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["verzoek", "nummer"]
        constraints = [models.UniqueConstraint(fields=["verzoek", "nummer"], name="woo_uniek_documentnummer")]

    def __str__(self) -> str:
        return f"{self.nummer}. {self.titel}"

    @property
    def wordt_gepubliceerd(self) -> bool:
        return self.beoordeling in (Beoordeling.OPENBAAR, Beoordeling.DEELS)

    @property
    def open_paginas(self) -> list[int]:
        """Pages flagged for review that nobody has checked yet."""
        return [p for p in self.handmatig_nakijken if p not in self.nagekeken_paginas]

    @property
    def gelakt_en_schoon(self) -> bool:
        return bool(self.gelakt_pdf) and not self.controle_problemen and not self.open_paginas

    def alle_gronden(self) -> list[str]:
        codes = set(self.gronden)
        codes.update(self.passages.filter(status__in=Passage.ACTIEF).values_list("grond", flat=True))
        return sorted(codes)

    def bron_bytes(self) -> bytes:
        bestand = self.bron_pdf if self.bron_pdf else self.versie.bestand  # type: ignore[union-attr]
        with bestand.open("rb") as f:
            return f.read()


class Passage(models.Model):
    """A proposed or added redaction on a page, with its ground."""

    class Status(models.TextChoices):
        VOORGESTELD = "voorgesteld", "Voorgesteld"
        GEACCEPTEERD = "geaccepteerd", "Geaccepteerd"
        AFGEWEZEN = "afgewezen", "Afgewezen"
        TOEGEVOEGD = "toegevoegd", "Toegevoegd door beoordelaar"

    ACTIEF = (Status.GEACCEPTEERD, Status.TOEGEVOEGD)

    document = models.ForeignKey(WooDocument, on_delete=models.CASCADE, related_name="passages")
    pagina = models.PositiveIntegerField()
    tekst = models.CharField(max_length=500)
    label = models.CharField(max_length=40, blank=True)
    grond = models.CharField(max_length=10)
    rect = models.JSONField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.VOORGESTELD)

    class Meta:
        ordering = ["document", "pagina", "pk"]

    def __str__(self) -> str:
        return f"p.{self.pagina} {self.grond}"

    def stijl(self) -> str:
        """CSS position of the box over the page image, in percent of the page."""
        if not self.rect:
            return ""
        maten = self.document.paginamaten
        if not 0 < self.pagina <= len(maten):
            return ""
        breedte, hoogte = maten[self.pagina - 1]
        x0, y0, x1, y1 = self.rect
        return (
            f"left:{100 * x0 / breedte:.2f}%;top:{100 * y0 / hoogte:.2f}%;"
            f"width:{100 * (x1 - x0) / breedte:.2f}%;height:{100 * (y1 - y0) / hoogte:.2f}%"
        )


class Motivering(models.Model):
    """The reasons per ground in a request's decision (weighing for relative grounds)."""

    verzoek = models.ForeignKey(Verzoek, on_delete=models.CASCADE, related_name="motiveringen")
    grond = models.CharField(max_length=10)
    tekst = models.TextField()

    class Meta:
        ordering = ["grond"]
        constraints = [
            models.UniqueConstraint(fields=["verzoek", "grond"], name="woo_een_motivering_per_grond")
        ]

    def __str__(self) -> str:
        return self.grond


class Publicatie(models.Model):
    """What the public portal shows: decision, inventory, redacted documents, metadata."""

    class Status(models.TextChoices):
        GEPLAND = "gepland", "Gepland (wacht op openbaarmaking)"
        GEPUBLICEERD = "gepubliceerd", "Gepubliceerd"
        INGETROKKEN = "ingetrokken", "Ingetrokken"

    verzoek = models.OneToOneField(Verzoek, on_delete=models.PROTECT, related_name="publicatie")
    titel = models.CharField(max_length=400)
    status = models.CharField(max_length=20, choices=Status.choices)
    informatiecategorie = models.CharField(max_length=200)
    kamerstuk = models.CharField(max_length=200, blank=True)
    gepland_op = models.DateField()
    goedgekeurd_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    goedgekeurd_op = models.DateTimeField()
    gepubliceerd_op = models.DateTimeField(null=True, blank=True)
    ingetrokken_op = models.DateTimeField(null=True, blank=True)
    ingetrokken_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reden_intrekking = models.TextField(blank=True)

    class Meta:
        ordering = ["-gepubliceerd_op", "-pk"]

    def __str__(self) -> str:
        return self.titel


class Publicatiebestand(models.Model):
    class Soort(models.TextChoices):
        BESLUIT = "besluit", "Besluit"
        INVENTARIS = "inventaris", "Inventarislijst"
        DOCUMENT = "document", "Document"

    publicatie = models.ForeignKey(Publicatie, on_delete=models.CASCADE, related_name="bestanden")
    soort = models.CharField(max_length=20, choices=Soort.choices)
    volgorde = models.PositiveIntegerField()
    titel = models.CharField(max_length=400)
    bestandsnaam = models.CharField(max_length=255)
    bestand = models.FileField(upload_to="woo/publicaties/")
    mime = models.CharField(max_length=120)
    sha256 = models.CharField(max_length=64)
    tekst = models.TextField(blank=True)
    metadata_xml = models.TextField()
    document = models.ForeignKey(
        WooDocument, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["publicatie", "volgorde"]

    def __str__(self) -> str:
        return self.titel

    #: The file types a publication holds, as a citizen reads them.
    TYPEN = {
        "application/pdf": "PDF",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel (XLSX)",
        "application/xml": "XML",
        "text/xml": "XML",
        "text/csv": "CSV",
    }

    @property
    def bestandstype(self) -> str:
        """The file type for the portal: 'PDF', 'Excel (XLSX)', else the extension."""
        if self.mime in self.TYPEN:
            return self.TYPEN[self.mime]
        extensie = self.bestandsnaam.rsplit(".", 1)[-1] if "." in self.bestandsnaam else ""
        return extensie.upper() or "onbekend"

    @property
    def grootte(self) -> str:
        """The stored file's size in Dutch notation: '812 bytes', '245 kB', '1,4 MB'."""
        try:
            aantal = self.bestand.size
        except OSError:
            return "onbekend"
        if aantal < 1000:
            return f"{aantal} bytes"
        if aantal < 1_000_000:
            return f"{round(aantal / 1000)} kB"
        return f"{aantal / 1_000_000:.1f} MB".replace(".", ",")


class Briefbestand(models.Model):
    """A letter to the requester as it was made: rendered once by a background job
    (``woo.taken.maak_brief``) and served as this stored file, never rendered on request."""

    verzoek = models.ForeignKey(Verzoek, on_delete=models.CASCADE, related_name="brieven")
    soort = models.CharField(max_length=30)
    bestand = models.FileField(upload_to="woo/brieven/")
    gemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["verzoek", "soort"], name="woo_brief_eenmaal")]

    def __str__(self) -> str:
        return f"{self.soort} {self.verzoek.zaaknummer}"


class Verwerking(models.Model):
    """A heavy step on a request's documents, run as a background job (never inside a web
    request): a delivery through the bulk pipeline, an assessment in bulk with redaction and
    checking of every file, drawing up the decision and inventory, recording the decision, or
    publishing (every file checked once more). ``volgende`` (the next unit or document to do) is
    saved in the same transaction as each unit's work, so a job that was killed continues where
    it stopped and does nothing twice (the last three are one transaction each: a killed one
    left nothing and runs again); the page shows ``fase``, ``gedaan`` and ``totaal``."""

    class Soort(models.TextChoices):
        AANLEVERING = "aanlevering", "Aanlevering"
        BEOORDELING = "beoordeling", "Beoordeling in bulk"
        BESLUIT_OPSTELLEN = "besluit_opstellen", "Besluit opstellen"
        BESLUIT_NEMEN = "besluit_nemen", "Besluit nemen"
        PUBLICEREN = "publiceren", "Publiceren"

    #: The steps of the decision and publication: one transaction each, all or nothing.
    STAPPEN = (Soort.BESLUIT_OPSTELLEN, Soort.BESLUIT_NEMEN, Soort.PUBLICEREN)

    class Status(models.TextChoices):
        WACHTEND = "wachtend", "Wacht op de verwerker"
        BEZIG = "bezig", "Bezig"
        KLAAR = "klaar", "Klaar"
        MISLUKT = "mislukt", "Mislukt"

    verzoek = models.ForeignKey(Verzoek, on_delete=models.CASCADE, related_name="verwerkingen")
    soort = models.CharField(max_length=20, choices=Soort.choices)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.WACHTEND)
    omschrijving = models.CharField(max_length=300)
    opdracht = models.JSONField(default=dict, blank=True, help_text="wat er moet gebeuren")
    map = models.CharField("werkmap op de server", max_length=500, blank=True)
    eenheid = models.ForeignKey(
        "organisatie.Eenheid", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    fase = models.CharField(max_length=40, blank=True)
    gedaan = models.PositiveIntegerField(default=0)
    totaal = models.PositiveIntegerField(default=0)
    volgende = models.PositiveIntegerField(default=0)
    bericht = models.CharField(max_length=300, blank=True)
    verslag = models.JSONField(default=dict, blank=True)
    fout = models.TextField(blank=True)
    gestart_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    bijgewerkt_op = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "verwerking"
        verbose_name_plural = "verwerkingen"
        ordering = ["-aangemaakt_op", "-pk"]

    def __str__(self) -> str:
        return self.omschrijving

    @property
    def loopt(self) -> bool:
        return self.status in (self.Status.WACHTEND, self.Status.BEZIG)

    @property
    def in_een_keer(self) -> bool:
        """A step of the decision or publication: one transaction, all or nothing."""
        return self.soort in self.STAPPEN

    @property
    def procent(self) -> int:
        if self.status == self.Status.KLAAR:
            return 100
        return int(100 * self.gedaan / self.totaal) if self.totaal else 0
