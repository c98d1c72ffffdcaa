"""Documents with versions, memos (nota's) with their routing of initials and decisions."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from ministerie.core.rubricering import Rubricering


class Document(models.Model):
    """A stored document; its content lives in versions, the newest is the current one."""

    titel = models.CharField(max_length=300)
    eenheid = models.ForeignKey(
        "organisatie.Eenheid",
        on_delete=models.PROTECT,
        related_name="documenten",
        verbose_name="eigenaar (eenheid)",
    )
    rubricering = models.IntegerField(choices=Rubricering.choices, default=Rubricering.INTERN)
    datum = models.DateField("documentdatum", null=True, blank=True)
    gerelateerd = models.ManyToManyField("self", blank=True, verbose_name="gerelateerde stukken")
    aangemaakt_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "document"
        verbose_name_plural = "documenten"
        ordering = ["-aangemaakt_op"]

    def __str__(self) -> str:
        return self.titel

    @property
    def huidige_versie(self) -> Versie | None:
        return self.versies.order_by("-nummer").first()


class Versie(models.Model):
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="versies")
    nummer = models.PositiveIntegerField()
    bestand = models.FileField(upload_to="stukken/%Y/%m/")
    bestandsnaam = models.CharField(max_length=255)
    sha256 = models.CharField(max_length=64, db_index=True)
    grootte = models.PositiveBigIntegerField()
    mime = models.CharField("type (naar inhoud)", max_length=120)
    soort = models.CharField(max_length=20)
    tekst = models.TextField("geëxtraheerde tekst", blank=True)
    paginas = models.PositiveIntegerField(null=True, blank=True)
    waarschuwingen = models.JSONField(default=list, blank=True)
    aangemaakt_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "versie"
        verbose_name_plural = "versies"
        ordering = ["document", "nummer"]
        constraints = [models.UniqueConstraint(fields=["document", "nummer"], name="uniek_versienummer")]

    def __str__(self) -> str:
        return f"{self.document} v{self.nummer}"

    @property
    def pagina_nummers(self) -> range:
        return range(1, (self.paginas or 0) + 1)


class Quarantaine(models.Model):
    """An upload that could not be read: kept with its reason, never lost."""

    bestand = models.FileField(upload_to="quarantaine/%Y/%m/")
    bestandsnaam = models.CharField(max_length=255)
    sha256 = models.CharField(max_length=64)
    grootte = models.PositiveBigIntegerField()
    reden = models.TextField()
    eenheid = models.ForeignKey("organisatie.Eenheid", on_delete=models.PROTECT, related_name="+")
    rubricering = models.IntegerField(choices=Rubricering.choices, default=Rubricering.INTERN)
    aangeleverd_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    aangeleverd_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "bestand in quarantaine"
        verbose_name_plural = "quarantaine"
        ordering = ["-aangeleverd_op"]

    def __str__(self) -> str:
        return f"{self.bestandsnaam}: {self.reden}"


class Nota(models.Model):
    """A memo to the political leadership, with its routing of initials."""

    class Soort(models.TextChoices):
        BESLISNOTA = "beslisnota", "Beslisnota"
        INFORMATIENOTA = "informatienota", "Informatienota"
        VERGADERSTUK = "vergaderstuk", "(Geannoteerd) vergaderstuk"
        KAMERBRIEF = "kamerbrief", "Kamerbrief in concept"
        ANTWOORD_KAMERVRAGEN = "antwoord_kamervragen", "Beantwoording Kamervragen"
        BRIEF = "brief", "Brief ter ondertekening"

    class Status(models.TextChoices):
        CONCEPT = "concept", "Concept"
        IN_PARAFERING = "in_parafering", "In parafering"
        TERUGGESTUURD = "teruggestuurd", "Teruggestuurd"
        TER_BESLISSING = "ter_beslissing", "Ter beslissing"
        BESLOTEN = "besloten", "Besloten"
        AFGEDAAN = "afgedaan", "Afgedaan"

    soort = models.CharField(max_length=20, choices=Soort.choices)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.CONCEPT)
    kenmerk = models.CharField(max_length=40, unique=True)
    onderwerp = models.CharField(max_length=300)
    aan = models.CharField(max_length=200, help_text="Bijvoorbeeld: de minister van BZK")
    eenheid = models.ForeignKey(
        "organisatie.Eenheid", on_delete=models.PROTECT, related_name="notas", verbose_name="van"
    )
    auteur = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    datum = models.DateField()
    rubricering = models.IntegerField(choices=Rubricering.choices, default=Rubricering.INTERN)
    aanleiding = models.TextField(blank=True)
    kernpunten = models.TextField(blank=True)
    toelichting = models.TextField(blank=True)
    uiterste_beslisdatum = models.DateField(null=True, blank=True)
    reden_beslisdatum = models.CharField(max_length=300, blank=True)
    kamerstuk = models.CharField("relatie met Kamerstuk of toezegging", max_length=200, blank=True)
    openbaar_bij_kamerstuk = models.BooleanField(
        "openbaar maken bij Kamerstuk",
        default=False,
        help_text="Actieve openbaarmaking van beslisnota's bij Kamerstukken.",
    )
    bijlagen = models.ManyToManyField(Document, blank=True, related_name="bij_notas")
    medeauteurs = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="+",
        verbose_name="medeauteurs",
        help_text="Collega's die de opsteller noemt; zij mogen de nota bewerken zoals de opsteller.",
    )
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    gewijzigd_op = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "nota"
        verbose_name_plural = "nota's"
        ordering = ["-aangemaakt_op"]

    def __str__(self) -> str:
        return f"{self.kenmerk} {self.onderwerp}"

    @property
    def wordt_getekend(self) -> bool:
        """The bewindspersoon signs this memo ("Tekenen") instead of deciding on it."""
        return self.soort in TE_TEKENEN

    @property
    def statuslabel(self) -> str:
        """The status as people read it: a memo that is signed is "Ter tekening", then
        "Getekend" (not "Ter beslissing", "Besloten")."""
        if self.wordt_getekend and self.status == self.Status.TER_BESLISSING:
            return "Ter tekening"
        if self.wordt_getekend and self.status == self.Status.BESLOTEN:
            return "Getekend"
        return str(self.get_status_display())

    @property
    def lege_antwoorden(self) -> list[int]:
        """The numbers of the questions whose answer is still empty (an answer memo)."""
        return [a.nummer for a in self.antwoorden.all() if not a.tekst.strip()]


#: Kinds of memo the bewindspersoon signs ("Tekenen": a signature on the letter or its answers,
#: no decision points). Their lifecycle is the same as a decided memo's (Besloten, then
#: Afgedaan). A Kamerbrief is signed, as the answers to Kamervragen are; a letter for signature
#: (``BRIEF``: an answer of team MC to a child's letter or a politically sensitive letter, made
#: by the correspondence part) carries the letter in its Toelichting.
TE_TEKENEN = frozenset({Nota.Soort.ANTWOORD_KAMERVRAGEN, Nota.Soort.KAMERBRIEF, Nota.Soort.BRIEF})


class Antwoord(models.Model):
    """One answer in an answer memo to Kamervragen, numbered like the question it answers. The
    question is copied from the set of questions when the memo is made (a memo knows no
    parliament records); the author and co-authors write the answer."""

    nota = models.ForeignKey(Nota, on_delete=models.CASCADE, related_name="antwoorden")
    nummer = models.PositiveIntegerField()
    vraag = models.TextField()
    tekst = models.TextField("antwoord", blank=True)

    class Meta:
        verbose_name = "antwoord"
        verbose_name_plural = "antwoorden"
        ordering = ["nota", "nummer"]
        constraints = [models.UniqueConstraint(fields=["nota", "nummer"], name="uniek_antwoordnummer")]

    def __str__(self) -> str:
        return f"Antwoord {self.nummer}"


class Beslispunt(models.Model):
    class Besluit(models.TextChoices):
        AKKOORD = "akkoord", "Akkoord"
        NIET_AKKOORD = "niet_akkoord", "Niet akkoord"
        BESPROKEN = "besproken", "Besproken"
        AANGEHOUDEN = "aangehouden", "Aangehouden"

    nota = models.ForeignKey(Nota, on_delete=models.CASCADE, related_name="beslispunten")
    volgorde = models.PositiveIntegerField()
    tekst = models.TextField()
    besluit = models.CharField(max_length=20, choices=Besluit.choices, blank=True)
    toelichting = models.TextField(blank=True)
    besloten_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    besloten_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "beslispunt"
        verbose_name_plural = "beslispunten"
        ordering = ["nota", "volgorde"]

    def __str__(self) -> str:
        return f"{self.volgorde}. {self.tekst[:60]}"


class Parafeerstap(models.Model):
    """One holder on the route. Steps with the same ``niveau`` run in parallel."""

    class Soort(models.TextChoices):
        LIJN = "lijn", "Paraaf in de lijn"
        MEDEPARAAF = "medeparaaf", "Medeparaaf"
        BESLISSING = "beslissing", "Beslissing bewindspersoon"

    class Status(models.TextChoices):
        WACHTEND = "wachtend", "Wachtend"
        AAN_DE_BEURT = "aan_de_beurt", "Aan de beurt"
        GEPARAFEERD = "geparafeerd", "Geparafeerd"
        TERUGGESTUURD = "teruggestuurd", "Teruggestuurd"
        BESLOTEN = "besloten", "Besloten"
        GETEKEND = "getekend", "Getekend"
        VERVALLEN = "vervallen", "Vervallen"

    nota = models.ForeignKey(Nota, on_delete=models.CASCADE, related_name="stappen")
    niveau = models.PositiveIntegerField()
    soort = models.CharField(max_length=20, choices=Soort.choices, default=Soort.LIJN)
    houder = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    eenheid = models.ForeignKey(
        "organisatie.Eenheid", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.WACHTEND)
    opmerking = models.TextField(blank=True)
    aan_de_beurt_sinds = models.DateTimeField(null=True, blank=True)
    afgerond_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "parafeerstap"
        verbose_name_plural = "parafeerroute"
        ordering = ["nota", "niveau", "pk"]

    def __str__(self) -> str:
        return f"{self.nota.kenmerk} niveau {self.niveau}: {self.houder}"


class Annotatie(models.Model):
    """A note by the bewindspersoon (or anyone on the route), free or anchored in the PDF."""

    nota = models.ForeignKey(Nota, on_delete=models.CASCADE, related_name="annotaties")
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    tekst = models.TextField()
    pagina = models.PositiveIntegerField(null=True, blank=True)
    x = models.FloatField(null=True, blank=True, help_text="0..1 van links")
    y = models.FloatField(null=True, blank=True, help_text="0..1 van boven")
    op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "annotatie"
        verbose_name_plural = "annotaties"
        ordering = ["op"]

    def __str__(self) -> str:
        return self.tekst[:60]


class Notaversie(models.Model):
    """One saved state of a memo's fields: who saved it, when, and its content as text (the
    readable difference with the version before is computed from two of these)."""

    nota = models.ForeignKey(Nota, on_delete=models.CASCADE, related_name="versies")
    nummer = models.PositiveIntegerField()
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    op = models.DateTimeField()
    inhoud = models.JSONField(default=dict, help_text="veld -> tekst, zoals het na deze versie luidde")
    gewijzigd = models.JSONField(
        default=list, blank=True, help_text="de velden die in deze versie veranderden"
    )

    class Meta:
        verbose_name = "notaversie"
        verbose_name_plural = "notaversies"
        ordering = ["nota", "nummer"]
        constraints = [models.UniqueConstraint(fields=["nota", "nummer"], name="uniek_notaversienummer")]

    def __str__(self) -> str:
        return f"{self.nota.kenmerk} versie {self.nummer}"


class Gebeurtenis(models.Model):
    """The timeline of a memo, as people read it (the audit trail keeps the formal record)."""

    nota = models.ForeignKey(Nota, on_delete=models.CASCADE, related_name="tijdlijn")
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    omschrijving = models.CharField(max_length=300)
    toelichting = models.TextField(blank=True)
    op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "gebeurtenis"
        verbose_name_plural = "tijdlijn"
        ordering = ["op", "pk"]

    def __str__(self) -> str:
        return self.omschrijving


class Bulkverwerking(models.Model):
    """A batch of files (folder, ZIP, mbox) processed for a Woo request: duplicates, threads,
    detection, inventory. The work state lives in ``werkmap``, so a restart continues.
    Seen only by the one who started it and the colleagues it is shared with."""

    class Status(models.TextChoices):
        WACHTEND = "wachtend", "Wacht op de verwerker"
        BEZIG = "bezig", "Bezig"
        KLAAR = "klaar", "Klaar"
        MISLUKT = "mislukt", "Mislukt"

    omschrijving = models.CharField(max_length=300)
    bron = models.CharField("bron (pad op de server)", max_length=500)
    werkmap = models.CharField(max_length=500)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.WACHTEND)
    fase = models.CharField(max_length=40, blank=True)
    gedaan = models.PositiveIntegerField(default=0)
    totaal = models.PositiveIntegerField(default=0)
    bericht = models.CharField(max_length=300, blank=True)
    verslag = models.JSONField(default=dict, blank=True)
    fout = models.TextField(blank=True)
    gestart_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    gedeeld_met = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="+",
        verbose_name="gedeeld met",
        help_text="Collega's die de verwerking, haar voortgang en haar inventarislijst mogen zien.",
    )
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    bijgewerkt_op = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "bulkverwerking"
        verbose_name_plural = "bulkverwerkingen"
        ordering = ["-aangemaakt_op"]

    def __str__(self) -> str:
        return self.omschrijving

    @property
    def procent(self) -> int:
        return int(100 * self.gedaan / self.totaal) if self.totaal else 0
