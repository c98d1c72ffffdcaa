"""Demo content for `make run`: a Voorjaarsnota 2022 on chapter VII with five changes."""

from __future__ import annotations

from ministerie.core.demo import registreer_demolader


@registreer_demolader
def voorjaarsnota_2022() -> None:
    from ministerie.core.models import Gebruiker

    from .models import Begroting, Moment
    from .services import NieuweMutatie, NieuweRegel, open_stand, voer_mutaties_in

    begroting = Begroting.objects.filter(hoofdstuk__code="VII", jaar=2022).first()
    fez = Gebruiker.objects.filter(username="fez").first()
    if begroting is None or fez is None:
        return  # the budget data set or the demo accounts are not loaded
    if begroting.standen.filter(moment=Moment.EERSTE_SUPPLETOIRE).exists():
        return
    stand = open_stand(
        begroting,
        Moment.EERSTE_SUPPLETOIRE,
        door=fez,
        omschrijving="Voorjaarsnota 2022 (demo, fictieve mutaties)",
    )
    art = {a.nummer: a for a in begroting.hoofdstuk.artikelen.all()}

    def m(soort: str, titel: str, toelichting: str, *regels: tuple[int, int, int]) -> NieuweMutatie:
        return NieuweMutatie(
            soort,
            titel,
            toelichting,
            tuple(NieuweRegel(art[n], "uitgaven", jaar, bedrag) for n, jaar, bedrag in regels),
        )

    voer_mutaties_in(
        stand,
        [
            m(
                "ombuiging",
                "Vertraging programma digitale inclusie",
                "Demo: een deel van het budget komt in 2022 niet tot besteding.",
                (6, 2022, -20000),
            ),
            m(
                "tegenvaller",
                "Hogere uitgaven huurtoeslag",
                "Demo: meer huishoudens hebben recht op huurtoeslag; gedekt binnen hoofdstuk VII.",
                (3, 2022, 15000),
            ),
            m(
                "kasschuif",
                "Kasschuif isolatieprogramma",
                "Demo: de uitgaven schuiven van 2022 naar 2023.",
                (4, 2022, -30000),
                (4, 2023, 30000),
            ),
            m(
                "overboeking",
                "Overboeking informatiehuishouding naar verkiezingen",
                "Demo: budget voor ondersteuning van de verkiezingen.",
                (7, 2022, -5000),
                (1, 2022, 5000),
            ),
            m(
                "technische_mutatie",
                "Loon- en prijsbijstelling",
                "Demo: uitdeling van de loon- en prijsbijstelling.",
                (9, 2022, 2000),
            ),
        ],
        door=fez,
    )
