"""Correspondence of team Maatschappelijke Correspondentie (dossier §2.4): each incoming item is
a case (``Zaak``) with its channel, sender, kind, assignment and due date; a message read from
the mailbox is kept as it arrived (``Postbericht``, with its attachments); the answer
(``Antwoord``) is drafted from text blocks (``Tekstblok``), signed by whom the rules say and sent.
The mandate a bewindspersoon agreed with MC is kept per bewindspersoon (``Mandaat``)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from ministerie.core.rubricering import Rubricering


class Kanaal(models.TextChoices):
    EMAIL = "email", "E-mail"
    BRIEF = "brief", "Brief"
    TELEFOON = "telefoon", "Telefoon"
    SOCIALE_MEDIA = "sociale_media", "Sociale media"
    WEBFORMULIER = "webformulier", "Webformulier"


class Soort(models.TextChoices):
    BURGERBRIEF = "burgerbrief", "Burgerbrief"
    KINDERBRIEF = "kinderbrief", "Kinderbrief"
    ORGANISATIE = "organisatie", "Brief van een organisatie"
    OVERHEID = "overheid", "Brief van een andere overheid"


class Campagne(models.Model):
    """Near-identical messages of a mass campaign, answered together."""

    naam = models.CharField(max_length=200)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "campagne"
        verbose_name_plural = "campagnes"
        ordering = ["-aangemaakt_op"]

    def __str__(self) -> str:
        return self.naam


class Zaak(models.Model):
    """One incoming item: a letter, e-mail, call, social-media question or web form."""

    class Status(models.TextChoices):
        NIEUW = "nieuw", "Nieuw"
        IN_BEHANDELING = "in_behandeling", "In behandeling"
        TER_ONDERTEKENING = "ter_ondertekening", "Ter ondertekening"
        ONDERTEKEND = "ondertekend", "Ondertekend, te verzenden"
        AFGEHANDELD = "afgehandeld", "Afgehandeld"
        OMGEZET = "omgezet", "Omgezet (klacht, Woo-verzoek of bezwaar)"

    zaaknummer = models.CharField(max_length=30, unique=True)
    kanaal = models.CharField(max_length=20, choices=Kanaal.choices)
    afzender_naam = models.CharField("naam afzender", max_length=200, blank=True)
    afzender_organisatie = models.CharField("organisatie", max_length=200, blank=True)
    afzender_email = models.EmailField("e-mailadres", max_length=254, blank=True)
    afzender_adres = models.TextField("postadres", max_length=500, blank=True)
    leeftijd = models.PositiveSmallIntegerField("leeftijd (als genoemd)", null=True, blank=True)
    onderwerp = models.CharField(max_length=300)
    tekst = models.TextField(blank=True)
    bewindspersoon = models.ForeignKey(
        "organisatie.Eenheid",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"soort": "bewindspersoon"},
        verbose_name="gericht aan",
    )
    soort = models.CharField(max_length=20, choices=Soort.choices, default=Soort.BURGERBRIEF)
    soort_voorgesteld = models.CharField(max_length=20, choices=Soort.choices, blank=True)
    reden_voorstel = models.CharField(max_length=300, blank=True)
    soort_bevestigd = models.BooleanField(default=False)
    politiek_gevoelig = models.BooleanField(default=False)
    toegewezen_aan = models.ForeignKey(
        "organisatie.Eenheid", on_delete=models.PROTECT, related_name="+", verbose_name="behandeld door"
    )
    ontvangen_op = models.DateTimeField()
    uiterste_datum = models.DateField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NIEUW)
    afgehandeld_op = models.DateTimeField(null=True, blank=True)
    omgezet_naar = models.CharField(
        "omgezet naar", max_length=60, blank=True, help_text="Het kenmerk van het Woo-verzoek of de klacht."
    )
    campagne = models.ForeignKey(
        Campagne, on_delete=models.SET_NULL, null=True, blank=True, related_name="zaken"
    )
    #: MinHash signature of the text (lakken.bulk.gelijkenis), to find near-identical campaign mail
    handtekening = models.BinaryField(null=True, blank=True, editable=False)
    geregistreerd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    #: correspondence holds personal data: Intern (a notification e-mail leaves the title out)
    rubricering = Rubricering.INTERN

    class Meta:
        verbose_name = "correspondentiezaak"
        verbose_name_plural = "correspondentiezaken"
        ordering = ["uiterste_datum", "pk"]
        indexes = [models.Index(fields=["status", "uiterste_datum"])]

    def __str__(self) -> str:
        return f"{self.zaaknummer} {self.onderwerp}"

    @property
    def open(self) -> bool:
        return self.status not in (self.Status.AFGEHANDELD, self.Status.OMGEZET)

    @property
    def afzender(self) -> str:
        return self.afzender_naam or self.afzender_organisatie or self.afzender_email or "onbekende afzender"


class Postbericht(models.Model):
    """A message read from the mailbox, kept as it arrived (the .eml bytes). Stored once: its
    Message-ID and the SHA-256 of its bytes are unique. A message that cannot become a case (no
    sender, unreadable) is in quarantine with a Dutch reason; nothing is lost."""

    class Status(models.TextChoices):
        ZAAK = "zaak", "Zaak aangemaakt"
        QUARANTAINE = "quarantaine", "In quarantaine"

    message_id = models.CharField(max_length=500, blank=True)
    sha256 = models.CharField(max_length=64, unique=True)
    grootte = models.PositiveBigIntegerField()
    bestand = models.FileField(upload_to="correspondentie/post/%Y/%m/", blank=True)
    van = models.CharField(max_length=500, blank=True)
    onderwerp = models.CharField(max_length=500, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices)
    reden = models.TextField(blank=True)
    zaak = models.ForeignKey(Zaak, on_delete=models.SET_NULL, null=True, blank=True, related_name="berichten")
    ontvangen_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "postbericht"
        verbose_name_plural = "postberichten"
        ordering = ["-ontvangen_op"]
        constraints = [
            models.UniqueConstraint(
                fields=["message_id"], condition=~Q(message_id=""), name="uniek_postbericht_message_id"
            )
        ]

    def __str__(self) -> str:
        return self.onderwerp or self.message_id or self.sha256[:12]


class Bijlage(models.Model):
    """An attachment of a case: from an e-mail, or the scan of a letter. One that is over the
    size limit is not stored apart; ``reden`` says why (it stays in the original message)."""

    zaak = models.ForeignKey(Zaak, on_delete=models.CASCADE, related_name="bijlagen")
    naam = models.CharField(max_length=255)
    mime = models.CharField(max_length=150, blank=True)
    grootte = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    bestand = models.FileField(upload_to="correspondentie/bijlagen/%Y/%m/", blank=True)
    tekst = models.TextField("herkende tekst", blank=True)
    reden = models.CharField(max_length=500, blank=True)

    class Meta:
        verbose_name = "bijlage"
        verbose_name_plural = "bijlagen"
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.naam


class Tekstblok(models.Model):
    """A standard answer or text block, maintained by MC."""

    titel = models.CharField(max_length=200, unique=True)
    tekst = models.TextField(max_length=20_000)
    standaardantwoord = models.BooleanField(
        "standaardantwoord", default=False, help_text="Een volledig antwoord, bijvoorbeeld voor een campagne."
    )
    actief = models.BooleanField(default=True)
    gewijzigd_op = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "tekstblok"
        verbose_name_plural = "tekstblokken"
        ordering = ["titel"]

    def __str__(self) -> str:
        return self.titel


class Mandaat(models.Model):
    """What a bewindspersoon agreed with MC about signing answers to letters addressed to them
    (children's letters and politically sensitive items they always sign themselves)."""

    class Wie(models.TextChoices):
        BEWINDSPERSOON = "bewindspersoon", "De bewindspersoon tekent zelf"
        MC = "mc", "Team MC tekent namens de bewindspersoon"
        DIRECTIE = "directie", "De behandelende directie tekent namens de bewindspersoon"

    bewindspersoon = models.OneToOneField(
        "organisatie.Eenheid",
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to={"soort": "bewindspersoon"},
    )
    wie = models.CharField(max_length=20, choices=Wie.choices)
    gewijzigd_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    gewijzigd_op = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "mandaat"
        verbose_name_plural = "mandaten"

    def __str__(self) -> str:
        return f"{self.bewindspersoon}: {self.get_wie_display()}"


class Antwoord(models.Model):
    """The answer to a case: its text, the letter for signature (a memo when the bewindspersoon
    signs), the signature, and what was sent."""

    class Verzendwijze(models.TextChoices):
        EMAIL = "email", "Per e-mail"
        POST = "post", "Per post"

    zaak = models.OneToOneField(Zaak, on_delete=models.CASCADE, related_name="antwoord")
    tekst = models.TextField(max_length=50_000)
    opgesteld_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    gewijzigd_op = models.DateTimeField(auto_now=True)
    nota = models.ForeignKey(
        "stukken.Nota", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name="brief ter ondertekening",
    )  # fmt: skip
    ondertekend_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    ondertekend_als = models.CharField(max_length=200, blank=True)
    ondertekend_op = models.DateTimeField(null=True, blank=True)
    ondertekende_tekst_sha256 = models.CharField(max_length=64, blank=True)
    verzendwijze = models.CharField(max_length=10, choices=Verzendwijze.choices, blank=True)
    verzonden_op = models.DateTimeField(null=True, blank=True)
    verzonden_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    pdf = models.FileField("verzonden brief", upload_to="correspondentie/antwoorden/%Y/%m/", blank=True)
    eml = models.FileField("verzonden e-mail", upload_to="correspondentie/antwoorden/%Y/%m/", blank=True)

    class Meta:
        verbose_name = "antwoord"
        verbose_name_plural = "antwoorden"

    def __str__(self) -> str:
        return f"Antwoord op {self.zaak.zaaknummer}"


class Vernietigingslijst(models.Model):
    """The cases past their retention (``regels.yaml``), proposed for destruction; destroyed only
    when MC approves. The list itself is kept: which cases (number, kind, closed on) were
    destroyed, by whose approval, when."""

    opgesteld_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    opgesteld_op = models.DateTimeField(auto_now_add=True)
    zaken = models.JSONField(default=list)
    goedgekeurd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    goedgekeurd_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "vernietigingslijst"
        verbose_name_plural = "vernietigingslijsten"
        ordering = ["-opgesteld_op"]

    def __str__(self) -> str:
        return f"Vernietigingslijst van {self.opgesteld_op:%d-%m-%Y} ({len(self.zaken)} zaken)"


class Jaarverslagaanbieding(models.Model):
    """The yearly report of MC offered to the Tweede Kamer as a Kamerbrief: once per year. The
    memo (``stukken.Nota``, soort Kamerbrief) carries the PDF and the XLSX as its attachments;
    both are kept here too, with the figures as they were offered."""

    jaar = models.PositiveSmallIntegerField(unique=True)
    nota = models.ForeignKey(
        "stukken.Nota",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="Kamerbrief",
    )
    nota_kenmerk = models.CharField(max_length=40)
    pdf = models.FileField(upload_to="correspondentie/jaarverslagen/")
    xlsx = models.FileField(upload_to="correspondentie/jaarverslagen/")
    aangeboden_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    aangeboden_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "aanbieding jaarverslag"
        verbose_name_plural = "aanbiedingen jaarverslag"
        ordering = ["-jaar"]

    def __str__(self) -> str:
        return f"Jaarverslag {self.jaar} ({self.nota_kenmerk})"
