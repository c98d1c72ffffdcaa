"""Demo content for `make run`: a commissiedebat with agenda, members and themes, a set of
written questions, an oral question, a commitment (overdue, so it shows on the director's
"Mijn werk") and an adopted motion. Made by the demo account "pz"; a second run changes
nothing (everything is looked up by its number first). The members are fictitious."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from ministerie.core.demo import registreer_demolader
from ministerie.core.models import Gebruiker
from ministerie.organisatie.models import Eenheid

from . import services
from .models import Debat, Kamervragen, MondelingeVraag, Motie, Toezegging

DEBAT_TITEL = "Commissiedebat Woningbouw en bouwtempo (demo)"


@registreer_demolader
@transaction.atomic
def laad_parlement_demo() -> None:
    pz = Gebruiker.objects.filter(username="pz").first()
    minister = Eenheid.objects.filter(code="minister-bzk").first()
    woningbouw = Eenheid.objects.filter(code="woningbouw").first()
    if pz is None or minister is None or woningbouw is None:
        return
    vandaag = timezone.localdate()
    debat = Debat.objects.filter(titel=DEBAT_TITEL).first()
    if debat is None:
        debat = services.maak_debat(
            door=pz,
            soort=Debat.Soort.COMMISSIEDEBAT,
            titel=DEBAT_TITEL,
            commissie="Vaste commissie voor Binnenlandse Zaken",
            datum=vandaag,
            bewindspersoon=minister,
            trekker=woningbouw,
            agenda=["Voortgang woningbouwimpuls", "Flexwonen en tijdelijke huisvesting"],
            deelnemers=[("A. de Vries (demo)", "Fractie A"), ("B. Jansen (demo)", "Fractie B")],
            themas=[("Bouwtempo", woningbouw), ("Flexwonen", woningbouw)],
        )
        eerste, tweede = debat.themas.all()[:2]
        services.bereid_thema_voor(
            eerste,
            door=pz,
            voorgesteld_antwoord="Het bouwtempo ligt op koers; de impuls is voor 80% toegekend.",
        )
        lid = debat.deelnemers.first()
        services.voeg_debatvraag_toe(
            debat, door=pz, deelnemer=lid, thema=eerste, tekst="Hoeveel woningen zijn er dit jaar gestart?"
        )
    if not Kamervragen.objects.filter(kamer="TK", nummer="2026Z90001").exists():
        services.registreer_kamervragen(
            door=pz,
            nummer="2026Z90001",
            onderwerp="Wachttijden sociale huurwoningen (demo)",
            ontvangen_op=vandaag - timedelta(days=10),
            vragenstellers=[{"naam": "C. Bakker (demo)", "fractie": "Fractie C"}],
            vragen=["Kent u het bericht over oplopende wachttijden?", "Welke maatregelen neemt u?"],
            bewindspersoon=minister,
            trekker=woningbouw,
        )
    if not MondelingeVraag.objects.filter(onderwerp="Bouwvergunningen (demo)").exists():
        services.registreer_mondelinge_vraag(
            door=pz,
            datum=vandaag + timedelta(days=(1 - vandaag.weekday()) % 7),
            vragensteller="D. Smit (demo)",
            fractie="Fractie D",
            onderwerp="Bouwvergunningen (demo)",
            bewindspersoon=minister,
            trekker=woningbouw,
        )
    if not Toezegging.objects.filter(kamer="TK", nummer="TZ-DEMO-001").exists():
        services.registreer_toezegging(
            door=pz,
            nummer="TZ-DEMO-001",
            bewindspersoon=minister,
            gedaan_in="Commissiedebat Woningbouw (demo)",
            gedaan_op=vandaag - timedelta(days=120),
            tekst="De minister stuurt de Kamer een brief over de voortgang van flexwonen.",
            termijn_tekst="binnen twee maanden",
            verantwoordelijke=woningbouw,
        )
    if not Motie.objects.filter(kamer="TK", nummer="DEMO-36600-VII-1").exists():
        services.registreer_motie(
            door=pz,
            nummer="DEMO-36600-VII-1",
            indieners=[{"naam": "A. de Vries (demo)", "fractie": "Fractie A"}],
            dictum="Verzoekt de regering jaarlijks te rapporteren over het bouwtempo.",
            ingediend_op=vandaag - timedelta(days=30),
            bewindspersoon=minister,
            verantwoordelijke=woningbouw,
            uitslag=Motie.Uitslag.AANGENOMEN,
            gestemd_op=vandaag - timedelta(days=23),
        )
