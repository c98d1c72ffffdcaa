"""The legal deadline engine: legal terms, the Algemene termijnenwet and the holiday calendar.

Plain Python, no Django. Start with ``bereken`` (one computation) or
``bereken_uit_gebeurtenissen`` (a case's recorded events); both return an ``Uitkomst``.
"""

from .aangewezen_dagen import AangewezenDag, AangewezenDagen, laad_aangewezen_dagen
from .atw import AtwToepassing, art4_uitzondering, atw_van_toepassing, pas_atw_toe
from .berekening import bereken
from .duur import Duur, Eenheid
from .fouten import (
    AangewezenDagenFout,
    GebeurtenisFout,
    KalenderFout,
    OnbekendeRegeling,
    OpschortingFout,
    TermijnFout,
    VerdagingFout,
)
from .gebeurtenissen import Gebeurtenis, Soort, bereken_uit_gebeurtenissen
from .kalender import (
    Feestdag,
    beschrijf_vrije_dag,
    eerste_werkdag_vanaf,
    feestdag,
    feestdagen,
    is_feestdag,
    is_vrije_dag,
    is_werkdag,
    naam_vrije_dag,
    volgende_werkdag,
    werkdagen_na,
)
from .regelingen import REGELINGEN, Regeling, Verdagingsregel, zoek_regeling
from .uitkomst import OpgeschorteTermijn, ToegepasteVerdaging, Uitkomst

__all__ = [
    "REGELINGEN",
    "AangewezenDag",
    "AangewezenDagen",
    "AangewezenDagenFout",
    "AtwToepassing",
    "Duur",
    "Eenheid",
    "Feestdag",
    "Gebeurtenis",
    "GebeurtenisFout",
    "KalenderFout",
    "OnbekendeRegeling",
    "OpgeschorteTermijn",
    "OpschortingFout",
    "Regeling",
    "Soort",
    "TermijnFout",
    "ToegepasteVerdaging",
    "Uitkomst",
    "VerdagingFout",
    "Verdagingsregel",
    "art4_uitzondering",
    "atw_van_toepassing",
    "bereken",
    "bereken_uit_gebeurtenissen",
    "beschrijf_vrije_dag",
    "eerste_werkdag_vanaf",
    "feestdag",
    "feestdagen",
    "is_feestdag",
    "is_vrije_dag",
    "is_werkdag",
    "laad_aangewezen_dagen",
    "naam_vrije_dag",
    "pas_atw_toe",
    "volgende_werkdag",
    "werkdagen_na",
    "zoek_regeling",
]
