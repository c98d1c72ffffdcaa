from django.apps import AppConfig


class WooConfig(AppConfig):
    name = "ministerie.woo"
    verbose_name = "Openbaarheid (Woo)"

    def ready(self) -> None:
        from ministerie.core.navigatie import Menuitem, voeg_menuitem_toe
        from ministerie.core.onderhoud import registreer_herbouw
        from ministerie.parlement.signalen import kamerbrief_verzonden

        from . import demo, werk  # noqa: F401  (registers "Mijn werk" and the demo loader)
        from .actief import bij_kamerbrief_verzonden
        from .zoekbron import registreer_bronnen

        registreer_bronnen()  # requests and publications in the one search (core.zoekbronnen)

        kamerbrief_verzonden.connect(bij_kamerbrief_verzonden, dispatch_uid="woo-actief")
        self._neem_uit_het_archief()
        self._neem_uit_de_correspondentie()
        self._luister_naar_besluiten()
        self._zorg_voor_afgebroken_verwerkingen()
        voeg_menuitem_toe(Menuitem("Woo", "woo:overzicht", "woo.bekijken"))
        voeg_menuitem_toe(Menuitem("Woo-inzicht", "woo:inzicht", "woo.inzicht"))
        # the public side: what a citizen can do here (no right needed: the pages are public)
        voeg_menuitem_toe(Menuitem("Woo-verzoek indienen", "openbaar:indienen", "", publiek=True))
        voeg_menuitem_toe(Menuitem("Openbaar gemaakt", "openbaar:portaal", "", publiek=True))
        # a restore or an upgrade rebuilds the public portal's index from the database
        registreer_herbouw("woo-portaalindex", "ministerie.woo.portaalindex.herbouw")

    @staticmethod
    def _luister_naar_besluiten() -> None:
        """The minister's decision on a request's decision memo goes into the request at once
        (besluit.bij_nota_besloten, on stukken's signal ``nota_besloten``)."""
        from ministerie.stukken.signalen import nota_besloten

        from .besluit import bij_nota_besloten

        nota_besloten.connect(bij_nota_besloten, dispatch_uid="woo-besluit")

    @staticmethod
    def _neem_uit_het_archief() -> None:
        """The Woo coordinator adds a key official's archived mail and chats to a request in one
        step (uit_archief.bij_archief_naar_woo, on archief's signal ``archief_naar_woo``)."""
        from ministerie.archief.signalen import archief_naar_woo

        from .uit_archief import bij_archief_naar_woo

        archief_naar_woo.connect(bij_archief_naar_woo, dispatch_uid="woo-uit-archief")

    @staticmethod
    def _neem_uit_de_correspondentie() -> None:
        """Team MC turns an incoming letter that is really a Woo request into one with one click
        (uit_correspondentie.bij_correspondentie_naar_woo, on ``als_woo_verzoek_aangemeld``)."""
        from ministerie.correspondentie.signalen import als_woo_verzoek_aangemeld

        from .uit_correspondentie import bij_correspondentie_naar_woo

        als_woo_verzoek_aangemeld.connect(
            bij_correspondentie_naar_woo, dispatch_uid="woo-uit-correspondentie"
        )

    @staticmethod
    def _zorg_voor_afgebroken_verwerkingen() -> None:
        """A background job on a request's documents whose worker died is set back for a restart
        (verwerking.bij_taak_afgebroken, on bedrijfsvoering's signal ``taak_afgebroken``)."""
        from ministerie.bedrijfsvoering.signalen import taak_afgebroken

        from .verwerking import bij_taak_afgebroken

        taak_afgebroken.connect(bij_taak_afgebroken, dispatch_uid="woo-verwerking-afgebroken")
