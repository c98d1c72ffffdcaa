"""The minister's week: meeting structures, the bewindspersoon's agenda (appointments and series),
cabinet meetings with their annotated agenda, Bestuursraad decisions and the introduction
programme of a new bewindspersoon.

Times are stored as aware datetimes (UTC in the database) and shown in Europe/Amsterdam.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from ministerie.core.rubricering import Rubricering


class Overleg(models.Model):
    """A meeting structure from the dossier (2.2): who chairs, who keeps the minutes, who takes
    part, its rhythm as an iCalendar recurrence rule, who prepares what. Loaded from
    data/bzk-2021/overleggen.yaml by ``ministerie overleg laad``."""

    class Soort(models.TextChoices):
        MINISTERRAAD = "ministerraad", "Ministerraad"
        ONDERRAAD = "onderraad", "Onderraad"
        RIJKSMINISTERRAAD = "rijksministerraad", "Rijksministerraad"
        BEWINDSPERSONENOVERLEG = "bewindspersonenoverleg", "Bewindspersonenoverleg"
        VRAGENUUR = "vragenuur", "Vragenuur Tweede Kamer"
        BESTUURSRAAD = "bestuursraad", "Bestuursraad"
        BELEIDSOVERLEG = "beleidsoverleg", "Periodiek beleidsoverleg (PO)"
        BEWINDSPERSONEN_SG = "bewindspersonen_sg", "Overleg bewindspersonen en SG"
        TERUGKOPPELING = "terugkoppeling", "Terugkoppeling ministerraad"
        CDK = "cdk", "Overleg met de Commissarissen van de Koning"
        BESTUURLIJK_OVERLEG = "bestuurlijk_overleg", "Bestuurlijk overleg"
        EU_RAAD = "eu_raad", "Europese Raad (vakraad)"

    code = models.SlugField(max_length=80, unique=True)
    naam = models.CharField(max_length=200)
    soort = models.CharField(max_length=30, choices=Soort.choices)
    voorzitter = models.CharField(max_length=200, blank=True)
    secretaris = models.ForeignKey(
        "organisatie.Eenheid",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="secretaris (eenheid)",
    )
    secretaris_toelichting = models.CharField(max_length=300, blank=True)
    deelnemers = models.JSONField(default=list, blank=True)
    regel = models.CharField("ritme (iCalendar RRULE)", max_length=200)
    regel_toelichting = models.CharField(max_length=300, blank=True)
    vanaf = models.DateField("eerste keer (anker van het ritme)")
    begintijd = models.TimeField()
    duur_minuten = models.PositiveIntegerField()
    plaats = models.CharField(max_length=200, blank=True)
    voorbereiding = models.JSONField("wie bereidt wat voor", default=list, blank=True)
    ambtenaren_aanwezig = models.BooleanField(default=True)
    alleen_tijd = models.BooleanField(
        "alleen de tijd blokkeren", default=False, help_text="Het systeem houdt geen inhoud bij."
    )
    vast = models.BooleanField(
        "vast moment", default=False, help_text="De planner plant hier nooit iets overheen."
    )
    bron_sectie = models.CharField("dossiersectie", max_length=60)
    opmerking = models.TextField(blank=True)

    class Meta:
        verbose_name = "overlegstructuur"
        verbose_name_plural = "overlegstructuren"
        ordering = ["naam"]

    def __str__(self) -> str:
        return self.naam


class Agenda(models.Model):
    """The agenda of one bewindspersoon, kept by the secretariaat."""

    persoon = models.OneToOneField("organisatie.Persoon", on_delete=models.PROTECT, related_name="agenda")
    eenheid = models.ForeignKey(
        "organisatie.Eenheid", on_delete=models.PROTECT, related_name="+", verbose_name="portefeuille"
    )
    feed_sleutel = models.CharField(
        "SHA-256 van de geheime feed-sleutel", max_length=64, blank=True, db_index=True
    )
    feed_sinds = models.DateTimeField(null=True, blank=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "agenda"
        verbose_name_plural = "agenda's"
        ordering = ["eenheid__volgorde", "persoon__naam"]

    def __str__(self) -> str:
        return f"Agenda van {self.persoon.naam}"


class Soort(models.TextChoices):
    """The kind of an appointment; the introduction programme's kinds are part of the CLI
    contract (aivd, kennismaking, sg, overdracht)."""

    AFSPRAAK = "afspraak", "Afspraak"
    OVERLEG = "overleg", "Overleg"
    WERKBEZOEK = "werkbezoek", "Werkbezoek"
    POLITIEK = "politiek", "Politieke afspraak"
    BPO = "bpo", "Bewindspersonenoverleg"
    REIS = "reis", "Reistijd"
    AIVD = "aivd", "Kennismaking AIVD"
    SG = "sg", "Overleg met de SG"
    OVERDRACHT = "overdracht", "Overdracht"
    KENNISMAKING = "kennismaking", "Kennismaking"
    EXTERN = "extern", "Kennismaking extern"
    HOOG_COLLEGE = "hoog_college", "Kennismaking Hoog College van Staat"


POLITIEKE_SOORTEN = frozenset({Soort.POLITIEK, Soort.BPO})


class Reeks(models.Model):
    """A recurring appointment: an iCalendar recurrence rule from a first start, with
    exceptions (occurrences left out); a moved occurrence is an ``Afspraak`` with ``reeks`` and
    ``origineel_begin`` (RECURRENCE-ID)."""

    agenda = models.ForeignKey(Agenda, on_delete=models.CASCADE, related_name="reeksen")
    uid = models.CharField(max_length=255, unique=True)
    titel = models.CharField(max_length=200)
    soort = models.CharField(max_length=20, choices=Soort.choices, default=Soort.OVERLEG)
    regel = models.CharField("herhaling (iCalendar RRULE)", max_length=300)
    begin = models.DateTimeField("eerste begin")
    duur_minuten = models.PositiveIntegerField()
    uitzonderingen = models.JSONField("vervallen keren (ISO-tijden)", default=list, blank=True)
    plaats = models.CharField(max_length=200, blank=True)
    omschrijving = models.TextField(blank=True)
    rubricering = models.IntegerField(choices=Rubricering.choices, default=Rubricering.INTERN)
    overleg = models.ForeignKey(Overleg, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    aangemaakt_door = models.CharField(max_length=200)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "reeks"
        verbose_name_plural = "reeksen"
        ordering = ["begin"]

    def __str__(self) -> str:
        return self.titel


class Introductieprogramma(models.Model):
    """The introduction programme of a new bewindspersoon, planned from the rules and the
    organisation register; what did not fit is kept with its reason."""

    agenda = models.OneToOneField(Agenda, on_delete=models.CASCADE, related_name="introductie")
    beediging = models.DateField("dag van de beëdiging")
    niet_gepland = models.JSONField(default=list, blank=True)
    protocol = models.ForeignKey(
        "stukken.Document",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="getekend protocol van overdracht",
    )
    gepland_op = models.DateTimeField()
    gepland_door = models.CharField(max_length=200)

    class Meta:
        verbose_name = "introductieprogramma"
        verbose_name_plural = "introductieprogramma's"

    def __str__(self) -> str:
        return f"Introductieprogramma {self.agenda.persoon.naam} ({self.beediging:%d-%m-%Y})"


class Afspraak(models.Model):
    agenda = models.ForeignKey(Agenda, on_delete=models.CASCADE, related_name="afspraken")
    uid = models.CharField(max_length=255)
    titel = models.CharField(max_length=200)
    soort = models.CharField(max_length=20, choices=Soort.choices, default=Soort.AFSPRAAK)
    begin = models.DateTimeField()
    eind = models.DateTimeField()
    plaats = models.CharField(max_length=200, blank=True)
    reistijd_heen = models.PositiveIntegerField("reistijd heen (minuten)", default=0)
    reistijd_terug = models.PositiveIntegerField("reistijd terug (minuten)", default=0)
    omschrijving = models.TextField(blank=True)
    rubricering = models.IntegerField(choices=Rubricering.choices, default=Rubricering.INTERN)
    eenheid = models.ForeignKey(
        "organisatie.Eenheid",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="met eenheid",
    )
    reeks = models.ForeignKey(
        Reeks, on_delete=models.CASCADE, null=True, blank=True, related_name="wijzigingen"
    )
    origineel_begin = models.DateTimeField(null=True, blank=True)
    introductie = models.ForeignKey(
        Introductieprogramma, on_delete=models.SET_NULL, null=True, blank=True, related_name="afspraken"
    )
    handmatig_gewijzigd = models.BooleanField(default=False)
    nota = models.ForeignKey(
        "stukken.Nota",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="voorbereidingsnota (bezoekdossier)",
    )
    aangemaakt_door = models.CharField(max_length=200)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    gewijzigd_op = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "afspraak"
        verbose_name_plural = "afspraken"
        ordering = ["begin", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["agenda", "uid", "origineel_begin"], name="unieke_afspraak_uid"),
            models.CheckConstraint(
                condition=models.Q(eind__gt=models.F("begin")), name="afspraak_eind_na_begin"
            ),
        ]

    def __str__(self) -> str:
        return self.titel

    @property
    def politiek(self) -> bool:
        return self.soort in POLITIEKE_SOORTEN


class Vergadering(models.Model):
    """One meeting of the Ministerraad, an onderraad, the Rijksministerraad or the Bestuursraad,
    with its agenda."""

    class Status(models.TextChoices):
        IN_VOORBEREIDING = "in_voorbereiding", "In voorbereiding"
        GEANNOTEERD = "geannoteerd", "Geannoteerde agenda vastgesteld"
        GEHOUDEN = "gehouden", "Gehouden"

    overleg = models.ForeignKey(Overleg, on_delete=models.PROTECT, related_name="vergaderingen")
    titel = models.CharField(max_length=200)
    begin = models.DateTimeField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.IN_VOORBEREIDING)
    rubricering = models.IntegerField(
        choices=Rubricering.choices, default=Rubricering.DEPARTEMENTAAL_VERTROUWELIJK
    )
    terugkoppeling = models.TextField("terugkoppeling voor de Bestuursraad", blank=True)
    pdf = models.FileField(upload_to="agenda/geannoteerd/%Y/", blank=True)
    pdf_sha256 = models.CharField(max_length=64, blank=True)
    pdf_versie = models.CharField("stand van de agenda in het PDF-bestand", max_length=64, blank=True)
    aangemaakt_door = models.CharField(max_length=200)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "vergadering"
        verbose_name_plural = "vergaderingen"
        ordering = ["-begin"]

    def __str__(self) -> str:
        return f"{self.titel} {timezone.localtime(self.begin):%d-%m-%Y}"


class Agendapunt(models.Model):
    vergadering = models.ForeignKey(Vergadering, on_delete=models.CASCADE, related_name="punten")
    volgorde = models.PositiveIntegerField()
    onderwerp = models.CharField(max_length=300)
    ministerie = models.CharField("verantwoordelijk ministerie", max_length=40)
    stuk = models.CharField("Kamerstuk of document", max_length=200, blank=True)
    document = models.ForeignKey(
        "stukken.Document", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    gevraagd_besluit = models.TextField(blank=True)

    class Meta:
        verbose_name = "agendapunt"
        verbose_name_plural = "agendapunten"
        ordering = ["vergadering", "volgorde"]
        constraints = [models.UniqueConstraint(fields=["vergadering", "volgorde"], name="uniek_agendapunt")]

    def __str__(self) -> str:
        return f"{self.volgorde}. {self.onderwerp}"


class Annotatieverzoek(models.Model):
    """BA asks the responsible directie for an ambtelijk advies on one item; the directie
    answers with a memo (a Nota of kind vergaderstuk) in the memo flow."""

    class Status(models.TextChoices):
        GEVRAAGD = "gevraagd", "Gevraagd"
        GELEVERD = "geleverd", "Geleverd"

    punt = models.OneToOneField(Agendapunt, on_delete=models.CASCADE, related_name="verzoek")
    eenheid = models.ForeignKey("organisatie.Eenheid", on_delete=models.PROTECT, related_name="+")
    uiterste = models.DateTimeField("uiterlijk leveren op")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.GEVRAAGD)
    nota = models.ForeignKey(
        "stukken.Nota", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    gevraagd_door = models.CharField(max_length=200)
    gevraagd_op = models.DateTimeField(auto_now_add=True)
    geleverd_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "annotatieverzoek"
        verbose_name_plural = "annotatieverzoeken"

    def __str__(self) -> str:
        return f"Annotatie bij {self.punt}"

    @property
    def te_laat(self) -> bool:
        moment = self.geleverd_op or timezone.now()
        return moment > self.uiterste


class Besluit(models.Model):
    """A decision of the Bestuursraad with its action, owner and due date."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        AFGEROND = "afgerond", "Afgerond"

    vergadering = models.ForeignKey(Vergadering, on_delete=models.CASCADE, related_name="besluiten")
    nummer = models.PositiveIntegerField()
    besluit = models.TextField()
    actie = models.CharField(max_length=300)
    eenheid = models.ForeignKey(
        "organisatie.Eenheid", on_delete=models.PROTECT, related_name="+", verbose_name="eigenaar (eenheid)"
    )
    eigenaar = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    uiterste_datum = models.DateField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    afgerond_op = models.DateTimeField(null=True, blank=True)
    afgerond_door = models.CharField(max_length=200, blank=True)
    toelichting = models.TextField(blank=True)

    class Meta:
        verbose_name = "besluit van de Bestuursraad"
        verbose_name_plural = "besluiten van de Bestuursraad"
        ordering = ["vergadering", "nummer"]
        constraints = [models.UniqueConstraint(fields=["vergadering", "nummer"], name="uniek_besluitnummer")]

    def __str__(self) -> str:
        return f"Besluit {self.nummer}: {self.actie}"

    @property
    def te_laat(self) -> bool:
        return self.status == self.Status.OPEN and self.uiterste_datum < timezone.localdate()


class Taak(models.Model):
    """A tracked task of the introduction: the CV review before publication and its translations."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        GEREED = "gereed", "Gereed"

    introductie = models.ForeignKey(Introductieprogramma, on_delete=models.CASCADE, related_name="taken")
    code = models.SlugField(max_length=40)
    titel = models.CharField(max_length=200)
    uiterste_datum = models.DateField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    afgerond_op = models.DateTimeField(null=True, blank=True)
    afgerond_door = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = "introductietaak"
        verbose_name_plural = "introductietaken"
        ordering = ["uiterste_datum", "pk"]
        constraints = [models.UniqueConstraint(fields=["introductie", "code"], name="unieke_introductietaak")]

    def __str__(self) -> str:
        return self.titel
