"""Parliament: written and oral questions, commitments, motions, letters and live debates.

Due dates are derived (the deadline engine for Kamervragen, the term phrases for commitments)
and stored by the services, never typed in; the answer to questions and every Kamerbrief is a
memo (stukken.Nota) that goes through the routing of initials.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import models
from django.utils import timezone


class Kamer(models.TextChoices):
    TWEEDE = "TK", "Tweede Kamer"
    EERSTE = "EK", "Eerste Kamer"


def leden_tekst(leden: list[dict]) -> str:
    """[{"naam": "Jansen", "fractie": "VVD"}] -> "Jansen (VVD)"."""
    return ", ".join(
        f"{lid.get('naam', '')} ({lid['fractie']})" if lid.get("fractie") else lid.get("naam", "")
        for lid in leden or []
    )


class Kamervragen(models.Model):
    """A set of written questions (schriftelijke Kamervragen), answered within 3 weeks."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        UITSTEL = "uitstel", "Uitstelbericht verzonden"
        VERZONDEN = "verzonden", "Antwoord verzonden"

    kamer = models.CharField(max_length=2, choices=Kamer.choices, default=Kamer.TWEEDE)
    nummer = models.CharField("nummer", max_length=40, help_text="Bijvoorbeeld 2026Z21345")
    onderwerp = models.CharField(max_length=300)
    ontvangen_op = models.DateField("datum ontvangen")
    vragenstellers = models.JSONField(default=list, blank=True, help_text='[{"naam": ..., "fractie": ...}]')
    bewindspersoon = models.ForeignKey(
        "organisatie.Eenheid",
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"soort": "bewindspersoon"},
    )
    trekker = models.ForeignKey(
        "organisatie.Eenheid",
        on_delete=models.PROTECT,
        related_name="kamervragen_trekker",
        verbose_name="eerstverantwoordelijke directie",
    )
    medetrekkers = models.ManyToManyField("organisatie.Eenheid", blank=True, related_name="kamervragen_mede")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    uiterste_datum = models.DateField(help_text="Afgeleid met de termijnenmotor (3 weken).")
    valt_op_vrije_dag = models.CharField(max_length=80, blank=True)
    antwoord_nota = models.OneToOneField(
        "stukken.Nota",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="antwoord_op_kamervragen",
    )
    uitstel_reden = models.TextField(blank=True)
    uitstel_verwacht_op = models.DateField("verwachte beantwoording", null=True, blank=True)
    uitstel_gemeld_op = models.DateField(null=True, blank=True)
    verzonden_op = models.DateField("datum verzonden", null=True, blank=True)
    extern_id = models.CharField(max_length=100, blank=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "set Kamervragen"
        verbose_name_plural = "Kamervragen"
        ordering = ["uiterste_datum", "pk"]
        constraints = [models.UniqueConstraint(fields=["kamer", "nummer"], name="uniek_kamervragen_nummer")]

    def __str__(self) -> str:
        return f"Kamervragen {self.nummer}: {self.onderwerp}"

    @property
    def vragenstellers_tekst(self) -> str:
        return leden_tekst(self.vragenstellers)

    @property
    def dagen_over(self) -> int:
        return (self.uiterste_datum - timezone.localdate()).days

    @property
    def te_laat(self) -> bool:
        return self.status != self.Status.VERZONDEN and self.dagen_over < 0

    @property
    def te_laat_verzonden(self) -> bool:
        return bool(self.verzonden_op and self.verzonden_op > self.uiterste_datum)

    @property
    def verwachte_datum(self) -> date:
        return self.uitstel_verwacht_op or self.uiterste_datum


class Vraag(models.Model):
    set = models.ForeignKey(Kamervragen, on_delete=models.CASCADE, related_name="vragen")
    nummer = models.PositiveIntegerField()
    tekst = models.TextField()

    class Meta:
        verbose_name = "vraag"
        verbose_name_plural = "vragen"
        ordering = ["set", "nummer"]
        constraints = [models.UniqueConstraint(fields=["set", "nummer"], name="uniek_vraagnummer")]

    def __str__(self) -> str:
        return f"Vraag {self.nummer}"


class MondelingeVraag(models.Model):
    """A question for the Tuesday vragenuur: registered on the day, a short answer sheet."""

    class Status(models.TextChoices):
        AANGEMELD = "aangemeld", "Aangemeld"
        VOORBEREID = "voorbereid", "Antwoordblad klaar"
        GESTELD = "gesteld", "Gesteld en beantwoord"
        VERVALLEN = "vervallen", "Vervallen"

    kamer = models.CharField(max_length=2, choices=Kamer.choices, default=Kamer.TWEEDE)
    datum = models.DateField("datum vragenuur")
    vragensteller = models.CharField(max_length=200)
    fractie = models.CharField(max_length=60, blank=True)
    onderwerp = models.CharField(max_length=300)
    vraag = models.TextField(blank=True)
    bewindspersoon = models.ForeignKey("organisatie.Eenheid", on_delete=models.PROTECT, related_name="+")
    trekker = models.ForeignKey("organisatie.Eenheid", on_delete=models.PROTECT, related_name="+")
    antwoordblad = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.AANGEMELD)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "mondelinge vraag"
        verbose_name_plural = "mondelinge vragen"
        ordering = ["-datum", "pk"]

    def __str__(self) -> str:
        return f"Mondelinge vraag {self.vragensteller}: {self.onderwerp}"


class Debat(models.Model):
    class Soort(models.TextChoices):
        PLENAIR = "plenair", "Plenair debat"
        COMMISSIEDEBAT = "commissiedebat", "Commissiedebat"
        BEGROTING = "begrotingsbehandeling", "Begrotingsbehandeling"
        WETGEVINGSOVERLEG = "wetgevingsoverleg", "Wetgevingsoverleg"

    class Status(models.TextChoices):
        GEPLAND = "gepland", "Gepland"
        LIVE = "live", "Bezig"
        AFGELOPEN = "afgelopen", "Afgelopen"

    soort = models.CharField(max_length=30, choices=Soort.choices)
    titel = models.CharField(max_length=300)
    kamer = models.CharField(max_length=2, choices=Kamer.choices, default=Kamer.TWEEDE)
    commissie = models.CharField(max_length=200, blank=True)
    datum = models.DateField()
    bewindspersoon = models.ForeignKey("organisatie.Eenheid", on_delete=models.PROTECT, related_name="+")
    trekker = models.ForeignKey(
        "organisatie.Eenheid",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="coördinerende directie",
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.GEPLAND)
    # Raised by every change that the live view shows; the tablet polls it.
    versie = models.PositiveIntegerField(default=0)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "debat"
        verbose_name_plural = "debatten"
        ordering = ["-datum", "pk"]

    def __str__(self) -> str:
        return f"{self.get_soort_display()}: {self.titel}"


class Agendapunt(models.Model):
    debat = models.ForeignKey(Debat, on_delete=models.CASCADE, related_name="agenda")
    volgorde = models.PositiveIntegerField()
    titel = models.CharField(max_length=300)

    class Meta:
        ordering = ["debat", "volgorde"]
        verbose_name = "agendapunt"
        verbose_name_plural = "agenda"

    def __str__(self) -> str:
        return self.titel


class Deelnemer(models.Model):
    """A member of parliament taking part in a debate."""

    debat = models.ForeignKey(Debat, on_delete=models.CASCADE, related_name="deelnemers")
    naam = models.CharField(max_length=200)
    fractie = models.CharField(max_length=60, blank=True)

    class Meta:
        ordering = ["debat", "pk"]
        verbose_name = "deelnemer"
        verbose_name_plural = "deelnemers"

    def __str__(self) -> str:
        return f"{self.naam} ({self.fractie})" if self.fractie else self.naam


class Thema(models.Model):
    """An expected theme of a debate, with the proposed answer a directie prepared."""

    debat = models.ForeignKey(Debat, on_delete=models.CASCADE, related_name="themas")
    titel = models.CharField(max_length=200)
    directie = models.ForeignKey("organisatie.Eenheid", on_delete=models.PROTECT, related_name="+")
    voorgesteld_antwoord = models.TextField(blank=True)

    class Meta:
        ordering = ["debat", "pk"]
        verbose_name = "thema"
        verbose_name_plural = "thema's"

    def __str__(self) -> str:
        return self.titel


class Debatvraag(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        BEANTWOORD = "beantwoord", "Beantwoord"
        SCHRIFTELIJK = "schriftelijk", "Schriftelijk na te sturen"

    debat = models.ForeignKey(Debat, on_delete=models.CASCADE, related_name="vragen")
    deelnemer = models.ForeignKey(Deelnemer, on_delete=models.PROTECT, related_name="vragen")
    thema = models.ForeignKey(Thema, on_delete=models.SET_NULL, null=True, blank=True, related_name="vragen")
    tekst = models.TextField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    gesteld_op = models.DateTimeField(auto_now_add=True)
    # Questions to be answered in writing become work for a directie with a term.
    trekker = models.ForeignKey(
        "organisatie.Eenheid", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    uiterste_datum = models.DateField(null=True, blank=True)
    nagestuurd_op = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["debat", "gesteld_op", "pk"]
        verbose_name = "vraag in een debat"
        verbose_name_plural = "vragen in debatten"

    def __str__(self) -> str:
        return self.tekst[:80]

    @property
    def voorgesteld_antwoord(self) -> str:
        return self.thema.voorgesteld_antwoord if self.thema else ""


class Kamerbrief(models.Model):
    """A letter to parliament: a memo of kind Kamerbrief that, once signed, gets its Kamerstuk
    number and date sent. It can fulfil commitments and motions and answer questions."""

    nota = models.OneToOneField("stukken.Nota", on_delete=models.PROTECT, related_name="kamerbrief")
    kamer = models.CharField(max_length=2, choices=Kamer.choices, default=Kamer.TWEEDE)
    kamerstuk = models.CharField("Kamerstuknummer", max_length=60, blank=True)
    verzonden_op = models.DateField(null=True, blank=True)
    beslisnotas = models.ManyToManyField(
        "stukken.Nota", blank=True, related_name="onder_kamerbrieven", verbose_name="beslisnota's"
    )
    toezeggingen: models.ManyToManyField[Toezegging, Any] = models.ManyToManyField(
        "Toezegging", blank=True, related_name="kamerbrieven"
    )
    deels: models.ManyToManyField[Toezegging, Any] = models.ManyToManyField(
        "Toezegging", blank=True, related_name="+", verbose_name="toezeggingen deels voldaan"
    )
    moties: models.ManyToManyField[Motie, Any] = models.ManyToManyField(
        "Motie", blank=True, related_name="kamerbrieven"
    )
    kamervragen = models.ManyToManyField(Kamervragen, blank=True, related_name="kamerbrieven")
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "Kamerbrief"
        verbose_name_plural = "Kamerbrieven"
        ordering = ["-aangemaakt_op"]

    def __str__(self) -> str:
        return f"Kamerbrief {self.kamerstuk or self.nota.kenmerk}: {self.nota.onderwerp}"


class Toezegging(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        DEELS_VOLDAAN = "deels_voldaan", "Deels voldaan"
        VOLDAAN = "voldaan", "Voldaan"
        VERVALLEN = "vervallen", "Vervallen"

    kamer = models.CharField(max_length=2, choices=Kamer.choices, default=Kamer.TWEEDE)
    nummer = models.CharField(max_length=40, help_text="Nummer in het toezeggingenregister")
    bewindspersoon = models.ForeignKey("organisatie.Eenheid", on_delete=models.PROTECT, related_name="+")
    debat = models.ForeignKey(
        Debat, on_delete=models.SET_NULL, null=True, blank=True, related_name="toezeggingen"
    )
    gedaan_in = models.CharField("gedaan in", max_length=300)
    gedaan_op = models.DateField()
    tekst = models.TextField()
    termijn_tekst = models.CharField(
        "termijn zoals toegezegd", max_length=120, help_text='Bijvoorbeeld "voor de zomer"'
    )
    uiterste_datum = models.DateField(help_text="Afgeleid uit de termijn zoals toegezegd.")
    termijn_uitleg = models.CharField(max_length=300, blank=True)
    verantwoordelijke = models.ForeignKey(
        "organisatie.Eenheid",
        on_delete=models.PROTECT,
        related_name="toezeggingen",
        verbose_name="verantwoordelijke directie",
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    voldaan_met = models.ForeignKey(
        Kamerbrief, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    toelichting = models.TextField("hoe voldaan / toelichting", blank=True)
    extern_id = models.CharField(max_length=100, blank=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "toezegging"
        verbose_name_plural = "toezeggingen"
        ordering = ["uiterste_datum", "pk"]
        constraints = [models.UniqueConstraint(fields=["kamer", "nummer"], name="uniek_toezegging_nummer")]

    def __str__(self) -> str:
        return f"Toezegging {self.nummer}: {self.tekst[:60]}"

    @property
    def is_open(self) -> bool:
        return self.status in (self.Status.OPEN, self.Status.DEELS_VOLDAAN)

    @property
    def te_laat(self) -> bool:
        return self.is_open and self.uiterste_datum < timezone.localdate()


class Motie(models.Model):
    class Uitslag(models.TextChoices):
        NIET_GESTEMD = "", "Nog niet gestemd"
        AANGENOMEN = "aangenomen", "Aangenomen"
        VERWORPEN = "verworpen", "Verworpen"
        AANGEHOUDEN = "aangehouden", "Aangehouden"
        INGETROKKEN = "ingetrokken", "Ingetrokken"

    kamer = models.CharField(max_length=2, choices=Kamer.choices, default=Kamer.TWEEDE)
    nummer = models.CharField(max_length=60, help_text="Kamerstuknummer, bijvoorbeeld 36600-VII-12")
    indieners = models.JSONField(default=list, blank=True)
    dictum = models.TextField()
    debat = models.ForeignKey(Debat, on_delete=models.SET_NULL, null=True, blank=True, related_name="moties")
    ingediend_op = models.DateField()
    bewindspersoon = models.ForeignKey("organisatie.Eenheid", on_delete=models.PROTECT, related_name="+")
    verantwoordelijke = models.ForeignKey(
        "organisatie.Eenheid",
        on_delete=models.PROTECT,
        related_name="moties",
        verbose_name="verantwoordelijke directie",
    )
    uitslag = models.CharField(max_length=20, choices=Uitslag.choices, blank=True, default="")
    gestemd_op = models.DateField(null=True, blank=True)
    uitvoering = models.TextField("hoe uitgevoerd", blank=True)
    uitvoeren_voor = models.DateField("uit te voeren voor", null=True, blank=True)
    uitgevoerd_op = models.DateField(null=True, blank=True)
    uitgevoerd_met = models.ForeignKey(
        Kamerbrief, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    extern_id = models.CharField(max_length=100, blank=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "motie"
        verbose_name_plural = "moties"
        ordering = ["-ingediend_op", "pk"]
        constraints = [models.UniqueConstraint(fields=["kamer", "nummer"], name="uniek_motienummer")]

    def __str__(self) -> str:
        return f"Motie {self.nummer}"

    @property
    def indieners_tekst(self) -> str:
        return leden_tekst(self.indieners)

    @property
    def uit_te_voeren(self) -> bool:
        return self.uitslag == self.Uitslag.AANGENOMEN and self.uitgevoerd_op is None
